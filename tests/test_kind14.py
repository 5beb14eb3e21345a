"""Target or achieved (rule pass kind14). Each test quotes a real sentence; the page's address is in a comment."""

from __future__ import annotations

from bot.ingest.record import Record
from tests.ingest_helpers import records


def _by_value(text: str, place: str, date: str) -> dict[tuple[float, str], Record]:
    return {(r.value, r.unit): r for r in records(text, date=date, places=(place,))}


def test_the_work_of_winning_funds_is_no_intent() -> None:
    # https://www.yybnet.net/maanshan/dangtu/201607/200344.html (当涂 2016-07): what the year so far won, told after
    # `抓社会事业项目争取。` and `做好项目向上争取工作`, nouns for the work, not words of intent
    found = _by_value(
        "今年以来,该县着力围绕项目谋划、转化和建设三个关键环节,全力夯实项目基础,千方百计做好项目向上争取工作。"
        "其中,立足完善基层公共服务功能,抓社会事业项目争取。围绕完善基层教育、卫生、体育、残疾人康复等公共服务设施,"
        "组织编报中医院、职教中心、公共体育场田径跑道和足球场、残疾人康复中心等4个项目,争取中央资金5438万元;"
        "立足完善农业基础配套功能,抓农林水利项目争取。积极做好长江防护林、全国新增千亿斤粮食生产能力、农村电网、"
        "水阳江(当涂段)防洪治理等4个项目争取工作,获批资金16763万元,其中,中央资金12660万元、省级资金4103万元;"
        "立足服务企业促进转型升级,抓实体经济项目争取。围绕省“三高”(高科技、高成长、高附加值)支持方向,"
        "着力帮助企业做好循环化利用、节能装备项目的资金争取工作,累计获得省级专项资金260万元。",
        "当涂县",
        "2016-07-27",
    )
    for key in ((5438, "万元"), (16763, "万元"), (12660, "万元"), (4103, "万元"), (260, "万元")):
        assert found[key].kind == "actual", key
    # http://www.jpedc.org.cn/html/xingyezixun318/19131.html (淮阴 2014-09): after `开展项目资金争取工作`, what was
    # won stands as won, and what the rest of the year is expected to win stays a target
    found = _by_value(
        "今年以来,淮阴区紧紧围绕“黄河故道开发”和“刘老庄片区开发”两个建设重点,开展项目资金争取工作。"
        "截至目前,已争取上级到位财政资金4846万元。下一步,该区将围绕2014年度国家农业综合开发增量项目、"
        "产业化经营项目和全省“六大片区”帮扶规划安排,开展项目编报工作,预计可争取上级财政资金2300万元。",
        "淮阴区",
        "2014-09-12",
    )
    assert found[(4846, "万元")].kind == "actual"
    assert found[(2300, "万元")].kind == "target"


def test_winning_in_a_list_of_the_work_s_parts_is_a_noun() -> None:
    # http://www.tianshui.com.cn/news/zjc/2015070614151718812.html (张家川 2015-07): `谋划、争取、建设` names three parts
    # of the work, no intent of the sentence's
    found = records(
        "今年以来,张家川县以“工作落实年”为抓手,坚持把项目建设作为县域经济稳定增长的重要载体,"
        "紧扣项目谋划、争取、建设三个任务不松劲,全县上半年项目争取建设成效显著。",
        "2015-07-06",
        ("张家川回族自治县",),
    )
    assert all(r.kind == "actual" for r in found)


def test_money_a_place_will_put_in_is_a_target() -> None:
    # https://dlgabion.com/hj/1717.html (桂阳, a reposted news piece): `每年将投入` after a look back over recent years
    found = _by_value(
        "据了解,近年来,桂阳县为提高农人收入,全力开展林下经济工业。全县中药材栽培培育面积已达两万余亩。"
        "从本年开端,桂阳县财务每年将投入3000万元资金扶持中药材工业高质量开展。",
        "桂阳县",
        "",
    )
    assert found[(2, "万亩")].kind == "actual"
    assert found[(3000, "万元")].kind == "target"


def test_a_bound_kept_within_in_a_report_is_an_outcome() -> None:
    # f16_p09 (http://social.alljournals.cn/view_abstract.aspx?aid=1DAB1D1257127003C819BAE08CE7F560, 青白江 2010):
    # among the year's results
    found = _by_value(
        "2010年,全区农业富余劳动力10.67万人,向二、三产业转移9.6万人,转移就业率达89.97%;城镇从业人员8.3万人,"
        "新增就业6332人,动态消除零就业家庭,有劳动能力和就业愿望的城镇失业人员再就业率达95%以上,"
        "城镇登记失业率控制在2.4%以内;城镇居民人均可支配收入20127元,同比增长12.47%。",
        "青白江区",
        "",
    )
    assert found[(2.4, "%")].kind == "actual"
    # r11 (咸安 2023 task list): a bound set in a plan stays a target
    found = _by_value(
        "一、2023年全区经济社会发展主要预期目标\n\n8.城镇登记失业率控制在4.5%以内。(责任领导:杜新国;牵头单位:区人社局)",
        "咸安区",
        "2023-02-01",
    )
    assert found[(4.5, "%")].kind == "target"


def test_up_to_now_states_a_level_reached() -> None:
    # https://dlgabion.com/hj/1717.html (桂阳, a reposted news piece): `到现在` is `目前`, whatever the farmer's deal told
    # before it
    found = _by_value(
        "9月13日,湖南省桂阳县敖泉镇湘山村农人张传松又将30亩复垦耕耘的山地流转给一家制药公司栽培中药材。"
        "到现在,该县开展林下经济面积2622公顷,年产值达1.5亿元。",
        "桂阳县",
        "",
    )
    assert found[(2622, "公顷")].kind == "actual"
    assert found[(1.5, "亿元")].kind == "actual"
