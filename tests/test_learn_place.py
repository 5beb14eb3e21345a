"""bench/learn_place.py: a model trained on a few invented texts ranks first the county whose title and voice a new
text carries, over the city and the neighbour it also names; former county names are judged by current names."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from learn_place import Doc, candidate_features, current_name, rank, train

from bot.ingest.places import Gazetteer

TRAINING = {
    "如东县": "如东县2023年政府工作报告\n全县实现地区生产总值1200亿元，我县工业开票增长8%。南通市下达的任务全面完成，"
    "与海安市、如皋市共建园区。全县新增规上企业60家。",
    "海安市": "海安市召开经济工作会议\n全市完成一般公共预算收入40亿元，我市列全国百强县第30位。南通市领导出席，"
    "如东县、启东市代表交流。全市上下再接再厉。",
    "启东市": "启东市上半年经济运行情况\n上半年，全市规上工业增加值增长9%，本市外贸出口增长12%。南通市统计局发布，"
    "海门区、如东县同比分别增长6%和7%。全市投资保持平稳。",
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _doc(gaz: Gazetteer, text: str, gold: str = "") -> Doc:
    cands, rows = candidate_features(text, gaz)
    return Doc("real", "dev", "invented", gold, "", cands, rows)


def test_the_county_of_the_title_and_voice_is_ranked_first(gaz):
    model = train([_doc(gaz, text, gold) for gold, text in TRAINING.items()], with_rules=False)
    text = (
        "如皋市一季度重点项目建设推进会召开\n全市新开工亿元以上项目35个，我市完成工业投入120亿元。"
        "南通市考核组到会，海安市、如东县也列入考核。全市将继续攻坚。"
    )
    ranked = rank(model, _doc(gaz, text), with_rules=False)
    assert ranked[0][1] == "如皋市"
    assert {"南通市", "海安市", "如东县"} <= {name for _, name in ranked}


def test_a_former_county_is_judged_by_its_current_name(gaz):
    assert current_name(gaz, "旬阳县") == "旬阳市"
    assert current_name(gaz, "海安市") == "海安市"
