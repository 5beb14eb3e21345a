"""Build bot/data/site_hosts.json: the host labels a county government site goes by (`haian`, `lx`), each with
the counties whose name they spell, so that a document's source address can name its place
(bot.ingest.site_hosts).

    python scripts/build_site_hosts.py [--out PATH] [--report]

Source: bot/data/gazetteer.json (county-level units, and prefecture cities without counties) and pypinyin (the
project's `data` extra; provenance and counts in bot/data/SITE_HOSTS.md). Each name is read as pypinyin reads
its full name (`长沙县`, `六安市`): pypinyin's phrase dictionary holds most place names with their own reading,
and its single-character choice decides the rest; one reading per name (no heteronym expansion: every other
reading would only add false matches).

For every county: its short name's pinyin (`haian`), its full name's (`changshaxian`), and the initials of
both (`ha`, `hax`); the initials again with zh/ch/sh kept as two letters (`dch` for 东城, `chy` for 朝阳); the
short name's initials with the level's letter (`myx` for 麻阳苗族自治县); a `ü` is written both `v` and `u`
(`lvchun`, `luchun`). A few characters pypinyin reads by a reading place names do not use (长宁 as zhang,
成都 as dou) are also spelled with the place-name reading (PLACE_READINGS). A label is kept with every county
that has it: ambiguity is settled at run time (a province's or city's prefix, the text's own city, the level
it speaks as), never here. Prefixes (`yn` + `lx`, `fz` + `ja`): the initials and pinyin of each province's and
prefecture city's short name, and `zg` (中国), `china` and `cn`. The output is sorted, so a rerun gives the same bytes.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from pypinyin import Style, lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "bot" / "data" / "gazetteer.json"
OUT = ROOT / "bot" / "data" / "site_hosts.json"
GENERIC_PREFIXES = ("中国",)  # `zgwc.gov.cn`: 中国旺苍
LATIN_PREFIXES = ("china", "cn")  # `chinaqingcheng.gov.cn`, `cncn.gov.cn` (苍南): English, not pinyin


# The reading these characters have in place names where pypinyin's whole-name choice takes another
# (长宁 zhang ning, 成都 cheng dou, 朝阳市 zhao yang, 蚌山 bang shan, 单县 dan, 南乐 nan yue): an added spelling.
PLACE_READINGS = {"长": "chang", "都": "du", "朝": "chao", "蚌": "beng", "单": "shan", "乐": "le"}
DIGRAPHS = ("zh", "ch", "sh")
LEVEL_LETTERS = {"县": "x", "区": "q", "市": "s", "旗": "q"}


def syllables(name: str) -> list[str]:
    """The name's pinyin, one syllable a character, without tones; `ü` as `v`."""
    return lazy_pinyin(name, style=Style.NORMAL, v_to_u=False, errors="ignore")


def readings(name: str) -> list[list[str]]:
    """pypinyin's reading of the name, and the place-name reading when it differs (PLACE_READINGS)."""
    read = syllables(name)
    if len(read) != len(name):
        return [read]
    local = [PLACE_READINGS.get(ch, syl) for ch, syl in zip(name, read, strict=True)]
    return [read] if local == read else [read, local]


def initials(parts: list[str]) -> set[str]:
    """The syllables' first letters, and the same with every choice of zh/ch/sh kept whole (`dch`, `chy`)."""
    heads = [(p[:2], p[0]) if p[:2] in DIGRAPHS else (p[0],) for p in parts]
    return {"".join(choice) for choice in itertools.product(*heads)}


def spellings(full: str, short: str) -> set[str]:
    """Labels a site of the place called `full` (short form `short`) may go by."""
    out: set[str] = set()
    level = LEVEL_LETTERS.get(full[-1], "") if full != short else ""
    for read in readings(full):
        # the short form read in the full name's context (长沙 of 长沙县), when it is the name's start
        short_read = (
            read[: len(short)] if full.startswith(short) and len(read) == len(full) else syllables(short)
        )
        for parts in (read, short_read):
            if not parts:
                continue
            out.add("".join(parts))
            if len(parts) >= 2:
                out |= initials(parts)
        if short_read and level and len(short_read) + 1 < len(read):
            out |= {head + level for head in initials(short_read)}  # 麻阳苗族自治县: myx
    out |= {label.replace("v", "u") for label in out}
    return {label for label in out if len(label) >= 2}


def prefixes(short: str) -> set[str]:
    out: set[str] = set()
    for read in readings(short):
        out |= {"".join(read), "".join(p[0] for p in read)}
    return {p for p in out | {p.replace("v", "u") for p in out} if len(p) >= 2}


def build(gazetteer: dict) -> dict:
    places = gazetteer["places"]  # [code, name, short, level, city code, province code]
    has_counties = {p[4] for p in places if p[3] == "county"}
    labels: dict[str, set[str]] = defaultdict(set)
    for code, name, short, level, _city, _province in places:
        if level == "county" or (level == "city" and code not in has_counties):
            for label in spellings(name, short):
                labels[label].add(code)
    regions: dict[str, set[str]] = defaultdict(set)  # prefix -> codes of provinces and cities it names
    for code, _name, short, level, _city, _province in places:
        if level in ("province", "city"):
            for prefix in prefixes(short):
                regions[prefix].add(code)
    for generic in GENERIC_PREFIXES:
        for prefix in prefixes(generic):
            regions[prefix].add("")  # no region: any county
    for prefix in LATIN_PREFIXES:
        regions[prefix].add("")
    return {
        "source": f"{gazetteer['source']} (gazetteer {gazetteer['year']}); pypinyin {version('pypinyin')}",
        "labels": {label: " ".join(sorted(codes)) for label, codes in sorted(labels.items())},
        "prefixes": {prefix: " ".join(sorted(codes)) for prefix, codes in sorted(regions.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="print counts for SITE_HOSTS.md")
    args = parser.parse_args()
    data = build(json.loads(GAZETTEER.read_text(encoding="utf-8")))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    if args.report:
        labels = data["labels"]
        unique = sum(1 for codes in labels.values() if " " not in codes)
        counties = {c for codes in labels.values() for c in codes.split()}
        named = {codes for codes in labels.values() if " " not in codes}
        print(
            f"labels {len(labels)}, of one place {unique}; places {len(counties)}, with a label of their own {len(named)}"
        )
        print(f"prefixes {len(data['prefixes'])}; bytes {len(text.encode())}")


if __name__ == "__main__":
    main()
