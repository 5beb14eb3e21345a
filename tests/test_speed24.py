"""Build throughput: what is worked out once per place gives the same names as when it was worked out per record."""

from bot.ingest.naming import without_place


def test_place_name_dropped_from_indicator() -> None:
    assert without_place("浏阳地区生产总值增速", "浏阳市") == "地区生产总值增速"
    assert without_place("浏阳经开区(高新区)完成规模工业总产值", "浏阳经济技术开发区") == "完成规模工业总产值"


def test_autonomous_county_by_short_name_and_kind() -> None:
    # `互助县累计造林绿化343.56万亩` (r217 互助土族自治县 2024)
    assert without_place("互助县累计造林绿化", "互助土族自治县") == "累计造林绿化"


def test_same_answer_when_asked_again() -> None:
    # the place's forms are kept between records: a second place in between changes nothing
    assert without_place("广州白云GDP增长", "白云区", "广州市") == "GDP增长"
    assert without_place("和平区地区生产总值", "和平区", "天津市") == "地区生产总值"
    assert without_place("广州白云GDP增长", "白云区", "广州市") == "GDP增长"
