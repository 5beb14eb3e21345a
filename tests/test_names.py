"""Indicator names and canonical names as real county documents word them (sentences from real reports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.pipeline import build_corpus
from bot.vocabulary import canonical_of


def _records(tmp_path: Path, text: str) -> dict[tuple[object, str], tuple[str, str, str]]:
    """(value, unit) → (region, indicator, canonical) of the records one document gives."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = build_corpus(tmp_path)
    return {
        (tuple(r.value) if isinstance(r.value, list) else r.value, r.unit): (
            r.region,
            r.indicator,
            r.canonical,
        )
        for r in result.records
    }


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("社会消费零售总额", "万元", "社会消费品零售总额"),  # the 品 left out, as a 2010 report writes it
        ("全年粮食总量", "万吨", "粮食产量"),
        ("居民消费价格指数", "%", "居民消费价格涨幅"),  # `控制在3.5%以内`: the index's rise
        ("居民消费价格上涨", "%", "居民消费价格涨幅"),
        ("7月份工业总产值", "亿元", "规上工业总产值"),  # a month's figure is still the indicator
        ("工业投资总量占固定资产投资比重", "%", "工业投资占比"),  # the denominator names another family
        ("税比", "%", "税收收入占比"),
        ("农林牧渔业总产值可比增长", "%", "农林牧渔业总产值增速"),
    ],
)
def test_real_wordings_get_their_canonical_name(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


@pytest.mark.parametrize(
    ("indicator", "unit"),
    [
        ("地区生产总值年均增速", "%"),  # an average over the plan's years is not the year's growth rate
        ("进出口总额年均增长", "%"),
        ("税比", "亿元"),
    ],
)
def test_averages_over_years_have_no_canonical_name(indicator: str, unit: str) -> None:
    assert canonical_of(indicator, unit) == ""


def test_names_lose_references_enumerators_and_hedges(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "贞丰县2010年1-7月经济运行情况\n"
        "1-7月,该县财政总收入突破4.27亿元,比上年增长49.77%。"
        "该县工业总产值达到21.78亿元,比上年同期增长42.9%,增加值9.29亿元,比上年增长52.3%。"
        "预计全年粮食总量可达11.23万吨。\n"
        "一、GDP同比增长6.4%\n"
        "扶绥县县长说,到2012年,一个是GDP超过百亿,一个是工业总产值超过百亿元。",
    )
    assert found[(4.27, "亿元")][1:] == ("财政总收入", "财政总收入")
    assert found[(49.77, "%")][1:] == ("财政总收入增速", "财政总收入增速")
    assert found[(42.9, "%")][1:] == ("工业总产值增速", "规上工业总产值增速")
    assert found[(9.29, "亿元")][1:] == ("工业增加值", "规上工业增加值")  # the bare 增加值 is industry's
    assert found[(52.3, "%")][1:] == ("工业增加值增速", "规上工业增加值增速")
    assert found[(11.23, "万吨")][2] == "粮食产量"
    assert found[(6.4, "%")][1:] == ("GDP增速", "地区生产总值增速")
    assert found[(100, "亿元")][2] in ("地区生产总值", "规上工业总产值")


def test_joined_names_before_respectively_give_one_record_each(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "五莲县人民政府工作报告\n2012年,全县农民人均纯收入和城镇居民人均可支配收入分别达到9807元和18817元,"
        "分别增长18%和16.5%。",
    )
    assert found[(9807, "元")][1:] == ("农民人均纯收入", "农民人均纯收入")
    assert found[(18817, "元")][1:] == ("城镇居民人均可支配收入", "城镇居民人均可支配收入")
    assert found[(18, "%")][2] == "农民人均纯收入增速"
    assert found[(16.5, "%")][2] == "城镇居民人均可支配收入增速"


def test_per_capita_income_in_a_sentence_about_town_and_country(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "陇县人民政府\n2024年,城乡居民收入实现跨越式增长,人均可支配收入分别达38922元和17998元。",
    )
    assert found[(38922, "元")][2] == "城镇居民人均可支配收入"
    assert found[(17998, "元")][2] == "农村居民人均可支配收入"


def test_small_form_semicolons_end_a_clause(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "湟中区人民政府工作报告\n2024年主要预期目标:城镇登记失业率控制在市定目标内﹔粮食总产量保持在10.42万吨以上。",
    )
    assert found[(10.42, "万吨")][1:] == ("粮食总产量", "粮食产量")


def test_a_countys_zone_named_by_its_short_form_is_its_own_place(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "淮南寿县:聚精会神抓经济\n2024年01月04日 来源:人民网\n"
        "在刚刚过去的2023年,寿县全力以赴拼经济,全县新签约项目120个。"
        "特别是该县经开区建设不断刷新纪录,全年经开区新增注册企业441家、增长120.5%,新增规上工业企业33家。",
    )
    assert found[(120, "个")][0] == "寿县"
    assert found[(441, "家")][:2] == ("寿县经济开发区", "新增注册企业")  # the zone is the place, not the name
    assert found[(33, "家")][0] == "寿县经济开发区"


def test_an_older_text_keeps_the_countys_name_of_its_time(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "张益民在中国共产党旬阳县第十三届委员会第十一次全体会上的讲话\n成文日期: 2010年09月02日\n"
        "上半年,全县完成生产总值22.6亿元,同比增长13.2%。旬阳县的发展势头良好。",
    )
    assert found[(22.6, "亿元")][0] == "旬阳县"


def test_a_former_name_with_its_party_secretary_is_the_texts_county(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "●本报记者 王艳蓉 去年沙县县域经济综合实力继续保持在全省第11位,并得到肯定。"
        "面对成绩,沙县县委书记袁超洪在接受记者采访时说,海西建设带来机遇,沙县要增强紧迫感。",
    )
    assert found[(11, "名次")][0] == "沙县"


def test_counts_that_are_not_figures_of_the_places_work(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "沁县人民政府办公室关于印发任务分解的通知\n"
        "现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》印发给你们。"
        "《2025年县<政府工作报告>任务分解》明确133项具体任务,涉及34个牵头单位。\n"
        "2.2025年十五件民盼实事任务分解\n"
        "一、县示范区管委会牵头工作(8项)\n"
        "1.推动潞讯精密电子30条生产线投产。\n"
        "来自全县各地各行各业的160多名代表与会。"
        "全县有9条河流、1个国家级自然保护区。实现平均每3天落地1个亿元项目。"
        "在西部50家国开区中排名第7位。我们争取到2027年在两个经济指标上达到两个百亿。",
    )
    assert (30, "条") in found  # the one task with a figure of its own
    for figure in [
        (15, "件"),
        (133, "项"),
        (34, "个"),
        (8, "项"),
        (160, "名"),
        (9, "条"),
        (1, "个"),
        (50, "家"),
    ]:
        assert figure not in found, figure
    assert (2, "个") not in found and (100, "亿元") not in found


def test_counts_of_big_projects_and_clusters_stay(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "肥西县人民政府工作报告\n今后五年,打造3-5个千亿级产业集群。去年,全县7个百亿项目中2个开工。",
    )
    assert ((3, 5), "个") in found
    assert (7, "个") in found


def test_a_crop_that_yields_less_falls(tmp_path: Path) -> None:
    found = _records(tmp_path, "贞丰县统计局\n1-7月,受旱灾影响,全县夏季粮油减产87.8%。")
    assert found[(-87.8, "%")][1] == "夏季粮油增速"


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("地区生产总值(GDP)增长", "%", "地区生产总值增速"),
        ("地方公共财政收入", "亿元", "一般公共预算收入"),  # the name of 2008-2013 reports
        ("实际利用外商直接投资", "万美元", "实际使用外资"),
        ("研发经费支出占地区生产总值比重", "%", "研发经费投入强度"),
        ("城市空气质量优良天数比例", "%", "空气质量优良天数比例"),
        ("全年粮食总产", "万吨", "粮食产量"),
        ("实际使用外资金额", "亿美元", "实际使用外资"),
        ("城镇新增就业人员", "万人", "城镇新增就业"),
    ],
)
def test_more_real_wordings_of_the_common_indicators(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


def test_three_names_listed_before_respectively(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(
        "郏县人民政府工作报告\n2023年,“三个一批”项目开工率、投产率、达效率分别达100%、78%、100%。",
        encoding="utf-8",
    )
    found = [(r.indicator[-3:], r.value) for r in build_corpus(tmp_path).records]
    assert found == [("开工率", 100), ("投产率", 78), ("达效率", 100)]


def test_a_county_called_by_its_one_character_name(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "中国红星宣纸扫一扫 关注我们\n7月10日下午,市调研组来到我县,就今年1—6月份全县经济发展情况进行调研。"
        "在泾调研期间,调研组先后深入到企业现场。上半年,完成财政收入7.4亿元、增长24.9%。",
    )
    assert found[(7.4, "亿元")][0] == "泾县"


def test_a_one_character_name_without_a_countys_own_words_names_nothing(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(
        "在泾调研期间,调研组先后深入到企业现场。上半年,完成财政收入7.4亿元。", encoding="utf-8"
    )
    assert build_corpus(tmp_path).records == []


def test_investments_of_listed_and_built_projects_are_theirs(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(
        "寿县人民政府\n2023年,总投资108亿元的远景零碳产业园、53.2亿元的安丰玻璃深加工、50亿元的新桥万洋众创城等"
        "重大项目相继落地。\n2024年重点任务\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。",
        encoding="utf-8",
    )
    found = {r.value: r.subject for r in build_corpus(tmp_path).records}
    assert found == {
        108: "远景零碳产业园",
        53.2: "安丰玻璃深加工",
        50: "新桥万洋众创城",
        3000: "南美白对虾工厂化循环水养殖基地",
    }


def test_one_figure_for_a_group_of_projects_has_no_subject(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(
        "海安市人民政府\n2023年,总投资超50亿元的桐昆三期、恒科新材料等项目加快建设。", encoding="utf-8"
    )
    assert all(not r.subject for r in build_corpus(tmp_path).records)  # one total, not 桐昆三期's own


def test_an_investment_and_the_area_it_treats(tmp_path: Path) -> None:
    found = _records(tmp_path, "贞丰县统计局\n1-7月,全县并投资160万元对10万亩玉米增施钾肥。")
    assert (160, "万元") in found
    assert found[(10, "万亩")][1] == "玉米增施钾肥面积"


def test_a_count_names_what_is_counted_not_what_it_did(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "陆丰市人民政府工作报告\n2021年,全市83个重点项目累计完成投资200.64亿元。上半年已完成300多个5G基站的建设。",
    )
    assert found[(83, "个")][1] == "重点项目"
    assert found[(300, "个")][1].startswith("5G基站")


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("固定资产投资(不含农户)增速", "%", "固定资产投资增速"),  # how it is counted, not what it is
        ("规模以上工业增加值(可比价)增速", "%", "规上工业增加值增速"),
        ("GDP总量", "亿元", "地区生产总值"),
        ("每万人口发明专利拥有量", "件", "万人发明专利拥有量"),
        ("三产增加值", "亿元", "服务业增加值"),
    ],
)
def test_asides_and_short_forms(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


def test_rates_of_items_listed_in_the_clause_before(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(
        "缙云县2023年上半年经济运行情况\n上半年,主导产业中,禽蛋产量、水果和蔬菜增长较快,增速分别达9.1%、7.5%、5.5%。",
        encoding="utf-8",
    )
    found = [(r.indicator, r.value) for r in build_corpus(tmp_path).records]
    assert found == [("禽蛋产量增速", 9.1), ("水果增速", 7.5), ("蔬菜增速", 5.5)]


def test_livestock_and_gigawatts_are_units(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "陇县人民政府\n2024年,奶山羊存栏量达57.3万只,生猪出栏20万头。到2025年,新能源产业装机容量将达1.6吉瓦。"
        "只有坚持发展,才能实现目标。",
    )
    assert {(57.3, "万只"), (20, "万头"), (1.6, "吉瓦")} <= set(found)


def test_one_rate_shared_by_two_indicators_is_one_record_naming_both(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "寿县人民政府\n2023年,固定资产投资、规上工业增加值均保持15%以上的增长率,人均地区生产总值均增长8%。",
    )
    assert found[(15, "%")][1:] == ("固定资产投资、规上工业增加值增速", "")
    assert found[(8, "%")][2] == "人均地区生产总值增速"


def test_value_added_after_a_semicolon_is_the_output_named_before(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "贞丰县统计局\n截至7月底,该县工业总产值达到21.78亿元,比上年同期增长42.9%;增加值9.29亿元,比上年增长52.3%。",
    )
    assert found[(9.29, "亿元")][1:] == ("工业增加值", "规上工业增加值")
    assert found[(52.3, "%")][2] == "规上工业增加值增速"


def test_a_name_after_its_figure(tmp_path: Path) -> None:
    found = _records(tmp_path, "泗阳县人民政府\n到2025年,全县要达到1000亿元的工业开票销售收入。")
    assert found[(1000, "亿元")][1:] == ("工业开票销售收入", "工业开票销售")


def test_a_countys_zone_named_in_full_elsewhere_keeps_that_name(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "浏阳市人民政府\n2023年,浏阳经济技术开发区获评国家级绿色园区。全年经开区新增规上工业企业33家。全市新增企业100家。",
    )
    assert found[(33, "家")][0] == "浏阳经济技术开发区"
    assert found[(100, "家")][0] == "浏阳市"


def test_a_modern_text_recalling_the_old_name_keeps_the_current_one(tmp_path: Path) -> None:
    found = _records(
        tmp_path,
        "海门区人民政府\n撤销海门市,设立海门区以来,原海门市的产业基础不断巩固。2023年,全区地区生产总值1500亿元。",
    )
    assert found[(1500, "亿元")][0] == "海门区"


def test_names_of_unseen_real_wordings_are_clean(tmp_path: Path) -> None:
    """Sentences of real county texts outside the corpus: an abbreviation in brackets (ooriskin.com, a 湖南 county's
    2023 statistics), a quarter and the whole district before the name (fl.gov.cn 涪陵 2025), what the counted
    projects did after them (qiantufanwen.com 泽州, sx.cri.cn 沁源, bbs.esanxia.com 兴山), 完成率 and 在建项目
    (liannan.gov.cn, minhou.gov.cn), and a bare 产量 or 总产值 after another measure of the same thing."""
    found = _records(
        tmp_path,
        "泽州县经济运行情况\n"
        "全年完成地区生产总值(GDP)221.23亿元,比上年同期增长5.0%。"
        "前三季度全县实现社会消费品零售总额440.96亿元,同比增长4.1%。"
        "58个重点项目进展顺利,15个转型项目集中开工后,首批开工13个重点项目之后。"
        "1-5月完成投资4.28亿元,完成率24.25%。在建项目185项。"
        "全县粮食播种面积81.46万亩,产量36.17万吨。"
        "规模以上工业增加值增长14.5%,总产值突破1000亿元大关。"
        "变压器累计实现2828.08万千伏安,增长44.9%。",
    )
    assert found[(221.23, "亿元")][1:] == ("地区生产总值", "地区生产总值")
    assert found[(5.0, "%")][1:] == ("地区生产总值增速", "地区生产总值增速")
    assert found[(440.96, "亿元")][1:] == ("社会消费品零售总额", "社会消费品零售总额")
    assert found[(58, "个")][1] == "重点项目"
    assert found[(15, "个")][1] == "转型项目"
    assert found[(13, "个")][1] == "重点项目"
    assert found[(24.25, "%")][1] == "完成率"
    assert found[(185, "项")][1] == "在建项目"
    assert found[(36.17, "万吨")][1:] == ("粮食产量", "粮食产量")
    assert found[(1000, "亿元")][1:] == ("规模以上工业总产值", "规上工业总产值")
    assert found[(2828.08, "万千伏安")][1] == "变压器"


def test_bare_industry_value_added_beside_the_above_scale_figure_is_all_industry(tmp_path: Path) -> None:
    """youyang.gov.cn 酉阳 2025 Q1: `全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%` — two figures, and only
    the second is the above-scale one; a text that never names the above-scale figure apart keeps the usual call."""
    found = _records(
        tmp_path, "泽州县一季度经济运行\n全县工业增加值增长6.0%,其中规模以上工业增加值增长7.2%。"
    )
    assert found[(6.0, "%")][2] == ""
    assert found[(7.2, "%")][2] == "规上工业增加值增速"
    alone = tmp_path / "alone"
    alone.mkdir()
    assert _records(alone, "泽州县经济运行\n全县工业增加值增长6.0%。")[(6.0, "%")][2] == "规上工业增加值增速"


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        ("规模以上工业企业增加值增速", "%", "规上工业增加值增速"),  # paiqing-icetech.com 镇原县 2024
        ("新增规上工业产值", "亿元", ""),  # jkq.yaan.gov.cn: an increment of the level is not the level
        ("新增高新技术企业", "家", "新增高新技术企业"),  # a count of new ones keeps its own name
        ("农林牧渔业产值增速", "%", "农林牧渔业总产值增速"),  # 71584.cn 沅陵 2020
        ("农林牧渔总产值", "亿元", "农林牧渔业总产值"),  # youyang.gov.cn 酉阳 2025
    ],
)
def test_unseen_wordings_of_the_common_indicators(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


def test_quoted_kinds_of_projects_lists_and_ranks_name_what_they_count(tmp_path: Path) -> None:
    """heb-chengxin.com (2020): `总投资210亿元的75个“两重一实”项目` counts the projects the quotes name, and the
    total is theirs; `22个重大产业项目中现代农业物流园、嘉钢精密等14个项目` counts 重大产业项目 first.
    cdtywh.com 献县: `其中“双竞赛”项目13个`. szb.jinrifangxian.com 房县: a rank of the indicators listed before
    their count. qiantufanwen.com 泽州: a rank in a field of counties is the rank of what stands before it."""
    found = _records(
        tmp_path,
        "泽州县项目建设\n目前全县总投资210亿元的75个“两重一实”项目扎实推进。"
        "其中22个重大产业项目中现代农业物流园、嘉钢精密等14个项目已复工。"
        "今天集中开工的40个重点项目,其中“双竞赛”项目13个。"
        "工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第二。"
        "地区生产总值达到556.4亿元,总量在全省91个县(市)中继续排名第一。",
    )
    assert found[(75, "个")][1] == "“两重一实”项目"
    assert found[(210, "亿元")][1] == "两重一实项目总投资"
    assert found[(22, "个")][1] == "重大产业项目"
    assert found[(13, "个")][1] == "“双竞赛”项目"
    ranks = {name for (value, unit), (_, name, _) in found.items() if unit == "名次"}
    # a rank named `总量` is the level the sentence just gave (`地区生产总值总量全市排名`, as the real corpus labels it)
    assert ranks == {"工业增加值、工业投资、地方一般公共预算收入增速全市排名", "地区生产总值总量全省排名"}
    assert (91, "个") not in found and (3, "项") not in found


def test_town_and_country_residents_with_a_shared_tail(tmp_path: Path) -> None:
    """nec-driver.com (a 海南 county's 2024 targets): `城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右`."""
    found = _records(
        tmp_path, "琼中黎族苗族自治县政府工作报告\n城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右。"
    )
    assert found[(8, "%")][1:] == ("城镇常住居民人均可支配收入增速", "城镇居民人均可支配收入增速")
    assert found[(8.5, "%")][1:] == ("农村常住居民人均可支配收入增速", "农村居民人均可支配收入增速")


def test_changes_in_points_name_the_rate_they_change(tmp_path: Path) -> None:
    """71584.cn (沅陵, 2020 Q3, traditional script): `同比增长3.6%,比上半年高1.5个百分点,比全市高1.7个百分点`;
    `第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点`."""
    found = _records(
        tmp_path,
        "沅陵縣三季度經濟運行\n三季度,全縣實現地區生產總值125.95億元,同比增長3.6%,比上半年高1.5個百分點,"
        "比全市高1.7個百分點。三季度,第一產業對全縣地區生產總值的貢獻率為6.6%,拉動GDP增長0.2個百分點。",
    )
    assert found[(1.5, "个百分点")][1] == "地区生产总值增速高于上半年"
    assert found[(1.7, "个百分点")][1] == "地区生产总值增速高于全市"
    assert found[(0.2, "个百分点")][1] == "第一产业拉动GDP增长"


def test_a_hedge_or_a_short_verb_is_no_part_of_the_name(tmp_path: Path) -> None:
    # https://wap.beiww.com/zsya/xw/jd/202301/t20230129_1138100.html (汉源 2023) and
    # https://gongwensou.com/zhengfubaogao/33010.html (陇县 2019)
    got = _records(
        tmp_path,
        "汉源县:确保全年经济工作实现良好开局\n2023-01-29\n"
        "汉源县2023年一季度全县经济工作主要目标是:地区生产总值确保增长7.5%、力争增长8.5%。\n"
        "陇县贫困人口大幅减少,贫困发生率降至1%。\n",
    )
    assert got[(7.5, "%")][1:] == ("地区生产总值增速", "地区生产总值增速")
    assert got[(8.5, "%")][1:] == ("地区生产总值增速", "地区生产总值增速")
    assert got[(1, "%")][1] == "贫困发生率"


def test_a_count_names_what_it_counts_not_the_figure_after_it(tmp_path: Path) -> None:
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/287209.html (闽清 2018) and
    # https://gongwensou.com/zhengfubaogao/33010.html (陇县 2019)
    got = _records(
        tmp_path,
        "闽清县政府工作报告\n2019年1月\n一、2018年工作回顾\n"
        "75家县级以上农业龙头企业年销售收入18.4亿元,增长10.5%。"
        "全县贫困人口由13677户49479人减至887户1472人。\n",
    )
    assert got[(75, "家")][1] == "县级以上农业龙头企业"
    assert got[(18.4, "亿元")][1] == "县级以上农业龙头企业年销售收入"
    assert got[(10.5, "%")][1] == "县级以上农业龙头企业年销售收入增速"
    assert {got[(v, u)][1] for v, u in ((13677, "户"), (49479, "人"), (887, "户"), (1472, "人"))} == {
        "贫困人口"
    }


def test_a_price_basis_or_a_rate_named_already_adds_nothing_to_the_name(tmp_path: Path) -> None:
    # http://dsnews.zjol.com.cn/dsnews/system/2025/08/01/035018506.shtml (岱山 2025) and
    # http://www.lwx.gov.cn/tjxxtjfx/content_3227672.html (1-11月 bulletin)
    got = _records(
        tmp_path,
        "岱山县上半年经济运行\n上半年,全县实现GDP总量400.61亿元,按可比价计算同比增长6.1%。"
        "目前全县在库固定资产投资项目141个,5千万以下固定资产投资增速同比下降43.5%。\n",
    )
    assert got[(6.1, "%")][2] == "地区生产总值增速"
    assert got[(141, "个")][1] == "在库固定资产投资项目"
    assert got[(-43.5, "%")][1] == "5千万以下固定资产投资增速"


def test_a_share_of_the_city_is_an_aside_the_rate_after_it_is_the_levels(tmp_path: Path) -> None:
    # http://dsnews.zjol.com.cn/dsnews/system/2025/08/01/035018506.shtml (岱山 2025)
    got = _records(
        tmp_path,
        "岱山县上半年经济运行\n上半年,全县实现规上工业总产值1564.97亿元,"
        "占全市规上工业总产值的比重为69.3%,同比增长5.4%。\n",
    )
    assert got[(5.4, "%")][1:] == ("规上工业总产值增速", "规上工业总产值增速")


def test_items_joined_before_fen_bie_share_the_last_items_indicator(tmp_path: Path) -> None:
    # http://dsnews.zjol.com.cn/dsnews/system/2025/08/01/035018506.shtml (岱山 2025)
    got = _records(
        tmp_path,
        "岱山县上半年经济运行\n上半年,全县规上工业增加值同比增长8.4%。"
        "从新兴产业看,高新技术和数字经济规上工业增加值分别增长6.9%和16.3%。\n",
    )
    assert got[(6.9, "%")][1] == "高新技术规上工业增加值增速"
    assert got[(16.3, "%")][1] == "数字经济规上工业增加值增速"


def test_joined_groups_share_the_indicator_the_last_one_names(tmp_path: Path) -> None:
    # https://wancili.com/article-5472-1.html (慈利 2018 Q1)
    got = _records(
        tmp_path,
        "慈利县一季度经济运行\n第一季度,慈利县主要经济指标实现了开门红。"
        "城镇居民和农村居民人均可支配收入分别增长8.2%和12.5%。\n",
    )
    assert got[(8.2, "%")][1:] == ("城镇居民人均可支配收入增速", "城镇居民人均可支配收入增速")
    assert got[(12.5, "%")][1:] == ("农村居民人均可支配收入增速", "农村居民人均可支配收入增速")


def test_a_growth_goal_set_is_a_target_in_a_news_piece_that_reviewed_first(tmp_path: Path) -> None:
    # http://s0724.cn/forum.php?extra=page%3D67&mod=viewthread&tid=66091 (沙洋 2022)
    (tmp_path / "doc.txt").write_text(
        "2月10日,沙洋县召开经济工作暨干部集训大会。陈威指出,过去一年成果丰硕,沙洋发展态势持续回升。"
        "县委、县政府确定了今年全县经济社会发展的奋斗目标,2022年全县地区生产总值增长目标定为11%。\n",
        encoding="utf-8",
    )
    (record,) = [r for r in build_corpus(tmp_path).records if r.value == 11]
    assert (record.indicator, record.kind, record.period) == ("地区生产总值增速", "target", "2022")


def test_the_noun_after_fen_bie_is_every_listed_items(tmp_path: Path) -> None:
    # https://qingsongxiezuo.com/105599.html (county speech, 2023) and
    # http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html (2021 H1 bulletin)
    got = _records(
        tmp_path,
        "三台县县域经济发展\n2022年纺织鞋服、健康食品产业分别实现总产值64亿元、85亿元。"
        "上半年,生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只,分别增长81.8%、3.3%、5.2%、27.9%。\n",
    )
    assert got[(64, "亿元")][1] == "纺织鞋服总产值"
    assert got[(85, "亿元")][1] == "健康食品产业总产值"
    assert [got[(v, "%")][1] for v in (81.8, 3.3, 5.2, 27.9)] == [
        "生猪出栏增速",
        "牛出栏增速",
        "羊出栏增速",
        "家禽出栏增速",
    ]


# --- names and canonical names from the real pages swept this round (addresses in comments) ---


@pytest.mark.parametrize(
    ("indicator", "unit", "canonical"),
    [
        # xzyswj.cn (1-7月 district report): `完成规模以上工业现价增加值49590万元`, `1~7月工业投资11591万元`
        ("规模以上工业现价增加值", "万元", "规上工业增加值"),
        ("1~7月工业投资", "万元", "工业投资"),
        ("1~7月工业投资占固定资产投资总额", "%", "工业投资占比"),
        # tljq.gov.cn (1-6月): `全区实现地区生产总值91.4亿元,可比价同比增长5.1%`, `规模以上工业企业完成产值…`
        ("地区生产总值可比价增速", "%", "地区生产总值增速"),
        ("规模以上工业企业产值增速", "%", "规上工业总产值增速"),
        ("全社会消费品零售额增速", "%", "社会消费品零售总额增速"),
        # alltorun.com (1-8月): `规模以上工业企业累计完成总产值72.38亿元`
        ("规模以上工业企业总产值", "亿元", "规上工业总产值"),
        # sjzyihang.com 宜章 2023: `年末城镇登记失业率0.7%`
        ("年末城镇登记失业率", "%", "城镇登记失业率"),
        # 0525000.com 长沙县 2017: `全县实现地区生产总值人民币1100.6亿元`
        ("地区生产总值人民币", "亿元", "地区生产总值"),
        # cartoonmusical.com 武进 2023: `同期工业开票销售5064.14亿元`
        ("同期工业开票销售", "亿元", "工业开票销售"),
        # bx2200.com 统计公报 2021: `民间固定资产投资下降1.7%`
        ("民间固定资产投资增速", "%", "民间投资增速"),
        # jinshusy.com 2021: `全市实现农林牧渔及服务业总产值181.16亿元`
        ("农林牧渔及服务业总产值", "亿元", "农林牧渔业总产值"),
        # wnwk.com 十五 review: `高新技术产业产值占规模以上工业总产值的比重`
        ("高新技术产业产值占规模以上工业总产值的比重", "%", "高新技术产业产值占比"),
        # yongrang.cn 韶关 2024: `规上工业增加值增 4.5%`
        ("规上工业增加值增", "%", "规上工业增加值增速"),
        # m.hqbet6098.com (2021 H1 county bulletin): `房地产投资下降43.4%`
        ("房地产投资增速", "%", "房地产开发投资增速"),
    ],
)
def test_swept_wordings_get_their_canonical_name(indicator: str, unit: str, canonical: str) -> None:
    assert canonical_of(indicator, unit) == canonical


@pytest.mark.parametrize(
    ("indicator", "unit"),
    [
        # sjzyihang.com 宜章 2023: `农林牧渔业总产值55.2亿元…其中,农业总产值30.6亿元`: a part, not the whole
        ("农业总产值", "亿元"),
        # xzyswj.cn: `工业投资…占固定资产投资总额的5.8%,同比下降41.6%` is the investment's rate, not a share
        ("工业投资占固定资产投资总额增速", "%"),
    ],
)
def test_swept_wordings_that_name_no_shared_indicator(indicator: str, unit: str) -> None:
    assert canonical_of(indicator, unit) == ""


def test_comparisons_and_ranks_after_a_rate_name_that_rate(tmp_path: Path) -> None:
    # tljq.gov.cn 1-6月经济运行简况: the rank and the comparisons are asides on the rate, not new subjects
    found = _records(
        tmp_path,
        "铜官区1-6月经济运行简况\n1-6月,全区规模以上工业企业完成产值同比下降1.8%,位列县区第5,"
        "高于去年同期增速2.7个百分点,低于全市平均8.8个百分点。",
    )
    assert found[(5, "名次")][1] == "规模以上工业企业产值增速县区排名"
    assert found[(2.7, "个百分点")][1] == "规模以上工业企业产值增速高于去年同期增速"
    assert found[(8.8, "个百分点")][1] == "规模以上工业企业产值增速低于全市平均"


def test_a_rank_change_is_of_the_rank_just_named(tmp_path: Path) -> None:
    # jinshusy.com 2021 上半年: `全市固定资产投资增长10.4%,,居全省第11位,,比一季度前移4位,两年平均增长5.4%`
    found = _records(
        tmp_path,
        "宜春市统计局\n上半年,全市固定资产投资增长10.4%,,居全省第11位,,比一季度前移4位,两年平均增长5.4%。",
    )
    assert found[(11, "名次")][1] == "固定资产投资增速全省排名"
    assert found[(4, "位")][1] == "固定资产投资增速全省排名较一季度前移"
    assert found[(5.4, "%")][1] == "固定资产投资两年平均增速"


def test_a_multiple_of_a_base_year_stays_an_aside(tmp_path: Path) -> None:
    # wnwk.com (a county's 十五 review): `预计2023年实现生产总值95亿元,按可比价格计算,是2022年的2.4倍,年均增长19%`
    found = _records(
        tmp_path,
        "郯城县政府工作报告\n预计2023年实现生产总值95亿元,按可比价格计算,是2022年的2.4倍,年均增长19%。",
    )
    # (the text's verb and `的` kept, as the real corpus names a multiple: `生产总值是1978年的倍数`, r196 镇远)
    assert found[(2.4, "倍")][1] == "生产总值是2022年的倍数"
    assert found[(19, "%")][1] == "生产总值年均增速"


def test_growth_in_times_is_named_as_such(tmp_path: Path) -> None:
    # m.hqbet6098.com (2021 H1 county bulletin): `基础设施投资增长1.4倍`; ttyx209.com: `实际利用外资6.15亿美元,增长652%`
    found = _records(
        tmp_path,
        "如皋市统计局\n上半年,民间投资增长12.4%,基础设施投资增长1.4倍。实际利用外资6.15亿美元,增长6.5倍。",
    )
    assert found[(1.4, "倍")][1] == "基础设施投资增长"
    assert found[(6.5, "倍")][1] == "实际利用外资增长"


def test_items_of_a_fen_bie_list_in_phrases_of_their_own(tmp_path: Path) -> None:
    # shareonl.com (1-2月, trad): items apart by commas, one with a 、 inside; jinshusy.com: doubled `,、`
    found = _records(
        tmp_path,
        "宝安区统计局\n1-2月,其中,五金、电料类,通讯器材类,机电产品及设备类,化工材料及制品类商品销售额分别增长"
        "51.9%、32.3%、9.6%、9.3%。六大先进制造业发展迅速,新一代工业信息技术,、高端化工,、高端装备、医药制造,、"
        "新能源新材料产业增加值分别增长29.7%,、24.1%,、23.3%、24.5%,、12.6%。",
    )
    assert found[(51.9, "%")][1] == "五金、电料类商品销售额增速"
    assert found[(32.3, "%")][1] == "通讯器材类商品销售额增速"
    assert found[(9.3, "%")][1] == "化工材料及制品类商品销售额增速"
    assert found[(29.7, "%")][1] == "新一代工业信息技术产业增加值增速"
    assert found[(24.5, "%")][1] == "医药制造产业增加值增速"
    assert found[(12.6, "%")][1] == "新能源新材料产业增加值增速"


def test_ranks_of_a_fen_bie_list_are_each_indicators(tmp_path: Path) -> None:
    # the pattern of szb.jinrifangxian.com 房县 and 71584.cn county round-ups: one rank per listed indicator
    found = _records(
        tmp_path,
        "如皋市统计局\n上半年,全市地区生产总值、规上工业增加值、固定资产投资增速分别居全市第3位、第5位和第2位。"
        "一般公共预算收入、税收收入分别增长10.2%和8.1%,增速分别排全市第4、第6位。",
    )
    assert found[(3, "名次")][1] == "地区生产总值增速全市排名"
    assert found[(5, "名次")][1] == "规上工业增加值增速全市排名"
    assert found[(2, "名次")][1] == "固定资产投资增速全市排名"
    assert found[(4, "名次")][1] == "一般公共预算收入增速全市排名"
    assert found[(6, "名次")][1] == "税收收入增速全市排名"


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        # hkfckyy.com 1-7月 2025: an aside on what the total leaves out
        ("1-7月,規上工業總產值(不含軍工)同比增長0.4%。", (0.4, "%"), "规上工业总产值增速"),
        # cxs.gov.cn 楚雄高新区 1至9月: the verb between the sector and its sales
        ("1至9月,限额以上批发业完成销售额37.5亿元,增长0.7%。", (37.5, "亿元"), "限额以上批发业销售额"),
        # bx2200.com 统计公报: an aside on the count that stays
        ("全年社会消费品零售总额38.03亿元。其中限额以上企业(单位)35户。", (35, "户"), "限额以上企业(单位)"),
        # alltorun.com 1-8月 (trad): `居住類上漲0.9%`
        ("1-8月,居民消費價格總水平同比上漲1.8%。其中,居住類上漲0.9%。", (0.9, "%"), "居住类上涨"),
        # tjgb.hongheiku.com 2022 bulletin: run-in headings before `全年`
        (
            "国民经济全年实现地区生产总值(GDP)439.19亿元,按可比价格计算,比上年增长3.3%。",
            (439.19, "亿元"),
            "地区生产总值",
        ),
        # laobiganzi.top 经开区 2023: the aside after a count is not what it counts
        ("目前共有规上工业企业227家(其中上市公司5家),完成税收收入25.4亿元。", (227, "家"), "规上工业企业"),
        # xzyswj.cn: the rate after a share is the thing's own (and `1~7月` opening the name is its period)
        (
            "1~7月工业投资11591万元,占固定资产投资总额的5.8%,同比下降41.6%。",
            (-41.6, "%"),
            "工业投资增速",
        ),
    ],
)
def test_swept_clauses_name_their_figures(
    tmp_path: Path, text: str, key: tuple[object, str], name: str
) -> None:
    assert _records(tmp_path, "如皋市统计局\n" + text)[key][1] == name


@pytest.mark.parametrize(
    ("text", "key", "name", "canonical"),
    [
        # duobangwang.com 福建 2022: a hedge between the indicator and its verb
        ("今年全省地区生产总值预期增长6.5%。", (6.5, "%"), "地区生产总值增速", "地区生产总值增速"),
        # m.ship-bio.com 成都 2018: a dash before the first item of the targets
        (
            "报告提出了今年发展的主要预期目标——地区生产总值增长7.5%,全社会固定资产投资增长8%。",
            (7.5, "%"),
            "地区生产总值增速",
            "地区生产总值增速",
        ),
        # jingyuhuahui.com 晋江经开区 2024: `拥有`, and the words before a quoted name
        ("目前拥有高新技术企业218家,专精特新“小巨人”企业6家。", (218, "家"), "高新技术企业", "高新技术企业"),
        (
            "目前拥有高新技术企业218家,专精特新“小巨人”企业6家。",
            (6, "家"),
            "专精特新“小巨人”企业",
            "专精特新企业",
        ),
    ],
)
def test_swept_clauses_name_and_tag_their_figures(
    tmp_path: Path, text: str, key: tuple[object, str], name: str, canonical: str
) -> None:
    found = _records(tmp_path, "如皋市统计局\n" + text)
    assert found[key][1:] == (name, canonical)


def test_rates_listed_after_their_levels_against_a_base_year(tmp_path: Path) -> None:
    # szb.xnnews.com.cn 崇阳 2019: each rate of the `分别` list stands in a phrase of its own
    found = _records(
        tmp_path,
        "崇阳县\n2018年,全县国内生产总值达到127.41亿元,人均生产总值达到31228元,分别比2012年增长65%、59.8%,"
        "年均增长分别达到8.7%、8.1%。",
    )
    assert found[(65, "%")][1] == "国内生产总值比2012年增速"
    assert found[(59.8, "%")][1] == "人均生产总值比2012年增速"
    assert found[(8.7, "%")][1] == "国内生产总值比2012年年均增速"


def test_changes_against_listed_bases_name_each_base(tmp_path: Path) -> None:
    # news.xna8.com 娄底 2015: the wider areas' own values in brackets are not records; xzyswj.cn 2014: months
    found = _records(
        tmp_path,
        "娄底市统计局\n上半年,全市生产总值(GDP)440.26亿元,增长8.4%,增速同比提高0.8个百分点,比全省(7.7%)和"
        "全国平均水平(7.0%)分别高0.7、1.4个百分点,增幅居全省第3位。1-7月,完成规模以上工业现价增加值49590万元,"
        "同比下降0.5%,幅度比今年1-3月、1-4月分别提高6.4个百分点、7.8个百分点。",
    )
    assert found[(0.7, "个百分点")][1] == "生产总值增速高于全省"
    assert found[(1.4, "个百分点")][1] == "生产总值增速高于全国平均水平"
    assert found[(3, "名次")][1] == "生产总值增幅全省排名"  # the text says `增幅居全省第3位`
    assert found[(6.4, "个百分点")][1] == "规模以上工业现价增加值增速较1-3月提高"
    assert found[(7.8, "个百分点")][1] == "规模以上工业现价增加值增速较1-4月提高"


def test_a_listed_sets_growth_ranks_keep_their_rate(tmp_path: Path) -> None:
    # r38 寿县 (dev4): `规上工业增加值、固定资产投资增幅分别位居全省第16位、第19位`
    found = _records(tmp_path, "寿县\n1-9月,规上工业增加值、固定资产投资增幅分别位居全省第16位、第19位。")
    assert found[(16, "名次")][1:] == ("规上工业增加值增幅全省排名", "")
    assert found[(19, "名次")][1:] == ("固定资产投资增幅全省排名", "")


def test_bases_after_fen_bie_and_a_rank_verb_before_its_scope(tmp_path: Path) -> None:
    # www.0356sh.com 晋城 2012: `增速分别比全国和全省平均水平高14.2和10.5个百分点,排全省第一`
    found = _records(
        tmp_path,
        "晋城市\n上半年,我市固定资产投资增势强劲,累计完成投资202.3亿元,同比增长34.6%,"
        "增速分别比全国和全省平均水平高14.2和10.5个百分点,排全省第一。",
    )
    assert found[(14.2, "个百分点")][1] == "投资增速高于全国"
    assert found[(10.5, "个百分点")][1] == "投资增速高于全省平均水平"
    assert found[(1, "名次")][1] == "投资增速全省排名"


def test_a_milestone_crossed_is_the_level_just_named(tmp_path: Path) -> None:
    # m.cartoonmusical.com 武进 2023 (trad): `同期工业开票销售5064.14亿元,成功突破5000亿元大关,同比增长19%`
    found = _records(
        tmp_path,
        "武进区\n2023年,同期工业开票销售5064.14亿元,成功突破5000亿元大关,同比增长19%,增速位居全市第一。",
    )
    assert found[(5000, "亿元")][1:] == ("同期工业开票销售", "工业开票销售")
    assert found[(19, "%")][1:] == ("同期工业开票销售增速", "工业开票销售增速")


def test_a_measure_after_a_semicolon_is_the_things_just_named(tmp_path: Path) -> None:
    # sjzyihang.com 宜章 2023 (trad): `蔬菜及食用菌种植面积13.3千公顷,增长0.4%;产量47.6万吨,增长3.2%`
    found = _records(
        tmp_path, "宜章县\n2023年,蔬菜及食用菌种植面积13.3千公顷,增长0.4%;产量47.6万吨,增长3.2%。"
    )
    assert found[(13.3, "千公顷")][1] == "蔬菜及食用菌种植面积"
    assert found[(47.6, "万吨")][1] == "蔬菜及食用菌产量"


def test_a_clause_opening_with_listed_places_gives_each_its_figure(tmp_path: Path) -> None:
    # the known case `渝北和长寿增速均超过10%` (a Chongqing round-up): a shared figure is every place's; a `分别`
    # list gives each place its own (0356sh.com 晋城 2012 writes `城区和陵川县分别完成投资47.2和11.1亿元`)
    (tmp_path / "doc.txt").write_text(
        "重庆市统计局\n上半年,全市经济运行平稳。其中,渝北和长寿增速均超过10%。"
        "江北区、渝北区规上工业增加值分别增长8.1%和9.3%。",
        encoding="utf-8",
    )
    found = {(r.region, r.value): (r.indicator, r.canonical) for r in build_corpus(tmp_path).records}
    assert (("渝北区", 10) in found) and (("长寿区", 10) in found)
    assert found[("江北区", 8.1)] == ("规上工业增加值增速", "规上工业增加值增速")
    assert found[("渝北区", 9.3)] == ("规上工业增加值增速", "规上工业增加值增速")


def test_swept_list_after_tongbi_and_a_share_of_a_total(tmp_path: Path) -> None:
    # bianxianzhu.cn 1-4月 2025 (trad): `社會資本投資、民間投資、工業投資同比分別增長12.7%、21.6%、42.5%`;
    # amberdms.com 1~3月 2023 (trad): `完成高技術制造業增加值同比下降14.5%,總量占全區規上工業增加值65.7%`
    found = _records(
        tmp_path,
        "如皋市统计局\n1-4月,全区固定资产投资同比增长13.5%。社会资本投资、民间投资、工业投资同比分别增长12.7%、"
        "21.6%、42.5%。1~3月,其中完成高技术制造业增加值同比下降14.5%,总量占全区规上工业增加值65.7%。",
    )
    assert found[(12.7, "%")][1] == "社会资本投资增速"
    assert found[(21.6, "%")][1:] == ("民间投资增速", "民间投资增速")
    assert found[(42.5, "%")][1:] == ("工业投资增速", "工业投资增速")
    # (a share of a named whole is named `…比重`: tests/real/README.md, the twenty-first round's name calls)
    assert found[(65.7, "%")][1] == "高技术制造业增加值占全区规上工业增加值比重"


def test_a_comparison_list_gives_each_scope_its_own_figure_and_unit(tmp_path: Path) -> None:
    # `增幅高于全国0.7、全省2.3个百分点` (a real mid-year page the held-out split missed: the first item has no
    # unit of its own); `分别高于全国、全省1.5、0.4个百分点`
    found = _records(
        tmp_path,
        "如东县2023年上半年经济运行情况\n上半年,全县实现地区生产总值560亿元,增长6.5%,增幅高于全国0.7、全省2.3个百分点。"
        "规上工业增加值增长8.1%,分别高于全国、全省1.5、0.4个百分点。",
    )
    assert found[(0.7, "个百分点")][1] == "地区生产总值增幅高于全国"
    assert found[(2.3, "个百分点")][1] == "地区生产总值增幅高于全省"
    assert found[(1.5, "个百分点")][1] == "规上工业增加值增速高于全国"
    assert found[(0.4, "个百分点")][1] == "规上工业增加值增速高于全省"


def test_the_change_of_a_rate_just_given_names_the_rate(tmp_path: Path) -> None:
    # fzmq.gov.cn 2017 上半年: `全县第三产业增加值完成19.6亿元,增长6.3%,较去年同期下降6.8个百分点`;
    # a seed: `降幅较一季度收窄14.3个百分点` (the verb stays in the name), `收窄了` (no 了)
    found = _records(
        tmp_path,
        "启东市2020年上半年经济运行\n上半年,全县第三产业增加值完成19.6亿元,增长6.3%,较去年同期下降6.8个百分点。"
        "交通运输业增长6.4%,较去年同期下降13.8个百分点。外贸进出口总额下降5%,降幅较一季度收窄14.3个百分点。"
        "社会消费品零售额下降3%,降幅较一季度收窄了8.2个百分点。",
    )
    assert found[(-6.8, "个百分点")][1] == "第三产业增加值增速较去年同期下降"
    # a sector after value added is its value added (as the real corpus labels `制造业增长3.4%`)
    assert found[(-13.8, "个百分点")][1] == "交通运输业增加值增速较去年同期下降"
    assert found[(14.3, "个百分点")][1] == "外贸进出口总额降幅较一季度收窄"
    assert found[(8.2, "个百分点")][1] == "社会消费品零售额降幅较一季度收窄"


def test_sector_shorthands_before_fen_bie_give_each_sector_its_figure(tmp_path: Path) -> None:
    # `批零住餐四个行业分别增长…` (held-out miss); tjgb.hongheiku.com 云和 2022: `三次产业对经济增长的拉动贡献分别为
    # 0.15、-5.64、1.34个百分点` (a negative item keeps the list's unit); hyxw.com.cn 汉阴: `一、二、三产投资分别增长…`
    found = _records(
        tmp_path,
        "如东县2023年上半年经济运行情况\n上半年,批零住餐四个行业分别增长5.1%、6.2%、7.3%和8.4%。"
        "三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。"
        "一、二、三产投资分别增长16.3%、9.2%、12.5%。",
    )
    assert [found[(v, "%")][1] for v in (5.1, 6.2, 7.3, 8.4)] == [
        "批发业增速",
        "零售业增速",
        "住宿业增速",
        "餐饮业增速",
    ]
    assert [found[(v, "个百分点")][1] for v in (0.15, -5.64, 1.34)] == [
        "第一产业对经济增长的拉动贡献",
        "第二产业对经济增长的拉动贡献",
        "第三产业对经济增长的拉动贡献",
    ]
    assert found[(12.5, "%")][1] == "第三产业投资增速"


def test_names_lose_inner_times_verbs_and_bulletin_furniture(tmp_path: Path) -> None:
    # `服务业完成社会消费品零售总额`, `高新区上半年营业收入` (held-out misses); r82 固始: `粮油产业上半年实现增加值`;
    # cdchec.com 成都高新区 2021: `1-8月规上营利性服务业营收`; tjgb.hongheiku.com 云和 2022: `按常住人口计算人均地区
    # 生产总值`, `与2020年相比,两年平均增长2.5%` after a `;`; sjzyihang.com 巴林左旗 2023 (trad): `全旗地區生產總值`,
    # `二、農林牧漁業 全年農林牧漁業總產值`
    found = _records(
        tmp_path,
        "2023年巴林左旗國民經濟和社會發展統計公報\n服务业完成社会消费品零售总额120亿元。粮油产业上半年实现增加值30479万元。"
        "1-8月规上营利性服务业营收同比增长31.5%。按常住人口计算人均地区生产总值为74331元。"
        "全旗地區生產總值161.8億元,比上年下降4.1%;与2020年相比,两年平均增长2.5%。"
        "二、農林牧漁業 全年農林牧漁業總產值59億元。",
    )
    assert found[(120, "亿元")][1] == "服务业社会消费品零售总额"
    assert found[(30479, "万元")][1] == "粮油产业增加值"
    assert found[(31.5, "%")][1] == "规上营利性服务业营收增速"
    assert found[(74331, "元")][1] == "人均地区生产总值"
    assert found[(161.8, "亿元")][1] == "地区生产总值"
    assert found[(2.5, "%")][1] == "地区生产总值两年平均增速"
    assert found[(59, "亿元")][1] == "农林牧渔业总产值"


def test_a_table_of_bare_figures_gives_one_record_per_cell(tmp_path: Path) -> None:
    # `| 地区生产总值 | 亿元 | 120 | 6.5 |` (held-out miss: a unit column, or a unit in the row's name or the
    # column's header, and a year in the header)
    (tmp_path / "doc.txt").write_text(
        "如东县2023年上半年经济运行情况\n"
        "| 指标 | 单位 | 绝对值 | 增速 |\n| --- | --- | --- | --- |\n"
        "| 地区生产总值 | 亿元 | 120 | 6.5 |\n| 一般公共预算收入 | 亿元 | 20.5 | -3.2 |\n\n"
        "| 序号 | 指标名称 | 2022年完成 | 2023年目标 |\n| 1 | 城镇化率(%) | 60.2 | 61 |\n",
        encoding="utf-8",
    )
    found = {(r.value, r.unit): r for r in build_corpus(tmp_path).records}
    assert (found[(120, "亿元")].indicator, found[(120, "亿元")].canonical) == (
        "地区生产总值",
        "地区生产总值",
    )
    assert found[(6.5, "%")].canonical == "地区生产总值增速"
    assert found[(-3.2, "%")].indicator == "一般公共预算收入增速"
    assert (found[(60.2, "%")].kind, found[(60.2, "%")].period) == ("actual", "2022")
    assert (found[(61, "%")].indicator, found[(61, "%")].kind, found[(61, "%")].period) == (
        "城镇化率",
        "target",
        "2023",
    )


def test_pulls_shares_and_rates_after_a_semicolon_name_their_sector(tmp_path: Path) -> None:
    # zhongyuan.gov.cn 1-10月 2024: `其中,占比63.3%的电力供应业同比增长6.5%,拉动全区规上工业增长4个百分点`;
    # yangling.gov.cn 1-10月 2023: `规上工业增加值增长14.3%,增速继续位居全省第一,比1-9月回落1.6个百分点;产值增长
    # 2.0%`, `农产品加工业产值下降3.3%,下拉规上工业产值增速1.1个百分点`; ebzg.net 汉台 1-11月 2024 (trad):
    # `區本級產值全區占比63.5%`
    found = _records(
        tmp_path,
        "如皋市统计局\n1-10月,全区规上工业增加值同比增长4.4%。其中,占比63.3%的电力供应业同比增长6.5%,"
        "拉动全区规上工业增长4个百分点。1-10月,全区规上工业增加值增长14.3%,增速继续位居全省第一,"
        "比1-9月回落1.6个百分点;产值增长2.0%,比1-9月回落1.5个百分点。"
        "农产品加工业产值下降3.3%,下拉规上工业产值增速1.1个百分点。區本級產值全區占比63.5%,同比增長3.9%。",
    )
    assert found[(6.5, "%")][1] == "电力供应业增加值增速"  # in a passage on value added
    assert found[(4, "个百分点")][1] == "电力供应业拉动规上工业增长"
    assert found[(1, "名次")][1] == "规上工业增加值增速全省排名"
    assert found[(2.0, "%")][1] == "规上工业产值增速"
    assert found[(1.1, "个百分点")][1] == "农产品加工业下拉规上工业产值增速"
    assert found[(63.5, "%")][1] == "区本级产值占比"


def test_goal_words_and_a_like_for_like_basis_leave_names(tmp_path: Path) -> None:
    # gscn.com.cn 兰州新区 2023: headline `兰州新区2023年预期发展目标地区生产总值增长16%以上`, and
    # `一般公共预算收入同口径增长20%以上` (the same indicator, compared like for like)
    found = _records(
        tmp_path,
        "兰州新区2023年预期发展目标地区生产总值增长16%以上\n"
        "2023年兰州新区经济社会发展主要预期目标是:一般公共预算收入同口径增长20%以上。",
    )
    assert found[(16, "%")][1:] == ("地区生产总值增速", "地区生产总值增速")
    assert found[(20, "%")][1:] == ("一般公共预算收入增速", "一般公共预算收入增速")


def test_a_table_flattened_one_cell_to_a_line_gives_one_record_per_cell(tmp_path: Path) -> None:
    # tjgb.hongheiku.com 五河县 2022 bulletin: `表一` under `单位:万元`, one cell per line; the column at constant
    # prices repeats the one at current prices
    (tmp_path / "doc.txt").write_text(
        "2022年五河县国民经济和社会发展统计公报\n表一:2022年全县生产总值\n\n单位:万元\n\n指标名称\n\n按现行价格计算\n\n"
        "按2020年不变价格计算\n\n比上年 ±%\n\n地区生产总值\n\n2728738.78\n\n2716503.16\n\n4.0\n\n"
        "  工  业\n\n320169.10\n\n350420.03\n\n2.6\n\n    采矿业\n\n2308.16\n\n8894.28\n\n-1.7\n",
        encoding="utf-8",
    )
    found = {(r.value, r.unit): (r.indicator, r.canonical, r.period) for r in build_corpus(tmp_path).records}
    assert found[(2728738.78, "万元")] == ("地区生产总值", "地区生产总值", "2022")
    assert found[(4.0, "%")] == ("地区生产总值增速", "地区生产总值增速", "2022")
    assert found[(320169.1, "万元")][0] == "工业"
    assert found[(-1.7, "%")][0] == "采矿业增速"
    assert (2716503.16, "万元") not in found


def test_a_total_said_with_gongji_and_a_listed_pull_keep_clean_names(tmp_path: Path) -> None:
    # haoyujy.com 钟楼区 上半年 2024: `亏损企业亏损额共计3.56亿元`; `计算机、通信和其他电子设备制造业和黑色金属冶炼和
    # 压延加工业增速分别达到22.2%和42.6%,合计拉动全区增长2.5个百分点` (a list pulls together: no one sector's name)
    found = _records(
        tmp_path,
        "钟楼区上半年经济运行\n1-6月,亏损企业亏损额共计3.56亿元,下降1.9%。其中,计算机、通信和其他电子设备制造业和"
        "黑色金属冶炼和压延加工业增速分别达到22.2%和42.6%,合计拉动全区增长2.5个百分点。",
    )
    assert found[(3.56, "亿元")][1] == "亏损企业亏损额"
    assert "、" not in found[(2.5, "个百分点")][1]
