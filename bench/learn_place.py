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
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from operator import mul
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPORA, HELD_OUT, build_predictions, corpus_splits, read_jsonl

from bot.ingest.decode import read_document
from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer, Place
from bot.ingest.segment import context_city
from bot.ingest.zones import find_zones, not_yet_national, zone_of_city

EVALUATION = {"real": ("dev23", "dev21"), "fresh": ("fresh22",)}
CHECK = frozenset({"dev21", "fresh22"})  # counts only: no document name, text or gold is ever printed
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
RULES_FEATURE = "rules_choice"


@dataclass
class Doc:
    corpus: str
    split: str
    name: str
    gold: str  # the gold place ("" when no gold record has a region)
    rules: str  # the rules' place ("" when the parser made no record)
    cands: list[str] = field(default_factory=list)
    feats: list[list[float]] = field(default_factory=list)


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


def _gold_place(gold_file: Path) -> str:
    if not gold_file.exists():
        return ""
    regions = Counter(
        r.get("region", "") for r in read_jsonl(gold_file.read_text(encoding="utf-8").splitlines())
    )
    regions.pop("", None)
    return regions.most_common(1)[0][0] if regions else ""


def current_name(gazetteer: Gazetteer, name: str) -> str:
    """A county by the name it has now (旬阳县 → 旬阳市): which name an older text's place goes by is the period's
    decision, not the place's, and the candidates are current names."""
    if not name or gazetteer.get(name) is not None:
        return name
    former = [m for m in gazetteer.former_full_names(name) if (m.start, m.end) == (0, len(name))]
    return former[0].place.name if former else name


def _rules_places(docs_dir: Path, ids: list[str]) -> dict[str, str]:
    """The rules' document place, as bench/decisions.py reads it: the region most of its records carry."""
    pred, _ = build_predictions(docs_dir, ids)
    by_doc: dict[str, Counter[str]] = {}
    for r in pred:
        by_doc.setdefault(r["doc"], Counter())[r.get("region", "")] += 1
    return {d: by_doc[d].most_common(1)[0][0] if d in by_doc else "" for d in ids}


def load_docs(cache: Path | None) -> list[Doc]:
    """Every tuning and evaluation document with its gold place, the rules' place and its candidates."""
    if cache is not None and cache.exists():
        return [Doc(**d) for d in json.loads(cache.read_text(encoding="utf-8"))]
    gazetteer = Gazetteer.default()
    docs: list[Doc] = []
    for corpus in ("real", "fresh"):
        docs_dir, gold_dir, _ = CORPORA[corpus]
        splits = {s: ids for s, ids in corpus_splits(corpus).items() if s not in HELD_OUT}
        ids = sorted({d for s in splits.values() for d in s})
        rules = _rules_places(docs_dir, ids)
        same = partial(current_name, gazetteer)
        for split, names in splits.items():
            for name in names:
                text = normalize(read_document(docs_dir / f"{name}.txt")).text
                cands, rows = candidate_features(text, gazetteer)
                gold, rule = same(_gold_place(gold_dir / f"{name}.jsonl")), same(rules[name])
                docs.append(Doc(corpus, split, name, gold, rule, cands, rows))
    if cache is not None:
        cache.write_text(json.dumps([d.__dict__ for d in docs], ensure_ascii=False), encoding="utf-8")
    return docs


# ------------------------------------------------------------------------------------------------- model --


class Model:
    """Logistic regression over candidates: standardised features, L2, full-batch gradient descent."""

    def __init__(self, epochs: int = 300, rate: float = 0.5, l2: float = 1e-3) -> None:
        self.epochs, self.rate, self.l2 = epochs, rate, l2
        self.mean: list[float] = []
        self.std: list[float] = []
        self.w: list[float] = []
        self.b = 0.0

    def _z(self, row: list[float]) -> list[float]:
        return [(x - m) / s for x, m, s in zip(row, self.mean, self.std, strict=True)]

    def fit(self, rows: list[list[float]], labels: list[int]) -> Model:
        k, n = len(rows[0]), len(rows)
        self.mean = [sum(r[j] for r in rows) / n for j in range(k)]
        self.std = [math.sqrt(sum((r[j] - self.mean[j]) ** 2 for r in rows) / n) or 1.0 for j in range(k)]
        xs = [self._z(r) for r in rows]
        cols = [
            list(c) for c in zip(*xs, strict=True)
        ]  # column-wise, so each gradient term is one C-level sum
        pos = sum(labels) or 1
        weight = [(n - pos) / pos if y else 1.0 for y in labels]  # one gold candidate per document among many
        norm = sum(weight)
        self.w, self.b = [0.0] * k, 0.0
        for _ in range(self.epochs):
            err = [
                c * (_sigmoid(self.b + sum(map(mul, self.w, x))) - y)
                for x, y, c in zip(xs, labels, weight, strict=True)
            ]
            grad = [sum(map(mul, err, col)) for col in cols]
            self.w = [wi - self.rate * (g / norm + self.l2 * wi) for wi, g in zip(self.w, grad, strict=True)]
            self.b -= self.rate * sum(err) / norm
        return self

    def score(self, row: list[float]) -> float:
        return _sigmoid(self.b + sum(wi * xi for wi, xi in zip(self.w, self._z(row), strict=True)))


def _sigmoid(t: float) -> float:
    return 1 / (1 + math.exp(-t)) if t > -60 else 0.0


def _rows(doc: Doc, with_rules: bool) -> list[list[float]]:
    return [
        [*r, float(c == doc.rules)] if with_rules else r for c, r in zip(doc.cands, doc.feats, strict=True)
    ]


def train(docs: list[Doc], with_rules: bool) -> Model:
    rows, labels = [], []
    for d in docs:
        if d.gold in d.cands:  # an unplaceable document teaches nothing about ranking
            rows += _rows(d, with_rules)
            labels += [int(c == d.gold) for c in d.cands]
    return Model().fit(rows, labels)


def rank(model: Model, doc: Doc, with_rules: bool) -> list[tuple[float, str]]:
    """The document's candidates, best first (ties broken by name, for a stable order)."""
    return sorted(((model.score(r), c) for c, r in zip(doc.cands, _rows(doc, with_rules), strict=True)),
                  key=lambda t: (-t[0], t[1]))  # fmt: skip


# -------------------------------------------------------------------------------------------- evaluation --


@dataclass
class Tally:
    docs: int = 0
    unplaceable: int = 0
    rules: int = 0
    model: int = 0
    hybrid: int = 0
    disagree: int = 0
    rules_won: int = 0
    model_won: int = 0

    def add(self, other: Tally) -> None:
        for k, v in other.__dict__.items():
            setattr(self, k, getattr(self, k) + v)


def judge(model: Model, docs: list[Doc], with_rules: bool, confident: float) -> tuple[Tally, list[str]]:
    """Accuracy of rules, model and hybrid over the placeable documents, and the disagreements (name lines)."""
    t, lines = Tally(), []
    for d in docs:
        t.docs += 1
        if d.gold not in d.cands:
            t.unplaceable += 1
            continue
        (p, best), *_ = rank(model, d, with_rules)
        hybrid = best if p >= confident and best != d.rules else d.rules
        t.rules += d.rules == d.gold
        t.model += best == d.gold
        t.hybrid += hybrid == d.gold
        if best != d.rules:
            t.disagree += 1
            t.rules_won += d.rules == d.gold
            t.model_won += best == d.gold
            lines.append(f"    {d.name}: gold {d.gold}, rules {d.rules or '-'}, model {best} ({p:.2f})")
    return t, lines


def _pct(right: int, t: Tally) -> str:
    n = t.docs - t.unplaceable
    return f"{right / n:>6.2f}" if n else f"{'-':>6}"


def _row(name: str, t: Tally) -> str:
    return (f"{name:<9}{t.docs:>5}{t.unplaceable:>6}{_pct(t.rules, t)}{_pct(t.model, t)}{_pct(t.hybrid, t)}"
            f"{t.disagree:>6}{t.rules_won:>6}{t.model_won:>6}")  # fmt: skip


HEADER = f"{'split':<9}{'docs':>5}{'unpl':>6}{'rules':>6}{'model':>6}{'hybrid':>6}{'disag':>6}{'r won':>6}{'m won':>6}"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01)  # 1.01: never overrule the rules


def leave_one_split_out(tuning: list[Doc], with_rules: bool) -> float:
    """Prints the table over the tuning splits; returns the hybrid's threshold that does best over them."""
    splits = sorted({(d.corpus, d.split) for d in tuning}, key=lambda s: (s[0] != "real", len(s[1]), s[1]))
    per_threshold: Counter[float] = Counter()
    total = Tally()
    print(HEADER)
    for corpus, split in splits:
        held = [d for d in tuning if (d.corpus, d.split) == (corpus, split)]
        model = train([d for d in tuning if (d.corpus, d.split) != (corpus, split)], with_rules)
        for th in THRESHOLDS:
            per_threshold[th] += judge(model, held, with_rules, th)[0].hybrid
        t, _ = judge(model, held, with_rules, 0.9)
        total.add(t)
        print(_row(split, t))
    print(_row("ALL", total) + "   (hybrid at 0.9)")
    best = max(THRESHOLDS, key=lambda th: (per_threshold[th], th))
    print("hybrid right, by threshold: " + ", ".join(f"{th}: {per_threshold[th]}" for th in THRESHOLDS))
    return best


def fair(tuning: list[Doc], evaluation: list[Doc], with_rules: bool, confident: float) -> Model:
    model = train(tuning, with_rules)
    print(HEADER + f"   (hybrid at {confident})")
    for split in ("dev23", "dev21", "fresh22"):
        t, lines = judge(model, [d for d in evaluation if d.split == split], with_rules, confident)
        print(_row(split, t))
        if split not in CHECK and lines:
            print("\n".join(lines))
    return model


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the documents' candidates and the rules' places here")
    ap.add_argument(
        "--no-rules-feature", action="store_true", help="only the model without the rules' choice"
    )
    a = ap.parse_args()
    docs = [d for d in load_docs(a.cache) if d.gold]
    held = {s for v in EVALUATION.values() for s in v}
    tuning = [d for d in docs if d.split not in held]
    evaluation = [d for d in docs if d.split in held]
    print(f"{len(tuning)} tuning documents, {len(evaluation)} evaluation documents, "
          f"{sum(len(d.cands) for d in tuning) / len(tuning):.1f} candidates a document")  # fmt: skip
    for with_rules in (False,) if a.no_rules_feature else (False, True):
        label = "with the rules' choice as a feature" if with_rules else "text features only"
        print(f"\n== model, {label}\n-- (1) leave one tuning split out (the rules were tuned on these)")
        confident = leave_one_split_out(tuning, with_rules)
        print("-- (2) trained on all tuning documents; nobody tuned on these (hybrid threshold from (1))")
        model = fair(tuning, evaluation, with_rules, confident)
        names = [*FEATURES, RULES_FEATURE] if with_rules else list(FEATURES)
        print(
            "weights (standardised): "
            + ", ".join(
                f"{n} {w:+.2f}" for w, n in sorted(zip(model.w, names, strict=True), key=lambda t: -abs(t[0]))
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
