"""Which place a text's figures belong to: local short names, rankings, site addresses, from real pages."""

from bot.ingest.places import Gazetteer
from tests.ingest_helpers import records, regions

# http://tjj.xam.gov.cn/xamtj/sjfbyjd/fxjd/tjxx4/4099670/index.html (兴安盟统计局, 2021 1–2月 county round-up):
# the league's own texts write its banners and its county-level city by local short names no gazetteer gives
# (`扎旗` 扎赉特旗, `前旗` 科尔沁右翼前旗, `中旗` 科尔沁右翼中旗, `乌市` 乌兰浩特市).
_XINGAN = (
    "今年以来,各旗县市团结在盟委、行署周围,全盟县域经济持续恢复性增长。\n"
    "1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%。从6个旗县市增速看,突泉、扎旗、前旗高于"
    "全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。\n"
    "1-2月份,全盟县域公共财政预算支出完成30.98亿元,同比增长11.4%。从6个旗县市增速看,前旗、中旗、突泉、乌市、"
    "阿尔山高于全盟平均水平,同比分别增长43.0%、23.4%、17.8%、15.1%、3.1%;扎旗下降15.1%。\n"
)


def test_a_leagues_local_short_names_in_its_lists_are_its_banners_and_city():
    found = regions(records(_XINGAN), 193.5, 99.5, 37.6, 24.3, 4.8, -66.5, 43.0, 23.4, 15.1, -15.1)
    assert found[193.5] == "突泉县"
    assert found[99.5] == "扎赉特旗"
    assert found[37.6] == found[43.0] == "科尔沁右翼前旗"
    assert found[24.3] == "乌兰浩特市"
    assert found[4.8] == found[23.4] == "科尔沁右翼中旗"
    assert found[-66.5] == "阿尔山市"
    assert found[15.1] == "乌兰浩特市"
    assert found[-15.1] == "扎赉特旗"


def test_local_short_names_count_only_in_their_own_citys_texts():
    gazetteer = Gazetteer.default()
    # the same words in 通辽's texts are its own banners, and in a text of no such city they name nothing
    found = gazetteer.find_mentions("扎旗、中旗分别增长", ["通辽市"])
    assert [m.place.name for m in found] == ["扎鲁特旗", "科尔沁左翼中旗"]
    assert gazetteer.find_mentions("扎旗、中旗分别增长", ["南通市"]) == []


def test_local_short_names_inside_words_are_no_places():
    gazetteer = Gazetteer.default()
    assert gazetteer.find_mentions("高举伟大旗帜,集中旗下资源", ["兴安盟"]) == []
    assert gazetteer.find_mentions("乌市场繁荣", ["兴安盟"]) == []


# A national ranking of high-tech zones (lead seen once on a fresh page by another writer; the sentence's form:
# `西安高新区排第十` after 成都高新区's own rank): a rank written in words is a figure of its own clause, so the zone
# that opens that clause takes it, not the zone named first.
_RANKING = (
    "成都高新区上半年经济运行情况\n"
    "上半年,成都高新区实现地区生产总值1650亿元,同比增长8.1%。在2022年国家高新区综合评价中,"
    "深圳高新区排第二,成都高新区排第四,西安高新区排第十。\n"
)


def test_zones_ranked_in_words_each_keep_their_own_rank():
    found = regions(records(_RANKING), 1650, 2, 4, 10)
    assert found[1650] == found[4] == "成都高新技术产业开发区"
    assert found[10] == "西安高新技术产业开发区"
    assert found[2] != found[10]


# http://www.szzj.gov.cn/art/2017/3/28/art_1229766283_1892366.html: 嵊州市's site, its initials with its province's
# (`zj` 浙江) after them rather than before (`zjcx`).
def test_a_county_site_named_by_its_initials_and_then_its_provinces():
    from bot.ingest.site_hosts import place_from_address

    gazetteer = Gazetteer.default()
    place = place_from_address("http://www.szzj.gov.cn/art/2017/3/28/art_1229766283_1892366.html", gazetteer)
    assert place is not None and place.name == "嵊州市"
    # a city's initials with its province's after them are the city's site, no county's
    assert place_from_address("http://www.szjs.gov.cn/", gazetteer) is None


# https://kfq.yancheng.gov.cn/art/2023/12/30/art_12621_4129310.html, https://jkq.huainan.gov.cn/…,
# http://gxq.ahsz.gov.cn/… (swept zone sites): a zone's site sits under its city's host, named by its kind; a text
# there that calls its zone only `经开区` names no place of its own, and is the city's zone's.
def test_a_text_on_a_zones_site_under_its_citys_host_is_that_citys_zones(tmp_path):
    import json

    from bot.ingest.pipeline import build_corpus

    text = "经开区上半年经济运行情况\n上半年,经开区实现地区生产总值100.5亿元,同比增长5.1%。经开区规上工业增加值增长8.2%。\n"
    (tmp_path / "kfq.txt").write_text(text, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    rows = [
        {"id": "kfq", "source": "https://kfq.yancheng.gov.cn/art/2023/12/30/art_12621_4129310.html"},
        {"id": "plain", "source": "https://www.example.com/a.html"},
    ]
    (tmp_path / "manifest.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = build_corpus(tmp_path)
    regions = {r.region for r in result.records}
    assert regions == {"盐城经济技术开发区"}
    assert len(result.records) == 3
    # the same text elsewhere names no place: skipped, with the reason
    assert [name for name, _ in result.skipped] == ["plain.txt"]
