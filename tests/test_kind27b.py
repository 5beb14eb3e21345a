"""Target or achieved, second pass: a part titled with a colon and its headline names a review (real sentences, each
with its page's address)."""

from bot.ingest.tense import ACTUAL, TARGET, heading
from tests.ingest_helpers import one, records

# gdxk.southcn.com/zh/xwbd/content/post_684797.html (香洲 2021: the year's goals, then the 十三五 review)
XIANGZHOU = (
    "奋进新征程,同心谱新篇。2021年2月24日上午9时,香洲区第九届人民代表大会第六次会议召开。\n"
    "报告提出了今年政府工作目标任务:地区生产总值增长6%以上;规模以上工业增加值增长6%;社会消费品零售总额增长6%。"
    "记者从会上获悉,围绕实现今年预期目标,香洲区将重点抓好六个方面工作,确保今年经济社会发展目标如期实现。\n"
    "“十三五”回顾:全区各项工作取得显著成绩\n"
    "把创新驱动作为发展第一动力,自主创新实力不断增强。高新技术企业达552家,19家企业入选市独角兽企业培育库。\n"
)


def test_a_part_titled_with_a_colon_and_its_headline_is_a_heading():
    assert heading("“十三五”回顾:全区各项工作取得显著成绩") == (1, "“十三五”回顾", True)
    # a sentence with a figure after the colon, or a list's item, is no title
    assert heading("“十三五”回顾:全区生产总值增长6.3%") is None
    assert heading("●下一步:加快项目建设进度") is None


def test_the_review_below_such_a_title_is_achieved():
    found = records(XIANGZHOU, date="2021-02-24", places=("香洲区",))
    assert one(found, 552).kind == ACTUAL
    assert one(found, 19).kind == ACTUAL
    assert {r.kind for r in found if r.value == 6} == {TARGET}  # the year's goals above it stay targets
