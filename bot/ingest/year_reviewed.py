"""The year a text of a year's first months reports on: the one before its own, when it tells that year's outcome
as a whole and nothing of its own year gone by. A story on a congress session, a report of January on the year
ended, an interview at the `两会`: what they say was achieved with no time of its own is the year just ended's,
not the date's (RECORDS: a figure's period is the time it is for, not the time it was told)."""

from __future__ import annotations

import re
from functools import lru_cache

# The months of the year its people's congresses meet in, reviewing the years before it.
SESSION_MONTHS = 4
# A sentence, a line or a heading opening with a year, a comma or a review word after it (`2022年,该市经济稳中求进`,
# `一、2015年經濟運行情況`, `2015年預計主要經濟指標完成:`).
_YEAR_OPENS = r"(?:^|[。！!？?\n：:])\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?{year}\s*年\s*(?:[,，]|经济运行|工作回顾|预计)"
# A congress session, where the year before is reviewed (`在市十六屆人大一次會議上`, `刚刚结束的仁怀市“两会”`).
_SESSION = re.compile(r"人民代表大会[^。\n]{0,20}?会议|人大[^。\n]{0,6}次会议|[“\"]?两会[”\"]?")
# A part of the text's own year gone by (`今年以来`, `1-2月`, `一季度`, `春节期间`, `元旦`): the text reports on its own
# year too, and its undated figures may be of it.
_OWN_YEAR_UNDER_WAY = re.compile(
    r"今年(?:以来|1|一|春节|元旦|开年|年初)|年初以来|开年以来|春节|元旦|1\s*[-—~至到]\s*[23]\s*月|(?<![\d十])[一1]\s*月(?:份)?\s*[,，以]|一季度|首季"
)


@lru_cache(maxsize=8)  # (asked for each figure of one text)
def year_reviewed_at_opening(text: str, year: int | None, month: int | None) -> int | None:
    """The year before `year` when the text, dated in its first months, opens a sentence or a heading with that
    year (its outcome told as a whole) or tells of a congress session, and names no part of its own year gone by;
    else None."""
    if year is None or month is None or month > SESSION_MONTHS:
        return None
    if _OWN_YEAR_UNDER_WAY.search(text):
        return None
    if not (re.search(_YEAR_OPENS.format(year=year - 1), text) or _SESSION.search(text)):
        return None
    return year - 1
