"""A level the years under review reached is their last year's; what they did over them stays theirs (the
`tests/real/README.md` call on levels under a multi-year review)."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# http://www.zgcounty.com/wap/news/25108.html (崇明's 2017 work report, its review of the five years before, r171)
_FIVE_YEARS_BACK = (
    "一、过去五年工作回顾\n"
    "(一)生态建设和保护持续加强。五年来,我们围绕崇明生态岛建设纲要,滚动实施生态岛建设、环保等三年行动计划,"
    "不断厚植生态优势。加大水、土、气、林等领域环境治理和建设力度,全县地表水环境功能区达标率达到80%,"
    "环境空气质量(AQI)优良率达到78%,森林覆盖率达到24%,自然湿地保有率达到38%,生态环境质量全市领先。"
    "万元增加值综合能耗下降21%。积极推进可再生能源开发利用,可再生能源发电装机容量达29.7万千瓦。\n"
)


def test_a_level_reached_over_the_years_looked_back_on_is_their_last_year_s() -> None:
    found = records(_FIVE_YEARS_BACK, date="2017-01-10", places=("崇明区",))
    assert [one(found, v).period for v in (80, 78, 24, 38, 29.7)] == ["2016"] * 5


def test_a_change_over_the_years_looked_back_on_stays_theirs() -> None:
    found = records(_FIVE_YEARS_BACK, date="2017-01-10", places=("崇明区",))
    assert one(found, -21).period == "2012-2016"
