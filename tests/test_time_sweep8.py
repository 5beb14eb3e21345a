"""Target or achieved and the period: rules taken from real sentences of pages swept this round (each test names
its page)."""

from __future__ import annotations

from ingest_helpers import one, records, text_date

from bot.ingest.tense import ACTUAL, TARGET


def test_an_estimate_of_months_gone_by_is_an_outcome() -> None:
    # zhxpm.cn/html/2012/zsyz_1108/68675.shtml (凯里经开区 1-10月, traditional): `预计完成` of the months so far
    text = (
        "今年1至10月,凱里經濟開發區預計完成工業總產值17.38億元,同比增長49.74%;預計完成工業銷售產值12.77億元,"
        "同比增長18.26%;預計完成工業增加值3.63億元,同比增長82.95%,工業經濟實現了快速增長。\n"
    )
    found = records(text)
    assert {(one(found, v).kind, one(found, v).period) for v in (17.38, 12.77, 3.63)} == {(ACTUAL, "")}
    # docx.baby/p/20787898124615.html (金乡 2013-04): `今年一季度，…预计固定资产投资完成17.7亿元`
    quarter = records(
        "今年一季度,全县完成地方财政收入1.82亿元,同比增长27.6%;预计固定资产投资完成17.7亿元,同比增长26%。",
        "2013-04",
    )
    assert (one(quarter, 17.7).kind, one(quarter, 17.7).period) == (ACTUAL, "2013Q1")
    # a forecast of the whole year in a report of its first months is still to come (ldqxn.com 贞丰 元至7月)
    ahead = records(
        "元至7月,全县财政总收入突破4.27亿元,比上年增长49.77%,预计全年财政总收入将达7亿元。", "2010-08"
    )
    assert one(ahead, 7).kind == TARGET


def test_an_aim_the_work_served_does_not_make_it_a_target() -> None:
    # yhg994208.cn/news/qa/2013042419393538769.htm (秦安 一季度, traditional): `以…为目标` is the work's aim
    text = (
        "今年以來,秦安縣搶抓政策機遇,縣域經濟保持了快速發展的良好勢頭。一季度,完成固定資產投資35836萬元,同比增長37.57%。\n"
        "農業農村工作全面推進。該縣繼續堅持把調整農業種植結構作為發展旱作農業的有效舉措,完成全膜雙壟溝播玉米覆膜面積15.3萬畝。"
        "以改善生態工程建設為目標,完成百里生態文化長廊綠化72.3公里、興豐范山流域綠化1600畝。\n"
    )
    found = records(text, places=("秦安县",))
    assert one(found, 72.3).kind == ACTUAL
    assert one(found, 1600).kind == ACTUAL


def test_a_plan_list_opened_by_its_year_keeps_its_totals_targets() -> None:
    # xian.baogaosu.com 韩城 “十三五”蓝图 (23.02.2016): `主要发展指标是:到2020年,…;累计完成固定资产投资3000亿元;…`
    text = (
        "韩城绘就“十三五”蓝图 确立区域中心城市建设目标\n\n23.02.2016  08:10\n"
        "  韩城市确定的主要发展指标是:到2020年,生产总值达到800亿元;地方财政收入达到50亿元;累计完成固定资产投资3000亿元;"
        "工业总产值达到2000亿元;城镇居民人均可支配收入和农民人均纯收入分别达到59920元和26550元。\n"
    )
    assert text_date(text) == "2016-02-23"
    found = records(text)
    assert (one(found, 3000).kind, one(found, 3000).period) == (TARGET, "2016-2020")
    assert (one(found, 50).kind, one(found, 50).period) == (TARGET, "2020")
    assert (one(found, 2000).kind, one(found, 26550).kind) == (TARGET, TARGET)


def test_a_title_month_dates_a_text_posted_later() -> None:
    # docx.baby/p/20787898124615.html: a 2013 profile posted on a document site in 2016
    text = (
        "文档详情\n\n金乡县经济社会发展情况.doc\n\n发布:2016-10-11约小于1千字共5页下载文档\n"
        "金乡县经济社会发展情况 (2013年4月) 金乡县是驰名中外的“中国大蒜之乡”。今年一季度,全县完成地方财政收入1.82亿元,同比增长27.6%。\n"
    )
    assert text_date(text) == "2013-04"
    assert one(records(text), 1.82).period == "2013Q1"


def test_averages_and_totals_in_a_paragraph_looking_back_span_its_years() -> None:
    # ilynn.cn/document_detail/12174.html (芷江 report of 2016-11-26 on the term's four years, traditional)
    text = (
        "政府工作報告\n——2016年11月26日在芷江侗族自治縣第八屆人民代表大會第一次會議上\n"
        "四年來,我們以搶抓目標為引領,既實現了經濟總量的跨越增長,更促進了經濟結構的調整優化。"
        "2016年實現地區生產總值99.3億元(預計數,下同),年均增長8.5%;累計完成固定資產投資200.35億元,年均增長22.4%。\n"
    )
    found = records(text)
    assert one(found, 8.5).period == "2013-2016"
    assert (one(found, 200.35).kind, one(found, 200.35).period) == (ACTUAL, "2013-2016")
    assert one(found, 99.3).period == "2016"


def test_a_task_the_city_handed_down_is_a_target_and_its_share_progress() -> None:
    # czjxsdjg.com/content/2012/10/30/8523423.html (江华 1-10月 招商, traditional)
    text = (
        "1-10月,全縣招商引資工作取得了顯著成效,情況如下:\n主要指標完成情況\n"
        "1、內聯引資。1-10月,全縣實際內聯引資35.6億元,完成市分配任務25億元的142.4%,已超額完成目標任務,同比增長256%。\n"
    )
    found = records(text, places=("江华瑶族自治县",))
    assert one(found, 25).kind == TARGET
    assert one(found, 142.4).kind == ACTUAL
    assert one(found, 35.6).kind == ACTUAL


def test_goals_that_were_clear_name_no_plan_in_a_self_inspection() -> None:
    # 6dgww.com/Article/15076453.html (招商引资工作自查报告): `招引目标明确` heads results
    text = (
        "招商引资工作自查报告\n我县坚持把招商引资作为压倒一切的经济工作不动摇。\n一、招引总量增加,质量提高\n"
        "xx年,全县共签订正式合同109个,协议引资7.78亿元,到位资金8.29亿元,完成年度目标任务的207.2%。\n"
        "二、招引目标明确,重点突出\n"
        "基建项目上档升级。引进省港航公司投资13.6亿元兴建金溪航电枢纽工程,今年到位资金3.07亿元;"
        "引进重庆紫苑公司投资1.5亿元开发紫苑阳光丽都小区。\n"
    )
    found = records(text, places=("泸县",))
    assert one(found, 3.07).kind == ACTUAL
    assert one(found, 1.5).kind == ACTUAL


def test_later_averages_share_the_base_the_sentence_named() -> None:
    # wisesu.com/shehui/2025/310595.html (潼关 “十四五”发展成就, 2025-11, traditional)
    text = (
        "各界新聞網訊 11月18日,渭南市人民政府新聞辦公室召開“十四五”發展成就系列主題新聞發布會潼關縣專場發布。\n"
        "截至2024年底,全縣地區生產總值完成47.12億元,較“十三五”末年均增長4%;規上工業總產值完成92.92億元,年均增長21.82%;"
        "固定資產投資年均增長10%,社會消費品零售總額年均增長5.81%;地方一般公共預算收入1.8億元,年均增長13.1%。\n"
    )
    found = records(text, "2025-11-19")
    assert {one(found, v).period for v in (4, 21.82, 10, 5.81, 13.1)} == {"2021-2024"}
    assert one(found, 47.12).period == "2024"


def test_a_past_year_told_before_this_years_first_quarter_dates_the_text_after_it() -> None:
    # liquan.gov.cn/xwzx/jrlq/202505/t20250522_1965078.html (礼泉 5月21日 news): 2024 is over, `今年` is 2025
    text = (
        "5月21日,县长吴云锋参加系列新闻发布会,并回答记者提问。\n"
        "吴云锋说,礼泉县推动高质量发展和现代化建设取得新成效。2024年,礼泉县生产总值突破200亿元大关、增长6%。"
        "今年一季度,全县规模以上工业增加值增长11.5%,固定资产投资增长18.1%,均高于年度预期目标。\n"
    )
    assert text_date(text) == "2025"
    found = records(text)
    assert (one(found, 200).kind, one(found, 200).period) == (ACTUAL, "2024")
    assert (one(found, 11.5).kind, one(found, 11.5).period) == (ACTUAL, "2025Q1")


def test_the_level_a_change_starts_from_is_of_the_base_time() -> None:
    # wisesu.com/shehui/2025/310595.html (潼关 2025-11, traditional): `较“十三五”末的3.4万元增长到3.9万元`
    text = "截至2024年底,人均生產總值較“十三五”末的3.4萬元增長到3.9萬元,年均增長3.5%。\n"
    found = records(text, "2025-11-19", places=("潼关县",))
    assert (one(found, 3.4).period, one(found, 3.9).period) == ("2020", "2024")
