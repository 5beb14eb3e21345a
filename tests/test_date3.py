"""The year a text speaks from and its months so far: a goal's year after an intent word, a page's stamp years after
the report it reposts, a month range whose dash a scrape garbled."""

from __future__ import annotations

from bot.ingest.time import period_of
from tests.ingest_helpers import one, records, text_date


# `計劃2020年躋身40強` in a county text of 2016 (a fresh page, seen once): the goal's year was read as the present.
def test_a_year_right_after_an_intent_word_is_a_goal_not_the_present():
    text = (
        "2015年,全縣實現地區生產總值120億元,增長9%。今年上半年,全縣實現地區生產總值65億元。"
        "該縣計劃2020年躋身全國縣域經濟40強。"
    )
    assert text_date(text) == "2016"
    # `确保2020年全面建成小康社会`, `力争在2020年…`: the same
    assert (
        text_date("2015年,全县实现地区生产总值120亿元。今年以来,全县上下确保2020年全面建成小康社会。")
        == "2016"
    )
    assert text_date("2015年,全县实现地区生产总值120亿元。今年以来,全县力争在2020年跻身40强。") == "2016"


def test_an_intent_year_is_the_present_when_no_earlier_year_is_named():
    # `2020年计划实施千万元以上重点建设项目71个,…1-6月份累计完成投资35.9亿元` (120.194.211.226/contents/1033/15493.html,
    # a 2020 mid-year report): a year's own plan, said with the intent after or before its year
    text = (
        "2020年计划实施千万元以上重点建设项目71个,总投资337.13亿元,年度计划完成投资56.21亿元,"
        "1-6月份累计完成投资35.9亿元,占年度目标的63.88%。"
    )
    assert text_date(text) == "2020"
    assert text_date(text.replace("2020年计划", "计划2020年")) == "2020"
    # and the year after the last one a text reviews: `2019年,…。计划2020年实施…`
    assert text_date("2019年,全县完成投资30亿元。" + text.replace("2020年计划", "计划2020年")) == "2020"


def test_a_year_opening_a_line_under_a_heading_word_is_still_read():
    # `谈目标` / `2020年生产总值达到120亿元` (r17 商南 2016 interview): a heading, then the plan's last year; the
    # interview is of the plan's first year, read from `2015年,是…的一年` as before
    text = "核心提示: 2015年,是商南县发展历史上浓墨重彩的一年。\n谈“十三五”目标\n2020年生产总值达到120亿元"
    assert text_date(text) == "2016"


def test_an_estimate_of_a_year_is_not_a_goal():
    # `預計2023年,全縣地區生產總值完成57.16億元` (r125 金秀 2024-01): the estimate of the year ending still dates it
    assert text_date("預計2023年,全縣地區生產總值完成57.16億元,增長5%。")[:4] == "2023"


# A page's stamp years after the report it carries: `内容发布更新时间 : 2024/11/17` over a 乡's 2012 work report
# (35331.cn/lhd_67lg712uem3gzju6v8pq_1.html): its byline dates it, and without one its part heading does.
_REPOST = """内容发布更新时间 : 2024/11/17 5:48:13星期一 下面是文章的全部内容请认真阅读。
政府工作报告
2012年1月4日在ooo乡第八届人民代表大会第五次会议上 各位代表:
现在,我代表乡人民政府向大会作工作报告,请予审查,并请各位列席人员提出意见。
一、2011年工作回顾
2011年是“十二五”规划开局之年,乡人民政府在县委、县政府和乡党委的正确领导下,完成了乡八届人大四次会议确定的年度目标任务。
2011年,我乡以结构调整为主线,综合经济实力显著增强。固定资产投资达3523万元,同比增长38%。
"""


def test_a_stamp_years_after_a_report_it_reposts_is_not_its_date():
    assert text_date(_REPOST) == "2012-01-04"
    assert text_date(_REPOST.replace("2012年1月4日在ooo乡第八届人民代表大会第五次会议上 ", "")) == "2012"


def test_a_page_stamp_over_one_old_year_of_figures_stands():
    # `发布日期:2017年03月07日` over a profile's `2015年实现生产总值142.95亿元` (r111 吉安县 2017): the latest figures a
    # profile has, not a reposted text
    text = "吉安县情简介\n作者: 发布日期:2017年03月07日 点击率:\n吉安县地处江西省中部。2015年实现生产总值142.95亿元,增长10.1%。"
    assert text_date(text) == "2017-03-07"


# `今年1B8月份` (a fresh page, seen once): a dash garbled into a letter; the months so far are still January–August.
def test_a_garbled_dash_in_a_month_range():
    text = "2016年9月10日\n今年1B8月份,通城县完成固定资产投资61.94亿元,增长32.2%。"
    r = one(records(text, places=("通城县",)), 61.94)
    assert (r.kind, r.period) == ("actual", "2016-01~2016-08")
    assert period_of("1B8月份", 2016) == "2016-01~2016-08"


def test_a_letter_between_numbers_is_no_month_range_without_a_month():
    assert period_of("1B8号楼", 2016) != "2016-01~2016-08"
