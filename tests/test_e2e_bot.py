"""End to end: the real `policybot run` process against the local Bot API stand-in, judged by what it sends.

One bot process serves the session (tests keep apart by chat id); the restart test runs its own.
Every wait is on a condition (a call arriving, the state file changing), never a fixed sleep.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from botapi import BOT_USERNAME, DEFAULT_USER_ID, BotApiStandIn, Call
from conftest import TOKEN, BotProcess, wait_until

pytestmark = pytest.mark.timeout(60)

FIGURE = re.compile(r"<b>(?:[≥≤<>] |&gt; |&lt; )?[\d,.–]+ ?[^<\s]*</b>")  # `<b>≥ 30 人</b>`, `<b>98%</b>`
INTERFACE_COMMANDS = {
    "start", "help", "regions", "targets", "progress", "indicator", "search", "source", "subscribe",
    "unsubscribe", "digest", "script",
}  # fmt: skip


def is_call(method: str, **params: object) -> Callable[[Call], bool]:
    return lambda c: c.method == method and all(c.params.get(k) == v for k, v in params.items())


# -- answers in a private chat ------------------------------------------------------------------------------


def test_start_and_help_answer_in_html_without_previews(running_bot: BotProcess) -> None:
    for text in ("/start", "/help"):
        reply = running_bot.ask_one(1001, text)
        assert "怎么问" in reply.text and "/targets" in reply.text
        assert reply.params["parse_mode"] == "HTML"
        assert reply.params["link_preview_options"] == {"is_disabled": True}


def test_targets_of_a_place_list_figures_and_sources(running_bot: BotProcess) -> None:
    text = running_bot.ask_one(1002, "/targets 海安").text
    assert "海安市" in text
    assert "≥" in text and len(FIGURE.findall(text)) >= 5
    assert re.search(r"/source_[0-9a-f]+", text)


def test_traditional_full_width_and_invisible_input(running_bot: BotProcess) -> None:
    assert "启东市的目标" in running_bot.ask_one(1003, "/targets 啟東").text
    assert "海安市的目标" in running_bot.ask_one(1003, "/targets\u3000海安市").text  # ideographic space
    assert "海安市的目标" in running_bot.ask_one(1003, "/targets 海\u200b安").text  # zero-width space
    assert "“亿元”" in running_bot.ask_one(1003, "/search\u3000亿元").text


def test_script_setting_answers_in_traditional_and_survives_a_restart(
    botapi: BotApiStandIn, tmp_path: Path
) -> None:
    bot = BotProcess(botapi, tmp_path)
    bot.start()
    try:
        assert "繁體" in bot.ask_one(1004, "/script 繁").text
        assert "海安市的目標" in bot.ask_one(1004, "/targets 海安").text
        assert "海安市的目标" in bot.ask_one(1005, "/targets 海安").text  # other chats keep simplified
        bot.restart()
        assert bot.state()["settings"]["1004"]["script"] == "traditional"
        assert "海安市的目標" in bot.ask_one(1004, "/targets 海安").text
    finally:
        assert bot.stop() == 0


def test_webhook_mode_checks_the_secret_token(botapi: BotApiStandIn, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a free port for the bot's webhook server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/hook/policybot"
    secret = "webhook-Secret_42"
    args = ("--webhook", url, "--listen", "127.0.0.1", "--port", str(port))
    bot = BotProcess(botapi, tmp_path, {"POLICYBOT_WEBHOOK_SECRET": secret}, args)
    bot.start()
    try:
        assert "海安市的目标" in bot.ask_one(1020, "/targets 海安").text
        hook = botapi.calls("setWebhook")[-1]
        assert hook.params["url"] == url and hook.params["secret_token"] == secret
        assert botapi.webhook_deliveries >= 1 and not botapi.calls("getUpdates")
        forged = urllib.request.Request(url, data=b"{}", headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(forged, timeout=5)
        assert refused.value.code == 403
    finally:
        bot.stop()


def test_burst_from_many_chats_each_answered_in_order(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    chats = range(3001, 3011)
    mark = standin.mark()
    for chat in chats:  # all queued before the bot's next poll takes them together
        standin.push_message(chat, "/script 繁")
        standin.push_message(chat, "/targets 海安")
    for chat in chats:
        first, second = standin.wait_for_messages(chat, 2, since=mark)[:2]
        assert "繁體" in first.text and "海安市的目標" in second.text


# -- groups ----------------------------------------------------------------------------------------------


def test_group_answers_its_commands_and_mentions_only(running_bot: BotProcess) -> None:
    group = -2001
    reply = running_bot.ask_one(group, f"/targets@{BOT_USERNAME} 如皋")
    assert "如皋市" in reply.text
    assert reply.params["reply_parameters"]["message_id"] > 0  # quotes the question
    assert running_bot.ignored(group, "/targets@otherbot 如皋")
    assert running_bot.ignored(group, "今天开会讨论如皋的目标")
    reply = running_bot.ask_one(group, f"@{BOT_USERNAME} 高企")
    assert "高企" in reply.text


def test_only_group_admins_subscribe(running_bot: BotProcess, standin: BotApiStandIn) -> None:
    group, user = -2002, 5001
    before = running_bot.state_bytes()
    assert "管理员" in running_bot.ask_one(group, "/subscribe 08:30 海安", user_id=user).text
    assert running_bot.state_bytes() == before
    assert standin.calls("getChatMember")[-1].params["user_id"] == user

    standin.set_chat_member(group, user, "administrator")
    assert "08:30" in running_bot.ask_one(group, "/subscribe 08:30 海安", user_id=user).text
    assert running_bot.state()["subscriptions"][str(group)]["regions"] == ["海安市"]
    # An anonymous administrator posts as the group itself.
    assert "已取消" in running_bot.ask_one(group, "/unsubscribe", sender_chat=group).text
    assert str(group) not in running_bot.state().get("subscriptions", {})


def test_removal_forgets_the_chat_and_migration_moves_it(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    kicked, old, new = -2003, -2004, -1000000002004
    standin.set_chat_member(kicked, DEFAULT_USER_ID, "creator")
    running_bot.ask_one(kicked, "/subscribe 07:00")
    assert str(kicked) in running_bot.state()["subscriptions"]
    standin.push_my_chat_member(kicked, "member", "kicked")
    wait_until(lambda: str(kicked) not in running_bot.state().get("subscriptions", {}))

    standin.set_chat_member(old, DEFAULT_USER_ID, "administrator")  # /script in a group is for admins
    running_bot.ask_one(old, "/script 繁")
    standin.push_migration(old, new)
    wait_until(lambda: str(new) in running_bot.state().get("settings", {}))
    assert str(old) not in running_bot.state()["settings"]
    assert "海安市的目標" in running_bot.ask_one(new, "/targets 海安").text


# -- paging ------------------------------------------------------------------------------------------------


def test_long_answer_is_paged_and_a_button_turns_the_page(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    chat = 1006
    first = running_bot.ask_one(chat, "/search 亿元")
    assert len(first.text) <= 4096 and first.text.rstrip().endswith("1/2</i>")
    buttons = first.reply_markup["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["1/2", "下一页 ▶"]
    forward = buttons[-1]["callback_data"]
    assert re.fullmatch(r"pg:[0-9a-f]+:1", forward) and len(forward.encode()) <= 64

    mark = standin.mark()
    message_id = first.result["message_id"]
    standin.push_callback(chat, message_id, forward)
    edit = standin.wait_for(is_call("editMessageText", chat_id=chat), since=mark)
    answer = standin.wait_for(is_call("answerCallbackQuery"), since=mark)
    assert edit.ok and edit.text.rstrip().endswith("2/2</i>") and answer.ok
    assert "2/2" in standin.message(chat, message_id)["text"]
    assert [b["text"] for b in edit.reply_markup["inline_keyboard"][0]] == ["◀ 上一页", "2/2"]

    # The same button pressed in another chat (forged there) does not page this answer.
    mark = standin.mark()
    standin.push_callback(1007, 1, forward)
    answer = standin.wait_for(is_call("answerCallbackQuery"), since=mark)
    assert answer.params.get("text") == "这个列表已过期，请重新发送命令"


@pytest.mark.parametrize("data", ["pg:0123456789ab:1", "pg:../../etc:1", "drop table", "pg:37ddf6278e1c:-1"])
def test_forged_callback_gets_only_a_toast(
    running_bot: BotProcess, standin: BotApiStandIn, data: str
) -> None:
    mark = standin.mark()
    standin.push_callback(1008, 1, data)
    answer = standin.wait_for(is_call("answerCallbackQuery"), since=mark)
    assert answer.ok and answer.params.get("text")
    assert [
        c.method for c in standin.all_calls[mark:] if c.method not in ("getUpdates", "answerCallbackQuery")
    ] == []


# -- inline mode -------------------------------------------------------------------------------------------


def test_inline_query_answers_with_at_most_50_articles(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    mark = standin.mark()
    standin.push_inline_query("启东")
    answer = standin.wait_for(is_call("answerInlineQuery"), since=mark)
    results = answer.params["results"]
    assert answer.ok and 1 <= len(results) <= 50 and not answer.params.get("is_personal")
    assert all(r["type"] == "article" and r["input_message_content"]["parse_mode"] == "HTML" for r in results)
    assert "启东市" in results[0]["title"]

    mark = standin.mark()
    standin.push_inline_query("啟東")  # typed in traditional script: answered in it
    answer = standin.wait_for(is_call("answerInlineQuery"), since=mark)
    assert "東市" in answer.params["results"][0]["title"]  # 啓東市 (OpenCC s2t)

    mark = standin.mark()
    standin.push_inline_query("")
    answer = standin.wait_for(is_call("answerInlineQuery"), since=mark)
    assert answer.ok and answer.params["results"] == []


# -- bad input ---------------------------------------------------------------------------------------------


def test_bad_input_gets_a_short_helpful_answer_and_changes_nothing(running_bot: BotProcess) -> None:
    chat = 1009
    before = running_bot.state_bytes()
    assert "海安市" in running_bot.ask_one(chat, "/targets 海按").text  # the nearest place with data
    assert "/regions" in running_bot.ask_one(chat, "/targets 火星").text
    assert "用法" in running_bot.ask_one(chat, "/targets").text
    assert "太长" in running_bot.ask_one(chat, "/search " + "亿" * 500).text
    assert "/help" in running_bot.ask_one(chat, "/frobnicate").text
    assert "HH:MM" in running_bot.ask_one(chat, "/subscribe 25:99 海安").text
    assert "用法" in running_bot.ask_one(chat, "/script 火星文").text
    for call in running_bot.standin.messages_to(chat):
        assert len(call.text) < 400
    assert running_bot.state_bytes() == before


# -- the Bot API failing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "retry_after"), [(500, None), (502, None), (429, 1)])
def test_failed_send_is_retried_and_arrives_once(
    running_bot: BotProcess, standin: BotApiStandIn, code: int, retry_after: int | None
) -> None:
    chat = 1010 + code
    mark = standin.mark()
    standin.fail_next("sendMessage", 1, code, retry_after=retry_after)
    assert "怎么问" in running_bot.ask_one(chat, "/help").text
    attempts = [c for c in standin.calls("sendMessage") if c.chat_id == chat]
    assert [c.status for c in attempts] == [code, 200]
    assert len(standin.wait_for_messages(chat, 1, 0, since=mark)) == 1


def test_a_failed_answer_gets_a_brief_apology(running_bot: BotProcess, standin: BotApiStandIn) -> None:
    standin.fail_next("sendMessage", 1, 400, "Bad Request: can't parse entities")
    assert running_bot.ask_one(1014, "/help").text == "出了点问题，请稍后再试。"
    assert "update=" in running_bot.log() and "command=/help failed" in running_bot.log()


def test_a_chat_that_blocked_the_bot_does_not_stop_it(
    running_bot: BotProcess, standin: BotApiStandIn
) -> None:
    blocked = 1011
    standin.set_chat_forbidden(blocked)
    mark = standin.mark()
    standin.push_message(blocked, "/help")
    assert standin.wait_for(is_call("sendMessage", chat_id=blocked), since=mark).status == 403
    assert "怎么问" in running_bot.ask_one(1012, "/help").text


# -- set-up and hygiene -----------------------------------------------------------------------------------


def test_command_menu_lists_every_command(running_bot: BotProcess, standin: BotApiStandIn) -> None:
    menu = standin.my_commands()
    assert {c["command"] for c in menu} == INTERFACE_COMMANDS
    assert all(re.search(r"[\u4e00-\u9fff]", c["description"]) for c in menu)


def test_a_rejected_token_exits_non_zero_without_logging_it(tmp_path: Path) -> None:
    with BotApiStandIn(token="999:SOMEONE-ELSE") as strict:  # answers 401 to any other token
        bot = BotProcess(strict, tmp_path)
        with pytest.raises(RuntimeError, match="exited with 1"):
            bot.start()
    assert "rejected POLICYBOT_TOKEN" in bot.log() and TOKEN not in bot.log()


def test_log_has_a_line_per_update_and_neither_token_nor_text(running_bot: BotProcess) -> None:
    running_bot.ask_one(1013, "/targets 如皋 机密词")
    line = re.compile(r"kind=message command=/targets chat_type=private latency_ms=\d+\.\d outcome=answered")
    wait_until(lambda: line.search(running_bot.log()) is not None)  # logged just after the reply is sent
    log = running_bot.log()
    assert TOKEN not in log
    assert "机密词" not in log and "如皋" not in log


def test_log_text_flag_adds_the_message_text_for_debugging(botapi: BotApiStandIn, tmp_path: Path) -> None:
    bot = BotProcess(botapi, tmp_path, args=("--log-text",))
    bot.start()
    try:
        bot.ask_one(1014, "/targets 如皋 调试词")
        wait_until(lambda: "调试词" in bot.log())
        assert TOKEN not in bot.log()
    finally:
        bot.stop()
