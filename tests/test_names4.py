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
