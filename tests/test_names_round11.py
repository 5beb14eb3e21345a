"""Names of round 11, each from a real sentence (its page's address in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import one, records


def test_a_count_given_to_each_item_of_a_list_is_every_items() -> None:
    # http://www.qichongchong.cn/news/651.html (慈利 2017): `…园区和畜禽养殖园区各3个,…各2个`
    found = records(
        "慈利县富硒农业\n目前已启动建设的共有16个,其中包括富硒稻米生产加工园区和畜禽养殖园区各3个,"
        "富硒蔬菜产业园区、柑橘初加工园区、中药材生产加工园区各2个,水产养殖与加工园区、富硒茶叶加工园区各1个。",
        date="2017-05-01",
    )
    each = {(r.indicator, r.value) for r in found if r.value in (1, 2, 3)}
    assert each == {
        ("富硒稻米生产加工园区", 3),
        ("畜禽养殖园区", 3),
        ("富硒蔬菜产业园区", 2),
        ("柑橘初加工园区", 2),
        ("中药材生产加工园区", 2),
        ("水产养殖与加工园区", 1),  # `与` inside one item's name joins no two items
        ("富硒茶叶加工园区", 1),
    }


def test_short_items_counted_each_share_the_last_items_noun() -> None:
    # 慈利 (names9 sweep, seen on the 慈利 and 南昌县 pages): `创建省级、市级示范社各2个`
    found = records("慈利县2017年工作\n今年,创建省级、市级示范社各2个。", date="2017-05-01")
    assert sorted((r.indicator, r.value) for r in found) == [("创建市级示范社", 2), ("创建省级示范社", 2)]


def test_a_count_after_a_bearing_that_opens_a_name_is_no_figure() -> None:
    # http://ldwb.workerbj.cn/content/2019-05/08/content_89836.htm (昌平 2019): `昌平北七家养老院等10项重点民生项目`
    assert [(q.value, q.unit) for q in find_quantities("昌平北七家养老院等10项")] == [(10, "项")]
    assert [(q.value, q.unit) for q in find_quantities("南北两条主干道")] == [(2, "条")]  # a pair of bearings
    assert [(q.value, q.unit) for q in find_quantities("城北三家企业")] == [(3, "家")]  # a part of a town


def test_a_multiple_of_the_level_at_a_quoted_plans_end() -> None:
    # a page of the last sweep (names9, seen by the round-10 writer): `…,是“十一五”末的近2倍` named `末`
    found = records(
        "某县2015年工作总结\n2015年,全县地区生产总值达到120亿元,是“十一五”末的近2倍。", date="2016-01-10"
    )
    assert one(found, 2).indicator == "地区生产总值是十一五末的倍数"


def test_a_long_list_counted_each_keeps_its_first_item_whole() -> None:
    # http://www.qichongchong.cn/news/651.html (慈利 2017): the list is longer than a name may be
    found = records(
        "慈利县富硒农业\n水产养殖与加工园区、富硒茶叶加工园区、油茶生产加工园区、红薯粉丝加工园区各1个。",
        date="2017-05-01",
    )
    assert [r.indicator for r in found] == [
        "水产养殖与加工园区",
        "富硒茶叶加工园区",
        "油茶生产加工园区",
        "红薯粉丝加工园区",
    ]


def test_an_aside_cut_open_by_a_lists_pause_is_no_part_of_a_name() -> None:
    # http://www.qichongchong.cn/news/651.html (慈利 2017)
    found = records(
        "慈利县产业扶贫\n今年,重点扶持25家涉农企业、40家农民专业合作社、35个家庭农场(含种养大户、其他涉农经营主体)"
        "发展产业扶贫建设项目100个。",
        date="2017-05-01",
    )
    assert one(found, 35).indicator == "家庭农场"
    assert one(found, 100).indicator == "发展产业扶贫建设项目"


def test_a_named_agricultural_park_is_the_subject_of_its_output() -> None:
    # http://www.qichongchong.cn/news/651.html (慈利 2017): the park named in full, not cut at `产业园`
    found = records(
        "慈利县富硒农业\n2016年,富硒农业产业园区及其示范基地实现产值16.5亿元,带动农民10.7万人。",
        date="2017-05-01",
    )
    assert one(found, 16.5).subject == "富硒农业产业园区"
    assert one(found, 16.5).indicator == "示范基地产值"


def test_two_items_joined_by_and_counted_each() -> None:
    # http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20151229/3519762.shtml (南昌县 2015)
    found = records(
        "南昌县完成农业综合开发投资2.23亿元\n发布时间:2015-12-29\n“十二五”期间,南昌县建设高标准农田6.8万亩、"
        "畜禽养殖基地6个、蔬菜种植基地4个、苗木种植和水产养殖基地各2个,扶持农产品加工企业18家。",
        date="2015-12-29",
    )
    assert sorted(r.indicator for r in found if r.value == 2) == ["水产养殖基地", "苗木种植基地"]


def test_the_area_projects_cover_is_no_reference_to_a_project() -> None:
    # http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20151229/3519762.shtml (南昌县 2015)
    found = records(
        "南昌县完成农业综合开发投资2.23亿元\n发布时间:2015-12-29\n据统计,通过农业综合开发项目的实施,"
        "项目区年新增粮食生产能力1612.1万公斤。",
        date="2015-12-29",
    )
    assert one(found, 1612.1).subject == ""
    assert not one(found, 1612.1).indicator.startswith("区")


def test_the_years_investment_of_a_counted_group_of_projects_is_the_groups() -> None:
    # https://www.fabugov.com/html/fabuting/yulin/yl_xianquliangdian/2022/0414/18353.html (清涧 2022)
    found = records(
        "清涧县2022年第二季度23个重点项目集中开工\n据了解,今年我县共安排重点项目79个,总投资55亿元,"
        "年度计划投资31.52亿元。其中新建项目65个,总投资39.6亿元,年度投资24.3亿元。",
        date="2022-04-14",
    )
    assert one(found, 24.3).indicator == "新建项目年度投资"
