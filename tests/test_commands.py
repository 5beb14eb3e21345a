"""The command logic both doors share (`policybot ask` and the bot), on the shipped store."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.commands import MAX_ARGUMENT, ChatContext, CommandService
from bot.config import Settings
from bot.render import MESSAGE_LIMIT, as_plain_text

PRIVATE = ChatContext(chat_id=101, chat_type="private", user_id=101, bot_username="policybot_test_bot")
GROUP_MEMBER = ChatContext(
    chat_id=-202, chat_type="group", user_id=7, is_admin=False, bot_username="policybot_test_bot"
)


@pytest.fixture
def service(tmp_path: Path) -> CommandService:
    settings = Settings.from_env({"POLICYBOT_STATE": str(tmp_path / "state.json")})
    return CommandService.from_settings(settings)


def answer(service: CommandService, text: str, ctx: ChatContext = PRIVATE) -> str:
    reply = service.handle(text, ctx)
    assert reply is not None
    return as_plain_text(reply)


def test_targets_accept_short_full_traditional_and_full_width_names(service: CommandService) -> None:
    expected = answer(service, "/targets 海安")
    assert "海安市的目标" in expected and "≥ 6.5%" in expected and "74 亿元" in expected
    for variant in ("/targets 海安市", "/targets 海安市", "/targets　海安", "/targets 海\u200b安", "／targets 海安"):
        assert answer(service, variant) == expected, variant


def test_keyword_filters_targets_and_a_city_answers_for_its_counties(service: CommandService) -> None:
    filtered = answer(service, "/targets 海安 收入")
    assert "一般公共预算收入" in filtered and "高企" not in filtered
    city = answer(service, "/targets 南通")
    assert "通州区" in city and "海门区" in city


def test_unknown_place_gets_the_nearest_names(service: CommandService) -> None:
    text = answer(service, "/targets 海按")
    assert "不认识" in text and "海安市" in text
    text = answer(service, "/progress 朝阳区")
    assert "还没有" in text or "不认识" in text
    text = answer(service, "/targets 鼓楼")  # several 鼓楼区 in China
    assert "可指" in text and "南京市鼓楼区" in text and "福州市鼓楼区" in text


def test_source_shows_the_clause_and_the_document(service: CommandService) -> None:
    record = next(r for r in service.store.records if r.indicator == "工业投入")
    for command in (f"/source {record.id}", f"/source_{record.id}"):
        text = answer(service, command)
        assert "工业投入每年五百亿" in text and "2020" in text
    assert "没有编号" in answer(service, "/source 0000000000")


def test_progress_and_indicator_and_search(service: CommandService) -> None:
    assert "一般公共预算收入" in answer(service, "/progress 启东")
    assert "海安市" in answer(service, "/indicator 高企")
    assert "科创项目" in answer(service, "/search 科创项目")
    assert "科创项目" in answer(service, "科创项目")  # a plain private message is a search


def test_bad_input_gets_usage_and_changes_no_state(service: CommandService) -> None:
    before = service.state.snapshot()
    for text, expected in [
        ("/targets", "用法"),
        ("/indicator", "用法"),
        ("/search", "用法"),
        ("/script 火星文", "用法"),
        ("/targets " + "海" * (MAX_ARGUMENT + 1), "太长"),
        ("/nonsense", "不认识的命令"),
        ("/subscribe 25:00 海安", "HH:MM"),
        ("/subscribe 8点半", "HH:MM"),
        ("/subscribe 08:30 火星", "没有订阅"),
    ]:
        assert expected in answer(service, text), text
    assert service.state.snapshot() == before
    assert service.state.subscription(PRIVATE.chat_id) is None


def test_subscribe_and_unsubscribe(service: CommandService) -> None:
    text = answer(service, "/subscribe 7:05 海安 如皋")
    assert "07:05" in text
    sub = service.state.subscription(PRIVATE.chat_id)
    assert sub is not None and sub.time == "07:05" and sub.regions == ("海安市", "如皋市")
    answer(service, "/subscribe 09:00")  # a second subscribe replaces the first
    assert service.state.subscription(PRIVATE.chat_id).regions == ()
    assert "已取消" in answer(service, "/unsubscribe")
    assert service.state.subscription(PRIVATE.chat_id) is None


def test_group_rules(service: CommandService) -> None:
    assert service.handle("/targets@otherbot 海安", GROUP_MEMBER) is None
    assert service.handle("今天开会", GROUP_MEMBER) is None
    assert "海安市" in answer(service, "/targets@policybot_test_bot 海安", GROUP_MEMBER)
    assert "高企" in answer(service, "@policybot_test_bot 高企", GROUP_MEMBER)
    assert service.needs_admin("/subscribe 08:30", GROUP_MEMBER)
    assert "管理员" in answer(service, "/subscribe 08:30", GROUP_MEMBER)
    assert service.state.subscription(GROUP_MEMBER.chat_id) is None


def test_script_setting_converts_replies(service: CommandService) -> None:
    assert "繁體" in answer(service, "/script 繁")
    text = answer(service, "/targets 海安")
    assert "海安市的目標" in text and "億元" in text
    answer(service, "/script 简")
    assert "海安市的目标" in answer(service, "/targets 海安")


def test_long_answers_are_paged_under_the_limit_and_lose_nothing(service: CommandService) -> None:
    reply = service.handle("/progress 启东", PRIVATE)
    assert reply is not None and len(reply.pages) > 1 and reply.paging_key
    assert all(len(page) < MESSAGE_LIMIT for page in reply.pages)
    listed = [r.id for r in service.store.records if r.region == "启东市" and r.kind == "actual"]
    joined = "".join(reply.pages)
    assert all(f"/source_{record_id}" in joined for record_id in listed)
    service.bind_pages(reply.paging_key, PRIVATE.chat_id)
    assert service.page(reply.paging_key, 1, PRIVATE.chat_id).text == reply.pages[1]
    assert service.page(reply.paging_key, 1, chat_id=999) is None  # another chat cannot page through it
    assert service.page("forged", 0, PRIVATE.chat_id) is None


def test_inline_answers_at_most_fifty(service: CommandService) -> None:
    items = service.inline("海安 GDP")
    assert items and all("海安市" in item.title for item in items)
    assert len(service.inline("亿元")) <= 50
    assert service.inline("") == []
