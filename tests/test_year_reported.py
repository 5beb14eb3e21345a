"""The year a text's figures are of, when its date or its words say it only indirectly."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# http://www.ilynn.cn/document_detail/8992.html (光泽县统计局's 2017 communique, r297: no title, dated by its byline)
_COMMUNIQUE = (
    "光泽县统计局\n(2018年3月20日)\n一、综合\n"
    "初步核算,全年实现地区生产总值91.10亿元,比上年增长8.5%。\n"
    "年末全县常住人口13.6万人,比上年末增加0.1万人。\n"
    "二、农业\n全年粮食播种面积18.5万亩。\n"
)


def test_a_year_s_communique_released_in_the_next_spring_is_of_the_year_before() -> None:
    found = records(_COMMUNIQUE, date="2018-03-20", places=("光泽县",))
    assert {one(found, v).period for v in (91.10, 8.5, 18.5)} == {"2017"}
    assert one(found, 91.10).kind == "actual"


def test_a_release_of_months_so_far_keeps_its_own_year() -> None:
    text = _COMMUNIQUE.replace("全年实现地区生产总值", "1-2月实现地区生产总值")
    found = records(text, date="2018-03-20", places=("光泽县",))
    assert one(found, 91.10).period.startswith("2018")


# https://investchn.com/home/news/detail/id/466448.html (京口 2024 news of its spring gathering, r301)
def test_a_year_looked_back_on_without_its_year_word_dates_the_paragraph() -> None:
    text = (
        "回望2023,一张张厚重答卷,是开局之年的铿锵步伐。地区生产总值跨过600亿元台阶,增长7.4%,位列全市第二;"
        "新签约产业项目128个,总投资253.4亿元。\n"
    )
    found = records(text, date="2024", places=("京口区",))
    assert {one(found, v).period for v in (600, 7.4, 128, 253.4)} == {"2023"}


# https://www.hljyy.gov.cn/yy/15136/202401/c07_190327.shtml (友谊 2024 news of its work report, r291)
def test_a_news_piece_turning_to_the_report_s_review_of_last_year_reads_it_as_outcomes() -> None:
    text = (
        "1月17日下午,友谊县第十二届人民代表大会第三次会议隆重开幕。\n"
        "报告分为2023年工作回顾,2024年主要工作和全面加强政府自身建设三部分。\n"
        "关于2023年工作,报告中说,过去的一年,全力以赴稳经济、促改革、惠民生、保稳定,经济社会保持了持续健康发展。\n"
        "具体体现在:一坚定发展信心,经济总体运行稳中有进。预计全县地区生产总值增长5%,一般公共预算收入增长17.2%,"
        "创十年来最高增速。\n"
    )
    found = records(text, date="2024", places=("友谊县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (5, 17.2)] == [("actual", "2023")] * 2
