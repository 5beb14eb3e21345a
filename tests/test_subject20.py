"""What a figure is about: a firm named by its brand before what it did, a project listed after `签约的有`, a part
after `;` that goes on with the same firm, a count of a group whose first example is a firm. Sentences are real
pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_a_brand_opening_a_sentence_with_what_it_did_is_the_subject_of_its_figures() -> None:
    # fresh17 f17_p16 (麻章, traditional script in the page): each firm's output and growth are its own, not the district's
    text = (
        "麻章区2018年工作报告\n工业经济稳步增长。晨鸣纸业产销两旺,实现产值136亿元,增长19.8%;冠豪纸业达产增效,"
        "实现产值5亿元,增长7.1%。在晨鸣纸业为龙头重大工业项目带动下,全区39个重点项目完成固定资产投资68.7亿元。\n"
    )
    found = records(text, "2019", ("麻章区",))
    assert one(found, 136).subject == "晨鸣纸业"
    assert one(found, 19.8).subject == "晨鸣纸业"
    assert one(found, 5).subject == "冠豪纸业"
    assert one(found, 68.7).subject == ""  # the district's own projects


def test_a_brand_and_its_market_share() -> None:
    # dev8 r131 乌鲁木齐经开区 2023
    text = "乌鲁木齐经开区\n乌苏啤酒不断扩大市场份额,产品占全疆市场90%,销量创历史新高。\n"
    assert one(records(text, "2023", ("乌鲁木齐经济技术开发区",)), 90).subject == "乌苏啤酒"


def test_a_sector_opening_a_sentence_is_no_brand() -> None:
    text = "某县\n纺织服装产业加快发展,实现产值20亿元;特色纺织加快发展,实现产值5亿元。\n"
    found = records(text, "2023", ("麻章区",))
    assert one(found, 20).subject == ""
    assert one(found, 5).subject == ""


def test_projects_listed_after_signed_ones_are_named_whole() -> None:
    # fresh18 f18_p10 张家川 2023: `的有` is no part of the first name, and `·` is part of a name
    text = (
        "张家川县项目签约\n据了解,首批签约的有张家川新华一期50兆瓦风电项目,总投资3亿元;易德·总部经济大楼及配套项目,"
        "总投资5亿元;易德·启明双语幼儿园项目,总投资0.5亿元。\n"
    )
    found = records(text, "2023", ("张家川回族自治县",))
    assert one(found, 3).subject == "张家川新华一期50兆瓦风电项目"
    assert one(found, 5).subject == "易德·总部经济大楼及配套项目"
    assert one(found, 0.5).subject == "易德·启明双语幼儿园项目"


def test_money_spent_on_a_kind_of_project_is_the_place_s() -> None:
    # fresh18 f18_p19 聊城高新区 2016
    text = "聊城高新区\n统计数据显示,2016年直接用于民生项目的支出达到7.49亿元,同比增长14.35%。\n"
    assert one(records(text, "2017", ("聊城高新技术产业开发区",)), 7.49).subject == ""


def test_a_part_after_a_semicolon_with_another_time_goes_on_with_the_same_firm() -> None:
    # fresh17 f17_p17 枞阳 2009
    text = (
        "枞阳县一季度工业\n从工业生产完成情况来看,枞阳海螺公司3月份实现产值2.38亿元,同比增长45%,环比增长43%;1-3月"
        "实现产值6.16亿元,同比增长29%,完成了年初目标的25%,高出时序进度3个百分点。县开发区3月份实现产值1.68亿元,"
        "同比增长12%;1-3月实现产值4.72亿元。\n"
    )
    found = records(text, "2009-04", ("枞阳县",))
    assert one(found, 2.38).subject == "枞阳海螺公司"
    assert one(found, 6.16).subject == "枞阳海螺公司"
    assert one(found, 25).subject == "枞阳海螺公司"
    assert one(found, 4.72).subject == ""


def test_a_count_after_examples_is_of_the_group() -> None:
    # dev16 r329 隆德 (traditional script in the page): the firm's works are only the first example
    text = (
        "隆德县一季度\n宁夏隆德大洋集团公司千头肉牛标准化养殖园区建设、第五幼儿园建设等34个项目被列入自治区一季度"
        "集中开工重大项目。\n"
    )
    assert one(records(text, "2020", ("隆德县",)), 34).subject == ""


def test_a_verb_and_a_trade_word_are_no_brand() -> None:
    # seeds 001 启东 2023 (traditional script in the page): what the city does, not a firm's name
    text = "启东市2023年政府工作报告\n加快创建省创新型示范市。更好发挥科技人才招商中心作用,全年招引科创项目不少于200个。\n"
    assert one(records(text, "2023", ("启东市",)), 200).subject == ""


def test_a_named_industrial_park_in_a_list_of_parks_is_the_subject_of_its_count() -> None:
    # dev15 r287 西丰经开区 2023: each park's firms, the last one's name only three characters before `工业园`
    text = "西丰经开区\n园区共入驻企业67户,其中,生命健康产业园55户、安民机械装备制造产业园11户、郜家店工业园1户。\n"
    found = records(text, "2023", ("西丰县",))
    assert one(found, 67).subject == ""
    assert one(found, 11).subject == "安民机械装备制造产业园"
    assert one(found, 1).subject == "郜家店工业园"


def test_a_park_after_a_lead_is_the_topic_of_the_figures_that_follow() -> None:
    # dev16 r322 威远 2023: the chemical park's works, until the sentence speaks for the county again
    text = (
        "威远县2023年政府工作报告\n园区建设蓄势赋能,威远页岩气综合利用化工园区成功获批省级化工园区,60天完成2251.5亩"
        "征地拆迁,78天完成67座电力塔(基)搬迁。全县上下齐心协力,全县地区生产总值增长5%。\n"
    )
    found = records(text, "2023", ("威远县",))
    assert {one(found, v).subject for v in (60, 2251.5, 78, 67)} == {"威远页岩气综合利用化工园区"}
    assert one(found, 5).subject == ""


def test_what_a_county_will_do_with_its_parks_names_no_park() -> None:
    # dev8 r134 武宣 2022
    text = "武宣县\n我们提出2022年武宣要力争实现工业园区过百亿。\n"
    assert one(records(text, "2022", ("武宣县",)), 100).subject == ""


def test_an_airport_is_the_subject_of_its_passengers_and_of_their_growth() -> None:
    # dev17 r347 白云 (traditional script in the page)
    found = records("白云区1-9月\n白云机场旅客吞吐量4630.24万人次,同比增长1.1倍。\n", "2023", ("白云区",))
    assert (one(found, 4630.24).subject, one(found, 4630.24).indicator) == ("白云机场", "旅客吞吐量")
    assert one(found, 1.1).subject == "白云机场"
    assert not one(found, 1.1).indicator.startswith("白云机场")


def test_an_airport_after_what_befell_it_is_the_topic_of_the_count_that_follows() -> None:
    # dev14 r278 蓝田 2025
    text = "蓝田县2025年\n新增规上工业企业9家。西安蓝田机场获批正式运营,已入驻通航类企业10家。\n"
    found = records(text, "2025", ("蓝田县",))
    assert one(found, 10).subject == "西安蓝田机场"
    assert one(found, 9).subject == ""


def test_a_named_market_opening_a_clause_is_its_subject_but_a_grade_of_goods_is_no_market() -> None:
    # fresh19 f19_p02 抚松 and f19_p10 五常 (both traditional script in the page)
    market = records(
        "抚松县\n长白山人参市场以人参为主的产品有200多种,包括野山参、水参等。\n", "2019", ("抚松县",)
    )
    assert one(market, 200).subject == "长白山人参市场"
    text = "五常市\n近年来,随着消费升级,普通大米市场趋于饱和。在这个转型的关键期,五常市253万亩水田年产优质大米约14亿斤。\n"
    assert one(records(text, "2024", ("五常市",)), 14).subject == ""


def test_a_count_of_what_was_done_to_each_is_the_place_s_own_work() -> None:
    # dev15 r283 吴桥 2025 and fresh17 f17_p02 东昌府 2018; a group the place only acts on keeps its subject
    text = (
        "吴桥县\n积极推进全域旅游规划,对17个杂技专业村进行改造提升,构建起全域旅游新图谱。对34家化工企业实施了"
        "“四评级一评价”,关闭不合格企业23家。深抓开放协作。针对49家对美进出口企业，组建工作专班。\n"
    )
    found = records(text, "2025", ("吴桥县",))
    assert one(found, 17).subject == ""
    assert one(found, 34).subject == ""
    assert one(found, 49).subject == "对美进出口企业"


def test_a_population_the_place_checks_stays_a_group() -> None:
    # seeds 002 启东 2020: the households are an existing population, not work done
    text = "启东市\n对全市8000多家建档立卡贫困户开展人员排查。\n"
    assert one(records(text, "2020", ("启东市",)), 8000).subject == "建档立卡贫困户"


def test_the_figures_after_named_works_done_are_the_works_unless_a_clause_lists_others() -> None:
    # fresh18 f18_p07 长安 2022 and f18_p09 王益 2022
    text = (
        "王益区2022年十大惠民工程\n1.城市改造工程。开工建设一马路城市照明节能改造工程,完成永乐堤、光明东巷、永祥堤、"
        "利民巷等道路亮化3公里;开工建设利民巷至军分区沿街绿化改造提升工程,完成改造提升1.3万平方米。\n"
        "七是健全完善城区基础设施。新建热力管网5.5公里;完成靖宁路给水管网工程,解决周边8千余户群众用水问题。\n"
    )
    found = records(text, "2022", ("王益区",))
    assert one(found, 3).subject == ""
    assert one(found, 1.3).subject == "利民巷至军分区沿街绿化改造提升工程"
    assert one(found, 8000).subject == "靖宁路给水管网工程"
    assert one(found, 5.5).subject == ""


def test_a_programme_called_works_is_no_subject() -> None:
    # fresh19 f19_p06 横州 (traditional script in the page)
    text = "横州市\n近年来,该市实施茉莉花提质增效工程,制定出台茉莉花标准化种植规程等10多项标准。\n"
    assert one(records(text, "2024", ("横州市",)), 10).subject == ""


def test_a_firm_named_in_full_with_its_home_goes_by_the_short_name_the_text_uses() -> None:
    # dev14 r276 临武 2020
    text = (
        "临武县\n临近春节,临武县声海电子有限公司仍是一派忙碌景象。“二期建设即将启动,全部投产后年产值约3亿元。”"
        "从深圳引进的声海电子,正是临武县对接粤港澳大湾区开展全产业链招商的一个缩影。\n"
    )
    assert one(records(text, "2020-01", ("临武县",)), 3).subject == "声海电子"
