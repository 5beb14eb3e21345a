"""The year of a text early in a year that reports the one before: a year it names as over (its outcome or its
achievements) and then looks back on as last year makes the text the next year's (r583 dev27, r502 dev24)."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# r583 新乡高新区: a press conference of February 2023 on the zone's 2022 results, naming no year but 2022.
_XINXIANG = """高新区
力争高新技术企业总数突破170家

本报讯(新乡日报全媒体记者 刘军旗)2月23日下午,在全市2022年经济社会发展成就系列新闻发布会高新区专场上,该区党工委委员、管委会副主任张立鹏如是介绍。

张立鹏说,去年,高新区生产总值完成205.87亿元,增长7.2%,增速居全市第2位;规模以上工业增加值增长11.2%,增速居全市第1位;一般公共预算收入11.57亿元,税收比重87.6%。

该区坚持把项目带动作为经济工作的主抓手,去年共谋划386个项目,总投资2045亿元。
"""

# r502 合肥高新区: a review of 2014 written in 2015, its year just past told as `刚刚过去的一年里`.
_HEFEI = """2014年,合肥高新區主動適應經濟發展新常態,突出新興產業主導、突出創新驅動引領、突出產城融合發展、突出生態環境建設,各項工作穩步推進,四個高新”取得豐碩成果,在國家級高新區創新能力評價”中位居第11位。
剛剛過去的一年里,合肥高新區完成地區生產總值444.7億元,增速11.8%;實現規上工業產值1025.9億元,增速16.2%。
"""

# r402 遂平: an interview of 2023 whose year is named as the one to strive in, and whose results are of `过去一年`.
_SUIPING = """稳经济,挑大梁,2023年的河南怎么拼?县城是2023年河南拼经济的主阵地,县域经济的高质量发展是河南经济发展的着力点,为展现河南县域发展成绩,展现河南县域发展的光明前景,大河报推出系列访谈。
“遂平县主要经济指标保持全市前列,预计全年地区生产总值增长6%”,李振南表示,在过去一年,虽然面对多重超预期因素冲击,遂平县坚持以项目建设为主抓手。
"""


def test_a_conference_on_a_years_achievements_that_tells_them_as_last_years_is_of_the_year_after():
    assert text_date(_XINXIANG).startswith("2023")  # (with its lead's day when the lead gives it)


def test_last_years_results_at_a_conference_on_that_year_are_of_it():
    found = records(_XINXIANG)
    assert one(found, 205.87).period == "2022"
    assert one(found, 205.87).kind == "actual"
    assert one(found, 386).period == "2022"


def test_the_headline_target_of_a_conference_on_last_year_is_for_the_year_after():
    target = one(records(_XINXIANG), 170)
    assert (target.kind, target.period) == ("target", "2023")


def test_a_year_told_as_won_then_looked_back_on_as_just_past_is_that_years():
    assert text_date(_HEFEI) == "2015"
    assert one(records(_HEFEI), 444.7).period == "2014"


def test_a_year_named_as_the_one_to_strive_in_is_the_texts_own():
    assert text_date(_SUIPING) == "2023"
