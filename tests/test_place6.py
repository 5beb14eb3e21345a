"""A county-level city named …城市 (海城市, 兴城市) read across a word and 城市 "city" (`爱琴海城市`, `沿海城市`) is
no mention of it. Sentences are real pages' (address in a comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.places import Gazetteer
from tests.ingest_helpers import build_one

# http://www.xincheng.gov.cn/zwgk/ghjh/ndjh/zfndjh/601f4ecbf8fd1c2073f3e07e.html (西安新城区's 2021 work plan):
# `爱琴海城市商业综合体` is the 爱琴海 mall brand and 城市, not 鞍山's 海城市; the text names itself only `新城区`,
# which 呼和浩特 and 西安 both have, so the page has no place of its own and says how to give one.
XINCHENG = (
    "新城区政府2021年工作安排\n\n"
    "2021年我区经济社会发展的主要预期目标是:地区生产总值增长6%左右;固定资产投资增长8%;"
    "社会消费品零售总额增长6.5%;一般公共预算收入增长5%以上。\n\n"
    "坚持项目建设为先。统筹林带周边区域项目开发,加快传化智联西北运营中心、爱琴海城市商业综合体项目建设,"
    "推动比亚迪厂区及周边、省四院周边、809库土地收储。\n"
)


def test_a_word_and_cheng_shi_is_not_a_city_named_so(tmp_path: Path) -> None:
    result = build_one(tmp_path, XINCHENG)
    assert "海城市" not in {r.region for r in result.records}
    assert result.records == []
    assert result.skipped and "give its places" in result.skipped[0][1]


def test_the_city_itself_is_still_read() -> None:
    gazetteer = Gazetteer.default()
    for text in ("辽宁省海城市今年", "鞍山海城市", "在海城市投资", "海城市人民政府"):
        assert "海城市" in {m.place.name for m in gazetteer.anywhere_mentions(text)}, text
    for text in ("广东等沿海城市的企业", "爱琴海城市商业综合体", "新兴城市发展"):
        assert not [m for m in gazetteer.anywhere_mentions(text) if m.place.level == "county"], text
        assert gazetteer.full_names(text) == [], text


# https://www.zmdzzb.com/article/content/4313 (驻马店日报, 2020-09-10): a zone's news titled with `开发区` as its
# subject and calling it so three times; its host city is named only inside a national brand's name
# (`中国(驻马店)国际农产品加工产业园`, as `中国(郑州)跨境电商综试区` in m.dingxinwen.cn's 郑州经开区 piece): all the
# figures are the zone's, none the city's.
ZHUMADIAN = (
    "开发区签约项目10个 总投资158.36亿元\n\n来源:驻马店日报 作者:驻郑办 发表日期:2020年09月10日\n\n"
    "9月5日下午,第二十三届中国农加工投洽会召开在即,开发区举行重点项目签约仪式。 \n"
    "  签约仪式上,共签约亿元以上项目10个,总投资158.36亿元。其中,10亿元以上项目4个,5亿元~10亿元项目3个。"
    "拟入驻中国(驻马店)国际农产品加工产业园8个,总投资48.36亿元,入驻主城区社会事业和现代服务业项目2个,"
    "总投资额110亿元。 \n"
    "  今年以来,开发区转变招商思路,聚焦引进行业龙头企业、领军企业,坚持大员招商、以商招商、专业招商,"
    "提升招商实效性、精准性,实现借力发展。依托中国(驻马店)国际农产品加工产业园的规划实施推进开放招商,"
    "培育主导产业。(记者 唐翀 通讯员 王晓光)\n"
)


def test_a_zone_titled_by_its_kind_keeps_its_figures(tmp_path: Path) -> None:
    result = build_one(tmp_path, ZHUMADIAN)
    assert result.skipped == []
    regions = {r.region for r in result.records}
    assert len(regions) == 1 and "驻马店市" not in regions
    assert regions.pop().endswith("开发区")
    assert any(r.value == 110 and r.unit == "亿元" for r in result.records)


def test_a_city_text_naming_its_zones_in_passing_stays_the_citys(tmp_path: Path) -> None:
    # the same figures in the city's voice, `开发区` not the title's subject: the city's
    text = ZHUMADIAN.replace("开发区签约项目10个", "驻马店市签约项目10个", 1).replace(
        "开发区举行", "驻马店市举行"
    )
    result = build_one(tmp_path, text)
    assert {r.region for r in result.records} == {"驻马店市"}


# http://destroybadbreath.com/local/dfkx/201409/t20140910_7278229.html (中国台湾网, 2014, traditional script):
# `江西吉安市井開區` and four more `井開區`: 吉安's listed 井冈山经济技术开发区 by its first character and 开区.
JINGKAIQU = (
    "中國臺灣網9月10日吉安消息 日前,江西省政協常委、原省社科院院長汪玉奇來江西吉安市井開區調研,市委書記王萍,"
    "井開區管委會主任鄧淑斌,井開區黨工委副書記、管委會副主任陳敏分別陪同考察。\n"
    "汪玉奇先後到井開區規劃展示館、臺企柏兆(吉安)電子有限公司等企業考察調研,聽取井開區發展建設情況匯報。\n"
    "二是開發區產業聚集特色鮮明,電子信息產業聚集了一批中高端電子企業。紅板電子、合力泰躋身全國電子企業百強。"
    "(中國臺灣網、吉安市臺辦聯合報道)\n"
)


def test_a_listed_zone_by_its_initial_and_kai_qu(tmp_path: Path) -> None:
    result = build_one(tmp_path, JINGKAIQU)
    assert {r.region for r in result.records} == {"井冈山经济技术开发区"}


def test_kai_qu_after_a_word_is_no_zone(tmp_path: Path) -> None:
    # `召开区委常委会` twice: a word ending in 开 and the district's committee, no zone of 吉安's
    text = "吉安市青原区召开区委常委会。青原区召开区委常委会,研究全年工作。全区地区生产总值增长8%。\n"
    result = build_one(tmp_path, text)
    assert "井冈山经济技术开发区" not in {r.region for r in result.records}


# http://www.gytoday.cn/yw/2018-12-19/24700.html (今日高邮, 2007-02-16): an interview with 甘垛镇's party secretary;
# the targets are the town's (`甘垛在工业经济上将大力实施…`), the page names 高邮 only as its outlet and in `高邮鸭`.
GANDUO = (
    "2007-02-16 00:00:00 作者:徐炜 来源:今日高邮\n――访甘垛镇党委书记孙明如\n"
    "“甘垛一定正视与发达乡镇的差距,奋起直追,坚决不拖全市后腿”,甘垛镇党委书记孙明如日前在接受记者采访时信心十足地说。"
    "孙明如说,2007年是甘垛实现全面小康目标的开局之年和关键之年,镇里将坚持以项目建设为抓手。\n"
    "孙明如说,新的一年,甘垛在工业经济上将大力实施“6421”工程,即培植新列统企业6家,列统企业销售确保4亿元,"
    "实施工业项目不少于20家,工业园区基础设施投入在1000万元以上。\n"
    "在新农村建设中,甘垛将积极理顺基层干群关系。同时,做大沙贯养鸡厂和高邮鸭养殖场等。\n"
)


def test_a_towns_interview_is_not_its_countys(tmp_path: Path) -> None:
    result = build_one(tmp_path, GANDUO)
    assert "高邮市" not in {r.region for r in result.records}


def test_a_county_text_visiting_a_town_stays_the_countys(tmp_path: Path) -> None:
    # the county speaking (`全市` is a 市's, so a 县's `全县` here) names the town's secretary in passing
    text = (
        "高邮市召开全市工业经济推进会\n甘垛镇党委书记孙明如作交流发言。\n"
        "高邮市今年将培植新列统企业60家,高邮市规上工业销售确保400亿元。高邮全年实施工业项目不少于200个。\n"
    )
    result = build_one(tmp_path, text)
    assert {r.region for r in result.records} == {"高邮市"}


def test_a_skipped_text_is_told_which_name_is_shared_or_which_towns_it_names(tmp_path: Path) -> None:
    # what the build says for these two pages: the name several places share, and the town a text names
    shared = build_one(tmp_path / "shared", XINCHENG).skipped[0][1]
    assert "新城区" in shared and "呼和浩特市新城区" in shared and "西安市新城区" in shared
    towns = build_one(tmp_path / "town", GANDUO).skipped[0][1]
    assert "甘垛镇" in towns and "give its places" in towns
