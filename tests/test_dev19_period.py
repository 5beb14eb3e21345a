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


# dev19 r396 (都匀 2022-01 work report news): the five years' goals set for their last year, `到2026年`.
DUYUN = (
    "都匀市第十四届人民代表大会第一次会议开幕\n来源:国际在线 | 2022-01-07 15:15:00\n"
    "今后五年,都匀市的主要预期目标是:到2026年,地区生产总值超330亿元、力争达350亿元;固定资产投资年均增长7%;"
    "一般公共预算收入年均增长2%;城镇居民人均可支配收入年均增长8.5%;常住人口城镇化率70%以上。\n"
)


def test_a_level_after_averages_under_goals_set_for_the_plans_last_year_is_that_year(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, DUYUN).records}
    assert by_value[70] == "2026"
    assert by_value[330] == "2026"
    assert by_value[7] == "2022-2026"  # an average keeps the plan's years
