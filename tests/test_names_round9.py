"""Indicator names, units, signs and not-records taken from real sentences (each with its page's address)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from bot.vocabulary import canonical_of
from tests.ingest_helpers import one, records


def _named(found: list, value: float) -> str:
    return one(found, value).indicator


def test_a_fall_said_before_a_list_is_every_items_fall() -> None:
    # r127 长寿 H1 2023 (dev7), http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/
    # 202307/t20230728_12192363.html: `分别下降9%、26.3%、3.9%`, and the noun after `分别` is each item's
    found = records(
        "长寿区2023年上半年经济运行情况。上半年,化工、醫藥、家居分別實現產值156.2億元、28.3億元、39億元,"
        "分別下降9%、26.3%、3.9%。",
        date="2023-07-28",
    )
    assert [(r.indicator, r.value) for r in found if r.unit == "%"] == [
        ("化工产值增速", -9),
        ("医药产值增速", -26.3),
        ("家居产值增速", -3.9),
    ]
    assert _named(found, 156.2) == "化工产值"
    # a verb of its own, or a rise, is not carried: `增长8.4%、下降4.8%`, `下降2%、增长3%`
    values = [q.value for q in find_quantities("分别增长6.9%、增长8.4%、下降4.8%、下降2.0%")]
    assert values == [6.9, 8.4, -4.8, -2.0]
    assert [q.value for q in find_quantities("同比分别下降2.2%和0.7%")] == [-2.2, -0.7]


def test_energy_in_coal_equivalent_and_a_stray_point_before_a_unit() -> None:
    # r127 (above): `549.5萬噸標準煤`; http://www.xxnet.com.cn/szb/tjbpc/202512/09/content_171451.html (湘西州 1-10月)
    (q,) = find_quantities("上半年规上工业能源消耗总量549.5万吨标准煤")
    assert (q.value, q.unit) == (549.5, "万吨标准煤")
    (q,) = find_quantities("综合能源消费量为2974.43万吨标煤")  # http://dongdakeji.com/news/709.html
    assert q.unit == "万吨标煤"
    # r111 吉安 profile (dev7), https://mgweikan.com/html/html20172-7n40692257.html: `142.95.亿元`
    found = records("吉安县2015年实现生产总值142.95.亿元,增长10.1%。", date="2017-03-07")
    assert one(found, 142.95).unit == "亿元"
    assert one(found, 142.95).canonical == "地区生产总值"
    assert one(found, 10.1).canonical == "地区生产总值增速"


def test_hedges_and_adverbs_before_the_verb_are_not_the_name() -> None:
    # r123 云龙 (dev7), http://www.884793.cn/content/2021-09/09/content_16268.html
    found = records(
        "云龙县“十四五”目标。到2025年,“十四五”時期經濟增速年均保持在10%左右,總量突破100億元;"
        "2035年經濟總量力爭達到230億元,人均GDP力爭達到2.06萬美元。"
    )
    assert _named(found, 10) == "经济增速年均"
    assert (_named(found, 100), one(found, 100).canonical) == ("经济总量", "地区生产总值")
    assert (_named(found, 230), one(found, 230).canonical) == ("经济总量", "地区生产总值")
    # in US dollars, the yuan figure converted: no canonical name (tests/real/README.md, nineteenth round's calls)
    assert one(found, 2.06).canonical == ""
    # r126 雅安经开区 Q1 2019 (dev7), https://yaan.scol.com.cn/jj/201904/56857931.html: `技改投资也完成`
    found = records("雅安经开区2019年一季度,技改投资也完成1.57亿元。")
    assert _named(found, 1.57) == "技改投资"


def test_a_bare_group_of_projects_is_named_by_what_it_did() -> None:
    # r113 禹城 (dev7), http://m.yybnet.net/dezhou/yucheng/202105/11452728.html
    found = records(
        "禹城市2021年5月28日,全市重点项目集中开工签约。总投资约122亿元的27个项目集中开工,总投资约43亿元的10个项目集中签约。"
    )
    assert _named(found, 27) == "集中开工项目"
    assert _named(found, 122) == "集中开工项目总投资"
    assert _named(found, 10) == "集中签约项目"
    # r125 金秀 (dev7), http://365ljcf.com/content/2024-01/24/content_109829.htm
    found = records(
        "金秀瑶族自治县2023年,抽水蓄能等21个项目实现开工建设,環保樹脂粉末塗料新型材料加工等6個項目竣工投產。"
    )
    assert _named(found, 21) == "开工建设项目"
    assert _named(found, 6) == "竣工投产项目"
    # http://he.people.com.cn/BIG5/n2/2023/0221/c192235-40309444.html (景县 2023): `此次集中開工的項目共11個`,
    # `其中列入省市重點項目66個`
    found = records(
        "景縣2023年一季度項目集中開工。此次集中開工的項目共11個。今年,景縣其中列入省市重點項目66個。"
    )
    assert _named(found, 11) == "集中开工项目"
    assert _named(found, 66) == "列入省市重点项目"


def test_the_share_of_a_target_reached_and_the_target_inside_it() -> None:
    # r126 雅安经开区 (dev7): `完成全年43亿元目标任务的34.82%` gives the target (43 亿元) and the progress on it
    found = records(
        "雅安经开区2019年一季度经济运行。据统计,今年一季度,经开区招商引资到位资金累计完成14.98亿元,"
        "完成全年43亿元目标任务的34.82%。技改投资完成1.57亿元,完成目标任务的112.1%。"
    )
    target = one(found, 43)
    assert (target.indicator, target.kind) == ("招商引资到位资金全年目标", "target")
    share = one(found, 34.82)
    assert (share.indicator, share.kind) == ("招商引资到位资金完成全年目标任务比例", "actual")
    assert _named(found, 112.1) == "技改投资完成目标任务比例"


def test_a_share_of_a_budget_is_progress_not_a_canonical_share() -> None:
    # r120 麻江 (dev7), https://ppfocus.com/0/edb539c7a.html: `占预算调整数的100.11%`
    assert canonical_of("一般公共预算收入占预算调整数", "%") == ""
    assert canonical_of("税收收入占一般公共预算收入比重", "%") == "税收收入占比"


def test_history_distances_routes_and_durations_are_not_records() -> None:
    # r111 吉安 profile (dev7): a year before the era, a distance, the routes the county has, a facility's reach
    found = records(
        "吉安县县情简介。吉安县历史悠久,秦始皇二十六年(公元前221)置庐陵县。一个机场(井冈山机场距县城20公里)、"
        "一条水道(赣江航道)、两条铁路(京九、吉衡)、四条高速(大广、武吉、泰井、吉莲)。县城建有6个公园,"
        "一千米以内有一个公园、五百米以内有一个休闲园林。",
        date="2017-03-07",
    )
    assert [(r.value, r.unit) for r in found] == [(6, "个")]
    # r109 平阳 work report (dev7), http://www.zjpy.gov.cn/art/2021/3/10/art_1229536763_3925024.html
    found = records("平阳县2020年,打好打赢三个十天硬仗,仅用5天实现风险等级三连降。新建2条高速公路。")
    assert [(r.value, r.unit) for r in found] == [(2, "条")]


def test_a_target_handed_down_and_the_rate_after_it() -> None:
    # http://cxztzcjw.cn/info/1003/1169.htm (吉首经开区 1-10月 2018): a government's task, named `任务数`
    found = records(
        "吉首经济开发区2018年招商引资。今年1到10月,开发区完成州外到位资金120.44亿元,同比增长29%,"
        "完成州政府下达任务数132.63亿元的90.8%。"
    )
    assert _named(found, 132.63) == "州外到位资金州政府下达任务数"
    assert (_named(found, 90.8), one(found, 90.8).kind) == ("州外到位资金完成州政府下达任务数", "actual")
    # http://m.airmangenerator.com/zsyz/zcfg/11258985811.html (2023 H1, trad): the rate after the target is the level's
    found = records(
        "湘潭市2023年1-6月招商引資工作情況。1-6月份,全市引進億元以上省外項目資金額219.22億元,"
        "完成年度目標任務589億元的37.22%,同比增長8.08%。",
        places=("湘潭市",),
    )
    assert _named(found, 8.08) == "引进亿元以上省外项目资金额增速"
    assert _named(found, 37.22) == "引进亿元以上省外项目资金额完成年度目标任务比例"


def test_a_state_farm_among_a_countys_divisions_and_a_rise_in_percent() -> None:
    # http://shzq.org/shzq/7213408750371192870.html (莲花县 profile): `辖8个乡、5个镇、1个垦殖场`
    found = records("莲花县面积1071.68平方千米,辖8个乡、5个镇、1个垦殖场,4个居委会,总人口276562人。")
    assert not found
    # http://www.xxnet.com.cn/szb/tjbpc/202512/09/content_171451.html (湘西州 1-10月): `分别上升332.8%`
    found = records("花垣县1-10月,五大高耗能行业综合能源消费量分别上升332.8%、12.6%。", date="2025-12-09")
    assert _named(found, 332.8) == "五大高耗能行业综合能源消费量增速"


def test_short_growth_words_a_split_unit_and_a_short_retail_name() -> None:
    # https://gongwensou.com/zhengfubaogao/34159.html (紫金 2020 work report, 2019 review): `比增`, `7.9亿 元`
    found = records(
        "紫金县2020年政府工作报告。全年完成地区生产总值106.6亿元,同比增长5%;工业增加值11.8亿元,比增7.5%;"
        "地方一般公共预算收入7.9亿 元,比增5.5%;社会消费品零售92.2亿元,比增8.5%。"
    )
    assert _named(found, 7.5) == "工业增加值增速"
    assert (_named(found, 7.9), one(found, 7.9).unit) == ("地方一般公共预算收入", "亿元")
    assert _named(found, 5.5) == "地方一般公共预算收入增速"
    assert one(found, 92.2).canonical == "社会消费品零售总额"
    assert one(found, 8.5).canonical == "社会消费品零售总额增速"


def test_all_industry_a_rate_over_its_target_and_new_firms() -> None:
    # r114 通辽经开区 (dev7): `全部工业要力争完成产值300亿元`: all industry, not the firms above the size limit
    found = records("通辽经济技术开发区2013年,全部工业要力争完成产值300亿元,完成增加值85亿元,增长20%。")
    assert (_named(found, 300), one(found, 300).canonical) == ("全部工业产值", "")
    assert (_named(found, 85), one(found, 85).canonical) == ("全部工业增加值", "")
    # r126 雅安经开区 (dev7): `超目标任务1.5个百分点` is the rate's lead over its target; `而4个2019年省重点项目`
    found = records(
        "雅安经开区2019年一季度,规模工业增加值增长12%,超目标任务1.5个百分点,而4个2019年省重点项目也均已开复工。"
    )
    assert _named(found, 1.5) == "规模工业增加值增速超目标任务"
    assert _named(found, 4) == "省重点项目"
    # r125 金秀 (dev7): `新增11家规上工业企业上规入统` counts new firms
    found = records("金秀瑶族自治县2023年新增11家规上工业企业上规入统。")
    assert _named(found, 11) == "新增规上工业企业"
    # r93 蒙城 (dev6): progress on a target said after the share of it stays the level's
    found = records("蒙城县2017年一季度,实际利用内资110.4亿元,完成全年任务的32.4%,超序时进度7.4个百分点。")
    assert _named(found, 32.4) == "实际利用内资完成全年任务比例"
    assert _named(found, 7.4) == "实际利用内资超序时进度"


def test_two_levels_of_one_kind_a_group_among_others_and_a_change_of_a_count() -> None:
    # http://chinahisu.com/qx/2022/05-11/329317.shtml (莆田 Q1 2022, trad): `330個省、市重點項目`, `這些重點項目總投資`
    found = records(
        "莆田市2022年一季度,全市330個省、市重點項目累計完成投資227.6億元。據悉,這些重點項目總投資5368.9億元。"
    )
    assert _named(found, 330) == "省、市重点项目"
    assert _named(found, 227.6).startswith("省、市重点项目")
    assert _named(found, 5368.9) == "重点项目总投资"
    # https://gxj.changzhou.gov.cn/html/jxw/2018/CJOLOPAM_0420/26826.html (常州 Q1 2018): `6個新開工項目中`,
    # `66个新开工项目已有28个开工建设`, `3个项目已开工建设`
    found = records(
        "常州市2018年一季度,6个新开工项目中,3个项目已开工建设,开工率达50%。66个新开工项目已有28个开工建设,开工率42.4%。"
    )
    assert _named(found, 6) == "新开工项目"
    assert _named(found, 3) == "开工建设项目"
    assert _named(found, 66) == "新开工项目"
    # http://www.laixinews.com/epaper/Html/2014-04-29/19024.html (莱西 Q1 2014): `同比增加11个`
    found = records(
        "莱西市2014年一季度,我市投资5000万元以上在建内资项目80个,同比增加11个,投资总额415.9亿元。",
        places=("莱西市",),
    )
    assert _named(found, 11) == "投资5000万元以上在建内资项目比上年同期增加"  # a change's one form
    assert _named(found, 415.9) == "投资5000万元以上在建内资项目投资总额"


def test_a_place_among_the_first_n_of_a_named_list() -> None:
    # r109 平阳 (dev7): `位列全国投资潜力百强县30强、全市第一`: at most 30th of that list, named by it
    found = records(
        "平阳县2020年,城乡居民人均可支配收入分别增长3.9%、7.1%,位列全国投资潜力百强县30强、全市第一。",
        date="2021-03-10",
    )
    rank = one(found, 30)
    assert (rank.indicator, rank.unit, rank.cmp) == ("全国投资潜力百强县排名", "名次", "<=")
    assert [q.value for q in find_quantities("全国百强县")] == []  # the name of a list


def test_a_groups_other_events_and_what_it_invested() -> None:
    # bx2200.com/baogao/huadong/4526.html (诏安 2022 review): `工业项目新开工110个、竣工投产60个`
    found = records("诏安县2022年,工业投资30亿元、增长63%,工业项目新开工110个、竣工投产60个。")
    assert _named(found, 60) == "工业项目竣工投产"
    # r115 郎溪 (dev7, no date): `省级重点项目开工20个,完成投资79.5亿元,竣工12个`
    found = records("郎溪县省级重点项目开工20个,完成投资79.5亿元,竣工12个。")
    assert _named(found, 79.5) == "省级重点项目完成投资"
    assert _named(found, 12) == "省级重点项目竣工"
    # https://edutainingadventures.com/bxn/4817.html (中江 2022): a population in a planning slogan is no record
    found = records("中江县2022年,按照“15平方公里15万人口”的规划建设城南新区,87个老旧小区改造完成。")
    assert [(r.value, r.unit) for r in found] == [(87, "个")]


def test_planned_groups_changes_and_the_firms_counted_before_their_total() -> None:
    # r121 永德 (dev7): `计划新开工亿元以上重大项目13项`; http://linkv.com.cn/SpecialTopic/show/ghlt/719430.html (池州 2024)
    found = records("永德县2025年计划新开工亿元以上重大项目13项,总投资31.7亿元。")
    assert _named(found, 13) == "计划新开工亿元以上重大项目"
    assert _named(found, 31.7) == "计划新开工亿元以上重大项目总投资"
    # http://tjj.yancheng.gov.cn/art/2019/9/24/art_1774_3242741.html (盐城 1-8月 2019): `比去年同期增加了72个`
    found = records("盐城市1-8月份,我市高技术制造业在建项目数为289个,比去年同期增加了72个。")
    assert _named(found, 72) == "高技术制造业在建项目数比上年同期增加"  # a change's one form
    # http://xiaoxianw.com/xczx/sj/11175.html (a district's 1-6月 2023): the firms counted, then their revenue
    found = records(
        "崇川区2023年1-5月,规模以上服务业260家,实现营业收入59.82亿元,同比增长13.0%。", places=("崇川区",)
    )
    assert _named(found, 59.82) == "规模以上服务业营业收入"
    assert _named(found, 13.0) == "规模以上服务业营业收入增速"


def test_a_comparison_base_said_with_bi_jiao_and_a_span_of_days_are_not_the_name() -> None:
    # http://www.tokensetting.com/news-id-41154.html (雷波 national holiday, trad): `與去年同期比較增長16.85%`
    found = records(
        "雷波縣雙節旅游。10月1日—10月8日全縣共接待游客5.6萬人次,與去年同期比較增長16.85%;"
        "實現旅游總收入2648.1萬元,與去年同期比較增長11.17%。"
    )
    assert _named(found, 5.6) == "接待游客"
    assert _named(found, 16.85) == "接待游客增速"
    assert _named(found, 11.17) == "旅游总收入增速"


def test_an_aside_after_a_count_and_a_programme_named_with_a_round_number() -> None:
    # http://www.ordos.gov.cn/xw_127672/bmdt/202207/t20220721_3246149.html (鄂尔多斯 2022): `76项(新建48项,续建28项)`
    found = records(
        "鄂尔多斯市2022年,全市实施高端化项目76项(新建48项,续建28项),总投资1782.3亿元。",
        places=("鄂尔多斯市",),
    )
    assert _named(found, 76) == "实施高端化项目"
    assert _named(found, 1782.3) == "高端化项目总投资"
    # https://fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html (济宁经开区 2022): `百项技改` is a name
    found = records(
        "济宁经开区2022年,8个省级重点项目、19个市级重点产业项目、6个市级百项技改项目全部开工。",
        places=("济宁经济技术开发区",),
    )
    assert [(r.value, r.unit) for r in found] == [(8, "个"), (19, "个"), (6, "个")]
    assert _named(found, 6) == "市级百项技改项目"


def test_the_scope_before_the_first_item_of_a_list_is_every_items() -> None:
    # r127 长寿 (dev7): `規上工業用電、煤、天然氣、熱力分別增長6.9%、增長8.4%、下降4.8%、下降2.0%`
    found = records(
        "长寿区2023年上半年经济运行。其中,規上工業用電、煤、天然氣、熱力分別增長6.9%、增長8.4%、下降4.8%、下降2.0%。",
        date="2023-07-28",
    )
    assert [r.indicator for r in found] == [
        "规上工业用电增速",
        "规上工业煤增速",
        "规上工业天然气增速",
        "规上工业热力增速",
    ]
    # items with a scope of their own keep it
    found = records("长寿区2023年,全区规上工业企业、规上服务业企业分别达到120家和30家。")
    assert [r.indicator for r in found] == ["规上工业企业", "规上服务业企业"]


def test_sectors_listed_before_their_count_get_a_rate_each() -> None:
    # http://www.kmsm.gov.cn/c/2022-05-12/5947474.shtml (嵩明 Q1 2022)
    found = records(
        "嵩明县2022年一季度,三个工业门类中,采矿业增加值同比增长877.7%。全县排前七行业中,汽车制造业、食品制造业、"
        "燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%。"
        "全县固定资产投资同比增长17.4%,增幅较1-2月(-0.6%)提高18.0个百分点。"
    )
    assert not [r for r in found if r.unit == "个"]  # how many sectors a list names
    assert [r.indicator for r in found if r.value in (89.2, 11.4, 159.4)] == [
        "汽车制造业增加值增速",
        "食品制造业增加值增速",
        "燃气生产和供应业增加值增速",
    ]
    assert _named(found, 18.0) == "固定资产投资增幅较1-2月提高"
    # a count of projects of sectors stays: `引进A、B、C3个产业项目`
    found = records("嵩明县2022年,引进新能源、新材料、生物医药3个产业项目。")
    assert [(r.value, r.unit) for r in found] == [(3, "个")]


def test_a_list_of_livestock_in_two_units_shorthands_a_yield_and_a_steady_rank() -> None:
    # http://m.hqbet6098.com/zfxxgk/fdzdgknr/tjxx/1651147889510850562.html (a county's H1 2021, trad)
    found = records(
        "曲沃县2021年上半年,生豬、牛、羊、家禽分別出欄6.4萬頭、1342頭、1.2萬隻、5.5萬隻,分別增長81.8%、3.3%、5.2%、27.9%。"
    )
    assert [(r.indicator, r.value, r.unit) for r in found[:4]] == [
        ("生猪出栏", 6.4, "万头"),
        ("牛出栏", 1342, "头"),
        ("羊出栏", 1.2, "万只"),
        ("家禽出栏", 5.5, "万只"),
    ]
    # http://www.ilynn.cn/document_detail/3655.html (曲沃 2019 bulletin, trad): `一產、三產占比分別降低了0.5、1.9個百分點`
    found = records("曲沃县2019年,一產、三產占比分別降低了0.5、1.9個百分點。")
    assert [r.indicator for r in found] == ["一产占比降低", "三产占比降低"]
    # http://www.lcbyokzvsr.com/paper/202411060105/241112945.html (2024, trad): a yield, a steady rank
    found = records(
        "临泉县2023年,全年糧食總面積、總產量穩居全市第二。全縣糧食單產為252.14公斤/畝,增長1.46%。"
    )
    assert one(found, 252.14).unit == "公斤/亩"
    assert _named(found, 2) == "粮食总面积、总产量全市排名"
