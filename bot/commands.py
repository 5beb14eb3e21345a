"""Plain functions from (message text, chat context) to a reply. No Telegram objects in here:
`policybot ask` and the bot's handlers are two doors to this one logic."""

from __future__ import annotations

import re
import secrets
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, cached_property
from pathlib import Path

from bot import render, subscriptions
from bot.answers import (
    Answer,
    answer_across,
    answer_place,
    answer_places,
    canonical_index,
    indicator_score,
    place_records,
    progress_line,
    ranked,
    records_for,
)
from bot.config import Settings
from bot.digest import compose_digest
from bot.ingest.normalize import to_simplified
from bot.ingest.places import Gazetteer
from bot.ingest.record import Record
from bot.place_finder import PlaceFinder
from bot.queries import (
    Progress,
    canonical,
    latest_year,
    listing_key,
    progress_of,
    search,
    subject,
    targets_of,
    topic,
)
from bot.question import COMPARE, Question
from bot.render import Reply, esc
from bot.state import BotState, Subscription
from bot.store import PolicyStore

MAX_ARGUMENT = 100  # characters of a command's arguments
MAX_PLACES_ASKED = 6  # places one question answers one by one; more are compared through the index
MAX_SEARCH_RESULTS = 200
INLINE_LIMIT = 50
PAGE_CACHE_SIZE = 2000  # paged answers kept for their buttons, at most this many
PAGE_CACHE_CHARS = 8_000_000  # and at most this much text
MAX_LISTED = 300  # records one answer lists; a narrower question gets the rest
HELP_PLACES = 40  # /help names places one by one up to this many, else counts them per city

_COMMAND = re.compile(r"^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\s+|$)(.*)$", re.S)
_SOURCE_SHORTCUT = re.compile(r"^source_([0-9a-f]+)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SCRIPT_WORDS = {
    "简": render.SIMPLIFIED, "简体": render.SIMPLIFIED, "s": render.SIMPLIFIED, "simplified": render.SIMPLIFIED,
    "繁": render.TRADITIONAL, "繁体": render.TRADITIONAL, "t": render.TRADITIONAL, "traditional": render.TRADITIONAL,
}  # fmt: skip

ADMIN_COMMANDS = frozenset({"subscribe", "unsubscribe"})

USAGE = {
    "targets": "/targets 地区 [关键词]   例: /targets 海安  或  /targets 启东 收入",
    "progress": "/progress 地区 [关键词]   例: /progress 启东  或  /progress 启东 一般公共预算收入",
    "indicator": "/indicator 关键词 [地区 ...]   例: /indicator 高企  或  /indicator GDP 海安",
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


class CommandService:
    """The bot's answers. One instance per process; the store is read-only, the state file is the bot's."""

    def __init__(self, store: PolicyStore, state: BotState, gazetteer: Gazetteer, settings: Settings) -> None:
        self.store = store
        self.state = state
        self.gazetteer = gazetteer
        self.settings = settings
        self.script_override: str | None = None
        self.draw_charts = True  # the command line prints text only
        self._pages: OrderedDict[str, tuple[int, list[str]]] = OrderedDict()  # key -> (chat id, pages)
        self._pages_chars = 0
        self.places = PlaceFinder(store, gazetteer)
        self.reader = self.places.reader
        canonical_index(store)  # once, at start: questions about an indicator never scan the table

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
            if _COMMAND.match(text):  # `@bot /targets 海安`; other text after a mention is a question
                return self.handle(text, ctx)
        if not text:
            return self._localize(self.help(), ctx)
        return self._localize(self.ask(text), ctx)

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
        """Records answering an inline query (`@bot 海安 GDP`, `@bot 海安今年GDP目标`), best first, at most
        Telegram's 50."""
        query = _clean_argument(query)[:MAX_ARGUMENT]
        if not query:
            return []
        q = self.reader.read(query)
        records = self._question_records(q)
        if not records and not q.places:  # a place without figures gets no one else's
            records = search(self.store, query, limit=INLINE_LIMIT)
        items = []
        for record in records[:INLINE_LIMIT]:
            title = f"{record.region} · {record.indicator}"
            description = (
                f"{render.KIND_WORDS.get(record.kind, '')} {render.figure(record)} {render.when(record)}"
            )
            body = f"{render.lead_line(record)}\n<i>{esc(record.text)}</i>"
            items.append(
                InlineItem(
                    record.id,
                    render.in_script(title, script),
                    render.in_script(description.strip(), script),
                    render.in_script(body, script),
                )
            )
        return items

    def _question_records(self, q: Question) -> list[Record]:
        """The records a question's answer lists, best first (for inline answers)."""
        regions = [
            name
            for p in q.places
            if self.places.has_data(p) or self.places.scope(p) != [p.name]
            for name in self.places.scope(p)
        ]
        if q.places:
            out: list[Record] = []
            for region in regions:
                records = place_records(self.store, region, q)
                latest = latest_year(records)
                out.extend(r for _, r in ranked(records, q, q.time.span(latest) if q.time else None))
            return out
        if q.families:
            return sorted(records_for(self.store, q), key=lambda r: listing_key(r))[:INLINE_LIMIT]
        return []

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
            cities.setdefault(summary.city or summary.region, []).append(render.short_place(summary.region))
        if len(regions) <= HELP_PLACES:
            place_lines = [f"• {esc(city)}：{esc('、'.join(names))}" for city, names in cities.items()]
        else:
            busiest = sorted(cities.items(), key=lambda item: -len(item[1]))[:10]
            place_lines = [f"• {esc(city)}：{len(names)} 个" for city, names in busiest] + [
                "全部地区见 /regions"
            ]
        doc_lines = [
            f"• {esc(d.get('date') or '日期不详')} 《{esc(render.doc_title(d))}》" for d in docs[-10:]
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
                "/progress 启东 — 启东市已完成的数字和完成进度（可加关键词：/progress 启东 财政收入）",
                "/indicator GDP 海安 — 一个指标的历年数字；不写地区就是各地比较",
                "/indicator 高企 — 一个指标在各地同一时期的比较",
                "/search 科创项目 — 全文搜索",
                "/regions — 所有地区及指标数",
                "/source_编号 — 一条记录的原文和出处",
                "/subscribe 08:30 海安 — 每天推送进度摘要；/unsubscribe 取消；/digest 立即查看",
                "/script 繁 — 用繁体回复（/script 简 改回简体）",
                "\n地名可写简称或全称、简体或繁体（海安、海安市、海安市）。",
                "私聊里直接发问题就行，例如：海安今年GDP目标是多少、启东上半年财政收入完成多少。群里请用命令（如 /targets@机器人名）或 @机器人 提问："
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
        place, keyword = self.places.split(args)
        answer = self.places.answer(args if place is None else place.name, place)
        if answer.place is None:
            return _short(answer.problem)
        names = self.places.scope(answer.place)
        blocks = [
            f"<b>{esc(answer.place.name)}的目标</b>" + (f"（关键词：{esc(keyword)}）" if keyword else "")
        ]
        found = 0
        wanted = self.reader.read(keyword) if keyword else None
        aside: list[Record] = []  # figures about a company, project or park: shown when asked for
        for name in names:
            records = targets_of(self.store, name)
            if wanted is not None:
                records = [
                    r for r in records if indicator_score(r, wanted, loose=False) >= 2 or _matches(r, keyword)
                ]
            if wanted is None:
                aside.extend(r for r in records if subject(r))
                records = [r for r in records if not subject(r)]
            found += len(records)
            blocks.extend(_grouped_by_period(records, header=name if len(names) > 1 else ""))
        if aside:
            blocks.append(_aside_note(answer.place.name, aside, "targets"))
        if not found:
            hint = f"没有含“{esc(keyword)}”的目标。" if keyword else "文件里没有找到目标。"
            return _short(
                f"{esc(answer.place.name)}：{hint}试试 /progress {esc(render.short_place(answer.place.name))}"
            )
        return self._paged(blocks)

    def progress(self, args: str) -> Reply:
        if not args:
            return _usage("progress")
        place, keyword = self.places.split(args)
        answer = self.places.answer(args if place is None else place.name, place)
        if answer.place is None:
            return _short(answer.problem)
        wanted = self.reader.read(keyword) if keyword else None
        title = f"<b>{esc(answer.place.name)}的完成情况</b>" + (
            f"（关键词：{esc(keyword)}）" if keyword else ""
        )
        blocks = [title]
        found = 0
        scope = self.places.scope(answer.place)
        best = None
        aside: list[Record] = []  # figures about a company, project or park: shown when asked for
        for name in scope:
            items = progress_of(self.store, name, with_subjects=wanted is not None, implied=True)
            if wanted is not None:
                scored = [(indicator_score(i.actual, wanted, loose=False), i) for i in items]
                items = [i for score, i in scored if score >= 2 or _matches(i.actual, keyword)]
                top = min(scored, key=lambda pair: (-pair[0], listing_key(pair[1].actual)), default=None)
                if top and top[0] >= 3 and (best is None or top[0] > best[0]):
                    best = top
            found += len(items)
            if items:
                blocks.extend(_progress_blocks(name, items, len(scope) > 1))
            if wanted is None:
                aside.extend(r for r in self.store.by_region(name, kind="actual") if subject(r))
        if aside:
            blocks.append(_aside_note(answer.place.name, aside, "progress"))
        if best is not None:  # asked about one indicator: its figure and target lead
            lead = render.lead_line(best[1].actual)
            if best[1].target is not None:
                lead += "\n" + progress_line(best[1])
            blocks.insert(0, lead)
        if not found:
            short = esc(render.short_place(answer.place.name))
            if keyword:
                return _short(
                    f"{esc(answer.place.name)}：没有“{esc(keyword)}”的完成数。"
                    f"看看它的目标：/targets {short} {esc(keyword)}，或全部完成数：/progress {short}"
                )
            return _short(f"{esc(answer.place.name)}：文件里没有已完成的数字。看看目标：/targets {short}")
        return self._paged(blocks)

    def indicator(self, args: str) -> Reply:
        if not args:
            return _usage("indicator")
        q = self.reader.read(args)
        regions = None
        if q.places:
            for place in q.places:
                problem = self.places.answer(place.name, place)
                if problem.place is None:
                    return _short(problem.problem)
            regions = [name for p in q.places for name in self.places.scope(p)]
        if not q.has_indicator:
            return _short(f"请写上指标名。用法：{esc(USAGE['indicator'])}")
        answer = answer_across(self.store, q, regions)
        if not answer.found:
            where = f"{'、'.join(p.name for p in q.places)}" if q.places else "库里"
            return _short(
                f"{esc(where)}没有“{esc(q.keyword)}”这项指标的数字。库里常见的指标有：{esc('、'.join(self._common_names[:10]))}。"
                f"也可以全文搜索：/search {esc(q.keyword)}"
            )
        return self._answer_reply(answer)

    def ask(self, text: str) -> Reply:
        """A question in plain words (`海安今年GDP目标是多少`): the figure first."""
        text = _clean_argument(text)[:MAX_ARGUMENT]
        if not text:
            return _usage("search")
        q = self.reader.read(text)
        if q.places:
            return self._ask_places(q)
        if q.families:
            answer = answer_across(self.store, q)
            if answer.found:
                return self._answer_reply(answer)
        if q.keywords and q.intent == COMPARE:
            answer = answer_across(self.store, q)
            if answer.found:
                return self._answer_reply(answer)
        words = q.keyword or text
        if search(self.store, words, limit=1):
            return self.search(words)
        return _short(
            f"没有找到和“{esc(text)}”有关的数字。可以这样问：海安今年GDP目标是多少、启东上半年财政收入完成多少。"
            f"库里的地区：{esc('、'.join(sorted(self.places.regions)[:10]))}（/regions）；"
            f"常见指标：{esc('、'.join(self._common_names[:8]))}。"
        )

    def _ask_places(self, q: Question) -> Reply:
        regions: list[str] = []
        for place in q.places:
            answer = self.places.answer(place.name, place)
            if answer.place is None:
                return _short(answer.problem)
            regions.extend(self.places.scope(answer.place))
        if len(regions) == 1:
            return self._answer_reply(answer_place(self.store, regions[0], q))
        if q.has_indicator and (len(q.places) == 1 or len(regions) > MAX_PLACES_ASKED):
            # A city (it and its counties side by side), or several places with cities among them.
            answer = answer_across(self.store, q, regions)
            if answer.found or len(regions) > MAX_PLACES_ASKED:
                return (
                    self._answer_reply(answer)
                    if answer.found
                    else _short(f"{esc('、'.join(p.name for p in q.places))}都没有“{esc(q.keyword)}”的数字。")
                )
        with_data = [r for r in regions if r in self.places.regions][:MAX_PLACES_ASKED]
        return self._answer_reply(answer_places(self.store, with_data, q))

    def _answer_reply(self, answer: Answer) -> Reply:
        """The figure on the first page; the rest on pages behind a button."""
        first = "\n".join(answer.first)
        if not answer.rest or not answer.own_page:
            return self._paged([first, *answer.rest])
        rest = render.paginate(answer.rest)
        pages = [first, *rest]
        pages = [f"{_strip_counter(p)}\n\n<i>{i}/{len(pages)}</i>" for i, p in enumerate(pages, 1)]
        key = secrets.token_hex(6)
        self._remember_pages(key, 0, pages)
        return Reply(pages=pages, paging_key=key)

    @cached_property
    def _common_names(self) -> list[str]:
        """The canonical indicators the store has most often (computed once)."""
        counts = Counter(name for r in self.store.records if (name := canonical(r)))
        return [name for name, _ in counts.most_common(20)]

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
            f"出处：《{esc(render.doc_title(doc) if doc else record.doc)}》（{esc(doc.get('date') or '日期不详')}）",
            f"文件 {esc(record.doc)}，第 {record.start}–{record.end} 字",
        ]
        if doc.get("source") and doc.get("source") != render.doc_title(doc):
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


def _grouped_by_period(records: list, header: str = "") -> list[str]:
    blocks: list[str] = []
    groups: dict[str, list[str]] = {}
    for record in records:
        groups.setdefault(record.period or "时期未说明", []).append(render.record_line(record))
    for period, lines in groups.items():
        title = f"<b>{esc(header)} · {esc(period)}</b>" if header else f"<b>{esc(period)}</b>"
        blocks.append(title + "\n" + "\n".join(lines))
    return blocks


def _progress_blocks(region: str, items: list, named: bool) -> list[str]:
    """Achieved figures with their targets, one block per topic: topics in the order of their first headline
    indicator, headline figures first within a topic, newest first. A figure the documents state twice is one
    line with both sources."""
    by_topic: dict[str, list[tuple[Progress, list[Record]]]] = {}
    for item, restated in _restatements(sorted(items, key=lambda item: listing_key(item.actual))):
        by_topic.setdefault(topic(item.actual) or "其他", []).append((item, restated))
    blocks: list[str] = []
    for heading, entries in by_topic.items():
        lines = [f"<b>{esc(region)} · {esc(heading)}</b>" if named else f"<b>{esc(heading)}</b>"]
        for item, restated in entries:
            line = render.record_line(item.actual, also=restated)
            if item.target is not None:
                line += "\n   " + progress_line(item)
                if item.ratio is not None and not item.compares_rates:
                    line += f"  {render.progress_bar(item.ratio)}"
            lines.append(line)
        blocks.append("\n".join(lines))
    return blocks


def _restatements(items: list[Progress]) -> list[tuple[Progress, list[Record]]]:
    """Each figure once, with the records that state it again (same indicator by its canonical name, value,
    unit, bound, period and subject), in order. The one measured against a target leads."""
    groups: dict[tuple, list[Progress]] = {}
    for item in items:
        r = item.actual
        key = (canonical(r) or r.indicator, r.value, r.unit, r.cmp, r.period, subject(r))
        groups.setdefault(key, []).append(item)
    out = []
    for same in groups.values():
        lead = next((item for item in same if item.target is not None), same[0])
        out.append((lead, [item.actual for item in same if item is not lead]))
    return out


def _aside_note(place: str, records: list[Record], command: str) -> str:
    """The figures about a narrower subject left out of a place's listing, and how to see them."""
    subjects = list(dict.fromkeys(subject(r) for r in records))
    shown = "、".join(subjects[:5]) + ("等" if len(subjects) > 5 else "")
    return (
        f"<i>另有 {len(records)} 条是关于具体企业、项目或园区的（{esc(shown)}），"
        f"加上名字查看：/{command} {esc(render.short_place(place))} {esc(subjects[0])}</i>"
    )


def _matches(record: Record, keyword: str) -> bool:
    from bot.store import matches

    return matches(record, keyword)


_COUNTER = re.compile(r"\n\n<i>\d+/\d+</i>$")


def _strip_counter(page: str) -> str:
    return _COUNTER.sub("", page)
