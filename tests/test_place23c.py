"""A town's name read across a word of the text."""

from __future__ import annotations

from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.towns import town_index


def test_the_word_chengzhen_after_qizhong_is_no_town():
    """`其中城镇人口37.86万人` (莘县's communique, r331; 平原县's, f14_p07): 其中 "of whom" and 城镇人口 "urban population",
    not 绥江县's 中城镇; the town named with its own bodies still is."""
    index = town_index(Gazetteer.default())
    for sentence in ("年末户籍总人口92.02万人,其中城镇人口37.86万人,", "6.18万人,其中城镇人口11.08万"):
        assert "中城镇" not in index.named(normalize(sentence).text)
    assert "中城镇" in index.named("中城镇人民政府召开会议")
    assert "中城镇" in index.named("中城镇人大主席团")


def test_a_short_form_read_across_common_words_is_no_place():
    """`新增城市绿地面积` (高陵区's news, r345): 新增 "newly added" and 城市 "urban", not 增城 (nor its former 增城市);
    `新增城镇就业` (同安区, r147; f18_p07) likewise; `打造“信江河谷城镇群` (r142) is no 谷城县; `农田林网` (r158) no 田林县."""
    gazetteer = Gazetteer.default()
    for sentence, county in (
        ("建成各类公园11座,新增城市绿地面积24.9万平方米", "增城区"),
        ("新增城镇就业2.4万人", "增城区"),
        ("打造“信江河谷城镇群新增长极", "谷城县"),
        ("38公里、农田林网241公里", "田林县"),
        ("实现两位数以上高位增长,其中", "上高县"),
    ):
        assert county not in {m.place.name for m in gazetteer.anywhere_mentions(normalize(sentence).text)}
    scan = normalize("建成各类公园11座,新增城市绿地面积24.9万平方米").text
    assert not gazetteer.former_full_names(scan)
    assert [m.place.name for m in gazetteer.former_full_names("广州市增城市人民政府")] == ["增城区"]


def test_a_short_form_whose_neighbour_makes_a_commoner_word_outside_still_counts():
    """`对进一步了解开州、宣传开州` (f16_p05): 了解 takes the 解 that 解开 would, so 开州 is read whole; a short form after its
    city, or in a sentence with no word across it, is the place."""
    gazetteer = Gazetteer.default()
    assert [m.place.name for m in gazetteer.anywhere_mentions("对进一步了解开州、宣传开州,")] == ["开州区", "开州区"]
    assert "增城区" in {m.place.name for m in gazetteer.anywhere_mentions("广州市增城市")}
    assert "增城区" in {m.place.name for m in gazetteer.anywhere_mentions("在增城发展")}


def test_an_idiom_that_holds_a_short_form_names_no_place():
    """`全县上下戮力同心,全力推进脱贫攻坚` (昭觉县's work report, r280): the idiom 戮力同心 "join forces", not 同心县; so
    `同心同德`, `否极泰来` (泰来县), `稳如泰山`."""
    gazetteer = Gazetteer.default()
    for sentence, county in (
        ("也是全县上下戮力同心,全力推进脱贫攻坚的重要一年。", "同心县"),
        ("全县干部群众同心同德、攻坚克难", "同心县"),
        ("经济运行否极泰来", "泰来县"),
    ):
        assert county not in {m.place.name for m in gazetteer.anywhere_mentions(normalize(sentence).text)}
    assert "同心县" in {m.place.name for m in gazetteer.anywhere_mentions("吴忠市同心县")}
