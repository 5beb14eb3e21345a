"""Place rules found on pages swept in the seventeenth round; each test quotes its page."""

from bot.ingest.places import Gazetteer
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
