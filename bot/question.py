"""The question reader: one message in plain words → the place(s), the indicator, what is asked, and when.

Used by every door (private text, group mentions, inline queries, the keyword of /targets, /progress and
/indicator). It reads simplified text (the caller converts traditional script); full-width characters are
folded here. Nothing in here knows the store's records: the caller says which places have data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache

from bot.ingest.places import Gazetteer, Mention, Place
from bot.vocabulary import find_terms, variant_asked

TARGET, ACTUAL, PROGRESS, COMPARE = "target", "actual", "progress", "compare"

# What is asked. Achieved words win over target words when both stand (完成目标 asks how far along).
_ACTUAL_WORDS = re.compile(r"完成|实现|多少了|进度|情况|达到了|已经|实际|做到了|怎么样了")
_TARGET_WORDS = re.compile(r"目标|计划|要达到|要|预期|力争|确保|争取|打算|任务|规划")
_COMPARE_WORDS = re.compile(r"比较|对比|哪个|哪里|哪家|谁|各地|各县|各区|比一比|相比|高低|排行")
_PROGRESS_WORDS = re.compile(r"进度|完成情况|完成率|完成了?多少|完成得")

# Time words. Periods follow RECORDS.md: 2020, 2020H1, 2020Q1, 2020Q1-Q3, 2021-2025.
_PLAN_SPANS = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
_RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "全年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "十二": 12}  # fmt: skip
_N = r"(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_TIME = re.compile(
    r"(?P<plan>十三五|十四五|十五五)(?:期间|时期|末)?"
    r"|(?P<year>(?:19|20)\d{2})\s*年?(?:度)?"
    r"|(?P<rel>今年|本年|当年|去年|上年|前年|明年)"
    r"|(?P<half>上半年|下半年)"
    r"|(?:第?(?P<q>[一二三四1-4])季度)"
    r"|(?:前(?P<qs>[二两三2-3])季度|前(?P<qs2>[二两三2-3])个季度)"
    r"|(?:(?P<m1>1|一)\s*[-－~～至到]\s*(?P<m2>" + _N + r")\s*月份?)"
    r"|(?:前(?P<mn>" + _N + r")个?月)"
)
# Words that carry no meaning for finding a record once place, indicator, intent and time are read.
_FILLER = re.compile(
    r"(?:多少|几)[个家项件名人所座条亩次位]?|前几|第几|[更最](?:高|多|低|少|大|小|快)|每年|分别"
    r"|请问|请|查询|查查|查一下|查|告诉我|帮我|看看|看一下|一下|我想知道|想知道|知道|有没有|有哪些|是多少|多少|几个|几家"
    r"|是什么|什么|怎么样|如何|怎样|情况|呢|吗|嘛|吧|呀|啊|了|的|是|和|与|跟|还有|哪个|哪些|哪里|谁"
    r"|比较|对比|排名|进度|完成|实现|目标|计划|要|预期|力争|确保|争取|打算|任务|规划|全年|年度|数据|指标|数字|总共"
    r"|一共|达到|已经|实际|增速|增长率|增长|增幅|占比|比重|第几|名次|位次|全市|全县|全区"
)
_WORD = re.compile(r"[0-9A-Za-z&\u4e00-\u9fff]+")
_JOINERS = frozenset("和与及跟同或比对")  # words that join place names in a question (`如皋和海安`)


@dataclass(frozen=True)
class TimeAsk:
    """When a question asks about: an explicit year or span, or one relative to the place's latest year."""

    year: int | None = None  # 2020
    relative: int | None = None  # 0 for 今年, -1 for 去年 (relative to the latest year the store has)
    span_years: tuple[int, int] | None = None  # 十四五 → (2021, 2025)
    part: str = ""  # "H1", "H2", "Q1", "Q1-Q3", "M1-7"
    words: str = ""  # as the user wrote it

    @property
    def needs_latest(self) -> bool:
        return (
            self.year is None and self.span_years is None and (self.relative is not None or bool(self.part))
        )

    def period(self, latest_year: int | None) -> str:
        """The period asked, in RECORDS.md's form; "" when it cannot be said."""
        if self.span_years:
            return f"{self.span_years[0]}-{self.span_years[1]}"
        year = self.year
        if year is None and latest_year is not None:
            year = latest_year + (self.relative or 0)
        if year is None:
            return ""
        if self.part.startswith("M"):
            last = int(self.part.split("-")[1])
            return f"{year}H1" if last == 6 else f"{year}" if last == 12 else f"{year}-01~{year}-{last:02d}"
        return f"{year}{self.part}"

    def span(self, latest_year: int | None) -> tuple[int, int] | None:
        """The months asked about, as (first, last) month numbers (year*12 + month-1)."""
        if self.span_years:
            return self.span_years[0] * 12, self.span_years[1] * 12 + 11
        year = self.year
        if year is None and latest_year is not None:
            year = latest_year + (self.relative or 0)
        if year is None:
            return None
        first, last = 1, 12
        if self.part in ("H1", "H2"):
            first, last = (1, 6) if self.part == "H1" else (7, 12)
        elif self.part.startswith("Q"):
            quarters = [int(q) for q in self.part.replace("Q", "").split("-")]
            first, last = 3 * quarters[0] - 2, 3 * quarters[-1]
        elif self.part.startswith("M"):
            first, last = 1, int(self.part.split("-")[1])
        return year * 12 + first - 1, year * 12 + last - 1


@dataclass(frozen=True)
class Question:
    text: str  # the message, folded
    places: tuple[Place, ...] = ()  # named places, most specific, in text order
    place_words: tuple[str, ...] = ()  # how each was written
    families: tuple[str, ...] = ()  # canonical level names the indicator words may mean, likeliest first
    variant: str = ""  # "增速", "占比", "排名" or "" (the level)
    terms: tuple[str, ...] = ()  # indicator words as written (GDP, 财政收入)
    keywords: tuple[str, ...] = ()  # other words left over, to match indicator names and clauses
    intent: str = ""  # TARGET, ACTUAL, PROGRESS, COMPARE or "" (anything)
    time: TimeAsk | None = None
    spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # where places were read

    @property
    def canonicals(self) -> tuple[str, ...]:
        """The canonical names asked for (family + variant)."""
        return tuple(f + self.variant for f in self.families)

    @property
    def has_indicator(self) -> bool:
        return bool(self.families or self.keywords)

    @property
    def keyword(self) -> str:
        """The indicator part as one keyword string (terms and free words)."""
        return " ".join((*self.terms, *self.keywords))


def fold(text: str) -> str:
    """Full-width folded to half-width, invisible marks dropped, runs of spaces made one."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[\u200b-\u200f\u2060\ufeff\u00ad]", "", text)
    return re.sub(r"\s+", " ", text).strip()


# How development zones are written in full and for short (RECORDS.md: zones are places of their own).
_ZONE_FORMS = (
    ("经济技术开发区", ("经开区", "经济开发区", "开发区")),
    ("经济开发区", ("经开区", "开发区")),
    ("高新技术产业开发区", ("高新区", "高新技术开发区")),
    ("高新技术开发区", ("高新区",)),
    ("高技术产业开发区", ("开发区", "高新区")),
    ("新技术开发区", ("高新区", "开发区")),  # 武汉东湖新技术开发区: 东湖高新区
    ("高新区", ()),
    ("工业园区", ("园区",)),
    ("开发区", ()),
    ("新区", ()),
)


_OTHER_ZONE_ENDINGS = ("示范区", "园区", "保税区", "经济区", "试验区", "合作区")


@lru_cache(maxsize=1)
def _province_shorts() -> tuple[str, ...]:
    return tuple(p.short for p in Gazetteer.default().places if p.level == "province" and p.short != p.name)


def zone_aliases(region: str, city: str = "") -> list[str]:
    """The ways a zone's name is written: 株洲经济开发区 → 株洲经开区, 株洲开发区, 株洲市经开区 …; a zone named by
    a proper name after its city (大连金普新区) goes by that name alone too (金普新区)."""
    city_short = city[:-1] if len(city) > 2 and city[-1] in "市州盟" else city
    for full, shorts in _ZONE_FORMS:
        if region.endswith(full) and len(region) > len(full):
            stem = region[: -len(full)]
            stems = {stem, stem[:-1] if len(stem) > 2 and stem[-1] in "市县区" else stem}
            province = next((p for p in _province_shorts() if stem.startswith(p)), "")
            if province and len(stem) - len(province) >= 2:  # 陕西西咸新区: 西咸新区
                stems.add(stem[len(province) :])
            bare: set[str] = set()
            if city_short and stem.startswith(city_short) and len(stem) - len(city_short) >= 2:
                stems.add(stem[len(city_short) :])
                bare.add(stem)  # 中山火炬: the city and the zone's own name
            forms = {s + form for s in stems for form in (full, *shorts)} | bare
            return sorted(forms, key=len, reverse=True)
    # a zone with no short form (海安示范区); a region the gazetteer names otherwise (沙县, once a county) is none
    return [region] if region.endswith(_OTHER_ZONE_ENDINGS) else []


class QuestionReader:
    """Reads questions against one gazetteer; `has_data(place)` says whether the store holds figures for it.
    `zones` are places of the store the gazetteer does not list (development zones): name → its city."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        context_cities: Collection[str],
        has_data: Callable[[Place], bool],
        zones: dict[str, str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.context = tuple(sorted(context_cities))
        self.has_data = has_data
        self._zones: list[tuple[str, Place]] = []
        for name, city in (zones or {}).items():
            place = Place(code="", name=name, short=name, level="zone", city=city, province="")
            self._zones.extend((alias, place) for alias in zone_aliases(name, city))
        self._zones.sort(key=lambda item: -len(item[0]))

    def read(self, message: str) -> Question:
        text = fold(message)
        places, words, spans = self._places(text)
        rest = _blank(text, spans)
        terms = [t for t in find_terms(rest) if not _inside_word(rest, t.start, t.end)]
        families: list[str] = []
        for term in terms:
            families.extend(f for f in term.families if f not in families)
        rest = _blank(rest, [(t.start, t.end) for t in terms])
        time, time_spans = _time(rest)
        rest = _blank(rest, time_spans)
        return Question(
            text=text,
            places=tuple(places),
            place_words=tuple(words),
            families=tuple(families),
            variant=variant_asked(_blank(text, spans)),
            terms=tuple(dict.fromkeys(t.term for t in terms)),
            keywords=tuple(_keywords(rest)),
            intent=_intent(text, len(places)),
            time=time,
            spans=tuple(spans),
        )

    # -- places ---------------------------------------------------------------------------------------------

    def _places(self, text: str) -> tuple[list[Place], list[str], list[tuple[int, int]]]:
        squeezed, index = _squeeze(text)
        zones = self._zone_mentions(squeezed)
        mentions = self.gazetteer.find_mentions(_blank(squeezed, [(s, e) for s, e, _ in zones]), self.context)
        found: list[tuple[int, int, Place]] = sorted(
            [
                (m.start, m.end, self._namesake_with_data(squeezed, m))
                for m in mentions
                if not self._inside_a_word(squeezed, m)
            ]
            + zones
        )
        if not found:
            found = self._loose_places(squeezed)
        # A parent named right before its county (南通海安) leaves the county.
        kept: list[tuple[int, int, Place]] = []
        for start, end, place in found:
            if kept and kept[-1][1] >= start - 1 and kept[-1][2].name in (place.city, place.province):
                start = kept.pop()[0]
            kept.append((start, end, place))
        places, words, spans = [], [], []
        for start, end, place in kept:
            if place in places:
                continue
            places.append(place)
            words.append(squeezed[start:end])
            spans.append((index[start], index[end - 1] + 1))
        return places, words, spans

    def _namesake_with_data(self, text: str, mention: Mention) -> Place:
        """A short name two places share (通州: 南通's and 北京's), written without its city, stands for the one the
        store has figures for, when only one of them has."""
        if self.has_data(mention.place) or self._after_its_parent(text, mention):
            return mention.place
        with_data = [
            p for p in _lookup(self.gazetteer, text[mention.start : mention.end]) if self.has_data(p)
        ]
        return with_data[0] if len(with_data) == 1 else mention.place

    def _after_its_parent(self, text: str, mention: Mention) -> bool:
        """Whether the text names the place's own city or province right before it (`北京通州`)."""
        parents = filter(
            None, (self.gazetteer.get(mention.place.city), self.gazetteer.get(mention.place.province))
        )
        return any(text.endswith((p.name, p.short), 0, mention.start) for p in parents)

    def _inside_a_word(self, text: str, mention: Mention) -> bool:
        """A short name with no figures in the store, written inside a run of Chinese with no joining word at
        either side and not after its own city or province, is part of another word: `如皋 重大城建项目` asks about 如皋, not
        大城."""
        if mention.exact or self.has_data(mention.place):
            return False
        before, after = text[mention.start - 1 : mention.start], text[mention.end : mention.end + 1]
        if not (_is_han(before) and _is_han(after)) or before in _JOINERS or after in _JOINERS:
            return False
        return not self._after_its_parent(text, mention)  # 北京通州今年

    def zone_named(self, name: str) -> Place | None:
        """The development zone of the store that this name writes in full or for short, if any."""
        return next((place for alias, place in self._zones if alias == name), None)

    def _zone_mentions(self, text: str) -> list[tuple[int, int, Place]]:
        found: list[tuple[int, int, Place]] = []
        for alias, place in self._zones:
            start = text.find(alias)
            while start >= 0:
                end = start + len(alias)
                if not any(s < end and start < e for s, e, _ in found):
                    found.append((start, end, place))
                start = text.find(alias, end)
        return found

    def _loose_places(self, text: str) -> list[tuple[int, int, Place]]:
        """Short names outside the store's cities (昆山, 宝应), looked up word by word: only names that
        stand for one place with a known full name, never inside an indicator word."""
        taken = [(t.start, t.end) for t in find_terms(text)]
        found: list[tuple[int, int, Place]] = []
        i = 0
        while i < len(text) - 1:
            hit = None
            for length in (4, 3, 2):
                word = text[i : i + length]
                if len(word) < length or any(s < i + length and i < e for s, e in taken):
                    continue
                if _TIME.fullmatch(word) or _FILLER.fullmatch(word):
                    continue
                candidates = _lookup(self.gazetteer, word)
                if candidates:
                    with_data = [p for p in candidates if self.has_data(p)]
                    hit = (i, i + length, (with_data or candidates)[0])
                    break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found


@lru_cache(maxsize=8192)
def _lookup(gazetteer: Gazetteer, word: str) -> tuple[Place, ...]:
    """Places `word` names as a real short form or full name: not a generic word that happens to be some
    place's name part. (A Gazetteer hashes by identity, so each gazetteer has its own entries.)"""
    places = gazetteer.lookup(word)
    return tuple(p for p in places if p.level != "province" and word in (p.name, p.short))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _squeeze(text: str) -> tuple[str, list[int]]:
    """The text without spaces, and where each of its characters stands in the original."""
    chars, index = [], []
    for i, char in enumerate(text):
        if not char.isspace():
            chars.append(char)
            index.append(i)
    return "".join(chars), index


def _blank(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """The text with the given spans replaced by spaces (positions stay put)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _inside_word(text: str, start: int, end: int) -> bool:
    """An ASCII term glued into a longer ASCII word (`GDP` in `GDPR`) does not count."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    term = text[start:end]
    return term.isascii() and (
        (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())
    )


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _CN_DIGITS.get(word, 0)


def _time(text: str) -> tuple[TimeAsk | None, list[tuple[int, int]]]:
    year = relative = None
    span_years = None
    part = ""
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for m in _TIME.finditer(text):
        spans.append(m.span())
        words.append(m.group().strip())
        if m["plan"]:
            span_years = _PLAN_SPANS[m["plan"]]
        elif m["year"]:
            year = int(m["year"])
        elif m["rel"]:
            relative = _RELATIVE[m["rel"]]
        elif m["half"]:
            part = "H1" if m["half"] == "上半年" else "H2"
        elif m["q"]:
            part = f"Q{_number(m['q'])}"
        elif m["qs"] or m["qs2"]:
            part = f"Q1-Q{_number(m['qs'] or m['qs2'])}"
        elif m["m2"] or m["mn"]:
            last = _number(m["m2"] or m["mn"])
            if 1 <= last <= 12:
                part = (
                    "H1"
                    if last == 6
                    else ""
                    if last == 12
                    else f"Q1-Q{last // 3}"
                    if last % 3 == 0
                    else f"M1-{last}"
                )
    if not spans:
        return None, []
    return TimeAsk(year, relative, span_years, part, "".join(words)), spans


def _intent(text: str, place_count: int) -> str:
    if _COMPARE_WORDS.search(text) or (place_count != 1 and "排名" in text and place_count > 1):
        return COMPARE
    actual = bool(_ACTUAL_WORDS.search(text))
    target = bool(_TARGET_WORDS.search(text))
    if _PROGRESS_WORDS.search(text) or (actual and target):
        return PROGRESS
    if actual:
        return ACTUAL
    if target:
        return TARGET
    return ""


def _keywords(rest: str) -> list[str]:
    words = []
    for chunk in _WORD.findall(rest):
        chunk = _FILLER.sub(" ", chunk)
        for word in chunk.split():
            if len(word) >= 2 or (word.isascii() and len(word) >= 2):
                words.append(word)
    return list(dict.fromkeys(words))
