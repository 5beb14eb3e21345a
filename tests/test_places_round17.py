"""Place rules found on pages swept in the seventeenth round; each test quotes its page."""

from bot.ingest.places import Gazetteer
from bot.ingest.segment import context_city
from bot.ingest.zones import find_zones
from tests.ingest_helpers import records, regions

# https://m.finance.itbear.com.cn/html/2025-08/224788.html (红星新闻, 2025): a bonded zone named after its city and
# the high-tech zone it lies in, beside another named after its city and its rail port
_CHENGDU_BONDED = (
    "成都高新综合保税区蝉联全国综保区发展绩效榜首!\n"
    "时间:2025-08-28 06:06:21来源:红星新闻编辑:快讯团队\n"
    "近日,海关总署揭晓了2024年度全国综合保税区发展绩效评估排名,成都高新综合保税区在全国154个综合保税区中独占鳌头,"
    "彰显了其卓越的发展实力。同时,成都国际铁路港综合保税区也表现不俗,位列第18名。\n"
    "海关总署发布的评估结果显示,成都高新综合保税区在进出口总值方面表现尤为突出。2024年,该保税区(含双流园区)"
    "实现进出口值5021亿元,同比增长23.4%,占四川省进出口总值的48%。\n"
    "据统计,今年1至7月,成都高新综合保税区(含双流园区)进出口总额已达3131亿元,同比增长11.7%,"
    "占四川省外贸进出口总额的52%。其中,出口额为1604亿元,同比增长15.2%;进口额为1527亿元,同比增长8.1%。\n"
)

# https://www.hkcd.com/content_p/2017-04/26/content_43674.html (香港商报, 2017, traditional script): the high-tech
# zone's figures, then its bonded zone's, written in full once and then in short (`成都高新綜保區`)
_CHENGDU_HITECH = (
    "成都高新區一季度外貿進出口占全省六成\n2017-04-26\n"
    "【香港商報網訊】記者郭代勤報道:4月26日,記者從成都高新區獲悉,今年一季度,成都高新區外貿進出口延續高位增長勢頭,"
    "進出口總額達613.3億元,同比增長74.9%,在全市和全省占比分別為72.3%和63.5%。其中,成都高新綜合保稅區"
    "(以下簡稱“成都高新綜保區”)實現進出口總額500億元(不含雙流園區),進出口總額同比增長57%,"
    "拉動同期四川外貿增長34個百分點,成為推動全省外貿增長的重要力量。\n"
    "從成都高新綜保區的產業結構看,加工貿易的支柱產業作用明顯。尤其隨著英特爾“駿馬”項目、德州儀器12英寸晶圓凸點項目等"
    "重點項目的推進實施,集成電路封裝測試業也為成都高新綜保區外貿進出口帶來強勁動力。\n"
    "據成都海關統計,2017年一季度四川貨物貿易進出口總值為965.7億元人民幣,較去年同期增長57.1%,遠高於同期全國21.8%的"
    "整體進出口增幅。其中,成都實現外貿進出口值848億元人民幣,增長68.7%,在全省外貿中的比重從去年同期的81.7%上升至"
    "87.8%,拉動同期全省外貿增長了56.2個百分點。\n"
    "“四川外貿進出口回暖,成都高新綜保區是背後重要的推動力量,”成都海關新聞發言人介紹,成都高新綜保區拉動同期四川外貿"
    "增長34個百分點,其中,出口230億元,同比增長53%,占全省外貿出口的49%;進口270億元,同比增長59%,占全省外貿進口的54%。\n"
)


def test_a_bonded_zone_named_after_its_city_and_its_high_tech_zone_is_a_zone_of_its_own():
    names = {(z.place.name, z.place.city) for z in find_zones(_CHENGDU_BONDED, Gazetteer.default())}
    assert ("成都高新综合保税区", "成都市") in names
    assert ("成都国际铁路港综合保税区", "成都市") in names
    found = records(_CHENGDU_BONDED)
    assert set(regions(found, 5021, 23.4, 3131, 11.7, 1604, 1527, 8.1).values()) == {"成都高新综合保税区"}


def test_a_bonded_zone_inside_a_high_tech_zone_keeps_its_own_figures():
    found = records(_CHENGDU_HITECH)
    assert regions(found, 613.3)[613.3] == "成都高新技术产业开发区"
    assert regions(found, 848)[848] == "成都市"
    assert set(regions(found, 500, 57, 230, 53, 270, 59).values()) == {"成都高新综合保税区"}


def test_a_bonded_zone_word_after_a_place_and_a_verb_or_a_pronoun_is_no_zone_name():
    gazetteer = Gazetteer.default()
    for text in ("成都获批综合保税区。", "我市综合保税区进出口增长。", "成都申建综合保税区。"):
        assert find_zones(text, gazetteer) == [], text
    assert [z.place.name for z in find_zones("西安高新综保区进出口增长", gazetteer)] == ["西安高新综合保税区"]


# http://nb.zjol.com.cn/system/2018/02/25/021651859.shtml (浙江在线-宁波频道, 2018): a new area's meeting news, filed
# by the province's portal through its city channel; the outlet's names are no votes for the province or the city
_HANGZHOUWAN = (
    "您当前的位置 :浙江在线 > 宁波频道 > 时政 正文\n"
    "杭州湾新区举行开发建设大会 党工委书记俞雷再提五种精神\n"
    "2018年02月25日 11:31 来源:浙江在线   记者 翁云骞 制图 袁佳颖 通讯员 赵春阳 卓松磊\n"
    "  浙江在线-宁波频道225日讯(浙江在线记者 翁云骞 制图 袁佳颖 通讯员 赵春阳 卓松磊) “六争攻坚”攀高峰,"
    "宁波千人大会发出动员令!挂牌成立8周年的宁波杭州湾新区也再次吹响启程号角。今天(2月24日),宁波杭州湾新区举行开发建设"
    "推进大会,总结回顾2017年开发建设工作,表彰先进单位、先进个人,部署今年发展目标和主要工作任务。\n"
    "  2017年,新区主要经济指标顺利完成上级考核,其中地区生产总值、规上工业增加值、财政总收入三项指标增速均高于全市,"
    "位列全市14个区县(市)、功能区第一。其中,实现地区生产总值450亿元,同比增长15.0%;完成工业总产值1570.3亿元,"
    "同比增长20.1%,其中规上工业总产值1394.7亿元,同比增长24.5%;完成规上工业增加值276.7亿元,同比增长16.0%;"
    "完成固定资产投资396.2亿元;实现财政总收入133.6亿元,同比增长32.7%,其中一般公共预算收入63.2亿元,同比增长23.7%;"
    "完成实际利用外资3.5亿美元,同比增长43.7%。\n"
    "  23日的千人大会上,宁波市人大常委会副主任、杭州湾新区党工委书记俞雷就表态,宁波杭州湾新区作为产业集聚区,"
    "理应不辱使命、勇立潮头,努力当好“六争攻坚”排头兵、先行军。今天的大会上,俞雷号召全区上下,继续发扬五种精神——\n"
    "  继续发扬“浙江四千”精神,全力以赴招大商、好商。“新区作为浙江省成立的首个产业集聚区,招大商、招好商并以此培育"
    "大企业、带动大产业发展是我们的历史使命。\n"
)


def test_a_provinces_portal_and_its_city_channel_are_no_votes_for_the_province_or_the_city():
    found = records(_HANGZHOUWAN)
    assert set(regions(found, 450, 1570.3, 276.7, 396.2, 133.6, 63.2, 3.5).values()) == {"宁波前湾新区"}


# http://www.jdhsafaris.com/2017/1102/19787.html (河南要闻, 2017, traditional script): the zone named in full once,
# then by its short form, among its city's airport and a route named after the city
_AIRPORT_ZONE = (
    "時間:2017-11-02 09:52來源:河南要聞 作者:中國通航\n"
    "11月1日,記者從鄭州航空港經濟綜合實驗區獲悉,前三季度,該區地區生產總值完成456億元,同比增長12.8%,同比提高1.3個百分點。"
    " 今年以來,鄭州—盧森堡“空中絲綢之路”建設快速推進,Inditex(ZARA服裝)公司鄭州物流分撥中心部分建成投用,航空貨運每周包機"
    "2架,業務量僅次於上海。德國戴姆勒、寶馬公司鄭州高端汽車零部件分撥中心已開工建設,年進口量在4000噸以上。前三季度,"
    "鄭州機場旅客吞吐量完成1799.2萬人次,同比增長16.9%,分別超越長沙、武漢21.8萬人次、66.6萬人次;完成貨郵吞吐量33.7萬噸,"
    "同比增長10.3%,分別領先長沙、武漢20.1萬噸、23.5萬噸,鄭州機場客貨運躍升至中部“雙首位”。\n"
    "重大項目建設方面,今年1~9月,航空港實驗區累計完成投資355.1億元,占年度目標的96.7%,14個計劃新開工項目已全部開工;"
    "累計簽約項目65個,總投資1016億元,提前三個月完成全年招商引資目標任務。\n"
)

# http://cn.chinaebr.com/gjsh/show.php?itemid=1280 (新华丝路, 2024): the zone mostly by `(郑州)航空港区`
_AIRPORT_DISTRICT = (
    "来源:新华丝路\n"
    "新华丝路北京5月10日电(林迎楠 李文哲)“今年一季度,郑州航空港区地区生产总值增长19.2%,规上工业增加值增长34.2%,"
    "固定资产投资增长10.2%,呈现出创新要素加快聚集、发展动能持续增强的强劲势头。”河南省委常委、常务副省长孙守刚9日在国新办"
    "举行的“推动高质量发展”系列主题新闻发布会上说。\n"
    "2013年,国务院批复设立郑州航空港经济综合实验区。孙守刚介绍,十年多来,郑州航空港区从无到有,综合实力快速提升,"
    "2023年完成地区生产总值1295亿元,十年间年均增长率达到14%。\n"
    "一是聚焦枢纽。郑州具有天然的区位优势,是全国综合交通大通道。郑州机场已开通全货机国际航线49条,年国际货邮吞吐量跻身"
    "全球40强。航空港区初步形成了航空港、高铁港、国际陆港、公路港“四港联动”大枢纽格局。\n"
    "二是聚焦产业。2023年航空港区电子信息产业总产值5334亿元,构建起从关键核心元器件到整机的“芯屏网端器”全产业生态圈。\n"
)


def test_an_airport_economy_zone_is_a_zone_by_its_full_and_its_short_names():
    gazetteer = Gazetteer.default()
    text = "8月16日,郑州航空港经济综合实验区工作会晒出该区发展成绩单。今年前7个月,航空港实验区334个重点项目完成投资342.6亿元。"
    assert {z.place.name for z in find_zones(text, gazetteer)} == {"郑州航空港经济综合实验区"}
    # (a kind many phrases end with is a zone only where the list has one of that name)
    assert find_zones("成都市统筹城乡综合配套改革实验区,国家农村改革实验区。", gazetteer) == []


def test_a_zones_text_among_its_citys_airport_and_routes_is_the_zones():
    found = records(_AIRPORT_ZONE)
    assert set(regions(found, 456, 12.8, 1799.2, 33.7, 355.1, 65, 1016).values()) == {
        "郑州航空港经济综合实验区"
    }


def test_a_zone_named_once_in_full_then_by_its_proper_name_and_district():
    found = records(_AIRPORT_DISTRICT)
    assert set(regions(found, 19.2, 34.2, 1295, 5334).values()) == {"郑州航空港经济综合实验区"}


# https://m.gongxiaoshang.com/news3356503 (新华社, 2016): a national zone named by its proper name and its national
# title (`中关村国家自主创新示范区`), then as `中关村示范区` and `示范区`; the list names it 中关村科技园区
_ZHONGGUANCUN = (
    "新华社北京9月3日专电北京中关村国家自主创新示范区最新统计数据显示,今年1到7月,中关村示范区规模以上企业实现总收入"
    "突破2.1万亿元,同比增长16.0%,利润同比增长6.4%。\n"
    "统计数据显示,1到7月中关村规模以上企业实现总收入21427.6亿元,同比增长16.0%;工业总产值4826.1亿元,占北京市的51.2%;"
    "利润总额1642.2亿元,同比增长6.4%。\n"
    "数据显示,科技企业聚集的中关村示范区仍呈现企业研发高投入的特征。1到7月的数据显示,中关村企业内部的日常研发经费支出达到"
    "727.5亿元,同比增长18.0%;截至7月末,区域从业人员203.2万人,其中研发人员53.5万人,占从业人员26.3%。\n"
)


def test_a_national_zone_named_by_its_proper_name_and_title_is_the_listed_zone():
    zones = find_zones(_ZHONGGUANCUN, Gazetteer.default())
    assert {z.place.name for z in zones} == {"中关村科技园区"}
    found = records(_ZHONGGUANCUN)
    assert set(regions(found, 21427.6, 4826.1, 1642.2, 727.5).values()) == {"中关村科技园区"}


def test_an_agricultural_high_tech_zone_by_its_full_and_its_short_name():
    # https://newton.com.tw/wiki/楊凌農業高新技術產業示範區/4109242 (traditional script, 2017): the zone's name in
    # full, not 武功县 named beside it; `杨凌示范区` is its short form
    text = (
        "楊凌農業高新技術產業示範區,簡稱楊凌區楊凌示範區,隸屬陝西省,東與武功縣大莊鎮以漆水河為界,總面積135平方公里。\n"
        "2016年,楊凌農業高新技術產業示範區生產總值(GDP)完成118.98億元,較2015年增長10.1%。\n"
    )
    assert regions(records(text), 118.98)[118.98] == "杨凌农业高新技术产业示范区"
    assert [z.place.name for z in find_zones("杨凌示范区实现生产总值", Gazetteer.default())] == [
        "杨凌农业高新技术产业示范区"
    ]
    assert find_zones("共同富裕示范区、乡村振兴示范区、国家级示范区", Gazetteer.default()) == []


def test_a_countys_former_full_name_points_to_its_city():
    # http://www1.yixiannanzhong.com/jwbys/1322.html (a 神木 piece written with its former name 神木县, 神木市 since
    # 2017): the county named three times by its former name beats 佛坪县 named once as a comparison
    text = (
        "西北第一县,GDP超1200亿,超世界上\n"
        "除此外国内还有一些城市,比如北上广他们的GDP也都超过了2万亿,而像那些新一线城市,如武汉,成都,重庆,杭州等,"
        "也都陆续走入了GDP万亿俱乐部。\n"
        "那么在这个百强县中,作为西北第一县的神木县又取得了怎样的成绩呢?依据榜单排名显示,在年神木县创造了总计亿的GDP成绩,"
        "是陕西GDP最低的佛坪县的倍。在全国的县城GDP排行榜中,神木县也取得了第17位的好成绩,所以他们也是名副其实的西北第一县。\n"
    )
    assert context_city(text, Gazetteer.default()) == "榆林市"
    assert regions(records(text), 17)[17] == "神木县"


# https://hbsztv.com/baiye/qyxw/2017/0406/754840.html (中新社, 2017): a province's pilot free trade zone and its areas
# named after their cities; `逐鹿中原` is no 中原区
_HENAN_FTZ = (
    "尝鲜河南自贸区 近千企业竞逐中原\n"
    "中新社郑州4月5日电 (记者 李志全)本月初挂牌运行的中国(河南)自由贸易试验区,迄今已有近千家中外企业入驻,再现逐鹿中原之势。\n"
    "郑州市副市长黄卿在5日举行的新闻发布会上说,中国(河南)自由贸易试验区4月1日挂牌当天,郑州片区入驻企业456家,"
    "通过名称核准的企业723家。\n"
    "河南自贸试验区的实施范围119.77平方公里,涵盖三个片区:郑州片区73.17平方公里,开封片区19.94平方公里,洛阳片区26.66平方公里。\n"
    "据不完全统计,开封片区目前有260家企业入驻,洛阳片区有100家企业更换营业执照,成为洛阳片区首批入区企业。\n"
)


def test_a_free_trade_zones_areas_are_zones_of_their_own():
    found = records(_HENAN_FTZ)
    got = regions(found, 1000, 456, 119.77, 73.17, 19.94, 260)
    assert got[1000] == got[119.77] == "中国(河南)自由贸易试验区"
    assert got[456] == got[73.17] == "中国(河南)自由贸易试验区郑州片区"
    assert got[19.94] == got[260] == "中国(河南)自由贸易试验区开封片区"
    # (three areas as a class, `涵盖三个片区`, name none)
    assert "中国(河南)自由贸易试验区涵盖三个片区" not in {r.region for r in found}


def test_an_area_named_by_its_proper_name_after_its_zone_is_that_areas():
    # https://investchn.com/home/news/detail/id/212028.html (浦东时报, 2021): filed under the site's 浦东新区 column
    text = (
        "您现在的位置:首页 > 开发区新闻 > 浦东新区 > 文字新闻\n临港新片区建设跑出加速度\n"
        "发布时间:2021-10-13  来源:浦东时报  发布开发区:上海临港产业区\n"
        "  今年以来,上海自贸区临港新片区坚持以“五个重要”战略定位为统领,始终保持热度不减、势头不减、改革力度不减,"
        "新片区建设跑出加速度。\n"
        "  今年前8个月,临港新片区各项经济指标继续大幅增长。1-8月,临港新片区全社会固定资产投资完成500亿元,同比增长55%。\n"
        "  与此同时,工业经济保持强劲增长势头。1-8月,工业总产值完成1586.7亿元,同比增长77.3%。\n"
        "  第三产业的发展同样持续向好。1-8月,新片区第三产业营业总收入延续快速增长势头,同比增长61.3%。\n"
    )
    assert set(regions(records(text), 500, 1586.7, 61.3).values()) == {"中国(上海)自由贸易试验区临港新片区"}
    assert find_zones("自贸试验区累计新设企业60余万家,广东自贸区包含三个片区。", Gazetteer.default())[
        0
    ].place.name == ("中国(广东)自由贸易试验区")


def test_an_autonomous_countys_park_named_after_its_full_name_and_then_by_its_kind():
    # https://fuels.com.cn/html/41/113530.html (海东日报, traditional script): `民和回族土族自治县工业园区`, then `工业园区`
    text = (
        "海東日報訊(記者 張璐 通訊員 巖子)今年前10月,海東市民和回族土族自治縣工業園區工業經濟在承壓增長的趨勢下呈現出較強的"
        "發展韌性和勢頭。截至10月底,工業園區累計完成固定資產投資4.74億元,同比增長2.16%;完成規上工業產值142.85億元,"
        "同比增長13.99%。\n"
        "今年以來,民和縣堅持以“一區三園N基地”產業互補融合發展為工作思路,全力推動園區工業經濟提速發展、提質增效。\n"
        "民和縣工業園區依托現有產業基礎,抓牢政策發展機遇。\n"
        "民和縣認真落實工業強縣戰略,狠抓招商引資工作。1月至10月,工業園區完成招商引資產業項目簽約資金18.6億元。\n"
    )
    zones = find_zones("海东市民和回族土族自治县工业园区工业经济", Gazetteer.default())
    assert [(z.place.name, z.place.city) for z in zones] == [("民和工业园区", "海东市")]
    assert set(regions(records(text), 4.74, 142.85, 18.6).values()) == {"民和工业园区"}


def test_a_zone_named_only_among_a_citys_parks_is_not_the_texts_place():
    # https://ttnews.xyz/a/5cd53df2dc9b5e75aac85b63 (鄂尔多斯's parks, traditional script): the city's 17 parks at large
    text = (
        "一季度鄂爾多斯園區經濟、民營工業企業成績單來了\n一季度我市園區經濟呈現良好發展態勢\n"
        "近年來,我市以園區為主要依託和載體,紮實推進園區各項工作。棋盤井經濟開發區、大路工業園區、蘇里格經濟開發區、"
        "蒙西高新技術工業園、達拉特經濟開發區、裝備製造基地、新能源產業園等主要園區已成為新型工業的重要支撐。\n"
        "一季度全市17個工業園區累計完成規模以上工業總產值492億元,同比增長5.2%,其中,獨貴塔拉工業園區、納林河工業園區、"
        "新能源產業園區、東勝科教輕紡工業園、達拉特經濟開發區、棋盤井經濟開發區等六個園區產值實現了較快增長。"
        "園區規模以上工業完成主營業務收入547億元,同比增長10%;實現利潤46.2億元;完成固定資產投資62億元。\n"
    )
    assert set(regions(records(text), 492, 547, 62).values()) == {"鄂尔多斯市"}
