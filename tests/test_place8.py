"""Place rules found on fresh real pages (place8's pass): pages the build skips or places nowhere near their
county; each test quotes its page."""

from pathlib import Path

from bot.ingest.pipeline import BuildResult, build_corpus
from tests.ingest_helpers import records

# http://www.szmaolu.com/nqbsc/zjnq/jjgk (南區街道辦事處, 2025, traditional script): a sub-district of 中山市 (a city
# without counties) reports its own figures; it names its city once, in an award's name
_SUBDISTRICT = (
    "2024年,南區街道堅持“美麗僑鄉,科創新城”發展思路,全面落實“百千萬工程”各項工作部署,堅持穩中求進工作總基調,"
    "全力拼經濟,穩住經濟基本盤,全力保障各項經濟指標平穩運行。\n"
    "2024年南區街道實現地區生產總值115.93億元,規上工業增加值42.09億元;工業投資同比增長60.7%,技改投資同比增長"
    "207.5%。\n"
    "發展基礎有效夯實,2024年在庫規上工業企業104家,高新技術企業75家,推動30家規上工業企業實施數字化智能化轉型升級,"
    "推動1家企業申報中山市製造業企業數字化智能化示範車間,新增11家省級專精特新中小企業。\n"
    "南區街道辦事處\n2025年4月\n"
)


def test_a_subdistricts_own_report_is_not_its_citys():
    # a reader asking for 中山市's GDP must not be told 115.93億元, the sub-district's
    found = records(_SUBDISTRICT)
    assert found
    assert {r.region for r in found} == {""}


def test_the_same_report_speaking_for_the_city_keeps_the_city():
    # once the text speaks as its city (`全市`), the city it names is its place again
    text = _SUBDISTRICT.replace("全力拼經濟", "全市上下全力拼經濟")
    found = records(text)
    assert {r.region for r in found} == {"中山市"}


# http://218.28.6.71:81/Qikan/Article/Detail?id=3001292192 (《农经》 1994): a town's own figures (`全镇`), the town
# written with its city and a district since renamed, the city named again as the town's yardstick
_TOWN = (
    "镇强民富德阳市市中区八角井镇\n"
    "德阳市市中区八角井镇位于德阳市南郊7公里处,面积26平方公里,18000多人,是四川省德阳星火科技产业开发带10个示范"
    "乡镇之一。1993年,全镇实现工农业总产值10.88亿元,其中工业总产值10.6亿元,农业总产值2800万元,创税利8033万元,"
    "财政收入1600多万元;人均纯收入2050元。镇综合经济实力进入国家先进行列,名列全省200强乡镇第八位,德阳市第一位。\n"
)


def test_a_towns_figures_are_not_the_city_it_names():
    found = records(_TOWN)
    assert not [r for r in found if r.region == "德阳市"]


def test_a_towns_text_is_skipped_saying_it_speaks_as_a_town(tmp_path: Path):
    (tmp_path / "town.txt").write_text(_TOWN, encoding="utf-8")
    built: BuildResult = build_corpus(tmp_path)
    assert not built.records
    assert [name for name, _ in built.skipped] == ["town.txt"]
    assert "speaks as a town" in built.skipped[0][1]
