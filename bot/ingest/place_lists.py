"""Figures that a round-up pairs with places in a list, each figure to its own place.

Forms common in a city's or a province's round-up of its counties:
- a place with its figure in brackets right after it: `洪洞县(23.9%)、尧都区(16.9%)`, `新罗区(607.87亿元 同比增长5.4%)`;
- a list of places, then `分别` and as many figures in the same order: `翼城、乡宁、浮山、曲沃分别增长49.8%、36.9%、27%和
  26.1%`, `前十位的县市分别是尧都区、洪洞县……和安泽县,分别占全市比重的22.9%、13.4%……`;
- a table (cells split by `|`): a cell that holds only a place's name owns the cells after it in its row, up to the
  next such cell (`海安市 | 1453.2 | 如皋市 | 1350.1`, a yearbook's two columns of places); a header row of places
  gives each column below it to its place (`指标 | 海安市 | 如皋市`).
- a figure written right after a place's name, with no word between (`增幅最高的浮山92.2%与最低的汾西县2.6%`).
Each gives spans of text (the bracket, one figure, cells) that belong to a place, whatever place the sentence is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.ingest.places import Gazetteer, Mention, Place

# A bracket right after a place's name that holds a figure (and nothing that closes a sentence).
_BRACKET = re.compile(r"\s?[(（]([^()（）。；;\n]{1,40})[)）]")
_DIGIT = re.compile(r"\d")
# `分别` then a few words (`增长`, `占全市比重的`, `为`) and a list of figures joined by `、`, `和`, `及`.
_FEN_BIE = re.compile(r"分别")
_NUMBER = r"-?\d+(?:\.\d+)?"
_UNIT = r"(?:[%％‰]|个百分点|亿元|万元|元|万人|人|亿美元|万美元|个|家|倍|万吨|吨|万亩|亩)?"
_FIGURES = re.compile(rf"[^，,。；;：:\n\d]{{0,12}}?({_NUMBER}{_UNIT}(?:\s?[、和及与]\s?{_NUMBER}{_UNIT})+)")
_ONE_FIGURE = re.compile(_NUMBER)
# What may stand between two places of a list: a list comma or `和`, after an optional bracket.
_BETWEEN = re.compile(
    r"\s?(?:[(（][^()（）。；;\n]{0,40}[)）])?\s?(?:[、和及与]|以及)\s?(?:\d{1,2}[.．、])?\s?"
)
_LIST_MIN = 2
# A figure right after a place's name: a rate, a share or a sum of money (not a count or a date: `南通2023年`).
_RIGHT_AFTER = re.compile(rf"\s?({_NUMBER}(?:[%％‰]|个百分点|亿元|万元|亿美元|万美元))")
# A county's count of its own parts right after its name (`庆元县83个薄弱村`, `青田156个经济薄弱村`); a count of
# counties or districts after the last one of a list counts the list (`…彬州市、旬邑县、宜川县7个县(市)实现两位数增长`,
# a province's round-up of its counties, wxredian.com): a county has none of its own (`3个县级…`, `2个市场` it has).
_COUNT_AFTER = re.compile(
    rf"\s?({_NUMBER}(?:个|家|户|项)(?=[\u4e00-\u9fff])(?![县区市旗](?![级城域委属直长场块间])))"
)
_SENTENCE_BREAK = re.compile(r"[。！？；;\n]")


@dataclass(frozen=True)
class PlaceSpan:
    start: int
    end: int
    place: Place


def paired_spans(
    text: str, mentions: Iterable[Mention], gazetteer: Gazetteer | None = None, city: str = ""
) -> list[PlaceSpan]:
    """Spans of figures a list pairs with a place (see the module's docstring), in text order. With the
    gazetteer, a one-character county's full name counts as an item of a list too (`古县和安泽县`, `费县(9.50%)`),
    and so does a district of the text's `city` named by its kind alone (晋城's `城区和陵川县分别…`)."""
    named = [m for m in mentions if m.place.level in ("county", "city")]
    if gazetteer is not None:
        named = _with_one_character_counties(text, named, gazetteer, city)
    spans = [*_bracketed(text, named), *_respectively(text, named)]
    if "|" in text:
        spans.extend(_table_cells(text, named))
    if gazetteer is not None:
        spans = _cities_as_counties(text, spans, gazetteer)
    return sorted(spans, key=lambda s: s.start)


def _cities_as_counties(text: str, spans: list[PlaceSpan], gazetteer: Gazetteer) -> list[PlaceSpan]:
    """A city paired with a figure in the sentence that pairs its own counties with theirs is its county of the
    same short name: a city is never an item of its counties' list (`雅江(15.3%)、泸定(13.4%)…甘孜(-48.1%)和理塘
    (-21.9%)两县负增长`: 甘孜县, not 甘孜藏族自治州; tjj.gzz.gov.cn 2020)."""
    if not any(s.place.level == "city" for s in spans):
        return spans
    result = []
    for span in spans:
        place = span.place
        if place.level == "city" and _counties_listed_beside(text, span, spans):
            namesake = next((c for c in gazetteer.counties_of(place.name) if c.short == place.short), None)
            if namesake is not None:
                span = PlaceSpan(span.start, span.end, namesake)
        result.append(span)
    return result


def _counties_listed_beside(text: str, span: PlaceSpan, spans: list[PlaceSpan]) -> bool:
    """Whether another span of the sentence is one of the city's counties'."""
    lo = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, span.start)), default=0)
    hi = next((m.start() for m in _SENTENCE_BREAK.finditer(text, span.end)), len(text))
    return any(lo <= s.start < hi and s.place.city == span.place.name for s in spans if s is not span)


_LINE = re.compile(r"[^\n]+")
_CELL = re.compile(r"[^|]+")


# A place named as what another is measured against: `高出紧随其后的永定区15.86亿元` is the gap, not 永定区's; or as
# the whole a share is of: `外资项目数量约占镇江市50%` is the zone's share of its city.
_COMPARED = re.compile(r"(?:高出|高于|低于|超过|超出|领先|落后|多于|少于|比|较|相差|占)[^，,。；;()（）、]*$")
_COMPARED_SPAN = 16


def adjacent_spans(text: str, mentions: Iterable[Mention]) -> list[PlaceSpan]:
    """Figures written right after a county's or city's name (`浮山92.2%`): each is that place's own, unless the
    place is what the text measures against, itself or as the last of a list (`分别高于奉化、宁海1.13亿美元`), or the
    next of a list of margins (`增幅高于奉化34个百分点、宁海27个百分点`, news.cnnb.com.cn 2011)."""
    mentions = list(mentions)
    by_end = {m.end: m for m in mentions}
    spans = []
    for m in mentions:
        if m.place.level not in ("county", "city") or not text[m.end : m.end + 2].lstrip()[:1].isdigit():
            continue
        figure = _RIGHT_AFTER.match(text, m.end)
        if figure is None and m.place.level == "county":
            figure = _COUNT_AFTER.match(text, m.end)
        if figure is None:
            continue
        first = m
        while text[first.start - 1 : first.start] == "、" and first.start - 1 in by_end:
            first = by_end[first.start - 1]
        lo = first.start
        if not _COMPARED.search(text, max(0, lo - _COMPARED_SPAN), lo) and not _NEXT_MARGIN.search(
            text, max(0, lo - _MARGINS_SPAN), lo
        ):
            spans.append(PlaceSpan(figure.start(1), figure.end(1), m.place))
    return spans


# A margin over a place just given, and a list comma to the next (`高于奉化34个百分点、`).
_NEXT_MARGIN = re.compile(
    r"(?:高出|高于|低于|超过|超出|领先|落后|多于|少于)[^，,。；;()（）、]{1,12}?\d+(?:\.\d+)?\s*"
    r"(?:个百分点|%|亿美元|万美元|亿元|万元|倍)、$"
)
_MARGINS_SPAN = 30


def _table_cells(text: str, named: list[Mention]) -> list[PlaceSpan]:
    """Cells of a `|` table that belong to the place a cell of their row, or of the header row, names."""
    by_start = {m.start: m for m in named}
    spans: list[PlaceSpan] = []
    header: list[Place | None] | None = None  # the places of the header row's cells, while its table goes on
    for row in _LINE.finditer(text):
        if "|" not in row.group():
            header = None
            continue
        cells = [(c.start(), c.end()) for c in _CELL.finditer(text, row.start(), row.end())]
        places = [_cell_place(text, a, b, by_start) for a, b in cells]
        if sum(p is not None for p in places) >= _LIST_MIN and not _DIGIT.search(row.group()):
            header = places  # `指标 | 海安市 | 如皋市`
            continue
        if any(places):
            header = None
            owner: Place | None = None
            for (a, b), place in zip(cells, places, strict=True):
                owner = place or owner
                if owner is not None and place is None:
                    spans.append(PlaceSpan(a, b, owner))
        elif header is not None and len(header) == len(cells):
            spans.extend(PlaceSpan(a, b, p) for (a, b), p in zip(cells, header, strict=True) if p is not None)
        else:
            header = None
    return spans


def _cell_place(text: str, start: int, end: int, by_start: dict[int, Mention]) -> Place | None:
    """The place a table cell holds and nothing else (bar spaces)."""
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    m = by_start.get(a)
    return m.place if m is not None and m.end == b else None


# A one-character county's full name as an item of a list: after a list comma (or `为`, `是`) and before a bracket
# or the next item. Running text does not count such names (古县, 费县) outside their own city.
_ITEM_BEFORE = frozenset("、和及与为是,， ；;。\n")
_ITEM_AFTER = re.compile(r"\s?[(（、和及与,，]")


def _with_one_character_counties(
    text: str, named: list[Mention], gazetteer: Gazetteer, city: str = ""
) -> list[Mention]:
    taken: set[int] | None = None
    extra = []
    for suffix in ("县", "区") if city else ("县",):
        at = text.find(suffix, 1)
        while at > 0:
            start, end = at - 1, at + 1
            if text[start - 1 : start] in _ITEM_BEFORE and start and _ITEM_AFTER.match(text, end):
                place = _one_character_place(text[start:end], gazetteer, city)
                if place is not None:
                    if taken is None:
                        taken = {i for m in named for i in range(m.start, m.end)}
                    if start not in taken and at not in taken:
                        extra.append(Mention(start, end, place, True))
            at = text.find(suffix, at + 1)
    return sorted([*named, *extra], key=lambda m: m.start) if extra else named


def _one_character_place(name: str, gazetteer: Gazetteer, city: str) -> Place | None:
    if not "\u4e00" <= name[0] <= "\u9fff":
        return None
    if name[-1] == "区":  # `城区`, `郊区`: only the text's city's own
        place = gazetteer.resolve(name, city_hint=city)
        return place if place is not None and place.level == "county" and place.city == city else None
    place = gazetteer.get(name)
    return place if place is not None and place.level == "county" else None


def _bracketed(text: str, named: list[Mention]) -> list[PlaceSpan]:
    spans = []
    for m in named:
        b = _BRACKET.match(text, m.end)
        if b is not None and _DIGIT.search(b.group(1)):
            spans.append(PlaceSpan(b.start(), b.end(), m.place))
    return spans


def _respectively(text: str, named: list[Mention]) -> list[PlaceSpan]:
    """`A、B、C分别…a、b、c`: the i-th figure is the i-th place's, when the counts agree."""
    if not named or "分别" not in text:
        return []
    spans: list[PlaceSpan] = []
    for fb in _FEN_BIE.finditer(text):
        figures = _FIGURES.match(text, fb.end())
        if figures is None:
            continue
        numbers = list(_ONE_FIGURE.finditer(text, figures.start(1), figures.end(1)))
        places = _list_before(text, fb.start(), named, len(numbers))
        if places is None:
            continue
        for place, number in zip(places, numbers, strict=True):
            spans.append(PlaceSpan(number.start(), number.end(), place))
    return spans


def _list_before(text: str, pos: int, named: list[Mention], count: int) -> list[Place] | None:
    """The last list of exactly `count` places before `pos` in its sentence: names joined only by list commas
    (`翼城、乡宁、浮山、曲沃`), or None."""
    brk = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 300), pos)), default=0)
    inside = [m for m in named if brk <= m.start and m.end <= pos]
    if len(inside) < max(count, _LIST_MIN):
        return None
    run = [inside[-1]]
    for m in reversed(inside[:-1]):
        gap = _BETWEEN.fullmatch(text, m.end, run[0].start)
        if gap is None:
            break
        run.insert(0, m)
    if len(run) != count:
        return None
    return [m.place for m in run]


# What makes one figure after a list of places every listed place's: `分别` (one figure each, or one for all),
# `均`, `都`, or the list closed by its kind (`永川、南川、万盛经开区、璧山…等区县的增速在5%及以上`).
SHARING = re.compile(r"分别|均|都|等(?:区县|县区|县市区?|县\(市、?区\)|区市县|市县区?|区县市|地|[县区市])")
_OPENING = re.compile(r"^\s*(?:其中|同时|此外|另外)?\s*[,，:：]?\s*")
_LIST_JOIN = re.compile(r"和|、|及|与")
# Between two listed places, a zone the zone list does not know is one more item (`南川、万盛经开区、璧山`).
_UNKNOWN_ZONE_ITEMS = re.compile(
    r"(?:[和、及与]\s*[\u4e00-\u9fff]{1,6}?(?:经开区|高新区|开发区|新区|园区|综保区|示范区)\s*)+[和、及与]"
)


def opening_place_list(head: str, *context: str) -> tuple[list[Place], tuple[str, ...]] | None:
    """The counties and zones a clause's words before its first figure (`head`) open with, two or more joined by
    和/、/及/与 and followed by a word that shares the figure among them (`SHARING`), and how each is written;
    `context`: the record's city and region, for short forms (`渝北和长寿增速均超过10%`)."""
    from bot.ingest.zones import find_zones  # (zones imports this module's neighbours; loaded on use)

    gazetteer = Gazetteer.default()
    cities = [c for c in context if c]
    named = [(m.start, m.end, m.place) for m in gazetteer.find_mentions(head, cities)]
    zones = find_zones(head, gazetteer, context[0] if context else "")
    if zones:
        inside = {i for z in zones for i in range(z.start, z.end)}
        named = [n for n in named if n[0] not in inside and n[1] not in {z.start for z in zones}]
        named = sorted([*named, *((z.start, z.end, z.place) for z in zones)], key=lambda n: n[0])
    if len(named) < _LIST_MIN or _OPENING.sub("", head[: named[0][0]]):
        return None
    listed = [named[0]]
    for item in named[1:]:
        gap = head[listed[-1][1] : item[0]].strip()
        if not _LIST_JOIN.fullmatch(gap) and not _UNKNOWN_ZONE_ITEMS.fullmatch(gap):
            break
        listed.append(item)
    places = [place for _, _, place in listed]
    rest = head[listed[-1][1] :]
    if len(listed) < _LIST_MIN or len({p.name for p in places}) < len(places) or not SHARING.search(rest):
        return None
    if any(p.level not in ("county", "zone") for p in places):
        return None
    return places, tuple(head[a:b] for a, b, _ in listed)
