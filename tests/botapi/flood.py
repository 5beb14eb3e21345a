"""Telegram's flood control as the stand-in models it: 429 with retry_after once a meter is full."""

from __future__ import annotations

import math
from collections import deque

from .calls import ApiError


class Meter:
    """Counts sends against `limit` per `period` seconds.

    "sliding": at most `limit` within any `period` (strict). "bucket": a leaky bucket of capacity
    `limit` draining at limit/period, the model of PTB's AIORateLimiter (aiolimiter), which lets a
    burst of `limit` through after a quiet spell; a client paced by it never trips this meter.
    """

    def __init__(self, limit: int, period: float, algorithm: str) -> None:
        self.limit, self.period, self.algorithm = limit, period, algorithm
        self.times: deque[float] = deque()
        self.level, self.last = 0.0, 0.0

    def wait_needed(self, now: float) -> float:
        """Seconds until one more send would be allowed (0 if allowed now)."""
        if self.algorithm == "bucket":
            self.level = max(0.0, self.level - (now - self.last) * self.limit / self.period)
            self.last = now
            # A little slack: requests may reach the server in a slightly different rhythm than
            # the client's limiter released them.
            excess = self.level + 1 - self.limit - 0.5
            return excess * self.period / self.limit if excess > 0 else 0.0
        while self.times and self.times[0] <= now - self.period:
            self.times.popleft()
        return self.times[0] + self.period - now if len(self.times) >= self.limit else 0.0

    def add(self, now: float) -> None:
        if self.algorithm == "bucket":
            self.level += 1
        else:
            self.times.append(now)


class RateLimit:
    """Flood control: a global per-second meter and a per-chat per-minute one."""

    def __init__(
        self, per_second: int | None, per_chat_per_minute: int | None, groups_only: bool, algorithm: str
    ) -> None:
        if algorithm not in ("sliding", "bucket"):
            raise ValueError("algorithm must be 'sliding' or 'bucket'")
        self.overall = Meter(per_second, 1.0, algorithm) if per_second else None
        self.per_chat_per_minute = per_chat_per_minute
        self.groups_only = groups_only
        self.algorithm = algorithm
        self.chats: dict[int | str, Meter] = {}
        self.rejected = 0

    def check(self, chat_id: int | str | None, now: float) -> None:
        meters = [self.overall] if self.overall else []
        if (
            self.per_chat_per_minute
            and chat_id is not None
            and not (self.groups_only and isinstance(chat_id, int) and chat_id > 0)
        ):
            meter = self.chats.get(chat_id)
            if meter is None:
                meter = self.chats[chat_id] = Meter(self.per_chat_per_minute, 60.0, self.algorithm)
            meters.append(meter)
        wait = max((m.wait_needed(now) for m in meters), default=0.0)
        if wait > 0:
            self.rejected += 1
            retry = max(1, math.ceil(wait))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        for m in meters:
            m.add(now)
