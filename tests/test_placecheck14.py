"""Document-level place decisions checked on real pages: which place a whole text's figures go to, and when the
place check skips a text. Each test quotes its page."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.normalize import normalize
from bot.ingest.places import Gazetteer
from bot.ingest.segment import context_city
from tests.ingest_helpers import build_one, records

# http://m.nxhuan.com/lcyw/p/351488.html (陵县, 2012, traditional script): the county's delegation tours 深圳 and
# 东莞 after a fair in 香港; the county is named only by its former two-character name (陵县, now 陵城区)
_LINGXIAN_TOUR = (
    "本報訊 7月9日至13日,縣委副書記、縣長曲鋒率團參加了2012香港山東周招商大會,取得豐碩成果。\n"
    "大會期間,我縣共簽約項目2個,分別是廣東利海集團投資100億元的馬頰河文化生態島項目、投資1000萬美元的臺灣佑東漆業"
    "整車漆項目。確定了約甄特源二期投資500萬美元的家具生產項目。達成合作意向項目2個,分別是香港瑞林國際紡織企業有限公司"
    "參股陵縣紡織業項目、香港啟福國際投資集團公司投資陵縣旅游開發項目。\n"
    "赴港期間,曲鋒還陪同市委副書記、市長陳先運會見了利海集團董事長謝海榆等重點客商,并拜訪了有關駐港機構和央企負責人。"
    "利用活動間隙,曲鋒一行還赴深圳、東莞等地考察了深圳觀瀾工業園、天成車料公司以及東莞家具源公司等。\n"
    "縣政協副主席、開發區管委會主任譚如勝,縣商務局和富路車業公司負責人參加了有關活動。(本文轉自“陵縣政務網”)\n"
)


def test_places_a_delegation_tours_are_not_the_place_that_sends_it(tmp_path: Path):
    """`赴深圳、东莞等地考察`: the places listed before `等地` are where the county's people go; the county's figures
    stay the county's (they were skipped as 深圳市's, a short form the text never wrote in full)."""
    result = build_one(tmp_path, _LINGXIAN_TOUR)
    assert not result.skipped
    assert {r.region for r in result.records} == {"陵县"}
    assert {(r.indicator, r.value) for r in result.records} >= {("签约项目", 2)}


# http://gogaja.com/shanxi2/weinan/4175.shtml (华县 profile, 2008 figures, traditional script): the county named only
# by its former two-character name (华县, now 华州区), its neighbours listed in full (华阴市, 洛南县, 蓝田县, 大荔县)
_HUAXIAN_PROFILE = (
    "華縣位于秦嶺東部、渭河南岸。因處于華山的姊妹山少華山腳下而得名,距國家級風景名勝區華山30 公里。東接華陰市,"
    "西鄰渭南市政府駐地臨渭區25公里,南依秦嶺與洛南縣、藍田縣交界,北臨渭河與大荔縣相望。是國務院印發的《西部大開發"
    "“十一五”規劃》中提出的三個重點經濟區之一“關中——天水經濟區”的重要組成部分,屬“西安一小時交通圈”。\n"
    "華縣現轄10鎮4鄉,242個行政村,17個居委會。國土面積1139.5平方公里。耕地面積41.2萬畝。\n"
    "縣人民政府駐華州鎮,郵政編碼:714100,電話區號:0913 。\n"
    "歷史沿革\n"
    "公元前806年西周宣王之庶弟鄭桓公受封于此,建立鄭國。春秋時,秦國設置鄭縣,南北朝西魏設置華州,中華民國三年設華縣。"
    "1928年爆發震驚全國的渭華革命起義。1949年5月23日中共和平解放華縣。\n"
    "享有“中國鉬業之都、中國無公害蔬菜基地、中國少華山、中國皮影之鄉”四張名片美譽。鉬儲量居世界第三、亞洲第一,"
    "鉬資源礦石量達14億噸,鉬金屬128萬噸,是世界六大鉬礦床之一。\n"
)


def test_a_profiles_neighbours_are_not_its_place_and_its_former_name_says_its_city(tmp_path: Path):
    """`東接華陰市…與洛南縣、藍田縣交界…與大荔縣相望`: the places on the county's borders are not the text's (its figures
    went to 华阴市, named in its first line); the county it names five times by its former name (华县) is, as written."""
    result = build_one(tmp_path, _HUAXIAN_PROFILE)
    assert not result.skipped
    assert {r.region for r in result.records} == {"华县"}
    assert 14 in {r.value for r in result.records}


def test_a_two_character_former_name_inside_a_word_says_nothing_of_the_city():
    """`叩开县长办公室` holds 开县 (now 开州区) once, inside words: the text's city stays the one its county's name says."""
    # r21 (万年县, 2006 interview)
    text = "当记者来到万年县人民政府叩开县长办公室时,年轻潇洒而又显得十分稳重干练的程县长迎上前来,访谈随即在彼此的热情中自然展开。"
    assert context_city(text, Gazetteer.default()) == "上饶市"
    profile = normalize(_HUAXIAN_PROFILE.replace("東接華陰市,", "")).text
    assert context_city(profile, Gazetteer.default()) == "渭南市"


# http://jfqm2j.cn/n/1004228/news/76256.html (traditional script): a farm-stay page whose address names the county
# and one of its towns, over the province's harvest news
_GANNAN_ADDRESS = (
    "農家樂查詢總站 月亮灣美食城 歡迎您!\n"
    "黑龍江省齊齊哈爾市甘南縣興隆鄉\n"
    "黑龍江省委十一屆六次全會上獲悉,黑龍江今年糧食生產再獲大豐收,實現“十二連增”。\n"
    "據統計,今年黑龍江省糧食作物種植面積穩定在2.1億畝以上,比上年穩步增加。其中,高產作物水稻穩定在6000萬畝以上,"
    "玉米穩定在1億畝以上。\n"
)
# http://coffeecupsystems.com/bchapman/hua.php?e=wZO.html (2024): a town's fields, the county named only before it
_FENGLE_FIELDS = (
    "发布时间:2024-11-05 19:52:53 来源: sp20241105\n"
    "5月21日,安徽省合肥市肥西县丰乐镇“小田变大田”项目区的1300亩小麦陆续成熟,农户驾驶收割机抢收小麦。\n"
    "近年来,肥西县丰乐镇加快推进高标准农田建设,通过优化合并田块、平整土地、配套沟渠、畅通路网等措施,补缺补差基础"
    "设施,打造田块整齐、规模连片、耕作条件良好、宜机化作业的高标准农田,目前已形成近12000亩规模的高产良田。\n"
)


def test_a_county_named_only_in_a_towns_address_does_not_take_the_figures(tmp_path: Path):
    """`甘南縣興隆鄉` in a page's address over 黑龙江's harvest, `肥西县丰乐镇` over the town's fields: the county is only
    where a town is, and the text never speaks as it (`全县`, `该县`); the figures are none of the county's, so the
    text is skipped with the reason rather than stored as 甘南县's or 肥西县's."""
    for text, county in ((_GANNAN_ADDRESS, "甘南县"), (_FENGLE_FIELDS, "肥西县")):
        result = build_one(tmp_path / county, text)
        assert not result.records
        ((_name, reason),) = result.skipped
        assert county in reason and "town's address" in reason


def test_a_county_that_speaks_as_itself_keeps_its_towns_figures(tmp_path: Path):
    """The same town's fields in a text that speaks as the county (`全县`, a clause added to the page's sentence) stay
    the county's."""
    text = _FENGLE_FIELDS.replace("近年来,", "近年来,全县高标准农田建设提速,")
    result = build_one(tmp_path, text)
    assert not result.skipped
    assert {r.region for r in result.records} == {"肥西县"}


# https://www.ismx.cn/content-158-88510-1.html (2023): a village's lotus ponds, no county named
_LOTUS_VILLAGE = (
    "9月5日,市城乡一体化示范区大王镇后地村千亩荷塘,亭亭玉立的莲蓬、横跨水面的廊亭组成了一幅美丽画卷,引来众多游客前来观赏。"
    " 近年来,该村挖掘特色资源,发展乡村旅游,巧做莲藕文章,引进多种观赏型荷花,配套建设道路、观景台等设施,将闲置水塘打造成"
    "游人如织的千亩荷塘观赏区,让群众吃上了“旅游饭”,实现稳定增收。\n千亩荷塘引客来\n"
)
# http://www.gwhbzn.com/a/1632.html (红网): a village's lotus ponds, measured once and named as a word elsewhere
_LOTUS_FEAST = (
    "正值夏季,祁阳下马渡镇元家庙村1200亩荷花迎来盛花期,粉白相间的花苞与层层叠叠的碧绿荷叶相映成趣,吸引了周边游客纷至"
    "沓来,共赴一场“荷塘盛宴”。 游客们结伴穿梭在荷塘道路间,或举着油纸伞与荷花合影。 荷塘另一侧,种植户聂意平正抢抓莲蓬"
    "生长期,在其承包的200多亩荷塘里仔细除草,确保莲蓬抢鲜上市,品质不受影响。\n"
)


def test_a_short_form_measured_in_mu_is_a_thing_not_a_place():
    """`千亩荷塘`, `200多亩荷塘`: a lotus pond measured in 亩, not 株洲's 荷塘区; the text's other bare `荷塘`s (`荷塘盛宴`,
    `荷塘道路`) are the same word. Neither village piece is given to 荷塘区."""
    gazetteer = Gazetteer.default()
    for text in (_LOTUS_VILLAGE, _LOTUS_FEAST):
        scan = normalize(text).text
        assert "荷塘区" not in {m.place.name for m in gazetteer.anywhere_mentions(scan)}
        assert "荷塘区" not in {r.region for r in records(text)}
    assert "荷塘区" in {m.place.name for m in gazetteer.anywhere_mentions("株洲市荷塘区千亩荷塘")}
