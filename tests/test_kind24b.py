"""Target or achieved, from real sentences of the tuning splits: a sentence estimating the year's first part, in a
text of results, sets no target for the sentences after it."""

from bot.ingest.tense import ACTUAL
from tests.ingest_helpers import one, records

# f23_p06 (旌德, an undated mid-year news piece: the half's estimates, then its progress on the year's plan)
JINGDE = (
    "稳中有进体现“三增一快”:一是主要经济指标平稳增长。预计上半年全县生产总值同比增长11.5%,财政收入增长25.8%。"
    "二是项目投资持续增长。全县在建重点项目46个,共完成投资13.87亿元,占当年重点项目投资计划的70%。"
    "引进5000万元以上项目14个,到位资金10.5亿元,占任务的57.6%;实际利用外资800万美元,提前超额完成年度目标任务。"
    "美好乡村建设扎实推进,整合项目资金2563万元。\n"
)


def test_an_estimate_of_the_half_sets_no_target_for_the_paragraph():
    found = records(JINGDE, "", ("旌德县",))
    assert one(found, 11.5).kind == ACTUAL
    assert {one(found, v).kind for v in (46, 13.87, 70, 800, 2563)} == {ACTUAL}
