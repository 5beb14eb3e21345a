"""Place rules of the twenty-seventh round: which place a clause's figure belongs to. Sentences are real pages'
(the document in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# A county's year review (r525, 曲周县 2024): its own firsts in the city (`全市唯一`) rank the county's figure on the
# city's scale; they do not speak for the city.
QUZHOU = (
    "2024年,河北省曲周县锚定高质量发展这一首要任务,推动经济实现质的有效提升和量的合理增长。"
    "招商引资成效显著。成立10个产业链招商组,党政主要领导带头外出招商13次,签约项目34个,总投资90.09亿元。"
    "注册央企二级子公司1家,全市唯一。贝酷智能公司成功入统。"
)


def test_a_countys_only_one_in_the_city_stays_the_countys(tmp_path: Path) -> None:
    result = build_one(tmp_path, QUZHOU)
    firms = [r for r in result.records if r.value == 1 and r.unit == "家"]
    assert firms and {r.region for r in firms} == {"曲周县"}


def test_a_sentence_in_the_citys_voice_is_still_the_citys(tmp_path: Path) -> None:
    # the reading the rule keeps: a sentence that opens as the whole city (`上半年全市实现…`) is the city's
    text = QUZHOU.replace("注册央企二级子公司1家,全市唯一。", "上半年全市实现地区生产总值1876.32亿元,增长9.6%。")
    result = build_one(tmp_path, text)
    gdp = [r for r in result.records if r.value == 1876.32]
    assert gdp and {r.region for r in gdp} == {"邯郸市"}
