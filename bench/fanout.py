"""Digest fan-out: N chats due in the same minute, delivered by a real `policybot run` process to the local
Bot API stand-in, which enforces Telegram's flood limits (30 sends a second overall, 20 a minute per group)
by answering 429 with retry_after.

    python bench/fanout.py [--n 1000] [--store PATH] [--groups 0.1] [--lead 15]

The state file is written with N subscriptions for the first minute at least --lead seconds ahead; the bot
starts, rebuilds its jobs from it and, at that minute, sends. Prints delivered/N, duplicates, the time from
the minute to the last delivery and its ratio to the floor N/30, plus the 429s, the busiest second and the
bot's own digest lines. By default each chat's digest is one message (places whose digest fits one are
chosen), so N/30 s is the floor; --every-place adds multi-message digests (chart + pages) and also prints
the floor of all their messages. Goal at N = 1,000: all delivered, no duplicates, ratio <= 1.10.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the Bot API stand-in

from botapi import TEST_TOKEN, BotApiStandIn  # noqa: E402

from bot.config import SHIPPED_STORE  # noqa: E402
from bot.digest import compose_digest  # noqa: E402
from bot.ingest.record import Record  # noqa: E402
from bot.scheduler import messages_of  # noqa: E402
from bot.store import PolicyStore, write_store  # noqa: E402

TZ = "Asia/Shanghai"
HEADER = "📊 进度摘要"
TELEGRAM_RATE = 30


def gold_store(path: Path) -> Path:
    records = []
    for gold in sorted((ROOT / "tests" / "gold").glob("*.jsonl")):
        for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines()):
            records.append(Record(**json.loads(line), start=i, end=i + 1))
    write_store(path, records, [], "tests/gold")
    return path


def places_and_sizes(store_path: Path, now: datetime, every: bool) -> dict[str, int]:
    """Place -> how many Telegram messages its digest is (chart included); only the one-message places
    unless `every`."""
    store = PolicyStore.load(store_path)
    sizes = {s.region: len(messages_of(compose_digest(store, [s.region], now))) for s in store.regions()}
    return sizes if every else {place: n for place, n in sizes.items() if n == 1}


def write_state(path: Path, n: int, hhmm: str, places: list[str], groups: float) -> list[int]:
    """N subscriptions in the state file's layout (one write, not N), private chats and some groups."""
    n_groups = int(n * groups)
    chats = [-(1_000_000 + i) for i in range(n_groups)] + [2_000_000 + i for i in range(n - n_groups)]
    created = (datetime.now(ZoneInfo(TZ)) - timedelta(days=1)).isoformat(timespec="seconds")
    subs = {
        str(chat): {
            "time": hhmm,
            "regions": [places[i % len(places)]],
            "chat_type": "group" if chat < 0 else "private",
            "created": created,
            "last_sent": "",
        }
        for i, chat in enumerate(chats)
    }
    path.write_text(json.dumps({"settings": {}, "subscriptions": subs}, ensure_ascii=False), encoding="utf-8")
    return chats


def run_bot(standin: BotApiStandIn, state_path: Path, store_path: Path, log_path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "POLICYBOT_TOKEN": TEST_TOKEN,
        "POLICYBOT_API_URL": standin.base_url,
        "POLICYBOT_STATE": str(state_path),
        "POLICYBOT_STORE": str(store_path),
        "POLICYBOT_TZ": TZ,
        "PYTHONUNBUFFERED": "1",
    }
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"], cwd=ROOT, env=env, stdout=log, stderr=log
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--store", type=Path, help="policy store (default: the shipped one, else tests/gold)")
    parser.add_argument("--groups", type=float, default=0.1, help="share of group chats (default 0.1)")
    parser.add_argument("--lead", type=int, default=15, help="seconds at least before the digest minute")
    parser.add_argument(
        "--every-place", action="store_true", help="also places whose digest is several messages"
    )
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="policybot-fanout-"))
    store_path = args.store or (
        SHIPPED_STORE if SHIPPED_STORE.exists() else gold_store(workdir / "store.json")
    )
    due = (datetime.now(ZoneInfo(TZ)) + timedelta(seconds=args.lead + 60)).replace(second=0, microsecond=0)
    sizes = places_and_sizes(store_path, due, args.every_place)
    places = sorted(sizes)
    state_path, log_path = workdir / "state.json", workdir / "bot.log"
    chats = write_state(state_path, args.n, f"{due:%H:%M}", places, args.groups)
    expected = sum(sizes[places[i % len(places)]] for i in range(args.n))
    print(
        f"{args.n} chats ({int(args.n * args.groups)} groups) due at {due:%H:%M:%S} {TZ}; store {store_path}"
    )
    print(f"{len(places)} places (= distinct digests); {expected} messages in all")
    floor, message_floor = args.n / TELEGRAM_RATE, expected / TELEGRAM_RATE
    wanted = set(chats)

    with BotApiStandIn() as standin:
        standin.enforce_rate(TELEGRAM_RATE, 20)
        bot = run_bot(standin, state_path, store_path, log_path)
        try:
            standin.wait_polling(timeout=30)
            due_mono = time.monotonic() + (
                due.timestamp() - time.time()
            )  # the minute, on the stand-in's clock
            deadline = due_mono + 3 * message_floor + 30
            while time.monotonic() < deadline:
                if sum(1 for c in standin.sent if c.ok and c.chat_id in wanted) >= expected:
                    break
                time.sleep(0.25)
            time.sleep(2)  # anything sent twice would come now
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(30)
        messages = [c for c in standin.sent if c.ok and c.chat_id in wanted]
        rejected, peak = standin.rate_limited, standin.peak_rate()

    per_chat = Counter(c.chat_id for c in messages if HEADER in (c.text or ""))
    delivered, duplicates = len(per_chat), sum(k - 1 for k in per_chat.values())
    first = min((c.time for c in messages), default=due_mono) - due_mono
    elapsed = max((c.time for c in messages), default=due_mono) - due_mono
    print(f"delivered      {delivered}/{args.n}")
    print(f"duplicates     {duplicates}")
    print(f"first delivery {first:.2f} s after the minute")
    print(f"last delivery  {elapsed:.2f} s after the minute (the last message of the last digest)")
    print(f"floor N/30     {floor:.2f} s")
    print(f"ratio          {elapsed / floor:.3f}  (goal <= 1.10)")
    if expected != args.n:
        print(
            f"message floor  {message_floor:.2f} s ({expected} messages / 30): ratio {elapsed / message_floor:.3f}"
        )
    print(f"messages       {len(messages)} ({dict(Counter(c.method for c in messages))})")
    print(f"429 answers    {rejected}")
    print(f"busiest second {peak} sends")
    for line in [ln for ln in log_path.read_text(errors="replace").splitlines() if "bot.scheduler" in ln][
        -3:
    ]:
        print(f"bot log: {line}")
    return 0 if delivered == args.n and duplicates == 0 and elapsed / message_floor <= 1.10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
