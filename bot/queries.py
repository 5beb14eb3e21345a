"""What a user can ask of the policy store, as plain data: no formatting, no Telegram.

Region names are exact full names (`海安市`); resolving what a user typed is the caller's job, and so is
converting traditional script to simplified.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from bot.ingest.record import Record
from bot.store import PolicyStore, fold, matches, period_span

TARGET, ACTUAL = "target", "actual"
RANK_UNIT = "名次"
CEILINGS = ("<=", "<")  # a bound from above: "how far along" does not apply
PERCENT_UNITS = ("%", "个百分点")
# Magnitude prefixes of units, longest first: 亿元 and 万元 are both 元, scaled.
_MAGNITUDES = (("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4))
_FUZZY_MIN = 80  # rapidfuzz ratio from which two indicator names count as the same indicator


@dataclass(frozen=True)
class Progress:
    """An achieved figure and the target it counts towards.

    `ratio` is actual/target as a fraction (0.524 for 37.7 of 72 亿元), after converting units. For
    figures in % (growth rates, shares) it compares the percentages themselves: 1.6% growth against a
    6.5% target is 0.246. It is None when no target matches, for ranks and other ceilings (`<=`, `<`:
    being under a ceiling is not "part of the way"), for a range as the actual figure, and for a zero
    target. A range as the target counts from its lower end.
    """

    actual: Record
    target: Record | None
    ratio: float | None

    @property
    def compares_rates(self) -> bool:
        """True when the ratio compares two percentages rather than two amounts."""
        return self.target is not None and self.actual.unit in PERCENT_UNITS


def covers(target_period: str, actual_period: str) -> bool:
    """Whether a target's period contains an actual's (2020 covers 2020H1 and 2020Q1)."""
    outer, inner = period_span(target_period), period_span(actual_period)
    return outer is not None and inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


@lru_cache(maxsize=256)
def unit_scale(unit: str) -> tuple[str, float]:
    """A unit as (base unit, factor): 亿元 → (元, 1e8), 万亩 → (亩, 1e4), % → (%, 1)."""
    for prefix, factor in _MAGNITUDES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return unit[len(prefix) :], factor
    return unit, 1.0


@lru_cache(maxsize=65536)  # indicator names repeat across places and years
def name_score(a: str, b: str) -> float | None:
    """How well two indicator names match: exact > one contains the other > similar; None if not at all."""
    a, b = fold(a), fold(b)
    if a == b:
        return 300.0
    short, long = sorted((a, b), key=len)
    similarity = fuzz.ratio(a, b)
    if len(short) >= 2 and short in long:
        return 200.0 + similarity
    return similarity if similarity >= _FUZZY_MIN else None


def _ratio(actual: Record, target: Record) -> float | None:
    if target.cmp in CEILINGS or RANK_UNIT in (actual.unit, target.unit) or isinstance(actual.value, list):
        return None
    goal = target.value[0] if isinstance(target.value, list) else target.value
    (_, a_factor), (_, t_factor) = unit_scale(actual.unit), unit_scale(target.unit)
    if not goal:
        return None
    return actual.value * a_factor / (goal * t_factor)


def _periods_fit(actual: Record, target: Record) -> bool:
    if not actual.period and not target.period:  # both unknown: only within one document
        return actual.doc == target.doc
    return covers(target.period, actual.period)


def best_target(actual: Record, targets: list[Record]) -> Record | None:
    """The target an actual figure counts towards: same unit (after scaling), a period that covers the
    actual's, the closest indicator name; then the narrowest period."""
    base = unit_scale(actual.unit)[0]
    best, best_key = None, None
    for target in targets:
        if target.region != actual.region or unit_scale(target.unit)[0] != base:
            continue
        if not _periods_fit(actual, target):
            continue
        score = name_score(actual.indicator, target.indicator)
        if score is None:
            continue
        span = period_span(target.period)
        key = (score, -(span[1] - span[0]) if span else 0)
        if best_key is None or key > best_key:
            best, best_key = target, key
    return best


def targets_of(store: PolicyStore, region: str, keyword: str = "") -> list[Record]:
    """A place's targets, newest period first, then by indicator; `keyword` words must all match."""
    targets = [r for r in store.by_region(region) if r.kind == TARGET]
    return [r for r in targets if matches(r, keyword)] if keyword.split() else targets


def progress_of(store: PolicyStore, region: str) -> list[Progress]:
    """A place's achieved figures, newest period first, each with the target it counts towards."""
    records = store.by_region(region)
    targets = [r for r in records if r.kind == TARGET]
    out = []
    for actual in records:
        if actual.kind == ACTUAL:
            target = best_target(actual, targets)
            out.append(Progress(actual, target, _ratio(actual, target) if target else None))
    return out


def indicator_across(store: PolicyStore, keyword: str) -> Mapping[str, Sequence[Record]]:
    """Records whose indicator name contains `keyword`, by place: places by city then name, each place's
    records newest period first (the store keeps records in that order). A lazy mapping: its length and
    each place's length are counted in advance, a place's records are read when looked at."""
    return store.indicator_by_region(keyword)


def search(store: PolicyStore, text: str, limit: int | None = None) -> list[Record]:
    """Records whose indicator, place or clause holds every word of `text`, in store order."""
    return store.search(text, limit=limit)
