"""Labelling calls of tests/real/README.md ("Counts, shares and changes") and the rules that follow them.
Each test quotes the real text; the page's address (or dev id) is in a comment."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _found(text: str, place: str, date: str) -> dict[tuple[float, str], tuple[str, str]]:
    return {(r.value, r.unit): (r.indicator, r.cmp) for r in records(text, date=date, places=(place,))}


# --- a share in tenths -------------------------------------------------------------------------------------------


def test_a_share_in_tenths_is_a_record_of_its_thing() -> None:
    # dev11 r209 罗湖 2023: `九大类民生支出预计完成163亿元,占财政支出比重超过八成`
    found = _found("2022年,九大类民生支出预计完成163亿元,占财政支出比重超过八成。", "罗湖区", "2023-01-10")
    assert found[(8, "成")] == ("九大类民生支出占财政支出比重", ">")
    # dev5 r56 中山火炬 2024: shares of the city in tenths, as in per cent
    found = _found(
        "先进制造业增加值同比增长11.7%,占全市比重近3成;高技术产业增加值同比增长7.6%,占全市比重超4成。",
        "中山市",
        "2024-01-10",
    )
    assert found[(3, "成")] == ("先进制造业增加值占全市比重", "<")
    assert found[(4, "成")] == ("高技术产业增加值占全市比重", ">")


def test_words_made_with_cheng_are_no_share() -> None:
    # `八成新`, `一成不变`, `三成员`: a numeral before 成 that no share word or bound leads
    for text in ("设备八成新", "政策一成不变", "有三成员工", "全县建成3个园区"):
        assert [q for q in find_quantities(text) if q.unit == "成"] == [], text


# --- counts of things set up and of things named --------------------------------------------------------------------


def test_teams_a_county_sets_up_are_records() -> None:
    # dev11 r198 肇州 2011: `全县成立了四个招商工作组、各乡镇招商分局和七个大口招商办`
    found = _found(
        "年初以来,全县成立了四个招商工作组、各乡镇招商分局和七个大口招商办,形成全员招商的良好氛围。",
        "肇州县",
        "2011-10-08",
    )
    assert found[(4, "个")][0] == "招商工作组" and found[(7, "个")][0] == "大口招商办"
    # dev7 r115 郎溪: teams named one by one, then counted
    found = _found("郎溪县设立了上海、苏州、无锡、嘉兴等4个驻外招商小分队。", "郎溪县", "2020-05-01")
    assert found[(4, "个")][0] == "驻外招商小分队"


def test_a_count_of_the_things_a_task_names_is_a_record() -> None:
    # dev11 r197 南昌县 2024: the roads named, then counted, are what the task works on
    found = _found(
        "任务目标:2024年度计划对澄碧湖周边洪州大道、澄湖西路、澄湖东路等三条道路进行市政配套管网建设。",
        "南昌县",
        "2024-03-16",
    )
    assert (3, "条") in found


def test_a_list_of_undertakings_counts_its_sub_items_as_its_own_parts() -> None:
    # dev11 r213 江宁 2024 (trad): `…新建鎮村公交候車亭100座等31項子內容`
    found = _found(
        "其中包括:新增10個(每個街道1個)老年人助餐點建設、完成秣陵和淳化2個街道社區衛生服務中心改擴建施工、"
        "新建鎮村公交候車亭100座等31項子內容。",
        "江宁区",
        "2024-03-01",
    )
    assert (31, "项") not in found
    assert {(10, "个"), (2, "个"), (100, "座")} <= set(found)


def test_a_task_lists_heading_is_its_projects_name() -> None:
    # dev11 r197 南昌县 2024: the headings name the projects; the figures are in each task's own text
    found = _found(
        "一、莲塘等片区20个排水单元雨污管网分流改造及澄碧湖周边新建市政管网项目\n\n牵头领导:涂超\n\n"
        "三、新建300个公共充电桩项目\n\n牵头领导:涂超\n\n"
        "任务目标:2024年计划在莲塘片区、象湖片区、小蓝片区等区域内共完成300个公共充电桩建设\n\n"
        "四、塘南等7个乡镇1000公里农村安全饮水管网铺设项目\n\n",
        "南昌县",
        "2024-03-16",
    )
    assert list(found) == [(300, "个")]
    assert found[(300, "个")][0] != "公共充电桩项目"


# --- where a change starts -----------------------------------------------------------------------------------------


def test_a_ranks_start_is_the_comparison_base_and_a_levels_start_a_record() -> None:
    # tests/unseen u08 肥西 2021: `全国综合实力百强县排名从第17位跃升至第9位`, `高新技术企业由68家增加到389家`
    found = _found(
        "全国综合实力百强县排名从第17位跃升至第9位。高新技术企业由68家增加到389家。", "肥西县", "2021-09-26"
    )
    assert (9, "名次") in found and (17, "名次") not in found
    assert {(68, "家"), (389, "家")} <= set(found)


# --- what is said of a project after its name ----------------------------------------------------------------------


def test_a_projects_name_ends_before_what_is_said_of_it() -> None:
    # dev11 r214 通城 2016 (trad): `其中投资50亿元的宝塔光电科技产业园项目是签约仪式上投资额最大的项目`
    (record,) = [
        r
        for r in records(
            "其中投資50億元的寶塔光電科技產業園項目是簽約儀式上投資額最大的項目。",
            date="2016-06-01",
            places=("通城县",),
        )
        if r.value == 50
    ]
    assert record.subject == "宝塔光电科技产业园项目"


# --- the zones a zone stands among ---------------------------------------------------------------------------------


def test_the_zones_of_the_country_and_the_city_are_no_figure_of_the_zone() -> None:
    # dev10 r172 吉林经开区 2011: its upgrade among the country's and the city's zones
    found = _found(
        "至此,连同吉林高新区在内,吉林市已有两个国家级开发区,这在同类城市中是极其罕见的。"
        "据悉,此次全国各地共有36个开发区申报国家级开发区,目前获批12个,我省仅此一家。"
        "区内现有企业1605户,其中大中型企业348户。",
        "吉林经济技术开发区",
        "2011-06-03",
    )
    assert set(found) == {(1605, "户"), (348, "户")}


# --- bare magnitudes, older numerals, a site's area ----------------------------------------------------------------


def test_a_bare_yi_after_an_investment_and_a_bare_wan_after_a_population() -> None:
    # dev7 r112 鄱阳 (interview): the title's investment, the town's planned population; the county's population
    # today is a county fact (tests/real/README.md: county facts are not records)
    found = _found(
        "今年投资近200亿谋划163个重点建设项目。"
        "“鄱阳是一个人口大县,目前已有人口157万。”力争到2015年,鄱阳城人口达30万,建成区面积36平方公里。",
        "鄱阳县",
        "2011-03-01",
    )
    assert found[(200, "亿元")][1] == "<" and (163, "个") in found
    assert found[(30, "万人")][0] == "鄱阳城人口"
    assert (157, "万人") not in found


def test_two_lines_built_counted_with_er_and_a_project_said_to_be_an_example() -> None:
    # dev9 r167 封开 2007 (trad)
    found = _found(
        "投資三十九億元的水泥項目就是最好的例子。該公司首期投資十五億人民幣興建二條新型乾法水泥生產線正式動工。",
        "封开县",
        "2007-11-20",
    )
    assert {(39, "亿元"), (15, "亿元"), (2, "条")} <= set(found)
    # `二` stays an ordinal or a word elsewhere: `二次创业`, `二产`
    assert [q.value for q in find_quantities("实施二次创业,二产增加值增长")] == []


def test_an_area_in_square_metres_is_a_sites_not_the_countys() -> None:
    # dev4 r37 嵩县 2010 (interview): the water surface a river works made
    found = _found(
        "完成总投资4152万元的伊河城区段综合整治工程,在伊河县城段形成长2.3公里、总面积70万平方米的水面。",
        "嵩县",
        "2010-03-01",
    )
    assert (70, "万平方米") in found
    found = _found("全县总面积1234平方公里,总人口33万人。", "嵩县", "2010-03-01")
    assert found == {}


# --- sizes and measures that only say which things are meant --------------------------------------------------------


def test_households_that_size_a_village_are_a_threshold() -> None:
    # dev7 r122 云龙 2017 (trad): `光纤宽带网络覆盖所有行政村所在地和50户以上自然村`
    found = _found(
        "光纖寬帶網絡覆蓋所有行政村所在地和50戶以上自然村。全县有规上企业50家以上。", "云龙县", "2017-01-20"
    )
    assert (50, "户") not in found and (50, "家") in found
    # https://xrxxw.com/tag/305562.html (贵州 2020): `实现30户以上村民小组100%通硬化路`
    found = _found("实现30户以上村民小组100%通硬化路。", "务川仡佬族苗族自治县", "2020-12-02")
    assert list(found) == [(100, "%")]


def test_the_rates_a_shared_rank_names_are_not_counted() -> None:
    # dev7 r124 融安 2024 (trad): `两项增速排名全市第一` ranks both rates once
    found = _found("工業投資增長25.4%,固定資產投資增長12.1%,兩項增速排名全市第一。", "融安县", "2024-01-10")
    assert (2, "项") not in found and (1, "名次") in found


def test_a_policys_articles_are_its_parts() -> None:
    # dev7 r114 通辽经开区: `同时还要深入落实促进民营经济发展的55条意见和促进民营经济发展2013行动计划`
    found = _found(
        "同时还要深入落实促进民营经济发展的55条意见和促进民营经济发展2013行动计划。", "通辽市", "2013-03-01"
    )
    assert (55, "条") not in found
