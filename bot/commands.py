"""Plain functions from (message text, chat context) to a reply. No Telegram objects in here:
`policybot ask` and the bot's handlers are two doors to this one logic."""

from __future__ import annotations

import re
import secrets
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, cached_property
from pathlib import Path

from bot import render, subscriptions
from bot.config import Settings
from bot.digest import compose_digest
from bot.ingest.normalize import to_simplified
from bot.ingest.places import Gazetteer, Place
from bot.queries import indicator_across, progress_of, search, targets_of
from bot.render import Reply, esc
from bot.state import BotState, Subscription
from bot.store import PolicyStore

MAX_ARGUMENT = 100  # characters of a command's arguments
MAX_PLACE = 20
MAX_SEARCH_RESULTS = 200
INLINE_LIMIT = 50
DEFAULT_DIGEST_TIME = "08:30"
PAGE_CACHE_SIZE = 2000  # paged answers kept for their buttons, at most this many
PAGE_CACHE_CHARS = 8_000_000  # and at most this much text
MAX_LISTED = 300  # records one answer lists; a narrower question gets the rest
HELP_PLACES = 40  # /help names places one by one up to this many, else counts them per city

_COMMAND = re.compile(r"^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\s+|$)(.*)$", re.S)
_SOURCE_SHORTCUT = re.compile(r"^source_([0-9a-f]+)$")
_TIMEISH = re.compile(r"^\d{1,2}\s*[:：.点时]\s*\d{0,2}分?$|^\d{1,2}[:：]?$")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：.]([0-5]\d)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SCRIPT_WORDS = {
    "简": render.SIMPLIFIED, "简体": render.SIMPLIFIED, "s": render.SIMPLIFIED, "simplified": render.SIMPLIFIED,
    "繁": render.TRADITIONAL, "繁体": render.TRADITIONAL, "t": render.TRADITIONAL, "traditional": render.TRADITIONAL,
}  # fmt: skip

ADMIN_COMMANDS = frozenset({"subscribe", "unsubscribe"})

USAGE = {
    "targets": "/targets 地区 [关键词]   例: /targets 海安  或  /targets 启东 收入",
    "progress": "/progress 地区   例: /progress 启东",
    "indicator": "/indicator 关键词   例: /indicator 高企",
    "search": "/search 文本   例: /search 科创项目",
    "source": "/source 编号   (每条结果后的 /source_… 可直接点)",
    "subscribe": subscriptions.USAGE,
    "script": "/script 简 或 /script 繁",
}


@dataclass(frozen=True)
class ChatContext:
    chat_id: int
    chat_type: str = "private"  # private | group | supergroup | channel
    user_id: int | None = None
    is_admin: bool = True  # may change this chat's settings (always true in a private chat)
    bot_username: str = ""

    @property
    def is_group(self) -> bool:
        return self.chat_type in ("group", "supergroup")

    @classmethod
    def offline(cls, chat_type: str = "private") -> ChatContext:
        return cls(chat_id=0, chat_type=chat_type, user_id=0, is_admin=True, bot_username="policybot")


@dataclass(frozen=True)
class InlineItem:
    id: str
    title: str
    description: str
    html: str


@dataclass(frozen=True)
class PlaceAnswer:
    place: Place | None
    problem: str = ""  # a reply for the user when no place with data was found


class CommandService:
    """The bot's answers. One instance per process; the store is read-only, the state file is the bot's."""

    def __init__(self, store: PolicyStore, state: BotState, gazetteer: Gazetteer, settings: Settings) -> None:
        self.store = store
        self.state = state
        self.gazetteer = gazetteer
        self.settings = settings
        self.script_override: str | None = None
        self.draw_charts = True  # the command line prints text only
        # Called with a chat id after its subscription changed, so the scheduler can follow.
        self.on_subscription_change: Callable[[int], None] | None = None
        self._pages: OrderedDict[str, tuple[int, list[str]]] = OrderedDict()  # key -> (chat id, pages)
        self._pages_chars = 0
        self._regions = {s.region for s in store.regions()}

    @classmethod
    def from_settings(
        cls, settings: Settings, *, script_override: str | None = None, state_path: Path | None = None
    ) -> CommandService:
        service = cls(
            PolicyStore.load(settings.store_path),
            BotState(state_path or settings.state_path),
            Gazetteer.default(),
            settings,
        )
        service.script_override = script_override
        return service

    # -- entry points -----------------------------------------------------------------------------------

    def handle(self, text: str, ctx: ChatContext) -> Reply | None:
        """The reply to one message, or None when the bot should stay quiet (a group message not for it)."""
        text = _clean_argument(text)
        match = _COMMAND.match(text)
        if match:
            name, addressee, args = match.group(1).lower(), match.group(2), match.group(3)
            if addressee and ctx.bot_username and addressee.lower() != ctx.bot_username.lower():
                return None  # `/cmd@otherbot` in a group full of bots
            return self._localize(self._command(name, args, ctx), ctx)
        if ctx.is_group:
            if not mentions_bot(text, ctx.bot_username):
                return None
            text = _mention(ctx.bot_username).sub(" ", text).strip()
            if _COMMAND.match(text):  # `@bot /targets 海安`; other text after a mention is a search
                return self.handle(text, ctx)
        if not text:
            return self._localize(self.help(), ctx)
        return self._localize(self.search(text), ctx)

    def needs_admin(self, text: str, ctx: ChatContext) -> bool:
        """Whether answering this message in a group needs the sender to be one of its administrators:
        a command that changes the group's settings, also as `@bot /subscribe …`."""
        if not ctx.is_group:
            return False
        text = _clean_argument(text)
        if ctx.bot_username:
            text = _mention(ctx.bot_username).sub(" ", text).strip()
        match = _COMMAND.match(text)
        return bool(match and match.group(1).lower() in ADMIN_COMMANDS | {"script"})

    def page(self, key: str, number: int, chat_id: int) -> Reply | None:
        """Page `number` of an earlier paged answer in the same chat (None when it has expired)."""
        entry = self._pages.get(key)
        if entry is None or entry[0] != chat_id or not 0 <= number < len(entry[1]):
            return None
        return Reply(pages=entry[1], page=number, paging_key=key)

    def inline(self, query: str, script: str = render.SIMPLIFIED) -> list[InlineItem]:
        """Records matching an inline query (`@bot 海安 GDP`), at most Telegram's 50."""
        query = _clean_argument(query)[:MAX_ARGUMENT]
        if not query:
            return []
        place, keyword = self._split_place(query)
        if place is not None:
            records = targets_of(self.store, place.name, keyword) + [
                p.actual for p in progress_of(self.store, place.name) if _has(p.actual.indicator, keyword)
            ]
        else:
            records = search(self.store, query, limit=INLINE_LIMIT)
        items = []
        for record in records[:INLINE_LIMIT]:
            title = f"{record.region} · {record.indicator}"
            description = f"{render.figure(record)} {render.when(record)}".strip()
            body = (
                f"{render.record_line(record, show_region=True, show_kind=True)}\n<i>{esc(record.text)}</i>"
            )
            items.append(
                InlineItem(
                    record.id,
                    render.in_script(title, script),
                    render.in_script(description, script),
                    render.in_script(body, script),
                )
            )
        return items

    # -- commands ---------------------------------------------------------------------------------------

    def _command(self, name: str, args: str, ctx: ChatContext) -> Reply:
        args = _clean_argument(args)
        shortcut = _SOURCE_SHORTCUT.match(name)
        if shortcut:
            return self.source(shortcut.group(1))
        if len(args) > MAX_ARGUMENT:
            return _short(f"参数太长了（最多 {MAX_ARGUMENT} 个字）。用法：{esc(USAGE.get(name, '/help'))}")
        handlers: dict[str, Callable[[], Reply]] = {
            "start": self.help,
            "help": self.help,
            "regions": self.regions,
            "targets": lambda: self.targets(args),
            "progress": lambda: self.progress(args),
            "indicator": lambda: self.indicator(args),
            "search": lambda: self.search(args) if args else _usage("search"),
            "source": lambda: self.source(args),
            "subscribe": lambda: self.subscribe(args, ctx),
            "unsubscribe": lambda: self.unsubscribe(ctx),
            "digest": lambda: self.digest(ctx),
            "script": lambda: self.set_script(args, ctx),
        }
        handler = handlers.get(name)
        if handler is None:
            return _short(f"不认识的命令 /{esc(name)}。发送 /help 看看能问什么。")
        return handler()

    def help(self) -> Reply:
        return Reply(pages=self._help_pages)

    @cached_property
    def _help_pages(self) -> list[str]:
        """The help text, made once: the store does not change while the bot runs."""
        regions = self.store.regions()
        docs = sorted(self.store.documents.values(), key=lambda d: d.get("date", ""))
        cities: dict[str, list[str]] = {}
        for summary in regions:
            cities.setdefault(summary.city or summary.region, []).append(_short_name(summary.region))
        if len(regions) <= HELP_PLACES:
            place_lines = [f"• {esc(city)}：{esc('、'.join(names))}" for city, names in cities.items()]
        else:
            busiest = sorted(cities.items(), key=lambda item: -len(item[1]))[:10]
            place_lines = [f"• {esc(city)}：{len(names)} 个" for city, names in busiest] + [
                "全部地区见 /regions"
            ]
        doc_lines = [
            f"• {esc(d.get('date') or '日期不详')} {esc(d.get('title', d['id']))}" for d in docs[-10:]
        ]
        if len(docs) > 10:
            doc_lines.insert(0, f"（最近 10 份，共 {len(docs)} 份）")
        years = sorted({r.period[:4] for r in self.store.records if r.period[:4].isdigit()})
        span = f"{years[0]}–{years[-1]} 年" if years else "未注明"
        text = "\n".join(
            [
                "<b>policybot</b> 查询县（市、区）发展目标和完成情况。",
                f"\n<b>收录 {len(self.store.records)} 条指标</b>（时期 {span}），{len(regions)} 个地区：",
                *place_lines,
                f"\n<b>来源文件</b>（{len(docs)} 份）：",
                *doc_lines,
                "\n<b>怎么问</b>",
                "/targets 海安 — 海安市的目标（可加关键词：/targets 海安 GDP）",
                "/progress 启东 — 启东市已完成的数字和完成进度",
                "/indicator 高企 — 一个指标在各地的比较",
                "/search 科创项目 — 全文搜索",
                "/regions — 所有地区及指标数",
                "/source_编号 — 一条记录的原文和出处",
                "/subscribe 08:30 海安 — 每天推送进度摘要；/unsubscribe 取消；/digest 立即查看",
                "/script 繁 — 用繁体回复（/script 简 改回简体）",
                "\n地名可写简称或全称、简体或繁体（海安、海安市、海安市）。",
                "私聊里直接发文字就是搜索。群里请用命令（如 /targets@机器人名）或 @机器人 提问："
                "隐私模式下机器人只看得到命令和提到它的消息。群里只有管理员能订阅或取消订阅。",
                "在任何聊天里输入 @机器人名 海安 GDP 可以直接引用结果。",
            ]
        )
        return render.paginate([text])

    def regions(self) -> Reply:
        regions = self.store.regions()
        if not regions:
            return _short("库里还没有任何地区。")
        blocks: list[str] = []
        by_city: dict[str, list[str]] = {}
        for s in regions:
            line = f"• {esc(s.region)}：目标 {s.targets} 项，完成数 {s.actuals} 项"
            by_city.setdefault(s.city or s.region, []).append(line)
        for city, lines in by_city.items():
            blocks.append(f"<b>{esc(city)}</b>\n" + "\n".join(lines))
        return Reply(pages=render.paginate([f"<b>{len(regions)} 个地区</b>", *blocks]))

    def targets(self, args: str) -> Reply:
        if not args:
            return _usage("targets")
        place, keyword = self._split_place(args)
        answer = self._place_answer(args if place is None else place.name, place)
        if answer.place is None:
            return _short(answer.problem)
        names = self._scope(answer.place)
        blocks = [
            f"<b>{esc(answer.place.name)}的目标</b>" + (f"（关键词：{esc(keyword)}）" if keyword else "")
        ]
        found = 0
        for name in names:
            records = targets_of(self.store, name, keyword)
            found += len(records)
            blocks.extend(_grouped_by_period(records, header=name if len(names) > 1 else ""))
        if not found:
            hint = f"没有含“{esc(keyword)}”的目标。" if keyword else "文件里没有找到目标。"
            return _short(
                f"{esc(answer.place.name)}：{hint}试试 /progress {esc(_short_name(answer.place.name))}"
            )
        return self._paged(blocks)

    def progress(self, args: str) -> Reply:
        if not args:
            return _usage("progress")
        answer = self._place_answer(args)
        if answer.place is None:
            return _short(answer.problem)
        blocks = [f"<b>{esc(answer.place.name)}的完成情况</b>"]
        found = 0
        for name in self._scope(answer.place):
            items = progress_of(self.store, name)
            found += len(items)
            if items:
                blocks.append(_progress_block(name, items))
        if not found:
            return _short(
                f"{esc(answer.place.name)}：文件里没有已完成的数字。"
                f"看看目标：/targets {esc(_short_name(answer.place.name))}"
            )
        return self._paged(blocks)

    def indicator(self, args: str) -> Reply:
        if not args:
            return _usage("indicator")
        by_region = indicator_across(self.store, args)
        if not by_region:
            return _short(f"没有叫“{esc(args)}”的指标。试试 /search {esc(args)}")
        total = sum(map(len, by_region.values()))
        blocks = [f"<b>{esc(args)}</b>：{len(by_region)} 个地区，{total} 条"]
        listed = 0
        for region, records in by_region.items():
            if listed >= MAX_LISTED:
                blocks.append(f"（只列出前 {listed} 条。加上地名缩小范围：/targets 地区 {esc(args)}）")
                break
            shown = records[: MAX_LISTED - listed]
            listed += len(shown)
            lines = [render.record_line(r, show_kind=True) for r in shown]
            blocks.append(f"<b>{esc(region)}</b>\n" + "\n".join(lines))
        return self._paged(blocks)

    def search(self, text: str) -> Reply:
        text = _clean_argument(text)[:MAX_ARGUMENT]
        if not text:
            return _usage("search")
        records = search(self.store, text, limit=MAX_SEARCH_RESULTS)
        if not records:
            return _short(f"没有找到“{esc(text)}”。换个说法，或看看 /regions 和 /help。")
        lines = [
            f"{render.record_line(r, show_region=True, show_kind=True)}\n   <i>{esc(r.text)}</i>"
            for r in records
        ]
        more = f"（只列出前 {MAX_SEARCH_RESULTS} 条）" if len(records) >= MAX_SEARCH_RESULTS else ""
        return self._paged([f"<b>“{esc(text)}”</b>：{len(records)} 条{more}", *lines])

    def source(self, args: str) -> Reply:
        record_id = args.strip().lower()
        if not record_id:
            return _usage("source")
        record = self.store.get(record_id)
        if record is None:
            return _short(f"没有编号为 {esc(record_id[:20])} 的记录。编号在每条结果后面（/source_…）。")
        doc = self.store.documents.get(record.doc, {})
        kind = "目标" if record.kind == "target" else "已完成"
        lines = [
            f"<b>{esc(record.region)} · {esc(record.indicator)}</b>",
            f"{kind}：<b>{esc(render.figure(record))}</b>",
            f"时期：{esc(record.period or '未说明')}"
            + (f"；期限：{esc(record.deadline)}" if record.deadline else ""),
            f"\n原文：<blockquote>{esc(record.text)}</blockquote>",
            f"出处：{esc(doc.get('title') or record.doc)}（{esc(doc.get('date') or '日期不详')}）",
            f"文件 {esc(record.doc)}，第 {record.start}–{record.end} 字",
        ]
        if doc.get("source"):
            lines.append(f"来源：{esc(doc['source'])}")
        return Reply(pages=["\n".join(lines)])

    def subscribe(self, args: str, ctx: ChatContext) -> Reply:
        return subscriptions.subscribe(self, args, ctx)

    def unsubscribe(self, ctx: ChatContext) -> Reply:
        return subscriptions.unsubscribe(self, ctx)

    def digest(self, ctx: ChatContext) -> Reply:
        sub = self.state.subscription(ctx.chat_id)
        regions = list(sub.regions) if sub else []
        now = datetime.now(self.settings.tz)
        return compose_digest(
            self.store, regions, now, chart_script=self.chat_script(ctx.chat_id), chart=self.draw_charts
        )

    def set_script(self, args: str, ctx: ChatContext) -> Reply:
        script = _SCRIPT_WORDS.get(args.strip().lower())
        if script is None:
            return _usage("script")
        if ctx.chat_id:
            self.state.set_script(ctx.chat_id, script)
        return _short("好的，以后用简体回复。" if script == render.SIMPLIFIED else "好的，以后用繁体回复。")

    # -- helpers ----------------------------------------------------------------------------------------

    def _localize(self, reply: Reply, ctx: ChatContext) -> Reply:
        script = self.script_override or (
            self.state.script(ctx.chat_id) if ctx.chat_id else render.SIMPLIFIED
        )
        if script == render.SIMPLIFIED:
            return reply
        pages = [render.in_script(p, script) for p in reply.pages]
        if reply.paging_key in self._pages:
            self._remember_pages(reply.paging_key, self._pages[reply.paging_key][0], pages)
        return replace(reply, pages=pages, photo_caption=render.in_script(reply.photo_caption, script))

    def chat_script(self, chat_id: int) -> str:
        return self.script_override or self.state.script(chat_id)

    def _paged(self, blocks: list[str]) -> Reply:
        pages = render.paginate(blocks)
        if len(pages) == 1:
            return Reply(pages=pages)
        key = secrets.token_hex(6)  # one key per answer: the same answer in two chats pages separately
        self._remember_pages(key, 0, pages)
        return Reply(pages=pages, paging_key=key)

    def _remember_pages(self, key: str, chat_id: int, pages: list[str]) -> None:
        old = self._pages.pop(key, None)
        if old is not None:
            self._pages_chars -= sum(map(len, old[1]))
        self._pages[key] = (chat_id, pages)
        self._pages_chars += sum(map(len, pages))
        while len(self._pages) > 1 and (
            len(self._pages) > PAGE_CACHE_SIZE or self._pages_chars > PAGE_CACHE_CHARS
        ):
            _, (_, dropped) = self._pages.popitem(last=False)
            self._pages_chars -= sum(map(len, dropped))

    def bind_pages(self, key: str, chat_id: int) -> None:
        """Tie a paged answer to the chat it was sent to: other chats cannot page through it."""
        if key in self._pages:
            self._remember_pages(key, chat_id, self._pages[key][1])

    def _split_place(self, args: str) -> tuple[Place | None, str]:
        """`海安 GDP` or `海安GDP` → (海安市, `GDP`); (None, args) when no place leads the text."""
        head, _, rest = args.partition(" ")
        place = self._resolve(head)
        if place is not None:
            return place, rest.strip()
        for cut in range(min(len(args), 8), 1, -1):
            place = self._resolve(args[:cut])
            if place is not None:
                return place, args[cut:].strip()
        return None, args

    def _resolve(self, name: str) -> Place | None:
        if not name or len(name) > MAX_PLACE:
            return None
        candidates = self.gazetteer.lookup(name)
        with_data = [p for p in candidates if p.name in self._regions or self.gazetteer.counties_of(p.name)]
        preferred = [p for p in with_data if p.name in self._regions or self._scope(p) != [p.name]]
        return (preferred or with_data or candidates or [None])[0]

    def _place_answer(self, name: str, place: Place | None = None) -> PlaceAnswer:
        name = name.strip()
        if len(name) > MAX_PLACE:
            return PlaceAnswer(None, f"地名太长了（最多 {MAX_PLACE} 个字）。例：/targets 海安")
        place = place or self._resolve(name)
        if place is None:
            return PlaceAnswer(None, f"不认识“{esc(name)}”这个地方。{self._suggestions(name)}")
        if not any(r in self._regions for r in self._scope(place)):
            namesakes = self.gazetteer.lookup(name)
            if len(namesakes) > 1:  # `鼓楼`: several places answer to the name, none with documents
                listed = "、".join(f"{p.city or p.province}{p.name}" for p in namesakes[:6])
                return PlaceAnswer(
                    None, f"“{esc(name)}”可指 {esc(listed)}，都还没有文件。{self._suggestions(name)}"
                )
            return PlaceAnswer(None, f"还没有关于{esc(place.name)}的文件。{self._suggestions(name)}")
        return PlaceAnswer(place)

    def _scope(self, place: Place) -> list[str]:
        """The regions an answer about `place` covers: a city answers for itself and its counties."""
        if place.level != "city":
            return [place.name]
        counties = [p.name for p in self.gazetteer.counties_of(place.name) if p.name in self._regions]
        return [place.name, *counties] if place.name in self._regions or counties else [place.name]

    def _suggestions(self, name: str) -> str:
        near = [p.name for p in self.gazetteer.suggest(name, limit=20) if p.name in self._regions][:5]
        if not near:
            near = sorted(self._regions)[:8]
        return f"有数据的地区有：{esc('、'.join(near))}。全部地区见 /regions"

    def _subscription_args(self, args: str) -> tuple[subscriptions.Wish | None, str]:
        return subscriptions.parse(self, args)

    def subscription_digest(self, sub: Subscription, now: datetime) -> Reply:
        """The digest a subscribed chat gets, in its script (used by the scheduler)."""
        return subscriptions.digest_for(self, sub, now)


@cache
def _mention(bot_username: str) -> re.Pattern[str]:
    return re.compile(rf"@{re.escape(bot_username)}(?!\w)", re.I)


def mentions_bot(text: str, bot_username: str) -> bool:
    """Whether the text mentions this bot (`@policybot`, not `@policybot_fan`)."""
    return bool(bot_username) and _mention(bot_username).search(text) is not None


def _clean_argument(text: str) -> str:
    return re.sub(r"\s+", " ", to_simplified(_CONTROL.sub("", text or ""))).strip()


def _short(text: str) -> Reply:
    return Reply(pages=[text])


def _usage(name: str) -> Reply:
    return _short(f"用法：{esc(USAGE[name])}")


def _has(text: str, keyword: str) -> bool:
    return not keyword or keyword.lower() in text.lower()


def _short_name(region: str) -> str:
    return region[:-1] if len(region) > 2 and region[-1] in "市县区旗" else region


def _grouped_by_period(records: list, header: str = "") -> list[str]:
    blocks: list[str] = []
    groups: dict[str, list[str]] = {}
    for record in records:
        groups.setdefault(record.period or "时期未说明", []).append(render.record_line(record))
    for period, lines in groups.items():
        title = f"<b>{esc(header)} · {esc(period)}</b>" if header else f"<b>{esc(period)}</b>"
        blocks.append(title + "\n" + "\n".join(lines))
    return blocks


def _progress_block(region: str, items: list) -> str:
    lines = [f"<b>{esc(region)}</b>"]
    for item in items:
        line = render.record_line(item.actual)
        if item.target is not None:
            line += f"\n   目标 {esc(render.figure(item.target))}（{esc(render.when(item.target))}）"
            if item.ratio is not None:
                line += f"  {render.progress_bar(item.ratio)}"
        lines.append(line)
    return "\n".join(lines)
