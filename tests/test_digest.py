"""What a digest says, and its chart: on the gold records as a store, and on a large synthetic store."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import chart, render
from bot.chart import Bar, completion_chart
from bot.digest import compose_digest
from bot.ingest.record import Record
from bot.render import MESSAGE_LIMIT
from bot.store import PolicyStore

GOLD = Path(__file__).parent / "gold"
NOW = datetime(2020, 6, 10, 8, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def store() -> PolicyStore:
    records = []
    for path in sorted(GOLD.glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            records.append(Record(**json.loads(line), start=i, end=i + 1))
    return PolicyStore(records, {}, {"schema": 1})


def rec(region: str, indicator: str, value: float, kind: str, period: str = "2020", **kw: object) -> Record:
    return Record(
        "d1", region, indicator, value, kw.pop("unit", "亿元"), kw.pop("cmp", "="), kind, period, **kw
    )


def test_all_places_by_default_each_with_its_block(store: PolicyStore) -> None:
    reply = compose_digest(store, [], NOW)
    text = "\n".join(reply.pages)
    assert reply.pages[0].startswith("<b>📊 进度摘要</b> · 2020-06-10\n所有地区")
    for summary in store.regions():
        assert f"<b>{summary.region}</b>" in text
    # 启东 has 136 figures: the digest shows some and says how to see the rest.
    assert "…另有" in text and "/progress 启东" in text


def test_completion_first_with_target_and_bar(store: PolicyStore) -> None:
    text = "\n".join(compose_digest(store, ["启东市"], NOW).pages)
    figures = text.split("<b>完成情况</b>\n")[1]
    first = figures.split("\n• ")[0]
    # The most informative line first: a figure, its target with period, and how far along it is.
    assert "建设5G基站" in first and "目标 ≥ 500 个（2020）" in first and "60%" in first


def test_targets_current_period_and_deadline_first(store: PolicyStore) -> None:
    text = "\n".join(compose_digest(store, ["如皋市"], NOW).pages)
    targets = text.split("<b>目标</b>\n")[1].splitlines()
    assert "上半年" in targets[0]  # 2020H1 with a deadline: current on 2020-06-10, ending soonest
    assert all("2020" in line for line in targets[:5])  # then the rest of this year before past ones


def test_pages_fit_telegram_in_both_scripts() -> None:
    records = []
    for r in range(60):
        region = f"测试{r:02d}县"
        for i in range(30):
            records.append(rec(region, f"指标{i}" * 4, 100 + i, "target", text=f"{region}{i}"))
            records.append(rec(region, f"指标{i}" * 4, 50 + i, "actual", text=f"{region}{i}a"))
    big = PolicyStore(records, {}, {"schema": 1})
    reply = compose_digest(big, [], NOW)
    assert len(reply.pages) > 1
    for page in reply.pages:
        assert len(page) < MESSAGE_LIMIT
        assert len(render.in_script(page, render.TRADITIONAL)) < MESSAGE_LIMIT
    # Every place is there, on some page.
    assert sum(page.count("<b>测试") for page in reply.pages) == 60


def test_chart_when_something_to_plot() -> None:
    records = [
        rec("甲县", "地区生产总值", 600, "target"),
        rec("甲县", "地区生产总值", 300, "actual", period="2020H1"),
        rec("乙县", "新增高企", 50, "target", unit="家"),
    ]
    s = PolicyStore(records, {}, {"schema": 1})
    with_figure = compose_digest(s, ["甲县"], NOW)
    assert with_figure.photo is not None and with_figure.photo.startswith(PNG)
    assert with_figure.photo_caption
    assert "50%" in with_figure.pages[0]
    only_targets = compose_digest(s, ["乙县"], NOW)
    assert only_targets.photo is None and only_targets.photo_caption == ""


def test_unknown_or_empty_place_says_so(store: PolicyStore) -> None:
    reply = compose_digest(store, ["不存在县"], NOW)
    assert "暂无数据" in reply.pages[0] and reply.photo is None
    empty = compose_digest(PolicyStore([], {}, {"schema": 1}), [], NOW)
    assert "还没有数据" in empty.pages[0]


def test_markup_is_escaped() -> None:
    s = PolicyStore([rec("甲县", "A<B>&C", 5, "actual")], {}, {"schema": 1})
    page = compose_digest(s, ["甲县"], NOW).pages[0]
    assert "A&lt;B&gt;&amp;C" in page and "<B>" not in page


# -- the chart ---------------------------------------------------------------------------------------------


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


def test_cli_digest_resolves_short_names(tmp_path: Path, store: PolicyStore) -> None:
    pytest.importorskip("bot.ingest.places")
    from bot.config import Settings
    from bot.digest import digest_text_for_cli
    from bot.store import write_store

    path = tmp_path / "store.json"
    write_store(path, list(store.records), [], "gold")
    settings = Settings(None, "", path, tmp_path / "state.json", "Asia/Shanghai")
    text = digest_text_for_cli(settings, ["如皋"], "simplified")
    assert "如皋市" in text and "<b>" not in text and "所有地区" not in text
    assert "進度摘要" in digest_text_for_cli(settings, ["如皋"], "traditional")
