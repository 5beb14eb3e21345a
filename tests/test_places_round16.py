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
