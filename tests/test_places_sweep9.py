"""Places found on freshly swept pages (round 9)."""

from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones


def _zones(text: str) -> list[str]:
    return [z.place.name for z in find_zones(text, Gazetteer.default())]


def test_a_national_new_area_named_by_a_district_short_is_the_listed_new_area() -> None:
    # http://y.tt/186713700070hk.htm (traditional, opencc'd): 江北 is also 重庆's and 宁波's 江北区,
    # but `江北新区` is 南京江北新区, the one national new area of that name
    text = "据江北新区经济发展局(招商局)有关负责人介绍,集中开工项目中有8个科技服务类项目"
    assert _zones(text) == ["南京江北新区"]
