"""Answers as Telegram messages: HTML with everything escaped, in the chat's script, in pages that fit."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import opencc

from bot.ingest.record import Record

MESSAGE_LIMIT = 4096
# Pages stay well under Telegram's limit: the traditional script and a page footer may lengthen them.
PAGE_BUDGET = 3500
SIMPLIFIED, TRADITIONAL = "simplified", "traditional"

_CMP_SIGNS = {">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "=": "", "range": ""}
_TAG = re.compile(r"<[^>]+>")


@dataclass
class Reply:
    """One answer: one or more HTML pages (the first is sent; buttons page through the rest)."""

    pages: list[str]
    page: int = 0
    photo: bytes | None = None
    photo_caption: str = ""
    paging_key: str = ""  # set by the caller when the pages are kept for paging callbacks
    notice: str = ""  # a short toast for callback answers
    meta: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.pages[self.page]


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def in_script(text: str, script: str) -> str:
    """The reply in the chat's script: the store is simplified, a traditional chat gets it converted."""
    return _converter("s2tw").convert(text) if script == TRADITIONAL else text


_ZONE_ENDING = re.compile(r"(?:开发区|园区|新区|示范区|高新区|试验区|合作区)$")


def short_place(region: str) -> str:
    """How a reply names a place for typing it again: 海安市 → 海安; a zone keeps its whole name."""
    if len(region) > 2 and region[-1] in "市县区旗" and not _ZONE_ENDING.search(region):
        return region[:-1]
    return region


def number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) and abs(value) >= 10000 else str(value)


def figure(record: Record) -> str:
    """Value, unit and bound the way the documents write them: `≥ 6.5%`, `74 亿元`, `前 20 名`, `8–10 个`."""
    if record.unit == "名次":
        n = (
            number(record.value)
            if not isinstance(record.value, list)
            else "–".join(map(number, record.value))
        )
        return f"前 {n} 名" if record.cmp in ("<=", "<") else f"第 {n} 名"
    if isinstance(record.value, list):
        shown = "–".join(number(v) for v in record.value)
    else:
        shown = number(record.value)
    joiner = "" if record.unit in ("%",) else " "
    return f"{_CMP_SIGNS.get(record.cmp, '')}{shown}{joiner}{record.unit}"


def when(record: Record) -> str:
    parts = [p for p in (record.period, record.deadline) if p]
    return " · ".join(parts)


def source_command(record: Record) -> str:
    return f"/source_{record.id}"


def record_line(
    record: Record, *, show_region: bool = False, show_kind: bool = False, also: Sequence[Record] = ()
) -> str:
    """One figure as a list line; `also` are records stating the same figure elsewhere (their sources follow)."""
    head = f"{esc(record.region)} · " if show_region else ""
    kind = ("🎯 " if record.kind == "target" else "✅ ") if show_kind else ""
    timing = when(record)
    tail = f" <i>({esc(timing)})</i>" if timing else ""
    return f"• {kind}{head}{esc(record.indicator)} <b>{esc(figure(record))}</b>{tail} {' '.join(source_command(r) for r in (record, *also))}"


# Eighths of a block, as tqdm draws its bars; drawn here because importing tqdm costs 60 ms a process.
_EIGHTHS = " " + "".join(map(chr, range(0x258F, 0x2587, -1)))  # " ▏▎▍▌▋▊▉█"


def progress_bar(ratio: float, width: int = 10) -> str:
    """A text bar for how far along a target is: `████▌░░░░░ 45%` (the ratio itself may exceed 100%)."""
    steps = len(_EIGHTHS) - 1
    full, part = divmod(int(max(0.0, min(ratio, 1.0)) * width * steps), steps)
    bar = _EIGHTHS[-1] * full
    if full < width:
        bar += _EIGHTHS[part] + _EIGHTHS[0] * (width - full - 1)
    return f"{bar.replace(' ', '░')} {ratio:.0%}"


def paginate(blocks: list[str], budget: int = PAGE_BUDGET) -> list[str]:
    """Pages under the budget, filled line by line (blocks are separated by a blank line); an enormous line
    is split hard. Nothing is dropped: every character ends up on some page."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block.split("\n"))
    pages: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        pieces = [line[i : i + budget] for i in range(0, len(line), budget)] or [""]
        for piece in pieces:
            if current and size + len(piece) + 1 > budget:
                pages.append("\n".join(current).strip("\n"))
                current, size = [], 0
            if current or piece:  # no page starts with a blank line
                current.append(piece)
                size += len(piece) + 1
    if current or not pages:
        pages.append("\n".join(current).strip("\n"))
    if len(pages) > 1:
        pages = [f"{page}\n\n<i>{i}/{len(pages)}</i>" for i, page in enumerate(pages, 1)]
    return pages


def as_plain_text(reply: Reply) -> str:
    """All pages as plain text, for the command line."""
    text = "\n\n".join(reply.pages)
    return html.unescape(_TAG.sub("", text))


KIND_WORDS = {"target": "目标", "actual": "已完成"}


def period_words(period: str) -> str:
    """A period as people say it: 2020H1 → 2020年上半年, 2021-2025 → 2021–2025年."""
    if not period:
        return "时期未说明"
    m = re.fullmatch(r"(\d{4})(?:H([12])|Q([1-4])(?:-Q([1-4]))?|-(\d{4})|-(\d{1,2}))?", period)
    if not m:
        return period
    year, half, q1, q2, end, month = m.groups()
    if half:
        return f"{year}年{'上' if half == '1' else '下'}半年"
    if q1 and q2:
        return f"{year}年{'一二三四'[int(q1) - 1]}至{'一二三四'[int(q2) - 1]}季度"
    if q1:
        return f"{year}年{'一二三四'[int(q1) - 1]}季度"
    if end:
        return f"{year}–{end}年"
    if month:
        return f"{year}年1–{int(month)}月"
    return f"{year}年"


def lead_line(record: Record, *, region: str | None = None) -> str:
    """The one line a person can quote: place, indicator, kind, figure with its bound, period, source."""
    place = esc(region or record.region)
    deadline = f"，{esc(record.deadline)}" if record.deadline else ""
    return (
        f"<b>{place}</b> · {esc(record.indicator)} {KIND_WORDS.get(record.kind, '')} "
        f"<b>{esc(figure(record))}</b>（{esc(period_words(record.period))}{deadline}） {source_command(record)}"
    )


def completion(ratio: float | None, *, rates: bool = False) -> str:
    if ratio is None:
        return ""
    return f"完成 {ratio:.0%}" + ("（按百分数比）" if rates else "")


def amount(value: float, unit: str) -> str:
    shown = round(value, 2 if abs(value) < 100 else 1)
    return f"{number(shown)}{'' if unit == '%' else ' '}{unit}"


_TITLE_FRAGMENT = re.compile(r"^[\W_—─\-]|^[一二三四五六七八九十]+、|…$|\.\.\.$")


def doc_title(doc: dict) -> str:
    """A document's name: its title when that is a real title (not a dateline or a heading such as
    `── 2020年7月29日在…` or `一、攻坚科技创新`), else the manifest's description of it, else its id."""
    title = (doc.get("title") or "").strip()
    if title and not _TITLE_FRAGMENT.search(title) and len(title) <= 40:
        return title
    return (doc.get("source") or title or doc.get("id") or "").strip()
