"""Indicator names, ranks among peers, pairs of works and not-records taken from real sentences (dev14 and fresh14
pages; each with its page's address)."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def _named(found: list, value: float) -> str:
    return one(found, value).indicator


def test_a_modal_a_bound_and_a_deadline_are_no_part_of_a_name() -> None:
    # f14_p11 苍南 education plan to 2020 (traditional), http://yingzhe-holding.com/ZhongXueJiaoYu/667883.html
    found = records(
        "蒼南縣教育發展規劃。到2020年,省義務教育標準化學校比例要達100%,等級幼兒園覆蓋面達97%以上。"
        "到2020年完成新建、改擴建中小學53所。",
        date="2017-06-01",
    )
    assert _named(found, 100) == "省义务教育标准化学校比例"
    assert _named(found, 97) == "等级幼儿园覆盖面"  # `等` of `等级` does not close a list
    assert _named(found, 53) == "新建、改扩建中小学"
    assert one(found, 53).period == "2020"
    # f14_p05 滨海新区 2020, http://news.enorth.com.cn/system/2020/01/16/037930748.shtml
    found = records("滨海新区。2020年,各开发区招商人员占比均在20%以上。", date="2020-01-16")
    assert _named(found, 20) == "各开发区招商人员占比"


def test_a_change_from_a_time_said_in_words_is_named_by_what_changes() -> None:
    # f14_p08 和县 2021, https://xianyu.chinaxiaokang.com/maanshanshi/hexian/yaowen/2021/0113/4168134.html
    found = records("和县。贫困发生率由建档立卡时的3.94%降至0.002%。", date="2021-01-13")
    assert _named(found, 0.002) == "贫困发生率"


def test_a_rank_among_peers_of_a_prefecture_is_a_rank_not_a_count() -> None:
    # f14_p13 台江 2010, http://3g.qdn.cn/news/tj/201012/45271.shtml: `处于全州15个县首位`
    found = records(
        "台江县。该县2010年第一批、第二批农村危房改造建设进度处于全州15个县首位。", date="2010-12-01"
    )
    (rank,) = found
    assert (rank.value, rank.unit, rank.period) == (1, "名次", "2010")
    assert rank.indicator.endswith("农村危房改造建设进度全州排名")


def test_two_works_measured_and_joined_are_two_records() -> None:
    # f14_p08 和县 2021 (above): `共完成22.3万亩高标准农田和248.6公里机耕路建设`
    found = records("和县。全县共完成22.3万亩高标准农田和248.6公里机耕路建设。", date="2021-01-13")
    assert _named(found, 22.3).startswith("高标准农田")
    assert _named(found, 248.6) == "机耕路建设"


def test_a_level_by_a_deadline_after_a_rate_is_the_rates_subject() -> None:
    # f13_p14 博罗 2021 (traditional), https://hkcd.com/hkcdweb/content/2021/11/17/content_1306342.html
    found = records("博羅縣。今後五年,力爭GDP年均增長約10.5%,到2025年達到1000億元。", date="2021-11-17")
    level = one(found, 1000)
    assert (level.indicator, level.canonical, level.period) == ("GDP", "地区生产总值", "2025")


def test_a_price_change_is_named_its_rise() -> None:
    # r274 高昌 2023 communique (traditional), http://sjzyihang.com/forum.php?extra=page%3D2&mod=viewthread&tid=81384
    found = records(
        "2023年吐魯番市高昌區國民經濟和社會發展統計公報。全年居民消費價格指數比上年同期上漲0.3%。"
        "其中:食品價格下降1.0%;服務價格增長1.5%。",
        date="2024-03-01",
    )
    assert one(found, 0.3).canonical == "居民消费价格涨幅"
    assert _named(found, -1.0) == "食品价格涨幅"
    assert _named(found, 1.5) == "服务价格涨幅"


def test_居家_keeps_its_first_character() -> None:
    # r265 青浦 2021 work report, https://shhjzxcyjdhby.010b.com/info
    found = records(
        "青浦区政府工作报告。2020年,累计集中医学观察29469人、居家隔离观察38955人。", date="2021-01-20"
    )
    assert _named(found, 38955) == "居家隔离观察"


def test_a_profiles_extent_history_and_peoples_are_no_figures() -> None:
    # f14_p09 泰和 profile, http://www.o2omarket.net.cn/h-pd-8731.html
    found = records(
        "泰和县,隶属于江西省吉安市,南北最长处约57千米,东西最宽处约102千米。"
        "泰和文化是庐陵文化的重要组成部分,开科取士以来共产生状元3名、榜眼4名、探花4名、进士399名。"
        "泰和是井冈山革命根据地的组成部分,有开国将军18位,有名有姓的革命烈士5749名。"
    )
    assert found == []
    # f14_p07 平原 yearbook, https://shandong-chorography.org/database/d00/section/25/article/331/
    assert records("平原县概况。有少数民族24个。") == []
    # but the martyrs' families visited are work done (a sentence made for the contrast)
    assert [r.value for r in records("平原县。全年走访慰问烈士家属120户。", date="2020-06-01")] == [120]


def test_a_rank_among_a_citys_counties_after_a_rate_ranks_the_rate() -> None:
    # f14_p10 横州 2025, https://www.gongxunwk.com/doc/2676416.html
    found = records(
        "横州市。一般公共预算收入增长20.87%、高于全区12.6个百分点,排南宁市县域第一。税收收入增长18.46%、排南宁市县域第二。",
        date="2025-02-01",
    )
    assert _named(found, 1) == "一般公共预算收入增速南宁市县域排名"
    assert _named(found, 2) == "税收收入增速南宁市县域排名"


def test_deposits_and_loans_listed_with_a_pause_are_each_a_balance() -> None:
    # r275 桐梓 2024 plan,
    # http://www.gztongzi.gov.cn/zwgk/zdxxgk/fzgh_5887917/gmjjhshfzgh/202411/t20241122_86122466.html
    found = records(
        "桐梓县2024年国民经济和社会发展计划。2023年,金融机构存、贷款余额274.98亿元和294.42亿元,分别增长12.3%和17.6%。",
        date="2024-01-20",
    )
    assert [(r.indicator, r.canonical) for r in found] == [
        ("金融机构存款余额", "金融机构存款余额"),
        ("金融机构贷款余额", "金融机构贷款余额"),
        ("金融机构存款余额增速", "金融机构存款余额增速"),
        ("金融机构贷款余额增速", "金融机构贷款余额增速"),
    ]
