"""What every handler shares: the command service, the worker thread that runs it, the digest scheduler."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackContext

from bot.commands import CommandService

log = logging.getLogger(__name__)

T = TypeVar("T")
BOT_DATA_KEY = "policybot.runtime"
# Every message the bot sends: HTML, no link previews (source links would otherwise unfurl).
PARSE_MODE = ParseMode.HTML
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class Scheduler(Protocol):
    """The digest scheduler (bot.scheduler.DigestScheduler) as the handlers use it."""

    def stop(self) -> Any: ...

    async def finish(self) -> Any: ...


def _one_worker() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="policybot-commands")


@dataclass
class Runtime:
    """The bot's core as the handlers see it.

    CommandService is synchronous and not thread-safe (its page cache, the state file's fsync), so all its
    calls run on one worker thread: the event loop never waits on a disk write, and calls never interleave.
    """

    service: CommandService
    scheduler: Scheduler | None = None
    executor: ThreadPoolExecutor = field(default_factory=_one_worker)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args))

    def close(self) -> None:
        self.executor.shutdown(wait=True)


def install_runtime(application: Application, runtime: Runtime) -> None:
    application.bot_data[BOT_DATA_KEY] = runtime


def runtime_of(source: CallbackContext | Application) -> Runtime:
    application = source if isinstance(source, Application) else source.application
    return application.bot_data[BOT_DATA_KEY]
