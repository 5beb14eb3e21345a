"""End to end: questions in plain words through the real `policybot run` process and the Bot API stand-in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from botapi import BOT_USERNAME, BotApiStandIn, Call
from conftest import BotProcess

pytestmark = pytest.mark.timeout(60)


def is_call(method: str) -> Callable[[Call], bool]:
    return lambda c: c.method == method


def first_line(call: Call) -> str:
    return call.text.strip().splitlines()[0]


def test_a_plain_question_in_a_private_chat(running_bot: BotProcess) -> None:
    reply = running_bot.ask_one(4001, "启东上半年财政收入完成多少")
    lead = first_line(reply)
    assert "启东市" in lead and "37.7 亿元" in lead and "上半年" in lead
    assert "71.9 亿元" in reply.text and "推算" in reply.text  # the target the text implies
    assert reply.params["parse_mode"] == "HTML"
    traditional = running_bot.ask_one(4001, "海安今年GDP目標是多少")
    assert "6.5%" in first_line(traditional) and "2023" in traditional.text


def test_a_mention_in_a_group(running_bot: BotProcess) -> None:
    group = -4002
    reply = running_bot.ask_one(group, f"@{BOT_USERNAME} 海安GDP目标")
    assert "海安市" in first_line(reply) and "6.5%" in first_line(reply)
    assert reply.params["reply_parameters"]["message_id"] > 0
    assert running_bot.ignored(group, "海安GDP目标是多少")  # not for the bot: silence


def test_an_inline_question(running_bot: BotProcess, standin: BotApiStandIn) -> None:
    mark = standin.mark()
    standin.push_inline_query("启东上半年财政收入完成多少")
    answer = standin.wait_for(is_call("answerInlineQuery"), since=mark)
    results = answer.params["results"]
    assert answer.ok and results
    assert "启东市" in results[0]["title"] and "37.7" in results[0]["description"]


def test_progress_with_a_keyword(running_bot: BotProcess) -> None:
    reply = running_bot.ask_one(4004, "/progress 启东 一般公共预算收入")
    lines = reply.text.strip().splitlines()
    assert "37.7 亿元" in lines[0] and "71.9 亿元" in lines[1]
    assert "城镇居民人均可支配收入" not in reply.text  # only what the keyword asks


def test_a_place_out_of_scope(running_bot: BotProcess) -> None:
    text = running_bot.ask_one(4005, "北京通州今年GDP目标是多少").text
    assert "北京市通州区不在库里" in text and "南通市通州区" in text
    text = running_bot.ask_one(4005, "/targets 宝应").text
    assert "全力走稳走好踏上新征程的第一步" in text and "没有宝应县的具体数字" in text
