"""Target or achieved, from real sentences (each with its page's address or dev id): the amount of a task a share
of which was done is the task's; a programme of projects drawn up states what exists."""

from bot.ingest.context import context_of
from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r190 阿克苏 2024-07 news (dev11), traditional script
AKESU = (
    "新疆阿克蘇市上半年簽約408億元 招商引資實現新突破\n"
    "2024-07-18 10:20:24 來源:中新網新疆\n"
    "招商引資是推進高質量發展的“強力引擎”。1-5月,阿克蘇市執行招商引資項目122個,完成地區目標任務283億元的39.43%,"
    "同比增長23.15%。2024年新簽約招商引資項目54個,簽約金額408億元,完成地區目標任務481億元的84.8%,已開工項目37個,"
    "履約率68.52%。"
)


def test_the_task_a_share_of_which_was_done_is_a_target():
    found = records(AKESU)
    assert one(found, 283).kind == TARGET
    assert one(found, 481).kind == TARGET
    # the shares done, and what was signed, stay achieved
    assert {one(found, v).kind for v in (39.43, 84.8, 122, 37)} == {ACTUAL}


# 20fsw.com/html/articleshow-81338.html (a county's 1-12月 investment attraction, fresh page)
def test_an_assessment_goal_before_its_share_is_a_target():
    text = (
        "1—12月,我县招商引资项目共到位资金71.15亿元,完成市政府考核目标61亿元的117%,同比增长42%,"
        "其中省外到位资金50.56亿元,完成市政府考核目标42.7亿元的118%,同比增长38%。"
    )
    found = records(text, "2020-01-10", ("通渭县",))
    assert one(found, 61).kind == TARGET and one(found, 42.7).kind == TARGET
    assert one(found, 71.15).kind == ACTUAL and one(found, 117).kind == ACTUAL


def test_an_amount_not_followed_by_a_share_of_it_is_as_told():
    # (no `的N%` after it: what was reached, not a task)
    text = "1—12月,我县招商引资项目共到位资金71.15亿元,完成市政府考核目标,同比增长42%。"
    assert one(records(text, "2020-01-10", ("通渭县",)), 71.15).kind == ACTUAL


# r208 隆德 2023 news of the year's first project programme (dev11)
LONGDE = (
    "“今年,县上实施联财镇、杨河乡重点小城镇建设项目,不仅是农村城镇化发展需求,也将为重点乡镇及周边地区的一二三产融合"
    "发展提供基础保障,成为隆德县经济增长的新引擎。”隆德县住建局村镇建设办公室主任魏晓光对于未来的发展充满了信心。\n"
    "2023年,隆德县牢固树立大抓项目、抓大项目、抓高质量项目的工作导向,谋划确定第一批基本建设项目111项,总投资74.04亿元,"
    "年度计划投资34.96亿元。固定资产投资项目94项,总投资70.31亿元,年度计划投资31.22亿元,以项目建设稳增长、调结构、"
    "促振兴、惠民生。\n"
    "项目覆盖产业、基础设施、社会事业和民生保障,覆盖面广、投资规模大。其中,“五特五新五优”产业发展项目45项,年度计划"
    "投资19.25亿元;城镇建设项目10项,年度计划投资4.63亿元。\n"
    "通过项目实施,预计一季度完成固定资产投资4.06亿元,增长18%,力促实现“开门红”。全年预计完成固定资产投资28.59亿元,"
    "增长12%。"
)


def test_a_programme_drawn_up_for_the_year_under_way_is_its_plan():
    # (tests/real/README.md, 'Calls settled in the sixteenth round': a year's roster told before the year is over)
    found = records(LONGDE, "2023")
    assert {one(found, v).kind for v in (111, 74.04, 94, 70.31, 45, 10)} == {TARGET}
    # its year's planned investment, and the forecasts, are targets too
    assert {one(found, v).kind for v in (34.96, 31.22, 19.25, 4.63, 4.06, 28.59)} == {TARGET}


def test_a_programme_still_to_be_drawn_up_is_a_target():
    text = "2023年,隆德县将谋划确定第二批基本建设项目50项,总投资30亿元。"
    found = records(text, "2023")
    assert one(found, 50).kind == TARGET and one(found, 30).kind == TARGET
    text = "2023年,隆德县力争谋划实施重点项目120个,总投资80亿元。"
    assert one(records(text, "2023"), 120).kind == TARGET


# r136 海原 2023 news of the year's projects (dev8): the days just past open a story of work under way
def test_a_story_of_the_days_just_past_reports():
    head = "连日来,在海原县关桥乡瓦窑河村金桥湾一带的山上,占地"
    assert context_of(head, 2023, 2023).kind == ACTUAL
    # (a look ahead after it still makes its sentence a target's)
    assert context_of("连日来,全县上下力争全年完成投资", 2023, 2023).kind == TARGET


def test_each_project_of_a_list_with_planned_investments_gets_its_own() -> None:
    # dev11 r198 肇州 2011: the list's later items were dropped because `计划总投资` was not read as the next item's start
    found = records(
        "新引进项目中其中包括计划总投资50亿元的中海油新能源公司风电场开发项目、计划总投资30亿元的大唐新能源公司"
        "卫星风电场开发项目、计划总投资5亿元的长春皓月集团肉牛产业加工项目等大项目。",
        places=("肇州县",),
    )
    assert {r.value: r.subject for r in found} == {
        50: "中海油新能源公司风电场开发项目",
        30: "大唐新能源公司卫星风电场开发项目",
        5: "长春皓月集团肉牛产业加工项目",
    }
