"""What a digest says: for a chat's places (or all), the achieved figures with their completion against the
matching target, then the targets still ahead, the most informative first; plus a completion chart.

The text is simplified script (the caller converts it for the chat); the chart is drawn in `chart_script`.
Each place shows a bounded number of lines and says how many more `/progress` and `/targets` would list,
so a daily message stays readable and nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from bot import render
from bot.chart import Bar, completion_chart
from bot.queries import Progress, period_span, progress_of, targets_of
from bot.render import Reply, esc

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.ingest.record import Record
    from bot.store import PolicyStore

# Lines per place: a single place gets more room than one of many.
PROGRESS_LINES = {True: 15, False: 6}
TARGET_LINES = {True: 10, False: 4}
PHOTO_CAPTION = "完成进度：已完成数 ÷ 对应目标（虚线为 100%）"


def compose_digest(
    store: PolicyStore,
    regions: Sequence[str],
    now: datetime,
    *,
    chart_script: str = render.SIMPLIFIED,
    chart: bool = True,
) -> Reply:
    """The digest for `regions` (full place names; empty = every place in the store) as of `now`; with
    `chart`, a completion chart (labels in `chart_script`) when there is something to plot."""
    names = list(dict.fromkeys(regions)) or [s.region for s in store.regions()]
    single = len(names) == 1
    month = now.year * 12 + now.month - 1
    scope = "、".join(names) if regions else "所有地区"
    blocks = [f"<b>📊 进度摘要</b> · {now:%Y-%m-%d}\n{esc(scope)}"]
    bars: list[Bar] = []
    for name in names:
        items = sorted(progress_of(store, name), key=_informative)
        targets = _ahead(targets_of(store, name), {p.target.id for p in items if p.target}, month)
        if not items and not targets:
            blocks.append(f"<b>{esc(name)}</b>\n暂无数据。")
            continue
        blocks.append(_place_block(name, items, targets, single))
        bars.extend(
            Bar(p.actual.indicator if single else f"{name} · {p.actual.indicator}", p.ratio, p.actual.id)
            for p in items[: PROGRESS_LINES[single]]
            if p.ratio is not None
        )
    if len(blocks) == 1:
        blocks.append("库里还没有数据。")
    photo = (
        completion_chart([Bar(render.in_script(b.label, chart_script), b.ratio, b.key) for b in bars])
        if chart
        else None
    )
    return Reply(pages=render.paginate(blocks), photo=photo, photo_caption=PHOTO_CAPTION if photo else "")


def _informative(item: Progress) -> int:
    """Figures with a completion first, then those with a matching target, then bare figures (the sort is
    stable, so each group keeps progress_of's newest-first order)."""
    if item.ratio is not None:
        return 0
    return 1 if item.target is not None else 2


def _ahead(targets: list[Record], shown: set[str], month: int) -> list[Record]:
    """Targets not already shown beside a figure: current periods first (ending soonest), then future ones,
    then past ones and those without a period; a stated deadline first within each."""

    def key(record: Record) -> tuple[int, int, int]:
        span = period_span(record.period) if record.period else None
        if span is None:
            group, end = 3, 0
        elif span[0] <= month <= span[1]:
            group, end = 0, span[1]
        elif span[0] > month:
            group, end = 1, span[0]
        else:
            group, end = 2, -span[1]
        return (group, 0 if record.deadline else 1, end)

    return sorted((t for t in targets if t.id not in shown), key=key)


def _place_block(name: str, items: list[Progress], targets: list[Record], single: bool) -> str:
    short = _short_name(name)
    lines = [f"<b>{esc(name)}</b>"]
    if items:
        lines.append("<b>完成情况</b>")
        for item in items[: PROGRESS_LINES[single]]:
            lines.append(_progress_line(item))
        if len(items) > PROGRESS_LINES[single]:
            lines.append(f"…另有 {len(items) - PROGRESS_LINES[single]} 项：/progress {esc(short)}")
    if targets:
        lines.append("<b>目标</b>")
        lines.extend(render.record_line(t) for t in targets[: TARGET_LINES[single]])
        if len(targets) > TARGET_LINES[single]:
            lines.append(f"…另有 {len(targets) - TARGET_LINES[single]} 项：/targets {esc(short)}")
    return "\n".join(lines)


def _progress_line(item: Progress) -> str:
    line = render.record_line(item.actual)
    if item.target is not None:
        timing = render.when(item.target)
        line += f"\n   目标 {esc(render.figure(item.target))}" + (f"（{esc(timing)}）" if timing else "")
        if item.ratio is not None:
            line += f"  {render.progress_bar(item.ratio)}"
    return line


def _short_name(region: str) -> str:
    return region[:-1] if len(region) > 2 and region[-1] in "市县区旗" else region


def digest_text_for_cli(settings: Settings, regions: list[str], script: str) -> str:
    """The digest a chat subscribed to `regions` (short or full names, any script) would get now, as plain
    text in `script`."""
    from bot.ingest.normalize import to_simplified
    from bot.ingest.places import Gazetteer
    from bot.store import PolicyStore

    gazetteer = Gazetteer.default()
    names = []
    for raw in regions:
        text = to_simplified(raw.strip())
        place = gazetteer.resolve(text)
        names.append(place.name if place else text)
    store = PolicyStore.load(settings.store_path)
    reply = compose_digest(store, names, datetime.now(settings.tz), chart=False)  # text only: no chart
    return render.in_script(render.as_plain_text(reply), script)
