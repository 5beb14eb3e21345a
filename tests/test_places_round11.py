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


ZHONGSHAN_STREET = (
    # http://shsjb.com/Article/index/aid/7015165.html (上海松江's 中山街道, ten years' results): the street is named
    # like 中山市, and `中山` alone is the street's short name all through
    "科创引领动能澎湃 乐居家园幸福绵绵\n——中山街道十年发展成就巡礼\n数据看变化\n"
    "10年来,落户中山的企业数从2257户增长至6922户。\n"
    "2021年,中山街道实现地区生产总值155.97亿元,是2012年的46.5亿元的3.35倍;\n"
    "坚持以科创为驱动,中山街道打造中山“幸福里”,大力宣传方塔园、袜子弄、松江二中等红色教育阵地。"
    "承载着松江千年历史文化底蕴的中山街道在历史和现代的碰撞中,不断迸发出蓬勃的科创活力。"
    "今日之中山,正高质量推进“科创中山,乐居家园”建设。\n"
)


def test_a_street_named_like_a_city_is_not_that_city():
    found = records(ZHONGSHAN_STREET)
    assert "中山市" not in {r.region for r in found}
    assert set(_regions(found, 2257, 155.97).values()) == {"松江区"}
