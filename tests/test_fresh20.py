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


# fresh20 f20_p02 (武昌区 2021-11-23): a district's progress on the city work report's numbered tasks.
WUCHANG = (
    "名  称: 2021年市《政府工作报告》前三季度完成情况通报 发布机构: 区政府督查室\n"
    "公开日期: 2021年11月23日 公开方式: 有效\n\n"
    "2021年市《政府工作报告》前三季度完成情况通报\n\n"
    "一、《市政府工作报告》前三季度完成情况\n\n"
    "1.地区生产总值增长10%。(市级牵头单位:市发展改革委;区级牵头单位:区发改局)\n\n"
    "完成情况:1-9月,武昌区地区生产总值完成1152.04亿元,同比增长18.1%。\n\n"
    "4.城镇新增就业21万人,城镇调查失业率控制在6%左右。(市级牵头单位:市人力资源社会保障局;区级牵头单位:区人资局)\n\n"
    "完成情况:强化就业优先政策,城镇新增就业24277人,城镇登记失业率控制在5.5%以内。\n"
)


def test_the_city_work_reports_numbered_tasks_are_the_citys_targets(tmp_path: Path) -> None:
    by_value = {r.value: r for r in build_one(tmp_path, WUCHANG).records}
    for value in (10, 21):
        assert (by_value[value].region, by_value[value].kind, by_value[value].period) == (
            "武汉市",
            "target",
            "2021",
        )
    # the district's own progress under each task stays the district's
    assert (by_value[1152.04].region, by_value[1152.04].kind) == ("武昌区", "actual")
    assert (by_value[24277].region, by_value[24277].kind) == ("武昌区", "actual")


# fresh20 f20_p18 (新华网 2024-01-18, traditional script): the 2023 review under a title announcing 2024's projects.
JINGAN = (
    "上海靜安發布2024年十項為民辦實事項目\n\n2024-01-18 19:46:05 來源:新華網\n\n"
    "  新華網上海1月18日電(史依靈 郭敬丹)新華網從日前召開的上海市靜安區第二屆人民代表大會第四次會議上獲悉,"
    "2023年,靜安區實現區級一般公共預算收入287.80億元,同比增長3%,總量位列上海中心城區第一。\n"
)


def test_a_past_years_figure_under_a_title_of_plans_is_a_result(tmp_path: Path) -> None:
    by_value = {r.value: r for r in build_one(tmp_path, JINGAN).records}
    assert (by_value[287.8].kind, by_value[287.8].period) == ("actual", "2023")
    assert by_value[10].kind == "target"  # the title's ten projects of 2024


# fresh20 f20_p03 (西青区): a progress meeting on the year's list of works repeats the list's size.
XIQING = "西青区召开20项民心工程落实情况协商通报会\n\n日前,西青区召开20项民心工程落实情况协商通报会。\n"


def test_a_lists_size_in_a_report_on_its_progress_is_the_plan(tmp_path: Path) -> None:
    kinds = {r.kind for r in build_one(tmp_path, XIQING).records if r.value == 20}
    assert kinds == {"target"}
