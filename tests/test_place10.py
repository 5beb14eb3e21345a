"""place10: the common words that hold a prefecture-level city's or a prefecture's short form come from the
word-frequency list (bot/data/word_shorts.json `city_phrases`, scripts/build_word_shorts.py), with the phrases
seen in real sentences that the list does not hold as one word (`attested_city_phrases`). Excerpts of public
pages (addresses in each test)."""

import json
from pathlib import Path

from bot.ingest.pipeline import build_corpus
from bot.ingest.places import WORD_SHORTS_PATH, Gazetteer


def _records(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {(r.region, r.city) for r in build_corpus(tmp_path).records}


def test_marble_names_no_prefecture(tmp_path: Path):
    # http://lxshky.stone139.com/news/itemid-1191.shtml (通山县's stone industry): `大理石` is marble, not 大理州
    head = "打造中的华中大理石第一县"
    body = "全县石材企业达200多家,年开采荒料15万立方米,各类加工板材约700万平方米。实现年产值近10亿元,上缴税收2500万元。"
    assert Gazetteer.default().anywhere_mentions(head + "\n" + body) == []
    assert _records(tmp_path, head + "\n" + body) == set()
    # the county named in the title, its figures are the county's
    assert _records(tmp_path, head + "――湖北通山\n" + body) == {("通山县", "咸宁市")}


def test_hours_of_sunshine_name_no_city():
    # http://www.otlhn.com/news/shbt/20180518/3855_5.html (噶尔县, 阿里地区): `日照时间长` is long sunshine, not 日照市
    text = "噶尔县属高原亚寒带干旱气候区,干燥寒冷,太阳辐射强,日照时间长。年平均气温仅0.2℃,年降水量53毫米。"
    assert [m.place.name for m in Gazetteer.default().anywhere_mentions(text)] == ["噶尔县"]


def test_city_phrases_come_from_the_frequency_list():
    data = json.loads(WORD_SHORTS_PATH.read_text(encoding="utf-8"))
    derived = {phrase for held in data["city_phrases"].values() for phrase in held}
    assert {"大理石", "大同小异", "三明治", "长治久安", "阿里巴巴"} <= derived
    # seen in real sentences, one word to a reader but two to the list's tokenizer
    assert {"日照时数", "朝阳产业", "阿里研究院"} <= set(data["attested_city_phrases"])
    assert not derived & set(data["attested_city_phrases"])
    # a short form a province shares is left out: 海南岛 is the province's island
    assert "海南" not in data["city_phrases"]
