"""Which place a figure belongs to: names that look like a place but are part of another name (a street, an
event), a zone written after a description of it, and a town's news (addresses in each test)."""

from tests.ingest_helpers import records


def _regions(found, *values):
    return {r.value: r.region for r in found if r.value in values}


def test_a_listed_zone_after_a_description_of_it_is_that_zone():
    # https://gxq.cq.gov.cn/zwgk_202/fdzdgknr/ghxinxi/gmjjhshfzgh/t_14648929_wap.html (the zone's 2024 review):
    # `西部科学城重庆高新区` is 重庆高新区 with the science city it is the core of before it
    text = (
        "西部科学城重庆高新区2024年经济社会发展情况及2025年重点工作\n一、2024年工作情况\n"
        "2024年,西部科学城重庆高新区坚持以习近平新时代中国特色社会主义思想为指导,科学城建设迈上新台阶、展现新气象。"
        "全年GDP增长7.4%,规上工业增加值增长7.8%,固定资产投资增长9.1%。\n"
    )
    found = records(text)
    assert set(_regions(found, 7.4, 7.8, 9.1).values()) == {"重庆高新技术产业开发区"}
