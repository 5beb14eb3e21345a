"""Document-level place decisions checked on real pages: which place a whole text's figures go to, and when the
place check skips a text. Each test quotes its page."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# http://m.nxhuan.com/lcyw/p/351488.html (陵县, 2012, traditional script): the county's delegation tours 深圳 and
# 东莞 after a fair in 香港; the county is named only by its former two-character name (陵县, now 陵城区)
_LINGXIAN_TOUR = (
    "本報訊 7月9日至13日,縣委副書記、縣長曲鋒率團參加了2012香港山東周招商大會,取得豐碩成果。\n"
    "大會期間,我縣共簽約項目2個,分別是廣東利海集團投資100億元的馬頰河文化生態島項目、投資1000萬美元的臺灣佑東漆業"
    "整車漆項目。確定了約甄特源二期投資500萬美元的家具生產項目。達成合作意向項目2個,分別是香港瑞林國際紡織企業有限公司"
    "參股陵縣紡織業項目、香港啟福國際投資集團公司投資陵縣旅游開發項目。\n"
    "赴港期間,曲鋒還陪同市委副書記、市長陳先運會見了利海集團董事長謝海榆等重點客商,并拜訪了有關駐港機構和央企負責人。"
    "利用活動間隙,曲鋒一行還赴深圳、東莞等地考察了深圳觀瀾工業園、天成車料公司以及東莞家具源公司等。\n"
    "縣政協副主席、開發區管委會主任譚如勝,縣商務局和富路車業公司負責人參加了有關活動。(本文轉自“陵縣政務網”)\n"
)


def test_places_a_delegation_tours_are_not_the_place_that_sends_it(tmp_path: Path):
    """`赴深圳、东莞等地考察`: the places listed before `等地` are where the county's people go; the county's figures
    stay the county's (they were skipped as 深圳市's, a short form the text never wrote in full)."""
    result = build_one(tmp_path, _LINGXIAN_TOUR)
    assert not result.skipped
    assert {r.region for r in result.records} == {"陵县"}
    assert {(r.indicator, r.value) for r in result.records} >= {("签约项目", 2)}
