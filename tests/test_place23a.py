"""The whole document's place: a text that speaks as an unnamed county (`全县`) and names only its city is none of
the city's; a one-character county (`兴县`) written only inside a slogan is no place of the text's. Excerpts of real pages of the tuning corpus, built through the real pipeline without a manifest."""

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


def test_xing_xian_in_a_run_of_slogans_is_no_county(tmp_path: Path):
    # tests/real r289 (高青县's 2021 work report, read without its head): `产业兴县、新型工业化强县` is a pair of goals
    # (make the county flourish by industry), not 吕梁's 兴县; the unnamed county's figures are none of 兴县's
    text = "十三五时期是全县积极主动适应新常态、战胜诸多困难挑战、砥砺坚定前行的五年。五年来,全县上下深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神,全面落实中央决策部署和省市县委工作要求,牢牢扭住发展第一要务,凝心聚力推进产业兴县、新型工业化强县建设,夯实基础,主攻发展,改善民生,防控风险,十三五规划的主要目标任务圆满收官,全面建成小康社会胜利在望,综合实力持续稳步提升。预计2020年,全县地区生产总值同比增长5%,顺利实现比2010年翻一番目标;城镇和农村居民人均可支配收入分别是2015年的1.4倍。\n"
    regions, _ = _build(tmp_path, text)
    assert "兴县" not in regions


def test_xing_xian_and_fu_xian_in_a_quoted_strategy_are_no_counties(tmp_path: Path):
    # tests/fresh f13_p18 (固镇县's 2025 work report, read without its head): `“产业立县、工业强县、教育兴县、文旅富县”`
    # is the county's strategy; neither 吕梁's 兴县 nor 延安's 富县
    text = "2024年是新中国成立75周年,是实施“十四五”规划的关键之年。一年来,全县上下坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记考察安徽重要讲话精神,在县委的坚强领导下,在县人大、县政协的监督和支持下,围绕“产业立县、工业强县、教育兴县、文旅富县”发展战略,乘势而上、奋力赶超,高质量发展取得新成效,较好地完成了县十三届人民代表大会第三次会议确定的目标任务。预计实现地区生产总值增长6.5%;。\n"
    regions, _ = _build(tmp_path, text)
    assert not regions & {"兴县", "富县"}


def test_a_one_character_county_named_in_running_text_keeps_its_figures(tmp_path: Path):
    # tests/real r08 (叶县's 2024 work report, its head cut off): `现代化叶县建设` is the county, not a slogan
    text = (
        "我们团结带领全县人民,锚定“45797”工作任务,全力上项目、抓经济、防风险、惠民生,现代化叶县建设迈上新台阶。\n"
        "——这一年,我们坚定不移抓提升,发展质量持续提高。初步预计,生产总值增长4.5%,规上工业增加值增长11.1%,"
        "固定资产投资增长8.5%,社会消费品零售总额增长7.5%,均居全市第一方阵。\n"
    )
    regions, _ = _build(tmp_path, text)
    assert regions == {"叶县"}
