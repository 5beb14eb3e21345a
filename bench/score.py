"""Score the parser's indicator records against the hand-labelled gold records.

    python bench/score.py [--store PATH | --pred FILE] [--gold DIR] [--verbose]
    python bench/score.py --corpus real [--split dev|dev2|…|dev30|test4|test27|test29|all] [--errors [--show-test-errors]] [--json FILE]
    python bench/score.py --corpus unseen|seeds [--errors] [--json FILE]
    python bench/score.py --corpus real --check
    python bench/score.py --corpus real --sources [--split …]

Without --corpus (the seeds store): a prediction matches a gold record when doc, region, value, unit and kind
agree (numbers within 1e-9, ranges element-wise); each record matches at most once.

With --corpus: the corpus's documents are built through the real pipeline WITHOUT a manifest (dates and places
inferred; the seeds keep theirs), or read from --pred. Within each document a prediction is paired with a
gold record of the same value and unit, the best text overlap first (indicator overlap breaks ties). Strict
P/R/F1 count the pairs that also agree on region and kind. On the pairs: accuracy of kind, region, period,
cmp and indicator (exact); canonical precision/recall over pairs where the prediction (P) or the gold (R)
has a canonical name; subject agreement; qP, the share of all predictions a journalist could quote as they
stand (paired, with region, kind, period, cmp and subject right and no wrong canonical name). Missing `canonical`/`subject` fields count as "".
Regions are compared as places, in gold and built records alike: a registered zone (bot/data/zones.json) is one
place however its city is written in its name (`葛店经济技术开发区`, `鄂州市葛店经济技术开发区` read as the registry's
`鄂州葛店经济技术开发区`), and a division renamed in place reads under today's name (`宁河县`, as a 2009 text names
it, is today's `宁河区`; the gazetteer's former names).
Errors are grouped by class (missed, spurious, wrong unit, kind, region, period, cmp, canonical, subject,
indicator); --errors lists them, but never for a held-out split (`test4`, `test27`, `test29`) or a check split
(`CHECK`) unless --show-test-errors is given: nobody reads their errors while writing parser rules (tests/real/README.md). `--split all` leaves out the
held-out splits (`test4`, `test27`, `test29`): they are built and scored only when named.
With --sources (real corpus only): built with a manifest that gives only each document's address from
tests/real/SOURCES.md (no places, no dates), so a text that names no place may be placed by its address's host;
it prints which documents the address placed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bot.ingest.places import GAZETTEER_PATH  # noqa: E402
from bot.ingest.record import EXPORT_FIELDS  # noqa: E402
from bot.ingest.zones import ZONE_SUFFIX, ZONES_PATH  # noqa: E402

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


def _zone_names() -> dict[str, str]:
    """Each registered zone's name written with its city in full, in short or not at all, to the registry's name.
    A form left without a proper name before the zone's kind (`高新技术产业园区`) or shared by two zones is left out."""
    forms: dict[str, set[str]] = {}
    for zone in json.loads(ZONES_PATH.read_text(encoding="utf-8"))["zones"]:
        name, city = zone["name"], zone["city"]
        for written in (city, city.removesuffix("市")):
            if len(written) >= 2 and name.startswith(written):
                rest = name[len(written) :]
                kind = ZONE_SUFFIX.search(rest)
                named = [rest, city + rest, city.removesuffix("市") + rest]
                for form in named if kind and kind.start() >= 2 else named[1:]:
                    forms.setdefault(form, set()).add(name)
                break
    return {form: names.pop() for form, names in forms.items() if len(names) == 1}


def _former_names() -> dict[str, str]:
    """Each former name of a division renamed in place (the gazetteer gives it one successor of the same short name,
    `宁河县` → `宁河区`; a division merged into another, `万盛区` → `綦江区`, is not the same place), to today's name."""
    data = json.loads(GAZETTEER_PATH.read_text(encoding="utf-8"))
    today = {code: (name, short) for code, name, short, *_ in data["places"]}
    current = {name for name, _ in today.values()}
    return {
        name: today[codes[0]][0]
        for name, short, codes in data["former"]
        if len(codes) == 1 and today.get(codes[0], ("", ""))[1] == short and name not in current
    }


def same_place_names(records: list[Record]) -> list[Record]:
    """The records with a registered zone's or a renamed division's region written as today's registry names it."""
    names = _former_names() | _zone_names()
    return [{**r, "region": names[r["region"]]} if r.get("region") in names else r for r in records]


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


# ---------------------------------------------------------------- corpus scoring (no manifest) --

CORPORA: dict[str, tuple[Path, Path, Path | None]] = {
    # name: (documents, gold, splits file)
    "real": (
        ROOT / "tests" / "real" / "docs",
        ROOT / "tests" / "real" / "gold",
        ROOT / "tests" / "real" / "splits.json",
    ),
    "fresh": (
        ROOT / "tests" / "fresh" / "docs",
        ROOT / "tests" / "fresh" / "gold",
        ROOT / "tests" / "fresh" / "splits.json",
    ),
    "unseen": (ROOT / "tests" / "unseen" / "docs", ROOT / "tests" / "unseen" / "gold", None),
    "seeds": (ROOT / "seeds", GOLD_DIR, None),
}
PAIR_FIELDS = ("kind", "region", "period", "cmp", "indicator")
ERROR_CLASSES = (
    "missed",
    "spurious",
    "wrong unit",
    "wrong kind",
    "wrong region",
    "wrong period",
    "wrong cmp",
    "wrong canonical",
    "wrong subject",
    "indicator differs",
)
# A record a journalist could quote as it stands: its figure paired, and all of these right (and no wrong
# canonical name); "qP" is their share of every record the build made.
QUOTE_FIELDS = ("region", "kind", "period", "cmp", "subject")
GOLD_FIELDS = EXPORT_FIELDS  # a gold record has exactly the fields `policybot export` prints


# Held-out splits: never built by `--split all`, only when named (scored once, at the end).
HELD_OUT = frozenset({"test4", "test27", "test29"})
# Check splits: rule writers see their figures, never their errors (tests/real/README.md); a rule that lowers one is
# dropped.
CHECK = frozenset({"dev21", "fresh22", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh31"})


def corpus_splits(corpus: str) -> dict[str, list[str]]:
    """Document ids per split; a corpus without a splits file is one split, "all"."""
    docs_dir, _, splits_file = CORPORA[corpus]
    if splits_file is None:
        return {"all": sorted(p.stem for p in docs_dir.glob("*.txt"))}
    splits = json.loads(splits_file.read_text(encoding="utf-8"))
    return {name: sorted(ids) for name, ids in splits.items()}


def build_predictions(
    docs_dir: Path, ids: list[str], manifest_dir: Path | None = None
) -> tuple[list[Record], dict[str, str]]:
    """Records the real pipeline reads from these documents, and the documents it could not read (id: reason).

    The corpus folders have no manifest, so dates and places are inferred from the text, unless manifest_dir
    holds one (--sources). One document that fails costs only its own records."""
    sys.path.insert(0, str(ROOT))
    from bot.ingest.pipeline import build_corpus

    seeds = manifest_dir or docs_dir  # where build_corpus reads the manifest from
    paths = [docs_dir / f"{i}.txt" for i in ids]
    try:
        built = build_corpus(seeds, files=paths)
        return [r.export() | _extra(r) for r in built.records], _skipped(built.skipped)
    except Exception:  # fall back to one document at a time to name the bad one
        pass
    records: list[Record] = []
    failed: dict[str, str] = {}
    for path in paths:
        try:
            built = build_corpus(seeds, files=[path])
            records += [r.export() | _extra(r) for r in built.records]
            failed |= _skipped(built.skipped)
        except Exception as exc:  # any failure is this document's
            failed[path.stem] = f"{type(exc).__name__}: {exc}"[:200]
    return records, failed


def _skipped(skipped: list[tuple[str, str]]) -> dict[str, str]:
    """The documents the build skipped, by id, with its one-line reason: all their gold counts as missed."""
    return {Path(name).stem: f"skipped: {reason}"[:200] for name, reason in skipped}


SOURCES_MD = ROOT / "tests" / "real" / "SOURCES.md"
_SOURCE_ROW = re.compile(r"^\|\s*(r\d+_[\w]+)\s*\|\s*([\w]+)\s*\|\s*(https?://\S+?)\s*\|", re.M)


def source_addresses(path: Path = SOURCES_MD) -> dict[str, str]:
    """Each document's address as tests/real/SOURCES.md gives it (rows without one are left out)."""
    return {m.group(1): m.group(3) for m in _SOURCE_ROW.finditer(path.read_text(encoding="utf-8"))}


def write_sources_manifest(folder: Path, ids: list[str]) -> None:
    """A manifest giving only each document's address: no places, no dates."""
    addresses = source_addresses()
    lines = [json.dumps({"id": i, "source": addresses[i]}) for i in ids if i in addresses]
    (folder / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def placed_by_address(pred: list[Record], plain: list[Record], ids: list[str]) -> list[str]:
    """Documents whose places differ once their address is known: those its host placed."""

    def regions(records: list[Record]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in records:
            out.setdefault(r["doc"], set()).add(r["region"])
        return out

    with_source, without = regions(pred), regions(plain)
    return sorted(i for i in ids if with_source.get(i, set()) != without.get(i, set()))


def _extra(record: object) -> dict:
    """`subject` and `canonical` when the parser's records carry them (older ones do not)."""
    return {f: getattr(record, f) for f in ("subject", "canonical") if hasattr(record, f)}


def _overlap(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size / min(len(a), len(b))


def pair_document(pred: list[Record], gold: list[Record]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of the same value and unit, best text overlap first."""
    cands = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if _s(p, "unit") == _s(g, "unit") and same_value(p.get("value"), g.get("value")):
                score = _overlap(_s(p, "text"), _s(g, "text")) + 0.25 * _overlap(
                    _s(p, "indicator"), _s(g, "indicator")
                )
                cands.append((-score, pi, gi))
    pairs, used_p, used_g = [], set(), set()
    for _, pi, gi in sorted(cands):
        if pi not in used_p and gi not in used_g:
            pairs.append((pi, gi))
            used_p.add(pi)
            used_g.add(gi)
    return sorted(pairs, key=lambda x: x[1])


def evaluate_document(
    pred: list[Record], gold: list[Record]
) -> tuple[Counter, list[tuple[str, Record | None, Record | None]]]:
    """Counts for one document and its errors as (class, prediction, gold)."""
    c: Counter = Counter(gold=len(gold), pred=len(pred))
    errors: list[tuple[str, Record | None, Record | None]] = []
    pairs = pair_document(pred, gold)
    c["paired"] = len(pairs)
    for pi, gi in pairs:
        p, g = pred[pi], gold[gi]
        c["strict"] += _s(p, "region") == _s(g, "region") and _s(p, "kind") == _s(g, "kind")
        for f in PAIR_FIELDS:
            ok = _s(p, f) == _s(g, f)
            c[f] += ok
            if not ok:
                errors.append(("indicator differs" if f == "indicator" else f"wrong {f}", p, g))
        pc, gc = _s(p, "canonical"), _s(g, "canonical")
        c["canon_pred"] += bool(pc)
        c["canon_gold"] += bool(gc)
        c["canon_ok"] += bool(pc) and pc == gc
        if (pc or gc) and pc != gc:
            errors.append(("wrong canonical", p, g))
        ok = _s(p, "subject") == _s(g, "subject")
        c["subject"] += ok
        if not ok:
            errors.append(("wrong subject", p, g))
        c["quotable"] += all(_s(p, f) == _s(g, f) for f in QUOTE_FIELDS) and pc in ("", gc)
    paired_p = {pi for pi, _ in pairs}
    paired_g = {gi for _, gi in pairs}
    lone_g = [gi for gi in range(len(gold)) if gi not in paired_g]
    for pi, p in enumerate(pred):
        if pi in paired_p:
            continue
        same = [gi for gi in lone_g if same_value(p.get("value"), gold[gi].get("value"))]
        if same:  # the figure was found, under another unit
            lone_g.remove(same[0])
            errors.append(("wrong unit", p, gold[same[0]]))
        else:
            errors.append(("spurious", p, None))
    errors += [("missed", None, gold[gi]) for gi in lone_g]
    return c, errors


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def summarize(c: Counter) -> dict:
    """Figures from counts: strict and value+unit P/R/F1, field accuracy on pairs, canonical P/R, subject."""

    def prf(tp: int) -> dict:
        p, r = _ratio(tp, c["pred"]), _ratio(tp, c["gold"])
        f = 2 * p * r / (p + r) if p and r else 0.0
        return {"precision": p or 0.0, "recall": r or 0.0, "f1": f}

    out = {"gold": c["gold"], "pred": c["pred"], "paired": c["paired"], "strict_tp": c["strict"]}
    out["strict"] = prf(c["strict"])
    out["value_unit"] = prf(c["paired"])
    out["accuracy"] = {f: _ratio(c[f], c["paired"]) for f in PAIR_FIELDS}
    out["canonical"] = {
        "precision": _ratio(c["canon_ok"], c["canon_pred"]),
        "recall": _ratio(c["canon_ok"], c["canon_gold"]),
        "pred_named": c["canon_pred"],
        "gold_named": c["canon_gold"],
    }
    out["subject"] = _ratio(c["subject"], c["paired"])
    out["quotable_precision"] = _ratio(c["quotable"], c["pred"])
    return out


def evaluate(pred: list[Record], gold: list[Record], ids: list[str]) -> dict:
    """Per document and overall figures for these documents, and every error."""
    docs: dict[str, dict] = {}
    total: Counter = Counter()
    errors: list[tuple[str, str, Record | None, Record | None]] = []
    for d in ids:
        c, errs = evaluate_document(
            [p for p in pred if _s(p, "doc") == d], [g for g in gold if _s(g, "doc") == d]
        )
        total += c
        docs[d] = summarize(c)
        errors += [(d, cls, p, g) for cls, p, g in errs]
    counts = Counter(cls for _, cls, _, _ in errors)
    return {
        "overall": summarize(total),
        "docs": docs,
        "error_counts": {k: counts[k] for k in ERROR_CLASSES if counts[k]},
        "errors": errors,
    }


def _pct(x: float | None) -> str:
    return "   - " if x is None else f"{x:5.2f}"


def _line(name: str, s: dict) -> str:
    a, cn = s["accuracy"], s["canonical"]
    return (
        f"{name[:30]:<30}{s['gold']:>5}{s['pred']:>5}{s['paired']:>5}  {_pct(s['strict']['precision'])}"
        f"{_pct(s['strict']['recall'])}{_pct(s['strict']['f1'])}  {_pct(s['value_unit']['f1'])}  "
        + "".join(_pct(a[f]) for f in PAIR_FIELDS)
        + f"  {_pct(cn['precision'])}{_pct(cn['recall'])}  {_pct(s['subject'])}  {_pct(s['quotable_precision'])}"
    )


def _error_line(doc: str, cls: str, p: Record | None, g: Record | None) -> str:
    def brief(r: Record) -> str:
        return (
            f"{_s(r, 'region')}|{_s(r, 'indicator')}|{json.dumps(r.get('value'))}{_s(r, 'unit')}|{_s(r, 'cmp')}|"
            f"{_s(r, 'kind')}|{_s(r, 'period')}|canon={_s(r, 'canonical')}|subj={_s(r, 'subject')}  «{_s(r, 'text')}»"
        )

    out = f"  [{cls}] {doc}"
    if p is not None:
        out += f"\n      pred {brief(p)}"
    if g is not None:
        out += f"\n      gold {brief(g)}"
    return out


def _not_built(failed: dict[str, str], split: list[str], held_out: bool) -> dict[str, str]:
    """The split's documents that built nothing, with why; for a held-out split only that they did not build."""
    return {d: "not shown (held out)" if held_out else why for d, why in failed.items() if d in split}


def corpus_report(name: str, res: dict, failed: dict[str, str], show_errors: bool) -> str:
    head = (
        f"{'doc':<30}{'gold':>5}{'pred':>5}{'pair':>5}  {'P':>5}{'R':>5}{'F1':>5}  {'vuF1':>5}  "
        f"{'kind':>5}{'regn':>5}{'perd':>5}{'cmp':>5}{'ind':>5}  {'canP':>5}{'canR':>5}  {'subj':>5}  {'qP':>5}"
    )
    lines = [f"== {name}: {len(res['docs'])} documents", head]
    lines += [_line(d, s) for d, s in res["docs"].items()]
    lines.append(_line("ALL", res["overall"]))
    lines += [f"  not built, {d}: {why}" for d, why in failed.items()]
    counts = res["error_counts"]
    lines.append("errors by class: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))
    if show_errors:
        for cls in ERROR_CLASSES:
            items = [e for e in res["errors"] if e[1] == cls]
            if items:
                lines.append(f"-- {cls} ({len(items)})")
                lines += [_error_line(*e) for e in items]
    return "\n".join(lines)


def _normalize_for_check(text: str) -> str:
    """The text gold `text` quotes: full-width folded, pinyin annotations dropped, simplified (t2s), without
    whitespace (a page wrapped mid-sentence or with a stray space is read as one run, as the build reads it)."""
    from opencc import OpenCC

    text = text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}).replace("\u3000", " ")
    pinyin = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)")
    return re.sub(r"\s+", "", OpenCC("t2s").convert(pinyin.sub("", text)))


def check_corpus_gold(corpus: str) -> int:
    """Problems in a corpus's gold files: fields, doc, cmp/kind values, text quoted in order from the document."""
    docs_dir, gold_dir, _ = CORPORA[corpus]
    problems = 0
    for f in sorted(gold_dir.glob("*.jsonl")):
        src = docs_dir / f"{f.stem}.txt"
        if not src.exists():
            print(f"{f.name}: no document {src.name}")
            problems += 1
            continue
        text, pos = _normalize_for_check(src.read_text(encoding="utf-8")), 0
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            r = json.loads(line)
            where = f"{f.name}:{n}"
            bad = []
            if tuple(r) != GOLD_FIELDS:
                bad.append(f"fields {tuple(r)}")
            if r["doc"] != f.stem or r["kind"] not in ("target", "actual"):
                bad.append("doc/kind")
            if r["cmp"] not in (">=", ">", "=", "<=", "<", "range") or (
                isinstance(r["value"], list) != (r["cmp"] == "range")
            ):
                bad.append("cmp/value")
            i = text.find(_normalize_for_check(r["text"]), pos)
            if i < 0:
                bad.append(f"text not found in order: {r['text']}")
            else:
                pos = i
            for b in bad:
                print(f"{where}: {b}")
            problems += len(bad)
    print(f"gold check ({corpus}): {problems} problem(s)")
    return problems


def _jsonable(res: dict, with_errors: bool) -> dict:
    out = {k: v for k, v in res.items() if k != "errors"}
    if with_errors:
        out["errors"] = [{"doc": d, "class": c, "pred": p, "gold": g} for d, c, p, g in res["errors"]]
    return out


def chosen_splits(corpus: str, split: str) -> tuple[dict[str, list[str]], list[str], list[str]]:
    """The corpus's splits, the ones asked for (`all`: every one but the held-out) and their document ids."""
    splits = corpus_splits(corpus)
    wanted = [s for s in splits if s not in HELD_OUT] if split == "all" else [split]
    if any(s not in splits for s in wanted):
        sys.exit(f"corpus {corpus} has splits {sorted(splits)}, not {split}")
    return splits, wanted, sorted({d for s in wanted for d in splits[s]})


def build_with_sources(docs_dir: Path, ids: list[str]) -> tuple[list[Record], dict[str, str]]:
    """Records built with a manifest that gives each document only its address (SOURCES.md)."""
    with tempfile.TemporaryDirectory() as folder:
        write_sources_manifest(Path(folder), ids)
        return build_predictions(docs_dir, ids, Path(folder))


def run_corpus(a: argparse.Namespace) -> int:
    if a.check:
        return 1 if check_corpus_gold(a.corpus) else 0
    docs_dir, gold_dir, _ = CORPORA[a.corpus]
    splits, wanted, ids = chosen_splits(a.corpus, a.split)
    gold = load_gold(gold_dir)
    if a.pred:
        pred, failed = read_jsonl(Path(a.pred).read_text(encoding="utf-8").splitlines()), {}
    elif a.sources:
        if a.corpus != "real":
            sys.exit("--sources needs --corpus real (tests/real/SOURCES.md gives the addresses)")
        pred, failed = build_with_sources(docs_dir, ids)
        placed = placed_by_address(pred, build_predictions(docs_dir, ids)[0], ids)
        print(f"placed by their address ({len(placed)} of {len(ids)}): {', '.join(placed) or '-'}\n")
    else:
        pred, failed = build_predictions(docs_dir, ids)
    gold, pred = same_place_names(gold), same_place_names(pred)
    summary: dict = {"corpus": a.corpus, "splits": {}}
    for s in wanted:
        res = evaluate(pred, gold, splits[s])
        hidden = s in HELD_OUT or s in CHECK
        show = a.errors and (not hidden or a.show_test_errors)
        print(corpus_report(f"{a.corpus} / {s}", res, _not_built(failed, splits[s], hidden and not show), show))
        if a.errors and not show:
            print(
                "(held-out and check splits' errors are not shown; --show-test-errors prints them, see"
                " tests/real/README.md)"
            )
        print()
        summary["splits"][s] = _jsonable(res, show)
    summary["build_failures"] = failed
    if a.json:
        Path(a.json).write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


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
    ap.add_argument(
        "--corpus", choices=sorted(CORPORA), help="build this corpus without a manifest and score it"
    )
    ap.add_argument(
        "--split",
        default="all",
        help="with --corpus: a key of splits.json, or all (default; not the held-out splits)",
    )
    ap.add_argument("--errors", action="store_true", help="with --corpus: list the errors by class")
    ap.add_argument(
        "--show-test-errors", action="store_true", help="also list the held-out and check splits' errors"
    )
    ap.add_argument("--json", help="with --corpus: write the summary here")
    ap.add_argument("--check", action="store_true", help="with --corpus: only validate the gold files")
    ap.add_argument(
        "--sources",
        action="store_true",
        help="with --corpus real: build with a manifest giving only each document's address (SOURCES.md)",
    )
    a = ap.parse_args(argv)
    if a.corpus:
        return run_corpus(a)
    gold = load_gold(Path(a.gold))
    if not gold:
        sys.exit(f"no gold records in {a.gold}")
    print(report(score(load_pred(a.store, a.pred), gold), a.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
