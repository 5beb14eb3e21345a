"""Rosters of projects, progress shares, rates, multiples and streaks as the labelling calls of the sixteenth round
read them (tests/real/README.md, 'Calls settled in the sixteenth round'), on real sentences."""

from __future__ import annotations

from tests.ingest_helpers import one, records


def test_a_years_roster_told_before_the_year_is_over_is_the_years_plan() -> None:
    # r174 陵水 2019-04 (dev10), http://www.zgzxcmw.com/lingshui/65863.html: the roster and its split by stage
    found = records(
        "本报椰林4月25日电 2019年,陵水安排政府投资项目185个,其中新开工项目114个,"
        "续建项目71个,总投资179.1亿元,年度计划投资27.7亿元。截至3月,完成投资4.3亿元。",
        date="2019-04-26",
    )
    assert {(r.value, r.kind) for r in found if r.value in (185, 114, 71, 179.1, 27.7)} == {
        (185, "target"),
        (114, "target"),
        (71, "target"),
        (179.1, "target"),
        (27.7, "target"),
    }
    assert one(found, 4.3).kind == "actual"  # what was done by March
    # r176 寿阳 2022-03 (dev10), https://juheguoji.com/kxdb/show.php?itemid=2934: a roster drawn up, its split by class;
    # the projects the ceremony started are done
    found = records(
        "寿阳县2022年重点项目集中开工。全年共谋划重点建设项目129个,总投资536.7亿元,年度计划投资117.2亿元,"
        "其中产业类66个、基础设施类30个、民生类33个。此次活动有41个项目集中开复工。",
        date="2022-03-08",
    )
    assert [one(found, v).kind for v in (129, 536.7, 66, 30, 33)] == ["target"] * 5
    assert one(found, 41).kind == "actual"
    assert one(found, 66).indicator == "产业类重点建设项目"  # a class of the roster, named with it


def test_a_roster_done_so_far_or_reviewed_stays_achieved() -> None:
    # r181 天祝 2023 (dev10), seetao.com: `2023年以来…谋划实施…179个`, done so far
    found = records(
        "天祝县2023年重大项目集中开工。2023年以来,天祝县准确把握三新一高要求,全力以赴抓项目、扩投资、拼经济,"
        "谋划实施高质量发展重大项目179个,总投资198亿元,年内计划完成投资73亿元。",
        date="2023-05-10",
    )
    assert one(found, 179).kind == "actual"
    # r09 郏县 2024 work report (dev3): the roster of the year reviewed
    found = records(
        "郏县政府工作报告。过去一年,项目建设稳固有力。谋划实施制造业高质量发展项目71个,全市第一。",
        date="2024-01-20",
    )
    assert one(found, 71).kind == "actual"
    # r35 晋安 1-12月 report (dev4), fzja.gov.cn, read with no date: a year-end report's roster reports the year
    found = records(
        "一、1-12月重大投资项目(省重点项目)总体情况\n省重点项目共9项,总投资171.19亿元,年度计划投资23.5亿元,"
        "1-12月累计完成投资33.76亿元,占年度计划投资144%,超序时进度44%。",
        places=("晋安区",),
    )
    assert [one(found, v).kind for v in (9, 171.19, 23.5)] == ["actual", "actual", "target"]
    assert one(found, 144).indicator == "省重点项目累计完成投资占年度计划比例"


def test_progress_against_a_plan_is_named_as_a_share_of_it() -> None:
    # f15_p05 荔城 2022 plan-execution report (fresh15), http://www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm
    found = records(
        "荔城区2022年国民经济和社会发展计划执行情况。初步预计,荔城地区生产总值635亿元,完成年计划710亿元的89.4%,"
        "增长2.0%。其中,第一产业增加值18亿元,完成年计划18亿元的100%,增长3.5%。",
        date="2023-04-21",
    )
    assert one(found, 89.4).indicator == "地区生产总值完成年计划比例"
    assert one(found, 100).indicator == "第一产业增加值完成年计划比例"
    assert one(found, 89.4).canonical == ""
    # r288 辽河经开区 Q1 (dev15), http://hot.ddnet.1s.cn/hot/20230602/15172.html
    found = records(
        "今年一季度,营口辽河经济开发区固定资产投资2.5亿元,同比增长25%,完成年计划的25.8%;税收收入7123万元,"
        "完成年计划的26.4%。",
        places=("营口辽河经济开发区",),
    )
    assert one(found, 25.8).indicator == "固定资产投资完成年计划比例"
    assert one(found, 26.4).indicator == "税收收入完成年计划比例"
    # r36 增城 2022 (dev4), https://www.71396.com/a/15-1676354678707862.html: the works' progress, `完成` said once
    found = records(
        "2022年,增城区把重大项目建设作为促投资稳增长的重要抓手。\n"
        "产业建设领域,增城区62个产业项目完成投资124.8亿元,完成年度计划的98.8%。",
        date="2023-02-14",
    )
    assert one(found, 98.8).indicator == "产业项目完成年度计划比例"


def test_a_communiques_bare_birth_and_death_rates_name_the_population() -> None:
    # r274 高昌 2023 communique (dev14), http://sjzyihang.com/forum.php?extra=page%3D2&mod=viewthread&tid=81384
    found = records(
        "2023年吐鲁番市高昌区国民经济和社会发展统计公报。年末全区常住人口31.81万人,其中,城镇常住人口15.14万人。"
        "城镇化率为47.60%。全年出生率6.93‰;死亡率6.62‰。",
        places=("高昌区",),
    )
    assert one(found, 6.93).indicator == "人口出生率"
    assert one(found, 6.62).indicator == "人口死亡率"
    assert (one(found, 6.93).kind, one(found, 6.93).canonical) == ("actual", "")
    # f14_p07 平原 yearbook (fresh14), https://shandong-chorography.org/database/d00/section/25/article/331/
    found = records("平原县人口。人口出生率12.61‰,死亡率10.8‰,自然增长率1.81‰。", places=("平原县",))
    assert [(r.indicator, r.value) for r in found] == [
        ("人口出生率", 12.61),
        ("人口死亡率", 10.8),
        ("人口自然增长率", 1.81),
    ]


def test_a_multiple_of_a_base_year_is_the_compared_levels_year_and_its_growth_the_levels() -> None:
    # r289 高青 2021 work report (dev15), http://www.gaoqing.gov.cn/ (十三五 review)
    found = records(
        "高青县政府工作报告。一、十三五时期及2020年工作回顾\n"
        "十三五时期是全县积极主动适应新常态的五年。五年来,全县上下牢牢扭住发展第一要务。预计2020年,全县地区生产总值"
        "同比增长5%;城镇和农村居民人均可支配收入分别是2015年的1.4倍、1.6倍,年均增长7.1%9.2%;金融机构存贷款余额分别"
        "达到213亿元、161亿元,分别是2015年的1.7倍、1.3倍,年均增长11%6%\n",
        date="2021-01-20",
        places=("高青县",),
    )
    assert (one(found, 1.4).indicator, one(found, 1.4).period) == (
        "城镇居民人均可支配收入是2015年的倍数",
        "2020",
    )
    assert (one(found, 1.3).indicator, one(found, 1.3).period) == ("金融机构贷款余额是2015年的倍数", "2020")
    assert (one(found, 7.1).indicator, one(found, 7.1).period) == (
        "城镇居民人均可支配收入年均增速",
        "2016-2020",
    )
    assert one(found, 9.2).indicator == "农村居民人均可支配收入年均增速"


def test_a_streak_is_the_rank_held_over_the_years_up_to_the_texts() -> None:
    # r46 芜湖经开区 2022 (dev2), http://6dgww.com/Article/15667090.html: `连续19年`, `连续10年`
    found = records(
        "芜湖经开区2022年工作总结。2022年,经开区实现规模以上工业产值2220亿元,增长18.7%。\n"
        "二是重点企业快速成长。奇瑞汽车连续19年位居中国品牌乘用车出口第一,美的集团位居中国家电行业第一,"
        "人本集团连续10年产销量在全国轴承企业中排名第一。\n",
        date="2022",
        places=("芜湖经济技术开发区",),
    )
    ranks = {r.period: r.indicator for r in found if r.unit == "名次"}
    assert ranks["2004-2022"] == "中国品牌乘用车出口排名"
    assert "2013-2022" in ranks


def test_a_total_after_a_lists_parts_is_the_whole_lists() -> None:
    # r174 陵水 2019-04 (dev10): `其中` two parts, then the total of all 185 projects
    found = records(
        "本报椰林4月25日电 2019年,陵水安排政府投资项目185个,其中新开工项目114个,续建项目71个,总投资179.1亿元,"
        "年度计划投资27.7亿元。",
        date="2019-04-26",
    )
    assert one(found, 179.1).indicator == "政府投资项目总投资"
    # f14_p19 长洲 2016 (fresh14), http://m.sznew888.cn/content/2016-05/08/content_188789.htm: after one part, the part's
    found = records(
        "梧州日报讯 记者从长洲区获悉。在集中开竣工项目中,涉及生态乡村旅游建设项目七项,其中新开工项目四项,"
        "总投资16590万元,年度计划投资5340万元。",
        date="2016-05-08",
    )
    assert one(found, 16590).indicator == "新开工项目总投资"


def test_a_part_of_the_roster_with_its_own_planned_investment_is_planned() -> None:
    # f15_p12 富县 2017-03 (fresh15): the projects the ceremony started are done; the part given its year's planned
    # investment in its own clause is the year's plan
    found = records(
        "延安市富县2017年重点项目3月15日集中开工推进会在富县田厢村移民搬迁安置点举行。该县全年确定实施重点项目69个,"
        "总投资461.5亿元;此次集中开复工50个重点项目,当年计划投资111.9亿元,其中11个市级重点项目当年计划投资97.6亿元。",
        date="2017-03-16",
        places=("富县",),
    )
    assert [one(found, v).kind for v in (69, 50, 11)] == ["target", "actual", "target"]


def test_a_multiple_of_a_quoted_plans_years_is_named_and_dated_by_them() -> None:
    # r199 静海 2016 work report (dev11, traditional): a five-year total compared with the plan before's
    found = records(
        "静海区政府工作报告。五年来,我们致力于稳增长。加大各项投入,2015年全社会固定资产投资690亿元,五年累计完成2507亿元,"
        "是“十一五”的3.8倍,初步构建了空间格局。",
        date="2016-01-20",
        places=("静海区",),
    )
    multiple = one(found, 3.8)
    assert multiple.indicator.endswith("是十一五的倍数") and multiple.period == "2011-2015"
    # ... and multiples given `分别` after levels stated on both sides of a `;` are theirs, in order
    found = records(
        "静海区政府工作报告。五年来,我们致力于稳增长。预计2015年实现生产总值650亿元,年均增长15.2%;公共财政收入59.3亿元,"
        "年均增长31.7%,分别是“十一五”末的2.3倍和4.2倍,超额完成“十二五”任务。",
        date="2016-01-20",
        places=("静海区",),
    )
    assert (one(found, 2.3).indicator, one(found, 4.2).indicator) == (
        "生产总值是十一五末的倍数",
        "公共财政收入是十一五末的倍数",
    )
    # r286 甘谷 (dev15, traditional, undated): `是“十一五”时期的6倍`
    found = records("该县累计实施重点项目457个,完成投资332亿元,是“十一五”时期的6倍。", places=("甘谷县",))
    assert one(found, 6).indicator == "重点项目完成投资是十一五时期的倍数"


def test_a_first_place_held_again_is_a_streaks_rank() -> None:
    # r306 长沙县 news of 2017-01 (dev15): `连续三年蝉联…榜首` before the paragraph looks back on 2016
    found = records(
        "长沙县2016年经济社会发展综述\n18.01.2017  15:03\n"
        "星沙时报/星沙新闻网1月18日讯 全国县域经济基本竞争力、中国中小城市综合实力百强排名中分别位列第7位、第6位;"
        "连续三年蝉联中国十佳“两型”中小城市榜首;成功获评全国“书香城市”(区县级)……回望2016,长沙县一路争先进位,"
        "硕果累累。\n",
        date="2017-01-18",
        places=("长沙县",),
    )
    first = one(found, 1)
    assert (first.unit, first.kind, first.period) == ("名次", "actual", "2014-2016")


def test_progress_against_a_plan_with_no_de_before_the_share() -> None:
    # f13_p12 永康 2022 (fresh13), http://m.zgkjsz.com/page/2022/1031/14032603.shtml
    found = records(
        "永康市全面打好低效整治组合拳。截至6月底,拆除面积845亩,完成年度任务47%。", places=("永康市",)
    )
    assert one(found, 47).indicator == "拆除面积完成年度任务比例"
    # f15_p15 枞阳 1-11月 (fresh15): after a `;`, the share of the year's target is the level's stated before it
    found = records(
        "枞阳在线消息 1-11月,全县规模工业累计完成产值96.02亿元,同比增长23%,可比增长28%;占年度目标95%,超时序进度3个百分点。",
        places=("枞阳县",),
    )
    assert one(found, 95).indicator == "规模工业产值占年度目标比例"


def test_the_verb_that_draws_projects_in_names_their_count() -> None:
    # r112 鄱阳 interview (dev7): `今年我们谋划了…等163个重点建设项目`, a roster told before the year is over
    found = records(
        "“今年我们谋划了工业、城建、旅游、文化、农业、基础设施、民生等163个重点建设项目,项目总投资近200亿元。”",
        places=("鄱阳县",),
    )
    assert (one(found, 163).indicator, one(found, 163).kind) == ("谋划重点建设项目", "target")
    # r101 天府新区 2022 (dev6, traditional): `引进15个文创项目`
    found = records("四川天府新区2021年引进15个文创项目、协议投资191亿元。", places=("四川天府新区",))
    assert one(found, 15).indicator == "引进文创项目"


def test_ranks_in_lists_given_fen_bie_and_streaks_given_fen_bie() -> None:
    # r306 长沙县 news of 2017-01 (dev15): each list's rank, and one first place held over two streaks is two records
    found = records(
        "长沙县2016年经济社会发展综述\n"
        "“十三五”开局之年,长沙县全年预计完成地区生产总值1350亿元,增长10%。在全国县域经济基本竞争力、中国中小城市综合实力"
        "百强排名中分别位列第7位、第6位,分别连续3年和连续5年位列中西部第一。\n",
        date="2017-01-18",
        places=("长沙县",),
    )
    ranks = sorted((r.indicator, r.value, r.period) for r in found if r.unit == "名次")
    assert ranks == [
        ("中国中小城市综合实力百强中西部排名", 1, "2012-2016"),
        ("中国中小城市综合实力百强排名", 6, "2016"),
        ("全国县域经济基本竞争力中西部排名", 1, "2014-2016"),
        ("全国县域经济基本竞争力排名", 7, "2016"),
    ]


def test_a_regions_target_is_not_a_districts() -> None:
    # r190 阿克苏 2024-07 (dev11, traditional): `完成地区目标任务283亿元的39.43%`
    found = records(
        "1-5月,阿克苏市执行招商引资项目122个,完成地区目标任务283亿元的39.43%,同比增长23.15%。",
        date="2024-07-18",
        places=("阿克苏市",),
    )
    assert one(found, 39.43).indicator.endswith("完成地区目标任务比例")
