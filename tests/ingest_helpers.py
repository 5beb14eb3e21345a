"""Records of a short text built the way the pipeline builds a document's, for the rule tests."""

from __future__ import annotations

import json
from pathlib import Path

from bot.ingest.extract import extract_records
from bot.ingest.manifest import DocumentInfo, infer_date
from bot.ingest.normalize import normalize
from bot.ingest.pipeline import BuildResult, build_corpus
from bot.ingest.places import Gazetteer
from bot.ingest.record import Record
from bot.ingest.segment import split_sections


def records(text: str, date: str = "", places: tuple[str, ...] = ()) -> list[Record]:
    """The text's records, dated by `date` or by the text itself, placed by `places` or by the text."""
    norm = normalize(text)
    doc = DocumentInfo(id="t", places=list(places), date=date or infer_date(norm.text))
    sections = split_sections(norm.text, Gazetteer.default(), places=doc.places or None)
    return extract_records(doc, norm, sections)


def text_date(text: str) -> str:
    """The date the build infers for a document with this raw text and no manifest."""
    return infer_date(normalize(text).text)


def one(found: list[Record], value: float) -> Record:
    """The only record of that value."""
    (record,) = [r for r in found if r.value == value]
    return record


def regions(found: list[Record], *values: float) -> dict[float, str]:
    """The place of each record of those values."""
    return {r.value: r.region for r in found if r.value in values}


def build_one(folder: Path, text: str, entry: dict | None = None) -> BuildResult:
    """The whole build of one document `d1` in a fresh seeds folder, with `entry` as its manifest line if given."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "d1.txt").write_text(text, encoding="utf-8")
    if entry is not None:
        (seeds / "manifest.jsonl").write_text(json.dumps({"id": "d1", **entry}) + "\n", encoding="utf-8")
    return build_corpus(seeds)


def subjects_by_clause(folder: Path, text: str) -> dict[str, str]:
    """The subject of each record of the one-document build, by its source clause."""
    return {r.text: r.subject for r in build_one(folder, text).records}
