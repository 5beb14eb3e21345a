"""After a `/script` command has been handled, give the chat the command menu of its script (bot.menus)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackContext

from bot import menus
from handlers.observe import command_name
from handlers.runtime import runtime_of


async def on_script_command(update: Update, context: CallbackContext) -> None:
    """Runs in a later handler group than the message handler, so the chat's script is already stored."""
    message = update.effective_message
    if message is None or command_name(message.text) != "/script":
        return
    runtime = runtime_of(context)
    script = await runtime.call(runtime.service.state.script, message.chat.id)
    # Always set (or remove): a menu set before a restart must go with `/script 简` after it too.
    await menus.follow_script(context.bot, message.chat.id, message.chat.type, script)
