"""Names, canonical names and missed wordings (rule pass names12). Each test quotes a real sentence; the page's
address is in a comment."""

from __future__ import annotations

from bot.ingest.record import Record
from bot.vocabulary import canonical_of
from tests.ingest_helpers import records


def _by_value(text: str, place: str, date: str) -> dict[tuple[float, str], Record]:
    return {(r.value, r.unit): r for r in records(text, date=date, places=(place,))}


def test_fujian_budget_wordings_are_the_common_indicators() -> None:
    # http://www.ilynn.cn/document_detail/8992.html (光泽县 2017 statistics communique)
    found = _by_value(
        "全年公共财政预算总收入6.06亿元,比上年增长7.6%。其中,地方级公共财政预算收入4.33亿元,增长6.5%;"
        "税性收入比重为58.18%,下降5.24个百分点;全年公共财政预算总支出17.46亿元,增长16.7%。",
        "光泽县",
        "2018-03-20",
    )
    assert found[(6.06, "亿元")].canonical == "财政总收入"
    assert found[(7.6, "%")].canonical == "财政总收入增速"
    assert found[(4.33, "亿元")].canonical == "一般公共预算收入"
    assert found[(6.5, "%")].canonical == "一般公共预算收入增速"
    assert found[(58.18, "%")].canonical == "税收收入占比"
    assert found[(17.46, "亿元")].canonical == "一般公共预算支出"
    assert found[(-5.24, "个百分点")].canonical == ""


def test_the_towns_share_of_the_population_is_the_urbanisation_rate() -> None:
    # http://www.ilynn.cn/document_detail/8992.html (光泽县 2017)
    found = _by_value(
        "其中城镇常住人口6.32万人,占总人口比重为46.5%,比上年末提高0.8个百分点。", "光泽县", "2018-03-20"
    )
    assert found[(46.5, "%")].canonical == "城镇化率"
    assert found[(0.8, "个百分点")].canonical == ""


def test_goods_trade_and_new_jobs_are_the_common_indicators() -> None:
    # http://m.lz17ch.cn/hnnew/2024-01-16/697317.html (儋州 2023 customs news)
    assert canonical_of("货物进出口", "亿元") == "进出口总额"
    assert canonical_of("货物进出口增速", "%") == "进出口总额增速"
    # http://social.alljournals.cn/view_abstract.aspx?aid=1DAB1D1257127003C819BAE08CE7F560 (青白江 2010)
    found = _by_value("城镇从业人员8.3万人,新增就业6332人。", "青白江区", "2011-01-10")
    assert found[(6332, "人")].canonical == "城镇新增就业"
    assert canonical_of("新增就业岗位", "个") == ""


def test_the_years_plan_for_an_indicator_is_that_indicator() -> None:
    # http://www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm (荔城区 2022 plan-execution report)
    assert canonical_of("地区生产总值年计划", "亿元") == "地区生产总值"
    assert canonical_of("第三产业增加值年计划", "亿元") == "服务业增加值"
    assert canonical_of("地区生产总值年计划", "%") == ""  # the share of the plan reached is progress


def test_a_word_said_twice_where_subject_meets_measure() -> None:
    # http://www.aqzyzx.com/zongyang/202208/t20220802_6250901.html (枞阳县 2022)
    found = _by_value("全县规模以上工业累计完成工业增加值29.47亿元。", "枞阳县", "2022-08-02")
    assert found[(29.47, "亿元")].canonical == "规上工业增加值"


def test_a_tables_spaced_out_product_row_is_its_output() -> None:
    # http://www.ilynn.cn/document_detail/8992.html (光泽县 2017): `表1:2017年主要农产品产量`
    found = _by_value(
        "表1:2017年主要农产品产量\n| 产品名称 | 产量(吨) | 比上年增长(%) |\n| 粮 食 | 86616 | 7.9 |\n"
        "| 春粮 | 868 | -4.8 |\n",
        "光泽县",
        "2018-03-20",
    )
    assert found[(86616, "吨")].indicator == "粮食产量"
    assert found[(86616, "吨")].canonical == "粮食产量"
    assert found[(7.9, "%")].indicator == "粮食产量增速"
    assert found[(868, "吨")].indicator == "春粮产量"


def test_the_share_of_the_years_plan_names_its_subject() -> None:
    # http://hot.ddnet.1s.cn/hot/20230602/15172.html (营口辽河经济开发区 2023 first quarter)
    found = _by_value(
        "今年一季度,营口辽河经济开发区固定资产投资2.5亿元,同比增长25%,完成年计划的25.8%;"
        "税收收入7123万元,完成年计划的26.4%。",
        "营口辽河经济开发区",
        "2023-06-02",
    )
    assert found[(25.8, "%")].indicator == "固定资产投资完成年计划比例"
    assert found[(26.4, "%")].indicator == "税收收入完成年计划比例"


def test_a_change_from_one_count_to_the_next_names_what_is_counted() -> None:
    # https://educn.co/hot/id/102479.html (寻乌县 interview)
    found = _by_value(
        "规上工业企业由2021年的56家增至117家,总营收由53亿元突破140亿元。", "寻乌县", "2025-03-01"
    )
    assert found[(56, "家")].indicator == "规上工业企业"
    assert found[(117, "家")].indicator == "规上工业企业"
    assert found[(140, "亿元")].indicator == "总营收"


def test_the_same_time_a_year_before_is_the_last_figures_indicator() -> None:
    # http://alsdzswzhfwpt.com/xifeng/zwgk/zfxxgk33/fdzdgknr/ghxx/zxgh/2022032819375564336/index.html (西丰经开区)
    found = _by_value(
        "规模以上工业企业12户(2015年同期29户),实现工业总产值13.2亿元,2015年同期9.8亿元。",
        "西丰经济开发区",
        "2021-06-01",
    )
    assert found[(29, "户")].indicator == found[(12, "户")].indicator == "规模以上工业企业"
    assert found[(9.8, "亿元")].indicator == "工业总产值"


def test_a_bare_verb_before_an_area_names_the_work_after_it() -> None:
    # http://www.831985.com/2024/09/13/342dc565a15148ba8fad37046b6ee6d6.html (吉木萨尔县 2024, traditional script)
    found = _by_value(
        "實行“長牙齒”的耕地保護硬措施,嚴守49.91萬畝耕地紅線,實施13.87萬畝的高標準農田建設。",
        "吉木萨尔县",
        "2024-09-13",
    )
    assert found[(49.91, "万亩")].indicator == "耕地红线"
    assert found[(13.87, "万亩")].indicator == "高标准农田建设"
    # http://toox.com.cn/article-65095-1.html (义乌市 2020)
    found = _by_value("形成了220公里美丽乡村精品线大环线。", "义乌市", "2020-06-01")
    assert found[(220, "公里")].indicator == "美丽乡村精品线大环线"
    # (the same page: `全年完成整治1.01万亩`, nothing named after it: the area the work did)
    assert _by_value("全年完成整治1.01万亩。", "义乌市", "2020-06-01")[(1.01, "万亩")].indicator == "整治面积"


def test_camels_horses_and_herds_are_counted() -> None:
    # http://www.51jyd.com/2017/0216/112167.shtml (阿拉善左旗 2016 news, traditional): `骆驼出栏0.46万峰`
    found = _by_value("出欄率達49.74%,駱駝出欄0.46萬峰,同比增長21.09%。", "阿拉善左旗", "2017-01-20")
    assert found[(0.46, "万峰")].indicator == "骆驼出栏"
    assert found[(21.09, "%")].indicator == "骆驼出栏增速"
    # http://benet-wh.com.cn/gongzuozongjie/a/2564.html (苏尼特左旗 2022 work report): `…畜群达到2800群`
    assert (2800, "群") in _by_value("苏尼特羊标准化畜群达到2800群。", "苏尼特左旗", "2022-01-20")
    assert not [
        r
        for r in records("出席峰会的代表3000人。", date="2022-01-20", places=("苏尼特左旗",))
        if "峰" in r.unit
    ]


def test_a_sectors_contribution_to_growth_names_the_sector() -> None:
    # https://tjgb.hongheiku.com/xjtjgb/xj2020/61309.html (沁水县 2024 statistics communique)
    found = _by_value(
        "第三产业中,金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%,拉动经济增长0.2个百分点;"
        "批发和零售业增加值14.2亿元,增长8.0%,对经济增长的贡献率为3.7%,拉动经济增长0.3个百分点。",
        "沁水县",
        "2025-03-20",
    )
    assert found[(2.8, "%")].indicator == "金融业对经济增长的贡献率"
    assert found[(0.2, "个百分点")].indicator == "金融业拉动经济增长"
    assert found[(3.7, "%")].indicator == "批发和零售业对经济增长的贡献率"
    assert found[(0.3, "个百分点")].indicator == "批发和零售业拉动经济增长"


def test_a_farm_named_after_the_place_is_the_figures_subject() -> None:
    # https://www.hljyy.gov.cn/yy/15136/202401/c07_190327.shtml (友谊县 2024)
    found = _by_value("友谊农场大豆最高亩产达到310.97公斤,再创历史新高。", "友谊县", "2024-01-10")
    assert found[(310.97, "公斤")].indicator == "大豆最高亩产"
    assert found[(310.97, "公斤")].subject == "友谊农场"
    # a kind of farm is no subject
    assert _by_value("全县家庭农场696家。", "友谊县", "2024-01-10")[(696, "家")].subject == ""


def test_a_bare_investment_under_a_task_heading_is_the_tasks() -> None:
    # https://wxredian.com/art?id=b96601f2fb18467f35b4810df0a1fe6c (万州区 2024 民生实事): each task under its heading
    found = _by_value(
        "具体如下:\n城乡排水防洪设施建设\n完成投资5.04亿元,比年度计划高20.3个百分点。五桥河流域沱口至长岭段安全防护工程汛前投用。\n"
        "实施农村公路 生命安全防护工程\n完成投资0.23亿元,比年度计划高45.3个百分点。\n"
        "城镇老旧小区改造\n和社区服务提升\n完成投资0.65亿元,比年度计划高7.1个百分点。\n",
        "万州区",
        "2025-01-10",
    )
    assert found[(5.04, "亿元")].indicator == "城乡排水防洪设施建设完成投资"
    assert found[(0.23, "亿元")].indicator == "农村公路生命安全防护工程完成投资"
    assert found[(0.65, "亿元")].indicator == "城镇老旧小区改造和社区服务提升完成投资"
