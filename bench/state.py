"""Cost of one state change (subscribe, unsubscribe, delivery mark) as the number of subscriptions grows.

    python bench/state.py [--sizes 100,10000,100000] [--ops 300] [--legacy 100,3000] [--legacy-ops 40]

For each size: a fresh database filled with that many subscriptions (one transaction), then --ops of each
change, each its own durable transaction as the bot makes them (WAL, synchronous=FULL: one fsync a commit).
Prints wall-clock median and p99 per change, the CPU time of the median, and, per size, the open (with its
quick_check), the load of every subscription (what the scheduler does at start), and sustained marks a second
from one thread and from four. The JSON (TinyDB) state file of earlier versions is timed the same way at
--legacy sizes as the in-run reference (its code read from git history, commit LEGACY_REV). Goal: one change <= 2 ms at 10,000 and
at 100,000 subscriptions.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import types
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.state import BotState, Subscription  # noqa: E402

LEGACY_REV = "6057010"  # the last commit whose bot/state.py kept the state in one JSON file


def legacy_state_module() -> types.ModuleType:
    """The JSON state file's code as it was at LEGACY_REV, loaded as a module of its own."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{LEGACY_REV}:bot/state.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    module = types.ModuleType("legacy_json_state")
    sys.modules[module.__name__] = module  # dataclasses look their module up while the class is made
    exec(compile(source, f"{LEGACY_REV}:bot/state.py", "exec"), module.__dict__)
    return module


CREATED = "2025-01-01T08:00:00+08:00"
PLACES = ("海安市", "如皋市", "启东市", "崇川区", "通州区")
GOAL_MS = 2.0


def subscription(chat_id: int, cls: type = Subscription):
    rng = random.Random(chat_id)
    regions = tuple(rng.sample(PLACES, rng.randrange(3)))
    return cls(chat_id, f"{chat_id % 24:02d}:{chat_id % 60:02d}", regions, "private", CREATED)


def fill(state: BotState, n: int) -> None:
    rows = [subscription(i).to_row() for i in range(1, n + 1)]
    with state._lock, state._transaction() as db:
        db.executemany("INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)


def timed(op: Callable[[int], object], args: list[int]) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each call."""
    wall, cpu = [], []
    for a in args:
        c0, w0 = time.thread_time(), time.perf_counter()
        op(a)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return wall, cpu


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def row(label: str, n: int, wall: list[float], cpu: list[float]) -> str:
    med = statistics.median(wall)
    verdict = "ok" if med <= GOAL_MS else "over"
    return (
        f"{label:<18} {n:>9,} {med:>9.3f} {p99(wall):>9.3f} {statistics.median(cpu):>9.3f}  "
        f"{verdict if label.startswith('sqlite') else ''}"
    )


def changes(state, n: int, ops: int, seed: int, cls: type) -> dict[str, tuple[list[float], list[float]]]:
    """`ops` of each change, interleaved in random order as the bot makes them (so that no kind of change
    alone meets a fresh write-ahead log): a new chat subscribes, a chat's delivery is marked, a chat that
    subscribed earlier in the run unsubscribes."""
    rng = random.Random(seed)
    run = {
        "subscribe": lambda c: state.subscribe(subscription(c, cls)),
        "mark": lambda c: state.mark_sent(c, when_of(rng.randrange(1 << 30))),
        "unsubscribe": state.unsubscribe,
    }
    results: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in run}
    left = dict.fromkeys(run, ops)
    subscribed: list[int] = []
    next_id = n + 1
    while any(left.values()):
        kinds = [k for k, v in left.items() if v and (k != "unsubscribe" or subscribed)]
        kind = rng.choice(kinds)
        if kind == "subscribe":
            arg, next_id = next_id, next_id + 1
            subscribed.append(arg)
        elif kind == "unsubscribe":
            arg = subscribed.pop(rng.randrange(len(subscribed)))
        else:
            arg = rng.randrange(1, n + 1)
        left[kind] -= 1
        wall, cpu = timed(run[kind], [arg])
        results[kind][0].extend(wall)
        results[kind][1].extend(cpu)
    return results


def when_of(i: int) -> str:
    """A distinct delivery time for each mark: SQLite skips writing a row whose content did not change."""
    return f"2025-{1 + i % 12:02d}-{1 + i // 12 % 28:02d}T{i // 336 % 24:02d}:{i // 8064 % 60:02d}:00+08:00"


def fsync_floor(folder: Path, ops: int) -> tuple[list[float], list[float]]:
    """What the disk charges for one durable write here: 4 KiB appended and fdatasync'd (the WAL's commit)."""
    path = folder / "fsync-floor"
    with open(path, "wb") as f:

        def write(_: int) -> None:
            f.write(b"\0" * 4096)
            f.flush()
            os.fdatasync(f.fileno())

        return timed(write, list(range(ops)))


def sustained(state: BotState, n: int, threads: int, seconds: float = 1.5) -> float:
    """Delivery marks a second, each its own durable transaction, from `threads` threads at once."""
    stop = time.perf_counter() + seconds
    counts = [0] * threads

    def work(t: int) -> None:
        rng = random.Random(t)
        while time.perf_counter() < stop:
            state.mark_sent(rng.randrange(1, n + 1), when_of(rng.randrange(1 << 30)))
            counts[t] += 1

    began = time.perf_counter()
    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(counts) / (time.perf_counter() - began)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,10000,100000")
    parser.add_argument("--ops", type=int, default=300)
    parser.add_argument("--legacy", default="100,3000", help="sizes for the JSON reference ('' for none)")
    parser.add_argument("--legacy-ops", type=int, default=40)
    parser.add_argument("--dir", help="folder on the disk to measure (default: the system's temp folder)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    legacy_sizes = [int(s) for s in args.legacy.split(",") if s]

    print(f"one state change, milliseconds (goal: median <= {GOAL_MS} ms at 10,000 and 100,000)")
    print(f"{'change':<18} {'subs':>9} {'median':>9} {'p99':>9} {'cpu med':>9}")
    extra = []
    sqlite_medians: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-state-", dir=args.dir) as tmp:
        print(row("4 KiB fdatasync", 0, *fsync_floor(Path(tmp), args.ops)))
        for n in sizes:
            path = Path(tmp) / f"state-{n}.sqlite3"
            state = BotState(path)
            fill(state, n)
            state.close()
            t0 = time.perf_counter()
            state = BotState(path)
            opened = time.perf_counter() - t0
            t0 = time.perf_counter()
            loaded = len(state.subscriptions())
            load = time.perf_counter() - t0
            results = changes(state, n, args.ops, n, Subscription)
            for name, (wall, cpu) in results.items():
                print(row(f"sqlite {name}", n, wall, cpu))
            sqlite_medians[n] = max(statistics.median(w) for w, _ in results.values())
            one, four = sustained(state, n, 1), sustained(state, n, 4)
            size_mb = path.stat().st_size / 1e6
            extra.append(
                f"sqlite {n:>9,} subs: open+quick_check {opened * 1000:7.1f} ms, load all {loaded:,} "
                f"{load * 1000:7.1f} ms, marks/s 1 thread {one:6.0f}, 4 threads {four:6.0f}, file {size_mb:.1f} MB"
            )
            state.close()
        legacy_json_state = legacy_state_module() if legacy_sizes else None
        for n in legacy_sizes:
            path = Path(tmp) / f"legacy-{n}.json"
            state = legacy_json_state.BotState(path)
            with state._storage.batch():
                for i in range(1, n + 1):
                    state.subscribe(subscription(i, legacy_json_state.Subscription))
            results = changes(state, n, args.legacy_ops, n, legacy_json_state.Subscription)
            for name, (wall, cpu) in results.items():
                print(row(f"json {name}", n, wall, cpu))
            legacy_median = max(statistics.median(w) for w, _ in results.values())
            if sqlite_medians:
                nearest = min((s for s in sqlite_medians if s >= n), default=max(sqlite_medians))
                extra.append(
                    f"json {n:>9,} subs: slowest median change {legacy_median:.2f} ms = "
                    f"{legacy_median / sqlite_medians[nearest]:.0f} x sqlite's at {nearest:,} subs"
                )
    print()
    for line in extra:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
