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


# --- a paragraph's topic: a named park or market whose figures a later sentence gives after naming it again ---------


def test_a_market_named_again_keeps_its_figures(tmp_path: Path) -> None:
    # f19_p02 抚松 (trad on the page)
    text = (
        "抚松县人参市场\n\n长白山人参市场以人参为主的产品有200多种,包括:野山参、水参、白参、红参,以及工艺参等。"
        "市场全年无休,鲜参年交易额近60亿元,年客流量达500万人次,解决就业达5万人,对推动区域经济发展发挥了重大作用。\n"
    )
    records = build_one(tmp_path, text).records
    assert {r.value: r.subject for r in records if r.value in (60, 500, 5)} == dict.fromkeys(
        (60, 500, 5), "长白山人参市场"
    )


def test_a_park_named_again_after_a_time_keeps_its_figures(tmp_path: Path) -> None:
    # r400 藤县 news
    text = (
        "藤县陶瓷产业\n\n陶瓷是藤县近几年发展起来的支柱产业,目前所建成的梧州市陶瓷产业园中和集中区总体规划面积2.5万亩,"
        "全部建成投产后年产值将达300亿元。截至今年10月底,园区累计建成陶瓷生产线107条,投产100条。\n"
    )
    records = build_one(tmp_path, text).records
    assert {r.value: r.subject for r in records if r.value in (107, 100)} == dict.fromkeys(
        (107, 100), "梧州市陶瓷产业园中和集中区"
    )


def test_a_sentence_for_the_whole_place_ends_the_topic(tmp_path: Path) -> None:
    # r400 藤县 news, with the county's own figure after the park's
    text = (
        "藤县陶瓷产业\n\n目前所建成的梧州市陶瓷产业园中和集中区总体规划面积2.5万亩。"
        "园区全县规模以上工业总产值增长12%。截至10月底,园区累计建成陶瓷生产线107条。\n"
    )
    records = build_one(tmp_path, text).records
    assert next(r for r in records if r.value == 12).subject == ""
    assert next(r for r in records if r.value == 107).subject == ""  # (the topic ended with the county's sentence)
