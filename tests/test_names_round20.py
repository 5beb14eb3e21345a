"""Names and spurious records, round 20: rules found on the dev10 split and confirmed on other pages.
Each test quotes the real text; the page's address (or dev id) is in a comment."""

from __future__ import annotations

from bot.vocabulary import canonical_of
from tests.ingest_helpers import records

# --- a county profile's facts: its divisions, borders and clean air are not records --------------------------------


def test_a_profiles_divisions_border_and_air_ions_are_not_records() -> None:
    # dev10 r184 腾冲 profile (traditional): only the forest cover is a record here
    found = records(
        "騰沖位于云南省保山市西部,國土面積5845平方公里,國境線長150公里,下設12鎮5鄉2街道、220個村(社區)、"
        "2854個村民小組。森林覆蓋率74%,年平均氣溫15.1℃,負氧離子平均含量每立方厘米3827個。",
        places=("腾冲市",),
    )
    assert [(r.indicator, r.value) for r in found] == [("森林覆盖率", 74)]


def test_a_ming_garrison_of_a_thousand_households_is_a_name() -> None:
    # dev10 r184 腾冲 profile (traditional): `千戶所` is a garrison, not 1000 households
    found = records("明洪武十五年隸云南布政司,建文二年改騰沖守御千戶所隸金齒司。", places=("腾冲市",))
    assert [r for r in found if r.unit == "户"] == []


def test_a_population_whose_word_a_broken_encoding_lost_is_not_a_record() -> None:
    # dev10 r184 腾冲 profile: `戶籍總?cè)丝?9.4萬人` (人口 lost to the encoding) is the registered population
    found = records("下設12鎮5鄉2街道,戶籍總?cè)丝?9.4萬人(其中城鎮人口32.5萬人)。", places=("腾冲市",))
    assert [r for r in found if r.unit == "万人"] == []


# --- canonical names of older and longer wordings ---------------------------------------------------------------


def test_household_income_and_environmental_air_quality_take_their_canonical_names() -> None:
    # dev10 r170 崇明 2018: `环境空气质量(AQI)优良率达到76.4%农村居民家庭人均可支配收入23120元,比上年增长10.1%`
    assert canonical_of("环境空气质量(AQI)优良率", "%") == "空气质量优良天数比例"
    assert canonical_of("农村居民家庭人均可支配收入", "元") == "农村居民人均可支配收入"
    assert canonical_of("农村居民家庭人均可支配收入增速", "%") == "农村居民人均可支配收入增速"
    assert canonical_of("城镇居民家庭人均可支配收入", "元") == "城镇居民人均可支配收入"


def test_public_budget_revenue_is_the_general_public_budget_revenue() -> None:
    # dev10 r182 蠡县 2017: `财政总收入、公共预算收入分别完成6.1亿元、3.6亿元`
    found = records("2016年,财政总收入、公共预算收入分别完成6.1亿元、3.6亿元。", places=("蠡县",))
    assert {r.value: r.canonical for r in found} == {6.1: "财政总收入", 3.6: "一般公共预算收入"}


# --- capacities that name plants and projects in a list --------------------------------------------------------


def test_capacities_naming_listed_plants_and_projects_are_not_records() -> None:
    # dev10 r185 灵武 news (traditional): the plants and projects are named by their capacities
    found = records(
        "今年以來,靈武市蒙牛全球首座全數智化工廠、富楊13000噸乳粉加工等項目建成投產,華電200MW、中環100MW集中式光伏並網發電,"
        "3萬錠亞麻濕紡印染、260噸精紡技改、晨宏科技升級改造等項目加快推進。",
        date="2024-07-20",
        places=("灵武市",),
    )
    assert found == []


def test_a_storage_plants_power_and_hours_name_it() -> None:
    # dev10 r185 灵武 news (traditional): `配套建設200MW/400MWh儲能` describes the plant; its capacity is a record
    found = records(
        "該項目總投資近100億元,裝機容量200萬千瓦,配套建設200MW/400MWh儲能,計劃于2024年投產。",
        date="2024-07-20",
        places=("灵武市",),
    )
    assert sorted((r.value, r.unit) for r in found) == [(100, "亿元"), (200, "万千瓦")]


def test_a_task_tables_heading_numbered_in_words_is_not_a_count() -> None:
    # dev10 r187 吉水 task table: `一、10件民生实事任务分解表` is the table's title
    found = records(
        "一、10件民生实事任务分解表\n"
        "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
        "1 | 增加义务教育学位5000个。 | 毛晓青 | 县教体局 | 新增义务教育学位5500个。 |",
        places=("吉水县",),
    )
    assert sorted(r.value for r in found) == [5000, 5500]


def test_counts_in_a_volume_of_air_are_concentrations_not_records() -> None:
    # lknet.ac.cn/d/zgly/ba5273e154c998103c3a49ece8ee703b.html (泰顺 2014) and 037xw.com/html/c201712274515085.html
    # (汝城 2017): negative ions per cubic centimetre, said after or before the count
    found = records(
        "泰顺县空气质量常年保持在国家一级标准以上,空气负氧离子浓度平均2260个/立方厘米,乌岩岭等局部区域超过15万个/立方厘米,"
        "森林覆盖率达74.9%。",
        places=("泰顺县",),
    )
    assert [(r.indicator, r.value) for r in found] == [("森林覆盖率", 74.9)]
    found = records("九龙江国家森林公园空气负氧离子含量极高,每立方厘米达17万个。", places=("汝城县",))
    assert found == []


def test_an_island_countys_offices_and_bare_population_are_profile_facts() -> None:
    # 360doc.com/content/16/1012/23/33014958_597992213.shtml (长岛 2016)
    found = records(
        "长岛县下辖8个乡(镇、街道)(南长山街道、砣矶镇、北长山乡、黑山乡、大钦岛乡、小钦岛乡、南隍城乡、北隍城乡)、2个开发管理处。"
        "人口57035人(2016年)。",
        places=("长岛县",),
    )
    assert found == []


# --- a project named after the words that describe it ------------------------------------------------------------


def test_an_investment_listed_among_a_projects_attributes_is_that_projects() -> None:
    # dev10 r169 新宾 2023 (traditional)
    found = records(
        "新能源產業快速發展。投資9億元、作為全省第一批試點的“壓縮空氣+飛輪”儲能示範項目完成縣級備案。",
        date="2024-01-10",
        places=("新宾满族自治县",),
    )
    assert [r.subject for r in found] == ["“压缩空气+飞轮”储能示范项目"]


def test_figures_listed_before_a_named_plant_are_the_plants_but_not_before_a_kind_of_plant() -> None:
    # ne21.com/news/show-75905.html (莲花 news)
    found = records(
        "投资5亿元、占地面积约1500亩、装机容量为50MW的良坊光伏电站,主体工程已经完工。"
        "投资10亿元、装机容量为100MW的光伏电站,已与上海振华重工(集团)股份有限公司签订合作协议。",
        places=("莲花县",),
    )
    subjects = {r.value: r.subject for r in found}
    assert subjects[5] == "良坊光伏电站" and subjects[1500] == "良坊光伏电站"
    assert subjects[10] == ""
