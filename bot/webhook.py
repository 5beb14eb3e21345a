"""The webhook server: a small tornado server (tornado comes with python-telegram-bot[webhooks]) that checks
the secret token from the request's headers before it reads a byte of the body, caps the body, and hands
each update to the Application's update queue.

python-telegram-bot's own webhook handler reads the whole body (up to tornado's 100 MB) before it looks at
the secret, and logs an update it cannot parse with its text; this one does neither.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram import Bot
from tornado.httpserver import HTTPServer

from bot.updates import parse_update

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # bytes; Telegram's updates are a few kB
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """POST {path}: one update as JSON. Wrong or missing secret → 403 before the body is read; a body
    over MAX_BODY → 413; an update that cannot be parsed is skipped (200, so Telegram does not resend it)."""

    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(self, bot: Bot, queue: asyncio.Queue[object], secret: str, max_body: int) -> None:
        self.bot = bot
        self.queue = queue
        self.secret = secret
        self.max_body = max_body
        self.chunks: list[bytes] = []
        self.size = 0

    def prepare(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self._refuse(HTTPStatus.FORBIDDEN)
            return
        length = self.request.headers.get("Content-Length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return
        self.request.connection.set_max_body_size(self.max_body)  # type: ignore[union-attr]

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return
        self.size += len(chunk)
        if self.size > self.max_body:  # a chunked body without a length
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            return
        self.chunks.append(chunk)

    async def post(self) -> None:
        if self._finished:
            return
        try:
            data = json.loads(b"".join(self.chunks))
        except (ValueError, UnicodeDecodeError):
            self._refuse(HTTPStatus.BAD_REQUEST)
            return
        update = parse_update(data, self.bot) if isinstance(data, dict) else None
        if update is not None:
            await self.queue.put(update)
        self.set_status(HTTPStatus.OK)
        self.finish()

    def _refuse(self, status: HTTPStatus) -> None:
        log.warning("webhook request refused: %d %s", status.value, status.phrase)
        self.set_status(status)
        self.finish()

    def log_exception(self, *args: Any) -> None:  # tornado would log the request; ours says enough
        log.warning("webhook request failed")


class _App(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:  # no access log (no tokens, no noise)
        pass


class WebhookServer:
    def __init__(
        self,
        listen: str,
        port: int,
        path: str,
        bot: Bot,
        queue: asyncio.Queue[object],
        secret: str,
        max_body: int = MAX_BODY,
    ) -> None:
        path = "/" + path.strip("/")
        handler_args = {"bot": bot, "queue": queue, "secret": secret, "max_body": max_body}
        app = _App([(rf"{path}/?", UpdateHandler, handler_args)])
        # The server-wide cap covers requests to any other path too (tornado reads those whole).
        self._server = HTTPServer(app, max_body_size=max_body, max_buffer_size=max_body)
        self.listen = listen
        self.port = port

    def start(self) -> None:
        """Listen; an OSError (port taken, address missing) reaches `policybot run`, which says it in a line."""
        self._server.listen(self.port, address=self.listen)

    async def stop(self) -> None:
        self._server.stop()
        await self._server.close_all_connections()
