"""Place rules found on pages swept in the nineteenth round; each test quotes its page."""

from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones
from tests.ingest_helpers import records, regions

# http://action.zgjrw.com/action/2022/0209/10665.html (2022): a bonded zone named after its city's port, then `保税区`
_TIANJIN_PORT_ZONE = (
    "天津港保税区完成“百千万”亿发展目标\n\n"
    "本报讯(记者岳珊)记者从日前举行的天津港保税区2022年工作会议获悉,2021年保税区经济社会发展质效齐增,"
    "实现了“二次创业”新征程的精彩开局。\n\n"
    "据悉,2021年,保税区完成“百千万”亿发展目标:区级一般预算收入、区级税收双双破百亿,增长分别为14.3%、20.8%;"
    "GDP破千亿;贸易业销售额迈上万亿元台阶,增长37.6%。保税区全年引进重点项目1367个,其中世界500强项目39个,"
    "实体项目327个。\n"
)
# http://m.yktworld.com/kx/2021052708534016414984.html (2021): the same zone, named once in its lead
_TIANJIN_PORT_QUARTER = (
    "地区生产总值增长25%、规上工业产值增长48.4%、限上商品销售额增长113.2%……今年一季度,天津港保税区主要经济指标"
    "延续去年以来的高位运行态势,全部实现高速增长,实现“开门红”。\n\n"
    "今年一季度,实现规模以上工业产值359.2亿元、同比增长48.4%,比2019年同期增长26.7%。重点行业增长全线飘红,"
    "装备制造业实现产值94.8亿元,同比增长44.9%。\n"
)


def test_a_bonded_zone_named_after_its_citys_port_is_a_zone():
    gazetteer = Gazetteer.default()
    found = find_zones("今年一季度,天津港保税区主要经济指标", gazetteer)
    assert [(z.place.name, z.place.province) for z in found] == [("天津港保税区", "天津市")]
    # a county's port too; a city whose name ends with 港 keeps its own zone; a port alone is no zone
    assert [z.place.name for z in find_zones("盐田港保税区今年", gazetteer)] == ["盐田港保税区"]
    assert [z.place.name for z in find_zones("张家港保税区今年", gazetteer)] == ["张家港保税区"]
    assert find_zones("天津港实现集装箱吞吐量", gazetteer) == []


def test_a_port_bonded_zones_own_news_is_placed_in_the_zone():
    assert set(regions(records(_TIANJIN_PORT_ZONE), 1367, 39, 327, 37.6).values()) == {"天津港保税区"}
    assert set(regions(records(_TIANJIN_PORT_QUARTER), 359.2, 94.8, 44.9).values()) == {"天津港保税区"}


# https://www.cnlsnavs.com/resources/86474.html: the zone called only `郑州航空港区` and `航空港区` (its name since 2022)
_AIRPORT_ZONE = (
    "郑州航空港区有发展前景吗\n"
    "郑州航空港区自2013年批复以来,已经取得了显著的发展成就,具体体现在以下几个方面:\n"
    "GDP和经济增长\n"
    "郑州航空港区的GDP增速远超全国平均水平,2023年地区生产总值完成1295亿元,是2012年的6.3倍,年均增长14%。\n"
    "航空港区实现了空、铁、公、水、网的立体交汇,形成了区域经济协同发展的经济廊道。\n"
    "投产以来,比亚迪已生产整车59万辆,电池超6GWH,实现产值951.2亿元,带动就业5.5万人。\n"
)


def test_an_experiment_zone_written_without_its_kind_is_the_listed_zone():
    gazetteer = Gazetteer.default()
    zone = "郑州航空港经济综合实验区"
    # http://cn.chinaebr.com/gjsh/show.php?itemid=1280 (2024)
    found = find_zones("今年一季度,郑州航空港区地区生产总值增长19.2%", gazetteer)
    assert [z.place.name for z in found] == [zone]
    assert [z.place.name for z in find_zones("2023年航空港区电子信息产业总产值5334亿元", gazetteer)] == [zone]
    # http://wbywanted.com/hnr/3g/3gyw/3gziyaowen/201405/t20140519_1169892.html (2014, traditional)
    found = find_zones("预计2014年郑州航空港规模以上工业主营业务收入将突破2000亿元", gazetteer)
    assert [z.place.name for z in found] == [zone]
    # https://fch.whst.com.cn/813850084245.html: a station named after it is no zone
    assert find_zones("郑州航空港站率先开通高铁快运业务", gazetteer) == []
    # another city's port area is not it
    assert find_zones("西安航空港区今年", gazetteer) == []


def test_an_experiment_zones_text_that_names_it_only_without_its_kind_is_the_zones():
    assert set(regions(records(_AIRPORT_ZONE), 1295, 6.3, 14, 59).values()) == {"郑州航空港经济综合实验区"}
