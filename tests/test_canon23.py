"""Ranks that name only where they stand (`居生态涵养区第1`, `在全省排名…第36位`, `总量排名全市第四`) rank what the
sentence just named, so they carry its rank's canonical name; after a rate, the rate's (no shared name). Sentences
are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _ranks(tmp_path: Path, text: str) -> list:
    return [r for r in build_one(tmp_path, text).records if r.unit == "名次"]


def test_a_rank_in_a_kind_of_area_ranks_the_level_just_named(tmp_path: Path) -> None:
    # r155 平谷 2025 news
    text = (
        "平谷区2024年经济运行情况\n\n前三季度农村居民人均可支配收入29358元,居生态涵养区第1。"
        "农业生产总值预计完成40.7亿元,连续两年居全市第1。\n"
    )
    ranks = _ranks(tmp_path, text)
    income = next(r for r in ranks if r.text.startswith("居生态"))
    assert income.indicator == "农村居民人均可支配收入生态涵养区排名"
    assert income.canonical == "农村居民人均可支配收入排名"
    assert any(r.indicator == "农业生产总值全市排名" for r in ranks)


def test_a_bare_rank_ranks_the_level_just_named(tmp_path: Path) -> None:
    # r317 平山 十四五 review
    text = "平山县“十四五”回顾\n\n全县地区生产总值年均增长6.6%,2025年首次突破350亿元,在全省排名由2021年第41位上升到第36位。\n"
    rank = next(r for r in _ranks(tmp_path, text) if r.value == 36)
    assert rank.canonical == "地区生产总值排名"


def test_a_rank_by_size_after_the_rates_rank_is_the_levels(tmp_path: Path) -> None:
    # r347 白云 1-9月 (trad page, simplified here)
    text = (
        "白云区前三季度经济运行\n\n根据广州市地区生产总值统一核算结果,今年前三季度,白云地区生产总值为1989.63亿元,"
        "同比增长7.3%。前三季度,白云地区生产总值增速排名全市第三,总量排名全市第四。\n"
    )
    ranks = {r.value: r for r in _ranks(tmp_path, text)}
    assert ranks[4].indicator == "地区生产总值总量全市排名"
    assert ranks[4].canonical == "地区生产总值排名"
    assert ranks[3].canonical == ""  # the rank of a growth rate has no shared name


def test_a_scope_rank_after_a_rate_ranks_the_rate(tmp_path: Path) -> None:
    # r160 巴南 1-9月 2021
    text = (
        "巴南区前三季度经济运行\n\n今年1—9月,巴南区实现地区生产总值682.5亿元,同比增长10.1%,"
        "增速高于全市平均水平0.2个百分点,居中心城区第5位、主城都市区第11位。\n"
    )
    ranks = {r.value: r for r in _ranks(tmp_path, text)}
    assert ranks[5].indicator == "地区生产总值增速中心城区排名"
    assert ranks[11].indicator == "地区生产总值增速主城都市区排名"
    assert ranks[5].canonical == ranks[11].canonical == ""


def test_a_growth_over_a_plans_years_has_no_shared_name(tmp_path: Path) -> None:
    # r376 西安经开区 2021 (trad page, simplified here)
    text = (
        "西安经开区“十三五”发展回顾\n\n西安经开先后引进西门子、ABB、博世等世界500强企业投资项目70余个,外资企业400余家。"
        "“十三五”期间,实际利用外资年均增长12.7%,外贸进出口总额增长39.24%。\n"
    )
    trade = next(r for r in build_one(tmp_path, text).records if r.value == 39.24)
    assert trade.period == "2016-2020"
    assert trade.canonical == ""  # not the year's 进出口总额增速


def test_a_years_growth_keeps_its_shared_name(tmp_path: Path) -> None:
    # r401 白云 2025 work report (a single year's rate is still tagged)
    text = "广州市白云区政府工作报告\n\n2024年地区生产总值3156.37亿元、增长5.2%,总量全市第四、增速全市第二,迈入经济大区行列。\n"
    rate = next(r for r in build_one(tmp_path, text).records if r.value == 5.2)
    assert rate.canonical == "地区生产总值增速"


def test_the_place_after_its_city_goes_from_the_name(tmp_path: Path) -> None:
    # r401 白云 2025 work report
    text = "广州市白云区政府工作报告\n\n2025年广州白云GDP增长约5.5%。\n"
    rate = next(r for r in build_one(tmp_path, text).records if r.value == 5.5)
    assert rate.region == "白云区"
    assert rate.indicator == "GDP增速"
    assert rate.canonical == "地区生产总值增速"


def test_a_zone_by_its_short_kind_goes_from_the_name(tmp_path: Path) -> None:
    # r376 西安经开区 2021 (trad page, simplified here)
    text = (
        "从“北郊”到“新中心” 西安经开区28年实现历史跨越\n\n"
        "[摘要]西安经开地区生产总值由2015年的571亿元提高到2020年的895亿元。\n"
    )
    gdp = next(r for r in build_one(tmp_path, text).records if r.value == 895)
    assert gdp.indicator == "地区生产总值"
    assert gdp.canonical == "地区生产总值"


def test_a_place_whose_first_character_is_a_joining_word_goes_whole(tmp_path: Path) -> None:
    # r411 和平 interview (trad page, simplified here)
    text = "天津市和平区访谈\n\n今年上半年,和平区地区生产总值同比增长5.2%,高于全市平均水平。\n"
    rate = next(r for r in build_one(tmp_path, text).records if r.value == 5.2)
    assert rate.indicator == "地区生产总值增速"
    assert rate.canonical == "地区生产总值增速"


def test_the_zones_other_name_in_brackets_goes_with_it(tmp_path: Path) -> None:
    # u07 浏阳 2023 news
    text = "浏阳经济技术开发区一季度\n\n一季度,浏阳经开区(高新区)完成规模工业总产值 412 亿元, 同比增长 10.3%。\n"
    output = next(r for r in build_one(tmp_path, text).records if r.value == 412)
    assert output.indicator == "规模工业总产值"
    assert output.canonical == "规上工业总产值"


def test_what_the_place_became_is_no_part_of_the_name(tmp_path: Path) -> None:
    # r273 永川 2022 work report
    text = "重庆市永川区政府工作报告\n\n2021年,永川成为全市第8个地区生产总值突破千亿大关的区县。\n"
    gdp = next(r for r in build_one(tmp_path, text).records if r.value == 1000)
    assert gdp.indicator == "地区生产总值"
    assert gdp.canonical == "地区生产总值"
    assert gdp.cmp == ">"


def test_a_rank_after_a_share_of_the_wider_total_is_the_levels(tmp_path: Path) -> None:
    # r97 阿拉善高新区 H1 2024
    text = (
        "阿拉善高新区上半年经济运行\n\n上半年,固定资产投资同比增长44.6%,占全盟投资比重的47.6%,总量居全盟第一、增速第二。\n"
    )
    ranks = {r.value: r for r in _ranks(tmp_path, text)}
    assert ranks[1].indicator == "固定资产投资总量全盟排名"
    assert ranks[1].canonical == "固定资产投资排名"
    assert ranks[2].indicator == "固定资产投资增速全盟排名"
    assert ranks[2].canonical == ""


def test_a_scope_rank_after_a_share_of_the_city_is_the_levels(tmp_path: Path) -> None:
    # f15_p17 青岛西海岸新区 2023
    text = (
        "青岛西海岸新区一季度经济运行\n\n一季度,新区完成地区生产总值1105.96亿元,同比增长5.8%,占全市总量的31.6%,"
        "居青岛各区市之首,经济运行实现“开门红”。\n"
    )
    rank = next(r for r in _ranks(tmp_path, text) if r.value == 1)
    assert rank.indicator == "地区生产总值青岛各区市排名"
    assert rank.canonical == "地区生产总值排名"


def test_a_streak_in_a_named_city_ranks_the_count_just_named(tmp_path: Path) -> None:
    # r359 松江 1-4月 2024
    text = (
        "上海市松江区经济运行\n\n6月7日,上海市松江区经济委员会副主任许士东介绍,松江区集聚规上工业企业1668家,"
        "连续三年位列上海市第一。\n"
    )
    rank = next(r for r in _ranks(tmp_path, text) if r.value == 1)
    assert rank.canonical == "规上工业企业排名"


def test_a_verb_that_says_large_goes_whole_from_the_name(tmp_path: Path) -> None:
    # r411 和平 interview (trad page, simplified here)
    text = "天津市和平区访谈\n\n和平区产业结构持续优化,服务业占比高达96%以上。\n"
    share = next(r for r in build_one(tmp_path, text).records if r.value == 96)
    assert share.indicator == "服务业占比"
    assert share.canonical == "服务业增加值占比"
