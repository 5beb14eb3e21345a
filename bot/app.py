"""Wiring: the python-telegram-bot Application, its handlers, rate limiter, command menu, digest scheduler,
and its life from start to a clean stop.

A stop (SIGTERM or SIGINT) takes a few seconds at most, whatever is under way: digests not yet started are
left for the catch-up at the next start (their chats are not marked), the sends already in flight finish and
are marked, updates queued behind a busy chat get STOP_GRACE seconds to be answered, then whatever still
waits for its turn to send is given up.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import re
import secrets
import signal
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    Defaults,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

import handlers
from bot import menus
from bot.commands import CommandService
from bot.config import ConfigError, Settings
from bot.pacing import Pacer
from bot.scheduler import DigestScheduler
from bot.updates import PolicyBot
from bot.webhook import WebhookServer
from handlers.flood import judge_on_arrival
from handlers.membership import on_channel_command
from handlers.menus import on_script_command
from handlers.observe import LOG_TEXT
from handlers.runtime import NO_PREVIEW, PARSE_MODE, Runtime, runtime_of

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY, Update.MY_CHAT_MEMBER]
WEBHOOK_SECRET_ENV = "POLICYBOT_WEBHOOK_SECRET"
# Seconds to wait for Telegram's answer to a request (POLICYBOT_SEND_TIMEOUT; default 10). A send whose
# answer is later than this is taken as delivered: no apology, no second copy.
SEND_TIMEOUT_ENV = "POLICYBOT_SEND_TIMEOUT"
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as a webhook secret

RETRY_BACKOFF = (0.2, 0.5, 1.0)  # seconds before each retry of a request answered with 5xx
CONCURRENT_UPDATES = 256  # chats handled at once (each chat's updates one after another)
CHAT_BACKLOG = 100  # updates waiting in one chat at most; more are skipped (logged)
BOOTSTRAP_RETRIES = 3
STOP_GRACE = 5.0  # seconds queued updates still get at a stop


class RetryingRequest(HTTPXRequest):
    """HTTPXRequest that retries a request answered with 5xx: it failed on Telegram's side, so sending it
    again does not duplicate a message. 429 and connection errors are the rate limiter's (bot.pacing)."""

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        for delay in RETRY_BACKOFF:
            code, payload = await super().do_request(*args, **kwargs)
            if code < 500:
                return code, payload
            log.warning("Bot API answered %s; retrying in %.1f s", code, delay)
            await asyncio.sleep(delay)
        return await super().do_request(*args, **kwargs)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Each chat (or inline user) has its own queue: its updates are handled one after another, in the
    order they came (so `/script 繁` then `/targets 海安` answers in the new script), while different chats
    are handled side by side. A chat holds at most one of the `max_concurrent_updates` places, so however
    long one chat's queue, other chats are not held up; a queue longer than `backlog` is cut (logged).
    After `begin_stop`, queued updates still start until the deadline, then are skipped."""

    def __init__(
        self,
        max_concurrent_updates: int,
        backlog: int = CHAT_BACKLOG,
        on_arrival: Callable[[object], None] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.backlog = backlog
        self.on_arrival = on_arrival  # called as each update arrives, before it waits (flood control)
        self.skipped = 0
        self._places = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: dict[int, int] = {}
        self._deadline: float | None = None

    def begin_stop(self, grace: float) -> None:
        self._deadline = asyncio.get_running_loop().time() + grace

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if self.on_arrival is not None:
            try:
                self.on_arrival(update)
            except Exception:
                log.exception("update=%s: judging it on arrival failed", getattr(update, "update_id", "?"))
        key = _order_key(update)
        if key is None:
            async with self._places:
                await coroutine
            return
        if self._pending.get(key, 0) >= self.backlog:
            self._skip(update, coroutine, f"its chat has {self.backlog} updates waiting")
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._pending[key] = self._pending.get(key, 0) + 1
        started = False
        try:
            async with lock:
                if self._deadline is not None and asyncio.get_running_loop().time() > self._deadline:
                    self._skip(update, coroutine, "the bot is stopping")
                    return
                async with self._places:
                    started = True
                    await coroutine
        finally:
            if not started:  # cancelled while waiting: the handler never ran
                close = getattr(coroutine, "close", None)
                if close is not None:
                    close()
            self._pending[key] -= 1
            if not self._pending[key]:
                del self._pending[key], self._locks[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine  # not used: process_update above does the ordering

    def _skip(self, update: object, coroutine: Awaitable[Any], why: str) -> None:
        self.skipped += 1
        close = getattr(coroutine, "close", None)
        if close is not None:
            close()
        log.warning("update=%s skipped: %s", getattr(update, "update_id", "?"), why)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _order_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


def _send_timeout(environ: Mapping[str, str]) -> float:
    raw = environ.get(SEND_TIMEOUT_ENV, "")
    try:
        value = float(raw) if raw else 10.0
    except ValueError:
        raise ConfigError(f"{SEND_TIMEOUT_ENV}: a number of seconds, e.g. 10") from None
    if not 0.1 <= value <= 300:
        raise ConfigError(f"{SEND_TIMEOUT_ENV}: between 0.1 and 300 seconds")
    return value


def build_application(settings: Settings, service: CommandService) -> Application:
    """The bot: every handler registered, the command menu and the digest scheduler set up at start."""
    if not settings.token:
        raise ConfigError("POLICYBOT_TOKEN: the bot's token is not set")
    timeout = _send_timeout(os.environ)
    bot = PolicyBot(
        settings.token,
        base_url=settings.api_url,
        request=RetryingRequest(
            connection_pool_size=CONCURRENT_UPDATES * 2,
            connect_timeout=5.0,
            read_timeout=timeout,
            write_timeout=timeout,
            pool_timeout=5.0,
            media_write_timeout=max(30.0, timeout),
        ),
        get_updates_request=HTTPXRequest(connection_pool_size=1, connect_timeout=5.0, read_timeout=10.0),
        # Digest times (job queue) are in POLICYBOT_TZ; every message is HTML without link previews.
        defaults=Defaults(parse_mode=PARSE_MODE, link_preview_options=NO_PREVIEW, tzinfo=settings.tz),
        rate_limiter=Pacer(),  # every request the bot makes passes here (bot.pacing)
    )
    processor = PerChatUpdateProcessor(CONCURRENT_UPDATES)
    application = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(processor)
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    processor.on_arrival = lambda update: judge_on_arrival(update, application)
    handlers.register(application, Runtime(service))
    return application


async def _post_init(application: Application) -> None:
    runtime = runtime_of(application)
    # Channels are subscribed from a private chat before the message handler sees the command; a chat's
    # menu follows its /script after it.
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT, on_channel_command), -1)
    application.add_handler(MessageHandler(filters.TEXT & filters.UpdateType.MESSAGE, on_script_command), 1)
    await menus.set_up(application.bot)  # menus per scope and the descriptions; failures are only logged
    scheduler = DigestScheduler(application, runtime.service, runtime.service.settings)
    scheduler.start()
    runtime.scheduler = scheduler


async def _post_stop(application: Application) -> None:
    runtime = runtime_of(application)
    if runtime.scheduler is not None:
        runtime.scheduler.stop()
        await runtime.scheduler.finish()


async def _post_shutdown(application: Application) -> None:
    runtime_of(application).close()


def pacer_of(application: Application) -> Pacer | None:
    limiter = getattr(application.bot, "rate_limiter", None)
    return limiter if isinstance(limiter, Pacer) else None


def _begin_stop(application: Application) -> None:
    """Stop starting digests (those waiting are given up, unmarked) and give queued updates STOP_GRACE."""
    runtime = runtime_of(application)
    if runtime.scheduler is not None:
        runtime.scheduler.stop()
    processor = application.update_processor
    if isinstance(processor, PerChatUpdateProcessor):
        processor.begin_stop(STOP_GRACE)
    pacer = pacer_of(application)
    if pacer is not None:  # after the grace, whatever still waits to be sent is given up
        asyncio.get_running_loop().call_later(STOP_GRACE, pacer.abandon, True)


def webhook_secret(environ: Mapping[str, str]) -> str:
    """POLICYBOT_WEBHOOK_SECRET if set (so several instances or restarts share it), else a fresh random
    secret for this run: Telegram sends it with every update and the webhook refuses requests without it."""
    secret = environ.get(WEBHOOK_SECRET_ENV, "")
    if not secret:
        return secrets.token_urlsafe(32)
    if not _SECRET_TOKEN.fullmatch(secret):
        raise ConfigError(f"{WEBHOOK_SECRET_ENV}: 1-256 characters of A-Z, a-z, 0-9, _ and - only")
    return secret


def run_bot(
    settings: Settings,
    *,
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
    log_text: bool = False,
) -> int:
    """Run the bot until stopped (SIGINT/SIGTERM); the exit status.

    Long polling by default. With `webhook_url`, a webhook server on `listen`:`port` whose path is the
    URL's path, registered with Telegram together with a secret token: POLICYBOT_WEBHOOK_SECRET when set
    (1-256 of A-Z a-z 0-9 _ -), else one generated for each start. `log_text` (debugging only) adds each
    message's text to its log line.
    """
    _configure_logging(settings.token or "")
    service = CommandService.from_settings(settings)
    # What start-up made (store, gazetteer, dictionaries) lives as long as the process: frozen, it is left out
    # of the collector's full passes, which otherwise cost about 10 ms each at 100,000 records (bench/query.py).
    gc.collect()
    gc.freeze()
    application = build_application(settings, service)
    application.bot_data[LOG_TEXT] = log_text
    secret = webhook_secret(os.environ) if webhook_url else ""
    try:
        asyncio.run(_serve(application, webhook_url, listen, port, secret))
    except InvalidToken:
        log.error("the Bot API at %s rejected POLICYBOT_TOKEN", settings.api_url)
        return 1
    except NetworkError as exc:
        log.error("cannot reach the Bot API at %s: %s", settings.api_url, exc)
        return 1
    return 0


async def _serve(
    application: Application, webhook_url: str | None, listen: str, port: int, secret: str
) -> None:
    """The bot's life: start, serve until a stop signal, stop cleanly (see the module's docstring)."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    server: WebhookServer | None = None
    await _retrying(application.initialize)
    try:
        if webhook_url:  # listening first: updates wait in the queue until the application starts
            server = WebhookServer(
                listen, port, urlsplit(webhook_url).path, application.bot, application.update_queue, secret
            )
            server.start()
        await _post_init(application)
        if webhook_url:
            await _retrying(
                lambda: application.bot.set_webhook(
                    webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
                )
            )
        else:
            assert application.updater is not None
            await application.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, bootstrap_retries=BOOTSTRAP_RETRIES
            )
        await application.start()
        await stop.wait()
        log.info("stopping: sends in flight finish, nothing new starts")
        _begin_stop(application)
        if server is not None:
            await server.stop()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await _post_stop(application)
        log.info("stopped")
    finally:
        if server is not None:
            await server.stop()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        await _post_shutdown(application)


async def _retrying(action: Callable[[], Awaitable[Any]]) -> None:
    """Run a start-up request, again after a network error (BOOTSTRAP_RETRIES times)."""
    for attempt in range(BOOTSTRAP_RETRIES + 1):
        try:
            await action()
            return
        except InvalidToken:
            raise
        except NetworkError as exc:
            if attempt == BOOTSTRAP_RETRIES:
                raise
            log.warning("start-up request failed (%s); retrying", exc)
            await asyncio.sleep(1.0 + attempt)


class _RedactingFormatter(logging.Formatter):
    """Leaves the token out of every line, tracebacks included (URLs of the Bot API contain it)."""

    def __init__(self, fmt: str, secret: str) -> None:
        super().__init__(fmt)
        self._secret = secret

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace(self._secret, "<token>") if self._secret else text


class _NoUpdateData(logging.Filter):
    """python-telegram-bot logs a whole update it could not read ("Received data was %r"), users' text
    included; bot.updates keeps that from happening, and this keeps such a line's data out if it still does."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and "Received data" in str(record.msg):
            record.msg = "python-telegram-bot could not read data received from Telegram (content not logged)"
            record.args = None
            record.exc_info = None
        return True


def _configure_logging(token: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token))
    handler.addFilter(_NoUpdateData())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    # httpx logs every request URL at INFO, and with it the token; apscheduler logs every job run.
    for noisy in ("httpx", "httpcore", "apscheduler.executors"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
