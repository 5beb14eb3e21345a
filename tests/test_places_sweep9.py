"""Places found on freshly swept pages (round 9)."""

from bot.ingest.place_lists import adjacent_spans
from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones


def _zones(text: str) -> list[str]:
    return [z.place.name for z in find_zones(text, Gazetteer.default())]


def test_a_national_new_area_named_by_a_district_short_is_the_listed_new_area() -> None:
    # http://y.tt/186713700070hk.htm (traditional, opencc'd): 江北 is also 重庆's and 宁波's 江北区,
    # but `江北新区` is 南京江北新区, the one national new area of that name
    text = "据江北新区经济发展局(招商局)有关负责人介绍,集中开工项目中有8个科技服务类项目"
    assert _zones(text) == ["南京江北新区"]


def test_a_count_right_after_a_county_name_is_that_county_s() -> None:
    # http://cs.zjol.com.cn/zjbd/ls16512/201811/t20181115_8750749.shtml (嘉善 builds a park for 庆元 and 九寨沟)
    text = "可用于推动庆元县83个薄弱村和九寨沟县48个贫困村增强“造血”功能。"
    gazetteer = Gazetteer.default()
    spans = adjacent_spans(text, gazetteer.find_mentions(text, []))
    assert [(text[s.start : s.end], s.place.name) for s in spans] == [
        ("83个", "庆元县"),
        ("48个", "九寨沟县"),
    ]
