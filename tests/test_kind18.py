"""Task tables and lists: a progress table's rows whose serial spans several lines keep their columns, its report
column is of the months its title names, a year's list of 惠民工程 sets targets. Sentences are real pages' (address
or fresh id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# f18_p08 (linan.gov.cn 临安 2022-11): a 民生实事 progress table under a site's metadata rows; the serial and unit cells
# span the rows of a task, so the rows after the first open with the task (`新增…500个。 | 新增…600个。 | ||`).
LINAN = (
    "索引号 | 000330185/2022-86781 | 公开方式 | 主动公开 |\n"
    "发布单位 | 区府办 | 发文日期 | 2022-11-03 |\n"
    "2022年区政府民生实事项目进展情况表(截至9月底)\n"
    "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
    "2 | 新建成婴幼儿照护服务成长驿站7家。 | 新建锦南街道、高虹镇、天目山镇、昌化镇、岛石镇等13家婴幼儿成长驿站。 | 卫生健康局 |\n"
    "新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||\n"
    "3 | 实施农村公路大中修100公里。 | 完成农村公路大中修50公里,剩余预计11月底前完成。 | 交通运输局 |\n"
    "优化调整公交线路20条。 | 优化调整公交线路25条。 | ||\n"
)


def test_a_row_under_a_spanning_serial_keeps_its_columns(tmp_path: Path) -> None:
    result = build_one(tmp_path, LINAN)
    kinds = {r.value: r.kind for r in result.records}
    assert kinds[500] == "target"  # the task column, not the report's
    assert kinds[600] == "actual"
    assert kinds[100] == "target"  # the rows after such a row are still the table's
    assert kinds[20] == "target"
    assert kinds[25] == "actual"


def test_a_progress_column_reports_the_months_its_title_names(tmp_path: Path) -> None:
    result = build_one(tmp_path, LINAN)
    periods = {r.value: r.period for r in result.records}
    assert periods[600] == "2022-01~2022-09"
    assert periods[50] == "2022-01~2022-09"
    assert periods[500] == "2022"  # a task is the year's
