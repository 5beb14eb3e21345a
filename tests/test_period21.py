"""Periods: a change's start told under years only counted back, …"""

from __future__ import annotations

from ingest_helpers import one, records


def test_the_start_of_a_change_under_years_counted_back_has_no_year() -> None:
    # (r348 兴业: `五年来,` names no year; the start carries the year the text gives it, or none)
    found = records(
        "五年来,全县地区生产总值由117.77亿元增加至165.09亿元,年均增长7.1%。社会消费品零售总额年均增长8.4%;"
        "城镇居民人均可支配收入由25877元增加至31959元,农村居民人均可支配收入由11167元增加至15937元。",
        date="2021-03",
        places=("兴业县",),
    )
    assert [one(found, v).period for v in (117.77, 165.09, 25877, 31959, 11167, 15937)] == [
        "",
        "2020",
        "",
        "2020",
        "",
        "2020",
    ]
    assert one(found, 7.1).period == "2016-2020"


def test_the_start_of_a_change_after_one_with_named_years_takes_its_start_year() -> None:
    # (r273 永川 2022: the paragraph's first change names 2016 and 2021; the next one is over the same years)
    found = records(
        "过去五年,是永川推动发展取得重大进展的五年。全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元,"
        "年均增长8.7%。规上工业总产值从742亿元增加到1550.2亿元,年均增长15.3%。",
        date="2022-01",
        places=("永川区",),
    )
    assert (one(found, 742).period, one(found, 1550.2).period) == ("2016", "2021")


def test_a_rank_reached_from_a_named_years_rank_is_not_of_that_year() -> None:
    # (r317 平山, on the 十四五 years: `由2021年第41位` is the start's year, not the rank reached)
    found = records(
        "全县地区生产总值年均增长6.6%,2025年首次突破350亿元,在全省排名由2021年第41位上升到第36位。",
        date="2025",
        places=("平山县",),
    )
    assert one(found, 36).period == "2025"


def test_a_quoted_years_work_report_is_told_from_that_year() -> None:
    # (r402 遂平, an interview of 2023-01 quoting the 2022 report: its `过去五年` are 2017-2021; a level reached
    # under them is their last year's, and the change's start names no year)
    found = records(
        "遂平县人民政府2022年政府工作报告中提到,遂平县在过去五年里,生产总值由180.6亿元增加到258.33亿元,"
        "年均增长7.7%,人均生产总值提高到5.92万元,居全市首位。",
        date="2023-01",
        places=("遂平县",),
    )
    assert [one(found, v).period for v in (180.6, 258.33, 7.7, 5.92)] == ["", "2021", "2017-2021", "2021"]


def test_the_start_of_a_change_under_a_plan_review_heading_is_the_year_before_the_plan() -> None:
    # (肇源 2021 report, as tests/test_period13.py, without the `2016年以来` lead: the heading names the plan)
    found = records(
        "一、十三五工作回顾\n过去五年,经济综合实力稳步提升。基地面积从26.8万亩增加到107.6万亩。\n",
        date="2020-12-29",
        places=("肇源县",),
    )
    assert (one(found, 26.8).period, one(found, 107.6).period) == ("2015", "2020")
