"""A page's furniture around the article: lists of other stories, links to the neighbouring ones, counters of its
length and views. None of it is the article's: it casts no place vote and makes no record. Each test quotes the
real page; its address is in a comment."""

from __future__ import annotations

from pathlib import Path

from bot.ingest.normalize import normalize
from bot.ingest.pipeline import build_corpus
from tests.ingest_helpers import records

# http://odtgfuq.cn/new/184_900_201203/09lv929401524.shtml (沧源, 2012, traditional script with pinyin annotations):
# the story, the editor's line, then a list of other stories' headlines naming 沾益县 twice and carrying figures.
_CANGYUAN = (
    "云南滄源縣2011年茶葉產(chǎn)業(yè)實(shí)現(xiàn)恢復(fù)性增長(zhǎng)\n"
    "2011年,滄源縣完成毛茶總產(chǎn)量4685.6噸,同比增410.5噸,增長(zhǎng)9.6%;"
    "茶葉工農(nóng)業(yè)總產(chǎn)值達(dá)14547.25萬元,同比增3702.25萬元,增長(zhǎng)34.14%;"
    "茶農(nóng)人均純收入達(dá)1198元,同比增229元,增長(zhǎng)23.63%。\n"
    "【我要糾錯(cuò)】 責(zé)任編輯:肖肖\n"
    "相關(guān)資訊:\n"
    "- ·云南保山龍陵縣龍新鄉(xiāng)扶貧互助資金助推扶貧工作\n"
    "- ·云南沾益縣積極實(shí)施生源地信用助學(xué)貸款政策\n"
    "- ·云南會(huì)澤縣馬路鄉(xiāng)財(cái)政所三項(xiàng)措施打造民生財(cái)政\n"
    "- ·云南沾益縣財(cái)政嚴(yán)把六關(guān)強(qiáng)化項(xiàng)目資金管理\n"
    "- ·2013年云南省級(jí)財(cái)政累計(jì)投入5.4億元支持園區(qū)經(jīng)濟(jì)發(fā)展\n"
    "- ·云南省投入3.65億元推進(jìn)農(nóng)村中小學(xué)飲水工程建設(shè)\n"
    "熱點(diǎn)專題:\n"
    "網(wǎng)站\n"
)


def test_other_stories_headlines_neither_place_nor_make_records(tmp_path: Path) -> None:
    (tmp_path / "cangyuan.txt").write_text(_CANGYUAN, encoding="utf-8")
    result = build_corpus(tmp_path)
    assert {r.region for r in result.records} == {"沧源佤族自治县"}
    values = {r.value for r in result.records}
    assert {4685.6, 14547.25, 1198} <= values
    assert not values & {5.4, 3.65, 3}  # the headlines' figures
    assert all(r.period == "2011" for r in result.records)


def test_a_menu_above_the_story_cuts_nothing() -> None:
    # The same words heading a site's menu before the story has said anything stay (a sentence has not ended).
    text = "推荐阅读\n首页 > 新闻\n" + _CANGYUAN
    assert "毛茶总产量4685.6吨" in normalize(text).text


def test_article_text_with_the_same_words_is_kept() -> None:
    # https://www.fanchang.gov.cn/openness/public/6603401/30247181.html (繁昌, 2021): `相关` inside a sentence
    text = "完成造林1200亩。\n协同责任单位:区直相关单位。\n新增就业3000人。\n"
    assert normalize(text).text == text


def test_links_to_the_neighbouring_stories_are_cut() -> None:
    # https://investchn.com/index.php/home/news/detail/id/349475.html (安吉, 2023): headline on the same line
    text = (
        "这也是“三法联动”中统筹工作法的具体应用。\n\n"
        "上一条:吴胜丰来青开展“大走访大调研大服务大解题”活动\n"
        "下一条:永乐店邀专家解读十八大精神\n"
        "与我们联系\n"
    )
    clean = normalize(text).text
    assert "吴胜丰" not in clean and "永乐店" not in clean
    assert "统筹工作法的具体应用。" in clean and "与我们联系" in clean
    # dev7 r214 通城 (咸宁新闻网, 2016): the headline on the next line
    text = "对接意向项目76个。\n编辑:Administrator\n上一篇:\n武深高速嘉通段指挥部召开协调会确保建成平安路\n下一篇:\n咸宁市加快发展高新技术产业 优化环境搭建平台\n"
    clean = normalize(text).text
    assert "武深高速" not in clean and "咸宁市加快" not in clean
    assert "对接意向项目76个。" in clean


def test_a_pages_length_and_reading_time_are_no_record() -> None:
    # https://guanshanwenku.com/gongzuozongjie/2022/04/4806.html (太湖 2020 report): the byline's counters
    text = (
        "2020年太湖县人民政府工作报告(全文)\n\n"
        "admin 分享 时间: 加入收藏 共计15258个字,预计阅读时长51分钟\n\n"
        "2019年,全县上下较好地完成了全年目标任务。预计,地区生产总值增长8%;财政收入增长10%。\n"
    )
    found = records(text, date="2019-12-30", places=("太湖县",))
    assert {(r.value, r.unit) for r in found} == {(8, "%"), (10, "%")}


def test_a_comment_forms_length_limit_is_no_record() -> None:
    # https://www.fjtea.cn/News/detail/id/17070.html (霞浦, 2012): the comment form under the story
    text = (
        "霞浦县今年春茶生产全面结束。春茶产量2990吨,比2011年增加195吨,增幅6.9%,产值2.05亿元。\n\n"
        "我来评鉴\n评分\n0分\n评价\n200 / 200 (评价多于10个字)\n在线留言\n"
    )
    found = records(text, date="2012-06-07", places=("霞浦县",))
    assert 10 not in {r.value for r in found}
    assert {2990, 195, 6.9, 2.05} <= {r.value for r in found}


def test_a_view_counter_is_cut_but_the_dateline_stays() -> None:
    # dev6 r96 东台 (东台日报, 2024): `来源:东台日报     点击数:803     日期:2024-04-17 08:43:42`
    clean = normalize("来源:东台日报     点击数:803     日期:2024-04-17 08:43:42\n").text
    assert "803" not in clean and "2024-04-17" in clean
