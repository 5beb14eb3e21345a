"""Periods from fresh real pages (round period7): a structure recast from the year before's is no frame of the
shifts that follow it, and a title hailing the year before's results dates the figures under it."""

from __future__ import annotations

from bot.ingest.time import period_of
from tests.ingest_helpers import one, records

# wj598.cn 平江县 2020 statistics communique (traditional script): `由去年的…调整为…` names the structure the year's
# shifts start from; the shifts (`分别上升2.7个和0.7个百分点`, `下降3.4个百分点`) are 2020's, like the rest.
_PINGJIANG = """2020年是極不平凡的一年,平江縣委、縣政府推動經濟社會全局發展。
一、綜合
全年完成地區生產總值330.79億元,同比增長5%。三產業比由去年的15.4:39.3:45.3調整為18.1:35.9:46,其中第一產業和第三產業分別上升2.7個和0.7個百分點,第二產業下降3.4個百分點。
"""


def test_shifts_after_a_structure_recast_from_last_year_are_the_years_own():
    found = records(_PINGJIANG, places=("平江县",))  # (dated by its opening year, as the page is)
    assert one(found, 330.79).period == "2020"
    assert one(found, 2.7).period == "2020"
    assert one(found, -3.4).period == "2020"


def test_the_start_of_a_recast_is_a_comparison_base():
    assert period_of("三次产业结构由上年的17:28.7:54.3调整为15:30.8:54.2", 2021, 2021) is None
    assert period_of("从2019年的45亿元提高到60亿元", 2021, 2021) is None
    # the start level alone keeps the year the text gives it
    assert period_of("从2019年的", 2021, 2021) == "2019"


# dghzdr.com 麻江县, a news story dated 2012/1/12 under the title `麻江縣2011年招商引資創佳績`: its `全年…` figures are
# 2011's, the year the title hails, not the year the story was posted in.
_MAJIANG = """麻江縣2011年招商引資創佳績
- 時間:2012/1/12 8:43:12 來源:黔東南州人民政府網
據黔東南州人民政府網 2011年初以來,麻江縣采取切實有力措施,進一步加大招商引資力度。
據統計,全年共開展招商推介活動182次,接待客商570余人次,累計接洽項目146個;新簽約項目39個,協議資金約202.8598億元。新建開工項目34個,開工率為88%。
"""


def test_a_title_hailing_last_years_results_dates_the_figures_under_it():
    found = records(_MAJIANG, places=("麻江县",))
    assert {one(found, v).period for v in (182, 146, 39, 202.8598, 34, 88)} == {"2011"}


def test_a_title_hailing_the_current_years_results_changes_nothing():
    text = _MAJIANG.replace("2012/1/12", "2011/12/12")
    found = records(text, places=("麻江县",))
    assert one(found, 39).period == "2011"


# gongwensou.com 石峰区 2016 government work report, `十二五和2015年工作回顾`: under `这五年,…` both multiples of 2010's
# level told with an average growth are over 2011-2015, the second (no year of its own in its sentence) as the first.
_SHIFENG = """政 府 工 作 报 告
2016年1月21日在石峰区第四届人民代表大会第五次会议上
一、十二五和2015年工作回顾
这五年,是转型升级全面加快、综合实力大幅提升的五年。初步统计,2015年完成地区生产总值330.2亿元,是2010年的1.5倍,年均增长9.1%;实现一般公共预算收入18.7亿元,是2010年的2.6倍,年均增长20.6%。
"""


def test_a_multiple_in_a_five_year_passage_is_the_last_years_its_growth_the_spans():
    found = records(_SHIFENG, places=("石峰区",))
    # (a multiple of a base year is the compared level's year: calls of the sixteenth round)
    assert one(found, 1.5).period == "2015"
    assert one(found, 2.6).period == "2015"
    assert one(found, 20.6).period == "2011-2015"
    assert one(found, 18.7).period == "2015"


# ynnh.gov.cn 南华县, a 1-2月 bulletin of 2025 (dated by its manifest, as its page is): a paragraph opening with the
# year so far (`年初以来`) that names the year before further on (`摆脱了上年持续负增长态势`) is of the year so far; its
# `1-2月` is 2025's, as the other paragraphs' are.
_NANHUA = """1-2月份,全县上下认真贯彻落实中央和省州经济工作会议精神,全县经济运行实现良好开局。
一、采矿业与制造业并驾齐驱,工业经济基本盘持续夯实
1-2月,全县规模以上工业增加值同比增长8.2%。
二、固定资产投资扭转颓式,增速由负转正
年初以来,随着一大批招商引资项目集中落地和开工建设,全县固定资产投资增长势头迅猛,摆脱了上年持续负增长态势,增速由负转正实现了快速增长,为全县经济增长注入了新动能。1-2月,全县固定资产投资(不含农户)同比增长14.9%。从行业投资看,1-2月工业投资同比增长118.3%,实现了较快增长。
"""


def test_the_year_so_far_opening_a_paragraph_is_not_the_year_before_it_names():
    found = records(_NANHUA, date="2025-03-25", places=("南华县",))
    assert {one(found, v).period for v in (8.2, 14.9, 118.3)} == {"2025-01~2025-02"}
    assert period_of("年初以来", 2025, 2025) == "2025"
    assert period_of("2011年初以来,麻江县采取切实有力措施", 2012, 2012) == "2011"
