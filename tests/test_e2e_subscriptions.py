"""Subscriptions, channels, menus and error reports end to end: a real `policybot run` against the stand-in.

Quick checks share one bot process. The schedule checks share one real minute: three chats subscribe for
the coming minute (today's weekday and silent; tomorrow's weekday; only when something changed), then the
store is rebuilt with a new document and the bot restarted, and the digest held back for lack of news is
sent (the restart catches up a digest missed within the hour).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from botapi import BOT_ID, BotApiStandIn, Call
from conftest import TOKEN, BotProcess, gold_records, wait_until

from bot.ingest.record import Record
from bot.store import write_store
from bot.subscriptions import WEEKDAYS

pytestmark = pytest.mark.timeout(180)

TZ_NAME = "Asia/Shanghai"
HEADER = "📊 进度摘要"
ADMIN_CHAT = -100999
LEAD = 15  # seconds at least between subscribing and the digest minute


def digests(standin: BotApiStandIn, chat_id: int, since: int = 0) -> list[Call]:
    return [c for c in standin.messages_to(chat_id)[since:] if HEADER in (c.text or "")]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store.json"
    write_store(path, gold_records(), [], "tests/gold")
    return path


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory, store_path: Path) -> Iterator[BotProcess]:
    env = {
        "POLICYBOT_STORE": str(store_path),
        "POLICYBOT_TZ": TZ_NAME,
        "POLICYBOT_ADMIN_CHAT": str(ADMIN_CHAT),
    }
    with BotApiStandIn() as standin:
        bot = BotProcess(standin, tmp_path_factory.mktemp("quick"), env)
        bot.start()
        standin.wait_for(lambda c: c.method == "setMyShortDescription", 10)
        try:
            yield bot
        finally:
            bot.stop()


def test_subscribe_alone_shows_and_changes_nothing(quick: BotProcess) -> None:
    assert "还没有订阅" in (quick.ask_one(6001, "/subscribe").text or "")
    assert "好的" in (quick.ask_one(6001, "/subscribe 09:15 工作日 海安 静音").text or "")
    before = quick.state_bytes()
    shown = quick.ask_one(6001, "/subscribe").text or ""
    assert "工作日 09:15" in shown and "海安市" in shown and "静音推送" in shown and "/unsubscribe" in shown
    assert quick.state_bytes() == before
    bad = quick.ask_one(6001, "/subscribe 周八").text or ""
    assert "工作日" in bad and "有更新才发" in bad and quick.state_bytes() == before


def test_menus_per_scope_and_description(quick: BotProcess) -> None:
    api = quick.standin
    names = {
        kind: {c["command"] for c in api.my_commands({"type": kind})}
        for kind in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators")
    }
    assert "subscribe" in names["default"] and names["default"] == names["all_private_chats"]
    assert "subscribe" not in names["all_group_chats"] and "targets" in names["all_group_chats"]
    assert names["all_chat_administrators"] == names["default"]
    [description] = api.calls("setMyDescription")
    [short] = api.calls("setMyShortDescription")
    assert "发展目标" in description.params["description"] and "发展目标" in short.params["short_description"]


def test_traditional_menu_follows_script(quick: BotProcess) -> None:
    api = quick.standin
    quick.ask_one(6002, "/script 繁")
    api.wait_for(
        lambda c: c.method == "setMyCommands" and (c.params.get("scope") or {}).get("chat_id") == 6002, 10
    )
    menu = api.my_commands({"type": "chat", "chat_id": 6002})
    assert any("訂閱" in c["description"] for c in menu)
    quick.ask_one(6002, "/script 简")
    api.wait_for(
        lambda c: c.method == "deleteMyCommands" and (c.params.get("scope") or {}).get("chat_id") == 6002, 10
    )
    assert api.my_commands({"type": "chat", "chat_id": 6002}) == []


def test_channel_subscribed_by_its_admin_refused_to_others_ended_when_removed(quick: BotProcess) -> None:
    api = quick.standin
    channel, admin, stranger = -1001777, 6003, 6004
    api.set_chat(channel, "channel", title="新闻频道", username="policy_news")
    api.set_chat_member(channel, admin, "administrator")
    api.set_chat_member(channel, BOT_ID, "administrator")
    before = quick.state_bytes()
    refused = quick.ask_one(stranger, "/subscribe @policy_news 08:00 海安").text or ""
    assert "管理员" in refused and quick.state_bytes() == before
    ok = quick.ask_one(admin, "/subscribe @policy_news 08:00 周一 海安").text or ""
    assert "@policy_news" in ok and "好的" in ok
    sub = quick.state()["subscriptions"][str(channel)]
    assert sub["chat_type"] == "channel" and sub["days"] == [0] and sub["regions"] == ["海安市"]
    before = quick.state_bytes()
    shown = quick.ask_one(admin, "/subscribe @policy_news").text or ""
    assert "频道 @policy_news 当前订阅：周一 08:00" in shown and quick.state_bytes() == before
    # The bot must be able to post there too.
    api.set_chat(-1001778, "channel", username="no_bot_here")
    api.set_chat_member(-1001778, admin, "creator")
    assert "机器人还不是" in (quick.ask_one(admin, "/subscribe @no_bot_here").text or "")
    # The channel removes the bot: its subscription ends.
    api.push_my_chat_member(channel, "administrator", "left", chat_type="channel")
    wait_until(lambda: str(channel) not in quick.state().get("subscriptions", {}), 10)


def test_error_report_reaches_the_admin_chat_without_token_or_text(quick: BotProcess) -> None:
    api = quick.standin
    mark = api.mark()
    api.fail_next("sendMessage", 1, 400, description="Bad Request: injected failure")
    api.push_message(6005, "/targets 海安 SECRETWORD")
    report = api.wait_for(lambda c: c.ok and c.chat_id == ADMIN_CHAT, 15, since=mark)
    text = report.text or ""
    assert "BadRequest" in text and "/targets" in text and ".py:" in text
    assert TOKEN not in text and "SECRETWORD" not in text and "海安" not in text


# -- on schedule -----------------------------------------------------------------------------------------------


def test_days_silence_and_only_when_changed(tmp_path: Path) -> None:
    store = tmp_path / "store.json"
    write_store(store, gold_records(), [], "tests/gold")
    with BotApiStandIn() as api:
        bot = BotProcess(api, tmp_path, {"POLICYBOT_STORE": str(store), "POLICYBOT_TZ": TZ_NAME})
        try:
            scheduled(bot, api, store)
        except (AssertionError, TimeoutError) as failure:
            raise AssertionError(f"{failure}\n{bot.log()[-4000:]}") from failure
        finally:
            bot.stop()


def scheduled(bot: BotProcess, api: BotApiStandIn, store: Path) -> None:
    bot.start()
    now = datetime.now(ZoneInfo(TZ_NAME))
    at = (now + timedelta(seconds=LEAD + 60)).replace(second=0, microsecond=0)
    hhmm, today, tomorrow = f"{at:%H:%M}", WEEKDAYS[at.weekday()], WEEKDAYS[(at.weekday() + 1) % 7]
    today_chat, tomorrow_chat, changed_chat = 7001, 7002, 7003
    assert "好的" in (bot.ask_one(today_chat, f"/subscribe {hhmm} {today} 如皋 静音").text or "")
    assert "好的" in (bot.ask_one(tomorrow_chat, f"/subscribe {hhmm} {tomorrow} 如皋").text or "")
    assert "好的" in (bot.ask_one(changed_chat, f"/subscribe {hhmm} 如皋 有更新才发").text or "")
    assert datetime.now(ZoneInfo(TZ_NAME)) < at, "set-up took longer than LEAD"

    # The minute comes: today's chat gets its digest, silently; tomorrow's chat and the unchanged one do not.
    wait = (at - datetime.now(ZoneInfo(TZ_NAME))).total_seconds() + 20
    wait_until(lambda: bool(digests(api, today_chat)), wait)
    [silent] = digests(api, today_chat)
    assert silent.params.get("disable_notification") is True
    wait_until(lambda: "nothing new or due" in bot.log(), 10)
    assert digests(api, tomorrow_chat) == [] and digests(api, changed_chat) == []

    # A rebuild adds a document about 如皋; after the restart the held-back digest goes out with it as 新增.
    records = [
        *gold_records(),
        Record("new_doc_2026", "如皋市", "地区生产总值", 1500, "亿元", ">=", "target", "2026", text="新文件"),
    ]
    write_store(store, records, [{"id": "new_doc_2026", "title": "新文件", "date": "2026"}], "rebuilt")
    bot.restart()
    wait_until(lambda: bool(digests(api, changed_chat)), 20)
    [news] = digests(api, changed_chat)
    assert "新增" in (news.text or "") and "1500 亿元" in (news.text or "")
    assert news.params.get("disable_notification") in (None, False)
    assert digests(api, tomorrow_chat) == [] and len(digests(api, today_chat)) == 1
    # The delivery is marked once Telegram has answered, a moment after the stand-in saw the message.
    wait_until(lambda: "new_doc_2026" in bot.state()["subscriptions"][str(changed_chat)]["seen_docs"], 10)
