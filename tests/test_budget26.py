"""Target or achieved in budget and audit reports, from real sentences of the tuning splits: a measure's goal, task or
budget stated as its amount (`目标任务为`, `预算数为`, `预算批复指标`) is the figure the outcome is measured against, a
target even in a report on a year gone by; what was done and used of it stays achieved."""

from tests.ingest_helpers import one, records

# r566 (东湖区, the district's audit of its 2022 budget execution)
DONGHU = (
    "关于2022年度区本级预算执行和其他财政收支的审计报告\n"
    "一、2022年度区本级预算执行情况\n"
    "2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元,比上年决算数14.94亿元增长3.0%,加上上级补助收入"
    "13.36亿元;2022年一般公共预算支出预算数为26.93亿元(含扬子洲镇),实际支出24.98亿元,比上年决算数25.10亿元下降0.5%。\n"
)

# r568 (浮梁县, the audit of the 2024 county budget execution)
FULIANG = (
    "一、2024年全县财政预算执行情况\n"
    "2024年,当年预算批复指标71.48亿元,已用指标62.09亿元,预算结余9.39亿元,总体执行率87%。其中:县直各部门批复指标"
    "39.41亿元,已用指标33.79亿元,预算结余5.62亿元,总体执行率86%;实拨单位资金预算指标20.58亿元,已用指标20.36亿元,"
    "总体执行率99%。\n"
)

# r537 (乌苏市, a 1-9月 report of 2021)
WUSU = (
    "据了解,2021年1-9月,乌苏市落实执行各类项目61项,投资总规模93.68亿元,同比增长16.52%。乌苏市2021年招商引资目标任务"
    "为55亿元,已完成任务37.05亿元,完成全年招商引资任务67.36%。\n"
)


def test_budget_amount_is_the_target_its_execution_is_measured_against():
    found = records(DONGHU, places=("东湖区",))
    for value in (26.93,):
        assert one(found, value).kind == "target", value
    budgeted = [r for r in found if r.value == 15.39]
    assert sorted(r.kind for r in budgeted) == ["actual", "target"]  # the budget, then what came in
    for value in (24.98, 14.94, 3.0, 25.10):
        assert one(found, value).kind == "actual", value
    assert one(found, 26.93).period == "2022"


def test_audit_reads_use_against_the_quotas_approved():
    found = records(FULIANG, places=("浮梁县",))
    for value in (71.48, 39.41, 20.58):
        assert one(found, value).kind == "target", value
    for value in (62.09, 9.39, 87, 33.79, 20.36, 99):
        assert one(found, value).kind == "actual", value


def test_goal_stated_as_its_amount_in_a_progress_report():
    found = records(WUSU, places=("乌苏市",))
    assert (one(found, 55).kind, one(found, 55).period) == ("target", "2021")
    for value in (37.05, 67.36, 61):
        assert one(found, value).kind == "actual", value
