"""Ranks among places take the level's shared name (`地区生产总值排名`), by size too (`总量排名`), and none when they rank a
growth rate, progress or several indicators at once (tests/real/README.md, twenty-first round). Sentences are real
pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.vocabulary import canonical_of
from tests.ingest_helpers import build_one


@pytest.mark.parametrize(
    ("indicator", "canonical"),
    [
        ("地区生产总值总量全市排名", "地区生产总值排名"),  # r347 白云, r205 兴县 (`总量排名全市第四`)
        ("经济总量全省县域排名", "地区生产总值排名"),  # r145 长沙县 2016 (`经济总量稳居全省县域第一`)
        ("公共财政收入总量全市排名", "一般公共预算收入排名"),  # r59 沈丘 2013
        ("固定资产投资总量全市排名", "固定资产投资排名"),  # r64 漳浦 2017 (`完成固定资产投资总量居全市第一`)
        ("社会消费品零售总额全市排名", "社会消费品零售总额排名"),  # r100 渝中 2023 (`稳居全市第一`)
        # still none: progress, a growth rate, several indicators at once
        ("固定资产投资进度全市排名", ""),  # r64 漳浦 2017 (`进度居全市第三`)
        ("地区生产总值增速全市排名", ""),
        ("地区生产总值总量和增速全市排名", ""),  # r194 秀英 2024
        ("财政、税收收入总量全市排名", ""),  # r52 东昌府 2018
    ],
)
def test_a_rank_of_a_level_takes_the_levels_rank_name(indicator: str, canonical: str) -> None:
    assert canonical_of(indicator, "名次") == canonical


def test_a_rank_by_size_in_a_report_is_the_levels_rank(tmp_path: Path) -> None:
    # r205 兴县 2019 news
    text = (
        "兴县2018年经济运行情况\n\n2018年,兴县地区生产总值完成98亿元,增长8.1%,总量排名全市第四;一般公共预算收入15.1亿元,"
        "增长13.6%,总量排名全市第三。\n"
    )
    ranks = {r.value: r.canonical for r in build_one(tmp_path, text).records if r.unit == "名次"}
    assert ranks == {4: "地区生产总值排名", 3: "一般公共预算收入排名"}
