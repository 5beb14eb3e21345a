"""Which figures of real county texts are records, how their values read, and what they are named and about
(sentences from the real corpus's dev splits, tests/real/docs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.numbers import find_quantities
from bot.ingest.pipeline import build_corpus
from bot.ingest.record import Record
from bot.vocabulary import canonical_of


def _build(tmp_path: Path, text: str) -> list[Record]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return build_corpus(tmp_path).records


def _by_value(records: list[Record]) -> dict[tuple[object, str], Record]:
    return {(r.value, r.unit): r for r in records}


# r62 三穗 (a 2011 work report's review, `℅` for %)
_SANSUI = (
    "三穗县2011年政府工作报告\n"
    "初步核算,全县生产总值实现131487万元,同比增长15℅;财政总收入突破亿元大关,实现11338万元,增长57.7℅,"
    "一般预算收入完成7309万元,累计支出64338万元,同比分别增长43.6℅和32.4℅;农民纯收入达到3107元,"
    "较上年增加411元,增长15.2℅;全年全社会固定资产投资完成87102万元,增幅超过68℅。\n"
    "来自县内的162名代表汇聚一堂,庄严履行宪法和法律赋予的神圣职责。\n"
)


def test_a_misprinted_percent_sign_reads_as_percent_and_the_text_keeps_it(tmp_path: Path) -> None:
    found = _by_value(_build(tmp_path, _SANSUI))
    gdp = found[(15, "%")]
    assert (gdp.indicator, gdp.canonical) == ("生产总值增速", "地区生产总值增速")
    assert "15℅" in gdp.text
    assert found[(68, "%")].cmp == ">"
    assert found[(68, "%")].canonical == "固定资产投资增速"


def test_a_threshold_crossed_names_its_magnitude_and_the_level_after_it_is_the_same_indicator(
    tmp_path: Path,
) -> None:
    found = _by_value(_build(tmp_path, _SANSUI))
    crossed = found[(1, "亿元")]
    assert (crossed.indicator, crossed.cmp, crossed.canonical) == ("财政总收入", ">", "财政总收入")
    assert found[(11338, "万元")].canonical == "财政总收入"
    assert found[(57.7, "%")].canonical == "财政总收入增速"


def test_rates_listed_with_fen_bie_are_those_of_the_levels_just_stated(tmp_path: Path) -> None:
    found = _by_value(_build(tmp_path, _SANSUI))
    assert found[(64338, "万元")].canonical == "一般公共预算支出"  # `累计支出` after `一般预算收入`
    assert found[(43.6, "%")].canonical == "一般公共预算收入增速"
    assert found[(32.4, "%")].canonical == "一般公共预算支出增速"


def test_a_rate_after_a_change_is_the_indicator_s_own(tmp_path: Path) -> None:
    found = _by_value(_build(tmp_path, _SANSUI))
    assert found[(3107, "元")].canonical == "农民人均纯收入"
    assert found[(15.2, "%")].canonical == "农民人均纯收入增速"  # `较上年增加411元,增长15.2℅`
    assert (162, "名") not in found  # the delegates of the congress


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (  # r53 桃源: who evaluated, what was measured, the field evaluated
            "桃源县旅游经济增长质量进入全省前20名\n"
            "湖南师范大学旅游研究所等四家单位联合成立的课题组,2017年首次编制湖南省县域旅游经济增长质量指标评价体系。"
            "《报告》从三大影响维度,选取18项指标建立湖南省县域旅游经济增长质量评价指标体系,"
            "对全省122个县(市、区)中的94个进行评分。桃源县进入前20名。",
            [(4, "家"), (18, "项"), (122, "个"), (94, "个")],
            [(20, "名次")],
        ),
        (  # r56 中山火炬: the honours a meeting hands out
            "中山火炬开发区2024年经济工作会议\n"
            "会上,对新晋中山市制造业龙头骨干企业、制造业领军十强企业、服务业杰出贡献十强企业等12个类别共96个"
            "经济和科技工作先进集体进行表彰。签约项目76个。",
            [(12, "个"), (96, "个")],
            [(76, "个")],
        ),
        (  # r58 泉山: a document's parts
            "泉山区2024年政府工作报告\n不折不扣落实区委10个方面40条贯彻举措,新增市场主体1.2万户。",
            [(10, "个"), (40, "条")],
            [(1.2, "万户")],
        ),
        (  # r59 沈丘: a campaign's slogan
            "沈丘县1至8月经济运行\n认清形势,抢抓机遇,决战100天,确保各项经济指标迅速提升。",
            [(100, "天")],
            [],
        ),
        (  # r60 洋县: leaders on an inspection; capacities in a list of production lines
            "洋县经济运行\n30余名县级领导深入重点项目工地、企业调研。"
            "年产2万吨锰合金生产线、2.5万吨钛白粉、1.5万吨海绵钛、20万吨高钛渣生产线也已全面开工建设。",
            [(30, "名"), (20, "万吨")],
            [],
        ),
        (  # r52 东昌府: a streak
            "东昌府区2018年\n2017年、2018年我区连续两次入选全国投资潜力百区。",
            [(2, "次")],
            [],
        ),
        (  # r20 庆云: the indicators a shared rank names
            "庆云县2008年\n社会消费品零售总额等8项指标增幅位居全市第一位。",
            [(8, "项")],
            [(1, "名次")],
        ),
    ],
)
def test_counts_that_tell_how_something_was_done_are_not_records(
    tmp_path: Path, text: str, absent: list[tuple[object, str]], kept: list[tuple[object, str]]
) -> None:
    found = _by_value(_build(tmp_path, text))
    for key in absent:
        assert key not in found, found[key]
    for key in kept:
        assert key in found


def test_thresholds_joined_by_or_qualify_the_count(tmp_path: Path) -> None:
    """r57 钟楼: `超30亿元或3亿美元` says which projects count; the record is the number of them."""
    found = _by_value(
        _build(
            tmp_path,
            "钟楼区2024年重点工作任务\n全年招引落户总投资超30亿元或3亿美元产业项目2个,"
            "总投资超10亿元或1亿美元产业项目5个、首店首牌项目30个。",
        )
    )
    assert set(found) == {(2, "个"), (5, "个"), (30, "个")}
    assert "30亿元" in found[(2, "个")].indicator


def test_a_rate_after_an_aside_is_that_of_the_figure_before_it(tmp_path: Path) -> None:
    """r58 泉山: `地区生产总值760亿元(含港务区)、增长5.6%`; `税占比` is the tax share."""
    found = _by_value(
        _build(
            tmp_path,
            "泉山区2024年政府工作报告\n全年预计(下同)完成地区生产总值760亿元(含港务区)、增长5.6%,税占比90.7%。",
        )
    )
    assert found[(5.6, "%")].canonical == "地区生产总值增速"
    assert found[(90.7, "%")].canonical == "税收收入占比"


def test_a_target_handed_down_and_the_share_of_it_reached(tmp_path: Path) -> None:
    """r64 漳浦: `完成市下达年度目标293亿元的81.4%` is the target (固定资产投资) and the progress against it."""
    found = _by_value(
        _build(
            tmp_path,
            "漳浦县前三季度经济运行\n同时,实现外资实际到资8488万美元,完成固定资产投资238.5亿元,同比增长21.5%,"
            "完成市下达年度目标293亿元的81.4%,超序时进度6.4个百分点。",
        )
    )
    target = found[(293, "亿元")]
    assert (target.kind, target.canonical) == ("target", "固定资产投资")
    assert found[(81.4, "%")].kind == "actual"
    assert found[(8488, "万美元")].canonical == "实际使用外资"


def test_an_unnamed_growth_goal_is_the_economy_s(tmp_path: Path) -> None:
    """r50 龙华: `全面完成7%增长目标,对内按8%分解任务` (9% here, to tell it from the other 8%)."""
    found = _by_value(
        _build(
            tmp_path,
            "深圳市龙华区2023年工作部署\n清单化、指标化,拼经济、抓发展,全面完成7%增长目标,对内按9%分解任务,力争规上工业增加值增长8%。",
        )
    )
    assert (found[(7, "%")].kind, found[(7, "%")].canonical) == ("target", "地区生产总值增速")
    assert found[(8, "%")].canonical == "规上工业增加值增速"
    split = found[(9, "%")]  # the internal split of the goal: a target of its own, not the official one
    assert (split.indicator, split.canonical) == ("经济增速分解目标", "")


def test_magnitudes_written_as_words(tmp_path: Path) -> None:
    """r66 苍南 `签约百亿旅游项目` is 100 亿元 signed; r68 维西 `两乡(镇)` counts townships; `辖3镇7乡` is what
    the county is."""
    assert [(q.value, q.unit) for q in find_quantities("苍南签约百亿旅游项目")] == [(100, "亿元")]
    assert find_quantities("打造成百亿产业") == []
    found = _by_value(
        _build(tmp_path, "维西县旅游\n目前已完成塔城、攀天阁两乡(镇)旅游规划前期工作。全县辖3镇7乡。")
    )
    assert set(found) == {(2, "乡")}


def test_a_project_opening_its_clause_is_the_subject_of_its_investment(tmp_path: Path) -> None:
    """r60 洋县: one project's investment is the project's, not the county's; a count of a kind of projects
    is the county's."""
    found = _by_value(
        _build(
            tmp_path,
            "洋县经济运行\n目前,该县现代材料园区建设项目已累计完成投资45亿元。全县实施产学研合作项目60个。",
        )
    )
    assert found[(45, "亿元")].subject == "现代材料园区建设项目"
    assert found[(60, "个")].subject == ""


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("规上企业产值", "亿元", "规上工业总产值"),  # r60: county usage for industrial output
        ("规上企业产值增速", "%", "规上工业总产值增速"),
        ("外资实际到资", "万美元", "实际使用外资"),  # r64
        ("农民纯收入", "元", "农民人均纯收入"),  # r62: per head, in 元
        ("农民纯收入", "亿元", ""),  # ... a total is not the per-head figure
        ("一般预算支出增速", "%", "一般公共预算支出增速"),
        ("税占比", "%", "税收收入占比"),  # r58
        ("经济增速", "%", "地区生产总值增速"),
        ("经济增速", "个百分点", ""),
    ],
)
def test_vocabulary_of_real_wordings(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


@pytest.mark.parametrize(
    ("clause", "read"),
    [
        ("比上年同期增长-8.7%", [(-8.7, "%")]),  # a fall written with a minus sign
        ("较一季度(-10.8%)回升2.1个百分点", [(-10.8, "%"), (2.1, "个百分点")]),
        ("1-6月增长5%", [(5, "%")]),  # a span's dash is no sign
        ("8-10个", [((8, 10), "个")]),
        ("同比下降14..3%", [(-14.3, "%")]),  # a decimal point typed twice
        ("年度计划投资63. 41亿元", [(63.41, "亿元")]),  # ... or followed by a space
    ],
)
def test_signs_and_mistyped_decimals_read_as_meant(clause: str, read: list[tuple[object, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(clause)] == read


def test_a_comparison_base_s_value_and_the_field_of_a_rank_are_not_records(tmp_path: Path) -> None:
    """Wordings of county statistical releases: `较一季度(-10.8%)`, `居全省34个类区县第1位`; a rate after a share
    is the rate of the thing, not of its share."""
    found = _by_value(
        _build(
            tmp_path,
            "柳林县2024年上半年经济运行情况\n"
            "二季度全县地区生产总值为1437936万元,比上年同期增长-8.7%,较一季度(-10.8%)回升2.1个百分点。"
            "采矿业增加值占比达96.05%,同比下降15.6%。经济总量和增速分别居全省34个类区县第1位、第2位。",
        )
    )
    assert found[(-8.7, "%")].canonical == "地区生产总值增速"
    assert (-10.8, "%") not in found
    assert (34, "个") not in found
    assert found[(-15.6, "%")].indicator == "采矿业增加值增速"


def test_a_bound_before_a_list_of_figures_bounds_each(tmp_path: Path) -> None:
    """r26 如皋高新区: `新增20亿元企业、10亿元企业、亿元企业分别不少于1家、1家和7家` is three targets, each a floor."""
    records = _build(
        tmp_path, "如皋高新区2024年目标任务\n新增20亿元企业、10亿元企业、亿元企业分别不少于1家、1家和7家。"
    )
    assert [(r.indicator, r.value, r.cmp) for r in records] == [
        ("新增20亿元企业", 1, ">="),
        ("10亿元企业", 1, ">="),
        ("亿元企业", 7, ">="),
    ]


def test_unseen_real_texts_figures_that_are_not_records(tmp_path: Path) -> None:
    """A plant's capacity in its name (qiantufanwen.com 泽州), a stretch of months (jkq.yaan.gov.cn 雅安经开区), a
    ceremony's venues (sx.cri.cn 沁源), the sector shares of a structure (ooriskin.com, a 湖南 county) and the
    count of indicators a rank names (szb.jinrifangxian.com 房县) are not figures of the place's work."""
    found = _by_value(
        _build(
            tmp_path,
            "沁源县经济运行\n万鑫顺达100MW光伏并网发电。规上工业增加值同比增长23.5%,持续6个月稳居全市第一。"
            "共设1个主会场和19个分会场。其中20个县级项目。"
            "产业结构构成由上年的22.26%、28.63%和49.11%调整为21.35%、27.92%和50.73%。"
            "工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一。",
        )
    )
    for figure in [(100, "MW"), (6, "个"), (1, "个"), (19, "个"), (3, "项"), (22.26, "%"), (50.73, "%")]:
        assert figure not in found, figure
    assert (23.5, "%") in found and (20, "个") in found


def test_a_bare_yi_after_digits_is_money(tmp_path: Path) -> None:
    """szb.jinrifangxian.com 房县 2018: `全县完成生产总值56.7亿,增长7.5%`."""
    found = _by_value(_build(tmp_path, "房县前三季度经济\n元至九月,全县完成生产总值56.7亿,增长7.5%。"))
    assert found[(56.7, "亿元")].canonical == "地区生产总值"
    assert found[(7.5, "%")].canonical == "地区生产总值增速"
    assert [(q.value, q.unit) for q in find_quantities("人口增长2亿人次")] == [(2, "亿人次")]


def test_a_zones_extent_a_slogan_and_a_list_of_thresholds_are_not_records(tmp_path: Path) -> None:
    """i.xpaper.net (金坛开发区, 2018): the zone's extent, `以两个加快为主抓手`, and `连续实现30亿元以上、50亿元以上以及
    百亿元龙头型重大项目的引进` (amounts that qualify the kind of project) are not figures; the counts are."""
    found = _by_value(
        _build(
            tmp_path,
            "金坛区开发区\n开发区行政管辖面积171平方公里,核心区面积27.5平方公里,近年来以两个加快为主抓手,"
            "3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进,累计引进外资项目12个,"
            "三年来有130多个项目正在加速建设。",
        )
    )
    for figure in [
        (171, "平方公里"),
        (27.5, "平方公里"),
        (2, "个"),
        (30, "亿元"),
        (50, "亿元"),
        (100, "亿元"),
    ]:
        assert figure not in found, figure
    assert found[(12, "个")].indicator == "引进外资项目"
    assert found[(130, "个")].indicator == "项目"


def test_overlapping_phrases_give_one_record_per_figure(tmp_path: Path) -> None:
    """i.xpaper.net (金坛, 2018): `分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%`."""
    records = _build(
        tmp_path,
        "金坛区新闻\n2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;",
    )
    rates = [r for r in records if r.unit == "%"]
    assert [(r.indicator, r.value) for r in rates] == [("国内生产总值年均增速", 24.5)]


def test_a_programme_counted_in_words_is_no_figure(tmp_path: Path) -> None:
    # https://gongwensou.com/zhengfubaogao/34635.html (新晃 2020)
    found = _by_value(
        _build(
            tmp_path,
            "2020年新晃侗族自治县政府工作报告\n2020年6月4日\n2019年工作回顾\n"
            "我们统筹一个阵地、五个新晃建设,县域经济社会平稳健康发展。地区生产总值增长8.4%。\n",
        )
    )
    assert (5, "个") not in found and (1, "个") not in found
    assert (8.4, "%") in found


def test_new_bases_of_a_kind_are_the_places_own_figure(tmp_path: Path) -> None:
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/287209.html (闽清 2018)
    found = _by_value(
        _build(
            tmp_path,
            "闽清县政府工作报告\n2019年1月\n一、2018年工作回顾\n"
            "改造高标准农田3.39万亩,新增农业标准化示范基地2000亩、生态茶园1000亩。\n",
        )
    )
    assert found[(2000, "亩")].subject == ""


def test_a_wider_areas_value_in_brackets_is_no_record(tmp_path: Path) -> None:
    # news.xna8.com 娄底 2015: `增长8.4%,…比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点`
    found = _by_value(
        _build(
            tmp_path,
            "娄底市统计局\n今年上半年,全市生产总值(GDP)440.26亿元,增长8.4%,比全省(7.7%)和全国平均水平(7.0%)"
            "分别高0.7、1.4个百分点。",
        )
    )
    assert (8.4, "%") in found and (0.7, "个百分点") in found and (1.4, "个百分点") in found
    assert (7.7, "%") not in found and (7.0, "%") not in found


def test_the_count_of_a_lists_items_is_no_record(tmp_path: Path) -> None:
    # m.ttyx209.com 金普新区 2023: `限额以上批零住餐四个行业分别增长4.4%、15.7%、0.8%、5.7%`
    found = _by_value(
        _build(tmp_path, "金普新区\n一季度,限额以上批零住餐四个行业分别增长4.4%、15.7%、0.8%、5.7%。")
    )
    assert (4, "个") not in found
    assert {(4.4, "%"), (15.7, "%"), (0.8, "%"), (5.7, "%")} <= set(found)


def test_a_statistical_class_of_projects_is_no_subject(tmp_path: Path) -> None:
    # shareonl.com 1-2月 (trad): `房地产开发项目投资增长35.5%;非房地产开发项目投资下降6.4%`
    found = _by_value(
        _build(tmp_path, "宝安区统计局\n1-2月,房地产开发项目投资增长35.5%;非房地产开发项目投资下降6.4%。")
    )
    assert found[(-6.4, "%")].subject == ""
    assert found[(-6.4, "%")].indicator == "非房地产开发项目投资增速"
    assert found[(35.5, "%")].subject == ""


def test_a_quoted_slogans_count_with_prime_quotes_is_no_record(tmp_path: Path) -> None:
    # wnwk.com: `以邓小平理论和“三个代表〞重要思想为指导`
    found = _build(
        tmp_path, "郯城县政府工作报告\n县政府以邓小平理论和“三个代表〞重要思想为指导,实现生产总值95亿元。"
    )
    assert [(r.value, r.unit) for r in found] == [(95, "亿元")]


def test_a_count_of_firms_that_each_did_something_stays(tmp_path: Path) -> None:
    # r46 芜湖经开区 (dev2): `美的厨卫、美智空调2家企业分别揭榜入选2022年国家智能制造示范工厂`
    found = _by_value(
        _build(
            tmp_path, "芜湖经济技术开发区\n美的厨卫、美智空调2家企业分别揭榜入选2022年国家智能制造示范工厂。"
        )
    )
    assert (2, "家") in found


def test_a_surveys_sampling_rate_is_no_record(tmp_path: Path) -> None:
    # tjgb.hongheiku.com 云和 2022: `据2022年全省5‰人口变动抽样调查推算,年末全县常住人口12.74万人`; a change in
    # per mille points keeps its unit (`比上年下降3.18个千分点`)
    (tmp_path / "doc.txt").write_text(
        "2022年云和县国民经济和社会发展统计公报\n人口自然增长率为-3.19‰,比上年下降3.18个千分点。"
        "据2022年全省5‰人口变动抽样调查推算,年末全县常住人口12.74万人。",
        encoding="utf-8",
    )
    found = {(r.value, r.unit) for r in build_corpus(tmp_path).records}
    assert (5, "‰") not in found
    assert (-3.18, "个千分点") in found
    assert (
        12.74,
        "万人",
    ) not in found  # the place's resident population is a county fact (r21, r111 convention)
