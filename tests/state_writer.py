"""Crash-test helper: subscribe chat ids START..START+COUNT-1 one by one, printing each acknowledged id.

Usage: python tests/state_writer.py STATE_FILE START COUNT

An id is printed (and flushed) only after `subscribe` has returned, i.e. after the change is durably on disk;
the crash test kills this process at random moments and checks that every printed id survived.
"""

from __future__ import annotations

import sys

from bot.state import BotState, Subscription


def main(argv: list[str]) -> int:
    path, start, count = argv[1], int(argv[2]), int(argv[3])
    state = BotState(path)
    for chat_id in range(start, start + count):
        state.subscribe(
            Subscription(
                chat_id=chat_id,
                time=f"{chat_id % 24:02d}:{chat_id % 60:02d}",
                regions=("海安市", "如皋市")[: chat_id % 3],
                chat_type="private",
                created="2025-01-01T08:00:00+08:00",
            )
        )
        print(chat_id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
