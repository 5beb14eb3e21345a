"""Figures the build used to miss although it found the document's place: the days a project's work took, the
investment of a project named after it in a list or before a word of what it did. Sentences are real pages' (dev or
fresh id in a comment)."""

from __future__ import annotations

from tests.ingest_helpers import records


def _found(text: str, date: str = "2020-07-16") -> dict[tuple[float, str], object]:
    return {(r.value, r.unit): r for r in records(text, date)}


def test_the_days_a_projects_work_took_are_records() -> None:
    # dev13 r238 辽阳 2020; dev16 r322 威远 2023; dev14 r277 廉江
    found = _found(
        "辽阳县仅用14天时间就成功完成浙江一百岁集团投资50亿元的东北亚轻工产业基地项目洽谈引进工作,"
        "用60天时间实现了项目一期主体厂房封顶。\n"
        "威远县化工园区成功获批省级化工园区,60天完成2251.5亩征地拆迁,78天完成67座电力塔(基)搬迁。\n"
        "廉江市其中浙商产业园项目、广东省湛江钢铁加工物流园区建设项目从落笔签约到落地动工用时96天。\n"
    )
    assert found[(14, "天")].indicator == "东北亚轻工产业基地项目洽谈引进用时"
    assert found[(60, "天")].indicator in ("项目一期主体厂房封顶用时", "征地拆迁用时")
    assert found[(78, "天")].indicator == "电力塔(基)搬迁用时"
    assert found[(96, "天")].indicator.endswith("从落笔签约到落地动工用时")
    assert found[(2251.5, "亩")].indicator == "征地拆迁面积"  # the work's extent stays its own record
    assert found[(50, "亿元")].subject == "东北亚轻工产业基地项目"


def test_an_epidemics_pace_in_days_is_no_record() -> None:
    # dev7 r109 平阳 2021; fresh15 f15_p06
    found = _found("平阳县仅用5天实现风险等级三连降、全省最快。\n“7·15”疫情仅用3天社会面清零。\n")
    assert (5, "天") not in found and (3, "天") not in found


def test_a_projects_investment_before_what_it_did_or_in_a_list_is_its_own() -> None:
    # fresh16 f16_p11 溧水; dev7 r122 云龙 2017 (trad); dev17 r341 宿豫 (trad)
    found = _found(
        "溧水区总投资135 亿元的欣旺达项目当年签约、当年开工、当年竣工。\n"
        "云龙县总投资5.97亿元的勒子箐和铁扇门水库累计完成投资3.55亿元。\n"
        "宿豫区,看了总投资150亿元的翔盛高新材料、总投资100亿元的苏钢中亚特钢、总投资26亿元的秀强光伏科技园。\n"
    )
    assert found[(135, "亿元")].subject == "欣旺达项目"
    assert found[(5.97, "亿元")].subject == "勒子箐和铁扇门水库"
    assert found[(150, "亿元")].subject == "翔盛高新材料"
    assert found[(100, "亿元")].subject == "苏钢中亚特钢"
    assert found[(26, "亿元")].subject == "秀强光伏科技园"


def test_a_rank_without_a_name_takes_the_ranking_its_sentence_named() -> None:
    # fresh13 f13_p05 吴起 2011; dev17 r337 樟树 2022 (a page's broken line); dev14 r279 长武 2012 (trad)
    found = _found(
        "吴起县揭晓第十一届中国西部百强县(市)名单,吴起县榜上有名,连续六届蝉翼这一荣誉,位居第12位。\n"
        "樟树市自 2016 年起,连续五年跻身全国县域经济与县 域综合发展百强县,2020 年上升到第 69 位。\n"
        "“2006年,长武县在陕西省县域经济综合排名中处于中下游位置——第65位。\n",
        "2012-07-16",
    )
    assert found[(12, "名次")].indicator == "中国西部百强县排名"
    assert found[(69, "名次")].indicator == "全国县域经济与县域综合发展百强县排名"
    assert found[(65, "名次")].indicator == "陕西省县域经济综合排名"


def test_a_rank_without_its_ordinal_after_a_ranked_one_or_where_a_rank_moved_to() -> None:
    # fresh13 f13_p10 新郑 2013; dev14 r279 长武 2012 (trad)
    found = _found(
        "新郑市全国中小城市综合实力百强县(市)和县域经济基本竞争力百强县(市)排名分别升至第49位和61位。\n"
        "长武县不断提升综合实力,在全省县域经济综合排名中,由2006年的65位跃升至2010年的30位。\n",
        "2012-07-16",
    )
    assert (49, "名次") in found and (61, "名次") in found
    assert found[(30, "名次")].indicator == "县域经济综合排名"
    assert (65, "名次") not in found  # where it moved from is the comparison base


def test_the_level_a_growth_rate_took_its_measure_past_is_a_record() -> None:
    # fresh13 f13_p17 大冶 2024; dev16 r317 平山 (a bulleted list)
    found = _found(
        "大冶市全年全域口径地区生产总值增长8%,首次突破900亿元大关。\n"
        "▶全县地区生产总值年均增长6.6%,2025年首次突破350亿元。\n",
        "2025-01-16",
    )
    assert found[(900, "亿元")].indicator == "全域口径地区生产总值"
    assert found[(900, "亿元")].cmp == ">"
    assert found[(350, "亿元")].indicator == "地区生产总值"


def test_the_items_of_a_list_of_changes_in_points_take_its_last_unit() -> None:
    # dev17 r347 白云 1-9月 (trad)
    found = _found(
        "白云区分行业看,种植业增长6.6%,畜牧业增长15.3%,渔业增长5.4%,分别比上半年提高0.5个、13.1个、8.1个百分点。\n"
    )
    assert {(0.5, "个百分点"), (13.1, "个百分点"), (8.1, "个百分点")} <= set(found)
    assert (0.5, "个") not in found


def test_counts_listed_in_their_own_unit_stay_counts() -> None:
    from bot.ingest.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("新增3个、5个项目")] == [(3, "个"), (5, "个")]


def test_the_year_a_change_went_on_to_is_no_year_to_reach() -> None:
    # fresh18 f18_p13 雷山 2009 (trad)
    found = _found(
        "据统计,2009年,雷山县茶叶总产量由2005年的63吨增加到2009年的214吨,增长3倍多。\n"
        "雷山县力争到2012年茶叶总产量达到500吨。\n",
        "2009-11-10",
    )
    assert found[(214, "吨")].kind == "actual"
    assert found[(3, "倍")].kind == "actual"
    assert found[(500, "吨")].kind == "target"


def test_an_amount_invested_to_complete_a_work_is_a_record() -> None:
    # fresh16 f16_p03 武清
    found = _found("武清区投资32.8亿元完成301个村污水处理设施建设。\n", "2018-11-10")
    assert (32.8, "亿元") in found
    assert (301, "个") in found


def test_things_handed_out_lamps_and_vaccine_doses_are_counted() -> None:
    # dev16 r315 温县 2023; fresh18 f18_p19 聊城高新区, f18_p04 屯溪
    found = _found(
        "温县发放爱心健康包6.4万余份。\n聊城高新区安装路灯2000余盏。\n屯溪区累计完成疫苗接种近40万针次。\n",
        "2022-11-10",
    )
    assert found[(6.4, "万份")].cmp == ">"
    assert found[(2000, "盏")].cmp == ">"
    assert found[(40, "万针次")].cmp == "<"


def test_a_month_that_lost_its_character_is_no_count() -> None:
    from bot.ingest.numbers import find_quantities

    assert find_quantities("2013年10份完成厂房基建") == []  # dev17 r335 东辽 2013 (trad)


def test_output_per_worker_keeps_its_unit() -> None:
    # dev17 r337 樟树 2022
    found = _found(
        "樟树市全员劳动生产率从 2015 年的 8.22 万元/人增长到 2020 年的11.77 万元/人。\n", "2022-03-01"
    )
    assert (8.22, "万元/人") in found and (11.77, "万元/人") in found


def test_turnover_and_full_time_years_keep_their_units() -> None:
    from bot.ingest.numbers import find_quantities

    def units(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.unit) for q in find_quantities(text)]

    assert units("全区航空客货运周转量141.74亿吨公里") == [(141.74, "亿吨公里")]  # dev17 r347 白云 (trad)
    assert units("每万名就业人员中研发人员达到209人年以上") == [(209, "人年")]  # fresh18 f18_p17 洞头
    assert units("完成1000人年度培训") == [(1000, "人")]  # people, then the year's training


def test_the_countrys_counties_are_the_field_of_a_ranking() -> None:
    # fresh18 f18_p05 罗源 2023, f18_p14 正定 2018
    found = _found(
        "罗源县,赛迪顾问对全国1866个县域进行了总体评价。\n正定县在全国近2000个县域经济单元中遴选出400强样本县(市)。\n",
        "2023-01-01",
    )
    assert (1866, "个") not in found and (2000, "个") not in found


def test_a_level_held_after_a_growth_rate_and_where_a_level_broke_out_from() -> None:
    # dev16 r317 平山 (五年 review); dev15 r295 寻乌 (interview)
    found = _found(
        "▶一般公共预算收入年均增长3.9%,保持在25亿元以上。\n"
        "寻乌县规上工业企业由2021年的56家增至117家、总营收由53亿元突破140亿元。\n",
        "2025-01-01",
    )
    assert found[(25, "亿元")].indicator == "一般公共预算收入"
    assert found[(25, "亿元")].cmp == ">="
    assert found[(53, "亿元")].indicator == "总营收"
    assert found[(140, "亿元")].cmp == ">"


def test_a_rate_held_at_a_level_that_lost_its_percent_sign() -> None:
    from bot.ingest.numbers import find_quantities

    # dev17 r352 平罗 2022
    found = [(q.value, q.unit, q.cmp) for q in find_quantities("工业用水重复利用率保持在95以上")]
    assert found == [(95, "%", ">=")]
    assert [(q.value, q.unit) for q in find_quantities("员工保持在95人以上")] == [(95, "人")]
