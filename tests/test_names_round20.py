"""Names and spurious records, round 20: rules found on the dev10 split and confirmed on other pages.
Each test quotes the real text; the page's address (or dev id) is in a comment."""

from __future__ import annotations

from bot.vocabulary import canonical_of
from tests.ingest_helpers import records

# --- a county profile's facts: its divisions, borders and clean air are not records --------------------------------


def test_a_profiles_divisions_border_and_air_ions_are_not_records() -> None:
    # dev10 r184 腾冲 profile (traditional): only the forest cover is a record here
    found = records(
        "騰沖位于云南省保山市西部,國土面積5845平方公里,國境線長150公里,下設12鎮5鄉2街道、220個村(社區)、"
        "2854個村民小組。森林覆蓋率74%,年平均氣溫15.1℃,負氧離子平均含量每立方厘米3827個。",
        places=("腾冲市",),
    )
    assert [(r.indicator, r.value) for r in found] == [("森林覆盖率", 74)]


def test_a_ming_garrison_of_a_thousand_households_is_a_name() -> None:
    # dev10 r184 腾冲 profile (traditional): `千戶所` is a garrison, not 1000 households
    found = records("明洪武十五年隸云南布政司,建文二年改騰沖守御千戶所隸金齒司。", places=("腾冲市",))
    assert [r for r in found if r.unit == "户"] == []


def test_a_population_whose_word_a_broken_encoding_lost_is_not_a_record() -> None:
    # dev10 r184 腾冲 profile: `戶籍總?cè)丝?9.4萬人` (人口 lost to the encoding) is the registered population
    found = records("下設12鎮5鄉2街道,戶籍總?cè)丝?9.4萬人(其中城鎮人口32.5萬人)。", places=("腾冲市",))
    assert [r for r in found if r.unit == "万人"] == []


# --- canonical names of older and longer wordings ---------------------------------------------------------------


def test_household_income_and_environmental_air_quality_take_their_canonical_names() -> None:
    # dev10 r170 崇明 2018: `环境空气质量(AQI)优良率达到76.4%农村居民家庭人均可支配收入23120元,比上年增长10.1%`
    assert canonical_of("环境空气质量(AQI)优良率", "%") == "空气质量优良天数比例"
    assert canonical_of("农村居民家庭人均可支配收入", "元") == "农村居民人均可支配收入"
    assert canonical_of("农村居民家庭人均可支配收入增速", "%") == "农村居民人均可支配收入增速"
    assert canonical_of("城镇居民家庭人均可支配收入", "元") == "城镇居民人均可支配收入"


def test_public_budget_revenue_is_the_general_public_budget_revenue() -> None:
    # dev10 r182 蠡县 2017: `财政总收入、公共预算收入分别完成6.1亿元、3.6亿元`
    found = records("2016年,财政总收入、公共预算收入分别完成6.1亿元、3.6亿元。", places=("蠡县",))
    assert {r.value: r.canonical for r in found} == {6.1: "财政总收入", 3.6: "一般公共预算收入"}
