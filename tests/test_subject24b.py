"""A group or a cooperative named once and then called by its kind (`该集团`, `合作社`) is the subject of the figures
that refer back to it, as a company is after `该公司` (tests/real/README.md, dev23). Sentences are real pages' (id in a
comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.subject import entities_in
from tests.ingest_helpers import subjects_by_clause


def test_a_group_called_again_by_its_kind_keeps_its_figures(tmp_path: Path) -> None:
    # r480 南丹 (dev23): the group's own investment and capacity, not the county's
    text = (
        "南丹县推进产业转型。\n"
        "项目的实施者丹泉集团靠有色金属起家。副总经理覃建良说:“以前有色金属价格一下滑,企业就举步维艰。”"
        "该集团投资近30亿元,对生产基地、文化产业和旅游产业进行升级改造,形成了一、二、三产业联动一体化发展格局:"
        "酱香酒产能达8000吨,居全国第三。\n"
    )
    subjects = subjects_by_clause(tmp_path, text)
    assert subjects["该集团投资近30亿元"] == "丹泉集团"
    assert subjects["酱香酒产能达8000吨"] == "丹泉集团"


def test_a_cooperative_named_then_called_by_its_kind(tmp_path: Path) -> None:
    # r487 大通 (dev23): the cooperative's planting, its own figures in its head's words
    text = (
        "大通回族土族自治县乡村振兴见闻。\n"
        "来到大通县景阳镇甘树湾村丰谷良种繁育专业合作社,理事长保吉栋正带领村民在田间除草。"
        "“今年合作社种植甘蓝1300亩、蒜苗400亩。现在蔬菜种植技术成熟了。2021年,甘蓝亩产达到了1万斤,"
        "合作社支付季节性劳务费100万元左右。”\n"
    )
    subjects = subjects_by_clause(tmp_path, text)
    assert subjects["今年合作社种植甘蓝1300亩"] == "丰谷良种繁育专业合作社"
    assert subjects["蒜苗400亩"] == "丰谷良种繁育专业合作社"
    assert subjects["合作社支付季节性劳务费100万元左右"] == "丰谷良种繁育专业合作社"


def test_a_kind_of_cooperative_is_no_one_cooperative() -> None:
    # r283 吴桥 (dev15), f23_p11 大洼 (fresh23), r235 久治 (dev12, trad): counts of a kind, the place's own
    assert entities_in("发展农民专业合作社393家、家庭农场696家") == []
    assert entities_in("我县有9家蔬菜生产专业合作社") == []
    assert entities_in("組建了股份制生態畜牧業合作社22家") == []
    # f23_p05 康县 (fresh23): named ones, after what was done to them and where they are
    names = [e.name for e in entities_in("扶持培育了阳坝天麻专业合作社、康县富民中药材专业合作社等一批农民合作经济组织")]
    assert names == ["阳坝天麻专业合作社", "富民中药材专业合作社"]
