"""A local stand-in of the Telegram Bot API for end-to-end tests and benchmarks.

`BotApiStandIn` is an aiohttp server that runs in its own thread with its own event loop on
127.0.0.1, so synchronous tests, async tests and benchmark scripts can all drive it. Point a
python-telegram-bot `Bot`/`Application` (or `policybot run` via `POLICYBOT_API_URL`) at
`standin.base_url`, feed updates with the `push_*` helpers, and inspect what the bot sent through
`sent`, `calls()`, `messages_to()` and the blocking `wait_for*` helpers (or their `await_*` twins
inside an event loop that also runs the bot).

State is shared between the server thread and the test thread under one lock; request handlers
never await while holding it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import ClientSession, ClientTimeout, web

from .calls import ApiError, Call, UploadedFile, bad_request
from .flood import RateLimit
from .formats import auto_entities, check_markup, image_size, parse_html, utf16_len

log = logging.getLogger(__name__)

BOT_ID = 7000000001
BOT_USERNAME = "policybot_test_bot"
BOT_NAME = "PolicyBot Test"
#: A token whose numeric prefix is the stand-in bot's id, as real tokens are.
TEST_TOKEN = f"{BOT_ID}:AAStandInTokenForPolicybotTests0000000"
DEFAULT_USER_ID = 10001
# Telegram's service accounts that appear as `from` of anonymous admin / channel posts.
GROUP_ANONYMOUS_BOT = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
CHANNEL_BOT = {"id": 136817688, "is_bot": True, "first_name": "Channel", "username": "Channel_Bot"}

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
MAX_POLL_TIMEOUT = 50.0

# Methods that create a message in a chat (counted by messages_to and by the rate limiter).
SEND_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})
# Methods the rate limiter counts: everything that posts or changes a message.
RATED_METHODS = SEND_METHODS | {"editMessageText", "editMessageReplyMarkup", "editMessageCaption"}
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})
# Telegram's default when allowed_updates was never given: everything but these.
_NOT_DEFAULT_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
# Form values that are plain strings and must not be JSON-decoded (PTB sends str values raw and
# everything else json.dumps'ed, so "123" as a text must stay a string).
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_query_id",
        "action",
        "url",
        "next_offset",
        "switch_pm_text",
        "switch_pm_parameter",
        "inline_message_id",
        "secret_token",
        "ip_address",
        "language_code",
        "business_connection_id",
        "message_effect_id",
        "emoji",
        "title",
        "description",
        "short_description",
        "name",
        "photo",
        "document",
        "query",
        "first_name",
        "last_name",
        "question",
        "thumbnail",
        "sticker",
    }
)
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class _Fault:
    remaining: int
    code: int
    description: str
    parameters: dict[str, Any] | None


def _coerce_chat_id(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


def _decode_form_value(name: str, value: str) -> Any:
    if name == "chat_id":
        return _coerce_chat_id(value)
    if name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _update_type(update: Mapping[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "")


# ---------------------------------------------------------------------------------------------
# The server
# ---------------------------------------------------------------------------------------------


class BotApiStandIn:
    """A Telegram Bot API stand-in on 127.0.0.1 running in a background thread.

    Use as a context manager, or call start()/stop(). Any token is accepted unless `token` is given
    (then others get 401 Unauthorized, as with a revoked token).
    """

    def __init__(
        self,
        *,
        port: int = 0,
        token: str | None = None,
        bot_id: int = BOT_ID,
        bot_username: str = BOT_USERNAME,
        max_poll_timeout: float = MAX_POLL_TIMEOUT,
    ) -> None:
        self._requested_port = port
        self._token = token
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": BOT_NAME,
            "username": bot_username,
        }
        self._max_poll_timeout = max_poll_timeout
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._site: web.SockSite | None = None
        self._port = 0
        self._closing = False
        self._wake_event: asyncio.Event | None = None
        self._pump_task: asyncio.Task[None] | None = None
        self._http: ClientSession | None = None
        # Kept across reset(): a running bot's getUpdates offset and its long poll must stay valid.
        self._update_ids = itertools.count(100_000_001)
        self._query_ids = itertools.count(4_000_000_000_000_000_001)
        self._poll_generation = 0
        self._polls_started = 0
        self._clear_state()

    def _clear_state(self) -> None:
        self._log: list[Call] = []
        self._updates: deque[dict[str, Any]] = deque()
        self._file_ids = itertools.count(1)
        self._allowed_updates: set[str] | None = None
        self._chats: dict[int, dict[str, Any]] = {}
        self._usernames: dict[str, int] = {}
        self._message_ids: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._members: dict[tuple[int, int], str] = {}
        self._open_queries: set[str] = set()
        self._forbidden: dict[int, str] = {}
        self._missing: set[int] = set()
        self._migrated: dict[int, int] = {}
        self._faults: dict[str, deque[_Fault]] = {}
        self._drops: dict[str, int] = {}
        self._rate: RateLimit | None = None
        self._latency = 0.0
        self._every: tuple[int, int, frozenset[str]] | None = None  # (n, retry_after, methods)
        self._every_count = 0
        self._slow: dict[str, list[float]] = {}  # method -> [remaining, seconds]
        self._outage_on: tuple[str, float] | None = None  # (method, seconds): an outage at its next call
        self._outage_until = 0.0
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._webhook: dict[str, Any] = {}
        self._webhook_deliveries = 0
        self._photos: dict[str, list[dict[str, Any]]] = {}

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """What python-telegram-bot takes as base_url: requests go to {base_url}{token}/{method}."""
        if not self._port:
            raise RuntimeError("the stand-in is not running; call start() first")
        return f"http://127.0.0.1:{self._port}/bot"

    def start(self, timeout: float = 10.0) -> Self:
        if self._thread is not None:
            return self
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve())
            except BaseException as exc:  # surfaced to start() below
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.close()

        self._closing = False
        self._thread = threading.Thread(target=run, name="botapi-standin", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise RuntimeError("the Bot API stand-in did not start in time")
        if failure:
            self._thread = None
            raise RuntimeError("the Bot API stand-in failed to start") from failure[0]
        return self

    async def _serve(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self._requested_port))
        sock.listen(1024)
        self._port = sock.getsockname()[1]
        self._site = web.SockSite(self._runner, sock)
        await self._site.start()
        self._polls: set[asyncio.BaseTransport] = set()
        self._wake_event = asyncio.Event()
        self._http = ClientSession(timeout=ClientTimeout(total=10))
        self._pump_task = asyncio.get_running_loop().create_task(self._webhook_pump())

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread is None or self._loop is None:
            return
        loop = self._loop
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
        try:
            future.result(timeout)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join(timeout)
            self._thread = None
            self._loop = None

    async def _shutdown(self) -> None:
        self._closing = True
        self._wake()
        if self._pump_task:
            self._pump_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump_task
        if self._http:
            await self._http.close()
        if self._runner:
            await self._runner.cleanup()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget calls, updates, chats, faults and settings (the server keeps running)."""
        with self._lock:
            self._clear_state()
            self._changed.notify_all()

    # -- waking long polls and the webhook pump ---------------------------------------------------

    def _wake(self) -> None:
        """Wake everything waiting for updates (runs in the server loop)."""
        if self._wake_event is not None:
            self._wake_event.set()
            self._wake_event = asyncio.Event()

    def _notify_updates(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._wake)

    # -- request handling -----------------------------------------------------------------------

    async def _read_params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile], str]:
        params: dict[str, Any] = {k: _decode_form_value(k, v) for k, v in request.query.items()}
        files: dict[str, UploadedFile] = {}
        encoding = "query" if params else "none"
        if request.method != "POST" or not request.can_read_body:
            return params, files, encoding
        ctype = request.content_type
        if ctype == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise bad_request("request body must be a JSON object")
            params.update(body)
            if "chat_id" in params:
                params["chat_id"] = _coerce_chat_id(params["chat_id"])
            return params, files, "json"
        if ctype == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if part is None or not hasattr(part, "read"):
                    continue
                name = part.name or ""
                data = await part.read(decode=False)  # type: ignore[union-attr]
                if part.filename is not None:
                    ptype = part.headers.get("Content-Type", "application/octet-stream")
                    files[name] = UploadedFile(name, part.filename, ptype, bytes(data))
                else:
                    params[name] = _decode_form_value(name, bytes(data).decode("utf-8"))
            return params, files, "multipart"
        if ctype == "application/x-www-form-urlencoded":
            form = await request.post()
            params.update({k: _decode_form_value(k, str(v)) for k, v in form.items()})
            return params, files, "form"
        body = await request.read()
        if body.strip():
            raise bad_request(f"unsupported content type {ctype}")
        return params, files, encoding

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        arrival = time.monotonic()
        token = request.match_info["token"]
        method = _METHOD_NAMES.get(request.match_info["method"].lower(), request.match_info["method"])
        params: dict[str, Any] = {}
        files: dict[str, UploadedFile] = {}
        encoding = "none"
        result: Any = None
        slow = 0.0
        try:
            params, files, encoding = await self._read_params(request)
            # Connection faults: close the socket without an answer (an outage, or one injected drop).
            fault = (
                "connection reset"
                if self._in_outage(method)
                else "connection dropped"
                if self._take_drop(method)
                else None
            )
            if fault is not None:
                self._record(Call(method, params, arrival, 0, None, fault, files, encoding, token))
                if request.transport is not None:
                    request.transport.abort()
                raise asyncio.CancelledError
            if self._latency and method != "getUpdates":
                await asyncio.sleep(self._latency)
            if self._token is not None and token != self._token:
                raise ApiError(401, "Unauthorized")
            handler = _HANDLERS.get(method)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            self._take_fault(method)
            if method == "getUpdates":
                transport = request.transport
                if transport is not None:
                    self._polls.add(transport)
                try:
                    result = await self._get_updates(params)
                finally:
                    self._polls.discard(transport)  # type: ignore[arg-type]
            else:
                with self._lock:
                    self._check_chat(method, params)
                    self._take_every(method)
                    if self._rate is not None and method in RATED_METHODS:
                        self._rate.check(params.get("chat_id"), arrival)
                    result = handler(self, params, files)
                    slow = self._take_slow(method)
            status, body, description = 200, {"ok": True, "result": result}, None
            if method != "getUpdates" and slow:
                # Accepted (recorded, visible to the chat) now; the answer comes late.
                self._record(Call(method, params, arrival, status, result, None, files, encoding, token))
                await asyncio.sleep(slow)
                return web.Response(
                    body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                    status=status,
                    content_type="application/json",
                )
        except ApiError as err:
            status, body, description = err.code, err.payload(), err.description
        except (ValueError, UnicodeDecodeError) as err:
            status, description = 400, f"Bad Request: can't parse request: {err}"
            body = {"ok": False, "error_code": 400, "description": description}
        self._record(Call(method, params, arrival, status, result, description, files, encoding, token))
        return web.Response(
            body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            status=status,
            content_type="application/json",
        )

    def _record(self, call: Call) -> None:
        with self._lock:
            self._log.append(call)
            self._changed.notify_all()

    def _take_every(self, method: str) -> None:
        """429 for every n-th call of the chosen methods (under the lock)."""
        if self._every is None or method not in self._every[2]:
            return
        self._every_count += 1
        n, retry_after, _ = self._every
        if self._every_count % n == 0:
            raise ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})

    def _take_slow(self, method: str) -> float:
        entry = self._slow.get(method) or self._slow.get("*")
        if not entry or entry[0] <= 0:
            return 0.0
        entry[0] -= 1
        return entry[1]

    def _in_outage(self, method: str) -> bool:
        """Whether this request falls in a network outage (starting one if it is the trigger)."""
        with self._lock:
            trigger = self._outage_on
            if trigger is not None and trigger[0] in (method, "*") and method != "getUpdates":
                self._outage_on = None
                self._begin_outage(trigger[1])
                return True
            return time.monotonic() < self._outage_until

    def _begin_outage(self, seconds: float) -> None:
        """Close the listening socket (new connections are refused) and reset open long polls; listen
        again after `seconds` (runs in the server loop)."""
        self._outage_until = time.monotonic() + seconds
        loop = asyncio.get_running_loop()
        self._outage_task = loop.create_task(self._outage(seconds))

    async def _outage(self, seconds: float) -> None:
        if self._site is not None:
            await self._site.stop()
        for transport in list(self._polls):
            transport.abort()
        await asyncio.sleep(seconds)
        if self._closing or self._runner is None:
            return
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self._port))
        sock.listen(1024)
        self._site = web.SockSite(self._runner, sock)
        await self._site.start()

    def _take_drop(self, method: str) -> bool:
        with self._lock:
            for key in (method, "*"):
                if self._drops.get(key, 0) > 0:
                    self._drops[key] -= 1
                    return True
        return False

    def _take_fault(self, method: str) -> None:
        with self._lock:
            for key in (method, "*"):
                queue = self._faults.get(key)
                if queue:
                    fault = queue[0]
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        queue.popleft()
                    raise ApiError(fault.code, fault.description, fault.parameters)

    def _check_chat(self, method: str, params: dict[str, Any]) -> None:
        chat_id = params.get("chat_id")
        if chat_id is None:
            return
        if isinstance(chat_id, str):
            resolved = self._usernames.get(chat_id.lstrip("@").lower())
            if resolved is None:
                raise bad_request("chat not found")
            params["chat_id"] = chat_id = resolved
        if chat_id in self._missing:
            raise bad_request("chat not found")
        if chat_id in self._migrated:
            new_id = self._migrated[chat_id]
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": new_id},
            )
        if chat_id in self._forbidden:
            raise ApiError(403, self._forbidden[chat_id])
        bot_status = self._members.get((chat_id, self.bot_user["id"]))
        if bot_status in ("left", "kicked") and method != "getChat":
            if chat_id > 0:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            kind = self._chat(chat_id)["type"]
            where = "supergroup chat" if kind == "supergroup" else "group chat"
            if kind == "channel":
                where = "channel chat"
            raise ApiError(403, f"Forbidden: bot was kicked from the {where}")

    # -- getUpdates and the webhook -------------------------------------------------------------

    def _take_updates(self, offset: int | None, limit: int) -> list[dict[str, Any]]:
        """Confirm (drop) updates below offset and return the next ones (under the lock)."""
        with self._lock:
            if offset is not None and offset < 0:
                while len(self._updates) > -offset:
                    self._updates.popleft()
            elif offset:
                while self._updates and self._updates[0]["update_id"] < offset:
                    self._updates.popleft()
            allowed = self._allowed_updates
            kept: deque[dict[str, Any]] = deque()
            for update in self._updates:
                kind = _update_type(update)
                if (kind in allowed) if allowed is not None else (kind not in _NOT_DEFAULT_UPDATES):
                    kept.append(update)
            self._updates = kept  # updates of unwanted types are never delivered
            return list(itertools.islice(kept, limit))

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = params.get("offset")
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = max(0.0, min(self._max_poll_timeout, float(params.get("timeout") or 0)))
        with self._lock:
            if self._webhook.get("url"):
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if "allowed_updates" in params:
                allowed = params["allowed_updates"] or None
                self._allowed_updates = set(allowed) if allowed else None
            self._poll_generation += 1
            generation = self._poll_generation
            self._polls_started += 1
            self._changed.notify_all()
        self._wake()  # an older concurrent poll must end with 409, as on Telegram
        deadline = time.monotonic() + timeout
        while True:
            assert self._wake_event is not None
            event = self._wake_event  # grab before checking, so a push in between still wakes us
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                )
            updates = self._take_updates(offset, limit)
            remaining = deadline - time.monotonic()
            if updates or remaining <= 0 or self._closing:
                return updates
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), remaining)

    async def _webhook_pump(self) -> None:
        """Deliver queued updates to the webhook one at a time, in order, retrying on failure."""
        backoff = 0.1
        while not self._closing:
            assert self._wake_event is not None
            event = self._wake_event
            with self._lock:
                url = self._webhook.get("url")
                secret = self._webhook.get("secret_token")
                head = self._take_updates(None, 1) if url else []
            if not head:
                await event.wait()
                continue
            update = head[0]
            headers = {"Content-Type": "application/json"}
            if secret:
                headers["X-Telegram-Bot-Api-Secret-Token"] = secret
            error: str | None = None
            try:
                assert self._http is not None
                body = json.dumps(update, ensure_ascii=False)
                async with self._http.post(url, data=body, headers=headers) as resp:
                    if not 200 <= resp.status < 300:
                        error = f"Wrong response from the webhook: {resp.status} {resp.reason}"
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                error = f"Connection failed: {exc!r}"
            with self._lock:
                if error is None:
                    if self._updates and self._updates[0]["update_id"] == update["update_id"]:
                        self._updates.popleft()
                    self._webhook_deliveries += 1
                    backoff = 0.1
                else:
                    self._webhook["last_error_date"] = int(time.time())
                    self._webhook["last_error_message"] = error
                self._changed.notify_all()
            if error is not None:
                await asyncio.sleep(backoff)
                backoff = min(2.0, backoff * 2)

    # -- chats, users, messages -----------------------------------------------------------------

    def _chat(self, chat_id: int, chat_type: str | None = None, **extra: Any) -> dict[str, Any]:
        """The Chat object of chat_id, created (type inferred from the id) on first sight."""
        chat = self._chats.get(chat_id)
        if chat is None or (chat_type and chat["type"] != chat_type):
            kind = chat_type or (
                "private" if chat_id > 0 else "supergroup" if chat_id <= -1_000_000_000_000 else "group"
            )
            chat = {"id": chat_id, "type": kind}
            if kind == "private":
                chat["first_name"] = f"User{chat_id}"
            else:
                chat["title"] = f"Test {kind} {abs(chat_id)}"
            self._chats[chat_id] = chat
        for key, value in extra.items():
            if value is not None:
                chat[key] = value
        if chat.get("username"):
            self._usernames[chat["username"].lower()] = chat_id
        return chat

    @staticmethod
    def _user(user_id: int, username: str | None = None, first_name: str | None = None) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or f"User{user_id}",
            "language_code": "zh-hans",
        }
        if username:
            user["username"] = username.lstrip("@")
        return user

    def _next_message_id(self, chat_id: int) -> int:
        self._message_ids[chat_id] = message_id = self._message_ids.get(chat_id, 0) + 1
        return message_id

    def _bot_message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        message = {
            "message_id": self._next_message_id(chat_id),
            "from": {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")},
            "chat": dict(self._chat(chat_id)),
            "date": int(time.time()),
            **{k: v for k, v in content.items() if v is not None},
        }
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _reply_target(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any] | None:
        reply_id = params.get("reply_to_message_id")
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_id = reply_parameters.get("message_id")
        if reply_id is None:
            return None
        target = self._messages.get((chat_id, int(reply_id)))
        if target is None:
            if isinstance(reply_parameters, dict) and reply_parameters.get("allow_sending_without_reply"):
                return None
            raise bad_request("message to be replied not found")
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    def _formatted(self, text: str, parse_mode: str | None, limit: int, what: str) -> tuple[str, list[Any]]:
        if parse_mode and parse_mode.lower() == "html":
            plain, entities = parse_html(text)
        else:
            plain, entities = text, []  # Markdown modes are passed through unparsed
        if utf16_len(plain) > limit:
            raise bad_request(f"{what} is too long")
        return plain, entities

    # -- Bot API methods (each runs under the lock; params already decoded) ---------------------

    def _m_get_me(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _m_true(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        return True

    def _m_delete_webhook(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        self._webhook = {}
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_set_webhook(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        url = params.get("url") or ""
        if url and not re.match(r"https?://", url):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if "allowed_updates" in params:
            allowed = params["allowed_updates"]
            self._allowed_updates = set(allowed) if allowed else None
        self._webhook = (
            {
                "url": url,
                "secret_token": params.get("secret_token"),
                "max_connections": int(params.get("max_connections") or 40),
                "has_custom_certificate": "certificate" in files,
            }
            if url
            else {}
        )
        self._notify_updates()
        return True

    def _m_get_webhook_info(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        info: dict[str, Any] = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": bool(self._webhook.get("has_custom_certificate")),
            "pending_update_count": len(self._updates),
        }
        if self._webhook:
            info["max_connections"] = self._webhook["max_connections"]
            for key in ("last_error_date", "last_error_message"):
                if key in self._webhook:
                    info[key] = self._webhook[key]
        if self._allowed_updates is not None:
            info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), params.get("language_code") or ""

    def _m_set_my_commands(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request('parameter "commands" is required')
        if len(commands) > 100:
            raise bad_request("too many commands")
        clean = []
        for entry in commands:
            name = str(entry.get("command", "")) if isinstance(entry, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise bad_request("BOT_COMMAND_INVALID")
            description = str(entry.get("description", ""))
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            clean.append({"command": entry["command"], "description": description})
        self._commands[self._commands_key(params)] = clean
        return True

    def _m_get_my_commands(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        return list(self._commands.get(self._commands_key(params), []))

    def _m_delete_my_commands(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        self._commands.pop(self._commands_key(params), None)
        return True

    def _require_chat(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if not isinstance(chat_id, int):
            raise bad_request("chat not found")
        return chat_id

    def _m_send_message(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat_id = self._require_chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        plain, entities = self._formatted(text, params.get("parse_mode"), TEXT_LIMIT, "message")
        if not plain.strip():
            raise bad_request("message text is empty")
        if params.get("entities") and not entities:
            entities = params["entities"]
        markup = check_markup(params.get("reply_markup"))
        return self._bot_message(
            chat_id,
            message_thread_id=params.get("message_thread_id"),
            reply_to_message=self._reply_target(chat_id, params),
            text=plain,
            entities=entities or None,
            reply_markup=markup,
        )

    @staticmethod
    def _upload(params: dict[str, Any], files: Mapping[str, UploadedFile], name: str) -> UploadedFile | str:
        value = params.get(name)
        if name in files:
            return files[name]
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
            return files[value[9:]]
        if isinstance(value, str) and value:
            return value  # a file_id or URL
        raise bad_request(f"there is no {name} in the request")

    def _m_send_photo(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat_id = self._require_chat(params)
        photo = self._upload(params, files, "photo")
        if isinstance(photo, UploadedFile):
            if photo.size == 0:
                raise bad_request("IMAGE_PROCESS_FAILED")
            if photo.size > 10 * 1024 * 1024:
                raise ApiError(413, "Request Entity Too Large")
            width, height = image_size(photo.data)
            n = next(self._file_ids)
            file_id = f"AgACAgIAAxkDAAIB{n:08d}StandInPhoto"
            sizes = [
                {
                    "file_id": file_id,
                    "file_unique_id": f"AQAD{n:08d}",
                    "file_size": photo.size,
                    "width": width,
                    "height": height,
                }
            ]
            if max(width, height) > 90:
                scale = 90 / max(width, height)
                sizes.insert(
                    0,
                    {
                        "file_id": f"{file_id}-s",
                        "file_unique_id": f"AQAD{n:08d}s",
                        "file_size": max(1, photo.size // 10),
                        "width": round(width * scale),
                        "height": round(height * scale),
                    },
                )
            self._photos[file_id] = sizes
        else:
            sizes = self._photos.get(photo) or [
                {"file_id": photo, "file_unique_id": f"AQADurl{len(self._photos)}", "width": 0, "height": 0}
            ]
        return self._media_message(chat_id, params, photo=sizes)

    def _media_message(self, chat_id: int, params: dict[str, Any], **media: Any) -> Any:
        """A sent photo or document with its optional caption, checked as Telegram checks it."""
        caption, entities = None, []
        if params.get("caption"):
            caption, entities = self._formatted(
                params["caption"], params.get("parse_mode"), CAPTION_LIMIT, "message caption"
            )
        return self._bot_message(
            chat_id,
            reply_to_message=self._reply_target(chat_id, params),
            caption=caption,
            caption_entities=entities or None,
            reply_markup=check_markup(params.get("reply_markup")),
            **media,
        )

    def _m_send_document(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat_id = self._require_chat(params)
        document = self._upload(params, files, "document")
        n = next(self._file_ids)
        doc: dict[str, Any] = {
            "file_id": f"BQACAgIAAxkDAAIB{n:08d}StandInDoc",
            "file_unique_id": f"AgAD{n:08d}",
        }
        if isinstance(document, UploadedFile):
            doc.update(
                file_name=document.filename or "file",
                mime_type=document.content_type,
                file_size=document.size,
            )
        return self._media_message(chat_id, params, document=doc)

    def _editable(self, params: dict[str, Any]) -> dict[str, Any] | None:
        """The stored message an edit refers to, or None for an inline message."""
        if params.get("inline_message_id"):
            return None
        chat_id = self._require_chat(params)
        if params.get("message_id") is None:
            raise bad_request("message identifier is not specified")
        message = self._messages.get((chat_id, int(params["message_id"])))
        if message is None:
            raise bad_request("message to edit not found")
        if message.get("from", {}).get("id") != self.bot_user["id"]:
            raise bad_request("message can't be edited")
        return message

    _NOT_MODIFIED = (
        "message is not modified: specified new message content and reply markup are exactly the same "
        "as a current content and reply markup of the message"
    )

    def _m_edit_message_text(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        plain, entities = self._formatted(text, params.get("parse_mode"), TEXT_LIMIT, "message")
        markup = check_markup(params.get("reply_markup"))
        message = self._editable(params)
        if message is None:
            return True
        if "text" not in message:
            raise bad_request("there is no text in the message to edit")
        if (
            message["text"] == plain
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise bad_request(self._NOT_MODIFIED)
        message["text"] = plain
        message.pop("entities", None)
        if entities:
            message["entities"] = entities
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return dict(message)

    def _m_edit_message_reply_markup(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        markup = check_markup(params.get("reply_markup"))
        message = self._editable(params)
        if message is None:
            return True
        if message.get("reply_markup") == markup:
            raise bad_request(self._NOT_MODIFIED)
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return dict(message)

    def _m_edit_message_caption(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        caption, entities = self._formatted(
            params.get("caption") or "", params.get("parse_mode"), CAPTION_LIMIT, "message caption"
        )
        markup = check_markup(params.get("reply_markup"))
        message = self._editable(params)
        if message is None:
            return True
        if message.get("caption", "") == caption and message.get("reply_markup") == markup:
            raise bad_request(self._NOT_MODIFIED)
        for key, value in (("caption", caption), ("caption_entities", entities), ("reply_markup", markup)):
            message.pop(key, None)
            if value:
                message[key] = value
        message["edit_date"] = int(time.time())
        return dict(message)

    def _m_delete_message(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat_id = self._require_chat(params)
        if self._messages.pop((chat_id, int(params.get("message_id") or 0)), None) is None:
            raise bad_request("message to delete not found")
        return True

    def _m_leave_chat(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        self._members[(self._require_chat(params), self.bot_user["id"])] = "left"
        return True

    def _answer_query(self, query_id: Any) -> None:
        if query_id not in self._open_queries:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        self._open_queries.discard(query_id)

    def _m_answer_callback_query(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self._answer_query(str(params.get("callback_query_id")))
        return True

    def _m_answer_inline_query(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        results = params.get("results")
        if not isinstance(results, list):
            raise bad_request('parameter "results" is required')
        if len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            rid = str(result.get("id", "")) if isinstance(result, dict) else ""
            if not 1 <= len(rid.encode()) <= 64:
                raise bad_request("RESULT_ID_INVALID")
            if rid in seen:
                raise bad_request("RESULT_ID_DUPLICATE")
            seen.add(rid)
            content = result.get("input_message_content") or {}
            if "message_text" in content:
                text = str(content["message_text"])
                self._formatted(text, content.get("parse_mode"), TEXT_LIMIT, "message")
            check_markup(result.get("reply_markup"))
        self._answer_query(str(params.get("inline_query_id")))
        return True

    def _m_send_chat_action(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        self._require_chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _member_json(self, chat_id: int, user_id: int) -> dict[str, Any]:
        status = self._members.get((chat_id, user_id), "member")
        user = (
            {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")}
            if user_id == self.bot_user["id"]
            else self._user(user_id)
        )
        return _chat_member(user, status)

    def _m_get_chat_member(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat_id = self._require_chat(params)
        if params.get("user_id") is None:
            raise bad_request("user_id is empty")
        user_id = int(params["user_id"])
        if chat_id > 0 and user_id not in (chat_id, self.bot_user["id"]):
            raise bad_request("user not found")
        return self._member_json(chat_id, user_id)

    def _m_get_chat_administrators(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat_id = self._require_chat(params)
        if chat_id > 0:
            raise bad_request("there are no administrators in the private chat")
        admins = [
            (status != "creator", user_id)  # the creator first, as Telegram lists them
            for (cid, user_id), status in self._members.items()
            if cid == chat_id and status in ("creator", "administrator")
        ]
        return [self._member_json(chat_id, user_id) for _, user_id in sorted(admins)]

    def _m_get_chat(self, params: dict[str, Any], files: Mapping[str, UploadedFile]) -> Any:
        chat = self._chat(self._require_chat(params))
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    # -- test helpers: feeding updates ----------------------------------------------------------

    def push_raw(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update as given (an update_id is assigned if missing, and must increase)."""
        with self._lock:
            update = dict(update)
            if "update_id" not in update:
                update["update_id"] = next(self._update_ids)
            elif self._updates and update["update_id"] <= self._updates[-1]["update_id"]:
                raise ValueError("update ids must increase")
            else:
                self._update_ids = itertools.count(update["update_id"] + 1)
            for kind in ("callback_query", "inline_query"):
                if kind in update and "id" in update[kind]:
                    self._open_queries.add(str(update[kind]["id"]))
            self._updates.append(update)
            self._changed.notify_all()
        self._notify_updates()
        return update

    def push_message(
        self,
        chat_id: int,
        text: str,
        *,
        chat_type: str | None = None,
        user_id: int | None = None,
        username: str | None = None,
        first_name: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        sender_chat: int | dict[str, Any] | None = None,
        reply_to: int | dict[str, Any] | None = None,
        chat_title: str | None = None,
        chat_username: str | None = None,
    ) -> dict[str, Any]:
        """Queue a user's text message. The chat type is inferred from the id unless given
        (positive: private; -100...: supergroup; other negative: group). In a private chat the
        sender is the chat's user; in groups it defaults to DEFAULT_USER_ID. `sender_chat` makes it
        an anonymous-admin post (the chat itself) or a channel post in a linked group."""
        with self._lock:
            chat = self._chat(chat_id, chat_type, title=chat_title, username=chat_username)
            if user_id is None:
                user_id = chat_id if chat["type"] == "private" else DEFAULT_USER_ID
            if chat["type"] == "private":
                chat.setdefault("first_name", first_name or f"User{user_id}")
                if username:
                    chat["username"] = username.lstrip("@")
            message: dict[str, Any] = {
                "message_id": self._next_message_id(chat_id),
                "from": self._user(user_id, username, first_name),
                "chat": dict(chat),
                "date": int(time.time()),
                "text": text,
            }
            if sender_chat is not None:
                sender = self._chat(sender_chat) if isinstance(sender_chat, int) else dict(sender_chat)
                message["sender_chat"] = dict(sender)
                message["from"] = dict(GROUP_ANONYMOUS_BOT if sender["id"] == chat_id else CHANNEL_BOT)
            found = auto_entities(text) if entities is None else entities
            if found:
                message["entities"] = found
            if reply_to is not None:
                if isinstance(reply_to, dict):
                    target = reply_to
                else:
                    target = self._messages.get((chat_id, reply_to)) or {
                        "message_id": reply_to,
                        "from": dict(self.bot_user),
                        "chat": dict(chat),
                        "date": int(time.time()),
                        "text": "…",
                    }
                message["reply_to_message"] = {k: v for k, v in target.items() if k != "reply_to_message"}
            self._messages[(chat_id, message["message_id"])] = message
        return self.push_raw({"message": message})

    def push_callback(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        *,
        user_id: int | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        """Queue a press of an inline button with callback `data` under a message of the bot."""
        with self._lock:
            chat = self._chat(chat_id)
            if user_id is None:
                user_id = chat_id if chat["type"] == "private" else DEFAULT_USER_ID
            message = self._messages.get((chat_id, message_id)) or {
                "message_id": message_id,
                "from": dict(self.bot_user),
                "chat": dict(chat),
                "date": int(time.time()),
                "text": "…",
            }
            query = {
                "id": str(next(self._query_ids)),
                "from": self._user(user_id, username),
                "message": dict(message),
                "chat_instance": str(-abs(hash(("chat_instance", chat_id))) % 10**18),
                "data": data,
            }
        return self.push_raw({"callback_query": query})

    def push_inline_query(
        self,
        query: str,
        *,
        user_id: int = DEFAULT_USER_ID,
        username: str | None = None,
        offset: str = "",
        chat_type: str | None = "sender",
    ) -> dict[str, Any]:
        """Queue an inline query (`@botname query` typed by a user)."""
        inline: dict[str, Any] = {
            "id": str(next(self._query_ids)),
            "from": self._user(user_id, username),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            inline["chat_type"] = chat_type
        return self.push_raw({"inline_query": inline})

    def push_my_chat_member(
        self,
        chat_id: int,
        old_status: str,
        new_status: str,
        chat_type: str | None = "group",
        *,
        user_id: int = DEFAULT_USER_ID,
    ) -> dict[str, Any]:
        """Queue a change of the bot's own membership (added to a group, kicked, blocked, ...).
        The stand-in then behaves accordingly: sending to a chat the bot left or was kicked from is 403."""
        for status in (old_status, new_status):
            if status not in MEMBER_STATUSES:
                raise ValueError(f"unknown member status {status!r}")
        with self._lock:
            if chat_id > 0:
                chat_type = "private"
            chat = self._chat(chat_id, chat_type)
            if chat["type"] == "private":
                user_id = chat_id
            bot = {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")}
            self._members[(chat_id, self.bot_user["id"])] = new_status
            update = {
                "my_chat_member": {
                    "chat": dict(chat),
                    "from": self._user(user_id),
                    "date": int(time.time()),
                    "old_chat_member": _chat_member(bot, old_status),
                    "new_chat_member": _chat_member(bot, new_status),
                }
            }
        return self.push_raw(update)

    def push_migration(
        self, old_chat_id: int, new_chat_id: int, *, user_id: int = DEFAULT_USER_ID
    ) -> list[dict[str, Any]]:
        """Queue a group's upgrade to a supergroup: the two service messages Telegram sends. Sending
        to the old id afterwards is 400 with migrate_to_chat_id (PTB raises ChatMigrated)."""
        with self._lock:
            old = self._chat(old_chat_id, "group")
            new = self._chat(new_chat_id, "supergroup", title=old.get("title"))
            for (cid, uid), status in list(self._members.items()):
                if cid == old_chat_id:
                    self._members[(new_chat_id, uid)] = status
            now = int(time.time())
            first = {
                "message_id": self._next_message_id(old_chat_id),
                "from": self._user(user_id),
                "chat": dict(old),
                "date": now,
                "migrate_to_chat_id": new_chat_id,
            }
            second = {
                "message_id": self._next_message_id(new_chat_id),
                "from": dict(GROUP_ANONYMOUS_BOT),
                "sender_chat": dict(new),
                "chat": dict(new),
                "date": now,
                "migrate_from_chat_id": old_chat_id,
            }
            self._migrated[old_chat_id] = new_chat_id
        return [self.push_raw({"message": first}), self.push_raw({"message": second})]

    # -- test helpers: configuration and fault injection ----------------------------------------

    def set_chat_member(self, chat_id: int, user_id: int, status: str) -> None:
        """What getChatMember answers for (chat_id, user_id); default 'member'. Creators and
        administrators also appear in getChatAdministrators."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown member status {status!r}")
        with self._lock:
            self._members[(chat_id, user_id)] = status

    def set_chat(
        self,
        chat_id: int,
        chat_type: str | None = None,
        *,
        title: str | None = None,
        username: str | None = None,
    ) -> dict[str, Any]:
        """Declare a chat's type, title or @username (so '@username' works as chat_id)."""
        with self._lock:
            return dict(self._chat(chat_id, chat_type, title=title, username=username))

    def set_chat_forbidden(self, chat_id: int, description: str | None = None) -> None:
        """Answer every call about chat_id with 403 (PTB raises Forbidden): "bot was blocked by the
        user" for a private chat, "bot was kicked from the group chat" otherwise."""
        if description is None:
            description = (
                "Forbidden: bot was blocked by the user"
                if chat_id > 0
                else "Forbidden: bot was kicked from the group chat"
            )
        with self._lock:
            self._forbidden[chat_id] = description

    def set_chat_missing(self, chat_id: int) -> None:
        """Answer every call about chat_id with 400 'Bad Request: chat not found'."""
        with self._lock:
            self._missing.add(chat_id)

    def clear_chat_faults(self, chat_id: int) -> None:
        with self._lock:
            self._forbidden.pop(chat_id, None)
            self._missing.discard(chat_id)
            self._migrated.pop(chat_id, None)

    def fail_next(
        self,
        method: str,
        n: int = 1,
        error_code: int = 500,
        description: str | None = None,
        retry_after: int | None = None,
        *,
        migrate_to_chat_id: int | None = None,
    ) -> None:
        """Answer the next n calls of `method` ('*' = any method) with an error."""
        parameters: dict[str, Any] = {}
        if retry_after is not None:
            parameters["retry_after"] = retry_after
        if migrate_to_chat_id is not None:
            parameters["migrate_to_chat_id"] = migrate_to_chat_id
        if description is None:
            description = _DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")
            if error_code == 429 and retry_after is not None:
                description = f"Too Many Requests: retry after {retry_after}"
        with self._lock:
            self._faults.setdefault(_canonical(method), deque()).append(
                _Fault(n, error_code, description, parameters or None)
            )

    def drop_next(self, method: str, n: int = 1) -> None:
        """Close the connection without answering the next n calls of `method` ('*' = any)."""
        with self._lock:
            key = _canonical(method)
            self._drops[key] = self._drops.get(key, 0) + n

    def enforce_rate(
        self,
        per_second: int | None = 30,
        per_chat_per_minute: int | None = 20,
        *,
        groups_only: bool = True,
        algorithm: str = "sliding",
    ) -> None:
        """Flood control: more than `per_second` message sends/edits within any second, or more than
        `per_chat_per_minute` to one chat within any minute (group chats only unless
        groups_only=False, as on Telegram), is answered 429 with retry_after.

        algorithm="sliding" (default) counts over strict sliding windows; "bucket" is a leaky
        bucket that tolerates the initial burst PTB's AIORateLimiter allows (see flood.Meter)."""
        with self._lock:
            self._rate = RateLimit(per_second, per_chat_per_minute, groups_only, algorithm)

    def disable_rate(self) -> None:
        with self._lock:
            self._rate = None

    @property
    def rate_limited(self) -> int:
        """How many calls the rate limiter has answered with 429."""
        with self._lock:
            return self._rate.rejected if self._rate else 0

    def rate_limit_every(
        self, n: int | None, retry_after: int = 1, methods: Iterable[str] = SEND_METHODS
    ) -> None:
        """Answer every n-th call of `methods` (default: the message sends) with 429 and retry_after
        (counted in `rate_limited`); None stops it."""
        with self._lock:
            self._every = (n, retry_after, frozenset(methods)) if n else None
            self._every_count = 0

    def slow_next(self, method: str, n: int = 1, seconds: float = 15.0) -> None:
        """Accept the next n calls of `method` ('*' = any) at once (they take effect and are recorded)
        but answer them only after `seconds`: what a client with a shorter read timeout sees as TimedOut."""
        with self._lock:
            self._slow[_canonical(method)] = [n, seconds]

    def refuse_connections(self, seconds: float, *, on_next: str | None = None) -> None:
        """A network outage of `seconds`: the listening socket is closed (connection refused), requests on
        open connections are reset and open long polls cut. Starts now, or at the next call of `on_next`
        ('*' = any but getUpdates; that call is reset)."""
        with self._lock:
            if on_next is not None:
                self._outage_on = (_canonical(on_next), seconds)
                return
        loop = self._loop
        if loop is None:
            raise RuntimeError("the stand-in is not running")
        done = threading.Event()

        def begin() -> None:
            with self._lock:
                self._begin_outage(seconds)
            done.set()

        loop.call_soon_threadsafe(begin)
        done.wait(5)

    @property
    def in_outage(self) -> bool:
        return time.monotonic() < self._outage_until

    def set_latency(self, seconds: float) -> None:
        """Delay every answer (except getUpdates) by `seconds`."""
        self._latency = max(0.0, seconds)

    # -- test helpers: what the bot did ---------------------------------------------------------

    @property
    def all_calls(self) -> list[Call]:
        with self._lock:
            return list(self._log)

    @property
    def sent(self) -> list[Call]:
        """Every call the bot made except getUpdates polls, in arrival order."""
        with self._lock:
            return [c for c in self._log if c.method != "getUpdates"]

    def calls(self, method: str) -> list[Call]:
        method = _canonical(method)
        with self._lock:
            return [c for c in self._log if c.method == method]

    def messages_to(self, chat_id: int) -> list[Call]:
        """Successful sendMessage/sendPhoto/sendDocument calls to chat_id."""
        with self._lock:
            return [c for c in self._log if c.ok and c.method in SEND_METHODS and c.chat_id == chat_id]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """A message's current state (after edits), as Telegram would hold it."""
        with self._lock:
            found = self._messages.get((chat_id, message_id))
            return dict(found) if found else None

    def my_commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """The commands menu the bot set for a scope and language (default scope, no language)."""
        key = self._commands_key({"scope": scope, "language_code": language_code})
        with self._lock:
            return list(self._commands.get(key, []))

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by getUpdates (or delivered to the webhook)."""
        with self._lock:
            return len(self._updates)

    @property
    def webhook_deliveries(self) -> int:
        with self._lock:
            return self._webhook_deliveries

    def mark(self) -> int:
        """A position in the call log, for wait_for(..., since=mark) to ignore earlier calls."""
        with self._lock:
            return len(self._log)

    def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 10.0, *, since: int = 0) -> Call:
        """Block until a call (from position `since` on) matches predicate; return it.
        Raises TimeoutError listing the last calls."""
        deadline = time.monotonic() + timeout
        with self._changed:
            checked = since
            while True:
                for call in itertools.islice(self._log, checked, None):
                    if predicate(call):
                        return call
                checked = max(checked, len(self._log))
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"no matching Bot API call within {timeout}s; last calls: {self._tail()}"
                    )
                self._changed.wait(remaining)

    def wait_for_messages(
        self, chat_id: int, n: int = 1, timeout: float = 10.0, *, since: int = 0
    ) -> list[Call]:
        """Block until the bot has delivered at least n messages to chat_id (counting calls from
        `since`); return them all."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [
                    c
                    for c in itertools.islice(self._log, since, None)
                    if c.ok and c.method in SEND_METHODS and c.chat_id == chat_id
                ]
                if len(found) >= n:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"{len(found)} of {n} messages to {chat_id} within {timeout}s; "
                        f"last calls: {self._tail()}"
                    )
                self._changed.wait(remaining)

    def wait_polling(self, timeout: float = 10.0) -> None:
        """Block until the bot has started a getUpdates poll (it is up and listening)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._polls_started == 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"the bot did not poll getUpdates within {timeout}s")
                self._changed.wait(remaining)

    async def await_for(
        self, predicate: Callable[[Call], bool], timeout: float = 10.0, *, since: int = 0
    ) -> Call:
        """wait_for for code running in an event loop (e.g. next to an in-test Application)."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout, since=since)

    async def await_messages(
        self, chat_id: int, n: int = 1, timeout: float = 10.0, *, since: int = 0
    ) -> list[Call]:
        return await asyncio.to_thread(self.wait_for_messages, chat_id, n, timeout, since=since)

    def _tail(self, n: int = 5) -> str:
        return ", ".join(f"{c.method}({c.chat_id})->{c.status}" for c in self._log[-n:]) or "none"

    def peak_rate(self, window: float = 1.0, methods: Iterable[str] = SEND_METHODS) -> int:
        """The most successful calls of `methods` seen within any `window` seconds (benchmarks use
        it to show the bot stayed under Telegram's limits)."""
        wanted = set(methods)
        with self._lock:
            times = [c.time for c in self._log if c.ok and c.method in wanted]
        best, start = 0, 0
        for end, t in enumerate(times):
            while times[start] <= t - window:
                start += 1
            best = max(best, end - start + 1)
        return best


def _chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember object of the given status with every field the Bot API always sends."""
    member: dict[str, Any] = {"user": user, "status": status}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=True,
            can_manage_video_chats=True,
            can_restrict_members=True,
            can_promote_members=False,
            can_change_info=True,
            can_invite_users=True,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_pin_messages=True,
        )
    elif status == "restricted":
        member.update(
            is_member=True,
            can_change_info=False,
            can_invite_users=False,
            can_pin_messages=False,
            can_send_messages=False,
            can_send_polls=False,
            can_send_other_messages=False,
            can_add_web_page_previews=False,
            can_manage_topics=False,
            until_date=0,
            can_send_audios=False,
            can_send_documents=False,
            can_send_photos=False,
            can_send_videos=False,
            can_send_video_notes=False,
            can_send_voice_notes=False,
            can_edit_tag=False,
        )
    elif status == "kicked":
        member["until_date"] = 0
    return member


_HANDLERS: dict[str, Callable[[BotApiStandIn, dict[str, Any], Mapping[str, UploadedFile]], Any]] = {
    "getMe": BotApiStandIn._m_get_me,
    "getUpdates": BotApiStandIn._m_true,  # served by _get_updates (async); listed so it is known
    "deleteWebhook": BotApiStandIn._m_delete_webhook,
    "setWebhook": BotApiStandIn._m_set_webhook,
    "getWebhookInfo": BotApiStandIn._m_get_webhook_info,
    "setMyCommands": BotApiStandIn._m_set_my_commands,
    "getMyCommands": BotApiStandIn._m_get_my_commands,
    "deleteMyCommands": BotApiStandIn._m_delete_my_commands,
    "sendMessage": BotApiStandIn._m_send_message,
    "sendPhoto": BotApiStandIn._m_send_photo,
    "sendDocument": BotApiStandIn._m_send_document,
    "editMessageText": BotApiStandIn._m_edit_message_text,
    "editMessageReplyMarkup": BotApiStandIn._m_edit_message_reply_markup,
    "editMessageCaption": BotApiStandIn._m_edit_message_caption,
    "deleteMessage": BotApiStandIn._m_delete_message,
    "answerCallbackQuery": BotApiStandIn._m_answer_callback_query,
    "answerInlineQuery": BotApiStandIn._m_answer_inline_query,
    "sendChatAction": BotApiStandIn._m_send_chat_action,
    "getChatMember": BotApiStandIn._m_get_chat_member,
    "getChatAdministrators": BotApiStandIn._m_get_chat_administrators,
    "getChat": BotApiStandIn._m_get_chat,
    "leaveChat": BotApiStandIn._m_leave_chat,
    # Accepted and acknowledged without further effect.
    **dict.fromkeys(
        (
            "close",
            "logOut",
            "setMyDescription",
            "setMyShortDescription",
            "setMyName",
            "setChatMenuButton",
            "setMyDefaultAdministratorRights",
            "pinChatMessage",
            "unpinChatMessage",
        ),
        BotApiStandIn._m_true,
    ),
}
_METHOD_NAMES = {name.lower(): name for name in _HANDLERS}


def _canonical(method: str) -> str:
    return method if method == "*" else _METHOD_NAMES.get(method.lower(), method)
