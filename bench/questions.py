"""Questions typed the way people type them, answered through the bot's command logic, scored per split.

    python bench/questions.py [--questions tests/questions/questions.jsonl] [--corpus tests/real/docs]
                              [--store PATH] [--show-misses] [--latency] [--records 100000]

Each question runs through CommandService.handle, as `policybot ask` does. Answered = the expected figure
(value and unit) and its place within the first 3 lines of the reply. The store is the seeds plus the real
corpus (built into a temp folder; --store reuses one). A miss is put down to a cause by checking the store:
  not in store   no record of that place has that value and unit (an ingest gap, not the reader's)
  place          the reader did not find the place
  indicator      the record is there but the reader's indicator does not match it
  kind           the lead figure is of the other kind (target for achieved, or the reverse)
  time           the record is there but another period was answered
  rank           everything matches but another record came first
Misses are listed for the seeds and dev splits only (--show-misses); the test split's are counted, never
listed, so nothing is tuned on them.

--latency: p50/p99 of reading a question alone and of a whole plain-text answer, on this store and on a
synthetic store of --records records (bench/query_store.py's generator).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bot.answers import indicator_score, place_records, ranked  # noqa: E402
from bot.commands import ChatContext, CommandService  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.ingest.normalize import to_simplified  # noqa: E402
from bot.ingest.places import Gazetteer  # noqa: E402
from bot.queries import latest_year  # noqa: E402
from bot.render import as_plain_text  # noqa: E402
from bot.state import BotState  # noqa: E402
from bot.store import PolicyStore  # noqa: E402

QUESTIONS = ROOT / "tests" / "questions" / "questions.jsonl"
CORPUS = ROOT / "tests" / "real" / "docs"
BOT = "policybot"  # the name `policybot ask` answers to
FIRST_LINES = 3
SPLITS = ("seeds", "dev", "test")


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def held_out_documents(corpus: Path | None) -> set[str]:
    """The corpus's held-out test documents (splits named test*): the parser is run on them only to score them
    once, so they stay out of this store."""
    splits = corpus.parent / "splits.json" if corpus else None
    if splits is None or not splits.exists():
        return set()
    named = json.loads(splits.read_text(encoding="utf-8"))
    return {doc for split, docs in named.items() if split.startswith("test") for doc in docs}


def build_store(corpus: Path | None, out: Path) -> Path:
    """The seeds plus the corpus's documents, built by the real build (the corpus has no manifest). A document
    the build cannot take is left out, and said so (the questions about it then count as not in store)."""
    from bot.build import build_store as build

    extra = sorted(corpus.glob("*.txt")) if corpus and corpus.is_dir() else []
    held_out = held_out_documents(corpus)
    extra = [path for path in extra if path.stem not in held_out]
    with tempfile.TemporaryDirectory() as folder:
        docs = Path(folder)
        for path in (ROOT / "seeds").iterdir():
            shutil.copy(path, docs / path.name)
        for path in extra:
            shutil.copy(path, docs / path.name)
        try:
            print(build(docs, out), file=sys.stderr)
            return out
        except Exception as exc:  # an ingest bug on one document must not stop the benchmark
            print(
                f"build failed ({type(exc).__name__}: {exc}); finding the documents it cannot take",
                file=sys.stderr,
            )
        for path in extra:
            (docs / path.name).unlink()
        for path in extra:
            shutil.copy(path, docs / path.name)
            try:
                build(docs, out)
            except Exception as exc:
                (docs / path.name).unlink()
                print(f"left out {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(build(docs, out), file=sys.stderr)
    return out


def service_for(store_path: Path, workdir: Path) -> CommandService:
    settings = Settings.from_env(
        {"POLICYBOT_STORE": str(store_path), "POLICYBOT_STATE": str(workdir / "s.json")}
    )
    service = CommandService(
        PolicyStore.load(store_path), BotState(workdir / "s.json"), Gazetteer.default(), settings
    )
    service.draw_charts = False
    return service


def context(chat_type: str) -> ChatContext:
    if chat_type == "group":
        return ChatContext(chat_id=-1, chat_type="group", user_id=1, is_admin=False, bot_username=BOT)
    return ChatContext(chat_id=1, chat_type="private", user_id=1, bot_username=BOT)


def _number_forms(value: float | int | list) -> list[str]:
    if isinstance(value, list):
        lo, hi = (_number_forms(v)[0] for v in value)
        return [f"{lo}–{hi}", f"{lo}-{hi}"]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return [str(value)]


def _squash(text: str) -> str:
    return re.sub(r"[\s,]", "", text)


def _short(region: str) -> str:
    return region[:-1] if len(region) > 2 and region[-1] in "市县区旗" else region


def answered(lines: list[str], expected: dict) -> bool:
    """The expected figure (value and unit) and its place within the given lines."""
    text = _squash(to_simplified("\n".join(lines)))
    unit = expected.get("unit", "")
    figure = any(
        re.search(rf"(?<![\d.]){re.escape(form)}{re.escape(unit)}", text)
        or (unit == "名次" and re.search(rf"(?:第|前){re.escape(form)}名", text))
        for form in _number_forms(expected["value"])
    )
    region = expected.get("region", "")
    return figure and (not region or _short(region) in text)


def _same_value(record_value: object, value: object) -> bool:
    if isinstance(record_value, list) or isinstance(value, list):
        return record_value == value
    try:
        return abs(float(record_value) - float(value)) < 1e-9
    except (TypeError, ValueError):
        return False


def miss_cause(service: CommandService, question: dict, reply_lines: list[str]) -> str:
    """Why a question went unanswered, decided by checking the store."""
    expected = question["expected"]
    store = service.store
    region = expected.get("region", "")
    holders = [
        r
        for r in store.by_region(region)
        if _same_value(r.value, expected["value"]) and r.unit == expected.get("unit", r.unit)
    ]
    if not holders:
        return "not in store"
    text = re.sub(r"@\w+", " ", question["question"])
    text = re.sub(r"^/\w+(?:@\w+)?\s*", "", text.strip())
    q = service.reader.read(to_simplified(text))
    if region not in {name for p in q.places for name in service.places.scope(p)}:
        return "place"
    kind_ok = [r for r in holders if r.kind == expected.get("kind", r.kind)]
    if not kind_ok:
        return "not in store"
    if q.has_indicator and all(indicator_score(r, q) < 2 for r in kind_ok):
        return "indicator"
    records = place_records(store, region, q)
    latest = latest_year(records)
    order = [r for _, r in ranked(records, q, q.time.span(latest) if q.time else None)]
    lead = order[0] if order else None
    if lead is not None and lead.kind != expected.get("kind", lead.kind):
        return "kind"
    if lead is not None and expected.get("period") and lead.period != expected["period"]:
        return "time"
    return "rank"


def run(service: CommandService, questions: list[dict], show_misses: bool) -> None:
    by_split: dict[str, Counter] = defaultdict(Counter)
    causes: dict[str, Counter] = defaultdict(Counter)
    misses: list[str] = []
    for question in questions:
        split = question.get("split", "?")
        stats = by_split[split]
        stats["questions"] += 1
        try:
            reply = service.handle(question["question"], context(question.get("chat_type", "private")))
        except Exception as exc:  # counted and shown: a crash is the worst answer
            stats["crashes"] += 1
            misses.append(
                f"[{split}] {question['id']} CRASH {type(exc).__name__}: {exc}  {question['question']}"
            )
            continue
        lines = [line for line in (as_plain_text(reply).splitlines() if reply else []) if line.strip()]
        first = lines[:FIRST_LINES]
        if answered(first, question["expected"]):
            stats["answered"] += 1
            continue
        cause = miss_cause(service, question, first)
        causes[split][cause] += 1
        if show_misses and split != "test":
            exp = question["expected"]
            misses.append(
                f"[{split}] {question['id']} {cause:<12} {question['question']}  → expected {exp.get('region')} "
                f"{exp['value']}{exp.get('unit', '')} {exp.get('kind')} {exp.get('period', '')}\n      got: "
                + " | ".join(first)[:240]
            )
    print(f"{'split':<8}{'questions':>10}{'answered':>10}{'rate':>8}{'crashes':>9}  misses by cause")
    for split in sorted(by_split, key=lambda s: SPLITS.index(s) if s in SPLITS else 9):
        stats = by_split[split]
        rate = stats["answered"] / stats["questions"] if stats["questions"] else 0
        cause_text = ", ".join(f"{c} {n}" for c, n in causes[split].most_common()) or "-"
        print(
            f"{split:<8}{stats['questions']:>10}{stats['answered']:>10}{rate:>8.2f}{stats['crashes']:>9}  {cause_text}"
        )
    for line in misses:
        print(line)


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def latency(service: CommandService, texts: list[str], label: str, rounds: int = 5) -> None:
    """p50/p99 of reading a question, and of the whole answer to it, in process (CPU time per call)."""
    ctx = context("private")
    reads, answers = [], []
    for _ in range(rounds):
        for text in texts:
            start = time.process_time()
            service.reader.read(text)
            reads.append((time.process_time() - start) * 1000)
            start = time.process_time()
            service.handle(text, ctx)
            answers.append((time.process_time() - start) * 1000)
    print(
        f"{label}: {len(texts)} questions × {rounds}: read p50 {_percentile(reads, 0.5):.3f} ms, "
        f"p99 {_percentile(reads, 0.99):.3f} ms; whole answer p50 {_percentile(answers, 0.5):.3f} ms, "
        f"p99 {_percentile(answers, 0.99):.3f} ms, max {max(answers):.3f} ms"
    )


def synthetic_questions(store: PolicyStore, n: int, seed: int = 7) -> list[str]:
    """Questions in the shapes people type, over the synthetic store's places and indicators."""
    import random

    rng = random.Random(seed)
    regions = [s.region for s in store.regions()]
    shapes = [
        "{p}今年{i}目标是多少",
        "{p} {i}",
        "{p}{i}",
        "{p}上半年{i}完成多少",
        "{p}2023年{i}",
        "{i}哪个地方最高",
        "{p}和{q}{i}比较",
        "{p}十四五{i}目标",
    ]
    words = [
        "GDP",
        "地区生产总值",
        "财政收入",
        "一般公共预算收入",
        "高企",
        "固定资产投资",
        "外资",
        "社零",
        "工业投入",
        "科创项目",
    ]
    out = []
    for _ in range(n):
        p, q = rng.choice(regions), rng.choice(regions)
        out.append(rng.choice(shapes).format(p=_short(p), q=_short(q), i=rng.choice(words)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="documents built into the store with the seeds"
    )
    parser.add_argument("--store", type=Path, help="a store to use (built there first when missing)")
    parser.add_argument(
        "--show-misses", action="store_true", help="list the misses of the seeds and dev splits"
    )
    parser.add_argument(
        "--latency", action="store_true", help="also measure question latency (questions_latency)"
    )
    parser.add_argument("--records", type=int, default=100_000, help="records of the synthetic latency store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        store_path = args.store or workdir / "store.json"
        if not store_path.exists():
            build_store(args.corpus, store_path)
        service = service_for(store_path, workdir)
        if args.questions.exists():
            questions = load_questions(args.questions)
            run(service, questions, args.show_misses)
        else:
            questions = []
            print(f"no question set at {args.questions}")
        if args.latency:
            print("\nquestions_latency")
            texts = [q["question"] for q in questions] or synthetic_questions(service.store, 200)
            latency(service, texts, f"question set on this store ({len(service.store.records):,} records)")
            from query_store import generate

            big = workdir / "big.json"
            generate(big, args.records, 7)
            big_service = service_for(big, workdir)
            latency(
                big_service,
                synthetic_questions(big_service.store, 300),
                f"synthetic store ({len(big_service.store.records):,} records)",
            )


if __name__ == "__main__":
    main()
