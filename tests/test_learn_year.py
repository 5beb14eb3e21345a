"""bench/learn_year.py: a document's year is the most common year of its records' periods ("none" when undated);
the candidates are the years a text writes, each ±1, and "none"; a model trained on a few invented texts dates a
new one by its title and dateline, not by a comparison base or a deadline it also writes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from learn_year import NONE, Doc, candidate_features, document_year, rank, train

TRAINING = [
    (
        "2022",
        "某县2022年上半年经济运行情况\n2022年7月20日 来源:县统计局\n上半年,全县生产总值增长6%,比2021年同期提高1个百分点。"
        "到2025年,全县生产总值力争突破300亿元。",
    ),
    (
        "2023",
        "某区2023年重点项目推进会召开\n记者 张三 2023-04-12\n今年以来,全区新开工项目35个,较2022年增加5个。"
        "到2027年建成产业园3个。",
    ),
    (
        "2019",
        "某市2019年工作要点\n2019年2月1日\n全年地区生产总值增长7%,比2018年提高0.5个百分点,到2020年全面建成小康社会。",
    ),
    (
        NONE,
        "县情概况\n某县位于省境东部,面积1200平方公里,辖10个乡镇,人口50万。境内矿产资源丰富,素有鱼米之乡之称。",
    ),
    (NONE, "历史沿革\n某县1949年建县,1958年与邻县合并,1962年复置,辖12个乡镇,面积900平方公里,人口40万。"),
]


def _doc(text: str, gold: str = "") -> Doc:
    cands, rows = candidate_features(text)
    return Doc("real", "dev", "invented", gold, "", cands, rows)


def test_a_document_year_is_its_records_most_common_year():
    periods = ["2023", "2023H1", "2022", "", "2021-2025", "2023Q1"]
    assert document_year([{"period": p} for p in periods]) == "2023"
    assert document_year([{"period": ""}, {"period": ""}]) == NONE


def test_candidates_are_the_written_years_their_neighbours_and_none():
    cands, rows = candidate_features("某县二〇二一年工作总结\n2021年,全县完成投资50亿元,种植2000亩。")
    assert cands == ["2020", "2021", "2022", NONE]  # `2000亩` is a figure, not a year
    assert len({len(r) for r in rows}) == 1


def test_the_year_of_the_title_and_dateline_is_ranked_first():
    model = train([_doc(text, gold) for gold, text in TRAINING], with_rules=False)
    text = (
        "某镇2024年一季度经济运行分析\n2024年4月15日 来源:镇政府办\n一季度,全镇规上工业增加值增长9%,比2023年同期"
        "提高2个百分点。到2026年,工业总产值力争突破100亿元。"
    )
    assert rank(model, _doc(text), with_rules=False)[0][1] == "2024"


def test_an_undated_profile_is_dated_none():
    model = train([_doc(text, gold) for gold, text in TRAINING], with_rules=False)
    text = "镇情简介\n某镇地处县境西北,面积86平方公里,辖8个村,人口3万,以茶叶、竹木为主要产业,1958年建公社。"
    assert rank(model, _doc(text), with_rules=False)[0][1] == NONE
