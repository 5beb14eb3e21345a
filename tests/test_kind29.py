"""Target or achieved, from real sentences of the tuning splits: a stock a place has is not made an aim by the aim
told after it; a task's amount in brackets before the share of it done is the task."""

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
