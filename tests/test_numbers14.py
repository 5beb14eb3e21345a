"""How figures, their bounds and their units are read (rule pass numbers14). Each test quotes a real sentence; the
page's address or the corpus document is in a comment."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from bot.ingest.record import Record
from tests.ingest_helpers import records


def _read(clause: str) -> list[tuple[str, object, str, str]]:
    return [(clause[q.start : q.end], q.value, q.unit, q.cmp) for q in find_quantities(clause)]


def _by_value(text: str, place: str, date: str) -> dict[tuple[float, str], Record]:
    return {(r.value, r.unit): r for r in records(text, date=date, places=(place,))}


def test_a_level_stepped_over_is_more_than_it() -> None:
    # r261 (南昌县 2019 communique): `全年财政收入跨越130亿元`; r301 (京口 2024): `地区生产总值跨过600亿元台阶`
    assert _read("全年财政收入跨越130亿元") == [("跨越130亿元", 130, "亿元", ">")]
    assert _read("地区生产总值跨过600亿元台阶") == [("跨过600亿元台阶", 600, "亿元", ">")]
    # f13_p14 (博罗 2021): the adverb of passing left before the bound is no part of the name
    found = _by_value("2020年,地区生产总值连续跨越500亿元。", "博罗县", "2021-01-20")
    assert found[(500, "亿元")].indicator == "地区生产总值"
    assert found[(500, "亿元")].cmp == ">"


def test_a_bracketed_second_counting_word_is_part_of_the_figure() -> None:
    # 渭源 tourism news (names13 sweep): `全县年接待游客130万人(次)以上`: the bound after the bracket is the figure's
    assert _read("全县年接待游客130万人(次)以上") == [("130万人(次)以上", 130, "万人", ">=")]
    # r290 (阿拉善左旗 2016, trad): `牲畜出栏42.30万头(只)`
    assert _read("2016年阿左旗牲畜出栏42.30万头(只)") == [("42.30万头(只)", 42.3, "万头", "=")]


def test_livestock_by_head_or_animal_is_one_unit() -> None:
    # f15_p02 (苏尼特左旗 2021): `2021年牧业年度牲畜存栏125万头只`
    found = _by_value("2021年牧业年度牲畜存栏125万头只。", "苏尼特左旗", "2022-01-10")
    assert found[(125, "万头只")].indicator == "牧业年度牲畜存栏"


def test_visits_by_the_firm_are_a_unit() -> None:
    # r178 (东城 2024 mid-year): `区领导及服务管家上门服务企业1000余家次`
    assert _read("区领导及服务管家上门服务企业1000余家次") == [("1000余家次", 1000, "家次", ">")]


def test_kinds_of_product_are_counted_but_not_a_places_natural_kinds() -> None:
    # r233 (拉萨经开区 2018): `等40余种高附加值、独具特色的本土知名品牌`; r244 (中宁): `10大类50多种产品`
    assert _read("等40余种高附加值、独具特色的本土知名品牌") == [("40余种", 40, "种", ">")]
    assert ("50多种", 50, "种", ">") in _read("到枸杞酒、枸杞茶等10大类50多种产品")
    # r205 (兴县 2019), r235 (久治 2023): the kinds a place's land holds are a fact of the place
    assert _read("已探明煤炭、煤层气、铝土矿、含钾岩石等23种矿产资源") == []
    assert _read("有50科400余种可食牧草") == []


def test_a_count_before_village_or_township_words_is_a_count() -> None:
    # https://shanghai.gov.cn/nw12344/20250324/a1fb98b9966f4b4ebbd482eec5f6220e.html (崇明 2025 实事项目)
    assert _read("新增1家社区长者食堂、*3家乡村长者照护之家") == [
        ("1家", 1, "家", "="),
        ("3家", 3, "家", "="),
    ]
    assert _read("他回到家乡") == []


def test_a_bare_magnitude_after_a_count_names_a_class() -> None:
    # 土默特右旗 news (names13 sweep): `“两个万亩、六个千亩”`: no 1000 亩
    assert _read("全力打造“两个万亩、六个千亩”产业基地") == []
    # https://hefei.baogaosu.com/xinwen/…/25314705 (田家庵 2014): `10座以上税收超千万元楼宇`: 10 buildings, no amount
    assert _read("力争在5年内实现10座以上税收超千万元楼宇") == [("实现10座以上", 10, "座", ">=")]
    # https://www.zgjct.com/news/399028.html (中山区 2015)
    assert _read("50座税收超过千万元的商务大厦") == [("50座", 50, "座", "=")]


def test_a_mountain_is_no_herd() -> None:
    # 土默特右旗 tourism news (names13 sweep): `1.25萬公頃的九峰山原始次生林區`
    assert _read("土右旗拥有1.25万公顷的九峰山原始次生林区") == [("1.25万公顷", 1.25, "万公顷", "=")]
    assert _read("骆驼出栏0.46万峰") == [("0.46万峰", 0.46, "万峰", "=")]


def test_a_prefecture_is_a_rank_scope() -> None:
    # `全地区` (a prefecture, as 全盟 a league): `排名全地区10强`
    assert _read("排名全地区10强") == [("全地区10强", 10, "名次", "<=")]
    assert _read("跻身服务业全国10强") == [("全国10强", 10, "名次", "<=")]


def test_an_increase_and_the_total_it_brings() -> None:
    # f13_p06 (潜山 2010): `全县规模以上工业企业新增50家达127家`
    found = _by_value("2010年,全县规模以上工业企业新增50家达127家。", "潜山县", "2011-01-15")
    assert found[(50, "家")].indicator == "新增规模以上工业企业"
    assert found[(127, "家")].indicator == "规模以上工业企业"


def test_a_price_by_weight_keeps_its_unit() -> None:
    # http://sjw2018.com/detail.asp?ID=460 (叙州 2021); http://info1.texnet.com.cn/content/2014-12-08/500106.html (大姚)
    assert _read("干花椒以50元/公斤的价格销往乐山市场") == [("50元/公斤", 50, "元/公斤", "=")]
    assert _read("2013年平均价格为42.04元/公斤") == [("42.04元/公斤", 42.04, "元/公斤", "=")]


def test_a_bare_hundred_million_passed_at_a_clause_end_is_one() -> None:
    # f13_p06 (潜山 2010): `乡镇财政总收入首次突破亿元`
    found = _by_value("乡镇财政总收入首次突破亿元,增幅达34%。", "潜山县", "2011-01-15")
    assert found[(1, "亿元")].indicator == "乡镇财政总收入"
    assert found[(1, "亿元")].cmp == ">"
    # http://californiadrainexperts.com/news/show-21588.html (屏南 2014, trad): `預計產值超億元`
    assert _read("预计产值超亿元。") == [("超亿元", 1, "亿元", ">")]
    # a class, not an amount: `其中超亿元项目11个` (r198), `其中六个项目超亿元人民币` (r167)
    assert _read("其中超亿元项目11个") == [("11个", 11, "个", "=")]
    assert _read("经过亿元") == []


def test_a_growth_rate_of_a_hundred_or_more_that_lost_its_sign_is_no_guess() -> None:
    # f13_p06 (潜山 2010): the page lost both the % sign and the point (`年均增长132` is 13.2%)
    assert _read("全县地区生产总值年均增长132") == []
    # (a small rate that lost its sign is still read: xiaomilidoc.com 县长讲话 `比上年增长12.5;`)
    assert _read("粮食产量达到53.85亿斤,比上年增长12.5;") == [
        ("达到53.85亿斤", 53.85, "亿斤", "="),
        ("12.5", 12.5, "%", "="),
    ]


def test_a_place_that_passed_a_round_amount_is_no_figure() -> None:
    # f13_p06 (潜山 2010): `财政收入超千万元的乡镇群体正在崛起`; r261 (南昌县 2019): `是全省首个突破千亿的县`
    assert _read("财政收入超千万元的乡镇群体正在崛起") == []
    assert _read("是全省首个突破千亿的县") == []


def test_thousands_grouped_by_blanks_after_an_acronym() -> None:
    # a bulletin that sets its figures off by blanks, after an indicator's acronym (previous sweep: `人均GDP 82 878 元`)
    assert _read("人均GDP 82 878 元") == [("82 878 元", 82878, "元", "=")]
    assert _read("项目 12 150亿元") == [("150亿元", 150, "亿元", "=")]  # (two cells, as before)


def test_pairs_are_counted() -> None:
    # r227 (旌德 2015 task list): `改扩建城区公交站台10对`
    assert _read("改扩建城区公交站台10对") == [("10对", 10, "对", "=")]
    assert _read("组织10对接活动") == []


def test_satellites_are_counted() -> None:
    # r266 (济南高新区 2022, trad): `低轨卫星导航增强系统4颗试验卫星成功发射`
    assert _read("低轨卫星导航增强系统4颗试验卫星成功发射") == [("4颗", 4, "颗", "=")]
