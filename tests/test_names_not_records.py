"""Counts a real page uses for other things than the place's work, and figures a real page states without a number
the parser used to miss (each sentence from a real page, its address beside it)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _found(tmp_path: Path, text: str) -> dict[tuple[object, str], tuple[str, str]]:
    """(value, unit) → (indicator, cmp) of the records one document gives."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {(r.value, r.unit): (r.indicator, r.cmp) for r in build_corpus(tmp_path).records}


def test_deputies_visitors_durations_and_divisions_are_not_records(tmp_path: Path) -> None:
    # http://qdhnews.com.cn/news/content/2018-01/17/content_8700918.html (淳安 2018): the deputies at the congress, the length of the speech
    found = _found(
        tmp_path,
        "淳安县2018年人代会开幕。来自全县各条战线的230名人大代表精神饱满,在近两个小时的报告中,"
        "全年地区生产总值增长7.5%。",
    )
    assert (230, "名") not in found and (2, "个") not in found
    assert (7.5, "%") in found
    # http://m.nxhuan.com/lcsz/p/976191.html (陵城): a visiting delegation
    found = _found(tmp_path, "河北省邢台市临城县县委书记宋向党带领该县党政考察团一行40余人来陵城区参观考察。")
    assert (40, "人") not in found
    # r98 永吉 county profile (2013, dev6; no address stored): the county's extent and divisions
    found = _found(
        tmp_path,
        "永吉县位于吉林省中东部,幅员面积2625平方公里。永吉县辖9个乡镇和永吉经济开发区,15个社区、140个建制村。",
    )
    assert not found
    # https://m.fx361.cc/news/2010/1226/13533786.html (黔西, 2010): a viewpoint on two indicators
    found = _found(tmp_path, "黔西县2010年,目前从这两个指标看,全县发展势头良好。")
    assert not found


def test_figures_stated_by_a_word_or_an_ordinal_strength(tmp_path: Path) -> None:
    # http://www.zhxpm.cn/news/tj/201110/70700.shtml (台江, trad, 2011): `首次突破亿元大关` is 1 亿元 crossed
    found = _found(tmp_path, "臺江縣十一五期間,財政總收入完成1.004億元,首次突破億元大關。")
    assert found[(1, "亿元")] == ("财政总收入", ">")
    assert found[(1.004, "亿元")][0] == "财政总收入"  # the plan's span opening the name is its period
    # https://www.cqyz.gov.cn/zwgk_229/zfgzbg/gzbg/202302/t20230203_11567725.html (渝中 2023): `第14强` is a rank
    found = _found(tmp_path, "渝中区2022年楼宇经济提质增效,获中国楼宇经济(总部经济)标杆城区第14强。")
    assert found[(14, "名次")] == ("中国楼宇经济(总部经济)标杆城区排名", "=")
    # http://www.dtxww.com/site/content.html?key=661f1b4bff891eb7418b4568&father_key=5823da05d7af1495008b46a8
    # (东台经济开发区 2024): the quoted thing counted stands before the count
    found = _found(
        tmp_path, "东台经济开发区2024年梯次培育特色创新主体,新认定国家专精特新“小巨人”4家、省级10家。"
    )
    assert found[(4, "家")][0] == "新认定国家专精特新“小巨人”"


def test_a_sectors_lead_over_the_whole_and_the_field_of_a_count(tmp_path: Path) -> None:
    # https://www.lhyc.gov.cn/Item/58733.aspx (郾城, 1-7月 2017)
    text = (
        "郾城区1-7月份全区规上工业经济运行情况\n"
        "1-7月份,三大行业共实现工业增加值38.8亿元,同比增长13.7%,高出全区规模以上工业6.3个百分点。"
        "1-7月份,全区工业23个行业大类中食品制造业、医药制造业、金属制品业等15个行业保持增长,增长面达56.5%。"
    )
    found = _found(tmp_path, text)
    assert found[(38.8, "亿元")][0] == "三大行业工业增加值"
    assert found[(6.3, "个百分点")][0] == "三大行业工业增加值增速高出全区规模以上工业"
    assert (23, "个") not in found  # the field the 15 growing industries are counted in
    assert (15, "个") in found


def test_the_first_place_said_in_words_is_a_rank(tmp_path: Path) -> None:
    # http://262wan.com/153/35729.html (苏州工业园区, trad, mid-year 2023): `榜首` is the first place
    found = _found(tmp_path, "苏州工业园区上半年獲批科技部創新型產業集群,位列2023中國MEMS十大園區榜首。")
    assert found[(1, "名次")] == ("中国MEMS十大园区排名", "=")
    # a slogan of goals is not a rank reached (r39 沭阳 wording)
    found = _found(
        tmp_path, "沭阳县2021年奋力实现总量指标全省进位次、单项工作苏北争前列、总体工作全市居首位。"
    )
    assert (1, "名次") not in found


def test_a_texts_points_and_the_field_of_a_later_count_are_not_records(tmp_path: Path) -> None:
    # http://www.thebillshakespeares.com/news/2005/2005-08-04/26/608170.shtml (秦皇岛开发区, trad, 2005)
    found = _found(
        tmp_path,
        "秦皇島市開發區2005年利用外資有三個明顯特點:一是數量增多。在已批準的14個項目中,總投資2000萬美元以上的項目2個。",
    )
    assert (3, "个") not in found and (14, "个") not in found
    assert (2, "个") in found


def test_a_named_parks_own_figure_has_it_as_subject(tmp_path: Path) -> None:
    # https://gongwencankao.com/17011.html (湘潭县 2023 work report): one named park's figure, not the county's
    (tmp_path / "doc.txt").write_text(
        "湘潭县2023年政府工作报告\n2022年,天易创新城建设加快推进,柏屹自主创新园实现亩均产值273万元。",
        encoding="utf-8",
    )
    (record,) = [r for r in build_corpus(tmp_path).records if r.value == 273]
    assert (record.indicator, record.subject) == ("亩均产值", "柏屹自主创新园")
