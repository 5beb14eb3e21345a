"""The years an average or a five-year review covers when its clause counts none: the sentences are the tuning
pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# r402 遂平 (dev19), an interview of 2023-01 quoting the 2022 work report's look back
_SUIPING = (
    "遂平县人民政府2022年政府工作报告中提到,遂平县在过去五年里,生产总值由180.6亿元增加到258.33亿元,年均增长7.7%,"
    "人均生产总值提高到5.92万元,居全市首位。一般公共预算收入年均增长15.6%,较2016年实现翻番。\n"
)

# r490 辽中 (dev23), the 十一五 plan's goals
_LIAOZHONG = (
    "到2010年,全县第二产业产值实现530亿元,比2005年增长172%,5年平均递增22%,5年平均增长34.4%。其中:工业总产值实现"
    "500亿元,比2005年增长294.1%,5年平均增长38.8%。工业增加值实现135亿元,年平均递增28%。\n"
)

# r524 珠海高新区 (dev25), the 十三五's review in the report of 2021
_ZHUHAI = (
    "这五年,我们坚持以为进,做强做优实体经济,综合实力大幅增强。预计“一区多园”营业总收入达3475亿元、年均增速15.7%,"
    "截至2020年11月底有效发明专利12500件、年均增速38%,高企总数从360家增至1031家。\n"
)


def test_an_average_without_its_years_shares_the_span_told_before_it_in_its_paragraph() -> None:
    found = records(_SUIPING, date="2023-01-13", places=("遂平县",))
    assert one(found, 7.7).period == "2017-2021"
    assert one(found, 15.6).period == "2017-2021"


def test_an_average_after_counted_ones_takes_their_years() -> None:
    found = records(_LIAOZHONG, places=("辽中县",))
    assert one(found, 38.8).period == "2006-2010"
    assert one(found, 28).period == "2006-2010"


def test_a_date_inside_the_span_does_not_break_it() -> None:
    found = records(_ZHUHAI, date="2021-02-05", places=("珠海高新技术产业开发区",))
    assert one(found, 15.7).period == "2016-2020"
    assert one(found, 38).period == "2016-2020"


def test_a_year_of_its_own_outside_the_span_keeps_the_average_without_one() -> None:
    # r468 清河 (dev22): `2021年,…年均增长8%` after another paragraph's span is no average of that span
    text = _ZHUHAI + "2021年,全县实现地区生产总值164.5亿元,年均增长8%。\n"
    found = records(text, date="2023-10-18", places=("清河县",))
    assert one(found, 8).period != "2016-2020"
