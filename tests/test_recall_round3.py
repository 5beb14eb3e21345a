"""Figures the reader used to miss on real county bulletins: poultry counted in 羽 (often by the hundred), and a
level said after its growth rate (`比上年增长a%,达到N吨`)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _read(clause: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.cmp) for q in find_quantities(clause)]


def _found(text: str, place: str) -> set[tuple[str, float, str]]:
    return {(r.indicator, r.value, r.unit) for r in records(text, places=(place,))}


# --- poultry counted in 羽 ---


def test_poultry_counted_in_yu() -> None:
    # 111.229.73.81/look/Statslisth?Id=7265 (a county bulletin 2021): `年末家禽存栏51313百羽`, `家禽出栏161058百羽`
    assert _read("年末家禽存栏51313百羽,同比下降33.88%") == [(51313, "百羽", "="), (-33.88, "%", "=")]
    # bbs.jbzyw.com 2019: `广东越过10亿羽的关口,达到10.87亿羽`
    assert _read("达到10.87亿羽") == [(10.87, "亿羽", "=")]
    found = _found("2021年,全年家禽出栏161058百羽,同比下降41.35%。", "泰兴市")
    assert ("家禽出栏", 161058, "百羽") in found


def test_feathers_are_no_unit() -> None:
    assert _read("新建羽毛球馆3个") == [(3, "个", "=")]
    assert _read("羽绒服5000件") == [(5000, "件", "=")]


# --- a level said after its growth rate ---


def test_level_reached_after_its_growth() -> None:
    # recall2's lead (an older county bulletin): `棉花比上年增长109.4%,达到9229吨`
    found = _found("2008年,棉花比上年增长109.4%,达到9229吨。", "泰兴市")
    assert {("棉花增速", 109.4, "%"), ("棉花", 9229, "吨")} <= found
    found = _found("2015年全县财政收入比上年增长12%,达到3.5亿元。", "泰兴市")
    assert ("财政收入", 3.5, "亿元") in found


def test_a_level_reached_needs_a_figure() -> None:
    # `达到全省平均水平` holds no figure: the next rate stays the rate
    found = _found("2015年全县GDP增长8%,达到全省平均水平,增速达9%。", "泰兴市")
    assert {value for _, value, _ in found} == {8, 9}


# --- 亿 and 万 in one Chinese amount ---


def test_chinese_amount_with_two_magnitudes() -> None:
    # recall2's lead, an older page (2000–2012): `一亿二千万元` was lost whole
    assert _read("完成投资一亿二千万元") == [(1.2, "亿元", "=")]
    assert _read("投资两亿五千万元") == [(2.5, "亿元", "=")]
    assert _read("投资三千万元") == [(3000, "万元", "=")]  # one magnitude stays as written
