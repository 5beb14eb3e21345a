"""Target or achieved, the period and the document's date: rules taken from real texts (each test names its
page: last round's held-out documents, now tuning material, and pages swept for this round)."""

from __future__ import annotations

from ingest_helpers import one, records, text_date

from bot.ingest.manifest import infer_date
from bot.ingest.tense import ACTUAL, TARGET

# 365ljcf.com/content/2024-01/24/content_109829.htm (金秀 news of 2024-01 on 2023, traditional script; no date line)
_YEAR_END_NEWS = (
    "2023年,金秀瑤族自治縣堅持以習近平新時代中國特色社會主義思想為指引,高質量發展成色更亮、底色更足。 "
    "有“形”之數見證發展之“勢”。預計2023年,全縣地區生產總值完成57.16億元,增長2.5%,規上工業增加值完成5.83億元,"
    "增長7%;一般公共預算收入完成2.48億元,增長8%。 時間無跡,奮斗有痕。2023年,金秀獲評全國民族團結進步示範縣。\n"
    "打造產業發展“硬支撐” 打好工業升級戰。強化“一企一策”政策落實,促進企業滿產達產,"
    "預計全年規上工業總產值完成24.57億元,同比增長9%;加強企業上規入統,新增11家規上工業企業上規入統。"
    "多措并舉抓項目,抽水蓄能等21個項目實現開工建設,預計全年完成工業投資6.67億元,同比增長37.8%。\n"
)


def test_an_undated_estimate_of_a_whole_year_is_told_as_the_year_ends() -> None:
    # an estimate of the whole year's outcome, no part of the year gone by named: written at its end at the earliest
    assert text_date(_YEAR_END_NEWS) == "2023-12"
    found = records(_YEAR_END_NEWS, places=("金秀瑶族自治县",))
    for value in (57.16, 2.5, 5.83, 2.48, 24.57, 11, 21, 6.67):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2023"), value


def test_a_forecast_of_the_year_inside_a_report_of_its_months_stays_the_year_s_own() -> None:
    # a text of the months so far keeps its year as the present: its forecast is still to be reached
    text = "今年1-10月,全县完成固定资产投资126.6亿元,同比增长15.4%。预计全年完成固定资产投资150亿元。\n"
    assert infer_date(text) == ""
    text = "2023年1-10月,全县完成固定资产投资126.6亿元。预计2023年全年完成固定资产投资150亿元。\n"
    assert infer_date(text) == "2023"


def test_a_long_range_goal_s_year_past_the_plan_named_is_not_the_present() -> None:
    # www.884793.cn/content/2021-09/09/content_16268.html (云龙 after a prefecture meeting, traditional script): the
    # 十四五 and 2035 goals taken up as the county's mission; 2035 is the horizon, not the text's year
    text = (
        "提高政治站位,堅定目標不動搖。全縣上下思想高度統一,把“十四五”時期經濟增速年均保持在10%左右,總量突破100億元,"
        "2035年經濟總量力爭達到230億元、人均GDP力爭達到2.06萬美元作為云龍干部的使命和擔當。\n"
    )
    assert text_date(text) == ""
    found = records(text, places=("云龙县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (10, 100)] == [(TARGET, "2021-2025")] * 2
    assert [(one(found, v).kind, one(found, v).period) for v in (230, 2.06)] == [(TARGET, "2035")] * 2


def test_a_year_after_the_plan_named_may_still_be_the_present() -> None:
    # a text at the turn of two plans: `2026年,全县将…` after a look back on the 十四五 is the year planned now
    text = "“十四五”时期全县地区生产总值年均增长6%。2026年,全县将力争地区生产总值增长6.5%。\n"
    assert infer_date(text) == "2026"


# xiping.gov.cn/portal/zwgk/zdgk/zdmsly/msss/webinfo/2021/01/1613126960112437.htm (西平 2020, the county's report on
# the tasks the city set it: each numbered item restates a task, the lines under it tell what was done)
_TASK_REPORT = (
    "2020年初,县督查局对市政府下达的工作责任目标进行细化分解,建立台账,明确责任和完成时限,强力推进落实。"
    "现将工作落实情况汇报如下:\n"
    "1.全社会固定资产投资增速高于全省平均水平,继续保持全省第一方阵。\n"
    "1-11月固定资产投资同比增长6.3%,全市第3位。\n"
    "2.规模以上工业增加值增速高于全省平均水平,继续保持全省第一方阵。\n"
    "截止11月份规上工业增加值当月增速6.8%,1-11月累计增速4.9%。\n"
    "3.改扩建或开工新建1所以失能、半失能特困人员康复安置为主要功能的中心敬老院,护理床位达到50%以上。\n"
    "我县对第一托养中心进行了改建,建成西平县中心敬老院,增加了护理型床位50 张,护理型床位共159张,达到100%。\n"
    "4.完善农村经济困难高龄、失能等老年人补贴制度,按时足额发放资金。完成20所特困人员供养服务设施适老化改造提升工程。\n"
    "严格落实农村经济困难、失能老年人补贴制度,1-12月份共发放补贴资金12.3万元,补贴人数55人。\n"
    "7.高质量完成造林0.71万亩、国家储备林0.12万亩。森林抚育0.5万亩\n"
)


def test_the_numbered_items_of_a_progress_report_are_its_tasks() -> None:
    found = records(_TASK_REPORT, places=("西平县",))
    for value in (1, 20, 0.71, 0.12, 0.5):
        assert one(found, value).kind == TARGET, value
    assert [(r.unit, r.kind) for r in found if r.value == 50] == [("%", TARGET), ("张", ACTUAL)]
    for value in (6.3, 6.8, 4.9, 159, 12.3, 55):
        assert one(found, value).kind == ACTUAL, value


def test_the_task_items_stay_targets_when_the_report_is_dated_after_their_year() -> None:
    found = records(_TASK_REPORT, "2021-01-15", ("西平县",))
    assert [one(found, v).kind for v in (20, 0.71)] == [TARGET, TARGET]
    assert one(found, 12.3).kind == ACTUAL


def test_a_numbered_list_with_no_progress_lead_is_read_as_before() -> None:
    # the same items under no lead that reports progress: a list of what was done
    text = _TASK_REPORT.split("\n", 1)[1].replace("现将工作落实情况汇报如下:", "")
    found = records("2020年工作总结\n" + text, places=("西平县",))
    assert one(found, 20).kind == ACTUAL


def test_a_month_s_own_growth_is_of_that_month() -> None:
    # the same page: `截止11月份…当月增速6.8%` is November's alone; `1-11月累计增速` the months so far
    found = records(_TASK_REPORT, places=("西平县",))
    assert (one(found, 6.8).period, one(found, 4.9).period) == ("2020-11", "2020-01~2020-11")


def test_a_task_handed_down_and_its_breakdown_are_targets() -> None:
    # rozums.com/show.php?id=233791&siteid=1 (涿鹿 2021-07-20, traditional script)
    text = (
        "發布日期:2021-07-20信息來源: 涿鹿縣林草局\n"
        "2021年上級下達涿鹿縣造林綠化任務7.8萬畝(其中張承地區植樹造林項目3.8萬畝、封山育林1萬畝、營林撫育3萬畝),"
        "截至目前,完成張承地區造林項目1.6萬畝、封山育林1萬畝、營林撫育1.35萬畝,完成全年任務的50.6%。\n"
    )
    found = records(text, places=("涿鹿县",))
    for value in (7.8, 3.8, 3):
        assert one(found, value).kind == TARGET, value
    assert [r.kind for r in found if r.value == 1] == [TARGET, ACTUAL]
    for value in (1.6, 1.35, 50.6):
        assert one(found, value).kind == ACTUAL, value


def test_a_task_handed_down_that_was_completed_is_achieved() -> None:
    # seed 002 (启东 2021): `提前半年完成“十三五”期间南通市下达的43.7万亩高标准农田建设任务` tells the task done
    text = "2020年,高标准农田建设加快,提前半年完成“十三五”期间南通市下达的43.7万亩高标准农田建设任务。\n"
    assert one(records(text, "2021-01-10", ("启东市",)), 43.7).kind == ACTUAL


def test_the_present_in_a_review_of_the_year_past_is_that_year_s_outcome() -> None:
    # m.quanzhiji.cn/publish/2017/02/37_2889.html (云龙 news of 2017-02-23 on 2016, traditional script): `目前,…`
    # does not end the review the piece opened with `2016年,是“十三五”开局之年`
    text = (
        "發表于:2017-02-23 11:21:59|來源:環球游報\n"
        "2016年,是“十三五”開局之年。云龍縣充分搶抓機遇,進一步提振信心、推動發展。\n"
        "目前,該縣通鄉公路和行政村通村公路全部實現硬化油路化,勒子箐和鐵扇門水庫累計完成投資3.55億元;"
        "完成18座病險水庫除險加固,建成農村飲水工程281件,解決了4.14萬人的飲水安全問題。實施中低產田地改造4.22萬畝。\n"
    )
    found = records(text, places=("云龙县",))
    for value in (3.55, 18, 281, 4.14, 4.22):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2016"), value


def test_the_present_in_a_piece_of_the_present_year_is_that_year() -> None:
    # no review before it: `目前` is the piece's own year
    text = "發表于:2017-06-23\n目前,該縣累計完成投資3.55億元。\n"
    assert one(records(text, places=("云龙县",)), 3.55).period == "2017"


# yaan.scol.com.cn/jj/201904/56857931.html (雅安经开区 2019 一季度)
_QUARTER_NEWS = (
    "雅安经开区:一季度多项经济指标增长强劲\n"
    "www.scol.com.cn (2019-04-23 09:44:56) 来源:四川在线\n"
    "据介绍,一季度,经开区外出招商共计30次,其中“一把手”带队招商21次,而在4月16日至8日的“中外知名企业四川行”活动中,"
    "经开区共签约项目5个,投资金额49亿元。\n"
    "据统计,今年一季度,经开区招商引资到位资金累计完成14.98亿元,完成全年43亿元目标任务的34.82%。"
    "其中省外到位资金累计完成4.49亿元,完成全年14亿元目标任务的32%。\n"
)


def test_an_event_after_the_part_of_the_year_is_of_the_year() -> None:
    found = records(_QUARTER_NEWS)
    assert [one(found, v).period for v in (30, 21)] == ["2019Q1", "2019Q1"]
    assert [one(found, v).period for v in (5, 49)] == ["2019", "2019"]


def test_progress_against_the_year_s_named_amount_is_of_the_part_reported() -> None:
    # `据统计,今年一季度,` frames the paragraph; `完成全年43亿元目标任务的34.82%` is the quarter's progress
    found = records(_QUARTER_NEWS)
    for value in (14.98, 34.82, 4.49, 32):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2019Q1"), value


def test_since_last_year_is_the_years_to_the_text_s() -> None:
    # www.fuhuangjt.com/news/show-38511.html (金塔, traditional script): `去年以来` as `2021年以来`, to the text's year
    text = (
        "金塔縣堅持發展抓項目不動搖,搶抓政策機遇,去年以來,全縣完成投資億元以上項目22個,投資總額達到27.3億元。\n"
        "2012年至今,全縣開工建設500萬元以上項目270項,一批基礎設施、產業開發和社會發展項目相繼建成。\n"
    )
    found = records(text, places=("金塔县",))
    assert [one(found, v).period for v in (22, 27.3)] == ["2011-2012", "2011-2012"]


def test_a_share_of_the_year_s_plan_with_its_amount_after_it_is_of_the_part_reported() -> None:
    # xiexiebang.com/a6/2019051516/d577a083066ede01.html (a 2004 上半年 project report): `占年度计划15.3亿元的44.8%`
    text = (
        "一、我市上半年项目建设基本特点\n"
        "元至6月,我市完成全社会固定资产投资68585万元,同比增长44.7%,占年度计划15.3亿元的 44.8%;"
        "其中2004年完成投资61688.8万元。\n"
    )
    found = records(text, places=("资中县",))
    assert (one(found, 44.8).kind, one(found, 44.8).period) == (ACTUAL, "2004H1")
    assert (one(found, 15.3).kind, one(found, 15.3).period) == (TARGET, "2004")


def test_tasks_listed_as_behind_schedule_are_named_as_set() -> None:
    # www.xuancheng.gov.cn/OpennessContent/show/2044556.html (宣城 2020 1-11月 督查通报): the tasks behind schedule
    text = (
        "2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况\n发布时间:2020-12-24 09:12\n"
        "列入本次督查通报的量化指标任务共55项。截至目前,达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%,"
        "为“交通建设提升年”活动完成投资80亿元、普惠性幼儿园覆盖率达80%、公办幼儿园覆盖率达50%、新建安置区5个。\n"
    )
    found = records(text, places=("宣城市",))
    assert [one(found, v).kind for v in (55, 44, 11, 20.0)] == [ACTUAL] * 4
    # 80.0% of the tasks reached schedule; 80亿元 and 80% are tasks behind it
    assert sorted((r.unit, r.kind, "幼儿园" in r.text) for r in found if r.value == 80) == [
        ("%", ACTUAL, False),
        ("%", TARGET, True),
        ("亿元", TARGET, False),
    ]
    assert [one(found, v).kind for v in (50, 5)] == [TARGET, TARGET]


def test_a_ranking_list_named_by_its_year_dates_the_rank() -> None:
    # r92 (苏州工业园区 H1, traditional script; undated): `位列2023中国MEMS十大园区榜首`; jingyuhuahui.com (晋江经开区
    # 2024): `2024中国省级开发区高质量发展百强榜单`
    text = "集成電路規上企業實現營收399億元,獲批科技部生物藥品制品創新型產業集群,位列2023中國MEMS十大園區榜首。\n"
    (rank,) = [r for r in records(text, places=("苏州工业园区",)) if r.unit == "名次"]
    assert (rank.kind, rank.period) == (ACTUAL, "2023")


# bbs.xiushui.net/forum.php?action=printable&mod=viewthread&tid=210579 (修水 2014-12-07)
_WATER_NEWS = (
    "作者: wolong    時間: 2014-12-7 13:28\n"
    "  央廣網修水12月5日消息(黃海)自2012年至今,該縣通過安全飲水工程建設共解決了17萬余人的安全飲水問題。\n"
    "  2012年至2013年,該縣共投入5410余萬元,解決10余萬人安全飲水。“目前正在實施二期工程完工後,將有效解決集鎮6萬人的"
    "用水緊張問題。”渣津自來水廠總經理林平安說。今年,該縣投資2900余萬元,實施大椿、上杭等9個自來水工程項目,"
    "預計明年上半年可全部完工,將解決7.5萬人的安全飲水困難。\n"
)


def test_since_a_year_to_now_is_the_years_to_the_text_s() -> None:
    found = records(_WATER_NEWS, places=("修水县",))
    assert (one(found, 17).kind, one(found, 17).period) == (ACTUAL, "2012-2014")
    assert (one(found, 5410).kind, one(found, 5410).period) == (ACTUAL, "2012-2013")


def test_what_a_project_will_do_once_finished_is_still_to_come() -> None:
    # `…完工后,将有效解决…6万人`, and next year's first half is no part of the year gone by
    found = records(_WATER_NEWS, places=("修水县",))
    assert [one(found, v).kind for v in (6, 7.5)] == [TARGET, TARGET]
    assert [one(found, v).kind for v in (2900, 9)] == [ACTUAL, ACTUAL]
