"""Canonical names, twenty-sixth round: wordings of the common indicators that real documents use for the same
measure, and the pair of figures a `城乡居民…分别` sentence gives. Sentences from the tuning corpus (document in
each test), built through the real pipeline without a manifest."""

from tests.ingest_helpers import one, records


def test_a_bulletins_tax_total_and_grain_crops_are_the_common_indicators():
    # 进贤县 2023 statistics bulletin (dev23 r475)
    text = (
        "进贤县统计局\n2023年进贤县国民经济和社会发展统计公报\n"
        "财政收入 全年财政总收入47.36亿元,比上年增长15.48%;其中一般公共预算收入23.25亿元,比上年增长9.44%。"
        "税收总收入10.4亿元,比上年下降7.62%;非税收入12.85亿元,比上年增长28.63%。\n"
        "农产品 粮食作物总产量50.95万吨,粮食作物总面积130.17万亩。\n"
    )
    found = records(text)
    assert one(found, 10.4).canonical == "税收收入"
    assert one(found, -7.62).canonical == "税收收入增速"
    assert one(found, 50.95).canonical == "粮食产量"
    assert one(found, 130.17).canonical == ""  # the sown area is not the output


def test_research_spending_against_gdp_is_the_research_intensity():
    # 珠海高新区 2021 work report (dev25 r524)
    text = (
        "2021年珠海高新区工作报告\n\n(2021年2月5日)\n\n珠海高新区管委会\n\n"
        "这五年,我们坚持以创新为要,增强创新第一动力,创新成果不断涌现。投入33.7亿元扶持科技创新和产业发展。"
        "全社会研发投入占地区生产总值比重达7%。\n"
    )
    assert one(records(text), 7).canonical == "研发经费投入强度"


def test_the_service_sectors_share_of_the_three_sectors_is_its_share_of_gdp():
    # 威宁 2016 news (dev24 r510)
    text = (
        "威宁自治县扶贫开发工作取得新成效\n\n30.03.2016  16:11\n"
        "  近年以来,威宁彝族回族苗族自治县紧紧围绕与全省、全国同步进入小康社会的奋斗目标,突出扶贫开发。"
        "预计实现旅游总收入46.96亿元、年均增长28.25%,社会消费品零售总额28.95亿元、年均增长18.23 %。"
        "服务业在三次产业中的比重达41.3%。\n"
    )
    assert one(records(text), 41.3).canonical == "服务业增加值占比"


def test_a_growth_target_is_the_growth_rate():
    # 珠海高新区 2024 targets (dev27 r585, traditional script)
    text = (
        "據珠海高新區消息,2月18日,在珠海市高質量發展大會上,珠海高新區黨工委書記趙適劍指出:"
        "“2024年,珠海高新區地區生產總值增長目標為8%。”\n"
    )
    found = one(records(text), 8)
    assert (found.canonical, found.kind) == ("地区生产总值增速", "target")


def test_firms_above_the_size_limit_said_before_industry_keep_the_name():
    # 葛店开发区 2018 (dev28 r560, traditional script)
    text = (
        "葛店開發區為全市保增長“挑重擔”全面調增年度經濟發展目標\n2018-01-21 10:39:29\n來源:鄂州市人民政府門戶網站\n\n"
        "昨日,記者在葛店開發區了解到,今年該區規模以上企業工業增加值增長16%以上(調增2.2個百分點)。\n"
    )
    assert one(records(text), 16).canonical == "规上工业增加值增速"


def test_two_pairs_of_town_and_country_incomes_alternate():
    # 兴和县 2022 work report (dev22 r451): the five years' change, from a start pair to an end pair
    text = (
        "(内蒙古)2022年兴和县人民政府工作报告(全文)\n\n发布时间:2022-08-22 10:49\n\n"
        "  我们致力于稳增长、扩总量,综合实力显著增强。地区生产总值累计突破270亿元,规模以上工业总产值累计突破210亿元,"
        "社会消费品零售总额累计达到100亿元;城乡居民人均可支配收入从25475元和8892元增加到32432元和12787元。\n"
    )
    found = records(text)
    town, country = "城镇居民人均可支配收入", "农村居民人均可支配收入"
    assert {v: one(found, v).canonical for v in (25475, 8892, 32432, 12787)} == {
        25475: town,
        8892: country,
        32432: town,
        12787: country,
    }
