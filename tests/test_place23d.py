"""The whole document's place: a title opened by a zone's name makes the text the zone's, whoever else the body
names as often; a district written in brackets after a bare zone word (`高新区(滨江)`) is the zone's other name, no
vote for the district. Excerpts of real pages of the tuning corpus, built through the real pipeline without a
manifest."""

from collections import Counter
from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _regions(tmp_path: Path, text: str) -> Counter[str]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return Counter(r.region for r in build_corpus(tmp_path).records)


def test_a_title_opened_by_a_zone_is_the_zones_over_its_visitors_county(tmp_path: Path):
    # tests/real r474 (荣昌县工业园区's first quarter): a page label and a visiting delegation name 铜梁 as often as
    # the zone is named; the title opens with the zone, and its figures are the zone's, not the visitors'
    text = (
        "荣昌县工业园区一季度实现工业总产值达76亿\n\n"
        "家乡区县: 重庆市铜梁县\n\n"
        "4月21日,铜梁区党政代表团来荣,就我县工业经济发展进行考察。今年1—3月,我县工业园区实现工业总产值76.61亿元,"
        "同比增加20.4%。 铜梁区委副书记严永超一行分别到落户我县的博耐特荣昌工业园、洋派食品有限公司进行考察。\n\n"
        "荣昌工业园区在全市43个工业园区中名列第13位,规划面积22.52平方公里,目前已建成10.2平方公里。"
        "实行“一区三园”的发展模式(即重庆荣昌工业园区下辖板桥工业园、广富工业园、台湾工业园三个产业园)。\n"
    )
    regions = _regions(tmp_path, text)
    assert "铜梁区" not in regions
    assert regions.most_common(1)[0][0] == "重庆荣昌工业园区"


def test_a_title_opened_by_a_zone_is_the_zones_over_its_city(tmp_path: Path):
    # tests/real r464 (安徽巢湖经济开发区's 2019 results): the body names 合肥 as the city that ranks the zone;
    # the title opens with the zone, so its figures are no city's
    text = (
        "安徽巢湖经济开发区:产业发展动力强劲 5项指标增速位居头部\n"
        "中安在线日记者从新闻发布上获悉, 2019年,安徽巢湖经济开发区在合肥经济运行综合考核中位列四大开发区第二位。\n"
        "据介绍,2019年,安巢经开区招商引资到位资金142亿元,增幅12.5%,增幅位居四大开发区首位。新签约项目98个。\n"
        "安巢经开区是合肥的坚强后盾之一,食品产业已成为合肥市支柱产业。\n"
    )
    regions = _regions(tmp_path, text)
    assert "合肥市" not in regions


def test_a_district_in_brackets_after_a_bare_zone_word_is_the_zones_other_name(tmp_path: Path):
    # tests/real r467 (杭州高新区(滨江)'s 2021 results): `高新区(滨江)` is one administration under two names; the
    # figures are the city's high-tech zone's, not 滨江区's nor a zone of 滨江's
    text = (
        "四年翻一番。近日,高新区(滨江)发布最新经济数据,2021年,该区GDP实现2022.6亿元,按可比价格计算,同比增长11.3%。\n"
        "此次,高新区(滨江)作为杭州区域面积最小的城区,跻身“两千亿俱乐部”。\n"
        "2021年,高新区(滨江)实现规上工业增加值771.1亿元,工业总量持续问鼎全市第一,两年平均增速达13.6%。\n"
    )
    regions = _regions(tmp_path, text)
    assert set(regions) == {"杭州高新技术产业开发区"}
