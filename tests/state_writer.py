"""Crash-test helper: a burst of state changes from many chats, on several threads, each acknowledged on stdout.

Usage: python tests/state_writer.py STATE_FILE SEED THREADS

Thread t changes only its own chats (private chats and groups), drawing subscribes, unsubscribes, script
changes, delivery marks, group-to-supergroup moves and forgets from a random stream seeded by SEED and t. After
each change returns (durably committed), the thread prints "t i" (its i-th change, from 0) and flushes. The crash
test kills this process at random moments and checks, with `changes` and `apply` below, that the state holds
every acknowledged change of every thread, plus at most the one change each thread had in flight.
"""

from __future__ import annotations

import copy
import random
import sys
import threading
from collections.abc import Iterator
from typing import Any

from bot.state import BotState, Subscription

CHATS_PER_THREAD = 12
PLACES = ("海安市", "如皋市", "启东市", "崇川区")
CREATED = "2025-01-01T08:00:00+08:00"


def chats_of(thread: int, threads: int) -> list[int]:
    """The chat ids thread `thread` uses; no two threads share one. Every third is a group (negative)."""
    return [(thread + threads * k + 1) * (-1 if k % 3 == 0 else 1) for k in range(CHATS_PER_THREAD)]


def changes(seed: int, thread: int, threads: int) -> Iterator[tuple[Any, ...]]:
    """The endless stream of changes thread `thread` makes, the same for the same arguments."""
    rng = random.Random(f"{seed}-{thread}")
    chats = chats_of(thread, threads)
    i = 0
    while True:
        chat = rng.choice(chats)
        roll = rng.random()
        if roll < 0.45:
            yield (
                "subscribe",
                Subscription(
                    chat_id=chat,
                    time=f"{rng.randrange(24):02d}:{rng.randrange(60):02d}",
                    regions=tuple(rng.sample(PLACES, rng.randrange(3))),
                    chat_type="group" if chat < 0 else "private",
                    created=CREATED,
                    days=tuple(rng.sample(range(7), rng.choice((0, 0, 5, 1)))),
                    silent=rng.random() < 0.3,
                    only_changed=rng.random() < 0.3,
                    title=f"chat {chat}" if chat < 0 else "",
                ),
            )
        elif roll < 0.6:
            yield ("unsubscribe", chat)
        elif roll < 0.75:
            yield ("script", chat, rng.choice(("simplified", "traditional")))
        elif roll < 0.92:
            seen = tuple(f"doc-{n}" for n in range(rng.randrange(4))) if rng.random() < 0.5 else None
            yield ("mark", chat, f"2025-03-{1 + i % 28:02d}T08:30:{i % 60:02d}+08:00", seen)
        elif roll < 0.97:
            yield ("migrate", chat, rng.choice(chats))
        else:
            yield ("forget", chat)
        i += 1


def perform(state: BotState, change: tuple[Any, ...]) -> None:
    kind, *args = change
    if kind == "subscribe":
        state.subscribe(args[0])
    elif kind == "unsubscribe":
        state.unsubscribe(args[0])
    elif kind == "script":
        state.set_script(args[0], args[1])
    elif kind == "mark":
        state.mark_sent(args[0], args[1], args[2])
    elif kind == "migrate":
        state.migrate_chat(args[0], args[1])
    elif kind == "forget":
        state.forget_chat(args[0])


def apply(snapshot: dict[str, dict[str, dict[str, Any]]], change: tuple[Any, ...]) -> dict[str, Any]:
    """What `change` does to a state in BotState.snapshot()'s layout (a new dict; the argument is kept)."""
    snap = copy.deepcopy(snapshot)
    settings, subs = snap.setdefault("settings", {}), snap.setdefault("subscriptions", {})
    kind, *args = change
    if kind == "subscribe":
        subs[str(args[0].chat_id)] = args[0].to_doc()
    elif kind == "unsubscribe":
        subs.pop(str(args[0]), None)
    elif kind == "script":
        settings[str(args[0])] = {"script": args[1]}
    elif kind == "mark":
        chat, when, seen = str(args[0]), args[1], args[2]
        if chat in subs:
            subs[chat]["last_sent"] = when
            if seen is not None:
                subs[chat]["seen_docs"] = list(seen)
    elif kind == "migrate":
        old, new = str(args[0]), str(args[1])
        if old != new:
            if old in settings:
                settings[new] = settings.pop(old)
            if old in subs:
                doc = subs.pop(old)
                if doc["chat_type"] == "group":
                    doc["chat_type"] = "supergroup"
                subs[new] = doc
    elif kind == "forget":
        settings.pop(str(args[0]), None)
        subs.pop(str(args[0]), None)
    return snap


def main(argv: list[str]) -> int:
    path, seed, threads = argv[1], int(argv[2]), int(argv[3])
    state = BotState(path)
    out = threading.Lock()

    def work(thread: int) -> None:
        for i, change in enumerate(changes(seed, thread, threads)):
            perform(state, change)
            with out:
                sys.stdout.write(f"{thread} {i}\n")
                sys.stdout.flush()

    workers = [threading.Thread(target=work, args=(t,), daemon=True) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
