"""The whole build: every seed document → normalize → segment → extract → indicator records."""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.collector import collector_paused
from bot.ingest.decode import UnreadableDocument, read_document
from bot.ingest.extract import extract_records
from bot.ingest.manifest import MANIFEST_NAME, DocumentInfo, infer_date, infer_title, load_manifest
from bot.ingest.normalize import normalize
from bot.ingest.place_doubt import doubted_place, unnamed_county_reason
from bot.ingest.places import Gazetteer
from bot.ingest.record import Record
from bot.ingest.segment import split_sections
from bot.ingest.site_hosts import source_place
from bot.ingest.towns import speaks_as_town, town_index

INGEST_DIR = Path(__file__).resolve().parent
# The place lists the ingest reads (gazetteer, zones, towns, common-word short names); the store is the output.
DATA_DIR = INGEST_DIR.parent / "data"
STAGES = ("read", "normalize", "segment", "extract")


@dataclass
class BuildResult:
    records: list[Record] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    chars: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, one-line reason)


class SkippedDocument(Exception):
    """A document that yields nothing the store can use; the message says why in one line."""


def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(p for p in seeds_dir.glob("*.txt") if p.is_file())


def fingerprint(seeds_dir: Path) -> str:
    """What a store was built from: the seeds, the manifest, the ingest code, the vocabulary and the data files."""
    digest = hashlib.sha256()
    inputs = [
        *seed_files(seeds_dir),
        seeds_dir / MANIFEST_NAME,
        *sorted(INGEST_DIR.glob("*.py")),
        INGEST_DIR.parent / "vocabulary.py",  # the canonical names records carry
        *sorted(p for p in DATA_DIR.glob("*.json") if not p.name.startswith("store")),
    ]
    for path in inputs:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_corpus(
    seeds_dir: Path, files: Iterable[Path] | None = None, on_document: Callable[[Path], None] | None = None
) -> BuildResult:
    """Parse every seed document. A document that cannot be read or parsed is skipped with a one-line reason
    (`result.skipped`); it costs the others nothing.

    The collector is paused meanwhile: parsing makes no reference cycles (the whole real corpus leaves none to
    collect), so its sweeps, over the gazetteer and every record made so far, would find nothing."""
    manifest = load_manifest(seeds_dir)
    gazetteer = Gazetteer.default()
    result = BuildResult()
    with collector_paused():
        for path in seed_files(seeds_dir) if files is None else files:
            try:
                parse_document(path, manifest.get(path.stem), gazetteer, result)
            except UnreadableDocument as exc:
                result.skipped.append((path.name, exc.reason))
            except SkippedDocument as exc:
                result.skipped.append((path.name, str(exc)))
            except Exception as exc:  # one bad document must not stop the build
                result.skipped.append((path.name, f"cannot be parsed ({type(exc).__name__}: {exc})"))
            if on_document:
                on_document(path)
    return result


def parse_document(path: Path, info: DocumentInfo | None, gazetteer: Gazetteer, result: BuildResult) -> None:
    clock = time.perf_counter()
    raw = read_document(path)
    clock = _lap(result, "read", clock)
    norm = normalize(raw)
    clock = _lap(result, "normalize", clock)
    doc = _document_info(path.stem, norm.text, info)
    sections = split_sections(norm.text, gazetteer, places=doc.places or None, city=doc.city)
    clock = _lap(result, "segment", clock)
    found = extract_records(doc, norm, sections)
    clock = _lap(result, "extract", clock)
    # A figure whose place is unknown cannot be answered for any place: it is left out.
    records = [r for r in found if r.region]
    # A text that names no county may be placed by its manifest source address (`ynlx.gov.cn`: 临翔区's site).
    place = (
        source_place(doc.source, doc.places, norm.text, {r.region for r in records}, gazetteer)
        if found
        else None
    )
    if place is not None:  # read again as the manifest giving that place would have it read
        doc = replace(doc, places=[place.name], city=doc.city or place.city)
        sections = split_sections(norm.text, gazetteer, places=doc.places, city=doc.city)
        clock = _lap(result, "segment", clock)
        records = [r for r in extract_records(doc, norm, sections) if r.region]
        _lap(result, "extract", clock)
    if found and not records:
        raise SkippedDocument(_unplaced_reason(doc.source, norm.text, gazetteer))
    if (
        place is None
        and not doc.places
        and (doubt := doubted_place(norm.text, (r.region for r in records), gazetteer))
    ):
        raise SkippedDocument(doubt)
    result.records.extend(records)
    result.chars += len(raw)
    result.documents.append(_document_entry(doc, records, len(raw)))


def _unplaced_reason(source: str, text: str, gazetteer: Gazetteer) -> str:
    """Why a document with figures built none, and what the manifest can give: a text that names no place keeps
    none of its figures (a figure without a place answers no question), so the user is told how to place it."""
    if speaks_as_town(
        text
    ):  # `八角井镇…全镇实现…`: whatever county or city it names, the figures are its own
        return (
            "it speaks as a town (全镇, 该镇, 街道办事处), whose own figures are no county's or city's; "
            "give its places in the manifest to read them as a county's"
        )
    if reason := unnamed_county_reason(text, gazetteer):
        return reason
    if shared := gazetteer.shared_full_names(text):
        name, places = next(iter(shared.items()))
        where = "、".join(f"{p.city or p.province}{p.name}" for p in places[:4])
        return (
            f"it names {name}, which several places share ({where}), and no city to tell which; "
            "give its places in the manifest"
        )
    if source:
        return (
            "no place the gazetteer knows is named, and its source address names no single county or city; "
            "give its places in the manifest"
        )
    if towns := sorted(town_index(gazetteer).named(text))[:3]:
        return (
            f"it names no county, only towns ({'、'.join(towns)}), whose own figures are no county's; "
            "give its places in the manifest to read them as a county's"
        )
    return (
        "no place the gazetteer knows is named; give its places in the manifest, or its source address "
        "if it is on the county's or city's own site"
    )


def _lap(result: BuildResult, stage: str, since: float) -> float:
    now = time.perf_counter()
    result.seconds[stage] += now - since
    return now


def _document_info(doc_id: str, text: str, info: DocumentInfo | None) -> DocumentInfo:
    """The manifest's facts, with what it leaves out inferred from the text."""
    doc = info or DocumentInfo(id=doc_id)
    if not doc.date:
        doc.date = infer_date(text)
    doc.title = infer_title(text)
    return doc


def _document_entry(doc: DocumentInfo, records: list[Record], chars: int) -> dict:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        counts[record.region][record.kind] += 1
    places = doc.places or sorted(r for r in counts if r)
    city = doc.city or next((r.city for r in records if r.city), "")
    return {
        "id": doc.id,
        "title": doc.title,
        "places": places,
        "city": city,
        "date": doc.date,
        "kind": doc.kind,
        "source": doc.source,
        "chars": chars,
        "records": len(records),
    }
