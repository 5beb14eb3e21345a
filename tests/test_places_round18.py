"""Place rules found on pages swept in the eighteenth round; each test quotes its page."""

from bot.ingest.firm_names import firm_spans
from bot.ingest.places import Gazetteer
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
