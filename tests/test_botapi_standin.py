"""The Bot API stand-in (tests/botapi) works with the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
import zlib

import httpx
import pytest
from botapi import BOT_ID, BOT_USERNAME, TEST_TOKEN, BotApiStandIn, parse_html, utf16_len
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter, Application, CallbackQueryHandler, CommandHandler, ContextTypes

pytest_plugins = ["botapi"]
pytestmark = pytest.mark.timeout(20)


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    """A valid RGB PNG of the given size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_app(standin: BotApiStandIn) -> Application:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("下一页", callback_data="page:2")]])
        await update.effective_message.reply_html(
            f"<b>你好</b> {' '.join(context.args or [])}", reply_markup=keyboard
        )

    async def page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text(f"第 {query.data.split(':')[1]} 页")

    app = Application.builder().token(TEST_TOKEN).base_url(standin.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(page))
    return app


# --- the real client against the stand-in ------------------------------------------------------


async def test_bot_methods(botapi: BotApiStandIn, ptb_bot: Bot) -> None:
    me = await ptb_bot.get_me()
    assert (me.id, me.username, me.can_join_groups, me.supports_inline_queries) == (
        BOT_ID,
        BOT_USERNAME,
        True,
        True,
    )

    message = await ptb_bot.send_message(
        42,
        "<b>海安</b> 目标 &lt;5&gt;",
        parse_mode="HTML",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("更多", callback_data="more")]]),
    )
    assert (message.chat.id, message.from_user.id, message.text) == (42, BOT_ID, "海安 目标 <5>")
    assert (
        message.entities[0].type == "bold"
        and message.reply_markup.inline_keyboard[0][0].callback_data == "more"
    )
    call = botapi.messages_to(42)[-1]
    assert call.params["text"] == "<b>海安</b> 目标 &lt;5&gt;" and call.encoding == "form"

    png = tiny_png()
    photo_message = await ptb_bot.send_photo(42, png, caption="图表")
    assert photo_message.caption == "图表" and photo_message.photo[-1].width == 3
    photo_call = botapi.calls("sendPhoto")[-1]
    assert photo_call.encoding == "multipart" and photo_call.photo_size == len(png)
    assert photo_call.params["caption"] == "图表"
    assert [c.message_id for c in [message, photo_message]] == [1, 2]

    update = botapi.push_inline_query("海安 GDP")
    results = [
        InlineQueryResultArticle("r1", "海安", InputTextMessageContent("<i>GDP</i>", parse_mode="HTML"))
    ]
    assert await ptb_bot.answer_inline_query(update["inline_query"]["id"], results, cache_time=0)
    assert botapi.calls("answerInlineQuery")[-1].params["results"][0]["id"] == "r1"
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):  # answered twice
        await ptb_bot.answer_inline_query(update["inline_query"]["id"], results)

    assert await ptb_bot.set_my_commands([("targets", "某地的目标"), ("help", "帮助")])
    assert [c.command for c in await ptb_bot.get_my_commands()] == ["targets", "help"]
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await ptb_bot.set_my_commands([("Targets", "uppercase is rejected")])
    assert await ptb_bot.send_chat_action(42, "typing")
    assert (await ptb_bot.get_chat(-5)).type == "group"


async def test_application_polling_replies_and_pages(botapi: BotApiStandIn) -> None:
    app = build_app(botapi)
    async with app:
        await app.updater.start_polling(timeout=5)
        await app.start()
        try:
            t0 = time.monotonic()
            botapi.push_message(42, "/start 海安")
            [reply] = await botapi.await_messages(42, 1, timeout=4)
            assert time.monotonic() - t0 < 2  # the long poll returned as soon as the update arrived
            assert reply.params["text"] == "<b>你好</b> 海安" and reply.result["text"] == "你好 海安"

            botapi.push_callback(42, reply.result["message_id"], "page:2")
            edit = await botapi.await_for(lambda c: c.method == "editMessageText", timeout=4)
            assert edit.ok and botapi.message(42, reply.result["message_id"])["text"] == "第 2 页"
            assert botapi.calls("answerCallbackQuery")[-1].ok
        finally:
            await app.updater.stop()
            await app.stop()
    assert botapi.pending_updates == 0  # PTB confirmed every update on shutdown


async def test_application_webhook_delivery(botapi: BotApiStandIn) -> None:
    app = build_app(botapi)
    port = free_port()
    async with app:
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="hook",
            secret_token="s3cret",
            webhook_url=f"http://127.0.0.1:{port}/hook",
        )
        await app.start()
        try:
            botapi.push_message(-100123, "/start@policybot_test_bot 如皋", chat_type="supergroup")
            [reply] = await botapi.await_messages(-100123, 1, timeout=4)
            assert reply.result["text"] == "你好 如皋" and reply.result["chat"]["type"] == "supergroup"
            assert botapi.webhook_deliveries == 1
            with pytest.raises(Conflict):  # polling while a webhook is set
                await app.bot.get_updates()
        finally:
            await app.updater.stop()
            await app.stop()


# --- errors and fault injection ----------------------------------------------------------------


async def test_injected_errors(botapi: BotApiStandIn, ptb_bot: Bot) -> None:
    botapi.fail_next("sendMessage", 1, 429, retry_after=3)
    with pytest.raises(RetryAfter, match="Retry in 3"):
        await ptb_bot.send_message(1, "x")
    botapi.set_chat_forbidden(2)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await ptb_bot.send_message(2, "x")
    botapi.set_chat_missing(3)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await ptb_bot.send_message(3, "x")
    botapi.fail_next("*", 1, 502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await ptb_bot.get_chat(4)
    botapi.drop_next("sendMessage")
    with pytest.raises(NetworkError):
        await ptb_bot.send_message(5, "x")
    assert (await ptb_bot.send_message(5, "after the reset")).message_id == 1
    assert [c.status for c in botapi.sent[-6:]] == [429, 403, 400, 502, 0, 200]


async def test_membership_and_migration(botapi: BotApiStandIn, ptb_bot: Bot) -> None:
    botapi.set_chat_member(-7, 10001, "administrator")
    botapi.set_chat_member(-7, 10002, "creator")
    assert (await ptb_bot.get_chat_member(-7, 10001)).status == "administrator"
    assert (await ptb_bot.get_chat_member(-7, 10003)).status == "member"
    assert {m.user.id for m in await ptb_bot.get_chat_administrators(-7)} == {10001, 10002}

    update = Update.de_json(botapi.push_my_chat_member(-7, "member", "kicked"), ptb_bot)
    assert update.my_chat_member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden, match=r"(?i)kicked from the group chat"):
        await ptb_bot.send_message(-7, "x")

    botapi.push_migration(-8, -1008)
    with pytest.raises(ChatMigrated) as migrated:
        await ptb_bot.send_message(-8, "x")
    assert migrated.value.new_chat_id == -1008
    updates = await ptb_bot.get_updates(timeout=0)
    assert [u.message.migrate_to_chat_id for u in updates[-2:]] == [-1008, None]
    assert updates[-1].message.migrate_from_chat_id == -8


async def test_rate_limit(botapi: BotApiStandIn, ptb_bot: Bot) -> None:
    botapi.enforce_rate(per_second=5, per_chat_per_minute=3)
    for _ in range(3):
        await ptb_bot.send_message(-9, "group")
    with pytest.raises(RetryAfter):  # the 4th message to one group within a minute
        await ptb_bot.send_message(-9, "group")
    await ptb_bot.send_message(9, "private chats have no per-chat window")
    await ptb_bot.send_message(10, "5th within the second")
    with pytest.raises(RetryAfter, match="Retry in 1"):
        await ptb_bot.send_message(11, "6th within the second")
    assert botapi.rate_limited == 2 and botapi.peak_rate() == 5


async def test_bucket_rate_limit_accepts_ptb_aioratelimiter(botapi: BotApiStandIn) -> None:
    """PTB's AIORateLimiter bursts then paces 30/s: under the bucket mode every message arrives exactly once."""
    botapi.enforce_rate(per_second=30, per_chat_per_minute=20, algorithm="bucket")
    app = (
        Application.builder()
        .token(TEST_TOKEN)
        .base_url(botapi.base_url)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .build()
    )
    async with app:
        await asyncio.gather(*(app.bot.send_message(i, "digest") for i in range(1, 61)))
    assert all(len(botapi.messages_to(i)) == 1 for i in range(1, 61))


async def test_latency_and_concurrent_polls(botapi: BotApiStandIn, ptb_bot: Bot) -> None:
    botapi.set_latency(0.2)
    t0 = time.monotonic()
    await ptb_bot.send_message(1, "slow")
    assert time.monotonic() - t0 >= 0.2
    botapi.set_latency(0)
    # A second bot instance polling ends the first one's long poll with 409, as on Telegram.
    async with Bot(TEST_TOKEN, base_url=botapi.base_url) as other:
        first = asyncio.create_task(ptb_bot.get_updates(timeout=3))
        await asyncio.sleep(0.2)
        assert await other.get_updates(timeout=0) == ()
        with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates"):
            await first


async def test_validation_like_telegram(botapi: BotApiStandIn, ptb_bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)Unsupported start tag"):
        await ptb_bot.send_message(42, "GDP < 5", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await ptb_bot.send_message(42, "长" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await ptb_bot.send_message(
            42, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])
        )
    sent = await ptb_bot.send_message(42, "长" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await ptb_bot.edit_message_text("长" * 4096, 42, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await ptb_bot.edit_message_text("x", 42, 999)


# --- the wire: encodings, long polling, thread-safe waiting ------------------------------------


def test_raw_http_encodings(botapi: BotApiStandIn) -> None:
    url = f"{botapi.base_url}{TEST_TOKEN}"
    with httpx.Client() as client:
        as_json = client.post(f"{url}/sendMessage", json={"chat_id": "42", "text": "123"}).json()
        assert as_json["ok"] and as_json["result"]["text"] == "123"  # a digit string stays text
        form = client.post(f"{url}/sendmessage", data={"chat_id": "42", "text": "表单"}).json()  # any case
        assert form["result"]["message_id"] == 2
        multipart = client.post(
            f"{url}/sendPhoto",
            data={"chat_id": "42", "caption": "c"},
            files={"photo": ("a.png", tiny_png(5, 4))},
        ).json()
        assert multipart["result"]["photo"][-1]["width"] == 5
        missing = client.post(f"{url}/noSuchMethod")
        assert missing.status_code == 404
        assert missing.json() == {
            "ok": False,
            "error_code": 404,
            "description": "Not Found: method not found",
        }
        botapi.fail_next("getMe", 1, 429, retry_after=7)
        limited = client.get(f"{url}/getMe").json()
        assert limited == {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 7",
            "parameters": {"retry_after": 7},
        }
    assert [c.encoding for c in botapi.sent[:3]] == ["json", "form", "multipart"]


def test_long_poll_offsets_and_sync_wait(botapi: BotApiStandIn) -> None:
    url = f"{botapi.base_url}{TEST_TOKEN}"
    first = botapi.push_message(-5, "@policybot_test_bot 海安 GDP", user_id=77, username="alice")
    entities = first["message"]["entities"]
    assert entities == [{"type": "mention", "offset": 0, "length": utf16_len("@policybot_test_bot")}]

    def push_later() -> None:
        time.sleep(0.3)
        botapi.push_message(42, "/help")

    with httpx.Client(timeout=10) as client:
        got = client.post(f"{url}/getUpdates", json={"timeout": 5}).json()["result"]
        assert [u["update_id"] for u in got] == [first["update_id"]]
        threading.Thread(target=push_later).start()
        t0 = time.monotonic()
        got = client.post(f"{url}/getUpdates", json={"offset": first["update_id"] + 1, "timeout": 5}).json()
        assert time.monotonic() - t0 < 2 and got["result"][0]["message"]["text"] == "/help"
        assert botapi.pending_updates == 1  # not yet confirmed
        client.post(f"{url}/getUpdates", json={"offset": got["result"][0]["update_id"] + 1, "timeout": 0})
        assert botapi.pending_updates == 0

        sender = threading.Timer(
            0.2, client.post, (f"{url}/sendMessage",), {"json": {"chat_id": 5, "text": "hi"}}
        )
        sender.start()
        call = botapi.wait_for(lambda c: c.method == "sendMessage", timeout=3)
        sender.join()
        assert call.ok and call.result["chat"]["id"] == 5
    with pytest.raises(TimeoutError):
        botapi.wait_for_messages(6, 1, timeout=0.2)


def test_parse_html_entities_use_utf16_offsets() -> None:
    text, entities = parse_html(
        '😀 <a href="https://x.cn">链接</a> <pre><code class="language-py">x</code></pre>'
    )
    assert text == "😀 链接 x"
    assert entities == [
        {"offset": 3, "length": 2, "type": "text_link", "url": "https://x.cn"},
        {"offset": 6, "length": 1, "type": "pre", "language": "py"},
    ]


async def test_throughput(botapi: BotApiStandIn) -> None:
    """The stand-in is not the bottleneck: 1,000 sendMessage calls well within a few seconds."""
    import aiohttp

    url = f"{botapi.base_url}{TEST_TOKEN}/sendMessage"
    connector = aiohttp.TCPConnector(limit=32)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker(start: int) -> None:
            for i in range(start, 1000, 32):
                async with session.post(url, data={"chat_id": str(i + 1), "text": f"消息 {i}"}) as resp:
                    assert resp.status == 200

        t0 = time.monotonic()
        await asyncio.gather(*(worker(k) for k in range(32)))
        elapsed = time.monotonic() - t0
    assert len(botapi.sent) == 1000
    assert elapsed < 3.0, f"1,000 sendMessage took {elapsed:.2f}s"
