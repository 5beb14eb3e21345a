"""Figures a reader of county farm news missed or built wrongly: the towns and villages a work is spread over (not
records), and people or households counted by what they are, the unit left out (records)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _found(text: str, place: str) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in records(text, places=(place,))}


# --- the towns and villages a work is spread over ---


def test_towns_and_villages_of_a_crop_are_no_records() -> None:
    # f23_p14 平昌 2017: the area is the record, not the 33 towns or the 228 villages it lies in
    found = _found("2017年,全县33个乡镇228个村共发展花椒18.02万亩。", "平昌县")
    assert found == {(18.02, "万亩")}


def test_towns_and_villages_of_a_planned_base_are_no_records() -> None:
    # f23_p15 积石山 2010
    found = _found("2010年,在刘集乡崔家等2个乡镇5个村建成核桃基地1万亩。", "积石山保安族东乡族撒拉族自治县")
    assert (2, "个") not in found and (5, "个") not in found
    assert (1, "万亩") in found


def test_villages_a_resettlement_is_spread_over() -> None:
    # r280 昭觉 2018 (traditional script): the households moved are the record
    found = _found("2017年,86個貧困村實施的易地扶貧搬遷1427戶全部入住。", "昭觉县")
    assert (86, "个") not in found
    assert (1427, "户") in found


def test_villages_counted_for_what_they_reached_stay() -> None:
    # f23_p17 莲花: no work named between the villages and their figure
    assert (120, "个") in _found("120个贫困村年均收益5万多元。", "莲花县")
    # a count of villages that did something stays a record
    assert (20, "个") in _found("2017年实现20个贫困村退出、11000人脱贫。", "兴文县")


# --- people and households counted by what they are ---


def test_herb_growers_counted_in_ten_thousands() -> None:
    # f23_p03 房县 2018
    assert [(q.value, q.unit) for q in find_quantities("辐射带动10万药农人均年增收1500元")] == [
        (10, "万人"),
        (1500, "元"),
    ]
    assert (10, "万人") in _found("2018年,中药材产业辐射带动10万药农人均年增收1500元。", "房县")


def test_people_in_ten_thousands_after_a_space() -> None:
    # f23_p07 靖州: `近2 万农民`, a space between the figure and its 万
    [q] = find_quantities("并带动近2 万农民就业")
    assert (q.value, q.unit, q.cmp) == (2, "万人", "<")


def test_households_counted_by_what_they_are() -> None:
    # f23_p11 大洼: `年可为7500农户提供各种优良种苗1500万株`
    assert (7500, "户") in _found("该公司年可为7500农户提供各种优良种苗1500万株。", "大洼县")
    # f20_p18 静安 2024
    assert [(q.value, q.unit) for q in find_quantities("将优质资源惠及区内10万学生家庭")] == [(10, "万户")]


def test_no_household_count_from_a_year_or_a_family_farm() -> None:
    assert find_quantities("新增10家庭农场") == []
    assert find_quantities("2018农户") == []
