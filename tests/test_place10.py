"""place10: the common words that hold a prefecture-level city's or a prefecture's short form come from the
word-frequency list (bot/data/word_shorts.json `city_phrases`, scripts/build_word_shorts.py), with the phrases
seen in real sentences that the list does not hold as one word (`attested_city_phrases`). Excerpts of public
pages (addresses in each test)."""

import json
from pathlib import Path

from bot.ingest.pipeline import build_corpus
from bot.ingest.places import WORD_SHORTS_PATH, Gazetteer


def _records(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {(r.region, r.city) for r in build_corpus(tmp_path).records}


def test_marble_names_no_prefecture(tmp_path: Path):
    # http://lxshky.stone139.com/news/itemid-1191.shtml (通山县's stone industry): `大理石` is marble, not 大理州
    head = "打造中的华中大理石第一县"
    body = "全县石材企业达200多家,年开采荒料15万立方米,各类加工板材约700万平方米。实现年产值近10亿元,上缴税收2500万元。"
    assert Gazetteer.default().anywhere_mentions(head + "\n" + body) == []
    assert _records(tmp_path, head + "\n" + body) == set()
    # the county named in the title, its figures are the county's
    assert _records(tmp_path, head + "――湖北通山\n" + body) == {("通山县", "咸宁市")}


def test_hours_of_sunshine_name_no_city():
    # http://www.otlhn.com/news/shbt/20180518/3855_5.html (噶尔县, 阿里地区): `日照时间长` is long sunshine, not 日照市
    text = "噶尔县属高原亚寒带干旱气候区,干燥寒冷,太阳辐射强,日照时间长。年平均气温仅0.2℃,年降水量53毫米。"
    assert [m.place.name for m in Gazetteer.default().anywhere_mentions(text)] == ["噶尔县"]


def test_city_phrases_come_from_the_frequency_list():
    data = json.loads(WORD_SHORTS_PATH.read_text(encoding="utf-8"))
    derived = {phrase for held in data["city_phrases"].values() for phrase in held}
    assert {"大理石", "大同小异", "三明治", "长治久安", "阿里巴巴"} <= derived
    # seen in real sentences, one word to a reader but two to the list's tokenizer
    assert {"日照时数", "朝阳产业", "阿里研究院"} <= set(data["attested_city_phrases"])
    assert not derived & set(data["attested_city_phrases"])
    # a short form a province shares is left out: 海南岛 is the province's island
    assert "海南" not in data["city_phrases"]


def test_the_city_papers_own_city_on_a_county_page(tmp_path: Path):
    # http://biggymstore.com/xspd/znxw/2021/0628/193570.shtml (宁德网 on 周宁县's herbs, traditional script): `我市`
    # in the city's paper is 宁德市, not the county the piece is about
    text = (
        "周寧縣中藥材種植面積達4000多畝\n寧德網消息(記者 張文奎 通訊員 黃起青 攝)周寧縣依托獨特的地理氣候條件,因地制宜,"
        "發展40多家中藥材企業(合作社),種植面積達4000多畝,年產值達3500多萬元。"
        "據悉,我市今年春播經濟作物中,中草藥材播種面積達14.0萬畝,增長10.3%。"
    )
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    by_value = {r.value: r.region for r in records}
    assert by_value[3500] == "周宁县"
    assert by_value[14.0] == "宁德市" and by_value[10.3] == "宁德市"


def test_a_county_named_only_by_its_own_firm(tmp_path: Path):
    # http://szb.huimin5.com/Html/2023-10-13/14730.html (惠民县's paper): the county is named only in its investment
    # company's name, the zone only in an attendee's post; the text speaks as `我县`, `全县`: the county's figures
    text = (
        "县委副书记、县长许健调研“三秋”生产工作\n10月11日,县委副书记、县长许健就“三秋”生产工作开展调研。"
        "许健先后来到胡集镇白桥村惠民县农业投资有限公司小麦生产基地、胡集镇西屯村粮好合作社生产基地。\n"
        "据悉,今年我县秋粮种植面积105.7万亩,截至目前,全县玉米已收获56.48万亩,预计10月20日收获基本结束。\n"
        "惠民经济开发区管委会副主任,县政府党组成员、办公室主任刘洪军参加活动。"
    )
    assert _records(tmp_path, text) == {("惠民县", "滨州市")}


def test_a_list_closed_by_its_count_is_the_total_of_the_city_and_its_county(tmp_path: Path):
    # https://shandong-chorography.org/database/d00/section/13/article/291/ (日照市's 1998 review): `日照、岚山两港`
    # is both ports' throughput, the city's, not 岚山区's
    text = (
        "日照市\n[概况](一)国民经济持续快速增长。全市国内生产总值实现175亿元,按可比价格计算比上年增长13.0%。"
        "全年社会消费品零售总额实现46.50亿元,比上年增长12.1%。日照、岚山两港货物吞吐量实现1876.1万吨,"
        "其中日照港出口总量创历史最高水平。"
    )
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    ports = [r for r in build_corpus(tmp_path).records if r.value == 1876.1]
    assert [(r.region, r.indicator) for r in ports] == [("日照市", "日照、岚山两港货物吞吐量")]


def test_a_text_older_than_its_countys_new_level_keeps_the_old_name(tmp_path: Path):
    # http://www.qq94.com/fjx/1XonL2_4.html (a 2010 speech of 潜山县, now 潜山市; fresh13 f13_p06): it names the county
    # only as `潜山` and speaks as `全县`, `县开发区`: the county as it was then
    text = (
        "工业企业群体加速成长壮大,“十强”、“二十佳”企业纳税分别达到5684万元和2272万元,"
        "全县规模以上工业企业新增50家达127家。全县已拥有3个省级园区。"
        "县开发区扩区、县城跨河发展等一批事关潜山长远发展的设想正式列入规划开始实施。"
    )
    assert _records(tmp_path, text) == {("潜山县", "安庆市")}
    # the same speaking as `全市`: the county-level city of today
    assert _records(tmp_path, text.replace("全县", "全市")) == {("潜山市", "安庆市")}
