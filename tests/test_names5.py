"""Names, canonical names and not-records seen on dev12 (the real sentences; dev id in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _found(text: str, place: str, date: str) -> dict[tuple[float, str], tuple[str, str, str]]:
    return {
        (r.value, r.unit): (r.indicator, r.cmp, r.canonical)
        for r in records(text, date=date, places=(place,))
    }


# --- a change's start said in words, and its start kept -------------------------------------------------------------


def test_a_changes_start_in_words_is_no_part_of_the_name() -> None:
    # dev12 r217 互助 2024
    found = _found(
        "全县地区生产总值从改革开放之初的7991.5万元提高到133.64亿元。", "互助土族自治县", "2024-05-01"
    )
    assert found[(7991.5, "万元")][::2] == ("地区生产总值", "地区生产总值")
    assert found[(133.64, "亿元")][::2] == ("地区生产总值", "地区生产总值")


def test_a_levels_start_before_a_spread_is_a_record() -> None:
    # dev12 r217 互助 2024: `扩展至` is a change as `扩大到` is
    found = _found("县城面积从5.4平方公里扩展至12.43平方公里。", "互助土族自治县", "2024-05-01")
    assert found[(5.4, "平方公里")][0] == "县城面积"
    assert found[(12.43, "平方公里")][0] == "县城面积"


# --- words that are no part of a name ---------------------------------------------------------------------------------


def test_po_is_a_bound_not_a_word_of_the_name() -> None:
    # dev12 r228 克什克腾旗 2025 (trad)
    found = _found("规模以上固定资产投资破百亿元大关,增长25%。", "克什克腾旗", "2025-01-10")
    assert found[(100, "亿元")] == ("规模以上固定资产投资", ">", "固定资产投资")
    assert found[(25, "%")][::2] == ("规模以上固定资产投资增速", "固定资产投资增速")
    assert [q.cmp for q in find_quantities("打破纪录2项")] == ["="]


def test_here_opening_a_name_is_no_part_of_it() -> None:
    # dev12 r231 镶黄旗 2009 (trad)
    found = _found("这里城镇居民人均可支配收入达到11850元,增长了17.1%。", "镶黄旗", "2009-03-01")
    assert found[(11850, "元")][::2] == ("城镇居民人均可支配收入", "城镇居民人均可支配收入")


def test_a_rate_against_the_year_before_named_is_the_years_rate() -> None:
    # dev12 r231 镶黄旗 2009 (trad): `比2007年增长22.1%` of 2008
    found = _found("2008年,全旗地区生产总值完成42.5亿元,比2007年增长22.1%。", "镶黄旗", "2009-03-01")
    assert found[(22.1, "%")][::2] == ("地区生产总值增速", "地区生产总值增速")
    # dev12 r218 大通 2001 (trad): a multiple over fourteen years keeps its base
    found = _found("2000年,工农业总产值达8.57亿元,比1986年增长3.2倍。", "大通回族土族自治县", "2001-01-01")
    assert found[(3.2, "倍")][0] == "工农业总产值比1986年增长"
    found = _found("2020年,地区生产总值比2015年增长50%。", "镶黄旗", "2021-01-01")
    assert found[(50, "%")][2] == ""  # (a growth over five years is not the year's rate)


def test_what_a_figure_leaves_out_qualifies_it_in_brackets() -> None:
    # dev12 r236 龙井 2026
    found = _found("一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%。", "龙井市", "2026-01-10")
    assert found[(2.7, "%")][::2] == ("一般公共预算收入增速(剔除一次性特殊收入因素)", "一般公共预算收入增速")
    found = _found("全市一般公共预算收入5.2亿元,剔除留抵退税因素后增长8.2%。", "龙井市", "2023-01-10")
    assert found[(8.2, "%")][2] == "一般公共预算收入增速"


# --- canonical names ----------------------------------------------------------------------------------------------------


def test_canonical_wordings_of_statistics() -> None:
    # dev12 r230 武清 2011 (trad): Tianjin's three-level revenue is the total
    found = _found("三级财政收入92.5亿元,增长30%。", "武清区", "2011-06-01")
    assert found[(92.5, "亿元")][2] == "财政总收入" and found[(30, "%")][2] == "财政总收入增速"
    # dev12 r229 琼中: the statistics' `完成额`
    found = _found(
        "全县固定资产投资完成额同比增长12.0%,民间投资完成额同比下降16.9%。",
        "琼中黎族苗族自治县",
        "2023-08-20",
    )
    assert found[(12.0, "%")][2] == "固定资产投资增速"
    assert found[(-16.9, "%")][2] == "民间投资增速"


def test_urban_and_pastoral_residents_income() -> None:
    # dev12 r228 克什克腾旗 2025 (trad): Inner Mongolia's 农村牧区
    found = _found("城镇和农村牧区常住居民人均可支配收入同比分别增长5%和7.5%。", "克什克腾旗", "2025-01-10")
    assert found[(5, "%")][::2] == ("城镇常住居民人均可支配收入增速", "城镇居民人均可支配收入增速")
    assert found[(7.5, "%")][::2] == ("农村牧区常住居民人均可支配收入增速", "农村居民人均可支配收入增速")


def test_a_share_of_a_named_city_is_no_shared_share() -> None:
    # dev12 r220 肇东 2002
    found = _found("规模以上工业总产值占绥化市的40%,在全省县(市)位居第2位。", "肇东市", "2003-01-01")
    assert found[(40, "%")][::2] == ("规模以上工业总产值占绥化市比重", "")
    assert found[(2, "名次")][2] == "规上工业总产值排名"  # the rank after the share is the level's (dev12 gold)


# --- counts of households and people ---------------------------------------------------------------------------------


def test_households_and_people_of_one_outcome() -> None:
    # dev12 r221 卢氏 2019
    found = _found("2018年,8461户、29100人稳定脱贫,贫困发生率降至3.41%。", "卢氏县", "2019-02-01")
    assert found[(8461, "户")][0] == "稳定脱贫户数"
    assert found[(29100, "人")][0] == "稳定脱贫人数"
    # dev12 r220 肇东 2002: a space inside the number
    found = _found("各类经纪人组织发展到100多个、4 600多人。", "肇东市", "2003-01-01")
    assert found[(4600, "人")][:2] == ("各类经纪人组织人数", ">")
    # items of a list, each named, stay apart
    found = _found("引进项目12个、人才300人。", "肇东市", "2003-01-01")
    assert found[(300, "人")][0] == "人才"


# --- not records ---------------------------------------------------------------------------------------------------------


def test_a_persons_age_and_eyes_are_no_records() -> None:
    # dev12 r231 镶黄旗 2009 (trad)
    assert _found("今年四十二岁的周金桩,两眼炯炯有神。", "镶黄旗", "2009-03-01") == {}
    found = _found("新打机井50眼,人均预期寿命达到78岁。", "镶黄旗", "2009-03-01")
    assert (50, "眼") in found and (78, "岁") in found


def test_a_places_peoples_rivers_and_size_are_no_records() -> None:
    # dev12 r218 大通 2001 (trad), r220 肇东 2002, r230 武清 2011 (trad), r235 久治 2023 (trad)
    for text in (
        "这是一片回、土、汉、藏等23个民族聚居并共同建设的家园。",
        "3000多平方公里的大通,山川秀美。",
        "南部松花江流经5个乡镇。",
        "区域面积1574平方公里。",
        "可利用草场面积996.77万亩。",
    ):
        assert _found(text, "大通回族土族自治县", "2001-01-01") == {}, text


def test_commendations_received_are_no_records() -> None:
    # dev12 r217 互助 2024
    assert _found("医改工作先后两次得到国务院表彰奖励。", "互助土族自治县", "2024-05-01") == {}


# --- a name said short after its subject ------------------------------------------------------------------------------


def test_an_autonomous_county_by_its_short_name_and_kind() -> None:
    # dev12 r217 互助土族自治县 2024: `互助县` names the place, not part of what is measured
    found = _found("互助县累计造林绿化343.56万亩。", "互助土族自治县", "2024-05-01")
    assert found[(343.56, "万亩")][0] == "造林绿化"


def test_the_level_a_change_got_to_is_its_subjects() -> None:
    # dev12 r221 卢氏 2019
    found = _found("贫困发生率下降8.62个百分点,降至3.41%。", "卢氏县", "2019-02-01")
    assert found[(3.41, "%")][0] == "贫困发生率"


def test_a_crops_output_said_short() -> None:
    # dev12 r220 肇东 2002 and dev10 r179 尉犁 2025: `总产` after the crop's area is the crop's output
    found = _found("粮食播种面积100万亩,总产104.4万吨。", "肇东市", "2003-01-01")
    assert found[(104.4, "万吨")][::2] == ("粮食总产", "粮食产量")


def test_n_in_one_is_a_slogan() -> None:
    # dev12 r222 临猗 (trad)
    assert _found("按照五位一体的总体布局,统筹推进各项工作。", "临猗县", "2013-03-01") == {}


def test_who_else_a_rank_is_among_is_no_record() -> None:
    # dev12 r220 肇东 2002
    found = _found(
        "财政收入增幅在全省县(市)中跃居第2位,包括13个地市本级在内,仍高居第6位。", "肇东市", "2003-01-01"
    )
    assert (13, "个") not in found and (6, "名次") in found
