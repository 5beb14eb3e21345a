"""Place resolution that keeps whole documents: a county named only by a short form several counties share is the
one whose province the text names and whose level it speaks as. Sentences are real pages' (dev id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# dev16 r317 (sjzps.gov.cn, 平山县's 十四五 review): `平山` is 石家庄's 平山县 and 本溪's 平山区; the text names 河北 and
# speaks as a county (`全县`); `中山文化` is the old kingdom's culture, not 中山市.
PINGSHAN = (
    "经济运行稳中有进,综合实力大幅跃升。\n"
    "▶科学应对世纪疫情、经济下行等因素冲击,实施了160多个亿元以上项目,总投资1300亿元。\n"
    "▶全县地区生产总值年均增长6.6%,2025年首次突破350亿元,在全省排名由2021年第41位上升到第36位。\n"
    "▶粮食产量稳定在2.4亿斤以上。\n"
    "▶特色农业种植面积超过13万亩,滹沱河高端设施蔬菜、食用菌制菌中心等重点项目建成投用,"
    "平山苹果、平山寿桃入选全国名特优新农产品名录。\n"
    "▶文旅产业蓬勃发展,培育了红色教育、太行山水、中山文化、温泉康养4大文旅板块,一号旅游公路全线贯通,"
    "平山成功入列首批河北旅游名县,获评全国县域旅游综合实力百强县。\n"
)


def test_a_shared_short_form_is_the_county_of_the_province_named(tmp_path: Path) -> None:
    result = build_one(tmp_path, PINGSHAN)
    assert result.skipped == []
    gdp = [r for r in result.records if r.value == 6.6]
    assert gdp and {r.region for r in gdp} == {"平山县"}


def test_a_shared_short_form_in_another_levels_voice_is_no_county(tmp_path: Path) -> None:
    # the same text speaking as a district (`全区`): 河北's 平山 is a 县, so the text is not 平山县's
    result = build_one(tmp_path, PINGSHAN.replace("全县", "全区"))
    assert not any(r.region == "平山县" for r in result.records)


# fresh17 f17_p11 (lijiang.cn 2024, an interview of 玉龙纳西族自治县's head): the county writes itself `玉龙县`, its short
# form and level, as an autonomous county's people do; `在全市占比` is its share of its city, not the city speaking.
YULONG = (
    "抓实四个举措 推动稳进提质\n\n——专访玉龙县委副书记、县长和秋珍\n\n"
    "7月4日,玉龙县委副书记、县长和秋珍做客丽江市融媒体中心,接受了记者专访。\n\n"
    "答:为实现全年地区生产总值增长7%以上的目标,玉龙县主要采取四个方面的措施:\n\n"
    "一是抓项目、增后劲。近年来,玉龙县固定资产投资对全市投资作出了积极贡献,2022年完成173亿元,在全市占比30.5%;"
    "2023年完成169亿元,在全市占比30.2%;2024年投资目标150亿元,在全市占比32.3%。\n"
)


def test_an_autonomous_county_written_as_its_short_form_and_level_is_written_in_full(tmp_path: Path) -> None:
    result = build_one(tmp_path, YULONG)
    assert result.skipped == []
    target = [r for r in result.records if r.value == 150 and r.unit == "亿元"]
    assert target and {(r.region, r.kind) for r in target} == {("玉龙纳西族自治县", "target")}


# fresh17 f17_p17 (zy234.com, 枞阳县's first quarter): `县开发区` opening a sentence is the county's own zone, up to the
# sentence that turns to the county's directly run industry (`县直工业`).
ZONGYANG = (
    "枞阳工业经济首季“开门红”\n"
    "今年3月份,全县规模以上工业完成现价工业总产值17.16亿元,同比增长77%,环比增长13%。"
    "从工业生产完成情况来看,枞阳海螺公司3月份实现产值2.38亿元,同比增长45%,环比增长43%。"
    "县开发区3月份实现产值1.68亿元,同比增长12%,环比增长7%;1-3月实现产值4.72亿元,同比增长9%,完成了年初目标的12%,"
    "低于时序进度10个百分点。县直工业3月份实现产值0.17亿元,同比增长8%,环比下降9%;1-3月实现产值0.56亿元,同比增长22%。"
    "乡镇工业3月份实现产值12.92亿元,同比增长102%。\n"
)


def test_a_countys_zone_called_by_the_countys_word_and_its_kind(tmp_path: Path) -> None:
    result = build_one(tmp_path, ZONGYANG)
    region = {r.value: r.region for r in result.records if r.unit == "亿元"}
    assert region[1.68] == region[4.72] == "枞阳经济开发区"
    assert region[17.16] == region[0.17] == region[0.56] == region[12.92] == "枞阳县"


def test_a_districts_text_reads_no_county_zone_in_its_word(tmp_path: Path) -> None:
    # `县开发区` is a 县's zone: in a text that speaks as a city it opens no zone of the city's
    text = ZONGYANG.replace("枞阳", "铜陵").replace("全县", "全市")
    result = build_one(tmp_path, text)
    assert not any(r.region.endswith("开发区") for r in result.records)


# fresh17 f17_p15 (a 柳城县 sugar-season news piece): the region that opens a sentence describing itself by its share of
# the country gives that share; the county's own figures stay the county's.
LIUCHENG = (
    "广西“国家糖料生产基地县”榨季开始\n\n"
    "12月8日,一辆辆大卡车装载的甘蔗被倒入广西柳州市柳城县凤山糖厂的传送带中。当天,柳城县三家制糖企业同日开榨,"
    "拉开了柳城县2021/2022年榨季的序幕,榨季时间约120天,预计处理原料甘蔗量220~230万吨。\n\n"
    "广西是中国食糖的主产区,食糖产量占全国的60%以上,“全国每三勺白糖,就有两勺是来自广西”。\n"
)


def test_a_province_described_by_its_share_of_the_country_gives_that_share(tmp_path: Path) -> None:
    result = build_one(tmp_path, LIUCHENG)
    share = [r for r in result.records if r.value == 60]
    assert share and {r.region for r in share} == {"广西壮族自治区"}
    assert {r.region for r in result.records if r.value == 120} == {"柳城县"}
