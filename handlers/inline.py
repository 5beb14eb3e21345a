"""Inline mode: `@bot 海安 GDP` in any chat answers with matching records to pick from."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.ext import CallbackContext

from bot import render
from bot.ingest.normalize import t2s
from handlers.flood import NOTICE, Verdict, admit
from handlers.observe import Outcome, logged
from handlers.runtime import NO_PREVIEW, PARSE_MODE, runtime_of

MAX_RESULTS = 50  # Telegram's limit per answer
CACHE_SECONDS = 30
HINT = "输入问题，例如：海安今年GDP目标是多少"


def script_of(query: str) -> str:
    """Answer in the script the query was typed in. It depends on the query alone, not on who asked,
    so Telegram may share cached answers between users (is_personal=False)."""
    return render.TRADITIONAL if t2s(query) != query else render.SIMPLIFIED


@logged("inline")
async def on_inline_query(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    query = update.inline_query
    if query is None:
        return
    outcome.command = "inline"
    verdict = admit(update, context)
    if verdict is not Verdict.ALLOW:
        outcome.result = verdict.value
        if verdict is Verdict.NOTIFY:  # personal and uncached: other users typing the same must not see it
            button = InlineQueryResultsButton(NOTICE, start_parameter="inline")
            await query.answer([], cache_time=0, is_personal=True, button=button)
        return
    text = query.query.strip()
    items = []
    if text:
        runtime = runtime_of(context)
        items = await runtime.call(runtime.service.inline, text, script_of(text))
    results, seen = [], set()
    for item in items:
        if item.id in seen:  # Telegram rejects an answer with duplicate ids
            continue
        seen.add(item.id)
        results.append(
            InlineQueryResultArticle(
                id=item.id[:64],
                title=item.title,
                description=item.description,
                input_message_content=InputTextMessageContent(
                    item.html, parse_mode=PARSE_MODE, link_preview_options=NO_PREVIEW
                ),
            )
        )
        if len(results) == MAX_RESULTS:
            break
    # An empty query (or no match) shows a button that opens the private chat's /start help.
    button = None if results else InlineQueryResultsButton(HINT, start_parameter="inline")
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=False, button=button)
    outcome.result = f"results={len(results)}"
