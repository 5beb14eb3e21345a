"""Target or achieved and the period: rules taken from real sentences of news pages swept (each test names
its page)."""

from __future__ import annotations

from ingest_helpers import records

from bot.ingest.record import Record
from bot.ingest.tense import ACTUAL, TARGET


def kind_of(found: list[Record], value: float) -> str:
    (record,) = [r for r in found if r.value == value]
    return record.kind


def test_what_was_done_against_a_task_just_named_is_achieved() -> None:
    # news.72177.com/2020/1217/4545814.shtml (天津 乡村振兴 news): `全年任务为N,实际改造M,超额完成X%`
    text = (
        "今年以来,市委农办对各涉农区乡村振兴指标完成情况进行监测。\n"
        "7项提前完成全年任务的指标包括:困难群众存量危房改造,全年任务为3800户,实际改造4559户,超额完成20%;"
        "高标准农田建设,全年任务为25万亩,实际完成25.25万亩,超额完成1%;家庭农场“百千万工程”,"
        "全年计划新创建示范家庭农场80个,新增农户家庭农场271个,新纳入名录系统家庭农场6581个,"
        "实际分别完成95个、310个、7397个,分别超额完成19%、14%和12%。\n"
    )
    found = records(text, places=("天津市",))  # (no year in the text)
    assert [kind_of(found, v) for v in (25, 80, 271, 6581)] == [TARGET] * 4
    assert [kind_of(found, v) for v in (4559, 20, 25.25, 1, 95, 310, 7397, 19, 14, 12)] == [ACTUAL] * 10


def test_a_goal_to_surpass_the_task_stays_a_goal() -> None:
    # the same words under an intent: `确保超额完成` is a goal, `实际使用外资` an indicator's name
    found = records(
        "2024年主要目标:确保超额完成年度任务10%;实际使用外资增长5%。\n", "2024-01-10", ("天津市",)
    )
    assert (kind_of(found, 10), kind_of(found, 5)) == (TARGET, TARGET)


def test_this_year_s_plan_after_a_total_to_an_earlier_year_end_is_of_this_year() -> None:
    # hfjyddjzmc.com/html/.zhengwuzdxm.201711t20171108_2035652.html (伊金霍洛旗 重点项目 截至9月30日, 2017):
    # `本年度` is the text's year, not the year named earlier in the sentence
    text = (
        "2017年伊金霍洛旗重点项目调度推进情况(截至9月30日)\n"
        "2017年,我旗列入市级亿元以上重点项目40项,新建项目22项,续建项目18项;总投资1174.74亿元,"
        "截至2016年底累计完成投资309.937亿元,本年度计划投资137.65亿元。\n"
    )
    found = records(text, "2017-11-08", ("伊金霍洛旗",))
    planned = next(r for r in found if r.value == 137.65)
    assert (planned.kind, planned.period) == (TARGET, "2017")
    assert [r.period for r in found if r.value == 309.937] == ["2016"]


def test_a_total_up_to_a_day_of_the_year_so_far_is_achieved() -> None:
    # www.xiaomilidoc.com/p-4385426.html (龙伏镇 2018 一季度 report): `截止到3月15日完成…`, a share of the task with a
    # note between (`占目标任务(剔除烟叶税)的278%`)
    text = (
        "龙伏镇2018年一季度工作情况汇报\n"
        "一季度,全镇上下围绕2018年主要目标任务,扎实推进各项工作,全镇经济社会发展稳中有进、稳中向好。"
        "截止到3月15日完成财政总收入309万元,占目标任务(剔除烟叶税)的278%,地方一般公共预算收入完成125万元,"
        "占目标任务(剔除烟叶税)的26%,提前完成一季度财税任务。\n"
    )
    found = records(text, "2018-03-20", ("浏阳市",))
    assert [kind_of(found, v) for v in (309, 278, 125, 26)] == [ACTUAL] * 4
