"""A one-character county written in full (`眉县`) is evidence of its city, even where a city's short form sits inside a
company's or a mountain's name (`太白山` holds 白山, a city of 吉林). Excerpt of a real page of the tuning corpus, built
through the real pipeline without a manifest."""

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def test_a_one_character_countys_own_page_is_its_own_not_a_namesake_citys(tmp_path: Path):
    # tests/fresh f24_p04 (眉县's kiwifruit page, traditional script with pinyin notes, its head cut off): 眉縣 twice,
    # 寶雞市 once, and a company and a brand 太白山 twice (陜, a variant of 陕, names no province); the page was skipped
    # as naming only a town
    text = (
        "\n來源:www.hxz788.com   時(shí)間:2024-09-27 03:28   "
        "點(diǎn)擊:63   編輯:niming   手機(jī)版\n\n眉縣是陜西省獼猴桃最佳優("
        "yōu)生區(qū)之一。全縣93%的行政村,55%的農(nóng)戶都把獼猴桃作為主導(dǎo"
        ")產(chǎn)業(yè),獼猴桃栽植面積13.7萬畝,產(chǎn)量15萬噸,產(chǎn)"
        "值4.5億元。獼猴桃產(chǎn)業(yè)人均收入1293元,占全縣農(nóng)民人均純收入"
        "的44.7%。全縣擁有陜西太白山獼猴桃發(fā)展有限公司、陜西海洋食品有限公司等獼猴桃深加工企"
        "業(yè)5戶,年加工鮮果1萬多噸;擁有各類貯藏冷庫755座,果品批發(fā)市場一個(gè),"
        "零售市場和超市零售點(diǎn)12個(gè),果品運(yùn)銷服務(wù)部60多個(gè)"
        ",專業(yè)合作經(jīng)濟(jì)組織82個(gè);注冊“太白山”、“眉塢”、“寶陽”"
        "、“金蛋蛋”、“樂桃桃”、“太白莊園”等鮮果及加工產(chǎn)品商標(biāo)12個(gè)"
        ";建立了寶雞市獼猴桃專家大院和8個(gè)科技示范園區(qū);在眉縣橫渠鎮(zhèn)瓜里寨建"
        "立獼猴桃優(yōu)良苗木培育基地、總面積達(dá)100余畝。\n"
    )
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path)
    assert not corpus.skipped
    assert {r.region for r in corpus.records} == {"眉县"}
    assert any(r.value == 13.7 and r.unit == "万亩" for r in corpus.records)
