"""Periods under a review of several years (period17): the sentences are the tuning documents' own."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one, one, records, text_date

# dev16 r309 (suihua.big5.dbw.cn 青冈 2026-01-04, trad): a press conference on the 十四五 years, `五年来,…`
_QINGGANG = (
    "2026-01-04\n"
    "2025年12月30日,青冈县委宣传部举行“绥化市高质量完成‘十四五’规划系列主题新闻发布会”——青冈县专场。\n"
    "王洪伟说,“十四五”时期,青冈县始终以习近平新时代中国特色社会主义思想为指导,经济社会发展保持稳中快进的良好态势。\n"
    "五年来,农业根基越发稳固,粮食安全“压舱石”更加凸显。青冈县推动良田、良种、良法、良机、良制“五良融合”,"
    "高标准农田建成率达到60%以上,农业主推技术到位率达到95%以上,农业综合机械化率稳定在98.6%以上,粮食总产突破23亿斤。"
    "脱贫攻坚成果持续巩固,累计投入衔接资金8.18亿元。\n"
)


def _periods(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.period for r in build_one(tmp_path, text).records}


def test_a_rate_built_under_a_review_of_years_is_a_level_of_their_last_year(tmp_path: Path) -> None:
    periods = _periods(tmp_path, _QINGGANG)
    assert periods[60] == "2025"  # `建成率` is a level, not a count of things built
    assert periods[8.18] == "2021-2025"


def test_a_level_held_through_the_years_is_theirs(tmp_path: Path) -> None:
    periods = _periods(tmp_path, _QINGGANG)
    assert periods[98.6] == "2021-2025"  # `稳定在`
    assert periods[95] == "2025"  # reached: the last year


# dev16 r321 (m.handmsg.com 永胜 2020, trad): a feature opening with the years it looks back on; the paragraphs after
# count what those years did
_YONGSHENG = (
    "魔芋“成林”\n"
    "从2014年到2019年,中共云南省永胜县委、县政府始终把脱贫攻坚作为重大政治任务,全力以赴推进脱贫攻坚工作。"
    "2014年至2019年累计脱贫15117户58912人,贫困村脱贫出列94个。\n"
    "一是交通便利有保障。投资4.68亿元实施总长154公里的6条通乡油路改造工程。"
    "四是广播电视有保障。广播电视覆盖率达99%以上。\n"
)


def test_paragraphs_after_a_span_of_years_opening_the_text_are_of_that_span(tmp_path: Path) -> None:
    periods = _periods(tmp_path, _YONGSHENG)
    assert periods[15117] == "2014-2019"
    assert periods[4.68] == "2014-2019"
    assert periods[154] == "2014-2019"
    assert periods[99] == "2019"  # a level the years reached: their last year's


def test_a_span_a_source_reports_frames_only_its_own_paragraph(tmp_path: Path) -> None:
    # dev3 r27 (陇县 2025-07 news): `数据显示,2020年至2024年间,…`; the paragraph after is the news' own year
    text = (
        "发布日期:\n2025年07月28日\n陇县“跑”出高质量发展“加速度”\n"
        "数据显示,2020年至2024年间,陇县地区生产总值稳定保持在百亿规模,年均增速达4.25%,展现出强劲的发展韧性。\n"
        "此外,陇县坚持走特色发展之路,奶山羊产业形成完整产业链条,存栏量达57.3万只,全产业链产值突破80亿元。\n"
    )
    periods = _periods(tmp_path, text)
    assert periods[57.3] == "2025"


# dev16 r324 (big5.cctv.com 莘县 2012-03-05, trad): a county secretary at the city's congress session, looking back
# since 2007 in a paragraph with no figure; the paragraph after counts what those years did
_SHENXIAN = (
    "打造油城盐都,建绿色莘县\n"
    "发布时间:2012年03月05日 01:52 | 来源:齐鲁晚报\n"
    "在市十六届人大一次会议上,市人大代表、莘县县委书记朱加云说,要逐步把莘县建成区域商贸物流中心。\n"
    "朱加云说,2007年以来,莘县集中财力建设了一批基础设施工程。县城总体规划不断完善,城市五大功能分区进一步明确。\n"
    "开展农村新居和危房改造工作,启动建设项目74处,建设农村新居2.6万户。五年新修农村公路640公里,投资4亿元。"
    "新建农村集中供水中心26处,农村沼气用户达到3万户。\n"
)


def test_paragraphs_after_the_years_since_one_are_of_those_years(tmp_path: Path) -> None:
    periods = _periods(tmp_path, _SHENXIAN)
    # (said in the first months of 2012: the years up to 2011)
    assert periods[74] == "2007-2011"
    assert periods[2.6] == "2007-2011"  # `建设…` counts things built
    assert periods[640] == "2007-2011"
    assert periods[26] == "2007-2011"
    assert periods[3] == "2011"  # a level reached: the last year's


def test_figures_listed_after_a_clause_done_over_the_years_are_theirs(tmp_path: Path) -> None:
    # dev16 r321: `实施村小组通达公路243公里,3座桥梁、94个贫困村公路安全防护工程`: the bridges go on with `实施`
    text = _YONGSHENG.replace(
        "四是",
        "整合财政涉农资金13832.05万元,实施村小组通达公路243公里,3座桥梁、94个贫困村公路安全防护工程等交通项目建设工程,"
        "城乡道路交通条件实现历史性跨越。四是",
    )
    periods = _periods(tmp_path, text)
    assert periods[243] == "2014-2019"
    assert periods[3] == "2014-2019"


def test_money_raised_and_loans_granted_over_the_years_are_theirs(tmp_path: Path) -> None:
    # dev16 r321 (m.handmsg.com 永胜 2020): `争取…补助资金`, `整合…资金`, `发放…贷款` are flows, not levels
    text = _YONGSHENG + (
        "三是资金有保障。争取中央、云南省、丽江市补助资金15865.6万元实施自然村公路71条238公里。"
        "整合财政涉农资金13832.05万元,发放金融扶贫贷款5.01亿元。\n"
    )
    periods = _periods(tmp_path, text)
    assert periods[15865.6] == "2014-2019"
    assert periods[13832.05] == "2014-2019"
    assert periods[5.01] == "2014-2019"


def test_a_look_back_with_hui_mou_over_a_plan_is_of_its_years(tmp_path: Path) -> None:
    # fresh14 f14_p08 (和县人民政府 2021-01-12, `辉煌“十三五”`): `回眸“十三五”,` reviews the plan's years, as `回首`
    text = (
        "辉煌“十三五” | 产业结构全面优化,现代农业高歌猛进\n"
        "2021-01-12 08:00:00 来源:和县人民政府\n"
        "回眸“十三五”, 全县共完成22.3万亩高标准农田和248.6公里机耕路建设,农业生产基础设施普遍得到改善。"
        "2020年全县粮食播种面积99.4万亩,粮食总产量达7.97亿斤。\n"
    )
    periods = _periods(tmp_path, text)
    assert periods[22.3] == "2016-2020"
    assert periods[248.6] == "2016-2020"
    assert periods[99.4] == "2020"


def test_a_month_setting_the_scene_is_no_part_of_the_year_reported(tmp_path: Path) -> None:
    # dev14 r270 (中国吉林网 乾安 2019-04-23): `4月,春风拂面,…` opens the news; its projects are the year's
    text = (
        "10个5000万元以上项目陆续开工 乾安卯足干劲 奏响春日“三早”协奏曲\n"
        "2019-04-23 10:35 | 来源: 中国吉林网\n"
        "4月,春风拂面,沉睡的黑土地被唤醒,又到了一年中播种希望的时节。就在此刻,乾安大地的农业耕种、项目建设等社会各领域工作全面铺开。\n"
        "目前,已开复工5000万元以上项目10个,其中,新开工项目6个,占比60%;复工项目4个,占比40%。\n"
    )
    periods = _periods(tmp_path, text)
    assert periods[4] == "2019"
    assert periods[40] == "2019"


def test_each_part_of_a_year_listed_before_fen_bie_gives_its_figure_s_period(tmp_path: Path) -> None:
    # dev14 r263 (三河 2020 statistics communique, trad)
    text = (
        "三河市2020年国民经济和社会发展统计公报\n"
        "初步核算,全年全市地区生产总值完成617.1亿元,按可比价格计算,比上年增长4.5%。"
        "分季度看,一季度、上半年、前三季度、全年增速分别为-9.9%、0.5%、3.5%和4.5%,增速逐季走高。\n"
    )
    found = build_one(tmp_path, text).records
    periods = {r.value: r.period for r in found if "分别" in r.text or "季度" in r.text}
    assert periods[-9.9] == "2020Q1"
    assert periods[0.5] == "2020H1"
    assert periods[3.5] == "2020-01~2020-09"


def test_a_year_in_the_name_of_a_programme_a_project_is_listed_in_does_not_date_the_text() -> None:
    # dev15 r302 (m.bus1net.com 长兴, an undated 1-9月 story): `列入2010年中央新增投资项目` names a programme, so `1-9月`
    # names no year the text gives
    text = (
        "记者从县有关部门获悉,今年以来,我县坚持以加快经济转型升级为主线,全县工业投资继续保持平稳较快增长。"
        "1-9月,全县543项工业在建项目完成投资73.89亿元,同比增长19.59%,完成县考核目标的80%。\n"
        "我县一批技术改造项目列入2010年中央新增投资项目,大项目带动作用明显。\n"
    )
    assert text_date(text) == ""
    assert one(records(text, places=("长兴县",)), 73.89).period == ""


def test_a_headline_below_a_sites_menu_is_dated_like_the_body(tmp_path: Path) -> None:
    # dev14 r266 (achie.org 济南高新区 2023-02-06): the headline repeats the body's 2022 figure, under the site's menu
    text = (
        "- 高新院新闻\n- 政策解读\n- 高新区新闻\n"
        "济南高新区:地区生产总值突破1600亿元\n"
        "来源:高新院 achie.org 日期:2023-02-06 点击:次\n"
        "从1月30日召开的济南高新区2023年工作动员大会获悉,2022年,济南高新区地区生产总值突破1600亿元,"
        "固定资产投资同比增长14%。\n"
    )
    found = build_one(tmp_path, text).records
    assert {r.period for r in found if r.value == 1600} == {"2022"}


def test_a_level_reached_in_a_sentence_framed_by_a_past_plan_is_of_its_last_year() -> None:
    # dev6 r107 (zhxpm.cn 台江 party congress 2011-10, trad)
    text = (
        "中共台江县第十一次代表大会隆重召开\n10月29日,中共台江县第十一次代表大会隆重召开。\n"
        "会议全面总结了台江县过去五年的工作,展望十二五期间该县经济社会发展蓝图。十一五期间,全县生产总值达9.7亿元,"
        "财政总收入完成1.004亿元,首次突破亿元大关。全社会固定资产投资完成7.22亿元。\n"
    )
    found = records(text)
    assert one(found, 9.7).period == "2010"
    assert one(found, 1.004).period == "2010"
    assert one(found, 7.22).period == "2006-2010"  # a total over the years


def test_an_area_built_under_a_plan_s_years_is_a_level_of_their_last_year() -> None:
    # dev15 r287 (西丰经济开发区 2023, 十四五 plan's review of the 十三五 years)
    text = (
        "西丰经济开发区“十四五”发展规划\n2023年\n"
        "(一)园区基础设施建设稳步推进。“十三五”期间,园区总体规划面积15.76平方公里,已开发建成面积达到6.39平方公里。"
        "基础设施累计投入资金0.351亿元。\n"
    )
    found = records(text, places=("西丰经济开发区",))
    assert one(found, 6.39).period == "2020"
    assert one(found, 0.351).period == "2016-2020"
