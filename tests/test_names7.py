"""Names7 round: canonical names of the common indicators (deposits and loans, tourism, imports) and names that say
what is measured, from real sentences of fresh pages (addresses in comments)."""

from __future__ import annotations

from bot.vocabulary import canonical_of
from tests.ingest_helpers import one, records


def _named(text: str, date: str, place: str) -> dict[float, tuple[str, str]]:
    return {r.value: (r.indicator, r.canonical) for r in records(text, date=date, places=(place,))}


def test_bank_balances_are_deposits_and_loans() -> None:
    # https://web.xiaze.org/tjgb/201005/31107-3.html (大田 2008 bulletin)
    found = _named(
        "年末金融机构本外币各项存款余额37.45亿元,比上年增长26.8%;金融机构本外币各项贷款余额16.59亿元,增长25.2%。",
        "2009-03-01",
        "大田县",
    )
    assert found[37.45][1] == "金融机构存款余额"
    assert found[26.8][1] == "金融机构存款余额增速"
    assert found[16.59][1] == "金融机构贷款余额"
    assert found[25.2][1] == "金融机构贷款余额增速"


def test_households_savings_are_not_the_deposit_balance() -> None:
    # https://edutainingadventures.com/thuazhong/762_2.html (公安 2021 bulletin)
    found = _named(
        "全县金融机构各项存款475.09亿元,比年初增加45.22亿元,其中住户存款407.08亿元,比年初增加45.29亿元。",
        "2022-04-01",
        "公安县",
    )
    assert found[475.09][1] == "金融机构存款余额"
    assert found[407.08][1] == ""
    assert found[45.22][1] == ""  # an increase is no balance


def test_deposits_and_loans_said_at_once_split_in_order() -> None:
    # https://www.fangxian.gov.cn/xxgk/fdzdgknr/qtzdgknr/zczxqk/202408/t20240814_4580563.shtml (房县 2023)
    found = _named("金融存贷款余额288.42亿元、219.06亿元,同比增长10.5%、14.8%。", "2024-01-20", "房县")
    assert found[288.42] == ("金融存款余额", "金融机构存款余额")
    assert found[219.06] == ("金融贷款余额", "金融机构贷款余额")
    assert found[10.5][1] == "金融机构存款余额增速"
    assert found[14.8][1] == "金融机构贷款余额增速"


def test_tourism_takings_and_visits() -> None:
    # https://tjj.xuancheng.gov.cn/News/show/146350.html (1-8月)
    found = _named(
        "全市共接待旅游者167.0万人次,增长28.6%,实现旅游总收入9.2亿元,增长45.1%。", "2010-09-20", "宣城市"
    )
    assert found[167.0][1] == "接待游客"
    assert found[28.6][1] == "接待游客增速"
    assert found[9.2][1] == "旅游总收入"
    assert found[45.1][1] == "旅游总收入增速"


def test_visits_counted_in_people_and_a_holidays_takings() -> None:
    # http://lanzhou.baogaosu.com/xinwen/…/38747085 (和政 2015, 十一 黄金周)
    text = (
        "和政县“十一”黄金周旅游收入3000多万元。全县共接待游客8.79万人(次),旅游综合收入达3498.56万元,"
        "分别比去年同期增长23%和31%。"
    )
    found = _named(text, "2015-10-10", "和政县")
    assert found[8.79][1] == "接待游客"
    assert found[3498.56][1] == "旅游总收入"
    assert found[3000][1] == ""  # the holiday's takings are not the county's total


def test_tourism_items_of_one_list_take_the_first_items_word() -> None:
    # r150 堆龙德庆 2021 (dev): `收入` alone is the tourism takings the list opens with
    found = _named("全年旅游接待人次、收入分别增长21.2%和20.4%。", "2022-01-10", "堆龙德庆区")
    assert found[21.2] == ("旅游接待人次增速", "接待游客增速")
    assert found[20.4] == ("旅游收入增速", "旅游总收入增速")


def test_a_rank_of_two_indicators_at_once_has_no_shared_name() -> None:
    # r215 官渡 (dev): `接待游客、旅游综合收入…两项指标均排名全市第一`
    assert canonical_of("接待游客、旅游综合收入排名", "名次") == ""
    assert canonical_of("接待游客排名", "名次") == "接待游客排名"


def test_imports_are_their_own_indicator() -> None:
    # https://web.xiaze.org/tjgb/201003/22490-3.html (常山 2007 bulletin)
    found = _named(
        "2007年外贸进出口总额8059万美元,比上年增长40.6%,其中外贸出口7844万美元,增长38.8%,进口215万美元,增长3.1倍。",
        "2008-03-01",
        "常山县",
    )
    assert found[8059][1] == "进出口总额"
    assert found[7844][1] == "出口总额"
    assert found[215][1] == "进口总额"


def test_retail_of_firms_above_the_limit_is_a_part() -> None:
    # https://zswldj.1237125.cn/html/km/xs/2023/12/4/a045482f-0f90-4280-9644-cacf66fc6943.html (西山区 2023)
    found = _named("其中,限额以上社会消费品零售额241.88亿元,同比增长6.2%。", "2023-12-04", "西山区")
    assert found[241.88][1] == ""
    assert found[6.2][1] == ""


def test_high_tech_firms_above_the_size_limit_are_a_part() -> None:
    # https://edutainingadventures.com/thuazhong/762_2.html (公安 2021 bulletin)
    found = _named(
        "2021年,全县规上高新技术企业53家,全口径高新技术产业增加值54.98亿元。", "2022-04-01", "公安县"
    )
    assert found[53][1] == ""
    assert found[54.98][1] == "高新技术产业增加值"


def test_a_quarters_gdp_rate() -> None:
    # http://m.ilynn.cn/document_detail/101442.html (祥云 2022 bulletin, traditional script)
    found = _named(
        "分季度看,第一季度GDP累計同比下降3.6%;第二季度GDP累計同比增長2.3%。", "2023-04-01", "祥云县"
    )
    assert found[-3.6][1] == "地区生产总值增速"
    assert found[2.3][1] == "地区生产总值增速"


def test_a_bulletins_basis_of_account_is_no_part_of_the_name() -> None:
    # https://tjgb.hongheiku.com/xjtjgb/xj2020/42820.html (务川 2022 bulletin)
    found = _named("人均地区生产总值[2]初步核算为28231元,下降4.7%。", "2023-04-01", "务川仡佬族苗族自治县")
    assert found[28231] == ("人均地区生产总值", "人均地区生产总值")
    assert found[-4.7][1] == "人均地区生产总值增速"


def test_farm_output_written_with_pauses() -> None:
    # https://tjgb.hongheiku.com/xjtjgb/xj2020/42820.html (务川 2022 bulletin)
    found = _named(
        "2022年,全县完成农、林、牧、渔业总产值478316.55万元,同比下降14.03%。",
        "2023-04-01",
        "务川仡佬族苗族自治县",
    )
    assert found[478316.55][1] == "农林牧渔业总产值"
    assert found[-14.03][1] == "农林牧渔业总产值增速"


def test_negative_growth_names_the_level_before_it() -> None:
    # http://www.pjckts.cn/forum.php?action=printable&mod=viewthread&tid=3110 (沭阳 2010)
    found = records(
        "据我局统计,今年6月全县实现规上工业产值20.67亿元,同比负增长3.4%。", "2010-07-10", ("沭阳县",)
    )
    rate = one(found, -3.4)
    assert "增长" not in rate.indicator and rate.canonical == "规上工业总产值增速"


def test_only_before_the_verb_is_no_part_of_the_name() -> None:
    # https://nasser.cn/zwgk/sjfb/tjxx/content/post_2682026.html (大埔 1-8月, traditional script)
    found = _named("八月下旬火電雙機停運,本月僅實現產值1.86億元,同比下降24.5%。", "2023-09-20", "大埔县")
    assert "仅" not in found[1.86][0] and "僅" not in found[1.86][0]


def test_wider_places_figures_in_brackets_leave_the_rate_the_subjects() -> None:
    # http://www.huxianbbs.com/forum.php?goto=lastpost&mod=redirect&tid=30888 (户县 一季度)
    text = "一季度城镇居民人均可支配收入4894元(全国5963元、全省4881元、全市6351元),同比增长16.8%(全国7.1%、全省14.8%、全市16.4%)。"
    rate = one(records(text, "2012-04-20", ("鄠邑区",)), 16.8)
    assert rate.canonical == "城镇居民人均可支配收入增速"


def test_a_lists_last_noun_is_every_items() -> None:
    # https://www.fangxian.gov.cn/xxgk/fdzdgknr/qtzdgknr/zczxqk/202408/t20240814_4580563.shtml (房县 2023)
    found = _named("房县黄酒、香菇、黑木耳品牌价值分别达13.28、12.31、11.47亿元。", "2024-01-20", "房县")
    assert found[13.28][0] == "黄酒品牌价值"
    assert found[12.31][0] == "香菇品牌价值"
    assert found[11.47][0] == "黑木耳品牌价值"


def test_quoted_words_behind_say_which_firms_or_projects() -> None:
    # https://chujupifa.com/read/-dy-article-JNJBMQ790512D3VJ.html (丰台 2025)
    found = _named(
        "年度新增“两区”入库项目不少于400个,专精特新“小巨人”企业全年数量达到80家。", "2025-02-04", "丰台区"
    )
    assert "“两区”入库项目" in found[400][0]
    assert "“小巨人”企业" in found[80][0]


def test_power_use_of_the_whole_society() -> None:
    # http://www.songyang.gov.cn/art/2022/12/23/art_1229361215_58987847.html (松阳 前三季度 2022)
    text = (
        "前三季度,我县全社会用电量为79676.7万千瓦时,同比增长9.1%。全行业用电量为61708.8万千瓦时,"
        "占全社会用电量比重为77.4%。其中工业用电量为41840.1万千瓦时,下降5.2%。"
    )
    found = _named(text, "2022-12-23", "松阳县")
    assert found[79676.7][1] == "全社会用电量"
    assert found[9.1][1] == "全社会用电量增速"
    assert found[77.4][1] == ""  # one part's share of it
    assert found[41840.1][1] == ""  # one sector's power
