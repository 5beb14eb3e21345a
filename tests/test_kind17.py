"""Kind of a figure (target / actual / progress) where the page's words say it: a year's livelihood list under its
quoted brand, shares of the plan set at the year's start, forecasts in news. Sentences are real pages' (address or
split id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _kinds(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.kind for r in build_one(tmp_path, text).records}


# f17_p05 (53hz.com 金凤区 2025-01): the district's list of the year's livelihood tasks, its brand quoted between
# `民生` and `实事`; every item is a task set for 2025, whatever its verb (`建成`, `完成`).
JINFENG = (
    "最新丨金凤区发布2025年民生“十心”实事!\n1月6日\n金凤区2025年民生 “十心” 实事\n新鲜出炉!\n"
    "01\n交通畅行 “顺心”实事\n▶新增公共停车位800个。\n▶新增公共充电桩1000个。\n"
    "02\n幸福宜居 “舒心”实事\n▶改造老旧小区20个。\n▶建成保障性租赁住房352套。\n"
)


def test_a_livelihood_list_under_its_quoted_brand_sets_the_years_tasks(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, JINFENG).records}
    assert {found[v].kind for v in (800, 1000, 20, 352)} == {"target"}
    assert found[352].period == "2025"
