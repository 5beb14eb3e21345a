"""A county's own text that names no county, only its towns (`杨集镇、拐河镇、四里店镇`), is placed at the county the
towns point to, on clear evidence only; a town list entry is the statistics bureau's (bot/data/towns.json)."""

import json
from pathlib import Path

import pytest

from bot.ingest import segment
from bot.ingest.normalize import normalize
from bot.ingest.pipeline import build_corpus
from bot.ingest.places import Gazetteer
from bot.ingest.segment import split_sections
from bot.ingest.towns import TOWNS_PATH, town_index, town_place
from scripts.build_towns import build

# http://prcfe.com/news/2021/0910/432161.html (a 方城县 news item: 我县, no county named; 柳河镇 is 方城县's and 柳河县's)
FANGCHENG = (
    "9月7日,县委副书记、县长李霞带领2021年上半年乡镇(街道)重点工作观摩第二观摩组到杨集镇、拐河镇、四里店镇、柳河镇、"
    "袁店乡、清河镇进行观摩。\n观摩组先后到杨集镇鸿旺牧业、鑫全筑路材料有限公司、拐河镇东麦村、四里店镇南山公园、"
    "小康庄中实泵业、张湾村刘庄、状元川景区、柳河段庄、金庄、景湾村、袁店罗汉山景区、达碳厂、清河镇特色种植专业化示范区"
    "等地。鑫全筑路材料有限公司项目总投资1.2亿元,占地37.8亩。四里店镇南山人民公园位居镇区南侧,规划占地200亩,"
    "计划总投资1000万元。\n大家纷纷表示,将不断提升项目建设力度,为我县经济高质量发展提供坚强保障。"
)
# http://yun.wuningnews.net/c/K01rUHFvTG5PTTNBL3lvb3MvNjA4dz09.html (武宁县: 全县, its 乡 and 镇 only)
WUNING = (
    "1月3日,为期3天的全县乡镇经济社会高质量发展现场推进活动拉开帷幕。县委书记洪碧霞,县委副书记、县长张宇峰率队"
    "深入我县各乡镇(街道、工业园)现场观摩。\n活动第一天,走进的是甫田乡、澧溪镇、官莲乡、鲁溪镇、泉口镇、大洞乡、"
    "横路乡。\n澧溪镇重点流域水环境综合治理项目,是该镇通过争资争项从省发改委直接立项项目,总投资6400万元。"
)
# https://www.zhonglou.gov.cn/html/czzl/2022/IFIAPOCQ_1212/318544.html (常州市钟楼区; `老城复兴` holds 复兴区's short form)
ZHONGLOU = (
    "12月7日下午,区委常委会集体调研五星街道、永红街道、南大街街道、荷花池街道。区委书记沈东强调,作为推进老城复兴的"
    "主阵地,四个板块要联动推进、协同发展,为钟楼经济发展作出更大贡献。\n沈东表示,五星街道、永红街道、南大街街道、"
    "荷花池街道都为全区统筹好疫情防控和经济社会发展中做出了不懈努力和重要贡献。\n要紧紧围绕发展目标,在全力推进"
    "“老城复兴样板区”建设中体现应有担当。让大运河钟楼段有形态、有亮点、有故事。全区新增就业岗位1200个。"
)
# http://www.linkshop.cn/Club/dispbbs.aspx?rootid=426230 (one 街道 named: 石臼街道 of 日照市东港区)
ONE_TOWN = (
    "石臼街道立足实际,强化措施,狠抓落实。到目前,全街道实现地区生产总值31亿元,完成规模以上固定资产投资34亿元,"
    "实现地方财政收入2.03亿元。"
)
# https://chujupifa.com/read/-dy-article-JR22PLEI055040N3.html (上海市普陀区: two 街道; 甘泉 of 甘泉路街道 is no 甘泉县)
PUTUO = (
    "3月19日,区委书记胡广杰分别赴真如镇街道和甘泉路街道实地调研,并主持召开座谈会。\n他表示,真如镇街道是上海向西"
    "辐射、联通长三角的重要节点,要主动干在前、做示范、当标兵。\n在甘泉路街道办事处,胡广杰表示,近年来,街道干字当头、"
    "奋力一跳,推动各项工作出亮点、出成效、出品牌。"
)
# https://www.szx.gov.cn/xwdt/szxw/202504/t20250407_1204124.html (绥中县: 明水乡 is its 明水满族乡, no 明水县's)
MINGSHUI = (
    "刘晓军调研明水乡祝家沟村重点项目建设情况\n4月1日,县委书记刘晓军到明水乡祝家沟村,就引水上山、河道治理等"
    "项目建设情况开展实地调研。\n要深入贯彻落实习近平总书记在辽宁考察时的重要讲话和重要指示精神。"
)
# https://uatriatlon.com/a/sz/2022/0623/40070.html (京山市, a county-level city: 全市, its 镇 and 街道, traditional script)
JINGSHAN = (
    "6月22日,全市第二季度農村人居環境整治大競賽舉行,對各鎮、街道農村人居環境整治情況進行現場考評。\n考評組成員一行"
    "先後前往永興街道觀音巖村、曹武鎮顧家場村、羅店鎮徐河村、坪壩鎮和平村、宋河鎮芭蕉寺村、三陽鎮普濟寺村、綠林鎮吳集村、"
    "楊集鎮楊集村、新市街道四嶺村、溫泉街道窯山村、錢場鎮舒嶺村、雁門口鎮義和村、孫橋鎮橫嶺鋪村、石龍鎮梭墩村、"
    "永漋鎮賈家臺村等15個農村人居環境整治村進行現場觀摩。"
)
# http://nq.gov.cn/xwzx/zwyw/34376.htm (宁强县: 我县, 县委书记, one town named, 青木川镇, a town of no other county)
NINGQIANG = (
    "我县召开2018年重点项目建设推进会\n10月10日,我县召开2018年重点项目建设推进会。县委书记陈剑彬出席会议并讲话,"
    "县委常委、常务副县长鲁志文主持会议,青木川景区管委会办公室主任、青木川镇党委书记肖义恩出席会议。\n"
    "会上,通报了今年全县重点项目建设情况和明年项目征集情况,交运、住建、经贸、水利、文旅、高寨子等单位作了发言。"
)
# http://www.kedouhuzhu.com/2023-03/06/content_1495210.htm (仙游县's 大济镇 speaking of itself; a county official
# attends; 汾阳村 is one of its villages, no 汾阳市)
DAJI = (
    "3月4日,大濟鎮舉辦“奮進爭一流實干開新局”村居分片區擂臺賽活動,推廣項目建設好的經驗和做法。縣委常委、組織部部長"
    "陳劍波參加并現場點評指導。此次擂臺賽,大濟鎮23個村(社區)以木蘭溪為軸,分南北片區,共設置10個項目觀摩點。"
    "實地觀摩了垅溪村集鎮區農貿市場改造、坑北村土地整治、汾陽村黨群服務中心建設等項目。"
)
# http://wp.rexun.cn/caijing/2022/0715/071571834.html (尉氏县's 水坡镇 and its villages: the town's figures)
SHUIPO = (
    "在水坡镇,各村都有自己的产业和品牌。目前,仝家村已建成面积500余亩的大棚果蔬产业园,年产值300余万元。"
    "北纬坞村大力发展红薯苗种植业,辐射带动全镇种植优质红薯1500余亩,培育红薯粉条加工作坊100余家。"
)
# http://www.q235cgg.com/news.php?cid=33&id=10015 (罗山县: three of its towns; 德江 only in a company's name)
LUOSHAN = (
    "5月7日,縣委農辦主任、農業農村局局長魯勖一行到彭新鎮明月村、潘新鎮徐寨村、莽張鎮魯堂村等地調研指導特色產業發展。"
    "在潘新鎮徐寨村,魯勖一行來到正在建設的火龍果產業園。在莽張鎮魯堂村德江農業公司,實地了解特色林果產業基地建設情況。"
)
# http://www.huxianbbs.com/thread-52796-1-1.html (户县, now 鄠邑区, 2011: 蒋村镇 is 定襄县's too, 天桥镇 is two other
# counties' and no longer 鄠邑区's)
HUXIAN = (
    "9月21日上午,我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会。会上,副县长郭强对我县2011年三夏工作进行了全面"
    "总结;蒋村镇、祖庵镇、天桥镇负责同志进行了表态发言。"
)
# https://xsw5.net/book/1746835/18557681.html (a novel: 周川镇 and the 城关镇 of any county)
NOVEL = "回到办公室,王鸿涛立即联系了周川镇和城关镇两个书记,说明了调研要求和时间。直接去往城关镇政府,共走访12个村。"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _place(text: str, gaz: Gazetteer) -> str:
    place = town_place(text, gaz)
    return place.name if place else ""


def _region(text: str, gaz: Gazetteer) -> str:
    return split_sections(normalize(text).text, gaz)[0].region


def test_towns_written_in_full_point_at_their_county(gaz):
    assert _place(WUNING, gaz) == "武宁县"
    assert _place(FANGCHENG, gaz) == "方城县"
    assert _place(ZHONGLOU, gaz) == "钟楼区"
    assert _region(JINGSHAN, gaz) == "京山市"  # read after the text is made simplified


def test_one_town_or_towns_of_many_counties_are_no_evidence(gaz):
    assert _place(ONE_TOWN, gaz) == ""
    assert _place(NOVEL, gaz) == ""
    # names many counties share (城关镇 88, 新华街道 27, 城东街道 29) count for nothing
    assert _place("城关镇、新华街道、城东街道、城关街道分别完成目标任务。", gaz) == ""


def test_two_counties_with_equal_support_are_refused(gaz):
    # two towns each of 武宁县 (甫田乡, 官莲乡) and of 方城县 (四里店镇, 拐河镇)
    assert _place("甫田乡、官莲乡、四里店镇、拐河镇的负责人参加会议。", gaz) == ""
    # one county's towns outnumbering the other's two to one do decide
    assert _place("四里店镇、拐河镇、甫田乡、官莲乡、横路乡、大洞乡。", gaz) == "武宁县"


def test_a_named_city_narrows_shared_town_names(gaz):
    # 黄花镇 and 果园镇 are towns of four counties each; in 长沙 they are 长沙县's (tests/real r03, 长沙县 2023)
    text = "黄花镇入列中国百强镇。果园镇获评全国乡村治理示范镇。"
    assert _place(text, gaz) == ""
    assert _place("长沙经开区成为首批国家级知识产权强国建设示范园区。" + text, gaz) == "长沙县"


def test_a_suffix_that_starts_a_word_is_no_town(gaz):
    index = town_index(gaz)
    assert "保城镇" not in index.named("确保城镇新增就业1.2万人")  # 城镇新增…, not 保城镇 of 保亭县
    assert "保城镇" in index.named("保城镇、响水镇、新政镇")


def test_a_county_short_form_inside_a_town_name_yields_to_the_towns(gaz):
    # 柳河 stands in 柳河镇 (and 柳河段庄): before the town list this text went to 柳河县
    assert split_sections(FANGCHENG, gaz)[0].region == "方城县"
    # 复兴 of `老城复兴` is named more than 钟楼, but the 街道 are 钟楼区's and 钟楼 is named too
    assert split_sections(ZHONGLOU, gaz)[0].region == "钟楼区"


def test_a_short_form_inside_another_county_s_town_name_is_no_county(gaz):
    assert split_sections(PUTUO, gaz)[0].region == "普陀区"  # not 甘泉县, whose short form 甘泉路街道 holds
    assert split_sections(MINGSHUI, gaz)[0].region == ""  # not 明水县: one town is too little to place it
    assert "绥中县" in {p.name for p in town_index(gaz).counties("明水乡")}  # 明水满族乡 without its people


def test_build_places_a_document_that_names_only_its_towns(tmp_path):
    (tmp_path / "wuning.txt").write_text(WUNING, encoding="utf-8")
    (tmp_path / "shijiu.txt").write_text(ONE_TOWN, encoding="utf-8")
    result = build_corpus(tmp_path)
    assert {r.region for r in result.records} == {"武宁县"}
    assert any(r.value == 6400 for r in result.records)
    assert [name for name, _ in result.skipped] == ["shijiu.txt"]


def test_traditional_script_is_read_the_same(tmp_path):
    import opencc

    (tmp_path / "wuning_trad.txt").write_text(opencc.OpenCC("s2t").convert(WUNING), encoding="utf-8")
    assert {r.region for r in build_corpus(tmp_path).records} == {"武宁县"}


def test_a_document_that_names_its_county_never_reads_the_town_list(gaz, monkeypatch):
    def fail(*_args, **_kwargs):
        raise AssertionError("the town list was read")

    monkeypatch.setattr(segment, "town_place", fail)
    monkeypatch.setattr(segment, "short_form_outside_towns", fail)
    text = "武宁县2023年上半年经济运行情况。全县地区生产总值增长5%,澧溪镇、鲁溪镇工业产值增长8%。"
    assert split_sections(text, gaz)[0].region == "武宁县"


def test_the_shipped_list_is_compact_and_keyed_by_gazetteer_counties(gaz):
    data = json.loads(TOWNS_PATH.read_text(encoding="utf-8"))
    codes = {p.code for p in gaz.places}
    assert set(data["towns"]) <= codes
    assert "方城县" in {p.name for p in town_index(gaz).counties("四里店镇")}
    assert TOWNS_PATH.stat().st_size < 600_000


def test_the_build_follows_a_recoded_county_by_its_towns(tmp_path):
    """A county recoded since (an old code the gazetteer lacks) goes to the county that holds its towns today."""

    def package(folder: Path, version: str, areas: list[dict], streets: list[dict]) -> Path:
        (folder / "dist").mkdir(parents=True)
        (folder / "package.json").write_text(json.dumps({"version": version}), encoding="utf-8")
        (folder / "dist" / "areas.json").write_text(json.dumps(areas), encoding="utf-8")
        (folder / "dist" / "cities.json").write_text("[]", encoding="utf-8")
        (folder / "dist" / "streets.json").write_text(json.dumps(streets), encoding="utf-8")
        return folder

    gazetteer = {
        "places": [
            ["320000", "江苏省", "江苏", "province", "", ""],
            ["320685", "海安市", "海安", "county", "", ""],
        ]
    }
    new = package(
        tmp_path / "new",
        "2.7.0",
        [{"code": "320685", "name": "海安市"}],
        [{"areaCode": "320685", "name": n} for n in ("城东镇", "角斜镇", "海安经济开发区")],
    )
    old = package(
        tmp_path / "old",
        "2.3.1",
        [{"code": "320621", "name": "海安县"}],
        [{"areaCode": "320621", "name": n} for n in ("城东镇", "角斜镇", "胡集镇")],
    )
    towns, versions, dropped = build([new, old], gazetteer)
    assert versions == ["2.7.0", "2.3.1"]
    assert towns == {
        "320685": ["城东镇", "角斜镇", "胡集镇"]
    }  # 开发区 is no town; 胡集镇 (merged since) is kept
    assert not dropped


def test_one_town_of_one_county_in_the_county_s_own_voice_places_it(gaz):
    assert _place(NINGQIANG, gaz) == "宁强县"
    assert _region(NINGQIANG, gaz) == "宁强县"
    # in traditional script too
    import opencc

    assert _region(opencc.OpenCC("s2t").convert(NINGQIANG), gaz) == "宁强县"


def test_one_town_without_the_county_s_voice_stays_unplaced(gaz):
    assert _place(DAJI, gaz) == ""  # a county official attending is no `我县`
    assert _place(SHUIPO, gaz) == ""  # `全镇`: the town's own figures
    assert _place(MINGSHUI, gaz) == ""  # `县委书记` alone
    # the town speaks of itself more than of the county
    assert _place("我县召开会议。青木川镇党委书记介绍,全镇旅游收入2亿元,全镇接待游客100万人次。", gaz) == ""
    # a second town that is another county's points elsewhere
    assert _place(NINGQIANG + "大济镇负责人作了发言。", gaz) == ""
    # a 区's voice is no 县's, and a 自治区's `全区` is no district's
    assert _place(NINGQIANG.replace("我县", "我区").replace("全县", "全区"), gaz) == ""
    assert _place("自治区全区重点项目推进。五星街道负责人作了发言。", gaz) == ""


def test_a_village_named_after_a_county_is_no_county(gaz):
    assert _region(DAJI, gaz) == ""  # not 汾阳市, whose short form is only 汾阳村's
    # `汾阳村民` would be the county's people: there 汾阳 counts
    assert _region("汾阳村民收入增长8%,全市农民人均可支配收入2万元。", gaz) == "汾阳市"


def test_towns_outweigh_a_short_form_named_once(gaz):
    assert _region(LUOSHAN, gaz) == "罗山县"  # not 德江县 of `德江農業公司`


def test_a_namesake_of_the_county_s_own_town_is_no_rival(gaz):
    # 鄠邑区 1.5 (祖庵镇, half of 蒋村镇) against 定襄县 0.5 (the other half of 蒋村镇) and 天桥镇's two counties
    assert _place(HUXIAN, gaz) == "鄠邑区"
    # towns that point elsewhere still weigh: two more of 凤冈县's make it no clear case
    assert _place(HUXIAN + "琊川镇、蜂岩镇负责同志参加。", gaz) == ""
