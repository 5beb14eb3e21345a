"""The build as a user meets it: `policybot build` / `export`, the shipped store, and the worked examples."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.build import BuildError, build_store
from bot.config import SHIPPED_STORE
from bot.ingest.normalize import normalize
from bot.ingest.pipeline import build_corpus, fingerprint
from bot.store import PolicyStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
WORKED_EXAMPLES = [
    {"doc": "000_0a5cd09cff43605d", "region": "如皋市", "indicator": "工业投入", "value": 500, "unit": "亿元", "cmp": "=", "kind": "target", "period": "2020", "deadline": "", "text": "工业投入每年五百亿"},
    {"doc": "000_0a5cd09cff43605d", "region": "如皋市", "indicator": "全国百强县排名", "value": 20, "unit": "名次", "cmp": "<=", "kind": "target", "period": "2020", "deadline": "", "text": "百强排名挺进前二十"},
    {"doc": "000_0a5cd09cff43605d", "region": "如皋市", "indicator": "一季度减税降费", "value": 5.06, "unit": "亿元", "cmp": "=", "kind": "actual", "period": "2020Q1", "deadline": "", "text": "在一季度减税降费 5.06 亿元"},
    {"doc": "000_0a5cd09cff43605d", "region": "如皋市", "indicator": "招引10亿元以上重特大项目", "value": 30, "unit": "个", "cmp": ">=", "kind": "target", "period": "2020", "deadline": "", "text": "力争全年招引 10 亿元以上重特大项目不少于 30 个"},
    {"doc": "000_0a5cd09cff43605d", "region": "如皋市", "indicator": "重大城建项目开工率", "value": 50, "unit": "%", "cmp": ">=", "kind": "target", "period": "2020H1", "deadline": "上半年", "text": "确保上半年重大城建项目开工率达 50%以上"},
    {"doc": "000_0a5cd09cff43605d", "region": "如皋市", "indicator": "建成强村加油站", "value": 3, "unit": "个", "cmp": "=", "kind": "target", "period": "2021", "deadline": "明年6月底前", "text": "明年 6 月底前全市建成强村加油站 3 个"},
]  # fmt: skip


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def exported() -> list[dict]:
    result = run_cli("export")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_worked_examples_come_out_exactly(exported: list[dict]) -> None:
    shown = [{k: r[k] for k in WORKED_EXAMPLES[0]} for r in exported]  # RECORDS.md shows the first ten fields
    for example in WORKED_EXAMPLES:
        assert example in shown


def test_export_prints_the_record_fields_in_order(exported: list[dict]) -> None:
    assert exported
    for record in exported:
        assert list(record) == [
            "doc", "region", "indicator", "value", "unit", "cmp", "kind", "period", "deadline", "text", "subject",
            "canonical",
        ]  # fmt: skip


def test_export_names_common_indicators_canonically(exported: list[dict]) -> None:
    canonical = {(r["indicator"], r["canonical"]) for r in exported}
    assert ("地区生产总值增速", "地区生产总值增速") in canonical
    assert ("GDP增速", "地区生产总值增速") in canonical
    assert ("工业投入", "工业投资") in canonical
    assert all(r["canonical"] == "" for r in exported if r["indicator"] == "招引科创项目")


def test_export_filters_by_document_and_short_place_name() -> None:
    result = run_cli("export", "--region", "启东")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["region"] for r in rows} == {"启东市"}
    result = run_cli("export", "--doc", "004_cca6003c7ffa7f91")
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"004_cca6003c7ffa7f91"}


def test_shipped_store_is_current() -> None:
    """The package's store must be rebuilt whenever the seeds, the manifest or the ingest code change:
    run `policybot build`."""
    store = PolicyStore.load(SHIPPED_STORE)
    assert store.meta["built_from"] == fingerprint(SEEDS), "stale store: run `policybot build`"
    rebuilt = build_corpus(SEEDS)
    assert sorted(r.to_dict()["id"] for r in rebuilt.records) == sorted(r.id for r in store.records)


def test_record_ids_are_stable_across_builds() -> None:
    first = [r.id for r in build_corpus(SEEDS).records]
    assert first == [r.id for r in build_corpus(SEEDS).records]
    assert len(set(first)) == len(first)


def test_every_record_points_back_to_its_source_text() -> None:
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for record in build_corpus(SEEDS).records:
        raw = seeds[record.doc][record.start : record.end]
        assert normalize(raw).text == record.text, (record, raw)


def test_a_bad_document_is_skipped_and_the_others_are_built(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    store = tmp_path / "store.json"
    result = run_cli("build", "--seeds", str(seeds), "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert "records" in result.stdout and "skipped" not in result.stderr
    before = store.read_bytes()

    (seeds / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    # a mid-year report that names its district only by a short name the gazetteer cannot place alone
    (seeds / "noplace.txt").write_text(
        "上半年经济运行情况\n上半年实现地区生产总值582.6亿元，同比增长13.8%。\n"
    )
    result = run_cli("build", "--seeds", str(seeds), "--store", str(store))
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 2, result.stderr
    assert any("broken.txt: not text" in line for line in skipped)
    assert any("noplace.txt: no place" in line for line in skipped)
    assert "2 skipped" in result.stdout
    rebuilt = PolicyStore.load(store)
    assert {r.doc for r in rebuilt.records} == {p.stem for p in SEEDS.glob("*.txt")}

    store.write_bytes(before)
    result = run_cli("build", "--strict", "--seeds", str(seeds), "--store", str(store))
    assert result.returncode != 0
    assert "broken.txt" in result.stderr and "noplace.txt" in result.stderr
    assert store.read_bytes() == before


def test_a_document_naming_its_district_only_by_short_name_is_placed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "shuangliu.txt").write_text(
        "双流上半年经济运行情况\n今年以来，双流坚持项目为王，上半年实现地区生产总值582.6亿元，同比增长13.8%。\n"
        "双流规上工业增加值增长15%。\n"
    )
    result = build_corpus(seeds)
    assert not result.skipped
    assert {r.region for r in result.records} == {"双流区"}


def test_a_folder_of_only_bad_documents_is_an_error(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    store = tmp_path / "store.json"
    with pytest.raises(BuildError, match=r"broken\.txt: not text"):
        build_store(seeds, store)
    assert not store.exists()


def test_document_without_manifest_entry_still_builds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS / "002_c7f715fe3f2d8495.txt", seeds)
    shutil.copy(SEEDS / "003_fb3c97319014020c.txt", seeds)
    result = build_corpus(seeds)
    regions = {r.region for r in result.records if r.doc.startswith("002")}
    assert regions == {"启东市", "启东经济开发区"}  # the zone is a place of its own
    assert {r.region for r in result.records if r.doc.startswith("003")} >= {"邗江区", "高邮市", "江都区"}
    dates = {d["id"]: d["date"] for d in result.documents}
    assert dates["002_c7f715fe3f2d8495"] == "2020-07-29"
    assert dates["003_fb3c97319014020c"] == "2021-10-01"
    assert any(r.period == "2020H1" and r.kind == "actual" for r in result.records)


def test_missing_seed_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no such folder"):
        build_store(tmp_path / "nowhere", tmp_path / "store.json")
