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
