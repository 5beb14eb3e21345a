"""Text messages: commands (also `/cmd@bot`), group messages that mention the bot, private text as search."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Bot, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import CallbackContext

from bot.commands import ChatContext
from bot.render import Reply
from handlers.flood import NOTICE, Verdict, addressed, admit
from handlers.observe import Outcome, command_name, logged
from handlers.replies import send_reply
from handlers.runtime import runtime_of

log = logging.getLogger(__name__)

ADMIN_STATUSES = frozenset({ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})


@logged("message")
async def on_message(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    chat = message.chat
    private = chat.type == ChatType.PRIVATE
    outcome.command = command_name(message.text) or ("question" if private else "mention")
    runtime = runtime_of(context)
    service = runtime.service
    ctx = ChatContext(
        chat_id=chat.id,
        chat_type=chat.type,
        user_id=message.from_user.id if message.from_user else None,
        is_admin=private,  # in a group: only once Telegram says so, and only when it matters
        bot_username=context.bot.username,
    )
    reply_to = None if private else message.message_id  # in a group, quote whom the bot answers
    # Flood control comes before anything costly (the admin check is a Bot API call); group chatter that
    # is not for the bot neither counts nor draws the notice.
    if private or addressed(message.text, context.bot.username):
        verdict = admit(update, context)
        if verdict is not Verdict.ALLOW:
            outcome.result = verdict.value
            if verdict is Verdict.NOTIFY:
                await send_reply(context.bot, runtime, chat.id, Reply(pages=[NOTICE]), reply_to=reply_to)
            return
    if not private and service.needs_admin(message.text, ctx):
        ctx = replace(ctx, is_admin=await sender_is_admin(context.bot, message))
    reply = await runtime.call(service.handle, message.text, ctx)
    if reply is None:
        return  # group chatter, or a command for another bot
    await send_reply(context.bot, runtime, chat.id, reply, reply_to=reply_to)
    outcome.result = "answered"


async def sender_is_admin(bot: Bot, message: Message) -> bool:
    """Whether the sender administers the chat. A message sent on behalf of the group itself comes from an
    anonymous administrator; anything Telegram cannot confirm counts as not an administrator."""
    if message.sender_chat is not None:
        return message.sender_chat.id == message.chat.id
    if message.from_user is None:
        return False
    try:
        member = await bot.get_chat_member(message.chat.id, message.from_user.id)
    except TelegramError as exc:
        log.warning("could not check the sender's status in chat %s: %s", message.chat.id, exc)
        return False
    return member.status in ADMIN_STATUSES
