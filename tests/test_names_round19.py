"""Names and spurious records, round 19: rules found on real pages swept fresh and on the dev splits.
Each test quotes the real text; the page's address (or dev id) is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# --- a counted group named again before its investment or a word on it ---------------------------------------------


def test_a_signed_group_named_again_before_a_word_on_it_is_not_counted_twice() -> None:
    # houyingdance.com/gd/2021/1101/14543.html (元氏县 2021, traditional): the 8 projects are counted once
    found = records(
        "日前,石家莊市元氏縣2021年第二次項目集中簽約儀式在元氏縣政府舉行。此次簽約的8個項目包括大寺峪(石家莊·奇妙谷)"
        "項目、誠實汽車貿易產業園項目等,涉及精細化工、現代旅游等產業領域,總投資約110億元。\n"
        "今年以來,元氏縣持續推動招商引資,截至目前,共簽約項目21個,協議引資122.36億元。此次簽約的8個項目投資體量大、"
        "發展前景優、經濟效益好,對于進一步推動元氏縣產業升級具有重要意義。",
        date="2021-11-01",
        places=("元氏县",),
    )
    assert [r.value for r in found if r.unit == "个"] == [8, 21]
    assert one(found, 110).unit == "亿元"


def test_a_group_counted_before_and_named_again_before_its_total_investment_keeps_the_total_only() -> None:
    # dev7 r113 禹城 2021: `10个项目集中签约` is stated first; `集中签约的10个项目总投资42.95亿元` names them again
    found = records(
        "总投资约43亿元的10个项目集中签约。\n"
        "禹城市已招引项目27个,总投资83.72亿元。集中签约的10个项目总投资42.95亿元,均为高新技术项目。",
        date="2021-06-01",
        places=("禹城市",),
    )
    assert [r.value for r in found if r.value == 10] == [10]
    assert one(found, 42.95).unit == "亿元"


def test_a_first_count_of_a_group_before_its_investment_stays_a_record() -> None:
    # zshjjh.com/show/43_676109_1.html (天门 2023, traditional): no count of these projects before, so both stay
    found = records(
        "集中開工的19個項目總投資86.53億元,包括沿江高鐵天門段、西河治理等基礎設施項目。",
        date="2023-03-01",
        places=("天门市",),
    )
    assert one(found, 19).unit == "个"
    assert one(found, 86.53).unit == "亿元"


# --- growth in times ------------------------------------------------------------------------------------------------


def test_growth_in_times_is_named_like_growth() -> None:
    # dev8 r130 博乐 1-9月 and dev4 r31 贞丰 2010 name `增长3.94倍` `固定资产投资增长`, not `…增长倍数`
    found = records(
        "1-9月,全市固定资产投资同比增长3.94倍。其中,民间投资同比增长2.39倍。",
        date="2021-10-20",
        places=("博乐市",),
    )
    assert one(found, 3.94).indicator == "固定资产投资增长"
    assert one(found, 2.39).indicator == "民间投资增长"
    assert one(found, 3.94).canonical == ""


# --- county profiles: the place's people and divisions, and page furniture ------------------------------------------


def test_a_profiles_resident_people_and_ethnic_township_are_no_records() -> None:
    # kuaida1.com/bk/392085.html (中方县 2022 profile): people and divisions are facts; the year's GDP is a record
    found = records(
        "中方县,隶属于湖南省怀化市,总面积1461平方公里。 2022年,中方县户籍总人口29.14万人,常住人口数23.64万人。\n"
        "中方1998年4月建县。中方县辖11个镇、1个民族乡,是鹤中洪芷城镇群的中心节点城市。\n"
        "2022年,中方县地区生产总值(GDP)133.97亿元,增长3.7%。",
        date="2022-12-31",
        places=("中方县",),
    )
    assert sorted(r.value for r in found) == [3.7, 133.97]


def test_villages_after_the_towns_a_county_governs_and_a_pages_view_count_are_no_records() -> None:
    # drbdp.com/4-7880246.html (漳县 profile): `共有141个行政村` goes on with `下辖…`; `09-15人气:23` is furniture;
    # the schools it has stay
    found = records(
        "漳县有多少人口\n\n时间:09-15人气:23作者:蹦叉叉\n\n"
        "漳县位于甘肃省定西市,根据最新数据,全县人口约为22万人。漳县下辖6个镇、8个乡,共有141个行政村。"
        "教育事业发展迅速,现有中小学120所,在校学生总数达3.5万人。",
        places=("漳县",),
    )
    assert sorted(r.value for r in found) == [3.5, 120]


def test_a_bulletins_people_change_and_households_are_no_records() -> None:
    # tjgb.hongheiku.com/xjtjgb/xj2020/41104.html (a county's 2022 bulletin): the people's change since the end of
    # last year and the registered households are facts; the urbanisation rate is a record (the excerpt names no
    # county: the test gives one)
    found = records(
        "2022年,全县经济稳中向好,社会大局保持稳定。\n一、综 合\n人口年末常住人口94.9万人,比上年末增加0.1万人,其中城镇人口41.4万人,乡村人口53.5万人。"
        "常住人口城镇化率43.6%,比上年末提高0.7个百分点。年末全县户籍总户数49.4万户,户籍总人口134.9万人。",
        date="2023-03-31",
        places=("绥江县",),
    )
    assert sorted(r.value for r in found) == [0.7, 43.6]


def test_a_county_area_named_for_the_county_is_a_fact_even_after_a_bare_figure() -> None:
    # dfrtw.com/shangbiaozhuce/70636.html (紹興縣 profile, traditional; `壹` for 一 throughout) and dev7 r111 吉安 2017
    # (`县域面积2117平方公里`): the county's area and its place among peers are no records
    found = records(
        "紹興縣地處長江三角洲南翼,東接寧波,西鄰杭州,下轄4個街道、15個鎮,人口71萬縣域面積1130平方公裏。"
        "紹興縣是全國首批24個歷史文化名城之壹。",
        places=("绍兴县",),
    )
    assert found == []
    found = records(
        "吉安县古称庐陵,地处江西省中部,县域面积2117平方公里,现辖13镇6乡、307个行政村、22个社区。",
        date="2017-03-07",
        places=("吉安县",),
    )
    assert found == []


def test_the_days_a_step_took_after_a_start_are_no_record() -> None:
    # cdtywh.com/newsDe25_1754.htm (献县 2021): how fast approval went; the projects started are records
    found = records(
        "2020年以来,我县不断拓宽招商渠道,24个在建重点工业项目全面加快建设进度,创造了项目摘牌后11天完成全部审批手续"
        "新纪录。今天集中开工的40个重点项目,总投资64.9亿元。",
        date="2021-03-20",
        places=("献县",),
    )
    assert sorted(r.value for r in found) == [24, 40, 64.9]
