"""A zone's own text under its county's name, a new zone the list knows by its older provincial name, and a province
that speaks for its whole are built for the place a user would expect. Excerpts of real pages of the tuning corpus,
built through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _build(tmp_path: Path, text: str) -> dict[float, str]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path)
    return {r.value: r.region for r in corpus.records if not isinstance(r.value, list)}


def test_a_zones_headline_figure_under_its_countys_name_makes_the_page_the_zones(tmp_path: Path):
    # tests/real r310 (唐县经济开发区's first half of 2023, headlined with its county): the headline's 68亿元 is the
    # zone's, and so is what the page goes on to tell, though it names the county's 政协 and 人大
    text = (
        "今年上半年完成營收68億元!河北唐縣:創新驅動賦能高質量發展\n"
        "近年來,河北省唐縣經濟開發區聚焦體制機制改革,實施創新驅動發展戰略,強服務、優環境,努力實現園區企業高質量發展。"
        "唐縣經濟開發區2023年上半年完成營業收入68億元,同比增長78.5%;稅收收入1.881億元 ,同比增長21.4%,園區經濟發展成效顯著。\n"
        "構建全縣大招商格局,招商引資工作紮實推進。組建成立唐縣經濟發展促進中心。2023年3月,與唐縣政協共同組建以商招商平台;"
        "2023年5月,與縣人大合作,優環境促招商服務聯絡中心成立。2023年以來,共組織開展招商對接108次,對接企業100個,簽約落地6個。\n"
    )
    regions = _build(tmp_path, text)
    assert regions[68] == regions[108] == regions[6] == "唐县经济开发区"


def test_a_new_zone_keeps_the_name_its_page_gives_it_and_the_region_speaks_for_its_whole(tmp_path: Path):
    # tests/real r420 (平果's zone unveiled in 2023, traditional script): the list has it as the provincial
    # 平果经济开发区, the page names it 平果经济技术开发区; `广西全区经开区…全区13家经开区` is the autonomous region's
    text = (
        "2月1日,廣西平果經濟技術開發區正式揭牌,此次開發區的設立,是貫徹落實廣西推動經開區創新提升的具體行動。\n"
        "據悉,平果工業區於2022年8月獲得廣西壯族自治區人民政府批覆設立為自治區級平果經濟技術開發區。"
        "平果經開區經開區規劃面積11.05平方公里,規劃範圍內聚集173家企業,規模以上工業企業突破100家。\n"
        "目前,廣西全區經開區數量已達到13家,其中國家級經開區5家、自治區級經開區8家。據統計,2022年全區13家經開區"
        "實現了7500億元的規上工業總產值,外貿進出口實現1705億元,同比增長46.65%;實際利用外資完成8.1億美元,"
        "同比增長60%,佔全區比重為40%,對廣西經濟發展的貢獻進一步增強。\n"
    )
    regions = _build(tmp_path, text)
    assert regions[173] == regions[100] == "平果经济技术开发区"
    assert regions[7500] == regions[1705] == regions[8.1] == regions[60] == "广西壮族自治区"


def test_a_paragraph_set_in_a_county_of_a_city_piece_is_the_countys(tmp_path: Path):
    # tests/fresh f18_p15 (央视财经 on 普洱's coffee harvest, 2023, traditional script): `在云南省普洱市孟连…自治县,`
    # sets the scene; the villager's 20亩 is 孟连's, the city's own 67.9万亩 stays the city's
    text = (
        "綴滿枝頭!云南普洱咖啡鮮果進入采摘季 生豆綜合產值或超75億元\n"
        "2023-12-27 09:29:57央視財經\n\n"
        "在云南省普洱市孟連傣族拉祜族佤族自治縣,連片的咖啡園里,隨處可見一簇簇鮮紅飽滿的咖啡果綴滿枝頭,"
        "咖農們正忙著采摘已經成熟的鮮果。村民扎海家一共種了20畝咖啡,目前已全部掛果。\n\n"
        "據了解,全國98%以上的咖啡豆產自云南,而普洱咖啡以50%的比重占據了半壁江山。2023年,普洱市咖啡種植面積達67.9萬畝。\n"
    )
    regions = _build(tmp_path, text)
    assert regions[20] == "孟连傣族拉祜族佤族自治县"
    assert regions[67.9] == "普洱市"


def test_a_province_that_counts_its_counties_on_a_list_gives_its_own_figure(tmp_path: Path):
    # tests/real r389 (华文世界 on 迁安, 2024): `河北省有5个县市上榜` is the province's count, 迁安's rank its own
    text = (
        "河北第一县:迁安市,这座钢铁产业为支柱的城市,未来发展如何?\n\n2024-10-05财经\n\n"
        "迁安市,属于河北省的县级市,由唐山市负责管理。截至2023年,迁安市户籍总人口为77.5万人,GDP总额达到1262.9亿元。\n\n"
        "根据2024年赛迪全国百强县的排名,河北省有5个县市上榜。\n\n"
        "迁安市在榜单中排名第30,位居河北省首位;\n"
    )
    regions = _build(tmp_path, text)
    assert regions[5] == "河北省"
    assert regions[1262.9] == "迁安市"
