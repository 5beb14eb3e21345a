"""The policy store: a TinyDB file written once by `policybot build`, loaded once and queried in memory.

The file has three tables: `records` (one document per Record), `documents` (one per source document)
and `meta` (one document: schema, what the store was built from, how many records, the index token).
Records are written in answer order (by place: city, then name; then period, newest first; then
indicator), so a record's position in the file is its position in every index.

Beside the store, `policybot build` writes its indexes to `<store>.index` (see `index_path`): a small
JSON header and flat int32 arrays, mapped into memory at load, so start-up neither sorts nor re-indexes.
The index carries the token of the store it was built for; a missing or stale index is rebuilt in memory
(correct, only slower to start).

What callers get (all in store order, none scans the whole table, costs in the number of hits):

- `records`, `get(id)`, `documents`, `meta`
- `regions()`: every place with its target and achieved counts; `city_of(region)`
- `by_region(region, kind=None, subjects=True)`: a place's records; `subjects=False` leaves out records
  whose `subject` is not empty (a company or a park rather than the place itself); `region_span(region)`
  gives the positions instead
- `with_indicator(keyword, limit=None)`: records whose indicator name holds every word;
  `indicator_count(keyword)` gives (records, places) from precomputed counts without touching a record;
  `indicator_by_region(keyword)` the same as a lazy mapping place -> records (`len` is the number of
  places, `.total` the number of records, each place's list is built only when read)
- `indicator_names()`: the distinct indicator names (folded) with their counts, for a question reader
- `with_canonical(canonical, region=None, kind=None)`: records of one canonical indicator name
  (RECORDS.md `canonical`), for one place when `region` is given (a place's history of one indicator,
  newest first; the targets to pair an achieved figure with); `canonicals()` the names with counts
- `search(text, limit=None)`: records whose indicator, place name or clause holds every word;
  `matches(record, text)` tells the same for one record
- `has_subject(record)`: whether a record is about something narrower than its place
"""

from __future__ import annotations

import gc
import hashlib
import json
import mmap
import os
import re
import sys
import tempfile
import unicodedata
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from heapq import merge
from itertools import chain, groupby, islice
from operator import add, attrgetter, itemgetter
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from bot.collector import collector_paused
from bot.ingest.record import Record

try:  # a C JSON reader: a third of the standard library's time on the store file
    import orjson

    _loads = orjson.loads
except ImportError:  # pragma: no cover - orjson is a dependency; the standard library still works
    orjson = None
    _loads = json.loads

SCHEMA = 1
INDEX_VERSION = 1
RECORDS, DOCUMENTS, META = "records", "documents", "meta"
INDEX_SUFFIX = ".index"

_RECORD_FIELDS = frozenset(f.name for f in fields(Record))
_FIELD_VALUES = itemgetter(*(f.name for f in fields(Record)))  # a record's values, in __init__'s order
_POSITIONAL = all(f.init for f in fields(Record))
# Fields with few distinct values: one string per value, however many records hold it (a fifth less memory).
_REPEATED = tuple(
    f
    for f in ("doc", "region", "unit", "cmp", "kind", "period", "deadline", "city", "subject", "canonical")
    if f in _RECORD_FIELDS
)
_REPEATED_VALUES = itemgetter(*_REPEATED)


class _Shared(dict):
    """A value's first copy, by value: `shared[v]` is the one string kept for every equal `v`."""

    def __missing__(self, value: str) -> str:
        self[value] = value
        return value


_REQUIRED_FIELDS = frozenset(("doc", "region", "indicator", "value", "unit", "cmp", "kind"))
_PERIOD = re.compile(r"(\d{4})(?:-(\d{4})|H([12])|Q([1-4])(?:-Q([1-4]))?|-(\d{1,2}))?")
_MONTH_SPAN = re.compile(r"(\d{4})-(\d{1,2})~(\d{4})-(\d{1,2})")
_MAGIC = b"policybot-index\n"


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

    Periods look like `2020`, `2021-2025`, `2020H1`, `2020Q1`, `2020Q1-Q3`, `2020-07` or a month span
    `2020-01~2020-09` (RECORDS.md).
    """
    months = _MONTH_SPAN.fullmatch(period.strip())
    if months:
        y1, m1, y2, m2 = map(int, months.groups())
        return y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
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
    periods = {period: newest_first(period) for period in {r.period for r in records}}  # (few distinct)
    return sorted(records, key=lambda r: (rank[r.region], periods[r.period], r.indicator, r.doc, r.start))


def has_subject(record: Record) -> bool:
    """Whether the record is about something narrower than its place (RECORDS.md `subject`)."""
    return bool(getattr(record, "subject", ""))


def _squeeze(text: str) -> str:
    """Folded text without whitespace: clauses often space out figures (`完成 5.06 亿元`)."""
    out = "".join(fold(text).split())
    return text if out == text else out  # share the record's string when folding changes nothing


def _grams(text: str) -> set[str]:
    """Every character and every pair of adjacent characters."""
    out = set(text)
    out.update(map(add, text, text[1:]))
    return out


_KIND, _ID = attrgetter("kind"), attrgetter("id")


def _text_postings(
    clause_positions: Mapping[str, Sequence[int]],
    name_grams: Sequence[frozenset[str]],
    name_lists: Sequence[Sequence[int]],
    place_grams: Sequence[frozenset[str]],
    starts: Sequence[int],
) -> dict[str, array]:
    """n-gram -> the ascending positions of the records whose indicator, place or clause holds it. Each
    distinct clause, name and place is split once and gives all its records' positions together (records
    share their clause, name and place): far fewer steps than adding every record to each of its n-grams."""
    parts: defaultdict[str, list[Sequence[int]]] = defaultdict(list)
    for clause, positions in clause_positions.items():
        for gram in _grams(clause):
            parts[gram].append(positions)
    for grams, positions in zip(name_grams, name_lists, strict=True):
        for gram in grams:
            parts[gram].append(positions)
    for i, grams in enumerate(place_grams):
        for gram in grams:
            parts[gram].append(range(starts[i], starts[i + 1]))
    return {
        gram: array("i", lists[0] if len(lists) == 1 else sorted(set(chain.from_iterable(lists))))
        for gram, lists in parts.items()
    }


def _word_grams(word: str) -> Iterable[str]:
    """The n-grams a word is looked up by: itself when short, else its pairs of characters."""
    return (word,) if len(word) <= 2 else set(map(add, word, word[1:]))


def matches(record: Record, text: str) -> bool:
    """Whether PolicyStore.search(text) would return this record (for filtering a handful of records)."""
    fields_ = (_squeeze(record.indicator), fold(record.region), _squeeze(record.text))
    return all(any(word in f for f in fields_) for word in query_words(text))


# --- postings: key -> ascending int32 positions, as two flat arrays -------------------------------------


class Postings:
    """Lists of ascending ints by key, stored flat: `data[offsets[k]:offsets[k+1]]` is key k's list.

    Keys are strings (`keys` maps them to k) or plain numbers 0..n-1 (`keys` is None). The arrays are
    `array`s when built in memory and memoryviews of the mapped index file when loaded.
    """

    def __init__(self, keys: dict[str, int] | None, offsets: Sequence[int], data: Sequence[int]) -> None:
        self.keys, self.offsets, self.data = keys, offsets, data

    @classmethod
    def build(cls, lists: Mapping[str, Sequence[int]] | Sequence[Sequence[int]]) -> Postings:
        keys = None
        if isinstance(lists, Mapping):
            # Sorted, so that the same records give the same index file whatever the order of hashing.
            ordered = sorted(lists)
            keys = {key: k for k, key in enumerate(ordered)}
            lists = [lists[key] for key in ordered]
        offsets, data = array("q", [0]), array("i")
        for values in lists:
            data.extend(values)
            offsets.append(len(data))
        return cls(keys, offsets, data)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def at(self, k: int) -> Sequence[int]:
        return self.data[self.offsets[k] : self.offsets[k + 1]]

    def size(self, k: int) -> int:
        return self.offsets[k + 1] - self.offsets[k]

    def get(self, key: str) -> Sequence[int] | None:
        k = self.keys.get(key) if self.keys is not None else None
        return None if k is None else self.at(k)


# --- the index --------------------------------------------------------------------------------------------


@dataclass
class StoreIndex:
    """Everything queries look up, by record position (records in answer order)."""

    token: str  # the store this index belongs to
    count: int  # records
    regions: list[str]  # places in answer order
    cities: list[str]
    starts: list[int]  # place i holds positions starts[i]..starts[i+1]-1
    targets: list[int]
    actuals: list[int]
    names: list[str]  # distinct indicator names, squeezed (folded, no spaces)
    name_of: Sequence[int]  # position -> name number
    name_positions: Postings  # name number -> positions
    name_regions: Postings  # name number -> pairs (place number, records) flattened
    name_grams: Postings  # n-gram of names -> name numbers
    text_grams: Postings  # n-gram of indicator, place or clause -> positions
    canonical: Postings  # canonical name -> positions
    subject: bytes  # position -> 1 when the record has a subject
    clauses: dict[int, str]  # squeezed clause where it differs from the record's text
    ids: bytes  # record ids, sorted, `id_width` bytes each (empty when they differ in length)
    id_width: int
    id_positions: Sequence[int]  # the position of each of those ids
    # Where the records table lies in the store file (see `locate_records`), so the loader can parse it a
    # slice at a time instead of holding every parsed record at once: [records key, size, [[offset,
    # first document id, documents], ...]]; empty when unknown.
    layout: list = field(default_factory=list)

    @classmethod
    def build(cls, records: Sequence[Record], token: str) -> StoreIndex:
        """Index records that are already in answer order."""
        regions, starts = [], [0]
        for region, group in groupby(records, attrgetter("region")):
            regions.append(region)
            starts.append(starts[-1] + sum(1 for _ in group))
        cities = _cities(records)
        region_no = {region: i for i, region in enumerate(regions)}
        places = [fold(region) for region in regions]
        place_grams = [frozenset(_grams(p)) for p in places]
        name_no: dict[str, int] = {}
        squeezed: dict[str, int] = {}  # raw indicator -> name number
        name_grams: list[frozenset[str]] = []
        name_lists: list[array] = []
        name_of = array("i")
        squeezed_clauses: dict[str, str] = {}
        clause_positions: dict[str, list[int]] = {}  # squeezed clause -> the positions of its records
        canonical: defaultdict[str, array] = defaultdict(lambda: array("i"))
        pair_counts: Counter[tuple[int, int]] = Counter()
        subject = bytearray(len(records))
        clauses: dict[int, str] = {}
        region_i = 0
        for pos, r in enumerate(records):
            while pos >= starts[region_i + 1]:
                region_i += 1
            n = squeezed.get(r.indicator)
            if n is None:
                name = _squeeze(r.indicator)
                n = squeezed[r.indicator] = name_no.setdefault(name, len(name_no))
                if n == len(name_lists):
                    name_lists.append(array("i"))
                    name_grams.append(frozenset(_grams(name)))
            name_of.append(n)
            name_lists[n].append(pos)
            pair_counts[n, region_i] += 1
            clause = squeezed_clauses.get(r.text)  # (records share their clause)
            if clause is None:
                clause = squeezed_clauses[r.text] = _squeeze(r.text)
            if clause != r.text:
                clauses[pos] = clause
            clause_positions.setdefault(clause, []).append(pos)
            if getattr(r, "canonical", ""):
                canonical[r.canonical].append(pos)
            if getattr(r, "subject", ""):
                subject[pos] = 1
        text_lists = _text_postings(clause_positions, name_grams, name_lists, place_grams, starts)
        by_name_gram: defaultdict[str, list[int]] = defaultdict(list)
        for n, grams in enumerate(name_grams):
            for gram in grams:
                by_name_gram[gram].append(n)
        pairs: list[list[int]] = [[] for _ in name_lists]
        for (n, region_i), c in sorted(pair_counts.items()):
            pairs[n] += (region_i, c)
        targets, actuals = [], []
        for i in range(len(regions)):
            kinds = Counter(map(_KIND, records[starts[i] : starts[i + 1]]))
            targets.append(kinds["target"])
            actuals.append(kinds["actual"])
        assert len(region_no) == len(regions), "records are not grouped by place"
        ids = list(map(_ID, records))
        by_id = sorted(range(len(records)), key=ids.__getitem__)
        width = len(ids[0]) if ids else 0
        if not all(len(i) == width and i.isascii() for i in ids):
            by_id, width = [], 0
        return cls(
            token=token,
            count=len(records),
            regions=regions,
            cities=[cities[region] for region in regions],
            starts=starts,
            targets=targets,
            actuals=actuals,
            names=list(name_no),
            name_of=name_of,
            name_positions=Postings.build(name_lists),
            name_regions=Postings.build(pairs),
            name_grams=Postings.build(by_name_gram),
            text_grams=Postings.build(text_lists),
            canonical=Postings.build(canonical),
            subject=bytes(subject),
            clauses=clauses,
            ids="".join([ids[i] for i in by_id]).encode(),  # (ASCII: one byte a character)
            id_width=width,
            id_positions=array("i", by_id),
        )

    def fits(self, records: Sequence[Record], samples: int = 1000) -> bool:
        """Whether these records are the ones indexed, in the same order: every place's first record and
        about `samples` records spread over the store are checked (a few milliseconds at a million)."""
        if len(records) != self.count:
            return False
        if any(
            records[start].region != region
            for start, region in zip(self.starts[:-1], self.regions, strict=True)
        ):
            return False
        step, width, names = max(1, len(records) // samples), self.id_width, self.names
        for i in range(0, len(records), step):
            if _squeeze(records[i].indicator) != names[self.name_of[i]]:
                return False
            if width and records[self.id_positions[i]].id.encode() != self.ids[i * width : i * width + width]:
                return False
        return True

    def position_of(self, record_id: str) -> int | None:
        """A record's position by its id: a binary search in the sorted ids (no table of a million keys)."""
        width, ids = self.id_width, self.ids
        if not width or len(record_id) != width or not record_id.isascii():
            return None
        key = record_id.encode()
        lo, hi = 0, len(ids) // width
        while lo < hi:
            mid = (lo + hi) // 2
            if ids[mid * width : mid * width + width] < key:
                lo = mid + 1
            else:
                hi = mid
        if ids[lo * width : lo * width + width] == key:
            return self.id_positions[lo]
        return None

    # -- the index file: magic, header length, JSON header, then the arrays, each 8-byte aligned --------

    _POSTINGS = ("name_positions", "name_regions", "name_grams", "text_grams", "canonical")

    def save(self, path: Path) -> None:
        blobs: list[bytes] = []
        arrays: dict[str, list[int]] = {}
        size = 0

        def put(name: str, values: Sequence[int] | bytes, typecode: str) -> None:
            nonlocal size
            blob = bytes(values) if typecode == "B" else array(typecode, values).tobytes()
            arrays[name] = [size, len(blob)]
            pad = -len(blob) % 8
            blobs.append(blob + b"\0" * pad)
            size += len(blob) + pad

        put("name_of", self.name_of, "i")
        put("subject", self.subject, "B")
        put("ids", self.ids, "B")
        put("id_positions", self.id_positions, "i")
        keys: dict[str, list[str] | None] = {}
        for name in self._POSTINGS:
            postings: Postings = getattr(self, name)
            put(f"{name}.offsets", postings.offsets, "q")
            put(f"{name}.data", postings.data, "i")
            keys[name] = None if postings.keys is None else list(postings.keys)
        header = {
            "version": INDEX_VERSION,
            "byteorder": sys.byteorder,
            "token": self.token,
            "count": self.count,
            "regions": self.regions,
            "cities": self.cities,
            "starts": self.starts,
            "targets": self.targets,
            "actuals": self.actuals,
            "names": self.names,
            "keys": keys,
            "clauses": [list(self.clauses), list(self.clauses.values())],
            "id_width": self.id_width,
            "layout": self.layout,
            "arrays": arrays,
        }
        head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
        head += b" " * (-(len(_MAGIC) + 8 + len(head)) % 8)
        with open(path, "wb") as fh:
            fh.write(_MAGIC + len(head).to_bytes(8, "little") + head)
            for blob in blobs:
                fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())

    @classmethod
    def load(cls, path: Path, token: str | None = None, count: int | None = None) -> StoreIndex | None:
        """The index at `path` (if it belongs to the store with this token and count, when given); None when
        missing, damaged or stale."""
        try:
            with open(path, "rb") as fh:
                mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None
        try:
            if mapped[: len(_MAGIC)] != _MAGIC:
                return None
            start = len(_MAGIC) + 8
            end = start + int.from_bytes(mapped[len(_MAGIC) : start], "little")
            header = _loads(mapped[start:end])
            if (header.get("version"), header.get("byteorder")) != (INDEX_VERSION, sys.byteorder):
                return None
            if token is not None and (header.get("token"), header.get("count")) != (token, count):
                return None
            token, count = header["token"], header["count"]
            view = memoryview(mapped)[end:]

            def get(name: str, typecode: str) -> memoryview:
                offset, length = header["arrays"][name]
                if offset + length > len(view):
                    raise ValueError(f"{name} ends past the end of the file")
                return view[offset : offset + length].cast(typecode)

            postings = {}
            for name in cls._POSTINGS:
                keys = header["keys"][name]
                postings[name] = Postings(
                    None if keys is None else {key: k for k, key in enumerate(keys)},
                    get(f"{name}.offsets", "q"),
                    get(f"{name}.data", "i"),
                )
            where, texts = header["clauses"]
            return cls(
                token=token,
                count=count,
                regions=header["regions"],
                cities=header["cities"],
                starts=header["starts"],
                targets=header["targets"],
                actuals=header["actuals"],
                names=header["names"],
                name_of=get("name_of", "i"),
                subject=get("subject", "B"),
                clauses=dict(zip(where, texts, strict=True)),
                ids=bytes(get("ids", "B")),
                id_width=header["id_width"],
                id_positions=get("id_positions", "i"),
                layout=header.get("layout") or [],
                **postings,
            )
        except (KeyError, TypeError, ValueError, IndexError):  # a damaged index: rebuild it
            return None


def index_path(store_path: Path) -> Path:
    """Where the store's index lives: beside it, `store.json` -> `store.json.index`."""
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + INDEX_SUFFIX)


def _token(records: Sequence[Record]) -> str:
    """What the index is tied to: the records, in order (the same records give the same token)."""
    digest = hashlib.blake2b(digest_size=10)
    for r in records:
        digest.update(f"{r.id}\x1f{r.kind}\x1f{r.period}\x1f{r.text}\x1e".encode())
    return digest.hexdigest()


# --- writing ------------------------------------------------------------------------------------------------


def write_store(path: Path, records: list[Record], documents: list[dict], built_from: str) -> None:
    """Write the store and its index atomically: temp files beside `path`, fsync, rename (the index
    first; a store whose index is not its own still loads). On failure the old files stay.

    The collector is paused meanwhile, as while loading: indexing makes many objects and no reference cycles."""
    with collector_paused():
        _write_store(Path(path), records, documents, built_from)


def _write_store(path: Path, records: list[Record], documents: list[dict], built_from: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temps = []
    for _ in range(2):
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        temps.append(Path(name))
    tmp, tmp_index = temps
    try:
        ordered = in_answer_order(records)
        token = _token(ordered)
        index = StoreIndex.build(ordered, token)
        # Small tables first: TinyDB rewrites the whole file on every insert, so the big one goes last.
        with TinyDB(tmp, encoding="utf-8", ensure_ascii=False) as db:
            db.table(META).insert(
                {"schema": SCHEMA, "built_from": built_from, "record_count": len(records), "index": token}
            )
            db.table(DOCUMENTS).insert_multiple(dict(d) for d in documents)
            # In answer order: the loaded store then sorts nothing and walks its records in memory order.
            db.table(RECORDS).insert_multiple(r.to_dict() for r in ordered)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
            index.layout = locate_records(fh.read(), len(ordered))
        index.save(tmp_index)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        for temp in temps:
            os.chmod(temp, mode)
        os.replace(tmp_index, index_path(path))
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except (OSError, TypeError, ValueError) as exc:
        raise StoreError(f"{path}: cannot write the policy store: {exc}") from exc
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


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


def _as_records(path: Path, table: dict, shared: _Shared | None = None) -> list[Record]:
    share = (_Shared() if shared is None else shared).__getitem__
    out = []
    append = out.append
    try:
        while table:  # popped from the end, so each parsed dict is freed as soon as its Record exists
            key, obj = table.popitem()
            if _POSITIONAL and type(obj) is dict and obj.keys() == _RECORD_FIELDS:  # as build writes them
                obj.update(zip(_REPEATED, map(share, _REPEATED_VALUES(obj)), strict=True))
                append(Record(*_FIELD_VALUES(obj)))  # positional: twice as fast as Record(**obj)
                continue
            if type(obj) is not dict or not obj.keys() >= _REQUIRED_FIELDS:
                raise StoreError(f"{path}: record {key} lacks fields of the record type")
            if not obj.keys() <= _RECORD_FIELDS:
                obj = {k: v for k, v in obj.items() if k in _RECORD_FIELDS}
            # Through __init__ rather than adopting the parsed dict: instance dicts share their keys,
            # 450 bytes a record less.
            append(Record(**obj))
    except TypeError as exc:
        raise StoreError(f"{path}: a record does not fit the record type: {exc}") from exc
    out.reverse()
    return out


_RECORDS_KEY = b'"records": {'
_CHUNK = 20_000  # records parsed at a time


def locate_records(data: bytes, count: int) -> list:
    """Where the records table and every `_CHUNK`th record start in a store file TinyDB wrote: the table is
    the last one, its documents are numbered 1..count, and a key in quotes followed by `: {` cannot occur
    inside a JSON string (its quotes would be escaped). [] when the file does not look like that."""
    at = data.rfind(_RECORDS_KEY)
    if at < 0 or not data.endswith(b"}}"):
        return []
    chunks, pos = [], at
    for first in range(1, count + 1, _CHUNK):
        pos = data.find(b'"%d": {' % first, pos)
        if pos < 0:
            return []
        chunks.append([pos, first, min(_CHUNK, count - first + 1)])
    return [at, len(data), chunks]


def _read_in_slices(path: Path, layout: list) -> tuple[list[Record], dict[str, dict], dict] | None:
    """The store read a slice of records at a time, as `layout` says; None when the file does not match
    it (the caller then reads it whole)."""
    at, size, chunks = layout
    try:
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size != size or size == 0:
                return None
            head = _loads(fh.read(at) + b'"records": {}}')
            records, documents, meta = _tables(path, head, check_records=False)
            if meta.get("record_count") != sum(c[2] for c in chunks):
                return None
            bounds = [c[0] for c in chunks[1:]] + [size - 2]  # the table's closing brace
            shared = _Shared()
            for (start, first, n), end in zip(chunks, bounds, strict=True):
                fh.seek(start)
                table = _loads(b"{" + fh.read(end - start).rstrip(b", ") + b"}")
                keys = list(table)  # unique, so first, last and length prove them all there
                if len(keys) != n or keys[0] != str(first) or keys[-1] != str(first + n - 1):
                    return None
                records += _as_records(path, table, shared)
        return records, documents, meta
    except (OSError, ValueError, TypeError, KeyError, StoreError):
        return None


def _read_tables(path: Path) -> tuple[list[Record], dict[str, dict], dict]:
    try:
        data = _loads(path.read_bytes())
    except FileNotFoundError as exc:
        raise StoreError(f"{path}: no policy store here (run `policybot build`)") from exc
    except IsADirectoryError as exc:
        raise StoreError(f"{path}: is a folder, not a policy store") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # orjson's and json's decode errors
        raise StoreError(f"{path}: not a readable policy store: {exc}") from exc
    return _tables(path, data)


def _tables(path: Path, data: Any, check_records: bool = True) -> tuple[list[Record], dict[str, dict], dict]:
    tables = (RECORDS, DOCUMENTS, META)
    if not isinstance(data, dict) or not all(isinstance(data.get(t), dict) for t in tables):
        raise StoreError(f"{path}: not a policy store (tables {', '.join(tables)} expected)")
    metas = list(data[META].values())
    schema = metas[0].get("schema") if len(metas) == 1 and isinstance(metas[0], dict) else None
    if schema != SCHEMA:
        raise StoreError(f"{path}: store schema {schema!r}, this version reads {SCHEMA}; rebuild it")
    records = _as_records(path, data[RECORDS]) if check_records else []
    documents = {str(d.get("id", key)): d for key, d in data[DOCUMENTS].items() if isinstance(d, dict)}
    return records, documents, metas[0]


# --- the store ----------------------------------------------------------------------------------------------


class PolicyStore:
    """The records of one store file, read-only, with in-memory indexes (see the module's docstring)."""

    def __init__(
        self,
        records: Sequence[Record],
        documents: dict[str, dict],
        meta: dict,
        index: StoreIndex | None = None,
    ) -> None:
        """`index` is trusted to describe `records` in their given order; without it they are sorted into
        answer order and indexed here."""
        self.documents = documents
        self.meta = meta
        if index is None:
            records = in_answer_order(records)
            index = StoreIndex.build(records, "")
        self.records: tuple[Record, ...] = tuple(records)
        self.index = index
        self._region_no = {region: i for i, region in enumerate(index.regions)}
        self._places = {region: fold(region) for region in index.regions}
        self._regions = [
            RegionSummary(*row)
            for row in zip(index.regions, index.cities, index.targets, index.actuals, strict=True)
        ]
        # Distinct names are found the way records are: by n-grams, then a substring check on candidates.
        self._name_find = _GramSearch(index.name_grams, self._name_has)
        self._text_find = _GramSearch(index.text_grams, self._text_has)

    @classmethod
    def load(cls, path: Path) -> PolicyStore:
        """Read the store at `path` and its index (rebuilt in memory when missing or stale).

        The collector is paused while a million objects are made, then they are frozen (`gc.freeze`):
        the store is read-only and lives as long as the process, so no collection needs to walk it.
        """
        path = Path(path)
        with collector_paused():
            index = StoreIndex.load(index_path(path))
            tables = _read_in_slices(path, index.layout) if index and index.layout else None
            records, documents, meta = tables or _read_tables(path)
            if index and (index.token != meta.get("index") or not index.fits(records)):
                index = None  # the index of another store, or of this one before someone changed it
            store = cls(records, documents, meta, index)
            gc.freeze()
        return store

    # -- records and places ----------------------------------------------------------------------------

    @cached_property
    def _by_id(self) -> dict[str, Record]:
        """Only for ids of uneven length (the index then has no sorted ids); `policybot build` makes none."""
        return {r.id: r for r in self.records}

    def get(self, record_id: str) -> Record | None:
        if not self.index.id_width:
            return self._by_id.get(record_id)
        i = self.index.position_of(record_id)
        return None if i is None else self.records[i]

    def region_span(self, region: str) -> range:
        """The positions of one place's records (empty for a place without records)."""
        i = self._region_no.get(region)
        return range(0) if i is None else range(self.index.starts[i], self.index.starts[i + 1])

    def by_region(self, region: str, kind: str | None = None, subjects: bool = True) -> list[Record]:
        """The records of one place, by its exact full name, newest period first; only `kind` ("target",
        "actual") when given; without records about a subject when `subjects` is False."""
        span = self.region_span(region)
        records = self.records[span.start : span.stop]
        if not subjects:
            flags = self.index.subject
            records = [r for i, r in zip(span, records, strict=True) if not flags[i]]
        if kind is not None:
            return [r for r in records if r.kind == kind]
        return list(records)

    def city_of(self, region: str) -> str:
        i = self._region_no.get(region)
        return "" if i is None else self.index.cities[i]

    def regions(self) -> list[RegionSummary]:
        """Every place with how many targets and achieved figures it has, by city then name."""
        return list(self._regions)

    # -- indicators ------------------------------------------------------------------------------------

    def _name_has(self, n: int, words: list[str]) -> bool:
        name = self.index.names[n]
        return all(w in name for w in words)

    def _names(self, keyword: str) -> Sequence[int]:
        return self._name_find.find(query_words(keyword))

    def with_indicator(self, keyword: str, limit: int | None = None) -> list[Record]:
        """Records whose indicator name contains every word of `keyword`, in store order."""
        names = self._names(keyword)
        at = self.index.name_positions.at
        if len(names) == 1:
            positions: Iterable[int] = at(names[0])
        elif limit is not None:
            positions = merge(*(at(n) for n in names))
        else:
            positions = sorted(chain.from_iterable(at(n) for n in names))
        records = self.records
        return [records[i] for i in islice(positions, limit)]

    def indicator_count(self, keyword: str) -> tuple[int, int]:
        """(records, places) whose indicator name holds every word of `keyword`; no record is read."""
        groups = self.indicator_by_region(keyword)
        return groups.total, len(groups)

    def indicator_by_region(self, keyword: str) -> PlaceGroups:
        """Records whose indicator name holds every word of `keyword`, as place -> records (places in
        store order, each place's records newest first); lists are built only for the places read."""
        names = self._names(keyword)
        if not names:
            return PlaceGroups(self, names, {})
        pairs = self.index.name_regions
        first = pairs.at(names[0])
        counts = dict(zip(first[::2], first[1::2], strict=True))  # ascending places: in store order
        if len(names) > 1:
            get = counts.get
            for n in names[1:]:
                flat = pairs.at(n)
                for region_i, c in zip(flat[::2], flat[1::2], strict=True):
                    counts[region_i] = get(region_i, 0) + c
            counts = dict(sorted(counts.items()))
        return PlaceGroups(self, names, counts)

    def _group(self, region_i: int, names: Sequence[int]) -> list[Record]:
        lo, hi = self.index.starts[region_i], self.index.starts[region_i + 1]
        parts = []
        for n in names:
            positions = self.index.name_positions.at(n)
            parts.append(positions[bisect_left(positions, lo) : bisect_left(positions, hi)])
        records = self.records
        joined = parts[0] if len(parts) == 1 else sorted(chain.from_iterable(parts))
        return [records[i] for i in joined]

    def with_canonical(
        self, canonical: str, region: str | None = None, kind: str | None = None
    ) -> list[Record]:
        """Records of one canonical indicator (RECORDS.md `canonical`), in store order; one place's only
        when `region` is given; only `kind` when given."""
        positions = self.index.canonical.get(canonical)
        if positions is None:
            return []
        if region is not None:
            span = self.region_span(region)
            positions = positions[bisect_left(positions, span.start) : bisect_left(positions, span.stop)]
        records = self.records
        if kind is None:
            return [records[i] for i in positions]
        return [r for r in (records[i] for i in positions) if r.kind == kind]

    def indicator_names(self) -> dict[str, int]:
        """Every distinct indicator name (folded, without spaces, as matched), with how many records."""
        postings = self.index.name_positions
        return {name: postings.size(n) for n, name in enumerate(self.index.names)}

    def canonicals(self) -> dict[str, int]:
        """Every canonical indicator name in the store, with how many records carry it."""
        postings = self.index.canonical
        return {key: postings.size(k) for key, k in (postings.keys or {}).items()}

    def has_subject(self, record: Record) -> bool:
        return has_subject(record)

    # -- full text -------------------------------------------------------------------------------------

    def _text_has(self, i: int, words: list[str]) -> bool:
        r = self.records[i]
        clause = self.index.clauses.get(i, r.text)
        name = self.index.names[self.index.name_of[i]]
        place = self._places[r.region]
        return all(w in clause or w in name or w in place for w in words)

    def search(self, text: str, limit: int | None = None) -> list[Record]:
        """Records whose indicator, place name or clause contains every word of `text`, in store order."""
        records = self.records
        return [records[i] for i in self._text_find.find(query_words(text), limit)]


class _GramSearch:
    """Items (record positions or name numbers) holding every word, through character n-gram postings.

    Chinese has no spaces, so every character and pair of characters is indexed; a one-word query of one
    or two characters is its n-gram's postings, anything else is looked up by its rarest n-gram and
    checked word by word on those candidates only.
    """

    def __init__(self, postings: Postings, check: Any) -> None:
        self._postings, self._check = postings, check

    def find(self, words: list[str], limit: int | None = None) -> Sequence[int]:
        if not words or limit == 0:
            return []
        lists = []
        for word in words:
            for gram in _word_grams(word):
                posting = self._postings.get(gram)
                if posting is None:
                    return []  # a character or pair that occurs nowhere
                lists.append(posting)
        hits: Sequence[int] = min(lists, key=len)
        if len(words) == 1 and len(words[0]) <= 2:
            return hits if limit is None else hits[:limit]
        check = self._check
        if limit is not None:
            return list(islice((i for i in hits if check(i, words)), limit))
        return [i for i in hits if check(i, words)]


class PlaceGroup(Sequence[Record]):
    """One place's records of an indicator query: its length is known at once, the records are read at the
    first look. Compares equal to a list of the same records."""

    __slots__ = ("_count", "_names", "_records", "_region_i", "_store")

    def __init__(self, store: PolicyStore, region_i: int, names: Sequence[int], count: int) -> None:
        self._store, self._region_i, self._names, self._count = store, region_i, names, count
        self._records: list[Record] | None = None

    def _read(self) -> list[Record]:
        if self._records is None:
            self._records = self._store._group(self._region_i, self._names)
        return self._records

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        return self._read()[i]

    def __iter__(self) -> Iterator[Record]:
        return iter(self._read())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._read() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._read())


class PlaceGroups(Mapping[str, PlaceGroup]):
    """Place -> records of an indicator query, in store order; counts are known without reading records."""

    def __init__(self, store: PolicyStore, names: Sequence[int], counts: dict[int, int]) -> None:
        self._store, self._names, self._counts = store, names, counts
        self.total = sum(counts.values())

    def __len__(self) -> int:
        return len(self._counts)

    def __iter__(self) -> Iterator[str]:
        regions = self._store.index.regions
        return (regions[i] for i in self._counts)

    def __getitem__(self, region: str) -> PlaceGroup:
        i = self._store._region_no.get(region)
        if i is None or i not in self._counts:
            raise KeyError(region)
        return PlaceGroup(self._store, i, self._names, self._counts[i])

    def __contains__(self, region: object) -> bool:
        return self._store._region_no.get(region) in self._counts  # type: ignore[arg-type]

    # Without a lookup by name per place: `sum(map(len, groups.values()))` costs microseconds.
    def values(self) -> list[PlaceGroup]:  # type: ignore[override]
        store, names = self._store, self._names
        return [PlaceGroup(store, i, names, c) for i, c in self._counts.items()]

    def items(self) -> Iterator[tuple[str, PlaceGroup]]:  # type: ignore[override]
        store, names, regions = self._store, self._names, self._store.index.regions
        return ((regions[i], PlaceGroup(store, i, names, c)) for i, c in self._counts.items())

    def count(self, region: str) -> int:
        """How many of the records are this place's, without reading them."""
        i = self._store._region_no.get(region)
        return self._counts.get(i, 0) if i is not None else 0


def _cities(records: Iterable[Record]) -> dict[str, str]:
    """Each place's prefecture-level city: the one its records name most ("" for a city itself)."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for r in records:
        counts[r.region][r.city] += 1
    return {region: next((c for c, _ in cs.most_common() if c), "") for region, cs in counts.items()}
