"""How often the parser gets a real document's whole-document decisions right: its place, its figures' kind and
their period, one figure per document rather than per record.

    python bench/decisions.py [--corpus real|fresh] [--split all|dev|…|dev12|test4] [--sources]

Most figures a held-out text loses are lost together: a text placed nowhere or in the wrong place, a speech whose
achieved figures all read as targets, a report dated from the wrong year. Per document of tests/real:
- place: the region most of the parser's records carry is the one most gold records carry (a document with no
  records is placed nowhere);
- kind, period: at least 80% of the records paired with gold (same value and unit, as bench/score.py pairs them)
  agree on the field; a document with no pairs fails both.
`--split all` leaves out the held-out splits (bench/score.py HELD_OUT); a held-out split is built only when named, and
then only counted, never listed. `--sources` gives the pipeline each document's address (as score.py --sources).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import (
    CHECK,
    CORPORA,
    HELD_OUT,
    build_predictions,
    build_with_sources,
    chosen_splits,
    evaluate,
    load_gold,
)

DECISIONS = ("place", "kind", "period")
COLUMNS = (*DECISIONS, "all 3")
AGREEMENT = 0.8  # the share of a document's paired records a field must agree on


def main_region(records: list[dict]) -> str:
    counts = Counter(r.get("region", "") for r in records)
    return counts.most_common(1)[0][0] if counts else ""


def document_decisions(doc: str, pred: list[dict], gold: list[dict], figures: dict) -> dict[str, bool]:
    """Whether each whole-document decision is right for one document."""
    mine = [p for p in pred if p["doc"] == doc]
    theirs = [g for g in gold if g["doc"] == doc]
    accuracy = figures["accuracy"]
    out = {"place": bool(mine) and main_region(mine) == main_region(theirs)}
    for field in ("kind", "period"):
        out[field] = accuracy[field] is not None and accuracy[field] >= AGREEMENT
    return out


def _row(name: str, counts: Counter[str]) -> str:
    return f"{name:<8}{counts['docs']:>5}" + "".join(f"{counts[d]:>8}" for d in COLUMNS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all")
    ap.add_argument("--corpus", default="real", choices=("real", "fresh"))
    ap.add_argument(
        "--sources", action="store_true", help="give each document its address (no places, no dates)"
    )
    a = ap.parse_args()
    docs_dir, gold_dir, _ = CORPORA[a.corpus]
    splits, wanted, ids = chosen_splits(a.corpus, a.split)
    gold = load_gold(gold_dir)
    pred, _ = build_with_sources(docs_dir, ids) if a.sources else build_predictions(docs_dir, ids)
    print(f"{'split':<8}{'docs':>5}" + "".join(f"{d:>8}" for d in COLUMNS))
    total: Counter[str] = Counter()
    failed_lines: list[str] = []
    for s in wanted:
        per_doc = evaluate(pred, gold, splits[s])["docs"]
        counts: Counter[str] = Counter(docs=len(per_doc))
        for doc, figures in per_doc.items():
            right = document_decisions(doc, pred, gold, figures)
            counts.update(d for d, ok in right.items() if ok)
            counts["all 3"] += all(right.values())
            wrong = [d for d, ok in right.items() if not ok]
            if wrong and s not in HELD_OUT and s not in CHECK:
                failed_lines.append(f"  {s:<6} {doc}: {', '.join(wrong)}")
        total += counts
        print(_row(s, counts))
    if len(wanted) > 1:
        print(_row("ALL", total))
    if failed_lines:
        print("documents with a wrong decision (tuning splits only, no check split):")
        print("\n".join(failed_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
