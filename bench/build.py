"""Build throughput on one core, against OpenCC's conversion alone on the same text.

    taskset -c 0 python bench/build.py [--repeat 20] [--runs 5]

The corpus is the seeds and the held-out documents (traditional and simplified script), repeated under new
names `--repeat` times. Each run times, in CPU seconds of this process, (a) the whole build (read, normalize,
segment, extract; the store written to a temporary file) and (b) OpenCC's t2s conversion of every document's
raw text, the reference. Printed: the median of each over `--runs` runs after a warm-up, the median of the
per-run ratios build/OpenCC, characters per second, and the stages of the median build. Start-up (imports,
gazetteer, dictionaries) is reported apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_CHARS_PER_SECOND = 250_000
GOAL_RATIO = 1.3
SOURCES = (ROOT / "seeds", ROOT / "tests" / "unseen" / "docs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="copies of the documents in the corpus")
    parser.add_argument("--runs", type=int, default=5, help="counted runs (after one warm-up)")
    args = parser.parse_args()

    started = time.process_time()
    from bot.ingest.normalize import _t2s
    from bot.ingest.pipeline import STAGES, build_corpus, seed_files
    from bot.ingest.places import Gazetteer
    from bot.store import write_store

    Gazetteer.default().find_mentions("南通海安")  # loads the gazetteer and builds its automaton
    converter = _t2s()
    converter.convert("測試")  # loads OpenCC's dictionaries
    print(f"start-up (imports, gazetteer, dictionaries): {time.process_time() - started:.3f} s CPU")

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for i in range(args.repeat):
            for source in SOURCES:
                for path in seed_files(source):
                    shutil.copy(path, corpus / f"{i:03d}_{path.name}")
        texts = [p.read_text(encoding="utf-8") for p in seed_files(corpus)]
        chars = sum(map(len, texts))
        print(
            f"corpus: {len(texts)} documents, {chars:,} characters ({args.repeat} copies of {len(SOURCES)} folders)"
        )

        builds: list[float] = []
        references: list[float] = []
        stages: list[dict[str, float]] = []
        for run in range(args.runs + 1):
            clock = time.process_time()
            result = build_corpus(corpus)
            write_store(Path(tmp) / "store.json", result.records, result.documents, "bench")
            build_seconds = time.process_time() - clock
            clock = time.process_time()
            for text in texts:
                converter.convert(text)
            reference_seconds = time.process_time() - clock
            if run:  # the first run warms caches up
                builds.append(build_seconds)
                references.append(reference_seconds)
                stages.append(result.seconds)

    build = statistics.median(builds)
    reference = statistics.median(references)
    ratio = statistics.median(b / r for b, r in zip(builds, references, strict=True))
    rate = chars / build
    print(
        f"build:  median {build:.3f} s CPU (min {min(builds):.3f}, max {max(builds):.3f}) over {args.runs} runs"
    )
    print(
        f"OpenCC t2s alone: median {reference:.3f} s CPU (min {min(references):.3f}, max {max(references):.3f})"
    )
    print(
        f"ratio build/OpenCC: median {ratio:.2f} ({'meets' if ratio <= GOAL_RATIO else 'MISSES'} the "
        f"{GOAL_RATIO} goal)"
    )
    print(
        f"throughput: {rate:,.0f} chars/s ({'meets' if rate >= GOAL_CHARS_PER_SECOND else 'MISSES'} the "
        f"{GOAL_CHARS_PER_SECOND:,} goal)"
    )
    middle = stages[builds.index(sorted(builds)[len(builds) // 2])]
    print("stages of the median build (wall seconds):")
    for stage in STAGES:
        seconds = middle[stage]
        print(f"  {stage:<10} {seconds:7.3f} s  {chars / seconds if seconds else 0:>12,.0f} chars/s")


if __name__ == "__main__":
    main()
