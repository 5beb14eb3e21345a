"""Canonical names: a figure that is not the headline indicator's own level, rate or share keeps no canonical
name. Sentences are real pages' (dev id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# dev16 r316 (保亭 2022 news of the county's work report, traditional script on the page)
BAOTING = (
    "保亭黎族苗族自治县十六届人大一次会议开幕\n2022年01月07日 15:03  来源:南海网\n\n"
    "报告指出,过去的五年,是保亭发展史上极不平凡的五年。五年来,面对艰巨繁重的改革发展稳定任务,全县各族人民凝心聚力、"
    "攻坚克难,地区生产总值累计突破274.4亿元,地方一般公共预算收入总量累计突破21.9亿元。固定资产投资累计突破173.9亿元,"
    "社会消费品零售总额累计超过82.7亿元。\n"
)


def test_a_sum_over_the_years_is_not_the_years_level(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, BAOTING).records}
    for value in (274.4, 21.9, 173.9, 82.7):
        assert found[value].period == "2017-2021"
        assert found[value].canonical == ""
