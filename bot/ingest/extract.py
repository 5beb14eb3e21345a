"""Clauses → indicator records: which figure, of what, target or achieved, for which period, by when.

The text is read sentence by sentence, and each sentence phrase by phrase (split at commas, 、 and quotes).
A phrase's quantities (bot.ingest.numbers) become records; the words before a figure name its indicator.
Whether a figure is a target or an achievement, and the period it is for, come from the nearest marker word
before it in the sentence, else after it, else the paragraph's or the outline heading's, else the document's.
The names come from bot.ingest.naming, the marker words from bot.ingest.kind, and the paragraph's and
document's context from bot.ingest.context.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from bot.ingest.average_span import span_told_before
from bot.ingest.base_level import last_year_base, year_before
from bot.ingest.context import (
    NUMERAL,
    PART_OF_YEAR,
    context_of,
    document_kind,
    headline_end,
    is_frame,
    is_now,
    is_profile_document,
    kind_above_plan,
    means_of_review,
    new_time,
    opening_part,
    opening_year,
    opens_recent_years,
    paragraphs,
    progress_period,
    report_month,
    review_opened,
    title_context,
    unspoken,
    without_rally,
    year_reviewed,
    year_s_statistics,
)
from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.kind import (
    AHEAD,
    FUTURE,
    INTENT,
    NAMED_TARGET,
    PROJECTED,
    PUSHED_TOWARD,
    budget_figure,
    deadline_of,
    figure_kind,
)
from bot.ingest.manifest import DocumentInfo
from bot.ingest.naming import (
    BARE_TARGET,
    FROM_TO,
    INDICATOR_ALIASES,
    SECTOR_WINDOW,
    added_then_total,
    called_name,
    change_named,
    clean_name,
    compared,
    counted_group,
    described_subject,
    doubled_subject,
    each_item_names,
    group_noun,
    growth_name,
    in_count_chain,
    indicator_name,
    last_match,
    of_group,
    part_of,
    progress_of,
    progress_of_target,
    projects_event,
    rank_in_field,
    rank_of_listed,
    ranking_before,
    ranking_named,
    same_time_before,
    sector_value_added,
    subject_of_name,
    under_heading,
    unitless_subject,
    with_quoted_name,
    with_subject,
    without_place,
    without_reference,
    without_year_base,
)
from bot.ingest.normalize import NormalizedText
from bot.ingest.not_records import (
    cut_off_tail,
    days_taken_name,
    is_base_value,
    is_county_fact,
    is_incidental,
    is_name_part,
    is_not_a_figure,
    is_peer_count,
    is_qualifier,
    is_set_before_part,
    is_slogan_rank,
    without_repeated_groups,
)
from bot.ingest.numbers import (
    OUTPUT_NOUN_AFTER,
    PLAIN_YEAR,
    RANK_UNIT,
    SCOPES,
    Quantity,
    find_quantities,
    is_count_unit,
    is_relative_unit,
    parse_number,
    quoted_thing,
)
from bot.ingest.place_lists import SHARING, opening_place_list
from bot.ingest.places import Gazetteer
from bot.ingest.projects import group_investment, listed_threshold, project_investment
from bot.ingest.record import Record, Value
from bot.ingest.segment import Section, phrases, section_at, sentences
from bot.ingest.subject import (
    Entity,
    acted_on,
    built_facility,
    chained_project,
    continued_subject,
    county_domain,
    document_topic,
    entities_in,
    is_proper,
    listed_towns,
    of_county_domain,
    opening_park,
    paragraph_topic,
    park_holds,
    points_back,
    quoted_firm,
    rates_of_subjects,
    subject_of,
    towns_subject,
    with_topic,
    without_subject,
)
from bot.ingest.tables import (
    TableCell,
    bare_cells,
    flat_cells,
    project_rows,
    row_named,
    row_names,
)
from bot.ingest.tense import (
    ACTUAL,
    LIST_LEAD,
    NAMED_TIME,
    TARGET,
    UNDATED,
    Context,
    column_kind,
    document_title,
    heading_years,
    names_plan,
    period_year,
    question_context,
)
from bot.ingest.time import (
    FOUNDING_TIME,
    MONTHS_SO_FAR,
    five_year_start,
    head_of,
    is_past,
    mask_comparisons,
    measured_against_year,
    month_number,
    months_held,
    months_reported,
    names_batch_event,
    opens_with_event,
    period_of,
    plain_month,
    told_as_standing,
    within_past_year,
    years_averaged,
)
from bot.ingest.year_reviewed import SESSION_MONTHS, year_reviewed_at_opening
from bot.vocabulary import LIST_SHORTHANDS, MONEY_UNITS, canonical_of, find_terms

_TIME_WORD = re.compile(
    r"明年|今年|去年|上年|前年|全年|年内|年底|年末|每年|上半年|下半年|[一二三四]季度|前三季度|\d+\s*[-—~至到]\s*\d+\s*月|"
    rf"目前|截至|截止|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月|{MONTHS_SO_FAR}"
)
_FIGURE_ASIDE = re.compile(r"\s*[（(][^()（）\d]{1,12}[)）]\s*")
_LIST_GAP = re.compile(r"\s*(?:和|及|与|、)?\s*")
_EACH_LEVEL = re.compile(r"\s*分别\s*(?:达到|达|为|是|实现|完成)?\s*")
_HIGHER_GOAL = re.compile(r"\s*(?:并)?\s*力争\s*(?:达到|达|实现|突破|超过|超)?\s*")
_RATE_AGAIN = re.compile(
    r"\s*(?:甚至|乃至|或者?|今后|以后|将来|未来)?\s*(?:可以|可|能|有望|将)?\s*(?:实现|达到|达|是|为|保持)?\s*"
)
_CHANGE_VERBS = "收窄|扩大|回落|回升|提高|提升|下降|降低|加快|放缓|上升|增加|减少"
_BASE_END = re.compile(rf"(?:较|比)[^，,。；;较比]{{1,10}}(?<!{_CHANGE_VERBS})$")
_CHANGE_VERB = re.compile(rf"({_CHANGE_VERBS})了?\s*$")
_TRAILING_LE = compile_words_first(r"(?<=收窄|扩大|回落|回升|提高|提升|下降|降低|加快|放缓|上升)了$")
_NEXT_SCOPE = re.compile(rf"\s*(?:和|及|与|、)?\s*(?P<scope>{SCOPES})(?:平均水平|平均)?\s*")
_SCOPE_END = re.compile(rf"(?:{SCOPES})(?:平均水平|平均)?$")


_RELEASE_MONTHS = 6  # a county's statistics communique of a year comes out by June of the next


# The longest paragraph that is only a place's name heading its part of the text (`萬 載`, `瀏 陽`).
_PLACE_HEAD_MAX = 12


def _place_heads(sections: list[Section], para_start: int, para_end: int) -> bool:
    """Whether the paragraph is a short line that opens a section of another place than the one before it."""
    if para_end - para_start > _PLACE_HEAD_MAX or para_start == 0:
        return False
    here, before = section_at(sections, para_start), section_at(sections, para_start - 1)
    return here.start == para_start and here.region != before.region and bool(here.region)


# A task of the city's that a district's report takes up, with the city's and the district's lead departments.
# A list of the year's works for the people, and a report on how it goes.
# (or the money it has spent so far: `33项民生工程完成投资2.45亿元`, f18_p04 屯溪)
_LIST_PROGRESS = re.compile(
    r"\d+[项件](?:民心工程|民生工程|民生实事|为民办实事|实事)[^，。；,;]{0,8}?(?:落实情况|进展|推进情况|进度|完成投资)"
)
_LIST_SIZE = re.compile(r"(?:民心工程|民生工程|实事|实事项目)(?:子项)?(?:总体)?$|^子项")
_PLAN_WORD = re.compile(r"计划|目标|力争|争取|确保|预计|将|要|拟|任务|实事|工程|项目")
_CITY_TASK = re.compile(r"[。；;]?\s*[(（]市级牵头单位[:：]")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.．、]")


def extract_records(doc: DocumentInfo, norm: NormalizedText, sections: list[Section]) -> list[Record]:
    text = norm.text
    if doc.date and is_profile_document(text):
        # A profile with no date of its own: its `今年` and its standing facts name no year the text gives; one
        # dated (`發布時間:2022-07-18`, aweekendwiththeauthors.com 巫溪县情概览) states its facts for that year, not
        # for the part of it gone by
        doc = replace(doc, date="" if _YEAR_ONLY.fullmatch(doc.date) else doc.date[:4])
        profile_dated = bool(doc.date)
    else:
        profile_dated = False
    if doc.month is not None and doc.month <= _RELEASE_MONTHS and year_s_statistics(text):
        # a year's statistics released in the first months of the next (`光泽县统计局 (2018年3月20日)`, `全年实现
        # 地区生产总值91.10亿元`, r297 光泽 2017 communique): its figures are of the year before its date
        doc = replace(doc, date=str(doc.year - 1))
    year = doc.year
    reported = months_reported(text, year) if year and doc.month is None and not profile_dated else None
    if reported:  # `前11个月,…` in a text dated only by its year: it was written after November
        doc = replace(doc, date=f"{year}-{min(reported + 1, 12):02d}")
    default_kind = document_kind(text)
    month = report_month(doc.month, text, year)  # (a session's report is of the first months of a year)
    part = opening_part(text, document_title(text), year)
    if part:  # a report of a part of the year reports, bar its words of intent
        default_kind = ACTUAL
    # the text above its first plan heading is read for its kind alone
    above_plan = None if part else kind_above_plan(text, year)
    headline = headline_end(text)
    # bare numbers in tables whose row or column gives their unit
    table = bare_cells(text) | flat_cells(text)
    rows = row_names(text)  # what names each `|` table row, for its cells that state a figure alone
    project_spans = project_rows(text)  # the cells of each project list's row, and its project
    told = ""  # the kind the paragraphs before have stated last
    para_ctx = Context()
    records: list[Record] = []
    seen: set[tuple] = set()
    passage_year: int | None = None  # a year a sentence opens with (`2021年，……`) carries to what follows
    review: Context | None = None  # a review of the past year opened in a paragraph (`过去一年，…`)
    last_heading: Context | None = None
    subheads: list[tuple[int, int]] = []  # [first, end) of the records of each news subheading
    subhead_first: int | None = None  # the first record of the subheading whose paragraph is being read
    redated: dict[Context, Context] = {}  # a review part re-dated by the year its text says it reviews
    entities: list[Entity] | None = None  # the companies and projects the paragraph names
    topic = document_topic(text)  # the one project the whole text is about, if its opening names one
    prev_para: tuple[int, int] | None = None
    for para_start, para_end, heading_ctx in paragraphs(text, year, title_context(text, year)):
        heading_ctx = redated.get(heading_ctx, heading_ctx)
        if (
            heading_ctx.kind == ACTUAL
            and year
            and (reviewed := year_reviewed(text[para_start : min(para_end, para_start + 80)], year))
            and str(reviewed) != heading_ctx.period
        ):  # `2019年,是我县…的一年` under `过去一年工作回顾`: that year is the part's, whatever the title says
            redated[heading_ctx] = Context(
                ACTUAL, str(reviewed), reviewed, heading_ctx.firm, heading_ctx.part
            )
            heading_ctx = redated[heading_ctx]
        if heading_ctx != last_heading or heading_ctx.kind or _place_heads(sections, para_start, para_end):
            # a heading of its own ends a review that no heading opened; so does a place's name heading its part
            # of a profile of several places (`上 栗` / `2011 年,上栗花炮企业…` then `萬 載`, f19_p16 2012)
            review = None
        elif review is not None and question_context(text[para_start:para_end], year) is not None:
            review = None  # so does an interviewer's next question (`华商报:…的发展定位是什么?`)
            told = ""
        else:  # a paragraph that states no kind of its own goes on with the one before
            told = para_ctx.kind or told
        goal_lead = (
            para_ctx
            if heading_ctx == last_heading
            and para_ctx.kind == TARGET
            and _YEAR_ONLY.fullmatch(para_ctx.period)
            and _after_year(para_ctx.period, year)
            and _GOAL_ITEM.match(text, para_start)
            else None
        )
        last_heading = heading_ctx
        if not (_LIST_ITEM.match(text, para_start) and passage_year):  # a list keeps its lead's year
            passage_year = heading_ctx.year
        para_ctx = heading_ctx
        if goal_lead is not None:
            # `到2027年,力争…。` then `——高能级平台体系加快完善。…争取建成省级重点企业研究院1家` (f18_p17 洞头 2023-08, a
            # plan of 2023-2027): the goals listed after a paragraph of a later year's goals are of that year
            para_ctx, passage_year = goal_lead, int(goal_lead.period)
        if review is not None:  # paragraphs after a review's opening, with no heading or frame, go on with it
            para_ctx, passage_year = review, review.year
        elif para_end <= headline and not heading_ctx.kind:  # a headline reports, bar its words of intent
            para_ctx = Context(ACTUAL, heading_ctx.period)
        first = True
        # (a paragraph looking back over recent years counts no part of the year the report is about)
        para_part = "" if part and opens_recent_years(text[para_start:para_end]) else part
        lead_in = False  # every sentence of the paragraph so far states nothing: no time, no numeral
        if subhead_first is not None:  # (a subheading's records: those its own paragraph yielded)
            subheads.append((subhead_first, len(records)))
        subhead_first = len(records) if _is_subhead(text, para_start, para_end) else None
        # read once a sentence of the paragraph holds a numeral; a paragraph that names none goes on about the last
        # one the paragraph before named (`…的华润100兆瓦光伏发电项目正如火如荼建设中。` + `“…项目总体完成投资3亿多元`)
        if entities is None and prev_para and points_back(text, para_start):
            # `…纺织产业园三期标准化厂房建设项目开工。` + `这个项目总投资6.3亿元` (luotiannews.com 罗田): the paragraph
            # before, with no figure, named what this one opens by pointing at
            entities = entities_in(text, *prev_para)
        last_entities = [e for e in entities[-1:] if is_proper(e)] if entities else []
        entities: list[Entity] | None = None
        prev_para = (para_start, para_end)
        carried = ""  # the last indicator of the clause before, when it ended with `;`
        prior: list[Record] = []  # the records of the paragraph's last sentence that made some
        topic_here = ""  # the named park, market, firm or project whose figures the paragraph last gave
        park = ""  # the named park the paragraph opened with as its topic (subject.opening_park)
        scoped: Context | None = None  # the paragraph's context, back after a sentence of a part of its year
        listed_targets = False  # a sentence before led a list of targets (`2017年,…总体目标为:`)
        for n_sentence, (s_start, s_end) in enumerate(sentences(text, para_start, para_end)):
            if scoped is not None:
                para_ctx, scoped = scoped, None
            head = head_of(text[s_start:s_end])
            frame = is_frame(head)  # read once: the tests below ask it twice
            opening = opening_year(head)
            if opening:
                passage_year = opening
            elif (
                year
                and "年" in head
                and (clause := _CLAUSE_YEAR.search(head))
                and int(clause.group(1)) < year
            ):
                # `…作为强引擎和硬支撑,2022年实施项目117个,…。全年争取中央预算内投资项目18个` (r136 海原 2023): a past
                # year opening a clause of the sentence is the passage's, as one opening the sentence
                passage_year = int(clause.group(1))
            if review is not None and (
                (
                    first
                    and (
                        (frame and new_time(period_of(head, year), review, doc, head))
                        or FUTURE.search(head)
                        or INTENT.search(head)
                        or names_plan(head)  # `…划定发展预期目标,…`: the year's plan after the review
                    )
                )
                # `2023年,竹山县先后获评…。2024年,该县将…` (news.hubeidaily.net 竹山 2024): a later year ends it
                or (opening and review.year and opening > review.year)
            ):  # `今年，…`, `今后五年，…`, `力争…` after a review: a time or an intent of its own
                review, para_ctx = None, heading_ctx
                passage_year = opening or heading_ctx.year
            reporting = (heading_ctx.kind or para_ctx.kind) == ACTUAL
            sentence_ctx = context_of(
                head,
                passage_year or year,
                year,
                reporting=reporting,
                results=default_kind == ACTUAL,
                with_period=frame,  # the head's period is read only when the sentence opens with a time
                plan_ahead=para_ctx.kind == TARGET and _after_year(para_ctx.period, year),
                year_end=doc.month == 12,
                year_start=_in_session_months(doc),
            )
            if sentence_ctx.kind == TARGET and means_of_review(text[s_start:s_end], head, para_ctx.kind):
                sentence_ctx = sentence_ctx._replace(kind=ACTUAL)
            # a sentence that opens with a time (`上半年，`, `2022年一季度，`) or states a kind sets it for the
            # rest of its paragraph; a time named further in (`比2019年`, `从2015年的`) is its own
            framed = frame and bool(sentence_ctx.period)
            # `2017年,唐河“两区”建设总体目标为:产业集聚区…完成固定资产投资45亿元…。特色商业区…完成增加值5亿元` (f20_p14):
            # the items after a list of targets' lead, to the paragraph's end, are targets however their verbs read,
            # until a sentence opens with a time of its own
            went_on_listing = listed_targets and not framed
            listed_targets = went_on_listing or (
                sentence_ctx.kind == TARGET and LIST_LEAD.search(head) is not None
            )
            if framed and _YEAR_SPAN.fullmatch(sentence_ctx.period) and not NAMED_TIME.search(head):
                # `这五年,…` under `一、十三五工作回顾` (gongwensou.com 谷城 2020-12) or after `回首“十四五”`: the years
                # the part names are those looked back on (or none, `过去五年的工作回顾`: the figures' own times)
                named = next(
                    (
                        c.period
                        for c in (heading_ctx, para_ctx)
                        if c.period == UNDATED or _YEAR_SPAN.fullmatch(c.period)
                    ),
                    "",
                )
                sentence_ctx = sentence_ctx._replace(period=named or sentence_ctx.period)
            if framed and not opening:  # `去年,…全年地区生产总值增长5.1%`: the frame's year is the passage's
                passage_year = period_year(sentence_ctx.period) or passage_year
            if para_part and framed and opening and sentence_ctx.period == str(opening):
                # `2023年全县农作物总播种55.06万亩,…。小麦种植9.18万亩` in a report of the year's first half (r351 托里
                # 2023): a sentence opening with the whole year, named, sets it for the rest of its paragraph, not the
                # report's part (`全年计划建设161个…项目,开工在建157个` reports on the part: r354 商州)
                para_part = ""
            if not framed and year is None and _UNANCHORED_FRAME.match(unspoken(head)):
                # `今年1-6月份,…` in an undated text: a time of its own that names no year
                para_ctx = Context(sentence_ctx.kind or para_ctx.kind, UNDATED)
            elif framed or (sentence_ctx.kind and not PROJECTED.search(head)):
                if framed and not first and within_past_year(sentence_ctx.period, para_ctx.period, year):
                    # `报告指出,2024年,平谷…。前三季度农村居民人均可支配收入29358元,…。乡村全面振兴发展指数77.3,排名全国78位`
                    # (r155 平谷 2025-01): a part of a past year the paragraph reviews frames its own sentence only
                    scoped = para_ctx
                # (a projection, `项目建成后,将…`, is of its own sentence: the next may describe another project)
                para_ctx = Context(
                    sentence_ctx.kind or para_ctx.kind, sentence_ctx.period if framed else para_ctx.period
                )
            colon = sentence_ctx.kind and not framed and (":" in head or "：" in head)
            lead = LIST_LEAD.search(head) if colon else None
            lead_period = period_of(head[: lead.end()], passage_year or year, year) if lead else None
            if lead and not lead_period and (by := _BY_YEAR_AFTER_LEAD.match(head, lead.end())):
                # `主要发展指标是:到2020年,生产总值达到800亿元;…` (xian.baogaosu.com 韩城 2016): the year the list opens with
                lead_period = by.group(1)
            if lead_period:
                # `2024年…主要预期目标为:` opens a list of its kind and time, to the paragraph's end
                para_ctx, review = Context(sentence_ctx.kind, lead_period), None
                passage_year = period_year(lead_period)
            elif not framed and _TURNS_AHEAD.search(head) and _INTENT_OR_FUTURE.search(head):
                # `2016年全县…。下一步,苍南将…`: a look ahead leaves the past year the paragraph was about; one
                # that names no time (`下一步`, `今后`) names no year either, unless its part of the text does
                # (in a plan's part, or a report on part of a year, the look ahead is to its year)
                if _OPEN_FUTURE.match(unspoken(head)) and not heading_ctx.kind and not part:
                    para_ctx, passage_year = Context(para_ctx.kind, UNDATED), None
                elif is_past(para_ctx.period, year, doc.month):
                    para_ctx, passage_year = Context(para_ctx.kind, heading_ctx.period), heading_ctx.year
            # a paragraph's first sentence opens a review, or frames a time of its own, or neither; so may the first
            # framed one after a lead that states nothing (`会上,曹宏伟…作政府工作报告。曹宏伟指出,过去一年,…`, kbhxn.com
            # 兴山 2018-04: the session's report reviews the year before)
            opens = first or (lead_in and review is None and frame)
            numeral = NUMERAL.search(text, s_start, s_end)  # (read once: asked again below)
            was_lead = (first or lead_in) and not frame
            lead_in = was_lead and not numeral
            if opens:
                first = False
                if frame:  # a time of its own opens a new story: the kind before it goes no further
                    told = ""
                opened = review_opened(head, para_ctx, year, text[s_start:s_end], month)
                review = opened or (
                    None if framed and new_time(para_ctx.period, review, doc, head) else review
                )
                if review is not None and framed and is_now(head):
                    # `目前,…` in a review of the year past: its results as they stand, of the year reviewed
                    para_ctx = Context(para_ctx.kind, review.period)
                if opened is not None and (para_ctx.kind == TARGET or not framed):
                    # a review opened in words that read as a plan's (`“预计全年实现…`) is its own paragraph's too;
                    # so is one whose time is no frame read (`回望2023,一张张厚重答卷…。地区生产总值跨过600亿元台阶`,
                    # r301 京口 2024 news: a year without its `年`)
                    para_ctx, passage_year = opened, opened.year
            elif review is not None and _TURNS_AHEAD.search(head) and _INTENT_OR_FUTURE.search(head):
                review = None  # `立足新起点,今年…将…确保…`: the paragraph has turned to the year ahead
            if not numeral and not _FIRST_PLACE_WORD.search(text, s_start, s_end):
                # (`交通领域争取项目数与资金总量均居全州首位`, r377 云龙 2025: a first place is a rank without a numeral)
                carried = ""
                continue  # no figure can stand in a sentence without a numeral
            quantities = find_quantities(text[s_start:s_end])
            # (numerals that state no figure, `“四位一体”科学发展总体战略部署`, leave a lead: `…开局良好。预计全年实现地区
            # 生产总值将突破300亿元` in a speech of 2008-01, cdqydfz.com 青羊, is an estimate of the year just ended)
            lead_in = lead_in or (was_lead and not quantities)
            fallback = Context(
                heading_ctx.kind
                or para_ctx.kind
                or told
                or (above_plan[1] if above_plan and s_start < above_plan[0] else default_kind),
                para_ctx.period,
                passage_year or year,
                # a task list's structure holds its items, bar a passage of a year before the list's own (`上海静安
                # 发布2024年十项为民办实事项目` over `2023年,引进税收千万级以上项目156个`, f20_p18: the year past, reviewed)
                heading_ctx.firm and not _before_list_year(para_ctx.period, heading_ctx.period),
                para_part,
            )
            if not quantities:  # numerals but no figure (`进一步`, `第一`): half the sentences with a numeral
                carried = ""  # (no record, as the reading below would find none)
                for cell in (table[k] for k in range(s_start, s_end) if k in table) if table else ():
                    record = _table_record(doc, norm, sections, fallback, s_start, cell)
                    key = (record.region, record.indicator, str(record.value), record.unit, record.start)
                    if key not in seen:
                        # a bare number in a table cell: its row names it, its row or column its unit
                        seen.add(key)
                        records.append(record)
                continue
            if entities is None:
                entities = with_topic(topic, entities_in(text, para_start, para_end) or last_entities)
            found = list(
                _sentence_records(
                    doc,
                    norm,
                    entities,
                    s_start,
                    s_end,
                    sections,
                    fallback,
                    quantities,
                    carried,
                    rows.get(s_start, "") if rows else "",
                )
            )
            if found and _CITY_TASK.match(text, s_end) and _NUMBERED_ITEM.match(text, s_start):
                # `1.地区生产总值增长10%。(市级牵头单位:市发展改革委;区级牵头单位:区发改局)` then `完成情况:1-9月,武昌区…`
                # (f20_p02, a district's progress on the city work report's tasks): the numbered task is the city's
                # target for the report's year; the district's progress under it stays the district's
                for record in found:
                    record.kind = TARGET
                    record.region = record.city or record.region
                    record.city = "" if record.region == record.city else record.city
                    record.period = str(year) if year else record.period
            if heading_ctx.kind == TARGET and not sentence_ctx.kind:
                # `上海靜安發布2024年十項為民辦實事項目` over `…獲悉,2023年,靜安區實現區級一般公共預算收入287.80億元` (f20_p18):
                # a figure of a year before the page's, named in its sentence, in words that state no plan, reports
                # it, though the page's title announces plans; the year may open the sentence a `;` went on from
                # (`2023年,引进…项目156个,同比增长39%;200幢重点楼宇实现税收622.08亿元,亿元楼新增6幢`)
                full_start = max(para_start, text.rfind("。", 0, s_start) + 1)
                for record in found:
                    if (
                        record.kind == TARGET
                        and year
                        and (before := period_year(record.period))
                        and before < year
                        and f"{before}年" in text[full_start:s_end]
                        and not _PLAN_WORD.search(record.text)
                    ):
                        record.kind = ACTUAL
            if _LIST_PROGRESS.search(text, s_start, s_end):
                # `西青区召开20项民心工程落实情况协商通报会`, `目前20项民心工程的69个子项总体进展顺利` (f20_p03, f20_p11): the
                # size of the year's list that a progress report goes over is the plan's, not a result
                for record in found:
                    if _LIST_SIZE.search(record.indicator) and record.unit in ("项", "件", "个"):
                        record.kind = TARGET
            if went_on_listing:
                for record in found:
                    if record.kind == ACTUAL:
                        record.kind = TARGET
            if "“" in text[para_start:s_end] and (
                speaker := quoted_firm(text, para_start, para_end, s_start, entities)
            ):
                for record in found:  # a firm's head speaking of the firm's own figures
                    record.subject = record.subject or speaker
            # a clause after `;` may name a part of what the one before it named (`工业总产值…;增加值…`)
            # (the last level or rate named, not a comparison or rank of it: `…增速较1-9月回落1.6个百分点;`)
            named = [r for r in found if r.unit not in _ASIDE_UNITS] or found
            carried = (
                subject_of_name(named[-1].indicator) if found and text[s_end : s_end + 1] in ";；" else ""
            )
            sentence = text[s_start:s_end]
            joined = _split_joined(found, sentence)
            if PROJECTED.search(sentence):
                _project_onward(joined, sentence)
            if "分别" in sentence:
                if "季" in sentence or "半年" in sentence:
                    _listed_times(joined, sentence)
                joined = _listed_sectors(joined, sentence)
                joined = _items_before_fen_bie(_verb_after_fen_bie(joined, sentence), sentence)
                joined = _listed_ranks(_rates_of_levels(_compared_bases(joined)))
                _ranked_towns(joined)
                joined = _shorthand_items(joined)
            elif "%" in sentence and _JOINED_RATES.search(sentence):
                joined = _rates_of_levels(joined)
            if _SHARING.search(sentence):
                joined = _shared_places(joined)
            if "各" in sentence:
                joined = _each_item(joined)
            if project_spans and (project := _row_project(project_spans, s_start)):
                for record in joined:  # a figure in a project list's row is that project's
                    record.subject = record.subject or project
            joined = _same_basis_variants(_sector_parts(_parallel_items(joined, sentence), sentence))
            if "产业是" in text[para_start:s_start]:
                _industry_topic(joined, text[para_start:s_start], sentence)
            if holiday := _HOLIDAY.search(sentence):
                _holiday_figures(joined, sentence, holiday.start())
            _value_added_named(joined)
            if economy_part := _PART_OF_ECONOMY.match(sentence):
                _economy_parts(joined, economy_part.group(1))
            if "、" in sentence:
                joined = _items_beside_figures(joined, sentence)
            if "中分别" in sentence and "名次" in {r.unit for r in joined}:
                joined = _ranks_in_lists(joined, sentence)
            if "分别" in sentence and prior:
                joined = _rates_of_the_sentence_before(joined, prior)
                if "倍" in sentence and text[s_start - 1 : s_start] in ";；":
                    _multiples_of_levels(joined, prior)
            if (
                prior
                and text[s_start - 1 : s_start] in ";；"
                and (going_on := continued_subject([r.subject for r in prior], sentence))
            ):
                for record in joined:  # `…公司3月份实现产值2.38亿元…;1-3月实现产值6.16亿元`: the same firm's
                    record.subject = record.subject or going_on
            if n_sentence == 0:
                park = "" if any(r.subject for r in joined) else opening_park(sentence)
            else:
                park = park_holds(joined, park, sentence)
            topic_here = paragraph_topic(joined, topic_here, sentence)
            rates_of_subjects(joined)
            prior = joined or prior
            for record in _deeds_named(
                _split_deposits_loans(_split_urban_rural(joined, sentence)), records, sentence
            ):
                # (the kind too: a goal and its estimate, the same figure named alike from one start, are two records:
                # `——全年地区生产总值预期目标增长6.5%:预计全年实现增长6.5%左右`, f21_p01)
                key = (record.region, record.indicator, str(record.value), record.unit, record.start, record.kind)
                if key not in seen:
                    seen.add(key)
                    records.append(record)
    if subhead_first is not None:
        subheads.append((subhead_first, len(records)))
    if headline:
        # a headline repeats a figure of the body (`地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图` over `主要预期目标
        # 是:地区生产总值增长5.6%以上`, news.qq.com 历城 2025-01): it is of the body's kind and period
        head_end = norm.to_original(headline, headline)[0]
        subheads.insert(0, (0, sum(1 for r in records if r.start < head_end)))
    _dated_like_the_body(records, subheads)
    cut = cut_off_tail(text)
    if cut < len(text):
        cut_at = norm.to_original(cut, cut)[0]
        records = [r for r in records if r.start < cut_at]
    _of_county_domain(records, text)
    _year_on_year(records)
    for record in records:
        if "连续" in record.text and (held := months_held(record.text, record.period)):
            # `这也是文成县的网络零售增速连续第三个月跻身全省前十` in a 1~8月 story (f21_p05 文成 2021): the months it was held
            record.period = held
        if record.canonical and record.subject and not record.subject.endswith(_DOMAIN_SUFFIX):
            # a company's, a project's, a park's or a scenic spot's own figure is not the place's headline one
            # (`完成规模工业增加值11亿元…实现税收4600万元` of a county's industrial park, r105 衡南 2019): no shared name
            record.canonical = ""
    for record in records:
        if (
            record.unit in ("%", "‰", "名次")
            and (named := called_name(record.indicator, record.unit)) != record.indicator
        ):
            record.rename(named)
        elif (
            record.unit == "倍"
            and _YEAR_SPAN.fullmatch(record.period)
            and _BASE_YEAR_MULTIPLE.search(record.indicator)
        ):
            # `五年来,…地区生产总值…是2012年的1.2倍` (r91 土默特左旗 2017): the level compared is the span's last year's
            record.period = record.period[-4:]
        elif (
            record.unit == "倍"
            and record.period.isdigit()
            and (plan := _PLAN_MULTIPLE.search(record.indicator))
        ):
            # `五年累计完成2507亿元,是“十一五”的3.8倍` (r199 静海 2016): a total over the next plan's years, compared
            start = five_year_start(plan.group(1)) + 5
            if start <= int(record.period) <= start + 4:
                record.period = f"{start}-{start + 4}"
        if (
            record.unit == "%"
            and re.search(r"[(（]全[省市]", record.text)
            and (wider := _WIDER_RATE_NAMED.match(record.indicator))
        ):
            # the wider area's own rate in brackets after the place's comparison with it: `低于全省规模以上工业增加值
            # 12.8个百分点(全省增长9.5%)` (r229 琼中): the province's 规模以上工业增加值增速, not the comparison
            record.rename(wider.group(1))
        if (
            record.canonical
            and "累计" in record.text
            and record.unit not in _ASIDE_UNITS
            and _YEAR_SPAN.fullmatch(record.period)
        ):
            # `五年来,…地区生产总值累计突破274.4亿元` (r316 保亭 2022): the sum of the span's years is not a year's level
            record.canonical = ""
        averaged = years_averaged(record.text, record.period) if record.unit == "%" else None
        if averaged == "":
            # no count of years in its clause: the span of the paragraph's average before it, if any
            averaged = years_averaged(record.text, record.period, span_told_before(record, records, norm))
        if averaged is not None:
            # `预计(下同)地区生产总值达到680亿元、年均增长8.4%` (r500 大足 2020): a rate averaged over years is not the
            # year's rate; its years, when the clause counts them or the paragraph told them, else none
            record.period = averaged
            if record.canonical.endswith("增速"):
                record.canonical = ""
        if record.canonical.endswith("增速") and _YEAR_SPAN.fullmatch(record.period):
            # a growth over several years (`“十三五”期间…外贸进出口总额增长39.24%`, r376 西安经开区 2021; `游客总量…增长
            # 69.3%` against 2002, r410 武夷 2005) is not the year's rate that the shared name stands for
            record.canonical = ""
    records = _bare_industry(without_repeated_groups(records), text)
    # the final forms: a word doubled where a name's parts meet said once, an absolute change against a base in its one
    # form (naming.change_named), a month framed alone as that month
    for record in records:
        record.indicator = change_named(_WORD_TWICE.sub(r"\1", record.indicator), record.unit, record.value)
        record.period = plain_month(record.period)
    return _share_denominators(records)


# A word said twice where a name's parts meet, once the verb between them is gone (`全口径工业实现工业总产值503.4亿元`,
# r512 嘉定 2021; `规模工业累计完成工业增加值`, f15 枞阳; `…百强县(市)排名` given the rank's own `排名`, f13): one word.
# The canonical name already reads it once (vocabulary._DOUBLED).
_WORD_TWICE = re.compile(r"([\u4e00-\u9fff]{2})\1")


# A rate against the year before, named (`地区生产总值…比2007年增长22.1%`, r231 镶黄旗 2009, trad): the year's growth
# rate. Against an earlier year (`比2015年增长50%` in a 2020 review) it is a growth over several years and keeps its base.
_YEAR_BASE = re.compile(r"[比较]((?:19|20)\d\d)年(?:同期)?(?=增速$)")


_DOMAIN_SUFFIX = "县域地区"  # (a prefecture's counties together: still a place's figures, `_of_county_domain`)


# Words by which a sentence speaks for the place again, after a project's figures.
_PLACE_VOICE = re.compile(r"[全该本我][县市区旗]|[县市区]委|[县市区]政府")


def _project_onward(records: list[Record], sentence: str) -> None:
    """A project's figure once it is built (`陕西镇安百盛茧丝绸有限公司3200绪缫丝项目,建后年可实现产值1.2亿元,利税1800万元,并可
    为当地群众创造就业岗位300多个`, slrbs.com 镇安 2013): the figures still to come after it in the sentence are the same
    project's, until the sentence speaks for the place again."""
    subject, at = "", -1
    for record in records:
        start = sentence.find(record.text, max(at, 0))
        if record.subject:
            projected = record.kind == TARGET and PROJECTED.search(
                sentence, 0, max(start, 0) + len(record.text)
            )
            subject, at = (record.subject, max(start, 0)) if projected else ("", -1)
        elif (
            subject and record.kind == TARGET and start > at and not _PLACE_VOICE.search(sentence, at, start)
        ):
            record.subject = subject


def _year_on_year(records: list[Record]) -> None:
    for record in records:
        base = (
            _YEAR_BASE.search(record.indicator) if record.unit == "%" and "年" in record.indicator else None
        )
        if base and record.period == str(int(base.group(1)) + 1) and base.start() >= 2:
            record.rename(record.indicator[: base.start()] + record.indicator[base.end() :])


def _of_county_domain(records: list[Record], text: str) -> None:
    """A prefecture's round-up of its counties: the figures placed in the city are its county domain's."""
    if "县域" not in text[:800]:
        return
    domain = county_domain(text, _prefecture_name)
    if not domain:
        return
    for record in records:
        if record.region == domain and not record.subject:
            record.subject = f"{domain}{_DOMAIN_SUFFIX}"
            named = of_county_domain(record.indicator)
            if named != record.indicator:
                record.indicator, record.canonical = named, canonical_of(named, record.unit)


@lru_cache(maxsize=64)
def _prefecture_name(name: str) -> str:
    place = Gazetteer.default().resolve(name)
    return place.name if place is not None and place.level == "city" else ""


_SUBHEAD_MAX = 40


# The time of a base a change is counted from: `2015年末`, `“十三五”末` (read by `_base_year`).
# (the tenth plan quoted, `“十五”期末`: 2001-2005)
_BASE_TIME = r"(?:((?:19|20)\d\d)\s*年(?:末|底)?|[“\"]?(十[一二三四五六]|(?<=[“\"])十)五[”\"]?\s*(?:期末|末))"
# A level at such a base: `较“十三五”末的…`, `由2015年的…`; and the change after it.
_LEVEL_OF_BASE = re.compile(rf"(?:较|由|从)\s*{_BASE_TIME}\s*的\s*$")
# (`全县药材种植面积从1995年的5万亩发展到目前的25万亩左右`, f24_p14 岷县 2010: the 5万亩 are 1995's)
_CHANGED_TO = re.compile(r"[^，,。；;]{0,12}?(?:增长|提高|提升|增加|上升|扩大|发展|跃升|攀升|下降|减少|降低|缩小)(?:到|至)")
# A sentence opening with the gap from one amount to another (`从360.1亿元到650亿元以上,`), and a goal's year
# told before it.
_GAP_TO_GOAL = re.compile(
    r"\s*[从由]\s*[\d.]+\s*[亿万]?元\s*(?:增加|提高|增长|提升)?(?:到|至)\s*(?P<goal>[\d.]+)\s*(?P<unit>[亿万]?元)"
)


def _goal_year(earlier: str, gap: re.Match[str]) -> str | None:
    """The year a goal of the gap's amount is set for in the text before it (`到2025年…达到650亿元`), else None."""
    goal = re.escape(gap.group("goal")) + r"\s*" + gap.group("unit")
    found = list(re.finditer(r"(?:到|至)\s*((?:19|20)\d\d)\s*年[^。；;]{0,40}?(?<![\d.])" + goal, earlier))
    return found[-1].group(1) if found else None


# The month a text is told in (`当月`, `本月`), not every month or the one before.
_THIS_MONTH = re.compile(r"(?<![每上下])(?:当月|本月)(?!\s*\d)")
# A level a figure is compared with, named by its year (`比2013年的17.3459万吨,增…`), and the change told after it.
_LEVEL_COMPARED = re.compile(rf"(?:比|较)\s*{_BASE_TIME}\s*(?:同期)?的\s*$")
_CHANGE_AFTER = re.compile(r"\s*[,，]?\s*(?:增|减|多|少|提高|提升|下降|上升|降低)(?!\s*(?:到|至))")
# ... or right before its first item (`…主要发展目标进行了展望:2016年地区生产总值达到570亿元以上;人均GDP达到8.9万元以上;…`,
# driinfo.com 永康 2013): the year every item of the list is of, not the first alone
_BY_YEAR_AFTER_LEAD = re.compile(
    r"\s*(?:(?:到|至)\s*)?((?:19|20)\d\d)\s*年(?![底末初]|\s*[-—~至到]|以来)\s*[,，]?"
)


def _base_year(base: re.Match[str]) -> int:
    """The year of a `_BASE_TIME`: the one it names, or the last of the five-year plan it names."""
    return int(base.group(1)) if base.group(1) else five_year_start(base.group(2)) + 4


def _after_year(period: str, year: int | None) -> bool:
    """Whether a period ends after the document's year (a plan's horizon: `2020` in a text of 2016)."""
    end = period_year(period)
    return bool(year and end and end > year)


# How many of that field passed, said with a verb alone (`目前获批12个`).
_PEERS_PASSED = re.compile(
    r"\s*(?:目前|现已|最终|其中)?\s*(?:已|共)?\s*(?:获批|获准|批准|通过|入选|胜出)(?:了)?\s*"
)


def _is_subhead(text: str, start: int, end: int) -> bool:
    """A news subheading: a short line of its own with a figure, no sentence end and no time of its own
    (`主导产业加速聚集成势 累计引进重大产业项目93个`, m.843eoz.cn 天府新区 2022)."""
    if end - start > 2 * _SUBHEAD_MAX:
        return False  # (a paragraph of text: not copied to be measured)
    line = text[start:end].strip()
    return (
        0 < len(line) <= _SUBHEAD_MAX
        and not _SUBHEAD_STOP.search(line)
        and bool(NUMERAL.search(line))
        and not _TIME_WORD.search(line)
        and not _NAMED_YEAR_IN.search(line)
    )


_SUBHEAD_STOP = re.compile(r"[。；;！!？?，,：:]")
_NAMED_YEAR_IN = re.compile(r"(?:19|20)\d\d\s*年|十[一二三四五六]五")
_BODY_REACH = 12  # the records of the body right below a subheading that may repeat its figure


def _own_time(record: Record) -> bool:
    """Whether a heading's figure carries the period its own words name (not one the heading's words fail to
    read: `前7月新疆招商引资区外到位资金同比增38.49%`, ts.cn 2022-08, is of the body's `前7个月`)."""
    year = period_year(record.period) if record.period else None
    return bool(year) and period_of(record.text, year) == record.period


def _dated_like_the_body(records: list[Record], subheads: list[tuple[int, int]]) -> None:
    """A subheading repeats a figure of the body below it: it is of the body's period (and kind)."""
    for first, last in subheads:
        own = records[first:last]
        if not own or len(own) > 2:
            continue
        body = records[last : last + _BODY_REACH]
        for record in own:
            same = next((r for r in body if r.value == record.value and r.unit == record.unit), None)
            if same is not None and same.period:
                if not _own_time(record):
                    # (a time the heading names is its own: `新疆阿克苏市上半年签约408亿元` over `2024年1-5月,…签约金额
                    # 408亿元`, r190 阿克苏 2024, is labelled as it reads)
                    record.period = same.period
                record.kind = same.kind


# `全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%`: where a text names the above-scale figure apart (or the
# below-scale one), a bare 工业增加值 is all industry, not the above-scale figure it usually means in county reports.
_ABOVE_SCALE_NAMED = re.compile(r"(?:规上|规模以上|规模)(?:工业)?(?:企业)?(?:工业)?增加值|规下")
_BARE_INDUSTRY = re.compile(r"^(?:全县|全市|全区)?工业增加值")
# The same for the output: `浙江永康市工业总产值已突破千亿元` beside `规模以上工业产值…` (f13 永康 2013) is all industry's.
_ABOVE_SCALE_OUTPUT_NAMED = re.compile(r"(?:规上|规模以上|规模)(?:工业)?(?:企业)?(?:工业)?总?产值")
_BARE_OUTPUT = re.compile(r"^(?:全县|全市|全区)?工业总?产值")


def _bare_industry(records: list[Record], text: str) -> list[Record]:
    value_added, output = _ABOVE_SCALE_NAMED.search(text), _ABOVE_SCALE_OUTPUT_NAMED.search(text)
    if not value_added and not output:
        return records
    for record in records:
        if (
            value_added
            and record.canonical.startswith("规上工业增加值")
            and _BARE_INDUSTRY.match(record.indicator)
        ) or (
            output and record.canonical.startswith("规上工业总产值") and _BARE_OUTPUT.match(record.indicator)
        ):
            record.canonical = ""
    return records


# A share whose name is left with its whole only: `民营经济税收…占松江区总税收的61.6%`, `占松江区规上工业产值比重为36.6%`
# (r359 松江 2024) measure a part against the name's indicator, which is neither that indicator's rate nor its share.
_SHARE_OF_NAMED = re.compile(r"占[^，,。；;\d占]{0,8}?$")


def _share_denominators(records: list[Record]) -> list[Record]:
    for record in records:
        if not record.canonical or record.unit != "%" or "占" in record.indicator or "占" not in record.text:
            continue
        whole = re.sub(r"(?:的)?(?:比重|占比)$", "", record.indicator)
        at = record.text.find(whole) if len(whole) >= 2 else -1
        if at > 0 and _SHARE_OF_NAMED.search(record.text, 0, at):
            record.canonical = ""
    return records


_LIST_ITEM = re.compile(r"\s*(?:[-*•·]|[（(]?\d{1,2}[）)、.．])")
# A sentence opening with the year's plan, a figure in its clause (`全年计划建设161个区级重点项目,`), and a share of the
# year's task done told later in it (`占年度投资任务的53.3%`).
_YEAR_PLAN_OPENS = re.compile(r"\s*(?:全年|年度|今年)计划[^，,。；;\d]{0,12}\d[^，,。；;]{0,20}[，,]")
_PROGRESS_TOLD = re.compile(r"占(?:全年|年度|年)[^，,。；;]{0,6}?(?:任务|计划)")
# An item of a list of goals: `——高能级平台体系加快完善。`, `1.`, `(2)`.
_GOAL_ITEM = re.compile(rf"\s*——|{_LIST_ITEM.pattern}")


# A sentence inside a review that turns to the year ahead: it names the present or the future, with intent.
_TURNS_AHEAD = re.compile(rf"今年(?!以来)|明年|{AHEAD}")
_INTENT_OR_FUTURE = re.compile(f"{INTENT.pattern}|{FUTURE.pattern}|将")
# A look ahead that names no time: `下一步,苍南将…`, `今后,…` (not `今后五年`).
_OPEN_FUTURE = re.compile(
    r"(?:下一步|下步|接下来|下阶段|下一阶段|今后|未来)(?!\s*(?:[一二三四五两几\d]+|十几)\s*年)"
)


# (`城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右`, nec-driver.com, a 海南 county's 2024 targets)
# (`城镇和农村牧区常住居民人均可支配收入同比分别增长5%和7.5%`, r228 克什克腾 2025: Inner Mongolia's 农村牧区)
_BOTH = re.compile(
    r"城乡(?:常住)?居民|城镇\s*[、和及与]\s*(?P<rural>农村牧区|农村|乡村|农牧区)?(?:常住)?居民"
)


def _split_urban_rural(records: list[Record], sentence: str) -> list[Record]:
    """`城乡居民人均可支配收入分别增长a%、b%`: two figures for 城镇居民 and 农村居民, in that order; so are two
    figures of a bare `人均可支配收入` in a sentence about 城乡居民 (`城乡居民收入…，人均可支配收入分别达a元和b元`),
    and two figures of any `城乡…` given `分别`; two pairs alternate the same way."""
    about_both = bool(_BOTH.search(sentence))
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        if (
            _BOTH.search(record.indicator)
            or (about_both and record.indicator.startswith(_PER_CAPITA))
            or (record.indicator.startswith("城乡") and "分别" in sentence)
        ):
            groups.setdefault((record.indicator, record.unit), []).append(record)
    for group in groups.values():
        # two figures, or two pairs, a change's start and end (`城乡居民人均可支配收入从25475元和8892元增加到32432元和
        # 12787元`, r451 兴和 2022): the town's, then the country's
        if len(group) not in (2, 4):
            continue
        for record, who in zip(group, ("城镇居民", "农村居民") * 2, strict=False):
            both = _BOTH.search(record.indicator)
            if not both and record.indicator.startswith("城乡"):
                # `城乡低保标准分别提高到月人均450元和226元` (hljszw.org.cn 2015 yearbook): town's, then country's
                record.indicator = who[:2] + record.indicator[2:]
            elif both:
                if who == "农村居民" and both["rural"] in ("农村牧区", "农牧区"):
                    who = both["rural"] + "居民"  # the words the text uses for the rural part
                resident = who.replace("居民", "常住居民") if "常住" in both.group() else who
                record.indicator = _BOTH.sub(resident, record.indicator)
            else:
                record.indicator = who + record.indicator
            record.canonical = canonical_of(record.indicator, record.unit)
    return records


_PER_CAPITA = ("人均可支配收入", "人均纯收入", "人均收入")


def _split_deposits_loans(records: list[Record]) -> list[Record]:
    """`金融存贷款余额288.42亿元、219.06亿元,同比增长10.5%、14.8%` (fangxian.gov.cn 2024): two figures of one
    `存贷款` name are the deposits' and the loans', in that order (one figure is their sum: `存贷款余额103.42亿元`)."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        if "存贷款" in record.indicator:
            groups.setdefault((record.indicator, record.unit), []).append(record)
    for group in groups.values():
        if len(group) == 2:
            for record, which in zip(group, ("存款", "贷款"), strict=True):
                record.rename(record.indicator.replace("存贷款", which, 1))
    for deposits, loans in itertools.pairwise(records):
        # `金融机构存、贷款余额274.98亿元和294.42亿元,分别增长12.3%和17.6%` (r275 桐梓 2024): the list cut at its
        # pause left `金融机构存` and `贷款余额`; each is the deposits' or the loans' balance, of the same institutions
        first, second = _DEPOSITS_CUT.fullmatch(deposits.indicator), _LOANS_CUT.fullmatch(loans.indicator)
        if first and second and first["rate"] == second["rate"] and "存、贷款" in deposits.text:
            deposits.rename(f"{first['head']}存款{second['what']}{first['rate']}")
            loans.rename(f"{first['head']}贷款{second['what']}{first['rate']}")
    return records


_DEPOSITS_CUT = re.compile(r"(?P<head>[\u4e00-\u9fff]{2,12})存(?P<rate>增速|增幅|)")
_LOANS_CUT = re.compile(r"贷款(?P<what>余额|总额)(?P<rate>增速|增幅|)")


def _parallel_items(found: list[Record], sentence: str) -> list[Record]:
    """`学生平均校舍建筑面积小学达7.6平方米、中学达8平方米` (zswldj.1237125.cn 双江 2019): a two-character item after a
    figure stands for the one ending the name before it, as its peer (`小学`, `中学`), and shares that name's start."""
    for before, record in itertools.pairwise(found):
        item, name = record.indicator, before.indicator
        if (
            len(item) == 2
            and record.unit == before.unit
            and len(name) >= 4
            and name[-1] == item[-1]
            and name[-2:] != item
            and f"、{item}" in sentence
            # (an autonomous region's level is one word: `其中国家级示范社2家、自治区级4家、市级13家`, arko-bronz.com
            # 鄂伦春 2023, has no `自治市级`)
            and not name.endswith(("自治区级", "自治州级"))
        ):
            record.rename(name[:-2] + item)
    return found


_BARE_RATES = frozenset(("增长率", "增速", "增幅"))


def _rates_of_the_sentence_before(found: list[Record], before: list[Record]) -> list[Record]:
    """`全县新增城镇就业岗位1826个,新增农村劳动力转移就业岗位3912个。与2018年同期的…相比,增长率分别为10.3%和160%`
    (dzlps.cn 道县 2019): bare rates given `分别` are those of the levels the sentence before stated, in order."""
    rates = [r for r in found if r.unit == "%" and r.indicator in _BARE_RATES]
    levels = [r for r in before if not is_relative_unit(r.unit)]
    if len(rates) >= 2 and len(rates) == len(levels) and len(before) == len(levels):
        for rate, level in zip(rates, levels, strict=True):
            rate.rename(level.indicator + "增速")
    return found


# Ranking lists named before `中分别` (`在全国县域经济基本竞争力、中国中小城市综合实力百强排名中分别位列第7位、第6位`), and
# streaks given `分别` (`分别连续3年和连续5年位列中西部第一`).
_LISTS_RANKED = re.compile(
    r"((?:[\u4e00-\u9fff“”\"]{2,24}、)+[\u4e00-\u9fff“”\"]{2,24}?)(?:排名|排行榜?|榜单|评价结果?|考评)?中分别"
)
_STREAKS = re.compile(
    r"分别((?:连续(?:\d{1,2}|[两二三四五六七八九十])年(?:和|、|及))+连续(?:\d{1,2}|[两二三四五六七八九十])年)"
)
_STREAK = re.compile(r"连续(\d{1,2}|[两二三四五六七八九十])年")


def _ranks_in_lists(found: list[Record], sentence: str) -> list[Record]:
    """Ranks given `分别` after the lists they are in are each list's (`全国县域经济基本竞争力排名`); a first place held
    in each over streaks given `分别` is one record per list, each over its own streak (r306 长沙县 2017: `分别连续3年和连续5年
    位列中西部第一` → `2014-2016`, `2012-2016`)."""
    m = _LISTS_RANKED.search(sentence)
    if m is None:
        return found
    lists = [item.removeprefix("在") for item in m.group(1).split("、")]
    ranks = [r for r in found if r.unit == "名次"]
    out = list(found)
    if len(ranks) >= len(lists) and not _STREAKS.search(ranks[0].text):
        for rank, listed in zip(ranks, lists, strict=False):
            rank.rename(listed + "排名")
    streaks = _STREAKS.search(sentence, m.end())
    if streaks is None:
        return out
    held = next((r for r in ranks if _STREAKS.search(r.text)), None)
    counts = [month_number(n) for n in _STREAK.findall(streaks.group(1))]
    if held is None or len(counts) != len(lists) or not held.period[-4:].isdigit():
        return out
    end, scope = int(held.period[-4:]), _STREAKS.sub("", held.indicator)
    scope = re.sub(r"^(?:(?:和|、|及)?连续(?:\d{1,2}|[两二三四五六七八九十])年)+", "", scope)
    parts = [
        replace(held, indicator=listed + scope, period=f"{end - n + 1}-{end}", id="")
        for listed, n in zip(lists, counts, strict=True)
    ]
    at = out.index(held)
    return out[:at] + parts + out[at + 1 :]


def _multiples_of_levels(found: list[Record], before: list[Record]) -> None:
    """`预计2015年实现生产总值650亿元,年均增长15.2%;公共财政收入59.3亿元,年均增长31.7%,分别是“十一五”末的2.3倍和4.2倍`
    (r199 静海 2016): multiples given `分别` after levels stated on both sides of a `;` are those levels', in order."""
    multiples = [r for r in found if r.unit == "倍"]
    if len(multiples) < 2 or len({r.indicator for r in multiples}) != 1:
        return
    levels = [r for r in [*before, *found] if r.unit in MONEY_UNITS]
    if len(levels) != len(multiples) or not multiples[0].indicator.startswith(levels[-1].indicator):
        return
    suffix = multiples[0].indicator[len(levels[-1].indicator) :]
    for multiple, level in zip(multiples, levels, strict=True):
        multiple.rename(level.indicator + suffix)


# The three sectors as the parts of one trade's output (`林业总产值达9.086亿元,其中:第一产业产值39490万元,…`, tp.hkcd.com
# 兴文 2014): each is that trade's.
_TRADE_TOTAL = re.compile(r"(.{1,8}?业)总产值")
_THREE_SECTORS = re.compile(r"第[一二三]产业(?:产值|增加值)")


_OWN_VALUE_ADDED = re.compile(r"[\u4e00-\u9fff]{2,12}增加值")
# A sentence about one part of the economy (`民营经济中,第一产业增加值5.8亿元,…`): its figures are the part's.
_PART_OF_ECONOMY = re.compile(r"\s*(?:在)?([\u4e00-\u9fff]{2,6}经济)中\s*[,，:：]")
# The days of a holiday or a festival (`“五一”“端午”假期全区接待游客326万人次,实现旅游收入38.6亿元`, u02 双流 2021;
# `…杂技艺术节,节会期间,累计接待游客32.83万人次`, r283 吴桥 2025): their figures are not the period's headline ones.
_HOLIDAY = compile_words_first(r"假期|黄金周|小长假|(?:节|节会|春节|国庆|五一|端午|中秋|元旦|清明)期间")


def _holiday_figures(found: list[Record], sentence: str, holiday_start: int) -> None:
    for record in found:
        if record.text and sentence.find(record.text) >= holiday_start:
            record.canonical = ""


def _value_added_named(found: list[Record]) -> None:
    """`第三产业增加值146.8亿元,占GDP比重32.4%,增加值增长5.3%` (r127 长寿 2023): a bare `增加值` is the value added just
    named."""
    for n, record in enumerate(found):
        if not record.indicator.startswith("增加值"):
            continue
        named = next(
            (r.indicator for r in reversed(found[:n]) if _OWN_VALUE_ADDED.fullmatch(r.indicator)), ""
        )
        if named:
            record.rename(named + record.indicator.removeprefix("增加值"))


def _economy_parts(found: list[Record], part: str) -> None:
    """`民营经济中,…第三产业增加值32.7亿元` (f17 承德县 2020): the sentence's figures are the part's own, no headline."""
    for record in found:
        if not record.indicator.startswith(part):
            record.indicator, record.canonical = part + record.indicator, ""


# Industry as a part of the economy's output (`第二产业314601万元,…,其中工业增加值201119万元`, f13 伊吾 2016;
# `地区生产总值1564.49亿元,其中工业增加值1120.85亿元,占比71.64%`, f13 仁怀 2021): all industry, not the above-scale figure.
_INDUSTRY_OF_OUTPUT = re.compile(r"(?:地区生产总值|GDP|第二产业)[^。；;]*?其中[:：]?工业增加值")
_GOVERNMENT_LEVEL = re.compile(r"区级|县级|市级|旗级|本级")


# One industry as the topic of the sentence before: `新一代电子信息产业是松江区传统优势产业,集聚了广达、移远…等知名企业。
# 2023年,实现规上工业产值1359.24亿元` (r359 松江 2024): the industry's output, not the district's above-scale total.
_INDUSTRY_TOPIC = re.compile(r"(?:^|[，,。；;：:\s])(?:同时|其中|此外)?[，,]?([\u4e00-\u9fff]{2,10}?产业)是")
_PLACE_WIDE = re.compile(r"全[县市区旗镇]|全[县市区]域")


def _industry_topic(found: list[Record], before: str, sentence: str) -> None:
    topics = list(_INDUSTRY_TOPIC.finditer(before))
    if not topics or before.count("。", topics[-1].end()) > 1 or _PLACE_WIDE.search(sentence):
        return  # (only the sentence right after the topic's, and none about the whole place)
    industry = topics[-1].group(1)
    for record in found:
        if record.canonical.startswith(("规上工业", "工业")) and industry not in record.indicator:
            record.indicator, record.canonical = industry + without_place(record.indicator, record.region), ""


# A rate counted on the same basis as another year's (`同口径`) or without one-off items (`自然增长`), after the headline rate
# of the same indicator: `一般公共预算收入…比上年增长14%,剔除留抵退税政策影响后同口径增长6%` (f19 青白江 2023). The headline
# keeps the canonical name (tests/real/README.md: variants beyond the headline one are `""`).
_SAME_BASIS = re.compile(r"同口径|自然增")


def _same_basis_variants(found: list[Record]) -> list[Record]:
    for n, record in enumerate(found):
        if (
            record.canonical
            and record.unit == "%"
            and _SAME_BASIS.search(record.text)
            and any(r.canonical == record.canonical and not _SAME_BASIS.search(r.text) for r in found[:n])
        ):
            record.canonical = ""
            if (
                "同口径" in record.text
                and "同口径" not in record.indicator
                and record.indicator.endswith("增速")
            ):
                record.indicator = record.indicator[:-2] + "同口径增速"
    return found


def _sector_parts(found: list[Record], sentence: str) -> list[Record]:
    """`林业总产值…,其中:第一产业产值…` → `林业第一产业产值`."""
    if "其中" not in sentence:
        return found
    if _INDUSTRY_OF_OUTPUT.search(sentence):
        for record in found:
            if record.canonical.startswith("规上工业增加值") and _BARE_INDUSTRY.match(record.indicator):
                record.canonical = ""
    for n, record in enumerate(found):
        if (
            record.canonical
            and not record.canonical.startswith("规上工业")
            and any(r.canonical == record.canonical and r.indicator != record.indicator for r in found[:n])
            and re.search(f"其中[:：]?{re.escape(record.indicator[:4])}", sentence)
        ):
            # `全社会固定资产投资完成10.3亿元,增长26%,其中城镇固定资产投资3.1亿元,增长49.3%` (r364 巨鹿): the part after
            # `其中` of the total just given is not the headline figure (the above-scale industry is: `工业增加值增长6%,
            # 其中规模以上工业增加值…`, where the bare one is all industry)
            record.canonical = ""
    for record in found:
        level = _GOVERNMENT_LEVEL.match(record.indicator)
        if record.canonical and level and re.search(f"其中[:：]?{level.group()}", sentence):
            # `一般公共预算收入实现583.1亿元、增长0.4%,其中区级一般公共预算收入210.1亿元` (r265 青浦 2021): the part the
            # district keeps is not the headline total
            record.canonical = ""
    trade = ""
    for record in found:
        total = _TRADE_TOTAL.fullmatch(record.indicator)
        if total and not total.group(1).startswith("农林牧渔"):
            trade = total.group(1)
        elif trade and _THREE_SECTORS.fullmatch(record.indicator):
            record.indicator = trade + record.indicator
            record.canonical = ""
    return found


# (the things counted, said again between the count and the verb: `29项民生实事完成22项`)
_DONE_OF_COUNT = re.compile(
    r"([\u4e00-\u9fff]{0,12}?)((?:已|已经)?(?:完成|办结|建成|竣工|开工|投产|签约|落地))"
)
# A verb alone as a name (`今年,该县计划实施1200公里`), and the works it is done to, named with the verb before.
_BARE_DEED = re.compile(r"(?:实施|完成|建成|新建|建设|改造|改建|新改建|修建|铺设)")
_WORKS_DONE = re.compile(rf"{_BARE_DEED.pattern}?(.{{2,20}}?(?:工程|项目))")
_BARE_SPENDING = frozenset(("投资", "完成投资", "总投资"))
# Works named in the clause before a bare verb's, with no figure of their own: `做好水利水毁修复工程,计划实施6处`.
_WORKS_BEFORE = re.compile(
    r"(?:加快|做好|加大|推进|抓好|实施|启动)?((?:(?!加快|做好|加大|推进|抓好)[\u4e00-\u9fff]){2,20}?(?:工程|项目))"
    r"[\u4e00-\u9fff]{0,6}\s*[,，]\s*$"
)


def _deeds_named(found: list[Record], earlier: list[Record], sentence: str = "") -> list[Record]:
    """A bare verb names the works the text last did it to in the same unit (`共实施农村道路畅通工程828.5公里…。今年,
    该县计划实施1200公里`, jcgcw.com 庐江 2017), or the works the clause before names with no figure (`加快农村饮水安全
    解困工程建设力度,计划实施40处`, hybrid-steppingmotor.com 天等 2009); and a bare investment right after works is
    theirs (`…工程828.5公里,投资10.3亿元`)."""
    for n, record in enumerate(found):
        if _BARE_DEED.fullmatch(record.indicator) and not is_relative_unit(record.unit):
            at = sentence.find(record.text) if record.text else -1
            if at > 0 and (works := _WORKS_BEFORE.search(sentence, 0, at)):
                # (the works just named come before any named earlier)
                record.rename(record.indicator + works.group(1))
                continue
            same = next((r for r in reversed([*earlier, *found[:n]]) if r.unit == record.unit), None)
            if same and same.indicator.startswith(record.indicator) and same.indicator != record.indicator:
                record.indicator, record.canonical = same.indicator, same.canonical
        elif record.indicator in _BARE_SPENDING and record.unit in MONEY_UNITS and n:
            works = _WORKS_DONE.fullmatch(found[n - 1].indicator)
            if works and not is_count_unit(found[n - 1].unit):
                record.indicator = works.group(1) + record.indicator.removeprefix("完成")
    return found


def _homes_then_people(text: str, s_start: int, found: list[Quantity]) -> set[int]:
    """Where a `、` joins the households and the people of one thing (`8461户、29100人稳定脱贫`, r221 卢氏 2019), or
    groups and their people (`各类经纪人组织发展到100多个、4 600多人`, r220 肇东 2002): no clause ends there."""
    return {
        s_start + q.end
        for q, nxt in itertools.pairwise(found)
        if q.unit in ("户", "万户", "个", "家")
        and nxt.unit in ("人", "万人")
        and text[s_start + q.end : s_start + nxt.start].strip() == "、"
    }


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
    row_name: str = "",
) -> Iterator[Record]:
    """The records of the sentence text[s_start:s_end], whose quantities are `found`."""
    text = norm.text
    subject = ""  # the last indicator named in this sentence, for phrases like `同比下降5.6%`
    last_named = ""  # that indicator in full (`地区生产总值增速`)
    subject_start = s_start
    last = ("", "", s_start)  # the last figure's indicator, unit and clause start, for lists
    last_of_unit: dict[str, str] = {}  # the last indicator of each unit, for a higher goal after a rate
    # Quantities are found in the whole sentence (quotes around a slogan are context), then read per phrase.
    after_figures = {s_start + q.end for q in found} - _homes_then_people(text, s_start, found)
    bare: list[str] = []  # phrases without figures since the last figure: earlier items of a `分别` list
    levels: list[str] = []  # the indicators whose levels the sentence has stated so far, in order
    stated: list[Record] = []  # the achieved levels it has stated so far, whose last year's level may follow
    after_base = ""  # the level and base of last year's level just read (`财政总收入比上年`), naming a change after it
    projects = ""  # the last group of projects the sentence counted, whose totals may follow unnamed
    whole, parts = "", 0  # the group a `其中` split, and how many parts of it the sentence has counted since
    label_at = -1  # where the phrase after a label and its colon starts (`一般公共预算收入:完成12.5亿元`)
    peer_unit = ""  # the unit of a count of the field the place stands in, once the sentence has one
    spans = phrases(text, s_start, s_end, after_figures)
    if len(found) > 1:
        spans = _unglued(text, spans, found, s_start)
    # where the sentence's last figure's number starts: a phrase without a figure after it names nothing used
    last_number = s_start + max(q.number_start for q in found)
    for n, (p_start, p_end) in enumerate(spans):
        phrase = text[p_start:p_end]
        quantities = _in_phrase(found, p_start - s_start, p_end - s_start)
        if n + 1 < len(spans) and spans[n + 1][0] < p_end:
            # phrases that overlap (`314.5亿元、365亿元,预计年均增长24.5%`): a figure is read in the last one holding it
            quantities = [q for q in quantities if p_start + q.start < spans[n + 1][0]]
        if not quantities:  # a phrase without a figure makes no record and names no subject: a list item
            if n + 1 == len(spans) or spans[n + 1][0] > last_number:
                break  # no phrase after it holds a figure: what it names would serve none
            bare = [*bare, phrase]
            doubled = doubled_subject(phrase) if not subject else ""
            if doubled:  # `力争生产总值翻一番以上,实现26亿元以上,年均增长18%以上` (zhxpm.cn 台江 2011)
                subject, last_named, last = doubled, doubled, (doubled, "亿元", p_start)
            elif unitless := unitless_subject(phrase):  # `农民人均纯收入4434,增长18.1%` (r144 广德 2008)
                subject, last_named, subject_start = unitless, unitless, p_start
            elif described := described_subject(phrase) or ranking_named(text[s_start:p_end]):
                # `渔业产值增长较快,同比增长4.4%` (r314 晋江 2025); `在年度“全国投资潜力百强区”名单中,我区位列第79位` (f17_p02)
                # (`其中生物产业表现突出`, f15_p03 文峰 2025: a sector's, in a passage on value added, is its value added)
                if described.endswith("业"):
                    window = text[max(0, s_start - SECTOR_WINDOW) : p_end]
                    described = sector_value_added(described + "增速", window)[:-2]
                subject, last_named, subject_start = described, described, p_start
            elif text.startswith((":", "："), p_end) and (label := _labelled(phrase)):
                # `规模以上工业增加值:增长8%(依据区人代会目标设置…)` (wnwk.com 2023 县域经济考核指标): a label, then its figure
                subject, last_named, subject_start = label, label, p_end + 1
                label_at = p_end + 1
            continue
        made: list[Record] = []
        kept = [
            q
            for i, q in enumerate(quantities)
            if project_investment(phrase, q, quantities)
            or group_investment(phrase, q, text[p_end:s_end])
            or (
                (
                    not is_qualifier(phrase, q, quantities[i + 1 :])
                    or _length_of_count(quantities, i)
                    or _opening_area(phrase, q)
                )
                and not is_name_part(phrase, q, text[p_end:s_end])
            )
        ]
        kept = [
            q
            for q in kept
            if not (q.unit == "个" and phrase.startswith("月", q.end))  # `持续6个月`
            and not listed_threshold(text, s_start, p_start + q.start, p_start + q.end, q)
            and not is_base_value(
                phrase, q, text[p_end:s_end]
            )  # (`增幅较1-2月(-0.6%)提高18.0个百分点`: the base's value is no figure)
        ]
        named_here = ""
        named_count = False  # whether named_here is a count's
        phrase_project = (
            ""  # the project an investment before described (`投资3.74亿元的…工程完成投资9400万元`)
        )
        for index, q in enumerate(kept):
            if is_set_before_part(phrase, q, kept[index + 1 :]) and _stated_before(
                text, p_start + q.number_start, phrase[q.number_start : q.end]
            ):
                # `列入省重大项目3个,截至目前,3个省重大项目已开工2个` (f21_p08 老城): a set the text has counted already
                # names the part; only the part is a new figure (`全县26个重点工业项目已开工建设17个`, r365 吉安, is the
                # year's list, counted there only)
                continue
            project = project_investment(phrase, q, kept)
            if project:  # `引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目`: the project's own figure
                section = section_at(sections, p_start + q.start)
                # an item of a list of projects is quoted on its own (`…、总投资5亿元的铝型材办公家具生产项目、…`)
                item_start, item_end = phrase.rfind("、", 0, q.start) + 1, phrase.find("、", q.end)
                record = _record(
                    doc,
                    norm,
                    section,
                    fallback,
                    s_start,
                    p_start + q.start,
                    p_start + item_start,
                    p_start + item_end if item_end >= 0 else p_end,
                    "项目总投资",
                    q,
                )
                record.subject = project
                made.append(record)
                phrase_project = project
                continue
            group = group_investment(phrase, q, text[p_end:s_end])
            if group:  # `总投资34.02亿元的10个重点项目集中开工`: what those projects invest together
                if group.startswith(("项目", "工程")):  # (`…的27个项目集中开工`: 集中开工项目总投资)
                    group = (projects_event(phrase[q.end :]) or group[:2]) + group[2:]
                section = section_at(sections, p_start + q.start)
                made.append(
                    _record(
                        doc, norm, section, fallback, s_start, p_start + q.start, p_start, p_end, group, q
                    )
                )
                continue
            before_start = kept[index - 1].end if index else 0
            progress = target_amount = False
            ranked_at = -1
            if index and phrase[before_start : before_start + 2].lstrip()[:1] in "(（":
                # `地区生产总值760亿元(含港务区)、增长5.6%`: an aside after a figure is that figure's own
                aside = _FIGURE_ASIDE.match(phrase, before_start)
                before_start = aside.end() if aside else before_start
            between = phrase[before_start : q.start]
            if "下同" in between:
                # `地区生产总值318亿元,同比增长(下同)2.5%` (nec-driver.com 新兴 2023): an editor's aside
                between = _SAME_BELOW.sub("", between)
            clause_start = p_start
            if _length_of_count(kept, index) and last[1] == "条" and last[0]:
                indicator = (
                    f"{last[0]}里程"  # `28条208公里建制村连接线`: the length of the roads just counted
                )
            elif (
                index
                and (
                    FROM_TO.fullmatch(between)
                    or (  # `贫困人口由13677户49479人…` (陇县 2019): households and people of one thing
                        not between.strip()
                        and is_count_unit(q.unit)
                        and is_count_unit(kept[index - 1].unit)
                        and not in_count_chain(phrase, q)
                        # (`新增50家达127家`: the total after the increase)
                        and not added_then_total(phrase, q)
                    )
                    or (_extent_of_count(between, q, kept[index - 1].unit) and not named_here[:1].isdigit())
                )
            ):  # `从1744亿元增加到2616亿元`: the same indicator
                indicator = named_here
            else:
                # `60天(占66.7%)`: this phrase's
                subject = without_year_base(subject, phrase[: q.number_start])
                here = subject_of_name(named_here) if named_here else subject
                ranked = named_here or last_named  # a rank after a growth rate ranks the rate
                if q.unit in ("位", "位次", "个位次") and last[1] == "名次":
                    ranked = last[0]  # `居全省第11位,比一季度前移4位`: the change of that rank
                name = indicator_name(phrase, before_start, q)
                if name[:1].isdigit() and index + 1 < len(kept) and kept[index + 1].start == q.end:
                    # `完成房屋征收1049户18.08万平方米`: the figure glued after a count is no name of what it counts
                    name = indicator_name(phrase[: q.end], before_start, q)
                if index + 1 < len(kept) and _length_of_count(kept, index + 1):
                    # `实施28条208公里建制村连接线` (r321 永胜 2020, trad): roads counted, then their length, then what they are
                    name = indicator_name(phrase, before_start, q._replace(end=kept[index + 1].end)) or name
                if (
                    q.unit in ("户", "万户")
                    and index + 1 < len(kept)
                    and kept[index + 1].start == q.end
                    and kept[index + 1].unit in ("人", "万人", "名")
                    and _HOUSEHOLDS_LEAD.fullmatch(name)
                ):
                    # `全县35532户153083名贫困人口全部脱贫` (f14_p02 酉阳 2022): households, then their people, of what
                    # is named after both (not a population alone, a fact of the place: `对全县6.48万户23.24万农村常住人口
                    # 进行遍访甄别`, f14_p03 鹤庆 2018)
                    after = indicator_name(phrase, q.end, kept[index + 1])
                    name = name if after.endswith("人口") else after
                if (
                    q.unit in ("亿元", "万元")
                    and (_PLACE_ALONE.fullmatch(name) or _BARE_ACHIEVE.fullmatch(name))
                    and (output := OUTPUT_NOUN_AFTER.match(phrase, q.end))
                ):
                    # `完成七百亿投资` (f15_p14 龙游): the amount is the investment named after it
                    name = output["noun"]
                elif (
                    q.unit in ("亿元", "万元", "元")
                    and (_PLACE_ALONE.fullmatch(name) or _FUNDS_VERB.fullmatch(name))
                    and (funds := _FUNDS_AFTER.match(phrase, q.end))
                ):
                    # `1.34亿元资金精准滴灌`, `争取60.4亿元政策资金创历史新高` (r416 湘乡 2025): the funds named after it
                    name = name + funds["noun"]
                if _PLACE_ALONE.fullmatch(name) and not index and (measured := _opening_area(phrase, q)):
                    # `50万平方米标准厂房全部开工` (r260 平阴 2019), `253万亩水田,年产14亿斤!` (f19_p10 五常, a headline): an
                    # area that opens its clause measures what is named right after it
                    name = f"{measured.group(1)}{measured.group(2).strip()}面积"
                if q.unit == "个月":
                    # `去化周期缩短到2.6个月`: the span reached, named without its verb
                    name = _SPAN_VERB_END.sub("", name)
                name = with_quoted_name(
                    name, phrase, before_start, q, text[s_start:p_start], text[p_end:s_end]
                )
                if (
                    text.startswith(_OPENING_QUOTES, p_end)
                    and is_count_unit(q.unit)
                    and not phrase[q.end :].strip()
                    and not name.endswith("”")
                ):
                    # `新增16个“文化驿站”` (r164 苍南 2022): the quoted facility after the count is what it counts
                    name += quoted_thing(text[p_end : p_end + _QUOTED_THING_MAX])
                name = rank_of_listed(name, phrase, kept, index, q)
                name = rank_in_field(name, phrase, kept, index, q)
                if not here and (name.startswith("增加值") or name in _MEASURE_NAMES):
                    # `蔬菜及食用菌种植面积13.3千公顷,增长0.4%;产量47.6万吨` (sjzyihang.com 宜章 2023): after a `;`
                    here = carried  # `工业总产值达到21.78亿元…;增加值9.29亿元`
                elif not here and q.unit == "%" and _PLAN_SHARE_ALONE.fullmatch(name):
                    # `全县规模工业累计完成产值96.02亿元,同比增长23%;占年度目标95%` (f15_p15 枞阳 1-11月): progress of it
                    here = carried
                if not here and carried and name.endswith("增速") and name[:-2] in _MEASURE_NAMES:
                    # `规上工业增加值增长14.3%,…;产值增长2.0%` (yangling.gov.cn 2023): the same sector's output
                    indicator = with_subject(name[:-2], carried, q, ranked) + "增速"
                else:
                    indicator = with_subject(name, here, q, ranked)
                indicator = of_group(INDICATOR_ALIASES.get(indicator, indicator), projects, q.unit, between)
                indicator = progress_of(indicator, levels, q.unit)
                named = progress_of_target(indicator, phrase[: q.number_start], phrase[q.end :], here, q.unit)
                target_amount = named != indicator and q.unit != "%"  # `完成全年43亿元目标任务的…`: a target
                indicator = named
                indicator = part_of(indicator, here, between, q.unit)
                if q.unit == "%" and indicator.endswith(("业增速", "业增幅")):
                    window = text[max(0, s_start - SECTOR_WINDOW) : p_start + q.start]
                    indicator = sector_value_added(indicator, window)
            if (
                index
                and named_count
                and q.unit == kept[index - 1].unit
                and (done := _DONE_OF_COUNT.fullmatch(phrase[before_start : q.number_start].strip()))
                and named_here.endswith(done.group(1))
                and not named_here.endswith(done.group(2))
            ):
                # `29项民生实事完成22项` (hljszw.org.cn 2015 yearbook): the part of the things just counted that is done
                indicator = named_here + done.group(2)
            if (
                q.unit == "%"
                and _AT_RATE.search(between)
                and len(indicator) <= 2
                and last_named.endswith("增速")
            ):
                # `全面完成7%增长目标,对内按8%分解任务`: the same goal, handed down at another rate
                handed = _HANDED_DOWN.match(phrase, q.end)
                indicator = f"{last_named}{handed.group(1)}目标" if handed else last_named
            if indicator and (subject or carried) and _RATE_ONLY.fullmatch(indicator) and q.unit == "%":
                # `同口径增长5.8%`; `比上年下降4.1%;与2020年相比,两年平均增长2.5%` (云和 2022): after a `;`, the same
                indicator = (subject or carried) + indicator.replace("同口径", "").replace("同比", "")
            indicator = same_time_before(indicator, last[0], last[1], q.unit)
            if not indicator:
                # `完成19.6亿元,增长6.3%,较去年同期下降6.8个百分点` (fzmq.gov.cn 2017): the change of the rate just given
                rate = last[0] if q.unit == "个百分点" and last[1] == "%" and last[0].endswith("增速") else ""
                if named_here:  # `…760亿元(含港务区)、增长5.6%`: the rate of what this phrase just named
                    own = subject_of_name(named_here)
                    indicator = growth_name(rate if rate.startswith(own) else own, between, q)
                else:
                    indicator = growth_name(
                        rate if subject and rate.startswith(subject) else subject, between, q
                    )
                    clause_start = subject_start if indicator else p_start
            if (
                not indicator
                and subject
                and last[1] == q.unit
                and not is_relative_unit(q.unit)
                and (change := _AMOUNT_CHANGE.fullmatch(between))
            ):
                # `农牧民人均纯收入达16260元,增加1024元` (r152 和硕 2017), `粮食产量实现26.92亿斤,增产0.94亿斤` (r149 北林
                # 2025): the change of the level just given, in its unit
                indicator, clause_start = subject + change["verb"], p_start
            if not indicator and q.unit == "名次" and (named_here or last_named):
                # `规上工业增加值增长19%，位列全市第1名`: the rank of the figure just named
                scope = _RANK_SCOPE_WORD.search(between)
                ranked_name = named_here or last_named
                if not ranked_name.endswith("排名"):  # (`位居65位、2008年排37位`: the same rank again)
                    ranked_name = f"{ranked_name}{scope.group() if scope else ''}排名"
                indicator = ranked_name
                clause_start = p_start
            if not indicator and q.unit == RANK_UNIT and not index and _PLACE_AT_RANK.fullmatch(phrase, q.end):
                # `第77位是由沧州市管理的黄骅市,GDP为801亿元` (r389 迁安 2024): a ranking's places listed by rank, each
                # line the place's; the ranking named before, if it was
                indicator = ranking_before(text[max(0, s_start - _RANKING_WINDOW) : s_start]) or "排名"
                after = section_at(sections, p_end)
                if after.region and after.region[:2] in phrase:
                    ranked_at = p_end  # the place named after the rank, whose section opens after its name
            if not indicator and q.unit == RANK_UNIT and (listed := _RANKING_AFTER.match(phrase, q.end)):
                # `其中我县以第25名上榜2018年全国投资潜力百强县(市)` (f18_p14 正定 2018): the ranking named after the rank
                indicator, clause_start = f"{listed['name']}排名", p_start
            if (
                not indicator
                and q.unit == RANK_UNIT
                and (ranking := ranking_before(text[s_start : p_start + q.start]))
            ):
                # `…百强县(市)名单,吴起县榜上有名,…,位居第12位` (f13_p05): the ranking the sentence named
                indicator, clause_start = ranking, p_start
            if (
                not indicator
                and last[1] == q.unit
                and (scope := _NEXT_SCOPE.fullmatch(between))
                and _SCOPE_END.search(last[0])
            ):  # `增幅高于全国0.7、全省2.3个百分点`: the same comparison against the next scope
                indicator = _SCOPE_END.sub(scope["scope"], last[0])
                clause_start = last[2]
            if (
                not indicator
                and last[1] == q.unit == "%"
                and last[0].endswith(("增速", "增幅"))
                and between.strip()
                and _RATE_AGAIN.fullmatch(between)
            ):  # `GDP增长是13%,今后可以实现…,甚至是20%` (fx361.cc 黔西 2010): the same rate, said again
                indicator, clause_start = last[0], p_start
            if (
                indicator in ("增长", "同比增长", "增速")
                and last[0].endswith("增速")
                and last[1] == q.unit
                and _LIST_GAP.fullmatch(between)
                and "分别" in text[last[2] : p_start + q.start]
            ):
                # `分别实现14.2%、5.2%、157.3%的同比增长` (f15_p03 文峰 2025): the growth named after a list's last rate
                # is the list's, not a rate of its own
                indicator = ""
            if (
                not indicator
                and (
                    last[1] == q.unit
                    or (_same_kind(last[1], q.unit) and "分别" in text[last[2] : p_start + q.start])
                    # `粮食播种面积、产量分别达177.1万亩、64万吨` (r370 仁寿 2022): items of different measures, each with its
                    # own unit, named together before `分别`
                    or (
                        not is_relative_unit(q.unit)
                        and not is_relative_unit(last[1])
                        and _JOINED.search(last[0])
                        and _EACH_LEVEL.search(text, last[2], p_start)
                    )
                    # `苏尼特双峰驼和蒙古马养殖规模稳定在2万匹、5000峰左右` (f15_p02 苏尼特左旗 2021): herds of two kinds
                    or (
                        is_count_unit(last[1])
                        and is_count_unit(q.unit)
                        and not between.strip()
                        and text[p_start - 1 : p_start] == "、"
                        and p_start - 1 in after_figures
                    )
                )
                and _LIST_GAP.fullmatch(between)
            ):  # (`生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只`, hqbet6098.com 2021: units of one kind)
                indicator, clause_start = last[0], last[2]  # `分别增长6%和7%`, `92356元、48217元`
            if (
                not indicator
                and not index
                and last[1] == q.unit
                and _JOINED.search(last[0])
                and _EACH_LEVEL.fullmatch(between)
            ):
                # `工业总产值、主营业务收入双双突破1000亿元,分别达1014.51亿元、1001.2亿元` (r406 小蓝经开区 2016): the
                # items' own levels after a mark they both passed
                indicator, clause_start = last[0], p_start
            if (
                not indicator
                and last[1] != q.unit
                and (same := last_of_unit.get(q.unit))
                and _HIGHER_GOAL.fullmatch(between)
            ):
                # `财政收入达到5.68亿元,增长8%,力争突破6亿元` (f21_p06 曲沃 2009): the higher goal of the level given
                # before its rate
                indicator, clause_start = same, p_start
            if not indicator and last[0] and last[1] == q.unit and _HIGHER_GOAL.fullmatch(between):
                # `地区生产总值超330亿元、力争达350亿元` (r396 都匀 2022), `确保新增规上工业企业40户,力争50户` (f20_p13
                # 金堂): the higher goal of the figure just given
                indicator, clause_start = last[0], p_start
            if (
                not indicator
                and not subject
                and not is_relative_unit(q.unit)
                and _LEVEL_ONLY.fullmatch(phrase, 0, q.start)
                and (terms := find_terms(bare[-1] if bare else carried if p_start == s_start else ""))
            ):
                # `全市经济总量实现跨越发展,2010年完成200.06亿元` (r391 格尔木 2010), `玉龙县固定资产投资对全市投资作出了
                # 积极贡献,2022年完成173亿元,在全市占比30.5%;2023年完成169亿元` (f17_p11 玉龙 2024): a year's level of
                # the indicator the clause before named
                indicator = terms[0].term
            if (
                not indicator
                and not index
                and bare
                and not is_relative_unit(q.unit)
                and _EACH_LEVEL.fullmatch(phrase, 0, q.start)
                and _JOINED.search(listed := clean_name(bare[-1]))
                and find_terms(listed)
            ):
                # `生物健康和自行车(童车)两大产业主营业务收入,分别为128.3亿元、108.6亿元` (r525 曲周 2024): the levels of
                # the items the clause before listed
                indicator = listed
            if not indicator and q.unit == "%" and "分别" in phrase and bare:
                # `禽蛋产量、水果和蔬菜增长较快,增速分别达9.1%、7.5%、5.5%`: the rates of the items listed before
                listed = _LISTED_GROWERS.fullmatch(clean_name(bare[-1])) or _LISTED_COMMENTED.fullmatch(
                    clean_name(bare[-1])
                )
                if listed and _JOINED.search(listed.group(1)):
                    indicator = f"{listed.group(1)}增速"
                elif examples := _EXAMPLES_GROWING.fullmatch(bare[-1].strip()):
                    # `纺织业、非金属矿物制品业、金属制品业等传统行业增速亮眼,分别实现14.2%、5.2%、157.3%的同比增长`
                    # (f15_p03 文峰 2025): the examples are the items, not the class they are of
                    # (a sector's rate is its value added's in a passage on value added, as one named alone is)
                    window = text[max(0, s_start - SECTOR_WINDOW) : p_start + q.start]
                    indicator = sector_value_added(f"{examples.group(1)}增速", window)
            if (
                (not indicator or _CONVERTED.fullmatch(indicator))
                and (named_here or subject)
                and _CONVERTED.fullmatch(between)
            ):
                # `人均GDP17861元(折合2805美元)` (cq66666.cn 宿松 2015 bulletin): the same level in another currency
                indicator = subject_of_name(named_here) if named_here else subject
            if (
                not indicator
                and 0 <= label_at <= p_start
                and not text[label_at:p_start].strip()
                and not index
                and not is_relative_unit(q.unit)
                and _LEVEL_VERB_ONLY.fullmatch(between)
            ):
                indicator, clause_start = (
                    subject,
                    p_start,
                )  # `一般公共预算收入:完成12.5亿元`: the label's level
            if not indicator and (milestone := _milestone_of_rate(phrase[before_start : q.start], q, last)):
                indicator = milestone  # `…增长8%,首次突破900亿元大关`: the level the growth took it past
            if (
                not indicator
                and subject
                and _level_of_subject(phrase[before_start : q.start], q, last, phrase[q.start : q.start + 2])
            ):
                indicator = subject  # `财政收入突破百亿元，2020年达到112.3亿元`: the subject's level
            if not indicator and q.unit == "%" and named_here and _OF_IT.fullmatch(between):
                goal = _BARE_TARGET_END.search(named_here) or _HANDED_DOWN_TASK_END.search(named_here)
                if not goal and subject and (budget := _BUDGET_END.search(named_here)):
                    # (`完成年初预算65200万元的96.57%`: the subject's share of its budget reached)
                    indicator = f"{subject}完成{budget.group().removesuffix('数')}比例"
                    progress = True
                elif goal:  # `完成市下达年度目标293亿元的81.4%`: the share of that target reached (achieved)
                    # (`完成地区目标任务283亿元的39.43%`, r190 阿克苏 2024: 地区 is the region's, no district's)
                    at = goal.start() - (
                        goal.start() > 0 and named_here[goal.start() - 1 : goal.start() + 1] == "地区"
                    )
                    indicator = f"{named_here[:at].removeprefix('占')}完成{named_here[at:]}"
                    progress = True
            if not indicator and q.unit == "%" and not subject and _GROWTH_GOAL_AFTER.match(phrase, q.end):
                indicator = "经济增速"  # `全面完成7%增长目标`: an unnamed growth goal is the economy's
            if not indicator and subject and NAMED_TARGET.match(phrase, q.start):
                # `城镇登记失业率控制在1.77%，稳定控制在2%的年度目标以内`: the target of the sentence's subject
                indicator = subject + ("年度目标" if "年度" in phrase[q.end :] else "目标")
            if (
                not indicator
                and not index
                and text[p_start - 1 : p_start] == "、"
                and p_start - 1 in after_figures
                and _extent_of_count(between, q, last[1])
            ):  # `累计动迁4430户、53.8万平方米` (abcjf.cn 泰兴 2009): the extent of what was just counted
                indicator, clause_start = last[0], last[2]
            if (
                not indicator
                and index
                and named_count
                and not between.strip()
                and q.unit in MONEY_UNITS
                and is_count_unit(kept[index - 1].unit)
            ):  # `累计发放创业担保贷款184笔4081.5万元` (r326 瓜州 2023): the amount of the things just counted
                indicator = named_here + "金额"
            if not indicator and row_name and not named_here:
                indicator = row_named(row_name, q.unit)  # a `|` table's cell that states only its figure
            if q.unit == "天" and (taken := days_taken_name(phrase, q, indicator, kept[index + 1 :])):
                indicator = taken  # `78天完成67座电力塔(基)搬迁` (r322 威远 2023): how long the work took
            if after_base and (change := _AMOUNT_CHANGE.fullmatch(between)):
                # `比上年1.46万担增收0.66万担`, `(比上年的7602万元增加4398万元)`: the change of the level just given
                indicator, clause_start = f"{after_base}{change['verb']}", p_start
            after_base = ""
            if not indicator:
                continue
            indicator = _TRAILING_LE.sub("", indicator)  # `降幅较一季度收窄了`
            if indicator.endswith("等") and "、" in indicator:
                # `开工项目包括A、B、C等18个` (news.gqsoso.com 崇左 2022): the examples are no name, what they are of is
                indicator = _examples_of(phrase[: q.start]) or indicator
            if q.unit == "个百分点" and _BASE_END.search(indicator):
                # `降幅较一季度收窄14.3个百分点` (a seed): the verb before the figure belongs to the name too
                verb = _CHANGE_VERB.search(phrase, max(0, q.start - 4), q.number_start)
                indicator += verb.group(1) if verb else ""
            if q.unit == RANK_UNIT and is_slogan_rank(text, p_start + q.start, p_start + q.end):
                continue  # `“建设省会副中心、挺进全国前十强”发展目标`: a slogan's words, no rank set
            if is_peer_count(phrase, q):
                peer_unit = q.unit
                continue  # `在全国217家国家级开发区综合考评中位列第13位`: the field ranked in, not a figure
            if (
                q.unit == peer_unit
                and _PEERS_PASSED.fullmatch(phrase, 0, q.start)
                and not phrase[q.end :].strip()
            ):
                continue  # `全国各地共有36个开发区申报…,目前获批12个` (r172 吉林经开区 2011): more of that field
            # (last year's level names nothing the figures after it are of: `比上年同期2841吨增加834吨,增29.3%`)
            last_year = last_year_base(phrase, q.start, q.end, text[p_end:s_end])
            if not last_year and (
                not named_here or (named_count and q.unit != "%" and not is_count_unit(q.unit))
            ):
                # `75家…龙头企业年销售收入18.4亿元,增长10.5%`: a rate after a count and an amount is the amount's
                named_here, named_count = indicator, is_count_unit(q.unit)
            if (
                q.unit == "%"
                and indicator.endswith("占比")
                and (wider := _SHARE_IN_WIDER.search(phrase, 0, q.start))
            ):
                # `…2022年完成173亿元,在全市占比30.5%` (f17_p11 玉龙 2024): the share of the city's total, no share of
                # the place's own
                indicator = f"{indicator[:-2]}占{wider[1]}比重"
            if not last_year:
                last = (indicator, q.unit, clause_start)
                last_of_unit[q.unit] = indicator
            section = section_at(sections, ranked_at if ranked_at >= 0 else p_start + q.start)
            record = _record(
                doc, norm, section, fallback, s_start, p_start + q.start, clause_start, p_end, indicator, q
            )
            if q.unit == RANK_UNIT and _PLACE_RANK.fullmatch(record.indicator) and subject.endswith("排名"):
                # `在…百强区评选中,东昌府区位列第79位` (f17_p02 东昌府 2018): that ranking's
                record.rename(subject)
            if progress:
                record.kind = ACTUAL
            elif target_amount:
                record.kind = TARGET
            if last_year:
                _last_year_level(record, [*stated, *filter(_achieved_level, made)])
                after_base = record.indicator + last_year
            if (
                is_county_fact(
                    record.indicator, record.unit, bool(_PLANNED.search(text, s_start, p_start + q.start))
                )
                or is_not_a_figure(phrase, q, record.indicator)
                or is_incidental(text[s_start:s_end], phrase, q)
            ):
                continue  # `总面积863平方公里`, `总人口33万人`: what the place is, not a figure of its work
            if is_count_unit(q.unit) and acted_on(phrase[before_start : q.start], phrase[q.end :]):
                record.subject, record.kind = record.indicator, ACTUAL  # a stock the place acts on
            else:
                record.subject = subject_of(
                    entities,
                    p_start,
                    text[s_start : p_start + q.start],
                    phrase[: q.start],
                    counted=is_count_unit(q.unit),
                )
                if not record.subject and phrase_project and record.indicator.startswith(phrase_project):
                    record.subject = phrase_project  # (yunlong 2017: what that project has done since)
                if not record.subject and index + 1 == len(kept):  # `占地2700亩、总投资…的…项目`
                    record.subject = chained_project(text[p_start + q.end : s_end])
                if not record.subject and p_start > s_start:
                    record.subject = built_facility(text[s_start:p_start])
                if record.subject == record.region:
                    record.subject = (
                        ""  # (`德阳高新技术产业园区实现工业总产值…`, a zone's own figure: deyang.021cf.cn)
                    )
                if record.subject:
                    own = without_subject(record.indicator, record.subject)  # the subject is named on its own
                    record.indicator = clean_name(without_reference(own)) or record.indicator
                    if q.unit == "个百分点" and (verb := _CHANGE_VERB.search(own)):
                        # (a change keeps its verb: `…12.49亿元,同比下降14%,但降幅较上月收窄了2个百分点`, f15 枞阳)
                        record.indicator += "" if record.indicator.endswith(verb.group(1)) else verb.group(1)
                else:  # (the towns stay in the name: `龙湖镇财政收入`)
                    record.subject = towns_subject(phrase[: q.start], record.region, is_count_unit(q.unit))
            if projects and record.indicator.endswith("类") and is_count_unit(q.unit):
                # `全年共谋划重点建设项目129个,…,其中产业类66个、基础设施类30个` (r176 寿阳 2022): a class of that group
                record.rename(record.indicator + group_noun(whole or projects))
            made.append(record)
            if not (projects and _PART_ASIDE.search(phrase, 0, q.start)):
                # (`引进项目51个(其中超10亿项目7个)`, r45 陆丰: a part of the group counted before is not the group)
                split = bool(projects) and _SPLIT_OPENED.search(text, s_start, p_start + q.start) is not None
                if split and is_count_unit(q.unit):
                    _keep_group_event(record, whole or projects)
                group = counted_group(record.indicator, q.unit)
                if (
                    len(group) > 4
                    and phrase[: q.start].rstrip().endswith(group[:2])
                    and group.endswith("项目")
                ):
                    group = group[
                        2:
                    ]  # (`引进15个文创项目、协议投资191亿元`, r101: the verb before the count is not the group's)
                if group and split:
                    # parts after `其中`: a total after one part is that part's (`其中新开工项目四项,总投资16590万元`,
                    # f14_p19 长洲 2016), after two or more the whole list's (`陵水安排政府投资项目185个,其中新开工项目
                    # 114个,续建项目71个,总投资179.1亿元`, r174 陵水 2019)
                    whole, parts = whole or projects, parts + 1
                    projects = whole if parts > 1 else group
                else:
                    projects = group or projects
        yield from _spread_rates(_listed_items(phrase, made, bare), phrase, levels)
        bare = [] if quantities else [*bare, phrase]
        if named_here:
            if not (_aside_on_subject(named_here, made, subject) and last_named):
                subject, subject_start, last_named = subject_of_name(named_here), p_start, named_here
            levels.extend(subject_of_name(r.indicator) for r in made if r.unit != "%")
        stated.extend(filter(_achieved_level, made))


# The event of a batch of projects, opening the batch's name (`本次集中开工项目10项`): its parts after `其中` are parts
# of that batch (`其中,工业类项目6项` → `集中开工工业类项目`, r552 平山 2023; `一季度集中开工项目共有7个,…,其中产业项目
# 4个`, f21_p10 衡水高新区 2024), unless a part names its own stage (`其中新开工项目…`). (`新签约项目98个,其中20亿元以上
# 项目3个`: gold names the part `新签约…` in r464 巢湖 and r491 沭阳 but not in f21_p16 安乡, so a year's signings are left.)
_GROUP_EVENT = re.compile(r"^(?:[一二三四]季度|上半年|下半年)?((?:集中)?签约|集中开工)(?=[^，,。；;]*项目$)")
_PART_STAGE = re.compile(r"开工|签约|竣工|投产|续建|新建|在建|建成|落地|开业|储备|前期|结转")


def _keep_group_event(record: Record, group: str) -> None:
    """Name a part of a group of projects after `其中` by the event that counted the group."""
    event = _GROUP_EVENT.match(group)
    if event and record.indicator.endswith("项目") and not _PART_STAGE.search(record.indicator):
        record.rename(event.group(1) + record.indicator)


def _achieved_level(record: Record) -> bool:
    """Whether the record states an achieved level (no rate or share), one last year's level may be of."""
    return record.kind == ACTUAL and record.unit != "%"


def _last_year_level(record: Record, stated: list[Record]) -> None:
    """Last year's level named as a change's base (`全年县级一般公共预算收入31751万元,…,较上年28899万元增长9.9%`,
    r563 周至): achieved, the year before the sentence's, and of the last level the sentence stated in its unit."""
    record.kind = ACTUAL
    record.period = year_before(record.period)
    money = record.unit in MONEY_UNITS
    level = next((r for r in reversed(stated) if r.unit == record.unit or (money and r.unit in MONEY_UNITS)), None)
    if level is not None:
        record.rename(level.indicator)
        record.subject = level.subject


# A page that lost its commas glues a figure to the next clause: `第一产业增加值6.55亿元增长4.8%第二产业增加值510.94亿元`,
# `城镇人口53.51万人乡村人口2.30万人常住人口城镇化率95.88%` (nmgqq.com.cn 乌海 yearbook 2022). A rate ends its clause
# where a word follows it at once; an amount does where a change of it follows (`6.55亿元增长4.8%`).
_GLUED_AFTER_RATE = re.compile(
    r"(?!以[上下内]|左右|上下|的|和|及|与|或|之|等|增长目标|目标|任务|[提增]高|提升|增加|增至|升至|降至|降低|下降|上升|回落|扩大|"
    r"收窄|[至到])[\u4e00-\u9fff]"
)
_GLUED_CHANGE = re.compile(r"(?:比上年|较上年|比去年|较去年|同比)?(?:增长|下降|增加|减少)(?![到至为了])")
# (or the next figure's own name, all words: `53.51万人乡村人口2.30万人`; not what the amount qualifies: `10亿元项目3个`)
_GLUED_NAME = re.compile(
    r"(?:城镇|乡村|农村|城市|男性?|女性?|农业|非农业|常住|户籍)[\u4e00-\u9fff]{0,6}(?=\d)"
)
_GLUED_AMOUNT_UNITS = frozenset(
    ("亿元", "万元", "元", "万人", "人", "万吨", "吨", "万亩", "亩", "万户", "户")
)
_GLUED_PEOPLE_UNITS = frozenset(("万人", "人", "万户", "户"))


def _unglued(
    text: str, spans: list[tuple[int, int]], found: list[Quantity], s_start: int
) -> list[tuple[int, int]]:
    """The phrases, also cut after a figure glued to the next clause (see _GLUED_AFTER_RATE)."""
    cuts = set()
    for q in found:
        at = s_start + q.end
        if at >= len(text) or not ("\u4e00" <= text[at] <= "\u9fff") or q.end != q.number_end or q.cmp != "=":
            continue  # (a bound or a range ends no clause: `20亿元以上重大项目5个`)
        glued = (
            (q.unit in ("%", "个百分点") and _GLUED_AFTER_RATE.match(text, at))
            or (q.unit in _GLUED_AMOUNT_UNITS and _GLUED_CHANGE.match(text, at))
            or (q.unit in _GLUED_PEOPLE_UNITS and _GLUED_NAME.match(text, at))
        )
        if not glued:
            continue
        if any(
            s_start + other.start > at and _HAS_FIGURE_BETWEEN(text, at, s_start + other.start)
            for other in found
        ):
            cuts.add(at)
    if not cuts:
        return spans
    out = []
    for a, b in spans:
        for cut in sorted(c for c in cuts if a < c < b):
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def _HAS_FIGURE_BETWEEN(text: str, a: int, b: int) -> bool:
    """Whether the next figure follows in the same phrase (no comma between)."""
    return b - a <= 24 and not any(c in "，,；;。" for c in text[a:b])


# Words that make a population a goal (`到2025年,全县常住人口达到50万人`), not what the place is.
_PLANNED = re.compile(r"到\s*20\d\d\s*年|力争|确保|预计|争取|预期|规划|目标|将")

_EXAMPLES_OF = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:包括|包含|涉及|主要有|有)[^，,。；;]*?等\s*$")


def _examples_of(before: str) -> str:
    """What a list of examples ending a count's name is of: `开工项目包括A、B等` → `开工项目`."""
    found = _EXAMPLES_OF.search(before)
    return clean_name(found.group(1)) if found else ""


def _aside_on_subject(named_here: str, made: list[Record], subject: str) -> bool:
    """Whether a phrase's figures only remark on the sentence's subject, which stays the subject after it:
    `两年平均增长14.8%`, `占全市…的比重为69.3%` (岱山 2025), `是2022年的2.4倍` (wnwk.com), and its rank or a
    comparison named after it (`同比下降1.8%,位列县区第5,高于去年同期增速2.7个百分点`, tljq.gov.cn 2023)."""
    if _AVERAGE_RATE.search(named_here) or named_here.startswith(("占", "是", "分别")):
        return True
    if subject and _SCOPE_ONLY.fullmatch(named_here):
        # `城镇居民人均可支配收入4894元(全国5963元、全省4881元、全市6351元),同比增长16.8%` (huxianbbs.com 户县): the
        # wider places' figures set beside the subject's leave it the subject
        return True
    if subject and named_here.startswith(subject) and _CHANGE_ASIDE.fullmatch(named_here, len(subject)):
        return True  # `人均地区生产总值达28322元,比去年新增3637元,增长12.7%` (ilynn.cn 长顺 2016): the rate is the level's
    return (
        bool(subject and made)
        and named_here.startswith(subject)
        and all(r.unit in _ASIDE_UNITS for r in made)
    )


_PART_ASIDE = re.compile(r"[（(]\s*(?:其中|含)")
_PLAN_SHARE_ALONE = re.compile(r"(?:完成|占)(?:全年|年度|年)?(?:目标|计划|任务)(?:任务)?")
_SPLIT_OPENED = re.compile(r"(?<![\u4e00-\u9fff])其中")
_PLACE_AT_RANK = re.compile(r"\s*(?:是|为)\s*[^，,。；;\d]{0,16}?[县市区旗]\s*")
_RANKING_WINDOW = 200
_RANKING_AFTER = re.compile(
    r"\s*(?:上榜|入选|入围|荣登|登上)\s*(?:(?:19|20)\d\d\s*年度?)?\s*[“\"]?"
    r"(?P<name>[\u4e00-\u9fff]{2,20}?(?:百强县|百强区|百强市|百强|强县|强区))"
)
_SHARE_IN_WIDER = re.compile(r"在\s*(全[市省州国])\s*(?:的)?\s*占比\s*(?:为|达到?|是)?\s*$")
_FUNDS_VERB = re.compile(r"争取到?|筹措|筹集|撬动|投入|发放|兑现|落实|拨付|安排")
_FUNDS_AFTER = re.compile(
    r"\s*(?P<noun>[\u4e00-\u9fff]{0,8}?(?:资金|融资规模|贷款|补贴|奖补|债券|基金))(?!项目|公司|管理)"
)
_BARE_ACHIEVE = re.compile(r"(?:完成|实现|达到|形成|打造|创造)")
_PLACE_ALONE = re.compile(r"(?:(?![全该本我])[\u4e00-\u9fff]{1,6}(?:县|市|区|旗))?")  # a place's own name
_SCOPE_ONLY = re.compile(r"全(?:国|省|市|州|区|县|盟|旗)(?:平均)?(?:水平)?(?:增速)?")
_CONVERTED = re.compile(r"\s*[（(]?\s*(?:折合|约合|合)\s*(?:人民币|美元)?\s*")
_CHANGE_ASIDE = re.compile(r"(?:比去年|比上年|较去年|较上年|同比)(?:新增|增加|净增|减少)")
# (and a crop's yield, after its area across a `;`: `全年粮食种植面积172.89万亩,…;单产461.74公斤/亩,…;总产量79.83万吨`,
# r331 莘县 2022 bulletin)
_MEASURE_NAMES = frozenset(("产量", "总产量", "总产", "单产", "亩产", "产值", "总产值"))
_ASIDE_UNITS = frozenset(("名次", "个百分点", "百分点", "位", "位次", "个位次", "倍"))


def _listed_items(phrase: str, made: list[Record], bare: list[str]) -> list[Record]:
    """`信息传输、计算机服务和软件业，批发和零售业分别同比增长6.4%和15.7%`: the items of a `分别` list stand in
    the phrases before it, one per figure, in order."""
    k = len(made)
    if k < 2 or "分别" not in phrase or len(bare) < k - 1 or len({(r.indicator, r.unit) for r in made}) > 1:
        return made
    items = bare[-(k - 1) :]
    if any(len(item) > _LIST_ITEM_MAX or _DIGIT.search(item) or _CLAUSE_VERB.search(item) for item in items):
        return made
    own = clean_name(phrase[: phrase.index("分别")])
    if not own or not made[0].indicator.startswith(own) or own.startswith("城乡"):
        return made  # (`城乡低保标准分别提高到…450元和226元`: the pair is in the name, hljszw.org.cn 2015 yearbook)
    if any(_VIEWPOINT.fullmatch(clean_name(item)) for item in items):
        return made  # `从新兴产业看,…`: how the figures are grouped, not an item
    suffix = made[0].indicator[len(own) :]
    for record, item in zip(made, [*(clean_name(i) for i in items), own], strict=True):
        if item:
            record.rename(item + suffix)
    return made


_LIST_ITEM_MAX = 20
_VIEWPOINT = re.compile(r"(?:从|分|按)[\u4e00-\u9fff]{1,10}(?:看|分|来看)")
# A phrase with a verb of its own is a clause (`城乡居民收入实现跨越式增长`), not an item of a list.
# (`提高了企业离退休职工基本养老金标准`: a verb done, hljszw.org.cn 2015 yearbook)
_CLAUSE_VERB = re.compile(
    r"实现|达到|完成|突破|保持|取得|跨越|增长|(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff])"
)
# Names joined into one before `分别`: `农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元`.
_JOINED = re.compile(r"和|与|及|以及|、")
_VARIANT_END = re.compile(r"(?:增速|占比|比重|排名)$")
_RATE_OR_SHARE_END = re.compile(r"(?:增速|增幅|占比|比重)$")
# A rank named by nothing but the place it ranks (`东昌府区位列第79位` is 排名 once the place goes; `我区排名`).
_PLACE_RANK = re.compile(r"(?:我|本|全)?[县区市旗]?排名")
_EXAMPLES_GROWING = re.compile(
    r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})等[\u4e00-\u9fff]{0,8}?(?:均|都)?(?:增长|增势|增速|增幅)"
    r"[\u4e00-\u9fff]{0,4}"
)
_LISTED_GROWERS = re.compile(r"(.{4,30}?)(?:均|都)?(?:增长|增势|增速|发展)[\u4e00-\u9fff]{0,4}")
# ... or the items, then any short comment on them opened by an adverb of standing (`高新技术产业、装备制造业和战略性
# 新兴产业增加值总量持续全市领先,分别增长17.3%、18.4%和17.9%`, r467 杭州高新区 2021): the comment is no part of the name
_LISTED_COMMENTED = re.compile(
    r"(.{4,30}?)(?:总量|规模|整体)?(?:持续|保持|继续|稳居|位居|始终|均|都)[\u4e00-\u9fff]{1,10}"
)


def _mixed_measures(groups: dict[tuple[str, str], list[Record]]) -> dict[tuple[str, str], list[Record]]:
    """`粮食播种面积、产量分别达177.1万亩、64万吨` (r370 仁寿 2022): one level of each measure under one joined name is
    one list, its items in order, though no two share a unit."""
    singles: dict[str, list[tuple[str, str]]] = {}
    for key in groups:
        singles.setdefault(key[0], []).append(key)
    merged = dict(groups)
    for name, keys in singles.items():
        if len(keys) < 2 or not all(
            len(groups[k]) == 1 and k[1] not in _RATE_UNITS and k[1] != RANK_UNIT and not is_relative_unit(k[1])
            for k in keys
        ):
            continue
        for k in keys:
            del merged[k]
        merged[(name, "")] = sorted((groups[k][0] for k in keys), key=lambda r: r.start)
    return merged


def _split_joined(records: list[Record], sentence: str) -> list[Record]:
    """`A和B分别达到a和b`, `开工率、投产率、达效率分别达100%、78%、100%` (also `…分别增长x%和y%` after it): one
    record per joined name, in order."""
    if len(records) < 2 or "分别" not in sentence:
        return records
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        # (`%` and `‰` in one list: `…和人口自增率分别控制在4.2%、3%、2.5‰以内`, r212 镇安 2015)
        unit = "%" if record.unit in _RATE_UNITS else record.unit
        if unit != RANK_UNIT and is_count_unit(
            unit
        ):  # (`猪、羊出栏分别达到10.7万头和7.5万只`, r320 平利 2023)
            unit = _COUNTED
        groups.setdefault((record.indicator, unit), []).append(record)
    groups = _mixed_measures(groups)
    for (name, unit), group in groups.items():
        k = len(group)
        if k < 2 or _BOTH.search(name) or unit == RANK_UNIT:  # (ranks: _listed_ranks)
            continue  # `城乡居民…`: 城镇居民 and 农村居民 (_split_urban_rural)
        variant = _VARIANT_END.search(name)
        stem, suffix = (name[: variant.start()], variant.group()) if variant else (name, "")
        head, fen, noun = stem.partition("分别")
        # `化工、医药、家居分别实现产值156.2亿元、28.3亿元、39亿元` (r127 长寿 2023): the noun after `分别` is each item's
        nouned = bool(fen and len(noun) >= 2 and _JOINED.search(head))
        parts = (
            [part + noun for part in _shorthands_share(_JOINED.split(head))]
            if nouned
            else _JOINED.split(stem)
        )
        head_scope = _SCOPE_HEAD.match(parts[0]) if len(parts) == k else None
        if (
            head_scope
            and head_scope.end() < len(parts[0])
            and all(len(part) <= _SHORT_ITEM and not _SCOPE_HEAD.match(part) for part in parts[1:])
        ):
            # `规上工业用电、煤、天然气、热力分别增长6.9%、增长8.4%、下降4.8%、下降2.0%` (r127 长寿 2023): the scope
            # before the first item is every item's
            parts = [parts[0], *(head_scope.group() + part for part in parts[1:])]
        if len(parts) == k - 1 and group[0].cmp in (">", ">=") and group[1].cmp == "=":
            # `A、B双双突破1000亿元,分别达a、b` (r406 小蓝经开区 2016): the mark both passed, then each item's level
            group[0].rename("和".join(parts) + suffix)
            group = group[1:]
            k -= 1
        parts = _shorthands_share(parts) if len(parts) == k else parts
        if len(parts) != k or any(len(part) < 2 for part in parts):
            continue
        shared = _shared_tail(parts)
        ending = [t.start for t in find_terms(parts[-1]) if t.end == len(parts[-1]) and t.start > 0]
        if shared:  # `城镇居民和农村居民人均可支配收入分别增长8.2%和12.5%` (慈利 2018)
            parts = [part + shared for part in parts[:-1]] + [parts[-1]]
        elif ending and not nouned and not any(find_terms(part) for part in parts[:-1]):
            # (not where each item already took the noun after `分别`: `开发区、乡镇工业分别完成产值…` is `开发区产值`)
            # `高新技术和数字经济规上工业增加值分别增长6.9%和16.3%` (岱山 2025): the last item's indicator is all's
            parts = [part + parts[-1][min(ending) :] for part in parts[:-1]] + [parts[-1]]
        elif (
            (noun_end := _LISTED_HEAD.search(parts[-1]))
            and noun_end.start()
            and not any(find_terms(part) or _LISTED_HEAD.search(part) for part in parts[:-1])
        ):
            # `房县黄酒、香菇、黑木耳品牌价值分别达13.28、12.31、11.47亿元` (fangxian.gov.cn 2024), `蔬菜及食用菌、瓜果产量
            # 分别增长39.3%、-97.7%` (liulin.gov.cn 2024): what the last item measures, every item does
            parts = [part + noun_end.group() for part in parts[:-1]] + [parts[-1]]
        parts = [
            parts[0],
            *(_with_first_head(parts[0], part, r.unit) for r, part in zip(group[1:], parts[1:], strict=True)),
        ]
        for record, part in zip(group, parts, strict=True):
            record.rename(part + suffix)
    return records


_COUNTED = "count"  # the key of a list's counts in units of one kind (`万头`, `万只`)


def _with_first_head(first: str, part: str, unit: str) -> str:
    """`全年旅游接待人次、收入分别增长21.2%和20.4%` (r150 堆龙德庆 2021): an item that names no indicator alone takes the
    words the first item opens with, where the two make one of the vocabulary's (旅游 + 收入)."""
    if canonical_of(part, unit):
        return part
    for cut in range(len(first) - 1, 0, -1):  # the longest opening first
        if canonical_of(first[:cut] + part, unit):
            return first[:cut] + part
    return part


# `汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%` (kmsm.gov.cn 嵩明
# 2022): the sectors listed before their count, and what of theirs the figures measure.
# (`功能性新材料、精密化零部件“两大产业集群”产值分别增长6.55%、6.79%`, ahxx.gov.cn 萧县 2024: their count in quotes)
_SECTOR_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,16}、)+[\u4e00-\u9fff]{2,16}?)[“\"]?(?:(?:[两二三四五六七八九十]|\d{1,2})个|[两二三四五六七八九十]大)"
    r"(?:行业|产业集群|产业|门类|领域|大类)[”\"]?(增加值|总产值|产值|投资|营业收入|销售额)?"
)


_EACH_FIGURE = re.compile(r"各\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*([\u4e00-\u9fff]{1,2})")


def _each_item(records: list[Record]) -> list[Record]:
    """`创建省级、市级示范社各2个` (qichongchong.cn 慈利 2017): one count per listed item."""
    out: list[Record] = []
    for record in records:
        each = (
            next(
                (
                    m
                    for m in _EACH_FIGURE.finditer(record.text)
                    if m.group(2).startswith(record.unit) and parse_number(m.group(1)) == record.value
                ),
                None,
            )
            if is_count_unit(record.unit)
            else None
        )
        names = each_item_names(record.indicator, record.text[: each.start()].rstrip()) if each else []
        out.extend(
            [replace(record, indicator=name, canonical=canonical_of(name, record.unit)) for name in names]
            or [record]
        )
    return out


def _listed_sectors(records: list[Record], sentence: str) -> list[Record]:
    """One rate per sector listed before a count of them, in order, when the rates follow `分别`."""
    for run in _same_name_runs(records):
        first = run[0]
        fen = sentence.find("分别", sentence.find(first.text[:4]) if first.text[:4] in sentence else 0)
        listed = (
            last_match(_SECTOR_LIST, sentence[:fen])
            if len(run) > 1 and first.unit == "%" and fen > 0
            else None
        )
        items = listed.group(1).split("、") if listed else []
        if listed and len(items) == len(run):
            for record, item in zip(run, items, strict=True):
                record.rename(sector_value_added(f"{item}{listed.group(2) or ''}增速", sentence[:fen]))
    return records


def _items_beside_figures(records: list[Record], sentence: str) -> list[Record]:
    """`全年地方财政支出35.3亿元,…,其中教育、科技、医疗卫生、社会保障和就业8.67亿元、0.96亿元、2.09亿元和2.26亿元,分别比上年
    增长33.7%、…` (f13_p20, https://web.xiaze.org/tjgb/201205/27856.html, 长兴 2011 bulletin): a run of figures of one period
    sharing a name that lists as many items, in order, is one figure per item; the name's rate or share word is each
    item's, and so is the head noun of the total the items are parts of (`其中`: `教育支出`)."""
    for run in _same_name_runs(records):
        if len(run) < 2:
            continue  # (a figure alone lists no items: its name is not read for them)
        name = run[0].indicator
        variant = _RATE_OR_SHARE_END.search(name)
        stem = name[: variant.start()] if variant else name
        items = _listed_in_name(stem, len(run))
        if not items or len({r.period for r in run}) > 1:
            continue
        head = _head_of_total(records, sentence, stem)
        for record, item in zip(run, items, strict=True):
            record.rename(
                (item if item.endswith(head) else item + head) + (variant.group() if variant else "")
            )
    return records


def _head_of_total(records: list[Record], sentence: str, stem: str) -> str:
    """The head noun (`支出`, `收入`, `投资`) of the total named just before `其中` and the listed parts, or ""."""
    if f"其中{stem}" not in sentence:
        return ""
    before = sentence[: sentence.find(f"其中{stem}")]
    totals = [r for r in records if r.indicator != stem and r.text and r.text in before]
    head = _TOTAL_HEAD.search(totals[-1].indicator.removesuffix("增速")) if totals else None
    return head.group() if head else ""


_TOTAL_HEAD = re.compile(r"(?:支出|收入|投资)$")


def _listed_in_name(stem: str, count: int) -> list[str]:
    """The items a name lists with `、`, when there are `count` of them (the last may be joined by `和`/`及`:
    `社会保障和就业` is one item when the pauses alone give the count)."""
    parts = stem.split("、")
    if len(parts) == count - 1 and len(re.findall("[和及与]", parts[-1])) == 1:
        parts = [*parts[:-1], *re.split("[和及与]", parts[-1])]
    ok = len(parts) == count and all(len(part) >= 2 and _CJK_ONLY.fullmatch(part) for part in parts)
    # not qualifiers sharing the last item's indicator (`城镇和农村居民人均可支配收入44178元、25396元`, r99 湘潭县 2023),
    # nor a comparison's bases (`增速比全国、全省高1.4、1.5个百分点`, r168 德昌 2022)
    shared = ok and any(len(m.term) >= 4 for m in find_terms(parts[-1])) and not find_terms(parts[0])
    return parts if ok and not shared and not _COMPARED.search(stem) else []


_COMPARED = re.compile(r"[比较]|高于|低于|快于|慢于")


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _same_name_runs(records: list[Record]) -> Iterator[list[Record]]:
    """The records in runs of one indicator name and unit, in order (a `分别` list's figures before naming)."""
    i = 0
    while i < len(records):
        j = i
        while j + 1 < len(records) and (records[j + 1].indicator, records[j + 1].unit) == (
            records[i].indicator,
            records[i].unit,
        ):
            j += 1
        yield records[i : j + 1]
        i = j + 1


def _same_kind(unit: str, other: str) -> bool:
    """Whether two units count or weigh alike (`万头` and `只`), or are both rates (`%` and `‰`: `城镇登记失业率、居民
    价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内`, r212 镇安 2015), so that one list may hold both."""
    if {unit, other} <= _RATE_UNITS:
        return True
    return bool(unit) and is_count_unit(unit) and is_count_unit(other)


_RATE_UNITS = frozenset(("%", "‰"))


def _shorthands_share(parts: list[str]) -> list[str]:
    """`一产、三产占比` (ilynn.cn 曲沃 2019): short items of one form share what follows the last of them."""
    short = len(parts[0])
    if (
        len(parts) < 2
        or short > 3
        or any(len(part) != short for part in parts[:-1])
        or len(parts[-1]) <= short
        or parts[-1][short - 1] != parts[0][short - 1]
    ):
        return parts
    return [part + parts[-1][short:] for part in parts[:-1]] + [parts[-1]]


_SCOPE_HEAD = re.compile(r"规模以上工业|规上工业|规模以上|规上|全县|全区|全市")
_SHORT_ITEM = 4


def _verb_after_fen_bie(records: list[Record], sentence: str) -> list[Record]:
    """`纺织鞋服、健康食品产业分别实现总产值64亿元、85亿元` (qingsongxiezuo.com 2023): the noun after `分别` is
    every listed item's."""
    for i, record in enumerate(records):
        if "分别" not in record.indicator:
            continue
        item, noun = record.indicator.split("分别", 1)
        if not item or len(noun) < 2:
            continue
        record.rename(item + noun)
        for earlier in records[:i]:
            if earlier.unit == record.unit and f"{earlier.indicator}、{item}分别" in sentence:
                earlier.rename(earlier.indicator + noun)
        parts = item.split("、")
        if len(parts) < 2 or not all(parts):
            continue
        variant = _RATE_OR_SHARE_END.search(parts[-1])
        if variant and not any(_RATE_OR_SHARE_END.search(part) for part in parts[:-1]):
            # `地区生产总值、规上工业增加值、固定资产投资增速分别居全市第3位…`: every item's rate is ranked
            parts = [part + variant.group() for part in parts[:-1]] + [parts[-1]]
        # `生猪、牛、羊、家禽分别出栏…,分别增长81.8%、3.3%、5.2%、27.9%` (2021 H1 bulletin): one figure per item
        groups: dict[str, list[Record]] = {}
        for other in records:
            if other.indicator.startswith(item + noun):
                groups.setdefault(other.indicator, []).append(other)
        for name, group in groups.items():
            if len(group) == len(parts):
                for other, part in zip(group, parts, strict=True):
                    other.rename(part + name[len(item) :])
    return records


def _items_before_fen_bie(records: list[Record], sentence: str) -> list[Record]:
    """`五金、电料类,通讯器材类,机电产品及设备类,化工材料及制品类商品销售额分别增长51.9%、32.3%、9.6%、9.3%`
    (shareonl.com 1-2月), `新一代工业信息技术,、高端化工,、高端装备、医药制造,、新能源新材料产业增加值分别增长29.7%,、…`
    (jinshusy.com 2021): the items of the list stand before the last one, each in its own phrase, and share the
    last one's noun; one figure per item, in order."""
    for run in _same_name_runs(records):
        if len(run) > 1:
            _name_listed(run, sentence)
    return records


def _name_listed(group: list[Record], sentence: str) -> None:
    first = group[0]
    fen = first.text.find("分别")
    at = sentence.find(first.text)
    if fen <= 0 or at < 0 or _BOTH.search(first.indicator):
        return
    own_raw = first.text[:fen]
    own_start = at + max(own_raw.rfind(c) for c in ",，、") + 1
    own = clean_name(sentence[own_start : at + fen])
    if not own or not first.indicator.startswith(own):
        return
    before = sentence[:own_start].rstrip()
    if not before or before[-1] not in ",，、":
        return
    separator = "、" if "、" in before[-2:] else ","
    listing = _COMMA_NEAR_PAUSE.sub("、", before) if separator == "、" else before.replace("，", ",")
    items = [_LAST_CLAUSE.split(item)[-1] for item in listing.rstrip(",、").split(separator)]
    items = [clean_name(item) for item in items[-(len(group) - 1) :]]
    if len(items) < len(group) - 1 or not all(_listable(item) for item in items):
        return
    head = _LISTED_HEAD.search(own)
    noun = head.group() if head and head.start() else ""
    suffix = first.indicator[len(own) :]
    for record, item in zip(group, [*items, own], strict=True):
        record.rename((item if item == own or item.endswith(noun) else item + noun) + suffix)


def _shorthand_items(records: list[Record]) -> list[Record]:
    """`批零住餐四个行业分别增长5.1%、6.2%、7.3%和8.4%`, `一、二、三产业增加值分别增长…`: a shorthand for several
    sectors before `分别` gives each figure its own sector, in order."""
    i = 0
    while i < len(records):
        first = records[i]
        lead = first.text.split("分别", 1)[0] if "分别" in first.text else ""
        j = i
        while (
            lead
            and j + 1 < len(records)
            and records[j + 1].unit == first.unit
            and records[j + 1].text.startswith(lead + "分别")
        ):
            j += 1
        found = [(lead.rfind(short), short, items) for short, items in LIST_SHORTHANDS if short in lead]
        if found and j > i:  # the shorthand nearest `分别`, and the longest of those that end alike
            at, short, items = max(found, key=lambda f: (f[0] + len(f[1]), len(f[1])))
            # (how far the shorthand may stand from `分别` counts from its end: `第一、二、三产业对GDP增长的贡献率分别为…`)
            if len(items) == j - i + 1 and len(lead) - at - len(short) <= _SHORTHAND_REACH:
                rests = [_SHORTHAND_LEAD.sub("", record.indicator, count=1) for record in records[i : j + 1]]
                named = {rest for rest in rests if rest}
                if len(named) == 1:
                    # (the list's first items read alone: `一、二、三产对地区生产总值的贡献率分别为-0.7%、31.6%、69.1%`,
                    # r263 三河 2020; `一、二、三产业对GDP的拉动力分别是…`, nsxxww.cn 宁陕 2022): what the last item's name
                    # measures, each item measures
                    rests = [named.pop()] * len(rests)
                for record, item, rest in zip(records[i : j + 1], items, rests, strict=True):
                    record.rename(item + rest)
        i = j + 1
    return records


# What a name keeps of the shorthand: `一产业增加值增速`, `批零住餐业营业额增速`, `行业增速` (`四个行业` cut).
# (`第一、二、三产业对GDP增长的贡献率分别为1.5%、27.2%和71.3%`, tjgb.hongheiku.com 龙沙 2024: its `第` too)
_SHORTHAND_LEAD = re.compile(
    "^第?(?:"
    + "|".join(re.escape(short) for short, _ in sorted(LIST_SHORTHANDS, key=lambda s: -len(s[0])))
    + r"|[一二三、]+产?)?(?:[一二三四五六七八九十\d]+个)?(?:行业|产业|业)?"
)
# (far enough for a share of GDP said in full: `第一、二、三产业增加值占地区生产总值的比重分别为40.4%、8.1%和51.5%`, r501 罗城
# 2021 bulletin)
_SHORTHAND_REACH = 16


def _compared_bases(records: list[Record]) -> list[Record]:
    """`增长8.4%,…比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点` (news.xna8.com 娄底 2015), `同比下降0.5%,
    幅度比今年1-3月、1-4月、1-5月、1-6月分别提高6.4个百分点、…` (xzyswj.cn 2014): one change of the rate just named
    per listed base, in order."""
    i = 0
    while i < len(records):
        first, j = records[i], i
        while (
            "分别" in first.text
            and j + 1 < len(records)
            and records[j + 1].unit == first.unit
            and "分别" in records[j + 1].text
        ):
            j += 1
        k = j - i + 1
        fen = first.text.find("分别")
        verb = _BASES_VERB.match(first.text, fen) if fen > 0 else None
        bases = _LISTED_BASES.search(first.text, 0, fen) if verb else None
        if bases is None and fen >= 0:
            # `增速分别比全国和全省平均水平高14.2和10.5个百分点` (0356sh.com 晋城 2012): the bases after `分别`
            bases = verb = _BASES_AFTER_FEN_BIE.match(first.text, fen)
        above = _ABOVE_AFTER_FEN_BIE.match(first.text, fen) if bases is None and fen >= 0 else None
        rate = next((r.indicator for r in reversed(records[:i]) if r.unit == "%"), "")
        if k >= 2 and first.unit == "个百分点" and (bases or above) and rate:
            listed = (bases or above)["bases"]
            names = [b for b in _BASE_SEPARATOR.split(_BRACKETED.sub("", listed)) if b]
            if len(names) == k:
                for record, base in zip(records[i : j + 1], names, strict=True):
                    base = base.removeprefix("今年")
                    record.indicator = rate + (
                        compared(f"{above['verb']}{base}") if above else compared(f"比{base}{verb['verb']}")
                    )
                    record.canonical = ""
        i = j + 1
    return records


_BASES_AFTER_FEN_BIE = re.compile(
    r"分别\s*(?:比|较)(?P<bases>[^，,。；;\d]{2,40}?)(?P<verb>提高|提升|加快|回落|下降|降低|放缓|收窄|扩大|回升|高出|高|低|快|慢)\s*[\d.]"
)
# `增长6.5%,分别高于全国、全省1.5、0.4个百分点`: the bases after the verb
_ABOVE_AFTER_FEN_BIE = re.compile(
    r"分别\s*(?P<verb>高于|低于|快于|慢于|高出)(?P<bases>[^，,。；;\d]{2,40}?)\s*[\d.]"
)
_BASES_VERB = re.compile(
    r"分别\s*(?P<verb>提高|提升|加快|回落|下降|降低|放缓|收窄|扩大|回升|高出|高|低|快|慢)"
)
_LISTED_BASES = re.compile(r"(?:比|较)(?P<bases>[^比较，,。；;]{2,60})$")
_BRACKETED = re.compile(r"\s*[（(][^()（）]*[)）]")
_BASE_SEPARATOR = re.compile(r"\s*(?:、|和|及|与)\s*")


def _shared_places(records: list[Record]) -> list[Record]:
    """`城区和陵川县分别完成投资47.2和11.1亿元,增长33.4%` (0356sh.com 晋城 2012), `渝北和长寿增速均超过10%`: a clause
    that opens with a list of places gives each its own figure of a `分别` list, and every place a figure they
    share (`均`, or one figure after the list's)."""
    out: list[Record] = []
    i = 0
    while i < len(records):
        record = records[i]
        listed = _listed_places(record)
        if listed is None:
            out.append(record)
            i += 1
            continue
        places, written = listed
        j = i
        while (
            j + 1 < len(records)
            and records[j + 1].unit == record.unit
            and _listed_places(records[j + 1]) is not None
            and _listed_places(records[j + 1])[1] == written
        ):
            j += 1
        group = records[i : j + 1]
        head = record.text[: _DIGIT.search(record.text).start()]
        own = len(group) == len(places) and "分别" in head
        last_name = _without_places(group[-1].indicator, written)
        for k, item in enumerate(group):
            name = last_name if own else _without_places(item.indicator, written)
            for place in [places[k]] if own else places:
                out.append(
                    replace(
                        item,
                        region=place.name,
                        city=place.city,
                        indicator=name,
                        canonical=canonical_of(name, item.unit),
                    )
                )
        i = j + 1
    return out


def _listed_places(record: Record) -> tuple[list, tuple[str, ...]] | None:
    """The places a record's clause opens with, two or more joined by 和/、/及/与, and how they are written."""
    digit = _DIGIT.search(record.text)
    head = record.text[: digit.start()] if digit else ""
    if not head or len(head) > _PLACE_LIST_MAX or not _PLACE_JOIN.search(head):
        return None
    # (the province too, for short forms of counties no city holds: `文昌、琼海、昌江等市县进出口…分别增长28.6%、12.4%和
    # 249.9%`, f15_p18 海南 2023)
    own = Gazetteer.default().get(record.region)
    return opening_place_list(head, record.city, record.region, own.province if own else "")


def _without_places(name: str, written: tuple[str, ...]) -> str:
    for form in written:
        name = name.replace(form, "")
    name = _KIND_OF_PLACES.sub(
        "", name
    )  # (`文昌、琼海、昌江等市县进出口`: what the places are is no part of the name)
    return clean_name(name) or name


_KIND_OF_PLACES = re.compile(
    r"^[、和及与\s]*等?(?:市县|县市|区县|县区|市区|[县区市旗])(?![级域])(?=[\u4e00-\u9fff]{2})"
)


_SHARING = SHARING
_PLACE_JOIN = re.compile(r"和|、|及|与")
_PLACE_LIST_MAX = 40


# Rates joined in one list with no `分别`: `完成規模以上固定資產投入10.6億元,外貿出口2354萬美元,同比增長36 %、23%`
# (hndydb.com 时庄 2015)
_JOINED_RATES = re.compile(r"%\s*[、和及]\s*-?\d+(?:\.\d+)?\s*%")


def _trailing_run(names: list[str]) -> int:
    """How many of the names at the end are the last one."""
    run = 0
    for name in reversed(names):
        if name != names[-1]:
            break
        run += 1
    return run


# Parts of a year listed before `分别` (`一季度、上半年、前三季度、全年增速分别为-9.9%、0.5%、3.5%和4.5%`), and the figures
# after it, up to the clause's end.
_TIME_ITEM = r"(?:[一二三四]季度|第[一二三四]季度|上半年|下半年|前三季度|全年)"
_LISTED_TIMES = re.compile(
    rf"({_TIME_ITEM}(?:\s*[、和及与]\s*{_TIME_ITEM})+)[^，,。；;]{{0,16}}?分别[^，,。；;]*"
)
_LISTED_FIGURE = re.compile(r"-?\d+(?:\.\d+)?")


def _listed_times(records: list[Record], sentence: str) -> None:
    """Each figure of a list of parts of a year, in order, of its part (r263 三河 2020 communique: `分季度看,一季度、上半年、
    前三季度、全年增速分别为-9.9%、0.5%、3.5%和4.5%` → 2020Q1, 2020H1, 2020-01~2020-09, 2020)."""
    for m in _LISTED_TIMES.finditer(sentence):
        times = re.split(r"\s*[、和及与]\s*", m.group(1))
        figures = [float(v) for v in _LISTED_FIGURE.findall(m.group(), m.end(1) - m.start())]
        if len(figures) != len(times):
            continue
        left = [r for r in records if r.period.isdigit()]
        for word, value in zip(times, figures, strict=True):
            record = next((r for r in left if r.value == value), None)
            part = period_of(word, int(record.period)) if record else None
            if record and part:
                record.period = part
                left.remove(record)


_CHANGED = re.compile(r"(?:增加|减少)$")  # an absolute change's name (naming.py's one form)


def _rates_of_levels(records: list[Record]) -> list[Record]:
    """`全县国内生产总值达到127.41亿元,人均生产总值达到31228元,分别比2012年增长65%、59.8%` (szb.xnnews.com.cn 崇阳
    2019): the rates of a `分别` list, each in a phrase of its own, are those of the levels stated before, in order."""
    i = 0
    while i < len(records):
        first, j = records[i], i
        while j + 1 < len(records) and (records[j + 1].indicator, records[j + 1].unit) == (
            first.indicator,
            "%",
        ):
            j += 1
        k = j - i + 1
        # (not a change of one: `财政总收入 1.2亿元(比上年的7602万元增加4398万元),分别比上年增长82.7%、140.9%、58.9%`,
        # f20_p15, lists three levels' rates)
        stated = [subject_of_name(r.indicator) for r in records[:i] if r.unit != "%" and not _CHANGED.search(r.indicator)]
        levels = list(dict.fromkeys(stated))
        # `城镇、农村常住居民人均可支配收入28357元、11123元,同比分别增长5.2%、8.2%` (巫溪 2022): the last level is a list
        # of as many figures as the rates, whose items the rates follow
        last_list = _trailing_run(stated)
        listed = "分别" in first.text or bool(_JOINED_RATES.search(records[j].text))
        if k >= 2 and first.unit == "%" and listed and len(levels) >= k and last_list < k:
            # (the rates may be named after an earlier level of the list, where their phrase began: `力争实现地区生产总值
            # 41亿元、财政收入3.3亿元、农民人均纯收入3730元,同比分别增长15%、20%、12%以上`, r503 竹山; `完成规上工业总产值
            # 258.3亿元、工业开票销售292.8亿元、一般公共预算收入7.3亿元,分别同比增长…`, r223 海陵 2022)
            named = next((level for level in reversed(levels[-k:]) if first.indicator.startswith(level)), levels[-1])
            suffix = first.indicator.removeprefix(named)
            if suffix != first.indicator and suffix.endswith(("增速", "增长")):
                for record, level in zip(records[i : j + 1], levels[-k:], strict=True):
                    record.rename(f"{level}{suffix}")
        i = j + 1
    return records


def _listed_ranks(records: list[Record]) -> list[Record]:
    """`地区生产总值、规上工业增加值、固定资产投资增速分别居全市第3位、第5位和第2位`, `一般公共预算收入、税收收入分别
    增长10.2%和8.1%,增速分别排全市第4、第6位`: one rank per listed indicator, in order."""
    parsed = [_LISTED_RANK.fullmatch(r.indicator) if r.unit == RANK_UNIT else None for r in records]
    i = 0
    while i < len(records):
        j = i
        while (
            parsed[i]
            and j + 1 < len(records)
            and parsed[j + 1]
            and parsed[j + 1]["items"] == parsed[i]["items"]
        ):
            j += 1
        parts = parsed[i]
        items = _JOINED.split(parts["items"]) if parts and j > i else []
        if len(items) == j - i + 1 and all(len(item) >= 2 for item in items):
            scope = next((p["scope"] for p in parsed[i : j + 1] if p and p["scope"]), "")
            for record, item in zip(records[i : j + 1], items, strict=True):
                record.rename(f"{item}{parts['variant'] or ''}{scope}排名")
        i = j + 1
    return records


def _stated_before(text: str, at: int, written: str) -> bool:
    """Whether the text states the same count (`105个`) before offset `at`."""
    return bool(re.search(rf"(?<![\d.]){re.escape(written)}", text[:at]))


def _ranked_towns(records: list[Record]) -> None:
    """`大桥、邵伯分别获I类镇第一、二名` (r407 江都): each rank of the list is the town in its place's, as subject."""
    for i, record in enumerate(records):
        if record.unit != RANK_UNIT or not (towns := listed_towns(record.subject, record.region)):
            continue
        following = records[i : i + len(towns)]
        if len(following) == len(towns) and all(
            r.unit == RANK_UNIT and r.subject in ("", record.subject) for r in following
        ):
            for r, town in zip(following, towns, strict=True):
                r.subject = town


_LISTED_RANK = re.compile(
    r"(?P<items>.+?)(?P<variant>增速|增幅|总量|占比)?(?:居|排名|排|位居|位列|列)?"
    r"(?P<scope>全[国省市区县]|[\u4e00-\u9fff]{0,4}县\(?[市区]\)?[区]?)?(?:排名)*"
)


def _row_project(spans: list[tuple[int, int, str]], at: int) -> str:
    """The project of the project list's row whose cells hold the offset, else ''."""
    return next((name for a, b, name in spans if a <= at < b), "")


_SAME_BELOW = re.compile(r"[（(]\s*下同\s*[)）]")
_LABEL_SERIAL = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*")
_LABEL_MAX = 16


def _labelled(phrase: str) -> str:
    """A label that names an indicator and nothing else (`2、规模以上工业增加值`), before the colon its figure follows."""
    label = _LABEL_SERIAL.sub("", phrase).strip()
    if not label or len(label) > _LABEL_MAX or not _CJK_ONLY.fullmatch(label):
        return ""
    terms = find_terms(label)
    return label if terms and terms[-1].end == len(label) else ""


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")


# A change stated in the unit of the level before it: `,增加1024元`, `,增产0.94亿斤`, `,比上年净增12家`.
_AMOUNT_CHANGE = re.compile(
    r"[,，、]?\s*(?:比上年|较上年|比去年|较去年|同比)?(?P<verb>增加|增产|增收|净增|新增|减少|减产|减收)了?\s*"
)


def _listable(item: str) -> bool:
    return (
        bool(item)
        and len(item) <= _LIST_ITEM_MAX
        and not (_DIGIT.search(item) or _CLAUSE_VERB.search(item) or _VIEWPOINT.fullmatch(item))
    )


_COMMA_NEAR_PAUSE = re.compile(r"[,，]*、[,，]*")
_LAST_CLAUSE = re.compile(r"[,，:：]")
# The noun a list's items share, at the end of its last item: `…产业增加值`, `…类商品销售额`.
_LISTED_HEAD = re.compile(
    # (`房县黄酒、香菇、黑木耳品牌价值分别达13.28、12.31、11.47亿元`, fangxian.gov.cn 2024)
    r"(?:(?:产业|行业|商品|企业)?(?:增加值|销售额|零售额|营业额|营业收入|主营业务收入|总产值|产值|产量|投资|出口额|进口额|利润|品牌价值)"
    r"|增速|增幅|占比|比重)$"
)


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


def _table_record(
    doc: DocumentInfo,
    norm: NormalizedText,
    sections: list[Section],
    fallback: Context,
    s_start: int,
    cell: TableCell,
) -> Record:
    """The record of a bare number in a table cell (`| 地区生产总值 | 亿元 | 120 |`), quoting its row up to it."""
    q = Quantity(
        cell.start - s_start,
        cell.end - s_start,
        cell.value,
        cell.unit,
        "=",
        cell.start - s_start,
        cell.end - s_start,
    )
    section = section_at(sections, cell.start)
    record = _record(
        doc, norm, section, fallback, s_start, cell.start, cell.name_start, cell.end, cell.indicator, q
    )
    if cell.year:  # `| 指标 | 2022年完成 | 2023年目标 |`: the column's year, and its kind
        record.period = cell.year
    record.kind = column_kind(cell.header) or record.kind
    if cell.subject:
        record.subject = cell.subject
    if record.unit not in MONEY_UNITS and _BARE_SECTOR.fullmatch(record.indicator):
        # a row named by a sector alone counts what its table counts (`第三产业 | … | -4.1`, its workers in f13 伊吾
        # 2016's table of employment): only an amount is the sector's value added
        record.canonical = ""
    elif cell.industry and record.indicator.startswith("工业"):
        # the product's 工业 row is all industry, not the firms above the size limit that a bare `工业增加值` in prose
        # mostly means (`| ??工??业 | 128.7 | 6.5 |`, 涡阳 2022 bulletin)
        record.canonical = ""
    return record


# A sentence's lead quoting a year's work report: `遂平县人民政府2022年政府工作报告中提到,`, `2023年县政府工作报告指出:`.
_EARLIER_CHARS = 300  # how far back the lines before a paragraph are read for the span it is told over
_REPORT_OF_YEAR = re.compile(
    r"[^，,。；;：:]{0,12}?((?:19|20)\d\d)\s*年\s*[\u4e00-\u9fff]{0,4}?政府工作报告\s*(?:中|里)?\s*"
    r"(?:提到|指出|显示|提出|明确|写道)\s*[，,：:]"
)

_BARE_SECTOR = re.compile(r"(?:第[一二三]产业|[一二三]产)(?:增速)?")


def _before_list_year(own: str, listed: str) -> bool:
    """Whether a passage's year is before the year of the task list it stands in."""
    return own[:4].isdigit() and listed[:4].isdigit() and own[:4] < listed[:4]


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
    if (
        "计划" in before[:8]
        and (plan := _YEAR_PLAN_OPENS.match(before))
        and _PROGRESS_TOLD.search(before[plan.end() :] + after)
    ):
        # `全年计划建设161个区级重点项目,开工在建157个,开工率98.13%,完成投资72.09亿元,占年度投资任务的53.3%` (r354 商州, a
        # mid-year story): the year's plan opens the sentence; what follows reports progress on it, of the part gone by
        before = " " * plan.end() + before[plan.end() :]
    base_year = fallback.year or doc.year
    if "(" in before or "（" in before:
        # `一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上` (r422 漾濞 2023's targets): what a measure
        # leaves out, and its year, is no time of the figure's
        before = _LEFT_OUT.sub(lambda m: " " * len(m.group()), before)
    if "报告" in before and (report := _REPORT_OF_YEAR.match(before)):
        # `遂平县人民政府2022年政府工作报告中提到,遂平县在过去五年里,生产总值由180.6亿元增加到258.33亿元` (r402 遂平, an
        # interview of 2023-01): what a year's work report is quoted as saying is told from that report's year; the
        # lead that quotes it is no part of the figure's words
        before = " " * report.end() + before[report.end() :]
        own = period_of(before, int(report.group(1)), year_start=True)
    else:
        own = period_of(
            before,
            base_year,
            doc.year,
            year_end=doc.month == 12,
            year_start=_in_session_months(doc),
        )
    if own and (start := _START_YEAR_TO_HERE.search(before)) and start.group(1) == own:
        # `在全省排名由2021年第41位上升到第36位` (r317 平山, on the 十四五 years): the year is the start's, no time of the
        # level reached
        own = None
    if own and own == str(doc.year) and own != fallback.period and fallback.kind == ACTUAL and is_now(before):
        own = None  # `目前,…` in a review of the year past (its period the passage's): the results as they stand
    if (
        own
        and _YEAR_SPAN.fullmatch(own)
        and _YEAR_SPAN.fullmatch(fallback.period)
        and not NAMED_TIME.search(before)
    ):
        own = fallback.period  # `五年间,…` after `回首“十四五”`: the years the passage looks back on
    elif (
        own
        and own == fallback.period[:4]
        and PART_OF_YEAR.fullmatch(fallback.period)
        and _YEAR_INSIDE.search(before)
        and not _WHOLE_YEAR.search(before)
    ):
        # `上半年,…。其中2019年棚户区改造…等42个新建项目开工24个` (hsxzf.gov.cn 合水 2019): the year inside a name, not
        # the figure's time; the passage's part of it stands
        own = fallback.period
    period = own or fallback.period or (str(base_year) if base_year else "")
    past = is_past(period, doc.year, doc.month) and not fallback.firm
    if past and "预计" in text[text.rfind("\n", 0, s_start) + 1 : q_start]:
        # a forecast the page's date came long after, and the later years of the same paragraph: the text is older
        # than its page
        past = not _stale_forecast(text[text.rfind("\n", 0, s_start) + 1 : q_start], doc.year, period)
    # a text written before its year ended: dated before December, or in a passage of a part of the year
    early = False
    if "预计" in before:  # only a forecast asks (`预计全年…`)
        month = doc.month or _dateline_month(text)
        # (or with no month known at all, a forecast of `今年` is said inside the year: `預計今年全縣枸杞實現銷售收入9億元`,
        # r244 中寧 undated news)
        early = (
            bool(month and month < 12)
            or bool(PART_OF_YEAR.fullmatch(fallback.period))
            or bool(
                fallback.part
            )  # (a report of a part of the year: `前三季度,…` then `2025年…预计`, r395 六枝)
            or (month is None and "今年" in before)
        )
    ahead = bool(doc.year) and period[-4:].isdigit() and int(period[-4:]) > (doc.year or 0)
    # (the `。` is looked for only after the line's start: a text may have none for long)
    line = text.rfind("\n", 0, s_start) + 1
    opened = text[max(text.rfind("。", line, s_start) + 1, line) : s_start]
    # (a rally named for the year's goals is a name, no intent: `举行冲刺2025全年目标动员大会`, f18_p02)
    kind = figure_kind(
        without_rally(before),
        after,
        fallback.kind,
        q,
        past=past,
        early=early,
        ahead=ahead,
        so_far=bool(fallback.part or PART_OF_YEAR.fullmatch(fallback.period)),
        firm=fallback.firm,
        split_of=_split_sentence(text, s_start),
    )
    if kind == ACTUAL and budget_figure(opened, before, after, q):
        kind = TARGET
    elif kind == TARGET and _START_HERE.search(before) and _START_AHEAD.match(after):
        # a change's start is the level things stand at, even in an aim (`力争使全旗察哈尔基础母羊养殖规模从13万只增加到
        # 18万只`, f30_p02 镶黄旗): reached; its end is the target
        kind = ACTUAL
    progress = ""
    if fallback.firm and kind == TARGET and q.unit == "%" and not before.strip():
        # a share standing alone in a task list's progress table (`80%(新区实验幼儿园进度滞后)`, r164 苍南 2022):
        # how far the task has got by the month the title names
        progress = progress_period(text)
        kind = ACTUAL if progress else kind
    spanned = period
    period = _span_or_end(
        period, own, fallback.period, before, doc.year, opened, text[line:s_start], kind == TARGET, after
    )
    clause = _last_clause(before)
    if (
        own is None
        and kind == ACTUAL
        and _YEAR_ONLY.fullmatch(period)
        and "五年" in opened
        and (_FLOW.search(clause) or _TOTAL_OF_COUNTED.fullmatch(clause))
        and _YEAR_SPAN.fullmatch(opened_span := period_of(opened, base_year, doc.year) or "")
    ):
        # `五年共实施县重点项目349宗,累计完成投资398.13亿元;引进项目252宗,计划总投资1598.77亿元` (f13_p14 博罗 2021-11):
        # what the sentence's later parts added up, or the total of what they counted, is over the years it opened with
        period = opened_span
    if (
        kind == ACTUAL
        and doc.year
        and period == str(doc.year - 1)
        and (
            "年均" in clause
            or "累计" in clause
            # (a flow after a total the sentence told: `累计实施市级以上重点项目147个,完成投资406亿元`, r340 沙河; a net
            # change beside the averages: `市场主体升至4.9万户,净增1.5万户` under `过去五年工作回顾`, f14_p02 酉阳 2022-01)
            or ("累计" in opened + before and _FLOW.search(clause))
            or ("净增" in clause and "年均" in opened + before)
        )
        and (back := heading_years(text, line))
    ):
        # `过去五年工作回顾` / `2016年,全市生产总值完成235.7亿元,年均增长7.8%;…累计实施市级以上重点项目147个` (r340 沙河
        # 2017-02 report): an average or a total under a review of N years is over them, up to the last year (only
        # the clause's: `累计发放扶持资金368万元,养殖规模稳定在2万匹` is a level, f15_p02)
        period = f"{doc.year - back}-{doc.year - 1}"
    if (
        own
        and own == period
        and kind == ACTUAL
        and doc.year
        and _YEAR_SPAN.fullmatch(own)
        and int(own[-4:]) < doc.year
        and _SPAN_FRAME.match(opened + before)
        and not _FLOW.search(clause)
        and not _FLOW.search(_verb_clause(before))
        # (a change's words, unless they reach a level: `人均生产总值提高到5.92万元`, r402 遂平)
        and (not _SPAN_CHANGE.search(clause) or _REACHED_BEFORE.search(before))
        and not _HELD.search(before)
        and (
            _reached(text, q_start, before)
            or _DONE_AT.match(text, q_start)
            or before.rstrip().endswith("完成")
        )
    ):
        # `十一五期间,全县生产总值达9.7亿元,财政总收入完成1.004亿元` (r107 台江 2011): a level the plan's years reached is
        # their last year's; what they added up (`全社会固定资产投资完成7.22亿元`, `五年间,180个重点项目落地生根,总投资超过
        # 139亿元`, 偏关 2026) keeps them
        period = own[-4:]
    if own and doc.year and own.endswith(f"-{doc.year}") and _stands_done(before):
        # `城西工业区从2003年开始建设,规划建设总面积10平方公里,已开发了3000多亩` (hdampjb.cn 吉水工业园区 2010, f16_p19):
        # what stands done after the years since is a level of the text's year
        period = str(doc.year)
    if "由" in before or "从" in before:
        if _YEAR_SPAN.fullmatch(spanned):
            end = _end_of_change(
                spanned, before, after, opened, text[line:s_start], text[max(0, line - _EARLIER_CHARS) : line]
            )
            period = period if end is None else end
        elif (
            not own
            and period != UNDATED  # (a review's years still to be read: its change's ends are read below)
            and not _YEAR_SPAN.fullmatch(period)
            and _start_without_year(before, after, opened)
        ):
            # `城乡居民人均可支配收入从25475元和8892元增加到32432元和12787元` (r451 兴和 2022), `从148元提高到160元` (the
            # seeds' 002 H1 2020): the level a change starts from is a record of the year the text gives it, or of none
            # (RECORDS: a change's start), never of the year or part the change reaches
            period = ""
        else:
            period = _end_of_parallel_change(before, after, opened) or period
    period = _year_of_item(opened + before, after) or period
    if (
        not own
        and ("初" in before or "初" in opened)
        and FOUNDING_TIME.search(mask_comparisons(opened + before))
    ):
        # `建县之初,浦北地区生产总值仅6098万元,固定资产投资299万元` (r175 浦北 2025): the place's first years, never
        # named, not the passage's
        period = ""
    if kind == TARGET and not own and (gap := _GAP_TO_GOAL.match(opened + before)):
        # `到2025年地区生产总值达到650亿元以上。…从360.1亿元到650亿元以上,需要翻1.8倍` (southcn.com 陆丰 2021): what
        # closing the gap to a goal named before takes is of the goal's year
        period = _goal_year(text[:s_start], gap) or period
    if (
        ("较" in before or "由" in before or "从" in before)
        and (start := _LEVEL_OF_BASE.search(before))
        and _CHANGED_TO.match(after)
    ):
        # `人均生产总值较“十三五”末的3.4万元增长到3.9万元` (wisesu.com 潼关 2025): the level at the base, its time
        period = str(_base_year(start))
    elif (
        before.rstrip().endswith("的")
        and ("比" in before or "较" in before)
        and (start := _LEVEL_COMPARED.search(before, max(0, len(before) - 16)))
        and _CHANGE_AFTER.match(after, q.end - q.start)
    ):
        # `比2013年的17.3459万吨,增0.8541万吨` (digrank.cn 2014 grain summary): the base year's level, reached
        period, kind = str(_base_year(start)), ACTUAL
    elif "同期" in before and (same := _SAME_TIME_OF.search(before)):
        # `规模以上工业企业12户(2015年同期29户)`, `实现工业总产值13.2亿元,2015年同期9.8亿元` (r287 西丰 2023): the level at
        # the year compared with
        period, kind = same.group(1), ACTUAL
    elif (
        "同期" in before
        and _LAST_YEAR_SAME_TIME.search(before)
        and (last := _ONE_YEAR_PERIOD.fullmatch(period))
    ):
        # `上半年生产原煤252万吨,与去年同期179万吨相比增长41%` (r394 宣威, a mid-year story): last year's level at the
        # same time of year
        period, kind = str(int(last.group(1)) - 1) + last.group(2), ACTUAL
    if (
        ("当月" in before or "本月" in before)
        and PLAIN_YEAR.fullmatch(period)
        and _THIS_MONTH.search(before)
    ):
        month = doc.month or _dateline_month(text)
        if month:
            # `2月28日,龙南市举行重大项目集中签约仪式…。该市当月共签约项目12个` (xiaolijiang.cn 龙南 2022): that month
            # (written as r128's `当月增速` is: `2020-11`)
            period = f"{period}-{month:02d}"
    if (
        kind == TARGET
        and own is None
        and fallback.kind != TARGET
        and (
            _WILL_REACH.search(before)
            or _OPEN_FUTURE.search(before)
            or PROJECTED.search(before)
            or PUSHED_TOWARD.search(before)
        )
    ):
        # `装机容量将达1.6吉瓦` in a piece of news, `今后可以实现17~18%` in an interview (m.fx361.cc 黔西 2010): some
        # day ahead, no year the text names; so is what a project can do once running (`项目达产达标后,可实现年销售
        # 收入83.2亿元`, r142 弋阳 2020)
        period = ""
    if (
        kind == TARGET
        and period == str(doc.year)
        and (yield_at := _yearly_yield(before, paragraph_before := text[text.rfind("\n", 0, s_start) + 1 : s_start]))
        >= 0
        and period_of(before[yield_at:], None) is None
        and "投资" not in before[yield_at:]
        and not _DONE_BY_YEAR.search(paragraph_before)
    ):
        # what a project is to yield a year is of no year the text names, not of the piece's (a time word before the
        # projection speaks for what came before it: `目前,一期项目已建成并投产运营,…预计年产值`; a completion year named
        # before stands: `2026年11月竣工投产。项目投产后,预计年产值达18亿元`, f17_p20 新和 2025); the project's cost
        # told after its yield is no yield
        period = ""
    if (
        kind == TARGET
        and PART_OF_YEAR.fullmatch(period)
        and (
            _YEAR_AMOUNT.search(before, max(0, len(before) - 12))
            or (
                _GOAL_AMOUNT.search(before, max(0, len(before) - 12))
                and _SHARE_OF.match(after, q.end - q.start)
            )
        )
    ):
        # `1—3月份,…完成年任务75亿元的23.7%` (m.news.wmxa.cn 洋县 2016): the year's task, whatever part has gone by; so
        # is a task set from above that a share of is done (`今年1到10月,…完成州政府下达任务数132.63亿元的90.8%`,
        # cxztzcjw.cn 楚雄 2018; `1-5月,…完成地区目标任务283亿元的39.43%`, r190 阿克苏 2024)
        period = period[:4]
    if progress:
        period = progress
    if _QUARTER_OR_MONTH.fullmatch(period) and names_batch_event(text, q_start):
        # `2023年5月25日,甘肃天祝2023年第二季度36个工程集中开建,总投资52.25亿元` (r181 天祝), `市举行2022年第四季度项目集中
        # 开工活动。此次共有98个项目集中开工` (heb.ddbgt.com 2022-10): the quarter or month names the batch, an event of
        # the year, as `5月份集中开工` (r113 禹城) and `2022年第三季度重点项目集中开工` (r137 凤县) are labelled
        period = period[:4]
    elif own is None and doc.year and PART_OF_YEAR.fullmatch(period) and opens_with_event(opened + before):
        # `截9月底,全县133个重点项目,累计完成投资167.1亿元…。此次集中开工的10个重点项目,总投资20亿元` (r466 罗山 2021):
        # the event the piece reports on is of its day, not of the months the sentences before counted
        period = str(doc.year)
    if kind == TARGET and not own and PART_OF_YEAR.fullmatch(period):
        # `今年一季度，…。高密计划实施…`: a target is the year's unless it names its own part
        period = period[:4]
    elif (
        kind == ACTUAL
        and not own
        and PART_OF_YEAR.fullmatch(period)
        and _SINCE_SET_UP.search(opened + before)
    ):
        # `开园以来新投入运营载体3.6万平方米,建立5亿元引导基金` under `一、2025年上半年…计划执行情况` (r239 东丽): a tally since
        # a park or a body was set up is what stands in the year, not the half's flow
        period = period[:4]
    elif (
        "预计" in before
        and not own
        and doc.year
        and PART_OF_YEAR.fullmatch(period)
        and int(period[:4]) < doc.year
    ):
        # `前三季度农村居民人均可支配收入29358元…。社会消费品零售总额预计增长5%` in a text of 2025-01 (r155 平谷): the
        # part of a year gone by is known, an estimate is of the whole year
        period = period[:4]
    if (
        kind == ACTUAL
        and period == str(doc.year)
        and _is_mid_year(doc)
        and not _TIME_WORD.search(before)
        and _tells_part_of_year(text)
        and not _YEAR_SPAN.fullmatch(fallback.period)  # a status at the end of a reviewed span is the year's
        and not _PROGRAMME_STOCK.search(clause)  # so is a programme's size
        # so are an event's (`8月30日上午,凤县举行…集中开工仪式。当天共有16个重点项目集中开工`, r137 凤县 2022-08)
        and not _EVENT_TOLD.search(opened + before)
        and not told_as_standing(text, q_start)  # what stands as told is the year's
        and not _SINCE_SET_UP.search(opened + before)  # and so is a tally since a park was set up
    ):
        # an achievement stated without a time in a mid-year text is the first half's (of a July report)
        # (or the part the report opens with: `…获悉:前7个月,…` in a text of 2022-08, ts.cn)
        period = fallback.period or fallback.part or (f"{doc.year}H1" if doc.month in (7, 8) else period)
    if (
        kind == ACTUAL
        and own is None
        and not fallback.period
        and period == str(doc.year)
        and (reviewed := year_reviewed_at_opening(text, doc.year, doc.month))
    ):
        # `近年来,仁怀清理退出白酒生产企业(作坊)622家` in a story of 2023-02 on the session that reviewed 2022 (r418 仁怀):
        # what a text of a year's first months tells as done, with no time of its own, is of the year it reviews
        period = str(reviewed)
    if period == UNDATED:
        # a paragraph of a `过去五年` review that opens a sentence with `五年来,` (r171 崇明 2017: `(一)生态建设…。五年来,
        # …森林覆盖率达到24%`): its figures without a time of their own are of the years looked back on
        looked_back = _LOOKED_BACK.search(text, line, s_start) or _REVIEW_OPENS.match(text, line, s_start)
        back = _years_count(looked_back) if own is None and doc.year else None
        # ... or, failing that, the years its heading counts (`五年发展成绩单` over `…接连跨过3000亿元、3500亿元台阶`,
        # yyykp.com 晋江 2026-01, f13_p16), in a report of a year's first months, whose past years are the whole years
        # before it (said in a party congress of September, `过去五年` ends in no year-end: u08 肥西 2021-09)
        headed = back is None and own is None and doc.year and _in_session_months(doc)
        if headed:
            back = heading_years(text, line)
        period = f"{doc.year - back}-{doc.year - 1}" if back else ""
        if (
            period
            and headed
            and not _FLOW.search(clause)
            and not _SPAN_CHANGE.search(clause)
            and not _LIFTED_OUT.match(after)
        ):
            # under such a heading a figure that sums or changes nothing over the years is where they ended: a level, a
            # stock or a standing (`市场主体总量突破35万户、企业数超11万家`, `集聚14家高能级平台`, f13_p16; `文创产业增加值完成65.1
            # 亿元`, r268 余杭 2012 under `过去五年工作回顾`)
            period = period[-4:]
        elif period and _reached(text, q_start, before) and not _FLOW.search(clause):
            # a level the years reached (r171 崇明 2017: `五年来,…森林覆盖率达到24%`) is their last year's
            period = period[-4:]
        elif period and ("由" in before or "从" in before):
            # `过去五年,…规上工业总产值从742亿元增加到1550.2亿元` (r273 永川 2022): a change's ends are the year before the
            # span and its last year
            end = _end_of_change(
                period, before, after, opened, text[line:s_start], text[max(0, line - _EARLIER_CHARS) : line]
            )
            period = period if end is None else end
    elif (
        kind == ACTUAL
        and own is None
        and doc.year
        and period == str(doc.year)
        and (looked := _looked_back_after(text, line, q_start, doc.year))
    ):
        # `…排名中分别位列第7位、第6位;…蝉联中国最具幸福感城市(县级)……回望2016,长沙县一路争先进位` (r306 长沙县 news of
        # 2017-01): achievements listed before the paragraph names the past year they sum up are that year's
        period = looked
    elif (
        kind == ACTUAL
        and own is None
        and doc.year
        and _in_session_months(doc)
        and period == str(doc.year)
        and (looked := _looked_back_before(text, q_start, doc.year))
    ):
        # `行至新一年,回看2023,…。这一年,…。GDP同比增长8.1%,达3332.55亿元` (r346 西安高新区 news of 2024-02): achievements
        # after a lead that looks back on the past year are that year's
        period = looked
    elif (
        kind == ACTUAL
        and doc.year
        and "连续" in before
        and period.endswith(f"-{doc.year}")
        and _YEAR_SPAN.fullmatch(period)
        and (looked := _looked_back_after(text, line, q_start, doc.year))
    ):
        # (`连续三年蝉联中国十佳“两型”中小城市榜首;……回望2016`, r306: a streak up to that year, `2014-2016`)
        period = f"{int(period[:4]) - 1}-{looked}"
    elif (
        kind == ACTUAL
        and own is None
        and not fallback.period
        and doc.year
        and doc.month
        and doc.month > SESSION_MONTHS
        and period == str(doc.year)
        and _HELD.search(_CLAUSE_STOP.split(before)[-1])
        and (back := _years_count(_LOOKED_BACK.search(text, max(0, line - _EARLIER_CHARS), s_start)))
    ):
        # `五年来,崇明向美向优,…。` then `…空气优良率保持在90%左右` (r243 崇明, a review of the 十四五 years told in
        # 2025-11): a level held through the years a paragraph just before looks back on is theirs, up to the text's
        # year (tests/real/README.md, twenty-first round); one reached there (`森林覆盖率达21.64%`) is the text's year's
        period = f"{doc.year - back + 1}-{doc.year}"
    elif (
        kind == ACTUAL
        and own is None
        and PLAIN_YEAR.fullmatch(period)
        and _sums_recent_years(text[line:q_start])
        and _tells_flow(text, q_start, q.unit, before)
    ):
        # `近年来,武清区累计财政投资200余亿元,…。投资101亿元实施“无煤区建设”` (finance.sina.com.cn 武清 2021-09, f16_p03):
        # what recent years added up to is over years the text never names; a level they reached (`回收率达80%`) is
        # the text's year's
        period = ""
    elif (
        kind == ACTUAL
        and fallback.part
        and period == fallback.part[:4]
        and not own  # (`2012年我县市级重点项目15个`: a year of its own)
        and not _TIME_WORD.search(mask_comparisons(before))
        and not told_as_standing(text, q_start)
        and not opens_with_event(opened + before)  # (the event the piece reports on is of its year, as above)
        # (nor after the present its sentence named: `目前,六枝特区在籍煤矿24处,…;煤电联动发展深入推进,25家电力企业装机
        # 容量达206.34万千瓦`, r395 六枝 1-9月 2025; or an earlier one in its paragraph, unless it measures the part's
        # progress: `目前,在建重点项目数同比增长19.1%…。从投资规模上看,百亿级在建项目2个`, r384 天津经开区 H1 2022, not
        # `…8个市级重点建设项目全部开工建设,累计完成投资6.23亿元,占年度计划投资的40.2%`: what stands now is the year's)
        and not (
            fallback.period == period
            and (
                _present_named_last(opened + before, period)
                or (
                    _present_named_last(text[line:s_start], period)
                    and not measured_against_year(text, q_start)
                )
            )
        )
    ):
        period = fallback.part  # an achievement with no time of its own in a report of a part of the year
    elif (
        kind == ACTUAL
        and not own
        and fallback.part
        and period == fallback.period == fallback.part
        and not _TIME_WORD.search(mask_comparisons(opened + before))
        and told_as_standing(text, q_start)
        # (what the part added stays the part's: `上半年实现产值123亿元。新认定高新技术企业68家,新增市场主体1.2万户`, u02
        # 双流 H1 2021)
        and not _ADDED.search(clause)
    ):
        # `上半年新增第二批郑州市“链主”企业15家,…。辖区15家企业上榜河南省制造业单项冠军,占全市入选总数的62%` (r195 郑州
        # 高新区 H1 2024): the part an earlier sentence named is not carried to what stands as told, the year's
        period = period[:4]
    if not own and PART_OF_YEAR.fullmatch(period) and _ANNUAL_RATE.search(clause):
        # `今年上半年,全县完成国内生产总值80.66亿元…` / `惠泉年产啤酒近80万吨,去年销售9.44亿元` (r338 惠安 2002-08
        # interview): what is made in a year is no part's flow
        period = period[:4]
    elif (
        kind == ACTUAL
        and not own
        and PART_OF_YEAR.fullmatch(period)
        and _PROGRAMME_SIZE.search(clause)
        and not _TIME_WORD.search(mask_comparisons(opened + before))
        and not _BATCH_COUNTED.search(opened + before)
    ):
        # a project's or a programme's total investment in a report of a part of the year (`实施项目2个,总投资16.62亿元,已完成
        # 投资1.6亿元`, r463 兴业 1-8月; `概算总投资8000万元`, r454 彭阳): what the projects cost in all, not what the months
        # spent (as in a mid-year text's undated figures, above); not the projects a part its sentence names brought in
        # (`一季度,…新签约项目26个,总投资156亿元`, u03 潍坊 2024), nor a batch started or signed in it (`此次集中开工项目共17个,
        # 总投资21.2亿元`, f21_p14 平利 一季度)
        period = period[:4]
    if (
        kind == ACTUAL
        and doc.year
        and period[:4].isdigit()
        and int(period[:4]) < doc.year
        and _UNITS_COUNTED.match(after)
        and _AUDIT_WORK.search(before + after)
    ):
        # `对区本级2022年度财政预算执行…情况审计,延伸抽查区农业农村局、…、海门镇等5个单位` (r543 潮阳, a report of 2023-09),
        # `并针对11个一级预算单位和4个二级预算单位…进行审计调查` (r567 镇康 2019): the units an audit examined are counted
        # when it is done, the text's year, not in the year whose accounts it examines
        period = str(doc.year)
    deadline = deadline_of(text[clause_start:q_start], before, kind)
    orig_start, orig_end = norm.to_original(clause_start, clause_end)
    value, unit = _as_written(q)
    indicator = under_heading(indicator, text, clause_start)
    # `顺德将确保…`, `2021年南海研发投入强度`: once the place goes, filler before it goes too
    for _ in range(2):
        stripped = without_place(indicator, section.region, section.city)
        if stripped == indicator:
            break
        indicator = clean_name(stripped) or stripped
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


# A forecast for a year at least two years before the page's date (`预计到2015年工业产值达到30亿元` on a page of 2023,
# daowen.com 金塔, a plan of 2011 reposted): no review estimates a year that far back, so the text is older than its
# page, and the figure is still the forecast it was (an estimate of the year just ended, `预计到2020年底…` early in 2021,
# is an outcome).
_FORECAST_YEAR = re.compile(r"预计\s*(?:到|至)\s*(\d{4})\s*年")


def _stale_forecast(paragraph_before: str, doc_year: int | None, period: str) -> bool:
    """Whether the paragraph forecasts a year long before the page's date, and the figure's period is that year or
    a later one of the same forecast."""
    forecast = _FORECAST_YEAR.search(paragraph_before)
    if not (forecast and doc_year and period[:4].isdigit()):
        return False
    year = int(forecast.group(1))
    return year <= doc_year - 2 and int(period[:4]) >= year


def _dateline_month(text: str) -> int | None:
    """The month of a dateline opening the text, when the document's date is not known."""
    m = _DATELINE_MONTH.match(text, 0, _DATELINE_SCAN)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


_DATELINE_SCAN = 60


_FLOW = re.compile(
    # (a rate built is a level: `高标准农田建成率达到60%以上`, r309 青冈 2026 on the 十四五 years; so is an area built,
    # `已开发建成面积达到6.39平方公里`, r287 西丰经济开发区 2023 on the 十三五 years)
    r"年均|累计|新增|净增|五年|期间|共计|合计|总计|引进|招引|新建|建成(?!率|区|面积)|实施|培育|提前|完成投资|投资完成|(?<!总)投资\s*$"
    # (`接连落地省、市大中型项目84个、总投资超460亿元`, r295 寻乌 on the 十四五 years: projects landed over the years)
    r"|落地"
    # (`建设农村新居2.6万户` since 2007, r324 莘县 2012; `争取…补助资金15865.6万元`, `整合财政涉农资金`, `发放金融扶贫贷款5.01亿元`
    # over 2014-2019, r321 永胜 2020: things done and money raised or spent over the years)
    r"|建设|争取|整合|发放"
)
# A count of units (`5个单位`, `11个一级预算单位`) in a sentence about an audit's work.
_UNITS_COUNTED = re.compile(r"[\d.]+\s*个[^，,。；;\d]{0,6}?单位")
_AUDIT_WORK = re.compile(r"审计|抽查")
# People or villages the figure counts lifted out of poverty (`87个贫困村全部出列`, `9034户20427名贫困对象全部脱贫`, r451
# 兴和 2022 under `一、本届人民政府工作回顾`): a count of what the years did, not a level where they ended.
_LIFTED_OUT = re.compile(r"[^，,。；;]{0,24}?(?:脱贫|出列|摘帽)(?!攻坚)")
# A change over the years a review counts (`比2006年增长173.9%`, `从…增加到`, `前移了20位`): not where they ended.
_SPAN_CHANGE = re.compile(
    r"增长|增幅|增速|提高|提升|下降|减少|降低|增加(?!值)|扩大|缩小|翻|前移|上升|倍|[由从]"
)
_AVERAGE_BASE = re.compile(rf"(?:较|比|相比|与)\s*{_BASE_TIME}")
# A programme's total investment: no flow of any part of the year it is told in.
_PROGRAMME_SIZE = re.compile(r"(?:总投资|概算投资)\s*(?:超过?|约|近|达)?\s*$")
# Projects counted as started, signed or finished: a flow of the time they are told in.
_BATCH_VERBS = ("开工", "签约", "竣工", "投产")
_BATCH_COUNTED = re.compile("|".join(_BATCH_VERBS))
# The size of a year's programme (`在建项目185项`, `省重点项目2个,总投资20亿元`), not what its first half did
# (`新开工项目32个` is).
_PROGRAMME_STOCK = re.compile(
    "".join(f"(?<!{verb})" for verb in _BATCH_VERBS) + r"项目\s*(?:共|有)?\s*$|" + _PROGRAMME_SIZE.pattern
)
# A year named inside a sentence, not opening it (`其中2019年棚户区改造…`).
# (only after `其中` or in a list: `园区2016年承担的…项目`, `2016年计划投资10.63亿元` are the year's, m.news.wmxa.cn 洋县 2016)
_YEAR_INSIDE = re.compile(
    r"(?:其中|、)\s*(?:19|20)\d\d\s*年(?!\s*(?:[一二三四]季度|上半年|下半年|前三季度|计划|目标|任务|预算|度|底|末|以来|\d))"
)
_YEAR_AMOUNT = re.compile(
    r"(?:年度|全年|年|当年)(?:投资|固投)?(?:目标|计划|预算|任务)(?:任务)?(?:投资)?\s*(?:为|是|达到?)?\s*$"
)
# A quarter or a single month (`2023Q2`, `2021-05`), not a span of months.
_QUARTER_OR_MONTH = re.compile(r"\d{4}(?:Q[1-4]|-\d\d)|\d{4}-(\d\d)~\d{4}-\1")
# A task or goal set from above, its amount right after (`完成州政府下达任务数`, `完成地区目标任务`, `考核目标`), and a share of
# it done after the amount (`…的90.8%`).
_GOAL_AMOUNT = re.compile(r"(?:目标|任务)(?:任务)?数?\s*(?:为|是)?\s*$")
_SHARE_OF = re.compile(r"\s*的\s*[\d.]+\s*%")
_WHOLE_YEAR = re.compile(r"全年|年度|年底|年末|全年度")
_WILL_REACH = re.compile(r"将\s*(?:达到?|突破|超过|实现)?\s*$")
# What a project or firm is expected to yield a year once running (`预计年产值6000万元、利税150万元,可带动就业160人`, r454
# 彭阳 2024 news; `该项目计划年产量约300架左右`, r536 金山 2022; `将建成电解铝产能60万吨`, r487 大通 2022): a yearly rate
# of some day ahead, not a figure of the piece's year; the figures after it in the sentence are of the same day.
_YEARLY_YIELD = re.compile(
    r"(?:预计|可|将|计划|有望|能够?)\s*(?:实现|达到?|形成|建成)?\s*"
    r"(?:年(?:总?产值|产量|销售收入|销售额|营业收入|主营业务收入|利税|上缴税收|税收|发电量|加工|处理)|[^，,。；;\d]{0,8}?产能)"
)
_PROJECT_OR_FIRM = re.compile(r"项目|公司|企业|工厂|基地")
# A year the project is to be done by, told before in its paragraph (`计划2025年7月开工建设,2026年11月竣工投产`).
_DONE_BY_YEAR = re.compile(r"\d{4}\s*年[^。；;]{0,12}?(?:竣工|投产|建成|完工|达产|投用)")


def _yearly_yield(before: str, opened: str) -> int:
    """Where the figure's sentence, up to it, starts telling what a project or firm (named in it or in its paragraph
    before, `opened`) is to yield a year once running; -1 if it does not."""
    if "年" not in before and "产能" not in before:
        return -1
    found = _YEARLY_YIELD.search(before)
    if found is None or not (
        _PROJECT_OR_FIRM.search(before, 0, found.start()) or _PROJECT_OR_FIRM.search(opened)
    ):
        return -1
    return found.start()

# A count whose things then did something over the years (`27家新上企业相继投产达效`, `67家企业完成五个优化技术改造`,
# r289 高青 2021 under `——过去五年,`): a count of things done, over the span, not a level at its end.
_DONE_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:相继|先后|陆续)?(?:完成|投产|建成|竣工|开工|落地|签约|落户)")
# A sentence framed by the plan's years (`五年间,…`, `“十四五”期间,…`): its figures are flows over them.
_SPAN_FRAME = re.compile(r"\s*[^，,。；;]{0,10}?(?:五年间|五年来|过去五年里?|期间|时期)\s*[，,]")
# A level held, right before its figure: `稳定在`, `保持在`, `稳定保持在`.
_HELD = re.compile(
    r"(?:稳定|保持|稳住)\s*在\s*$"
    # (several levels held alike: `…达标比例和…安全利用率均保持100%`, r243 崇明 2025 on 五年来)
    r"|均\s*(?:稳定|保持)\s*$"
    # ... and a rank held through them (`一般公共预算收入…总量持续位居全市第一`, r414 邗江 2016 on 五年来; not `稳居`, a rank
    # as it stands: `连续多年稳居全国百强县第4位` is the latest year's, u06 晋江 2021)
    r"|(?:持续|始终|一直)\s*(?:位居|位列|居于|居|保持)[^，,。；;\d]{0,8}?(?:第|前)?\s*$"
)
# A level reached, right before its figure (`达到`, `突破`, `提高到`): a stock at the end of the years told of.
_REACH = r"(?:达到?|突破|提高到|提升到|增加到|上升到|跃升[到至])"
# (a quantity's span may open with its verb: `达到80%`)
_REACHED_AT = re.compile(rf"\s*{_REACH}")
_REACHED_BEFORE = re.compile(rf"{_REACH}\s*$")
_DONE_AT = re.compile(r"\s*完成")


def _reached(text: str, q_start: int, before: str) -> bool:
    """Whether the figure at `q_start` is a level reached (`达到80%`, `…提高到` right before it)."""
    return bool(_REACHED_AT.match(text, q_start) or _REACHED_BEFORE.search(before))


# `是2012年的1.2倍`: a multiple of a base year's level.
# (`是“十五”期末的1.9倍,年均增长15%`, wnwk.com 浔阳 2011: the plan's last year)
_MULTIPLE_OF = re.compile(rf"(?:是|为|相当于)\s*{_BASE_TIME}的")
# An average growth in the clause after a figure's (`1.2倍,年均增长6%`).
_AVERAGE_NEXT = re.compile(r"[^，,；;。]*[，,]\s*[^，,；;。]{0,6}?年均")
# `五年累计`, `三年来累计`: a total over the last N years.
_YEARS_TOTAL = re.compile(r"([两二三四五六七八九十])\s*年(?:来|间)?\s*累计")
# A look ahead right before a count of years (`今后五年`, `未来的五年`), and the goal's year a sentence names (`到2025年`).
_LOOK_AHEAD_BEFORE = re.compile(r"(?:今后|未来)的?\s*$")
_GOAL_YEAR_AHEAD = re.compile(r"(?:到|至)\s*(20\d\d)\s*年")
# `五年跨越…`, `五年来`, `近三年`: a count of years up to now (not `十五年`, `五年前`, `五年后`).
_YEARS_COUNTED = re.compile(r"(?<![\d十百千])([两二三四五六七八九十])\s*年(?!前|后|级|以前|以后|\d)")
# A paragraph that opens looking back over N years: `四年来,`, `过去五年,`, `近三年来`.
_PARAGRAPH_YEARS = re.compile(r"\s*(?:过去的?|近|这)?\s*([两二三四五六七八九十])\s*年(?:来|间|里)?\s*[,，]")
# A paragraph under an outline mark opening `回顾五年的…,` (edutainingadventures.com 酉阳 2022 report: `(二)回顾五年的埋头
# 苦干,三大攻坚圆满收官。投入各类资金81亿元`): the years looked back on, as `五年来,`.
_REVIEW_OPENS = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十]{1,3}[)）])?\s*回顾(?:过去的?)?\s*([两二三四五六七八九十])\s*年"
)
# An average over N years told earlier in the paragraph (`2011年全区生产总值完成738.2亿元,五年年均增长11.8%`, r268
# 余杭 2012): the paragraph's later averages (`年均分别增长24.5%和28.3%`) are over the same years.
_YEARS_AVERAGED = re.compile(r"(?<![\d十百千])([两二三四五六七八九十])\s*年(?:来|间)?\s*(?:年均|平均)")
# (`过去五年,是…的五年` too, r273 永川 2022: with `过去`, `这` or `近` before it the count needs no `来`)
_LOOKED_BACK = re.compile(
    r"(?:^|(?<=[。\n]))[ \t]*(?:(?:过去的?|近|这)\s*|(?=[两二三四五六七八九十]\s*年[来间里]))"
    r"([两二三四五六七八九十])\s*年(?:来|间|里)?\s*[,，]"
)
_FROM_YEAR_TO_YEAR = re.compile(r"[从由]\s*(20\d\d)\s*年.*?(?:到|至)\s*(20\d\d)\s*年")
# A change from a level to another told without years (`从1.66亿元增长到2.05亿元`).
_CHANGE_WITHOUT_YEARS = re.compile(
    r"[从由]\s*[\d.]+\s*[万亿]*(?:元|美元|人|户|家|个|吨)?[^，,。；;年]{0,6}?(?:增长|提高|增加|上升|扩大)(?:到|至)"
)


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
    period: str,
    own: str | None,
    context: str,
    before: str,
    doc_year: int | None,
    opened: str = "",
    paragraph: str = "",
    target: bool = False,
    after: str = "",
) -> str:
    """A five-year span names the period of a flow over the whole plan (`年均增长`, `累计`, `新增`); a level
    reached in such a passage (`上市公司总数达到50家`) is the span's last year, or the document's while the plan
    is still running. A multiple of a base year's level told with an average growth, an average growth since it and
    a total over the last N years are of the years after the base up to the figure's. (`opened`: the sentence's clauses before
    `before`'s; `paragraph`: the paragraph's text before `before`, `opened` its tail; `after`: the sentence from the
    figure on.)"""
    clause = _last_clause(before)
    if (
        "累计" in clause
        and PART_OF_YEAR.fullmatch(period)
        and (count := _years_count(_YEARS_TOTAL.search(clause)))
    ):
        # `2018年前三季度,…。…三年累计盘活空置资源97万平方米` (tech.jiangsulong.com 河西区 2019-01, f15_p08): the N years up to the
        # part's year, not the part
        return f"{int(period[:4]) - count + 1}-{period[:4]}"
    if _YEAR_ONLY.fullmatch(period) and ("的" in clause or "累计" in clause):
        total = _total_span(int(period), clause, doc_year, paragraph, after)
        if total:
            return total
    if (
        own is None
        and _YEAR_SPAN.fullmatch(period)
        and (multiple := _MULTIPLE_OF.search(clause))
        and _base_year(multiple) < int(period[-4:])
        and _AVERAGE_NEXT.match(after)
    ):
        # `这五年,…。…实现一般公共预算收入18.7亿元,是2010年的2.6倍,年均增长20.6%` (gongwensou.com 石峰区 2016 report): a
        # multiple told with an average growth is over the years since its base, in a passage over years as in a year's
        return f"{_base_year(multiple) + 1}-{period[-4:]}"
    if (
        own is None
        and _YEAR_SPAN.fullmatch(period)
        and not _FLOW.search(clause)
        and not _FLOW.search(_verb_clause(before))
        and not _SPAN_FRAME.match(opened + before)
        and not _DONE_AFTER.match(after)
        and not _parts_of_total(paragraph, opened, before)
    ):
        if doc_year and (int(period[:4]) > doc_year or (target and int(period[:4]) == doc_year)):
            # `未来五年,…主要目标是,地区生产总值达1220亿元` in a text of 2025-12 (r147 同安): a goal of the plan ahead;
            # so is one of a plan opening in the text's year (`展望“十四五”,…城区常住人口达到60万人`, r151 梅河口 2021)
            # ... unless the goals were set for the plan's last year (`今后五年,…主要预期目标是:到2026年,地区生产总值
            # 超330亿元…;固定资产投资年均增长7%;…;常住人口城镇化率70%以上`, r396 都匀 2022): a level is that year's
            by_year = _BY_LAST_YEAR.findall(opened + before) if "年" in opened + before else []
            if by_year and by_year[-1] == period[-4:]:
                return period[-4:]
            return period
        opener = _YEAR_OPENER.findall(opened) if "年" in opened else []
        if opener and int(period[:4]) <= int(opener[-1]) <= int(period[-4:]):
            # `特别是近两年,实现了跨越式提升,2009年,该区完成地区生产总值53亿元…;完成全口径财政收入6.7亿元` (r172 吉林经开区
            # 2011): a year opening the sentence sets the time of what follows it, within the years looked back on
            return opener[-1]
        if doc_year and int(period[-4:]) > doc_year:
            return str(doc_year)  # a level in a passage about a plan still running is the document's year's
        if _HELD.search(clause):
            # a level held through the years (`农业综合机械化率稳定在98.6%以上`, r309 青冈 2026 on the 十四五 years) is
            # theirs, as `2020年至2024年间…稳定保持在百亿规模` (r27 陇县)
            return period
        return period[-4:]
    if ("年均" in clause and not _NEXT_ITEM.search(clause.rsplit("年均", 1)[-1])) or (
        "平均" in after and _AVERAGE_AFTER.match(after)
    ):
        # (not a level listed after an average: `地区生产总值年均增速达到7%、总量突破3200亿元`, r153 天津经开区)
        return _average_span(period, own, context, before, doc_year, opened, paragraph, target, after)
    return period


# The year goals are set for, opening them (`到2026年,`).
_BY_LAST_YEAR = re.compile(r"(?:到|至)\s*(20\d\d)\s*年(?:末|底)?\s*[，,:：]")
# The total investment of the things just counted (`引进项目252宗,计划总投资1598.77亿元`).
_TOTAL_OF_COUNTED = re.compile(r"\s*(?:计划)?总投资\s*(?:超过?|约|近|达)?\s*")
# A rate told as an average after its figure: `外贸以10.5%的平均增速快速增长` (f17_p14 三门 2021).
_AVERAGE_AFTER = re.compile(r"[^，,。；;%]{0,12}%\s*的\s*(?:年均|平均)\s*(?:增速|增长率|增幅)")


# A clause that opens with a figure, or is one (`3座桥梁、94个…`), names no verb of its own.
_FIGURE_FIRST = re.compile(r"\s*(?:(?!(?:19|20)\d\d\s*年)\d|、)")


def _verb_clause(before: str) -> str:
    """The clause whose verb a figure's clause goes on with: its own, or the one before when it opens with a figure
    (`实施村小组通达公路243公里,3座桥梁、94个贫困村公路安全防护工程`, r321 永胜 2020: the bridges were built too)."""
    clauses = _CLAUSE_STOP.split(before)
    if len(clauses) > 1 and _FIGURE_FIRST.match(clauses[-1] or "、"):
        return clauses[-2]
    return clauses[-1]


# A level told for an earlier year's same time, right before it (`2015年同期29户`).
_SAME_TIME_OF = re.compile(r"((?:19|20)\d\d)\s*年\s*同期\s*(?:为|是)?\s*$")
_LAST_YEAR_SAME_TIME = re.compile(r"(?:与|和|同)(?:去年|上年)同期的?\s*$")
_ONE_YEAR_PERIOD = re.compile(r"((?:19|20)\d\d)((?:H[12]|Q[1-4]|-\d\d)?)")


def _parts_of_total(paragraph: str, opened: str, before: str) -> bool:
    """Whether a sentence opening `其中` splits a total over the years the sentence before told (`基础设施累计投入资金
    0.351亿元。其中扩建道路1.9公里,投资955万元;排水3.7公里`, r287 西丰 2023 under `“十三五”期间`): its parts are
    of the same years, not levels at their end."""
    if not (opened + before).lstrip().startswith("其中"):
        return False
    earlier = paragraph[: len(paragraph) - len(opened)].rstrip().rstrip("。")
    return "累计" in earlier.rsplit("。", 1)[-1]


# A year opening a clause of the sentence (`…,2009年,该区完成…`).
_YEAR_OPENER = re.compile(r"(?:^|[，,；;:：])\s*((?:19|20)\d{2})\s*年\s*[，,]")


# The two ends of a change over a span: `2012年到2016年,全州地区生产总值从113.6亿元增加到180.6亿元` (tibetol.cn 迪庆
# 2017): the level it started from, and the one it reached.
_CHANGE_TO = r"(?:增长|提高|提升|增加|上升|扩大|发展|下降|减少|降低|缩小|跃升|攀升|增|升|降)(?:到|至)"
# The second of two levels changed together, past the first (`从25475元和`, `增加到32432元和`).
_SECOND_OF_TWO = r"(?:[\d.]+\s*[^\d，,。；;和、与及]{0,4}?\s*[和、与及]\s*)?"
_FROM_HERE = re.compile(r"[由从]\s*$")
_TO_HERE = re.compile(rf"[由从][^，,。；;]{{1,30}}?{_CHANGE_TO}\s*{_SECOND_OF_TWO}$")
_CHANGE_AHEAD = re.compile(rf"[^，,。；;]{{0,12}}?{_CHANGE_TO}")
# The start of a change, right before its figure: `从`, or the second of two starts (`从25475元和`); and the change
# told after it, past a second start (`25475元和8892元增加到`).
_START_HERE = re.compile(rf"[由从]\s*{_SECOND_OF_TWO}$")
_START_AHEAD = re.compile(rf"[^，,。；;]{{0,24}}?{_CHANGE_TO}")
# The end of a change whose start alone names its year, right before the figure: `由2021年第41位上升到第`.
_START_YEAR_TO_HERE = re.compile(
    rf"[由从]\s*((?:19|20)\d\d)\s*年[^，,。；;年]{{0,30}}?{_CHANGE_TO}\s*第?\s*$"
)


def _end_of_change(
    span: str, before: str, after: str, opened: str, paragraph: str = "", earlier: str = ""
) -> str | None:
    """The year of one end of a change told over a span of years: the start level is of the span's first year when
    the text names both years (`2012年到2016年,…从113.6亿元增加到180.6亿元`), else of the year before the span when the
    sentence names the years (a plan's, `“十三五”时期,…由21亿元提高到41.5亿元`: the level as the plan opened), else
    undated ("", years only counted back) unless the lines `earlier` name the span's opening (`2016年以来`, a
    `十三五工作回顾` heading) or a change told earlier in its `paragraph` names its years
    (`全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元…。规上工业总产值从742亿元增加到…`, r273 永川 2022);
    the level reached is of its last year. None for a figure that is neither end."""
    first, last = span.split("-")
    # (the second of two changes told together is read as the first: `从25475元和8892元增加到32432元和12787元`)
    if _START_HERE.search(before) and _START_AHEAD.match(after):
        named = last_match(_SPAN_YEARS, opened + before)
        if named and (named.group(1), named.group(2)) == (first, last):
            return first
        if parallel := _end_of_parallel_change(before, after, paragraph or opened):
            return parallel
        if _YEARS_NAMED.search(opened + before) or _names_span_opening(earlier, int(first)):
            return str(int(first) - 1)
        # `五年来,…由103.59亿元增长到162.1亿元,…是2016年的1.56倍` (安龙 2022): the sentence names the start's year
        if f"{int(first) - 1}年" in after.split("。", 1)[0]:
            return str(int(first) - 1)
        # `在过去五年里,生产总值由180.6亿元增加到258.33亿元` (r402 遂平 2023), `五年来,…由117.77亿元增加至165.09亿元` (r348
        # 兴业): years only counted back give the start no year of its own (RECORDS: a change's start carries the
        # year the text gives it, or none)
        return ""
    if _TO_HERE.search(before):
        return last
    return None


def _end_of_parallel_change(before: str, after: str, opened: str) -> str | None:
    """The year of one end of a change that names no years, told right after one that does (`地区生产总值从2012年的113.63
    亿元增长到2021年的293.27亿元,…;人均地区生产总值从2.81万元增长到7.55万元`, yndtjj.com 迪庆 2022): the years of the
    change before it. None when the figure is neither end, or its clause names a year."""
    clause = _last_clause(before)
    if _NAMED_YEAR_IN.search(clause):
        return None
    start = _FROM_HERE.search(before) and _CHANGE_AHEAD.match(after)
    end = not start and _TO_HERE.search(before)
    if not (start or end):
        return None
    told = (opened + before)[: len(opened) + len(before) - len(clause)]
    named = last_match(_YEARS_OF_CHANGE, told)
    if named is None:
        return None
    return named.group(1) if start else named.group(2)


# A year, a five-year plan or the present named for a start (`从2015年的`, `由“十三五”末的`, `从目前的`).
_START_TIMED = re.compile(r"(?:19|20)\d\d\s*年|十[一二三四五六]五|目前|现在|当前|年初|去年|上年")


def _start_without_year(before: str, after: str, opened: str) -> bool:
    """Whether a figure is the level a change starts from (`从25475元和8892元增加到…`) and nothing in its clause or the
    change told before it in the sentence names that level's time."""
    if not (_START_HERE.search(before) and _START_AHEAD.match(after)):
        return False
    clause = _last_clause(before)
    return not _START_TIMED.search(clause) and _end_of_parallel_change(before, after, opened) is None


# A change between two named years: `从2012年的113.63亿元增长到2021年的293.27亿元`.
_YEARS_OF_CHANGE = re.compile(
    rf"[由从]\s*((?:19|20)\d\d)\s*年(?:底|末)?的?[^，,。；;]{{1,20}}?{_CHANGE_TO}\s*((?:19|20)\d\d)\s*年"
)
_NAMED_YEAR_IN = re.compile(r"(?:19|20)\d\d\s*年")
# A plan's review named in a heading (`一、十三五工作回顾`).
_PLAN_REVIEW_HEADING = re.compile(r"(十[一二三四五六])五[”\"」]?[^\n，,。]{0,8}回顾")


def _names_span_opening(earlier: str, first: int) -> bool:
    """Whether the lines before a figure name the opening of the span `first`… it is told over: `2016年以来,…`, or a
    heading reviewing the plan that opened then (肇源 2021 report: `一、十三五工作回顾` / `2016年以来,…`)."""
    if f"{first}年以来" in earlier:
        return True
    return any(five_year_start(m.group(1)) == first for m in _PLAN_REVIEW_HEADING.finditer(earlier))


# A year or a plan named (`2016年`, `“十三五”`), not digits inside a figure (`由25877元`).
_YEARS_NAMED = re.compile(r"(?<![\d.])(?:19|20)\d\d\s*年|十[一二三四五六]?五")


def _total_span(last: int, clause: str, doc_year: int | None, paragraph: str, after: str = "") -> str | None:
    """`是2012年的1.2倍,年均增长6%`, `五年累计完成投资400亿元` (m.ilynn.cn 土默特左旗 2017 report: 2013-2017): the years
    after the base, or the N years counted, up to the figure's year `last`."""
    multiple = _MULTIPLE_OF.search(clause)
    # a multiple told as growth over the years since its base, an average growth following it; else the level's
    # own year (`2017年全县生产总值达67.69亿元,是1978年的52倍;`, r196 镇远 2018; `截至2016年末,全县地方生产总值完成
    # 96.4亿元,是2011年的1.37倍;`, r182 礼县 2017)
    if multiple and _base_year(multiple) < last and _AVERAGE_NEXT.match(after):
        return f"{_base_year(multiple) + 1}-{last}"
    count = _years_count(_YEARS_TOTAL.search(clause))
    if count:
        return f"{last - count + 1}-{last}"
    if "累计" not in clause:
        return None
    if doc_year and last > doc_year:
        # `到2020年,…累计完成固定资产投资3000亿元` in a plan of 2016 (xian.baogaosu.com 韩城): over the plan's years
        return f"{max(doc_year, last - 4)}-{last}"
    count = _years_count(_PARAGRAPH_YEARS.match(paragraph))
    if count:
        # `四年来,…。…累计完成固定资产投资200.35亿元` (ilynn.cn 芷江 2016 report): the years the paragraph looks
        # back on, up to the figure's
        return f"{last - count + 1}-{last}"
    return None


def _average_span(
    period: str,
    own: str | None,
    context: str,
    before: str,
    doc_year: int | None,
    opened: str,
    paragraph: str,
    target: bool = False,
    after: str = "",
) -> str:
    """The years an average growth (`年均增长`) is over: after its base up to the figure's year, or the N years
    the text counts (arguments as `_span_or_end`'s)."""
    between = _FROM_YEAR_TO_YEAR.search(before)
    if between is None and _CHANGE_WITHOUT_YEARS.search(before):
        # `预计全县生产总值从2015年的39.70亿元增长到2020年61.95亿元,年均增长9.3%;工业增加值从1.66亿元增长到2.05亿元,年均
        # 增长4.32%` (mgt.gov.cn 麦盖提 2021 report, r241): a change told without its years, after one told with them, is
        # over the same years
        between = last_match(_FROM_YEAR_TO_YEAR, paragraph)
    if between:  # `由2015年的…增加到2020年的…`: five years of growth after the base year, 2016-2020
        first, last = int(between.group(1)), int(between.group(2))
        return f"{first + 1 if last - first == 5 else first}-{last}"
    opening = paragraph[:12]
    if period == UNDATED and doc_year and (back := _years_count(_PARAGRAPH_YEARS.match(opening))):
        # `五年来,…。规上工业增加值年均增长3%` under `一、过去五年政府工作回顾` (zh.wikisource.org 黎平 2022-02): the years
        # the paragraph looks back on, before the text's
        return f"{doc_year - back}-{doc_year - 1}"
    year_only = bool(_YEAR_ONLY.fullmatch(period))
    base = last_match(_AVERAGE_BASE, before)
    if base is None and year_only and "较" in paragraph:
        # `截至2024年底,…较“十三五”末年均增长4%;…;固定资产投资年均增长10%` (wisesu.com 潼关 2025): the base the
        # sentence or paragraph named before
        base = last_match(_AVERAGE_BASE, paragraph)
    if base is None and year_only:
        # `…达到259亿元,是2012年的1.2倍,年均增长6%;一般公共财政预算收入…,年均增长15.4%`: the base the
        # paragraph compares with
        base = last_match(_MULTIPLE_OF, paragraph + before)
    last = int(period[-4:]) if period[-4:].isdigit() else None
    if base and last:  # `截至2024年底,…较“十三五”末年均增长4%`: the years after the base, 2021-2024
        first = _base_year(base)
        if first < last:
            return f"{first + 1}-{last}"
    if own and _YEAR_SPAN.fullmatch(context) and context.endswith(own):
        return context
    if year_only:
        # `预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%` (lczf.gov.cn 陵川
        # 2025-12 report): the N years the sentence counts, up to the figure's year; else those the paragraph opens
        # looking back on (`四年来,我们…。2016年实现地区生产总值99.3亿元(预计数),年均增长8.5%`, ilynn.cn 芷江
        # 2016-11)
        counted = (
            last_match(_YEARS_COUNTED, opened + before)
            or last_match(_PARAGRAPH_YEARS, opening)
            or _REVIEW_OPENS.match(opening)
            or last_match(_YEARS_AVERAGED, paragraph)
        )
        count = _years_count(counted)
        if count and _LOOK_AHEAD_BEFORE.search(counted.string, 0, counted.start()):  # type: ignore[union-attr]
            # `今后五年,力争GDP年均增长约10.5%,到2025年达到1000亿元` (f13_p14 博罗 2021-11): the years ahead, up to the
            # goal's year the sentence names; none named, up to the figure's year when that is ahead (`未来五年,…到十二五
            # 末…年均增长18%以上`, r107 台江 2011), else unknown: they may start this year or the next
            goal = _GOAL_YEAR_AHEAD.search(after) or _GOAL_YEAR_AHEAD.search(opened + before)
            if goal:
                return f"{int(goal.group(1)) - count + 1}-{goal.group(1)}"
            if not (doc_year and int(period) > doc_year):
                return period
        if count:
            return f"{int(period) - count + 1}-{period}"
    spans = list(_SPAN_YEARS.finditer(opened)) if own is None else []
    if spans:  # `2016年至2018年,分别完成…;…,预计年均增长27.9%`: the span the sentence opened with
        return f"{spans[-1].group(1)}-{spans[-1].group(2)}"
    told = list(_SPAN_YEARS.finditer(paragraph)) if own is None and year_only else []
    if told and int(told[-1].group(2)) >= int(period):
        # `2015年地区生产总值为217.3亿元,2016-2020年,…年均增速为7.6%…。全社会固定资产投资年均增速达17.3%` (r350 汉寿
        # 2022): an average told after the paragraph's span of years, naming no time of its own, is over the same years
        return f"{told[-1].group(1)}-{told[-1].group(2)}"
    if own and _YEAR_ONLY.fullmatch(own) and doc_year and int(own) > doc_year:
        # `到2020年，…年均增长8%` in a plan of 2016: the average over the plan's years
        return f"{max(doc_year, int(own) - 4)}-{own}"
    if period == UNDATED and doc_year and own is None and not target:
        # `五年发展成绩单` / `地区生产总值年均增长6.5%` (yyykp.com 晋江 2026-01, a work report's reading): an average
        # achieved under a review of five years that names none is over the five years before the text
        return f"{doc_year - 5}-{doc_year - 1}"
    if year_only and not target and int(period) % 5 == 0:
        # `2020年,全县地区生产总值达到273.4亿元,年均增长8.4%` under `“十三五”时期,…` (f17_p14 三门 2021): an average
        # achieved up to the last year of a five-year plan, no base or count of years told, is over the plan's years
        return f"{int(period) - 4}-{period}"
    return period


# A rate per year (`年产啤酒`, `年销售收入`, `年吞吐量`; not `全年产值`, `今年产量`, `上半年产量`).
_ANNUAL_RATE = compile_words_first(r"(?<![今去上下明全本当前半\d])年(?:产|销售|销量|吞吐|接待|处理|发电)")
# A look back at a year, later in a paragraph than its figures (`……回望2016,`).
_LOOK_BACK_AT_YEAR = re.compile(r"(?:回望|回顾|回首|回看|盘点)\s*((?:19|20)\d\d)\s*年?\s*[,，]")
_LEAD_LOOK_BACK_SCAN = 400


def _looked_back_before(text: str, q_start: int, doc_year: int) -> str:
    """The year before the text's that its lead looks back on (`行至新一年,回看2023,`), when nothing between that and
    a figure names a year or the present; else ''."""
    m = _LOOK_BACK_AT_YEAR.search(text, 0, min(q_start, _LEAD_LOOK_BACK_SCAN))
    if m is None or int(m.group(1)) != doc_year - 1 or _NAMED_YEAR_OR_NOW.search(text, m.end(), q_start):
        return ""
    return m.group(1)


def _looked_back_after(text: str, line: int, q_start: int, doc_year: int) -> str:
    """The year before the text's that its paragraph looks back on after a figure, when the paragraph names no
    year before it; else ''."""
    end = text.find("\n", q_start)
    tail = text[q_start : end if end >= 0 else len(text)]
    if "回" not in tail and "盘点" not in tail:
        return ""
    m = _LOOK_BACK_AT_YEAR.search(tail)
    if m is None or int(m.group(1)) != doc_year - 1 or _NAMED_YEAR_OR_NOW.search(text[line:q_start]):
        return ""
    return m.group(1)


# A clause telling what stands done (`已开发了`, `已经建成`), no flow word in it.
_ALREADY = re.compile(r"已经?[\u4e00-\u9fff]{1,4}$")


def _stands_done(before: str) -> bool:
    clause = _last_clause(before).strip()
    return bool(_ALREADY.match(clause)) and not _FLOW.search(clause)


_SUMMED = re.compile(r"累计|共计|合计|总计")
_NAMED_YEAR_OR_NOW = re.compile(r"(?:19|20)\d\d\s*年|今年|去年|目前|当前|现有")


def _sums_recent_years(paragraph_before: str) -> bool:
    """Whether a paragraph opens looking back over recent years (`近年来,`) and sums up what they did (`累计`),
    naming no year or present up to the figure (`近年来,…。2011年实现…`, `近年来,…。昌宁县现有茶园31.5万亩`
    report a year's or today's levels)."""
    return (
        opens_recent_years(paragraph_before)
        and bool(_SUMMED.search(paragraph_before))
        and not _NAMED_YEAR_OR_NOW.search(paragraph_before)
    )


def _tells_flow(text: str, q_start: int, unit: str, before: str) -> bool:
    """Whether a figure is an amount done or added (`投资101亿元`, `建成10个`), not a level or a rate reached
    (`回收率达80%`)."""
    return not _reached(text, q_start, before) and unit not in ("%", "‰")


def _years_count(m: re.Match[str] | None) -> int | None:
    """The N, two to ten, of a count of years a pattern caught (`五年累计`, `四年来`)."""
    count = parse_number(m.group(1)) if m else None
    return int(count) if count and 1 < count <= 10 else None


def _as_written(q: Quantity) -> tuple[Value, str]:
    """Value and unit as stored: a range as a list; the unit as written (`17.5万亿元` stays 万亿元, RECORDS.md)."""
    return (list(q.value) if isinstance(q.value, tuple) else q.value), q.unit


_LEFT_OUT = re.compile(r"[（(]\s*(?:扣除|不含|剔除|除去?)[^()（）]{1,30}[)）]")
_SPLIT_OPENS = re.compile(r"\s*其中\s*[，,:：]?")


def _split_sentence(text: str, s_start: int) -> str:
    """The sentence before on the same line when the figure's sentence, to its full stop, opens with `其中`: the whole
    it splits (`盐亭县此次开工项目20个,…。其中,产业发展类项目11个,…;基础设施类项目3个,…`, f21_p13); else ''."""
    line = text.rfind("\n", 0, s_start) + 1
    opens = max(text.rfind("。", line, s_start) + 1, line)
    if not _SPLIT_OPENS.match(text, opens) or opens == line:
        return ""
    return text[max(text.rfind("。", line, opens - 1) + 1, line) : opens]


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_STOP.search(text, pos)
    return m.start() if m else len(text)


# A past year opening a clause, then what was done in it (`,2022年实施项目117个`): not a span, a date, a start.
_CLAUSE_YEAR = re.compile(
    r"[，,]\s*(20\d\d)\s*年(?![底末初度]|\s*\d|\s*[-—~至到以]|[^，,。；;]{0,12}?以来)\s*[,，]?"
)
# The event a news piece reports, told of as this one or that day's (see `DONE`).
_EVENT_TOLD = re.compile(r"本次|此次|这次|当天|当日")


# What a time adds, said as new: `新增`, `新认定`, `新签约`, `引进`.
_ADDED = re.compile(r"新(?:增|认定|签约?|引进|培育|建|开工|注册|登记|设立|入驻|落地|入库)|引进|招引|净增")


# The times a paragraph names, the present among them: the last one named frames what follows it.
_TIMES_NAMED = re.compile(rf"{_TIME_WORD.pattern}|当前|现在|现有|(?:19|20)\d\d\s*年")
_PRESENT = re.compile(r"目前|当前|现在|现有")


def _present_named_last(paragraph: str, year: str) -> bool:
    """Whether the last time a paragraph names before a figure is the present (`目前,…`) or the whole year `year`
    (`…;2025年发电量预计提升至74亿度;…`, after a `目前,` that opened the sentence, r395)."""
    named = [m.group() for m in _TIMES_NAMED.finditer(mask_comparisons(paragraph))]
    if not named:
        return False
    said = named[-1]
    return _PRESENT.fullmatch(said) is not None or (said[:4] == year and said.rstrip(" 年") == year)


# The years since a park, a zone or a body was set up (not `今年以来`, the part of the year so far).
_SINCE_SET_UP = re.compile(r"(?:开园|建园|建区|开区|成立|设立|挂牌|开业|运营|投用|启用)以来")


def _is_mid_year(doc: DocumentInfo) -> bool:
    return doc.month is not None and 7 <= doc.month <= 9


def _in_session_months(doc: DocumentInfo) -> bool:
    """Whether the text is of a year's first months, when its people's congresses review the years before it."""
    return doc.month is not None and doc.month <= SESSION_MONTHS


# A part of the year gone by, named anywhere in a text: a text that names none is no report on the first half, whenever
# it is dated (`云南这十年!迪庆公路通车总里程达8689公里`, 2022-08-09, yndtjj.com: ten years' figures, as they stand).
_PART_OF_YEAR_TOLD = compile_words_first(
    rf"上半年|[一二三]季度|前三季度|(?:今年|年初)以来|年中|{MONTHS_SO_FAR}", groups_read=False
)


@lru_cache(
    maxsize=8
)  # (one text asked for each of its figures: its hash is kept, a hit compares it by identity)
def _tells_part_of_year(text: str) -> bool:
    return _PART_OF_YEAR_TOLD.search(text) is not None


_LEVEL_VERB = r"(?:成功|首次|再次|一举)?\s*(?:达到|达|为|实现|完成|突破|超过)?"
_LEVEL_ONLY = re.compile(rf"\s*(?:20\d\d\s*年(?:底|末)?|年底|年末)\s*{_LEVEL_VERB}\s*")
# the verb may stand in the figure (`工业开票销售5064.14亿元,成功突破5000亿元大关`, m.cartoonmusical.com 武进 2023)
# (`财政总收入完成1.004亿元,首次突破亿元大关`, r107 zhxpm.cn 台江 2011)
_MILESTONE = re.compile(r"首次|首度|一举")
# (or the level it held through: `一般公共预算收入年均增长3.9%,保持在25亿元以上`, r317 平山)
_HELD_AT = re.compile(r"\s*(?:稳定|持续|始终)?\s*(?:保持|稳定|维持)在\s*")
_LEVEL_VERB_ONLY = re.compile(rf"\s*{_LEVEL_VERB}\s*")


_OPENING_QUOTES = ("“", "‘", "「", "『", '"')
_QUOTED_THING_MAX = 16  # an opening quote, a name of up to 12 characters and its closing quote

# What a count of houses, parcels or roads covers, said right after it: `完成房屋征收1049户18.08万平方米` (ahtlyaq.gov.cn
# 义安 2020), `拆除违法建设899处6.35万平方米` (zjjnews.cn 永定 2018), `累计动迁4430户、53.8万平方米` (abcjf.cn 泰兴 2009).
_EXTENT_UNITS = frozenset(("平方米", "平米", "亩", "公顷", "公里", "米", "平方公里"))


_LENGTH_UNITS = frozenset(("公里", "千米", "米"))


def _opening_area(phrase: str, q: Quantity) -> re.Match[str] | None:
    """The thing an area that opens its clause measures, named right after it, then a verb of what was done to it, its
    yearly output or the clause's end (`七十三万多亩油茶林年综合产值约二十二亿元`, f16_p15 平江 2024); not a size before a
    `的` or a class (`10万亩以上基地`)."""
    if q.unit not in _AREA_UNITS or not _PLACE_ALONE.fullmatch(phrase[: q.start].strip()):
        return None
    return _MEASURED_AFTER.match(phrase, q.end)


def _length_of_count(found: list[Quantity], i: int) -> bool:
    """Whether the i-th figure is a length glued right after a count of roads or lines (`28条208公里`): the length of
    the things just counted, not a size that qualifies a name."""
    return (
        i > 0
        and found[i].unit in _LENGTH_UNITS
        and found[i - 1].unit == "条"
        and found[i - 1].end == found[i].start
    )


def _extent_of_count(between: str, q: Quantity, counted_unit: str) -> bool:
    """Whether a figure with nothing but a `、` before it is the area or length of the count just before it."""
    return (
        not between.strip(" 、")
        and q.unit.removeprefix("万") in _EXTENT_UNITS
        and bool(counted_unit)
        and is_count_unit(counted_unit)
    )


def _milestone_of_rate(between: str, q: Quantity, last: tuple[str, str, int]) -> str:
    """The level a growth rate just given took its measure past for the first time (`地区生产总值增长8%,首次突破900亿元
    大关`, f13_p17 大冶 2024; `地区生产总值年均增长6.6%,2025年首次突破350亿元`, r317 平山), or held it at: the
    measure's name, or ''."""
    last_name, last_unit, _ = last
    if (
        last_unit != "%"
        or not last_name.endswith(("增速", "增幅"))
        or is_relative_unit(q.unit)
        or not (
            _HELD_AT.fullmatch(between)
            or (
                _MILESTONE.search(between)
                and (_LEVEL_VERB_ONLY.fullmatch(between) or _LEVEL_ONLY.fullmatch(between))
            )
        )
    ):
        return ""
    return clean_name(_RATE_WORDS.sub("", _BULLET.sub("", last_name[:-2])))


_RATE_WORDS = re.compile(r"(?:年均|同比|同口径)+$")
_BULLET = re.compile(r"^[^\w\u4e00-\u9fff]+")  # (`▶全县地区生产总值`: a list's bullet)


def _level_of_subject(between: str, q: Quantity, last: tuple[str, str, int], opening: str = "") -> bool:
    """Whether an unnamed figure states the level of the sentence's subject: after a time (`2020年达到112.3亿元`),
    after a verb alone when it is money like the subject's figure (`财政总收入突破亿元大关,实现11338万元`), or after
    `达到` when the subject's growth rate came first (`棉花比上年增长109.4%,达到9229吨`, 2000s county bulletins)."""
    if _LEVEL_ONLY.fullmatch(between):
        return True
    last_name, last_unit, _ = last
    # (a level to come, after the growth that takes it there: `地区生产总值年均递增14%,将达260亿元`, r459 吉木萨尔 2015)
    between = _FUTURE.sub("", between, count=1)
    if (
        not between.strip()
        and opening.startswith("达")  # (the bound word `达到` is read into the figure)
        and last_unit == "%"
        and last_name.endswith(("增速", "增幅"))
    ):
        return not is_relative_unit(q.unit)
    return bool(_LEVEL_VERB_ONLY.fullmatch(between)) and q.unit.endswith("元") and last_unit.endswith("元")


_FUTURE = re.compile(r"^\s*(?:将|预计将?|有望|可望)(?=\s*(?:达|$))")


def _spread_rates(made: list[Record], phrase: str, levels: list[str]) -> list[Record]:
    """`一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6%和32.4%`: unnamed rates of a `分别` list are
    those of the levels the sentence just stated, in order."""
    k = len(made)
    if k < 2 or "分别" not in phrase or len(levels) < k or any(r.unit != "%" for r in made):
        return made
    name = made[0].indicator
    if any(r.indicator != name for r in made) or len(set(levels[-k:])) < k:
        return made  # (`城乡居民收入达到23292元和7750元、分别增长8.8%和10%`: two figures of one name)
    # the rate may be against a base or an average (`国内生产总值达到127.41亿元,人均生产总值达到31228元,分别比2012年
    # 增长65%、59.8%,年均增长分别达到8.7%、8.1%`, szb.xnnews.com.cn 崇阳 2019)
    suffix = name.removeprefix(levels[-1])
    if suffix == name or not suffix.endswith(("增速", "增长")):
        return made
    for record, level in zip(made, levels[-k:], strict=True):
        record.rename(f"{level}{suffix}")
    return made


_BARE_TARGET_END = re.compile(f"(?:{BARE_TARGET.pattern})$")
# (the target's amount may stand in an aside: `完成全年区外境内指标任务(49亿元)的100.99%`, f23_p18 钟山)
_OF_IT = re.compile(r"\s*[)）]?\s*的\s*")
# A task handed down by name: `市分配任务` (czjxsdjg.com 江华 1-10月 2012: `完成市分配任务25亿元的142.4%`).
_HANDED_DOWN_TASK_END = re.compile(
    r"(?:[市省州县区]|上级)(?:下达|分配)的?(?:年度|全年|年)?(?:目标|计划)?任务$"
)
# A budget is the year's target for its revenue or spending: `完成年初预算65200万元的96.57%` (r542 凤庆 2022),
# `占调整预算数539267万元的99.6%` (r563 周至 2023) are the shares of it reached, as of a plan; so is a task set as an
# indicator's (`完成全年区外境内指标任务(49亿元)的100.99%`, f23_p18 钟山).
_BUDGET_END = re.compile(r"(?:年初|调整后?的?)?预算(?:调整)?数?$|指标任务$")
_GROWTH_GOAL_AFTER = re.compile(r"\s*(?:左右)?\s*的?\s*(?:经济)?(?:增长|增速)(?:预期)?目标")
# Names that say only how a growth rate is counted: the rate is the sentence subject's.
_RATE_ONLY = re.compile(r"(?:同口径|同比|可比价|现价|年均|(?:两年|三年|近[两三]年)?平均|累计)?增速")


# An average over years said after a rate (`规上工业增加值同比增长23.5%,两年平均增长14.8%,持续6个月稳居全市第一`,
# jkq.yaan.gov.cn): the sentence goes on about the rate itself.
_AVERAGE_RATE = re.compile(r"(?:两年|三年|近[两三]年)平均增速$")
_AT_RATE = re.compile(r"按照?\s*$")
_HANDED_DOWN = re.compile(r"\s*(分解|下达|安排|考核)")


_RANK_SCOPE_WORD = re.compile(SCOPES)


# Patterns of the functions above, compiled once (they run for every clause).
_SENTENCE_STOP = re.compile(r"[。！!？?；;\n]")
_DIGIT = re.compile(r"\d")
_FIRST_PLACE_WORD = re.compile(r"首位|榜首|之首")
_SPAN_VERB_END = re.compile(r"(?:延长|缩短|压缩|缩减|减少|降低|提高|增加)$")
_AREA_UNITS = frozenset(("亩", "万亩", "公顷", "万公顷", "平方米", "万平方米"))
_MEASURED_AFTER = re.compile(
    r"((?:(?!的)[\u4e00-\u9fff]){2,6}?)(?:全部|全面|已经|已|正在|均|相继|陆续|顺利)?(开工|竣工|建成|完工|封顶|投用|投产|落地|\s*$|\s*(?=年(?:产|综合|均|销售))|\s+)"
)
_HOUSEHOLDS_LEAD = re.compile(r"(?:对|为|帮助|带动)?(?:全[县市区旗镇乡]|全)?")
_UNANCHORED_FRAME = re.compile(r"(?:今年|去年|上年|明年)(?!以来)")
_CLAUSE_STOP = re.compile(r"[,，;；]")


def _last_clause(text: str) -> str:
    """`_CLAUSE_STOP.split(text)[-1]`: the text after its last stop (read for every figure: no list of all its
    clauses)."""
    return text[max(text.rfind(","), text.rfind("，"), text.rfind(";"), text.rfind("；")) + 1 :]


# An item of its own after a figure, in a list joined by `、` (`…7%、总量突破`).
_NEXT_ITEM = re.compile(r"[\d%]\s*、\s*[\u4e00-\u9fff]{2}")
_YEAR_SPAN = re.compile(r"\d{4}-\d{4}")
_WIDER_RATE_NAMED = re.compile(r"[^，,]*?(?:低于|高于|快于|慢于)全[省市国](?:平均)?(.{2,20}增速)")
_BASE_YEAR_MULTIPLE = re.compile(r"是(?:19|20)\d\d年(?:末|底)?的倍数$")
_PLAN_MULTIPLE = re.compile(r"是(十[一二三四五])五(?:时期|期间)?的倍数$")
_YEAR_ONLY = re.compile(r"\d{4}")
