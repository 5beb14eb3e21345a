"""Texts that name no county: the city's only unit of the level the text speaks as, a city's own site, a news
site's county channel, and the reason a build gives when nothing places a document. Sentences and addresses are
real pages' (address or page in a comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.places import Gazetteer
from bot.ingest.site_hosts import city_site_place, place_from_address, source_place
from tests.ingest_helpers import build_one


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# A district's H1 release that names its city only as the accounting's (a 河源 release, 2023, swept before this
# round; traditional in the page, simplified here as the build reads it).
HEYUAN = (
    "上半年,全区经济运行整体回升向好。根据河源市地区生产总值统一核算结果,1-6月,全区完成地区生产总值150.58亿元,"
    "同比增长4.8%。其中,第一产业增加值1.63亿元,下降7.4%;第二产业增加值44.45亿元,增长7.9%。\n"
    "农林牧渔业总产值增速有所下降。上半年,全区完成农林牧渔业总产值2.81亿元,同比下降7.2%。"
)


def test_a_district_text_of_a_city_with_one_district_is_that_districts(tmp_path: Path) -> None:
    result = build_one(tmp_path, HEYUAN)
    assert result.skipped == []
    assert {r.region for r in result.records} == {"源城区"}  # 河源's only 区 (its other units are 县)


def test_a_district_text_of_a_city_with_several_districts_stays_unplaced(tmp_path: Path) -> None:
    # the same release under 贵港 (港北区, 港南区, 覃塘区): which district speaks is not said
    result = build_one(tmp_path, HEYUAN.replace("河源市", "贵港市"))
    assert result.records == []
    assert len(result.skipped) == 1


def test_a_county_that_was_renamed_still_counts_as_one_of_the_voice(tmp_path: Path) -> None:
    # 芜湖 has one 县 today (南陵县), but 湾沚区 was 芜湖县 and 繁昌区 was 繁昌县: an older `我县` may be any of them.
    # A county's H1 news (swept before this round) with 芜湖 named as its city:
    text = (
        "今年上半年,我县经济发展保持健康发展良好态势,工业经济、招商引资、项目建设、现代农业等主要经济工作实现稳中有升。"
        "根据芜湖市统一核算,上半年全县实现地区生产总值200亿元,同比增长10.2%。我县规上工业增加值131.3亿元,同比增长16.2%。"
    )
    result = build_one(tmp_path, text)
    assert result.records == []


# gxj.changzhou.gov.cn/new/36259_28651 (常州 工信局, swept before this round)
CHANGZHOU = (
    "上半年,我市200个工业经济新增长点项目发展良好,有力支撑了全市工业经济平稳发展。全市工业经济新增长点项目企业"
    "实现产值2072.8亿元,同比增长18.6%;新增产值282.8亿元,完成全年目标的56.6%,超时序进度6.6个百分点。"
)


def test_a_city_departments_site_places_a_text_in_the_citys_voice(gazetteer: Gazetteer) -> None:
    address = "https://gxj.changzhou.gov.cn/new/36259_28651"
    place = source_place(address, [], CHANGZHOU, set(), gazetteer)
    assert place is not None and place.name == "常州市"
    # yueyang.gov.cn/jxw/7297/65345/content_1940710.html: `1—3月,全市规模工业增加值同比增长5.5%`
    place = city_site_place(
        "https://yueyang.gov.cn/jxw/7297/65345/content_1940710.html",
        gazetteer,
        "1—3月,全市规模工业增加值同比增长5.5%,较1—2月份增速提高了2个百分点,居全省第12位。",
    )
    assert place is not None and place.name == "岳阳市"


def test_a_city_site_does_not_place_a_county_or_zone_text(gazetteer: Gazetteer) -> None:
    county = "上半年,全县规模以上工业增加值同比增长7.9%,全县固定资产投资增长5%,高于全市1个百分点。"
    assert city_site_place("https://gxj.changzhou.gov.cn/new/1.html", gazetteer, county) is None
    # jkq.yaan.gov.cn: a zone's site under its city's host is read as the zone's (zone_site_city), never the city's
    zone = "上半年,经开区规上工业增加值同比增长23.5%,持续6个月稳居全市第一。"
    assert city_site_place("https://jkq.yaan.gov.cn/xinwen/show/1.html", gazetteer, zone) is None
    assert city_site_place("https://www.xjbl.gov.cn/info/1289/46236.htm", gazetteer, CHANGZHOU) is None


def test_the_city_site_places_the_wholebuild_one(tmp_path: Path) -> None:
    result = build_one(tmp_path, CHANGZHOU, {"source": "https://gxj.changzhou.gov.cn/new/36259_28651"})
    assert result.skipped == []
    assert {r.region for r in result.records} == {"常州市"}


@pytest.mark.parametrize(
    ("address", "county"),
    [
        ("https://m.yybnet.net/baiyin/jingyuan/201906/9215744.html", "靖远县"),  # 白银's, not 泾源县
        ("https://m.yybnet.net/huainan/fengtai/201912/10025653.html", "凤台县"),  # 淮南's, not 丰台区
        ("https://m.yybnet.net/tianshui/qingshui/201208/3928962.html", "清水县"),
        # the page: `2009年,我市实现地区生产总值333亿元`
        ("http://www.abcjf.cn/html/news/taixing/2010/0113/19034.html", "泰兴市"),
        # `xianqu` is 县区, the counties' channel, not 西安区
        ("http://akxw.cn/news/xianqu/shiquan/2021-02-19/388547.html", "石泉县"),
    ],
)
def test_a_news_sites_county_channel_names_the_county(
    gazetteer: Gazetteer, address: str, county: str
) -> None:
    place = place_from_address(address, gazetteer)
    assert place is not None and place.name == county


@pytest.mark.parametrize(
    ("address", "county"),
    [
        # 今日房县, the county's paper: `前三季度,全县上下…我县由二季度的第12位上升到第6位`
        ("http://szb.jinrifangxian.com/content/2018-11/16/022258.html", "房县"),
        ("http://www.luotiannews.com/p/72578.html", "罗田县"),
        ("http://guannantv.com/thread-46138-1-1.html", "灌南县"),
        ("https://www.miduwang.com/thread-33540-1-1.html", "弥渡县"),
    ],
)
def test_a_countys_news_site_names_the_county(gazetteer: Gazetteer, address: str, county: str) -> None:
    place = place_from_address(address, gazetteer)
    assert place is not None and place.name == county


def test_a_news_site_name_outside_the_folders_province_is_none(gazetteer: Gazetteer) -> None:
    # jinrixinan.com/sichuan/…: `xinan` spells 新安县, which is 河南's, not 四川's
    assert place_from_address("https://jinrixinan.com/sichuan/64915.html", gazetteer) is None


def test_channel_words_are_no_county(gazetteer: Gazetteer) -> None:
    # bx2200.com/baogao/huanan/…: 华南 (its reports by region: huadong, xibei…), not 桦南县
    assert place_from_address("http://bx2200.com/baogao/huanan/1446.html", gazetteer) is None
    assert place_from_address("http://bx2200.com/baogao/huadong/12259_2.html", gazetteer) is None
    # initials never count in a folder: any short folder name is some county's (a made-up address)
    assert place_from_address("http://example.com/lx/news/1.html", gazetteer) is None


# r193 (柘荣县's 2025 targets on bx2200.com) names only 福建 and `闽东药城`: nothing places it, and the build says
# what would.
UNPLACED = "全年主要预期目标是:全县地区生产总值增长6%,规上工业增加值增长14.5%,固定资产投资增长3%。"


def test_an_unplaced_text_is_skipped_with_what_would_place_it(tmp_path: Path) -> None:
    result = build_one(tmp_path, UNPLACED)
    assert result.records == []
    (name, reason), *_ = result.skipped
    assert name == "d1.txt"
    assert "no place the gazetteer knows is named" in reason
    assert "places" in reason and "source address" in reason


def test_an_unplaced_text_whose_address_names_nothing_says_so(tmp_path: Path) -> None:
    result = build_one(tmp_path, UNPLACED, {"source": "http://bx2200.com/baogao/huadong/12259_2.html"})
    assert result.records == []
    (_, reason), *_ = result.skipped
    assert "source address names no single county" in reason


def test_the_address_alone_places_the_same_text(tmp_path: Path) -> None:
    # a manifest line with only `id` and `source` on 柘荣县's own host (zherong.gov.cn; the path is made up) places it
    result = build_one(tmp_path, UNPLACED, {"source": "http://www.zherong.gov.cn/zwgk/1.html"})
    assert result.skipped == []
    assert {r.region for r in result.records} == {"柘荣县"}
