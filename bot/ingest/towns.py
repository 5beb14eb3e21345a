"""The county a document belongs to when it names no county, only its towns (`许村镇`, `长安镇`, `城东街道`).

A county's own mid-year report or news says `我县`, `全区` and names its towns and sub-districts, written in full with
their suffix (镇, 乡, 街道, 苏木). bot/data/towns.json (scripts/build_towns.py; see bot/data/TOWNS.md) lists every
township-level division under its county. Each town named points at the counties that have a town so named; a
county is chosen only on clear evidence, since a wrong place is worse than none:
- at least two distinct towns point at it, each shared by at most one other county;
- names shared by many counties (城关镇, 新华街道) count for little: each town's vote is split among its counties,
  and a town of more than `_MAX_NAMESAKES` counties counts for none;
- a city or province the text names narrows a town's counties to those inside it (when any are);
- the county has at least twice the support of any rival and most of the support, its own towns' namesakes set
  aside.
A text that names one town only is placed when that town is of one county in the whole country (or in the city or
province the text names), no other town the text names points elsewhere, and the text speaks as that county
(`我县`, `全县`, `本县` for a 县, `我区`/`全区` for a 区, `我旗`/`全旗` for a 旗) more often than as a town (`全镇`, `我乡`,
`该街道`): `县委书记…到青木川镇…我县…` is 宁强县's; a town's own news (`大济镇…全镇`) or a visitor's (`县委常委…参加`)
stays unplaced, its figures being the town's.
The list is loaded on first use only: most documents name their county and never need it.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import ahocorasick_rs

from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.places import Gazetteer, Place

TOWNS_PATH = Path(__file__).resolve().parent.parent / "data" / "towns.json"

_MIN_NAME = 3  # `乌镇`, `新镇`, `街道`: two characters are too often part of a word
_MAX_NAMESAKES = 3  # a town of more counties than this (城关镇, 太平镇) is no evidence
_STRONG_NAMESAKES = 2  # a town that points at one or two counties counts towards the two needed
_MIN_TOWNS = 2
_RIVAL_FACTOR = 2.0  # the winner's support over the runner-up's
_MIN_SHARE = 0.6  # the winner's share of all the support
# A suffix that starts a word with what follows is not a town's: `乡村`, `乡镇`, `乡土`, `城镇化`.
_WORD_AFTER = {"乡": frozenset("村镇土亲贤愁"), "镇": frozenset("化")}
# A name that ends in a common word (保城镇, 新村镇, 大集镇) is often that word after another (`确保城镇新增就业`,
# `村镇银行`): it counts only where no word goes on, or its own bodies or a list follow (`保城镇人民政府`, `保城镇、`).
_COMMON_ENDINGS = frozenset({"城镇", "村镇", "集镇", "市镇", "城乡", "乡镇", "小镇", "重镇"})
_AFTER_A_NAME = frozenset("党政人村的和与及等")
# 人 goes on a name only as its own bodies (`保城镇人民政府`, `…人大`): `其中城镇人口` is the word 城镇 "urban", not 中城镇.
_BODIES_AFTER_REN = frozenset("民大")


# An ethnic township goes by its name without the peoples (`明水乡` for 明水满族乡, `和平乡` for 和平彝族乡).
_PEOPLES_TEXT = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 "
    "京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
)
_PEOPLES = "|".join(sorted(_PEOPLES_TEXT.split(), key=len, reverse=True))
_ETHNIC = re.compile(rf"^(.{{2,}}?)(?:(?:{_PEOPLES})族)+(乡|镇|苏木)$")


def _aliases(name: str) -> tuple[str, ...]:
    m = _ETHNIC.match(name)
    return (name, m.group(1) + m.group(2)) if m else (name,)


class TownIndex:
    """Town name → the gazetteer's counties that have a town so named."""

    def __init__(self, data: dict, gazetteer: Gazetteer) -> None:
        by_code = {p.code: p for p in gazetteer.places}
        counties: dict[str, list[Place]] = defaultdict(list)
        for code, names in data["towns"].items():
            place = by_code.get(code)
            if place is None:
                continue
            for name in names.split():
                for written in _aliases(name):
                    if len(written) >= _MIN_NAME:
                        counties[written].append(place)
        self._names = sorted(counties)
        self._counties: dict[str, tuple[Place, ...]] = {
            n: tuple(dict.fromkeys(counties[n])) for n in self._names
        }
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )

    def counties(self, name: str) -> tuple[Place, ...]:
        return self._counties.get(name, ())

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Town names written in full in `text`: (start, end, name), in order."""
        found = []
        for index, start, end in self._automaton.find_matches_as_indexes(text):
            name = self._names[index]
            after = text[end : end + 1]
            if after in _WORD_AFTER.get(name[-1], ()):
                continue
            if name[-2:] in _COMMON_ENDINGS and "\u4e00" <= after <= "\u9fff" and not _a_name_goes_on(text, end):
                continue
            found.append((start, end, name))
        return found

    def named(self, text: str) -> set[str]:
        """The distinct town names written in full in `text`."""
        return {name for _, _, name in self.spans(text)}


def _a_name_goes_on(text: str, end: int) -> bool:
    """Whether what follows a town's name ending in a common word (保城镇) is what follows a name: its bodies, a
    list's mark or a particle, not the rest of a word (`城镇人口`)."""
    after = text[end : end + 1]
    if after == "人":
        return text[end + 1 : end + 2] in _BODIES_AFTER_REN
    return after in _AFTER_A_NAME


@functools.cache
def _town_data() -> dict:
    """The shipped town list (county code → its towns' names), read once."""
    return json.loads(TOWNS_PATH.read_text(encoding="utf-8"))


@functools.cache
def town_index(gazetteer: Gazetteer) -> TownIndex:
    """The shipped town list over `gazetteer`, loaded once."""
    return TownIndex(_town_data(), gazetteer)


def town_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The county whose towns `text` names, on clear evidence; None otherwise."""
    index = town_index(gazetteer)
    names = index.named(text)
    if not names:
        return None
    cities, provinces = _named_parents(text, gazetteer)
    if len(names) < _MIN_TOWNS or (place := _towns_agree(index, names, cities, provinces)) is None:
        return _one_town_in_county_voice(text, index, names, cities, provinces)
    return place


def _towns_agree(index: TownIndex, names: set[str], cities: set[str], provinces: set[str]) -> Place | None:
    """The county two or more of the named towns point at, on clear evidence."""
    support: dict[Place, float] = defaultdict(float)
    strong: dict[Place, int] = defaultdict(int)
    pointing: list[tuple[Place, ...]] = []
    for name in names:
        counties = _narrowed(index.counties(name), cities, provinces)
        if not counties or len(counties) > _MAX_NAMESAKES:
            continue
        pointing.append(counties)
        for county in counties:
            support[county] += 1 / len(counties)
            if len(counties) <= _STRONG_NAMESAKES:
                strong[county] += 1
    if not support:
        return None
    ranked = sorted(support.items(), key=lambda item: (-item[1], item[0].code))
    best, score = ranked[0]
    rival = ranked[1][1] if len(ranked) > 1 else 0.0
    # the share is of the support of towns that point elsewhere: the namesake of one of the county's own towns
    # (定襄县's 蒋村镇 beside 鄠邑区's 蒋村镇 and 祖庵镇) is no evidence against it
    against = sum(1 / len(counties) for counties in pointing if best not in counties)
    if strong[best] < _MIN_TOWNS or score < _RIVAL_FACTOR * rival or score < _MIN_SHARE * (score + against):
        return None
    return best


# The text speaking as its county (`我县`, `全区`) or as a town (`全镇`, `我乡`, `该街道`); `自治区全区` is the region's, no district's.
_COUNTY_VOICE = {
    suffix: compile_words_first(rf"(?<!自治区)(?:我|全|本){suffix}(?![长委])")
    for suffix in ("县", "区", "旗")
}
_TOWN_VOICE = re.compile(r"(?:我|全|本|该)(?:镇|乡|街道)")
# A town's own bodies, named bare as the town's report names them (`在县委县政府、街道党工委的坚强领导下,在街道人大工委
# 的监督支持下,街道办事处…`): its voice as much as `全镇`; never after a word (`金刚台镇党委书记`: a town a county's text
# names; `乡镇党委`, `各镇党委`: a county's words for all of them).
_TOWN_BODIES = compile_words_first(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[、在和与及由]))(?:镇|乡|街道)(?:党委|党工委|人大|人民政府|政府|办事处)",
    re.M,
)


def _one_town_in_county_voice(
    text: str, index: TownIndex, names: set[str], cities: set[str], provinces: set[str]
) -> Place | None:
    """The county of the one town a text names, when the text speaks as that county (see the module's doc)."""
    sole: set[Place] = set()
    for name in names:
        counties = _narrowed(index.counties(name), cities, provinces)
        if len(counties) == 1:
            sole.add(counties[0])
    if len(sole) != 1:
        return None
    county = sole.pop()
    for name in names:  # a town of one or two other counties points elsewhere
        counties = _narrowed(index.counties(name), cities, provinces)
        if len(counties) <= _STRONG_NAMESAKES and county not in counties:
            return None
    voice = _COUNTY_VOICE.get(county.name[-1])
    if voice is None:
        return None  # a county-level city's `全市` is its prefecture's voice as much
    own = len(voice.findall(text))
    town = len(_TOWN_VOICE.findall(text)) + len(_TOWN_BODIES.findall(text))
    return county if own and own > town else None


def _named_parents(text: str, gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """The prefecture cities and provinces the text names."""
    cities, provinces = set(), set()
    for mention in gazetteer.find_mentions(text):
        if mention.place.level == "city":
            cities.add(mention.place.name)
        elif mention.place.level == "province":
            provinces.add(mention.place.name)
    return cities, provinces


def _narrowed(counties: tuple[Place, ...], cities: set[str], provinces: set[str]) -> tuple[Place, ...]:
    """The counties inside a named city, else inside a named province, else all of them."""
    for parents, key in ((cities, _city_key), (provinces, _province_key)):
        if parents:
            inside = tuple(c for c in counties if key(c) in parents)
            if inside:
                return inside
    return counties


def _city_key(place: Place) -> str:
    return place.city or place.name  # a city without counties (东莞市) is its own


def _province_key(place: Place) -> str:
    return place.province


def short_form_outside_towns(text: str, place: Place, gazetteer: Gazetteer) -> int:
    """How often a county's short form stands in `text` outside town names: 柳河 in `柳河镇` (a town of 方城县 as
    much as of 柳河县) is no evidence of the county."""
    short = place.short
    if short == place.name:
        return text.count(short)
    inside = [(a, b) for a, b, _ in town_index(gazetteer).spans(text)]
    count, at = 0, text.find(short)
    while at >= 0:
        if not any(a <= at and at + len(short) <= b for a, b in inside):
            count += 1
        at = text.find(short, at + 1)
    return count


def only_in_others_towns(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a county's short form stands in `text` only inside names of towns that are not its own (甘泉 in
    `甘泉路街道` of 上海市普陀区): then it names a town elsewhere, not the county."""
    short = place.short
    if short == place.name or short not in text:
        return False
    index = town_index(gazetteer)
    holding = [(a, b, name) for a, b, name in index.spans(text) if short in name]
    if any(place in index.counties(name) for _, _, name in holding):
        return False
    villages = _village_spans(text, short)
    if not holding and not villages:
        return False
    inside = [(a, b) for a, b, _ in holding] + villages
    at = text.find(short)
    while at >= 0:
        if not any(a <= at and at + len(short) <= b for a, b in inside):
            return False
        at = text.find(short, at + 1)
    return True


# After `X村` these make a word of 村 (`德清村民`, `村级`, `村集体`): then X is the county, not a village's name.
_VILLAGE_WORD = frozenset("民级集庄落镇干组务两社规")


def _village_spans(text: str, short: str) -> list[tuple[int, int]]:
    """Where a county's short form is the name of a village (`汾阳村党群服务中心` in 仙游县's 大济镇, no 汾阳市)."""
    spans, at = [], text.find(short + "村")
    while at >= 0:
        end = at + len(short) + 1
        if text[end : end + 1] not in _VILLAGE_WORD:
            spans.append((at, end))
        at = text.find(short + "村", end)
    return spans


# A town's own voice: `全镇党员1798名`, `我镇被县委…授予`, `该街道`.
_TOWN_VOICE = re.compile(r"(?:全|我|本|该)(?:镇|乡|街道)(?![长区村级域])")


def town_voice_lines(text: str, gazetteer: Gazetteer, city: str) -> list[tuple[int, int, Place]]:
    """Lines that speak as a town (`全镇`, `我镇`) after the text has named that town, with the town's county: the
    town's figures are its county's, once the text makes that county clear (`盐山县盐山镇`): a town of one county
    (in the text's city, when it has one) whose full name the text writes, or its short form outside town names.
    A town whose county the text never names stays as it is (see `town_place`)."""
    if not _TOWN_VOICE.search(text):
        return []
    index = town_index(gazetteer)
    spans = index.spans(text)
    if not spans:
        return []
    found: list[tuple[int, int, Place]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        voice = _TOWN_VOICE.search(line)
        if voice is not None:
            at = line_start + voice.start()
            named = [name for a, b, name in spans if b <= at]
            county = _clear_county(text, index, named[-1], city, gazetteer) if named else None
            if county is not None:
                found.append((line_start, line_end, county))
        line_start = line_end + 1
    return found


# A page's source and author line (`来源:天台人才网 作者:天台人才网`): the outlet that carries a town's news, not the
# text naming the town's county.
_SOURCE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[【\[]?(?:来源|稿源|作者|编辑|责任编辑|责编|供稿)[】\]]?[ \t]*[:：])[^\n]*$"
)


def speaks_as_town(text: str) -> bool:
    """Whether the text speaks as a town (`全镇`, `该镇`, `街道党工委`) more often than as a county (`全县`, `我区`)."""
    town = len(_TOWN_VOICE.findall(text)) + len(_TOWN_BODIES.findall(text))
    county = sum(len(voice.findall(text)) for voice in _COUNTY_VOICE.values())
    return town > county


# A city's own voice (`全市`, `我市`, `本市`): a text that has it speaks for the city, whatever towns it names.
_CITY_VOICE = re.compile(r"[全我本]市")
_MIN_TOWN_SUBJECT = 2


def city_voice(text: str) -> bool:
    return _CITY_VOICE.search(text) is not None


def a_towns_report(text: str, city: Place, gazetteer: Gazetteer) -> bool:
    """Whether a text placed only at a prefecture city is one of that city's towns' own reports (szmaolu.com 2025:
    `2024年南區街道實現地區生產總值115.93億元…南區街道辦事處`, a sub-district of 中山市, which names its city once, in
    an award's name): it names one town of the city at least twice and more often than the city's short form outside
    town names, and never speaks as a city or a county. Its figures are the town's, none of the city's. A round-up
    that names many of the city's towns once each (`诸城密州街道…临朐东城街道…`) is no town's."""
    if city_voice(text) or any(voice.search(text) for voice in _COUNTY_VOICE.values()):
        return False
    index = town_index(gazetteer)
    own = Counter(
        name
        for _a, _b, name in index.spans(text)
        if any(_city_key(c) == city.name for c in index.counties(name))
    )
    if not own:
        return False
    most = own.most_common(1)[0][1]
    return most >= _MIN_TOWN_SUBJECT and most > short_form_outside_towns(text, city, gazetteer)


def not_the_towns_county(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the towns the text names include one of a single county in the whole country, none is `place`'s,
    and they are named more often than `place`'s short form: a town's own text (`专访廿三里街道党工委书记`, seven times)
    is not about a county whose short form it holds in a word (`义东明珠`, twice)."""
    index = town_index(gazetteer)
    named = [index.counties(name) for _a, _b, name in index.spans(text)]
    if not any(len(counties) == 1 for counties in named) or any(place in counties for counties in named):
        return False
    return len(named) > short_form_outside_towns(text, place, gazetteer)


# A town's head named in a page's head (`――访甘垛镇党委书记孙明如`, `专访廿三里街道党工委书记`): the town speaks.
_TOWN_HEAD = re.compile(r"(?:党委|党工委)?(?:副?书记|镇长|乡长|主任)")
_HEAD_SPAN = 160


def a_towns_interview(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the text is a town's of `place`, its head speaking (gytoday.cn 2007, `――访甘垛镇党委书记孙明如`):
    its head names the town with its head's title, the text never speaks as the county (`全县`, `我区`), and it
    names the town (in full or bare, `甘垛`) more often than the county's short form outside town names and
    source lines (`来源:今日高邮`, `高邮鸭养殖场`). Its figures are the town's, none of the county's."""
    if any(voice.search(text) for voice in _COUNTY_VOICE.values()):
        return False
    index = town_index(gazetteer)
    head = text[:_HEAD_SPAN]
    for _start, end, name in index.spans(head):
        if place not in index.counties(name) or not _TOWN_HEAD.match(head, end):
            continue
        bare = name[:-2] if name.endswith("街道") else name[:-1]
        town = text.count(bare) if len(bare) >= 2 else text.count(name)
        return town > short_form_outside_towns(without_source_lines(text), place, gazetteer)
    return False


def without_source_lines(text: str) -> str:
    """The text with its source and author lines blanked (offsets kept)."""
    if "来源" not in text and "作者" not in text and "编" not in text and "稿" not in text:
        return text
    return _SOURCE_LINE.sub(lambda m: " " * len(m.group(0)), text)


def _clear_county(text: str, index: TownIndex, town: str, city: str, gazetteer: Gazetteer) -> Place | None:
    text = without_source_lines(text)  # `来源:天台人才网` under 洪畴镇's news names no county for it
    counties = index.counties(town)
    if city:
        counties = tuple(c for c in counties if c.city == city) or counties
    if len(counties) != 1:
        return None
    county = counties[0]
    if county.name in text or short_form_outside_towns(text, county, gazetteer):
        return county
    return None


# A clause that opens with a list of the county's towns (`桑墟、贤官工业开票销售收入先后突破百亿元`, `李恒、青伊湖、刘集等乡镇
# 相继突破60亿元`, f19_p01 沭阳 2024): written in full, or by their names without 镇/乡 in a list of two or more.
_TOWN_SUFFIX = re.compile(r"(?:镇|乡|街道|苏木)$")
_TOWN_LIST_JOIN = "、"
_SHORT_TOWN_MIN = 2  # names written without their suffix: at least this many, in a list


@functools.cache
def _county_town_names(code: str) -> tuple[frozenset[str], frozenset[str], int]:
    """A county's town names in full, and without their suffix (two characters or more); the longest's length."""
    full = frozenset(_town_data()["towns"].get(code, "").split())
    short = frozenset(bare for name in full if len(bare := _TOWN_SUFFIX.sub("", name)) >= 2 and bare != name)
    return full, short, max(map(len, full), default=0)


def town_in_full(name: str, county: Place) -> str:
    """The county's town a short name stands for, with its suffix (`大桥` → `大桥镇`), or "" when none or several."""
    full, _, _ = _county_town_names(county.code)
    if name in full:
        return name
    matches = [f"{name}{suffix}" for suffix in ("镇", "乡", "街道", "苏木") if f"{name}{suffix}" in full]
    return matches[0] if len(matches) == 1 else ""


def opens_with_towns(text: str, pos: int, county: Place) -> bool:
    """Whether the clause at `pos` opens with the county's own towns: one written in full, or two or more listed
    by their short names (`桑墟、贤官…`)."""
    return bool(towns_opening(text, pos, county))


def towns_opening(text: str, pos: int, county: Place) -> str:
    """The county's towns the clause at `pos` opens with, as written (`桑墟、贤官`, `李恒、青伊湖、刘集等乡镇`,
    `龙湖镇`), or ""."""
    full, short, longest = _county_town_names(county.code)
    if not full:
        return ""
    head = _TOWNS_LISTED.match(text, pos)
    if head is None:
        return ""
    names = head.group().split(_TOWN_LIST_JOIN)
    for name in names[:-1]:
        if name not in full and name not in short:
            return ""
    last = names[-1]
    # the longest town name `last` opens with: its prefixes looked up, not every town of the county tried
    tail = next(
        (k for k in range(min(len(last), longest), 0, -1) if last[:k] in full or last[:k] in short), 0
    )
    if not tail or (last[:tail] not in full and len(names) < _SHORT_TOWN_MIN):
        return ""
    written = text[pos : head.end() - len(last) + tail]
    more = _MORE_TOWNS.match(text, pos + len(written))
    return written + more.group() if more else written


_TOWNS_LISTED = re.compile(r"[\u4e00-\u9fff、]{2,40}")
# `…刘集等乡镇`: the list closed by the kind of its items.
_MORE_TOWNS = re.compile(r"等(?:乡镇|镇|乡|街道)")
