"""The year a text speaks from (its "now"), from real texts: history days and long-range goals are not the present."""

from __future__ import annotations

from bot.ingest.manifest import infer_date
from tests.ingest_helpers import one, records, text_date

# r154 互助 (dev9, a county profile of 2022): the founding day, mid-paragraph, was taken for the page's dateline.
_HUZU = """互助土族自治县
互助土族自治县位于中国青海省东北部,总面积3424平方千米,辖7镇1街道11乡、294个行政村、8个社区。截至2024年,互助土族自治县总人口40.14万人。
互助土族自治县地区早在5000年前就有先民繁衍生息。1930年9月29日,互助土族自治县正式建县。1949年9月12日,互助土族自治县解放。1954年2月14日,正式成立互助土族自治区。1955年,互助土族自治区改为互助土族自治县。
2022年上半年,互助土族自治县实现地区生产总值46.31亿元,增长2.4%;完成固定资产投资18.3亿元,增长9%。
"""


def test_a_history_day_inside_a_paragraph_is_no_dateline():
    date = text_date(_HUZU)
    assert date[:4] >= "2022", date
    r = one(records(_HUZU, places=("互助土族自治县",)), 46.31)
    assert (r.kind, r.period) == ("actual", "2022H1")


def test_a_dateline_at_the_head_of_a_line_still_dates_the_text():
    # a news lead opening with its day (`2023年5月25日,…`) is the story's date, even when it names a later target year
    text = "2023年5月25日,天祝县举行重大项目集中开工活动。到2027年,全县地区生产总值力争达到100亿元。"
    assert text_date(text) == "2023-05-25"
    # and a day after a site's label
    text = "县人大代表围绕《政府工作报告》进行分组讨论\n发布日期:2022-02-15\n1月14日下午,参加陆良县第十八届人民代表大会第一次会议的代表…"
    assert text_date(text)[:7] == "2022-02"


# r140 鹿城 (dev8): a proposal for the 十四五 plan `和2035年远景目标` was dated 2035, a long-range goal's year.
_LUCHENG = """中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和2035年远景目标的建议
鹿城新闻网讯 中国共产党温州市鹿城区第九届委员会第十次全体会议,就科学制定温州市鹿城区国民经济和社会发展第十四个五年规划和2035年远景目标提出如下建议:
1.“十三五”发展取得的巨大成就。“十三五”是鹿城改革发展进程中极不平凡的五年。预计,2020年生产总值达到1200亿元左右,人均生产总值超过9.3万元。
"""


def test_a_long_range_goals_year_is_not_the_present():
    date = text_date(_LUCHENG)
    assert date and date[:4] in ("2020", "2021"), date
    r = one(records(_LUCHENG, places=("鹿城区",)), 1200)
    assert r.period == "2020"


# shzq.org/shzq/7213408750371192870.html (莲花县, an undated profile): every year it names is of the county's history,
# so it says nothing of its present (it was dated 1992).
_LIANHUA = """莲花县
莲花县,是中国江西省萍乡市下辖县,面积1071.68平方千米,辖8个乡、5个镇、1个垦殖场,总人口276562人。
清乾隆八年(1743年)割永新县二十个都、安福县十二个都,设置莲花厅,属吉安府管辖。民国元年(1912年)改厅为县,莲花县正式得名。民国十四年(1925年)废道,直属省政府。民国十七年(1928年)曾成立莲花县第一届工农兵政府。中华人民共和国成立后,于1968年划属井冈山市地区,1979年划属吉安地区,1992年划归萍乡市管辖。
"""


def test_years_of_a_places_history_are_not_its_present():
    assert text_date(_LIANHUA) == ""
    # with a year of figures, that year is the present: `1958年并入合浦县,1965年恢复建县` are history (r175 浦北)
    text = "浦北1952年设立,1958年并入合浦县,1965年恢复建县。截至2024年,浦北县地区生产总值跃升至284.97亿元。"
    assert text_date(text) == "2024"
    # a year a county set up something of its own is no change of the county: it stays a year of figures
    text = "2023年,全县设立产业发展基金2亿元。"
    assert text_date(text) == "2023"


def test_a_length_of_history_is_no_year():
    # victorzhang.cn/page/2013/0429/24560391.shtml (丰都, an undated profile, traditional): it was dated 2000
    text = "豐都是歷史文化名城。10萬年前人類活動業已頻繁,建縣設治亦有2000年歷史。三峽大壩蓄水175米後,淹沒了縣內陸地面積37.47平方公里。"
    assert text_date(text) == ""


def test_the_year_being_closed_is_the_present():
    # m.07608.cn/qihuawenan/115982.html (a county's year-end economic meeting): the plans are for the year after
    text = (
        "在全县经济运行分析调度会上的讲话\n今天召开全县经济运行分析调度会,主要目的是总结全年经济运行情况。\n"
        "一要咬定经济目标运行不放松,完美收官2018年。县政府目标办要抓紧收集各相关部门2018年目标任务完成情况。\n"
        "二要聚焦目标定位和重点项目谋划,精彩开局2019年。目前谋划的2019年项目数量还不够多,为2019年经济运行和重点项目建设开好局。"
    )
    assert text_date(text) == "2018"
    # a plan's closing year looked ahead to is not closed yet: 長豐 `2025年是“十四五”收官之年` (news.cn, 2025-01-05)
    text = "1月4日,長豐縣第十二屆人民代表大會第四次會議開幕。報告指出,2024年,長豐縣圓滿完成全年目標任務。報告指出,2025年是“十四五”收官之年。"
    assert text_date(text)[:4] == "2025"


def test_a_places_first_years_are_no_period():
    # r175 浦北 2025 (dev10): `建县之初` figures are of 1965, never named: no period, not the text's year; a comparison
    # with them (`较建县之初增长467倍`) stays the year's
    text = (
        "10月20日\n浦北縣召開新聞發布會\n"
        "建縣之初,浦北地區生產總值僅6098萬元,固定資產投資299萬元,產業以傳統農業和小型手工業為主。\n"
        "截至2024年,浦北縣地區生產總值躍升至284.97億元,較建縣之初增長467倍。\n"
    )
    found = records(text, places=("浦北县",))
    assert one(found, 6098).period == "" and one(found, 299).period == ""
    assert one(found, 284.97).period == "2024" and one(found, 467).period == "2024"


def test_a_year_opening_the_sentence_beats_the_years_looked_back_on():
    # r172 吉林经开区 2011 (dev10): after `近两年`, `2009年,` opens the sentence; the figures after its `;` were 2010
    text = (
        "吉林经济开发区经国务院批准升格为国家级开发区\n2011年06月03日 22:08:37 来源:新华网\n"
        "吉林经开区成立于1998年,规划面积20.4平方公里。特别是近两年,实现了跨越式提升,2009年,该区完成地区生产总值53亿元,"
        "同比增长23.8%;完成全口径财政收入6.7亿元,同比增长48.8%。今年1~4月份,实现地方级财政收入11130万元,同比增长139%。\n"
    )
    found = records(text, places=("吉林经济技术开发区",))
    assert [one(found, v).period for v in (53, 6.7, 48.8)] == ["2009", "2009", "2009"]
    assert one(found, 11130).period == "2011-01~2011-04"


def test_a_report_named_for_next_year_given_in_december():
    # baijiadoc.com/doc/32njf18fke (东宝区 `2020 年东宝区政府工作报告`, given at a session on 12 月 25 日): dated 2020
    text = (
        "2020 年东宝区政府工作报告\n12 月 25 日,东宝区第八届人民代表大会第五次会议隆\n重开幕。区委副书记、区长江稳代表区政府向大会作《政府\n"
        "工作报告》。整理如下;\n2019 年成绩\n2019 年,全区预计实现地区生产总值 369 亿元,增长\n7.6%;固定资产投资 316 亿\n元,增长 11.8%。\n"
    )
    assert text_date(text) == "2019-12-25"
    r = one(records(text, places=("东宝区",)), 369)
    assert (r.kind, r.period) == ("actual", "2019")
    # a session early in a year keeps its own rule (r155 平谷: `1月9日,…开幕`, reviewing 2024, is of 2025)
    text = "1月9日,北京市平谷区第六届人民代表大会第六次会议隆重开幕。报告指出,2024年,平谷地区生产总值预计增速4.5%以上。过去一年,成绩显著。"
    assert text_date(text) == "2025-01-09"


def test_an_anniversary_is_of_the_founding_year_plus_the_years_since() -> None:
    # dev11 r191 峨边 2004 (traditional): an autonomous county's 20th anniversary, its 2003 figures were read as targets
    text = (
        "1984年10月,经国务院批准,峨边成立彝族自治县。20年后的今天,峨边已成为小凉山上一颗璀璨的明珠。"
        "到2003年底,全县GDP达到7.2亿元,比1983年增长11倍。"
    )
    assert infer_date(text) == "2004"
    assert infer_date("1965年恢复建县。今年是建县六十周年,全县地区生产总值达到100亿元。") == "2025"
