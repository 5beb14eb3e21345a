"""Canonical names for more of the wordings real pages give the common indicators (a target said as `目标`, an expected
rate, a plan's figure, the first quarter's, a bracket of what the figure takes in, a year's per-head income), all
industry's share of GDP kept apart from the firms above the size limit, and subjects: a figure of a company, a project
or a park carries no shared name; the projects of a list by when they entered it are no one project; a firm named
right after what the text does to it opens its own clause. Sentences are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.vocabulary import canonical_of
from tests.ingest_helpers import build_one


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("社会消费品总额", "亿元", "社会消费品零售总额"),  # f20 金堂 (`实现社会消费品总额17.4亿元`)
        ("社会消费品总额增速", "%", "社会消费品零售总额增速"),  # f20 金堂 (`增长10.1%`)
        ("高新技术增加值", "亿元", "高新技术产业增加值"),  # r393 雨花经开区 2022 (`实现高新技术增加值104亿`)
        ("游客总量", "万人次", "接待游客"),  # r410 武夷 2005 (`全县游客总量从2002年的33.98万人次…`)
        ("外资到位资金", "亿美元", "实际使用外资"),  # r359 松江 2024
        ("首季到位外资", "万美元", "实际使用外资"),  # r95 东海 2018
        ("县城环境空气质量优良天数比率", "%", "空气质量优良天数比例"),  # f21 2023 (`…比率达97%以上`)
        ("地区生产总值目标", "亿元", "地区生产总值"),  # r418 仁怀 2023 (`2023年地区生产总值目标为1850亿元`)
        ("固定资产投资目标", "亿元", "固定资产投资"),  # f17 玉龙 2024
        ("市下达固定资产投资年度目标", "亿元", "固定资产投资"),  # r64 漳浦 2017
        ("地区生产总值预期增速", "%", "地区生产总值增速"),  # f21 武昌 (`全年地区生产总值预期目标增长6.5%`)
        ("计划完成固定资产投资", "亿元", "固定资产投资"),  # r270 乾安 2019
        ("计划固定资产投资增速", "%", "固定资产投资增速"),  # r270 乾安 2019
        ("规上工业增加值累计增速", "%", "规上工业增加值增速"),  # r128 西平 2020 (`1-11月累计增速4.9%`)
        ("地区生产总值(含港务区)", "亿元", "地区生产总值"),  # r58 泉山 2024
        ("服务业占比", "%", "服务业增加值占比"),  # r411 和平 (`服务业占比高达96%以上`)
        ("城镇居民年人均可支配收入", "元", "城镇居民人均可支配收入"),
        ("全年人均地区生产总值", "元", "人均地区生产总值"),  # r165 嵩明 2023: the year's, not a per-year figure
        ("全村年人均收入", "万元", ""),  # r252 盐池 2022: one village's
        # the part of a year's target reached is progress, not the indicator's rate
        ("固定资产投资完成年度目标", "%", ""),
        # all industry's share of GDP is not the firms above the size limit (r387 涡阳 2022, f13 仁怀)
        ("工业增加值占GDP比重", "%", ""),
        ("工业增加值占比", "%", ""),
        ("规模以上工业增加值占地区生产总值比重", "%", "规上工业增加值占比"),
    ],
)
def test_real_wordings_take_their_canonical_name(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


def _records(tmp_path: Path, text: str) -> list:
    return build_one(tmp_path, text).records


def test_a_target_said_as_the_indicators_target_is_named(tmp_path: Path) -> None:
    # r418 仁怀 2023 news
    text = "仁怀市2023年经济工作会议召开\n\n2023年地区生产总值目标为1850亿元,规模以上工业增加值增长8%。\n"
    gdp = next(r for r in _records(tmp_path, text) if r.value == 1850)
    assert gdp.canonical == "地区生产总值"


def test_the_projects_of_a_list_by_when_they_entered_it_are_no_project(tmp_path: Path) -> None:
    # f21 钟楼 2025 (a district's monthly list of the city's major projects)
    text = (
        "钟楼区2025年3月市重大项目推进情况\n\n截至3月底,在库市重大项目18个,其中2024年结转项目13个,新增入库项目5个"
        "(凌家塘、老西门、集电、宏巨、中煤科工),3月新申报入库项目2个(英中电气、美淼)。\n"
    )
    records = _records(tmp_path, text)
    assert {r.value for r in records} >= {13, 2}
    assert all(r.subject == "" for r in records if r.value in (13, 2))


def test_a_firm_named_after_what_the_text_does_to_it_is_the_subject(tmp_path: Path) -> None:
    # r395 六枝 2025
    text = (
        "六枝特区1-9月经济运行情况\n\n煤焦氢产业实现下游延伸,成功招引金兰化工硝基水溶肥、三强新能源碳基新材料等7个项目"
        "落地建设,在全省范围内率先构建氢能示范场景;引入浙黔纺织公司投资12亿元实施绿色纺织项目,太平洋纺织在原有产能基础上"
        "扩能建设、产能由1.5万吨提升至2万吨。\n"
    )
    investment = next(r for r in _records(tmp_path, text) if r.value == 12)
    assert investment.subject == "浙黔纺织公司"
    assert investment.canonical == ""


def test_a_scenic_spots_own_figure_takes_no_shared_name(tmp_path: Path) -> None:
    # r143 云阳 2019: the spot's visitors are not the county's 接待游客
    text = "云阳县旅游业发展情况\n\n张飞庙景区接待游客41.1万人次,同比增长66.2%。\n"
    visits = next(r for r in _records(tmp_path, text) if r.value == 41.1)
    assert visits.subject == "张飞庙景区"
    assert visits.canonical == ""


def test_the_places_own_level_after_its_name_keeps_the_shared_name(tmp_path: Path) -> None:
    # f20 静安 2023
    text = "静安区2023年财政收支情况\n\n2023年,静安区实现区级一般公共预算收入287.80亿元,同比增长3%。\n"
    records = _records(tmp_path, text)
    revenue = next(r for r in records if r.value == 287.8)
    assert (revenue.indicator, revenue.canonical) == ("区级一般公共预算收入", "一般公共预算收入")
    rate = next(r for r in records if r.value == 3)
    assert rate.canonical == "一般公共预算收入增速"
