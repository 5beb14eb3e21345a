"""Traditional → simplified script with OpenCC's own t2s dictionaries and OpenCC's own choice of matches,
an order of magnitude faster than the package's pure-Python tree search.

The package (opencc-python-reimplemented) cuts a text at its separators, then in each piece takes the longest
phrase of TSPhrases found anywhere (the leftmost of equal length), and goes on in the parts left and right of
it; what no phrase covers is converted character by character with TSCharacters. Taking the longest match
anywhere and recursing into both sides picks exactly the matches that a greedy pass over all matches, longest
first and then leftmost, picks when it skips those overlapping a match already taken: that is what this does,
with an Aho-Corasick automaton (ahocorasick_rs) to find the phrases and `str.translate` for the characters. The result is the
package's, character for character (tests/test_script.py compares them), save for the phrases it is told to keep
as written (`kept`: place names that are already simplified, 乾安县 where t2s alone writes 干安县).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick_rs
import opencc


class FastT2S:
    def __init__(self, reference: opencc.OpenCC, kept: Iterable[str] = ()) -> None:
        reference.convert("")  # loads the dictionaries
        (phrases, characters), *rest = reference._dict_chain_data
        if rest or not isinstance(phrases, tuple) or characters[0] != 1:
            raise ValueError("not the t2s dictionaries this converter was written for")
        separators: re.Pattern[str] = reference.split_chars_re
        # A phrase with a separator in it never matches (the package cuts there first), and a separator is
        # never converted: so the whole text can be read at once, each match lying inside one piece.
        pairs = {key: value.split(" ")[0] for key, value in phrases[2].items() if not separators.search(key)}
        pairs |= {name: name for name in kept}  # a kept phrase wins over the characters it holds
        self._phrases = ahocorasick_rs.AhoCorasick(list(pairs), matchkind=ahocorasick_rs.MatchKind.Standard)
        self._values = list(pairs.values())
        self._chars = {
            ord(key): value.split(" ")[0]
            for key, value in characters[2].items()
            if not separators.search(key)
        }

    def convert(self, text: str) -> str:
        values = self._values
        found = [
            (end - start, start, values[index])
            for index, start, end in self._phrases.find_matches_as_indexes(text, overlapping=True)
        ]
        if not found:
            return text.translate(self._chars)
        found.sort(key=lambda m: (-m[0], m[1]))
        taken: list[tuple[int, int, str]] = []
        covered = bytearray(len(text))
        for length, start, value in found:
            if not any(covered[start : start + length]):
                covered[start : start + length] = b"\x01" * length
                taken.append((start, start + length, value))
        taken.sort()
        out = []
        pos = 0
        for start, end, value in taken:
            out.append(text[pos:start].translate(self._chars))
            out.append(value)
            pos = end
        out.append(text[pos:].translate(self._chars))
        return "".join(out)
