"""Periods from fresh real pages (round period7): a structure recast from the year before's is no frame of the
shifts that follow it."""

from __future__ import annotations

from bot.ingest.time import period_of
from tests.ingest_helpers import one, records

# wj598.cn 平江县 2020 statistics communique (traditional script): `由去年的…调整为…` names the structure the year's
# shifts start from; the shifts (`分别上升2.7个和0.7个百分点`, `下降3.4个百分点`) are 2020's, like the rest.
_PINGJIANG = """2020年是極不平凡的一年,平江縣委、縣政府推動經濟社會全局發展。
一、綜合
全年完成地區生產總值330.79億元,同比增長5%。三產業比由去年的15.4:39.3:45.3調整為18.1:35.9:46,其中第一產業和第三產業分別上升2.7個和0.7個百分點,第二產業下降3.4個百分點。
"""


def test_shifts_after_a_structure_recast_from_last_year_are_the_years_own():
    found = records(_PINGJIANG, places=("平江县",))  # (dated by its opening year, as the page is)
    assert one(found, 330.79).period == "2020"
    assert one(found, 2.7).period == "2020"
    assert one(found, -3.4).period == "2020"


def test_the_start_of_a_recast_is_a_comparison_base():
    assert period_of("三次产业结构由上年的17:28.7:54.3调整为15:30.8:54.2", 2021, 2021) is None
    assert period_of("从2019年的45亿元提高到60亿元", 2021, 2021) is None
    # the start level alone keeps the year the text gives it
    assert period_of("从2019年的", 2021, 2021) == "2019"
