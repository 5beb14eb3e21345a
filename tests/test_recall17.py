"""Figures the build used to miss although it found the document's place: a bare rate after a phrase that names and
judges its measure. Sentences are real pages' (dev id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _rates(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.indicator for r in build_one(tmp_path, text).records if r.unit == "%"}


def test_a_bare_rate_after_a_judged_measure_is_its_growth(tmp_path: Path) -> None:
    # dev16 r314 晋江 2025 一季度; fresh15 f15_p03 文峰 2025 一季度; dev13 r258 通州 2023 上半年
    text = (
        "晋江市2025年一季度经济运行情况\n"
        "农业生产方面,晋江市农林牧渔业总产值6.89亿元,同比增长3.5%,保持总体平稳的发展态势。"
        "其中,渔业产值增长较快,同比增长4.4%,显示出海洋经济的活力。\n"
        "重点行业中金融业对经济增长支撑显著,同比增长14.7%,上拉经济增速1.6个百分点。\n"
        "一季度,规模以上工业增加值同比增长5.2%,其中生物产业表现突出,同比增长46.2%。\n"
    )
    rates = _rates(tmp_path, text)
    assert rates[4.4] == "渔业产值增速"
    assert rates[46.2] == "生物产业增加值增速"
    assert rates[14.7] == "金融业增速"


def test_a_list_of_counts_in_units_of_one_kind_keeps_every_figure(tmp_path: Path) -> None:
    # dev16 r320 平利 1-9月: the sheep's 万只 after the pigs' 万头 is the list's second figure, not a stray one
    text = "平利县1-9月经济运行情况\n1-9月,全县猪、羊出栏分别达到10.7万头和7.5万只,存栏分别达到15.6万头和12万只。\n"
    found = {(r.value, r.unit) for r in build_one(tmp_path, text).records}
    assert {(10.7, "万头"), (7.5, "万只"), (15.6, "万头"), (12, "万只")} <= found


def test_rates_listed_after_sectors_said_to_grow_fast_are_theirs(tmp_path: Path) -> None:
    # dev13 r258 通州 2023 上半年: `发展较快` lists the sectors whose rates the `分别` phrase then gives
    text = (
        "通州区2023年上半年经济运行情况\n上半年,全区经济运行稳中向好。"
        "重点行业中,汽车制造业、专用设备制造业发展较快,上半年增速分别达到6.3%及16.2%。\n"
    )
    rates = _rates(tmp_path, text)
    assert rates[6.3] == "汽车制造业增速"
    assert rates[16.2] == "专用设备制造业增速"


def test_a_rank_said_to_rise_names_the_place_that_follows(tmp_path: Path) -> None:
    # dev16 r311 攸县 2023: `居53位` alone is the rank the phrase before says rose
    text = "攸县2023年工作总结\n全年地区生产总值增长1.2%;中部百强县排名再进位,居53位。\n"
    (rank,) = [r for r in build_one(tmp_path, text).records if r.unit == "名次"]
    assert (rank.indicator, rank.value) == ("中部百强县排名", 53)


def test_a_share_in_tenths_of_a_named_whole_is_read(tmp_path: Path) -> None:
    # dev13 r244 中宁 (traditional script): `占…的三成以上` is a share of the nation's area, 3 成 at least
    text = "中寧縣枸杞產業發展\n中寧縣持續擴大種植面積,現已達60多萬畝,占全國枸杞總種植面積的三成以上。\n"
    (share,) = [r for r in build_one(tmp_path, text).records if r.unit == "成"]
    assert (share.value, share.cmp) == (3, ">=")


def test_loans_counted_then_summed_give_both_figures(tmp_path: Path) -> None:
    # dev16 r326 瓜州 2023 (traditional script in the source): 184 loans, and their amount
    text = (
        "瓜州縣2023年國民經濟和社會發展統計公報\n2023年,全縣累計發放創業擔保貸款184筆4081.5萬元,扶持創業。\n"
    )
    found = {(r.value, r.unit): r.indicator for r in build_one(tmp_path, text).records}
    assert found[(184, "笔")] == "发放创业担保贷款"
    assert found[(4081.5, "万元")] == "发放创业担保贷款金额"


def test_liquor_by_the_kilolitre_is_read(tmp_path: Path) -> None:
    # fresh13 f13_p09 仁怀 2021
    text = "仁怀市2021年经济运行情况\n2021年,仁怀市白酒包装量完成19.78万千升。\n"
    (record,) = [r for r in build_one(tmp_path, text).records if r.value == 19.78]
    assert (record.unit, record.indicator) == ("万千升", "白酒包装量")


def test_a_projects_investment_before_a_milestone_it_passed_is_its_own(tmp_path: Path) -> None:
    # dev10 r169 新宾 2023 (traditional script in the source)
    text = "新宾满族自治县2023年政府工作报告\n2023年,投资74亿元的苇子峪抽水蓄能电站项目确定最优站址并完成实地勘测。\n"
    (record,) = [r for r in build_one(tmp_path, text).records if r.value == 74]
    assert (record.indicator, record.subject) == ("项目总投资", "苇子峪抽水蓄能电站项目")


def test_hectares_and_tonnes_in_symbols_are_read(tmp_path: Path) -> None:
    # fresh17 f17_p07 周至 (a journal's article on the county's kiwi fruit)
    text = "周至县猕猴桃产业发展\n该县猕猴桃种植面积近2.33万hm2,年产鲜果30万t,果区农民人均种植猕猴桃收入近万元。\n"
    found = {(r.value, r.unit) for r in build_one(tmp_path, text).records}
    assert {(2.33, "万hm2"), (30, "万t")} <= found


def test_a_place_placed_in_a_named_list_ranks_in_that_list(tmp_path: Path) -> None:
    # fresh17 f17_p02 东昌府 2018: the rank is the list's, not a bare 排名 of the district
    text = "东昌府区2018年工作总结\n在年度“全国投资潜力百强区”名单中,我区位列第79位。\n"
    (rank,) = [r for r in build_one(tmp_path, text).records if r.unit == "名次"]
    assert (rank.indicator, rank.value) == ("全国投资潜力百强区排名", 79)


def test_people_counted_in_ten_thousands_by_what_they_are_are_read(tmp_path: Path) -> None:
    # fresh17 f17_p08 修文 2018; fresh14 f14_p01 兴文 2018: 万 and then the people, the unit 人 left out
    text = "修文县2018年脱贫攻坚工作\n2018年,全县猕猴桃产业带动了7万多农民脱贫致富,解决了1.12万贫困人口安全饮水问题。\n"
    found = {(r.value, r.unit, r.cmp) for r in build_one(tmp_path, text).records}
    assert {(7, "万人", ">"), (1.12, "万人", "=")} <= found


def test_a_downward_pull_on_growth_is_a_negative_pull(tmp_path: Path) -> None:
    # dev15 r293 沁水 2024 bulletin
    text = (
        "沁水县2024年国民经济和社会发展统计公报\n2024年,交通运输、仓储邮政业增加值9.3亿元,下降3.0%,"
        "对经济增长的贡献率为-1.2%,下拉经济0.1个百分点;批发和零售业增加值14.2亿元,增长8.0%,"
        "对经济增长的贡献率为3.7%,拉动经济增长0.3个百分点。\n"
    )
    pulls = {r.value: r.indicator for r in build_one(tmp_path, text).records if r.unit == "个百分点"}
    assert pulls[-0.1] == "交通运输、仓储邮政业拉动经济增长"
    assert pulls[0.3] == "批发和零售业拉动经济增长"


def test_where_a_level_grew_from_is_a_record_too(tmp_path: Path) -> None:
    # dev15 r295 寻乌 (an interview on the 十四五 years): `从…增至…` as `从…增加到…` keeps both ends
    text = (
        "寻乌县“十四五”发展综述\n“十四五”以来,全县地区生产总值年均增长7.1%,总量从102.68亿元增至168.8亿元。\n"
    )
    levels = {r.value for r in build_one(tmp_path, text).records if r.unit == "亿元"}
    assert levels == {102.68, 168.8}


def test_a_second_count_after_a_list_comma_is_the_same_lists(tmp_path: Path) -> None:
    # fresh15 f15_p02 苏尼特左旗 2021: horses in 匹, then camels in 峰, in one list without 分别
    text = "苏尼特左旗2021年畜牧业发展\n2021年,苏尼特双峰驼和蒙古马养殖规模稳定在2万匹、5000峰左右。\n"
    found = {(r.value, r.unit) for r in build_one(tmp_path, text).records}
    assert {(2, "万匹"), (5000, "峰")} <= found
