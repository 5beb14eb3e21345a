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
