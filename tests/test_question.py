"""The question reader: place(s), indicator, what is asked and when, from one message in plain words."""

from __future__ import annotations

import pytest

from bot.ingest.places import Gazetteer
from bot.question import ACTUAL, COMPARE, PROGRESS, TARGET, QuestionReader, TimeAsk


@pytest.fixture(scope="module")
def reader() -> QuestionReader:
    return QuestionReader(Gazetteer.default(), ["南通市", "扬州市"], lambda place: True)


@pytest.mark.parametrize(
    "text",
    ["海安GDP", "海安 GDP", "海安市GDP", "ＧＤＰ海安", "GDP 海安市", "南通海安GDP", "江苏南通海安 GDP"],
)
def test_the_place_is_found_anywhere_with_or_without_spaces(reader: QuestionReader, text: str) -> None:
    q = reader.read(text)
    assert [p.name for p in q.places] == ["海安市"]
    assert q.families == ("地区生产总值",)


def test_several_places_and_a_namesake_outside_the_store_cities(reader: QuestionReader) -> None:
    q = reader.read("海安和如皋GDP哪个高")
    assert [p.name for p in q.places] == ["海安市", "如皋市"] and q.intent == COMPARE
    beijing = reader.read("北京通州GDP").places[0]
    assert (beijing.name, beijing.city) == ("通州区", "北京市")
    nantong = reader.read("通州GDP").places[0]  # in the store's cities, 通州 is 南通's
    assert (nantong.name, nantong.city) == ("通州区", "南通市")
    assert reader.read("昆山GDP").places[0].name == "昆山市"  # a short name outside them still counts


def test_a_short_name_inside_a_word_is_not_a_place_when_the_store_has_nothing_for_it() -> None:
    reader = QuestionReader(Gazetteer.default(), ["南通市", "廊坊市"], lambda place: place.name == "如皋市")
    assert [p.name for p in reader.read("如皋 重大城建项目 几个").places] == [
        "如皋市"
    ]  # 重大城建, not 大城县
    assert [p.name for p in reader.read("如皋和大城GDP").places] == ["如皋市", "大城县"]  # joined: both asked


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("海安GDP", "地区生产总值"),
        ("海安地区生产总值", "地区生产总值"),
        ("海安经济总量", "地区生产总值"),
        ("启东财政收入", "一般公共预算收入"),
        ("启东一般公共预算收入", "一般公共预算收入"),
        ("如皋高企", "高新技术企业"),
        ("海安开票", "工业开票销售"),
        ("启东外资", "实际使用外资"),
    ],
)
def test_indicator_synonyms_and_abbreviations(reader: QuestionReader, text: str, family: str) -> None:
    assert family in reader.read(text).families


def test_growth_rank_and_free_words(reader: QuestionReader) -> None:
    assert reader.read("海安GDP增长多少").canonicals == ("地区生产总值增速",)
    assert reader.read("启东GDP排名第几").variant == "排名"
    q = reader.read("启东招引科创项目多少个")
    assert not q.families and q.keywords == ("招引科创项目",)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("海安今年GDP目标是多少", TARGET),
        ("海安计划GDP", TARGET),
        ("启东财政收入实现了多少", ACTUAL),
        ("启东上半年财政收入完成情况", PROGRESS),
        ("海安和如皋比较GDP", COMPARE),
        ("海安GDP", ""),
    ],
)
def test_what_is_asked(reader: QuestionReader, text: str, intent: str) -> None:
    assert reader.read(text).intent == intent


@pytest.mark.parametrize(
    ("text", "latest", "period"),
    [
        ("海安今年GDP", 2025, "2025"),
        ("海安去年GDP", 2025, "2024"),
        ("启东上半年财政收入", 2020, "2020H1"),
        ("启东一季度财政收入", 2020, "2020Q1"),
        ("启东前三季度财政收入", 2020, "2020Q1-Q3"),
        ("启东1-7月财政收入", 2023, "2023-01~2023-07"),
        ("如皋2020年工业开票", 2025, "2020"),
        ("江都十四五排名", 2021, "2021-2025"),
        ("如皋２０２０年高企", 2025, "2020"),
    ],
)
def test_time_words(reader: QuestionReader, text: str, latest: int, period: str) -> None:
    q = reader.read(text)
    assert q.time is not None and q.time.period(latest) == period


def test_relative_time_needs_the_latest_year_and_spans_are_months() -> None:
    this_year = TimeAsk(relative=0, words="今年")
    assert this_year.needs_latest and this_year.period(None) == ""
    assert TimeAsk(year=2020, part="H1").span(None) == (2020 * 12, 2020 * 12 + 5)
    assert not TimeAsk(span_years=(2021, 2025)).needs_latest


def test_no_place_no_indicator_leaves_words(reader: QuestionReader) -> None:
    q = reader.read("科创项目")
    assert not q.places and q.keywords == ("科创项目",) and q.time is None
    assert reader.read("").places == ()


def test_development_zones_are_places_of_their_own() -> None:
    zones = {"株洲经济开发区": "株洲市", "如皋高新技术产业开发区": "南通市"}
    reader = QuestionReader(Gazetteer.default(), ["南通市"], lambda place: True, zones)
    assert [p.name for p in reader.read("株洲经开区固投目标").places] == ["株洲经济开发区"]
    assert [p.name for p in reader.read("如皋高新区实际利用外资").places] == ["如皋高新技术产业开发区"]
    assert [p.name for p in reader.read("如皋实际利用外资").places] == ["如皋市"]


def test_a_proper_named_zone_is_asked_by_its_name_alone() -> None:
    zones = {"大连金普新区": "大连市", "中山火炬高技术产业开发区": "中山市", "海安示范区": "南通市"}
    reader = QuestionReader(Gazetteer.default(), ["南通市"], lambda place: True, zones)
    assert [p.name for p in reader.read("金普新区地区生产总值").places] == ["大连金普新区"]
    assert [p.name for p in reader.read("火炬开发区GDP").places] == ["中山火炬高技术产业开发区"]
    assert [p.name for p in reader.read("大连GDP").places] == ["大连市"]
    assert [p.name for p in reader.read("海安示范区目标").places] == ["海安示范区"]


def test_a_store_region_that_is_no_zone_gets_no_alias() -> None:
    """A region the gazetteer knows under another name (沙县, now 沙县区) is not a zone to find inside 长沙县."""
    reader = QuestionReader(Gazetteer.default(), [], lambda place: True, {"沙县": "三明市"})
    assert [p.name for p in reader.read("长沙县2022年GDP增长多少").places] == ["长沙县"]
