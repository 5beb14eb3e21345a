"""The error handler: log what failed by its command name (never its text), tell the user briefly, go on.

The apology replaces an answer only when nothing was done and nothing reached the user: not after a send
that timed out (Telegram most likely delivered it), not after a change that was saved but whose
acknowledgement could not be sent (AnswerLost), not when the bot is stopping (Abandoned), and not to a
chat that blocked the bot.
"""

from __future__ import annotations

import logging
from contextlib import suppress

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError, TimedOut
from telegram.ext import CallbackContext

from bot.pacing import Abandoned
from handlers.observe import describe
from handlers.reports import report_error

log = logging.getLogger(__name__)

SORRY = "出了点问题，请稍后再试。"


class AnswerLost(Exception):
    """The command's work is done (saved), but its answer could not be sent."""

    def __init__(self, cause: TelegramError) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.cause = cause


def deserves_apology(error: BaseException | None) -> bool:
    return not isinstance(error, Forbidden | TimedOut | AnswerLost | Abandoned)


async def on_error(update: object, context: CallbackContext) -> None:
    error = context.error
    await report_error(update, context)  # to POLICYBOT_ADMIN_CHAT, when set
    if not isinstance(update, Update):
        # Polling or the scheduler: there is nobody to answer.
        if isinstance(error, NetworkError):
            log.warning("Bot API request failed: %s: %s", type(error).__name__, error)
        else:
            log.error("error outside an update", exc_info=error)
        return
    # A Bot API error says all in its message; anything else gets its traceback.
    log.error(
        "update=%s command=%s failed: %s: %s",
        update.update_id,
        describe(update),
        type(error).__name__,
        error,
        exc_info=None if isinstance(error, TelegramError | AnswerLost | Abandoned) else error,
    )
    if not deserves_apology(error):
        return
    with suppress(TelegramError, Abandoned):
        if update.callback_query is not None:
            await update.callback_query.answer(SORRY)  # usually already answered; then this fails quietly
        elif update.inline_query is None and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, SORRY)
