"""Per-chat update queues (bot.app.PerChatUpdateProcessor): one busy chat never holds up another, each chat
keeps its order, a chat's backlog is bounded, and a stop skips what has not started after the grace."""

from __future__ import annotations

import asyncio
import time

from telegram import Update

from bot.app import PerChatUpdateProcessor


def message(update_id: int, chat_id: int) -> Update:
    chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": "G"}
    user = {"id": 42, "is_bot": False, "first_name": "U"}
    data = {"message_id": update_id, "date": 0, "chat": chat, "from": user, "text": "/regions"}
    return Update.de_json({"update_id": update_id, "message": data}, None)


async def test_a_chat_with_300_waiting_does_not_hold_up_another() -> None:
    processor = PerChatUpdateProcessor(8, backlog=400)
    handled: list[tuple[int, float]] = []

    async def handle(update_id: int, chat_id: int, seconds: float) -> None:
        await asyncio.sleep(seconds)
        handled.append((update_id, time.monotonic()))

    busy = [
        asyncio.ensure_future(processor.process_update(message(i, -1), handle(i, -1, 0.01)))
        for i in range(300)
    ]
    await asyncio.sleep(0.05)
    started = time.monotonic()
    await processor.process_update(message(1000, 7), handle(1000, 7, 0.0))
    assert time.monotonic() - started < 0.2
    for task in busy:
        task.cancel()
    await asyncio.gather(*busy, return_exceptions=True)
    group_order = [u for u, _ in handled if u < 1000]
    assert group_order == sorted(group_order)  # one chat's updates in the order they came


async def test_a_backlog_is_bounded_per_chat_not_shared() -> None:
    processor = PerChatUpdateProcessor(4, backlog=5)
    release = asyncio.Event()
    ran: list[int] = []

    async def handle(update_id: int) -> None:
        await release.wait()
        ran.append(update_id)

    tasks = [asyncio.ensure_future(processor.process_update(message(i, -1), handle(i))) for i in range(12)]
    others = [
        asyncio.ensure_future(processor.process_update(message(100 + i, 100 + i), handle(100 + i)))
        for i in range(6)
    ]
    await asyncio.sleep(0.05)
    release.set()
    await asyncio.gather(*tasks, *others)
    assert sorted(u for u in ran if u < 100) == [0, 1, 2, 3, 4]  # the rest of that chat's pile skipped
    assert sorted(u for u in ran if u >= 100) == list(range(100, 106))  # other chats untouched
    assert processor.skipped == 7


async def test_a_stop_skips_what_waits_past_the_grace() -> None:
    processor = PerChatUpdateProcessor(4)
    ran: list[int] = []

    async def handle(update_id: int) -> None:
        await asyncio.sleep(0.1)
        ran.append(update_id)

    tasks = [asyncio.ensure_future(processor.process_update(message(i, 5), handle(i))) for i in range(10)]
    await asyncio.sleep(0.05)
    processor.begin_stop(0.12)
    started = time.monotonic()
    await asyncio.gather(*tasks)
    assert time.monotonic() - started < 0.5
    assert ran == [0, 1]  # the one running, and the one started within the grace
