"""Digest scheduling at scale: the minute tick against one APScheduler job per chat, in the same run.

    python bench/tick.py [--sizes 10000,100000] [--due 3000]

For each size: a state database with that many subscriptions (`--due` of them at 08:30, the rest spread
over the day, already sent today). Timed, in wall and CPU seconds:
- tick: the scheduler's start (one cron job) and the tick of 08:30, which reads who is due and starts their
  deliveries (sends go to a bot that returns at once; composing is stubbed out);
- per-chat jobs (the reference, the earlier design): a PTB/APScheduler cron job added for every
  subscription, as a start used to do, and the memory those jobs hold (tracemalloc).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram.ext import ApplicationBuilder  # noqa: E402

from bot.render import Reply  # noqa: E402
from bot.scheduler import DigestScheduler  # noqa: E402
from bot.state import BotState, Subscription  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
SLOT = datetime(2024, 5, 6, 8, 30, 0, 3000, tzinfo=TZ)
CREATED = "2024-05-01T12:00:00+08:00"


class QuietBot:
    async def send_message(self, *args: object, **kwargs: object) -> None:
        pass


class Service:
    def __init__(self, state: BotState) -> None:
        self.state = state

    def chat_script(self, chat_id: int) -> str:
        return "zh-hans"

    def subscription_digest(self, sub: Subscription, now: datetime) -> Reply:
        return Reply(pages=["摘要"])


def fill(path: Path, size: int, due: int) -> BotState:
    state = BotState(path)
    rows = []
    for chat_id in range(1, size + 1):
        if chat_id <= due:
            at = "08:30"
        else:
            minute = (chat_id * 7919) % 1440
            at = f"{minute // 60:02d}:{minute % 60:02d}"
            at = "08:31" if at == "08:30" else at
        # Every other chat had today's digest already: the look back at start finds nothing due.
        sent = "" if at == "08:30" else (SLOT - timedelta(minutes=1)).isoformat()
        rows.append(Subscription(chat_id, at, (), "private", CREATED, sent).to_row())
    with state._lock, state._transaction() as db:  # one transaction: the fill is not what is timed
        db.executemany(
            "INSERT INTO subscriptions VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    return state


async def time_tick(state: BotState) -> tuple[float, float, float, float, int]:
    app = ApplicationBuilder().token("1:B").base_url("http://127.0.0.1:9/bot").build()
    fake = SimpleNamespace(job_queue=app.job_queue, bot=QuietBot())
    clock = [SLOT - timedelta(minutes=1)]
    scheduler = DigestScheduler(fake, Service(state), SimpleNamespace(tz=TZ), clock=lambda: clock[0])  # type: ignore[arg-type]
    wall, cpu = time.perf_counter(), time.process_time()
    scheduler.start()
    await scheduler.tick()  # the look back at start: nothing is due
    start_wall, start_cpu = time.perf_counter() - wall, time.process_time() - cpu
    clock[0] = SLOT
    wall, cpu = time.perf_counter(), time.process_time()
    started = await scheduler.tick()
    tick_wall, tick_cpu = time.perf_counter() - wall, time.process_time() - cpu
    await asyncio.gather(*scheduler._deliveries)
    scheduler.stop()
    return start_wall, start_cpu, tick_wall, tick_cpu, started


def time_per_chat_jobs(state: BotState) -> tuple[float, float, float]:
    app = ApplicationBuilder().token("1:B").base_url("http://127.0.0.1:9/bot").build()
    queue = app.job_queue
    assert queue is not None

    async def job(context: object) -> None:
        pass

    tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    for sub in state.subscriptions():
        hour, minute = (int(x) for x in sub.time.split(":"))
        queue.run_daily(
            job,
            time=clock_time(hour, minute, tzinfo=TZ),
            data=sub.chat_id,
            name=f"digest:{sub.chat_id}",
            job_kwargs={"id": f"digest:{sub.chat_id}", "misfire_grace_time": 3600, "coalesce": True},
        )
    took_wall, took_cpu = time.perf_counter() - wall, time.process_time() - cpu
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return took_wall, took_cpu, peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--due", type=int, default=3000, help="subscriptions due at the timed minute")
    args = parser.parse_args()
    print(
        f"{'subs':>8}  {'tick: start':>18}  {'tick of 08:30':>22}  {'per-chat jobs: add all':>26}  {'memory':>8}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            state = fill(Path(tmp) / "state.sqlite3", size, min(args.due, size))
            sw, sc, tw, tc, started = asyncio.run(time_tick(state))
            jw, jc, mb = time_per_chat_jobs(state)
            state.close()
        print(
            f"{size:>8,}  {sw * 1e3:7.1f} ms ({sc * 1e3:5.1f} cpu)  "
            f"{tw * 1e3:7.1f} ms ({tc * 1e3:6.1f} cpu) {started:>5} due  "
            f"{jw:8.2f} s ({jc:6.2f} s cpu) = {jw / max(sw, 1e-9):7.0f} x  {mb:6.0f} MB"
        )


if __name__ == "__main__":
    main()
