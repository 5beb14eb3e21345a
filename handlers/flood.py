"""Flood control: a token bucket per sender, checked before a handler calls the service.

A sender may ask `BURST` things at once and `PER_SECOND` a second after that; messages and page buttons
draw on one bucket, inline queries on another. The first refused update gets one notice; further ones are
dropped silently until the bucket has refilled, so a flood costs the bot no more than one extra message.
Buckets live on the event loop only (handlers run there), so no lock.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import Enum

from telegram import Update
from telegram.ext import CallbackContext

from bot.commands import mentions_bot

NOTICE = "请求太频繁，请稍等几秒再试。"
BURST = 8
PER_SECOND = 1.0
MAX_SENDERS = 100_000  # buckets kept at most; idle ones go first
BOT_DATA_KEY = "policybot.flood"

_COMMAND = re.compile(r"/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?(?:\s|$)")  # as bot.commands reads one


class Verdict(Enum):
    ALLOW = "allowed"
    NOTIFY = "throttled"  # refused; the sender is told once
    DROP = "dropped"  # refused silently: the sender has been told already


@dataclass
class _Bucket:
    tokens: float
    stamp: float  # when `tokens` was last brought up to date
    notified: bool = False


class FloodGate:
    """Token buckets keyed by sender. `clock` is injectable for tests (seconds, monotonic)."""

    def __init__(
        self,
        burst: int = BURST,
        per_second: float = PER_SECOND,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_senders: int = MAX_SENDERS,
    ) -> None:
        self.burst = burst
        self.per_second = per_second
        self.max_senders = max_senders
        self._clock = clock
        self._idle = burst / per_second  # after this long without a request, any bucket is full again
        self._buckets: OrderedDict[Hashable, _Bucket] = OrderedDict()  # least recently seen first

    def __len__(self) -> int:
        return len(self._buckets)

    def check(self, key: Hashable) -> Verdict:
        """Take a token for one request of `key`, or say how to refuse it."""
        now = self._clock()
        self._evict(now)
        bucket = self._buckets.pop(key, None)
        if bucket is None:
            bucket = _Bucket(float(self.burst), now)
        else:
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.per_second)
            bucket.stamp = now
            if bucket.tokens >= self.burst:
                bucket.notified = False  # the window has cleared: a new flood gets a new notice
        self._buckets[key] = bucket
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return Verdict.ALLOW
        if bucket.notified:
            return Verdict.DROP
        bucket.notified = True
        return Verdict.NOTIFY

    def _evict(self, now: float) -> None:
        # Entries are in order of last use, so the idle ones are at the front. A full bucket carries no
        # information (a fresh one is the same), so dropping it changes nothing for its sender.
        while self._buckets:
            oldest = next(iter(self._buckets.values()))
            if now - oldest.stamp < self._idle and len(self._buckets) < self.max_senders:
                return
            self._buckets.popitem(last=False)


def gate_of(context: CallbackContext) -> FloodGate:
    """The application's gate, made with the defaults on first use."""
    data = context.application.bot_data
    gate = data.get(BOT_DATA_KEY)
    if gate is None:
        gate = data[BOT_DATA_KEY] = FloodGate()
    return gate


def sender_key(update: Update) -> int | None:
    """Who pays for an update: the user, or the chat a message was sent on behalf of. Anonymous group
    administrators and channels all share one service account as `from`, so their chat stands in for it."""
    message = update.message
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None


def admit(update: Update, context: CallbackContext) -> Verdict:
    """The gate's verdict on one update (an update nobody sent, e.g. a service event, is let through).
    Inline queries come one per pause in typing, so they have a bucket of their own: typing a query does
    not use up the sender's messages and buttons."""
    key = sender_key(update)
    if key is None:
        return Verdict.ALLOW
    return gate_of(context).check(("inline", key) if update.inline_query else key)


def addressed(text: str, bot_username: str) -> bool:
    """Whether a group message is for this bot: a command not meant for another bot, or a mention.
    Group chatter must not use up a member's bucket or draw a notice. Widths are folded and invisible
    marks dropped, as the command logic does, so `／targets` counts like `/targets`."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if _visible(ch)).strip()
    match = _COMMAND.match(text)
    if match:
        return match.group(1) is None or match.group(1).lower() == bot_username.lower()
    return mentions_bot(text, bot_username)


def _visible(ch: str) -> bool:
    return ch in "\t\n" or unicodedata.category(ch) not in ("Cc", "Cf")
