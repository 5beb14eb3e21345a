"""Kind and period rules found on dev9 task lists and swept pages (time16)."""

from __future__ import annotations

from bot.ingest.manifest import infer_date
from tests.ingest_helpers import one, records

# A table of the year's livelihood projects, one cell a line (r164 苍南 2022, a county government's progress table).
_CANGNAN = """2022年度市县民生实事未完成项目进度表(截至10月31日)

来源:苍南县人民政府办公室

序号

项目内容

当前进度

牵头单位

1

新(改、扩)建公办园5所,新增公办幼儿学位1000个。

80%(新区实验幼儿园进度滞后)

县教育局

3

完成农村公路大中修70公里。

90%

县交通局

4

建成投用沿浦、宜山、莒溪、炎亭、望里、赤溪、岱岭、灵溪浦亭等8家卫生院

98%
"""


def test_items_of_a_project_list_are_targets_whatever_their_verb():
    found = records(_CANGNAN, date="2022-12-14", places=("苍南县",))
    for value in (5, 1000, 70, 8):
        r = one(found, value)
        assert (r.kind, r.period) == ("target", "2022")


# A notice issuing the year's list, its title under the document number (r158 洋县 2024, traditional script).
_YANGXIAN = """洋政發〔2024〕8號
洋縣人民政府
關于印發洋縣2024年十大民生實事項目的通知
各鎮人民政府、街道辦事處:
附件:洋縣2024年十大民生實事項目清單
|
5 |
高標準農田建設項目 |
謝村鎮 |
2024 |
實施田塊整治500畝,修復堰塘1座、建設機電井7座、農橋5座、灌溉渠道50公里;新建田間道路38公里。 |
"""


def test_a_notice_issuing_a_task_list_sets_targets():
    found = records(_YANGXIAN, date="2024-04-02", places=("洋县",))
    for value in (500, 7, 38):
        assert one(found, value).kind == "target"


def test_a_report_on_how_the_projects_went_still_reports():
    text = "2022年民生实事项目完成情况\n全县完成农村公路大中修70公里,建成投用卫生院8家。\n"
    found = records(text, date="2023-01-10", places=("苍南县",))
    assert one(found, 70).kind == "actual"


def test_a_task_list_item_already_done_is_achieved():
    text = "2022年度民生实事项目进度表\n新增公办幼儿学位1000个,目前已完成新增学位800个。\n"
    found = records(text, date="2022-10-31", places=("苍南县",))
    assert one(found, 1000).kind == "target"
    assert one(found, 800).kind == "actual"


# A congress session's news early in a year reviews the year before (r155 平谷 2025: dated by its opening day only).
_PINGGU = (
    "1月9日,北京市平谷区第六届人民代表大会第六次会议隆重开幕。\n"
    "狄涛代表平谷区人民政府向大会报告工作。报告指出,2024年,平谷以服务新时代首都发展为统领,齐心协力、奋勇拼搏,"
    "高大尚平谷建设迈出坚实步伐。地区生产总值预计增速4.5%以上。农业生产总值预计完成40.7亿元,连续两年居全市第1。\n"
    "报告指出,回顾过去一年的发展,我们直面挑战。\n"
)


def test_a_session_early_in_a_year_is_dated_the_year_after_the_one_it_reviews():
    assert infer_date(_PINGGU) == "2025-01-09"


def test_estimates_of_the_year_a_session_reviews_are_achieved():
    found = records(_PINGGU, places=("平谷区",))
    for value in (4.5, 40.7):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2024")


# A look ahead over a plan opening in the text's year (r151 梅河口 2021, a party paper's page of 2021-07-27).
_MEIHEKOU = (
    "梅河口市荣获全国高质量发展十佳称号\n\n"
    "展望“十四五”,奋斗开新局。梅河口市将按照省委、省政府关于高质量发展先行示范区和吉林省梅河新区的规划定位,"
    "力争经济总量翻一番,达到600亿元以上;财政收入翻一番,达到60亿元以上;城区常住人口达到60万人;"
    "城市建成区面积达到80平方公里,成为全省高质量发展的示范城市。\n"
)


def test_goals_after_a_look_ahead_over_a_plan_are_of_the_plan():
    found = records(_MEIHEKOU, date="2021-07-27", places=("梅河口市",))
    for value in (600, 80):
        r = one(found, value)
        assert (r.kind, r.period) == ("target", "2021-2025")
    assert {(r.kind, r.period) for r in found if r.value == 60} == {("target", "2021-2025")}


def test_a_session_choosing_the_years_livelihood_projects_sets_them_as_targets():
    # guyuantaihehotel.com/n/20160120/223218.html (榆中 2016, traditional script)
    text = (
        "大西北網訊 1月20日,榆中縣第十七屆人民代表大會召開第五次會議。會上確定2016年縣委縣政府為民興辦10件實事。\n"
        "這十件實事是:1.新修高標準基本農田10萬畝。3.完成縣城小學新建和三角城小學遷建工程,建成40所標準化學校。"
        "4.改造農村危舊房1320戶。\n"
    )
    found = records(text, places=("榆中县",))
    for value in (40, 1320):
        r = one(found, value)
        assert (r.kind, r.period) == ("target", "2016")


def test_a_notice_of_the_projects_voted_names_them_in_its_first_line():
    # cnxw.com.cn/system/2017/02/20/012671547.shtml (苍南 2017 congress notice)
    text = (
        "苍南县第十届人民代表大会第一次会议公告(第8号)\n"
        "苍南县第十届人民代表大会第一次会议,于2017年2月20日投票表决确定2017年县政府民生实事项目为10项,分别是:\n"
        "二、完成D级危房和涉及公共安全的C级危房治理改造,基本消除45个地质灾害隐患点。\n"
        "七、加大农村公路建设力度,建成联网公路与改造提升55公里,实施路面大中修40公里。\n"
    )
    found = records(text, places=("苍南县",))
    for value in (45, 55, 40):
        assert one(found, value).kind == "target"


def test_a_level_listed_after_an_average_growth_is_of_the_goal_year():
    # r153 天津经开区 2023 (dev9): `年均增速达到7%、总量突破3200亿元`: the average is over the years, the level of 2027
    text = (
        "未来五年,经开区将全力打造先进制造研发基地中心区。到2027年,地区生产总值年均增速达到7%、总量突破3200亿元,"
        "在商务部国家级经开区排名中进位争先。\n"
    )
    found = records(text, date="2023-05-24", places=("天津经济技术开发区",))
    assert one(found, 3200).period == "2027"
    assert one(found, 7).period == "2023-2027"


def test_an_estimate_after_a_part_of_a_past_year_is_of_the_whole_year():
    # r155 平谷 2025 (dev9): `前三季度` opens one sentence; the estimates after it are of 2024 as a whole
    text = _PINGGU.replace(
        "连续两年居全市第1。",
        "连续两年居全市第1。前三季度农村居民人均可支配收入29358元,居生态涵养区第1。社会消费品零售总额预计增长5%,居全市前列。",
    )
    found = records(text, places=("平谷区",))
    assert one(found, 29358).period == "2024-01~2024-09"
    r = one(found, 5)
    assert (r.kind, r.period) == ("actual", "2024")


def test_a_share_alone_in_a_progress_table_is_how_far_the_task_has_got():
    # r164 苍南 2022 (dev9): the `当前进度` column, up to the month the title names
    found = records(_CANGNAN, date="2022-12-14", places=("苍南县",))
    r = one(found, 80)
    assert (r.kind, r.period) == ("actual", "2022-01~2022-10")
