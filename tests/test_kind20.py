"""Target or achieved: words of the present (`如今`), honours won (`夺取了`), a year's results handed in as its answer
sheet, policy support won, and a roster whose clause goes on to what of it was started. Sentences are real pages'
(tuning id in a comment)."""

from __future__ import annotations

from bot.ingest.kind import figure_kind
from bot.ingest.numbers import Quantity
from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# dev13 r252 (盐池 2022 news of the sheep industry): a standing figure told `如今`, in a piece that looks ahead too.
YANCHI = (
    "盐池滩羊产业走向高端\n"
    "盐池县将继续打造“盐池滩羊”产业高端化示范基地,力争全产业链产值突破150亿元。\n"
    "如今,遍布于全县的300多万只滩羊创造着巨大财富,构建起了滩羊种质资源保护、种公羊繁育全产业链发展模式。\n"
)


def test_a_figure_told_as_it_stands_now_is_achieved() -> None:
    found = records(YANCHI, "2022-09-20", ("盐池县",))
    assert one(found, 300).kind == "actual"
    assert one(found, 150).kind == "target"


# fresh18 f18_p06 (靖江 2023 news): a rank the city won, told with `夺取了` after the goals it kept to.
JINGJIANG = (
    "近日,壹城经济咨询中心在2023中国财富峰会上发布《中国县域高质量发展报告2023》,发布了2023全国县域高质量发展百强榜单,"
    "靖江排名全国第29位,比去年前进一位。\n"
    "2022年,我市咬定目标、克难奋进,紧抓经济建设中心,全力推进高质量发展,坚决扛起现代化建设“东线第一帆”的使命担当,"
    "全市经济社会多项指标领跑泰州,再度获评了全省高质量发展先进市,奋力夺取了泰州市综合考核“第一等次”第一名。\n"
    "今年以来,我市全力以赴抓经济、谋发展,顺利实现良好开局。站在新的发展起点上,靖江将深入践行“四敢”重大要求,"
    "牢牢站稳高质量发展全省第一方阵。\n"
)


def test_a_rank_won_is_achieved() -> None:
    found = records(JINGJIANG, "2022", ("靖江市",))
    assert one(found, 1).kind == "actual"


# fresh19 f19_p01 (沭阳, news early in 2024 of the 2023 results): the lead's figures, then `亮出2023年度工业经济答卷`.
SHUYANG = (
    "沭阳经开区工业开票连年攀升,排名苏北县级园区第一,预计实现工业开票798亿元,桑墟、贤官工业开票销售收入先后突破百亿"
    "元……近日,宿迁市沭阳县亮出2023年度工业经济答卷。\n"
    "“深入开展‘制造业扩量提质年’活动,实施千企升级,年内工业开票销售突破2000亿元。”沭阳县委副书记、县长王瑞说。\n"
)


def test_the_figures_of_a_years_answer_sheet_are_its_results() -> None:
    found = records(SHUYANG, "2023", ("沭阳县",))
    assert one(found, 798).kind == "actual"
    assert one(found, 798).period == "2023"
    assert one(found, 100).kind == "actual"


# fresh19 f19_p07 (寿光 2023 plan, its review of 2022): projects listed, then the support won for them; the clause
# after is no intent of the count's (a clause that sets a goal still is).
PROJECTS_LISTED = "34个项目列入省市重大重点项目,"


def test_policy_support_won_is_no_intent() -> None:
    q = Quantity(0, 3, 34.0, "个", "=", 0, 2)
    assert figure_kind("", PROJECTS_LISTED + "争取上级政策支持", ACTUAL, q) == ACTUAL
    assert figure_kind("", PROJECTS_LISTED + "争取全部开工", ACTUAL, q) == TARGET


# dev18 r365 (吉安 一季度 news): the year's roster of projects, then how many of it have started.
JIAN = (
    "吉安县一季度项目建设提速\n"
    "一季度,全县26个重点工业项目已开工建设17个,开工率为65%;VR智慧屏、伊戈尔磁电等8个总投资127亿元项目开工建设。\n"
)


def test_a_roster_then_how_many_of_it_started_is_the_roster_set() -> None:
    found = records(JIAN, "2022-04-10", ("吉安县",))
    assert one(found, 26).kind == "target"
    assert one(found, 17).kind == "actual"


# fresh19 f19_p02 (抚松, an undated feature on the ginseng market, with the year's forecast before): a market open all
# year round (`全年无休`) names no year to reach, and the role its figures say it played (`发挥了重大作用`) is done.
FUSONG = (
    "长白山人参市场不仅是亚洲最大的人参交易集散地,预计今年的人参产业产值可达到550亿元。未来,吉林省人参产值可望突破"
    "1200亿元。\n"
    "市场全年无休,鲜参年交易额近60亿元,年客流量达500万人次,解决就业达5万人,对推动区域经济发展发挥了重大作用。\n"
)


def test_a_markets_figures_told_with_the_role_it_played_are_achieved() -> None:
    found = records(FUSONG, "2019", ("抚松县",))
    assert one(found, 60).kind == "actual"
    assert one(found, 500).kind == "actual"
    assert one(found, 550).kind == "target"


# dev17 r353 (三穗, undated news with a year's estimate further on): the news's day, then its source, then how things
# stand (`3月18日,记者从相关部门获悉,…`).
SANSUI = (
    "三穗县:工业不断优化升级 经济发展动能增强\n"
    "3月18日,记者从相关部门获悉,三穗县工业经济不断优化升级,外向型经济势头良好,经济开发区承载能力不断增强,"
    "全县高效企业达4家,工业动能后劲不断增强。\n"
    "据悉,三穗县抢抓政策机遇,推动全县开放型经济高质量发展。2023年,三穗县外贸经济取得长足进展,外贸进出口总额预计达"
    "1.17亿元。\n"
)


def test_a_fact_a_reporter_learned_on_the_day_of_the_news_is_achieved() -> None:
    found = records(SANSUI, "2024", ("三穗县",))
    assert one(found, 4).kind == "actual"


# fresh18 f18_p08 (临安 2022 民生实事 progress table to September): the table's last row, cut short after its report
# cell where the text ends, is a task and the report on it as the rows above are.
LINAN = (
    "2022年区政府民生实事项目进展情况表(截至9月底)\n"
    "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
    "4 | 新建成保障性住房1700套。 | 新建成保障性住房共2处合计1721套。 | 住建局 |\n"
    "综合改造提升老旧街区100万平方米。 | 综合改造提升老旧街区108万平方米。 | ||\n"
    "打通城市断头路6条。 | 新建城北支路三道路、星港路跨苕溪桥和白泥路等7处路桥。 \n"
)


def test_a_tables_last_row_cut_short_is_a_task_and_its_report() -> None:
    found = records(LINAN, "2022-11-03", ("临安区",))
    assert (one(found, 6).kind, one(found, 6).period) == ("target", "2022")
    assert one(found, 7).kind == "actual"
    assert one(found, 100).kind == "target"


# dev5 r61 (前湾新区 2024-04, its 2023 work and the plan's mid-term review): the indicators the review counts, one
# count forecast (`20项预计如期完成`) and the next told as it stands, short of what was expected (`不达预期`, as
# `超预期因素`, `符合预期`: no plan word).
QIANWAN = (
    "2024年工作计划\n"
    "一、2023年主要工作\n"
    "二是完成《杭州湾新区“十四五”规划纲要》中期评估,各项目标指标和主要任务进展总体顺利,30项发展指标中,6项可提前完成,"
    "20项预计如期完成,GDP年均增长率、服务业增加值年均增长率等3项指标不达预期。\n"
)


def test_a_count_short_of_what_was_expected_after_a_forecast_one_is_achieved() -> None:
    found = records(QIANWAN, "2024-04-28", ("宁波前湾新区",))
    assert one(found, 3).kind == "actual"


# fresh15 f15_p05 (荔城 2023 estimates against the year's plan): a note that a part fell short of what was expected
# (`未达预期`) sets no target for the growth told after it.
LICHENG = (
    "第三产业增加值294亿元,完成年计划330亿元的89.1%(主要是限上批发零售业销售额、商品房销售面积未达预期),增长"
)


def test_a_note_of_falling_short_of_what_was_expected_is_no_plan() -> None:
    assert figure_kind(LICHENG, "6.3%", "", Quantity(0, 4, 6.3, "%", "=", 0, 3)) != TARGET
