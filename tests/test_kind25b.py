"""Target or achieved, from real sentences of the tuning splits: a text whose words of intent are a handful, with no
goal or requirement named, is no plan: a figure stated with no word ahead in its own sentence is one reached, while
the sentences that turn ahead keep their targets."""

from bot.ingest.context import document_kind
from bot.ingest.normalize import normalize
from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r518 (中宁, a news photo caption of 2013, traditional: the harvest as it stands, then the year's estimates)
ZHONGNING = (
    "6月28日,在寧夏回族自治區中寧縣舟塔鄉的枸杞種植基地內,當地農戶在采摘成熟的枸杞果實。近日,寧夏回族自治區80余萬畝"
    "枸杞陸續成熟,各地枸杞種植戶紛紛抓緊時間,采摘晾曬。據了解,中寧縣2013年全縣枸杞種植面積達20萬畝,干果總產量預計達"
    "4.8萬噸,產值將突破18億元,農民人均來自枸杞產業的現金收入將達到3200元。新華社記者 彭昭之攝\n"
    "6月28日,在寧夏回族自治區中寧縣舟塔鄉的枸杞種植基地內,當地農戶在采摘成熟的枸杞果實。新華社記者 彭昭之攝\n"
)

# f19_p02 (抚松, a feature of 2019 on a ginseng market, traditional: one sentence of estimates and one of the future)
FUSONG = (
    "「靠山吃山、靠水吃水」,秉持著老祖宗的智慧,背靠盛產人參的長白山脈,吉林省撫松縣萬良鎮的長白山人參市場,不僅是全大陸、"
    "也是亞洲最大的人參交易集散地,預計今年的人參產業產值可達到550億元(人民幣,下同),年出口額達到25億美元。未來,"
    "吉林省人參產值可望突破1200億元。\n\n"
    "撫松縣萬良素有「人參小鎮」之稱,當地的長白山人參市場占地面積7500平方公尺,始建於1989年,擴建於1992年,於2005年進行"
    "異地擴建,產品銷往長春、瀋陽、上海、廣州等全大陸30多個省、市和地區。\n\n"
    "單日客流量 超全鎮人口\n\n"
    "長白山人參市場以人參為主的產品有200多種,包括:野山參、水參、白參、紅參,以及工藝參等。市場全年無休,鮮參年交易額"
    "近60億元,年客流量達500萬人次,解決就業達5萬人,對推動區域經濟發展發揮了重大作用。\n\n"
    "撫松發展投資集團有限公司副總經理喬晗表示,2019年,在萬良長白山人參交易市場,水參交易總量約8000萬斤,\n"
)

# r257 (剑阁, an interview of 2022-07: the county's situation, told with two words of effort)
JIANGE = (
    "记者:灾后重建中,你最深的感受是什么?\n"
    "冯安富:剑阁有两个最大最基本县情:总体上的传统农业县,发展滞后;“5·12”地震极重灾县,经济损失200多亿元。"
    "为此,灾后重建中,我们努力做到与优势资源转化相结合,既使民生得到了极大改善,又使产业重建得到了跳高发展。\n"
    "记者:剑阁的主要做法是什么?\n"
    "冯安富:抓住灾后重建机遇,走“三区”的发展路径,努力变总体上的传统农业县为旅游强县、工业强县和现代农业示范县。\n"
)

# r208 (隆德, news of 2023 on the year's first batch of projects: a plan's words, four and more)
LONGDE = (
    "“今年,县上实施联财镇、杨河乡重点小城镇建设项目,不仅是农村城镇化发展需求,也将为重点乡镇及周边地区的一二三产融合发展、"
    "生态生活生产有效衔接提供基础保障,成为隆德县经济增长的新引擎。”隆德县住建局村镇建设办公室主任魏晓光对于未来的发展充满了信心。\n"
    "2023年,隆德县牢固树立大抓项目、抓大项目、抓高质量项目的工作导向,谋划确定第一批基本建设项目111项,总投资74.04亿元,"
    "年度计划投资34.96亿元。固定资产投资项目94项,总投资70.31亿元,年度计划投资31.22亿元,以项目建设稳增长、调结构、促振兴、惠民生。\n"
)


def test_a_caption_with_the_year_s_estimates_states_the_harvest_reached():
    found = records(ZHONGNING, "2013", ("中宁县",))
    assert one(found, 80).kind == ACTUAL and one(found, 20).kind == ACTUAL
    # (the estimates keep their own sentence's words ahead)
    assert one(found, 4.8).kind == TARGET and one(found, 18).kind == TARGET


def test_a_feature_turning_ahead_once_states_the_market_as_it_is():
    found = records(FUSONG, "2019", ("抚松县",))
    assert one(found, 8000).kind == ACTUAL and one(found, 500).kind == ACTUAL
    assert one(found, 550).kind == TARGET and one(found, 1200).kind == TARGET


def test_an_interview_s_words_of_effort_make_no_plan_of_its_losses():
    found = records(JIANGE, "2022-07-01", ("剑阁县",))
    assert one(found, 200).kind == ACTUAL


def test_the_vote_of_a_text_with_a_handful_of_words_ahead_is_achieved():
    assert document_kind(normalize(ZHONGNING).text) == ACTUAL
    assert document_kind(normalize(FUSONG).text) == ACTUAL


def test_a_year_s_batch_of_projects_planned_stays_targets():
    found = records(LONGDE, "2023", ("隆德县",))
    assert {one(found, v).kind for v in (111, 74.04, 94)} == {TARGET}
