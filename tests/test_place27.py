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


# A county's park's first-quarter news (r474, 荣昌县工业园区, undated): the park's figures, then the county's whole
# (`全县共引进项目27个`), then the park again (`园区新开工项目10个`).
RONGCHANG = (
    "荣昌县工业园区一季度实现工业总产值达76亿\n\n"
    "一季度,我县工业园区实现工业总产值76.61亿元,同比增加20.4%;固定资产投资20.64亿元,同比增长29.8%;"
    "全县共引进项目27个,合同金额共计54.8亿元,完成目标任务27.4%,固投42.6亿元,完成目标任务28.4%;"
    "1亿元以上项目6个,完成目标任务30%;园区新开工项目10个,竣工投产项目3个;完成平场900亩,新建道路2.5公里。"
)


def test_a_parks_text_that_speaks_as_its_county_gives_those_figures_to_the_county(tmp_path: Path) -> None:
    result = build_one(tmp_path, RONGCHANG)
    region = {(r.value, r.unit): r.region for r in result.records}
    assert region[(27, "个")] == region[(54.8, "亿元")] == region[(6, "个")] == "荣昌县"  # as the text writes it
    assert "园区" in region[(76.61, "亿元")] and "园区" in region[(10, "个")]  # the park's own, before and after


def test_a_parks_own_whole_stays_the_parks(tmp_path: Path) -> None:
    # a zone calls itself `全区`: that voice is the park's, never its county's
    result = build_one(tmp_path, RONGCHANG.replace("全县共引进", "全区共引进"))
    assert "园区" in {r.region for r in result.records if r.value == 27}.pop()
