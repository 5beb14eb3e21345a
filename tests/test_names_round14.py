"""Names, figures and facts that are not records, round 14: rules found on freshly swept real pages and on dev8.
Each test quotes the real sentence; the page's address is in a comment."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import one, records


def _names(found) -> dict[float, str]:
    return {r.value: r.indicator for r in found}


# --- a `分别` list after two levels, split into clauses -------------------------------------------------------------


def test_rates_after_a_two_item_level_list_are_its_items_not_an_earlier_level():
    # aweekendwiththeauthors.com 巫溪 2022 (county profile): the rates follow the two incomes, not 经济总量
    text = (
        "2020年,全縣經濟總量達110.2億元、同比增長2.7%,城鎮、農村常住居民人均可支配收入28357元、11123元,"
        "同比分別增長5.2%、8.2%。"
    )
    found = records(text, places=("巫溪县",))
    assert one(found, 5.2).indicator == "城镇常住居民人均可支配收入增速"
    assert one(found, 8.2).indicator == "农村常住居民人均可支配收入增速"
    assert one(found, 5.2).canonical == "城镇居民人均可支配收入增速"
    assert one(found, 2.7).indicator == "经济总量增速"


def test_rates_after_distinct_levels_still_follow_them_in_order():
    # szb.xnnews.com.cn 崇阳 2019 (the earlier rule stays)
    text = "全县国内生产总值达到127.41亿元,人均生产总值达到31228元,分别比2012年增长65%、59.8%。"
    found = records(text, places=("崇阳县",))
    assert one(found, 65).indicator.startswith("国内生产总值")
    assert one(found, 59.8).indicator.startswith("人均生产总值")


# --- blanks grouping thousands in a bulletin that sets figures off by blanks ------------------------------------------


def test_blanks_around_a_grouped_figure_keep_it_whole_and_out_of_the_name():
    # a bulletin typeset with blanks around every figure (`地区生产总值 1 234.5 亿元`, `粮食产量 12 345 吨`)
    (q,) = find_quantities("全县完成地区生产总值 1 234.5 亿元")
    assert (q.value, q.unit) == (1234.5, "亿元")
    found = records(
        "2022年,全县完成地区生产总值 1 234.5 亿元,增长 5%。粮食产量 12 345 吨。", places=("正镶白旗",)
    )
    assert _names(found) == {1234.5: "地区生产总值", 5: "地区生产总值增速", 12345: "粮食产量"}


def test_a_cell_before_a_grouped_figure_with_its_unit_attached_stays_apart():
    assert [q.value for q in find_quantities("项目 12 150亿元")] == [150]


# --- a template's blank year opens no name ----------------------------------------------------------------------------


def test_a_blank_year_of_a_template_is_no_part_of_a_name():
    # 范文 pages print their year as `20**年` / `20xx年` (r01's `20XX年` is the same)
    found = records(
        "20**年全县实现地区生产总值45.6亿元,同比增长8%。20xx年全镇完成财政收入3200万元。", places=("上杭县",)
    )
    assert _names(found) == {45.6: "地区生产总值", 8: "地区生产总值增速", 3200: "财政收入"}
    found = records("20XX年底全县规模以上工业企业达到45家。", places=("上杭县",))
    assert one(found, 45).indicator == "规模以上工业企业"


# --- a page that lost its commas: a figure glued to the next clause ---------------------------------------------------


def test_a_figure_glued_to_the_next_clause_ends_its_phrase():
    # nmgqq.com.cn 乌海 yearbook 2022 (`【概况】`): commas lost between the sectors and between the budget figures
    text = (
        "2021年全市实现地区生产总值718.66亿元,按可比价格计算,比上年增长5.1%。其中,第一产业增加值6.55亿元增长4.8%"
        "第二产业增加值510.94亿元,增长5.1%第三产业增加值201.17亿元增长5.2%。"
        "全年全市一般公共预算收入63.33亿元比上年增长17.2%一般公共预算支出113.33亿元,比上年下降0.1%。"
    )
    names = {(r.value, r.unit): r.indicator for r in records(text, places=("乌海市",))}
    assert names[(6.55, "亿元")] == "第一产业增加值"
    assert names[(4.8, "%")] == "第一产业增加值增速"
    assert names[(510.94, "亿元")] == "第二产业增加值"
    assert names[(201.17, "亿元")] == "第三产业增加值"
    assert names[(5.2, "%")] == "第三产业增加值增速"
    assert names[(17.2, "%")] == "一般公共预算收入增速"
    assert names[(113.33, "亿元")] == "一般公共预算支出"
    assert names[(-0.1, "%")] == "一般公共预算支出增速"


def test_a_bound_glued_to_what_it_qualifies_stays_a_qualifier():
    # a seed (高邮 2021) and r103 竹山 2024: `20亿元以上重大项目5个以上`, `千万元以上重点项目200个`
    found = records("高邮计划每年招引实施20亿元以上重大项目5个以上。", places=("高邮市",))
    assert [r.value for r in found] == [5]
    found = records("2022年农网改造升级率由94.18%提高至96.53%。", places=("云龙县",))
    # (the rate it rose from is no record: r122's gold keeps only 96.53; see tests/test_names2.py)
    assert {r.value for r in found} == {96.53}
    # tests/unseen u08 肥西 2021: from one level to the next, one indicator
    found = records(
        "地区生产总值由2016年的581.2亿元增加到2020年的960.6亿元,年均增长8.5%。", places=("肥西县",)
    )
    assert one(found, 960.6).indicator == "地区生产总值"


# --- a bulletin's resident population is what the place is, not a figure of its work ---------------------------------


def test_a_bulletins_resident_population_and_its_change_are_county_facts():
    # quyushuju.com 杭锦后旗 2021 bulletin; nmgqq.com.cn 乌海 yearbook 2022
    text = (
        "年末全旗常住人口为21.35万人,其中城镇人口11.31万人,占总人口的比重为52.99%。"
        "年末,全市常住总人口55.81万人,比上年增加0.13万人,其中,城镇人口53.51万人乡村人口2.30万人常住人口城镇化率95.88%。"
    )
    found = records(text, date="2022", places=("杭锦后旗",))
    assert {(r.value, r.unit) for r in found} == {(95.88, "%")}
    assert one(found, 95.88).indicator == "常住人口城镇化率"


def test_a_planned_population_is_still_a_target():
    found = records("到2025年,全县常住人口达到50万人,城镇化率达到60%。", places=("上杭县",))
    assert {r.value for r in found} == {50, 60}


# --- dev8's remaining misses and spurious figures -----------------------------------------------------------------------


def test_a_life_expectancy_in_years_is_a_record():
    # r147 同安 2025 (dev8): `人均预期寿命85岁`; an age bound stays a qualifier
    found = records("到2030年,人均预期寿命85岁。全县共有80岁以上老人3200人。", places=("同安区",))
    assert (one(found, 85).unit, one(found, 85).indicator) == ("岁", "人均预期寿命")
    assert {r.value for r in found} == {85, 3200}


def test_guo_before_a_level_means_above_it():
    # r134 武宣 2022 (dev8): `我们提出2022年武宣要力争实现工业园区过百亿`
    found = records("我们提出2022年武宣要力争实现工业园区过百亿。", places=("武宣县",))
    assert (one(found, 100).cmp, one(found, 100).indicator) == (">", "工业园区")
    assert one(records("全年审议通过3项议案。", places=("武宣县",)), 3).cmp == "="


def test_the_batches_projects_come_in_are_no_figure():
    # r129 中宁 2026 (dev8): `全方位保障三批次135个重点项目建设`
    found = records("全方位保障三批次135个重点项目建设。", date="2026", places=("中宁县",))
    assert [r.value for r in found] == [135]


def test_the_people_at_a_signing_ceremony_are_no_figure():
    # r132 舟曲 (dev8)
    text = "签约客商代表、新媒体记者及参与展销的企业负责人共100余人现场参加签约仪式。"
    assert records(text, places=("舟曲县",)) == []


def test_a_figure_in_the_clause_an_excerpt_stops_inside_is_not_read():
    # r148 长宁 2024, r146 东城 2025 (dev8): the excerpt ends `帮助260名长期失业青年实现就`, `打造53处外交`
    found = records("2024年,新增就业岗位5.5万个,帮助260名长期失业青年实现就", places=("长宁区",))
    assert [r.value for r in found] == [5.5]
    found = records("2024年,新增就业岗位5.5万个,帮助260名长期失业青年实现就业。", places=("长宁区",))
    assert {r.value for r in found} == {5.5, 260}


# --- statistical bulletins (cycle 1 of this round's sweep) -------------------------------------------------------------


def test_a_footnote_mark_is_no_part_of_a_name():
    # ilynn.cn 长顺 2016 bulletin (trad): `全年地區生產總值(GDP)[2]完成529757萬元`
    found = records("2016年,全年地區生產總值(GDP)[2]完成529757萬元,比上年增長13.1%。", places=("长顺县",))
    assert one(found, 529757).indicator == "地区生产总值"
    assert one(found, 529757).canonical == "地区生产总值"
    assert one(found, 13.1).indicator == "地区生产总值增速"


def test_a_rate_after_a_change_against_last_year_is_the_levels():
    # ilynn.cn 长顺 2016 bulletin: `全年人均地區生產總值達28322元,比去年新增3637元,增長12.7%`
    found = records("2016年,全年人均地區生產總值達28322元,比去年新增3637元,增長12.7%。", places=("长顺县",))
    assert one(found, 12.7).indicator == "人均地区生产总值增速"
    assert one(found, 12.7).canonical == "人均地区生产总值增速"


def test_signs_bound_a_figure():
    # rdcwh.dongtou.gov.cn 洞头 2016: `城镇登记失业率≤4%`
    found = records("2015年,城镇登记失业率≤4%;人口自然增长率控制在6‰以内。", places=("洞头区",))
    assert (one(found, 4).indicator, one(found, 4).cmp) == ("城镇登记失业率", "<=")
    found = records("2024年目标:森林覆盖率≥60%。", places=("洞头区",))
    assert one(found, 60).cmp == ">="


def test_a_change_in_per_mille_points_is_the_rates():
    # cq66666.cn 宿松 2015 bulletin (trad)
    text = "全年人口出生率22.11‰,比上年上升4.04個千分點;死亡率4.08‰,下降3.06個千分點;自然增長率18.04‰,上升7.11個千分點。"
    names = {r.value: r.indicator for r in records(text, date="2015", places=("宿松县",))}
    assert names[-3.06] == "死亡率下降"
    assert names[7.11] == "自然增长率上升"


def test_a_figure_converted_to_another_currency_keeps_its_name():
    # cq66666.cn 宿松 2015 bulletin: `人均GDP17861元(折合2805美元)`; yhsz.yuhuan.gov.cn 玉环 2019: `约合20533美元`
    found = records("2015年,人均GDP17861元(折合2805美元),比上年增加908元。", places=("宿松县",))
    assert one(found, 2805).indicator == "人均GDP"
    found = records("2019年,按平均汇率折算,人均生产总值约合20533美元。", places=("玉环市",))
    assert one(found, 20533).indicator == "人均生产总值"


def test_a_table_rows_mark_and_footnote_are_no_part_of_its_name():
    # cq66666.cn 宿松 2015 bulletin: `其中:第一產業[3] | 37.2 | 4.3 |`
    text = (
        "2015年全縣生產總值及增長速度\n單位:億元\n指 標 | 絕對數 | 比上年增長(%) |\n地區生產總值 | 153.1 | 8.1 |\n"
        "其中:第一產業[3] | 37.2 | 4.3 |\n第二產業 | 64.4 | 7.5 |\n"
    )
    names = {r.value: r.indicator for r in records(text, date="2015", places=("宿松县",))}
    # (an industry's row under the product's row is its value added, as dev19 r387's table is labelled)
    assert names[4.3] == "第一产业增加值增速"


def test_funds_named_after_their_amount_are_the_name():
    # chaxiaohao.com 将乐 2025: `团将乐县委通过整合2300万元财政补助资金`; a seed: `加快发放1.3亿元区级工信奖补资金`
    found = records("2025年,将乐县委通过整合2300万元财政补助资金,重点推进示范村建设。", places=("将乐县",))
    assert one(found, 2300).indicator == "整合财政补助资金"
    found = records("2021年每年设立不低于1亿元的工业技改奖补资金。", places=("江都区",))
    assert one(found, 1).indicator == "设立工业技改奖补资金"


def test_a_date_an_example_word_and_a_pronoun_open_no_name():
    # chaxiaohao.com 将乐 2025
    text = (
        "截至2025年3月资金支出率达52.77%。例如金森公司主导的碳汇项目收储天然林22.2万亩。"
        "其农林牧渔业总产值增速达4.5%,高于全省平均水平。"
    )
    names = {r.value: r.indicator for r in records(text, date="2025", places=("将乐县",))}
    assert names[52.77] == "资金支出率"
    assert not names[22.2].startswith("例如")
    assert names[4.5] == "农林牧渔业总产值增速"


# --- yearbooks and banner bulletins (cycle 2) ---------------------------------------------------------------------------


def test_a_bracketed_heading_and_an_asides_bracket_open_no_name():
    # nmgqq.com.cn 正镶白旗 yearbook 2008: `【农业】农作物总播面积18.9万亩`; baidushanxi.net 西乌旗: `(其中工业增加值6.65亿元)`
    found = records("2007年,【农业】农作物总播面积18.9万亩,减少2.1%。", places=("正镶白旗",))
    assert one(found, 18.9).indicator == "农作物总播面积"
    found = records(
        "2006年地区生产总值达到19亿元。其中第一产业增加值4.11亿元,第二产业增加值10.9亿元(其中工业增加值6.65亿元)。",
        places=("西乌珠穆沁旗",),
    )
    assert one(found, 6.65).indicator == "工业增加值"


def test_a_part_in_an_aside_does_not_become_the_group_of_the_total_after_it():
    # r45 陆丰 2022 (dev2): the total invested is the 51 projects', not the 7 in the aside's
    found = records("2021年,全年引進項目51個(其中超10億項目7個),總投資額193.77億元。", places=("陆丰市",))
    assert one(found, 193.77).indicator == "引进项目总投资额"
    assert one(found, 7).indicator == "超10亿项目"


def test_weather_and_reserves_are_what_the_place_is():
    # tjgb.hongheiku.com (a banner's 2022 bulletin); baidushanxi.net 西乌旗: `白音华煤田初步探明储量达141亿吨`
    text = (
        "全年平均相对湿度47%,平均风速3.3m/s。其中白音华煤田初步探明储量达141亿吨。全年新增探明储量2000万吨。"
    )
    found = records(text, date="2022", places=("西乌珠穆沁旗",))
    assert {r.value for r in found} == {2000}


def test_kilowatt_hours_written_out_are_one_unit():
    found = records("2022年,全旗发电量91.5亿千瓦小时,下降21.6%。", places=("西乌珠穆沁旗",))
    assert one(found, 91.5).unit == "亿千瓦小时"


def test_what_a_counted_group_of_projects_invests_is_the_groups():
    # dstuf.com 南江 2017 (trad): `9個基礎設施項目 投資44.3億元`; r09 郏县 2024 (dev3): `培育5g重点项目13个,计划投资1.2亿元`
    found = records("2017年此次集中開工的項目包括:\n9個基礎設施項目 投資44.3億元\n", places=("南江县",))
    assert one(found, 44.3).indicator == "基础设施项目投资"
    found = records("2023年,培育5g重点项目13个,计划投资1.2亿元,全市第一。", places=("郏县",))
    assert one(found, 1.2).indicator == "5g重点项目计划投资"


def test_rates_joined_in_a_list_follow_the_levels_without_fen_bie():
    # hndydb.com 时庄 2015 (trad)
    text = "1-3月份,完成規模以上固定資產投入10.6億元,外貿出口2354萬美元,同比增長36 %、23%。"
    names = {r.value: r.indicator for r in records(text, date="2015-04-07", places=("泗阳县",))}
    assert names[36] == "规模以上固定资产投入增速"
    assert names[23] == "外贸出口增速"


def test_projects_being_talked_and_about_to_start_keep_their_names():
    # hndydb.com 时庄 2015 (trad): `在談項目11個`, `聖通汽車城、智能開關等9個項目即將開工建設`
    text = "目前,在談項目11個,聖通汽車城、智能開關等9個項目即將開工建設。"
    names = {r.value: r.indicator for r in records(text, date="2015", places=("泗阳县",))}
    assert names == {11: "在谈项目", 9: "项目"}


def test_a_basis_of_account_in_brackets_is_no_part_of_a_name():
    # ilynn.cn 2018 banner bulletin (trad): `地區生產總值比上年增長(按可比口徑計算)2.3%`
    found = records("2018年全旗地區生產總值比上年增長(按可比口徑計算)2.3%。", places=("正镶白旗",))
    assert one(found, 2.3).indicator == "地区生产总值增速"


# --- zone texts (cycle 3) -------------------------------------------------------------------------------------------------


def test_a_rate_after_progress_against_the_budget_is_the_revenues():
    # haloquote.com 安康高新区 2015 Q1
    found = records("一季度,財政收入完成預算的22.6%,同比下降1.1%。", date="2015-03-12", places=("安康市",))
    assert one(found, -1.1).indicator == "财政收入增速"


def test_firms_signed_and_started_are_named_by_the_event():
    # haloquote.com 安康高新区 2015 Q1: `累计签约13户企业,落地投产1户企业`
    found = records(
        "一季度,三县共计征地1090亩,累计签约13户企业,落地投产1户企业。", date="2015", places=("安康市",)
    )
    assert one(found, 13).indicator == "签约企业"
    assert one(found, 1).indicator == "投产企业"


# --- county industry news (fresh set F1, judged first, then used for these rules) ---------------------------------------


def test_tobacco_in_dan_and_ship_visits_are_units():
    # enerteksolarenergy.com 洛南 2013 (trad): `全縣收購煙葉19.62萬擔`; business.sohu.com 抚远 2014: `進出境船舶5.2萬余艘次`
    found = records("2013年,全縣收購煙葉19.62萬擔(981萬公斤),實現產值2.19億元。", places=("洛南县",))
    assert (one(found, 19.62).unit, one(found, 19.62).indicator) == ("万担", "收购烟叶")
    found = records("到2012年底,已累计进出境船舶5.2万余艘次。", places=("抚远县",))
    assert (one(found, 5.2).unit, one(found, 5.2).indicator) == ("万艘次", "进出境船舶")
    assert records("由县担保公司提供担保3亿元。", date="2013", places=("洛南县",))[0].unit == "亿元"


def test_a_spread_to_a_level_and_a_hedge_are_no_part_of_the_name():
    # 3g.qdn.cn 黎平 2011: `茶园面积已经扩展到10.18万亩`; tobaccochina.com.cn 马关 2015: `交售收入预计能达到1.4亿元`
    found = records("2011年,黎平茶园面积已经扩展到10.18万亩。", places=("黎平县",))
    assert one(found, 10.18).indicator == "茶园面积"
    found = records("2015年,全县烤烟交售收入预计能达到1.4亿元。", places=("马关县",))
    assert one(found, 1.4).indicator == "烤烟交售收入"


def test_a_day_opens_no_name_and_a_distance_is_no_figure():
    # business.sohu.com 抚远 2014
    text = "2014年,9月21日过客量达到1221人次。该县管内的乌苏镇距离俄西伯利亚大铁路在远东地区最大编组站仅2.5公里。"
    found = records(text, places=("抚远县",))
    assert [(r.value, r.indicator) for r in found] == [(1221, "过客量")]


def test_last_years_level_before_a_change_is_last_year_s_and_no_part_of_the_name():
    # tobaccochina.com.cn 天柱 2013 (judged in the final fresh set, then this rule): `收购烟叶2.12万担,比上年1.46万担增收0.66万担`
    found = records(
        "2013年,该县完成烤烟种植面积1.46万亩,收购烟叶2.12万担,比上年1.46万担增收0.66万担。",
        places=("天柱县",),
    )
    # (last year's level is a record of that year, tests/real/README.md dev26: not part of the change's name)
    assert {(r.value, r.unit) for r in found} == {(1.46, "万亩"), (2.12, "万担"), (1.46, "万担"), (0.66, "万担")}
    base = next(r for r in found if (r.value, r.unit) == (1.46, "万担"))
    assert (base.indicator, base.period) == ("收购烟叶", "2012")
    assert one(found, 0.66).indicator == "收购烟叶比上年增收"
