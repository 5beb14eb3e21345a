"""Page buttons: `pg:<key>:<n>` turns a paged answer to page n. Every callback query is answered."""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import CallbackContext

from handlers.errors import SORRY
from handlers.flood import NOTICE, Verdict, admit
from handlers.observe import Outcome, logged
from handlers.replies import PAGE_DATA, PAGE_NOOP, page_keyboard
from handlers.runtime import NO_PREVIEW, PARSE_MODE, runtime_of

log = logging.getLogger(__name__)

EXPIRED = "这个列表已过期，请重新发送命令"
INVALID = "这个按钮无效。"


@logged("callback")
async def on_callback(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    query = update.callback_query
    if query is None:
        return
    outcome.command = "page"
    notice: str | None = SORRY  # what the user sees if turning the page fails
    try:
        verdict = admit(update, context)
        if verdict is Verdict.ALLOW:
            notice, outcome.result = await _turn_page(query, context)
        else:  # answered all the same, so the button stops spinning; the notice comes as a toast, once
            notice, outcome.result = (NOTICE if verdict is Verdict.NOTIFY else None), verdict.value
    finally:
        try:
            await query.answer(notice)
        except TelegramError as exc:  # e.g. answered too late; the edit (if any) stands
            log.warning("could not answer a callback query: %s", exc)


async def _turn_page(query: CallbackQuery, context: CallbackContext) -> tuple[str | None, str]:
    """(the toast to show or None, the outcome to log)."""
    data = query.data or ""
    if data == PAGE_NOOP:
        return None, "noop"
    match = PAGE_DATA.fullmatch(data)
    message = query.message
    if match is None or message is None or not message.is_accessible:
        return INVALID, "invalid"
    key, number = match.group(1), int(match.group(2))
    runtime = runtime_of(context)
    reply = await runtime.call(runtime.service.page, key, number, message.chat.id)
    if reply is None:
        return EXPIRED, "expired"
    try:
        await query.edit_message_text(
            reply.text,
            parse_mode=PARSE_MODE,
            link_preview_options=NO_PREVIEW,
            reply_markup=page_keyboard(key, reply.page, len(reply.pages)),
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():  # a double tap on the same button
            raise
    return reply.notice or None, "edited"
