"""Figures the build used to miss: the share of a budget reached, its amount said inside it. Sentences are real
pages' (dev id in a comment)."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_the_share_of_the_budget_set_at_the_years_start_is_a_record() -> None:
    # r542 凤庆 2023 (the year before's revenue, reviewed in a budget report)
    text = (
        "凤庆县2023年预算报告\n"
        "2022年,全县累计完成地方一般公共预算收入62964万元,完成年初预算65200万元的96.57%,同比减952万元,减幅1.49%。\n"
    )
    share = one(records(text, date="2023-01-20"), 96.57)
    assert (share.unit, share.kind, share.period) == ("%", "actual", "2022")
    assert share.indicator == "地方一般公共预算收入完成年初预算比例"


def test_the_share_of_an_adjusted_budget_is_the_spendings() -> None:
    # r563 周至 2024
    text = (
        "周至县2024年预算报告\n"
        "全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%。"
        "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长5.6%。\n"
    )
    found = records(text, date="2024-01-20")
    assert one(found, 101.7).indicator == "县级一般公共预算收入完成预算比例"
    spent = one(found, 99.6)
    assert (spent.indicator, spent.kind) == ("一般公共预算支出完成调整预算比例", "actual")
