"""Which place a figure belongs to, on kinds of real county texts found in a sweep of unseen pages: an interview
with a zone's head, a county's zone named only as `县经济开发区`, a round-up that names a county after a time or an
example's lead, a provincial zone that bears a municipality district's name, a district abolished since. Excerpts
of public pages (addresses in each test), built through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _regions(tmp_path: Path, text: str) -> list[tuple[str, float, str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return [(r.region, r.value, r.unit, r.city) for r in build_corpus(tmp_path).records]


def test_an_interview_with_a_zones_head_is_the_zones(tmp_path: Path):
    # http://szb.xnnews.com.cn/xnrb/html/2015-03/11/content_94759.htm
    text = (
        "实现百亿目标呈交满意答卷\n——访崇阳县经济开发区主任张正韶\n通讯员 姜伟明 特约记者徐功频\n"
        "  羊年气象新，园区春潮涌。3月6日，雨过天晴，崇阳县天城工业园呈现出一派火热的景象。\n"
        "  2014年，园区地区生产总值增长22.8%，达到28.8亿元。工业总产值增长21%，达到83.5亿元。"
    )
    regions = _regions(tmp_path, text)
    assert regions and {(r, c) for r, _, _, c in regions} == {("崇阳经济开发区", "咸宁市")}


def test_an_interview_with_a_county_head_who_also_leads_its_zone_stays_the_countys(tmp_path: Path):
    text = (
        "——访崇阳县委书记、崇阳县经济开发区党工委书记张三\n"
        "  2014年，全县地区生产总值增长8.8%，达到128.8亿元。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"崇阳县"}


def test_a_county_text_titled_with_its_zone_is_the_zones(tmp_path: Path):
    # https://freewechat.com/a/MjM5MzgxODE0NQ==/2653625820/1 (天台: named once, by its short name)
    text = (
        "陈晨调研县经济开发区：加快提质扩容 强化发展支撑\n"
        "8月7日，县委书记陈晨赴县经济开发区调研。\n"
        "在随后召开的座谈会上，陈晨听取了县经济开发区建设和管理情况汇报。上半年，园区规上工业企业总产值118亿元，"
        "占全县74%。\n陈晨对县经济开发区多年来的工作成效表示肯定。要重塑体制机制。坚持跳出天台看发展，积极走出去。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"天台经济开发区"}


def test_a_county_news_piece_naming_its_zone_in_the_body_stays_the_countys(tmp_path: Path):
    text = (
        "天台县上半年经济运行稳中有进\n上半年，天台县实现地区生产总值180亿元，增长6.1%。"
        "县经济开发区规上工业企业总产值118亿元。县经济开发区新增企业12家。县经济开发区税收5亿元。"
    )
    regions = _regions(tmp_path, text)
    assert ("天台县", 180, "亿元", "台州市") in regions


def test_a_county_named_after_an_examples_lead_or_a_time_owns_its_sentence(tmp_path: Path):
    # https://www.xuehua.us/a/62c502aa095b249f751ba0ee and https://xdkb.net/rd/303222
    text = (
        "小县城，有大能量。举几个例子，比如福建晋江，去年GDP达到2900多亿元，上市企业就有50家。"
        "新疆伊犁霍城县，是世界第三大薰衣草种植基地。\n"
        "霍城县是世界第三大薰衣草种植基地，每年带来超10亿元的经济收益。\n"
        "去年恩施市电商交易额约36亿元。"
    )
    regions = {(r, v) for r, v, *_ in _regions(tmp_path, text)}
    assert {("晋江市", 2900), ("晋江市", 50), ("霍城县", 10), ("恩施市", 36)} <= regions


def test_a_year_before_a_zone_keeps_the_zone(tmp_path: Path):
    text = (
        "扬州经开区召开工委扩大会议\n2025年1月3日，扩大会议在扬州经济技术开发区召开。\n"
        "据报告，2024年扬州经济技术开发区，工业开票销售增长7%，固定资产投资增长15%。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"扬州经济技术开发区"}


def test_a_provinces_new_area_is_not_the_municipality_district_of_its_name(tmp_path: Path):
    # https://sxbh.sx.gov.cn/art/2023/11/13/art_1479193_58888510.html (绍兴滨海新区; the text never names 绍兴)
    text = (
        "今年以来，滨海新区深入贯彻省委三个“一号工程”、市委“五创图强、四进争先”部署要求，经济持续稳进向好。\n"
        "前三季度，滨海新区实现地区生产总值662.29亿元，按不变价格计算，同比增长8.2%，增速与半年度持平，"
        "位于全省七大新区首位。\n固定资产投资同比增长5.3%。"
    )
    regions = _regions(tmp_path, text)
    assert regions and {(r, c) for r, _, _, c in regions} == {("绍兴滨海新区", "绍兴市")}


def test_a_municipalitys_district_stays_itself(tmp_path: Path):
    text = (
        "前三季度，滨海新区实现地区生产总值5662.29亿元，同比增长5.2%，高于全市增速。\n"
        "滨海新区固定资产投资同比增长5.3%。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"滨海新区"}


def test_a_district_abolished_since_keeps_its_figures_not_its_citys(tmp_path: Path):
    # 公文搜: 2016年伊春市翠峦区人民政府工作报告 (翠峦区 merged into 乌翠区 in 2019; no address was returned)
    text = (
        "(黑龙江)2016年伊春市翠峦区人民政府工作报告(全文)\n"
        "(2016年1月14日在翠峦区第十五届人大第六次会议第一次全体会议上)\n翠峦区人民政府代区长 赵喜义\n"
        "一、2015年工作回顾\n地区生产总值预计实现59400万元，与上年持平；全社会固定资产投资完成2.2亿元。"
    )
    regions = _regions(tmp_path, text)
    assert regions and {(r, c) for r, _, _, c in regions} == {("翠峦区", "伊春市")}


def test_an_autonomous_county_written_as_short_form_and_level_is_found(tmp_path: Path):
    # http://www.yxdaily.com/epaper/yxrb/html/2023/05/15/A03/A03_44.htm (新平彝族傣族自治县, written `新平县`)
    text = (
        "本报讯(记者 李瑞铭)新平县按照“以节造势，借势引人”的旅游发展思路，推进文化和旅游深度融合发展。"
        "去年，全县接待游客560.4万人次，实现旅游收入55.1亿元。 截至目前，新平县共有A级景区8个。"
    )
    regions = _regions(tmp_path, text)
    assert regions and {(r, c) for r, _, _, c in regions} == {("新平彝族傣族自治县", "玉溪市")}


def test_gai_xian_points_back_at_the_county_the_sentence_before_named(tmp_path: Path):
    # http://liangshan.scol.com.cn/mn/202109/58274715.html (会理县 became 会理市 in 2021; the text writes 会理县)
    text = (
        "本报讯 近日，冕宁县、会理县入围“第三批天府旅游名县候选县”公示名单。\n"
        "冕宁县位于安宁河畔，冕宁的红军长征纪念馆被列为国家级爱国主义教育基地，冕宁县红色旅游线路参观点也被列为"
        "精品参观线。近年来，会理县以建设天府旅游名县为抓手，推出了会理端午风情游等旅游品牌。"
        "近两年，该县年均接待游客316万人次，年均旅游收入超26亿元。"
    )
    assert {(r, v) for r, v, *_ in _regions(tmp_path, text)} >= {("会理县", 316), ("会理县", 26)}


def test_a_city_that_says_whose_county_it_is_does_not_take_the_countys_figure(tmp_path: Path):
    # http://wwwfh2222.com/dazhou/travel/2022-11-26/detail-imqqsmrp7612657.shtml (traditional script there)
    text = (
        "達州宣漢:榮膺2022(第五屆)中國旅遊百強縣市\n"
        "四川省有峨眉山市、都江堰市等14個縣市上榜，達州市唯一上榜的宣漢縣位列79位。\n"
        "2021年，全縣旅遊收入120億元，增長19.05%。(來源:宣漢縣委宣傳部)"
    )
    regions = {(r, v) for r, v, *_ in _regions(tmp_path, text)}
    assert {("宣汉县", 79), ("宣汉县", 120)} <= regions


def test_a_round_up_of_a_citys_districts_in_the_citys_voice_is_the_citys_where_no_district_is_named(
    tmp_path: Path,
):
    # http://www.qj023.com/thread-2208983-1-1.html (重庆日报; districts named by their short forms only)
    text = (
        "8月5日，记者从市统计局获悉，日前该局公布了今年上半年全市各区县GDP增速数据，其中渝北、长寿和潼南的增速"
        "位列全市区县前3位。\n按照市统计局统计，今年上半年我市GDP增速为5%，主城都市区GDP增速为5.2%。\n"
        "在全市各区县中，有22个区县的上半年GDP增速“跑赢”全市增速。其中，渝北和长寿增速超过或达到7%；"
        "大渡口、九龙坡、南岸、北碚等区县的增速均在6%及以上。\n来源：重庆日报"
    )
    regions = {(r, v) for r, v, *_ in _regions(tmp_path, text)}
    assert {("重庆市", 5), ("重庆市", 5.2), ("重庆市", 22), ("渝北区", 7), ("大渡口区", 6)} <= regions


def test_a_county_news_piece_naming_neighbours_stays_the_countys(tmp_path: Path):
    # https://m.bjx.com.cn/mnews/20150928/667960.shtml
    text = (
        "瓜州县地处甘肃省河西走廊西端，东连石油城玉门市，西接旅游名城敦煌市，南北与肃北蒙古族自治县毗邻，"
        "西北与新疆哈密市相接。\n张立东介绍，近年来，瓜州县全县经济和社会各项事业保持了良好的发展势头。"
        "近年来，全县先后入驻风电企业21家，建成风电场33个，总装机618万千瓦，实现销售收入160亿元。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"瓜州县"}


def _by_value(tmp_path: Path, text: str) -> dict[float, str]:
    return {value: region for region, value, _, _ in _regions(tmp_path, text)}


def test_a_sentence_going_on_about_the_zone_just_named_stays_the_zones(tmp_path: Path):
    # http://www.shannonangel.com/news/show-156860.html (a round-up of national high-tech zones)
    text = (
        "近日,不少国家高新区陆续公布了今年前三季度经济运行情况。\n"
        "根据区县生产总值统一核算结果,前三季度济南高新区生产总值(GDP)实现1106.8亿元,同比增长12.9%,"
        "增速居济南市第二位。其中,第一产业增加值实现3.0亿元,同比增长5.8%;第二产业增加值实现519.8亿元,"
        "同比增长13.5%。\n"
        "威海高新区前三季度经济延续了平稳向好的增长态势。初步核算,前三季度,该区地区生产总值同比增长9.2%。\n"
    )
    regions = _by_value(tmp_path, text)
    jinan, weihai = "济南高新技术产业开发区", "威海火炬高技术产业开发区"
    assert [regions[v] for v in (1106.8, 3.0, 5.8, 519.8, 13.5)] == [jinan] * 5
    assert regions[9.2] == weihai


def test_a_clause_after_a_semicolon_is_a_new_item_not_the_zones(tmp_path: Path):
    # The form of tests/unseen u07: `浏阳经开区…10.3%; 三大产业产值增长12.4%` lists the city's figures.
    text = (
        "浏阳市一季度经济运行情况\n"
        "一季度, 浏阳规模工业增加值增长 7.9%; 浏阳经开区完成规模工业总产值 412 亿元, 同比增长 10.3%; "
        "生物医药三大产业产值增长 12.4%。全市新增规模工业企业 23 家。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[412] == regions[10.3] == "浏阳经济技术开发区"
    assert regions[12.4] == regions[23] == "浏阳市"


def test_a_county_a_text_only_says_it_has_overtaken_is_not_the_texts(tmp_path: Path):
    # https://hefei.baogaosu.com/xinwen/…/22899747 (a county's mid-year report that says only `我县`)
    text = (
        "转型升级显成效 经济运行稳中有升\n"
        "今年上半年,我县经济发展保持健康发展良好态势。上半年全县实现地区生产总值200亿元,同比增长10.2%。"
        "战略性新兴产业总产值达143.5亿元,在市属五县(市)中,总量首次超过肥东县,跃居第一。\n"
    )
    assert "肥东县" not in {r for r, *_ in _regions(tmp_path, text)}


def test_the_county_visitors_come_from_is_not_the_hosts(tmp_path: Path):
    # http://m.floorcoveringcontractor.com/szxw1472/p/482903.html (traditional script)
    text = (
        "本報訊(記者 王吉東) 8月13日,濱州市惠民縣縣委副書記、縣長李守江帶領黨政考察團來我縣考察經濟社會發展情況。\n"
        "縣委書記景文新介紹了我縣情況,他說,今年以來,臨邑縣堅持以科學發展為指導,各項主要經濟指標位居德州市前列。"
        "全縣新上項目52個。希望臨邑、惠民加強交流合作。\n"
        "通過聽取介紹和實地考察,惠民縣黨政考察團對我縣經濟社會發展取得的成績給予高度評價。\n"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"临邑县"}


def test_visitors_leave_the_former_county_its_own_text(tmp_path: Path):
    # https://bbs.lygdn.com/article-2258-1.html (赣榆县, a district of 连云港 since 2014)
    text = (
        "4日,由山东诸城市委常委、副市长刘作勋带队的参观考察团来赣榆县参观学习现代农业园区。"
        "山东诸城市考察团重点参观了赣榆县四季田园现代农业示范区。近年来,赣榆县不断创新农业发展模式。"
        "目前,赣榆县共有省级农业园区2个、县级农业园区4个。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"赣榆县"}


def test_where_investors_come_from_is_not_the_place_of_their_figures(tmp_path: Path):
    # https://300zi.50zi.cn/show/16/916/71rGN6vEAQ.html
    text = (
        "江西抚州黎川:现代农业示范区建设扎实推进\n"
        "今年以来,江西抚州黎川县农业部门加大了现代农业示范区建设。引进台商林秀萤投资1500万元发展黄花菜基地1000亩。"
        "南昌客商杜宏图投资5000万元在县农场创建农业科技园,核心示范区1000亩,辐射区域达10000亩,一期工程已投入1500万元。"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"黎川县"}


def test_a_universitys_name_is_not_the_city_of_a_zones_text(tmp_path: Path):
    # http://www.bentong.net/sjpdwx/zh/gaoxin/32904.html (珠海高新区, traditional script)
    text = (
        "11月5日,高新區召開2020年前三季度經濟形勢分析會。\n"
        "會議指出,高新區前三季度地區生產總值達205.1億元、同比增長5.0%,增速躍升全市第一。\n"
        "從支撐來看,高新區前三季度固定資產投資增長27.0%;中山大學珠海校區擴建工程已基本完成。\n"
    )
    regions = {r for r, *_ in _regions(tmp_path, text)}
    assert regions and all(r.startswith("珠海") for r in regions)


def test_a_round_up_in_the_citys_voice_gives_the_city_its_totals(tmp_path: Path):
    # https://yaliqi.com/new/1ee1fb9ea553486c93cbdc0e58952afb (龙岩's counties, each with its figure in brackets)
    text = (
        "据龙岩市统计局最新数据发布:前三季度,全市实现地区生产总值(GDP)2523.31亿元,同比增长4.7%。\n"
        "那么,其下辖各县(市、区)经济运行成色又各自如何呢?\n"
        "新罗区(876.45亿元 同比增长5.1%下同)、上杭县(415.94亿元 4.8%)、长汀县(268.93亿元 4.6%)、"
        "永定区(253.07亿元 5.3%)、漳平市(240.96亿元 4.6%)、武平县(235.82亿元 4.5%)、连城县(232.14亿元 2.6%)。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[2523.31] == regions[4.7] == "龙岩市"
    assert [regions[v] for v in (876.45, 415.94, 268.93, 253.07)] == ["新罗区", "上杭县", "长汀县", "永定区"]


def test_figures_listed_respectively_go_to_the_places_in_the_same_order(tmp_path: Path):
    # http://lfxww.peaapk.com/lfsq/67692.html (临汾's counties)
    text = (
        "上半年临汾县域经济发展情况浅析\n"
        "上半年全市县域经济总量继续攀升。17个县(市、区)经济总量合计达到420亿元,增长了20.9%。"
        "翼城、乡宁、浮山、曲沃分别增长49.8%、36.9%、27%和26.1%。\n"
        "上半年全市7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、尧都区(16.9%)、翼城县(11.9%)、襄汾县(10%),"
        "对全市GDP拉动力分别为6.0、4.3、3.0和2.5个百分点。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[420] == regions[20.9] == "临汾市"
    assert [regions[v] for v in (49.8, 36.9, 27, 26.1)] == ["翼城县", "乡宁县", "浮山县", "曲沃县"]
    assert [regions[v] for v in (23.9, 16.9, 11.9)] == ["洪洞县", "尧都区", "翼城县"]
    assert [regions[v] for v in (6.0, 4.3, 3.0, 2.5)] == ["洪洞县", "尧都区", "翼城县", "襄汾县"]


def test_a_ranking_lead_before_a_county_leaves_the_county_its_figure(tmp_path: Path):
    # https://epaper.qlwb.com.cn/qlwb/content/20150417/ArticelN05005FM.htm (德州's counties)
    text = (
        "本报4月16日讯(记者 徐良) 德州县域经济占全市地区生产总值近九成,但各县市区发展极为不平衡。\n"
        "从GDP总量看,只有齐河县超过400亿元,遥遥领先其他县域。最低的庆云县仅达147.1亿元。\n"
        "从地方公共财政收入看,只有齐河县超过20亿元,达25.6亿元。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[400] == regions[25.6] == "齐河县"
    assert regions[147.1] == "庆云县"


def test_a_one_character_county_counts_as_an_item_of_a_list(tmp_path: Path):
    # http://lfxww.peaapk.com/lfsq/67692.html (古县 of 临汾), http://acenettech.com.cn/html/jingji/8530.html (费县)
    text = (
        "上半年临汾县域经济发展情况浅析\n"
        "上半年全市县域经济总量继续攀升。经济总量排在前十位的县市分别是尧都区、洪洞县、襄汾县、翼城县、曲沃县、"
        "侯马市、霍州市、乡宁县、古县和安泽县,分别占全市比重的22.9%、13.4%、12.0%、7.2%、7.1%、6.8%、6.7%、5.1%、"
        "4.8%和4.0%。\n"
    )
    regions = _by_value(tmp_path, text)
    assert [regions[v] for v in (22.9, 5.1, 4.8, 4.0)] == ["尧都区", "乡宁县", "古县", "安泽县"]


def test_an_airport_named_after_its_city_leaves_the_districts_figures_to_the_district(tmp_path: Path):
    # https://m.mp.oeeee.com/a/BAAFRD000020210806530105.html (珠海机场 is in 金湾区)
    text = (
        "南都讯 金湾区上半年实现地区生产总值361.36亿元,同比增长13.6%。8月6日下午,珠海市金湾区召开了新闻发布会。\n"
        "全区累计完成一般公共预算收入23.61亿元,同比增长13.8%;珠海机场完成旅客吞吐量460.70万人次,同比增长95.9%。\n"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"金湾区"}


def test_a_citys_zone_named_by_its_kind_in_the_citys_round_up_is_the_zones(tmp_path: Path):
    # http://www.0356sh.com/news/20120817/505.html (晋城: its national development zone, then its counties)
    text = (
        "晋城市固定资产投资增速也是全省第一\n"
        "上半年,我市固定资产投资增势强劲,累计完成投资202.3亿元,同比增长34.6%。\n"
        "同时,各县(市、区)、开发区投资增速逐步趋于平衡,其中,开发区完成投资12.6亿元,同比增长52.2%;"
        "阳城县完成投资25.3亿元,增长36.9%;沁水县完成投资26.6亿元,增长35.8%;高平市完成投资43.2亿元,增长35.7%;"
        "泽州县完成投资34.3亿元,增长34.9%;城区和陵川县分别完成投资47.2和11.1亿元,增长33.4%。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[202.3] == "晋城市"
    assert regions[12.6] == regions[52.2] == "晋城经济技术开发区"
    assert (regions[25.3], regions[47.2], regions[11.1]) == ("阳城县", "城区", "陵川县")


def test_a_zones_news_under_its_citys_paper_is_the_zones(tmp_path: Path):
    # http://m.zjsychem.com/news/xmnews/cjdc/2020-10-31/2442283.html (厦门日报 reports on 火炬高新区)
    text = (
        "臺海網10月31日訊 據廈門日報報道 日前,廈門市前三季度經濟運行情況發布,第三季度“加快高質量發展”競賽活動成績單"
        "也隨之出爐,廈門火炬高新區管委會以總分91.9分拔得頭籌。\n"
        "今年前三季度高新區累計完成規上工業總產值2210.9億元,同比增長4.3%;累計完成全社會固投205.2億元,同比增長11.8%。"
        "隨著新發展格局加速構建,園區主導產業增長明顯。集成電路產業實現產值166.1億元,同比增長10.9%。\n"
        "今年以來,火炬高新區深入貫徹落實市委、市政府部署要求,奮力推動全方位高質量發展超越。(通訊員 管軒)\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[2210.9] == regions[205.2] == regions[166.1] == "厦门火炬高技术产业开发区"


def test_a_municipalitys_zones_at_large_are_no_county_citys_zone(tmp_path: Path):
    # http://me-long.cn/article-17454-43799.html (天津市開發區 holds 津市, a county-level city of 常德)
    text = (
        "天津經開區斬獲三個第一!2022年天津市開發區綜合發展水平評價結果公布\n"
        "近日,市商務局公布2022年天津市開發區綜合發展水平評價結果,本次綜合發展水平評價共16家開發區參評,"
        "天津經開區在參評開發區進出口總額等三項評估中均排名第一。\n"
        "2021年,全部參評開發區實際使用外資同比增長13.9%,占全市比重為85.2%。\n"
    )
    records = _regions(tmp_path, text)
    # the municipality's zones at large (`共16家开发区参评`, `占全市比重为85.2%`) are 天津's; its 经开区 is its own
    assert records and all(region in ("天津市", "天津经济技术开发区") for region, _, _, _ in records)
    assert {region for region, value, _, _ in records if value in (16, 85.2)} == {"天津市"}


def test_a_citys_district_named_by_its_kind_after_a_year_opens_its_sentence(tmp_path: Path):
    # https://gj.aizhan.com/gdp/city-distinct-gdp-ranking-330-2006.html (晋城's 城区 among its counties)
    text = (
        "2006年泽州县GDP(国内生产总值)为83.36亿元,在晋城下辖地区中排第一名;2006年高平市GDP为74.77亿元,"
        "在晋城下辖地区中排第二名;2006年城区GDP为67.78亿元,在晋城下辖地区中排第四名;"
        "2006年沁水县GDP为49.08亿元,在晋城下辖地区中排第五名。"
    )
    regions = _by_value(tmp_path, text)
    assert (regions[74.77], regions[67.78], regions[49.08]) == ("高平市", "城区", "沁水县")


def test_a_district_called_by_its_kind_in_prose_stays_the_town_centre(tmp_path: Path):
    text = "2023年,晋城市泽州县实现地区生产总值300亿元。主城区建成区面积达到60平方公里,高平市完成投资40亿元。"
    regions = _by_value(tmp_path, text)
    assert regions[60] != "城区"


def test_a_provinces_profile_naming_its_capital_is_not_the_capitals(tmp_path: Path):
    # http://ku51.net/area/?parentcode=140000000000 (山西省: 省会太原 only says what the capital is)
    text = (
        "山西,简称“晋”,中华人民共和国省级行政区,省会太原,位于中国华北,总面积15.67万平方千米。2019年,山西省共辖11个"
        "地级市,常住人口3729.22万人,实现地区生产总值(GDP)17026.68亿元,人均地区生产总值45724元。"
    )
    assert "太原市" not in {r for r, *_ in _regions(tmp_path, text)}


def test_a_countys_short_name_and_its_suffix_are_not_a_former_county_inside_it(tmp_path: Path):
    # https://hn.rednet.cn/m/content/646846/63/13583335.html (江华县委书记 holds 华县, 华州区's former name)
    text = (
        "红网时刻新闻2月29日讯 2月26日上午,江华2024年第一次重大项目集中开工签约仪式在江华高新区举行。\n"
        "江华县委书记段贵建宣布开工。\n江华县委副书记、县长吴军臣致辞。\n"
        "此次开工签约仪式,共有8个项目开工,总投资28.59亿元,签约10个项目,总投资16.8亿元。\n"
    )
    assert {r for r, *_ in _regions(tmp_path, text)} == {"江华瑶族自治县"}


def test_a_figure_written_right_after_a_countys_name_is_that_countys(tmp_path: Path):
    # http://lfxww.peaapk.com/lfsq/67692.html (临汾: 浮山 named mid-sentence with its first-quarter rate)
    text = (
        "上半年临汾县域经济发展情况浅析\n"
        "增幅最低的是侯马市,同比增长1.3%,与增幅最高的蒲县相差96.4个百分点,比一季度增长率差距"
        "(增幅最高的浮山92.2%与最低的汾西县2.6%相差89.6个百分点)扩大6.8个百分点。\n"
    )
    assert _by_value(tmp_path, text)[92.2] == "浮山县"


def test_a_year_or_a_count_right_after_a_place_is_no_figure_of_its_own(tmp_path: Path):
    text = "南通市2023年主要经济指标。南通市全市实现地区生产总值11813亿元,增长5.8%,海安2个项目入选。"
    regions = _by_value(tmp_path, text)
    assert regions[11813] == "南通市"


def test_a_county_that_closes_a_figureless_lead_owns_the_rest_of_its_sentence(tmp_path: Path):
    # https://yaliqi.com/new/1ee1fb9ea553486c93cbdc0e58952afb (龙岩's counties, each described in turn)
    text = (
        "据龙岩市统计局最新数据发布:前三季度,全市实现地区生产总值(GDP)2523.31亿元,同比增长4.7%。\n"
        "新罗区作为全市的政治、经济、文化中心,也是市政府所在地,其经济实力自然不可小觑。\n"
        "上杭县以415.94亿元依旧排在第二位,虽然自成一档,但总量却不及榜首的一半多,两者差值达到460.51亿元。\n"
        "上半年以微弱优势占据第三的长汀县,前三季度GDP总量完成268.93亿元,高出紧随其后的永定区15.86亿元,"
        "彼此相互胶着的状态被逐渐拉开,长汀县第三的位置得以不断巩固。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[2523.31] == "龙岩市"
    assert regions[268.93] == regions[15.86] == "长汀县"


def test_a_closing_countys_sentence_stops_at_a_phrase_naming_another(tmp_path: Path):
    # http://lfxww.peaapk.com/lfsq/67692.html (the spread between two other counties is no figure of 侯马's)
    text = (
        "上半年临汾县域经济发展情况浅析\n"
        "上半年全市多数县市经济呈两位数增长态势。增幅最高的蒲县,同比增长97.7%;其次是洪洞县,同比增长55.1%;"
        "翼城、乡宁、浮山、曲沃分别增长49.8%、36.9%、27%和26.1%。增幅最低的是侯马市,同比增长1.3%,与增幅最高的蒲县相差96.4个百分点,比一季度增长率差距"
        "(增幅最高的浮山92.2%与最低的汾西县2.6%相差89.6个百分点)扩大6.8个百分点。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[96.4] == regions[6.8] == "临汾市"


def test_a_county_described_in_its_citys_round_up_owns_the_figures_that_follow(tmp_path: Path):
    # https://yaliqi.com/new/1ee1fb9ea553486c93cbdc0e58952afb (新罗区 described, then its figures)
    text = (
        "据龙岩市统计局最新数据发布:前三季度,全市实现地区生产总值(GDP)2523.31亿元,同比增长4.7%。\n"
        "新罗区作为全市的政治、经济、文化中心,也是市政府所在地,其经济实力自然不可小觑。前三季度GDP总量完成"
        "876.45亿元,仍是全市唯一一个超500亿元的县(市、区),继续保持首位。\n"
        "上杭县以415.94亿元依旧排在第二位,两者差值达到460.51亿元。\n"
        "上半年以微弱优势占据第三的长汀县,前三季度GDP总量完成268.93亿元,高出紧随其后的永定区15.86亿元。\n"
    )
    regions = _by_value(tmp_path, text)
    assert regions[2523.31] == "龙岩市"
    assert regions[876.45] == "新罗区"


def test_a_city_leader_visiting_a_county_gives_the_city_no_figure_of_the_county(tmp_path: Path):
    text = "海安市上半年经济运行情况\n南通市委书记来海安调研。上半年,全市新增企业120家。海安市地区生产总值增长6.2%。"
    assert "南通市" not in {r for r, *_ in _regions(tmp_path, text)}


def test_a_city_it_outgrows_is_not_the_texts_own(tmp_path: Path):
    # https://m.macharness.com/gongkai/show/c7037531a2734e30ab5c076c98c0ac12.html (a city's text naming only 泸州)
    text = (
        "上半年全市实现地区生产总值(GDP)407.43亿元,增长13.3%,比上年同期提高3.9个百分点。增速继续保持全省第一,"
        "比第二位的泸州市(增12.1%)快1.2个百分点,比全国快6.3个百分点,比全省快5.3个百分点。"
    )
    assert _by_value(tmp_path, text).get(407.43) != "泸州市"


def test_a_bonded_port_area_named_after_its_district_is_a_zone_of_its_own(tmp_path: Path):
    # http://taihainet.com/news/xmnews/gqbd/2014-12-31/1352444.html (厦门海沧保税港区)
    text = (
        "台海网12月31日讯(海峡导报记者 香卉辉 通讯员 张洪)导报记者日前从厦门海关获悉,厦门海沧保税港区正式封关运作四周年"
        "之际,其今年进出口集装箱数首次突破300万标箱大关,达到 311.03万标箱,同比增长15.6%,已超去年297.6万标箱的全年总箱数。\n"
        "厦门海关数据显示,截至12月10日,今年以来海沧保税港区共进口集装箱159.4万标准箱,同比增长20.25%。\n"
    )
    records = _regions(tmp_path, text)
    assert records and {(r, c) for r, _, _, c in records if r != "厦门市"} == {("海沧保税港区", "厦门市")}
    assert _by_value(tmp_path, text)[311.03] == "海沧保税港区"


def test_a_provinces_parks_at_large_are_no_citys(tmp_path: Path):
    # https://shuzhiren.com/post/10737.html (海南's key parks, filed from 海口)
    text = (
        "海南自贸港重点园区去年累计实现营业收入18246亿元\n"
        "本报海口2月9日电(记者孙海天)据悉,2022年海南自贸港重点园区累计完成固定资产投资1261.48亿元,同比增长6.6%;"
        "累计实现营业收入18246.43亿元,同比增长31.6%。“2022年,重点园区实现税收收入700.32亿元,占全省税收收入的比重为"
        "53.6%,园区持续为全省贡献一半以上税收。”海南省统计监测中心主任陈靖璇介绍。其中洋浦经济开发区、海南生态软件园、"
        "海口复兴城互联网信息产业园3个园区合计实现税收收入487.94亿元。在营业收入方面,2022年海南全省营业收入超千亿元的园区"
        "5个,分别是洋浦经济开发区、海口江东新区、海南生态软件园、海口复兴城互联网信息产业园、海口综合保税区。\n"
    )
    assert "海口市" not in {r for r, *_ in _regions(tmp_path, text)}


def test_a_zone_reported_by_its_provinces_paper_stays_the_zones(tmp_path: Path):
    # (r34 of the real corpus: 四川经济网广安讯 over 广安经开区's own meeting)
    text = (
        "笃行不怠开新局 广安经开区“新春第一会”发力高质量发展\n稿件来源: 四川经济网\n"
        "四川经济网广安讯(记者 何金委)2月18日,广安经开区召开2024年高质量发展大会。\n"
        "经济增长拼出新成效。地区生产总值增长8%,比全省、全市分别高2、1.4个百分点。\n"
    )
    assert _by_value(tmp_path, text)[8] == "广安经济技术开发区"


def test_a_zone_named_after_its_province_is_a_zone_of_the_city_it_lies_in(tmp_path: Path):
    # https://yhhmip.com/system/2019/07/28/030140649.shtml (山西綜改示范區(太原區域), traditional script)
    text = (
        "7月26日,山西綜改示范區(太原區域)(以下省去“太原區域”)經濟“半年報”出爐,完成地區生產總值230.46億元,"
        "同比增長14.1%。綜改區上半年14.1%的增長,來自于經濟領域各要素的共同集聚。1月到6月,山西綜改示范區規模以上"
        "工業企業130家。實現工業總產值595.85億元,增長10.23%。"
    )
    regions = _regions(tmp_path, text)
    assert regions and {(r, c) for r, _, _, c in regions} == {("山西综改示范区", "太原市")}


def test_a_county_citys_zone_news_titled_by_its_kind_is_the_zones(tmp_path: Path):
    # https://tcxq.investchn.com/news/detail/id/16119.html (太仓日报 on 太仓's 高新区)
    text = (
        "高新区发展态势良好 主要经济指标实现“双过半”\n发布时间:2018-08-10 来源:太仓日报\n"
        "8月3日,高新区召开党工委扩大会议暨2018年半年度工作会议。记者从会上获悉,上半年,高新区主要经济指标实现稳健增长。\n"
        "今年上半年,全区完成全口径财政税收收入68.46亿元,增长13.3%;工业总产值483.1亿元,增长6.6%。\n"
        "高新区相关负责人表示,高新区将以思想大解放之勇争高质量发展之先。(记者 戴周华)\n"
    )
    regions = _regions(tmp_path, text)
    assert regions and {(r, c) for r, _, _, c in regions} == {("太仓高新技术产业开发区", "苏州市")}


def test_a_chamber_of_commerce_named_after_a_city_is_not_the_texts_city(tmp_path: Path):
    # https://159sucan.com/ShowInfo.aspx?id=112369 (平和's park; 厦门平和商会 is its investors' club in 厦门)
    text = (
        "平和:科技產業園區簽約16個項目\n本報訊(黃水成 童桂賢)近日,筆者從平和相關部門了解到,截至當前,平和科技產業園已成功"
        "簽約項目16個,總投資125.3億元。平和全力推進園區招商引資工作,現已有廈門平和商會創業園、德健溫泉大酒店等一批超10億元"
        "的大項目相繼落地建設。"
    )
    assert "厦门市" not in {r for r, *_ in _regions(tmp_path, text)}


def test_a_leagues_own_round_up_of_its_parks_is_the_leagues(tmp_path: Path):
    # https://m.wenshujun.com/diaoyanbaogao/yk5k5o.html (锡林郭勒盟 speaking as 我盟, 全盟)
    text = (
        "全盟工业园区建设发展的调研报告\n我盟全力推进工业园区建设,到目前全盟共建设了12个工业园区。\n"
        "截止目前,全盟现有各类工业开发区(园区)12个,总规划面积381.9平方公里,已开发建设面积88.87平方公里。"
        "锡林郭勒经济技术开发区和白音华工业园区为自治区政府批复的自治区级工业园区。12个工业园区中列入自治区循环经济试点"
        "示范园区有4个:锡林郭勒经济技术开发区、白音华工业园区、乌里雅斯太工业园区和多伦工业园区。\n"
    )
    assert _by_value(tmp_path, text)[381.9] == "锡林郭勒盟"
