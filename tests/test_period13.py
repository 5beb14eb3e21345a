"""Periods found on tuning documents and fresh pages (period13): the sentences are the texts' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# http://www.yyykp.com/jinjiang/news/3069742.html (晋江 2026-01, f13_p16): a report's reading under a heading that
# counts the years it looks back on, and names none of them
_FIVE_YEAR_SCORECARD = (
    "开新局,挑大梁,再出发!——晋江市政府工作报告解读\n"
    "来源:晋江经济报 2026-01-12 10:03\n"
    "1月10日上午,晋江市第十八届人民代表大会第五次会议召开。晋江市代市长王小阳代表市政府向大会作工作报告。\n"
    "五年发展成绩单\n"
    "擎旗领跑、实干争先,综合实力实现历史跨越。\n"
    "地区生产总值年均增长6.5%,接连跨过3000亿元、3500亿元台阶,经济总量挺进全国百强县前三。\n"
    "市场主体总量突破35万户、企业数超11万家。\n"
    "新兴产业破茧成蝶、聚链成势,泉州南翼国家高新区晋江区域拔地而起,落地新兴产业项目投资额超1700亿元。\n"
    "集聚14家高能级平台,布局6大人才科创飞地,获评首批国家创新型县市。\n"
)


def test_a_level_under_a_five_year_heading_is_the_last_year_s() -> None:
    found = records(_FIVE_YEAR_SCORECARD, places=("晋江市",))
    assert one(found, 3500).period == "2025"
    assert one(found, 11).period == "2025"
    assert one(found, 14).period == "2025"


def test_what_the_years_under_such_a_heading_added_up_is_theirs() -> None:
    found = records(_FIVE_YEAR_SCORECARD, places=("晋江市",))
    assert one(found, 1700).period == "2021-2025"
    assert one(found, 6.5).period == "2021-2025"


# http://bjlywyzs.com/art/2012/2/20/art_1229167325_1394011.html (r268 余杭 2012 report, given 2012-02-12): `过去五年工作回顾`, its figures without a year
_PAST_FIVE_YEARS_REVIEW = (
    "2012年政府工作报告\n"
    "——2012年2月12日在杭州市余杭区第十四届人民代表大会第一次会议上\n"
    "过去五年工作回顾\n"
    "产业结构不断优化。现代产业体系建设成效初步显现。先进装备制造业、高新技术产业产值占规模工业的比重分别达到29.9%和30.2%。"
    "现代服务业快速发展,实现旅游收入75.2亿元。文创产业增加值完成65.1亿元,占地区生产总值的比重达到8.8%。\n"
)


def test_a_year_s_amount_under_a_five_year_review_is_its_last_year_s() -> None:
    found = records(_PAST_FIVE_YEARS_REVIEW, places=("余杭区",))
    assert one(found, 75.2).period == "2011"
    assert one(found, 65.1).period == "2011"
    assert one(found, 30.2).period == "2011"


def test_the_same_heading_in_an_autumn_congress_names_no_year() -> None:
    # a party congress of September looks back over years that end in no year's end (tests/unseen u08 肥西 2021-09): its figures keep
    # no period rather than guess one
    text = (
        "肥西县人民政府门户网站 [ 2021-09-28 ]\n"
        "中国共产党肥西县第十四次代表大会报告(摘要)\n"
        "过去五年工作回顾\n"
        "产业结构持续优化。规上工业企业达到605家。承接省市级改革试点任务136项。\n"
    )
    found = records(text, date="2021-09-26", places=("肥西县",))
    assert one(found, 136).period == ""


# https://gongwensou.com/zhengfubaogao/36252.html (肇源 2021 report, given 2020-12-29): `发展到` is a change's verb as
# `增加到` is, so the level it started from is the plan's opening one
_PLAN_REVIEWED = (
    "(黑龙江)2021年肇源县人民政府工作报告(全文)\n"
    "2020年12月29日在肇源县第十七届人民代表大会第六次会议上\n"
    "一、十三五工作回顾\n"
    "2016年以来,全县上下以新时代中国特色社会主义思想为指导,较好地完成了十三五规划确定的目标任务。\n"
    "过去五年,经济综合实力稳步提升。绿色和有机产品认证从45个发展到117个,基地面积从26.8万亩增加到107.6万亩。\n"
)


def test_a_count_grown_to_another_under_a_plan_review_starts_from_the_plan_s_opening() -> None:
    found = records(_PLAN_REVIEWED, places=("肇源县",))
    assert (one(found, 45).period, one(found, 117).period) == ("2015", "2020")
    assert (one(found, 26.8).period, one(found, 107.6).period) == ("2015", "2020")


# http://www.zgdarm.cn/htmls/5O199O2075O4485O1.html (大安区 2022 communique, posted 2023-05-11): the site's toolbar shows
# the reader's day (`今天是:`, as f15_p05's does), which dates no text
_TOOLBAR_CLOCK = (
    "今天是:2024年05月17日 星期五     欢迎光临四川省自贡市大安区《大安》\n"
    "首页 > 杂志阅读>>《大安》2023年第4期>>统计公报\n"
    "大安区2022年国民经济和社会发展统计公报\n"
    "发布时间:2023-05-11 07:55:15       作者:区统计局       来源:区统计局\n"
    "大安区统计局\n"
    "2022年,面对严峻复杂的国际国内发展环境和疫情、旱情等多重风险挑战,全区经济持续发展,社会大局保持稳定。\n"
    "一、综 合\n"
    "全区下辖9个镇、6个街道,121个村(社区)。年末规模以上工业企业75户、资质以上建筑业企业19户。\n"
    "经市统计局统一核算并审定,全年实现地区生产总值(GDP188.72亿元,按可比价格计算,比上年增长0.5%。\n"
    "二、农 业\n"
    "全年粮食作物播种面积32.7万亩,比上年增加0.5万亩;油料作物播种面积18.9万亩,增加0.3万亩。\n"
)


def test_a_toolbar_clock_is_not_the_text_s_date() -> None:
    assert text_date(_TOOLBAR_CLOCK) == "2023-05-11"


def test_a_communique_under_a_toolbar_clock_keeps_its_year() -> None:
    found = records(_TOOLBAR_CLOCK, places=("大安区",))
    assert one(found, 75).period == "2022"
    assert one(found, 32.7).period == "2022"


def test_a_price_base_in_brackets_is_no_time_of_the_figures_after_it() -> None:
    # http://jmdbq.gov.cn/art/2021/7/7/art_7924_578482.html (东宝区 2020 communique): the poverty line's prices
    text = (
        "东宝区2020年国民经济和社会发展统计公报\n"
        "一、综合\n"
        "初步核算,2020年全区完成生产总值356.56亿元,下降4.2%。\n"
        "三大攻坚战取得决定性成就。按照每人每年生活水平2300元(2010年不变价)的现行农村贫困标准计算,"
        "21063人农村贫困人口全部实现脱贫。城市空气质量达标率为82.7%。\n"
        "二、农 业\n"
        "全年全区农林牧渔业总产值31.7亿元,按可比价格计算,比上年增长0.9%。\n"
    )
    found = records(text, places=("东宝区",))
    assert one(found, 21063).period == "2020"
