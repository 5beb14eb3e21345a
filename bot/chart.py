"""Completion bars per indicator as a PNG, for the digest; each distinct chart drawn once per store.

`cached_chart` keys a chart by the store's fingerprint (its record and document ids), the place set and
the script: a fan-out to a thousand chats draws each distinct chart once and reuses its bytes, so it is
bound by Telegram's rate, not by matplotlib. A rebuilt store has another fingerprint, so nothing stale is
served; the cache is bounded (least recently used out).

matplotlib is imported on the first chart only: the bot's start-up and `policybot ask` never pay for it.
Chinese labels need a CJK font (matplotlib's own DejaVu has none). One is looked for once per process:
fontconfig's list of fonts covering Chinese, then fonts shipped in known Python packages. Without one the
bars are labelled with each record's id (the text's /source_<id> links), which always renders.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import logging
import shutil
import subprocess
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_BARS = 15  # a phone screen's worth; the text has everything
SHOWN_MAX = 1.5  # bars are drawn up to 150%; the label says the real figure
PROBE = "海安进度完成县區"  # a font must draw these (both scripts) to be used
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
# Python packages that ship a CJK font file (any one installed is enough).
FONT_PACKAGES = ("paperang_p2_fonts_cjk", "pylopdf_fonts_zh_cn", "noto_cjk_sans_otc", "manimgx_fonts_cjk")

CACHE_SIZE = 512  # distinct charts kept (a PNG is 20-60 kB)

_lock = threading.Lock()  # pyplot's state is global; charts may be drawn from worker threads
_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[Any, ...], bytes | None] = OrderedDict()
_fingerprints: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
stats = {"drawn": 0, "reused": 0}


@dataclass(frozen=True)
class Bar:
    label: str  # e.g. "海安市 · 地区生产总值"
    ratio: float  # completion as a fraction (0.52 = 52%)
    key: str = ""  # an ASCII stand-in for the label when no CJK font is installed (the record id)


def completion_chart(items: Sequence[Bar]) -> bytes | None:
    """A horizontal bar chart of completion, most informative first (as given); None when nothing to plot
    or when drawing fails (a digest without its picture beats no digest)."""
    bars = [b for b in items if b.ratio == b.ratio][:MAX_BARS]  # drop NaN
    if not bars:
        return None
    try:
        with _lock:
            return _draw(bars)
    except Exception:  # matplotlib or font trouble must never cost the digest itself
        log.exception("could not draw the completion chart")
        return None


def store_fingerprint(store: Any) -> str:
    """A digest of what a store holds (its record and document ids), computed once per loaded store."""
    with _cache_lock:
        known = _fingerprints.get(store)
    if known is not None:
        return known
    digest = hashlib.blake2b(digest_size=12)
    for record in store.records:
        digest.update(record.id.encode())
    digest.update(b"\x1e")
    for doc in sorted(store.documents):
        digest.update(doc.encode() + b"\x1f")
    value = digest.hexdigest()
    with _cache_lock:
        _fingerprints[store] = value
    return value


def cached_chart(store: Any, places: tuple[str, ...], script: str, bars: Sequence[Bar]) -> bytes | None:
    """completion_chart(bars) with labels in `script`, drawn once per (store, places, script)."""
    key = (store_fingerprint(store), places, script)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            stats["reused"] += 1
            return _cache[key]
    from bot.render import in_script

    png = completion_chart([Bar(in_script(b.label, script), b.ratio, b.key) for b in bars])
    with _cache_lock:
        stats["drawn"] += 1
        _cache[key] = png
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return png


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
        stats.update(drawn=0, reused=0)


def _draw(bars: list[Bar]) -> bytes:
    # The object API without pyplot, fixed margins instead of tight_layout (which lays the text out twice),
    # fast PNG compression: about half the time of the pyplot version, the same picture.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    font = cjk_font()
    labels = [b.label if font else (b.key or f"#{i}") for i, b in enumerate(bars, 1)]
    ratios = [max(b.ratio, 0.0) for b in bars]
    shown = [min(r, SHOWN_MAX) for r in ratios]
    colors = ["#2e7d32" if r >= 1 else "#f9a825" if r >= 0.5 else "#c62828" for r in ratios]
    families = ["DejaVu Sans", font] if font else ["DejaVu Sans"]
    width, height = 8.0, 0.42 * len(bars) + 1.3
    # Room for the longest label: a CJK character is about a 9-point em wide, a Latin one about half that.
    label_em = max(sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in label) for label in labels)
    left = min(0.6, (label_em * 9 / 72 + 0.25) / width)
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=left, right=0.97, top=1 - 0.45 / height, bottom=0.45 / height)
    ax = fig.add_subplot()
    ys = list(range(len(bars)))[::-1]  # first item on top
    ax.barh(ys, shown, color=colors, height=0.6)
    ax.set_yticks(ys, labels=labels, fontsize=9, fontfamily=families)
    ax.axvline(1.0, color="#555555", linewidth=1, linestyle="--")
    for y, s, bar in zip(ys, shown, bars, strict=True):  # the real figure, negative ones too
        ax.text(s + 0.01, y, f"{bar.ratio:.0%}", va="center", fontsize=8, fontfamily=families)
    ax.set_xlim(0, SHOWN_MAX + 0.15)
    ax.set_xticks([0, 0.5, 1.0, 1.5], labels=["0%", "50%", "100%", "150%"], fontsize=8)
    ax.set_title("完成进度" if font else "Completion", fontsize=11, fontfamily=families)
    ax.spines[["top", "right"]].set_visible(False)
    out = io.BytesIO()
    fig.savefig(out, format="png", pil_kwargs={"compress_level": 1})
    return out.getvalue()


@cache
def cjk_font() -> str | None:
    """The family name of a usable CJK font, registered with matplotlib; None when there is none."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    for path in _candidate_files():
        try:
            face = FT2Font(str(path))
            if not all(face.get_char_index(ord(ch)) for ch in PROBE):
                continue
            font_manager.fontManager.addfont(str(path))
            name = font_manager.FontProperties(fname=str(path)).get_name()
        except (OSError, RuntimeError, ValueError):
            continue
        log.info("chart labels use the CJK font %s (%s)", name, path)
        return name
    log.warning("no CJK font found: chart bars are labelled with record ids (install a CJK font to fix)")
    return None


def _candidate_files() -> list[Path]:
    return _fontconfig_files() + _package_files()


def _fontconfig_files() -> list[Path]:
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return []
    try:
        out = subprocess.run(
            [fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = {Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip()}
    # Sans faces first: they read better at small sizes.
    return sorted(
        (f for f in files if f.suffix.lower() in FONT_SUFFIXES),
        key=lambda f: ("sans" not in f.name.lower(), f.name),
    )


def _package_files() -> list[Path]:
    files: list[Path] = []
    for name in FONT_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            found = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in FONT_SUFFIXES)
            files.extend(sorted(found, key=lambda f: "serif" in f.name.lower()))
    return files
