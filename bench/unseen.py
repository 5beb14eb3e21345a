"""Held-out evaluation: parse the unseen corpus with NO manifest and score it against its gold records.

    python bench/unseen.py [--store /tmp/unseen.json] [--no-build] [--verbose] [--check] [--json FILE]

The corpus (tests/unseen/docs, 8 documents of other provinces, years, scripts and layouts) was written
and labelled independently of the parser; see tests/unseen/README.md. The store is built with
`python -m bot.cli build --seeds tests/unseen/docs --store STORE`, so dates and places must be
inferred from the text. Scoring is bench/score.py's `score()` (match on doc, region, value, unit, kind).

--verbose lists every false positive/negative; the summary always sorts the errors into rough classes:
  FP wrong-region / wrong-kind / wrong-unit   a gold record of the doc has the same value but differs there
  FP junk                                     no gold record of the doc has that value at all
  FN mislabeled                               a prediction has the value but disagrees on region/kind/unit
  FN missed                                   no prediction of the doc has that value
The matched pairs' agreement on the unmatched fields (indicator, cmp, period, deadline, text) is shown too.
--check validates the gold files only (fields, order, text quoted from the normalized document).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import check_corpus_gold, load_gold, load_pred, match, report, same_value, score  # noqa: E402

DOCS = ROOT / "tests" / "unseen" / "docs"
GOLD = ROOT / "tests" / "unseen" / "gold"


def build(store: Path) -> None:
    cmd = [sys.executable, "-m", "bot.cli", "build", "--seeds", str(DOCS), "--store", str(store)]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    if res.returncode:
        sys.exit(f"build failed ({' '.join(cmd)}):\n{res.stderr.strip()}")


def classify(res: dict) -> dict[str, list[tuple[str, dict, dict | None]]]:
    """Sort each document's false positives and negatives into rough error classes."""
    out: dict[str, list] = {}
    for doc, s in res["docs"].items():
        fps, fns = s["false_positives"], s["false_negatives"]
        for p in fps:
            same = [g for g in fns if same_value(p.get("value"), g.get("value"))]
            cls, other = "FP junk", None
            for field in ("region", "kind", "unit"):
                hit = [
                    g
                    for g in same
                    if all(p.get(k) == g.get(k) for k in ("region", "kind", "unit") if k != field)
                ]
                if hit:
                    cls, other = f"FP wrong-{field}", hit[0]
                    break
            else:
                if same:
                    cls, other = "FP wrong-several", same[0]
            out.setdefault(cls, []).append((doc, p, other))
        for g in fns:
            same = [p for p in fps if same_value(p.get("value"), g.get("value"))]
            cls = "FN mislabeled" if same else "FN missed"
            out.setdefault(cls, []).append((doc, g, same[0] if same else None))
    return out


def field_agreement(pred: list[dict], gold: list[dict]) -> dict[str, tuple[int, int]]:
    """On matched pairs, how often the fields that score.py does not match on agree with gold."""
    agree: Counter = Counter()
    n = 0
    for doc in sorted({g["doc"] for g in gold}):
        p = [r for r in pred if r.get("doc") == doc]
        g = [r for r in gold if r["doc"] == doc]
        for pi, gi in match(p, g):
            n += 1
            for f in ("indicator", "cmp", "period", "deadline", "text"):
                agree[f] += str(p[pi].get(f) or "") == str(g[gi].get(f) or "")
    return {f: (agree[f], n) for f in ("indicator", "cmp", "period", "deadline", "text")}


def _short(r: dict) -> str:
    return (
        f"{r.get('region')}|{r.get('indicator')}|{json.dumps(r.get('value'))}{r.get('unit')}|{r.get('cmp')}|"
        f"{r.get('kind')}|{r.get('period')}  «{r.get('text')}»"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default="/tmp/unseen.json", help="store to build and score")
    ap.add_argument("--no-build", action="store_true", help="score the existing store")
    ap.add_argument("--verbose", "-v", action="store_true", help="list all false positives and negatives")
    ap.add_argument("--examples", type=int, default=4, help="examples shown per error class")
    ap.add_argument("--check", action="store_true", help="only validate the gold files")
    ap.add_argument("--json", help="write the full score result here")
    a = ap.parse_args(argv)
    if a.check:
        return 1 if check_corpus_gold("unseen") else 0
    store = Path(a.store)
    if not a.no_build:
        build(store)
    pred, gold = load_pred(store=str(store)), load_gold(GOLD)
    res = score(pred, gold)
    print(report(res, a.verbose))
    fa = field_agreement(pred, gold)
    print("matched pairs agreeing exactly on", ", ".join(f"{f} {k}/{n}" for f, (k, n) in fa.items()))
    classes = classify(res)
    print("\nerror classes:", ", ".join(f"{k} {len(v)}" for k, v in sorted(classes.items())))
    for cls, items in sorted(classes.items()):
        print(f"\n-- {cls} ({len(items)}; by doc: {dict(Counter(d for d, _, _ in items))})")
        for doc, r, other in items[: a.examples]:
            print(f"  {doc[:3]} {_short(r)}")
            if other is not None:
                print(f"      vs {_short(other)}")
    if a.json:
        Path(a.json).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
