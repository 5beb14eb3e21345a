"""Development zones, new areas and demonstration zones as places of their own.

They are recognised by their form: a place the gazetteer knows, then a zone suffix (`株洲经开区`, `镇江高新区`,
`如皋高新技术产业开发区`, `义乌综合保税区`, `海沧保税港区`), or a proper name before one (`火炬开发区`, `金普新区`). A zone is named
in full and belongs to that place's city, but never becomes it. A real county-level division with such a name
(`浦东新区`) is the gazetteer's, not a zone.

The full name is the official one when bot/data/zones.json (national development zones, high-tech zones and new
areas, and the statistics bureau's zone units; see bot/data/ZONES.md) has the zone: `中山火炬开发区` →
`中山火炬高技术产业开发区`, `天衢新区` → `德州天衢新区`. A `经开区` the list has no national zone for is a provincial
经济开发区 (`巴中市经开区` → `巴中经济开发区`); any other is named by its form (`经开区` → `经济技术开发区`,
`高新区` → `高新技术产业开发区`).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.fast_patterns import finditer_near
from bot.ingest.places import COMMON_WORD_SHORTS, GENERIC_MORPHEMES, SUFFIX_CHARS, Gazetteer, Place

ZONES_PATH = Path(__file__).resolve().parent.parent / "data" / "zones.json"

ZONE = "zone"
# Longest first; the short forms a text uses and the full form a record names.
_SUFFIXES = {
    "经济技术开发区": "经济技术开发区",
    "高新技术产业开发区": "高新技术产业开发区",
    "高新技术开发区": "高新技术产业开发区",
    "高新技术产业园区": "高新技术产业园区",
    "高技术产业开发区": "高技术产业开发区",
    "临空经济区": "临空经济区",
    # a port-side zone named like the airport-side one (`梧州临港经济区召开经济工作会议`)
    "临港经济区": "临港经济区",
    "经济开发区": "经济开发区",
    "综合保税区": "综合保税区",
    "保税港区": "保税港区",
    "保税区": "保税区",
    "工业园区": "工业园区",
    "开发园区": "开发园区",
    "示范区": "示范区",
    "高新区": "高新技术产业开发区",
    "经开区": "经济技术开发区",
    "开发区": "开发区",
    "综保区": "综合保税区",
    "新区": "新区",
    "农业高新技术产业示范区": "农业高新技术产业示范区",
    "经济综合实验区": "经济综合实验区",
    "综合实验区": "经济综合实验区",
    "实验区": "经济综合实验区",
    # Henan's two kinds of county zone (the `两区`), governed by their own 管委会: `唐河产业集聚区`, `特色商业区`
    "产业集聚区": "产业集聚区",
    "特色商业区": "特色商业区",
}
# Kinds that many phrases end with (`改革实验区`): a zone only when the list has one of that name (郑州航空港经济综合实验区,
# `航空港实验区`).
_LISTED_ONLY = frozenset({"经济综合实验区", "综合实验区", "实验区"})
_ZONE = re.compile("|".join(sorted(_SUFFIXES, key=len, reverse=True)))
ZONE_SUFFIX = _ZONE  # a zone's kind, as written after its place (`经济开发区`, `高新区`)
_PREFIX_LENGTHS = (4, 3, 2)
_LEVEL_BETWEEN = re.compile(r"(?:国家级?|省级)(?:自主创新)?$")  # (`中关村国家自主创新示范区`)
_LEVEL_SPAN = 7
_LISTED_LENGTHS = (5, 4, 3)


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
    unplaced: list[re.Match[str]] = []
    for m in _ZONE.finditer(text):
        if found and m.start() < found[-1].end:
            continue
        zone = _zone_before(text, m, gazetteer, city, provincial)
        if zone is not None:
            found.append(zone)
        else:
            unplaced.append(m)
    found = _same_zone_again(found, text)
    found = _as_named_in_full(found)
    proper = _proper_zones(text, unplaced, gazetteer, city)
    if proper:
        taken = {i for z in found for i in range(z.start, z.end)}
        found.extend(z for z in proper if z.start not in taken and z.end - 1 not in taken)
        found.sort(key=lambda z: z.start)
    found = _with_core_districts(found, text, gazetteer)
    paired = _paired_zones(text, gazetteer) if "中" in text or "-" in text or "—" in text else []
    if paired:  # `中马钦州产业园区`, `广西—东盟经开区`: listed zones named after two places
        found = [z for z in found if not any(p.start <= z.start < p.end for p in paired)]
        taken = {i for z in found for i in range(z.start, z.end)}
        found.extend(z for z in paired if z.start not in taken and z.end - 1 not in taken)
        found.sort(key=lambda z: z.start)
    initial = _initial_zones(text, gazetteer) if "开区" in text else []
    if initial:  # `吉安市井开区`: a listed zone by its first character and 开区
        taken = {i for z in found for i in range(z.start, z.end)}
        found.extend(z for z in initial if z.start not in taken and z.end - 1 not in taken)
        found.sort(key=lambda z: z.start)
    experiment = _experiment_zones(text, gazetteer) if "港" in text else []
    if experiment:
        taken = {i for z in found for i in range(z.start, z.end)}
        found.extend(z for z in experiment if z.start not in taken and z.end - 1 not in taken)
        found.sort(key=lambda z: z.start)
    trade = _free_trade_zones(text, gazetteer) if "贸" in text or "新片区" in text else []
    if trade:
        taken = {i for z in found for i in range(z.start, z.end)}
        found.extend(z for z in trade if z.start not in taken and z.end - 1 not in taken)
        found.sort(key=lambda z: z.start)
    e_commerce = _e_commerce_zones(text, gazetteer) if "跨境电子商务综合试验区" in text else []
    if e_commerce:
        taken = {i for z in found for i in range(z.start, z.end)}
        found.extend(z for z in e_commerce if z.start not in taken and z.end - 1 not in taken)
        found.sort(key=lambda z: z.start)
    clipped = _clipped_zones(found, text) if found else []
    if clipped:  # (last: a longer zone's name that opens with the clipped one is that zone, `成都高新综保区`)
        found = sorted([*found, *clipped], key=lambda z: z.start)
    return found


# A city's cross-border e-commerce pilot zone, named in full with its city in brackets as the State Council names
# it (`中国(南宁)跨境电子商务综合试验区1—9月完成进出口额约12.82亿元`, gx.cri.cn 2020): a zone of its own, the city's.
_E_COMMERCE = re.compile(r"中国\(([\u4e00-\u9fff]{2,4})\)跨境电子商务综合试验区")


def _e_commerce_zones(text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    zones = []
    for m in _E_COMMERCE.finditer(text):
        city = next(
            (p for p in gazetteer.lookup(m.group(1)) if p.level == "city" or p.name.endswith("市")), None
        )
        if city is None:
            continue
        short = city.root
        zone = Place(
            "",
            f"中国({short})跨境电子商务综合试验区",
            short + "跨境电商综试区",
            ZONE,
            _city_name(city),
            city.province or city.name,  # (a municipality is its own province)
        )
        zones.append(ZoneMention(m.start(), m.end(), zone))
    return zones


# A listed 经济综合实验区 is mostly written without its kind, as its proper name and 区 (`郑州航空港区`, `航空港区`,
# since its 2022 reform) or as its city and proper name alone (`河南郑州航空港`, `郑州航空港的…`): chinaebr.com 2024,
# cnlsnavs.com, whst.com.cn 2024, wbywanted.com 2014. Not a station or a port's own name (`郑州航空港站`).
_EXPERIMENT_KIND = "经济综合实验区"
_EXPERIMENT_NOT_AFTER = frozenset("站口经实区")


@functools.lru_cache(maxsize=4)
def _experiment_forms(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, KnownZone]] | None:
    """Written forms of the listed 经济综合实验区 zones: `<core>区` with or without the city before it, and
    `<city><core>`; each form -> its zone."""
    forms: dict[str, KnownZone] = {}
    for zone in known_zones(gazetteer).zones:
        if not zone.name.endswith(_EXPERIMENT_KIND) or len(zone.core) < 2 or not zone.lead:
            continue
        lead = gazetteer.get(zone.lead)
        shorts = {zone.lead, lead.short} if lead is not None else {zone.lead}
        forms[zone.core + "区"] = zone
        for short in shorts:
            forms[short + zone.core + "区"] = zone
            forms[short + zone.core] = zone
    if not forms:
        return None
    return re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True))), forms


def _experiment_zones(text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    found_forms = _experiment_forms(gazetteer)
    if found_forms is None:
        return []
    pattern, forms = found_forms
    zones = []
    for m in pattern.finditer(text):
        if not m.group().endswith("区") and text[m.end() : m.end() + 1] in _EXPERIMENT_NOT_AFTER:
            continue  # `郑州航空港站`, `郑州航空港口岸`, or its full name (found by its kind)
        zone = forms[m.group()]
        before = _place_ending_at(text, m.start(), gazetteer, "")
        if (
            before is not None
            and before[1].name != zone.province
            and zone.city not in (before[1].name, before[1].city)
        ):
            continue  # `西安航空港区`: another city's port area
        place = Place("", zone.name, zone.core + "区", ZONE, zone.city, zone.province)
        zones.append(ZoneMention(m.start(), m.end(), place))
    return zones


# A listed economic zone called by the first character of its name and 开区 (`井开区`, 井冈山经济技术开发区, in
# 吉安's news: destroybadbreath.com 2014, 中国台湾网). Not a word ending in 开 before 区委, 区政府 (`召开区委常委会`).
_INITIAL_ZONE = re.compile(r"([\u4e00-\u9fff])开区(?![委政人长党直级属内域])")
_INITIAL_FAMILIES = ("etdz", "econ")
_INITIAL_MIN = 2


def _initial_zones(text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    """`X开区` written at least twice, where exactly one listed economic zone of a city the text names has a name
    that opens with X: that zone."""
    written = Counter(m.group(1) for m in _INITIAL_ZONE.finditer(text) if m.group(1) != "经")
    chosen: dict[str, Place] = {}
    for initial, times in written.items():
        if times < _INITIAL_MIN:
            continue
        matches = {
            z.name: z
            for z in known_zones(gazetteer).zones
            if z.family in _INITIAL_FAMILIES
            and z.stem.startswith(initial)
            and z.city
            and _names_city(text, z.city, gazetteer)
        }
        if len(matches) == 1:
            (zone,) = matches.values()
            chosen[initial] = Place("", zone.name, initial + "开区", ZONE, zone.city, zone.province)
    return [
        ZoneMention(m.start(), m.end(), chosen[m.group(1)])
        for m in _INITIAL_ZONE.finditer(text)
        if m.group(1) in chosen
    ]


# A province's pilot free trade zone (`中国(河南)自由贸易试验区`, `河南自贸试验区`, `上海自贸区`) and its areas, named after
# their city or by a proper name right after the zone (`郑州片区`, `开封片区`, `上海自贸区临港新片区`): zones of their own,
# named in full (`中国(河南)自由贸易试验区郑州片区`), the area its city's (hbsztv.com 2017, investchn.com 2021).
_FREE_TRADE = re.compile(
    r"中国\(([\u4e00-\u9fff]{2,3})\)自由贸易试验区|([\u4e00-\u9fff]{2,3})(?:自贸试验区|自贸区|自由贸易试验区)"
)
# (every such name holds `自由贸易` or `自贸`: it is looked for only just before them, see `finditer_near`)
_FREE_TRADE_WORD = re.compile(r"(?=自由贸易|自贸)")
_TRADE_AREA = re.compile(r"新?片区")
_AREA_NAME_LENGTHS = (2, 3, 4)


def _free_trade_zones(text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    zones: list[ZoneMention] = []
    ends: dict[int, Place] = {}  # where a free trade zone's name ends -> its province
    provinces: dict[str, Place] = {}
    named: list[re.Match[str]] = []  # the names whose province is known
    for m in finditer_near(_FREE_TRADE, _FREE_TRADE_WORD, text):
        written = m.group(1) or m.group(2)
        province = next(
            (
                p
                for k in (3, 2)
                if len(written) >= k
                for p in gazetteer.lookup(written[-k:])
                if p.level == "province"
            ),
            None,
        )
        if province is None:
            continue
        start = m.end() - len(m.group()) + (len(written) - len(province.short) if m.group(2) else 0)
        ends[m.end()] = province
        named.append(m)
        provinces[province.name] = province
        zones.append(ZoneMention(start, m.end(), _free_trade_zone(province)))
    if not zones:
        return _bare_new_areas(text, gazetteer)
    # an area named by a proper name right after its zone (`上海自贸区临港新片区`), named again alone (`临港新片区`)
    proper = {
        text[m.end() : a.start()]: ends[m.end()]
        for m in named
        for a in [_TRADE_AREA.search(text, m.end(), m.end() + max(_AREA_NAME_LENGTHS) + 1)]
        if a is not None and 2 <= a.start() - m.end() <= max(_AREA_NAME_LENGTHS)
    }
    for m in _TRADE_AREA.finditer(text):
        s = m.start()
        for n in _AREA_NAME_LENGTHS:
            name = text[s - n : s] if s >= n else ""
            if not _is_han(name):
                break
            zone = ends.get(s - n) or proper.get(name)
            if zone is not None and _is_generic_name(name):
                continue  # `河南自贸试验区涵盖三个片区`
            place = None if zone is not None else gazetteer.resolve(name)
            if zone is None and (place is None or place.level not in ("city", "county")):
                continue
            province = zone or provinces.get(place.province if place else "")
            if province is None:
                continue
            city = (
                _city_name(place)
                if place is not None
                else (province.name if province.name.endswith("市") else "")
            )
            whole = _free_trade_zone(province)
            area = Place("", whole.name + name + m.group(), name + m.group(), ZONE, city, province.name)
            start = s - n
            if zone is not None:  # `上海自贸区临港新片区`: the area, not the zone, is named
                zones = [z for z in zones if z.end != start]
                start = next((z.start for z in reversed(zones) if z.end == start), start)
            zones.append(ZoneMention(start, m.end(), area))
            break
    return sorted(zones, key=lambda z: z.start)


# A free trade zone's new area named alone, as news of it writes it (`临港新片区1-7月产业投资同比增长69.8%`, with
# `上海市政府召开新闻发布会`, f18_p03 eastday.com): the area of the one province the text names, by the name every
# mention of it shares.
_NEW_AREA = re.compile(r"新片区")


def _bare_new_areas(text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    runs: list[tuple[int, str]] = []
    for m in _NEW_AREA.finditer(text):
        n = 0
        while n <= max(_AREA_NAME_LENGTHS) and m.start() - n > 0 and _is_han(text[m.start() - n - 1]):
            n += 1
        runs.append((m.start(), text[m.start() - n : m.start()]))
    name = min((run for _, run in runs), key=len, default="")
    while name and not all(run.endswith(name) for _, run in runs):
        name = name[1:]  # the name every mention shares
    if len(name) not in _AREA_NAME_LENGTHS or _is_generic_name(name) or gazetteer.resolve(name) is not None:
        return []
    provinces = {m.place.name: m.place for m in gazetteer.find_mentions(text) if m.place.level == "province"}
    if len(provinces) != 1:
        return []
    (province,) = provinces.values()
    whole = _free_trade_zone(province)
    city = province.name if province.name.endswith("市") else ""
    area = Place("", whole.name + name + "新片区", name + "新片区", ZONE, city, province.name)
    return [ZoneMention(at - len(name), at + len("新片区"), area) for at, _ in runs]


# Listed zones named after two places joined by a dash (`中国-马来西亚钦州产业园区`, `广西-东盟经济技术开发区`), as texts
# write them: any dash or none, the partner country by its one-character short after `中` (`中马钦州产业园区`), the kind
# in short (`中马钦州产业园`, `广西—东盟经开区`). cnfin.com 2013, imsilkroad.com 2018, 517616.com 2017 (traditional).
_DASHES = ("-", "—", "–", "－", "")
_PARTNERS = {
    "马来西亚": "马",
    "新加坡": "新",
    "德国": "德",
    "韩国": "韩",
    "以色列": "以",
    "意大利": "意",
    "法国": "法",
}
_SHORT_KINDS = {"经济技术开发区": ("经开区",), "高新技术产业开发区": ("高新区",), "产业园区": ("产业园",)}


@functools.lru_cache(maxsize=4)
def _paired_names(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, Place]]:
    rows = json.loads(ZONES_PATH.read_text(encoding="utf-8"))["zones"]
    names: dict[str, Place] = {}
    for row in rows:
        name = row["name"]
        if "-" not in name:
            continue
        first, rest = name.split("-", 1)
        kind = next((k for k in _SHORT_KINDS if rest.endswith(k)), "")
        stem = rest[: len(rest) - len(kind)]
        city = row["city"] or next(
            (
                p.name
                for n in (3, 2)
                for i in range(len(stem) - n + 1)
                for p in gazetteer.lookup(stem[i : i + n])
                if p.level == "city" and p.province == row["province"]
            ),
            "",
        )
        kinds = (kind, *_SHORT_KINDS.get(kind, ())) if kind else ("",)
        partner = next((short for full, short in _PARTNERS.items() if stem.startswith(full)), None)
        for written in kinds:
            ways = [first + dash + stem + written for dash in _DASHES]
            if first == "中国" and partner is not None:
                ways.append(
                    "中" + partner + stem[len(next(f for f in _PARTNERS if stem.startswith(f))) :] + written
                )
            for way in ways:
                names[way] = Place("", name, way, ZONE, city, row["province"])
    pattern = (
        re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
        if names
        else re.compile("$^")
    )
    return pattern, names


def _paired_zones(text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    pattern, names = _paired_names(gazetteer)
    return [ZoneMention(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text)]


def _free_trade_zone(province: Place) -> Place:
    short = province.root
    city = province.name if province.name.endswith("市") else ""  # a municipality's zone is its city's
    return Place("", f"中国({short})自由贸易试验区", short + "自贸区", ZONE, city, province.name)


def _with_core_districts(found: list[ZoneMention], text: str, gazetteer: Gazetteer) -> list[ZoneMention]:
    """The zones, with a listed zone's proper name and `区` once the text has named the zone (`郑州航空港区`, `航空港区`
    for 郑州航空港经济综合实验区: cn.chinaebr.com 2024, yw.xinxuanze.com.cn 2017), unless that is a division's name."""
    if not found:
        return found
    listed = known_zones(gazetteer).by_name()
    words: dict[str, Place] = {}
    for zone in found:
        known = listed.get(zone.place.name)
        if known is None or len(known.core) < 2 or _is_generic_name(known.core):
            continue
        word = known.core + "区"
        if gazetteer.get(word) is None and gazetteer.resolve(known.core) is None:
            words[word] = zone.place
    if not words:
        return found
    taken = {i for z in found for i in range(z.start, z.end)}
    extra = []
    for word, place in words.items():
        at = text.find(word)
        while at >= 0:
            if at not in taken and at + len(word) - 1 not in taken:
                lead = place.city[:-1] if place.city.endswith("市") else ""
                start = at - len(lead) if lead and text.endswith(lead, 0, at) else at
                extra.append(ZoneMention(start, at + len(word), place))
            at = text.find(word, at + len(word))
    return sorted([*found, *extra], key=lambda z: z.start) if extra else found


def _is_division(text: str, m: re.Match[str], gazetteer: Gazetteer) -> bool:
    s = m.start()
    return any(s >= n and gazetteer.get(text[s - n : s] + m.group()) is not None for n in _PREFIX_LENGTHS)


def _zone_before(
    text: str, m: re.Match[str], gazetteer: Gazetteer, city: str, provincial: bool
) -> ZoneMention | None:
    if _is_division(text, m, gazetteer):
        return None  # a real division (浦东新区, 上海浦东新区)
    # `宁波国家高新区`, `常州国家级经开区`: the zone's level stands between its place and its kind
    level = _LEVEL_BETWEEN.search(text, max(0, m.start() - _LEVEL_SPAN), m.start())
    at = level.start() if level is not None else m.start()
    # a listed zone's own name, longer than a place's (南太湖新区, not 太湖县's)
    for length in _LISTED_LENGTHS:
        start = at - length
        prefix = text[max(start, 0) : at]
        if start < 0 or not _is_han(prefix):
            continue
        listed = known_zones(gazetteer).official(None, prefix, m.group(), city)
        if listed is not None:
            zone = Place("", listed.name, prefix + m.group(), ZONE, listed.city, listed.province)
            return ZoneMention(start, m.end(), zone)
    if m.group() in _LISTED_ONLY:
        return None  # (named by a proper name after its city: `_proper_zones`)
    autonomous = _autonomous_county_before(text, at, gazetteer)
    if autonomous is not None:
        # `民和回族土族自治县工业园区` (海东日报, fuels.com.cn): an autonomous county's full name, longer than a prefix
        place, start = autonomous
        name = _full_name(gazetteer, place, m.group(), provincial)
        zone = Place("", name, place.short + m.group(), ZONE, place.city or place.name, place.province)
        return ZoneMention(start, m.end(), zone)
    for length in _PREFIX_LENGTHS:
        start = at - length
        if start < 0:
            continue
        prefix = text[start:at]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
            continue
        if all(c in GENERIC_MORPHEMES for c in prefix):
            continue  # `东城新区`, `城南新区`: a part of town, not 东城区's zone
        place = gazetteer.resolve(prefix, city_hint=city or None)
        if place is not None and place.level == "province" and gazetteer.get(prefix) == place:
            return None  # `天津市开发区`: a province's or municipality's zones at large, never 津市's
        if place is None or place.level == "province":
            continue
        if len(prefix) > 2 and prefix[0] in "市县区省" and place.name != prefix:
            continue
        if not _writes(prefix, place, gazetteer):
            continue  # `老城区和新区`, `南通城市新区`: the prefix is no way of writing the place
        outer = _other_city_before(text, start, place, gazetteer, city)
        if outer is not None and prefix == place.short:
            # `益阳长春经开区`: 益阳's zone whose proper name happens to be another city's (长春), not 长春's
            parent = outer.name if outer.level == "city" else outer.city or outer.name
            kind = "经济开发区" if m.group() == "经开区" else _SUFFIXES[m.group()]
            zone = Place("", outer.short + prefix + kind, prefix + m.group(), ZONE, parent, outer.province)
            return ZoneMention(start - len(outer.short), m.end(), zone)
        if prefix in COMMON_WORD_SHORTS and place.level == "county" and city != place.city:
            continue  # `共同富裕示范区` (富裕县), `乡村振兴示范区` (振兴区): a common word, outside its own city
        if city and city not in (place.name, place.city):
            listed = known_zones(gazetteer).official(None, prefix, m.group(), city)
            if listed is not None:  # `东湖高新区` in a text about 武汉: its zone, not 南昌's 东湖区
                zone = Place("", listed.name, prefix + m.group(), ZONE, listed.city, listed.province)
                return ZoneMention(start, m.end(), zone)
        if m.group() == "新区" and place.level == "county" and city not in (place.name, place.city):
            listed = known_zones(gazetteer).official(None, prefix, m.group())
            # `江北新区` (南京's national new area), not 重庆's 江北区 with a 新区, unless the text is about that
            # city, or about another one that it names and not the new area's (芜湖's own 江北新区)
            if (
                listed is not None
                and listed.national
                and (not city or _names_city(text, listed.city, gazetteer))
            ):
                zone = Place("", listed.name, prefix + m.group(), ZONE, listed.city, listed.province)
                return ZoneMention(start, m.end(), zone)
        short = place.short
        parent = place.name if place.level == "city" else place.city or place.name
        name = _full_name(gazetteer, place, m.group(), provincial)
        if (
            name == short + _SUFFIXES[m.group()]
            and m.group() not in _PORT_BONDED_KINDS
            and _with_own_city(prefix, place, gazetteer)
        ):
            # `江苏泰州海陵工业园区` (史记泰州 2022, dev12 r223): an unlisted zone of a district, written with its
            # city, goes by the name as written; the bare `海陵工业园区` after it is the same zone (_same_zone_again).
            # (A customs area keeps its district's name alone: `厦门海沧保税港区` → 海沧保税港区, as before.)
            name = prefix + _SUFFIXES[m.group()]
        zone = Place("", name, short + m.group(), ZONE, parent, place.province)
        return ZoneMention(start, m.end(), zone)
    return None


def _with_own_city(prefix: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a county's name is written after its own city's short form (`泰州海陵`)."""
    if place.level != "county" or not place.city or not prefix.endswith(place.short):
        return False
    city = gazetteer.get(place.city)
    return city is not None and bool(city.short) and prefix == city.short + place.short


_AUTONOMOUS_LENGTHS = range(5, 13)  # 峨边彝族自治县 … 双江拉祜族佤族布朗族傣族自治县


def _autonomous_county_before(text: str, at: int, gazetteer: Gazetteer) -> tuple[Place, int] | None:
    """An autonomous county (or banner) written in full right before `at`, with where its name starts."""
    if not text.endswith(("自治县", "自治旗"), 0, at):
        return None
    for length in _AUTONOMOUS_LENGTHS:
        place = gazetteer.get(text[max(0, at - length) : at]) if at >= length else None
        if place is not None and place.level == "county":
            return place, at - length
    return None


def _other_city_before(text: str, pos: int, place: Place, gazetteer: Gazetteer, city: str) -> Place | None:
    """A city or county written right before `place`'s name at `pos` that `place` does not lie in, nor it in
    `place` (`益阳` before `长春经开区`): the zone's name then opens with its own place, then a proper name."""
    if place.level not in ("city", "county"):
        return None
    found = _place_ending_at(text, pos, gazetteer, city)
    if found is None:
        return None
    outer = found[1]
    if outer.level not in ("city", "county") or not text.endswith(outer.short, 0, pos):
        return None
    cities = {outer.name if outer.level == "city" else outer.city}
    inner = place.name if place.level == "city" else place.city
    if inner in cities or outer.province == "" or place.name == outer.name:
        return None
    return outer


# `西安经开先后获批…`, `西安经开先后引进…` in a text that names `西安经开区`: the zone written without its last
# character, as its own people call it (新华网 2021 on 西安经济技术开发区). Only a zone the text names in full form
# elsewhere, and not where the clipped form runs on into another word (`西安高新技术企业`, `经开发`).
_CLIPPED_KINDS = ("经开区", "高新区")
_RUNS_ON = frozenset("区技发放展综园")


def _clipped_zones(found: list[ZoneMention], text: str) -> list[ZoneMention]:
    """Later mentions of a zone the text named `X经开区`/`X高新区`, written `X经开`/`X高新`."""
    named: dict[str, Place] = {}
    for z in found:
        written = text[z.start : z.end]
        if written.endswith(_CLIPPED_KINDS) and len(written) > len("经开区"):
            named.setdefault(written[:-1], z.place)
    if not named:
        return []
    taken = {i for z in found for i in range(z.start, z.end)}
    clipped: list[ZoneMention] = []
    for short, place in named.items():
        at = text.find(short)
        while at >= 0:
            end = at + len(short)
            if at not in taken and end - 1 not in taken and (end >= len(text) or text[end] not in _RUNS_ON):
                clipped.append(ZoneMention(at, end, place))
            at = text.find(short, end)
    return clipped


def _as_named_in_full(found: list[ZoneMention]) -> list[ZoneMention]:
    """`广西平果经济技术开发区正式揭牌 … 平果经开区规划面积11.05平方公里`: a `经开区` the list knows only as a
    provincial 经济开发区 is the 经济技术开发区 the same text names in full (a newly set-up zone the list predates)."""
    named = {z.place.name for z in found}
    renamed: list[ZoneMention] = []
    for z in found:
        name = z.place.name
        if name.endswith("经济开发区") and z.place.short.endswith("经开区"):
            full = name.removesuffix("经济开发区") + "经济技术开发区"
            if full in named:
                z = ZoneMention(z.start, z.end, dataclasses.replace(z.place, name=full))
        renamed.append(z)
    return renamed


def _same_zone_again(found: list[ZoneMention], text: str) -> list[ZoneMention]:
    """`益阳长春经开区 … 长春经开区`: a later bare mention of a zone the text named with its own place first is
    that zone, not the namesake city's."""
    proper = {
        z.place.short: z.place
        for z in found
        if text[z.start : z.end] != z.place.short and text.endswith(z.place.short, 0, z.end)
    }
    if not proper:
        return found
    return [
        ZoneMention(z.start, z.end, proper[text[z.start : z.end]])
        if text[z.start : z.end] in proper and z.place != proper[text[z.start : z.end]]
        else z
        for z in found
    ]


def _names_city(text: str, city: str, gazetteer: Gazetteer) -> bool:
    """Whether the text names `city` (by its short form, as in `南京江北新区`, `南京市长`)."""
    place = gazetteer.get(city)
    return place is not None and place.short in text


def _full_name(gazetteer: Gazetteer, place: Place, written: str, provincial: bool = False) -> str:
    """The full name of a place's zone written `place` + `written` (`巴中市` + `经开区`): the official one the list
    has (`镇江高新区` → 镇江高新技术产业开发区, `威海高新区` → 威海火炬高技术产业开发区); a `经开区` the list has
    no national zone for is a provincial 经济开发区; else the written kind in full."""
    short = place.short
    zones = known_zones(gazetteer)
    if written == "经开区":
        known = None if provincial else zones.official(place, "", written)
        known = known or zones.official(place, "", "经济开发区")
        return known.name if known else short + "经济开发区"
    if written in ("高新区", "新区"):
        known = zones.official(place, "", written)
        if known is not None:
            return known.name
    if written == "开发区":
        # `吴中开发区` (苏报 on 吴中经济技术开发区's 前四月): the place's one listed zone, else its national 经开区, which
        # is what a bare 开发区 most often shortens (a high-tech zone goes by 高新区)
        known = zones.official(place, "", written) or zones.official(place, "", "经开区")
        if known is not None:
            return known.name
    if written == "经济开发区":
        # `内江经济开发区`, upgraded: the national 内江经济技术开发区 (see `_upgraded`)
        known = zones.official(place, "", written)
        if known is not None and known.national:
            return known.name
    return short + _SUFFIXES[written]


# A zone named by a proper name that is no place (`两江新区`, `火炬开发区`, `青岛西海岸新区`): 2-4 characters
# before the suffix that start after a break (punctuation, a place's name, a function word). It counts only when the
# text shows it is a governed area (its own 党工委 or 管委会, called 国家级新区) or names it after a city or county
# (`大连金普新区`); words that only say what or where (`城市新区`, `建设新区`, `城北新区`) never make one.
_GOVERNED_AFTER = re.compile(r"(?:党工委|党委|管委会|工委|管理委员会)")
_PROJECT_AFTER = re.compile(r"(?:建设)?项目")
_LEVEL_CUE = re.compile(r"(?:国家级|省级)新区")
_LEVEL_CUE_SPAN = 30
_NAME_LENGTHS = (2, 3, 4)
# A bonded zone is named after its place and the zone or port it lies in (`成都高新综合保税区`, `西安高新综保区`,
# `苏州工业园综合保税区`, `成都国际铁路港综合保税区`): that inner name may be a generic word, and up to five long.
_BONDED_KINDS = frozenset({"综合保税区", "综保区", "保税港区"})
_BONDED_NAME_LENGTHS = (2, 3, 4, 5)
# A bonded zone named after its place's port, one character (`天津港保税区`, `盐田港保税区`; zgjrw.com 2022,
# yktworld.com 2021): the port stands between the place and the kind, which may be a plain 保税区.
_PORT_BONDED_KINDS = _BONDED_KINDS | {"保税区"}
_PORT = "港"
# Words that speak of zones at large (`组织开展新区发展年度评估`, `全国`), never part of one zone's proper name.
_ZONE_VERBS = frozenset(
    [
        "建设",
        "规划",
        "发展",
        "打造",
        "推进",
        "加快",
        "成为",
        "设立",
        "批复",
        "获批",
        "开展",
        "组织",
        "召开",
        "举办",
        # (an event held, or a visit paid, at a place's zones: `临汾市举行开发区2022年第一次“三个一批”活动`, cnjdz.net
        # 2022, not a zone named 举行)
        "举行",
        "考察",
        "调研",
        "视察",
        "观摩",
        "参观",
        "走访",
        "推动",
        "支持",
        "鼓励",
        "促进",
        "围绕",
        "指导",
        "承接",
        "全国",
    ]
)
_VERB_NAMES = _ZONE_VERBS | frozenset(["申报", "申建", "新建", "创建", "争创", "依托"])
_NOT_NAME_START = frozenset("该本我全各每这那其此一二三四五六七八九十几多个")
_BREAK_CHARS = frozenset("在对和与及是为由将把从向于的了到、据经称即")
_GENERIC_NAMES = _ZONE_VERBS | frozenset(
    [
        "城市",
        "总部",
        "基地",
        "产业",
        "工业",
        "经济",
        "国家",
        "省级",
        "国家级",
        "综合",
        "现代",
        "生态",
        "城乡",
        "创新",
        "改革",
        "开放",
        "试验",
        "特色",
        "农业",
        "科技",
        "文化",
        "旅游",
        "物流",
        "商贸",
        "中心",
        "各类",
        "全省",
        "全市",
        "全县",
        "全区",
        "重点",
        "一批",
        "高新",
        "技术",
        "高端",
        "先进",
        "新型",
        "开发",
        "产城",
        "融合",
        "示范",
        "高质量",
        "一体化",
        "国际",
        "合作",
        "两个",
        "三个",
        "这个",
    ]
)


def _is_han(chars: str) -> bool:
    return bool(chars) and all("\u4e00" <= c <= "\u9fff" for c in chars)


@functools.lru_cache(maxsize=4096)  # the same few names before each zone word, document after document
def _is_generic_name(name: str) -> bool:
    return (
        all(c in GENERIC_MORPHEMES for c in name)
        or any(word in name for word in _GENERIC_NAMES)
        or name[0] in _BREAK_CHARS
        or name[0] in _NOT_NAME_START
        or name[0] in SUFFIX_CHARS
        or any(c in _BREAK_CHARS for c in name)
        or "级" in name
        or any(c.isdigit() for c in name)
    )


# A count's words after a numeral (`六个工业园区`, `三大园区`, `两家`): the numeral counts, it names nothing.
_COUNT_AFTER_NUMERAL = frozenset("个大家座处类批项级区片")
_NUMERALS = frozenset("一二三四五六七八九十")


def _numbered_name(name: str) -> bool:
    """`六景` (南宁六景工业园区, after a town's name): a two-character proper name that opens with a numeral, no count."""
    return (
        len(name) == 2
        and name[0] in _NUMERALS
        and name[1] not in _COUNT_AFTER_NUMERAL
        and not _is_generic_name(name[1])
    )


def _inner_name(name: str) -> bool:
    """Whether `name` can be the inner zone or port a bonded zone is named after (`高新`, `工业园`, `国际铁路港`):
    no function word, verb, level or figure."""
    return not (
        name[0] in _NOT_NAME_START
        or any(c in _BREAK_CHARS for c in name)
        or any(verb in name for verb in _VERB_NAMES)
        or "级" in name
        or any(c.isdigit() for c in name)
    )


def _place_ending_at(text: str, pos: int, gazetteer: Gazetteer, city: str) -> tuple[int, Place] | None:
    """A province, city or county named right before `pos` (`大连` in 大连金普新区, `山西` in 山西综改示范区): its start and
    the place."""
    for length in (4, 3, 2):
        start = pos - length
        prefix = text[max(start, 0) : pos]
        if start < 0 or not _is_han(prefix):
            continue
        place = gazetteer.resolve(prefix, city_hint=city or None)
        if (
            place is not None
            and place.level in ("province", "city", "county")
            and _writes(prefix, place, gazetteer)
        ):
            return start, place
    return None


def _writes(prefix: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether `prefix` is a way of writing the place (`海门市` for 海门区), not a look-alike (`通城市`)."""
    return prefix.endswith((place.name, place.short)) or prefix in gazetteer.former_names(place)


def _proper_zones(
    text: str, matches: list[re.Match[str]], gazetteer: Gazetteer, city: str
) -> list[ZoneMention]:
    """Zones named by a proper name (see above), each named in the longest form the text uses."""
    if not matches:
        return []
    # proper name -> (longest full name, prefix place), once the text shows it is a zone
    shown: dict[str, tuple[str, Place | None]] = {}
    spots: list[tuple[int, int, str, str, Place | None]] = []  # start, end, name, full name, prefix place
    known: dict[str, KnownZone] = {}  # proper name -> the listed zone it is (火炬 in 中山市)
    recurring: dict[str, str] = {}  # proper name -> the kind it is written with (天易 -> 经开区)
    zones = known_zones(gazetteer)
    for m in matches:
        s = m.start()
        if _is_division(text, m, gazetteer):
            continue
        if _PROJECT_AFTER.match(text, m.end()):
            continue  # `增城总部新区项目`: a project's name
        suffix = _SUFFIXES[m.group()]
        bonded = m.group() in _BONDED_KINDS
        if m.group() in _PORT_BONDED_KINDS and text[s - 1 : s] == _PORT:
            port = _place_ending_at(text, s - 1, gazetteer, city)
            if port is not None:  # `天津港保税区`: the place's port names the zone
                start, place = port
                name = text[start:s]
                spots.append((start, m.end(), name, name + suffix, place))
                shown.setdefault(name, (name + suffix, place))
                continue
        level = _LEVEL_BETWEEN.search(text, max(0, s - _LEVEL_SPAN), s) if m.group() == "示范区" else None
        if level is not None:
            # `北京中关村国家自主创新示范区`: the zone's level stands between its name and its kind
            s = level.start()
        for n in _BONDED_NAME_LENGTHS if bonded else _NAME_LENGTHS:
            name = text[s - n : s] if s >= n else ""
            if not _is_han(name):
                break
            prefixed = None
            if bonded and not _inner_name(name):
                continue  # `成都申建综合保税区`: what the place does, not its zone's name
            if _is_generic_name(name):
                if not bonded and not _numbered_name(name):
                    continue
                # a generic inner name counts only right after its place (`成都高新综合保税区`), and so does a name
                # that opens with a numeral (`南宁六景工业园区`)
                prefixed = _place_ending_at(text, s - n, gazetteer, city)
                if prefixed is None:
                    continue
            prefixed = prefixed or _place_ending_at(text, s - n, gazetteer, city)
            listed = zones.official(prefixed[1] if prefixed else None, name, m.group(), city)
            if listed is None and prefixed is not None:  # `中山火炬开发区` where the city is not yet known
                listed = zones.official(None, name, m.group(), _city_name(prefixed[1]))
            if listed is not None:
                known.setdefault(name, listed)
            elif m.group() in _LISTED_ONLY:
                continue
            if prefixed is not None:
                start, place = prefixed
                spots.append((start, m.end(), name, text[start : s - n] + name + suffix, place))
                break
            before = text[s - n - 1 : s - n]
            if (
                not _is_han(before)
                or before in _BREAK_CHARS
                or text.endswith(("国家级新区", "省级新区"), 0, s - n)
                # `西部科学城重庆高新区`: a listed zone's name after a description of it
                or (listed is not None and m.group() in _SURE_KINDS)
            ):
                spots.append((s - n, m.end(), name, name + suffix, None))
                if (
                    name in known
                    or _GOVERNED_AFTER.match(text, m.end())
                    or _level_cue_near(text, s - n, m.end())
                ):
                    shown.setdefault(name, (name + suffix, None))
                elif _named_again(text, m, name, n) and city:
                    recurring[name] = m.group()
                break
    for name, written in recurring.items():
        if name not in shown and (place := gazetteer.get(city)) is not None:
            kind = "经济开发区" if written == "经开区" else _SUFFIXES[written]
            shown[name] = (place.short + name + kind, place)  # `湘潭天易经济开发区`: unlisted, so provincial
    for _start, _end, name, full, place in spots:
        if place is None and name not in shown:
            continue
        best = shown.get(name)
        if best is None or len(full) > len(best[0]):
            shown[name] = (full, place or (best[1] if best else None))
    found: list[ZoneMention] = []
    for start, end, name, _full, _place in spots:
        if name not in shown:
            continue
        full, place = shown[name]
        if (place is None or place.level == "province") and city:
            place = gazetteer.get(city) or place  # a province's zone belongs to the city the text is about
        parent = (
            ""
            if place is None or place.level == "province"
            else place.name
            if place.level == "city"
            else place.city or place.name
        )
        province = "" if place is None else place.name if place.level == "province" else place.province
        short = full[full.index(name) :]
        listed = known.get(name)
        if listed is not None:  # the official name, and the city the list places it in
            full, parent, province = listed.name, listed.city or parent, listed.province or province
        found.append(ZoneMention(start, end, Place("", full, short, ZONE, parent, province)))
    return found


# Kinds of zone whose name no ordinary phrase ends with (unlike 新区, 示范区, 开发区).
_SURE_KINDS = frozenset({"经开区", "高新区", "经济技术开发区", "经济开发区", "高新技术产业开发区"})


def _named_again(text: str, m: re.Match[str], name: str, n: int) -> bool:
    """`。天易经开区实现技工贸总收入…；天易创新城建设加快推进`: a two-character proper name at a clause's start
    before a kind of zone no phrase ends with, and named again elsewhere in the text, names a zone."""
    if n != 2 or m.group() not in _SURE_KINDS or _is_han(text[m.start() - 3 : m.start() - 2]):
        return False
    return text.count(name) >= 2


def _level_cue_near(text: str, start: int, end: int) -> bool:
    """`两江新区是……国家级新区`, `国家级新区兰州新区`: the text calls the zone a national or provincial new area."""
    window = text[max(0, start - _LEVEL_CUE_SPAN) : end + _LEVEL_CUE_SPAN]
    sentence_break = re.compile(r"[。！？；\n]")
    m = _LEVEL_CUE.search(window)
    if m is None:
        return False
    lo, hi = sorted((m.start(), start - max(0, start - _LEVEL_CUE_SPAN)))
    return not sentence_break.search(window, lo, hi)


_BARE_WORDS = ("经开区", "高新区", "综保区")
_BARE_MIN = 3
# A zone's own governing bodies, as its text names them (`区党工委书记`, `区管委会主任`): they count for a text that
# calls the zone by its kind at least twice.
_GOVERNING_BODY = re.compile(r"区?党工委|区?管委会")
_BARE_GOVERNED_MIN = 2


def zone_of_city(
    text: str, gazetteer: Gazetteer, city: str, *, provincial: bool = False
) -> tuple[Place, int] | None:
    """A text about a zone that it names only by its kind (`经开区2022年经济社会发展总体情况`, `经开区深入贯彻…`)
    and that names its city: that city's zone, with the times the text calls it so. None when the text names a
    zone in full, or calls none so at least three times."""
    place = gazetteer.get(city) if city else None
    if place is None or place.level != "city":
        return None
    counts = {word: text.count(word) - _in_park_lists(text, word) for word in _BARE_WORDS}
    word, count = max(counts.items(), key=lambda item: item[1])
    if count < _BARE_MIN and count >= _BARE_GOVERNED_MIN:
        # `经开区参加…推进会,区党工委书记…区管委会主任…`: twice by its kind, and its own bodies speak for it
        count += len(_GOVERNING_BODY.findall(text))
    if count < _BARE_MIN:
        return _titled_kaifaqu(text, place)
    short = place.root
    name = _full_name(gazetteer, place, word, provincial) if word != "综保区" else short + _SUFFIXES[word]
    return Place("", name, short + word, ZONE, place.name, place.province), count


# `开发区` alone, not the end of a longer kind (`经济开发区`, `高新技术开发区`).
_BARE_KAIFAQU = re.compile(r"(?<![济术业])开发区")
# A title that opens with `开发区` as its subject (`开发区签约项目10个 总投资158.36亿元`).
_TITLE_KAIFAQU = re.compile(r"\s*开发区(?![管党工和及与、])")


def _titled_kaifaqu(text: str, city: Place) -> tuple[Place, int] | None:
    """A city's text titled with `开发区` as its subject and calling it so at least three times (zmdzzb.com: `开发区
    签约项目10个` … `开发区举行重点项目签约仪式` … `今年以来,开发区转变招商思路`): the city's one zone the list knows by
    that word (`_city_zone`), with the times the text calls it so. `开发区` alone is too common a word in a city's text
    (`全市各开发区`) to count without the title."""
    if _TITLE_KAIFAQU.match(text) is None:
        return None
    count = len(_BARE_KAIFAQU.findall(text)) - _in_park_lists(text, "开发区")
    zone = _city_zone(city, "开发区") if count >= _BARE_MIN else None
    return (zone, count) if zone is not None else None


# A bare zone word joined with other kinds of park (`全市工业园区和高新区`, `高新区和六个省级工业园区`, yn.touzi888.net
# 2017): the city's parks at large, not its one zone.
_PARK_LIST = re.compile(
    r"(?:园区|开发区)(?:和|及|与|、)(?:国家级|省级)?(?:经开区|高新区|开发区)"
    r"|(?:经开区|高新区|开发区)(?:和|及|与|、)[^，。；,;\n]{0,6}?(?:工业园区|产业园区|园区)"
)


def _in_park_lists(text: str, word: str) -> int:
    return sum(word in m.group() for m in _PARK_LIST.finditer(text)) if "园区" in text else 0


# A clause that opens with a zone's short name (`经开区`, `高新区`: how a text calls a zone it knows), after words that point back at the county or set a time:
# `特别是该县经开区建设不断刷新纪录`, `全年经开区新增注册企业441家`.
_BARE_OPENING = re.compile(
    r"\s*(?:特别是|其中|同时|此外|另外|全年|今年|去年|上半年|前三季度|[该全本我][县市区旗]|(?P<county>县))*\s*"
    # (`2013年第一季度,东辽县共完成…。经济开发区新建项目5个`, r335 东辽 2013: the kind written in full)
    # (`特色商业区完成固定资产投资9.3亿元` after `唐河产业集聚区…`: Henan's zones, each a place of its own)
    r"(?P<kind>经济开发区|经开区|高新区|开发区|产业集聚区|特色商业区)"
    r"(?!管委会|[\u4e00-\u9fff]{0,2}(?:各|所有|数量|建设用地|工作|建设|发展|会议)"
    # `高新区和六个省级工业园区完成工业产值184.3亿元`: one of the city's parks that the clause sums, not its subject;
    # so is a zone listed with another (`开发区、高新区实现一体化运作,建成高标准创新载体…`, 溧水区's year review)
    r"|(?:和|及|与|、)[^，。；,;\n]{0,6}?(?:园区|开发区|高新区|经开区))"
)
BARE_WORDS = re.compile("经开区|高新区|开发区|产业集聚区|特色商业区")
_SENTENCE_BREAKS = ("", "。", "！", "？", "!", "?", "\n")
# What a match of `_BARE_OPENING` starts with, bar a space: most clauses start otherwise and are not tried.
_BARE_OPENING_FIRST = frozenset("特其同此另全今去上前该本我经高开县产")


def county_zone_at(text: str, pos: int, county: Place | None, named: tuple[Place, ...] = ()) -> Place | None:
    """The county's own zone when the clause at `pos` opens with it named only by its kind, in a county's
    text (`该县经开区…，全年经开区新增注册企业441家`): `寿县经济开发区`, or the zone of that county `named` in full
    elsewhere in the text. In a city's text, the city's zone (`其中,开发区完成投资12.6亿元`). Else a county's `经开区` is taken for a provincial 经济开发区: national ones in counties
    are few and named in full."""
    if county is None or county.level not in ("county", "city"):
        return None
    first = text[pos : pos + 1]
    m = _BARE_OPENING.match(text, pos) if first in _BARE_OPENING_FIRST or first.isspace() else None
    if m is None or (m.group("county") and not county.name.endswith("县")):
        return None  # (`县开发区` is a 县's own zone, never a city's or a district's)
    if m.group("kind") == "经济开发区" and text[:pos].rstrip(" \t\u3000")[-1:] not in _SENTENCE_BREAKS:
        # the kind written in full speaks for the zone where it opens a sentence (`…20亿元。经济开发区新建项目5个`);
        # after a comma it is one of the parks a county's plan goes over (`建强园区落项目,…,经济开发区力争…进入省级开发区
        # 前10强;高新产业园力争…`, a seed: 江都区's own plan)
        return None
    if county.level == "city":  # `其中,开发区完成投资12.6亿元` in a city's round-up: the city's own zone
        return _city_zone(county, m.group("kind"))
    return _county_zone(county, m.group("kind"), named)


def _city_zone(city: Place, word: str) -> Place | None:
    """The zone a city's text calls by its kind alone (`开发区`, `经开区`, `高新区`): the one zone of that kind the
    list has for the city (晋城 → 晋城经济技术开发区), else the city's name and the kind in full; none where the
    list has several the word may mean (福州's `开发区`: its 经开区, its 高新区…), which a text then names in full."""
    short = city.root
    zones = _known_zones_default()
    known = zones.official(city, "", word)
    if known is None and len({z.name for z in zones.led_by(city, word)}) > 1:
        return None
    name = known.name if known is not None else short + _SUFFIXES[word]
    return Place("", name, short + word, ZONE, city.name, city.province)


def _county_zone(county: Place, word: str, named: tuple[Place, ...] = ()) -> Place:
    """The zone a county's text calls by its kind alone (`经开区`, `经济开发区`, `高新区`)."""
    short = county.short if county.short != county.name else county.name
    for zone in named:  # the zone as the text names it in full elsewhere (`浏阳经济技术开发区`)
        if zone.name.startswith(short) and zone.name.endswith(_SUFFIXES[word]):
            return zone
    known = _known_zones_default().official(county, "", word)
    # few counties hold a national zone, and a text names one in full
    provincial = word in ("经开区", "经济开发区", "开发区")
    name = known.name if known is not None else short + ("经济开发区" if provincial else _SUFFIXES[word])
    return Place("", name, short + word, ZONE, county.city or county.name, county.province)


# The kinds of zone a county's own text calls its zone by alone (`经开区上半年…`, `高新区发展态势良好`).
_BARE_KINDS = "经济开发区|经开区|高新区"
# A county's own text calls its zone by the county's word and the kind: `县经济开发区`, `该县经开区`, `县高新区`.
_COUNTY_ZONE_WORD = re.compile(rf"县({_BARE_KINDS}|开发区)")
_COUNTY_ZONE_MIN = 3
# A text whose title or lead opens with the bare kind of zone as its subject (`本报讯 开发区是…`, `经开区上半年…`).
_ZONE_LEAD = re.compile(
    r"\s*(?:本报讯\s*(?:[(（][^)）\n]{0,40}[)）])?\s*)?"
    r"(?:(?:今年|上半年|前三季度|一季度|\d{4}年)[,，]?\s*)?"
    rf"({_BARE_KINDS}|开发区)(?=[是上今前一全\d,，])"
)
_TITLE_CHARS = 60
# A line of a news page's head or lead that opens with the zone's bare kind as the one who acts or speaks:
# `经济开发区管委会主任 高伟 实干争先立潮头`, `经济开发区将进一步激发…` (under 东台日报).
_LINE_ZONE_LEAD = re.compile(rf"({_BARE_KINDS})(?=将|管委会|党工委|[是上今前全,，])")
_HEAD_CHARS = 800
_LINE_START = re.compile(r"^[ \t\u3000]*", re.MULTILINE)
_LEAD_LINES_MIN = 2


def _zone_lead_lines(text: str) -> str | None:
    """The zone's bare kind, when at least two lines of the page's head open with it as their subject and no
    line there opens with another kind."""
    found: list[str] = []
    for m in _LINE_START.finditer(text, 0, _HEAD_CHARS):
        lead = _LINE_ZONE_LEAD.match(text, m.end())
        if lead is not None:
            found.append(lead.group(1))
    if len(found) < _LEAD_LINES_MIN or len(set(found)) > 1:
        return None
    return found[0]


# A title that opens with a zone's bare kind (`高新区发展态势良好`).
_TITLE_ZONE = re.compile(rf"\s*({_BARE_KINDS})(?![管党工])")


def county_zone_document(text: str, county: Place | None, zones: list[ZoneMention]) -> Place | None:
    """The county's zone, when a text about the county is the zone's own: its title names the zone as the
    county's (`陈晨调研县经济开发区：加快提质扩容`) and the text calls it so at least three times. (A county news piece
    that speaks of its zone in passing, `该县经开区`, names it so in its body only.) Or its title or lead opens with
    the zone's bare kind as the subject (`本报讯 开发区是我区经济发展的主战场`)."""
    if county is None or county.level != "county":
        return None
    lead = _ZONE_LEAD.match(text)
    if lead is not None:  # `本报讯 开发区是我区经济发展的主战场`: the zone is what the text is about
        return _county_zone(county, lead.group(1))
    lines = _zone_lead_lines(text)
    if lines is not None:
        return _county_zone(county, lines)
    title = _TITLE_ZONE.match(text)
    if title is not None and text.count(title.group(1)) >= _COUNTY_ZONE_MIN:
        # `高新区发展态势良好 主要经济指标实现“双过半”` under 太仓日报, calling it so throughout: the zone's news
        return _county_zone(county, title.group(1))
    inside = {i for z in zones for i in range(z.start, z.end)}
    hits = [m for m in _COUNTY_ZONE_WORD.finditer(text) if m.start() not in inside]
    title_end = min(_TITLE_CHARS, len(text.split("\n", 1)[0]))
    if len(hits) < _COUNTY_ZONE_MIN or not any(m.start() < title_end for m in hits):
        return None
    return _county_zone(county, hits[0].group(1))


# ---------------------------------------------------------------------------------------------- known zones

# Families of zones, by the kind a written suffix names: a `高新区` is one of the high-tech family whatever its
# official suffix (`中山火炬高技术产业开发区`, `武汉东湖新技术开发区`).
_FAMILY_OF_LIST = {"etdz": "etdz", "hitech": "hitech", "new_area": "new", "provincial_new_area": "new"}
_FAMILY_ENDINGS = (
    ("经济技术开发区", "etdz"),
    ("高新技术产业开发区", "hitech"),
    ("高技术产业开发区", "hitech"),
    ("高新技术开发区", "hitech"),
    ("新技术开发区", "hitech"),
    ("高新技术产业园区", "hitech"),
    ("高新技术产业示范区", "hitech"),
    ("经济开发区", "econ"),
    ("新区", "new"),
)
_OFFICIAL_KINDS = (
    "经济综合实验区",
    "经济技术开发区",
    "新兴技术开发区",
    "农业高新技术产业示范区",
    "高新技术产业开发区",
    "高技术产业开发区",
    "新技术开发区",
    "高新技术产业园区",
    "高新技术开发区",
    "经济开发区",
    "台商投资区",
    "科技园区",
    "工业园区",
    "开发区",
    "新区",
)
# What a written suffix may stand for.
_WRITTEN_FAMILIES = {
    "经济技术开发区": ("etdz",),
    "经开区": ("etdz",),
    "高新技术产业开发区": ("hitech",),
    "高新技术开发区": ("hitech",),
    "高技术产业开发区": ("hitech",),
    "高新区": ("hitech",),
    "经济开发区": ("econ",),
    "新区": ("new",),
    "开发区": ("hitech", "etdz", "econ", "other"),
    "经济综合实验区": ("other",),
    "综合实验区": ("other",),
    "实验区": ("other",),
    # `中关村示范区` (中关村科技园区), `杨凌示范区` (杨凌农业高新技术产业示范区), `九华示范区`
    "示范区": ("hitech", "other"),
    "农业高新技术产业示范区": ("hitech",),
}


@dataclass(frozen=True)
class KnownZone:
    name: str  # official: 中山火炬高技术产业开发区
    city: str  # its prefecture city (or municipality): 中山市; "" when the list does not place it
    province: str
    family: str  # etdz | hitech | econ | new | other
    lead: str  # the gazetteer place its name opens with: 中山市; "" for none (西咸新区)
    core: str  # what its name has between that place and its kind: 火炬; "" for none (镇江高新…)
    stem: str  # its name before its kind: 中山火炬
    national: bool  # on a list of national zones
    listed: bool  # on a list, not only among the statistics bureau's units


class ZoneList:
    """The known zones, indexed by the place their name opens with and by their proper name."""

    def __init__(self, rows: list[dict[str, str]], gazetteer: Gazetteer) -> None:
        best: dict[tuple[str, str, str], KnownZone] = {}
        # a zone renamed keeps its former name as a way in (`宁波杭州湾新区` is 宁波前湾新区 since 2019)
        variants = [(r, r["name"]) for r in rows]
        variants += [({**r, "name": f}, r["name"]) for r in rows for f in r.get("former", ())]
        for row, official in variants:
            zone = _known_zone(row, gazetteer)
            if zone is None:
                continue
            if zone.name != official:
                zone = dataclasses.replace(zone, name=official)
            key = (zone.lead or zone.city, zone.core, zone.family)
            held = best.get(key)
            if held is None or _rank(zone) > _rank(held):
                best[key] = zone
        self.zones: tuple[KnownZone, ...] = tuple(_upgraded(best))
        self._indexes: dict[tuple[str, ...], _ZoneIndex] = {}

    def by_name(self) -> dict[str, KnownZone]:
        """The known zones by official name."""
        names = self.__dict__.get("_by_name")
        if names is None:
            names = self.__dict__["_by_name"] = {z.name: z for z in self.zones}
        return names

    def led_by(self, place: Place, written: str) -> list[KnownZone]:
        """The known zones of the families a written kind may mean whose name opens with `place`."""
        families = _WRITTEN_FAMILIES.get(written)
        return self._index(families).led_by({place.name}) if families else []

    def _index(self, families: tuple[str, ...]) -> _ZoneIndex:
        index = self._indexes.get(families)
        if index is None:
            index = self._indexes[families] = _ZoneIndex([z for z in self.zones if z.family in families])
        return index

    def official(self, lead: Place | None, core: str, written: str, city: str = "") -> KnownZone | None:
        """The known zone a written mention means: `lead` the place it opens with (中山 of 中山火炬开发区),
        `core` its proper name (火炬), `written` its suffix as written (开发区), `city` the document's city."""
        families = _WRITTEN_FAMILIES.get(written)
        if families is None:
            return None
        pool = self._index(families)  # the zones of those families, looked up by lead, core, stem, name
        if lead is not None:
            names = {lead.name, _city_name(lead)} if core else {lead.name}
            exact = [z for z in pool.led_by(names) if z.core == core]
            if not exact and not core:  # `威海高新区`: the city's one national high-tech zone (威海火炬…)
                exact = [z for z in pool.led_by({lead.name}) if z.national and z.family == "hitech"]
            return _one(exact)
        if not core:
            return None
        named = pool.named(core)
        # (a 新区 or 示范区 is too common a phrase to name another city's zone: `金普新区` in a 沈阳 text is none)
        if city and (written not in _SURE_KINDS or any(z.city == city for z in named)):
            return _one([z for z in named if z.city == city])
        # with no city to go by, or none of the city's zones named so (`慈湖高新区` in a text that names 南京 as
        # often as 马鞍山), only a proper name of its kind that one zone in the country bears (天衢新区); a bare
        # `开发区` says too little (`汽车开发区`)
        return _one(named) if len(core) >= 2 and written != "开发区" else None


class _ZoneIndex:
    """The zones of some families, in list order, indexed for `ZoneList.official`: what a scan of the list
    for a lead, or for a core, stem or name start, finds, in the same order."""

    def __init__(self, pool: list[KnownZone]) -> None:
        self.pool = pool
        self.by_lead: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}  # core, stem, and every start of an unled zone's name
        for i, z in enumerate(pool):
            self.by_lead.setdefault(z.lead, []).append(i)
            keys = {z.core, z.stem, _without_city(z)}
            if not z.lead:
                keys.update(z.name[:k] for k in range(len(z.name) + 1))
            for key in keys:
                self.by_name.setdefault(key, []).append(i)

    def led_by(self, leads: set[str]) -> list[KnownZone]:
        """`[z for z in pool if z.lead in leads]`"""
        return [self.pool[i] for i in sorted(i for lead in leads for i in self.by_lead.get(lead, ()))]

    def named(self, core: str) -> list[KnownZone]:
        """`[z for z in pool if core in (z.core, z.stem) or (not z.lead and z.name.startswith(core))]`"""
        return [self.pool[i] for i in self.by_name.get(core, ())]


def _without_city(zone: KnownZone) -> str:
    """A zone's proper name as its county's texts write it, without the city the official name opens with:
    `大冶湖` for 黄石大冶湖高新技术产业开发区 (lead 大冶市); the stem itself where no city stands before the lead."""
    short = zone.lead[:-1] if zone.lead[-1:] in "市县区旗" else zone.lead
    at = zone.stem.find(short) if len(short) >= 2 else -1
    return zone.stem[at:] if at > 0 else zone.stem


def _upgraded(best: dict[tuple[str, str, str], KnownZone]) -> list[KnownZone]:
    """The zones, a bureau's `X经济开发区` unit named as the national `X经济技术开发区` of the same place and proper
    name: a provincial zone upgraded to a national one whose unit kept its older name (`吉林经济开发区` became
    `吉林经济技术开发区` in 2011; 安庆, 松原, 大同, 内江, 宣城, 张家口 likewise)."""
    zones = []
    for (place, core, family), zone in best.items():
        national = best.get((place, core, "etdz"))
        if family == "econ" and not zone.listed and national is not None:
            zone = dataclasses.replace(zone, name=national.name, national=True, listed=True)
        zones.append(zone)
    return zones


def _rank(zone: KnownZone) -> tuple[bool, bool]:
    """Which of two rows for one zone names it: a national list's, then another list's, then the bureau's."""
    return zone.national, zone.listed


def _one(zones: list[KnownZone]) -> KnownZone | None:
    names = {z.name for z in zones}
    return zones[0] if len(names) == 1 else None


def _city_name(place: Place) -> str:
    return place.name if place.level in ("city", "province") else place.city


def _known_zone(row: dict[str, str], gazetteer: Gazetteer) -> KnownZone | None:
    name = row["name"]
    kind = next((k for k in _OFFICIAL_KINDS if name.endswith(k) and len(name) > len(k)), "")
    if not kind:
        return None
    family = _FAMILY_OF_LIST.get(row["kind"]) or next(
        (f for ending, f in _FAMILY_ENDINGS if name.endswith(ending)), "other"
    )
    if row["kind"] == "etdz" and kind != "经济技术开发区":
        family = "other"  # 苏州工业园区, 泉州台商投资区: national, but no 经开区 by name
    stem = name[: -len(kind)]
    lead: Place | None = None
    rest = stem
    province = gazetteer.get(row["province"])
    if province is not None and not province.name.endswith("市") and stem.startswith(province.short):
        rest = stem[len(province.short) :] or stem  # 陕西西咸新区, 湖南湘潭高新技术产业园区
    for length in range(min(5, len(rest)), 1, -1):
        candidates = [
            p
            for p in gazetteer.lookup(rest[:length])
            if p.level in ("city", "county", "province")
            and (p.province or p.name) == row["province"]
            and (p.level != "province" or p.name.endswith("市"))
            and (not row["city"] or _city_name(p) == row["city"])
        ]
        if candidates:
            lead = candidates[0]
            rest = rest[length:].removeprefix("市")
            break
    return KnownZone(
        name=name,
        city=row["city"],
        province=row["province"],
        family=family,
        lead=lead.name if lead else "",
        core=rest,
        stem=stem,
        national=row["kind"] in ("etdz", "hitech", "new_area"),
        listed=row["kind"] != "nbs",
    )


@functools.lru_cache(maxsize=4)
def _zone_list(gazetteer: Gazetteer) -> ZoneList:
    rows = json.loads(ZONES_PATH.read_text(encoding="utf-8"))["zones"]
    return ZoneList(rows, gazetteer)


def _known_zones_default() -> ZoneList:
    return _zone_list(Gazetteer.default())


def known_zones(gazetteer: Gazetteer) -> ZoneList:
    """The shipped list of zones, read once per gazetteer."""
    return _zone_list(gazetteer)


_IN_A_PROVINCE = re.compile(r"全省|省委|省政府")


def provincial_namesake(text: str, place: Place | None, gazetteer: Gazetteer) -> Place | None:
    """The zone of a province that bears the name of a municipality's district, when a text names that district
    but speaks of its province (`位于全省七大新区首位`, `省委`) and never of the municipality: `滨海新区` there is
    绍兴滨海新区, not 天津's 滨海新区. None when no one listed zone of a province bears the name."""
    if place is None or place.level != "county" or not place.city or place.city != place.province:
        return None
    if place.city[:-1] in text or not _IN_A_PROVINCE.search(text):
        return None
    namesakes = {
        zone.name: zone
        for zone in known_zones(gazetteer).zones
        if zone.name.endswith(place.name) and zone.name != place.name and not zone.province.endswith("市")
    }
    if len(namesakes) != 1:
        return None
    zone = next(iter(namesakes.values()))
    return Place("", zone.name, place.name, ZONE, zone.city, zone.province)
