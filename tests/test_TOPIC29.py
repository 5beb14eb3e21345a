"""Place of a document, twenty-ninth round: which zone or county a whole text is about. Sentences from the tuning
corpus (document in each test), built through the real pipeline without a manifest."""

from tests.ingest_helpers import one, records


def test_a_zone_tie_is_broken_by_the_bare_word_the_text_goes_on_with():
    # 人民网 / 杭州日报 2022 (dev28 r561): the district's `国家级开发区` and the zone's full name are each named once;
    # the text then says `经开区` throughout, the zone's own short word
    text = (
        "规模工业总产值首破千亿\n\n"
        "杭州临平区新增一个千亿级产业平台\n\n"
        "2022年01月11日08:18 | 来源:杭州日报\n\n"
        "  杭州市临平区国家级开发区——杭州余杭经济技术开发区(以下简称“经开区”)迎来重要里程碑:1月10日,"
        "经开区召开2022年经济发展大会,正式宣布2021年规模工业总产值突破“千亿”大关。\n\n"
        "  数据显示,2021年经开区规模工业总产值预计将达到1060亿元,规模工业增加值达到315亿元,"
        "分别同比增长23.2%和16.8%,主要经济指标增速位居杭州四大国家级经开区首位。\n\n"
        "  据统计,经开区内113家亿元企业2021年工业产值预计增长26.1%,占总产值的九成以上;"
        "前15强企业产值预计增长26%,占总产值的近七成。\n"
    )
    found = records(text)
    assert {one(found, v).region for v in (1060, 315, 113, 26)} == {"杭州余杭经济技术开发区"}
