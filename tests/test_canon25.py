"""Indicator names of funds won from higher levels: `争取` is the figure's own verb there (what the place secured),
not a target's hedge, and stays on the name, as the tuning gold names them in nine documents of eight splits.
Sentences are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _named(tmp_path: Path, text: str, value: float) -> str:
    records = build_one(tmp_path, text).records
    return next(r for r in records if r.value == value).indicator


def test_funds_won_keep_their_verb(tmp_path: Path) -> None:
    # dev17 r332 临颍 2024 work report (review of 2023)
    text = (
        "临颍县人民政府工作报告(2024年2月27日)\n\n"
        "纳入省重点项目28个,数量居全市第1位、全省第3位;争取政策性资金25.9亿元、增长13.5%;投融资公司融资51.5亿元。\n"
    )
    records = build_one(tmp_path, text).records
    names = {r.value: r.indicator for r in records}
    assert names[25.9] == "争取政策性资金"
    assert names[13.5] == "争取政策性资金增速"


def test_bonds_won_keep_their_verb(tmp_path: Path) -> None:
    # dev24 r511 息县 2022 work report (review of the past five years)
    text = "息县2022年政府工作报告\n\n争取政府债券资金59.62亿元,实施亿元以上项目120个。\n"
    assert _named(tmp_path, text, 59.62) == "争取政府债券资金"


def test_a_target_hedge_still_leaves_the_name(tmp_path: Path) -> None:
    # fresh18 f18_p17 洞头 2023 plan: `争取` before no fund won is the plan's word, as before
    text = (
        "温州市洞头区人民政府\n\n洞头区大力提升科技创新能力实施方案(2023—2025年)\n\n"
        "——高能级平台体系加快完善。不断加快技术创新体系建设,争取建成省级重点企业研究院1家,市级重点实验室1家。\n"
    )
    records = build_one(tmp_path, text).records
    record = next(r for r in records if r.indicator.endswith("省级重点企业研究院"))
    assert record.indicator == "建成省级重点企业研究院"
    assert record.kind == "target"


# dev12 r223 海陵工业园区 2022 (a city paper's series on its parks)
HAILING = (
    "江苏泰州海陵工业园区位于泰州主城区东部,组建于2003年4月。\n"
    "2021年,园区完成规上工业总产值258.3亿元、工业开票销售292.8亿元、一般公共预算收入7.3亿元,"
    "分别同比增长14.5%、19.6%、22.5%\n"
)


def test_a_lists_rates_follow_its_levels_in_order(tmp_path: Path) -> None:
    # the rates' phrase begins at the list's second level; each rate is still its own level's, in order
    records = build_one(tmp_path, HAILING).records
    by_value = {r.value: r for r in records}
    assert by_value[14.5].indicator == "规上工业总产值增速"
    assert by_value[14.5].canonical == "规上工业总产值增速"
    assert by_value[19.6].indicator == "工业开票销售增速"
    assert by_value[22.5].canonical == "一般公共预算收入增速"


def test_a_targets_rates_follow_its_levels_in_order(tmp_path: Path) -> None:
    # dev24 r503 竹山 (a 十堰 paper's report of the county's targets, simplified here)
    text = (
        "竹山县召开经济工作会议。\n"
        "今年,该县以打造竹房城镇带示范区、加快堵河水电开发、推进新型工业化、培植特色产业等为重点,力争实现地区生产总值"
        "41亿元、财政收入3.3亿元、农民人均纯收入3730元,同比分别增长15%、20%、12%以上。\n"
    )
    records = build_one(tmp_path, text).records
    by_value = {r.value: r for r in records if r.unit == "%"}
    assert by_value[15].canonical == "地区生产总值增速"
    assert by_value[20].canonical == "财政总收入增速"
    assert by_value[12].indicator == "农民人均纯收入增速"


def test_a_word_said_twice_where_the_parts_meet_is_said_once(tmp_path: Path) -> None:
    # dev24 r512 嘉定 2021 (1-10月 industry bulletin)
    text = (
        "嘉定区2021年1-10月工业经济运行情况\n\n"
        "10月份,全口径工业实现工业总产值503.4亿元,同比下降11.0%;区属规模工业实现工业总产值255.1亿元,同比下降0.8%。\n"
    )
    records = build_one(tmp_path, text).records
    by_value = {r.value: r for r in records}
    assert by_value[503.4].indicator == "全口径工业总产值"
    assert by_value[503.4].canonical == ""  # all industry, not the firms above the size limit
    assert by_value[255.1].indicator == "区属规模工业总产值"
