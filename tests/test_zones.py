"""Development zones and new areas named by a proper name that is no place (两江新区, 火炬开发区, 大连金普新区) are
places of their own; ordinary phrases (城市新区, 新城新区) and real divisions (浦东新区, 滨海新区) are not.
Sentences quoted from public pages (addresses in each test)."""

from pathlib import Path

import pytest

from bot.ingest.pipeline import build_corpus
from bot.ingest.places import Gazetteer
from bot.ingest.zones import find_zones


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _zones(text: str, gaz: Gazetteer, city: str = "") -> list[tuple[str, str, str]]:
    """(as written, full name, parent city) of each zone found."""
    return [(text[z.start : z.end], z.place.name, z.place.city) for z in find_zones(text, gaz, city)]


def test_a_zone_with_its_own_party_working_committee_is_a_zone(gaz):
    # https://test.zsnews.cn/town/index/view/cateid/1202/id/721026.html
    text = (
        "1月30日，中山火炬开发区召开2023年工作总结暨2024年工作部署大会。副市长、火炬开发区党工委书记刘云梅出席会议。"
        "2023年，火炬开发区全年地区生产总值预计完成531.48亿元，同比增长5.0%，总量居全市第一。"
    )
    assert _zones(text, gaz, "中山市") == [
        ("中山火炬开发区", "中山火炬高技术产业开发区", "中山市"),
        ("火炬开发区", "中山火炬高技术产业开发区", "中山市"),
        ("火炬开发区", "中山火炬高技术产业开发区", "中山市"),
    ]


def test_the_longest_full_form_the_text_uses_names_the_zone(gaz):
    # https://caifuhao.eastmoney.com/news/20241217172203111880500
    text = (
        "中山火炬高技术产业开发区（以下简称“火炬开发区”）系1990年由科技部、广东省人民政府和中山市人民政府共同创办的"
        "国家级高新区，2023年1-9月全区实现地区生产总值373.92亿元。区属企业作为火炬开发区管委会和企业之间的桥梁。"
    )
    names = {name for _, name, _ in _zones(text, gaz, "中山市")}
    assert names == {"中山火炬高技术产业开发区"}


def test_a_proper_name_after_its_city_is_a_zone_without_other_cue(gaz):
    # https://dljp.gov.cn/hd/005001/20221216/cba7fd61-03fd-4e1e-8e05-da9c95e42460.html (title: 大连金普新区)
    text = "大连金普新区。年初“双高发展领跑年”动员部署会议上，金普新区要在主要经济指标增幅上实现“六个领跑”。"
    assert _zones(text, gaz, "大连市") == [
        ("大连金普新区", "大连金普新区", "大连市"),
        ("金普新区", "大连金普新区", "大连市"),
    ]
    # http://zunxu.com/shenghuo/12319.html
    text = "青岛西海岸新区位于山东省青岛市西岸，包括黄岛区全部行政区域。"
    assert _zones(text, gaz, "青岛市") == [("青岛西海岸新区", "青岛西海岸新区", "青岛市")]


def test_a_new_area_called_a_national_one_is_a_zone(gaz):
    # http://zunxu.com/shenghuo/12319.html
    text = "两江新区是重庆市下辖的副省级新区、国家级新区，也是中国内陆第一个国家级开发开放新区。"
    assert _zones(text, gaz, "重庆市") == [("两江新区", "重庆两江新区", "重庆市")]


def test_a_bare_proper_name_counts_when_the_zone_list_has_it_in_the_texts_city(gaz):
    # https://dljp.gov.cn/hd/005001/20221216/cba7fd61-03fd-4e1e-8e05-da9c95e42460.html
    text = "回首一年“双高发展”之路，金普新区经受住了多重考验。"
    assert _zones(text, gaz, "大连市") == [("金普新区", "大连金普新区", "大连市")]
    # the list places 金普新区 in 大连: a text about another city, with no cue, names no zone
    assert _zones(text, gaz, "沈阳市") == []


def test_ordinary_phrases_with_new_area_are_no_zone(gaz):
    # https://m.fx361.cc/news/2016/0524/19136028.html
    text = (
        "城市新区作为城市空间跨越式扩张的主要形式，其功能研究一直是城市地理学关注的主要问题。"
        "坚持适配理念可以使城市新区功能的能性、能级和能位与城市整体功能相适应。"
    )
    assert _zones(text, gaz, "西安市") == []
    # https://lw33.cn/article/77abce5aca4aac318b4bda0c.html
    text = "据不完全统计，截至2014年10月，全国县及县以上的新城新区数量超过3000个。"
    assert _zones(text, gaz) == []
    assert _zones("统筹老城区和新区建设，推进南通城市新区、建设新区。", gaz, "南通市") == []
    # tests/real/docs/r36_zengcheng_news_2022.txt: a project's name, not a zone
    text = "工信部电子第五研究所增城总部新区项目加快建设。"
    assert _zones(text, gaz, "广州市") == []


def test_a_division_named_new_area_stays_a_division(gaz):
    # https://www.chinanews.com/cj/2013/11-27/5554959.shtml
    text = "天津市滨海新区第二届人民代表大会第一次会议27日开幕。滨海新区区长宗国英在其政府工作报告中指出。"
    assert _zones(text, gaz, "天津市") == []
    assert _zones("2023年，上海浦东新区为全国国家新区gdp最高。", gaz, "上海市") == []


def test_a_text_about_a_proper_named_zone_is_the_zones_not_its_citys(tmp_path: Path):
    docs = {
        # https://test.zsnews.cn/town/index/view/cateid/1202/id/721026.html
        "huoju": (
            "1月30日，中山火炬开发区召开2023年工作总结暨2024年工作部署大会。副市长、火炬开发区党工委书记刘云梅出席会议。\n"
            "2023年，火炬开发区全年地区生产总值预计完成531.48亿元，同比增长5.0%，总量居全市第一。"
            "规上工业增加值完成343.64亿元，同比增长4.3%。"
        ),
        # https://dljp.gov.cn/hd/005001/20221216/cba7fd61-03fd-4e1e-8e05-da9c95e42460.html
        "jinpu": (
            "大连金普新区\n2022年，是大连实现三年挺进“万亿GDP城市”目标的起步之年，是金普新区的“双高发展领跑年”。\n"
            "前三季度，金普新区农林牧渔及服务业总产值122.6亿元，按可比价格计算，同比增长3.2%；"
            "社会消费品零售总额310.4亿元，商贸业持续回暖。"
        ),
    }
    for name, text in docs.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert {(r.doc, r.region) for r in records} == {
        ("huoju", "中山火炬高技术产业开发区"),
        ("jinpu", "大连金普新区"),
    }


def test_the_speakers_own_zone_beats_the_city_of_the_byline(tmp_path: Path):
    # http://m.aqualifewatersolutions.com/town/index/view/cateid/1202/id/746067.html (a 中山日报 piece, in
    # traditional script there; simplified here)
    text = (
        "2月6日，在全市高质量发展大会上，火炬开发区党工委副书记、管委会主任张义强表示，2025年，火炬开发区将锚定"
        "“深中一体化融合发展主阵地、全市创新发展主引擎、产城融合高质量发展示范区”定位，力争全年GDP增长6.5%以上，"
        "规上工业增加值增速超7%。\n"
        "2024年，火炬开发区坚定不移“挑大梁”、担重任，社会消费品零售总额增长9.3%。\n"
        "中山日报 记者 夏升权"
    )
    (tmp_path / "huoju.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert records and {(r.region, r.city) for r in records} == {("中山火炬高技术产业开发区", "中山市")}


# ---------------------------------------------------------------------------------------- the zone list


def test_a_short_form_gets_the_official_name_the_zone_list_has(gaz):
    # https://test.zsnews.cn/town/index/view/cateid/1202/id/721026.html (tests/real r56)
    text = "1月30日，中山火炬开发区召开2023年工作总结暨2024年工作部署大会。"
    assert _zones(text, gaz) == [("中山火炬开发区", "中山火炬高技术产业开发区", "中山市")]
    # a city's one national high-tech zone, whatever its official kind (威海火炬高技术产业开发区)
    assert _zones("威海高新区", gaz)[0][1:] == ("威海火炬高技术产业开发区", "威海市")
    # a listed zone of the text's city beats a same-named district of another city (南昌's 东湖区)
    assert _zones("东湖高新区", gaz, "武汉市")[0][1:] == ("武汉东湖新技术开发区", "武汉市")


def test_a_jingkaiqu_with_no_national_zone_is_a_provincial_economic_zone(tmp_path: Path, gaz):
    # http://3g.guangyuanol.cn/news/meishi/2016/0816/626312.html (tests/real r63)
    assert _zones("巴中市经开区上半年规上工业增加值增长26.8%", gaz)[0][1:] == ("巴中经济开发区", "巴中市")
    # national ones keep their name (tests/real README: 扬州经济技术开发区)
    assert _zones("扬州经开区", gaz)[0][1] == "扬州经济技术开发区"
    text = (
        "巴中市经开区上半年规上工业增加值增长26.8%\n2016-08-16 10:27  巴中日报\n"
        "    原标题:经开区上半年规上工业增加值增长26.8%——来源:巴中日报\n"
        "    8月14日,记者从经开区经济发展局获悉,今年上半年经开区工业经济稳步增长。1—6月,27家投产工业企业运行良好,"
        "规上工业增加值增长26.8%,完成工业技改投资2.85亿元。今年以来,经开区坚定不移落实市“工业增长”各项措施。"
    )
    (tmp_path / "bazhong.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert records and {(r.region, r.city) for r in records} == {("巴中经济开发区", "巴中市")}


def test_a_listed_new_area_named_without_its_city_is_that_new_area(tmp_path: Path):
    # http://m.nxhuan.com/renwu/p/1648540.html (tests/real r51, traditional script; 德州 is never named, and
    # `以上来安排` holds the short form of 来安县)
    text = (
        "2023年是天衢新區只爭朝夕的一年。我們扛牢使命擔當，積極主動作為。稅收占比、進出口總額、實際利用外資總量、"
        "高技術產業投資占比全市第一。2023年國家級開發區綜合發展水平考核評價排名大幅躍升至國家第69位。\n"
        "2024年是天衢新區“一年破題起勢、三年快速發展、五年取得突破”的關鍵一年。主要經濟指標按照高於全市2個百分點"
        "以上來安排，一般公共預算收入高於全市7個百分點以上。"
    )
    (tmp_path / "tianqu.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert records and {(r.region, r.city) for r in records} == {("德州天衢新区", "德州市")}


def test_a_user_finds_a_zone_by_its_short_names():
    from bot.question import QuestionReader

    zones = {"中山火炬高技术产业开发区": "中山市", "德州天衢新区": "德州市", "武汉东湖新技术开发区": "武汉市"}
    reader = QuestionReader(Gazetteer.default(), [], lambda place: True, zones)
    for typed, zone in (
        ("中山火炬", "中山火炬高技术产业开发区"),
        ("火炬开发区", "中山火炬高技术产业开发区"),
        ("中山火炬开发区", "中山火炬高技术产业开发区"),
        ("天衢新区", "德州天衢新区"),
        ("东湖高新区", "武汉东湖新技术开发区"),
    ):
        found = reader.zone_named(typed)
        assert found is not None and found.name == zone, typed
    assert [p.name for p in reader.read("中山火炬GDP").places] == ["中山火炬高技术产业开发区"]


def test_a_part_of_town_before_new_area_is_no_districts_zone():
    # http://bktnk.com/linyidongtai/182463.html: `东城新区建设项目` is no zone of Beijing's 东城区
    text = "要全力推进东城新区建设项目、重点产业发展项目和在谈招商引资项目"
    assert find_zones(text, Gazetteer.default()) == []


def test_a_citys_clause_opening_with_its_zones_kind_is_the_citys_zone():
    # http://www.0356sh.com/news/20120817/505.html: `其中,开发区完成投资12.6亿元` in 晋城's round-up
    from bot.ingest.zones import county_zone_at

    city = Gazetteer.default().get("晋城市")
    text = "开发区完成投资12.6亿元"
    zone = county_zone_at(text, 0, city)
    assert zone is not None and (zone.name, zone.city) == ("晋城经济技术开发区", "晋城市")
    assert county_zone_at("开发区工作会议召开", 0, city) is None
