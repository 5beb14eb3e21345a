"""Indicator names from real sentences: words of speech that open a name are no part of what is measured."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def _named(text: str, value: float, date: str = "", places: tuple[str, ...] = ()) -> str:
    return one(records(text, date=date, places=places), value).indicator


def test_a_day_of_speech_opens_no_name() -> None:
    # r488 东营区 2023 news (dev23): `今天集中开工项目31个总投资205.8亿元`
    text = "东营区2023年重点项目建设。今年,东营区实施重点项目230个,总投资1086.8亿元,今天集中开工项目31个总投资205.8亿元。"
    assert _named(text, 31, date="2023-08-29") == "集中开工项目"
    assert _named(text, 205.8, date="2023-08-29") == "集中开工项目总投资"


def test_a_gloss_opens_no_name() -> None:
    # f20_p04 荣昌 2015 (fresh20): `通达建设项目,即撤并村通达工程项目30个`
    text = (
        "荣昌县农村公路建设。76个农村公路建设项目,共计181公里,总投资达到1亿元。其中通畅建设项目46个,里程121公里;"
        "通达建设项目,即撤并村通达工程项目30个,里程60公里,总投资约1800万元。"
    )
    assert _named(text, 30, date="2015-07-06") == "撤并村通达工程项目"


def test_a_decision_or_a_cause_opens_no_name() -> None:
    # f30_p02 镶黄旗 (fresh30): `镶黄旗今年确定了第一产业增加值达到3.4亿元,增长7.9%`
    text = "镶黄旗特色畜牧业。镶黄旗今年确定了第一产业增加值达到3.4亿元,增长7.9%,牧民人均纯收入达到10489元。"
    assert _named(text, 3.4, date="2014-05-01") == "第一产业增加值"
    assert _named(text, 7.9, date="2014-05-01") == "第一产业增加值增速"
    # f30_p11 城口 (fresh30): `促使有机农产品市场商品化率达到50%以上`
    text = "城口县农林特色产业。今年该县还将大力推进农业标准化生产,促使有机农产品市场商品化率达到50%以上。"
    assert _named(text, 50, date="2014-04-18") == "有机农产品市场商品化率"


def test_what_was_done_to_a_counted_group_is_no_part_of_its_rates_name() -> None:
    # f30_p01 长清 (fresh30): `60项重点项目已开工建设58项,开工率为96.7%,完成投资76.8亿元`
    text = "长清区重点项目建设。长清区2019年1-7月份,全区60项重点项目已开工建设58项,开工率为96.7%,完成投资76.8亿元。"
    found = records(text, date="2019-08-10")
    assert one(found, 96.7).indicator == "重点项目开工率"
    assert one(found, 76.8).indicator == "重点项目完成投资"
    # f20_p04 荣昌 (fresh20): `62个农村公路建设项目已经进场施工,开工率是81.2%`
    text = "荣昌县农村公路建设。截至7月底,荣昌县其中62个农村公路建设项目已经进场施工,开工率是81.2%。"
    assert _named(text, 81.2, date="2015-07-06") == "农村公路建设项目开工率"


def test_the_whole_year_inside_an_output_name_is_its_period() -> None:
    # r476 天津 2019 (dev23): `生物医药产业全年产值实现404.6亿元,增长46.9%`
    text = "天津市2019年产业发展。生物医药产业全年产值实现404.6亿元,增长46.9%;石化产业全年产值实现855.2亿元,增长19.8%。"
    found = records(text, date="2020-01-20", places=("天津市",))
    assert one(found, 404.6).indicator == "生物医药产业产值"
    assert one(found, 46.9).indicator == "生物医药产业产值增速"
    assert one(found, 855.2).indicator == "石化产业产值"


def test_a_two_year_average_after_a_base_year_is_named_without_it() -> None:
    # r531 乌审旗 2021 (dev25): `同比增长3.4%,比2019年增长4.6%,两年平均增长2.3%`
    text = (
        "乌审旗2021年经济运行。初步核算,2021年全旗地区生产总值398.3亿元,按可比价格计算,同比增长3.4%,"
        "比2019年增长4.6%,两年平均增长2.3%。"
    )
    found = records(text, date="2021-12-30")
    assert one(found, 2.3).indicator == "地区生产总值两年平均增速"
    assert one(found, 4.6).indicator == "地区生产总值比2019年增速"
    # r512 嘉定 2021 (dev24): `比2019年同期增长5.5%,两年平均增长2.7%`
    text = "嘉定区2021年1-10月工业。其中,区属规模以上工业实现产值2421.0亿元,同比增长12.0%,比2019年同期增长5.5%,两年平均增长2.7%。"
    assert _named(text, 2.7, date="2021-11-20") == "区属规模以上工业产值两年平均增速"


def test_people_carried_along_keep_the_verb_that_carries_them() -> None:
    # f19_p06 (fresh19): `带动约34万花农致富`; f23_p07 靖州 (fresh23): `并带动近2万农民就业`; f17_p08 修文 (fresh17):
    # `带动了7万多农民脱贫致富`
    assert _named("全县茉莉花产业。茉莉花产业带动约34万花农致富。", 34, date="2019-05-01") == "带动花农致富"
    text = "靖州县粮食生产。建设万亩示范片,并带动近2万农民就业。"
    assert _named(text, 2, date="2019-05-01", places=("靖州苗族侗族自治县",)) == "带动农民就业"
    assert _named("修文县猕猴桃产业。猕猴桃产业带动了7万多农民脱贫致富。", 7, date="2019-05-01") == "带动农民脱贫致富"
