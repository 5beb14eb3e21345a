"""Which place a figure belongs to in texts naming several places: cities' round-ups of their counties and zones,
zones' texts about their city's zones, county-level cities' news of their towns (addresses in each test)."""

from tests.ingest_helpers import records, regions

CHONGQING_RACE = (
    # http://www.cqdsrb.com.cn/article-43817-1.html (重庆's investment ranking, Q3: the city's totals, its districts,
    # 两江新区 and 重庆高新区 named in lists)
    "10月26日,市招商投资局发布今年三季度重庆招商投资“赛马榜”,通过一个综合榜、五个单项榜对三季度各区县招商引资成效"
    "进行分类排名。榜单显示,今年前三季度,全市新开工项目1491个,资金到位额3709亿元。 重大项目开工榜方面,"
    "两江新区、大渡口区、永川区、南川区、綦江区、大足区、云阳县和奉节县分别上榜1个项目。 重大项目投资榜显示,"
    "三季度全市到位资金1370亿元。两江新区、长寿区上榜2个项目,江北区、九龙坡区、合川区、铜梁区、万州区和忠县分别上榜"
    "1个项目。 外资引资榜显示,1—8月,全市实际使用外资38439万美元。渝北区、沙坪坝区、北碚区位列榜单前\n"
)


def test_a_citys_round_up_is_the_citys_though_it_names_one_zone_most():
    # `两江新区` is named three times, each district once: the text is the city's, its `全市` figures the city's
    found = records(CHONGQING_RACE)
    assert set(regions(found, 1491, 3709, 1370).values()) == {"重庆市"}


def test_a_city_wide_sentence_after_leads_does_not_go_on_about_the_county_before_it():
    # `外资引资榜显示,1—8月,全市实际使用外资…`: two leads before `全市`, after a sentence about 江北区…忠县
    assert regions(records(CHONGQING_RACE), 38439) == {38439: "重庆市"}


def test_one_figure_after_a_list_of_zones_and_districts_is_each_ones():
    # `两江新区、大渡口区…和奉节县分别上榜1个项目`: a zone opens the list; every listed place gets its own record
    found = records(CHONGQING_RACE)
    ones = {r.region for r in found if r.value == 1 and "大渡口区" in r.text}
    assert ones == {"重庆两江新区", "大渡口区", "永川区", "南川区", "綦江区", "大足区", "云阳县", "奉节县"}


def test_a_figure_shared_by_districts_closed_by_their_kind_is_each_ones():
    # http://www.qj023.com/thread-2208983-1-1.html (重庆日报, H1 growth of the districts; the clause as the brief
    # quotes it): `永川、南川、万盛经开区、璧山…等区县的增速在5%及以上`, no `均`, and a zone the list of zones lacks
    text = (
        "按照市统计局统计，今年上半年我市GDP增速为5%。\n"
        "在全市各区县中，有22个区县的上半年GDP增速“跑赢”全市增速。其中，大渡口、九龙坡、南岸、北碚等区县的增速均在"
        "6%及以上；永川、南川、万盛经开区、璧山、荣昌、城口、丰都、巫溪、黔江等区县的增速在5%及以上。\n来源：重庆日报"
    )
    found = records(text)
    fives = {r.region for r in found if r.value == 5 and "永川" in r.text}
    assert fives == {"永川区", "南川区", "璧山区", "荣昌区", "城口县", "丰都县", "巫溪县", "黔江区"}
    assert {r.region for r in found if r.value == 6} == {"大渡口区", "九龙坡区", "南岸区", "北碚区"}


def test_a_citys_name_before_its_zones_opens_the_zone():
    # https://news.pedaily.cn/202110/480178.shtml (national new areas, 1-9月): `南京江北新区新签约…` is the zone's
    text = (
        "今年以来,各新区围绕优势领域、主导产业加大产业链布局和招商引资力度,取得积极进展。1—9月,多数新区固定资产投资、"
        "规上工业总产值实现两位数增长,其中广州南沙新区固定资产投资同比增长31.8%。重大项目加速签约落地,"
        "南京江北新区新签约亿元以上项目649个,协议投资总额约3600亿元;天津滨海新区引进5000万元以上项目超过841个。\n"
    )
    found = records(text)
    assert regions(found, 649, 3600) == {649: "南京江北新区", 3600: "南京江北新区"}
    assert regions(found, 31.8) == {31.8: "广州南沙新区"}


def test_a_citys_text_about_its_zones_gives_the_group_figures_to_the_city():
    # http://shaoxing.021cf.cn/index.php/post/3134.html (绍兴's three national zones ranked): the bare `国家级经开区`
    # is any or all of them, not the one zone found first
    text = (
        "国家级经开区“国考”成绩揭晓绍兴3个开发区交出高分报表\n"
        "商务部近日公布2020年度全国218家国家级经济技术开发区综合发展水平考核评价排名,我市袍江经济技术开发区、"
        "柯桥经济技术开发区和杭州湾上虞经济技术开发区3个国家级经开区考评排名全面突进、大幅跃升。\n"
        "在全省21个国家级经开区中,我市3个国家级经开区“国考”整体进步全省头部,平均排名位次前移46.3位。\n"
        "总体来说,我市3个国家级经开区总体上呈现总量扩大、结构优化的良好发展态势。\n"
    )
    assert regions(records(text), 46.3) == {46.3: "绍兴市"}


def test_a_county_level_citys_news_of_its_towns_is_that_citys():
    # http://m.yyykp.com/nanan/news/939858.html (南安, traditional script): `我市…4个泉州市级试点镇中,侖蒼鎮、梅山鎮…`
    # names only its prefecture (as a level, 市级) and its towns
    text = (
        "昨日,記者從市小城鎮辦獲悉,截至6月底,我市198個小城鎮建設項目累計完成投資42.85億元,完成年度計劃投資的61.36%。\n"
        "其中,1個省級試點鎮-水頭鎮已完成投資24.71億元,完成年度計劃投資的58.64%;4個泉州市級試點鎮中,侖蒼鎮、梅山鎮、"
        "羅東鎮、洪瀨鎮分別完成投資7.83億元、1.87億元、5.23億元、3.21億元。(記者 唐莉洪)\n"
    )
    assert set(regions(records(text), 42.85, 24.71, 7.83).values()) == {"南安市"}


def test_a_place_the_text_measures_itself_against_is_not_its_own():
    # https://sz-yuerui.com/info/detail-d39136.htm (a 浙江 city's H1 industry, traditional script; the city is not
    # named): `仅低于第一位的宁波市1个百分点,低于第二位的嘉兴市0.3个百分点`
    text = (
        "7月9日,記者從有關部門獲悉:今年上半年,我市規模以上工業累計完成工業總產值479.85億元,同比增長38.3%,"
        "增速位居全省第三位,僅低于第一位的寧波市1個百分點,低于第二位的嘉興市0.3個百分點。\n"
        "上半年,我市工業生產快速增長的同時,銷售形勢依然良好,實現銷售產值461.09億元,同比增長38.3%。\n"
    )
    assert "宁波市" not in {r.region for r in records(text)}


def test_a_county_named_in_a_text_that_speaks_as_its_city_is_a_part():
    # http://m.vtrackmedia.com/news/pt/2064460.html (莆田, traditional script): 仙游县 is named only in projects'
    # names; `我市…集中開工96個` is the city's
    text = (
        "記者從市發改委、重點辦獲悉,今日,我市召開加快美麗莆田建設項目推進會,集中開工96個、竣工79個重點項目,"
        "總投資927.6億元。\n集中開工項目中,總投資5億元以上的項目有21個,包括仙遊縣綠色纖維生產、仙遊縣手機配件生產、"
        "湄洲灣職業技術學院遷建工程(二期)等項目。\n"
    )
    assert set(regions(records(text), 96, 927.6, 21).values()) == {"莆田市"}


def test_a_district_named_once_in_brackets_in_a_citys_text_is_a_part():
    # https://qingdaonews.com/content/2003-07/15/content_1693267.htm (青岛, 2003): `我市市郊…市郊五市一区(城阳)`
    # https://m.52fuqing.com/newsshow-356882.html (龙岩): `在新罗区白沙镇…今年我市…` (same rule)
    text = (
        "本报讯今年上半年,我市市郊工业企业加快发展壮大,为上半年全市工业经济实现快速增长做出重要贡献。\n"
        "据统计,今年上半年,市郊五市一区(城阳)规模以上工业企业达到1608户,累计完成工业总产值515.99亿元,"
        "比去年同期增长30.3%,高于全市工业平均增幅8.2个百分点。\n"
    )
    assert set(regions(records(text), 1608, 515.99).values()) == {"青岛市"}
    text = (
        "我市计划投4.5亿 实施33个小城镇综合改革试点\n"
        "闽西新闻网讯(记者 林永清)7日,在新罗区白沙镇,记者看到,该镇今年打造的九龙江源头主题文化公园正如火如荼地建设中。\n"
        "记者从市发改委获悉,今年我市宜居环境建设行动计划小城镇综合改革试点项目共有33个,项目总投资45452万元。\n"
    )
    assert regions(records(text), 45452) == {45452: "龙岩市"}


def test_a_county_that_speaks_as_itself_keeps_its_figures_beside_the_citys_scale():
    # the guard of the rule above: `该县…居全市第一` (r64 漳浦 in dev5) is the county's own voice
    text = (
        "漳浦县今年以来招商引资成效明显。今年以来,该县共进行155场外出招商引资活动,签约项目25个。"
        "完成固定资产投资238.5亿元,总量居全市第一。\n"
    )
    assert set(regions(records(text), 155, 238.5).values()) == {"漳浦县"}


def test_a_city_named_as_the_scale_of_a_rank_does_not_end_a_countys_paragraph():
    # https://szb.gansudaily.com.cn/gsrb/pc/con/202305/24/c88001.html (武威's counties, 2022): each paragraph opens
    # with a county; `增速位居武威市第一`, `居武威市第二位` rank it on its city's scale, they name no other place
    text = (
        "本报武威讯(新甘肃·甘肃日报记者金奉乾)日前,武威市凉州区、古浪县、天祝县被省政府评定为2022年县域经济发展进步县。\n"
        "古浪县围绕农业优先型和工业主导型发展方向,精准落实稳经济一揽子政策措施,2022年,实现生产总值80.9亿元、增长6.5%。"
        "固定资产投资增长21.1%,增速位居武威市第一;招商引资到位资金增长31.89%,增速位居武威市第一。\n"
        "天祝县牢牢把握“三新一高”导向,持续优化发展环境。2022年,全县经济总量达到71.1亿元,迈上了新台阶,"
        "地区生产总值增长8.2%,居武威市第二位。\n"
    )
    found = records(text)
    assert set(regions(found, 80.9, 21.1, 31.89).values()) == {"古浪县"}
    assert set(regions(found, 71.1, 8.2).values()) == {"天祝藏族自治县"}
