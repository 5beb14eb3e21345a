"""What a user can ask: targets, progress (figures paired with targets), an indicator across places."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest.record import Record
from bot.queries import (
    Progress,
    covers,
    indicator_across,
    latest_year,
    listing_key,
    name_score,
    period_span,
    progress_of,
    search,
    targets_of,
    unit_scale,
)
from bot.store import PolicyStore, write_store


def rec(region: str, indicator: str, value, unit: str, kind: str = "target", **kw) -> Record:
    kw.setdefault("text", f"{indicator}{value}{unit}")
    kw.setdefault("city", "" if region.endswith("市") and region in ("南通市", "扬州市") else "南通市")
    kw.setdefault("period", "2020")
    kw.setdefault("doc", "000_a")
    kw.setdefault("cmp", "=")
    return Record(region=region, indicator=indicator, value=value, unit=unit, kind=kind, **kw)


def load(tmp_path: Path, records: list[Record]) -> PolicyStore:
    path = tmp_path / "store.json"
    write_store(path, records, [], built_from="test")
    return PolicyStore.load(path)


def only(progress: list[Progress], indicator: str) -> Progress:
    (item,) = [p for p in progress if p.actual.indicator == indicator]
    return item


# --- targets ---------------------------------------------------------------------------------------------


def test_targets_newest_period_first_then_indicator(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "高企总数", 300, "家", period="2020"),
            rec("海安市", "GDP", 1500, "亿元", period="2023"),
            rec("海安市", "GDP", 1320, "亿元", "actual", period="2023"),
            rec("海安市", "重大项目开工率", 50, "%", period="2020H1"),
            rec("海安市", "工业投入", 500, "亿元", period="2020"),
            rec("海安市", "新兴产业产值", 3000, "亿元", period="2021-2025"),
            rec("海安市", "园区面积", 20, "平方公里", period=""),
            rec("如皋市", "GDP", 1400, "亿元", period="2023"),
        ],
    )
    assert [(r.period, r.indicator) for r in targets_of(store, "海安市")] == [
        ("2021-2025", "新兴产业产值"),
        ("2023", "GDP"),
        ("2020", "工业投入"),
        ("2020", "高企总数"),
        ("2020H1", "重大项目开工率"),
        ("", "园区面积"),
    ]
    assert targets_of(store, "海安") == []  # full names only; the caller resolves what the user typed


def test_targets_keyword_filter(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "高企总数", 300, "家", text="高新技术企业(高企)总数达300家"),
            rec("海安市", "新增高企", 60, "家", period="2021"),
            rec("海安市", "工业投入", 500, "亿元", text="工业投入五百亿，其中技改投入"),
        ],
    )
    assert [r.indicator for r in targets_of(store, "海安市", "高企")] == ["新增高企", "高企总数"]
    assert [r.indicator for r in targets_of(store, "海安市", "技改")] == ["工业投入"]  # in the clause
    assert [r.indicator for r in targets_of(store, "海安市", "高企 新增")] == ["新增高企"]  # every word
    assert [r.indicator for r in targets_of(store, "海安市", "ＧＤＰ")] == []
    assert len(targets_of(store, "海安市", "  ")) == 3


# --- progress --------------------------------------------------------------------------------------------


def test_progress_pairs_same_indicator_and_computes_ratio(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "一般公共预算收入", 72, "亿元", period="2020"),
            rec("海安市", "一般公共预算收入", 37.7, "亿元", "actual", period="2020H1"),
        ],
    )
    (item,) = progress_of(store, "海安市")
    assert item.target is not None and item.target.value == 72
    assert item.ratio == pytest.approx(37.7 / 72)
    assert round(item.ratio * 100, 1) == 52.4
    assert not item.compares_rates


def test_progress_converts_wan_and_yi(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "一般公共预算收入", 72, "亿元"),
            rec("海安市", "一般公共预算收入", 377000, "万元", "actual", period="2020H1"),
            rec("海安市", "技改投入", 50000, "万元"),
            rec("海安市", "技改投入", 2, "亿元", "actual", period="2020Q1"),
        ],
    )
    progress = progress_of(store, "海安市")
    assert only(progress, "一般公共预算收入").ratio == pytest.approx(37.7 / 72)
    assert only(progress, "技改投入").ratio == pytest.approx(0.4)


def test_progress_needs_a_target_period_that_covers_the_actual(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "工业投入", 400, "亿元", period="2019"),
            rec("海安市", "工业投入", 100, "亿元", "actual", period="2020H1"),
            rec("海安市", "减税降费", 20, "亿元", period="2020"),
            rec("海安市", "减税降费", 5, "亿元", "actual", period="2020Q1"),
            rec("海安市", "新兴产业产值", 3000, "亿元", period="2021-2025"),
            rec("海安市", "新兴产业产值", 1500, "亿元", "actual", period="2023"),
            rec("海安市", "园区产值", 200, "亿元", period="2021"),
            rec("海安市", "园区产值", 180, "亿元", "actual", period=""),
        ],
    )
    progress = progress_of(store, "海安市")
    assert only(progress, "工业投入").target is None  # 2019 does not cover 2020H1
    assert only(progress, "工业投入").ratio is None
    assert only(progress, "减税降费").ratio == pytest.approx(0.25)  # 2020 covers 2020Q1
    assert only(progress, "新兴产业产值").ratio == pytest.approx(0.5)  # 2021-2025 covers 2023
    assert only(progress, "园区产值").target is None  # unknown period: cannot tell


def test_progress_never_pairs_across_regions(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("如皋市", "一般公共预算收入", 72, "亿元"),
            rec("海安市", "一般公共预算收入", 37.7, "亿元", "actual", period="2020H1"),
        ],
    )
    (item,) = progress_of(store, "海安市")
    assert item.target is None and item.ratio is None
    assert progress_of(store, "如皋市") == []  # a place with targets only has no progress items


def test_progress_needs_compatible_units(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "一般公共预算收入", 8, "%"),
            rec("海安市", "一般公共预算收入", 37.7, "亿元", "actual", period="2020H1"),
        ],
    )
    assert progress_of(store, "海安市")[0].target is None


def test_progress_growth_rates_compare_percentages(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "GDP增速", 6.5, "%", cmp=">="),
            rec("海安市", "GDP增速", 1.6, "%", "actual", period="2020H1"),
        ],
    )
    (item,) = progress_of(store, "海安市")
    assert item.ratio == pytest.approx(1.6 / 6.5)
    assert item.compares_rates


def test_progress_rank_is_paired_without_ratio(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("如皋市", "全国百强县排名", 20, "名次", cmp="<="),
            rec("如皋市", "全国百强县排名", 24, "名次", "actual", period="2020"),
        ],
    )
    (item,) = progress_of(store, "如皋市")
    assert item.target is not None and item.target.value == 20
    assert item.ratio is None


def test_progress_prefers_exact_name_then_narrower_period(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "规上工业增加值", 400, "亿元"),
            rec("海安市", "规上工业增加值增量", 40, "亿元"),
            rec("海安市", "规上工业增加值", 180, "亿元", period="2020H1"),
            rec("海安市", "规上工业增加值", 150, "亿元", "actual", period="2020H1"),
        ],
    )
    (item,) = progress_of(store, "海安市")
    assert item.target is not None and (item.target.value, item.target.period) == (180, "2020H1")


def test_progress_matches_contained_and_similar_names(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "减税降费", 20, "亿元"),
            rec("海安市", "一季度减税降费", 5.06, "亿元", "actual", period="2020Q1"),
            rec("海安市", "规模以上工业增加值增速", 8, "%"),
            rec("海安市", "规上工业增加值增速", 6, "%", "actual", period="2020H1"),
            rec("海安市", "高企总数", [8, 10], "家"),
            rec("海安市", "高企数", 6, "家", "actual", period="2020H1"),
            rec("海安市", "新增高企", 60, "家"),
            rec("海安市", "高企总量", 30, "个", "actual", period="2020H1"),
        ],
    )
    progress = progress_of(store, "海安市")
    assert only(progress, "一季度减税降费").ratio == pytest.approx(5.06 / 20)
    assert only(progress, "规上工业增加值增速").ratio == pytest.approx(0.75)
    assert only(progress, "高企数").ratio == pytest.approx(6 / 8)  # a range counts from its lower end
    assert only(progress, "高企总量").target is None  # 个 is not 家


def test_progress_ordered_newest_first(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "工业投入", 100, "亿元", "actual", period="2020H1"),
            rec("海安市", "GDP", 1400, "亿元", "actual", period="2023"),
            rec("海安市", "减税降费", 5, "亿元", "actual", period="2020Q1"),
        ],
    )
    assert [p.actual.indicator for p in progress_of(store, "海安市")] == ["GDP", "工业投入", "减税降费"]


# --- one indicator across places -------------------------------------------------------------------------


def test_indicator_across_groups_by_place_in_city_order(tmp_path: Path) -> None:
    records = [
        rec("邗江区", "新增高企", 80, "家", city="扬州市"),
        rec("海安市", "高企总数", 300, "家", period="2020"),
        rec("南通市", "高企总数", 3000, "家"),
        rec("如皋市", "新增高企", 65, "家"),
        rec("海安市", "新增高企", 70, "家", period="2021"),
        rec("海安市", "工业投入", 500, "亿元"),
        rec("扬州市", "高企总数", 2000, "家"),
    ]
    store = load(tmp_path, records)
    across = indicator_across(store, "高企")
    assert list(across) == ["南通市", "如皋市", "海安市", "扬州市", "邗江区"]
    assert [r.indicator for r in across["海安市"]] == ["新增高企", "高企总数"]  # 2021 before 2020
    assert indicator_across(store, "工业投入") == {"海安市": [records[5]]}
    assert indicator_across(store, "财政") == {}
    assert indicator_across(store, "") == {}


# --- search ----------------------------------------------------------------------------------------------


def test_search_with_limit_in_store_order(tmp_path: Path) -> None:
    records = [rec("海安市", f"项目{i}", i, "个", text=f"新开工项目{i}个") for i in range(10)]
    store = load(tmp_path, [*records, rec("如皋市", "工业投入", 500, "亿元", text="工业投入每年五百亿")])
    assert search(store, "开工项目", limit=3) == records[:3]
    assert search(store, "开工项目") == records
    assert search(store, "五百亿 工业") == [store.by_region("如皋市")[0]]
    assert search(store, "五百亿 开工") == []
    assert search(store, "") == []


# --- the helpers the pairing rests on --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2020", "2020H1", True),
        ("2020", "2020Q1", True),
        ("2020", "2020Q1-Q3", True),
        ("2020", "2020", True),
        ("2020H1", "2020Q2", True),
        ("2020H1", "2020Q3", False),
        ("2021-2025", "2023", True),
        ("2021-2025", "2020", False),
        ("2020H1", "2020", False),
        ("2021", "2020H1", False),
        ("2020", "", False),
        ("", "2020", False),
    ],
)
def test_covers(outer: str, inner: str, expected: bool) -> None:
    assert covers(outer, inner) is expected


def test_period_span_reads_the_ingest_formats() -> None:
    assert period_span("2020") == (2020 * 12, 2020 * 12 + 11)
    assert period_span("2020H2") == (2020 * 12 + 6, 2020 * 12 + 11)
    assert period_span("2020Q1-Q3") == (2020 * 12, 2020 * 12 + 8)
    assert period_span("2020-07") == (2020 * 12 + 6, 2020 * 12 + 6)
    assert period_span("明年") is None


def test_unit_scale_and_name_score() -> None:
    assert unit_scale("亿元") == ("元", 1e8)
    assert unit_scale("万元") == ("元", 1e4)
    assert unit_scale("亿美元") == ("美元", 1e8)
    assert unit_scale("%") == ("%", 1.0)
    assert unit_scale("万") == ("万", 1.0)
    exact, contained, similar = (
        name_score("GDP", "gdp"),
        name_score("减税降费", "一季度减税降费"),
        name_score("规上工业增加值增速", "规模以上工业增加值增速"),
    )
    assert exact is not None and contained is not None and similar is not None
    assert exact > contained > similar
    assert name_score("新增高企", "高企总数") is None


# --- pairing by canonical name, implied targets, order -----------------------------------------------------


def test_a_share_of_the_year_target_implies_the_target(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("启东市", "一般公共预算收入", 37.7, "亿元", "actual", period="2020H1", start=726, end=757),
            rec(
                "启东市", "总量已完成全年目标", 52.4, "%", "actual", period="2020", start=767, end=789,
                text="但总量已完成全年目标的52.4%",
            ),
        ],
    )  # fmt: skip
    assert only(progress_of(store, "启东市"), "一般公共预算收入").target is None  # stated targets only
    item = only(progress_of(store, "启东市", implied=True), "一般公共预算收入")
    assert item.derived and item.target is not None and item.target.value == 71.9
    assert item.target.period == "2020" and item.partial  # a half-year figure against the year's target
    assert item.ratio == pytest.approx(0.524, abs=0.001) and item.gap == pytest.approx(34.2, abs=0.1)


def test_canonical_names_keep_level_and_growth_apart(tmp_path: Path) -> None:
    store = load(
        tmp_path,
        [
            rec("海安市", "GDP增速", 6.5, "%", cmp=">="),
            rec("海安市", "一般公共预算收入增速", 5, "%"),
            rec("海安市", "地区生产总值增长", 3.1, "%", "actual", period="2020H1"),
        ],
    )
    item = only(progress_of(store, "海安市"), "地区生产总值增长")
    assert item.target is not None and item.target.indicator == "GDP增速"


def test_listing_order_headline_first_then_topic() -> None:
    records = [
        rec("启东市", "新冠确诊病例", 3, "例", "actual"),
        rec("启东市", "建设5G基站", 500, "个"),
        rec("启东市", "一般公共预算收入", 37.7, "亿元", "actual"),
        rec("启东市", "地区生产总值", 1200, "亿元"),
    ]
    ordered = [r.indicator for r in sorted(records, key=listing_key)]
    assert ordered[:2] == ["地区生产总值", "一般公共预算收入"] and ordered[-1] == "新冠确诊病例"


def test_latest_year_prefers_single_years_to_plan_spans() -> None:
    records = [rec("海安市", "a", 1, "个", period="2021-2025"), rec("海安市", "b", 1, "个", period="2023H1")]
    assert latest_year(records) == 2023
    assert latest_year(records[:1]) == 2021
    assert latest_year([]) is None


def test_a_generic_name_inside_a_specific_one_is_not_the_same_indicator() -> None:
    from bot.queries import name_score

    assert name_score("新增高企", "高企") is not None
    assert name_score("工业开票销售", "全年工业开票销售") is not None
    assert name_score("企业", "规上服务业企业") is None  # 1000 firms visited are no progress on 30 new ones
