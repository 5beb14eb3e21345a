"""Periods and kinds found on this round's fresh pages (period10): the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# http://szb.eyesnews.cn/pad/cont/202204/28/content_56146.html (安龙, a 2022 feature saved without its date): the
# five years are measured against 2016, the only year the text names
_FIVE_YEARS = (
    "五年来,县域经济实现跨越式发展。地区生产总值由103.59亿元增长到162.1亿元,年均增长10.34%,是2016年的1.56倍。"
    "一般公共预算收入由8.68亿元增长到13.99亿元,年均增长10.02%。\n"
)


def test_five_years_measured_against_a_base_year_are_the_five_after_it() -> None:
    assert text_date(_FIVE_YEARS) == "2022"
    found = records(_FIVE_YEARS, places=("安龙县",))
    assert one(found, 162.1).period == "2021"
    assert one(found, 103.59).period == "2016"
    assert one(found, 10.34).period == "2017-2021"


def test_a_multiple_s_base_year_alone_does_not_date_the_text() -> None:
    # no look back over five years: the text is of some later year it never names
    assert text_date("全县地区生产总值达到162.1亿元,是2016年的1.56倍。\n") == ""


# http://www.dghzdr.com/html/2010/lp_1227/13063.shtml (黎平 2010-12, traditional, the 十一五's works; the page's
# date is in its address only)
_PLAN_WORKS = (
    "本港訊 (通訊員 周志光)黎平縣按照“1124”經濟社會發展思路,圍繞縣“十一五”規劃確定的目標任務,搶抓西部大開發"
    "和新階段扶貧開發歷史契機,扎實推進經濟、政治、文化、社會以及生態文明建設,取得了新的成就。\n"
    "完成縣城北門新區開發。縣城建成區由2005年的3.5平方公里發展到6.85平方公里。\n"
    "黎平機場建成通航,開通黎平至貴陽、廣州航線。廈蓉高速公路即將通車,黎洛高速公路和貴廣高速鐵路快速推進。"
    "全縣公路里程達到3548.3公里,較“十五”期末增長57.1%。\n"
)


def test_a_text_measured_from_the_plan_before_tells_the_plan_s_outcome() -> None:
    assert text_date(_PLAN_WORKS) == "2010"
    found = records(_PLAN_WORKS, places=("黎平县",))
    assert (one(found, 3548.3).kind, one(found, 3548.3).period) == ("actual", "2010")
    assert (one(found, 57.1).kind, one(found, 57.1).period) == ("actual", "2010")


def test_a_change_s_end_is_not_of_its_start_s_year() -> None:
    found = records("縣城建成區由2005年的3.5平方公里發展到6.85平方公里。\n", date="2010", places=("黎平县",))
    assert one(found, 3.5).period == "2005"
    assert one(found, 6.85).period == "2010"


def test_a_change_from_a_year_with_no_end_year_does_not_date_the_text() -> None:
    assert text_date("縣城建成區由2005年的3.5平方公里發展到6.85平方公里。\n") == ""


def test_a_work_about_to_be_finished_is_no_plan_of_the_paragraph() -> None:
    text = (
        "黎平機場建成通航,開通黎平至貴陽、廣州航線。廈蓉高速公路即將通車,黎洛高速公路和貴廣高速鐵路快速推進。"
        "全縣公路里程達到3548.3公里,較“十五”期末增長57.1%。\n"
    )
    assert one(records(text, date="2010", places=("黎平县",)), 3548.3).kind == "actual"


# https://dfz.zj.gov.cn/zlyz/ossfs/h5/ZS-K-331004-2014-001-0101/files/basic-html/page377.html (路桥区志, the 十一五's
# goals; the page opens in the middle of the sentence)
_GOALS = (
    "的基础上,力争到2010年,生产总值和人均生产总值均比2004年翻一番,生产总值年均增长13%,人均生产总值超过7万元,"
    "折合9000美元;全区财政总收入和地方财政收入年均增长13%,全社会固定资产投资年均增长15%。\n"
)


def test_a_goal_year_after_the_ground_built_on_holds_for_the_list() -> None:
    found = records(_GOALS, date="2006", places=("路桥区",))
    # (an average that counts no years of its own takes the span of the averages told before it in its paragraph,
    # from 2004 to 2010: tests/test_period26c.py)
    assert (one(found, 15).kind, one(found, 15).period) == ("target", "2005-2010")
    assert one(found, 7).period == "2010"


# http://www.victorzhang.cn/page/2014/0813/23834985.shtml (仁寿 2014, traditional)
def test_a_plan_passed_by_points_is_an_outcome() -> None:
    text = "其中,云端核電、中天丹琪等3個省級重點項目完成投資18.6億元,超年度投資計劃210個百分點。\n"
    assert one(records(text, date="2014", places=("仁寿县",)), 210).kind == "actual"


def test_a_plan_to_pass_is_still_a_target() -> None:
    assert (
        one(records("力争超年度投资计划10个百分点。\n", date="2014", places=("仁寿县",)), 10).kind == "target"
    )


# http://www.furrymenstudios.com/News/3926.htm (上思 2005-07-11, traditional): a crop year is the base
def test_a_crop_year_compared_with_is_not_the_period() -> None:
    text = (
        "2005-07-11\n糖料蔗種植面積達到25.8萬畝,比2000年增加2.3萬畝,2004/2005年榨季入廠原料蔗134.1萬噸,"
        "比2000/2001年榨季增加52.66萬噸。\n"
    )
    found = records(text, places=("上思县",))
    # (the crop year the figures are of is both its years, as fresh17 f17_p15's reader has it: `2021/2022年榨季`)
    assert one(found, 134.1).period == "2004-2005"
    assert one(found, 52.66).period == "2004-2005"
    assert one(found, 25.8).period == "2005"


def test_a_plan_measuring_its_goals_from_the_year_before_it_is_of_its_first_year() -> None:
    assert (
        text_date("“十一五”规划纲要\n力争到2010年,全县生产总值比2005年翻一番,较“十五”期末增长一倍。\n")
        == "2006"
    )


# https://hkcd.com/hkcdweb/content/2021/11/17/content_1306342.html (博罗 2021-11-17, traditional; fresh13 f13_p14)
def test_an_average_over_the_five_years_ahead_ends_at_the_goal_s_year() -> None:
    text = "今後五年,力爭GDP年均增長約10.5%,到2025年達到1000億元。\n"
    assert one(records(text, date="2021-11-17", places=("博罗县",)), 10.5).period == "2021-2025"


def test_an_average_over_the_five_years_ahead_is_never_the_five_years_back() -> None:
    found = records("今后五年,GDP年均增长10.5%。\n", date="2021-11-17", places=("博罗县",))
    assert one(found, 10.5).period != "2017-2021"


# http://www.zhxpm.cn/news/tj/201110/70700.shtml (台江 2011, traditional; r107): the goal's year is the plan's end
def test_an_average_over_the_five_years_ahead_to_a_plan_s_end_keeps_the_plan_s_years() -> None:
    text = (
        "10月29日,臺江縣召開黨代會。未來五年,臺江縣將實施五大戰略,到十二五末力爭生產總值翻一番以上,"
        "實現26億元以上,年均增長18%以上。\n"
    )
    assert one(records(text, date="2011-10-29", places=("台江县",)), 18).period == "2011-2015"
