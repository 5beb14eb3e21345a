"""Names of round 11, each from a real sentence (its page's address in a comment)."""

from __future__ import annotations

from tests.ingest_helpers import records


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
