"""Kind and period rules found on swept task lists, project tables and congress news (time17)."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# A congress news piece: the report's review opens in the second sentence of a paragraph, after a lead that states
# nothing; its figures, in the paragraph after, are of the year before (kbhxn.com 兴山县 2018-04-24).
_XINGSHAN = """兴山县第十八届人民代表大会第四次会议开幕
| 招商动态 |2018-04-24
4月20日上午,兴山县第十八届人民代表大会第四次会议在县文化中心礼堂开幕。
会上,曹宏伟代表县人民政府向大会作政府工作报告。曹宏伟指出,过去一年,在县委坚强领导下,全县坚定不移贯彻新发展理念,县域经济社会发展呈现良好态势。
经济运行质量明显提升。全县经济运行稳中向好,主要经济指标好于预期。规模工业增加值增长4.3%,增幅位居全市第一;完成地方公共财政预算收入7.43亿元,税收占比66%。
关于今年的政府工作
今年政府工作的总体要求是:全面贯彻落实党的十九大精神,确保地区生产总值增长8%。
"""


def test_a_review_opened_after_a_lead_sentence_is_of_the_year_before():
    found = records(_XINGSHAN, places=("兴山县",))
    for value in (4.3, 7.43, 66):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2017")
    goal = one(found, 8)
    assert (goal.kind, goal.period) == ("target", "2018")


# A rate of the year's plan done, in a sentence framed by the months so far (dajinya.com 相城区 2023-08, traditional).
_XIANGCHENG = """31個民生實事項目全部啟動 相城區推動項目加速建設實施
蘇報訊 記者昨日從相城區了解到,截至今年7月,相城區2023年民生實事31個項目已全部啟動實施。
根據相關報告,今年,相城區共安排實施31個民生實事項目,總投資170.43億元,年度計劃投資24.26億元。1至7月,累計完成投資12.09億元,年度計劃完成率49.83%,較去年同期提高4.8個百分點。
"""


def test_a_rate_of_the_plan_done_is_achieved_over_the_months_so_far():
    found = records(_XIANGCHENG, date="2023-08-26", places=("相城区",))
    for value in (49.83, 4.8):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2023-01~2023-07")
    plan = one(found, 24.26)
    assert (plan.kind, plan.period) == ("target", "2023")


# A progress table of the year's livelihood tasks flattened one cell to a line; its title reports progress (`推进情况`),
# but each row's first cell is the task as set (chongchuan.gov.cn 崇川区 2023, 1-11月).
_CHONGCHUAN = """
2023年区政府重点民生实事项目推进情况(1-11月)
序号 |
主要任务 |
全年目标任务 |
分管 领导 |
牵头 单位 |
责任主体与协同单位 |
1-10月推进情况 |
1-11月推进情况 |
是否达序 |
说明 |
24 |
优化提升50条背街后巷交通组织。 |
徐国江 |
城管局 |
市政局、相关街道 |
已进场施工,完成30%。 |
已进场施工,完成60%。 |
是 |
||
25 |
新增四分类“三定一督”达标小区210个。 |
徐国江 |
城管局 |
市政局、环卫处、各街道 |
已进场施工,正在推进点位选址、场地硬化。 |
在46个小区,建成38个厢房,70个分类亭。 |
否 |
项目于9月28才签订合同,滞后了2个月,后期将加快推进。 |
|
26 |
新建建筑垃圾中转站8个、建筑垃圾分类池20个。 |
徐国江 |
城管局 |
相关街道 |
已建成建筑垃圾中转站3个、分类池10个;其余点位已启动建设流程。 |
已建成建筑垃圾中转站7个、分类池17个。 |
是 |
"""


def test_the_first_cell_of_a_flat_task_table_row_is_the_task_set():
    found = records(_CHONGCHUAN, places=("崇川区",))
    for value in (50, 210, 8, 20):
        r = one(found, value)
        assert (r.kind, r.period) == ("target", "2023")
    for value, months in (
        (38, "2023-01~2023-11"),
        (7, "2023-01~2023-11"),
        (17, "2023-01~2023-11"),
        (3, "2023-01~2023-10"),
    ):
        assert (one(found, value).kind, one(found, value).period) == ("actual", months), value


# News of projects started together: the count and the investment of what the event started are done, though the
# page goes on to what the projects will do (r161 石门县 2021-10, m.voc.com.cn).
_SHIMEN = """新湖南湖南日报新媒体
石门县10月份6个项目集中开工 总投资7亿元
2021-10-08 16:22:54
湖南日报·新湖南客户端10月8日讯 10月8日,石门县6大项目集中开工,总投资约7亿元。
投资1亿元的高清摄像头模块生产线项目,该项目投产达效后可实现年产值1亿元,提供就业岗位150个。
"""


def test_projects_started_together_are_news_of_something_done():
    found = records(_SHIMEN, places=("石门县",))
    assert {r.kind for r in found if r.value in (6, 7)} == {"actual"}
    assert one(found, 150).kind == "target"  # what a project will do once running


def test_projects_to_be_started_together_stay_a_plan():
    found = records("今年11月,全县将集中开工项目20个,总投资50亿元。", date="2021-10-01", places=("石门县",))
    assert {r.kind for r in found} == {"target"}


# A work report's review: the bonds won from above are won, and the projects' rates reached (r159 白沙 2025, xtskoda.com,
# traditional script).
_BAISHA = """二、2024年工作回顧
(一)以十足干勁推動經濟穩中向好。
制定出台8條穩增長政策措施,爭取超長期特別國債、一般和專項債券、化債資金等上級債券資金8.66億元,25個省縣重大項目開工率、年度投資完成率實現“雙破百”。
"""


def test_national_bonds_won_in_a_review_are_achieved():
    found = records(_BAISHA, date="2025-01-20", places=("白沙黎族自治县",))
    for value in (8.66, 25):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2024")


# A company's plan told in a news piece: `将兴建` looks ahead (r167 封开 2007, m.lurdlur.com, traditional script).
_FENGKAI = """封開縣招商引資成效顯著
該公司首期投資十五億人民幣興建二條新型乾法水泥生產線正式動工。香港華潤水泥控股有限公司將興建六條年產水泥一千二百萬噸的新型乾法旋窯水泥生產線。
"""


def test_a_company_that_will_build_sets_a_target():
    found = records(_FENGKAI, places=("封开县",))
    assert one(found, 6).kind == "target"


# An interview a month into the year: the question looks back on the year past, so the answer's `年度` is that year;
# a quoted slogan (`“走上去争取、…”`) states no intent (guanhai.com.cn 即墨区 2025-01-24).
_JIMO = """青岛日报/观海新闻1月24日讯 今天下午,即墨区委副书记、区长孙杰做客民生在线,对网民关心的热点问题作出解答。
主持人:过去一年即墨区经济社会发展取得了不少新的成绩,能不能简单给大家盘点一下?
孙杰:刚刚过去的2024年,应该说是极具挑战、很不平凡的一年,总体结果好于预期。
一是“进”的态势更加巩固。特别是持续加大“走上去争取、走出去招引、走进去服务”力度,新引进重点项目180个、计划总投资766.3亿元,182个省市区重点项目预计纳统投资390亿元、超额完成年度计划,发行专项债93.5亿元,争取中央预算内投资和超长期国债等政策资金9.85亿元,总量居全市首位。
"""


def test_an_interview_answer_about_the_year_past_reports_it():
    found = records(_JIMO, date="2025-01-24", places=("即墨区",))
    for value in (180, 766.3, 182, 390, 93.5, 9.85):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2024"), value


# A headline that repeats the body's goal (news.qq.com 历城区 2025-01-09).
_LICHENG = """地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图
1月9日,济南市历城区第十九届人民代表大会第四次会议召开。会上,历城区委副书记、区长续明代表历城区人民政府向大会报告工作。
经济社会发展主要预期目标是:地区生产总值增长5.6%以上,规模以上工业增加值增长7.5%以上。
"""


def test_a_headline_takes_the_kind_of_the_body_figure_it_repeats():
    found = records(_LICHENG, date="2025-01-09", places=("历城区",))
    assert {(r.kind, r.period) for r in found if r.value == 5.6} == {("target", "2025")}


# An undated piece that names only years before its present: a year's end the years up to now start from, a level
# then set against now (dw2888.com 丘北, traditional script with no date line).
def test_a_text_naming_only_years_before_its_present_is_undated():
    qiubei = "自2012年年底實施“三農”發展大規劃以來,該縣道路建設穩步推進。該縣電力裝機容量從2012年的22.04萬千瓦增加到現在的25.64萬千瓦。"
    assert text_date(qiubei) == ""
    assert text_date("2012年以来,该县累计完成投资6亿元。") == "2012"
    found = records(
        "截至目前,該縣實施農村通達工程5條。從2009年以來,該縣共完成中低產田改造面積22.75萬畝。" + qiubei,
        places=("丘北县",),
    )
    assert [one(found, v).period for v in (5, 22.75)] == ["", ""]


# A meeting's news: the instructions read as plans, but what the reporter learned is fact; the plan's amount in a
# later clause speaks for itself only (santai.gov.cn 三台县 2020-08-07).
_SANTAI = """三台县2020年民生工作推进会召开
发布日期:2020-08-07 15:26 来源: 融媒体中心
8月6日,我县2020年民生工作推进会召开,研究部署2020年下半年民生实事项目落实工作。
会议强调,各级各部门要加大监督力度,确保各项目安全、有序推进。
据了解, 2020年,我县实施省级民生实事项目23件、市级民生实事项目18件、县级民生实事项目10件,共计划安排资金78420.32万元。
"""


def test_what_a_news_piece_learned_is_fact_and_a_later_plan_is_its_own():
    found = records(_SANTAI, places=("三台县",))
    for value in (23, 18, 10):
        assert (one(found, value).kind, one(found, value).period) == ("actual", "2020")
    assert one(found, 78420.32).kind == "target"


# A zone's plan for the years of a five-year plan, told as the years it takes (r162 益阳长春经开区 2021, a deputy's
# interview; its address in tests/real/SOURCES.md).
_CHANGCHUN = """2021-10-23 16:55 发表于湖南
刘琛表示,下阶段,长春经开区将深入实施“三高四新”战略。三是突出招商引资,力争通过5年努力,引进50家投资过亿元的企业落户。五是突出要素保障,力争五年内融资70亿元以上。年内新增企业10家。
"""


def test_the_years_a_goal_takes_are_its_period():
    found = records(_CHANGCHUN, places=("益阳长春经济开发区",))
    for value in (50, 70):
        assert one(found, value).period == "2021-2025"
    assert one(found, 10).period == "2021"


# A rank held for years running, in a review of the year before (r155 平谷区 2025-01, a congress news piece).
def test_a_rank_held_years_running_spans_them():
    text = (
        "1月9日,平谷区第六届人民代表大会第六次会议开幕。报告指出,2024年,平谷农业生产总值连续两年居全市第1。"
    )
    found = records(text, date="2025-01-09", places=("平谷区",))
    assert one(found, 1).period == "2023-2024"
