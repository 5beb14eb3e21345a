"""Frames and kinds from real sentences (each with its page's address or dev id): a speaker's lead that names the
part of the year, a news agency's dateline before the source, signings news, a January estimate of the year gone."""

from bot.ingest.context import document_kind, is_frame, opening_part, unspoken
from bot.ingest.tense import ACTUAL, TARGET, document_title
from tests.ingest_helpers import one, records

# r207 左贡 2006 interview (dev11): the lead names the half year its figures are of
ZUOGONG = (
    "以科学发展观统领全局 推动经济社会全面发展 访左贡县县长 罗松益西\n"
    "2006年既是“十一五”规划的启动之年,又是全面建设小康社会的关键之年,为确保县经济社会跨越式发展、社会局势长治久安和"
    "人民生活水平不断提高,左贡县将如何开展今年下半年各项工作,为此记者采访了左贡县县长罗松益西。\n"
    "罗松益西介绍上半年各项工作开展情况时说,今年以来我县坚持树立和落实科学发展观,以经济建设为中心,紧紧抓住发展和稳定"
    "两件大事,经济工作稳步推进。全县地方生产总值达11036万元,同比增长13%,完成地区指标的42%。"
)


def test_a_speakers_lead_naming_the_half_year_frames_the_passage():
    head = "罗松益西介绍上半年各项工作开展情况时说,今年以来我县坚持树立和落实科学发展观"
    assert unspoken(head).startswith("上半年,") and is_frame(head)
    found = records(ZUOGONG, "2006", ("左贡县",))
    assert one(found, 11036).period == "2006H1" and one(found, 11036).kind == ACTUAL
    assert one(found, 13).period == "2006H1"


def test_a_speaker_without_a_timed_lead_is_stripped_as_before():
    assert unspoken("马振宇说,去年全县生产总值") == "去年全县生产总值"
    # (the words said name their own months: they frame, not the lead's half year)
    assert unspoken("县长介绍上半年工作时说,1-5月,全县完成投资").startswith("1-5月")


# www.ts.cn/xwzx/jjxw/202208/t20220822_8530174.shtml (fresh page): an agency's dateline, then the source and a colon
TIANSHAN = (
    "前7月新疆招商引资区外到位资金同比增38.49%\n\n"
    "2022年08月22日 09:05:46    来源: 天山网-新疆日报原创\n\n"
    "  天山网-新疆日报讯(记者黑宏伟报道)记者从自治区商务厅获悉:前7个月,全区落实执行招商引资项目4304个,比去年同期增加"
    "152个;引进区外到位资金4628.89亿元,比去年同期增长38.49%。\n\n"
    "  今年以来,新疆各级商务和招商部门聚焦招大引强,聚力项目突破,推动产业转型,加大招商引资力度,取得明显成效。\n\n"
    "  区外到位资金总量排名靠前的地州市有:乌鲁木齐市927.46亿元,伊犁哈萨克自治州785.85亿元,阿克苏地区701.48亿元。"
)


def test_a_news_agency_dateline_before_the_source_is_stripped():
    head = "天山网-新疆日报讯(记者黑宏伟报道)记者从自治区商务厅获悉:前7个月,全区落实执行招商引资项目"
    assert unspoken(head).startswith("前7个月,") and is_frame(head)
    # m.beijingleather.com.cn/minsheng/256269.html (fresh page): another agency, the same lead
    other = "石榴云/新疆日报讯(记者 黑宏伟 实习生 麦合丽亚·麦麦提报道)记者从自治区商务厅获悉:今年上半年,新疆落实执行招商引资项目"
    assert unspoken(other).startswith("今年上半年,")
    assert opening_part(TIANSHAN, document_title(TIANSHAN), 2022) == "2022-01~2022-07"


def test_figures_with_no_time_of_their_own_are_of_the_months_the_report_opens_with():
    found = records(TIANSHAN)
    assert one(found, 927.46).period == "2022-01~2022-07"
    assert one(found, 785.85).period == "2022-01~2022-07"


# cxztzcjw.cn/info/1353/1984.htm (禄丰 一月份 investment news, fresh page)
LUFENG = (
    "新年伊始,禄丰县把招商引资作为经济工作的“牛鼻子”、“一把手工程”抓紧抓实,取得良好成效。\n"
    "一月份,全县共实施500万元以上招商引资项目57项,其中结转项目21项,新建项目36项,到位州外资金23.91亿元,同比增长30.5%;"
    "县人民政府与投资方新签约招商引资项目15项,项目协议总投资6.4亿元,其中与来自省内外的云南锦润数控机械制造有限责任公司、"
    "普瑞赛斯机械科技有限公司和佛山丰堡精密机械有限公司11户企业签约的数控机床及零部件加工项目11项,将全部落地禄丰县碧城"
    "装备制造产业园,项目实施后,整个园区每年可新增产值10亿元,吸纳当地就业1000余人,具有较好的经济效益和社会效益。\n"
    "(禄丰县招商局 袁佳琼)"
)


def test_projects_newly_signed_are_done_and_what_they_will_yield_is_ahead():
    assert document_kind(LUFENG) == ACTUAL
    found = records(LUFENG, "", ("禄丰市",))
    assert {r.kind for r in found if r.value in (15, 6.4, 11, 57, 23.91)} == {ACTUAL}
    assert one(found, 10).kind == TARGET and one(found, 1000).kind == TARGET


def test_a_signing_ahead_is_no_signing_done():
    # (a plan's signing: the word of intent right before it)
    text = "今年,我县将新签约招商引资项目20项,力争新签约项目总投资50亿元。"
    assert document_kind(text) == TARGET


# ziwucun.nync.com/article/788960.html (禄丰 signing ceremony, fresh page): what the projects yield once running
def test_a_projection_says_nothing_of_the_texts_tense():
    text = (
        "4月7日下午,禄丰县人民政府举行项目签约仪式,集中签约一季度洽谈成功的禄丰LNG液化工厂建设、年产3.2万吨机床铸件"
        "智能化改扩建和年产1万吨香醋生产线技改搬迁3个项目的投资合作协议。3个项目涉及新能源、绿色食品加工制造、精密机械"
        "加工制造等领域,协议投资总额8.2亿元。项目建成投产后,预计年上缴税收4580万元,增加就业1000人,将为我县进一步优化"
        "产业结构、推动经济社会跨越发展注入新的动力。"
    )
    assert document_kind(text) == ACTUAL
    found = records(text, "", ("禄丰市",))
    assert one(found, 8.2).kind == ACTUAL and one(found, 4580).kind == TARGET


# cdqydfz.com 青羊年鉴2008 p.38 (fresh page): a speech of 2008-01-07; its `预计全年…` after a sentence whose numerals
# state no figure (`“四位一体”`) estimates the year just ended
QINGYANG = (
    "紧抓改革试验机遇 深入推进科学发展 为率先基本实现现代化而努力奋斗\n"
    "——在中共成都市青羊区五届四次全会上的讲话\n"
    "(2008年1月7日)\n"
    "同志们:\n"
    "这次区委五届四次全会,主要任务是:学习贯彻党的十七大和省委、市委全委会精神,紧紧围绕推进试验区建设,总结2007年工作,"
    "研究部署2008年工作。\n"
    "以基层民主政治建设为保障的城乡统筹、“四位一体”科学发展总体战略部署,紧抓试验区建设机遇,解放思想、不等不靠、锐意进取,"
    "经济、政治、文化、社会建设和党的建设取得新成效,试验区建设开局良好。预计全年实现地区生产总值将突破300亿元,同比增长"
    "14.5%以上;实现地方财政收入17亿元,同比增长60%;固定资产投资完成195亿元,同比增长27.6%。"
)


def test_a_january_estimate_of_the_whole_year_is_of_the_year_just_ended():
    found = records(QINGYANG, "", ("青羊区",))
    for value in (300, 14.5, 17, 195):
        assert (one(found, value).kind, one(found, value).period) == (ACTUAL, "2007")
