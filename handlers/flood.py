"""Flood control: a token bucket per sender, checked before a handler calls the service.

A sender may ask `BURST` things at once and `PER_SECOND` a second after that; messages and page buttons
draw on one bucket, inline queries on another. An update is judged when it arrives (`judge_on_arrival`,
called by the update processor), not when its chat's queue reaches it: answers in one chat go out at about
one a second, and a flood must not pass because its answers are slow. The first refused update gets one notice; further ones are
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
from functools import cache

from telegram import Update
from telegram.ext import Application, CallbackContext

from bot.commands import mentions_bot

NOTICE = "请求太频繁，请稍等几秒再试。"
BURST = 8
PER_SECOND = 1.0
MAX_SENDERS = 100_000  # buckets kept at most; idle ones go first
BOT_DATA_KEY = "policybot.flood"
VERDICTS_KEY = "policybot.flood.verdicts"  # update id -> verdict given on arrival
MAX_VERDICTS = 100_000

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
    """The gate's verdict on one update: the one given on its arrival if any, else now (an update nobody
    sent, e.g. a service event, is let through). Inline queries come one per pause in typing, so they have
    a bucket of their own: typing a query does not use up the sender's messages and buttons."""
    verdicts = context.application.bot_data.get(VERDICTS_KEY)
    if verdicts is not None and update.update_id in verdicts:
        return verdicts.pop(update.update_id)
    return _judge(update, gate_of(context))


def _judge(update: Update, gate: FloodGate) -> Verdict:
    key = sender_key(update)
    if key is None:
        return Verdict.ALLOW
    return gate.check(("inline", key) if update.inline_query else key)


def judge_on_arrival(update: object, application: Application) -> None:
    """Judge an update as it arrives (before it waits behind its chat's earlier updates) and keep the
    verdict for `admit`. Group messages not addressed to the bot are left alone: they never count."""
    if not isinstance(update, Update) or update.my_chat_member is not None:
        return
    message = update.message
    if message is not None:
        if not message.text or message.via_bot is not None:
            return
        if message.chat.type != "private":
            username = application.bot.username
            if not addressed(spaced(message.text, username), username):
                return
    elif update.callback_query is None and update.inline_query is None:
        return
    data = application.bot_data
    gate = data.get(BOT_DATA_KEY)
    if gate is None:
        gate = data[BOT_DATA_KEY] = FloodGate()
    verdicts: OrderedDict[int, Verdict] | None = data.get(VERDICTS_KEY)
    if verdicts is None:
        verdicts = data[VERDICTS_KEY] = OrderedDict()
    verdicts[update.update_id] = _judge(update, gate)
    while len(verdicts) > MAX_VERDICTS:  # verdicts of updates skipped unhandled
        verdicts.popitem(last=False)


@cache
def _glued(bot_username: str) -> re.Pattern[str]:
    """`@bot` directly followed by text that cannot continue a username (e.g. `@bot海安`)."""
    return re.compile(rf"@{re.escape(bot_username)}(?=[^\sA-Za-z0-9_])", re.I)


def spaced(text: str, bot_username: str) -> str:
    """`/targets@bot海安` → `/targets@bot 海安`, `@bot海安` → `@bot 海安`: Telegram ends a username at the
    first character that cannot be part of one, so both are addressed to the bot."""
    if not bot_username or "@" not in text:
        return text
    return _glued(bot_username).sub(lambda m: m.group(0) + " ", text)


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
