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


# r451 兴和 2022 (a work report reviewing the government's term)
_TERM_REVIEW = (
    "2022年兴和县人民政府工作报告\n"
    "2022年1月6日在兴和县第十六届人民代表大会第一次会议上\n"
    "一、本届人民政府工作回顾\n"
    "我们致力于稳增长、扩总量,综合实力显著增强。地区生产总值累计突破270亿元。\n"
    "我们致力于补短板、强弱项,三大攻坚战取得决定性成效。脱贫攻坚战圆满收官。全县87个贫困村全部出列,"
    "9034户20427名贫困对象全部脱贫,农村危房改造受到国务院表扬激励。\n"
)


def test_villages_and_people_lifted_out_of_poverty_under_a_term_review_are_counted_over_its_years() -> None:
    found = records(_TERM_REVIEW, places=("兴和县",))
    assert one(found, 87).period == "2017-2021"
    assert one(found, 20427).period == "2017-2021"
    assert one(found, 270).period == "2017-2021"


# r543 潮阳 (an audit report of 2023-09 on the 2022 accounts)
_AUDIT = (
    "汕头市潮阳区审计局局长 郑创平\n"
    "2023年9月28日\n"
    "主任、各位副主任、各位委员:\n"
    "我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n"
    "一、财政管理审计情况\n"
    "按照上级审计机关统一部署,组织对区本级2022年度财政预算执行、决算草案和其他财政收支情况审计,"
    "延伸抽查区农业农村局、区城管局、铜盂镇、海门镇等5个单位。\n"
)


def test_the_units_an_audit_examined_are_counted_in_the_year_it_is_done() -> None:
    found = records(_AUDIT, places=("潮阳区",))
    assert one(found, 5).period == "2023"


# f24_p14 岷县 2010 (a county's herb-growing profile)
_GROWN = "2010年6月1日\n近年来,岷县狠抓中药材产业的发展壮大,全县药材种植面积从1995年的5万亩发展到目前的25万亩左右。\n"


def test_the_start_of_a_change_told_as_grown_is_of_the_year_it_names() -> None:
    found = records(_GROWN, places=("岷县",))
    assert one(found, 5).period == "1995"
    assert one(found, 25).period == "2010"
