"""Place rules found on fresh real pages (place7's pass); each test quotes its page."""

from tests.ingest_helpers import records, regions

# http://news.cnnb.com.cn/system/2011/05/24/006943864.shtml (宁波's paper, 2011): an unnamed county's exports,
# measured against two other counties of its city by their short forms
_EXPORTS = (
    "县外经贸局昨日发布消息,今年1至4月份,全县外贸进出口总额达6.93亿美元,同比增长46.6%。进出口总额创下历史新高。\n"
    "“我县前四月进出口增幅高于全市22个百分点、全国18个百分点(全国增28.5%、全市增24.2%),并位列宁波14个县(市)区"
    "(包括保税区、开发区、高新区)之首。在南三县中,进出口总量分别高于奉化、宁海1.13亿美元和0.03亿美元,增幅高于奉化"
    "34个百分点、宁海27个百分点。”县外经贸局有关负责人介绍,今年以来,我县外贸进出口实现开门红。\n"
)


def test_counties_a_county_beats_by_a_margin_are_not_its_place():
    # 奉化 and 宁海 are what the county measures itself against: none of its figures is theirs (the county itself
    # goes unnamed, so the text has no place)
    found = records(_EXPORTS)
    assert not {r.region for r in found} & {"奉化区", "宁海县"}


def test_the_margins_over_listed_counties_are_not_those_counties_figures():
    text = _EXPORTS.replace("县外经贸局昨日", "象山县外经贸局昨日")
    found = records(text)
    assert set(regions(found, 6.93, 1.13, 0.03, 27).values()) == {"象山县"}


# http://tjj.gzz.gov.cn/gzztjj/tjfx/202011/985fc86814fa48639040d655f40a79b3.shtml (甘孜州统计局, 2020): the
# prefecture's own round-up (`全州`) that pairs its counties with their growth
_PREFECTURE = (
    "(一)工业生产持续增长。10月份,全州规模以上工业增加值同比增长9.7%,比9月回落3.5个百分点。\n"
    "二是县域工业发展较好。1-10月,12个有规模以上工业县(市)中,10个县(市)实现正增长,比1-9月增加1个;雅江(15.3%)、"
    "泸定(13.4%)、丹巴(13%)和康定(11.2%)4个县(市)增速高于全州平均水平。甘孜(-48.1%)和理塘(-21.9%)两县负增长。\n"
    "(二)投资增速持续加快。10月份,全社会固定资产投资同比增长5.9%,比9月(21.4%)回落15.5个百分点。\n"
)


def test_a_prefectures_round_up_of_its_counties_is_the_prefectures():
    found = records(_PREFECTURE)
    assert set(regions(found, 9.7, 5.9).values()) == {"甘孜藏族自治州"}
    assert regions(found, 15.3, 13.4, -21.9) == {15.3: "雅江县", 13.4: "泸定县", -21.9: "理塘县"}


def test_a_city_listed_among_its_own_counties_is_its_namesake_county():
    # `甘孜(-48.1%)和理塘(-21.9%)两县`: 甘孜县, not the prefecture it shares its short name with
    assert regions(records(_PREFECTURE), -48.1) == {-48.1: "甘孜县"}
