"""Figures the build used to miss or read the wrong way: rates of a `分别` list whose items stand in the clause
before, under a comment of their own. Sentences are real pages' (split and id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _rates(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.indicator for r in build_one(tmp_path, text).records if r.unit == "%"}


def test_rates_after_listed_items_under_a_comment_are_each_items(tmp_path: Path) -> None:
    # dev22 r467 杭州高新区 2021: `…总量持续全市领先` comments on the three industries whose rates follow
    text = (
        "滨江区2021年经济运行情况\n2021年,滨江区实现规上工业增加值771.1亿元。"
        "高新技术产业、装备制造业和战略性新兴产业增加值总量持续全市领先,分别增长17.3%、18.4%和17.9%。\n"
    )
    records = [r for r in build_one(tmp_path, text).records if r.unit == "%"]
    rates = {r.value: r.indicator for r in records}
    assert {17.3, 18.4, 17.9} <= set(rates)
    assert "装备制造业" in rates[18.4] and "战略性新兴产业" in rates[17.9]
    assert all(r.kind == "actual" and r.period == "2021" for r in records)


def test_rates_after_items_said_to_grow_fast_still_theirs(tmp_path: Path) -> None:
    # dev r14 缙云 2023 上半年: the older wording keeps its reading
    text = "缙云县2023年上半年经济运行情况\n上半年,禽蛋产量、水果和蔬菜增长较快,增速分别达9.1%、7.5%、5.5%。\n"
    rates = _rates(tmp_path, text)
    assert {9.1, 7.5, 5.5} <= set(rates)
