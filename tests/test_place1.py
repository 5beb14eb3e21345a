"""Which place a text's figures belong to when it names several: document-level rules found on fresh pages."""

from bot.ingest.firm_names import firm_spans
from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones
from tests.ingest_helpers import records, regions

# intermagasia.com/gongkai/zfxxgkzl/zfgbm/dlqfgw/gknr/ghxx/202401/t20240116_6510213.html (东丽区发改委's 2023 plan
# report, 2024): a Tianjin district's own report that names no district of its own except by its lake area
# (`华明东丽湖片区`); `河北工业大学` is a university's name, not Tianjin's 河北区 speaking.
_DONGLI = (
    "——2024年1月9日在区第十八届人民代表大会第五次会议上\n区发改委主任 吴晓春\n各位代表:\n"
    "受区政府委托,现将我区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案提请大会审议。\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
    "全区上下深入贯彻落实习近平总书记对天津工作“三个着力”重要要求,深入推进京津冀协同发展。"
    "预计地区生产总值增长5%,一般公共预算收入58.6亿元、增长16%,居民人均可支配收入与经济增长同步。\n"
    "推进京津冀协同发展走深走实。高质量承接北京非首都功能疏解,与北京经济技术开发区开展战略合作,"
    "落地项目协议投资额近26亿元。载体平台建设进一步深化,与河北工业大学建立战略合作关系,"
    "推动华明东丽湖片区纳入京津冀产业合作重点平台体系。\n"
    "深度融入“双城”发展格局。落实滨海新区高质量发展支撑引领行动相关部署,两区开展专题座谈会等对接活动21次。\n"
)


def test_a_place_that_opens_a_universitys_name_is_the_schools_home():
    gazetteer = Gazetteer.default()
    text = "与河北工业大学建立战略合作关系,中山大学珠海校区,江苏师范大学"
    found = gazetteer.anywhere_mentions(text)
    spans = firm_spans(text, found)
    assert {text[m.start : m.end] for m in found if m.start in spans} >= {"河北"}
    # `中山大学` (in 广州) is a common word of the frequency list that holds 中山市's short form: no mention at all
    assert "中山" not in {text[m.start : m.end] for m in found}
    # a clause is no school's name: `南京建成一所大学`, a road or a university town
    clause = "南京建成一所大学,扬州大学城"
    assert not firm_spans(clause, gazetteer.anywhere_mentions(clause))


def test_a_university_named_after_a_province_gives_no_district_its_figures():
    assert "河北区" not in set(regions(records(_DONGLI), 58.6, 16, 26).values())


# investincq.com/index.php?a=show&c=content&id=5611 (重庆日报 via 重庆 investment site, 2024): a new area of a
# municipality, named only by its short form, beside a partner area in 成都 (`西部(成都)科学城`, `成都天投集团`).
_LIANGJIANG = (
    "两江新区2023年GDP同比增长6.5%\n"
    "1月31日,新重庆-重庆日报记者从两江新区获悉,日前,两江新区发布过去2023年的经济发展“成绩单”。"
    "2023年两江新区直管区GDP同比增长6.5%,规上工业增加值增长5.4%,社零总额增长15.8%,一般预算收入增长9.3%,"
    "主要经济指标在全市保持前列。\n"
    "在推动成渝地区双城经济圈建设中,两江新区携手天府新区,加快做大做强八大产业旗舰联盟。"
    "重庆两江协同创新区和西部(成都)科学城,两江产业集团与成都天投集团分别签订合作协议。\n"
    "两江新区持续推进西部陆海新通道建设,加快重庆渝新欧国际铁路(果园港)多式联运枢纽建设。"
    "2023年,果园港国家物流枢纽实现货物吞吐量2650万吨、增长4%。\n"
)


def test_a_municipality_named_in_a_text_is_its_city_not_a_partner_city():
    assert set(regions(records(_LIANGJIANG), 5.4, 15.8, 9.3, 2650).values()) == {"重庆两江新区"}


# tazldqn.cn/p/201373.html (今日竹山网, 2021, traditional script): a county news site's dateline names the county; the
# park a firm from elsewhere named (`宝丰卫浴园`, 宝丰 is also a county in 河南) is no county speaking.
_ZHUSHAN = (
    "今日竹山網消息 1月26日,市經信局局長金強率調研組,來我縣實地調研寶豐衛浴園和電動車生產項目。\n"
    "寶豐汽配衛浴產業園是我縣積極承接產業轉移而規劃建設的現代化工業園區,占地面積800畝,總投資30億元。\n"
    "2020年,我縣共培植進庫規模工業企業7家,完成規模以上工業產值57.95億元,完成規模以上工業增加值17.62億元,"
    "全市排名第1位;完成工業投資31.67億元,全市排名第6位。\n"
)


def test_a_county_news_sites_dateline_names_the_county():
    assert set(regions(records(_ZHUSHAN), 57.95, 17.62, 31.67).values()) == {"竹山县"}


# fensifuwu.com/emotion/me/2f268907d1f1201c68cdefad0183fdd4.html (济宁新闻网, 2022): 济宁经开区 is a provincial zone
# whose official name is 济宁经济技术开发区 (xinjiapo.news/news/310732/amp: `济宁国家级高新区、太白湖新区、济宁经济技术开发区
# 和曲阜文化建设示范区4个功能区`, `济宁国家级高新区和14家省级开发区`), not a 济宁经济开发区.
_JINING = (
    "济宁新闻网讯(记者 秦璞 通讯员 张学堂)日前,济宁市政府新闻办举行“精彩答卷·济宁2022”主题系列新闻发布会,"
    "介绍2022年济宁经开区工作成就。\n"
    "济宁经开区党工委委员、管委会副主任许刚:“2022年全区实现地区生产总值92.54亿元、同比增长4.9%,"
    "实现一般公共预算收入4.22亿元,实现固定资产投资增长8.2%,规模以上工业增加值增长11.6%。”\n"
)


def test_a_provincial_zone_named_as_an_etdz_keeps_its_official_name():
    gazetteer = Gazetteer.default()
    assert [z.place.name for z in find_zones("济宁经开区全力培育高端装备制造产业", gazetteer)] == [
        "济宁经济技术开发区"
    ]
    assert set(regions(records(_JINING), 92.54, 4.22, 11.6).values()) == {"济宁经济技术开发区"}


# tazi.weishitang.cn/hot/25215.html (福州 news, 2025): a city's text on a ranking of provincial zones names six of
# its zones in full; the bare `开发区` of the ranking's threshold is none of them, and no `福州开发区` exists.
_FUZHOU = (
    "“2025中国省级开发区高质量发展百强”榜单中,福州6家省级开发区入围,较去年新增1家,分别是福州高新技术产业园"
    "(福州软件园)、福建长乐经济开发区、福建福州金山工业园区、福建福清江阴经济开发区、连江经济开发区、"
    "福建罗源湾经济开发区。\n"
    "据悉,此次评价依据“综合实力、区域活力、创新创业、开放协作、四化转型”五大维度的评价体系,"
    "并设置“开发区规上工业总产值或园区总收入超过300亿元”作为省级开发区高质量发展百强的门槛条件。\n"
)


def test_a_bare_zone_word_a_city_has_several_zones_for_names_none():
    assert "福州开发区" not in set(regions(records(_FUZHOU), 6, 300).values())


# guangyuanol.cn/news/life/2015/0830/471208.html (川北在线, 2015): the county is named only at the head of its park's
# name, the text speaks as `该县`, and its city is named once in a slogan (`广元工业强县`): the county's own news.
_WANGCANG = (
    "截止7月,今年旺苍县工业园区规上企业工业总产值实现35.15亿元,全年预计实现规上工业总产值可达69.6亿元。\n"
    "近年来,该县紧紧围绕资源转化,走出了一条高碳产业、低碳发展的循环路径,"
    "奋力推进省级经济开发区向 经济开发区、广元工业强县向川东北工业强县2个跨越。\n"
    "据了解,今年1-7月,该县共实施500万元以上工业项目47个,其中亿元以上项目8个;13个项目竣工投产,"
    "其中重点工业项目8个,总投资11.7亿元,年可实现工业产值16.96亿元。\n"
)


def test_a_county_named_only_at_the_head_of_its_park_speaks_as_the_county():
    assert set(regions(records(_WANGCANG), 47, 11.7, 16.96).values()) == {"旺苍县"}


# tjj.xam.gov.cn/xamtj/sjfbyjd/fxjd/tjxx4/4099670/index.html (兴安盟统计局, 2021): a league's round-up of its six
# banners and cities, four of them by unofficial shorts (`扎旗`, `前旗`, `乌市`, `中旗`): the league's own figures.
_XINGAN = (
    "今年以来,各旗县市团结在盟委、行署周围,全盟县域经济持续恢复性增长。\n"
    "1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%,增速较上年同期提高20.7个百分点。"
    "从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;"
    "乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。\n"
    "1-2月份,全盟县域社会消费品零售总额完成26.23亿元,同比增长25.9%。"
    "从6个旗县市增速看,乌市、突泉、阿尔山分别增长23.6%、23.1%、20.5%。\n"
)


def test_a_leagues_round_up_of_its_banners_is_the_leagues():
    found = regions(records(_XINGAN), 20.7, 26.23, 193.5, -66.5)
    assert found == {20.7: "兴安盟", 26.23: "兴安盟", 193.5: "突泉县", -66.5: "阿尔山市"}


# bbs.forexistentialist.com/html/611d17799211.html (澎湃新闻, 2022): a national ranking of parks names six cities'
# parks once each; the country's figures (`GDP超千亿元的有48个`) are none of those cities'.
_PARKS = (
    "工信部中国电子信息产业发展研究院下属的赛迪顾问园区经济研究中心8月10日发布《2022年园区高质量发展百强研究报告》"
    "暨园区高质量发展百强(2022),共有53家国家级高新区、47家国家级经开区入榜,北京中关村科技园区、"
    "上海张江高新技术产业开发区、深圳市高新技术产业园区分列一二三位。\n"
    "江苏、浙江、安徽三省有32个园区上榜,几乎占三分之一。苏州工业园区(纳入经开区统计)排名第四。\n"
    "如武汉东湖开发区居第六,成都高新区居第七。\n"
    "百强园区中GDP超千亿元的有48个,高新技术企业在300家以上的65个,进出口额超过500亿元的40个。"
    "入榜的53家国家级高新区,企业营收总额达334773亿元。\n"
)


def test_a_ranking_of_the_countrys_parks_gives_no_city_the_countrys_figures():
    found = records(_PARKS)
    assert not [r for r in found if r.value in (48, 334773, 32) and r.region]
    assert regions(found, 7) == {7: "成都高新技术产业开发区"}


def test_a_countys_report_that_counts_its_citys_counties_stays_the_countys() -> None:
    # A county ranks among its city's counties and names the city more often than itself: still its own report
    # (only a league or prefecture speaking as itself, `全盟…从6个旗县市增速看`, is a round-up of its parts).
    found = records(
        "如东县上半年地区生产总值增长8%,增幅在南通市9个县市区中排名第二,高于南通市平均水平1个百分点。"
        "规上工业产值增长12%,完成南通市下达目标的55%。",
        date="2023-07",
    )
    assert {r.region for r in found} == {"如东县"}
    assert 9 not in [r.value for r in found]  # the field it ranks in is not a record
