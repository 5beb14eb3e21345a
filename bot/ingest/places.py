"""The gazetteer: China's provinces, prefecture-level cities and county-level units, with their short and
former names, built by scripts/build_gazetteer.py into bot/data/gazetteer.json.

Two jobs: name → place for what users and headings say (`lookup`, `resolve`, `suggest`), and the places
that running text names (`find_mentions`). Running text is full of words that contain a place's short form
(投资兴业 holds 资兴, 合作 is 合作市's), so there a name counts only on evidence:
- a full name with its level suffix counts, unless the suffix starts a word (合作市场, 海门区域);
- a full name with nothing distinctive before its suffix (城区, 郊区, 沛县) or only generic parts
  (市中区, 新城区, 城关区) counts only in the document's cities, or right after its parent city;
- a short form counts for provinces and prefecture cities, and for a county only in the document's
  cities or right after its city or province (南通通州); never when generic (新城, 城区) or when a level
  suffix that is not its own follows (大城市 is not 大城县);
- a former name (海门市 → 海门区) counts only in the document's cities;
- a county's short form that is also a common word (振兴, 惠民, 大关) counts only in its own city, and never
  inside a common phrase (乡村振兴, 惠民生, 亿元大关) unless its city's name goes right before it; nor does a city's
  short form inside a common phrase that holds it (大理石, 长治久安, 日照时数) unless its province goes right before it.
- a city's local short name of a long-named banner or county-level city (`扎旗`, `前旗`, `乌市` in 兴安盟's texts)
  counts only in that city's texts, as a list's item or a clause's opening word.
Where several places share a name, the document's cities, then the place just named (南通市通州区), then
prominence decide; a tie is no mention.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick_rs
from rapidfuzz import fuzz, process

from bot.ingest.normalize import t2s

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json"

LEVEL_RANK = {"province": 3, "city": 2, "county": 0, "zone": 0}
# Characters a division's name ends with; a short form never does, bar 州 (扬州, 通州).
SUFFIX_CHARS = frozenset("省市区县旗州盟")
_NOT_SHORT_ENDINGS = SUFFIX_CHARS - {"州"}
# A level suffix followed by one of these is the start of an ordinary word: 合作市场 is not 合作市.
SUFFIX_WORDS = frozenset({"市场", "市值", "区域", "区间", "区块", "县域"})
# A newspaper's kind that a name ending in 都市 runs into (`西江都市报讯`: 江都市 is no place there).
_PAPER_AFTER_CITY = "都市报"
# An autonomous county or banner (`新平彝族傣族自治县`), or an ethnic district (`管城回族区`, `梅里斯达斡尔族区`).
_AUTONOMOUS = re.compile(r"(?:自治([县旗])|族(区))$")
# Around a one-character county's full name (`叶县`), what shows it is not one: `县城`, `县级`, `市和县`, `各县`.
_ONE_CHAR_WORDS = frozenset("城域级乡区市委镇")
_ONE_CHAR_BEFORE = frozenset("和与及、各两本该全我每个")
_BEFORE_HE = frozenset("省市区乡镇村")
# 和县 read across a conjunction: `领导和县人大`, `省市和县直部门` (and + the county's own bodies).
_HE_COUNTY_BODIES = re.compile(r"人大|人民|政[府协]|委|直|纪委|财政")
# A county-level city whose name ends in the word 城市 "city" (海城市, 兴城市, 应城市) is read across a word in
# running text (沿海城市, 新兴城市, 相应城市): written straight after a character of text, other than a word that
# stands before a name, it counts only where the document names its city or province.
_COMMON_WORD_ENDING = "城市"
_BEFORE_A_NAME = frozenset("在的和与及是为到从向对于由至赴省市州、")
_TOWN_SUFFIXES = frozenset("镇乡")
_TOWN_STARTS = frozenset("镇乡街")
_TOWN_NAME_SUFFIXES = ("街道", "镇", "乡")
_TOWN_WORD_AFTER = frozenset("村镇土亲贤愁化")
# Parts of a name that say where or what, not which: 市中, 新城, 城关, 东 (东区), 郊 (郊区).
GENERIC_MORPHEMES = frozenset("东西南北中上下前后左右内外新老旧古城郊矿市区县关")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"), None)
_EDGE_PUNCTUATION = "\"'`.,;:!?()[]{}<>“”‘’、。，；：！？（）【】《》〈〉「」『』·-—–_/\\|*#@"
WORD_SHORTS_PATH = GAZETTEER_PATH.with_name("word_shorts.json")
ALIASES_NAME = "place_aliases.json"


def _load_word_shorts(
    path: Path,
) -> tuple[
    frozenset[str], frozenset[str], tuple[str, ...], dict[str, frozenset[str]], tuple[str, ...], dict[str, int]
]:
    """County short forms that are common words of their own, those and the strings of general text, the common
    phrases that hold one, the common words a two-character full name's first character ends (完成 for 成县), the
    common phrases that hold a city's short form, and the common two-character words with their zipf times ten, as
    scripts/build_word_shorts.py derived them from a word-frequency list and a dictionary, with those seen in real
    sentences (bot/data/WORD_SHORTS.md)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    words = frozenset(data["words"])
    shorts = words | frozenset(data["across"]) | frozenset(data["attested"])
    words_before = {name: frozenset(before) for name, before in data["one_char_words"].items()}
    phrases, city_phrases = _phrases_of(data, "phrases"), _phrases_of(data, "city_phrases")
    return words, shorts, phrases, words_before, city_phrases, data["common_pairs"]


def _phrases_of(data: dict, key: str) -> tuple[str, ...]:
    """The phrases attested in real sentences, then those derived for each short form, once each, in that order."""
    derived = (phrase for held in data[key].values() for phrase in held)
    return tuple(dict.fromkeys((*data[f"attested_{key}"], *derived)))


# County short forms that are also common words (振兴, 惠民, 大关, 平安, 资源, 合作) or that general text writes
# across two words (创新和 holds 新和): they are no evidence of a place when the text names neither the
# county's city nor its province (`anywhere_mentions`). Common phrases that hold one (乡村振兴, 惠民生, 亿元大关,
# 公安局): there it counts even in its own city only after the city's name. A two-character full name read
# across a common word (`完成县政府` holds 成县) is no mention unless its city or province stands right before
# it (`陕西洋县`, though 西洋 is a word).
# COMMON_WORD_SHORTS are those that are common words of their own (富裕, 振兴), not strings read across two words
# (不曾都 holds 曾都).
# Common phrases that hold a city's or prefecture's short form (三明治, 大同小异, 孙中山, 长治久安, and, seen in real
# sentences, 日照时数 "hours of sunshine", 朝阳产业 "sunrise industry", 阿里研究院 of the 阿里巴巴 group): inside one,
# the short form names no place unless its province stands right before it.
# _COMMON_PAIRS: common two-character words (其中, 城市, 新增) → their zipf times ten, for `_across_edge_words`.
COMMON_WORD_SHORTS, WORD_SHORTS, _WORD_PHRASES, _WORDS_BEFORE_ONE_CHAR, _CITY_PHRASES, _COMMON_PAIRS = (
    _load_word_shorts(WORD_SHORTS_PATH)
)


def _phrases_by_part(phrases: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each string of two characters or more inside a phrase → the phrases that hold it."""
    index: dict[str, list[str]] = defaultdict(list)
    for phrase in phrases:
        for size in range(2, len(phrase)):
            for at in range(len(phrase) - size + 1):
                if phrase not in index[phrase[at : at + size]]:
                    index[phrase[at : at + size]].append(phrase)
    return {part: tuple(held) for part, held in index.items()}


_PHRASES_BY_PART = _phrases_by_part(_WORD_PHRASES)
_CITY_WORDS = _phrases_by_part(_CITY_PHRASES)
_CONTEXT_CACHE_SIZE = 4096
_SCAN_MEMO_MIN = 1000  # texts this long (whole documents) keep their last scans for a second look
# A document is scanned with a few contexts (none, its city, every city) and as two texts (itself, and itself with
# the places it compares itself to blanked out): this many recent scans are kept, the oldest dropped first.
_SCAN_MEMO_SIZE = 6
# names resolved (headings, zone prefixes): bounded, as names typed by users pass here too
_NAME_CACHE_SIZE = 8192
_AREA_UNITS = frozenset("亩顷")  # an area measured before a word (`千亩荷塘`): the word is a thing, no place
_ADJACENT_GAP = 2  # at most this many spaces between a parent and the place it qualifies (南通 通州区)

# What it takes for a written form to count as a mention in running text.
ALWAYS, IN_CONTEXT, AFTER_PARENT = 0, 1, 2
# A former one-character county (盘县, now 盘州市) counts right after its city or its province (`贵州省盘县`).
AFTER_PROVINCE = 3
# A local short name (`扎旗`, `前旗`, `乌市` in 兴安盟) counts in its own city's texts, as an item of a list.
IN_CITY_LIST = 4
# Around a local short name, what shows it stands as a list's item or a clause's subject: `突泉、扎旗、前旗高于…`,
# `…;扎旗下降62.8%`, `依次为乌市、前旗`.
_LIST_SEPARATOR = "、"
_CLAUSE_OPENERS = frozenset("。;；,，:：(（\n为")
_LOCAL_POSITIONS = ("前旗", "中旗", "后旗")
_NOT_LOCAL_FIRST = frozenset("一二三四五六七八九十东西南北")


@dataclass(frozen=True)
class Place:
    code: str  # adcode
    name: str  # full current name, simplified: 海安市
    short: str  # 海安; the full name when nothing shorter is distinctive (城区, 沛县)
    level: str  # "province" | "city" | "county"
    city: str  # a county's prefecture city (南通市), or its municipality (北京市); "" otherwise
    province: str  # 江苏省; "" for a province

    @property
    def root(self) -> str:
        """The name a zone's or a sub-unit's name is built on: the short form, or the full name without its level
        suffix where nothing shorter is distinctive (a province's 海南, a city's 三沙)."""
        return self.short if self.short != self.name else self.name[:-1]

    @property
    def prominence(self) -> int:
        """Ranks same-named places when nothing else decides: a province over a city over a district of a
        municipality (provincial-level, so the best-known 通州区) over any other county."""
        if self.level == "county" and self.city and self.city == self.province:
            return 1
        return LEVEL_RANK[self.level]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    place: Place
    exact: bool  # the full name, with its level suffix, was written


@dataclass(frozen=True)
class _Form:
    """One way of writing a place, as running text may contain it."""

    place: Place
    exact: bool
    needs: int  # ALWAYS, IN_CONTEXT, AFTER_PARENT or AFTER_PROVINCE


def normalize_name(text: str) -> str:
    """A place name as typed → the form the gazetteer uses: full-width folded, invisible marks and spaces
    dropped, surrounding punctuation stripped. Traditional script is handled by the gazetteer."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return "".join(text.split()).strip(_EDGE_PUNCTUATION)


@functools.lru_cache(maxsize=4096)
def _simplified_char(char: str) -> str:
    converted = t2s(char)
    return converted if len(converted) == 1 else char


def _proper_part(name: str, short: str) -> str:
    """What distinguishes a name from its level suffix: 海安 for 海安市, 城 for 城区, 沛 for 沛县."""
    if short != name:
        return short
    return name[:-1] if name[-1:] in SUFFIX_CHARS else name


def _is_generic(part: str) -> bool:
    return all(char in GENERIC_MORPHEMES for char in part)


def _full_name_needs(name: str, short: str) -> int:
    proper = _proper_part(name, short)
    if len(proper) >= 2:
        return IN_CONTEXT if _is_generic(proper) else ALWAYS
    return AFTER_PARENT if not proper or _is_generic(proper) else IN_CONTEXT


def _conjunction_he(text: str, start: int, end: int) -> bool:
    """Whether `和县` at text[start:end] is the conjunction 和 before the county's own bodies (`市和县两级`,
    `县委的领导和县人大`), not the county 和县."""
    before = text[start - 1 : start]
    if before in _BEFORE_HE:
        return True
    return "\u4e00" <= before <= "\u9fff" and _HE_COUNTY_BODIES.match(text, end) is not None


def _in_paper(text: str, end: int) -> bool:
    """Whether a name ending at `end` runs into a newspaper's kind (`西江都市报`)."""
    return text.startswith(_PAPER_AFTER_CITY, end - 2)


def _acting_head(text: str, start: int, end: int) -> bool:
    """`县政府代县长张三`: 代 and the title 县长 (an acting county head), not 代县."""
    return text[start] == "代" and end - start == 2 and text[end : end + 1] == "长"


def _runs_into_word(text: str, start: int, end: int) -> bool:
    """Whether a full name written at text[start:end] runs into an ordinary word: its suffix starts one (合作市场),
    it is an acting head's title (代县长), or a newspaper's name (西江都市报)."""
    return text[end - 1 : end + 1] in SUFFIX_WORDS or _acting_head(text, start, end) or _in_paper(text, end)


# What follows a place's short form in the name of a road or a mountain (`临江东路`, `苍南大道`, `天柱山`); not `一路`
# (`一路领先` is "all the way"), nor `街`, which in Guangdong is a sub-district (`荔城街`), nor `山区` (the place's hills),
# nor the idiom `山清水秀` said of the place (`武义山清水秀,自然环境很好`, r410 武义).
_FEATURE_AFTER = re.compile(r"(?:[东西南北中二三四五六七八九十]?(?:路|大道|大街)|山(?!区|[清青明]水秀))")
# The seat a head's title names before 长 (`市长`, `县长`, `镇长`): a county's short form that starts with that 长
# (长武, 长丰, 长清) is read across the title and the head's name (`市长武文罡`).
_HEAD_SEATS = frozenset("市县区州旗镇乡")


def _head_and_name(text: str, start: int) -> bool:
    return text[start] == "长" and start > 0 and text[start - 1] in _HEAD_SEATS


# A title a person's name follows (`党工委书记金华明`, `董事长黄山林`), and what follows a three-character name: a mark
# or a verb of speech (`金华明说`, `…表示`).
_TITLE_BEFORE = re.compile(
    r"(?:书记|主任|[镇乡县区市州旗]长|局长|部长|主席|董事长|总经理|经理|厂长|院长|校长|记者|通讯员)$"
)
_AFTER_A_NAME = re.compile(
    r"[\u4e00-\u9fff](?:说|表示|介绍|指出|强调|认为|告诉|透露|坦言|[，,。：:、“”\s(（])"
)


def _person_after_title(text: str, start: int, end: int) -> bool:
    """Whether a short form opens a person's three-character name written right after a title."""
    return _TITLE_BEFORE.search(text, max(0, start - 3), start) is not None and bool(
        _AFTER_A_NAME.match(text, end)
    )


def _in_phrase(text: str, start: int, end: int, index: dict[str, tuple[str, ...]] = _PHRASES_BY_PART) -> bool:
    """Whether text[start:end] lies inside one of the common phrases of `index` that hold a short form (乡村振兴;
    for cities `_CITY_WORDS`: 长治久安, 孙中山)."""
    written = text[start:end]
    for phrase in index.get(written, ()):
        at = phrase.find(written)
        while at >= 0:
            if at <= start and text.startswith(phrase, start - at):
                return True
            at = phrase.find(written, at + 1)
    return False


def _across_edge_words(text: str, start: int, end: int) -> bool:
    """Whether a two-character short form at text[start:end] is read across words: its first character ends a common
    word with the one before (`新增城市`: 新增) or its last starts one with the one after (城市), as a segmenter would
    read it, unless that neighbour makes a commoner word on its other side (`了解开州`: 了解, not 解开)."""
    if end - start != 2:
        return False
    before = _COMMON_PAIRS.get(text[start - 1 : start + 1], 0) if start else 0
    if before and _COMMON_PAIRS.get(text[start - 2 : start], 0) < before:
        return True
    after = _COMMON_PAIRS.get(text[end - 1 : end + 1], 0)
    return bool(after) and _COMMON_PAIRS.get(text[end : end + 2], 0) < after


# A name of nothing but generic parts (`老城区` "the old town") inside a short quoted slogan (`“做精老城区、做强经开区、
# 做大高新区”`, f21_p08, 钟楼区's page) is a kind of area the slogan speaks of, not the district of that name.
_SLOGAN_SPAN = 30


def _generic_in_slogan(text: str, start: int, end: int, place: Place) -> bool:
    if place.level != "county" or not _is_generic(_proper_part(place.name, place.short)):
        return False
    opening = text.rfind("“", max(0, start - _SLOGAN_SPAN), start)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end, end + _SLOGAN_SPAN)
    return closing >= 0 and "“" not in text[end:closing]


def _short_counts(place: Place) -> bool:
    """Whether a place's short form may stand for it in running text at all."""
    short = place.short
    return (
        short != place.name
        and len(short) >= 2
        and short[-1] not in _NOT_SHORT_ENDINGS
        and not _is_generic(short)
    )


class Gazetteer:
    """Places of one year of China's administrative divisions; see the module's docstring."""

    def __init__(self, data: dict) -> None:
        rows = data["places"]
        names = {row[0]: row[1] for row in rows}
        self.year: int = data.get("year", 0)
        self.places: tuple[Place, ...] = tuple(
            Place(code, name, short, level, names.get(city, ""), names.get(province, ""))
            for code, name, short, level, city, province in rows
        )
        by_code = {p.code: p for p in self.places}
        self._by_code = by_code
        self._by_name: dict[str, list[Place]] = defaultdict(list)
        self._by_short: dict[str, list[Place]] = defaultdict(list)
        self._by_former: dict[str, list[Place]] = defaultdict(list)
        self._by_former_short: dict[str, list[Place]] = defaultdict(list)
        self._former_of: dict[str, list[str]] = defaultdict(list)  # code -> former full names
        self._counties: dict[str, list[Place]] = defaultdict(list)
        forms: dict[str, list[_Form]] = defaultdict(list)

        for place in self.places:
            self._by_name[place.name].append(place)
            forms[place.name].append(_Form(place, True, _full_name_needs(place.name, place.short)))
            if place.short != place.name:
                self._by_short[place.short].append(place)
                if _short_counts(place):
                    needs = IN_CONTEXT if place.level == "county" else ALWAYS
                    forms[place.short].append(_Form(place, False, needs))
            if place.level == "county" and place.city:
                self._counties[place.city].append(place)
            autonomous = _AUTONOMOUS.search(place.name)
            if autonomous and _short_counts(place) and place.level == "county":
                # `新平县`, `金秀县`, `鄂温克旗`, `管城区`: an autonomous county (or an ethnic district) written as its
                # short form and its level, as news and its own people mostly write it; as telling as its full name
                level = autonomous.group(1) or autonomous.group(2)
                forms[place.short + level].append(_Form(place, True, ALWAYS))
            elif place.level == "city" and place.name.endswith("自治州") and place.short != place.name:
                # `凉山州`, `甘孜州`, `黔东南州`: an autonomous prefecture as it is written, never its bare short form
                # and `州` (which `_counts` refuses as a suffix not its own)
                forms[place.short + "州"].append(_Form(place, True, ALWAYS))
        for alias, code in data.get("aliases", []):
            if code in by_code:  # `科左中旗`, `博州` (bot/data/place_aliases.json): as telling as a full name
                forms[alias].append(_Form(by_code[code], True, ALWAYS))
        official = set(forms)
        for local, place in _local_shorts(self._counties):
            if local not in official:  # never over a name the gazetteer gives
                forms[local].append(_Form(place, False, IN_CITY_LIST))
        for name, short, codes in data.get("former", []):
            if _is_generic(_proper_part(name, short)):
                continue  # an old 城区 or 市区 is what a user means by neither word today
            targets = [by_code[c] for c in codes if c in by_code]
            self._by_former[name].extend(targets)
            if len(targets) == 1 and name not in self._by_name:
                self._former_of[targets[0].code].append(name)
            if short != name:
                self._by_former_short[short].extend(targets)
            if name not in self._by_name and _full_name_needs(name, short) == ALWAYS:
                # In running text an old name counts in its own cities only: 江都市 is in 长江都市圈 too.
                forms[name].extend(_Form(place, True, IN_CONTEXT) for place in targets)
            elif name not in self._by_name and len(targets) == 1 and len(name) == 2:
                # `贵州省盘县蝉联…`: a former one-character county, named right after its province
                forms[name].append(_Form(targets[0], True, AFTER_PROVINCE))

        self._forms: dict[str, tuple[_Form, ...]] = {key: tuple(value) for key, value in forms.items()}
        self._known_chars = frozenset(
            itertools.chain.from_iterable(itertools.chain(self._by_name, self._by_former))
        )
        self._pinyin_source: dict[str, str] = data.get("pinyin", {})
        self._suggest_index: tuple[list[str], list[str], list[list[Place]]] | None = None
        self._context_cache: dict[tuple[str, ...], frozenset[str]] = {}
        # recent whole-document scans: (text, context, mentions) and (text, candidates, towns' shorts), newest
        # last, matched by the text's identity
        self._scans: list[tuple[str, frozenset[str], tuple[Mention, ...]]] = []
        self._candidate_scans: list[tuple[str, list[tuple[int, list[int]]], dict[str, bool]]] = []
        self._resolved: dict[tuple[str, str | None], Place | None] = {}
        self._got: dict[str, Place | None] = {}

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        """The gazetteer in `path`, with the abbreviations of `place_aliases.json` beside it when there is one."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        aliases = Path(path).with_name(ALIASES_NAME)
        if aliases.exists() and "aliases" not in data:
            data["aliases"] = json.loads(aliases.read_text(encoding="utf-8"))["aliases"]
        return cls(data)

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, loaded once."""
        return _default_gazetteer()

    # ------------------------------------------------------------------------------------------ names

    def normalize(self, name: str) -> str:
        """normalize_name, then traditional characters (those no place name uses) made simplified."""
        text = normalize_name(name)
        if all(char in self._known_chars or char.isascii() for char in text):
            return text
        return "".join(char if char in self._known_chars else _simplified_char(char) for char in text)

    def get(self, name: str) -> Place | None:
        """The current place with exactly this full name: the most prominent of those sharing it (通州区
        of 北京市), None when they are equal (鼓楼区)."""
        if name in self._got:
            return self._got[name]
        place = self._best(self._by_name.get(self.normalize(name), []), frozenset())
        if len(self._got) < _NAME_CACHE_SIZE:
            self._got[name] = place
        return place

    def by_code(self, code: str) -> Place | None:
        """The place with this six-digit division code, else its city's (a county's code that has changed)."""
        return self._by_code.get(code) or self._by_code.get(code[:4] + "00")

    def lookup(self, name: str, city_hint: str | None = None) -> list[Place]:
        """Places a name may mean, best first: by full name, former name, short form, former short form,
        the short form under another suffix (如东市 → 如东县), or a name qualified by its city (南通通州)."""
        return self._lookup(self.normalize(name), self._hint(city_hint))

    def resolve(self, name: str, city_hint: str | None = None) -> Place | None:
        """The one place a name means, or None when it is unknown or ambiguous (鼓楼区 without a city)."""
        key = (name, city_hint)
        if key in self._resolved:
            return self._resolved[key]
        hint = self._hint(city_hint)
        place = self._best(self._lookup(self.normalize(name), hint), hint)
        if len(self._resolved) < _NAME_CACHE_SIZE:
            self._resolved[key] = place
        return place

    def counties_of(self, city: str) -> list[Place]:
        """The county-level units of a prefecture city or municipality, by code."""
        place = self.resolve(city)
        if place is None or place.level == "county":
            return []
        return sorted(self._counties.get(place.name, []), key=lambda p: p.code)

    def suggest(self, query: str, limit: int = 5) -> list[Place]:
        """The places whose names are nearest to a misspelt or unknown one, by characters and by sound
        (海按 → 海安市), best first."""
        key = self.normalize(query)
        if not key or limit <= 0:
            return []
        choices, sounds, targets = self._suggest_choices()
        scores: dict[int, float] = {}
        for query_form, pool in ((key, choices), (self._sound(key), sounds)):
            for _, score, index in process.extract(
                query_form, pool, scorer=fuzz.ratio, limit=limit * 20, score_cutoff=40
            ):
                scores[index] = max(score, scores.get(index, 0.0))
        ranked: list[tuple[float, int, str, Place]] = []
        for index, score in scores.items():
            ranked.extend((-score, -place.prominence, place.code, place) for place in targets[index])
        result: list[Place] = []
        for *_, place in sorted(ranked, key=lambda item: item[:3]):
            if place not in result:
                result.append(place)
            if len(result) == limit:
                break
        return result

    # ------------------------------------------------------------------------------------------ running text

    def find_mentions(self, text: str, context_cities: Collection[str] = ()) -> list[Mention]:
        """Places named in simplified running text, leftmost-longest and non-overlapping.

        `context_cities` are the document's cities (full or short names): their counties' short forms
        count, and they decide between same-named places (通州区 of 南通市 or of 北京市).
        """
        context = self._context(context_cities)
        memo = len(text) > _SCAN_MEMO_MIN
        if memo:
            for scanned, scanned_context, found in self._scans:
                if scanned is text and scanned_context == context:  # the same document, scanned again
                    return list(found)
        candidates, towns = self._candidates_and_towns(text)
        mentions: list[Mention] = []
        previous: Mention | None = None
        pos = 0
        for start, lengths in candidates:
            if start < pos:
                continue
            mention = self._mention_at(text, start, lengths, context, previous)
            if mention is not None:
                mentions.append(mention)
                previous = mention
                pos = mention.end
        mentions = self._without_towns_shorts(text, mentions, towns)
        mentions = _without_measured_shorts(text, mentions)
        if memo:
            _remember(self._scans, (text, context, tuple(mentions)))
        return mentions

    def anywhere_mentions(self, text: str) -> list[Mention]:
        """Places named in a text that names no city to read it in: every city's counties' short forms count,
        bar those that are common words (`WORD_SHORTS`: 振兴, 惠民, 大关) or sit in a common phrase, and a
        one-character county's full name after a conjunction (`市政府和县委` is not 和县)."""
        return [m for m in self.find_mentions(text, self._everywhere) if not self._word_like(text, m)]

    def word_like_mentions(self, text: str) -> list[Mention]:
        """The county short forms `anywhere_mentions` drops as common words or parts of a common phrase (长兴,
        天桥): what only a place's frame around one can make a place of."""
        return [m for m in self.find_mentions(text, self._everywhere) if self._word_like(text, m)]

    @functools.cached_property
    def _everywhere(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.places if p.level in ("city", "province"))

    def _word_like(self, text: str, mention: Mention) -> bool:
        if mention.place.level != "county":
            return False
        written = text[mention.start : mention.end]
        if mention.exact:
            if self._city_across_a_word(text, mention.start, mention.place, written):
                return True
            if _generic_in_slogan(text, mention.start, mention.end, mention.place):
                return True
            return len(written) == 2 and (
                text[mention.end : mention.end + 1] in _ONE_CHAR_WORDS
                or _acting_head(text, mention.start, mention.end)
                or (written[0] == "和" and _conjunction_he(text, mention.start, mention.end))
                or self._across_a_word(text, mention.start, written, (mention.place,))
            )
        return (
            written in WORD_SHORTS
            or _in_phrase(text, mention.start, mention.end)
            or _across_edge_words(text, mention.start, mention.end)
        )

    def full_names(self, text: str) -> list[Mention]:
        """Full names with their level suffix that mean one place in the whole country, wherever the context:
        the evidence a byline or a title gives (`郏县`, `缙云县`), read when running text names no place that
        counts. A one-character county (`叶县`, `沛县`) counts unless a word goes on (`县城`, `县域`) or a
        conjunction or a counter stands before it (`市和县`, `各县`), nor when it ends another place's name written
        with the characters before it (`禄丰县`, the former name of 禄丰市, is not 丰县)."""
        found: list[Mention] = []
        pos = 0
        parents_named: dict[str, bool] | None = None
        index = self._full_name_index
        for start, lengths in self._candidates(text):
            if start < pos:
                continue
            name = next((text[start : start + n] for n in lengths if text[start : start + n] in index), "")
            if not name:
                continue
            places = index[name]
            end = start + len(name)
            if _runs_into_word(text, start, end):
                continue
            if self._starts_inside_name(text, start, end):
                continue  # `天津市市长`: 天津市 and its mayor, not 津市市
            if any(self._city_across_a_word(text, start, place) for place in places):
                continue  # `沿海城市`: a word and 城市, not 海城市
            if all(_generic_in_slogan(text, start, end, place) for place in places):
                continue  # `“做精老城区、做强经开区”`: the old town, not 洛阳's 老城区
            if len(name) == 2 and (
                text[end : end + 1] in _ONE_CHAR_WORDS
                or text[start - 1 : start] in _ONE_CHAR_BEFORE
                or (name[0] == "和" and _conjunction_he(text, start, end))
                or self._across_a_word(text, start, name, places)
                or self._ends_longer_name(text, start, end)
            ):
                continue
            if len(places) == 1:
                place: Place | None = places[0]
            else:
                if parents_named is None:
                    parents_named = {}
                place = self._named_parent(text, places, parents_named)
            if place is not None:
                found.append(Mention(start, end, place, True))
                pos = end
        return found

    def shared_full_names(self, text: str) -> dict[str, tuple[Place, ...]]:
        """Full county names written in `text` that several places share (`新城区`: 呼和浩特's and 西安's), each with
        those places, in the order first written: what a text that no place was found for may have meant."""
        index = self._full_name_index
        shared: dict[str, tuple[Place, ...]] = {}
        for start, lengths in self._candidates(text):
            name = next((text[start : start + n] for n in lengths if text[start : start + n] in index), "")
            counties = tuple(p for p in index.get(name, ()) if p.level == "county")
            if len(name) >= 3 and len(counties) > 1:
                shared.setdefault(name, counties)
        return shared

    def shared_short_mentions(self, text: str) -> list[tuple[int, int, tuple[Place, ...]]]:
        """Where running text writes a county's short form that several counties share and would count for each
        of them (平山: 石家庄's 平山县 and 本溪's 平山区), each with those counties: what `anywhere_mentions` reads as no
        place, since nothing in the form itself tells them apart. Common words and phrases are left out as there."""
        context = self._context(self._everywhere)
        found: list[tuple[int, int, tuple[Place, ...]]] = []
        pos = 0
        for start, lengths in self._candidates(text):
            if start < pos:
                continue
            for length in lengths:
                end = start + length
                counting = [
                    f
                    for f in self._forms[text[start:end]]
                    if self._counts(f, text, start, end, context, None, False)
                ]
                if not counting:
                    continue
                places = tuple(dict.fromkeys(f.place for f in counting))
                written = text[start:end]
                if (
                    len(places) > 1
                    and all(not f.exact and f.place.level == "county" for f in counting)
                    and written not in WORD_SHORTS
                    and not _in_phrase(text, start, end)
                ):
                    found.append((start, end, places))
                pos = end
                break
        return found

    def _city_across_a_word(self, text: str, start: int, place: Place, written: str = "") -> bool:
        """A county-level city named …城市 (or a former one: `增城市`, now 增城区, in `新增城市绿地`) written straight
        after a character of text that is no word standing before a name, nor its own city or province
        (`爱琴海城市`, `沿海城市`, not `鞍山海城市`, `在海城市`)."""
        if not (written or place.name).endswith(_COMMON_WORD_ENDING) or start == 0:
            return False
        char = text[start - 1]
        if not "\u4e00" <= char <= "\u9fff" or char in _BEFORE_A_NAME:
            return False
        before = text[max(0, start - 8) : start]
        parents = filter(None, (self.get(place.city), self.get(place.province)))
        return not any(before.endswith((parent.name, parent.short)) for parent in parents)

    def _across_a_word(self, text: str, start: int, name: str, places: Iterable[Place]) -> bool:
        """A two-character full name whose first character ends a common word (`完成县政府`: 完成, not 成县),
        unless the place's own city or province is written right before it (`陕西洋县`)."""
        if text[start - 1 : start + 1] not in _WORDS_BEFORE_ONE_CHAR.get(name, ()):
            return False
        before = text[max(0, start - 8) : start]
        for place in places:
            for parent in filter(None, (self.get(place.city), self.get(place.province))):
                if before.endswith((parent.name, parent.short)):
                    return False
        return True

    def former_names(self, place: Place) -> list[str]:
        """The full names a county went by before its current one (旬阳县 for 旬阳市, 沙县 for 沙县区)."""
        return list(self._former_of.get(place.code, ()))

    def former_full_names(self, text: str) -> list[Mention]:
        """Former full names (旬阳县, 沙县) that now mean one place, wherever they stand: evidence of an older
        document's own county when its government or party secretary is named so (`沙县县委书记`)."""
        names, automaton = self._former_automaton
        found = []
        for index, start, end in automaton.find_matches_as_indexes(text):
            place = self._by_former[names[index]][0]
            if _in_paper(text, end):
                continue  # `西江都市报讯`: a newspaper's name, not 江都市
            if self._city_across_a_word(text, start, place, names[index]):
                continue  # `新增城市绿地`: 新增 and 城市 "urban", not 增城市 (now 增城区)
            # (`全省丘陵县`: 陵县, now 陵城区, across the word 丘陵, as for a current name)
            if end - start == 2 and (
                self._ends_longer_name(text, start, end)
                or self._across_a_word(text, start, names[index], [place])
            ):
                continue
            found.append(Mention(start, end, place, True))
        return found

    def _starts_inside_name(self, text: str, start: int, end: int) -> bool:
        """Whether another place's full name, begun up to three characters before text[start:end], ends inside it
        (`天津市市长`: 天津市 holds the 津市 of 津市市)."""
        for k in (1, 2, 3):
            if start < k:
                break
            if any(text[start - k : j] in self._by_name for j in range(start + 1, end)):
                return True
        return False

    def _ends_longer_name(self, text: str, start: int, end: int) -> bool:
        """Whether a one-character name and its suffix at text[start:end] end another place's name written with
        the characters before it: `江华县委书记` is 江华 (江华瑶族自治县) and 县委, not the former 华县."""
        for k in (1, 2, 3):
            if start < k:
                break
            key = text[start - k : end]
            if key in self._by_name or key[:-1] in self._by_short:
                return True
        return False

    @functools.cached_property
    def _former_automaton(self) -> tuple[list[str], ahocorasick_rs.AhoCorasick]:
        names = sorted({name for names in self._former_of.values() for name in names})
        return names, ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    @staticmethod
    def _named_parent(text: str, places: tuple[Place, ...], named_cache: dict[str, bool]) -> Place | None:
        """Of same-named places (鼓楼区), the one whose city or province the text names; None unless one."""
        named = []
        for place in places:
            for parent in (place.city, place.province):
                if len(parent) > 2:
                    if parent not in named_cache:
                        named_cache[parent] = parent[:-1] in text
                    if named_cache[parent]:
                        named.append(place)
                        break
        return named[0] if len(named) == 1 else None

    # ------------------------------------------------------------------------------------------ internals

    def _lookup(self, key: str, hint: frozenset[str]) -> list[Place]:
        if not key:
            return []
        for index in (self._by_name, self._by_former, self._by_short, self._by_former_short):
            if key in index:
                return self._ranked(index[key], hint)
        if len(key) >= 3 and key[-1] in SUFFIX_CHARS and key[:-1] in self._by_short:
            return self._ranked(self._by_short[key[:-1]], hint)
        return self._qualified(key)

    def _qualified(self, key: str) -> list[Place]:
        """`南通市通州区`, `江苏南通海安`: names that tile the key, each inside the one before."""
        mentions = self.find_mentions(key)
        if len(mentions) < 2 or mentions[0].start != 0 or mentions[-1].end != len(key):
            return []
        for before, after in itertools.pairwise(mentions):
            if after.start != before.end or before.place.name not in (after.place.city, after.place.province):
                return []
        return [mentions[-1].place]

    def _hint(self, city_hint: str | None) -> frozenset[str]:
        return self._context((city_hint,)) if city_hint else frozenset()

    def _context(self, cities: Iterable[str]) -> frozenset[str]:
        """Full names of the given cities (a county stands for its city too)."""
        key = tuple(cities)
        cached = self._context_cache.get(key)
        if cached is not None:
            return cached
        names: set[str] = set()
        for city in key:
            place = self._best(self._lookup(self.normalize(city), frozenset()), frozenset())
            if place is not None:
                names.add(place.name)
                if place.level == "county" and place.city:
                    names.add(place.city)
        if len(self._context_cache) < _CONTEXT_CACHE_SIZE:  # hints typed by users must not grow it forever
            self._context_cache[key] = frozenset(names)
        return frozenset(names)

    @staticmethod
    def _in_context(place: Place, context: frozenset[str]) -> bool:
        if place.name in context:
            return True
        # A county governed by its province directly (仙桃市) belongs to the province's context.
        return (place.city or place.province) in context if place.level == "county" else False

    def _rank_key(self, place: Place, hint: frozenset[str]) -> tuple[int, int]:
        return (0 if self._in_context(place, hint) or place.province in hint else 1, -place.prominence)

    def _ranked(self, places: list[Place], hint: frozenset[str]) -> list[Place]:
        unique = list(dict.fromkeys(places))
        return sorted(unique, key=lambda p: (*self._rank_key(p, hint), p.code))

    def _best(self, places: list[Place], hint: frozenset[str]) -> Place | None:
        ranked = self._ranked(places, hint)
        if len(ranked) > 1 and self._rank_key(ranked[0], hint) == self._rank_key(ranked[1], hint):
            return None
        return ranked[0] if ranked else None

    @staticmethod
    def _parent_before(text: str, start: int, previous: Mention | None) -> Place | None:
        """The place mentioned right before `start` (南通 in 南通通州), which may qualify the next name."""
        if previous is None or start - previous.end > _ADJACENT_GAP:
            return None
        if previous.end < start and not text[previous.end : start].isspace():
            return None
        return previous.place if previous.place.level != "county" else None

    def _mention_at(
        self, text: str, start: int, lengths: list[int], context: frozenset[str], previous: Mention | None
    ) -> Mention | None:
        """The longest form written at `start` (`lengths`, longest first) that counts here."""
        parent = self._parent_before(text, start, previous)
        for length in lengths:
            form = self._choose(
                self._forms[text[start : start + length]], text, start, start + length, context, parent
            )
            if form is not None:
                return Mention(start, start + length, form.place, form.exact)
        return None

    def _choose(
        self,
        forms: tuple[_Form, ...],
        text: str,
        start: int,
        end: int,
        context: frozenset[str],
        parent: Place | None,
    ) -> _Form | None:
        """The place this written form stands for here, or None when it counts for none or several."""
        if len(forms) == 1:  # most written forms are one place's: nothing to rank
            form = forms[0]
            place = form.place
            under_parent = parent is not None and parent.name in (place.city, place.province)
            return form if self._counts(form, text, start, end, context, parent, under_parent) else None
        ranked: list[tuple[tuple[int, int], _Form]] = []
        for form in forms:
            place = form.place
            under_parent = parent is not None and parent.name in (place.city, place.province)
            if not self._counts(form, text, start, end, context, parent, under_parent):
                continue
            standing = 2 if under_parent else 1 if self._in_context(place, context) else 0
            ranked.append(((standing, place.prominence), form))
        if not ranked:
            return None
        ranked.sort(key=lambda item: item[0], reverse=True)
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0] and ranked[0][1].place != ranked[1][1].place:
            return None
        return ranked[0][1]

    def _counts(
        self,
        form: _Form,
        text: str,
        start: int,
        end: int,
        context: frozenset[str],
        parent: Place | None,
        under_parent: bool,
    ) -> bool:
        """Whether the form stands for its place here: what it needs around it (a context, a parent), then nothing
        in the words around it that rules it out. (What it needs is read first: it is quickly read, and most short
        forms a scan meets are no place's outside their city's texts.)"""
        if not self._needed_here(form, text, start, end, context, parent, under_parent):
            return False
        place = form.place
        if form.exact:
            if _runs_into_word(text, start, end):
                return False
            if (
                not under_parent
                and not self._in_context(place, context)
                and self._city_across_a_word(text, start, place)
            ):
                return False  # 爱琴海城市, 沿海城市, 新兴城市: a word and 城市 "city", not 海城市 or 兴城市
        elif (
            text[end : end + 1] in SUFFIX_CHARS
            and text[end : end + 2] not in SUFFIX_WORDS
            and not place.name.startswith(text[start : end + 1])
        ):
            return False  # 大城市: a suffix that is not its own follows
        elif (
            text[start] in _TOWN_SUFFIXES
            and start > 0
            and "\u4e00" <= text[start - 1] <= "\u9fff"
            and not under_parent
            and self._province_or_city_at(text, start + 1)
        ):
            return False  # 榔桥镇安徽…: the 镇 closes a town's name, and 安徽 follows it, not 镇安
        elif _head_and_name(text, start) and not under_parent:
            return False  # 市长武文罡: a head's title and a person's name, not 长武
        elif not under_parent and self._feature_named_after(text, end, place):
            return False  # 临江路, 天柱山: a road or a mountain named so, not the place
        elif not under_parent and _person_after_title(text, start, end):
            return False  # 党工委书记金华明说: a person named after the title, not 金华
        elif (
            text[end : end + 1] in _TOWN_STARTS
            and place.level != "county"
            and self._others_town(text, start, end, place)
        ):
            return False  # 松江的中山街道: a town of another city's, named like the city
        # `日照时长`, `孙中山`: a common word or a company's name that holds a city's short form
        return form.exact or under_parent or not _in_phrase(text, start, end, _CITY_WORDS)

    def _needed_here(
        self,
        form: _Form,
        text: str,
        start: int,
        end: int,
        context: frozenset[str],
        parent: Place | None,
        under_parent: bool,
    ) -> bool:
        """Whether what the form needs to stand for its place is here: a context, a parent, a list of the city's."""
        place, needs = form.place, form.needs
        if needs == ALWAYS:
            return True
        if needs == IN_CONTEXT:
            return under_parent or (
                self._in_context(place, context) and (form.exact or not _in_phrase(text, start, end))
            )
        if needs == AFTER_PROVINCE:
            return parent is not None and parent.name in (place.city, place.province)
        if needs == IN_CITY_LIST:
            return (under_parent or self._in_context(place, context)) and _listed(text, start, end)
        return parent is not None and parent.name == place.city

    def _without_towns_shorts(
        self, text: str, mentions: list[Mention], towns: dict[str, bool]
    ) -> list[Mention]:
        """`中山街道…落户中山的企业…今日之中山`: where the text names a town of another city's that is named like a
        city (`中山街道` of 松江区), the city's bare short form is that town's short name all through the text.
        `towns`: the answers for this text so far, by short form (they do not depend on the context)."""
        kept = []
        for mention in mentions:
            if not mention.exact:
                written = text[mention.start : mention.end]
                if written not in towns:
                    towns[written] = self._a_towns_short(text, written)
                if towns[written]:
                    continue
            kept.append(mention)
        return kept

    def _a_towns_short(self, text: str, written: str) -> bool:
        """Whether a short form shared with a city (`中山`: 中山市, 大连's 中山区) is the short name of a town the text
        names, none of those places' own."""
        places = self._by_short.get(written, ())
        if all(p.level == "county" for p in places):
            return False
        for suffix in _TOWN_NAME_SUFFIXES:
            at = text.find(written + suffix)
            if at >= 0 and all(self._others_town(text, at, at + len(written), p) for p in places):
                return True
        return False

    def _others_town(self, text: str, start: int, end: int, place: Place) -> bool:
        """Whether the short form at text[start:end] begins the name of a town (`中山街道`) that none of the
        place's own counties has. (A county's seat is often its namesake town, under a name the list may have
        dropped: 陵城区's 陵城镇; so only a city's or province's short form is read so.)"""
        from bot.ingest.towns import town_index  # the town list loads only when a text needs it

        index = town_index(self)
        for suffix in _TOWN_NAME_SUFFIXES:
            if not text.startswith(suffix, end):
                continue
            after = text[end + len(suffix) : end + len(suffix) + 1]
            if suffix in ("乡", "镇") and after in _TOWN_WORD_AFTER:
                return False  # 中山乡村, 新平镇化: the suffix starts a word
            counties = index.counties(text[start:end] + suffix)
            return bool(counties) and all(place.name not in (c.name, c.city, c.province) for c in counties)
        return False

    def _feature_named_after(self, text: str, end: int, place: Place) -> bool:
        """Whether the short form ending at `end` opens the name of a road (`临江路`, `临江东路`, `苍南大道`) or, for a
        county or city, of a mountain (`天柱山`, 潜山's, not 天柱县; `吕梁山`): a thing named after the place or
        only like it, not the place speaking. Never where a place's name follows (`台州路桥区`, `江苏山东`), nor a
        mountain area (`平顺山区` is the county's own hills)."""
        feature = _FEATURE_AFTER.match(text, end)
        if feature is None or (feature.group() == "山" and place.level not in ("county", "city")):
            return False
        return not any(text[end : end + length] in self._forms for length in (2, 3, 4))

    def _province_or_city_at(self, text: str, pos: int) -> bool:
        for length in (2, 3, 4):
            forms = self._forms.get(text[pos : pos + length], ())
            if any(f.place.level in ("province", "city") and f.needs == ALWAYS for f in forms):
                return True
        return False

    @functools.cached_property
    def _automaton(self) -> ahocorasick_rs.AhoCorasick:
        """Every written form in one Aho-Corasick automaton, so a text is scanned once, not tried at every
        character; built on the first scan (looking names up does not need it). ahocorasick_rs, not
        pyahocorasick: with thousands of first characters, pyahocorasick's linear search of a node's children
        made the scan ten times slower. A DFA: built in some 20 ms, once, and a third faster to scan with."""
        return ahocorasick_rs.AhoCorasick(
            list(self._forms),
            matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    @functools.cached_property
    def _full_name_index(self) -> dict[str, tuple[Place, ...]]:
        """Full names of counties and cities (all are written forms of the automaton), bar generic ones."""
        index = {}
        for name, places in self._by_name.items():
            kept = tuple(dict.fromkeys(p for p in places if p.level in ("county", "city")))
            # a generic name (城区, 郊区) is no evidence of which place a text is about
            if kept and len(name) >= 2 and _full_name_needs(name, kept[0].short) != AFTER_PARENT:
                index[name] = kept
        return index

    def _candidates(self, text: str) -> list[tuple[int, list[int]]]:
        """Where written forms start in `text`, each with their lengths, longest first."""
        return self._candidates_and_towns(text)[0]

    def _candidates_and_towns(self, text: str) -> tuple[list[tuple[int, list[int]]], dict[str, bool]]:
        """`_candidates`, with the text's answers of `_a_towns_short` so far; a whole document's are kept for the
        next scans of it with other contexts (one automaton pass per document)."""
        for scanned, found, towns in self._candidate_scans:
            if scanned is text:
                return found, towns
        by_start: dict[int, list[int]] = {}
        for _, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            lengths = by_start.get(start)
            if lengths is None:
                by_start[start] = [end - start]
            else:
                lengths.append(end - start)
        found = [
            (start, lengths if len(lengths) == 1 else sorted(lengths, reverse=True))
            for start, lengths in sorted(by_start.items())
        ]
        towns: dict[str, bool] = {}
        if len(text) > _SCAN_MEMO_MIN:
            _remember(self._candidate_scans, (text, found, towns))
        return found, towns

    def _sound(self, text: str) -> str:
        return "".join(self._pinyin.get(char, char) for char in text)

    @functools.cached_property
    def _pinyin(self) -> dict[str, str]:
        return {char: syllable for syllable, chars in self._pinyin_source.items() for char in chars}

    def _suggest_choices(self) -> tuple[list[str], list[str], list[list[Place]]]:
        if self._suggest_index is None:
            merged: dict[str, list[Place]] = defaultdict(list)
            for index in (self._by_name, self._by_short, self._by_former, self._by_former_short):
                for key, places in index.items():
                    merged[key].extend(p for p in places if p not in merged[key])
            choices = sorted(merged)
            self._suggest_index = (choices, [self._sound(c) for c in choices], [merged[c] for c in choices])
        return self._suggest_index


def _local_shorts(counties: dict[str, list[Place]]) -> list[tuple[str, Place]]:
    """Short names a city's own texts give its long-named banners and county-level cities, which no gazetteer
    form gives (tjj.xam.gov.cn, 兴安盟's 2021 round-up: `突泉、扎旗、前旗高于全盟平均水平`, `乌市、中旗分别增长`):
    a banner by its position (`前旗` for 科尔沁右翼前旗) or its first character (`扎旗` for 扎赉特旗), a
    county-level city of four or more characters by its first (`乌市` for 乌兰浩特市); each only where no other
    county of the city would be written so. Elsewhere they name other places (`扎旗` is 扎鲁特旗 in 通辽)."""
    found: list[tuple[str, Place]] = []
    for places in counties.values():
        written: dict[str, list[Place]] = defaultdict(list)
        for place in places:
            name = place.name
            if name[0] in _NOT_LOCAL_FIRST:
                continue  # `四旗`, `五市`, `东旗`: a count or a side, not a name
            if name.endswith("旗") and not name.endswith("自治旗") and len(name) >= 4:
                written[name[0] + "旗"].append(place)
                if name.endswith(_LOCAL_POSITIONS):
                    written[name[-2:]].append(place)
            elif name.endswith("市") and len(name) >= 5:
                written[name[0] + "市"].append(place)
        for place in places:  # a first character any other county of the city shares is no one's
            for key in [
                k for k, v in written.items() if len(k) == 2 and k[0] == place.name[0] and place not in v
            ]:
                written[key].append(place)
        found.extend((key, owners[0]) for key, owners in written.items() if len(owners) == 1)
    return found


def _without_measured_shorts(text: str, mentions: list[Mention]) -> list[Mention]:
    """`千亩荷塘`, `200多亩荷塘`, `千畝荷塘`: a county's short form measured in 亩 or 公顷 is a thing (a lotus pond), not
    the place (荷塘区); the text that measures it so uses the word as a word all through (`荷塘盛宴`, `荷塘道路`), so none of
    its bare short forms counts. A full name (`荷塘区`) still does."""
    measured = {
        m.place
        for m in mentions
        if not m.exact and m.place.level == "county" and text[m.start - 1 : m.start] in _AREA_UNITS
    }
    if not measured:
        return mentions
    return [m for m in mentions if m.exact or m.place not in measured]


def _listed(text: str, start: int, end: int) -> bool:
    """A local short name stands as a list's item or opens a clause, not inside a word (`集中旗帜`)."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if text[end - 1 : end + 1] in SUFFIX_WORDS:
        return False  # `乌市场`: the suffix starts a word
    return _LIST_SEPARATOR in (before, after) or before in _CLAUSE_OPENERS


def _remember(memo: list, entry: tuple) -> None:
    """Keep `entry` as the newest of a document scan memo, dropping the oldest beyond `_SCAN_MEMO_SIZE`."""
    memo.append(entry)
    if len(memo) > _SCAN_MEMO_SIZE:
        del memo[0]


@functools.cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.from_file(GAZETTEER_PATH)
