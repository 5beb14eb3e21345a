"""Subjects, twenty-fifth round: a firm that invests in and builds a project names it with the project. Sentences
from the tuning corpus (addresses in each test), built through the real pipeline without a manifest."""

from tests.ingest_helpers import one, records


def test_firms_that_invest_and_build_name_their_projects():
    # https://ppfocus.com/0/tr0429ad5.html (吉木萨尔县, dev25 r539): each firm's project, the `等` of the second dropped
    text = (
        "吉木萨尔县在亚欧博览会上签约。\n"
        "其中,新疆北控环境资源有限公司投资2亿元建设的5万吨/年水泥窑协同处置固废项目、"
        "新疆中军盈泰能源有限公司投资2.15亿元建设的生态黑枸杞种植及深加工等项目在现场签约。\n"
    )
    found = records(text, date="2017-09-03")
    assert one(found, 2).subject == "新疆北控环境资源有限公司5万吨/年水泥窑协同处置固废项目"
    assert one(found, 2.15).subject == "新疆中军盈泰能源有限公司生态黑枸杞种植及深加工项目"
    assert {one(found, v).region for v in (2, 2.15)} == {"吉木萨尔县"}


def test_a_firm_named_after_its_role_in_a_list_of_investors():
    # 叶城县 news (dev25 r538): `包括…`, `在叶城投资…建设…项目`; a firm whose own name holds 投资 is still one firm
    text = (
        "叶城县招商引资取得新进展。\n"
        "今年签约项目中,包括中国三峡新能源有限公司在叶城投资2.5亿元建设光伏发电项目、"
        "浙江耐斯特文化用品有限公司在叶城投资1.5亿元建设有机矿物质冰川水生产项目、"
        "北京久泰合升投资有限公司投资3亿元建设光伏发电项目等。\n"
    )
    found = records(text, date="2012-06-01")
    assert one(found, 2.5).subject == "中国三峡新能源有限公司光伏发电项目"
    assert one(found, 1.5).subject == "浙江耐斯特文化用品有限公司有机矿物质冰川水生产项目"
    assert one(found, 3).subject == "北京久泰合升投资有限公司光伏发电项目"


def test_a_project_breaking_ground_is_its_investors():
    # 青海新闻网 (都兰县 2016, dev24 r516)
    text = (
        "青海新闻网讯 都兰县总投资77.88亿元的45个项目近日集中开复工。"
        "由国投青海风电有限公司投资3.96亿元建设的49.5兆瓦风电项目破土动工。\n"
    )
    found = records(text, date="2016-05-10")
    assert one(found, 3.96).subject == "国投青海风电有限公司49.5兆瓦风电项目"
    assert one(found, 77.88).subject == ""


def test_a_project_with_no_firm_named_keeps_its_own_name():
    # the unchanged case: no investor before the amount
    text = "兴文县今年引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目。\n"
    found = records(text, date="2021-03-01")
    assert one(found, 21.18).subject == "宁德时代新型锂盐研发生产项目"
