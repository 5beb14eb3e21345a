"""The document's date when its text says less than it seems to: a page's clock above its dateline, a status a park
was granted years ago in a text that never names its own year."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# r466 罗山 (dev22), its head: the page's clock as it was viewed above the story's own dateline.
_LUOSHAN = (
    "现在时间是:2024年04月18日\n"
    "全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动\n"
    "时间 : 2021年10月09日  来源 : 电视台  作者 :   浏览次数 : 8355    \n\n"
    "  10月8日上午,全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动,"
    "拉开了我县2021年第四批10个重点项目建设的帷幕。\n"
    "  此次集中开工的10个重点项目,总投资20亿元,年度投资3.66亿元。\n"
)

# r474 荣昌 (dev22), undated: `今年1—3月` names no year; 2002 and 2006 are years the park was granted a status.
_RONGCHANG = (
    "荣昌县工业园区一季度实现工业总产值达76亿\n\n"
    "4月21日,铜梁区党政代表团来荣,就我县工业经济发展进行考察。今年1—3月,我县工业园区实现工业总产值76.61亿元,"
    "同比增加20.4%。\n\n"
    "一季度,我县工业园区实现工业总产值76.61亿元,同比增加20.4%;固定资产投资20.64亿元,同比增长29.8%;"
    "全县共引进项目27个,合同金额共计54.8亿元。\n\n"
    "工业园区工作人员介绍,作为“重庆市优秀工业园区”,2002年,县工业园区被批准为全市16个特色工业园区之一,"
    "2006年经国家发改委审核批准为省级开发区。\n\n"
    "荣昌工业园区在全市43个工业园区中名列第13位,规划面积22.52平方公里,目前已建成10.2平方公里。\n"
)


def test_a_page_s_clock_above_its_dateline_is_not_the_story_s_date():
    assert text_date(_LUOSHAN).startswith("2021-10")
    found = records(_LUOSHAN, places=("罗山县",))
    assert one(found, 20).period == "2021"
    assert one(found, 3.66).period == "2021"


def test_years_a_park_was_granted_a_status_do_not_date_an_undated_text():
    assert text_date(_RONGCHANG) == ""
    found = records(_RONGCHANG, places=("荣昌县",))
    assert one(found, 20.64).period == ""
    assert one(found, 27).period == ""
    assert one(found, 10.2).period == ""
