"""What a digest says (新增, 进度, 到期 per place, in one message) and its chart: on the gold records, on the
shipped store, and on small and large synthetic stores."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import chart, render
from bot.chart import Bar, completion_chart
from bot.config import SHIPPED_STORE
from bot.digest import (
    CAPTION_BUDGET,
    DigestFacts,
    compose_digest,
    deadline_date,
    digest_text,
    text_length,
)
from bot.ingest.record import Record
from bot.render import MESSAGE_LIMIT
from bot.store import PolicyStore

GOLD = Path(__file__).parent / "gold"
TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2020, 6, 10, 8, 30, tzinfo=TZ)
PNG = b"\x89PNG\r\n\x1a\n"
CAPTION_LIMIT = 1024


@pytest.fixture(scope="module")
def gold() -> PolicyStore:
    records = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            records.append(Record(**json.loads(line), start=i, end=i + 1))
    return PolicyStore(records, {}, {"schema": 1})


@pytest.fixture(scope="module")
def shipped() -> PolicyStore:
    return PolicyStore.load(SHIPPED_STORE)


def rec(region: str, indicator: str, value: float, kind: str, period: str = "2020", **kw: object) -> Record:
    return Record(
        str(kw.pop("doc", "d1")),
        region,
        indicator,
        value,
        str(kw.pop("unit", "亿元")),
        str(kw.pop("cmp", "=")),
        kind,
        period,
        **kw,  # type: ignore[arg-type]
    )


def one_message(reply: render.Reply) -> str:
    """The digest is one Telegram message: a photo with the whole text as caption, or one text page."""
    if reply.photo is not None:
        assert reply.pages == [] and text_length(reply.photo_caption) <= CAPTION_LIMIT
        for script in (render.SIMPLIFIED, render.TRADITIONAL):
            assert text_length(render.in_script(reply.photo_caption, script)) <= CAPTION_LIMIT
        return reply.photo_caption
    assert len(reply.pages) == 1
    for script in (render.SIMPLIFIED, render.TRADITIONAL):
        assert text_length(render.in_script(reply.pages[0], script)) < MESSAGE_LIMIT
    return reply.pages[0]


# -- one message ---------------------------------------------------------------------------------------------


def test_shipped_store_each_place_and_all_places_fit_one_message(shipped: PolicyStore) -> None:
    now = datetime(2022, 6, 10, 8, 30, tzinfo=TZ)
    every_doc_new = ["none-seen-yet"]  # the heaviest case: every record is 新增
    for summary in shipped.regions():
        for seen in (None, every_doc_new):
            text = one_message(compose_digest(shipped, [summary.region], now, seen_docs=seen))
            assert summary.region in text
    text = one_message(compose_digest(shipped, [], now, seen_docs=every_doc_new))
    assert "所有地区" in text and "新增" in text


def test_large_store_all_places_one_message_points_to_the_rest() -> None:
    records = []
    for r in range(120):
        region = f"测试{r:03d}县"
        for i in range(8):
            records.append(
                rec(region, "地区生产总值", 100 + i, "target", period=f"{2020 - i}", text=f"{r}{i}")
            )
            records.append(
                rec(region, "一般公共预算收入", 50 + i, "actual", period=f"{2020 - i}", text=f"{r}{i}a")
            )
    big = PolicyStore(records, {}, {"schema": 1})
    text = one_message(compose_digest(big, [], NOW, chart=False))
    assert "另有" in text and "个地区" in text


# -- sections ------------------------------------------------------------------------------------------------


def test_sections_in_order_news_first(gold: PolicyStore) -> None:
    docs = sorted({r.doc for r in gold.by_region("启东市")})
    reply = compose_digest(gold, ["启东市"], NOW, chart=False, seen_docs=docs[1:])
    text = digest_text(reply)
    assert text.index("🆕 新增") < text.index("📈 进度")
    facts = reply.meta["facts"]
    assert isinstance(facts, DigestFacts) and facts.news > 0 and facts.changed
    assert set(facts.docs) == set(docs)
    # Nothing new once every document has been seen; no baseline (first digest): no 新增 either.
    assert "新增" not in digest_text(compose_digest(gold, ["启东市"], NOW, chart=False, seen_docs=docs))
    assert "新增" not in digest_text(compose_digest(gold, ["启东市"], NOW, chart=False))


def test_progress_latest_target_and_figure_with_completion() -> None:
    records = [
        rec("甲县", "一般公共预算收入", 80, "target", period="2020", doc="d1"),
        rec("甲县", "一般公共预算收入", 70, "target", period="2019", doc="d1"),
        rec("甲县", "一般公共预算收入", 40, "actual", period="2020H1", doc="d2"),
        rec("甲县", "GDP", 500, "target", period="2020", doc="d1"),
    ]
    # No stated target, but the text says how much of it was done: the digest derives it and says so.
    clause = "地区生产总值100亿元，完成全年目标的25%"
    records += [
        rec("乙县", "地区生产总值", 100, "actual", period="2020Q1", text=clause, start=0, end=20),
        rec("乙县", "完成全年目标", 25, "actual", unit="%", period="2020Q1", text=clause, start=10, end=20),
    ]
    s = PolicyStore(records, {}, {"schema": 1})
    text = digest_text(compose_digest(s, ["甲县"], NOW, chart=False))
    progress = text.split("📈 进度")[1]
    # Headline order (GDP before revenue); the latest target (2020, not 2019); the completion.
    assert progress.index("地区生产总值") < progress.index("一般公共预算收入")
    assert "目标 80 亿元（2020）" in progress and "实际 40 亿元（2020H1）" in progress and "50%" in progress
    assert "70 亿元" not in progress
    implied = digest_text(compose_digest(s, ["乙县"], NOW, chart=False))
    assert "目标 400 亿元（2020）（推算），实际 100 亿元（2020Q1）" in implied and "25%" in implied


def test_due_within_30_days_or_passed_without_a_figure() -> None:
    records = [
        rec("甲县", "新增高企", 50, "target", unit="家", deadline="6月底前"),  # 20 days ahead
        rec("甲县", "工业投资", 30, "target", deadline="上半年"),  # same
        rec("甲县", "社会消费品零售总额", 90, "target", deadline="年底前"),  # too far ahead
        rec("甲县", "进出口总额", 20, "target", period="2020Q1", deadline="一季度"),  # passed, no figure
        rec("甲县", "实际使用外资", 2, "target", period="2020Q1", deadline="3月底前", unit="亿美元"),
        rec("甲县", "实际使用外资", 2.5, "actual", period="2020Q1", unit="亿美元"),  # reported
    ]
    s = PolicyStore(records, {}, {"schema": 1})
    reply = compose_digest(s, ["甲县"], NOW, chart=False)
    due = digest_text(reply).split("⏰ 到期")[1]
    assert "新增高新技术企业" in due and "还剩 20 天" in due and "工业投资" in due
    assert "进出口总额" in due and "已过期 71 天" in due
    assert "社会消费品零售总额" not in due and "实际使用外资" not in due
    assert reply.meta["facts"].due == 3 and reply.meta["facts"].changed


@pytest.mark.parametrize(
    ("deadline", "period", "expected"),
    [
        ("年底前", "2020", date(2020, 12, 31)),
        ("年内", "2021", date(2021, 12, 31)),
        ("8月底前", "2020", date(2020, 8, 31)),
        ("九月底前", "2020", date(2020, 9, 30)),
        ("明年6月底前", "2021", date(2022, 6, 30)),
        ("上半年", "2020H1", date(2020, 6, 30)),
        ("下半年", "2023H2", date(2023, 12, 31)),
        ("三季度", "2020", date(2020, 9, 30)),
        ("10月15日前", "2020", date(2020, 10, 15)),
        ("2025年底", "2021-2025", date(2025, 12, 31)),
        ("尽快", "2020", None),
        ("年底前", "", None),
        ("", "2020", None),
    ],
)
def test_deadlines_read_relative_to_the_period(deadline: str, period: str, expected: date | None) -> None:
    assert deadline_date(deadline, period) == expected


def test_no_subject_and_no_unclean_names() -> None:
    company = rec("甲县", "工业开票销售", 100, "actual", period="2020H1", text="x")
    company.subject = "中国天楹如东"  # type: ignore[attr-defined]
    records = [
        company,
        rec("甲县", "度", 80, "target", unit="%", cmp=">", deadline="6月底前", text="y"),
        rec("甲县", "只需", 30, "target", unit="人", cmp="<", deadline="6月底前", text="z"),
    ]
    s = PolicyStore(records, {}, {"schema": 1})
    text = digest_text(compose_digest(s, ["甲县"], NOW, chart=False, seen_docs=["other"]))
    assert "天楹" not in text and "工业开票销售" not in text and "只需" not in text and "80%" not in text
    assert text.endswith("\n\n甲县：暂无新增、进度或到期。")  # nothing to say: one line


def test_markup_is_escaped() -> None:
    s = PolicyStore([rec("甲县", "A<B>&C投资", 5, "actual")], {}, {"schema": 1})
    text = digest_text(compose_digest(s, ["甲县"], NOW, chart=False, seen_docs=["other"]))
    assert "A&lt;B&gt;&amp;C" in text and "<B>" not in text


def test_unknown_place_and_empty_store() -> None:
    s = PolicyStore([rec("甲县", "地区生产总值", 5, "actual")], {}, {"schema": 1})
    assert "不存在县：暂无" in digest_text(compose_digest(s, ["不存在县"], NOW))
    assert "还没有数据" in digest_text(compose_digest(PolicyStore([], {}, {"schema": 1}), [], NOW))


# -- the chart -----------------------------------------------------------------------------------------------


def small_store(actual: float = 300) -> PolicyStore:
    return PolicyStore(
        [
            rec("甲县", "地区生产总值", 600, "target"),
            rec("甲县", "地区生产总值", actual, "actual", period="2020H1"),
            rec("乙县", "新增高企", 50, "target", unit="家"),
        ],
        {},
        {"schema": 1},
    )


def test_chart_with_the_text_as_caption_when_something_to_plot() -> None:
    s = small_store()
    with_figure = compose_digest(s, ["甲县"], NOW)
    assert with_figure.photo is not None and with_figure.photo.startswith(PNG)
    assert "50%" in one_message(with_figure)
    only_targets = compose_digest(s, ["乙县"], NOW)
    assert only_targets.photo is None and only_targets.pages


def test_text_too_long_for_a_caption_goes_alone() -> None:
    records = []
    for n in range(20):
        records.append(rec(f"县{n:02d}", "地区生产总值", 600, "target", text=f"t{n}"))
        records.append(rec(f"县{n:02d}", "地区生产总值", 300 + n, "actual", period="2020H1", text=f"a{n}"))
    s = PolicyStore(records, {}, {"schema": 1})
    many = compose_digest(s, [], NOW)
    assert many.photo is None and text_length(one_message(many)) > CAPTION_BUDGET
    assert compose_digest(s, ["县01"], NOW).photo is not None


def test_chart_drawn_once_per_store_places_and_script(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[list[str]] = []
    monkeypatch.setattr(chart, "_draw", lambda bars: drawn.append([b.label for b in bars]) or PNG)
    chart.clear_cache()
    s = small_store()
    for _ in range(5):
        assert compose_digest(s, ["甲县"], NOW).photo == PNG
    assert len(drawn) == 1
    compose_digest(s, ["甲县"], NOW, chart_script=render.TRADITIONAL)
    compose_digest(s, ["甲县", "乙县"], NOW)
    assert len(drawn) == 3
    # The same content loaded again is the same store; a rebuilt store with other records is not.
    compose_digest(small_store(), ["甲县"], NOW)
    assert len(drawn) == 3
    compose_digest(small_store(actual=450), ["甲县"], NOW)
    assert len(drawn) == 4
    assert chart.stats["reused"] >= 5
    chart.clear_cache()


def test_chart_png_and_nothing_to_plot() -> None:
    png = completion_chart(
        [Bar("海安市 · 地区生产总值", 0.52, "a1"), Bar("高企", 1.4, "b2"), Bar("x", 9.0, "c3")]
    )
    assert png is not None and png.startswith(PNG)
    assert completion_chart([]) is None
    assert completion_chart([Bar("nan", float("nan"))]) is None


def test_chart_without_cjk_font_uses_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    original = chart._draw

    def spy(bars: list[Bar]) -> bytes:
        png = original(bars)
        seen.extend(b.key for b in bars)
        return png

    monkeypatch.setattr(chart, "cjk_font", lambda: None)
    monkeypatch.setattr(chart, "_draw", spy)
    png = completion_chart([Bar("海安市 · 地区生产总值", 0.52, "a1b2c3")])
    assert png is not None and png.startswith(PNG) and seen == ["a1b2c3"]


def test_chart_failure_never_costs_the_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(bars: list[Bar]) -> bytes:
        raise RuntimeError("no backend")

    monkeypatch.setattr(chart, "_draw", broken)
    assert completion_chart([Bar("x", 0.5)]) is None


def test_cli_digest_resolves_short_names(tmp_path: Path, gold: PolicyStore) -> None:
    from bot.config import Settings
    from bot.digest import digest_text_for_cli
    from bot.store import write_store

    path = tmp_path / "store.json"
    write_store(path, list(gold.records), [], "gold")
    settings = Settings(None, "", path, tmp_path / "state.json", "Asia/Shanghai")
    text = digest_text_for_cli(settings, ["如皋"], "simplified")
    assert "如皋市" in text and "<b>" not in text and "所有地区" not in text
    assert "進度摘要" in digest_text_for_cli(settings, ["如皋"], "traditional")
