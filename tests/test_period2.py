"""The year a text speaks from and the period of its figures, from real texts of dev11: a site's clock, a story
reposted years later, an event named by its year, a multiple of a base year's level."""

from __future__ import annotations

from bot.ingest.time import period_of
from tests.ingest_helpers import one, records, text_date

# r189 沈阳 (dev11, tjj.shenyang.gov.cn, a 1–9月 county-domain report of 2023): the site's toolbar clock was taken
# for the text's date (2021), every period 2021-01~2021-09.
_SHENYANG = """欢迎访沈阳市统计局官方网站! 无障碍辅助浏览工具条
2021-8-11 星期三   14:13:52 设为首页 加入收藏 简体版 繁体版
    您的位置:首页 > 数据发布 > 市情分析
    前三季度沈阳市县域经济运行情况
    时间:2023年11月09日来源:沈阳市统计局

    一、县域经济总体运行平稳

    根据地区生产总值统一核算结果,前三季度,沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元,占全市地区生产总值的比重为7.6%,比上半年提高0.2个百分点

    分地区看,康平县实现地区生产总值87.4亿元,同比增长1.3%,低于全市增速4.7个百分点。
"""


def test_a_sites_toolbar_clock_is_not_the_texts_date():
    assert text_date(_SHENYANG) == "2023-11-09"
    r = one(records(_SHENYANG, places=("康平县",)), 87.4)
    assert (r.kind, r.period) == ("actual", "2023-01~2023-09")


def test_a_date_on_a_plain_line_still_dates_the_text():
    # no toolbar on its line: the page's date stands
    text = "2021-8-11 14:13:52 来源:沈阳市统计局\n前三季度,康平县实现地区生产总值87.4亿元。"
    assert text_date(text) == "2021-08-11"


# r207 左贡 (dev11, an interview of 2006 reposted by 今日西藏昌都 on 2014-03-12): it was dated 2014.
_ZUOGONG = """2014-03-12 09:14 来源:今日西藏昌都 点击:0
以科学发展观统领全局 推动经济社会全面发展 访左贡县县长 罗松益西
2006年既是“十一五”规划的启动之年,又是全面建设小康社会的关键之年,为确保县经济社会跨越式发展、社会局势长治久安和人民生活水平不断提高,左贡县将如何开展今年下半年各项工作,为此记者采访了左贡县县长罗松益西。
半年来,我县继续把改善农牧民生产生活条件、增加农牧民收入,作为全县经济社会发展的首要任务。上半年,全县劳务输出4044人次,实现劳务创收564万元。
"""


def test_a_story_reposted_years_later_is_of_the_year_its_lead_calls_this_one():
    assert text_date(_ZUOGONG) == "2006"
    r = one(records(_ZUOGONG, places=("左贡县",)), 4044)
    assert (r.kind, r.period) == ("actual", "2006H1")


def test_a_reviewed_year_declared_in_a_repost_is_not_the_present():
    # `2017年是…开局之年。一年来…` (r170 崇明 2018 form): the year a report reviews, with no `今年` in its sentence
    text = (
        "2021-03-01 10:00 来源:某网\n2017年是崇明区第一届区政府履职的开局之年。一年来,全区地区生产总值增长8%。"
        "今年,全区将力争地区生产总值增长7%。"
    )
    assert text_date(text) == "2021-03-01"


# r214 通城 (dev11, 咸宁新闻网, a mid-year story of 2016 in traditional script): no `年` anywhere but the event
# `2016鄂滬(長三角)經貿合作洽談會`; it was left undated.
_TONGCHENG = """咸寧新聞網訊 記者姜明助、特約記者劉健平、通訊員田墨文報道: 元至6月,通城招商引資到位資金61.94億元,占全年目標任務的66.6%,增幅32.2%。
今年以來,面對經濟下行壓力,通城堅持把“興工強縣”戰略作為推動經濟發展的助推器。
5月份,該縣又組團參加了2016鄂滬(長三角)經貿合作洽談會,亞細亞陶瓷科技產業園等4個項目在會上簽約。
"""


def test_an_event_named_by_its_year_dates_a_story_of_this_year():
    assert text_date(_TONGCHENG) == "2016"
    r = one(records(_TONGCHENG, places=("通城县",)), 61.94)
    assert (r.kind, r.period) == ("actual", "2016H1")


def test_an_event_year_needs_this_year_in_the_text():
    # a text that never says `今年` may tell of a past year's fair
    text = "该县曾组团参加了2016鄂沪经贸合作洽谈会,4个项目在会上签约。"
    assert text_date(text) == ""


# r196 镇远 (dev11, 新华网 interview of 2018): `是1978年的52倍` was dated 1979-2017, the years since the base.
_ZHENYUAN = """今年是改革开放40周年。我们先通过一组数据来看镇远的巨变。2017年全县生产总值达67.69亿元,是1978年的52倍;财政收入达5.81亿元,是1978年的248倍。"""


def test_a_multiple_of_a_base_years_level_is_of_the_levels_year():
    found = records(_ZHENYUAN, date="2018", places=("镇远县",))
    assert one(found, 52).period == "2017"
    assert one(found, 248).period == "2017"


def test_a_multiples_average_growth_spans_the_years_since_its_base():
    # `是2012年的1.2倍,年均增长6%` (r91 土默特左旗 2017, m.ilynn.cn): growth over the years after the base
    text = (
        "五年来,各项目标任务全面完成。到2017年底,预计全旗地区生产总值达到259亿元,是2012年的1.2倍,年均增长6%。"
    )
    found = records(text, date="2017-12", places=("土默特左旗",))
    # (the multiple is the compared level's, of 2017: calls of the sixteenth round; its average growth spans the years)
    assert one(found, 1.2).period == "2017"
    assert one(found, 6).period == "2013-2017"


# r190 阿克苏 (dev11, 中新网新疆 2024-07-18, traditional): the headline's `上半年` figure repeats the body's `1-5月` one;
# it was given the body's months. The headline is labelled as it reads.
_AKESU = """新疆阿克蘇市上半年簽約408億元 招商引資實現新突破
2024-07-18 10:20:24 來源:中新網新疆
近日,記者從阿克蘇市商務局了解到,2024年1-5月,阿克蘇市新簽約招商引資項目54個,簽約金額408億元,招商引資實現新突破。
"""


def test_a_headline_that_names_its_own_time_keeps_it():
    found = records(_AKESU, places=("阿克苏市",))
    periods = sorted(r.period for r in found if r.value == 408)
    assert periods == ["2024-01~2024-05", "2024H1"]


def test_a_headline_whose_time_is_not_read_takes_the_bodys():
    # ts.cn/xwzx/jjxw/202208/t20220822_8530174.shtml (天山网 2022-08-22): the headline's `前7月` and the body's
    # `前7个月` are the same months
    text = """前7月新疆招商引资区外到位资金同比增38.49%

2022年08月22日 09:05:46    来源: 天山网-新疆日报原创

  天山网-新疆日报讯(记者黑宏伟报道)记者从自治区商务厅获悉:前7个月,全区落实执行招商引资项目4304个,比去年同期增加152个;引进区外到位资金4628.89亿元,比去年同期增长38.49%。
"""
    found = records(text, places=("乌鲁木齐市",))
    assert {r.period for r in found if r.value == 38.49} == {"2022-01~2022-07"}


def test_a_headlines_first_months_without_ge():
    # `前7月新疆招商引资区外到位资金同比增38.49%` (ts.cn 2022-08-22): the first seven months, as `前7个月`
    assert period_of("前7月新疆招商引资区外到位资金同比增", 2022) == "2022-01~2022-07"
    # but a task done ahead of time names no months of the year
    assert period_of("提前3个月完成全年任务", 2022) is None
