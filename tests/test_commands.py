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
    for variant in (
        "/targets 海安市",
        "/targets 海安市",
        "/targets　海安",
        "/targets 海\u200b安",
        "／targets 海安",
    ):
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
    actuals = [r for r in service.store.records if r.region == "启东市" and r.kind == "actual"]
    joined = "".join(reply.pages)
    assert all(f"/source_{r.id}" in joined for r in actuals if not r.subject)
    about = [r for r in actuals if r.subject]  # a company's or a park's figures: named, shown when asked for
    if about:
        assert f"另有 {len(about)} 条" in joined and about[0].subject in joined
        asked = as_plain_text(service.handle(f"/progress 启东 {about[0].subject}", PRIVATE))
        assert about[0].id in asked
    service.bind_pages(reply.paging_key, PRIVATE.chat_id)
    assert service.page(reply.paging_key, 1, PRIVATE.chat_id).text == reply.pages[1]
    assert service.page(reply.paging_key, 1, chat_id=999) is None  # another chat cannot page through it
    assert service.page("forged", 0, PRIVATE.chat_id) is None


def test_inline_answers_at_most_fifty(service: CommandService) -> None:
    items = service.inline("海安 GDP")
    assert items and all("海安市" in item.title for item in items)
    assert len(service.inline("亿元")) <= 50
    assert service.inline("") == []


# -- questions in plain words ------------------------------------------------------------------------------


def first_lines(service: CommandService, text: str, n: int = 3, ctx: ChatContext = PRIVATE) -> list[str]:
    return [line for line in answer(service, text, ctx).splitlines() if line.strip()][:n]


def test_a_question_is_answered_with_the_figure_first(service: CommandService) -> None:
    lead, *notes = first_lines(service, "海安今年GDP目标是多少")
    assert "海安市" in lead and "6.5%" in lead and "目标" in lead and "2023" in lead
    assert any("2023 年" in note for note in notes)  # says which year 今年 was taken to be
    lead, pair, _ = first_lines(service, "启东上半年财政收入完成多少")
    assert "启东市" in lead and "37.7 亿元" in lead and "上半年" in lead
    assert "71.9 亿元" in pair and "推算" in pair and "52%" in pair and "上半年" in pair
    assert first_lines(service, "啟東上半年財政收入完成多少", 1) == first_lines(
        service, "启东上半年财政收入完成多少", 1
    )


def test_spaces_and_no_spaces_give_the_same_answer(service: CommandService) -> None:
    assert answer(service, "海安GDP") == answer(service, "海安 GDP")
    assert answer(service, "启东一般公共预算收入") == answer(service, "启东 一般公共预算收入")
    assert "37.7 亿元" in first_lines(service, "启东一般公共预算收入", 1)[0]


def test_nothing_matching_says_what_the_store_has(service: CommandService) -> None:
    text = answer(service, "如皋2020年工业开票目标")
    assert "没有找到" not in text
    assert "如皋市" in text and "工业投资" in text  # what 如皋 does have
    assert "海安市" in text  # where 工业开票 is


def test_indicator_compares_places_on_one_canonical_indicator(service: CommandService) -> None:
    text = answer(service, "/indicator GDP")
    assert "南通市" in text and "6032.4 亿元" in text  # 地区生产总值
    assert "启东市" in text and "1.6%" in text  # its growth rate
    assert "海安市" in text and "6.5%" in text
    assert "一般公共预算收入" in answer(service, "/indicator 财政收入")
    history = answer(service, "/indicator 财政收入 启东")
    assert "历年" in history and "37.7 亿元" in history and "海安市" not in history


def test_progress_pairs_by_canonical_name_headline_first(service: CommandService) -> None:
    text = answer(service, "/progress 启东")
    assert "约 71.9 亿元" in text and "推算" in text
    first_topic = text.splitlines()[2]
    assert first_topic in ("经济总量", "财政")  # headline indicators first, not code-point order
    lead = first_lines(service, "/progress 启东 一般公共预算收入", 2)
    assert "37.7 亿元" in lead[0] and "71.9 亿元" in lead[1]
    assert "不认识" not in answer(service, "/progress 启东 一般公共预算收入")


def test_progress_shows_each_topic_once_and_a_restated_figure_once_with_both_sources(
    service: CommandService,
) -> None:
    text = answer(service, "/progress 启东")
    headings = [line for line in text.splitlines() if line in ("经济总量", "财政", "投资", "工业", "消费")]
    assert len(headings) == len(
        set(headings)
    )  # 财政's headline and its other figures stand under one heading
    # The mid-year report gives fixed-asset investment growth twice (8.2%): one line, both clauses' sources.
    lines = [line for line in text.splitlines() if "固定资产投资增速 8.2%" in line]
    assert len(lines) == 1 and lines[0].count("/source_") == 2
    # `对接全市1000家企业` is no progress towards `规上服务业企业30家`.
    assert "3333%" not in text


def test_places_out_of_scope_or_without_figures(service: CommandService) -> None:
    text = answer(service, "/targets 北京通州")
    assert "北京市通州区不在库里" in text and "南通市通州区" in text
    assert "北京市通州区不在库里" in answer(service, "北京通州今年GDP目标")
    text = answer(service, "/targets 宝应")
    assert (
        "全力走稳走好踏上新征程的第一步" in text and "2021-10-01" in text and "没有宝应县的具体数字" in text
    )


def test_help_and_source_name_documents_by_title(service: CommandService) -> None:
    text = answer(service, "/help")
    assert "──" not in text and "一、攻坚科技创新" not in text
    assert "拼出县域高质量发展新天地" in text
    record = next(r for r in service.store.records if r.doc.startswith("002"))
    assert "执行情况报告" in answer(service, f"/source {record.id}")


def test_group_mention_is_a_question(service: CommandService) -> None:
    lead = first_lines(service, "@policybot_test_bot 启东上半年财政收入完成多少", 1, GROUP_MEMBER)[0]
    assert "37.7 亿元" in lead
    assert service.handle("启东上半年财政收入完成多少", GROUP_MEMBER) is None


def test_inline_question_leads_with_the_best_record(service: CommandService) -> None:
    items = service.inline("启东上半年财政收入完成多少")
    assert items and "37.7" in items[0].description and "启东市" in items[0].title


def test_ask_and_console_doors(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    from bot import cli

    state = tmp_path / "state.json"
    monkeypatch.setenv("POLICYBOT_STATE", str(state))
    assert cli.main(["ask", "/targets@otherbot 海安"]) == 0
    assert "不会回答" in capsys.readouterr().out
    assert cli.main(["ask", "--chat-type", "group", "海安GDP"]) == 0
    assert "不会回答" in capsys.readouterr().out
    assert cli.main(["ask", "/subscribe 08:30 海安"]) == 0
    capsys.readouterr()
    assert not state.exists()  # nothing written without --state
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("/script 繁\n/targets 海安\n"))
    assert cli.main(["console"]) == 0
    assert "海安市的目標" in capsys.readouterr().out  # /script holds for the session
    assert not state.exists()
    assert cli.main(["ask", "--state", str(state), "/script 繁"]) == 0
    assert state.exists()


def test_a_target_question_prefers_a_target_of_the_same_indicator(tmp_path: Path) -> None:
    from bot.ingest.places import Gazetteer
    from bot.ingest.record import Record
    from bot.state import BotState
    from bot.store import PolicyStore, write_store

    def rec(indicator: str, value: float, unit: str, kind: str, period: str) -> Record:
        text = f"{indicator}{value}{unit}"
        return Record("d", "义乌市", indicator, value, unit, "=", kind, period, text=text, city="金华市")

    records = [
        rec("地区生产总值", 1970.6, "亿元", "actual", "2022"),
        rec("地区生产总值增速", 6.5, "%", "target", "2023"),
        rec("数字经济核心产业增加值占GDP比重", 12, "%", "target", "2023"),
        rec("地区生产总值增速", 4.1, "%", "actual", "2022"),
    ]
    write_store(tmp_path / "s.json", records, [], built_from="test")
    settings = Settings.from_env({"POLICYBOT_STATE": str(tmp_path / "state.json")})
    service = CommandService(
        PolicyStore.load(tmp_path / "s.json"),
        BotState(tmp_path / "state.json"),
        Gazetteer.default(),
        settings,
    )
    lead, note, *_ = first_lines(service, "义乌今年GDP目标是多少")
    assert "地区生产总值增速" in lead and "6.5%" in lead and "2023" in note
    assert "1970.6 亿元" in first_lines(service, "义乌GDP", 1)[0]
    assert "1970.6 亿元" in first_lines(service, "义乌去年GDP完成多少", 1)[0]


def test_a_development_zone_is_its_own_place_in_commands(service: CommandService) -> None:
    for name in ("启东经济开发区", "启东经开区"):
        text = answer(service, f"/targets {name}")
        assert text.startswith("启东经济开发区的目标"), name
    assert "启东经济开发区" in answer(service, "/regions")
    city = answer(service, "/targets 启东")
    assert city.startswith("启东市的目标")


def test_a_county_renamed_since_answers_with_the_figures_of_its_former_name(tmp_path: Path) -> None:
    from bot.ingest.places import Gazetteer
    from bot.ingest.record import Record
    from bot.state import BotState
    from bot.store import PolicyStore, write_store

    text = "上半年全县生产总值完成22.6亿元"
    record = Record(
        "d", "旬阳县", "地区生产总值", 22.6, "亿元", "=", "actual", "2010H1", text=text, city="安康市"
    )
    write_store(tmp_path / "s.json", [record], [], built_from="test")  # 旬阳县 became 旬阳市 in 2021
    service = CommandService(
        PolicyStore.load(tmp_path / "s.json"),
        BotState(tmp_path / "state.json"),
        Gazetteer.default(),
        Settings.from_env({"POLICYBOT_STATE": str(tmp_path / "state.json")}),
    )
    for asked in ("/progress 旬阳", "/progress 旬阳市", "旬阳上半年GDP"):
        assert "22.6 亿元" in answer(service, asked), asked


def test_a_short_name_two_places_share_means_the_one_with_figures(tmp_path: Path) -> None:
    from bot.ingest.places import Gazetteer
    from bot.ingest.record import Record
    from bot.state import BotState
    from bot.store import PolicyStore, write_store

    def rec(region: str, city: str, value: float) -> Record:
        return Record(
            "d", region, "地区生产总值增速", value, "%", "=", "target", "2023", text="增长", city=city
        )

    # 通州 is 南通's district and 北京's; the store has figures for 南通's and for another 北京 district, so
    # both cities are in the store and only the figures tell which 通州 a reader means.
    write_store(
        tmp_path / "s.json", [rec("通州区", "南通市", 7.0), rec("东城区", "北京市", 5.0)], [], built_from="t"
    )
    service = CommandService(
        PolicyStore.load(tmp_path / "s.json"),
        BotState(tmp_path / "state.json"),
        Gazetteer.default(),
        Settings.from_env({"POLICYBOT_STATE": str(tmp_path / "state.json")}),
    )
    assert "7%" in first_lines(service, "通州今年GDP目标", 1)[0]
    assert "不在库里" in answer(
        service, "北京通州今年GDP目标"
    )  # its city named: 北京's, which has no figures
