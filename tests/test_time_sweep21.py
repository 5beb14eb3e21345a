"""Kind rules and project lists found on swept congress news and project news (second time pass)."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# Livelihood projects chosen by the deputies' vote are the year's tasks, as r148 长宁's `票决出17项…为民办实事项目`
# (马关县 congress news 2024-02; also 始兴 2021 www.gdsx.gov.cn).
_MAGUAN = """马关县马白镇木都底
六、七组产业道路项目
马关县快速按下
重大民生实事项目建设“启动键”
2024年2月23日,随着马关县第十八届人民代表大会第三次会议胜利闭幕,全县共票决出2024年度重大民生实事项目76件,其中县级10件、乡级66件。县乡两级人民政府以“开局即冲刺”“开工加速跑”的姿态,提前部署谋划。
截至目前,全县已启动建设2024年度重大民生实事项目32个,其中3个项目已实现1个月内完成。
"""


def test_projects_chosen_by_vote_are_the_years_tasks():
    found = records(_MAGUAN, places=("马关县",))
    for value in (76, 10, 66):
        r = one(found, value)
        assert (r.kind, r.period) == ("target", "2024")
    started = one(found, 32)
    assert started.kind == "actual"


# The list a vote chose, item by item: each item is a task (www.gdsx.gov.cn 始兴 2021).
_SHIXING = """今天上午,在县十五届人大六次会议举行的第三次全体会议上,与会的174代表以票决的方式从12件候选民生项目中选出了年政府十大民生实事项目。
代表票决选出的十大民生实事项目包括: “实施农村巷道硬化工程”、“新建23公里碧道”、“新建3所公办幼儿园”、“实施生物防火林带项目”等。被列为县政府2021年度的十个民生实事项目,涉及交通出行、医疗卫生、公共教育等方面。
"""


def test_the_items_of_a_list_chosen_by_vote_are_tasks():
    found = records(_SHIXING, places=("始兴县",))
    assert one(found, 3).kind == "target"


# A list of projects, each after its investment without `的`, closed by `等10个项目` (界首 2015 news, 12 projects
# started): every item is its project's own investment.
_JIESHOU = """界首投资近30亿元开工建设再生金属等项目
项目牵涉到再造金属、再造塑料、机械电子等,其中超亿元的项目分别为:总投资2亿元华鑫塑业技改工程、投资8亿元界首市出口企业培育基地、投资1.2亿元年产 1300条(套)高智能家俬货柜生产项目、投资2.6亿元界首市小机械产业园等10个项目。
"""


def test_a_list_of_projects_without_de_gives_each_its_investment():
    found = records(_JIESHOU, date="2015-03-07", places=("界首市",))
    subjects = {r.value: r.subject for r in found if r.unit == "亿元"}
    assert subjects[2] == "华鑫塑业技改工程"
    assert subjects[8] == "界首市出口企业培育基地"
    assert subjects[1.2] == "年产1300条(套)高智能家私货柜生产项目"
    assert subjects[2.6] == "界首市小机械产业园"
    assert all(r.indicator == "项目总投资" for r in found if r.unit == "亿元" and r.value != 30)


def test_one_investment_before_a_name_is_no_list():
    # a single amount before a name, with no list: not read as a listed item
    found = records("今年,全县计划总投资2亿元华鑫塑业技改工程。", date="2015-03-07", places=("界首市",))
    assert all(r.subject == "" for r in found)


# What this year's works are to cost, after what is done so far (`目前已陆续开标`): a forecast, not a result
# (融水 2012-03 news, traditional).
_RONGSHUI = """[融水縣]開工建設27條通村水泥路
  融水訊 (記者/覃偉立 通訊員/廖子淵)3月24日,記者從融水苗族自治縣相關部門了解到,該縣尚有27條共320公里通村水泥路未硬化,目前已陸續開標,今年全部開工建設,預計投資2.5億元。該縣去年續建通村水泥路項目25條共191.94公里,累計完成投資8825萬元。
"""


def test_this_years_works_forecast_cost_is_a_target():
    found = records(_RONGSHUI, date="2012-03-24", places=("融水苗族自治县",))
    assert (one(found, 2.5).kind, one(found, 2.5).period) == ("target", "2012")
    assert (one(found, 8825).kind, one(found, 8825).period) == ("actual", "2011")


def test_an_estimate_of_the_months_so_far_stays_an_outcome():
    # (zhxpm.cn 凯里经开区 2012, the wording `_ESTIMATE` was written for)
    found = records("今年1至10月,凯里经济开发区预计完成工业总产值17.38亿元。", date="2012-11-05")
    assert one(found, 17.38).kind == "actual"


# A list of projects each with `的`, that no `等…项目` closes: its last item is named up to its word for a project
# (45.113.194.42 芜湖 news, a review of projects signed and started).
_WUHU = """总投资130亿元的奇瑞未来一工厂及发动机项目、总投资100亿元的信义江北光伏组件盖板项目、总投资 50 亿元的芜湖美的厨热智能家电产业园项目实现当年签约、当年开工。"""


def test_a_list_not_closed_by_deng_gives_each_item_its_investment():
    found = records(_WUHU, date="2021-05-01", places=("芜湖市",))
    subjects = {r.value: r.subject for r in found}
    assert subjects == {
        130: "奇瑞未来一工厂及发动机项目",
        100: "信义江北光伏组件盖板项目",
        50: "芜湖美的厨热智能家电产业园项目",
    }
