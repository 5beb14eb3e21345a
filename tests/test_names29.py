"""Indicator names formed from real sentences of the tuning corpus: no predicate or adverb left on the name."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_what_counted_things_do_after_them_is_no_part_of_their_name() -> None:
    # r63 巴中经开区 2016 (dev5): `27家投产工业企业运行良好`
    assert one(records("巴中经济开发区上半年27家投产工业企业运行良好。"), 27).indicator == "投产工业企业"
    # r147 同安 2025 (dev8): `42项为民办实事项目顺利办结`
    assert one(records("2025年,同安区42项为民办实事项目顺利办结。"), 42).indicator == "为民办实事项目"
    # r313 大余 2023 (dev16): `…等3个产业集群加速集聚`
    found = records("大余县钨、锂电新能源、微纳粉体新材料等3个产业集群加速集聚。")
    assert one(found, 3).indicator == "产业集群"
    # f20_p07 宝安 2018 (fresh20): a headline's `出炉`
    assert one(records("2018年宝安区42项民生实事项目出炉。"), 42).indicator == "民生实事项目"
    # f20_p03 西青 (fresh20): `以实施20项民心工程为契机`
    assert one(records("西青区以实施20项民心工程为契机,推进民生改善。"), 20).indicator == "民心工程"


def test_a_rank_said_after_the_counted_things_leaves_their_count_its_name() -> None:
    # r184 腾冲 profile (dev10): `97个中国传统村落居全省第一,48个A级景区居全省第一`
    found = records("腾冲市97个中国传统村落居全省第一,48个A级景区居全省第一。")
    assert one(found, 97).indicator == "中国传统村落"
    assert one(found, 48).indicator == "A级景区"
    assert [r.indicator for r in found if r.unit == "名次"] == ["中国传统村落全省排名", "A级景区全省排名"]


def test_an_adverb_of_time_before_the_verb_is_no_part_of_the_name() -> None:
    # r538 叶城 (dev25): `全县核桃种植面积已经超过54万亩`
    assert one(records("叶城县全县核桃种植面积已经超过54万亩。"), 54).indicator == "核桃种植面积"
    # f17_p13 仙桃 (fresh17): `农产品加工值相继跨越200亿、300亿元、400亿元大关`
    found = records("仙桃市农产品加工值相继跨越200亿、300亿元、400亿元大关。")
    assert {r.indicator for r in found} == {"农产品加工值"}
    # f30_p19 民乐 (fresh30): `马铃薯种植面积每年持续稳定在15万亩`
    assert one(records("民乐县马铃薯种植面积每年持续稳定在15万亩。"), 15).indicator == "马铃薯种植面积"


def test_a_long_name_is_never_cut_inside_a_word() -> None:
    # r422 漾濞 2023 (dev20): one phrase with an aside, no mark to cut at: whole
    found = records("漾濞县2023年主要目标:一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上。")
    assert one(found, 3).indicator == "一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增速"
    # r315 文县 2023 (dev16): a list of indicators ranked together keeps its first item whole
    found = records("2022年,文县一般公共预算收入增速、社会消费品零售总额增速、税比居六县(市)第1位。")
    assert one(found, 1).indicator == "一般公共预算收入增速、社会消费品零售总额增速、税比六县(市)排名"
    # r462 屯昌 2022 (dev22): a long list before `分别` gives each figure its own whole item
    found = records(
        "2021年屯昌县预计地区生产总值、地方一般公共预算收入、社会消费品零售总额较2016年分别增长30.7%、95.8%、36.1%。"
    )
    assert (one(found, 30.7).indicator, one(found, 95.8).indicator) == ("地区生产总值增速", "地方一般公共预算收入增速")


def test_a_words_first_character_is_not_stripped_as_a_lead_word() -> None:
    # r512 嘉定 2021 (dev24): `在线文娱产出126.7亿元`
    found = records("嘉定区1-10月在线文娱产出126.7亿元,同比下降7.7%;在线服务产出151.9亿元。", date="2021-11-20")
    assert (one(found, 126.7).indicator, one(found, 151.9).indicator) == ("在线文娱产出", "在线服务产出")
    # r395 六枝 2025 (dev19): `在籍煤矿24处`
    assert one(records("六枝特区在籍煤矿24处。"), 24).indicator == "在籍煤矿"
    # f30_p08 文水 (fresh30): `完成还绿面积5935.8亩`
    assert one(records("文水县完成还绿面积5935.8亩。"), 5935.8).indicator == "还绿面积"
    # r526 长沙县 2025 (dev25): `对非贸易总额完成134.96亿元`
    assert one(records("长沙县对非贸易总额完成134.96亿元。"), 134.96).indicator == "对非贸易总额"
