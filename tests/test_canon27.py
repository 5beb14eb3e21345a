"""Canonical names of the twenty-seventh round: a budget item's figures said with a stage of the budget
(`预算数`, `安排`, `调整为`) are the item's. Sentences are real pages' (id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one


def _canonicals(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.canonical for r in build_one(tmp_path, text).records}


def test_a_budget_drafts_items_keep_their_names(tmp_path: Path) -> None:
    # dev26 r564 莒南 2024 budget report
    text = (
        "关于莒南县2023年预算执行情况和2024年预算草案的报告\n\n"
        "综合以上因素,本着“积极稳妥、留有余地”的原则,初步安排一般公共预算收入243500万元,增长8%,税收比重78%左右;"
        "一般公共预算支出安排681436万元,增长2.2%。\n"
    )
    names = _canonicals(tmp_path, text)
    assert names[243500] == "一般公共预算收入"
    assert names[8] == "一般公共预算收入增速"
    assert names[681436] == "一般公共预算支出"
    assert names[2.2] == "一般公共预算支出增速"


def test_an_audits_budget_figure_keeps_its_name(tmp_path: Path) -> None:
    # dev26 r566 东湖 2023 audit report
    text = (
        "东湖区2022年度本级预算执行和其他财政收支的审计工作报告\n\n"
        "2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元。"
        "2022年一般公共预算支出预算数为26.93亿元(含扬子洲镇)。\n"
    )
    records = build_one(tmp_path, text).records
    planned = {r.value: r for r in records if r.kind == "target"}
    assert planned[15.39].canonical == "一般公共预算收入"
    assert planned[26.93].canonical == "一般公共预算支出"


def test_an_adjusted_tax_figure_keeps_its_name(tmp_path: Path) -> None:
    # dev29 r541 巫溪 2023 budget report
    text = (
        "巫溪县2022年预算执行情况和2023年预算草案的报告\n\n"
        "年度预算执行中,经县十八届人大常委会第七次会议批准,一般公共预算收入由年初的76138万元调整为89138万元,"
        "调增13000万元,其中:税收收入调整为40500万元,非税收入调整为48638万元。\n"
    )
    names = _canonicals(tmp_path, text)
    assert names[40500] == "税收收入"
    assert names[48638] == ""  # non-tax revenue is outside the vocabulary


def test_the_part_of_a_budget_reached_is_still_progress(tmp_path: Path) -> None:
    # dev7 r120 麻江 2020 work report: a share of the adjusted budget names no indicator
    from bot.vocabulary import canonical_of

    assert canonical_of("一般公共预算收入占预算调整数比例", "%") == ""
    assert canonical_of("一般公共预算收入完成调整预算比例", "%") == ""


def test_an_audit_names_the_figure_against_its_budget(tmp_path: Path) -> None:
    # dev26 r566 东湖 2023 audit report: `实际完成`, `实际支出` and last year's `决算数` are the item's own figures
    text = (
        "东湖区2022年度本级预算执行和其他财政收支的审计工作报告\n\n"
        "2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元,比上年决算数14.94亿元增长3.0%,"
        "加上上级补助收入13.36亿元。2022年一般公共预算支出预算数为26.93亿元(含扬子洲镇),实际支出24.98亿元,"
        "比上年决算数25.10亿元下降0.5%。\n"
    )
    records = build_one(tmp_path, text).records
    by_value = {(r.value, r.kind): r for r in records}
    assert by_value[15.39, "actual"].indicator == "一般公共预算收入"
    assert by_value[14.94, "actual"].period == "2021"
    assert by_value[14.94, "actual"].canonical == "一般公共预算收入"
    assert by_value[3.0, "actual"].canonical == "一般公共预算收入增速"
    assert by_value[24.98, "actual"].canonical == "一般公共预算支出"
    assert by_value[-0.5, "actual"].canonical == "一般公共预算支出增速"


def test_a_budget_named_alone_is_its_items(tmp_path: Path) -> None:
    # dev29 r542 凤庆 2023 plan (the Simplified form of its sentence)
    text = (
        "凤庆县2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n\n"
        "自然口径,全县累计完成地方一般公共预算收入62964万元,完成年初预算65200万元的96.57%,同比减952万元,减幅1.49%。\n"
    )
    records = build_one(tmp_path, text).records
    budget = next(r for r in records if r.value == 65200)
    assert budget.indicator == "地方一般公共预算收入年初预算"
    assert budget.canonical == "一般公共预算收入"
    assert budget.kind == "target"


def test_the_part_of_a_budget_reached_is_the_items_progress(tmp_path: Path) -> None:
    # dev26 r563 周至 2024 budget report: the share is named after the item, and the rate after it is the item's
    text = (
        "周至县2023年财政预算执行情况和2024年财政预算草案的报告\n\n"
        "1.一般公共预算执行情况。全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%,较上年28899万元增长9.9%。"
        "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长5.6%。\n"
    )
    records = build_one(tmp_path, text).records
    names = {r.value: r.indicator for r in records}
    assert names[101.7] == "县级一般公共预算收入完成预算比例"
    assert names[99.6] == "一般公共预算支出完成调整预算比例"
    assert names[539267] == "一般公共预算支出调整预算数"
    canonicals = {r.value: r.canonical for r in records}
    assert canonicals[31220] == "一般公共预算收入"
    assert canonicals[9.9] == "一般公共预算收入增速"
    assert canonicals[101.7] == ""  # progress on a budget names no indicator


def test_the_rate_after_a_budgets_progress_is_the_items(tmp_path: Path) -> None:
    # dev29 r541 巫溪 2023 budget report
    text = (
        "巫溪县2022年预算执行情况和2023年预算草案的报告\n\n"
        "——一般公共预算收入88435万元,完成调整预算的99.2 %,较上年增长19.7%,其中:税收收入39029万元,下降12%。\n"
    )
    records = build_one(tmp_path, text).records
    rate = next(r for r in records if r.value == 19.7)
    assert rate.indicator == "一般公共预算收入增速"
    assert rate.canonical == "一般公共预算收入增速"


def test_a_crops_yield_after_its_area_is_the_crops(tmp_path: Path) -> None:
    # dev17 r331 莘县 2022 bulletin: the yield and output after the area's change (`略增`) across `;` are the grain's
    text = (
        "莘县2022年国民经济和社会发展统计公报\n\n"
        "全年农林牧渔业总产值174.58亿元,比上年增长6.2%。全年粮食种植面积172.89万亩,比上年略增0.12万亩;"
        "单产461.74公斤/亩,较上年增加2.5公斤/亩;总产量79.83万吨,较上年增长0.49万吨。\n"
    )
    records = build_one(tmp_path, text).records
    output = next(r for r in records if r.value == 79.83)
    assert output.indicator == "粮食总产量"
    assert output.canonical == "粮食产量"
    assert next(r for r in records if r.value == 461.74).indicator == "粮食单产"


def test_the_output_after_a_harvested_area_is_the_crops(tmp_path: Path) -> None:
    # fresh20 f20_p01 金寨 2024 work report
    text = (
        "金寨县2024年政府工作报告\n\n"
        "现代农业提标扩面。坚决扛稳粮食安全责任。全年粮食收获面积38.14万亩、产量14.31万吨,"
        "果蔬收获面积24.04万亩、产量28.6万吨。\n"
    )
    names = {r.value: (r.indicator, r.canonical) for r in build_one(tmp_path, text).records}
    assert names[14.31] == ("粮食产量", "粮食产量")
    assert names[28.6] == ("果蔬产量", "")


def test_herders_net_income_per_head_is_the_rural_one(tmp_path: Path) -> None:
    # fresh30 f30_p02 镶黄旗 (a pastoral banner's targets)
    text = (
        "锡盟镶黄旗推进特色畜牧业\n\n"
        "镶黄旗今年确定了第一产业增加值达到3.4亿元,增长7.9%,牧民人均纯收入达到10489元,增长 13%的预期目标。\n"
    )
    names = _canonicals(tmp_path, text)
    assert names[10489] == "农民人均纯收入"
    assert names[13] == "农民人均纯收入增速"


def test_the_quarters_rates_after_a_comparison_with_a_year_are_gdps(tmp_path: Path) -> None:
    # dev25 r531 乌审旗 2021 bulletin (a page that lost some of its punctuation)
    text = (
        "乌审旗2021年国民经济和社会发展统计公报\n\n"
        "初步核算,2021年全旗地区生产总值398.3亿元,按可比价格计算,同比增长3.4%,比2019年增长4.6%,两年平均增长2.3%"
        "分阶段看,一季度同比增长16.8%,上半年同比增长9%,前三季度同比增长5.3%,全年同比增长3.4%分产业看,"
        "第一产业增加值18.98亿元,同比增长4.3%。\n"
    )
    records = build_one(tmp_path, text).records
    by_period = {r.period: r for r in records if r.unit == "%" and r.indicator.endswith("增速")}
    for period in ("2021Q1", "2021H1", "2021-01~2021-09"):
        assert by_period[period].canonical == "地区生产总值增速"
    assert next(r for r in records if r.value == 4.6).canonical == ""  # a comparison with 2019 is no year's rate


def test_each_sectors_share_of_gdp_in_a_shorthand_list(tmp_path: Path) -> None:
    # dev24 r501 罗城 2021 bulletin: the shorthand stands 14 characters before `分别`, the share's denominator said in full
    text = (
        "2021年罗城仫佬族自治县国民经济和社会发展统计公报\n\n"
        "第三产业增加值33.72亿元,增长7.2%。第一、二、三产业增加值占地区生产总值的比重分别为40.4%、8.1%和51.5%。\n"
    )
    records = {r.value: r for r in build_one(tmp_path, text).records}
    assert records[40.4].indicator == "第一产业增加值占地区生产总值比重"
    assert records[51.5].indicator == "第三产业增加值占地区生产总值比重"
    assert records[51.5].canonical == "服务业增加值占比"
    assert records[8.1].canonical == ""
