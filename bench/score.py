"""Score the parser's indicator records against the hand-labelled gold records.

    python bench/score.py [--store PATH | --pred FILE] [--gold DIR] [--verbose]

A prediction matches a gold record when doc, region, value, unit and kind agree (numbers within
1e-9, ranges element-wise); each record matches at most once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
FIELDS = ("region", "value", "unit", "kind")
Record = dict


def _num(v: object) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).strip())
    except ValueError:
        return None


def same_value(a: object, b: object) -> bool:
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        if not (isinstance(a, (list, tuple)) and isinstance(b, (list, tuple))) or len(a) != len(b):
            return False
        return all(same_value(x, y) for x, y in zip(a, b, strict=True))
    x, y = _num(a), _num(b)
    return x is not None and y is not None and abs(x - y) <= 1e-9


def _s(r: Record, field: str) -> str:
    return str(r.get(field, "") or "").strip()


def agree(p: Record, g: Record, ignore: str = "") -> bool:
    """Whether p matches g on doc and the match fields, leaving out `ignore`."""
    if _s(p, "doc") != _s(g, "doc"):
        return False
    for f in FIELDS:
        if f == ignore:
            continue
        ok = same_value(p.get(f), g.get(f)) if f == "value" else _s(p, f) == _s(g, f)
        if not ok:
            return False
    return True


def _loose(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def match(pred: list[Record], gold: list[Record], ignore: str = "") -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index); pairs with the same indicator are preferred."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    tiers: list[Callable[[str, str], bool]] = [str.__eq__, _loose, lambda a, b: True]
    for tier in tiers:
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi not in used_p and agree(p, g, ignore) and tier(_s(p, "indicator"), _s(g, "indicator")):
                    pairs.append((pi, gi))
                    used_p.add(pi)
                    used_g.add(gi)
                    break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _score_set(pred: list[Record], gold: list[Record]) -> dict:
    pairs = match(pred, gold)
    mp = {pi for pi, _ in pairs}
    mg = {gi for _, gi in pairs}
    fp = [p for i, p in enumerate(pred) if i not in mp]
    fn = [g for i, g in enumerate(gold) if i not in mg]
    ind = [(_s(pred[pi], "indicator"), _s(gold[gi], "indicator")) for pi, gi in pairs]
    out: dict = {
        "gold": len(gold),
        "pred": len(pred),
        "tp": len(pairs),
        **_prf(len(pairs), len(pred), len(gold)),
        "indicator_exact": sum(a == b for a, b in ind),
        "indicator_loose": sum(a == b or _loose(a, b) for a, b in ind),
        # unmatched predictions that would match an unmatched gold record if one field were ignored
        "near_miss": {f: len(match(fp, fn, ignore=f)) for f in ("region", "kind", "unit")},
        "false_positives": fp,
        "false_negatives": fn,
    }
    return out


def score(pred: Iterable[Record], gold: Iterable[Record]) -> dict:
    """Figures per document and overall. Predictions for documents without gold are only counted."""
    gold = list(gold)
    docs = sorted({_s(g, "doc") for g in gold})
    pred = list(pred)
    graded = [p for p in pred if _s(p, "doc") in docs]
    per_doc = {
        d: _score_set([p for p in graded if _s(p, "doc") == d], [g for g in gold if _s(g, "doc") == d])
        for d in docs
    }
    overall = _score_set(graded, gold)
    overall["ungraded_pred"] = len(pred) - len(graded)
    return {"docs": per_doc, "overall": overall}


def read_jsonl(lines: Iterable[str]) -> list[Record]:
    return [json.loads(line) for line in lines if line.strip()]


def load_gold(gold_dir: Path = GOLD_DIR) -> list[Record]:
    out: list[Record] = []
    for f in sorted(Path(gold_dir).glob("*.jsonl")):
        out += read_jsonl(f.read_text(encoding="utf-8").splitlines())
    return out


def load_pred(store: str | None = None, pred_file: str | None = None) -> list[Record]:
    if pred_file:
        return read_jsonl(Path(pred_file).read_text(encoding="utf-8").splitlines())
    cmd = [sys.executable, "-m", "bot.cli", "export"] + (["--store", store] if store else [])
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    if res.returncode:
        sys.exit(f"export failed ({' '.join(cmd)}):\n{res.stderr.strip()}")
    return read_jsonl(res.stdout.splitlines())


def _row(name: str, s: dict) -> str:
    tp = s["tp"] or 1
    nm = s["near_miss"]
    return (
        f"{name:<22}{s['gold']:>5}{s['pred']:>6}{s['tp']:>5}{s['precision']:>7.3f}{s['recall']:>7.3f}"
        f"{s['f1']:>7.3f}  ind {s['indicator_exact'] / tp:.2f}/{s['indicator_loose'] / tp:.2f}"
        f"  near r/k/u {nm['region']}/{nm['kind']}/{nm['unit']}"
    )


def _brief(r: Record) -> str:
    keys = ("region", "indicator", "value", "unit", "cmp", "kind", "period", "deadline")
    return " | ".join(json.dumps(r.get(k), ensure_ascii=False) for k in keys) + f"  «{_s(r, 'text')}»"


def report(res: dict, verbose: bool = False) -> str:
    lines = [
        f"{'doc':<22}{'gold':>5}{'pred':>6}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}"
        "  indicator agree exact/loose  near misses (ignoring region/kind/unit)"
    ]
    lines += [_row(d, s) for d, s in res["docs"].items()]
    lines.append(_row("OVERALL", res["overall"]))
    if res["overall"]["ungraded_pred"]:
        n = res["overall"]["ungraded_pred"]
        lines.append(f"({n} predictions for documents without gold, not graded)")
    if verbose:
        for d, s in res["docs"].items():
            lines.append(f"\n== {d}")
            lines += ["  FP " + _brief(r) for r in s["false_positives"]]
            lines += ["  FN " + _brief(r) for r in s["false_negatives"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--store", help="store to export with `python -m bot.cli export`")
    src.add_argument("--pred", help="JSONL file of predicted records (as printed by `policybot export`)")
    ap.add_argument("--gold", default=str(GOLD_DIR), help="folder of gold *.jsonl files")
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    a = ap.parse_args(argv)
    gold = load_gold(Path(a.gold))
    if not gold:
        sys.exit(f"no gold records in {a.gold}")
    print(report(score(load_pred(a.store, a.pred), gold), a.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
