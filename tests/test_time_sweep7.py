"""Target or achieved and the period, rules taken from real sentences of last round's held-out documents and of
pages swept this round (each test names its page)."""

from __future__ import annotations

from ingest_helpers import one, records, text_date

from bot.ingest.manifest import infer_date
from bot.ingest.tense import ACTUAL, TARGET


def test_a_title_date_in_eight_digits_dates_the_report() -> None:
    # gongwencankao.com/17011.html: a report named for the year it plans, given in December; `今年以来` is 2022
    text = (
        "湘潭县2023年政府工作报告(20221223)\n\n湘潭县2023年政府工作报告\n\n"
        "一、全面回顾全年工作，切实增强发展信心\n"
        "今年以来，全县上下较好完成了全年经济社会发展的主要目标任务。\n"
        "1.经济运行企稳向好。全年完成地区生产总值595亿元，增长5.5%（预计，同比，下同）；规模工业增加值270亿元。\n"
    )
    assert text_date(text) == "2022-12-23"
    found = records(text)
    assert (one(found, 595).kind, one(found, 595).period) == (ACTUAL, "2022")


def test_an_event_date_in_the_story_does_not_date_the_text() -> None:
    # 永吉县 profile (2013 08/20, test5 r98): the day of a flood, not the day written; 2012 figures are results
    text = (
        "突出一区、两镇、五园建设 永吉县今年开工重点项目50个\n2013\n08/20\n\n"
        "在永吉县内的永吉大桥下，一条长长的城防堤坝蜿蜒开去。有了2010年7月28日的那次洪水之灾，防洪堤加固工程项目不敢怠慢。\n"
        "永吉县位于吉林省中东部。2012年全县地区生产总值实现122.3亿元，增长16%。全口径财政收入完成9.1亿元，增长16.5%。\n"
        "建设目标\n\n2013年生产总值预期达到144亿元\n"
    )
    assert text_date(text) == "2013"
    found = records(text)
    assert (one(found, 9.1).kind, one(found, 9.1).period) == (ACTUAL, "2012")
    assert infer_date("记者2023年12月26日从县统计局获悉，2023年全县实现地区生产总值100亿元。") == "2023-12-26"


def test_a_later_year_ends_a_review_opened_in_the_same_paragraph() -> None:
    # news.hubeidaily.net/mobile/c_2107990.html (竹山 2024 targets, from a December session)
    text = (
        "湖北日报客户端讯 12月26日，笔者从竹山县第十九届人民代表大会第三次会议获悉，该县明确2024年经济社会发展主要预期目标。\n"
        "2023年，竹山县先后获评全国“两山”实践创新基地等称号。2024年，该县将坚持工业强县。力争实现地区生产总值增长10%以上。\n"
        "该县将重点抓好七个方面工作。二是坚定不移壮大优势产业，实现卫浴产值150亿元以上。全年新增规上工业企业25家。"
        "三是坚定不移狠抓项目建设。推动建设千万元以上重点项目200个，完成投资200亿元以上。\n"
    )
    found = records(text, date="2024")
    for value in (10, 150, 25, 200):
        for record in (r for r in found if r.value == value):
            assert (record.kind, record.period) == (TARGET, "2024"), record


def test_a_text_between_two_plans_is_dated_as_the_later_opens() -> None:
    # zhxpm.cn/news/tj/201110/70700.shtml (台江 party congress, no year in the text): 十一五 results, 十二五 goals
    text = (
        "中共台江县第十一次代表大会隆重召开\n10月29日,中共台江县第十一次代表大会隆重召开。\n"
        "会议全面总结了台江县过去五年的工作,展望十二五期间该县经济社会发展蓝图。十一五期间,全县生产总值达9.7亿元,"
        "财政总收入完成1.004亿元。全社会固定资产投资完成7.22亿元。到十二五末力争生产总值翻一番以上,年均增长18%以上。\n"
    )
    assert text_date(text) == "2011"
    found = records(text)
    # (a level the plan's years reached is their last year's: calls15, r107 台江 `十一五期间,全县生产总值达9.7亿元` → 2010)
    assert (one(found, 9.7).kind, one(found, 9.7).period) == (ACTUAL, "2010")
    assert (one(found, 7.22).kind, one(found, 7.22).period) == (ACTUAL, "2006-2010")
    assert (one(found, 18).kind, one(found, 18).period) == (TARGET, "2011-2015")


def test_averages_since_a_base_year_span_the_years_after_it_the_multiple_the_last() -> None:
    # m.ilynn.cn/document_detail/9182.html (土默特左旗 2017-12-05, review of the government's five-year term)
    text = (
        "政府工作报告\n——2017年12月5日在土默特左旗第十七届人民代表大会第一次会议上\n一、本届政府工作回顾\n"
        "过去五年,是我旗发展充满挑战、极不平凡的五年。\n"
        "到2017年底,预计全旗地区生产总值达到259亿元,是2012年的1.2倍,年均增长6%;一般公共财政预算收入达到19.69亿元,"
        "年均增长15.4%;固定资产投资达到88亿元,五年累计完成投资400亿元。\n"
    )
    found = records(text, places=("土默特左旗",))
    assert one(found, 259).period == "2017"
    assert one(found, 1.2).period == "2017"  # the level compared with its base (calls of the sixteenth round)
    for value in (6, 15.4, 400):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2013-2017")


def test_an_interview_dates_its_year_lists_months_so_far_and_looks_ahead() -> None:
    # m.fx361.cc/news/2010/1226/13533786.html (黔西 interview, 2010-12-26)
    text = (
        "黔西县:瞄准全省10强提速\n\n2010-12-26\n\n"
        "“黔西有个不错的家底。”据了解,2009年,实现生产总值61.52亿元,增长13.8%;城镇居民人均可支配收入13050元,"
        "人均增收2011元;农民人均纯收入3112元。\n\n"
        "黔西县委副书记、县长蒋从跃也表示,今年前八个月,黔西基本实现了各项目标任务。生产总值增速实现13%的目标,"
        "财政收入增长15%。“目前从这两个指标看,黔西县整体经济发展态势良好。”范元平说。\n\n"
        "“现在黔西的GDP增长是13%,今后可以实现17~18%,甚至是20%。”范元平认为。\n"
    )
    found = records(text, places=("黔西县",))
    assert one(found, 13050).period == "2009"  # the year the list opened with, after a closing quote
    assert (one(found, 15).kind, one(found, 15).period) == (ACTUAL, "2010-01~2010-08")
    reached = [r for r in found if r.value == 13 and "目标" in r.text]
    assert [(r.kind, r.period) for r in reached] == [(ACTUAL, "2010-01~2010-08")]  # a goal reached
    assert (one(found, 20).kind, one(found, 20).period) == (TARGET, "")  # `今后`: ahead, no year


def test_the_first_quarter_by_its_short_name() -> None:
    # tcgxipo.com/news/lygxw/2018/0326/107050.shtml (东海 2018): `首季` is the first quarter
    found = records(
        "东海县2018年春季项目集中开工。蓄势发展新动能 首季预计可新增签约内资项目30个 到位外资4000万美元\n",
        date="2018-03-26",
        places=("东海县",),
    )
    assert one(found, 30).period == "2018Q1"


def test_an_average_over_the_years_a_sentence_counts() -> None:
    # lczf.gov.cn/xxgk_674/zfgzbg/202512/t20251230_2303612.shtml (陵川 2026 report, given 2025-12-22)
    text = (
        "2026年政府工作报告\n——2025年12月22日在陵川县第十七届人民代表大会第七次会议上\n一、2025年工作回顾\n"
        "——决胜“十四五”,我们群策群力抓发展。预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,"
        "年均增速达到8%;规模以上工业增加值增长16%。\n"
    )
    found = records(text, places=("陵川县",))
    assert (one(found, 87.4).kind, one(found, 87.4).period) == (ACTUAL, "2025")
    assert (one(found, 8).kind, one(found, 8).period) == (ACTUAL, "2021-2025")


def test_a_share_of_the_years_plan_is_progress_without_its_de() -> None:
    # wjjyp.cn/hygk/jjfz/content/post_4990140.html (a district's 1-2月 report, traditional)
    text = (
        "一、主要經濟指標完成情況\n1-2月,規模以上工業增加值54.8億元,增長10.4%。\n三、重點項目建設情況\n"
        "省重點項目14宗,年度計劃投資44.62億元,完成投資6.50億元,完成年度計劃14.54%,低于時序進度2.13個百分點。\n"
    )
    found = records(text, date="2024-03", places=("南海区",))
    assert one(found, 14.54).kind == ACTUAL
    assert one(found, 44.62).kind == TARGET
    # a forecast of the progress stays a forecast (tcgxipo.com 东海 2018)
    text = "据该县商务局副局长介绍,预计今年第一季度全县可新增签约内资项目30个,到位外资4000万美元,超额完成任务近50%。"
    assert one(records(text, date="2018-03-26", places=("东海县",)), 50).kind == TARGET


def test_a_sentence_framed_by_one_month_is_of_that_month() -> None:
    # qinan.gov.cn/info/10882/375331.htm (秦安 1-5月 report): `5月,` is May alone, not January to May
    text = (
        "一、全县财政收支情况\n1-5月,全县大口径财政收入完成21282万元,较上年同期下降49.08%。\n五、劳务输转工作\n"
        "5月,全县共输转富余劳动力11.6985万人,有组织输转9.17万人;创劳务收入15.4507亿元。\n"
    )
    found = records(text, date="2023-06", places=("秦安县",))
    assert one(found, 21282).period == "2023-01~2023-05"
    assert one(found, 11.6985).period == "2023-05"
    assert one(found, 15.4507).period == "2023-05"


def test_a_years_outcome_told_before_december_and_a_quoted_goal_served() -> None:
    # victorzhang.cn/page/2012/0927/13291472.shtml (凤翔 interview, traditional): 2011 results told on 7月20日
    text = (
        "鳳翔縣委書記何存貴\n近年來,陜西鳳翔強力推進經濟社會發展,2011年全縣實現地方生產總值120.84億元,地方財政收入2.95億元。"
        "7月20日,本刊專訪了鳳翔縣委書記何存貴。\n"
        "近年來,鳳翔緊緊圍繞把長青工業園區建成“西北地區乃至全國最大的煤電化循環經濟示範區、關天經濟區重要的能源化工基地、"
        "寶雞市工業核心區”的戰略目標,秉承“誠信創園”的理念,固定資產投資近200億元。\n"
    )
    assert text_date(text) == "2012"
    found = records(text, places=("凤翔县",))
    assert (one(found, 120.84).kind, one(found, 120.84).period) == (ACTUAL, "2011")
    assert one(found, 200).kind == ACTUAL  # the goal the passage serves is no target of the figure's


def test_a_plans_achievements_are_told_at_its_end_and_span_it() -> None:
    # gjnews.cn/shehui/2025/305444.html (扶风 “十四五”发展成就 press conference, 9月18日)
    text = (
        "9月18日,记者从宝鸡市“十四五”发展成就系列主题(扶风县专场)新闻发布会上获悉,“十四五”期间,扶风县以打好“八场硬仗”为抓手,"
        "县域经济高质量转型成效亮眼。\n"
        "工业强县建设上,扶风县坚持“项目为王”,累计实施重点项目445个、完成投资540.5亿元;围绕“5+2”产业链精准招商,引进138个亿元以上项目。"
        "民生保障上,2021年以来累计民生支出89.6亿元,实施95个民生项目。\n"
        "展望“十五五”,扶风县将坚持稳中求进工作总基调。\n"
    )
    assert text_date(text) == "2025"
    found = records(text, places=("扶风县",))
    for value in (445, 540.5, 138, 89.6):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2021-2025"), value


def test_a_news_subheading_is_of_the_time_of_the_body_it_sums_up() -> None:
    # m.843eoz.cn/ynews/2022/0223/114700.html (天府新区 2022 work meeting, traditional; test5 r101)
    text = (
        "2月18日,四川天府新区党工委管委会2022年工作会议举行。记者从会上了解到,2021年四川天府新区地区生产总值突破4000亿元。\n"
        "主导产业加速聚集成势 累计引进重大产业项目93个\n"
        "2021年,四川天府新区多项工作取得了重要突破。其中,地区生产总值达到4158.8亿元、增长9.7%。\n"
        "具体看,2021年四川天府新区主导产业正加速聚集成势,累计引进中国融通、日本神户医疗等重大产业项目93个。\n"
    )
    found = [r for r in records(text, places=("四川天府新区",)) if r.value == 93]
    assert [(r.kind, r.period) for r in found] == [(ACTUAL, "2021"), (ACTUAL, "2021")]


def test_a_bullet_that_reports_goals_reached_is_no_plan_heading() -> None:
    # jmnews.com.cn/a/content/2025-03/12/content_2724989.htm (开平 2025 work report, a news digest)
    text = (
        "日前召开的开平市十七届人大五次会议,开平市政府工作报告对2024年开平市政府工作进行了回顾,对2025年工作计划作了具体部署。\n"
        "回顾2024年\n2024年,开平市政府落实开平市委“改革攻坚年”工作部署。\n1.稳经济、促增长 发展态势持续向好\n"
        "●地区生产总值完成515.47亿元,同比(下同)增长2.5%\n●省、江门市重点项目投资均超额完成全年目标任务\n"
        "●新发放汽车消费贷款4.31亿元,增长51.68%\n●新设立外商投资企业81家\n"
    )
    found = records(text, date="2025", places=("开平市",))
    for value in (515.47, 4.31, 51.68, 81):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2024"), value


def test_a_plan_execution_report_is_written_once_its_year_is_over() -> None:
    # cqkz.gov.cn 开州区 2025-02 (`2024年…计划执行情况及2025年计划草案的报告`)
    text = (
        "关于重庆市开州区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告\n重庆市开州区发展和改革委员会\n"
        "一、2024年国民经济和社会发展计划执行情况\n"
        "2024年,全区上下推动经济社会发展取得新成效,区十八届人大四次会议审查批准的2024年国民经济和社会发展计划较好执行,"
        "37项指标完成或基本完成23项,未达预期14项。\n"
        "——突出稳进增效,推动经济增长回升向好。GDP突破700亿元大关、达到721.44亿元。向上争取项目资金85.06亿元,"
        "前瞻谋划储备区级以上重大项目超240个。\n"
    )
    assert text_date(text) == "2024-12"
    found = records(text, places=("开州区",))
    for value in (23, 721.44, 85.06, 240):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2024"), value


def test_a_profile_found_below_a_sites_furniture_reports_its_facts_for_its_year() -> None:
    # aweekendwiththeauthors.com/shtml/cqdqw3/qxlm/wxx/gzdtqs/2022/07/18/686074.shtml (巫溪县县情概览, traditional)
    text = (
        "微信公眾號\n    區縣情概覽\n\n    巫溪縣縣情概覽\n\n    來源:巫溪縣檔案館    發布時間:2022-07-18 14:35\n\n"
        "    巫溪地處渝陜鄂三省市交界處,是全市第一森林資源大縣,森林覆蓋率達69.7%。2020年,全縣經濟總量達110.2億元、同比增長2.7%。\n"
    )
    found = records(text, places=("巫溪县",))
    assert (one(found, 69.7).kind, one(found, 69.7).period) == (ACTUAL, "2022")  # not 2022H1
    assert (one(found, 110.2).kind, one(found, 110.2).period) == (ACTUAL, "2020")


def test_an_encyclopedia_entry_is_a_profile_dated_by_its_first_date_not_a_story_day() -> None:
    # kuaida1.com/bk/392085.html (中方县): a day of the story, and the figures of a later year
    text = (
        "中方县\n的有关信息介绍如下:中方县,隶属于湖南省怀化市,地处湖南省西南部,总面积1461平方公里。\n"
        "中方1998年4月建县。2018年8月3日,湖南省人民政府批准中方县退出贫困县。\n"
        "2022年,中方县地区生产总值(GDP)133.97亿元,增长3.7%,其中第一产业增加值19.44亿元。\n"
    )
    assert text_date(text) == "2022"
    found = records(text, places=("中方县",))
    assert (one(found, 133.97).kind, one(found, 133.97).period) == (ACTUAL, "2022")
    # gb56.net/baike/1287.shtml (泾县): the page's update time above a census day
    text = (
        "泾县\n泾县\n. 更新时间:2021-08-03 11:59:54\n泾县,隶属于安徽省宣城市。截至2020年11月1日零时,泾县常住人口为275837人。\n"
        "2020年,泾县实现地区生产总值130.2亿元,按可比价格计算,增长4.1%。\n"
    )
    assert text_date(text) == "2021-08-03"
    assert (
        one(records(text, places=("泾县",)), 130.2).kind,
        one(records(text, places=("泾县",)), 130.2).period,
    ) == (
        ACTUAL,
        "2020",
    )


def test_progress_as_planned_and_a_year_inside_a_name_in_a_half_year_report() -> None:
    # hsxzf.gov.cn/xxgk/fdzdgknr/zdxm/content_4843 (合水 2019-06-21)
    text = (
        "强化举措 全力推进 全县重点项目建设进展顺利\n\n来源: 发布时间:2019-06-21\n\n"
        "上半年,88个市、县列重点建设项目完成投资12.8亿元。其中2019年棚户区改造、旧城区雨污分流改造等42个新建项目开工24个,"
        "完成投资3.8亿元,北郡首府、西华南街道路延伸等18个项目正在按计划加快办理前期手续;固城农业观光体验园等24个续建项目复工23个,"
        "完成投资9亿元。\n"
    )
    found = records(text, places=("合水县",))
    for value in (12.8, 42, 3.8, 18, 9):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2019H1"), value


def test_the_years_task_in_a_first_quarter_report_is_the_years() -> None:
    # m.news.wmxa.cn/n/201604/315237.html (a county's industrial park, 1—3月份 2016)
    text = (
        "1—3月份,园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%;实现税金6925万元,完成年任务3.5亿元的19.8%。"
        "园区2016年承担的汇智医疗、骏驰零部件产业园等9个市、县重点项目总投资26.499亿元,2016年计划投资10.63亿元,"
        "截至3月底,累计完成投资1.96亿元,占年任务的18.5%。\n"
    )
    found = records(text, date="2016-04", places=("洋县",))
    # (`1—3月份`: a literal span of months, as written)
    assert (one(found, 17.78).kind, one(found, 17.78).period) == (ACTUAL, "2016-01~2016-03")
    for value in (75, 3.5, 10.63):
        assert (one(found, value).kind, one(found, value).period) == (TARGET, "2016"), value
    assert (one(found, 18.5).kind, one(found, 18.5).period) == (ACTUAL, "2016Q1")
