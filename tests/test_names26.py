"""Indicator names formed from real sentences of the tuning corpus: a level's rank after its rate."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_a_rank_of_the_total_after_a_rate_is_the_levels() -> None:
    # f24_p16 吴江 2020 (fresh24): `实际使用外资4.56亿美元,增长13.1%,总量居苏州第6`: the level's rank, not the rate's
    found = records(
        "吴江区2020年商务工作。2020年,全区实际使用外资4.56亿美元,增长13.1%,总量居苏州第6。"
        "全区实现进出口总额216.68亿美元,增长2.4%,总量居苏州第5,增速苏州第4。",
        date="2021-01-10",
    )
    sixth = one(found, 6)
    assert (sixth.indicator, sixth.canonical) == ("实际使用外资总量苏州排名", "实际使用外资排名")
    assert one(found, 5).canonical == "进出口总额排名"
    assert one(found, 4).indicator == "进出口总额增速苏州排名"
    # r535 滨江 midyear (dev25): `规上工业增加值400.7亿元,同比增长8.9%,总量居杭州第一,增速居杭州第二`
    found = records("上半年,高新区(滨江)实现规上工业增加值400.7亿元,同比增长8.9%,总量居杭州第一,增速居杭州第二。")
    first = [r for r in found if r.unit == "名次" and r.value == 1]
    assert [(r.indicator, r.canonical) for r in first] == [("规上工业增加值总量杭州排名", "规上工业增加值排名")]

