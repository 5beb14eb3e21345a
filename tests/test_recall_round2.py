"""Figures the reader used to miss on real pages: counts of quoted facilities, the extent of a count, the spoken
square metre, and `|` tables that repeat a column at constant prices."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from bot.ingest.tables import bare_cells
from tests.ingest_helpers import records


def _read(clause: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.cmp) for q in find_quantities(clause)]


def _found(text: str, place: str) -> set[tuple[str, float, str]]:
    return {(r.indicator, r.value, r.unit) for r in records(text, places=(place,))}


# --- a quoted kind of facility after a count is what is counted, not a slogan ---


def test_count_of_quoted_facilities() -> None:
    # r164 苍南 2022 民生实事进度表: `新增16个“文化驿站”`
    assert ("新增文化驿站", 16, "个") in _found(
        "2022年苍南县民生实事\n今年全县新增16个“文化驿站”。", "苍南县"
    )
    # fj.sina.com.cn 泉州 2021 为民办实事项目: `建设提升33个“妇女儿童之家”`
    found = _found("2021年泉州市为民办实事项目如下:\n19。建设提升33个“妇女儿童之家”;", "泉州市")
    assert ("建设提升妇女儿童之家", 33, "个") in found


def test_counted_slogans_in_quotes_stay_out() -> None:
    # the quoted words are a slogan, not a kind of place: no figure (tests/test_numbers.py keeps the same)
    assert _read("下半年将致力实现6个“新提升”") == []
    assert _read("把牢首要任务 抓好5个“聚焦”") == []


# --- the area or length of what was just counted ---


def test_extent_after_a_listed_count() -> None:
    # abcjf.cn 泰兴 2009 (traditional script): `累計動遷4430戶、53.8萬平方米`
    found = _found("2009年,我市新建農村公路150.7公里。累計動遷4430戶、53.8萬平方米。", "泰兴市")
    assert {("动迁", 4430, "户"), ("动迁", 53.8, "万平方米")} <= found


def test_extent_glued_to_its_count() -> None:
    # ahtlyaq.gov.cn 义安区 2020: `完成房屋征收1049户18.08万平方米`
    found = _found("2020年,完成房屋征收1049户18.08万平方米,占年度目标任务的115.15%。", "义安区")
    assert {("房屋征收", 1049, "户"), ("房屋征收", 18.08, "万平方米")} <= found
    # zjjnews.cn 永定区 2018: `全年拆除违法建设899处6.35万平方米`
    found = _found("2018年,全年拆除违法建设899处6.35万平方米,拆除率达100%。", "永定区")
    assert {("拆除违法建设", 899, "处"), ("拆除违法建设", 6.35, "万平方米")} <= found


def test_counts_of_different_things_keep_their_names() -> None:
    found = _found("2023年全县新建学校3所、教学楼2栋。", "泰兴市")
    assert {("新建学校", 3, "所"), ("教学楼", 2, "栋")} <= found


# --- 平米, the spoken square metre ---


def test_square_metre_spoken() -> None:
    # xunduwang.com 薛城经开区 2025: `全面建成15万平米的动力谷一期`; xiaochang.cjyun.org 孝昌: `拆迁面积1800平米`
    assert _read("全面建成15万平米的动力谷一期") == [(15, "万平米", "=")]
    assert _read("拆迁面积1800平米") == [(1800, "平米", "=")]
    assert _read("平米单价") == []


# --- `|` tables: constant prices repeat current ones; a header broken by a blank ---

_LONGSHUN = (
    "表1 長順縣2016年地區生產總值構成表\n|\n行業名稱 |\n現價 (萬元) |\n不變價 (萬元) |\n增速 (%) |\n行業占 比(%) |\n"
    "|\n地區生產總值 |\n529757 |\n520278 |\n13.1 |\n100 |\n"
    "|\n工業 |\n111250 |\n114767 |\n12.7 |\n21 |\n"
)


def test_table_at_constant_prices_and_a_broken_share_header() -> None:
    # ilynn.cn 长顺县 2016 统计公报, table 1 (one cell a line)
    from bot.ingest.normalize import normalize

    text = normalize(_LONGSHUN).text
    cells = {(c.indicator, c.value, c.unit) for c in bare_cells(text).values()}
    # (an industry's row under 地区生产总值 is its value added)
    assert ("工业增加值", 111250, "万元") in cells
    assert ("工业增加值增速", 12.7, "%") in cells
    assert ("工业增加值占比", 21, "%") in cells
    assert all(
        c[1] not in (520278, 114767) for c in cells
    )  # the constant-price column repeats the current one
    assert ("地区生产总值占比", 100, "%") not in cells  # the total's share is the whole


# --- units: money per mu, a rank said with 位 after its scope ---


def test_money_per_mu() -> None:
    # r159 白沙 2025 report: `其中1宗地块地价飙至323万元/亩`; gqcc.net.cn 2021 开发区: `亩均税收2.98万元/亩`
    assert (323, "万元/亩", "=") in _read("其中1宗地块地价飙至323万元/亩创历史新高")
    assert _read("亩均税收2.98万元/亩(开发区全部工矿仓储用地面积平均税收)") == [(2.98, "万元/亩", "=")]


def test_rank_in_wei_after_its_scope() -> None:
    # r155 平谷 2025: `排名全国78位`; 0525000.com 长沙县: `2008年排37位` (already a rank)
    assert _read("排名全国78位") == [(78, "名次", "=")]
    assert _read("2008年排37位") == [(37, "名次", "=")]
    assert _read("全市有3位代表") == [(3, "位", "=")]


# --- a growth rate whose % sign a copied page lost ---


def test_growth_rate_that_lost_its_percent_sign() -> None:
    # xiaomilidoc.com 县长在县经济工作会议上的讲话 (a Word page copied without its % glyphs)
    assert _read("粮食产量达到 53.85 亿斤,比上年增长12.5;") == [(53.85, "亿斤", "="), (12.5, "%", "=")]
    assert _read("实现税金 8000 万元,分别比上年增长 21 和 9.4。") == [
        (8000, "万元", "="),
        (21, "%", "="),
        (9.4, "%", "="),
    ]
    assert _read("同比增长 12、8 和 6。") == [(12, "%", "="), (8, "%", "="), (6, "%", "=")]


def test_bare_numbers_elsewhere_stay_out() -> None:
    assert _read("增长1.5、0.4个百分点") == [(1.5, "个百分点", "="), (0.4, "个百分点", "=")]
    assert _read("比上年增长2020年") == []
    assert _read("完成投资 12;") == []
    assert _read("增长 1500,") == []  # no rate: a count or an amount that lost its unit


# --- `N大项目` counted as they start or sign ---


def test_big_projects_counted_as_they_start_or_sign() -> None:
    # r161 石门 2021: `石门县6大项目集中开工`; ppfocus.com 石门 2020: `共有九大项目成功簽約`
    found = _found("10月8日,石门县6大项目集中开工,总投资约7亿元。", "石门县")
    assert ("集中开工项目", 6, "个") in found
    assert (9, "个", "=") in _read("共有九大项目成功签约,投资总额达57.9亿元")


def test_a_plans_classes_are_no_count() -> None:
    # shiquan.gov.cn 石泉 2022: `突出六大产业链及…五大产业园`; `十大工程` names a programme
    assert _read("突出六大产业链及五大产业园") == []
    assert _read("实施十大工程") == []
    assert _read("建设6大项目") == []
