"""Names and subjects, round 18: rules found on real pages swept fresh (and on the pages of the round before).
Each test quotes the real text; the page's address is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import one, records

# --- an article about one project ---------------------------------------------------------------------------------


def test_an_article_about_one_project_gives_it_the_figures_that_refer_back() -> None:
    # shushitongpu.cn/html/201108/10/1049.htm (通山县 2011, traditional): the opening names the project; later
    # paragraphs say only `该项目`, `一期工程`, `整个项目`
    found = records(
        "日前,通山縣與武鋼實業公司合作的武鋼冶金新輔料生產基地項目正式簽約,這對加速該縣“五石”產業集群發展具有"
        "十分重要意義。\n"
        "武鋼實業公司總經理曹賀卿表示,公司對與通山的合作充滿信心。\n"
        "據了解,該項目是通山縣2011年招商引資的重點項目之一,項目總投資1.5億元,分兩期建設。一期工程正在緊張進行,"
        "計劃投資5000萬元,建成三條生產線,年產量達25萬噸。整個項目建成後,年稅收3000萬元以上。",
        date="2011-08-10",
        places=("通山县",),
    )
    for value in (1.5, 5000, 3, 25, 3000):
        assert one(found, value).subject == "武钢冶金新辅料生产基地项目"


def test_a_project_named_in_the_title_is_what_a_later_paragraph_points_at() -> None:
    # 东山融媒 2024-11-27 (东山县, names16's final pages): `该项目` is the park project of the title, not the
    # firm that owns it, named since
    found = records(
        "杏陈云生工业园项目正式落成并启用\n\n"
        "11月26日下午,杏陈云生工业园项目正式落成并启用。\n\n"
        "据了解,云生工业园是杏陈镇“村企合作”重点项目之一,由张家村村委会和东山县云生仓储有限公司签约共建。"
        "该项目占地70亩,总投资5000万元,建有通用厂房约2万平方米。",
        date="2024-11-27",
        places=("东山县",),
    )
    assert one(found, 70).subject == "杏陈云生工业园项目"
    assert one(found, 5000).subject == "杏陈云生工业园项目"


def test_a_phase_of_the_title_project_is_the_project() -> None:
    # zz.fjsen.com/2017-04/19/content_19400981.htm (长泰县 2017): `一期计划建设30条生产线`, `该项目全部达产后…`
    found = records(
        "长泰县宏发电声项目一期完成投资超亿元\n\n"
        "近日,记者来到宏发电声一期施工现场。\n\n"
        "据了解,一期计划建设30条生产线。该项目全部达产后年产值可达30亿元,纳税2亿元以上。",
        date="2017-04-19",
        places=("长泰县",),
    )
    (lines,) = [r for r in found if r.value == 30 and r.unit == "条"]
    assert lines.subject == "长泰县宏发电声项目"
    (output,) = [r for r in found if r.value == 30 and r.unit == "亿元"]
    assert output.subject == "长泰县宏发电声项目"
    assert output.indicator == "达产后年产值"  # (not `产后年产值`)
    assert one(found, 2).subject == "长泰县宏发电声项目"


def test_an_opening_about_a_batch_of_projects_gives_no_topic() -> None:
    # p2.ttnews.xyz/a/5e692d7bdc9b5e6ffcc667b8 (东山县 2020, traditional): eight projects start at once
    found = records(
        "福建東山一季度總投資8.5億元項目集中開工\n\n"
        "據悉,此次集中開工有合力盛食品、新旺食品、東山國旺冷鏈物流等8個項目。\n\n"
        "項目的集中開工,將為全縣經濟社會高質量發展注入新血液,全縣新增就業崗位300個。",
        date="2020-03-10",
        places=("东山县",),
    )
    assert one(found, 300).subject == ""


# --- sentence topics ----------------------------------------------------------------------------------------------


def test_a_project_that_plans_its_investment_is_the_topic_of_the_next_clause() -> None:
    # p2.ttnews.xyz/a/5e692d7bdc9b5e6ffcc667b8 (东山县 2020, traditional): `拟总投资` then the project's land
    found = records(
        "其中,合力盛食品加工項目擬總投資1.2億元,用地約40畝,將建設水產品深加工生產線車間、冷庫和配套設施。",
        date="2020-03-10",
        places=("东山县",),
    )
    assert one(found, 40).subject == "合力盛食品加工项目"


def test_a_clause_naming_the_county_and_a_time_ends_the_project_topic() -> None:
    # bbs.cdzyw.cn tid=77495 (桃源县 2019): the county's first-quarter count and total, after a project named before
    found = records(
        "加上此前开工的星玛智能电气生产基地项目,桃源县2019年第一季度开工重点建设项目4个,总投资达到26.6亿元。",
        date="2019-03-14",
        places=("桃源县",),
    )
    count = one(found, 4)
    assert count.subject == ""
    assert count.indicator == "第一季度开工重点建设项目"  # (not `第开工…`)
    assert one(found, 26.6).subject == ""
