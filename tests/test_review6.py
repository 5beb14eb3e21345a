"""The year and kind of a review's figures: effort spent is no intent, a streak told in its year counts the whole
years before it. From real texts."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# guanlizhidu.com/doc/2634520.html (湟源县 2025 work report, its review of 2024): `付出了不懈努力` is the effort the
# year took, not an aim; the GDP growth stood among the year's outcomes was filed as a target.
_HUANGYUAN = """2025年湟源县政府工作报告
一、2024年工作回顾
过去的一年,是感恩奋进的一年,我们扛牢责任、真抓实干,在机遇面前主动出击,在困难面前迎难而上,付出了不懈努力,交出了满意答卷,地区生产总值增长7%;固定资产投资增长30.6%;地方一般公共预算收入增长4%;全体居民人均可支配收入增长5.7%。
"""


def test_effort_spent_in_a_review_is_no_intent():
    found = records(_HUANGYUAN)
    assert {one(found, v).kind for v in (7, 30.6, 4, 5.7)} == {"actual"}
    assert {one(found, v).period for v in (7, 30.6, 4, 5.7)} == {"2024"}


# pinglun.youth.cn/wztt/201703/t20170307_9238528.htm (2017-03 comment on the 2016 review): `…的不懈努力下` is the
# effort under which the year's outcome came (the country's figures, told here of a county).
_UNDER_EFFORT = """湟源县2017年工作报告
回望2016年,我县面临诸多严峻挑战。在全县上下和合一心的不懈努力下,全县生产总值达到74.4亿元,增长6.7%;全年城镇新增就业1314人。
"""


def test_an_outcome_under_effort_is_achieved():
    found = records(_UNDER_EFFORT)
    assert {one(found, v).kind for v in (74.4, 6.7)} == {"actual"}


def test_an_effort_still_to_make_stays_an_intent():
    # r19 泗阳 (dev): `通过未来几年的努力进入全国百强县` is an aim
    found = records(
        "泗阳县2021年访谈\n我们希望通过未来几年的努力,地区生产总值达到1000亿元。\n", date="2021-03"
    )
    assert one(found, 1000).kind == "target"


# 123.232.116.197/dzrb/content/20240702/Articel01009MT.htm (大众日报 2024-07-02, an interview of 广饶's party
# secretary): a streak of GDP growth told in July counts the years whose figures are in, 2022 and 2023.
_GUANGRAO = """对话县委书记|广饶:“特长生”如何培强
2024-07-02 作者: 来源: 大众日报
问:广饶县的GDP增速连续两年保持全省136个县市区第1位,这个增速的支撑来自哪里?
"""


def test_a_streak_told_before_its_year_ends_counts_the_years_before():
    found = records(_GUANGRAO)
    assert {r.period for r in found if r.value == 1} == {"2022-2023"}


def test_a_streak_in_a_review_ends_with_the_year_reviewed():
    # r155 平谷 (dev9): `连续两年居全市第1` in the review of 2024 stays `2023-2024`
    text = "平谷区2025年政府工作报告\n一、2024年工作回顾\n2024年,农业总产值连续两年居全市第1位。\n"
    found = records(text, places=("平谷区",))
    assert {r.period for r in found if r.value == 1} == {"2023-2024"}


# 0525000.com/JiaoYuXinWen/594563.html (2017 百强县 news, traditional): a published list's streak counts the list's
# year, as `今年再进一步升至第八位` does.
_LIST = """全國百強縣排名及各省名單出爐
2017年全國百強縣名單。
第十六屆全國縣域經濟與縣域基本競爭力百強縣名單22日公布。“三湘第一縣”長沙縣位列第八名,連續8年居中西部第一,成為中國中西部縣域經濟發展的標桿。
"""


def test_a_published_lists_streak_counts_the_lists_year():
    found = records(_LIST, date="2017-10")
    assert {r.period for r in found if r.value == 1} == {"2010-2017"}
