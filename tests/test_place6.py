"""A county-level city named …城市 (海城市, 兴城市) read across a word and 城市 "city" (`爱琴海城市`, `沿海城市`) is
no mention of it. Sentences are real pages' (address in a comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.places import Gazetteer
from tests.ingest_helpers import build_one

# http://www.xincheng.gov.cn/zwgk/ghjh/ndjh/zfndjh/601f4ecbf8fd1c2073f3e07e.html (西安新城区's 2021 work plan):
# `爱琴海城市商业综合体` is the 爱琴海 mall brand and 城市, not 鞍山's 海城市; the text names itself only `新城区`,
# which 呼和浩特 and 西安 both have, so the page has no place of its own and says how to give one.
XINCHENG = (
    "新城区政府2021年工作安排\n\n"
    "2021年我区经济社会发展的主要预期目标是:地区生产总值增长6%左右;固定资产投资增长8%;"
    "社会消费品零售总额增长6.5%;一般公共预算收入增长5%以上。\n\n"
    "坚持项目建设为先。统筹林带周边区域项目开发,加快传化智联西北运营中心、爱琴海城市商业综合体项目建设,"
    "推动比亚迪厂区及周边、省四院周边、809库土地收储。\n"
)


def test_a_word_and_cheng_shi_is_not_a_city_named_so(tmp_path: Path) -> None:
    result = build_one(tmp_path, XINCHENG)
    assert "海城市" not in {r.region for r in result.records}
    assert result.records == []
    assert result.skipped and "give its places" in result.skipped[0][1]


def test_the_city_itself_is_still_read() -> None:
    gazetteer = Gazetteer.default()
    for text in ("辽宁省海城市今年", "鞍山海城市", "在海城市投资", "海城市人民政府"):
        assert "海城市" in {m.place.name for m in gazetteer.anywhere_mentions(text)}, text
    for text in ("广东等沿海城市的企业", "爱琴海城市商业综合体", "新兴城市发展"):
        assert not [m for m in gazetteer.anywhere_mentions(text) if m.place.level == "county"], text
        assert gazetteer.full_names(text) == [], text
