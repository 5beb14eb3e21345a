"""Canonical names for wordings real pages use that the vocabulary did not know: statistics' long forms, a
counting basis or register said inside the name, a year's own figure. Sentences are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.vocabulary import canonical_of
from tests.ingest_helpers import build_one

# dev17 r345 (高陵 2023 news, traditional script on the page)
GAOLING = (
    "2023年西安市高陵区经济社会发展成绩单\n\n"
    "城镇、农村居民每人平均可支配收入分别达到47579元、22451元,同比增长5.8%、8.7%。\n"
)


def test_the_statistics_long_form_of_incomes_per_head_is_the_income_family(tmp_path: Path) -> None:
    found = {r.value: r.canonical for r in build_one(tmp_path, GAOLING).records}
    assert found[47579] == "城镇居民人均可支配收入"
    assert found[22451] == "农村居民人均可支配收入"
    assert found[5.8] == "城镇居民人均可支配收入增速"
    assert found[8.7] == "农村居民人均可支配收入增速"


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("外商实际到资", "万美元", "实际使用外资"),  # r338 惠安 2002
        ("商务部口径实际利用外资", "万美元", "实际使用外资"),  # r282 南宁综保区 2020
        ("全社会研究与试验发展经费支出占地区生产总值比重", "%", "研发经费投入强度"),  # f18 洞头 plan
        ("战略新兴产业产值(属地)增速", "%", "战略性新兴产业产值增速"),  # f18 屯溪
        ("常住人口人均GDP", "元", "人均地区生产总值"),  # r337 樟树 十三五 review
        ("在库规上工业企业", "家", "规上工业企业"),  # r353 三穗 2023
        ("年规模工业总产值", "亿元", "规上工业总产值"),  # f18 龙潭 2011
        ("出口创汇额", "万美元", "出口总额"),  # dev18 r364 巨鹿
        ("工业固投增速", "%", "工业投资增速"),  # dev18 r365 吉安县
        ("国民生产总值增速", "%", "地区生产总值增速"),  # dev18 r374 西华 2024
        (
            "全口径工业增加值",
            "万元",
            "",
        ),  # dev18 r367 莎车 2025: all industry, not the firms above the size limit
    ],
)
def test_real_wordings_take_their_canonical_name(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


def test_an_average_over_years_is_still_not_a_years_level() -> None:
    # `年` as a year's own figure must not swallow `年均` (an average over a span keeps no canonical name)
    assert canonical_of("年均地区生产总值", "亿元") == ""


# fresh18 f18_p14 (正定 2018 news)
ZHENGDING = (
    "正定县上榜全国投资潜力百强县\n\n来源: 正定风采\n2018-12-13 15:56:04\n\n"
    "全部财政收入2016年完成25.1亿元、2017年完成34.4亿元、今年截至目前完成40.4亿元;"
    "公共预算收入2016年完成16亿元、2017年完成22.1亿元、今年截至目前完成26.8亿元。\n"
)


def test_one_indicators_figures_by_year_keep_its_name_without_the_year(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, ZHENGDING).records}
    for value, period in ((25.1, "2016"), (34.4, "2017"), (40.4, "2018")):
        assert (found[value].canonical, found[value].period) == ("财政总收入", period)
    for value, period in ((16, "2016"), (22.1, "2017"), (26.8, "2018")):
        assert (found[value].canonical, found[value].period) == ("一般公共预算收入", period)
    assert found[25.1].indicator == "财政收入"


# fresh17 f17_p05 (金凤区 2025 livelihood list)
JINFENG = (
    "金凤区2025年民生“十心”实事\n\n▶新增公共停车位800个。\n▶新增公共充电桩1000个。\n▶改造老旧小区20个。\n"
)


def test_a_list_items_arrow_is_no_part_of_its_name(tmp_path: Path) -> None:
    names = {r.value: r.indicator for r in build_one(tmp_path, JINFENG).records}
    assert not any(name.startswith("▶") for name in names.values())
    assert names[800] == "新增公共停车位"


# fresh18 f18_p20 (市南区 tourism news, traditional script on the page)
SHINAN = "市南区旅游\n\n据统计,休闲汇期间,市南区7-9月份接待国内外游客862.25万人次,实现旅游收入93.9亿元。\n"


def test_a_month_span_opening_a_name_is_the_time_not_the_name(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, SHINAN).records}
    assert (found[862.25].indicator, found[862.25].canonical) == ("接待国内外游客", "接待游客")


def test_a_total_said_with_gong_ji_leaves_the_name_whole(tmp_path: Path) -> None:
    # fresh18 f18_p03 (临港新片区 news): `共计签约项目358个`
    text = (
        "临港新片区1-7月产业投资同比增长69.8%\n\n8月13日报道:今天下午,上海市政府召开新闻发布会。"
        "临港新片区高端资源要素加速集聚,共计签约项目358个,涉及总投资2713.63亿元。\n"
    )
    names = {r.value: r.indicator for r in build_one(tmp_path, text).records}
    assert names[358] == "签约项目"


def test_a_rate_said_with_di_zeng_is_named_like_any_growth_rate(tmp_path: Path) -> None:
    # the verb of r337 樟树's `年均递增 7.52%` (十三五 review), in a sentence that names its indicator
    text = "肥西县2021年政府工作报告\n\n过去五年,全县地区生产总值年均递增8.5%,财政总收入年均递增10.2%。\n"
    names = {r.value: r.indicator for r in build_one(tmp_path, text).records}
    assert names[8.5] == "地区生产总值年均增速"
    assert names[10.2] == "财政总收入年均增速"
