"""Target or achieved, from real sentences of the tuning splits (each with its dev or fresh id): a plan execution
report's goal lines against their estimates, its table's second header row, a task breakdown's title, a year's roster
of listed projects, an event's projects split by class."""

from bot.ingest.context import title_context
from bot.ingest.normalize import normalize
from bot.ingest.tense import ACTUAL, TARGET, heading
from tests.ingest_helpers import one, records

# f21_p01 (武昌 2023, the plan execution part of a report: each line the year's goal, a colon, its estimate)
WUCHANG = (
    "一、2023年国民经济和社会发展计划执行情况\n"
    "2023年是全面贯彻党的二十大精神的开局之年。今年以来,我区统筹推进经济社会各项事业全面发展,较好地完成了全年各项目标任务。\n"
    "——全年地区生产总值预期目标增长6.5%:预计全年实现增长6.8%左右。\n"
    "——全年地方一般公共预算收入预期目标增长5%:预计全年地方一般公共预算收入完成137亿元,同比增长0.8%。\n"
    "——全社会固定资产投资完成365亿元:预计全年固定资产投资完成380亿元左右。\n"
    "——全年计划实施重大项目215项,年度计划投资300亿元以上:预计全年实施重大项目230项,实现投资350亿元以上。\n"
)


def test_a_goal_line_before_its_estimate_is_the_target():
    found = records(WUCHANG, "", ("武昌区",))
    assert {one(found, v).kind for v in (6.5, 5, 365, 215, 300)} == {TARGET}


def test_the_estimate_after_a_goal_line_is_the_outcome():
    found = records(WUCHANG, "", ("武昌区",))
    assert {one(found, v).kind for v in (6.8, 137, 0.8, 380, 230, 350)} == {ACTUAL}


def test_a_second_header_row_keeps_the_columns():
    text = (
        "2023年主要指标完成情况\n"
        "指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) | |\n"
        "绝对值 | 增速 | ||\n"
        "地区生产总值 (简称“GDP”) | 6.5% | 预计全年实现增长6.5%左右 | |\n"
        "地方一般公共预算收入 | 5% | 137 | 0.8% |\n"
    )
    found = records(text, "2023-12", ("武昌区",))
    assert one(found, 5).kind == TARGET


# f21_p02 (海盐 2022-04: the year's work report split into tasks for the county's leaders)
HAIYAN = (
    "索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |\n"
    "文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n"
    "发布机构: | 县政府办公室 | 有效性: |\n"
    "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n"
    "各镇人民政府(街道办事处),县政府各部门、直属各单位: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,"
    "现印发给你们,请认真贯彻执行。 政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 "
    "1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 责任单位:县发改局 "
    "2.完成垦造耕地2000亩、建设用地复垦1000亩。 责任单位:县自然资源和规划局\n"
)


def test_a_task_breakdown_title_makes_a_task_list():
    assert title_context(normalize(HAIYAN).text, 2022).kind == TARGET


def test_a_task_breakdown_s_items_are_targets():
    found = records(HAIYAN, "2022-04-18", ("海盐县",))
    assert {one(found, v).kind for v in (7.5, 8.5, 2000, 1000)} == {TARGET}


def test_projects_listed_among_the_province_s_for_the_year_are_its_roster():
    # f21_p09 香河 2017-10 (news of the county's year so far)
    text = (
        "今年以来,香河县以建设“美丽幸福新香河”为目标,在经济建设、社会民生、基础设施等方面下足功夫。"
        "2017年,全县共争列省重点项目10个,总量位居廊坊市第一名,其中中粮可口可乐饮料生产项目已建成投产;"
        "争列市重点项目10个,中国工艺·欧洲之窗、奥特莱斯城市综合体等7个项目开工建设。"
    )
    found = records(text, "2017-10-10", ("香河县",))
    assert [r.kind for r in found if r.value == 10] == [TARGET, TARGET]
    assert one(found, 7).kind == ACTUAL


def test_projects_listed_in_a_past_year_s_review_stay_done():
    # r332 临颍 2024 report's review of 2023
    text = "一、2023年工作回顾\n2023年,我们坚持项目为王,纳入省重点项目28个,数量居全市第1位。"
    found = records(text, "2024-01-20", ("临颍县",))
    assert one(found, 28).kind == ACTUAL


def test_the_split_of_projects_an_event_started_is_done():
    # f21_p13 盐亭 2022-03 (news of the month's projects started together)
    text = (
        "3月11日,绵阳市2022年3月重大项目集中开工,盐亭县设分会场与全市同步举行。\n"
        "盐亭县此次开工项目20个,总投资107.62亿元,年度计划投资30.88亿元。其中,产业发展类项目11个,总投资49.56亿元,"
        "年度计划投资15.93亿元;基础设施类项目3个,总投资41亿元,年度计划投资11亿元。"
    )
    found = records(text, "2022-03-11", ("盐亭县",))
    assert {r.kind for r in found if r.unit == "个"} == {ACTUAL}
    assert {one(found, v).kind for v in (107.62, 49.56, 41)} == {ACTUAL}
    assert {one(found, v).kind for v in (30.88, 15.93)} == {TARGET}


def test_the_split_of_a_year_s_roster_stays_the_plan():
    # f21_p15 封丘 2016 (the year's roster, its progress to April, then its split)
    text = (
        "全县2016年计划实施千万元以上项目84个, 总投资286.9亿元,2016年计划投资60.35亿元,元-4月累计完成投资10.14亿元,"
        "占年度计划投资的16.8%。其中续建项目27个,总投资97.9亿元,年度计划投资12.09亿元,元-4月累计完成投资3.44亿元,"
        "占年度计划投资的28.45%;新开工项目57个,总投资189亿元,年度计划投资48.26亿元。"
    )
    found = records(text, "2016-05-10", ("封丘县",))
    assert {one(found, v).kind for v in (84, 27, 97.9, 57, 189)} == {TARGET}
    assert one(found, 3.44).kind == ACTUAL


def test_the_progress_due_by_a_date_is_a_target():
    # f21_p15 封丘 2016 (a report of 元-4月)
    text = "参照时间节点,全县项目投资比例应完成25%,续建项目完成了目标。"
    found = records(text, "2016-05-10", ("封丘县",))
    assert one(found, 25).kind == TARGET


def test_the_year_s_goal_for_a_named_measure_is_a_target():
    # r423 郑州经开区 2020 (a mid-year page)
    text = (
        "今年上半年,“双十工程”取得了良好进展。全年谋划实施项目515个,总投资2788亿元,年度固定资产入库目标482亿元。"
    )
    found = records(text, "2020-07-20", ("郑州经济技术开发区",))
    assert one(found, 482).kind == TARGET


def test_works_on_hand_a_plan_pushes_on_are_its_targets():
    # r405 武城 2025 (the work report's plan for the year)
    text = (
        "二、2025年工作安排\n"
        "全力以赴抓项目。扩大政府投资,强化用地、资金等要素保障,加快推进现有18个政府投资项目、62个省市县重点项目建设。"
        "全县现有规上工业企业120家。"
    )
    found = records(text, "2025-01-20", ("武城县",))
    assert {one(found, v).kind for v in (18, 62)} == {TARGET}


def test_a_bare_aims_and_tasks_line_heads_a_plan():
    assert heading("2025年目标要求和主要任务") is not None
    assert heading("2024年主要任务完成情况") is None
    # r405 武城 2025 (the report's plan, under a bare part title, then a numbered task)
    text = (
        "(山东省)武城县人民政府工作报告(2025年1月9日)\n"
        "2025年目标要求和主要任务\n"
        "围绕实现上述目标,重点做好五个方面的工作:\n"
        "一、坚持项目带动、深挖潜力,在激发经济活力上攻坚突破。坚持把稳定投资、扩大消费作为经济增长的关键。\n"
        "全力以赴抓项目。扩大政府投资,强化用地、资金等要素保障,加快推进现有18个政府投资项目、62个省市县重点项目建设。\n"
    )
    found = records(text, "2025-01-09", ("武城县",))
    assert {one(found, v).kind for v in (18, 62)} == {TARGET}


def test_a_task_run_into_one_line_is_named_from_its_item_number():
    found = records(HAIYAN, "2022-04-18", ("海盐县",))
    assert one(found, 7.5).indicator == "生产总值增速"
    assert one(found, 7.5).canonical == "地区生产总值增速"


def test_a_goal_line_and_its_estimate_are_named_as_the_measure():
    found = records(WUCHANG, "", ("武昌区",))
    assert one(found, 6.5).indicator == "地区生产总值增速"
    assert one(found, 5).indicator == "地方一般公共预算收入增速"


def test_a_goal_and_its_estimate_of_the_same_figure_are_two_records():
    text = "一、2023年国民经济和社会发展计划执行情况\n——全年地区生产总值预期目标增长6.5%:预计全年实现增长6.5%左右。\n"
    found = records(text, "2023-12", ("武昌区",))
    assert sorted((r.kind, r.indicator) for r in found if r.value == 6.5) == [
        (ACTUAL, "地区生产总值增速"),
        (TARGET, "地区生产总值增速"),
    ]


def test_a_forecast_of_the_year_named_in_its_autumn_is_a_target():
    # f19_p03 砀山 2024-09 (news of the pear harvest)
    text = "眼下,正值砀山酥梨成熟上市季。砀山酥梨种植面积25万亩,预计2024年产量74万吨,产值20亿元左右。"
    found = records(text, "2024-09-10", ("砀山县",))
    assert one(found, 74).kind == TARGET


def test_a_forecast_of_the_year_past_in_a_report_stays_the_outcome():
    # r199 靖海 2016 report's review of 2015
    text = "一、2015年工作回顾\n预计2015年实现生产总值650亿元,增长8%。"
    found = records(text, "2016-01-20", ("静海区",))
    assert one(found, 650).kind == ACTUAL


# r404 越城 2014 (a plan execution report's table of the 2013 indicators, one cell to a line)
YUECHENG = (
    "一、2013年国民经济和社会发展计划执行情况\n\n"
    "2013年国民经济和社会发展主要指标完成情况\n\n"
    "指标名称\n\n目标\n\n全年完成\n\n实绩\n\n增速\n\n统计口径\n\n"
    "地区生产总值\n\n增长9%\n\n287.32亿元\n\n增长6.0%\n\n  实际管辖\n\n"
    "第三产业增加值占地\n\n区生产总值比重\n\n72%以上\n\n73.2%\n\n增加1.2个百分点\n\n  实际管辖\n\n"
    "公共财政收入\n\n增长8%\n\n10.99亿元\n\n增长15.1%\n\n  实际管辖\n"
)


def test_a_flat_indicator_table_s_goal_column_is_the_target():
    from bot.ingest.context import flat_goal_cells

    cells = flat_goal_cells(YUECHENG)
    kinds = [cells[k] for k in sorted(cells)]
    assert kinds == [TARGET, ACTUAL, ACTUAL] * 3
    found = records(YUECHENG, "2014-04-21", ("越城区",))
    assert {one(found, v).kind for v in (9, 72, 8)} == {TARGET}


def test_a_bare_growth_goal_on_the_first_line_is_no_news_headline():
    # r425 渝中 2023 (the year's goals in large type, then news of the task breakdown)
    text = (
        "地区生产总值增长5%左右\n"
        "固定资产投资总额增长5%以上\n"
        "……\n"
        "近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》方案,共细分出171项目标任务。\n"
        "2023年区政府工作报告重点工作目标任务分解\n"
        "一、主要预期指标\n"
        "1.区级一般公共预算收入增长5%。\n"
    )
    found = records(text, "2023-03-01", ("渝中区",))
    assert [r.kind for r in found if r.value == 5 and r.cmp == ">="] == [TARGET]
    assert [r.kind for r in found if r.indicator == "地区生产总值增速"] == [TARGET]


def test_the_year_a_measure_leaves_out_is_not_its_period():
    # r422 漾濞 2023 (the report's targets for the year)
    text = (
        "2023年经济社会发展的主要预期目标建议为:地区生产总值增长8%以上;一般公共预算收入增长20%以上;"
        "一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上。"
    )
    found = records(text, "2023-01-10", ("漾濞彝族自治县",))
    assert (one(found, 3).kind, one(found, 3).period) == (TARGET, "2023")


# r408 京口 (a 1-11月 news piece: the year's roster of projects the district pushes on with, its total and its split)
JINGKOU = (
    "该区今年强力推进的45个在手、在建亿元以上优质重点产业项目,总投资达到325亿元,前11月上报完成投资62.2亿元。"
    "其中,24个在建项目推进良好,中储粮二期技改扩能、商业城升级改造等6个项目已竣工投产。"
)


def test_the_year_s_roster_named_by_what_is_pushed_on_is_the_plan():
    found = records(JINGKOU, "", ("京口区",))  # (undated, as the page is)
    assert {one(found, v).kind for v in (45, 325, 24)} == {TARGET}
    assert {one(found, v).kind for v in (62.2, 6)} == {ACTUAL}


def test_the_split_of_an_event_s_projects_named_after_a_lead_stays_done():
    # r181 天祝 2023 (news of the projects started together that day)
    text = (
        "据介绍,此次集中开工的高质量发展重大项目涵盖生态产业、民生发展、基础提升等方面,有天祝县高铁西站应急避难场"
        "等36个,总投资达52.25亿元,年内计划投资18.23亿元。其中,干渣子重点调蓄水池、石门产业园孵化基地等27个政府投资"
        "项目,总投资20.57亿元,年内计划完成投资12.75亿元;宁波欧达松山滩20万千瓦风电等9个企业投资项目,总投资31.68亿元。"
    )
    found = records(text, "2023-03-01", ("天祝藏族自治县",))
    assert {one(found, v).kind for v in (36, 27, 9)} == {ACTUAL}
