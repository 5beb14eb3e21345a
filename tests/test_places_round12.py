"""Which place a figure belongs to: a county's short name read inside an industry's name, and a zone that a
text names in full once and then by its bare word (doc ids or addresses in each test)."""

from bot.ingest.places import Gazetteer
from tests.ingest_helpers import records, regions


def test_an_industrys_name_is_no_county():
    # dev8 r130 (https://www.xjbl.gov.cn/info/1289/46236.htm, 博乐市's 1-9月 investment): `娱乐业` (the statistics
    # industry 文化、体育和娱乐业) holds 乐业 (乐业县, 广西) across a word; the text names no place of its own
    text = (
        "1-9月,全市固定资产投资继续保持平稳向上增长的良好态势,固定资产投资累计完成50.63亿元,同比增长3.94倍。\n"
        "1-9月,民生类工程完成投资26亿元,同比增长4.4倍,占全市固定资产投资的比重为51.4%。其中,房地产业投资25.6亿元,"
        "同比增长4.57倍;卫生和社会工作业投资2288万元,同比增长72.5%;教育业投资1624万元;文化、体育和娱乐业投资131万元。\n"
    )
    gazetteer = Gazetteer.default()
    assert "乐业县" not in {m.place.name for m in gazetteer.anywhere_mentions(text)}
    assert "乐业县" not in {m.place.name for m in gazetteer.find_mentions(text, [])}
    assert all(r.region != "乐业县" for r in records(text))


def test_a_zone_named_in_full_once_then_by_its_bare_word_with_its_district_in_brackets():
    # dev8 r131 (http://www.uetd.gov.cn/jjjskfq/c119900/202403/a2ba4b0be50c41f9947f716aea0aa20f.shtml): the
    # title names the zone in full, the body `经开区(头屯河区)`, the district that one administration with it also
    # goes by; the figures are the zone's, not the district's
    text = (
        "乌鲁木齐经济技术开发区\n2023年国民经济和社会发展计划执行情况\n"
        "2023年,经开区(头屯河区)坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,"
        "着力推动经济平稳运行,全面深化改革开放。各项事业总体平稳、稳中提质,有力推动经济社会秩序加快恢复。\n"
        "2023年,地区生产总值同比增长4.5%;规模以上工业增加值同比增长5%;外贸进出口同比增长28%;"
        "一般公共预算收入同比增长47.8%;社会消费品零售总额同比增长13%;固定资产投资同比持平。\n"
    )
    found = records(text)
    assert set(regions(found, 4.5, 5, 28, 47.8, 13).values()) == {"乌鲁木齐经济技术开发区"}


def test_a_province_that_opens_a_clause_with_its_own_target_speaks_for_itself():
    # dev8 r134 (http://www.bbrtv.com/2022/0120/702337.html, 武宣县's party secretary at the regional congress):
    # the region's targets from its work report are 广西's, the county's own figures after them 武宣县's
    text = (
        "《两会面对面》——专访自治区人大代表、武宣县委书记杨世爵\n"
        "新闻眼|来源:广西广播电视台综合广播2022-01-20 10:52:56|网络编辑:杨琪玉\n"
        "根据政府工作报告,今年广西经济增长预期目标6.5%以上,一般公共预算收入增长3%,规模以上工业增加值增长7%,"
        "固定资产投资增长10%。2021年,武宣经济增长预计增长10%左右,规模以上工业增加值增长20%,固定资产投资增长28%。\n"
    )
    found = records(text)
    assert set(regions(found, 6.5, 3, 7).values()) == {"广西壮族自治区"}
    assert set(regions(found, 20, 28).values()) == {"武宣县"}
    assert {r.region for r in found if r.value == 10} == {"广西壮族自治区", "武宣县"}


def test_a_listed_zone_keeps_its_own_city_where_the_text_names_another_as_often():
    # https://cnrepark.com/news/detail/246712.html (慈湖高新区's 2023 review): the only 慈湖 high-tech zone is
    # 马鞍山's; the text names 南京 (a bus line to 江宁) as often as 马鞍山, and the zone is no 南京 zone
    text = (
        "12月27日,市政府新闻办召开新闻发布会,邀请慈湖高新区党工委委员、管委会副主任胡罗晨就高新区2023年经济社会发展情况"
        "进行专题发布。\n记者从发布会上了解到,今年以来,慈湖高新区深入实施制造业倍增行动,经济运行总体平稳。"
        "预计2023年园区生产总值增长4.5%,技改投资增长2.8%,规上工业增加值增长7%。\n"
        "宁马慈湖公交枢纽正式启用,马鞍山和南京江宁4条公交线路同步入驻。\n"
    )
    found = records(text)
    assert set(regions(found, 4.5, 2.8, 7).values()) == {"马鞍山慈湖高新技术产业开发区"}
