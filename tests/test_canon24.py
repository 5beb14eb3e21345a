"""A place said before its figure's verb (`全县实现…`, `…地区(包含…)实现…`) is the sentence's
subject, not part of the indicator's name: the record names the common indicator alone and carries its canonical
name. Sentences are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _by_value(tmp_path: Path, text: str, *values: float) -> list:
    records = build_one(tmp_path, text).records
    return [next(r for r in records if r.value == value) for value in values]


def test_a_heading_run_into_the_whole_county_is_no_part_of_the_name(tmp_path: Path) -> None:
    # r497 洛南 2020 bulletin: the heading `二、农业` runs into the first sentence
    text = (
        "洛南县2020年国民经济和社会发展统计公报\n\n"
        "二、农业全县实现农林牧渔业总产值42.77亿元,增长2.8%;农林牧渔业增加值 23.90亿元,增长3.0%。\n"
    )
    level, rate = _by_value(tmp_path, text, 42.77, 2.8)
    assert level.indicator == "农林牧渔业总产值"
    assert level.canonical == "农林牧渔业总产值"
    assert rate.canonical == "农林牧渔业总产值增速"


def test_an_area_named_with_its_aside_then_its_verb(tmp_path: Path) -> None:
    # r189 沈阳 2023 1-9月
    text = (
        "沈阳市县域经济运行情况\n\n"
        "2023年前三季度,沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元,同比增长4.8%。\n"
    )
    (level,) = _by_value(tmp_path, text, 443.9)
    assert level.indicator == "地区生产总值"
    assert level.canonical == "地区生产总值"


def test_a_share_of_the_whole_county_keeps_its_name(tmp_path: Path) -> None:
    # r105 衡南 2019 H1: `占全县` compares, it does not name the place
    text = "衡南县2019年上半年工作总结\n\n县工业集中区完成规模工业增加值11亿元,占全县的比重达70%。\n"
    (share,) = _by_value(tmp_path, text, 70)
    assert share.indicator.endswith("规模工业增加值占全县比重")
    assert share.canonical == ""
