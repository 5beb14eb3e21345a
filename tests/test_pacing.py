"""The one pacing path (bot.pacing.Pacer): windows, priorities, 429s, connection errors, a stop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.pacing import DIGEST, FLOOD_RETRIES, REPLY, Abandoned, Pacer, Window, paced, repeatable

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


class Server:
    """A fake Bot API call: records when each request arrives and answers after `latency`; `faults` are
    raised by the next calls, in order."""

    def __init__(self, latency: float = 0.01) -> None:
        self.latency = latency
        self.arrivals: list[tuple[float, Any]] = []
        self.faults: list[BaseException] = []

    def call(self, tag: Any = None) -> Callable[[], Any]:
        async def post() -> bool:
            self.arrivals.append((time.monotonic(), tag))
            if self.faults:
                raise self.faults.pop(0)
            await asyncio.sleep(self.latency)
            return True

        return post

    def busiest(self, window: float = 1.0) -> int:
        times = sorted(t for t, _ in self.arrivals)
        return max((sum(1 for u in times if t <= u < t + window) for t in times), default=0)


async def send(
    pacer: Pacer, server: Server, chat: int, tag: Any = None, endpoint: str = "sendMessage", **args: Any
) -> Any:
    return await pacer.process_request(server.call(tag), (), {}, endpoint, {"chat_id": chat}, args or None)


def network_error(cause: BaseException, cls: type[NetworkError] = NetworkError) -> NetworkError:
    error = cls("boom")
    error.__cause__ = cause
    return error


def test_window_counts_from_start_to_a_period_after_the_answer() -> None:
    window = Window(2, 1.0)
    window.take()
    window.take()
    assert window.wait(0.0) == float("inf")  # both places held by sends in flight
    window.done(0.5)
    assert 0.99 < window.wait(0.5) <= 1.01  # free a second after that answer
    assert window.wait(1.6) == 0.0


def test_only_message_sends_and_edits_are_paced() -> None:
    assert paced("sendMessage") and paced("sendPhoto") and paced("editMessageText")
    assert not paced("getChatMember") and not paced("answerCallbackQuery") and not paced("getUpdates")


def test_what_may_be_repeated() -> None:
    refused = network_error(httpx.ConnectError("refused"))
    reset = network_error(httpx.RemoteProtocolError("reset"))
    late = network_error(httpx.ReadTimeout("late"), TimedOut)
    assert repeatable(refused, "sendMessage") and repeatable(reset, "sendMessage")
    assert not repeatable(late, "sendMessage")  # Telegram has most likely taken it
    assert repeatable(late, "getChatMember")  # asking again changes nothing
    assert not repeatable(refused, "getMe")  # the start retries that itself


async def test_fan_out_never_exceeds_30_in_any_second_and_runs_near_the_floor() -> None:
    pacer, server = Pacer(), Server(latency=0.01)
    started = time.monotonic()
    await asyncio.gather(*(send(pacer, server, 1000 + i) for i in range(90)))
    elapsed = time.monotonic() - started
    assert server.busiest() <= 30
    assert 2.0 <= elapsed < 3.3  # 90 sends at 30 a second: the first 30 at once, then 2 more seconds


async def test_groups_get_20_a_minute_and_do_not_hold_up_others() -> None:
    pacer, server = Pacer(), Server()
    group = asyncio.gather(*(send(pacer, server, -5, "group") for _ in range(25)))
    await asyncio.sleep(0.2)
    started = time.monotonic()
    await send(pacer, server, 77, "private")
    assert time.monotonic() - started < 0.2
    await asyncio.sleep(0.3)
    assert sum(1 for _, tag in server.arrivals if tag == "group") == 20  # the rest wait for the minute
    group.cancel()
    with pytest.raises(asyncio.CancelledError):
        await group


async def test_answers_go_before_waiting_digests() -> None:
    pacer, server = Pacer(overall=5), Server()
    digests = [
        asyncio.ensure_future(send(pacer, server, 100 + i, "digest", priority=DIGEST)) for i in range(15)
    ]
    await asyncio.sleep(0.05)  # five digests out; ten wait for the window
    answer = asyncio.ensure_future(send(pacer, server, 99, "answer", priority=REPLY))
    await asyncio.gather(answer, *digests)
    order = [tag for _, tag in server.arrivals]
    assert order.index("answer") == 5  # the first send once the window opens again


async def test_a_429_pauses_the_path_and_is_retried_here() -> None:
    pacer, server = Pacer(), Server()
    server.faults = [RetryAfter(1)]
    started = time.monotonic()
    first = asyncio.ensure_future(send(pacer, server, 1, "a"))
    await asyncio.sleep(0.05)
    second = asyncio.ensure_future(send(pacer, server, 2, "b"))  # held by the pause too
    assert await first and await second
    assert time.monotonic() - started >= 1.0
    assert [tag for _, tag in server.arrivals] == ["a", "a", "b"]
    server.faults = [RetryAfter(0) for _ in range(FLOOD_RETRIES + 1)]
    with pytest.raises(RetryAfter):
        await send(pacer, server, 3)
    assert pacer.rejected == FLOOD_RETRIES + 2


async def test_connection_errors_are_retried_until_the_network_is_back() -> None:
    pacer, server = Pacer(), Server()
    server.faults = [network_error(httpx.ConnectError("refused")) for _ in range(4)]
    assert await send(pacer, server, 1)
    assert len(server.arrivals) == 5 and pacer.network_retries == 4
    server.faults = [network_error(httpx.ReadTimeout("late"), TimedOut)]
    with pytest.raises(TimedOut):  # not sent twice
        await send(pacer, server, 2)
    short = Pacer(network_budget=0.3)
    server.faults = [network_error(httpx.ConnectError("refused")) for _ in range(20)]
    with pytest.raises(NetworkError):
        await send(short, server, 3)


async def test_abandon_gives_up_waiting_digests_only_then_everything() -> None:
    pacer, server = Pacer(overall=2), Server(latency=0.05)
    digests = [
        asyncio.ensure_future(send(pacer, server, 100 + i, priority=DIGEST, abandon=True)) for i in range(6)
    ]
    answers = [asyncio.ensure_future(send(pacer, server, 200 + i)) for i in range(3)]
    await asyncio.sleep(0.01)
    pacer.abandon()
    results = await asyncio.gather(*digests, return_exceptions=True)
    assert sum(1 for r in results if r is True) == 2  # the two in flight finish
    assert sum(1 for r in results if isinstance(r, Abandoned)) == 4
    late = asyncio.ensure_future(send(pacer, server, 300))
    pacer.abandon(everything=True)
    done = await asyncio.gather(*answers, late, return_exceptions=True)
    assert any(isinstance(r, Abandoned) for r in done)


async def test_an_answer_during_a_fan_out_waits_tens_of_milliseconds_not_the_next_second() -> None:
    pacer, server = Pacer(), Server(latency=0.01)
    digests = [
        asyncio.ensure_future(send(pacer, server, 1000 + i, "digest", priority=DIGEST)) for i in range(120)
    ]
    await asyncio.sleep(1.5)  # the fan-out is in its steady state: every place of the window is in use
    waits = []
    for chat in range(5):
        started = time.monotonic()
        await send(pacer, server, chat, "answer")
        waits.append(time.monotonic() - started)
        await asyncio.sleep(0.13)
    await asyncio.gather(*digests)
    assert server.busiest() <= 30
    assert max(waits) < 0.15, waits
