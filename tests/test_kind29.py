"""Target or achieved, from real sentences of the tuning splits: a stock a place has is not made an aim by the aim
told after it; a task's amount in brackets before the share of it done is the task; `今年,…将` opening a sentence
opens the year's plan, after a review of the year before."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r474 (荣昌, an undated first-quarter story on the county's industrial park)
RONGCHANG = (
    "目前,县工业园区已累计入驻企业298家,建成投产262家。其中拥有世界500强企业1家,中国民营企业500强9家,上市公司子公司8家,"
    "中国驰名商标11个,正朝着千亿级工业园区的目标奋进,力争跻身全市工业园区前10强。\n"
)

# f23_p18 (钟山, traditional news on investment drawn in)
ZHONGSHAN = (
    "去年以來,該縣區外境內投資新簽實施項目80個,合同投資總額47.06億元,到位資金49.49億元,完成全年區外境內指標任務(49億元)"
    "的100.99%;引進全口徑外資新建項目1個,合同投資總額6450萬美元,到位資金700萬美元,完成全年全口徑外資指標任務(700萬美元)的100%。\n"
)

# r503 (竹山, traditional news of the county's economic work meeting, undated)
ZHUSHAN = (
    "去年,竹山在305省道沿線百里城鎮帶內改造、新建秦巴庸派房屋3064戶,鋪設彩磚人行道2.2萬平方米,綠化植樹130萬株,"
    "文峰、擂鼓等七鄉鎮一批整潔靚麗、充滿秦巴風情的魅力村鎮已現雛形。今年,該縣將搶抓省委、省政府建設竹房城鎮帶城鄉一體化"
    "示範區的機遇,實行以獎代補、幹部包戶機制,幫扶305省道、236省道沿線農戶按秦巴庸派風格完成房屋改造,建成文峰鄉長坪、"
    "寶豐鎮鏵場等10個村級新型社區,建設煙墩子、韓溪河2個村級污水處理廠、7個鄉鎮污水處理廠、12個鄉鎮垃圾填埋場。\n"
)


def test_a_stock_held_is_not_made_a_target_by_a_later_aim():
    found = records(RONGCHANG, "", ("荣昌区",))
    assert [one(found, v).kind for v in (1, 9, 8, 11)] == [ACTUAL] * 4
    assert one(found, 10).kind == TARGET  # the aim itself stays one


def test_a_bracketed_task_amount_before_its_share_done_is_the_task():
    found = records(ZHONGSHAN, "", ("钟山县",))
    assert one(found, 49).kind == TARGET
    assert one(found, 49.49).kind == ACTUAL  # what was drawn in stays done
    drawn, task = sorted((r for r in found if r.value == 700), key=lambda r: r.start)
    assert (drawn.kind, task.kind) == (ACTUAL, TARGET)


def test_this_year_and_will_opening_a_sentence_open_the_plan():
    found = records(ZHUSHAN, "", ("竹山县",))
    assert [one(found, v).kind for v in (10, 2, 7, 12)] == [TARGET] * 4
    assert one(found, 3064).kind == ACTUAL  # last year's works stay done
