"""Place rules found on dev10 and pages swept in the twentieth round; each test quotes its page."""

from bot.ingest.firm_names import firm_spans
from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones, known_zones
from tests.ingest_helpers import records, regions

# tests/real r172 (xinhuanet 2011, 吉林经济开发区 upgraded): the statistics bureau's unit keeps the zone's provincial
# name (`吉林经济开发区`, 220271) while the national list has it as `吉林经济技术开发区`: one zone, the national name.
_JILIN = (
    "吉林经济开发区经国务院批准升格为国家级开发区\n\n"
    "  5月25日,记者从吉林经开区管委会获悉,经国务院批准,该区已正式升级为国家级经济技术开发区。\n\n"
    "  吉林经开区成立于1998年,规划面积20.4平方公里。区内现有企业1605户,其中大中型企业348户;2009年,"
    "该区完成地区生产总值53亿元,同比增长23.8%;完成全口径财政收入6.7亿元,同比增长48.8%。\n"
)


def test_a_bureau_unit_under_its_pre_upgrade_name_is_the_national_zone():
    gazetteer = Gazetteer.default()
    names = {z.name for z in known_zones(gazetteer).zones}
    assert "吉林经济开发区" not in names and "吉林经济技术开发区" in names
    assert "安徽安庆经济开发区" not in names and "安庆经济技术开发区" in names
    assert "巴中经济开发区" in names  # a provincial zone with no national namesake keeps its name
    found = find_zones("吉林经济开发区经国务院批准", gazetteer)
    assert [z.place.name for z in found] == ["吉林经济技术开发区"]
    assert set(regions(records(_JILIN), 1605, 348, 53, 6.7).values()) == {"吉林经济技术开发区"}


# https://yybnet.net/neijiang/news/201308/4872231.html (2013): the zone written in full under its provincial name
_NEIJIANG = (
    "内江经济开发区开启新征程\n"
    "巨腾国际、天津浩物、海德科技、富晟机械、效率源科技……随着这一个个知名企业相继落户,内江经济开发区的名气也越来越响。"
    "目前,内江经济开发区有企业91户,其中规模企业27户,2012年实现工业总产值102亿元。\n"
)


def test_a_zone_written_in_full_under_its_pre_upgrade_name_is_the_national_zone():
    gazetteer = Gazetteer.default()
    assert [z.place.name for z in find_zones("内江经济开发区有企业91户", gazetteer)] == ["内江经济技术开发区"]
    assert [z.place.name for z in find_zones("巴中经济开发区有企业", gazetteer)] == ["巴中经济开发区"]
    assert set(regions(records(_NEIJIANG), 91, 27, 102).values()) == {"内江经济技术开发区"}


# tests/real r186 (hkcd.com 2023, 武汉经开区 mid-year, traditional script): `武漢市政集團` is a municipal-works firm
# named after its city, not 武汉 speaking: the zone's construction figures stay the zone's.
_WUHAN_ZONE = (
    "武漢經開區上半年五項核心指標增幅排名武漢前一\n\n"
    "    7月31日,記者從武漢經開區統計局獲悉,今年1—6月,全區實現地區生產總值(GDP)939.90億元,總量居全市第二位。\n\n"
    "    上半年,全區建築業總產值保持較高增速,武漢市政集團、武漢建工集團、湖北路橋集團等頭部企業帶動效應越發凸顯,"
    "資質以上建築業完成建築業總產值678.13億元,同比增長19.2%,高於全市平均增幅12.5個百分點,全市排名第一。\n"
)


def test_a_citys_municipal_works_firm_is_the_firms_home_not_the_city():
    gazetteer = Gazetteer.default()
    text = "武汉市政集团、武汉建工集团等头部企业带动"
    assert 0 in firm_spans(text, gazetteer.find_mentions(text, []))
    text = "如皋市政府与该公司签约,扬州市政协委员来到集团"
    assert firm_spans(text, gazetteer.find_mentions(text, [])) == set()
    assert set(regions(records(_WUHAN_ZONE), 939.9, 678.13, 19.2, 12.5).values()) == {"武汉经济技术开发区"}


# tests/real r181 (天祝 news 2023): the first of a `、` list of projects closed by their count is named after its
# investor's home (宁波, another province): the count and the figures after it are the county's.
_TIANZHU = (
    "天祝县36个重大项目集中开工\n\n"
    "据介绍,此次集中开工的高质量发展重大项目有天祝县高铁西站应急避难场、天祝县重点调蓄水源工程等36个,"
    "总投资达52.25亿元,年内计划投资18.23亿元。其中,干渣子重点调蓄水池、石门产业园孵化基地等27个政府投资项目,"
    "总投资20.57亿元,年内计划完成投资12.75亿元;宁波欧达松山滩20万千瓦风电、天堂镇星级民宿建设等9个企业投资项目,"
    "总投资31.68亿元,年内计划完成投资5.48亿元。\n"
)


def test_a_listed_project_named_after_its_investors_home_keeps_the_countys_count():
    assert set(regions(records(_TIANZHU), 36, 27, 20.57, 9, 31.68, 5.48).values()) == {"天祝藏族自治县"}
