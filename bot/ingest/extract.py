"""Clauses → indicator records: which figure, of what, target or achieved, for which period, by when.

The text is read sentence by sentence, and each sentence phrase by phrase (split at commas, 、 and quotes).
A phrase's quantities (bot.ingest.numbers) become records; the words before a figure name its indicator.
Whether a figure is a target or an achievement, and the period it is for, come from the nearest marker word
before it in the sentence, else after it, else the paragraph's or the outline heading's, else the document's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.manifest import DocumentInfo
from bot.ingest.normalize import NormalizedText
from bot.ingest.not_records import (
    is_base_value,
    is_county_fact,
    is_incidental,
    is_name_part,
    is_not_a_figure,
    is_peer_count,
    is_qualifier,
)
from bot.ingest.numbers import Quantity, find_quantities, is_count_unit
from bot.ingest.record import Record, Value
from bot.ingest.segment import Section, iter_lines, phrases, section_at, sentences
from bot.ingest.subject import Entity, acted_on, entities_in, subject_of
from bot.ingest.tense import (
    ACTUAL,
    DONE,
    LIST_LEAD,
    PROJECTION,
    TARGET,
    UNDATED,
    Context,
    column_kind,
    document_title,
    heading,
    heading_context,
    period_year,
    purposes,
    question_context,
    without_purpose,
)
from bot.ingest.time import (
    MONTHS_SO_FAR,
    five_year_start,
    head_of,
    is_past,
    mask_comparisons,
    months_reported,
    period_of,
)
from bot.vocabulary import canonical_of, find_terms

# Marker words, strongest first. A strong marker states intent or achievement outright; a weak one is a
# time word that usually implies it.
# `计划` ends a name too (`“5213”人才计划，`, `“十二五”计划`), and `年度计划的58.7%`, `占年度计划投资总额153.92%`
# are progress against a plan.
# (What may not stand before a word is checked after it, in this and other patterns: a pattern that opens with a
# look-behind is tried at every position of a text, one that opens with a character is not.)
_INTENT = compile_words_first(
    # `争取政策性项目资金15亿元` wins funds: no intent by itself
    r"确保|力争|争取(?![^，,。；;]{0,10}?(?:资金|债券|专项债|补助|补贴))|力求|努力|有望|争当|冲刺|尽快|赶上|计划(?<!占计划)(?<!占年计划)(?<!占年度计划)(?<!占全年计划)(?<!五计划)(?<!五”计划)(?<!五\"计划)(?!执行|总投资|内|的|目标|[,，、”\"）)])|"
    + PROJECTION
)
# Plan words also name past plans (`计划总投资`, `增长目标`): they count only where the context is not a report.
_PLAN = re.compile(r"目标(?!的|任务的)|预计|预期")
_INTENT_OR_PLAN = re.compile(f"{_INTENT.pattern}|{_PLAN.pattern}")
_STRONG_NOT_COMPARED_WORDS = (
    # progress against the year's plan or goal: `完成全年目标任务的52.4%`, `占年度目标任务的60%`
    r"完成(?:全年|年度|年|[“\"]?十[一二三四五六]五[”\"]?)?(?:计划)?(?:预期)?(?:目标|计划|任务)(?:任务)?的|"
    r"占(?:全年|年度|年)?(?:计划|(?:目标|任务)(?:任务)?的)|"
    # `高于“十二五”计划预期目标62.08个百分点`: a comparison with a plan's goal, reached
    r"(?:高于|超出|低于)[^，,。；;]{0,12}?目标|"
    r"序时进度|时序进度|"
    # `超“十五”计划目标3.73亿元`: beyond a plan's target, reached
    r"超(?:额完成)?[^，,。；;]{0,6}?计划目标|"
    r"全部(?=\s*$)|全部(?:超过?|突破|达到|完成)|目前|当前|现有|累计|已经|已(?!确定|明确|出台|制定)|今年以来|完成了|实现了|增长了|提升了|下降了|位列|位居|排名第|列全"
)
# Comparison bases state an achievement too, but never undo an intent stated before them.
_STRONG_ACTUAL = compile_words_first(rf"{_STRONG_NOT_COMPARED_WORDS}|同比|比上年|较上年|比去年|较去年")
_STRONG_NOT_COMPARED = compile_words_first(_STRONG_NOT_COMPARED_WORDS)
# Words that look ahead in an interview or a news piece as well as in a plan: `今后五年`, `下一步`, `未来三年`.
_AHEAD = r"今后|下一步|下步|未来|接下来|下阶段|下一阶段"
_WEAK_TARGET = re.compile(
    rf"全年|年内|年底|年末|明年|下半年|每年|年年|到\s*20\d\d\s*年|届时|以上目标|将|{_AHEAD}"
)
# Time words that point ahead even inside a report of what was achieved.
# `将` alone is also the object marker (`将…作为`): only its plainly future uses count here.
# (`将` right before a figure, `…装机容量将达1.6吉瓦`: the verb is the figure's)
_FUTURE = re.compile(
    r"明年|下半年|年年|到\s*20\d\d\s*年|届时|底前|还将|也将|仍将|"
    rf"将(?:在|于|继续|达|实现|突破|超过|完成|新增|建成|形成|带动|提供|(?=\s*$))|{_AHEAD}"
)
# A forecast for the whole year, or its end: a target while that year is not over (in a review after it, an
# estimated outcome).
_FORECAST = re.compile(
    r"预计\s*(?:今年)?\s*(?:全年|到?\s*年底|到?\s*年末|第?[一二三四]季度|上半年|下半年)|(?:今年|全年)\s*预计"
)
# A part of the year so far (`上半年`, `1-6月`, `前10个月`).
_PART_SO_FAR = rf"上半年|一季度|前三季度|\d+\s*-\s*\d+\s*月|{MONTHS_SO_FAR}"
# Time words that look back: a past year named relative to the speaker (`去年，全县…`, not `比去年`), the
# years up to now (`近五年来`, `过去一年`, `“十四五”以来`).
_LOOKING_BACK = r"(?:去年|上年(?!度)|前年)(?<![比较与于]..)|过去(?:的)?[一二三四五两几]?年|[一二三四五两几]年来|近[一二三四五两几]?年来?|以来"
# ... near a figure they make it achieved; they set a sentence's kind only when they open it.
# So do words of a thing done (`本次新开工项目32个`, `成功签订`), which set a sentence's kind wherever they stand.
_WEAK_ACTUAL = re.compile(rf"{_PART_SO_FAR}|{_LOOKING_BACK}|{DONE}")
# (`截止6月底,全县实现…`: the year so far up to a month's end; `截至6月底前` is a deadline)
_HEAD_ACTUAL = re.compile(
    _PART_SO_FAR + r"|截[至止]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:底|末)(?!\s*前)"
)
# One of these stands in every match of `_WEAK_ACTUAL` / `_HEAD_ACTUAL`: a text without any is not searched.
_WEAK_ACTUAL_CHARS = re.compile("[年季月来次天日功]")
_HEAD_ACTUAL_CHARS = re.compile("[年季月]")
_OPENS_LOOKING_BACK = re.compile(rf"(?:{_LOOKING_BACK})")
_DONE = re.compile(DONE)
_SO_FAR = compile_words_first(MONTHS_SO_FAR)
_PROJECTED = compile_words_first(PROJECTION)

_TIME_WORD = re.compile(
    r"明年|今年|去年|上年|前年|全年|年内|年底|年末|每年|上半年|下半年|[一二三四]季度|前三季度|\d+\s*[-—~至到]\s*\d+\s*月|"
    rf"目前|截至|截止|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月|{MONTHS_SO_FAR}"
)
# `8月底前`, `9月30日前`, `明年6月底前`, `年底前`
_DEADLINE = re.compile(
    r"(?:(?:今年|明年|20\d\d\s*年)\s*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?:底|末|中旬|上旬|下旬|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?|年底|年末|年内)\s*前"
)
_TIME_DEADLINE = re.compile(r"(?:确保|力争|争取)\s*(上半年|下半年|[一二三四]季度(?:末|底)?|年底|年内)")

# Words stripped from the ends of an indicator name.
_LEAD_FILLER = re.compile(
    r"^(?:\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|"
    r"(?:一个|另一个|[一二三四五六七八九十])是|其[一二三]|该[县市区镇旗]|本[县市区镇旗]|"
    r"20\d\d\s*年度?|去年|上年|目前|当前|\*+|我们|我县|我市|我区|我镇|我们将|瞄准|(?:截至|截止)\s*\d{1,2}\s*月\s*(?:底|末)?|确保|力争|争取|力求|努力|计划|预计|目标|全年|今年|年内|明年|每年|上半年|下半年|今年以来|其中|同时|并|将|要|已经|已|"
    r"(?:前三季度|[一二三四]季度|\d{1,2}\s*-\s*\d{1,2}\s*月份?)(?=\s*全[县市区镇])|"  # `前三季度全区…`
    r"(?:经开区|高新区|开发区)(?=规上|规模以上|地区生产总值|GDP|一般公共预算|固定资产投资|实际使用外资|进出口)|"
    r"(?:持续|连续)?(?:\d+|[一二两三四五六七八九十]+)个月(?:来|以来)?|稳居(?=全[国省市区县]$)|"  # `持续6个月稳居全市第一`
    r"累计|实现|完成(?!率)|达到|达|在(?!建|库)|全市|全区|全县|全镇|全省|全面|共|总计|合计|约|进一步|持续|推动|着力|全力|力促|以|对|把|使|让|"
    r"为|和|及|与|等|的|但|特别是|尤其是|列|居(?!民)|位居|位列|排在|围绕|针对|全部|分别|初步预计|只需|仅需|稳定|保持|运转|这个|跻身|均居|均|"
    r"加快|、|\||(?:未来|今后|近|过去)[一二三四五两几]?年(?:内|来|间|里)?|下一步|接下来|\s)+"
)
# What may stand between a count and the thing counted: `32 个重大城建项目`, `10 件为民办实事项目`.
_COUNTED_FILLER = re.compile(
    r"^(?:的|等|\s|[（(][^()（）]{1,4}[)）])+"
)  # `两乡(镇)旅游规划…`: an aside on the unit
# Words after a count that are not the thing counted: `30个以上`, `70家的目标`.
_NOT_COUNTED = re.compile(
    r"以上|以下|左右|目标|任务|指标|位数|(?:增加|提高|提升|增长|下降|减少|跃升)?(?:到|至)"
    r"|(?:和|与|及|或|、)\s*[\d一二两三四五六七八九十]"  # `1家、1家和7家`: the next figure of a list
)
_TAIL_FILLER = re.compile(
    r"(?:达到|达|为|是|至|到|共|(?<![签节制合公条预邀契特相履违协])约|近|有|实现|完成|挺进|进入|迈入|跃居|保持|稳定在|控制在|每年|全年|今年|年内|分别|的|"
    r"将|预计|已|全部|首次|累计|、|各|目标定|目标确定|目标设定|收窄至|收窄到|收窄|均保持在|保持在|稳定|(?<![许认])可|(?<![人年平户])均|\s)+$"
)
# The characters of the words above (those of the pattern's text, a few more): the filler lies in the run of them
# (and spaces) that ends a name, so the pattern, anchored at the end, is tried there only, not at every position.
_TAIL_FILLER_CHARS = frozenset(_TAIL_FILLER.pattern)
# A comparison base or a price basis before a growth verb is how the rate is counted, not part of the name.
_RATE_BASIS = (
    r"(?:按(?:可比|不变)价格?计算(?:的)?\s*(?:同比)?"  # `GDP总量400.61亿元,按可比价计算同比增长6.1%` (岱山 2025)
    r"|同比|可比|[比较](?:上年|去年|上年同期|去年同期))"
)
_GROWTH_VERB = re.compile(rf"{_RATE_BASIS}?(?:增长|增幅|增速|下降|减少|回落|提高|提升|增加|减产|增产)了?$")
_SHORT_TO_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:降|减|升|增)$")
_INDICATOR_MAX = 30
# What stands between two figures of one indicator: a change (`从…1744亿元增加到2020年的2616亿元`) or a list.
_FROM_TO = re.compile(
    r"\s*(?:增加|提高|提升|增长|上升|下降|减少|扩大|缩小|跃升|降低|减|降)?\s*(?:到|至)\s*"
    r"(?:(?:20\d\d|19\d\d)\s*年\s*(?:底|末)?\s*(?:的)?)?\s*"
)
_FIGURE_ASIDE = re.compile(r"\s*[（(][^()（）\d]{1,12}[)）]\s*")
_FROM = re.compile(r"[从由](?:(?:20|19)\d\d年(?:底|末)?)?的?$")
_LIST_GAP = re.compile(r"\s*(?:和|及|与|、)?\s*")
# A rank named only by its scope (`南通九县市区排名`, `在全省排名`) belongs to the sentence's subject.
_RANK_SCOPE = re.compile(r"(?:在|全国|全省|全市|[\u4e00-\u9fff]{0,4}县\(?[市区])")
_COMPARISON = re.compile(r"(?:比|较|增幅|降幅|增速|高于|低于|超过|超出)")
_INNER_VERB = re.compile(
    r"(?:累(?<=[\u4e00-\u9fff]累)计(?:完成|实现|申报)?|实(?<=[\u4e00-\u9fff]实)现)(?=[\u4e00-\u9fff])"
    # `规上企业完成产值`: what the firms produced is the output itself
    r"|完(?<=[\u4e00-\u9fff]完)成(?=总?产值|增加值|营业收入|销售收入|主营业务收入)"
    r"|按(?<=[\u4e00-\u9fff]按)照?(?=高于|低于|不低于|不高于)"  # `主要经济指标按照高于全市2个百分点`
    # a hedge between the indicator and its verb (`地区生产总值确保增长7.5%`, wap.beiww.com 汉源 2023)
    r"|(?<=[\u4e00-\u9fff])(?:确保|力争|争取|力求)(?=同比|增长|增速|增幅|下降|达到|达|突破|超过|实现)"
)
# Common short forms of well-known indicator names.
_INDICATOR_ALIASES = {"百强排名": "全国百强县排名", "百强县排名": "全国百强县排名"}


def extract_records(doc: DocumentInfo, norm: NormalizedText, sections: list[Section]) -> list[Record]:
    text = norm.text
    if doc.date and _YEAR_ONLY.fullmatch(doc.date) and _is_profile(document_title(text)):
        # A profile with no date of its own: its `今年` and its standing facts name no year the text gives
        doc = replace(doc, date="")
    year = doc.year
    reported = months_reported(text, year) if year and doc.month is None else None
    if reported:  # `前11个月,…` in a text dated only by its year: it was written after November
        doc = replace(doc, date=f"{year}-{min(reported + 1, 12):02d}")
    default_kind = _document_kind(text)
    part = _opening_part(text, document_title(text), year)
    if part:  # a report of a part of the year reports, bar its words of intent
        default_kind = ACTUAL
    headline = _headline_end(text)
    told = ""  # the kind the paragraphs before have stated last
    para_ctx = Context()
    records: list[Record] = []
    seen: set[tuple] = set()
    passage_year: int | None = None  # a year a sentence opens with (`2021年，……`) carries to what follows
    review: Context | None = None  # a review of the past year opened in a paragraph (`过去一年，…`)
    last_heading: Context | None = None
    redated: dict[Context, Context] = {}  # a review part re-dated by the year its text says it reviews
    for para_start, para_end, heading_ctx in _paragraphs(text, year, _title_context(text, year)):
        heading_ctx = redated.get(heading_ctx, heading_ctx)
        if (
            heading_ctx.kind == ACTUAL
            and year
            and (reviewed := _year_reviewed(text[para_start : min(para_end, para_start + 80)], year))
            and str(reviewed) != heading_ctx.period
        ):  # `2019年,是我县…的一年` under `过去一年工作回顾`: that year is the part's, whatever the title says
            redated[heading_ctx] = Context(
                ACTUAL, str(reviewed), reviewed, heading_ctx.firm, heading_ctx.part
            )
            heading_ctx = redated[heading_ctx]
        if heading_ctx != last_heading or heading_ctx.kind:
            review = None  # a heading of its own ends a review that no heading opened
        elif review is not None and question_context(text[para_start:para_end], year) is not None:
            review = None  # so does an interviewer's next question (`华商报:…的发展定位是什么?`)
            told = ""
        else:  # a paragraph that states no kind of its own goes on with the one before
            told = para_ctx.kind or told
        last_heading = heading_ctx
        if not (_LIST_ITEM.match(text, para_start) and passage_year):  # a list keeps its lead's year
            passage_year = heading_ctx.year
        para_ctx = heading_ctx
        if review is not None:  # paragraphs after a review's opening, with no heading or frame, go on with it
            para_ctx, passage_year = review, review.year
        elif para_end <= headline and not heading_ctx.kind:  # a headline reports, bar its words of intent
            para_ctx = Context(ACTUAL, heading_ctx.period)
        first = True
        entities: list[Entity] | None = None  # read once a sentence of the paragraph holds a numeral
        carried = ""  # the last indicator of the clause before, when it ended with `;`
        for s_start, s_end in sentences(text, para_start, para_end):
            head = head_of(text[s_start:s_end])
            frame = _is_frame(head)  # read once: the tests below ask it twice
            opening = _opening_year(head)
            if opening:
                passage_year = opening
            if (
                first
                and review is not None
                and (
                    (frame and _new_time(period_of(head, year), review, doc))
                    or _FUTURE.search(head)
                    or _INTENT.search(head)
                )
            ):  # `今年，…`, `今后五年，…`, `力争…` after a review: a time or an intent of its own
                review, para_ctx = None, heading_ctx
                passage_year = opening or heading_ctx.year
            reporting = (heading_ctx.kind or para_ctx.kind) == ACTUAL
            sentence_ctx = _context_of(
                head,
                passage_year or year,
                year,
                reporting=reporting,
                results=default_kind == ACTUAL,
                with_period=frame,  # the head's period is read only when the sentence opens with a time
            )
            # a sentence that opens with a time (`上半年，`, `2022年一季度，`) or states a kind sets it for the
            # rest of its paragraph; a time named further in (`比2019年`, `从2015年的`) is its own
            framed = frame and bool(sentence_ctx.period)
            if framed and not opening:  # `去年,…全年地区生产总值增长5.1%`: the frame's year is the passage's
                passage_year = period_year(sentence_ctx.period) or passage_year
            if not framed and year is None and _UNANCHORED_FRAME.match(_unspoken(head)):
                # `今年1-6月份,…` in an undated text: a time of its own that names no year
                para_ctx = Context(sentence_ctx.kind or para_ctx.kind, UNDATED)
            elif framed or (sentence_ctx.kind and not _PROJECTED.search(head)):
                # (a projection, `项目建成后,将…`, is of its own sentence: the next may describe another project)
                para_ctx = Context(
                    sentence_ctx.kind or para_ctx.kind, sentence_ctx.period if framed else para_ctx.period
                )
            colon = sentence_ctx.kind and not framed and (":" in head or "：" in head)
            lead = LIST_LEAD.search(head) if colon else None
            lead_period = period_of(head[: lead.end()], passage_year or year, year) if lead else None
            if (
                lead_period
            ):  # `2024年…主要预期目标为:` opens a list of its kind and time, to the paragraph's end
                para_ctx, review = Context(sentence_ctx.kind, lead_period), None
                passage_year = period_year(lead_period)
            elif not framed and _TURNS_AHEAD.search(head) and _INTENT_OR_FUTURE.search(head):
                # `2016年全县…。下一步,苍南将…`: a look ahead leaves the past year the paragraph was about; one
                # that names no time (`下一步`, `今后`) names no year either, unless its part of the text does
                # (in a plan's part, or a report on part of a year, the look ahead is to its year)
                if _OPEN_FUTURE.match(_unspoken(head)) and not heading_ctx.kind and not part:
                    para_ctx, passage_year = Context(para_ctx.kind, UNDATED), None
                elif is_past(para_ctx.period, year, doc.month):
                    para_ctx, passage_year = Context(para_ctx.kind, heading_ctx.period), heading_ctx.year
            if first:  # a paragraph's first sentence opens a review, or frames a time of its own, or neither
                first = False
                if frame:  # a time of its own opens a new story: the kind before it goes no further
                    told = ""
                review = _review_opened(head, para_ctx, year, text[s_start:s_end]) or (
                    None if framed and _new_time(para_ctx.period, review, doc) else review
                )
            elif review is not None and _TURNS_AHEAD.search(head) and _INTENT_OR_FUTURE.search(head):
                review = None  # `立足新起点,今年…将…确保…`: the paragraph has turned to the year ahead
            if not _NUMERAL.search(text, s_start, s_end):
                carried = ""
                continue  # no figure can stand in a sentence without a numeral
            quantities = find_quantities(text[s_start:s_end])
            if not quantities:  # numerals but no figure (`进一步`, `第一`): half the sentences with a numeral
                carried = ""  # (no record, as the reading below would find none)
                continue
            fallback = Context(
                heading_ctx.kind or para_ctx.kind or told or default_kind,
                para_ctx.period,
                passage_year or year,
                heading_ctx.firm,
                part,
            )
            if entities is None:
                entities = entities_in(text, para_start, para_end)
            found = list(
                _sentence_records(
                    doc, norm, entities, s_start, s_end, sections, fallback, quantities, carried
                )
            )
            # a clause after `;` may name a part of what the one before it named (`工业总产值…;增加值…`)
            carried = _subject_of(found[-1].indicator) if found and text[s_end : s_end + 1] in ";；" else ""
            sentence = text[s_start:s_end]
            joined = _split_joined(found, sentence)
            if "分别" in sentence:
                joined = _verb_after_fen_bie(joined, sentence)
            for record in _split_urban_rural(joined, sentence):
                key = (record.region, record.indicator, str(record.value), record.unit, record.start)
                if key not in seen:
                    seen.add(key)
                    records.append(record)
    return _bare_industry(records, text)


# `全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%`: where a text names the above-scale figure apart (or the
# below-scale one), a bare 工业增加值 is all industry, not the above-scale figure it usually means in county reports.
_ABOVE_SCALE_NAMED = re.compile(r"(?:规上|规模以上|规模)(?:工业)?(?:企业)?(?:工业)?增加值|规下")
_BARE_INDUSTRY = re.compile(r"^(?:全县|全市|全区)?工业增加值")


def _bare_industry(records: list[Record], text: str) -> list[Record]:
    if not _ABOVE_SCALE_NAMED.search(text):
        return records
    for record in records:
        if record.canonical.startswith("规上工业增加值") and _BARE_INDUSTRY.match(record.indicator):
            record.canonical = ""
    return records


_HEADLINE_MAX = 40
_HEADLINE_STOP = re.compile(r"[。；;]")


def _headline_end(text: str) -> int:
    """Where a news headline standing as the first line ends (`锦屏县招商引资到位资金近12亿元`), else 0: what a
    headline states with no word of intent is news of something done."""
    for _, end, line in iter_lines(text):
        if line.strip():
            short = len(line.strip()) <= _HEADLINE_MAX and not _HEADLINE_STOP.search(line)
            return end if short and _NUMERAL.search(line) else 0
    return 0


def _paragraphs(text: str, year: int | None, whole: Context) -> Iterator[tuple[int, int, Context]]:
    """Lines of the text, each with the context of the outline headings above it (and of the title, `whole`,
    until a heading says otherwise)."""
    levels: dict[int, Context] = {0: whole} if whole.kind else {}
    ctx = _merged(levels)  # worked out again only when a heading changes the levels
    columns: list[str] | None = None  # the kinds of the columns of the table being read
    for start, end, line in iter_lines(text):
        found = heading(line)
        asked = None if found else question_context(line, year)
        if found:
            level, title, whole = found
            levels = {lv: ctx for lv, ctx in levels.items() if lv < level}
            outer = next((levels[lv].year for lv in sorted(levels, reverse=True) if levels[lv].year), None)
            levels[level] = heading_context(title, whole, year, outer)
            ctx = _merged(levels)
        elif asked is not None:  # an interviewer's question frames the answer, as a heading of its own
            levels = {lv: ctx for lv, ctx in levels.items() if lv < _QUESTION_LEVEL}
            levels[_QUESTION_LEVEL] = asked
            ctx = _merged(levels)
        cells = _cells(line)
        if len(cells) < _TABLE_MIN_CELLS:
            columns = None
            yield start, end, ctx
        elif columns is None:  # a table's header row: what each column holds
            columns = [column_kind(line[a:b]) for a, b in cells]
            yield start, end, ctx
        else:  # a row: each cell is read under its column's kind (`工作事项` plans, `进展情况` reports)
            for index, (a, b) in enumerate(cells):
                kind = columns[index] if index < len(columns) else ""
                yield start + a, start + b, Context(kind or ctx.kind, ctx.period, ctx.year, firm=bool(kind))


def _merged(levels: dict[int, Context]) -> Context:
    """The context of the headings above a line: each level's kind, period and year, the deepest first."""
    ctx = Context()
    for level in sorted(levels):
        found_ctx = levels[level]
        ctx = Context(found_ctx.kind or ctx.kind, found_ctx.period or ctx.period, found_ctx.year or ctx.year)
    return ctx


# A title that sums up its own year (`2022年经济社会发展总体情况和2023年工作打算`, `2023年工作总结`): what
# comes before a plan heading reports that year.
_SUMMARY_TITLE = re.compile(
    r"(20\d\d)\s*年[^。，,]{0,20}?(?:工作总结|总结|总体情况|完成情况|执行情况|运行情况|发展情况)"
)


def _title_context(text: str, year: int | None) -> Context:
    """A title summing up the document's year, or the year before it (`晋安区2022年1-12月各类项目总结` dated
    2023-02): what comes before a plan heading reports that year."""
    title = document_title(text)
    m = _SUMMARY_TITLE.search(title[:_TITLE_SCAN])
    if m is not None and year is not None and int(m.group(1)) in (year, year - 1):
        return Context(ACTUAL, m.group(1), int(m.group(1)))
    return Context()


# A title of a report on a part of the year: `旺苍县2023年上半年经济运行`, `1-7月经济运行情况`.
_PART_TITLE = re.compile(r"运行|情况|总结|进展|成效|完成")
_OPENING_LINES = 8


def _opening_part(text: str, title: str, year: int | None) -> str:
    """The part of a year a report is about, when its title names it with a review word or one of its first
    lines opens with it (`上半年,缙云全县上下…`): achieved figures without a time of their own are of it."""
    if year is None:
        return ""
    if len(title) <= _TITLE_SCAN and _PART_TITLE.search(title) and not _STRONG_PLAN_TITLE.search(title):
        part = period_of(title, year) or ""
        if _PART_OF_YEAR.fullmatch(part):
            return part
    for _, _, line in itertools.islice(iter_lines(text), _OPENING_LINES):
        if not _COMMA.search(line):
            continue  # a title, a site's menu, a byline
        head = head_of(_LEAD_SOURCE.sub("", line, count=1))
        if _is_frame(head):
            part = period_of(_COMMA.split(_unspoken(head), maxsplit=1)[0], year) or ""
            return part if _PART_OF_YEAR.fullmatch(part) else ""
        return ""  # the first paragraph opens with no time
    return ""


# What a news lead opens with before its own words: a dateline and a source
# (`浏阳日报讯 4月20日, 记者从浏阳市统计局获悉, 一季度, …`).
_LEAD_SOURCE = re.compile(
    r"^\s*(?:[^，,。]{0,30}?[讯电]\s*(?:[（(][^)）]{0,30}[)）])?\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]?\s*)?"
    r"(?:[^，,。]{0,24}?(?:获悉|了解到|得知)\s*[，,]\s*)?"
)


_TITLE_SCAN = 60
_TABLE_MIN_CELLS = 3
_QUESTION_LEVEL = 9  # below every outline heading: the next heading ends the answer


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table row written with `|`: their offsets in the line."""
    if line.count("|") + line.count("｜") < _TABLE_MIN_CELLS - 1:
        return []
    bounds = [-1, *(m.start() for m in _CELL_BAR.finditer(line)), len(line)]
    return [(a + 1, b) for a, b in itertools.pairwise(bounds) if line[a + 1 : b].strip()]


_OPENING_YEAR = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?:[\u4e00-\u9fff]{2,6}\s*[:：,，]\s*)?(?:[\u4e00-\u9fff]{1,5}[市县区旗])?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:在|是|截至|截止|到|至)?\s*(20\d\d)\s*年"
    r"(?![-—~至到]\s*20)(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# A sentence's first clause frames what follows when it is a time and little else: `今年一季度，`, `上半年，全县`,
# `2023年1-7月，` (not `企业去年首年投产即实现销售…`, whose 去年 is its own).
_TIME_EXPR = re.compile(
    r"[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间)|五年来|过去五年|过去的?一年|20\d\d\s*年度?|今年以来|今年|去年|上年|上半年|下半年|[一二三四]季度|前三季度|"
    rf"\d{{1,2}}\s*[-—~至到]\s*\d{{1,2}}\s*月份?|{MONTHS_SO_FAR}|\d{{1,2}}\s*月(?:底|末|份|中旬|上旬|下旬)?|截至|截止|以来|全年|年底|年初|一年来|目前"
)
# One of these stands in every match of `_TIME_EXPR`: a text without any is not searched.
_TIME_EXPR_CHARS = re.compile("[期年月季截来目]")
_FRAME_REST = 6


_SPEAKER = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:[\u4e00-\u9fff]{2,5}\s*[:：]\s*)?"
    # reported speech: `《市政府工作报告》指出，过去一年…`
    r"(?:(?:[\u4e00-\u9fff]{1,6}[，,]\s*)?[^，,。：:]{2,20}?(?:指出|表示|介绍|强调|显示|说|谈到)"
    # `访谈中,马振宇说过去一年,…`: no comma after the verb when a time follows it
    r"(?:\s*[，,：:]\s*|(?=过去|去年|今年|上年|近[一二三四五两几]?年|[一二三四五两几]年来|20\d\d\s*年|回顾|展望)))?"
)


# A speaker's words start after a colon or a verb of speech; a line with neither has only its list mark.
_SPEECH_HINT = re.compile(
    r":|：|指出|表示|介绍|强调|显示|说|谈到"
)  # (each word opens with a character: a fast scan)
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?")


# The source a bulletin's sentence opens with: `根据地区生产总值统一核算结果,2021年上半年,全县…` (county
# bulletins, m.hqbet6098.com 2021, m.guannadl.com 2023).
_SOURCE = re.compile(
    r"^\s*(?:根据|据|经)[^，,。；;]{2,30}?(?:结果|数据|统计|测算|核算|资料)(?:显示|表明)?\s*[，,]\s*"
)


@lru_cache(maxsize=64)  # a sentence's head is read several times: as a frame, a context, a review opening
def _unspoken(head: str) -> str:
    """The head without its list mark and speaker (`王晓峰:`, `《报告》指出,`, `马振宇说`)."""
    if "据" in head[:3] or "经" in head[:3]:
        head = _SOURCE.sub("", head, count=1)
    if _SPEECH_HINT.search(head, 0, _SPEECH_SCAN):
        return _SPEAKER.sub("", head, count=1)
    return head[_LIST_MARK.match(head).end() :]  # type: ignore[union-attr]  # (all optional: it always matches)


_SPEECH_SCAN = 40


def _is_frame(head: str) -> bool:
    """Whether a sentence opens with its time (`去年禅城…`, `今年一季度，高密市…`, `王晓峰:去年…`)."""
    if not _TIME_EXPR_CHARS.search(head):
        return False
    head = _unspoken(head)
    if _TIME_EXPR.match(head):
        return True
    first = _COMMA.split(head, maxsplit=1)[0]
    return bool(_TIME_EXPR.search(first)) and len(_TIME_EXPR.sub("", first).strip()) <= _FRAME_REST


_FRAMING_YEAR = re.compile(r"[:：]\s*(20\d\d)\s*年\s*[，,]")
_NUMERAL = re.compile(r"[0-9一二两三四五六七八九十百千万亿]")
_LIST_ITEM = re.compile(r"\s*(?:[-*•·]|[（(]?\d{1,2}[）)、.．])")


# A paragraph that says what the year it opens with was (`2019年,是我县…卓有成效的一年`, gaozipu.com 梨树 2019;
# `2019年是新中国成立70周年的大庆之年` gongwensou.com 新晃 2020).
_YEAR_WAS = re.compile(r"\s*(20\d\d)\s*年\s*[,，]?\s*(?:既|也)?是[^。；;]{0,60}?(?:一年|之年)")


def _year_reviewed(opening: str, doc_year: int) -> int | None:
    """The year a review part's paragraph says it is about, when it is the document's year or the one before."""
    m = _YEAR_WAS.match(opening) if "年" in opening else None
    return int(m.group(1)) if m and int(m.group(1)) in (doc_year - 1, doc_year) else None


def _opening_year(head: str) -> int | None:
    """`2018年，……`, `2021年是…`: the year a sentence opens with, which the sentences after it are about
    (not `2013年落户海安以来`: a start, not a frame)."""
    if "年" not in head:
        return None  # both patterns below need it
    m = _OPENING_YEAR.match(head)
    if m and "以来" not in _COMMA.split(head[m.end() :], maxsplit=1)[0]:
        return int(m.group(1))
    framed = _FRAMING_YEAR.findall(head)  # `…贾建刚说：2015年，面临…`
    return int(framed[-1]) if framed else None


def _context_of(
    head: str,
    year: int | None,
    doc_year: int | None,
    *,
    reporting: bool = False,
    results: bool = False,
    with_period: bool = True,
) -> Context:
    """Kind and period a sentence states before its first figure. In a passage that reports (`上半年，完成…`),
    `预计实现` is an estimated outcome: only words of intent make a sentence a target's. In a document of
    results (`results`), plan words still do, but the whole year alone (`全年完成投资430.9亿元`) does not."""
    kind = ""
    marked = without_purpose(head)
    if "计划" in marked:  # ... and no sentence's or paragraph's
        marked = _PLAN_NOUN.sub(lambda m: " " * len(m.group()), marked)
    if (
        _STRONG_ACTUAL.search(marked)
        or _DONE.search(head)
        or (_HEAD_ACTUAL_CHARS.search(head) and _HEAD_ACTUAL.search(head))
        or _OPENS_LOOKING_BACK.match(_unspoken(head))
    ):
        kind = ACTUAL
    # `全年引进项目51个` in a review is the year's outcome: only words that look ahead make it a target
    weak_target = _FUTURE if reporting or results else _WEAK_TARGET
    if (_INTENT if reporting else _INTENT_OR_PLAN).search(marked) or (
        not kind and weak_target.search(marked)
    ):
        kind = TARGET
    # (`with_period` False: the caller reads no period, and none is worked out); the time a sentence opens with
    # is its frame: a time named later in its head (`…完成了“十一五”确定的目标任务`) is not
    if not with_period:
        return Context(kind)
    frame = _COMMA.split(_unspoken(head), maxsplit=1)[0]
    return Context(kind, period_of(frame, year, doc_year) or period_of(head, year, doc_year) or "")


def _new_time(period: str | None, review: Context | None, doc: DocumentInfo) -> bool:
    """Whether a time framing a paragraph ends the review before it: another time, not one already over
    (`数据显示,2020年至2024年间,…` goes on with a review of the 十四五 years; `展望2024年` ends it)."""
    if review is None or period == review.period:
        return False
    return not (period and review.period and is_past(period, doc.year, doc.month))


# A sentence inside a review that turns to the year ahead: it names the present or the future, with intent.
_TURNS_AHEAD = re.compile(rf"今年(?!以来)|明年|{_AHEAD}")
_INTENT_OR_FUTURE = re.compile(f"{_INTENT.pattern}|{_FUTURE.pattern}|将")
# A look ahead that names no time: `下一步,苍南将…`, `今后,…` (not `今后五年`).
_OPEN_FUTURE = re.compile(
    r"(?:下一步|下步|接下来|下阶段|下一阶段|今后|未来)(?!\s*(?:[一二三四五两几\d]+|十几)\s*年)"
)


# A review of the whole past year, opening a paragraph: `过去一年，…`, `《…报告》指出，过去一年全市…`.
_PAST_YEAR_OPENING = re.compile(r"过去(?:的)?一年|一年来|(?:去年|上年(?!度))(?<![比较与于]..)")


# A paragraph that opens a look back at a named time (`回顾2023年,…`), or a lead that announces the
# achievements of one (`全面展示陇县“十四五”期间经济社会发展成就`).
_REVIEW_OPENING = re.compile(r"^(?:回顾|回首|盘点|总结|在?(?:刚刚)?过去的(?=\s*20\d\d\s*年))")
_ACHIEVEMENTS_SHOWN = re.compile(r"(?:展示|展现|盘点|回顾|总结)[^，,。；;]{0,20}?(?:成就|成绩|成果)")


def _review_opened(head: str, ctx: Context, doc_year: int | None, sentence: str = "") -> Context | None:
    """The context a paragraph opening with a review hands on to the paragraphs after it (the rest of the
    review, until a heading or a look ahead): achieved, of the time it names (`回顾2023年`), else of the
    year before the document's (`过去一年`)."""
    if doc_year is None:
        return None
    spoken = _unspoken(head)
    named = _REVIEW_OPENING.match(spoken) or _ACHIEVEMENTS_SHOWN.search(sentence or head)
    if named:
        period = period_of(named.string[named.start() :], doc_year) or ""
        if period and int(period[-4:]) <= doc_year:
            return Context(ACTUAL, period, int(period[-4:]))
    if _opening_year(head) == doc_year - 1:  # `2023年,是…开局之年。一年来,…` in a text of 2024
        return Context(ACTUAL, str(doc_year - 1), doc_year - 1)
    if ctx.kind != ACTUAL or ctx.period != str(doc_year - 1):
        return None
    if not _PAST_YEAR_OPENING.match(spoken):
        return None
    return Context(ACTUAL, ctx.period, doc_year - 1)


# A profile of a place (`眉县县情简介`, `…县概况`, or a text opening `歙县隶属于安徽省黄山市`) says what it is now.
_PROFILE_TITLE = re.compile(r"[县市区镇旗]情|概况|简介|基本情况")
_PROFILE_OPENING = re.compile(
    r"^\s*[\u4e00-\u9fff\[\]a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,16}?(?:隶属于?|地处|位于)"
)


def _is_profile(title: str) -> bool:
    return bool((len(title) <= _TITLE_SCAN and _PROFILE_TITLE.search(title)) or _PROFILE_OPENING.match(title))


def _document_kind(text: str) -> str:
    """Whether the document mostly reports achievements or sets targets, by the words that say so (the months of
    a year so far, `1-10月`, `前10个月`, report progress); a place's profile reports."""
    if _is_profile(document_title(text)):
        return ACTUAL
    actual = len(_STRONG_ACTUAL.findall(text)) + len(_DONE.findall(text)) + len(_SO_FAR.findall(text))
    if "计划" in text:  # a plan's amount (`年度投资计划17.68亿元`) is no intent of the text's
        text = _PLAN_NOUN.sub(lambda m: " " * len(m.group()), text)
    target = len(_INTENT_OR_PLAN.findall(text)) + len(_WEAK_TARGET.findall(text)) - purposes(text)
    return ACTUAL if actual > target else TARGET


# (`城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右`, nec-driver.com, a 海南 county's 2024 targets)
_BOTH = re.compile(r"城乡(?:常住)?居民|城镇\s*[、和及与]\s*(?:农村|乡村)(?:常住)?居民")


def _split_urban_rural(records: list[Record], sentence: str) -> list[Record]:
    """`城乡居民人均可支配收入分别增长a%、b%`: two figures for 城镇居民 and 农村居民, in that order; so are two
    figures of a bare `人均可支配收入` in a sentence about 城乡居民 (`城乡居民收入…，人均可支配收入分别达a元和b元`)."""
    about_both = bool(_BOTH.search(sentence))
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        if _BOTH.search(record.indicator) or (about_both and record.indicator.startswith(_PER_CAPITA)):
            groups.setdefault((record.indicator, record.unit), []).append(record)
    for group in groups.values():
        if len(group) == 2:
            for record, who in zip(group, ("城镇居民", "农村居民"), strict=True):
                both = _BOTH.search(record.indicator)
                if both:
                    resident = who.replace("居民", "常住居民") if "常住" in both.group() else who
                    record.indicator = _BOTH.sub(resident, record.indicator)
                else:
                    record.indicator = who + record.indicator
                record.canonical = canonical_of(record.indicator, record.unit)
    return records


_PER_CAPITA = ("人均可支配收入", "人均纯收入", "人均收入")


def _sentence_records(
    doc: DocumentInfo,
    norm: NormalizedText,
    entities: list[Entity],
    s_start: int,
    s_end: int,
    sections: list[Section],
    fallback: Context,
    found: list[Quantity],
    carried: str = "",
) -> Iterator[Record]:
    """The records of the sentence text[s_start:s_end], whose quantities are `found`."""
    text = norm.text
    subject = ""  # the last indicator named in this sentence, for phrases like `同比下降5.6%`
    last_named = ""  # that indicator in full (`地区生产总值增速`)
    subject_start = s_start
    last = ("", "", s_start)  # the last figure's indicator, unit and clause start, for lists
    # Quantities are found in the whole sentence (quotes around a slogan are context), then read per phrase.
    after_figures = {s_start + q.end for q in found}
    bare: list[str] = []  # phrases without figures since the last figure: earlier items of a `分别` list
    levels: list[str] = []  # the indicators whose levels the sentence has stated so far, in order
    spans = phrases(text, s_start, s_end, after_figures)
    for n, (p_start, p_end) in enumerate(spans):
        phrase = text[p_start:p_end]
        quantities = _in_phrase(found, p_start - s_start, p_end - s_start)
        if n + 1 < len(spans) and spans[n + 1][0] < p_end:
            # phrases that overlap (`314.5亿元、365亿元,预计年均增长24.5%`): a figure is read in the last one holding it
            quantities = [q for q in quantities if p_start + q.start < spans[n + 1][0]]
        if not quantities:  # a phrase without a figure makes no record and names no subject: a list item
            bare = [*bare, phrase]
            continue
        made: list[Record] = []
        kept = [
            q
            for i, q in enumerate(quantities)
            if _project_investment(phrase, q, quantities)
            or _group_investment(phrase, q, text[p_end:s_end])
            or (not is_qualifier(phrase, q, quantities[i + 1 :]) and not is_name_part(phrase, q))
        ]
        kept = [
            q
            for q in kept
            if not (q.unit == "个" and phrase.startswith("月", q.end))  # `持续6个月`
            and not _listed_threshold(text, s_start, p_start + q.start, p_start + q.end, q)
        ]
        named_here = ""
        named_count = False  # whether named_here is a count's
        for index, q in enumerate(kept):
            project = _project_investment(phrase, q, kept)
            if project:  # `引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目`: the project's own figure
                section = section_at(sections, p_start + q.start)
                record = _record(
                    doc, norm, section, fallback, s_start, p_start + q.start, p_start, p_end, "项目总投资", q
                )
                record.subject = project
                made.append(record)
                continue
            group = _group_investment(phrase, q, text[p_end:s_end])
            if group:  # `总投资34.02亿元的10个重点项目集中开工`: what those projects invest together
                section = section_at(sections, p_start + q.start)
                made.append(
                    _record(
                        doc, norm, section, fallback, s_start, p_start + q.start, p_start, p_end, group, q
                    )
                )
                continue
            before_start = kept[index - 1].end if index else 0
            progress = False
            if index and phrase[before_start : before_start + 2].lstrip()[:1] in "(（":
                # `地区生产总值760亿元(含港务区)、增长5.6%`: an aside after a figure is that figure's own
                aside = _FIGURE_ASIDE.match(phrase, before_start)
                before_start = aside.end() if aside else before_start
            between = phrase[before_start : q.start]
            clause_start = p_start
            if index and (
                _FROM_TO.fullmatch(between)
                or (  # `贫困人口由13677户49479人…` (陇县 2019): households and people of one thing
                    not between.strip() and is_count_unit(q.unit) and is_count_unit(kept[index - 1].unit)
                )
            ):  # `从1744亿元增加到2616亿元`: the same indicator
                indicator = named_here
            else:
                here = _subject_of(named_here) if named_here else subject  # `60天(占66.7%)`: this phrase's
                ranked = named_here or last_named  # a rank after a growth rate ranks the rate
                name = _indicator_name(phrase, before_start, q)
                name = _with_quoted_name(
                    name, phrase, before_start, q, text[s_start:p_start], text[p_end:s_end]
                )
                name = _rank_of_listed(name, phrase, kept, index, q)
                name = _rank_in_field(name, phrase, kept, index, q)
                if not here and name.startswith("增加值"):
                    here = carried  # `工业总产值达到21.78亿元…;增加值9.29亿元`
                indicator = _with_subject(name, here, q, ranked)
                indicator = _INDICATOR_ALIASES.get(indicator, indicator)
            if (
                q.unit == "%"
                and _AT_RATE.search(between)
                and len(indicator) <= 2
                and last_named.endswith("增速")
            ):
                # `全面完成7%增长目标,对内按8%分解任务`: the same goal, handed down at another rate
                handed = _HANDED_DOWN.match(phrase, q.end)
                indicator = f"{last_named}{handed.group(1)}目标" if handed else last_named
            if indicator and subject and _RATE_ONLY.fullmatch(indicator) and q.unit == "%":
                indicator = subject + indicator.replace("同口径", "").replace("同比", "")  # `同口径增长5.8%`
            if not indicator:
                if named_here:  # `…760亿元(含港务区)、增长5.6%`: the rate of what this phrase just named
                    indicator = _growth_name(_subject_of(named_here), between, q)
                else:
                    indicator = _growth_name(subject, between, q)
                    clause_start = subject_start if indicator else p_start
            if not indicator and q.unit == "名次" and (named_here or last_named):
                # `规上工业增加值增长19%，位列全市第1名`: the rank of the figure just named
                scope = _RANK_SCOPE_WORD.search(between)
                indicator = f"{named_here or last_named}{scope.group() if scope else ''}排名"
                clause_start = p_start
            if not indicator and last[1] == q.unit and _LIST_GAP.fullmatch(between):
                indicator, clause_start = last[0], last[2]  # `分别增长6%和7%`, `92356元、48217元`
            if not indicator and q.unit == "%" and "分别" in phrase and bare:
                # `禽蛋产量、水果和蔬菜增长较快,增速分别达9.1%、7.5%、5.5%`: the rates of the items listed before
                listed = _LISTED_GROWERS.fullmatch(_clean_name(bare[-1]))
                if listed and _JOINED.search(listed.group(1)):
                    indicator = f"{listed.group(1)}增速"
            if not indicator and subject and _level_of_subject(phrase[before_start : q.start], q, last[1]):
                indicator = subject  # `财政收入突破百亿元，2020年达到112.3亿元`: the subject's level
            if not indicator and q.unit == "%" and named_here and _OF_IT.fullmatch(between):
                goal = _BARE_TARGET_END.search(named_here)
                if goal:  # `完成市下达年度目标293亿元的81.4%`: the share of that target reached (achieved)
                    indicator = f"{named_here[: goal.start()]}完成{goal.group()}"
                    progress = True
            if not indicator and q.unit == "%" and not subject and _GROWTH_GOAL_AFTER.match(phrase, q.end):
                indicator = "经济增速"  # `全面完成7%增长目标`: an unnamed growth goal is the economy's
            if not indicator and subject and _NAMED_TARGET.match(phrase, q.start):
                # `城镇登记失业率控制在1.77%，稳定控制在2%的年度目标以内`: the target of the sentence's subject
                indicator = subject + ("年度目标" if "年度" in phrase[q.end :] else "目标")
            if not indicator:
                continue
            if is_peer_count(phrase, q) or is_base_value(phrase, q):
                continue  # `在全国217家国家级开发区综合考评中位列第13位`: the field ranked in, not a figure
            if not named_here or (named_count and q.unit != "%" and not is_count_unit(q.unit)):
                # `75家…龙头企业年销售收入18.4亿元,增长10.5%`: a rate after a count and an amount is the amount's
                named_here, named_count = indicator, is_count_unit(q.unit)
            last = (indicator, q.unit, clause_start)
            section = section_at(sections, p_start + q.start)
            record = _record(
                doc, norm, section, fallback, s_start, p_start + q.start, clause_start, p_end, indicator, q
            )
            if progress:
                record.kind = ACTUAL
            if (
                is_county_fact(record.indicator, record.unit)
                or is_not_a_figure(phrase, q, record.indicator)
                or is_incidental(text[s_start:s_end], phrase, q)
            ):
                continue  # `总面积863平方公里`, `总人口33万人`: what the place is, not a figure of its work
            if is_count_unit(q.unit) and acted_on(phrase[before_start : q.start]):
                record.subject, record.kind = record.indicator, ACTUAL  # a stock the place acts on
            else:
                record.subject = subject_of(
                    entities,
                    p_start,
                    text[s_start : p_start + q.start],
                    phrase[: q.start],
                    counted=is_count_unit(q.unit),
                )
                if record.subject:
                    own = record.indicator.removeprefix(record.subject)  # the subject is named on its own
                    record.indicator = _clean_name(_without_reference(own)) or record.indicator
            made.append(record)
        yield from _spread_rates(_listed_items(phrase, made, bare), phrase, levels)
        bare = [] if quantities else [*bare, phrase]
        if named_here:
            if not (
                (_AVERAGE_RATE.search(named_here) or named_here.startswith("占")) and last_named
            ):  # `两年平均增长14.8%`, `占全市…的比重为69.3%` (岱山 2025) are asides on the subject
                subject, subject_start, last_named = _subject_of(named_here), p_start, named_here
            levels.extend(_subject_of(r.indicator) for r in made if r.unit != "%")


_PROJECT_INVESTMENT = re.compile(
    r"\s*的\s*([\u4e00-\u9fffA-Za-z0-9]{2,30}?(?:项目|工程|电站|基地|工厂))"
    r"(?:\s*$|(?=为|作为|正式|顺利|开工|投产|建成|落地|签约|竣工))"  # `…的棉纺项目为龙头`
)


def _project_investment(phrase: str, q: Quantity, quantities: list[Quantity] | None = None) -> str:
    """The one project an attributive investment describes (`总投资21.18亿元的宁德时代新型锂盐研发生产项目`,
    `投资2.7亿元的棉纺项目`), or that it builds (`投资3000万元建设南美白对虾工厂化循环水养殖基地`), or the
    item of a list of projects, each with its investment (`总投资108亿元的远景零碳产业园、53.2亿元的安丰玻璃深加工、
    50亿元的新桥万洋众创城等重大项目`); '' otherwise (also for a group: `总投资超50亿元的桐昆三期…等项目`)."""
    if q.unit not in ("亿元", "万元"):
        return ""
    listed = _listed_investment(phrase, q, quantities or [])
    if listed:
        return listed
    if phrase.find("投资", 0, q.start) < 0 or not _INVESTMENT_BEFORE.search(phrase, 0, q.start):
        return ""  # (`投资` looked for first: most phrases invest nothing)
    built = _BUILT_PROJECT.match(phrase, q.end)
    if built and not _PROJECT_GROUP.search(built.group(1)):
        return built.group(1)
    m = _PROJECT_INVESTMENT.match(phrase, q.end)
    if not m or _PROJECT_GROUP.search(m.group(1)) or _group_investment(phrase, q):
        return ""
    return m.group(1)


_INVESTMENT_BEFORE = re.compile(r"(?:总|意向)?投资(?:额)?\s*(?:超过?|约|近|达)?\s*$")
_BUILT_PROJECT = re.compile(
    r"\s*(?:建设|新建|建成|打造)\s*([\u4e00-\u9fffA-Za-z]{2,30}?(?:项目|工程|电站|基地|工厂|产业园|园区|中心))\s*$"
)
_LISTED_ITEM = re.compile(r"\s*的\s*([\u4e00-\u9fffA-Za-z]{2,16}?)\s*(?=、|等)")
_LIST_END = re.compile(r"等[\u4e00-\u9fff]{0,6}项目")


def _listed_investment(phrase: str, q: Quantity, quantities: list[Quantity]) -> str:
    items = [(other, _LISTED_ITEM.match(phrase, other.end)) for other in quantities]
    if sum(1 for _, m in items if m) < _LIST_MIN or not _LIST_END.search(phrase, q.end):
        return ""
    first = next((other for other, m in items if m), None)
    if first is None or not _INVESTMENT_BEFORE.search(phrase, 0, first.start):
        return ""
    own = next((m for other, m in items if other.start == q.start), None)
    if own is None or (q.start != first.start and not phrase[: q.start].rstrip().endswith("、")):
        return ""
    return own.group(1)


_LIST_MIN = 2


_OPENING_QUOTE_MARKS = '“"「'
_QUOTE_MARKS = re.compile(r"[“”\"「」]")
_INVESTED = re.compile(r"(总投资|意向投资|计划投资|投资总额|投资)(?:额)?\s*(?:超过?|约|近|达)?\s*$")
_INVESTING_GROUP = re.compile(
    r"\s*的\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|条|家|项|座|批)\s*"
    r"([\u4e00-\u9fffA-Za-z0-9]{0,16}?(?:项目|工程|生产线|企业|工厂|电站)(?:项目)?)"
)


def _group_investment(phrase: str, q: Quantity, ahead: str = "") -> str:
    """The indicator of an investment that a counted group of projects or firms makes together
    (`总投资34.02亿元的10个重点项目` → `重点项目总投资`, `意向投资1.2亿元的4条陶瓷生产线项目`), or ''."""
    if q.unit not in ("亿元", "万元"):
        return ""
    before = phrase[: q.start]
    invested = _INVESTED.search(before) if "投资" in before else None  # most phrases invest nothing
    group = invested and _INVESTING_GROUP.match(phrase, q.end)
    if invested and not group and ahead[:1] in _OPENING_QUOTE_MARKS:
        # `总投资210亿元的75个“两重一实”项目`: the group's kind stands in quotes, a phrase of its own
        group = _INVESTING_GROUP.match(phrase[q.end :] + _QUOTE_MARKS.sub("", ahead))
    if not group:
        return ""
    return group.group(1) + invested.group(1)


def _listed_items(phrase: str, made: list[Record], bare: list[str]) -> list[Record]:
    """`信息传输、计算机服务和软件业，批发和零售业分别同比增长6.4%和15.7%`: the items of a `分别` list stand in
    the phrases before it, one per figure, in order."""
    k = len(made)
    if k < 2 or "分别" not in phrase or len(bare) < k - 1 or len({(r.indicator, r.unit) for r in made}) > 1:
        return made
    items = bare[-(k - 1) :]
    if any(len(item) > _LIST_ITEM_MAX or _DIGIT.search(item) or _CLAUSE_VERB.search(item) for item in items):
        return made
    own = _clean_name(phrase[: phrase.index("分别")])
    if not own or not made[0].indicator.startswith(own):
        return made
    if any(_VIEWPOINT.fullmatch(_clean_name(item)) for item in items):
        return made  # `从新兴产业看,…`: how the figures are grouped, not an item
    suffix = made[0].indicator[len(own) :]
    for record, item in zip(made, [*(_clean_name(i) for i in items), own], strict=True):
        if item:
            record.indicator = item + suffix
            record.canonical = canonical_of(record.indicator, record.unit)
    return made


_LIST_ITEM_MAX = 20
_VIEWPOINT = re.compile(r"(?:从|分|按)[\u4e00-\u9fff]{1,10}(?:看|分|来看)")
# A phrase with a verb of its own is a clause (`城乡居民收入实现跨越式增长`), not an item of a list.
_CLAUSE_VERB = re.compile(r"实现|达到|完成|突破|保持|取得|跨越|增长")
# Names joined into one before `分别`: `农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元`.
_JOINED = re.compile(r"和|与|及|以及|、")
_VARIANT_END = re.compile(r"(?:增速|占比|比重|排名)$")
_LISTED_GROWERS = re.compile(r"(.{4,30}?)(?:均|都)?(?:增长|增势|增速)[\u4e00-\u9fff]{0,4}")


def _split_joined(records: list[Record], sentence: str) -> list[Record]:
    """`A和B分别达到a和b`, `开工率、投产率、达效率分别达100%、78%、100%` (also `…分别增长x%和y%` after it): one
    record per joined name, in order."""
    if len(records) < 2 or "分别" not in sentence:
        return records
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        groups.setdefault((record.indicator, record.unit), []).append(record)
    for (name, _unit), group in groups.items():
        k = len(group)
        if k < 2 or _BOTH.search(name):
            continue  # `城乡居民…`: 城镇居民 and 农村居民 (_split_urban_rural)
        variant = _VARIANT_END.search(name)
        stem, suffix = (name[: variant.start()], variant.group()) if variant else (name, "")
        parts = _JOINED.split(stem)
        if len(parts) != k or any(len(part) < 2 for part in parts):
            continue
        shared = _shared_tail(parts)
        ending = [t.start for t in find_terms(parts[-1]) if t.end == len(parts[-1]) and t.start > 0]
        if shared:  # `城镇居民和农村居民人均可支配收入分别增长8.2%和12.5%` (慈利 2018)
            parts = [part + shared for part in parts[:-1]] + [parts[-1]]
        elif ending and not any(find_terms(part) for part in parts[:-1]):
            # `高新技术和数字经济规上工业增加值分别增长6.9%和16.3%` (岱山 2025): the last item's indicator is all's
            parts = [part + parts[-1][min(ending) :] for part in parts[:-1]] + [parts[-1]]
        for record, part in zip(group, parts, strict=True):
            record.indicator = part + suffix
            record.canonical = canonical_of(record.indicator, record.unit)
    return records


def _verb_after_fen_bie(records: list[Record], sentence: str) -> list[Record]:
    """`纺织鞋服、健康食品产业分别实现总产值64亿元、85亿元` (qingsongxiezuo.com 2023): the noun after `分别` is
    every listed item's."""
    for i, record in enumerate(records):
        if "分别" not in record.indicator:
            continue
        item, noun = record.indicator.split("分别", 1)
        if not item or len(noun) < 2:
            continue
        record.indicator = item + noun
        record.canonical = canonical_of(record.indicator, record.unit)
        for earlier in records[:i]:
            if earlier.unit == record.unit and f"{earlier.indicator}、{item}分别" in sentence:
                earlier.indicator += noun
                earlier.canonical = canonical_of(earlier.indicator, earlier.unit)
        parts = item.split("、")
        if len(parts) < 2 or not all(parts):
            continue
        # `生猪、牛、羊、家禽分别出栏…,分别增长81.8%、3.3%、5.2%、27.9%` (2021 H1 bulletin): one figure per item
        groups: dict[str, list[Record]] = {}
        for other in records:
            if other.indicator.startswith(item + noun):
                groups.setdefault(other.indicator, []).append(other)
        for name, group in groups.items():
            if len(group) == len(parts):
                for other, part in zip(group, parts, strict=True):
                    other.indicator = part + name[len(item) :]
                    other.canonical = canonical_of(other.indicator, other.unit)
    return records


def _shared_tail(parts: list[str]) -> str:
    """What the last item adds after the word every item ends with: `城镇居民`, `农村居民人均可支配收入` →
    `人均可支配收入`; '' when the items do not end alike."""
    last = parts[-1]
    for size in (3, 2):
        word = parts[0][-size:]
        at = last.find(word, 1)
        if (
            len(parts[0]) > size
            and all(part.endswith(word) for part in parts[:-1])
            and at > 0
            and len(last) - at - size >= 2
        ):
            return last[at + size :]
    return ""


def _without_reference(name: str) -> str:
    """`企业去年首年投产即销售` about 中天钢铁 → `销售`: the words that point back at the subject go."""
    name = _REFERENCE.sub("", name)
    return name.rsplit("即", 1)[-1] or name


def _in_phrase(found: list[Quantity], start: int, end: int) -> list[Quantity]:
    """The sentence's quantities whose number lies in [start, end), with offsets relative to the phrase."""
    return [
        Quantity(
            max(q.start - start, 0),
            min(q.end, end) - start,
            q.value,
            q.unit,
            q.cmp,
            q.number_start - start,
            min(q.number_end, end) - start,
        )
        for q in found
        if start <= q.number_start < end
    ]


def _record(
    doc: DocumentInfo,
    norm: NormalizedText,
    section: Section,
    fallback: Context,
    s_start: int,
    q_start: int,
    clause_start: int,
    clause_end: int,
    indicator: str,
    q: Quantity,
) -> Record:
    text = norm.text
    before = text[s_start:q_start]
    after = text[q_start : _sentence_end(text, q_start)]
    base_year = fallback.year or doc.year
    own = period_of(before, base_year, doc.year)
    period = own or fallback.period or (str(base_year) if base_year else "")
    past = is_past(period, doc.year, doc.month) and not fallback.firm
    # a text written before its year ended: dated before December, or in a passage of a part of the year
    early = False
    if "预计" in before:  # only a forecast asks (`预计全年…`)
        month = doc.month or _dateline_month(text)
        early = bool(month and month < 12) or bool(_PART_OF_YEAR.fullmatch(fallback.period))
    kind = _kind(before, after, fallback.kind, q, past=past, early=early)
    # (the `。` is looked for only after the line's start: a text may have none for long)
    line = text.rfind("\n", 0, s_start) + 1
    opened = text[max(text.rfind("。", line, s_start) + 1, line) : s_start]
    period = _span_or_end(period, own, fallback.period, before, doc.year, opened)
    period = _year_of_item(opened + before, after) or period
    if kind == TARGET and own is None and fallback.kind != TARGET and _WILL_REACH.search(before):
        period = ""  # `装机容量将达1.6吉瓦` in a piece of news: some day ahead, no year the text names
    if kind == TARGET and not own and _PART_OF_YEAR.fullmatch(period):
        period = period[
            :4
        ]  # `今年一季度，…。高密计划实施…`: a target is the year's unless it names its own part
    if (
        kind == ACTUAL
        and period == str(doc.year)
        and _is_mid_year(doc)
        and not _TIME_WORD.search(before)
        and not _YEAR_SPAN.fullmatch(fallback.period)  # a status at the end of a reviewed span is the year's
        and not _PROGRAMME_STOCK.search(_CLAUSE_STOP.split(before)[-1])  # so is a programme's size
    ):
        # an achievement stated without a time in a mid-year text is the first half's (of a July report)
        period = fallback.period or (f"{doc.year}H1" if doc.month in (7, 8) else period)
    if period == UNDATED:
        period = ""
    elif (
        kind == ACTUAL
        and fallback.part
        and period == fallback.part[:4]
        and not _TIME_WORD.search(mask_comparisons(before))
    ):
        period = fallback.part  # an achievement with no time of its own in a report of a part of the year
    deadline = _deadline(text[clause_start:q_start], before, kind)
    orig_start, orig_end = norm.to_original(clause_start, clause_end)
    value, unit = _in_yi(q)
    for _ in range(
        2
    ):  # `顺德将确保…`, `2021年南海研发投入强度`: once the place goes, filler before it goes too
        stripped = _without_place(indicator, section.region)
        if stripped == indicator:
            break
        indicator = _clean_name(stripped) or stripped
    return Record(
        doc=doc.id,
        region=section.region,
        indicator=indicator,
        value=value,
        unit=unit,
        cmp=q.cmp,
        kind=kind,
        period=period,
        deadline=deadline,
        text=text[clause_start:clause_end],
        canonical=canonical_of(indicator, unit),
        start=orig_start,
        end=orig_end,
        city=section.city,
    )


# A news dateline that gives the day but not the year: `8月17日,笔者从贞丰县统计局获悉,…`.
_DATELINE_MONTH = re.compile(r"\s*(?:[^，,。\n]{0,24}?[讯电])?\s*(\d{1,2})\s*月\s*\d{1,2}\s*日")


def _dateline_month(text: str) -> int | None:
    """The month of a dateline opening the text, when the document's date is not known."""
    m = _DATELINE_MONTH.match(text, 0, _DATELINE_SCAN)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


_DATELINE_SCAN = 60


def _without_place(indicator: str, region: str) -> str:
    """`浏阳地区生产总值增速` under 浏阳市 is `地区生产总值增速`: the record already names its place; so is
    `浏阳经开区(高新区)完成规模工业总产值` under the zone."""
    for name in (region, region[:-1] if len(region) > 2 else ""):
        if name and indicator.startswith(name) and len(indicator) > len(name) + 1:
            return indicator[len(name) :]
    inside = indicator.find(region, 1) if len(region) > 2 else -1
    if inside > 0 and len(indicator) > inside + len(region) + 1:
        # `百强榜发布广饶县位列全国排名` (a title): what stands before the place's full name is another clause
        return indicator[inside + len(region) :]
    if not region.endswith(_ZONE_KINDS):
        return indicator  # (the common case, seen before the patterns below are tried)
    zone = _ZONE_NAME.match(indicator) or _BARE_ZONE.match(indicator)  # also `经开区新增注册企业`
    if zone and len(indicator) > zone.end() + 1:
        return _clean_name(indicator[zone.end() :]) or indicator
    return indicator


_BARE_ZONE = re.compile(r"(?:[该全本][县市区])?(?:经开区|高新区|开发区|园区|示范区|新区)")


_ZONE_KINDS = ("开发区", "园区", "新区", "示范区", "保税区")
_ZONE_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:经济技术开发区|高新技术产业开发区|经济开发区|综合保税区|高新区|经开区|开发区|综保区|"
    r"工业园区|开发园区|示范区|新区)(?:[（(][^)）]{1,8}[)）])?"
)


_FLOW = re.compile(
    r"年均|累计|新增|净增|五年|期间|共计|合计|总计|引进|招引|新建|建成|实施|培育|提前|完成投资"
)
_AVERAGE_BASE = re.compile(
    r"(?:较|比|相比|与)\s*(?:(20\d\d)\s*年(?:末|底)?|[“\"]?(十[一二三四五六])五[”\"]?\s*(?:期末|末))"
)
# The size of a year's programme (`在建项目185项`, `省重点项目2个,总投资20亿元`), not what its first half did
# (`新开工项目32个` is).
_PROGRAMME_STOCK = re.compile(
    r"(?<!开工)(?<!签约)(?<!竣工)(?<!投产)项目\s*(?:共|有)?\s*$|(?:总投资|概算投资)\s*(?:超过?|约|近|达)?\s*$"
)
_WILL_REACH = re.compile(r"将\s*(?:达到?|突破|超过|实现)?\s*$")
# A sentence framed by the plan's years (`五年间,…`, `“十四五”期间,…`): its figures are flows over them.
_SPAN_FRAME = re.compile(r"\s*[^，,。；;]{0,10}?(?:五年间|五年来|过去五年|期间|时期)\s*[，,]")
_FROM_YEAR_TO_YEAR = re.compile(r"[从由]\s*(20\d\d)\s*年.*?(?:到|至)\s*(20\d\d)\s*年")


def _year_of_item(before: str, after: str) -> str | None:
    """`2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元`: one figure a year, in order, when the
    list is as long as the span."""
    if "分别" not in before:
        return None
    spans = list(_SPAN_YEARS.finditer(before))
    listed = before.rfind("分别")
    if not spans or listed < spans[-1].end():
        return None
    first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
    ahead = len(_LIST_FIGURE.findall(before[listed:]))
    count = ahead + len(_LIST_FIGURE.findall(_ITEMS_END.split(after, maxsplit=1)[0]))
    return str(first + ahead) if count == last - first + 1 > 1 else None


_SPAN_YEARS = re.compile(r"((?:19|20)\d\d)\s*年?\s*[-—~至到]\s*((?:19|20)\d\d)\s*年")
_LIST_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_ITEMS_END = re.compile(r"[，,;；。]")


def _span_or_end(
    period: str, own: str | None, context: str, before: str, doc_year: int | None, opened: str = ""
) -> str:
    """A five-year span names the period of a flow over the whole plan (`年均增长`, `累计`, `新增`); a level
    reached in such a passage (`上市公司总数达到50家`) is the span's last year, or the document's while the plan
    is still running."""
    clause = _CLAUSE_STOP.split(before)[-1]
    if (
        own is None
        and _YEAR_SPAN.fullmatch(period)
        and not _FLOW.search(clause)
        and not _SPAN_FRAME.match(opened + before)  # (`opened`: the sentence's clauses before `before`'s)
    ):
        if doc_year and int(period[-4:]) > doc_year:
            return str(doc_year)  # a level in a passage about a plan still running is the document's year's
        return period[-4:]
    if "年均" in clause:
        between = _FROM_YEAR_TO_YEAR.search(before)
        if between:  # `由2015年的…增加到2020年的…`: five years of growth after the base year, 2016-2020
            first, last = int(between.group(1)), int(between.group(2))
            return f"{first + 1 if last - first == 5 else first}-{last}"
        base = next(reversed(list(_AVERAGE_BASE.finditer(before))), None) if "年均" in clause else None
        last = int(period[-4:]) if period[-4:].isdigit() else None
        if base and last:  # `截至2024年底,…较“十三五”末年均增长4%`: the years after the base, 2021-2024
            first = int(base.group(1)) if base.group(1) else five_year_start(base.group(2)) + 4
            if first < last:
                return f"{first + 1}-{last}"
        if own and _YEAR_SPAN.fullmatch(context) and context.endswith(own):
            return context
        spans = list(_SPAN_YEARS.finditer(opened)) if own is None else []
        if spans:  # `2016年至2018年,分别完成…;…,预计年均增长27.9%`: the span the sentence opened with
            return f"{spans[-1].group(1)}-{spans[-1].group(2)}"
        if own and _YEAR_ONLY.fullmatch(own) and doc_year and int(own) > doc_year:
            # `到2020年，…年均增长8%` in a plan of 2016: the average over the plan's years
            return f"{max(doc_year, int(own) - 4)}-{own}"
    return period


def _in_yi(q: Quantity) -> tuple[Value, str]:
    """Value and unit as stored: a range as a list, and `1.2万亿元` as 12000 亿元 (亿 is the unit of account)."""
    value = list(q.value) if isinstance(q.value, tuple) else q.value
    if not q.unit.startswith("万亿"):
        return value, q.unit
    scaled = [_tidy(v * 10000) for v in value] if isinstance(value, list) else _tidy(value * 10000)
    return scaled, "亿" + q.unit[2:]


def _tidy(number: float) -> float | int:
    number = round(number, 6)
    return int(number) if float(number).is_integer() else number


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_STOP.search(text, pos)
    return m.start() if m else len(text)


def _is_mid_year(doc: DocumentInfo) -> bool:
    return doc.month is not None and 7 <= doc.month <= 9


# A verb after the thing counted ends its name: `8000多家建档立卡贫困户开展人员…`.
_COUNTED_END = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:开展|实行|实施|进行|落实|给予|提供|组建|实现|推进|累计|完成投资|总投资"
    r"|进展顺利|(?:全面)?加快|集中(?:开工|签约|竣工|开复工)|已(?:开|复|竣|建|签|投)|之后|扎实推进|顺利推进|正在)"
)  # ... and so does what the counted things did: `83个重点项目累计完成投资200.64亿元`, `58个重点项目进展顺利`


def _counted_text(phrase: str, q: Quantity) -> str:
    """The words after a figure up to what ends the thing counted (read only where needed: a count, an area)."""
    counted = _COUNTED_END.split(phrase[q.end :].split("、")[0], maxsplit=1)[0]
    if _LEADING_FIGURE.match(counted):  # `由13677户49479人减至…` (陇县 2019): two counts of one thing
        return ""
    figure = _NEXT_FIGURE.search(counted) if _TRAILING_FIGURE.search(counted) else None
    if (
        figure
    ):  # `75家县级以上农业龙头企业年销售收入18.4亿元` (闽清 2018): the next figure's name is not counted
        whole = _COUNTED_UNIT.match(counted, 0, figure.start())
        counted = whole.group(1) if whole else counted[: figure.start()]
        if _FROM_TO.fullmatch(counted):  # `由13677户49479人减至887户1472人`: a change, nothing counted
            counted = ""
    if "中" in counted and _AMONG_LIST.search(phrase, q.end):
        counted = _AMONG.split(counted, maxsplit=1)[
            0
        ]  # `22个重大产业项目中现代农业物流园、嘉钢精密等14个项目`
    return counted


_NEXT_FIGURE = re.compile(r"\d")
_LEADING_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?![万亿元])[\u4e00-\u9fff](?!以上|以下)")
# A figure of its own that ends the words after a count (not `5G基站`, `10亿元以上重特大项目`, `和7家`).
_TRAILING_FIGURE = re.compile(
    r"^[^和与及或、\d]{2}.*?(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{1,2}$"
)
# The firms, projects or bodies counted, before the name of a figure they reach (`…企业完成消费品零售额`).
_COUNTED_UNIT = re.compile(
    r"(.{2,}?(?:企业|项目|单位|合作社|农场|基地|商户|个体户|工程|学校|医院|园区))"
    r"(?:年|全年|共|累计)?(?:完成|实现|累计)?[\u4e00-\u9fff]{1,12}$"
)
_AMONG = re.compile(r"(?<=[\u4e00-\u9fff]{2})中(?=[\u4e00-\u9fff])")
_AMONG_LIST = re.compile(r"中[^，,。；;]{1,40}、[^，,。；;]{1,40}等")


def _indicator_name(phrase: str, before_start: int, q: Quantity) -> str:
    """What the figure measures: for a count, the thing counted after it (`推进40个老旧小区改造`),
    else the words before it, stripped of verbs, time words and filler (`确保全年GDP增长6.5%` → GDP增速)."""
    counted = _clean_name(_counted_text(phrase, q), _COUNTED_FILLER) if is_count_unit(q.unit) else ""
    if counted and not _GROWTH_VERB.match(counted) and not _NOT_COUNTED.match(counted):
        return counted
    before = phrase[before_start : q.start]
    if "," in before or "，" in before:  # a name never spans a comma (`…365亿元,预计年均增长24.5%`)
        before = re.split("[,，]", before)[-1]
    if "前" in before:  # every deadline ends with it
        before = _DEADLINE.sub("", before)
    name = _clean_name(before)
    if not name and not is_count_unit(q.unit):
        after = _OF_NAME.match(phrase, q.end)  # `达到1000亿元的工业开票销售收入`: the name stands after
        if after and not _NOT_AN_INDICATOR.match(after.group(1)):
            return _clean_name(after.group(1))
    if not name and q.unit in _AREA_UNITS and _ACTED_ON_AREA.search(before):
        # `对10万亩玉米增施钾肥`: the area of what is done after it
        acted = _clean_name(_counted_text(phrase, q), _COUNTED_FILLER)
        return f"{acted}面积" if acted and not _GROWTH_VERB.match(acted) else ""
    if _TO_END.search(before):  # `城镇化率提高到65.3%` states a level, not a growth rate
        name = _GROWTH_VERB.sub("", name) or name
        name = _SHORT_TO_VERB.sub("", name) or name  # `贫困发生率降至1%` (gongwensou.com 陇县 2019)
    elif _GROWTH_VERB.search(name) and q.unit in ("%", "个百分点"):
        stem = _GROWTH_VERB.sub("", name)
        if stem and q.unit == "%":  # (`5千万以下固定资产投资增速同比下降43.5%` names that rate already)
            cleaned = _clean_name(stem)
            name = cleaned if cleaned.endswith(("增速", "增幅", "增长率")) else f"{cleaned}增速"
    if not name or (
        _GROWTH_VERB.fullmatch(name) and (q.unit in ("%", "个百分点") or not _COMPARISON.match(name))
    ):
        return ""  # `增长6%` names nothing; `比去年增加2284吨` is a change of the sentence's subject
    if q.unit == "%" and _RATE_AFTER.match(phrase, q.end) and not _RATE_NAME_END.search(name):
        name = f"{name}增速"  # `均保持15%以上的增长率`
    if q.unit == "%" and (name.endswith("占") or _SHARE_OF_WHOLE.search(name)):
        name = f"{name}比" if name.endswith("占") else f"{name}比重"  # `制造业增加值占90.6%` is a share
    if q.unit == "名次" and not _RANK_WORD.search(name):
        name = f"{name}排名"
    return name


# A name in quotes is a phrase of its own: `总投资210亿元的75个“两重一实”项目` (heb-chengxin.com, 2020),
# `其中“双竞赛”项目13个` (cdtywh.com 献县 2021).
_QUOTED_AHEAD = re.compile(
    r"\s*[“\"「]([^”\"」，,。；;]{1,12})[”\"」]\s*([\u4e00-\u9fff]{1,16}?)(?=\s*中?(?:$|[，,。；;、]|扎实|稳步|顺利|全面|已|正在|集中))"
)
_QUOTED_BEHIND = re.compile(r"[“\"「]([^”\"」，,。；;]{1,12})[”\"」]\s*$")
_GENERIC_COUNTED = re.compile(r"(?:项目|工程|行动|活动)")


def _with_quoted_name(name: str, phrase: str, before_start: int, q: Quantity, behind: str, ahead: str) -> str:
    if not is_count_unit(q.unit):
        return name
    if (
        not name and not phrase[q.end :].strip()
    ):  # the count ends its phrase: the quoted thing counted follows
        m = _QUOTED_AHEAD.match(ahead)
        return f"“{m.group(1)}”{m.group(2)}" if m else name  # the quotes stay, as the text writes the name
    if _GENERIC_COUNTED.fullmatch(name) and not before_start and phrase.startswith(name):
        m = _QUOTED_BEHIND.search(behind)  # `“双竞赛”项目13个`: the quotes name which projects
        return f"“{m.group(1)}”{name}" if m else name
    return name


# `工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一` (szb.jinrifangxian.com 房县 2018): the rank is of the
# indicators listed before their count.
_INDICATOR_COUNT_AFTER = re.compile(r"\s*(?:项|个)?\s*(?:主要)?(?:经济)?指标")


def _rank_of_listed(name: str, phrase: str, kept: list[Quantity], index: int, q: Quantity) -> str:
    if q.unit != "名次" or not index or not name.startswith("指标"):
        return name
    count = kept[index - 1]
    if not is_count_unit(count.unit) or not _INDICATOR_COUNT_AFTER.match(phrase, count.end):
        return name
    listed = _clean_name(phrase[kept[index - 2].end if index > 1 else 0 : count.start])
    return f"{listed}{name.removeprefix('指标')}" if listed else name


# `总量在全省91个县(市)中继续排名第一` (qiantufanwen.com 泽州 2023): the rank of what stands before the field.
_FIELD_TO_RANK = re.compile(
    r"\s*(?:[（(][^()（）]{1,6}[)）])?\s*中\s*(?:继续|仍|再次|稳居|始终)?\s*(?:排名|位列|位居|排|居)?\s*$"
)
_SCOPE_END = re.compile(r"在?\s*(全国|全省|全市|全区)\s*$")


def _rank_in_field(name: str, phrase: str, kept: list[Quantity], index: int, q: Quantity) -> str:
    if q.unit != "名次" or not index:
        return name
    field = kept[index - 1]
    if not is_peer_count(phrase, field) or not _FIELD_TO_RANK.fullmatch(
        _COUNTED_TAIL.sub("", phrase[field.end : q.start])
    ):
        return name
    before = phrase[kept[index - 2].end if index > 1 else 0 : field.start]
    scope = _SCOPE_END.search(before)
    own = _clean_name(before[: scope.start()] if scope else before)
    return f"{own}{scope.group(1) if scope else ''}排名" if own else name


_COUNTED_TAIL = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?=[（(]|中)")


_OF_NAME = re.compile(r"\s*的\s*([\u4e00-\u9fffA-Za-z]{2,16})\s*$")
_NOT_AN_INDICATOR = re.compile(
    r"基础|目标|任务|水平|规模|幅度|速度|成绩|好成绩|历史|新高|大关|台阶|增长|年度|项目|企业"
)
_RATE_AFTER = re.compile(r"\s*的?\s*(?:增长率|增速|增幅)")
_RATE_NAME_END = re.compile(r"(?:增速|增幅|增长率|率|比重|占比)$")
_AREA_UNITS = frozenset(("亩", "万亩", "公顷", "万公顷"))
_ACTED_ON_AREA = re.compile(r"(?:对|在|为|完成|实施|推广|落实)\s*$")


# A news dateline before the first words: `株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂)`.
_DATELINE = re.compile(r"^[^，。]{0,12}?(?:讯|电)\s*[（(][^)）]{0,40}[)）]")
# Asides inside a name: `地区生产总值同比(下同)增长`, `规上工业增加值（初步核算）`, an abbreviation
# (`地区生产总值(GDP)`, https://71584.cn/… 湖南 county statistics).
_ASIDE = re.compile(
    r"[（(](?:下同|初步核算|预计|快报|现价|不变价|[A-Za-z&]{2,8})[)）]|(?:同比|可比)(?=[（(]|增长|下降|增幅)"
)


@lru_cache(
    maxsize=4096
)  # pure; a name's words recur (in the real documents, nearly half the calls repeat one)
def _clean_name(raw: str, lead_filler: re.Pattern[str] = _LEAD_FILLER) -> str:
    name = _DATELINE.sub("", _SPACES.sub("", raw))
    if "比" in name or "(" in name or "（" in name:  # every aside holds one
        name = _ASIDE.sub("", name)
    name = _FROM.sub("", _INNER_VERB.sub("", name))
    for _ in range(3):
        stripped = _without_tail_filler(lead_filler.sub("", name))
        if stripped == name:
            break  # nothing more to strip: another round would change nothing
        name = stripped
    name = name.strip("()（）《》【】[]<>“”\"'·-—*")
    if len(name) > _INDICATOR_MAX:
        name = name[-_INDICATOR_MAX:]
    return name if _WORD_CHAR.search(name) else ""


def _without_tail_filler(name: str) -> str:
    """`_TAIL_FILLER.sub("", name)`, the pattern tried only where the run of its characters ending the name starts."""
    start = len(name)
    while start and (name[start - 1] in _TAIL_FILLER_CHARS or name[start - 1].isspace()):
        start -= 1
    if start == len(name):
        return name
    m = _TAIL_FILLER.search(name, start)
    return name if m is None else name[: m.start()] + name[m.end() :]


_LEVEL_ONLY = re.compile(r"\s*(?:20\d\d\s*年(?:底|末)?|年底|年末)\s*(?:达到|达|为|实现|完成|突破|超过)?\s*")
_LEVEL_VERB_ONLY = re.compile(r"\s*(?:达到|达|为|实现|完成)?\s*")  # the verb may stand in the figure


def _level_of_subject(between: str, q: Quantity, last_unit: str) -> bool:
    """Whether an unnamed figure states the level of the sentence's subject: after a time (`2020年达到112.3亿元`),
    or after a verb alone when it is money like the subject's figure (`财政总收入突破亿元大关,实现11338万元`)."""
    if _LEVEL_ONLY.fullmatch(between):
        return True
    return bool(_LEVEL_VERB_ONLY.fullmatch(between)) and q.unit.endswith("元") and last_unit.endswith("元")


def _spread_rates(made: list[Record], phrase: str, levels: list[str]) -> list[Record]:
    """`一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%`: unnamed rates of a `分别` list are
    those of the levels the sentence just stated, in order."""
    k = len(made)
    if k < 2 or "分别" not in phrase or len(levels) < k or any(r.unit != "%" for r in made):
        return made
    if any(r.indicator != f"{levels[-1]}增速" for r in made) or len(set(levels[-k:])) < k:
        return made  # (`城乡居民收入达到23292元和7750元、分别增长8.8%和10%`: two figures of one name)
    for record, level in zip(made, levels[-k:], strict=True):
        record.indicator = f"{level}增速"
        record.canonical = canonical_of(record.indicator, record.unit)
    return made


_OUTPUT_END = re.compile(r"总?产值$")
# A name that is only a target: the target of the sentence's subject.
_BARE_TARGET = re.compile(r"(?:[市省州县区]|上级)?(?:下达)?的?(?:年度|全年|年)?(?:目标|计划)(?:任务)?")
_BARE_TARGET_END = re.compile(f"(?:{_BARE_TARGET.pattern})$")
_OF_IT = re.compile(r"\s*的\s*")
_GROWTH_GOAL_AFTER = re.compile(r"\s*(?:左右)?\s*的?\s*(?:经济)?(?:增长|增速)(?:预期)?目标")
# A bare name that is the other side of the subject's account: `支出` after `一般预算收入`.
_COUNTERPARTS = {"支出": ("收入", "支出"), "进口": ("出口", "进口"), "出口": ("进口", "出口")}
_BARE_NAMES = frozenset(("总数", "总量", "总额", "总计", "累计", "净增", "新增"))
# A measure named alone after another measure of one thing (https://71584.cn/… 湖南 county, qiantufanwen.com 泽州).
_BARE_MEASURES = frozenset(("产量", "总产量", "总产值", "产值", "播种面积", "种植面积"))
_MEASURED_HEAD = re.compile(r"(?:播种面积|种植面积|面积|增加值|总产值|产值|总产量|产量)$")
_NEW_PREFIX = re.compile(r"^(?:新增|净增|新培育|新认定|新引进|新招引)")
# Names that say only how a growth rate is counted: the rate is the sentence subject's.
_RATE_ONLY = re.compile(r"(?:同口径|同比|可比价|现价|年均|(?:两年|三年|近[两三]年)?平均|累计)?增速")


def _with_subject(name: str, subject: str, q: Quantity, ranked: str = "") -> str:
    """A rank or comparison names its subject only once per sentence: `地区生产总值增长1.6%，…排名第5` ranks the
    growth rate (`地区生产总值增速…排名`)."""
    if not name or not subject or subject in name:
        return name
    if name.startswith("占") and q.unit == "%":
        return subject + name  # `…产值…，占规模工业产值的比重达51.8%`
    if q.unit == "名次" and _RANK_SCOPE.match(name) and ranked.endswith("增速"):
        return ranked + name
    if name == "占比" and q.unit == "%":
        return _NEW_PREFIX.sub("", subject) + name  # `空气质量为优天数60天(占66.7%)`
    if _BARE_TARGET.fullmatch(name) and q.unit != "%":
        return subject + name  # `完成固定资产投资238.5亿元,…完成市下达年度目标293亿元`: its target
    if name in _COUNTERPARTS and subject.endswith(_COUNTERPARTS[name][0]):
        # `一般预算收入完成7309万元,累计支出64338万元`: the same budget's spending
        return subject[: -len(_COUNTERPARTS[name][0])] + _COUNTERPARTS[name][1]
    if name.startswith("增加值") and _OUTPUT_END.search(subject):
        return _OUTPUT_END.sub("", subject) + name  # `工业总产值21.78亿元，…，增加值9.29亿元`: that sector's
    measured = _MEASURED_HEAD.search(subject) if name in _BARE_MEASURES else None
    if measured and measured.start():
        # `粮食播种面积81.46万亩,产量36.17万吨`, `规模以上工业增加值增长14.5%,总产值突破1000亿元`: the same thing's
        return subject[: measured.start()] + name
    if name in _BARE_NAMES and q.unit != "%":
        return _NEW_PREFIX.sub("", subject) + name  # `新增高新技术企业186家，总数达到812家`
    if q.unit == "个百分点" and _PULLS_GDP.search(name):
        return _pulled_by(name, subject)
    if q.unit == "个百分点" and _COMPARISON.match(name):
        # `增长3.7%,比一季度提高0.4个百分点`: the change of the rate just named, against its base
        compared = _COMPARED_RATE.match(ranked)  # (`…增速高于上半年`, then `比全市高1.7个百分点`)
        ranked = compared.group(1) if compared else ranked
        rate = ranked if ranked.endswith(("增速", "增幅")) and not _RATE_WORD.match(name) else subject
        return rate + _compared(name)
    if _COMPARISON.match(name) or (q.unit == "名次" and _RANK_SCOPE.match(name)):
        return subject + name
    return name


_RATE_WORD = re.compile(r"增速|增幅|降幅")
_COMPARED_RATE = re.compile(r"(.+?(?:增速|增幅))(?:较|高于|低于|快于|慢于)")
_HIGHER = re.compile(r"^[比较](.{1,8}?)(?<![提降])(高|低)$")


def _compared(name: str) -> str:
    """A comparison as the names of the corpus write it: `比全市高` → `高于全市`, `比一季度提高` → `较一季度提高`."""
    higher = _HIGHER.match(name)
    if higher:
        return f"{higher.group(2)}于{higher.group(1)}"
    return _COMPARED_WITH.sub(r"\1较", name, count=1)


_COMPARED_WITH = re.compile(r"^((?:增速|增幅|降幅)?)比")
# `第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点`: what pulls is the sector just named.
_PULLS = re.compile(r"(?:对.*|(?:增加值|总产值|产值)(?:增速)?)$")
_WHOLE_PLACE = re.compile(r"全[县市区]")
_PULLS_GDP = re.compile(r"^[\u4e00-\u9fff]{0,6}拉动(?:全[县市区])?(?:GDP|地区生产总值|经济)增长")


def _pulled_by(name: str, subject: str) -> str:
    name = name[:2] + _WHOLE_PLACE.sub("", name[2:])  # `第二产业拉动全县GDP增长`
    if not name.startswith("拉动"):
        return name
    head = _PULLS.sub("", subject)
    return head + name if head else name


def _growth_name(subject: str, before: str, q: Quantity) -> str:
    """A figure with no name of its own takes the sentence's subject: `…收入37.7亿元,同比下降5.6%`."""
    if not subject:
        return ""
    verb = _GROWTH_VERB.search(_SPACES.sub("", before))
    if q.unit == "%" and verb:  # after a share (`采矿业增加值占比达96.05%,同比下降15.6%`): the thing's rate
        return f"{_SHARE_END.sub('', subject) or subject}增速"
    if q.unit == "个百分点" and verb:
        return f"{subject}{verb.group().removeprefix('同比').rstrip('了')}"
    return ""


def _subject_of(indicator: str) -> str:
    """What a later figure of the sentence may be about: the name without its rate or its change against a
    base (`农民纯收入较上年增加411元,增长15.2%` is 农民纯收入's growth)."""
    if "增速" in indicator:  # the pattern ends with 增速
        indicator = _RATE_END.sub("", indicator)
    if "上年" in indicator or "去年" in indicator or "年初" in indicator:
        indicator = _CHANGE_TAIL.sub("", indicator) or indicator
    return indicator


# An average over years said after a rate (`规上工业增加值同比增长23.5%,两年平均增长14.8%,持续6个月稳居全市第一`,
# jkq.yaan.gov.cn): the sentence goes on about the rate itself.
# `连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进` (i.xpaper.net 金坛 2018): a list of amounts that
# qualify the kind of project named after the last, as `招引10亿元以上重特大项目` does with one.
_MONEY_WORDS = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:万|亿)元\s*(?:以上|以下)?"
_LIST_WORD = r"\s*(?:、|和|及|以及|或)\s*"
_THRESHOLDS_AFTER = re.compile(
    rf"\s*(?:以上|以下)?(?:{_LIST_WORD}{_MONEY_WORDS})+\s*[\u4e00-\u9fff]{{0,6}}?(?:项目|企业)"
)
_THRESHOLD_BEFORE = re.compile(rf"{_MONEY_WORDS}{_LIST_WORD}$")
_KIND_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:项目|企业)")


def _listed_threshold(text: str, s_start: int, start: int, end: int, q: Quantity) -> bool:
    if q.unit not in ("亿元", "万元"):
        return False
    if _THRESHOLDS_AFTER.match(text, end):
        return True
    return bool(
        _KIND_AFTER.match(text, end) and _THRESHOLD_BEFORE.search(text, max(s_start, start - 16), start)
    )


_AVERAGE_RATE = re.compile(r"(?:两年|三年|近[两三]年)平均增速$")
_AT_RATE = re.compile(r"按照?\s*$")
_HANDED_DOWN = re.compile(r"\s*(分解|下达|安排|考核)")
_SHARE_END = re.compile(r"(?:占比|比重)$")
_CHANGE_TAIL = re.compile(
    r"(?:较|比)(?:上年|去年|年初)(?:同期)?(?:末)?(?:净)?(?:增加|增长|减少|提高|下降|增收)$"
)


_RANK_SCOPE_WORD = re.compile(r"全国|全省|全市|全区|全县")
_ON_THE_BASIS = re.compile(r"[^，,。；;]{0,10}?的?基础上")
_NAMED_TARGET = re.compile(r"[^，,。；;]{0,12}?的(?:年度|全年|年)?(?:目标|任务)(?!的)")
# A figure closing a quoted goal: `围绕“…工业销售收入突破1200亿元”目标`.
# A rate that names a growth goal: `全面完成7%增长目标`.
_GROWTH_GOAL = re.compile(r"[\d.]+\s*%\s*(?:以上|左右)?\s*的?\s*(?:增长|增速|发展)目标(?!的)")
_QUOTED_TARGET = re.compile(
    r"[^，,。；;“”\"]{0,12}?[”\"」]\s*(?:的|等)?\s*(?:发展|奋斗|总体)?(?:目标|任务)(?!的)"
)
# A figure the next clause calls a goal: `达到1000亿元的工业开票销售收入,这是第一个奋斗目标`.
_CALLED_GOAL = r"[^，,。；;]{0,30}[，,]\s*(?:这|此)(?:是|为|就是)[^，,。；;]{0,8}?目标"
_TARGET_ITSELF = re.compile(
    f"{_NAMED_TARGET.pattern}|{_QUOTED_TARGET.pattern}|{_GROWTH_GOAL.pattern}|{_CALLED_GOAL}"
)
# (`2022年全县地区生产总值增长目标定为11%`, s0724.cn 沙洋 2022: a goal set, in any part of the text)
_TARGET_AMOUNT = re.compile(
    r"(?:(?:年度|全年|年|当年|下达)(?:投资)?(?:目标|计划)(?:任务)?\s*(?:为|是)?"
    r"|(?:增长|增速)目标\s*(?:(?:确|设)?定为|为|是))\s*$"
)
_TARGET_AMOUNT_TAIL = 12
# A plan's amount, or a project's planned size (`计划用地面积500亩`), names only its own clause.
_PROJECT_PLAN = re.compile(r"(?<![年度])计划(?=(?:总)?(?:投资|用地|占地))")
_REQUIRED = re.compile(r"不少于|不低于|不超过|控制在")
_REQUIRED_OR_ABOUT = re.compile(r"不少于|不低于|不超过|控制在|左右")
_PLAN_NOUN = compile_words_first(r"(?:年度|全年|年|当年)(?:投资)?计划|计划(?:总)?(?:投资|用地|占地)")


def _kind(
    before: str, after: str, fallback: str, q: Quantity, *, past: bool = False, early: bool = False
) -> str:
    """Target or achieved: the nearest strong marker before the figure, else what its period says (a past
    period is achieved), else the nearest time word, else a marker after it, else a rank held, else the
    context's kind."""
    if _TARGET_ITSELF.match(after) or _TARGET_AMOUNT.search(
        before, max(0, len(before) - _TARGET_AMOUNT_TAIL)
    ):
        # `控制在2%的年度目标以内`, `围绕“…突破1200亿元”目标`, `完成年度目标200亿元的60%`: the target itself
        return TARGET
    if _ON_THE_BASIS.match(after) and "在" in before[-12:]:
        return ACTUAL  # `在流转60万亩土地的基础上`: a base already reached
    if early and not past and _FORECAST.search(before):
        return TARGET  # `预计全年财政总收入将达7亿元` in a mid-year report: the year is still to come
    reporting = fallback == ACTUAL or past
    target_words = _INTENT if reporting else _INTENT_OR_PLAN
    before = without_purpose(before)
    if "计划" in before:  # `年度计划投资23.5亿元,1-12月完成投资…`: a plan's amount names only its own clause
        clause_start = max(before.rfind(","), before.rfind("，"), before.rfind("、"))
        before = _PLAN_NOUN.sub(
            lambda m: " " * len(m.group()) if m.end() <= clause_start else m.group(), before
        )
        if reporting:  # `培育5G重点项目13个,计划投资1.2亿元` in a review: the projects' planned size, a fact
            before = _PROJECT_PLAN.sub(lambda m: " " * len(m.group()), before)
    strong = _last_marker(before, target_words, _STRONG_ACTUAL)
    if (
        strong == ACTUAL
        and _INTENT.search(before)
        and _last_marker(before, _INTENT, _STRONG_NOT_COMPARED) == TARGET
    ):
        return TARGET  # `力争…限上社零额同比增长15%以上`: a comparison base does not undo an intent
    if strong:
        return strong
    if past:
        return ACTUAL
    weak_actual = _WEAK_ACTUAL if _WEAK_ACTUAL_CHARS.search(before) else None
    weak = _last_marker(before, _FUTURE if reporting else _WEAK_TARGET, weak_actual)
    if weak:
        return weak
    if (_REQUIRED if reporting else _REQUIRED_OR_ABOUT).search(after, 0, q.end - q.start):
        # `不少于200个`, `控制在3%以内`: a figure's own words of a requirement; `增长7%左右` too, bar in a report
        # (`预计全年…增长8.5%左右` in a year-end summary is an estimate of what was reached)
        return TARGET
    if "计划" in after:  # `重点项目50个,总投资…,年度投资计划17.68亿元`: the plan's amount is its own clause's
        after = _PLAN_NOUN.sub(lambda m: " " * len(m.group()), after)
    later = _first_marker(after, target_words, _STRONG_ACTUAL)
    if later:
        return later
    return ACTUAL if q.unit == "名次" and q.cmp == "=" else fallback  # `列第18位` states a rank held


def _last_marker(text: str, target: re.Pattern[str], actual: re.Pattern[str] | None) -> str:
    """The kind of the last marker in `text`, or ''; `actual` None: no actual marker can stand in it."""
    t = [m.start() for m in target.finditer(text)]
    a = [m.start() for m in actual.finditer(text)] if actual else []
    if not t and not a:
        return ""
    return TARGET if (t[-1] if t else -1) > (a[-1] if a else -1) else ACTUAL


def _first_marker(text: str, target: re.Pattern[str], actual: re.Pattern[str]) -> str:
    t, a = target.search(text), actual.search(text)
    if not t and not a:
        return ""
    return TARGET if t and (not a or t.start() < a.start()) else ACTUAL


def _deadline(clause_before: str, sentence_before: str, kind: str) -> str:
    """A date to reach the figure by: stated in its own clause, or opening its sentence."""
    # every deadline ends with 前 (`年底前`, `6月底前`): a text without it is not searched
    found = list(_DEADLINE.finditer(clause_before)) if "前" in clause_before else []
    opening = _DEADLINE.match(sentence_before.lstrip()) if "前" in sentence_before else None
    if found:
        return _SPACES.sub("", found[-1].group())
    if opening:
        return _SPACES.sub("", opening.group())
    if kind == TARGET:
        timed = list(_TIME_DEADLINE.finditer(clause_before))
        if timed:
            return timed[-1].group(1)
    return ""


# Patterns of the functions above, compiled once (they run for every clause).
_SENTENCE_STOP = re.compile(r"[。！!？?；;\n]")
_CELL_BAR = re.compile(r"[|｜]")
_COMMA = re.compile(r"[，,]")
_PROJECT_GROUP = re.compile(r"等|重大|重点|一批|个|以上")
_DIGIT = re.compile(r"\d")
_REFERENCE = re.compile(r"^(?:该|这个|这家|其)?(?:企业|公司|项目|工厂)")
_UNANCHORED_FRAME = re.compile(r"(?:今年|去年|上年|明年)(?!以来)")
_PART_OF_YEAR = re.compile(r"\d{4}(?:H\d|Q\d(?:-Q\d)?|-\d\d~\d{4}-\d\d)")
_STRONG_PLAN_TITLE = re.compile(r"打算|计划|安排|思路|要点|目标")
_CLAUSE_STOP = re.compile(r"[,，;；]")
_YEAR_SPAN = re.compile(r"\d{4}-\d{4}")
_YEAR_ONLY = re.compile(r"\d{4}")
_TO_END = re.compile(r"(?:到|至)\s*$")
_SHARE_OF_WHOLE = re.compile(r"占全[市县区省国]$")
_RANK_WORD = re.compile(r"排名|排位|位次|名次|排行")
_SPACES = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_RATE_END = re.compile(r"(?:年均|平均)?增速$")
