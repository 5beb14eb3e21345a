"""Periods and kinds found on this round's scored pages (dev13, fresh13): the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# http://glnlw.com/shangganshuoshuo/cadkht6603.html (中宁, traditional, undated): 1999 is when the work began
_GOJI = (
    "目前,全縣枸杞種植面積已達18萬畝,占全區枸杞種植面積的30%以上,幹果產量達3萬噸。\n"
    "為保護特色產品和原產地資源的商標,從1999年起,中寧縣便開始了品牌保護的不懈努力,最終,"
    "“中寧枸杞”在今年成功榮獲“中國馳名商標”榮譽稱號。\n"
)


def test_the_year_a_work_began_from_does_not_date_the_text() -> None:
    assert text_date(_GOJI) == ""
    found = records(_GOJI, places=("中宁县",))
    assert (one(found, 18).kind, one(found, 18).period) == ("actual", "")


def test_a_start_still_ahead_keeps_its_year() -> None:
    # a start a text plans (`从…起将…`) is no start of the years up to now
    assert text_date("从2025年起将实施新的滩羊产业发展方案,全县养殖滩羊300万只。\n") == "2025"


# https://szb.nxrb.cn/nxrb/pc/con/202208/26/content_34082.html (盐池 2022, a news feature saved without its date)
_SHEEP = (
    "平台村先后把4万亩土地流转给上陵等农牧业企业种植优质牧草,村民从种植基地回购优质牧草发展滩羊养殖,"
    "全村年人均收入达到1.5万元。\n"
    "记者在现场看到,深蓝色的10道养殖大棚里,已经饲养了1万只滩羊。\n"
    "项目概算投资2.4亿元,占地2.1万亩。到2025年,项目区养殖收入5000万元、饲草收入6000万元,年经营收入可达1.1亿元。\n"
    "盐池县从2009年出台《关于进一步加快滩羊产业发展意见》至今,连续13年印发《盐池县滩羊产业发展实施方案》。\n"
)


def test_the_start_of_years_up_to_now_across_a_document_s_title_does_not_date_the_text() -> None:
    assert text_date(_SHEEP) == ""


def test_a_feature_looking_back_up_to_now_reports_what_is_done() -> None:
    found = records(_SHEEP, places=("盐池县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (1.5, 2.4)] == [("actual", "")] * 2
    assert (one(found, 5000).kind, one(found, 5000).period) == ("target", "2025")


# http://www.yyykp.com/jinjiang/news/3069742.html (晋江, traditional, 2026-01-12: a reading of the work report)
_REPORT_CARD = (
    "開新局,挑大梁,再出發!——晉江市政府工作報告解讀\n\n來源:晉江經濟報 2026-01-12 10:03\n\n"
    "  1月10日上午,晉江市第十八屆人民代表大會第五次會議召開。過去五年,晉江經濟社會發展成績如何?新一年,政府工作有啥新目標?"
    "晉江經濟報為大家解讀這份沉甸甸的報告,回顧五年來取得的成就,展望未來,篤定前行的方向\n\n"
    "  五年發展成績單\n\n"
    "  擎旗領跑、實干爭先,綜合實力實現歷史跨越。\n\n"
    "  地區生產總值年均增長6.5%,接連跨過3000億元、3500億元臺階,經濟總量挺進全國百強縣前三。\n\n"
    "  市場主體總量突破35萬戶、企業數超11萬家。\n"
)


def test_a_report_card_heading_opens_a_review() -> None:
    found = records(_REPORT_CARD, places=("晋江市",))
    assert {one(found, v).kind for v in (6.5, 3000, 35, 11)} == {"actual"}


def test_an_average_under_an_unnamed_five_year_review_is_over_the_five_years_before() -> None:
    found = records(_REPORT_CARD, places=("晋江市",))
    assert one(found, 6.5).period == "2021-2025"


def test_a_year_opening_a_list_s_first_item_is_every_item_s() -> None:
    # http://www.driinfo.com/show.php?contentid=130664 (永康 2013-04-03)
    text = (
        "永康传统五金 汽车 农机三大产业并驾齐驱\n作者:27发布时间:2013-04-03\n"
        "根据永康市《关于坚持实施工业强市战略加快新型工业化步伐的决定》,永康对工业经济的主要发展目标进行了展望:"
        "2016年地区生产总值达到570亿元以上;人均GDP达到8.9万元以上;地方财政收入达到45亿元;"
        "规模以上工业企业达到800家,总产值达到1200亿元。\n"
    )
    found = records(text, places=("永康市",))
    assert {(one(found, v).kind, one(found, v).period) for v in (570, 8.9, 45, 800, 1200)} == {
        ("target", "2016")
    }


def test_a_tally_since_a_park_opened_is_the_year_s_in_a_half_year_report() -> None:
    # https://www.tjdl.gov.cn/gongkai/zfxxgkzl/zfgbm/dlqfgw/gknr/ghxx/202509/t20250915_7133034.html (东丽 2025 H1)
    text = (
        "关于东丽区2025年上半年国民经济和社会发展计划执行情况的报告\n发布时间:2025-09-15 11:22\n"
        "一、2025年上半年国民经济和社会发展计划执行情况\n"
        "创新动能加快集聚天开东丽园加快建设,开园以来新投入运营载体3.6万平方米,建立5亿元引导基金,"
        "引进国科环宇等低空经济相关企业160家,促成31项科技成果落地转化。上半年技术合同登记额10.2亿元。\n"
    )
    found = records(text, places=("东丽区",))
    assert {one(found, v).period for v in (3.6, 5, 160, 31)} == {"2025"}
    assert one(found, 10.2).period == "2025H1"


def test_a_month_s_own_growth_is_that_month_s() -> None:
    # https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6381896&typeid=68 (通州 2023 H1)
    text = (
        "上半年,全区333家规模以上工业企业实现总产值298.4亿元,同比增长3.7%,高于全市1.9个百分点,"
        "增幅较一季度扩大6.8个百分点,其中6月增速达到8.8%。\n"
    )
    found = records(text, date="2023-07-20", places=("通州区",))
    assert one(found, 8.8).period == "2023-06"
    assert one(found, 3.7).period == "2023H1"


def test_the_months_up_to_one_keep_their_growth() -> None:
    found = records(
        "全区规模以上工业总产值2023年1-6月增速达到8.8%。\n", date="2023-07-20", places=("通州区",)
    )
    assert one(found, 8.8).period == "2023H1"


def test_a_growth_column_beside_two_years_is_the_later_year_s() -> None:
    # http://m.ilynn.cn/document_detail/5613.html (伊吾 2016 communique, traditional): a table one cell to a line
    text = (
        "2016年全縣社會從業人員21675人,下降0.6%。(見表1)\n"
        "表1: 2016年全社會從業人員\n|\n指標 |\n單位 |\n2016年 |\n2015年 |\n同比增長% |\n"
        "|\n社會從業人員 |\n人 |\n21675 |\n21537 |\n-0.6 |\n"
        "|\n第二產業 |\n人 |\n4659 |\n5023 |\n7.8 |\n"
    )
    found = records(text, date="2017-04-01", places=("伊吾县",))
    assert one(found, 7.8).period == "2016"
    assert one(found, 5023).period == "2015"


def test_a_change_told_without_years_after_one_told_with_them_is_over_the_same_years() -> None:
    # http://mgt.gov.cn/mgtx/c107777/202102/fdadfbb2c4d84bb98de1b8515ff3f5e3.shtml (麦盖提 2021-01-26 report)
    text = (
        "一、“十三五”时期及2020年工作回顾\n"
        "经济保持稳定增长。预计全县生产总值从2015年的39.70亿元增长到2020年61.95亿元,年均增长9.3%;"
        "工业增加值从1.66亿元增长到2.05亿元,年均增长4.32%;固定资产投资五年累计完成投资192.94亿元。\n"
    )
    found = records(text, date="2021-01-26", places=("麦盖提县",))
    assert [one(found, v).period for v in (9.3, 4.32)] == ["2016-2020"] * 2
