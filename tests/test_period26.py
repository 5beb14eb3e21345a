"""Periods found on this round's tuning pages (period26): the sentences are the pages' own."""

from __future__ import annotations

from bot.ingest.time import months_reported, years_averaged
from tests.ingest_helpers import one, records

# r531 乌审旗 (a 2021 communique) and r501 罗城 (2021): a growth averaged over two years, against 2019, is over the two
# years up to the figure's (gold r531, r501, r467: `2020-2021`), as any average over years spans them
_WUSHENQI = (
    "乌审旗2021年国民经济和社会发展统计公报\n"
    "初步核算,2021年全旗地区生产总值398.3亿元,按可比价格计算,同比增长3.4%,比2019年增长4.6%,两年平均增长2.3%。\n"
    "2021年,全旗公共财政预算收入完成344035万元,同比增长14.2%,比2019年增长31.8%,两年平均增长14.8%。\n"
)
_LUOCHENG = (
    "罗城仫佬族自治县2021年国民经济和社会发展统计公报\n"
    "初步核算,全年全县生产总值完成65.5亿元,按可比价格计算,同比增长8.5%,两年平均增长5.3%。"
    "分产业看,第一产业增加值26.44亿元,增长10.9%,两年平均增长6.4%。\n"
)


def test_a_growth_averaged_over_two_years_spans_them() -> None:
    found = records(_WUSHENQI, date="2022-01-24", places=("乌审旗",))
    assert one(found, 2.3).period == "2020-2021"
    assert one(found, 14.8).period == "2020-2021"
    assert one(found, 398.3).period == "2021"  # the level stays the year's
    assert one(found, 3.4).period == "2021"


def test_a_two_year_average_in_a_communique_of_a_whole_year() -> None:
    found = records(_LUOCHENG, date="2022-03-01", places=("罗城仫佬族自治县",))
    assert one(found, 5.3).period == "2020-2021"
    assert one(found, 6.4).period == "2020-2021"
    assert one(found, 8.5).period == "2021"


def test_a_two_year_average_of_months_keeps_the_months() -> None:
    # `1-10月…两年平均增长2.7%` (r512 嘉定 2021): the months reported, not two years
    assert years_averaged("两年平均增长2.7%", "2021-01~2021-10") is None
    assert years_averaged("两年平均增长5.8%", "2022") == "2021-2022"


# r525 曲周 (a year-end news piece dated only by the year it names): `截至11月底` tells the months so far, so the text was
# written in December and its `过去一年` is the year ending, not the one before
_QUZHOU = (
    "2024年,河北省曲周县锚定高质量发展这一首要任务,以改革创新为引擎,砥砺奋进。\n"
    "过去一年,曲周县把发展着力点放在实体经济上,推动经济实现质的有效提升和量的合理增长。特色产业持续壮大。"
    "截至11月底,生物健康和自行车(童车)两大产业主营业务收入,分别为128.3亿元、108.6亿元。"
    "\n过去的一年,曲周县坚持向外看的主动和自觉,以思想大解放推动经济社会大发展。深化重点改革。"
    "圆满完成178项省市改革事项、74项自主谋划改革事项。强化科技创新。国家级科技型中小企业达158家,新增专精特新中小企业10家。\n"
)


def test_months_to_a_month_end_date_a_text_of_its_year_to_the_month_after() -> None:
    found = records(_QUZHOU, places=("曲周县",))
    assert one(found, 178).period == "2024"
    assert one(found, 158).period == "2024"
    assert one(found, 10).period == "2024"


def test_months_reported_reads_a_month_end() -> None:
    assert months_reported("截至11月底,全县完成投资5亿元", 2024) == 11
    assert months_reported("截至2024年10月末,全县完成投资5亿元", 2024) == 10
    assert months_reported("截至2023年10月末,全县完成投资5亿元", 2024) is None  # another year's
    assert months_reported("力争截至9月底前完成", 2024) is None  # a deadline
