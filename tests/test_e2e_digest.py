"""Scheduled digests end to end: real `policybot run` processes against local Bot API stand-ins.

One real minute is waited for, once: three bots (each with its own stand-in and state file) subscribe
chats for the same coming minute, so every scenario shares that one wait:
- live:    the digest arrives at the minute, once per chat, through injected 429s; a chat that blocked the
           bot (403) loses its subscription; a group member who is no administrator is refused.
- down:    SIGKILLed right after subscribing and still down when the minute passes; on restart the missed
           digest is sent at once, exactly once, and a further SIGKILL + restart sends nothing more.
- bounced: SIGKILLed right after subscribing and restarted before the minute; the digest comes once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from botapi import BotApiStandIn, Call
from conftest import BotProcess, wait_until

from bot.ingest.record import Record
from bot.store import write_store

pytestmark = pytest.mark.timeout(150)

TZ_NAME = "Asia/Shanghai"
HEADER = "📊 进度摘要"  # the first line of each digest, in exactly one of its messages
GOLD = Path(__file__).parent / "gold"
LEAD = 12  # seconds at least between subscribing and the digest minute


def digests(standin: BotApiStandIn, chat_id: int, since: int = 0) -> list[Call]:
    return [c for c in standin.messages_to(chat_id)[since:] if HEADER in (c.text or "")]


def kill(bot: BotProcess) -> None:
    """SIGKILL: no shutdown code runs."""
    assert bot.proc is not None
    bot.proc.kill()
    bot.proc.wait(10)


@dataclass
class Minute:
    at: datetime  # the digest minute, in the bot's zone
    hhmm: str
    live: BotProcess
    down: BotProcess
    bounced: BotProcess


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    records = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            records.append(Record(**json.loads(line), start=i, end=i + 1))
    path = tmp_path_factory.mktemp("store") / "store.json"
    write_store(path, records, [], "tests/gold")
    return path


@pytest.fixture(scope="module")
def minute(tmp_path_factory: pytest.TempPathFactory, store_path: Path) -> Iterator[Minute]:
    env = {"POLICYBOT_STORE": str(store_path), "POLICYBOT_TZ": TZ_NAME}
    standins = [BotApiStandIn().start() for _ in range(3)]
    bots = [BotProcess(s, tmp_path_factory.mktemp(f"digest{i}"), env) for i, s in enumerate(standins)]
    try:
        for bot in bots:
            bot.start()
        now = datetime.now(ZoneInfo(TZ_NAME))
        at = (now + timedelta(seconds=LEAD + 60)).replace(second=0, microsecond=0)  # >= now + LEAD
        yield Minute(at, f"{at:%H:%M}", *bots)
    finally:
        for bot in bots:
            bot.stop()
        for standin in standins:
            standin.stop()


def test_digests_arrive_once_and_survive_sigkill(minute: Minute) -> None:
    try:
        scenario(minute)
    except (AssertionError, TimeoutError) as failure:  # show what the bots logged
        logs = "\n".join(
            f"--- {b.log_path}\n{b.log()[-3000:]}" for b in (minute.live, minute.down, minute.bounced)
        )
        raise AssertionError(f"{failure}\n{logs}") from failure


def scenario(minute: Minute) -> None:
    live, down, bounced = minute.live, minute.down, minute.bounced
    api = live.standin

    # live: private chats, a blocked one, and a group whose member is refused but whose admin subscribes.
    assert minute.hhmm in live.ask_one(4001, f"/subscribe {minute.hhmm} 启东").text
    assert minute.hhmm in live.ask_one(4002, f"/subscribe {minute.hhmm}").text
    assert minute.hhmm in live.ask_one(4003, f"/subscribe {minute.hhmm} 如皋").text
    group, member = -4004, 5401
    before = live.state_bytes()
    assert "管理员" in live.ask_one(group, f"/subscribe {minute.hhmm}", user_id=member).text
    assert live.state_bytes() == before
    api.set_chat_member(group, member, "administrator")
    assert minute.hhmm in live.ask_one(group, f"/subscribe {minute.hhmm} 海安", user_id=member).text
    api.set_chat_forbidden(4003)
    # Flood control on the first digest sends: each is retried after retry_after, none is doubled.
    api.fail_next("sendMessage", 2, 429, retry_after=1)
    api.fail_next("sendPhoto", 1, 429, retry_after=1)

    # down and bounced: SIGKILL right after subscribing (the subscription is on disk already).
    assert minute.hhmm in down.ask_one(4101, f"/subscribe {minute.hhmm} 启东").text
    assert minute.hhmm in bounced.ask_one(4201, f"/subscribe {minute.hhmm} 海安").text
    kill(down)
    kill(bounced)
    bounced.start()
    assert datetime.now(ZoneInfo(TZ_NAME)) < minute.at, "set-up took longer than LEAD"

    # The minute comes: live and bounced deliver on schedule.
    wait = (minute.at - datetime.now(ZoneInfo(TZ_NAME))).total_seconds() + 20
    for chat_id in (4001, 4002, group):
        wait_until(lambda c=chat_id: bool(digests(api, c)), wait)
    wait_until(lambda: bool(digests(bounced.standin, 4201)), wait)
    arrived = datetime.now(ZoneInfo(TZ_NAME))
    assert arrived >= minute.at

    # down comes back within the hour: the missed digest is sent at start, once.
    assert digests(down.standin, 4101) == []
    down.start()
    wait_until(lambda: bool(digests(down.standin, 4101)), 15)

    # 403: the blocked chat's subscription ended; nothing was delivered there.
    wait_until(lambda: "4003" not in live.state().get("subscriptions", {}), 10)
    assert digests(api, 4003) == []
    assert api.calls("sendMessage") and any(c.status == 429 for c in api.all_calls)

    # Restart everything once more (SIGKILL) after the deliveries were recorded: nothing is sent twice.
    for bot, chat_id in ((down, 4101), (bounced, 4201)):
        wait_until(lambda b=bot, c=chat_id: bool(b.state()["subscriptions"][str(c)].get("last_sent")), 15)
    for bot in (down, bounced):
        kill(bot)
        bot.start()
    time.sleep(3)  # a missed-digest job runs at once after start; give it time to (not) send
    for standin, chat_id in (
        (api, 4001),
        (api, 4002),
        (api, group),
        (down.standin, 4101),
        (bounced.standin, 4201),
    ):
        assert len(digests(standin, chat_id)) == 1, chat_id
    for standin, chat_id in ((down.standin, 4101), (bounced.standin, 4201)):
        assert standin is not api
        sub = (down if chat_id == 4101 else bounced).state()["subscriptions"][str(chat_id)]
        assert sub["last_sent"], chat_id

    # A digest with something to plot comes with its chart, and everything fits Telegram's limits.
    calls = api.messages_to(4001)
    assert any(c.method == "sendPhoto" and (c.photo_size or 0) > 1000 for c in calls)
    assert all(len(c.text or "") <= 4096 for c in api.sent if c.method == "sendMessage")


def test_digest_command_sends_one_now(minute: Minute) -> None:
    api = minute.live.standin
    mark = api.mark()
    api.push_message(4005, "/digest")
    api.wait_for(lambda c: c.ok and c.chat_id == 4005 and HEADER in (c.text or ""), 10, since=mark)
    assert minute.live.state().get("subscriptions", {}).get("4005") is None  # looking is not subscribing
