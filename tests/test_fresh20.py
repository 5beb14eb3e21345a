"""Regions and kinds of fresh20's error classes: Henan's county zones (`产业集聚区`, `特色商业区`) are places of their
own. Sentences are real pages' (tuning id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# fresh20 f20_p14 (唐河 2017-04, henan.sina.com.cn): the county's two zones' 2016 results, each zone opening its part.
TANGHE = (
    "4月24日,市工业和信息化委党组书记、主任肖海友带领全市“二区”建设观摩团莅临唐河县,观摩唐河“两区”"
    "(产业集聚区和特色商业区)建设情况。\n\n"
    "据悉,2016年,唐河产业集聚区完成固定资产投资132.6亿元,同比增长17.9%;实现规模以上工业企业总产值246.1亿元,"
    "同比增长15.2%;实现税收2.2亿元,同比增长112.91%;从业人员达到4.6万人。特色商业区完成固定资产投资9.3亿元,"
    "同比增长166%;完成增加值4.1亿元,同比增长11.9%;从业人员达到4536人。\n"
)


def test_a_henan_county_zone_and_its_bare_sister_zone_are_places_of_their_own(tmp_path: Path) -> None:
    by_value = {r.value: r.region for r in build_one(tmp_path, TANGHE).records}
    assert by_value[132.6] == "唐河产业集聚区"
    # the zone opens the sentence after its source and year: it goes on over `；`
    assert by_value[246.1] == "唐河产业集聚区"
    assert by_value[4.6] == "唐河产业集聚区"
    # `特色商业区` named by its kind alone in the county's text: the county's zone
    assert by_value[9.3] == "唐河特色商业区"
    assert by_value[4536] == "唐河特色商业区"


# fresh20 f20_p14: the year's targets the page lists after `总体目标为:`, the second zone's in a sentence of its own.
TANGHE_TARGETS = (
    "4月24日,市工业和信息化委党组书记、主任肖海友带领全市“二区”建设观摩团莅临唐河县,观摩唐河“两区”"
    "(产业集聚区和特色商业区)建设情况。\n\n"
    "2017年,唐河“两区”建设总体目标为:产业集聚区全年机械电子制造类项目计划签约落地15个以上,新开工建设12个以上,"
    "完成固定资产投资45亿元,同比增长15%以上。特色商业区入住限额以上服务业企业达到100家,"
    "完成增加值5亿元,同比增长15%,固定资产投资完成15亿元,同比增长25%。\n"
)


def test_items_after_a_lead_of_targets_stay_targets_to_the_paragraphs_end(tmp_path: Path) -> None:
    by_value = {r.value: r for r in build_one(tmp_path, TANGHE_TARGETS).records}
    assert by_value[45].kind == "target"
    assert by_value[100].kind == "target"  # `达到100家` in the sentence after the lead's
    assert by_value[5].kind == "target"  # `完成增加值5亿元`: a target's verb, not a result's
    assert by_value[5].region == "唐河特色商业区"
