"""The document's date when its text says less than it seems to: a page's clock above its dateline, a status a park
was granted years ago in a text that never names its own year."""

from __future__ import annotations

from tests.ingest_helpers import one, records, text_date

# r466 罗山 (dev22), its head: the page's clock as it was viewed above the story's own dateline.
_LUOSHAN = (
    "现在时间是:2024年04月18日\n"
    "全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动\n"
    "时间 : 2021年10月09日  来源 : 电视台  作者 :   浏览次数 : 8355    \n\n"
    "  10月8日上午,全省第二期“三个一批”活动暨罗山县产业集聚区电子电器元器件专业园(二期)项目开工仪式正式启动,"
    "拉开了我县2021年第四批10个重点项目建设的帷幕。\n"
    "  此次集中开工的10个重点项目,总投资20亿元,年度投资3.66亿元。\n"
)

# r474 荣昌 (dev22), undated: `今年1—3月` names no year; 2002 and 2006 are years the park was granted a status.
_RONGCHANG = (
    "荣昌县工业园区一季度实现工业总产值达76亿\n\n"
    "4月21日,铜梁区党政代表团来荣,就我县工业经济发展进行考察。今年1—3月,我县工业园区实现工业总产值76.61亿元,"
    "同比增加20.4%。\n\n"
    "一季度,我县工业园区实现工业总产值76.61亿元,同比增加20.4%;固定资产投资20.64亿元,同比增长29.8%;"
    "全县共引进项目27个,合同金额共计54.8亿元。\n\n"
    "工业园区工作人员介绍,作为“重庆市优秀工业园区”,2002年,县工业园区被批准为全市16个特色工业园区之一,"
    "2006年经国家发改委审核批准为省级开发区。\n\n"
    "荣昌工业园区在全市43个工业园区中名列第13位,规划面积22.52平方公里,目前已建成10.2平方公里。\n"
)


def test_a_page_s_clock_above_its_dateline_is_not_the_story_s_date():
    assert text_date(_LUOSHAN).startswith("2021-10")
    found = records(_LUOSHAN, places=("罗山县",))
    assert one(found, 20).period == "2021"
    assert one(found, 3.66).period == "2021"


def test_years_a_park_was_granted_a_status_do_not_date_an_undated_text():
    assert text_date(_RONGCHANG) == ""
    found = records(_RONGCHANG, places=("荣昌县",))
    assert one(found, 20.64).period == ""
    assert one(found, 27).period == ""
    assert one(found, 10.2).period == ""


# r451 兴和 (dev22), a report of 2022-01 under `本届政府履职以来`; r395 六枝 (dev19), a story of 2025's first three
# quarters; the seeds' 002 启东, a mid-year report of 2020.
_XINGHE = (
    "(内蒙古)2022年兴和县人民政府工作报告(全文)\n\n发布时间:2022-08-22 10:49\n\n"
    "  2022年 1月6日在兴和县第十六届人民代表大会第一次会议上\n\n"
    "  我们致力于稳增长、扩总量,综合实力显著增强。城乡居民人均可支配收入从25475元和8892元增加到32432元和12787元。\n"
)
_LIUZHI = (
    "前三季度,全区规模以上工业增加值增速达到14.7%。\n"
    "六枝特区引入浙黔纺织公司投资12亿元实施绿色纺织项目,太平洋纺织在原有产能基础上扩能建设、产能由1.5万吨提升至2万吨。\n"
)
_QIDONG = (
    "启东市2020年上半年国民经济和社会发展计划执行情况\n"
    "民生保障持续增强。积极实施就业优先政策,截至6月底全市新增城镇就业5348人,城镇登记失业率控制在1.77%。"
    "各类社会保险继续提标扩面,城乡居民基本养老保险基础养老金标准从148元提高到160元。\n"
)


def test_the_level_a_change_starts_from_has_no_year_unless_the_text_gives_it_one():
    found = records(_XINGHE, places=("兴和县",))
    assert one(found, 25475).period == "" and one(found, 8892).period == ""
    assert one(found, 32432).period == "2021" and one(found, 12787).period == "2021"
    assert one(records(_LIUZHI, date="2025-10-20", places=("六枝特区",)), 1.5).period == ""
    qidong = records(_QIDONG, date="2020-07-29", places=("启东市",))
    assert one(qidong, 148).period == ""
    assert one(qidong, 160).period.startswith("2020")  # the level reached keeps the text's time


def test_a_change_over_named_years_keeps_its_start_s_year():
    # `从2016年的695.7亿元增加到2021年的1144.2亿元` (r273 永川 2022): the start names its year
    found = records(
        "全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元,年均增长8.7%。\n",
        date="2022-01-10",
        places=("永川区",),
    )
    assert one(found, 695.7).period == "2016"
    assert one(found, 1144.2).period == "2021"


# r451 兴和 (dev22), read at the session of 2022-01 that ends the government's term: its review heading names the term.
_XINGHE_TERM = (
    "(内蒙古)2022年兴和县人民政府工作报告(全文)\n\n发布时间:2022-08-22 10:49   责任编辑:www\n\n"
    "  2022年 1月6日在兴和县第十六届人民代表大会第一次会议上\n\n  代县长 李锴栋\n\n  各位代表:\n\n"
    "  现在,我受兴和县第十五届人民政府委托,向大会报告工作,请予审议。\n\n"
    "  一、本届人民政府工作回顾\n\n"
    "  本届政府履职以来,全县上下坚持稳中求进工作总基调,圆满完成了本届政府既定目标任务。\n\n"
    "  我们致力于稳增长、扩总量,综合实力显著增强。地区生产总值累计突破270亿元,规模以上工业总产值累计突破210亿元,"
    "社会消费品零售总额累计达到100亿元;城乡居民人均可支配收入从25475元和8892元增加到32432元和12787元。\n"
)


def test_a_review_of_the_government_s_term_is_over_its_five_years():
    found = records(_XINGHE_TERM, places=("兴和县",))
    assert one(found, 270).period == "2017-2021"
    assert one(found, 100).period == "2017-2021"
    # the change's ends: its starts undated, the levels reached of the term's last year
    assert one(found, 25475).period == "" and one(found, 8892).period == ""
    assert one(found, 32432).period == "2021" and one(found, 12787).period == "2021"
