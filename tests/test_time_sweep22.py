"""Kind rules found on swept county statistical bulletins (third time pass)."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# A county bulletin saved without its title (tjgb.hongheiku.com/xjtjgb/xj2020/41104.html, 2022): its chapters
# `一、综 合`, `二、农 业` show it is a statistics release, so its `全年实现…` and `年末…` are outcomes, not targets.
_BULLETIN = """2022年,面对国内疫情新发、高温限电等多重困难叠加的复杂局面,全县上下坚定以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,在县委县政府坚强领导下,全力以赴拼经济、搞建设、抓发展,全县经济稳中向好,社会大局保持稳定。
一、综 合
人口年末常住人口94.9万人,比上年末增加0.1万人,其中城镇人口41.4万人,乡村人口53.5万人。常住人口城镇化率43.6%,比上年末提高0.7个百分点。
国民经济全年实现地区生产总值(GDP)439.19亿元,按可比价格计算,比上年增长3.3%。
全年实现民营经济增加值290.6亿元,比上年增长1.5%。
二、农 业
全年全县实现农林牧渔业总产值169.7亿元,比上年增长4.4%。
粮食全年农作物播种面积324.3万亩,比上年增长3.6%。全年粮食产量80.3万吨,下降2.4%。
畜牧全年出栏生猪116.0万头,比上年增长4.9%;出栏牛3.8万头,增长4.4%。
"""


def test_untitled_bulletin_reports_outcomes():
    found = records(_BULLETIN, places=("绥江县",))
    for value in (439.19, 290.6, 169.7, 80.3, 116.0):
        r = one(found, value)
        assert (r.kind, r.period) == ("actual", "2022"), (value, r.kind, r.period)


# The same chapters in a work report that sets the year's goals are no bulletin: `力争` keeps its targets
# (the chapter model alone must not turn a plan into outcomes).
_PLAN = """一、综合
今年全县力争实现地区生产总值450亿元,增长6%。
二、农业
全年粮食产量稳定在80万吨以上。
"""


def test_chapters_with_goals_stay_targets():
    found = records(_PLAN, places=("绥江县",), date="2023-01")
    assert one(found, 450).kind == "target"


# The same chapters in traditional script, the farm chapter named `農林牧漁業` (as ooriskin.com 懷化 2023 bulletin).
def test_untitled_bulletin_in_traditional_script():
    text = (
        _BULLETIN.replace("一、综 合", "一、綜合")
        .replace("二、农 业", "二、農林牧漁業")
        .replace("全年实现", "全年實現")
    )
    found = records(text, places=("绥江县",))
    for value in (439.19, 290.6, 169.7, 80.3):
        assert one(found, value).kind == "actual", value
