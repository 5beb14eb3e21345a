"""The indicator vocabulary: one canonical name for the wordings documents and people use."""

from __future__ import annotations

import pytest

from bot.vocabulary import canonical_of, find_terms, headline_rank, topic_of, variant_asked


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("地区生产总值", "亿元", "地区生产总值"),
        ("GDP", "亿元", "地区生产总值"),
        ("经济总量", "亿元", "地区生产总值"),
        ("GDP增速", "%", "地区生产总值增速"),
        ("全县地区生产总值", "%", "地区生产总值增速"),
        ("地区生产总值南通九县市区排名", "名次", "地区生产总值排名"),
        ("一般公共预算收入", "亿元", "一般公共预算收入"),
        ("税收收入占比", "%", "税收收入占比"),
        ("实际利用外资", "亿美元", "实际使用外资"),
        ("规模以上工业增加值增速", "%", "规上工业增加值增速"),
        ("高企总数", "家", "高新技术企业"),
        ("净增高企", "家", "新增高新技术企业"),
        ("常住人口城镇化率", "%", "城镇化率"),
        ("研发经费投入强度", "%", "研发经费投入强度"),
    ],
)
def test_wordings_of_one_indicator_share_a_name(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


@pytest.mark.parametrize(
    ("indicator", "unit"),
    [
        ("装备制造开票", "亿元"),  # one industry's sales, not the county's
        ("地区生产总值", "家"),  # the unit does not fit the quantity
        ("社会消费品零售总额降幅较一季度收窄", "个百分点"),  # a change against another period
        ("固定资产投资高于南通平均水平", "个百分点"),
        ("产值将", "亿元"),
        ("度", "%"),
    ],
)
def test_narrower_or_comparative_names_stay_uncanonical(indicator: str, unit: str) -> None:
    assert canonical_of(indicator, unit) == ""


def test_question_terms_found_without_spaces_and_ambiguous_ones_list_every_meaning() -> None:
    (gdp,) = find_terms("海安今年GDP目标是多少")
    assert gdp.term == "GDP" and gdp.families == ("地区生产总值",)
    (revenue,) = find_terms("启东上半年财政收入完成多少")
    assert revenue.families == ("一般公共预算收入", "财政总收入")


def test_question_variant_headlines_and_topics() -> None:
    assert variant_asked("GDP增长多少") == "增速"
    assert variant_asked("GDP排第几") == "排名"
    assert variant_asked("GDP目标") == ""
    assert headline_rank("地区生产总值") == 1 < headline_rank("一般公共预算收入")
    assert headline_rank("税收收入占比") == 0
    assert topic_of("新开工重大项目") == "投资"
    assert topic_of("x", "城镇居民人均可支配收入增速") == "收入"


def test_a_price_or_scope_basis_inside_a_name_keeps_the_canonical_name():
    # `一般公共预算收入同口径增长20%` (gscn.com.cn 2023), `全区规模工业增加值可比价增长1.0%` (tljq.gov.cn 1-6月)
    assert canonical_of("一般公共预算收入同口径增长", "%") == "一般公共预算收入增速"
    assert canonical_of("规模工业增加值可比价增长", "%") == "规上工业增加值增速"
