"""Periods of reviews over several years: averages and totals keep the years they are over, a net change and a flow
after a total are over them too, and a text's year may be the first year of the plan it sets out to reach. Sentences
are real pages' (tuning id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one, text_date

# dev17 r340 (沙河 2017-02-27 work report): the investment done after the five years' total of projects.
SHAHE = (
    "沙河市政府工作报告\n——2017年2月27日在沙河市第八届人民代表大会第一次会议上\n各位代表:\n过去五年工作回顾\n"
    "过去的五年,面对错综复杂的国内外环境,全市经济社会发展再上新台阶。\n"
    "——经济综合实力显著提升。2016年,全市生产总值完成235.7亿元,年均增长7.8%;固定资产投资完成200.2亿元,"
    "年均增长12.1%。累计实施市级以上重点项目147个,完成投资406亿元,先后建成沙河电厂一期等一批重大支撑项目。\n"
)


def test_a_flow_after_a_total_under_a_review_of_five_years_is_over_them(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, SHAHE).records}
    assert by_value[406] == "2012-2016"
    assert by_value[147] == "2012-2016"
    assert by_value[200.2] == "2016"  # the year's level, `投资完成` though it reads


# fresh14 f14_p02 (酉阳 2022-01-05 work report): a net change told beside the averages of the five years.
YOUYANG = (
    "酉阳土家族苗族自治县人民政府工作报告\n\n  2022年1月5日在县第十八届人民代表大会第一次会议上\n\n  各位代表:\n\n"
    "  一、过去五年工作回顾\n\n  县十七届人大一次会议以来,全县上下克难奋进,经济发展和社会各项事业取得新进步。\n\n"
    "  (一)回顾五年的奋进拼搏,经济实力明显增强。2021年,预计实现地区生产总值230亿元,年均增长5.4%;"
    "社会消费品零售总额达到96亿元,年均增长7.8%;市场主体升至4.9万户,净增1.5万户。\n"
)


def test_a_net_change_beside_averages_under_a_review_of_five_years_is_over_them(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, YOUYANG).records}
    assert by_value[1.5] == "2017-2021"
    assert by_value[4.9] == "2021"


# fresh17 f17_p14 (三门 十四五 plan): the plan before reviewed, its last year's levels told with their averages.
SANMEN = (
    "《三门县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》\n"
    "(一)高水平全面建成小康社会取得决定性成就\n"
    "“十三五”时期,在县委、县政府正确领导下,全县上下扎实推进各项建设,高水平全面建成小康社会取得决定性成就。\n"
    "综合实力实现跨越发展。2020年,全县地区生产总值达到273.4亿元,年均增长8.4%。人均GDP达61184元,年均增长8.1%。"
    "社会消费品零售总额跃上百亿台阶,外贸以10.5%的平均增速快速增长。\n"
)


def test_an_average_up_to_a_plans_last_year_is_over_the_plans_years(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, SANMEN).records}
    assert by_value[273.4] == "2020"
    assert by_value[8.4] == "2016-2020"
    assert by_value[8.1] == "2016-2020"
    assert by_value[10.5] == "2016-2020"  # `以10.5%的平均增速`: an average told after its figure


# dev17 r350 (汉寿 十四五 plan, 2022 update): an average after the paragraph's span, naming no time of its own.
HANSHOU = (
    "常德市汉寿县国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n第一节 发展基础\n"
    "“十三五”时期,全县经济平稳健康发展。(下文中涉及2020年数据均为预计数)\n"
    "2015年地区生产总值为217.3亿元,2016-2020年,全县地区生产总值分别为245.95亿元、279.71亿元、297.73亿元、"
    "303.08亿元、316.3亿元,年均增速为7.6%,地区生产总值登上300亿元台阶。全社会固定资产投资年均增速达17.3%;"
    "全社会消费品零售总额由2015年66.1亿元增加至2020年的119.3亿元,年均增长12.5%。\n"
)


def test_an_average_after_the_paragraphs_span_of_years_is_over_it(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, HANSHOU).records}
    assert by_value[7.6] == "2016-2020"
    assert by_value[17.3] == "2016-2020"


# fresh13 f13_p14 (博罗 2021-11-17 news of the county congress): `五年共…` sums the five years before the text's.
BOLUO = (
    "未來五年 博羅以高質量發展謀千億大縣\n\n責任編輯:郭昕玥 2021-11-17 15:39:47 來源:香港商報網\n\n"
    "    11月16日,博羅縣第十七屆人民代表大會第一次會議開幕。\n \n"
    "    五年來,該縣矢志踐行新發展理念,經濟綜合實力更加強勁,2020年達到619.04億元。\n \n"
    "    五年共實施縣重點項目349宗,累計完成投資398.13億元;引進項目252宗,計劃總投資1598.77億元。\n"
)


def test_what_five_years_summed_and_the_total_of_what_they_counted_is_over_them(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, BOLUO).records}
    assert by_value[349] == "2016-2020"
    assert by_value[398.13] == "2016-2020"
    assert by_value[252] == "2016-2020"
    assert by_value[1598.77] == "2016-2020"


# fresh18 f18_p01 (龙潭 2011, an undated interview): this year's goals are those of the plan's first year.
LONGTAN = (
    "市委中心组(扩大)第一次学习会提出要强力实施五大攻坚,高标准完成今年经济运行目标任务,夯实发展基础。近日,龙潭区委副书记、"
    "区长魏连章在接受记者专访时表示,龙潭区将全力打好“五大”攻坚战,确保实现“十二五”开局之年的各项发展目标。\n"
    "要围绕产业发展抓好项目建设。今年,龙潭区列入市20项重大产业工程项目有8项。\n"
)


def test_a_text_setting_out_to_reach_a_plans_first_years_goals_is_of_that_year() -> None:
    assert text_date(LONGTAN) == "2011"


# dev17 r336 (怀远 2021, a task table's first-quarter report, its cells joined with spaces): each row's task is the
# year's target.
HUAIYUAN = (
    "【年度重点任务分解及完成情况】怀远县2021年度政府重点工作任务第一季度完成情况汇总表\n"
    "发布时间:2021-06-24 | 发布者: 东东工作室 | 浏览次数: 次怀远县2021年度政府重点工作任务第一季度完成情况汇总表\n"
    "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n"
    "1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中\n"
    "2 固定资产投资增长10%。 路 军 发展改革委 1-2月份,我县完成固定资产投资18.6亿元,增速23.6%,全市排名第七,"
    "3月份当月,我县计划上报投资22.8亿元,一季度预计增速9.8%。\n"
    "3 社会消费品零售总额增长11%。 屈 磊 商务局 截至2月份,我县限额以上社会消费品零售额累计完成6.69亿元,同比增长40.4%,"
    "预计1-3月社会消费品零售额累计完成65.1亿元,同比增长35.7%。\n"
)


def test_a_space_joined_task_tables_tasks_are_the_years_targets(tmp_path: Path) -> None:
    by_value = {r.value: r for r in build_one(tmp_path, HUAIYUAN).records}
    assert (by_value[9].kind, by_value[9].period) == ("target", "2021")
    assert (by_value[11].kind, by_value[11].period) == ("target", "2021")
    assert by_value[9.8].period == "2021Q1"  # `一季度` stays the quarter


def test_a_literal_one_to_three_months_is_a_span_of_months(tmp_path: Path) -> None:
    by_value = {r.value: r for r in build_one(tmp_path, HUAIYUAN).records}
    assert by_value[65.1].period == "2021-01~2021-03"
    assert by_value[18.6].period == "2021-01~2021-02"


# fresh18 f18_p17 (洞头 2023-08-30, a plan of 2023-2027): the goals listed after a paragraph of 2027's goals.
DONGTOU = (
    "温州市洞头区人民政府\n2023年8月30日\n洞头区大力提升科技创新能力\n全面落实融入省“315”科技创新体系建设工程实施方案(2023-2027年)\n"
    "一、总体要求\n以习近平新时代中国特色社会主义思想为指导,促进全域科技创新能力提升。\n"
    "到2027年,力争全社会研究与试验发展(R&D)经费支出占地区生产总值比重3.4%以上,达到全市前列。\n"
    "——高能级平台体系加快完善。不断加快技术创新体系建设,争取建成省级重点企业研究院1家,市级重点实验室1家,新型研发机构1家。\n"
)


def test_goals_listed_after_a_paragraph_of_a_later_years_goals_are_of_that_year(tmp_path: Path) -> None:
    found = build_one(tmp_path, DONGTOU).records
    assert {r.period for r in found if r.value == 1} == {"2027"}
    assert next(r for r in found if r.value == 3.4).period == "2027"


# fresh18 f18_p02 (金普新区 2025-03-27 news): a dateline with no year, the year named only in the rally's name.
JINPU = (
    "大连金普新区:36个项目集中签约投资总额147亿元\n"
    "3月27日,大连金普新区举行冲刺2025全年目标动员大会暨一季度招商项目集中签约仪式,仪式上36个项目集中签约,投资总额147亿元。\n"
    "仪式上,通报了一季度经济社会发展情况。一是经济总量实现新提升。一季度,新区地区生产总值预计增长6.5%;"
    "固定资产投资完成65亿元,同比增长5.3%。\n"
)


def test_a_rally_for_a_years_goals_dates_an_undated_story_and_states_no_intent(tmp_path: Path) -> None:
    assert text_date(JINPU) == "2025-03-27"
    found = build_one(tmp_path, JINPU).records
    assert {(r.kind, r.period) for r in found if r.value in (36, 147)} == {("actual", "2025")}
    assert {r.period for r in found if r.value in (6.5, 65, 5.3)} == {"2025Q1"}


# dev17 r354 (商州 2017, a mid-year story): the year's plan opens a sentence that then reports progress on it.
SHANGZHOU_PLAN = (
    "本报讯(周琳)今年以来,商州区经济总体呈平稳向好态势。截至6月底,全区生产总值完成65.22亿元,增长10.4%。\n"
    "项目建设持续加力。申报项目126个,到位资金1.3亿元;2017丝博会暨21届西洽会签约项目19个,合同引资132.1亿元。"
    "全年计划建设161个区级重点项目,开工在建157个,开工率98.13%,完成投资72.09亿元,"
    "占年度投资任务的53.3%。列入市级计划的28个项目,全部开工在建,完成投资41.34亿元,占年度任务的55%。\n"
)


def test_progress_told_after_the_years_plan_opening_a_sentence_is_of_the_part_gone_by(tmp_path: Path) -> None:
    by_value = {r.value: r for r in build_one(tmp_path, SHANGZHOU_PLAN).records}
    assert (by_value[161].kind, by_value[161].period) == ("target", "2017")
    for value in (157, 98.13, 72.09, 53.3):
        assert (by_value[value].kind, by_value[value].period) == ("actual", "2017H1"), value
