"""What a digest says, per subscribed place, in one message: 新增 (records from documents this chat's last digest
did not cover), 进度 (headline indicators: latest target, latest achieved figure, completion), 到期 (targets
whose deadline is within the next 30 days, or passed lately without a reported figure); plus the chart of
the same completions.

Only records with a clean name are shown: no `subject` (a company's or a project's figure), and either a
canonical indicator or a topic of the vocabulary. A place with nothing to say is one line.

One message: the chart with the text as its caption when the text fits 1,024 characters, else the text alone
under 4,096; each section shows as many lines as fit and points to `/progress 地区` or `/targets 地区` for
the rest. The text is simplified script (the caller converts it for the chat); the chart is drawn in
`chart_script` and cached per store, place set and script (bot.chart).
"""

from __future__ import annotations

import html
import re
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from bot import render
from bot.chart import Bar, cached_chart
from bot.queries import CEILINGS, PERCENT_UNITS, Progress, completion_ratio, progress_of, unit_scale
from bot.render import Reply, esc, short_place
from bot.store import period_span
from bot.vocabulary import canonical_of, headline_rank, topic_of

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.ingest.record import Record
    from bot.store import PolicyStore

DUE_AHEAD = timedelta(days=30)  # a deadline this close ahead is due
OVERDUE_WINDOW = timedelta(days=90)  # a deadline passed longer ago is old news (/targets lists it)
TEXT_BUDGET = 3900  # one text message (Telegram: 4,096), with room for the traditional script
CAPTION_BUDGET = 1000  # a photo caption (Telegram: 1,024)
MIN_CAPTION_LINES = 2  # fewer lines a section than this, and the text goes alone rather than as a caption
MAX_LINES = 12  # lines a section shows at most, even when there is room
MAX_TOPIC_NAME = 16  # a name only a topic word vouches for is a clause, not a name, beyond this
PHOTO_CAPTION = "完成进度：已完成数 ÷ 对应目标（虚线为 100%）"
NEWS, PROGRESS, DUE = "新增", "进度", "到期"

_TAG = re.compile(r"<[^>]+>")


@dataclass
class Line:
    text: str  # HTML
    bar: Bar | None = None


@dataclass
class PlaceDigest:
    name: str
    news: list[Line] = field(default_factory=list)
    progress: list[Line] = field(default_factory=list)
    due: list[Line] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.news or self.progress or self.due)


# -- which records -----------------------------------------------------------------------------------------


def canonical(record: Record) -> str:
    """The record's canonical indicator (the store's field when it has one)."""
    value = getattr(record, "canonical", None)
    return value if isinstance(value, str) and value else canonical_of(record.indicator, record.unit)


def clean(record: Record) -> bool:
    """Shown in a digest: no subject, and a name the vocabulary knows (canonical or topic)."""
    if getattr(record, "subject", ""):
        return False
    if canonical(record):
        return True
    return len(record.indicator) <= MAX_TOPIC_NAME and bool(topic_of(record.indicator))


def shown_name(record: Record) -> str:
    return canonical(record) or record.indicator


# -- deadlines ---------------------------------------------------------------------------------------------

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_MONTH = re.compile(r"(明年|次年|今年|本年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:(\d{1,2})日)?")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_QUARTER = re.compile(r"(?:第)?([一二三四1-4])季度")


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_CN_NUM[text[1]] if len(text) > 1 else 0)
    return _CN_NUM[text]


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def deadline_date(deadline: str, period: str) -> date | None:
    """The last day a target's deadline allows, read relative to the record's period (its first year):
    `年底前`, `年内` → 31 Dec; `8月底前` → 31 Aug; `明年6月底前` → 30 Jun of the next year; `上半年` → 30 Jun;
    `三季度` → 30 Sep; `2025年底` → 31 Dec 2025. None when there is no deadline or it cannot be read."""
    text = (deadline or "").strip()
    if not text:
        return None
    explicit = _YEAR.search(text)
    span = period_span(period) if period else None
    if explicit:
        year = int(explicit.group(1))
    elif span is not None:
        year = span[0] // 12
    else:
        return None
    if not explicit and re.search(r"明年|次年", text):
        year += 1
    month = _MONTH.search(text)
    try:
        if month:
            m = _cn_number(month.group(2))
            if not 1 <= m <= 12:
                return None
            return date(year, m, int(month.group(3))) if month.group(3) else _month_end(year, m)
        quarter = _QUARTER.search(text)
        if quarter:
            q = _cn_number(quarter.group(1))
            return _month_end(year, 3 * q)
    except (ValueError, KeyError):
        return None
    if re.search(r"上半年|年中", text):
        return date(year, 6, 30)
    if re.search(r"下半年|年底|年末|年内|全年|今年|明年|次年|年前", text) or explicit:
        return date(year, 12, 31)
    return None


# -- one place ---------------------------------------------------------------------------------------------


def _completion(actual: Record, target: Record) -> float | None:
    """actual ÷ target after scaling units, when they measure the same thing over a covering period."""
    if unit_scale(actual.unit)[0] != unit_scale(target.unit)[0]:
        return None
    outer, inner = period_span(target.period), period_span(actual.period)
    if outer is None or inner is None or not (outer[0] <= inner[0] and inner[1] <= outer[1]):
        return None
    return completion_ratio(actual, target)


def _figure_at(record: Record) -> str:
    return f"{esc(render.figure(record))}" + (f"（{esc(record.period)}）" if record.period else "")


def _progress_line(
    name: str, target: Record | None, actual: Record | None, ratio: float | None, *, derived: bool = False
) -> str:
    parts = []
    if target is not None:
        mark = "（推算）" if derived else ""
        parts.append(f"目标 {_figure_at(target)}{mark}")
    if actual is not None:
        parts.append(f"实际 {_figure_at(actual)}")
    line = f"• {esc(name)}：" + "，".join(parts)
    if ratio is not None:
        line += f"\n   {render.progress_bar(ratio)}"
    elif target is not None and actual is not None and _same_rate(actual, target):
        line += "  ✔ 达到目标" if _meets(actual, target) else "  ✘ 未达目标"
    return line


def _same_rate(actual: Record, target: Record) -> bool:
    """Two percentages for the same period (a half year's rate says nothing yet of the year's target)."""
    span = period_span(target.period)
    return (
        actual.unit == target.unit == "%"
        and not isinstance(actual.value, list)
        and span is not None
        and span == period_span(actual.period)
    )


def _meets(actual: Record, target: Record) -> bool:
    goal = target.value[0] if isinstance(target.value, list) else target.value
    if target.cmp in CEILINGS:
        return actual.value < goal if target.cmp == "<" else actual.value <= goal
    return actual.value > goal if target.cmp == ">" else actual.value >= goal


def _progress(records: list[Record], region: str, pairs: list[Progress], single: bool) -> list[Line]:
    """Headline indicators (vocabulary order) with their latest target and figure, then the other clean
    figures that have a completion against their target."""
    latest: dict[str, dict[str, Record]] = {}
    for record in records:  # store order: newest period first, so the first seen is the latest
        name = canonical(record)
        if name and headline_rank(name) and clean(record):
            latest.setdefault(name, {}).setdefault(record.kind, record)
    lines: list[Line] = []
    label = (lambda n: n) if single else (lambda n: f"{region} · {n}")
    shown: set[str] = set()
    implied = {p.actual.id: p for p in pairs if p.derived}
    for name in sorted(latest, key=lambda n: (headline_rank(n), n.endswith("增速"), n)):
        target, actual = latest[name].get("target"), latest[name].get("actual")
        derived = target is None and actual is not None and actual.id in implied
        if derived:  # no stated target, but the text implies one (完成全年目标的52.4%)
            target = implied[actual.id].target
        ratio = _completion(actual, target) if target is not None and actual is not None else None
        if ratio is not None and actual is not None and actual.unit in PERCENT_UNITS:
            ratio = None  # a rate against a rate is "met or not", not a share of the way
        bar = Bar(label(name), ratio, actual.id) if ratio is not None and actual is not None else None
        lines.append(Line(_progress_line(name, target, actual, ratio, derived=derived), bar))
        shown.update(r.id for r in (target, actual) if r is not None)
    others = [
        p
        for p in pairs
        if p.ratio is not None
        and p.target is not None
        and p.actual.unit not in PERCENT_UNITS  # rates: met or not, never a share of the way
        and p.actual.id not in shown
        and clean(p.actual)
    ]
    for p in others:
        name = shown_name(p.actual)
        lines.append(
            Line(
                _progress_line(name, p.target, p.actual, p.ratio, derived=p.derived),
                Bar(label(name), p.ratio, p.actual.id),
            )
        )
    return lines


def _due(records: list[Record], pairs: list[Progress], today: date) -> list[Line]:
    reported = {p.target.id for p in pairs if p.target is not None}
    found: list[tuple[date, Record]] = []
    for record in records:
        if record.kind != "target" or not clean(record) or record.id in reported:
            continue
        when = deadline_date(record.deadline, record.period)
        if when is not None and today - OVERDUE_WINDOW <= when <= today + DUE_AHEAD:
            found.append((when, record))
    lines = []
    for when, record in sorted(found, key=lambda item: item[0]):
        state = (
            f"已过期 {(today - when).days} 天，未见完成数"
            if when < today
            else f"还剩 {(when - today).days} 天"
        )
        lines.append(
            Line(
                f"• {esc(shown_name(record))} <b>{esc(render.figure(record))}</b>"
                f"（{esc(record.deadline)}，{when:%Y-%m-%d}）{state} {render.source_command(record)}"
            )
        )
    return lines


def _news(records: list[Record], seen: frozenset[str] | None) -> list[Line]:
    if not seen:
        return []  # no baseline: the chat's first digest has nothing "since the last one"
    return [
        Line(
            f"• {'🎯' if r.kind == 'target' else '✅'} {esc(shown_name(r))} <b>{esc(render.figure(r))}</b>"
            + (f" <i>({esc(render.when(r))})</i>" if render.when(r) else "")
            + f" {render.source_command(r)}"
        )
        for r in records
        if r.doc not in seen and clean(r)
    ]


def place_digest(
    store: PolicyStore, region: str, today: date, seen: frozenset[str] | None, single: bool
) -> PlaceDigest:
    records = store.by_region(region)
    # Each achieved figure with the target it counts towards, stated or implied by the text.
    pairs = progress_of(store, region, implied=True)
    return PlaceDigest(
        region,
        news=_news(records, seen),
        progress=_progress(records, region, pairs, single),
        due=_due(records, pairs, today),
    )


# -- the message ---------------------------------------------------------------------------------------------


def docs_of(store: PolicyStore, regions: Iterable[str]) -> tuple[str, ...]:
    """The documents that have records of these places: what a digest for them covers."""
    return tuple(sorted({r.doc for region in regions for r in store.by_region(region)}))


def _section(title: str, lines: list[Line], cap: int, more: str) -> list[str]:
    if not lines:
        return []
    out = [f"<b>{title}</b>"] + [line.text for line in lines[:cap]]
    if len(lines) > cap:
        out.append(f"…另有 {len(lines) - cap} 项：{more}")
    return out


def _render(head: str, places: list[PlaceDigest], cap: int) -> str:
    blocks = [head]
    quiet = [p.name for p in places if p.empty]
    for place in places:
        if place.empty:
            continue
        short = esc(short_place(place.name))
        lines = [f"<b>{esc(place.name)}</b>"]
        lines += _section(f"🆕 {NEWS}", place.news, cap, f"/targets {short}")
        lines += _section(f"📈 {PROGRESS}", place.progress, cap, f"/progress {short}")
        lines += _section(f"⏰ {DUE}", place.due, cap, f"/targets {short}")
        blocks.append("\n".join(lines))
    if quiet:
        blocks.append(f"{esc('、'.join(quiet))}：暂无新增、进度或到期。")
    return "\n\n".join(blocks)


def text_length(markup: str) -> int:
    """Length as Telegram counts it: tags parsed away, in UTF-16 code units."""
    text = html.unescape(_TAG.sub("", markup))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _fit(head: str, places: list[PlaceDigest], budget: int, least: int) -> str | None:
    """The text with the most lines a section that fits `budget`; None when even `least` does not."""
    longest = max((len(s) for p in places for s in (p.news, p.progress, p.due)), default=0)
    for cap in range(max(min(longest, MAX_LINES), least), least - 1, -1):
        text = _render(head, places, cap)
        if text_length(text) <= budget:
            return text
    return None


def _fit_places(head: str, places: list[PlaceDigest], budget: int) -> str:
    """Many places: as many as fit with one line a section, then a pointer to the rest (the count found by
    bisection: a store of a thousand places must not be rendered a thousand times)."""

    def text(count: int) -> str:
        rest = len(places) - count
        tail = f"\n\n…另有 {rest} 个地区：/subscribe 选几个地区，或 /progress 地区" if rest else ""
        return _render(head, places[:count], 1) + tail

    low, high = 0, len(places)  # text(low) fits (no place at all is the header and the pointer)
    while low < high:
        middle = (low + high + 1) // 2
        if text_length(text(middle)) <= budget:
            low = middle
        else:
            high = middle - 1
    return text(low)


@dataclass(frozen=True)
class DigestFacts:
    """What the scheduler needs to know about a composed digest."""

    news: int  # 新增 lines
    due: int  # 到期 lines
    docs: tuple[str, ...]  # documents it covered (the chat's next seen_docs)

    @property
    def changed(self) -> bool:
        return bool(self.news or self.due)


def compose_digest(
    store: PolicyStore,
    regions: Sequence[str],
    now: datetime,
    *,
    chart_script: str = render.SIMPLIFIED,
    chart: bool = True,
    seen_docs: Sequence[str] | None = None,
) -> Reply:
    """The digest for `regions` (full place names; empty = every place in the store) as of `now`, one
    message: with `chart` and something to plot, `photo` with the whole text as `photo_caption` (and no
    pages); else one page. `seen_docs`: the documents the chat's last digest covered (None or empty: no
    新增 section). `reply.meta["facts"]` holds a DigestFacts."""
    names = list(dict.fromkeys(regions)) or [s.region for s in store.regions()]
    single = len(names) == 1
    seen = frozenset(seen_docs) if seen_docs else None
    places = [place_digest(store, name, now.date(), seen, single) for name in names]
    scope = "、".join(names) if regions else "所有地区"
    head = f"<b>📊 进度摘要</b> · {now:%Y-%m-%d}\n{esc(scope)}"
    facts = DigestFacts(
        news=sum(len(p.news) for p in places),
        due=sum(len(p.due) for p in places),
        docs=docs_of(store, names),
    )
    if not store.records:
        return Reply(pages=[f"{head}\n\n库里还没有数据。"], meta={"facts": facts})
    bars = [line.bar for p in places for line in p.progress if line.bar is not None]
    caption = _fit(head, places, CAPTION_BUDGET, MIN_CAPTION_LINES) if chart and bars else None
    photo = cached_chart(store, tuple(names), chart_script, bars) if caption is not None else None
    if caption is not None and photo is not None:
        return Reply(pages=[], photo=photo, photo_caption=caption, meta={"facts": facts})
    text = _fit(head, places, TEXT_BUDGET, 1) or _fit_places(head, places, TEXT_BUDGET)
    return Reply(pages=[text], meta={"facts": facts})


def digest_text(reply: Reply) -> str:
    """A digest's whole text (HTML), whichever way it is sent."""
    return reply.photo_caption if reply.photo and not reply.pages else "\n\n".join(reply.pages)


def digest_text_for_cli(settings: Settings, regions: list[str], script: str) -> str:
    """The digest a chat subscribed to `regions` (short or full names, any script) would get now, as plain
    text in `script`."""
    from bot.ingest.normalize import to_simplified
    from bot.ingest.places import Gazetteer
    from bot.store import PolicyStore

    gazetteer = Gazetteer.default()
    names = []
    for raw in regions:
        text = to_simplified(raw.strip())
        place = gazetteer.resolve(text)
        names.append(place.name if place else text)
    store = PolicyStore.load(settings.store_path)
    reply = compose_digest(store, names, datetime.now(settings.tz), chart=False)  # text only: no chart
    return render.in_script(render.as_plain_text(reply), script)
