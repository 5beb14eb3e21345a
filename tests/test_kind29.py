"""Target or achieved, from real sentences of the tuning splits: a stock a place has is not made an aim by the aim
told after it."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r474 (荣昌, an undated first-quarter story on the county's industrial park)
RONGCHANG = (
    "目前,县工业园区已累计入驻企业298家,建成投产262家。其中拥有世界500强企业1家,中国民营企业500强9家,上市公司子公司8家,"
    "中国驰名商标11个,正朝着千亿级工业园区的目标奋进,力争跻身全市工业园区前10强。\n"
)


def test_a_stock_held_is_not_made_a_target_by_a_later_aim():
    found = records(RONGCHANG, "", ("荣昌区",))
    assert [one(found, v).kind for v in (1, 9, 8, 11)] == [ACTUAL] * 4
    assert one(found, 10).kind == TARGET  # the aim itself stays one
