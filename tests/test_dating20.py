"""The document's own date and the periods that hang on it: a goal's year written with spaces is no present year,
a plan named in brackets after a year only restates it, a page posted years after the part-year report it tells of
is of that report's year, a scrape's glued `20251-3月`, a streak of quarters. Sentences are real pages' (tuning id in
a comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.normalize import normalize
from bot.ingest.time import period_of
from tests.ingest_helpers import build_one, text_date

# dev18 r362 (邳州, an undated story in traditional script): goals `计划至 2025 年(“十四五”末)` with spaces.
PIZHOU = (
    "在11月9日舉行的徐州市第20屆投資洽談會上,邳州市共簽約項目10個,總投資372.9億元人民幣。\n"
    "南京中電熊貓信息產業集團總經理陳寬義表示,公司計劃至 2020 年(“十三五”末),初步完成“智能小鎮”智能生態基礎建設;"
    "計劃至 2025 年(“十四五”末),初步實現“智能小鎮”產城融合,形成智慧新城的百個創新成果和千億產值目標。\n"
)


def test_a_goals_year_written_with_spaces_does_not_date_the_text(tmp_path: Path) -> None:
    assert text_date(PIZHOU) == ""
    by_value = {r.value: r.period for r in build_one(tmp_path, PIZHOU).records}
    assert by_value[10] == ""
    assert by_value[372.9] == ""


def test_a_plan_named_in_brackets_after_a_year_does_not_place_the_text_between_plans() -> None:
    assert text_date("十一五期间,全县生产总值年均增长12%。展望十二五,全县上下信心百倍。") == "2011"
    assert text_date("计划至2020年(“十三五”末)建成,计划至2025年(“十四五”末)全面投产。") == ""


# dev18 r369 (肃北): a 2012 report on the first three quarters, posted in 2015.
SUBEI = (
    "肃北 听取审议前三季度国民经济和社会发展情况报告\n稿件来源:人民之声报 发布时间:2015-01-22 13:12:18\n"
    "近日,甘肃省肃北蒙古族自治县十七届人大常委会第七次会议听取审议县人民政府2012年前三季度国民经济和社会发展情况的报告。"
    "会议认为,前三季度全县生产总值实现28.49亿元,同比增长22.51%,完成年计划的84.27%;完成财政收入4.15亿元。\n"
)


def test_a_part_year_report_posted_years_later_is_of_its_own_year(tmp_path: Path) -> None:
    assert text_date(SUBEI) == "2012"
    by_value = {r.value: r.period for r in build_one(tmp_path, SUBEI).records}
    assert by_value[28.49] == "2012-01~2012-09"
    assert by_value[4.15] == "2012-01~2012-09"


def test_a_page_posted_the_year_after_a_part_year_report_keeps_its_own_date() -> None:
    text = "发布时间:2013-01-22 13:12:18\n会议听取审议县人民政府2012年前三季度国民经济和社会发展情况的报告。"
    assert text_date(text) == "2013-01-22"


# dev18 r367 (莎车 2025 1-3月 report): the scrape lost the `年` between the year and its months.
SHACHE = (
    "莎车县2025年1-3月经济运行情况\n\n来源:莎车县统计局 发布日期:2025-04-25 18:37\n\n一、经济指标完成情况\n\n"
    "20251-3月,全县实现生产总值420880万元,同比增长3.3%。\n"
)


def test_a_year_glued_to_its_months_so_far_is_the_span_of_months(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, SHACHE).records}
    assert by_value[420880] == "2025-01~2025-03"
    assert by_value[3.3] == "2025-01~2025-03"


# dev18 r371 (灵武 2023 news): a streak of quarters up to the end of the sentence's months.
LINGWU = (
    "2023年1-9月,灵武市完成地区生产总值553.7亿元、同比增长9.6%,市属规模以上工业增加值同比增长39%,"
    "经济综合发展指数排名连续七个季度居银川第一"
)


def test_a_streak_of_quarters_runs_back_from_the_end_of_the_sentences_months() -> None:
    assert period_of(LINGWU, 2023) == "2022-01~2023-09"
    assert period_of("2024年上半年,全县经济总量连续3个季度居全市第一", 2024) == "2023-10~2024-06"
    assert period_of("经济总量连续3个季度居全市第一", 2024) is None  # (no part of a year to end at)


# fresh19 f19_p11 (镶黄旗 news): a site's stamp with a two-digit year over a story that tells the year before.
XIANGHUANG = (
    "镶黄旗牧民人均收入节节攀高\n内蒙古新闻网  15-10-13 18:26 打印本页 来源: 锡林郭勒日报  \n\n"
    "  该旗牧民人均收入节节攀高、已连续多年保持两位数增长势头。2014年,牧区常住居民人均可支配收入10382元,增长12.5%,"
    "大灾之年仍然保持了良好的发展势头。\n\n"
    "  该旗积极向畜牧业内部挖掘潜力,鼓励牧民大力发展现代畜牧业和生态养殖,年内争取10万只察哈尔羊肉加工厂投产。\n"
)


def test_a_site_stamp_with_a_two_digit_year_dates_the_text(tmp_path: Path) -> None:
    assert text_date(XIANGHUANG) == "2015-10-13"
    by_value = {r.value: r.period for r in build_one(tmp_path, XIANGHUANG).records}
    assert by_value[10382] == "2014"
    assert by_value[10] == "2015"  # `年内`: the year the page is of


def test_a_two_digit_stamp_gives_way_to_a_later_year_named() -> None:
    assert text_date("新闻网  15-10-13 18:26\n2016年,全县地区生产总值完成100亿元。") != "2015-10-13"


# fresh19 f19_p07 (寿光 2023 plan): a scrape whose line breaks became runs of spaces; its review of 2022 heads a part.
SHOUGUANG = (
    "(已废止)寿光市人民政府关于下达寿光市2023年国民经济和社会发展计划的通知\n\n"
    "各镇人民政府、街道办事处,政府各部门、单位:   《寿光市2023年国民经济和社会发展计划》已经第十八届人民代表大会第二次会议"
    "审议通过,现印发给你们,请认真贯彻执行。    寿光市人民政府   2023年4月7日   (此件公开发布)   "
    "寿光市2023年国民经济和社会发展计划   一、2022年国民经济和社会发展计划执行情况   2022年,寿光市认真贯彻党的十九大、"
    "二十大精神,经济社会保持了稳健发展态势。地区生产总值首次突破千亿元大关,达到1002.1亿元,同比增长4%;"
    "完成一般公共预算收入98.3亿元;银行机构存款余额1578.7亿元,是全省存款最多的县。   (一)深入实施动能转换,"
    "产业强市建设取得新突破。34个项目列入省市重大重点项目,争取上级政策支持。58个重点项目完成投资180亿元。\n"
)


def test_a_part_heading_after_a_run_of_spaces_heads_its_part(tmp_path: Path) -> None:
    assert "\n一、2022年国民经济和社会发展计划执行情况" in normalize(SHOUGUANG).text
    assert len(normalize(SHOUGUANG).text) == len(SHOUGUANG)  # (offsets unchanged)
    found = {r.value: r for r in build_one(tmp_path, SHOUGUANG).records}
    for value in (1002.1, 98.3, 1578.7, 34, 180):
        assert (found[value].period, found[value].kind) == ("2022", "actual"), value


def test_a_numbered_clause_inside_a_sentence_opens_no_line() -> None:
    text = "全县完成以下任务:   一、新建道路5公里;二、改造管网3公里。"
    assert normalize(text).text == text


# fresh15 f15_p13 (大宁 2025): the projects a quarter started together, counted over the quarter.
DANING = (
    "临汾新闻网讯 3月18日,大宁县举行2025年重点项目集中开复工活动,全面吹响2025年项目建设“冲锋号”。\n"
    "据了解,本次集中开复工项目涵盖基础设施建设、产业发展、民生工程等多个领域,一季度集中开复工项目26个,"
    "总投资达137.9亿元,将为全县的经济发展注入强劲动能。\n"
)
# dev r181 (天祝 2023): the quarter names the batch, an event of the year.
TIANZHU = (
    "甘肃天祝36个重大工程吹响集中开建冲锋号\n"
    "2023年5月25日,甘肃天祝2023年第二季度36个工程集中开建,总投资52.25亿元,其中亿元以上项目13项。\n"
)


def test_a_quarters_tally_of_projects_started_together_is_of_the_quarter(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, DANING).records}
    assert by_value[26] == "2025Q1"
    assert by_value[137.9] == "2025Q1"


def test_a_batch_the_quarter_names_stays_an_event_of_the_year(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, TIANZHU).records}
    assert by_value[36] == "2023"
    assert by_value[52.25] == "2023"


# fresh18 f18_p06 (靖江 2023): a list published at a summit named by its year, over a review of the year before.
JINGJIANG = (
    "近日,壹城经济咨询中心在2023中国财富峰会上发布《中国县域高质量发展报告2023》,发布了2023全国县域高质量发展百强榜单,"
    "靖江排名全国第29位,比去年前进一位。\n"
    "2022年,我市咬定目标、克难奋进,紧抓经济建设中心,全力推进高质量发展,奋力夺取了泰州市综合考核“第一等次”第一名。\n"
    "今年以来,我市全力以赴抓经济、谋发展,顺利实现良好开局,多项主要经济指标增速继续位居泰州第一。\n"
)


def test_an_event_held_or_a_list_published_under_its_year_dates_the_text(tmp_path: Path) -> None:
    assert text_date(JINGJIANG) == "2023"
    found = build_one(tmp_path, JINGJIANG).records
    assert {r.period for r in found if r.value == 1 and "泰州" in r.indicator} == {"2023"}


def test_an_event_ahead_does_not_date_the_text() -> None:
    assert text_date("2022年,全县地区生产总值完成120亿元。全县将组团参加2024中国国际进口博览会。") != "2024"
