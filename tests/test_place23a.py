"""The whole document's place: a text that speaks as an unnamed county (`全县`) and names only its city is none of
the city's. Excerpts of real pages of the tuning corpus, built through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _build(tmp_path: Path, text: str) -> tuple[set[str], list]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path)
    return {r.region for r in corpus.records}, corpus.skipped


def test_a_county_communique_that_names_only_its_city_is_not_the_citys(tmp_path: Path):
    # tests/fresh f19_p09 (洛南县's 2022 communique, a middle part, traditional script): `全縣` twice, `商洛市` once as
    # the city a project stood for at a provincial tour; the figures are an unnamed county's, never 商洛市's
    text = (
        "三、工業和建筑業\n"
        "全年新納規模以上工業企業8戶,年底,全縣規模以上工業企業57戶。全年全部工業增加值51.51億元,下降1.9%。\n"
        "全年,全部建筑業實現增加值8.86億元,增長13.8%。年底,全縣資質等級建筑業企業14戶。\n"
        "四、固定資產投資\n"
        "115 個縣級重點項目完成投資178.39億元,環亞源生態島項目代表商洛市接受省級觀摩。固定資產投資增長19.3%。\n"
    )
    regions, _ = _build(tmp_path, text)
    assert "商洛市" not in regions


def test_a_county_report_that_says_quan_xian_over_quan_shi_is_not_the_namesake_citys(tmp_path: Path):
    # tests/real r365 (吉安县's first quarter, read without its title): the body says `全县` five times and names
    # 吉安市 once, as the scale its growth ranks on; the county's figures are not the city's
    text = (
        "一季度,全县共签约项目18个,签约金额199.7亿元,其中20亿元项目2个、50亿元项目2个。\n"
        "同时强化招商安商力量,在全县范围内抽调业务骨干,组建69支招商队,明确任务、细化责任。\n"
        "一季度,全县26个重点工业项目已开工建设17个,开工率为65%;列入全市重点工业建设项目16个,开工复工率达到62.5%。\n"
        "1-2月,全县规模工业增加值增长10.8%,工业固投完成7.19亿元、增长76.7%,增幅均位居吉安市第一。\n"
    )
    regions, _ = _build(tmp_path, text)
    assert "吉安市" not in regions


def test_a_county_named_in_its_title_keeps_its_figures(tmp_path: Path):
    # the same page with its title: the county named there is the page's place
    text = (
        "据江西省发改委消息,今年以来,吉安县坚持以大改革引领大发展,牢固树立“项目为王”理念。\n"
        "一季度,全县共签约项目18个,签约金额199.7亿元,其中20亿元项目2个、50亿元项目2个。\n"
        "1-2月,全县规模工业增加值增长10.8%,工业固投完成7.19亿元、增长76.7%,增幅均位居吉安市第一。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"吉安县"} and not skipped
