"""Latency of the bot's answers at scale, in process and end to end, on a synthetic store.

    python bench/query.py [--records 100000] [--queries 500] [--requests 200] [--store PATH] [--seed 7]

1. In process: p50/p99 of `CommandService.handle` per command type (the logic both `policybot ask` and the
   bot run), on a synthetic store from bench/query_store.py's generator.
2. Start-up: `policybot run` against the local Bot API stand-in, from process start to its first
   getUpdates, and its resident memory (VmRSS) once up, with that store.
3. End to end: a command pushed to the stand-in until the bot's sendMessage arrives there, over loopback,
   paced under Telegram's 30 messages a second (the bot's rate limiter would otherwise queue them).
Goals at 100,000 records: in-process p99 < 5 ms, start-up < 3 s, RSS < 200 MB, end-to-end p50 < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from query_store import INDICATORS, generate, percentile

from bot.commands import ChatContext, CommandService
from bot.config import Settings
from bot.ingest.places import Gazetteer
from bot.state import BotState
from bot.store import PolicyStore

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the Bot API stand-in

from botapi import BotApiStandIn  # noqa: E402

KEYWORDS = [name for name, *_ in INDICATORS] + ["高企", "收入", "投资", "项目", "芯片产能"]
SEND_INTERVAL = 1 / 20  # seconds between end-to-end requests: under the bot's 30 messages a second


def command_mix(store: PolicyStore, rng: random.Random) -> list[tuple[str, Callable[[], str]]]:
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
        ("private text", lambda: f"{place()} {rng.choice(KEYWORDS)}"),
        ("/source ID", lambda: f"/source_{rng.choice(records).id}"),
        ("/targets unknown", lambda: "/targets 不存在的地方"),
        ("/regions", lambda: "/regions"),
        ("/help", lambda: "/help"),
    ]


def in_process(store_path: Path, workdir: Path, n: int, seed: int) -> None:
    settings = Settings.from_env(
        {"POLICYBOT_STORE": str(store_path), "POLICYBOT_STATE": str(workdir / "s.json")}
    )
    t0 = time.perf_counter()
    service = CommandService(
        PolicyStore.load(store_path), BotState(settings.state_path), Gazetteer.default(), settings
    )
    print(f"service ready in {time.perf_counter() - t0:.2f} s ({len(service.store.records):,} records)")
    rng = random.Random(seed)
    ctx = ChatContext(chat_id=1, chat_type="private", user_id=1, bot_username="policybot_bench_bot")
    print(f"\n{'in process: command':<24}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'pages':>7}")
    for name, message in command_mix(service.store, rng):
        samples, pages = [], 0
        for _ in range(n):
            text = message()
            start = time.perf_counter()
            reply = service.handle(text, ctx)
            samples.append((time.perf_counter() - start) * 1000)
            pages += len(reply.pages) if reply else 0
        print(
            f"{name:<24}{percentile(samples, 0.5):>9.3f}{percentile(samples, 0.99):>9.3f}"
            f"{max(samples):>9.3f}{pages / n:>7.1f}"
        )


def vm_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def end_to_end(store_path: Path, workdir: Path, requests: int, seed: int) -> None:
    rng = random.Random(seed)
    store = PolicyStore.load(store_path)
    mix = [m for name, m in command_mix(store, rng) if name not in ("/regions", "/help")]
    del store
    with BotApiStandIn() as standin:
        env = {
            **os.environ,
            "POLICYBOT_TOKEN": "123:BENCH",
            "POLICYBOT_API_URL": standin.base_url,
            "POLICYBOT_STORE": str(store_path),
            "POLICYBOT_STATE": str(workdir / "state.json"),
        }
        log = open(workdir / "bot.log", "wb")  # noqa: SIM115 (closed below, after the process ends)
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        try:
            standin.wait_polling(timeout=60)
            print(f"\nstart-up of `policybot run` to its first getUpdates: {time.monotonic() - t0:.2f} s")
            print(f"RSS once up: {vm_rss_mb(proc.pid):.0f} MB")
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
                f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms"
            )
            print(f"RSS after them: {vm_rss_mb(proc.pid):.0f} MB")
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=500, help="in-process messages per command type")
    parser.add_argument("--requests", type=int, default=200, help="end-to-end requests")
    parser.add_argument("--store", type=Path, help="an existing store (default: a synthetic one)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        store_path = args.store
        if store_path is None:
            store_path = workdir / "store.json"
            t0 = time.perf_counter()
            generate(store_path, args.records, args.seed)
            print(f"generated {args.records:,} synthetic records in {time.perf_counter() - t0:.1f} s")
        in_process(store_path, workdir, args.queries, args.seed)
        end_to_end(store_path, workdir, args.requests, args.seed)


if __name__ == "__main__":
    main()
