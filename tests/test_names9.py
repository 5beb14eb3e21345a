"""Names, ranks and not-records as this round's tuning documents word them (names9; sentences from real pages)."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.pipeline import build_corpus


def _records(tmp_path: Path, text: str) -> dict[tuple[object, str], tuple[str, str, str]]:
    """(value, unit) → (region, indicator, canonical) of the records one document gives."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    return {(r.value, r.unit): (r.region, r.indicator, r.canonical) for r in build_corpus(tmp_path).records}


def test_a_district_named_by_its_role_in_the_city_plan_is_the_page_place(tmp_path: Path) -> None:
    # r258 通州 2023 midyear, https://app.bjtitle.com/8816/newshow.php?mood=wx&newsid=6381896&typeid=68
    got = _records(
        tmp_path,
        "北京市通州区2023年上半年经济运行情况。上半年,城市副中心实现地区生产总值607.6亿元,按可比价计算,同比增长5.2%。"
        "城市副中心实现社会消费品零售额269.8亿元,同比增长3.2%。",
    )
    assert got[(607.6, "亿元")] == ("通州区", "地区生产总值", "地区生产总值")
    assert got[(5.2, "%")] == ("通州区", "地区生产总值增速", "地区生产总值增速")
    assert got[(269.8, "亿元")] == ("通州区", "社会消费品零售额", "社会消费品零售总额")


def test_a_rank_held_is_named_without_its_verb(tmp_path: Path) -> None:
    # r258 通州 2023 midyear (address above): `建安投资总量保持全市第一`
    got = _records(tmp_path, "北京市通州区2023年上半年经济运行情况。上半年,建安投资总量保持全市第一。")
    assert got[(1, "名次")][1] == "建安投资总量全市排名"


def test_adverbs_and_verbs_of_passing_a_mark_are_no_part_of_the_name(tmp_path: Path) -> None:
    # r253 林周 2024 (traditional), https://jmypl.com/shxf/2024-10/31/content_6344301.html: `经济总量历史性突破20亿元`;
    # f13_p14 博罗 2021, https://hkcd.com/hkcdweb/content/2021/11/17/content_1306342.html: `地区生产总值连续跨越500亿元`;
    # f13_p15 博罗 2017, http://www.51hfang.com/zixun/717.html: `人均生产总值增长定位9%`
    got = _records(
        tmp_path,
        "林周县2024年。發展動能強勁 經濟總量歷史性突破20億元。"
        "博罗县2020年地区生产总值连续跨越500亿元。2017年人均生产总值增长定位9%。",
    )
    assert got[(20, "亿元")][1:] == ("经济总量", "地区生产总值")
    assert got[(500, "亿元")][1:] == ("地区生产总值", "地区生产总值")
    assert got[(9, "%")][1:] == ("人均生产总值增速", "人均地区生产总值增速")


def test_a_name_made_only_of_the_passing_verb_is_kept(tmp_path: Path) -> None:
    # f13_p16 晋江, http://www.yyykp.com/jinjiang/news/3069742.html: `接连跨过3000亿元、3500亿元台阶` (the figures stay)
    got = _records(tmp_path, "晋江市“十四五”期间,地区经济接连跨过3000亿元、3500亿元台阶。")
    assert (3000, "亿元") in got


def test_the_counties_a_place_ranks_among_are_not_a_record(tmp_path: Path) -> None:
    # r238 辽阳 2020 work report, http://mp.123yiche.com/j5b188501k1.html: `固定资产投资增速稳居全省100个县区前列`
    got = _records(tmp_path, "辽阳县2020年政府工作报告。2019年,固定资产投资增速稳居全省100个县区前列。")
    assert (100, "个") not in got


def test_items_listed_beside_their_figures_get_one_figure_each(tmp_path: Path) -> None:
    # f13_p20 长兴 2011 bulletin, https://web.xiaze.org/tjgb/201205/27856.html
    got = _records(
        tmp_path,
        "长兴县2011年国民经济和社会发展统计公报。全年地方财政支出35.3亿元,增长22.8%,其中教育、科技、医疗卫生、"
        "社会保障和就业8.67亿元、0.96亿元、2.09亿元和2.26亿元,分别比上年增长33.7%、17.3%、46.9%和16.0%。",
    )
    assert got[(8.67, "亿元")][1] == "教育支出"
    assert got[(2.26, "亿元")][1] == "社会保障和就业支出"
    assert got[(17.3, "%")][1] == "科技支出增速"


def test_qualifiers_sharing_an_indicator_are_not_split_as_items(tmp_path: Path) -> None:
    # r99 湘潭县 2023 work report, https://gongwencankao.com/17011.html: `城镇和农村居民人均可支配收入44178元、25396元`
    got = _records(
        tmp_path,
        "湘潭县2023年政府工作报告。2022年,城镇和农村居民人均可支配收入44178元、25396元,分别增长4.5%、5.9%。",
    )
    assert got[(44178, "元")][1:] == ("城镇居民人均可支配收入", "城镇居民人均可支配收入")


def test_a_name_opening_with_dui_keeps_it_when_it_is_part_of_the_word(tmp_path: Path) -> None:
    # r247 西宁经开区, http://www.hdfcx.cn/News/Details/ee17cd2512ef4c1392c180fabe2db406: `對接金額116億元`;
    # r254 溧水经开区 2017, http://kzqy.cn/newshow.asp?id=243: `對外貿易出口總額4.85億美元`
    got = _records(tmp_path, "溧水经济开发区2017年。對接金額116億元。2017年對外貿易出口總額4.85億美元。")
    assert got[(116, "亿元")][1] == "对接金额"
    assert got[(4.85, "亿美元")][1:] == ("对外贸易出口总额", "出口总额")


def test_a_share_of_the_county_said_with_de_is_named_in_the_corpus_form(tmp_path: Path) -> None:
    # r105 衡南 2019 midyear, http://hunan.voc.com.cn/article/201908/20190816113656942.html: `占全县的比重达70%`
    got = _records(tmp_path, "衡南县2019年上半年。上半年规模工业增加值增长8.5%,占全县的比重达70%。")
    assert got[(70, "%")][1] == "规模工业增加值占全县比重"


def test_a_multiple_of_a_year_is_named_as_the_corpus_names_it(tmp_path: Path) -> None:
    # r237 上林 2013 interview, http://www.qiaoxian.net/forum.php?mod=viewthread&action=printable&tid=24801 (a list
    # longer than the name's cap keeps its place out whole):
    # `上林县地区生产总值、财政收入、全社会固定资产投资分别是2002年的3.3倍、3.5倍、11倍`
    got = _records(
        tmp_path,
        "上林县县长访谈2013年。2011年,上林县地区生产总值、财政收入、全社会固定资产投资分别是2002年的3.3倍、3.5倍、11倍。",
    )
    assert got[(3.3, "倍")][1] == "地区生产总值是2002年的倍数"
    assert got[(11, "倍")][1] == "全社会固定资产投资是2002年的倍数"


def test_a_rate_of_the_counted_projects_ends_what_is_counted(tmp_path: Path) -> None:
    # r238 辽阳 2020 work report, http://mp.123yiche.com/j5b188501k1.html
    got = _records(
        tmp_path, "辽阳县2020年政府工作报告。2019年,全县22个亿元以上项目开复工率100%,完成投资24亿元。"
    )
    assert got[(22, "个")][1] == "亿元以上项目"
    assert got[(24, "亿元")][1] == "亿元以上项目完成投资"


def test_a_count_pointing_back_at_what_was_named_is_not_a_record(tmp_path: Path) -> None:
    # r257 剑阁 2022 interview, http://www.kbgxs.com/hzsh/22.html: `这两个因素决定了我们在灾后重建中…` (the two
    # things named just before)
    got = _records(
        tmp_path, "剑阁县2022年访谈。这两个因素决定了我们在灾后重建中必须加快发展。这3个项目总投资5亿元。"
    )
    assert (2, "个") not in got
    assert (3, "个") in got  # (a count in digits is left to the other rules)


def test_a_rate_after_a_share_of_the_target_is_the_level_s(tmp_path: Path) -> None:
    # a fresh page, http://hunan.sina.com.cn/hy/2018-07-30/detail-ihfxsxzi1036057.shtml (衡南 2018 H1)
    got = _records(
        tmp_path,
        "衡南县2018年上半年。1-6月,全县财政收入累计完成9.92亿元,占全年目标的58.59%,同比增长4.76%。",
    )
    assert got[(4.76, "%")][1:] == ("财政收入增速", "财政总收入增速")
