"""Place rules found on fresh real pages (place8's pass): pages the build skips or places nowhere near their
county; each test quotes its page."""

from pathlib import Path

from bot.ingest.pipeline import BuildResult, build_corpus
from tests.ingest_helpers import records, regions

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


# http://changsha.baogaosu.com/xinwen/…/35961338 (星沙时报, 长沙县's paper, 2015): the city's half-year report to the
# county's delegates to the city's congress; its figures are the city's (`全市`), not the county's the text names
_CITY_REPORT = (
    "长沙市“一府两院”向市人大代表长沙县联组通报半年度工作\n"
    "星沙时报/星沙新闻网7月30日讯(记者 廖真怡)昨日,长沙市“一府两院”向市十四届人大代表长沙县联组通报半年度工作会议"
    "在长沙县召开。副市长黎石秋代表市政府通报了2015年上半年全市经济社会发展情况。\n"
    "今年上半年,在“稳住、进好、调优”的总要求下,全市经济社会发展平稳健康,除规模工业增加值增速外,各项指标均实现了"
    "“时间过半、任务过半”。上半年全市实现地区生产总值3876.32 亿元,增长9.6%;城乡居民人均可支配收入17599元,"
    "增长8.9%。下半年,长沙市将继续着力推进产业转型、加快项目建设。\n"
    "会上,代表们立足岗位踊跃发言、各抒己见,结合长沙县特点,从多方面对市“一府两院”工作提出了意见和建议。\n"
)


def test_a_sentence_speaking_for_the_whole_city_is_the_citys_in_a_countys_text():
    found = records(_CITY_REPORT)
    assert set(regions(found, 3876.32, 9.6, 17599, 8.9).values()) == {"长沙市"}


def test_a_countys_figure_measured_against_the_city_stays_the_countys():
    # hqbet6098.com 2021 (a county's half-year release): `全市` is the scale, not the subject
    text = (
        "长沙县统计局:根据地区生产总值统一核算结果,2021年上半年,全县生产总值27.54亿元,同比增长12.3%,增速高于全市"
        "平均水平0.3个百分点,全市排名第七。\n"
    )
    assert set(regions(records(text), 27.54, 12.3, 0.3).values()) == {"长沙县"}


def test_a_sentence_ranking_the_county_among_the_citys_stays_the_countys():
    text = _CITY_REPORT.replace(
        "下半年,长沙市将继续", "全市9个区县(市)中,我县地区生产总值增速排名第二。下半年,长沙市将继续"
    )
    assert regions(records(text), 2) == {2: "长沙县"}
