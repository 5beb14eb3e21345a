"""Periods from real texts: a story whose only year starts the years up to now, a teaser of another story under
a page's text, a paragraph that looks back over recent years in a report of a part of the year."""

from __future__ import annotations

from bot.ingest.manifest import infer_date
from tests.ingest_helpers import one, records

# r232 甘谷 (dev12, yybnet.net 2015/08, a story that names no year of its own): `从2014年以来` starts a total the text
# then splits this year's part from (`其中今年…`), so 2014 is not the present; the teaser under `新闻推荐` (a life's
# years, `1914——1950年`) is another story's. The labels give its figures no year.
_GANGU = """本报讯甘谷县立足历史资源优势,先后建成投用了浙江商贸城、陇东南汽配城等项目7个;在建20兆瓦太阳能光伏发电、天宏鞋业等项目16个。
近几年,甘谷县不断开拓招商思路,创新招商方式。从2014年以来,累计签约招商引资项目26项,规模投资86.55亿元。其中今年新签约项目11项,规模总投资62亿元。目前,已落地23项,占总数的88.46%,到位资金17.38亿元。(牛艺璇)
新闻推荐
□张绍萱今年是抗战胜利70周年,其中有两位我熟知的人——原烨、邢华夫妇。原烨(1914——1950年)甘肃甘...
"""


def test_a_year_whose_total_splits_off_this_years_part_is_not_the_present():
    assert infer_date(_GANGU) == ""
    found = records(_GANGU, places=("甘谷县",))
    assert {one(found, v).period for v in (7, 16, 26, 86.55, 11, 62, 23, 17.38)} == {""}


def test_a_year_since_with_no_part_split_off_is_still_the_present():
    # `2014年以来` alone, in a story of the year so far, is the story's year
    text = "2014年以来,甘谷县累计签约招商引资项目26项,规模投资86.55亿元。"
    assert infer_date(text) == "2014"


def test_a_teaser_of_another_story_dates_nothing():
    text = "本报讯2016年,甘谷县签约招商引资项目26项。\n新闻推荐\n原烨(1914——2019年)甘肃甘谷人。\n"
    assert infer_date(text) == "2016"
