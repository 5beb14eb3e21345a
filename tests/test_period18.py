"""Periods of mid-year stories: a text that names its year only in an event's name (`2017丝博会`) is of that year,
and a site's clock above a page gives way to the page's own date. Sentences are real pages' (dev id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# dev17 r354 (商州 2017, a mid-year story): no `2017年` anywhere; the year is only in `2017丝博会`.
SHANGZHOU = (
    "本报讯(周琳)今年以来,商州区牢牢把握“稳中求进”总基调,经济总体呈平稳向好态势。截至6月底,全区生产总值完成65.22亿元,"
    "增长10.4%;固定资产投资完成69.4亿元,增长10%。\n"
    "项目建设持续加力。申报项目126个,到位资金1.3亿元;建立PPP项目库,储备项目10个,融资10亿元;"
    "2017丝博会暨21届西洽会签约项目19个,合同引资132.1亿元,到位资金30亿元。\n"
)


def test_a_year_named_only_by_an_event_opening_a_clause_dates_a_mid_year_story(tmp_path: Path) -> None:
    result = build_one(tmp_path, SHANGZHOU)
    gdp = next(r for r in result.records if r.value == 65.22)
    assert gdp.period == "2017H1"


# dev17 r351 (托里 2023): the site's clock with its weekday tops the page, above the title and the labelled date.
TUOLI = (
    "2025年05月03日 星期六 |\n\n托里县2023年上半年经济运行分析\n\n日期:2023-11-14 20:39:58 来源:托里县统计局 点击:\n\n"
    "一、经济总体情况\n\n经初步核算,上半年生产总值178461万元,同比增长3.3%。第一产业43847万元,同比增长7.5%。\n"
)


def test_a_sites_clock_with_its_weekday_gives_way_to_the_pages_labelled_date(tmp_path: Path) -> None:
    result = build_one(tmp_path, TUOLI)
    gdp = next(r for r in result.records if r.value == 178461)
    assert gdp.period == "2023H1"


# dev17 r340 (沙河 2017-02-27 work report): under `过去五年工作回顾` the last year's level is told with its average growth
# and a total over the five years.
SHAHE = (
    "沙河市政府工作报告\n——2017年2月27日在沙河市第八届人民代表大会第一次会议上\n各位代表:\n过去五年工作回顾\n"
    "过去的五年,面对错综复杂的国内外环境,全市经济社会发展再上新台阶。\n"
    "——经济综合实力显著提升。2016年,全市生产总值完成235.7亿元,年均增长7.8%;公共财政预算收入完成9.04亿元,"
    "年均增长4.8%。累计实施市级以上重点项目147个,完成投资406亿元。\n"
)


def test_an_average_or_a_total_under_a_review_of_five_years_is_over_them(tmp_path: Path) -> None:
    result = build_one(tmp_path, SHAHE)
    by_value = {r.value: r.period for r in result.records}
    assert by_value[235.7] == "2016"
    assert by_value[7.8] == "2012-2016"
    assert by_value[147] == "2012-2016"


# dev17 r343 (易门 2022-01-19, a county congress of January): the goals of `今后五年` start with the session's year.
YIMEN = (
    "| 来   源 | 玉溪网 | 公开日期 | 2022-01-19 |\n易门县第十八届人民代表大会第一次会议召开\n"
    "1月12日至16日,易门县第十八届人民代表大会第一次会议在易门会厅举行。\n张洪坤代表县人民政府向大会作政府工作报告。\n"
    "报告指出,2021年,县人民政府统筹疫情防控和经济社会发展,实现了“十四五”良好开局。\n"
    "报告提出今后五年的奋斗目标是:力争生产总值年均增长8%左右,固定资产投资年均增长9%左右,一般公共预算收入年均增长5%。\n"
)


def test_five_years_ahead_told_at_a_session_of_the_years_first_months_start_with_it(tmp_path: Path) -> None:
    result = build_one(tmp_path, YIMEN)
    by_value = {r.value: r for r in result.records}
    assert by_value[8].kind == "target"
    assert by_value[8].period == "2022-2026"
    assert by_value[9].period == "2022-2026"


# dev17 r339 (平谷 2025-05-12 news): the headline opens with `一季度`; the lines under it name no time of their own.
PINGGU = (
    "一季度平谷固投增速居全市第二\n高大尚平谷\n\n2025-05-12 16:20 语音播报\n\n城事\n\n一季度\n\n平谷区投资呈现较快增长\n\n"
    "据区统计局公布数据显示\n\n全区固定资产投资(不含农户)\n\n同比增长37.4%\n\n高技术产业投资高速增长\n\n"
    "全区高技术产业投资同比增长71.3%\n\n全区基础设施投资同比增长71.2%\n"
)


def test_a_headline_opening_with_a_part_of_the_year_dates_the_figures_under_it(tmp_path: Path) -> None:
    result = build_one(tmp_path, PINGGU)
    high_tech = next(r for r in result.records if r.value == 71.3)
    assert high_tech.period == "2025Q1"


# dev17 r346 (西安高新区 news of 2024-02-29): the lead looks back on 2023; the figures after it name no time.
XIAN_HIGH_TECH = (
    "经济向好 发展向新 民生向暖 2023年西安高新区GDP突破3300亿元大关\n\n2024-02-29 14:24:11  来源:各界新闻网\n\n"
    "  行至新一年,回看2023,奋斗创造奇迹,梦想接连实现。\n\n"
    "  这一年,西安高新区实现“四个高新”建设大跨越,强力推动经济向好、发展向新、民生向暖。\n\n"
    "  GDP同比增长8.1%,达3332.55亿元,多项指标领跑全市,经济增速居国家高新区前列。\n"
)


def test_figures_after_a_lead_looking_back_on_the_past_year_are_that_years(tmp_path: Path) -> None:
    result = build_one(tmp_path, XIAN_HIGH_TECH)
    gdp = next(r for r in result.records if r.value == 3332.55)
    assert gdp.period == "2023"


# dev17 r336 (怀远 2021, a table of the first quarter's progress): `截至2月份` opens the months so far.
HUAIYUAN = (
    "怀远县2021年度政府重点工作任务第一季度完成情况汇总表\n发布时间:2021-06-24\n"
    "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n"
    "3 社会消费品零售总额增长11%。 屈 磊 商务局 截至2月份,我县限额以上社会消费品零售额累计完成6.69亿元,同比增长40.4%。\n"
)


def test_up_to_a_month_told_with_its_fen_is_the_months_so_far(tmp_path: Path) -> None:
    result = build_one(tmp_path, HUAIYUAN)
    retail = next(r for r in result.records if r.value == 6.69)
    assert retail.period == "2021-01~2021-02"


# dev17 r336 (怀远 2021, the same table): a month's cumulative growth is over the months up to its end.
HUAIYUAN_INDUSTRY = (
    "怀远县2021年度政府重点工作任务第一季度完成情况汇总表\n发布时间:2021-06-24\n"
    "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n"
    "4 规模以上工业增加值增长10%以上。 屈 磊 经济和信息化局 规上工业增加值2月累计增速39.9%。\n"
)


def test_a_months_cumulative_figure_is_over_the_months_up_to_it(tmp_path: Path) -> None:
    result = build_one(tmp_path, HUAIYUAN_INDUSTRY)
    growth = next(r for r in result.records if r.value == 39.9)
    assert growth.period == "2021-01~2021-02"


# dev17 r338 (惠安 2002-08 interview): after the first half's figures, a brewery's output per year.
HUIAN = (
    "[2002-08-20] 惠安:闽南金三角开放县\n惠安县县长李转生\n本报记者 张锦川\n"
    "今年上半年,全县完成国内生产总值80.66亿元,增长12.7%;财政总收入4.95亿元,增长15.3%。」\n"
    "他表示:「惠泉啤酒是全国啤酒行业的十强。惠泉年产啤酒近80万吨,去年销售9.44亿元,创利税2.99亿元。」\n"
)


def test_what_is_made_in_a_year_is_no_half_years_flow(tmp_path: Path) -> None:
    result = build_one(tmp_path, HUIAN)
    by_value = {r.value: r.period for r in result.records}
    assert by_value[80.66] == "2002H1"
    assert by_value[80] == "2002"
