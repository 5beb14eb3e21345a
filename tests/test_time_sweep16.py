"""Target or achieved and the period: rules taken from real sentences of freshly swept pages (each test names
its page)."""

from __future__ import annotations

from ingest_helpers import one, records

from bot.ingest.manifest import infer_date
from bot.ingest.tense import ACTUAL, TARGET


def test_a_plan_named_in_single_quotes_inside_a_quotation_is_its_five_years() -> None:
    # zprce.cn/contents/202664 (专访长春市市长, 2021-03 traditional): `“‘十四五’期間,我們提出的預期目標是,…6.5%左右`
    text = (
        "專訪長春市市長張志軍\n"
        "“‘十四五’期間,我們提出的預期目標是,經濟總量年均增速達到6.5%左右,把長春建設成為常住人口超1000萬的城市。”\n"
        "(本文首發于2021年3月11日《南方周末》)\n"
    )
    found = records(text, places=("长春市",))
    assert (one(found, 6.5).kind, one(found, 6.5).period) == (TARGET, "2021-2025")


def test_the_last_year_of_an_earlier_plan_is_a_multiples_base_not_its_period() -> None:
    # wnwk.com/doc/630156.html (浔阳区 report, 十一五 review): `“十一五〞期末,全区完成生产总值249.1亿元,是“十五〞期末的
    # 1.9倍,年均增长15%`
    text = (
        "一、“十一五”及2010年工作回顾\n"
        "——过去五年,是经济总量不断扩大的五年。“十一五”期末,全区完成生产总值249.1亿元,是“十五”期末的1.9倍,"
        "年均增长15%;完成社会消费品零售总额107.5亿元,是“十五”期末的2.5倍,年均增长20%。\n"
    )
    found = records(text, date="2011-01-10", places=("浔阳区",))
    assert one(found, 249.1).period == "2010"
    # the average growth is over the plan's five years after the base, never the base's own plan
    assert [one(found, v).period for v in (15, 20)] == ["2006-2010"] * 2
    assert all(
        not one(found, v).period.startswith("2001") and one(found, v).period != "2005" for v in (1.9, 2.5)
    )


def test_a_news_lead_naming_the_place_then_the_quarter_frames_the_figures_after_it() -> None:
    # bnbgw.com 长沙县 2018-05-03: `近日,记者从长沙县统计局获悉,长沙县一季度经济数据揭开面纱,…。完成地区生产总值300.8亿元`
    text = (
        "长沙县一季度GDP超300亿元,总量和增速位列全市(长望浏宁)榜首,工程机械回暖\n"
        "发布日期:2018-05-03 09:38 来源:星沙新闻网\n"
        "近日,记者从长沙县统计局获悉,长沙县一季度经济数据揭开面纱,主要经济指标实现稳定开局。完成地区生产总值300.8亿元,"
        "总量和增速在四县(市、区)中排名第一;规模工业增加值完成592.4亿元,增速在四县(市、区)中排名第一。\n"
    )
    found = records(text, places=("长沙县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (300.8, 592.4)] == [(ACTUAL, "2018Q1")] * 2


def test_this_month_after_a_month_span_is_the_spans_last_month() -> None:
    # tjj.changzhou.gov.cn 2015-06 (常州 1-5月): `1-5月,我市规模以上工业企业实现产值4568.3亿元,同比增长6.2%,其中当月实现产值
    # 1001.1亿元,增长6.5%`
    text = (
        "1-5月,我市规模以上工业企业实现产值4568.3亿元,同比增长6.2%,其中当月实现产值1001.1亿元,增长6.5%。"
        "据省统计局最新反馈数据显示,1-5月,我市规模以上工业实现工业增加值1038.5亿元,按可比价计算增长8.5%。\n"
    )
    found = records(text, date="2015-06-12", places=("常州市",))
    assert [one(found, v).period for v in (4568.3, 6.2, 1038.5)] == ["2015-01~2015-05"] * 3
    assert [one(found, v).period for v in (1001.1, 6.5)] == ["2015-05"] * 2


def test_a_news_source_before_the_time_leaves_the_time_framing_the_paragraph() -> None:
    # news.sina.com.cn 2010-07-08 (1-5月 news): `据了解,1-5月,六大重点行业生产累计完成增加值473.82亿元,…。从六大重点行业来看,…`
    text = (
        "据了解,1-5月,六大重点行业生产累计完成增加值473.82亿元,增长28.9%,六个重点行业实现全面增长。"
        "从六大重点行业来看,六大重点行业按增速排位分别是电子信息产品制造业(53.8%)、机械(含汽车)工业(增长28.4%)。\n"
    )
    found = records(text, date="2010-07-08", places=("武汉市",))
    assert [one(found, v).period for v in (473.82, 53.8, 28.4)] == ["2010-01~2010-05"] * 3


def test_a_count_of_years_back_in_digits_is_the_years_before_the_text() -> None:
    # zgmiaomuw.com/nr/xxnews/5219.html (贵州 2014-06): after a plan `到2017年`, `近3年,我省共争取林业投入115.15亿元,…。
    # …全省累计完成营造林1287.35万亩`
    text = (
        "贵州县乡村造林绿化规划编制完成 发布时间:2014-6-30 10:21:12\n"
        "我省林业部门及时编制完成造林绿化规划。规划到2017年,总投资19亿元,使全省森林覆盖率达到50%以上。 "
        "近3年,我省共争取林业投入115.15亿元,与“十一五”期间相比年均增长52.24%。"
        "以天然林资源保护和退耕还林等重点林业生态工程为支撑,全省累计完成营造林1287.35万亩。"
        "截至去年底,全省森林面积达1.27亿亩,森林覆盖率达48%。\n"
    )
    found = records(text, places=("贵州省",))
    assert [(one(found, v).kind, one(found, v).period) for v in (19, 50)] == [(TARGET, "2017")] * 2
    assert [(one(found, v).kind, one(found, v).period) for v in (115.15, 1287.35)] == [
        (ACTUAL, "2011-2013")
    ] * 2
    assert (one(found, 48).kind, one(found, 48).period) == (ACTUAL, "2013")


def test_five_years_back_in_digits_in_a_january_story() -> None:
    # hainiu11.com 福建 2019-01-25 (traditional): `近5年來,福建共完成植樹造林710.6萬畝`
    text = (
        "中國最“綠”省份福建森林覆蓋率超過三分之二\n2019-01-25 10:24:00來源:新華社\n"
        "近5年來,福建共完成植樹造林710.6萬畝,森林經營2350.6萬畝。"
        "2018年福建省林業產業總產值達到5904億元,同比增長18%。2019年福建計劃完成植樹造林90萬畝。\n"
    )
    found = records(text, places=("福建省",))
    assert [one(found, v).period for v in (710.6, 2350.6)] == ["2014-2018"] * 2
    assert (one(found, 90).kind, one(found, 90).period) == (TARGET, "2019")


def test_a_december_story_that_plans_a_named_year_is_of_the_year_before() -> None:
    # m-wangshuo.cjyun.org/p/88283.html (谷城 news, 襄阳日报): `今年,谷城县新签约项目224个,…同比增长19%。12月25日,记者从
    # 县发改委了解到,…。…2019年,谷城县将高质量谋划实施发展新的产业项目`
    text = (
        "今年,谷城县新签约项目224个、新开工项目179个、新投产项目47个,实到投资额210亿元,同比增长19%。"
        "12月25日,记者从县发改委了解到,该县已连续6年获得湖北省投资和项目建设突出贡献奖。\n"
        "谷城县负责人表示,2019年,谷城县将高质量谋划实施发展新的产业项目。\n"
    )
    assert infer_date(text) == "2018-12-25"
    found = records(text, places=("谷城县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (224, 210, 19)] == [(ACTUAL, "2018")] * 3
    # a plan's own year in a text of its first months stays the present
    assert infer_date("2019年,谷城县将新签约项目200个。今年1月,该县签约项目12个。") == "2019"


def test_goals_reported_as_met_are_no_intent_of_the_figures_after_them() -> None:
    # m.7rdy.cn/news/71997.html (a city's new-year speech, undated): `刚刚过去的一年,…全面完成了年初确定的各项目标任务。
    # 全市生产总值完成860亿元,增长16%。`
    text = (
        "刚刚过去的一年,在省委、省政府和中共我市市委的正确领导下,全市上下锐意进取、开拓创新,"
        "全面完成了年初确定的各项目标任务。全市生产总值完成860亿元,增长16%。地方财政一般预算收入完成75亿元,"
        "增长27.4%。城镇居民人均可支配收入16775元,增长14.1%。\n"
    )
    found = records(text, places=("鞍山市",))
    assert {one(found, v).kind for v in (860, 16, 75, 16775)} == {ACTUAL}


def test_an_average_growth_in_a_five_years_paragraph_of_an_undated_review_part() -> None:
    # zh.m.wikisource.org 2022年黎平县人民政府工作报告 (2022-02-16): under `一、过去五年政府工作回顾`, `五年来,…。规上工业增加值年均
    # 增长3%,社会消费品零售总额年均增长7.89%`
    text = (
        "2022年黎平县人民政府工作报告\n2022年2月16日\n各位代表:\n一、过去五年政府工作回顾\n"
        "五年来,我们坚定不移稳增长谋发展,综合实力实现大幅提升。全县地区生产总值由2017年的74.37亿元增至2021年的"
        "104.96亿元,年均增长5.7%,经济总量居全州第2位。规上工业增加值年均增长3%,社会消费品零售总额年均增长7.89%。\n"
    )
    found = records(text, places=("黎平县",))
    assert [one(found, v).period for v in (5.7, 3, 7.89)] == ["2017-2021"] * 3
    assert one(found, 104.96).period == "2021"


def test_a_mid_year_summary_that_drafts_the_next_plan_is_of_the_plans_year_before() -> None:
    # gongwenku1.com/index.php?id=52292 (a county's 2025 mid-year summary): `聚焦地区生产总值年度增长6%目标任务,系统研究2025年
    # GDP统一核算方案,…预计上半年全县GDP增长6.3%以上。有序推进“十五五”规划编制工作`
    text = (
        "一、上半年工作总结\n"
        "1、经济社会发展平稳运行。聚焦地区生产总值年度增长6%目标任务,系统研究2025年GDP统一核算方案,建立经济运行工作专班。"
        "强化经济运行调度频次,预计上半年全县GDP增长6.3%以上。有序推进“十五五”规划编制工作,完成5个课题申报。\n"
        "2、重点项目建设成效显著。92个计划新开工项目已开工51个,开工率55.4%。上半年全县固定资产投资同比下降5.9%。\n"
    )
    assert infer_date(text) == "2025"
    found = records(text, places=("某县",))
    # the year's growth goal, named as the task the work serves
    assert (one(found, 6).kind, one(found, 6).period) == (TARGET, "2025")
    # the half-year the summary reports, estimated as it ends
    assert (one(found, 6.3).kind, one(found, 6.3).period) == (ACTUAL, "2025H1")
    assert [(one(found, v).kind, one(found, v).period) for v in (51, -5.9)] == [(ACTUAL, "2025H1")] * 2


def test_a_half_year_summary_title_makes_untimed_results_the_first_halfs() -> None:
    # mingyanjiaju.org 2024年縣政府半年工作總結 (traditional): `等支柱產業發展迅速,上半年累計完成產值2.9億元,…。全縣工業企業
    # 技改擴建項目投入完成3200萬元`
    text = (
        "2024年縣政府半年工作總結\n\n一、關於xx上半年工作\n\n"
        "(一)工業經濟保持較快增長\n\n"
        "等支柱產業發展迅速,上半年累計完成產值2.9億元,同比增長61.6%,占全縣規模以上工業企業總產值的87%。"
        "全縣工業企業技改擴建項目投入完成3200萬元,企業發展後勁進一步增強。\n"
    )
    found = records(text, places=("某县",))
    assert [one(found, v).period for v in (2.9, 3200)] == ["2024H1"] * 2
