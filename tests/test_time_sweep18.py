"""Kind and period rules found on real pages (third time pass): the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date


def test_a_county_named_with_jiang_is_no_future():
    # https://www.chaxiaohao.com/read-1751902515l5564124.html (将乐 2025): `将` of 将乐县 is no `will`
    found = records(
        "团将乐县委通过整合2300万元财政补助资金,重点推进高唐镇示范乡镇及5个示范村建设,"
        "实施14个涵盖产业、人居环境、公共设施等项目。",
        date="2025-07-07",
    )
    assert one(found, 2300).kind == "actual"
    assert one(found, 5).kind == "actual"
    assert one(found, 14).kind == "actual"


def test_a_plain_will_still_sets_a_target():
    found = records("将乐县今年将新建示范村12个。", date="2025-03-01")
    assert one(found, 12).kind == "target"


def test_up_to_a_month_of_a_named_year_is_the_months_so_far():
    # same page: `截至2025年3月资金支出率达52.77%` is the first quarter's, and so is its `其中` share
    found = records(
        "将乐县实施14个涵盖产业、人居环境、公共设施等项目,截至2025年3月资金支出率达52.77%,"
        "其中示范村项目支出占比53.89%。",
        date="2025-07-07",
    )
    assert one(found, 52.77).period == "2025Q1"
    assert one(found, 53.89).period == "2025Q1"


def test_a_deadline_month_is_not_the_months_so_far():
    found = records("将乐县力争截至2025年9月前完成示范村建设5个。", date="2025-03-01")
    assert one(found, 5).period != "2025-01~2025-09"


def test_the_start_of_years_up_to_now_does_not_date_a_profile():
    # http://m.authenticallynatalie.com/techan/39989 (徽县, traditional, undated): 1997 is when the crop came
    text = (
        "徽縣烤煙\n\n徽縣是蘭州卷煙廠優質煙葉生產基地。烤煙產業自1997年引進種植至今,目前面積已發展到0.65萬畝,"
        "煙葉總產量達到800多噸,產值達到730多萬元。\n"
    )
    assert text_date(text) == ""
    assert one(records(text), 0.65).period == ""


def test_a_story_reposted_years_later_keeps_its_year():
    # http://www.guniangcha.com/rd/278267.html (保靖): a 2011 story on a page stamped 2021
    text = (
        "保靖县入选2011年度全国重点产茶县\n\n2021-03-03 12:05:32热度:119°C\n\n"
        "中国茶网湖南站讯:近日,保靖县在第七届中国业经济年会上,被中国茶叶流通协会评为“2011年度全国重点产茶县”。"
        "这是该县继2009年后第2次入选全国重点产茶县。截止目前,该县黄金茶种植面积达2.69万亩,可采面积1.1万亩。"
        "今年茶叶总产量139吨,产值5240万元。\n"
    )
    found = records(text)
    assert one(found, 139).period == "2011"
    assert one(found, 2.69).period == "2011"


def test_a_story_of_its_own_year_keeps_the_page_date():
    text = (
        "保靖县茶叶产量创新高\n\n2021-03-03 12:05:32\n\n"
        "近日,保靖县在2019年入选全国重点产茶县之后,今年茶叶总产量139吨,产值5240万元。\n"
    )
    assert one(records(text), 139).period == "2021"


def test_a_season_across_two_years_is_its_months():
    # https://www.xinnong.net/news/20150513/1244849.html (新平 2015): a winter-spring works season
    found = records(
        "新平县2014-2015年度冬春农田水利基本建设工作完成了预期的建设任务。\n"
        "2014年9月至2015年4月,全县共完成各类水利工程1341件,累计完成投资21272.09万元。",
        date="2015-05-13",
    )
    assert one(found, 1341).period == "2014-09~2015-04"
    assert one(found, 21272.09).period == "2014-09~2015-04"


def test_months_of_one_year_from_january_are_the_months_so_far():
    found = records("2023年1月至2023年6月,新平县共完成水利投资2.1亿元。", date="2023-07-10")
    assert one(found, 2.1).period == "2023H1"


YULIN = (
    "您现在的位置: 中钢网 >> 西安分站 >> 本地资讯 >> 去年榆林农村公路建设完成投资12.4亿元\n"
    "2011年,榆林农村公路累计完成投资12.4亿元,建成通乡油路236公里、县乡油路178公里、通村公路350公里。"
    "其中计划外实施农村公路建设项目7个共111公里,完成投资4.6亿元。\n"
    "同时,去年全市农村公路养护工程完成投资8937万元,建成养管示范路2252公里。"
    "国省干线和县、乡、村公路年平均优良率分别达到87.53%、74.59%、57%、51.44%。\n"
)


def test_works_outside_the_plan_are_done():
    # http://xa.steelcn.cn/NewsInfor.aspx?id=fbd7adaf-4139-4b0c-b4c0-baf2cd671f68 (榆林 2011): `计划外` is no plan
    found = records(YULIN)
    assert one(found, 4.6).kind == "actual"
    assert one(found, 87.53).kind == "actual"


def test_a_title_calling_the_text_year_last_year_dates_the_text_after_it():
    # same page: the title's `去年` is the 2011 its text names, so `去年全市…8937万元` is 2011's too
    assert text_date(YULIN) == "2012"
    found = records(YULIN)
    assert one(found, 8937).period == "2011"
    assert one(found, 236).period == "2011"


def test_a_plan_for_this_year_is_still_a_target():
    found = records("将乐县今年计划新建农村公路120公里。", date="2025-03-01")
    assert one(found, 120).kind == "target"


def test_a_year_end_counted_up_to_is_where_things_stand():
    # https://www.puercn.com/z/1951709/ (雅安 tea, undated): `截至2020年底` reports, it sets no aim
    found = records(
        "截至2020年底,全市茶园面积100万亩,其中投产茶园81.75万亩,鲜叶收入44.8亿元,综合产值190亿元。",
        date="2021-03-01",
    )
    assert {one(found, v).kind for v in (100, 81.75, 44.8, 190)} == {"actual"}


def test_a_year_end_ahead_is_still_an_aim():
    found = records("到2025年底,全县茶园面积达到12万亩。", date="2023-03-01")
    assert one(found, 12).kind == "target"
