"""Place rules found on pages swept in the eighteenth round; each test quotes its page."""

from bot.ingest.firm_names import firm_spans
from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones
from tests.ingest_helpers import records, regions

# http://www.xhby.net/yz/yw/202207/t20220715_7617056.shtml (扬州日报, 2022): a zone's news under a breadcrumb and a
# `江苏扬州:` title, its leading firm named after the city (`扬州晶澳太阳能公司`, then `扬州晶澳`)
_YANGZHOU_ZONE = (
    "新华报业网 > 扬州 > 要闻 > 正文\n"
    "江苏扬州:重大项目转型升级“撑杆跳” 工业经济“加速跑”\n"
    "2022/07/15 14:03  扬州日报  \n\n"
    "  扬州网讯(通讯员 扬开萱记者 吴生锋 吴忠祥)近日,又一个重大项目落户扬州经济技术开发区——由中集集装箱扬州生产基地"
    "投资30亿元的扬州中集智能制造产业园正式开工。\n\n"
    "  这是一次强强联合的大手笔,合作方之一为世界排名第一的风力发电设备生产商、全球可持续能源领导者丹麦维斯塔斯风力技术"
    "集团。项目实施后,年可实现产值100亿元,成为扬州经开区工业经济新的增长点。\n\n"
    "  坚定不移推进项目建设、助力企业发展。今年以来,扬州经开区克服疫情影响,稳住经济大盘,1至6月预计完成规模工业总产值"
    "457亿元,增长25.1%;工业开票销售505.4亿元,增长22.3%,工业经济主要经济指标实现“双过半、硬过半”。\n\n"
    "  54个列省列市重大项目“挑大梁”\n\n"
    "  走进扬州晶澳智能化生产车间,机器人挥舞手臂,AGV小车一辆接一辆来回穿梭。这是总投资100亿元“双6GW”电池和组件"
    "一期项目投产后的核心所在。\n\n"
    "  “项目自去年12月正式投产以来,我们一直处在满负荷生产状态,订单不断、产品供不应求。”扬州晶澳太阳能公司总经理郭亚菲"
    "介绍,5月31日,随着6GW组件二期项目首块组件正式下线,扬州晶澳正式形成了10GW组件的生产规模,扬州也成为晶澳集团在全国"
    "最大的组件生产基地。今年上半年,扬州晶澳产销同比增长130%、140%,成为扬州经开区重大项目建设投产达效的标杆。\n"
)


def test_a_zone_text_under_a_city_dateline_with_firms_named_after_the_city_is_the_zones():
    found = records(_YANGZHOU_ZONE)
    assert set(regions(found, 457, 25.1, 505.4, 22.3, 54, 130, 140).values()) == {"扬州经济技术开发区"}


def test_a_firm_named_after_its_city_in_full_and_in_short_is_no_mention_of_the_city():
    gazetteer = Gazetteer.default()
    mentions = gazetteer.find_mentions(_YANGZHOU_ZONE, ["扬州市"])
    firms = firm_spans(_YANGZHOU_ZONE, mentions)
    named = {_YANGZHOU_ZONE[m.start : m.start + 4] for m in mentions if m.start in firms}
    assert named == {"扬州晶澳"}
    # `扬州也成为晶澳集团…` is a clause about the city, `扬州经开区` the zone: neither is a firm's name
    kept = {_YANGZHOU_ZONE[m.start : m.start + 3] for m in mentions if m.start not in firms}
    assert {"扬州也", "扬州经"} <= kept


# https://investchn.com/home/news/detail/id/259654.html (扬州市江都区人民政府, 2022): firms named after the city
# (`扬州宏远新材料股份有限公司`, `扬州市苏灵农药化工有限公司`) in a district's list of its top firms
_JIANGDU_FIRMS = (
    "新增百强企业均为新材料、新能源、新装备、新医药等“四新”产业,有扬州宏远新材料股份有限公司、江苏神州新能源电力有限"
    "公司、江苏昊冠精密机械制造有限公司(集团口径)、扬州市苏灵农药化工有限公司等。"
)


def test_firms_in_full_are_found_and_clauses_are_not():
    gazetteer = Gazetteer.default()
    mentions = gazetteer.find_mentions(_JIANGDU_FIRMS, ["扬州市"])
    firms = firm_spans(_JIANGDU_FIRMS, mentions)
    assert {_JIANGDU_FIRMS[m.start : m.start + 4] for m in mentions if m.start in firms} >= {
        "扬州宏远",
        "扬州市苏",
    }
    for clause in ("如皋市政府与江苏某某有限公司签约", "扬州也成为晶澳集团在全国最大的组件生产基地"):
        assert 0 not in firm_spans(clause, gazetteer.find_mentions(clause, [])), clause


# http://m.n1958.cn/news/show-25717.html (2012?, traditional script): a banner's projects, each run by a firm named
# after the banner's city (`鄂爾多斯市君正能源化工有限公司`, `鄂爾多斯氯堿化工公司`, `內蒙古鄂爾多斯多晶硅業有限公司`)
_OTOG_PROJECTS = (
    "今年,內蒙古鄂托克旗實施10億元以上項目11項,總投資311億元。目前開工建設7項,開工率63%,完成投資65億元,"
    "重大項目建設平穩。\n"
    "鄂爾多斯市君正能源化工有限公司100萬噸PVC燒鹼項目總投資45.5億元,該項目4月底開工,截至目前已完成投資3000萬元。\n"
    "鄂爾多斯氯鹼化工公司燒鹼-PVC-水泥循環經濟產業鏈項目總投資28.8億元,截至目前完成投資5600萬元。\n"
    "內蒙古鄂爾多斯多晶硅業有限公司年產3000噸太陽能級多晶硅項目總投資29億元,已完成投資29億元,目前進入調試運行階段。\n"
)


def test_projects_of_firms_named_after_the_city_stay_the_counties():
    found = records(_OTOG_PROJECTS)
    assert set(regions(found, 311, 45.5, 3000, 28.8, 5600, 29).values()) == {"鄂托克旗"}


# https://www.cnfin.com/news-xh08/a/20130723/1216451.shtml (新华社, 2013): a listed zone named after two countries
# and its city, written `中马钦州产业园区`
_QINZHOU_PARK = (
    "中马钦州产业园区首批入园项目开工建设\n"
    "中国金融信息网2013年07月23日08:28分类:区域经济\n"
    "中马钦州产业园区于2012年4月1日开园建设,是中国和马来西亚两国政府合作的第一个园区。\n"
    "目前,中马钦州产业园区招商引资进展顺利,已经有5个项目签约入园,总投资44亿元,并将在年内全部入园开工建设。"
    "此外还将有15个投资项目陆续入园建设,涉及制造、生物制药、物流、光能等产业项目,投资额达91.6亿元,"
    "投产后预计年产值439亿元。\n"
    "中马钦州产业园区毗邻广西钦州保税港区和国家级钦州港经济技术开发区,规划面积55平方公里。\n"
)


def test_a_zone_named_after_two_countries_is_the_listed_zone_not_its_city():
    found = records(_QINZHOU_PARK)
    assert set(regions(found, 5, 44, 91.6, 439).values()) == {"中国-马来西亚钦州产业园区"}


def test_listed_dashed_zones_are_found_in_every_written_form():
    gazetteer = Gazetteer.default()
    for text, name in (
        ("中国—马来西亚钦州产业园打造成为中国开发园区4.0版", "中国-马来西亚钦州产业园区"),
        ("中马钦州产业园已经收获成果", "中国-马来西亚钦州产业园区"),
        ("廣西—東盟經開區", "广西-东盟经济技术开发区"),
        ("广西-东盟经济技术开发区", "广西-东盟经济技术开发区"),
    ):
        zones = find_zones(normalize(text).text, gazetteer)
        assert [z.place.name for z in zones] == [name], text
    assert find_zones("中马两国", gazetteer) == []


# http://m.jiangsulong.com/a/2020/0418/0320859.html (2020): a city's round-up, one paragraph per county, each
# going on past `；` about the county that opened it
_YANGZHOU_ROUND_UP = (
    "“烟花三月”项目建设春潮涌 扬州市一批重大项目集中签约开工投产\n"
    "高邮市签约项目58个、总投资208亿元;37个亿元以上重大产业项目参加扬州集中开工、投产活动 , 总投资110.9亿元 。\n"
    "仪征市签约项目42个、总投资143亿元;集中开工仪化年产6000吨丙纶熔喷非织造布、正德机械制造、恒大水晶广场等项目22个 , "
    "总投资78.95亿元 , 其中先进制造业项目17个 , 现代服务业项目5个;民资项目21个 , 外资项目1个 。\n"
    "邗江区集中开工投产艾迪原料药生产基地、大源新材料、欣元环保等30个项目 , 总投资110亿元 。"
    " 此外 , 邗江区还签约项目37个、总投资268亿元 。\n"
)


def test_a_county_that_opens_a_round_up_paragraph_keeps_it_past_semicolons():
    found = records(_YANGZHOU_ROUND_UP)
    assert set(regions(found, 58, 208, 110.9).values()) == {"高邮市"}
    assert set(regions(found, 42, 143, 22, 78.95, 17, 21).values()) == {"仪征市"}
    assert set(regions(found, 30, 268).values()) == {"邗江区"}


# http://yn.touzi888.net/news/view.html?id=6938 (玉溪日报, 2017): a city's parks at large (`全市工业园区和高新区`,
# `高新区和六个省级工业园区`), a firm named after a district (`红塔集团`) and no zone named on its own
_YUXI_PARKS = (
    "全市园区经济保持较快增长\n\n2017年05月04日 00:00:00tz95浏览量:717次\n\n"
    "统计显示,一季度全市工业园区和高新区(不含红塔集团)完成工业总产值227.5亿元,同比增长12.6%;完成规模以上工业增加值"
    "62亿元,同比增长23%;完成固定资产投资39.5亿元,同比增长15%。园区经济平稳较快增长,成为全市工业经济稳增长的重要支撑。\n\n"
    "一季度,全市工业园区招商引资到位资金67.2亿元,同比增长33.5%,新增入园企业27户。\n\n"
    "截至一季度,高新区和六个省级工业园区完成工业产值184.3亿元,占园区工业总产值比重达81%。完成规模以上工业增加值53.9亿元,"
    "占园区规模以上工业增加值比重达87%。分析统计数据可见,国家级高新区和省级工业园区成为拉动园区经济增长的主力军。"
    "(来源:玉溪日报)\n"
)


def test_a_citys_parks_at_large_are_the_citys_not_its_high_tech_zones():
    found = records(_YUXI_PARKS)
    assert set(regions(found, 227.5, 12.6, 62, 39.5, 67.2, 27, 184.3, 81, 53.9, 87).values()) == {"玉溪市"}


def test_a_firm_named_by_its_home_and_its_kind_alone_is_a_firm():
    gazetteer = Gazetteer.default()
    text = "全市工业园区和高新区(不含红塔集团)完成工业总产值227.5亿元"
    mentions = gazetteer.find_mentions(text, ["玉溪市"])
    assert {text[m.start : m.end] for m in mentions if m.start in firm_spans(text, mentions)} == {"红塔"}
