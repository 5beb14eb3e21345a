"""The year a text of a year's first months reports on: the year it reviews, not the date it was told on."""

from __future__ import annotations

from bot.ingest.year_reviewed import year_reviewed_at_opening
from tests.ingest_helpers import one, records

# r418 仁怀 (a story of 2023-02-21 on the city's `两会`): what it tells as done with no time of its own is of 2022.
_RENHUAI = (
    "记者从刚刚结束的仁怀市“两会”上获悉:2022年,该市经济稳中求进,经济总量再上新台阶,地区生产总值达1706亿元。"
    "2023年地区生产总值目标为1850亿元。\n"
    "近年来,仁怀清理退出白酒生产企业(作坊)622家、窖池7804口,兑现奖补资金3.4亿元,提前一年完成预期目标。\n"
)


def test_what_a_session_story_of_february_tells_as_done_is_of_the_year_reviewed():
    found = records(_RENHUAI, date="2023-02-21", places=("仁怀市",))
    assert one(found, 622).period == "2022"
    assert one(found, 3.4).period == "2022"
    assert one(found, 1706).period == "2022"
    # the year's goal keeps its own year
    target = one(found, 1850)
    assert (target.kind, target.period) == ("target", "2023")


def test_a_review_heading_of_the_year_before_dates_the_parts_after_it():
    # r246 营口高新区 (`日期:2016-01-14`): `一、2015年經濟運行情況` / `二、主要工作完成情況` / `該行業共有規上企業162戶`
    text = (
        "2015年,營口高新區堅持科技與產業化雙輪驅動戰略,保持經濟運行總體平穩。\n"
        "一、2015年經濟運行情況\n2015年預計主要經濟指標完成:\n1、規模以上工業總產值567億元,同比增長5%;\n"
        "二、主要工作完成情況\n(1)裝備制造產業\n該行業共有規上企業162戶,在規模以上企業中占比58%。\n"
    )
    found = records(text, date="2016-01-14", places=("营口高新技术产业开发区",))
    assert one(found, 162).period == "2015"
    assert one(found, 58).period == "2015"


def test_an_interview_at_a_congress_session_in_march_reviews_the_year_before():
    # r324 莘縣 (`發佈時間:2012年03月05日`, `在市十六屆人大一次會議上`)
    text = (
        "在市十六屆人大一次會議上,市人大代表、莘縣縣委書記朱加雲説,要逐步把莘縣建成區域商貿物流中心。\n"
        "朱加雲説,工業經濟主導地位進一步增強,規模以上企業主營業務收入達到390億元。\n"
    )
    found = records(text, date="2012-03-05", places=("莘县",))
    assert one(found, 390).period == "2011"


def test_a_text_that_tells_its_own_year_so_far_reviews_nothing():
    # r390 延吉 (2018-02-22, read as normalized): `2018年春节期间,延吉市共接待游客21.6万人次` is of its own year
    text = "2017年,延吉市接待游客1000万人次。2018年春节期间,延吉市共接待游客21.6万人次,实现旅游收入2.8亿元。"
    assert year_reviewed_at_opening(text, 2018, 2) is None
    assert year_reviewed_at_opening("2017年,延吉市接待游客1000万人次。", 2018, 2) == 2017
    # not later in the year, nor with no month known
    assert year_reviewed_at_opening("2017年,延吉市接待游客1000万人次。", 2018, 7) is None
    assert year_reviewed_at_opening("2017年,延吉市接待游客1000万人次。", 2018, None) is None
