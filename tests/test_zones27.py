"""Zone texts naming themselves, from real sentences of the tuning splits: a city's port-side zone (`临港经济区`) is a
place of its own, as its airport-side kin (`临空经济区`) is, not the city that hosts it."""

from tests.ingest_helpers import one, records

# r549 (梧州临港经济区, the zone's economic work meeting reviewing 2022)
WUZHOU = (
    "近日,梧州临港经济区召开经济工作会议。\n"
    "回首2022年“成绩单”倍感不易。梧州临港经济区集中力量狠抓32个产业项目和19个基础配套项目建设,推动震宇、苏腾等一批"
    "重大项目如期投产,毅马、浔江等30多个技改项目加快建设。2022年,园区总产值突破500亿元大关,为实现千亿元产业园区迈出了"
    "重要一步。\n"
)


def test_port_side_zone_is_its_own_place_not_its_city():
    found = records(WUZHOU)
    for value in (32, 19, 30, 500):
        assert one(found, value).region == "梧州临港经济区", value
    assert one(found, 500).kind == "actual"
    assert one(found, 500).period == "2022"
