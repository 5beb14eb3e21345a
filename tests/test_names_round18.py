"""Names and subjects, round 18: rules found on real pages swept fresh (and on the pages of the round before).
Each test quotes the real text; the page's address is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# --- an article about one project ---------------------------------------------------------------------------------


def test_an_article_about_one_project_gives_it_the_figures_that_refer_back() -> None:
    # shushitongpu.cn/html/201108/10/1049.htm (通山县 2011, traditional): the opening names the project; later
    # paragraphs say only `该项目`, `一期工程`, `整个项目`
    found = records(
        "日前,通山縣與武鋼實業公司合作的武鋼冶金新輔料生產基地項目正式簽約,這對加速該縣“五石”產業集群發展具有"
        "十分重要意義。\n"
        "武鋼實業公司總經理曹賀卿表示,公司對與通山的合作充滿信心。\n"
        "據了解,該項目是通山縣2011年招商引資的重點項目之一,項目總投資1.5億元,分兩期建設。一期工程正在緊張進行,"
        "計劃投資5000萬元,建成三條生產線,年產量達25萬噸。整個項目建成後,年稅收3000萬元以上。",
        date="2011-08-10",
        places=("通山县",),
    )
    for value in (1.5, 5000, 3, 25, 3000):
        assert one(found, value).subject == "武钢冶金新辅料生产基地项目"


def test_a_project_named_in_the_title_is_what_a_later_paragraph_points_at() -> None:
    # 东山融媒 2024-11-27 (东山县, names16's final pages): `该项目` is the park project of the title, not the
    # firm that owns it, named since
    found = records(
        "杏陈云生工业园项目正式落成并启用\n\n"
        "11月26日下午,杏陈云生工业园项目正式落成并启用。\n\n"
        "据了解,云生工业园是杏陈镇“村企合作”重点项目之一,由张家村村委会和东山县云生仓储有限公司签约共建。"
        "该项目占地70亩,总投资5000万元,建有通用厂房约2万平方米。",
        date="2024-11-27",
        places=("东山县",),
    )
    assert one(found, 70).subject == "杏陈云生工业园项目"
    assert one(found, 5000).subject == "杏陈云生工业园项目"


def test_a_phase_of_the_title_project_is_the_project() -> None:
    # zz.fjsen.com/2017-04/19/content_19400981.htm (长泰县 2017): `一期计划建设30条生产线`, `该项目全部达产后…`
    found = records(
        "长泰县宏发电声项目一期完成投资超亿元\n\n"
        "近日,记者来到宏发电声一期施工现场。\n\n"
        "据了解,一期计划建设30条生产线。该项目全部达产后年产值可达30亿元,纳税2亿元以上。",
        date="2017-04-19",
        places=("长泰县",),
    )
    (lines,) = [r for r in found if r.value == 30 and r.unit == "条"]
    assert lines.subject == "长泰县宏发电声项目"
    (output,) = [r for r in found if r.value == 30 and r.unit == "亿元"]
    assert output.subject == "长泰县宏发电声项目"
    assert output.indicator == "达产后年产值"  # (not `产后年产值`)
    assert one(found, 2).subject == "长泰县宏发电声项目"


def test_an_opening_about_a_batch_of_projects_gives_no_topic() -> None:
    # p2.ttnews.xyz/a/5e692d7bdc9b5e6ffcc667b8 (东山县 2020, traditional): eight projects start at once
    found = records(
        "福建東山一季度總投資8.5億元項目集中開工\n\n"
        "據悉,此次集中開工有合力盛食品、新旺食品、東山國旺冷鏈物流等8個項目。\n\n"
        "項目的集中開工,將為全縣經濟社會高質量發展注入新血液,全縣新增就業崗位300個。",
        date="2020-03-10",
        places=("东山县",),
    )
    assert one(found, 300).subject == ""


# --- sentence topics ----------------------------------------------------------------------------------------------


def test_a_project_that_plans_its_investment_is_the_topic_of_the_next_clause() -> None:
    # p2.ttnews.xyz/a/5e692d7bdc9b5e6ffcc667b8 (东山县 2020, traditional): `拟总投资` then the project's land
    found = records(
        "其中,合力盛食品加工項目擬總投資1.2億元,用地約40畝,將建設水產品深加工生產線車間、冷庫和配套設施。",
        date="2020-03-10",
        places=("东山县",),
    )
    assert one(found, 40).subject == "合力盛食品加工项目"


def test_a_clause_naming_the_county_and_a_time_ends_the_project_topic() -> None:
    # bbs.cdzyw.cn tid=77495 (桃源县 2019): the county's first-quarter count and total, after a project named before
    found = records(
        "加上此前开工的星玛智能电气生产基地项目,桃源县2019年第一季度开工重点建设项目4个,总投资达到26.6亿元。",
        date="2019-03-14",
        places=("桃源县",),
    )
    count = one(found, 4)
    assert count.subject == ""
    # (not `第开工…`; since names8 the quarter is the record's period, not part of its name)
    assert (count.indicator, count.period) == ("开工重点建设项目", "2019Q1")
    assert one(found, 26.6).subject == ""


# --- a firm's head speaking -------------------------------------------------------------------------------------


def test_figures_in_a_quote_are_the_firm_of_whoever_says_it() -> None:
    # n2235.cn content_wap_117466 (歙县经开区 2023, traditional): the manager of 孟宇汽配 states the firm's targets
    found = records(
        "“根據當前的訂單狀況,預計今年產銷會有較大幅度增長。我們力爭三季度實現項目整體搬遷並全面達產,"
        "計劃全年產值突破4000萬元,實現出口500萬美元。”談及今年的目標,孟宇汽配總經理鄭笑樂自信滿滿。\n"
        "全區企業正開足馬力加快生產,力爭一季度完成經營收入70億元。",
        date="2023-02-10",
        places=("歙县经济开发区",),
    )
    assert one(found, 4000).subject == "孟宇汽配"
    assert one(found, 500).subject == "孟宇汽配"
    assert one(found, 70).subject == ""


def test_a_quote_of_the_firms_head_is_of_the_firm_the_paragraph_named() -> None:
    # big5.china.com.cn sc.china.com.cn/2022/difang/1337/0302/438901.html (邻水县 2022, traditional): `公司負責人説`;
    # `據了解,公司是…,具備年産…` refers back to the firm too
    found = records(
        "廣安高新區福佳機械有限公司,生産線上一片繁忙。據了解,公司是從事汽車缸蓋和摩托車缸頭産品的設計、開發、製造和"
        "銷售的專業化企業,具備年産汽車缸蓋20萬件的生産能力。“目前我們的訂單比春節前有所增加,已經排到了今年6月份,"
        "訂單量預計20萬台,”公司負責人説。",
        date="2022-03-02",
        places=("邻水县",),
    )
    firm = "广安高新区福佳机械"
    assert all(r.subject == firm for r in found if r.value == 20)


# --- firms called by their brand ---------------------------------------------------------------------------------


def test_firms_called_by_their_brand_are_the_subjects_of_their_taxes() -> None:
    # r105 衡南 2019 (dev): the zone's tax, then the part two firms paid
    found = records(
        "县工业集中区新增规上企业2家,完成规模工业增加值11亿元,占全县的比重达70%;实现税收4600万元,其中,"
        "天津大桥税收过千万元、得意电子税收过500万元。",
        date="2019-07-20",
        places=("衡南县",),
    )
    firm = one(found, 500)
    assert (firm.subject, firm.indicator) == ("得意电子", "税收")
    assert one(found, 4600).subject == ""


def test_a_brand_opening_a_rank_is_the_firm_ranked() -> None:
    # r46 芜湖经开区 2022 (dev2): 奇瑞汽车's export rank, not the zone's
    found = records(
        "二是重点企业快速成长。奇瑞汽车连续19年位居中国品牌乘用车出口第一。",
        date="2022-05-01",
        places=("芜湖经济技术开发区",),
    )
    assert one(found, 1).subject == "奇瑞汽车"


def test_a_brand_a_task_pushes_is_the_firm() -> None:
    # r32 沁县 2025 (dev4): `推动潞讯精密电子30条生产线投产`
    found = records(
        "3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产,培育服装加工产业园。",
        date="2025-05-18",
        places=("沁县",),
    )
    assert one(found, 30).subject == "潞讯精密电子"


def test_a_sector_of_the_place_is_no_brand() -> None:
    # r105 衡南 2019 (dev): `全县…`, and a sector named by its trade, stay the county's
    found = records(
        "全县上半年规模工业总产值 43.62亿元,同比增长12.6%;完成工业固定资产投资45.4亿元,同比增长36%。",
        date="2019-07-20",
        places=("衡南县",),
    )
    assert all(r.subject == "" for r in found)


# --- ranks ---------------------------------------------------------------------------------------------------------


def test_a_quoted_indicator_before_its_rank_names_the_rank() -> None:
    # names16's fresh page on 合肥高新区 (2023): the national evaluation's first-level indicators, each in quotes
    found = records(
        "在几个主要的一级评价指标中,合肥高新区“开放创新和国际竞争力”排名第四,仅次于北京中关村、上海张江和苏州工业园,"
        "“综合质效和持续创新力”排名全国第五,“创新能力和创业活跃度”排名全国第七。",
        date="2023-05-01",
        places=("合肥高新技术产业开发区",),
    )
    assert one(found, 5).indicator == "综合质效和持续创新力全国排名"
    assert one(found, 7).indicator == "创新能力和创业活跃度全国排名"


def test_quoted_indicators_joined_share_one_rank() -> None:
    # hainiu11.com/newscenter/native/city/20150105/t20150105_517308380.shtml (成都高新区 2015, traditional)
    found = records(
        "在四個一級指標排名中,成都高新區“知識創造和技術創新能力”及“產業升級和結構優化能力”均位列全國第三,"
        "“國際化和參與全球競爭能力”排名全國第六,“高新區可持續發展能力”位列全國第九。",
        date="2015-01-05",
        places=("成都高新技术产业开发区",),
    )
    assert one(found, 3).indicator == "知识创造和技术创新能力、产业升级和结构优化能力全国排名"
    assert one(found, 6).indicator == "国际化和参与全球竞争能力全国排名"
    assert one(found, 9).indicator.endswith("可持续发展能力全国排名")


def test_a_quote_of_an_official_is_no_firms() -> None:
    # hainiu11.com (成都高新区 2015, traditional): the zone's science bureau speaks, not a firm
    found = records(
        "“包括這次排名在內,成都高新區綜合排名已連續四年穩居全國第四位。”成都高新區科技局相關負責人介紹,"
        "在四個一級指標框架之下,還包括40個二級指標。",
        date="2015-01-05",
        places=("成都高新技术产业开发区",),
    )
    assert all(r.subject == "" for r in found)


def test_a_short_firm_quoted_keeps_its_word_and_a_product_is_no_brand() -> None:
    # hbsztv.com/2016/0226/481545.html (曾都区 2016): `润力公司副总经理罗政周说`; `计划生产汽车1万台` counts cars
    found = records(
        "“2015年,我们在经济下行的背景下实现逆势上扬,全年销售专用车2000多台,销量翻番。”润力公司副总经理罗政周说。\n"
        "走进恒天汽车公司车间,机声隆隆,焊花飞溅。今年,该公司将抢抓国家大力发展新能源汽车机遇,计划生产汽车1万台。",
        date="2016-02-26",
        places=("曾都区",),
    )
    assert one(found, 2000).subject == "润力公司"
    assert one(found, 1).subject != "计划生产汽车"


def test_a_later_phase_of_a_project_named_with_its_first() -> None:
    # r45 陆丰 2022 (dev2): the base's first phase is named, then `二期工程…的5家企业`
    found = records(
        "園區建設提質增效。海洋工程基地(一期)累計完成投資75.53億元,明陽、中天、天能等一批龍頭企業投產達效,"
        "二期工程總投資達44億元的5家企業前期工作加緊推進。",
        date="2022-01-10",
        places=("陆丰市",),
    )
    assert one(found, 5).subject == "海洋工程基地二期工程"


def test_reaching_an_intent_is_no_part_of_its_name() -> None:
    # dzb.cinn.cn/shtml/zggyb/20170629/87180.shtml (招远市 2017): `达成投资意向320亿元`
    found = records(
        "6月21日,山东招远市人民政府在上海举行了招商推介会,与56家企业进行了洽谈,达成投资意向320亿元,"
        "签订正式合作协议5家,项目总投资57亿元。",
        date="2017-06-29",
        places=("招远市",),
    )
    assert one(found, 320).indicator == "投资意向"


# --- projects and firms named in project news ------------------------------------------------------------------------


def test_a_short_project_name_introduced_by_its_investment_is_one_project() -> None:
    # app.zmdnews.cn print.php?contentid=379666 (驿城区 2016): `其中,天中鸟船艇项目,总投资3.1亿元,…`
    found = records(
        "本次集中开工的亿元以上项目有3个,总投资24.3亿元。其中,天中鸟船艇项目,总投资3.1亿元,总建筑面积5万平方米,"
        "正式达产后,年可实现销售收入5亿多元、利税1亿多元,安排300多人就业。",
        date="2016-09-24",
        places=("驿城区",),
    )
    for value in (3.1, 300):
        assert one(found, value).subject == "天中鸟船艇项目"
    assert all(r.subject == "天中鸟船艇项目" for r in found if r.value == 5)
    assert one(found, 24.3).subject == ""


def test_a_short_project_name_signed_is_the_subject_but_a_class_is_not() -> None:
    # hn.rednet.cn/content/2020/12/11/8697229.html (安乡县 2020): `鞋业纸衬项目将投资3000万元`; r97 阿拉善高新区 (dev6):
    # `建筑安装工程投资` is a class of investment
    found = records(
        "据了解,鞋业纸衬项目将投资3000万元,预计可实现税收100万元。",
        date="2020-12-11",
        places=("安乡县",),
    )
    assert one(found, 3000).subject == "鞋业纸衬项目"
    assert one(found, 100).subject == "鞋业纸衬项目"


def test_a_project_named_after_its_city_and_county_in_brackets() -> None:
    # jingyuhuahui.com/news/zz/2982488.html (东山县 2025): `漳州(东山县)…项目总投资4.6亿元`; `正式投产后…` goes on
    found = records(
        "据了解,漳州(东山县)聚源生物科技生产线及智慧冷链物流平台建设项目总投资4.6亿元,总占地面积107.2亩。"
        "正式投产后预计年销售额可达10亿元左右,上缴税收4000万元,带动就业劳动力2200人。",
        date="2025-01-03",
        places=("东山县",),
    )
    name = "聚源生物科技生产线及智慧冷链物流平台建设项目"
    for value in (4.6, 107.2, 10, 4000, 2200):
        assert one(found, value).subject == name
    assert one(found, 4.6).indicator == "总投资"


def test_an_ordinal_project_is_no_group_and_a_trade_is_no_project() -> None:
    # news.d1cm.com/2012/10/24/102408575737023.shtml (金寨县 2012): `第二个招商引资项目` is one project, the firm's;
    # `工程机械液压件` is a product
    found = records(
        "10月23日,金寨现代产业园区管委会主任张守锐与安徽集源液压技术有限公司董事长万刚签订投资协议,这标志着第二个"
        "招商引资项目开始正式落户现代产业园区。该项目由县政协办招商引进,计划用地58.4亩,总投资1.8亿。"
        "达产后可年产60万台工程机械液压件,预计可实现年销售收入1.8亿元,税收3000万元。",
        date="2012-10-24",
        places=("金寨县",),
    )
    assert one(found, 58.4).subject == "安徽集源液压技术"
    assert one(found, 60).subject == "安徽集源液压技术"


def test_a_firm_of_the_county_by_its_name_and_a_year_before_a_group() -> None:
    # agri.hunan.gov.cn …t20061129_3382443.html (桂阳县 2006): `该县济草堂药材种业有限公司以金银花基地为依托,投资560万元`;
    # hainiu11.com …t20130122_511835717.html (新蔡县 2013): `2011年爱民药业集团投资了1.6亿元`
    found = records(
        "该县济草堂药材种业有限公司以金银花基地为依托,投资560万元,建成一条年产400吨金银花贡茶生产线,"
        "预计年产值达4800万元,年利税600万元,可安排就业120人。",
        date="2006-11-29",
        places=("桂阳县",),
    )
    for value in (560, 4800, 600, 120):
        assert one(found, value).subject == "济草堂药材种业"
    found = records(
        "愛民藥業集團占地400多畝。2011年愛民藥業集團投資了1.6億元新建了動力車間。2012年公司投資10億元。",
        date="2013-01-22",
        places=("新蔡县",),
    )
    assert one(found, 10).subject == "爱民药业集团"


def test_where_a_firm_is_and_who_walked_in_are_no_part_of_its_name() -> None:
    # typaotui.com …/1631923.html (青阳县 2025, traditional): `位于丁桥镇童车产业园内的池州市方西玩具科技有限公司`;
    # asrbs.net …content_200356.htm (普定县 2022): `走进贵州镁程铝业科技有限公司生产车间`, then `公司负责人…表示`
    found = records(
        "與此同時,位于丁橋鎮童車產業園內的池州市方西玩具科技有限公司同樣不甘落后。據該公司總經理周祥介紹,"
        "公司90%的產品銷往美國。",
        date="2025-02-10",
        places=("青阳县",),
    )
    assert one(found, 90).subject == "池州市方西玩具科技"
    found = records(
        "走进贵州镁程铝业科技有限公司生产车间,全自动生产车间映入眼帘。“过年期间,企业收到了1000万元的单板订单,"
        "为了尽快完成交付订单,我们厂里预留了工作人员。”公司负责人徐内明表示。",
        date="2022-02-11",
        places=("普定县",),
    )
    assert one(found, 1000).subject == "贵州镁程铝业科技"
