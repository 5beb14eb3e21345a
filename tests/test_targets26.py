"""Targets of projects in news, from real sentences of the tuning splits: what a project or firm is to yield a year
once running (`预计年产值`, `计划年产量`, `将建成…产能`) is a target of some day ahead, not of the piece's year; a
completion year the paragraph names before stays its time."""

from tests.ingest_helpers import one, records

# r454 (彭阳县, news of 2024-08-08 on projects brought in)
PENGYANG = (
    "彭阳县:招商引资再发力 蓄势赋能促发展\n发布时间: 2024-08-08\n"
    "在彭阳县美华玻璃制品有限公司生产车间,机器声隆隆作响。彭阳县引进的年产6万吨高端工业级玻璃器皿生产项目,由彭阳县美华玻璃"
    "制品有限公司负责实施,项目分三期建设。目前,一期项目已建成并投产运营,据公司负责人介绍,预计年产值6000万元、利税150万元,"
    "可带动就业160人。\n"
)

# r536 (金山区, news of 2022 on a signing)
JINSHAN = (
    "近日,如意航空计划在金山投资建设CH2000无人机研发制造项目,并参加了市政府举行的2022年度首次外资项目集中签约仪式。"
    "该项目计划年产量约300架左右,项目总投资1.61亿美元,计划2024年投产。\n"
)

# r487 (大通回族土族自治县, news of 2022)
DATONG = (
    "大通回族土族自治县工业转型纪实\n2022-08-15\n"
    "青海桥头铝电股份有限公司是当地一家老企业,过去以原铝生产为主,目前正着力打造先进的铝及铝加工产业基地。“未来我们将建成"
    "电解铝产能60万吨、预焙阳极产能30万吨、铝加工产能40万吨、危废处理能力10万吨的一流电解铝企业。”\n"
)

# f17_p20 (新和县, news of a signing; trad in the page, simplified here, its `项目投产后,` left out: a projection's
# own words are read apart)
XINHE = (
    "2025年5月27日,新疆新和县政府与新疆投资发展(集团)有限责任公司正式签署50万锭棉纺项目投资协议。\n"
    "该项目总投资17.5亿元,规划占地620亩,计划2025年7月开工建设,2026年11月竣工投产,将建设25万平方米标准化厂房。"
    "预计年产值达18亿元、年利税超4100万元,还将直接带动1750余人就业。\n"
)


def test_a_project_s_yearly_yield_is_of_no_year():
    found = records(PENGYANG, places=("彭阳县",))
    for value in (6000, 150, 160):
        record = one(found, value)
        assert (record.kind, record.period) == ("target", ""), value


def test_a_planned_yearly_output_is_of_no_year_but_the_project_s_cost_keeps_its_time():
    found = records(JINSHAN, date="2022-03-01", places=("金山区",))
    assert (one(found, 300).kind, one(found, 300).period) == ("target", "")
    assert one(found, 1.61).period != ""  # a cost told after the yield is no yield


def test_a_firm_s_capacity_to_come_is_of_no_year():
    found = records(DATONG, places=("大通回族土族自治县",))
    for value in (60, 30, 40):
        assert one(found, value).period == "", value


def test_a_completion_year_named_before_stays_the_yield_s_time():
    found = records(XINHE, places=("新和县",))
    assert one(found, 18).kind == "target"
    assert one(found, 18).period != ""


# r485 (宁乡市, the 2023 statistics communique; trad in the page, simplified here)
NINGXIANG = (
    "宁乡市2023年国民经济和社会发展统计公报\n"
    "2023年,宁乡市委、市政府带领全市人民全面贯彻党的二十大精神,锚定“工业强市、幸福宁乡”发展定位和“建设省会副中心、"
    "挺进全国前十强”发展目标,坚持“稳住、进好、调优”总基调,踔厉奋发。全年地区生产总值1209.6亿元,增长4.5%。\n"
)

# f13_p17 (大冶市, the 2024 work report)
DAYE = (
    "大冶市2024年政府工作报告\n"
    "我们始终坚持以习近平新时代中国特色社会主义思想为指导,在市委的坚强领导下,锚定“当好主力军、走在全省前列、奋进全国"
    "五十强”的目标,深入开展“八大行动”。\n"
)

# r474 (荣昌工业园区, a first-quarter report)
RONGCHANG = (
    "荣昌县工业园区一季度实现工业总产值达76亿。其中拥有世界500强企业1家,正朝着千亿级工业园区的目标奋进,力争跻身全市"
    "工业园区前10强。\n"
)


def test_a_club_of_the_first_n_in_a_quoted_goal_is_no_rank():
    assert not [r for r in records(NINGXIANG, places=("宁乡市",)) if r.unit == "名次"]
    assert one(records(NINGXIANG, places=("宁乡市",)), 1209.6).kind == "actual"
    assert not [r for r in records(DAYE, places=("大冶市",)) if r.unit == "名次"]


def test_a_club_of_the_first_n_said_outside_a_quote_stays_a_target_rank():
    ranks = [r for r in records(RONGCHANG, date="2013-04-10") if r.unit == "名次"]
    assert [(r.value, r.cmp, r.kind) for r in ranks] == [(10, "<=", "target")]
