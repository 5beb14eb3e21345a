"""Which place a figure belongs to: a province's work report cited by the county's deputy to the province's
congress, and a zone named only by its bare word whose city also opens companies' names (addresses in each
test)."""

from tests.ingest_helpers import records, regions


def test_a_work_report_cited_by_a_deputy_to_the_regions_congress_is_the_regions():
    # dev8 r134 (http://www.bbrtv.com/2022/0120/702337.html, 武宣县's party secretary at the regional congress):
    # the sentence that cites the work report and names no place sets 广西's targets, not 武宣县's
    text = (
        "《两会面对面》——专访自治区人大代表、武宣县委书记杨世爵\n"
        "新闻眼|来源:广西广播电视台综合广播2022-01-20 10:52:56|网络编辑:杨琪玉\n"
        "今年政府工作报告提到,要加快工业园区提档升级,力争千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个。"
        "得益于政策红利,武宣县在工业振兴方面也将围绕百亿园区进行建设。自治区人大代表、武宣县委书记杨世爵:“比如说在推进"
        "工业振兴方面,我们提出2022年武宣要力争实现工业园区过百亿。\n"
        "2021年,武宣经济增长预计增长10%左右,规模以上工业增加值增长20%,固定资产投资增长28%。\n"
    )
    found = records(text)
    assert set(regions(found, 3, 4, 44).values()) == {"广西壮族自治区"}
    assert set(regions(found, 10, 20, 28).values()) == {"武宣县"}


def test_a_county_congress_citing_its_own_work_report_keeps_its_figures():
    # the same words at a county's own congress: its deputies (`县人大代表`) cite the county's report
    text = (
        "县十七届人大三次会议期间,县人大代表热议政府工作报告。\n"
        "临邑县人大代表表示,政府工作报告提出,今年地区生产总值增长7.5%,地方财政收入增长8%。\n"
    )
    assert set(regions(records(text), 7.5, 8).values()) == {"临邑县"}


def test_a_deputy_to_the_national_congress_citing_the_countrys_report_gives_no_county_its_targets():
    # the country's report: none of the gazetteer's places; the county's own figures stay its own
    text = (
        "专访全国人大代表、普定县县长赵开运\n"
        "政府工作报告提出,今年发展主要预期目标是国内生产总值增长5%左右,城镇新增就业1200万人以上。\n"
        "2023年,普定县全县脱贫1.8万人,地区生产总值增长6.2%。\n"
    )
    found = records(text)
    assert set(regions(found, 5, 1200).values()) == {""}  # (the build leaves unplaced figures out)
    assert set(regions(found, 1.8, 6.2).values()) == {"普定县"}


def test_a_zone_named_only_by_its_bare_word_speaks_as_the_district_against_its_citys_companies():
    # http://m.lvshi.hzdx.com/xwzx/2023/0227/10642.html (新乡网讯, 经开区 2022): the city is named only in the
    # dateline and in a company's name (`新乡化纤`, three times); the zone is `经开区` and speaks as `全区`, so every
    # figure is the zone's, not only those of the sentence that names it
    text = (
        "新乡网讯 (新乡日报全媒体记者 刘军旗) 2022年,经开区多项经济指标增速均居七区第2位:固定资产投资增速21.5%,"
        "高于全市7.8个百分点;社会消费品零售总额增长2.8%;一般公共预算收入完成8.49亿元,同比增长7.4%。"
        "这是记者从2月23日在全市2022年经济社会发展成就系列新闻发布会经开区专场上获悉的。\n"
        "经开区党工委委员、管委会副主任陈淑文说,过去一年,全区经济发展质量持续向好。\n"
        "产业发展再提质——全区“2+1+N”主导产业GDP占比达到75%以上。高科技纺织服装产业实现主营业务收入同比增长20%,"
        "新乡化纤纤维素长丝产能继续位居全国第一。\n"
        "项目推进再提速——新签约亿元以上项目32个,计划总投资224.9亿元。新乡化纤总投资162亿元的绿色纤维新材料项目,"
        "列入省重大项目“白名单”。\n"
        "要素保障更有力——新乡化纤1×360t/h和2×B25MW热电联产项目获省发改委审批。\n"
    )
    found = records(text)
    assert set(regions(found, 21.5, 2.8, 8.49, 7.4, 32, 224.9).values()) == {"新乡经济技术开发区"}


def test_a_citys_own_text_that_names_its_zone_by_its_bare_word_stays_the_citys():
    # the city speaking (`全市`, `我市`), its zone named by its bare word three times and no `全区`: the city's
    text = (
        "新乡网讯 今年以来,我市经济运行稳中向好。1-6月,全市规上工业增加值增长6.2%,固定资产投资增长8.1%。"
        "经开区、高新区等园区项目加快建设,经开区新签约项目12个,经开区管委会表示,经开区将继续发力。"
        "新乡化纤、新乡银行等企业经营稳定。\n"
    )
    assert set(regions(records(text), 6.2, 8.1).values()) == {"新乡市"}


def test_a_county_short_form_named_once_in_a_list_of_projects_is_no_place():
    # http://www.wenshang.gov.cn/art/2025/7/30/art_62060_2785687.html (汶上县's 中都街道, 2025 H1): the street is
    # also 凤阳县's, so the text names no county; `安吉汽车零部件物流` is a company (安吉物流), named once in a list
    # of projects below the head: no figure is 安吉县's
    text = (
        "今年以来,在县委、县政府的坚强领导下,中都街道深入贯彻落实省、市“走在前、勇争先”动员令及县委“敢拼抢、勇争先”"
        "工作主线,聚焦高质量发展首要任务,全力以赴强经济、惠民生、提能力,各项工作取得阶段性成效。现将情况总结如下:\n"
        "一、2025年上半年工作总结\n(一)经济发展稳中提质,产业动能加速释放。经济运行稳中向好。1-5月,完成财税收入5545万元;"
        "工业产值累计达6.88亿元,同比增长2.25%;服务业累计营收突破2.7亿元,同比增长23.7%。上半年新增“四上”企业14家,"
        "净增7家,增量居全县首位。项目建设扎实推进。实施产业链精准招商,深化核心产业研究,构建动态招商项目库,"
        "重点攻坚安吉汽车零部件物流、光通讯智能制造等20余个在谈项目。\n"
    )
    assert "安吉县" not in {r.region for r in records(text)}


def test_a_county_short_form_named_once_in_the_head_still_places_the_text():
    # dev3 r14 (http://news.25948.com/zhuanti/2023/0727/61418.html, 缙云县 H1 2023): named once, in the head
    text = (
        "上半年,缙云全县上下深入学习贯彻党的二十大精神和上级各项决策部署,大力实施三个“一号工程”和“十项重大工程”,"
        "持续为经济高质量发展积蓄动力,全县经济运行延续向好态势。\n一、GDP同比增长6.4%\n"
        "据初步核算,2023年上半年全县实现生产总值145.17亿元,按可比价格计算,同比增长6.4%,增速比一季度提高1.0个百分点。\n"
    )
    assert set(regions(records(text), 145.17, 6.4).values()) == {"缙云县"}


def test_provinces_heading_their_paragraphs_each_take_their_own_figures():
    # http://news.china.com/finance/11155042/20171003/31540535_2.html (中国新闻网, 2017 national day holiday): one
    # paragraph per province, each opened by its name and a colon; the title's national figures are no place's,
    # a city that opens a sentence inside a province's paragraph takes that sentence (`厦门鼓浪屿…`), and a county
    # named inside a specialty (`上饶弋阳年糕`) takes nothing
    text = (
        "3日全国接待国内游客1.19亿人次 旅游收入984亿元\n"
        "2017-10-03 19:11:52    中国新闻网  参与评论()人\n"
        "福建省:全省当天共接待游客493.34万人次,同比增长25.65%;实现旅游收入33.06亿元,同比增长35.47%。重点监控景区"
        "接待量稳步攀升,大部分以两位数增长,受金砖峰会召开后效应影响,厦门鼓浪屿当天接待游客4.9万人次,同比增长227%。\n"
        "江西省:全省当天共接待游客986.31万人次,同比增长8.32%,环比增长0.68%;实现旅游收入60.65亿元,同比增长15.67%,"
        "环比增长3.19%。各地假日旅游精彩纷呈:上饶龟峰景区邀请游客免费品尝上饶弋阳年糕,赣州市上犹县推出“陡水鱼宴一条街”"
        "活动,使游客大饱口福。\n"
        "广西壮族自治区:全区当天共接待游客381.12万人次,实现旅游收入24.99亿元,较同期明显上升。\n"
    )
    found = records(text)
    assert set(regions(found, 1.19, 984).values()) == {""}
    assert set(regions(found, 493.34, 25.65, 33.06, 35.47).values()) == {"福建省"}
    assert regions(found, 4.9, 227) == {4.9: "厦门市", 227: "厦门市"}
    assert set(regions(found, 986.31, 8.32, 60.65, 15.67).values()) == {"江西省"}
    assert set(regions(found, 381.12, 24.99).values()) == {"广西壮族自治区"}


def test_a_provinces_own_text_gives_none_of_its_figures_to_a_county_it_names_once():
    # http://fujian.chinagdp.org/jjfz/201810/729.html (福建's tourism bureau, 2018 holiday): the text speaks only as
    # the province (`全省`), never names it, and names 平和县 once, for one village's figure
    text = (
        "7日,记者从省旅发委获悉,今年国庆假期,全省累计接待国内外游客3161.13万人次,同比增长20.3%;累计实现旅游收入252.41亿元,"
        "同比增长31.0%。\n受门票降价利好等多重因素拉动,全省重点景区均迎来大量游客。纳入监测的25家重点景区累计接待游客"
        "698.69万人次,同比增长15.2%;累计实现门票收入3.39亿元,同比增长26.0%。其中,古田会议会址、泰宁旅游区、太姥山、"
        "永定土楼、武夷山等景区接待游客增速分别为35.6%、32.1%、19.9%、12.2%和10.8%。同时,文旅融合广受追捧,"
        "三坊七巷历史文化街区7天累计接待游客102.04万人次;乡村旅游热度不减,漳州十大美丽乡村平和县霞寨镇高寨村7天累计"
        "接待游客3.85万人次。\n记者 何祖谋\n"
    )
    found = records(text)
    assert set(regions(found, 3161.13, 20.3, 252.41, 698.69, 3.39).values()) == {""}
    assert regions(found, 3.85) == {3.85: "平和县"}


def test_a_city_right_before_its_ranking_is_the_scale_not_the_place():
    # https://dome8021.com/products/2087.html (卧龙区's district head online, H1 2024): `南阳市排名第2` ranks the
    # district's figure on the city; it is 卧龙区's
    text = (
        "主持人:下面请杜区长简要介绍一下卧龙区今年上半年经济社会持续健康发展情况。\n"
        "杜勇:今年上半年,卧龙区生产总值完成258.4亿元,总量位居南阳市第二;固定资产投资同比增长9.8%,高于南阳市中等水准,"
        "其中基础设施投资提高13.6%,南阳市排名第2;社会消费品零售总额212.6亿元,总量南阳市排名第1,增速6.3%。\n"
    )
    found = records(text)
    assert {r.region for r in found} == {"卧龙区"}


def test_an_unnamed_districts_release_is_not_its_citys_that_did_the_accounting():
    # http://ys-bakery.com/zwgk/tjxx/content/post_562603.html (a 河源 district's H1 release, trad): the text speaks
    # as `全區` and names its city only as the one whose accounting it quotes; its figures are no city's
    text = (
        "上半年,全區經濟運行整體回升向好。根據河源市地區生產總值統一核算結果,1-6月,全區完成地區生產總值150.58億元,"
        "同比增長4.8%。其中,第一產業增加值1.63億元,下降7.4%;第二產業增加值44.45億元,增長7.9%。\n"
        "規上工業增加值增速實現轉正。上半年,全區完成規模以上工業增加值34.23億元,同比增長1.3%。\n"
        "固定資產投資保持良好態勢。上半年,全區固定資產投資同比增長13.6%。\n"
    )
    assert "河源市" not in {r.region for r in records(text)}


def test_an_autonomous_prefecture_is_named_by_its_short_form_and_zhou():
    # http://mip.guangyuanol.cn/news/shishang/2013/0801/79710.html (四川日报 2013, 浙江's aid to 甘孜州): `甘孜州` is
    # how everyone writes 甘孜藏族自治州; it is named four times, 康定 only in the names of a school and a project;
    # `支持黔东南州“黎从榕”…` is dev7 r119's (黎平县 2023); http://www.cnread.news/amp/article/1121493.html (凉山州's
    # own text, `全州面积…`) was placed in 金阳县, named once in a photo caption
    from bot.ingest.places import Gazetteer

    gazetteer = Gazetteer.default()
    named = [
        m.place.name
        for m in gazetteer.find_mentions("省委省政府出台支持黔东南州“黎从榕”打造…的意见,凉山州雷波县")
    ]
    assert named == ["黔东南苗族侗族自治州", "凉山彝族自治州", "雷波县"]
    text = (
        "四川省甘孜州18县得到了浙江省4市18县的对口帮扶\n时间:2013-08-01 11:40:50 来源:四川日报\n"
        "7月31日,记者从浙江省、四川省甘孜州东西扶贫协作汇报会上获悉,浙江省4市18县将对口帮扶甘孜州18县,将以民生项目、"
        "危房改造、人才培训等为主体,继续加强两地合作。\n"
        "自去年开始,浙江对甘孜州投入1400万元进行5个危房改造项目援建,目前已完成40%的工程量。今年,浙江将帮扶800万元资金"
        "拟建设康定民族中学生活服务中心,杭州、湖州、绍兴、金华4市将分别帮扶300万元,拟实施康定县核桃产业、丹巴县葡萄产业、"
        "新龙县洋葱产业、得荣县核桃产业等4个较为成熟的民生产业项目。\n"
    )
    assert "康定市" not in {r.region for r in records(text)}
