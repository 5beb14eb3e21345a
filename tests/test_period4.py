"""The period of figures in reports of a part of the year, and in news, from real texts: which figures get the
report's months and which the year."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# r195 郑州高新区 (dev11, finance.sina.com.cn 2024-08-27, a mid-year news report): a total so far told with no time of
# its own and no change against the year before was given the half year; the labels give it the year. (The labels give
# the year to `新增省级工程研究中心5家` too, told with no word of what stands: it stays the half year's.)
_ZHENGZHOU = """今年上半年GDP同比增长3.1% 高新区交出高质量发展答卷
2024年08月27日 08:39 中原网

2024年上半年,实现GDP307.3亿元,同比增长3.1%;规上工业增加值完成80.5亿元,同比增长12.7%。

产业高地建设迈上新台阶。推动产业链式发展,主导产业新签约项目签约额402.43亿元,累计获批“链主”企业34家,占全市的25.56%。上半年新增第二批郑州市“链主”企业15家,占全市的21.7%。

创新驱动发展开拓新局面。创新主体持续壮大,上半年新增郑州市科技型企业193家,入库高企后备企业618家。创新平台加速集聚,新增省级工程研究中心5家。
"""


def test_what_stands_as_told_in_a_mid_year_report_is_the_years():
    found = records(_ZHENGZHOU, places=("郑州高新技术产业开发区",))
    assert {one(found, v).period for v in (402.43, 34, 25.56)} == {"2024"}


def test_figures_the_half_year_names_or_measures_stay_the_half_years():
    found = records(_ZHENGZHOU, places=("郑州高新技术产业开发区",))
    assert {one(found, v).period for v in (307.3, 80.5, 12.7, 15, 21.7, 193, 618)} == {"2024H1"}


# 6dgww.com/Article/2217774.html (a county's `2016年上半年经济社会发展情况的报告`, fresh page): the year's programme of
# key projects was the half year's; its growth figures and its progress toward the year's plan are the half year's.
_HALF_YEAR_REPORT = """2016年上半年经济社会发展情况的报告
今年以来,全县经济呈现平稳较快发展态势。预计至6月底,全县生产总值达14.68亿元,增长14.5%,其中第一产业增加值2.52亿元,增长7.9%。
重点项目建设进展顺利。全县共确定县级重点项目5大类51个,其中新建项目36个,续建项目15个。目前已开工建设43个,累计完成投资10.6亿元,占年度计划投资的31.4%。秦晋大酒店、西卓子井田、山阳井田等8个市级重点建设项目全部开工建设,累计完成投资6.23亿元,占年度计划投资的40.2%。
"""


def test_a_programme_of_the_year_in_a_half_year_report_is_the_years():
    found = records(_HALF_YEAR_REPORT, places=("柳林县",))
    assert {one(found, v).period for v in (51, 36, 15, 43)} == {"2016"}
    assert {one(found, v).period for v in (14.68, 14.5, 2.52, 7.9)} == {"2016H1"}
    # progress toward the year's plan is the half year's
    assert {one(found, v).period for v in (6.23, 40.2)} == {"2016H1"}


# r155 平谷 (dev9, a news report of the 区 congress session of 2025-01 reviewing 2024): a sentence opening with
# `前三季度` in a paragraph about the whole of 2024 gave its months to the sentences after it.
_PINGGU = """1月9日,北京市平谷区第六届人民代表大会第六次会议隆重开幕。
狄涛代表平谷区人民政府向大会报告工作。报告指出,2024年,平谷以服务新时代首都发展为统领,高大尚平谷建设迈出坚实步伐。农业生产总值预计完成40.7亿元,连续两年居全市第1。前三季度农村居民人均可支配收入29358元,居生态涵养区第1。乡村全面振兴发展指数77.3,排名全国78位,居全市第3、生态涵养区第1。
"""


def test_a_part_of_a_reviewed_year_frames_its_own_sentence_only():
    found = records(_PINGGU, date="2025-01-09", places=("平谷区",))  # (the whole text is dated so)
    assert one(found, 29358).period == "2024-01~2024-09"
    assert {one(found, v).period for v in (78, 3)} == {"2024"}


# cxztzcjw.cn/info/1003/1169.htm (a development zone's 1–10月 investment news of 2018, fresh page); r190 阿克苏 (dev11,
# `1-5月,…完成地区目标任务283亿元的39.43%`): a task set from above, a share of it done, was given the months.
_CHUXIONG = """开发区招商局年度招商引资工作取得实效
开发区招商局紧紧围绕省、州招商部门的年度工作部署,使2018年度招商引资工作取得实效。
今年1到10月,开发区招商引资到位资金超历史同期水平,完成州外到位资金120.44亿元,同比增长29%,完成州政府下达任务数132.63亿元的90.8%。
"""


def test_a_task_set_from_above_is_the_years_its_share_done_the_months():
    found = records(_CHUXIONG, places=("楚雄市",))
    assert (one(found, 132.63).kind, one(found, 132.63).period) == ("target", "2018")
    assert one(found, 90.8).period == "2018-01~2018-10"


# m.airmangenerator.com/zsyz/zcfg/11258985811.html (a city's 2023年1-6月 investment report, fresh page): the share of a
# year's task counted in projects took the year from `年度`.
_HALF_YEAR_TASKS = """为了进一步做好招商引资工作,现对2023年1-6月全市招商引资工作情况通报如下:
(三)新开工工业招商项目数
1-6月份,新开工工业项目78个,完成年度目标任务132个的59.09%,同比增长16.42%。
"""


def test_the_share_of_a_years_task_counted_in_projects_is_the_months():
    found = records(_HALF_YEAR_TASKS, places=("六盘水市",))
    assert {one(found, v).period for v in (78, 59.09, 16.42)} == {"2023H1"}
    assert one(found, 132).period == "2023"


# khnews.zjol.com.cn/khnews/system/2016/08/05/020653945.shtml (开化 mid-year news, fresh page): a paragraph opening
# `总结上半年…` reviews a part of a year; reading its period as a year's stopped the whole document.
_KAIHUA = """上半年经济工作交出亮眼成绩单
2016年8月5日 15:24
  总结上半年我县经济运行情况,可以概括为一个“稳”字。上半年,全县经济延续一季度较快增长势头,完成地区生产总值48.88亿元。
  纵向比较看,年初七项主要经济指标的预期全部如期超额完成(GDP增长7.8%,高0.8个点;一般公共预算收入增长39.1%,高29.1个点)。
"""


def test_a_review_of_a_half_year_is_read_not_stopped_on():
    found = records(_KAIHUA, places=("开化县",))
    assert one(found, 39.1).period == "2016H1"


# r181 天祝 (dev10, a news piece of 2023-05-25) and heb.ddbgt.com/metal/htmlhq/2022-10-10/851095.asp (fresh page): the
# quarter that names a batch of projects started together was taken for the figures' period; the labels give the year,
# as for `2022年第三季度重点项目集中开工` (r137 凤县) and `5月份集中开工` (r113 禹城).
_TIANZHU = """甘肃天祝36个重大工程吹响集中开建冲锋号
2023年5月25日,甘肃天祝2023年第二季度36个工程集中开建,总投资52.25亿元,其中亿元以上项目13项,总投资44.38 亿元。
"""
_QUARTER_BATCH = (
    "10月8日, 沧州市举行2022年第四季度项目集中开工活动。此次共有98个项目集中开工,总投资120.14亿元。\n"
)


def test_a_quarter_naming_a_batch_of_projects_started_is_the_years():
    found = records(_TIANZHU, places=("天祝藏族自治县",))
    assert {one(found, v).period for v in (52.25, 13, 44.38)} == {"2023"}
    found = records(_QUARTER_BATCH, date="2022-10-10", places=("沧州市",))
    assert {one(found, v).period for v in (98, 120.14)} == {"2022"}


def test_a_quarters_figures_with_no_batch_stay_the_quarters():
    found = records(
        "2023年5月25日,天祝县第二季度新开工项目36个,总投资52.25亿元。\n", places=("天祝藏族自治县",)
    )
    assert one(found, 36).period == "2023Q2"


# r214 通城 (dev11, a mid-year news piece of 2016): projects signed at a fair in a month named by the month.
_TONGCHENG = (
    "该县通过积极组织大型招商活动,形成招商引资的浓厚氛围。今年3月,该县成功开展了“招商引资月”活动,5个项目现场签约。"
    "5月份,该县又组团参加了2016鄂沪(长三角)经贸合作洽谈会,亚细亚陶瓷科技产业园等4个项目在会上签约。\n"
)


def test_projects_signed_at_an_event_of_a_month_are_the_years():
    found = records(_TONGCHENG, date="2016", places=("通城县",))  # (as the whole text is dated)
    assert one(found, 4).period == "2016"
