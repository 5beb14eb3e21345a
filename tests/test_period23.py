"""A work report read to its congress, its title and dateline cut off: the session reviews the year before its own, so
the text is dated the year after the latest year it tells as done."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# r340 沙河 (2017-02-27), from its address on: `过去的五年` are 2012-2016, its last year told whole.
_SHAHE = (
    "各位代表:\n现在,我代表沙河市人民政府向大会报告政府工作,请予审议,并请市政协委员和列席会议的同志提出意见。\n"
    "过去五年工作回顾\n过去的五年,面对错综复杂的国内外环境和艰巨繁重的改革发展任务,我们紧紧依靠全市人民,"
    "全市经济社会发展再上新台阶。\n"
    "——经济综合实力显著提升。2016年,全市生产总值完成235.7亿元,年均增长7.8%;公共财政预算收入完成9.04亿元,"
    "年均增长4.8%。累计实施市级以上重点项目147个,完成投资406亿元。\n"
)

# r403 天长 (2016-01-29), from its address on: a heading reviews 2015's work.
_TIANCHANG = (
    "各位代表:\n\n现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n\n"
    "一、“十二五”发展回顾和2015年工作情况\n\n"
    "“十二五”时期是天长发展很不平凡、卓有成效的五年。\n\n"
    "五年来,综合实力显著增强。初步测算,全市地区生产总值年均增长13.1%;人均生产总值达到46271元,"
    "是“十一五”末的2倍。\n"
)


def test_a_congress_report_without_its_title_is_of_the_year_after_the_one_it_tells_as_done():
    assert text_date(_SHAHE) == "2017-01"
    found = records(_SHAHE, places=("沙河市",))
    assert one(found, 235.7).period == "2016"
    # the five years looked back on end with the year reviewed, not the year before it
    assert one(found, 7.8).period == "2012-2016"
    assert one(found, 147).period == "2012-2016"


def test_a_heading_naming_the_year_s_work_reviewed_dates_the_report_the_year_after():
    assert text_date(_TIANCHANG) == "2016-01"
    found = records(_TIANCHANG, places=("天长市",))
    assert one(found, 13.1).period == "2011-2015"


def test_a_report_of_a_year_under_way_keeps_that_year():
    # a report that tells part of its year gone by is of that year (a mid-year report to the congress's standing
    # committee), not the year after
    text = (
        "各位代表:\n现在,我代表县人民政府向大会报告工作。\n"
        "2016年以来,全县上下攻坚克难。2016年上半年,全县完成地区生产总值45.6亿元,增长7.2%。\n"
    )
    assert text_date(text) == "2016"


def test_a_text_that_is_no_report_to_a_congress_keeps_the_latest_year_it_names():
    # (r340's review told in a news story: no address to the delegates)
    text = "记者获悉:2016年,全市生产总值完成235.7亿元,年均增长7.8%;公共财政预算收入完成9.04亿元。\n"
    assert text_date(text) == "2016"


# r268 余杭 (2012-02-12), from its address on: the heading `过去五年工作回顾` and the line after it, which opens with the
# year the five years start from, review no year of their own.
_YUHANG = (
    "各位代表:\n现在,我代表区人民政府,向大会作政府工作报告,请予审议,并请区政协委员和其他列席人员提出意见。\n"
    "过去五年工作回顾\n2007年区十三届人民代表大会第一次会议以来,区政府在上级党委、政府和区委的正确领导下,"
    "基本完成区十三届人大历次会议确定的主要目标任务。\n"
    "五年来,我们坚持把科学发展作为政府工作的首要任务,综合实力稳步提升。\n"
    "经济总量再上台阶。据初步核算,2011年全区生产总值完成738.2亿元,五年年均增长11.8%。\n"
)


def test_a_heading_over_the_line_that_names_where_the_years_start_reviews_no_year():
    assert text_date(_YUHANG) == "2012-01"
    found = records(_YUHANG, places=("余杭区",))
    assert one(found, 738.2).period == "2011"
    assert one(found, 11.8).period == "2007-2011"


# r343 易门 (a story of the session of 2022-01, its dateline cut off): the report it quotes reviews 2021.
_YIMEN = (
    "易门县第十八届人民代表大会第一次会议召开\n"
    "1月12日至16日,易门县第十八届人民代表大会第一次会议在易门会厅举行。\n"
    "张洪坤代表县人民政府向大会作政府工作报告。\n"
    "报告指出,过去五年是易门发展极不平凡的五年。五年来,坚持高质量发展,综合实力稳步提升。\n"
    "报告指出,2021年,县人民政府统筹疫情防控和经济社会发展,市场主体增量提质,项目建设强力推进。\n"
)

# f14_p02 酉阳 (2022-01-05, its dateline cut off): a report to the congress estimates the year it reviews.
_YOUYANG = (
    "酉阳土家族苗族自治县人民政府工作报告\n\n  各位代表:\n\n  我代表县人民政府,向大会报告工作,请予审议。\n\n"
    "  一、过去五年工作回顾\n\n  (一)回顾五年的奋进拼搏,经济实力明显增强。2021年,预计实现地区生产总值230亿元,"
    "年均增长5.4%;社会消费品零售总额达到96亿元,年均增长7.8%。\n"
)


def test_a_story_of_a_session_quoting_the_report_s_review_is_of_the_year_after():
    assert text_date(_YIMEN) == "2022-01"


def test_a_congress_report_s_estimate_of_the_year_it_reviews_is_made_at_the_session_after():
    assert text_date(_YOUYANG) == "2022-01"
    found = records(_YOUYANG, places=("酉阳土家族苗族自治县",))
    assert one(found, 230).period == "2021"
    assert one(found, 5.4).period == "2017-2021"


# f13_p15 博罗 (2017-03-23, a story of the county's party plenum, its dateline cut off).
_BOLUO = (
    "博罗今年将完成五件大事\n\n"
    "       22日从博罗县委第十三届三次全会上获悉,2016年,该县圆满完成“GDP突破600亿元、第三届中医科学大会、县镇换届”"
    "3件大事,经济总量增长11.9%,连续9年入选“全国县域经济基本竞争力百强县”。\n\n"
    "       今年,博罗县将坚持以提高发展质量和效益为中心,全力稳增长调结构增活力,地区生产总值增长预期目标定为10%,"
    "人均生产总值增长定位9%。\n"
)


def test_a_text_that_plans_this_year_after_telling_a_year_done_is_of_the_year_after():
    assert text_date(_BOLUO) == "2017"
    found = records(_BOLUO, places=("博罗县",))
    assert one(found, 11.9).period == "2016"
    target = one(found, 10)
    assert (target.kind, target.period) == ("target", "2017")


def test_this_year_told_as_done_keeps_the_year_named():
    # a December story: `今年` is the year it names, nothing planned for it
    text = "2016年,该县圆满完成3件大事,经济总量增长11.9%。今年,全县实现地区生产总值600亿元。\n"
    assert text_date(text) == "2016"
