"""Records of a short text built the way the pipeline builds a document's, for the rule tests."""

from __future__ import annotations

from bot.ingest.extract import extract_records
from bot.ingest.manifest import DocumentInfo, infer_date
from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.record import Record
from bot.ingest.segment import split_sections


def records(text: str, date: str = "", places: tuple[str, ...] = ()) -> list[Record]:
    """The text's records, dated by `date` or by the text itself, placed by `places` or by the text."""
    norm = normalize(text)
    doc = DocumentInfo(id="t", places=list(places), date=date or infer_date(norm.text))
    sections = split_sections(norm.text, Gazetteer.default(), places=doc.places or None)
    return extract_records(doc, norm, sections)


def one(found: list[Record], value: float) -> Record:
    """The only record of that value."""
    (record,) = [r for r in found if r.value == value]
    return record


def regions(found: list[Record], *values: float) -> dict[float, str]:
    """The place of each record of those values."""
    return {r.value: r.region for r in found if r.value in values}
