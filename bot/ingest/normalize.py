"""Source text → clean simplified-script text, with a map back to offsets in the source.

The passes, in order (each one a compiled regex or a translation over the whole text):
line endings, invisible marks, pinyin annotations, mojibake, HTML remnants, full-width forms,
traditional → simplified script, paragraphs broken mid-line.  Passes that change the length of the
text record their edits, so a span of the clean text can be traced back to the source.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from string import ascii_letters

import opencc

from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.script import FastT2S
from bot.vocabulary import spans_term

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"


# ---------------------------------------------------------------------------------------------
# Offsets: each length-changing pass records its edits; a span maps back through them in reverse.


@dataclass(frozen=True)
class _Edits:
    """The stretches one pass replaced: src[src_starts[i]:src_ends[i]] → dst[dst_starts[i]:dst_ends[i]].

    Text between edits is unchanged, so a position there maps back by a constant shift.
    """

    src_starts: tuple[int, ...]
    src_ends: tuple[int, ...]
    dst_starts: tuple[int, ...]
    dst_ends: tuple[int, ...]

    def start_to_source(self, pos: int) -> int:
        """Where a span starting at `pos` starts in the source (a replaced stretch is included whole)."""
        i = bisect_right(self.dst_starts, pos) - 1
        if i < 0:
            return pos
        if pos < self.dst_ends[i]:
            return self.src_starts[i]
        return self.src_ends[i] + pos - self.dst_ends[i]

    def end_to_source(self, pos: int) -> int:
        """Where a span ending at `pos` (exclusive) ends in the source."""
        i = bisect_left(self.dst_starts, pos) - 1
        if i < 0:
            return pos
        if pos <= self.dst_ends[i]:
            return self.src_ends[i]
        return self.src_ends[i] + pos - self.dst_ends[i]


class _Rewriter:
    """Builds a pass's output from the source text and a series of non-overlapping replacements."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._pieces: list[str] = []
        self._copied_to = 0
        self._out_len = 0
        self._edits: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])

    def replace(self, start: int, end: int, new: str) -> None:
        kept = start - self._copied_to
        self._pieces.append(self._source[self._copied_to : start])
        self._pieces.append(new)
        src_starts, src_ends, dst_starts, dst_ends = self._edits
        src_starts.append(start)
        src_ends.append(end)
        dst_starts.append(self._out_len + kept)
        dst_ends.append(self._out_len + kept + len(new))
        self._out_len += kept + len(new)
        self._copied_to = end

    def result(self) -> tuple[str, _Edits | None]:
        if not self._edits[0]:
            return self._source, None
        self._pieces.append(self._source[self._copied_to :])
        return "".join(self._pieces), _Edits(*(tuple(column) for column in self._edits))


def _substitute(
    pattern: re.Pattern[str], text: str, replace: Callable[[re.Match[str]], str | None]
) -> tuple[str, _Edits | None]:
    """Like `pattern.sub`, recording edits; `replace` returning None leaves a match as it is."""
    rewriter = _Rewriter(text)
    for match in pattern.finditer(text):
        new = replace(match)
        if new is not None and new != match.group():
            rewriter.replace(match.start(), match.end(), new)
    return rewriter.result()


def _substitute_all(pattern: re.Pattern[str], text: str, new: str) -> tuple[str, _Edits | None]:
    """`_substitute` with one replacement for every match, done in C: one split of the text into the pieces
    between the matches and the matches (a text may hold thousands of pinyin annotations); the edits are
    worked out from those pieces' lengths."""
    if pattern.groups:  # (the split below returns a pattern's own groups too)
        return _substitute_all_plain(pattern, text, new)
    parts = _splitter(pattern).split(text)  # piece, match, piece, …, piece
    if len(parts) == 1:
        return text, None
    if new in parts[1::2]:  # a match equal to `new` is no edit: the plain form leaves it out
        return _substitute_all_plain(pattern, text, new)
    src = list(accumulate(map(len, parts)))  # src[2i], src[2i + 1]: where match i starts and ends
    lengths = list(map(len, parts))
    lengths[1::2] = [len(new)] * (len(parts) // 2)
    dst = list(accumulate(lengths))  # the same in the output
    edits = _Edits(tuple(src[0:-1:2]), tuple(src[1::2]), tuple(dst[0:-1:2]), tuple(dst[1::2]))
    return new.join(parts[0::2]), edits


@cache
def _splitter(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as one group: its split keeps the matches."""
    return re.compile(f"({pattern.pattern})", pattern.flags)


def _substitute_all_plain(pattern: re.Pattern[str], text: str, new: str) -> tuple[str, _Edits | None]:
    """`_substitute_all` with the edits worked out from the matches' spans, and `pattern.sub`."""
    spans = [m.span() for m in pattern.finditer(text) if m.group() != new]
    if not spans:
        return text, None
    src_starts, src_ends, dst_starts, dst_ends = [], [], [], []
    shift = 0  # how much longer the output is than the source, up to the current edit
    for start, end in spans:
        src_starts.append(start)
        src_ends.append(end)
        dst_starts.append(start + shift)
        dst_ends.append(start + shift + len(new))
        shift += len(new) - (end - start)
    # A match equal to `new` is left out of the edits; replacing it by itself changes nothing.
    result = pattern.sub(new.replace("\\", "\\\\"), text)
    return result, _Edits(tuple(src_starts), tuple(src_ends), tuple(dst_starts), tuple(dst_ends))


# ---------------------------------------------------------------------------------------------
# Width, invisible marks, script: also used on queries.

_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
_FULL_WIDTH = (
    {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    | {0x3000: 0x20}
    # the double prime quotation marks some pages write for quotes (`“三个代表〞重要思想`, wnwk.com): the quotes
    | {0x301D: 0x201C, 0x301E: 0x201D, 0x301F: 0x201D}
    # small form variants (`﹔`, `﹐`, `﹪`) as some traditional-script pages write their punctuation
    | {
        code: ord(unicodedata.normalize("NFKC", chr(code)))
        for code in range(0xFE50, 0xFE6C)
        if code != 0xFE53
    }
)


@cache
def _t2s() -> opencc.OpenCC:
    # Loading the dictionaries is slow: one per process.
    return opencc.OpenCC("t2s")


_GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json"


@cache
def _converter() -> FastT2S:
    """OpenCC's t2s, same output, without the package's slow search (bot.ingest.script), but for the places
    whose simplified names t2s would rewrite: 乾 is a simplified character in a name (`乾安县`, `乾县`), while t2s
    reads it as the traditional 乾 of 干燥 and writes `干安县`, a place no gazetteer knows."""
    plain = FastT2S(_t2s())
    return FastT2S(_t2s(), kept=[name for name in _place_names() if plain.convert(name) != name])


def _place_names() -> set[str]:
    """The gazetteer's names, full and short, of places now and before (read here: places.py needs t2s)."""
    data = json.loads(_GAZETTEER.read_text(encoding="utf-8"))
    names = {name for row in data["places"] for name in row[1:3]}
    names.update(name for row in data["former"] for name in row[:2])
    return {name for name in names if name}


def fold_width(s: str) -> str:
    """Full-width ASCII forms and the ideographic space → ASCII, prime quotes → quotes; same length, so offsets
    are unchanged."""
    # Only the runs of such characters are translated: str.translate looks every character of a text up in
    # the table, four times slower than a regex finding the few runs.
    return _FULL_WIDTH_RUN.sub(_fold_run, s)


_FULL_WIDTH_RUN = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FULL_WIDTH)) + "]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FULL_WIDTH)


def t2s(s: str) -> str:
    """Traditional → simplified script, nothing else (one converter for the whole process)."""
    return _converter().convert(s)


def to_simplified(s: str) -> str:
    """Cheap normalization of a query: width folded, invisible marks removed, simplified script."""
    return _converter().convert(fold_width(_INVISIBLE.sub("", s)))


@cache
def _convertible() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters that t2s may change: a traditional character, or one that a phrase rewrites (覆 in 反覆).
    A line without any is already simplified, and converting it would only cost time.

    Two classes, those of the Basic Multilingual Plane and those beyond it: a class with both is searched
    character by character against a list, one of the first plane alone by a table, ten times faster."""
    dictionary = Path(opencc.__file__).parent / "dictionary"
    chars: set[str] = set()
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        for line in (dictionary / name).read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            first = values.split()[0] if values.split() else key
            if first != key:
                chars.update(k for k, v in zip(key, first, strict=False) if k != v)
                if len(first) != len(key):
                    chars.update(key)
    planes = ([c for c in chars if c <= "\uffff"], [c for c in chars if c > "\uffff"])
    return tuple(re.compile("[" + "".join(sorted(re.escape(c) for c in plane)) + "]") for plane in planes)


def _may_convert(text: str) -> bool:
    """Whether `text` holds a character that t2s may change."""
    basic, beyond = _convertible()
    return bool(basic.search(text)) or (bool(_BEYOND_FIRST_PLANE.search(text)) and bool(beyond.search(text)))


# A character beyond the first plane (found by a scan in C; `max(text)` made a string of every character).
_BEYOND_FIRST_PLANE = re.compile("[\U00010000-\U0010ffff]")


def _convert_script(text: str) -> tuple[str, _Edits | None]:
    if not _may_convert(text):
        return text, None
    lines = text.split("\n")
    converted = [_converter().convert(line) if _may_convert(line) else line for line in lines]
    if all(len(a) == len(b) for a, b in zip(lines, converted, strict=True)):
        return "\n".join(converted), None  # t2s maps characters one to one, so offsets are unchanged
    # A dictionary that changes lengths: keep the map exact to the line.
    rewriter = _Rewriter(text)
    pos = 0
    for line, new in zip(lines, converted, strict=True):
        if new != line:
            rewriter.replace(pos, pos + len(line), new)
        pos += len(line) + 1
    return rewriter.result()


# ---------------------------------------------------------------------------------------------
# Line endings and HTML remnants.

_LINE_END = re.compile("\r\n?|\x85|\u2028|\u2029")  # literals all: a fast scan for their first characters
_HTML = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>"  # a tag
    # a tag whose "<" was swallowed by a broken character (see mojibake below)
    # (what may not stand before the "/" is checked after it: a pattern with an alternative that opens with a
    # look-behind is tried at every position of the text)
    r"|/(?<![A-Za-z0-9<]/)(?i:span|p|div|font|strong|em|b|i|u|a|br|sup|sub|td|tr|table)>"
    r"|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,5});"  # an entity
)


def _html_replacement(match: re.Match[str]) -> str:
    found = match.group()
    return html.unescape(found).replace("\xa0", " ") if found.startswith("&") else ""


# ---------------------------------------------------------------------------------------------
# Pinyin annotations: 發(fā)展 → 發展.

_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = rf"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvê{_TONED_VOWELS}]{{1,4}}(?:ng|n|r)?"
# The bracket first, then the look-behind (a pattern that opens with a look-behind is tried at every position).
_PINYIN_ANNOTATION = re.compile(rf"[(（](?<=[{CJK}][(（]){_SYLLABLE}[)）]")


# ---------------------------------------------------------------------------------------------
# Mojibake.
#
# Some sources passed through a tool that treated GBK text as bytes: a byte went missing or had
# something spliced into it, and the decoder printed the orphaned lead byte as "?" (or U+FFFD),
# then read every following pair of bytes one byte out of step, until an ASCII byte or another
# orphan put it back in step; full-width punctuation among the misread pairs was later folded to
# ASCII.  So 六保”任務 (c1f9 b1a3 a1b1 c8ce 84d5) arrives as 六?!比蝿?: "?" = lost b1,
# "!" = ！ = a3a1, 比 = b1c8, 蝿 = ce84, "?" = lost d5.  Re-encoding the misread run and reading it
# one byte earlier recovers the characters whose two bytes both survived (”任); a character with
# a lost byte is gone and is dropped rather than guessed.

_LOST_BYTE = "?\ufffd"
# An annotation whose "(" was swallowed together with an orphaned byte: ?wù)
_ANNOTATION_REMNANT = re.compile(rf"{_SYLLABLE}\)")
_ANNOTATION_AFTER_END = re.compile(rf"[(（]{_SYLLABLE}[)）]")
_MAX_SEGMENT_CHARS = 40
# Hanzi and CJK punctuation that a correct reading may produce; digits and letters are left out on
# purpose so that a repair never makes up a figure.
_CJK_PUNCTUATION = frozenset("。，、；：？！“”‘’《》（）〈〉「」『』【】…—·")


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """GB2312 level 1: the 3,755 most used simplified characters."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@lru_cache(maxsize=4096)
def _is_common(ch: str) -> bool:
    if ch in _CJK_PUNCTUATION or ch in _common_hanzi():
        return True
    return _converter().convert(ch) in _common_hanzi()  # a traditional form of a common character


def _gbk_pair(ch: str) -> bytes | None:
    """The two GBK bytes behind a character of a misread run, or None if it cannot be one."""
    code = ord(ch)
    if 0x21 <= code <= 0x7E:
        if ch in "()":  # annotations and real brackets end a run
            return None
        ch = chr(code + 0xFEE0)  # folded full-width form: its bytes are a3xx
    elif code < 0x80:
        return None
    try:
        encoded = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return encoded if len(encoded) == 2 else None


def _read_in_step(misread: bytes, end: str) -> str | None:
    """The characters recovered by reading `misread` (and the byte `end` stands for) one byte earlier.

    The first byte is the trail of a character whose lead was lost; an `end` of "?" is an orphaned
    trail, so the last byte is a lead whose trail was lost.  None if the reading is not plausible text.
    """
    if end in _LOST_BYTE:
        pairs = misread[1:-1]
    elif misread:
        pairs = misread[1:] + end.encode("ascii")
    else:
        return None
    recovered = []
    for k in range(0, len(pairs), 2):
        try:
            ch = pairs[k : k + 2].decode("gbk")
        except UnicodeDecodeError:
            return None
        if len(ch) != 1 or not _is_common(ch):
            return None
        recovered.append(ch)
    return "".join(recovered)


def _looks_misread(run: str) -> bool:
    return any(ch.isascii() or not _is_common(ch) for ch in run)


def _repair_segment(text: str, start: int) -> tuple[int, str] | None:
    """(end, replacement) of the misread segment starting with an orphan at `start`, or None."""
    body_start = start + 1
    remnant = _ANNOTATION_REMNANT.match(text, body_start)
    if remnant:
        body_start = remnant.end()
    best: tuple[str, int] | None = None  # (recovered, index of the run's end marker)
    misread = b""
    limit = min(len(text), body_start + _MAX_SEGMENT_CHARS)
    i = body_start
    while i < limit:
        ch = text[i]
        if ch in _LOST_BYTE or "\x40" <= ch <= "\x7e":  # an orphan or an ASCII trail byte can end the run
            recovered = _read_in_step(misread, ch)
            # On a tie the longer run wins: one misread stretch is likelier than two next to each other.
            if recovered is not None and (best is None or len(recovered) >= len(best[0])):
                best = (recovered, i)
        pair = _gbk_pair(ch)
        if pair is None:
            break
        misread += pair
        i += 1
    if best is None:
        # An orphan followed by the rest of an annotation is garbage even when nothing is recoverable.
        return (body_start, "") if remnant else None
    recovered, end_index = best
    end_char = text[end_index]
    # What follows the end marker: the rest of an annotation of the lost or the recovered last character.
    after_end = _ANNOTATION_REMNANT if end_char in _LOST_BYTE else _ANNOTATION_AFTER_END
    tail = after_end.match(text, end_index + 1)
    evidence = remnant or tail or _looks_misread(text[body_start:end_index])
    if not evidence:
        return None  # plain text after a real question mark
    return (tail.end() if tail else end_index + 1), recovered


def _repair_mojibake(text: str) -> tuple[str, _Edits | None]:
    rewriter = _Rewriter(text)
    pos = 0
    while match := _LOST_BYTE_AT.search(text, pos):
        start = match.start()
        if not _opens_segment(text, start):
            pos = start + 1
            continue
        repair = _repair_segment(text, start)
        if repair is None:
            pos = start + 1
            continue
        end, replacement = repair
        rewriter.replace(start, end, replacement)
        pos = end
    return rewriter.result()


# A misread segment starts with a lost byte at the start of a line or after a non-ASCII character: the lost
# byte is found by a fast scan for one of two characters (a pattern that opens with a look-behind would be
# tried at every position), then what stands before it is checked.
_LOST_BYTE_AT = re.compile(f"[{_LOST_BYTE}]")


def _opens_segment(text: str, pos: int) -> bool:
    """Whether the lost byte at `pos` starts a line or follows a non-ASCII character."""
    return pos == 0 or text[pos - 1] == "\n" or text[pos - 1] > "\x7f"


# ---------------------------------------------------------------------------------------------
# Paragraphs broken inside a line: "…第三代半导体、5G 信" + blank line + "息技术等产业链…".

# A break after a hanzi or digit, before a hanzi: each alternative opens with the character it breaks at, and
# checks what stands before it afterwards (a pattern that opens with a look-behind is tried at every position).
_LINE_BREAK_IN_PROSE = re.compile(
    "|".join(
        rf"{first}(?<=[{CJK}0-9]{first}){rest}(?:[ \t]*\n)*(?=[{CJK}])"
        for first, rest in ((" ", r"[ \t]*\n"), (r"\t", r"[ \t]*\n"), (r"\n", ""))
    )
)
_CLAUSE_PUNCTUATION = re.compile(r"[，,。；;、]")  # a byline or heading has none
_SENTENCE_END = "。！？!?；;…”」』）)"
_CHINESE_NUMERAL = "一二三四五六七八九十百千"
_HEADING_START = re.compile(rf"[{_CHINESE_NUMERAL}]+[、.．]|第[{_CHINESE_NUMERAL}0-9]+[章节条部篇款]")
_MIN_PROSE_LINE = 30


BULLETS = "●•■◆▲★☆○◇□▪►▶◎※√"
_REPEAT_CHECK = 8  # a title printed twice (yongrang.cn 韶关 2024): the next line opens with the same words


def _rejoin_broken_lines(text: str) -> tuple[str, _Edits | None]:
    def join(match: re.Match[str]) -> str | None:
        previous = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        next_end = text.find("\n", match.end())
        following = text[match.end() : next_end if next_end >= 0 else len(text)].strip()
        if previous.startswith("#"):
            return None
        if spans_term(previous, following):
            return (
                ""  # `地方一般公共预` / `算收入…`: the break cuts an indicator's name, whatever the lines are
            )
        is_prose = (
            len(previous) >= _MIN_PROSE_LINE
            and _CLAUSE_PUNCTUATION.search(previous) is not None
            and not previous.startswith(tuple(BULLETS))  # `●新增研发机构32个:…` (sc.sina.com.cn 2021): a list
            and not following.startswith(previous[:_REPEAT_CHECK])
        )
        is_heading = _HEADING_START.match(following) is not None or (
            len(following) < _MIN_PROSE_LINE and not following.endswith(tuple(_SENTENCE_END))
        )
        return "" if is_prose and not is_heading else None

    return _substitute(_LINE_BREAK_IN_PROSE, text, join)


# ---------------------------------------------------------------------------------------------
# Hard-wrapped lines: pages copied from a fixed-width layout (a PDF, a site that wraps at 40 characters) break
# every line at the same width, mid-sentence and mid-number (`全县生产总值34` / `0亿元`, gongwensou.com 2016
# 桂阳). Such a break parts a figure from its year or kind. A line as wide as the page's common full width that
# does not end a sentence is joined to the next, unless that one opens a heading or list item.

_WIDE_ASCII = re.compile("[,;:!?()]")  # full-width in the source (`，；：`), folded to ASCII before this pass
_MIN_WRAP_WIDTH = 40  # display columns: narrower lines are titles, table cells or bylines
_MAX_WRAP_CHARS = 160  # the most characters a wrapped line holds (160 columns of ASCII)
_MIN_WRAPPED_LINES = 4  # full-width lines a page needs before its width is taken for a wrap
# A full line may fall an eighth of the width short: a wide character or a word did not fit, or a PDF's justified
# line spaces out its numbers (`2019 年 1-5 月招` / `商引资`, a county's 招商 report).
_WRAP_SLACK_SHARE = 8
_WRAP_END = re.compile(rf"[{CJK}0-9.,、(“《%-]$")  # what a wrapped line may end with
_WRAP_NEXT = re.compile(rf"[{CJK}0-9A-Za-z.%,、。;:()“”《》-]")  # what its continuation may open with
_LIST_START = re.compile(
    rf"[{BULLETS}—]|[(（][{_CHINESE_NUMERAL}0-9]+[)）]|[0-9]+[、.．](?! ?[0-9])|[{_CHINESE_NUMERAL}]+[、.．]"
    rf"|第[{_CHINESE_NUMERAL}0-9]+[章节条部篇款]"
)


# Some reposting sites (gongwensou.com) stamp a short random mark on every paragraph's end: `提出意见。vzT`,
# `工作回顾vzT`. A mark is known by standing right after a sentence's end at a line's end three times or more;
# every copy of it after a non-ASCII character is dropped, so that it neither reads as a word nor hides the end
# of a paragraph.
_MARK_AFTER_END = re.compile(r"[。:!?](?<=[。:!?])([A-Za-z][A-Za-z0-9]{1,3})(?:[ \t]*(?=\n|$)| {2,})")
_MIN_MARKS = 3


def _site_marks(text: str) -> tuple[str, _Edits | None]:
    if "。" not in text:
        return text, None
    counts: dict[str, int] = {}
    for match in _MARK_AFTER_END.finditer(text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    marks = [mark for mark, n in counts.items() if n >= _MIN_MARKS]
    if not marks:
        return text, None
    # A mark the page's wrap cut in two (`发展。hd` / `9`) goes too; the line break stays.
    forms = [mark[:k] + "\n" + mark[k:] for mark in marks for k in range(1, len(mark))] + marks
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    pattern = re.compile(rf"(?:{alternatives})(?![A-Za-z0-9])")

    def drop(match: re.Match[str]) -> str | None:
        before = text[match.start() - 1] if match.start() else "a"
        if before.isascii() and before not in ":!?;,)":  # part of a word or a number: `vzTx`, `9vzT`
            return None
        return "\n" if "\n" in match.group() else ""

    return _substitute(pattern, text, drop)


# ---------------------------------------------------------------------------------------------
# Page furniture: what a site puts around an article. Its headlines name other places and carry other figures
# (`相关资讯:` / `·云南沾益县积极实施…`, `·2013年云南省级财政累计投入5.4亿元…` under a 沧源 story, odtgfuq.cn 2012), and its
# counters read as figures (`共计15258个字,预计阅读时长51分钟`, guanshanwenku.com 2022). Each pattern opens with its
# words, so that a search looks only where they stand; a match counts only as a line of its own (checked in code).

# A line heading a list of other stories: the text ends there once a sentence has ended (a site's menu above the
# story may use the same words). `相关链接` is not one: news pages put the story's own background under it.
_LINK_LIST = compile_words_first(
    r"(?:相关|推荐|延伸|更多|热点|热门|精彩|新闻|猜你)(?:资讯|新闻|阅读|文章|报道|推荐|稿件|专题|喜欢)"
    r"[\]】]?[^\S\n]*[:：]?[^\S\n]*$",
    re.M,
)
# `上一篇:` / `下一篇:` with the other story's headline after it or on the next line (r214 通城).
_NEIGHBOUR_LINK = compile_words_first(
    r"(?:上一篇|下一篇|上一条|下一条)[^\S\n]*[:：][^\S\n]*(?:\n[^\S\n]*[^\s。][^\n。]{0,60}$|[^\n]+)?", re.M
)
# A page's counters: its length in characters, its reading time, a comment form's limit, its views.
_COUNTER = compile_words_first(
    r"字数[^\S\n]*[:：][^\S\n]*\d+"
    r"|(?:共计|全文共|本文共|全文)[^\S\n]*\d+[^\S\n]*(?:个)?字(?:[,，]?[^\S\n]*预计阅读(?:时长|时间)?[:：]?约?\d+分钟)?"
    r"|预计阅读(?:时长|时间)?[:：]?约?\d+分钟"
    r"|(?:多于|少于|不少于|不超过|不得超过|最多|至少)[^\S\n]*\d+[^\S\n]*个?字(?![^\S\n]*[\u4e00-\u9fff])"
    r"|(?:阅读|浏览|点击)(?:次数|数|量|率)[^\S\n]*[:：][^\S\n]*\d+次?"
)
_LINE_OPENING = re.compile(r"[^\S\n]*[\[【]?")


def _opens_line(text: str, pos: int) -> int | None:
    """Where the line starts when only blanks (and a bracket) stand before `pos` on it, else None."""
    start = text.rfind("\n", 0, pos) + 1
    return start if _LINE_OPENING.fullmatch(text, start, pos) else None


def _page_furniture(text: str) -> tuple[str, _Edits | None]:
    told = text.find("。")
    end = len(text)
    if told >= 0:
        for match in _LINK_LIST.finditer(text, told):
            if (start := _opens_line(text, match.start())) is not None:
                end = start
                break
    spans = [
        (s, m.end())
        for m in _NEIGHBOUR_LINK.finditer(text, 0, end)
        if (s := _opens_line(text, m.start())) is not None
    ]
    spans += [m.span() for m in _COUNTER.finditer(text, 0, end)]
    spans.sort()
    if end < len(text):
        spans.append((end, len(text)))
    rewriter = _Rewriter(text)
    reached = 0
    for start, stop in spans:
        if start >= reached and stop > start:
            rewriter.replace(start, stop, "")
            reached = stop
    return rewriter.result()


def _display_width(line: str) -> int:
    """Columns a line takes in a fixed-width layout: a hanzi or CJK mark two, ASCII one (`，` folded to `,` two)."""
    wide = (len(line.encode("utf-8")) - len(line)) // 2  # a hanzi is 3 bytes in UTF-8, ASCII 1
    return len(line) + wide + len(_WIDE_ASCII.findall(line))


def _ends_inside_sentence(line: str) -> bool:
    """Whether a line stops where a sentence goes on: after a hanzi, digit or comma, or after Latin letters that
    follow one (`GDP`), not after a sentence's end with a site's mark stuck to it (`目标任务。vzT`, gongwensou.com)."""
    letters = line.rstrip(ascii_letters)
    if letters != line:
        return bool(letters) and _WRAP_END.search(letters) is not None and not letters.endswith(".")
    return _WRAP_END.search(line) is not None


def _wrap_width(widths: list[int]) -> int | None:
    """The page's full line width, when enough lines stop within an eighth of one width."""
    long = sorted(w for w in widths if w >= _MIN_WRAP_WIDTH)
    if len(long) < _MIN_WRAPPED_LINES:
        return None
    best, best_count = long[0], 0
    lo = 0
    # the window [width - width/8, width] holding the most lines, the widest on a tie
    for hi, width in enumerate(long):
        while long[lo] < width - width // _WRAP_SLACK_SHARE:
            lo += 1
        if hi - lo + 1 >= best_count:
            best, best_count = width, hi - lo + 1
    wider = len(long) - bisect_right(long, best)
    # Most prose pages hold one paragraph a line, of every length: a real wrap fills a third of its long lines,
    # and few lines stand out beyond it (a site's header; not the paragraphs of a page whose short lines are
    # a metadata table, 金乡 2021 plan).
    if best_count < _MIN_WRAPPED_LINES or best_count * 3 < len(long) or wider * 2 >= best_count:
        return None
    return best


def _join_hard_wraps(text: str) -> tuple[str, _Edits | None]:
    if text.count("\n") < _MIN_WRAPPED_LINES:
        return text, None
    lines = text.split("\n")
    # (a line of more characters than a wrap of any width holds only counts as wider: its width is not worked out)
    widths = [
        (_display_width(line.rstrip()) if len(line) <= _MAX_WRAP_CHARS else _MAX_WRAP_CHARS * 2)
        if len(line) >= _MIN_WRAP_WIDTH // 2
        else 0
        for line in lines
    ]
    wrap = _wrap_width(widths)
    if wrap is None:
        return text, None
    stripped = [line.rstrip() for line in lines]
    low = wrap - wrap // _WRAP_SLACK_SHARE
    full = [line for line, width in zip(stripped, widths, strict=True) if low <= width <= wrap]
    if 2 * sum(1 for line in full if _CLAUSE_PUNCTUATION.search(line)) < len(full):
        return text, None  # a table's rows of one width (codes, names), not prose
    rewriter = _Rewriter(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)  # the "\n" after this line
        following = lines[i + 1].lstrip()
        if (
            low <= widths[i] <= wrap
            and _ends_inside_sentence(stripped[i])
            and _WRAP_NEXT.match(following)
            and not _LIST_START.match(following)
            and "  " not in stripped[i]  # a table's cells (`索  引  号`), not prose
            and "  " not in following
        ):
            cut_from = pos + len(stripped[i])  # the line's trailing spaces go with the break
            rewriter.replace(cut_from, end + 1 + len(lines[i + 1]) - len(following), "")
        pos = end + 1
    return rewriter.result()


# The same wrap flattened into one line, each break a space and each paragraph's end a run of spaces
# (`请区政协委员和其他列 席人员`, `增长5 .2%`, gongwensou.com 2021 瑶海区): a space that ends a stretch as wide as most such
# stretches, inside a sentence, goes; a run of spaces is a line break again.
_HANZI_SPACE = re.compile(rf" (?<=[{CJK}] )(?=[{CJK}])")
_FLAT_BREAK = re.compile(r" {2,}|\t+| (?=\S)")  # a paragraph gap, or one space before a character
_MIN_FLAT_LINE = 2 * _MIN_WRAP_WIDTH
_INDENT = 4


def _join_flat_wraps(text: str) -> tuple[str, _Edits | None]:
    if text.count(" ") < _MIN_WRAPPED_LINES:
        return text, None
    all_lines = text.split("\n")
    starts = accumulate((len(line) + 1 for line in all_lines), initial=0)  # (one more than the lines)
    lines = [
        (pos, line)
        for pos, line in zip(starts, all_lines, strict=False)
        if len(line) >= _MIN_FLAT_LINE and line.count(" ") >= _MIN_WRAPPED_LINES
    ]
    # The width: of the stretches between spaces (a wrap's stretch runs from the last break or paragraph gap).
    widths = [_display_width(part) for _, line in lines for part in line.split(" ")]
    wrap = _wrap_width(widths)
    if wrap is None:
        return text, None
    low = wrap - wrap // _WRAP_SLACK_SHARE
    # A wrap cuts words: spaces between two hanzi ending such stretches, not only a table's columns or a PDF's
    # numbers set apart (`2019 年 1-5 月`)
    cuts = sum(
        1
        for _, line in lines
        for m in _HANZI_SPACE.finditer(line)
        if low - _INDENT <= _display_width(line[line.rfind(" ", 0, m.start()) + 1 : m.start()]) <= wrap
    )
    if cuts < _MIN_WRAPPED_LINES:
        return text, None
    rewriter = _Rewriter(text)
    for pos, line in lines:
        start = 0  # where the stretch since the last break or paragraph gap starts
        indent = 0  # a paragraph's first line is indented two hanzi, which the flattening dropped
        for m in _FLAT_BREAK.finditer(line):
            if m.group() != " ":
                # a paragraph gap: the paragraph's own line again (a heading must open its line to be one)
                rewriter.replace(pos + m.start(), pos + m.end(), "\n")
                start, indent = m.end(), _INDENT
                continue
            stretch, following = line[start : m.start()], line[m.end() : m.end() + 8]
            part = stretch[stretch.rfind(" ") + 1 :]  # (after a space that was no break)
            if (
                (low <= _display_width(stretch) + indent <= wrap or low <= _display_width(part) <= wrap)
                and _ends_inside_sentence(stretch)
                and _WRAP_NEXT.match(following)
                and not _LIST_START.match(following)
            ):
                rewriter.replace(pos + m.start(), pos + m.end(), "")
                start, indent = m.end(), 0
    return rewriter.result()


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NormalizedText:
    """A document's clean text, and the way back from its spans to the raw text it came from."""

    text: str  # clean, simplified-script text
    _edits: tuple[_Edits, ...] = field(default=(), repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source that `text[start:end]` came from.

        Exact where the text is unchanged; a removed or replaced stretch at the edge of the span is
        covered whole.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} is outside the text (length {len(self.text)})")
        if start == end:
            for edits in reversed(self._edits):
                start = edits.start_to_source(start)
            return start, start
        for edits in reversed(self._edits):
            start, end = edits.start_to_source(start), edits.end_to_source(end)
        return start, end


def _line_endings(text: str) -> tuple[str, _Edits | None]:
    return _substitute_all(_LINE_END, text, "\n")


def _invisible_marks(text: str) -> tuple[str, _Edits | None]:
    return _substitute_all(_INVISIBLE, text, "")


def _pinyin_annotations(text: str) -> tuple[str, _Edits | None]:
    return _substitute_all(_PINYIN_ANNOTATION, text, "")


def _html_remnants(text: str) -> tuple[str, _Edits | None]:
    return _substitute(_HTML, text, _html_replacement)


def _full_width(text: str) -> tuple[str, _Edits | None]:
    return _DOT_DECIMAL.sub(".", fold_width(text)), None


def _numeral_years(text: str) -> tuple[str, _Edits | None]:
    return _NUMERAL_YEAR.sub(_year_digits, text), None


# A year written in Chinese digits (`一九九三年`, `二〇二三年`) is a year: one digit for one numeral, same length, so
# offsets are unchanged and every reader of years sees it. The numeral before it must not be part of a longer number.
# Typed zeros stand in for `〇` on many sites: a Latin `o`/`O` or an Arabic `0` (`二o二四年工作回顾`, `二0二三年`).
_NUMERAL_YEAR = re.compile(
    r"(?:一九|二[〇零○Oo0])[〇零○Oo0一二三四五六七八九]{2}(?=年)(?<![〇零○Oo0-9一二三四五六七八九十百千万]....)"
)
_YEAR_DIGITS = str.maketrans("〇零○Oo0一二三四五六七八九", "000000123456789")


def _year_digits(match: re.Match[str]) -> str:
    return match.group().translate(_YEAR_DIGITS)


# A middle dot between digits before a percent or a magnitude is a decimal point (`增长1·8%`, a typesetting
# habit of some county sites); `5·12` alone stays a date's name. Same length: offsets unchanged.
# The pattern opens with the dot itself, so the scan looks for those few characters only.
_DOT_DECIMAL = re.compile(r"[·・•∙](?<=\d[·・•∙])(?=\d{1,4}[ \t]*(?:%|个百分点|亿|万|倍))")


def _flat_part_headings(text: str) -> tuple[str, _Edits | None]:
    return _FLAT_PART_HEADING.sub(lambda m: m.group()[:-1] + "\n", text), None


# A scrape that turned a report's line breaks into runs of spaces (`…现印发给你们,请认真贯彻执行。   寿光市人民政府   2023年4月7日
# …   一、2022年国民经济和社会发展计划执行情况   2022年,寿光市…`, f19_p07 寿光 2023 plan): a part heading after such a run
# opens a line again, so that it heads its part. Same length: the run's last space becomes the line break. (The pattern
# opens with a space and reads what stands before it after that, so a scan looks only where a space stands.)
_FLAT_PART_HEADING = re.compile(r" (?<=[^\s] ) {2,}(?=[一二三四五六七八九十]{1,3}、[^\n。]{2,40}? {3,})")


# Mojibake is repaired before width folding, so that a genuine "？" in the source is never taken for
# an orphaned byte, and before script conversion, which would change the misread characters' bytes.
_PASSES: tuple[Callable[[str], tuple[str, _Edits | None]], ...] = (
    _line_endings,
    _invisible_marks,
    _pinyin_annotations,
    _repair_mojibake,
    _html_remnants,
    _full_width,
    _convert_script,
    _numeral_years,
    _flat_part_headings,
    _page_furniture,
    _site_marks,
    _join_hard_wraps,
    _join_flat_wraps,
    _rejoin_broken_lines,
)


def normalize(raw: str) -> NormalizedText:
    """Clean, simplified-script text of a source document, with a map back to `raw`'s offsets."""
    text = raw
    edits: list[_Edits] = []
    for run_pass in _PASSES:
        text, pass_edits = run_pass(text)
        if pass_edits is not None:
            edits.append(pass_edits)
    return NormalizedText(text, tuple(edits))
