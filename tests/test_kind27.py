"""Target or achieved, from real sentences of the tuning splits: the amounts a budget sets, and those its revision
sets, are targets (tests/real/README.md, "A budget is a target")."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r541 (巫溪, 2022's budget execution, published 2023)
WUXI = (
    "一、2022年预算执行情况\n"
    "县十八届人大第一次会议批准的年初预算为:一般公共预算收入76138万元(税收收入47008万元、非税收入29130万元);"
    "政府性基金预算收入80000万元。年度预算执行中,经县十八届人大常委会第七次会议批准,一般公共预算收入由年初的76138万元"
    "调整为89138万元,调增13000万元,其中:税收收入调整为40500万元,非税收入调整为48638万元。政府性基金预算由年初的"
    "80000万元调整为50000万元,其中:土地出让收入由年初预算的65000万元调整为35000万元,城市建设配套费10000万元、"
    "专项债务对应项目专项收入5000万元不作调整。\n"
)


def test_the_budget_approved_at_the_years_start_is_a_target():
    found = records(WUXI, "2023-02-10", ("巫溪县",))
    for value in (47008, 29130, 80000):
        assert one(found, value).kind == TARGET
    assert all(r.kind == TARGET for r in found if r.value == 76138)


def test_a_budget_revision_sets_targets():
    found = records(WUXI, "2023-02-10", ("巫溪县",))
    for value in (89138, 13000, 40500, 48638, 50000, 35000):
        assert one(found, value).kind == TARGET


def test_the_lines_a_revision_leaves_stay_budgeted():
    found = records(WUXI, "2023-02-10", ("巫溪县",))
    assert one(found, 10000).kind == TARGET
    assert one(found, 5000).kind == TARGET


def test_what_the_year_brought_in_after_the_budget_is_achieved():
    text = "县人大批准的年初预算为:一般公共预算收入76138万元,全年完成一般公共预算收入88435万元。\n"
    found = records(text, "2023-02-10", ("巫溪县",))
    assert one(found, 76138).kind == TARGET
    assert one(found, 88435).kind == ACTUAL
