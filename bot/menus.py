"""The command menus and the bot's description, set at start; a chat's menu follows its `/script`.

Scopes (Telegram picks the most specific that applies): private chats and the default get every command;
group members get the ones they may use (no /subscribe, /unsubscribe: those are for administrators), group
administrators get them all. A chat that chose `/script 繁` gets its own menu in the traditional script
(BotCommandScopeChat, and for a group BotCommandScopeChatAdministrators too); `/script 简` removes it, so
the general menus apply again. Every call here is a convenience: a failure is logged, never fatal.
"""

from __future__ import annotations

import logging

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeChatAdministrators,
    BotCommandScopeDefault,
)
from telegram.error import TelegramError

from bot import render

log = logging.getLogger(__name__)

# The command menu (INTERFACE.md), in the order a user meets them.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("targets", "某地的发展目标：/targets 海安 [关键词]"),
    ("progress", "某地的完成情况和进度：/progress 启东"),
    ("indicator", "一个指标在各地的比较：/indicator 高企"),
    ("search", "全文搜索指标和原文：/search 科创项目"),
    ("regions", "收录的地区及指标数"),
    ("source", "一条记录的原文和出处：/source 编号"),
    ("subscribe", "订阅摘要：/subscribe 08:30 工作日 海安；只发 /subscribe 看当前订阅"),
    ("unsubscribe", "取消摘要"),
    ("digest", "立即查看摘要"),
    ("script", "回复用简体或繁体：/script 繁"),
    ("help", "能问什么、怎么问"),
    ("start", "开始：收录了什么、怎么问"),
)
ADMIN_ONLY = frozenset({"subscribe", "unsubscribe"})

DESCRIPTION = (
    "查询县（市、区）的发展目标和完成情况：某地的目标、进度，一个指标在各地的比较，全文搜索，每条都附原文出处。"
    "可按时订阅进度摘要（新增、进度、到期），发到私聊、群或频道。\n"
    "试试：/targets 海安 · /progress 启东 · /indicator 高企"
)
SHORT_DESCRIPTION = "县域发展目标与完成情况：查询、比较、订阅进度摘要，附原文出处。"


def commands(script: str = render.SIMPLIFIED, *, admin: bool = True) -> list[BotCommand]:
    """The menu in `script`; without `admin`, the commands a group member may use."""
    return [
        BotCommand(name, render.in_script(text, script))
        for name, text in COMMANDS
        if admin or name not in ADMIN_ONLY
    ]


async def _try(what: str, call: object) -> bool:
    try:
        await call  # type: ignore[misc]
        return True
    except TelegramError as exc:
        log.warning("could not set %s: %s", what, exc)
        return False


async def set_up(bot: Bot) -> None:
    """Menus per scope and the descriptions, at start."""
    full, member = commands(), commands(admin=False)
    scopes: list[tuple[BotCommandScope, list[BotCommand]]] = [
        (BotCommandScopeAllGroupChats(), member),
        (BotCommandScopeAllChatAdministrators(), full),
        (BotCommandScopeAllPrivateChats(), full),
        (BotCommandScopeDefault(), full),  # last: tests and operators take it as "the menus are set"
    ]
    for scope, menu in scopes:
        await _try(f"the {scope.type} command menu", bot.set_my_commands(menu, scope=scope))
    await _try("the description", bot.set_my_description(DESCRIPTION))
    await _try("the short description", bot.set_my_short_description(SHORT_DESCRIPTION))


async def follow_script(bot: Bot, chat_id: int, chat_type: str, script: str) -> None:
    """Give a chat the menu of its script: its own traditional menu, or none (the general menus)."""
    group = chat_type in ("group", "supergroup")
    scopes: list[tuple[BotCommandScope, bool]] = [(BotCommandScopeChat(chat_id), not group)]
    if group:
        scopes.append((BotCommandScopeChatAdministrators(chat_id), True))
    for scope, admin in scopes:
        if script == render.TRADITIONAL:
            call = bot.set_my_commands(commands(script, admin=admin), scope=scope)
        else:
            call = bot.delete_my_commands(scope=scope)
        await _try(f"the menu of chat {chat_id}", call)
