"""The ingest's fast paths give what their plain definitions give.

Several steps of the build avoid a slow regex: a quick test for a character that every match holds, a scan in
two steps, a replacement done in C. Each is checked here against the plain form it stands for, on the seeds,
the unseen documents and tricky strings; a rule that later adds a word without the character its quick test
looks for fails here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from bot.ingest import (
    context,
    extract,
    fast_patterns,
    kind,
    naming,
    normalize,
    numbers,
    projects,
    segment,
    subject,
    tense,
    time,
    towns,
    zones,
)
from bot.ingest.pipeline import seed_files

ROOT = Path(__file__).resolve().parent.parent
TRICKY = [
    "",
    " ",
    "\u3000 ",
    "2021年，全县完成1-6月目标。",
    "去年同比增长5%；比上年提高",
    "：：】",
    "## 一、海安市 ：",
    "【如皋】",
    "年底前完成30个项目，确保6月底前开工",
    "总投资10亿元的中天钢铁(南通)有限公司项目",
    "发(fā)展（zhǎn）\r\n?!比蝿?",
    "Ａ１，２３\u3000",
]


@cache
def corpus() -> list[str]:
    """The normalized text of the seeds and the unseen documents."""
    folders = (ROOT / "seeds", ROOT / "tests" / "unseen" / "docs")
    return [
        normalize.normalize(path.read_text(encoding="utf-8")).text for f in folders for path in seed_files(f)
    ]


def lines() -> list[str]:
    return [line for text in corpus() for line in text.split("\n")] + TRICKY


# Patterns that are searched only where one of the characters of their quick test stands.
GUARDED = [
    (context._TIME_EXPR, context._TIME_EXPR_CHARS.pattern),
    (kind.HEAD_ACTUAL, kind.HEAD_ACTUAL_CHARS.pattern),
    (kind._WEAK_ACTUAL, kind._WEAK_ACTUAL_CHARS.pattern),
    (kind.DEADLINE, "[前]"),
    (projects._INVESTED, "投资"),
    (projects._INVESTMENT_BEFORE, "投资"),
    (time._COMPARISON_BASE, f"[{time._COMPARISON_CHARS}]"),
    (subject._COMPANY, "公司|集团"),
    (subject._PROJECT, "|".join(subject._PROJECT_ENDS)),
    (kind._TARGET_ITSELF, "目标|任务"),
    (kind._TARGET_AMOUNT, "目标|计划|预算"),
    (kind.OPENS_LOOKING_BACK, "年|来"),
    (context._OPENING_YEAR, context._NAMED_YEAR.pattern),
    (context._FRAMING_YEAR, context._NAMED_YEAR.pattern),
    (tense._QUESTION, "[:：]"),
    (tense._PURPOSE, "目标"),
    (tense._AGAINST_EXPECTATION, "目标|预期"),
    (segment._INTERVIEW, "访"),
]


@pytest.mark.parametrize(("pattern", "needed"), GUARDED, ids=lambda x: getattr(x, "pattern", x)[:20])
def test_every_match_holds_what_its_quick_test_looks_for(pattern: re.Pattern[str], needed: str) -> None:
    for line in lines():
        for m in pattern.finditer(line):
            assert re.search(needed, m.group()), (pattern.pattern[:40], m.group())


def test_sentences_and_phrases_are_split_and_trimmed() -> None:
    def plain(text: str, separators: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for m in re.finditer(f"[{separators}]+", text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        trimmed = []
        for a, b in spans:
            core = text[a:b].strip()
            if core:
                a += len(text[a:b]) - len(text[a:b].lstrip())
                trimmed.append((a, a + len(core)))
        return trimmed

    for line in lines():
        assert segment.sentences(line) == plain(line, "。！!？?；;\n")
        assert segment.split_spans(line, 0, len(line), segment._PHRASE_PIECE) == plain(
            line, '，,：:“”"「」『』|｜'
        )


def test_normalizing_passes_match_their_plain_forms() -> None:
    for text in [*corpus(), *TRICKY]:
        assert normalize.fold_width(text) == text.translate(normalize._FULL_WIDTH)
        for pattern, new in (
            (normalize._LINE_END, "\n"),
            (normalize._INVISIBLE, ""),
            (normalize._PINYIN_ANNOTATION, ""),
        ):
            assert normalize._substitute_all(pattern, text, new) == normalize._substitute(
                pattern, text, lambda _, n=new: n
            )


def test_heading_decoration_is_the_one_pattern() -> None:
    plain = re.compile(
        r"^[#\s■□●○◆◇▲△★☆·•*【\[（(]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．])?\s*|[】\]）)：:\s]+$"
    )
    for line in lines():
        assert segment._undecorated(line.strip()) == plain.sub("", line.strip())


def test_head_is_cut_at_the_first_figure() -> None:
    for text in corpus():
        for sentence in re.split("[。；;\n]", text):
            m = time._FIRST_FIGURE.search(sentence)
            assert time.head_of(sentence) == (sentence[: m.start()] if m else sentence)


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (numbers._RANGE_SEP, numbers._SEPARATOR_STARTS[numbers._RANGE_SEP]),
        (numbers._SCOPED_LIST_SEP, numbers._SEPARATOR_STARTS[numbers._SCOPED_LIST_SEP]),
        (numbers._AFTER, numbers._AFTER_STARTS),
    ],
)
def test_patterns_match_only_where_their_first_characters_stand(
    pattern: re.Pattern[str], starts: frozenset
) -> None:
    for line in lines():
        for pos in range(len(line) + 1):
            if line[pos : pos + 1] not in starts:
                assert pattern.match(line, pos) is None, (line, pos)


def test_numbers_read_as_before_their_mistyped_points_are_mended() -> None:
    for digits in ("12.5", "14..3", "63. 41", "63 .41", "63 . 4", "1,234.5", "7", "0.5"):
        plain = numbers._MISTYPED_POINT.sub(".", digits).replace(",", "")
        assert numbers._arabic(digits) == (float(plain) if "." in plain else int(plain))
    for line in lines():
        for m in numbers._TOKEN.finditer(line):
            if m["ar"]:
                plain = numbers._MISTYPED_POINT.sub(".", m["ar"]).replace(",", "")
                value = numbers._arabic(m["ar"])
                assert value == (float(plain) if "." in plain else int(plain)) and type(value) is type(
                    float(plain) if "." in plain else int(plain)
                )


def test_tokens_are_those_of_the_token_pattern() -> None:
    for line in lines():
        assert [m.span() for m in numbers._tokens(line)] == [m.span() for m in numbers._TOKEN.finditer(line)]


def _filler_chars(pattern: re.Pattern[str]) -> set[str]:
    r"""The characters a match of `(?:word|word|…|\s)+$` can hold (whitespace apart)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    (repeat, (_, _, body)), (at, where) = _parser.parse(pattern.pattern).data
    assert (repeat, at, where) == (c.MAX_REPEAT, c.AT, c.AT_END), "the quick test reads this form only"
    chars: set[str] = set()

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for op, av in items:
            if op == c.LITERAL:
                chars.add(chr(av))
            elif op == c.BRANCH:
                for alternative in av[1]:
                    walk(alternative.data)
            elif op == c.SUBPATTERN:
                walk(av[-1].data)
            elif op == c.IN and av != [(c.CATEGORY, c.CATEGORY_SPACE)]:
                walk(av)  # a class of single characters (`[一二两]次`)
            else:  # what is checked before a word takes no character; `\s` is the only other word
                assert op in (c.ASSERT_NOT, c.ASSERT, c.IN), (op, av)

    walk(body.data)
    return chars


def test_tail_filler_holds_only_its_quick_test_characters() -> None:
    assert _filler_chars(naming._TAIL_FILLER) <= naming._TAIL_FILLER_CHARS
    names = [
        line[a:b]
        for line in lines()
        for a, b in segment.split_spans(line, 0, len(line), segment._PHRASE_PIECE)
    ]
    tricky = ["增长 ", "达到\n", "均", "", "签约", "合约为", "人均的 达到", "实现了达 \n"]
    for name in [*names, *(n[:k] for n in names[:400] for k in range(len(n))), *tricky]:
        assert naming._without_tail_filler(name) == naming._TAIL_FILLER.sub("", name), name


def test_bare_zone_openings_start_with_a_quick_test_character() -> None:
    for line in [*lines(), "特别是该县经开区建设", "其中\n高新区", " 经开区", "全年经开区新增"]:
        for pos in range(len(line) + 1):
            if zones._BARE_OPENING.match(line, pos):
                assert line[pos] in zones._BARE_OPENING_FIRST or line[pos].isspace(), line[pos:]


def test_words_first_patterns_match_as_their_plain_forms() -> None:
    rewritten = {fast: plain for fast, plain in fast_patterns.PLAIN.items()}
    assert (
        len(rewritten) >= 8
    )  # intent, strong actual words, plan nouns, projection, months so far, purposes, comparison bases
    extra = [
        "分别是“十五”时期的6倍",
        "由“十五”时期的2500万元提高到6000万元",
        "三季度，今天",
        "项目建成投产后将实现产值",
        "达产以后",
        "计划建成后",
        "还将也将仍将将",
        "运营后，达效后",
        "比去年同期和2019年",
        "1-6月比上年1-5月",
        "前两个季度",
        "围绕全年目标任务",
        "目标导向",
        "全年目标的52%",
    ]
    for fast, plain in rewritten.items():
        fast_re, plain_re = re.compile(fast), re.compile(plain)
        for line in [*lines(), *extra]:
            assert [m.span() for m in fast_re.finditer(line)] == [m.span() for m in plain_re.finditer(line)]
    future = kind.FUTURE.pattern.replace("还将|也将|仍将", "[还也仍]将")
    for line in [*lines(), *extra]:
        assert [m.span() for m in kind.FUTURE.finditer(line)] == [m.span() for m in re.finditer(future, line)]


def test_words_first_rewrites_only_groups_of_words_opening_an_alternative() -> None:
    rewrite = fast_patterns.compile_words_first
    assert rewrite("(?:甲|乙)丙?|丁").pattern == "甲(?:丙?)|乙(?:丙?)|丁"
    assert rewrite(r"(?:20\d\d|年)[(|]").pattern == r"20\d\d(?:[(|])|年(?:[(|])"
    for pattern in ("(?:甲|[乙])丙", "(甲|乙)丙", "甲(?:乙|丙)", "(?:甲|乙*)丙", r"(?:甲|乙)(丙)\1"):
        assert rewrite(pattern).pattern == pattern
    assert rewrite("(?:甲|乙)(丙)").pattern == "(?:甲|乙)(丙)"  # its groups may be read
    assert rewrite("(?:甲|乙)(丙)", groups_read=False).pattern == "甲(?:(丙))|乙(?:(丙))"
    assert rewrite("丁|[甲乙]丙|戊").pattern == "丁|甲(?:丙)|乙(?:丙)|戊"
    for pattern in ("[^甲]丙", "[一-龥]丙", r"[\d甲]丙"):
        assert rewrite(pattern).pattern == pattern


def test_known_zones_index_finds_what_a_scan_of_the_list_finds() -> None:
    from bot.ingest.places import Gazetteer

    gazetteer = Gazetteer.default()
    zone_list = zones.known_zones(gazetteer)

    def plain(lead, core: str, written: str, city: str = ""):  # the scans the index stands for
        families = zones._WRITTEN_FAMILIES.get(written)
        if families is None:
            return None
        pool = [z for z in zone_list.zones if z.family in families]
        if lead is not None:
            names = {lead.name, zones._city_name(lead)} if core else {lead.name}
            exact = [z for z in pool if z.lead in names and z.core == core]
            if not exact and not core:
                exact = [z for z in pool if z.lead == lead.name and z.national and z.family == "hitech"]
            return zones._one(exact)
        if not core:
            return None
        named = [z for z in pool if core in (z.core, z.stem) or (not z.lead and z.name.startswith(core))]
        if city and (written not in zones._SURE_KINDS or any(z.city == city for z in named)):
            return zones._one([z for z in named if z.city == city])
        return zones._one(named) if len(core) >= 2 and written != "开发区" else None

    sample = zone_list.zones[::7]
    leads = [None, *(gazetteer.get(z.lead) for z in sample if z.lead)]
    cores = ["", "火炬", *(z.core for z in sample), *(z.stem for z in sample), *(z.name[:2] for z in sample)]
    cities = ["", *(z.city for z in sample[::5])]
    for written in ("经开区", "高新区", "开发区", "新区", "经济开发区", "示范区"):
        for lead in leads[::3]:
            for core in cores[::4]:
                for city in cities:
                    assert zone_list.official(lead, core, written, city) == plain(lead, core, written, city)


def test_text_postings_are_each_records_n_grams_added_one_record_at_a_time() -> None:
    from bot import store
    from bot.ingest.pipeline import build_corpus

    records = store.in_answer_order(build_corpus(ROOT / "seeds").records)
    records += [  # records sharing a clause across places, and a clause folding changes
        replace(records[0], region="海安市", city="南通市", text="Ａ １增长5%"),
        replace(records[-1], region="海安市", city="南通市", text="Ａ １增长5%"),
    ]
    records = store.in_answer_order(records)
    index = store.StoreIndex.build(records, "t")
    places = {r.region: store.fold(r.region) for r in records}
    plain: dict[str, list[int]] = {}  # the plain form: every record's n-grams, one record after another
    for pos, r in enumerate(records):
        grams = store._grams(store._squeeze(r.text)) | store._grams(store._squeeze(r.indicator))
        for gram in grams | store._grams(places[r.region]):
            plain.setdefault(gram, []).append(pos)
    postings = index.text_grams
    assert set(postings.keys) == set(plain)
    for gram, positions in plain.items():
        assert list(postings.get(gram)) == positions, gram


@pytest.mark.parametrize(
    ("pattern", "new"),
    [
        (normalize._LINE_END, "\n"),
        (normalize._INVISIBLE, ""),
        (normalize._PINYIN_ANNOTATION, ""),
        (re.compile("a|ab"), "ab"),  # a match equal to its replacement is no edit
        (re.compile("(x)y"), ""),  # a pattern with groups of its own
    ],
)
def test_substitute_all_gives_the_plain_forms_text_and_edits(pattern: re.Pattern[str], new: str) -> None:
    raw = [
        p.read_text(encoding="utf-8") for f in ("seeds", "tests/unseen/docs") for p in seed_files(ROOT / f)
    ]
    extra = ["发(fā)展（zhǎn）", "a\r\nb\r\rc\u2028", "\u200bx\u200c\u200d", "abab xy aab", "发(fā)"]
    for text in [*raw, *corpus(), *TRICKY, *extra]:
        assert normalize._substitute_all(pattern, text, new) == normalize._substitute_all_plain(
            pattern, text, new
        ), text[:40]


def test_a_phrase_without_figures_gets_no_records_from_the_list_rules() -> None:
    """`_sentence_records` skips a phrase without a figure straight to noting it as a list item: the list
    rules it would have run make nothing of no figures."""
    phrases = ["分别增长", "禽蛋产量、水果和蔬菜增长较快", "同比分别增长", "", *TRICKY]
    for phrase in phrases:
        for bare in ([], ["生猪", "牛"], [phrase]):
            assert extract._listed_items(phrase, [], bare) == []
            assert extract._spread_rates([], phrase, ["工业增加值", "财政收入"]) == []


def heads() -> list[str]:
    """The head of every sentence of the corpus, and of the tricky strings."""
    return [time.head_of(sentence) for line in lines() for sentence in re.split("[。；;]", line)]


def test_a_list_mark_opens_only_with_its_quick_test_characters() -> None:
    for head in [*heads(), "一、全年", "（三）今年", "1.去年", " - 上年", "•2023年"]:
        first = head[:1]
        if not (first in context._LIST_MARK_FIRST or first.isspace() or first.isdigit()):
            assert context._LIST_MARK.match(head).end() == 0, head  # type: ignore[union-attr]


def test_a_head_without_its_speaker_is_the_end_of_the_head() -> None:
    # (so a word missing from the head is missing from it too: the look back's quick test reads the head)
    for head in [*heads(), "王晓峰:去年", "据初步核算,2023年", "《报告》指出,过去一年"]:
        assert head.endswith(context.unspoken(head)), head


def test_strong_or_done_words_are_found_where_either_is() -> None:
    for text in [*lines(), *heads()]:
        either = kind.STRONG_ACTUAL.search(text) or kind.DONE_MARKER.search(text)
        assert bool(context._STRONG_OR_DONE.search(text)) == bool(either), text


def test_last_marker_is_the_plain_lists_answer() -> None:
    def plain(text: str, target: re.Pattern[str], actual: re.Pattern[str] | None) -> str:
        t = [m.start() for m in target.finditer(text)]
        a = [m.start() for m in actual.finditer(text)] if actual else []
        if not t and not a:
            return ""
        return kind.TARGET if (t[-1] if t else -1) > (a[-1] if a else -1) else kind.ACTUAL

    pairs = [
        (kind.INTENT, kind.STRONG_ACTUAL),
        (kind.INTENT_OR_PLAN, kind.STRONG_ACTUAL),
        (kind.FUTURE, kind._WEAK_ACTUAL),
        (kind.WEAK_TARGET, kind._WEAK_ACTUAL),
        (kind.WEAK_TARGET, None),
        (kind._INTENT_OR_GOAL_LEAD, kind._STRONG_NOT_COMPARED),
    ]
    extra = ["力争同比增长", "同比力争", "已力争", "确保目前", "目前确保同比", "计划累计完成", "全年已完成"]
    texts = [*extra, *(line[:k] for line in lines() for k in range(0, len(line), 7))]
    for target, actual in pairs:
        for text in texts:
            assert kind._last_marker(text, target, actual) == plain(text, target, actual), text


def test_phrases_cut_at_figures_are_the_plain_loops() -> None:
    def plain(text: str, start: int, end: int, cuts: set[int]) -> list[tuple[int, int]]:
        spans = []
        for a, b in segment.split_spans(text, start, end, segment._PHRASE_PIECE):
            if not cuts or text.find("、", a, b) < 0:
                spans.append((a, b))
                continue
            for m in segment._LIST_COMMA.finditer(text[a:b]):
                if a + m.start() in cuts:
                    spans.append((a, a + m.start()))
                    a += m.end()
            spans.append((a, b))
        return [(a, b) for a, b in spans if a < b]

    for line in [*lines(), "减税降费5.06亿元、发放补贴3亿元，省、市级项目", "、、，、"]:
        cut_sets = [set(), {m.start() for m in re.finditer("、", line)}, {i for i in range(0, len(line), 3)}]
        for cuts in cut_sets:
            assert segment.phrases(line, 0, len(line), cuts) == plain(line, 0, len(line), cuts), line


def test_a_phrase_opens_with_a_place_only_where_a_place_or_zone_word_starts_in_it() -> None:
    """`_with_named_sentences` tries only the phrases in which a mention, a zone or a bare zone word starts (a place
    closing a phrase starts in it too)."""
    from bot.ingest.places import Gazetteer

    gazetteer = Gazetteer.default()
    for text in corpus():
        mentions = {m.start: m for m in gazetteer.find_mentions(text)}
        by_end = {m.end: m for m in mentions.values()}
        zone_list = zones.find_zones(text, gazetteer)
        found = {z.start: z for z in zone_list}
        starts = {*mentions, *found, *(m.start() for m in zones.BARE_WORDS.finditer(text))}
        named = tuple(dict.fromkeys(z.place for z in zone_list))
        counties = {m.place for m in mentions.values() if m.place.level == "county"}
        for s_start, s_end in segment.sentences(text):
            for start, end in segment.phrases(text, s_start, s_end):
                if any(start <= pos < end for pos in starts):
                    continue
                assert segment._opening_place(text, start, mentions, found, end) is None, text[start:end]
                assert segment._closing_place(text, start, end, by_end) is None, text[start:end]
                for county in counties:
                    assert zones.county_zone_at(text, start, county, named) is None, text[start:end]


def test_head_actual_at_its_first_characters_is_found_where_the_plain_pattern_is() -> None:
    extra = [
        "截至6月底",
        "截止十月末前",
        "1-6月",
        "元至7月",
        "前两个季度",
        "上半年",
        "前三季度",
        "一季度",
        "2023年",
    ]
    for text in [*lines(), *heads(), *extra]:
        assert bool(context._HEAD_ACTUAL_AT.search(text)) == bool(kind.HEAD_ACTUAL.search(text)), text


def test_target_words_are_found_where_intent_or_weak_words_are() -> None:
    extra = ["将达到", "还将继续", "确保全年", "年底前", "计划投资", "目标任务", "下一步", "将"]
    for (reporting, results), pattern in context._TARGET_WORDS.items():
        intent = kind.INTENT if reporting else kind.INTENT_OR_PLAN
        weak = kind.FUTURE if reporting or results else kind.WEAK_TARGET
        for text in [*lines(), *heads(), *extra]:
            assert bool(pattern.search(text)) == bool(intent.search(text) or weak.search(text)), text


def test_goals_served_are_at_most_twice_the_goal_words_and_the_expectations() -> None:
    """`document_kind` reads the goals served only when they could change its answer, by this bound."""
    extra = ["围绕全年目标任务,超预期完成目标要求", "达到规划目标要求", "超预期", "目标导向、目标管理"]
    for text in [*corpus(), *lines(), *extra]:
        assert tense.purposes(text) <= 2 * text.count("目标") + text.count("预期"), text


@pytest.mark.parametrize("pattern", [r"[a|]x", r"[.a]b", r"[(（]\d+", r"[*+]号"])
def test_a_class_of_characters_special_outside_it_matches_as_before(pattern: str) -> None:
    fast, plain = fast_patterns.compile_words_first(pattern), re.compile(pattern)
    for text in ("(12", "（3", "|x", "ax", "zb", ".b", "ab", "*号", "+号", "x"):
        assert bool(fast.search(text)) == bool(plain.search(text)), text


def test_aid_givers_tried_near_their_aid_words_match_as_everywhere() -> None:
    extra = [
        "天津市、山东省青岛市、福建省福州市和厦门市对口支援甘肃省",
        "累计向甘肃投入财政援助资金89.66亿元",
        "江苏省,浙江省结对帮扶援建援",
        "援" * 3 + "上海市援建" + "帮扶" * 2,
    ]
    for text in [*corpus(), *lines(), *extra]:
        near = fast_patterns.finditer_near(segment._AID_GIVERS, segment._AID_WORD, text)
        assert [m.span(1) for m in near] == [m.span(1) for m in segment._AID_GIVERS.finditer(text)], text[:40]


def test_a_pattern_tried_near_its_anchor_matches_as_everywhere() -> None:
    anchor = re.compile(r"(?=乙)")
    for pattern in (
        r"甲{1,5}乙",
        r"(?:甲|丙)[^乙]{0,3}乙丁?",
        r"甲*乙",
    ):  # (the last unbounded: tried everywhere)
        compiled = re.compile(pattern)
        for text in ("甲乙", "甲甲甲甲甲甲乙", "丙x乙丁甲乙乙", "乙甲", "", "甲丙丙丙乙甲乙丁"):
            near = [m.span() for m in fast_patterns.finditer_near(compiled, anchor, text)]
            assert near == [m.span() for m in compiled.finditer(text)], (pattern, text)


def test_words_first_moves_a_look_behind_past_the_first_character() -> None:
    rewrite = fast_patterns.compile_words_first
    assert rewrite(r"全年|(?<!截至)年[底末]").pattern == r"全年|年(?<!(?:截至)年)[底末]"
    assert rewrite(r"(?<=[，,])(?:建|完)后").pattern == r"建(?<=(?:[，,])建)(?:后)|完(?<=(?:[，,])完)(?:后)"
    assert rewrite(r"(?:(?:甲|乙)丙|丁)戊").pattern == r"甲(?:丙(?:戊))|乙(?:丙(?:戊))|丁(?:戊)"
    assert rewrite(r"(?:^|(?<=，))乙").pattern == r"乙(?<!(?:[\s\S])乙)|乙(?<=(?:，)乙)"
    assert rewrite(r"(?:^|(?<=，))乙", re.M).pattern == r"乙(?<!(?:[^\n])乙)|乙(?<=(?:，)乙)"
    for pattern in (r"(?<!甲)乙*", r"(?<!甲)[乙丙]", r"(?<!甲)\d", r"(?:甲|乙)+丙", r"(?<!甲)(?=乙)乙"):
        assert rewrite(pattern).pattern == pattern  # (no one plain character, unrepeated, opens them)
    inline = rewrite(r"(?m)(?:^|，)甲")  # (the flag a pattern sets itself is read)
    assert [m.span() for m in inline.finditer("甲\n甲，甲")] == [(0, 1), (2, 3), (3, 5)]


@pytest.mark.parametrize(
    "pattern",
    [
        kind.WEAK_TARGET,
        towns._TOWN_BODIES,
        *towns._COUNTY_VOICE.values(),
        kind.INTENT,
        kind.PROJECTED,
        segment._CITY_CONGRESS,
    ],
    ids=lambda p: p.pattern[:20],
)
def test_look_behinds_moved_match_as_their_plain_forms_in_whole_texts(pattern: re.Pattern[str]) -> None:
    plain = re.compile(fast_patterns.PLAIN[pattern.pattern], pattern.flags)
    extra = [
        "截至年底，年底前",
        "镇党委\n乡政府、街道办事处",
        "自治区全区,全区我县本旗",
        "，建后年产",
        "市党代会提出,本市第十三次党代会明确",
    ]
    for text in [*corpus(), *extra]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_free_trade_zones_tried_near_their_words_match_as_everywhere() -> None:
    extra = [
        "中国(河南)自由贸易试验区郑州片区",
        "上海自贸区临港新片区,河南自贸试验区",
        "自贸自由贸易试验区自贸区",
    ]
    for text in [*corpus(), *lines(), *extra]:
        near = fast_patterns.finditer_near(zones._FREE_TRADE, zones._FREE_TRADE_WORD, text)
        assert [m.span() for m in near] == [m.span() for m in zones._FREE_TRADE.finditer(text)], text[:40]


def _rewritten_patterns() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in (
        context,
        extract,
        kind,
        naming,
        normalize,
        numbers,
        projects,
        segment,
        subject,
        tense,
        time,
    ):
        for value in vars(module).values():
            for pattern in value.values() if isinstance(value, dict) else (value,):
                if isinstance(pattern, re.Pattern) and pattern.pattern in fast_patterns.PLAIN:
                    found[pattern.pattern] = pattern
    return list(found.values())


def test_every_rewritten_pattern_matches_as_its_plain_form_in_whole_texts() -> None:
    """(with the pattern's flags, over whole texts: lines and `^` as the build meets them)"""
    patterns = _rewritten_patterns()
    assert len(patterns) >= 20
    for pattern in patterns:
        plain = re.compile(fast_patterns.PLAIN[pattern.pattern], pattern.flags)
        for text in corpus():
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
