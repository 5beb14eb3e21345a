"""Development zones, new areas and demonstration zones as places of their own.

No maintained list of China's development zones is published as a Python package, so they are recognised by
their form: a place the gazetteer knows, then a zone suffix (`株洲经开区`, `镇江高新区`, `如皋高新技术产业开发区`,
`义乌综合保税区`). A zone is named in full (`经开区` → `经济技术开发区`, `高新区` → `高新技术产业开发区`) and
belongs to that place's city, but never becomes it. A real county-level division with such a name (`浦东新区`)
is the gazetteer's, not a zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.places import Gazetteer, Place

ZONE = "zone"
# Longest first; the short forms a text uses and the full form a record names.
_SUFFIXES = {
    "经济技术开发区": "经济技术开发区",
    "高新技术产业开发区": "高新技术产业开发区",
    "高新技术开发区": "高新技术产业开发区",
    "高新技术产业园区": "高新技术产业园区",
    "经济开发区": "经济开发区",
    "综合保税区": "综合保税区",
    "工业园区": "工业园区",
    "开发园区": "开发园区",
    "示范区": "示范区",
    "高新区": "高新技术产业开发区",
    "经开区": "经济技术开发区",
    "开发区": "开发区",
    "综保区": "综合保税区",
    "新区": "新区",
}
_ZONE = re.compile("|".join(sorted(_SUFFIXES, key=len, reverse=True)))
_PREFIX_LENGTHS = (4, 3, 2)


@dataclass(frozen=True)
class ZoneMention:
    start: int
    end: int
    place: Place  # level "zone": its full name, its parent city and province


_AIMS_NATIONAL = re.compile(r"(?:创建|争创|申报|升级为?|晋升为?)国家级(?:经开区|经济技术开发区)")


def not_yet_national(document: str) -> bool:
    """Whether a document's `经开区` is a provincial 经济开发区 still aiming to be a national one."""
    return bool(_AIMS_NATIONAL.search(document))


def find_zones(
    text: str, gazetteer: Gazetteer, city: str = "", *, provincial: bool = False
) -> list[ZoneMention]:
    """Zones named in running text: a known place's name right before a zone suffix. `provincial`: the
    document's `经开区` is an 经济开发区 (not_yet_national)."""
    found: list[ZoneMention] = []
    for m in _ZONE.finditer(text):
        if found and m.start() < found[-1].end:
            continue
        zone = _zone_before(text, m, gazetteer, city, provincial)
        if zone is not None:
            found.append(zone)
    return found


def _zone_before(
    text: str, m: re.Match[str], gazetteer: Gazetteer, city: str, provincial: bool
) -> ZoneMention | None:
    for length in _PREFIX_LENGTHS:
        start = m.start() - length
        if start < 0:
            continue
        prefix = text[start : m.start()]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
            continue
        if gazetteer.get(prefix + m.group()) is not None:
            return None  # a real division (浦东新区)
        place = gazetteer.resolve(prefix, city_hint=city or None)
        if place is None or place.level == "province":
            continue
        if len(prefix) > 2 and prefix[0] in "市县区省" and place.name != prefix:
            continue
        short = place.short if place.short != place.name else place.name
        name = short + ("经济开发区" if provincial and m.group() == "经开区" else _SUFFIXES[m.group()])
        parent = place.name if place.level == "city" else place.city or place.name
        zone = Place("", name, short + m.group(), ZONE, parent, place.province)
        return ZoneMention(start, m.end(), zone)
    return None


_BARE_WORDS = ("经开区", "高新区", "综保区")
_BARE_MIN = 3


def zone_of_city(
    text: str, gazetteer: Gazetteer, city: str, *, provincial: bool = False
) -> tuple[Place, int] | None:
    """A text about a zone that it names only by its kind (`经开区2022年经济社会发展总体情况`, `经开区深入贯彻…`)
    and that names its city: that city's zone, with the times the text calls it so. None when the text names a
    zone in full, or calls none so at least three times."""
    place = gazetteer.get(city) if city else None
    if place is None or place.level != "city":
        return None
    counts = {word: text.count(word) for word in _BARE_WORDS}
    word, count = max(counts.items(), key=lambda item: item[1])
    if count < _BARE_MIN:
        return None
    short = place.short if place.short != place.name else place.name[:-1]
    name = short + ("经济开发区" if provincial and word == "经开区" else _SUFFIXES[word])
    return Place("", name, short + word, ZONE, place.name, place.province), count


# A clause that opens with a zone's short name (`经开区`, `高新区`: how a text calls a zone it knows), after words that point back at the county or set a time:
# `特别是该县经开区建设不断刷新纪录`, `全年经开区新增注册企业441家`.
_BARE_OPENING = re.compile(
    r"\s*(?:特别是|其中|同时|此外|另外|全年|今年|去年|上半年|前三季度|[该全本我][县市区旗])*\s*(经开区|高新区)"
    r"(?!管委会|[\u4e00-\u9fff]{0,2}(?:各|所有|数量|建设用地))"
)
BARE_WORDS = re.compile("经开区|高新区")


def county_zone_at(text: str, pos: int, county: Place | None, named: tuple[Place, ...] = ()) -> Place | None:
    """The county's own zone when the clause at `pos` opens with it named only by its kind, in a county's
    text (`该县经开区…，全年经开区新增注册企业441家`): `寿县经济开发区`, or the zone of that county `named` in full
    elsewhere in the text. Else a county's `经开区` is taken for a provincial 经济开发区: national ones in counties
    are few and named in full."""
    if county is None or county.level != "county":
        return None
    m = _BARE_OPENING.match(text, pos)
    if m is None:
        return None
    word = m.group(1)
    short = county.short if county.short != county.name else county.name
    for zone in named:  # the zone as the text names it in full elsewhere (`浏阳经济技术开发区`)
        if zone.name.startswith(short) and zone.name.endswith(_SUFFIXES[word]):
            return zone
    suffix = "经济开发区" if word == "经开区" else _SUFFIXES[word]
    return Place("", short + suffix, short + word, ZONE, county.city or county.name, county.province)
