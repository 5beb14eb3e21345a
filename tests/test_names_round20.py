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


# --- a member of a group named after 其中 -------------------------------------------------------------------------


def test_a_project_named_after_qizhong_is_the_topic_of_the_clauses_after_it() -> None:
    # dev10 r185 灵武 news (traditional): the 100 亿元 and the 200 万千瓦 are the named project's, the 136.8 the group's
    found = records(
        "當天開工的6個重點項目總投資136.8億元,其中國能靈紹直流配套靈武200萬千瓦復合光伏基地項目是國家第二批沙戈荒大型"
        "風電光伏基地項目之一,也是靈武市建設的首個沙戈荒大型風光基地和單體規模最大光伏項目,總投資近100億元,"
        "裝機容量200萬千瓦,計劃于2024年投產。",
        date="2024-07-26",
        places=("灵武市",),
    )
    subjects = {r.value: r.subject for r in found}
    project = "国能灵绍直流配套灵武200万千瓦复合光伏基地项目"
    assert subjects == {6: "", 136.8: "", 100: project, 200: project}


def test_a_qizhong_class_of_projects_gives_no_topic() -> None:
    # lycsxx.cn/thread-284386-1-1.html (耒阳 2022): `其中过5亿元的项目16个` is a class, the county's own count
    found = records(
        "集中开工的项目40个,总投资279亿元,其中过5亿元的项目16个,这些项目具有较强引领性。",
        date="2022-03-11",
        places=("耒阳市",),
    )
    assert all(r.subject == "" for r in found)


# --- an amount in 亿 and 万 written in digits ---------------------------------------------------------------------


def test_an_amount_in_yi_and_wan_written_in_digits_is_one_amount() -> None:
    # kmzx.org/?p=8940 (鱼台): `投资1亿8千万元的华旗10万纱锭纺织项目,投资1亿2千万元的塑料助剂项目`
    found = records(
        "这8个项目分别为投资1亿8千万元的华旗10万纱锭纺织项目,投资1亿2千万元的塑料助剂项目。",
        places=("鱼台县",),
    )
    assert sorted((r.value, r.unit) for r in found) == [(1.2, "亿元"), (1.8, "亿元")]


def test_a_places_counted_calling_cards_are_a_slogan() -> None:
    # dev10 r173 延庆 2024 (traditional): `三張“金名片”` counts no thing done
    found = records(
        "延慶區“六類企業”總收入達到210億元﹔持續擦亮長城、世園、冬奧三張“金名片”,繼續實施京張體育文化旅游帶建設。",
        date="2024-01-10",
        places=("延庆区",),
    )
    assert [r.value for r in found] == [210]


def test_since_the_start_of_the_year_leaves_no_fragment_in_the_name() -> None:
    # seed 002 启东 mid-year report: `今年以来市级财政已累计兑现产业奖励扶持资金1.04亿元` lost `今年以`, kept `来`
    found = records(
        "今年以来市级财政已累计兑现产业奖励扶持资金1.04亿元。", date="2020-07", places=("启东市",)
    )
    assert [r.indicator for r in found] == ["市级财政已兑现产业奖励扶持资金"]


def test_an_achievement_degree_keeps_its_verb() -> None:
    # seed 002 启东 2020: `年内完成确有困难的全面小康指标,力争实现度超过80%` was named `度`
    found = records("全面小康指标实现度超过80%。力争实现度超过80%。", date="2020-07", places=("启东市",))
    assert [r.indicator for r in found] == ["小康指标实现度", "实现度"]


def test_levels_listed_with_a_named_citys_level_are_one_kind() -> None:
    # seed 002 启东 2020: `8个省、南通市级重大项目顺利实施` was named `省`
    found = records("8个省、南通市级重大项目顺利实施。", date="2020-07", places=("启东市",))
    assert [(r.indicator, r.value) for r in found] == [("省、南通市级重大项目", 8)]
