"""What the learned whole-document decisions share (bench/learn_place.py, bench/learn_year.py): the tuning and
evaluation documents with their gold and the parser's records, a logistic regression over a document's candidates,
and the two tables that set it beside the rules.

The held-out splits (score.py HELD_OUT) are never loaded. dev21 and fresh22 are check splits: counts only, never a
document's name, text or gold.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import mul
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import CORPORA, HELD_OUT, build_predictions, corpus_splits, read_jsonl

from bot.ingest.decode import read_document
from bot.ingest.normalize import normalize

EVALUATION = {"real": ("dev23", "dev21"), "fresh": ("fresh22",)}
CHECK = frozenset({"dev21", "fresh22"})  # counts only: no document name, text or gold is ever printed
RULES_FEATURE = "rules_choice"


@dataclass
class Doc:
    corpus: str
    split: str
    name: str
    gold: str  # the gold decision ("" when gold has none to give)
    rules: str  # the rules' decision
    cands: list[str] = field(default_factory=list)
    feats: list[list[float]] = field(default_factory=list)


@dataclass
class Source:
    """One document as the scripts see it: its normalised text, gold records and the parser's records."""

    corpus: str
    split: str
    name: str
    text: str
    gold: list[dict]
    rules: list[dict]


def sources() -> Iterator[Source]:
    """Every document of the tuning and evaluation splits of tests/real and tests/fresh (never a held-out one)."""
    for corpus in ("real", "fresh"):
        docs_dir, gold_dir, _ = CORPORA[corpus]
        splits = {s: ids for s, ids in corpus_splits(corpus).items() if s not in HELD_OUT}
        ids = sorted({d for s in splits.values() for d in s})
        pred, _ = build_predictions(docs_dir, ids)
        by_doc: dict[str, list[dict]] = {}
        for r in pred:
            by_doc.setdefault(r["doc"], []).append(r)
        for split, names in splits.items():
            for name in names:
                gold_file = gold_dir / f"{name}.jsonl"
                gold = (
                    read_jsonl(gold_file.read_text(encoding="utf-8").splitlines())
                    if gold_file.exists()
                    else []
                )
                text = normalize(read_document(docs_dir / f"{name}.txt")).text
                yield Source(corpus, split, name, text, gold, by_doc.get(name, []))


def load_docs(cache: Path | None, make: Callable[[Source], Doc]) -> list[Doc]:
    """Every document made into a Doc by `make`, kept in `cache` (when given) for the next run."""
    if cache is not None and cache.exists():
        return [Doc(**d) for d in json.loads(cache.read_text(encoding="utf-8"))]
    docs = [make(s) for s in sources()]
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


def report(docs: list[Doc], features: tuple[str, ...], no_rules_feature: bool) -> None:
    """Both tables, for the model without and (unless told not to) with the rules' choice, and the weights."""
    held = {s for v in EVALUATION.values() for s in v}
    tuning = [d for d in docs if d.split not in held]
    evaluation = [d for d in docs if d.split in held]
    print(f"{len(tuning)} tuning documents, {len(evaluation)} evaluation documents, "
          f"{sum(len(d.cands) for d in tuning) / len(tuning):.1f} candidates a document")  # fmt: skip
    for with_rules in (False,) if no_rules_feature else (False, True):
        label = "with the rules' choice as a feature" if with_rules else "text features only"
        print(f"\n== model, {label}\n-- (1) leave one tuning split out (the rules were tuned on these)")
        confident = leave_one_split_out(tuning, with_rules)
        print("-- (2) trained on all tuning documents; nobody tuned on these (hybrid threshold from (1))")
        model = fair(tuning, evaluation, with_rules, confident)
        names = [*features, RULES_FEATURE] if with_rules else list(features)
        print(
            "weights (standardised): "
            + ", ".join(
                f"{n} {w:+.2f}" for w, n in sorted(zip(model.w, names, strict=True), key=lambda t: -abs(t[0]))
            )
        )
