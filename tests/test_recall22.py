"""Figures the build used to miss inside documents that build: both items of a list passing one mark together
(`双双突破`) and then each item's own level after `分别`; the honours a county won in the country's name
(`全国…先进城市等6个国字号荣誉`). Sentences are real pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from tests.ingest_helpers import records

# dev20 r406 小蓝经开区 2016 (a news story on the zone's 2015).
XIAOLAN = (
    "2015年,小蓝经开区工业总产值、主营业务收入双双突破1000亿元,分别达1014.51亿元、1001.2亿元,"
    "同比分别增长16.29%和12.64%,成为全省四个千亿园区之一。"
)


def test_a_mark_both_items_passed_then_each_items_level() -> None:
    found = {r.value: r for r in records(XIAOLAN, date="2016-01-10")}
    assert found[1000].indicator == "工业总产值和主营业务收入" and found[1000].cmp == ">"
    assert found[1014.51].indicator == "工业总产值"
    assert found[1001.2].indicator == "主营业务收入"
    assert found[16.29].indicator == "工业总产值增速" and found[12.64].indicator == "主营业务收入增速"
    assert {r.region for r in found.values()} == {"南昌小蓝经济技术开发区"}
    assert {r.kind for r in found.values()} == {"actual"} and {r.period for r in found.values()} == {"2015"}


def test_both_is_no_name_of_a_double() -> None:
    (record,) = records("2015年,全区工业总产值、主营业务收入双双突破1000亿元。", date="2016-01-10", places=("南昌县",))
    assert record.value == 1000 and record.region == "南昌县" and "双" not in record.indicator


# dev20 r417 昌江 2021 work report: the review's opening honours.
CHANGJIANG = (
    "政府工作报告\n——2021年2月3日在昌江黎族自治县第十五届人民代表大会第七次会议上\n"
    "一、2020年回顾及十三五发展主要成就\n"
    "2020年是昌江发展史上极不平凡的一年。在省委省政府和县委的坚强领导下,全力推进新时代“山海黎乡大花园”建设。"
    "全国未成年人思想道德建设工作先进城市等6个国字号荣誉加身;四好农村路等33项工作获得省级以上通报表扬;"
    "生态环境、政务服务等13项公共服务质量满意度综合测评指标位居全省第一。\n"
    "(一)坚持“超常规”应对疫情影响,经济发展总体平稳。出台超常规举措32条,强力推进各行各业复苏。\n"
)


def test_a_countys_honours_in_the_countrys_name_are_its_own() -> None:
    found = {(r.value, r.unit): r for r in records(CHANGJIANG)}
    for key in ((6, "个"), (33, "项"), (13, "项"), (1, "名次")):
        assert found[key].region == "昌江黎族自治县" and found[key].kind == "actual" and found[key].period == "2020"


# fresh15 f15_p03 文峰 2025 Q1: the sectors named as examples of a class, their rates after `分别`, the last one followed
# by the growth it is.
WENFENG = (
    "一季度,规模以上工业企业增加值增速回升明显。分行业来看,8个行业大类中超五成保持增长,纺织业、非金属矿物制品业、"
    "金属制品业等传统行业增速亮眼,分别实现 14.2%、5.2%、157.3% 的同比增长,充分体现传统产业焕发出新的生机。"
)


def test_rates_after_fen_bie_are_the_listed_examples() -> None:
    found = {r.value: r for r in records(WENFENG, date="2025-04-20", places=("文峰区",))}
    assert found[14.2].indicator.startswith("纺织业")
    assert found[5.2].indicator.startswith("非金属矿物制品业")
    assert found[157.3].indicator.startswith("金属制品业")
    assert {found[v].period for v in (14.2, 5.2, 157.3)} == {"2025Q1"}
    assert {found[v].region for v in (14.2, 5.2, 157.3)} == {"文峰区"}


# dev20 r404 越城 2014 plan report: its table of the year's main figures came out one cell to a line.
YUECHENG = (
    "一、2013年国民经济和社会发展计划执行情况\n\n"
    "2013年国民经济和社会发展主要指标完成情况\n\n指标名称\n\n目标\n\n全年完成\n\n实绩\n\n增速\n\n统计口径\n\n"
    "地区生产总值\n\n增长9%\n\n287.32亿元\n\n增长6.0%\n\n  实际管辖\n\n"
    "公共财政收入\n\n增长8%\n\n10.99亿元\n\n增长15.1%\n\n  实际管辖\n"
)


def test_cells_one_to_a_line_are_their_rows() -> None:
    found = {r.value: r for r in records(YUECHENG, date="2014-04-21", places=("越城区",))}
    assert found[287.32].indicator == "地区生产总值" and found[287.32].kind == "actual"
    assert found[6.0].indicator == "地区生产总值增速"
    assert found[10.99].indicator == "公共财政收入" and found[15.1].indicator == "公共财政收入增速"
    assert {found[v].period for v in (287.32, 6.0, 10.99, 15.1)} == {"2013"}


# dev20 r407 江都 (trad): places in a contest, one `第` and one `名` for the whole list.
JIANGDU = (
    "江都区召开重大项目集中开工仪式。开工仪式上还通报点评二季度招商引资“擂台赛”排名情况及季度赛考评结果。"
    "大桥、邵伯分别获I类镇第一、二名,丁伙、樊川、吴桥分获II类镇第一、二、三名。"
)


def test_ranks_sharing_one_ordinal_mark() -> None:
    found = records(JIANGDU, date="2024-07-01", places=("江都区",))
    ranks = [(r.value, r.unit) for r in found]
    assert ranks == [(1, "名次"), (2, "名次"), (1, "名次"), (2, "名次"), (3, "名次")]
    assert {r.region for r in found} == {"江都区"} and {r.kind for r in found} == {"actual"}
    assert [r.subject for r in found] == ["大桥镇", "邵伯镇", "丁伙镇", "樊川镇", "吴桥镇"]


# fresh21 f21_p06 曲沃 2009: the year's targets, a higher goal after the level's rate.
QUWO = (
    "今年曲沃经济工作的奋斗目标“535511”,即全县地区生产总值达到56亿元,增长10%;规模以上工业增加值达到33亿元,"
    "增长12%;财政收入达到5.68亿元,增长8%,力争突破6亿元;农民人均纯收入达到5765元,增长9%。"
)


def test_a_higher_goal_after_a_rate_is_the_levels() -> None:
    record = {r.value: r for r in records(QUWO, date="2009-02-01", places=("曲沃县",))}[6]
    assert record.indicator == "财政收入" and record.cmp == ">" and record.kind == "target"
    assert record.period == "2009" and record.region == "曲沃县"


# dev19 r391 格尔木 2010 and fresh17 f17_p11 玉龙 2024: a clause names the indicator, the next gives a year's level.
GEERMU = "全市经济总量实现跨越发展,2010年完成200.06亿元,年均增长19.8%,远远高于青海全省平均水平。"
YULONG = (
    "一是抓项目、增后劲。近年来,玉龙县固定资产投资对全市投资作出了积极贡献,2022年完成173亿元,在全市占比30.5%;"
    "2023年完成169亿元,在全市占比30.2%;2024年投资目标150亿元,在全市占比32.3%。"
)


def test_a_years_level_of_the_indicator_named_before() -> None:
    record = {r.value: r for r in records(GEERMU, date="2010-12-01", places=("格尔木市",))}[200.06]
    assert record.indicator == "经济总量" and record.kind == "actual" and record.period == "2010"
    found = {r.value: r for r in records(YULONG, date="2024-07-01")}
    assert found[173].indicator == "固定资产投资" and found[173].period == "2022"
    assert found[169].indicator == "固定资产投资" and found[169].period == "2023"
    assert {found[v].region for v in (173, 169)} == {"玉龙纳西族自治县"}


# dev20 r416 湘乡 2025 (a year-end story): amounts that open their clause, the funds named after them.
XIANGXIANG = (
    "169个企业难题迎刃而解,1.34亿元资金精准滴灌,让市场主体的活力竞相迸发。"
    "1.01万户新增市场主体破土而出,15.27亿元新增社会融资规模蓄势赋能,为发展注入汩汩动能。"
    "1000万元专项资金护航项目前期,争取60.4亿元政策资金创历史新高。"
)


def test_amounts_name_the_funds_after_them() -> None:
    found = {r.value: r for r in records(XIANGXIANG, date="2025-12-30", places=("湘乡市",))}
    assert found[1.34].indicator.endswith("资金") and found[1.34].kind == "actual"
    assert found[15.27].indicator == "新增社会融资规模"
    assert found[1000].indicator == "专项资金" and found[1000].unit == "万元"
    assert found[60.4].indicator.endswith("政策资金")
    assert {r.region for r in found.values()} == {"湘乡市"}


# The README's "not records": a count that names a set the text has already counted, before its done part (f21_p08
# 老城, f21_p07 新会, r329 隆德); the year's list counted there only stays (r365 吉安).
def test_a_set_counted_again_before_its_part_is_no_figure() -> None:
    found = records("2025年我区列入省重大项目3个,截至目前,3个省重大项目已开工2个。", date="2025-06-01", places=("老城区",))
    assert [(r.value, r.indicator) for r in found] == [(3, "列入省重大项目"), (2, "省重大项目已开工")]
    found = records(
        "新会区今年安排重点项目105个。1—3月,105个项目已经有67个项目动工。", date="2021-04-20", places=("新会区",)
    )
    assert [r.value for r in found] == [105, 67] and found[1].region == "新会区"
    found = records("一季度,全县26个重点工业项目已开工建设17个,开工率为65%。", date="2024-04-01", places=("吉安县",))
    assert [r.value for r in found] == [26, 17, 65]


def test_a_total_after_an_increase_stays() -> None:
    found = records("新增规上企业50家达127家。", date="2024-04-01", places=("隆德县",))
    assert [r.value for r in found] == [50, 127]


# fresh17 f17_p11 玉龙 2024: the county's share of the city's investment is no share of its own.
def test_a_share_in_the_city_is_named_so() -> None:
    found = {r.value: r for r in records(YULONG, date="2024-07-01")}
    assert found[30.5].indicator == "固定资产投资占全市比重" and found[30.5].canonical == ""


# Ranks the build used to miss: the first three (`前三甲`, r183 南昌县 2021), a ranking named after the rank (`以第25名上榜
# …百强县`, f18_p14 正定 2018), a first place right after the group ranked (a heading, r264 肥西 2020).
def test_the_first_three() -> None:
    found = records(
        "小蓝经开区营业收入,工业总产值分别实现1220.4亿元,1208.4亿元,稳居全省开发区前三甲。", date="2021-01-10"
    )
    (rank,) = [r for r in found if r.unit == "名次"]
    assert rank.value == 3 and rank.cmp == "<=" and rank.region == "南昌小蓝经济技术开发区" and rank.kind == "actual"


def test_a_ranking_named_after_the_rank() -> None:
    (rank,) = records(
        "日前,2018年全国投资潜力百强县(市)名单揭晓,其中我县以第25名上榜2018年全国投资潜力百强县(市)。",
        date="2018-12-10",
        places=("正定县",),
    )
    assert rank.value == 25 and rank.unit == "名次" and rank.indicator == "全国投资潜力百强县排名"
    assert rank.region == "正定县" and rank.period == "2018"


def test_a_first_place_after_the_group_ranked() -> None:
    found = records("战新产业增速五县(市)首位。目前,全县战略性新兴产业企业数达118家。", date="2020-08-10", places=("肥西县",))
    assert [(r.value, r.unit) for r in found] == [(1, "名次"), (118, "家")]
    assert not records("把安全生产摆在首位。", date="2020-08-10", places=("肥西县",))


def test_a_rank_among_zones_has_no_shared_name() -> None:
    found = records(
        "小蓝经开区营业收入,工业总产值分别实现1220.4亿元,1208.4亿元,稳居全省开发区前三甲。", date="2021-01-10"
    )
    (rank,) = [r for r in found if r.unit == "名次"]
    assert rank.canonical == ""


# dev19 r389 迁安 2024 (trad): a ranking's places listed by rank, the place named after its rank.
QIANAN = (
    "迁安市,属于河北省的县级市,由唐山市负责管理。\n\n根据2024年赛迪全国百强县的排名,河北省有5个县市上榜。\n\n"
    "迁安市在榜单中排名第30,位居河北省首位;\n第77位是由沧州市管理的黄骅市,GDP为801亿元;\n"
    "第83位是邯郸市管辖的武安市,GDP为802亿元;\n第95位是廊坊市管辖的三河市,GDP为610.3亿元。\n"
)


def test_a_rank_is_the_place_named_after_it() -> None:
    ranks = {r.value: r for r in records(QIANAN, date="2024-10-05") if r.unit == "名次"}
    assert ranks[77].region == "黄骅市" and ranks[83].region == "武安市" and ranks[95].region == "三河市"
    assert ranks[30].region == "迁安市" and {ranks[v].kind for v in (77, 83, 95)} == {"actual"}


# fresh13 f13_p14 博罗 2021: the marks passed, counted after the last one (`两个百亿关口`), qualify nothing.
def test_the_last_mark_passed_before_their_count() -> None:
    found = records("地区生产总值连续跨越500亿元、600亿元两个百亿关口。", date="2021-01-10", places=("博罗县",))
    assert [(r.value, r.cmp) for r in found] == [(500, ">"), (600, ">")]
    assert {r.indicator for r in found} == {"地区生产总值"} and {r.kind for r in found} == {"actual"}


# dev18 r362 邳州: a figure in an aside on an amount does not make the amount a qualifier.
def test_an_amount_before_an_aside_on_it() -> None:
    found = {r.value: r for r in records("本次签约项目25个,总投资372.9亿元人民币(含利用外资的项目1个)。", date="2019-05-01",
                                         places=("邳州市",))}
    assert found[372.9].unit == "亿元" and found[372.9].region == "邳州市"
    assert found[1].unit == "个"


# Spurious records of the README's "not records": the next plenary sessions of a list (r415 沐川 2024), the shares of a
# structure (`三次产业结构 a%:b%:c%`, r274 高昌 2023), the rank or rate a figure moved from (r256 青浦 2013, f14_p08 和县).
def test_sessions_of_a_list_are_names() -> None:
    found = records(
        "深入学习贯彻党的二十大、省委十二届二次、三次、四次全会和市委八届六次、七次全会精神,全县地区生产总值增长5.6%。",
        date="2024-01-20",
        places=("沐川县",),
    )
    assert [(r.value, r.unit) for r in found] == [(5.6, "%")]


def test_a_structures_shares_are_no_figures() -> None:
    found = records(
        "三次产业结构由上年的23.1%:20.5%:56.4%调整为23.1%:20.2%:56.7%。按常住人口计算,全区人均地区生产总值48703元。",
        date="2023-04-01",
        places=("高昌区",),
    )
    assert [(r.value, r.unit) for r in found] == [(48703, "元")]


def test_what_a_rank_or_rate_moved_from_is_a_base() -> None:
    found = records(
        "尤其是区级地方财政收入的增幅从2011年的全市第12位上升到2012年的第3位。", date="2013-01-20", places=("青浦区",)
    )
    assert [(r.value, r.unit, r.period) for r in found] == [(3, "名次", "2012")]
    found = records("全县贫困发生率由建档立卡时的3.94%降至0.002%。", date="2021-04-01", places=("和县",))
    assert [(r.value, r.indicator) for r in found] == [(0.002, "贫困发生率")]


# fresh21 f21_p05 文成 2021: a rate bounded, then named after its bound (`50%以上的增速`), is the rate, no threshold.
def test_a_bounded_rate_named_after_its_bound() -> None:
    found = records(
        "文成县的网络零售增速则有较大波动,但也一直保持50%以上的增速,并居全市之首。", date="2021-09-10", places=("文成县",)
    )
    assert [(r.value, r.unit, r.cmp) for r in found] == [(50, "%", ">="), (1, "名次", "=")]
    assert {r.region for r in found} == {"文成县"} and {r.kind for r in found} == {"actual"}


def test_a_threshold_before_a_thing_stays_a_qualifier() -> None:
    found = records("全年引进10亿元以上的项目5个。", date="2021-09-10", places=("文成县",))
    assert [(r.value, r.unit) for r in found] == [(5, "个")]
