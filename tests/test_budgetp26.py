"""Periods and last year's levels in budget and audit reports (dev26), each rule checked on another split too."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# A budget report to the congress of 2024 (r563 周至): under `一、2023年预算执行情况`, a lead line ending with a colon
# whose `全年` names the year of its part, not the report's; its items are of 2023.
_ZHOUZHI = """周至县2023年财政预算执行情况和2024年财政预算草案的报告
一、2023年预算执行情况和财政重点工作
(一)财政预算执行情况
1.一般公共预算执行情况。全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%,加上上划中省市收入29318万元,全县财政总收入61069万元,较上年53169万元增长14.9%。县级一般公共预算收入具体完成情况是:
——税收收入18319万元,增长17.6%,涉及的主要税种国内增值税收入7875万元,增长43.1%。
——非税收入13432万元,增长0.8%。
"""


def test_lead_under_a_year_heading_keeps_the_part_s_year():
    found = records(_ZHOUZHI, date="2024", places=("周至县",))
    for value in (18319, 17.6, 7875, 13432, 0.8):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2023"), (value, r.kind, r.period)


def test_lead_without_a_part_year_still_reads_its_own_year():
    from bot.ingest.tense import lead_context

    lead = "县级一般公共预算收入具体完成情况是:"
    assert lead_context(lead, 2024, 2023) is not None
    assert lead_context("全年主要指标完成情况如下:", 2024).period == "2024"
    assert lead_context("全年主要指标完成情况如下:", 2024, 2023).period == "2023"


# Last year's level named as a change's base (r563 周至 `较上年28899万元增长9.9%`; f20_p15 宜春经开区 `比上年的7602万元
# 增加4398万元`; r566 东湖 `比上年决算数14.94亿元增长3.0%`): a record of the level stated before it, for the year before.
def test_last_year_level_before_a_change_is_that_year_s():
    found = records(_ZHOUZHI, date="2024", places=("周至县",))
    base = one(found, 28899)
    assert (base.indicator, base.kind, base.period) == ("县级一般公共预算收入", "actual", "2022")
    assert base.canonical == "一般公共预算收入"
    total = one(found, 53169)
    assert (total.indicator, total.period) == ("财政总收入", "2022")
    assert one(found, 61069).period == "2023"
    assert one(found, 14.9).period == "2023"  # the growth is the reported year's


def test_base_in_brackets_then_the_rates_of_the_levels():
    text = (
        "2008年,全年实现工业总产值 20.6亿元、主营业务收入26.9亿元、财政总收入 1.2亿元(比上年的7602万元增加4398万元),"
        "分别比上年增长82.7%、140.9%、58.9%。"
    )
    found = records(text, date="2009", places=("宜春经济开发区",))
    base = one(found, 7602)
    assert (base.indicator, base.kind, base.period) == ("财政总收入", "actual", "2007")
    # the change of one level does not count among the levels whose rates are listed
    assert one(found, 82.7).indicator == "工业总产值增速"
    assert one(found, 140.9).indicator == "主营业务收入增速"
    assert one(found, 58.9).indicator == "财政总收入增速"


def test_final_accounts_of_last_year_are_last_year_s():
    text = "2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元,比上年决算数14.94亿元增长3.0%。"
    found = records(text, date="2023-11-08", places=("东湖区",))
    assert one(found, 14.94).period == "2021"
    assert one(found, 3.0).period == "2022"


def test_year_before():
    from bot.ingest.base_level import year_before

    assert year_before("2023") == "2022"
    assert year_before("2023H1") == "2022H1"
    assert year_before("2023-01~2023-09") == "2022-01~2022-09"
    assert year_before("") == ""


def test_a_rate_s_last_year_stays_the_comparison_base():
    text = "2023年,全县城镇化率达到56.3%,比上年的55.1%提高1.2个百分点。"
    found = records(text, date="2024", places=("周至县",))
    assert {r.value for r in found} == {56.3, 1.2}
