"""The bot's membership: removed from a group or blocked → forget the chat; group → supergroup → move it."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus
from telegram.ext import CallbackContext

from handlers.observe import Outcome, logged
from handlers.runtime import Runtime, runtime_of

log = logging.getLogger(__name__)

# The bot can no longer post there: left or kicked from a group, or blocked in a private chat.
GONE = frozenset({ChatMemberStatus.LEFT, ChatMemberStatus.BANNED})


async def migrate(runtime: Runtime, old_chat_id: int, new_chat_id: int) -> None:
    """Move a chat's settings and subscription to its new id, and its digest job with them."""
    await runtime.call(runtime.service.state.migrate_chat, old_chat_id, new_chat_id)
    runtime.reschedule(old_chat_id, new_chat_id)
    log.info("chat %s migrated to %s", old_chat_id, new_chat_id)


@logged("my_chat_member")
async def on_my_chat_member(update: Update, context: CallbackContext, outcome: Outcome) -> None:
    change = update.my_chat_member
    if change is None:
        return
    status = change.new_chat_member.status
    outcome.command = str(status)
    if status not in GONE:
        return
    runtime = runtime_of(context)
    await runtime.call(runtime.service.state.forget_chat, change.chat.id)
    runtime.reschedule(change.chat.id)
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
