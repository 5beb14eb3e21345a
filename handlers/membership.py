"""The bot's membership: removed from a group or channel, or blocked → forget the chat; a channel that takes
away the bot's right to post → end its digest; group → supergroup → move it. And channels' subscriptions,
made from a private chat by someone who administers the channel where the bot is an administrator too."""

from __future__ import annotations

import logging
import re
import unicodedata

from telegram import Bot, Chat, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, CallbackContext

from bot import subscriptions
from bot.commands import ChatContext, _clean_argument
from bot.render import Reply, esc
from handlers.observe import Outcome, logged
from handlers.runtime import Runtime, runtime_of

log = logging.getLogger(__name__)

# The bot can no longer post there: left or kicked from a group, or blocked in a private chat.
GONE = frozenset({ChatMemberStatus.LEFT, ChatMemberStatus.BANNED})


async def migrate(runtime: Runtime, old_chat_id: int, new_chat_id: int) -> None:
    """Move a chat's settings and subscription to its new id (the digest follows: it is read by chat id)."""
    await runtime.call(runtime.service.state.migrate_chat, old_chat_id, new_chat_id)
    log.info("chat %s migrated to %s", old_chat_id, new_chat_id)


@logged("my_chat_member")
async def on_my_chat_member(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    outcome.command = str(status)
    runtime = runtime_of(context)
    if (
        change.chat.type == ChatType.CHANNEL
        and status == ChatMemberStatus.ADMINISTRATOR
        and getattr(change.new_chat_member, "can_post_messages", None) is False
    ):
        # Still there, but may no longer post: the digest cannot be delivered, so it ends.
        if await runtime.call(runtime.service.state.unsubscribe, change.chat.id):
            outcome.result = "unsubscribed"
        return
    if status not in GONE:
        return
    await runtime.call(runtime.service.state.forget_chat, change.chat.id)
    outcome.result = "forgotten"


@logged("migration")
async def on_migration(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    # Telegram sends two service messages: `migrate_to_chat_id` in the old group and `migrate_from_chat_id`
    # in the new supergroup. Acting on the first alone moves the state once.
    message = update.effective_message
    outcome.command = "migration"
    if message is None or not message.migrate_to_chat_id:
        return
    await migrate(runtime_of(context), message.chat.id, message.migrate_to_chat_id)
    outcome.result = "migrated"


# -- channels ------------------------------------------------------------------------------------------------

# `/subscribe @channel …` or `/unsubscribe @channel` in a private chat (widths as typed are folded first).
CHANNEL_COMMAND = re.compile(
    r"^/(un)?subscribe(?:@[A-Za-z0-9_]+)?\s+@([A-Za-z][A-Za-z0-9_]{3,31})(?:\s+(.*))?$", re.S | re.I
)
POSTERS = frozenset({ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})


def channel_command(text: str | None) -> re.Match[str] | None:
    return CHANNEL_COMMAND.match(unicodedata.normalize("NFKC", text or "").strip())


async def on_channel_command(update: Update, context: CallbackContext) -> None:
    """`/subscribe @channel …` in a private chat: the sender and the bot must both administer the channel
    (the bot with the right to post); then the channel's subscription is stored like any chat's. Runs
    before the message handler and stops it (ApplicationHandlerStop)."""
    message = update.effective_message
    if message is None or message.chat.type != ChatType.PRIVATE or not channel_command(message.text):
        return
    await _channel_command(update, context)
    raise ApplicationHandlerStop


@logged("message")
async def _channel_command(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    from handlers.flood import NOTICE, Verdict, admit
    from handlers.replies import send_reply

    message = update.effective_message
    assert message is not None
    match = channel_command(message.text)
    assert match is not None
    leaving, name, rest = bool(match.group(1)), match.group(2), match.group(3) or ""
    outcome.command = "/unsubscribe @channel" if leaving else "/subscribe @channel"
    runtime = runtime_of(context)
    verdict = admit(update, context)
    if verdict is not Verdict.ALLOW:
        outcome.result = verdict.value
        if verdict is Verdict.NOTIFY:
            await send_reply(context.bot, runtime, message.chat.id, Reply(pages=[NOTICE]))
        return
    problem, channel = await _check_channel(
        context.bot, f"@{name}", message.from_user.id if message.from_user else 0
    )
    service = runtime.service
    if channel is None:
        reply = Reply(pages=[problem])
        outcome.result = "refused"
    else:
        title = f"@{channel.username}" if channel.username else (channel.title or str(channel.id))
        args = _clean_argument(rest)
        if leaving:
            reply = await runtime.call(subscriptions.unsubscribe_chat, service, channel.id, title)
        elif not args:  # `/subscribe @channel` alone: the channel's subscription, nothing changed
            reply = await runtime.call(subscriptions.show, service, channel.id, title)
        else:
            reply = await runtime.call(subscriptions.subscribe_channel, service, args, channel.id, title)
        outcome.result = "answered"
    ctx = ChatContext(chat_id=message.chat.id, chat_type=message.chat.type)
    reply = await runtime.call(service._localize, reply, ctx)
    await send_reply(context.bot, runtime, message.chat.id, reply)


async def _check_channel(bot: Bot, username: str, user_id: int) -> tuple[str, Chat | None]:
    """The channel, when it is one and both the sender and the bot administer it; else why not."""
    try:
        chat = await bot.get_chat(username)
    except TelegramError as exc:
        log.info("channel %s could not be looked up: %s", username, exc)
        return f"找不到频道 {esc(username)}。请检查用户名，并先把机器人加为频道管理员。", None
    if chat.type != ChatType.CHANNEL:
        return f"{esc(username)} 不是频道。群里请直接在群中发 /subscribe。", None
    try:
        sender = await bot.get_chat_member(chat.id, user_id)
        me = await bot.get_chat_member(chat.id, bot.id)
    except TelegramError as exc:
        log.info("channel %s membership could not be checked: %s", username, exc)
        return f"无法核对 {esc(username)} 的管理员。请先把机器人加为频道管理员（可发布消息）。", None
    if sender.status not in POSTERS:
        return f"只有频道 {esc(username)} 的管理员可以为它订阅或取消摘要。", None
    if me.status not in POSTERS or getattr(me, "can_post_messages", None) is False:
        return f"机器人还不是频道 {esc(username)} 的管理员（需要“发布消息”权限）。请先添加，再订阅。", None
    return "", chat
