"""Figures the build used to miss: a district's text that measures itself against its city (`全市第一`,
`名列全市前列`, `高出全市平均水平`) is its own, not the city's; a statistics bulletin's table under a caption row, its
industries' rows the industries' value added. Sentences are real pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.place_doubt import doubted_place
from bot.ingest.places import Gazetteer
from bot.ingest.segment import spoken_voice
from bot.ingest.tables import bare_cells
from tests.ingest_helpers import build_one, records

GAZETTEER = Gazetteer.default()

# dev19 r379 邗江 (a mid-year story): it ranks itself in its city and speaks as the district.
HANJIANG = (
    "GDP达475亿,增长7.2%,位居全市首位;固定资产投资增长12.3%,位列全市第一。区统计局最新数据显示,今年上半年,"
    "邗江主要经济指标增幅在全市排名领先领跑。\n"
    "“上半年,邗江经济发展交出优异‘成绩单’,多项经济指标名列全市前列。”区统计局相关负责人表示。\n"
    "统计数据显示,今年上半年,邗江全区地区生产总值完成475.09亿元,按可比价增长7.2%,高出全市平均水平0.2个百分点,"
    "位居全市第一位。全区经济发展在重压之下经受住了考验,体现出我区经济前进的步伐更加稳健,邗江上半年工业增加值等"
    "居全市前列。\n"
)


def test_a_district_measured_against_its_city_speaks_as_the_district() -> None:
    voice = spoken_voice(HANJIANG)
    assert voice["市"] == 0 and voice["区"] == 3
    assert doubted_place(HANJIANG, ["邗江区"] * 3, GAZETTEER) == ""


def test_a_district_measured_against_its_city_is_built(tmp_path: Path) -> None:
    built = build_one(tmp_path, HANJIANG)
    assert not built.skipped
    found = {r.value: r for r in built.records}
    assert found[475.09].region == "邗江区" and found[475.09].indicator == "地区生产总值"


# dev19 r387 涡阳 2022 bulletin (trad), as it reads after conversion: a caption row, then the header; the indented rows'
# blanks were lost to `?`.
GUOYANG_TABLE = (
    "2022年涡阳县国民经济和社会发展统计公报\n"
    "| 表1??2022年全县生产总值及其增长速度 | ||\n"
    "| 指??标 | 绝对数(亿元) | 比上年增长(%) |\n"
    "| 地区生产总值 | 451.7 | 5.1 |\n"
    "| 第一产业 | 67.8 | 3.8 |\n"
    "| ??工??业 | 128.7 | 6.5 |\n"
    "| 第三产业 | 217.6 | 4.3 |\n"
    "| ??批发和零售业 | 26.3 | 2.8 |\n"
)


def test_a_table_under_a_caption_row_is_read_by_its_header() -> None:
    cells = {(c.indicator, c.value, c.unit) for c in bare_cells(GUOYANG_TABLE).values()}
    assert ("地区生产总值", 451.7, "亿元") in cells
    assert ("地区生产总值增速", 5.1, "%") in cells
    assert ("第一产业增加值", 67.8, "亿元") in cells
    assert ("工业增加值增速", 6.5, "%") in cells
    assert ("批发和零售业增加值", 26.3, "亿元") in cells


def test_the_products_industry_rows_are_their_value_added() -> None:
    found = {(r.value, r.unit): r for r in records(GUOYANG_TABLE, "2023-03-01")}
    assert found[(217.6, "亿元")].canonical == "服务业增加值"
    # the product's 工业 row is all industry, not the firms above the size limit
    assert found[(128.7, "亿元")].indicator == "工业增加值" and found[(128.7, "亿元")].canonical == ""
    assert found[(451.7, "亿元")].region == "涡阳县" and found[(451.7, "亿元")].period == "2022"


def test_last_years_level_a_change_is_counted_from_is_a_record() -> None:
    # dev19 r394 宣威 (trad, a mid-year story)
    found = {
        (r.value, r.unit): r
        for r in records(
            "宣威市产量上:上半年生产原煤252万吨,与去年同期179万吨相比增长41%。"
            "产值上:上半年完成产值10.9亿元,与去年同期8.2亿元相比增长33%。",
            "2019-07-20",
            places=("宣威市",),
        )
    }
    assert found[(179, "万吨")].kind == "actual" and found[(179, "万吨")].period == "2018H1"
    assert found[(8.2, "亿元")].period == "2018H1"
    assert found[(252, "万吨")].period == "2019H1" and found[(41, "%")].period == "2019H1"
