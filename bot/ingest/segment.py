"""A document split into sections that each belong to one place, and text split into sentences and phrases.

A section starts at
- a line that holds only a place name (a round-up with one part per county: `海安市`),
- an interview head naming the place (`——访…区委书记 姓名`; the title line just above it belongs to it),
- a Markdown heading that opens with a place name.
Text before the first section belongs to the document's own place: its one place, or the city whose counties
the sections cover.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TypeGuard, TypeVar

from bot.ingest.fast_patterns import compile_words_first, finditer_near
from bot.ingest.firm_names import firm_spans, listed_brand_spans
from bot.ingest.place_lists import adjacent_spans, paired_spans
from bot.ingest.places import GENERIC_MORPHEMES, WORD_SHORTS, Gazetteer, Mention, Place
from bot.ingest.towns import (
    a_towns_interview,
    a_towns_report,
    city_voice,
    not_the_towns_county,
    only_in_others_towns,
    opens_with_towns,
    short_form_outside_towns,
    speaks_as_town,
    town_place,
    town_voice_lines,
    without_source_lines,
)
from bot.ingest.zones import (
    BARE_WORDS,
    ZONE,
    ZONE_SUFFIX,
    ZoneMention,
    county_zone_at,
    county_zone_document,
    find_zones,
    not_yet_national,
    provincial_namesake,
    zone_of_city,
)

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[。！!？?；;\n]+")
_LIST_COMMA = re.compile(r"\s*、")
_INTERVIEW = re.compile(r"^\s*(?:[—–\-─]{1,3}\s*(?:专访|访)|(?:专访|访).{2,20}(?:书记|县长|区长|市长|旗长))")
# List markers, bullets and brackets around a heading: `## 一、海安市`, `■ 如皋`, `【启东】`: the head matched at the
# start, the tail stripped from the end (a pattern for the tail would be tried at every position of a line).
_DECORATION_HEAD = re.compile(
    r"^[#\s■□●○◆◇▲△★☆·•*【\[（(]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．])?\s*"
)
_DECORATION_TAIL = "】]）)：:"  # and spaces


_NAMED_HEADING = re.compile(r"^([\u4e00-\u9fff]{2,8}?)\s*(?:[：:｜|】\]]|——)")
_PLACE_LINE_MAX = 8
# A place name that opens a sentence but is not its subject: `南通九县市区中排名第5`, `南通平均水平`, where investors
# come from (`南昌客商杜宏图投资5000万元`), a university's or an airport's name (`珠海机场完成旅客吞吐量…`), the
# stretch of a road named after it (`大漾云兰高速公路…大理段一期工程进场公路开工`), a part of it that places the county
# (`贵定县位于贵州省中部,黔南布依族苗族自治州东部,…总人口30万`).
_NOT_A_SUBJECT = re.compile(
    r"(?:市|县|区)?(?:平均|各|所辖|全市|[一二三四五六七八九十\d]+个?县|县市区|地区|委|市委|区委|县委|方面"
    r"|日报|晚报|商报|新闻|网讯|讯|电视|融媒|广播|客商|商人|籍|老乡|商会|企业家|大学|学院|机场|段|[东西南北中]{1,2}部|腹地|[东西南北]端"
    r"|(?:党政)?(?:考察团|代表团|参观团)|副书记|(?:常务)?副[市县区]长)"
)
# A place written with its own figure in brackets and followed by the next item of a list (`雅江(15.3%)、泸定(13.4%)`):
# an item whose figure is paired with it (place_lists), not the subject of its sentence.
_PAIRED_ITEM = re.compile(r"\s?[(（][^()（）\n]{0,16}\d[^()（）\n]{0,16}[)）]\s?[、和及与]")
_TITLE_LINE_MAX = 40
# What a province opening a clause goes on with when the clause gives its own headline figure: an economic
# indicator or a target of its own (`广西经济增长预期目标`, `全省地区生产总值增长`), right after the name.
# So does a province whose own plan for the year the clause tells (`据悉,廣東今年將在去年的基礎上,繼續投入25億元,
# 支持新建50個省級產業園`, php186.cn 2019 on 怀集县's vegetable park). So does a province the clause describes by its share
# of the whole country, or that speaks for its whole (`广西全区`, `江苏全省`) (`广西是中国食糖的主产区,食糖产量占全国的60%以上`, a 柳城县 news piece, fresh17 f17_p15).
_PROVINCE_FIGURE = re.compile(
    r"(?:经济增长|地区生产总值|生产总值|GDP|一般公共预算收入|财政收入|固定资产投资|规模以上工业|规上工业"
    r"|社会消费品零售总额|进出口|居民人均可支配收入|(?:今年|明年|\d{4}年)(?:还)?将"
    r"|是[^，,。；;\n]{1,20}[,，][^，,。；;\n]{0,12}?占全国"
    # (an industry's output: `未来,吉林省人参产值可望突破1200亿元`, f19_p02 抚松's ginseng market 2019)
    r"|[\u4e00-\u9fff]{0,4}?(?:产业)?(?:总产值|产值|总产量|产量)(?:可望|有望|将|预计|达到?|突破|超过)"
    # (its own whole: `目前,广西全区经开区数量已达到13家`, r420 on 平果's new zone; its counties counted:
    # `河北省有5个县市上榜`, r389 迁安 2024 on the 百强县)
    r"|全省|全区(?![县市])|(?:共|还)?有[\d一二三四五六七八九十]+个县"
    # (its own quantity, right after its name: `宁夏回族自治区80余万亩枸杞陆续成熟`, r518 中宁 2013 on the region's
    # harvest; `四川省10个国家级经开区前三季度进出口同比增长25%`, f24 on 成都's zones; never a year or a date, nor an item of
    # a list of provinces' counts, closed right after its unit: `其中,浙江30个,山东20个`)
    r"|(?!(?:19|20)\d\d\s*年|\d{1,2}\s*[月日])\d[\d.]*\s*[余多]?[万亿]?[\u4e00-\u9fff]{3}"
    r")"
)
# A project named after where it lies, the first of a list closed by its count (`石狮鸿山热电厂三期…扩建工程等3个项目`,
# `仙游县手机配件生产…等项目`): the place is the project's, the count the text's. So is a project named after its
# investor's home, the first item of a `、` list (`宁波欧达松山滩20万千瓦风电、天堂镇星级民宿建设等9个企业投资项目`),
# and a count of projects of a kind (`等27个政府投资项目`).
_PROJECT_ITEM = re.compile(
    r"(?:[^，,。；;：:\n]{0,50}?(?:工程|项目|电站|电厂|基地|生产|园区|产业园)|[^、，,。；;：:\n]{2,50}?、)"
    r"[^，,。；;：:\n]{0,30}?等\s*(?:\d+个|[一二三四五六七八九十]+个)?\s*(?:(?!的)[\u4e00-\u9fff]){0,6}?(?:项目|工程)"
)


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    region: str  # full place name; "" when unknown
    city: str  # the region's prefecture city ("" for a city itself)


# A document's lines are walked by a dozen readers (its title, its paragraphs, its headings, its tables): the last
# few long texts' lines are kept, found again by identity.
_LINES_MEMO_MIN = 1000
_LINES_MEMO_SIZE = 4
_lines_memo: list[tuple[str, list[tuple[int, int, str]]]] = []

_T = TypeVar("_T")


def _kept_by_identity(memo: list[tuple[str, _T]], text: str, scan: Callable[[], _T]) -> _T:
    """What `scan` finds in `text`, kept in `memo` for the last few texts and found again by identity."""
    for scanned, found in memo:
        if scanned is text:
            return found
    found = scan()
    memo.append((text, found))
    if len(memo) > _LINES_MEMO_SIZE:
        del memo[0]
    return found


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """The non-empty lines of `text`: (start, end, line)."""

    def scan() -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text)]

    return iter(scan() if len(text) < _LINES_MEMO_MIN else _kept_by_identity(_lines_memo, text, scan))


def _pieces(separators: str) -> re.Pattern[str]:
    """The non-empty pieces of a text between runs of `separators` (the body of a character class), trimmed
    of spaces: one match each. (`\\s` is what str.isspace calls space; one scan in C instead of a split and a
    strip of every piece in Python: sentences and phrases are cut for every paragraph.)"""
    return re.compile(rf"[^{separators}\s](?:[^{separators}]*[^{separators}\s])?")


_SENTENCE_PIECE = _pieces("。！!？?；;\n")
_PHRASE_PIECE = _pieces('，,：:“”"「」『』|｜')


def split_spans(text: str, start: int, end: int, pieces: re.Pattern[str]) -> list[tuple[int, int]]:
    """Non-empty spans of text[start:end] between separators, trimmed of spaces (`pieces`: see `_pieces`)."""
    return [m.span() for m in pieces.finditer(text, start, end)]


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of text[start:end] (the list is shared: not to be changed)."""
    end = len(text) if end is None else end
    if start or end != len(text) or len(text) < _LINES_MEMO_MIN:
        return _sentences(text, start, end)
    # a whole document's are read by several passes (its sections, its city's sentences, its cited reports)
    return _kept_by_identity(_sentences_memo, text, lambda: _sentences(text, 0, end))


_sentences_memo: list[tuple[str, list[tuple[int, int]]]] = []


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = split_spans(text, start, end, _SENTENCE_PIECE)
    if text.find("] ", start, end) < 0:
        return found
    found = [_past_note_mark(text, a, b) for a, b in found]
    # a footnote's mark, then a dash set off by spaces, runs one bullet of a summary into the next (`…热食午餐覆盖[2] -
    # 共和县第一小学迁建项目计划投资2.1亿元[3] - 2025年…`, reportify.cn 共和 2025): each bullet is a sentence
    spans = []
    for a, b in found:
        for m in _NOTE_THEN_BULLET.finditer(text, a, b):
            spans.append((a, m.start()))
            a = m.end()
        spans.append((a, b))
    return [(a, b) for a, b in spans if a < b]


# A reference's mark opening a line (`[1] 2021年,泰和县实现地区生产总值235.28亿元,增长9.2%;财政总收入28.38亿元`,
# o2omarket.net.cn 泰和 profile, an encyclopedia's text): no word of the sentence, whose opening time it would hide.
_NOTE_MARK = re.compile(r"\[\d{1,3}\]\s+")


def _past_note_mark(text: str, a: int, b: int) -> tuple[int, int]:
    m = _NOTE_MARK.match(text, a, b)
    return (m.end(), b) if m and m.end() < b else (a, b)


# (a run-in heading may stand before the dash: `…录取[3] 住房保障 - 棚户区改造安置小区…`)
_NOTE_THEN_BULLET = re.compile(r"(?<=[\]］])\s+(?:[\u4e00-\u9fff]{2,8}\s+)?[-–]\s+(?=[\u4e00-\u9fff\d“\"])")


def phrases(text: str, start: int, end: int, cuts: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Phrases between commas, colons and quotes; a `、` also ends one where it stands at a position in
    `cuts` (after a figure: `减税降费 5.06 亿元、发放…`, but not in a list of names: `省、南通市级重大项目`)."""
    found = split_spans(text, start, end, _PHRASE_PIECE)
    if not cuts or text.find("、", start, end) < 0:
        return found  # (each piece holds a character: none is empty)
    spans = []
    for a, b in found:
        if text.find("、", a, b) < 0:
            spans.append((a, b))
            continue
        for m in _LIST_COMMA.finditer(text[a:b]):
            if a + m.start() in cuts:
                spans.append((a, a + m.start()))
                a += m.end()
        spans.append((a, b))
    return [(a, b) for a, b in spans if a < b]


_INSTITUTION = re.compile(r"大学|学院|[\u4e00-\u9fff]{0,4}?商会")


_CAPITAL_OF = ("省会", "首府")
# A city or province that opens the name of what an investment is for: `签约总投资120亿元的深圳诺德超薄锂电铜箔`,
# `总投资100亿元的山东龙马汽车安全系统零部件生产基地` (a zone's news, df123w.com): the company's home, not the text's place.
_INVESTED_BEFORE = re.compile(r"\d\s*(?:亿|万)(?:元|美元)的$")
_INVESTED_SPAN = 12


# What a city's name heads when it names a facility, an office or a route, not the city (郑州航空港经济综合实验区's
# news, yw.xinxuanze.com.cn 2017, jdhsafaris.com 2017: `郑州机场完成客运量…`, `郑州—卢森堡“空中丝绸之路”`,
# `德国戴姆勒…郑州高端汽车零部件分拨中心`; hkcd.com 2017: `据成都海关统计`): no vote for the city.
_FACILITY_AFTER = re.compile(
    r"(?:新郑|双流|天河|宝安|萧山|江北|白云)?(?:国际)?(?:机场|海关|火车站|高铁站|[东西南北]站|分公司|分行|(?:生产|研发|制造)?基地|"
    r"[\u4e00-\u9fff]{0,8}分拨中心"
    # a city's industry base, which lies in one of its counties (`成都市节能环保产业基地项目集中开工`, f20_p13 金堂 2017),
    # and the city's list of key projects, counted in a county (`齐齐哈尔市重点产业项目4个`, r385 克山 2020)
    r"|[\u4e00-\u9fff]{2,8}?产业基地|(?:市级)?(?:重点|重大|百大)[\u4e00-\u9fff]{0,4}?项目\s*\d)"
    r"|\s*[—–-]+\s*[\u4e00-\u9fff]"
)


def _facility_name(text: str, mention: Mention) -> bool:
    return mention.place.level == "city" and bool(_FACILITY_AFTER.match(text, mention.end))


def _invested_name(text: str, mention: Mention) -> bool:
    return mention.place.level in ("city", "province") and bool(
        _INVESTED_BEFORE.search(text, max(0, mention.start - _INVESTED_SPAN), mention.start)
    )


def _municipality(place: Place) -> bool:
    return place.level == "province" and place.name.endswith("市")


def context_city(text: str, gazetteer: Gazetteer, known_city: str = "") -> str:
    """The prefecture city the document is about: given, else the one its place names point to most."""
    if known_city:
        return known_city
    votes: Counter[str] = Counter()
    municipalities: Counter[str] = Counter()
    mentions = gazetteer.find_mentions(text)
    namesakes = _county_namesakes(text, mentions, gazetteer)
    for mention in mentions:
        if _INSTITUTION.match(text, mention.end):
            continue  # `中山大学珠海校区`: a university's name, not the city it is in
        if _invested_name(text, mention):
            continue
        if text.endswith(_CAPITAL_OF, 0, mention.start):
            continue  # `省会太原`, `距省会长沙120公里`: what the province's capital is, not the text's city
        place = namesakes.get(mention.place.name, mention.place)
        if place.level == "city":
            votes[place.name] += 1
        elif _municipality(place):
            municipalities[place.name] += 1
        elif place.level == "county" and place.city:
            # a county written in full (`上杭县是…`) says more of the text's city than a city's short name,
            # which also opens companies' names (`广州工控`, `广州建筑`, `宁德时代`)
            votes[place.city] += 2 if text.startswith(place.name, mention.start) else 1
    _vote_one_character_counties(text, gazetteer, {m.start for m in mentions}, votes)
    formers = gazetteer.former_full_names(text)
    # a two-character former name (`华县`, `陵县`) is also a piece of words (`叩开县长`, `锚定县委`, `庐陵县`): it counts
    # where the text names it again and again, as a county's own text does (`华县位于…华县现辖…设华县`)
    written = Counter(text[f.start : f.end] for f in formers)
    for former in formers:
        # `西北第一县的神木县` (神木市 since 2017; yixiannanzhong.com): a county's former full name points to its city
        # as its current full name does
        name = text[former.start : former.end]
        if (
            former.place.level == "county"
            and former.place.city
            and (len(name) > 2 or written[name] >= _TWO_CHARACTER_FORMER_MIN)
        ):
            votes[former.place.city] += 2
    totals = votes + municipalities
    ranked = totals.most_common(2)
    if (
        ranked
        and ranked[0][0] in municipalities
        and ranked[0][1] >= _MUNICIPALITY_MIN
        and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
    ):
        # a municipality is the city of its districts, named more than any city: `重庆日报…两江新区…重庆两江协同
        # 创新区…重庆渝新欧…西部(成都)科学城…成都天投集团` is 重庆's text (named once, it is seldom the text's: `上海张江`)
        return ranked[0][0]
    if votes:
        (best, most), *others = votes.most_common()
        if most == 1 and sum(1 for _, n in others if n == most) >= _CITIES_NAMED_ONCE:
            # `北京中关村…、上海张江…、深圳市高新技术产业园区分列一二三位…武汉东湖…成都高新区…西安高新区` (a national
            # ranking of parks): many cities named once each, none the text's
            return ""
        return best
    many = _city_of_many(text, gazetteer) or _league_of_counties(text, gazetteer)
    publisher = publisher_place(text, gazetteer) if not many else None
    if publisher is not None and publisher.level == "city":
        return publisher.name
    if publisher is not None and publisher.level == "county":
        return publisher.city
    return many


def _vote_one_character_counties(text: str, gazetteer: Gazetteer, counted: set[int], votes: Counter[str]) -> None:
    """A one-character county written in full (`眉县是陕西省猕猴桃最佳优生区之一`), which place mentions read only in
    its city's context, votes for its city as any county written in full does: else a city's short form inside a
    company's or a mountain's name (`太白山` read as 白山) wins the text. Not where it is only a slogan (`兴县富民`)."""
    full = [m for m in gazetteer.full_names(text) if m.start not in counted and len(m.place.name) == 2]
    for place in {m.place for m in full}:
        if place.level == "county" and place.city and not _slogan_one_character_county(text, place, full, gazetteer):
            votes[place.city] += 2 * sum(1 for m in full if m.place == place)


_NAMESAKE_CITIES_MAX = 3  # a text about one place that names a few others
_TWO_CHARACTER_FORMER_MIN = 3  # how often a two-character former name (华县) is written to count for its city
_CITIES_NAMED_ONCE = 3  # others named once beside the first: a list of cities, not the text's own
_MUNICIPALITY_MIN = 2


def _county_namesakes(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> dict[str, Place]:
    """Cities named by a short form that is also a county's of another city the text names, where the city's
    own province goes unnamed: `资阳发展大局` beside `益阳长春经开区` is 益阳's 资阳区, not 四川's 资阳市."""
    cities = {m.place.name: m.place for m in mentions if m.place.level == "city"}
    found: dict[str, Place] = {}
    if len(cities) > _NAMESAKE_CITIES_MAX:
        return found  # a round-up of cities names each as itself
    for name, city in cities.items():
        province = gazetteer.get(city.province)
        if province is not None and province.short in text:
            continue
        for other in cities:
            alt = gazetteer.resolve(city.short, city_hint=other) if other != name else None
            if alt is not None and alt.level == "county" and alt.city == other:
                found[name] = alt
                break
    return found


# A government page's `索引号` opens with its publisher's unified social credit code, whose third to eighth
# characters are the division code of where it is registered: `81152921MC36887565/2024-00552` (152921, 阿拉善左旗).
_INDEX_CODE = re.compile(r"索引号[\s:：|]*[0-9A-Y][0-9A-Y](\d{6})[0-9A-Z]{10}\s*/")
_PUBLISHER_SCAN = 600  # the head of the page, where its metadata stands


def publisher_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The division the publisher of a government page is registered in, from its `索引号` near the top."""
    m = _INDEX_CODE.search(text, 0, _PUBLISHER_SCAN)
    return gazetteer.by_code(m.group(1)) if m else None


def _city_of_many(text: str, gazetteer: Gazetteer) -> str:
    """The city (or municipality) at least four of whose counties a text names by their short forms, when it
    names no city (`渝北、长寿和潼南的增速位列全市区县前3位`): a round-up of that city's counties."""
    counties: dict[str, set[str]] = {}
    for m in gazetteer.anywhere_mentions(text):
        if m.place.level == "county" and m.place.city:
            counties.setdefault(m.place.city, set()).add(m.place.name)
    if not counties:
        return ""
    city, named = max(counties.items(), key=lambda item: len(item[1]))
    return city if len(named) >= _ROUND_UP_COUNTIES else ""


# A league's or an autonomous prefecture's own voice: `全盟县域规模以上工业增加值`, `各旗县市团结在盟委、行署周围`.
_PREFECTURE_VOICE = {"盟": ("全盟", "我盟", "盟委"), "州": ("全州", "我州", "州委")}
_PREFECTURE_COUNTIES = 2


def _league_of_counties(text: str, gazetteer: Gazetteer) -> str:
    """The league (盟) or autonomous prefecture (州) whose own voice the text speaks in and at least two of whose
    counties, and no other city's, it names (tjj.xam.gov.cn 2021: `全盟县域…突泉、扎旗、前旗…阿尔山下降66.5%`, its
    other banners by unofficial shorts): a round-up of its counties."""
    counties: dict[str, set[str]] = {}
    for m in gazetteer.anywhere_mentions(text):
        if m.place.level == "county" and m.place.city:
            counties.setdefault(m.place.city, set()).add(m.place.name)
    if len(counties) != 1:
        return ""
    city, named = next(iter(counties.items()))
    if len(named) < _PREFECTURE_COUNTIES or not _speaks_as_prefecture(text, city):
        return ""
    return city


def _speaks_as_prefecture(text: str, city: str) -> bool:
    """Whether a league (盟) or autonomous prefecture (州) speaks in its own voice (`全盟`, `盟委`)."""
    return any(word in text for word in _PREFECTURE_VOICE.get(city[-1], ()))


def _undecorated(line: str) -> str:
    """The line without the decoration around a heading."""
    start = _DECORATION_HEAD.match(line).end()  # type: ignore[union-attr]  # it matches the empty string
    end = len(line)
    while end > start and (line[end - 1] in _DECORATION_TAIL or line[end - 1].isspace()):
        end -= 1
    return line[start:end]


def _heading_place(line: str, gazetteer: Gazetteer, city: str) -> Place | None:
    bare = _undecorated(line.strip())
    if not bare or (len(bare) > _TITLE_LINE_MAX and "访" not in bare and not line.lstrip().startswith("#")):
        return None  # a line of running text: no place alone, no place's heading, no interview head (`访`)
    # `海安：五个聚焦`, `【如皋】…`
    named = _NAMED_HEADING.match(bare) if len(bare) <= _TITLE_LINE_MAX else None
    if named and not _SENTENCE_END.search(bare):
        bare = named.group(1)
    if len(bare) <= _PLACE_LINE_MAX:
        place = gazetteer.resolve(bare, city_hint=city or None)
        if bare in WORD_SHORTS and (place is None or place.city != city):
            return None  # `平安：…` is a heading about safety, unless the text is in 平安区's city
        if place is not None and place.level in ("county", "city"):
            return place
    cities = [city] if city else []
    if _INTERVIEW.match(bare) or line.lstrip().startswith("#"):
        mentions = [m for m in gazetteer.find_mentions(bare, cities) if m.place.level in ("county", "city")]
        zone = _zone_heading(bare, gazetteer, city, mentions) if _INTERVIEW.match(bare) else None
        if zone is not None:
            return zone
        if mentions and (_INTERVIEW.match(bare) or mentions[0].start <= 1):
            counties = [m for m in mentions if m.place.level == "county"]
            return (counties or mentions)[0].place
    return None


def _zone_heading(bare: str, gazetteer: Gazetteer, city: str, mentions: list[Mention]) -> Place | None:
    """The zone an interview head names before any other place: `——访崇阳县经济开发区主任张正韶` is the zone's
    interview (崇阳县 is part of the zone's name), `——访某县委书记、某经开区党工委书记` the county's."""
    zones = find_zones(bare, gazetteer, city)
    if not zones:
        return None
    inside = {i for z in zones for i in range(z.start, z.end)}
    first_other = min((m.start for m in mentions if m.start not in inside), default=len(bare))
    return zones[0].place if zones[0].start < first_other else None


def _section_starts(text: str, gazetteer: Gazetteer, city: str) -> list[tuple[int, Place]]:
    starts: list[tuple[int, Place]] = []
    previous: tuple[int, str] | None = None  # the last non-empty line: a title above an interview head
    run_ins: list[tuple[int, Place]] = []  # `福建省:全省当天共接待游客…`: a place heading its paragraph
    for start, _end, line in iter_lines(text):
        if not line.strip():
            continue
        run_in = _RUN_IN_HEAD.match(line)
        head = gazetteer.get(run_in.group(1)) if run_in is not None else None
        if head is not None and head.level in ("province", "city"):
            run_ins.append((start, head))
        place = _heading_place(line, gazetteer, city)
        if place is not None:
            title_above = (
                _INTERVIEW.match(line.strip())
                and previous
                and len(previous[1].strip()) <= _TITLE_LINE_MAX
                and (not starts or starts[-1][0] < previous[0])
            )
            starts.append((previous[0] if title_above else start, place))
        previous = (start, line)
    if len({p.name for _, p in run_ins}) >= _RUN_INS_MIN and any(p.level == "province" for _, p in run_ins):
        taken = {s for s, _ in starts}
        starts = sorted([*starts, *((s, p) for s, p in run_ins if s not in taken)], key=lambda item: item[0])
    return starts


# A lead that introduces several places' parts names at least this many of them.
_LEAD_NAMES_MIN = 2


def _lead_of_headed_parts(text: str, starts: list[tuple[int, Place]], default: Place) -> bool:
    """Whether the text before the first of several places' headings introduces them all, and the place guessed for
    it is one of them: `包括瀏陽、醴陵、上栗、萬載四縣市,…全世界80%的花炮在這里生產` (f19_p16 2012) is said of the four
    together, none of them alone."""
    headed = {p.name: p for _s, p in starts if p.level in ("county", "city")}
    if len(headed) < _LEAD_NAMES_MIN or default.name not in headed or not starts or starts[0][0] == 0:
        return False
    lead = text[: starts[0][0]]
    return sum(p.short in lead or p.name in lead for p in headed.values()) >= _LEAD_NAMES_MIN


def headed_places(text: str, gazetteer: Gazetteer) -> set[Place]:
    """The county-level places that head a part of the text on a line of their own (`瀏 陽`, `醴 陵`, `上 栗`, `萬 載`
    over a profile of four fireworks counties, each part under its short name)."""
    city = context_city(without_comparisons(text), gazetteer, "")
    return {p for _s, p in _section_starts(text, gazetteer, city) if p.level in ("county", "city")}


# A round-up with one part per province or city (`福建省:全省当天共接待游客493.34万人次…`, `江西省:…`, `深圳市:…`): at
# least two places head paragraphs, one of them a province (a city's own text heads its counties' parts otherwise).
_RUN_INS_MIN = 2
_RUN_IN_HEAD = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?)\s*[：:]")


# `中国(驻马店)国际农产品加工产业园`, `中国(郑州)跨境电子商务综合试验区`: a national programme's name that holds its host
# city in brackets; the text names the programme, the city does not speak.
_IN_CHINA_NAME = re.compile(r"[)）][\u4e00-\u9fff]")


def most_mentioned_place(
    text: str, gazetteer: Gazetteer, city: str, zones: list[ZoneMention] | None = None
) -> Place | None:
    """The place a single-place document is about: its most named county, or its city when the city
    dominates, or a development zone named more than either (the title and byline count double; a place
    named inside a zone's name, 株洲 in 株洲经开区, counts for the zone only). `zones`: the text's, when
    already found (`find_zones` with the text's `not_yet_national`)."""
    votes: Counter[Place] = Counter()
    city_votes = 0
    province_votes: Counter[str] = Counter()
    cities = [city] if city else []
    if zones is None:
        zones = find_zones(text, gazetteer, city, provincial=not_yet_national(text))
    captions = _captions(text)
    if captions:
        # `▲黔南高新区一角。肖伟 摄`: a photo's caption says where it was taken, not whose text it is
        zones = [z for z in zones if not _in_spans(z.start, captions)]
    # a zone blanked out of the scan (a venue: `现场会在南宁六景工业园区、茉莉极萃园举行`) is no place the text speaks for
    zones = [z for z in zones if text[z.start : z.end].strip()]
    inside_zone = {i for z in zones for i in range(z.start, z.end)}
    zone_starts = {z.start for z in zones}
    found = gazetteer.find_mentions(text, cities)
    firms = firm_spans(text, found)
    crumbs = _breadcrumbs(text)
    for mention in found:
        if mention.start in firms:
            continue  # `扬州晶澳太阳能公司`, `扬州晶澳产销同比增长130%`: the firm's home, not the text's place
        if crumbs and _in_spans(mention.start, crumbs):
            continue  # `新华报业网 > 扬州 > 要闻 > 正文`: the site's channel, page furniture
        if _correspondents_post(text, mention):
            continue  # `驻吴中区首席记者`: where the paper's reporter is stationed
        if _heads_a_park_or_outlet(text, mention):
            continue  # `玉门东工业园累计投资4.9亿元`, `天津滨海网`: the park's or the outlet's name, not the place speaking
        if mention.start in inside_zone or mention.end in zone_starts:
            continue  # (`宁波市杭州湾新区`: the city written right before a zone's name is part of it)
        if captions and _in_spans(mention.start, captions):
            continue
        if _invested_name(text, mention):
            continue  # `总投资120亿元的深圳诺德…`: a company's home
        if zones and _facility_name(text, mention):
            continue  # a zone's text: `郑州机场完成客运量…`, the airport's, not the city speaking
        if zones and mention.place.name == city and _SUPERIORS.match(text, mention.end):
            continue  # a zone's text: `按照…哈尔滨市委、市政府的战略部署`, the city leads, it does not speak
        if _ALSO_NAMED.search(text, max(0, mention.start - 4), mention.start):
            continue  # `经开区(头屯河区)`: the district that one administration with the zone also goes by
        if _IN_CHINA_NAME.match(text, mention.end) and text[: mention.start].endswith(("中国(", "中国（")):
            continue  # `中国(驻马店)国际农产品加工产业园`: the place is part of a national brand's name, not the voice
        weight = 2 if mention.start < 200 else 1
        if mention.place.level == "county" and (not city or mention.place.city == city):
            votes[mention.place] += weight
        elif (
            mention.place.name == city
            and not _PRESS.match(text, mention.end)
            and not _DATELINE.match(text, mention.end)
        ):
            # (not `据厦门日报报道`: the city's paper speaks; nor `中广网呼和浩特8月20日消息`: it files)
            city_votes += weight
        elif (
            mention.place.level == "province"
            and not mention.place.name.endswith("市")  # (a municipality is the city of its districts)
            and not _PROVINCE_PRESS.match(text, mention.end)  # `四川经济网广安讯`
        ):
            province_votes[mention.place.name] += weight
    if not votes:
        # `6月29日,横县“立市献礼”工程…` (r299, 横县 since become 横州市): a county named only by its former full name
        for mention in gazetteer.former_full_names(text):
            if mention.place.level == "county" and (not city or mention.place.city == city):
                votes[mention.place] += 2 if mention.start < 200 else 1
    if not votes:  # `今年我县…全县…惠民县农业投资有限公司`: the county named only by its own firm speaks
        county = _own_firms_county(text, found, firms, city)
        if county is not None:
            votes[county] += max(2 if m.start < 200 else 1 for m in found if m.place == county)
    if city:  # the city speaking of itself (`我盟全力推进工业园区建设`, `全盟现有各类工业开发区12个`)
        city_votes += sum(text.count(word) for word in _CITY_OWN_VOICE)
    # an autonomous region speaking of itself (`自治区统计局…全区规模以上工业`) where no county is named
    if not votes:
        for name in [n for n in province_votes if n.endswith("自治区")]:
            province_votes[name] += sum(text.count(word) for word in _REGION_OWN_VOICE) - text.count(name)
    top = votes.most_common(1)
    own = own_place(text, gazetteer) or county_press_place(text, gazetteer)
    zone = _main_zone(text, zones)
    if zone is None and city:  # `经开区2022年…汇报`: a zone that names only its city
        zone = zone_of_city(text, gazetteer, city, provincial=not_yet_national(text))
        if zone is not None and not votes and not zone[0].province.endswith("自治区"):
            # where no district is named, `全区` is the zone speaking (a prefecture calls itself 市, and an
            # autonomous region's `全区` is the region): `经开区多项经济指标…全区经济发展质量持续向好` (新乡网讯)
            zone = (zone[0], zone[1] + sum(text.count(word) for word in _ZONE_VOICE))
    if zone is not None and _zone_only_in_lists(text, zones, zone[0]):
        zone = None  # `棋盘井经济开发区、大路工业园区、…达拉特经济开发区…等主要园区`: one of a city's parks, not the text's
    if zone is not None and _zone_class_text(text, zones, zone[0]):
        return None  # `国家高新区实现工业增加值9.8万亿元`: the class's figures, none of the zone's given as an example
    # `海南自贸港重点园区…占全省税收收入的比重为53.6%`: a text about a province at large (its parks, its counties)
    # names no county, and its province more than any city or zone; its figures are none of theirs
    if (
        not votes
        and province_votes
        and max(province_votes.values()) > max(city_votes, zone[1] if zone else 0, _PROVINCE_MIN)
        and not (zone is not None and _zone_heads_unvoiced_province(text, zones, zone[0]))
    ):
        return None
    if zone is not None and _source_zone(text, zones) == zone[0]:
        return zone[0]  # `…来源:玉门经济开发区`: the zone's own page, however often it names the county it lies in
    if (
        zone is not None
        and zone[1] > max(city_votes, top[0][1] if top else 0)
        # `浏阳市人民政府…浏阳经济技术开发区…经开区…全市`: a county's own text that names its own zone
        and not (own is not None and own.level == "county" and zone[0].name.startswith(own.short))
    ):
        # a round-up of a city's counties and zones in the city's voice (`全市新开工项目1491个…两江新区、长寿区
        # 上榜2个项目`) names its zone most but is the city's; a zone's own text seldom lists four counties
        if not (city and _city_round_up(text, votes + Counter({zone[0]: zone[1]}), zone[1], city)):
            return zone[0]
        return gazetteer.get(city)
    if zone is not None and _title_figure_is_zones(text, zones, zone[0]):
        return zone[0]  # `今年上半年完成营收68亿元!河北唐县:…` over `唐县经济开发区…上半年完成营业收入68亿元`
    titled = _title_zone(text, zones, zone[0] if zone is not None else None)
    if titled is not None:
        return titled  # `荣昌县工业园区一季度实现工业总产值达76亿` over the visitors' county the body names as often
    if own is not None:  # the county whose government, congress or party secretary speaks
        return own
    if not top and city:
        head = _zone_heads_county(text, found, zones, city)
        if head is not None:  # `今年旺苍县工业园区规上企业…该县…`: the county speaks of its own park
            return head
    if not top and not city_votes:  # a government page that names no place: the county that publishes it
        publisher = publisher_place(text, gazetteer)
        if publisher is not None and publisher.level == "county":
            return publisher
    if city and not top and _CITY_VOICE.search(text):
        # `我市198个小城镇…4个泉州市级试点镇中,仑苍镇、梅山镇…`: a county-level city's own news names its prefecture
        # (泉州市级, city-level) and its towns, never itself; the towns say which city speaks
        towns = town_place(text, gazetteer)
        if towns is not None and towns.city == city and towns.name.endswith("市"):
            return towns
    if city and not top and city_votes <= 1 and _city_named_once_in_the_body(text, city, gazetteer):
        return None
    if city and not top and not city_votes and _city_only_a_firms_home(text, found, firms, city):
        # `南京华腾汽车配件公司是史鸿兵到浙江温州引进的项目` in a zone's feature that calls itself only `开发区` (kzqy.cn,
        # 溧水经济开发区): the city is the firm's home; the figures are the unnamed zone's, none of the city's
        return None
    # A city's own report names the city far more often than any one of its counties.
    if city and (not top or (city_votes >= 3 and city_votes >= 2 * top[0][1])):
        return gazetteer.get(city)
    # (a round-up of the city's counties and zones: a zone named once counts as one of the parts it goes over, as the
    # county named inside its name no longer does: `…翼城产业集聚区…,浮山产业集聚区…,吉县产业集聚区…项目`, cnjdz.net 临汾 2022)
    if city and _city_round_up(
        text, votes + Counter({z.place: 1 for z in zones if z.place.city == city}), top[0][1], city
    ):
        return gazetteer.get(city)
    if city and _few_counties_alike(text, votes):
        return gazetteer.get(city)
    if city and city_votes > top[0][1] and _PARTS_COUNTED.search(text) and _speaks_as_prefecture(text, city):
        # `全盟县域…从6个旗县市增速看,突泉、扎旗、前旗…`: the league counts its parts and speaks more than any is
        # named. Only in a league's or prefecture's own voice: a county's report counts its city's parts too
        # (`在全市12个县市区中位列第三`) and stays the county's.
        return gazetteer.get(city)
    if not top and not city:
        return _short_name_or_towns(text, gazetteer)
    if (
        top
        and city
        and _city_speaks_over(text, top[0][0])
        and not _city_papers_county(text, found, top[0], city_votes)
    ):
        return gazetteer.get(city)
    if top and _one_county_among_many(text, gazetteer, top[0][0], votes):
        return None
    return top[0][0] if top else None


# A page's source line: `来源:玉门经济开发区 |`, `来源：杭州日报`.
_SOURCE = re.compile(r"来源\s*[:：]\s*")


def _source_zone(text: str, zones: list[ZoneMention]) -> Place | None:
    """The zone a source line names as the page's publisher, if any."""
    starts = {z.start: z.place for z in zones}
    return next((starts[m.end()] for m in _SOURCE.finditer(text) if m.end() in starts), None)


def _title_zone(text: str, zones: list[ZoneMention], main: Place | None) -> Place | None:
    """The zone whose name opens the text's title (`安徽巢湖经济开发区:产业发展动力强劲…`, `雅安经开区:一季度…`): a
    headline opened by a zone is the zone's own news, whoever else its body names as often (visitors, its city, its
    county). The zone the text names most stands for it where it is the same zone written in full (`荣昌县工业园区`
    in the title, `重庆荣昌工业园区` in the body). (A zone later in the first line may be a venue, `…现场会在南宁六景
    工业园区…举行`, or follow a wire's byline whose county speaks, `网讯 (…) 沭阳经开区…`: neither counts; nor does a
    title that goes on to name the zone's city in full, whose affairs the body then reports.)"""
    title_end = text.find("\n")
    if title_end <= 0 or title_end > _TITLE_CHARS or "。" in text[:title_end] or not text[title_end:].strip():
        return None  # (a first line that is a sentence, or the whole text, is no headline)
    opening = len(text) - len(text.lstrip())
    first = next((z for z in zones if z.start == opening and z.end <= title_end), None)
    if first is None or _zone_only_in_lists(text, zones, first.place):
        return None
    parent = first.place.city or first.place.province
    if parent and parent in text[first.end : title_end]:
        return None  # `天津经开区斩获三个第一!2022年天津市开发区…评价结果公布`: the title goes on to its city's affairs
    if main is not None and first.place.short in (main.name, main.short):
        return main
    return first.place


# A headline figure as written: `68亿元`, `12.5%`.
_TITLE_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:[万亿]?(?:元|美元)|%)")


def _title_figure_is_zones(text: str, zones: list[ZoneMention], zone: Place) -> bool:
    """Whether the title's headline figure is one the body gives the zone, in a sentence that names it before the
    figure (`今年上半年完成营收68亿元!河北唐县:创新驱动…` over `唐县经济开发区2023年上半年完成营业收入68亿元`, a
    county's zone written up under its county's name): the text is the zone's, whoever else it names."""
    title_end = text.find("\n")
    if title_end <= 0:
        return False
    figures = {m.group().replace(" ", "") for m in _TITLE_FIGURE.finditer(text, 0, min(title_end, _TITLE_CHARS))}
    if not figures:
        return False
    for z in zones:
        if z.place.name != zone.name or z.start < title_end:
            continue
        stop = min((i for i in (text.find(c, z.end) for c in "。；;\n") if i >= 0), default=len(text))
        if any(f in text[z.end : stop].replace(" ", "") for f in figures):
            return True
    return False


def _own_firms_county(text: str, found: list[Mention], firms: set[int], city: str) -> Place | None:
    """The one county a text names only at the head of firms' names, in full (`惠民县农业投资有限公司`, a county's own
    investment company), when the text speaks as a county of that level (`我县`, `全县`): the county speaks. (A firm
    named by its home, `扬州晶澳`, is otherwise no vote for the place: it may be another's.)"""
    counties = {
        m.place
        for m in found
        if m.start in firms and m.exact and m.place.level == "county" and (not city or m.place.city == city)
    }
    if len(counties) != 1:
        return None
    county = next(iter(counties))
    return county if _voice_count(text, county.name[-1]) >= _COUNTY_SELF_MIN else None


def _zone_heads_unvoiced_province(text: str, zones: list[ZoneMention], zone: Place) -> bool:
    """Whether a zone's own news names it in its head while the province it stands in never speaks (no `全省`,
    `我省`, nor an autonomous region's `全区`, `我区`): the province is only the scale the zone is measured on
    (`拉萨经济技术开发区成为西藏经济新引擎…是西藏规模最大…的工业园区`, rmzxb.com.cn 2018, dev12 r233), and its figures
    are the zone's."""
    if not any(z.place.name == zone.name and z.start < _HEAD_CHARS for z in zones):
        return False
    voice = (*_PROVINCE_OWN_VOICE, *_ZONE_VOICE) if zone.province.endswith("自治区") else _PROVINCE_OWN_VOICE
    return not any(word in text for word in voice)


def _zone_heads_county(text: str, found: list[Mention], zones: list[ZoneMention], city: str) -> Place | None:
    """The one county of the city named only as the head of its zone's name, in a text that speaks as a county of
    its level (`今年旺苍县工业园区规上企业工业总产值…该县紧紧围绕资源转化`, guangyuanol.cn 2015): the county's own news,
    whose figures are the county's where the clause names no zone."""
    starts = {z.start for z in zones}
    heads = {
        m.place for m in found if m.start in starts and m.place.level == "county" and m.place.city == city
    }
    if len(heads) != 1:
        return None
    county = next(iter(heads))
    level = county.name[-1]
    voice = (*_OWN_VOICE.get(level, ()), f"该{level}")
    return county if any(word in text for word in voice) else None


_MANY_OTHERS = 4


def _one_county_among_many(text: str, gazetteer: Gazetteer, county: Place, votes: Counter[Place]) -> bool:
    """Whether the text names its only county once, below its head, among at least four other provinces and
    cities, and never speaks as a place (`全县`, `我市`, `该县`): a national feature that cites a county's meeting
    as one example (`今年7月,山东费县召开镇域经济发展工作会议` among 广东, 安徽, 浙江, 湖北省, 成都市's towns and
    meetings, w5454.com 2025) is none of its places' text. A county's own text names itself more, or speaks as
    itself (`全县`)."""
    if len(votes) != 1 or votes[county] != 1 or len(county.name) < 2:
        return False
    if any(word in text for word in (*_ANY_OWN_VOICE, "该县", "该区", "该市", "该旗")):
        return False
    others = {
        m.place.name for m in gazetteer.anywhere_mentions(text) if m.place.level in ("province", "city")
    }
    others.discard(county.city)
    others.discard(county.province)
    return len(others) >= _MANY_OTHERS


# Zones spoken of as a class: `国家高新区`, `国家级经开区`, `全国高新区`, `各新区`.
_ZONE_CLASS = re.compile(r"(?:国家级?|全国|各)(?:高新区|经开区|新区|高新技术产业开发区|经济技术开发区)")
_ZONE_CLASS_MIN = 3


# A list item that is a park or zone of some kind: `大路工业园区`, `装备制造基地`, `东胜科教轻纺工业园`.
_PARK_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}(?:园区|开发区|工业园|产业园|基地|新区|高新区|经开区)$")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,14}")


def _zone_only_in_lists(text: str, zones: list[ZoneMention], zone: Place) -> bool:
    """Whether every mention of the zone is one item of a list of parks (`…、达拉特经济开发区、装备制造基地…`): a city's
    text about its parks at large (ttnews.xyz 2019, 鄂尔多斯's 17 parks), not the zone's own."""
    named = [z for z in zones if z.place.name == zone.name]
    for z in named:
        after = _LIST_ITEM.match(text, z.end + 1) if text[z.end : z.end + 1] == "、" else None
        before = text[max(0, z.start - 16) : z.start - 1] if text[z.start - 1 : z.start] == "、" else ""
        item_before = re.search(r"[\u4e00-\u9fff]+$", before)
        if not (
            (after is not None and _PARK_ITEM.match(after.group()))
            or (item_before is not None and _PARK_ITEM.match(item_before.group()))
        ):
            return False
    return bool(named)


def _zone_class_text(text: str, zones: list[ZoneMention], zone: Place) -> bool:
    """Whether the text speaks of a kind of zone as a class (`国家高新区生产总值12.33万亿元`), at least three times and
    more than twice as often as it names its most named zone, which it gives as an example (`以北京中关村和上海张江为例…
    上海张江高新区…`, huanjingyujingji.com 2023), and never speaks as a zone, county or city (`全区`, `我县`, `我市`):
    the class's figures are no zone's, and the example's own sentences name it."""
    if any(word in text for word in (*_ZONE_VOICE, "我市", "本市", "我县", "本县", "全县")):
        return False  # (`我市3个国家级经开区`: a city's text about its zones; `全市` alone is a scale, `约占全市的80%`)
    named = sum(1 for z in zones if z.place.name == zone.name)
    spoken = len(_ZONE_CLASS.findall(text))
    return spoken >= _ZONE_CLASS_MIN and spoken > 2 * named


def _city_only_a_firms_home(text: str, found: list[Mention], firms: set[int], city: str) -> bool:
    """Whether the text names its city only at the head of firms' names, and never speaks as a city (`全市`, `我市`:
    `我市经济运行稳中向好…新乡化纤、新乡银行等企业` is the city's own)."""
    if any(word in text for word in _OWN_VOICE["市"]):
        return False
    named = [m.start for m in found if m.place.name == city]
    return bool(named) and all(start in firms for start in named)


def _city_named_once_in_the_body(text: str, city: str, gazetteer: Gazetteer) -> bool:
    """Whether the text names its only city once, by its short form, below its head, and never speaks as a city
    (`全市`, `我市`, `本市`): a word of the running text there is a company's or a school's more often than the
    text's place (`南京机…` closing the excerpt of a 宁波 subdistrict's report, nbyz.gov.cn 2024, that speaks as
    `区委区政府` and `街道`)."""
    if any(word in text for word in _OWN_VOICE["市"]):
        return False
    mentions = [m for m in gazetteer.anywhere_mentions(text) if m.place.name == city]
    return len(mentions) == 1 and not mentions[0].exact and mentions[0].start >= _HEAD_CHARS


def _city_speaks_over(text: str, county: Place) -> bool:
    """Whether a text that names one of its city's districts or counties speaks as the city (`我市市郊工业…市郊五市
    一区(城阳)`, `我市…集中开工…包括仙游县绿色纤维生产`): a district or county never calls itself 市, and this one
    never speaks as itself (`全区`, `我县`, `该县`)."""
    suffix = county.name[-1]
    if suffix == "市" or suffix not in _OWN_VOICE:
        return False
    if any(word in text for word in (*_OWN_VOICE[suffix], f"该{suffix}")):
        return False
    # (`我市` itself: `全市` alone is often the scale a county ranks on, `居全市第一`)
    return "我市" in text


# A county the title names, and the body more than this many times as often as its city: the city's paper writing
# of one county (`今年文成网络零售发展劲头十足` / `温州网讯…文成县的网络零售额…稳居我市首位`, f21_p05), not the city's
# round-up that names one of its counties in passing.
_PAPERED_COUNTY_OVER_CITY = 3
_TOWN_ENDS = ("镇", "乡", "街道")


def _city_papers_county(text: str, found: list[Mention], county: tuple[Place, int], city_votes: int) -> bool:
    """(A town named after its county in the title, `盐山镇成为全国综合实力千强乡镇`, is no mention of the county.)"""
    place, votes = county
    title_end = _title_end(text)
    titled = any(
        m.place == place and m.start < title_end and not text.startswith(_TOWN_ENDS, m.end) for m in found
    )
    return titled and votes > _PAPERED_COUNTY_OVER_CITY * max(city_votes, 1)


# A kicker above the headline: a slogan of short phrases and nothing else (`勾画新蓝图 实现新跨越`, over
# `清水确定今年经济社会发展目标`); the headline under it is part of the title.
_KICKER = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[ \u3000,，][\u4e00-\u9fff]{2,8})+")


def _title_end(text: str) -> int:
    """Where the text's title ends: its first line (at most `_TITLE_CHARS`), and the headline below it when the first
    line is a kicker (the headline a short line, no sentence)."""
    opening = len(text) - len(text.lstrip())
    first, _, rest = text[opening:].partition("\n")
    end = opening + len(first[:_TITLE_CHARS])
    if _KICKER.fullmatch(first.strip()):
        second = rest.lstrip("\n")
        headline = second.split("\n", 1)[0]
        if 0 < len(headline.strip()) <= _TITLE_CHARS and "。" not in headline:
            end = len(text) - len(second) + len(headline)
    return end


_PROVINCE_MIN = 2
_ZONE_VOICE = ("全区", "我区", "本区")
# A photo's caption: a line that opens with a mark (`▲`, `△`, `图为`) or closes with its photographer (`肖伟 摄`).
_CAPTION = re.compile(r"^[ \t]*(?:[▲△▼]|图为|图:|图：)[^\n]*$|^[^\n]{0,60}摄[)）]?[ \t]*$", re.M)
# A city's leading bodies named after it (`哈尔滨市委、市政府`, `市人民政府`).
_SUPERIORS = re.compile(r"市?(?:委|人民政府|政府)")


def _captions(text: str) -> list[tuple[int, int]]:
    if "摄" not in text and "▲" not in text and "图" not in text:
        return []
    return [(m.start(), m.end()) for m in _CAPTION.finditer(text)]


# A site's breadcrumb line: `新华报业网 > 扬州 > 要闻 > 正文`, `您当前的位置 :浙江在线 > 宁波频道 > 时政 正文`.
_BREADCRUMB = re.compile(r"^[^\n>]{0,30}(?:>[^\n>]{1,20}){2,}$", re.MULTILINE)


def _breadcrumbs(text: str) -> list[tuple[int, int]]:
    return (
        [m.span() for m in _BREADCRUMB.finditer(text, 0, min(len(text), _HEAD_CHARS))] if ">" in text else []
    )


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


# How an autonomous region calls itself (`自治区` counts once less for each time the region's full name holds it).
_REGION_OWN_VOICE = ("全区", "我区", "自治区")
# A wire dateline after the city it is filed from: `中广网呼和浩特8月20日消息`, `本报海口2月9日电`.
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日(?:电|消息|讯)")
# How a prefecture (盟, 州) calls itself: no county-level unit does (a county-level city says `我市` too).
_CITY_OWN_VOICE = ("我盟", "我州", "全盟")
# A news outlet named after its province: `四川经济网`, `河南日报`, `湖北卫视`, `浙江在线` (and its city channels,
# `浙江在线-宁波频道`, nb.zjol.com.cn 2018).
_PROVINCE_PRESS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:网|报|电视台|卫视|广播|在线)")
# A news outlet named after its city: `厦门日报`, `南通广播电视台`, `宜宾新闻网`.
_PRESS = re.compile(r"(?:市)?(?:日报|晚报|商报|都市报|新闻网|广播电视台|电视台|融媒体中心|网讯|频道)")
# The city's own press speaking of its counties: `我市`, `全市各区县`, `17个县(市、区)`.
_CITY_VOICE = re.compile(r"我市|全市|县[(（]市、?区[)）]")
# A city counted by its parts (`潍坊市97个街镇(园区)`, `全省的…`): a round-up of them by an outsider, not the city's own
# voice, is still about the city at large.
_CITY_PARTS = re.compile(r"市\s*\d+\s*个(?:街镇|镇街|乡镇|县区|区县|县市区|县[(（]市、?区[)）])")
_ROUND_UP_COUNTIES = 4
# `全市`, `全县` as the scale a part ranks on (`在全市入围的各县区中位居第一`, `增量居全县首位`): a county speaking of its
# place in its city, a town of its place in its county, not the city or the county speaking; so is the scale a
# part is first or alone on (`在全市率先出台…政策`, `被确定为全市唯一的制造业高质量发展示范区`, 溧水区's year review), or
# among the first, or measured against the whole's average (`多项经济指标名列全市前列`, `在全市排名领先领跑`,
# `高出全市平均水平0.2个百分点`: a district's half-year figures against its city's, 邗江区 2019).
_RANK_SCALE = compile_words_first(
    r"全[市县区旗][^，。；,;:：\n]{0,20}?(?:第[一二三四五六七八九十\d]+|前[一二三四五六七八九十\d]+|首位)"
    r"|全[市县区旗](?:率先|唯一|首个|首家)"
    r"|全[市县区旗][^，。；,;:：\n]{0,6}?(?:前列|排名)"
    r"|(?:高于|高出|低于|快于|慢于|超过|超出)全[市县区旗](?:平均)?"
)
# A city's parts counted (`从6个旗县市增速看`, `全市12个县市区中`): the text goes over them one by one.
_PARTS_COUNTED = re.compile(r"\d+\s*个(?:旗县市|旗县区|旗县|县市区|县市|县区|区县)")


def _city_voice_beyond_ranks(text: str) -> bool:
    """Whether the text speaks as its city (`我市`, `全市`, `17个县(市、区)`) other than where `全市` is only the scale a
    county ranks on (xinnong.net 2011 on 吴起县: `位居第12位…在全市入围的各县区中位居第一…此外,志丹、安塞、黄陵、子长4县
    也分别入围`, a county's news that lists its city's other winners, not the city's round-up)."""
    ranks = [m.span() for m in _RANK_SCALE.finditer(text)]
    return any(not _in_spans(m.start(), ranks) for m in _CITY_VOICE.finditer(text))


def _city_round_up(text: str, votes: Counter[Place], top_votes: int, city: str) -> bool:
    """A round-up of a city's counties written in the city's voice (`今年上半年我市GDP增速为5%…渝北、长寿和潼南…`),
    or a prefecture's (`全州规模以上工业增加值…雅江(15.3%)、泸定(13.4%)、丹巴(13%)和康定(11.2%)4个县(市)增速高于全州
    平均水平`, tjj.gzz.gov.cn 2020): at least four of its counties named and none named as often as all the others
    together. A figure no county is named for there is the city's."""
    voiced = (
        _city_voice_beyond_ranks(text)
        or _CITY_PARTS.search(text)
        or _speaks_as_prefecture(text, city)
        or _city_holds_at_head(text, city)
    )
    if len(votes) < _ROUND_UP_COUNTIES or not voiced:
        return False
    return 2 * top_votes < sum(votes.values())


_FEW_COUNTIES = 3


def _few_counties_alike(text: str, votes: Counter[Place]) -> bool:
    """A city's news in its own voice that names two or three of its counties, each as often as the others
    (`今年,从市一级到各县(市、区)…卫辉市提出的目标是…辉县市…凤泉区…`, 新乡日报): it goes over a few of its parts
    after its own figures, and none of them is its place. (Four or more are a round-up, `_city_round_up`.)"""
    return 2 <= len(votes) <= _FEW_COUNTIES and len(set(votes.values())) == 1 and _city_voice_beyond_ranks(text)


# The city at a text's head as the one that holds the event it reports: `2月26日,临汾市举行开发区2022年第一次“三个一批”
# 活动` (cnjdz.net 2022), `梅州招商引资推进“百千万工程”专场推介会在广州越秀国际会议中心举办` (360elib.com 2024): a round-up of
# what its counties and zones signed there.
_HOLDS = re.compile(
    r"[^，。；,;\n]{0,12}?[,，]?\s*(?P<city>[\u4e00-\u9fff]{2,6}?)市?"
    r"(?:举行|召开|举办|[^，。；,;\n]{0,30}?(?:会|仪式|活动)在[^，。；,;\n]{1,20}?(?:举行|召开|举办))"
)
_HEAD_CHARS = 80


def _city_holds_at_head(text: str, city: str) -> bool:
    """Whether the text's opening says its city holds the event it reports (see `_HOLDS`)."""
    m = _HOLDS.match(text.lstrip()[:_HEAD_CHARS])
    return m is not None and city.endswith("市") and m.group("city") in (city, city[:-1])


# What follows a place's name when the document is that place's own: its government, congress, party
# committee, statistics bureau or newsroom speaks (`郏县人民政府`, `在郏县第十届人民代表大会`, `沛县县委书记`).
_OWN_CUE = re.compile(
    r"\s*(?:人民政府|人民代表大会|人大|政协|[县区市旗]委|委书记|[县区市旗]长|统计局|融媒体|发展和改革|发改|"
    r"政府办|第[一二三四五六七八九十\d]+届)"
)


def own_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The county a document is the own text of: the one whose full name its title gives, or its government,
    congress, party secretary or bureau is named by, most often (a tie is none)."""
    votes: Counter[Place] = Counter()
    title_end = min(_TITLE_CHARS, len(text.split("\n", 1)[0]))
    for mentions in (gazetteer.full_names, gazetteer.former_full_names):
        for mention in mentions(text):
            # named by its government or bureau, or in full in the title (`眉县县情简介`)
            if _correspondents_post(text, mention):
                continue
            if (
                mention.place.level == "county"
                and (
                    _OWN_CUE.match(text, mention.end)
                    # (`南皮县经济开发区包括两个园区`: a title that names the county's zone is the zone's)
                    or (mention.end <= title_end and not _zone_head(text, mention))
                )
                and not _speaks_as_other_level(text, mention.place)
            ):
                votes[mention.place] += 1
        if votes:
            break  # a former name (`沙县县委书记`) only when no current one is so named
    top = votes.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


_OTHER_LEVEL = {"县": "区", "区": "县"}
# A reporter stationed in a place (`苏报讯(驻吴中区首席记者范易)`): the paper's post there, page furniture that says
# nothing of whose figures follow (the page was 吴中经济技术开发区's 前四月).
_CORRESPONDENT = re.compile(r"(?:首席|特约|常驻)?记者")


def _correspondents_post(text: str, mention: Mention) -> bool:
    """Whether a place is named only as where a paper's reporter is stationed (`驻吴中区首席记者`)."""
    return text[mention.start - 1 : mention.start] == "驻" and bool(_CORRESPONDENT.match(text, mention.end))


# A park or a news outlet named after a place (`玉门东工业园`, `滨海—中关村科技园`, `天津滨海网`): the place heads another
# thing's name; like a zone's name (counted for the zone only) it says nothing of whose text it is.
_PARK_OR_OUTLET = re.compile(
    r"[—\-－]?[\u4e00-\u9fff]{0,4}?(?:工业园|产业园|科技园|创业园|物流园)(?!区)"
    r"|[\u4e00-\u9fff]{0,2}?网(?=[”\"」』》]|讯|消息|记者|报道|独家|版权|编辑|客户端)"
)


def _heads_a_park_or_outlet(text: str, mention: Mention) -> bool:
    return bool(_PARK_OR_OUTLET.match(text, mention.end))


def _zone_head(text: str, mention: Mention) -> bool:
    """Whether a county named in a title is only the head of its zone's name (`南皮县经济开发区包括两个园区`), in a text
    that never speaks as the county (`全县`, `我县`)."""
    suffix = mention.place.name[-1]
    return bool(ZONE_SUFFIX.match(text, mention.end)) and not any(
        word in text for word in _OWN_VOICE.get(suffix, ())
    )


def _speaks_as_other_level(text: str, county: Place) -> bool:
    """Whether the text speaks only as a place of the other level (`全区` at least twice, never `全县`, `我县`): a
    district's release is no county's own text, though its page names a county's government (西工区's 1–11月 release
    on a page signed `获嘉县人民政府`, xgq.xinxiang.gov.cn 2025)."""
    other = _OTHER_LEVEL.get(county.name[-1])
    if other is None:
        return False
    if any(word in text for word in _OWN_VOICE[county.name[-1]]):
        return False
    return _voice_count(text, other) >= _COUNTY_SELF_MIN


# The kind of a county's own newsroom (`淳安县千岛湖传媒中心`, `东台日报`, `沛县融媒体中心`, `东台报业网`, a news site's
# dateline `今日竹山网消息`), and the place and brand before it: a brand may stand between a full name and the kind.
_PRESS_KIND = re.compile(r"传媒中心|融媒|报业|日报|新闻网|新闻中心|广播电视台|电视台|网(?:消息|讯)")
_COUNTY_PRESS = re.compile(
    rf"(?:[^\W\d_委政府在和与的是对向从为党人省市县区]{{0,4}}?)({_PRESS_KIND.pattern})"
)
_PRESS_NAME_SPAN = 14  # an autonomous county's full name and a brand: `淳安县千岛湖`
# How a county-level place calls itself, by its level suffix (`全县`, `我县`, `本县`).
_OWN_VOICE = {suffix: (f"全{suffix}", f"我{suffix}", f"本{suffix}") for suffix in "县区市旗"}


def _voice_count(text: str, suffix: str) -> int:
    """How often the text speaks as a place of the kind the suffix names (`全县`, `我县`, `本县` for `县`)."""
    return sum(text.count(word) for word in _OWN_VOICE.get(suffix, ()))


def county_press_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The county whose own newsroom publishes the text (`淳安县千岛湖传媒中心版权所有`) when the text speaks in a
    county's voice of that level (`全县`, `我县`): one such county, else none. A provincial or a city's paper is
    no county's voice; a county's short form counts right before the outlet's kind only (`东台日报`)."""
    found: set[Place] = set()
    # only the few words before an outlet's kind are scanned for a place
    for kind in _PRESS_KIND.finditer(text):
        start = max(0, kind.start() - _PRESS_NAME_SPAN)
        for m in gazetteer.anywhere_mentions(text[start : kind.start()]):
            place = m.place
            if place.level != "county" or not place.name.endswith(tuple(_OWN_VOICE)):
                continue
            press = _COUNTY_PRESS.match(text, start + m.end)
            if (
                press is None
                or press.start(1) != kind.start()
                or (not m.exact and m.end != kind.start() - start)
            ):
                continue
            if any(word in text for word in _OWN_VOICE[place.name[-1]]):
                found.add(place)
    return found.pop() if len(found) == 1 else None


def fallback_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The place of a document whose running text names none that counts: its own county, else the full name
    it gives most (the title and the first lines double; `郏县`, `叶县` count here), else a county's short
    form that means one place in the whole country, even named once (`缙云统计`)."""
    own = own_place(text, gazetteer)
    if own is not None:
        return own
    votes: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    full = gazetteer.full_names(text)
    for mention in full:
        votes[mention.place] += 2 if mention.start < _TITLE_CHARS else 1
        first.setdefault(mention.place, mention.start)
    for slogan in [p for p in votes if _slogan_one_character_county(text, p, full, gazetteer)]:
        del votes[slogan]
    if votes:  # most named, then a county before a city, then the first named
        best = min(votes, key=lambda p: (-votes[p], p.level != "county", first[p]))
        counties = Counter({p: n for p, n in votes.items() if p.level == "county"})
        if best.level == "county" and _one_county_among_many(text, gazetteer, best, counties):
            return None
        return best
    named = _short_name_or_towns(text, gazetteer, min_votes=1)
    if named is not None and (
        _named_once_in_the_body(text, named, gazetteer)
        or _slogan_one_character_county(text, named, full, gazetteer)
    ):
        named = None
    head = _not_a_town(text, _short_in_head_or_byline(text, gazetteer), gazetteer)
    if head is not None and _slogan_one_character_county(text, head, full, gazetteer):
        head = None
    return (
        named
        or head
        or _one_character_name(text, gazetteer)
        or _word_short_in_frame(text, gazetteer)
    )


def _named_once_in_the_body(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the text names the place only once, by its short form, below its head and before its byline: a word
    of a list there is more often a company's name (`重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈项目` in
    汶上县's 中都街道 report) than the text's place, which a text that names it once names in its head (`上半年,缙云全县`)
    or byline (`缙云统计`)."""
    mentions = [m for m in gazetteer.anywhere_mentions(text) if m.place == place]
    if len(mentions) != 1 or mentions[0].exact or mentions[0].start < _HEAD_CHARS:
        return False
    if _speaks_as(text, place):
        # `全县经济社会发展的主要预期目标是…全力推进怀安乡村振兴综合开发基地项目` (bx2200.com, 怀安县's work report): a county's
        # own text names its projects after itself; a town's report ranks itself in its county (`增量居全县首位`)
        return False
    return mentions[0].start < len(text.rstrip()) - len(_byline(text))


def _speaks_as(text: str, place: Place) -> bool:
    """Whether the text speaks as a place of the place's level (`全县`, `我县`, `本县` for a 县), other than as the
    scale something ranks on (`居全县首位`)."""
    words = _OWN_VOICE.get(place.name[-1], ())
    ranks = [m.span() for m in _RANK_SCALE.finditer(text)]
    return any(
        not _in_spans(at, ranks) for word in words for at in (m.start() for m in re.finditer(word, text))
    )


# A county whose name is one character and 县 (泾县, 沛县) is called by that character where someone comes to it or
# works in it: `来到我县…在泾调研期间`, `来沛考察`, `驻泾企业`.
_AT_PLACE = re.compile(
    r"(?:来|在|赴|驻|到|抵|离)([\u4e00-\u9fff])(?:调研|考察|视察|检查|指导|期间|工作|投资|兴业|企业|召开)"
)


# A run of four-character-or-so slogans that each end in 县 (`产业兴县、新型工业化强县`, `工业强县、教育兴县`).
_SLOGAN_ITEM_AFTER = re.compile(r"、([\u4e00-\u9fff]{1,7}?县)")
# …or a four-character slogan of two verbs and their objects, the county's and the people's (`把猕猴桃作为兴县富民产业`).
_PEOPLE_AFTER = re.compile(r"[\u4e00-\u9fff]民")
_SLOGAN_ITEM_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,7}县)、$")


def _slogan_one_character_county(text: str, place: Place, full: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether a one-character county (`兴县`, `富县`) is written only inside slogans: a quoted one (`围绕“产业立县、
    工业强县、教育兴县、文旅富县”发展战略`), a run of them beside one that names no place (`产业兴县、新型工业化强县`), or
    a county's and its people's (`兴县富民`): there the two characters are a verb and 县 (make the county flourish), no
    county's name."""
    if len(place.name) != 2 or place.level != "county":
        return False
    named = [m for m in full if m.place == place]
    if not named:
        return False
    quoted = [m.span() for m in _QUOTED.finditer(text)]

    def in_slogan(mention: Mention) -> bool:
        if any(a <= mention.start < b for a, b in quoted) or _PEOPLE_AFTER.match(text, mention.end):
            return True
        for item in (
            _SLOGAN_ITEM_AFTER.match(text, mention.end),
            _SLOGAN_ITEM_BEFORE.search(text[max(0, mention.start - 9) : mention.start]),
        ):
            if item is not None and not any(
                gazetteer.lookup(item.group(1)[-k:]) for k in range(2, len(item.group(1)) + 1)
            ):
                return True
        return False

    return all(in_slogan(m) for m in named)


def _one_character_name(text: str, gazetteer: Gazetteer) -> Place | None:
    """The one-character county a county's own text (`我县`) names only so, when it names one such."""
    if not any(word in text for word in _OWN_VOICE["县"]):
        return None
    named = set()
    for m in _AT_PLACE.finditer(text):
        place = gazetteer.get(m.group(1) + "县")
        if place is not None and place.level == "county":
            named.add(place)
    return named.pop() if len(named) == 1 else None


# A county whose short form is a common word (长兴, 天桥 "footbridge") stands for the county where only a place can
# stand: where something settles (`一批新能源产业项目相继实施或落户长兴,`), or before a place's numbered strategy
# (`全区上下紧紧围绕天桥发展“1339”战略`).
_SETTLES_IN = re.compile(r"(?:落户|落地|扎根|入驻|深耕)(?:于|在|到)?$")
_SETTLES_END = re.compile(r"[,，。;；、)）\n]|的")
_NUMBERED_STRATEGY = re.compile(r"发展[“\"][\d+]{2,}[”\"]")
# …or whose economy or growth the work serves (`为钟楼经济高质量发展提供有力支撑`, f21_p08 钟楼区's project report).
_SERVES = re.compile(r"(?:为|推动|促进|助力|服务|服务于|推进)$")
_OWN_GROWTH = re.compile(r"(?:经济(?:社会)?(?:高质量)?|高质量)发展")
_FRAME_SPAN = 4


def _in_place_frame(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - _FRAME_SPAN) : mention.start]
    if _SETTLES_IN.search(before) and _SETTLES_END.match(text, mention.end):
        return True
    if _SERVES.search(before) and _OWN_GROWTH.match(text, mention.end):
        return True
    return _NUMBERED_STRATEGY.match(text, mention.end) is not None


# A labour brand is named after the place whose workers it sends out (`打造“宣慰家政工”“大方漆器工”等劳务品牌`, f21_p20
# 大方县's work report): its name opens with the place's short form, whatever word that form is too.
_LABOUR_BRAND_AFTER = re.compile(r"[^“”\n]{1,6}”(?:“[^“”\n]{1,10}”)*\s*(?:等|和|、)?\s*(?:特色)?劳务品牌")


def _labour_brand(text: str, mention: Mention) -> bool:
    return text[mention.start - 1 : mention.start] == "“" and bool(
        _LABOUR_BRAND_AFTER.match(text, mention.end)
    )


def _word_short_in_frame(text: str, gazetteer: Gazetteer) -> Place | None:
    """The one county a text that speaks as its level (`我县`, `全区`) names only by a short form that is a common
    word, in a place's frame (`_in_place_frame`), or that any text names so at the head of a labour brand."""
    named = {
        m.place
        for m in gazetteer.word_like_mentions(text)
        if m.place.level == "county"
        and ((_in_place_frame(text, m) and _speaks_as(text, m.place)) or _labour_brand(text, m))
    }
    return named.pop() if len(named) == 1 else None


_BYLINE_CHARS = 300


def _byline(text: str) -> str:
    """The short lines that close a text (`缙云统计`, `来源：旺苍`), never its body: in a short text the last
    300 characters are running text, where a short form is often part of a word (`以上来安排` holds 来安)."""
    lines = text.rstrip().split("\n")
    tail: list[str] = []
    for line in reversed(lines[1:]):
        if len(line.strip()) > _TITLE_LINE_MAX:
            break
        tail.append(line)
    return "\n".join(reversed(tail))[-_BYLINE_CHARS:]


def _short_in_head_or_byline(text: str, gazetteer: Gazetteer) -> Place | None:
    """A county's short form in the title or the closing byline (`缙云统计`, `来源：旺苍`): the first one."""
    byline = _byline(text)
    for part, at in ((text[:_TITLE_CHARS], 0), (byline, len(text.rstrip()) - len(byline))):
        mentions = [replace(m, start=m.start + at, end=m.end + at) for m in gazetteer.anywhere_mentions(part)]
        # (`引进了德昌电机、华腾汽配、比亚迪、康迈等100多个企业`, the list read on past the head: a brand's, not 德昌县)
        firms = firm_spans(text, mentions) | listed_brand_spans(text, mentions)
        for m in mentions:
            if m.place.level == "county" and m.start not in firms:
                return m.place
    return None


def _main_zone(text: str, zones: list[ZoneMention]) -> tuple[Place, int] | None:
    """The zone a text names most, with its votes: its full mentions (double near the top) and the bare
    suffix it goes by (`高新区`, `经开区`) once it has been named. Zones named equally often in full are told apart
    by their bare words: `临平区国家级开发区——杭州余杭经济技术开发区(以下简称“经开区”)` goes on as `经开区`."""
    if not zones:
        return None
    votes: Counter[str] = Counter()  # by name: `厦门火炬高新区` and later `火炬高新区` are one zone
    first: dict[str, Place] = {}
    for zone in zones:
        votes[zone.place.name] += 2 if zone.start < 200 else 1
        first.setdefault(zone.place.name, zone.place)
    most = max(votes.values())
    tied = [name for name in votes if votes[name] == most]  # in the order first named
    # (max keeps the first named among equals)
    count, name = max(((most + _bare_votes(text, name, zones), name) for name in tied), key=lambda c: c[0])
    return first[name], count


def _bare_votes(text: str, name: str, zones: list[ZoneMention]) -> int:
    """How often the text calls the zone `name` by its bare suffix alone (`经开区` for a 经济技术开发区)."""
    for full, bare in _BARE_ZONE_WORDS.items():
        if name.endswith(full):
            # `我市袍江经济技术开发区、柯桥经济技术开发区和…3个国家级经开区`: where the text names other zones of the
            # kind, the bare word is any of them (or all), not this one
            if any(z.place.name != name and z.place.name.endswith(full) for z in zones):
                return 0
            return sum(_bare_outside(text, word, zones) for word in bare)
    return 0


# A county named in brackets right after a zone's name or bare word (`经开区(头屯河区)`, `高新区（某某区）`).
_ALSO_NAMED = re.compile(r"(?:经开区|高新区|开发区|新区)[(（]$")


def _bare_outside(text: str, word: str, zones: list[ZoneMention]) -> int:
    """How often a bare zone word stands on its own, outside the zones' full names: `开发区` inside `…经济开发区` is
    the name, `经开区(头屯河区)` after `乌鲁木齐经济技术开发区` is the zone again."""
    count, at = 0, text.find(word)
    while at >= 0:
        if not any(z.start <= at < z.end for z in zones):
            count += 1
        at = text.find(word, at + len(word))
    return count


# What a zone is called once named: `高新区` for a 高新技术产业开发区.
_BARE_ZONE_WORDS = {
    "高新技术产业开发区": ("高新区",),
    "经济技术开发区": ("经开区",),
    "经济开发区": ("开发区", "经开区"),  # a provincial zone is a `经开区` too (巴中市经开区)
    "综合保税区": ("综保区",),
    "示范区": ("示范区",),
    # 中关村科技园区, the national 中关村国家自主创新示范区 (finance.china.com.cn 2015)
    "科技园区": ("示范区",),
    "新区": ("新区",),
    "新片区": ("新片区",),  # 中国(上海)自由贸易试验区临港新片区 (investchn.com 2021)
    # 民和工业园区 (海东日报, fuels.com.cn); `园区完成规上工业总产值…` after `江苏泰州海陵工业园区` (dev12 r223)
    "工业园区": ("园区",),
}


_SHORT_NAME_MIN_VOTES = 2
_TITLE_CHARS = 60


def _by_short_name(text: str, gazetteer: Gazetteer, min_votes: int = _SHORT_NAME_MIN_VOTES) -> Place | None:
    """A text that names its county only by a short form (`双流上半年…`) and no city: the county whose short
    form it names most, at least twice, when that form means one place in the whole country; one of the
    province's counties when the text names a province."""
    votes: Counter[Place] = Counter()
    mentions = gazetteer.anywhere_mentions(text)
    firms = firm_spans(text, mentions)
    # (a firm's home, `北京睿文商道农业科技有限公司`, is neither the text's county nor its province)
    mentions = [m for m in mentions if m.start not in firms]
    provinces = {m.place.name for m in mentions if m.place.level == "province"}
    for m in mentions:
        # a text that names its province (`海南`, `山西省`) is about one of that province's counties
        if m.place.level == "county" and (not provinces or m.place.province in provinces):
            votes[m.place] += (
                2 if m.start < _TITLE_CHARS and m.exact else 1
            )  # a full name in the title counts double
    top = votes.most_common()
    if not top or top[0][1] < min_votes:
        return None
    tied = [place for place, count in top if count == top[0][1]]
    if len(tied) > 1:
        # `改造东沙洼村、西沙洼村…推进怀安乡村振兴综合开发基地项目` in a text that says `全县`: of the forms named as often,
        # the one county of the level the text speaks as (a village's 西沙 is no 区's)
        tied = [place for place in tied if _speaks_as(text, place)]
    return tied[0] if len(tied) == 1 else None


def _short_name_or_towns(
    text: str, gazetteer: Gazetteer, min_votes: int = _SHORT_NAME_MIN_VOTES
) -> Place | None:
    """`_by_short_name`, unless the towns the text names point clearly at another county and either that county's
    short form is named too (`永红街道、荷花池街道…钟楼经济` against the 复兴 of `老城复兴`) or this one's is named too
    seldom once the town names that hold it are set aside (`柳河镇`, a town of 方城县 too): once is too seldom against
    the towns (`德江农业公司` beside 罗山县's 彭新镇, 潘新镇, 莽张镇)."""
    place = _by_short_name(text, gazetteer, min_votes)
    towns = town_place(text, gazetteer)
    if towns is None or towns == place:
        return _not_a_town(text, place, gazetteer)
    if short_form_outside_towns(text, towns, gazetteer):
        return towns
    if place is not None and short_form_outside_towns(text, place, gazetteer) < _SHORT_NAME_MIN_VOTES:
        return towns
    return place


def _not_a_town(text: str, place: Place | None, gazetteer: Gazetteer) -> Place | None:
    """The place found by its short form, unless that form stands only in another county's town names (甘泉 in
    `甘泉路街道`, 明水 in `明水乡`)."""
    if place is None or only_in_others_towns(text, place, gazetteer):
        return None
    if not_the_towns_county(text, place, gazetteer):
        # `专访廿三里街道党工委书记…构建‘义东明珠、文化新城’`: a subdistrict's own text, whose subdistrict is 义乌市's; the
        # 东明 inside its slogan is no county of its
        return None
    return place


def split_sections(
    text: str, gazetteer: Gazetteer, *, places: list[str] | None = None, city: str = ""
) -> list[Section]:
    """Sections of the document, each with its place, covering the whole text in order."""
    scan = without_comparisons(text)  # the places the text measures itself against are not its own
    city = context_city(scan, gazetteer, city)
    starts = _section_starts(text, gazetteer, city)
    if places:
        allowed = set(places)
        starts = [(s, p) for s, p in starts if p.name in allowed] or starts
    provincial = not_yet_national(text)
    zones = find_zones(text, gazetteer, city, provincial=provincial)  # found once, used twice
    if not places and _dateline_city(text, starts):
        # `长治:重点项目集中开工` over a text about 沁源县: the title's city is a dateline; the county the body
        # names most is the text's place; so is the zone (`江苏扬州:重大项目…` over 扬州经开区's news, xhby.net 2022)
        body = most_mentioned_place(text, gazetteer, city, zones)
        if body is not None and body.level in ("county", "zone") and body.city == starts[0][1].name:
            starts = []
    wide = not places and not starts and wide_round_up(scan, gazetteer)
    # a round-up whose first part is a province's speaks for the country before it, none of the gazetteer's places
    by_provinces = bool(starts) and starts[0][1].level == "province"
    default = (
        None
        if wide or by_provinces
        else _head_place(text, scan, gazetteer, places or [], starts, city, zones)
    )
    if not places and not starts:
        default = _unheaded_place(text, scan, default, gazetteer, zones)
    bounds: list[tuple[int, str, str]] = [(0, default.name if default else "", _city_of(default))]
    if default is not None and not places and _lead_of_headed_parts(text, starts, default):
        bounds[0] = (0, "", "")
    for start, place in starts:
        if start == 0:
            bounds[0] = (0, place.name, _city_of(place))
        elif place.name != bounds[-1][1]:
            bounds.append((start, place.name, _city_of(place)))
    ends = [b[0] for b in bounds[1:]] + [len(text)]
    sections = [Section(s, e, region, c) for (s, region, c), e in zip(bounds, ends, strict=True) if e > s]
    # scanned once, used twice; a wide round-up's counties are any city's (`荣成(第14位)、文登(第18位)`)
    found = (
        gazetteer.anywhere_mentions(text) if wide else gazetteer.find_mentions(text, [city] if city else [])
    )
    events = event_spans(text)
    if events:  # `在“南京重洽会”这方大舞台上`: the event's host opens no sentence of the text's
        found = [m for m in found if not any(a <= m.start < b for a, b in events)]
    firms = firm_spans(text, found)
    if firms:  # a firm named by its home (`扬州晶澳…增长130%`) speaks for the firm, not for the place
        found = [m for m in found if m.start not in firms]
    # `滨海—中关村科技园新增注册企业907家` in a zone's text: the park's name opens the sentence, not its district
    found = [m for m in found if not _heads_a_park_or_outlet(text, m)]
    found = _with_generic_districts(text, gazetteer, city, found)
    found = _with_shorts_of_named(text, city, found)
    found = _with_former_of_named(text, gazetteer, found)
    sections = _with_named_sentences(text, sections, gazetteer, zones, found)
    sections = _with_hosted_events(text, sections, zones)
    sections = _with_paired_figures(text, sections, gazetteer, found, city)
    sections = _with_town_voice(text, sections, gazetteer, city)
    if default is None and not places:
        sections = _without_towns_city(text, sections, gazetteer)
    sections = _with_superior_report(text, sections, gazetteer, found)
    sections = _with_superior_brackets(text, sections, gazetteer)
    sections = _with_city_sentences(text, sections, gazetteer)
    sections = _with_city_congress(text, sections, gazetteer)
    sections = _with_superior_clauses(text, sections, gazetteer, found)
    sections = _with_zones_ranked_among_zones(text, sections, gazetteer, zones)
    sections = _with_host_county_voice(text, sections, gazetteer, zones)
    namesake = provincial_namesake(text, default, gazetteer) if not places else None
    if namesake is not None and default is not None:
        sections = [
            replace(s, region=namesake.name, city=namesake.city) if s.region == default.name else s
            for s in sections
        ]
    renamed = {}  # each county as the text writes it (`会理县`, before it became 会理市)
    for region in {s.region for s in sections if s.region}:
        written = _name_as_written(text, gazetteer.get(region), gazetteer)
        if written and written != region:
            renamed[region] = written
    if renamed:
        sections = [replace(s, region=renamed.get(s.region, s.region)) for s in sections]
    return sections


# A run of names (`奉化、宁海`) and the margin each is beaten or trailed by (`1.13亿美元`, `34个百分点`).
_MARGIN_NAMES = r"(?:[\u4e00-\u9fff]{2,8}?[、和及与])*[\u4e00-\u9fff]{2,8}?"
_MARGIN = r"\d+(?:\.\d+)?\s*(?:个百分点|%|亿美元|万美元|亿元|万元|倍)"
# Places a county measures itself against: `位居郧阳区、丹江口市、茅箭区之后`, `与比拼对象保康县比`, `仅次于xx`,
# `总量首次超过肥东县`, `比第二位的泸州市(增12.1%)快1.2个百分点`, `仅低于第一位的宁波市1个百分点`; and places whose visitors it receives.
_COMPARISON = compile_words_first(
    r"位[居列于]([^，。；,;\n]{2,40}?)之后|(?:仅次于|落后于)([^，。；,;\n]{2,20})"
    r"|(?:比拼|对标|赶超)对象([^，。；,;\n]{2,20}?)(?:相?比|之后)"
    r"|(?:超过|超越|赶超|反超)[\u4e00-\u9fff]{2,8}?[县市区旗](?![\u4e00-\u9fff])"
    r"|比(?:第[一二三四五六七八九十\d]{1,2}位的)?[\u4e00-\u9fff]{2,8}?[县市区旗](?:[(（][^()（）\n]{0,20}[)）])?"
    r"(?:快|慢|高|低|多|少)"
    r"|(?:低于|高于|快于|慢于)(?:第[一二三四五六七八九十\d]{1,2}位的)?[\u4e00-\u9fff]{2,8}?[县市区旗](?![\u4e00-\u9fff])"
    # `进出口总量分别高于奉化、宁海1.13亿美元和0.03亿美元`, `增幅高于奉化34个百分点、宁海27个百分点`: places by their
    # short forms, each followed by the margin (news.cnnb.com.cn 2011, a county's exports beside its city's others)
    rf"|(?:低于|高于|快于|慢于|多于|少于|领先于?)(?:分别)?{_MARGIN_NAMES}(?={_MARGIN})"
    rf"(?:{_MARGIN}、{_MARGIN_NAMES}(?={_MARGIN}))*",
    groups_read=False,  # (only the whole match is blanked)
)
# Visitors: `山东诸城市…带队的参观考察团来赣榆县`, `惠民县党政考察团对我县…`: the clause up to the group's name says where
# they come from.
_VISITORS = re.compile(r"考察团|代表团|参观团|学习团|考察组")
# Places that give aid to the text's place (`天津市、山东省青岛市、福建省福州市和厦门市对口支援甘肃省`, `…累计向甘肃投入财政
# 援助资金89.66亿元`, 0809ok.com 2020 on 甘肃's east-west pairing): the givers, never the text's own place.
_AID_ITEM = r"(?:(?![在的由受得为向对与和及是将把被])[\u4e00-\u9fff]){1,8}?[省市县区旗州盟]"
_AID_GIVERS = re.compile(
    rf"((?:{_AID_ITEM}[,，]?[、和及与]){{0,8}}{_AID_ITEM})(?:累计|共|先后|持续)?"
    r"(?:对口支援|对口帮扶|结对帮扶|对口援助|援建|向[\u4e00-\u9fff]{2,8}?(?:投入|捐赠|捐助)[^，。；,;\n]{0,8}?援助)"
)
# (every giver's match holds 援 or 帮扶: it is tried only just before one, see `finditer_near`)
_AID_WORD = re.compile(r"(?=援|帮扶)")
_CLAUSE_BREAK = re.compile(r"[，。；,;！？\n]")
# A partner the text's place builds something with (`携手杭州余杭区共建“宁杭合作试验区”`, baijiadoc.com, 溧水区's year
# review): the partner, never the text's own place.
_PARTNER = re.compile(
    r"(?:携手|联手|联合)((?:[\u4e00-\u9fff]{1,8}?[省市县区旗州盟][、和及与]){0,4}[\u4e00-\u9fff]{1,8}?[省市县区旗州盟])"
    r"(?:共同|合作)?(?:共建|打造|建设|举办)"
)
# Where a place's visitors, cars or traders come from (`各个酒店门前停满了江西、武汉等地的车辆`, cnhubei.com 2012 on
# 通山县's 九宫山, dev12 r224; `游客主要来源于陕西、绵阳、巴中、广元等周边地区`, scgw.gov.cn 2021 on 旺苍县): places
# listed before `等地的游客` or after `来源于`, never the text's own.
_ORIGIN_MARK = re.compile(r"等(?:周边)?地区?的?")
_ORIGIN_AFTER = re.compile(r"(?:自驾)?(?:游客|车辆|客人|旅客|游人|客商|宾客)")
_ORIGIN_FROM = re.compile(r"来源于|来自于?")
_ORIGIN_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,8}[、和及与]){0,8}[\u4e00-\u9fff]{2,8}$")
_ORIGIN_SPAN = 60


def _origin_spans(text: str) -> list[tuple[int, int]]:
    """The lists of places visitors come from (looked for back from each `等地`, so the text is scanned once)."""
    spans = []
    for mark in _ORIGIN_MARK.finditer(text):
        lo = max(0, mark.start() - _ORIGIN_SPAN)
        lo = max((b.end() for b in _CLAUSE_BREAK.finditer(text, lo, mark.start())), default=lo)
        source = max((f.end() for f in _ORIGIN_FROM.finditer(text, lo, mark.start())), default=None)
        if source is None and not _ORIGIN_AFTER.match(text, mark.end()):
            continue
        items = _ORIGIN_LIST.search(text, source if source is not None else lo, mark.start())
        if items is not None:
            spans.append((items.start(), mark.end()))
    return spans


_VISITORS_SPAN = 40

# A place's neighbours, as a profile lists them (`东北与阿克苏市接壤,西南与喀什地区巴楚县交界,西连柯坪县`, `东接华阴市…南依秦岭
# 与洛南县、蓝田县交界`, `东北与彭州市、新都区,东南与金牛区毗邻`): the places on its borders, never the text's own.
_BORDER_WORDS = ("接壤", "毗邻", "毗连", "交界", "接界", "相邻", "相连", "相接", "相望", "为邻")
_BORDER_VERB = "(?:" + "|".join(_BORDER_WORDS) + ")"
_BORDER_WORD = re.compile(_BORDER_VERB)  # (one scan of a whole text for any of them, not one for each)
_NEIGHBOURS = re.compile(
    rf"(?:与|同)([^。；;\n]{{2,40}}?){_BORDER_VERB}"
    r"|[东南西北]{1,2}(?:面|部|边|侧)?(?:接|邻|连|靠|依|临|抵)([^，。；,;\n]{2,30})"
)


# Where the text's own people go to promote or to learn (`赴昆山市开展农业招商引资推介暨项目签约活动`): that place is
# the trip's destination, wherever the text names it.
_TRIP = re.compile(
    r"(?:赴|前往|远赴)([\u4e00-\u9fff]{2,8}?)(?:开展|举办|举行|参加|进行)[^，。；,;\n]{0,16}?"
    r"(?:招商|推介|学习|取经|对接)"
)
# Places the text's own people tour, listed and closed by `等地` (`赴深圳、东莞等地考察`, `先后赴上海、无锡等地采购口罩`,
# `前往广州、杭州等地参与…培训`): each is a destination, wherever the text names it, never the place that sends them.
_TOUR = re.compile(
    r"(?:赴|前往|远赴)((?:[\u4e00-\u9fff]{2,8}?[、和及与])*[\u4e00-\u9fff]{2,8}?)等(?:周边)?地"
)
_TOUR_SEPARATOR = re.compile(r"[、和及与]")


# An event's name (`南京商洛专题招商会`, `2008中国·南京重大项目投资洽谈会`, `本届南京重洽会`) and where an event is held
# (`在南京隆重开幕`, `在西安举行`): the places they name are its host's or its venue, not the text's.
_EVENT_KIND = compile_words_first(
    r"(?:招商|推介|洽谈|展销|交易|博览|对接|恳谈|经贸)[\u4e00-\u9fff]{0,3}?会(?![议长员计同所场馆展务])|洽会"
)
_EVENT_NAME_MAX = 16
# Where an event's name cannot run back across: a verb or a particle before it (`在南京举办招商会`, `参加…`).
_EVENT_NAME_STOPS = frozenset("在于办行开加席的了和与及赴由是为将把从向到等届次场")
# (`现场会在南宁六景工业园区、茉莉极萃园举行`, r299 横县: two venues)
_VENUE = re.compile(
    r"在([\u4e00-\u9fff]{2,6}?|[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}?)+)(?:隆重)?(?:举行|举办|开幕|召开)"
)


def event_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an event after places (the part before its kind) or the place an event is held."""
    spans: list[tuple[int, int]] = []
    if "会" in text:
        for m in _EVENT_KIND.finditer(text):
            start = m.start()
            while (
                start > 0
                and m.start() - start < _EVENT_NAME_MAX
                and "\u4e00" <= text[start - 1] <= "\u9fff"
                and text[start - 1] not in _EVENT_NAME_STOPS
            ):
                start -= 1
            if start < m.start():
                spans.append((start, m.start()))
    if "在" in text:
        spans.extend(m.span(1) for m in _VENUE.finditer(text))
    return spans


# A page's contact lines (`- 地址:⏎- 山东省青岛市高新区火炬路88号`, `电话:…`): the site's office, not the text's place.
_CONTACT_LINE = re.compile(
    r"(?m)^[ \t\-·•*]*(?:联系)?(?:地址|电话|手机|邮箱|传真|邮编)[ \t]*[:：](?:[ \t]*\n[^\n]*|[^\n]*)$"
)
# A notice's addressee line (`长乐山工业园区、各街办,区政府各部门,市垂管各单位:`): its recipients are the issuer's
# parts, which it writes to, never the place it speaks for.
_ADDRESSEE_LINE = re.compile(
    r"(?m)^[ \t\u3000]*[^\n:：。；;]{0,80}各(?:[^\n:：。；;]{0,6}?)"
    r"(?:部门|单位|街办|街道|乡|镇|委|局|办|直属|有关|人民政府|管委会|区|县)[^\n:：。；;]{0,60}[:：][ \t\u3000]*$"
)


def without_comparisons(text: str) -> str:
    """The text with the places it compares itself to, where its people travel to (`_TRIP`) and its page's contact
    lines blanked out (offsets kept), for finding its own place."""
    if speaks_as_town(text):  # `来源:天台人才网` over 洪畴镇's own news: the outlet, not the text's county
        text = without_source_lines(text)
    if ("地址" in text or "电话" in text) and _CONTACT_LINE.search(text):
        text = _CONTACT_LINE.sub(lambda m: " " * len(m.group(0)), text)
    if "各" in text and _ADDRESSEE_LINE.search(text):
        text = _ADDRESSEE_LINE.sub(lambda m: " " * len(m.group(0)), text)
    if _COMPARISON.search(text):
        text = _COMPARISON.sub(lambda m: " " * len(m.group(0)), text)
    if "赴" in text or "前往" in text:
        names = {m.group(1) for m in _TRIP.finditer(text)}
        names |= {n for m in _TOUR.finditer(text) for n in _TOUR_SEPARATOR.split(m.group(1)) if len(n) > 1}
        for name in names:
            for written in {name, name[:-1] if name[-1] in "市县区" and len(name) > 2 else name}:
                text = text.replace(written, " " * len(written))
    for start, end in event_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    if "等地" in text or "等周边地" in text:  # `停满了江西、武汉等地的车辆`: where its visitors come from
        for start, end in _origin_spans(text):
            text = text[:start] + " " * (end - start) + text[end:]
    if "援" in text or "帮扶" in text:
        for m in finditer_near(_AID_GIVERS, _AID_WORD, text):
            text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    if "携手" in text or "联手" in text or "联合" in text:
        for m in _PARTNER.finditer(text):
            text = text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]
    if _BORDER_WORD.search(text):
        for m in _NEIGHBOURS.finditer(text):
            group = 1 if m.group(1) is not None else 2
            text = text[: m.start(group)] + " " * (m.end(group) - m.start(group)) + text[m.end(group) :]
    visits = list(_VISITORS.finditer(text))
    for m in visits:
        start = max(0, m.start() - _VISITORS_SPAN)
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, start, m.start())), default=start)
        text = text[:start] + " " * (m.start() - start) + text[m.start() :]
    return text


def _head_place(
    text: str,
    scan: str,
    gazetteer: Gazetteer,
    places: list[str],
    starts: list[tuple[int, Place]],
    city: str,
    zones: list[ZoneMention],
) -> Place | None:
    """The place of the text before its first section: the one it is about, else one it names somewhere, else
    (no places given) its towns' county or its publisher."""
    default = _default_place(scan, gazetteer, places, city, zones, has_sections=bool(starts))
    if default is None:  # a document is never left without a place it names somewhere
        default = fallback_place(scan, gazetteer)
        if default is not None and _only_heads_zones(scan, default, gazetteer, zones):
            # `深圳市高新技术产业园区分列…第三` in a ranking of the country's parks: the park's, not the text's
            default = None
        if (
            default is not None
            and default.level == "county"
            and default.city
            and _city_speaks_over(scan, default)
        ):
            default = gazetteer.get(default.city)  # `我市市郊…五市一区(城阳)`: the district named is a part
    if default is None and not places and not starts:
        # `我县…杨集镇、拐河镇、四里店镇`: a county's own text that names only its towns (the list is read only here)
        default = town_place(scan, gazetteer)
    if default is None and not places:  # `全县…` on a government page naming no place: its publisher's
        default = publisher_place(text, gazetteer)
    return default


def _only_heads_zones(text: str, place: Place, gazetteer: Gazetteer, zones: list[ZoneMention]) -> bool:
    """Whether the text writes the place's full name only at the head of zones' names."""
    starts = {z.start for z in zones}
    named = [m.start for m in gazetteer.full_names(text) if m.place == place]
    return bool(named) and all(start in starts for start in named)


def _unheaded_place(
    text: str, scan: str, default: Place | None, gazetteer: Gazetteer, zones: list[ZoneMention]
) -> Place | None:
    """The place of a text with no sections and no places given: a county's zone or an abolished county whose
    own text it is, else `default`; none where the zone or city found is not what the text speaks for."""
    place = (
        county_zone_document(text, default, zones) or _unlisted_county(text, default, gazetteer) or default
    )
    if place is not None and place.level == "county" and a_towns_interview(text, place, gazetteer):
        return None  # `――访甘垛镇党委书记…甘垛在工业经济上将…`: a town's own targets; none of its county's
    if place is not None and place.level == "zone" and _voice_before_zone(scan, place, zones):
        # `全区…主要预期目标…推动新余经开区…`: a district's own plan that names its city's zone; the district is the one
        # of the zone's city it names, if any (`我区共签约14个项目…以“宜居宜业马尾新城,开放开发福州新区”为宣传主题`, f21_p03)
        return _named_district_of(scan, place, gazetteer)
    if place is None or (place.level == "city" and place.name not in text):
        # `平山苹果…河北旅游名县…全县…中山文化`: a county's own text that names itself only by a short form others
        # share, more often than the city it names only by its short form (r317)
        shared = _shared_short_county(text, gazetteer)
        if shared is not None and (place is None or shared[1] > text.count(place.short)):
            place = shared[0]
    if place is not None and place.level == "city":
        # `全县上下…全力打造大南昌都市圈…是全省首个突破千亿的县`: a county's own text naming only its city's short name,
        # which is its own short name too
        place = _namesake_county(text, place, gazetteer) or place
    if place is not None and place.level == "city" and (_county_voice(text) or _district_voice(text, place)):
        # `我县…均名列台州市各县(市区)第一位`: an unnamed county's own text; its figures are not the city's, but
        # they are that county's where the city has one county of the level the text speaks as
        return _only_unit_of_voice(text, place, gazetteer)
    if (
        place is not None
        and place.level == "city"
        and speaks_as_town(text)
        and not any(word in text for word in _OWN_VOICE["市"])
    ):
        return None  # `洪畴镇…全镇实现工业总产值18.8亿元…台州市食品安全示范乡镇`: a town's own news; none of its city's
    if place is not None and place.level == "city" and a_towns_report(text, place, gazetteer):
        return None  # `2024年南區街道實現地區生產總值115.93億元`: a sub-district's own report; none of its city's
    if place is not None and place.level == "city" and _region_voice(text, place):
        return None  # `自治区统计局…全区规模以上工业…通辽市、鄂尔多斯市…快于全区`: the region's text; none of its cities'
    if place is not None and place.level in ("county", "city") and _province_voice(text, place, zones):
        return None  # `省旅发委…全省累计接待…平和县霞寨镇高寨村…`: a province's text; none of the places it names once
    return place


def _named_district_of(text: str, zone: Place, gazetteer: Gazetteer) -> Place | None:
    """The one county of the zone's city that a text speaking as a county of its level names, if it names one."""
    if not zone.city:
        return None
    found = gazetteer.find_mentions(text, [zone.city])
    firms = firm_spans(text, found)
    named = {
        m.place
        for m in found
        if m.place.level == "county" and m.place.city == zone.city and m.start not in firms
    }
    county = named.pop() if len(named) == 1 else None
    return county if county is not None and _speaks_as(text, county) else None


_PROVINCE_VOICE_MIN = 2
_PROVINCE_OVER_PLACE = (
    3  # a province's voice this many times as often as the place is named: the province's text
)


def _province_voice(text: str, place: Place, zones: list[ZoneMention] = ()) -> bool:
    """Whether a text speaks only as a province (`全省`, `我省`, at least twice; never `全县`, `全市`, `该县`…) and names
    the place it was given once (fujian.chinagdp.org 2018: `全省累计接待国内外游客3161.13万人次…平和县霞寨镇高寨村7天累计
    接待游客3.85万人次`), not counting where its name only opens a zone's (`成都高新区销售收入突破600亿元` in a province's
    round-up of its parks, cncmrn.com 2010: the zone is a place of its own, not the city)."""
    voice = sum(text.count(word) for word in _PROVINCE_OWN_VOICE)
    if voice < _PROVINCE_VOICE_MIN:
        return False
    if any(word in text for word in (*_ANY_OWN_VOICE, "该县", "该区", "该市", "该旗")):
        return False
    name = place.short or place.name
    named = text.count(name) - sum(1 for z in zones if text.startswith(name, z.start))
    return named <= 1 or named * _PROVINCE_OVER_PLACE <= voice


def _dateline_city(text: str, starts: list[tuple[int, Place]]) -> bool:
    """The only heading with a place is the first line (below a site's breadcrumb), and it names a city."""
    if len(starts) != 1 or starts[0][1].level != "city":
        return False
    head = starts[0][0]
    return head == 0 or (_breadcrumbs(text[:head]) != [] and not _BREADCRUMB.sub("", text[:head]).strip())


_UNLISTED_MIN = 2


# A round-up of counties across a province or the country (a ranking of 百强县, a province's share of them): many
# counties of several cities, named in a province's or the country's voice, none of them the text's own.
_WIDE_COUNTIES = 5
_WIDE_CITIES = 3
# Any county-level place's or a prefecture's own voice (`本旗` is not among them).
_ANY_OWN_VOICE = (*_OWN_VOICE["县"], *_OWN_VOICE["区"], *_OWN_VOICE["市"], "全旗", "我旗", "全州", "我州")


def wide_round_up(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the text ranks or counts counties of a province or the country (`山东省共占了20个席位…荣成(第14位)、
    文登(第18位)…`, `百强县前十名中…昆山、江阴、张家港`): at least five counties of three cities or more, provinces named
    as often as the most named county, no place's own voice (`全县`, `我市`) and no county whose own text it is. Its
    figures are each of the county its sentence names, else of none."""
    if any(word in text for word in _ANY_OWN_VOICE):
        return False
    counties: Counter[Place] = Counter()
    provinces = 0
    for mention in gazetteer.anywhere_mentions(text):
        if mention.place.level == "county":
            counties[mention.place] += 1
        elif mention.place.level == "province":
            provinces += 1
    provinces += sum(text.count(word) for word in _PROVINCE_OWN_VOICE)  # `全省丘陵地区…前10位的县(市、区)`
    if len(counties) < _WIDE_COUNTIES or len({p.city for p in counties}) < _WIDE_CITIES:
        return False
    top = counties.most_common(1)[0][1]
    if provinces < top or 2 * top >= sum(counties.values()):
        return False
    return own_place(text, gazetteer) is None


_PROVINCE_OWN_VOICE = ("全省", "我省")
_PLACE_VOICE = re.compile(r"全[县区旗]|我[县区旗]")
_FIGURE = re.compile(r"\d\s*(?:%|亿元|万元)")
_HEAD_CHARS = 200


def _voice_before_zone(text: str, zone: Place, zones: list[ZoneMention]) -> bool:
    """Whether a county's or district's own voice (`全区经济社会发展的主要预期目标是:地区生产总值增长7.5%左右`) states
    figures before the zone is first named, below the head: the zone is something the text speaks of, not the
    text's place (bx2200.com/baogao/huadong/6399_3.html, 渝水区 2024: `推动新余经开区工业主营业务收入突破1000亿元`)."""
    first = min((z.start for z in zones if z.place.name == zone.name), default=0)
    if first < _HEAD_CHARS:
        return False
    before = text[:first]
    voice = _PLACE_VOICE.search(before)
    return voice is not None and _FIGURE.search(before, voice.end()) is not None


# A county speaking of itself: no city's text does so (a county-level city says `我市` as its city does).
_COUNTY_SELF = ("我县", "本县")
_COUNTY_SELF_MIN = 2


def _county_voice(text: str) -> bool:
    """Whether the text speaks as an unnamed county: `我县`, `本县` twice, or `全县` and the like at least twice and
    more often than as a city, ranks and quoted slogans set aside (`全县…全县…全市排名第三`): a city's own text
    speaks as the city more than as any one county."""
    if sum(text.count(word) for word in _COUNTY_SELF) >= _COUNTY_SELF_MIN:
        return True
    voice = spoken_voice(text)
    return voice["县"] >= _COUNTY_SELF_MIN and voice["县"] > voice["市"]


def _district_voice(text: str, city: Place) -> bool:
    """Whether the text speaks as an unnamed district (`全区`, `我区`), more often than as its city or of it, in a
    province that is no autonomous region (whose `全区` is the region): `根据河源市地区生产总值统一核算结果,1-6月,全区完成
    地区生产总值150.58亿元` (a 河源 district's H1 release names its city only as the accounting's)."""
    if city.province.endswith("自治区"):
        return False
    voice = sum(text.count(word) for word in _ZONE_VOICE)
    own = text.count(city.short or city.name) + sum(text.count(word) for word in ("全市", "我市"))
    return voice >= _COUNTY_SELF_MIN and voice > own


def _region_voice(text: str, city: Place) -> bool:
    """Whether the text speaks as the city's autonomous region (`全区`, `自治区`) more than as the city or of it."""
    if not city.province.endswith("自治区"):
        return False
    voice = sum(text.count(word) for word in _REGION_OWN_VOICE)
    own = text.count(city.short or city.name) + sum(
        text.count(word) for word in (*_CITY_OWN_VOICE, "全市", "我市")
    )
    return voice >= _COUNTY_SELF_MIN and voice > own


# A quoted slogan (`“全市当龙头,全省树标杆”`): the words of a goal, not the text's voice.
_QUOTED = re.compile(r"“[^”\n]{0,40}”")


def _namesake_county(text: str, city: Place, gazetteer: Gazetteer) -> Place | None:
    """The county named like its city (南昌县 of 南昌市) when a text speaks as a county more than as a city, outside
    quoted slogans and ranks (`全县` over `全市`), and never writes the city's full name: the short name it writes
    (`南昌`) is the county's own as much as the city's, and a text of any other county would name itself."""
    if not city.short or city.name in text:
        return None
    county = next((c for c in gazetteer.counties_of(city.name) if c.name == city.short + "县"), None)
    if county is None:
        return None
    voice = spoken_voice(text)
    return county if voice["县"] > voice["市"] else None


_SHARED_SHORT_MIN = 2


def _shared_short_county(text: str, gazetteer: Gazetteer) -> tuple[Place, int] | None:
    """The county a text names, at least twice, only by a short form several counties share, with how often: the
    one whose province or city the text names, else the one of the level the text speaks as, and either way the
    text speaks as its level (`平山苹果…平山成功入列首批河北旅游名县…全县地区生产总值`, r317: 石家庄's 平山县, not
    本溪's 平山区)."""
    counts: Counter[tuple[Place, ...]] = Counter(
        places for _s, _e, places in gazetteer.shared_short_mentions(text)
    )
    if not counts:
        return None
    (places, count), *others = counts.most_common()
    if count < _SHARED_SHORT_MIN or (others and others[0][1] == count):
        return None
    named = [
        p for p in places if any(len(parent) > 2 and parent[:-1] in text for parent in (p.city, p.province))
    ]
    chosen = named or [p for p in places if _speaks_as(text, p)]
    if len(chosen) != 1 or not _speaks_as(text, chosen[0]):
        return None
    return chosen[0], count


def spoken_voice(text: str) -> dict[str, int]:
    """How often the text speaks as each county-level kind of place (`全县`, `我区`, `本市`, `全旗`), outside quoted
    slogans and ranks (`全市第一`), by the kind's suffix."""
    spoken = _QUOTED.sub("", _RANK_SCALE.sub("", text))
    return {suffix: sum(spoken.count(word) for word in words) for suffix, words in _OWN_VOICE.items()}


def _only_unit_of_voice(text: str, city: Place, gazetteer: Gazetteer) -> Place | None:
    """The one county-level unit of `city` of the level an unnamed text speaks as (`我县` → its 县, `全区` → its
    区), counting a unit once of that level under a former name too (芜湖县, now 湾沚区); None when the city has
    several or none: `根据河源市地区生产总值统一核算结果,1-6月,全区完成地区生产总值150.58亿元` is 源城区's, 河源's only
    district (a 2023 H1 release, swept round 12)."""
    suffix = "县" if _county_voice(text) else "区"
    units = [
        unit
        for unit in gazetteer.counties_of(city.name)
        if unit.name.endswith(suffix) or any(name.endswith(suffix) for name in gazetteer.former_names(unit))
    ]
    return units[0] if len(units) == 1 else None


def _unlisted_county(text: str, city: Place | None, gazetteer: Gazetteer) -> Place | None:
    """A county-level unit since abolished, so not in the gazetteer, whose own text this is: its city names it
    (`伊春市翠峦区人民政府工作报告`), its government or congress speaks (`在翠峦区第十五届人大`), and the text names it
    at least twice. Its figures are its own, under the name it had, never its city's."""
    if city is None or city.level != "city":
        return None
    short = city.root
    qualified = re.compile(rf"{re.escape(short)}市?([\u4e00-\u9fff]{{1,3}}?[区县旗])")
    for m in qualified.finditer(text):
        name = m.group(1)
        if len(name) < 2 or gazetteer.lookup(name) or all(c in GENERIC_MORPHEMES for c in name[:-1]):
            continue
        own = re.search(rf"{re.escape(name)}{_OWN_CUE.pattern}", text)
        if own is not None and text.count(name) >= _UNLISTED_MIN:
            return Place("", name, name[:-1], "county", city.name, city.province)
    return None


def _name_as_written(text: str, place: Place | None, gazetteer: Gazetteer) -> str:
    """An older text names its county as it was then (`旬阳县` before it became 旬阳市, `沙县` before 沙县区):
    its records keep that name when the text uses it more than the current one (at least twice)."""
    if place is None or place.level != "county":
        return place.name if place else ""
    current = text.count(place.name)
    best, most = place.name, current
    for former in gazetteer.former_names(place):
        if former not in text:
            continue  # (a quick test before a search of the whole text)
        if _AUTONOMOUS.search(place.name) and former == place.short + "县":
            # `记者从大通县获悉` (大通回族土族自治县's mid-year news, r211), `維西縣` (r68): an autonomous county is still
            # called by its short name and 县, its name before its autonomy decades ago; its records take the full name
            continue
        # `原海门市`, `撤销海门市`: a modern text recalling the old name does not use it
        count = len(re.findall(f"(?<!原)(?<!撤销){re.escape(former)}", text))
        count -= current if place.name.startswith(former) else 0
        if count >= _WRITTEN_MIN and count > most:
            best, most = former, count
    if best == place.name and not current:
        return _former_by_voice(text, place, gazetteer) or best
    return best


def _former_by_voice(text: str, place: Place, gazetteer: Gazetteer) -> str:
    """The county's former name of another level, when a text that never writes its current name speaks at that
    level (`全县规模以上工业企业新增50家`, `县开发区扩区…事关潜山长远发展`, a 2010 review of 潜山县, now 潜山市): the text
    is older than the change."""
    for former in gazetteer.former_names(place):
        if former[-1] == place.name[-1] or not former.startswith(place.short):
            continue
        if _voice_count(text, former[-1]) >= _WRITTEN_MIN and not _voice_count(text, place.name[-1]):
            return former
    return ""


_WRITTEN_MIN = 2
_AUTONOMOUS = re.compile(r"自治[县旗]$")


def _with_named_sentences(
    text: str,
    sections: list[Section],
    gazetteer: Gazetteer,
    zone_list: list[ZoneMention],
    found: list[Mention],
) -> list[Section]:
    """A sentence or clause that opens with another place's name speaks for that place, to the sentence's end:
    `长沙市一季度地区生产总值增长4.6%` inside 浏阳's section is 长沙's figure."""
    result: list[Section] = []
    # `…增速位居武威市第一`, `居武威市第二位`, `玉溪市首个风电项目`: a city named as the scale a figure ranks on names
    # no place of its own
    found = [m for m in found if not _rank_scale(text, m)]
    # `成都平原经济区…增长9.6%`, `南京都市圈`: a region of several cities that takes a city's name is not the city
    found = [m for m in found if m.place.level == "county" or not _MACRO_REGION.match(text, m.end)]
    # `被授予“济宁市创新驱动示范园区”“济宁市两化融合试验区”,2015年完成…`: a title in quotes that opens with a place
    # names an honour or a programme; the clause after it is still the text's own place's
    found = [m for m in found if not (m.start and _QUOTED_TITLE.match(text, m.start - 1))]
    # `南宁·中关村已引进高科技项目5个`: a city joined by a middle dot to another name is a park's or brand's name
    found = [m for m in found if m.place.level == "county" or not _JOINED_NAME.match(text, m.end)]
    # One scan of the whole text (`found`), then a look-up at each phrase's start.
    mentions = {m.start: m for m in found}
    by_end = {m.end: m for m in found}
    zones = {z.start: z for z in zone_list}
    starts = sorted({*mentions, *zones, *(m.start() for m in BARE_WORDS.finditer(text))})
    named_zones = tuple(dict.fromkeys(z.place for z in zones.values()))
    glued = sorted(m.start for m in found if _glued_to_figure(text, m))
    for section in sections:
        pos = section.start
        county = gazetteer.get(section.region) if section.region else None
        previous: Place | None = None  # the place the sentence before spoke for, when not the section's
        previous_end = section.start
        with_figure = False  # whether that sentence gave a figure for it, after naming it
        carried = False  # whether the sentence before went on about a place named before it
        opened = False  # whether that place is a zone that opened a whole sentence, not one item of a list
        event: Place | None = None  # the place that holds the event whose ceremony a sentence told of
        for s_start, s_end in sentences(text, section.start, section.end):
            spoke_for, previous = previous, None
            zone_opened, opened = opened, False
            # a new sentence of the same paragraph; after `；` a clause is the next item of a list: it goes on about the
            # place only in a list that itself went on about it (`其中，第一产业…；第二产业…`)
            # (read only when the sentence before spoke for a place: `_same_paragraph`)
            gap_start, went_on = previous_end, carried
            previous_end, carried = s_end, False
            first = bisect.bisect_left(starts, s_start)
            names = first < len(starts) and starts[first] < s_end
            openings = (
                _phrase_openings(
                    text,
                    _split_glued(phrases(text, s_start, s_end), glued),
                    starts,
                    first,
                    (mentions, by_end, zones, found),
                    county,
                    named_zones,
                    section.region,
                )
                if names
                else []
            )
            others = {place.name for _, _, place in openings if place.name != section.region}
            if (
                not others
                and event is not None
                and _CEREMONY.search(text, s_start, s_end)
                and not _COUNTY_OWN.search(text, s_start, s_end)
            ):
                # `集中开工仪式在禹城市…现场举行,总投资约122亿元的27个项目集中开工`: a ceremony of the event the city
                # holds (`德州招商引资项目…集中开工暨签约仪式在禹城举行`) is the city's, wherever it takes place
                if s_start > pos:
                    result.append(Section(pos, s_start, section.region, section.city))
                result.append(Section(s_start, s_end, event.name, _city_of(event)))
                pos = s_end
                continue
            # a sentence that names a place only in passing (`参加扬州集中开工`) goes on about a county that opened
            # its paragraph as one that names none does
            if not names or (
                not openings
                and spoke_for is not None
                and (
                    (zone_opened and spoke_for.level == "county")
                    # `目前,广西全区经开区数量…。据统计,2022年全区13家经开区…;实际利用外资…对广西经济发展的贡献`: a
                    # province's own voice goes on about it past the zones it counts, and its list past `；`
                    or (spoke_for.level == "province" and (went_on or _speaks_for(text, s_start, spoke_for)))
                )
            ):
                if spoke_for is not None and (
                    _points_back(text, s_start, spoke_for)
                    or (
                        _same_paragraph(text, gap_start, s_start, went_on or zone_opened)
                        and (with_figure or _county_in_round_up(spoke_for, county))
                        and _goes_on(text, s_start, spoke_for)
                    )
                ):
                    # `近年来，会理县…。近两年，该县年均接待游客316万人次`: 该县 is the county just named
                    if s_start > pos:
                        result.append(Section(pos, s_start, section.region, section.city))
                    result.append(Section(s_start, s_end, spoke_for.name, _city_of(spoke_for)))
                    pos, previous, carried = s_end, spoke_for, True
                    opened = zone_opened
                continue  # no place is named in this sentence
            if (
                not others
                and spoke_for is not None
                and went_on
                and _NEXT_ITEM.match(text, s_start)
                and _same_paragraph(text, gap_start, s_start, went_on)
                and _goes_on(text, s_start, spoke_for)
            ):
                # `长春经开区将…。一是…。二是…确保…全市先进园区行列。三是…`: the next item of a list the place opened
                # goes on about it, though it names the wider area it ranks in
                if s_start > pos:
                    result.append(Section(pos, s_start, section.region, section.city))
                result.append(Section(s_start, s_end, spoke_for.name, _city_of(spoke_for)))
                pos, previous, carried = s_end, spoke_for, True
                continue
            for start, stop, place in openings:
                if place.name == section.region:
                    continue
                if start > pos:
                    result.append(Section(pos, start, section.region, section.city))
                at = start
                if place.level == "zone" and _LISTED_ZONE.match(text, start):
                    # the zone is the first of the parts its `分别` pairs with figures in order: the later figures are
                    # the other parts', the section's place's own
                    for a, b in _later_respective(text, start, stop):
                        result.append(Section(at, a, place.name, _city_of(place)))
                        result.append(Section(a, b, section.region, section.city))
                        at = b
                result.append(Section(at, stop, place.name, _city_of(place)))
                pos = stop
            if not others:
                continue
            if pos < s_end:
                result.append(Section(pos, s_end, section.region, section.city))
            pos = s_end
            start, _, place = openings[-1]
            if len(others) == 1 and place.name in others:
                # one place spoke for this sentence: the next one may go on about it; a sentence that lists places
                # as parts of a whole (`其中,经开区产值…,高新区产值…`, `开发区、乡镇工业分别完成产值2.04亿元、5.63亿元`)
                # does not
                previous = None if place.level == "zone" and _LISTED_ZONE.match(text, start) else place
                # a zone that opens a whole sentence (`。天易经开区实现…;完成…`) goes on over `；` to its end; one named
                # inside a list of items (`浏阳…7.9%; 浏阳经开区…; 三大产业…`) does not
                opened = (
                    start == s_start or _SOURCE_OR_TIME.fullmatch(text, s_start, start) is not None
                ) and (
                    (place.level == "zone" and _opens_sentence(text, s_start))
                    # `高邮市签约项目58个、总投资208亿元;37个…项目参加扬州集中开工…,总投资110.9亿元`: a county that
                    # opens a paragraph of a round-up speaks for it over `；` too (m.jiangsulong.com 2020)
                    or (place.level == "county" and _opens_line(text, s_start))
                )
                with_figure = _DIGIT.search(text, start, s_end) is not None
                if _CEREMONY.search(text, start, s_end):
                    event = place
        if section.end > pos:
            result.append(Section(pos, section.end, section.region, section.city))
    return result


# An event a zone holds, named after it, and where it is held: `长沙黄花综合保税区(香港)招商推介会在香港会议展览中心举行`
# (r306 长沙县 2017); `…专场推介会在广州越秀国际会议中心举办` (360elib.com 梅州 2024).
_HOSTED_EVENT = re.compile(
    r"\s?(?:[（(][^()（）。；;\n]{1,8}[)）])?\s?(?:招商推介会|推介会|招商会|洽谈会|说明会|恳谈会|签约仪式|签约会)"
    r"[^。；;\n]{0,6}?在[^。；;\n]{1,40}?(?:举行|召开|举办|开幕)"
)
# A sentence that opens by speaking of that event: `当天,7个项目成功签约`, `活动期间,…达成签约项目30个`, `招商会期间,…`.
_AT_THE_EVENT = re.compile(
    r"\s*(?:当天|当日|会上|现场|活动期间|活动现场|会议期间|(?:推介会|招商会|洽谈会|签约仪式)(?:上|现场|期间))[,，]"
)


def _with_hosted_events(text: str, sections: list[Section], zones: list[ZoneMention]) -> list[Section]:
    """The sentence right after the one telling of an event a zone holds (`长沙黄花综合保税区(香港)招商推介会在香港…举行`),
    that opens by speaking of the event (`当天,7个项目成功签约,预计可实现进出口额接近9亿美元`), gives the zone's figures:
    the signings are the host's, not the county's around it, nor the venue's."""
    for zone in zones:
        if not _HOSTED_EVENT.match(text, zone.end):
            continue
        stop = re.compile(r"[。！？!?\n]").search(text, zone.end)
        if stop is None or text[stop.start()] == "\n":
            continue
        start = stop.end()
        if not _AT_THE_EVENT.match(text, start):
            continue
        end = re.compile(r"[。！？!?\n]").search(text, start)
        end_at = end.end() if end else len(text)
        if any(start <= z.start < end_at for z in zones):
            continue  # (a sentence that names a zone of its own speaks for it)
        sections = _override(sections, start, end_at, zone.place)
    return sections


# A zone named as one item of a list of the county's parts (`开发区、乡镇工业分别…`, aqzyzx.com 2022 on 枞阳县).
_LISTED_ZONE = re.compile(r"[^，。；,;\n]{0,8}?(?:经开区|高新区|开发区|园区)[、和及与]")
# `分别` and the first figure of the list it pairs with the items named before it, up to the list's next joiner
_RESPECTIVE_FIRST = re.compile(
    r"分别[^，,。；;：:\n\d]{0,12}?-?\d+(?:\.\d+)?\s?"
    r"(?:[%％‰]|个百分点|亿元|万元|元|万人|人|亿美元|万美元|个|家|倍|万吨|吨|万亩|亩)?\s?[、和及与]"
)
_CLAUSE_MARKS = "，,。；;\n"
_CLAUSE_STOP = re.compile(f"[{_CLAUSE_MARKS}]")


def _later_respective(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Where the figures after the first of each `分别` list of text[start:stop] stand (`开发区、乡镇工业分别完成产值
    2.04亿元、5.63亿元,同比分别增长81%、25%`: `5.63亿元`, `25%`): `A、B分别…a、b` gives a to A and b to B, as Chinese
    lists them."""
    spans: list[tuple[int, int]] = []
    for m in _RESPECTIVE_FIRST.finditer(text, start, stop):
        end = _CLAUSE_STOP.search(text, m.end(), stop)
        spans.append((m.end(), end.start() if end else stop))
    return spans


# A place named as the scale of a rank: after `居`, `位居`, `位列`, `列`, `排`… and before `第N`, `前N`, `首位`.
_RANK_BEFORE = re.compile(r"(?:居|位居|位列|列|排|排名|名列|跃居|稳居|跻身|在)$")
_RANK_AFTER = re.compile(
    r"(?:县市区|区县|县区)?(?:第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|首位|榜首|之首)"
)


# A city with its rank and nothing else in the clause (`排名全省前10,西安市第一;`): the scale of that rank.
_RANK_ALONE = re.compile(r"(?:第[一二三四五六七八九十\d]+位?|首位|榜首)\s*(?:[;；,，。]|$)")
# `…其中基础设施投资提高13.6%,南阳市排名第2` (卧龙区's H1 2024): the city ranked on, right before its rank
_RANKED_ON = re.compile(r"(?:排名|排位|排)第[一二三四五六七八九十\d]")


# A quoted name with no figure in it (`“济宁市两化融合试验区”`), read from its opening quote.
_QUOTED_TITLE = re.compile(r"[“「][^”」\d\n,,。;;:：]{2,30}[”」]")
_JOINED_NAME = re.compile(r"[·•・][\u4e00-\u9fff]")
_MACRO_REGION = re.compile(r"(?:平原)?(?:经济区|经济圈|都市圈|城市群|经济带)")


# A city or province named as the yardstick of a record (`玉溪市首个风电项目`, `西藏规模最大的…`): the first, only or
# largest of its kind there, which says nothing of the place's own figures.
_YARDSTICK = re.compile(
    r"(?:[省市]内|全[省市])?(?:首个|首家|首座|首条|首批|第一个|第一家|唯一|规模最大|最大|最早)"
)


def _rank_scale(text: str, mention: Mention) -> bool:
    if mention.place.level not in ("city", "province"):
        return False
    if _RANKED_ON.match(text, mention.end) is not None or _YARDSTICK.match(text, mention.end) is not None:
        return True
    if _RANK_ALONE.match(text, mention.end) is not None:
        return True  # `固定资产投资增速20.9%,排名全省前10,西安市第一;` (r345 高陵 2023): a second scale ranked on
    return (
        _RANK_AFTER.match(text, mention.end) is not None
        and _RANK_BEFORE.search(text, max(0, mention.start - 2), mention.start) is not None
    )


def _phrase_openings(
    text: str,
    pieces: list[tuple[int, int]],
    starts: list[int],
    first: int,
    found: tuple[dict[int, Mention], dict[int, Mention], dict[int, ZoneMention], list[Mention]],
    county: Place | None,
    named_zones: tuple[Place, ...],
    own: str,
) -> list[tuple[int, int, Place]]:
    """The places a sentence's phrases open with, each speaking from its phrase to the next phrase that opens with
    another (`经开区产值635.9亿元、增长4.3%,高新区产值111.5亿元`: two zones, each its own figures). After another
    place than `own` (the section's), a later phrase opens one only as a clause of its own (see `_next_clause`)."""
    mentions, by_end, zones, all_found = found
    openings: list[tuple[int, int, Place]] = []
    s_end = pieces[-1][1]
    for i, (start, end) in enumerate(pieces):
        if (
            openings
            and county is not None
            and openings[-1][2].level == "zone"
            and county.level == "county"
            and opens_with_towns(text, start, county)
        ):
            # `沭阳经开区…预计实现工业开票798亿元,桑墟、贤官工业开票销售收入先后突破百亿元` (f19_p01 2024): the
            # county's towns are no part of its zone; their figures are the county's again
            a, b, before = openings[-1]
            openings[-1] = (a, min(b, start), before)
            openings.append((start, s_end, county))
            continue
        # a phrase opens with a place (after a lead-in, `去年恩施市…`), or closes with one, only where a place,
        # a zone or a bare zone word (`经开区`) starts in it: the lead-in and the words before a bare zone
        # hold no separator
        at = bisect.bisect_left(starts, start, first)
        if at == len(starts) or starts[at] >= end:
            continue
        place = _opening_place(text, start, mentions, zones, end) or county_zone_at(
            text, start, county, named_zones
        )
        stop = s_end
        if place is None and end < s_end and not openings:
            # `上半年以微弱优势占据第三的长汀县,前三季度GDP总量完成268.93亿元`: the county that closes a
            # figureless lead is what the rest of the sentence is about, up to a phrase naming another
            place = _closing_place(text, start, end, by_end)
            if place is not None:
                start, stop = end, _next_named(text, pieces[i + 1 :], all_found, s_end)
        if place is None or (openings and openings[-1][2].name == place.name):
            continue
        if openings and openings[-1][2].name != own and not _next_clause(text, start, end):
            continue  # `山西综改示范区(太原区域)(以下省去“太原区域”)`: a name quoted inside the clause, not a new one
        if openings:
            a, b, before = openings[-1]
            openings[-1] = (a, min(b, start), before)
        openings.append((start, stop, place))
    return openings


# The county speaking of its own part in an event: `我县12个项目集中开工`, `全县…`.
_COUNTY_OWN = re.compile(r"[我全本该][县区旗]")
# A ceremony held somewhere: `集中开工暨签约仪式在禹城举行`, `现场会在恒口示范区…召开`.
_CEREMONY = re.compile(r"(?:仪式|现场会|推进会|签约会)[^。；;]{0,6}?在[^。；;，,]{1,40}?(?:举行|召开|举办)")


def _next_clause(text: str, start: int, end: int) -> bool:
    """Whether the phrase text[start:end] is a clause of its own after a comma (or a figure it is glued to, see
    `_glued_to_figure`) that gives a figure."""
    before = text[:start].rstrip(" \t\u3000")
    if not before or (_DIGIT.search(text, start, end) is None and _ORDINAL.search(text, start, end) is None):
        return False  # `成都高新区排第四,西安高新区排第十`: a rank written in words is a figure too
    return before[-1] in "，," or _FIGURE_END.search(text, max(0, start - 8), start) is not None


# A rank written in words (`排第十`, `位居第三`, `排名第四`): a clause's figure, as `第10` is (not `第一产业`).
_ORDINAL = re.compile(r"(?:排|居|列|名)第[一二三四五六七八九十]")
# A figure's end (`4.7个百分点`, `1.3%`, `87.4亿元`), and a county's own figure opening right after it.
_FIGURE_END = re.compile(r"\d(?:个百分点|%|亿元|万元|元|万吨|吨|万人|人|个|家|项)$")
_OWN_FIGURE = re.compile(r"(?:实现|完成|达到|累计|地区生产总值|GDP)")


def _glued_to_figure(text: str, mention: Mention) -> bool:
    """Whether a county named in full opens its own figure right after the last one's unit, the comma between them
    lost (`低于全市增速4.7个百分点法库县实现地区生产总值144.7亿元`, 沈阳市统计局 2023): a clause of its own."""
    return (
        mention.place.level == "county"
        and text.startswith(mention.place.name, mention.start)
        and _OWN_FIGURE.match(text, mention.end) is not None
        and _FIGURE_END.search(text, max(0, mention.start - 8), mention.start) is not None
    )


def _split_glued(pieces: list[tuple[int, int]], glued: list[int]) -> list[tuple[int, int]]:
    """The phrases, each cut where a county glued to the figure before it opens a clause."""
    if not glued:
        return pieces
    result = []
    for a, b in pieces:
        for cut in glued[bisect.bisect_right(glued, a) : bisect.bisect_left(glued, b)]:
            result.append((a, cut))
            a = cut
        result.append((a, b))
    return result


# Where a district named by its kind alone (`城区`) opens a clause: after a break or a list word, or a time that
# opens it (`2006年城区GDP为67.78亿`, `城区和陵川县分别…`).
_GENERIC_BEFORE = re.compile(
    r"[，,。；;、\n和及与]\s*(?:(?:\d{4}年|上半年|前三季度|[一二三四]季度|全年|去年|今年)[，,]?\s*)?$"
)
_GENERIC_WORDS = ("城区", "郊区", "矿区")
_ROUND_UP_MIN = 2


def _with_generic_districts(
    text: str, gazetteer: Gazetteer, city: str, found: list[Mention]
) -> list[Mention]:
    """The mentions, with the city's district named by its kind alone (晋城's `城区`) where it opens a clause in a
    round-up of the city's counties (at least two others named): running text counts such a name only right
    after its city, for `城区` is also the town centre of any place (`主城区`, `城区人口`)."""
    if not city or not any(word in text for word in _GENERIC_WORDS):
        return found
    others = {m.place for m in found if m.place.level == "county" and m.place.city == city}
    if len(others) < _ROUND_UP_MIN:
        return found
    taken: set[int] | None = None  # the offsets the mentions cover, once a word is the city's district
    extra = []
    for word in _GENERIC_WORDS:
        place = gazetteer.resolve(word, city_hint=city)
        if place is None or place.level != "county" or place.city != city:
            continue
        if taken is None:
            taken = {i for m in found for i in range(m.start, m.end)}
        at = text.find(word)
        while at >= 0:
            if at not in taken and (at == 0 or _GENERIC_BEFORE.search(text, max(0, at - 12), at)):
                extra.append(Mention(at, at + len(word), place, True))
            at = text.find(word, at + 1)
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


def _with_shorts_of_named(text: str, city: str, found: list[Mention]) -> list[Mention]:
    """The mentions, with the short form of a county of another city that the text names in full: once
    `青田县` is written, `帮助青田156个经济薄弱村` names it too (a short form counts in running text only in the
    text's own city otherwise)."""
    named = {
        m.place
        for m in found
        if m.exact and m.place.level == "county" and m.place.city != city and len(m.place.short) >= 2
    }
    named = {p for p in named if p.short not in WORD_SHORTS and p.short != p.name}
    if not named:
        return found
    taken = {i for m in found for i in range(m.start, m.end)}
    extra = []
    for place in named:
        at = text.find(place.short)
        while at >= 0:
            end = at + len(place.short)
            if at not in taken and end - 1 not in taken:
                extra.append(Mention(at, end, place, False))
            at = text.find(place.short, end)
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


def _with_former_of_named(text: str, gazetteer: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The mentions, with a former name written alone once the text has named it after its province or city:
    once `贵州省盘县` is written, `盘县奋力…,2014年地区生产总值达426亿元` names it too (a former name counts in
    running text only in the text's own city otherwise)."""
    named = {
        text[m.start : m.end]: m.place
        for m in found
        if m.exact and m.place.level == "county" and text[m.start : m.end] != m.place.name
    }
    if not named:
        return found
    taken = {i for m in found for i in range(m.start, m.end)}
    extra = [
        m
        for m in gazetteer.former_full_names(text)
        if named.get(text[m.start : m.end]) == m.place and m.start not in taken and m.end - 1 not in taken
    ]
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found


def _with_paired_figures(
    text: str, sections: list[Section], gazetteer: Gazetteer, found: list[Mention], city: str = ""
) -> list[Section]:
    """Figures a round-up pairs with places in a list (`洪洞县(23.9%)`, `翼城、乡宁分别增长49.8%、36.9%`) are those
    places' own, whatever the sentence is about (see place_lists)."""
    spans = adjacent_spans(text, found)  # `增幅最高的浮山92.2%`
    if "分别" in text or "(" in text or "（" in text:
        spans = [*spans, *paired_spans(text, found, gazetteer, city)]
    for span in spans:
        sections = _override(sections, span.start, span.end, span.place)
    return sections


def _with_town_voice(text: str, sections: list[Section], gazetteer: Gazetteer, city: str) -> list[Section]:
    """`盐山县盐山镇…2010年,全镇共完工农业生产总值36.5亿元`: a line in a town's voice is the town's county's, not the
    city's the text is in, once the text names that county."""
    for start, end, county in town_voice_lines(text, gazetteer, city):
        if all(
            s.region in ("", county.city, county.name) for s in sections if s.start < end and s.end > start
        ):
            sections = _override(sections, start, end, county)
    return sections


def _without_towns_city(text: str, sections: list[Section], gazetteer: Gazetteer) -> list[Section]:
    """A town's own text that the text's place was refused to (see `_unheaded_place`) keeps none of its figures for
    the city its sentences name (`1993年,全镇实现工农业总产值10.88亿元…德阳市第一位`, 218.28.6.71 农经 1994 on a town of
    德阳市; `推动1家企业申报中山市製造業企業…示範車間` in 南區街道's report): the city is a yardstick or an award's
    name there, and the town's figures are no city's."""
    cities = {s.region for s in sections if s.region}
    refused = {
        name
        for name in cities
        if (place := gazetteer.get(name)) is not None
        and place.level == "city"
        and ((speaks_as_town(text) and not city_voice(text)) or a_towns_report(text, place, gazetteer))
    }
    if not refused:
        return sections
    return [replace(s, region="", city="") if s.region in refused else s for s in sections]


# A deputy to a province's or the country's congress (`专访自治区人大代表、武宣县委书记`, `全国人大代表、…县长`), and the
# sentences that cite that congress's government work report (`今年政府工作报告提到,…力争千亿元园区…分别达到3个、4个和
# 44个`, `《政府工作报告》提出`).
_SUPERIOR_DEPUTY = re.compile(r"(自治区|省|全国)(?:人大代表|政协委员)")
_OWN_DEPUTY = re.compile(r"(?<![自治])(?:[县区市旗州盟])(?:人大代表|政协委员)")
_REPORT_CITED = re.compile(r"《?政府工作报告》?中?(?:提到|提出|指出|明确|强调|显示|要求)|根据《?政府工作报告")
_COUNTY_SELF_WORDS = re.compile(r"[全我本该][县区旗]|县委|县政府|区委|区政府")


def _with_superior_report(
    text: str, sections: list[Section], gazetteer: Gazetteer, found: list[Mention]
) -> list[Section]:
    """An interview with a county's leader as a deputy to the province's congress (or the country's): a sentence
    that cites the government work report and names no place sets the province's figures (the country's: none of
    the gazetteer's places), not the county's (广西广播电视台 `两会面对面`, 武宣县, 2022: `今年政府工作报告提到,要加快
    工业园区提档升级,力争千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个` are 广西's)."""
    if "政府工作报告" not in text:
        return sections
    levels = {m.group(1) for m in _SUPERIOR_DEPUTY.finditer(text)}
    if len(levels) != 1 or _OWN_DEPUTY.search(text):
        return sections  # deputies of several congresses, or of the county's own: whose report is cited is unclear
    level = levels.pop()
    starts = sorted(m.start for m in found)
    for cue in _REPORT_CITED.finditer(text):
        start, end = next(((a, b) for a, b in sentences(text) if a <= cue.start() < b), (0, 0))
        first = bisect.bisect_left(starts, start)
        if (first < len(starts) and starts[first] < end) or _COUNTY_SELF_WORDS.search(text, start, end):
            continue  # the sentence names a place or speaks as the county: its figures are that place's
        county = gazetteer.get(section_at(sections, start).region)
        if county is None or county.level != "county":
            continue
        province = gazetteer.get(county.province) if level != "全国" else None
        sections = _override(sections, start, end, province)
    return sections


# A bracket that gives the superior's own figure after the county's comparison with it: `低于全省规模以上工业增加值
# 12.8个百分点(全省增长9.5%)` (qiongzhong.hainan.gov.cn 2024, dev12 r229).
_SUPERIOR_BRACKET = re.compile(r"[(（](全省|全市)[^()（）\n]{0,24}?\d[^()（）\n]{0,12}[)）]")


def _with_superior_brackets(text: str, sections: list[Section], gazetteer: Gazetteer) -> list[Section]:
    """A county's figures in brackets that open with `全省` (or, in a county that is no 市, `全市`) are its province's
    (its city's): the scale it is measured on states its own figure there."""
    if "(全" not in text and "（全" not in text:
        return sections
    for m in _SUPERIOR_BRACKET.finditer(text):
        place = gazetteer.get(section_at(sections, m.start()).region)
        if place is None or place.level not in ("county", "zone"):
            continue
        if m.group(1) == "全省":
            superior = gazetteer.get(place.province)
        elif place.level == "county" and not place.name.endswith("市"):
            superior = gazetteer.get(place.city)
        else:
            continue
        if superior is not None:
            sections = _override(sections, m.start() + 1, m.end() - 1, superior)
    return sections


# A sentence that opens by speaking for the whole city, after a time at most (`上半年全市实现地区生产总值3876.32亿元`,
# `今年以来,全市…`), not one measuring a county's figure against it (`增速高于全市平均水平`, `居全市第一`,
# `外贸出口额占全市份额保持稳定`: the city after the county's own indicator), nor a county's first or only one in the
# city after its figure (`注册央企二级子公司1家,全市唯一`, r525 曲周县; `全市首家`, `全市前列`).
_CITY_SENTENCE = re.compile(
    r"(?:[^，,。；;\n]{0,12}?[，,]\s*){0,2}?[\d年月季度上下半前后今去以来截至末底初份第一二三四五六七八九十\-—～至]{0,8}"
    r"[全我]市(?!平均|第|排名|范围|各|的|\d|[一二三四五六七八九十]+个|唯一|首[个家位批例座]|前列)"
)
# A county speaking for itself in the same sentence (`全市12个县区中,我县排名第三`): the sentence is the county's.
_COUNTY_OWN_IN_SENTENCE = re.compile(r"[全我本该][县区旗]")


def _with_city_sentences(text: str, sections: list[Section], gazetteer: Gazetteer) -> list[Section]:
    """In a section of a county that is no 市 (whose own voice is `全县`, `全区`, `全旗`), a sentence that opens by
    speaking for the whole city (`全市`, or the city's paper's `我市`) is its city's, and so are the items after it
    up to its full stop (changsha.baogaosu.com 2015, 长沙县's paper on the city's half-year report to the county's
    delegates: `上半年全市实现地区生产总值3876.32 亿元,增长9.6%;城乡居民人均可支配收入17599元,增长8.9%。`; 宁德网
    on 周宁县's herbs: `据悉,我市今年春播经济作物中,中草药材播种面积达14.0万亩,增长10.3%。`)."""
    if "全市" not in text and "我市" not in text:
        return sections
    spans = sentences(text)
    for i, (start, end) in enumerate(spans):
        own = _own_word(text, start)
        if own is None or own.group(1) != "市" or not _CITY_SENTENCE.match(text, start):
            continue
        if _COUNTY_OWN_IN_SENTENCE.search(text, start, end):
            continue
        place = gazetteer.get(section_at(sections, start).region)
        if place is None or place.level != "county" or place.name.endswith("市") or not place.city:
            continue
        city = gazetteer.get(place.city)
        if city is None:
            continue
        for next_start, next_end in spans[i + 1 :]:  # the items of the same sentence, after `；`
            if text[end : end + 1] not in (";", "；") or _own_word(text, next_start):
                break
            end = next_end
        sections = _override(sections, start, end, city)
    return sections


# The city's congress, plenum or work report setting a goal, named by the bare `市` (`,市第八次党代会又明确提出“数字经济
# 产业主营业务收入超800亿元”的奋斗目标`, investchn.com 2021, in 京口区's news): the goal is the city's.
_CITY_CONGRESS = compile_words_first(
    r"(?<![\u4e00-\u9fff])市(?:第[一二三四五六七八九十\d]+次)?(?:党代会|人代会|委全会|政府工作报告)"
    r"[^，。；;,\n]{0,6}?(?:提出|明确|确定|部署)"
)


def _with_city_congress(text: str, sections: list[Section], gazetteer: Gazetteer) -> list[Section]:
    """In a district's or county's section, the rest of a sentence that cites its city's congress setting a goal
    is the city's (a county-level city's `市党代会` is its own)."""
    if "市" not in text:
        return sections
    for m in _CITY_CONGRESS.finditer(text):
        place = gazetteer.get(section_at(sections, m.start()).region)
        if place is None or place.level != "county" or place.name.endswith("市") or not place.city:
            continue
        end = next((b for a, b in sentences(text) if a <= m.start() < b), len(text))
        sections = _override(sections, m.start(), end, gazetteer.get(place.city))
    return sections


# A clause whose subject is the country or the province at large, in a county's text: `全国规模以上工业增加值增长4.6%`,
# `报告显示,全国县域旅游综合实力百强县平均实现旅游总收入226.56亿元` (bbs.xinwushan.cn 巫山 2020). The subject is
# followed by the measured thing (`全省12%`, a share cut short after `占全市…`, says nothing of the province); a rank
# of the place among them (`全国百强县排名第9位`) is the place's own.
_SUPERIOR_SUBJECT_BODY = (
    r"\s*(?:[^，,。；;：:\n\d]{0,6}?(?:年|季度|月份?))?\s*(全国|我国|全省|我省)(?=[\u4e00-\u9fff]{2})"
)
_SUPERIOR_SUBJECT = re.compile(rf"(?:^|(?<=[，,；;：:。\n])){_SUPERIOR_SUBJECT_BODY}")
# The same with the stop before it taken in: a search then looks only where a stop stands (one that opens with a look
# behind is tried at every position of the text). A match holds no stop but line breaks among its opening spaces, and
# ends at its subject's word, so the two find the same subjects.
_STOP_THEN_SUPERIOR_SUBJECT = re.compile(rf"[，,；;：:。\n]{_SUPERIOR_SUBJECT_BODY}")


def _superior_subjects(text: str) -> Iterator[re.Match[str]]:
    """`_SUPERIOR_SUBJECT.finditer(text)`, faster; each match but one at the text's start opens with its stop (its
    group and its end are the same)."""
    first = _SUPERIOR_SUBJECT.match(text)
    if first is not None:
        yield first
    yield from _STOP_THEN_SUPERIOR_SUBJECT.finditer(text, first.end() if first is not None else 0)


_RANK_WORDS = re.compile(
    r"第\s*[\d一二三四五六七八九十]|前\s*[\d一二三四五六七八九十]|\d+\s*强|首位|榜首|排名|排位|位次"
)
# ... and the clauses that go on about it, up to one that speaks for a place again or sets a place against it.
_BACK_TO_A_PLACE = re.compile(
    r"[全我本该][县区市旗]|高于|低于|高出|低出|快于|慢于|超出|[比较]全|分别[高低快慢]"
)
_CLAUSE_CUT = re.compile(r"[，,；;]")
# ... but not the country's honour the place won (`全国未成年人思想道德建设工作先进城市等6个国字号荣誉加身`, r417 昌江 2021).
_HONOUR = re.compile(r"荣誉|称号|表彰|先进(?:城市|县|区|市|单位|集体)")


def _with_superior_clauses(
    text: str, sections: list[Section], gazetteer: Gazetteer, found: list[Mention]
) -> list[Section]:
    """The figures of the country (none of the gazetteer's places) or of the province (its own) that a county's
    or a zone's text states as a backdrop are not the place's."""
    if not any(word in text for word in ("全国", "我国", "全省", "我省")):
        return sections
    starts = sorted(m.start for m in found)
    for m in _superior_subjects(text):
        s_end = _sentence_end(text, m.start(1))
        cut = _CLAUSE_CUT.search(text, m.end(), s_end)
        clause_end = cut.start() if cut else s_end
        clause = text[m.end() : clause_end]
        if (
            not _DIGIT.search(clause)
            or _RANK_WORDS.search(clause)
            or _BACK_TO_A_PLACE.search(clause)
            or _HONOUR.search(clause)
        ):
            continue
        end = clause_end
        while end < s_end:  # the clauses after it that go on about it
            cut = _CLAUSE_CUT.search(text, end + 1, s_end)
            nxt = cut.start() if cut else s_end
            named = bisect.bisect_left(starts, end)
            if (
                _BACK_TO_A_PLACE.search(text, end, nxt)
                or (named < len(starts) and starts[named] < nxt)
                or _SUPERIOR_SUBJECT.match(text, end + 1, nxt)
            ):
                break
            end = nxt
        place = gazetteer.get(section_at(sections, m.start(1)).region)
        if place is None or place.level == "province":
            continue
        superior = gazetteer.get(place.province) if m.group(1) in ("全省", "我省") else None
        sections = _override(sections, m.start(1), end, superior)
    return sections


# A clause that opens with a zone, by its name or as `园区`, and ranks it among zones of a level:
# `西柏坡经济开发区营业收入连续3年排名全市省级开发区首位` (a county's five-year review), `弥勒产业园区规模以上工业总产值连续5年
# 居全州11个省级园区第一`, `园区被评为首届环渤海省级开发区投资环境竞争力百强第二名`. The peers a figure ranks among say what
# it measures: the zone, not the county the text is about, whether or not the zone's name is one `find_zones` knows.
_ZONE_AMONG_ZONES = re.compile(
    r"(?:(?<=[。；;！？\n，,])|^)"
    r"(?:([\u4e00-\u9fff]{2,6}?(?:经济技术开发区|经济开发区|高新技术产业开发区|产业园区|工业园区))|园区)"
    r"[^，,。；;\n]{0,30}?(?:排名|居|位居|位列|名列|被评为)[^，,。；;\n]{0,20}?(?:省级|国家级)(?:开发区|园区)"
    r"[^，,。；;\n]{0,20}?(?:第[一二三四五六七八九十\d]{1,3}|首位|榜首)"
)


def _with_zones_ranked_among_zones(
    text: str, sections: list[Section], gazetteer: Gazetteer, zones: list[ZoneMention]
) -> list[Section]:
    """Each clause that ranks a zone among zones (`_ZONE_AMONG_ZONES`) given to that zone, to its sentence's end."""
    own = {z.place.name: z.place for z in zones}
    for m in _zone_rankings(text):
        named = next((z.place for z in zones if z.start < m.end() and z.end > m.start()), None)
        if named is not None:
            zone = named
        elif m.group(1) is None:  # `园区`: the text's one zone, if it names only one
            if len(own) != 1:
                continue
            zone = next(iter(own.values()))
        else:  # a zone the list does not know, named as written, in the county the text is about
            county = gazetteer.get(section_at(sections, m.start()).region)
            if county is None or county.level != "county":
                continue
            zone = Place("", m.group(1), m.group(1), ZONE, county.city, county.province)
        sections = _override(sections, m.start(), _sentence_end(text, m.start()), zone)
    return sections


# A clause in a county's own voice (`全县`, `我县`, `全旗`), after a time at most, that is no name of the county's zone
# (`我县工业园区`, `县开发区`): `全县共引进项目27个,合同金额共计54.8亿元` in a 县's park's news (r474 荣昌县工业园区,
# undated). A zone calls itself `全区`, never `全县`.
_HOST_VOICE = re.compile(
    r"(?<=[，,；;。\n])\s*[\d年月季度上下半前后今去以来截至末底初份一二三四五六七八九十\-—～至]{0,8}[全我本]([县旗])"
    r"(?![\u4e00-\u9fff]{0,4}(?:园区|工业园|开发区|经开区|高新区|产业园|工业集中区|集聚区))"
)
# A later clause that turns back to the zone (`园区新开工项目10个`, `开发区…`).
_BACK_TO_ZONE = re.compile(r"[，,；;]\s*(?:园区|工业园|开发区|经开区|高新区|产业园)")


def _with_host_county_voice(
    text: str, sections: list[Section], gazetteer: Gazetteer, zones: list[ZoneMention]
) -> list[Section]:
    """In a zone's section, a clause that speaks as the county the zone is named after (`全县…`) is the county's, to
    its sentence's end or to a clause that turns back to the zone: the county's whole is no part of its park."""
    by_name = {z.place.name: z.place for z in zones}
    for section in [s for s in sections if s.region in by_name]:
        zone = by_name[section.region]
        hosts = {
            m.place
            for m in gazetteer.find_mentions(text, [zone.city] if zone.city else [])
            if m.place.level == "county" and m.place.city == zone.city and m.place.root in zone.name
        }
        if len(hosts) != 1:
            continue
        host = hosts.pop()
        for m in _HOST_VOICE.finditer(text, section.start, section.end):
            if m.group(1) not in _host_suffix(host, gazetteer):
                continue  # (`全旗` is no 县's voice)
            end = min(_sentence_end(text, m.end()), section.end)
            back = _BACK_TO_ZONE.search(text, m.end(), end)
            sections = _override(sections, m.start(), back.start() + 1 if back else end, host)
    return sections


def _host_suffix(county: Place, gazetteer: Gazetteer) -> str:
    """The level suffixes the county has been known by: today's and its former names' (`荣昌区`, once `荣昌县`)."""
    return "".join(name[-1] for name in (county.name, *gazetteer.former_names(county)))


_RANKED_AMONG = re.compile(r"级(?:开发区|园区)")


def _zone_rankings(text: str) -> Iterator[re.Match[str]]:
    """`_ZONE_AMONG_ZONES.finditer(text)`, scanned only in the clauses that hold `级开发区` or `级园区`: every match
    does, and none runs past a clause's stop (`，,。；;` or a line's end), so the rest of the text can hold none."""
    scanned = 0  # where the clauses scanned so far end
    for word in _RANKED_AMONG.finditer(text):
        if word.start() < scanned:
            continue
        start = max(text.rfind(c, 0, word.start()) for c in _CLAUSE_MARKS) + 1
        stop = _CLAUSE_STOP.search(text, word.end())
        scanned = stop.start() if stop else len(text)
        yield from _ZONE_AMONG_ZONES.finditer(text, start, scanned)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence that holds `at` ends."""
    ends = [e for e in (text.find(mark, at) for mark in "。！？!?\n") if e >= 0]
    return min(ends, default=len(text))


def _override(sections: list[Section], start: int, end: int, place: Place | None) -> list[Section]:
    """The sections with text[start:end] given to `place` (to no place when None)."""
    result: list[Section] = []
    for s in sections:
        if s.end <= start or s.start >= end:
            result.append(s)
            continue
        if s.start < start:
            result.append(replace(s, end=start))
        region = place.name if place is not None else ""
        result.append(Section(max(s.start, start), min(s.end, end), region, _city_of(place)))
        if s.end > end:
            result.append(replace(s, start=end))
    return result


# A sentence that speaks for its own place: `全市…`, `我县…`, `本区…` (after a time: `上半年，全县…`).
_DIGIT = re.compile(r"\d")
_OWN_WORD = re.compile(r"(?:[^，,。；;\n]{0,12}?[，,]\s*){0,2}?[^，,。；;\n]{0,8}?(?:全|我|本)([县市区旗州])")
# Its closing words, or a stop no match can pass: a scan in C that tells most sentences have none before the match is
# tried (its lazy runs, up to two clauses, are tried at every length).
_OWN_WORD_OR_STOP = compile_words_first(r"[全我本][县市区旗州]|[。；;]")


def _own_word(text: str, start: int) -> re.Match[str] | None:
    """`_OWN_WORD.match(text, start)`, tried only where its closing words stand before the sentence's stop."""
    near = _OWN_WORD_OR_STOP.search(text, start)
    if near is None or near.end() - near.start() == 1:
        return None
    return _OWN_WORD.match(text, start)


def _speaks_for(text: str, start: int, place: Place) -> bool:
    """Whether the sentence at `start` opens in `place`'s own voice (`全区` for an autonomous region, `全省`)."""
    own = _OWN_WORD.match(text, start)
    return own is not None and place.name.endswith(own.group(1))


# What may stand before the place a sentence opens with and still leave it the sentence's subject: a source or a time
# (`据悉,2016年,唐河产业集聚区完成固定资产投资132.6亿元,…;实现规模以上工业企业总产值246.1亿元`).
_SOURCE_OR_TIME = re.compile(
    r"\s*(?:(?:据悉|据了解|据统计)[,，]?\s*)?(?:(?:\d{4}年|今年|去年|上半年|前三季度|全年)(?:以来)?[,，]?\s*)?"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether `start` begins a sentence, not the next item after `；`."""
    before = text[:start].rstrip(" \t\u3000")
    return not before or before[-1] not in ";；"


def _opens_line(text: str, start: int) -> bool:
    """Whether `start` begins a line (after its indent)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _goes_on(text: str, start: int, place: Place) -> bool:
    """Whether a sentence that names no place goes on about the place the sentence before it opened with, in the
    same paragraph (`济南高新区生产总值实现1106.8亿元…。其中，第一产业增加值实现3.0亿元`): unless it opens by
    speaking for a place of another level (`全市…` after a county's sentence)."""
    if _OTHER_PARTS.match(text, start) or _WHOLE_GOALS.match(text, start):
        return False
    own = _own_word(text, start)
    return own is None or place.name.endswith(own.group(1))


# A sentence or list item that opens with the county's other parts speaks for them, not for the zone before it:
# `经开区完成规模以上工业产值911.8亿元…;镇街完成规模以上工业产值207.3亿元`, `1-7月“一区八园”完成…`
# (oldchangsxs.srcbcz.com 长沙县 2015); so does the county's own, outside the zone: `县开发区3月份实现产值1.68亿元…。县直工业3月份
# 实现产值0.17亿元` (zy234.com, 枞阳县's first quarter, fresh17 f17_p17).
_OTHER_PARTS = re.compile(
    r"[^，,。；;\n]{0,8}?(?:镇街|街镇|乡镇|各镇|各乡|镇村|园区外|县直|县属|[“\"]?[一二三四五六七八九十\d]+区[一二三四五六七八九十\d]+园)"
)


# A sentence that opens the list of goals of the economy and society at large speaks for the text's own place, not
# for the zone the sentence before ranked (`常州经开区…位列全国第一。 明年经济社会发展主要预期目标是:`, r303 武进区).
_WHOLE_GOALS = re.compile(r"\s*[^，,。；;\n]{0,6}?经济(?:和|与)?社会发展(?:的)?主要(?:预期)?目标")


# A sentence that opens by pointing back at the county or district just named: `近两年，该县…`, `该区今年…`,
# `初步核算,前三季度,该区…`.
_ANAPHOR = re.compile(r"(?:[^，,。；;]{0,8}?[，,]\s*){0,2}?[^，,。；;]{0,8}?该[县区旗]")


def _points_back(text: str, start: int, place: Place) -> bool:
    """Whether the sentence at `start` opens by pointing back at `place` (see `_ANAPHOR`): `该县` points at a
    county, never at the prefecture a road section was named after (`大理段…,云龙县…。目前,该县…`)."""
    m = _ANAPHOR.match(text, start)
    return m is not None and place.level in ("county", "zone")


def _opening_place(
    text: str, start: int, mentions: dict[int, Mention], zones: dict[int, ZoneMention], end: int = -1
) -> Place | None:
    """The place a phrase (`start` to `end`) opens with, if it is the phrase's subject."""
    if start in zones:
        return zones[start].place  # `浏阳经开区(高新区)完成规模工业总产值412亿元`: the zone's own figure
    mention = mentions.get(start)
    if mention is None:
        appositive = _APPOSITIVE.match(text, start, end if end > start else len(text))
        if appositive is not None and appositive.end() in zones:
            return zones[appositive.end()].place
    if mention is None and end > start and text.startswith(_SCENE, start):
        county = _scene_county(text, start + len(_SCENE), mentions, end)
        if county is not None:
            return county
    if mention is None:  # `去年恩施市电商交易额约36亿元`, `比如福建晋江，去年GDP达到2900多亿元`
        lead = _NEWS_LEAD.match(text, start, end if end > start else len(text)) or _LEAD_IN.match(text, start)
        if lead is None or lead.end() == start:
            return None
        if lead.end() in zones:
            return zones[lead.end()].place
        mention = mentions.get(lead.end())
    if mention is not None and mention.place.level in ("city", "province") and mention.end in zones:
        return zones[mention.end].place  # `南京江北新区新签约…`: the city's name opens its zone's (江北新区)
    # `福建晋江`, `江苏南通海安`: a province or city that qualifies the county named right after it
    while mention is not None and mention.place.level != "county" and mention.end in mentions:
        child = mentions[mention.end]
        if mention.place.name not in (child.place.city, child.place.province):
            break
        mention = child
    if mention is not None and mention.place.level == "province":
        # `今年广西经济增长预期目标6.5%以上`: a province that opens a clause with its own figure (in a county's
        # interview at the province's congress) speaks for itself
        if _PROVINCE_FIGURE.match(text, mention.end):
            return mention.place
        return None
    if mention is None or mention.place.level not in ("county", "city"):
        return None
    if _NOT_A_SUBJECT.match(text, mention.end) or _facility_name(text, mention):
        return None  # (`郑州—卢森堡“空中丝绸之路”建设…`, `郑州机场…`: a route's, an airport's)
    if _PAIRED_ITEM.match(text, mention.end):
        return None  # `雅江(15.3%)、泸定(13.4%)…4个县(市)增速高于全州`: the first of a list, each with its figure
    if _PROJECT_ITEM.match(text, mention.end) and not _PLACE_ACTS.match(text, mention.end):
        return None  # `福建石狮鸿山热电厂三期…扩建工程等3个项目新开工建设`: where a listed project lies
    if mention.place.level == "city":
        # `达州市唯一上榜的宣汉县位列79位`: the city only says whose county it is
        return _county_of_city_after(text, mention, mentions, end) or mention.place
    return mention.place


# A phrase that only sets the scene in a county (`在云南省普洱市孟连傣族拉祜族佤族自治县,连片的咖啡园里…。村民扎海家一共种了
# 20亩咖啡`, 央视财经 on 普洱's coffee, fresh18 f18_p15): what the paragraph goes on to tell is the county's.
_SCENE = "在"


def _scene_county(text: str, start: int, mentions: dict[int, Mention], end: int) -> Place | None:
    """The county a phrase `在…` names last, with its province and city before it, when the phrase is only that."""
    mention = mentions.get(start)
    while mention is not None and mention.place.level != "county" and mention.end in mentions:
        child = mentions[mention.end]
        if mention.place.name not in (child.place.city, child.place.province):
            return None
        mention = child
    if mention is None or mention.place.level != "county" or text[mention.end : end].strip():
        return None
    return mention.place


# A list of places closed by their count and what they are (`日照、岚山两港`, `奉化、宁海两地`, `…三县`): its figure is
# the total of them all, none of the last item's alone.
_LIST_JOINS = frozenset("、和与及")
_LIST_TOTAL = re.compile(r"[两二三四五六七八九十]个?(?:港口?|地|县区?|区县?|县市|市县?|园区?|镇|乡|旗|城)")
# A place that opens its clause by acting on the projects it lists (`邗江区集中开工投产艾迪原料药生产基地…等30个项目`,
# m.jiangsulong.com 2020): their subject, not where one of them lies.
_PLACE_ACTS = re.compile(
    r"(?:还|又|共|再|今年|本次|此次)?(?:集中|新|累计)?(?:开工|签约|投产|竣工|实施|引进|落地|推进)"
)


# A lead that ends with the county it describes: `以微弱优势占据第三的长汀县`, `排名第一的是长汀县` (after `的`/`是`).
_CLOSING_LEAD = re.compile(r"[的是]$")


# The second or a later item of a numbered list: `二是…`, `三是…`.
_NEXT_ITEM = re.compile(r"\s*[二三四五六七八九十]是")


def _same_paragraph(text: str, gap_start: int, s_start: int, went_on: bool) -> bool:
    """Whether a sentence goes on the paragraph of the one before (which ended at `gap_start`)."""
    gap = text[gap_start:s_start]
    return "\n" not in gap and (went_on or ("；" not in gap and ";" not in gap))


def _closing_place(text: str, start: int, end: int, by_end: dict[int, Mention]) -> Place | None:
    """The county a figureless phrase (or one that gives only the rank it names the county by) closes with, after `的`
    or `是` (see `_CLOSING_LEAD`)."""
    mention = by_end.get(end)
    if mention is None or mention.place.level != "county" or mention.start <= start:
        return None
    if not _CLOSING_LEAD.search(text, start, mention.start):
        return None
    # (a rank that leads to the county it names: `第77位是由沧州市管理的黄骅市,GDP为801亿元`, r389 迁安 2024)
    rank = _RANK_LEAD.match(text, start)
    if _DIGIT.search(text, rank.end() if rank else start, mention.start):
        return None
    return mention.place


_RANK_LEAD = re.compile(r"\s*第\s*\d+\s*[位名]元?是")


def _county_in_round_up(place: Place, section_place: Place | None) -> bool:
    """A county described in its city's text (`新罗区作为全市的政治、经济、文化中心…。前三季度GDP总量完成876.45亿元`):
    the sentences after it go on about it even when the one naming it gave no figure."""
    return (
        place.level == "county"
        and section_place is not None
        and section_place.level == "city"
        and place.city == section_place.name
    )


def _next_named(text: str, pieces: list[tuple[int, int]], found: list[Mention], end: int) -> int:
    """Where the first of `pieces` that names a place starts (bar a place named as what is compared against:
    `高出紧随其后的永定区15.86亿元`), else `end`."""
    for a, b in pieces:
        for m in found:
            if a <= m.start < b and not _MEASURED_AGAINST.search(text, a, m.start):
                return a
    return end


_MEASURED_AGAINST = re.compile(r"高出|高于|低于|超过|超出|领先|落后|多于|少于|仅次于")


def _county_of_city_after(text: str, city: Mention, mentions: dict[int, Mention], end: int) -> Place | None:
    """A county of `city` named later in the phrase, before any figure, unless it closes a list with the city that
    its count closes (`日照、岚山两港`: both ports' total). A county named inside brackets further on
    only lists a part of what the city's name heads (`沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元`,
    沈阳市统计局 2023): the whole's figure, not the county's; one bracketed right after the city is the county
    itself (`漳州(东山县)…项目总投资4.6亿元`)."""
    depth = 0
    for pos in range(city.end, end):
        char = text[pos]
        if char.isdigit():
            return None
        if char in "(（" and (pos > city.end or not _county_of(mentions.get(pos + 1), city)):
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        if depth:
            continue
        other = mentions.get(pos)
        if _county_of(other, city):
            if text[pos - 1] in _LIST_JOINS and _LIST_TOTAL.match(text, other.end):
                return None  # `日照、岚山两港货物吞吐量…`: a list its count closes, the total of the city and its county
            return other.place
    return None


def _county_of(mention: Mention | None, city: Mention) -> TypeGuard[Mention]:
    return mention is not None and mention.place.level == "county" and mention.place.city == city.place.name


# Words that may stand before a clause's subject: a time (`去年`, `2023年`, `1-6月`), an example's lead
# (`比如`, `而在`) or a ranking's (`只有齐河县超过400亿元`, `最低的庆云县仅达147.1亿元`); `在` alone is left out
# (`在南通召开的…`).
# A news item's lead, its outlet and reporters, before the subject of its first sentence: `新江苏客户端·中国江苏网讯
# (孙旭晖 相哲) 沭阳经开区工业开票连年攀升` (f19_p01 2024), `本报讯(记者 王某)`.
_NEWS_LEAD = re.compile(r"[^，,。；;\n]{0,24}?(?:讯|电)\s*[(（][^()（）\n，,。；;]{1,24}[)）]\s*")
# What a zone is called before its name, set off by a dash (`该县工业主战场——小蓝经开区以推进71个重大重点项目…`, f21_p18
# 南昌县 2015): the zone is the phrase's subject.
_APPOSITIVE = re.compile(r"[^，,。；;\n—]{1,12}——\s*")
_LEAD_IN = re.compile(
    r"(?:(?:去年|今年|前年|全年|同期|上半年|下半年|前三季度|[一二三四]季度|\d{4}年(?:\d{1,2}[-—至~]\d{1,2}月)?|"
    r"\d{1,2}[-—至~]\d{1,2}月)(?:以来|份)?|比如|例如|譬如|像|而在|又如|再如|其中"
    r"|只有|仅有|唯有|(?:增幅|增速|总量)?最[高低大小快慢多少]的)+"
)


def _city_of(place: Place | None) -> str:
    return place.city if place is not None and place.level in ("county", "zone") else ""


def _default_place(
    text: str,
    gazetteer: Gazetteer,
    places: list[str],
    city: str,
    zones: list[ZoneMention],
    *,
    has_sections: bool,
) -> Place | None:
    if len(places) == 1:
        return gazetteer.get(places[0]) or gazetteer.resolve(places[0])
    if has_sections or len(places) > 1:
        return gazetteer.get(city) if city else None
    return most_mentioned_place(text, gazetteer, city, zones)


def section_at(sections: list[Section], offset: int) -> Section:
    for section in sections:
        if section.start <= offset < section.end:
            return section
    return sections[-1]
