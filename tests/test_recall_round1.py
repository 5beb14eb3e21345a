"""Figures the reader used to miss on real pages: units of count and measure, 万亿 as written, barred tables."""

from __future__ import annotations

from bot.ingest.numbers import find_quantities
from tests.ingest_helpers import one, records


def _read(clause: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.cmp) for q in find_quantities(clause)]


# --- 宗: projects and land parcels as Guangdong and Hainan count them ---


def test_projects_counted_in_zong() -> None:
    # yhser.com 惠东县 2024 重点项目 1-4月 (traditional script)
    found = records(
        "惠東縣2024年1-4月重點項目建設情況\n"
        "2024年,我縣安排重點項目91宗,總投資1964.4億元,年度投資計劃304億元。1-4月,完成投資96.4億元。"
        "其中續建項目35宗,完成投資47.7億元;計劃投產項目17宗,完成投資16.1億元。"
    )
    assert {(r.value, r.unit) for r in found if r.unit == "宗"} == {(91, "宗"), (35, "宗"), (17, "宗")}
    assert one(found, 91).region == "惠东县"


def test_land_parcels_in_zong_but_not_religion() -> None:
    # r159 白沙黎族自治县 2025 report: `累计出让土地19宗`; r163 大亚湾 2024: `24宗已投产项目实现全面达产`
    assert _read("累计出让土地19宗") == [(19, "宗", "=")]
    assert _read("恒力石化PTA、忠信苯酚丙酮等24宗已投产项目实现全面达产") == [(24, "宗", "=")]
    assert _read("尊重群众宗教信仰,宗旨意识") == []


# --- 斤 and the symbols of concentration ---


def test_grain_in_jin() -> None:
    # r149 北林区 2025 report: `粮食产量实现26.92亿斤,增产0.94亿斤`
    assert _read("粮食产量实现26.92亿斤") == [(26.92, "亿斤", "=")]
    assert _read("增产0.94亿斤") == [(0.94, "亿斤", "=")]
    assert _read("新增粮食产能5000万公斤") == [(5000, "万公斤", "=")]  # 公斤 stays whole


def test_concentration_in_symbols() -> None:
    # r166 芙蓉区 report: `PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3`
    assert _read("PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3") == [(47, "μg/m3", "<"), (61, "μg/m3", "<")]
    assert _read("细颗粒物浓度降至35µg/m³") == [(35, "µg/m³", "=")]


def test_electricity_in_du_needs_its_magnitude() -> None:
    # r31 贞丰县 2010 1-7月: `发电量13.56亿度,增加8.6倍`; a bare `25度` is a slope or a temperature
    assert _read("发电量13.56亿度,增加8.6倍") == [(13.56, "亿度", "="), (8.6, "倍", "=")]
    assert _read("节约用电500万度") == [(500, "万度", "=")]
    assert _read("退耕坡度25度以上的耕地") == []


# --- 万亿 as written (RECORDS.md: the unit as written) ---


def test_wanyi_kept_as_written() -> None:
    # r157 西城区 2025 interview: `驻区资管机构管理资产规模超17.5万亿元` is 17.5 万亿元, not 175000 亿元
    found = records("北京市西城区:2024年驻区资管机构管理的资产规模超17.5万亿元。", date="2025-01-20")
    record = one(found, 17.5)
    assert (record.unit, record.cmp) == ("万亿元", ">")


def test_bare_wanyi_crossed_is_one_wanyi() -> None:
    # u04 佛山 interviews: `南海规上工业总产值力争突破万亿元`; a class (`万亿元级`) is none
    assert _read("南海规上工业总产值力争突破万亿元") == [(1, "万亿元", ">")]
    assert _read("打造万亿元级产业集群") == []


# --- a table written one cell to a line, each cell closed by a bar ---

_BARRED = (
    "洋縣人民政府\n關于印發洋縣2024年十大民生實事項目的通知\n洋縣人民政府\n2024年4月2日\n附件:\n|\n"
    "洋縣2024年十大民生實事項目清單 |\n||||||\n|\n"
    "序號 |\n項目名稱 |\n建設地點 |\n建設時間 |\n2024年建設內容 |\n年度投資金額 (萬元) |\n責任單位 |\n|\n"
    "1 |\n洋縣中小學幼兒園基礎設施提升改造項目 |\n相關鎮 (街道) |\n2024 |\n"
    "對馬暢中小、湑水中小、茅坪學校等學校運動場地進行改造。 |\n300 |\n教體局 |\n|\n"
    "2 |\n高標準農田建設項目 |\n謝村鎮 |\n2024 |\n"
    "實施田塊整治500畝,修復堰塘1座。 |\n4930 |\n農業農村局 |\n"
)


def test_barred_table_cells_take_the_column_unit_and_the_row_project() -> None:
    # r158 洋县 2024 十大民生实事项目清单 (xyx.gov.cn, traditional script): the investment column's bare figures
    found = records(_BARRED)
    school, farmland = one(found, 300), one(found, 4930)
    assert (school.unit, school.indicator, school.text) == ("万元", "年度投资金额", "300")
    assert school.subject == "洋县中小学幼儿园基础设施提升改造项目"
    assert (farmland.unit, farmland.subject, farmland.kind, farmland.period) == (
        "万元",
        "高标准农田建设项目",
        "target",
        "2024",
    )
    assert one(found, 500).unit == "亩"  # the content cell still reads as text
    assert one(found, 500).subject == "高标准农田建设项目"  # ... and its figures are its row's project's
    assert not [r for r in found if r.value in (1, 2) and r.unit == "万元"]  # serial numbers are no figures
    assert not [r for r in found if r.value == 2024]  # nor the column of years


# --- a change stated in the unit of the level before it ---


def test_increase_after_a_level_in_its_unit() -> None:
    # r152 和硕县 2017 report (traditional script): `農牧民人均純收入達16260元,增加1024元`
    found = records("和硕县2017年政府工作报告\n2016年,全县农牧民人均纯收入达16260元,增加1024元。")
    increase = one(found, 1024)
    assert (increase.unit, increase.indicator, increase.text) == ("元", "农牧民人均纯收入增加", "增加1024元")
    # r149 北林区 2025 report: `粮食产量实现26.92亿斤,增产0.94亿斤`
    found = records(
        "北林区政府工作报告\n——现代农业质效提升。粮食产量实现26.92亿斤,增产0.94亿斤,实现“二十一连丰”。"
    )
    assert one(found, 0.94).indicator == "粮食产量增产"


def test_a_second_level_of_another_unit_is_not_a_change() -> None:
    # the rule needs the level's own unit: `…达16260元,增加1024人` names no change of the income
    found = records("和硕县2017年政府工作报告\n2016年,全县农牧民人均纯收入达16260元,增加1024人。")
    assert not [r for r in found if r.value == 1024 and r.indicator.startswith("农牧民人均纯收入")]


# --- a label, its colon, then its figure ---


def test_label_then_colon_then_figure() -> None:
    # wnwk.com 2023 县域经济考核指标目标任务: `2、规模以上工业增加值:增长8%(依据区人代会目标设置,…)`
    found = records(
        "萧山区2023年县域经济考核指标目标任务状况汇报\n"
        "2、规模以上工业增加值:增长8%(依据区人代会目标设置,高于省、市7.5%平均水平),责任单位为区经信局;"
    )
    rate = one(found, 8)
    assert (rate.indicator, rate.unit) == ("规模以上工业增加值增速", "%")
    assert rate.text.startswith("增长8%")  # the clause after the colon


def test_label_names_the_level_after_it() -> None:
    found = records("萧山区2023年主要指标\n一般公共预算收入:完成12.5亿元,增长5%。固定资产投资: 162亿元。")
    assert (one(found, 12.5).indicator, one(found, 5).indicator) == (
        "一般公共预算收入",
        "一般公共预算收入增速",
    )
    assert one(found, 162).indicator == "固定资产投资"


def test_a_speaker_is_no_label() -> None:
    # an interview's `记者:` names who speaks, not an indicator
    found = records("萧山区2023年访谈\n记者:今年全县完成投资10亿元。")
    assert one(found, 10).indicator == "投资"


def test_one_line_project_list_rows_name_their_figures_project() -> None:
    # the same model on a `|` table written one row a line
    found = records(
        "某县2024年重点项目计划\n"
        "| 序号 | 项目名称 | 建设内容 | 2024年计划投资(万元) |\n"
        "| 1 | 城东污水处理厂扩建工程 | 新增日处理能力2万吨 | 5600 |\n"
        "| 2 | 县人民医院综合楼项目 | 新建床位300张 | 8000 |\n",
        places=("洋县",),
    )
    plant, hospital = one(found, 5600), one(found, 8000)
    assert (plant.indicator, plant.unit, plant.subject) == ("计划投资", "万元", "城东污水处理厂扩建工程")
    assert plant.period == "2024"  # the column's year
    assert hospital.subject == "县人民医院综合楼项目"
    assert one(found, 300).subject == "县人民医院综合楼项目"


def test_statistics_table_rows_are_no_projects() -> None:
    # `| 指标 | … |`: the row names an indicator, not a project; its figures keep no subject
    found = records(
        "洋县2023年主要指标\n| 指标 | 单位 | 完成 | 增长(%) |\n| 地区生产总值 | 亿元 | 120.5 | 6.5 |\n"
    )
    assert (one(found, 120.5).indicator, one(found, 120.5).subject) == ("地区生产总值", "")


def test_same_below_aside_between_verb_and_rate() -> None:
    # nec-driver.com 新兴县 2023 report: `预计全县实现地区生产总值318亿元,同比增长(下同)2.5%`
    found = records(
        "新兴县2023年政府工作报告\n2022年,预计全县实现地区生产总值318亿元,同比增长(下同)2.5%;固定资产投资总额增长8.6%。"
    )
    assert one(found, 2.5).indicator == "地区生产总值增速"
    assert one(found, 8.6).indicator == "固定资产投资总额增速"
