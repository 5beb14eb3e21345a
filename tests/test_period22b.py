"""Periods: an earlier event a sentence follows on (`继去年底…后,`) and the year of a ranking a sentence cites
(`根据2024年…排名,`) say whose time the figures after them are."""

from __future__ import annotations

from ingest_helpers import one, records

from bot.ingest.time import months_held


def test_an_earlier_event_followed_on_does_not_date_the_sentence() -> None:
    # (f21_p11 蓬安, the first quarter's start of projects in 2017: `去年底` is the earlier batch's time, not this one's)
    found = records(
        "27日上午,我县与全省全市同步举行四川省2017年第一季度重大项目集中开工仪式,我县集中开工了22个重大项目,"
        "总投资69.3亿元。\n"
        "据了解,我县继去年底集中开工10个重大项目后,再次掀起重大项目开工建设热潮,本次集中开工的22个重大项目,"
        "包括:顺蓬营一级公路蓬安段建设项目、城西幼儿园和相如二小建设项目等,总投资69.3亿元,年度投资33.3亿元。\n",
        date="2017-03-27",
        places=("蓬安县",),
    )
    assert one(found, 10).period == "2016"  # the earlier batch keeps its own time
    assert one(found, 33.3).period == "2017"
    assert {r.period for r in found if r.value in (22, 69.3)} == {"2017"}


def test_the_year_of_a_ranking_cited_dates_the_list_after_it() -> None:
    # (r389 迁安, a story of 2024-10: the list under `根据2024年赛迪全国百强县的排名` is that year's, not the
    # `截至2023年` of the paragraph before)
    found = records(
        "迁安市,属于河北省的县级市,由唐山市负责管理。截至2023年,迁安市户籍总人口为77.5万人,GDP总额达到1262.9亿元。\n\n"
        "根据2024年赛迪全国百强县的排名,河北省有5个县市上榜。\n\n"
        "迁安市在榜单中排名第30,位居河北省首位;\n第77位是由沧州市管理的黄骅市,GDP为801亿元;\n",
        date="2024-10-05",
        places=("迁安市",),
    )
    assert one(found, 1262.9).period == "2023"
    assert [one(found, v).period for v in (30, 801)] == ["2024", "2024"]


def test_a_level_held_through_the_years_looked_back_on_keeps_them() -> None:
    # (r243 崇明, a press conference of 2025-11 on the 十四五 years: `五年来,` opens the paragraph before; a level held
    # is held through the years, one reached is the text's year's)
    found = records(
        "生态环境再上新台阶\n\n"
        "五年来,崇明向美向优,生态环境再上新台阶。通过强化制度保驾护航,扎紧生态环境、生态产业、生态人居等各领域的制度篱笆。\n\n"
        "为打好污染防治攻坚战,崇明全区地表水考核断面水质达标比例和重点建设用地安全利用率均保持100%,森林覆盖率达21.64%,"
        "湿地保护率达60.73%,空气优良率保持在90%左右。\n",
        date="2025-11-19",
        places=("崇明区",),
    )
    assert [one(found, v).period for v in (100, 90)] == ["2021-2025", "2021-2025"]
    assert [one(found, v).period for v in (21.64, 60.73)] == ["2025", "2025"]


def test_a_streak_of_months_from_a_month_named_takes_those_months() -> None:
    # (f21_p05 泰顺, a 1~8月 story of 2021: `自5月份后连续四个月居全市第二` is May to August)
    assert months_held("泰顺县的网络零售增速自5月份后连续四个月居全市第二", "2021") == "2021-05~2021-08"
    assert months_held("自10月份后连续四个月居全市第二", "2021") is None  # past the year's end: unknown
    found = records(
        "1~8月文成县的网络零售额为12.36亿元,同比增长57.7%。泰顺县的网络零售增速自5月份后连续四个月居全市第二。",
        date="2021-09-22",
        places=("文成县",),
    )
    assert one(found, 2).period == "2021-05~2021-08"
