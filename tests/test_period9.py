"""Periods and kinds found on this round's scored pages (dev13, fresh13): the sentences are the pages' own."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# http://glnlw.com/shangganshuoshuo/cadkht6603.html (中宁, traditional, undated): 1999 is when the work began
_GOJI = (
    "目前,全縣枸杞種植面積已達18萬畝,占全區枸杞種植面積的30%以上,幹果產量達3萬噸。\n"
    "為保護特色產品和原產地資源的商標,從1999年起,中寧縣便開始了品牌保護的不懈努力,最終,"
    "“中寧枸杞”在今年成功榮獲“中國馳名商標”榮譽稱號。\n"
)


def test_the_year_a_work_began_from_does_not_date_the_text() -> None:
    assert text_date(_GOJI) == ""
    found = records(_GOJI, places=("中宁县",))
    assert (one(found, 18).kind, one(found, 18).period) == ("actual", "")


def test_a_start_still_ahead_keeps_its_year() -> None:
    # a start a text plans (`从…起将…`) is no start of the years up to now
    assert text_date("从2025年起将实施新的滩羊产业发展方案,全县养殖滩羊300万只。\n") == "2025"


# https://szb.nxrb.cn/nxrb/pc/con/202208/26/content_34082.html (盐池 2022, a news feature saved without its date)
_SHEEP = (
    "平台村先后把4万亩土地流转给上陵等农牧业企业种植优质牧草,村民从种植基地回购优质牧草发展滩羊养殖,"
    "全村年人均收入达到1.5万元。\n"
    "记者在现场看到,深蓝色的10道养殖大棚里,已经饲养了1万只滩羊。\n"
    "项目概算投资2.4亿元,占地2.1万亩。到2025年,项目区养殖收入5000万元、饲草收入6000万元,年经营收入可达1.1亿元。\n"
    "盐池县从2009年出台《关于进一步加快滩羊产业发展意见》至今,连续13年印发《盐池县滩羊产业发展实施方案》。\n"
)


def test_the_start_of_years_up_to_now_across_a_document_s_title_does_not_date_the_text() -> None:
    assert text_date(_SHEEP) == ""


def test_a_feature_looking_back_up_to_now_reports_what_is_done() -> None:
    found = records(_SHEEP, places=("盐池县",))
    assert [(one(found, v).kind, one(found, v).period) for v in (1.5, 2.4)] == [("actual", "")] * 2
    assert (one(found, 5000).kind, one(found, 5000).period) == ("target", "2025")
