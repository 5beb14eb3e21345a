"""Quicker readings that give the same answers as the slower ones they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.ingest import context, extract, fast_patterns, normalize, not_records, segment, towns
from bot.ingest.pipeline import seed_files
from bot.ingest.place_doubt import _only_a_towns_address
from bot.ingest.places import Gazetteer, Place
from bot.ingest.towns import _county_town_names, town_index, towns_opening

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = Gazetteer.default()
SHUYANG = GAZETTEER.get("沭阳县")
# f19_p01 沭阳 2024: a clause opening with the county's towns, by their short names
TOWNS_SENTENCE = (
    "预计实现工业开票798亿元,桑墟、贤官工业开票销售收入先后突破百亿元,李恒、青伊湖、刘集等乡镇相继突破60亿元"
)


def _corpus() -> list[str]:
    folders = (ROOT / "seeds", ROOT / "tests" / "unseen" / "docs")
    return [normalize.normalize(p.read_text(encoding="utf-8")).text for f in folders for p in seed_files(f)]


def _opening_by_every_town(text: str, pos: int, county: Place) -> str:
    """`towns_opening` as it read before: the last listed name's town found by trying every town of the county."""
    full, short, _ = _county_town_names(county.code)
    head = towns._TOWNS_LISTED.match(text, pos) if full else None
    if head is None:
        return ""
    names = head.group().split("、")
    if any(name not in full and name not in short for name in names[:-1]):
        return ""
    last = names[-1]
    tail = max((len(n) for n in (*full, *short) if last.startswith(n)), default=0)
    if not tail or (last[:tail] not in full and len(names) < towns._SHORT_TOWN_MIN):
        return ""
    written = text[pos : head.end() - len(last) + tail]
    more = towns._MORE_TOWNS.match(text, pos + len(written))
    return written + more.group() if more else written


def test_towns_opening_reads_the_towns_a_clause_opens_with() -> None:
    first = TOWNS_SENTENCE.index("桑墟")
    second = TOWNS_SENTENCE.index("李恒")
    assert towns_opening(TOWNS_SENTENCE, first, SHUYANG) == "桑墟、贤官"
    assert towns_opening(TOWNS_SENTENCE, second, SHUYANG) == "李恒、青伊湖、刘集等乡镇"
    assert towns_opening(TOWNS_SENTENCE, 0, SHUYANG) == ""


def test_towns_opening_by_prefixes_reads_as_trying_every_town() -> None:
    counties = [SHUYANG, GAZETTEER.get("肥西县"), GAZETTEER.get("长沙县")]
    for text in [TOWNS_SENTENCE, *_corpus()[:6]]:
        for county in counties:
            for pos in range(len(text)):
                assert towns_opening(text, pos, county) == _opening_by_every_town(text, pos, county)


def test_a_towns_address_found_whichever_scan_runs_first() -> None:
    # `肥西县丰乐镇`, twice, in a piece on the town's fields: the county is only the town's address
    feixi = GAZETTEER.get("肥西县")
    text = "肥西县丰乐镇万亩水稻喜获丰收。" * 2 + "丰乐镇今年种植水稻3.2万亩,亩产650公斤。" * 40
    assert _only_a_towns_address(text, feixi, GAZETTEER) == "肥西县丰乐镇"
    index = town_index(GAZETTEER)
    plain = "肥西县今年种植水稻3.2万亩,亩产650公斤。" * 40  # names none of its towns
    assert not [s for s in index.spans(plain) if feixi in index.counties(s[2])]
    assert _only_a_towns_address(plain, feixi, GAZETTEER) == ""


@pytest.mark.parametrize(
    "pattern",
    [
        segment._RANK_SCALE,
        extract._HOLIDAY,
        context._TIME_EXPR_CHARS,
        not_records._PERSON,
    ],
    ids=lambda p: p.pattern[:12],
)
def test_patterns_written_words_first_match_as_their_plain_forms(pattern: re.Pattern[str]) -> None:
    plain = re.compile(fast_patterns.PLAIN[pattern.pattern], pattern.flags)
    extra = [
        "增速高于全市平均2个百分点,全县第一",
        "累计完成投资",
        "国庆期间,黄金周",
        "新开工年产30万吨焦油项目",
        "他说",
    ]
    for text in [*_corpus(), *extra]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
