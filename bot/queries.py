"""What a user can ask of the policy store, as plain data: no formatting, no Telegram.

Region names are exact full names (`海安市`); resolving what a user typed is the caller's job, and so is
converting traditional script to simplified.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from bot.ingest.record import Record
from bot.store import PolicyStore, fold, matches, newest_first, period_span
from bot.vocabulary import TOPICS, canonical_of, family_of, headline_rank, topic_of

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
    derived: bool = False  # the target is implied by the text (完成全年目标的52.4%), not stated

    @property
    def compares_rates(self) -> bool:
        """True when the ratio compares two percentages rather than two amounts."""
        return self.target is not None and self.actual.unit in PERCENT_UNITS

    @property
    def partial(self) -> bool:
        """The achieved figure covers less time than its target (a half-year figure against the year)."""
        if self.target is None:
            return False
        inner, outer = period_span(self.actual.period), period_span(self.target.period)
        return inner is not None and outer is not None and inner != outer

    @property
    def gap(self) -> float | None:
        """What is still missing to reach the target, in the target's unit (None when not comparable)."""
        if self.ratio is None or self.target is None or self.compares_rates or self.ratio >= 1:
            return None
        goal = self.target.value[0] if isinstance(self.target.value, list) else self.target.value
        return goal * (1 - self.ratio)


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
    # A name inside another counts when it is a good part of it: 高企 in 新增高企, not 企业 in 规上服务业企业.
    if len(short) >= 2 and 2 * len(short) >= len(long) and short in long:
        return 200.0 + similarity
    return similarity if similarity >= _FUZZY_MIN else None


def completion_ratio(actual: Record, target: Record) -> float | None:
    """actual/target as a fraction, units converted; None where "how far along" does not apply (see Progress)."""
    if target.cmp in CEILINGS or RANK_UNIT in (actual.unit, target.unit) or isinstance(actual.value, list):
        return None
    goal = target.value[0] if isinstance(target.value, list) else target.value
    (_, a_factor), (_, t_factor) = unit_scale(actual.unit), unit_scale(target.unit)
    if not goal:
        return None
    return actual.value * a_factor / (goal * t_factor)


class TargetIndex:
    """A place's targets grouped the way an achieved figure looks for its own: by place, base unit and
    subject, then by period, so that pairing a place's figures does not compare every figure with every
    target (a city of 14 counties at 1,000,000 records: 90,000 comparisons)."""

    def __init__(self, targets: Iterable[Record]) -> None:
        self._groups: dict[tuple[str, str, str], dict[str, list[tuple[Record, str]]]] = {}
        for target in targets:
            key = (target.region, unit_scale(target.unit)[0], subject(target))
            self._groups.setdefault(key, {}).setdefault(target.period, []).append((target, canonical(target)))

    def best_for(self, actual: Record) -> Record | None:
        """The target an actual figure counts towards: same unit (after scaling), a period that covers the
        actual's (both unknown: the same document), the same canonical name (else the closest indicator
        name); then the narrowest period."""
        periods = self._groups.get((actual.region, unit_scale(actual.unit)[0], subject(actual)))
        if not periods:
            return None
        a_canonical = canonical(actual)
        best, best_key = None, None
        for period, targets in periods.items():
            if (period or actual.period) and not covers(period, actual.period):
                continue
            span = period_span(period)
            narrowness = -(span[1] - span[0]) if span else 0
            for target, t_canonical in targets:
                if not period and not actual.period and target.doc != actual.doc:
                    continue
                if a_canonical and t_canonical:
                    if a_canonical != t_canonical:
                        continue  # GDP growth never counts towards a revenue target, however alike the names
                    score: float | None = 400.0
                else:
                    score = name_score(actual.indicator, target.indicator)
                if score is None:
                    continue
                key = (score, narrowness)
                if best_key is None or key > best_key:
                    best, best_key = target, key
        return best


def best_target(actual: Record, targets: Iterable[Record]) -> Record | None:
    """The target an actual figure counts towards, among `targets` (see TargetIndex.best_for)."""
    return TargetIndex(targets).best_for(actual)


def targets_of(store: PolicyStore, region: str, keyword: str = "") -> list[Record]:
    """A place's targets, newest period first, then by indicator; `keyword` words must all match."""
    targets = [r for r in store.by_region(region) if r.kind == TARGET]
    return [r for r in targets if matches(r, keyword)] if keyword.split() else targets


def progress_of(
    store: PolicyStore, region: str, *, with_subjects: bool = True, implied: bool = False
) -> list[Progress]:
    """A place's achieved figures, newest period first, each with the target it counts towards: a stated
    one, else (with `implied`) one the text implies (`完成全年目标的52.4%` beside 37.7亿元 → about 71.9亿元,
    marked `derived`: a caller must say so when it shows it)."""
    records = store.by_region(region)
    if not with_subjects:
        records = [r for r in records if not subject(r)]
    targets = TargetIndex(r for r in records if r.kind == TARGET)
    implied_by = implied_targets(records) if implied else {}
    out = []
    for actual in records:
        if actual.kind == ACTUAL:
            target = targets.best_for(actual)
            derived = False
            if target is None and actual.id in implied_by:
                target, derived = implied_by[actual.id], True
            out.append(
                Progress(actual, target, completion_ratio(actual, target) if target else None, derived)
            )
    return out


# --- canonical names, subjects, listing order --------------------------------------------------------------


@lru_cache(maxsize=65536)
def _canonical(indicator: str, unit: str) -> str:
    return canonical_of(indicator, unit)


def canonical(record: Record) -> str:
    """The record's canonical indicator name: the stored field once the store has it, else derived."""
    # A store built before records carried the field (or a Record without it) gets the name derived here.
    return getattr(record, "canonical", "") or _canonical(record.indicator, record.unit)


def subject(record: Record) -> str:
    """What the figure is about when narrower than the place ("" for the place itself)."""
    return getattr(record, "subject", "") or ""


_TOPIC_ORDER = {topic: n for n, topic in enumerate(TOPICS)}


@lru_cache(maxsize=65536)
def _topic_rank(indicator: str, canonical_name: str) -> tuple[int, int, str]:
    headline = headline_rank(canonical_name)
    topic = topic_of(indicator, canonical_name)
    return (headline or 99, _TOPIC_ORDER.get(topic, len(TOPICS)), topic)


def topic(record: Record) -> str:
    return _topic_rank(record.indicator, canonical(record))[2]


def listing_key(record: Record) -> tuple:
    """Headline indicators first (output, revenue, investment, industry, trade, incomes), then by topic,
    then newest period first, then in the order the document states them."""
    headline, topic_rank, _ = _topic_rank(record.indicator, canonical(record))
    return (headline, topic_rank, newest_first(record.period), record.doc, record.start)


# `完成全年目标的52.4%`, `占年计划的60%`, `完成年度目标任务的55%`: progress stated as a share of the target.
_SHARE_OF_TARGET = re.compile(
    r"(?:完成|占|达到?)(?:了)?(?:全年|年度|年|全年度)?(?:目标|计划)(?:任务)?的?\s*(\d+(?:\.\d+)?)\s*%"
)
_IMPLIED_REACH = 200  # characters: the figure a share refers to stands just before it in the same passage


def implied_targets(records: list[Record]) -> dict[str, Record]:
    """Targets the text implies, by the id of the achieved figure they belong to: a share of the target
    (`完成全年目标的52.4%`) with the amount stated just before it (37.7亿元) gives the target (≈ 71.9亿元)."""
    by_doc: dict[str, list[Record]] = {}
    for r in records:
        by_doc.setdefault(r.doc, []).append(r)
    out: dict[str, Record] = {}
    for doc_records in by_doc.values():
        doc_records.sort(key=lambda r: r.start)
        for n, share in enumerate(doc_records):
            m = _SHARE_OF_TARGET.search(share.text)
            if not m or share.kind != ACTUAL:
                continue
            pct = float(m.group(1))
            if pct <= 0:
                continue
            amount = share if share.unit not in (*PERCENT_UNITS, RANK_UNIT) else None
            for before in reversed(doc_records[:n]):
                if amount is not None or share.start - before.start > _IMPLIED_REACH:
                    break
                if before.kind == ACTUAL and before.unit not in (*PERCENT_UNITS, RANK_UNIT):
                    amount = before
            if amount is None or isinstance(amount.value, list) or amount.id in out:
                continue
            year = (amount.period or share.period)[:4]
            out[amount.id] = Record(
                doc=amount.doc,
                region=amount.region,
                indicator=amount.indicator,
                value=round(amount.value * 100 / pct, 1),
                unit=amount.unit,
                cmp="=",
                kind=TARGET,
                period=year if year.isdigit() else "",
                text=share.text,
                start=share.start,
                end=share.end,
                city=amount.city,
                id=share.id,
            )
    return out


_MONTH_RANGE = re.compile(r"(\d{4})-(\d{1,2})~(\d{4})-(\d{1,2})")


def span_of(period: str) -> tuple[int, int] | None:
    """The months a period covers, as period_span, also for month ranges (`2023-01~2023-07`, RECORDS.md)."""
    m = _MONTH_RANGE.fullmatch(period)
    if m:
        y1, m1, y2, m2 = map(int, m.groups())
        return y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    return period_span(period)


def latest_year(records: list[Record]) -> int | None:
    """The latest year a place's figures are for: single-year periods (and parts of a year) first, since a
    plan span (2021-2025) says little about which year it is now."""
    best = None
    fallback = None
    for r in records:
        span = span_of(r.period)
        if span is None:
            continue
        if span[1] - span[0] < 12:
            year = span[0] // 12
            best = year if best is None else max(best, year)
        else:
            fallback = span[0] // 12 if fallback is None else max(fallback, span[0] // 12)
    return best if best is not None else fallback


def family_name(canonical_name: str) -> str:
    family = family_of(canonical_name)
    return family.name if family else ""


def indicator_across(store: PolicyStore, keyword: str) -> Mapping[str, Sequence[Record]]:
    """Records whose indicator name contains `keyword`, by place: places by city then name, each place's
    records newest period first (the store keeps records in that order). A lazy mapping: its length and
    each place's length are counted in advance, a place's records are read when looked at."""
    return store.indicator_by_region(keyword)


def search(store: PolicyStore, text: str, limit: int | None = None) -> list[Record]:
    """Records whose indicator, place or clause holds every word of `text`, in store order."""
    return store.search(text, limit=limit)
