"""The policy store: writing it atomically, loading it back, and its indexed lookups."""

from __future__ import annotations

import itertools
import json
import random
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path

import pytest
import tinydb.storages
from tinydb import TinyDB

import bot.store
from bot.ingest.record import Record
from bot.store import (
    SCHEMA,
    PolicyStore,
    RegionSummary,
    StoreError,
    StoreIndex,
    fold,
    in_answer_order,
    index_path,
    matches,
    write_store,
)


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
    assert (
        store.meta.items() >= {"schema": SCHEMA, "built_from": "abc123", "record_count": len(RECORDS)}.items()
    )


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

    store.records = Counting(store.records)
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
    # No temp file left.
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["store.json", "store.json.index"]


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
    assert (
        PolicyStore.load(store_path).meta.items()
        >= {"schema": SCHEMA, "built_from": "v2", "record_count": 2}.items()
    )
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["store.json", "store.json.index"]


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


# --- the saved index: the same answers as a plain scan, loaded or rebuilt ---------------------------------


@dataclass
class Rich(Record):
    """A record with RECORDS.md's subject and canonical fields, whether or not Record has them yet."""

    subject: str = ""
    canonical: str = ""


PLACES = [
    ("海安市", "南通市"),
    ("如皋市", "南通市"),
    ("南通市", ""),
    ("广陵区", "扬州市"),
    ("崇川区", "南通市"),
]
NAME_PARTS = [
    "GDP",
    "gdp",
    "增速",
    "高企",
    "一般公共",
    "预算",
    "收入",
    "工业",
    "投入",
    "项目",
    "ＧＤＰ",
    "企",
]
CLAUSE_PARTS = [
    "确保",
    "实现",
    " 5.06 ",
    "亿元",
    "预算",
    "收回",
    "科创",
    "开工",
    "高企",
    "，",
    "Ｇｄｐ",
    "税",
]
CANONICALS = ["", "", "地区生产总值", "地区生产总值增速", "一般公共预算收入"]


def random_records(rng: random.Random, n: int) -> list[Record]:
    out: list[Record] = []
    for i in range(n):
        region, city = rng.choice(PLACES)
        name = "".join(rng.sample(NAME_PARTS, rng.randint(1, 3)))
        out.append(
            Rich(
                doc=f"{rng.randint(0, 4):03d}_d",
                region=region,
                indicator=name,
                value=rng.randint(1, 900),
                unit=rng.choice(["亿元", "%", "家"]),
                cmp="=",
                kind=rng.choice(["target", "actual"]),
                period=rng.choice(["2020", "2021", "2020H1", "2021-2025", ""]),
                text="".join(rng.choices(CLAUSE_PARTS, k=rng.randint(1, 6))) + name,
                start=i,
                end=i + 5,
                city=city,
                subject=rng.choice(["", "", "", "中天钢铁"]),
                canonical=rng.choice(CANONICALS),
            )
        )
    return out


def random_queries(rng: random.Random, records: list[Record], n: int) -> list[str]:
    queries = [
        "",
        "  ",
        "铁",
        "芯片产能",
        "GDP 增速",
        "ｇｄｐ",
        "预算收入",
        "预算收回",
        "海安 高企",
        "5.06亿元",
    ]
    for _ in range(n):
        r = rng.choice(records)
        source = rng.choice([r.indicator, r.text, r.region])
        start = rng.randrange(len(source))
        word = source[start : start + rng.randint(1, 4)].strip() or "税"
        queries.append(word if rng.random() < 0.7 else f"{word} {rng.choice(NAME_PARTS)}")
    return queries


def scan_search(records: list[Record], text: str) -> list[Record]:
    """The plain answer: every word inside one of the record's three fields, after folding."""
    words = [unicodedata.normalize("NFKC", w).casefold() for w in text.split()]

    def fields_of(r: Record) -> list[str]:
        return [
            "".join(unicodedata.normalize("NFKC", f).casefold().split())
            for f in (r.indicator, r.region, r.text)
        ]

    return [r for r in records if words and all(any(w in f for f in fields_of(r)) for w in words)]


def scan_indicator(records: list[Record], keyword: str) -> list[Record]:
    words = [unicodedata.normalize("NFKC", w).casefold() for w in keyword.split()]
    return [r for r in records if words and all(w in "".join(fold(r.indicator).split()) for w in words)]


def three_stores(tmp_path: Path, records: list[Record]) -> tuple[list[Record], list[PolicyStore]]:
    """The records in answer order, and the same store three ways: indexed in memory, from a saved index
    file, and through write_store and load (which drops fields Record does not have)."""
    ordered = in_answer_order(records)
    built = PolicyStore(records, {}, {})
    token = "t"
    StoreIndex.build(ordered, token).save(tmp_path / "x.index")
    loaded_index = StoreIndex.load(tmp_path / "x.index", token, len(ordered))
    assert loaded_index is not None
    from_file = PolicyStore(ordered, {}, {}, loaded_index)
    write_store(tmp_path / "s.json", records, [], built_from="test")
    return ordered, [built, from_file, PolicyStore.load(tmp_path / "s.json")]


def ids(records: Iterable[Record]) -> list[str]:
    return [r.id for r in records]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_indexes_answer_as_a_plain_scan(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    records = random_records(rng, 400)
    ordered, stores = three_stores(tmp_path, records)
    queries = random_queries(rng, records, 150)
    for store in stores:
        assert ids(store.records) == ids(ordered)
        for query in queries:
            expected = ids(scan_search(ordered, query))
            assert ids(store.search(query)) == expected, query
            assert ids(store.search(query, limit=3)) == expected[:3], query
            if query.split():  # matches() of no words is True: nothing filters
                assert ids(r for r in ordered if matches(r, query)) == expected, query
            by_name = scan_indicator(ordered, query)
            assert ids(store.with_indicator(query)) == ids(by_name), query
            assert ids(store.with_indicator(query, limit=5)) == ids(by_name[:5]), query
            groups = store.indicator_by_region(query)
            expected_groups = {k: ids(g) for k, g in itertools.groupby(by_name, attrgetter("region"))}
            assert {k: ids(v) for k, v in groups.items()} == expected_groups
            assert list(groups) == list(expected_groups)
            assert [len(v) for v in groups.values()] == [len(v) for v in expected_groups.values()]
            assert store.indicator_count(query) == (len(by_name), len(expected_groups))
            assert all(groups.count(k) == len(v) for k, v in expected_groups.items())
        for region, city in PLACES:
            mine = [r for r in ordered if r.region == region]
            assert ids(store.by_region(region)) == ids(mine)
            assert ids(store.by_region(region, kind="actual")) == ids(r for r in mine if r.kind == "actual")
            assert store.city_of(region) == city
            assert list(store.region_span(region)) == [i for i, r in enumerate(ordered) if r.region == region]
        for record in rng.sample(ordered, 20):
            assert store.get(record.id).to_dict().items() <= record.to_dict().items()
    summaries = {s.region: s for s in stores[0].regions()}
    for region, _ in PLACES:
        mine = [r for r in ordered if r.region == region]
        assert summaries[region].targets == sum(r.kind == "target" for r in mine)
        assert summaries[region].actuals == sum(r.kind == "actual" for r in mine)
    assert stores[0].regions() == stores[1].regions() == stores[2].regions()


def test_canonical_and_subject_indexes_answer_as_a_plain_scan(tmp_path: Path) -> None:
    rng = random.Random(5)
    records = random_records(rng, 400)
    ordered, (built, from_file, _) = three_stores(tmp_path, records)
    for store in (built, from_file):
        assert store.canonicals() == dict(Counter(r.canonical for r in ordered if r.canonical))
        for canonical in [*CANONICALS[2:], "城镇化率"]:
            assert store.with_canonical(canonical) == [r for r in ordered if r.canonical == canonical]
            for region, _ in PLACES:
                for kind in (None, "target"):
                    assert store.with_canonical(canonical, region, kind) == [
                        r
                        for r in ordered
                        if r.canonical == canonical and r.region == region and kind in (None, r.kind)
                    ]
        for region, _ in PLACES:
            assert store.by_region(region, subjects=False) == [
                r for r in ordered if r.region == region and not r.subject
            ]
            assert store.by_region(region, kind="target", subjects=False) == [
                r for r in ordered if r.region == region and not r.subject and r.kind == "target"
            ]
        assert [store.has_subject(r) for r in ordered] == [bool(r.subject) for r in ordered]


def test_records_without_subject_or_canonical_index_fine(store: PolicyStore) -> None:
    assert store.canonicals() == {}
    assert store.with_canonical("地区生产总值") == []
    assert store.by_region("如皋市", subjects=False) == store.by_region("如皋市")


def test_store_is_loaded_from_its_index_file(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_building(*args, **kwargs):
        raise AssertionError("the index should come from the file")

    monkeypatch.setattr(StoreIndex, "build", no_building)
    store = PolicyStore.load(store_path)
    assert indicators(store.search("五百亿")) == ["工业投入"]


@pytest.mark.parametrize("damage", ["missing", "stale", "truncated", "garbage"])
def test_a_missing_stale_or_damaged_index_is_rebuilt(store_path: Path, damage: str) -> None:
    index = index_path(store_path)
    if damage == "missing":
        index.unlink()
    elif damage == "stale":  # the index of another store
        other = store_path.parent / "other" / "store.json"
        write_store(other, RECORDS[:3], [], built_from="other")
        index.write_bytes(index_path(other).read_bytes())
    elif damage == "truncated":
        index.write_bytes(index.read_bytes()[:-100])
    else:
        index.write_bytes(b"policybot-index\n" + b"\xff" * 64)
    store = PolicyStore.load(store_path)
    assert indicators(store.search("五百亿")) == ["工业投入"]
    assert indicators(store.with_indicator("高企")) == ["高企总数", "新增高企"]
    assert len(store.records) == len(RECORDS)


def test_store_file_still_reads_without_orjson(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.store, "_loads", json.loads)
    assert indicators(PolicyStore.load(store_path).search("五百亿")) == ["工业投入"]


def test_get_by_id_in_a_large_store(tmp_path: Path) -> None:
    many = [rec("海安市", f"项目{i}", i, "个", start=i) for i in range(300)]
    write_store(tmp_path / "s.json", many, [], built_from="x")
    store = PolicyStore.load(tmp_path / "s.json")
    assert all(store.get(r.id) == r for r in many)
    assert store.get("0" * len(many[0].id)) is None
    assert store.get("ffffffffff") is None
    assert store.get("") is None
    assert store.get("海安市海安市海安市海") is None


def test_an_empty_store_answers_nothing(tmp_path: Path) -> None:
    write_store(tmp_path / "s.json", [], [], built_from="x")
    store = PolicyStore.load(tmp_path / "s.json")
    assert store.records == () and store.regions() == []
    assert store.search("亿元") == [] and store.with_indicator("高企") == [] and store.get("abc") is None
    assert store.indicator_count("高企") == (0, 0) and store.by_region("海安市") == []


def test_indicator_names_with_counts(store: PolicyStore) -> None:
    names = store.indicator_names()
    assert names["高企总数"] == 1 and names["gdp增速"] == 1
    assert sum(names.values()) == len(RECORDS)


def test_records_are_read_in_slices_as_the_index_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.store, "_CHUNK", 3)
    tricky = [*RECORDS, rec("海安市", "引号", 1, "个", text='写着 "5": {"x": 1} 的条文')]
    write_store(tmp_path / "s.json", tricky, DOCUMENTS, built_from="x")
    index = StoreIndex.load(index_path(tmp_path / "s.json"))
    assert index is not None and len(index.layout[2]) == 3  # 8 records, 3 at a time
    sliced = bot.store._read_in_slices(tmp_path / "s.json", index.layout)
    assert sliced is not None
    assert sliced == bot.store._read_tables(tmp_path / "s.json")
    store = PolicyStore.load(tmp_path / "s.json")
    assert indicators(store.search('5": {')) == ["引号"]
    assert store.documents["003_b"]["places"] == ["广陵区"]


def test_a_store_changed_after_its_index_is_read_whole(store_path: Path) -> None:
    # Same records and size, other order: the index's slices no longer fit, the file is still read right.
    with TinyDB(store_path, encoding="utf-8", ensure_ascii=False) as db:
        docs = [dict(d) for d in db.table("records").all()]
        db.table("records").truncate()
        db.table("records").insert_multiple(reversed(docs))
    store = PolicyStore.load(store_path)
    assert sorted(ids(store.records)) == sorted(ids(RECORDS))
    assert indicators(store.search("五百亿")) == ["工业投入"]
    assert indicators(store.by_region("如皋市")) == ["一般公共预算收入", "工业投入", "一季度减税降费"]
