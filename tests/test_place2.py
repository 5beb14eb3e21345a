"""Which place a text's figures belong to: a county's name forms and a city's parts, from real pages."""

from tests.ingest_helpers import records, regions

# dev11 r211 (大通回族土族自治县's undated mid-year news, 2011): the text names the county once in full and twice
# as `大通县`, the name it had before its autonomy (1986); its records take the full, current name.
_DATONG = (
    "被誉为西宁后花园的大通回族土族自治县,上半年,全县完成农业生产总值1.76亿元,同比增长9.6%;"
    "农民人均现金收入达到2962.7元,同比增长27.3%。\n"
    "8月9日,记者从大通县获悉,今年全县春播农作物面积为68.3万亩,其中小麦18.9万亩。"
    "县政府还制定出台了《大通县设施农业招商引资优惠政策暂行办法》,以优惠政策为吸引。截至7月底,已流转土地4600亩。\n"
)


def test_an_autonomous_county_called_by_its_short_name_and_county_keeps_its_full_name():
    found = regions(records(_DATONG), 1.76, 2962.7, 68.3, 4600)
    assert set(found.values()) == {"大通回族土族自治县"}


def test_an_autonomous_county_named_only_as_short_name_and_county_takes_its_full_name():
    text = _DATONG.replace("被誉为西宁后花园的大通回族土族自治县", "被誉为西宁后花园的大通县")
    assert set(regions(records(text), 1.76, 68.3).values()) == {"大通回族土族自治县"}


# dev2 r30 (旬阳县's 2010 mid-year report on today's 旬阳市 site): a county renamed by an upgrade (县 → 市) keeps the
# name the older text uses, though the site's breadcrumb names it as it is now.
_XUNYANG = (
    "您当前的位置: 旬阳市人民政府> 政府信息\n"
    "旬阳县上半年经济运行情况\n"
    "上半年,旬阳县实现生产总值25.6亿元,同比增长14.2%。旬阳县完成全社会固定资产投资18.3亿元。\n"
)


def test_an_upgraded_countys_older_text_keeps_its_former_name():
    assert set(regions(records(_XUNYANG), 25.6, 18.3).values()) == {"旬阳县"}


# dev11 r189 (沈阳市统计局, 2023-11-09, 前三季度沈阳市县域经济运行情况): the city's county domain with its counties
# listed in brackets is the city's whole, not the first county listed; each county named after it has its own.
_SHENYANG = (
    "前三季度沈阳市县域经济运行情况\n"
    "根据地区生产总值统一核算结果,前三季度,沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元,"
    "占全市地区生产总值的比重为7.6%,比上半年提高0.2个百分点;按可比价格计算,同比增长3.7%。\n"
    "分地区看,康平县实现地区生产总值87.4亿元,同比增长1.3%;新民市实现地区生产总值211.8亿元,增长6.0%。\n"
)


def test_counties_listed_in_brackets_after_a_city_do_not_take_the_wholes_figures():
    found = regions(records(_SHENYANG), 443.9, 7.6, 0.2, 87.4, 211.8)
    assert found[443.9] == found[7.6] == found[0.2] == "沈阳市"
    assert found[87.4] == "康平县"
    assert found[211.8] == "新民市"


# dev11 r189 again: the page lost the comma before the second county, which opens its own figures right after the
# first county's last one (`…4.7个百分点法库县实现地区生产总值144.7亿元`).
_GLUED = (
    "分地区看,康平县实现地区生产总值87.4亿元,同比增长1.3%,低于全市增速4.7个百分点"
    "法库县实现地区生产总值144.7亿元,增长1.9%,低于全市增速4.1个百分点;新民市实现地区生产总值211.8亿元,增长6.0%。\n"
)


def test_a_county_glued_to_the_figure_before_it_opens_its_own_clause():
    found = regions(records(_GLUED), 87.4, 4.7, 144.7, 1.9, 4.1, 211.8)
    assert found == {
        87.4: "康平县",
        4.7: "康平县",
        144.7: "法库县",
        1.9: "法库县",
        4.1: "法库县",
        211.8: "新民市",
    }


# wxredian.com/art?id=9ac21e40a623264ae0ab8feedfc728a2 (陕西's county round-up, 前三季度): the count of counties after
# the last county of a list counts the list; it is not that county's count of its own parts (`庆元县83个薄弱村`).
_SHAANXI = (
    "分市、县看,9个地市的县域生产总值增速高于上年同期。83个县(市、区)中,43个增速超过全省县域平均水平,其中,"
    "富县、黄陵县、长武县、子长市、彬州市、旬邑县、宜川县7个县(市)实现两位数增长。\n"
)


def test_a_count_of_counties_after_a_list_is_not_the_last_countys_own():
    assert regions(records(_SHAANXI), 7).get(7) != "宜川县"
    own = records("可用于推动庆元县83个薄弱村增强“造血”功能,宜川县3个县级重点项目开工。")
    assert regions(own, 83, 3) == {83: "庆元县", 3: "宜川县"}


def test_counties_bracketed_right_after_a_city_as_its_parts_do_not_take_its_figures():
    # the same round-up's brackets, written right after the city (`沈阳市(含…)`), against `漳州(东山县)…`
    found = regions(
        records("前三季度,沈阳市(含康平县、法库县、新民市)实现农林牧渔业总产值219.4亿元。"), 219.4
    )
    assert found[219.4] == "沈阳市"
