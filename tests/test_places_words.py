"""A county's short form that is also a common word (乡村振兴, 惠民生, 突破…亿元大关) is no evidence of a place in a text
that names no city to read it in: such a text is built for the place it does name, or skipped with a reason,
never filed under 振兴区, 惠民县 or 大关县. Real short mentions (`泽州`, `在泾调研`) still count. Excerpts of public
pages (addresses in each test), built through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus
from bot.ingest.places import Gazetteer


def _build(tmp_path: Path, text: str) -> tuple[set[str], list]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path)
    return {r.region for r in corpus.records}, corpus.skipped


def test_a_milestone_called_dagan_is_not_daguan_county(tmp_path: Path):
    # https://qiantufanwen.com/8877.html (泽州县 2023 work report digest)
    text = (
        "2023“两会”解读政府工作报告要点之一:2022年工作回顾\n"
        "2022年,是泽州发展历程中极不平凡的一年。全县上下在市委、市政府和县委的坚强领导下,真抓实干。\n"
        "地区生产总值达到556.4亿元,首次突破500亿元大关,总量在全省91个县(市)中继续排名第一;"
        "规模以上工业增加值增长14.5%,总产值突破1000亿元大关;固定资产投资完成157.5亿元。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"泽州县"} and not skipped


def test_hui_min_sheng_in_a_traditional_text_names_no_county(tmp_path: Path):
    # https://71584.cn/yuanling/c108871/202011/375661bd509d4f249b4616824e88f241.shtml (沅陵, named only in the address)
    text = (
        "今年以來,全縣上下堅決貫徹落實中央、省、市各項決策部署,做好穩增長、促改革、調結構、惠民生、防風險工作。\n"
        "三季度,全縣實現地區生產總值125.95億元,同比增長3.6%,比上半年高1.5個百分點。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert "惠民县" not in regions
    assert regions or skipped  # built for a place it names, or skipped with a reason; never 惠民县


def test_rural_revitalisation_is_not_zhenxing_district(tmp_path: Path):
    # https://nec-driver.com/bhuanan/10093_3.html (a 海南 county's 2024 work report; its name is not in the excerpt)
    text = (
        "(一)坚持农业农村优先发展,激活乡村振兴高质量发展的强劲引擎。\n"
        "深入实施种业振兴行动,强化优良品种繁育推广。二是夯实乡村振兴基础。\n"
        "今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右,一般公共预算收入增长8%左右,"
        "固定资产投资增长10%左右。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert "振兴区" not in regions
    assert not regions and skipped  # no place named: skipped with a reason


def test_word_like_short_forms_do_not_count_without_a_city():
    gazetteer = Gazetteer.default()
    for text in ("首次突破500亿元大关", "做好惠民生工作", "激活乡村振兴高质量发展", "非常熟悉当地情况"):
        assert [m.place.name for m in gazetteer.anywhere_mentions(text)] == [], text
    # a real short mention still counts, and a one-character county after a conjunction does not
    assert [m.place.name for m in gazetteer.anywhere_mentions("2022年,是泽州发展历程中极不平凡的一年")] == [
        "泽州县"
    ]
    assert [m.place.name for m in gazetteer.anywhere_mentions("在市委、市政府和县委的坚强领导下")] == []


def test_a_word_like_short_form_counts_after_its_city():
    gazetteer = Gazetteer.default()
    assert [
        m.place.name for m in gazetteer.find_mentions("滨州惠民上半年实现地区生产总值100亿元", ["滨州市"])
    ] == [
        "滨州市",
        "惠民县",
    ]
    # but not inside the phrase, even in its own city
    names = [m.place.name for m in gazetteer.find_mentions("滨州全市上下惠民生、防风险", ["滨州市"])]
    assert "惠民县" not in names


def test_a_citys_dateline_title_over_a_countys_news_is_the_countys(tmp_path: Path):
    # https://sx.cri.cn/20181029/57ae9f89-75f8-af7d-e207-dc1ca164f278.html (沁源县, 长治市)
    text = (
        "长治:重点项目集中开工 投资71.73亿元\n"
        "原标题:沁源48个重点项目集中开工 总投资达71.73亿元\n"
        "沁源县2018秋冬季重点建设项目集中开工暨现场推进会日前在位于黄土坡岭下的小岭底村举行。随着黄土坡隧道工程的奠基,"
        "总投资达71.73亿元的48个重点建设项目集中开工,这是长治市沁源县继上半年15个转型项目集中开工后,"
        "在项目建设、招商引资上取得的又一丰硕成果。\n"
        "沁源县紧紧围绕山西省、长治市“转型项目建设年”总体安排部署,引进了一批新业态新产业项目。特别是9月27日,"
        "在北京成功举办了2018年绿色沁源招商引资推介暨项目签约仪式,共签约项目32个,签约资金125.5亿元。\n"
    )
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    by_value = {(r.value, r.unit): r.region for r in build_corpus(tmp_path).records}
    assert by_value[(32, "个")] == "沁源县" and by_value[(125.5, "亿元")] == "沁源县"


def test_the_counties_a_county_ranks_itself_behind_are_not_its_own(tmp_path: Path):
    # http://szb.jinrifangxian.com/content/2018-11/16/022258.html (房县, named only in the address)
    text = (
        "本报讯 前三季度,全县上下紧紧围绕发展定位,统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。\n"
        "元至九月,全县完成生产总值56.7亿,增长7.5%;固定资产投资105亿元,增长12.9%。三季度经济指标、"
        "项目拉练综合排名全市第四,位居郧阳区、丹江口市、茅箭区之后。\n"
        "前三季度全县主要经济发展指标与比拼对象保康县比,规上工业增加值等主要指标增速全面赶超,"
        "我县由二季度的第12位上升到第6位。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert not regions & {"郧阳区", "丹江口市", "茅箭区", "保康县", "惠民县"}
    assert regions or skipped


def test_a_county_named_outside_a_comparison_is_still_found(tmp_path: Path):
    text = (
        "房县前三季度经济运行稳中向好。元至九月,全县完成生产总值56.7亿,增长7.5%。"
        "综合排名全市第四,位居郧阳区、丹江口市、茅箭区之后。房县固定资产投资105亿元,增长12.9%。\n"
    )
    regions, _ = _build(tmp_path, text)
    assert regions == {"房县"}


def test_a_text_that_names_its_province_is_about_one_of_its_counties():
    from bot.ingest.segment import _by_short_name

    gazetteer = Gazetteer.default()
    text = "山西泽州:全年签约项目48个,与宜章、如皋两地企业达成合作意向。"
    assert _by_short_name(text, gazetteer, min_votes=1).name == "泽州县"
    # without its province, three short forms named once each are no evidence of one place
    assert _by_short_name(text.replace("山西", ""), gazetteer, min_votes=1) is None


def test_a_news_piece_whose_lead_is_about_the_bare_zone_is_the_zones(tmp_path: Path):
    # https://i.xpaper.net/JTSB008/news/2285/14049/71555-1.shtml (金坛开发区, 常州)
    text = (
        "本报讯 开发区是我区经济发展的主战场,行政管辖面积171平方公里,核心区面积27.5平方公里。"
        "特别是今年以来,累计引进外资项目12个,协议总投资6.45亿美元,"
        "同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台。\n"
    )
    regions, _ = _build(tmp_path, text)
    assert regions == {"金坛经济开发区"}


def test_a_heading_that_is_a_common_word_is_no_place():
    from bot.ingest.segment import _heading_place

    gazetteer = Gazetteer.default()
    assert _heading_place("平安:全县刑事案件下降12%", gazetteer, "") is None
    assert _heading_place("平安:全区刑事案件下降12%", gazetteer, "海东市").name == "平安区"
    assert _heading_place("泗阳:全县刑事案件下降12%", gazetteer, "").name == "泗阳县"


def test_and_before_the_county_congress_is_not_he_county(tmp_path: Path):
    # https://www.doczj.com/doc/3313200667.html (静宁县 2011 work report: `领导和县人大` is "and the county congress")
    text = (
        "政府工作报告\n——2011年1月13日在县第十五届人民代表大会第五次会议上\n静宁县常务副县长杨晓勇\n"
        "“十一五”时期,全县上下在县委的正确领导和县人大、县政协的监督支持下,紧紧围绕加快发展这一主题。\n"
        "2010年全县完成生产总值32.5亿元,大口径财政收入达到2.3亿元。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"静宁县"} and not skipped
