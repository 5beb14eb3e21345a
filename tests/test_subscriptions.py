"""Subscriptions as users write them, the scheduler honouring days, silence and only-when-changed, and the
error reports' content and pace: in process, with an injected clock and fake Bot where time matters."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from conftest import gold_records
from telegram.ext import ApplicationBuilder

from bot.commands import ChatContext, CommandService
from bot.config import Settings
from bot.ingest.places import Gazetteer
from bot.scheduler import DigestScheduler
from bot.state import BotState, Subscription
from bot.store import PolicyStore
from bot.subscriptions import channel_of, subscribe_channel
from handlers import reports

TZ = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2024, 5, 6, 8, 30, 1, tzinfo=TZ)
PRIVATE = ChatContext(chat_id=77, chat_type="private", user_id=77)


@pytest.fixture
def service(tmp_path: Path) -> CommandService:
    settings = Settings(
        "123:TEST", "http://127.0.0.1:9/bot", tmp_path / "store.json", tmp_path / "s.json", "Asia/Shanghai"
    )
    svc = CommandService(
        PolicyStore(gold_records(), {}, {"schema": 1}),
        BotState(settings.state_path),
        Gazetteer.default(),
        settings,
    )
    svc.draw_charts = False
    return svc


def say(service: CommandService, text: str, ctx: ChatContext = PRIVATE) -> str:
    reply = service.handle(text, ctx)
    assert reply is not None
    return "\n".join(reply.pages)


# -- the command ---------------------------------------------------------------------------------------------


def test_subscribe_alone_shows_and_changes_nothing(service: CommandService) -> None:
    assert "还没有订阅" in say(service, "/subscribe")
    assert service.state.subscription(77) is None
    say(service, "/subscribe 09:00 海安")
    before = service.state.path.read_bytes()
    shown = say(service, "/subscribe")
    assert "当前订阅：每天 09:00" in shown and "海安市" in shown and "静音" in shown and "有更新才发" in shown
    assert service.state.path.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "days", "silent", "only_changed"),
    [
        ("/subscribe 18:00 工作日 启东 静音", (0, 1, 2, 3, 4), True, False),
        ("/subscribe 周一 周三 有更新才发", (0, 2), False, True),
        ("/subscribe 週六、週日 靜音 有更新才發", (5, 6), True, True),  # traditional script
        ("/subscribe 每天 星期五", (), False, False),  # every day wins
        ("/subscribe 周一 周二 周三 周四 周五 周六 周日", (), False, False),
    ],
)
def test_days_silent_only_changed(
    service: CommandService, text: str, days: tuple, silent: bool, only_changed: bool
) -> None:
    reply = say(service, text)
    sub = service.state.subscription(77)
    assert sub is not None and (sub.days, sub.silent, sub.only_changed) == (days, silent, only_changed), reply
    assert "好的" in reply


def test_settings_survive_a_restart(service: CommandService) -> None:
    say(service, "/subscribe 07:15 工作日 如皋 静音 有更新才发")
    again = BotState(service.state.path).subscription(77)
    assert again is not None
    assert (again.time, again.days, again.regions, again.silent, again.only_changed) == (
        "07:15",
        (0, 1, 2, 3, 4),
        ("如皋市",),
        True,
        True,
    )
    assert again.seen_docs  # what counts as new starts from the store as it is now


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/subscribe 25:00", "HH:MM"),
        ("/subscribe 周八", "不认识"),
        ("/subscribe 08:00 火星", "不认识"),
        ("/subscribe 08:00 @somechannel", "私聊"),
    ],
)
def test_bad_input_lists_what_works_and_keeps_state(
    service: CommandService, text: str, expected: str
) -> None:
    say(service, "/subscribe 09:00 海安")
    before = service.state.path.read_bytes()
    reply = say(service, text)
    assert expected in reply and "工作日" in reply and "静音" in reply and "有更新才发" in reply
    assert service.state.path.read_bytes() == before


def test_group_member_may_look_but_not_change(service: CommandService) -> None:
    member = ChatContext(chat_id=-5, chat_type="group", user_id=9, is_admin=False)
    assert "还没有订阅" in say(service, "/subscribe", member)
    assert "管理员" in say(service, "/subscribe 08:00", member)
    assert service.state.subscription(-5) is None


def test_channel_subscription_after_the_check(service: CommandService) -> None:
    assert channel_of("@my_channel 08:00 海安") == "my_channel" and channel_of("08:00 海安") is None
    reply = subscribe_channel(service, "08:00 周一 海安", -1001234, "@my_channel")
    assert "@my_channel" in reply.pages[0]
    sub = service.state.subscription(-1001234)
    assert sub is not None and sub.chat_type == "channel" and sub.days == (0,) and sub.title == "@my_channel"


# -- the scheduler -------------------------------------------------------------------------------------------


class FakeBot:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str, bool]] = []

    async def send_message(self, chat_id: int, text: str, **kwargs: object) -> None:
        self.sent.append((chat_id, text, bool(kwargs.get("disable_notification"))))

    async def send_photo(self, chat_id: int, photo: bytes, caption: str = "", **kwargs: object) -> None:
        self.sent.append((chat_id, caption, bool(kwargs.get("disable_notification"))))


def scheduler_for(service: CommandService, now: list[datetime]) -> tuple[DigestScheduler, FakeBot]:
    bot = FakeBot()
    real = ApplicationBuilder().token("123:TEST").base_url("http://127.0.0.1:9/bot").build()
    app = SimpleNamespace(job_queue=real.job_queue, bot=bot)
    return DigestScheduler(app, service, service.settings, clock=lambda: now[0]), bot  # type: ignore[arg-type]


def put(service: CommandService, chat_id: int, **kw: object) -> None:
    service.state.subscribe(
        Subscription(chat_id, "08:30", ("如皋市",), "private", "2024-05-01T00:00:00+08:00", **kw)  # type: ignore[arg-type]
    )


async def test_weekdays_silent_and_only_changed(service: CommandService) -> None:
    now = [MONDAY]
    scheduler, bot = scheduler_for(service, now)
    docs = tuple(sorted({r.doc for r in service.store.by_region("如皋市")}))
    put(service, 1, days=(0,), silent=True)  # Mondays, silently
    put(service, 2, days=(1,))  # Tuesdays
    put(service, 3, only_changed=True, seen_docs=docs)  # nothing new, nothing due on this date
    put(service, 4, only_changed=True, seen_docs=docs[1:])  # a document it has not seen
    sent = [await scheduler.deliver_due(c) for c in (1, 2, 3, 4)]
    assert sent == [True, False, False, True]
    assert [(c, silent) for c, _, silent in bot.sent] == [(1, True), (4, False)]
    assert "新增" in bot.sent[1][1]
    # A delivery records the documents it covered: the next day holds nothing new for chat 4.
    assert service.state.subscription(4).seen_docs == docs  # type: ignore[union-attr]
    now[0] = MONDAY + timedelta(days=1)
    assert [await scheduler.deliver_due(c) for c in (1, 2, 3, 4)] == [False, True, False, False]


# -- error reports -------------------------------------------------------------------------------------------


class ReportBot:
    def __init__(self) -> None:
        self.texts: list[str] = []

    async def send_message(self, chat_id: int, text: str, **kwargs: object) -> None:
        self.texts.append(text)


def raised() -> BaseException:
    try:
        {}["missing"]
    except KeyError as exc:
        return exc
    raise AssertionError


async def test_report_names_where_not_what_and_one_a_minute() -> None:
    clock = [1000.0]
    reporter = reports.Reporter(42, interval=60, clock=lambda: clock[0])
    bot = ReportBot()
    error = raised()
    await reporter.report(bot, None, error)  # type: ignore[arg-type]
    assert len(bot.texts) == 1
    assert "KeyError" in bot.texts[0] and "tests/test_subscriptions.py:" in bot.texts[0]
    assert "missing" not in bot.texts[0]  # the exception's message may quote a user
    for _ in range(3):
        clock[0] += 1
        await reporter.report(bot, None, error)  # type: ignore[arg-type]
    assert len(bot.texts) == 1
    clock[0] += 60
    await reporter.report(bot, None, error)  # type: ignore[arg-type]
    assert len(bot.texts) == 2 and "另有 3 个" in bot.texts[1]
    if reporter._flush is not None:
        reporter._flush.cancel()
    await asyncio.sleep(0)


def test_admin_chat_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYBOT_ADMIN_CHAT", "-100123")
    settings = Settings.from_env()
    assert reports.admin_chat(settings) == -100123
    monkeypatch.delenv("POLICYBOT_ADMIN_CHAT")
    assert reports.admin_chat(Settings.from_env()) is None
