"""Canonical names and indicator names that follow the labelling calls of tests/real/README.md ('Calls settled in the
nineteenth round'): the firms above the size limit named before their measure, the whole of the fiscal revenue, a
share's whole, all industry against the above-scale figure, per-head GDP in dollars, changes against a base in one
form. Sentences are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.naming import change_named, clean_name
from bot.vocabulary import canonical_of
from tests.ingest_helpers import build_one


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("全部财政收入", "万元", "财政总收入"),  # r364 巨鹿 (`全部财政收入完成4892万元`)
        ("全部财政收入增速", "%", "财政总收入增速"),  # r364 巨鹿 (`增长6.4%`)
        ("全口径地方财政收入", "亿元", "财政总收入"),  # r256 青浦 2013
        ("地方财政收入", "亿元", ""),  # still ambiguous
        ("属地规上工业产值", "亿元", "规上工业总产值"),  # r359 松江 2024
        ("规模以上工业企业工业总产值", "亿元", "规上工业总产值"),  # r355 慈溪 2022
        ("规模以上工业企业工业增加值增速", "%", "规上工业增加值增速"),  # r355 慈溪 2022
        ("人均地区生产总值", "美元", ""),  # r308 翼城 2022 (`按2022年平均汇率计算为6096美元`)
        ("人均GDP", "万美元", ""),  # r123 云龙 2021 plan
        ("人均地区生产总值", "元", "人均地区生产总值"),  # the yuan figure keeps its name
    ],
)
def test_real_wordings_take_the_settled_canonical_name(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


# dev18 r355 (慈溪 2022 statistics communique, traditional script on the page)
CIXI = (
    "2022年慈溪市国民经济和社会发展统计公报\n\n二、工业经济持续发展,企业效益持续改善\n"
    "全年全市2097家规模以上工业企业实现工业总产值4797.76亿元,增长5.7%,增加值增长3.6%。\n"
)


def test_the_firms_above_the_size_limit_then_their_output_is_the_above_scale_output(tmp_path: Path) -> None:
    found = {r.value: r.canonical for r in build_one(tmp_path, CIXI).records}
    assert found[4797.76] == "规上工业总产值"
    assert found[5.7] == "规上工业总产值增速"
    assert found[3.6] == "规上工业增加值增速"


# dev18 r359 (松江 2024 1-4月 news)
SONGJIANG = (
    "松江区前四月经济运行情况\n\n2024年1-4月,新发展民营企业11929户,完成民营经济税收129亿元,占松江区总税收的61.6%。\n"
    "新一代电子信息产业是松江区传统优势产业。2023年,实现规上工业产值1359.24亿元,占松江区规上工业产值比重为36.6%。\n"
)


def test_a_share_named_by_its_whole_is_neither_the_wholes_rate_nor_its_share(tmp_path: Path) -> None:
    found = {r.value: r.canonical for r in build_one(tmp_path, SONGJIANG).records}
    assert found[61.6] == ""
    assert found[36.6] == ""


# fresh13 f13_p11 (永康 2013 news)
YONGKANG = (
    "永康传统五金 汽车 农机三大产业并驾齐驱\n作者:27发布时间:2013-04-03\n"
    "当地报刊报道说,浙江永康市工业总产值已突破千亿元。"
    "目前更是锁定目标:力争5年后跨入浙江省规模以上工业产值“千亿元俱乐部”。\n"
)


def test_bare_industrial_output_beside_the_above_scale_output_is_all_industry(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, YONGKANG).records}
    assert found[1000].indicator == "工业总产值"
    assert found[1000].canonical == ""


def test_bare_industrial_output_alone_is_the_above_scale_output() -> None:
    # r376 西安经开区 2021 (`2020年实现工业总产值3370亿元`): nothing says it is all industry
    assert canonical_of("工业总产值", "亿元") == "规上工业总产值"


# dev15 r331 (莘县 2022 statistics communique)
SHENXIAN = (
    "莘县2022年国民经济和社会发展统计公报\n\n"
    "全年粮食种植面积172.89万亩,比上年略增0.12万亩;单产461.74公斤/亩,较上年增加2.5公斤/亩;"
    "总产量79.83万吨,较上年增长0.49万吨。玉米种植面积81.46万亩,较上年减少4750 亩;总产量38.67万吨,较上年增加2805吨。\n"
)


def test_a_change_against_the_year_before_has_one_form(tmp_path: Path) -> None:
    found = {r.value: r.indicator for r in build_one(tmp_path, SHENXIAN).records}
    assert found[0.12] == "粮食种植面积比上年增加"
    assert found[-4750] == "玉米种植面积比上年增加"
    assert found[2805].endswith("比上年增加")
    assert found[0.49].endswith("比上年增加")


@pytest.mark.parametrize(
    ("name", "unit", "value", "named"),
    [
        ("公共财政预算支出同比增加", "亿元", 7.3, "公共财政预算支出比上年同期增加"),  # r145 长沙县 2016
        (
            "固定资产投资项目数量较去年同期增加",
            "个",
            50,
            "固定资产投资项目数量比上年同期增加",
        ),  # r258 通州 2023
        (
            "本年有投资的城市更新项目与去年同期相比增加",
            "个",
            11,
            "本年有投资的城市更新项目比上年同期增加",
        ),  # r339
        ("烟叶种植面积减少", "亩", -4181, "烟叶种植面积增加"),  # r297 光泽 2017: a fall, its figure signed
        ("金融机构存款余额比年初增加", "亿元", 2.3, "金融机构存款余额比年初增加"),  # r364 巨鹿
        ("空气优良天数较2020年增加", "天", 23, "空气优良天数比2020年增加"),  # r27 陇县 2025
        ("市场主体净增", "万户", 1.5, "市场主体净增"),  # f14_p02: no base, no change of form
        ("工业产值年增长", "亿元", 100, "工业产值年增长"),  # r352 平罗: growth each year, not against a base
        ("基础设施投资增长", "倍", 1.4, "基础设施投资增长"),  # multiples keep their form
        ("粮食产量减少", "亿斤", 0.37, "粮食产量减少"),  # a fall whose figure is unsigned is left as written
    ],
)
def test_change_names(name: str, unit: str, value: float, named: str) -> None:
    assert change_named(name, unit, value) == named


# fresh19 f19_p10 (五常 rice news, traditional script on the page)
WUCHANG = (
    "253万亩水田,年产14亿斤!五常大米如何稳坐“中国米王”宝座?\n\n"
    "作为全国水稻五强县(市),五常市253万亩水田年产优质大米约14亿斤,占据黑龙江省水稻种植面积的十分之一。\n"
    "从“中国国家地理标志产品”到品牌价值突破713亿元,五常大米用一连串亮眼数据诠释着丰年。\n"
)


def test_a_yearly_output_is_named_without_the_fields_and_a_from_to_loses_its_to(tmp_path: Path) -> None:
    names = {r.text: r.indicator for r in build_one(tmp_path, WUCHANG, {"places": ["五常市"]}).records}
    assert names["五常市253万亩水田年产优质大米约14亿斤"] == "年产优质大米"
    assert names["253万亩水田"] == "水田面积"  # the headline's area opens its clause (tests/test_recall20.py)
    assert names["年产14亿斤"] == "水田年产量"  # and the output after an area is that land's
    assert names["到品牌价值突破713亿元"] == "品牌价值"


# fresh19 f19_p05 (潜江 crayfish news) and f19_p08 (德化 ceramics news)
QIANJIANG = (
    "潜江龙虾\n\n潜江市委副书记、市长盛文军介绍,潜江龙虾从业人员过20万人,养殖面积达90万亩,"
    "潜江龙虾全产业链产值过600亿元,品牌价值过250亿元。\n"
)
DEHUA = "德化陶瓷\n\n2017上半年,德化县实现GDP84.74亿元,增长8.7%。目前,德化现有陶瓷企业2600多家,从业人员10多万人。\n"


def test_a_trades_bare_measures_are_the_products_named_before(tmp_path: Path) -> None:
    names = {r.value: r.indicator for r in build_one(tmp_path / "a", QIANJIANG).records}
    assert names[90] == "龙虾养殖面积"
    assert names[250] == "龙虾品牌价值"
    names = {r.value: r.indicator for r in build_one(tmp_path / "b", DEHUA).records}
    assert names[10] == "陶瓷从业人员"


# fresh19 f19_p01 (沭阳 2023 news)
SHUYANG = (
    "沭阳经开区\n\n沭阳经开区工业开票连年攀升,预计实现工业开票798亿元,桑墟、贤官工业开票销售收入先后突破百亿元,"
    "李恒、青伊湖、刘集等乡镇相继突破60亿元。\n"
)


def test_towns_passing_a_mark_pass_the_figure_just_named(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, SHUYANG).records}
    assert (found[60].indicator, found[60].canonical) == (
        "乡镇工业开票销售收入",
        "",
    )  # the towns', not the county's


# dev18 r361 (霍邱 2024 work report)
HUOQIU = (
    "霍邱县2024年政府工作报告\n\n这一年,我们坚持扩投资、稳经济,综合实力稳中有进。"
    "预计,地区生产总值同比增长7%左右,逼近300亿元大关;规模工业增加值增长7%。\n"
)


def test_a_mark_neared_after_a_rate_is_the_level_of_what_grew(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, HUOQIU).records}
    assert (found[300].indicator, found[300].canonical) == ("地区生产总值", "地区生产总值")


# dev18 r364 (巨鹿 mid-year report, traditional script on the page)
JULU = (
    "巨鹿县上半年经济运行\n\n全社会固定资产投资完成10.3亿元,增长26%,其中城镇固定资产投资3.1亿元,增长49.3%;"
    "全部财政收入完成4892万元,增长6.4%。\n"
)


def test_a_part_after_qi_zhong_of_the_total_just_given_is_not_the_headline(tmp_path: Path) -> None:
    found = {r.value: r.canonical for r in build_one(tmp_path, JULU).records}
    assert (found[10.3], found[26]) == ("固定资产投资", "固定资产投资增速")
    assert (found[3.1], found[49.3]) == ("", "")
    assert (found[4892], found[6.4]) == ("财政总收入", "财政总收入增速")


def test_a_clauses_tail_before_the_figures_year_is_no_part_of_the_name(tmp_path: Path) -> None:
    # dev13 r97 (阿拉善高新区 2024 H1 news)
    text = "阿拉善高新区上半年经济\n\n2024年7月,加快高新区项目建设步伐2024年上半年固定资产投资增长44.6%。\n"
    found = {r.value: r for r in build_one(tmp_path, text).records}
    assert (found[44.6].indicator, found[44.6].canonical) == ("固定资产投资增速", "固定资产投资增速")


def test_a_same_basis_rate_after_the_headline_rate_is_a_variant(tmp_path: Path) -> None:
    # fresh19 f19_p12 (青白江 2023 statistics communique)
    text = (
        "青白江区2023年国民经济和社会发展统计公报\n\n"
        "全年完成一般公共预算收入49.12亿元,比上年增长14%,剔除留抵退税政策影响后同口径增长6%。\n"
    )
    found = {r.value: r for r in build_one(tmp_path, text).records}
    assert found[14].canonical == "一般公共预算收入增速"
    assert (found[6].indicator, found[6].canonical) == ("一般公共预算收入同口径增速", "")


# dev18 r359 (松江 2024 news)
SONGJIANG_INDUSTRIES = (
    "松江区前四月经济运行情况\n\n"
    "许士东表示,新一代电子信息产业是松江区传统优势产业,集聚了广达、移远、豪威等知名企业。2023年,实现规上工业产值"
    "1359.24亿元。同时,生物医药产业是松江区重点发展的产业之一,集聚了药品、医疗器械领域企业近3000家。2023年,"
    "松江区拥有规上工业企业76家,实现规上工业产值112.4亿元。\n"
)


def test_the_figures_after_an_industrys_topic_sentence_are_the_industrys(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, SONGJIANG_INDUSTRIES).records}
    assert (found[1359.24].indicator, found[1359.24].canonical) == ("新一代电子信息产业规上工业产值", "")
    assert (found[76].indicator, found[76].canonical) == ("生物医药产业规上工业企业", "")
    assert (found[112.4].indicator, found[112.4].canonical) == ("生物医药产业规上工业产值", "")


def test_a_places_own_firms_output_and_the_firms_it_drew_together(tmp_path: Path) -> None:
    # dev18 r359 (松江 2024 news): `属地` is no `区属` (the district's own firms); `集聚` is no part of the firms
    text = (
        "松江区前四月经济\n\n今年1-4月,松江区实现属地规上工业产值1138.95亿元,同比增长3%。"
        "松江区集聚规上工业企业1668家。\n"
    )
    found = {r.value: r for r in build_one(tmp_path, text).records}
    assert (found[1138.95].indicator, found[1138.95].canonical) == ("属地规上工业产值", "规上工业总产值")
    assert (found[1668].indicator, found[1668].canonical) == ("规上工业企业", "规上工业企业")


def test_a_mark_broken_through_is_no_part_of_the_name() -> None:
    # dev18 r375 (娄底经开区 2016 plan): `工业总产值打破1000亿元`
    assert clean_name("工业总产值打破") == "工业总产值"
