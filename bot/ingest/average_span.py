"""The years an average growth is over when its own clause counts none: those of the average told before it in its
paragraph (`过去五年里,生产总值…年均增长7.7%,…。一般公共预算收入年均增长15.6%`, r402 遂平; `5年平均增长38.8%。工业增加值
实现135亿元,年平均递增28%`, r490 辽中). A paragraph's averages are told of one span; without that evidence the average
keeps no period (time.years_averaged)."""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.ingest.normalize import NormalizedText
from bot.ingest.record import Record
from bot.ingest.time import averaged_over_years

_SPAN = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)")


def _clean_at(norm: NormalizedText, original: int) -> int:
    """The clean text's position that maps to `original` in the source (the mapping only grows)."""
    return bisect_left(range(len(norm.text) + 1), original, key=lambda p: norm.to_original(p, p)[0])


def span_told_before(record: Record, earlier: list[Record], norm: NormalizedText) -> str | None:
    """The span of the nearest average before `record` in its paragraph, when nothing between them (nor its own
    clause) names a year outside that span; else None."""
    before = [r for r in earlier if r.end <= record.start and r.unit == "%" and averaged_over_years(r.text)]
    if not before:
        return None
    told = max(before, key=lambda r: r.end)
    span = _SPAN.fullmatch(told.period)
    if span is None:
        return None
    between = norm.text[_clean_at(norm, told.end) : _clean_at(norm, record.start)] + record.text
    if "\n" in between:
        return None  # another paragraph
    first, last = int(span.group(1)), int(span.group(2))
    if any(not first <= int(y) <= last for y in _YEAR.findall(between)):
        return None  # a year of its own, outside the span (`2021年,…年均增长8%`)
    return told.period
