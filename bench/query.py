"""Lookups, load and start-up of the bot at scale, on synthetic stores written as `policybot build` writes
them (the TinyDB file and its index).

    python bench/query.py [--sizes 100000,1000000] [--queries 300] [--runs 3] [--requests 100]
                          [--cache DIR] [--seed 7]

For each size:
1. Load: `PolicyStore.load` against a plain `json.load` of the same file, each in a fresh process, in
   turn (A B A B ...), `--runs` times; the ratio is taken pair by pair. Resident memory (VmRSS) of the
   process that loaded the store.
2. In process, through `CommandService.handle` (the logic `policybot ask` and the bot share): p50/p99 of
   wall and CPU time per command type; then the store API directly (the calls the commands make).
3. Start-up (smallest size): process start to CommandService ready (`policybot ask` does just this before
   answering), and `policybot run` to its first getUpdates against the local Bot API stand-in, then
   `--requests` commands end to end through the stand-in.
Goals: p99 < 5 ms at 100,000 records and < 50 ms at 1,000,000 for /indicator, /progress and search;
load <= 2 x json.load; start-up at 100,000 <= 2 s. Generated stores are kept (`--cache`) between runs:
generating the 1,000,000-record one takes a minute or two, the rest of the bench under three.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT))  # this checkout's bot package, whatever is installed

from query_store import INDICATORS, generate, percentile  # noqa: E402

KEYWORDS = [name for name, *_ in INDICATORS] + ["高企", "收入", "投资", "项目", "芯片产能"]
SEND_INTERVAL = 1 / 20  # seconds between end-to-end requests: under the bot's 30 messages a second
GOAL_MS = {100_000: 5.0, 1_000_000: 50.0}
GOAL_COMMANDS = ("/progress 地区", "/indicator 关键词", "/search 文本", "private text (search)")


# --- the child processes: each prints one JSON line -------------------------------------------------------


def vm_rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child_load(kind: str, path: Path) -> dict:
    if kind == "json":
        start = time.perf_counter()
        with open(path, encoding="utf-8") as fh:
            json.load(fh)
        return {"s": time.perf_counter() - start}
    from bot.store import PolicyStore

    start = time.perf_counter()
    store = PolicyStore.load(path)
    seconds = time.perf_counter() - start
    return {"s": seconds, "rss": vm_rss_mb(), "records": len(store.records)}


def command_mix(store, rng: random.Random) -> list[tuple[str, Callable[[], str]]]:
    """(command type, a function giving one random message of that type)."""
    regions = [s.region for s in store.regions()]
    records = store.records

    def place() -> str:
        region = rng.choice(regions)
        return region[:-1] if len(region) > 2 and rng.random() < 0.5 else region  # 海安 or 海安市

    return [
        ("/targets 地区", lambda: f"/targets {place()}"),
        ("/targets 地区 关键词", lambda: f"/targets {place()} {rng.choice(KEYWORDS)}"),
        ("/progress 地区", lambda: f"/progress {place()}"),
        ("/indicator 关键词", lambda: f"/indicator {rng.choice(KEYWORDS)}"),
        ("/search 文本", lambda: f"/search {rng.choice(KEYWORDS)}"),
        ("private text (search)", lambda: f"{place()} {rng.choice(KEYWORDS)}"),
        ("/source ID", lambda: f"/source_{rng.choice(records).id}"),
        ("/targets unknown", lambda: "/targets 不存在的地方"),
        ("/regions", lambda: "/regions"),
        ("/help", lambda: "/help"),
    ]


def store_calls(store, rng: random.Random) -> list[tuple[str, Callable[[], object]]]:
    """The store API directly, with the arguments the commands pass."""
    regions = [s.region for s in store.regions()]

    def indicator_listing() -> object:  # what /indicator needs: counts, then the first 300 records by place
        groups = store.indicator_by_region(rng.choice(KEYWORDS))
        listed = []
        for _, records in groups.items():
            listed.extend(records[: 300 - len(listed)])
            if len(listed) >= 300:
                break
        return groups.total, len(groups), listed

    return [
        ("indicator_by_region+300", indicator_listing),
        ("indicator_count", lambda: store.indicator_count(rng.choice(KEYWORDS))),
        ("with_indicator limit 300", lambda: store.with_indicator(rng.choice(KEYWORDS), limit=300)),
        ("search limit 200", lambda: store.search(rng.choice(KEYWORDS), limit=200)),
        ("by_region", lambda: store.by_region(rng.choice(regions))),
        ("by_region targets", lambda: store.by_region(rng.choice(regions), kind="target", subjects=False)),
        ("get", lambda: store.get(rng.choice(store.records).id)),
    ]


def timed(calls: list[tuple[str, Callable[[], object]]], n: int) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name, call in calls:
        walls, cpus = [], []
        for _ in range(n):
            w0, c0 = time.perf_counter(), time.thread_time()
            call()
            cpus.append((time.thread_time() - c0) * 1000)
            walls.append((time.perf_counter() - w0) * 1000)
        out[name] = {
            "max": max(walls),
            "p50": percentile(walls, 0.5),
            "p99": percentile(walls, 0.99),
            "cpu50": percentile(cpus, 0.5),
            "cpu99": percentile(cpus, 0.99),
        }
    return out


def child_commands(path: Path, n: int, seed: int) -> dict:
    from bot.commands import ChatContext, CommandService
    from bot.config import Settings
    from bot.ingest.places import Gazetteer
    from bot.state import BotState
    from bot.store import PolicyStore

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env({"POLICYBOT_STORE": str(path), "POLICYBOT_STATE": f"{tmp}/state.json"})
        service = CommandService(
            PolicyStore.load(path), BotState(settings.state_path), Gazetteer.default(), settings
        )
        rss_loaded = vm_rss_mb()
        rng = random.Random(seed)
        ctx = ChatContext(chat_id=1, chat_type="private", user_id=1, bot_username="policybot_bench_bot")
        commands = [
            (name, lambda m=m: service.handle(m(), ctx)) for name, m in command_mix(service.store, rng)
        ]
        result = {"commands": timed(commands, n), "store": timed(store_calls(service.store, rng), n)}
        # The store freezes what it loads, but the gazetteer and OpenCC come after it: a full collection
        # then walks them (about 10 ms). Frozen once the service is up, as the bot could do at start.
        gc.collect()
        gc.freeze()
        result["frozen"] = timed([c for c in commands if c[0] in GOAL_COMMANDS], n)
        result["rss_loaded"], result["rss_after"] = rss_loaded, vm_rss_mb()
        return result


# --- the parent -------------------------------------------------------------------------------------------


def run_child(*args: str, env: dict | None = None) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def store_for(size: int, seed: int, folder: Path, fresh: bool) -> Path:
    from bot.store import INDEX_VERSION, SCHEMA

    path = folder / f"synthetic-{size}-{seed}-s{SCHEMA}i{INDEX_VERSION}.json"
    index = path.with_name(path.name + ".index")
    if fresh or not (path.exists() and index.exists()):
        start = time.perf_counter()
        generate(path, size, seed)
        print(f"generated {size:,} synthetic records and their index in {time.perf_counter() - start:.1f} s")
    return path


def bench_load(path: Path, runs: int) -> None:
    pairs = []
    for _ in range(runs):
        store = run_child("load", "store", str(path))
        plain = run_child("load", "json", str(path))
        pairs.append((store, plain))
    loads = [s["s"] for s, _ in pairs]
    plains = [p["s"] for _, p in pairs]
    ratios = [s["s"] / p["s"] for s, p in pairs]
    print(
        f"load ({path.stat().st_size / 1e6:.0f} MB file, {runs} fresh processes each): "
        f"PolicyStore.load {statistics.median(loads):.2f} s, json.load {statistics.median(plains):.2f} s, "
        f"ratio {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}; goal <= 2)"
    )
    print(f"RSS of a process that loaded the store: {statistics.median(s['rss'] for s, _ in pairs):.0f} MB")


def bench_commands(path: Path, size: int, n: int, seed: int) -> None:
    result = run_child("commands", str(path), str(n), str(seed))
    goal = GOAL_MS.get(size)
    print(f"\n{n} queries of each kind, ms{'':<12}{'p50':>8}{'p99':>8}{'cpu p50':>9}{'cpu p99':>9}{'max':>9}")
    titles = {
        "commands": "CommandService.handle:",
        "frozen": "the same after gc.freeze() once the service is up:",
        "store": "store API:",
    }
    for section, title in titles.items():
        print(title)
        for name, f in result[section].items():
            flag = " over goal" if goal and f["p99"] > goal and f["cpu99"] > goal else ""
            print(
                f"  {name:<24}{f['p50']:>8.3f}{f['p99']:>8.3f}{f['cpu50']:>9.3f}{f['cpu99']:>9.3f}"
                f"{f['max']:>9.1f}{flag}"
            )
    print(f"RSS: {result['rss_loaded']:.0f} MB loaded, {result['rss_after']:.0f} MB after the queries")


def bench_startup(path: Path, runs: int, workdir: Path) -> None:
    """`policybot ask` as a whole process: interpreter start, imports, store and gazetteer, one answer."""
    from bot.store import PolicyStore

    place = PolicyStore.load(path).regions()[0].region
    env = {**os.environ, "POLICYBOT_STORE": str(path), "POLICYBOT_STATE": str(workdir / "ask.json")}
    command = [sys.executable, "-m", "bot.cli", "ask", f"/targets {place}"]
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True)
        walls.append(time.perf_counter() - start)
    print(
        f"\nstart-up, `policybot ask` from process start to its answer: median {statistics.median(walls):.2f} s "
        f"(min {min(walls):.2f}, max {max(walls):.2f}; goal <= 2 s)"
    )


def end_to_end(path: Path, workdir: Path, requests: int, seed: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))  # the Bot API stand-in
    from botapi import BotApiStandIn

    from bot.store import PolicyStore

    rng = random.Random(seed)
    mix = [m for name, m in command_mix(PolicyStore.load(path), rng) if name not in ("/regions", "/help")]
    with BotApiStandIn() as standin:
        env = {
            **os.environ,
            "POLICYBOT_TOKEN": "123:BENCH",
            "POLICYBOT_API_URL": standin.base_url,
            "POLICYBOT_STORE": str(path),
            "POLICYBOT_STATE": str(workdir / "state.json"),
        }
        log = open(workdir / "bot.log", "wb")  # noqa: SIM115 (closed below, after the process ends)
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            standin.wait_polling(timeout=60)
            print(f"start-up of `policybot run` to its first getUpdates: {time.monotonic() - t0:.2f} s")
            print(f"RSS of the bot once up: {vm_rss_mb(proc.pid):.0f} MB")
            latencies = []
            next_send = time.monotonic()
            for i in range(requests):
                chat_id = 1000 + i % 50
                text = rng.choice(mix)()
                time.sleep(max(0.0, next_send - time.monotonic()))
                mark = standin.mark()
                pushed = time.monotonic()
                standin.push_message(chat_id, text)
                reply = standin.wait_for_messages(chat_id, 1, timeout=10, since=mark)[0]
                latencies.append((reply.time - pushed) * 1000)
                next_send = pushed + SEND_INTERVAL
            print(
                f"end to end, {requests} requests: p50 {percentile(latencies, 0.5):.1f} ms, "
                f"p99 {percentile(latencies, 0.99):.1f} ms"
            )
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        if kind == "load":
            result = child_load(rest[0], Path(rest[1]))
        else:
            result = child_commands(Path(rest[0]), int(rest[1]), int(rest[2]))
        print(json.dumps(result))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100000,1000000", help="store sizes, comma-separated")
    parser.add_argument("--queries", type=int, default=300, help="in-process calls per command type")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per load and start-up figure")
    parser.add_argument("--requests", type=int, default=100, help="end-to-end requests (0: none)")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "policybot-bench",
        help="folder the generated stores are kept in between runs (default: %(default)s)",
    )
    parser.add_argument("--fresh", action="store_true", help="generate the stores again")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    began = time.perf_counter()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        args.cache.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            print(f"\n=== {size:,} records ===")
            path = store_for(size, args.seed, args.cache, args.fresh)
            bench_load(path, args.runs)
            bench_commands(path, size, args.queries, args.seed)
            if size == min(sizes):
                bench_startup(path, args.runs, workdir)
                if args.requests:
                    end_to_end(path, workdir, args.requests, args.seed)
    print(f"\nbench took {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
