"""Periods and kinds of real pages' forms: a year typed with a Latin `o` or an Arabic `0` for `〇` is a year.
Sentences are real pages' (tuning id in a comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest import normalize
from tests.ingest_helpers import build_one

# dev19 r388 (徐汇 2025 work report): the review's heading spells its year `二o二四年`.
XUHUI = (
    "上海市徐汇区区长 王 华\n二o二四年工作回顾\n"
    "一年来,全区经济社会发展总体平稳。一是经济运行回升向好。预计全年地区生产总值突破3000亿元。"
    "完成一般公共预算收入281.87亿元,增幅位居全市第一。\n"
)


def test_a_year_typed_with_a_latin_o_or_an_arabic_zero_is_a_year() -> None:
    assert normalize._numeral_years("二o二四年工作回顾")[0] == "2024年工作回顾"
    assert normalize._numeral_years("二0二三年")[0] == "2023年"
    assert normalize._numeral_years("120二0二三年")[0] == "120二0二三年"  # part of a longer number


def test_a_review_headed_by_a_year_with_a_latin_o_is_that_year(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, XUHUI).records}
    assert by_value[281.87] == "2024"
    assert by_value[3000] == "2024"
