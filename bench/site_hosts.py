"""How well a page's address names its county (bot.ingest.site_hosts), on the real corpus's addresses.

    python bench/site_hosts.py [--held-out]

tests/real/SOURCES.md: every address under gov.cn (a government site) is resolved and compared with the place the
row gives: right, wrong (listed), none; by the address alone, and with the document's text (open rows only:
the text narrows a host several counties share). Addresses elsewhere are counted too: any place they resolve to is a
guess from a site name that is no county's (listed). tests/real/SWEPT.md gives no places: only how many of its
gov.cn hosts resolve. The held-out rows (bench/score.py's HELD_OUT splits) are left out unless --held-out is given,
and then only counted, never listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from score import HELD_OUT  # noqa: E402  (the held-out splits, one list for every bench)

from bot.ingest.places import Gazetteer  # noqa: E402
from bot.ingest.site_hosts import place_from_address, site_label  # noqa: E402

REAL = ROOT / "tests" / "real"
_ROW = re.compile(r"^\|\s*(r\d+_\w+)\s*\|[^|]*\|\s*(https?://\S+?)\s*\|[^|]*\|\s*([^|]+?)\s*\|", re.M)
_PLACE = re.compile(r"[\u4e00-\u9fff]+")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", action="store_true", help="count the held-out rows only (no list)")
    a = ap.parse_args()
    gazetteer = Gazetteer.default()
    splits = json.loads((REAL / "splits.json").read_text(encoding="utf-8"))
    held = {i for s in HELD_OUT for i in splits.get(s, [])}
    counts: Counter[str] = Counter()
    listed: list[str] = []
    for m in _ROW.finditer((REAL / "SOURCES.md").read_text(encoding="utf-8")):
        doc, address, place_cell = m.groups()
        if (doc in held) != a.held_out:
            continue
        site = site_label(address)
        gov = bool(site and site[1])
        want = (_PLACE.findall(place_cell) or [""])[0]
        group = "gov.cn" if gov else "elsewhere"
        # with the text too (open rows only: a held-out document is never read)
        text_file = REAL / "docs" / f"{doc}.txt"
        text = text_file.read_text(encoding="utf-8") if not a.held_out and text_file.exists() else None
        for mode, given in (("address", ""), ("address+text", text)):
            if given is None:
                continue
            found = place_from_address(address, gazetteer, given)
            verdict = "none" if found is None else ("right" if found.name == want else "wrong")
            counts[f"{group} {mode} {verdict}"] += 1
            if verdict == "wrong" and not a.held_out:
                listed.append(f"  {doc} ({mode}): {address} -> {found.name}, the row says {want}")
    print("SOURCES.md" + (" held-out rows" if a.held_out else " (held-out rows left out)"))
    for group in ("gov.cn", "elsewhere"):
        for mode in ("address", "address+text"):
            row = {v: counts[f"{group} {mode} {v}"] for v in ("right", "wrong", "none")}
            if sum(row.values()):
                print(
                    f"  {group:<10} {mode:<13} right {row['right']}, wrong {row['wrong']}, none {row['none']}"
                )
    print("\n".join(listed))
    if a.held_out:
        return 0
    swept = re.findall(r"^- (https?://\S+)", (REAL / "SWEPT.md").read_text(encoding="utf-8"), re.M)
    gov_swept = [u for u in swept if (s := site_label(u)) and s[1]]
    resolved = [u for u in gov_swept if place_from_address(u, gazetteer)]
    elsewhere = [u for u in swept if u not in gov_swept and place_from_address(u, gazetteer)]
    print(f"SWEPT.md: {len(swept)} addresses, {len(gov_swept)} under gov.cn, {len(resolved)} of them resolve")
    print(f"  elsewhere resolving to a place: {len(elsewhere)}")
    for u in elsewhere:
        print(f"    {u} -> {place_from_address(u, gazetteer).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
