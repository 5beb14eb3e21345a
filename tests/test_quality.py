"""How well the parser reads documents, against hand-labelled gold: the five seeds, and eight held-out
documents of other provinces and styles built without a manifest (dates and places inferred)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bot.ingest.pipeline import build_corpus

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("score", ROOT / "bench" / "score.py")
score_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_module)  # type: ignore[union-attr]


def gold(folder: Path) -> list[dict]:
    return [
        json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.read_text().splitlines()
    ]


@pytest.mark.parametrize(
    ("docs", "labels", "floor"),
    [
        (ROOT / "seeds", ROOT / "tests" / "gold", 0.95),
        (ROOT / "tests" / "unseen" / "docs", ROOT / "tests" / "unseen" / "gold", 0.95),
    ],
    ids=["seeds", "unseen"],
)
def test_f1_against_gold(docs: Path, labels: Path, floor: float) -> None:
    predicted = [r.export() for r in build_corpus(docs).records]
    figures = score_module.score(predicted, gold(labels))["overall"]
    assert figures["f1"] >= floor, figures


def test_real_corpus_gold_quotes_its_documents() -> None:
    """Every gold record of the real corpus is well formed and quotes its document, in order; the split covers
    every document once."""
    assert score_module.check_corpus_gold("real") == 0
    splits = score_module.corpus_splits("real")
    ids = [d for ds in splits.values() for d in ds]
    docs = sorted(p.stem for p in (ROOT / "tests" / "real" / "docs").glob("*.txt"))
    assert sorted(ids) == docs and set(splits) == {
        "dev",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "test4",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "dev13",
        "dev14",
        "dev15",
        "dev16",
        "dev17",
        "dev18",
        "dev19",
        "dev20",
        "dev21",
        "dev22",
        "dev23",
        "dev24",
        "dev25",
        "dev26",
        "dev27",
        "dev28",
        "dev29",
        "dev30",
        "test27",
        "test29",
    }


def test_fresh_reading_gold_quotes_its_pages() -> None:
    """The reader's judgements of fresh pages quote their pages, in order, and cover every page once."""
    assert score_module.check_corpus_gold("fresh") == 0
    ids = [d for ds in score_module.corpus_splits("fresh").values() for d in ds]
    assert sorted(ids) == sorted(p.stem for p in (ROOT / "tests" / "fresh" / "docs").glob("*.txt"))


@pytest.mark.parametrize("corpus", ["seeds", "unseen"])
def test_hand_labelled_gold_quotes_its_documents(corpus: str) -> None:
    """The seeds' and in-house texts' gold records are well formed and quote their documents, in order."""
    assert score_module.check_corpus_gold(corpus) == 0


def test_regions_are_scored_as_places_not_spellings() -> None:
    """A zone written without its city (`葛店经济技术开发区`, as a labeller expands `葛店开發區`) is the registry's
    `鄂州葛店经济技术开发区`, and a county under its former name (`宁河县`, in a 2009 text) is today's `宁河区`; a form
    that names no zone of its own (`高新技术产业园区`) and a county of today stay as written."""
    records = [
        {"region": "葛店经济技术开发区"},
        {"region": "鄂州市葛店经济技术开发区"},
        {"region": "鄂州葛店经济技术开发区"},
        {"region": "高新技术产业园区"},
        {"region": "清水县"},
        {"region": "宁河县"},
    ]
    assert [r["region"] for r in score_module.same_place_names(records)] == [
        "鄂州葛店经济技术开发区",
        "鄂州葛店经济技术开发区",
        "鄂州葛店经济技术开发区",
        "高新技术产业园区",
        "清水县",
        "宁河区",
    ]
