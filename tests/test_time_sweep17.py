"""Rules found sweeping fresh real pages (second wave): hard-wrapped lines, periods and kinds.

Each test quotes the real page's sentences; the address is in a comment.
"""

from __future__ import annotations

from pathlib import Path

from bot.ingest.normalize import _join_hard_wraps, normalize
from tests.ingest_helpers import one, records

# gongwensou.com 2016 桂阳县政府工作报告: a reposting site wraps every line at 40 characters, mid-sentence and
# mid-number, and stamps a mark (`vzT`) on each paragraph's end.
GUIYANG = (
    "(湖南省)2016年桂阳县人民政府工作报告(全文)\n"
    "政 府 工 作 报 告vzT\n"
    "2016年11月25日在桂阳县第十七届人民代表大会第一次会议上vzT\n"
    "县长 黄四平vzT\n"
    "各位代表:vzT\n"
    "现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人\n"
    "员提出意见。vzT\n"
    "一、本届政府工作回顾vzT\n"
    "2013年以来,面对复杂形势、严峻挑战、艰巨任务,本届政府在县委的正确领导下,坚\n"
    "持产业主导、全面发展,主动适应经济发展新常态,积极应对各种困难,统筹推进稳增\n"
    "长、调结构、促改革、惠民生、防风险等工作,通过全县人民的共同努力,保持了经济\n"
    "社会持续健康发展态势,较好地实现了县十六届人大一次会议确定的目标任务。vzT\n"
    "(一)县域经济较快发展,综合实力越来越强。2016年,预计(下同)全县生产总值34\n"
    "0亿元,比2012年(下同)增长47.7%;固定资产投资353.7亿元,增长125.1%;一般公共\n"
    "预算收入26.06亿元,增长39.8%;社会消费品零售总额106.3亿元,增长69.2%;城镇、\n"
    "农村居民人均可支配收入29462元、16733元,分别增长43.7%和65.5%。县域经济综合实\n"
    "力稳居全省前十强,被评为全省首批全面小康达标县。vzT\n"
)


def test_a_hard_wrapped_paragraph_is_one_line_again() -> None:
    lines = normalize(GUIYANG).text.split("\n")
    assert "现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。" in lines
    assert "一、本届政府工作回顾" in lines  # a heading stays its own line
    paragraph = next(line for line in lines if line.startswith("(一)"))
    assert "全县生产总值340亿元" in paragraph
    assert paragraph.endswith("被评为全省首批全面小康达标县。")


def test_a_number_cut_by_the_wrap_is_read_whole_with_its_year() -> None:
    found = records(GUIYANG)
    gdp = one(found, 340)
    assert (gdp.unit, gdp.kind, gdp.period) == ("亿元", "actual", "2016")
    towns = one(found, 29462)  # `城镇、` / `农村居民…`: the list is whole again
    assert towns.indicator.startswith("城镇")


def test_a_sites_paragraph_mark_is_dropped_even_when_the_wrap_cuts_it() -> None:
    # gongwensou.com 2020 新晃侗族自治县政府工作报告: `发展。hd` / `9`
    text = (
        "各位代表:hd9\n"
        "现在,我代表县人民政府向大会报告工作,请予审查,并请县政协委员和其他列席人员提出意见。hd9\n"
        "2019年及今年以来工作回顾hd9\n"
        "2019年是新中国成立70周年的大庆之年,扎实做好六稳工作,县域经济社会平稳健康发展。hd\n"
        "9\n"
        "经济发展提质增效,综合实力迈上新台阶。地区生产总值增长8.4%。hd9\n"
    )
    clean = normalize(text).text
    assert "hd" not in clean
    assert "2019年及今年以来工作回顾\n" in clean
    assert "\n9\n" not in clean.replace("发展。\n\n", "发展。\n")
    assert "9\n" not in clean.split("平稳健康发展。")[1][:3]


def test_letters_in_prose_are_not_a_sites_mark() -> None:
    text = (
        "全年GDP增长8%。\nGDP总量居全市第一。\n一季度GDP增长6%。GDP\n增速全市第二。GDP\n上半年GDP增长7%。\n"
    )
    assert normalize(text).text == text


# gongwensou.com 2021 瑶海区政府工作报告: the same wrap flattened into one line, each break a space, each
# paragraph's end a run of spaces after the site's mark.
YAOHAI = (
    "(安徽省)2021年合肥市瑶海区人民政府工作报告(全文)   政府工作报告BNC   ——2021年1月6日在合肥市瑶海区BNC   "
    "第四届人民代表大会第五次会议上BNC   各位代表:BNC   现在,我代表区人民政府,向大会报告工作,请予审议,"
    "并请区政协委员和其他列 席人员提出意见。BNC   一、2020年和“十三五”工作回顾BNC   刚刚过去的2020年,"
    "是瑶海发展史上极不平凡的一年。一年来,我们坚持以 新时代中国特色社会主义思想为指导,在市委、市政府和区委的"
    "坚强领导下,积极应对 突如其来的新冠肺炎疫情和百年未遇特大汛情的严重冲击,团结带领百万瑶海人民,保 "
    "持战略定力、准确判断形势、精心谋划部署、果断采取行动、付出艰苦努力,交出了一 份统筹疫情防控和经济社会"
    "发展的优异答卷。预计,全区实现地区生产总值616亿元,同 比增长3%;固定资产投资同比增长3%;一般公共预算收入"
    "17.7亿元,同比增长11.31%; 社会消费品零售总额435亿元,同比增长2.1%;城镇居民人均可支配收入49532元,增长5 "
    ".2%。BNC   ——过去一年,我们众志成城、共克时艰,疫情防控取得重大战略成果。\n"
)


def test_a_wrap_flattened_into_spaces_is_undone_and_its_paragraphs_are_lines_again() -> None:
    lines = normalize(YAOHAI).text.split("\n")
    assert "一、2020年和“十三五”工作回顾" in lines  # the review's heading opens its line
    assert "现在,我代表区人民政府,向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。" in lines
    body = next(line for line in lines if line.startswith("刚刚过去的2020年"))
    assert "坚持以新时代" in body and "同比增长3%" in body and "增长5.2%。" in body
    found = records(YAOHAI)
    assert (one(found, 5.2).unit, one(found, 5.2).period) == ("%", "2020")
    assert one(found, 616).kind == "actual"


# A county's 招商 report of 1-5月 2019 from a PDF (都安瑶族自治县): justified lines whose numbers are spaced out.
DUAN = (
    "2019 年以来,在上级党委、政府正确领导和市投资促进\n"
    "局的直接指导下,我县不断创新招商思路,改进招商方式,\n"
    "拓展对外招商的广度和深度, 围绕重点产业大招商,推动了\n"
    "我县投资促进工作的持续、健康发展。现将 2019 年 1-5 月招\n"
    "商引资工作情况汇报如下:\n"
    "一、产业大招商工作方面\n"
    "(一) 目标任务完成情况。2019 年市政府下达我县的产\n"
    "业大招商目标任务数为引进区内外资金 27 亿元。截止 1-5 月\n"
    "底,我县共实施招商引资项目 9 个,其中新引进 1 个,续建\n"
    "8 个,区外境内累计到位资金 7.6 亿元, 同比下降 30.6%,完\n"
    "成目标任务 28. 1%。\n"
)


def test_a_pdfs_justified_lines_are_joined_and_the_months_reach_the_figures() -> None:
    text = normalize(DUAN).text
    assert "现将 2019 年 1-5 月招商引资工作情况汇报如下:\n一、产业大招商工作方面\n" in text
    assert "截止 1-5 月底,我县共实施" in text
    found = records(DUAN, places=("都安瑶族自治县",))
    assert one(found, 7.6).period == "2019-01~2019-05"


def test_lines_of_a_metadata_table_are_not_joined() -> None:
    # r10 金乡 2021 plan and r65 蔡甸 2023 task list: header lines of like width above paragraphs far wider
    for doc in ("r10_jinxiang_plan_2021", "r65_caidian_tasks_2023"):
        raw = (Path(__file__).parent / "real" / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
        assert normalize(raw).text.count("\n") == raw.count("\n"), doc


def test_a_page_of_one_paragraph_a_line_is_not_joined() -> None:
    lines = [
        "2020年,面对严峻复杂的国内外形势,全县上下统筹推进疫情防控和经济社会发展。",
        "全县地区生产总值增长3.5%,一般公共预算收入增长2.1%,固定资产投资增长5.3%。",
        "社会消费品零售总额下降1.2%,城乡居民人均可支配收入分别增长4.1%和7.2%。",
        "2021年主要预期目标是地区生产总值增长7%左右,一般公共预算收入增长6%。",
        "固定资产投资增长8%,社会消费品零售总额增长8%,居民收入与经济增长同步。",
    ]
    text = "\n".join(lines) + "\n"
    assert normalize(text).text == text


def test_a_table_of_rows_of_one_width_is_not_joined() -> None:
    rows = [f"1302{n:02d} 河北唐山第{n}经济开发区 唐山市 省级开发区 2.3.1" for n in range(10, 20)]
    text = "\n".join(rows) + "\n"
    assert _join_hard_wraps(text) == (text, None)


# Periods and kinds.


def test_the_years_since_a_plan_began_end_with_the_texts_year() -> None:
    # `十四五以来` in a text of 2024 (the first wave's fresh pages): 2021-2024, as `2021年以来`; its end once over
    found = records("2024年5月10日 某县新闻\n“十四五”以来,全县累计完成固定资产投资320亿元,年均增长8.5%。")
    assert {r.period for r in found} == {"2021-2024"}
    done = records("2025年12月10日 某县新闻\n“十四五”以来,全县累计完成固定资产投资320亿元。")
    assert one(done, 320).period == "2021-2025"
    whole = records("2024年5月10日 某县新闻\n“十四五”期间,全县计划完成固定资产投资320亿元。")
    assert one(whole, 320).period == "2021-2025"


def test_now_in_a_sentence_about_a_part_of_the_year_is_that_parts_end() -> None:
    # `目前到位资金` in a text headed 一季度 (the first wave's fresh pages): the quarter, not the year
    found = records(
        "某县一季度招商引资工作情况\n2023年4月6日\n一季度,全县新签约项目12个,目前到位资金8.6亿元。"
    )
    assert one(found, 8.6).period == "2023Q1"
    # ... a part of another year is left alone
    other = records("2023年8月6日 某县\n去年一季度签约项目12个,目前到位资金8.6亿元。")
    assert one(other, 8.6).period == "2023"


def test_what_a_phase_of_a_project_is_to_cost_is_planned() -> None:
    # `一期预计投入资金近4000万元` (the first wave's fresh pages): a plan for the phase, not an estimate of spending
    found = records("2023年6月5日 某县\n该项目总投资1.2亿元,一期预计投入资金近4000万元,建设厂房2万平方米。")
    assert one(found, 4000).kind == "target"
    assert one(found, 1.2).kind == "actual"  # (the clause before keeps its own)
    review = records(
        "2023年1月5日 某县政府工作报告\n一、2022年工作回顾\n全年预计投入研发经费3.2亿元,增长12%。"
    )
    assert one(review, 3.2).kind == "actual"


def test_a_figure_set_against_a_goals_own_figure_is_reached_and_the_goal_is_a_target() -> None:
    # tjgb.hongheiku.com 2021 county bulletin: `年末城镇登记失业率1.89%,低于2.5%的控制目标`
    found = records("某县2021年国民经济和社会发展统计公报\n年末城镇登记失业率1.89%,低于2.5%的控制目标。")
    assert (one(found, 1.89).kind, one(found, 2.5).kind) == ("actual", "target")
    prices = records("某县2021年国民经济和社会发展统计公报\n全年居民消费价格上涨1.2%,低于3%的预期目标。")
    assert (one(prices, 1.2).kind, one(prices, 3).kind) == ("actual", "target")
    # ... a bound the plan sets stays one
    plan = records(
        "2023年1月 某县政府工作报告\n二、2023年主要预期目标\n城镇登记失业率控制在3.5%以内,低于4.5%的控制目标。"
    )
    assert one(plan, 3.5).kind == "target"


def test_a_bulletin_titled_with_its_year_reports_that_year_when_dated_the_next() -> None:
    # a 2021 bulletin under a site's banner dated 2022 (the first wave's fresh pages), and 长顺县 2016 统计公报 dated
    # 2017-05-20 (its date line under the title)
    body = "\n一、综合\n全年实现地区生产总值133.86亿元,比上年增长8.1%。"
    banner = records("首页 > 统计信息 发布时间:2022-03-28\n某县2021年国民经济和社会发展统计公报" + body)
    assert {r.period for r in banner} == {"2021"}
    dated = records("2016年国民经济和社会发展统计公报\n长顺县统计局\n2017年5月20日" + body)
    assert {(r.kind, r.period) for r in dated} == {("actual", "2016")}


def test_the_new_year_is_the_texts_own_or_the_next_in_a_text_of_december() -> None:
    # `新的一年` (the first wave's fresh pages): the year being planned as the text is written
    january = records("2024年1月5日 某县\n新的一年,全县将力争地区生产总值增长6.5%。")
    assert one(january, 6.5).period == "2024"
    december = records(
        "2023年12月28日 某县经济工作会议\n2023年,全县地区生产总值增长5%。新的一年,全县将力争地区生产总值增长6.5%。"
    )
    assert (one(december, 5).period, one(december, 6.5).period) == ("2023", "2024")
