"""Which place a text naming several places is placed in: rules found on real pages (addresses in each test)."""

from tests.ingest_helpers import records


def test_an_autonomous_regions_release_filed_from_its_capital_is_no_citys():
    # http://huiyingmeng.com/nmgfw/xwzx/jjnmg/200708/t20070820_504545719.html (内蒙古自治区, 1-7月 2007, trad):
    # the dateline's city files the story; `自治區統計局…全區` is the region speaking, its figures no city's
    text = (
        "中廣網呼和浩特8月20日消息 8月16日,記者從內蒙古自治區統計局獲悉,今年1—7月,全區經濟繼續朝著又好又快的方向"
        "發展,整體經濟運行呈現出五大亮點。\n"
        "亮點一:規模以上工業增加值突破1200億元。1—7月份,全區規模以上工業企業完成增加值1213.18億元,同比增長31.2%,"
        "增幅比上年同期高1.4個百分點。其中,輕工業企業完成增加值232.21億元,同比增長21.5%。從各盟市情況看,前7個月,"
        "通遼市、鄂爾多斯市、錫盟、赤峰市、巴彥淖爾市和阿盟6個盟市的工業增加值增速均超過了32%,快於全區平均水平。\n"
    )
    found = records(text)
    assert {r.region for r in found if r.value in (1213.18, 31.2, 232.21)} == {""}
    assert "呼和浩特市" not in {r.region for r in found}


def test_a_citys_own_release_in_an_autonomous_region_stays_the_citys():
    # the city speaks of itself more than of its region (`全市…高于全区`): its figures stay its own
    text = (
        "记者从通辽市统计局获悉,1-7月,通辽市规模以上工业增加值同比增长9.5%,高于全区平均增速2.8个百分点。"
        "全市固定资产投资增长12.1%。\n"
    )
    assert {r.region for r in records(text)} == {"通辽市"}
