"""Place rules found on fresh real pages (place7's pass); each test quotes its page."""

from tests.ingest_helpers import records, regions

# http://news.cnnb.com.cn/system/2011/05/24/006943864.shtml (宁波's paper, 2011): an unnamed county's exports,
# measured against two other counties of its city by their short forms
_EXPORTS = (
    "县外经贸局昨日发布消息,今年1至4月份,全县外贸进出口总额达6.93亿美元,同比增长46.6%。进出口总额创下历史新高。\n"
    "“我县前四月进出口增幅高于全市22个百分点、全国18个百分点(全国增28.5%、全市增24.2%),并位列宁波14个县(市)区"
    "(包括保税区、开发区、高新区)之首。在南三县中,进出口总量分别高于奉化、宁海1.13亿美元和0.03亿美元,增幅高于奉化"
    "34个百分点、宁海27个百分点。”县外经贸局有关负责人介绍,今年以来,我县外贸进出口实现开门红。\n"
)


def test_counties_a_county_beats_by_a_margin_are_not_its_place():
    # 奉化 and 宁海 are what the county measures itself against: none of its figures is theirs (the county itself
    # goes unnamed, so the text has no place)
    found = records(_EXPORTS)
    assert not {r.region for r in found} & {"奉化区", "宁海县"}


def test_the_margins_over_listed_counties_are_not_those_counties_figures():
    text = _EXPORTS.replace("县外经贸局昨日", "象山县外经贸局昨日")
    found = records(text)
    assert set(regions(found, 6.93, 1.13, 0.03, 27).values()) == {"象山县"}


# http://tjj.gzz.gov.cn/gzztjj/tjfx/202011/985fc86814fa48639040d655f40a79b3.shtml (甘孜州统计局, 2020): the
# prefecture's own round-up (`全州`) that pairs its counties with their growth
_PREFECTURE = (
    "(一)工业生产持续增长。10月份,全州规模以上工业增加值同比增长9.7%,比9月回落3.5个百分点。\n"
    "二是县域工业发展较好。1-10月,12个有规模以上工业县(市)中,10个县(市)实现正增长,比1-9月增加1个;雅江(15.3%)、"
    "泸定(13.4%)、丹巴(13%)和康定(11.2%)4个县(市)增速高于全州平均水平。甘孜(-48.1%)和理塘(-21.9%)两县负增长。\n"
    "(二)投资增速持续加快。10月份,全社会固定资产投资同比增长5.9%,比9月(21.4%)回落15.5个百分点。\n"
)


def test_a_prefectures_round_up_of_its_counties_is_the_prefectures():
    found = records(_PREFECTURE)
    assert set(regions(found, 9.7, 5.9).values()) == {"甘孜藏族自治州"}
    assert regions(found, 15.3, 13.4, -21.9) == {15.3: "雅江县", 13.4: "泸定县", -21.9: "理塘县"}


def test_a_list_of_places_each_with_its_figure_opens_no_section():
    # `雅江(15.3%)、泸定(13.4%)…4个县(市)增速高于全州平均水平`: the count of counties is the prefecture's
    found = records(_PREFECTURE)
    assert regions(found, 4) == {4: "甘孜藏族自治州"}
    assert regions(found, 15.3) == {15.3: "雅江县"}


def test_a_city_listed_among_its_own_counties_is_its_namesake_county():
    # `甘孜(-48.1%)和理塘(-21.9%)两县`: 甘孜县, not the prefecture it shares its short name with
    assert regions(records(_PREFECTURE), -48.1) == {-48.1: "甘孜县"}


def test_a_person_named_after_a_title_is_no_place():
    # http://www.zgjiajiao.cn/news-content/5724.html (仙降街道 of 瑞安市, 2016, traditional script): the party
    # secretary 金华明 is no 金华市; the text's place is 瑞安 (`我市`, `瑞安胶鞋名城`, ranked in 温州市)
    text = (
        "2016年的日歷只剩下最后薄薄的幾張了,回顧這一年,仙降街道有許多值得感懷的成績:高大上的電商園區(qū)、米修眾創(chuàng)空間落戶橫街工業(yè)區("
        "qū),帶動一方產(chǎn)業(yè)發(fā)展;集智能便捷于一體的公共服務(wù)中心全面落成,傳統(tǒng)街道正式向“智慧街道”躍進;轟轟烈烈的“大"
        "拆大整”破解瓶頸制約,進一步拓寬經(jīng)濟社會發(fā)展新空間;大刀闊斧的環(huán)境大整治,仙降環(huán)境得到了前所未有的“凈化”;稅收社會"
        "化試點工作實現(xiàn)階段性目標,截至11月,街道規(guī)下企業(yè)和個體戶國稅實際入庫7615萬元……這些漂亮的成績讓群眾嘖嘖稱贊。\n"
        "“我們所有的努力,只為讓仙降人民的幸福感一年更比一年強!”仙降街道黨工委書記金華明說。\n"
        "關(guān)鍵詞:產(chǎn)業(yè)升級??一個電商園區(qū)帶動一方經(jīng)濟發(fā)展\n"
        "仙降是“瑞安膠鞋名城”的主要生產(chǎn)基地,登記在冊的鞋類制造企業(yè)654戶、個體戶287戶,共計鞋業(yè)經(jīng)營主體941戶。\n"
        "據(jù)相關(guān)數(shù)據(jù)統(tǒng)計,截至今年11月底,我市網(wǎng)絡(luò)零售穩(wěn)步增長,累計實現(xiàn)網"
        "(wǎng)絡(luò)零售額約201億元,入圍全省網(wǎng)絡(luò)零售前10名,在溫州市排名第一,其中,仙降街道網(wǎng)售額占我市的“半壁江山"
        "”。\n"
    )
    assert set(regions(records(text), 7615, 654, 201).values()) == {"瑞安市"}


def test_a_city_named_as_the_yardstick_of_a_first_opens_no_section():
    # http://www.demannewmaterials.com/bidding/show.php?itemid=57074 (华宁县, 2015, traditional script):
    # `玉溪市首個風電項目` says the project was the city's first; the county's figures that follow stay its own
    text = (
        "9月9日,雲南省玉溪市華寧縣投資8.8億元的2個風電場建成發電。\n"
        "華寧是一個山區農業縣。玉溪市首個風電項目—中廣核磨豆山風電場於2013年底建成投運,成為中廣核集團在全國所有風電場"
        "中建成時間最快,效益最好的項目。2015年4月,計劃投資8.8億元,總裝機8.8萬千瓦的中電建大丫口、將軍山2個風電場開工"
        "建設,今年9月9日全部建成投運,使全縣建成的風電裝機總量達到13.6萬千瓦。目前該縣已與中廣核、中電投等央企簽訂了多個"
        "風電項目招商引資協議,正在進行前期工作的風電場14個,裝機容量共70.6萬千瓦。\n"
    )
    assert set(regions(records(text), 13.6, 14, 70.6).values()) == {"华宁县"}


def test_cities_that_give_aid_are_not_the_texts_place():
    # https://0809ok.com/xwzx/gnsz/gdxw/202010/17/t20201017_35900412.shtml (新华社, 2020, traditional script): the
    # four eastern cities paired with 甘肃 give the aid; the text is the province's, none of theirs
    text = (
        "新華社蘭州10月17日電(記者王朋)記者從甘肅省政府新聞發布會獲悉,近年來,天津市、山東省青島市、福建省福州市和廈門市"
        "累計向甘肅投入財政援助資金89.66億元,實施扶貧協作項目4400多個,助力甘肅貧困地區脫貧攻堅。\n"
        "天津市、山東省青島市、福建省福州市和廈門市對口支援甘肅省,在資金、項目、人才等方面開展全方位幫扶。甘肅省扶貧開發"
        "辦公室主任任燕順介紹,近三年,東部4市對甘肅的幫扶支持力度不斷加大,累計投入財政援助資金超過70億元。其中,2020年"
        "已投入30.07億元,實施扶貧項目1669個。\n"
    )
    assert not {r.region for r in records(text)} & {"天津市", "青岛市", "福州市", "厦门市"}


def test_a_county_that_receives_aid_keeps_its_place():
    # the givers are blanked, not the county that receives (a clause like `阿克陶县在江西省对口支援下`)
    text = "近年来,阿克陶县在江西省对口支援下,全县地区生产总值达到50亿元,增长8%。阿克陶县新建学校12所。\n"
    assert set(regions(records(text), 50, 12).values()) == {"阿克陶县"}


_JINGKOU = (
    "为贯彻落实镇江市第八次党代会精神,进一步推进产业强市,打造数字经济新高地,10月20日下午,全市企业家沙龙数字经"
    "济专场活动在京口区举行。市委常委、市委组织部部长张娟,市政协副主席、市工商联主席卢道富,京口区领导徐申锋、陈静、"
    "林黎明、朱裕根出席活动。\n"
    "发展数字经济,助力产业强市。今年7月,全市召开数字镇江发展大会,市第八次党代会又明确提出“数字经济产业主营业务收"
    "入超800亿元”的奋斗目标。今年以来,京口全区数字经济核心产业增加值已达45亿元,约占GDP比重的11%,数字经"
    "济领域相关企业突破1300家,各类载体面积累计超30万平方米,数字产业对京口发展的引领力和支撑力不断增强。\n"
    "张娟在活动中表示,发展数字经济,靠的是政商企协同用力的“大家”。“数字镇江”正在蓬勃兴起,让我们共同拥抱数字经济"
    "的大机遇。一方面,要有激情奔跑的动力,积极拥抱这一“朝阳产业”“未来工程”;另一方面,要有咬定青山的定力,推动技"
    "术、资本、劳动力、土地等要素优化重组,释放对经济发展的叠加倍增效应。\n"
    "张娟指出,“数字产业”蕴含无穷活力,让我们共同推动数字产业的大发展。要在“两化融合”推动创新发展。一方面是数字产"
    "业化,加快大禹山创意社区等专业园区建设,打造镇江数字产业发展新高地;另一方面是产业数字化,发挥头部企业的“标杆”"
    "作用,鼓励、支持龙头企业数字化改造,抢占行业制高点和话语权。要发挥好平台载体支撑作用,按照“大企业做平台,小企业"
    "上云端”的思路,大力建设数字创新融合平台。\n"
    "张娟强调,“数字事业”需要各方用力,让我们共同构建群策群力的大格局。要优化品牌,让“镇合意”成为城市服务的“总端"
    "口”和面向用户的“大管家”;要体现温度,抓好“七心”\n"
)


def test_a_goal_the_citys_congress_set_is_the_citys_in_a_districts_text():
    # https://investchn.com/home/news/detail/id/214067.html (京口区, 2021): `市第八次党代会…提出` sets 镇江's goal
    assert regions(records(_JINGKOU), 800, 45, 1300) == {800: "镇江市", 45: "京口区", 1300: "京口区"}


def test_a_sunrise_industry_is_no_city():
    # the same page: `朝阳产业` (a sunrise industry) is no 朝阳市; the clause is the district's as before
    found = records(_JINGKOU.replace("“朝阳产业”“未来工程”;", "“朝阳产业”,全区新增企业120家;"))
    assert regions(found, 120) == {120: "京口区"}


def test_a_newspaper_named_as_a_metropolis_paper_is_no_place():
    # http://m.4fhk.cn/content/2017-09/30/content_224998.htm (西江都市报 on 梧州, 2017, traditional script): 江都市
    # (now 扬州's 江都区) is read across `西江都市报`; the text is 梧州's round-up of its counties
    text = (
        "西江都市報訊(記者 吳艷虹)記者從9月29日召開的梧州市2017年全市投資促進百日攻堅會上獲悉,今年1至8月,全"
        "市完成招商引資區(qū)外到位資金503.5億元,完成目標任務的76.3%,同比增長17.5%。\n"
        "會議介紹,招商引資區(qū)外到位資金完成總量排在前三位的是岑溪市82.0億元,萬秀區(qū)80.0億元、藤縣"
        "77.4億元。\n"
        "今年1至8月,梧州市引進區(qū)外投資項目(已領取營業(yè)執(zhí)照)315個,已開工項目277個,開"
        "工率達87.9%。會議要求,今年全市招商引資工作目標任務是實際到位資金660億元,同比增長10%,實際利用外資3"
        ".6億美元,按照梧州市委、市政府提出的“鞏固粵港澳、深耕長三角、提升京津冀、拓展臺日韓、關注東南亞、放眼全世界”"
        "的開放招商格局,各級各有關部門將克難攻堅,奮戰(zhàn)百天,確保完成全年招商引資任務。\n"
        "縣域招商是梧州市打造優(yōu)勢特色產業(yè)的著力點和突破口,各縣(市、區(qū))和園區(qū)13個招"
        "商主體和13個產業(yè)招商隊,將按照梧州市的產業(yè)定位和發(fā)展方向,以電子信息、健康養(yǎng"
        ")生、醫(yī)藥食品、林產林化、裝備制造、戰(zhàn)略性新興產業(yè)等產業(yè)和項目為重點,開展積"
        "極有效的縣域招商。 |\n"
    )
    assert regions(records(text), 503.5, 82.0, 77.4) == {503.5: "梧州市", 82.0: "岑溪市", 77.4: "藤县"}
