"""The year and kind of a review's figures: effort spent is no intent, a streak told in its year counts the whole
years before it. From real texts."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# guanlizhidu.com/doc/2634520.html (湟源县 2025 work report, its review of 2024): `付出了不懈努力` is the effort the
# year took, not an aim; the GDP growth stood among the year's outcomes was filed as a target.
_HUANGYUAN = """2025年湟源县政府工作报告
一、2024年工作回顾
过去的一年,是感恩奋进的一年,我们扛牢责任、真抓实干,在机遇面前主动出击,在困难面前迎难而上,付出了不懈努力,交出了满意答卷,地区生产总值增长7%;固定资产投资增长30.6%;地方一般公共预算收入增长4%;全体居民人均可支配收入增长5.7%。
"""


def test_effort_spent_in_a_review_is_no_intent():
    found = records(_HUANGYUAN)
    assert {one(found, v).kind for v in (7, 30.6, 4, 5.7)} == {"actual"}
    assert {one(found, v).period for v in (7, 30.6, 4, 5.7)} == {"2024"}


# pinglun.youth.cn/wztt/201703/t20170307_9238528.htm (2017-03 comment on the 2016 review): `…的不懈努力下` is the
# effort under which the year's outcome came (the country's figures, told here of a county).
_UNDER_EFFORT = """湟源县2017年工作报告
回望2016年,我县面临诸多严峻挑战。在全县上下和合一心的不懈努力下,全县生产总值达到74.4亿元,增长6.7%;全年城镇新增就业1314人。
"""


def test_an_outcome_under_effort_is_achieved():
    found = records(_UNDER_EFFORT)
    assert {one(found, v).kind for v in (74.4, 6.7)} == {"actual"}


def test_an_effort_still_to_make_stays_an_intent():
    # r19 泗阳 (dev): `通过未来几年的努力进入全国百强县` is an aim
    found = records(
        "泗阳县2021年访谈\n我们希望通过未来几年的努力,地区生产总值达到1000亿元。\n", date="2021-03"
    )
    assert one(found, 1000).kind == "target"


# 123.232.116.197/dzrb/content/20240702/Articel01009MT.htm (大众日报 2024-07-02, an interview of 广饶's party
# secretary): a streak of GDP growth told in July counts the years whose figures are in, 2022 and 2023.
_GUANGRAO = """对话县委书记|广饶:“特长生”如何培强
2024-07-02 作者: 来源: 大众日报
问:广饶县的GDP增速连续两年保持全省136个县市区第1位,这个增速的支撑来自哪里?
"""


def test_a_streak_told_before_its_year_ends_counts_the_years_before():
    found = records(_GUANGRAO)
    assert {r.period for r in found if r.value == 1} == {"2022-2023"}


def test_a_streak_in_a_review_ends_with_the_year_reviewed():
    # r155 平谷 (dev9): `连续两年居全市第1` in the review of 2024 stays `2023-2024`
    text = "平谷区2025年政府工作报告\n一、2024年工作回顾\n2024年,农业总产值连续两年居全市第1位。\n"
    found = records(text, places=("平谷区",))
    assert {r.period for r in found if r.value == 1} == {"2023-2024"}


# 0525000.com/JiaoYuXinWen/594563.html (2017 百强县 news, traditional): a published list's streak counts the list's
# year, as `今年再进一步升至第八位` does.
_LIST = """全國百強縣排名及各省名單出爐
2017年全國百強縣名單。
第十六屆全國縣域經濟與縣域基本競爭力百強縣名單22日公布。“三湘第一縣”長沙縣位列第八名,連續8年居中西部第一,成為中國中西部縣域經濟發展的標桿。
"""


def test_a_published_lists_streak_counts_the_lists_year():
    found = records(_LIST, date="2017-10")
    assert {r.period for r in found if r.value == 1} == {"2010-2017"}


# sperm.laifutaikj.com/173579/shuanseasons.html (成县, a 2023 piece): its lead sums up the year the body calls
# `刚刚过去的2022年`, written as that year ended; `预计全年完成…` there is 2022's estimated outcome, not a goal.
_CHENGXIAN = """甘肃陇南成县:以“赶考”的姿态跑出“成县速度”******
——预计全年完成地区生产总值82.17亿元,增速7.8%;完成大口径财政收入13.3亿元,同比增长17.3%;
——完成一般公共预算收入4.81亿元,同比增长9.1%;新签约招商引资项目10个,总投资38.8亿元,到位资金15.14亿元,同比增长52.8%;
——集中力量打通城区10条“肠梗阻路”,埋设雨污管网20千米,完成道路改造9.1公里;工业增加值突破32亿元,建筑业增加值突破5亿元,省级全域旅游示范区初步创建成功。
刚刚过去的2022年,面对严峻复杂的发展环境和艰巨繁重的发展任务,成县高效统筹疫情防控和经济社会发展,紧盯园区、城区、景区“三大区块”能级提升,紧扣生态环境、社会环境、营商环境“三大环境”持续优化,项目建设跑出加速度,全县经济运行稳中加固、量增质优,生态底色更加靓丽,群众幸福指数持续提升,全县经济社会发展成绩亮丽喜人。
“四好农村路”全国示范县创建成功,医疗救治中心、中医院整体迁建、儿童医学救治中心等医疗服务能力提升项目加快推进,实验小学、县妇幼保健院搬迁项目建成启用。
成县把项目建设作为主战场,创新项目推进机制,聚焦经济社会发展短板和薄弱环节,围绕工业突破谋划扩容增量项目,围绕农业倍增谋划延链补链项目,围绕文旅融合谋划提质增效项目,积极扩大有效投资,优化投资结构,破解投资难题,推动项目建设扩数量提质量。全年谋划实施500万元以上投资项目77项,完成投资29.6亿元,发行专项债券项目14项,落实债券资金4.7亿元,较2021年增长126%。同时建立重大招商引资项目帮办代办制,新签约招商引资项目10个,总投资38.8亿元,到位资金15.14亿元,同比增长52.8%。
"""


def test_a_lead_summing_up_the_year_just_past_is_its_outcome():
    found = records(_CHENGXIAN)
    values = (82.17, 7.8, 13.3, 17.3, 4.81, 20, 77, 29.6)
    assert {(one(found, v).kind, one(found, v).period) for v in values} == {("actual", "2022")}


# qianjiang.cjyun.org/p/78288.html (an undated interview of 张金's party secretary): the quote opens with 2017's
# outcome and calls it `去年` further on; the interview is of 2018, and 2017's figures are its outcomes.
_ZHANGJIN = """转型整合再出发 “四抓”引领谋振兴——访张金镇党委书记、张金经济开发区工委书记李泰祥
云上潜江报道 “2017年,同尧纺织、嘉茂制衣、诺琦服饰等企业落户张金,经济发展形势明显好转,企业投资意愿和信心显著增强。规上工业总产值、规上工业增加值、固定资产投资、招商引资全面完成任务,全年完成税收1.03亿元,时隔3年税收再次过亿。”3月3日,李泰祥在接受记者采访时说。
“去年,我镇从抓思想建设、抓招商引资、抓转型升级、抓作风建设入手,全力以赴抓工业项目建设。”李泰祥介绍,“全年‘走出去’55次、‘请进来’42次,洽谈意向性投资项目17个,招引落户项目8个。”
"""


def test_an_undated_interview_that_calls_the_year_it_names_last_year_is_of_the_next():
    found = records(_ZHANGJIN, places=("张金经济开发区",))
    assert {(one(found, v).kind, one(found, v).period) for v in (1.03, 55, 42, 17, 8)} == {("actual", "2017")}
