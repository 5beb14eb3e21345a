"""Names, subjects and not-records of round 10, each from a real sentence (its page's address in a comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import one, records


def test_a_bar_table_cell_that_states_only_its_figure_is_its_rows() -> None:
    # http://www.wuxing.gov.cn/art/2022/4/3/art_1229210810_59009811.html (吴兴区 2021 plan execution, table 1)
    found = records(
        "吴兴区2021年国民经济和社会发展计划执行情况\n"
        "表一:2021年国民经济与社会发展有关指标完成情况\n"
        "属性 | 指标名称 | 人代会 目标 | 完成情况 | 全市排名 | |||\n"
        "增幅 | 绝对值 | 评价 | |||||\n"
        "预期性 | 地区生产总值 | 8%左右 | 9.7 | 853.2亿元 | 完成 | 2 | |\n"
        "常住人口城镇化率 | 68% | 73.3(*) | 完成 | 1(*) | |||\n"
        "财政总收入 | 8%以上 | 16.2% | 96.2亿 | 完成 | 2 | ||\n",
        date="2022-04-03",
    )
    assert one(found, 853.2).indicator == "地区生产总值"
    assert one(found, 853.2).canonical == "地区生产总值"
    assert {r.indicator for r in found if r.value == 8} == {"地区生产总值增速", "财政总收入增速"}
    assert one(found, 68).indicator == "常住人口城镇化率"  # a rate stays a rate
    assert one(found, 96.2).indicator == "财政总收入"
    assert one(found, 16.2).indicator == "财政总收入增速"
    # a verdict column (完成) names nothing: the rank 2 is no record of `完成`
    assert all(r.indicator != "完成" for r in found)


def test_an_indicator_acronym_right_before_its_figure() -> None:
    # http://feixian.gov.cn/info/1440/14837.htm (费县): `全县完成GDP212.3亿元`
    (q,) = find_quantities("全县完成GDP212.3亿元")
    assert (q.value, q.unit) == (212.3, "亿元")
    assert find_quantities("PM2.5浓度") == []  # a name's number stays a name's
    found = records("费县政府工作报告\n2022年,全县完成GDP212.3亿元,同比增长4.5%。", date="2023-01-10")
    assert one(found, 212.3).canonical == "地区生产总值"


def test_distances_and_extent_of_a_new_area_are_no_records() -> None:
    # http://gs.touzi888.net/park/brief.html?id=9389 (兰州新区 profile, 2021)
    found = records(
        "甘肃兰州新区简介\n发布时间:2021-02-15\n兰州新区位于秦王川盆地,是兰州、白银两市的接合部。"
        "南北长约49公里,东西宽约23公里,距兰州市38.5公里,白银市79公里,西宁市195公里,距西安560公里,"
        "经景泰到银川有470公里,经河西走廊直通新疆,距乌鲁木齐1805公里。",
        date="2021-02-15",
    )
    assert [r for r in found if r.unit == "公里"] == []


def test_a_change_from_a_past_level_is_no_part_of_the_name() -> None:
    # https://rolseo.com/gansushenglanzhoulanzhouxincun_map (兰州新区)
    found = records(
        "兰州新区于2010年8月开始筹建。地区生产总值从2011年的39.04亿元将增长到2017年的176.33亿元,"
        "年均增速近30%,2018年达到200亿元以上。",
        date="2018-06-01",
    )
    assert one(found, 176.33).indicator == "地区生产总值"
    assert one(found, 200).indicator == "地区生产总值"


def test_each_project_of_a_list_with_its_own_investment_word() -> None:
    # r110 乐亭 2024 (dev7): `一期投资50亿元的…、投资35亿元的…等项目相继签约落户`
    found = records(
        "乐亭县政府工作报告\n过去一年,一期投资50亿元的国晟异质结双碳产业园、投资35亿元的高端涂镀板材、"
        "投资20亿元的锂电池正极材料、投资5.1亿元的上海远景风机制造等项目相继签约落户。",
        date="2024-01-10",
    )
    assert [(r.value, r.subject) for r in found] == [
        (50, "国晟异质结双碳产业园"),
        (35, "高端涂镀板材"),
        (20, "锂电池正极材料"),
        (5.1, "上海远景风机制造"),
    ]


def test_what_a_project_described_by_its_investment_has_done() -> None:
    # r122 云龙 2017 (dev7): `投资3.74亿元的500千伏苗尾水电站交流送出工程完成投资9400万元`
    found = records(
        "云龙县2016年工作回顾\n2016年,投资3.74亿元的500千伏苗尾水电站交流送出工程完成投资9400万元。",
        date="2017-02-10",
    )
    assert one(found, 3.74).subject == "500千伏苗尾水电站交流送出工程"
    assert one(found, 9400).subject == "500千伏苗尾水电站交流送出工程"
    assert "苗尾" not in one(found, 9400).indicator


def test_a_task_tables_item_number_is_no_part_of_the_name() -> None:
    # https://bzqc.gov.cn/OpennessContent/show/2830307.html (谯城区 2025 task table)
    found = records(
        "谯城区2025年政府工作报告重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n"
        "一、2025年经济社会发展的主要预期目标\n1 地区生产总值增长6.5%左右。 区发改委 区政府各部门\n"
        "3 固定资产投资增长7.5%左右。 区发改委 区工信局\n",
        date="2025-03-28",
    )
    assert one(found, 6.5).indicator == "地区生产总值增速"
    assert one(found, 7.5).indicator == "固定资产投资增速"


def test_a_level_after_a_city_and_places_visited_are_no_cut_in_the_name() -> None:
    # http://www.360elib.com:2027/detail.aspx?NewsCode=NC2057&NewsId=74555587&OrgId=001 (高邮高新区 2025)
    found = records(
        "高邮高新区2025年工作总结\n招商引资成效显著。2025年,累计前往上海、广州、深圳、北京等地拜访企业305家,"
        "接待客商259批次。全年列省、扬州市级重大项目共有9个,投资完成率129%。扬州市级项目17个。"
        "2025全年工业开票销售189.1亿元。",
        date="2025-12-20",
    )
    assert one(found, 189.1).indicator == "工业开票销售"
    assert one(found, 305).indicator == "拜访企业"
    assert one(found, 17).indicator == "扬州市级项目"


def test_where_the_counted_go_or_stand_ends_their_name() -> None:
    # https://ddh.hld.gov.cn/xwzx/xqzt/qmzxxtpsnxd/gzdt/202411/t20241125_1192599.html (绥中县 2024)
    found = records(
        "我县项目建设“火力全开”\n发布时间:2024-11-25\n今年,我县实施500万元以上重点项目116个,总投资409.24亿元,"
        "截至目前,109个项目在如火如荼的推进中。组织53名专职招商人员赴京津冀、长三角、珠三角地区深入开展多种方式招商。",
        date="2024-11-25",
    )
    assert one(found, 53).indicator == "专职招商人员"
    assert "如火如荼" not in one(found, 109).indicator


def test_the_figures_after_a_facility_built_are_the_facilitys() -> None:
    # r128 西平 2020 (dev7): `建成西平县中心敬老院,…,增加了护理型床位50张,护理型床位共159张`
    found = records(
        "西平县2020年重点工作任务进展\n我县对第一托养中心进行了改建,建成西平县中心敬老院,以入住失能、半失能的特困供养人员为主,"
        "增加了护理型床位50 张,护理型床位共159张,目前入住失能半失能人员72人。",
        date="2020-12-20",
    )
    assert {r.subject for r in found} == {"西平县中心敬老院"}
    # a counted kind names no one facility: `新建3所学校`
    other = records("某县2020年工作总结\n2020年,全县新建3所学校,新增学位2000个。", date="2020-12-20")
    assert all(r.subject == "" for r in other)


def test_a_count_in_a_place_name_or_an_address_is_no_figure() -> None:
    # http://ldwb.workerbj.cn/content/2019-05/08/content_89836.htm (昌平 2019): `北京市昌平区北七家镇正式开工`,
    # `丰台区东铁营横七条12号`; the projects counted before a date
    assert find_quantities("在北京市昌平区北七家镇正式开工") == []
    assert find_quantities("地址:北京市丰台区东铁营横七条12号") == []
    found = records(
        "本报讯(记者 马超)昌平北七家养老院等10项重点民生项目5月6日在北京市昌平区北七家镇正式开工。",
        date="2019-05-08",
    )
    assert one(found, 10).indicator == "重点民生项目"


def test_a_link_to_another_page_and_what_was_done_to_a_project_are_no_part_of_it() -> None:
    # http://jxhaiwainet.cn/news/2081.html (江西省养老服务中心 2019)
    found = records(
        "时间:2019-03-12\n近日,规划部门公示了江西省养老服务中心二期项目建设规划方案,该项目位于枫生高速以西,"
        "总用地面积176660平方米,总建筑面积163568.54平方米。\n上一篇:江西增40所“绿色学校”\n下一篇:没有了",
        date="2019-03-12",
    )
    assert one(found, 176660).subject == "江西省养老服务中心二期项目"
    assert all(r.value != 40 for r in found)


def test_a_count_after_examples_is_of_what_they_exemplify() -> None:
    # http://news.gqsoso.com/hongguan/202204/14205399.html (崇左 2022)
    found = records(
        "崇左市25个重大项目集中开竣工\n来源:广西日报 • 2022-04-14\n此次集中开竣工项目25个。其中,开工项目包括扶绥东西线道路景观"
        "提升工程、江州华绿生物现代农业食用菌工厂化、凭祥翔悦日用品填充剂等18个;竣工项目包括中泰华博高性能玻纤过滤材料、"
        "大新硕龙口岸(升格)基础设施工程等7个。第一季度,市级层面以上重大项目完成投资80亿元,实现开工23项、竣工10项(其中,"
        "自治区层面重大项目完成投资28.1亿元)。",
        date="2022-04-14",
    )
    assert one(found, 18).indicator == "开工项目"
    assert one(found, 7).indicator == "竣工项目"
    assert "其中" not in one(found, 10).indicator


def test_an_example_of_a_group_of_projects_is_no_subject() -> None:
    # https://ddh.hld.gov.cn/xwzx/xqzt/qmzxxtpsnxd/gzdt/202411/t20241125_1192599.html (绥中县 2024)
    found = records(
        "我县项目建设“火力全开”\n发布时间:2024-11-25\n央地合作也是我县项目建设的重要一环,在16个县央地合作项目中,"
        "其中渤海油田岸电绥中220kV输变电项目等3个项目已完工。",
        date="2024-11-25",
    )
    assert one(found, 3).subject == ""


def test_a_class_of_towns_named_by_a_sum_is_no_figure() -> None:
    # http://big5.china.com.cn/gate/big5/sc.china.com.cn/2021/difang/1337/1125/427967.html (邻水 2021)
    found = records(
        "邻水县柑子镇菜垭村入选全国乡村特色产业亿元村名单\n时间:2021-11-25\n日前,农业农村部正式公布2021年全国乡村特色产业"
        "十亿元镇亿元村名单。柑子镇菜垭村建成葡萄现代农业产业基地1000亩。",
        date="2021-11-25",
    )
    assert [r.unit for r in found] == ["亩"]
