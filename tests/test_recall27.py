"""Figures the build used to miss: shares of a budget or task reached with its amount inside, tables run into one
line, lists given `分别`, levels to come, electricity in 万多度. Sentences are real pages' (dev or fresh id in a
comment)."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import one, records


def test_the_share_of_the_budget_set_at_the_years_start_is_a_record() -> None:
    # r542 凤庆 2023 (the year before's revenue, reviewed in a budget report)
    text = (
        "凤庆县2023年预算报告\n"
        "2022年,全县累计完成地方一般公共预算收入62964万元,完成年初预算65200万元的96.57%,同比减952万元,减幅1.49%。\n"
    )
    share = one(records(text, date="2023-01-20"), 96.57)
    assert (share.unit, share.kind, share.period) == ("%", "actual", "2022")
    assert share.indicator == "地方一般公共预算收入完成年初预算比例"


def test_the_share_of_an_adjusted_budget_is_the_spendings() -> None:
    # r563 周至 2024
    text = (
        "周至县2024年预算报告\n"
        "全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%。"
        "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长5.6%。\n"
    )
    found = records(text, date="2024-01-20")
    assert one(found, 101.7).indicator == "县级一般公共预算收入完成预算比例"
    spent = one(found, 99.6)
    assert (spent.indicator, spent.kind) == ("一般公共预算支出完成调整预算比例", "actual")


def test_a_table_run_into_one_line_is_read_row_by_row() -> None:
    # r497 洛南 2020 communique: the header's cells, then each row's, all on one line
    text = (
        "洛南县2020年国民经济和社会发展统计公报\n"
        "全年粮食总产量124735吨,增长3.2%。 表1 2020年主要农产品产量 产品名称 | 产量(吨) | 比上年增长(%) | "
        "粮食 | 124735 | 3.2 | 其中:小麦 | 15669 | -3.0 | 玉米 | 82292 | 1.9 |\n"
        "表2 2020年林业生产情况 产品名称 | 产量 | 比上年增长(%) | 造林面积(万亩) | 7.6 | -3.8 | 核桃 (吨) | 36677 | -20.1 |\n"
    )
    found = records(text, date="2021-03-20")
    wheat = one(found, 15669)
    assert (wheat.unit, wheat.kind, wheat.period) == ("吨", "actual", "2020")
    assert one(found, -3.0).unit == "%"
    assert one(found, 7.6).unit == "万亩"
    assert one(found, 36677).unit == "吨"
    assert one(found, -20.1).indicator == "核桃产量增速"


def test_a_line_of_figures_after_words_is_no_table() -> None:
    # a plain `|` row of figures, its first cell no header's: read as the row it is, not split
    text = "某县2020年统计公报\n| 指标 | 单位 | 数值 |\n| 地区生产总值 | 亿元 | 120 |\n"
    assert [(r.value, r.unit) for r in records(text, date="2021-03-20", places=("洛南县",))] == [
        (120, "亿元")
    ]


def test_the_share_of_an_indicators_task_its_amount_in_an_aside_is_a_record() -> None:
    # f23_p18 钟山 (investment attracted against the year's task)
    text = (
        "钟山县招商引资\n"
        "2023年,该县区外境内投资新签实施项目80个,到位资金49.49亿元,完成全年区外境内指标任务(49亿元)的100.99%;"
        "引进全口径外资新建项目1个,到位资金700万美元,完成全年全口径外资指标任务(700万美元)的100%。\n"
    )
    found = records(text, date="2024-03-01")
    reached = one(found, 100.99)
    assert (reached.unit, reached.kind) == ("%", "actual")
    assert one(found, 49).kind == "target"
    assert [r.kind for r in found if r.value == 100 and r.unit == "%"] == ["actual"]


def test_a_list_of_measures_given_fen_bie_keeps_each_figure() -> None:
    # r370 仁寿 2022 (trad): an area and an output, named together, each with its own unit
    text = "仁寿县2022年工作\n2022年,全面推进示范区建设,粮食播种面积、产量分别达177.1万亩、64万吨。\n"
    found = records(text, date="2023-01-01")
    assert one(found, 177.1).indicator == "粮食播种面积"
    grain = one(found, 64)
    assert (grain.unit, grain.kind, grain.indicator) == ("万吨", "actual", "粮食产量")


def test_levels_given_fen_bie_after_a_clause_that_lists_the_items() -> None:
    # r525 曲周 2024: the items named in a clause of their own, their levels and rates in the next ones
    text = (
        "曲周县产业发展\n"
        "截至11月底,生物健康和自行车(童车)两大产业主营业务收入,分别为128.3亿元、108.6亿元,"
        "分别同比增长14.2%、14.5%,生物健康产业集群入选省中小企业特色产业集群。\n"
    )
    found = records(text, date="2024-12-20")
    assert [(r.value, r.unit, r.kind) for r in found if r.unit == "亿元"] == [
        (128.3, "亿元", "actual"),
        (108.6, "亿元", "actual"),
    ]
    assert one(found, 14.5).unit == "%"


def test_a_level_to_come_after_the_growth_that_takes_it_there() -> None:
    # r459 吉木萨尔 2015 (the county's plan for the next five years)
    text = (
        "吉木萨尔县“十三五”规划\n"
        "依据该规划,未来五年吉木萨尔县地区生产总值年均递增14%,将达260亿元;公共财政预算收入年均增长14%,将达25亿元。\n"
    )
    found = records(text, date="2015-12-20")
    gdp = one(found, 260)
    assert (gdp.indicator, gdp.unit, gdp.kind) == ("地区生产总值", "亿元", "target")
    assert one(found, 25).unit == "亿元"


def test_electricity_in_du_with_more_after_its_magnitude() -> None:
    # f24_p05 和县 2017, f24_p17 宁武
    assert [(q.value, q.unit, q.cmp) for q in find_quantities("年均发电8万多度")] == [(8, "万度", ">")]
    assert [(q.value, q.unit, q.cmp) for q in find_quantities("总发电量达4亿多度")] == [(4, "亿度", ">")]


def test_a_bare_du_is_still_no_unit() -> None:
    assert find_quantities("气温达35度") == []
    assert find_quantities("30多度") == []
