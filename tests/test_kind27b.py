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


# hhml.gov.cn/info/2571/906152.htm (弥勒 2026 report: the 十四五 review)
MILE = (
    "这五年,我们步履铿锵,综合实力实现跨越突破。地区生产总值先后突破500亿元大关、迈上550亿元新台阶,向着600亿元大关"
    "全力冲刺,连续28年保持全州第一、全省第一方阵,占全州GDP比重连续5年超18%。"
)
# erwincontainers.com/Show-18660.html (长沙县: a three-year aim, then the year's results)
CHANGSHA = (
    "长沙县委书记杨懿文告诉记者,将冲刺“全国十强县”的时间由原来的5年缩短为3年。2012年,长沙县财政收入突破150亿元,"
    "县域经济基本竞争力跃居全国第15位,连续5年蝉联“中部第一县”桂冠。"
)


def test_a_streak_of_years_is_achieved_after_an_aim():
    found = records(MILE, date="2026-03-09", places=("弥勒市",))
    assert one(found, 18).kind == ACTUAL
    assert {r.kind for r in found if r.value == 1} == {ACTUAL}
    assert one(records(CHANGSHA, date="2012-12-01", places=("长沙县",)), 150).kind == ACTUAL


def test_a_streak_aimed_at_is_a_target():
    text = "今年,全县力争连续3年保持地区生产总值增速全州第一,一般公共预算收入增长8%。"
    assert {r.kind for r in records(text, date="2024-02-01", places=("弥勒市",))} == {TARGET}


def test_a_level_passed_for_the_first_time_is_achieved():
    # ebuyphilippines.com/n2/2022/0111/c186327-35089720.html (余杭经开区 2022: `規模工業總產值首破千億`), after the
    # year's aims
    text = "经开区将全面开启“十四五”更高质量发展新征程,力争工业总产值增长10%,确保引进项目20个。规模工业总产值首破千亿元。"
    found = records(text, date="2022-01-12", places=("杭州余杭经济技术开发区",))
    assert one(found, 1000).kind == ACTUAL
    assert one(found, 10).kind == TARGET
    aimed = records("今年,全区力争规模工业总产值首次突破千亿元。", date="2022-01-12", places=("杭州余杭经济技术开发区",))
    assert one(aimed, 1000).kind == TARGET
