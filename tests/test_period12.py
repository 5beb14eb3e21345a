"""Periods found on dev15's documents and fresh15/fresh16's pages (period12): the sentences are the texts' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records

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
