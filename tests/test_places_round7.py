"""Which county, district or zone a text is placed in: rules found on real pages (addresses in each test)."""

import pytest

from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.segment import county_press_place, publisher_place, split_sections
from bot.ingest.zones import find_zones


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _region(text: str, gaz: Gazetteer) -> str:
    return split_sections(text, gaz)[0].region


def test_a_common_word_before_a_zone_suffix_is_no_county_zone(gaz):
    # http://bx2200.com/baogao/huadong/12175_2.html (龙游县, 2025): 共同富裕示范区 is Zhejiang's, not 富裕县's
    text = (
        "2025年是“十四五”收官之年,也是龙游加快建设区域明珠城市的关键之年。"
        "紧扣高质量发展建设共同富裕示范区核心任务,在山区高质量跨越式发展、建设共同富裕示范区上当龙头争上游。"
        "建议2025年全县经济社会发展的努力目标为:全县生产总值增长7%。"
        "一要以更强韧劲亮明“龙游的态度”。"
    )
    assert find_zones(text, gaz) == []
    assert _region(text, gaz) == "龙游县"
    # in its own city the county's zone still counts
    assert [z.place.name for z in find_zones("富裕经济开发区完成投资", gaz, "齐齐哈尔市")] == [
        "富裕经济开发区"
    ]


def test_a_county_papers_piece_whose_lines_open_with_the_bare_zone_is_the_counties_zone(gaz):
    # http://www.dtxww.com/site/content.html?key=661f1b4bff891eb7418b4568&father_key=5823da05d7af1495008b46a8
    # (东台报业网, 2024): the zone's director speaks; the zone is 东台's, a county-level city
    text = (
        "千年古城,挟历史之蕴藉,源远流长!\n\n"
        "经济开发区管委会主任 高伟 实干争先立潮头 勇挑大梁建新功-东台报业网\n\n"
        "当前位置:东台报业网 > 要闻 > 正文\n\n"
        "来源:东台日报     点击数:803     日期:2024-04-17 08:43:42\n"
        "经济开发区将进一步激发高质量发展的强烈共识、强劲信心、强大合力。\n"
        "全年全口径工业开票销售突破600亿元、其中主导产业540亿元,新签约亿元项目15个以上。\n"
    )
    assert _region(text, gaz) == "东台经济开发区"
    # a county piece that names its zone in passing stays the county's
    passing = "来源:东台日报\n全市上下奋力攻坚。\n经济开发区将新开工项目8个。\n全市新签约亿元项目15个。"
    assert _region(passing, gaz) == "东台市"


def test_a_county_newsroom_with_the_counties_voice_places_the_text(gaz):
    # http://qdhnews.com.cn/news/content/2018-01/17/content_8700918.html (淳安县千岛湖传媒中心, 2018): the city's
    # portal in the footer names 杭州 more, but the county's newsroom speaks of 全县, 我县
    text = (
        "浙新办[2005]20号 浙ICP备05073341号 广告经营许可证:杭工商淳广许2004001号\n"
        "淳安县千岛湖传媒中心版权所有 未经授权禁止复制或镜像 网络广告 0571-64831301\n"
        "杭州网・千岛湖网 网络支持:杭州网络传媒有限公司\n"
        "昨日,备受瞩目的县第十六届人民代表大会第二次会议在水之灵剧场隆重开幕。\n"
        "“2017年,全县实现生产总值255亿元,按可比价计算增长8.5%……”呈现了我县过去一年的成绩。\n"
    )
    assert _region(text, gaz) == "淳安县"
    # a province's paper is no county's voice
    assert county_press_place("来源:浙江日报\n全省实现生产总值", gaz) is None
    # nor a county's party committee writing in a city's paper
    assert county_press_place("海安市委书记在南通日报撰文\n全市实现生产总值", gaz) is None
    # nor a county's paper in a text that speaks in no county's voice
    assert county_press_place("来源:东台日报\n盐城市实现生产总值", gaz) is None


def test_a_proper_named_county_zone_and_its_listed_figures(gaz):
    # https://gongwencankao.com/17011.html (湘潭县2023年政府工作报告): 天易经开区 is named once, by its proper name
    # (named again in 天易创新城); its figures run on over `;` to the sentence's end; the park after is the county's
    text = (
        "湘潭县2023年政府工作报告(20221223)\n全县地区生产总值595亿元,增长5.5%。园区发展势头良好。"
        "天易经开区实现技工贸总收入1200亿元;完成地区生产总值430亿元;规模工业总产值790亿元,增长14%;"
        "固定资产投资165亿元,增长10%;引进项目90个,到位资金104亿元,进出口总额8亿元。"
        "成功入选湖南省工业固体废物资源综合利用示范基地。"
        "天易创新城建设加快推进,柏屹自主创新园实现亩均产值273万元,亩均税收28万元。"
    )
    sections = split_sections(text, gaz)

    def region_at(words: str) -> str:
        at = text.index(words)
        return next(s.region for s in sections if s.start <= at < s.end)

    assert region_at("1200亿元") == "湘潭天易经济开发区"
    assert region_at("进出口总额8亿元") == "湘潭天易经济开发区"
    assert region_at("595亿元") == "湘潭县"
    assert region_at("273万元") == "湘潭县"
    # a verb before a zone's kind names none: `大力支持` is not a zone's name
    assert find_zones("全县经济平稳。大力支持高新区建设,全县投资增长。", gaz, "湘潭市") == []


def test_a_government_pages_index_number_gives_its_publishers_division(gaz):
    # http://gxq.als.gov.cn/art/2024/8/1/art_2337_520607.html (阿拉善高新区, 2024): the text names only `高新区` and
    # `全盟`; the 索引号 opens with the publisher's credit code, registered in 152921 (阿拉善左旗, 阿拉善盟)
    text = (
        "索引号: | 81152921MC36887565/2024-00552 | 发布机构: | 经济发展局 |\n"
        "公开方式: | 主动公开 | 组配分类: | 统计信息 |\n"
        "加快高新区项目建设步伐2024年上半年固定资产投资增长44.6%\n"
        "今年以来,高新区提升政务服务、加快项目落地。上半年,固定资产投资同比增长44.6%,"
        "占全盟投资比重的47.6%,总量居全盟第一、增速第二。\n"
        "亿元以上施工项目35个,为高新区亿元以上项目起到决定性作用。\n"
    )
    assert publisher_place(text, gaz).name == "阿拉善左旗"
    assert _region(text, gaz) == "内蒙古阿拉善高新技术产业开发区"
    # https://www.zlq.gov.cn/zlq/zwgk/zfxxgkzl/fdzdgknr/ghjh/gmjjhshfzgh/2025042509295737996/index.shtml
    assert publisher_place("索引号:11152530MB16339695/2025-00002 发文字号:———", gaz).name == "正蓝旗"
    # an index number that is no credit code (`hzwxq5/2024-65993`) says nothing
    assert publisher_place("索引号: hzwxq5/2024-65993 组配分类: 计划总结", gaz) is None
    # a county page that names no place: its publisher's county
    assert _region("索引号:11330127002487613R/2018-00123\n全县实现生产总值255亿元。", gaz) == "淳安县"


def test_an_acting_county_heads_title_is_no_county(gaz):
    # http://m.taodocs.com/p-22767478.html (昔阳县 2009 report): `代县长 丁雪钦` is the acting county head, not 代县
    assert gaz.full_names("第三次会议上\n代县长   丁雪钦\n各位代表:") == []
    assert gaz.find_mentions("代县长   丁雪钦", ["忻州市"]) == []
    assert [m.place.name for m in gaz.full_names("代县人民政府")] == ["代县"]


def test_an_unnamed_countys_own_text_that_names_only_its_city_is_not_the_citys(gaz):
    # http://hnshengtong.com/Item/Show.asp?d=5075&m=1 (a county paper, traditional script): `我縣` speaks, 台州市 is only
    # the frame of its rank; the figures are the county's, not 台州's
    text = (
        "我縣工業經濟成為全市亮點\n其中,尤以我縣工業經濟發展形勢為一大亮點。今年1—10月,我縣在國內生產總值、"
        "規模以上工業總產值等四項緊張經濟指標上,均名列臺州市各縣(市區)第一位。 昨天上午,全市工業經濟座談會在我縣召開。"
    )
    assert _region(normalize(text).text, gaz) == ""
    # a city's own text stays the city's
    assert _region("台州市统计局\n今年1-10月,全市规上工业总产值增长9%。", gaz) == "台州市"


def test_a_zones_level_between_its_place_and_its_kind(gaz):
    # http://www.nbhtz.gov.cn/art/2008/3/12/art_1229022990_28500.html: `宁波国家高新区` is the zone, not 宁波市
    text = "宁波国家高新区2007年工作总结和2008年工作安排报告"
    assert [z.place.name for z in find_zones(text, gaz)] == ["宁波高新技术产业开发区"]
    # the level alone names none
    assert find_zones("全力创建国家高新区", gaz) == []
