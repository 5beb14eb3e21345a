"""Tense and time in interviews and news round-ups: what was achieved and what is aimed at, with or without
a date line (invented sentences in the manner of real county interviews and news)."""

from pathlib import Path

from bot.ingest.manifest import infer_date
from bot.ingest.pipeline import build_corpus
from bot.ingest.tense import ACTUAL, TARGET, question_context


def _records(tmp_path: Path, text: str) -> dict[tuple[float, str], tuple[str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = build_corpus(tmp_path)
    assert result.skipped == []
    return {(r.value, r.unit): (r.kind, r.period) for r in result.records}


INTERVIEW = (
    "奋力谱写高质量发展新篇章\n——访沛县县委书记张三\n"
    "张三：去年，全县地区生产总值突破千亿元，达到1005亿元，增长6.5%。近五年来，累计引进亿元以上项目320个。\n"
    "今后五年，我们将力争地区生产总值达到1500亿元。到2027年，规上工业企业达到1000家。"
)


def test_an_undated_interview_reports_last_year_and_aims_ahead(tmp_path):
    found = _records(tmp_path, INTERVIEW)
    assert found[(1005, "亿元")] == (ACTUAL, "")  # `去年` with no year known: achieved, period unknown
    assert found[(6.5, "%")][0] == ACTUAL
    assert found[(320, "个")][0] == ACTUAL
    assert found[(1500, "亿元")][0] == TARGET
    assert found[(1000, "家")] == (TARGET, "2027")


def test_a_look_back_inside_a_sentence_does_not_frame_the_paragraph(tmp_path):
    text = "沛县县委全会召开，全面总结过去一年工作，部署今年重点任务。全会明确，今年全县地区生产总值增长6.5%左右。"
    found = _records(tmp_path, text)
    assert found[(6.5, "%")][0] == TARGET


def test_an_interviewers_question_frames_the_answer(tmp_path):
    text = (
        "访陇县县委书记李四\n记者：过去一年，陇县取得了哪些成绩？\n李四：全县地区生产总值160亿元。\n"
        "记者：下一步有什么打算？\n李四：全县地区生产总值达到200亿元，规上工业企业120家。"
    )
    found = _records(tmp_path, text)
    assert found[(160, "亿元")][0] == ACTUAL
    assert found[(200, "亿元")][0] == TARGET
    assert found[(120, "家")][0] == TARGET


def test_question_context_reads_the_last_word_that_looks_back_or_ahead():
    assert question_context("记者：在取得这些成绩的基础上，今后有何打算？", 2024).kind == TARGET
    assert question_context("问：去年全县经济发展有哪些亮点？", 2024).kind == ACTUAL
    assert question_context("记者手记：从蔬菜大棚到汽车工厂", 2024) is None
    assert question_context("记者：全县经济运行平稳。", 2024) is None


def test_a_news_round_up_without_a_date_line_is_dated_by_the_year_it_reports_as_reached():
    text = "“十四五”以来，陇县累计实施重点项目210个。全县地区生产总值由2020年的120亿元增加到2024年的160亿元。"
    assert infer_date(text) == "2025"


def test_a_news_round_up_states_levels_reached_and_the_years_plan(tmp_path):
    text = (
        "陇县：项目建设跑出加速度\n“十四五”以来，陇县累计实施重点项目210个。"
        "全县地区生产总值由2020年的120亿元增加到2024年的160亿元。今年，全县计划实施重点项目60个。"
    )
    found = _records(tmp_path, text)
    assert found[(210, "个")] == (ACTUAL, "2021-2025")
    assert found[(160, "亿元")] == (ACTUAL, "2024")
    assert found[(60, "个")] == (TARGET, "2025")


def test_a_target_year_is_not_the_present():
    text = "2015年，全县生产总值80亿元，取得了显著成效。2020年全县要实现生产总值翻番。"
    assert infer_date(text) == "2016"
    assert infer_date("2025年，该区将新建项目20个。2024年完成投资50亿元。") == "2025"


def test_a_year_since_which_is_not_the_present_when_a_later_year_is_named():
    text = "2010年以来，全县累计投资100亿元。2012年全县生产总值50亿元，今年上半年增长8%。"
    assert infer_date(text) == "2012"
    assert infer_date("2010年以来，全县累计投资100亿元。") == "2010"


def test_a_profile_titled_with_its_county_and_reporting_this_years_progress(tmp_path):
    text = (
        "沛县县情简介\n沛县总面积1806平方公里。太白山下，白山路旁。2016年，全县实现地区生产总值115.51亿元，"
        "增长12%。今年1-6月份，全县实现地区生产总值55.9亿元。"
    )
    assert infer_date(text) == "2017"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert {r.region for r in records} == {"沛县"}  # not 白山市 (太白山, 白山路)
    assert {(r.value, r.kind, r.period) for r in records if r.unit == "亿元"} >= {(115.51, ACTUAL, "2016")}


def test_a_zone_named_only_by_its_kind_and_city(tmp_path):
    text = (
        "经开区2022年经济社会发展总体情况和2023年工作打算汇报\n"
        "今年以来，在芜湖市委市政府坚强领导下，经开区经济社会保持良好发展势头。\n"
        "一是经济运行稳中向好。预计全年实现地区生产总值685亿元，增长8.5%左右。经开区入选示范区。经开区排名第一。\n"
        "二、2023年工作打算\n力争地区生产总值增长10%。"
    )
    assert infer_date(text) == "2022-12"  # written as the year it sums up ends
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert {r.region for r in records} == {"芜湖经济技术开发区"}
    found = {(r.value, r.unit): (r.kind, r.period) for r in records}
    assert found[(685, "亿元")] == (ACTUAL, "2022")  # 预计全年实现 in the year's summary: an outcome
    assert found[(10, "%")][0] == TARGET


def test_reported_speech_about_the_past_year(tmp_path):
    text = (
        "发布时间:2022-06-21\n《市政府工作报告》指出，过去一年全市经济发展稳中有进。"
        "经济指标保持中高速增长，实现地区生产总值418.52亿元。"
    )
    found = _records(tmp_path, "陆丰市\n" + text)
    assert found[(418.52, "亿元")] == (ACTUAL, "2021")


def test_an_estimate_in_a_passage_that_reports_is_an_outcome(tmp_path):
    text = "泾县上半年经济运行\n上半年，完成财政收入7.4亿元。预计实现地区生产总值33亿元，增长10.5%；固定资产投资31.6亿元。"
    found = _records(tmp_path, text)
    assert found[(33, "亿元")][0] == ACTUAL
    assert found[(31.6, "亿元")][0] == ACTUAL


def test_a_base_already_reached(tmp_path):
    text = "访息县县委书记\n明年，在流转60万亩土地的基础上，力争再流转20万亩。"
    found = _records(tmp_path, text)
    assert found[(60, "万亩")][0] == ACTUAL


def test_a_county_profile_s_area_and_divisions_are_no_records(tmp_path):
    text = "眉县县情简介\n眉县总面积863平方公里，辖7个镇、1个街道、122个行政村。2016年全县实现地区生产总值115.51亿元。"
    found = _records(tmp_path, text)
    assert set(found) == {(115.51, "亿元")}


def test_this_year_s_months_belong_to_the_document_s_year_not_the_passage_s():
    from bot.ingest.time import period_of

    assert period_of("2016年，全县实现地区生产总值。今年1-6月份，全县实现", 2016, 2017) == "2017H1"
    assert period_of("去年一季度", 2020, 2021) == "2020Q1"
    assert period_of("上半年", 2016, 2017) == "2016H1"  # a part of the passage's year


def test_a_rank_after_a_figure_ranks_that_figure(tmp_path):
    text = "固安县经济运行\n截至目前，全县规上工业增加值同比增长19%，位列全市第1名；一般公共预算收入完成56.2亿元，位列全市第2名。"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    names = {(r.indicator, r.value) for r in build_corpus(tmp_path).records if r.unit == "名次"}
    assert names == {("规上工业增加值增速全市排名", 1), ("一般公共预算收入全市排名", 2)}
