"""A town's name read across a word of the text."""

from __future__ import annotations

from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.towns import town_index


def test_the_word_chengzhen_after_qizhong_is_no_town():
    """`其中城镇人口37.86万人` (莘县's communique, r331; 平原县's, f14_p07): 其中 "of whom" and 城镇人口 "urban population",
    not 绥江县's 中城镇; the town named with its own bodies still is."""
    index = town_index(Gazetteer.default())
    for sentence in ("年末户籍总人口92.02万人,其中城镇人口37.86万人,", "6.18万人,其中城镇人口11.08万"):
        assert "中城镇" not in index.named(normalize(sentence).text)
    assert "中城镇" in index.named("中城镇人民政府召开会议")
    assert "中城镇" in index.named("中城镇人大主席团")
