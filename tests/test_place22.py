"""Pages that name their place only once, inside an idiom, a slogan or a phrase of praise, are built for that place,
and a common noun inside a slogan (`做精老城区`) is no district's. Excerpts of real pages of the tuning corpus, built
through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _build(tmp_path: Path, text: str) -> tuple[set[str], list]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path)
    return {r.region for r in corpus.records}, corpus.skipped


def test_a_county_praised_as_shan_qing_shui_xiu_is_no_mountain(tmp_path: Path):
    # tests/real r410 武义 (a 2005 county profile, traditional script): `武义山清水秀` is the county, not a 武义山
    text = (
        "(7)尋找和培育新的經濟增長點\n\n"
        "武義山清水秀,自然環境很好,並留下了一批文化積澱深厚的古村落,特別是有華東地區一流的溫泉資源,旅遊資源非常豐富。"
        "本屆縣委把發展以溫泉為主導的旅遊業作為縣域經濟發展的重要增長點來培育,旅遊開發從無到有,取得了顯著成效。"
        "全縣遊客總量從2002年的33.98萬人次增長到2005年的57.54萬人次,增長69.3%。"
        "2004年我縣被浙江省旅遊局等部門聯合授予稱號。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"武义县"} and not skipped


def test_old_town_in_a_slogan_is_no_district_and_the_page_names_its_own(tmp_path: Path):
    # tests/fresh f21_p08 (www.zhonglou.gov.cn, 钟楼区's key projects to March 2025): `老城区` in the slogan is the old
    # town, not 洛阳's 老城区; `为钟楼经济高质量发展` names the district whose work it is
    text = (
        "今年以来,我局为坚定“做精老城区、做强经开区、做大高新区”发展方向,牢固树立“项目为王”发展理念,"
        "以“项目之进”厚实发展支撑。让更多“项目增量”切实转化为“效益增量”,为钟楼经济高质量发展提供有力支撑。\n"
        "1.省重大项目推进情况\n"
        "2025年我区列入省重大项目3个,截至目前,3个省重大项目已开工2个,开工率66.7%,1-3月列统投资1.6亿元,"
        "完成年度目标12.3%。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"钟楼区"} and not skipped


def test_a_district_named_only_in_its_fair_slogan_beside_the_new_area(tmp_path: Path):
    # tests/fresh f21_p03 (马尾区 at the 17th 投洽会): the district speaks (`我区`) and names itself only in its slogan,
    # beside 福州新区, a zone of its city it is part of; the figures are the district's
    text = (
        "(记者 吴丹红)17日,记者从区经贸局获悉,在第十七届投洽会上,我区共签约14个项目,投资总额58713万美元,"
        "协议外资20063万美元,协议外资成果全面略超过上届。\n"
        "据有关负责人介绍,本届投洽会我区展位设在1号馆的国家级开发区展区中心位置,展位面积36平米,根据开发区团和市团的要求,"
        "结合我区实际,以“宜居宜业马尾新城,开放开发福州新区”为宣传主题,重点宣传我区从单一的经济技术开发区向宜居、"
        "宜业的新城区转变的发展战略。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"马尾区"} and not skipped


def test_a_county_named_only_by_its_labour_brand(tmp_path: Path):
    # tests/fresh f21_p20 (大方县's plan section): 大方 ("generous") is a common word, but a labour brand is named
    # after the place whose workers it sends out
    text = (
        "在绿色发展上闯新路。深入推进城乡生活污水治理三年攻坚行动,建成小屯、理化等7个乡镇污水处理厂。"
        "严格落实林长制,实施国储林项目9万亩、石漠化治理10万亩,森林覆盖率稳定在60%以上。"
        "在人力资源开发上闯新路。培育就业创业孵化示范基地,打造“宣慰家政工”“大方漆器工”等劳务品牌。"
        "开展职业技能学历双提升培训5000人以上。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"大方县"} and not skipped


def test_a_common_word_that_is_a_short_form_still_names_no_county_without_its_frame(tmp_path: Path):
    # the same page without its labour brand: `大方` in running text stays a word, and the page is skipped
    text = (
        "在绿色发展上闯新路。严格落实林长制,实施国储林项目9万亩、石漠化治理10万亩,森林覆盖率稳定在60%以上。"
        "穿着大方得体的志愿者开展职业技能学历双提升培训5000人以上。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == set() and skipped


def test_a_city_papers_piece_on_its_county_is_the_countys(tmp_path: Path):
    # tests/fresh f21_p05 (温州网, 2021-09-22): the city's paper says `我市`, but the piece the title gives to 文成 is
    # about 文成县's online retail, not 温州市's
    text = (
        "连续三个月增速跻身全省前十名 今年文成网络零售发展劲头十足\n\n"
        "温州网 2021-09-22 10:51:37\n\n"
        "  温州网讯  省商务厅近日公布的网络零售数据显示,1~8月文成县的网络零售额为12.36亿元,同比增长57.7%;"
        "网络零售额在全省排第82,增速排名全省第六。这也是文成县的网络零售增速连续第三个月跻身全省前十。\n\n"
        "  今年以来,文成县的网络零售增速有所回落,但仍稳居我市首位。\n\n"
        "  自去年以来,文成县的网络零售增速入围全省前十的月份也并不多,可是今年6月份文成县网络零售增速再次入列全省第九名。\n"
    )
    regions, skipped = _build(tmp_path, text)
    assert regions == {"文成县"} and not skipped


def test_a_zone_called_the_countys_industrial_front_speaks_for_its_projects(tmp_path: Path):
    # tests/fresh f21_p18 (南昌县 2015): `该县工业主战场——小蓝经开区以推进71个…` opens the zone's sentence, and the
    # projects the next sentence counts are the zone's; the county's own figures before and after stay the county's
    text = (
        "本报南昌县讯 (记者范志刚)2015年上半年,南昌县财政总收入完成51.6亿元,同比增长16.6%。\n"
        "重大项目拉动工业大提速。上半年,该县工业主战场——小蓝经开区以推进71个重大重点项目开工、建设、投产、达效为重点,"
        "促进汽车及零部件、食品饮料、医药仪器三大产业集聚式扩张。梅克朗、意达机械、银轮热交换等36个项目正在加快建设中。\n"
        "工业理念促三产大繁荣。该县共引进亿元以上商贸服务业项目28个,投资总额超过300亿元。\n"
    )
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    by_value = {r.value: r.region for r in build_corpus(tmp_path).records}
    assert by_value[51.6] == "南昌县" and by_value[28] == "南昌县"
    assert by_value[71] == by_value[36] == "南昌小蓝经济技术开发区"
