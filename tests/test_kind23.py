"""Target or achieved, from real sentences of the tuning splits (each with its fresh id): a forecast of the year in
news written inside it, an estimate of a quarter gone by, the works a year's task pushes on."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# f23_p14 (平昌 2017-06 news: this year's harvest forecast)
PINGCHANG = (
    "2016年,我县部分花椒园实现初挂果,实现产值300余万元。"
    "今年有3万亩花椒初投产,预计可采摘鲜椒300余万斤,实现产值2500余万元。\n"
)
# f23_p10 (澄迈, undated news: this year's crop forecast)
CHENGMAI = "受台风灾害的影响,今年全县种植面积仅2.6万亩,产量预计减少为0.8万吨。\n"
# f18_p02 (金普新区 2025-03: the quarter's estimates, one sentence after its `一季度,`)
JINPU = (
    "仪式上,通报了一季度经济社会发展情况。一季度,新区地区生产总值预计增长6.5%;固定资产投资完成65亿元,同比增长5.3%;"
    "规上工业总产值预计完成900亿元、增加值增长7.5%;外贸进出口总额预计完成572亿元,同比增长15%。\n"
)
# f23_p07 (靖州, the year's farm tasks); f20_p13 (金堂, the year's tasks)
JINGZHOU = (
    "今年该县提出打造“七大亿元产业集群”的农业产业发展战略,突出建设杨梅、茯苓七大农业基地,"
    "重点抓好粮食生产2个万亩示范片和10个千亩示范片建设,确保落实烤烟面积2.5万亩。\n"
)
JINTANG = "今年,金堂县将聚焦项目攻坚,力推31个省市重点项目建设。\n"


def test_this_year_s_forecast_in_dated_news_is_a_target():
    found = records(PINGCHANG, "2017-06-17", ("平昌县",))
    assert [r.kind for r in found if r.value == 300 and r.unit == "万元"] == [ACTUAL]  # last year's output, told
    assert [r.kind for r in found if r.value == 300 and r.unit == "万斤"] == [TARGET]
    assert one(found, 2500).kind == TARGET


def test_a_forecast_after_its_noun_is_a_target():
    found = records(CHENGMAI, "", ("澄迈县",))
    assert one(found, 0.8).kind == TARGET


def test_an_estimate_of_the_quarter_gone_by_stays_an_outcome():
    found = records(JINPU, "2025-03-28", ("大连金普新区",))
    assert {one(found, v).kind for v in (900, 572, 15)} == {ACTUAL}


def test_the_works_a_task_pushes_on_are_targets():
    found = records(JINGZHOU, "", ("靖州苗族侗族自治县",))
    assert {one(found, v).kind for v in (2, 10)} == {TARGET}
    found = records(JINTANG, "2020-03-01", ("金堂县",))
    assert one(found, 31).kind == TARGET


def test_works_pushed_on_in_a_past_year_stay_done():
    found = records("2019年,全县重点抓好了12个示范片建设,完成投资3亿元。\n", "2020-01-10", ("靖州苗族侗族自治县",))
    assert one(found, 12).kind == ACTUAL
