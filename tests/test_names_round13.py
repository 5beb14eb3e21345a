"""Names, figures and facts that are not records, round 13: rules found on freshly swept real pages and on dev8.
Each test quotes the real sentence; the page's address is in a comment."""

from __future__ import annotations

from bot.ingest.normalize import normalize
from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import records


def _values(found) -> set[float]:
    return {r.value for r in found}


# --- a space grouping thousands, a tag whose "<" was lost, a number split by a stray blank ---------------------------


def test_space_groups_thousands_between_a_word_and_its_unit():
    # r133 乌拉特中旗 2009 (dev8): `總面積23 096平方公里`, `農業人口102 293人`
    (q,) = find_quantities("其中农业人口102 293人")
    assert (q.value, q.unit) == (102293, "人")
    (q,) = find_quantities("其它面积375.33公顷")
    assert q.value == 375.33


def test_a_blank_between_cells_is_not_a_thousands_separator():
    # a table's cells stay apart: a blank before the first group, or no unit right after the last
    assert [q.value for q in find_quantities("项目 12 150亿元")] == [150]
    assert [q.value for q in find_quantities("2019年 12个")] == [12]


def test_the_tail_of_a_number_split_by_a_blank_is_no_figure():
    # r133 乌拉特中旗 2009 (dev8): `全旗總人口141 844人(49 309戶),比上年增長3.4 9%`
    assert find_quantities("比上年增长3.4 9%") == []


def test_an_upper_case_tag_whose_opening_was_lost_is_removed():
    # r133 乌拉特中旗 2009 (dev8): `全旗總?cè)丝?/SPAN>141 844人`
    assert "SPAN" not in normalize("全旗總?cè)丝?/SPAN>141 844人(49 309戶)").text


# --- a county's facts: land, people, their shares and changes -------------------------------------------------------

_PROFILE = (
    "【概況】烏拉特中旗位于內蒙古自治區巴彥淖爾市東北部。全旗東西長203.8公里,南北寬148.9公里,總面積23 096平方公里,"
    "其中可耕地面積80 000公頃,占3.5%;草場面積854 000公頃,占80.3%;其它面積375.33公頃,占16.2%。"
    "全旗總?cè)丝?/SPAN>141 844人(49 309戶),比上年增長3.4 9%,其中農業人口102 293人,非農業人口39 551人;"
    "城鎮人口37 089人、鄉村人口104 755人;蒙古族26 757人,占總?cè)丝?/SPAN>18.9%,漢族114 013人,"
    "占總?cè)丝?/SPAN>80.4%,其他少數民族1 074人,占0.7%。\n"
    "2008年,全旗國內生產總值達38.24億元,同比增長22.9%,其中第一產業增加值10.04億元,同比增長8.3%。"
)


def test_a_profile_keeps_only_the_figures_of_the_economy():
    # r133 乌拉特中旗 2009 (dev8, a yearbook's county profile): land use, people and their shares are facts
    found = records(_PROFILE, date="2009")
    assert _values(found) == {38.24, 22.9, 10.04, 8.3}


def test_a_population_and_its_change_after_a_broken_encoding_lost_its_name():
    # m.ilynn.cn/document_detail/123138.html (越西县 2023 statistics communique)
    text = (
        "2023年涼山彝族自治州越西縣國民經濟和社會發展統計公報\n"
        "2023年戶籍人口:全年新增出生人口9201人,死亡人口1596人,遷入人口537人,遷出人口2888人。"
        "全縣年末總?cè)丝?/span>391318人,比上年增加1.36%。其中:男199269人、女192049人。"
        "全縣人均GDP為22912元。"
    )
    assert _values(records(text)) == {22912}


def test_a_township_count_after_fen_wei_and_a_density_are_facts():
    # m.tftnews.com/news400351 (文山州 counties, 2021): density, divisions, a town's people, altitude, sprawl
    text = (
        "1.3丘北縣\n丘北縣現有戶籍人口58萬,外出者比外來者多11萬,淨外流18.7%,常住人口47萬。"
        "丘北縣人口密度104人每平方公裡,疏密适中。全縣4997平方公裡,分為12個鄉鎮。縣府駐地錦屏鎮,人口約8萬,"
        "位于一片海拔約1470米的壩子上,城區綿延約6公裡,是較大的縣城。麻栗坡縣府駐地麻栗鎮,隻是一個5.2萬人的不大的鎮。"
    )
    assert records(text, date="2021") == []


def test_a_planned_area_is_still_a_record():
    # the land and people rules leave a plan's figures alone (r112 鄱阳, dev)
    text = "鄱阳县致力拉大城市框架,力争到2015年,鄱阳城人口达30万,建成区面积36平方公里。"
    assert 36 in _values(records(text, places=("鄱阳县",)))


# --- lists: a bound before the first item, a join before the next figure, a level without its unit ------------------


def test_a_bound_before_a_named_list_bounds_every_item():
    # r148 长宁 2024 (dev8, a district's task list)
    text = (
        "2024年长宁区为民办实事项目。18个居民区公共文化服务示范点推出不少于200场公益性文艺演出、400场阅读推广活动、"
        "1000场社区公益电影放映服务以及1000场艺术导赏、展览展示、微旅行等特色活动。"
    )
    found = records(text, places=("长宁区",))
    named = {(r.indicator, r.value, r.cmp) for r in found if r.unit == "场"}
    assert named == {
        ("公益性文艺演出", 200, ">="),
        ("阅读推广活动", 400, ">="),
        ("社区公益电影放映服务", 1000, ">="),
        ("艺术导赏", 1000, ">="),
    }
    assert {r.indicator for r in found if r.value == 18} == {"居民区公共文化服务示范点"}


def test_a_bound_does_not_carry_past_a_new_verb():
    assert [q.cmp for q in find_quantities("不少于200场演出、举办400场活动")] == [">=", "="]


def test_a_rate_after_a_level_that_lost_its_unit_is_that_level_s_growth():
    # r144 广德 2008 (dev8, a speech): `农民人均纯收入4434,增长18.1%`; `规定` is a misprint of 固定
    text = (
        "2006年,全县实现生产总值50.7亿元,增长18.3%;全社会规定资产投资41.3亿元,增长57.4%;"
        "农民人均纯收入4434,增长18.1%。"
    )
    found = records(text, places=("广德县",))
    rate = next(r for r in found if r.value == 18.1)
    assert (rate.indicator, rate.canonical) == ("农民人均纯收入增速", "农民人均纯收入增速")
    assert next(r for r in found if r.value == 41.3).canonical == "固定资产投资"
    assert 4434 not in _values(found)


# --- a project's figures: its total, its area, and what a later paragraph says of it ---------------------------------

_PROJECT_NEWS = (
    "连日来,在海原县关桥乡瓦窑河村金桥湾一带的山上,占地2700亩、总投资4.6亿元的华润100兆瓦光伏发电项目正如火如荼建设中。"
    "上万根光伏场区钢桩“站”满山岭,工人们忙碌地安装光伏发电组件。\n"
    "“目前110千伏变电站已经投产,41公里110KV输电线路也已建成,项目总体完成投资3亿多元,建设进度超过75%。"
    "还剩一部分光伏基础、支架、组件和17公里35KV集电线路工程。”项目经理田鹏介绍,该项目计划今年6月底完成100MW全容量并网目标。\n"
    "海原县把项目建设作为推动高质量发展的强引擎和硬支撑,2022年实施项目117个,总投资288亿元,年度投资84.6亿元。"
)


def test_a_project_under_way_keeps_its_total_and_its_area():
    # r136 海原 2023 (dev8): `占地2700亩、总投资4.6亿元的华润100兆瓦光伏发电项目正如火如荼建设中`
    found = records(_PROJECT_NEWS, date="2023-03-01", places=("海原县",))
    project = "华润100兆瓦光伏发电项目"
    assert {(r.value, r.indicator, r.subject) for r in found if r.value in (2700, 4.6)} == {
        (2700, "占地面积", project),
        (4.6, "项目总投资", project),
    }


def test_a_later_paragraph_about_the_project_keeps_it_as_subject_and_its_parts_are_not_projects():
    # r136 海原 2023 (dev8): `项目总体完成投资3亿多元`, `该项目计划今年6月底完成100MW…`; the 110千伏 substation and the
    # 17公里 collector line are its parts; the county's own programme keeps no subject
    found = records(_PROJECT_NEWS, date="2023-03-01", places=("海原县",))
    subjects = {r.value: r.subject for r in found}
    assert subjects[3] == subjects[100] == "华润100兆瓦光伏发电项目"
    assert subjects[117] == subjects[288] == ""


# --- town and county profiles: households, land, water, rivers, relief, divisions, titles ----------------------------


def test_a_town_profile_keeps_its_economy_only():
    # 365135.com/sichuan/deyang01/5579.shtml (皂角镇, 什邡)
    text = (
        "皂角镇位于什邡市城郊,面积15平方公里。镇内有11个村民委员会和1个居民委员会,67个村民小组,9个居民小组。"
        "总户数5781户(其中农业户5122户),总人口14505人(其中农业人口13487人),全镇现有耕地11036亩。"
        "全镇农民人均纯收入达到3826元,实现工业产值6.66亿,利税总额1587万元。"
    )
    assert _values(records(text, places=("什邡市",))) == {3826, 6.66, 1587}


def test_a_county_profile_s_rivers_water_relief_and_people_shares_are_facts():
    # www.wendangku.net/doc/8615224325.html (金乡县及13个乡镇简介, 2005)
    text = (
        "金乡县及13个乡镇简介\n"
        "金乡县位于山东省西南部。2005年全县辖9镇4乡,659个村(居),土地总面积887.66平方公里。\n"
        "全县有大、中、小河道24条,河流总长度为307.6公里,直接流入南四湖的河道有4条,形成东鱼河、老万福河、北大溜4个水系,"
        "地表水资源可利用量2亿立方米。海拔高度在34~40米之间,南北高差4.1米,东西高差3.9米。\n"
        "2005年末,全县总人口61.1 万人,其中城镇人口9.5万人,占全县总人口的15.6%,农村人口51.6万人,占全县总人口的84.4%。\n"
        "2005年实现地区生产总值60.5亿元。"
    )
    assert _values(records(text, places=("金乡县",))) == {60.5}


def test_rivers_worked_on_are_still_records():
    # a seed (启东 2020 H1): `建成生态样板河道369条`
    found = records("上半年,启东市建成生态样板河道369条。", date="2020-07-01", places=("启东市",))
    assert 369 in _values(found)


def test_a_town_s_land_people_and_the_people_it_serves_are_facts():
    # cnenc.net/b1217501.html (南部县东坝镇, 2006)
    text = (
        "南部县东坝镇位于县城东南部,距县城30公里。全镇幅员面积35平方公里,耕地面积14000余亩,辖19个行政村,"
        "总人口28000人(其中暂住人口5000人),人均耕地近1亩。是原区13万人的物流中心、商贸中心。"
        "2006年全镇农业生产总值2860万元,农民人均纯收入2800元。"
    )
    assert _values(records(text, places=("南部县",))) == {2860, 2800}


def test_the_highest_point_with_its_place_in_brackets_is_a_fact():
    # www.jendow.com.tw (田壩鎮, 綏江縣, 2003)
    text = (
        "田壩鎮有國土面積270.43平方公里,耕地面積84224.6畝,森林覆蓋率52.03%。鎮政府所在地距市區66公里,海拔高度1783米,"
        "境內最高海拔(米田村俄卓戛梁子)2533.9米,最低海拔(石塘村萬家口子岔河口)1300米。"
    )
    assert _values(records(text, places=("绥江县",))) == {52.03}


# --- counted projects: what they invest is no part of what is counted; a title's blank parts clauses ------------------


def test_a_count_followed_by_its_investment_is_named_before_it():
    # www.lesanbei.com (盧氏縣 2019): `香菇產業園等農業類項目19個總投資32.3億元`, `2月份投資21.3億元的11個重點項目已相繼開工建設`
    text = (
        "盧氏縣2月份投資21.3億元的11個重點項目已相繼開工建設。"
        "香菇產業園等農業類項目19個總投資32.3億元,年度計劃完成投資8.8億元。"
    )
    names = {r.value: r.indicator for r in records(text, date="2019-02-15", places=("卢氏县",))}
    assert names[19] == "香菇产业园等农业类项目"
    assert names[11] == "重点项目"


def test_an_attributive_total_before_the_things_counted_stays_in_their_name():
    # r54 诏安 (dev5): `9个总投资8330万美元的外资项目和26个总投资16.19亿元人民币的内联项目`
    text = "这些可望签约项目中包含9个总投资8330万美元的外资项目和26个总投资16.19亿元人民币的内联项目。"
    names = {r.value: r.indicator for r in records(text, places=("诏安县",))}
    assert names[9] == "总投资8330万美元的外资项目"


def test_a_blank_in_a_title_parts_the_count_from_the_total():
    # m.knowourkids.com/n2/2022/0404/c365402-35207810.html (忠县 2022)
    found = records("忠縣第一季度15個項目開工 總投資近100億元\n2022年04月04日09:32", places=("忠县",))
    assert {r.value: r.indicator for r in found}[15] == "项目开工"


def test_each_product_of_a_plant_s_name_is_no_figure():
    # acstyle.com.cn/news/show-873241.html (慶元縣 2015)
    text = (
        "14個項目分別是慶元二中遷建工程、浙江雙槍竹木有限公司年產加工竹桿木工藝筷3億雙工藝竹砧板300萬平方米項目、"
        "鑫光工貿年產3萬套高檔工藝竹家具及20萬件小家具竹工藝品項目、浙江天民菌菇有限公司食用菌電商化產業綜合項目。"
    )
    assert _values(records(text, date="2015", places=("庆元县",))) <= {14}


def test_a_wide_measure_of_fiscal_revenue_is_the_total():
    # sq-yy.com/xwzx/2014-10/24/content_1314661.htm (天水经开区 2014)
    found = records("前三季度,天水經濟技術開發區大口徑財政收入完成41270萬元。", date="2014-10-24")
    assert {r.canonical for r in found if r.value == 41270} == {"财政总收入"}


def test_models_and_cases_are_counted():
    # r131 乌鲁木齐经开区 2023 (dev8): `拓展新朗逸、途昂等7款车型`, `康师傅产量增加700万箱`
    assert [(q.value, q.unit) for q in find_quantities("拓展新朗逸、途昂等7款车型")] == [(7, "款")]
    assert [(q.value, q.unit) for q in find_quantities("康师傅产量增加700万箱")] == [(700, "万箱")]
    assert find_quantities("拨付3笔款项") == [] or all(q.unit != "款" for q in find_quantities("3款项"))


# --- a zone's and a subdistrict's report: thresholds joined by 及, a list's name before its place, topics not referents


_ZONE_2024 = (
    "桐乡经济开发区(高桥街道)2024年工作总结和2025年工作思路\n"
    "一、2024年工作总结 2024年,开发区(高桥街道)全年完成规上工业总产值728.6亿元。桐乡经济开发区在“中国省级开发区高质量"
    "发展百强”的排名上升至第16位,位列全国“省级开发区升级潜力百强”第12位。全年新引进项目41个,总投资279亿元,"
    "其中总投资1亿美元及10亿元以上项目7个;招大引强项目9个;实到外资1.31亿美元。项目建设有力推进,46个市级重点项目开工,"
    "完成投资额59.66亿元。希尔顿惠庭酒店项目正式开工建设,三和中心结顶。企业培育效果显著,新增省级专精特新企业7家、"
    "创新型中小企业15家。"
)


def test_two_thresholds_joined_by_ji_qualify_the_projects_counted():
    # www.tx.gov.cn/art/2025/4/2/art_1229400846_5487595.html (桐乡经开区 2024)
    found = records(_ZONE_2024, places=("桐乡经济开发区",))
    assert 1 not in {r.value for r in found if r.unit == "亿美元"}
    assert (
        next(r for r in found if r.value == 7 and r.unit == "个").indicator == "总投资1亿美元及10亿元以上项目"
    )


def test_a_list_s_name_before_its_place_is_no_rank():
    # www.tx.gov.cn (桐乡经开区 2024): `位列全国“省级开发区升级潜力百强”第12位`
    ranks = {r.value for r in records(_ZONE_2024, places=("桐乡经济开发区",)) if r.unit == "名次"}
    assert ranks == {16, 12}


def test_a_sentence_about_the_place_s_firms_or_projects_does_not_refer_back_to_one():
    # www.tx.gov.cn (桐乡经开区 2024): `企业培育效果显著,新增…7家`, `项目建设有力推进,46个市级重点项目开工`
    subjects = {r.value: r.subject for r in records(_ZONE_2024, places=("桐乡经济开发区",))}
    assert subjects[7] == subjects[15] == subjects[46] == ""


def test_a_subdistrict_s_fiscal_revenue_is_its_total():
    # wnwk.com/doc/2233249.html (庄桥街道 2021)
    text = (
        "庄桥街道2021年上半年工作总结和下半年工作思路 半年度主要经济指标预计继续保持“绿多红少”局面,"
        "街道财政收入预计实现12.83亿元,同比增长8.6%,其中一般公共预算收入7.57亿元,同比增长8.4%。"
    )
    found = records(text, places=("江北区",))
    assert {r.value: r.canonical for r in found}[12.83] == "财政总收入"


# --- projects of a field; the province's own goal; one of several; a gorge's depth ---------------------------------


def test_projects_counted_by_field_take_the_field_s_name():
    # bbs.qojkg.com/archiver/showtopic-10688.aspx (沁源县 2019); r136 海原 2023 (dev8): `涉及农业农村基础设施方面项目31个`
    text = (
        "具体分为五大类,即针对发展短板不断加大投入,全面保障未来发展的基础设施建设方面16个项目;"
        "聚焦六大绿色农业板块建设,大力发展的绿色农业方面15个项目。"
        "涉及农业农村基础设施方面项目31个,年度投资6.6亿元。"
    )
    names = {r.value: r.indicator for r in records(text, date="2023", places=("沁源县",))}
    assert (names[16], names[15], names[31]) == (
        "基础设施建设方面项目",
        "绿色农业方面项目",
        "农业农村基础设施方面项目",
    )


def test_an_autonomous_region_s_short_name_leaves_its_goal():
    # r134 武宣 2022 (dev8): `今年广西经济增长预期目标6.5%以上`
    from bot.ingest.naming import without_place
    from bot.vocabulary import canonical_of

    assert without_place("广西经济增长预期目标", "广西壮族自治区") == "经济增长预期目标"
    assert canonical_of("经济增长预期目标", "%") == "地区生产总值增速"


def test_one_of_several_and_a_gorge_s_depth_are_no_figures():
    # www.aweekendwiththeauthors.com (巫溪縣縣情概覽 2022)
    text = (
        "巫溪縣縣情概覽\n巫溪是全市四個國家鄉村振興重點幫扶縣之一。山清水秀,森林覆蓋率達69.7%;有最深2400余米“亞洲第一深谷”"
        "蘭英大峽谷。2020年,全縣經濟總量達110.2億元、同比增長2.7%。"
    )
    assert _values(records(text, date="2022-07-18", places=("巫溪县",))) == {69.7, 110.2, 2.7}


def test_each_project_of_a_list_with_its_investment_is_its_own_record():
    # www.dahebao.cn/dahe/appweb/1587516 (杞县 2018): the same amount twice, and `…项目等` ending the list
    text = (
        "当天,签约仪式共签约项目17个,签约总金额128.5亿元人民币,分别是总投资5亿元的铝型材加工产业项目、"
        "总投资5亿元的铝型材办公家具生产项目、总投资26亿的年产20万吨高端铝材项目、"
        "总投资10亿的世合节能系统门窗生产基地(杞县)项目、总投资10亿的大蒜深加工及综合利用项目等。"
    )
    found = records(text, places=("杞县",))
    projects = {(r.value, r.subject, r.text) for r in found if r.subject}
    assert projects == {
        (5, "铝型材加工产业项目", "分别是总投资5亿元的铝型材加工产业项目"),
        (5, "铝型材办公家具生产项目", "总投资5亿元的铝型材办公家具生产项目"),
        (26, "年产20万吨高端铝材项目", "总投资26亿的年产20万吨高端铝材项目"),
        (10, "世合节能系统门窗生产基地(杞县)项目", "总投资10亿的世合节能系统门窗生产基地(杞县)项目"),
        (10, "大蒜深加工及综合利用项目", "总投资10亿的大蒜深加工及综合利用项目等"),
    }
    assert 20 not in _values(found)


def test_projects_counted_after_what_was_done_to_them_are_named_by_it():
    # heb-chengxin.com (2020): `洽谈52个项目`, `已开复工50个项目`; news.cncjw.com.cn (京山 沙洋 2021)
    text = (
        "始終堅持項目為王,積極開展招商“屏對屏”,洽談52個項目,簽約億元以上項目7個;75個“兩重一實”項目中,已開復工50個項目。"
        "此次京山市集中开工8个项目、签约10个项目,总投资67.5亿元。"
    )
    names = {r.value: r.indicator for r in records(text, date="2021", places=("京山市",))}
    assert (names[52], names[50], names[8], names[10]) == (
        "洽谈项目",
        "开复工项目",
        "集中开工项目",
        "签约项目",
    )


def test_a_total_s_growth_is_no_population_change():
    # guanshanwenku.com (a town's 2023 report): `"三资"平台交易…交易总金额达714.6万元,总增幅127.36%`
    found = records(
        "2022年,全镇\u201c三资\u201d平台交易资产资源22宗,交易总金额达714.6万元,总增幅127.36%。",
        places=("江门市",),
    )
    assert 127.36 in _values(found)


def test_sessions_are_counted():
    # old.zmdnews.cn (2016): `先后在上海、深圳、常州等地举办专题招商推介会20余场次`
    assert [(q.value, q.unit, q.cmp) for q in find_quantities("举办专题招商推介会20余场次")] == [
        (20, "场次", ">")
    ]
