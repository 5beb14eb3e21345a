"""Faster forms of the ingest's slow scans read the same as the patterns they stand for (records byte-identical):
each is checked against its plain pattern on sentences of the seeds and the in-house texts, and the whole build of
a document is the same read twice over (the memos of a document's lines and sentences change nothing)."""

from pathlib import Path

import pytest

from bot.ingest import extract, naming, segment, subject, tables
from bot.ingest.pipeline import build_corpus

ROOT = Path(__file__).resolve().parent.parent

# seeds/ and tests/unseen/docs/ (u03 潍坊 2024 一季度, u05 巩义 2024 plan, a 高邮 report)
WEIFANG = (
    "一季度，潍坊市实现地区生产总值1821.5亿元，同比增长6.3%，高于全省0.5个百分点；一般公共预算收入完成198.7亿元，"
    "增长5.1%；所辖12个县市"
)
GOALS = "力争全国综合实力百强县市排名进入前十\n力争在全省县域经济综合排名中保持前三"
GAOYOU = "去年,高邮摘得“全国文明城市”金字招牌,今年全力争创“全国文明典范城市”"
SENTENCES = [
    WEIFANG,
    GOALS,
    GAOYOU,
    "认真开展“大项目突破年”活动，整合全市招商资源，建立健全专业化、产业链、市场化",
    "马桥加油站正式投入运营，明年 6 月底前全市建成强村加油站 3 个",
    "其中出口额71.28亿元,同比下降3.4%",
    "其中,工业投资同比增长7.3%,服务业投资同比增长9.5%",
    "上半年，全县实现地区生产总值80.66亿元；本区新增市场主体1.2万户",
    "2023年，\n全国规模以上工业增加值增长4.6%，全省增长5%",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_own_word_is_the_pattern(sentence: str) -> None:
    for start in range(len(sentence) + 1):
        plain = segment._OWN_WORD.match(sentence, start)
        fast = segment._own_word(sentence, start)
        assert (plain and plain.group()) == (fast and fast.group())


@pytest.mark.parametrize("sentence", SENTENCES)
def test_superior_subjects_are_the_pattern(sentence: str) -> None:
    def read(matches):
        return [(m.start(1), m.end(), m.group(1)) for m in matches]

    assert read(segment._superior_subjects(sentence)) == read(segment._SUPERIOR_SUBJECT.finditer(sentence))


def test_superior_subjects_found() -> None:
    # the province compared (`高于全省0.5个百分点`) and the country's own figure after a year and a line break
    assert [m.group(1) for m in segment._superior_subjects(SENTENCES[8])] == ["全国", "全省"]


@pytest.mark.parametrize(
    "name", ["地区生产总值同比增长", "出口额同比下降了", "城镇化率提高", "增长\n", "工业投资", "增长点", ""]
)
def test_growth_verb_is_the_pattern(name: str) -> None:
    plain = naming._GROWTH_VERB.search(name)
    fast = naming._growth_verb(name)
    assert (plain and plain.span()) == (fast and fast.span())
    assert naming._without_growth_verb(name) == naming._GROWTH_VERB.sub("", name)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_last_clause_is_the_split(sentence: str) -> None:
    for end in range(len(sentence) + 1):
        assert extract._last_clause(sentence[:end]) == extract._CLAUSE_STOP.split(sentence[:end])[-1]


@pytest.mark.parametrize("sentence", [*SENTENCES, "3月份,从全年看,其中,位于城东的项目"])
def test_topic_lead_is_the_pattern(sentence: str) -> None:
    assert subject._past_topic_lead(sentence) == subject._TOPIC_LEAD.sub("", sentence)


def test_broken_line_name_read_before_its_figure() -> None:
    # a line cut between a name and its figure (`财政收入` + `1.3亿元,同比增长29%`, f19_p14 安平 2005)
    text = "全县完成生产总值5亿元,同比增长14%;财政收入\n\n1.3亿元,同比增长29%。"
    names = tables.broken_line_names(text)
    assert names[text.index("1.3")] == "财政收入"
    assert not tables.broken_line_names("全县完成生产总值5亿元;财政收入\n增长较快。")


def test_lines_and_sentences_kept_alike() -> None:
    text = ("第一段。" * 300) + "\n" + WEIFANG + "\n\n" + GAOYOU
    first = list(segment.iter_lines(text))
    assert list(segment.iter_lines(text)) == first == list(segment.iter_lines(text + ""))
    assert [line for _, _, line in first] == [line for line in text.split("\n") if line]
    whole = segment.sentences(text)
    assert segment.sentences(text) is whole  # the same document's, kept
    assert whole == segment.sentences(text, 0, len(text)) == segment._sentences(text, 0, len(text))
    assert segment.sentences(text, 4, 40) == segment._sentences(text, 4, 40)


def test_build_reads_a_document_alike_twice(tmp_path: Path) -> None:
    # the memos of a document's lines and sentences carry nothing from one document to the next
    for source in ("u03_weifang_roundup_2024.txt", "u05_gongyi_plan_2024.txt"):
        (tmp_path / source).write_text(
            (ROOT / "tests" / "unseen" / "docs" / source).read_text(encoding="utf-8"), encoding="utf-8"
        )
    first = build_corpus(tmp_path)
    second = build_corpus(tmp_path)
    assert first.records and [r.to_dict() for r in first.records] == [r.to_dict() for r in second.records]
    weifang = [r for r in first.records if r.doc == "u03_weifang_roundup_2024"]
    assert any(r.region == "潍坊市" and r.unit == "亿元" and r.value == 1821.5 for r in weifang)
