"""One indicator record, as RECORDS.md defines it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from operator import attrgetter

from bot.vocabulary import canonical_of

# The fields `policybot export` prints, in RECORDS.md order.
EXPORT_FIELDS = (
    "doc",
    "region",
    "indicator",
    "value",
    "unit",
    "cmp",
    "kind",
    "period",
    "deadline",
    "text",
    "subject",
    "canonical",
)

Value = float | int | list[float | int]


@dataclass
class Record:
    doc: str
    region: str
    indicator: str
    value: Value
    unit: str
    cmp: str  # ">=", ">", "=", "<=", "<", "range"
    kind: str  # "target" or "actual"
    period: str = ""
    deadline: str = ""
    text: str = ""
    subject: str = ""  # what the figure is about when narrower than the place (a company, project, park)
    canonical: str = ""  # the shared name of a common indicator (bot.vocabulary.canonical_of), else ""
    # Provenance: offsets of the clause in the original (un-normalized) file, [start, end).
    start: int = 0
    end: int = 0
    city: str = ""  # the region's prefecture-level city ("" for a city itself or when unknown)
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.make_id()

    def rename(self, indicator: str) -> None:
        """Give the record a new indicator name and the canonical name that goes with it."""
        self.indicator = indicator
        self.canonical = canonical_of(indicator, self.unit)

    def make_id(self) -> str:
        """A short id that depends only on the record's content and position, so rebuilds keep it."""
        parts = (self.doc, self.region, self.indicator, self.value, self.unit, self.start, self.end)
        key = "\x1f".join(map(str, parts))
        return hashlib.blake2s(key.encode(), digest_size=5).hexdigest()

    def export(self) -> dict:
        data = self.to_dict()
        return {k: data[k] for k in EXPORT_FIELDS}

    def to_dict(self) -> dict:
        """`dataclasses.asdict(self)`, without its recursion and deep copies: the store writes thousands of
        records (a range's list is copied, its numbers need not be)."""
        data = dict(zip(_FIELD_NAMES, _FIELD_VALUES(self), strict=True))
        if isinstance(self.value, list):  # the only field that is not a str or an int
            data["value"] = list(self.value)
        return data


_FIELD_NAMES = tuple(f.name for f in fields(Record))
_FIELD_VALUES = attrgetter(*_FIELD_NAMES)  # the fields' values, as a tuple, read in C
