"""Which place a figure belongs to when a text names several: rules found on real pages (addresses in each test)."""

from tests.ingest_helpers import records


def _regions(found, *values):
    return {r.value: r.region for r in found if r.value in values}


CHANGSHOU_2023H1 = (
    # http://www.contigotg.com/bm/qtjj_75268/zwgk_73772/fdzdgknr_73775/tjxx_tjj/sjjd_tjj/202307/t20230728_12192363.html
    # (长寿区 H1 2023, dev7 r127, traditional): the district's total, then its two zones as parts of it
    "| [ 發布機構 ] | 長壽區統計局 | [ 有效性 ] | |\n"
    "2023年上半年經濟運行情況\n"
    "二、工業經濟有所回落,回升態勢明顯。上半年規上工業增加值增長6.8%,增速比全市高3.3個百分點。上半年實現規上工業總產值"
    "779.7億元、增長3.3%,其中,經開區產值635.9億元、增長4.3%,高新區產值111.5億元、下降2.2%。從重點行業看,呈現“一升三降”,"
    "鋼鐵行業產值268.3億元、增長12.5%,化工、醫藥、家居分別實現產值156.2億元、28.3億元、39億元;從能源消費看,上半年規上"
    "工業能源消耗總量549.5萬噸標準煤,增長5.2%。\n"
)


def test_each_zone_of_a_list_in_one_sentence_takes_its_own_figures():
    # `經開區產值…,高新區產值…`: the second zone opens its own phrase; it is the district's 高新区, not the 经开区
    found = records(CHANGSHOU_2023H1)
    assert _regions(found, 635.9, 4.3) == {635.9: "长寿经济技术开发区", 4.3: "长寿经济技术开发区"}
    assert _regions(found, 111.5, -2.2) == {111.5: "长寿高新技术产业开发区", -2.2: "长寿高新技术产业开发区"}


def test_zones_named_as_parts_of_the_whole_do_not_hold_the_next_sentence():
    # `其中,經開區…,高新區…。從重點行業看,…`: the zones were parts of the district's total; the branches are the district's
    found = records(CHANGSHOU_2023H1)
    assert set(_regions(found, 779.7, 268.3, 12.5, 156.2, 549.5).values()) == {"长寿区"}


YUNLONG_2016 = (
    # http://m.quanzhiji.cn/publish/2017/02/37_2889.html (云龙县's 2016 round-up, dev7 r122, traditional, as found:
    # pinyin annotations and a garbled `??偼顿Y` (总投资) that runs two sentences into one)
    "發(fā)表于:2017-02-23 11:21:59|來源:環(huán)球游報(bào)\n"
    "2016年,是“十三五”開局之年。云龍縣充分搶抓機(jī)遇,進(jìn)一步提振信心、推動(dòng)發(fā)展。\n"
    "基礎(chǔ)建設(shè)取得新突破 隨著投資240億元的“大漾云蘭”高速公路前期工作全面結(jié)束,大理段一期工程進(jìn)場(chǎng)公路開工,"
    "云龍縣全縣人民的“高速路夢(mèng)”正從夢(mèng)想走向現(xiàn)實(shí)。\n"
    "目前,該縣通鄉(xiāng)公路和行政村通村公路全部實(shí)現(xiàn)硬化油路化??偼顿Y5.97億元的勒子箐和鐵扇門水庫(kù)累計(jì)完成投資"
    "3.55億元;完成18座病險(xiǎn)水庫(kù)除險(xiǎn)加固,建成農(nóng)村飲水工程281件。\n"
)


def test_a_road_stretch_named_after_the_prefecture_is_not_its_subject():
    # `大理段一期工程…開工`: the 大理 stretch of a highway; `該縣` after it is 云龙县, the county just named
    found = records(YUNLONG_2016)
    assert set(_regions(found, 3.55, 18, 281).values()) == {"云龙县"}
    assert "大理白族自治州" not in {r.region for r in found}
