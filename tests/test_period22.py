"""Periods: a year that says which things are counted, a quarter's tally of projects started together, the years
since a month, and a streak held over the last months told."""

from __future__ import annotations

from ingest_helpers import one, records

from bot.ingest.time import months_held


def test_a_year_projects_were_carried_over_from_is_not_the_period() -> None:
    # (f21_p08 钟楼, a report to the end of March 2025: `2024年结转项目` are this year's projects carried from the last)
    found = records(
        "截至3月底,在库市重大项目18个,其中2024年结转项目13个,新增入库项目5个,新开工项目4个,开工目标完成率66.7%,"
        "1-3月列统投资6.61亿元,完成年度目标33.0%。",
        date="2025-04",
        places=("钟楼区",),
    )
    assert [one(found, v).period for v in (18, 13, 5, 4, 66.7)] == ["2025Q1"] * 5


def test_a_quarters_tally_of_projects_started_together_is_of_the_quarter() -> None:
    # (f21_p10 衡水高新区 2024: the projects the first quarter started, counted, with their split and investment)
    found = records(
        "据了解,衡水高新区2024年一季度集中开工项目共有7个,总投资29.9亿元,其中产业项目4个、“双基”项目3个。",
        date="2024-03",
        places=("衡水高新技术产业开发区",),
    )
    assert [one(found, v).period for v in (7, 29.9, 4, 3)] == ["2024Q1"] * 4


def test_the_years_since_a_month_reach_the_texts_year() -> None:
    # (f21_p18 南昌县, a mid-year story of 2015: `自2011年6月以来` is the years since, as `2011年以来`)
    found = records(
        "2015年上半年,南昌县经济运行平稳。自2011年6月以来,该县共引进亿元以上商贸服务业项目28个,投资总额超过300亿元。",
        date="2015-07",
        places=("南昌县",),
    )
    assert (one(found, 28).period, one(found, 300).period) == ("2011-2015", "2011-2015")


def test_a_rank_held_over_the_last_months_takes_those_months() -> None:
    # (f21_p05 文成, a 1~8月 story of 2021: `连续第三个月跻身全省前十` is June to August)
    found = records(
        "省商务厅近日公布的网络零售数据显示,1~8月文成县的网络零售额为12.36亿元,同比增长57.7%;增速排名全省第六。"
        "这也是文成县的网络零售增速连续第三个月跻身全省前十。",
        date="2021-09-22",
        places=("文成县",),
    )
    assert one(found, 12.36).period == "2021-01~2021-08"
    assert one(found, 10).period == "2021-06~2021-08"


def test_months_held_needs_a_part_of_the_year_that_holds_them() -> None:
    assert months_held("连续四个月居全市第二", "2021-01~2021-08") == "2021-05~2021-08"
    assert months_held("连续三个月居全市第二", "2021H1") == "2021-04~2021-06"
    assert months_held("连续三个月居全市第二", "2021") is None  # a whole year: which months, unknown
    assert months_held("连续十个月居全市第二", "2021-01~2021-08") is None
    assert months_held("连续三年居全市第二", "2021-01~2021-08") is None


def test_a_rank_held_through_years_looked_back_on_keeps_them() -> None:
    # (r414 邗江, a speech of 2016 on 五年来: `持续位居` holds the rank through the years; a rank as it stands after
    # `连续多年稳居` is the latest year's, u06 晋江)
    found = records(
        "过去的五年,是邗江综合实力大幅提升的五年。主要经济指标保持快速增长,2015年全区实现GDP665.08亿元、年均增长11.7%,"
        "人均GDP达1.5万美元;一般公共预算收入58.4亿元、年均增长11.9%,总量持续位居全市第一;固定资产投资474.2亿元。",
        date="2016-01",
        places=("邗江区",),
    )
    assert one(found, 1).period == "2011-2015"
    assert one(found, 58.4).period == "2015"


def test_a_months_own_growth_rate_is_that_month() -> None:
    # (f21_p05 泰顺, a 1~8月 story of 2021: `8月份的增速` is August's, not the months so far)
    found = records(
        "1~8月文成县的网络零售额为12.36亿元,同比增长57.7%。从4月份开始,泰顺县的网络零售增速保持在30%以上,"
        "并呈逐月上升趋势,8月份的增速已达45.6%。",
        date="2021-09-22",
        places=("文成县",),
    )
    assert one(found, 45.6).period == "2021-08"
