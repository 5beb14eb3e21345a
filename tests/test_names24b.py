"""Indicator names formed from real sentences of the tuning corpus: a share after a share, an adverb opening a name."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_a_share_after_a_share_is_of_the_same_thing() -> None:
    # f24_p14 岷县 2010 (fresh24): `种植面积占全市的23%,占全省的12%`; the second is the area's share of the province,
    # not a share of the first share
    found = records(
        "岷县中药材产业。全县药材种植面积从1995年的5万亩发展到目前的25万亩左右,种植面积占全市的23%,占全省的12%,"
        "其中当归种植面积10万亩,占全市的40%,占全省的25%,占全国的24%。",
        date="2010-05-01",
    )
    assert one(found, 12).indicator == "种植面积占全省比重"
    assert [r.indicator for r in found if r.value == 25 and r.unit == "%"] == ["当归种植面积占全省比重"]
    assert one(found, 24).indicator == "当归种植面积占全国比重"
    assert one(found, 40).indicator == "当归种植面积占全市比重"
    assert {r.region for r in found} == {"岷县"}
    # r154 互助 profile (dev9): a people's share of the county, then of the whole nation's people
    found = records(
        "互助土族自治县概况。截至2024年,互助土族自治县总人口40.14万人,其中土族人口7.5万人,占全县总人口的18.7%,"
        "占中国土族总人口的32.3%。",
    )
    assert one(found, 32.3).indicator == "土族人口占中国土族总人口比重"


def test_an_adverb_opening_a_name_is_no_part_of_it() -> None:
    # f24_p01 镇雄 2015 (fresh24): `又完成2500亩新植桑园建设`, the planting named after the area, not `又`
    found = records("镇雄县蚕桑产业发展情况。2015年又完成2500亩新植桑园建设。", date="2015-12-01")
    record = one(found, 2500)
    assert record.indicator.startswith("新植桑园")
    assert (record.region, record.kind, record.period) == ("镇雄县", "actual", "2015")
    # f24_p05 和县 2017 (fresh24): `将继续投入财政性资金495万元`, a plan's funds
    record = one(records("和县光伏扶贫工作。和县2017年将继续投入财政性资金495万元。", date="2017-03-01"), 495)
    assert (record.indicator, record.kind) == ("投入财政性资金", "target")
    # f24_p14 岷县 (fresh24): `仅2009年全县中药材产业总产值达4.86亿元`: the year is the period, `仅` no part of the name
    found = records("岷县中药材产业。仅2009年全县中药材产业总产值达4.86亿元,占全县GDP的50%。", date="2010-05-01")
    assert (one(found, 4.86).indicator, one(found, 4.86).period) == ("中药材产业总产值", "2009")
    assert one(found, 50).indicator == "中药材产业总产值占全县GDP比重"
    # r376 西安经开区 (dev18): `先后引进…等世界500强企业投资项目70余个`
    found = records(
        "西安经济技术开发区简介。西安经开区先后引进西门子、ABB、博世等世界500强企业投资项目70余个。", date="2021-06-01"
    )
    assert one(found, 70).indicator == "引进世界500强企业投资项目"
    # a word that starts with one of them is kept whole (`继续教育`)
    assert one(records("某县2020年工作总结。全年完成继续教育培训1200人次。", date="2020-12-31"), 1200).indicator.startswith(
        "继续教育"
    )


def test_a_bare_measure_after_a_crops_measure_is_the_crops() -> None:
    # f24_p08 温宿 2010 (fresh24): the bearing area and the yield per mu after the jujubes' planted area are the jujubes',
    # and each passes the crop on to the next
    found = records(
        "温宿县2010年红枣外销11亿元。今年,温宿县红枣种植面积达28.58万亩,挂果面积16.26万亩,平均亩产214公斤,"
        "总产量达到3.48万吨。",
        date="2010-12-01",
    )
    assert [one(found, v).indicator for v in (16.26, 214, 3.48)] == ["红枣挂果面积", "红枣平均亩产", "红枣总产量"]
    assert {(r.region, r.kind, r.period) for r in found} == {("温宿县", "actual", "2010")}
    # f23_p15 积石山 2010 (fresh23): `花椒累计栽植面积27万亩,其中挂果面积8万亩`
    found = records(
        "积石山县花椒产业。截止目前,全县花椒累计栽植面积27万亩,其中挂果面积8万亩,花椒产量100万公斤,产值2000万元。",
        date="2010-10-01",
    )
    assert one(found, 8).indicator == "花椒挂果面积"
    assert one(found, 2000).indicator == "花椒产值"


def test_success_said_of_a_deed_is_no_part_of_its_name() -> None:
    # r383 浦江 2023 (dev19): `成功招引亿元以上项目27个`; r182 蠡县 2017 (dev10): `成功引进商户100余户`
    found = records("浦江县2023年政府工作报告。过去一年,成功招引亿元以上项目27个。", date="2023-01-10")
    assert one(found, 27).indicator == "招引亿元以上项目"
    found = records("蠡县2017年政府工作报告。绒毛小镇一期如期竣工,成功引进商户100余户。", date="2017-01-10")
    assert one(found, 100).indicator == "引进商户"
    # (a rate of success keeps its word: `成功率`)
    assert one(records("某区2023年工作总结。全区创业项目成功率达85%。", date="2023-12-31"), 85).indicator.endswith(
        "成功率"
    )
