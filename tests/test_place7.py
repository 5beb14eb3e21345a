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
