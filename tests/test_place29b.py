"""Place rules of the twenty-sixth round, on sentences of the real corpora."""

from __future__ import annotations

from tests.ingest_helpers import records, regions


def test_an_unlisted_zone_ranked_among_the_citys_zones_is_the_zones_figure() -> None:
    # a county's five-year review (dev16): the zone is ranked among zones; the county among counties
    found = records(
        "平山县“十四五”发展回顾\n"
        "全县地区生产总值年均增长6.6%,2025年首次突破350亿元。"
        "先后4次在省市综合考核和经济发展绩效专项考核中排名同类县第一。"
        "西柏坡经济开发区营业收入连续3年排名全市省级开发区首位。"
    )
    assert regions(found, 6.6, 350) == {6.6: "平山县", 350: "平山县"}
    assert {r.region for r in found if r.unit == "名次"} == {"平山县", "西柏坡经济开发区"}


def test_a_countys_industrial_park_ranked_among_provincial_parks_is_the_parks_figure() -> None:
    # a county-level city's work report (dev23)
    found = records(
        "弥勒市2026年政府工作报告\n"
        "这五年,地区生产总值先后突破500亿元大关。"
        "弥勒产业园区规模以上工业总产值连续5年居全州11个省级园区第一。"
        "城镇、农村常住居民人均可支配收入较“十三五”末分别增加9784元、7408元。"
    )
    assert [r.region for r in found if r.unit == "名次"] == ["弥勒产业园区"]
    assert regions(found, 500, 9784) == {500: "弥勒市", 9784: "弥勒市"}


def test_the_park_ranked_among_zones_after_its_county_is_named_is_the_parks_figure() -> None:
    # a zone's page (fresh24): `园区` after a clause about the county is the zone again
    found = records(
        "河北景县工业园区省级开发区\n\n"
        "景县工业园区规划面积9.6平方公里。西区总投资65亿元,入园工业项目56家。"
        "2007年,景县被中国橡胶工业协会命名为“中国(景州)橡塑管业基地”,"
        "园区被评为首届环渤海省级开发区投资环境竞争力百强第二名。"
    )
    assert [r.region for r in found if r.unit == "名次"] == ["景县工业园区"]
