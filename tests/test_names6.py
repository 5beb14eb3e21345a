"""Figures whose measured thing is named in an earlier clause, and figures that are no records (fresh pages)."""

from __future__ import annotations

from tests.ingest_helpers import records


def _found(text: str, place: str, date: str) -> dict[tuple[float, str], str]:
    return {(r.value, r.unit): r.indicator for r in records(text, date=date, places=(place,))}


def test_a_change_against_last_year_is_of_the_output_just_named() -> None:
    # http://odtgfuq.cn/new/184_900_201203/09lv929401524.shtml (沧源 2011)
    found = _found(
        "2011年,沧源县完成毛茶总产量4685.6吨,同比增410.5吨,增长9.6%;茶农人均纯收入达1198元,同比增229元,"
        "增长23.63%。",
        "沧源佤族自治县",
        "2012-03-09",
    )
    assert (
        found[(410.5, "吨")] == "毛茶总产量比上年同期增加"
    )  # a change in its one form (tests/real/README.md)
    assert found[(9.6, "%")] == "毛茶总产量增速"
    assert found[(229, "元")] == "茶农人均纯收入比上年同期增加"
    assert found[(23.63, "%")] == "茶农人均纯收入增速"


def test_a_quarters_rate_is_of_the_sentences_subject() -> None:
    # http://sjzyihang.com/forum.php?extra=page%3D81&mod=viewthread&tid=79622 (泰顺 2023 bulletin)
    recs = records(
        "分季度看,一季度全县生产总值同比增长7.5%,二季度增长8.3%,三季度增长8.2%,四季度增长7.8%。",
        date="2024-03-01",
        places=("泰顺县",),
    )
    named = {r.value: (r.indicator, r.period) for r in recs}
    assert named[8.3][0] == "生产总值增速"
    assert named[8.2][0] == "生产总值增速"
    assert named[7.8][0] == "生产总值增速"


def test_a_quoted_campaign_slogan_is_no_record() -> None:
    # http://qianjiang.cjyun.org/p/78288.html (张金 2017 interview)
    found = _found(
        "去年,我镇从抓思想建设、抓招商引资入手,围绕‘决战工业3000亿’战略部署,全力以赴抓工业项目建设。",
        "潜江市",
        "2017-03-01",
    )
    assert (3000, "亿元") not in found


def test_the_counties_a_rank_is_among_are_no_record() -> None:
    # http://123.232.116.197/dzrb/content/20240702/Articel01009MT.htm (广饶 2024 interview)
    found = _found("广饶的GDP增速连续两年保持全省136个县市区第1位。", "广饶县", "2024-07-02")
    assert (136, "个") not in found
    assert found[(1, "名次")] == "GDP增速全省排名"


def test_sectors_listed_before_their_quoted_count_take_their_rates_in_order() -> None:
    # https://www.ahxx.gov.cn/public/6629711/161367361.html (萧县)
    found = _found(
        "机械制造、新材料“两大主导产业”发展规划编制完成,功能性新材料、精密化零部件“两大产业集群”产值分别增长"
        "6.55%、6.79%。",
        "萧县",
        "2024-01-01",
    )
    assert found[(6.55, "%")] == "功能性新材料产值增速"
    assert found[(6.79, "%")] == "精密化零部件产值增速"


def test_last_years_level_before_a_change_is_that_year_s_and_the_rate_is_of_the_output() -> None:
    # http://mg7199.com/quote/show-1215.html (双江 2014, trad)
    found = _found(
        "全县茶叶毛茶总产量3675吨,比上年同期2841吨增加834吨,增29.3%。实现茶叶农业总值32008.4万元,"
        "比上年同期11059.3万元增20949.1万元,增189.42%。",
        "双江拉祜族佤族布朗族傣族自治县",
        "2014-05-29",
    )
    # last year's level is a record of that year, named as the level (tests/real/README.md dev26)
    assert found[(2841, "吨")] == "茶叶毛茶总产量"
    assert found[(29.3, "%")] == "茶叶毛茶总产量增速"
    assert found[(20949.1, "万元")] == "茶叶农业总值比上年同期增加"  # a change in its one form
    assert found[(189.42, "%")] == "茶叶农业总值增速"


def test_a_time_inside_a_product_name_is_no_heading() -> None:
    # http://111.229.73.81/look/Statslisth?Id=361 (安源 2010 bulletin): `粮食` is the product, not a run-in heading
    found = _found("粮食全年总产量21774吨,增长0.99%。", "安源区", "2011-03-01")
    assert found[(21774, "吨")] == "粮食总产量"
    assert found[(0.99, "%")] == "粮食总产量增速"


def test_a_quoted_programmes_investment_is_named_after_it() -> None:
    # https://zh.wikisource.org/zh-hant/2013年文成县人民政府工作报告 (trad)
    found = _found(
        "全年实现限额以上固定资产投资41亿元,同比增长84.7%,投资率达77.4%;其中「双十工程」完成投资32.27亿元。",
        "文成县",
        "2013-02-01",
    )
    assert found[(32.27, "亿元")] == "“双十工程”投资"


def test_the_rank_of_an_increase_is_of_the_count_just_given() -> None:
    # https://www.ahxx.gov.cn/public/6629711/161367361.html (萧县)
    found = _found("新增规上工业企业25家,增量全市第1。", "萧县", "2024-01-01")
    assert found[(1, "名次")] == "新增规上工业企业增量全市排名"
