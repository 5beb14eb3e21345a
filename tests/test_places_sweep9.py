"""Places found on freshly swept pages (round 9)."""

from bot.ingest.place_lists import adjacent_spans
from bot.ingest.places import Gazetteer
from bot.ingest.segment import context_city, most_mentioned_place, split_sections
from bot.ingest.zones import find_zones


def _zones(text: str) -> list[str]:
    return [z.place.name for z in find_zones(text, Gazetteer.default())]


def test_a_national_new_area_named_by_a_district_short_is_the_listed_new_area() -> None:
    # http://y.tt/186713700070hk.htm (traditional, opencc'd): 江北 is also 重庆's and 宁波's 江北区,
    # but `江北新区` is 南京江北新区, the one national new area of that name
    text = "据江北新区经济发展局(招商局)有关负责人介绍,集中开工项目中有8个科技服务类项目"
    assert _zones(text) == ["南京江北新区"]


def test_a_count_right_after_a_county_name_is_that_county_s() -> None:
    # http://cs.zjol.com.cn/zjbd/ls16512/201811/t20181115_8750749.shtml (嘉善 builds a park for 庆元 and 九寨沟)
    text = "可用于推动庆元县83个薄弱村和九寨沟县48个贫困村增强“造血”功能。"
    gazetteer = Gazetteer.default()
    spans = adjacent_spans(text, gazetteer.find_mentions(text, []))
    assert [(text[s.start : s.end], s.place.name) for s in spans] == [
        ("83个", "庆元县"),
        ("48个", "九寨沟县"),
    ]


def test_a_county_written_in_full_outweighs_a_city_opening_companies_names() -> None:
    # http://www.fafqdl.cn/longyan/ly/2974061.html (traditional, opencc'd): 上杭县's page, where 广州 opens only
    # companies' names (广州建筑, 广州工控) and 宁德 opens 宁德时代
    text = (
        "上杭县是著名革命老区,地处山区。近年来,上杭县坚定不移大抓招商,先后引进落地巴斯夫、广汽集团、"
        "宁德时代、广州建筑、广州工控等世界500强企业。今年1—9月,新签约项目40个,总投资118亿元。"
        "引进广州工控下属企业广铜公司与福建紫金铜业共同建设总投资10亿元的高精铜板带项目。"
    )
    gazetteer = Gazetteer.default()
    city = context_city(text, gazetteer)
    assert city == "龙岩市"
    place = most_mentioned_place(text, gazetteer, city)
    assert place is not None and place.name == "上杭县"


def test_a_county_of_another_city_named_in_full_is_found_by_its_short_form() -> None:
    # http://49.213.0.198/doc/239_13431_104742960_1.html (traditional, opencc'd): 平湖 (嘉兴) and 青田县 (丽水)
    text = (
        "根据平湖市政府、青田县政府的合作协议,协作飞地产业园选址位于平湖。"
        "平湖市与青田县协作打造飞地产业园,将通过产业园集聚产生的经济效益帮助青田156个经济薄弱村壮大集体经济。"
    )
    sections = split_sections(text, Gazetteer.default())
    at = text.index("156")
    assert [s.region for s in sections if s.start <= at < s.end] == ["青田县"]
