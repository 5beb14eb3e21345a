"""Indicator names a reader understands alone (rule pass names8). Each test quotes a real sentence; the page's
address is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import records


def _names(text: str, place: str, date: str) -> dict[tuple[float, str], str]:
    return {(r.value, r.unit): r.indicator for r in records(text, date=date, places=(place,))}


def test_a_share_of_the_years_target_names_the_thing_it_is_of() -> None:
    # http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2018-11-05/37046.html (同心 2018)
    names = _names(
        "农村劳动力转移就业7.67万人,占全年目标任务6.9万人的111.2%,工资性收入8.01亿元,占全年目标任务6.9亿元的116.1%。",
        "同心县",
        "2018-11-05",
    )
    assert names[(6.9, "万人")] == "农村劳动力转移就业全年目标任务"
    assert names[(111.2, "%")] == "农村劳动力转移就业完成全年目标任务比例"
    assert names[(6.9, "亿元")] == "工资性收入全年目标任务"
    assert names[(116.1, "%")] == "工资性收入完成全年目标任务比例"


def test_people_who_found_work_are_counted_by_it() -> None:
    # http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2018-11-05/37046.html (同心 2018)
    names = _names("帮助城镇151名就业困难人员实现就业,占全年目标任务125人的121%。", "同心县", "2018-11-05")
    assert names[(151, "名")] == "就业困难人员就业"
    assert names[(125, "人")] == "就业困难人员就业全年目标任务"


def test_how_many_loans_is_no_part_of_the_amounts_name() -> None:
    # http://www.ningxiacaijing.cn/shixianyuanqu/shixianyuanqujiaodian/2018-11-05/37046.html (同心 2018): the count
    # in 笔 is a record of its own and the amount after it is the loans' amount, as r326's gold names them
    names = _names("累计发放创业担保贷款797笔9389万元。", "同心县", "2018-11-05")
    assert names[(797, "笔")] == "发放创业担保贷款"
    assert names[(9389, "万元")] == "发放创业担保贷款金额"
    # https://www.dzlps.cn/424663.html (道县 2019): the quarter opening the name is the period
    found = records(
        "一季度发放创新创业促进就业示范典型就业补贴资金4笔30万元。", date="2019-03-28", places=("道县",)
    )
    assert [(r.indicator, r.period) for r in found] == [
        ("发放创新创业促进就业示范典型就业补贴资金", "2019Q1"),
        ("发放创新创业促进就业示范典型就业补贴资金金额", "2019Q1"),
    ]


def test_urban_and_rural_figures_of_one_name_given_separately() -> None:
    # https://hljszw.org.cn/home/book/info/get_id/380738.html (克山 yearbook): no earlier clause is a list item
    names = _names(
        "提高了企业离退休职工基本养老金标准,调整了机关事业人员津贴补贴,城乡低保标准分别提高到月人均450元和226元。",
        "克山县",
        "2015-06-01",
    )
    assert names[(450, "元")] == "城镇低保标准月人均"
    assert names[(226, "元")] == "农村低保标准月人均"


def test_a_shorthand_of_the_three_sectors_with_its_di() -> None:
    # https://tjgb.hongheiku.com/xjtjgb/xj2020/65636.html (龙沙 2024 bulletin)
    names = _names("第一、二、三产业对GDP增长的贡献率分别为1.5%、27.2%和71.3%。", "龙沙区", "2025-03-01")
    assert names[(1.5, "%")] == "第一产业对GDP增长的贡献率"
    assert names[(27.2, "%")] == "第二产业对GDP增长的贡献率"
    assert names[(71.3, "%")] == "第三产业对GDP增长的贡献率"


def test_a_bare_verb_names_the_works_done_before() -> None:
    # https://jcgcw.com/index/news/detail?id=48279 (庐江 2017)
    names = {
        (r.value, r.unit, r.period): r.indicator
        for r in records(
            "安徽庐江县明年年底将完成农村道路畅通工程3300公里\n去年,安徽省庐江县共实施农村道路畅通工程828.5公里,"
            "投资10.3亿元。今年,该县计划实施1200公里。",
            date="2017-07-14",
            places=("庐江县",),
        )
    }
    assert names[(3300, "公里", "2018")] == "农村道路畅通工程"  # not `年底将完成…`
    assert names[(10.3, "亿元", "2016")] == "农村道路畅通工程投资"
    assert names[(1200, "公里", "2017")] == "实施农村道路畅通工程"


def test_money_put_in_is_named_by_what_it_is_for() -> None:
    # http://www.8037eee.com/news/fujian/yghx/2017-10-20/2064852.html (平和 2017, traditional script)
    names = _names(
        "投入8110萬元實施808個基礎設施建設;投入6758.7萬元實施裝備建設;投入9368.1萬元開展校園整治。"
        "此外,還計劃投入13890萬元實施中小學教育信息化建設。",
        "平和县",
        "2017-10-20",
    )
    assert names[(8110, "万元")] == "基础设施建设投入"
    assert names[(6758.7, "万元")] == "装备建设投入"
    assert names[(9368.1, "万元")] == "校园整治投入"
    assert names[(13890, "万元")] == "中小学教育信息化建设投入"
    # https://www.dzlps.cn/424663.html (道县 2019)
    found = _names("安排7.5万元用于下岗、复员志愿者养老保险接续。", "道县", "2019-03-28")
    assert found[(7.5, "万元")] == "下岗、复员志愿者养老保险接续资金"


def test_years_counted_back_are_no_part_of_the_name() -> None:
    # http://www.zgddmx.com/news/show.asp?id=40106 (德江)
    found = records(
        "该县四年来共投入教育经费近19亿元。近四年县累计投入教育经费近19亿元,年均增长21%以上。",
        date="2016-06-01",
        places=("德江县",),
    )
    assert [r.indicator for r in found if r.unit == "亿元"] == ["投入教育经费", "投入教育经费"]


def test_projects_being_built_are_named_by_it() -> None:
    # https://txdzw.com/xw/dzxw/content_25731 (大足 1-7月)
    names = _names("威立雅、台铃、五金智能制造产业项目(一期)等36个项目正加快建设。", "大足区", "2020-08-20")
    assert names[(36, "个")] == "加快建设项目"


def test_a_peer_item_after_a_figure_shares_the_names_start() -> None:
    # https://zswldj.1237125.cn/html/lc/sj/2019/3/7/26d6fe69-f253-4943-958d-d7a4084071fa.html (双江 2019)
    names = _names(
        "目前,全县校舍建筑面积达26.53万平方米,学生平均校舍建筑面积小学达7.6平方米、中学达8平方米。",
        "双江拉祜族佤族布朗族傣族自治县",
        "2019-03-07",
    )
    assert names[(7.6, "平方米")] == "学生平均校舍建筑面积小学"
    assert names[(8, "平方米")] == "学生平均校舍建筑面积中学"


def test_the_three_sectors_of_one_trades_output_are_that_trades() -> None:
    # http://tp.hkcd.com/content_p/2014-12/02/content_18659.html (兴文 2014)
    names = _names(
        "全县实现林业总产值达9.086亿元,其中:第一产业产值39490万元,第二产业产值16992万元,第三产业产值34382万元。",
        "兴文县",
        "2014-12-02",
    )
    assert names[(39490, "万元")] == "林业第一产业产值"
    assert names[(34382, "万元")] == "林业第三产业产值"


def test_a_stray_full_stop_is_no_part_of_a_name() -> None:
    # http://m.mg7199.com/news/show-1804.html (元阳, traditional script)
    names = _names("生豬存欄38.04萬頭,.牛存欄10.83萬頭,山羊存欄1.93萬只。", "元阳县", "2015-10-01")
    assert names[(10.83, "万头")] == "牛存栏"


def test_the_part_of_things_counted_that_is_done() -> None:
    # https://hljszw.org.cn/home/book/info/get_id/380738.html (克山 yearbook)
    found = records("29项民生实事完成22项,7项按计划推进。", date="2015-06-01", places=("克山县",))
    assert [(r.indicator, r.value) for r in found][:2] == [("民生实事", 29), ("民生实事完成", 22)]


def test_a_summarys_bullets_after_footnote_marks_are_sentences_of_their_own() -> None:
    # https://reportify.cn/news/1213038434919256064 (共和 2025)
    names = _names(
        "教育发展 - 2025年共和县义务教育阶段21所学校两万名学生全部实现热食午餐覆盖[2] - 共和县第一小学迁建项目计划投资"
        "2.1亿元[3] - 2025年共和县学前教育毛入园率达103%,义务教育巩固率稳定在97.94%,高中阶段完成率提升至104.41%[3] - "
        "2025年共和县3621名考生上线率100%,本科上线率55.3%,79名学生被江苏江宁班、南通班录取[3] 住房保障 - "
        "棚户区改造安置小区(和院小区)总投资1.65亿元,建有11层住宅楼10栋[4]",
        "共和县",
        "2025-11-01",
    )
    assert names[(2.1, "亿元")] == "第一小学迁建项目计划投资"  # not `县第一小学…` (`共和` is no filler)
    assert names[(103, "%")] == "学前教育毛入园率"
    assert names[(1.65, "亿元")] == "棚户区改造安置小区(和院小区)总投资"  # not `…哈工大录取住房保障-…`


def test_bare_rates_given_separately_are_those_of_the_levels_before() -> None:
    # https://www.dzlps.cn/424663.html (道县 2019)
    names = _names(
        "截至目前,全县新增城镇就业岗位1826个,新增农村劳动力转移就业岗位3912个。与2018年同期的1656人和1500人相比,"
        "增长率分别为10.3%和160%,城镇登记失业率为2.8%。",
        "道县",
        "2019-03-28",
    )
    assert names[(10.3, "%")] == "新增城镇就业岗位增速"
    assert names[(160, "%")] == "新增农村劳动力转移就业岗位增速"
