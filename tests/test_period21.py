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
