"""Target or achieved: a named year's end reckoned to with `到` (`到2010年末,…`) states a stock as of that day, as
`截至2010年末` does; a deadline (`到2020年底前`) and an aim in words of intent still read as targets. Real sentences,
each with its dev or fresh id."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# f23_p11 (fresh23): a county page on its vegetables, no date on the page
DAWA = (
    "大洼县蔬菜生产简介\n"
    "我县蔬菜生产主要以保护地生产为主,重点沿库二线公路两侧发展棚菜生产,主要种植品种有黄瓜、番茄、茄子、芹菜和甜瓜等。"
    "到2010年末,全县蔬菜总面积16.6万亩,其中:保护地面积12.6万亩,埝埂菜面积1.9万亩,露地菜面积2.1万亩。"
    "蔬菜总产量3.97亿公斤,蔬菜总产值5.99亿元,蔬菜纯收入4.01亿元。"
)


def test_a_year_end_reckoned_to_gives_the_stock_then():
    found = records(DAWA, "", ("大洼县",))
    assert {one(found, v).kind for v in (16.6, 12.6, 1.9, 2.1, 3.97, 5.99)} == {ACTUAL}
    assert one(found, 16.6).period == "2010"


def test_a_year_end_reckoned_to_in_news_of_the_year():
    # r397 临潭 (dev19), a 2013 feature on the county's farming
    text = (
        "近几年,临潭县畜牧养殖规模不断扩大,设施农业发展迅速,建成日光温室400座、蔬菜大棚150座。"
        "年均出栏牛1.1万多头、羊6.3万多只,到2012年末,各类牲畜存栏24万头只。"
    )
    assert one(records(text, "", ("临潭县",)), 24).kind == ACTUAL


def test_a_year_end_written_twice_reckoned_to():
    # r386 建平 (dev19), a year's round-up: `2018年年末` is not `年年` (every year)
    text = "到2018年年末,全县地区生产总值完成115亿元。"
    assert one(records(text, "", ("建平县",)), 115).kind == ACTUAL


def test_a_deadline_at_a_year_end_stays_a_target():
    # (`底前` says by when: a task list's deadline)
    text = "到2025年底前,全县新建村级污水处理站12个。"
    assert one(records(text, "2024-03-01", ("大洼县",)), 12).kind == TARGET


def test_an_aim_by_a_year_end_stays_a_target():
    text = "今年以来,全县新增规上企业5家。力争到2025年底,全县规上工业企业达到120家。"
    found = records(text, "2024-07-01", ("大洼县",))
    assert one(found, 120).kind == TARGET and one(found, 5).kind == ACTUAL
