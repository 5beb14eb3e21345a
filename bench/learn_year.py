"""Can a small learned model date documents better than the hand-written rules on pages nobody tuned for?

    python bench/learn_year.py [--cache FILE] [--no-rules-feature]

One decision per document: its year (gold: the most common year, the first four digits of `period`, among its gold
records with a period; "none" when every gold period is empty: an undated page). Documents without any gold record
are left out. Candidates are every year the text writes (`2023年`, `2021-2025`, `2023-05-06`, `〔2023〕`, `二〇二三年`),
each of them ±1, and "none"; per candidate a handful of general features from the text (how often and where it is
written, a title, dateline or byline, the latest year written, review and base words around it, a five-year plan's
span, the text's tense words, a work report's year before another). The same logistic regression and tables as
bench/learn_place.py (bench/learn_docs.py); the rules' year is the same statistic over the parser's records.
dev21 and fresh22 are check splits: counts only. The held-out splits are never loaded.
"""

from __future__ import annotations

import argparse
import bisect
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_docs import EVALUATION, Doc, Model, Source, load_docs, rank, report, train

__all__ = ["NONE", "Doc", "candidate_features", "document_year", "rank", "train"]

NONE = "none"
HEAD = 200  # characters: the title and lead, where a text is dated

# a year as digits: `2023年`, a range's or a date's first part (`2021-2025`, `2023-05-06`, `2023.5.6`), a file
# number `〔2023〕`; never a figure's digits (`2000亩`)
_DIGIT_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s*(?:年|全年|[-—–~～/.至到]\s*\d|[〕\]）)]))")
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0"}
_CN_YEAR = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})年")
_CN_NUM = "〇零一二三四五六七八九十"
_FULL_DATE = re.compile(
    rf"\s*(?:年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|年[{_CN_NUM}]{{1,2}}月[{_CN_NUM}]{{1,3}}日|[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}})"
)
_BYLINE = re.compile(r"记者|通讯员|日电|讯|成文日期|发布时间|发布日期|来源|印发")
_RANGE_AFTER = re.compile(r"\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)\d\d")
_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*(?:年)?\s*[-—–~～至到]\s*$")
_DEADLINE_BEFORE = re.compile(r"(?:到|至|截至|力争)[^\d。\n]{0,2}$")  # `到2025年`: a target's deadline
_BASE_BEFORE = re.compile(r"(?:比|较|同比|相比|与)[^\d。\n]{0,2}$")  # `比2020年`: a comparison's base
# a figure (`5.6%`, `120亿元`, `35个`): a document's year is the year most of its figures are for
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|％|个百分点|亿|万|千|个|家|元|吨|公里|千米|亩|人|户|项|平方米|倍|座|所|条)"
)
_FOLLOWED = {  # how a year is spoken of right after it: a review, a year's verdict, a part of the year
    "after_review": re.compile(r"年(?:度)?(?:工作)?回顾|年以来"),
    "after_is": re.compile(r"年是"),
    "after_comma": re.compile(r"年\s*[,，]"),
    "after_part": re.compile(r"年\s*(?:上半年|前三季度|一季度|1\s*[-—~至]\s*\d{1,2}\s*月)"),
    "after_plan": re.compile(
        r"年(?:度)?(?:政府)?工作(?:报告|要点|计划|安排)|年(?:度)?(?:主要)?(?:目标|计划)"
    ),
}
_PLANS = {"十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
TENSES = ("今年", "去年", "上半年", "预计", "将", "目标")
_REPORT = re.compile(r"政府工作报告|各位代表")

FEATURES = (
    "is_none", "written", "log_mentions", "share", "is_top", "first_pos", "last_pos", "in_title", "in_head",
    "full_date", "byline", "file_number", "is_latest", "is_earliest", "latest_plus_1", "latest_minus_1",
    "plus_1_unwritten", "minus_1_unwritten", *_FOLLOWED, "base_share", "deadline_share", "range_share",
    "log_plain", "log_gap_to_latest", "figures_in_scope", "figures_in_sentence", "in_plan_span",
    *(f"latest_x_{t}" for t in TENSES), *(f"none_x_{t}" for t in TENSES),
    "report_x_before_another", "report_x_latest", "none_x_log_years", "none_x_log_mentions", "none_x_no_year",
    "none_x_figures_unscoped",
)  # fmt: skip


@dataclass
class Mention:
    year: int
    start: int
    end: int


def year_mentions(text: str) -> list[Mention]:
    """The years a text writes, as digits or Chinese numerals, in order."""
    out = [Mention(int(m.group(1)), m.start(1), m.end(1)) for m in _DIGIT_YEAR.finditer(text)]
    for m in _CN_YEAR.finditer(text):
        digits = "".join(_CN_DIGITS[c] for c in m.group(1))
        if digits[:2] in ("19", "20"):
            out.append(Mention(int(digits), m.start(1), m.end(1)))
    return sorted(out, key=lambda m: m.start)


def candidate_features(text: str) -> tuple[list[str], list[list[float]]]:
    """The candidate years (each written year, ±1, and "none"), each with its feature row (FEATURES order)."""
    mentions = year_mentions(text)
    by_year: dict[int, list[Mention]] = {}
    for m in mentions:
        by_year.setdefault(m.year, []).append(m)
    written = sorted(by_year)
    n, total = max(len(text), 1), len(mentions) or 1
    top = max((len(v) for v in by_year.values()), default=0)
    title_end = text.find("\n", 1) if text.find("\n", 1) > 0 else min(len(text), 60)
    tense = [math.log1p(text.count(t)) for t in TENSES]
    is_report = float(bool(_REPORT.search(text)))
    spans = [span for plan, span in _PLANS.items() if plan in text]
    plain = [m for m in mentions if _plain(text, m)]
    scope, sentence = _figures_by_year(text, plain)
    figures = sum(scope.values()) or 1
    years = sorted({y + d for y in written for d in (-1, 0, 1)})
    cands, rows = [], []
    for y in years:
        ms = by_year.get(y, [])
        c = len(ms)

        def share(pattern: re.Pattern[str], ms: list[Mention] = ms) -> float:
            return math.log1p(sum(1 for m in ms if pattern.match(text, m.end)))

        latest = bool(written) and y == written[-1]
        row = [
            0.0,
            float(c > 0),
            math.log1p(c),
            c / total,
            float(c == top and c > 0),
            ms[0].start / n if ms else 1.0,
            ms[-1].start / n if ms else 0.0,
            float(any(m.start < title_end for m in ms)),
            float(any(m.start < HEAD for m in ms)),
            math.log1p(sum(1 for m in ms if _FULL_DATE.match(text, m.end))),
            float(any(_BYLINE.search(text, max(0, m.start - 20), m.end + 20) for m in ms)),
            float(any(text[m.start - 1 : m.start] in "〔[（(" and text[m.end : m.end + 1] in "〕]）)" for m in ms)),
            float(latest),
            float(bool(written) and y == written[0]),
            float(bool(written) and y == written[-1] + 1),
            float(bool(written) and y == written[-1] - 1 and c == 0),
            float(c == 0 and y - 1 in by_year),
            float(c == 0 and y + 1 in by_year),
            *(share(p) for p in _FOLLOWED.values()),
            sum(1 for m in ms if _BASE_BEFORE.search(text, max(0, m.start - 4), m.start)) / (c or 1),
            sum(1 for m in ms if _DEADLINE_BEFORE.search(text, max(0, m.start - 4), m.start)) / (c or 1),
            sum(1 for m in ms if _RANGE_AFTER.match(text, m.end) or _RANGE_BEFORE.search(text, max(0, m.start - 8),
                                                                                          m.start)) / (c or 1),
            math.log1p(sum(1 for m in plain if m.year == y)),
            math.log1p(max(0, written[-1] - y)) if written else 0.0,
            scope.get(y, 0) / figures,
            sentence.get(y, 0) / figures,
            float(any(a <= y <= b for a, b in spans)),
            *(t * latest for t in tense),
            *(0.0 for _ in tense),
            is_report * float(c > 0 and y + 1 in by_year),
            is_report * float(latest),
            0.0,
            0.0,
            0.0,
            0.0,
        ]  # fmt: skip
        cands.append(str(y))
        rows.append(row)
    none = [0.0] * len(FEATURES)
    none[0] = 1.0
    none[FEATURES.index("first_pos")] = 1.0
    for t, v in zip(TENSES, tense, strict=True):
        none[FEATURES.index(f"none_x_{t}")] = v
    none[-4:] = [
        math.log1p(len(written)),
        math.log1p(len(mentions)),
        float(not written),
        scope.get(0, 0) / figures,
    ]
    return [*cands, NONE], [*rows, none]


def _plain(text: str, m: Mention) -> bool:
    """A year written as the time of what follows: not a deadline, a comparison's base or a span's end."""
    before = text[max(0, m.start - 8) : m.start]
    return not (_DEADLINE_BEFORE.search(before) or _BASE_BEFORE.search(before) or _RANGE_BEFORE.search(before)
                or _RANGE_AFTER.match(text, m.end))  # fmt: skip


def _figures_by_year(text: str, anchors: list[Mention]) -> tuple[Counter[int], Counter[int]]:
    """The text's figures counted by the year written last before them (0: none before), and by the year
    written earlier in their own sentence."""
    scope: Counter[int] = Counter()
    sentence: Counter[int] = Counter()
    starts = [m.start for m in anchors]
    for f in _FIGURE.finditer(text):
        i = bisect.bisect_right(starts, f.start()) - 1
        if i >= 0 and anchors[i].end > f.start():  # the year's own digits
            continue
        year = anchors[i].year if i >= 0 else 0
        scope[year] += 1
        if i >= 0 and not re.search(r"[。\n]", text[anchors[i].end : f.start()]):
            sentence[year] += 1
    return scope, sentence


def document_year(records: list[dict]) -> str:
    """The most common year among these records' periods ("none" when no record has one)."""
    years = Counter(p[:4] for r in records if (p := r.get("period") or "")[:4].isdigit())
    return years.most_common(1)[0][0] if years else NONE


def make_doc(src: Source) -> Doc:
    cands, rows = candidate_features(src.text)
    gold = document_year(src.gold) if src.gold else ""  # no gold record at all: nothing to date
    return Doc(src.corpus, src.split, src.name, gold, document_year(src.rules), cands, rows)


def abstaining_rules(docs: list[Doc]) -> None:
    """A hybrid that needs no threshold: the rules' year, and the model's (text features only) where the rules
    date nothing (no record of theirs has a period). Tuning splits: each by a model trained on the others."""
    held = {s for v in EVALUATION.values() for s in v}
    tuning = [d for d in docs if d.split not in held]
    print("\n-- rules, and the model where the rules date nothing")
    print(f"{'split':<9}{'placeable':>10}{'rules':>6}{'hybrid':>7}{'rules none':>11}")

    def line(name: str, placeable: list[Doc], model: Model) -> None:
        hybrid = [d.rules if d.rules != NONE else rank(model, d, False)[0][1] for d in placeable]
        right = sum(h == d.gold for h, d in zip(hybrid, placeable, strict=True))
        print(f"{name:<9}{len(placeable):>10}{sum(d.rules == d.gold for d in placeable):>6}{right:>7}"
              f"{sum(d.rules == NONE for d in placeable):>11}")  # fmt: skip

    placeable = [d for d in tuning if d.gold in d.cands]
    hybrid_right = 0
    for split in sorted({d.split for d in tuning}):
        model = train([d for d in tuning if d.split != split], with_rules=False)
        hybrid_right += sum(
            (d.rules if d.rules != NONE else rank(model, d, False)[0][1]) == d.gold
            for d in placeable
            if d.split == split
        )
    print(f"{'tuning':<9}{len(placeable):>10}{sum(d.rules == d.gold for d in placeable):>6}{hybrid_right:>7}"
          f"{sum(d.rules == NONE for d in placeable):>11}   (leave one split out)")  # fmt: skip
    model = train(tuning, with_rules=False)
    for split in ("dev23", "dev21", "fresh22"):
        line(split, [d for d in docs if d.split == split and d.gold in d.cands], model)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep the documents' candidates and the rules' years here")
    ap.add_argument(
        "--no-rules-feature", action="store_true", help="only the model without the rules' choice"
    )
    a = ap.parse_args()
    docs = [d for d in load_docs(a.cache, make_doc) if d.gold]
    report(docs, FEATURES, a.no_rules_feature)
    abstaining_rules(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
