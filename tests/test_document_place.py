"""A document is never left without a place it names somewhere: byline, title, congress, one-character counties."""

from pathlib import Path

import pytest

from bot.ingest.pipeline import build_corpus
from bot.ingest.places import Gazetteer
from bot.ingest.segment import fallback_place, own_place, split_sections


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _region(text: str, gaz: Gazetteer) -> str:
    return split_sections(text, gaz)[0].region


def test_one_character_county_named_in_full_is_found(gaz):
    assert _region("叶县：上半年全县生产总值增长5%。", gaz) == "叶县"
    assert fallback_place("全县经济运行平稳。沛县融媒体中心", gaz).name == "沛县"


def test_the_bare_character_or_a_word_is_no_county(gaz):
    assert gaz.full_names("打造县城，加快县域经济") == []
    assert [m.place.name for m in gaz.full_names("市和县两级财政")] == []
    assert [m.place.name for m in gaz.full_names("郏县人民政府")] == ["郏县"]


def test_the_congress_of_a_county_beats_a_city_it_names_more(gaz):
    text = (
        "政府工作报告\n——2024年1月10日在郏县第十届人民代表大会第三次会议上\n"
        "融入郑州都市圈，对接郑州、洛阳。\n全县地区生产总值完成260亿元。"
    )
    assert own_place(text, gaz).name == "郏县"
    assert _region(text, gaz) == "郏县"


def test_a_short_form_named_once_in_a_byline(gaz):
    text = "1-5月份全县经济运行情况\n1-5月，全县规上工业增加值增长8.2%。\n缙云统计"
    assert _region(text, gaz) == "缙云县"


def test_a_same_named_district_is_placed_by_its_city_named_elsewhere(gaz):
    text = "上半年全区经济运行\n全区规上工业增加值增长8%。\n来源：南京市鼓楼区统计局"
    assert fallback_place(text, gaz) is not None


def test_no_document_with_a_named_place_is_skipped(tmp_path: Path):
    docs = {
        "a": "政府工作报告\n在郏县第十届人民代表大会上\n2023年，全县地区生产总值完成260亿元，增长6%。",
        "b": "1-5月份全县经济运行情况\n1-5月，全县规上工业增加值增长8.2%。\n缙云统计",
        "c": "访县委书记\n去年全县地区生产总值突破1000亿元。\n（来源：陇县融媒体中心）",
    }
    for name, text in docs.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = build_corpus(tmp_path)
    assert result.skipped == []
    assert {r.doc: r.region for r in result.records} == {"a": "郏县", "b": "缙云县", "c": "陇县"}


def test_a_town_suffix_before_a_province_is_no_county(gaz):
    assert [m.place.name for m in gaz.find_mentions("榔桥镇安徽宝泰特材有限公司")] == ["安徽省"]
    assert [m.place.name for m in gaz.find_mentions("在镇江举行")] == ["镇江市"]
    assert [m.place.name for m in gaz.find_mentions("商洛镇安")] == ["商洛市", "镇安县"]
