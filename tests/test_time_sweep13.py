"""Target or achieved and the period: rules taken from freshly swept real pages (each test names its page)."""

from __future__ import annotations

from ingest_helpers import one, records, text_date

from bot.ingest.tense import ACTUAL, TARGET

# www.qufk.cn/news-read-id-57200.html (果洛 2023: news of a congress session held on 2月26日, no year in the dateline)
_SESSION_NEWS = (
    "央广网果洛2月26日消息(记者汪晓青)2月26日,果洛藏族自治州第十五届人民代表大会第四次会议开幕。果洛州人民政府州长叶万彬"
    "代表果洛州人民政府作工作报告。\n"
    "报告指出,2022年,是全党全国各族人民迈上全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的重要一年,也是果洛州"
    "发展进程中极具考验、极其艰难、极不平凡的一年。\n"
    "2022年,果洛州实现地区生产总值53.62亿元,同比增长2.7%,增幅位列全省第二;全社会固定资产投资79.82亿元,同比增长31.8%;"
    "城镇登记失业率控制在3%以内。\n"
    "果洛州划定发展预期目标,地区生产总值增长3%;全社会固定资产投资增长7%;居民消费价格涨幅控制在3%以内。\n"
)


def test_a_session_news_piece_telling_a_named_years_outcome_is_of_the_year_after() -> None:
    assert text_date(_SESSION_NEWS) == "2023-02-26"  # the lead's day (`…2月26日消息`)
    found = records(_SESSION_NEWS, places=("果洛藏族自治州",))
    for value in (53.62, 2.7, 79.82, 31.8):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2022"), value
    review, plan = sorted((r for r in found if r.value == 3 and r.cmp == "<="), key=lambda r: r.start)
    assert (review.kind, review.period) == (
        ACTUAL,
        "2022",
    )  # unemployment kept within 3% in the year reviewed
    assert (plan.kind, plan.period) == (TARGET, "2023")  # prices to be kept within 3%
    assert (one(found, 7).kind, one(found, 7).period) == (TARGET, "2023")


def test_a_years_part_told_on_a_day_does_not_move_the_date() -> None:
    # the rule above reads a whole year's outcome only: `2022年1-2月,全县实现…` is told within that year
    text = "3月10日,记者从县统计局获悉,2022年1-2月,全县实现规模以上工业增加值5.2亿元,同比增长8%。"
    assert text_date(text) == "2022"


def test_funds_secured_in_a_review_are_no_intent() -> None:
    # bx2200.com/baogao/xn/9984.html (牟定 work report of 2024-01-18, `2023年工作回顾`)
    text = (
        "政 府 工 作 报 告\n——2024年1月18日在牟定县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n"
        "——这一年,我们尽心竭力谋实策、出实招,产业发展扩能升级。工业经济蓄势待发。云南牟定产业园区管委会挂牌成立,"
        "争取到位园区配套基础设施建设专债资金10亿元,实施基础设施建设项目27个。\n"
    )
    found = records(text, places=("牟定县",))
    for value in (10, 27):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2023"), value


def test_a_year_to_reach_after_zhengqu_stays_an_intent() -> None:
    # (the r41 扶绥 interview: `我们争取到2012年在两个经济指标上达到两个百亿`)
    found = records(
        "从目标来讲,扶绥争取到2012年地区生产总值超过100亿元。", date="2010-05", places=("扶绥县",)
    )
    assert one(found, 100).kind == TARGET


# av069.com/xqzc/xianqudongtai/mszx/2012-10-15/76064.html (商南 2012 news, traditional script, no year in the text)
_LIVELIHOOD = (
    "本網訊 (李治軍 杜濤)近日,隨著商南縣試馬鎮荊家河至百雞河河堤修復加固工程、十里坪鎮小川村供水工程等一大批民生工程相繼完工,"
    "該縣年度確立的131個民生項目已有90個完工,完工率達68.7%。\n"
    "試馬鎮郭埡村通村路、富生公路(富水至生龍寨景點)、商盧路改造等項目的建成方便了當地群眾出行、出游,投資80萬元的青山鎮吉亭村"
    "供水工程完工后,該村1000多名村民再也不為人畜飲水發愁。\n"
)


def test_a_task_whose_clause_goes_on_to_how_many_are_done_is_the_task() -> None:
    found = records(_LIVELIHOOD, places=("商南县",))
    assert one(found, 131).kind == TARGET
    assert one(found, 90).kind == ACTUAL


def test_what_a_finished_project_did_is_no_projection() -> None:
    found = records(_LIVELIHOOD, places=("商南县",))
    assert one(found, 1000).kind == ACTUAL


def test_a_projection_said_of_what_a_project_will_do_stays_ahead() -> None:
    # (`预计建成后可实现年总产值150亿元`, a dev page; `项目建成后,年可实现产值超百亿元`, 61.185.136.75 商洛日报 2015)
    found = records("该项目已开工建设,预计建成后可实现年总产值150亿元。", date="2019-05", places=("平远县",))
    assert one(found, 150).kind == TARGET


def test_a_programme_named_by_its_plan_does_not_make_its_progress_planned() -> None:
    # orisbrush.com/xqzc/xianqudongtai/mszx/2011-08-09/32348.html (商南 2011 news, traditional script)
    text = (
        "截至目前,今年計劃實施的66個重大項目已有60個啟動建設,完成投資21.24億元,占計劃的54.3%;其中有3個項目竣工,"
        "25個市級重點項目全部開工,完成投資9.79億元,占年度投資計劃的76.97%,其中20個市級重點項目超過了計劃進度。\n"
    )
    found = records(text, places=("商南县",))
    assert one(found, 66).kind == TARGET  # the programme's size
    for value in (60, 21.24, 54.3, 3, 25, 9.79, 76.97, 20):
        assert one(found, value).kind == ACTUAL, value


def test_up_to_a_months_end_with_zhi_is_the_months_so_far() -> None:
    # kaiping.gov.cn/kpszfw/zwgk/tjxx/tjfx/content/post_1889494.html (开平 2018 1-9月 statistics note)
    text = (
        "(六)房地产市场注入新动力\n"
        "至9月份止,我市房地产市场累计新增开平市中禧实业有限公司等十家房地产企业入库统计,行业运行的活跃度上升,行业从业人员和"
        "劳动报酬分别增长19.93%和15.57%。\n开平市统计局\n2018年10月24日\n"
    )
    found = records(text, places=("开平市",))
    for value in (19.93, 15.57):
        assert one(found, value).period == "2018-01~2018-09", value


def test_the_two_ends_of_a_change_over_named_years_are_of_those_years() -> None:
    # www.tibetol.cn/html/2017/qitazangqu_1005/34627.html (迪庆 2017-10 news)
    text = (
        "2012年到2016年,全州地区生产总值从113.6亿元增加到180.6亿元,年均增长12.3%;人均生产总值从28133元增加到44153元,"
        "年均增长11.9%;地方公共财政收入从10.8亿元增加到16.5亿元,年均增长11.2%。"
    )
    found = records(text, date="2017-10-05", places=("迪庆藏族自治州",))
    for start, end in ((113.6, 180.6), (28133, 44153), (10.8, 16.5)):
        assert one(found, start).period == "2012", start
        assert one(found, end).period == "2016", end
    assert one(found, 12.3).period == "2012-2016"


def test_the_start_of_a_change_over_a_plan_is_of_the_year_before_it() -> None:
    # (the 迪庆 time9 review: the level a plan's years started from is the one the year before them ended at)
    found = records(
        "“十三五”时期,全州地方一般公共预算收入由21亿元提高到41.5亿元。",
        date="2021-02",
        places=("迪庆藏族自治州",),
    )
    assert (one(found, 21).period, one(found, 41.5).period) == ("2015", "2020")


def test_a_year_in_the_level_to_catch_up_with_is_no_period() -> None:
    # (陆丰 time9 review: `赶超…2020年的经济总量` names the mark, not the figure's year)
    found = records(
        "2021年,陆丰市赶超海丰县2020年的经济总量,地区生产总值达到400.2亿元。",
        date="2022-03",
        places=("陆丰市",),
    )
    assert one(found, 400.2).period == "2021"


def test_a_goal_set_out_after_a_look_ahead_is_a_target() -> None:
    # m.wsvh.cn/zwgk/system/2023/02/26/030011271.shtml (果洛 news of 2023-02-26, traditional script)
    text = (
        "【果洛州】經濟運行穩中有進 人均收入實現雙增長\n來源:青海日報 作者:李興發 發布時間:2023-02-26 09:02\n"
        "  2月22日,記者從果洛藏族自治州委了解到,果洛州經濟發展持續保持著穩中有進、向上向好的良好態勢。\n"
        "  據了解,2022年果洛州嚴格按照重大要求,堅持穩中求進工作總基調。據最新統計,果洛州在2022年完成地區生產總值53.62億元,"
        "較2021年同比增長了2.7%。全社會固定資產投資達到了79.81億元。\n"
        "  今年,果洛州將突出做好穩增長、穩就業、穩物價工作,推動經濟運行整體好轉,實現質的有效提升和量的合理增長。並制定了"
        "地區生產總值增長3%;全社會固定資產投資增長7%。\n"
    )
    found = records(text, places=("果洛藏族自治州",))
    assert (one(found, 53.62).kind, one(found, 53.62).period) == (ACTUAL, "2022")
    for value in (3, 7):
        assert (one(found, value).kind, one(found, value).period) == (TARGET, "2023"), value


def test_figures_of_a_text_dated_in_summer_that_names_no_part_of_the_year_are_not_the_first_halfs() -> None:
    # www.yndtjj.com/dichan/20220809/0919871.html (迪庆 `云南这十年` news of 2022-08-09)
    text = (
        "云南这十年!迪庆公路通车总里程达8689公里进入“动车时代”\n时间:2022-08-09 09:38:36\n"
        "脱贫攻坚期间,迪庆州累计整合投入扶贫资金145亿元,实施扶贫项目1.2万个,全州7.41万贫困人口全部脱贫,3个贫困县(市)"
        "全部摘帽,147个贫困村全部出列,实现整州脱贫。\n"
    )
    found = records(text, places=("迪庆藏族自治州",))
    for value in (8689, 145, 3, 147):
        assert not one(found, value).period.endswith("H1"), value


def test_the_years_plan_of_a_project_group_is_a_target_in_a_progress_report() -> None:
    # www.wj.gov.cn/html/czwj/2017/BENMPFPJ_1019/102703.html (武进 2017 1-9月 key projects)
    text = (
        "1、新建项目。新建项目共185个,计划总投资624.4亿元,年内计划投资246.5亿元。至9月底,开工建设160个,开工率为86.5%,"
        "累计完成投资153.7亿元,完成年度计划的62.4%。\n"
    )
    found = records(text, date="2017-10-19", places=("武进区",))
    assert one(found, 246.5).kind == TARGET
    for value in (160, 86.5, 153.7, 62.4):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2017-01~2017-09"), value


def test_a_programmes_planned_investment_in_the_year_under_way_is_a_target() -> None:
    # www.yngm.gov.cn/info/1017/2117.htm (耿马 2018 rural roads: the year's programme, then what is done so far)
    text = (
        "2018年上级下达我县农村公路建设项目47条267公里,现已全部开工建设,结合全县脱贫攻坚需要,我县调整项目10条98公里。"
        "全县共实施农村公路项目68条286公里,计划投资22026万元。目前,直过民族村组公路已完成85公里,完成总里程的31%,"
        "完成投资7120万元。\n"
    )
    found = records(text, places=("耿马傣族佤族自治县",))
    assert (one(found, 22026).kind, one(found, 22026).period) == (TARGET, "2018")
    for value in (85, 31, 7120):
        assert one(found, value).kind == ACTUAL, value


_PLAN_REPORT = (
    "国民经济和社会发展计划执行情况及国民经济和社会发展计划草案的报告\n\n时间:2022-03-27 10:17:00\n\n各位代表:\n\n"
    "受县人民政府委托,现将2007年国民经济和社会发展计划执行情况及2008年国民经济和社会发展计划草案提请县第十六届人大二次会议"
    "审议。\n\n一、2007年国民经济和社会发展计划执行情况\n\n"
    "预计(下同)全年实现现价地区生产总值24.9亿元,按2005年可比价格(下同)计算,比上年(下同)增长10.0%,完成年度计划的105.7%。\n"
)


def test_a_plan_reports_part_heading_dates_a_page_posted_years_later() -> None:
    # www.gwyoo.com/article/zhongjibaogao/dzbg/200803/111922.html (a county's 2007 plan report, reposted 2022-03-27)
    assert text_date(_PLAN_REPORT) == "2008"


def test_the_year_of_the_prices_a_growth_is_reckoned_at_is_no_period() -> None:
    found = records(_PLAN_REPORT, places=("平利县",))
    for value in (24.9, 10.0, 105.7):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2007"), value


def test_a_change_with_no_years_after_one_with_years_is_of_the_same_years() -> None:
    # www.yndtjj.com/dichan/20220809/0919871.html (迪庆 `云南这十年` news of 2022-08-09)
    text = (
        "迪庆州委书记王以志介绍,十年来,迪庆州主要经济指标保持较快增长。地区生产总值从2012年的113.63亿元增长到2021年的293.27亿元,"
        "年均增长9.8%,增速位居全国10个藏族自治州首位、全省第三位;人均地区生产总值从2.81万元增长到7.55万元,排名全国10个藏族"
        "自治州第二位、全省第三位;城镇常住居民人均可支配收入从2.15万元增长到4.24万元。\n"
    )
    found = records(text, date="2022-08-09", places=("迪庆藏族自治州",))
    for start, end in ((113.63, 293.27), (2.81, 7.55), (2.15, 4.24)):
        assert (one(found, start).period, one(found, end).period) == ("2012", "2021"), start
