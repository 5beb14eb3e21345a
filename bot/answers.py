"""Answers to questions read by bot.question: the best matching figure first, in one quotable line, its
target or achievement beside it, then a few related lines; the rest goes to later pages.

Plain data in, HTML lines out; resolving places and paging are the caller's (bot.commands).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from weakref import WeakKeyDictionary

from bot import render
from bot.ingest.record import Record
from bot.queries import (
    ACTUAL,
    TARGET,
    Progress,
    TargetIndex,
    best_target,
    canonical,
    completion_ratio,
    family_name,
    implied_targets,
    latest_year,
    listing_key,
    span_of,
    subject,
    unit_scale,
)
from bot.question import ACTUAL as ASK_ACTUAL
from bot.question import PROGRESS as ASK_PROGRESS
from bot.question import TARGET as ASK_TARGET
from bot.question import Question
from bot.render import esc
from bot.store import PolicyStore, fold, newest_first
from bot.vocabulary import family_of

RELATED = 4  # lines after the lead and its pair on the first page
ACROSS_FIRST = 8  # places on the first page of a comparison
NAMES_SHOWN = 8  # indicator names listed when nothing matched


@dataclass
class Answer:
    first: list[str]  # lines of the first page: the figure first
    rest: list[str] = field(default_factory=list)  # blocks for the following pages
    found: bool = True
    own_page: bool = True  # the first lines stand alone on the first page (the rest behind a button)


# -- matching -------------------------------------------------------------------------------------------------


_VARIANT_MARKS = {"增速": ("增", "速", "幅", "长"), "占比": ("占", "比重"), "排名": ("排", "名", "位")}


@dataclass(frozen=True)
class _Asked:
    """What a question asks, in the folded forms record names are compared with (made once per question)."""

    keywords: tuple[str, ...]
    words: tuple[str, ...]
    wanted: frozenset[str]  # character pairs of the words
    family_terms: tuple[str, ...]  # folded wordings of the asked families
    marks: tuple[str, ...]  # what a name of the asked form (增速, 占比, 排名) holds


@lru_cache(maxsize=512)
def _asked(q: Question) -> _Asked:
    keywords = tuple(fold(w) for w in q.keywords)
    words = tuple(fold(w) for w in q.terms) + keywords
    wanted: set[str] = set()
    for word in words:
        wanted |= _grams(word)
    terms: list[str] = []
    for fam_name in q.families:
        family = family_of(fam_name)
        if family:
            terms.extend(fold(t) for t in family.terms)
    return _Asked(keywords, words, frozenset(wanted), tuple(terms), _VARIANT_MARKS.get(q.variant, ()))


@lru_cache(maxsize=8192)  # indicator names repeat across places and years; clauses mostly do not
def _folded(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=8192)
def _grams(text: str) -> frozenset[str]:
    text = "".join(text.split())
    return frozenset(text[i : i + 2] for i in range(len(text) - 1)) or (
        frozenset((text,)) if text else frozenset()
    )


def indicator_score(record: Record, q: Question, *, loose: bool = True) -> float:
    """See _indicator_score; `loose=False` skips the partial matches (below 2), for filters that drop them."""
    score = _indicator_score(record, q, loose)
    if score and q.variant and score < 5 and _has_variant(record, q.variant):
        score += 0.3  # the form asked (排第几 → a rank, 增长多少 → a rate) over the other forms
    return score


def _has_variant(record: Record, variant: str) -> bool:
    if variant == "排名":
        return record.unit == "名次" or "排" in record.indicator
    if variant == "增速":
        return record.unit == "%" and any(m in record.indicator for m in ("增", "速", "幅", "长"))
    return any(m in record.indicator for m in ("占", "比重"))


def _indicator_score(record: Record, q: Question, loose: bool = True) -> float:
    """How well a record's indicator answers the question: 5 the canonical name asked with every other word
    asked in its name, 4 the canonical name or every word in the name, 3 a wording of the indicator asked,
    2 the same indicator in another form (its growth rate for its level), below 2 a partial match of the
    words (more of them in the name scores higher), 0 not this indicator."""
    asked = _asked(q)
    name = canonical(record)
    folded = _folded(record.indicator)
    if name and (
        name in q.canonicals or (name.startswith("新增") and name[2:] in q.canonicals and "新增" in q.text)
    ):
        text = fold(record.text) + fold(subject(record))
        return 5.0 if all(w in folded or w in text for w in asked.keywords) else 4.0
    if asked.words and all(w in folded for w in asked.words):
        return 4.5 if asked.keywords and not (name and q.canonicals) else 3.5
    if q.families:
        family_hit = any(t in folded for t in asked.family_terms) and (
            not asked.marks or any(m in folded for m in asked.marks)
        )
        if family_hit and (not name or not q.canonicals):
            # Other words asked that this record's clause holds (a park, a kind) make it the one meant.
            text = fold(record.text) + fold(subject(record))
            return 4.5 if asked.keywords and all(w in text for w in asked.keywords) else 3.0
        if name and family_name(name) in q.families:
            return 2.0
        if family_hit:
            return 2.0
    return _partial(record, folded, asked.wanted) if loose else 0.0


def _partial(record: Record, folded: str, wanted: frozenset[str]) -> float:
    """Share of the asked words' character pairs found in the name (1–2) or only in the clause (0.5–1)."""
    if not wanted:
        return 0.0
    name_grams = _grams(folded)
    shared = len(wanted & name_grams)
    in_name = shared / len(wanted)
    # A short name wholly inside a longer question (常年储备 in 重点项目库常年储备多少个项目) counts too.
    name_in_question = shared / len(name_grams) if len(name_grams) >= 2 else 0.0
    best = max(in_name, name_in_question * 0.9)
    if best >= 0.4:
        return 1.0 + best
    text = fold(record.text) + "\x1f" + fold(subject(record))
    in_text = sum(gram in text for gram in wanted) / len(wanted)
    return in_text if in_text >= 0.5 else 0.0


def time_score(record: Record, asked: tuple[int, int] | None) -> int:
    if asked is None:
        return 0
    span = span_of(record.period)
    if span is None:
        return 0
    if span == asked:
        return 3
    if asked[0] <= span[0] and span[1] <= asked[1]:
        return 2
    if span[0] <= asked[0] and asked[1] <= span[1]:
        return 1  # the year's target for a half-year question
    return -1


def kind_score(record: Record, q: Question) -> int:
    if q.intent == ASK_TARGET:
        return int(record.kind == TARGET)
    if q.intent in (ASK_ACTUAL, ASK_PROGRESS):
        return int(record.kind == ACTUAL)
    return 0


_KIND_INTENTS = (ASK_TARGET, ASK_ACTUAL, ASK_PROGRESS)


def ranked(records: list[Record], q: Question, asked: tuple[int, int] | None) -> list[tuple[tuple, Record]]:
    """Records that match the question, best first: indicator, then kind asked, then time, then newest."""
    out = []
    for r in records:
        ind = indicator_score(r, q) if q.has_indicator else 1
        if ind <= 0:
            continue
        t = time_score(r, asked)
        if not q.has_indicator and t < 0:
            continue
        if q.has_indicator:
            # `GDP目标` with no level target but a growth target: when the form was not asked, the kind
            # asked (目标, 完成) weighs more than the exact form of the indicator.
            name = canonical(r)
            same = family_name(name) in q.families if name else ind >= 3
            primary = 4.0 if ind >= 2 and same and not q.variant and q.intent in _KIND_INTENTS else ind
            key = (-primary, -kind_score(r, q), -t, -ind, newest_first(r.period), listing_key(r))
        else:  # a place alone: its headline figures first (listing_key), within the time asked
            key = (-ind, -kind_score(r, q), -t, listing_key(r), newest_first(r.period))
        out.append((key, r))
    out.sort(key=lambda item: item[0])
    return out


def place_records(store: PolicyStore, region: str, q: Question) -> list[Record]:
    """A place's records; those about a narrower subject (a company, a park) only when the question names it."""
    records = store.by_region(region)
    words = [fold(w) for w in (*q.terms, *q.keywords)]
    return [r for r in records if not subject(r) or (words and any(w in fold(subject(r)) for w in words))]


# -- one place ------------------------------------------------------------------------------------------------


def answer_place(store: PolicyStore, region: str, q: Question) -> Answer:
    records = place_records(store, region, q)
    latest = latest_year(records)
    if q.time is not None and q.time.needs_latest and q.has_indicator:
        latest = _latest_asked(records, q) or latest
    asked = q.time.span(latest) if q.time else None
    matches = ranked(records, q, asked)
    if not matches:
        return Answer(nothing_for_place(store, region, q, records, latest), found=False)
    key, best = matches[0]
    lines = [render.lead_line(best)]
    lines.extend(pair_lines(best, records))
    notes = []
    if q.time is not None and q.time.needs_latest and latest is not None:
        which = "这项数字" if q.has_indicator else ""
        shift = q.time.relative or 0
        then = f"往{'前' if shift < 0 else '后'}推 {abs(shift)} 年，即 {latest + shift} 年" if shift else "算"
        notes.append(f"（“{esc(q.time.words)}”按库里{esc(region)}{which}最新的 {latest} 年{then}）")
    if key[2] > 0:  # the time asked has no such figure
        notes.append(
            f"（库里没有{esc(region)} {esc(render.period_words(q.time.period(latest)))}的这项数字，这是最近的一条）"
        )
    elif q.families and -key[3] < 4:
        asked_names = "、".join(q.canonicals[:2])
        notes.append(f"（库里没有{esc(region)}的“{esc(asked_names)}”本身，这是最接近的一条）")
    lines.extend(notes)
    others = [r for _, r in matches[1:]]
    shown = others[:RELATED]
    if shown:
        lines.append("相关：")
        lines.extend(render.record_line(r, show_kind=True) for r in shown)
    rest = [render.record_line(r, show_kind=True) for r in others[RELATED:]]
    if rest:
        rest.insert(0, f"<b>{esc(region)}：另外 {len(rest)} 条相关</b>")
    return Answer(lines, rest)


def _latest_asked(records: list[Record], q: Question) -> int | None:
    """今年 / 上半年 without a year: the latest year the store has the indicator asked for at this place (its
    best-matching wording), for the part of the year asked when there is one."""
    order = ranked(records, q, None)  # best first, time aside
    if not order or -order[0][0][0] < 2:
        return None
    lead = order[0][0][:2]  # indicator and kind as the best record has them
    best = [r for key, r in order if key[:2] == lead]
    assert q.time is not None
    years = sorted({span[0] // 12 for r in best if (span := span_of(r.period))}, reverse=True)
    if q.time.part:
        for year in years:
            if any(time_score(r, q.time.span(year)) >= 2 for r in best):
                return year
    return latest_year(best)


def pair_lines(record: Record, records: list[Record]) -> list[str]:
    """The target an achieved figure counts towards (with completion and gap), or what was achieved of a
    target."""
    targets = [r for r in records if r.kind == TARGET]
    if record.kind == ACTUAL:
        target, derived = best_target(record, targets), False
        if target is None:
            implied = implied_targets(records)
            target, derived = implied.get(record.id), record.id in implied
        if target is None:
            return []
        return [progress_line(Progress(record, target, completion_ratio(record, target), derived))]
    lines = []
    index = TargetIndex(targets)
    for actual in records:
        if actual.kind == ACTUAL and index.best_for(actual) is record:
            item = Progress(actual, record, completion_ratio(actual, record))
            lines.append(
                f"已完成 <b>{esc(render.figure(actual))}</b>（{esc(render.period_words(actual.period))}）"
                + (
                    f" · {render.completion(item.ratio, rates=item.compares_rates)}"
                    if item.ratio is not None
                    else ""
                )
                + f" {render.source_command(actual)}"
            )
    return lines[:2]


def progress_line(item: Progress) -> str:
    """`全年目标 ≥ 72 亿元（2020年）· 完成 52% · 还差 34.3 亿元 · 上半年数字对全年目标`."""
    target = item.target
    assert target is not None
    if item.derived:
        head = f"目标约 <b>{esc(render.figure(target))}</b>（{esc(render.period_words(target.period))}，由“{esc(target.text)}”推算）"
    else:
        head = f"目标 <b>{esc(render.figure(target))}</b>（{esc(render.period_words(target.period))}） {render.source_command(target)}"
    parts = [head]
    if item.ratio is not None:
        parts.append(render.completion(item.ratio, rates=item.compares_rates))
    gap = item.gap
    if gap is not None:
        parts.append(f"还差 {esc(render.amount(gap, target.unit))}")
    if item.partial:
        parts.append(
            f"{esc(render.period_words(item.actual.period))}的数字对{esc(render.period_words(target.period))}的目标"
        )
    return " · ".join(parts)


def nothing_for_place(
    store: PolicyStore, region: str, q: Question, records: list[Record], latest: int | None
) -> list[str]:
    """What the store does have when nothing matches: the place's indicators, and places with this one."""
    asked = esc(q.keyword or "这项")
    when = f"{render.period_words(q.time.period(latest))}" if q.time else ""
    lines = [f"{esc(region)}{esc(when)}没有“{asked}”的数字。"]
    names: list[str] = []
    for r in sorted(records, key=listing_key):
        name = canonical(r) or r.indicator
        if name not in names:
            names.append(name)
    if names:
        lines.append(
            f"{esc(region)}有：{esc('、'.join(names[:NAMES_SHOWN]))}"
            + ("等" if len(names) > NAMES_SHOWN else "")
            + f"（共 {len(records)} 条，/targets {esc(region)}）"
        )
    elsewhere = sorted({r.region for r in records_for(store, q, limit=200)} - {region})
    if elsewhere:
        lines.append(f"有“{asked}”的地区：{esc('、'.join(elsewhere[:NAMES_SHOWN]))}")
    return lines


# -- across places --------------------------------------------------------------------------------------------


_CANONICAL_INDEX: WeakKeyDictionary[PolicyStore, dict[str, list[Record]]] = WeakKeyDictionary()
_PLACE_INDEX: WeakKeyDictionary[PolicyStore, dict[tuple[str, str], list[Record]]] = WeakKeyDictionary()
MAX_ACROSS = 300  # records one comparison looks at: the newest periods of the indicator, the form asked first


def canonical_index(store: PolicyStore) -> dict[str, list[Record]]:
    """Records by canonical name, newest period first (then in store order): made once per store, so that no
    question scans the whole table."""
    index = _CANONICAL_INDEX.get(store)
    if index is None:
        index = {}
        stored = store.canonicals()  # a store whose records carry the field has them indexed already
        if stored:
            for name in stored:
                index[name] = store.with_canonical(name)
        else:
            for r in store.records:
                name = canonical(r)
                if name:
                    index.setdefault(name, []).append(r)
        by_place: dict[tuple[str, str], list[Record]] = {}
        for name, records in index.items():
            records.sort(key=lambda r: newest_first(r.period))
            for r in records:
                by_place.setdefault((name, r.region), []).append(r)
        _CANONICAL_INDEX[store] = index
        _PLACE_INDEX[store] = by_place
    return index


def _wanted(q: Question) -> list[str]:
    wanted = list(q.canonicals)
    if not q.variant:
        wanted += [f + v for f in q.families for v in ("", "增速", "占比", "排名")]
        wanted += ["新增" + f for f in q.families]
    return list(dict.fromkeys(wanted))


def records_in(store: PolicyStore, q: Question, regions: list[str]) -> list[Record]:
    """Records of the indicator asked in the given places, through the index (newest first per place)."""
    canonical_index(store)
    by_place = _PLACE_INDEX[store]
    found: list[Record] = []
    if q.families:
        for name in _wanted(q):
            for region in regions:
                found.extend(by_place.get((name, region), ()))
        if found:
            return found
    if q.keyword:  # the words asked, in the indicator names of these places (the name index)
        groups = store.indicator_by_region(q.keyword)
        for region in regions:
            if region in groups:
                found.extend(groups[region])
    return found


def records_for(store: PolicyStore, q: Question, limit: int = MAX_ACROSS) -> list[Record]:
    """Records of the indicator asked across places, newest periods first, at most `limit` per name: the
    canonical names asked when the vocabulary knows them (all forms of it when no form was asked), else the
    indicator names holding the words asked."""
    if q.families:
        index = canonical_index(store)
        found: list[Record] = []
        for name in _wanted(q):
            found.extend(index.get(name, ())[: limit - len(found)])
            if len(found) >= limit:
                break
        if found:
            return found
    if q.keyword:
        return store.with_indicator(q.keyword)[:limit]
    return []


def answer_across(store: PolicyStore, q: Question, regions: list[str] | None = None) -> Answer:
    """One indicator compared across places for the same period (largest first), or one place's history of
    it across documents and years (latest first)."""
    records = records_for(store, q) if regions is None else records_in(store, q, regions)
    records = [r for r in records if not subject(r)]
    if q.intent in (ASK_TARGET,):
        records = [r for r in records if r.kind == TARGET] or records
    elif q.intent in (ASK_ACTUAL, ASK_PROGRESS):
        records = [r for r in records if r.kind == ACTUAL] or records
    if not records:
        return Answer([], found=False)
    places = {r.region for r in records}
    if (regions is not None and len(regions) == 1) or len(places) == 1:
        return _history(records, q)
    answer = _comparison(records, q)
    if regions is not None and len(regions) <= ACROSS_FIRST:
        # Places named by the user each get their latest figure first, whatever period it is for.
        leads = []
        for region in regions:
            own = [r for r in records if r.region == region]
            if own:
                own.sort(key=lambda r: (_variant_rank(r, q), _kind_rank(r, q), newest_first(r.period)))
                leads.append(render.lead_line(own[0]))
        if leads:
            answer.first = leads
    return answer


def _name(record: Record) -> str:
    return canonical(record) or record.indicator


def _history(records: list[Record], q: Question) -> Answer:
    region = records[0].region
    ordered = sorted(records, key=lambda r: (_variant_rank(r, q), newest_first(r.period), r.doc, r.start))
    header = f"<b>{esc(region)} · {esc(_name(ordered[0]))}</b> 历年（新的在前，共 {len(ordered)} 条）："
    return Answer(
        [render.lead_line(ordered[0])],
        [header + "\n" + "\n".join(map(_history_line, ordered))],
        own_page=False,
    )


def _history_line(r: Record) -> str:
    kind = "🎯" if r.kind == TARGET else "✅"
    return (
        f"• {kind} {esc(render.period_words(r.period))} {esc(r.indicator)} <b>{esc(render.figure(r))}</b> "
        f"{render.source_command(r)}"
    )


def _variant_rank(record: Record, q: Question) -> int:
    name = canonical(record)
    return 0 if name in q.canonicals else 1 if name else 2


def _comparison(records: list[Record], q: Question) -> Answer:
    """Per canonical name and period (the asked form first, the newest period first), places by value."""
    groups: dict[tuple[str, str, str], list[Record]] = {}
    for r in records:
        groups.setdefault((_name(r), r.period, unit_scale(r.unit)[0]), []).append(r)

    def group_key(item: tuple[tuple[str, str, str], list[Record]]) -> tuple:
        (name, period, _), members = item
        places = len({m.region for m in members})
        return (0 if name in q.canonicals else 1, -min(places, 3), newest_first(period), name)

    ordered = sorted(groups.items(), key=group_key)
    blocks: list[str] = []
    lead: Record | None = None
    for (name, period, _), members in ordered:
        best_per_place: dict[str, Record] = {}
        for r in sorted(members, key=lambda r: (_kind_rank(r, q), r.doc, r.start)):
            best_per_place.setdefault(r.region, r)
        rows = sorted(best_per_place.values(), key=lambda r: -_scaled(r))
        lead = lead or rows[0]
        header = f"<b>{esc(name)} · {esc(render.period_words(period))}</b>（{len(rows)} 个地区）"
        blocks.append(header + "\n" + "\n".join(_across_line(r) for r in rows))
    assert lead is not None
    return Answer([render.lead_line(lead)], blocks, own_page=False)


def _kind_rank(r: Record, q: Question) -> bool:
    return r.kind != TARGET if q.intent == ASK_TARGET else r.kind != ACTUAL


def _scaled(r: Record) -> float:
    value = r.value[0] if isinstance(r.value, list) else r.value
    return value * unit_scale(r.unit)[1]


def _across_line(r: Record) -> str:
    kind = "🎯" if r.kind == TARGET else "✅"
    return f"• {kind} {esc(r.region)} <b>{esc(render.figure(r))}</b> {esc(r.indicator)} {render.source_command(r)}"


def answer_places(store: PolicyStore, regions: list[str], q: Question) -> Answer:
    """Several places asked at once (海安和如皋GDP哪个高): each place's best figure, one line each."""
    firsts: list[str] = []
    rest: list[str] = []
    for region in regions:
        answer = answer_place(store, region, q)
        firsts.append(answer.first[0])
        details = [line for line in answer.first[1:] if not line.startswith("（")] + answer.rest
        if answer.found and details:
            rest.append(f"<b>{esc(region)}</b>\n" + "\n".join(details))
    return Answer(firsts, rest, own_page=False)
