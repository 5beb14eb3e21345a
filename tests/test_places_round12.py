"""Which place a figure belongs to: a county's short name read inside an industry's name, and a zone that a
text names in full once and then by its bare word (doc ids or addresses in each test)."""

from bot.ingest.places import Gazetteer
from tests.ingest_helpers import records


def _regions(found, *values):
    return {r.value: r.region for r in found if r.value in values}


def test_an_industrys_name_is_no_county():
    # dev8 r130 (https://www.xjbl.gov.cn/info/1289/46236.htm, 博乐市's 1-9月 investment): `娱乐业` (the statistics
    # industry 文化、体育和娱乐业) holds 乐业 (乐业县, 广西) across a word; the text names no place of its own
    text = (
        "1-9月,全市固定资产投资继续保持平稳向上增长的良好态势,固定资产投资累计完成50.63亿元,同比增长3.94倍。\n"
        "1-9月,民生类工程完成投资26亿元,同比增长4.4倍,占全市固定资产投资的比重为51.4%。其中,房地产业投资25.6亿元,"
        "同比增长4.57倍;卫生和社会工作业投资2288万元,同比增长72.5%;教育业投资1624万元;文化、体育和娱乐业投资131万元。\n"
    )
    gazetteer = Gazetteer.default()
    assert "乐业县" not in {m.place.name for m in gazetteer.anywhere_mentions(text)}
    assert "乐业县" not in {m.place.name for m in gazetteer.find_mentions(text, [])}
    assert all(r.region != "乐业县" for r in records(text))
