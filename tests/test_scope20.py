"""Places, subjects and figures that are not records: a profile of several counties each under its own heading, a
zone written without its last character, and the like. Sentences are real pages' (dev or fresh id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one, records, regions

# fresh19 f19_p16 (2012, traditional script): four counties, each part under its short name on a line of its own.
_FOUR_COUNTIES = (
    "中國煙花“金三角”\n"
    "發布日期:2012-10-18 | 文章來源:本站 |\n"
    "在中國的腹地,有一塊地跨兩省的毗鄰地區,包括瀏陽、醴陵、上栗、萬載四縣市,這里是花炮的發源地。\n"
    "瀏 陽\n"
    "瀏陽現有煙花爆竹生產企業近900 家,從業人員40余萬人,年生產能力達200億元。\n"
    "醴 陵\n"
    "醴陵盛產陶瓷、花炮,目前,全市現有煙花爆竹生產經營企業416 家,花炮機械制造企業180 多家。\n"
    "上 栗\n"
    "2011 年,上栗花炮企業有從業人員20 余萬人,產值達141 億元。\n"
    "萬 載\n"
    "萬載位于江西西北部,共有花炮生產企業475 家,花炮原材料生產企業15 家,花炮紙品生產企業38家。\n"
)


def test_a_profile_of_counties_each_under_its_heading_is_built(tmp_path: Path) -> None:
    # fresh19 f19_p16: no county is written in full, and 醴陵's part speaks as a city (全市), yet each short name
    # heads its own part: the places were set by the text, not guessed
    result = build_one(tmp_path, _FOUR_COUNTIES)
    assert not result.skipped
    found = {(r.value, r.unit): r for r in result.records}
    assert found[(900, "家")].region == "浏阳市"
    assert found[(416, "家")].region == "醴陵市"
    assert found[(141, "亿元")].region == "上栗县"
    assert found[(475, "家")].region == "万载县"


def test_a_year_one_part_opens_with_stays_in_that_part() -> None:
    # fresh19 f19_p16: `2011 年,上栗…` is 上栗's year; 万载's part, under its own heading, is of the page's year
    found = {(r.value, r.unit): r for r in records(_FOUR_COUNTIES)}
    assert found[(141, "亿元")].period == "2011"
    assert found[(475, "家")].period == "2012"
    assert found[(38, "家")].period == "2012"


def test_a_text_guessed_from_one_short_name_is_still_doubted(tmp_path: Path) -> None:
    # the doubt stands for a text whose one short name heads nothing: a county's communique naming only its city's
    # short form, speaking as a county (`全县`)
    result = build_one(tmp_path, "南昌\n全县实现地区生产总值120亿元,增长5.1%。全县规上工业增加值增长6%。\n")
    assert result.skipped or all(r.region != "南昌市" for r in result.records)


def test_a_zone_written_without_its_last_character_is_the_zone() -> None:
    # dev18 r376 新华网 2021 (traditional script): `西安經開區` in the title, `西安經開先后…` in the body
    found = records(
        "從“北郊”到“新中心” 西安經開區28年實現歷史跨越\n"
        "張興華介紹,近年來,西安經開先后獲批國家新型工業化產業示范基地等10余項國家級“金字招牌”,"
        "目前企業主體超過6萬家,2020年實現工業總產值3370億元。\n"
        "西安經開先后引進西門子、ABB、博世等世界500強企業投資項目70余個,外資企業400余家。\n",
        "2021-06-09",
    )
    assert set(regions(found, 10, 6, 3370, 70, 400).values()) == {"西安经济技术开发区"}


def test_a_clipped_zone_name_running_on_into_a_word_is_not_the_zone() -> None:
    # `西安高新技术企业` is no `西安高新` zone mention; the zone's own `西安高新区` sentence still is
    found = records("西安高新区新增企业120家。\n西安市高新技术企业达到1.2万家。\n", "2021-06-09")
    assert regions(found, 120)[120] == "西安高新技术产业开发区"
    assert regions(found, 1.2)[1.2] == "西安市"


def _values(text: str, date: str) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in records(text, date)}


def test_the_press_an_event_drew_is_no_record() -> None:
    # fresh19 f19_p08 德化 2017-09 (东南网): the outlets, then their reporters, at the county's event
    found = _values(
        "德化县9月14、15日,來自中央、省、市及境外43家媒體的60多名記者再次聚焦德化,切身感受“中國白”的陶瓷之美。"
        "2017上半年,德化縣實現GDP84.74億元,增長8.7%。\n",
        "2017-09-20",
    )
    assert (43, "家") not in found and (60, "名") not in found
    assert (84.74, "亿元") in found


def test_an_encyclopedia_entrys_land_and_people_are_no_records() -> None:
    # fresh19 f19_p19 準格爾旗 (an encyclopedia entry, traditional script): density in miles, the land a terrain
    # takes, the area coal lies under, the banner's area; its output stays
    found = _values(
        "準格爾旗\n"
        "• 密度 | 47.6人/平方公里(123人/平方英里) |\n"
        "準格爾旗地貌以丘陵溝壑為主,佔總面積的74%。境內礦產資源富集,探明含煤面積2824平方公里,探明煤炭儲量544億噸。"
        "準格爾旗轄域總面積為7692平方公里。2012年原煤產量2.64億噸。\n",
        "2020-01-01",
    )
    assert not found & {(123, "人"), (47.6, "人"), (74, "%"), (2824, "平方公里"), (7692, "平方公里")}
    assert (2.64, "亿吨") in found


def test_frost_free_days_named_after_their_figure_are_no_record() -> None:
    # fresh19 f19_p10 五常: `长达130天的无霜期`, the climate, as `无霜期130天` is
    found = _values("五常市地处黑龙江南部,拥有长达130天的无霜期,年产优质大米约14亿斤。\n", "2023-01-01")
    assert (130, "天") not in found


def test_a_province_opening_a_clause_with_an_industrys_output_speaks_for_itself() -> None:
    # fresh19 f19_p02 (抚松's ginseng market, 2019, traditional script)
    found = records(
        "吉林省撫松縣萬良鎮的長白山人參市場,是亞洲最大的人參交易集散地。未來,吉林省人參產值可望突破1200億元。\n",
        "2019-08-01",
    )
    assert regions(found, 1200)[1200] == "吉林省"


def test_a_countys_zone_named_by_its_kind_in_full_opens_its_clause() -> None:
    # dev17 r335 东辽 2013 (traditional script): `经济开发区` alone after the county's own sentence
    found = records(
        "東遼縣招商網訊:2013年第一季度,東遼縣共完成全口徑招商引資額20億元。經濟開發區新建項目5個,"
        "其中,吉林省華凱重工有限公司年產110台HK200系列平頭塔機項目,計劃總投資1.6億元。\n",
        "2013-04-10",
    )
    assert regions(found, 20, 5) == {20: "东辽县", 5: "东辽经济开发区"}


def test_a_zone_after_a_news_items_outlet_and_reporters_opens_its_sentence() -> None:
    # fresh19 f19_p01 沭阳 2024: the zone's own figures, then the county's towns', whose subject they are
    found = records(
        "新江苏客户端·中国江苏网讯 (孙旭晖 相哲) 沭阳经开区工业开票连年攀升,排名苏北县级园区第一,"
        "预计实现工业开票798亿元,桑墟、贤官工业开票销售收入先后突破百亿元,李恒、青伊湖、刘集等乡镇相继突破60亿元"
        "……近日,宿迁市沭阳县亮出2023年度工业经济答卷。\n",
        "2024-01-20",
    )
    assert regions(found, 798, 100, 60) == {798: "沭阳经济技术开发区", 100: "沭阳县", 60: "沭阳县"}
    subjects = {r.value: r.subject for r in found}
    assert subjects[100] == "桑墟、贤官"
    assert subjects[60] == "李恒、青伊湖、刘集等乡镇"


def test_a_towns_own_amount_names_the_town_as_subject() -> None:
    # fresh13 f13_p10 新郑 2013: the town keeps its county as region and stays in the name
    found = records("新郑市2013年经济总量稳步增长。龙湖镇财政收入突破10亿元。\n", "2013-12-30")
    (town,) = [r for r in found if r.value == 10]
    assert (town.region, town.subject, town.indicator) == ("新郑市", "龙湖镇", "龙湖镇财政收入")


def test_a_city_with_only_its_rank_in_the_clause_is_the_scale_ranked_on() -> None:
    # dev17 r345 高陵 2023 (traditional script): `排名全省前10,西安市第一` is 高陵区's second rank
    found = records(
        "2023年,全區地區生產總值426.96億元,增長11.3%,增速排名全省第一;固定資產投資增速20.9%,排名全省前10,"
        "西安市第一;稅收收入增速35.33%,排名西安市第一。\n",
        "2024-01-20",
        ("高陵区",),
    )
    ranks = [r for r in found if r.unit == "名次"]
    assert {r.region for r in ranks} == {"高陵区"}
    assert any(r.indicator == "固定资产投资增速西安市排名" for r in ranks)


def test_a_parks_kind_after_a_comma_in_a_countys_plan_stays_the_countys() -> None:
    # seed 003 (江都区's plan): `经济开发区` after a comma is one of the parks the county's plan goes over
    found = records(
        "江都区二是以高质量项目建设为支撑,全面释放经济增长新动能。建强园区落项目,突出重点园区项目落户主阵地作用,"
        "经济开发区力争“十四五”期末综合实力进入省级开发区前10强;高新产业园力争“十四五”期末综合实力进入全省高新区前20强。\n",
        "2021-02-01",
    )
    assert regions(found, 10)[10] == "江都区"


def test_the_lead_that_introduces_several_headed_places_is_none_of_theirs() -> None:
    # fresh19 f19_p16: `全世界80%的花炮在这里生产` is said of the four counties together
    text = _FOUR_COUNTIES.replace("這里是花炮的發源地。", "這里是花炮的發源地,全世界80%的花炮在這里生產。")
    found = {(r.value, r.unit): r for r in records(text)}
    assert found[(80, "%")].region == ""  # (a figure with no place is left out of the store)
    assert found[(900, "家")].region == "浏阳市"


def test_a_count_of_a_class_of_firms_is_the_places_after_a_firms_ranks() -> None:
    # dev16 r322 威远 2023: the group's own ranks, then the county's new firms above the size limit
    found = {
        r.value: r
        for r in records(
            "威远县2022年工作回顾。企业梯度培育体系更加完善,川威集团跻身2022年中国企业500强第322位、"
            "四川民营企业100强第4位,新增规模以上工业企业18户。\n",
            "2023-01-10",
        )
    }
    assert found[322].subject == "川威集团" and found[4].subject == "川威集团"
    assert found[18].subject == ""


def test_the_field_a_rank_is_made_in_is_no_count() -> None:
    # dev14 r266 济南高新区 2023 (trad): the city's districts ranked among; dev18 r375 娄底经开区 2016 (trad): the
    # national zones of a region and of the country, the club and the field of a rank
    found = _values(
        "济南高新区一般公共预算收入增速连续12个月位居济南市4个百亿区第一位。\n"
        "娄底经开区主要经济指标进入中部10省区70家国家级经开区前30名,外向型指标在国内219家国家级经开区排前90名。\n",
        "2016-03-01",
    )
    assert not found & {(4, "个"), (70, "家"), (219, "家")}
    assert (30, "名次") in found and (90, "名次") in found


def test_the_parts_a_systems_coded_name_counts_are_no_records() -> None:
    # fresh19 f19_p01 沭阳 2024: `“234”园区体系` names its parts by their counts
    found = _values(
        "近年来,沭阳县优化沭阳经开区、昆沭高新园及3个市级“一区多园”特色园、4个道口乡镇工业集聚区“234”园区体系,"
        "全年完成一般公共预算收入67.1亿元。\n",
        "2024-01-20",
    )
    assert (3, "个") not in found and (4, "个") not in found
    assert (67.1, "亿元") in found
