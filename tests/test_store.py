"""The policy store: writing it atomically, loading it back, and its indexed lookups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import tinydb.storages
from tinydb import TinyDB

from bot.ingest.record import Record
from bot.store import SCHEMA, PolicyStore, RegionSummary, StoreError, matches, write_store


def rec(region: str, indicator: str, value, unit: str, kind: str = "target", **kw) -> Record:
    kw.setdefault("text", f"{indicator}{value}{unit}")
    kw.setdefault("city", "南通市" if region != "南通市" else "")
    kw.setdefault("period", "2020")
    kw.setdefault("doc", "000_a")
    kw.setdefault("start", len(indicator) * 7 + int(value if not isinstance(value, list) else value[0]))
    return Record(region=region, indicator=indicator, value=value, unit=unit, cmp="=", kind=kind, **kw)


RECORDS = [
    rec("如皋市", "工业投入", 500, "亿元", text="工业投入每年五百亿"),
    rec("如皋市", "一般公共预算收入", 37.7, "亿元", "actual", text="实现一般公共预算收入 37.7 亿元"),
    rec(
        "如皋市", "一季度减税降费", 5.06, "亿元", "actual", period="2020Q1", text="在一季度减税降费 5.06 亿元"
    ),
    rec("海安市", "GDP增速", 6.5, "%", text="确保GDP增速达6.5%"),
    rec("海安市", "高企总数", [8, 10], "家", text="高企总数8-10家"),
    rec("南通市", "地区生产总值", 6032.4, "亿元", "actual", text="南通实现地区生产总值6032.4亿元"),
    rec(
        "广陵区",
        "新增高企",
        65,
        "家",
        city="扬州市",
        doc="003_b",
        text="新增高企65家，预算编制，打算收回，收入增长",
    ),
]
DOCUMENTS = [
    {"id": "000_a", "places": ["如皋市"], "city": "南通市", "date": "2020-06", "kind": "article"},
    {"id": "003_b", "places": ["广陵区"], "city": "扬州市", "date": "2021-10-01", "kind": "interviews"},
]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.json"
    write_store(path, RECORDS, DOCUMENTS, built_from="abc123")
    return path


@pytest.fixture
def store(store_path: Path) -> PolicyStore:
    return PolicyStore.load(store_path)


def indicators(records: list[Record]) -> list[str]:
    return [r.indicator for r in records]


def test_round_trip_keeps_records_documents_and_meta(store: PolicyStore) -> None:
    assert sorted(store.records, key=lambda r: r.id) == sorted(RECORDS, key=lambda r: r.id)
    assert store.documents["003_b"]["places"] == ["广陵区"]
    assert store.meta == {"schema": SCHEMA, "built_from": "abc123", "record_count": len(RECORDS)}


def test_file_is_a_tinydb_file_with_three_tables(store_path: Path) -> None:
    with TinyDB(store_path, encoding="utf-8") as db:
        assert db.tables() == {"records", "documents", "meta"}
        assert len(db.table("records")) == len(RECORDS)
        by_id = {r.id: r.to_dict() for r in RECORDS}
        assert {d["id"]: dict(d) for d in db.table("records").all()} == by_id
        # Written in answer order: the city 南通市 before its places.
        assert db.table("records").get(doc_id=1)["region"] == "南通市"
    assert "工业投入" in store_path.read_text(encoding="utf-8")  # readable Chinese, not \\u escapes


def test_get_by_id(store: PolicyStore) -> None:
    assert store.get(RECORDS[3].id) == RECORDS[3]
    assert store.get("nope") is None


def test_by_region_is_exact(store: PolicyStore) -> None:
    # Newest period first, then indicator: 2020 (一般… before 工…), then 2020Q1.
    assert indicators(store.by_region("如皋市")) == ["一般公共预算收入", "工业投入", "一季度减税降费"]
    assert store.by_region("如皋") == []
    store.by_region("如皋市").clear()  # a copy: callers cannot change the store
    assert len(store.by_region("如皋市")) == 3


def test_regions_grouped_by_city_then_name(store: PolicyStore) -> None:
    assert store.regions() == [
        RegionSummary("南通市", "", targets=0, actuals=1),
        RegionSummary("如皋市", "南通市", targets=1, actuals=2),
        RegionSummary("海安市", "南通市", targets=2, actuals=0),
        RegionSummary("广陵区", "扬州市", targets=1, actuals=0),
    ]
    assert store.city_of("广陵区") == "扬州市"


def test_with_indicator_finds_substrings_of_names_only(store: PolicyStore) -> None:
    assert indicators(store.with_indicator("高企")) == ["高企总数", "新增高企"]
    assert indicators(store.with_indicator("公共预算")) == ["一般公共预算收入"]
    assert indicators(store.with_indicator("预算 收入")) == ["一般公共预算收入"]  # every word must match
    assert store.with_indicator("每年") == []  # in a clause, not in a name
    assert store.with_indicator("预算支出") == []


def test_with_indicator_folds_width_and_case(store: PolicyStore) -> None:
    assert indicators(store.with_indicator("ｇｄｐ")) == ["GDP增速"]
    assert indicators(store.with_indicator("gdp增速")) == ["GDP增速"]


def test_search_looks_in_clause_indicator_and_place(store: PolicyStore) -> None:
    assert indicators(store.search("五百亿")) == ["工业投入"]
    assert indicators(store.search("海安 GDP")) == ["GDP增速"]
    assert indicators(store.search("减税降费5.06亿元")) == ["一季度减税降费"]  # clause has spaces
    assert len(store.search("亿元")) == 3
    assert store.search("  ") == []


def test_search_needs_the_substring_not_just_its_bigrams(store: PolicyStore) -> None:
    # 广陵区's clause holds 预算, 算收 and 收入, but not 预算收入.
    assert indicators(store.search("预算收入")) == ["一般公共预算收入"]
    assert store.search("预算收回") == []


def test_search_does_not_match_across_fields(store: PolicyStore) -> None:
    assert store.search("每年五百亿如皋") == []  # clause end + place name
    assert store.search("投入如皋") == []


def test_single_character_search(store: PolicyStore) -> None:
    assert indicators(store.search("税")) == ["一季度减税降费"]
    assert indicators(store.with_indicator("企")) == ["高企总数", "新增高企"]
    assert store.search("铁") == []


def test_search_limit_keeps_store_order(store: PolicyStore) -> None:
    # Store order: places by city (the city itself first), then newest period first.
    assert indicators(store.search("亿元")) == ["地区生产总值", "一般公共预算收入", "一季度减税降费"]
    assert indicators(store.search("亿元", limit=2)) == ["地区生产总值", "一般公共预算收入"]
    assert store.search("亿元", limit=0) == []


def test_matches_agrees_with_search(store: PolicyStore) -> None:
    for query in ("预算收入", "海安 GDP", "税", "投入如皋", "5.06亿元"):
        assert [r for r in RECORDS if matches(r, query)] == store.search(query)


def test_search_checks_only_the_rarest_grams_candidates(tmp_path: Path) -> None:
    many = [rec("海安市", f"项目{i}", i, "个", text=f"开工项目{i}个") for i in range(500)]
    many.append(rec("海安市", "光伏装机", 3, "万千瓦", text="开工新增光伏装机3万千瓦"))
    path = tmp_path / "big.json"
    write_store(path, many, [], built_from="x")
    store = PolicyStore.load(path)
    looked_at: list[int] = []

    class Counting(list):
        def __getitem__(self, i):
            looked_at.append(i)
            return super().__getitem__(i)

    store._texts._texts = Counting(store._texts._texts)
    assert indicators(store.search("开工 光伏装机")) == ["光伏装机"]
    assert len(set(looked_at)) == 1  # only the one record that holds 光伏 was looked at


def test_failed_write_leaves_the_old_file(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = store_path.read_bytes()

    def broken_dumps(*args, **kwargs):
        raise TypeError("cannot serialize")

    monkeypatch.setattr(tinydb.storages.json, "dumps", broken_dumps)
    with pytest.raises(StoreError, match=r"store\.json"):
        write_store(store_path, RECORDS[:1], [], built_from="new")
    assert store_path.read_bytes() == before
    assert [p.name for p in store_path.parent.iterdir()] == ["store.json"]  # no temp file left


def test_unserializable_record_leaves_the_old_file(store_path: Path) -> None:
    before = store_path.read_bytes()
    bad = rec("海安市", "x", 1, "个")
    bad.value = object()
    with pytest.raises(StoreError):
        write_store(store_path, [bad], [], built_from="new")
    assert store_path.read_bytes() == before
    assert PolicyStore.load(store_path).meta["built_from"] == "abc123"


def test_write_replaces_and_leaves_no_temp_file(store_path: Path) -> None:
    write_store(store_path, RECORDS[:2], DOCUMENTS[:1], built_from="v2")
    assert PolicyStore.load(store_path).meta == {"schema": SCHEMA, "built_from": "v2", "record_count": 2}
    assert [p.name for p in store_path.parent.iterdir()] == ["store.json"]


@pytest.mark.parametrize(
    "content",
    [
        "not json {",
        "[]",
        json.dumps({"records": {}, "documents": {}}),
        json.dumps({"records": {}, "documents": {}, "meta": {"1": {"schema": 99}}}),
        json.dumps({"records": {"1": {"doc": "a"}}, "documents": {}, "meta": {"1": {"schema": SCHEMA}}}),
        json.dumps({"records": {"1": [1, 2]}, "documents": {}, "meta": {"1": {"schema": SCHEMA}}}),
    ],
)
def test_bad_file_raises_store_error_naming_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad-store.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=r"bad-store\.json"):
        PolicyStore.load(path)


def test_missing_file_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"missing\.json"):
        PolicyStore.load(tmp_path / "missing.json")
