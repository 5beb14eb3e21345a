"""Target or achieved, from real sentences of the tuning splits: a sentence with no figure that tells how a review's
results came about (its effort, the goal it served) passes on no target to the figures after it; a time ahead does."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r500 (大足, a year-end speech of 2020: the year's estimated results, then a sentence of effort and results)
DAZU = (
    "今年以来,在区委、区政府的坚强领导下,全区上下积极应对突如其来的新冠疫情,坚持一手抓疫情防控,一手抓恢复生产,"
    "上半年经济主要指标由负转正。区委、区政府审时度势,按照中央“六稳六保”总体要求,努力克服困难,加快经济社会发展步伐,"
    "各项工作取得显著成绩。预计(下同)地区生产总值达到680亿元、年均增长8.4%。人均地区生产总值8.5万元、年均增长7.4%。"
    "全社会固定资产投资320亿元、年均增长13.3%。\n"
)

# r510 (威宁, news of 2016-03 on the 十二五's poverty relief: a lead looking back, then the results by field)
WEINING = (
    "近年以来,威宁彝族回族苗族自治县紧紧围绕与全省、全国同步进入小康社会的奋斗目标,突出问题导向,精准制定措施,靶向治贫,"
    "切实推动扶贫开发工作取得了新成效。\n"
    "产业扶贫取得新成效。粮食年均实现产量44.72万吨,实施马铃薯、生态畜牧业、冷凉蔬菜、中药材、特色经果林、烤烟六大产业"
    "培育工程,实现农林牧总产值92.45亿元、年均增长21.15%。建成省级以上示范园区6个。\n"
)

# r486 (云县, news of the 十一五's investment drive, traditional: its lead looks back over recent years)
YUNXIAN = (
    "近幾年來,云縣把招商引資作為搶占先機,爭取主動,推動跨越發展的有效抓手,營造招商環境,采取有效措施,"
    "全縣招商引資工作呈現健康發展的總體態勢,並呈現出新的特點。\n"
    "招商引資成果豐碩,發展勢頭強勁。全縣招商引資實際到位資金29.62億元。\n"
)


def test_effort_in_a_year_end_review_leaves_its_estimates_achieved():
    found = records(DAZU, "2020", ("大足区",))
    assert {one(found, v).kind for v in (680, 8.4, 8.5, 7.4, 320, 13.3)} == {ACTUAL}


def test_a_goal_served_in_a_look_back_lead_leaves_the_results_achieved():
    found = records(WEINING, "2016-03-30", ("威宁彝族回族苗族自治县",))
    assert {one(found, v).kind for v in (44.72, 92.45, 21.15, 6)} == {ACTUAL}


def test_seizing_the_initiative_in_a_look_back_lead_is_no_intent():
    found = records(YUNXIAN, "2013", ("云县",))
    assert one(found, 29.62).kind == ACTUAL


def test_a_look_back_lead_that_turns_to_the_year_ahead_still_sets_targets():
    # (the same lead with the year's aim: `全年` looks ahead, so the figure after it is the year's target)
    text = YUNXIAN.replace("並呈現出新的特點。", "力爭全年再上新台階。")
    found = records(text, "2013-03", ("云县",))
    assert one(found, 29.62).kind == TARGET
