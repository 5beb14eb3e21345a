"""Can a small learned model place documents better than the hand-written rules on pages nobody tuned for?

    python bench/learn_place.py [--cache FILE] [--no-rules-feature] [--weights]

One decision per document: the place the text is about (gold: the region most of its gold records carry).
Candidates are the places the project's own place finder sees (gazetteer mentions read in the document's city,
development zones) and each county's or zone's parent city; per candidate a handful of general features from the
text (how often and how it is named, where first, in the title or a dateline, its level and the voice words of
that level, its parent and children, lists). A logistic regression over candidates (pure Python, standardised
features, L2) scores them; the document's place is the top-scored one.

Printed: (1) leave-one-split-out over the tuning splits, model beside the rules (`bench/decisions.py`'s place:
the region most of the parser's records carry; the rules were tuned on these, so they are favoured); (2) trained
on every tuning document, accuracy on dev23, dev21 and fresh22 (none tuned on), with disagreements and who wins
them, and a hybrid (rules unless the model is confident and disagrees). The model runs with and without the rules'
own choice as a feature. dev21 and fresh22 are check splits: counts only, never a name, text or gold.
The held-out splits (score.py HELD_OUT) are never loaded.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_docs import Doc, Source, load_docs, rank, report, train

from bot.ingest.places import Gazetteer, Place
from bot.ingest.segment import context_city
from bot.ingest.zones import find_zones, not_yet_national, zone_of_city

__all__ = ["Doc", "candidate_features", "current_name", "rank", "train"]

LEVELS = ("province", "city", "county", "zone")
HEAD = 200  # characters: the title and lead, where a text says whose it is

# a place's own bodies after its name (`X县人民政府`, `X区委`, `X经开区管委会`): the place speaks
_BODY = re.compile(r"(?:人民政府|政府|党委|委员会|委|人大|政协|管委会|党工委)")
# a dateline or byline near a name: `X讯`, `X日电`, `记者…X`, `来源:X`
_DATELINE_AFTER = re.compile(r"[^。\n]{0,8}?(?:讯|日电|消息)")
_BYLINE_BEFORE = re.compile(r"(?:记者|通讯员|来源|作者|驻)[^。\n]{0,10}$")
# a paper, a station or a site named after the place: its home, not the text's place
_PRESS_AFTER = re.compile(r"(?:日报|晚报|都市报|广播电视台|电视台|新闻网|融媒体中心|发布)")
_LIST_MARKS = frozenset("、")

FEATURES = (
    "log_mentions", "log_full", "log_short", "share", "is_top", "ratio_to_top", "first_pos", "absent",
    "in_title", "in_head", "dateline", "press", "body", "voice", "in_zone_names", "in_list",
    *(f"level_{lv}" for lv in LEVELS), "is_context_city", "log_children", "children_share", "parent_share",
    "parent_named",
)  # fmt: skip


def _voice_char(place: Place) -> str:
    return "区" if place.level == "zone" else place.name[-1]


def candidate_features(text: str, gazetteer: Gazetteer) -> tuple[list[str], list[list[float]]]:
    """The places a text names (and their parent cities), each with its feature row (FEATURES order)."""
    city = context_city(text, gazetteer)
    provincial = not_yet_national(text)
    mentions = gazetteer.find_mentions(text, [city] if city else [])
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # a county's short name read in no city (`叶县十六届人大…`, no city named): every city's counties count
    for m in gazetteer.anywhere_mentions(text) + gazetteer.former_full_names(text):  # (旬阳县: 旬阳市 now)
        if not taken.intersection(range(m.start, m.end)):
            mentions.append(m)
            taken.update(range(m.start, m.end))
    zones = find_zones(text, gazetteer, city, provincial=provincial)
    in_zone = {i for z in zones for i in range(z.start, z.end)}
    title_end = text.find("\n", 1) if text.find("\n", 1) > 0 else min(len(text), 60)
    places: dict[str, Place] = {}
    named: dict[
        str, list[tuple[int, int, bool, bool]]
    ] = {}  # name → (start, end, full, inside a zone's name)
    for m in mentions:
        places[m.place.name] = m.place
        named.setdefault(m.place.name, []).append((m.start, m.end, m.exact, m.start in in_zone))
    for z in zones:
        places[z.place.name] = z.place
        named.setdefault(z.place.name, []).append((z.start, z.end, True, False))
    bare = zone_of_city(text, gazetteer, city, provincial=provincial) if city else None
    if bare is not None and bare[0].name not in places:  # `经开区2022年…汇报`: a zone named by its kind only
        zone, word = bare[0], bare[0].short[len(gazetteer.get(city).root) :]
        places[zone.name] = zone
        named[zone.name] = [(m.start(), m.end(), False, False) for m in re.finditer(re.escape(word), text)]
    for p in list(places.values()):
        if p.level in ("county", "zone") and p.city and p.city not in places:
            parent = gazetteer.get(p.city)
            if parent is not None:
                places[parent.name] = parent
    own = {n: [s for s in named.get(n, []) if not s[3]] for n in places}  # mentions that are the place itself
    counts = {n: len(v) for n, v in own.items()}
    total = sum(counts.values()) or 1
    top = max(counts.values(), default=0) or 1
    n = max(len(text), 1)
    cands, rows = sorted(places), []
    for name in cands:
        p, spans, every = places[name], own[name], named.get(name, [])
        c = counts[name]
        children = [q for q in places.values() if q.city == name and q.level in ("county", "zone")]
        parent = places.get(p.city) if p.level in ("county", "zone") else None
        vc = _voice_char(p)
        voice = sum(text.count(w + vc) for w in "全我本该")
        row = [
            math.log1p(c),
            math.log1p(sum(1 for s in spans if s[2])),
            math.log1p(sum(1 for s in spans if not s[2])),
            c / total,
            float(c == top and c > 0),
            c / top,
            min(s[0] for s in spans) / n if spans else 1.0,
            float(not spans),
            float(any(s[0] < title_end for s in every)),
            float(any(s[0] < HEAD for s in every)),
            math.log1p(sum(1 for s in every if _DATELINE_AFTER.match(text, s[1]) or
                           _BYLINE_BEFORE.search(text, max(0, s[0] - 14), s[0]))),
            math.log1p(sum(1 for s in every if _PRESS_AFTER.match(text, s[1]))),
            math.log1p(sum(1 for s in spans if _BODY.match(text, s[1]))),
            math.log1p(voice),
            math.log1p(sum(1 for s in every if s[3])),
            sum(1 for s in spans if text[s[0] - 1 : s[0]] in _LIST_MARKS or text[s[1] : s[1] + 1] in _LIST_MARKS)
            / (c or 1),
            *(float(p.level == lv) for lv in LEVELS),
            float(name == city),
            math.log1p(len(children)),
            sum(counts[q.name] for q in children) / total,
            counts[parent.name] / total if parent is not None else 0.0,
            float(parent is not None and counts[parent.name] > 0),
        ]  # fmt: skip
        rows.append(row)
    return cands, rows


def _main_region(records: list[dict]) -> str:
    """The region most of these records carry ("" when none has one)."""
    regions = Counter(r.get("region", "") for r in records)
    regions.pop("", None)
    return regions.most_common(1)[0][0] if regions else ""


def current_name(gazetteer: Gazetteer, name: str) -> str:
    """A county by the name it has now (旬阳县 → 旬阳市): which name an older text's place goes by is the period's
    decision, not the place's, and the candidates are current names."""
    if not name or gazetteer.get(name) is not None:
        return name
    former = [m for m in gazetteer.former_full_names(name) if (m.start, m.end) == (0, len(name))]
    return former[0].place.name if former else name


def _rules_place(records: list[dict]) -> str:
    """The rules' document place, as bench/decisions.py reads it: the region most of its records carry."""
    return Counter(r.get("region", "") for r in records).most_common(1)[0][0] if records else ""


def make_doc(gazetteer: Gazetteer, src: Source) -> Doc:
    """One document with its gold place, the rules' place and its candidates."""
    cands, rows = candidate_features(src.text, gazetteer)
    same = partial(current_name, gazetteer)
    return Doc(src.corpus, src.split, src.name, same(_main_region(src.gold)), same(_rules_place(src.rules)),
               cands, rows)  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the documents' candidates and the rules' places here")
    ap.add_argument(
        "--no-rules-feature", action="store_true", help="only the model without the rules' choice"
    )
    a = ap.parse_args()
    docs = [d for d in load_docs(a.cache, partial(make_doc, Gazetteer.default())) if d.gold]
    report(docs, FEATURES, a.no_rules_feature)
    return 0


if __name__ == "__main__":
    sys.exit(main())
