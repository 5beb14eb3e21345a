"""Wiring: the python-telegram-bot Application, its handlers, rate limiter, command menu, digest scheduler."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import sys
from collections import Counter
from collections.abc import Awaitable, Mapping
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    AIORateLimiter,
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
from bot.scheduler import DigestScheduler
from handlers.membership import on_channel_command
from handlers.menus import on_script_command
from handlers.observe import LOG_TEXT
from handlers.runtime import NO_PREVIEW, PARSE_MODE, Runtime, runtime_of

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY, Update.MY_CHAT_MEMBER]
WEBHOOK_SECRET_ENV = "POLICYBOT_WEBHOOK_SECRET"
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as a webhook secret

MAX_RETRIES = 3  # of a request Telegram answered with 429, each after the retry_after it asked for
RETRY_BACKOFF = (0.2, 0.5, 1.0)  # seconds before each retry of a request answered with 5xx
CONCURRENT_UPDATES = 64
BOOTSTRAP_RETRIES = 3

# The command menu (INTERFACE.md), in the order a user meets them.
COMMANDS = [
    BotCommand("targets", "某地的发展目标：/targets 海安 [关键词]"),
    BotCommand("progress", "某地的完成情况和进度：/progress 启东"),
    BotCommand("indicator", "一个指标在各地的比较：/indicator 高企"),
    BotCommand("search", "全文搜索指标和原文：/search 科创项目"),
    BotCommand("regions", "收录的地区及指标数"),
    BotCommand("source", "一条记录的原文和出处：/source 编号"),
    BotCommand("subscribe", "订阅每日摘要：/subscribe 08:30 海安"),
    BotCommand("unsubscribe", "取消每日摘要"),
    BotCommand("digest", "立即查看摘要"),
    BotCommand("script", "回复用简体或繁体：/script 繁"),
    BotCommand("help", "能问什么、怎么问"),
    BotCommand("start", "开始：收录了什么、怎么问"),
]


class RetryingRequest(HTTPXRequest):
    """HTTPXRequest that retries a request answered with 5xx: it failed on Telegram's side, so sending it
    again does not duplicate a message. Time-outs and dropped connections are not retried (the request may
    have gone through); 429 is the rate limiter's to retry, after Telegram's retry_after."""

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        for delay in RETRY_BACKOFF:
            code, payload = await super().do_request(*args, **kwargs)
            if code < 500:
                return code, payload
            log.warning("Bot API answered %s; retrying in %.1f s", code, delay)
            await asyncio.sleep(delay)
        return await super().do_request(*args, **kwargs)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Updates of different chats are handled concurrently, so a slow chat does not hold up the others;
    updates of one chat (or one inline user) are handled in the order they came, so `/script 繁` followed at
    once by `/targets 海安` answers in the new script."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: Counter[int] = Counter()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _order_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

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


def build_application(settings: Settings, service: CommandService) -> Application:
    """The bot: every handler registered, the command menu and the digest scheduler set up at start."""
    if not settings.token:
        raise ConfigError("POLICYBOT_TOKEN: the bot's token is not set")
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_url)
        .request(
            RetryingRequest(
                connection_pool_size=CONCURRENT_UPDATES * 2,
                connect_timeout=5.0,
                read_timeout=10.0,
                write_timeout=10.0,
                pool_timeout=5.0,
                media_write_timeout=30.0,
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=MAX_RETRIES))
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_UPDATES))
        # Digest times (job queue) are in POLICYBOT_TZ; every message is HTML without link previews.
        .defaults(Defaults(parse_mode=PARSE_MODE, link_preview_options=NO_PREVIEW, tzinfo=settings.tz))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
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
    loop = asyncio.get_running_loop()
    # The service calls this on its worker thread after a (un)subscribe; the scheduler lives on the loop.
    runtime.service.on_subscription_change = lambda chat_id: loop.call_soon_threadsafe(
        runtime.reschedule, chat_id
    )


async def _post_stop(application: Application) -> None:
    runtime = runtime_of(application)
    runtime.service.on_subscription_change = None
    if runtime.scheduler is not None:
        runtime.scheduler.stop()


async def _post_shutdown(application: Application) -> None:
    runtime_of(application).close()


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
    application = build_application(settings, service)
    application.bot_data[LOG_TEXT] = log_text
    try:
        if webhook_url:
            application.run_webhook(
                listen=listen,
                port=port,
                url_path=urlsplit(webhook_url).path.lstrip("/"),
                webhook_url=webhook_url,
                secret_token=webhook_secret(os.environ),
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
        else:
            application.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=BOOTSTRAP_RETRIES)
    except InvalidToken:
        log.error("the Bot API at %s rejected POLICYBOT_TOKEN", settings.api_url)
        return 1
    except NetworkError as exc:
        log.error("cannot reach the Bot API at %s: %s", settings.api_url, exc)
        return 1
    return 0


class _RedactingFormatter(logging.Formatter):
    """Leaves the token out of every line, tracebacks included (URLs of the Bot API contain it)."""

    def __init__(self, fmt: str, secret: str) -> None:
        super().__init__(fmt)
        self._secret = secret

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace(self._secret, "<token>") if self._secret else text


def _configure_logging(token: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    # httpx logs every request URL at INFO, and with it the token; apscheduler logs every job run.
    for noisy in ("httpx", "httpcore", "apscheduler.executors"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
