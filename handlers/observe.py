"""One structured log line per handled update: kind, command name, chat type, latency, outcome.

Never the message text: a message is named by its command (`/targets`), or as `search` / `mention`.
"""

from __future__ import annotations

import functools
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import Update
from telegram.ext import CallbackContext

log = logging.getLogger("policybot.updates")
LOG_TEXT = "log_text"  # bot_data key: `policybot run --log-text`, for debugging only
TEXT_SHOWN = 200

_COMMAND = re.compile(r"^\s*/([A-Za-z0-9_]{1,32})")


@dataclass
class Outcome:
    """Filled in by a handler as it goes; logged when it returns or raises."""

    kind: str
    command: str = "-"
    chat_type: str = "-"
    result: str = "ignored"


Handler = Callable[[Update, CallbackContext, Outcome], Awaitable[None]]
PtbCallback = Callable[[Update, CallbackContext], Awaitable[None]]


def command_name(text: str | None) -> str | None:
    """`/targets@bot 海安` → `/targets`; `/source_ab12` → `/source_`; None when not a command."""
    match = _COMMAND.match(text or "")
    if not match:
        return None
    name = match.group(1).lower()
    return "/source_" if name.startswith("source_") else f"/{name}"


def describe(update: object) -> str:
    """A log-safe name for what an update asked, for error reports."""
    if not isinstance(update, Update):
        return "no update"
    if update.callback_query:
        return "callback"
    if update.inline_query:
        return "inline"
    if update.my_chat_member:
        return "my_chat_member"
    message = update.effective_message
    if message is not None:
        return command_name(message.text) or ("migration" if message.migrate_to_chat_id else "text")
    return "other"


def logged(kind: str) -> Callable[[Handler], PtbCallback]:
    """Wrap a handler taking an Outcome into a python-telegram-bot callback that logs it."""

    def wrap(handler: Handler) -> PtbCallback:
        @functools.wraps(handler)
        async def run(update: Update, context: CallbackContext) -> None:
            chat = update.effective_chat
            outcome = Outcome(kind, chat_type=chat.type if chat else "-")
            started = time.perf_counter()
            try:
                await handler(update, context, outcome)
            except Exception:
                outcome.result = "error"
                raise
            finally:
                log.info(
                    "update=%s kind=%s command=%s chat_type=%s latency_ms=%.1f outcome=%s%s",
                    update.update_id,
                    outcome.kind,
                    outcome.command,
                    outcome.chat_type,
                    (time.perf_counter() - started) * 1000,
                    outcome.result,
                    _text_for_debug(update, context),
                )

        return run

    return wrap


def _text_for_debug(update: Update, context: CallbackContext) -> str:
    if not context.bot_data.get(LOG_TEXT):
        return ""
    message = update.effective_message
    text = (message.text if message else None) or (update.inline_query.query if update.inline_query else "")
    return f" text={text[:TEXT_SHOWN]!r}"
