"""Names, subjects and spurious records: rules found on the dev11 split.
Each test quotes the real text; the document's dev id is in a comment."""

from __future__ import annotations

from bot.vocabulary import canonical_of
from tests.ingest_helpers import records

# --- a list of rates may mix % and ‰ ---------------------------------------------------------------------------------


def test_a_list_of_rates_in_percent_and_per_mille_splits_into_its_items() -> None:
    # dev11 r212 镇安 2015 work report: the three targets of one `分别` list, the last in ‰
    found = records(
        "城镇登记失业率、居民价格消费指数和人口自增率分别控制在4.2%、3%、2.5‰以内,万元GDP能耗下降3.5%。",
        date="2015-02-01",
        places=("镇安县",),
    )
    assert [(r.indicator, r.value, r.unit, r.cmp) for r in found if r.unit != "%" or r.value > 0][:3] == [
        ("城镇登记失业率", 4.2, "%", "<="),
        ("居民价格消费指数", 3, "%", "<="),
        ("人口自增率", 2.5, "‰", "<="),
    ]


# --- canonical names of older wordings -------------------------------------------------------------------------------


def test_goods_trade_and_the_older_budget_revenue_take_their_canonical_names() -> None:
    # dev11 r202 乐东 2024: `货物进出口额3241万元,同比增长45.9%`
    assert canonical_of("货物进出口额", "万元") == "进出口总额"
    assert canonical_of("货物进出口额增速", "%") == "进出口总额增速"
    # dev11 r206 长春高新区 2014: `全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元`
    assert canonical_of("一般预算财政收入", "亿元") == "一般公共预算收入"


# --- numbers that are no figure ---------------------------------------------------------------------------------------


def test_a_plenary_sessions_number_is_a_name() -> None:
    # dev11 r200 滨海新区 2012 work report
    found = records(
        "一年来,我们全面落实市委九届九次、十次全会和区委一届五次、六次全会部署,地区生产总值增长23.5%。",
        date="2012-01-10",
        places=("滨海新区",),
    )
    assert [(r.value, r.unit) for r in found] == [(23.5, "%")]


def test_where_a_rank_or_a_rate_moved_from_is_no_figure() -> None:
    # dev11 r206 长春高新区 2014: only the ranks reached are records, the first named by its ranking, as gold has it
    found = records(
        "在国家高新区评价指标体系综合排名中,长春高新区由2008年的第20位上升到第16位,可持续发展能力由24位上升到第4位,"
        "已经进入全国先进国家高新区的前列。",
        date="2014-01-20",
        places=("长春高新技术产业开发区",),
    )
    assert [(r.indicator, r.value) for r in found] == [
        ("国家高新区评价指标体系综合排名", 16),
        ("可持续发展能力排名", 4),
    ]
    # shaoxing.021cf.cn 绍兴 2021 (a fresh page): the rank of the year before, said `上年`
    found = records(
        "其中:袍江经济技术开发区排名由上年第73位上升至第36位。", date="2021-02-01", places=("绍兴市",)
    )
    assert [(r.indicator, r.value) for r in found] == [("排名", 36)]
    # r122 云龙 2017 (traditional): the rate it rose from
    found = records("農網改造升級率由94.18%提高至96.53%。", date="2017-01-10", places=("云龙县",))
    assert [(r.indicator, r.value) for r in found] == [("农网改造升级率", 96.53)]


def test_the_share_of_each_in_an_aside_is_no_figure_and_hides_no_name() -> None:
    # dev11 r213 江宁 2024 (traditional): ten meal points, one per street
    found = records(
        "其中包括:新增10個(每個街道1個)老年人助餐點建設、實現安置房建設100萬平方米。",
        date="2024-03-01",
        places=("江宁区",),
    )
    assert [(r.indicator, r.value) for r in found] == [("新增老年人助餐点建设", 10), ("安置房建设", 100)]


# --- a prefecture's round-up of its counties ---------------------------------------------------------------------


def test_a_prefectures_county_round_up_gives_the_citys_figures_to_its_county_domain() -> None:
    # dev11 r189 沈阳 2023 (沈阳市统计局): the city's figures are its county domain's; a county's are its own
    text = (
        "前三季度沈阳市县域经济运行情况\n时间:2023年11月09日来源:沈阳市统计局\n\n"
        "前三季度,全市县域地区实现农林牧渔业总产值219.4亿元,可比增长4.5%。"
        "其中,猪肉产量12.5万吨,增长44.5%。\n\n新民市实现地区生产总值211.8亿元,增长6.0%。"
    )
    found = records(text, places=("沈阳市",))
    of_domain = [(r.indicator, r.value, r.canonical) for r in found if r.subject == "沈阳市县域地区"]
    assert of_domain == [
        ("农林牧渔业总产值", 219.4, "农林牧渔业总产值"),
        ("农林牧渔业总产值增速", 4.5, "农林牧渔业总产值增速"),
        ("猪肉产量", 12.5, ""),
        ("猪肉产量增速", 44.5, ""),
    ]
    assert {r.region for r in found if r.value in (211.8, 6.0)} == {"新民市"}
    assert all(not r.subject for r in found if r.value in (211.8, 6.0))


def test_a_countys_own_county_domain_is_no_subject() -> None:
    # r49 沙县 2014: `县域` in a county's text is the county
    found = records("去年沙县县域经济综合实力继续保持在全省第11位,地区生产总值增长12%。", date="2014-03-01")
    assert all(not r.subject for r in found)


# --- ranks: the scope before `排名`, and a rank by size named as the level's ----------------------------------------------------


def test_a_rank_in_a_scope_is_named_scope_first() -> None:
    # dev11 r205 兴县 2019 news
    found = records(
        "2018年,兴县地区生产总值完成98亿元,增长8.1%,总量排名全市第四;一般公共预算收入15.1亿元,增长13.6%,"
        "总量排名全市第三。",
        date="2019-01-20",
        places=("兴县",),
    )
    assert [(r.indicator, r.value, r.canonical) for r in found if r.unit == "名次"] == [
        ("地区生产总值总量全市排名", 4, "地区生产总值排名"),
        ("一般公共预算收入总量全市排名", 3, "一般公共预算收入排名"),
    ]


def test_a_rank_by_size_is_the_levels_rank() -> None:
    # r145 长沙县 2016 `经济总量稳居全省县域第一`; r56 中山火炬 2024 `地区生产总值总量全市排名` (tests/real/README.md,
    # twenty-first round)
    assert canonical_of("经济总量全省县域排名", "名次") == "地区生产总值排名"
    assert canonical_of("地区生产总值总量全市排名", "名次") == "地区生产总值排名"
    # (a rank of the level alone keeps its name: r47 固安 `一般公共预算收入全市排名`)
    assert canonical_of("一般公共预算收入全市排名", "名次") == "一般公共预算收入排名"


# --- names: a rate whose unit a scrape lost; rural income by its old name --------------------------------------------


def test_a_rate_whose_unit_was_lost_is_no_part_of_the_next_name() -> None:
    # dev11 r189 沈阳 2023: `下降6.5` lost its `%,` before the next product
    found = records(
        "其中,牛肉产量5.3万吨,下降6.5羊肉产量0.7万吨,下降4.7%;禽肉产量6.6万吨。", places=("沈阳市",)
    )
    assert [(r.indicator, r.value) for r in found][1:3] == [("羊肉产量", 0.7), ("羊肉产量增速", -4.7)]


def test_a_bare_net_income_per_head_is_the_farmers() -> None:
    # dev11 r207 左贡 2006 interview: `人均纯收入943元,同比增长7%` (only rural incomes were counted `纯收入`)
    assert canonical_of("人均纯收入", "元") == "农民人均纯收入"
    assert canonical_of("人均纯收入增速", "%") == "农民人均纯收入增速"
