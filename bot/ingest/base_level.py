"""Last year's level named as the base of a change (`较上年28899万元增长9.9%`, r563 周至; `比上年决算数14.94亿元增长
3.0%`, r566 东湖; `比上年的7602万元增加4398万元`, f20_p15 宜春经开区): a figure of its own, the level the sentence
reports, for the year before (tests/real/README.md dev26: `actual`, that year; the growth is the reported year's)."""

from __future__ import annotations

import re

# The base right before the figure: last year, or its final accounts (`决算数`).
_LAST_YEAR_BEFORE = re.compile(r"(?:比|较)\s*(?:上年|去年)\s*(?:同期)?\s*(?:决算数?|实际数)?\s*的?\s*$")
# A change stated right after it (`增长9.9%`, `增加4398万元`, `下降0.5%`).
_CHANGE_AFTER = re.compile(r"\s*(?:增收|增产|增加|减少|减产|增长|下降|提高|降低|增|减)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def last_year_base(phrase: str, start: int, end: int, after: str = "") -> str:
    """When the figure at phrase[start:end] is last year's level, a change of it following (in the phrase, or in
    `after`, the sentence's text after the phrase, when the phrase ends with the figure): the base in the one form
    changes name it by (`比上年`, `比上年同期`, naming.py's `change_named`); else ''."""
    base = _LAST_YEAR_BEFORE.search(phrase, 0, start)
    if base is None:
        return ""
    rest = phrase[end:]
    if not (_CHANGE_AFTER.match(rest) or (not rest.strip() and _CHANGE_AFTER.match(after))):
        return ""
    return "比上年同期" if "同期" in base.group() else "比上年"


def year_before(period: str) -> str:
    """The same time a year earlier (`2023` → `2022`, `2023H1` → `2022H1`, `2023-01~2023-09` → `2022-01~2022-09`)."""
    return _YEAR.sub(lambda m: str(int(m.group()) - 1), period)
