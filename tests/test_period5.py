"""Periods from real texts: a story whose only year starts the years up to now, a teaser of another story under
a page's text, a paragraph that looks back over recent years in a report of a part of the year."""

from __future__ import annotations

from bot.ingest.manifest import infer_date
from tests.ingest_helpers import one, records, text_date

# r232 甘谷 (dev12, yybnet.net 2015/08, a story that names no year of its own): `从2014年以来` starts a total the text
# then splits this year's part from (`其中今年…`), so 2014 is not the present; the teaser under `新闻推荐` (a life's
# years, `1914——1950年`) is another story's. The labels give its figures no year.
_GANGU = """本报讯甘谷县立足历史资源优势,先后建成投用了浙江商贸城、陇东南汽配城等项目7个;在建20兆瓦太阳能光伏发电、天宏鞋业等项目16个。
近几年,甘谷县不断开拓招商思路,创新招商方式。从2014年以来,累计签约招商引资项目26项,规模投资86.55亿元。其中今年新签约项目11项,规模总投资62亿元。目前,已落地23项,占总数的88.46%,到位资金17.38亿元。(牛艺璇)
新闻推荐
□张绍萱今年是抗战胜利70周年,其中有两位我熟知的人——原烨、邢华夫妇。原烨(1914——1950年)甘肃甘...
"""


def test_a_year_whose_total_splits_off_this_years_part_is_not_the_present():
    assert text_date(_GANGU) == ""
    found = records(_GANGU, places=("甘谷县",))
    assert {one(found, v).period for v in (7, 16, 26, 86.55, 11, 62, 23, 17.38)} == {""}


def test_a_year_since_with_no_part_split_off_is_still_the_present():
    # `2014年以来` alone, in a story of the year so far, is the story's year
    text = "2014年以来,甘谷县累计签约招商引资项目26项,规模投资86.55亿元。"
    assert infer_date(text) == "2014"


def test_a_teaser_of_another_story_dates_nothing():
    # (the build dates a text once it is normalized, with the page's furniture cut)
    text = "本报讯2016年,甘谷县签约招商引资项目26项。\n新闻推荐\n原烨(1914——2019年)甘肃甘谷人。\n"
    assert text_date(text) == "2016"


# r231 镶黄旗 (dev12, newchangjing.com, a 2009 magazine portrait reposted with `發布時間:2020-03-01`): `去年` beside the
# 2008 outcomes was dated 2019, a year before the repost; it is 2008, the year the story tells.
_XIANGHUANG = """[周金樁:灑汗水鑲黃旗舊貌變新顏]鑲黃旗
發布時間:2020-03-01 來源: 感恩親情 點擊:
  今年四十二歲的周金樁,2007年年底調到經濟條件較差的鑲黃旗任旗委書記。2008年這個旗邁上了新的臺階,僅僅是用了一年的時間,這個旗就實現了又好又快的發展態勢,地區生產總值完成18.35億元,比2007年增長22.1%。財政收入達到1.8億元,增長了69.5%。去年,這裡城鎮居民人均可支配收入達到11850元,增長了17.1%。
"""


def test_last_year_in_a_story_reposted_years_later_is_the_year_after_its_named_outcome():
    assert infer_date(_XIANGHUANG) == "2009"
    found = records(_XIANGHUANG, places=("镶黄旗",))
    assert {one(found, v).period for v in (18.35, 1.8, 11850, 17.1)} == {"2008"}


def test_a_page_dated_the_year_after_its_named_outcome_keeps_its_date():
    # the page's own date, a year after the outcome it names: `去年` is that year, as the page says
    text = (
        "發布時間:2009-03-01\n2008年這個旗地區生產總值完成18.35億元。去年,城鎮居民人均可支配收入達到11850元。"
    )
    assert infer_date(text) == "2009-03-01"


# r226 庆城 (dev12, szb.gansudaily.com.cn 2017-11-30, news of the year's projects): a paragraph that looks back over
# recent years (`近年来,…`) was given the months of the paragraph before (`截至10月底,…`); the labels give it the year.
_QINGCHENG = """甘肃工人报
2017年11月30日
本报讯今年以来,庆城县大力实施项目建设。截至10月底,全县共开工建设各类重点项目46个,完成投资47.6亿元。
近年来,庆城县把项目建设作为经济工作的主抓手,成立项目工作领导小组。在此基础上,加大招商引资力度,实施企业投资项目19个,新上一批有市场前景的项目。
今年前三季度,全县社会生产总值完成50.6亿元。
"""


def test_a_paragraph_looking_back_over_recent_years_is_no_part_of_the_months_reported():
    found = records(_QINGCHENG, places=("庆城县",))
    assert one(found, 19).period == "2017"
    assert {one(found, v).period for v in (46, 47.6)} == {"2017-01~2017-10"}
    assert one(found, 50.6).period == "2017-01~2017-09"


# r223 泰州海陵工业园区 (dev12, a forum's repost of a 2022 zone series): the level that projects under way push toward
# (`正全速推进…一批重大项目,推动…规模突破500亿元`) was read as reached in 2021; it is a target with no year.
_HAILING = """2021年,园区完成规上工业总产值258.3亿元。
当前,海陵工业园区正全速推进4GW新型光伏电池片、智慧家电产业园等一批重大项目,推动新能源和智慧家电两大特色产业集群规模突破500亿元。
"""


def test_a_level_that_work_under_way_pushes_toward_is_a_target_with_no_year():
    found = records(_HAILING, places=("海陵区",))
    assert (one(found, 500).kind, one(found, 500).period) == ("target", "")
    assert (one(found, 258.3).kind, one(found, 258.3).period) == ("actual", "2021")


def test_what_was_pushed_through_stays_done():
    # a count pushed through, no bound: what was done (gongwenbang.cn, a zone's 2023 speech: `推动…等19个项目开工建设`)
    text = "2023年,园区正加快推进项目建设,推动臻秦、鑫鸣灏等19个项目开工建设。"
    found = records(text, places=("海陵区",))
    assert one(found, 19).kind == "actual"


# r220 肇东 (dev12, hljszw.org.cn, a 2002 yearbook entry): a bound reported on a measured figure (`控制在4.87‰以内`,
# two decimals) is what the year reached; a bound set is a round one (wm114.cn, a county's speech: `人口出生率10.63‰,
# 比地区下达的控制数13‰低2.37个千分点`).
_ZHAODONG = """【概况】
肇东市位于黑龙江省西南部。全市幅员面积4 332平方公里,人口91.7万,2002年全市人口自然增长率控制在4.87‰以内。
2002年,全市国内生产总值实现84.3亿元,增长12%。
"""


def test_a_bound_reported_on_a_measured_figure_is_an_outcome():
    found = records(_ZHAODONG, places=("肇东市",))
    assert (one(found, 4.87).kind, one(found, 4.87).period) == ("actual", "2002")


def test_a_round_bound_stays_a_target():
    text = "2002年工作目标:全市国内生产总值增长12%,人口自然增长率控制在5‰以内。"
    found = records(text, places=("肇东市",))
    assert one(found, 5).kind == "target"


def test_a_menu_line_above_the_story_cuts_nothing():
    # a site's menu, each item on its own line, above the story: the story's own year still dates it
    text = "首页\n新闻推荐\n相关新闻\n2016年,甘谷县签约招商引资项目26项。\n"
    assert text_date(text) == "2016"
