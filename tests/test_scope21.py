"""Scope: what is no record (a zone's extent as a decision set it, counts of kinds of places, the field a place alone
stands out in, a Q&A page's counter, a slogan's round magnitude), whose place a figure is (a city's industry base or
key-project list named in a county's sentence, a county named by its rank), and whose subject it is (a park's cluster,
a firm after the words that class it, a park left out of a figure). Sentences are real pages' (dev or fresh id in a
comment)."""

from __future__ import annotations

from tests.ingest_helpers import one, records, regions


def test_a_zone_s_extent_as_a_decision_set_it_is_no_record() -> None:
    # fresh20 f20_p15 宜春经开区 2008
    text = (
        "宜春经济开发区\n2007年2月,市委、市政府出台《关于进一步加快宜春经济开发区建设的决定》,将开发区的规划范围调整为"
        "150平方公里,管辖面积调整为84平方千米,详细规划面积61平方千米,其中已开发面积17平方千米。2008年全年实现工业总产值"
        "20.6亿元。\n"
    )
    values = {r.value for r in records(text, "2009", ("宜春经济开发区",))}
    assert not values & {150, 84, 61}
    assert 20.6 in values


def test_a_zone_s_area_after_its_upgrade_is_no_record() -> None:
    # fresh20 f20_p20 河源高新区 2023
    text = "河源高新区\n河源市高新区升级后规划面积为9.198平方公里。去年实现工业总产值429.6亿元,比增22%。\n"
    values = {r.value for r in records(text, "2023", ("河源高新技术产业开发区",))}
    assert 9.198 not in values
    assert 429.6 in values


def test_how_many_county_level_places_a_province_has_is_no_record() -> None:
    # dev19 r389 迁安 2024 (traditional script in the page)
    text = "迁安市\n河北省共有县级市21个,县91个,自治县6个,总共118个,而迁安市仅是其中之一。\n"
    values = {r.value for r in records(text, "2024", ("迁安市",))}
    assert not values & {21, 91, 6}


def test_the_country_s_zones_and_the_field_a_zone_alone_stands_out_in_are_no_records() -> None:
    # fresh20 f20_p20 河源高新区 2023
    text = (
        "河源高新区\n截至去年,全国共有国家级高新区113家,其中广东省占9席。去年在广东省产业园考核中再获“优秀”,"
        "成为全省15个省级示范性产业园中唯一连续四年获此殊荣的园区。目前,该区已有17家企业获得国家级认定。\n"
    )
    values = {r.value for r in records(text, "2023", ("河源高新技术产业开发区",))}
    assert not values & {113, 15}
    assert 17 in values


def test_towns_that_did_something_stay_a_record() -> None:
    # fresh20 f20_p05 平塘 2016: a count of towns is not a count of kinds of places
    text = "平塘县\n“十二五”期间,原13个乡镇实现了减贫摘帽。\n"
    assert one(records(text, "2016", ("平塘县",)), 13).unit == "个"


def test_a_q_and_a_page_s_answer_counter_is_no_record() -> None:
    # fresh20 f20_p20 河源高新区 2023
    text = "河源高新区怎么样?\n共1个回答\n河源高新区去年实现工业总产值429.6亿元。\n"
    values = {r.value for r in records(text, "2023", ("河源高新技术产业开发区",))}
    assert 1 not in values


def test_a_round_magnitude_aimed_at_with_nothing_it_measures_is_a_slogan() -> None:
    # dev19 r393 雨花经开区 2022; dev10 r188 宜都 2025 (a heading)
    text = (
        "雨花经开区\n2022年获评先进园区,始终朝着打造千亿、国家级、“五好”园区目标迈进。\n全力以赴冲千亿\n"
        "全年完成规上工业总产值1100亿元。\n"
    )
    values = {r.value for r in records(text, "2022", ("雨花经济开发区",))}
    assert values == {1100}


def test_a_city_s_industry_base_named_in_a_county_s_sentence_leaves_it_the_county_s() -> None:
    # fresh20 f20_p13 金堂 2017
    text = (
        "力推31个省市重点项目建设\n金堂县完成固定资产投资61.5亿元,增长16.3%。成都市节能环保产业基地项目集中开工,"
        "总投资110亿元的18个重大项目集中开工,总投资132亿元的11个重点项目集中签约。\n"
    )
    found = regions(records(text, "2017"), 110, 18, 132, 11)
    assert set(found.values()) == {"金堂县"}


def test_a_city_s_key_project_list_counted_in_a_county_is_the_county_s() -> None:
    # dev19 r385 克山 2020
    text = (
        "克山县举行项目集中开工仪式\n据了解,此次集中开工的项目共有6个,总投资额63.6亿元,其中:黑龙江省百大项目2个,"
        "分别是投资30亿元的云鹰马铃薯全产业链项目、投资25亿元的牧原生猪养殖加工项目;齐齐哈尔市重点产业项目4个,"
        "分别是投资5亿元的中发马铃薯淀粉胶囊项目、投资1.5亿元的润力食品包装项目。\n"
    )
    found = regions(records(text, "2020"), 4, 5, 1.5)
    assert set(found.values()) == {"克山县"}


def test_a_rank_that_leads_to_the_county_it_names_gives_it_the_figure() -> None:
    # dev19 r389 迁安 2024 (traditional script in the page)
    text = (
        "河北第一县:迁安市\n迁安市在榜单中排名第30,位居河北省首位;\n第77位是由沧州市管理的黄骅市,GDP为801亿元;\n"
        "第83位是邯郸市管辖的武安市,GDP为802亿元;\n"
    )
    found = regions(records(text, "2024", ("迁安市",)), 801, 802)
    assert found == {801: "黄骅市", 802: "武安市"}


def test_a_park_s_named_cluster_is_part_of_its_name() -> None:
    # dev19 r400 藤县 (traditional script in the page)
    text = (
        "藤县陶瓷商会成立\n陶瓷是藤县近几年发展起来的支柱产业,目前所建成的梧州市陶瓷产业园中和集中区总体规划面积2.5万亩,"
        "规划建设200条陶瓷生产线,全部建成投产后年产值将达300亿元。\n"
    )
    found = records(text, "2023", ("藤县",))
    assert one(found, 2.5).subject == "梧州市陶瓷产业园中和集中区"
    assert one(found, 300).subject == "梧州市陶瓷产业园中和集中区"


def test_a_firm_after_the_words_that_class_it_is_the_subject_of_its_figures() -> None:
    # dev19 r393 雨花经开区 2022
    text = "雨花经开区\n1-11月,主导产业龙头企业长沙比亚迪汽车完成总产值524.6亿元,同比增长69.5%。\n"
    found = records(text, "2022", ("雨花经济开发区",))
    assert (one(found, 524.6).subject, one(found, 524.6).indicator) == ("长沙比亚迪汽车", "总产值")
    assert (one(found, 69.5).subject, one(found, 69.5).indicator) == ("长沙比亚迪汽车", "总产值增速")


def test_a_firm_after_its_class_alone_before_a_comma_is_the_subject_of_the_clauses_after() -> None:
    # dev16 r323 吉林经开区
    text = "吉林经开区\n全球维生素E重要生产企业北沙制药,产值同比增长4.8%。全区规上工业产值增长10%。\n"
    found = records(text, "2023", ("吉林经济技术开发区",))
    assert one(found, 4.8).subject == "北沙制药"
    assert one(found, 10).subject == ""


def test_a_park_left_out_of_a_figure_is_not_its_subject() -> None:
    # dev19 r398 琼山 2021
    text = "琼山区\n2020年,全区完成固定资产投资,其中不含云龙产业园固定资产投资总额143.79亿元,同比增长11%。\n"
    found = records(text, "2021", ("琼山区",))
    assert one(found, 143.79).subject == ""
    assert one(found, 11).subject == ""


def test_a_coast_s_sea_and_a_land_s_sweep_are_facts() -> None:
    # dev17 r338 惠安 2002 (traditional script in the page); dev16 r312 上思 2011
    text = "惠安县\n惠安陆地面积763平方公里,海域1200平方公里。全县人民在这块方圆2816平方公里的热土上创造了辉煌。\n"
    values = {r.value for r in records(text, "2002", ("惠安县",))}
    assert not values & {1200, 2816}


def test_a_named_zone_s_planned_area_is_a_fact() -> None:
    # dev18 r358 怀柔 (traditional script in the page)
    text = "怀柔区\n原来的雁栖湖生态示范区规划建设面积为21平方公里。全区地区生产总值增长6%。\n"
    values = {r.value for r in records(text, "2017", ("怀柔区",))}
    assert 21 not in values
    assert 6 in values


def test_the_counties_a_think_tank_rated_are_no_record() -> None:
    # fresh18 f18_p06 靖江 2023
    text = "靖江市\n壹城智库对1866个县域进行了总体评价,靖江市位列全国第28位。\n"
    values = {r.value for r in records(text, "2023", ("靖江市",))}
    assert 1866 not in values


def test_the_city_s_list_of_which_the_place_s_part_is_counted_is_no_record() -> None:
    # fresh18 f18_p01 龙潭 2011
    text = "龙潭区\n龙潭区列入市20项重大产业工程项目有8项。\n"
    values = {r.value for r in records(text, "2011", ("龙潭区",))}
    assert values == {8}


def test_a_report_s_points_of_work_are_no_record() -> None:
    # dev18 r364 巨鹿 (traditional script in the page)
    text = "巨鹿县\n会议明确了三项目标和五项工作重点。上半年全县固定资产投资增长8.1%。\n"
    values = {r.value for r in records(text, "2020", ("巨鹿县",))}
    assert 5 not in values
