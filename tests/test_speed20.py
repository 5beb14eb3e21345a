"""Fast paths of the build give what their plain forms give: the year scan of `_present_year`, written to open with
the year's digits; a document's year and month, worked out when its date is set; the quick test for a person; the
scan for counted groups of projects."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.ingest import manifest, not_records, subject, tense
from bot.ingest.normalize import normalize
from bot.ingest.pipeline import seed_files

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    # (r175 浦北 2025, dev10) a year gone by, after 截至
    "浦北1952年设立,1965年恢复建县。截至2024年,浦北县地区生产总值跃升至284.97亿元,较建县之初增长4",
    # (r302 长兴, dev15) the year in a programme's name
    "元件技术改造项目列入2010年中央新增投资项目,大项目",
    # (r140 鹿城 2020, dev8) a long-range goal's year
    "第十四个五年规划和2035年远景目标的建议",
    "较2015年增加22亿元,2016年至2018年,到2025年,截止2023年底,纳入2019年计划,12023年,与2019年持平,2020年底前",
    "",
    "2024年",
]


def _texts() -> list[str]:
    texts = list(SENTENCES)
    for folder in (ROOT / "seeds", ROOT / "tests" / "unseen" / "docs"):
        texts += [normalize(path.read_text(encoding="utf-8")).text for path in seed_files(folder)]
    return texts


@pytest.mark.parametrize("text", _texts())
def test_year_mentions_match_plain_form(text: str) -> None:
    assert manifest._YEAR_MENTIONED.findall(text) == manifest._YEAR_MENTIONED_PLAIN.findall(text)


def test_present_year_of_real_sentences() -> None:
    assert manifest._present_year(SENTENCES[0]) == "2024"
    assert manifest._present_year(SENTENCES[2]) == "2021"  # the plan's first year, not 2035


@pytest.mark.parametrize(
    ("period", "year"), [("2021-2025", 2025), ("2024", 2024), ("2024-06", 2024), ("", None), ("未定", None)]
)
def test_period_year(period: str, year: int | None) -> None:
    assert tense.period_year(period) == year


def test_document_year_and_month_follow_its_date() -> None:
    doc = manifest.DocumentInfo(id="u08", date="2021-09")
    assert (doc.year, doc.month) == (2021, 9)
    doc.date = "2023"  # (the pipeline dates a document the manifest left undated)
    assert (doc.year, doc.month) == (2023, None)
    moved = replace(doc, places=["肥西县"], date="2022-01-15")
    assert (moved.year, moved.month) == (2022, 1)
    assert (manifest.DocumentInfo(id="x").year, manifest.DocumentInfo(id="x").month) == (None, None)


@pytest.mark.parametrize("text", _texts())
def test_person_characters_stand_in_every_person_match(text: str) -> None:
    for m in not_records._PERSON.finditer(text):
        assert not_records._PERSON_CHAR.search(m.group())


@pytest.mark.parametrize("text", _texts())
def test_project_groups_match_plain_form(text: str) -> None:
    plain = re.compile(subject._PROJECT_GROUP_PLAIN)
    assert [m.span() for m in subject._PROJECT_GROUP.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
    for start in range(0, len(text), 97):  # (read in a paragraph's bounds, as entities_in does)
        end = min(len(text), start + 300)
        found = [m.span() for m in subject._PROJECT_GROUP.finditer(text, start, end)]
        assert found == [m.span() for m in plain.finditer(text, start, end)]


def test_project_group_of_a_real_sentence() -> None:
    # (r161 石门 2021, dev) `6大项目` counts projects; `第二个…项目` is an ordinal
    found = [
        m.group()
        for m in subject._PROJECT_GROUP.finditer("石门县6大项目集中开工,第二个招商引资项目开始正式落户")
    ]
    assert found == ["6大项目"]
