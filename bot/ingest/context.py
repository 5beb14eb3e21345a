"""The context a sentence is read in: its paragraph's outline headings, the title, a review or a time a
passage opens with, and the kind of the whole document."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.kind import (
    DONE_MARKER,
    FUTURE,
    HEAD_ACTUAL,
    HEAD_ACTUAL_CHARS,
    INTENT,
    INTENT_OR_PLAN,
    OPENS_LOOKING_BACK,
    PLAN_NOUN,
    REQUIRED_OR_ABOUT,
    SO_FAR,
    STRONG_ACTUAL,
    WEAK_TARGET,
    WILL,
    estimate_of_part,
    estimate_so_far,
    without_groundwork,
    without_slogans,
    without_total_word,
    without_voices,
)
from bot.ingest.manifest import DocumentInfo
from bot.ingest.segment import iter_lines, sentences
from bot.ingest.tense import (
    ACTUAL,
    OUTLINE_MARK,
    PROJECTION_AHEAD,
    TARGET,
    Context,
    column_kind,
    document_title,
    heading,
    heading_context,
    lead_context,
    names_plan,
    purposes,
    question_context,
    without_purpose,
)
from bot.ingest.time import MONTHS_SO_FAR, head_of, is_past, period_end, period_of

_HEADLINE_MAX = 40


_MENU_ITEM = re.compile(r"\s*[-·•]\s*[\u4e00-\u9fffA-Za-z ]{1,12}\s*$")


def headline_end(text: str) -> int:
    """Where a news headline standing as the first line ends (`锦屏县招商引资到位资金近12亿元`), else 0: what a
    headline states with no word of intent is news of something done."""
    for _, end, line in iter_lines(text):
        if _MENU_ITEM.match(line):
            continue  # a site's menu above the headline (`- 高新院新闻`, `- 政策解读`, r266 济南高新区 2023-02)
        if line.strip():
            short = len(line.strip()) <= _HEADLINE_MAX and not _SENTENCE_END.search(line)
            if short and _BARE_GOAL.fullmatch(line.strip()):
                return 0  # `地区生产总值增长5%左右` over the year's task breakdown (r425 渝中 2023): a goal, no news
            return end if short and NUMERAL.search(line) else 0
    return 0


# A growth rate `左右` with nothing else, no time nor verb of reaching: a goal as a plan words it.
_BARE_GOAL = re.compile(
    r"(?![^增]*?(?:年|季|月|实现|完成|达到|预计))[\u4e00-\u9fff]{2,20}?增长\s*[\d.]+\s*%\s*左右"
)


# A lead that reports how tasks set from above were carried out: `现将工作落实情况汇报如下:` (xiping.gov.cn 西平 2020),
# `现将我局承担的各项工作进展情况汇报如下:` (qiantufanwen.com, a plan's mid-term review).
_PROGRESS_LEAD = re.compile(
    r"(?:落实|完成|进展|推进|执行|进度)情况[^。；;\n]{0,8}?(?:汇报|报告|通报)?如下\s*[:：]?\s*$"
)
# An item numbered in Arabic figures (`3.改扩建…`, `2、`, `(1)`), not a decimal (`5.10月底之前…`).
_NUMBERED_ITEM = re.compile(r"\s*(?:\d{1,2}\s*(?:、|[.．](?!\d))|[（(]\d{1,2}[）)])")
_TASKS_MIN = 2


def task_items(text: str) -> frozenset[int]:
    """The starts of the lines that state the tasks of a progress report: after a lead that reports how tasks were
    carried out, numbered items each followed by lines that report on it (`3.改扩建或开工新建1所…中心敬老院` over
    `我县对第一托养中心进行了改建,…`). Each item restates its task as set (a target); the lines below it tell what
    was done."""
    if "如下" not in text:
        return frozenset()
    lines = [(start, line) for start, _, line in iter_lines(text) if line.strip()]
    lead = next((n for n, (_, line) in enumerate(lines) if _PROGRESS_LEAD.search(line)), None)
    if lead is None:
        return frozenset()
    rest = lines[lead + 1 :]
    numbered = [bool(_NUMBERED_ITEM.match(line)) for _, line in rest]
    reported = sum(
        1 for n, item in enumerate(numbered) if item and n + 1 < len(numbered) and not numbered[n + 1]
    )
    if reported < _TASKS_MIN:
        return frozenset()
    return frozenset(start for (start, _), item in zip(rest, numbered, strict=True) if item)


# A table flattened one cell to a line (`序号 |` / `主要任务 |` / `全年目标任务 |` / … / `1-11月推进情况 |`, then `24 |` /
# `优化提升50条背街后巷交通组织。 |` / …, chongchuan.gov.cn 崇川区 2023 民生实事推进情况; or blank-line separated, as
# cangnan.gov.cn 苍南 2022): its header is a run of short lines after `序号`, each row opens with its serial.
_SERIAL_HEADER = re.compile(r"序\s*号")
_SERIAL_CELL = re.compile(r"\d{1,3}")
_CELL_EDGE = " \t|｜"
_HEADER_CELL_MAX = 16
_HEADER_COLUMNS_MAX = 14


def flat_task_cells(text: str, year: int | None = None) -> dict[int, Context]:
    """The contexts of the lines of a table flattened one cell to a line whose first column after the serial is a
    plan's (`主要任务`, `项目内容`, `目标任务`), by their starts: each row's task, a target whatever its verb (`完成农村公路
    大中修70公里`, `新建建筑垃圾中转站8个`); and where the header names the months each progress column reports
    (`1-10月推进情况`, `1-11月推进情况`), the progress cells after the row's names (leaders, units), of those months."""
    if "序" not in text:
        return {}
    cells = [(start, line.strip(_CELL_EDGE)) for start, _, line in iter_lines(text)]
    cells = [(start, cell) for start, cell in cells if cell]
    found: dict[int, Context] = {}
    for h, (_, cell) in enumerate(cells):
        if not _SERIAL_HEADER.fullmatch(cell):
            continue
        header = list(
            itertools.takewhile(_is_header_cell, (c for _, c in cells[h + 1 : h + 1 + _HEADER_COLUMNS_MAX]))
        )
        if len(header) < 2 or column_kind(header[0]) != TARGET:
            continue
        months = [period_of(c, year) or "" for c in header if column_kind(c) == ACTUAL]
        if not all(PART_OF_YEAR.fullmatch(m) for m in months):
            months = []  # (progress columns that name no months: their cells read as they say)
        r = h + 1 + len(header)
        serial = None
        while r + 1 < len(cells) and _SERIAL_CELL.fullmatch(cells[r][1]):
            number = int(cells[r][1])
            if serial is not None and number != serial + 1:
                break
            serial = number
            found[cells[r + 1][0]] = _TASK_CELL
            row_end = r + 2  # the next row's serial stands a few cells further
            while row_end < len(cells) and not (
                _SERIAL_CELL.fullmatch(cells[row_end][1]) and int(cells[row_end][1]) == serial + 1
            ):
                if row_end - h > _HEADER_COLUMNS_MAX * (serial + 2):
                    break
                row_end += 1
            if months:
                found.update(_progress_cells(cells[r + 2 : row_end], months, year))
            r = row_end
    return found


_TASK_CELL = Context(TARGET, firm=True)
_NAME_CELL_MAX = 24


def _progress_cells(row: list[tuple[int, str]], months: list[str], year: int | None) -> dict[int, Context]:
    """The progress cells of a row (after the task): those right after its names (a leader, units: short, no
    figure, no sentence), one per progress column, in order; none when fewer such cells stand there."""
    at = 0
    while at < len(row) and _is_name_cell(row[at][1]):
        at += 1
    reports = row[at : at + len(months)]
    if len(reports) < len(months) or any(_is_name_cell(cell) for _, cell in reports):
        return {}
    return {
        start: Context(ACTUAL, period, int(period[:4]), firm=True)
        for (start, _), period in zip(reports, months, strict=True)
    }


def _is_name_cell(cell: str) -> bool:
    return len(cell) <= _NAME_CELL_MAX and not NUMERAL_OR_STOP.search(cell)


NUMERAL_OR_STOP = re.compile(r"[\d。；;%]")


def _is_header_cell(cell: str) -> bool:
    return len(cell) <= _HEADER_CELL_MAX and not _SERIAL_CELL.fullmatch(cell) and not cell.endswith("。")


# A table whose cells a scrape joined with spaces, one row a line (`序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况` over
# `1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中`, r336 怀远 2021): a row's serial, then its task up to its `。`.
_SPACED_HEADER = re.compile(r"\s*序\s*号\s+(\S+)(?:\s+\S+){1,8}\s*")
_SPACED_ROW = re.compile(r"\s*★?\d{1,3}\s+[^。\s][^。\n]{1,80}?。(?=\s)")


# A table of indicators flattened one cell to a line (blank lines between): `指标名称` / `目标` / `全年完成` / `实绩` /
# `增速` / `统计口径` / `地区生产总值` / `增长9%` / `287.32亿元` / `增长6.0%` / `实际管辖` / … (r404 越城 2014's plan
# execution report): the header's first column after the name is the goal, a later one the outcome. Each row's name
# (one or two lines) is followed by its figure cells: the first is the goal, the rest report.
_FLAT_NAME_HEADER = re.compile(r"指标(?:名称)?")
_FLAT_HEADER_MAX = 8
_FLAT_CELL_MAX = 16


def flat_goal_cells(text: str) -> dict[int, str]:
    """The kinds of the figure lines of flat indicator tables whose first column is the goal (see above), by the
    lines' starts."""
    if "指标" not in text:
        return {}
    lines = [(start, line.strip()) for start, _, line in iter_lines(text) if line.strip()]
    found: dict[int, str] = {}
    for h, (_, cell) in enumerate(lines):
        if not _FLAT_NAME_HEADER.fullmatch(cell):
            continue
        first = next(
            (n for n in range(h + 1, min(len(lines), h + 2 + _FLAT_HEADER_MAX)) if _DIGIT.search(lines[n][1])), None
        )
        if first is None:
            continue
        header = [c for _, c in lines[h + 1 : first - 1]]  # (the line before the first figure names its row)
        kinds = [column_kind(c) for c in header]
        if not kinds or kinds[0] != TARGET or ACTUAL not in kinds or any(len(c) > _FLAT_CELL_MAX for c in header):
            continue
        opens_row = True
        for start, cell in lines[first:]:
            if len(cell) > _FLAT_CELL_MAX or _SENTENCE_END.search(cell) or "|" in cell:
                break
            if _DIGIT.search(cell):
                found[start] = TARGET if opens_row else ACTUAL
                opens_row = False
            elif not _FLAT_PLACEHOLDER.fullmatch(cell):
                opens_row = True  # a text cell (`实际管辖`) or the next row's name
    return found


_FLAT_PLACEHOLDER = re.compile(r"[-—–/…]+")


def spaced_task_rows(text: str) -> dict[int, int]:
    """The starts of the rows of a space-joined table whose first column after the serial is a plan's (`目标任务`)
    and another a report's (`一季度完成情况`), each with the end of its task: the task is a target, whatever its verb;
    the rest of the row reports on it."""
    if "序" not in text:
        return {}
    found: dict[int, int] = {}
    header = False
    for start, _, line in iter_lines(text):
        head = _SPACED_HEADER.fullmatch(line) if not header and "序" in line else None
        if head:
            columns = line.split()
            header = column_kind(head.group(1)) == TARGET and any(
                column_kind(c) == ACTUAL for c in columns[2:]
            )
            continue
        row = _SPACED_ROW.match(line) if header else None
        if row:
            found[start] = row.end()
    return found


def paragraphs(text: str, year: int | None, whole: Context) -> Iterator[tuple[int, int, Context]]:
    """Lines of the text, each with the context of the outline headings above it (and of the title, `whole`,
    until a heading says otherwise); a progress report's task items are targets (`task_items`)."""
    levels: dict[float, Context] = {0: whole} if whole.kind else {}
    ctx = _merged(levels)  # worked out again only when a heading changes the levels
    columns: list[str] | None = None  # the kinds of the columns of the table being read
    serial_first = False  # whether its first column is the rows' serial (`序号`)
    until = ""  # the months a table's report columns cover, by its title
    caption = ""  # the last line outside a table
    under_header = False  # whether the line before was a table's header row
    tasks = task_items(text)
    flat = flat_task_cells(text, year)
    spaced = spaced_task_rows(text)
    goal_cells = flat_goal_cells(text)
    for start, end, line in iter_lines(text):
        if tasks and start in tasks:
            yield start, end, Context(TARGET, ctx.period, ctx.year, firm=True)
            continue
        if goal_cells and start in goal_cells:
            yield start, end, Context(goal_cells[start], ctx.period, ctx.year, firm=True)
            continue
        if spaced and start in spaced:
            # a space-joined row: its task (of the part's year), then the report on it
            yield start, start + spaced[start], Context(TARGET, ctx.period, ctx.year, firm=True)
            yield start + spaced[start], end, ctx
            continue
        if flat and start in flat:
            # a flat table's task (of the part's period), or a progress cell (of its months)
            cell = flat[start]
            yield start, end, cell if cell.period else Context(TARGET, ctx.period, ctx.year, firm=True)
            continue
        found = heading(line)
        # an interviewer's question, or a lead ending with a colon that names a part (`以下是2023年工作回顾:`)
        # (both hold a colon: a line without one is neither)
        asked = (
            None
            if found or not ("：" in line or ":" in line)
            else question_context(line, year) or lead_context(line, year, ctx.year)
        )
        if found:
            level, title, whole = found
            own = heading_context(title, whole, year, None)
            if not OUTLINE_MARK.match(line) or _PART_MARK.match(line):
                # a bare part title (`2025年和“十四五”工作回顾`) or a numbered part (`第一部分2023年…计划执行情况`)
                # stands over the `一、` below it
                level = _PART_LEVEL
            elif level == 1 and _PART_LEVEL in levels and own.kind not in ("", levels[_PART_LEVEL].kind):
                level = _PART_LEVEL  # `二、2026年工作安排` after a bare review title: a part of its own
            levels = {lv: ctx for lv, ctx in levels.items() if lv < level}
            outer = next((levels[lv].year for lv in sorted(levels, reverse=True) if levels[lv].year), None)
            levels[level] = own if outer is None else heading_context(title, whole, year, outer)
            ctx = _merged(levels)
        elif asked is not None:  # a question frames the answer, a lead its list, as a heading of its own
            levels = {lv: ctx for lv, ctx in levels.items() if lv < _QUESTION_LEVEL}
            levels[_QUESTION_LEVEL] = asked
            ctx = _merged(levels)
        cells = _cells(line) if "|" in line or "｜" in line else ()
        if not cells and columns is not None and serial_first and ("|" in line or "｜" in line):
            # (the table's last row cut short after its second cell, the text ending there: `打通城市断头路6条。 | 新建…
            # 等6处路桥。`, linan.gov.cn 临安 2022, f18_p08: a task and the report on it, as the rows above)
            cells = _cells(line, 1)
        # a row of a table whose serial and unit cells span the rows above (`新增婴幼儿照护服务托位500个。 | 新增…托位
        # 600个。 | ||` under `2 | … | … | 卫生健康局 |`, linan.gov.cn 临安 2022 民生实事进展情况表): its cells stand
        # under the columns after the serial
        merged = (
            columns is not None
            and serial_first
            and len(cells) >= 2
            and not _SERIAL_CELL.fullmatch(line[cells[0][0] : cells[0][1]].strip())
        )
        if columns is not None and under_header and cells and not _DIGIT.search(line):
            # a second header row under the first (`指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) |` over
            # `绝对值 | 增速 | ||`, f21_p01 武昌 2023): the columns the first named go on
            under_header = False
            yield start, end, ctx
            continue
        under_header = False
        if len(cells) < _TABLE_MIN_CELLS and not merged:
            columns = None
            caption = line if line.strip() else caption
            yield start, end, ctx
        elif columns is None:  # a table's header row: what each column holds
            columns = [column_kind(line[a:b]) for a, b in cells]
            # (its title may stand right above it, under a site's metadata rows: linan.gov.cn 临安 2022)
            until = _progress_of(caption[:_TITLE_SCAN]) or progress_period(text)
            serial_first = bool(_SERIAL_HEADER.fullmatch(line[cells[0][0] : cells[0][1]].strip()))
            under_header = True
            yield start, end, ctx
        else:  # a row: each cell is read under its column's kind (`工作事项` plans, `进展情况` reports)
            for index, (a, b) in enumerate(cells, start=1 if merged else 0):
                kind = columns[index] if index < len(columns) else ""
                if kind == ACTUAL and until:  # a report up to the month the title names (`(截至9月底)`)
                    yield start + a, start + b, Context(kind, until, int(until[:4]), firm=True)
                    continue
                yield start + a, start + b, Context(kind or ctx.kind, ctx.period, ctx.year, firm=bool(kind))


def _merged(levels: dict[float, Context]) -> Context:
    """The context of the headings above a line: each level's kind, period and year, the deepest first."""
    ctx = Context()
    for level in sorted(levels):
        found_ctx = levels[level]
        ctx = Context(
            found_ctx.kind or ctx.kind,
            found_ctx.period or ctx.period,
            found_ctx.year or ctx.year,
            found_ctx.firm if found_ctx.kind else ctx.firm,  # (a task list's title holds for its items)
        )
    return ctx


# A title that sums up its own year (`2022年经济社会发展总体情况和2023年工作打算`, `2023年工作总结`): what
# comes before a plan heading reports that year.
_SUMMARY_TITLE = re.compile(
    r"(20\d\d)\s*年[^。，,]{0,20}?(?:工作总结|总结|总体情况|完成情况|执行情况|运行情况|发展情况|决算|统计公报)"
)  # (`…审议2023年泉港区财政收支决算草案的议案` dated 2024-07, arapartments.com 泉港: the final accounts of 2023)


# A title hailing the results of the year before the document's (`麻江縣2011年招商引資創佳績` dated 2012-01-12,
# dghzdr.com 麻江): its `全年…` figures are that year's.
_PAST_RESULTS_TITLE = re.compile(
    r"(20\d\d)\s*年[^。，,]{0,20}?(?:佳绩|成绩|成效|成果|硕果|答卷|亮点|创新高|获丰收|大丰收|喜获|再创)"
)


def title_context(text: str, year: int | None) -> Context:
    """A title summing up the document's year, or the year before it (`晋安区2022年1-12月各类项目总结` dated
    2023-02): what comes before a plan heading reports that year."""
    if year is None:
        return Context()
    # (the title may stand under a site's banner: `首页 > 统计信息 发布时间:2022-03-28` / `某县2021年国民经济和社会
    # 发展统计公报`, the first wave's fresh pages)
    # (a sentence standing first may say what the text is, `…票决,8个项目被确定为2025年民生实事项目。` (sgrh.gov.cn 仁化
    # 2025); not one about carrying the tasks out: `8月6日,我县2020年民生工作推进会召开,研究部署…民生实事项目落实工作。`,
    # santai.gov.cn 三台 2020, whose text reports what was done)
    below = text.lstrip().split("\n", _TITLE_LINES + 1)[1 : _TITLE_LINES + 1]
    titles = [
        title
        for title in (document_title(text), *below, *_titles_below_furniture(text))
        if "。" not in title or not _CARRIED_OUT.search(title)
    ]
    for title in titles:
        m = _SUMMARY_TITLE.search(title[:_TITLE_SCAN])
        if m is not None and int(m.group(1)) in (year, year - 1) and not _COMMA.search(title[: m.start()]):
            return Context(ACTUAL, m.group(1), int(m.group(1)))
        m = _PAST_RESULTS_TITLE.search(title[:_TITLE_SCAN])
        if m is not None and int(m.group(1)) == year - 1 and not _COMMA.search(title[: m.start()]):
            return Context(ACTUAL, m.group(1), int(m.group(1)))
    for title in titles:
        listed = _TASK_LIST_TITLE.search(title[:_TITLE_SCAN]) and not _DONE_TITLE.search(title)
        m = _TITLE_YEAR.search(title[:_TITLE_SCAN]) if listed else None
        if m is not None and int(m.group(1)) in (year, year - 1, year + 1):
            return Context(TARGET, m.group(1), int(m.group(1)), firm=True)
    return Context()


def _titles_below_furniture(text: str) -> list[str]:
    """The lines above the text's first sentence that may be its title, under a site's furniture (`2025` / `04/25` /
    `来源:` / … / `莎车县2025年1-3月经济运行情况`, r367 莎车 2025)."""
    found = []
    for index, (_, _, line) in enumerate(itertools.islice(iter_lines(text), _TITLE_SEARCH_LINES)):
        bare = line.strip()
        if _COMMA.search(line) or OUTLINE_MARK.match(bare):
            break  # the body has begun
        if index and bare:
            found.append(bare)
            if _TITLE_YEAR.search(bare) and _PART_TITLE.search(bare):
                break  # a report's title: what stands below it is a byline or a sidebar
    return found


def progress_period(text: str) -> str:
    """The months a task list's progress column reports (`2022年度…项目进度表(截至10月31日)`: `2022-01~2022-10`),
    when its title says it reports progress up to a month; else ''."""
    return _progress_of(document_title(text)[:_TITLE_SCAN])


def _progress_of(title: str) -> str:
    if not _PROGRESS_TITLE.search(title) or not _TASK_LIST_TITLE.search(title):
        return ""
    year, until = _TITLE_YEAR.search(title), _UNTIL_MONTH.search(title)
    if year is None or until is None or not 1 <= int(until.group(1)) <= 12:
        return ""
    return f"{year.group(1)}-01~{year.group(1)}-{int(until.group(1)):02d}"


# (`2022年区政府民生实事项目进展情况表(截至9月底)`, linan.gov.cn 临安 2022)
_PROGRESS_TITLE = re.compile(r"进度|进展")
_UNTIL_MONTH = re.compile(r"截[至止]\s*(?:20\d\d\s*年)?\s*(\d{1,2})\s*月")
# Words of tasks being carried out, in a sentence that stands where a title would (a meeting on their progress).
_CARRIED_OUT = re.compile(r"推进|落实|进展|进度|调度|督查|督办|执行")


# A title of a list of the tasks or projects set for a year (`洋縣2024年十大民生實事項目清單`, yangxian 2024;
# `2022年度市县民生实事未完成项目进度表`, cangnan 2022): each item states a task as set, whatever its verb
# (`完成农村公路大中修70公里`, `建成投用…8家卫生院`); `会上确定2016年县委县政府为民兴办10件实事` (guyuantaihehotel.com
# 榆中 2016); not a report of how they went (`…民生实事完成情况`).
# (the list's brand quoted between: `金凤区2025年民生 “十心” 实事`, 53hz.com 金凤区 2025-01, f17_p05)
# (the year's works for the people: `王益区2022年十大惠民工程`, f18_p09, each item `完成…道路亮化3公里`)
_TASK_LIST_TITLE = re.compile(
    r"民生\s*(?:[“\"「][^”\"」\d]{1,8}[”\"」]\s*)?实事|为民办实事|惠民(?:实事|工程)|[件项]实事|(?:项目|任务)(?:清单|计划表|进度表|分解表|一览表)|(?:任务|责任)分解"
)
_DONE_TITLE = re.compile(r"情况|总结|成效|回顾|盘点|答卷|全部|(?<!未)完成|已")
_TITLE_YEAR = re.compile(r"(20\d\d)\s*年")


_TITLE_LINES = 2  # lines under the first that may still be the title


# A title of a report on a part of the year: `旺苍县2023年上半年经济运行`, `1-7月经济运行情况`.
_PART_TITLE = re.compile(r"运行|情况|总结|进展|成效|完成")
_OPENING_LINES = 8
# A headline that opens with a part of the year gone by: `一季度…`, `上半年…`, `前三季度…`, `1-5月…`.
_PART_HEADLINE = re.compile(
    r"\s*(?:(?:19|20)\d\d\s*年\s*|今年)?(?:上半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月)"
)


def opening_part(text: str, title: str, year: int | None) -> str:
    """The part of a year a report is about, when its title names it with a review word or one of its first
    lines opens with it (`上半年,缙云全县上下…`): achieved figures without a time of their own are of it."""
    if year is None:
        return ""
    part = _title_part(title, year)
    if part:
        return part
    lines = iter_lines(text)
    titled = bool(_TITLE_YEAR.search(title) and _PART_TITLE.search(title))  # a report's title read already
    for index, (start, end, line) in enumerate(itertools.islice(lines, _TITLE_SEARCH_LINES)):
        if not _COMMA.search(line):
            # a title, a site's menu, a byline; the title may stand below a site's furniture (`2025` / `04/25` /
            # `来源:` / … / `莎车县2025年1-3月经济运行情况`, r367 莎车 2025: its figures are of the months it names);
            # not a heading of the body (`一、经济指标完成情况`), nor a line after the report's title (a sidebar's)
            bare = line.strip()
            if titled or not index or not bare or OUTLINE_MARK.match(bare):
                titled = titled or bool(bare and OUTLINE_MARK.match(bare))
                continue
            part = _title_part(bare, year)
            if part and int(part[:4]) in (year, year - 1):
                return part
            titled = bool(_TITLE_YEAR.search(bare) and _PART_TITLE.search(bare))
            continue
        if index >= _OPENING_LINES:
            return ""
        head = head_of(_LEAD_SOURCE.sub("", line, count=1))
        if is_frame(head):
            part = _frame_part(head, year)
            if part and _ONE_MONTH.fullmatch(part) and not _DIGIT.search(line, line.find("月") + 1):
                # `4月,春风拂面,沉睡的黑土地被唤醒,…` (r270 乾安 2019-04 news): a month setting the scene, in a lead that
                # states no figure, is no part of the year the text reports on
                return ""
            if not part and _YEAR_SO_FAR.match(unspoken(head)):
                # `今年以来,区委、区政府…` over a bulletin that names its part further on (`2023年前三季度越秀区地区
                # 生产总值为…`, dekahost.com 越秀区 2023): the year so far is that part
                return _first_part(
                    itertools.chain([(start, end, line)], itertools.islice(lines, _PART_SCAN)), year
                )
            if not part and _THIS_YEAR.match(unspoken(head)):
                # `今年县委、县政府抓项目建设…。1-10月重点项目建设进展总体良好。` (czjxsdjg.com 江华 2012): the part its
                # own paragraph goes on to name
                return _first_part(iter([(start, end, line)]), year)
            return part
        return ""  # the first paragraph opens with no time
    return ""


def _title_part(title: str, year: int) -> str:
    """The part of a year a title names with a review word (`旺苍县2023年上半年经济运行`), or a headline opening with
    it (`一季度平谷固投增速居全市第二`, r339 平谷 2025-05 news); else ''."""
    if (
        len(title) > _TITLE_SCAN
        or not (_PART_TITLE.search(title) or _PART_HEADLINE.match(title))
        or _STRONG_PLAN_TITLE.search(title)
    ):
        return ""
    part = period_of(title, year) or ""
    if PART_OF_YEAR.fullmatch(part):
        return part
    if _HALF_YEAR_TITLE.search(title):
        # `2024年县政府半年工作总结` (mingyanjiaju.org): a half-year's summary, of the first half
        return f"{year}H1"
    return ""


_TITLE_SEARCH_LINES = 16  # lines a title may stand in, under a site's furniture
_ONE_MONTH = re.compile(r"\d{4}-(\d\d)~\d{4}-\1")
_DIGIT = re.compile(r"\d")
# A half-year's summary (`半年工作总结`, `半年总结`), not the second half's.
_HALF_YEAR_TITLE = re.compile(r"(?<![上下])半年(?:度)?(?:工作)?(?:总结|小结)")
_YEAR_SO_FAR = re.compile(r"(?:今年|年初)以来")
_THIS_YEAR = re.compile(r"今年(?!以来)")
_PART_SCAN = 20


def _frame_part(head: str, year: int) -> str:
    """The part of a year a sentence's head opens with (`上半年,`, `2023年1-7月,`), or ''."""
    part = period_of(_COMMA.split(unspoken(head), maxsplit=1)[0], year) or ""
    return part if PART_OF_YEAR.fullmatch(part) else ""


def _first_part(lines: Iterator[tuple[int, int, str]], year: int) -> str:
    """The first part of a year that a sentence opens with, in these lines."""
    for _, _, line in lines:
        for sentence in _SENTENCE_END.split(line):
            head = head_of(sentence)
            if is_frame(head):
                part = _frame_part(head, year)
                if part:
                    return part
    return ""


_SENTENCE_END = re.compile(r"[。；;]")


# A news agency's dateline: `浏阳日报讯`, `天山网-新疆日报讯(记者黑宏伟报道)` (ts.cn 2022-08).
_AGENCY = r"[^，,。：:]{0,30}?[讯电]\s*(?:[（(][^)）]{0,30}[)）])?\s*"
# What a news lead opens with before its own words: a dateline and a source
# (`浏阳日报讯 4月20日, 记者从浏阳市统计局获悉, 一季度, …`; `…记者从自治区商务厅获悉:前7个月,…`, ts.cn 2022-08).
_LEAD_SOURCE = re.compile(
    rf"^\s*(?:{_AGENCY})?(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[，,]?\s*)?"
    r"(?:[^，,。]{0,24}?(?:获悉|了解到|得知)\s*[，,:：]\s*)?"
)


_TITLE_SCAN = 60
_TABLE_MIN_CELLS = 3
_QUESTION_LEVEL = 9  # below every outline heading: the next heading ends the answer
# A bare part title of a report (`2025年和“十四五”工作回顾`, `2026年工作安排`, r129 中宁 2026) heads the numbered
# parts under it (`一、经济运行量质齐升,…`): it stands between the document's title (0) and them (1).
_PART_LEVEL = 0.5
_PART_MARK = re.compile(r"^\s*第[一二三四五六七八九十]+部分")


def _cells(line: str, bars: int = _TABLE_MIN_CELLS - 1) -> list[tuple[int, int]]:
    """The cells of a table row written with `|` (at least `bars` of them): their offsets in the line."""
    if line.count("|") + line.count("｜") < bars:
        return []
    bounds = [-1, *(m.start() for m in _CELL_BAR.finditer(line)), len(line)]
    return [(a + 1, b) for a, b in itertools.pairwise(bounds) if line[a + 1 : b].strip()]


_OPENING_YEAR = re.compile(
    # (a closing quote left over from the sentence before: `“黔西有个不错的家底。”据了解,2009年,…`, m.fx361.cc 黔西 2010)
    # (a place and the zone in it: `泰和县龙江新区2020年,泰和县实现生产总值…`, o2omarket.net.cn 泰和 profile)
    # (a news piece's turn to a part of a report: `关于2023年工作,报告中说,过去的一年,…`, r291 友谊 2024)
    # (the year of a ranking or a source the sentence cites: `根据2024年赛迪全国百强县的排名,河北省有5个县市上榜。`, r389
    # 迁安 2024-10, whose list follows: that year's, not the `截至2023年` of a paragraph before)
    r"^\s*[”\"」』]?\s*(?:[-*•·]\s*)?(?:[\u4e00-\u9fff]{2,6}\s*[:：,，]\s*)?(?:[\u4e00-\u9fff]{1,5}[市县区旗]){0,2}(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:在|是|截至|截止|到|至|预计|关于|根据|按照)?\s*(20\d\d)\s*年"
    # (not the first year of a span, a season's across a year's end included: `2018年冬至2019年春,`, f19_p13 元谋)
    r"(?!\s*(?:底|末|冬|秋)?\s*[-—~至到]\s*20)(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# A sentence's first clause frames what follows when it is a time and little else: `今年一季度，`, `上半年，全县`,
# `2023年1-7月，` (not `企业去年首年投产即实现销售…`, whose 去年 is its own).
_TIME_EXPR = re.compile(
    r"[“\"]?十[一二三四五六]五[”\"]?(?:时期|期间)|(?:展望|放眼)[“\"]?十[一二三四五六]五|五年来|五年间|这五年|过去的?五年|(?:未来|今后)的?五年|过去的?一年|20\d\d\s*年度?|今年以来|今年|去年|上年|上半年|下半年|[一二三四]季度|前三季度|"
    # (a count of years back: `近3年,`, `近三年来,`, zgmiaomuw.com 贵州 2014)
    r"近\s*(?:\d{1,2}|[两二三四五六七八九十])\s*年(?!\s*[前后内度])|"
    rf"\d{{1,2}}\s*[-—~至到]\s*\d{{1,2}}\s*月份?|{MONTHS_SO_FAR}|\d{{1,2}}\s*月(?:底|末|份|中旬|上旬|下旬)?|截至|截止|截(?=\s*\d)|以来|全年|年底|年初|一年来|目前"
)
# One of these stands in every match of `_TIME_EXPR`: a text without any is not searched.
_TIME_EXPR_CHARS = compile_words_first("[期年月季截来目望眼]")
_FRAME_REST = 6
# The year a change starts from, in a sentence's head: `由去年的`, `从2015年的`.
_CHANGE_FROM = re.compile(r"[由从]\s*(?:去年|上年|20\d\d\s*年)\s*(?:底|末)?\s*的")
# A place a sentence opens with, before its time (`长沙县一季度…`, `全县1-4月…`).
_PLACE_FIRST = re.compile(r"[\u4e00-\u9fff]{1,5}?[县市区旗]\s*")


_SPEAKER = re.compile(
    r"^\s*(?:[-*•·]\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:[\u4e00-\u9fff]{2,5}\s*[:：]\s*)?"
    # reported speech: `《市政府工作报告》指出，过去一年…`
    # (or a pronoun pointing back at the speaker a sentence before named: `…做了报告。他说,平山县一季度,…`, r552)
    r"(?:(?:[\u4e00-\u9fff]{1,6}[，,]\s*)?(?:[他她]|[^，,。：:]{2,20}?)(?:指出|表示|介绍|强调|显示|说|谈到)"
    # `访谈中,马振宇说过去一年,…`: no comma after the verb when a time follows it
    r"(?:\s*[，,：:]\s*|(?=过去|去年|今年|上年|近[一二三四五两几]?年|[一二三四五两几]年来|20\d\d\s*年|回顾|展望)))?"
)


# A speaker's words start after a colon or a verb of speech; a line with neither has only its list mark.
_SPEECH_HINT = re.compile(
    r":|：|指出|表示|介绍|强调|显示|说|谈到"
)  # (each word opens with a character: a fast scan)
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?")
# What a list mark can open with, bar spaces and digits.
_LIST_MARK_FIRST = frozenset("-*•·（(一二三四五六七八九十")


# The source a bulletin's sentence opens with: `根据地区生产总值统一核算结果,2021年上半年,全县…` (county
# bulletins, m.hqbet6098.com 2021, m.guannadl.com 2023).
_SOURCE = re.compile(
    r"^\s*(?:根据|据|经)[^，,。；;]{0,30}?(?:结果|数据|统计|测算|核算|资料)(?:显示|表明)?\s*[，,]\s*"
)


# A news story's source before its own words: `近日,记者从长沙县统计局获悉,长沙县一季度经济数据揭开面纱` (bnbgw.com
# 长沙县 2018-05 一季度 news).
# (`据了解,1-5月,六大重点行业…`, news.sina.com.cn 2010-07: the time after it frames the sentence)
# (after an agency's dateline: `天山网-新疆日报讯(记者黑宏伟报道)记者从自治区商务厅获悉:前7个月,…`, ts.cn 2022-08;
# `石榴云/新疆日报讯(记者…报道)记者从自治区商务厅获悉:今年上半年,…`, m.beijingleather.com.cn 2023)
_NEWS_SOURCE = re.compile(
    rf"\s*(?:{_AGENCY})?(?:(?:近日|日前|近期|昨日|昨天|今天|今日)\s*[，,]?\s*)?[^，,。；;:：]{{0,24}}?(?:获悉|了解到|得知)\s*[，,:：]\s*"
    r"|\s*据(?:了解|悉|介绍)\s*[，,:：]\s*"
)


# A speaker's lead that names the part of the year the passage is about: `罗松益西介绍上半年各项工作开展情况时说,今年以来
# 我县…` (r207 左贡 2006 interview): the lead's time frames what is said (its `今年以来` is that part so far).
_TIMED_LEAD = re.compile(
    r"(?:介绍|谈到|谈及|谈起|说起|回顾|总结|通报|汇报)\s*了?\s*"
    r"((?:今年|本年|20\d\d\s*年)?\s*(?:上半年|下半年|前三季度|[一二三四]季度|前\s*\d{1,2}\s*个?月|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?))"
    r"[^，,。；;：:]{0,16}?时\s*(?:说|表示|指出|介绍|强调)\s*[，,：:]\s*"
)
# The year so far, opening the words after such a lead.
_SO_FAR_OPENING = re.compile(r"(?:今年|年初)以来\s*[，,]?\s*")


def _timed_lead(head: str) -> str | None:
    """The head with a speaker's lead that names a part of the year put as its frame (`上半年,我县坚持…`), if one
    opens it."""
    m = _TIMED_LEAD.search(head, 0, _SPEECH_SCAN)
    if m is None or _COMMA.search(head, 0, m.start()) or _SENTENCE_END.search(head, 0, m.start()):
        return None
    said = head[m.end() :]
    if is_frame(said) and not _SO_FAR_OPENING.match(said):
        return said  # the words said open with a time of their own
    return f"{m.group(1)},{_SO_FAR_OPENING.sub('', said, count=1)}"


@lru_cache(maxsize=64)  # a sentence's head is read several times: as a frame, a context, a review opening
def unspoken(head: str) -> str:
    """The head without its list mark and speaker (`王晓峰:`, `《报告》指出,`, `马振宇说`) or a news story's source
    (`近日,记者从长沙县统计局获悉,`)."""
    if ("获悉" in head or "了解" in head or "得知" in head or "据" in head[:3]) and (
        told := _NEWS_SOURCE.match(head)
    ):
        head = head[told.end() :]
    if "据" in head[:3] or "经" in head[:3]:
        head = _SOURCE.sub("", head, count=1)
    if ":" in head[:_LEAD_SCAN] or "：" in head[:_LEAD_SCAN]:
        lead = _TOPIC_LEAD.match(head)
        if lead:
            return head[lead.end() :]
    if _SPEECH_HINT.search(head, 0, _SPEECH_SCAN):
        if "时" in head[:_SPEECH_SCAN] and (framed := _timed_lead(head)) is not None:
            return framed
        return _SPEAKER.sub("", head, count=1)
    first = head[:1]
    if not (first in _LIST_MARK_FIRST or first.isspace() or first.isdigit()):
        return head  # no list mark can open it (the common case, seen faster than matched)
    return head[_LIST_MARK.match(head).end() :]  # type: ignore[union-attr]  # (all optional: it always matches)


_SPEECH_SCAN = 40
# A topic ending with a colon before the time a sentence opens with: `二、分收入结构看:截至2015年8月底,累计完成…`,
# `分征收部门完成情况为:截至2015年8月底,…` (lukou.gov.cn 渌口 2015 1-8月).
_TOPIC_LEAD = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?[\u4e00-\u9fff]{2,12}[:：]\s*"
    r"(?=截[至止]|20\d\d\s*年|今年|上半年|前三季度|[一二三四]季度|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月)"
)
_LEAD_SCAN = 18


def is_frame(head: str) -> bool:
    """Whether a sentence opens with its time (`去年禅城…`, `今年一季度，高密市…`, `王晓峰:去年…`), an estimate's
    word before it or not (`预计2012年全市生产总值完成…`, btskw.com.cn 包头 2013)."""
    if not _TIME_EXPR_CHARS.search(head):
        return False
    head = unspoken(head)
    if head.startswith("预计"):
        head = head[2:]
    if "基础上" in head[:_BASIS_SCAN] and (basis := _ON_THE_BASIS_LEAD.match(head)):
        # `在…的基础上,力争到2010年,生产总值…;全区财政总收入…年均增长13%` (dfz.zj.gov.cn 路桥区志, the 十一五's goals):
        # the ground a plan builds on, then its time
        head = head[basis.end() :]
    if _TIME_EXPR.match(head):
        return True
    placed = _PLACE_FIRST.match(head)
    if placed and _TIME_EXPR.match(head, placed.end()):
        return True  # `长沙县一季度经济数据揭开面纱`, `锦屏县1-10月工业经济运行良好`: a place, then the story's time
    first = _COMMA.split(head, maxsplit=1)[0]
    if "由" in first or "从" in first:
        # (the start of a change is no frame: `三产业比由去年的15.4:39.3:45.3调整为18.1:35.9:46`, wj598.cn 平江 2020)
        first = _CHANGE_FROM.sub("", first)
    if not (_TIME_EXPR_CHARS.search(first) and _TIME_EXPR.search(first)):
        return False
    # (the words left once the times are taken out are never more than those of the clause)
    return len(first.strip()) <= _FRAME_REST or len(_TIME_EXPR.sub("", first).strip()) <= _FRAME_REST


# The ground a sentence says it builds on, opening it (`在巩固…成果的基础上,`; a page cut before it: `的基础上,`).
_ON_THE_BASIS_LEAD = re.compile(r"\s*(?:在[^，,。；;]{0,40}?)?的?基础上\s*[，,]\s*")
_BASIS_SCAN = 46


# A year that opens what someone says: `…贾建刚说：2015年，`, or a news lead's opening quote (`云上潜江报道 “2017年,
# …企业落户张金`, qianjiang.cjyun.org 张金, an interview; not any quote: r235 久治's `“2022年,…` is one speaker's)
_FRAMING_YEAR = re.compile(r"(?:[:：]|(?:报道|讯|电)\s*[“\"])\s*(20\d\d)\s*年\s*[，,]")
# What every match of `_OPENING_YEAR` and `_FRAMING_YEAR` holds.
_NAMED_YEAR = re.compile(r"20\d\d\s*年")
NUMERAL = re.compile(r"[0-9一二两三四五六七八九十百千万亿]")


# A paragraph that says what the year it opens with was (`2019年,是我县…卓有成效的一年`, gaozipu.com 梨树 2019;
# `2019年是新中国成立70周年的大庆之年` gongwensou.com 新晃 2020).
_YEAR_WAS = re.compile(r"\s*(20\d\d)\s*年\s*[,，]?\s*(?:既|也)?是[^。；;]{0,60}?(?:一年|之年)")


def year_reviewed(opening: str, doc_year: int) -> int | None:
    """The year a review part's paragraph says it is about, when it is the document's year or the one before."""
    m = _YEAR_WAS.match(opening) if "年" in opening else None
    return int(m.group(1)) if m and int(m.group(1)) in (doc_year - 1, doc_year) else None


def opening_year(head: str) -> int | None:
    """`2018年，……`, `2021年是…`: the year a sentence opens with, which the sentences after it are about
    (not `2013年落户海安以来`: a start, not a frame)."""
    if "年" not in head or not _NAMED_YEAR.search(head):
        return None  # both patterns below need a year named so (`年` tested first: the quickest)
    m = _OPENING_YEAR.match(head)
    if m and "以来" not in _COMMA.split(head[m.end() :], maxsplit=1)[0]:
        return int(m.group(1))
    framed = _FRAMING_YEAR.findall(head)  # `…贾建刚说：2015年，面临…`
    return int(framed[-1]) if framed else None


# This year or the next opening a sentence whose first clause goes on with `将`: `今年,该县将…`, `明年,我们将…`.
_PLAN_OPENING = re.compile(rf"\s*(?:今年|明年)\s*[，,]\s*[^，,。；;\d]{{0,12}}?{WILL}")
_PLAN_OPENING_SCAN = 24


def context_of(
    head: str,
    year: int | None,
    doc_year: int | None,
    *,
    reporting: bool = False,
    results: bool = False,
    with_period: bool = True,
    plan_ahead: bool = False,
    year_end: bool = False,
    year_start: bool = False,
) -> Context:
    """Kind and period a sentence states before its first figure. In a passage that reports (`上半年，完成…`),
    `预计实现` is an estimated outcome: only words of intent make a sentence a target's. In a document of
    results (`results`), plan words still do, but the whole year alone (`全年完成投资430.9亿元`) does not."""
    kind = ""
    marked = without_groundwork(without_purpose(head))
    marked = without_rally(marked)
    if "“" in marked or '"' in marked:
        slogans_out = without_slogans(without_voices(marked))
        marked = head if slogans_out == head else slogans_out
    if plan_ahead and "累计" in marked:  # a plan for a later year: its totals are set, not reached
        marked = without_total_word(marked)
    if "计划" in marked:  # ... and no sentence's or paragraph's
        marked = PLAN_NOUN.sub(lambda m: " " * len(m.group()), marked)
    if "将" in head[:_PLAN_OPENING_SCAN] and _PLAN_OPENING.match(unspoken(head)):
        # `今年,该县将抢抓…机遇,…完成房屋改造,建成…等10个村级新型社区` (after `去年,…` in news of a county's work
        # meeting): the year ahead's plan, whatever verbs of doing its items use
        kind = TARGET
    elif (
        # (one scan for both when nothing was blanked out: a head holds either only where one of them matches)
        (
            _STRONG_OR_DONE.search(head)
            if marked is head
            else STRONG_ACTUAL.search(marked) or DONE_MARKER.search(head)
        )
        or (HEAD_ACTUAL_CHARS.search(head) and _HEAD_ACTUAL_AT.search(head))
        # (every look back holds `年`, `以来` or `连日来`; the head without its speaker is a part of the head)
        or (("年" in head or "以来" in head or "连日来" in head) and OPENS_LOOKING_BACK.match(unspoken(head)))
    ):
        kind = ACTUAL
    elif "项目" in head and _LIST_DRAWN_UP.search(head) and not _AHEAD_OF_LIST.search(marked):
        # a programme of projects drawn up (`2023年,隆德县…谋划确定第一批基本建设项目111项,总投资74.04亿元`, r208
        # 隆德 2023 news): the list exists, its counts and sizes are facts (its `年度计划投资` the year's plan)
        kind = ACTUAL
    # `全年引进项目51个` in a review is the year's outcome: only words that look ahead make it a target
    # (with no kind yet, one scan for words of intent and weak target words: either makes it a target)
    if kind:
        if reporting:
            if INTENT.search(marked):
                kind = TARGET
        elif (
            INTENT_OR_PLAN.search(marked)
            and not estimate_so_far(marked)
            and not (results and estimate_of_part(marked))
        ):
            kind = TARGET  # (`1至10月,…预计完成…`: an estimate of the months gone by stays an outcome)
    elif _TARGET_WORDS[bool(reporting), bool(results)].search(marked):
        kind = TARGET
    elif ("据" in head[:4] or "获悉" in head or "介绍" in head) and _FACT_TOLD.match(head):
        # `据了解, 2020年,我县实施省级民生实事项目23件` (santai.gov.cn 三台 2020-08, under a meeting's instructions): what
        # a news piece says it learned is a fact, bar a word of intent or of the future
        kind = ACTUAL
    # (`with_period` False: the caller reads no period, and none is worked out); the time a sentence opens with
    # is its frame: a time named later in its head (`…完成了“十一五”确定的目标任务`) is not
    if not with_period:
        return _KIND_ONLY[kind]
    frame = _COMMA.split(unspoken(head), maxsplit=1)[0]
    period = period_of(frame, year, doc_year, year_end=year_end, year_start=year_start) or (
        period_of(head, year, doc_year, year_end=year_end, year_start=year_start) if frame != head else None
    )
    return Context(kind, period or "")


def means_of_review(sentence: str, head: str, para_kind: str) -> bool:
    """Whether a sentence with no figure that reads as a target's only by its words of effort or of a goal served
    tells how a review's results came about: it opens looking back (`近幾年來,云縣把招商引資作為搶占先機,爭取主動,…`,
    r486 云县 2013 news of the 十一五's results; `近年以來,威寧…緊緊圍繞與全省、全國同步進入小康社會的奮鬥目標,…取得了新成效`,
    r510 威宁 2016), or goes on in a paragraph that reports (`今年以來,…。區委、區政府…努力克服困難,…各項工作取得顯著成績`,
    r500 大足 2020 year-end speech). Such a sentence passes on no target to the figures after it: only a time ahead
    (`全年`, `明年`, `将`, `下一步`) or a plan named (`预期目标`) makes it a plan's lead."""
    if head != sentence:
        return False  # (a figure's own words of intent are read with the figure)
    if para_kind != ACTUAL and not OPENS_LOOKING_BACK.match(unspoken(head)):
        return False
    return not (WEAK_TARGET.search(head) or FUTURE.search(head) or names_plan(head))


# A rally named for the year's goals (`举行冲刺2025全年目标动员大会暨一季度招商项目集中签约仪式,仪式上36个项目集中签约`,
# f18_p02 金普新区 2025-03): a name, no intent of the sentence's.
_RALLY = re.compile(r"(?:冲刺|决战|奋战|决胜)[^，,。；;]{0,16}?(?:动员大会|誓师大会|动员会|誓师会)")


def without_rally(text: str) -> str:
    """`text` with a rally's name blanked (same length), so that its goal words are read as no intent."""
    return _RALLY.sub(lambda m: " " * len(m.group()), text) if "会" in text else text


# A list of projects drawn up for the year, named right before its count: `谋划确定第一批基本建设项目`, `梳理2024年储备
# 项目` (r178 东城 2024), `谋划实施…重大项目` (r181 天祝 2023); the verb in the figure's own clause.
_LIST_DRAWN_UP = compile_words_first(
    r"(?:谋划|梳理|筛选|策划)(?:确定|实施|储备|建设|推进|包装|筛选|出|了)*[^，,。；;:：\d]{0,24}?项目\s*$"
)
# ... unless the sentence intends, plans or looks ahead to it (`力争谋划项目100个`, `将谋划…`).
_AHEAD_OF_LIST = re.compile(f"{INTENT_OR_PLAN.pattern}|{FUTURE.pattern}|{WILL}")
# A news piece's source of a fact, opening the sentence: `据了解,`, `据悉,`, `记者从县发改委获悉,`.
# (or an official's account of how things stand: `潜江市委副书记、市长盛文军介绍,潜江龙虾从业人员过20万人,养殖面积达90万亩`,
# f19_p05 潜江 undated news)
# (after the day of the news: `3月18日,记者从相关部门获悉,…全县高效企业达4家`, r353 三穗 undated news)
_FACT_TOLD = re.compile(
    r"\s*(?:(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|昨日|昨天|今天|今日)\s*[，,]?\s*)?"
    r"(?:据(?:了解|悉|介绍|统计)|[^，,。；;:：]{0,24}?(?:获悉|介绍))\s*[，,:：]"
)
_STRONG_OR_DONE = re.compile(f"{STRONG_ACTUAL.pattern}|{DONE_MARKER.pattern}")
# Words of intent, or weak target words (`全年`, looking ahead: `FUTURE` in a report or a document of results), by
# (reporting, results).
_TARGET_WORDS = {
    (True, True): re.compile(f"{INTENT.pattern}|{FUTURE.pattern}"),
    (True, False): re.compile(f"{INTENT.pattern}|{FUTURE.pattern}"),
    (False, True): re.compile(f"{INTENT_OR_PLAN.pattern}|{FUTURE.pattern}"),
    (False, False): re.compile(f"{INTENT_OR_PLAN.pattern}|{WEAK_TARGET.pattern}"),
}
# `HEAD_ACTUAL`, found where it starts by a scan for the characters it can start with: a numeral, then (looking
# back at it) `HEAD_ACTUAL` matching from there (it opens with a class and a group, so a search of it would try
# every position).
_HEAD_ACTUAL_AT = re.compile(rf"[\d上一前元截首](?<=(?={HEAD_ACTUAL.pattern})[\s\S])")
# A context of a kind alone, made once (a named tuple: shared, as it cannot change).
_KIND_ONLY = {kind: Context(kind) for kind in ("", ACTUAL, TARGET)}


def new_time(period: str | None, review: Context | None, doc: DocumentInfo, head: str = "") -> bool:
    """Whether a time framing a paragraph ends the review before it: another time, not one already over
    (`数据显示,2020年至2024年间,…` goes on with a review of the 十四五 years; `展望2024年` ends it), nor the present
    the review's results stand at (`目前,该县通乡公路…全部实现硬化油路化` in a review of 2016 told in 2017-02)."""
    if review is None or period == review.period or (head and is_now(head)):
        return False
    return not (period and review.period and is_past(period, doc.year, doc.month))


# A look back over recent years, no count of them named, opening a paragraph: `近年来,`, `近几年,`, `多年来,`.
_RECENT_YEARS = re.compile(r"\s*(?:近年来|近年|近(?:几|些)年来?|这(?:几|些)年来?|几年来|多年来)\s*[,，]")


def opens_recent_years(paragraph: str) -> bool:
    """Whether a paragraph opens by looking back over recent years (`近年来,庆城县把项目建设作为…`): what it counts is
    no part of the year a report is about (r226 庆城 2017-11, `截至10月底,…` the paragraph before)."""
    return "年" in paragraph[:12] and bool(_RECENT_YEARS.match(paragraph))


# The present, as the frame of a sentence: `目前,`, `截至目前,`, `当前,`.
_NOW = re.compile(r"(?:截[至止]|到)?\s*(?:目前|当前|现在)\s*[,，]")


def is_now(head: str) -> bool:
    """Whether a sentence opens with the present as its time (`目前,该县…`)."""
    return ("目前" in head or "当前" in head or "现在" in head) and bool(_NOW.match(unspoken(head)))


# A review of the whole past year, opening a paragraph: `过去一年，…`, `《…报告》指出，过去一年全市…`.
_PAST_YEAR_OPENING = re.compile(r"过去(?:的)?一年|一年来|(?:去年|上年(?!度))(?<![比较与于]..)")


# A paragraph that opens a look back at a named time (`回顾2023年,…`), or a lead that announces the
# achievements of one (`全面展示陇县“十四五”期间经济社会发展成就`).
_REVIEW_OPENING = re.compile(r"^(?:回顾|回首|回望|回眸|盘点|总结|在?(?:刚刚)?过去的(?=\s*20\d\d\s*年))")
# ... or a span of years opening it: `从2014年到2019年,`, `2016年至2020年间,`.
# (or the years since one: `2007年以来,`; after the person who says it: `朱加云说,`)
_SPAN_OPENING = re.compile(
    r"\s*(?:从|自)?\s*((?:19|20)\d\d)\s*(?:年?\s*(?:到|至|-|—|～|~)\s*((?:19|20)\d\d)\s*年\s*(?:间|期间|来)?|年\s*以来)\s*[,，]"
)
_SAID = re.compile(r"[^，,。；;:：“”]{1,16}?(?:说|表示|介绍|指出)\s*[,，:：]")
# ... a year named without its `年` (`回望2023,一张张厚重答卷,…`, r301 京口 2024 news).
_BARE_YEAR_LOOKED_BACK = re.compile(r"^(?:回顾|回首|回望|回眸|盘点|总结)\s*((?:19|20)\d\d)(?![\d年])")
_ACHIEVEMENTS_SHOWN = compile_words_first(
    r"(?:展示|展现|盘点|回顾|总结)[^，,。；;]{0,20}?(?:成就|成绩|成果)"
    # (a plan's achievements named: `宝鸡市“十四五”发展成就系列主题(扶风县专场)新闻发布会`, gjnews.cn 扶风 2025)
    r"|十[一二三四五六]五[”\"]?\s*(?:时期|期间)?\s*(?:经济社会|经济和社会)?(?:发展)?成就"
    # (a year's results handed in as its answer sheet or report card: `…预计实现工业开票798亿元,…近日,宿迁市沭阳县亮出2023
    # 年度工业经济答卷`, f19_p01 沭阳, news early in the next year; the time is read after the verb, none named none read)
    r"|(?:亮出|交出|晒出|交上|捧出|公布|发布)[^，,。；;]{0,20}?(?:答卷|成绩单)"
)


# A report that the whole year's goals were reached (`圆满完成了全年经济社会发展主要目标任务`).
_YEAR_DONE = re.compile(r"完成了?(?:全年|年度|年初确定的|[^，,。；;]{0,16}?确定的)[^，,。；;]{0,16}?目标任务")
_EARLY_MONTHS = 3
# An estimate that opens a paragraph with no year of its own: `预计全年实现…`, `“预计实现地区生产总值…`.
_ESTIMATE_OPENING = re.compile(r"[“\"「\s—－-]*预计(?!\s*(?:20\d\d|今年|明年|到|至))")
# A people's congress session, held in the first months of a year: `县十七届人大三次会议`, `第十九届人民代表大会第四次会议`.
_SESSION = compile_words_first(r"(?:人民代表大会|人大)\s*(?:第)?[一二三四五六七八九十\d]+\s*次会议|人代会")


def report_month(month: int | None, text: str, year: int | None = None) -> int | None:
    """The month a text was written in, when its date gives it, or the first month when it reports a people's
    congress session and its date gives only the year (m.nxhuan.com 临邑 2019: `县十七届人大三次会议期间`), or calls
    the year before its own just past (`刚刚过去的2022年`, sperm.laifutaikj.com 成县, a 2023 piece whose lead's
    `预计全年完成地区生产总值82.17亿元` is 2022's outcome)."""
    if month:
        return month
    session = ("人大" in text or "人代会" in text or "人民代表大会" in text) and _SESSION.search(text)
    just_past = year is not None and "过去" in text and re.search(rf"刚刚?过去的\s*{year - 1}\s*年", text)
    return 1 if session or just_past else None


def review_opened(
    head: str, ctx: Context, doc_year: int | None, sentence: str = "", month: int | None = None
) -> Context | None:
    """The context a paragraph opening with a review hands on to the paragraphs after it (the rest of the
    review, until a heading or a look ahead): achieved, of the time it names (`回顾2023年`), else of the
    year before the document's (`过去一年`; a text of the first months of a year that says the year's goals
    were reached, `圆满完成了全年…目标任务`, ilonghua.sznews.com 龙华 2018-01-24: its `预计…` are the past year's)."""
    if doc_year is None:
        return None
    if month and month <= _EARLY_MONTHS:
        said = sentence or head
        estimate = _ESTIMATE_OPENING.match(unspoken(head)) and not INTENT.search(head)
        if ("目标任务" in said and _YEAR_DONE.search(said)) or estimate:
            # (`“预计全年实现地区生产总值300亿元,…` quoted from a report at a session: the year before)
            return Context(ACTUAL, str(doc_year - 1), doc_year - 1)
    spoken = unspoken(head)
    said = _SAID.match(head)
    span = _SPAN_OPENING.match(head, said.end() if said else 0)
    if span and span.group(2) is None:
        # `朱加云说,2007年以来,莘县集中财力建设了一批基础设施工程。` (r324 莘县 2012-03): the years since, to the text's, or
        # to the year before it in a text of its first months (the years a session's speakers look back on)
        last = doc_year - 1 if month and month <= _EARLY_MONTHS else doc_year
        if int(span.group(1)) < last:
            return Context(ACTUAL, f"{span.group(1)}-{last}", last)
    elif span and int(span.group(1)) < int(span.group(2)) <= doc_year:
        # `從2014年到2019年,…县委、县政府始终把脱贫攻坚作为…` (r321 永胜 2020): the years the paragraphs after look back on
        # (not what a source says of them, `数据显示,2020年至2024年间,…`, r27 陇县 2025: the news goes on in its own year)
        return Context(ACTUAL, f"{span.group(1)}-{span.group(2)}", int(span.group(2)))
    named = _REVIEW_OPENING.match(spoken) or _ACHIEVEMENTS_SHOWN.search(sentence or head)
    if named:
        period = period_of(named.string[named.start() :], doc_year) or ""
        if not period and (bare := _BARE_YEAR_LOOKED_BACK.match(unspoken(sentence))):
            period = bare.group(1)
        # (a part of a year too: `总结上半年我县经济运行情况,…`, khnews.zjol.com.cn 开化 2016-08, is `2016H1`)
        end = period_end(period) if period else None
        if end and end[0] <= doc_year:
            return Context(ACTUAL, period, end[0])
    if opening_year(head) == doc_year - 1:  # `2023年,是…开局之年。一年来,…` in a text of 2024
        return Context(ACTUAL, str(doc_year - 1), doc_year - 1)
    if ctx.kind != ACTUAL or ctx.period != str(doc_year - 1):
        return None
    if not _PAST_YEAR_OPENING.match(spoken):
        return None
    return Context(ACTUAL, ctx.period, doc_year - 1)


# A profile of a place (`眉县县情简介`, `…县概况`, or a text opening `歙县隶属于安徽省黄山市`) says what it is now.
_PROFILE_TITLE = re.compile(r"[县市区镇旗]情|概况|简介|基本情况")
_PROFILE_OPENING = re.compile(
    # (`泾县,隶属于安徽省宣城市`, gb56.net 泾县; after a lead, `…介绍如下:中方县,隶属于湖南省怀化市`, kuaida1.com 中方县)
    r"^\s*(?:[^。:：\n]{0,16}[:：])?\s*[\u4e00-\u9fff\[\]a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,16}?[，,]?\s*(?:隶属于?|地处|位于)"
)
# A profile's title below the first line (not a section's `基本情况`).
_PROFILE_LINE = re.compile(r"[县市区旗]情|概况|概览|简介")
_PROFILE_LINES = 4
_PROFILE_HEAD = 400  # (the first lines only: a long text is not split whole)


def is_profile(title: str) -> bool:
    """Whether a title or opening line is a place's profile (`眉县县情简介`, `歙县隶属于安徽省黄山市`)."""
    return bool((len(title) <= _TITLE_SCAN and _PROFILE_TITLE.search(title)) or _PROFILE_OPENING.match(title))


def is_profile_document(text: str) -> bool:
    """Whether a text is a place's profile, by its title or one of its first lines (a site's furniture may stand
    above the title: `微信公眾號` over `區縣情概覽` / `巫溪縣縣情概覽`, aweekendwiththeauthors.com 巫溪 2022)."""
    if is_profile(document_title(text)):
        return True
    lines = filter(None, (line.strip() for _, _, line in iter_lines(text[:_PROFILE_HEAD])))
    return any(
        (len(line) <= _TITLE_SCAN and _PROFILE_LINE.search(line)) or _PROFILE_OPENING.match(line)
        for line in itertools.islice(lines, _PROFILE_LINES)
    )


# A statistics release (a bulletin, `初步核算`, `统计公报`) reports the year it is about: its `全年实现…` are outcomes
# (tjgb.hongheiku.com 衡阳县 2022 bulletin).
_STATISTICS = compile_words_first(r"统计公报|初步核算")
# ... unless it sets targets too (a news piece on a work report may quote the accounts, then the year's goals)
# (not `目标任务`: `2024年是实现“十四五”规划目标任务的关键一年` opens a bulletin, tjgb.hongheiku.com 高邮 2024)
_PLANS_TOO = compile_words_first(r"预期目标|主要目标|工作安排|力争|确保")


def document_kind(text: str) -> str:
    """Whether the document mostly reports achievements or sets targets, by the words that say so (the months of
    a year so far, `1-10月`, `前10个月`, report progress); a place's profile and a statistics release report."""
    if is_profile_document(text) or _is_statistics(text):
        return ACTUAL
    text = without_voices(text)
    actual = len(STRONG_ACTUAL.findall(text)) + len(DONE_MARKER.findall(text)) + len(SO_FAR.findall(text))
    # a look back over years (`这五年,是…的五年`, `五年间,180个重点项目落地生根`, `十年来`)
    actual += len(_YEARS_BACK.findall(text))
    # a stock counted up to a day or a year gone by (`截至2024年,浦北县地区生产总值跃升至284.97亿元`, r175 浦北 2025)
    actual += len(_COUNTED_UP_TO.findall(text))
    # news of an event held: what it started or signed is done (`10月11日,沁源县秋冬季重点建设项目集中开工暨现场推进会
    # 在…隆重举行。…总投资达71.73亿元的48个重点建设项目集中开工`, bbs.qojkg.com 沁源)
    actual += _done_events(_EVENT_HELD, text)
    # ... and so are projects newly signed (`县人民政府与投资方新签约招商引资项目15项`, cxztzcjw.cn 禄丰 一月份 news)
    if "新签" in text:
        actual += _done_events(_NEWLY_SIGNED, text)
    text = without_groundwork(text)
    if "后" in text:  # what a project is to yield once carried out says nothing of the text's own tense
        text = _PROJECTION_CLAUSE.sub(lambda m: " " * len(m.group()), text)
    if "计划" in text:  # a plan's amount (`年度投资计划17.68亿元`) is no intent of the text's
        text = PLAN_NOUN.sub(lambda m: " " * len(m.group()), text)
    marked = len(INTENT_OR_PLAN.findall(text)) + len(WEAK_TARGET.findall(text))
    if "将" in text:
        # `将` as the object marker (`将…建设成为`, `将陈皮产业作为…`, r175 浦北) says nothing of the future
        marked -= len(_OBJECT_MARKER.findall(text))
        # nor does a work about to be finished (`厦蓉高速公路即将通车`, dghzdr.com 黎平 2010, news of the 十一五's
        # works): where it stands as told, as `快速推进` is
        marked -= text.count("即将")
    # The goals served take some of those back (`purposes`): read only when they could change the answer. Each
    # holds a `目标` or a `预期` (two patterns, whose matches may share one): at most twice as many as those words.
    if actual > marked or (
        not REQUIRED_OR_ABOUT.search(text) and (not marked or _only_the_year(text) or _thin_intent(text, marked))
    ):
        # (a text with no word of intent, plan, time ahead or requirement at all sets no target: `2020年,全区完成植树
        # 造林…1230亩`, 717414.tw 洛江 2020)
        return ACTUAL
    if actual <= marked - 2 * text.count("目标") - text.count("预期"):
        return TARGET
    return ACTUAL if actual > marked - purposes(text) else TARGET


def kind_above_plan(text: str, year: int | None) -> tuple[int, str] | None:
    """Where the text's first plan heading stands (`今年目标`, `二、2024年工作安排`) and the kind of the text above
    it, read alone: the plan's words below say nothing of what comes before (f20_p11 北辰: `完成10个保障房小区提升
    改造。…` then `今年目标`); None with no such heading, or none with text above."""
    for start, _, line in iter_lines(text):
        found = heading(line)
        if found is None or not found[2] or not text[:start].strip():
            continue
        kind = heading_context(found[1], True, year).kind
        if kind == TARGET:
            return start, document_kind(text[:start])
        if kind == ACTUAL:
            return None  # (a review heading first: the parts below it say what they are)
    return None


# The words of the year a text is about (`全年实现地区生产总值450亿元`, `年末全县总人口46.18万人`): a plan uses them,
# and so does an account of the year's results; alone, with no word of intent, plan or time ahead, they set no target
# (m.nicastaneda.com 府谷 2012 results, shandong-chorography.org 平原 yearbook entry).
_THE_YEAR = frozenset({"全年", "年末"})
# ... but the year's plan or task named (`全年任务为3800户,实际改造4559户`, `全年计划新创建示范家庭农场80个`, news.72177.com
# 天津 2020) is one.
_YEAR_S_PLAN = re.compile(r"\s*的?\s*(?:任务|计划|目标|预算)")


# A vote for targets on a handful of words of intent is no vote: a news piece or interview that states its figures and
# turns ahead in a sentence or two (`干果总产量预计达4.8万吨,产值将突破18亿元`, r518 中宁 2013; `预计今年的人参产…`, `未来,…`,
# f19_p02 抚松) leaves each figure to its own sentence and paragraph, and a figure stated with no word ahead is one
# reached. A plan names its goals (`目标`, `预期`), the year's plan or task (`全年计划新创建…`), or what is required;
# past this many words of intent it sets targets.
_THIN_INTENT = 3


def _thin_intent(text: str, marked: int) -> bool:
    """Whether the text's words of intent, plan and time ahead are too few to make it a plan: a handful, with no goal
    or expectation named, and a figure stated in a sentence with none of them (a sentence or two of plans, every
    figure in them, `明年全县将新建学校5所。`, is a plan)."""
    if marked > _THIN_INTENT or "目标" in text or "预期" in text:
        return False
    if any(_YEAR_S_PLAN.match(text, m.end()) for m in re.finditer("全年|年末", text)):
        return False
    return any(
        re.search(r"\d", sentence) and not INTENT_OR_PLAN.search(sentence) and not WEAK_TARGET.search(sentence)
        for sentence in (text[start:end] for start, end in sentences(text))
    )


def _only_the_year(text: str) -> bool:
    """Whether the text's only words of a target, bar the goals it serves, are words of the year it is about."""
    if "全年" not in text and "年末" not in text:
        return False
    plain = without_purpose(text)
    return not INTENT_OR_PLAN.search(plain) and all(
        m.group() in _THE_YEAR and not _YEAR_S_PLAN.match(plain, m.end()) for m in WEAK_TARGET.finditer(plain)
    )


def _done_events(event: re.Pattern[str], text: str) -> int:
    """How many times the text tells of the event as done: no word ahead stands right before it."""
    return sum(
        1 for m in event.finditer(text) if not _EVENT_AHEAD.search(text, max(0, m.start() - 8), m.start())
    )


_COUNTED_UP_TO = re.compile(r"截[至止](?!日期|时间)")
# An event of projects held (`集中开工`, `签约仪式`), unless a word ahead stands right before it (`将于3月8日集中开工`);
# not a meeting held (`县委全会召开,…部署今年重点任务`: news of the goals it set).
_EVENT_HELD = re.compile(r"集中(?:开工|开复工|开建|签约|竣工|投产)(?!仪式前)|开工仪式|签约仪式|奠基仪式")
_EVENT_AHEAD = re.compile(r"将|拟|计划|预计|即将|准备|筹备|力争|确保|争取")
_NEWLY_SIGNED = re.compile(r"新签(?:约|订)")
# What a project is to yield once built or carried out, to its sentence's end (`项目实施后,整个园区每年可新增产值10亿元,
# 吸纳当地就业1000余人`, cxztzcjw.cn 禄丰; `项目建成投产后,预计年上缴税收4580万元`, ziwucun.nync.com 禄丰): news of projects
# signed or started tells it, a plan seldom; its words (`可`, `每年`, `预计`) are the projects', not the text's.
_PROJECTION_CLAUSE = compile_words_first(rf"(?:{PROJECTION_AHEAD})[^。；;!！?？\n]*")
# `将` as the object marker: `将工业薄弱、交通闭塞的县域,建设成为…`, `将陈皮产业作为特色农业的核心抓手` (r175 浦北 2025)
_OBJECT_MARKER = re.compile(
    r"将(?![乐军])(?<![大小五荣英选]将)(?!要|会|于|在|进一步|继续|全面|持续)[^。；;!！?？]{1,24}?"
    r"(?:作为|建设成为?|打造成为?|列为|列入|纳入|视为|转化为|转变为|变为)"
)


# The five years just past, looked back on: `这五年`, `五年来`, `五年间`, `过去(的)五年` (shanrongtuo.com 偏关 十四五,
# wenke99.com 綦江); not `今后五年`, `未来五年间`.
# ... and the five years characterized as a whole (`“十四五”的五年,是镇原大地砥砺奋进的五年`, m.52taolebao.com 镇原 2026)
# ... and the years up to now (`十年来`, fensifuwu.com 平阴 2022; `从2009年出台《…意见》至今,连续13年印发…`, r252 盐池
# 2022, a news feature; not `截至今年7月`, a count up to a day, read apart).
_YEARS_BACK = re.compile(
    # (each alternative opens with a character, so a search looks only where it stands)
    r"这五年|过去的?五年|五年间(?<!今后五年间)(?<!未来五年间)|是[^。；;，,]{0,24}?的五年"
    r"|年来(?<=[一二三四五六七八九十两几\d]年来)|至今(?<!截至今)"
)


# A bulletin saved without its title still shows its chapters: it opens with `一、综合` (spaced `一、综 合`) and goes
# on to other statistics chapters (`二、农业`, `三、工业和建筑业`). A work report has no chapter named 综合.
# (111.229.73.81 Statslisth 7265 2021, tjgb.hongheiku.com 41104 2022, qdndz.gov.cn 2015: `全年…`/`年末…` outcomes
# were read as targets)
_CHAPTER = r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．][ \t]*"
_FIRST_CHAPTER = re.compile(_CHAPTER + r"综[ \t]*合[ \t]*$")
_NEXT_CHAPTER = re.compile(
    _CHAPTER
    + r"(?:农[ \t]*业|农林牧渔|工[ \t]*业|建筑业|固定资产投资|国内贸易|对外经济|交通|邮电|财政|金融|人口|人民生活)"
)


# The months of a year so far (`1-9月`, `前三季度`, `上半年`): a release of them is no account of a whole year.
_PART_SO_FAR = re.compile(rf"{MONTHS_SO_FAR}|上半年|前三季度|[一二三]季度")


def year_s_statistics(text: str) -> bool:
    """Whether the text is a statistics communique of a whole year: chapters from `一、综合` on, `全年` figures, no part
    of a year so far and no plans."""
    return (
        "全年" in text
        and bool(_FIRST_CHAPTER.search(text) and _NEXT_CHAPTER.search(text))
        and not _PLANS_TOO.search(text)
        and not _PART_SO_FAR.search(text)
    )


def _is_statistics(text: str) -> bool:
    if _PLANS_TOO.search(text):
        return False
    if ("核算" in text or "公报" in text) and _STATISTICS.search(text):
        return True
    if "综" in text and _FIRST_CHAPTER.search(text):
        return bool(_NEXT_CHAPTER.search(text))
    # a bulletin's middle part, cut before its first chapter, still shows two of its chapters (`三、工业和建筑业`,
    # `四、固定资产投资`, f19_p09 洛南 2022: `全年新纳规模以上工业企业8户,年底,全县规模以上工业企业57户` are outcomes)
    return len({m.group() for m in _NEXT_CHAPTER.finditer(text)}) >= _PART_CHAPTERS


_PART_CHAPTERS = 2
_CELL_BAR = re.compile(r"[|｜]")
_COMMA = re.compile(r"[，,]")
PART_OF_YEAR = re.compile(r"\d{4}(?:H\d|Q\d(?:-Q\d)?|-\d\d~\d{4}-\d\d)")
_STRONG_PLAN_TITLE = re.compile(r"打算|计划|安排|思路|要点|目标")
