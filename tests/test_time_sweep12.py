"""Target or achieved and the period: rules taken from freshly swept real pages (each test names its page)."""

from __future__ import annotations

from ingest_helpers import one, records, text_date

from bot.ingest.manifest import infer_date
from bot.ingest.tense import ACTUAL, TARGET, heading, heading_context

# m.ilynn.cn/document_detail/14790.html (平利 work report of 2016-03-29, traditional script)
_YEAR_AND_PLAN_REVIEW = (
    "政 府 工 作報 告\n"
    "——2016年3月29日在平利縣第十七屆人民代表大會第五次會議上\n"
    "一、2015年和“十二五”工作回顧\n"
    "2015年,在縣委的堅強領導和縣人大、縣政協的監督支持下,全縣上下攻堅克難,狠抓落實,圓滿完成了縣十七屆人大四次會議確定的"
    "目標任務。全年實現生產總值67.9億元,增長12.4%。\n"
    "一年來,我們大力興產業、提效益,循環經濟加快發展。圍繞國家現代農業示範區建設,加速壯大農業主導產業,新增市級園區5個、"
    "省級提質增效園區2個;新建和改造茶園1.5萬畝,種植絞股藍1.2萬畝;新建規模養殖場26個。\n"
)


def test_a_review_heading_naming_a_year_and_the_plan_it_closes_is_of_that_year() -> None:
    # `2015年和“十二五”工作回顧`: the part tells the year first; its `一年來` paragraphs are 2015's, not 2011-2015's
    found = records(_YEAR_AND_PLAN_REVIEW, places=("平利县",))
    for value in (67.9, 12.4, 5, 2, 1.5, 1.2, 26):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2015"), value


def test_a_review_heading_of_the_plan_alone_keeps_its_span() -> None:
    for title, period in (
        ("一、“十三五”时期工作回顾", "2016-2020"),
        ("一、2020年和“十三五”时期工作回顾", "2020"),
        ("一、“十三五”和2020年工作回顾", "2020"),
        ("一、2016-2020年工作回顾", "2016-2020"),
    ):
        _level, text, whole = heading(title)  # type: ignore[misc]
        assert heading_context(text, whole, 2021).period == period, title


def test_a_quarter_a_growth_is_compared_with_is_no_period() -> None:
    # kaiping.gov.cn/kpszfw/zwgk/tjxx/tjfx/content/post_1889494.html (开平 2018 第三季度 statistics note)
    text = (
        "(二)固定资产投资稳中有升\n"
        "1-9月,我市固定资产投资实现同比增长18.98%,增长速度比第二季度快1.66个百分点。\n"
        "(四) 地方一般公共预算收入稳中向好\n"
        "1-9月,全市地方一般公共预算收入实现18.87亿元,同比增长13.10%,增速比第二季度加快1.01个百分点。\n"
        "开平市统计局\n2018年10月24日\n"
    )
    found = records(text, places=("开平市",))
    for value in (18.98, 1.66, 18.87, 13.1, 1.01):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2018-01~2018-09"), value


def test_a_text_with_no_word_of_intent_or_time_ahead_sets_no_targets() -> None:
    # www.717414.tw/news-98001.shtml (洛江 2020 forestry news, traditional script): facts stated, nothing planned
    text = (
        "2020年,全區完成植樹造林及森林經營面積12330.52畝,其中植樹造林1230畝,森林撫育2000畝,封山育林5000畝,"
        "異地恢復及采伐跡地造林4100.52畝。森林覆蓋率為64.31%、森林蓄積量為125.031萬立方米、林地保有量為2.44萬公頃,"
        "均超出省、市指標要求。\n"
    )
    found = records(text, places=("洛江区",))
    for value in (12330.52, 1230, 2000, 5000, 64.31, 2.44):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2020"), value


def test_a_text_with_words_of_intent_still_sets_targets() -> None:
    text = "2020年,全区力争完成植树造林1230亩,森林覆盖率达到64.5%。\n"
    found = records(text, places=("洛江区",))
    assert [one(found, v).kind for v in (1230, 64.5)] == [TARGET, TARGET]


def test_a_programme_s_name_is_no_plan() -> None:
    # www.cntaowen.com/index.php/Download/details/id/389.shtml (a 高新区's first-half report): projects of the
    # science programmes applied for, not planned ones
    text = (
        "一、上半年国民经济和社会发展计划执行情况\n"
        "科技创新成效明显。完成高新技术产业产值477.1亿元,增长15.6%。申报市级以上科技计划项目82个,其中,"
        "国家火炬星火计划项目4个、省国际合作计划项目3个。申报高新技术企业55家。\n"
    )
    found = records(text, places=("崇川区",))
    for value in (82, 4, 3, 55):
        assert one(found, value).kind == ACTUAL, value
    plan = records("今年计划项目82个,总投资120亿元。\n", places=("崇川区",))
    assert one(plan, 82).kind == TARGET


# m.010zaixian.com/shiyongwen/zongjie/582064_2.htm (a zone's report of 2018, reposted with `时间:2021-08-31`)
_REPOSTED_PLAN = (
    "开发区管委会年度工作总结范文(2)\n\n时间:2021-08-31\n\n二、2018年工作总体要求和目标任务\n\n"
    "  综合考虑各种因素,今年我区经济社会发展的主要预期目标为:地区生产总值增长10%,工业增加值增长12%,"
    "公共财政预算收入增长8.2%,社会消费品零售总额增长12%。\n"
)


def test_a_page_posted_years_after_the_report_it_carries_is_dated_by_its_part_headings() -> None:
    assert text_date(_REPOSTED_PLAN) == "2018"
    found = records(_REPOSTED_PLAN, places=("龙湾区",))
    for value in (10, 8.2):
        assert (one(found, value).kind, one(found, value).period) == (TARGET, "2018"), value
    # www.uv63h8.cn/article/lidaojianhua/zfzw/200907/229828.html (a district's report on 2008, `時間:2022-07-15`,
    # traditional script): a review of a year is given the next
    review = "區政府工作會議的講話\n\n時間:2022-07-15 08:03:00\n\n一、2008年工作回顧\n\n2008年全區生產總值完成142億元,增長14.7%。\n"
    assert text_date(review) == "2009"


def test_a_dateline_a_year_after_the_report_s_own_year_stands() -> None:
    text = "发布时间:2022-01-20\n一、2021年工作回顾\n2021年,全县实现地区生产总值120亿元。\n二、2022年主要预期目标\n"
    assert text_date(text) == "2022-01-20"


# gongwensou.com/zhengfubaogao/34090.html (大埔 work report given 2020-06-22, reposted `公文搜 2021-07-27 17:49:30`;
# its lines wrapped, so each is a paragraph of its own)
_REPOSTED_SPEECH = (
    "(广东省)2020年大埔县人民政府工作报告(全文)\n"
    "公文搜 2021-07-27 17:49:30 政府报告\n"
    "政 府 工 作 报 告\n"
    "2020年6月22日在大埔县第十五届人民代表大会第五次会议上\n"
    "大埔县县长熊锋松\n"
    "2019年和今年以来工作回顾\n"
    "去年,县政府在县委的正确领导下,在县人大及其常委会和县政协的监督支持下,\n"
    "得新的重大进展。全县生产总值92.51亿元,规上工业增加值10.74亿元,分别比增5.1%\n"
    "和15.3%,增速均排在全市第一;本级一般公共预算收入7.04亿元。\n"
)


def test_a_speech_s_byline_dates_it_over_the_stamp_of_the_site_that_reposted_it() -> None:
    assert text_date(_REPOSTED_SPEECH) == "2020-06-22"
    # gongwensou.com/zhengfubaogao/35535.html (石门 2020-04-22): the byline on the line of the title
    text = "公文搜 2021-07-27 18:07:48 政府报告\n政府工作报告——2020年4月22日在石门县第十七届人民代表大会第五次会议上石门县人民政府县长\n"
    assert infer_date(text) == "2020-04-22"


def test_a_review_heading_naming_a_year_and_the_months_since_is_of_that_year() -> None:
    found = records(_REPOSTED_SPEECH, places=("大埔县",))
    for value in (92.51, 10.74, 7.04):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2019"), value
    since = records(_REPOSTED_SPEECH + "今年以来,全县新增市场主体1200户。\n", places=("大埔县",))
    assert (one(since, 1200).kind, one(since, 1200).period) == (ACTUAL, "2020")
