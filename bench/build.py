"""Build throughput: characters per second of the whole build and of each stage, on the seeds and on a
corpus 100× larger (the seeds repeated under new names). One core; start-up (imports, gazetteer) reported apart.

    python bench/build.py [--repeat 100]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_CHARS_PER_SECOND = 250_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=100, help="size of the large corpus, in copies of the seeds")
    args = parser.parse_args()

    started = time.perf_counter()
    from bot.ingest.pipeline import STAGES, build_corpus, seed_files
    from bot.ingest.places import Gazetteer
    from bot.store import write_store

    Gazetteer.default()
    print(f"start-up (imports + gazetteer): {time.perf_counter() - started:.3f} s")

    seeds = ROOT / "seeds"
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "seeds"
        big.mkdir()
        for i in range(args.repeat):
            for path in seed_files(seeds):
                shutil.copy(path, big / f"{i:03d}_{path.name}")
        for label, folder in (("seeds", seeds), (f"seeds x{args.repeat}", big)):
            clock = time.perf_counter()
            result = build_corpus(folder)
            parse_seconds = time.perf_counter() - clock
            clock = time.perf_counter()
            write_store(Path(tmp) / "store.json", result.records, result.documents, "bench")
            write_seconds = time.perf_counter() - clock
            total = parse_seconds + write_seconds
            rate = result.chars / total
            verdict = "meets" if rate >= GOAL_CHARS_PER_SECOND else "MISSES"
            print(
                f"\n{label}: {result.chars:,} chars, {len(result.records):,} records, "
                f"{total:.3f} s -> {rate:,.0f} chars/s ({verdict} the {GOAL_CHARS_PER_SECOND:,} goal)"
            )
            for stage in STAGES:
                seconds = result.seconds[stage]
                print(f"  {stage:<10} {seconds:7.3f} s  {result.chars / seconds if seconds else 0:>12,.0f} chars/s")
            print(f"  {'store':<10} {write_seconds:7.3f} s  {result.chars / write_seconds:>12,.0f} chars/s")


if __name__ == "__main__":
    main()
