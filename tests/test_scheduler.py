"""Digest scheduling and delivery, with an injected clock and a fake Bot: no waiting for real minutes."""

from __future__ import annotations

import asyncio
import time as systime
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TimedOut
from telegram.ext import ApplicationBuilder

from bot import scheduler as sched
from bot.config import Settings
from bot.pacing import DIGEST, FLOOD_RETRIES, OVERALL, Pacer
from bot.render import Reply
from bot.scheduler import DigestScheduler, Message, messages_of, missed, sent_for, slot_of
from bot.state import BotState, Subscription

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2024, 5, 6, 8, 40, 0, tzinfo=TZ)


def sub(
    chat_id: int = 1, time: str = "08:30", last_sent: str = "", created: str = "2024-05-01T12:00:00+08:00"
):
    return Subscription(chat_id, time, (), "private" if chat_id > 0 else "group", created, last_sent)


def settings(tmp_path: Path) -> Settings:
    return Settings(
        "123:TEST",
        "http://127.0.0.1:1/bot",
        tmp_path / "store.json",
        tmp_path / "state.json",
        "Asia/Shanghai",
    )


class FakeService:
    """What the scheduler uses of CommandService: the state, the chat's script and the digest."""

    def __init__(self, state: BotState, reply: Reply | None = None) -> None:
        self.state = state
        self.reply = reply or Reply(pages=["<b>摘要</b> 第一页"])
        self.composed = 0

    def chat_script(self, chat_id: int) -> str:
        return self.state.script(chat_id)

    def subscription_digest(self, sub: Subscription, now: datetime) -> Reply:
        self.composed += 1
        return self.reply


class FakeBot:
    """Records sends; `faults[chat_id]` is a list of exceptions raised by that chat's next sends. With a
    `rate_limiter`, every send passes through it as ExtBot's do."""

    def __init__(self, latency: float = 0.0, rate_limiter: Pacer | None = None) -> None:
        self.latency = latency
        self.rate_limiter = rate_limiter
        self.sent: list[tuple[float, int, str, bool]] = []
        self.kwargs: list[dict[str, object]] = []
        self.faults: dict[int, list[Exception]] = {}

    async def _send(self, chat_id: int, text: str, photo: bool, kwargs: dict[str, object]) -> None:
        async def post() -> None:
            await asyncio.sleep(self.latency)
            queue = self.faults.get(chat_id)
            if queue:
                raise queue.pop(0)
            self.sent.append((systime.monotonic(), chat_id, text, photo))
            self.kwargs.append(kwargs)

        args = kwargs.get("rate_limit_args")
        if self.rate_limiter is None:
            await post()
        else:
            endpoint = "sendPhoto" if photo else "sendMessage"
            await self.rate_limiter.process_request(post, (), {}, endpoint, {"chat_id": chat_id}, args)  # type: ignore[arg-type]

    async def send_message(self, chat_id: int, text: str, **kwargs: object) -> None:
        await self._send(chat_id, text, False, kwargs)

    async def send_photo(self, chat_id: int, photo: bytes, caption: str = "", **kwargs: object) -> None:
        await self._send(chat_id, caption, True, kwargs)

    def to(self, chat_id: int) -> list[str]:
        return [text for _, c, text, _ in self.sent if c == chat_id]


def fake_scheduler(tmp_path: Path, clock: datetime = NOW, pacer: Pacer | None = None, **kwargs: object):
    state = BotState(tmp_path / "state.json")
    service = FakeService(state)
    bot = FakeBot(rate_limiter=pacer)
    real = ApplicationBuilder().token("123:TEST").base_url("http://127.0.0.1:9/bot").build()
    app = SimpleNamespace(job_queue=real.job_queue, bot=bot)  # real jobs (never run here), fake sends
    scheduler = DigestScheduler(app, service, settings(tmp_path), clock=lambda: clock, **kwargs)  # type: ignore[arg-type]
    return scheduler, state, service, bot


# -- when a digest is due ---------------------------------------------------------------------------------


def test_slot_is_the_latest_time_at_or_before_now() -> None:
    assert slot_of("08:30", NOW) == NOW.replace(minute=30)
    assert slot_of("09:00", NOW) == NOW.replace(hour=9, minute=0) - timedelta(days=1)
    # A job may wake a hair early: within EARLY the coming slot counts.
    assert slot_of("08:41", NOW + timedelta(seconds=58)) == NOW.replace(minute=41)
    # Just after midnight, a 23:50 digest belongs to yesterday.
    assert slot_of("23:50", datetime(2024, 5, 7, 0, 20, tzinfo=TZ)) == datetime(2024, 5, 6, 23, 50, tzinfo=TZ)


def test_missed_within_the_hour_and_not_yet_sent() -> None:
    assert missed(sub(time="08:30"), NOW)  # ten minutes ago, never sent
    assert not missed(sub(time="07:30"), NOW)  # more than an hour ago: wait for tomorrow
    assert not missed(sub(time="08:45"), NOW)  # not due yet: the job sends it
    assert not missed(sub(time="08:30", last_sent="2024-05-06T08:30:02+08:00"), NOW)
    assert missed(sub(time="08:30", last_sent="2024-05-05T08:30:02+08:00"), NOW)  # yesterday's
    # Subscribed after today's time had passed: the first digest is tomorrow's.
    assert not missed(sub(time="08:30", created="2024-05-06T08:35:00+08:00"), NOW)
    assert missed(
        sub(time="23:50", created="2024-05-01T00:00:00+08:00"), datetime(2024, 5, 7, 0, 20, tzinfo=TZ)
    )


def test_sent_for_counts_a_send_just_before_the_slot() -> None:
    slot = NOW.replace(minute=30)
    assert sent_for(sub(last_sent="2024-05-06T08:29:57+08:00"), slot)
    assert not sent_for(sub(last_sent="2024-05-06T08:20:00+08:00"), slot)
    assert not sent_for(sub(last_sent=""), slot)


# -- jobs: explicit ids, replaced rather than doubled --------------------------------------------------------


def real_app(tmp_path: Path):
    app = ApplicationBuilder().token("123:TEST").base_url("http://127.0.0.1:9/bot").build()
    state = BotState(tmp_path / "state.json")
    return app, state, FakeService(state)


def test_one_minute_tick_whatever_the_number_of_subscriptions(tmp_path: Path) -> None:
    app, state, service = real_app(tmp_path)
    for chat_id, at in ((1, "08:30"), (2, "21:05"), (-3, "08:30")):
        state.subscribe(sub(chat_id, at))
    scheduler = DigestScheduler(app, service, settings(tmp_path), clock=lambda: NOW)  # type: ignore[arg-type]
    scheduler.start()
    scheduler.start()  # a second start (or a restart) replaces, never doubles
    assert scheduler.job_ids() == ["digest-minute", "digest-minute:start"]  # the tick, and a first one now
    job = app.job_queue.scheduler.get_job("digest-minute")
    assert job.misfire_grace_time == sched.MISFIRE_GRACE and job.coalesce
    assert str(job.trigger.timezone) == "Asia/Shanghai"
    assert {f.name: str(f) for f in job.trigger.fields}["second"] == "0"
    scheduler.stop()
    assert scheduler.job_ids() == []


def test_minutes_a_tick_covers() -> None:
    at = NOW.replace(hour=8, minute=30, second=0, microsecond=3000)
    assert sched.minutes_between(at - timedelta(minutes=1), at) == ["08:30"]
    assert sched.minutes_between(at, at + timedelta(seconds=20)) == []  # read already
    assert sched.minutes_between(at, at + timedelta(minutes=3)) == ["08:31", "08:32", "08:33"]  # a late tick
    midnight = NOW.replace(hour=0, minute=0, second=0)
    assert sched.minutes_between(midnight - timedelta(minutes=2), midnight) == ["23:59", "00:00"]
    assert len(sched.minutes_between(at - timedelta(days=2), at)) == 60  # never more than CATCH_UP back


async def test_ticks_send_each_due_digest_once_and_follow_changes(tmp_path: Path) -> None:
    clock = [NOW]  # 08:40
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    scheduler.clock = lambda: clock[0]
    state.subscribe(sub(1, "08:30"))  # due ten minutes ago, never sent: caught up by the first tick
    state.subscribe(sub(2, "08:41"))
    state.subscribe(sub(4, "08:35", created="2024-05-06T08:36:00+08:00"))  # subscribed after its slot
    scheduler.start()
    assert await scheduler.tick() == 1
    clock[0] = NOW.replace(minute=41, microsecond=10)
    assert await scheduler.tick() == 1
    clock[0] = NOW.replace(minute=41, second=30)
    assert await scheduler.tick() == 0  # that minute is read
    await asyncio.gather(*scheduler._deliveries)
    assert (len(bot.to(1)), len(bot.to(2)), len(bot.to(4))) == (1, 1, 0)
    state.subscribe(sub(2, "08:43"))  # moved later the same day: the next tick reads the new time
    state.unsubscribe(1)
    state.subscribe(sub(1, "08:44"))
    state.unsubscribe(1)
    clock[0] = NOW.replace(minute=44, microsecond=10)  # a late tick: 08:42, 08:43 and 08:44 at once
    assert await scheduler.tick() == 1
    await asyncio.gather(*scheduler._deliveries)
    assert (len(bot.to(1)), len(bot.to(2))) == (1, 2)


def test_messages_of_a_reply() -> None:
    assert messages_of(Reply(pages=["a"])) == [Message("a")]
    assert messages_of(Reply(pages=["short"], photo=b"png", photo_caption="c")) == [Message("short", b"png")]
    long = "<b>x</b>" + "字" * 1100
    assert messages_of(Reply(pages=[long], photo=b"png", photo_caption="c")) == [
        Message("c", b"png"),
        Message(long),
    ]
    assert [m.photo for m in messages_of(Reply(pages=["1", "2"], photo=b"p"))] == [b"p", None, None]


async def test_delivered_once_and_marked(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    state.subscribe(sub(1))
    assert await scheduler.deliver_due(1)
    assert not await scheduler.deliver_due(1)  # the slot is covered now
    assert bot.to(1) == ["<b>摘要</b> 第一页"]
    assert state.subscription(1).last_sent.startswith("2024-05-06T08:40")
    # Restart (a new scheduler on the same file): nothing is due again.
    again, *_ = fake_scheduler(tmp_path)
    assert not missed(again.service.state.subscription(1), NOW)


async def test_concurrent_triggers_send_once(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    bot.latency = 0.05
    state.subscribe(sub(1))
    results = await asyncio.gather(*(scheduler.deliver_due(1) for _ in range(5)))
    assert sorted(results) == [False] * 4 + [True]
    assert len(bot.to(1)) == 1


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_flood_is_retried_by_the_limiter_and_a_late_answer_counts_as_delivered(
    tmp_path: Path,
) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path, pacer=Pacer())
    for chat_id in (1, 2, 3):
        state.subscribe(sub(chat_id))
    bot.faults[1] = [RetryAfter(1)]  # paused 1 s, retried once
    bot.faults[2] = [TimedOut()]  # Telegram took it but answered late: not sent again
    bot.faults[3] = [RetryAfter(0) for _ in range(FLOOD_RETRIES + 1)]  # retries run out: not marked
    started = systime.monotonic()
    results = await asyncio.gather(*(scheduler.deliver_due(c) for c in (1, 2, 3)))
    assert results == [True, True, False]
    assert systime.monotonic() - started >= 1.0  # the 429's retry_after was honoured
    assert len(bot.to(1)) == 1 and bot.to(2) == [] and bot.to(3) == []
    assert state.subscription(2).last_sent and not state.subscription(3).last_sent
    assert scheduler.stats.failed == 1


async def test_digests_go_behind_answers_and_silently_when_asked(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path, pacer=Pacer())
    state.subscribe(sub(1))
    assert await scheduler.send(1, Reply(pages=["a"]), silent=True) == 1
    assert bot.kwargs[-1]["disable_notification"] is True
    assert bot.kwargs[-1]["rate_limit_args"] == {"priority": DIGEST, "abandon": True}
    assert await scheduler.deliver_due(1)
    assert "disable_notification" not in bot.kwargs[-1]


async def test_stop_gives_up_digests_not_started_and_finishes_those_under_way(tmp_path: Path) -> None:
    pacer = Pacer(overall=5)
    scheduler, state, _, bot = fake_scheduler(tmp_path, pacer=pacer)
    bot.latency = 0.05
    chats = list(range(200, 240))
    for chat_id in chats:
        state.subscribe(sub(chat_id))
    scheduler.start()
    assert await scheduler.tick() == len(chats)  # due ten minutes ago: the first tick starts them all
    await asyncio.sleep(0.3)
    started = systime.monotonic()
    scheduler.stop()
    await scheduler.finish()  # what a stop of the bot waits for
    assert systime.monotonic() - started < 1.0
    assert not scheduler._deliveries
    delivered = {c for _, c, _, _ in bot.sent}
    assert 0 < len(delivered) < len(chats)
    assert {c for c in chats if state.subscription(c).last_sent} == delivered  # each sent one was marked
    assert scheduler.stats.failed == 0


async def test_forbidden_ends_the_subscription(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    state.subscribe(sub(7))
    state.set_script(7, "traditional")
    bot.faults[7] = [Forbidden("Forbidden: bot was blocked by the user")]
    assert not await scheduler.deliver_due(7)
    assert state.subscription(7) is None
    assert state.script(7) == "traditional"  # the chat still exists: only its digest ends
    assert scheduler.stats.ended == 1


async def test_chat_not_found_forgets_the_chat(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    state.subscribe(sub(-8))
    state.set_script(-8, "traditional")
    bot.faults[-8] = [BadRequest("Chat not found")]
    assert not await scheduler.deliver_due(-8)
    assert state.subscription(-8) is None and state.script(-8) == "simplified"


async def test_other_bad_request_is_not_retried_nor_marked(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    state.subscribe(sub(9))
    bot.faults[9] = [BadRequest("Can't parse entities")]
    assert not await scheduler.deliver_due(9)
    assert state.subscription(9).last_sent == "" and scheduler.stats.failed == 1


async def test_migrated_group_follows_to_the_supergroup(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    state.subscribe(sub(-10))
    bot.faults[-10] = [ChatMigrated(-10010)]
    assert await scheduler.deliver_due(-10)
    assert bot.to(-10010) and state.subscription(-10) is None
    assert state.subscription(-10010).last_sent


async def test_refused_chart_still_sends_the_text(tmp_path: Path) -> None:
    scheduler, state, service, bot = fake_scheduler(tmp_path)
    service.reply = Reply(pages=["<b>x</b>" + "字" * 1100], photo=b"png", photo_caption="图")
    state.subscribe(sub(11))
    bot.faults[11] = [BadRequest("IMAGE_PROCESS_FAILED")]
    assert await scheduler.deliver_due(11)
    assert len(bot.to(11)) == 1 and bot.sent[0][3] is False


async def test_fan_out_is_paced_concurrent_and_composed_once(tmp_path: Path) -> None:
    """60 chats due together with a 150 ms send latency: serial sending would take 9 s; with concurrent
    chats and at most 30 sends in any second it takes about 2.5 s."""
    scheduler, state, service, bot = fake_scheduler(tmp_path, pacer=Pacer())
    bot.latency = 0.15
    chats = list(range(100, 160))
    for chat_id in chats:
        state.subscribe(sub(chat_id))
    started = systime.monotonic()
    assert all(await asyncio.gather(*(scheduler.deliver_due(c) for c in chats)))
    elapsed = systime.monotonic() - started
    assert sorted(c for _, c, _, _ in bot.sent) == chats
    assert service.composed == 1
    times = sorted(t for t, *_ in bot.sent)
    window = max(sum(1 for t in times if s <= t < s + 1.0) for s in times)
    assert window <= OVERALL
    assert 1.0 < elapsed < 3.5


async def test_stopped_scheduler_sends_nothing(tmp_path: Path) -> None:
    scheduler, state, _, bot = fake_scheduler(tmp_path)
    state.subscribe(sub(1))
    scheduler.stop()
    assert not await scheduler.deliver_due(1)
    assert bot.sent == []


def test_subscription_replaced_resets_the_day(tmp_path: Path) -> None:
    state = BotState(tmp_path / "state.json")
    state.subscribe(sub(1, last_sent="2024-05-06T08:30:01+08:00"))
    assert not missed(state.subscription(1), NOW)
    state.subscribe(replace(sub(1), time="08:35"))  # a new /subscribe starts afresh
    assert state.subscription(1).last_sent == ""
