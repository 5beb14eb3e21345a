"""The Telegram-facing handlers: thin adapters from an update to `bot.commands.CommandService` and back."""

from __future__ import annotations

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from handlers.callbacks import on_callback
from handlers.errors import on_error
from handlers.inline import on_inline_query
from handlers.membership import on_migration, on_my_chat_member
from handlers.messages import on_message
from handlers.runtime import Runtime, install_runtime, runtime_of

__all__ = ["Runtime", "register", "runtime_of"]

# Text messages, except the bot's own inline results posted back into a chat with it (`via_bot`).
TEXT_MESSAGES = filters.TEXT & filters.UpdateType.MESSAGE & ~filters.VIA_BOT


def register(application: Application, runtime: Runtime) -> None:
    """Attach the runtime and every handler to the application."""
    install_runtime(application, runtime)
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, on_migration))
    application.add_handler(MessageHandler(TEXT_MESSAGES, on_message))
    application.add_handler(CallbackQueryHandler(on_callback))
    application.add_handler(InlineQueryHandler(on_inline_query))
    application.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(on_error)
