"""Periods and kinds found on fresh14's pages (period11): the sentences are the pages' own."""

from __future__ import annotations

from bot.ingest.time import told_as_standing
from tests.ingest_helpers import one, records, text_date

# http://m.nicastaneda.com/ztbd/2013-02-21/13614097756283.html (府谷 2012, traditional): a year's results with no
# report or plan structure; its only year words are `全年` (f14_p06)
_YEAR_RESULTS = (
    "2012年,府谷縣緊緊圍繞“幸福府谷”建設目標,堅持科學發展,凝心聚力謀發展,腳踏實地惠民生,"
    "全縣經濟社會事業發展勢頭強勁,全年實現地區生產總值450億元,縣域綜合實力上升到全國百強縣第67位。\n"
    "經濟發展穩中有進。全年實現地區生產總值450億元,完成固定資產投資335億元、財政總收入85.95億元,"
    "城鎮居民人均可支配收入和農民人均純收入分別達到28800元和11400元。\n"
    "三農工作成效卓著。規劃建設了4個現代農業園區,形成近30個現代農業小區。全年完成糧食播種面積46萬畝,"
    "糧食產量6.84萬噸。\n"
)


def test_a_year_s_results_told_with_only_its_own_year_words_are_outcomes() -> None:
    found = records(_YEAR_RESULTS, date="2013-02-21", places=("府谷县",))
    assert {r.kind for r in found} == {"actual"}
    assert (one(found, 335).kind, one(found, 335).period) == ("actual", "2012")
    assert one(found, 46).kind == "actual"


# https://shandong-chorography.org/database/d00/section/25/article/331/ (平原 yearbook entry, no year): `年末` and
# `全年` open a year's accounts (f14_p07)
_YEARBOOK = (
    "政区 人口 全县总面积1047平方公里。年末全县总人口46.18万人,其中城镇人口11.08万人。\n"
    "经济概况 全年实现生产总值132.39亿元,按可比价格计算,比上年增长12.4%。\n"
    "农业 全年农林牧渔业实现总产值42.18亿元,比上年增长8.1%。全年完成造林面积1889公顷。\n"
)


def test_a_yearbook_entry_s_year_words_are_no_targets() -> None:
    found = records(_YEARBOOK, places=("平原县",))
    assert one(found, 132.39).kind == "actual"
    assert one(found, 1889).kind == "actual"


def test_a_year_word_beside_a_word_of_intent_still_sets_a_target() -> None:
    text = "2024年,力争全年实现地区生产总值450亿元,全年完成固定资产投资335亿元。\n"
    found = records(text, date="2024-02", places=("府谷县",))
    assert one(found, 450).kind == "target"


# http://www.o2omarket.net.cn/h-pd-8731.html (泰和 profile, an encyclopedia's text with reference marks; f14_p09)
def test_a_reference_mark_does_not_hide_the_year_a_sentence_opens_with() -> None:
    text = (
        "[1] 2021年,泰和县实现地区生产总值235.28亿元,增长9.2%;财政总收入28.38亿元,增长13.4%,"
        "一般公共预算收入15.75亿元。\n"
    )
    found = records(text, places=("泰和县",))
    assert one(found, 28.38).period == "2021"
    assert one(found, 15.75).period == "2021"


def test_a_year_after_a_place_and_its_zone_opens_the_sentence() -> None:
    text = (
        "泰和县龙江新区2020年,泰和县实现生产总值202.37亿元,按可比价格计算,同比增长3.9%。"
        "分产业看,第一产业增加值27.96亿元,同比增长2.0%;第二产业增加值93.44亿元,同比增长4.9%。\n"
    )
    found = records(text, places=("泰和县",))
    assert one(found, 27.96).period == "2020"
    assert one(found, 93.44).period == "2020"


# https://edutainingadventures.com/bxn/3484.html (永川 2022 work report, r273): a review of five years its heading
# does not name, whose paragraph opens `过去五年,` (no `来`)
_FIVE_YEARS_PAST = (
    "一、过去五年工作回顾\n"
    "过去五年,是永川推动发展取得重大进展的五年。全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元,"
    "年均增长8.7%。规上工业总产值从742亿元增加到1550.2亿元,年均增长15.3%。五年累计完成固定资产投资2413.8亿元,"
    "年均增长10.1%。\n"
)


def test_a_paragraph_opening_with_the_past_five_years_dates_its_totals_and_changes() -> None:
    found = records(_FIVE_YEARS_PAST, date="2022-01-08", places=("永川区",))
    assert one(found, 2413.8).period == "2017-2021"
    assert (one(found, 742).period, one(found, 1550.2).period) == ("2016", "2021")


# http://bjlywyzs.com/art/2012/2/20/art_1229167325_1394011.html (余杭 2012 work report, traditional, r268)
def test_an_average_over_five_years_told_first_holds_for_the_paragraph_s_later_averages() -> None:
    text = (
        "過去五年工作回顧\n"
        "經濟總量再上臺階。據初步核算,2011年全區生產總值完成738.2億元,五年年均增長11.8%,人均生產總值達到13036美元。"
        "完成財政總收入150億元,其中地方財政收入95.6億元,年均分別增長24.5%和28.3%。"
        "第三產業增加值達到307.2億元,年均增長16%。\n"
    )
    found = records(text, date="2012-02-12", places=("余杭区",))
    assert one(found, 11.8).period == "2007-2011"
    assert (one(found, 24.5).period, one(found, 28.3).period) == ("2007-2011", "2007-2011")
    assert one(found, 16).period == "2007-2011"
    assert one(found, 150).period == "2011"


# https://edutainingadventures.com/bxn/3541.html (酉阳 2022 work report, f14_p02): `回顾五年的…` opens a paragraph
_LOOKING_BACK_FIVE = (
    "一、过去五年工作回顾\n"
    "(一)回顾五年的奋进拼搏,经济实力明显增强。2021年,预计实现地区生产总值230亿元,年均增长5.4%;"
    "社会消费品零售总额达到96亿元,年均增长7.8%。\n"
    "(二)回顾五年的埋头苦干,三大攻坚圆满收官。投入各类资金81亿元,行路难、吃水难问题得到历史性解决。"
    "130个贫困村全部出列。实施水土流失综合治理31.3平方公里。\n"
)


def test_a_paragraph_looking_back_over_five_years_dates_its_figures_over_them() -> None:
    found = records(_LOOKING_BACK_FIVE, date="2022-01-05", places=("酉阳土家族苗族自治县",))
    assert (one(found, 230).period, one(found, 5.4).period) == ("2021", "2017-2021")
    assert one(found, 81).period == "2017-2021"
    assert one(found, 130).period == "2017-2021"


# https://gzdaily.dayoo.com/pc/html/2021-02/08/content_875_744899.htm (金湾 2021 news of a work report, f14_p16:
# a newspaper page whose text names no year)
def test_a_report_standing_at_a_plan_s_opening_year_is_of_that_year() -> None:
    text = (
        "2月6日,珠海市金湾区第四届人民代表大会第八次会议召开,区长赵伟媛向大会作政府工作报告。"
        "站在“十四五”开局之年的新征程起点上,报告展露了对未来金湾区发展规划的思路。\n"
        "今年全区经济社会发展的主要预期目标是:地区生产总值增长7%以上;规模以上工业增加值增长8%;城镇新增就业4500人。\n"
    )
    assert text_date(text) == "2021"
    found = records(text, places=("金湾区",))
    assert (one(found, 4500).kind, one(found, 4500).period) == ("target", "2021")


# http://m.sznew888.cn/content/2016-05/08/content_188789.htm (长洲 2016, projects to the end of March; f14_p19)
def test_a_share_of_the_year_s_planned_total_is_the_months_progress() -> None:
    text = (
        "该区2016年重点开竣工项目38项,总投资421080.8万元,年度计划投资260830.8万元。截至3月底,38个项目累计完成投资"
        "86422.8万元,约占年度计划投资总额33.13%,超均衡进度约8个百分点。\n"
    )
    found = records(text, date="2016-05-08", places=("长洲区",))
    assert one(found, 33.13).period == "2016Q1"
    assert one(found, 8).period == "2016Q1"


# r264 肥西 2020 1-7月 economy report (traditional): a month compared with is the base, not the figure's month
def test_a_single_month_compared_with_is_no_period_of_the_change() -> None:
    text = (
        "從增長面看,7月當月,全縣404戶規上工業企業中有245戶企業產值同比實現增長,增長面達60.7%,"
        "較3月當月(34.6%)提高26.1個百分點,較上年同期(47.3%)提高13.4個百分點。\n"
    )
    found = records(text, date="2020-08-20", places=("肥西县",))
    assert (one(found, 26.1).period, one(found, 13.4).period) == ("2020-07", "2020-07")


# https://gx.cri.cn/n/20201109/e8a4ded7-781f-2b7e-4417-3c1d82b8af32.html (r282 南宁高新区 2020 news): a stock counted
# after `;` stands as told, for the year, whatever the clause before measures (progress toward the year's task); in
# the build, 351 and 18 moved from 2020H1 to 2020
def test_a_stock_told_after_a_clause_of_progress_stands_as_told() -> None:
    text = (
        "高新区目前已引进广西珞桂节能环保研究院、南宁轨道交通技术产业研究院等15家新型产业技术研究机构,完成全年目标任务75%;"
        "现有已备案的高新技术企业共351家,已入库培育的自治区级瞪羚企业达18家,占南宁市(36家)的50%。"
    )
    assert told_as_standing(text, text.index("351"))
    assert not told_as_standing(text, text.index("15家"))
