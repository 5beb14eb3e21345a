"""Flood control: the per-sender token bucket (with an injected clock), and a flood end to end."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable

import pytest
from botapi import BOT_USERNAME, BotApiStandIn, Call
from conftest import BotProcess, wait_until
from telegram import Update

from handlers.flood import BURST, NOTICE, FloodGate, Verdict, addressed, sender_key

A, B = 1, 2


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def verdicts(gate: FloodGate, key: int, n: int) -> list[Verdict]:
    return [gate.check(key) for _ in range(n)]


# -- the bucket --------------------------------------------------------------------------------------------


def test_a_burst_passes_then_one_notice_then_silence(clock: Clock) -> None:
    gate = FloodGate(8, 1.0, clock=clock)
    assert verdicts(gate, A, 8) == [Verdict.ALLOW] * 8
    assert verdicts(gate, A, 5) == [Verdict.NOTIFY] + [Verdict.DROP] * 4
    assert gate.check(B) is Verdict.ALLOW  # another sender is not slowed


def test_tokens_refill_at_the_rate_without_a_second_notice(clock: Clock) -> None:
    gate = FloodGate(8, 1.0, clock=clock)
    verdicts(gate, A, 9)
    clock.now += 2.5
    assert verdicts(gate, A, 3) == [Verdict.ALLOW, Verdict.ALLOW, Verdict.DROP]  # still the same flood
    clock.now += 0.5
    assert gate.check(A) is Verdict.ALLOW  # the half tokens add up


def test_a_cleared_window_starts_afresh_with_its_own_notice(clock: Clock) -> None:
    gate = FloodGate(8, 1.0, clock=clock)
    verdicts(gate, A, 9)
    clock.now += 8  # a full bucket again
    assert verdicts(gate, A, 9) == [Verdict.ALLOW] * 8 + [Verdict.NOTIFY]


def test_idle_senders_are_forgotten_and_the_count_is_capped(clock: Clock) -> None:
    gate = FloodGate(8, 1.0, clock=clock, max_senders=50)
    for key in range(30):
        gate.check(key)
    clock.now += 4
    for key in range(30, 40):
        gate.check(key)
    assert len(gate) == 40
    clock.now += 4  # the first 30 have been idle for 8 s: their buckets are full, nothing to keep
    gate.check(99)
    assert len(gate) == 11
    for key in range(1000, 1100):
        gate.check(key)
    assert len(gate) == 50
    assert gate.check(1099) is Verdict.ALLOW  # the busiest stay


# -- who pays, and which group messages count --------------------------------------------------------------


def test_the_sender_pays_and_anonymous_posts_are_keyed_by_their_chat() -> None:
    user = {"id": 42, "is_bot": False, "first_name": "U"}
    group = {"id": -5, "type": "supergroup", "title": "G"}
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    message = {"message_id": 1, "date": 0, "chat": group, "from": user, "text": "/help"}
    assert sender_key(Update.de_json({"update_id": 1, "message": message}, None)) == 42
    posted = {**message, "from": anonymous, "sender_chat": group}
    assert sender_key(Update.de_json({"update_id": 2, "message": posted}, None)) == -5
    inline = {"id": "9", "from": user, "query": "海安", "offset": ""}
    assert sender_key(Update.de_json({"update_id": 3, "inline_query": inline}, None)) == 42


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("/targets 海安", True),
        (f"/targets@{BOT_USERNAME.upper()} 海安", True),
        ("／ｔａｒｇｅｔｓ 海安", True),
        ("\u200b/help", True),
        (f"请问 @{BOT_USERNAME} 高企", True),
        ("/targets@otherbot 海安", False),
        ("/targets海安", False),  # not a command to the bot either
        ("今天开会", False),
    ],
)
def test_only_group_messages_for_the_bot_count(text: str, counts: bool) -> None:
    assert addressed(text, BOT_USERNAME) is counts


# -- end to end ---------------------------------------------------------------------------------------------


def handled(bot: BotProcess, update_id: int) -> Callable[[], bool]:
    """The bot logs one line per update once it is handled (a chat's updates are handled in order)."""
    return lambda: re.search(rf"update={update_id} kind=\w+ ", bot.log()) is not None


def is_notice(call: Call) -> bool:
    return call.text == NOTICE


@pytest.mark.timeout(60)
def test_a_flood_gets_a_burst_and_one_notice_while_others_are_answered(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    flooder, other = 7001, 7002
    mark = standin.mark()
    started = time.monotonic()
    last = [standin.push_message(flooder, "/targets 海安") for _ in range(40)][-1]
    standin.push_message(other, "/targets 如皋")
    pushed = time.monotonic()
    answer = standin.wait_for_messages(other, 1, since=mark)[0]
    assert "如皋市" in answer.text
    other_latency = answer.time - pushed

    # The flooder's answers come at about one a second (Telegram's pace in one chat).
    wait_until(handled(running_bot, last["update_id"]), 30)
    elapsed = time.monotonic() - started
    sent = standin.wait_for_messages(flooder, 1, 0, since=mark)
    answers = [c for c in sent if not is_notice(c)]
    assert len([c for c in sent if is_notice(c)]) == 1
    assert BURST <= len(answers) <= BURST + math.ceil(elapsed)  # the bucket refills 1 a second meanwhile
    assert all("海安市" in c.text for c in answers)
    # Not held up by the flood: the other chat waited at most for a couple of the flooder's answers.
    flooder_before = [c for c in answers if c.time < answer.time]
    assert other_latency < 5 and len(flooder_before) < BURST, (other_latency, len(flooder_before))
    assert "outcome=throttled" in running_bot.log() and "outcome=dropped" in running_bot.log()


@pytest.mark.timeout(60)
def test_page_buttons_pressed_in_a_flood_get_the_notice_as_a_toast(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    chat = 7003
    mark = standin.mark()
    for _ in range(BURST + 6):
        standin.push_callback(chat, 1, "pg:0123456789ab:1")
    toasts: list[str | None] = []

    def all_answered() -> bool:
        toasts[:] = [
            c.params.get("text")
            for c in standin.all_calls[mark:]
            if c.method == "answerCallbackQuery" and c.ok
        ]
        return len(toasts) == BURST + 6

    wait_until(all_answered)  # every press is answered, so no button keeps spinning
    assert toasts.count(NOTICE) == 1
    assert toasts.count(None) >= 4  # the rest silently


@pytest.mark.timeout(60)
def test_inline_queries_have_their_own_bucket(running_bot: BotProcess, standin: BotApiStandIn) -> None:
    user = 7004
    mark = standin.mark()
    started = time.monotonic()
    last = [standin.push_inline_query("海安", user_id=user) for _ in range(BURST + 4)][-1]
    wait_until(handled(running_bot, last["update_id"]))
    elapsed = time.monotonic() - started
    answers = [c for c in standin.all_calls[mark:] if c.method == "answerInlineQuery" and c.ok]
    notices = [c for c in answers if (c.params.get("button") or {}).get("text") == NOTICE]
    assert len(notices) == 1 and notices[0].params["is_personal"] and notices[0].params["cache_time"] == 0
    assert BURST <= len(answers) - 1 <= BURST + math.ceil(elapsed) and answers[0].params["results"]
    # Typing inline did not use up the same user's messages.
    assert "海安市" in running_bot.ask_one(user, "/targets 海安").text
