"""The document's kind and the tense a figure with no cue of its own falls back to: news of an event held reports
what it started; aims put forward, groundwork laid for them, or a list of aims served are no intent of the passage
(real sentences, each with its page's address)."""

from bot.ingest.context import context_of, document_kind
from bot.ingest.kind import FUTURE, WEAK_TARGET, without_groundwork
from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# bbs.qojkg.com/archiver/showtopic-10688.aspx (沁源, undated news of projects started that day)
QINYUAN = (
    "金秋十月,天高云淡;硕果累累,喜讯频传。10月11日,沁源县秋冬季重点建设项目集中开工暨现场推进会在位于土坡岭下的"
    "小岭底村隆重举行。随着土坡隧道工程的奠基,总投资达71.73亿元的48个重点建设项目集中开工,这是沁源县继上半年15个"
    "转型项目集中开工后,在项目建设、招商引资上取得的又一丰硕成果。\n"
    "本次集中开工总计48个项目,共分一个主会场十九个分会场进行。项目总投资71.73亿元,其中:计划投资10.91亿,占总投资"
    "15%;转型项目33个,占开工项目的68.8%。项目涵盖了工业、服务业、基础设施和民生四大领域,具体分为五大类,即针对发展"
    "短板不断加大投入,全面保障未来发展的基础设施建设方面16个项目;聚焦六大绿色农业板块建设,大力发展的绿色农业方面"
    "15个项目;倾力打造的文旅方面8个项目。"
)


def test_news_of_an_event_held_is_a_report():
    assert document_kind(QINYUAN) == ACTUAL


def test_news_of_an_event_held_reports_what_it_started():
    found = records(QINYUAN)
    assert {r.kind for r in found if r.value in (71.73, 48, 33, 68.8, 16, 8)} == {ACTUAL}
    assert one(found, 10.91).kind == TARGET  # the started projects' planned investment stays a plan's


def test_an_event_still_to_be_held_is_no_report():
    # the same words of an event, announced ahead: no report of it
    text = "沁源县秋冬季重点建设项目将于10月11日集中开工,力争全年完成投资80亿元,确保新开工项目30个。"
    assert document_kind(text) == TARGET


def test_future_as_a_noun_is_no_look_ahead():
    assert not WEAK_TARGET.search("全面保障未来发展的基础设施建设方面")
    assert not FUTURE.search("培育未来产业,建成未来社区5个、未来乡村3个")
    assert WEAK_TARGET.search("未来三年,全县将新增规上企业50家")  # a time ahead still is one


# 寿阳 2022-03 news of a project-start ceremony (r176, dev10)
SHOUYANG = (
    "2022年,寿阳县坚持以习近平总书记考察调研山西重要讲话重要指示精神为指引,在市委的坚强领导下,进一步明确重点、"
    "细化责任、创新举措,提出了“争当全省全方位推动高质量发展先行区排头兵”的战略目标,明确了实施百项重点工程的"
    "战略举措,在全县上下掀起了“大抓项目、抓大项目”的热潮,为争当排头兵奠定了坚实基础"
)


def test_an_aim_put_forward_and_groundwork_laid_are_no_intent():
    assert context_of(SHOUYANG, 2022, 2022).kind != TARGET
    blanked = without_groundwork(SHOUYANG)
    assert "争当排头兵奠定" not in blanked and "战略目标" not in blanked and len(blanked) == len(SHOUYANG)


def test_an_aim_with_its_figure_stays_a_target():
    # (a goal set with its figure in the clause is not blanked)
    text = "县委提出了地区生产总值增长8%的目标"
    assert without_groundwork(text) == text


def test_a_list_of_aims_served_is_no_intent():
    # saintpaulhem.com/anyi/ayxzf/zxft/202401/417ad8602f0f4a96a49739c3c4d8c84f.shtml (安义 2024-01 interview)
    text = (
        "近年来,安义县始终坚持人民城市理念,围绕环境提升、设施配套、功能完善等目标,持续完善城市基础设施建设,改善"
        "群众居住条件,城市功能和面貌日新月异。主要体现在“四个更”:一是生态环境更美了。PM2.5浓度均值指标排名全市第1,"
        "国考断面水质达Ⅱ类水质标准,优良比例100%。"
    )
    assert context_of(text.split("。")[0], 2024, 2024).kind == ACTUAL
    assert one(records(text, "2024-01", ("安义县",)), 100).kind == ACTUAL


def test_the_effort_of_winning_projects_is_no_intent():
    # lq52.com/viewnews-55202.html (民和, news of the centrally funded projects built)
    text = (
        "民和县紧紧围绕国家产业政策和投资重点,加大项目申报、衔接和争取力度,狠抓项目建设进度,使一批项目得到国家和省上"
        "有关部门的支持,先后共争取落实新增中央投资项目56个,总投资达3.18亿元。"
    )
    found = records(text, "2009", ("民和回族土族自治县",))
    assert one(found, 56).kind == ACTUAL and one(found, 3.18).kind == ACTUAL


def test_a_years_investment_of_projects_started_is_their_plan():
    # big5.china.com.cn/gate/big5/guoqing.china.com.cn/2019-05/14/content_74783165.html (秀山 2019-05 news)
    text = (
        "5月13日,秀山自治县2019年二季度21个重点项目集中开工仪式在县工业园区举行。据了解,全县2019年二季度重点开工"
        "建设的项目有21个,年度投资22.3亿元,涵盖交通、城建、工业、农业等领域。"
    )
    found = records(text, "2019-05-14", ("秀山土家族苗族自治县",))
    assert one(found, 22.3).kind == TARGET
    assert {r.kind for r in found if r.value == 21} == {ACTUAL}
