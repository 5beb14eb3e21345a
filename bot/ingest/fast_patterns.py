"""Patterns written so that a search scans quickly, with the same matches.

Python's `re` finds the first characters a match can start with only when every top-level alternative of a
pattern opens with a character; then a search looks only where those stand. An alternative that opens with a
group of words (`(?:建成|投产)(?:后|以后)`) or a class of characters (`[由从]…`) hides them, and the whole pattern
is tried at every position of a text. `compile_words_first` writes such an alternative as one alternative per
word or character (`建成(?:(?:后|以后))|投产(?:(?:后|以后))`): the same alternatives, tried in the same order, so
the same matches.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import _parser  # (the widths of a pattern's matches)

# A group of words at the start of an alternative: each word plain characters (and \d, \s, \w escapes).
_WORD = r"(?:[^()\[\]|\\.^$*+?{}]|\\[dswDSW])+"
_GROUP_OF_WORDS = re.compile(rf"\(\?:({_WORD}(?:\|{_WORD})*)\)(.*)", re.S)
# (only characters that stay literal outside a class: `[.|]` written as `.` or `|` would match otherwise)
_CLASS_OF_CHARS = re.compile(r"\[([^\[\]\\^\-()|.*+?{}$]+)\](.*)", re.S)
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")
# Each rewritten pattern's plain form, for the tests that check they match alike.
PLAIN: dict[str, str] = {}


def compile_words_first(pattern: str, flags: int = 0, *, groups_read: bool = True) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, each top-level alternative that opens with a group of words written as
    one alternative per word. A pattern with capturing groups is rewritten only when its caller reads no
    group (`groups_read=False`: the groups are repeated, so their numbers change)."""
    plain = re.compile(pattern, flags)
    if (plain.groups and groups_read) or _BACK_REFERENCE.search(pattern):
        return plain
    flags = plain.flags  # (with those the pattern sets itself, `(?m)`)
    rewritten = "|".join(_words_first(alternative, flags) for alternative in _top_level_alternatives(pattern))
    if rewritten == pattern:
        return plain
    try:
        fast = re.compile(rewritten, flags)
    except re.error:  # (a named group, repeated)
        return plain
    PLAIN[rewritten] = pattern
    return fast


def _words_first(alternative: str, flags: int = 0) -> str:
    first = None if flags & re.X else _literal_first(alternative, flags)
    if first is not None:
        return "|".join(first)
    m = _GROUP_OF_WORDS.fullmatch(alternative)
    if m is not None:
        return "|".join(f"{word}(?:{m.group(2)})" for word in m.group(1).split("|"))
    m = _CLASS_OF_CHARS.fullmatch(alternative)  # `[由从]…`: one character of a few, each a word
    if m is not None:
        return "|".join(f"{char}(?:{m.group(2)})" for char in dict.fromkeys(m.group(1)))
    return alternative


# One character a match opens with, written plainly (or escaped), and not repeated.
_LITERAL = re.compile(r"(?:[^()\[\]{}|\\.^$*+?]|\\[^A-Za-z0-9])(?![*+?{])")
_QUANTIFIER = ("?", "*", "+", "{")


def _literal_first(alternative: str, flags: int) -> list[str] | None:
    """The alternative as alternatives that each open with one plain character, tried in the same order; None when
    that cannot be done. A group that opens it is split into its alternatives (`(?:甲|乙)丙` → `甲(?:丙)|乙(?:丙)`,
    and groups in them likewise), and a look behind that opens it (or `^`) is moved past the first character, which
    it then looks behind too (`(?<!截至)年[底末]` → `年(?<!(?:截至)年)[底末]`)."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        rest = alternative[end + 1 :]
        if rest.startswith(_QUANTIFIER):
            return None
        split: list[str] = []
        for inner in _top_level_alternatives(alternative[3:end]):
            first = _literal_first(f"{inner}(?:{rest})" if rest else inner, flags)
            if first is None:
                return None
            split.extend(first)
        return split
    behind: list[tuple[str, str]] = []  # (`=` or `!`, what is looked behind for)
    i = 0
    while True:
        if alternative.startswith(("(?<=", "(?<!"), i):
            end = _group_end(alternative, i)
            behind.append((alternative[i + 3], alternative[i + 4 : end]))
            i = end + 1
        elif alternative.startswith(
            "^", i
        ):  # the start of the text (or of a line): no character before but `\n`
            behind.append(("!", r"[^\n]" if flags & re.M else r"[\s\S]"))
            i += 1
        else:
            break
    if not behind:
        return [alternative] if _LITERAL.match(alternative) else None
    rest = _literal_first(alternative[i:], flags)
    if rest is None:
        return None
    moved = []
    for r in rest:
        char = _LITERAL.match(r).group()  # type: ignore[union-attr]  # (each opens with one)
        looks = "".join(f"(?<{kind}(?:{before}){char})" for kind, before in behind)
        moved.append(f"{char}{looks}{r[len(char) :]}")
    return moved


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The pattern's parentheses and bars from `start`, outside escapes and character classes: (position, character,
    group depth after it)."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # an escaped character is no bar, bracket or parenthesis
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # `[]…]`, `[^]…]`: a bracket that opens a class is one of its characters
        elif char in "()|":
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """Where the group opened at `start` closes."""
    for i, char, depth in _structure(pattern, start):
        if char == ")" and not depth:
            return i
    raise re.error("unbalanced parenthesis", pattern, start)


def _top_level_alternatives(pattern: str) -> list[str]:
    """The pattern split at its `|`s outside groups and character classes."""
    parts, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern of bounded width each of whose matches holds a match of `anchor`
    (a lookahead, so that it stands at every position where one starts): a match ends at most the pattern's
    widest width after its start, so it is tried only at the positions up to that width before an anchor; a
    pattern that opens with a slow scan (`(?:[一-龥]{1,8}?[省市县]、){0,8}…`) is then tried at a few positions."""
    low, reach = _widths(pattern)
    if not low or reach >= _parser.MAXREPEAT:
        yield from pattern.finditer(text)  # (an empty or unbounded match: tried everywhere)
        return
    pos = 0
    match = pattern.match
    for a in anchor.finditer(text):
        at = a.start()
        p = max(pos, at - reach)
        while p <= at:
            m = match(text, p)
            if m is None:
                p += 1
                continue
            yield m
            p = pos = m.end()
        pos = max(pos, at + 1)


@functools.lru_cache(maxsize=64)
def _widths(pattern: re.Pattern[str]) -> tuple[int, int]:
    """The narrowest and the widest a match of the pattern can be."""
    return _parser.parse(pattern.pattern, pattern.flags).getwidth()
