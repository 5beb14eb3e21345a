"""Periods found on dev15's documents and fresh15/fresh16's pages (period12): the sentences are the texts' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# http://www.panyu.gov.cn/zwgk/ghjh/fzgh/content/post_9658637.html (番禺 2024, r296): a plan-execution report whose
# `第一部分` reviews 2023 above the numbered `一、` items, and whose review opens with `2023年以来`
_PLAN_EXECUTION = (
    "—2024年2月28日在广州市番禺区第十八届人民代表大会第四次会议上\n"
    "各位代表:\n"
    "受区人民政府委托,现将我区2023年国民经济和社会发展计划执行情况与2024年计划草案报告如下,请予审议。\n"
    "第一部分2023年国民经济和社会发展计划执行情况\n"
    "2023年,我区坚持稳中求进工作总基调,实现经济发展稳中有进。\n"
    "一、经济运行持续恢复向好,高质量发展稳步推进\n"
    "(一)经济呈现回升向好态势。2023年以来,全区顶住复杂外部经济环境压力与风险,全年实现地区生产总值2867亿元、"
    "增长4.6%,增速由一季度的0.3%持续回稳提升。财税收支稳步增长,就业、市场主体平稳有序。"
    "全区实现税收收入415.9亿元(不含海关代征),增长23%;一般公共预算收入118.4亿元,增长13.6%。\n"
    "(二)有效投资量质齐升。着力推动重点领域重大项目加快开工建设,全年实现固定资产投资完成811.69亿元、增长10.1%。\n"
)


def test_a_numbered_part_s_year_holds_under_its_numbered_items() -> None:
    found = records(_PLAN_EXECUTION, date="2024-02-28", places=("番禺区",))
    assert (one(found, 811.69).kind, one(found, 811.69).period) == ("actual", "2023")


def test_since_the_reviewed_year_opened_is_that_year() -> None:
    found = records(_PLAN_EXECUTION, date="2024-02-28", places=("番禺区",))
    assert one(found, 415.9).period == "2023"
    assert one(found, 118.4).period == "2023"


def test_since_a_past_year_in_a_text_about_today_is_still_the_years_since() -> None:
    text = "2021年以来,全县累计民生支出89.6亿元。\n"
    found = records(text, date="2025-03-01", places=("扶风县",))
    assert one(found, 89.6).period == "2021-2025"


# https://finance.sina.com.cn/jjxw/2021-09-13/doc-iktzqtyt5668283.shtml (武清 2021-09, f16_p03): recent years summed up
_RECENT_YEARS_SUMMED = (
    "武清区全面推进乡村振兴\n2021年09月13日 09:56 北方网\n"
    "近年来,武清区累计财政投资200余亿元,大力实施美丽乡村建设行动。投资101亿元实施“无煤区建设”,"
    "率先在全市实现了全域无煤化。投资16.5亿元实施农村饮用水改造提升工程。"
    "投资14.22亿元建成10个人居环境示范村,农田残膜回收率达80%以上,畜禽粪污资源化利用率达90%以上。\n"
)


def test_what_recent_years_summed_up_names_no_year() -> None:
    found = records(_RECENT_YEARS_SUMMED, places=("武清区",))
    assert one(found, 200).period == ""
    assert one(found, 101).period == ""
    assert one(found, 16.5).period == ""


def test_a_rate_recent_years_reached_is_the_text_s_year() -> None:
    found = records(_RECENT_YEARS_SUMMED, places=("武清区",))
    assert one(found, 80).period == "2021"


def test_recent_years_then_a_stock_today_keep_the_text_s_year() -> None:
    # http://452272.nbb6s.group/html/20221025/content_1666659796107267.html (昌宁 2022, f13_p03): `现有` tells
    # today's stock, not a sum over the years
    text = (
        "2022年10月8日\n近年来,昌宁县全力推进一二三产融合发展。昌宁县现有茶园31.5万亩,有机茶园2.216万亩。\n"
    )
    found = records(text, places=("昌宁县",))
    assert one(found, 31.5).period == "2022"


# http://www.gaoqing.gov.cn/gongkai/site_gqxrmzfbgs/channel_c_5f9f6c84b9dfe9bfb0a8c85b_n_1605684363.1567/
# doc_61c2cf58c26d914be8439f42.html (高青 2021 work report, r289): counts of things the five years did
_FIVE_YEARS_DONE = (
    "高青县2021年政府工作报告\n发布日期:2021-01-20\n"
    "——过去五年,我们致力抓投入兴产业,新型工业全面起势。新旧动能转换提速提效。重点培育健康医药、新材料四大新兴产业,"
    "立新制药、飞源气体、宝乘电子等27家新上企业相继投产达效,新兴产业占工业总产值的比重超过51%,"
    "以新兴产业为引领的现代工业体系初步成形。改造提升酿酒、纺织、化工等传统产业,67家企业完成五个优化技术改造。\n"
)


def test_a_count_of_things_the_years_did_keeps_the_years() -> None:
    found = records(_FIVE_YEARS_DONE, places=("高青县",))
    assert one(found, 27).period == "2016-2020"
    assert one(found, 67).period == "2016-2020"


def test_a_share_the_years_reached_is_their_last_year_s() -> None:
    found = records(_FIVE_YEARS_DONE, places=("高青县",))
    assert one(found, 51).period == "2020"


# http://alsdzswzhfwpt.com/xifeng/zwgk/zfxxgk33/fdzdgknr/ghxx/zxgh/2022032819375564336/index.html (西丰经济开发区
# 十四五 plan, r287): a five-year total split into its parts, and levels of the base year's same time
_PLAN_REVIEW = (
    "辽宁西丰经济开发区“十四五”发展规划\n一、“十三五”时期发展回顾\n"
    "(一)园区基础设施建设稳步推进。十三五”期间,园区总体规划面积15.76平方公里。基础设施累计投入资金0.351亿元。"
    "其中扩建道路1.9公里,投资955万元;排水3.7公里,投资771.75万元;绿化1.8万平方米,投资60万元。\n"
    "(二)园区经济平稳发展。2020年末,园区共入驻企业67户。规模以上工业企业12户(2015年同期29户),"
    "实现工业总产值13.2亿元,2015年同期9.8亿元,同比34.7%。\n"
)


def test_the_parts_of_a_total_over_the_years_keep_its_years() -> None:
    found = records(_PLAN_REVIEW, date="2021", places=("西丰经济开发区",))
    assert one(found, 0.351).period == "2016-2020"
    assert one(found, 1.9).period == "2016-2020"
    assert one(found, 3.7).period == "2016-2020"
    assert one(found, 1.8).period == "2016-2020"


def test_a_level_at_an_earlier_year_s_same_time_is_of_that_year() -> None:
    found = records(_PLAN_REVIEW, date="2021", places=("西丰经济开发区",))
    assert (one(found, 29).kind, one(found, 29).period) == ("actual", "2015")
    assert one(found, 9.8).period == "2015"
    assert one(found, 13.2).period == "2020"


# https://educn.co/hot/id/102479.html (寻乌, an undated interview on the 十四五 years, r295): the question asks for the
# plan's results (`请您分享一下,五年来…取得的亮点成效`); the answer's items follow
_PLAN_INTERVIEW = (
    "何善祥代表:以项目促发展 助力寻乌综合实力迈上新台阶\n"
    "人民网:“十四五”时期,江西省在现代化产业体系建设、科技创新、绿色发展等方面成效显著。"
    "请您分享一下,五年来寻乌县在经济社会发展方面取得的亮点成效。\n"
    "何善祥:“十四五”时期,寻乌县牢固树立“小县也能大作为”的理念,成为寻乌发展最快、变化最大的时期。\n"
    "一是综合实力迈上新台阶。主要经济指标持续快速增长,全县地区生产总值年均增长7.1%,总量从102.68亿元增至168.8亿元。"
    "经济运行平稳健康,财政总收入突破18亿元。\n"
    "二是现代产业构建新体系。规上工业企业由2021年的56家增至117家、总营收由53亿元突破140亿元,工业支撑作用显著增强。\n"
    "三是基础设施实现新改善。接连落地省、市大中型项目84个、总投资超460亿元,寻龙高速全线通车。\n"
)


def test_a_request_to_share_the_plan_s_results_frames_the_answer() -> None:
    found = records(_PLAN_INTERVIEW, places=("寻乌县",))
    assert one(found, 7.1).period == "2021-2025"
    assert one(found, 18).period == "2025"
    assert one(found, 84).period == "2021-2025"
    assert one(found, 460).period == "2021-2025"


def test_the_base_year_of_a_rise_is_not_the_text_s_year_nor_the_level_s() -> None:
    assert text_date(_PLAN_INTERVIEW) == ""
    found = records(_PLAN_INTERVIEW, places=("寻乌县",))
    assert one(found, 117).period == "2025"
    assert one(found, 56).period == "2021"


# https://changsha.baogaosu.com/xinwen/%E5%8B%87%E7%AB%8B%E6%BD%AE%E5%A4%B4%E6%9C%9D%E6%B0%94%E8%93%AC%E5%8B%83
# %E9%93%BF%E9%94%B5%E5%89%8D%E8%A1%8C/54101378 (r306 长沙县 news of 2017-01-18): a lead listing the year's honours,
# then `回望2016,` summing them up
def test_achievements_before_a_look_back_at_last_year_are_that_year_s() -> None:
    text = (
        "18.01.2017  15:03\n"
        "  星沙时报/星沙新闻网1月18日讯(见习记者 刘丹青 记者 林畅)全国县域经济基本竞争力、中国中小城市综合实力百强排名中"
        "分别位列第7位、第6位;连续三年蝉联中国十佳“两型”中小城市榜首;蝉联中国最具幸福感城市(县级)……回望2016,"
        "长沙县一路争先进位,硕果累累,给群众交了一份满意的答卷。\n"
    )
    found = records(text, places=("长沙县",))
    assert {r.period for r in found if r.value in (7, 6)} == {"2016"}


# http://m.kuoxiong.cn/news/detail/221/234918.html (云县 2023, traditional, f16_p13): a harvest season across a year's end
def test_a_season_from_one_year_s_end_to_the_next_s_start_spans_both() -> None:
    text = (
        "2023年3月1日\n據了解,近年來,云縣充分利用瀾滄江畔的氣候資源優勢。據統計,在2022年底至2023年初的咖啡鮮果採收季,"
        "云縣咖啡生產面積達3.92萬畝,實現咖啡鮮果產量19674噸,實現農業產值9050萬元。\n"
    )
    found = records(text, places=("云县",))
    assert {one(found, v).period for v in (3.92, 19674, 9050)} == {"2022-2023"}


# http://tech.jiangsulong.com/a/2019/0124/1548295478_4.html (河西区, f15_p08): a three-year total in a paragraph of
# the first three quarters
def test_a_total_over_n_years_in_a_paragraph_of_part_of_a_year_is_over_the_years() -> None:
    text = (
        "2018年,楼宇经济持续稳定增长。2018年前三季度,全区楼宇纳税总额110.90亿元;楼宇入驻率稳定在85%以上,"
        "在强化服务意识上下功夫,三年累计盘活空置资源97万平方米,超额完成市政府下达的目标任务。\n"
    )
    found = records(text, date="2019-01-24", places=("河西区",))
    assert one(found, 97).period == "2016-2018"
    assert one(found, 110.90).period == "2018-01~2018-09"


def test_a_streak_in_the_clause_before_is_not_the_next_clause_s_time() -> None:
    # https://nec-driver.com/bxn/6553.html (龙泉驿 2023 work report, f15_p06): the ranking after the streak is the year's
    text = (
        "2022年工作回顾\n2022年是龙泉驿区发展历程中极不平凡的一年。区域经济总量连续十年位居全省县级行政区首位,"
        "荣获中国最具幸福感城区、排名中西部城区第一。\n"
    )
    found = records(text, date="2023-01-10", places=("龙泉驿区",))
    assert {r.text: r.period for r in found if r.value == 1} == {
        "区域经济总量连续十年位居全省县级行政区首位": "2013-2022",
        "荣获中国最具幸福感城区、排名中西部城区第一": "2022",
    }


# http://hdampjb.cn/news/show-86772.html (吉水工业园区 profile, traditional, f16_p19): a start year is no figure's year
def test_what_stands_done_since_a_start_year_is_the_text_s_year() -> None:
    text = (
        "2010年8月5日\n吉水工業園區屬省級重點工業園區,其中城西工業區從2003年開始建設,規劃建設總面積10平方公里,"
        "已開發了3000多畝。\n"
    )
    found = records(text, places=("吉水工业园区",))
    assert one(found, 3000).period == "2010"
