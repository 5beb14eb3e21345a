"""A document's county read from its source address, when its text names none (bot.ingest.site_hosts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.ingest.places import Gazetteer
from bot.ingest.site_hosts import place_from_address, site_label, source_place

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def name(address: str, gazetteer: Gazetteer, text: str = "") -> str | None:
    place = place_from_address(address, gazetteer, text)
    return place.name if place else None


@pytest.mark.parametrize(
    ("address", "county"),
    [
        # real addresses of tests/real/SOURCES.md's dev rows
        ("http://www.jinxiang.gov.cn/art/2021/2/22/art_18350_2713139.html", "金乡县"),  # full pinyin
        ("https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml", "蔡甸区"),
        ("https://www.zhonglou.gov.cn/html/czzl/2024/FPJALMLN_0311/21514.html", "钟楼区"),
        ("http://fzja.gov.cn/xjwz/zwgk/202302/t20230206_4532451.htm", "晋安区"),  # 福州's initials + 晋安's
        (
            "https://www.cqyz.gov.cn/zwgk_229/zfgzbg/gzbg/202302/t20230203_11567725.html",
            "渝中区",
        ),  # 重庆 + yz
        ("https://www.xjbl.gov.cn/", "博乐市"),  # 新疆's initials + 博乐's
        ("www.hengnan.gov.cn", "衡南县"),  # no scheme
        ("http://tjj.haian.gov.cn/col/1.html", "海安市"),  # a bureau's subdomain of the county's site
    ],
)
def test_a_county_site_names_its_county(address: str, county: str, gazetteer: Gazetteer) -> None:
    assert name(address, gazetteer) == county


@pytest.mark.parametrize(
    "address",
    [
        "http://zgwc.gov.cn/news_show.aspx?id=204279",  # 中国 + wc: seventeen counties' initials
        "https://www.zyx.gov.cn/Content-2713574.html",  # 紫阳县's initials, and seven others'
        "https://ynlx.gov.cn/zfxxgk_lxq/artview/2335/142014.html",  # 云南: 临翔区 and 泸西县
        "http://pucheng.gov.cn/ztzl/135677.htm",  # 浦城县 (福建) and 蒲城县 (陕西)
        "http://huangshi.gov.cn/ztjj/2025hslh_23464/t20250210_1191755.html",  # a city's site
        "http://gxq.als.gov.cn/art/2024/8/1/art_2337_520607.html",  # 阿拉善盟's, not 安陆市's initials
        "http://hainan.gov.cn/",  # the province, not 乌海's 海南区
        "http://bx2200.com/baogao/huazhong/10594.html",  # no government site
        "https://laobiganzi.top/133153.html",
        "http://lx.com/a.html",  # initials count only under gov.cn
        "http://120.194.211.226/contents/1033/15493.html",
        "",
        "not an address",
    ],
)
def test_a_host_that_names_no_single_county_gives_none(address: str, gazetteer: Gazetteer) -> None:
    assert name(address, gazetteer) is None


def test_the_text_settles_an_ambiguous_host(gazetteer: Gazetteer) -> None:
    # 临翔区 and 泸西县 are both `lx` in 云南: a text that speaks as a 区 is 临翔区's
    assert (
        name("https://ynlx.gov.cn/zfxxgk_lxq/artview/2335/142014.html", gazetteer, "全区生产总值增长5%")
        == "临翔区"
    )
    assert name("https://ynlx.gov.cn/a.html", gazetteer, "全县生产总值增长5%") == "泸西县"
    # the city the text names narrows the seventeen `wc` counties to 广元市's 旺苍县
    assert name("http://zgwc.gov.cn/news_show.aspx?id=204279", gazetteer, "广元市上半年全县工业") == "旺苍县"
    assert name("https://www.zyx.gov.cn/Content-2713574.html", gazetteer, "安康市紫阳") == "紫阳县"
    # `china` + 庆城县 or 清城区 (清远): the text speaks as a 县
    assert name("http://www.chinaqingcheng.gov.cn/a.html", gazetteer) is None
    assert name("http://www.chinaqingcheng.gov.cn/a.html", gazetteer, "全县") == "庆城县"


@pytest.mark.parametrize(
    ("address", "county"),
    [
        # zh/ch/sh kept as two letters in initials: 北京 + 东城 (d ch), 北京 + 朝阳 (ch y)
        ("https://www.bjdch.gov.cn/", "东城区"),  # tests/real/SOURCES.md r178
        ("http://www.bjchy.gov.cn/", "朝阳区"),
        # 长宁 read chang (pypinyin reads zhang): 上海 + cn
        ("https://www.shcn.gov.cn/", "长宁区"),  # tests/real/SOURCES.md r148
        # a province's and a city's prefix before the county: 安徽 铜陵 义安区, 云南 楚雄 元谋县
        ("http://ahtlyaq.gov.cn/zxzx/mtjj/202101/t20210104_1341018.html", "义安区"),
        ("http://yncxym.gov.cn/info/1877/21866.htm", "元谋县"),
        # the county's site one level below its city's or province's host
        ("http://jxx.nc.gov.cn/jxxrmzf/zfzdgz/202205/24361a1dc7634d4990831b468cc5e80c.shtml", "进贤县"),
        ("https://dingan.hainan.gov.cn/zfxxgkzl/bm/tjj/gkml/202207/t20220706_3224517.html", "定安县"),
    ],
)
def test_real_site_naming_conventions(address: str, county: str, gazetteer: Gazetteer) -> None:
    assert name(address, gazetteer) == county


@pytest.mark.parametrize(
    "address",
    [
        # a city's department one level below its host, not a county's site
        "http://ws.cq.gov.cn/cqws_zwxxgkml/zfgzbgzxqk/202506/t20250617_14720555.html",  # 卫生, not 巫山
        "http://fgw.siping.gov.cn/zdzt/hgjj/202412/t20241224_727411.html",
        "http://tjj.huzhou.gov.cn/art/2020/10/26/art_1229208252_58869545.html",
        "http://xgq.xinxiang.gov.cn/htmls/shujuxinxi/20250225/1894280277942833152.html",
        "https://gaoxinqu.weinan.gov.cn/zwxxgk/fdzdgknr/zdxm/1682319499524091905.html",
        # a city's government site: 聊城 + 政府
        "http://www.lczf.gov.cn/xxgk_674/zfgzbg/202512/t20251230_2303612.shtml",
    ],
)
def test_a_citys_departments_name_no_county(address: str, gazetteer: Gazetteer) -> None:
    assert name(address, gazetteer) is None


def test_the_text_names_one_of_the_candidates(gazetteer: Gazetteer) -> None:
    # `csx`: 长沙县 and other counties' initials; the page names 长沙县 (fresh page, round 12 sweep)
    address = "http://www.csx.gov.cn/zwgk/bmxxgkml/xwjj/zcwj74/202401/t20240116_11348056.html"
    assert name(address, gazetteer) is None
    assert name(address, gazetteer, "长沙县卫生健康局关于…征求意见的通知 进一步规范我县") == "长沙县"
    # `shx`: 歙县 with sh kept whole, shared with other 县; the text names 歙县
    text = "上半年歙县城乡居民人均可支配收入平稳增长 据国家统计局黄山调查队"
    assert name("https://www.ahshx.gov.cn/sjfb/sjjd/9201629.html", gazetteer, text) == "歙县"


def test_the_towns_the_text_names(gazetteer: Gazetteer) -> None:
    # `wj`: six counties; a 区 text naming 湟里镇, 前黄镇, 雪堰镇 is 武进区's (tests/real/SWEPT.md)
    address = "https://www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html"
    text = "至9月底，全区重点建设项目累计完成投资367.1亿元。湟里镇、西太湖、前黄镇、雪堰镇进展情况较好"
    assert name(address, gazetteer, "全区") is None
    assert name(address, gazetteer, text) == "武进区"


def test_a_countys_folder_on_its_citys_site(gazetteer: Gazetteer) -> None:
    # 泰安's site, folder qx (区县) / nyx: 宁阳县 (fresh page, round 12 sweep)
    address = "http://info.taian.gov.cn/qx/nyx/zfxxgk/zfwj/nzbf/201703/t20170313_673180.html"
    assert name(address, gazetteer) == "宁阳县"
    # a city's own folders name no county
    assert (
        name(
            "https://www.haikou.gov.cn/hkszfgb/2011nd5q/201106/1d7db8663c6e4bf688146ada0a273ed2.shtml",
            gazetteer,
        )
        is None
    )
    assert (
        name("https://ordos.gov.cn/gk_128120/tjxx/tjsj/202503/t20250328_3778104.html", gazetteer, "全旗")
        is None
    )


def test_a_word_after_the_countys_name(gazetteer: Gazetteer) -> None:
    # 中宁 + 政府 (tests/real/SOURCES.md r129): eight counties spell `zn`; the text's 全县 and 中卫 leave one
    address = "https://www.znzf.gov.cn/"
    assert name(address, gazetteer) is None
    assert name(address, gazetteer, "中卫市中宁县…全县地区生产总值增长6%") == "中宁县"


def test_the_voice_only_a_candidate_could_speak_counts(gazetteer: Gazetteer) -> None:
    # 敖汉旗, 阿合奇县 and 爱辉区 all spell `ahq` (tests/real/SOURCES.md r180): the text says 全旗 three times and
    # 全市 once (赤峰's ranking): no candidate is a 市, so the 旗 decides
    text = "全旗地区生产总值增长5%，居全市第2位；全旗规上工业增加值增长7%；全旗固定资产投资增长3%"
    assert name("http://www.ahq.gov.cn/a.html", gazetteer, text) == "敖汉旗"
    # two of the candidates' voices: one must be heard at least twice as often as the other
    assert name("http://www.ahq.gov.cn/a.html", gazetteer, "全区…全旗…全区…全旗…全区") is None
    assert name("http://www.ahq.gov.cn/a.html", gazetteer, "全旗…全旗…全区") == "敖汉旗"


def test_full_spelling_counts_outside_gov_cn(gazetteer: Gazetteer) -> None:
    assert site_label("http://cqwulong.cn/Content/2019-03/14/content_511872.htm") == ("cqwulong", False)
    assert name("http://cqwulong.cn/Content/2019-03/14/content_511872.htm", gazetteer) == "武隆区"


def test_the_texts_own_place_wins(gazetteer: Gazetteer) -> None:
    lx = "https://ynlx.gov.cn/a.html"
    assert source_place(lx, ["海安市"], "全区", set(), gazetteer) is None  # the manifest gives places
    assert source_place(lx, [], "全区", {"海安市"}, gazetteer) is None  # the text names a county
    assert source_place("", [], "全区", set(), gazetteer) is None
    place = source_place(lx, [], "全区", set(), gazetteer)
    assert place is not None and place.name == "临翔区"
    # a city only: the host's county of that city, when the text speaks as the county
    wc = "http://zgwc.gov.cn/news_show.aspx?id=1"
    place = source_place(wc, [], "广元市…全县工业增加值增长8%", {"广元市"}, gazetteer)
    assert place is not None and place.name == "旺苍县"
    assert (
        source_place(wc, [], "广元市…全市工业增加值增长8%", {"广元市"}, gazetteer) is None
    )  # the city's own text
    assert source_place(wc, [], "成都市…全县", {"成都市"}, gazetteer) is None  # not that city's county
    # a province only, likewise
    place = source_place(lx, [], "云南省…全区生产总值", {"云南省"}, gazetteer)
    assert place is not None and place.name == "临翔区"
    assert source_place(lx, [], "江苏省…全区", {"江苏省"}, gazetteer) is None


def test_the_index_is_built_from_the_gazetteer() -> None:
    data = json.loads((ROOT / "bot" / "data" / "site_hosts.json").read_text(encoding="utf-8"))
    assert "pypinyin" in data["source"]
    assert data["labels"]["haian"] == "320685"
    assert "530902" in data["labels"]["lx"].split()  # 临翔区 among the `lx` counties
    assert "530000" in data["prefixes"]["yn"].split()  # 云南省


TEXT = (
    "1-5月经济运行情况\n"
    "1-5月，全区规模以上工业增加值同比增长8.6%；固定资产投资完成23.5亿元，同比增长12.1%；"
    "社会消费品零售总额完成18.2亿元，同比增长6.3%。\n"
)


def build(seeds: Path, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "build", "--seeds", str(seeds), "--store", str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_build_places_a_document_by_its_source_address(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lx.txt").write_text(TEXT, encoding="utf-8")
    store = tmp_path / "store.json"
    # without an address: skipped, with the reason
    result = build(seeds, store)
    assert result.returncode != 0
    assert "no place the gazetteer knows is named" in result.stderr
    # with only the address in the manifest: built, placed in 临翔区
    entry = {"id": "lx", "source": "https://ynlx.gov.cn/zfxxgk_lxq/artview/2335/142014.html"}
    (seeds / "manifest.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    result = build(seeds, store)
    assert result.returncode == 0, result.stderr
    exported = subprocess.run(
        [sys.executable, "-m", "bot.cli", "export", "--store", str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert records and {r["region"] for r in records} == {"临翔区"}
    assert any(r["value"] == 23.5 and r["unit"] == "亿元" for r in records)
