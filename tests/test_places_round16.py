"""Place rules found on dev9's region errors (last pass of this round); each test quotes its page."""

from bot.ingest.places import Gazetteer
from bot.ingest.segment import context_city
from bot.ingest.zones import find_zones
from tests.ingest_helpers import records, regions

# dev9 r162 (an interview of 益阳长春经开区's head, 资阳区 融媒体中心, 2021): the zone opens with its own city, 益阳,
# then a proper name that is also another city's (长春); 资阳 is 益阳's district, not 四川's 资阳市
_YIYANG = (
    "2021-10-23 16:55 发表于湖南\n"
    "区融媒体中心对参会的部分人大代表和政协委员进行了专访,他们围绕资阳发展大局和涉及群众切身利益的热点难点问题建诤言、献良策,"
    "为推动资阳高质量发展,实现“十四五”良好开局贡献力量。 区人大代表 刘琛 “作为基层园区的负责同志,我看到了资阳高质量发展的"
    "决心。”益阳长春经开区党工委副书记、管委会主任刘琛说。 刘琛表示,下阶段,长春经开区将深入实施“三高四新”战略,"
    "力争到2025年将PCB产业发展成为五百亿级产业。一是突出顶层设计,加快推进园区调区扩区,争取新增6.22平方公里建设用地指标。\n"
)


def test_a_zone_named_by_its_city_then_another_citys_name_is_that_citys_zone():
    zones = find_zones(_YIYANG, Gazetteer.default(), "益阳市")
    assert {(z.place.name, z.place.city) for z in zones} == {("益阳长春经济开发区", "益阳市")}
    assert regions(records(_YIYANG), 6.22)[6.22] == "益阳长春经济开发区"


def test_a_citys_short_name_that_is_a_district_of_another_named_city_votes_for_that_city():
    assert context_city(_YIYANG, Gazetteer.default()) == "益阳市"


def test_a_zone_of_a_city_named_with_its_own_city_keeps_its_name():
    # the rule above needs a place that is not the zone's own city nor in it: `长春经开区` alone stays 长春's
    zones = find_zones("长春经开区实现地区生产总值500亿元。", Gazetteer.default())
    assert [z.place.name for z in zones] == ["长春经济技术开发区"]
    zones = find_zones("苏州昆山高新区实现工业总产值500亿元。", Gazetteer.default())
    assert [z.place.city for z in zones] == ["苏州市"]


def test_the_later_items_of_a_list_a_zone_opened_are_the_zones_though_one_names_the_city_it_ranks_in():
    # dev9 r162: `长春经开区将…。一是…。二是…确保…全市先进园区行列。三是…引进50家…。四是…规模工业总产值700亿元以上`
    text = _YIYANG.rstrip("\n") + (
        "二是突出平台建设,加快国家级经开区创建步伐,确保继续保持全省省级及以上园区第一方阵、全市先进园区行列。"
        "三是突出招商引资,力争通过5年努力,引进50家投资过亿元的企业落户。"
        "四是突出项目建设,实现规模工业总产值700亿元以上,上缴工业税收15亿元以上。\n"
    )
    assert set(regions(records(text), 6.22, 50, 700, 15).values()) == {"益阳长春经济开发区"}


def test_a_list_item_that_names_another_place_is_that_places():
    text = "长沙经开区将加快发展。一是完成固定资产投资100亿元。二是浏阳市完成固定资产投资80亿元。\n"
    assert regions(records(text), 80)[80] == "浏阳市"


def test_sunshine_hours_name_no_city():
    # a 旗's 2020 statistical bulletin (tjgb.hongheiku.com, swept this round): `日照时长` is sunshine, not 日照市
    text = "全年总日照时长2847.6小时,总降水量309.8毫米。全年平均气温8.5℃。"
    assert Gazetteer.default().find_mentions(text) == []
    assert Gazetteer.default().find_mentions("日照完成地区生产总值500亿元。")[0].place.name == "日照市"


def test_a_companys_institute_names_no_prefecture():
    # 台海网 2016 (閩侯 e-commerce, traditional script, swept this round): `阿里研究院近日發布…排行榜` is 阿里巴巴's
    # institute; the text is about 福建's counties, none of 阿里地区's figures
    text = (
        "臺海網8月26日訊 據福州日報報道,記者昨日從省商務廳獲悉,阿里研究院近日發布2016年“電商百佳縣”排行榜,"
        "我省16個縣(市)上榜,比上年度增加兩個。此次閩侯縣首次進入全國前十位,排全國第八位。\n"
    )
    assert "阿里地区" not in {r.region for r in records(text)}
    assert Gazetteer.default().find_mentions("阿里地区完成投资20亿元。")[0].place.name == "阿里地区"
