"""Charted digests per second on one core: a fan-out's composing cost with the chart cache cold and warm.

    python bench/chart.py [--chats 1000] [--places 40] [--runs 3]

A synthetic store (every place has the headline indicators with a target and a figure, so every digest has
a chart) and N chats with a mix of place sets (single places, pairs, all places) and scripts (a quarter
traditional), as a real subscriber base has. For each run:
- cold: the chart cache emptied, every chat's digest composed (each distinct chart drawn once);
- warm: the same again with the charts cached (a second slot of the same store);
- uncached: the first 30 chats with every chart drawn, as before the cache (the reference).
Prints CPU seconds (time.process_time: one thread, so one core), digests/s and charts drawn, medians of
the runs. The goal: a fan-out of charted digests at >= 30 digests/s (Telegram's rate).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import chart, render
from bot.digest import compose_digest
from bot.ingest.record import Record
from bot.store import PolicyStore

NOW = datetime(2024, 6, 10, 8, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
HEADLINE = (
    ("地区生产总值", "亿元"),
    ("一般公共预算收入", "亿元"),
    ("固定资产投资", "亿元"),
    ("规上工业增加值", "亿元"),
    ("社会消费品零售总额", "亿元"),
    ("进出口总额", "亿元"),
)


def synthetic_store(places: int, rng: random.Random) -> PolicyStore:
    records = []
    for p in range(places):
        region = f"样本{p:03d}县"
        for i, (name, unit) in enumerate(HEADLINE):
            goal = rng.uniform(50, 900)
            records.append(
                Record(
                    f"doc{p % 7}", region, name, round(goal, 1), unit, ">=", "target", "2024", text=f"{p}t{i}"
                )
            )
            done = goal * rng.uniform(0.2, 1.3)
            records.append(
                Record(
                    f"doc{p % 7}",
                    region,
                    name,
                    round(done, 1),
                    unit,
                    "=",
                    "actual",
                    "2024H1",
                    text=f"{p}a{i}",
                )
            )
    return PolicyStore(records, {f"doc{d}": {"id": f"doc{d}"} for d in range(7)}, {"schema": 1})


def chats(store: PolicyStore, n: int, rng: random.Random) -> list[tuple[tuple[str, ...], str]]:
    names = [s.region for s in store.regions()]
    out = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.6:
            places: tuple[str, ...] = (rng.choice(names),)
        elif kind < 0.9:
            places = tuple(sorted(rng.sample(names, 2)))
        else:
            places = ()
        script = render.TRADITIONAL if rng.random() < 0.25 else render.SIMPLIFIED
        out.append((places, script))
    return out


PHOTOS = [0]  # digests sent as a chart with the text as caption (the rest: text too long for a caption)


def fan_out(store: PolicyStore, subscribers: list[tuple[tuple[str, ...], str]]) -> float:
    started = time.process_time()
    for places, script in subscribers:
        reply = compose_digest(store, list(places), NOW, chart_script=script)
        PHOTOS[0] += reply.photo is not None
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--places", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(7)
    store = synthetic_store(args.places, rng)
    subscribers = chats(store, args.chats, rng)
    distinct = len(set(subscribers))
    chart.clear_cache()
    compose_digest(store, [store.regions()[0].region], NOW)  # find the font once: not counted
    cold, warm, uncached, drawn = [], [], [], []
    photos = 0
    reference = subscribers[:30]
    for _ in range(args.runs):
        chart.clear_cache()
        PHOTOS[0] = 0
        cold.append(fan_out(store, subscribers))
        drawn.append(chart.stats["drawn"])
        photos = PHOTOS[0]
        warm.append(fan_out(store, subscribers))
        seconds = 0.0
        for sub in reference:
            chart.clear_cache()
            seconds += fan_out(store, [sub])
        uncached.append(seconds)
    n = len(subscribers)
    print(
        f"{n} chats, {args.places} places, {distinct} distinct (places, script); CJK font: {chart.cjk_font()}"
    )
    print(
        f"charts drawn per cold fan-out: {statistics.median(drawn):.0f}; digests with a chart: {photos} of {n}"
    )
    for label, times, count in (
        ("cold cache", cold, n),
        ("warm cache", warm, n),
        ("no cache (reference, 30 chats)", uncached, len(reference)),
    ):
        median = statistics.median(times)
        print(
            f"{label:32s} CPU {median:7.2f} s  {count / median:8.1f} digests/s  (runs: {', '.join(f'{t:.2f}' for t in times)})"
        )
    print(f"charts/s drawn cold: {statistics.median(drawn) / statistics.median(cold):.1f}")
    ratio = (statistics.median(uncached) / len(reference)) / (statistics.median(cold) / n)
    print(f"cold fan-out vs drawing every chart: {ratio:.1f}x faster per digest")


if __name__ == "__main__":
    main()
