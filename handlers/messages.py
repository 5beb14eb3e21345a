"""Text messages: commands (also `/cmd@bot`), group messages that mention the bot, private text as search.

In a group only messages addressed to this bot are looked at (a command without @, or `@thisbot`, also
written without a space: `/targets@bot海安`, `@bot海安`); everything else costs nothing, not even an admin
check. Commands that change the group's settings need the sender to be an administrator; Telegram's yes is
cached for ADMIN_TTL seconds per chat and user (a no is not: a member just promoted need not wait).
"""

from __future__ import annotations

import logging
import re
import time
from collections import OrderedDict
from dataclasses import replace

from telegram import Bot, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError, TimedOut
from telegram.ext import CallbackContext

from bot.commands import ChatContext
from bot.render import Reply
from handlers.errors import AnswerLost
from handlers.flood import NOTICE, Verdict, addressed, admit, spaced
from handlers.observe import Outcome, command_name, logged
from handlers.replies import send_reply
from handlers.runtime import runtime_of

log = logging.getLogger(__name__)

ADMIN_STATUSES = frozenset({ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})
ADMIN_TTL = 60.0  # seconds an answer of getChatMember is trusted
ADMIN_CACHE_SIZE = 10_000
ADMIN_CACHE_KEY = "policybot.admins"
ADMINS_ONLY = "只有群管理员可以更改本群的设置（订阅、取消订阅、简繁）。"
# Commands whose work is done (saved) before the answer is sent: a failed answer gets no apology.
CHANGES = frozenset({"/subscribe", "/unsubscribe", "/script"})


@logged("message")
async def on_message(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    chat = message.chat
    private = chat.type == ChatType.PRIVATE
    username = context.bot.username
    text = spaced(message.text, username)
    outcome.command = command_name(text) or ("question" if private else "mention")
    # Group chatter and commands for other bots cost nothing: no bucket, no admin check, no worker time.
    if not private and not addressed(text, username):
        return
    runtime = runtime_of(context)
    service = runtime.service
    ctx = ChatContext(
        chat_id=chat.id,
        chat_type=chat.type,
        user_id=message.from_user.id if message.from_user else None,
        is_admin=private,  # in a group: only once Telegram says so, and only when it matters
        bot_username=username,
    )
    reply_to = None if private else message.message_id  # in a group, quote whom the bot answers
    # Flood control comes before anything costly (the admin check is a Bot API call).
    verdict = admit(update, context)
    if verdict is not Verdict.ALLOW:
        outcome.result = verdict.value
        if verdict is Verdict.NOTIFY:
            await send_reply(context.bot, runtime, chat.id, Reply(pages=[NOTICE]), reply_to=reply_to)
        return
    if not private and service.needs_admin(text, ctx):
        if not await sender_is_admin(context, message):
            outcome.result = "refused"
            await send_reply(context.bot, runtime, chat.id, Reply(pages=[ADMINS_ONLY]), reply_to=reply_to)
            return
        ctx = replace(ctx, is_admin=True)
    reply = await runtime.call(service.handle, text, ctx)
    if reply is None:
        return  # group chatter, or a command for another bot
    done = _command_after_mention(text, username) in CHANGES
    try:
        await send_reply(context.bot, runtime, chat.id, reply, reply_to=reply_to)
    except TimedOut:
        outcome.result = "answered late"  # most likely delivered: no apology after it
        return
    except TelegramError as exc:
        if done:  # the change is saved: an apology would say it failed
            raise AnswerLost(exc) from exc
        raise
    outcome.result = "answered"


def _command_after_mention(text: str, bot_username: str) -> str | None:
    """The command of `/cmd …` or `@bot /cmd …`."""
    name = command_name(text)
    if name is None and bot_username:
        name = command_name(re.sub(rf"@{re.escape(bot_username)}(?!\w)", " ", text, flags=re.I).strip())
    return name


async def sender_is_admin(context: CallbackContext, message: Message) -> bool:
    """Whether the sender administers the chat. A message sent on behalf of the group itself comes from an
    anonymous administrator; anything Telegram does not confirm counts as not an administrator, and only
    a confirmation is cached."""
    if message.sender_chat is not None:
        return message.sender_chat.id == message.chat.id
    if message.from_user is None:
        return False
    cache_ = _admin_cache(context)
    key = (message.chat.id, message.from_user.id)
    now = time.monotonic()
    known = cache_.get(key)
    if known is not None and known[0] > now:
        return known[1]
    if not await _ask_telegram(context.bot, message.chat.id, message.from_user.id):
        return False
    cache_[key] = (now + ADMIN_TTL, True)
    cache_.move_to_end(key)
    while len(cache_) > ADMIN_CACHE_SIZE:
        cache_.popitem(last=False)
    return True


async def _ask_telegram(bot: Bot, chat_id: int, user_id: int) -> bool:
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError as exc:
        log.warning("could not check the sender's status in chat %s: %s", chat_id, exc)
        return False
    return member.status in ADMIN_STATUSES


def _admin_cache(context: CallbackContext) -> OrderedDict[tuple[int, int], tuple[float, bool]]:
    data = context.application.bot_data
    cache_ = data.get(ADMIN_CACHE_KEY)
    if cache_ is None:
        cache_ = data[ADMIN_CACHE_KEY] = OrderedDict()
    return cache_
