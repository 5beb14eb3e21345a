"""Target or achieved and the period: rules taken from freshly swept real pages (each test names its page)."""

from __future__ import annotations

from ingest_helpers import one, records, text_date

from bot.ingest.tense import ACTUAL, TARGET

# dali8.net/thread-69295-1-1.html (巍山 water works: a headline of 2015's outcome over a body telling it as `去年`)
_WEISHAN = (
    "巍山县水利化程度明显改善\n"
    "2015年,累计完成水利投资34750万元,改善灌溉面积3万亩\n"
    "去年,巍山县牢固树立“富民强县,必先兴水”的思想,不断加大资金投入力度,突出重点工程建设,全县计划完成水利建设投资"
    "33020万元,累计完成投资34750万元,新增灌溉面积0.88万亩,改善灌溉面积3万亩。\n"
    "锁水阁水库改扩建工程、甸中河水库、东山干渠工程扎实稳步实施。61件小(二)型水库除险加固工程已完工41件,正在实施20件。\n"
)


def test_a_named_years_outcome_the_body_calls_last_year_dates_the_text_after_it() -> None:
    assert text_date(_WEISHAN) == "2016"
    found = records(_WEISHAN, places=("巍山彝族回族自治县",))
    assert {r.period for r in found} == {"2015"}
    assert (one(found, 0.88).kind, one(found, 33020).kind) == (ACTUAL, TARGET)


def test_a_comparison_with_last_year_does_not_move_the_date() -> None:
    text = "2015年,全县累计完成水利投资34750万元,比去年,增长12%。"
    assert text_date(text) == "2015"


def test_a_task_then_how_many_of_it_are_finished() -> None:
    found = records(_WEISHAN, places=("巍山彝族回族自治县",))
    assert (one(found, 61).kind, one(found, 41).kind) == (TARGET, ACTUAL)


# news.sina.com.cn./o/2012-10-21/022125403508.shtml (沁水 2012-10: the year's works listed, then what they will do)
_QINSHUI = (
    "本报晋城10月20日讯(记者崔振海 通讯员刘长虹)今年以来,沁水县加快水利重点工程项目建设。截至目前,该县共完成总投资"
    "1424万元,建成截潜流工程2处。\n"
    "2012年,该县建设任务主要在龙港、郑庄两个乡镇实施,工程总投资2037万元,建设内容包括:新建截流工程3处,维修淤地坝工程2处,"
    "新打大口井5眼,机井2眼,新建蓄水池9座,新建小型泵站8处等。\n"
    "项目实施后,可发展灌溉面积2万亩,将有力地促进该县的农业调产和农民增收。\n"
)


def test_the_works_a_year_lists_to_build_are_to_come() -> None:
    found = records(_QINSHUI, date="2012-10-20", places=("沁水县",))
    for value in (3, 9, 8):
        assert one(found, value).kind == TARGET, value
    assert one(found, 1424).kind == ACTUAL


def test_what_a_project_can_do_once_carried_out_is_a_projection() -> None:
    found = records(_QINSHUI, date="2012-10-20", places=("沁水县",))
    (irrigated,) = [r for r in found if r.unit == "万亩"]
    assert irrigated.kind == TARGET


# m.digrank.cn/news/show.php?itemid=12507 (a county's 2014 farm summary, traditional script, no place or date line)
_GRAIN = (
    "2014年的農業農村工作,按照“強農業、惠農村、富農民”的發展要求,始終堅持把糧食生產作為民生工程來抓,全縣糧食平穩增長。"
    "2014年全縣完成糧豆作物播種面積76.8241萬畝,比上年增0.6336萬畝,增0.8%;預計實現糧豆總產18.2萬噸,比2013年的17.3459萬噸,"
    "增0.8541萬噸,增4.9%。完成秋收糧豆播種面積44.6567萬畝,比上年增0.0847萬畝,增0.2%,預計實現秋收糧豆總產量14.7309萬噸,"
    "比上年增0.6743萬噸,增4.8%,預計平均畝產330公斤,比上年增15公斤。"
)


def test_an_estimate_in_a_summary_of_the_year_it_names_is_an_outcome() -> None:
    assert text_date(_GRAIN) == "2014-12"
    found = records(_GRAIN, places=("巍山彝族回族自治县",))
    for value in (18.2, 0.8541, 4.9, 14.7309, 330):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2014"), value


def test_the_level_a_figure_is_compared_with_is_of_its_year() -> None:
    found = records(_GRAIN, places=("巍山彝族回族自治县",))
    assert (one(found, 17.3459).kind, one(found, 17.3459).period) == (ACTUAL, "2013")


def test_an_estimate_of_the_year_under_way_stays_a_forecast() -> None:
    # (a part of the year gone by: the text is of its months, not of its end)
    text = "2014年1-9月全县完成糧豆作物播種面積76.8萬畝;預計實現全年糧豆總產18.2萬噸。"
    assert text_date(text) == "2014"


# xiaolijiang.cn/Post/8d9fd1cf598b99a (龙南 2022 news, traditional script: a signing on a day, then that month's tally)
_LONGNAN = (
    "2月28日,龍南市舉行重大項目集中簽約儀式,現場簽約9個項目,總金額達165.12億元。據悉,該市當月共簽約項目12個,"
    "簽約總金額達171.32億元,其中20億元以上項目4個。\n"
    "2021年以來,龍南市堅持把每月28日固定為集中簽約日。2022年,龍南建立季度、月度經濟運行分析制度。\n"
)


def test_the_month_a_dated_piece_calls_its_own_is_that_month() -> None:
    found = records(_LONGNAN, places=("龙南市",))
    for value in (12, 171.32):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2022-02"), value


def test_every_month_is_no_month_of_its_own() -> None:
    found = records("3月5日,龙南市通报:2022年,该市每月共签约项目12个。", places=("龙南市",))
    assert one(found, 12).period == "2022"


def test_a_year_in_a_note_on_what_a_count_takes_in_is_no_period() -> None:
    # lyredcross.com/xy/zs/188000.html (思南 2012 1—4月 investment news, traditional script)
    text = "2012年1—4月,該縣新簽約項目32個,簽約資金40.116億元。其中,今年新開工項目26個(含2011年簽約項目),開工率為81.25%。"
    found = records(text, places=("思南县",))
    assert (one(found, 26).period, one(found, 81.25).period) == ("2012", "2012")


# static.nfapp.southcn.com/content/202110/25/c5871121.html (陆丰 2021 party congress news: a goal, then the gap to it)
_LUFENG = (
    "10月25日,中国共产党陆丰市第十四次代表大会开幕。\n"
    "过去5年,陆丰GDP从2016年的248.1亿元增加到2020年的360.1亿元,GDP年均增速高于全省平均水平,经济实力不断提升。\n"
    "第三步,在全国老区苏区中进入第一方阵,力争在第一方阵中领跑,到2025年地区生产总值(GDP)达到650亿元以上,"
    "努力跻身全国百强县。\n"
    "从360.1亿元到650亿元以上,需要翻1.8倍。\n"
)


def test_what_closing_the_gap_to_a_goal_takes_is_of_the_goals_year() -> None:
    found = records(_LUFENG, date="2021-10-25", places=("陆丰市",))
    assert (one(found, 1.8).kind, one(found, 1.8).period) == (TARGET, "2025")
    assert one(found, 650).period == "2025"


def test_a_month_then_that_month_alone_is_that_month() -> None:
    # slt.fujian.gov.cn/xxgk/zfxxgk/xxgkml/ghjh_31117/ghjhjzyzj/202308/t20230824_6234581.htm (福建 水利 1-9月 2023)
    text = (
        "据各地上报,今年1-9月,全县累计完成水利投资335.16亿元。"
        "新开工情况:1-9月累计新开工重大水利项目175个,其中9月当月新开工项目22个,分别为:福清市虎溪安全生态水系项目。"
    )
    found = records(text, date="2023-10-10", places=("福清市",))
    assert one(found, 175).period == "2023-01~2023-09"
    assert (one(found, 22).kind, one(found, 22).period) == (ACTUAL, "2023-09")


def test_a_share_of_the_years_plan_is_of_the_months_told() -> None:
    # slt.fujian.gov.cn/xxgk/zfxxgk/xxgkml/ghjh_31117/ghjhjzyzj/202308/t20230824_6234581.htm (福建 水利 1-9月 2023)
    text = "据各地上报,今年1-9月,全县累计完成水利投资335.16亿元,占年度计划81.73%,其中:重大项目272.65亿元,占年度计划80.9%。"
    found = records(text, date="2023-10-10", places=("福清市",))
    for value in (335.16, 81.73, 272.65, 80.9):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2023-01~2023-09"), value
