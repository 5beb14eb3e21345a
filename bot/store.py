"""The policy store: a TinyDB file written once by `policybot build`, loaded once and queried in memory.

The file has three tables: `records` (one document per Record), `documents` (one per source document)
and `meta` (one document: schema, what the store was built from, how many records).

Once loaded, records are kept in answer order (by place: city, then name; then period, newest first;
then indicator) and indexed by id, by place, and by character n-grams of indicator names and of the
searchable text, so no query scans the whole table and none needs to sort much.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import islice
from operator import add
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from bot.ingest.record import Record

SCHEMA = 1
RECORDS, DOCUMENTS, META = "records", "documents", "meta"

_RECORD_FIELDS = frozenset(f.name for f in fields(Record))
_REQUIRED_FIELDS = frozenset(("doc", "region", "indicator", "value", "unit", "cmp", "kind"))
# Fields with few distinct values: interned at load so 100,000 records share one string per value.
_REPEATED_FIELDS = ("doc", "region", "unit", "cmp", "kind", "period", "deadline", "city")
# Joins the searched fields of a record; no query word can hold it (str.split() splits on it).
_SEP = "\x1f"
_PERIOD = re.compile(r"(\d{4})(?:-(\d{4})|H([12])|Q([1-4])(?:-Q([1-4]))?|-(\d{1,2}))?")


class StoreError(Exception):
    """A store that cannot be read or written; the message names the file."""


@dataclass(frozen=True)
class RegionSummary:
    region: str
    city: str  # prefecture-level city ("" for a city itself or when unknown)
    targets: int
    actuals: int


# --- text and order conventions shared with bot.queries ---------------------------------------------------


def fold(text: str) -> str:
    """The form both sides of a text match use: full-width folded to half-width (NFKC), case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def query_words(text: str) -> list[str]:
    """A query's words (all must match), folded, without duplicates, in order."""
    return list(dict.fromkeys(fold(w) for w in text.split()))


def region_key(region: str, city: str) -> tuple[str, int, str]:
    """Sort order of places: grouped by city, the city itself first, then its places by name."""
    group = city or region
    return (group, 0 if region == group else 1, region)


@lru_cache(maxsize=1024)
def period_span(period: str) -> tuple[int, int] | None:
    """The months a period covers, as (first, last) month numbers (year*12 + month-1); None if unknown.

    Periods look like `2020`, `2021-2025`, `2020H1`, `2020Q1`, `2020Q1-Q3` or `2020-07`.
    """
    m = _PERIOD.fullmatch(period.strip())
    if not m:
        return None
    year, end_year, half, q_first, q_last, month = m.groups()
    y = y_last = int(year)
    first, last = 1, 12
    if end_year:
        y_last = int(end_year)
    elif half:
        first, last = 6 * int(half) - 5, 6 * int(half)
    elif q_first:
        first, last = 3 * int(q_first) - 2, 3 * int(q_last or q_first)
    elif month:
        first = last = int(month)
    return y * 12 + first - 1, y_last * 12 + last - 1


def newest_first(period: str) -> tuple[int, int, int]:
    """Sort key of periods: latest end first, then latest start (2023 before 2021-2023); unknown last."""
    span = period_span(period)
    return (1, 0, 0) if span is None else (0, -span[1], -span[0])


def in_answer_order(records: Sequence[Record], cities: dict[str, str] | None = None) -> list[Record]:
    """Records by place (city, then name), then period (newest first), then indicator, then position."""
    cities = _cities(records) if cities is None else cities
    places = sorted(cities, key=lambda place: region_key(place, cities[place]))
    rank = {place: n for n, place in enumerate(places)}
    return sorted(
        records, key=lambda r: (rank[r.region], newest_first(r.period), r.indicator, r.doc, r.start)
    )


# --- writing ------------------------------------------------------------------------------------------------


def write_store(path: Path, records: list[Record], documents: list[dict], built_from: str) -> None:
    """Write the store atomically: a temp file beside `path`, fsync, rename. On failure the old file stays."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # Small tables first: TinyDB rewrites the whole file on every insert, so the big one goes last.
        with TinyDB(tmp, encoding="utf-8", ensure_ascii=False) as db:
            db.table(META).insert({"schema": SCHEMA, "built_from": built_from, "record_count": len(records)})
            db.table(DOCUMENTS).insert_multiple(dict(d) for d in documents)
            # In answer order: the loaded store then sorts nothing and walks its records in memory order.
            db.table(RECORDS).insert_multiple(r.to_dict() for r in in_answer_order(records))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (OSError, TypeError, ValueError) as exc:
        raise StoreError(f"{path}: cannot write the policy store: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible everywhere, so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- reading ------------------------------------------------------------------------------------------------


def _decode_object(pairs: list[tuple[str, Any]]) -> dict | Record:
    """JSON object hook: a record becomes a Record as soon as it is parsed, so the parsed file never holds
    100,000 dicts at once; repeated values are interned."""
    obj = dict(pairs)
    if not obj.keys() >= _REQUIRED_FIELDS:
        return obj
    for name in _REPEATED_FIELDS:
        value = obj.get(name)
        if type(value) is str:
            obj[name] = sys.intern(value)
    if not obj.keys() <= _RECORD_FIELDS:
        obj = {k: v for k, v in obj.items() if k in _RECORD_FIELDS}
    return Record(**obj)


def _read_tables(path: Path) -> tuple[list[Record], dict[str, dict], dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh, object_pairs_hook=_decode_object)
    except FileNotFoundError as exc:
        raise StoreError(f"{path}: no policy store here (run `policybot build`)") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"{path}: not a readable policy store: {exc}") from exc
    except TypeError as exc:  # a record whose fields do not fit Record
        raise StoreError(f"{path}: a record does not fit the record type: {exc}") from exc
    tables = (RECORDS, DOCUMENTS, META)
    if not isinstance(data, dict) or not all(isinstance(data.get(t), dict) for t in tables):
        raise StoreError(f"{path}: not a policy store (tables {', '.join(tables)} expected)")
    metas = list(data[META].values())
    schema = metas[0].get("schema") if len(metas) == 1 and isinstance(metas[0], dict) else None
    if schema != SCHEMA:
        raise StoreError(f"{path}: store schema {schema!r}, this version reads {SCHEMA}; rebuild it")
    records = list(data[RECORDS].values())
    for key, record in data[RECORDS].items():
        if not isinstance(record, Record):
            raise StoreError(f"{path}: record {key} lacks fields of the record type")
    documents = {str(d.get("id", key)): d for key, d in data[DOCUMENTS].items() if isinstance(d, dict)}
    return records, documents, metas[0]


# --- the n-gram index ---------------------------------------------------------------------------------------


def _grams(text: str) -> set[str]:
    """Every character and every pair of adjacent characters."""
    out = set(text)
    out.update(map(add, text, text[1:]))
    return out


def _squeeze(text: str) -> str:
    """Folded text without whitespace: clauses often space out figures (`完成 5.06 亿元`)."""
    out = "".join(fold(text).split())
    return text if out == text else out  # share the record's string when folding changes nothing


class GramIndex:
    """An inverted index of character unigrams and bigrams over one text per record position.

    Chinese has no spaces, so every n-gram is indexed; a word of one or two characters is its n-gram's
    postings, a longer word is looked up by its rarest bigram and checked as a substring on those
    candidates only.
    """

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._postings: defaultdict[str, array] = defaultdict(lambda: array("i"))  # 4 bytes a posting

    def add(self, text: str, grams: Set[str]) -> None:
        """Index the next position: `text` for the substring check, `grams` (of text) for the lookup."""
        pos = len(self._texts)
        self._texts.append(text)
        for gram in grams:
            self._postings[gram].append(pos)

    def find(self, words: list[str], limit: int | None = None) -> Sequence[int]:
        """Ascending positions whose text contains every word (words already folded, no spaces)."""
        if not words or limit == 0:
            return []
        lists = []
        for word in words:
            for gram in (word,) if len(word) <= 2 else set(map(add, word, word[1:])):
                posting = self._postings.get(gram)
                if posting is None:
                    return []  # a character or pair that occurs nowhere
                lists.append(posting)
        hits: Sequence[int] = min(lists, key=len)
        if len(words) == 1 and len(words[0]) <= 2:
            return hits if limit is None else hits[:limit]
        # Substring check on the rarest n-gram's candidates. Plain comprehensions: CPython specializes
        # their indexing, which makes them faster here than map/compress pipelines.
        texts = self._texts
        if limit is not None:
            return list(islice((i for i in hits if all(w in texts[i] for w in words)), limit))
        for word in words:
            hits = [i for i in hits if word in texts[i]]
        return hits


# --- the store ----------------------------------------------------------------------------------------------


class PolicyStore:
    """The records of one store file, read-only, with in-memory indexes."""

    def __init__(self, records: Sequence[Record], documents: dict[str, dict], meta: dict) -> None:
        self.documents = documents
        self.meta = meta
        self._cities = _cities(records)
        self.records: tuple[Record, ...] = tuple(in_answer_order(records, self._cities))
        self._by_id = {r.id: r for r in self.records}
        self._by_region: dict[str, list[Record]] = {}
        for r in self.records:
            self._by_region.setdefault(r.region, []).append(r)
        self._regions = [
            RegionSummary(region, self._cities[region], _count(rs, "target"), _count(rs, "actual"))
            for region, rs in self._by_region.items()  # already in place order
        ]
        self._names, self._texts = self._index_fields()

    def _index_fields(self) -> tuple[GramIndex, GramIndex]:
        """Two indexes: indicator names, and the searchable text (indicator, place name, clause)."""
        names, texts = GramIndex(), GramIndex()
        places = {region: fold(region) for region in self._by_region}
        # Names and places repeat across records: each distinct one is folded and split into n-grams once.
        folded: dict[str, str] = {}
        grams_of = {place: frozenset(_grams(place)) for place in places.values()}
        for r in self.records:
            name = folded.get(r.indicator)
            if name is None:
                name = folded[r.indicator] = _squeeze(r.indicator)
                grams_of.setdefault(name, frozenset(_grams(name)))
            place, clause = places[r.region], _squeeze(r.text)
            names.add(name, grams_of[name])
            texts.add(_SEP.join((name, place, clause)), _grams(clause).union(grams_of[name], grams_of[place]))
        return names, texts

    @classmethod
    def load(cls, path: Path) -> PolicyStore:
        return cls(*_read_tables(Path(path)))

    def get(self, record_id: str) -> Record | None:
        return self._by_id.get(record_id)

    def by_region(self, region: str) -> list[Record]:
        """The records of one place, by its exact full name, newest period first."""
        return list(self._by_region.get(region, ()))

    def city_of(self, region: str) -> str:
        return self._cities.get(region, "")

    def regions(self) -> list[RegionSummary]:
        """Every place with how many targets and achieved figures it has, by city then name."""
        return list(self._regions)

    def with_indicator(self, keyword: str) -> list[Record]:
        """Records whose indicator name contains every word of `keyword`, in store order."""
        return self._at(self._names.find(query_words(keyword)))

    def search(self, text: str, limit: int | None = None) -> list[Record]:
        """Records whose indicator, place name or clause contains every word of `text`, in store order."""
        return self._at(self._texts.find(query_words(text), limit))

    def _at(self, positions: Sequence[int]) -> list[Record]:
        records = self.records
        return [records[i] for i in positions]


def _cities(records: Iterable[Record]) -> dict[str, str]:
    """Each place's prefecture-level city: the one its records name most ("" for a city itself)."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        counts[r.region][r.city] += 1
    return {region: next((c for c, _ in cs.most_common() if c), "") for region, cs in counts.items()}


def _count(records: list[Record], kind: str) -> int:
    return sum(r.kind == kind for r in records)


def matches(record: Record, text: str) -> bool:
    """Whether PolicyStore.search(text) would return this record (for filtering a handful of records)."""
    haystack = _SEP.join((_squeeze(record.indicator), fold(record.region), _squeeze(record.text)))
    return all(word in haystack for word in query_words(text))
