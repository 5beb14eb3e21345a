"""Figures the build used to miss: towers counted by the 幢, a higher goal after `力争`, a project named with its phase, a
`分别` list of counties named by their short forms, a measure judged before its level, and a recycled resource (not a
reserve). Sentences are real pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _figures(clause: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(clause)]


def test_towers_are_counted_by_the_zhuang() -> None:
    # f20_p18 静安 2024
    assert _figures("亿元楼新增6幢,达到88幢,其中月亿楼9幢、百亿楼1幢") == [
        (6, "幢"),
        (88, "幢"),
        (9, "幢"),
        (1, "幢"),
    ]


def test_a_year_named_before_a_semicolon_dates_the_clause_after_it() -> None:
    # f20_p18 静安 2024: the 2023 review on a page announcing the 2024 list
    text = (
        "上海静安发布2024年十项为民办实事项目\n"
        "获悉,2023年,引进税收千万级以上项目156个,同比增长39%;200幢重点楼宇实现税收622.08亿元,亿元楼新增6幢。\n"
    )
    found = {r.value: r for r in records(text, date="2024-01-18")}
    assert found[622.08].kind == "actual"
    assert found[6].kind == "actual"


def test_a_higher_goal_after_li_zheng_is_the_same_indicator() -> None:
    # r396 都匀 2022, f20_p13 金堂
    text = "都匀市政府工作报告\n今后五年,都匀市的主要预期目标是:到2026年,地区生产总值超330亿元、力争达350亿元。\n"
    found = {r.value: r for r in records(text, date="2022-01-10")}
    assert found[350].indicator == "地区生产总值"
    assert found[350].kind == "target"
    text = "金堂县工作要点\n金堂县今年将确保新增规上工业企业40户,力争50户。\n"
    found = {r.value: r for r in records(text, date="2022-01-10")}
    assert found[50].indicator == found[40].indicator == "新增规上工业企业"


def test_a_projects_phase_keeps_its_investment() -> None:
    # r386 建平 2018
    text = "建平县新闻\n2018年,计划投资4.5亿元的洪海保温材料项目一期已经投产。\n"
    (record,) = [r for r in records(text, date="2018-12-01") if r.value == 4.5]
    assert record.subject == "洪海保温材料项目一期"


def test_counties_listed_by_short_forms_each_take_their_rate() -> None:
    # f15_p18 海南 2023 (a province's counties that no city holds)
    text = (
        "儋州外贸\n2023年,儋州市货物进出口1075.7亿元。"
        "文昌、琼海、昌江等市县进出口也有较快增长,分别增长28.6%、12.4%和249.9%。\n"
    )
    found = {r.value: r for r in records(text, date="2024-01-20")}
    assert (found[28.6].region, found[12.4].region, found[249.9].region) == (
        "文昌市",
        "琼海市",
        "昌江黎族自治县",
    )
    assert found[28.6].indicator == "进出口增速"


def test_a_recycled_resource_is_no_reserve() -> None:
    # r371 灵武 2023
    text = "灵武市发展\n2023年,灵武市每年回收利用各类废旧资源量800万吨,形成了高效循环综合利用产业体系。\n"
    assert [r.value for r in records(text, date="2023-06-01") if r.unit == "万吨"] == [800]


def test_a_reserve_is_still_a_fact() -> None:
    text = "西乌旗概况\n2023年,白音华煤田初步探明储量达141亿吨。\n"
    assert not [r for r in records(text, date="2023-06-01") if r.value == 141]
