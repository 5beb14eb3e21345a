"""Names of round 12, each from a real sentence (its document id or page address in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from bot.vocabulary import canonical_of
from tests.ingest_helpers import one, records


def test_spoken_count_of_hundred_millions_is_money() -> None:
    # r132 舟曲 (news, trad): `舟曲县大峽溝景區開發建設項目,總投資1.2個億`
    found = records(
        "舟曲縣簽約項目\n此次蘭洽會上,舟曲縣簽約的7個項目分別是:舟曲縣大峽溝景區開發建設項目,總投資1.2個億;"
        "拉尕山景區基礎設施及索道建設項目,總投資3個億。",
        date="2020-07-05",
        places=("舟曲县",),
    )
    money = sorted((r.value, r.unit) for r in found if r.unit == "亿元")
    assert money == [(1.2, "亿元"), (3, "亿元")]
    assert all(r.indicator != "亿" for r in found)


def test_spoken_amounts_and_counted_hundred_million_projects() -> None:
    # r132 舟曲: `總投資3.1個億`; r39 沭阳 2021: `平均每3天落地1个亿元项目` counts projects
    assert [(q.value, q.unit) for q in find_quantities("总投资两个多亿,")] == [(2, "亿元")]
    # gjnews.cn 扶风 2025: `引进138个亿元以上项目` counts projects of a class
    assert [(q.value, q.unit) for q in find_quantities("引进138个亿元以上项目。")] == [(138, "个")]
    counted = find_quantities("实现平均每3天落地1个亿元项目")
    assert (1, "个") in [(q.value, q.unit) for q in counted]
    assert [(q.value, q.unit) for q in find_quantities("建设3个万亩基地")] == [(3, "个")]


def test_a_profiles_divisions_border_and_distances_are_not_records() -> None:
    # r133 乌拉特中旗 (yearbook profile, trad): its divisions (苏木, a stud farm, village committees), its border and
    # how far its seat is from the regional capital are what the place is, not figures of its work
    found = records(
        "烏拉特中旗概況\n烏拉特中旗位于內蒙古自治區巴彥淖爾市東北部,北與蒙古國接壤,有國界線184公里。"
        "全旗轄8個蘇木鎮、1個種畜場,有村民委員會84個,村民小組278個,居民委員會13個。"
        "旗人民政府駐地海流圖鎮,距內蒙古自治區首府呼和浩特市391公里。\n"
        "2008年,全旗國內生產總值達38.24億元,同比增長22.9%。",
        date="2009-06-01",
        places=("乌拉特中旗",),
    )
    assert sorted(r.value for r in found) == [22.9, 38.24]


def test_an_autonomous_countys_short_name_before_an_indicator_is_its_place() -> None:
    # r138 岫岩 (mid-year, trad): `岫巖地區生產總值實現88億元,同比增長22.8%`, under 岫岩满族自治县
    found = records(
        "岫巖縣上半年經濟運行\n上半年,岫巖地區生產總值實現88億元,同比增長22.8%;財政一般預算收入實現4.47億元。",
        date="2011-07-20",
        places=("岫岩满族自治县",),
    )
    assert one(found, 88).indicator == "地区生产总值"
    assert one(found, 88).canonical == "地区生产总值"
    assert one(found, 22.8).canonical == "地区生产总值增速"
    assert one(found, 4.47).canonical == "一般公共预算收入"  # the old name, with 财政 before it


def test_common_wordings_of_canonical_indicators() -> None:
    # r146 东城 2025 (trad): `完成區級一般公共預算收入195億元`; r130 博乐: `房地产开发完成投资21.77亿元`;
    # r134 武宣 2022: `武宣经济增长预计增长10%左右`
    assert canonical_of("区级一般公共预算收入", "亿元") == "一般公共预算收入"
    assert canonical_of("房地产开发完成投资", "亿元") == "房地产开发投资"
    assert canonical_of("房地产开发项目投资", "亿元") == "房地产开发投资"
    assert canonical_of("经济增长增速", "%") == "地区生产总值增速"
    assert canonical_of("经济增长", "亿元") == ""  # growth is a rate, never a level
    assert canonical_of("数字经济增长", "%") == ""


def test_a_banners_divisions_peoples_and_border_are_not_records() -> None:
    # http://www.jiaofawei.cn/quqinggailan/jianzhiyange/wlcbs/2020-02-21/18401.html (四子王旗 profile)
    found = records(
        "四子王旗概况\n四子王旗位于内蒙古自治区中北部,边界线长104公里。全旗总面积25513平方公里,总人口21.25万人。"
        "全旗有蒙古族、汉族、回族、满族、达斡尔族、锡伯族、土族、苗族、壮族、彝族、朝鲜族、鄂温克族、鄂伦春族、"
        "维吾尔族14个民族。\n其中,蒙古族20137人,占总人口比例9.47%,人口密度为每平方公里8.35人。"
        "全旗行政区划为5个苏木(查干补力格苏木、红格尔苏木、脑木更苏木、巴音敖包苏木,江岸苏木),13个社区。",
        date="2020-02-21",
        places=("四子王旗",),
    )
    assert found == []


def test_divisions_with_their_other_names_in_brackets_are_not_records() -> None:
    # http://m.kcge.org.cn/mzhb/201810/43112570.html (新巴尔虎左旗, trad)
    found = records(
        "新巴爾虎左旗\n全旗土地面積2.2萬平方公里,轄2個鎮、5個蘇木(鄉),55個嘎查(村)、9個社區,總人口4.2萬人,"
        "有蒙、漢、滿、回、達斡爾、鄂溫克等13個民族。",
        date="2018-10-01",
        places=("新巴尔虎左旗",),
    )
    assert found == []


def test_reading_activities_are_not_a_pages_view_counter() -> None:
    # r148 长宁 2024 (task list): `推出不少于200场公益性文艺演出、400场阅读推广活动…`; the counter of a page stays out
    found = records(
        "长宁区2024年为民办实事项目\n推出不少于200场公益性文艺演出、400场阅读推广活动\n"
        "市、区两级配送文艺指导不少于1800课时\n发布时间:2024-03-01 0浏览 评论0条\n",
        date="2024-02-01",
        places=("长宁区",),
    )
    assert sorted((r.value, r.unit) for r in found) == [(200, "场"), (400, "场"), (1800, "课时")]
    assert one(found, 1800).cmp == ">="


def test_a_provinces_count_of_counties_and_a_club_to_join_are_not_records() -> None:
    # r134 武宣 2022 (interview): `广西111个县市区,…我们要力争进入天立主席提出的44个百亿园区这个行列`
    found = records(
        "武宣县工业振兴\n广西111个县市区,从武宣的资源和条件,我们要力争进入天立主席提出的44个百亿园区这个行列。",
        date="2022-02-01",
        places=("武宣县",),
    )
    assert found == []


def test_the_countrys_count_of_counties_is_not_a_record() -> None:
    # http://mqwsgw.com/a/yuelanshi/shehuiguangjiao/20120111/14264.html (人民网 2011): `中国有2000多个县(市、区)`
    found = records(
        "县委书记的一天\n中国有2000多个县(市、区),县域经济很重要。\n全市有5个县区完成目标任务。",
        date="2011-02-12",
        places=("武宣县",),
    )
    assert [r.value for r in found] == [5]  # counties doing something are counted


def test_a_named_scenic_areas_visitors_are_its_own() -> None:
    # r143 云阳 2019 (news, trad): `其中,張飛廟景區接待游客41.1萬人次,同比增長66.2%`; a class of areas is no subject
    found = records(
        "雲陽縣旅遊\n1~9月,全縣A級景區景點共接待游客208.1萬人,同比增長25.9%。"
        "其中,張飛廟景區接待游客41.1萬人次,同比增長66.2%。全县重点景区实现门票收入2亿元。",
        date="2019-10-20",
        places=("云阳县",),
    )
    assert (one(found, 41.1).subject, one(found, 41.1).indicator) == ("张飞庙景区", "接待游客")
    assert one(found, 66.2).subject == "张飞庙景区"
    assert one(found, 208.1).subject == one(found, 2).subject == ""


def test_a_bare_ten_thousand_right_after_an_investment_is_money() -> None:
    # r132 舟曲 (news, trad): `舟曲縣大川鎮德祥生態園建設項目,總投資2900萬;`; people stay people
    assert [(q.value, q.unit) for q in find_quantities("德祥生态园建设项目,总投资2900万;")] == [
        (2900, "万元")
    ]
    assert [(q.value, q.unit) for q in find_quantities("总投资约300万的项目")] == [(300, "万元")]
    # (people stay people: a bare 万 right after a population counts them, r112 鄱阳 `鄱阳城人口达30万`)
    assert [(q.value, q.unit) for q in find_quantities("全县人口12万,")] == [(12, "万人")]
