"""Periods found on this round's tuning pages (period24b): the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# f24_p18 (成都日报, a 2023 piece on Sichuan's national zones, its dateline `10月29日` with no year): the only year
# written with `年` is a zone's founding (`2021年6月国務院批復`); the signing ceremony it tells as held names the
# present, so `前三季度` and `今年1-9月` are 2023's
_ZONES = (
    "四川省10個國家級經開區前三季度進出口同比增長25%\n"
    "10月29日記者獲悉,前三季度,全省10個國家級經濟技術開發區完成規上工業總産值8473.9億元,同比增長1.7%。\n"
    "作為四川國家級經濟技術開發區的代表,前不久,在2023成都經開區(龍泉驛區)産業建圈強鏈重大項目簽約儀式上,"
    "16個重點項目集中簽約,投資總金額195.33億元。統計數據顯示,今年1-9月,成都經開區累計簽約引進産業化項目32個,"
    "投資總額473億元。\n"
    "2021年6月國務院批復同意成立的成都國際鐵路港經濟技術開發區,是成都第2個國家級經濟技術開發區。"
    "僅今年1—6月,中歐班列(成渝)開行2732列,同比增長29.6%,開行量位居全國首位。\n"
)


def test_a_ceremony_named_by_its_year_dates_an_undated_piece_over_a_founding_year() -> None:
    assert text_date(_ZONES).startswith("2023")
    found = records(_ZONES)
    assert one(found, 8473.9).period == "2023-01~2023-09"
    assert one(found, 473).period == "2023-01~2023-09"
    assert one(found, 195.33).period.startswith("2023")


# f18_p06 靖江 (kept): a summit told as held still dates its piece
def test_a_summit_told_as_held_still_dates_the_piece() -> None:
    text = (
        "近日,在2023中國財富峰會上發布《中國縣域高質量發展報告2023》。\n"
        "2022年,我市咬定目標,全年實現地區生産總值1500億元。\n"
    )
    assert text_date(text).startswith("2023")


# a year in a ceremony's name that is no event held (`2023年度…`, with `年`) leaves the date to the years named
def test_a_year_with_its_nian_is_no_event_name() -> None:
    text = "2021年,全县实现地区生产总值100亿元。在2021年度招商引资签约仪式上,签约项目12个。\n"
    assert text_date(text).startswith("2021")
