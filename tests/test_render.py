"""How answers look: figures as the documents write them, escaping, and pages that lose nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.ingest.record import Record
from bot.render import PAGE_BUDGET, esc, figure, in_script, paginate, progress_bar


def record(value: object, unit: str, cmp: str) -> Record:
    return Record(doc="d", region="海安市", indicator="x", value=value, unit=unit, cmp=cmp, kind="target")


def test_figures_read_like_the_documents() -> None:
    assert figure(record(6.5, "%", ">=")) == "≥ 6.5%"
    assert figure(record(74, "亿元", "=")) == "74 亿元"
    assert figure(record(20, "名次", "<=")) == "前 20 名"
    assert figure(record(18, "名次", "=")) == "第 18 名"
    assert figure(record([8, 10], "个", "range")) == "8–10 个"
    assert figure(record(-5.6, "%", "=")) == "-5.6%"


def test_html_is_escaped() -> None:
    assert esc("<b>&") == "&lt;b&gt;&amp;"


def test_traditional_script() -> None:
    assert in_script("一般公共预算收入 74 亿元", "traditional") == "一般公共預算收入 74 億元"
    assert in_script("亿元", "simplified") == "亿元"


def test_progress_bar_shows_the_share() -> None:
    assert progress_bar(0.524).endswith("52%")
    assert progress_bar(1.7).endswith("170%")


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=5000), max_size=12))
def test_paginate_keeps_every_line_and_stays_under_the_budget(blocks: list[str]) -> None:
    pages = paginate(blocks)
    assert all(len(page) <= PAGE_BUDGET + 20 for page in pages)  # + the "i/n" footer
    joined = "".join(pages)
    for block in blocks:
        for line in block.split("\n"):
            for start in range(0, len(line), PAGE_BUDGET):
                assert line[start : start + PAGE_BUDGET].strip("\n") in joined
