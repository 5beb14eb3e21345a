"""Periods and kinds: a report's title under a site's furniture names the months its figures are of, a year a
sentence opens with holds in its paragraph of a part-year report, a statistics bulletin's middle part reports, a
season across a year's end is both years. Sentences are real pages' (tuning id in a comment)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.context import opening_part, title_context
from bot.ingest.normalize import normalize
from bot.ingest.tense import ACTUAL, Context, document_title
from bot.ingest.time import period_of
from tests.ingest_helpers import build_one

# dev18 r367 (莎车 2025 1-3月): the title stands below the site's date, time and source lines.
SHACHE = (
    "2025\n\n04/25\n\n18:37\n\n来源:\n莎车县统计局\n\n字体:【\n\n访问量:\n\n扫一扫在手机打开当前页\n\n"
    "莎车县2025年1-3月经济运行情况\n\n来源:莎车县统计局 发布日期:2025-04-25 18:37 浏览次数: 字体:【\n\n"
    "今年以来,在县委、县政府的坚强领导下,全县上下坚持稳中求进工作总基调,全县经济运行总体保持平稳态势。\n\n"
    "一、经济指标完成情况\n\n"
    "——全口径工业增加值54760万元,同比增长11.8%。其中,规上工业增加值23242万元,同比增长14.1%\n\n"
    "——一般公共预算收入25222万元,同比增长19.8%\n\n"
    "——城镇新增就业4291人,完成全年目标任务33.01%\n"
)


def test_a_title_below_a_sites_furniture_names_the_months_reported(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, SHACHE).records}
    assert by_value[54760] == "2025-01~2025-03"
    assert by_value[19.8] == "2025-01~2025-03"
    assert by_value[4291] == "2025-01~2025-03"


# dev17 r351 (托里 2023 上半年, posted 2023-11): under the part's title, a paragraph opening with the whole year.
TUOLI = (
    "2025年05月03日 星期六 |\n\n托里县2023年上半年经济运行分析\n\n"
    "日期:2023-11-14 20:39:58 来源:托里县统计局 点击:\n\n"
    "2023年以来,在县委、县政府的坚强领导下,托里县统计局紧紧围绕全县经济社会发展的大局,提升统计数据质量。\n\n"
    "一、经济总体情况\n\n经初步核算,上半年生产总值178461万元,同比增长3.3%。第一产业43847万元,同比增长7.5%。\n\n"
    "(一)大农业情况。2023年全县农作物总播种55.06万亩,同比增长3.1%。小麦种植9.18万亩,同比下降3.67%;"
    "玉米种植30.26万亩,同比增长7.88%。\n"
)


def test_a_sentence_opening_with_the_whole_year_holds_in_its_paragraph(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, TUOLI).records}
    assert by_value[178461] == "2023H1"
    assert by_value[43847] == "2023H1"  # the part's, under its title
    assert by_value[55.06] == "2023"
    assert by_value[9.18] == "2023"  # the year the paragraph opened with, not the report's half
    assert by_value[30.26] == "2023"


# fresh19 f19_p09 (洛南 2022 statistics communique, its middle part only, traditional script).
LUONAN = (
    "實現農林牧漁業總產值45.28億元,增長4.1%;農林牧漁業增加值25.44億元,增長4.1%。全年糧食總產量12.28萬噸,下降3.9%。\n"
    "表1 2022年主要農產品產量\n"
    "三、工業和建筑業\n"
    "全年新納規模以上工業企業8戶,年底,全縣規模以上工業企業57戶。全年全部工業增加值51.51億元,下降1.9%。\n"
    "全年,全部建筑業實現增加值8.86億元,增長13.8%。年底,全縣資質等級建筑業企業14戶。\n"
    "四、固定資產投資\n"
    "115 個縣級重點項目完成投資178.39億元,老城區改造提升、西北核桃物流園等76個項目建成或完成年度投資任務。\n"
)


def test_a_bulletins_middle_part_reports_its_year(tmp_path: Path) -> None:
    found = build_one(tmp_path, LUONAN).records
    kinds = {r.value: r.kind for r in found}
    assert kinds[8] == "actual"
    assert kinds[57] == "actual"  # `年底,` is the year's end counted, no deadline
    assert kinds[51.51] == "actual"
    assert kinds[14] == "actual"
    assert kinds[178.39] == "actual"


# fresh19 f19_p13 (元谋 2019-08-29 news): a winter vegetable season across the year's end.
YUANMOU = (
    "云南元谋 特色农业跑出加速度\n\n2019-08-29 9:19来源:云南日报编辑:孙兆娟\n\n"
    "元谋是云南省最大的冬早蔬菜主产区,优质果蔬销往北京、西安等200多个城市。\n\n"
    "2018年冬至2019年春,元谋县种植冬早蔬菜20.84万亩,累计外销蔬菜60万吨,农民卖菜总收入达17.55亿元,增长10.2%。\n\n"
    "截至目前,全县累计获无公害、绿色、有机农产品认证110个。\n"
)


def test_a_season_across_the_years_end_is_both_years(tmp_path: Path) -> None:
    by_value = {r.value: r.period for r in build_one(tmp_path, YUANMOU).records}
    assert by_value[20.84] == "2018-2019"
    assert by_value[60] == "2018-2019"
    assert by_value[17.55] == "2018-2019"
    assert by_value[110] == "2019"  # as the text's day stands, not the season's first year


# fresh19 f19_p05 (潜江 undated news, traditional script): an official's account of how the industry stands, in a
# piece whose other words look ahead.
QIANJIANG = (
    "“多年來,潛江始終把發展小龍蝦產業作為推進鄉村振興的重大工程,打造以‘潛江龍蝦’品牌為引領的富民強農支柱產業。”"
    "省農業事業發展中心副主任鄭國蓉表示,將進一步加大新模式、新技術的探索及推廣力度,推動從“大養蝦”向“養大蝦”轉型。\n"
    "潛江市委副書記、市長盛文軍介紹,潛江龍蝦從業人員過20萬人,養殖面積達90萬畝,潛江龍蝦全產業鏈產值過600億元,"
    "品牌價值過250億元,每年來潛吃蝦游客近300萬人。\n"
)


def test_an_officials_account_of_how_things_stand_reports(tmp_path: Path) -> None:
    kinds = {r.value: r.kind for r in build_one(tmp_path, QIANJIANG).records}
    assert kinds[20] == "actual"
    assert kinds[90] == "actual"
    assert kinds[600] == "actual"
    assert kinds[300] == "actual"


def test_an_officials_account_of_what_is_to_come_stays_a_target(tmp_path: Path) -> None:
    text = QIANJIANG.replace("潛江龍蝦從業人員過20萬人", "今年將力爭潛江龍蝦從業人員過20萬人")
    kinds = {r.value: r.kind for r in build_one(tmp_path, text).records}
    assert kinds[20] == "target"


# fresh15 f15_p05 (荔城 2023-02 plan report): the title stands below a site's search box.
LICHENG_TOP = (
    "今天是:\n关闭\n热门搜索:\n关闭\n\n"
    "关于莆田市荔城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告\n\n"
    "来源:荔城区发展和改革局 时间:2023-02-06 17:01\n\n  各位代表:\n\n"
    "  受区人民政府委托,现将莆田市荔城区2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案提请会议审议。\n"
)


def test_a_title_below_a_sites_furniture_sums_up_its_year() -> None:
    assert title_context(normalize(LICHENG_TOP).text, 2023) == Context(ACTUAL, "2022", 2022)


# fresh17 f17_p15 (柳城 news of a sugar season's start): a crop year written with a slash.
LIUCHENG = (
    "12月8日,随着举升机的倾斜,一辆辆大卡车装载的甘蔗被倒入广西柳州市柳城县凤山糖厂的传送带中。当天,柳城县三家制糖企业"
    "同日开榨,拉开了柳城县2021/2022年榨季的序幕,榨季时间约120天,预计处理原料甘蔗量220~230万吨,平均日处理甘蔗超过2万吨。"
)


def test_a_crop_year_is_both_its_years() -> None:
    assert period_of("拉开了柳城县2021/2022年榨季的序幕,榨季时间约", 2024) == "2021-2022"
    assert period_of("比2000/2001年榨季增加", 2005) is None  # a base compared with, not the figure's time


def test_the_figures_of_a_crop_year_are_of_its_years(tmp_path: Path) -> None:
    found = build_one(tmp_path, LIUCHENG, {"date": "2021-12-09"}).records
    by_value = {r.value: r.period for r in found if not isinstance(r.value, list)}
    assert by_value[120] == "2021-2022"
    assert by_value[2] == "2021-2022"


# fresh18 f18_p14 (正定 news of 2018-12-13): the years counted back in December take in the year ending.
def test_years_counted_back_in_december_take_in_the_year_ending() -> None:
    assert period_of("两年来,财政收入增速在全市位居首位", 2018, 2018, year_end=True) == "2017-2018"
    assert period_of("两年来,财政收入增速在全市位居首位", 2018, 2018) == "2016-2017"  # (earlier in the year)
    assert period_of("近3年,我省共争取林业投入", 2014, 2014) == "2011-2013"


def test_only_the_reports_own_title_names_its_part() -> None:
    """dev17 r351 (托里 2023 上半年): the title below the site's date line names the half; a line standing below a title
    (a sidebar's link) or a heading of the body names nothing for the whole text."""
    top = "2025年05月03日 星期六 |\n\n托里县2023年上半年经济运行分析\n\n日期:2023-11-14 20:39:58 来源:托里县统计局 点击:\n\n"
    body = "2023年以来,在县委、县政府的坚强领导下,托里县统计局紧紧围绕全县经济社会发展的大局,提升统计数据质量。\n"
    text = normalize(top + body).text
    assert opening_part(text, document_title(text), 2023) == "2023H1"
    sidebar = normalize(
        top.replace("托里县2023年上半年", "托里县2023年经济运行分析\n\n托里县2023年上半年") + body
    ).text
    assert opening_part(sidebar, document_title(sidebar), 2023) == ""
    heading = normalize("2025年05月03日 星期六 |\n\n一、2023年上半年经济运行情况\n\n" + body).text
    assert opening_part(heading, document_title(heading), 2023) == ""
