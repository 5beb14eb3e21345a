"""Digest subscriptions as a user writes them: `/subscribe [HH:MM] [每天|工作日|周一…周日] [地区 …] [静音] [有更新才发]`.

`/subscribe` alone shows the chat's subscription and how to change it, and changes nothing. With words, the
words given make the whole new subscription (what is not given takes its default: 08:30, every day, all
places, with sound, always sent), so a reply always states exactly what holds now. Bad input changes nothing
and gets a reply listing what works. Arguments come simplified already (either script may be typed).

A channel is subscribed from a private chat with `/subscribe @channel …` once handlers.membership has checked
that the sender and the bot administer it; `subscribe_channel` does the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from bot.digest import compose_digest, docs_of
from bot.render import Reply, esc
from bot.state import Subscription

if TYPE_CHECKING:
    from bot.commands import ChatContext, CommandService
    from bot.ingest.places import Place

DEFAULT_TIME = "08:30"
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
WORKDAYS = (0, 1, 2, 3, 4)
USAGE = (
    "/subscribe [HH:MM] [每天|工作日|周一…周日] [地区 …] [静音] [有更新才发]\n"
    "例：/subscribe 08:30 海安 如皋 · /subscribe 18:00 工作日 启东 静音 · /subscribe 周一 有更新才发"
)
CHANNEL_USAGE = "/subscribe @频道用户名 [HH:MM] [每天|工作日|周一…周日] [地区 …] [静音] [有更新才发]"

_DAY_WORDS: dict[str, tuple[int, ...]] = {
    "每天": (),
    "每日": (),
    "天天": (),
    "工作日": WORKDAYS,
    "周末": (5, 6),
}
for _i, _name in enumerate(WEEKDAYS):
    for _prefix in ("周", "星期", "礼拜"):
        _DAY_WORDS[_prefix + _name[1]] = (_i,)
_DAY_WORDS["星期天"] = _DAY_WORDS["礼拜天"] = _DAY_WORDS["周天"] = (6,)
SILENT_WORDS = frozenset({"静音", "安静", "免打扰", "无声"})
CHANGED_WORDS = frozenset({"有更新才发", "有更新再发", "有更新时发", "仅更新", "有变化才发", "有新内容才发"})
REFUSED_MEMBER = "只有群管理员可以为本群订阅或取消订阅摘要。"

_TIMEISH = re.compile(r"^\d{1,2}\s*[:：.点时]\s*\d{0,2}分?$|^\d{1,2}[:：]?$")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：.]([0-5]\d)$")
_SPLIT = re.compile(r"[\s,，、;；]+")
_CHANNEL = re.compile(r"^@([A-Za-z][A-Za-z0-9_]{3,31})$")


@dataclass(frozen=True)
class Wish:
    """A parsed `/subscribe` argument list."""

    time: str = DEFAULT_TIME
    days: tuple[int, ...] = ()
    places: tuple[str, ...] = ()
    silent: bool = False
    only_changed: bool = False


def channel_of(args: str) -> str | None:
    """`@name` when the arguments start with a channel's username, else None."""
    head = args.split(maxsplit=1)[0] if args.strip() else ""
    match = _CHANNEL.match(head)
    return match.group(1) if match else None


def parse(service: CommandService, args: str) -> tuple[Wish | None, str]:
    """The wish, or (None, a reply saying what is wrong and what works)."""
    wish = Wish()
    days: set[int] = set()
    every_day = False
    places: list[Place] = []
    for token in (t for t in _SPLIT.split(args) if t):
        if _TIMEISH.match(token) or re.match(r"^\d", token):
            match = _TIME.match(token)
            if not match:
                return None, _problem(
                    f"时间“{esc(token[:10])}”不对，请写成 24 小时制的 HH:MM，例如 08:30 或 18:05。"
                )
            wish = replace(wish, time=f"{int(match.group(1)):02d}:{match.group(2)}")
        elif token in _DAY_WORDS:
            chosen = _DAY_WORDS[token]
            every_day = every_day or not chosen
            days.update(chosen)
        elif token in SILENT_WORDS:
            wish = replace(wish, silent=True)
        elif token in CHANGED_WORDS:
            wish = replace(wish, only_changed=True)
        elif token.startswith("@"):
            return None, _problem(
                f"频道 {esc(token[:33])} 只能在和机器人的私聊里订阅，并且要写在最前面：{esc(CHANNEL_USAGE)}"
            )
        else:
            answer = service.places.answer(token)
            if answer.place is None:
                return None, _problem(answer.problem)
            places.extend(
                service.gazetteer.get(n) or answer.place for n in service.places.scope(answer.place)
            )
    names = tuple(dict.fromkeys(p.name for p in places))
    return replace(wish, days=() if every_day or len(days) == 7 else tuple(sorted(days)), places=names), ""


def _problem(text: str) -> str:
    return f"{text}\n这次没有订阅任何内容，原有订阅不变。用法：{esc(USAGE)}"


# -- showing ---------------------------------------------------------------------------------------------------


def days_text(days: tuple[int, ...]) -> str:
    if not days:
        return "每天"
    if tuple(days) == WORKDAYS:
        return "工作日"
    if tuple(days) == (5, 6):
        return "周末"
    return "、".join(WEEKDAYS[d] for d in days)


def describe(sub: Subscription, tz_name: str) -> str:
    """One sentence a user reads: when, what, how."""
    scope = "、".join(sub.regions) if sub.regions else "所有地区"
    how = []
    if sub.silent:
        how.append("静音推送")
    if sub.only_changed:
        how.append("有新增或到期才发")
    extra = f"（{'，'.join(how)}）" if how else ""
    return f"{days_text(sub.days)} {sub.time}（{esc(tz_name)}）推送 {esc(scope)} 的进度摘要{extra}"


def show(service: CommandService, chat_id: int, title: str = "") -> Reply:
    """The chat's (or channel `title`'s) subscription and how to change it; changes nothing."""
    sub = service.state.subscription(chat_id)
    where = f"频道 {esc(title)} " if title else "这个聊天"
    if sub is None:
        now = f"{where}还没有订阅摘要。"
    else:
        now = f"{where}当前订阅：{describe(sub, service.settings.tz_name)}。"
    return Reply(
        pages=[
            f"{now}\n\n改订阅就发完整的设置（会替换当前的）：\n{esc(USAGE)}\n"
            "“静音”推送时不响铃；“有更新才发”只在有新增或到期内容时推送。\n"
            "频道：在私聊里发 /subscribe @频道用户名 …（你和机器人都要是频道管理员）。\n"
            "取消用 /unsubscribe，现在就看用 /digest。"
        ]
    )


# -- changing ----------------------------------------------------------------------------------------------------


def _store(
    service: CommandService, chat_id: int, chat_type: str, wish: Wish, title: str = ""
) -> Subscription:
    old = service.state.subscription(chat_id)
    sub = Subscription(
        chat_id=chat_id,
        time=wish.time,
        regions=wish.places,
        chat_type=chat_type,
        created=datetime.now(service.settings.tz).isoformat(timespec="seconds"),
        last_sent=old.last_sent if old else "",
        days=wish.days,
        silent=wish.silent,
        only_changed=wish.only_changed,
        # What counts as 新增 starts from what is in the store now, or from the chat's last digest.
        seen_docs=old.seen_docs if old and old.seen_docs else docs_of(service.store, _places(service, wish)),
        title=title,
    )
    service.state.subscribe(sub)
    return sub


def _places(service: CommandService, wish: Wish) -> list[str]:
    return list(wish.places) or [s.region for s in service.store.regions()]


def subscribe(service: CommandService, args: str, ctx: ChatContext) -> Reply:
    if not args.strip():
        return show(service, ctx.chat_id)
    if ctx.is_group and not ctx.is_admin:
        return Reply(pages=[REFUSED_MEMBER])
    if channel_of(args):
        return Reply(pages=[f"频道只能在和机器人的私聊里订阅：{esc(CHANNEL_USAGE)}"])
    wish, problem = parse(service, args)
    if wish is None:
        return Reply(pages=[problem])
    sub = _store(service, ctx.chat_id, ctx.chat_type, wish)
    return Reply(
        pages=[
            f"好的：{describe(sub, service.settings.tz_name)}，发到这里。取消用 /unsubscribe，现在就看用 /digest。"
        ]
    )


def subscribe_channel(service: CommandService, args: str, channel_id: int, title: str) -> Reply:
    """`args` without the leading @channel; the caller has checked who administers the channel."""
    wish, problem = parse(service, args)
    if wish is None:
        return Reply(pages=[problem])
    sub = _store(service, channel_id, "channel", wish, title)
    return Reply(
        pages=[
            f"好的：{describe(sub, service.settings.tz_name)}，发到频道 {esc(title)}。取消用 /unsubscribe {esc(title)}。"
        ]
    )


def unsubscribe(service: CommandService, ctx: ChatContext) -> Reply:
    if ctx.is_group and not ctx.is_admin:
        return Reply(pages=[REFUSED_MEMBER])
    return unsubscribe_chat(service, ctx.chat_id)


def unsubscribe_chat(service: CommandService, chat_id: int, title: str = "") -> Reply:
    existed = service.state.unsubscribe(chat_id)
    where = f"频道 {esc(title)} " if title else "这个聊天"
    if existed:
        return Reply(pages=[f"已取消{where}的摘要。" if title else "已取消每日摘要。"])
    return Reply(pages=[f"{where}没有订阅摘要。订阅用 /subscribe。"])


def digest_for(service: CommandService, sub: Subscription, now: datetime) -> Reply:
    """The digest a subscribed chat gets (its places, what is new since its last digest), in its script."""
    from bot.commands import ChatContext

    reply = compose_digest(
        service.store,
        list(sub.regions),
        now,
        chart_script=service.chat_script(sub.chat_id),
        chart=service.draw_charts,
        seen_docs=sub.seen_docs,
    )
    return service._localize(reply, ChatContext(chat_id=sub.chat_id, chat_type=sub.chat_type))
