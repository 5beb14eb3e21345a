"""Review or plan, the period a figure is for, what it is about and where: rules taken from real sentences
(county work reports, mid-year reports, news, development-zone plans)."""

from __future__ import annotations

import pytest
from ingest_helpers import one, records, text_date

from bot.ingest.manifest import infer_date
from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.record import Record
from bot.ingest.tense import ACTUAL, TARGET, heading, heading_context
from bot.ingest.time import head_of, mask_comparisons, month_span, period_of
from bot.ingest.zones import find_zones

# ------------------------------------------------------------------------------------------ tense


@pytest.mark.parametrize(
    ("line", "kind", "period"),
    [
        ("一、2022年工作回顾", ACTUAL, "2022"),
        ("2018年工作回顾", ACTUAL, "2018"),
        ("过去一年工作回顾", ACTUAL, "2023"),
        ("一、“十三五”发展成就", ACTUAL, "2023"),
        ("今年主要预期目标", TARGET, "2024"),
        ("二、2025年目标任务", TARGET, "2025"),
        ("工作安排", TARGET, ""),
    ],
)
def test_part_headings_set_review_or_plan(line: str, kind: str, period: str) -> None:
    found = heading(line)
    assert found is not None
    context = heading_context(found[1], found[2], 2024)
    assert context.kind == kind
    assert context.period == (period or context.period)


def test_a_numbered_body_paragraph_is_no_plan_heading() -> None:
    level, title, whole = heading(
        "（一）坚持项目支撑，强化要素保障措施。全年12个重点项目完成投资35亿元。"
    ) or (0, "", True)
    assert level == 2 and not whole
    assert heading_context(title, whole, 2023).kind == ""


def test_estimated_outcomes_in_a_review_are_achieved_for_the_year_before() -> None:
    text = (
        "政府工作报告\n——2020年1月8日在上杭县第十七届人民代表大会第四次会议上\n2019年工作回顾\n"
        "预计实现地区生产总值391亿元，增长8.6%；财政收入38.74亿元，增长4.26%。\n"
        "2020年主要预期目标\n地区生产总值增长7%左右。\n"
    )
    found = records(text)
    assert {(r.value, r.kind, r.period) for r in found} >= {
        (391, ACTUAL, "2019"),
        (8.6, ACTUAL, "2019"),
        (38.74, ACTUAL, "2019"),
        (7, TARGET, "2020"),
    }


def test_a_review_part_is_of_the_year_its_text_says_it_reviews() -> None:
    # https://gaozipu.com/jianghuafanwen/11950.html (梨树, titled by the year it reviews) and
    # https://gongwensou.com/zhengfubaogao/34635.html (新晃, given 2020-06-04)
    text = (
        "2019年梨树县政府工作报告\n县长 郭志勇\n一、勠力奋战,克难攻坚,过去一年政府工作成效显著\n"
        "2019年,是我县经济社会发展非同寻常的一年、极具挑战的一年。\n"
        "——综合实力稳步提升。预计到年末,全县地区生产总值增长3.3%,固定资产投资增长13.9%。\n"
    )
    assert {(r.value, r.period) for r in records(text)} == {(3.3, "2019"), (13.9, "2019")}
    text = (
        "2020年新晃侗族自治县政府工作报告\n2020年6月4日在县十七届人大五次会议上\n2019年及今年以来工作回顾\n"
        "2019年是新中国成立70周年的大庆之年,也是我县攻坚克难的一年。\n"
        "经济发展提质增效。地区生产总值增长8.4%;固定资产投资增长11.5%。\n"
    )
    assert {(r.value, r.kind, r.period) for r in records(text)} == {
        (8.4, ACTUAL, "2019"),
        (11.5, ACTUAL, "2019"),
    }


def test_a_bulletins_source_before_its_time_leaves_the_time_a_frame() -> None:
    # http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html (2021 H1 bulletin, traditional script)
    text = (
        "根据地区生产总值统一核算结果,2021年上半年,全县生产总值27.54亿元,同比增长12.3%。"
        "分产业看,第一产业增加值2.55亿元,同比增长8.9%。(五华县统计局)\n"
    )
    assert {r.period for r in records(text)} == {"2021H1"}


def test_a_word_like_target_firms_inside_a_review_paragraph_flips_nothing() -> None:
    text = (
        "叶县政府工作报告\n——2024年1月22日\n一、2023年工作回顾\n"
        "——这一年，我们坚定不移抓创新。聚焦目标企业，落实帮扶措施，培育国家高新技术企业45家。\n"
    )
    assert one(records(text), 45).kind == ACTUAL


@pytest.mark.parametrize(
    "sentence",
    ["工业开票销售总量已完成全年目标的52.4%", "重点项目完成投资占年计划的58.7%"],
)
def test_progress_against_a_plan_is_achieved(sentence: str) -> None:
    text = f"启东市2020年上半年国民经济和社会发展计划执行情况\n2020年7月29日\n{sentence}。\n"
    record = next(r for r in records(text) if r.unit == "%")
    assert record.kind == ACTUAL


def test_news_with_no_date_still_has_tense() -> None:
    text = "上半年，全县规上工业增加值同比增长1.3%，增速居全市第6位。(旺苍县统计局)\n"
    found = records(text)
    assert one(found, 1.3).kind == ACTUAL and one(found, 6).kind == ACTUAL


# ------------------------------------------------------------------------------------------ time


def test_a_year_opening_a_sentence_sets_the_period_of_what_follows() -> None:
    text = (
        "深圳二届人大二次会议开幕\n2022-04-22 08:24:49 来源: 深圳商报\n"
        "报告指出，坪山区2021年实现了经济发展稳中提质。全年地区生产总值达910.6亿元、增长11.7%。\n"
        "2022年坪山区经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n"
    )
    found = records(text)
    assert (one(found, 910.6).kind, one(found, 910.6).period) == (ACTUAL, "2021")
    assert (one(found, 7).kind, one(found, 7).period) == (TARGET, "2022")


def test_a_colon_framed_year_carries_to_the_next_sentence() -> None:
    text = (
        "镇安县第十七届人民代表大会第六次会议开幕\n"
        "在回顾2015年和“十二五”工作时，贾建刚说：2015年，面临最复杂的发展环境，我们迎难而上。"
        "全年实现生产总值83.91亿元、增长10.8%。\n"
    )
    record = one(records(text), 83.91)
    assert (record.kind, record.period) == (ACTUAL, "2015")


def test_comparison_bases_are_never_the_period() -> None:
    assert mask_comparisons("增速较一季度和1-5月分别提高").replace(" ", "") == "增速分别提高"
    assert period_of("比去年同期增长", 2023) is None
    assert period_of("分别恢复到2019年同期的", 2021) is None
    text = (
        "旺苍县2023年上半年经济运行\n上半年，全县规上工业增加值同比增长1.3%，增速较一季度提高15.5个百分点。\n"
    )
    assert one(records(text), 15.5).period == "2023H1"


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("1-6月", "2023H1"),
        ("1-7月", "2023-01~2023-07"),
        ("1-3月", "2023-01~2023-03"),  # a literal span of months, as written (r336 怀远 gold)
        ("一季度", "2023Q1"),
        ("今年1月至7月", "2023-01~2023-07"),
        ("截至6月底", "2023H1"),
        ("截至目前", "2023"),
        ("“十三五”期间累计", "2016-2020"),
        ("“十四五”期末", "2025"),
        ("确保“十四五”开好局，全年", "2023"),
    ],
)
def test_time_words_name_periods(words: str, period: str) -> None:
    assert period_of(words, 2023) == period


def test_month_spans() -> None:
    assert month_span(2024, 12) == "2024" and month_span(2024, 9) == "2024-01~2024-09"
    assert period_of("今年前三季度", 2021) == "2021-01~2021-09"  # RECORDS.md: a month span, like 1-7月


def test_the_head_of_a_sentence_keeps_its_dates() -> None:
    assert head_of("2022年一季度，坪山区地区生产总值增长7%") == "2022年一季度，坪山区地区生产总值增长"


def test_a_five_year_review_gives_levels_the_last_year_and_flows_the_span() -> None:
    text = (
        "政府工作报告\n——2021年2月2日在晋江市第十七届人民代表大会第六次会议上\n"
        "一、“十三五”发展成就和2020年工作回顾\n"
        "“十三五”时期，是晋江发展史上极不平凡的五年。地区生产总值从2015年的1744亿元增加到2020年的2616亿元，"
        "年均增长7.6%；一般公共预算总收入突破两百亿元。新增上市公司12家，上市公司总数达到50家。\n"
    )
    found = records(text)
    assert one(found, 7.6).period == "2016-2020"  # growth from the 2015 base over the plan's five years
    assert one(found, 200).period == "2020"
    assert one(found, 12).period == "2016-2020"
    assert one(found, 50).period == "2020"


def test_a_report_reviewing_a_year_is_dated_the_next() -> None:
    assert infer_date("县长贾建刚向大会作政府工作报告。在回顾2015年和“十二五”工作时……") == "2016"
    # (the lead's day, in the year the text is of: r147 同安 2025)
    assert infer_date("株洲日报讯 3月4日，…2025年，该区将紧扣创建国家级经开区目标") == "2025-03-04"


# ------------------------------------------------------------------------------------------ subject


def test_figures_about_one_company_carry_its_name() -> None:
    text = (
        "海门区\n【竞技场】黄海边，业内首个没有排污口的钢厂——中天钢铁(南通)有限公司迎来一批新入职大学生。"
        "企业去年首年投产即实现销售167亿元，预计今年产值将突破300亿元。\n"
    )
    found = records(text, "2023-07", ("海门区",))
    assert {(r.value, r.subject, r.indicator) for r in found} == {
        (167, "中天钢铁", "销售"),
        (300, "中天钢铁", "产值"),
    }


def test_a_count_of_a_group_the_place_acts_on_is_about_that_group() -> None:
    text = "海安市2025年工作计划\n深抓开放协作。针对49家对美进出口企业，组建工作专班，落实挂钩服务。\n"
    record = one(records(text, "2025", ("海安市",)), 49)
    assert (record.subject, record.kind, record.indicator) == ("对美进出口企业", ACTUAL, "对美进出口企业")


def test_a_figure_in_a_project_name_is_no_record() -> None:
    text = "如东县\n中国天楹如东100MWh重力储能项目规划中35层的建筑已建到31层。\n"
    found = records(text, "2023-07", ("如东县",))
    assert all(r.unit != "MWh" for r in found)
    assert one(found, 31).subject == "中国天楹如东100MWh重力储能项目"


# ------------------------------------------------------------------------------------------ zones


def test_zones_are_recognised_by_form_and_named_in_full() -> None:
    gazetteer = Gazetteer.default()
    names = {
        z.place.name: z.place.city
        for z in find_zones("镇江高新区召开会议，如皋高新技术产业开发区，株洲经开区", gazetteer)
    }
    assert names == {
        "镇江高新技术产业开发区": "镇江市",
        "如皋高新技术产业开发区": "南通市",
        "株洲经济开发区": "株洲市",  # no national zone in 株洲 (bot/data/zones.json): a provincial one
    }
    assert find_zones("浦东新区", gazetteer) == []  # a real district, the gazetteer's
    assert find_zones("全市高新区", gazetteer) == []


def test_a_zone_document_belongs_to_the_zone_not_the_city_of_its_byline() -> None:
    text = (
        "株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂) 新增工业产值110亿元以上，完成固定资产投资120亿元以上……"
        "3月4日，株洲经开区党工委(扩大)会议上传来消息，2025年，该区将紧扣创建国家级经开区目标。\n"
        "2025年，株洲经开区将力争新增省级以上“专精特新”企业6家以上，高新技术企业突破60家。\n"
    )
    found = records(text)
    assert {r.region for r in found} == {"株洲经济开发区"}  # still a provincial zone: 经济开发区
    assert {r.city for r in found} == {"株洲市"}
    assert one(found, 110).indicator == "新增工业产值"
    assert one(found, 110).period == "2025"


def test_a_zone_opening_a_sentence_speaks_for_itself() -> None:
    text = "浏阳市一季度经济运行\n一季度，浏阳经开区(高新区)完成规模工业总产值412亿元，同比增长10.3%。浏阳规模工业增加值增长7.9%。\n"
    found = records(text, "2023-04-21", ("浏阳市",))
    assert one(found, 412).region == "浏阳经济技术开发区"
    assert one(found, 412).indicator == "规模工业总产值"
    assert one(found, 7.9).region == "浏阳市"


# ------------------------------------------------------------------------------------------ names


def test_urban_and_rural_lists_give_one_record_each() -> None:
    text = "镇安县\n2015年，城乡居民收入达到23292元和7750元、分别增长8.8%和10%。\n"
    names = {r.value: r.indicator for r in records(text, "2016", ("镇安县",))}
    assert names == {
        23292: "城镇居民收入",
        7750: "农村居民收入",
        8.8: "城镇居民收入增速",
        10: "农村居民收入增速",
    }


@pytest.mark.parametrize(
    "text",
    [
        "0瀏覽 評論0條",
        "始终筑牢联防联控、群防群控两张网",
        "2024年，株洲经开区围绕“奋战双百亿、挺进三十强”目标",
        "主要经济指标实现两位数增长",
        "两项指标增速均排名全市第三",
    ],
)
def test_furniture_slogans_and_counts_of_indicators_are_no_records(text: str) -> None:
    found = records(f"坪山区\n{text}。\n", "2022", ("坪山区",))
    assert [r for r in found if r.unit != "名次"] == []


def test_names_lose_hedges_places_and_bylines() -> None:
    text = (
        "坪山区\n2022年一季度，坪山区经济运行逆势上扬。初步预计，地区生产总值增长7%以上；"
        "全年地区生产总值同比(下同)增长4.5%。坪山区将确保地区生产总值增长7%以上。\n"
    )
    names = {r.indicator for r in records(text, "2022-04-22", ("坪山区",))}
    assert names == {"地区生产总值增速"}


def test_records_name_common_indicators_canonically() -> None:
    text = "叶县\n2023年，规上工业增加值增长11.1%，固定资产投资增长8.5%，税收收入增长15.9%，制造业增加值占90.6%。\n"
    canonical = {r.value: r.canonical for r in records(text, "2024-01-22", ("叶县",))}
    assert canonical == {
        11.1: "规上工业增加值增速",
        8.5: "固定资产投资增速",
        15.9: "税收收入增速",
        90.6: "",
    }


def test_rank_lists_and_strong_ranks() -> None:
    from bot.ingest.numbers import find_quantities

    text = "位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5、绿色发展第5、工业百强第7，跻身服务业全国10强"
    assert [(q.value, q.cmp) for q in find_quantities(text)] == [
        (3, "="),
        (4, "="),
        (5, "="),
        (5, "="),
        (7, "="),
        (10, "<="),
    ]
    assert find_quantities("全国百强县") == []  # the name of a list


def test_a_list_split_by_commas_names_each_figure() -> None:
    text = "启东市\n1-6月份，信息传输、计算机服务和软件业，批发和零售业分别同比增长6.4%和15.7%。\n"
    names = {r.value: r.indicator for r in records(text, "2020-07-29", ("启东市",))}
    assert names == {6.4: "信息传输、计算机服务和软件业增速", 15.7: "批发和零售业增速"}


def test_a_five_year_plan_is_dated_by_its_first_year() -> None:
    text = (
        "松陽縣國民經濟和社會發展第十三個五年規劃綱要\n一、發展基礎\n"
        "“十二五”時期，全縣地區生產總值年均增長10.5%，2015年達到120億元。\n"
        "二、發展目標\n到2020年，地區生產總值達到150億元，年均增長8%以上；財政總收入達到20億元。城鎮化率達到55%。\n"
    )
    found = {r.value: (r.kind, r.period) for r in records(text, "", ("松阳县",))}
    assert found == {
        10.5: (ACTUAL, "2011-2015"),
        120: (ACTUAL, "2015"),
        150: (TARGET, "2020"),
        8: (TARGET, "2016-2020"),
        20: (TARGET, "2020"),
        55: (TARGET, "2020"),
    }


def test_an_undated_interview_is_dated_by_the_years_it_speaks_of() -> None:
    text = (
        "雷波县：2013年经济工作回顾与展望\n——访雷波县委书记 张三\n记者：2012年雷波经济发展情况如何？\n"
        "张三：2012年，全县实现地区生产总值35亿元，增长15%。\n记者：今年的目标是什么？\n"
        "张三：今年，我们力争地区生产总值增长12%，财政收入突破5亿元。\n"
    )
    found = {r.value: (r.region, r.indicator, r.kind, r.period) for r in records(text)}
    assert found == {
        35: ("雷波县", "地区生产总值", ACTUAL, "2012"),
        15: ("雷波县", "地区生产总值增速", ACTUAL, "2012"),
        12: ("雷波县", "地区生产总值增速", TARGET, "2013"),
        5: ("雷波县", "财政收入", TARGET, "2013"),
    }


def test_table_columns_say_plan_or_report() -> None:
    text = (
        "开化县2023年度重点工作清单\n时间:2023-12-22 17:46\n"
        "序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |\n"
        "3 | 出境水II类以上水质天数占比和空气优良率均保持在98%以上。 | ①每月上报水气环境质量情况。 |"
        " ①一季度，空气质量为优天数60天(占66.7%)，AQI优良率为100%。 | 达序推进 |\n"
    )
    found = {r.value: (r.indicator, r.kind, r.period) for r in records(text, "", ("开化县",))}
    assert found[98][1:] == (TARGET, "2023")
    assert found[60][1:] == found[66.7][1:] == (ACTUAL, "2023Q1")
    assert found[66.7][0] == "空气质量为优天数占比"
    assert "|" not in found[98][0]


def test_one_projects_investment_is_its_own_record() -> None:
    text = "上杭县\n2019年，引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目；总投资超50亿元的桐昆三期等项目开工建设。\n"
    found = records(text, "2020-01-08", ("上杭县",))
    assert [(r.value, r.indicator, r.subject) for r in found] == [
        (21.18, "项目总投资", "宁德时代新型锂盐研发生产项目")
    ]


def test_an_undated_text_speaking_of_a_year_as_over_is_of_the_next() -> None:
    text = "近日，庆云县委书记董立新接受记者采访。董立新说，2007年庆云县强势崛起，经济社会发生了深刻变化。"
    assert infer_date(text) == "2008"


def test_a_review_of_the_past_year_goes_on_into_the_next_paragraphs() -> None:
    # made up after a real news piece explaining a work report: the review opens in one paragraph and goes on
    text = (
        "某某县政府网 发布时间:2022-06-21\n"
        "《县政府工作报告》指出，过去一年全县经济发展稳中有进。实现地区生产总值418.52亿元，增长13.9%。\n"
        "园区建设提质增效。全年引进项目51个，总投资额193.77亿元；83个重点项目完成投资200.64亿元，"
        "占年度计划投资总额153.92%。\n"
    )
    found = records(text, "2022-06-21", ("上杭县",))
    for value in (418.52, 51, 193.77, 153.92):
        record = one(found, value)
        assert (record.kind, record.period) == (ACTUAL, "2021"), value


def test_a_new_frame_ends_a_review_that_no_heading_opened() -> None:
    text = "过去一年，全县实现地区生产总值418.52亿元。\n今年，全县地区生产总值增长7%左右。\n"
    found = records(text, "2022-02-10", ("上杭县",))
    assert (one(found, 418.52).kind, one(found, 418.52).period) == (ACTUAL, "2021")
    assert (one(found, 7).kind, one(found, 7).period) == (TARGET, "2022")


@pytest.mark.parametrize(
    ("sentence", "value", "indicator"),
    [
        ("2021年，总投资34.02亿元的10个重点项目集中开工。", 34.02, "重点项目总投资"),
        ("2021年，促进昆鹏陶瓷公司意向投资1.2亿元的4条陶瓷生产线项目落地。", 1.2, "陶瓷生产线项目意向投资"),
    ],
)
def test_what_a_counted_group_of_projects_invests_together_is_a_record(
    sentence: str, value: float, indicator: str
) -> None:
    found = records("固安县\n" + sentence + "\n", "2022-01-20", ("固安县",))
    record = one(found, value)
    assert (record.indicator, record.subject, record.kind, record.period) == (indicator, "", ACTUAL, "2021")


def test_one_named_projects_investment_before_what_it_does() -> None:
    found = records(
        "息县\n2010年，以合德集团投资2.7亿元的棉纺项目为龙头，发展纺织业。\n", "2010-03-01", ("息县",)
    )
    assert one(found, 2.7).subject == "棉纺项目"


def test_the_field_a_ranking_is_made_in_is_no_record() -> None:
    text = "芜湖经济技术开发区\n2021年，在全国217家国家级开发区综合考评中位列第13位。\n"
    found = records(text, "2022-01-20", ("芜湖经济技术开发区",))
    assert [(r.value, r.unit) for r in found] == [(13, "名次")]


def test_a_forecast_for_the_whole_year_in_a_mid_year_report_is_a_target() -> None:
    text = "泾县\n上半年，全县完成财政收入3.5亿元，增长5%。预计全年财政总收入将达7亿元。\n"
    found = records(text, "2023-07-20", ("泾县",))
    assert (one(found, 3.5).kind, one(found, 3.5).period) == (ACTUAL, "2023H1")
    assert (one(found, 7).kind, one(found, 7).period) == (TARGET, "2023")


def test_a_forecast_in_a_review_after_the_year_is_an_outcome_of_the_year_it_names() -> None:
    text = "泾县\n过去一年，全县预计全年实现地区生产总值120亿元，增长8%。\n"
    found = records(text, "2024-01-10", ("泾县",))
    assert {(r.value, r.kind, r.period) for r in found} == {(120, ACTUAL, "2023"), (8, ACTUAL, "2023")}


def test_a_spoken_year_anchors_the_year_words_after_it() -> None:
    assert period_of("过去一年，全县预计全年实现", 2024) == "2023"
    assert period_of("去年实现生产总值120亿元，今年力争全年", 2024) == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "眉县县情简介\n现代农业特色鲜明，猕猴桃面积30万亩，占耕地面积的85%，将打造全国示范县。\n",
        "眉县隶属于陕西省宝鸡市，位于关中平原西部。\n现代农业特色鲜明，猕猴桃面积30万亩，占耕地面积的85%，将打造全国示范县。\n",
    ],
)
def test_a_places_profile_states_what_it_has(text: str) -> None:
    found = records(text, "2023", ("眉县",))
    assert {r.kind for r in found if r.value in (30, 85)} == {ACTUAL}


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("元至7月", "2023-01~2023-07"),
        ("一至七月", "2023-01~2023-07"),
        ("前7个月", "2023-01~2023-07"),
        ("1~6月", "2023H1"),
        ("十一至十二月", None),
    ],
)
def test_the_months_of_the_year_so_far_in_any_wording(words: str, period: str | None) -> None:
    assert period_of(f"全县{words}，完成", 2023) == period


def test_a_month_span_without_a_year_frames_achieved_figures() -> None:
    text = "泾县统计局\n元至7月，全县完成财政收入3.5亿元。前7个月，规上工业增加值增长5%。\n"
    found = records(text, "", ("泾县",))
    assert {(r.value, r.kind, r.period) for r in found} == {(3.5, ACTUAL, ""), (5, ACTUAL, "")}


def test_an_interviewees_look_back_goes_on_until_they_look_ahead() -> None:
    text = (
        "息县县委书记访谈\n"
        "张三说，过去一年，全县地区生产总值达到100亿元，引进项目30个。\n"
        "全县新建学校5所，财政收入12亿元。\n"
        "今后五年，全县财政收入达到20亿元。\n"
    )
    found = records(text, "2010-03-01", ("息县",))
    assert {(r.value, r.kind) for r in found} == {
        (100, ACTUAL),
        (30, ACTUAL),
        (5, ACTUAL),
        (12, ACTUAL),
        (20, TARGET),
    }
    assert one(found, 5).period == "2009"


# ------------------------------------------------------------------------------------------ round 3


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("数据显示,2020 年至2024年间,陇县地区生产总值稳定保持在", "2020-2024"),  # 年 after both years
        ("“十五”期间年均增长", "2001-2005"),  # the plans before 十一五 are quoted
        ("“十五”期间年均增长14.91 %,比“九五”年均增幅高", "2001-2005"),  # 比“九五” is a base
        ("“九五”时期", "1996-2000"),
        ("2025年十五件民盼实事", "2025"),  # a bare 十五 is fifteen
    ],
)
def test_spans_and_older_five_year_plans(words: str, period: str) -> None:
    assert period_of(words, 2006) == period


def test_a_metadata_title_summing_up_the_past_year_dates_its_figures() -> None:
    text = (
        "- 索 引 号: FZ04102-0900-2023-00006\n- 成文日期: 2023-02-06\n- 标 题: 晋安区2022年1-12月各类项目总结\n"
        "晋安区2022年1-12月各类项目总结\n"
        "一、1-12月重大投资项目(省重点项目)总体情况\n"
        "省重点项目共9项,总投资171.19亿元,年度计划投资23.5亿元,1-12月累计完成投资33.76亿元,"
        "占年度计划投资144%,超序时进度44%。\n"
        "二、1-12月市重点项目总体情况\n"
        "131个市级重大项目,总投资1520.63亿元,年度计划投资373.5亿元,1-12月完成投资485.85亿元。\n"
    )
    found = records(text, "2023-02-06", ("晋安区",))
    assert {r.period for r in found} == {"2022"}
    assert {r.value for r in found if r.kind == TARGET} == {23.5, 373.5}  # only the plans' own amounts


def test_a_comparison_base_does_not_undo_an_intent() -> None:
    text = (
        "鄂城区政府工作报告\n"
        "力争固定资产投资增幅16%以上、限上社零额同比增长15%以上、高新技术产业增加值增幅15%以上,"
        "财政总收入达到20亿元、增幅12%以上,市场主体实现增长60%以上。\n"
    )
    found = records(text, "2022-12-19", ("鄂城区",))
    assert {r.kind for r in found} == {TARGET}


def test_a_figure_closing_a_quoted_goal_is_a_target() -> None:
    text = (
        "沭阳县:项目建设加速度\n今年以来,沭阳县牢固树立导向。\n"
        "该县围绕“总体工作全市居首位、工业销售收入突破1200亿元”目标,突出招大引优提升产业能级。\n"
    )
    assert one(records(text, "2021-12-20", ("沭阳县",)), 1200).kind == TARGET


def test_beyond_a_plans_target_is_reached() -> None:
    text = "万年县访谈\n2005年,全县共完成生产总值19.33亿元,超“十五”计划目标3.73亿元。\n"
    assert one(records(text, "2005-06-01", ("万年县",)), 19.33).kind == ACTUAL


def test_a_report_opening_with_a_part_of_the_year_is_about_that_part() -> None:
    text = (
        "上半年,缙云全县上下深入学习贯彻党的二十大精神,全县经济运行延续向好态势。\n"
        "一、GDP同比增长6.4%\n"
        "分产业看,第一产业增加值6.06亿元,同比增长4.0%。\n"
        "三、第二产业稳步恢复\n"
        "工业增加值增长3.7%,比一季度提高0.4个百分点。\n"
    )
    found = records(text, "2023", ("缙云县",))
    assert {(r.kind, r.period) for r in found} == {(ACTUAL, "2023H1")}


def test_a_review_opened_by_its_year_goes_on_until_the_look_ahead() -> None:
    text = (
        "广安经开区“新春第一会”发力高质量发展\n"
        "2月18日,广安经开区召开2024年高质量发展大会,总结2023年工作,部署2024年重点任务。\n"
        "回顾2023年,广安经开区坚持稳中求进工作总基调,各项重点工作取得新突破。\n"
        "经济增长拼出新成效。地区生产总值增长8%,比全省、全市分别高2、1.4个百分点。\n"
        "展望2024年,广安经开区将重点做好工作,力争地区生产总值增长10%。\n"
    )
    found = records(text, "2024-02-18", ("广安经济技术开发区",))
    assert {(r.value, r.kind, r.period) for r in found if r.unit == "%"} == {
        (8, ACTUAL, "2023"),
        (10, TARGET, "2024"),
    }


def test_a_lead_announcing_achievements_opens_a_review_that_a_past_frame_goes_on_with() -> None:
    text = (
        "陇县“跑”出高质量发展“加速度”\n"
        "本报讯(记者 韩小珍)7月24日,宝鸡市政府新闻办举行发布会,全面展示陇县“十四五”期间经济社会发展成就。\n"
        "数据显示,2020 年至2024年间,陇县年均增速达4.25%。\n"
        "此外,陇县奶山羊存栏量达57.3万只,全产业链产值突破80亿元。\n"
        "接下来,陇县将锚定目标,力争到2030年实现工业产值200亿元。\n"
    )
    found = records(text, "2025-07-28", ("陇县",))
    assert (one(found, 4.25).kind, one(found, 4.25).period) == (ACTUAL, "2020-2024")
    assert (one(found, 80).kind, one(found, 80).period) == (ACTUAL, "2025")
    assert one(found, 200).kind == TARGET


def test_reported_speech_without_a_comma_opens_a_look_back() -> None:
    text = (
        "嵩县县委书记访谈\n"
        "访谈中,马振宇说过去一年,该县立足本土主要开展了五个方面的工作。\n"
        "完成总投资4152万元的伊河城区段综合整治工程,在伊河县城段形成长2.3公里的水面。\n"
        "展望2010年发展目标,马振宇说,要确保生产总值增长12%。\n"
    )
    found = records(text, "2010", ("嵩县",))
    assert {(r.value, r.kind, r.period) for r in found} >= {(2.3, ACTUAL, "2009"), (12, TARGET, "2010")}


def test_an_interviewers_request_to_talk_about_achievements_frames_a_look_back() -> None:
    text = (
        "站在新的起点 实现新的跨越\n"
        "记者:首先请您谈谈“十五”时期万年县域经济发展取得的主要成就。\n"
        "程文:2005年,全县共完成生产总值19.33亿元,超“十五”计划目标3.73亿元,“十五”期间年均增长14.91 %。\n"
    )
    found = records(text, "2005", ("万年县",))
    assert {(r.value, r.kind) for r in found if r.value in (19.33, 14.91)} == {
        (19.33, ACTUAL),
        (14.91, ACTUAL),
    }
    assert one(found, 14.91).period == "2001-2005"


def test_winning_funds_is_no_intent_and_a_plans_investment_names_only_its_clause() -> None:
    text = (
        "郏县政府工作报告\n一、2023年工作回顾\n"
        "全年争取政策性项目资金15亿元。培育5g重点项目13个,计划投资1.2亿元,全市第一。\n"
    )
    found = records(text, "2024-01-10", ("郏县",))
    assert one(found, 15).kind == ACTUAL
    assert one(found, 1).kind == ACTUAL  # the rank after the plan's amount


def test_a_forecast_for_the_year_in_a_dateline_without_a_year_is_a_target() -> None:
    text = (
        "8月17日,笔者从贞丰县统计局获悉,元至7月,该县财政总收入突破4.27亿元,比上年增长49.77%,"
        "预计全年财政总收入将达7亿元。\n"
    )
    found = records(text, "", ("贞丰县",))
    assert {(r.value, r.kind) for r in found} == {(4.27, ACTUAL), (49.77, ACTUAL), (7, TARGET)}


def test_the_whole_year_in_a_report_of_results_is_achieved() -> None:
    text = (
        "完成投资430.9亿元!增城2022年重点项目发力这些领域\n"
        "2022年,增城区把重大项目建设作为促投资稳增长的重要抓手。该区统筹加快重点项目建设,全年完成投资430.9亿元。\n"
        "基础设施领域,增城区52个项目完成投资74.8亿元,完成年度计划的106.4%。\n"
        "产业建设领域,增城区62个产业项目完成投资124.8亿元,完成年度计划的98.8%。\n"
    )
    found = records(text, "2022", ("增城区",))
    assert {r.kind for r in found} == {ACTUAL}


def test_a_five_year_review_that_names_no_years_leaves_its_figures_undated() -> None:
    text = (
        "肥西县第十四次代表大会报告\n## 一、过去五年的工作回顾\n"
        "规上工业企业达到605家。地区生产总值由2016年的581.2亿元增加到2020年的960.6亿元,年均增长8.5%。\n"
        "2020年在合肥市县域经济考核中位列第一。\n"
    )
    found = records(text, "2021-09-28", ("肥西县",))
    assert one(found, 605).period == ""
    assert one(found, 8.5).period == "2016-2020"
    assert one(found, 1).period == "2020"


def test_growth_from_a_base_year_five_years_before_is_the_plans_span() -> None:
    text = "晋江市政府工作报告\n地区生产总值由2015年的1600亿元增加到2020年的2616亿元,年均增长7.6%。\n"
    assert one(records(text, "2021-02-01", ("晋江市",)), 7.6).period == "2016-2020"


def test_a_news_lead_framed_by_a_part_of_the_year_dates_the_reports_figures() -> None:
    text = (
        '浏阳新闻网 | 首页 | 时政\n浏阳一季度经济"开门红"\n'
        "浏阳日报讯 4月20日, 记者从浏阳市统计局获悉, 一季度, 浏阳实现地区生产总值 386.5 亿元, 同比增长 5.8%。\n"
        "花炮产业稳中有进。 全市花炮产业实现出口 12.6 亿元, 同比下降 3.2%; 国内市场销售额增长 18.9%。\n"
        "据了解, 浏阳还将在今年实施重点项目 286 个, 其中 10 亿元以上项目 26 个。\n"
    )
    found = records(text, "2023-04-21", ("浏阳市",))
    assert {(r.kind, r.period) for r in found if r.value in (386.5, 12.6, 18.9)} == {(ACTUAL, "2023Q1")}
    assert {(r.kind, r.period) for r in found if r.value in (286, 26)} == {(TARGET, "2023")}


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("一至三季度,全县", "2023-01~2023-09"),  # not the third quarter
        ("1-3季度,全县", "2023-01~2023-09"),
        ("前两个季度,全县", "2023H1"),
        ("第三季度,全县", "2023Q3"),
    ],
)
def test_the_quarters_so_far(words: str, period: str) -> None:
    assert period_of(words, 2023) == period


def test_an_undated_profiles_this_year_and_standing_facts_name_no_year() -> None:
    text = (
        "眉县县情简介\n眉县总面积863平方公里。2016年,全县实现地区生产总值115.51亿元,增长12%。"
        "今年1-6月份,全县实现地区生产总值55.94亿元,增长10.6%。猕猴桃面积30万亩。\n"
    )
    found = records(text, "2017", ("眉县",))  # a year guessed from the text, no date stated
    assert {(r.value, r.period) for r in found} == {
        (115.51, "2016"),
        (12, "2016"),
        (55.94, ""),
        (10.6, ""),
        (30, ""),
    }


def test_progress_against_the_years_goal_is_achieved() -> None:
    text = "如东县经济运行\n全县规上工业产值完成80亿元,占年度目标任务的60%。\n"
    found = records(text, "2023-07-10", ("如东县",))
    assert {(r.value, r.kind) for r in found} == {(80, ACTUAL), (60, ACTUAL)}


def test_a_figure_named_as_the_years_goal_is_the_target_itself() -> None:
    from bot.ingest.kind import figure_kind
    from bot.ingest.numbers import find_quantities

    (q,) = find_quantities("200亿元")
    assert figure_kind("1-8月,全县完成固定资产投资120亿元,完成年度目标", "200亿元的60%", ACTUAL, q) == TARGET
    assert figure_kind("完成年度计划的", "106.4%", ACTUAL, q) == ACTUAL


def test_a_rate_naming_a_growth_goal_is_the_target() -> None:
    from bot.ingest.kind import figure_kind
    from bot.ingest.numbers import find_quantities

    (q,) = find_quantities("7%")
    assert figure_kind("今年,全区要全面完成", "7%增长目标", ACTUAL, q) == TARGET
    assert figure_kind("全区地区生产总值增长", "7%,高于全市", ACTUAL, q) == ACTUAL


def test_a_running_plans_review_dates_levels_by_the_document() -> None:
    text = (
        "某县“十四五”规划实施中期评估报告\n一、“十四五”规划实施总体情况\n"
        "规划确定的发展指标多数进展顺利,3项指标不达预期。全县规上工业企业达到605家。"
        "2022年,全县地区生产总值达到500亿元。\n"
    )
    found = records(text, "2023-10-10", ("如东县",))
    assert {(r.value, r.kind, r.period) for r in found if r.value != 3} == {
        (605, ACTUAL, "2023"),  # not 2025: the plan is still running
        (500, ACTUAL, "2022"),
    }


def test_a_span_written_with_a_dash() -> None:
    assert period_of("2020-2024年,全县累计", 2025) == "2020-2024"
    assert period_of("“十四五”期间,全县", 2025) == "2021-2025"


def test_a_paragraph_opening_with_the_past_year_opens_a_review_until_the_plan() -> None:
    text = (
        "泉山区政府工作报告(摘要)\n2023年,是全面贯彻党的二十大精神的开局之年。一年来,全区地区生产总值增长6%。\n"
        "全区新增市场主体5000户,城镇新增就业1.2万人。\n"
        "2024年,全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n"
    )
    found = records(text, "2024-01-12", ("泉山区",))
    assert {(r.value, r.kind, r.period) for r in found} == {
        (6, ACTUAL, "2023"),
        (5000, ACTUAL, "2023"),
        (1.2, ACTUAL, "2023"),
    } | {(6, TARGET, "2024")}


def test_a_review_paragraph_that_turns_to_the_year_ahead_ends_the_review() -> None:
    text = (
        "庆云县委书记访谈\n董立新说,2007年庆云县强势崛起,经济社会发生了深刻变化。"
        "立足新起点,今年庆云县将确保实现“三个翻番”的目标。\n"
        "董立新说,庆云县工业基础薄弱。要建立健全重点项目库,确保常年储备100个以上。\n"
    )
    assert one(records(text, "2008", ("庆云县",)), 100).period == "2008"


def test_deadlines_by_day_and_by_the_end_of_a_quarter() -> None:
    text = (
        "钟楼区2024年重点任务\n确保6月底前完成老旧小区改造20个。力争三季度末新增规上企业15家。"
        "9月30日前完成投资10亿元。\n"
    )
    found = records(text, "2024-03-01", ("钟楼区",))
    assert {(r.value, r.deadline) for r in found} == {(20, "6月底前"), (15, "三季度末"), (10, "9月30日前")}


def test_the_year_just_past_opens_a_review_and_its_forecast_is_an_outcome() -> None:
    text = (
        "寿县:2023年经济发展取得新成绩\n在刚刚过去的2023年,寿县始终坚持发展第一要务,全县经济发展不断取得新成绩。\n"
        "坚持把项目建设摆在突出位置,全年预计固定资产投资增长15%以上。\n"
    )
    record = one(records(text, "2024-01-04", ("寿县",)), 15)
    assert (record.kind, record.period) == (ACTUAL, "2023")


def test_a_figure_the_next_clause_calls_a_goal_is_a_target() -> None:
    from bot.ingest.kind import figure_kind
    from bot.ingest.numbers import find_quantities

    (q,) = find_quantities("1000亿元")
    after = "1000亿元的工业开票销售收入,这是第一个奋斗目标"
    assert figure_kind("五年的时间,达到", after, ACTUAL, q) == TARGET


# ------------------------------------------------------- news and reports that say little of time (issue 8)


def kinds(found: list[Record]) -> dict[float, tuple[str, str]]:
    return {r.value: (r.kind, r.period) for r in found}


def test_a_goal_served_is_no_tense_and_the_years_since_one_are_done() -> None:
    # r53: a 2017 news piece; `围绕…工作目标` names what the work serves, not a figure still to reach
    text = (
        "近日,《2017湖南县域旅游经济增长质量报告》发布会,首次发布湖南县域旅游经济增长质量报告。\n"
        "2017年以来,桃源县紧紧围绕创建国家全域旅游示范县的工作目标,狠抓项目建设、宣传营销、品牌创建,"
        "全县旅游事业发展呈现出崭新的局面。全县共实施旅游重点开发项目12个,总投资约30亿元,开工率达75%,"
        "完成投资约2亿元,争取项目资金0.66亿元,项目融资到位3.99亿元。\n"
    )
    found = kinds(records(text, places=("桃源县",)))
    for value in (12, 30, 75, 2, 0.66, 3.99):
        assert found[value] == (ACTUAL, "2017"), value


def test_an_event_reported_is_done_and_a_plan_beside_it_is_not() -> None:
    # r50: a ground-breaking ceremony; `本次` is the event, `年度计划投资` the year's plan
    text = (
        "2023年深圳市龙华首批重大项目开工\n责任编辑:赵桐曲 2023-01-29 16:46:49\n"
        "龙华区委书记王卫在发言中表示,2023年,龙华区将全面落实市委部署要求。二是要项目大开工。"
        "本次新开工项目32个,项目总投资536亿元,年度计划投资77亿元。\n"
    )
    found = kinds(records(text, places=("龙华区",)))
    assert found[32] == found[536] == (ACTUAL, "2023")
    assert found[77] == (TARGET, "2023")


def test_success_is_done_and_a_look_ahead_names_no_year() -> None:
    # r66: a June 2017 news piece: signed projects are done; `下一步,苍南将…` targets name no year
    text = (
        "苍南签约百亿旅游项目打造山海生态旅游目的地\n2017年06月20日 16:25:14\n"
        "6月16日,苍南旅游发展合作暨旅游形象推介会举行,成功签订13个旅游发展项目,5个重点旅游招商项目,"
        "签约总额达100亿元。\n"
        "近年来,苍南高度重视旅游产业发展。2016年全县旅游接待总人数达817万人次,旅游总收入70亿元。"
        "下一步,苍南将紧紧围绕“浙江山海生态旅游目的地”这一目标,突出十大旅游综合体建设,"
        "完成旅游项目投资100亿元以上,吸引国内外游客1000万人次以上。\n"
    )
    found = records(text, places=("苍南县",))
    assert {(r.value, r.kind, r.period) for r in found} >= {
        (13, ACTUAL, "2017"),
        (5, ACTUAL, "2017"),
        (100, ACTUAL, "2017"),
        (817, ACTUAL, "2016"),
        (70, ACTUAL, "2016"),
        (100, TARGET, ""),
        (1000, TARGET, ""),
    }


def test_a_projection_once_built_is_a_target_and_will_reach_looks_ahead() -> None:
    # r60: in a report of what was done; r27: `成功晋升` is done, `将达` still to come
    text = (
        "今年以来,该县现代材料园区建设项目已累计完成投资45亿元,预计建成后可实现年总产值150亿元。\n"
        "工业转型升级步伐加快,县工业园区成功晋升省级经开区,新能源产业装机容量将达1.6吉瓦,位居全市前列。\n"
    )
    found = records(text, "2017-11-20", ("洋县",))
    assert one(found, 45).kind == ACTUAL
    assert one(found, 150).kind == TARGET
    assert one(found, 1.6).kind == TARGET


def test_a_list_lead_sets_its_items_kind_and_year_past_the_full_stop() -> None:
    # r55: the 2024 targets follow a 2023 review in the same paragraph
    text = (
        "济南高新区2024年工作动员大会召开\n2月23日,济南高新区2024年工作动员大会召开。\n"
        "2023年,济南高新区认真落实中央决策部署,全区地区生产总值达到1767.3亿元,同比增长7.3%。"
        "会议提出,2024年经济社会发展主要预期目标为:地区生产总值增长7%,实际使用外资7.7亿美元,"
        "一般公共预算收入增长7.5%。新增城镇就业1.65万人,完成能耗强度降低任务。\n"
    )
    found = kinds(records(text, "2024-02-23", ("济南高新技术产业开发区",)))
    assert found[1767.3] == found[7.3] == (ACTUAL, "2023")
    assert found[7] == found[7.7] == found[1.65] == (TARGET, "2024")


def test_a_report_of_2011_reviews_2010_the_last_year_of_the_plan() -> None:
    # r62: a congress news piece; the review is of 2010, `“十一五”规划的最后一年`, not of the plan's span
    text = (
        "三穗第十五届人民代表大会第五次会议胜利召开\n"
        "县长付乐欣代表县人民政府向大会作政府工作报告。报告分四个部分:一是2010年政府工作回顾及“十一五”主要成绩;"
        "二是“十二五”时期的指导思想和奋斗目标;三是对2011年政府工作总体安排。\n"
        "报告指出:2010年,是实施“十一五”规划的最后一年,经济社会发展取得了新的成效,"
        "顺利完成了县十五届人大四次会议和“十一五”确定的目标任务。初步核算,全县生产总值实现131487万元;"
        "一般预算收入完成7309万元,累计支出64338万元;全年全社会固定资产投资完成87102万元。\n"
    )
    assert text_date(text) == "2011"
    found = kinds(records(text, places=("三穗县",)))
    for value in (131487, 7309, 64338, 87102):
        assert found[value] == (ACTUAL, "2010"), value


def test_a_plans_mid_term_review_counts_are_of_the_whole_plan() -> None:
    # r61
    text = (
        "宁波前湾新区发展和改革局2023年总结和2024年工作计划\n发文日期: 2024-04-28\n一、2023年主要工作\n"
        "(一)把准战略谋划。二是完成《杭州湾新区“十四五”规划纲要》中期评估,各项目标指标和主要任务进展总体顺利,"
        "30项发展指标中,6项可提前完成,20项预计如期完成。\n"
    )
    found = kinds(records(text, places=("宁波前湾新区",)))
    assert found[6] == found[20] == (ACTUAL, "2021-2025")


def test_a_headline_reports() -> None:
    # r67: an undated news piece whose headline rounds the body's figure
    text = (
        "锦屏县招商引资到位资金近12亿元\n"
        "笔者从锦屏县招商部门获悉,锦屏县前10个月共签约招商引资项目76个,协议资金147.97亿元,"
        "实际到位资金11.91亿元。\n"
    )
    found = kinds(records(text, places=("锦屏县",)))
    assert found[12] == (ACTUAL, "")
    assert found[11.91][0] == ACTUAL


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("2010年,是实施“十一五”规划的最后一年", "2010"),
        ("2021年是“十四五”开局之年", "2021"),
        ("完成《杭州湾新区“十四五”规划纲要》中期评估", "2021-2025"),
    ],
)
def test_a_plans_first_and_last_years(words: str, period: str) -> None:
    assert period_of(words, 2011) == period


def test_a_look_back_over_a_plan_and_an_average_since_its_end() -> None:
    assert period_of("回首“十四五”,全县上下凝心聚力", 2025) == "2021-2025"
    text = "截至2024年底,全县地区生产总值完成47亿元,较“十三五”末年均增长4%。\n"
    found = kinds(records(text, "2025-11-19", ("潼关县",)))
    assert found[47] == (ACTUAL, "2024")
    assert found[4] == (ACTUAL, "2021-2024")  # the years after the base


def test_a_text_reporting_eleven_months_is_written_in_december() -> None:
    # dated only by its year: its `前11个月` says the year is all but over, so `预计全年` is an estimated outcome
    text = (
        "县长在致辞中指出,2024年,全县经济发展稳中有进。预计,全年GDP完成250.1亿元,增长6.5%左右。"
        "前11个月,一般公共预算收入完成11.8亿元。\n"
    )
    found = kinds(records(text, "2024", ("清丰县",)))
    assert found[250.1] == found[6.5] == (ACTUAL, "2024")
    assert found[11.8] == (ACTUAL, "2024-01~2024-11")


def test_a_requirement_is_a_target_and_about_is_one_outside_a_report() -> None:
    text = (
        "经开区2022年经济社会发展总体情况和2023年工作打算汇报\n"
        "预计全年实现地区生产总值685亿元,增长8.5%左右。\n"
    )
    found = kinds(records(text, "2022-12-20", ("芜湖经济技术开发区",)))
    assert found[685] == found[8.5] == (ACTUAL, "2022")  # r46: an estimate in a year-end summary
    text = "今年以来,全县签约项目12个。新增规上工业企业不少于10家。\n"
    found = kinds(records(text, "2023-06-20", ("芜湖经济技术开发区",)))
    assert found[12][0] == ACTUAL
    assert found[10][0] == TARGET  # `不少于` asks for a figure, though the passage reports


def test_a_projects_planned_investment_in_a_review_is_a_fact_about_them() -> None:
    # r09: in the review part; `年度计划投资` (the year's plan amount) stays a target (r35, r50)
    text = (
        "郏县政府工作报告\n一、2023年工作回顾\n培育5G重点项目13个,计划投资1.2亿元,全市第一。\n"
        "1-12月,全县重点项目年度计划投资23.5亿元,完成投资30亿元。\n"
    )
    found = kinds(records(text, "2024-01-20", ("郏县",)))
    assert found[13] == found[1.2] == (ACTUAL, "2023")
    assert found[23.5][0] == TARGET and found[30][0] == ACTUAL


def test_an_outlets_question_frames_the_answer_and_as_high_as_is_reached() -> None:
    # r17: an interview whose questions are put by `华商报:`; `占比高达80%` states a level reached
    text = (
        "区县风采 (商南篇:书记县长专访)\n华商报:商南“十三五”的发展定位是什么?\n"
        "商南县委书记刘春茂:商南的产业发展特点鲜明,县域内大部分企业是中小企业,"
        "在外成功人士返乡创业创办的企业占比高达80%以上。\n"
    )
    assert one(records(text, "2016-02-01", ("商南县",)), 80).kind == ACTUAL


# ------------------------------------------------------------------ a sweep of unseen real texts


def test_a_speech_part_heading_of_phrases_opens_a_review() -> None:
    # http://m.xjwk.net/gongzuofanwen/119497.html (a county head's speech, no year in the text)
    found = records(
        "一、认真总结成绩,准确把握态势,始终保持加快发展的劲头\n"
        "全面完成了各项目标任务。“五个突破”:一是项目工作取得新突破。全年实施50万元以上项目210个,"
        "完成投资32亿元,增长57%。二是工业发展取得新突破。石油产能突破35万吨。",
        places=("环县",),
    )
    assert {r.kind for r in found} == {ACTUAL}
    assert {r.period for r in found} == {""}


def test_the_year_so_far_up_to_a_months_end_is_achieved() -> None:
    # https://1mishu.com/article/lidaojianhua/jjgzhyjh/201206/739244.html (a mid-year meeting speech)
    found = records(
        "今天召开上半年经济形势分析会,确保圆满完成年初确定的目标任务。\n"
        "截止6月底,全县实现地区生产总值26.7亿元,增长13.3%;完成农业总产值4.29亿元,增长3.3%。",
        places=("宁明县",),
    )
    assert {r.kind for r in found} == {ACTUAL}


def test_a_yearly_investment_plan_names_only_its_own_clause() -> None:
    # http://www.liannan.gov.cn/ztzl/zdlyxxgkzl/zdxmjs/content/post_1958172.html
    found = records(
        "全县重点项目50个,总投资178.7亿元,年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.25%。",
        places=("连南瑶族自治县",),
    )
    assert kinds(found) == {
        50: (ACTUAL, ""),
        178.7: (ACTUAL, ""),
        17.68: (TARGET, ""),
        4.28: (ACTUAL, ""),
        24.25: (ACTUAL, ""),
    }


def test_a_programmes_yearly_plan_is_the_years_not_the_half_years() -> None:
    # http://minhou.gov.cn/xjwz/zwgk/zdlyxxgk/zdxm/xmjz/202307/t20230712_4636205.htm
    found = records(
        "2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,"
        "占年计划投资的64.49%,其中:在建项目185项,总投资1330.5亿元,年度计划投资327.53亿元。",
        places=("闽侯县",),
    )
    assert kinds(found)[530] == (TARGET, "2023")  # the year's roster, told before the year is over (calls16)
    assert kinds(found)[362.32] == (ACTUAL, "2023H1")
    assert kinds(found)[327.53] == (TARGET, "2023")


def test_projects_an_event_signed_are_done_in_an_undated_piece() -> None:
    # http://www.zshjjh.com/show/43_676109_1.html
    found = records(
        "其中,集中签约的20个项目,计划总投资110.8亿元,涵盖装备制造、生物医药、电子信息等领域。"
        "集中开工的19个项目总投资86.53亿元。",
        places=("天门市",),
    )
    assert {r.kind for r in found} == {ACTUAL}


def test_the_year_just_past_dates_a_new_year_speech_and_its_estimate_is_an_outcome() -> None:
    # https://xiaomilidoc.com/p-1665589.html (a county head's Spring Festival address)
    text = (
        "县长在县委春节团拜会上的致辞\n"
        "刚刚过去的2009年,是很不寻常、很不平凡的一年。一年来,全县人民较好地完成了年初预定的各项目标任务。"
        "2009年,全县地区生产总值预计可完成20.6亿元,同比增长10.2%。"
    )
    assert infer_date(text) == "2010"
    assert kinds(records(text, places=("共和县",)))[20.6] == (ACTUAL, "2009")


def test_today_in_a_dated_piece_is_its_year_not_a_year_since() -> None:
    # http://www.cdtywh.com/newsDe25_1754.htm
    found = records(
        "政府县长宣布2021年献县一季度重点项目集中开工。\n"
        "2020年以来,我县不断拓宽招商渠道,持续优化营商环境。今天集中开工的40个重点项目,总投资64.9亿元。",
        places=("献县",),
    )
    assert kinds(found)[40] == (ACTUAL, "2021")


def test_a_plans_title_dates_it_and_its_review_is_of_the_plan_before() -> None:
    # http://biz.doczj.com/doc/0a1723904.html (a zone's 十三五 plan reviewing 十二五)
    text = (
        "2016-2020年XX经济开发区“十三五”发展规划纲要序言\n"
        "一、“十二五”发展回顾(一)主要成就1、全区综合经济实力进一步壮大,对全市经济发展的贡献作用增强。\n"
        "累计完成国内生产总值163.06 亿元,超额完成了“十二五”计划120 亿元的目标。\n"
        "“十二五”时期,全区累计新批准招商引资项目185 个;累计投资总额225 亿元,分别是“十五”时期的6 倍和12 倍。"
    )
    assert infer_date(text) == "2016"
    found = kinds(records(text, places=("阜宁县",)))
    assert found[163.06] == (ACTUAL, "2011-2015")
    assert found[225] == (ACTUAL, "2011-2015")
    assert found[6][1] != "2001-2005"  # `是“十五”时期的6倍`: 十五 is the base of the multiple


def test_a_look_ahead_heading_ends_a_review_heading() -> None:
    # https://www.paiqing-icetech.com/post/23326.html (a county work report retold, headings with emoji)
    found = records(
        "镇原县2024工作报告📜\n"
        "回顾2023年工作成果🏆\n"
        "经济发展稳中向好,全县GDP增长6%,财政收入增长5%。📈\n"
        "展望2024年工作目标🎯\n"
        "2024年,我们将继续深入学习贯彻新时代中国特色社会主义思想,努力实现以下目标:\n"
        "经济高质量发展,确保GDP增长7%。📈💪\n"
        "基础设施建设提速,投资15亿元,实施一批重点基础设施项目。🚗🌊"
    )
    assert kinds(found) == {
        6: (ACTUAL, "2023"),
        5: (ACTUAL, "2023"),
        7: (TARGET, "2024"),
        15: (TARGET, "2024"),
    }


def test_a_talk_of_the_plans_goals_as_it_opens_is_dated_by_the_year_before_it() -> None:
    # r17 (华商报, 商南 interview): 2020 is only the 十三五 goal's year; 2015 is the year just done
    text = (
        "区县风采 (商南篇:书记县长专访)\n"
        "核心提示: 2015年,是商南县发展历史上浓墨重彩的一年。\n"
        "华商报记者专访了商南县委书记刘春茂和县长崔华锋,请他们谈谈商南各方面的工作,以及“十三五”的发展规划。\n"
        "华商报:商南“十三五”的发展定位是什么?\n"
        "商南县委书记刘春茂:在外成功人士返乡创业创办的企业占比高达80%以上。\n"
        "2020年生产总值达到120亿元"
    )
    assert infer_date(text) == "2016"
    # the next question ends the look back the lead opened: a standing share is the piece's year's
    assert kinds(records(text, places=("商南县",)))[80] == (ACTUAL, "2016")


def test_a_figure_that_will_be_reached_names_no_year_in_a_review() -> None:
    # r27 (陇县 十四五 round-up): `将达` with no time of its own
    found = records(
        "回首“十四五”,陇县经济社会发展取得显著成效。工业转型升级步伐加快,县工业园区成功晋升省级经开区,"
        "新能源产业装机容量将达1.6吉瓦,位居全市前列。",
        date="2025-10-20",
        places=("陇县",),
    )
    assert kinds(found)[1.6] == (TARGET, "")


def test_a_sentence_framed_by_the_plans_five_years_is_a_flow_over_them() -> None:
    # http://www.shanrongtuo.com/info/3855/435716.htm (a 十四五 round-up, traditional script)
    found = records(
        "回首“十四五”,偏關全縣上下凝心聚力,交出了一份沉甸甸的發展答卷。\n"
        "五年間,180個重點項目落地生根,總投資超過139億元;爭取各類專項資金16.5億元,完成固定資產投資69.6億元。",
        date="2025-12-01",
        places=("偏关县",),
    )
    assert {r.period for r in found} == {"2021-2025"}


def test_years_taken_to_reach_a_goal_are_a_span() -> None:
    # the wording of http://m.dybbs8.com/doc-235864804.html (`计划从今年开始用X年时间,进驻…`, count left blank)
    assert period_of("计划从今年开始用两年时间,进驻各类企业", 2023, 2023) == "2023-2024"


def test_progress_against_a_five_year_plans_goal_is_reached_and_a_changes_start_is_no_period() -> None:
    # http://biz.doczj.com/doc/0a1723904.html
    found = kinds(
        records(
            "一、“十二五”发展回顾\n"
            "累计完成国内生产总值163.06 亿元,完成“十二五”计划预期目标的135.88%。\n"
            "累计实现工业总产值615.89 亿元,高于“十二五”计划预期目标62.08 个百分点。\n"
            "项目平均投资规模由“十五”时期的2500 万元提高到6000 万元。",
            date="2016",
            places=("阜宁县",),
        )
    )
    assert found[135.88] == (ACTUAL, "2011-2015")
    assert found[62.08][0] == ACTUAL
    assert found[2500] == (ACTUAL, "2001-2005")
    assert found[6000][1] != "2001-2005"


def test_a_programmes_size_in_a_mid_year_report_is_the_years() -> None:
    # http://120.194.211.226/contents/1033/15493.html (a 2020 programme's progress to June)
    found = kinds(
        records(
            "2020年计划实施千万元以上重点建设项目71个,总投资337.13亿元,年度计划完成投资56.21亿元,"
            "1-6月份累计完成投资35.9亿元,占年度目标的63.88%。\n"
            "省市重点项目情况:省重点项目2个,总投资20亿元,年度计划完成投资9亿元,1-6月份累计完成投资7.9亿元。",
            places=("宜阳县",),
        )
    )
    assert found[2] == (ACTUAL, "2020")
    assert found[20] == (ACTUAL, "2020")
    assert found[7.9] == (ACTUAL, "2020H1")
    assert found[9] == (TARGET, "2020")


def test_a_list_of_one_figure_a_year_over_a_span_dates_each_and_its_average_is_the_spans() -> None:
    # https://i.xpaper.net/JTSB008/news/2285/14049/71555-1.shtml (金坛 development zone, 2018)
    text = (
        "外资项目加快集聚,特别是今年以来,累计引进外资项目12个,协议总投资6.45亿美元。"
        "2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;"
        "分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%。"
    )
    assert infer_date(text) == "2018"
    found = kinds(records(text, places=("金坛区",)))
    assert [found[v][1] for v in (236.3, 314.5, 365)] == ["2016", "2017", "2018"]
    assert [found[v][1] for v in (506, 639.4, 785)] == ["2016", "2017", "2018"]
    assert found[27.9][1] == "2016-2018"
    assert found[12] == (ACTUAL, "2018")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("截至3月下旬", "2018Q1"),  # https://wancili.com/article-5472-1.html (慈利 2018 Q1)
        ("2024年6月末", "2024H1"),  # http://www.skymaimai.com.cn/News/download/1601734.html (2024 H1)
        ("2024年6月底前", "2024"),  # a deadline, not a stock's date
    ],
)
def test_a_stock_at_a_quarters_end_is_of_that_part_of_the_year(text: str, period: str) -> None:
    assert period_of(text, 2018) == period


def test_a_five_year_review_headed_by_the_plans_name_dates_its_averages_by_the_plan() -> None:
    # https://www.doczj.com/doc/3313200667.html (静宁 2011)
    assert period_of("“十一五”经济社会发展回顾", 2010) == "2006-2010"


# ------------------------------------------------------------------ sweep of unseen pages: dates and kinds


def test_a_year_within_a_named_plan_is_the_texts_own_not_the_plans_first() -> None:
    # tjgb.hongheiku.com/xjtjgb/xj2020/36883.html (衡阳县 2022 statistics bulletin)
    text = (
        '2022年是党的二十大召开之年,也是全面实施"十四五"规划的关键之年。衡阳县委、政府全面贯彻落实省市各级'
        "工作部署。\n一、综合\n初步核算,全年实现地区生产总值(GDP)420.77亿元,同比增长5.2%。"
    )
    assert infer_date(text) == "2022"
    gdp = one(records(text), 420.77)
    assert (gdp.kind, gdp.period) == (ACTUAL, "2022")


def test_a_plans_mid_term_review_is_dated_by_its_own_years() -> None:
    # zcjczz.com/special/xxgcwzqh/hhsew/2013/1122/4176.shtml (宁德 十二五 mid-term review, 2013)
    text = (
        "宁德市“十二五”规划交出期中成绩单\n37项主要指标基本达到进度要求\n"
        "2011~2012年我市经济平均年增速达13.9%,2013年上半年增长12.6%。"
    )
    assert infer_date(text) == "2013"


def test_outcomes_measured_against_expectations_or_plan_requirements_are_no_targets() -> None:
    # tjgb.hongheiku.com/xjtjgb/xj2020/36948.html (望江县 2022 statistics bulletin)
    text = (
        "2022年望江县国民经济和社会发展统计公报\n2022年,面对复杂严峻的外部环境和多重超预期困难挑战,全县发展"
        "再上新台阶。\n初步核算,全年实现地区生产总值(GDP)202.5亿元,按可比价格计算,同比增长0.6%。"
    )
    gdp = one(records(text), 202.5)
    assert (gdp.kind, gdp.period) == (ACTUAL, "2022")
    # zcjczz.com (宁德 2013): `达到规划目标要求` is an assessment of what was reached
    review = records(
        "宁德市“十二五”规划交出期中成绩单\n其中,12项约束性指标已达到规划控制目标要求,"
        "23项预期性指标中已有7项指标实施进度超过规划目标要求,11项指标达到规划目标要求。",
        places=("宁德市",),
    )
    assert one(review, 11).kind == ACTUAL


def test_a_lead_ending_with_a_colon_frames_the_lines_below_it() -> None:
    # paiqing-icetech.com/post/18500.html (沧源 2024 work report)
    from bot.ingest.tense import lead_context

    review = lead_context(
        "🌈2023年,在党的坚强领导下,沧源各族人民团结一心,砥砺前行,经济社会发展取得了显著成效,以下是2023年工作回顾:",
        2024,
    )
    assert review is not None and (review.kind, review.period) == (ACTUAL, "2023")
    plan = lead_context("🎯展望2024年,我们将紧紧围绕以下目标开展工作:", 2024)
    assert plan is not None and (plan.kind, plan.period) == (TARGET, "2024")
    assert lead_context("一年来的主要工作和成效有:", 2024) is None  # no part named: the section goes on


def test_lead_lines_frame_numbered_items_on_lines_of_their_own() -> None:
    # paiqing-icetech.com/post/18500.html (沧源 2024 work report)
    found = records(
        "🌟沧源2024年工作报告📜\n"
        "🌈2023年,在党的坚强领导下,沧源各族人民团结一心,砥砺前行,经济社会发展取得了显著成效,以下是2023年工作回顾:\n"
        "1️⃣ 经济发展稳中向好,全年GDP同比增长8.5%,财政收入增长10%。\n"
        "2️⃣ 基础设施建设加快推进,完成交通、水利、能源等基础设施建设投资100亿元,新增高速公路100公里。\n"
        "🎯展望2024年,我们将紧紧围绕以下目标开展工作:\n"
        "1️⃣ 经济高质量发展,确保GDP增长7%。\n"
        "沧源县政府2024年1月",
        places=("沧源佤族自治县",),
    )
    for record in found[:-1]:
        assert (record.kind, record.period) == (ACTUAL, "2023")
    assert {r.value for r in found[:-1]} == {8.5, 10, 100}
    assert (one(found, 7).kind, one(found, 7).period) == (TARGET, "2024")


def test_a_statistics_release_reports_its_year() -> None:
    # tjgb.hongheiku.com/xjtjgb/xj2020/36883.html (衡阳县 2022 statistics bulletin); `计划生育` is no plan
    found = records(
        '2022年是党的二十大召开之年,也是全面实施"十四五"规划的关键之年。衡阳县委、政府全面贯彻落实省市各级'
        "工作部署。\n一、综合\n初步核算,全年实现地区生产总值(GDP)420.77亿元,同比增长5.2%。\n"
        "全年实现一般公共预算总收入15.02亿元,同比下降4.1%。\n"
        "其中:医疗卫生与计划生育、节能环保、公共安全、城乡社区等支出增速分别为17.0%、223.2%、12.2%、135.8%。\n"
        "二、农业\n全年粮食总产量59.28万吨,比上年减少0.7万吨,下降1.2%。其中,稻谷产量55.32万吨,下降1.0%。"
    )
    for value in (15.02, 17.0, 223.2, 59.28, 55.32):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2022")


def test_goals_listed_after_their_lead_keep_their_comparison_bases() -> None:
    # jl.xinhuanet.com/20240119/0d2801b9425349e8afd069982d1e3d36/c.html (绿园区 2024)
    found = records(
        "新华独家|2024年,长春市绿园区这样干!\n  2024年,我们将锚定打造“百亿级县区”的区域定位。预期目标是,"
        "地区生产总值同比增长7%,规上工业总产值同比增长8.5%,固定资产投资同比增长6%。",
        places=("绿园区",),
    )
    for value in (7, 8.5, 6):
        assert (one(found, value).kind, one(found, value).period) == (TARGET, "2024")


def test_the_years_budget_progress_is_measured_against_is_a_target() -> None:
    # qinan.gov.cn/info/10882/375331.htm (秦安 1-5月)
    found = records(
        "一、全县财政收支情况\n1-5月,全县大口径财政收入完成21282万元,占年预算96540万元的22.04%,短收18943万元。",
        places=("秦安县",),
    )
    assert one(found, 96540).kind == TARGET
    assert one(found, 21282).kind == ACTUAL


def test_a_report_of_early_in_the_year_that_says_the_years_goals_were_reached_reviews_the_year_before() -> (
    None
):
    # ilonghua.sznews.com/content/2018-01/24/content_18333173.htm (龙华区 2018-01-24)
    found = records(
        "编辑:胡安坤2018-01-24 16:20内容来源:龙华网\n龙华区区长陈清作政府工作报告。\n"
        "龙华区正式挂牌成立一年以来,区政府统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作,推动经济社会又好"
        "又快发展,圆满完成了全年经济社会发展主要目标任务,实现了行政区事业“开门红”。\n"
        "预计地区生产总值超过2100亿元,增长8.8%左右;全社会固定资产投资616亿元,增长24.5%;"
        "金融业增加值突破100亿元,两税收入386.6亿元。",
        places=("龙华区",),
    )
    for value in (2100, 8.8, 616, 100, 386.6):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2017")


def test_an_estimates_year_opening_a_sentence_frames_its_paragraph() -> None:
    # btskw.com.cn/info/201309250007 (包头 work report, 过去五年工作回顾)
    found = records(
        "包头市人民政府市长 孙炜东\n过去五年工作回顾\n"
        "———综合实力大幅提升。预计2012年全市生产总值完成3440亿元左右,是2007年的2.1倍;"
        "规模以上工业增加值达到1300亿元以上,是2007年的2.5倍;地方财政总收入完成326.8亿元,是2007年的2.3倍。",
        date="2013",
        places=("包头市",),
    )
    for value in (3440, 1300, 326.8):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2012")


def test_progress_against_the_years_investment_plan_names_no_period() -> None:
    # laobiganzi.top/222690.html (天桥区 2022 fourth-quarter meeting)
    assert mask_comparisons("完成年度投资计划的103.95%").startswith("完成      ")
    found = records(
        "2022年全区第四季度冲刺和重点工作部署会上的讲话\n"
        "二是项目投资支撑有力。1-10月份,全区完成固定资产投资169.8亿元,同比增长65.2%。重点建设项目方面,"
        "8个省级重点项目完成投资10.55亿元,完成年度投资计划的103.95%,提前两个月完成年度投资任务。",
        places=("天桥区",),
    )
    for value in (169.8, 10.55, 103.95):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2022-01~2022-10")


def test_transfers_won_from_above_are_funds_secured() -> None:
    # hanbin.gov.cn/Content-2810991.html (汉滨区 2025 work report, 过去一年工作回顾)
    found = records(
        "汉滨区2025年政府工作报告\n一、过去一年工作回顾\n"
        "(一)坚持项目支撑、招商赋能,经济基础更加坚实。坚持内外并举、上下联动,争取上级转移支付31.8亿元、"
        "专项资金25.8亿元,新增一般债券2.3亿元。",
        date="2025-04-15",
        places=("汉滨区",),
    )
    for value in (31.8, 25.8, 2.3):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2024")


def test_estimates_quoted_from_a_sessions_report_are_the_year_befores() -> None:
    # m.nxhuan.com/szxw1472/p/1438353.html (临邑 2019, traditional script)
    found = records(
        "德州新聞網訊 (記者 董千里 閆超)縣十七屆人大三次會議期間,出席會議的人大代表熱議政府工作報告。大家一致認為,"
        "總結過去一年的工作實事求是,提出了2019年的發展目標貼進實際。\n"
        "“預計全年實現地區生產總值300億元,增長7.9%;地方財政收入16.8億元,增長8.3%;"
        "規模以上工業增加值增長8%,增速居全市第一。”\n從脫貧攻堅到鄉村振興,臨邑交出了一份扎實的年度答卷。",
        places=("临邑县",),
    )
    for value in (300, 7.9, 16.8, 8):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2018")


def test_a_bulletin_opening_with_its_years_place_in_the_plan_is_dated_by_it() -> None:
    # tjgb.hongheiku.com/xjtjgb/xj2020/61256.html (高邮 2024 statistics bulletin)
    text = (
        "2024年是实现“十四五”规划目标任务的关键一年,面对错综复杂的经济形势,全市上下坚持稳中求进工作总基调,"
        "“强富美高”新高邮现代化建设迈出坚实步伐。\n一、综合\n经济运行持续巩固。经初步核算,"
        "全市实现地区生产总值1107.09亿元,可比价增长5.5%。\n二、农业\n绿色农业成效明显。全年实际完成三田融合规模"
        "2.05万亩、粪肥沼液还田3万亩,农作物秸秆综合利用率达98.5%。"
    )
    assert infer_date(text) == "2024"
    found = records(text)
    for value in (1107.09, 2.05, 98.5):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2024")


def test_the_year_so_far_is_the_part_a_bulletin_names_further_on() -> None:
    # dekahost.com/zwgk/sjfb/gqsj/content/post_9325363.html (越秀区 2023 前三季度, traditional script)
    found = records(
        "今年以來,區委、區政府堅決貫徹落實黨中央、國務院決策部署,高質量發展取得新進展。\n"
        "一、主要指標完成情況\n——地區生產總值(GDP)2809.61億元,同比增長4.3%。\n"
        "——社會消費品零售總額1040.14億元,同比增長8.2%。\n二、經濟運行情況\n(一)全區經濟運行穩健。\n"
        "根據廣州市地區生產總值統一核算結果,2023年前三季度越秀區地區生產總值為2809.61億元,同比增長4.3%。"
    )
    for record in found:
        assert (record.kind, record.period) == (ACTUAL, "2023-01~2023-09")
    assert {1040.14, 8.2} <= {r.value for r in found}


def test_a_report_opening_on_this_year_is_of_the_part_its_first_paragraph_names() -> None:
    # czjxsdjg.com/content/2012/10/30/8523425.html (江华 2012 1-10月 重点项目, traditional script)
    found = records(
        "今年縣委、縣政府抓項目建設的力度前所未有,全縣各級各部門積極主動深入項目建設一線,狠抓項目建設。"
        "1-10月重點項目建設進展總體良好。\n基本情況\n"
        "全縣重點建設項目經調整後共143個年度實施項目,1-10月完成投資46.939億元,占年度目標任務的60%。\n"
        "進展較好的有:旅遊文化社會事業類完成投資4.668億元,占年度計劃的99%。\n"
        "市級重點項目進展情況: 2012年我縣市級重點項目15個,年度計劃投資21.3億元。1-9月, 15個市級重點項目經市重點辦"
        "審核完成投資17.48億元,占年度考核任務的82%。",
        places=("江华瑶族自治县",),
    )
    for value in (46.939, 4.668, 99):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2012-01~2012-10")
    for value in (17.48, 82):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2012-01~2012-09")
    assert (one(found, 21.3).kind, one(found, 21.3).period) == (TARGET, "2012")
    assert [r.period for r in found if r.value == 15 and "2012年" in r.text] == ["2012"]


def test_progress_against_the_years_planned_investment_is_achieved() -> None:
    # yhser.com/hdxwz/zwgk/zdxm/content/post_4669527.html (惠东 2022 重点项目 1至5月, traditional script)
    assert mask_comparisons("完成年度计划投资的46.4%").startswith("完成    投资的")
    found = records(
        "2022年,我縣安排重點建設項目72宗,總投資2499億元,年度投資計劃190.7億元。1至5月,累計完成投資88.4億元,"
        "完成年度計劃投資的46.4%。",
        places=("惠东县",),
    )
    for value in (88.4, 46.4):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2022-01~2022-05")
    assert (one(found, 190.7).kind, one(found, 190.7).period) == (TARGET, "2022")


def test_a_look_back_over_the_plans_five_years_reports_them() -> None:
    # shanrongtuo.com/info/3855/435716.htm (偏关 十四五 round-up, traditional script): written once 2025 was over
    text = (
        "五年砥礪奮進,五年跨越發展。隨著2025年主要目標任務的全面完成,偏關縣為波瀾壯闊的“十四五”畫上了圓滿句號。"
        "這五年,是偏關牢記囑托、感恩奮進的五年。\n"
        "綜合實力實現能級躍升。地區生產總值從2020年的32.9億元穩步增長至2024年的34.2億元。五年間,180個重點項目"
        "落地生根,總投資超過139億元;爭取各類專項資金16.5億元,完成固定資產投資69.6億元。"
    )
    assert text_date(text) == "2026"
    found = records(text, places=("偏关县",))
    for value in (180, 139, 16.5, 69.6):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2021-2025")
    assert (one(found, 34.2).kind, one(found, 34.2).period) == (ACTUAL, "2024")


def test_comparison_base_years_do_not_date_a_text() -> None:
    # m.99fog.com/zjhs/zhsl/20210329/i2335197.html (衡山 五年來, traditional script, no date of its own)
    text = (
        "五年來,衡山縣積極應對經濟下行壓力。這五年,是經濟實力顯著提升的五年。地區生產總值年均增長7.3%;"
        "累計完成固定資產投資428.3億元;農林牧漁業總產值較2015年增加22億元,規模以上工業企業總數達126家。"
    )
    assert text_date(text) == ""
    found = records(text, places=("衡山县",))
    assert {r.kind for r in found} == {ACTUAL}
    assert {r.period for r in found} == {""}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # m.dddjmc.com/news/fujian/gcdt/2018-11-25/2207164.html (福建, traditional script)
        ("臺海網11月25日訊 據福建日報報道 今年是“十三五”規劃綱要實施的第三年,我省實施情況如何?", "2018"),
        # ghqlgyb.cn/news/fz/2557953.html (永泰, traditional script)
        ("“十四五”開局之年,在永泰縣各項目施工現場,到處是一派塔吊林立的景象。", "2021"),
        # jnboglf.cn/news/fj/fz/202101/20/1956332.shtml (闽清, traditional script)
        ("回顧“十三五”\n閩清書寫高分答卷\n剛過去的2020年是極不平凡的一年。", "2021"),
    ],
)
def test_a_texts_year_named_by_its_place_in_a_plan_or_as_just_past(text: str, year: str) -> None:
    assert text_date(text) == year


def test_a_plan_review_headings_years_date_the_look_back_within_it() -> None:
    # gongwensou.com/zhengfubaogao/34550.html (谷城 2020-12-23 work report, 十三五工作回顾)
    (_, title, whole) = heading("一、十三五工作回顾") or (0, "", False)
    assert heading_context(title, whole, 2020).period == "2016-2020"
    found = records(
        "2020年12月23日在谷城县第十八届人民代表大会第五次会议上\n一、十三五工作回顾\n"
        "十三五时期是我县发展进程中极不平凡的五年。\n"
        "这五年,我们聚力扩容提质,综合实力实现新跨越。预计十三五末,全县地区生产总值突破400亿元,年均增长6.2%;"
        "人均生产总值7.9万元,年均增长6%;社会消费品零售总额140亿元,年均增长8.2%。",
        places=("谷城县",),
    )
    for value in (400, 7.9, 140):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2020")
    for value in (6.2, 6, 8.2):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2016-2020")


def test_a_quoted_plans_name_is_no_intent() -> None:
    # m.wenke99.com/p-5530274.html (綦江 work report, 回顾过去五年)
    found = records(
        "回顾过去五年 綦江已经站在经济发展的新起点。过去的五年,是我们克服困难较多、承受压力较大、爬坡过坎的五年。"
        "一、结构调整步伐加快,综合实力逐渐增强 全县上下以经济建设为中心,以结构调整为主线,促进了国民经济较快增长。"
        "“xx”计划胜利完成,“十五”计划开局良好。XX年,实现国内生产总值43.68 亿元,年均递增8.1%;农业总产值8.96亿元",
        places=("綦江县",),
    )
    for value in (43.68, 8.1, 8.96):
        assert one(found, value).kind == ACTUAL


def test_the_first_years_of_a_plan_are_a_span() -> None:
    # cxny.net 湖南“十三五”成绩单 (2020, traditional script)
    assert (
        period_of("“十三五”頭4年,湖南經濟年均增長", 2020) is None
    )  # (traditional script is read normalized)
    assert period_of(normalize("“十三五”頭4年,湖南經濟年均增長").text, 2020) == "2016-2019"


def test_the_years_first_month_is_a_part_reported() -> None:
    # fenxiang.tmtsp.com/5670b93a27f38e28070000db-5c85b5d38efb919b038b456b.html (赣榆区 2019-03 interview)
    found = records(
        "全力推进高质量发展 迈向经济强区新时代 专访赣榆区区长吕洁\n连云港发布\n2019-03-11 09:09:59\n"
        "【连云港发布】首月经济指标稳定增长,实现一般公共预算收入3.43亿元,增长15.5%,工业应税销售收入预计完成"
        "55.6亿元,增长21.4%,全区经济发展实现开门红。\n"
        "“今年经济社会发展的主要预期目标是:GDP增长7.5%,一般公共预算收入增长15%,工业应税销售收入增长20%。",
        places=("赣榆区",),
    )
    for value in (3.43, 15.5, 55.6, 21.4):
        assert one(found, value).kind == ACTUAL
    for value in (7.5, 15, 20):
        assert (one(found, value).kind, one(found, value).period) == (TARGET, "2019")


def test_projects_named_by_their_planned_stage_are_no_intent() -> None:
    # yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html (惠东 2024 1-4月, traditional script)
    found = records(
        "2024年,我縣安排重點項目91宗,總投資1964.4億元,年度投資計劃304億元。1-4月,完成投資96.4億元,"
        "完成年度計劃投資的31.7%。其中續建項目35宗,完成投資47.7億元;計劃投產項目17宗,完成投資16.1億元,"
        "完成年度計劃投資的39.9%。",
        places=("惠东县",),
    )
    for value in (96.4, 31.7, 47.7, 16.1, 39.9):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2024-01~2024-04")


def test_a_round_up_of_the_plans_five_years_reports_even_its_estimates() -> None:
    # m.52taolebao.com/content/2026-01/29/content_722171.htm (镇原 十四五, traditional script)
    found = records(
        "五年櫛風(fēng)沐雨,五年春華秋實。\n“十四五”的五年,是鎮(zhèn)原大地砥礪奮進的五年,勇毅前"
        "行的五年,是縣域發(fā)展提質(zhì)增速、民生福祉持續(xù)升溫的五年。在這片黃土厚土上,全縣上"
        "下以思想為帆、以實干為槳,錨定“五區(qū)一城市”發(fā)展定位,沿著“農(nóng)業(yè)富縣"
        "、工業(yè)強縣、生態(tài)立縣、教育興縣、商貿(mào)活縣”的發(fā)展航向,在經(jīng"
        ")濟發(fā)展的賽道上加速奔跑,在民生幸福的答卷上用心書寫,讓發(fā)展的成色更足、幸福的底色更暖,"
        "為“十五五”時期發(fā)展筑牢了堅實根基。\n經(jīng)濟增長——產(chǎn)業(yè)升級激活發"
        "(fā)展動能\n縣域經(jīng)濟總量連跨臺階,GDP接連突破百億、110億關(guān)口,成功躋身"
        "全省百億縣行列,摘得甘肅省縣域經(jīng)濟發(fā)展進步縣殊榮,預(yù)計2025年末地區(qū"
        ")生產(chǎn)總值達130億元,較“十三五”末期實現(xiàn)1.65倍增長,外貿(mào)出口累"
        "計突破8000萬元......鎮(zhèn)原“十四五”經(jīng)濟發(fā)展的“蛋糕”越做越大。"
        "\n產(chǎn)業(yè)為基,項目為翼?!笆奈濉逼陂g,鎮(zhèn)原縣立足自身稟賦,以產(chǎn"
        ")業(yè)升級激活發(fā)展動能,以項目建設(shè)夯實發(fā)展支撐,推動縣域經(jīng)濟"
        "實現(xiàn)量質(zhì)齊升,綜合實力邁上新臺階。\n特色農(nóng)業(yè)聚鏈成群,筑牢“農"
        "(nóng)業(yè)優(yōu)先型”發(fā)展根基。全縣錨定農(nóng)業(yè)綠色發(fā)"
        "展先行基地創(chuàng)建目標(biāo),構(gòu)建種養(yǎng)菌“三元雙向”循環(huá"
        "n)農(nóng)業(yè)模式,推動五大主導(dǎo)產(chǎn)業(yè)集群成鏈發(fā)展。年"
        "均135萬畝以上的糧食播種面積、32萬噸以上的糧食產(chǎn)量,筑牢糧食安全壓艙石;48.1萬畝高標"
        "(biāo)準(zhǔn)農(nóng)田落成,農(nóng)機化水平大幅提升,現(xi",
        places=("镇原县",),
    )
    assert (one(found, 130).kind, one(found, 130).period) == (ACTUAL, "2025")
    assert one(found, 100).kind == ACTUAL


def test_the_years_task_progress_is_measured_against_is_a_target() -> None:
    # jbxc.gov.cn/xwjj/jbxw/1729030004274208770.html (靖边 上半年 调研)
    found = records(
        "据了解, 今年上半年,我县经济质量进一步提升,上半年实现地区生产总值162.22亿元,同比增长7.5%;1-7月份,"
        "预计完成固定资产投资61亿元,完成全年固投任务152亿元的40.1%;55个重点建设项目进展顺利,完成投资68. 8亿元,"
        "完成全年计划投资165.5亿元的41.6%。",
        date="2023-08-30",
        places=("靖边县",),
    )
    for value in (152, 165.5):
        assert one(found, value).kind == TARGET
    for value in (162.22, 61, 68.8):
        assert one(found, value).kind == ACTUAL


def test_a_ten_year_average_is_no_yearly_intent() -> None:
    # fensifuwu.com/emotion/me/2440617.html (平阴 十年来, a 2022 press conference)
    found = records(
        "会上,平阴县委书记王秀成介绍,十年来,平阴县保持定力、专注发展,综合实力跃上新台阶。2021年全县地区生产总值"
        "269.1亿元,是2012年的1.64倍,十年年均增长5.6%;一般公共预算收入26.4亿元,是2012年的3.3倍,十年年均增长14.2%。",
        places=("平阴县",),
    )
    for value in (269.1, 5.6, 26.4, 14.2):
        assert one(found, value).kind == ACTUAL


def test_a_year_the_same_sentence_calls_this_year_is_the_texts() -> None:
    # ynfqxw.cn/wenti/dianhongyinxiang/63014.html (凤庆 2021 一季度 招商引资)
    text = (
        "枝繁巢暖引凤来,展翅高飞趁今朝。今年以来,凤庆县紧紧围绕市委、市政府下达的招商引资任务,创新招商方式,建强招商"
        "队伍,2021年的招商引资工作取得了新突破、实现了“开门红”。\n1至3月份,全县共实施项目15个,协议资金113.04亿元,"
        "完成招商引资市外到位资金33.63亿元,增15.65%,完成目标任务117.77亿元的28.56%。"
    )
    assert infer_date(text) == "2021"
    found = records(text, places=("凤庆县",))
    for value in (15, 113.04, 33.63):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2021-01~2021-03")
