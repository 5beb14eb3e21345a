"""Review or plan: the tense of a document's sections, decided once per heading.

A work report given early in a year reviews the past year, then plans the present one. Its headings say which
part is which, numbered or not: `一、2022年工作回顾`, `过去一年工作回顾`, `20XX年工作回顾`, `一、“十三五”发展成就`
are reviews (achieved figures, of the report's year minus one unless the heading names a year);
`今年主要预期目标`, `二、2023年工作安排`, `2025年目标任务` are plans. A numbered body paragraph with a run-in
head (`（一）坚持项目支撑，……完成投资X亿元`) is no heading of a part: only its head counts, and only words that
name a whole part (回顾, 预期目标, 工作安排 …), so `措施` or `目标企业` inside a paragraph flip nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.normalize import BULLETS
from bot.ingest.time import month_number, period_of

TARGET, ACTUAL = "target", "actual"
UNDATED = "?"  # a context's period that is unknown on purpose: the document's year must not fill it in

_MARK = re.compile(
    r"^\s*(?P<mark>#{1,6}|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)\s*"
)
OUTLINE_MARK = _MARK  # a heading's outline mark: a line without one is a bare title
# Words that name a review part or a plan part; the strong ones name a whole part even in a run-in head.
# (`招商引资工作自查报告`, 6dgww.com: a self-inspection reports the work done)
_REVIEW = re.compile(r"回顾|成就|成绩|进展|成效|总结|情况|运行|评估|自查")
# `目标` not said to be clear: `二、招引目标明确,重点突出` in a self-inspection report (6dgww.com) tells of goals
# that were clear, a result, no plan.
NOT_CLEAR = r"(?![^，,。；;]{0,4}?(?:明确|清晰))"
_PLAN = re.compile(
    rf"计划(?!执行)|安排|目标{NOT_CLEAR}|打算|思路|重点工作|工作重点|下一步|下步|任务|举措|措施|施工图|展望|部署"
)
_STRONG_REVIEW = re.compile(r"工作回顾|回顾|发展成就|主要成就|工作总结|执行情况|成绩单")
_STRONG_PLAN = re.compile(
    r"预期目标|目标任务|主要目标|工作安排|工作打算|工作思路|下一步|下步|重点工作|工作重点|总体要求|工作部署"
    r"|^展望"  # `展望2024年工作目标`
    # a bare `今年目标` over the year's goals (tjbc.gov.cn 北辰, f20_p11)
    r"|(?:今年|明年|年度)(?:主要)?目标"
    # a report's plan part named by its aims and tasks (`2025年目标要求和主要任务`, r405 武城 2025); not the tasks'
    # results (`主要任务完成情况`)
    r"|(?:目标要求|主要任务)(?![^，,。；;]{0,8}?(?:情况|成效|进展))"
)
_PAST_YEAR = re.compile(r"过去一年|去年|上年|一年来")
_TITLE_END = re.compile(r"[。；;:：!！?？，,]")
_TITLE_MAX = 30
# A heading line of a few comma-separated phrases, with no sentence end and no figure.
_PHRASED_TITLE = re.compile(r"[^。；;!！?？:：\d]{4,40}")
_BARE_TITLE_MAX = 24


class Context(NamedTuple):
    """Kind and period implied by a heading or paragraph, used when a sentence says nothing itself (a named
    tuple: one is made for every sentence, several times faster than a frozen dataclass)."""

    kind: str = ""
    period: str = ""
    year: int | None = None  # the year relative time words refer to (`全年` under `2022年工作回顾` is 2022)
    firm: bool = False  # the kind is the structure's (a table column's), not a guess from time
    part: str = (
        ""  # the part of the year a report is about (`2023H1`): its achievements with no time of their own
    )


# Government information pages open with a metadata block (`索引号`, `发文机关`, `成文日期`, `标 题: …`):
# the title is its `标题` field, not the block's first line.
_TITLE_FIELD = re.compile(r"^[-*•·\s]*标\s*题\s*[:：]\s*(\S[^\n]*)$", re.MULTILINE)
_METADATA_SCAN = 600


def document_title(text: str) -> str:
    """The document's title: the `标题` field of a metadata block at its top, else its first line."""
    head = text[:_METADATA_SCAN]
    m = _TITLE_FIELD.search(head) if "题" in head else None
    return m.group(1).strip() if m else text.lstrip().split("\n", 1)[0]


def heading(line: str) -> tuple[int, str, bool] | None:
    """(level, title, whole) of a heading line: `#`-headings and `一、` are level 1 (or the `#` count),
    `（一）` level 2, a bare short line naming a part level 1; `whole` is False for a run-in head."""
    m = _MARK.match(line)
    if m:
        mark = m.group("mark")
        level = len(mark) if mark.startswith("#") else 2 if mark[0] in "（(" else 1
        rest = line[m.end() :].strip()
        if level == 1 and _PHRASED_TITLE.fullmatch(rest):
            # `一、认真总结成绩,准确把握态势,始终保持加快发展的劲头`: a speech's part heading of several phrases
            return level, rest, True
        cut = _TITLE_END.search(rest.rstrip("。.;；"))
        title = rest[: cut.start()] if cut else rest
        return level, title, cut is None and len(title) <= _TITLE_MAX
    bare = line.strip().strip("【】[]<>《》")
    if (
        bare
        and len(bare) <= _BARE_TITLE_MAX
        and bare[0] not in BULLETS  # a list's item, not a heading
        and not _TITLE_END.search(bare)
        and (_STRONG_REVIEW.search(bare) or (_STRONG_PLAN.search(bare) and not _GOAL_REACHED.search(bare)))
    ):
        return 1, bare, True
    titled = _TITLED_PART.fullmatch(bare) if bare and bare[0] not in BULLETS and ("：" in bare or ":" in bare) else None
    if titled and (_STRONG_REVIEW.search(titled[1]) or _STRONG_PLAN.search(titled[1])):
        return 1, titled[1], True
    return None


# A bare part title followed by a colon and its headline, with no figure (`“十三五”回顾:全区各项工作取得显著成绩`, r528
# 香洲 2021): the part is named before the colon.
_TITLED_PART = re.compile(r"([^。；;:：!！?？，,\d]{2,12})[:：][^。；;:：!！?？\d]{2,24}")


# A line that says goals were reached names no plan part (`●省、江门市重点项目投资均超额完成全年目标任务`, jmnews.com.cn
# 开平 2025: a result among the year's bullets).
_GOAL_REACHED = re.compile(r"(?:完成|实现|达成|超过|突破)[^，,。；;]{0,6}?(?:目标|任务)")


# An interviewer's question (`记者：下一步有什么打算？`, `问：去年取得了哪些成绩？`, `华商报:…是什么?`) frames the answer
# below it.
_QUESTION = re.compile(
    r"^\s*[*#【\[]*\s*(?:本报记者|记者|主持人|问|[Qq]|[\u4e00-\u9fff]{1,6}(?:日报|晚报|报|网|电视台|杂志))\s*[】\]*]*\s*[:：]"
    # a question, or a request to talk about something (`首先请您谈谈“十五”时期…取得的主要成就`)
    r"(?=.*(?:[?？]|吗|呢|哪些|什么|如何|怎样|怎么|请[您你]?(?:谈谈|谈一谈|介绍|说说|讲讲|分享)))"
)
_QUESTION_REVIEW = re.compile(
    r"成绩|成效|成就|取得|变化|亮点|进展|回顾|过去|去年|上年|一年来|[一二三四五两几]年来|近年来|这些年|做了哪些"
)
_QUESTION_PLAN = re.compile(
    r"打算|目标|下一步|下步|今后|未来|规划|计划|思路|举措|部署|接下来|新的一年|今年|明年"
)


def question_context(line: str, doc_year: int | None) -> Context | None:
    """The context an interviewer's question gives the answer after it: a look back (achieved figures) or
    ahead (targets), by the last such word it uses; None when the line is no question."""
    if not ("：" in line or ":" in line) or not _QUESTION.match(line):
        return None  # (every question's lead holds a colon: a line without one is not tried)
    back = [m.start() for m in _QUESTION_REVIEW.finditer(line)]
    ahead = [m.start() for m in _QUESTION_PLAN.finditer(line)]
    if not back and not ahead:
        return Context()
    if (back[-1] if back else -1) > (ahead[-1] if ahead else -1):
        # (the year looked back on is the one the answer's `全年`, `年度` refer to: `主持人:过去一年…盘点一下?` over
        # `…超额完成年度计划,发行专项债93.5亿元`, guanhai.com.cn 即墨 2025-01 interview)
        period = period_of(line, doc_year) or ""
        return Context(ACTUAL, period, period_year(period))
    return Context(TARGET, "", None)


# A lead line ending with a colon whose last clause names a part of the report frames the lines below it, as a
# heading does, until the next heading: `…取得了显著成效,以下是2023年工作回顾:` over numbered items on lines of
# their own, `展望2024年,我们将紧紧围绕以下目标开展工作:` (paiqing-icetech.com 沧源 2024).
_LEAD_REVIEW = re.compile(rf"{_STRONG_REVIEW.pattern}|完成情况")
_LEAD_PLAN = re.compile(rf"{_STRONG_PLAN.pattern}|(?:以下|如下)(?:主要)?(?:目标|任务)")
_CLAUSE = re.compile(r"[。；;!！?？，,]")


def lead_context(line: str, doc_year: int | None, part_year: int | None = None) -> Context | None:
    """The context a lead line ending with a colon gives the lines below it, or None when it is no such lead.
    `part_year`: the year of the part it stands in, which its relative words (`全年`) refer to, as a heading's do."""
    bare = line.strip()
    if not bare.endswith((":", "：")) or len(bare) < 2:
        return None
    last = _CLAUSE.split(bare[:-1])[-1].strip()
    if len(last) > _TITLE_MAX:
        return None
    kind = ACTUAL if _LEAD_REVIEW.search(last) else TARGET if _LEAD_PLAN.search(last) else ""
    if not kind:
        return None
    # (`1.一般公共预算执行情况。全年县级一般公共预算收入…具体完成情况是:` under `一、2023年预算执行情况` in a report to
    # the congress of 2024, r563 周至: the year of the part, not the report's)
    period = period_of(bare[:-1], part_year or doc_year, doc_year) or ""
    if (
        kind == ACTUAL
        and not period
        and doc_year
        and (_PAST_YEAR.search(last) or _STRONG_REVIEW.search(last))
    ):
        period = str(doc_year - 1)  # `以下是工作回顾:` in a report: the year before it
    elif kind == TARGET and period.endswith("H2"):
        period = period[:-2]
    return Context(kind, period, period_year(period))


# A plan named as what a sentence sets out (`果洛州划定发展预期目标,地区生产总值增长3%`, qufk.cn 果洛 2023, right after the
# review of 2022), not one reached or served (`圆满完成了…确定的目标任务`, `围绕…目标任务`).
_PLAN_NAMED = re.compile(r"预期目标|主要目标|目标任务|工作安排|工作打算")
_PLAN_NOT_SET = re.compile(r"完成|实现|达成|超过|突破|确定的|下达的|围绕|对照|对标|紧扣")


def names_plan(head: str) -> bool:
    """Whether a sentence's head names the plan it goes on to set out, in its own clause."""
    if not _PLAN_NAMED.search(head):
        return False
    head = without_purpose(head)
    for m in _PLAN_NAMED.finditer(head):
        clause = _CLAUSE.split(head[: m.start()])[-1]
        if not _PLAN_NOT_SET.search(clause):
            return True
    return False


# A goal stated as a list's lead (`预期目标是,地区生产总值同比增长7%`, jl.xinhuanet.com 绿园区 2024): its
# comparison bases (`同比`) do not make the items achieved.
GOAL_LEAD = re.compile(r"目标\s*(?:是|为|如下)")


def heading_context(title: str, whole: bool, doc_year: int | None, year: int | None = None) -> Context:
    """The kind and period a heading gives the part below it; `year` is the year of the part it stands in
    (`一、1-12月重大投资项目总体情况` under a title `2022年1-12月各类项目总结` is of 2022)."""
    review, plan = (_REVIEW, _PLAN) if whole else (_STRONG_REVIEW, _STRONG_PLAN)
    kind = ACTUAL if review.search(title) else TARGET if plan.search(title) else ""
    if not kind:
        return Context()
    period = period_of(title, year or doc_year, doc_year) or ""
    if kind == ACTUAL and "-" in period and "年" in title:
        period = _year_of_plan_reviewed(title, period)
    elif kind == ACTUAL and "以来" in title and (named := _year_before_so_far(title, period)):
        period = named
    if kind == ACTUAL and ("五年" in title or _TERM.search(title)) and not (period and NAMED_TIME.search(title)):
        # `过去五年的工作回顾`: figures over years the heading does not name; only their own times date them
        return Context(kind, UNDATED, None)
    if kind == ACTUAL:
        if not period and doc_year and (_PAST_YEAR.search(title) or _STRONG_REVIEW.search(title)):
            period = str(doc_year - 1)  # a report's review is of the year before it
        elif "上半年" in title and doc_year and not re.search(r"20\d\d", title):
            period = f"{doc_year}H1"
    elif period.endswith("H2"):  # a `下半年工作` part sets the year's targets, not half-year ones
        period = period[:-2]
    return Context(kind, period, period_year(period))


# A count of years a review heading looks back on: `五年发展成绩单`, `一、过去五年工作回顾` (not `十五年`, `二十年`).
_HEADING_YEARS = re.compile(
    r"(?<![\d十百千一二两三四五六七八九])([两二三四五六七八九十])\s*年(?!\s*[前后内度])"
)
_HEADING_SCAN = 8000  # (how far up a review's heading is looked for)
# A government's term a review heading looks back on, five years (`一、本届人民政府工作回顾`, r451 兴和 2022; `一、本屆政府
# 工作回顧`, r91 土默特左旗 2017): its years, as `过去五年`.
_TERM = re.compile(r"本[届屆](?:人民)?政府")
_TERM_YEARS = 5


def heading_years(text: str, pos: int) -> int | None:
    """The N of the N years the nearest whole heading above `pos` reviews without naming a year (`五年发展成绩单` over
    `地区生产总值年均增长6.5%,接连跨过3000亿元、3500亿元台阶`, yyykp.com 晋江 2026-01, f13_p16); None when that heading
    names a year, reviews nothing, or counts no years."""
    floor, end = max(0, pos - _HEADING_SCAN), pos
    while end > floor:
        start = text.rfind("\n", floor, end - 1) + 1
        line = text[start:end].strip()
        found = heading(line) if line else None
        if found and found[2]:
            title = found[1]
            if NAMED_TIME.search(title) or not _STRONG_REVIEW.search(title):
                return None
            count = _HEADING_YEARS.search(title)
            number = month_number(count.group(1)) if count else _TERM_YEARS if _TERM.search(title) else 0
            return number if 1 < number <= 10 else None
        if start <= floor:
            break
        end = start - 1
    return None


# A year named in a heading beside the plan it closes (`2015年和“十二五”工作回顾`, m.ilynn.cn 平利 2016): the part
# tells that year first; figures of the whole plan carry its name or `五年来` themselves.
_HEADING_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?!\s*[-—~至到])")


def _year_of_plan_reviewed(title: str, span: str) -> str:
    """The year a review heading names beside a five-year span that holds it, else the span."""
    first, last = (int(y) for y in span.split("-"))
    years = {int(m.group(1)) for m in _HEADING_YEAR.finditer(title)}
    if len(years) == 1 and first <= (year := years.pop()) <= last and "十" in title:
        return str(year)
    return span


def _year_before_so_far(title: str, period: str) -> str:
    """The year a review heading names before the present year so far (`2019年和今年以来工作回顾`, gongwensou.com 大埔
    2020-06): the part tells that year first, and the months since under frames of their own; '' when there is none."""
    years = {int(m.group(1)) for m in _HEADING_YEAR.finditer(title)}
    if (
        len(years) == 1
        and "今年以来" in title
        and period[:4].isdigit()
        and (year := years.pop()) < int(period[:4])
    ):
        return str(year)
    return ""


# A year or a plan named outright, not only the five years before the text (`过去五年`)
NAMED_TIME = re.compile(r"(?:19|20)\d\d|十[一二三四五六]?五")


_SPAN_OF_YEARS = re.compile(r"\d{4}-\d{4}")


def period_year(period: str) -> int | None:
    """The year relative time words under a period refer to: its own, or a span's last (a five-year review's
    single-year figures are the last year's)."""
    if _SPAN_OF_YEARS.fullmatch(period):
        return int(period[-4:])
    return int(period[:4]) if period[:4].isdigit() else None


# ------------------------------------------------------------------------------------ a sentence's tense
# Words that say a figure is done in any piece, beyond `已`/`累计`/`同比`: the event a news piece reports
# (`本次新开工项目32个`, `此次签约`, `今天集中开工`), a success (`成功签订13个项目`), the years since one (`2017年以来`),
# a level stated as reached (`占比高达80%`).
# They never undo an intent stated before them (`力争成功创建…`).
DONE = (
    # (`集中签约的20个项目`: the projects an event signed)
    r"本次|此次|这次|当天|当日|今天|今日|年(?:初|底|末)?\s*以来|高达|多达|集中(?:签约|开工|竣工|投产)的|"
    # (`共签约招商项目17个,计划总投资44.8亿元`, 8037eee.com 云霄 2020-10: the tally of a signing held)
    r"共签(?:约|订)|"
    # statistics accounted (`初步核算,全年实现地区生产总值…`, `根据地区生产总值统一核算结果`): figures of a year done
    r"初步核算|核算结果|"
    r"成功(?=签|举办|举行|引进|招引|入选|晋升|获批|获评|落地|落户|创建|创成|申报|发行|挂牌|上市)"
)
# A projection of what a project will do once done (`预计建成后可实现年总产值150亿元`, `达产后年产值`,
# `项目达产达标后,可实现年销售收入83.2亿元`, r142 弋阳 2020): a
# figure still to be reached, even in a report of what was done.
# (`目前正在实施二期工程完工后,将有效解决集镇6万人的用水紧张问题`, bbs.xiushui.net 修水 2014-12)
# (`建后` cut short at a clause's start: `…3200绪缫丝项目,建后年可实现产值1.2亿元`, slrbs.com 镇安 2013)
PROJECTION = r"(?:(?:建成|投产|达产|达效|竣工|完工|投用|运营)(?:投产|运营|达产|达效|达标)?(?:后|以后)|(?<=[，,；;])建后)"
# ... said of what it will or can do (`将`, `可`, `有望`, a yearly capacity `年产值`): a project already finished tells
# what it did (`投资80万元的青山镇吉亭村供水工程完工后,该村1000多名村民再也不为人畜饮水发愁`, av069.com 商南 2012)
# (`项目实施后,可发展灌溉面积2万亩`, news.sina.com.cn 沁水 2012-10: what a project under way will do once carried out)
# (two alternatives, each opening with a group of words: see fast_patterns)
_AHEAD_WORDS = r"(?=[^。；;!！?？]{0,30}?(?:将|可|能|会|有望|预计|届时|年|每))"
PROJECTION_AHEAD = rf"{PROJECTION}{_AHEAD_WORDS}|(?:项目|工程)(?:全面)?实施(?:后|以后){_AHEAD_WORDS}"
# A goal a passage serves is no figure's tense: `围绕…工作目标`, `紧扣“双百亿”目标`, `目标导向` (in reviews as in
# plans). Blanked out before tense words are read.
_PURPOSE = compile_words_first(
    r"(?:围绕|紧扣|紧盯|瞄准|聚焦|对标|按照|朝着|向着|锚定|奔着|坚持)(?:[^，,。；;:：、\d]{0,24}?"
    # (a goal quoted whole: `紧紧围绕把长青工业园区建成“…示范区、…能源化工基地、…核心区”的战略目标`, victorzhang.cn
    # 凤翔 2012 interview)
    r"|[^，,。；;:：\d“”\"]{0,24}?[“\"][^”\"]{1,80}[”\"][^，,。；;:：、\d]{0,8}?)目标(?:任务)?(?!的)"
    # `以改善生态工程建设为目标,完成百里生态文化长廊绿化72.3公里` (yhg994208.cn 秦安 2013 一季度): the aim the work
    # served, as `围绕…目标`
    r"|以[^，,。；;:：、\d]{1,24}?为(?:主要|总|根本|最终)?目标(?!的)"
    # `把推进各项社会事业跨越式发展作为主要施政目标,投入3.6亿元…` (r397 临潭 2012 news): the aim made, as `以…为目标`
    r"|把[^，,。；;:：、\d]{1,30}?作为[^，,。；;:：、\d]{0,8}?目标(?!的)"
    r"|目标(?:导向|管理|考核|责任制)"
    # goals reported as met, ending their clause (`刚刚过去的一年,…全面完成了年初确定的各项目标任务。`, m.7rdy.cn 2009
    # new-year speech): a result, no intent (not `完成全年目标任务的52.4%`, progress against the goal)
    r"|(?:完成|实现|达成)了?[^，,。；;:：、\d“”\"]{0,16}?目标(?:任务)?(?=\s*(?:[，,。；;!！]|$))"
)


# An outcome measured against expectations or a plan's requirements is no expectation or goal of the text's:
# `多重超预期困难挑战`, `好于预期` (tjgb.hongheiku.com 望江县 2022 statistics bulletin), `11项指标达到规划目标要求`
# (a plan's mid-term review, zcjczz.com 宁德 2013).
_AGAINST_EXPECTATION = compile_words_first(
    r"(?:超|超出|好于|低于|高于|不及|不如|符合|弱于|强于)\s*预期"
    r"|(?:达到|超过|超出|高于|低于|符合)[^，,。；;:：\d]{0,8}?目标要求"
)


def purposes(text: str) -> int:
    """How many goals served the text names (each holds one `目标`), and outcomes set against expectations (each
    one `预期`)."""
    count = len(_PURPOSE.findall(text)) if "目标" in text else 0
    return count + (len(_AGAINST_EXPECTATION.findall(text)) if "预期" in text or "要求" in text else 0)


def without_purpose(text: str) -> str:
    """The text with the goals it serves and the expectations it measures against blanked out, same length:
    `围绕…工作目标,全县共实施…`, `面对多重超预期困难挑战`."""
    if "预期" in text or "要求" in text:
        text = _AGAINST_EXPECTATION.sub(lambda m: " " * len(m.group()), text)
    if "目标" not in text:
        return text
    return _PURPOSE.sub(lambda m: " " * len(m.group()), text)


# A lead that opens a list of targets or results: `2024年经济社会发展主要预期目标为:`, `主要任务是:`. The
# items after it, to the end of the paragraph, are of its kind and time.
# (`…主要发展目标进行了展望:`, driinfo.com 永康 2013: a look ahead told as a list)
LIST_LEAD = re.compile(r"(?:目标|任务|指标|安排|计划|成绩|成效|展望)\s*(?:是|为|如下)?\s*[:：]")


_PLAN_COLUMN = re.compile(r"目标|任务|事项|计划|安排|指标|内容|举措")
# (`1-11月推进情况`, chongchuan.gov.cn 崇川区 2023 民生实事推进情况)
_REVIEW_COLUMN = re.compile(r"进展|进度情况|推进情况|完成情况|完成|实绩|成效|落实情况|执行情况")


def column_kind(header: str) -> str:
    """What a table column holds, by its header: plans (`工作事项`, `目标任务`, `进度安排`) or reports
    (`进展情况`, `完成情况`); '' for the rest (`序号`, `责任单位`)."""
    if _REVIEW_COLUMN.search(header):
        return ACTUAL
    return TARGET if _PLAN_COLUMN.search(header) else ""
