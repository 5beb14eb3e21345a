"""Daily digests on PTB's JobQueue (APScheduler underneath), read from the state file minute by minute.

Scheduling
- One job, `digest-minute`, runs at second 0 of every minute in the named time zone (POLICYBOT_TZ) and asks
  the state who is due at that minute (`BotState.subscriptions_at`, an indexed read). Nothing is kept per
  chat in memory: start-up and memory do not grow with the subscriptions (a cron job per chat cost about
  4 KB and over half a millisecond each, 79 s of start-up at 100,000: bench/tick.py), and a change of a subscription
  needs no job of its own: the next minute reads it.
- A tick covers every minute since the last one it covered (at most CATCH_UP back), so a tick that comes
  late or two ticks APScheduler coalesces lose no minute; the first tick after a start looks back CATCH_UP:
  a digest whose time passed less than an hour ago, for a subscription that existed then, and that was not
  delivered since (per the subscription's `last_sent`), is sent once. Delivery checks `last_sent` again, so
  a minute read twice sends nothing twice.
- A subscription's `days`: a slot on another day sends nothing. An only-when-changed chat's digest is
  skipped when it has no 新增 or 到期 line (not marked: a restart within the hour after a rebuild looks
  again). `silent` sends with disable_notification.
- A delivery marks `last_sent` and the documents the digest covered (`seen_docs`) together: the next
  digest's 新增 is what came after.

Delivery
- Sends go through `application.bot`, so through the bot's one rate limiter (bot.pacing.Pacer) with
  everything else it sends: digests wait behind answers to users (priority DIGEST) and the limiter keeps
  the whole bot within Telegram's limits, so a fan-out runs at the server's pace without 429s.
- A bounded number of chats are served at once, so one slow send never holds up the rest.
- The limiter retries a 429 once (after retry_after) and connection errors with backoff. A send whose
  answer timed out was most likely accepted: it counts as delivered (never sent twice). Forbidden (blocked,
  kicked) ends the chat's subscription; "chat not found" forgets the chat; both are logged. A group that
  became a supergroup is followed to its new id.
- `stop()` starts no more digests: those waiting for their first send are given up unmarked (a restart
  within CATCH_UP sends them), those under way finish and are marked.

Exactly once, and SIGKILL
  Telegram has no idempotency key, so a crash between a send and its record cannot be made exactly-once;
  we choose which way it may fail. `last_sent` is written as soon as the digest's last message is accepted
  (at-least-once): a SIGKILL in the millisecond between that answer and the commit repeats the digest at
  restart, while writing it first would lose the digest silently in the same window. Everywhere else it is
  once: a delivery is skipped when `last_sent` already covers its slot, a chat whose delivery is in flight
  is not started twice, and a lost answer (time-out) is not followed by a second copy.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, TimedOut

from bot.pacing import DIGEST, Abandoned, Pacer

if TYPE_CHECKING:
    from telegram.ext import Application, CallbackContext

    from bot.commands import CommandService
    from bot.config import Settings
    from bot.render import Reply
    from bot.state import Subscription

log = logging.getLogger(__name__)

TICK_JOB = "digest-minute"
CATCH_UP = timedelta(hours=1)  # a digest missed by less than this while the bot was down is sent at start
MISFIRE_GRACE = int(CATCH_UP.total_seconds())  # a late tick still runs; it covers the minutes it missed
EARLY = timedelta(seconds=5)  # a send this close before the slot counts for it (clock jitter)
CONCURRENT_CHATS = 16
CAPTION_LIMIT = 1024
CONTENT_CACHE = 512

_TAG = re.compile(r"<[^>]+>")


# -- when --------------------------------------------------------------------------------------------------


def slot_of(hhmm: str, now: datetime) -> datetime:
    """The latest daily time `hhmm` at or before `now` (within EARLY after it), in now's time zone."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    ahead = now + EARLY
    slot = ahead.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if slot > ahead:
        slot -= timedelta(days=1)  # aware arithmetic on one zone: the same wall time yesterday
    return slot


def sent_for(sub: Subscription, slot: datetime) -> bool:
    """Whether the chat's last delivery already covers `slot`."""
    if not sub.last_sent:
        return False
    sent = datetime.fromisoformat(sub.last_sent)
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=slot.tzinfo)
    return sent >= slot - EARLY


def missed(sub: Subscription, now: datetime) -> bool:
    """Whether `sub`'s digest fell due less than CATCH_UP ago, the subscription existed then, and it was
    not delivered since: what a restart must send at once."""
    slot = slot_of(sub.time, now)
    created = datetime.fromisoformat(sub.created)
    if created.tzinfo is None:
        created = created.replace(tzinfo=now.tzinfo)
    return now - slot < CATCH_UP and created <= slot and not sent_for(sub, slot)


def minutes_between(after: datetime, until: datetime) -> list[str]:
    """The wall-clock minutes ("HH:MM") that fell due after `after` up to `until` (each EARLY ahead, as
    slot_of counts them), at most CATCH_UP of them, each once."""
    low, high = max(after, until - CATCH_UP) + EARLY, until + EARLY
    minute = low.replace(second=0, microsecond=0)
    if minute <= low:
        minute += timedelta(minutes=1)
    minutes: list[str] = []
    while minute <= high:
        label = minute.strftime("%H:%M")
        if label not in minutes:  # a minute repeated by a change of clocks
            minutes.append(label)
        minute += timedelta(minutes=1)
    return minutes


# -- what is sent ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    text: str
    photo: bytes | None = None  # a photo with `text` as its caption


def messages_of(reply: Reply) -> list[Message]:
    """A digest as Telegram messages: the chart with the whole text as its caption when it fits, else the
    chart with its short caption, then every page."""
    if reply.photo and len(reply.pages) == 1 and _caption_length(reply.pages[0]) <= CAPTION_LIMIT:
        return [Message(reply.pages[0], reply.photo)]
    head = [Message(reply.photo_caption, reply.photo)] if reply.photo else []
    return head + [Message(page) for page in reply.pages if page.strip()]


def _caption_length(markup: str) -> int:
    """Length as Telegram counts it: entities parsed away, in UTF-16 code units."""
    text = html.unescape(_TAG.sub("", markup))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class ChatGone(Exception):
    """The chat cannot receive messages any more (blocked, kicked, deleted)."""

    def __init__(self, chat_id: int, reason: str, *, exists: bool) -> None:
        super().__init__(reason)
        self.chat_id = chat_id
        self.exists = exists  # False: the chat itself is gone (forget everything about it)


@dataclass
class DeliveryStats:
    delivered: int = 0
    skipped: int = 0  # already delivered for the slot, or in flight
    failed: int = 0
    ended: int = 0  # subscriptions ended because the chat is gone
    retries: int = 0
    messages: int = 0


# -- the scheduler ---------------------------------------------------------------------------------------


class DigestScheduler:
    """Reads who is due every minute and delivers the digests."""

    def __init__(
        self,
        application: Application,
        service: CommandService,
        settings: Settings,
        *,
        clock: Callable[[], datetime] | None = None,
        concurrency: int = CONCURRENT_CHATS,
    ) -> None:
        if application.job_queue is None:
            raise RuntimeError('digests need the JobQueue: install "python-telegram-bot[job-queue]"')
        self.application = application
        self.service = service
        self.tz = settings.tz
        self.clock = clock or (lambda: datetime.now(self.tz))
        self.stats = DeliveryStats()
        self._chats = asyncio.Semaphore(concurrency)
        self._in_flight: set[int] = set()
        self._content: dict[tuple[Any, ...], asyncio.Task[Reply]] = {}
        self._deliveries: set[asyncio.Task[bool]] = set()  # kept so that running deliveries are not collected
        self._covered_to = self.clock()  # the tick has read every minute up to here
        self._stopped = False

    # -- the minute tick ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the minute tick; its first run, at once, sends the digests missed while the bot was down."""
        self._stopped = False
        self._covered_to = self.clock() - CATCH_UP
        queue = self.application.job_queue
        assert queue is not None
        self._remove_tick()
        job_kwargs = {
            "id": TICK_JOB,
            "trigger": "cron",
            "second": 0,
            "timezone": self.tz,
            "misfire_grace_time": MISFIRE_GRACE,
            "coalesce": True,
        }
        queue.run_custom(self._tick_job, job_kwargs=job_kwargs, name=TICK_JOB)
        queue.run_once(self._tick_job, when=0, name=TICK_JOB, job_kwargs={"id": f"{TICK_JOB}:start"})
        subscriptions, _ = self.service.state.counts()
        log.info("digests: %d subscriptions, read minute by minute", subscriptions)

    def stop(self) -> None:
        """Stop the tick and start no more deliveries; those under way finish."""
        self._stopped = True
        limiter = getattr(self.application.bot, "rate_limiter", None)
        if isinstance(limiter, Pacer):
            limiter.abandon()  # digests still waiting for their first send
        self._remove_tick()

    async def finish(self) -> None:
        """After stop(): wait until the deliveries under way have ended (and are marked)."""
        if self._deliveries:
            await asyncio.gather(*list(self._deliveries), return_exceptions=True)

    def job_ids(self) -> list[str]:
        return sorted(
            j.id
            for j in self.application.job_queue.scheduler.get_jobs()  # type: ignore[union-attr]
            if j.id.startswith(TICK_JOB)
        )

    def _remove_tick(self) -> None:
        scheduler = self.application.job_queue.scheduler  # type: ignore[union-attr]
        for job in scheduler.get_jobs():
            if job.id.startswith(TICK_JOB):
                scheduler.remove_job(job.id)

    async def _tick_job(self, context: CallbackContext) -> None:
        await self.tick()

    async def tick(self) -> int:
        """Start the delivery of every digest due since the last tick; returns how many were started."""
        now = self.clock()
        minutes = minutes_between(self._covered_to, now)
        self._covered_to = now
        started = 0
        for hhmm in minutes:
            if self._stopped:
                break
            for sub in await asyncio.to_thread(self.service.state.subscriptions_at, hhmm):
                if missed(sub, now):
                    task = asyncio.ensure_future(self.deliver_due(sub.chat_id))
                    self._deliveries.add(task)
                    task.add_done_callback(self._deliveries.discard)
                    started += 1
        return started

    # -- delivery -----------------------------------------------------------------------------------------

    async def deliver_due(self, chat_id: int) -> bool:
        """Send the chat's digest for its current slot unless that is done or under way; True if sent now."""
        sub = self.service.state.subscription(chat_id)
        if sub is None or self._stopped:
            return False
        now = self.clock()
        slot = slot_of(sub.time, now)
        if sent_for(sub, slot) or chat_id in self._in_flight:
            self.stats.skipped += 1
            return False
        self._in_flight.add(chat_id)
        try:
            reply = await self._digest(sub, slot)
            if reply is None:  # not one of its days, or nothing new or due for an only-when-changed chat
                self.stats.skipped += 1
                return False
            async with self._chats:
                if self._stopped:
                    return False
                final_id = await self.send(chat_id, reply, silent=sub.silent)
            facts = reply.meta.get("facts")
            seen = facts.docs if facts is not None else None
            await asyncio.to_thread(self.service.state.mark_sent, final_id, self.clock().isoformat(), seen)
            self.stats.delivered += 1
            return True
        except ChatGone as gone:
            await self._end(gone)
            return False
        except Abandoned:
            return False  # stopping before its first message: the next start catches it up
        except Exception:
            self.stats.failed += 1
            log.exception("digest to chat %s failed; the next slot or restart tries again", chat_id)
            return False
        finally:
            self._in_flight.discard(chat_id)

    async def send(self, chat_id: int, reply: Reply, *, silent: bool = False) -> int:
        """Send every message of `reply` (without a notification sound if `silent`: disable_notification);
        returns the chat id it ended up at (a group may become a supergroup on the way). Raises ChatGone,
        Abandoned (stopping before the first message), or the error that ended the sending."""
        for i, message in enumerate(messages_of(reply)):
            chat_id = await self._send_one(chat_id, message, silent=silent, first=i == 0)
        return chat_id

    async def _send_one(
        self, chat_id: int, message: Message, *, silent: bool = False, first: bool = False
    ) -> int:
        bot = self.application.bot
        extra: dict[str, Any] = {"disable_notification": True} if silent else {}
        if getattr(bot, "rate_limiter", None) is not None:
            # Behind answers to users; before the first message the send may be given up at a stop.
            extra["rate_limit_args"] = {"priority": DIGEST, "abandon": first}
        while True:
            try:
                if message.photo is not None:
                    await bot.send_photo(
                        chat_id, message.photo, caption=message.text, parse_mode=ParseMode.HTML, **extra
                    )
                else:
                    await bot.send_message(chat_id, message.text, parse_mode=ParseMode.HTML, **extra)
                self.stats.messages += 1
                return chat_id
            except TimedOut:
                # Sent, but the answer came too late: Telegram has most likely delivered it. Sending it again
                # could double it; going on keeps the digest exactly once.
                log.info("digest message to chat %s timed out; counted as delivered", chat_id)
                self.stats.messages += 1
                return chat_id
            except ChatMigrated as exc:
                await self._migrate(chat_id, exc.new_chat_id)
                chat_id = exc.new_chat_id
                self.stats.retries += 1
            except Forbidden as exc:
                raise ChatGone(chat_id, exc.message, exists=True) from exc
            except BadRequest as exc:
                if "chat not found" in exc.message.lower():
                    raise ChatGone(chat_id, exc.message, exists=False) from exc
                if message.photo is not None:  # a chart Telegram will not take: the text still goes
                    log.warning(
                        "digest chart for chat %s refused (%s); sending the text", chat_id, exc.message
                    )
                    return chat_id
                raise

    async def _digest(self, sub: Subscription, slot: datetime) -> Reply | None:
        """The chat's digest for `slot`, or None when none is due: not one of the chat's days, or nothing
        new (新增) or due (到期) for a chat that wants only those. Chats with the same places, script and
        documents seen share one digest a day, composed once (off the event loop)."""
        if sub.days and slot.weekday() not in sub.days:
            return None
        script = self.service.chat_script(sub.chat_id)
        key = (sub.regions, script, slot.date(), sub.seen_docs)
        task = self._content.get(key)
        if task is None or (task.done() and task.exception() is not None):
            if len(self._content) >= CONTENT_CACHE:
                self._content.clear()
            task = asyncio.ensure_future(self._compose(sub, slot))
            self._content[key] = task
        reply = await asyncio.shield(task)
        facts = reply.meta.get("facts")
        if sub.only_changed and facts is not None and not facts.changed:
            log.info("digest of chat %s skipped: nothing new or due", sub.chat_id)
            return None
        return reply

    async def _compose(self, sub: Subscription, slot: datetime) -> Reply:
        return await asyncio.to_thread(self.service.subscription_digest, sub, slot)

    async def _end(self, gone: ChatGone) -> None:
        state = self.service.state
        end: Callable[[int], Any] = state.unsubscribe if gone.exists else state.forget_chat
        await asyncio.to_thread(end, gone.chat_id)
        self.stats.ended += 1
        log.warning("digest subscription of chat %s ended: %s", gone.chat_id, gone)

    async def _migrate(self, old: int, new: int) -> None:
        log.info("chat %s became supergroup %s; its subscription moves", old, new)
        await asyncio.to_thread(self.service.state.migrate_chat, old, new)
