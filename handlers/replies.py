"""A `Reply` as Telegram messages: an optional photo, then the first page with a page keyboard."""

from __future__ import annotations

import logging
import re

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.error import ChatMigrated, TimedOut

from bot.render import Reply
from handlers.membership import migrate
from handlers.runtime import NO_PREVIEW, PARSE_MODE, Runtime

# Callback data of the page buttons: `pg:<key>:<page>` (≤ 64 bytes); the middle `n/N` button does nothing.
PAGE_DATA = re.compile(r"pg:([0-9a-f]{8,32}):(\d{1,4})")
PAGE_NOOP = "pg:noop"

log = logging.getLogger(__name__)


def page_data(key: str, page: int) -> str:
    return f"pg:{key}:{page}"


def page_keyboard(key: str, page: int, total: int) -> InlineKeyboardMarkup | None:
    """◀ 上一页 · n/N · 下一页 ▶ (arrows only where there is somewhere to go)."""
    if not key or total < 2:
        return None
    row = []
    if page > 0:
        row.append(InlineKeyboardButton("◀ 上一页", callback_data=page_data(key, page - 1)))
    row.append(InlineKeyboardButton(f"{page + 1}/{total}", callback_data=PAGE_NOOP))
    if page < total - 1:
        row.append(InlineKeyboardButton("下一页 ▶", callback_data=page_data(key, page + 1)))
    return InlineKeyboardMarkup([row])


async def send_reply(
    bot: Bot, runtime: Runtime, chat_id: int, reply: Reply, *, reply_to: int | None = None
) -> Message | None:
    """Send `reply` to the chat; a group that became a supergroup meanwhile is followed to its new id."""
    try:
        return await _send(bot, runtime, chat_id, reply, reply_to)
    except ChatMigrated as exc:
        await migrate(runtime, chat_id, exc.new_chat_id)
        return await _send(bot, runtime, exc.new_chat_id, reply, None)


async def _send(
    bot: Bot, runtime: Runtime, chat_id: int, reply: Reply, reply_to: int | None
) -> Message | None:
    # In a group the answer quotes the question, so it is clear whom it answers.
    reply_parameters = (
        ReplyParameters(message_id=reply_to, allow_sending_without_reply=True) if reply_to else None
    )
    sent = None
    if reply.photo:
        try:
            sent = await bot.send_photo(
                chat_id,
                photo=reply.photo,
                caption=reply.photo_caption or None,
                parse_mode=PARSE_MODE,
                reply_parameters=reply_parameters,
            )
        except TimedOut:  # most likely delivered, only the answer was late: the text still goes
            log.info("a chart to chat %s timed out; sending the text", chat_id)
        reply_parameters = None
    if reply.pages and reply.text.strip():
        sent = await bot.send_message(
            chat_id,
            reply.text,
            parse_mode=PARSE_MODE,
            link_preview_options=NO_PREVIEW,
            reply_parameters=reply_parameters,
            reply_markup=page_keyboard(reply.paging_key, reply.page, len(reply.pages)),
        )
        if reply.paging_key:
            await runtime.call(runtime.service.bind_pages, reply.paging_key, chat_id)
    return sent
