"""One pacing path for every request the bot makes: python-telegram-bot's rate limiter (ApplicationBuilder /
ExtBot `rate_limiter`), so answers, acknowledgements, page edits, digests and error reports all wait in the
same line and the server never has to refuse one.

Limits (Telegram's, https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this)
- about 30 messages a second overall;
- 20 a minute in one group or channel;
- about 1 a second in one private chat (a short burst of PRIVATE_BURST is allowed, as Telegram does).

Each limit is a window counted the latest way the server may count it: a send holds its place from the
moment it starts until `period` after its answer. The server's check of a send falls between our start
and our answer, so a window the server measures never holds more than the limit, whatever the latency or
a stall of the event loop (sends held up by a stall are still counted: no burst follows).

Only requests that post or change a message are paced (send*, edit*, copy*, forward*); queries such as
getChatMember or answerCallbackQuery go straight through (they do not count against the group's 20).
Waiting sends are served by priority (REPLY before DIGEST), then in order of arrival. Digests are also
spread evenly over the second (a token bucket of DIGEST_BURST at the overall rate), so an answer asked for
during a fan-out finds a place within a few tens of milliseconds; answers themselves may burst.

Faults, handled here once
- 429: the paced path pauses for retry_after and the request is retried, here only (FLOOD_RETRIES times
  at most; then RetryAfter is raised).
- A request that never reached the server (connection refused, connect/pool time-out) or whose connection
  was reset is retried with backoff for up to NETWORK_BUDGET seconds, so a network drop loses nothing.
- A read time-out is not retried for a send: Telegram has most likely accepted it (TimedOut is raised).
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import random
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

import httpx
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

OVERALL = 30  # messages in any second, all chats together
PERIOD = 1.0
SLACK = 0.002  # seconds added to each window: timers and clocks are not exact
GROUP_LIMIT, GROUP_PERIOD = 20, 60.0
PRIVATE_BURST, PRIVATE_PERIOD = 4, 4.0  # one a second on average, four at once at most
REPLY, DIGEST = 0, 1  # priorities: lower goes first
FLOOD_RETRIES = 3  # of one request answered 429, each after the pause Telegram asked for
NETWORK_BUDGET = 30.0  # seconds of backoff spent on one request's connection errors
MAX_BACKOFF = 4.0
SWEEP_EVERY = 2000  # acquisitions between sweeps of idle chat windows
# Digests are granted at most OVERALL a PERIOD after a burst of DIGEST_BURST, not 30 at once: the window then
# frees a place every ~33 ms during a fan-out, and an answer waits for the next one instead of the next second.
DIGEST_BURST = 5

PACED_PREFIXES = ("send", "edit", "copy", "forward")
UNPACED = frozenset({"sendChatAction"})
START_UP = frozenset({"getMe", "deleteWebhook", "setWebhook"})  # the bot's start retries these itself
# httpx errors after which the request surely did not reach the server, or was cut off: safe to repeat.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RESET = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


class Abandoned(Exception):
    """A waiting send was given up because the bot is stopping (see Pacer.abandon)."""


class Window:
    """At most `limit` places within any `period`; a place is held from start until `period` after answer."""

    __slots__ = ("answered", "in_flight", "limit", "period")

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period + SLACK
        self.answered: deque[float] = deque()
        self.in_flight = 0

    def wait(self, now: float) -> float:
        """Seconds until a place is free: 0 now, inf while every place is held by a send in flight."""
        while self.answered and self.answered[0] <= now - self.period:
            self.answered.popleft()
        if self.in_flight + len(self.answered) < self.limit:
            return 0.0
        return self.answered[0] + self.period - now if self.answered else float("inf")

    def take(self) -> None:
        self.in_flight += 1

    def done(self, now: float) -> None:
        self.in_flight -= 1
        self.answered.append(now)

    def cancel(self) -> None:
        """Give back a place that was never used."""
        self.in_flight -= 1

    def idle(self, now: float) -> bool:
        return not self.in_flight and self.wait(now) == 0.0 and not self.answered


def retry_seconds(exc: RetryAfter) -> float:
    delta = getattr(exc, "_retry_after", None)  # a timedelta; the public property warns about its type
    return delta.total_seconds() if isinstance(delta, timedelta) else float(exc.retry_after)  # type: ignore[arg-type]


def paced(endpoint: str) -> bool:
    return endpoint.startswith(PACED_PREFIXES) and endpoint not in UNPACED


def chat_window(chat_id: object) -> Window:
    """A new window for one chat: groups and channels (negative ids, @usernames) 20 a minute."""
    if isinstance(chat_id, int) and chat_id > 0:
        return Window(PRIVATE_BURST, PRIVATE_PERIOD)
    return Window(GROUP_LIMIT, GROUP_PERIOD)


def repeatable(exc: NetworkError, endpoint: str) -> bool:
    """Whether a failed request may be sent again without risking a double message."""
    if isinstance(exc, RetryAfter) or endpoint in START_UP:
        return False
    cause = exc.__cause__
    if isinstance(cause, _NOT_SENT + _RESET):
        return True
    # Any other time-out of a request that changes nothing is harmless to repeat; of a send, it is not.
    return isinstance(exc, TimedOut) and not paced(endpoint) and endpoint != "getUpdates"


class Pacer(BaseRateLimiter[dict[str, Any]]):
    """The bot's rate limiter. `rate_limit_args` (optional) of a bot call: {"priority": REPLY|DIGEST,
    "abandon": bool}; an abandonable send still waiting when `abandon()` is called raises Abandoned."""

    def __init__(
        self,
        overall: int = OVERALL,
        period: float = PERIOD,
        *,
        network_budget: float = NETWORK_BUDGET,
        chat_window: Callable[[object], Window] = chat_window,
    ) -> None:
        self.overall = Window(overall, period)
        self.network_budget = network_budget
        self._new_chat_window = chat_window
        self._chats: dict[object, Window] = {}
        self._chat_locks: dict[object, asyncio.Lock] = {}
        self._queue: list[
            tuple[int, int, asyncio.Future[None], bool]
        ] = []  # (priority, seq, fut, abandonable)
        self._seq = itertools.count()
        self._paused_until = 0.0
        self._digest_rate = overall / period
        self._digest_tokens = float(DIGEST_BURST)
        self._tokens_at = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._abandoning = False
        self._abandon_all = False
        self._abandon_event: asyncio.Event | None = None
        self._acquired = 0
        self.rejected = 0  # 429 answers seen
        self.network_retries = 0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    # -- the one entry point python-telegram-bot calls ------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        options = rate_limit_args or {}
        priority = int(options.get("priority", REPLY))
        abandonable = bool(options.get("abandon", False))
        is_paced = paced(endpoint)
        chat = data.get("chat_id") if is_paced else None
        flood_retries = 0
        backoff_spent = 0.0
        attempt = 0
        while True:
            try:
                if not is_paced:
                    return await callback(*args, **kwargs)
                window = await self._chat_place(chat, abandonable) if chat is not None else None
                try:
                    await self._overall_place(priority, abandonable)
                except BaseException:
                    if window is not None:
                        window.cancel()
                    raise
                try:
                    return await callback(*args, **kwargs)
                finally:
                    now = asyncio.get_running_loop().time()
                    self.overall.done(now)
                    if window is not None:
                        window.done(now)
                    self._pump()
            except RetryAfter as exc:
                self.rejected += 1
                wait = retry_seconds(exc)
                if is_paced:
                    self.pause(wait)
                if flood_retries >= FLOOD_RETRIES:
                    raise
                flood_retries += 1
                log.info("flood control on %s: paused %.1f s, then retried", endpoint, wait)
                if not is_paced:
                    await asyncio.sleep(wait)
            except NetworkError as exc:
                if not repeatable(exc, endpoint) or backoff_spent >= self.network_budget:
                    raise
                attempt += 1
                delay = min(MAX_BACKOFF, 0.25 * 2 ** (attempt - 1)) * random.uniform(0.8, 1.2)
                delay = min(delay, self.network_budget - backoff_spent)
                backoff_spent += delay
                self.network_retries += 1
                log.info(
                    "%s failed (%s); retry in %.1f s", endpoint, type(exc.__cause__ or exc).__name__, delay
                )
                await self._sleep(delay)

    # -- control ------------------------------------------------------------------------------------------

    def pause(self, seconds: float) -> None:
        """Hold every paced send for `seconds` (after a 429)."""
        self._paused_until = max(self._paused_until, asyncio.get_running_loop().time() + seconds)
        self._pump()

    def abandon(self, everything: bool = False) -> None:
        """From now on, abandonable sends that have not started raise Abandoned (the bot is stopping);
        with `everything`, every send that has not started does."""
        self._abandoning = True
        self._abandon_all = self._abandon_all or everything
        if self._abandon_event is not None:  # wake the sleepers; later sleeps use a fresh event
            self._abandon_event.set()
            self._abandon_event = None
        kept = []
        for entry in self._queue:
            if (entry[3] or self._abandon_all) and not entry[2].done():
                entry[2].set_exception(Abandoned())
            else:
                kept.append(entry)
        self._queue = kept
        heapq.heapify(self._queue)

    def _gives_up(self, abandonable: bool) -> bool:
        return self._abandon_all or (abandonable and self._abandoning)

    @property
    def waiting(self) -> int:
        return len(self._queue)

    # -- places ------------------------------------------------------------------------------------------

    async def _chat_place(self, chat: object, abandonable: bool) -> Window:
        """Wait, in order of arrival within the chat, for a place in its window and take it."""
        loop = asyncio.get_running_loop()
        self._acquired += 1
        if self._acquired % SWEEP_EVERY == 0:
            self._sweep(loop.time())
        window = self._chats.get(chat)
        if window is None:
            window = self._chats[chat] = self._new_chat_window(chat)
        lock = self._chat_locks.get(chat)
        if lock is None:
            lock = self._chat_locks[chat] = asyncio.Lock()
        async with lock:
            while True:
                if self._gives_up(abandonable):
                    raise Abandoned()
                wait = window.wait(loop.time())
                if wait == 0.0:
                    window.take()
                    return window
                await self._sleep(wait if wait != float("inf") else 0.02)

    async def _sleep(self, seconds: float) -> None:
        """Sleep, or less if an abandon comes meanwhile."""
        if self._abandon_event is None:
            self._abandon_event = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._abandon_event.wait(), seconds)

    async def _overall_place(self, priority: int, abandonable: bool) -> None:
        if self._gives_up(abandonable):
            raise Abandoned()
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._queue, (priority, next(self._seq), future, abandonable))
        self._pump()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled() and future.exception() is None:
                self.overall.cancel()  # granted, but the caller went away before using it
                self._pump()
            raise

    def _pump(self) -> None:
        """Grant overall places to the waiting sends, best first, as far as the window allows."""
        loop = asyncio.get_running_loop()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        now = loop.time()
        while self._queue:
            future = self._queue[0][2]
            if future.done():  # cancelled or abandoned
                heapq.heappop(self._queue)
                continue
            if now < self._paused_until:
                self._timer = loop.call_at(self._paused_until, self._pump)
                return
            wait = self.overall.wait(now)
            if wait == float("inf"):
                return  # an answer will call us
            if wait == 0 and self._queue[0][0] == DIGEST:  # answers sort first: none is waiting
                wait = self._digest_token_wait(now)
            if wait > 0:
                self._timer = loop.call_at(now + wait, self._pump)
                return
            if heapq.heappop(self._queue)[0] == DIGEST:
                self._digest_tokens -= 1
            self.overall.take()
            future.set_result(None)

    def _digest_token_wait(self, now: float) -> float:
        """Seconds until a digest may be granted (0: now), after topping up the bucket."""
        elapsed = now - self._tokens_at
        self._digest_tokens = min(float(DIGEST_BURST), self._digest_tokens + elapsed * self._digest_rate)
        self._tokens_at = now
        return 0.0 if self._digest_tokens >= 1 else (1 - self._digest_tokens) / self._digest_rate

    def _sweep(self, now: float) -> None:
        for chat in [c for c, w in self._chats.items() if w.idle(now)]:
            lock = self._chat_locks.get(chat)
            if lock is None or not lock.locked():
                del self._chats[chat]
                self._chat_locks.pop(chat, None)
