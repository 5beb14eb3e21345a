"""What a name opens with: an act of founding makes it a kind the place founds (the figure stays the place's), the
way into a place is no part of the place's name (tests/gold/README.md, subjects). Sentences are real pages' (id in a
comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.subject import entities_in
from tests.ingest_helpers import build_one, subjects_by_clause


def test_a_base_the_county_founds_is_its_own_figure(tmp_path: Path) -> None:
    # r511 息县 2022 (dev24): the county's area of national standard bases, no base's own name
    text = (
        "息县政府工作报告。\n"
        "农业供给侧改革深入推进,发展弱筋小麦、优质水稻、高油酸花生、稻渔共作180余万亩,"
        "创建全国绿色食品原料标准化生产基地50万亩,成功获选2022年省级现代农业产业园。\n"
    )
    assert subjects_by_clause(tmp_path, text)["创建全国绿色食品原料标准化生产基地50万亩"] == ""


def test_firms_of_a_kind_the_county_founds_are_counted_as_its_own(tmp_path: Path) -> None:
    # f24 汉阴 (fresh24): 157 village labour firms, the county's count
    text = (
        "汉阴县就业扶贫。\n"
        "该县主动与江苏溧阳、新疆生产建设兵团、陕煤集团开展劳务合作,组建村级劳务扶贫公司157个,"
        "建成苏陕协作人力资源超市。\n"
    )
    assert subjects_by_clause(tmp_path, text)["组建村级劳务扶贫公司157个"] == ""
    assert not entities_in("组建村级劳务扶贫公司157个")


def test_a_scenic_area_entered_keeps_its_visitors(tmp_path: Path) -> None:
    # r496 敦煌 2017 (dev23): the scenic areas' own visitors, under their names without `进入`
    text = (
        "敦煌清明小长假旅游火爆。\n"
        "4月1日,进入月牙泉景区的游客达到1698人次。而4月3日,进入莫高窟景区的游客达到4233人次,"
        "这达到了旅游旺季的接待量。\n"
    )
    subjects = subjects_by_clause(tmp_path, text)
    assert subjects["进入月牙泉景区的游客达到1698人次"] == "月牙泉景区"
    assert subjects["进入莫高窟景区的游客达到4233人次"] == "莫高窟景区"


def test_a_project_built_keeps_its_name() -> None:
    # r259 怀安 2022: a building verb is stripped from the project's name, which stays one project's
    names = [e.name for e in entities_in("全力推进怀安乡村振兴综合开发基地项目,总投资5亿元")]
    assert "怀安乡村振兴综合开发基地项目" in names


def _regions(tmp_path: Path, text: str) -> dict[str, str]:
    return {r.text: r.region for r in build_one(tmp_path, text).records}


def test_a_province_opening_a_clause_with_its_own_quantity_speaks_for_itself(tmp_path: Path) -> None:
    # r518 中宁 2013 (dev24): the autonomous region's whole harvest, not the county's
    text = (
        "中宁枸杞喜获丰收\n"
        "6月28日,在宁夏回族自治区中宁县舟塔乡的枸杞种植基地内,当地农户在采摘成熟的枸杞果实。"
        "近日,宁夏回族自治区80余万亩枸杞陆续成熟,当地农户抢抓农时采摘枸杞。\n"
    )
    regions = _regions(tmp_path, text)
    assert regions["宁夏回族自治区80余万亩枸杞陆续成熟"] == "宁夏回族自治区"


def test_a_province_before_a_year_is_no_figure_of_its_own(tmp_path: Path) -> None:
    # a year right after the province opens the county's own figure, as before
    text = "中宁县枸杞喜获丰收\n中宁县枸杞种植面积20万亩。宁夏回族自治区2013年枸杞收购价格每公斤提高5元。\n"
    assert set(_regions(tmp_path, text).values()) == {"中宁县"}
