"""Target or achieved and the period: rules taken from real sentences of the dev8 documents (each test names
its document)."""

from __future__ import annotations

from ingest_helpers import one, records

from bot.ingest.manifest import infer_date
from bot.ingest.tense import ACTUAL, TARGET


def test_a_bare_review_title_heads_the_numbered_parts_under_it() -> None:
    # r129 中宁县 政府工作报告 2026: `2025年和“十四五”工作回顾` over `一、经济运行量质齐升,…`
    text = (
        "政 府 工 作 报 告\n——2026年1月14日在中宁县第十八届人民代表大会第五次会议上\n各位代表:\n"
        "2025年和“十四五”工作回顾\n"
        "刚刚过去的2025年,县人民政府坚持稳中求进,取得了“十四五”收官之年的新成绩。\n"
        "一、经济运行量质齐升,投资消费稳健增长\n"
        "主要指标稳中有进。全年完成地区生产总值181.8亿元,同比增长7%;固定资产投资同比增长11.1%。\n"
        "2026年工作安排\n"
        "一、主要预期目标\n"
        "地区生产总值增长6.5%左右。\n"
    )
    found = records(text, places=("中宁县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (181.8, 11.1)] == [(ACTUAL, "2025")] * 2
    assert (one(found, 6.5).kind, one(found, 6.5).period) == (TARGET, "2026")


def test_what_a_project_can_do_once_running_is_a_target_of_no_year() -> None:
    # r142 弋阳 2020 news: `开工项目15个,总投资40.28亿元,项目达产达标后,可实现年销售收入83.2亿元、利税17.77亿元`
    text = (
        "弋阳举行2019年第四次工业项目集中开(竣)工活动\n时间:2020-01-24 03:33\n"
        "本报讯 揭剑华 记者陈绍鹏报道:12月30日,弋阳县举行2019年第四次工业项目集中开(竣)工活动。\n"
        "弋阳县此次开(竣)工项目共30个,总投资65.57亿元。其中,开工项目15个,总投资40.28亿元,项目达产达标后,"
        "可实现年销售收入83.2亿元、利税17.77亿元。\n"
    )
    found = records(text, places=("弋阳县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (83.2, 17.77)] == [(TARGET, "")] * 2
    # the projects counted before the projection were started: achieved, of the day of the event
    assert [(one(found, v).kind, one(found, v).period) for v in (15, 40.28)] == [(ACTUAL, "2019")] * 2


def test_a_lead_day_after_new_year_tells_of_the_december_before() -> None:
    # r142 弋阳: posted `时间:2020-01-24`, the story's day `12月30日`
    text = "时间:2020-01-24 03:33\n本报讯 记者陈绍鹏报道:12月30日,弋阳县举行2019年第四次工业项目集中开(竣)工活动。"
    assert infer_date(text) == "2019-12-30"
    # a lead day before the posting's stays of its year
    assert infer_date("时间:2020-03-24\n本报讯 3月20日,弋阳县举行项目集中开工活动。") == "2020-03-24"


def test_a_year_end_session_reviews_its_own_year_and_plans_the_five_after() -> None:
    # r147 同安区 2025 (traditional): `臺海網12月25日訊 … 區政府工作報告`, `過去一年`, `未來五年`
    text = (
        "臺海網12月25日訊(海峽導報記者 吳鵬波) 昨日上午,同安區第十八屆人民代表大會第六次會議開幕,區長作區政府工作報告。\n"
        "2025年,同安區預計地區生產總值增長6.5%左右,規上工業增加值增長12%,順利實現年度目標任務。\n"
        "過去一年,同安區民生保障堅實有力,新增城鎮就業2.4萬人,托位數增至4151個。\n"
        "未來五年,同安區將建設廈門北部現代化新城區。經濟社會發展主要目標是,地區生產總值達1220億元,年均增長6.5%。\n"
    )
    assert infer_date(text) == "2025-12-25"
    found = records(text, places=("同安区",))
    assert [(one(found, v).kind, one(found, v).period) for v in (12, 2.4, 4151)] == [(ACTUAL, "2025")] * 3
    assert (one(found, 1220).kind, one(found, 1220).period) == (TARGET, "2026-2030")


def test_an_events_figures_in_a_late_summer_text_are_of_its_year_not_the_first_half() -> None:
    # r137 凤县 2022-08-31 (traditional): `8月30日上午,…集中開工儀式。當天共有16個重點項目集中開工`
    text = (
        "鳳縣舉行2022年第三季度重點項目集中開工儀式\n發布日期:2022-08-31\n"
        "三秦網訊 8月30日上午,鳳縣舉行2022年第三季度重點項目集中開工儀式。當天共有16個重點項目集中開工,總投資21.17億元。\n"
        "今年以來,全縣上下牢固樹立“項目為王”理念。截至目前,全縣160個重點項目全部開復工,完成投資115.6億元。\n"
    )
    found = records(text, places=("凤县",))
    assert (one(found, 16).kind, one(found, 16).period) == (ACTUAL, "2022")


def test_an_estimate_of_the_quarters_gone_by_reports_them() -> None:
    # r141 金乡 1-9月 (undated, traditional): `預計1-3季度,地區生產總值完成111.5億元,同比增長12%`
    text = (
        "曹廣州指出,今年以來,經濟繼續保持了平穩較快發展態勢。預計1-3季度,地區生產總值完成111.5億元,同比增長12%;"
        "地方財政收入6.4億元,同比增長27%。\n"
    )
    found = records(text, places=("金乡县",))
    assert (one(found, 111.5).kind, one(found, 12).kind) == (ACTUAL, ACTUAL)


def test_a_past_year_opening_a_clause_anchors_the_whole_year_after_it() -> None:
    # r136 海原 2023 plan news: `…硬支撑,2022年实施项目117个,…。全年争取中央预算内投资项目18个,总投资3.77亿元。`
    text = (
        "千帆竞发东风劲\n今年是全面贯彻落实党的二十大精神开局之年,海原县树立“项目为王”理念。\n"
        "海原县把项目建设作为推动高质量发展的强引擎和硬支撑,2022年实施项目117个,总投资288亿元,年度投资84.6亿元。"
        "全年争取中央预算内投资项目18个,总投资3.77亿元。\n"
    )
    found = records(text, "2023-02", ("海原县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (18, 3.77)] == [(ACTUAL, "2022")] * 2
