"""Target or achieved and the period: rules taken from real sentences of pages swept (each test
names its page)."""

from __future__ import annotations

from ingest_helpers import records

from bot.ingest.record import Record
from bot.ingest.tense import ACTUAL, TARGET


def kind_of(found: list[Record], value: float) -> str:
    (record,) = [r for r in found if r.value == value]
    return record.kind


def test_a_task_count_followed_by_what_of_it_is_done_is_the_task() -> None:
    # www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/163042521.html (萧县 民生工程, 2025-10): `N个…已完成M个`
    text = (
        "萧县9月份民生工程进展情况\n发表时间:2025-10-09\n"
        "剩余8项中,2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%),"
        "126条农村黑臭水体治理已完成120条(95%),263场送戏进万村已送230场(87%)。\n"
    )
    found = records(text)
    assert [kind_of(found, v) for v in (15, 126, 263)] == [TARGET] * 3
    assert [kind_of(found, v) for v in (1, 120, 230)] == [ACTUAL] * 3
    # the same cause in huichang.gov.cn (会昌 2023-10): the year's promised count, then what is done
    promised = records("截至10月31日,65件民生实事已完成26件,完成率40%。", "2023-11", ("会昌县",))
    assert (kind_of(promised, 65), kind_of(promised, 26)) == (TARGET, ACTUAL)
    # a count done followed by a share of another unit stays what it was
    done = records("截至9月底,资助家庭经济困难学生18710名,完成率115%。", "2025-10", ("萧县",))
    assert kind_of(done, 18710) == ACTUAL


def test_what_was_actually_started_against_the_plan_is_achieved() -> None:
    # www.cntool.net.cn/2016-07/18/content_245730.htm (大田 1至5月, traditional): `計劃…,實際…`
    text = "今年1至5月,全縣計劃開工項目43個,實際開工項目41個。"
    found = records(text, places=("大田县",))
    assert (kind_of(found, 43), kind_of(found, 41)) == (TARGET, ACTUAL)


def test_the_tally_of_a_signing_held_is_achieved() -> None:
    # www.8037eee.com/news/fujian/yghx/2020-10-11/2434621.html (云霄 2020 三季度 signing, traditional)
    text = (
        "臺海網10月11日訊 日前,云霄縣舉行2020年第三季度招商項目集中簽約儀式,共簽約招商項目17個,"
        "計劃總投資44.8億元。\n"
    )
    found = records(text)
    assert (kind_of(found, 17), kind_of(found, 44.8)) == (ACTUAL, ACTUAL)


def test_the_budget_set_at_the_years_start_is_a_target() -> None:
    # www.ahtxq.gov.cn/sjfb/sjjd/8994557.html (屯溪 1-6月): `占年初预算数109466万元的56.3%`
    text = "1-6月份全区一般公共预算收入累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%。"
    found = records(text, places=("屯溪区",))
    assert [kind_of(found, v) for v in (61646, 109466, 10.7)] == [ACTUAL, TARGET, ACTUAL]


def test_a_topic_with_a_colon_before_the_opening_time_frames_the_paragraph() -> None:
    # www.lukou.gov.cn/c18753/20200703/i1539799.html (渌口 2015 1-8月): `二、分收入结构看:截至2015年8月底,…;…`
    text = (
        "二、分收入结构看:截至2015年8月底,累计完成税收收入36552万元,增加2362万元,增长6.91%,"
        "税收占财政总收入的比重为53.79%;累计完成非税收入31397万元,增加4155万元,增长15.25%。\n"
        "三、分征收部门完成情况为:截至2015年8月底,国税局完成13040万元,减少201万元,下降1.52%;"
        "地税局完成24307万元,增加2635万元,增长12.16%。\n"
    )
    found = records(text, places=("渌口区",))
    periods = {r.period for r in found if r.value in (31397, 15.25, 24307, 12.16)}
    assert periods == {"2015-01~2015-08"}


def test_the_final_accounts_of_a_year_report_that_year() -> None:
    # m.arapartments.com/zwgk/…/t20240705_3057256.htm (泉港 2023 决算, traditional, posted 2024-07): not the first
    # half of the year it was posted in
    text = (
        "泉州市泉港區人民政府關於提請審議2023年泉港區財政收支決算草案的議案\n"
        "來源:泉州市泉港區人民政府 時間:2024-07-03 09:33\n"
        "一、財政收支決算情況\n"
        "1.收入情況。一般公共預算總收入1011746萬元,完成預算數107.06%,增長10.87%。\n"
    )
    found = records(text)
    assert {r.period for r in found if r.value in (1011746, 10.87)} == {"2023"}
    # a share of the budget with no `的` is progress, not the budget (lukou.gov.cn 渌口 2015 1-8月)
    share = records(
        "截至2015年8月底,累计完成公共财政预算总收入67949万元,为年初预算61.22%。", places=("渌口区",)
    )
    assert kind_of(share, 61.22) == ACTUAL
