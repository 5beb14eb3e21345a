"""Figures standing bare in the cells of a table written with `|`: the unit is the row's or the column's.

`| 指标 | 单位 | 绝对值 | 增速 |` over `| 地区生产总值 | 亿元 | 120 | 6.5 |` states two figures, 120 亿元 and a
6.5 % growth rate, though no cell holds a unit beside its number: the sentence reader finds none there. A table
whose header names a unit column, or whose figure columns name their unit (`总量(亿元)`, `增长(%)`, `增速`),
gives one figure per bare number, named by the row's indicator.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from bot.ingest.naming import is_output_unit, output_named
from bot.ingest.numbers import unit_word


class TableCell(NamedTuple):
    """A bare number in a table cell and what its row and column say of it."""

    start: int  # the number's offsets in the text
    end: int
    value: float | int
    unit: str
    indicator: str
    name_start: int  # where the row's indicator cell starts (the record quotes the row from there)
    year: str  # a year the column's header names (`2023年目标`), else ''
    header: str  # the column's header
    subject: str = (
        ""  # the project a project list's row names, when the figure is the column's (`年度投资金额`)
    )
    industry: bool = (
        False  # an industry's row of a table of the product (`| 工业 | 128.7 |` under `| 地区生产总值 |`)
    )


_BAR = re.compile(r"[|｜]")
_NUMBER = re.compile(r"\s*([-−]?\d+(?:\.\d+)?)\s*")
_RULE = re.compile(r"\s*:?-{2,}:?\s*")
_UNIT_HEADER = re.compile(r"^\s*(?:计量)?单位\s*$")
_NAME_HEADER = re.compile(r"指标|项目|名称|内容")
_SKIPPED_HEADER = re.compile(r"序号|编号|责任|牵头|备注|说明|类别|属性|时限|时间")
# A column's own unit: `总量(亿元)`, `增长（%）`, `绝对值/万元`.
_HEADER_UNIT = re.compile(r"[（(/]\s*(?P<unit>[^()（）/]{1,5}?)\s*[)）]?\s*$")
_RATE_HEADER = re.compile(r"增速|增长|增幅|比上年|同比|±")
_HEADER_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_SERIAL = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*")
_RATE_END = re.compile(r"(?:增速|增长|增幅|率|比重|占比)$")
_SHARE_HEADER = re.compile(r"比重|占比")
_FOOTNOTE = re.compile(r"[\[［]\s*\d{1,2}\s*[\]］]")
_MIN_CELLS = 3


def _cells(line: str, at: int) -> list[tuple[int, int]]:
    """The cells of a `|` row as absolute offsets (outer bars dropped)."""
    bounds = [m.start() for m in _BAR.finditer(line)]
    if len(bounds) < _MIN_CELLS - 1:
        return []
    edges = [-1, *bounds, len(line)]
    cells = [(a + 1, b) for a, b in itertools.pairwise(edges)]
    if line.lstrip().startswith(("|", "｜")):
        cells = cells[1:]
    if line.rstrip().endswith(("|", "｜")):
        cells = cells[:-1]
    return [(at + a, at + b) for a, b in cells]


def bare_cells(text: str) -> dict[int, TableCell]:
    """Every bare number of the text's `|` and barred tables that its row or column gives a unit, by its start."""
    found: dict[int, TableCell] = {}
    gdp_table: list[str] | None = None  # the header of the last table seen to have a 生产总值 row
    for header, cells, words, barred in _table_rows(text):
        made = _row(text, header, cells, words)
        if any("生产总值" in cell.indicator for cell in made):
            gdp_table = header
        for cell in made:
            if header is gdp_table and _INDUSTRY_ROW.search(cell.indicator):
                cell = cell._replace(
                    indicator=_INDUSTRY_ROW.sub(r"\1增加值\2", cell.indicator), industry=True
                )
            # (a barred row spans several lines: its record quotes the cell, not the row up to it)
            found[cell.start] = cell._replace(name_start=cell.start) if barred else cell
    return found


# An industry's row under a table's 生产总值 row (`| 地区生产总值 | 451.7 | 5.1 |` / `| 第一产业 | 67.8 | 3.8 |` /
# `| 建筑业 | 37.6 | 7.7 |`, 涡阳 2022 bulletin): the industry's value added, as the bulletin's prose names it.
_INDUSTRY_ROW = re.compile(r"^(第[一二三]产业|[\u4e00-\u9fff、]{1,14}业)(增速|比重|占比)?$")


def _row(text: str, header: list[str], cells: list[tuple[int, int]], words: list[str]) -> list[TableCell]:
    if len(words) != len(header):
        return []
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEADER.match(h)), None)
    name_col = next((i for i, h in enumerate(header) if _NAME_HEADER.search(h)), None)
    if name_col is None:  # the first column that is no serial number
        name_col = next((i for i, h in enumerate(header) if not _SKIPPED_HEADER.search(h)), None)
    if name_col is None:
        return []
    # (`其中:第一产业[3] | 37.2 | 4.3 |`, cq66666.cn 宿松 2015 bulletin: a sub-row's mark and a footnote's)
    name = _FOOTNOTE.sub("", _ROW_MARK.sub("", _SERIAL.sub("", words[name_col]).strip())).strip()
    if not name or _NUMBER.fullmatch(name):
        return []
    name_start = max(text.find(name, *cells[name_col]), cells[name_col][0])
    row_unit = unit_word(words[unit_col]) if unit_col is not None else ""
    named = _HEADER_UNIT.search(name)
    if named and unit_word(named["unit"]):  # `地区生产总值（亿元）`: the row names its unit
        row_unit, name = unit_word(named["unit"]), name[: named.start()].strip()
    # `| 粮 食 | 86616 |` (r297 光泽 2017): a short name spaced out to the column's width
    name = _INNER_SPACE.sub("", name)
    if any(is_output_unit(u) for u in _level_units(header, row_unit)):
        # `| 产品名称 | 产量(吨) | 比上年增长(%) |` / `| 春粮 | 868 | -4.8 |` (r297 光泽 2017): a product's output
        name = output_named(name)
    project = bool(_PROJECT_HEADER.fullmatch(header[name_col].replace(" ", ""))) and bool(
        _PROJECT_NAME.search(name)
    )
    # (`现价 (万元) | 不变价 (万元)`, ilynn.cn 长顺 2016 bulletin: the column at constant prices repeats the current one)
    current = any(
        _HEADER_UNIT.search(h) and not _RATE_HEADER.search(h) and not _CONSTANT_PRICE.search(h)
        for h in header
    )
    made: list[TableCell] = []
    for i, (h, (a, b)) in enumerate(zip(header, cells, strict=True)):
        if i in (name_col, unit_col) or _SKIPPED_HEADER.search(h) or (current and _CONSTANT_PRICE.search(h)):
            continue
        h = _INNER_SPACE.sub("", h)  # `行业占 比(%)`: a header broken by a blank
        number = _NUMBER.fullmatch(text, a, b)
        if number is None:
            continue
        own = _HEADER_UNIT.search(h)
        rate = bool(_RATE_HEADER.search(h))
        unit = (unit_word(own["unit"]) if own else "") or ("%" if rate else row_unit)
        if not unit:
            continue
        indicator = name
        if rate and unit == "%" and row_unit != "%" and not _RATE_END.search(name):
            indicator = name + "增速"
        elif unit == "%" and (share := _SHARE_HEADER.search(h)) and not _RATE_END.search(name):
            indicator = name + share.group()  # `指标 | 年末数 | 比重(%)`: the row's share of the whole
        digits = number.group(1).replace("−", "-")
        value = float(digits) if "." in digits else int(digits)
        if value == 100 and _SHARE_HEADER.search(h):
            continue  # the total row's share: the whole that the other rows are shares of
        year = _HEADER_YEAR.search(h)
        named_year = year[1] if year else (_latest_year(header) if rate else "")
        subject = ""
        if project and (measure := _measure(h, own)):
            indicator, subject = (
                measure,
                name,
            )  # `项目名称 | … | 年度投资金额 (万元)`: the project's investment
        made.append(
            TableCell(
                number.start(1),
                number.end(1),
                value,
                unit,
                indicator,
                name_start,
                named_year,
                h,
                subject,
            )
        )
    return made


def _level_units(header: list[str], row_unit: str) -> list[str]:
    """The units a table row's levels are in: its own unit column's, and those its header's columns name."""
    named = (own for h in header if not _RATE_HEADER.search(h) and (own := _HEADER_UNIT.search(h)))
    return [row_unit, *(unit_word(own["unit"]) for own in named)]


def _latest_year(header: list[str]) -> str:
    """The latest year a table's header names (`指标 | 单位 | 2016年 | 2015年 | 同比增长%`, ilynn.cn 伊吾 2016 communique:
    the growth column is of 2016, the year compared, not of the base beside it); '' when it names none. Only a
    column headed by its year counts (not a base of prices, `按2020年不变价格计算`)."""
    return max((m[1] for h in header if (m := _YEAR_COLUMN.match(h))), default="")


_YEAR_COLUMN = re.compile(r"\s*((?:19|20)\d\d)\s*年")


# A list of projects: its rows name projects (`洋县2024年老旧小区改造项目`), its figure columns what of them is measured.
_PROJECT_HEADER = re.compile(r"项目(?:名称)?|工程名称")
_PROJECT_NAME = re.compile(r"(?:项目|工程)(?:[（(][^）)]*[）)])?$")
_HEADER_NOISE = re.compile(r"\s+")


def _measure(header: str, own: re.Match[str] | None) -> str:
    """What a figure column of a project list measures: its header without its unit (`年度投资金额 (万元)`)."""
    # (the year a header names is the figure's period: `2024年计划投资（万元）` measures 计划投资)
    words = _HEADER_YEAR.sub("", _HEADER_NOISE.sub("", header[: own.start()] if own else header))
    return words if 2 <= len(words) <= 12 and not _NUMBER.fullmatch(words) else ""


# A table flattened one cell to a line (as statistics bulletins' HTML tables come out as text):
# `单位:万元` / `指标名称` / `按现行价格计算` / `比上年 ±%` / `地区生产总值` / `2728738.78` / `4.0` / `  农林牧渔业` / …
_UNIT_LINE = re.compile(r"\s*(?:计量)?单位\s*[:：]\s*(\S{1,6})\s*")
_PLACEHOLDER = re.compile(r"\s*[-—–…/]?\s*")
_CONSTANT_PRICE = re.compile(r"不变价|可比价")
_ROW_MARK = re.compile(r"^[#＃*?？\s　]+|^其中\s*[:：]\s*")
_HEADER_MAX = 20
# (`| ??工??业 | 128.7 |`, 涡阳 2022 bulletin: the blanks of an indented, spaced-out name lost to `?` in decoding)
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[\s　?？]+(?=[\u4e00-\u9fff])")
_FLAT_COLUMNS_MAX = 6


def _nonblank_lines(text: str) -> list[tuple[int, str]]:
    """The text's non-blank lines, each with the offset it starts at."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    return lines


def flat_cells(text: str) -> dict[int, TableCell]:
    """Every bare number of the text's tables written one cell to a line, under a `单位:…` line, by its start."""
    found: dict[int, TableCell] = {}
    if "单位" not in text:
        return found
    lines = _nonblank_lines(text)
    i = 0
    while i < len(lines):
        unit_line = _UNIT_LINE.fullmatch(lines[i][1])
        unit = unit_word(unit_line[1]) if unit_line else ""
        i += 1
        if not unit:
            continue
        j = i
        while (
            j < len(lines) and not _NUMBER.fullmatch(lines[j][1]) and len(lines[j][1].strip()) <= _HEADER_MAX
        ):
            j += 1
        columns = [line.strip() for _, line in lines[i : j - 1]][1:]  # (the first is the names' header)
        if not 1 <= len(columns) <= _FLAT_COLUMNS_MAX or j - i < 3:
            continue
        rows = _flat_rows(lines, j - 1, columns, unit)
        if len(rows) >= 2:
            for row in rows:
                found.update((c.start, c) for c in row)
            i = j
    return found


def _flat_rows(lines: list[tuple[int, str]], r: int, columns: list[str], unit: str) -> list[list[TableCell]]:
    k = len(columns)
    # a column at constant prices repeats the one at current prices
    current = [c for c in columns if not _RATE_HEADER.search(c) and not _CONSTANT_PRICE.search(c)]
    rows: list[list[TableCell]] = []
    while r + k < len(lines):
        at, raw = lines[r]
        name = _ROW_MARK.sub("", raw).strip()
        spaced = name
        name = _INNER_SPACE.sub("", name)  # `工  业`
        cells = lines[r + 1 : r + 1 + k]
        if not name or _NUMBER.fullmatch(raw) or len(name) > _HEADER_MAX:
            break
        if not all(_NUMBER.fullmatch(c) or _PLACEHOLDER.fullmatch(c) for _, c in cells):
            break
        row: list[TableCell] = []
        for header, (c_at, cell) in zip(columns, cells, strict=True):
            number = _NUMBER.fullmatch(cell)
            if number is None or (_CONSTANT_PRICE.search(header) and current):
                continue
            rate = bool(_RATE_HEADER.search(header))
            own = _HEADER_UNIT.search(header)
            cell_unit = "%" if rate else ((unit_word(own["unit"]) if own else "") or unit)
            digits = number.group(1).replace("−", "-")
            value = float(digits) if "." in digits else int(digits)
            year = _HEADER_YEAR.search(header)
            named_year = year[1] if year else (_latest_year(columns) if rate else "")
            row.append(
                TableCell(
                    c_at + number.start(1),
                    c_at + number.end(1),
                    value,
                    cell_unit,
                    name + "增速" if rate and not _RATE_END.search(name) else name,
                    at + raw.find(spaced),
                    named_year,
                    header,
                )
            )
        rows.append(row)
        r += k + 1
    return rows


# A table whose HTML came out one cell to a line, each cell closed by a bar and each row opened by a line that is a bar
# alone (r158 洋县 2024 十大民生实事项目清单): `|` / `序號 |` / `項目名稱 |` / … / `年度投資金額 (萬元) |` / `責任單位 |` /
# `|` / `1 |` / `洋縣中小學幼兒園…項目 |` / … / `300 |` / `教體局 |`. Its rows read as those of a `|` table.
_BARRED_CELL = re.compile(r"(?P<cell>[^|｜]*?)\s*[|｜]\s*")
_BAR_LINE = re.compile(r"\s*[|｜]\s*")


def _barred_rows(text: str) -> list[list[tuple[int, int]]]:
    """The rows of the text's one-cell-a-line tables, each as its cells' offsets."""
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    for at, line in _nonblank_lines(text):
        cell = _BARRED_CELL.fullmatch(line)
        if cell and cell["cell"].strip():
            a = at + cell.start("cell") + len(cell["cell"]) - len(cell["cell"].lstrip())
            row.append((a, at + cell.end("cell")))
            continue
        if len(row) >= _MIN_CELLS:
            rows.append(row)
        row = []
        if not _BAR_LINE.fullmatch(line):
            rows.append([])  # any other line ends the table
    if len(row) >= _MIN_CELLS:
        rows.append(row)
    return rows


def project_rows(text: str) -> list[tuple[int, int, str]]:
    """The rows of the text's project lists (`|` or barred tables whose name column is `项目名称`), each as the span of
    its cells after the name and the project the row names: the figures in those cells are the project's
    (r158 洋县 2024: `高标准农田建设项目 | 谢村镇 | 2024 | 实施田块整治500亩,… |`)."""
    found: list[tuple[int, int, str]] = []
    if "项目" not in text and "工程" not in text:
        return found
    for header, cells, words, _ in _table_rows(text):
        name_col = next((i for i, h in enumerate(header) if _NAME_HEADER.search(h)), None)
        if name_col is None or name_col + 1 >= len(cells):
            continue
        if not _PROJECT_HEADER.fullmatch(header[name_col].replace(" ", "")):
            continue
        name = _SERIAL.sub("", words[name_col]).strip()
        if _PROJECT_NAME.search(name):
            found.append((cells[name_col + 1][0], cells[-1][1], name))
    return found


def _table_rows(text: str) -> Iterator[tuple[list[str], list[tuple[int, int]], list[str], bool]]:
    """Each data row of the text's `|` tables and barred tables (one cell a line) with its table's header:
    (header, cells, words, whether barred); the first row of a table is its header."""
    header: list[str] | None = None
    if "|" in text or "｜" in text:
        pos = 0
        for line in text.split("\n"):
            at, pos = pos, pos + len(line) + 1
            cells = _cells(line, at)
            if len(cells) < _MIN_CELLS:
                header = None
                continue
            words = [text[a:b].strip() for a, b in cells]
            if all(_RULE.fullmatch(w) or not w for w in words):
                continue
            if flat := _one_line_rows(words):
                # a whole table run into one line: its header, then its rows, cell after cell
                header = None
                for i in range(flat, len(words) - flat + 1, flat):
                    yield words[:flat], cells[i : i + flat], words[i : i + flat], False
                continue
            if header is None:
                if not any(words[1:]):
                    # `| 表1  2022年全县生产总值及其增长速度 | ||` (涡阳 2022 bulletin): the table's caption across its
                    # columns; its header is the next row
                    continue
                header = words
            elif len(words) == len(header):
                yield header, cells, words, False
    header = None
    if " |\n" in text or "｜\n" in text:
        for cells in _barred_rows(text):
            words = [text[a:b].strip() for a, b in cells]
            if not words:
                header = None
            elif header is not None and len(words) == len(header):
                yield header, cells, words, True
            elif not any(_NUMBER.fullmatch(w) for w in words):
                header = words


def _one_line_rows(words: list[str]) -> int:
    """The width of a table written on one line, its header's cells first and its rows' after (`… 产品名称 | 产量(吨) |
    比上年增长(%) | 粮食 | 124735 | 3.2 | 其中:小麦 | 15669 | -3.0 | …`, r497 洛南 2020 communique); 0 for any other
    line. The header is the cells before the first row's name, the first row the first cell that holds a number."""
    first = next((i for i, w in enumerate(words) if i and _NUMBER.fullmatch(w)), 0)
    width = first - 1
    if width < 2 or len(words) < 2 * width or not _NAME_HEADER.search(words[0]):
        return 0
    if any(_NUMBER.search(w) and not _HEADER_UNIT.search(w) for w in words[1:width]):
        return 0  # (a header names its columns; a figure in one is a row's)
    rows = [words[i : i + width] for i in range(width, len(words) - width + 1, width)]
    if not all(
        not _NUMBER.fullmatch(row[0]) and all(_NUMBER.fullmatch(w) or _PLACEHOLDER.fullmatch(w) for w in row[1:])
        for row in rows
    ):
        return 0
    return width


# A cell that names its row: words only, short, no clause (`地区生产总值`, not `确保…增长7%左右。`), and not a
# column's verdict or class (`完成`, `预期性`).
_ROW_NAME = re.compile(r"[^\d，,。；;：:！？!?%％]{2,16}")
_NOT_ROW_NAME = re.compile(
    r"(?:未|基本|超额|提前|已|按期)?(?:完成|达标|达到|实现)|未达标|滞后|正常推进|推进中|预期性|约束性|[是否]|"
    r"[-—–…/*（）()]+"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


# A line broken inside a sentence, between an indicator's name and its figure (`…同比增长14%;财政收入` + a blank line
# + `1.3亿元,同比增长29%;…`, f19_p14 安平 2005; `全区固定资产投资(不含农户)` + `同比增长37.4%`, r339 平谷 2025, a
# poster's lines): the name the line ends with, after its last stop, and the figure the next line opens with.
_BROKEN_NAME = re.compile(
    r"(?:^|[，,；;。：:！!？?])\s*(?:全[区县市旗])?(?P<name>[\u4e00-\u9fff()（）]{2,20})\s*$"
)
_FIGURE_OPENS = re.compile(
    r"\s*(?:(?:同比|比上年|较上年|比去年)?(?:增长|下降|增加|减少|提高|完成|达到|实现|达)\s*)?"
    r"(?!\d{4}\s*年)(?!\d{1,2}\s*[、.．](?!\d))[\d.]+\s*(?:%|亿|万|元|个|家|人|吨|亩)"
)
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")


def broken_line_names(text: str) -> dict[int, str]:
    """For each sentence that opens a line with a figure after a line that ends with a name and no stop, by every
    offset of that sentence, the name: the line break cut one sentence in two."""
    found: dict[int, str] = {}
    prev = ""
    row = ""  # the name of a table flattened one cell to a line, while its row's cells go on
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        first = at + len(line) - len(line.lstrip())
        # (the line's opening first: few lines open with a figure, and the name's pattern is tried all along `prev`)
        name = (
            _BROKEN_NAME.search(prev)
            if prev and _FIGURE_OPENS.match(line) and "|" not in prev and "｜" not in prev
            else None
        )
        if name and not _NOT_ROW_NAME.fullmatch(name["name"]):
            end = _SENTENCE_END.search(text, first)
            found.update(dict.fromkeys(range(first, end.start() if end else len(text)), name["name"]))
            row = name["name"] if _FIGURE_CELL.fullmatch(stripped) else ""
        elif row and _FIGURE_CELL.fullmatch(stripped):
            # `地区生产总值` / `增长9%` / `287.32亿元` / `增长6.0%` (r404 越城 2014, a plan report's table one cell to a
            # line): every figure cell after the row's name is the row's
            found.update(dict.fromkeys(range(first, at + len(line)), row))
        else:
            row = ""
        prev = stripped
    return found


# A cell alone on its line that states a figure and its unit (`增长6.0%`, `287.32亿元`, `72%以上`).
_FIGURE_CELL = re.compile(
    r"(?:同比|比上年)?(?:增长|下降|增加|减少|提高|降低)?\s*[-−]?\d+(?:\.\d+)?\s*[^\d\s，,。；;：:、]{0,5}?"
    r"\s*(?:以上|以内|以下|左右)?"
)


def row_names(text: str) -> dict[int, str]:
    """For each cell of a `|` table row, by every offset in it, the row's name: the nearest cell to its left that
    is a short name (`预期性 | 地区生产总值 | 8%左右 | 9.7 | 853.2亿元`: `8%左右` and `853.2亿元` are 地区生产总值's).
    A cell that states its figure with its unit but not its name is read under it (wuxing.gov.cn 吴兴区 2022)."""
    found: dict[int, str] = progress_names(text) if "进度" in text else {}
    found.update(broken_line_names(text))
    if "|" not in text and "｜" not in text:
        return found
    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        cells = _cells(line, at)
        if len(cells) < _MIN_CELLS:
            continue
        name = ""
        for a, b in cells:
            word = text[a:b].strip()
            if name and word:
                found.update(dict.fromkeys(range(a, b), name))
            if (
                _ROW_NAME.fullmatch(word)
                and len(_CJK.findall(word)) >= 2
                and not _NOT_ROW_NAME.fullmatch(word)
            ):
                name = _SERIAL.sub("", word).strip()
    return found


# A task table flattened one cell to a line whose column gives each task's progress: `序号` / `项目内容` / `当前进度` /
# `牵头单位` / `1` / `建设四好农村路55公里。` / `95%` / `县交通局`: the 95% is the task's progress.
_PROGRESS_HEADER = re.compile(r"(?:当前|目前|完成|工程|项目|实施|建设|总体)?进度(?:情况)?")
_ROW_SERIAL = re.compile(r"\s*(\d{1,3})\s*")
_PROGRESS_CELL = re.compile(r"\s*\d+(?:\.\d+)?\s*[%％]")
_TASK_VERB = re.compile(r"建成投用|建成|开工建设|新建|改建|扩建|建设|打通|改造|新增|实施|启动")
_LEADING_DONE = re.compile(r"^(?:完成|推进|推动|加快|全面)")
_EXAMPLES = re.compile(r"[^、，,]*?(?:、[^，,]*?)?等(?=[约近超]?\d)")
_COUNT = re.compile(r"[约近超]?\d+(?:\.\d+)?[余多]?[万亿]?(?:公里|平方米|[\u4e00-\u9fff])?")
_ASIDE = re.compile(r"[（(][^）)]*[）)]?")


def _task_name(content: str) -> str:
    """A task's short name from its table cell: `建设四好农村路55公里。` -> `建设四好农村路`; `建成投用沿浦、宜山等8家卫生院`
    -> `建成投用卫生院` (the examples and the count are no part of it)."""
    clause = re.split(r"[，,。；;]", _ASIDE.sub("", content.strip()), maxsplit=1)[0]
    clause = _LEADING_DONE.sub("", clause)
    examples = _EXAMPLES.search(clause)
    if examples:
        verb = _TASK_VERB.match(clause)
        clause = (verb.group() if verb else "") + clause[examples.end() :]
    return _COUNT.sub("", clause).strip()


def progress_names(text: str) -> dict[int, str]:
    """For each progress cell of a task table flattened one cell to a line, by every offset in it, its task's name
    followed by `进度` (cangnan.gov.cn 苍南县 2022 民生实事进度表)."""
    found: dict[int, str] = {}
    lines = _nonblank_lines(text)
    for h, (_, line) in enumerate(lines):
        if not _PROGRESS_HEADER.fullmatch(line.strip()):
            continue
        start = h  # the header's first cell is the line after the last non-header line before it
        while start > 0 and h - start < _FLAT_COLUMNS_MAX and len(lines[start - 1][1].strip()) <= 6:
            start -= 1
        header = [c.strip() for _, c in lines[start : h + 1]]
        names = [i for i, c in enumerate(header) if _NAME_HEADER.search(c)]
        if not names or not _SKIPPED_HEADER.search(header[0]):
            continue
        name_col, progress_col = names[-1], len(header) - 1
        r, serial = h + 1, 1
        while r < len(lines):
            while r < len(lines) and lines[r][1].strip() != str(serial):
                if r - h > 12 * serial:  # no next row: the table has ended
                    return found
                r += 1
            if r + progress_col >= len(lines):
                break
            content = lines[r + name_col][1]
            c_at, cell = lines[r + progress_col]
            if _PROGRESS_CELL.match(cell) and (name := _task_name(content)):
                found.update(dict.fromkeys(range(c_at, c_at + len(cell)), name + "进度"))
            r, serial = r + 1, serial + 1
    return found


def row_named(name: str, unit: str) -> str:
    """The indicator of a figure under its row's name: a percentage of a level is its growth rate."""
    if (
        unit == "%"
        and not name.endswith("进度")
        and not _RATE_END.search(name)
        and not name.endswith(("率", "比例", "强度", "覆盖率"))
    ):
        return name + "增速"
    return name
