"""Kind and period rules found on dev10 (last time pass), each confirmed on a fresh page or kept to its cause."""

from __future__ import annotations

from bot.ingest.normalize import normalize
from tests.ingest_helpers import one, records, text_date

# A press conference on a county's sixty years (r175 浦北 2025, traditional script): `1965年恢复建县` dated the text
# 1965, so `截至2024年` figures looked ahead; and the `将…建设成为` / `将…作为` object markers counted as intent.
_PUBEI = """10月20日
浦北縣召開新聞發布會
楊永沖回顧介紹了浦北60年發展歷程。浦北1952年設立,1958年并入合浦縣,1965年恢復建縣。黨的十八大以來,浦北縣在歷屆縣委、縣政府領導下,將工業薄弱、交通閉塞的縣域,建設成為經濟繁榮、產業興旺、生態優美、民生殷實的宜居宜業之地。
建縣之初,浦北地區生產總值僅6098萬元,固定資產投資299萬元,產業以傳統農業和小型手工業為主。六十年來,浦北始終錨定經濟建設中心工作和高質量發展首要任務。
截至2024年,浦北縣地區生產總值躍升至284.97億元,較建縣之初增長467倍;固定資產投資達46.75億元,增長1563倍。
依托“老樹+富硒+長壽”的獨特優勢,浦北將陳皮產業作為特色農業的核心抓手。
"""


def test_counted_up_to_a_year_dates_the_text_and_reports():
    assert text_date(_PUBEI) == "2024"
    found = records(_PUBEI, places=("浦北县",))
    for value in (284.97, 46.75, 467, 1563):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2024"), (value, r.kind, r.period)


def test_object_marker_is_no_intent():
    from bot.ingest.context import document_kind

    text = normalize(
        "浦北将陈皮产业作为特色农业的核心抓手。全县将工业薄弱的县域,建设成为宜居之地。六十年来,变化巨大。"
    ).text
    assert document_kind(text) == "actual"
    # a plain `将` of the future still counts
    assert document_kind(normalize("明年全县将新建学校5所。").text) == "target"


# An undated news story (r185 灵武, traditional): `计划于2024年投产` is a year ahead, not the story's own. The same on
# a fresh page (abcheap.com 文水 `吕梁市2020年第三批重点项目…将于2021年投产达效`, dated 2021 before).
def test_year_a_plan_names_is_not_the_present():
    lingwu = "7月25日,靈武市重大項目集中開工。光伏基地項目總投資近100億元,計劃于2024年投產。"
    assert text_date(lingwu) == ""
    wenshui = (
        "5月16日上午,吕梁市2020年第三批重点项目开工仪式在文水县文倚村举行。"
        "据悉,两个项目总投资1亿元,将于2021年投产达效。"
    )
    assert text_date(wenshui) == "2020"


# What a project just begun can yield (r185 灵武): `,可实现年产值200亿元,上缴税收12亿元` is still to come; an
# estimate of a year's outcome (`预计全年可实现…`) stays a result in a report.
def test_what_a_project_can_do_is_a_target():
    text = "昆工科技儲能電池項目,項目總投資24億元,可實現年產值200億元,上繳稅收12億元。"
    found = records(text, places=("灵武市",))
    assert one(found, 200).kind == "target"
    assert one(found, 12).kind == "target"
    assert one(found, 24).kind == "actual"


# `集中开建` is an event held, like `集中开工` (r181 天祝 2023-05-25: `2023年第二季度36个工程集中开建` read as a
# target of the quarter under way).
def test_projects_started_together_are_reported():
    text = "2023年5月25日,甘肃天祝2023年第二季度36个工程集中开建,总投资52.25亿元,其中亿元以上项目13项。"
    found = records(text, places=("天祝藏族自治县",))
    for value in (36, 52.25, 13):
        assert one(found, value).kind == "actual", value


# A paragraph of a `过去五年` review that opens a sentence with `五年来,` (r171 崇明 2017-01-10; rests on dev10 alone):
# its figures without a time of their own are of the five years looked back on, not undated; a level they reached is
# their last year's (tests/real/README.md, calls15).
_CHONGMING = """2017年1月10日在崇明区第一届人民代表大会第一次会议上
一、过去五年工作回顾
  (一)生态建设和保护持续加强。五年来,我们围绕崇明生态岛建设纲要,不断厚植生态优势。全县地表水环境功能区达标率达到80%,森林覆盖率达到24%。扎实推进节能减排工作,万元增加值综合能耗下降21%。
"""


def test_paragraph_looking_back_five_years_dates_its_figures():
    found = records(_CHONGMING, places=("崇明区",))
    assert [one(found, value).period for value in (80, 24)] == ["2016", "2016"]
    assert one(found, -21).period == "2012-2016"  # a change over the years stays theirs
