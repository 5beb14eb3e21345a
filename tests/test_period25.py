"""Periods found on this round's tuning pages (period25): the sentences are the pages' own."""

from __future__ import annotations

from bot.ingest.time import plain_month, years_averaged
from tests.ingest_helpers import one, records

# r512 嘉定 (a 1-10月 report of 2021): a sentence framed by one month is that month's, written as RECORDS.md writes a
# month (`2021-10`), as the store reads it, and as the figures of `7月当月` already were
_JIADING = (
    "2021年1-10月嘉定区经济运行情况\n"
    "1-10月,全区实现规模以上工业总产值2712.9亿元,同比增长6.4%。"
    "10月份,全口径工业实现工业总产值503.4亿元,同比下降11.0%,环比下降2.3%。\n"
)


def test_a_month_framed_alone_is_written_as_that_month() -> None:
    found = records(_JIADING, date="2021-11-20", places=("嘉定区",))
    assert one(found, 503.4).period == "2021-10"
    assert one(found, -2.3).period == "2021-10"
    assert one(found, 2712.9).period == "2021-01~2021-10"


def test_plain_month_leaves_spans_of_several_months() -> None:
    assert plain_month("2021-10~2021-10") == "2021-10"
    assert plain_month("2021-01~2021-10") == "2021-01~2021-10"
    assert plain_month("2021") == "2021"


# r500 大足 (a speech at a 2020 year-end meeting): rates averaged over years the text does not name are no year's rate
_DAZU = (
    "在协会2020年会员代表大会上的讲话\n"
    "在新年即将到来之际,我们在这里召开大足区工程师协会2020年度会员大会,总结本年度的工作,研究讨论2021年的工作安排。\n"
    "今年以来,在区委、区政府的坚强领导下,全区上下积极应对突如其来的新冠疫情,各项工作取得显著成绩。"
    "预计(下同)地区生产总值达到680亿元、年均增长8.4%。人均地区生产总值8.5万元、年均增长7.4%。\n"
)


def test_a_rate_averaged_over_unnamed_years_has_no_period() -> None:
    found = records(_DAZU, places=("大足区",))
    assert one(found, 8.4).period == ""
    assert one(found, 8.4).canonical == ""


# r490 辽中 (a plan of the 十一五 years): an average over the years the clause counts spans them, up to the goal's year
_LIAOZHONG = (
    "辽中县“十一五”规划\n"
    "到2010年,全县第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%。\n"
)


def test_a_rate_averaged_over_counted_years_spans_them() -> None:
    found = records(_LIAOZHONG, places=("辽中县",))
    assert one(found, 22).period == "2006-2010"
    assert one(found, 530).period == "2010"


def test_years_averaged_leaves_other_rates() -> None:
    assert years_averaged("同比增长8.4%", "2020") is None
    assert years_averaged("两年平均增长5.3%", "2021-01~2021-10") is None
    assert years_averaged("年均增长8%", "2021-2025") is None
    assert years_averaged("年均增长8%", "2021") == ""
