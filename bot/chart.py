"""Completion bars per indicator as a PNG, for the digest; each distinct chart drawn once per store.

`cached_chart` keys a chart by the store's fingerprint (its record and document ids), the place set and
the script: a fan-out to a thousand chats draws each distinct chart once and reuses its bytes, so it is
bound by Telegram's rate, not by drawing. A rebuilt store has another fingerprint, so nothing stale is
served; the cache is bounded (least recently used out).

Pillow draws it (a few milliseconds a chart) with its own scalable face for Latin labels; fontTools is
only asked, once, which font file covers Chinese. Chinese labels need a CJK font. One is looked for once per process:
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
    except Exception:  # drawing or font trouble must never cost the digest itself
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


# Layout of the picture, in pixels.
WIDTH = 800
ROW = 40
BAR = 24
TOP, BOTTOM, RIGHT = 48, 34, 60
GREEN, AMBER, RED, GREY, INK = "#2e7d32", "#f9a825", "#c62828", "#555555", "#222222"


def _draw(bars: list[Bar]) -> bytes:
    """Drawn with Pillow: a bar chart needs no plotting library, and this takes a few milliseconds where
    matplotlib took a hundred (issue: a fan-out must be bound by Telegram, not by drawing)."""
    from PIL import Image, ImageDraw

    font_name = cjk_font()
    labels = [b.label if font_name else (b.key or f"#{i}") for i, b in enumerate(bars, 1)]
    label_font, small, title_font = (_font(size, bool(font_name)) for size in (15, 13, 18))
    left = min(int(WIDTH * 0.55), max(int(label_font.getlength(t)) for t in labels) + 24)
    labels = [_shorten(t, label_font, left - 16) for t in labels]
    span = WIDTH - left - RIGHT  # pixels for 0 … SHOWN_MAX
    height = TOP + ROW * len(bars) + BOTTOM
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)

    def x_at(ratio: float) -> int:
        return left + round(span * min(max(ratio, 0.0), SHOWN_MAX) / SHOWN_MAX)

    title = "完成进度" if font_name else "Completion"
    draw.text(((WIDTH - title_font.getlength(title)) / 2, 12), title, font=title_font, fill=INK)
    axis_y = TOP + ROW * len(bars)
    draw.line([(left, TOP - 6), (left, axis_y)], fill=INK, width=1)
    draw.line([(left, axis_y), (WIDTH - RIGHT + 20, axis_y)], fill=INK, width=1)
    for tick in (0.0, 0.5, 1.0, 1.5):
        x = x_at(tick)
        draw.line([(x, axis_y), (x, axis_y + 4)], fill=INK)
        text = f"{tick:.0%}"
        draw.text((x - small.getlength(text) / 2, axis_y + 7), text, font=small, fill=INK)
    for i, (bar, label) in enumerate(zip(bars, labels, strict=True)):
        middle = TOP + ROW * i + ROW // 2
        color = GREEN if bar.ratio >= 1 else AMBER if bar.ratio >= 0.5 else RED
        end = x_at(bar.ratio)
        if end > left:
            draw.rectangle([(left + 1, middle - BAR // 2), (end, middle + BAR // 2)], fill=color)
        draw.text((left - 8, middle), label, font=label_font, fill=INK, anchor="rm")
        draw.text((end + 5, middle), f"{bar.ratio:.0%}", font=small, fill=INK, anchor="lm")  # the real figure
    x = x_at(1.0)
    for y in range(TOP - 6, axis_y, 8):  # the 100% line, dashed
        draw.line([(x, y), (x, min(y + 4, axis_y))], fill=GREY, width=1)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()


def _shorten(text: str, font: Any, room: float) -> str:
    """`text`, cut in the middle with … until it fits `room` pixels (the place and the indicator's end stay)."""
    while font.getlength(text) > room and len(text) > 4:
        cut = len(text) // 2
        text = text[: cut - 1] + "…" + text[cut + 1 :]
    return text


@cache
def _font(size: int, cjk: bool) -> Any:
    from PIL import ImageFont

    path = cjk_font_path() if cjk else None
    if path is None:
        return ImageFont.load_default(size)  # Pillow's own scalable face covers every Latin label
    return ImageFont.truetype(str(path), size)


def cjk_font_path() -> Path | None:
    found = _cjk()
    return found[1] if found else None


def cjk_font() -> str | None:
    """The family name of a usable CJK font; None when there is none."""
    found = _cjk()
    return found[0] if found else None


@cache
def _cjk() -> tuple[str, Path] | None:
    from fontTools.ttLib import TTFont, TTLibError

    for path in _candidate_files():
        try:
            # The first face of a collection (.ttc) is the one Pillow opens by default.
            face = TTFont(str(path), fontNumber=0, lazy=True)
            if not all(ord(ch) in face.getBestCmap() for ch in PROBE):
                continue
            name = str(face["name"].getDebugName(1))
        except (OSError, KeyError, TTLibError, AssertionError):
            continue
        log.info("chart labels use the CJK font %s (%s)", name, path)
        return name, path
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
