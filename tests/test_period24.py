"""Periods found on this round's tuning pages (period24): the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# r463 兴业 (2016-09-19, a 1-8月 report on the county's projects): what the projects cost in all is no flow of the
# months so far; what they have spent is
_XINGYE = (
    "兴业县推进重大项目建设\n2016-09-19 10:33:19 兴业县人民政府\n"
    "今年以来,兴业县认真贯彻落实自治区“五稳”工作部署,坚持把项目建设作为拉动投资、加快发展的重中之重抓实抓好。"
    "1-8月,全县投资5000万元以上重大项目共60个,已完成投资4.7亿元,同比增长17.8%。\n"
    "一是新能源项目。实施项目2个,总投资16.62亿元,已完成投资1.6亿元。"
    "其中中广核葵阳风电场项目总投资12.39亿元,已完成投资1.4亿元,预计今年12月投产发电。\n"
)


def test_a_programme_s_total_investment_is_the_year_s_in_a_report_of_months() -> None:
    found = records(_XINGYE, date="2016-09-19", places=("兴业县",))
    assert one(found, 16.62).period == "2016"
    assert one(found, 12.39).period == "2016"
    assert one(found, 4.7).period == "2016-01~2016-08"

