"""Which place a text naming several places is placed in: rules found on real pages (addresses in each test)."""

from tests.ingest_helpers import records


def test_an_autonomous_regions_release_filed_from_its_capital_is_no_citys():
    # http://huiyingmeng.com/nmgfw/xwzx/jjnmg/200708/t20070820_504545719.html (内蒙古自治区, 1-7月 2007, trad):
    # the dateline's city files the story; `自治區統計局…全區` is the region speaking, its figures no city's
    text = (
        "中廣網呼和浩特8月20日消息 8月16日,記者從內蒙古自治區統計局獲悉,今年1—7月,全區經濟繼續朝著又好又快的方向"
        "發展,整體經濟運行呈現出五大亮點。\n"
        "亮點一:規模以上工業增加值突破1200億元。1—7月份,全區規模以上工業企業完成增加值1213.18億元,同比增長31.2%,"
        "增幅比上年同期高1.4個百分點。其中,輕工業企業完成增加值232.21億元,同比增長21.5%。從各盟市情況看,前7個月,"
        "通遼市、鄂爾多斯市、錫盟、赤峰市、巴彥淖爾市和阿盟6個盟市的工業增加值增速均超過了32%,快於全區平均水平。\n"
    )
    found = records(text)
    assert {r.region for r in found if r.value in (1213.18, 31.2, 232.21)} == {""}
    assert "呼和浩特市" not in {r.region for r in found}


def test_a_citys_own_release_in_an_autonomous_region_stays_the_citys():
    # the city speaks of itself more than of its region (`全市…高于全区`): its figures stay its own
    text = (
        "记者从通辽市统计局获悉,1-7月,通辽市规模以上工业增加值同比增长9.5%,高于全区平均增速2.8个百分点。"
        "全市固定资产投资增长12.1%。\n"
    )
    assert {r.region for r in records(text)} == {"通辽市"}


SWOL_2009 = (
    # https://www.swol.com.cn/swol/2009/8/15/5461/1 (四川's hilly counties, H1 2009): the province ranks its counties
    "为激励丘陵地区在“两个加快”中做出更大贡献,8月10日,省委农办、省统计局联合下发了《关于2009年上半年全省丘陵县"
    "(市、区)主要经济指标监测情况的通报》,对2009年上半年全省丘陵地区主要经济指标监测结果进行了通报。\n"
    "《通报》显示:今年上半年,全省丘陵地区生产总值增长速度前10位的县(市、区)分别是:江安县、自贡市沿滩区、"
    "成都市龙泉驿区、自贡市贡井区、泸州市龙马潭区、南溪县、自贡市大安区、乐山市五通桥区、长宁县、泸县。\n"
    "工业增加值增长速度前10位的县(市、区)分别是:江安县、广安市广安区、自贡市沿滩区、荣县、乐至县、安岳县、仪陇县、"
    "蓬溪县、泸县、西充县。\n"
    "全社会固定资产投入增长速度前10位的县(市、区)分别是:梓潼县、三台县、盐亭县、罗江县、中江县、绵阳市游仙区、"
    "长宁县、乐至县、名山县、阆中市。\n"
    "省丘陵地区人口占全省总人口数的2/3,丘陵地区正成为全省经济发展的活跃地带。\n"
)


def test_a_former_one_character_county_is_no_mention_across_a_word():
    # 陵县 (now 陵城区) inside `全省丘陵县(市、区)`: the word 丘陵, as 完成 holds 成县
    from bot.ingest.places import Gazetteer

    gaz = Gazetteer.default()
    assert [
        m for m in gaz.former_full_names("全省丘陵县(市、区)主要经济指标") if m.place.name == "陵城区"
    ] == []
    assert [m.place.name for m in gaz.former_full_names("陵县县委书记")] == ["陵城区"]


def test_a_provinces_ranking_of_its_counties_in_its_own_voice_is_a_wide_round_up():
    # `全省…前10位的县(市、区)` names no province, but speaks as one: its ranks are no one county's
    from bot.ingest.places import Gazetteer
    from bot.ingest.segment import wide_round_up

    assert wide_round_up(SWOL_2009, Gazetteer.default())
    assert {r.region for r in records(SWOL_2009)} <= {""}


def test_a_municipalitys_mayor_is_no_county_level_city_inside_its_name():
    # http://m.7rdy.cn/content/15390.html (天津市, 2024): `天津市市长` holds 津市市 (湖南) across 天津市 and 市长
    from bot.ingest.places import Gazetteer

    text = (
        "在国新办“推动高质量发展”系列主题新闻发布会上的发言天津市市长张工(202x年4月3日)女士们、先生们,媒体朋友们,"
        "大家好!非常高兴有机会向大家介绍天津的发展情况。\n"
        "一是“稳”的质效进一步提升。\n去年我们地区生产总值增长了4.3%,一般公共预算收入增长了9.8%,税收增长了17.2%。\n"
        "天津全社会研发投入强度达到了3.49%,天开高教科创园蓬勃发展。\n"
    )
    assert "津市市" not in {m.place.name for m in Gazetteer.default().full_names(text)}
    assert "津市市" not in {r.region for r in records(text)}
    assert [m.place.name for m in Gazetteer.default().full_names("津市市市长")] == ["津市市"]
