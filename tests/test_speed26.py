"""Build throughput: work skipped where its result would be thrown away gives the same records."""

from ingest_helpers import records


def test_phrase_without_figure_names_the_figure_after_it() -> None:
    # `渔业产值增长较快,同比增长4.4%` (r314 晋江 2025): a phrase before the figure is still read for its name
    (record,) = records("2025年一季度,渔业产值增长较快,同比增长4.4%。", "2025-04", ("晋江市",))
    assert (record.indicator, record.value, record.period) == ("渔业产值增速", 4.4, "2025Q1")


def test_phrases_after_the_last_figure_change_nothing() -> None:
    found = records(
        "2023年,平利县规上工业增加值增长8.2%,高于全市平均水平,位次前移,发展势头良好。", "2024-01", ("平利县",)
    )
    assert [(r.region, r.indicator, r.value, r.kind, r.period) for r in found] == [
        ("平利县", "规上工业增加值增速", 8.2, "actual", "2023")
    ]


def test_items_listed_beside_their_figures_and_a_figure_alone() -> None:
    # (f13_p20 长兴 2011 bulletin): the run of four is one figure per item; the total alone keeps its name
    found = records(
        "2011年,长兴县全年地方财政支出35.3亿元,增长20.1%,其中教育、科技、医疗卫生、社会保障和就业8.67亿元、0.96亿元、"
        "2.09亿元和2.26亿元。",
        "2012-03",
    )
    assert {r.value: r.indicator for r in found if r.unit == "亿元"} == {
        35.3: "地方财政支出",
        8.67: "教育支出",
        0.96: "科技支出",
        2.09: "医疗卫生支出",
        2.26: "社会保障和就业支出",
    }
