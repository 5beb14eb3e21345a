"""Figures the build used to miss although it found the document's place: the second rank of a list of ordinals, a
first place said without a numeral, a figure cut from its name by a line break, trees and growers counted. Sentences
are real pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _found(text: str, date: str = "2020-07-16") -> dict[tuple[float, str], object]:
    return {(r.value, r.unit): r for r in records(text, date)}


def test_every_rank_of_a_list_of_ordinals_is_a_record() -> None:
    # dev18 r366 介休 2022 Q1; dev16 r313 大余 2023
    found = _found(
        "据统计,一季度介休市地区生产总值完成86.1亿元,增长7.8%,总量、增幅分别位列晋中第一、第二。\n",
        "2022-04-20",
    )
    assert (1, "名次") in found and (2, "名次") in found
    assert found[(2, "名次")].kind == "actual"
    found = _found(
        "1-11月,大余县工业增加值、营业收入分别同比增长10.2%、50.4%,位列全市第1、第2。\n", "2022-12-20"
    )
    assert found[(1, "名次")].indicator.startswith("工业增加值")
    assert found[(2, "名次")].indicator.startswith("营业收入")


def test_ordinals_of_a_list_that_is_no_ranking_stay_no_figure() -> None:
    # dev r145 长沙县 2016 (`增速领先第一、第二产业`); dev17 r337 樟树 2022
    assert not [
        q for q in find_quantities("全县服务业增加值增长11.6%,增速领先第一、第二产业") if q.unit == "名次"
    ]
    assert not [
        q for q in find_quantities("由第二产业一枝独秀转变为第二、第三产业双轮驱动") if q.unit == "名次"
    ]


def test_a_first_place_without_a_numeral_is_a_rank() -> None:
    # dev18 r377 云龙 2025; dev16 r357 虎林 2025
    found = _found("云龙县交通领域争取项目数与资金总量均居全州首位。\n", "2025-06-20")
    assert found[(1, "名次")].indicator == "交通领域争取项目数与资金总量全州排名"
    found = _found(
        "虎林市争取到位上级资金34.3亿元,较上年增长10.1%,其中中央预算内资金1.43亿元、超长期特别国债资金3.96亿元,"
        "总量均居三县之首;\n",
        "2025-01-20",
    )
    assert found[(1, "名次")].indicator.endswith("三县排名")
    assert (34.3, "亿元") in found


def test_a_figure_on_the_line_after_its_name_is_that_names() -> None:
    # fresh19 f19_p14 安平 2005 (a sentence broken by a blank line); dev16 r339 平谷 2025 (a poster's lines)
    found = _found(
        "河北安平是中外闻名的丝网之乡。今年上半年,全县生产总值完成24亿元,同比增长14%;财政收入\n\n"
        "1.3亿元,同比增长29%;外贸出口6208万美元,同比增长33%。\n",
        "2005-08-01",
    )
    assert found[(1.3, "亿元")].indicator == "财政收入"
    assert found[(29, "%")].indicator == "财政收入增速"
    assert found[(1.3, "亿元")].period == "2005H1"
    found = _found(
        "一季度\n\n平谷区投资呈现较快增长\n\n全区固定资产投资(不含农户)\n\n同比增长37.4%\n\n", "2025-05-12"
    )
    assert found[(37.4, "%")].indicator == "固定资产投资(不含农户)增速"


def test_a_numbered_item_or_a_year_on_the_next_line_takes_no_name_from_the_line_before() -> None:
    found = _found("二、主要指标\n1.地区生产总值增长6%\n", "2025-01-20")
    assert found[(6, "%")].indicator == "地区生产总值增速"


def test_trees_and_growers_are_counted() -> None:
    # fresh19 f19_p03 砀山 2024; fresh19 f19_p06 横州 2024
    found = _found(
        "砀山县有2000多年的酥梨栽培历史,现存百年以上老梨树6万余棵,享有“世界梨都”之美誉。\n", "2024-08-01"
    )
    assert found[(6, "万棵")].cmp == ">"
    found = _found(
        "2023年,横州市茉莉花种植面积达13.1万亩,茉莉花(茶)产业综合总产值达162.9亿元,带动约34万花农致富。\n",
        "2024-05-01",
    )
    assert (34, "万人") in found


def test_households_then_their_people_take_the_name_after_both() -> None:
    # fresh14 f14_p02 酉阳 2022; fresh14 f14_p03 鹤庆 2018 (a population alone is a fact of the place)
    found = _found(
        "酉阳县投入各类资金81亿元。全县35532户153083名贫困人口全部脱贫,130个贫困村全部出列。\n", "2022-01-10"
    )
    assert found[(35532, "户")].indicator == "贫困人口全部脱贫"
    assert found[(153083, "名")].indicator == "贫困人口全部脱贫"
    found = _found("鹤庆县抽调1175名干部组成114个工作组,对全县6.48万户23.24万农村常住人口进行遍访甄别。\n")
    assert (6.48, "万户") not in found


def test_an_area_that_opens_its_clause_measures_what_follows_it() -> None:
    # dev14 r260 平阴 2019; fresh19 f19_p10 五常 (a headline)
    found = _found(
        "平阴县玫瑰高端产业园等5大园区同步推进,50万平方米标准厂房全部开工,26个项目竣工。\n", "2019-01-10"
    )
    assert found[(50, "万平方米")].indicator == "标准厂房开工面积"
    found = _found("253万亩水田,年产14亿斤!五常大米如何稳坐“中国米王”宝座?\n五常市的大米。\n", "2025-06-01")
    assert found[(253, "万亩")].indicator == "水田面积"


def test_an_area_after_words_of_its_own_or_before_a_de_is_not_renamed() -> None:
    # dev12 r218 大通 2001 (trad): a county's area in a description is no record
    found = _found("大通县是多民族聚居的地方。3000多平方公里的大通,是国家的。\n", "2001-01-01")
    assert (3000, "平方公里") not in found
    # dev16 r312 上思 2011: a description of fields, not what a clause reports
    found = _found("上思县甘蔗种植历史悠久,十万亩连片的蔗海,一望无际。\n", "2011-01-01")
    assert (10, "万亩") not in found


def test_a_level_among_the_first_n_is_a_rank() -> None:
    # fresh18 f18_p17 洞头 2023
    assert [(q.value, q.cmp) for q in find_quantities("每万名就业人员中研发人员达到全市前3水平")] == [
        (3, "<=")
    ]
    assert find_quantities("前三季度水平") == []


def test_roads_counted_then_their_length_are_two_records_of_the_roads() -> None:
    # dev16 r321 永胜 2020 (trad)
    found = _found(
        "2014年至2019年,永胜县投资2.7亿元实施28条208公里建制村连接线以及18条80公里的村小组硬化路、"
        "67条450公里的通村小组通达公路、136条706公里的通村小组公路路面修复。\n",
        "2020-05-01",
    )
    assert found[(28, "条")].indicator == "建制村连接线"
    assert found[(208, "公里")].indicator == "建制村连接线里程"
    assert found[(18, "条")].indicator == "村小组硬化路"
    assert found[(80, "公里")].indicator == "村小组硬化路里程"
    assert found[(450, "公里")].indicator == "通村小组通达公路里程"
    assert found[(706, "公里")].indicator == "通村小组公路路面修复里程"


def test_a_span_of_months_reached_is_a_level() -> None:
    # fresh13 f13_p15 博罗 2017; fresh19 f19_p06 横州 2024
    found = _found("2016年博罗县销售额133.76亿元,增长155%,去化周期缩短到2.6个月。\n", "2017-01-10")
    assert found[(2.6, "个月")].indicator == "去化周期"
    found = _found(
        "目前,横州茉莉花花期由4个月延长至5个月,2023年,横州市茉莉花种植面积达13.1万亩。\n", "2024-05-01"
    )
    assert found[(5, "个月")].indicator == "茉莉花花期"
    assert (4, "个") not in found and (4, "个月") not in found  # where it moved from is the base
    assert [q.unit for q in find_quantities("持续6个月")] == ["个"]  # the months a time word counts


def test_a_bare_amount_before_a_blank_in_a_headline_is_money() -> None:
    # fresh18 f18_p18 盐田 2019 (a headline's clauses set apart by a blank)
    found = _found(
        "旅游业总收入超百亿 盐田获评“首批广东省全域旅游示范区”\n\n盐田区旅游业发展迅速。\n", "2019-10-12"
    )
    assert found[(100, "亿元")].indicator == "旅游业总收入"
    assert found[(100, "亿元")].cmp == ">"
    assert [(q.value, q.unit) for q in find_quantities("投资5亿 元")] == [(5, "亿元")]


def test_among_the_first_n_of_a_list_entered_in_a_year() -> None:
    # dev18 r357 虎林 2025
    assert [(q.value, q.cmp) for q in find_quantities("珍宝岛药业入选2024中药上市公司30强")] == [(30, "<=")]


def test_an_area_that_opens_a_headline_before_its_yearly_output_is_a_record() -> None:
    # fresh16 f16_p15 平江 2024 (a headline); fresh19 f19_p10 五常 (a place's name before the area)
    found = _found(
        "平江:七十三万多亩油茶林 年综合产值约二十二亿元\n\n湖南省平江县油茶产业发展迅速。\n", "2024-06-01"
    )
    assert found[(73, "万亩")].indicator == "油茶林面积"
    assert (22, "亿元") in found
    found = _found("五常市253万亩水田年产优质大米约14亿斤。\n", "2025-06-01")
    assert found[(253, "万亩")].indicator == "水田面积"
    assert (10, "万亩") not in _found("平阴县产业园同步推进。全县10万亩耕地得到保护。\n", "2019-01-10")


def test_nearly_a_bare_wan_yuan_ending_its_clause_is_one_wan() -> None:
    # fresh17 f17_p07 周至
    found = _found("周至县猕猴桃总产值达30多亿元,果区农民人均种植猕猴桃收入近万元。\n", "2017-01-01")
    assert found[(1, "万元")].cmp == "<"
    assert found[(1, "万元")].indicator == "果区农民人均种植猕猴桃收入"


def test_an_amount_before_the_output_or_investment_it_is_names_it() -> None:
    # fresh15 f15_p14 龙游; fresh13 f13_p11 永康 2012 (a list's last item)
    found = _found("要把蓝图变为现实,龙游县打造六个百亿产业,完成七百亿投资。\n", "2012-01-01")
    assert found[(700, "亿元")].indicator == "投资"
    found = _found("永康市争取到2016年形成3家整车企业、50万辆以上整车、500亿元产值。\n", "2012-01-01")
    assert found[(500, "亿元")].kind == "target"
    assert found[(500, "亿元")].indicator.endswith("产值")
    assert (10, "亿元") not in _found("永康市招引10亿元以上投资项目3个。\n", "2012-01-01")
    # fresh16 f16_p14 (a class of clusters, listed with what else they are)
    assert not _found("广东省将打造若干千亿产值、具有国际竞争力的现代农业产业集群。\n", "2019-01-01")
