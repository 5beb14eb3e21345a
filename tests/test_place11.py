"""place11: a place's simplified name survives the traditional → simplified pass (乾安县 stays 乾安县), and a
county's own text that names only its city's short name is the namesake county's (南昌县 of 南昌市). Excerpts of
public pages (addresses in each test)."""

from pathlib import Path

from bot.ingest.normalize import t2s, to_simplified
from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str) -> dict[float, tuple[str, str]]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {r.value: (r.region, r.kind) for r in build_corpus(tmp_path).records}


def test_a_simplified_place_name_is_kept_as_written():
    # 乾 is a simplified character in place names; t2s alone reads it as the 乾 of 乾燥 and writes 干安县
    assert t2s("乾安县委、县政府") == "乾安县委、县政府"
    assert t2s("陕西乾县") == "陕西乾县"
    assert to_simplified("乾安縣") == "乾安县"
    assert t2s("乾燥") == "干燥"  # the word is still converted


def test_a_county_named_with_a_character_t2s_rewrites(tmp_path: Path):
    # http://sy.cnjiwang.com/ywq/201904/2862579.html (乾安县, 松原市; the site's channel is `松原站`)
    text = (
        "10个5000万元以上项目陆续开工 乾安卯足干劲 要闻-松原站\n"
        "您当前的位置 :首页 > 松原站 > 要闻\n"
        "4月18日,乾安县“三早”行动项目集中开工。这是乾安县委、县政府吹响“早落地、早开工、早见效”行动的集结号和动员令。\n"
        "据了解,2019年全县计划完成固定资产投资21.5亿元,同比增长6%;全年计划实施5000万元以上项目20个。"
    )
    records = _records(tmp_path, text)
    assert records[21.5] == ("乾安县", "target")
    assert {region for region, _ in records.values()} == {"乾安县"}
