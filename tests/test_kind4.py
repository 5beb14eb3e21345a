"""Target or achieved in news of projects and of a year's programme, from real sentences (each with its page's
address or dev id): `拟` states an intent; what a project can yield once running is still to come; the year's plan
told as a verb speaks for the clauses of its sentence."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# chuangtou.rexun.cn/keji/2023/0826/16380.html (郏县 2023-08, a project signed, fresh page)
JIAXIAN = (
    "8月23日上午,郏县人民政府与山东天玉建材科技有限公司举行天玉绿色装配式建材项目签约仪式。\n"
    "天玉绿色装配式建材项目位于郏县黄道镇石望河村,总投资17.8亿元,用地约400亩(项目分两期建设,一期总投资10.5亿元,"
    "用地200亩),拟建设年产60万立方米ALC板材生产线2条,年产20万吨的氧化钙生产线4条,全部建成投产后预计年产值12亿元,"
    "税收1亿元,可带动就业500人。"
)


def test_what_a_signed_project_intends_to_build_is_a_target():
    found = records(JIAXIAN, "2023-08-26")
    assert one(found, 4).kind == TARGET
    assert [r.kind for r in found if r.value == 2 and r.unit == "条"] == [TARGET]


def test_a_later_intent_leaves_the_project_size_told_before_it():
    found = records(JIAXIAN, "2023-08-26")
    assert {one(found, v).kind for v in (17.8, 400, 10.5, 200)} == {ACTUAL}


def test_an_intended_amount_in_a_headline_is_a_target():
    # r174 陵水 2019 (dev10): the headline of the year's project plan
    text = "陵水今年拟完成项目投资120.7亿元聚焦重点领域 促进高质量发展\n2019年陵水将推进项目建设。"
    assert one(records(text, "2019-02-20", ("陵水黎族自治县",)), 120.7).kind == TARGET


def test_a_listed_company_to_be_and_a_draft_are_no_intent():
    # (`拟上市企业` is a kind of firm; `拟定` drafts a text)
    text = "今年以来,全县新增拟上市企业3家,拟定产业扶持政策5项。"
    found = records(text, "2023-07-10", ("郏县",))
    assert one(found, 3).kind == ACTUAL and one(found, 5).kind == ACTUAL


# bbs.jdcq.net/thread-4958670-1-61.html (忠县 2017-12, projects signed, fresh page)
def test_what_a_project_can_yield_once_running_is_a_target():
    text = (
        "博广环保技术股份有限公司总投资50亿元建设碳酸钙循环经济产业化项目,占地1000亩。"
        "项目建成投运后可实现产值86亿元,税收21亿元,安置就业1000人。"
    )
    found = records(text, "2017-12-09", ("忠县",))
    assert {one(found, v).kind for v in (86, 21)} == {TARGET}
    assert [r.kind for r in found if r.value == 1000 and r.unit == "人"] == [TARGET]
    assert one(found, 50).kind == ACTUAL  # (the project's size, as told)


# r185 灵武 (dev10, news of projects started, traditional script; its year's programme)
def test_the_years_plan_as_a_verb_speaks_for_its_sentence():
    text = (
        "據了解,今年以來,靈武市始終堅持把項目作為推進產業集群化發展的有力支撐。全年計劃實施總投資343億元基本建設項目126個,"
        "列入銀川市重點項目74個,年度計劃投資123.5億元,同比增長73.7%。"
    )
    found = records(text, "", ("灵武市",))
    assert {one(found, v).kind for v in (126, 74, 123.5, 73.7)} == {TARGET}


def test_the_years_plan_then_what_was_done_is_achieved():
    # (a clause that reports leaves the plan: 456150.com.cn …/post_1584634.html, a city's 1-10月 projects, fresh page)
    text = (
        "今年安排全市重點建設項目444項,項目總投資5141億元,年度投資計劃647.4億元。"
        "本年度計劃開工項目255項(其中1-10月份計劃新開工223項),目前實際已開工206項,完成年度計劃開工的80.8%。"
    )
    found = records(text, "2023-11-15", ("台山市",))
    assert one(found, 255).kind == TARGET
    assert one(found, 206).kind == ACTUAL and one(found, 80.8).kind == ACTUAL


# shayang.gov.cn/art/2024/9/20/art_15461_1113009.html (沙洋 2024-09, projects started that day, fresh page)
def test_what_a_started_project_is_to_build_before_it_is_finished_is_a_target():
    text = (
        "9月20日,沙洋县三季度重大项目集中开工暨集中签约活动在法麦克斯三期项目现场举行。\n"
        "沙洋县2024年三季度集中开工项目31个,总投资116.3亿元,涉及产业、基础设施、社会发展等多个领域。其中,主会场法麦克斯"
        "三期项目总投资5.2亿元,新建5条微生物肥料生产线,预计明年下半年建成投产。"
    )
    found = records(text, "2024-09-20")
    assert one(found, 5).kind == TARGET
    assert {one(found, v).kind for v in (31, 116.3, 5.2)} == {ACTUAL}  # (what was started, and its cost)


def test_the_capacity_of_a_project_to_be_finished_later_is_a_target():
    # r185 灵武 (dev10, a project started that day; traditional script)
    text = (
        "當天開工的6個重點項目總投資136.8億元,其中國能靈紹直流配套靈武200萬千瓦複合光伏基地項目是國家第二批沙戈荒大型風電光伏"
        "基地項目之一,總投資近100億元,裝機容量200萬千瓦,配套建設200MW/400MWh儲能,計劃於2024年投產。"
    )
    found = records(text, "", ("灵武市",))
    assert [r.kind for r in found if r.value == 200 and r.unit == "万千瓦"] == [TARGET]
    assert one(found, 136.8).kind == ACTUAL and one(found, 100).kind == ACTUAL


# hadlsm.com/news/zjc/2015030316474220756.html (张家川 2015-03, told at the people's congress; traditional script)
def test_the_livelihood_tasks_promised_for_the_year_are_targets():
    text = (
        "3月3日,筆者在張家川縣十五屆人民代表大會第四次會議上獲悉,今年張家川縣政府在廣泛聽取民意、充分論證的基礎上,"
        "確定今年繼續為群眾集中力量辦好十件民生實事。\n"
        "這十件實事民生實事涉及住房、交通、教育、飲水、環境等領域,即投資9530萬元,實施6鄉鎮7村596戶3523人的易地扶貧搬遷工程;"
        "投資500萬元,建設新城大橋。"
    )
    found = records(text, "2015-03-03")
    assert {one(found, v).kind for v in (9530, 596, 500)} == {TARGET}


# district.ce.cn/newarea/roll/202012/08/t20201208_36091156.shtml (东丽 2020-12 interview, fresh page)
def test_what_a_verb_with_le_tells_is_done_whatever_the_question_looks_ahead_to():
    text = (
        "记者:“十四五”时期,东丽区经济社会发展有哪些优势条件?\n"
        "夏新:东丽区地处“津城”“滨城”双城主轴,主动融入主城发展。集聚了研发机构、企业技术中心、重点实验室等96个创新平台"
        "和中国民航大学,是天津科创资源最为密集的区域之一。"
    )
    assert one(records(text, "2020-12-08", ("东丽区",)), 96).kind == ACTUAL
