"""Names, subjects and facts that are not records, round 17: rules found on real pages (dev9 and freshly swept
ones). Each test quotes the real text; the page's address is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# --- the project or company a figure is about --------------------------------------------------------------------


def test_a_company_described_by_its_investment_is_named_without_the_description() -> None:
    # cofcofarm.com/information-list/detail/id/4637.html (于都县, traditional): `總投資20億元的` describes the firm
    found = records(
        "總投資20億元的江西順龍服裝水洗有限公司,是于都縣新引進的一家水洗、印花企業,項目占地面積1000畝。"
        "項目達產達標后,年銷售收入36億元,上繳稅收1億元以上。",
        date="2023-07-01",
        places=("于都县",),
    )
    assert one(found, 36).subject == "江西顺龙服装水洗"
    assert one(found, 1).subject == "江西顺龙服装水洗"


def test_a_company_named_inside_a_project_name_is_part_of_it() -> None:
    # r161 石门 2021 (dev9): `该项目` points at the pig farm project, not at the group that owns it
    found = records(
        "投资2亿元的正大集团乌木溪6000头种猪场项目,该项目位于石门县维新镇观峰山村,建成后年产值可达7.2亿元,"
        "提供就业岗位60个。",
        date="2021-10-20",
        places=("石门县",),
    )
    assert one(found, 7.2).subject == "正大集团乌木溪6000头种猪场项目"
    assert one(found, 60).subject == "正大集团乌木溪6000头种猪场项目"


def test_a_company_whose_name_holds_de_keeps_it() -> None:
    # r46 芜湖经开区 2022 (dev2): `美的集团` is the firm's name, not `…的` + `集团`
    found = records("美的集团位居中国家电行业第一。", date="2022-05-01", places=("芜湖经济技术开发区",))
    assert one(found, 1).subject == "美的集团"


def test_a_sentence_opening_with_a_described_project_is_about_it() -> None:
    # r161 石门 2021 (dev9): the project's yearly output once running, not the county's
    found = records(
        "投资1亿元的安防线束及汽车线束生产制造项目,投产达效后年产值达3500万元以上,可提供就业岗位100个。",
        date="2021-10-20",
        places=("石门县",),
    )
    assert one(found, 3500).subject == "安防线束及汽车线束生产制造项目"
    assert one(found, 100).subject == "安防线束及汽车线束生产制造项目"


def test_a_project_signed_in_the_news_is_the_subject_of_its_figures() -> None:
    # hn.rednet.cn/content/2020/12/11/8697229.html (安乡县 2020): `此次签约的` says what was done with the project
    found = records(
        "据了解,此次签约的鑫鸿鞋工艺研发与生产项目将投资10亿元,预计实现税收2000万元以上;"
        "智能终端产品项目将投资1.5亿元,预计第一年产值不低于1.2亿元。",
        date="2020-12-11",
        places=("安乡县",),
    )
    signed = one(found, 10)
    assert signed.subject == "鑫鸿鞋工艺研发与生产项目"
    assert "鑫鸿" not in signed.indicator and "签约" not in signed.indicator
    assert one(found, 2000).subject == "鑫鸿鞋工艺研发与生产项目"
    assert one(found, 1.2).subject == "智能终端产品项目"


def test_a_later_clause_that_refers_back_to_the_project_gives_its_figures() -> None:
    # gzjrw.com.cn/Item/157440.aspx (信丰县 2013): `项目竣工投产达标后` refers back to the signed project; `公司…`
    # to the firm behind it
    found = records(
        "近日,江西圣塔实业集团有限公司与信丰县工业园区管委会签约投资兴建4500t/d旋窑水泥生产线暨9MW余热发电站"
        "技改项目。新签约项目主要生产经营硅酸盐水泥熟料,项目竣工投产达标后,预计年销售收入可达6亿元,"
        "公司年总销售收入可达12亿元以上。",
        date="2013-04-09",
        places=("信丰县",),
    )
    assert one(found, 6).subject == "江西圣塔实业集团"
    assert one(found, 12).subject == "江西圣塔实业集团"
    assert all("d旋窑" not in r.subject for r in found)


def test_the_county_s_own_figures_after_a_project_stay_the_county_s() -> None:
    # cofcofarm.com 于都县: the year's signing totals are the county's, in a sentence of their own
    found = records(
        "總投資20億元的江西順龍服裝水洗有限公司,是于都縣新引進的一家水洗、印花企業。\n今年以來\n"
        "于都縣招商引資簽約項目41個\n簽約總金額150.1億元",
        date="2023-07-01",
        places=("于都县",),
    )
    assert one(found, 41).subject == ""
    assert one(found, 150.1).subject == ""


def test_a_project_named_after_its_park_ends_at_project() -> None:
    # luotiannews.com/p/72578.html (罗田县): the park's name inside the project's; the next paragraph points at it
    found = records(
        "罗田县经济开发区纺织产业园三期标准化厂房建设项目开工\n\n"
        "11月8日,县经济开发区纺织产业园三期标准化厂房建设项目开工。县委委员、副县长张卫兵参加开工仪式。\n\n"
        "这个项目总投资6.3亿元,总建筑面积14.6万平方米,实现年产值16亿元,创税收4000万元。",
        date="2021-11-08",
        places=("罗田县",),
    )
    for value in (6.3, 16, 4000):
        assert one(found, value).subject.endswith("纺织产业园三期标准化厂房建设项目")


def test_a_long_project_name_holding_chan_ye_is_one_project() -> None:
    # ikaaw.com/news/show.php?itemid=27819 (东安县, traditional): `…康养休闲产业建设项目` is one project's own name, and
    # `项目建成后` in its paragraph refers to it, not to the project of the paragraph before
    found = records(
        "其中東安縣溫氏一體化生豬養殖項目,項目總投資5.2億元,可提供就業崗位700多個。\n"
        "東安生態茶園鄉村旅遊康養休閒產業建設項目位於大廟口鎮袁家村,擬投資3億元,項目建設周期3年,"
        "項目建成後將帶動全縣10萬畝茶葉種植。",
        date="2021-03-20",
        places=("东安县",),
    )
    assert one(found, 5.2).subject == "东安县温氏一体化生猪养殖项目"
    assert one(found, 3).subject == "东安生态茶园乡村旅游康养休闲产业建设项目"
    assert one(found, 10).subject == "东安生态茶园乡村旅游康养休闲产业建设项目"


def test_a_class_of_projects_is_still_no_subject() -> None:
    # r57 钟楼 2024 (dev5) and r61 前湾 2024 (dev5): classes of projects, whatever words stand before the class word
    found = records(
        "招引总投资超10亿元或1亿美元产业项目5个、首店首牌项目30个。", date="2024-02-01", places=("钟楼区",)
    )
    assert one(found, 5).subject == ""


def test_a_list_after_a_colon_opens_with_its_first_project() -> None:
    # r132 舟曲 (dev8, traditional): the first item of `分别是:` is a project and the figure after it is its own
    found = records(
        "此次兰洽会上,舟曲县签约的7个项目分别是:舟曲沙滩森林康养小镇建设项目,总投资3.1个亿;"
        "舟曲县大峡沟景区开发建设项目,总投资1.2个亿。",
        date="2021-07-08",
        places=("舟曲县",),
    )
    assert one(found, 3.1).subject == "舟曲沙滩森林康养小镇建设项目"
    assert one(found, 1.2).subject == "舟曲县大峡沟景区开发建设项目"
    assert one(found, 7).subject == ""


def test_a_bare_indicator_goes_on_with_the_park_of_the_clause_before() -> None:
    # r99 湘潭县 2023 (dev6, a work report): the park opens a middle clause of the sentence
    found = records(
        "天易创新城建设加快推进,柏屹自主创新园实现亩均产值273万元,亩均税收28万元。",
        date="2023-01-08",
        places=("湘潭县",),
    )
    assert one(found, 273).subject == "柏屹自主创新园"
    assert one(found, 28).subject == "柏屹自主创新园"


def test_the_place_s_own_figure_after_a_park_s_is_the_place_s() -> None:
    # r99 湘潭县 2023 (dev6), its park clause with a county clause after it (as in its paragraph): the county clause
    # is not the park's
    found = records(
        "柏屹自主创新园实现亩均产值273万元,全县规模工业增加值增长8%。", date="2023-01-08", places=("湘潭县",)
    )
    assert one(found, 8).subject == ""


def test_project_refers_to_the_project_not_to_a_base_named_since() -> None:
    # deyang.021cf.cn/index.php/post/2790.html (旌阳区 2014): `电子研发生产基地` is a kind of industry the project will
    # hold; `项目建成投产后` is the project's
    found = records(
        "新开工的德阳中小企业孵化园项目总占地388.39亩,将着力打造机械加工制造、轻工业生产、电子研发生产基地等产业结构,"
        "培养新产业增长点。项目建成投产后,预计实现年产值11亿元,实现税收6000万元,提供4000余个就业岗位。",
        date="2014-04-26",
        places=("旌阳区",),
    )
    for value in (388.39, 11, 6000, 4000):
        assert one(found, value).subject == "德阳中小企业孵化园项目"


def test_a_zone_s_own_figures_have_no_subject() -> None:
    # deyang.021cf.cn (德阳高新区 2013): the zone is the place, not something narrower than it
    found = records(
        "2013年,德阳高新技术产业园区实现工业总产值253.08亿元,实现工业销售收入245.16亿元。",
        date="2014-04-26",
        places=("德阳高新技术产业园区",),
    )
    assert all(r.subject == "" for r in found)


def test_the_company_a_later_clause_names_after_a_year_is_the_subject() -> None:
    # movement.gzstv.com/news/detail/7xrzj (剑河县 2021): `2020年公司…` is the chairman's firm
    found = records(
        "贵州森环活性炭有限公司董事长舒洪南告诉记者,2020年公司实现产值6000多万元。",
        date="2021-03-01",
        places=("剑河县",),
    )
    assert one(found, 6000).subject == "贵州森环活性炭"


def test_a_firm_called_by_its_short_name_is_the_subject() -> None:
    # news.sohu.com/20080916/n259570015.shtml (蓬溪县 2008)
    found = records("今年,建兴林业公司计划新栽3万亩。", date="2008-09-16", places=("蓬溪县",))
    assert one(found, 3).subject == "建兴林业公司"
    # (a kind of firm is no firm's name: `新增上市公司3家`, mafwo.cn 合肥高新区 2023)
    found = records(
        "2022年,合肥高新区新增上市公司3家。", date="2023-02-17", places=("合肥高新技术产业开发区",)
    )
    assert one(found, 3).subject == ""


def test_the_partners_before_a_firm_are_no_part_of_its_name() -> None:
    # wxredian.com 东山县 2024 (杏陈云生工业园)
    found = records(
        "据了解,云生工业园由张家村村委会和东山县云生仓储有限公司签约共建。该项目占地70亩,总投资5000万元。",
        date="2024-11-27",
        places=("东山县",),
    )
    assert "村委会" not in one(found, 5000).subject


def test_a_project_that_plans_its_investment_is_the_topic_of_its_sentence() -> None:
    # epaper.cqrb.cn/cqrb/2023-10/30/001/content_rb_323792.htm (石柱县 2023)
    found = records(
        "其中,万力联兴迁建项目计划总投资1.8亿元,占地60亩,建成投产后将年产350万套汽车燃油泵和150万套电子水泵,"
        "预计年产值达3.5亿元,解决600人以上的就业问题。",
        date="2023-10-30",
        places=("石柱土家族自治县",),
    )
    for value in (1.8, 60, 3.5, 600):
        assert one(found, value).subject == "万力联兴迁建项目"


def test_words_that_only_end_in_project_do_not_swallow_the_firm() -> None:
    # epaper.gxylnews.com (兴业县 2013): `…有限公司举行项目签约仪式` names the firm, not a project
    found = records(
        "日前,兴业县农业局与广西瑞森现代农业发展有限公司举行项目签约仪式,成功签约6000万元油茶产业化项目。"
        "据了解,该项目一期投资3000万元,种植油茶面积5000亩。",
        date="2013-07-04",
        places=("兴业县",),
    )
    assert one(found, 5000).subject == "广西瑞森现代农业发展"


# --- facts that are not records ------------------------------------------------------------------------------------


def test_guests_at_an_event_are_not_a_figure_even_with_a_word_on_who_they_are() -> None:
    # r157 西城 2025 (dev9, an interview): the forum's guests, not a figure of the district's work
    found = records(
        "2024年金融街论坛年会期间,全球500余名重量级嘉宾参加各项活动,外籍嘉宾达42%。",
        date="2025-01-10",
        places=("西城区",),
    )
    assert all(r.value != 500 for r in found)


def test_a_county_s_minority_people_are_a_fact_of_its_profile() -> None:
    # r154 互助 2022 (dev9, a county profile): who lives there, not a figure of its work
    found = records(
        "全县总人口36.8万人,有土、藏、回、蒙等少数民族群众11.26万人,占全县总人口的28%。",
        date="2024-03-01",
        places=("互助土族自治县",),
    )
    assert all(r.value not in (11.26, 28) for r in found)


def test_the_dimensions_and_indicators_of_a_ranking_are_not_figures() -> None:
    # r151 梅河口 2021 (dev9): how the ranking is built, not what the city did
    found = records(
        "《2021中国高质量发展评估报告》榜单从绿色发展、创新发展、营商环境、开放发展以及民生保障5个层面、"
        "涵盖16个2级指标,梅河口市位列全国第37位。",
        date="2021-12-01",
        places=("梅河口市",),
    )
    assert all(r.value not in (5, 16) for r in found)


# --- canonical names ---------------------------------------------------------------------------------------------


def test_the_value_added_of_the_counted_firms_is_the_industrial_value_added() -> None:
    # mayang.gov.cn 麻阳 2010 (工业发展基本情况): `规模工业企业…增加值` as `…产值` is the sector's
    found = records(
        "2010年规模工业企业完成产值27.28亿元、增加值9.07亿元,较上年分别增长57.87%、26.4%。",
        date="2011-08-01",
        places=("麻阳苗族自治县",),
    )
    assert one(found, 9.07).canonical == "规上工业增加值"
    assert one(found, 26.4).canonical == "规上工业增加值增速"
