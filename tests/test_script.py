"""The fast t2s converter gives OpenCC's t2s output, character for character."""

import random
from pathlib import Path

from bot.ingest.normalize import _t2s
from bot.ingest.script import FastT2S

ROOT = Path(__file__).resolve().parent.parent


def test_same_as_opencc_on_every_document():
    reference = _t2s()
    fast = FastT2S(reference)
    for path in sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/*/docs/*.txt")]):
        text = path.read_text(encoding="utf-8")
        assert fast.convert(text) == reference.convert(text), path.name


def test_same_as_opencc_where_phrases_overlap():
    reference = _t2s()
    fast = FastT2S(reference)
    (phrases, characters), *_ = reference._dict_chain_data
    keys, chars = sorted(phrases[2]), sorted(characters[2])
    rng = random.Random(7)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 8)):
            key = rng.choice(keys)
            parts.append(
                rng.choice(
                    [
                        key,
                        key[rng.randrange(len(key)) :],
                        key[: rng.randint(1, len(key))],
                        rng.choice(chars),
                        "，",
                        " ",
                    ]
                )
            )
        text = "".join(parts)
        assert fast.convert(text) == reference.convert(text), text


def test_known_phrases():
    fast = FastT2S(_t2s())
    assert fast.convert("一目瞭然的發展規劃，實現地區生產總值") == "一目了然的发展规划，实现地区生产总值"
