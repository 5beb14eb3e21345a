"""Short error reports to the operator's chat (POLICYBOT_ADMIN_CHAT): what kind of update, which command,
which exception and where it was raised. Never the token, the message text or the exception's message
(either may quote what a user wrote). At most one report a minute; errors in between are counted and the
count goes out with the next report, or on its own when the minute ends.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from telegram import Bot, Update
from telegram.error import BadRequest, NetworkError, TelegramError

from handlers.observe import describe

log = logging.getLogger(__name__)

INTERVAL = 60.0  # seconds between two reports at least
ROOT = Path(__file__).resolve().parent.parent


def admin_chat(settings: object | None) -> int | None:
    """The chat that gets reports (Settings.admin_chat, validated from POLICYBOT_ADMIN_CHAT at start)."""
    value = getattr(settings, "admin_chat", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def kind_of(update: object) -> str:
    if not isinstance(update, Update):
        return "job" if update is None else type(update).__name__
    for kind in (
        "callback_query",
        "inline_query",
        "my_chat_member",
        "message",
        "edited_message",
        "channel_post",
    ):
        if getattr(update, kind, None) is not None:
            return kind
    return "update"


def where(error: BaseException) -> str:
    """file:line where the exception was raised, the path relative to the project (or the library)."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    if not frames:
        return "?"
    frame = frames[-1]
    path = Path(frame.filename)
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        parts = path.parts
        shown = "/".join(parts[parts.index("site-packages") + 1 :]) if "site-packages" in parts else path.name
    return f"{shown}:{frame.lineno}"


def summary(update: object, error: BaseException) -> str:
    chat = update.effective_chat.type if isinstance(update, Update) and update.effective_chat else "-"
    return (
        f"update {kind_of(update)} · command {describe(update) if isinstance(update, Update) else '-'}"
        f" · chat {chat} · {type(error).__name__} at {where(error)}"
    )


@dataclass
class Reporter:
    """Sends reports to one chat, at most one per INTERVAL."""

    chat_id: int
    interval: float = INTERVAL
    clock: Callable[[], float] = time.monotonic
    _last: float = field(default=-1e18)
    _held: int = 0
    _held_last: str = ""
    _flush: asyncio.TimerHandle | None = None

    async def report(self, bot: Bot, update: object, error: BaseException) -> None:
        line = summary(update, error)
        now = self.clock()
        if now - self._last < self.interval:
            self._held += 1
            self._held_last = line
            if self._flush is None:
                loop = asyncio.get_running_loop()
                delay = self._last + self.interval - now
                self._flush = loop.call_later(delay, lambda: asyncio.ensure_future(self._send_held(bot)))
            return
        await self._send(bot, line)

    async def _send_held(self, bot: Bot) -> None:
        self._flush = None
        if self._held:
            await self._send(bot, f"最近一次：{self._held_last}", counted_only=True)

    async def _send(self, bot: Bot, line: str, counted_only: bool = False) -> None:
        held, self._held, self._held_last = self._held, 0, ""
        self._last = self.clock()
        head = f"⚠️ policybot：{held} 个错误（一分钟内只报一次）" if counted_only else "⚠️ policybot 出错"
        more = f"\n（此前一分钟内另有 {held} 个错误未单独报告）" if held and not counted_only else ""
        try:
            await bot.send_message(self.chat_id, f"{head}\n{line}{more}", parse_mode=None)
        except TelegramError as exc:
            log.warning("could not send the error report to chat %s: %s", self.chat_id, type(exc).__name__)


REPORTER_KEY = "policybot.reporter"


async def report_error(update: object, context: object) -> None:
    """Called by handlers.errors.on_error for every unhandled error; a no-op without an admin chat.
    Network trouble (polling retries it) is not worth a report."""
    error = getattr(context, "error", None)
    if error is None or (isinstance(error, NetworkError) and not isinstance(error, BadRequest)):
        return  # (BadRequest is a NetworkError to python-telegram-bot, but a bug of ours)
    application = getattr(context, "application", None)
    if application is None:
        return
    reporter = application.bot_data.get(REPORTER_KEY)
    if reporter is None:
        runtime = application.bot_data.get("policybot.runtime")
        chat = admin_chat(getattr(getattr(runtime, "service", None), "settings", None))
        if chat is None:
            return
        reporter = application.bot_data[REPORTER_KEY] = Reporter(chat)
    try:
        await reporter.report(application.bot, update, error)
    except Exception:  # a report must never raise from the error handler
        log.exception("error report failed")
