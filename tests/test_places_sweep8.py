"""Which place a figure belongs to, and whether a text is placed at all: rules found on freshly swept real pages
(each test's page address in a comment)."""

import pytest

from bot.ingest.normalize import normalize
from bot.ingest.not_records import is_incidental
from bot.ingest.numbers import find_quantities
from bot.ingest.places import Gazetteer
from bot.ingest.segment import split_sections, wide_round_up


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _region_at(text: str, words: str, gaz: Gazetteer) -> str:
    at = text.index(words)
    return next(s.region for s in split_sections(text, gaz) if s.start <= at < s.end)


def test_a_former_county_name_is_not_the_county_it_ends_with(gaz):
    # http://cxztzcjw.cn/info/1353/1984.htm (禄丰县招商局): 禄丰县 (now 禄丰市, 云南) is not 丰县 (江苏)
    text = "新年伊始,禄丰县把招商引资作为经济工作的“牛鼻子”。一月份,全县共实施500万元以上招商引资项目57项。"
    assert [m.place.name for m in gaz.full_names(text)] == []
    assert _region_at(text, "57项", gaz) in (
        "禄丰市",
        "禄丰县",
    )  # (the name as written, once a text uses it twice)
    assert [m.place.name for m in gaz.full_names("江苏丰县人民政府")] == ["丰县"]


def test_a_countrywide_ranking_of_counties_is_no_one_countys_text(gaz):
    # http://zuxbwfcc.cn/xinwen/2023/0727/5862.html (2023 县域经济百强, traditional script): national figures are not
    # 昆山's; the sentence that names 昆山 stays 昆山's
    text = normalize(
        "我國有54個縣域的GDP超過千億元,總計達到8.6萬億元。從地域分布來看,百強縣前十名中,江蘇省就占據了6個席位,"
        "其中前四名均來自江蘇,分別是昆山、江陰、張家港、常熟,另外太倉排名第六,宜興排名第九。"
        "昆山市以2022年GDP 5006.7億元的成績,同比增長1.8%。福建的晉江、浙江的慈溪、山東的龍口、湖南的長沙縣也都成功進入了前十名。"
        "江蘇、浙江兩大強省依然保持遙遙領先,福建、湖南、安徽、內蒙古的各縣差異較大,而山東、湖北、四川則展現出較大的發展潛力。"
    ).text
    assert wide_round_up(text, gaz)
    assert _region_at(text, "54个", gaz) == ""
    assert _region_at(text, "6个席位", gaz) == ""
    assert _region_at(text, "5006.7", gaz) == "昆山市"
    # a county's own text that names its peers is still its own
    own = "全县实现地区生产总值300亿元,与昆山、江阴、张家港、晋江、慈溪、龙口相比,江苏、浙江、福建、山东的县差距仍大。"
    assert not wide_round_up(own, gaz)


def test_a_province_ranking_its_counties_places_each_rank_only(gaz):
    # http://m.yujjsks.com/content/2005-10/25/content_5534018.htm (山东 百强县 2005, traditional script)
    text = normalize(
        "在全國百強縣(市)中,山東省共占了20個席位。此次入圍全國百強縣(市)的山東20個縣(市)及排名分別為榮成(第14位)、"
        "文登(第18位)、龍口(第21位)、膠州(第33位)、即墨(第43位)、鄒城(第45位)、招遠(第59位)、萊州(第67位)、"
        "諸城(第76位)、廣饒(第80位)。浙江、山東、江蘇三省的百強縣(市)個數占全國2/3以上。其中,浙江30個,山東20個。"
    ).text
    assert wide_round_up(text, gaz)
    assert _region_at(text, "20个席位", gaz) == ""
    assert _region_at(text, "浙江30个", gaz) == ""
    # each rank is its county's, whichever city it is in
    assert _region_at(text, "第14位", gaz) == "荣成市"
    assert _region_at(text, "第33位", gaz) == "胶州市"
    assert _region_at(text, "第80位", gaz) == "广饶县"


def test_a_districts_plan_that_names_its_citys_zone_is_not_the_zones(gaz):
    # http://bx2200.com/baogao/huadong/6399_3.html (渝水区 2024): the district (unnamed) states its targets, then
    # pushes 新余经开区; the district's targets are not the zone's
    text = (
        "全区经济社会发展的主要预期目标是:地区生产总值增长7.5%左右,一般公共预算收入增长3.5%左右,"
        "规上工业增加值增长8.5%以上,固定资产投资增长8%以上,社会消费品零售总额增长10%左右,出口总额促稳提质,"
        "实际利用外资稳中有进,引进省外2000万元以上项目资金增长8%左右;城镇、农村居民人均可支配收入分别增长6.5%和7%左右。\n"
        "围绕上述目标,我们将重点抓好以下七个方面工作:\n"
        "一是以“园区”为主引擎。新增规上工业企业40家,推动新余经开区工业主营业务收入突破1000亿元,争创国家级经济开发区。\n"
        "以新余经开区三大片区为核心,加快园区基础设施建设。"
    )
    assert _region_at(text, "7.5%", gaz) == ""
    assert _region_at(text, "40家", gaz) == ""
    # a zone's own text, named in its head, stays the zone's
    own = "新余经开区2024年工作要点\n全区地区生产总值增长8%,新增规上工业企业20家。"
    assert _region_at(own, "8%", gaz) == "新余经济开发区"


def test_the_countys_other_parts_after_its_zone_are_the_countys(gaz):
    # http://oldchangsxs.srcbcz.com/countynews/-pvPvnQQbdxZsLhIooiWM.shtml (长沙县 2015)
    text = (
        "长沙县统计局近日公布数据显示,今年1-7月,全县完成工业总产值1234.1亿元,增长12.7%。"
        "经开区完成规模以上工业产值911.8亿元,增长12.5%;镇街完成规模以上工业产值207.3亿元,增长12.2%。"
        "1-7月“一区八园”完成规模工业产值1082.9亿元,增长12.7%。"
    )
    assert _region_at(text, "911.8", gaz).endswith("开发区")
    assert _region_at(text, "207.3", gaz) == "长沙县"
    assert _region_at(text, "1082.9", gaz) == "长沙县"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # http://www.tmtzqrd.gov.cn/news/rdyw/18472.html (土默特左旗 2024)
        ("本次大会应到代表215名,实到199名,符合法定人数", "215名"),
        ("本次大会应到代表215名,实到199名,符合法定人数", "199名"),
        # http://www.hjhq.gov.cn/zfxxgk/gknr/zdhy/qthy/202601/t20260130_759006.html (杭锦后旗 2026)
        ("杭锦后旗第十八届人民代表大会现有代表204人,出席本次全体会议的代表175人,符合法定人数", "204人"),
        ("杭锦后旗第十八届人民代表大会现有代表204人,出席本次全体会议的代表175人,符合法定人数", "175人"),
        # https://api.cfrd.gov.cn/shows/51/811.html (赤峰 2017)
        ("来自全市的400多名人大代表肩负着各族人民的重托出席大会", "400多名"),
    ],
)
def test_a_congress_roll_is_no_figure(sentence, figure):
    at = sentence.index(figure)
    phrase = next(p for p in sentence.split(",") if figure in p)
    q = next(
        q
        for q in find_quantities(phrase)
        if phrase.find(figure) <= q.start < phrase.find(figure) + len(figure)
    )
    assert is_incidental(sentence, phrase, q), at
    # people a place employs are figures
    jobs = "全县新增城镇就业5000人"
    assert not is_incidental(jobs, jobs, next(iter(find_quantities(jobs))))


def test_a_renamed_zone_is_found_by_its_former_name_and_its_city_counts_for_it(gaz):
    # http://m.zgkjsz.com/page/2014/0826/1431296.shtml (2014, traditional script): 宁波杭州湾新区 is 宁波前湾新区 since
    # 2019; `宁波市` written before it is part of its name, not a vote for the city
    from bot.ingest.zones import find_zones

    assert [z.place.name for z in find_zones("设立宁波杭州湾新区管委会", gaz)] == ["宁波前湾新区"]
    text = normalize(
        "7月25日,上海企聯會長率上海企業家在寧波市杭州灣新區學習考察,受到寧波市委常委、新區黨工委書記馬衛光、"
        "寧波市副市長王劍侯等歡迎。王劍侯副市長重點介紹了新區的發展情況。2009年11月,設立寧波杭州灣新區管委會。"
        "目前新區現落戶工業企業項目384個,投資企業313家。去年,實現工業總產值803.3億元,今年上半年實現工業總產值439.02億元。"
        "市委常委、新區黨工委書記馬衛光表示,建立杭州灣新區是寧波市發展的重大戰略,寧波與上海同屬長三角經濟區。"
    ).text
    assert _region_at(text, "803.3", gaz) == "宁波前湾新区"
