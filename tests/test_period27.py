"""Periods found on the twenty-seventh round's tuning pages: the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# f21_p08 武进 2025 一季度 (a quarter's report of the district's projects)
_QUARTER = (
    "2025年一季度重大项目推进情况\n"
    "截至3月底,新建项目已开工38个,年度新开工目标任务完成率69.1%。竣工项目6个,年度竣工目标完成率11.1%。\n"
)


def test_the_rate_of_a_named_work_s_year_target_done_is_of_the_months_so_far() -> None:
    found = records(_QUARTER, places=("武进区",))
    assert one(found, 69.1).period == "2025Q1"
    assert one(found, 11.1).period == "2025Q1"
    assert one(found, 38).period == "2025Q1"
