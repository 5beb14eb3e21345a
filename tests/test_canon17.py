"""Canonical names: a figure that is not the headline indicator's own level, rate or share keeps no canonical
name. Sentences are real pages' (dev id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# dev16 r316 (保亭 2022 news of the county's work report, traditional script on the page)
BAOTING = (
    "保亭黎族苗族自治县十六届人大一次会议开幕\n2022年01月07日 15:03  来源:南海网\n\n"
    "报告指出,过去的五年,是保亭发展史上极不平凡的五年。五年来,面对艰巨繁重的改革发展稳定任务,全县各族人民凝心聚力、"
    "攻坚克难,地区生产总值累计突破274.4亿元,地方一般公共预算收入总量累计突破21.9亿元。固定资产投资累计突破173.9亿元,"
    "社会消费品零售总额累计超过82.7亿元。\n"
)


def test_a_sum_over_the_years_is_not_the_years_level(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, BAOTING).records}
    for value in (274.4, 21.9, 173.9, 82.7):
        assert found[value].period == "2017-2021"
        assert found[value].canonical == ""


# fresh13 f13_p01 (伊吾县 2016 review) and f13_p09 (仁怀 2021 news)
YIWU = (
    "伊吾县2016年国民经济和社会发展统计公报\n\n"
    "经测算,地区生产总值445636万元,同比增长11.0%,其中:第一产业54238万元,同比增长9.6%;第二产业314601万元,"
    "同比增长11.7%,其中工业增加值201119万元,同比增长16.4%;第三产业76797万元,同比增长8.9%。\n"
)
RENHUAI = "2021年,仁怀市实现地区生产总值1564.49亿元,其中工业增加值1120.85亿元,占比71.64%。\n"


def test_industry_as_a_part_of_the_economys_output_is_all_industry(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path / "a", YIWU).records}
    assert found[201119].canonical == found[16.4].canonical == ""
    assert found[445636].canonical == "地区生产总值"
    found = {r.value: r for r in build_one(tmp_path / "b", RENHUAI).records}
    assert found[1120.85].canonical == found[71.64].canonical == ""


# dev14 r265 (青浦区 2021 work report)
QINGPU = (
    "青浦区2021年政府工作报告\n\n"
    "预计地区生产总值增长3.8%。一般公共预算收入实现583.1亿元、增长0.4%,其中区级一般公共预算收入210.1亿元、增长1.4%。\n"
)


def test_the_part_a_level_of_government_keeps_is_not_the_headline(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, QINGPU).records}
    assert found[583.1].canonical == "一般公共预算收入"
    assert found[0.4].canonical == "一般公共预算收入增速"
    assert found[210.1].canonical == found[1.4].canonical == ""


# unseen u02 (双流区 2021 mid-year review) and dev15 r283 (吴桥 2025 interview)
SHUANGLIU = (
    "双流区2021年上半年经济运行情况\n\n"
    "(五)消费市场加快回暖。“五一”“端午”假期全区接待游客326万人次,实现旅游收入38.6亿元,分别恢复到2019年同期的"
    "112.4%、105.8%。上半年全区实现旅游收入120.5亿元,同比增长20.1%。\n"
)
WUQIAO = (
    "2025-11-27\n来源:沧州日报\n\n文旅兴县迈上新台阶,圆满举办第二十届中国吴桥国际杂技艺术节,节会期间,"
    "累计接待游客32.83万人次,直接带动相关行业消费1.64亿元。\n"
)


def test_a_holidays_figures_are_not_the_periods(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path / "a", SHUANGLIU).records}
    assert found[38.6].canonical == ""
    assert found[120.5].canonical == "旅游总收入"
    found = {r.value: r for r in build_one(tmp_path / "b", WUQIAO).records}
    assert found[32.83].canonical == ""


# fresh17 f17_p10 (承德县 2020 statistics communique)
CHENGDE = (
    "承德县2020年国民经济和社会发展统计公报\n\n"
    "初步核算,全县地区生产总值131.1亿元,同比增长4.5%。其中,第一产业增加值46.3亿元,增长6.6%;第二产业增加值28.5亿元,"
    "增长10.7%;第三产业增加值56.3亿元,下降1.4%。\n\n"
    "全年民营经济增加值75.8亿元,同比增长4.59%。民营经济中,第一产业增加值5.8亿元,增长6.7%,第二产业增加值37.3亿元,"
    "增长5.4%,第三产业增加值32.7亿元,增长2.8%。\n"
)


def test_a_part_of_the_economys_sectors_are_the_parts(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, CHENGDE).records}
    assert found[56.3].canonical == "服务业增加值"
    assert (found[32.7].indicator, found[32.7].canonical) == ("民营经济第三产业增加值", "")
    assert (found[2.8].indicator, found[2.8].canonical) == ("民营经济第三产业增加值增速", "")


# fresh17 f17_p20 (新和县 2025 news of a signed cotton-spinning project)
XINHE = (
    "5月27日,新疆新和县政府与新疆投资发展(集团)有限责任公司(以下简称“新投集团”)正式签署50万锭棉纺项目投资协议,"
    "为当地棉纺织产业发展注入新动力。\n该项目总投资17.5亿元,规划占地620亩,计划2025年7月开工建设。\n"
    "新和县是国家优质棉生产基地,棉花年种植面积近百万亩,皮棉年产量超15万吨。\n"
)


def test_a_signed_projects_name_is_without_the_signing(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, XINHE).records}
    assert found[17.5].subject == found[620].subject == "50万锭棉纺项目"
    # what the county is (`新和县是…基地`) names no project: its figures are the county's
    assert found[15].subject == ""


# fresh15 f15_p15 (枞阳 1-11月 industry news) and fresh17 f17_p17 (枞阳 first quarter)
ZONGYANG = (
    "枞阳在线消息 11月份,我县规模以上工业继续保持较快发展势头,本月完成现价工业产值9.55亿元,环比增长14%,同比增长39%。\n"
    "11月份,在规模工业四大板块中,枞阳海螺公司完成产值1.44亿元,环比减少4%,同比下降14%;县直工业完成0.44亿元,"
    "同比增长124%。1-11月,枞阳海螺公司受年初设备检修和安全技术改造及金融危机影响,累计完成工业产值12.49亿元,"
    "同比下降17%,但降幅较上月收窄了2个百分点;县直工业完成3.39亿元,同比下降23%。\n"
)
ZONGYANG_Q1 = (
    "枞阳工业经济首季“开门红”\n今年3月份,全县规模以上工业完成现价工业总产值17.16亿元,同比增长77%。"
    "从工业生产完成情况来看,枞阳海螺公司3月份实现产值2.38亿元,同比增长45%,环比增长43%。"
    "县开发区3月份实现产值1.68亿元,同比增长12%。\n"
)


def test_a_firm_after_a_lead_of_months_is_the_topic_of_its_clauses(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path / "a", ZONGYANG).records}
    assert {found[v].subject for v in (1.44, -4, 12.49, -17)} == {"枞阳海螺公司"}
    assert found[2].indicator.endswith("收窄")
    assert found[0.44].subject == found[9.55].subject == ""
    found = {r.value: r for r in build_one(tmp_path / "b", ZONGYANG_Q1).records}
    assert found[45].subject == found[43].subject == "枞阳海螺公司"
    assert found[1.68].subject == found[17.16].subject == ""


# dev16 r320 (平利 1-9月 review), fresh13 f13_p01 (伊吾 2016 bulletin's table of employment), fresh14 f14_p03 (鹤庆 2017)
PINGLI = (
    "平利县1-9月经济运行情况\n\n1-9月全县国内生产总值完成8.1350亿元,与去年同期相比增长14.9%,占年初计划67.79%。其中:一产3.3360亿元,同比增长9.9%;"
    "二产2.2510亿元,同比增长18.3%;三产2.5480亿元,同比增长18.6%。\n"
)
HEQING = "鹤庆县2017年经济社会发展情况\n\n2017年,全县一般公共财政预算收入5.56亿元、同比增长6.5%,一般公共财政预算支出22.93亿元、同比增长3%。\n"
WORKERS_TABLE = (
    "伊吾县2016年国民经济和社会发展统计公报\n\n表1 2016年从业人员\n\n"
    "| 指标 | 人数(人) | 比上年增长(%) |\n| --- | --- | --- |\n| 第一产业 | 10112 | -2.2 |\n| 第三产业 | 6904 | -4.1 |\n"
)


def test_the_service_sector_said_alone_is_its_value_added(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path / "a", PINGLI).records}
    assert found[2.548].canonical == "服务业增加值"
    assert found[18.6].canonical == "服务业增加值增速"
    found = {r.value: r for r in build_one(tmp_path / "b", HEQING).records}
    assert found[22.93].canonical == "一般公共预算支出"
    assert found[3].canonical == "一般公共预算支出增速"
    # a table's row named by the sector alone counts what the table counts (here its workers)
    assert all(r.canonical == "" for r in build_one(tmp_path / "c", WORKERS_TABLE).records)


# fresh13 f13_p17 (大冶 2025 work report on 2024)
DAYE = (
    "大冶市2025年政府工作报告\n\n一、2024年工作回顾\n\n这一年,我们顶压前行、攻坚克难,经济发展逆势上扬。"
    "预计全年全域口径地区生产总值增长8%,首次突破900亿元大关。\n"
)


def test_the_whole_areas_count_of_the_economy_is_the_headline(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, DAYE).records}
    assert found[8].canonical == "地区生产总值增速"


# dev16 r323 (吉林经开区) and dev14 r264 (肥西 1-7月 2020)
FIRMS_COUNTED = (
    "肥西县1-7月经济运行情况\n\n1-7月,肥西县规上工业生产同比增长0.9%,全县404户规上工业企业中有245户企业产值同比实现增长。"
    "66户规上工业企业产值同比增长7.7%。\n"
)


def test_a_count_of_firms_is_not_named_by_what_part_of_them_did(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, FIRMS_COUNTED).records}
    assert (found[404].indicator, found[404].canonical) == ("规上工业企业", "规上工业企业")
    assert (found[66].indicator, found[66].canonical) == ("规上工业企业", "规上工业企业")


# seeds 001 (南通 2023 mid-year) and dev2 r47 (固安 2021 news)
NANTONG = "南通市2023年上半年经济运行\n\n上半年,南通实现地区生产总值6032.4亿元,列全国大中城市第18位。\n"
GUAN = "固安县2021年经济运行\n\n截至目前,全县一般公共预算收入完成56.2亿元,位列全市第2名。\n"


def test_a_rank_among_a_kind_of_cities_is_not_the_areas_rank(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path / "a", NANTONG).records}
    assert found[18].canonical == ""
    assert found[6032.4].canonical == "地区生产总值"
    found = {r.value: r for r in build_one(tmp_path / "b", GUAN).records}
    assert found[2].canonical == "一般公共预算收入排名"


# fresh17 f17_p14 (三门 2021 work report) and f17_p13 (仙桃)
STEPS = (
    "三门县2021年政府工作报告\n\n2020年,全县社会消费品零售总额跃上百亿台阶,农民年人均纯收入跃上8000元台阶。\n"
)


def test_a_step_reached_is_the_indicators_level(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, STEPS).records}
    assert (found[100].indicator, found[100].canonical) == ("社会消费品零售总额", "社会消费品零售总额")
    assert (found[8000].indicator, found[8000].canonical) == ("农民年人均纯收入", "农民人均纯收入")


# dev14 r265 (青浦 2021): one figure for town and country together; two figures are each part's
def test_one_figure_of_town_and_country_is_the_residents(tmp_path: Path) -> None:
    text = QINGPU + "城乡居民人均可支配收入53740元、增长4.2%。\n"
    found = {r.value: r for r in build_one(tmp_path / "a", text).records}
    assert found[53740].canonical == "居民人均可支配收入"
    assert found[4.2].canonical == "居民人均可支配收入增速"
    both = "青浦区2021年政府工作报告\n\n城乡居民人均可支配收入分别达到60000元和30000元。\n"
    found = {r.value: r for r in build_one(tmp_path / "b", both).records}
    assert found[60000].canonical == "城镇居民人均可支配收入"
    assert found[30000].canonical == "农村居民人均可支配收入"


# dev10 r186 (武汉经开区 2023 mid-year)
def test_a_trade_said_again_across_its_verb_is_its_measure(tmp_path: Path) -> None:
    text = (
        "武汉经开区2023年上半年经济运行\n\n上半年,资质以上建筑业完成建筑业总产值678.13亿元,同比增长19.2%。\n"
    )
    found = {r.value: r for r in build_one(tmp_path, text).records}
    assert found[678.13].canonical == "建筑业总产值"
    assert found[19.2].canonical == "建筑业总产值增速"


# dev7 r127 (长寿 2023 mid-year)
def test_a_bare_value_added_is_the_one_just_named(tmp_path: Path) -> None:
    text = (
        "长寿区2023年上半年经济运行情况\n\n上半年,全区地区生产总值453.7亿元、增长6.1%。"
        "第三产业增加值146.8亿元,占GDP比重32.4%,增加值增长5.3%,增速较1季度提高0.1个百分点。\n"
    )
    found = {r.value: r for r in build_one(tmp_path, text).records}
    assert (found[5.3].indicator, found[5.3].canonical) == ("第三产业增加值增速", "服务业增加值增速")


# dev12 r229 (琼中 1-7月)
def test_the_wider_areas_rate_in_brackets_is_named_by_what_it_measures(tmp_path: Path) -> None:
    text = (
        "琼中黎族苗族自治县1-7月经济运行情况\n\n1-7月,全县规模以上工业增加值同比下降3.3%,降幅较上半年收窄4.5个百分点,"
        "低于全省规模以上工业增加值12.8个百分点(全省增长9.5%)。\n"
    )
    found = {r.value: r for r in build_one(tmp_path, text).records}
    assert found[9.5].region == "海南省"
    assert (found[9.5].indicator, found[9.5].canonical) == ("规模以上工业增加值增速", "规上工业增加值增速")
    assert found[-3.3].canonical == "规上工业增加值增速"


# dev6 r97 (阿拉善高新区 2024 H1), dev14 r264 (肥西 1-7月 2020), dev14 r282 (南宁高新区 2020)
def test_more_wordings_of_common_indicators(tmp_path: Path) -> None:
    text = (
        "内蒙古阿拉善高新技术产业开发区2024年上半年经济运行\n\n2024年上半年,工业项目投资同比增长50.7%,"
        "占全部投资比重95%。高新区现有已备案的高新技术企业共35家。\n"
    )
    found = {r.value: r for r in build_one(tmp_path / "a", text).records}
    assert found[50.7].canonical == "工业投资增速"
    assert found[95].canonical == "工业投资占比"
    assert found[35].canonical == "高新技术企业"
    found = {r.value: r for r in build_one(tmp_path / "b", FIRMS_COUNTED).records}
    assert found[0.9].canonical == "规上工业增加值增速"
