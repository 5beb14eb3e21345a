"""Kind of a figure (target / actual / progress) where the page's words say it: a year's livelihood list under its
quoted brand, shares of the plan set at the year's start, forecasts in news. Sentences are real pages' (address or
split id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one, records, text_date


def _kinds(tmp_path: Path, text: str) -> dict[float, str]:
    return {r.value: r.kind for r in build_one(tmp_path, text).records}


# f17_p05 (53hz.com 金凤区 2025-01): the district's list of the year's livelihood tasks, its brand quoted between
# `民生` and `实事`; every item is a task set for 2025, whatever its verb (`建成`, `完成`).
JINFENG = (
    "最新丨金凤区发布2025年民生“十心”实事!\n1月6日\n金凤区2025年民生 “十心” 实事\n新鲜出炉!\n"
    "01\n交通畅行 “顺心”实事\n▶新增公共停车位800个。\n▶新增公共充电桩1000个。\n"
    "02\n幸福宜居 “舒心”实事\n▶改造老旧小区20个。\n▶建成保障性租赁住房352套。\n"
)


def test_a_livelihood_list_under_its_quoted_brand_sets_the_years_tasks(tmp_path: Path) -> None:
    found = {r.value: r for r in build_one(tmp_path, JINFENG).records}
    assert {found[v].kind for v in (800, 1000, 20, 352)} == {"target"}
    assert found[352].period == "2025"


# dev16 r320 (平利 1-9月, undated): a share of the plan set at the year's start is progress, not a plan.
PINGLI = "平利县1-9月经济运行情况\n1-9月全县国内生产总值完成8.1350亿元,与去年同期相比增长14.9%,占年初计划67.79%。\n"


def test_a_share_of_the_plan_set_at_the_years_start_is_reached(tmp_path: Path) -> None:
    assert _kinds(tmp_path, PINGLI)[67.79] == "actual"


# dev13 r244 (中寧 undated news, traditional): what stands now is reached; `預計今年` forecasts the year the speaker is in.
ZHONGNING = (
    "中寧縣枸杞產業發展紀實\n"
    "目前,全縣枸杞種植面積已達18萬畝,幹果產量達3萬噸,預計今年全縣枸杞實現銷售收入9億元,"
    "農民人均來自枸杞的現金收入達2300多元。\n"
)


def test_a_forecast_of_this_year_in_undated_news_is_a_target(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, ZHONGNING)
    assert kinds[18] == "actual"
    assert kinds[9] == kinds[2300] == "target"


# fresh16 f16_p12 (人民網 孟連 2024-12-04, traditional): the season forecast runs into the next year.
MENGLIAN = (
    "雲南孟連11萬余畝咖啡開採 精品率三連冠\n2024年12月04日15:00 | 來源:人民網-雲南頻道\n"
    "人民網孟連12月4日電 初冬時節,孟連傣族拉祜族佤族自治縣的咖啡陸續成熟並進入採摘期。目前,全縣咖啡種植面積達11.16萬畝。"
    "2024至2025年產季,預計全縣咖啡生豆產量達1.25萬噸,可實現咖啡全產業鏈產值13億余元。\n"
)


def test_a_forecast_of_a_season_past_the_pages_year_is_a_target(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, MENGLIAN)
    assert kinds[11.16] == "actual"
    assert kinds[1.25] == kinds[13] == "target"


# dev15 r306 (长沙县 2017-01-18 news): what the projects signed that day are to yield, `预计可实现` with no time of an
# outcome after `预计`, is still to come; the projects signed are done.
HUANGHUA = (
    "长沙县勇立潮头 朝气蓬勃 铿锵前行\n18.01.2017  15:03\n"
    "2016年12月19日,以“开放崛起·临空领航”为主题的长沙黄花综合保税区(香港)招商推介会在香港会议展览中心举行。"
    "当天,7个项目成功签约,预计可实现进出口额接近9亿美元。全县新增市场主体2.3万户。\n"
)


def test_what_projects_signed_are_to_yield_is_a_target(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, HUANGHUA)
    assert kinds[9] == "target"
    assert kinds[2.3] == "actual"


# fresh17 f17_p19 (礼县 2017): the counts of the national and provincial sets the county was named one of are no
# records of the county's.
LIXIAN = (
    "礼县苹果产业发展情况\n"
    "礼县先后被评为全国32个优质水果生产基地县、60个优质苹果生产重点县和全省5个优质苹果生产重点县及无公害农产品产地之一。"
    "目前礼县苹果面积达51万亩。\n"
)


def test_the_sizes_of_sets_a_county_was_named_one_of_are_no_records(tmp_path: Path) -> None:
    values = {r.value for r in build_one(tmp_path, LIXIAN).records}
    assert values == {51}


# fresh15 f15_p04 (新吴 2023 report, its review of 2022): `努力` as a noun (`方方面面的努力与贡献`) is no intent, and
# makes no target of the review's figures.
XINWU = (
    "六是自身建设在担当作为中得到新淬炼。职责履行更加规范。深入学习贯彻党的二十大精神,不断强化理论武装。"
    "制定完善新吴区政府工作规则,办理落实市、区人大代表建议93件、政协委员提案111件,代表委员满意率再创新高。\n\n"
    "  一年来,全区人民武装和国防动员等工作有了新的进步和发展。\n\n"
    "  各位代表,走过不平凡的2022年,我们深知:新吴经济社会发展取得的每一项成绩,无不包含着方方面面的努力与贡献。\n"
)


def test_effort_as_a_noun_makes_no_target_of_a_review(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, XINWU)
    assert kinds[93] == kinds[111] == "actual"


# fresh17 f17_p20 (新和 news, traditional): a facility's size class (`50萬噸級`) is no figure of the county's.
XINHE = (
    "新和縣簽署50萬錠棉紡項目投資協議\n"
    "新和縣是國家優質棉生產基地,棉花年種植面積近百萬畝,皮棉年產量超15萬噸,"
    "還擁有阿克蘇地區唯一的50萬噸級棉花期貨交割庫,具備支撐百萬錠紡紗產能的資源優勢。\n"
)


def test_a_facilitys_size_class_is_no_record(tmp_path: Path) -> None:
    found = {(r.value, r.unit) for r in build_one(tmp_path, XINHE).records}
    assert (15, "万吨") in found
    assert (50, "万吨") not in found


# fresh13 f13_p12 (永康 2022, traditional): policies issued (`出臺了`) are done, in a text that otherwise plans.
YONGKANG = (
    "永康市正按照“一年掀熱潮、兩年大變樣、三年成趨勢”的總體部署,加壓奮進、迅速行動。\n"
    "完善政策體系,出臺了《五金產業轉型升級攻堅行動方案》、5 大專項工作子方案、7 項支持政策,為五金產業轉型升級提供硬核政策支撐。\n"
    "力爭到2025年,五金產業總產值突破2000億元。\n"
)


def test_policies_issued_are_done(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, YONGKANG)
    assert kinds[7] == "actual"
    assert kinds[2000] == "target"


# fresh17 f17_p18 (tea.hkzww.com 福安, an undated profile): a stock told plainly at a year's end dates the text to that
# year's end at the earliest; the year's figures are reached, though a strategy set years before says `每年`.
FUAN = (
    "生产情况 2006年,福安市委、市政府成立了茶业发展领导小组,并定下了“五个一”战略工程,即打造一个公共品牌;"
    "每年新植高香型茶树良种子1万亩;每年举办一届茶事活动。 2014年底,福安市登记注册的茶叶加工企业有263家,"
    "年产值500万元人民币以上的规模企业40多家。 2014年,福安全市毛茶产量达2.82万吨,产值15.8亿元。\n"
)


def test_a_stock_told_at_a_years_end_is_reached(tmp_path: Path) -> None:
    assert text_date(FUAN) == "2014-12"
    kinds = _kinds(tmp_path, FUAN)
    assert kinds[263] == kinds[2.82] == kinds[15.8] == "actual"


def test_a_year_end_to_reach_by_dates_nothing(tmp_path: Path) -> None:
    assert text_date(FUAN.replace("2014年底,", "到2014年底,")) == "2014"


# fresh16 f16_p14 (西江日报 懷集 2019 news): the year a plan builds on (`在去年的基础上`) is neither the figure's time nor a
# look back.
HUAIJI = (
    "西江日报讯(记者 刘浩辉) 记者昨日获悉,怀集县蔬菜产业园成功入选2019年第二批省级现代农业产业园名单。\n"
    "据悉,广东今年将在去年的基础上,继续投入25亿元,支持新建50个省级产业园,到2020年还将再新建50个。\n"
)


def test_the_year_built_on_is_not_the_figures_time(tmp_path: Path) -> None:
    found = {r.value: r for r in records(HUAIJI, date="2019-06-20")}
    assert found[25].period == "2019"


def test_the_year_built_on_is_no_look_back(tmp_path: Path) -> None:
    found = {r.value: r for r in records(HUAIJI, date="2019-06-20")}
    assert found[25].kind == "target"


# fresh14 f14_p19 (長洲 2016-04, projects newly started, traditional): the capacity a project described is to give is
# still to come; one a project built gave is reached.
CHANGZHOU = (
    "长洲区新开工项目30个\n2016-04-12\n"
    "相关资料显示,在新开工8项工业项目中,一半为企业技改项目。其中,信昌电声配件技改项目总投资1.5亿元,"
    "建设自动电泳生产线一条,实现年涂覆加工五金电声配件8000万件的生产力;20辊轧机技术改造项目,该项目总投资12000万元,"
    "通过购置安装超高精度20辊轧机进行全自动生产线的技术升级改造,实现年产超高精度冷轧优质钢带制品5000吨的生产能力。\n"
)


def test_the_capacity_a_project_is_to_give_is_a_target(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, CHANGZHOU)
    assert kinds[8000] == kinds[5000] == "target"
    built = CHANGZHOU.replace("实现年产超高精度", "项目已建成投产,实现年产超高精度")
    assert _kinds(tmp_path / "built", built)[5000] == "actual"


# dev15 r285 (吉木萨尔 2024 news, traditional): a red line to hold is a bound set, in news that reports.
JIMUSAER = (
    "吉木薩爾縣:穩糧擴經促增收\n2024-03-12\n"
    "當前,吉木薩爾縣把糧食安全作為“三農”工作的頭等大事和首要任務來抓,實行“長牙齒”的耕地保護硬措施,"
    "嚴守49.91萬畝耕地紅線,堅決遏制耕地“非農化”“非糧化”。2023年,全縣糧食播種面積達到31.2萬畝。\n"
)


def test_a_red_line_to_hold_is_a_target(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, JIMUSAER)
    assert kinds[49.91] == "target"
    assert kinds[31.2] == "actual"


# dev16 r319 (甘州 2026 report, its review of 2025): the line held in a year over is the outcome.
GANZHOU = "甘州区政府工作报告\n2026年1月8日\n一、2025年工作回顾\n过去一年,我们坚决扛牢粮食安全责任,守牢155.1万亩耕地红线。\n"


def test_a_red_line_held_in_a_review_is_reached(tmp_path: Path) -> None:
    assert _kinds(tmp_path, GANZHOU)[155.1] == "actual"


# dev14 r270 (中国吉林网 乾安 2019-04-23 news): projects starting one after another are told as done, in a text that
# otherwise sets the year's plan; those that will start are not.
QIANAN = (
    "10个5000万元以上项目陆续开工 乾安卯足干劲\n2019-04-23 10:35 | 来源: 中国吉林网\n"
    "2019年全县计划完成固定资产投资21.5亿元,同比增长6%;全年计划实施5000万元以上项目20个。"
    "今年,乾安县铁科高速公路项目建设、博瑞现代农业产业园三期项目等10个5000万元以上大项目陆续复工。"
    "下一步,还将有8个项目陆续开工。\n"
)


def test_projects_starting_one_after_another_are_done(tmp_path: Path) -> None:
    kinds = _kinds(tmp_path, QIANAN)
    assert kinds[10] == "actual"
    assert kinds[21.5] == kinds[20] == kinds[8] == "target"


# fresh14 f14_p14 (黄梅 2019 news): the size of each unit names the units; their count and the farm's size are records.
HUANGMEI = (
    "黄梅县风电项目并网发电\n2019-03-20\n"
    "据悉,丰华能源一期招云寨风电项目总投资4亿元,总装机规模38兆瓦,拥有安装19台单机容量2000千瓦的风力发电机组,"
    "去年3月已并网发电。\n"
)


def test_the_size_of_each_unit_is_no_record(tmp_path: Path) -> None:
    found = {(r.value, r.unit) for r in build_one(tmp_path, HUANGMEI).records}
    assert (19, "台") in found and (38, "兆瓦") in found
    assert (2000, "千瓦") not in found


# fresh16 f16_p15 (平江 2024-11 news, traditional): the villagers of the opening scene are no record; the base's yield is.
PINGJIANG = (
    "平江:七十三萬多畝油茶林 年綜合產值約二十二億元\n發布時間: 2024-11-01 11:32\n"
    "  金秋時節,平江縣余坪鎮深坑村國豐油茶基地,10多名村民趁著晴好天氣采摘茶油果。"
    "全县已有油茶林面積73.4萬畝。\n"
)


def test_the_people_of_a_news_scene_are_no_record(tmp_path: Path) -> None:
    found = {(r.value, r.unit) for r in build_one(tmp_path, PINGJIANG).records}
    assert (73.4, "万亩") in found
    assert not any(unit == "名" for _, unit in found)
