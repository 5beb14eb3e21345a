"""Indicator names of the twenty-first round: debris and verbs left in names, shares, sown areas, sectors and price
bases (tests/real/README.md, "Name calls settled in the twenty-first round"). Each test quotes the real text."""

from __future__ import annotations

from tests.ingest_helpers import records


def _names(text: str, place: str, date: str) -> dict[tuple[float, str], tuple[str, str]]:
    return {(r.value, r.unit): (r.indicator, r.canonical) for r in records(text, date=date, places=(place,))}


# --- price bases -----------------------------------------------------------------------------------------------------


def test_current_price_gdp_keeps_its_basis_and_is_gdp() -> None:
    # dev19 r392 大悟 2022 bulletin: `当年价` is no time word
    found = _names("全县实现当年价生产总值[1]2137232万元,比上年增长4.8%。", "大悟县", "2023-04-20")
    assert found[(2137232, "万元")] == ("当年价生产总值", "地区生产总值")


def test_comparable_price_without_jisuan_is_how_the_rate_is_counted() -> None:
    # dev19 r379 邗江 2023 midyear
    text = "今年上半年,邗江全区地区生产总值完成475.09亿元,按可比价增长7.2%,高出全市平均水平0.2个百分点,位居全市第一位。"
    found = _names(text, "邗江区", "2023-07-20")
    assert found[(7.2, "%")] == ("地区生产总值增速", "地区生产总值增速")
    assert found[(1, "名次")][0] == "地区生产总值增速全市排名"


def test_comparable_scope_is_how_the_rates_are_counted() -> None:
    # dev11 r206 长春高新区 2013
    text = "全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元,按可比口径分别增长20.1%和12.1%。"
    found = _names(text, "长春高新技术产业开发区", "2014-01-20")
    assert found[(20.1, "%")] == ("全口径财政收入增速", "财政总收入增速")
    assert found[(12.1, "%")] == ("一般预算财政收入增速", "一般公共预算收入增速")


# --- debris, verbs and hedges ----------------------------------------------------------------------------------------


def test_a_pause_mark_left_by_an_aside_is_no_part_of_the_name() -> None:
    # fresh20 f20_p15 宜春经开区 2008
    text = "全年实现工业总产值 20.6亿元(不含袁州医药工业园,下同)、主营业务收入26.9亿元、财政总收入 1.2亿元。"
    assert _names(text, "宜春经济开发区", "2009-01-20")[(26.9, "亿元")][0] == "主营业务收入"


def test_setting_and_winning_verbs_leave_the_name() -> None:
    # dev19 r401 白云 2025; dev r03 长沙县 2023
    found = _names("广州白云在 2025 年设定地区生产总值增长 5.5%左右的目标。", "白云区", "2025-01-20")
    assert found[(5.5, "%")] == ("地区生产总值增速", "地区生产总值增速")
    assert _names("全县荣获中国质量奖提名奖2个。", "长沙县", "2023-01-20")[(2, "个")][0] == "中国质量奖提名奖"


def test_a_hedge_before_the_verb_leaves_the_name() -> None:
    # dev17 r352 平罗; fresh19 f19_p02 抚松; fresh18 f18_p01 龙潭
    assert (
        _names("预计2022年全年工业产值有望突破700亿元。", "平罗县", "2022-06-20")[(700, "亿元")][0]
        == "工业产值"
    )
    assert _names("吉林省人参产值可望突破1200亿元。", "抚松县", "2022-06-20")[(1200, "亿元")][0] == "人参产值"
    found = _names("全区3000万元以上开工建设项目必保达到80项。", "龙潭区", "2011-02-20")
    assert found[(80, "项")][0] == "3000万元以上开工建设项目"


# --- shares, sown areas, sectors ---------------------------------------------------------------------------------


def test_a_share_of_a_named_whole_is_named_with_bizhong() -> None:
    # dev17 r334 龙城 (trad); dev9 r165 嵩明 2023; dev15 r297 光泽 2017
    found = _names("现代农业园区项目9个,占全部项目总数的9.8%。", "龙城区", "2023-01-20")
    assert found[(9.8, "%")][0] == "现代农业园区项目占全部项目总数比重"
    found = _names("基本民生支出19.18亿元,占一般公共预算支出的77.9%。", "嵩明县", "2023-01-20")
    assert found[(77.9, "%")][0] == "基本民生支出占一般公共预算支出比重"
    found = _names("第一产业增加值占地区生产总值的比重为44.2%。", "光泽县", "2018-01-20")
    assert found[(44.2, "%")][0] == "第一产业增加值占地区生产总值比重"
    # fresh13 f13_p10 新郑 2013: `占地方…` is a share, not the land a thing takes up
    found = _names("税收收入完成20亿元,占地方公共财政预算收入72.6%。", "新郑市", "2014-01-20")
    assert found[(72.6, "%")] == ("税收收入占地方公共财政预算收入比重", "税收收入占比")


def test_a_plans_part_reached_stays_progress() -> None:
    # dev4 r35 济南 2022 projects: `占年度计划投资130%` is progress against the plan
    found = _names("市级重大项目完成投资120亿元,占年度计划投资130%。", "晋安区", "2022-01-20")
    assert found[(130, "%")][0] == "市级重大项目完成投资占年度计划比例"


def test_an_area_named_by_its_sowing_verb_is_the_area_sown() -> None:
    # dev17 r351 托里 2023 (and the rate after it)
    text = "2023年全县农作物总播种55.06万亩,同比增长3.1%。小麦种植9.18万亩,同比下降3.67%;玉米种植30.26万亩,同比增长7.88%。"
    found = _names(text, "托里县", "2024-01-20")
    assert found[(55.06, "万亩")][0] == "农作物总播种面积"
    assert found[(3.1, "%")][0] == "农作物总播种面积增速"
    assert found[(9.18, "万亩")][0] == "小麦种植面积"
    assert found[(-3.67, "%")][0] == "小麦种植面积增速"


def test_a_sector_alone_in_money_is_its_value_added() -> None:
    # fresh13 f13_p01 伊吾 2016 (trad in the page); dev16 r320 平利
    text = (
        "经测算,地区生产总值445636万元,同比增长11.0%,其中:第一产业54238万元,同比增长9.6%;第二产业314601万元,"
        "同比增长11.7%;第三产业76797万元,同比增长8.9%。"
    )
    found = _names(text, "伊吾县", "2017-01-20")
    assert found[(54238, "万元")][0] == "第一产业增加值"
    assert found[(9.6, "%")][0] == "第一产业增加值增速"
    assert found[(76797, "万元")] == ("第三产业增加值", "服务业增加值")
    found = _names(
        "1-9月全县国内生产总值完成8.1350亿元。其中:一产3.3360亿元,二产2.2510亿元。", "平利县", "2019-10-20"
    )
    assert found[(3.336, "亿元")][0] == "一产增加值"
