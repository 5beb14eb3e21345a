"""A document placed by a guess its text does not bear out is skipped with its reason, never stored as a city's.

The sentences are from real pages: a 乾安县 news piece on the 松原 channel of 中国吉林网 (2019-04-23, with the
county's own name taken out, as a text that names only its city reads), a 上虞区 first-quarter report (2021) and
the 南昌县 statistics communique (2019); the county-voice case's second sentence is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.ingest.manifest import MANIFEST_NAME
from bot.ingest.pipeline import build_corpus
from bot.ingest.place_doubt import doubted_place
from bot.ingest.places import Gazetteer

GAZETTEER = Gazetteer.default()

# A county's news naming only its city (the channel's `松原站`), speaking as the county (`全县`).
ONLY_ITS_CITY = (
    "奏响春日“三早”协奏曲 要闻-松原站\n"
    "2019-04-23 10:35 | 来源: 中国吉林网\n"
    "4月,春风拂面,沉睡的黑土地被唤醒,又到了一年中播种希望的时节。\n"
    "今年,全县计划实施5000万元以上项目40个,总投资85亿元。全县上下要以时不我待的紧迫感,确保固定资产投资增长10%以上。\n"
)
# A district's report naming itself only by its short form, in its own voice.
OWN_SHORT_NAME = (
    "上虞区政府召开一季度经济运行情况通报会\n"
    "顾世明高度评价今年一季度政府工作所取得的成绩。他说,全区紧紧围绕战略目标,系统化、全方位、高质量推进各项工作。\n"
    "一季度,上虞实现地区生产总值220亿元,同比增长19.5%。\n"
)


def _seeds(tmp_path: Path, **docs: str) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in docs.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    return seeds


def test_a_county_text_naming_only_its_city_is_skipped_with_its_reason(tmp_path: Path) -> None:
    result = build_corpus(_seeds(tmp_path, only_city=ONLY_ITS_CITY, own_short=OWN_SHORT_NAME))
    assert [name for name, _ in result.skipped] == ["only_city.txt"]
    reason = result.skipped[0][1]
    assert "松原市" in reason and "never writes" in reason and "全县" in reason and "manifest" in reason
    assert not any(r.region == "松原市" for r in result.records)
    # the other document costs nothing
    assert {r.region for r in result.records} == {"上虞区"}


def test_the_manifest_places_a_doubted_text(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path, only_city=ONLY_ITS_CITY)
    entry = {"id": "only_city", "places": ["乾安县"], "date": "2019-04-23"}
    (seeds / MANIFEST_NAME).write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    result = build_corpus(seeds)
    assert not result.skipped
    assert {r.region for r in result.records} == {"乾安县"}
    assert any(r.indicator == "固定资产投资增速" and r.value == 10 for r in result.records)


def test_a_place_written_in_full_or_in_its_own_voice_is_not_doubted() -> None:
    communique = "2019年,全县上下坚持以新发展理念为指导,为全面建成小康社会打下了坚实基础。南昌县全年地区生产总值实现1027.8亿元。"
    assert doubted_place(communique, ["南昌县"] * 3, GAZETTEER) == ""
    assert doubted_place(OWN_SHORT_NAME, ["上虞区"] * 2, GAZETTEER) == ""


def test_a_county_level_place_spoken_of_as_another_kind_is_doubted() -> None:
    # a district's short form, in a county's voice: the district was guessed from a word, not named
    text = "今年,全县计划实施5000万元以上项目40个。我县上虞路改造工程完成投资3亿元。"
    assert "speaks as a county" in doubted_place(text, ["上虞区"] * 2, GAZETTEER)


def test_a_province_or_zone_is_not_judged() -> None:
    assert doubted_place(ONLY_ITS_CITY, ["吉林省"], GAZETTEER) == ""
    assert doubted_place(ONLY_ITS_CITY, ["松原经济技术开发区"], GAZETTEER) == ""
