"""Names, figures and facts that are not records, round 16: rules found on real pages (dev9 and freshly swept ones).
Each test quotes the real text; the page's address is in a comment."""

from __future__ import annotations

from tests.ingest_helpers import records

# --- a task table's progress column, flattened one cell to a line ------------------------------------------------------

# cangnan.gov.cn 苍南县 2022年度市县民生实事未完成项目进度表 (dev9 r164): each row's `当前进度` is that task's progress
_PROGRESS_TABLE = """2022年度市县民生实事未完成项目进度表(截至10月31日)

序号

项目内容

当前进度

牵头单位

备注

1

新(改、扩)建公办园5所,新增公办幼儿学位1000个。

80%(新区实验幼儿园进度滞后)

县教育局

市民生实事

2

建设四好农村路55公里。

95%

县交通局

县民生实事

3

建成投用沿浦、宜山、莒溪、炎亭、望里、赤溪、岱岭、灵溪浦亭等8家卫生院

98%

县卫健局

县民生实事

4

打通县城人民大道(苍南大道至山海大道)等12条断头路。

88%(灵溪镇园区六路、金乡镇四好农村路推进缓慢)

县住建局

县民生实事
"""


def test_a_progress_column_gives_each_task_its_progress():
    found = records(_PROGRESS_TABLE, date="2022-12-14", places=("苍南县",))
    progress = {r.value: r.indicator for r in found if r.unit == "%"}
    assert progress == {
        80: "新建公办园进度",
        95: "建设四好农村路进度",
        98: "建成投用卫生院进度",
        88: "打通断头路进度",
    }
    assert {r.kind for r in found if r.unit == "%"} == {"actual"}


def test_a_progress_column_is_no_growth_rate():
    found = records(_PROGRESS_TABLE, date="2022-12-14", places=("苍南县",))
    assert not [r for r in found if r.indicator.endswith("增速")]


def test_a_serial_and_a_percentage_outside_such_a_table_name_nothing():
    # the same cells with no progress column: the bare percentage has no name and gives no record
    text = _PROGRESS_TABLE.replace("当前进度", "完成情况")
    assert not [r for r in records(text, date="2022-12-14", places=("苍南县",)) if r.unit == "%"]


# --- years written in Chinese digits -----------------------------------------------------------------------------------


def test_a_year_in_chinese_digits_is_read_as_a_year():
    from bot.ingest.normalize import normalize

    # same length: offsets into the page are unchanged
    assert normalize("二〇二三年，全县").text == "2023年,全县"
    assert normalize("於一九九三年撤縣").text.startswith("于1993年")
    found = records("二〇二三年，全县实现地区生产总值120.5亿元。", date="2024-02-01", places=("苍南县",))
    (gdp,) = [r for r in found if r.value == 120.5]
    assert gdp.period == "2023"


def test_a_longer_chinese_number_before_a_year_word_is_left_alone():
    from bot.ingest.normalize import normalize

    assert normalize("十一九九三年").text == "十一九九三年"
    assert normalize("一九九三").text == "一九九三"


# --- a farm's herd in its project's name -------------------------------------------------------------------------------


def _figures(text: str) -> set[tuple[float, str]]:
    return {(r.value, r.unit) for r in records(text, date="2021-10-20", places=("石门县",))}


def test_a_herd_in_a_farm_projects_name_is_no_record():
    # dev9 r161 石门县 2021 news: the farm's 6000 sows and the chain's million pigs name the project
    text = "投资2亿元的正大集团乌木溪6000头种猪场项目,该项目位于石门县维新镇观峰山村,建成后年产值可达7.2亿元,提供就业岗位60个。"
    assert _figures(text) == {(2, "亿元"), (7.2, "亿元"), (60, "个")}
    text = "县委副书记在维新镇出席正大集团石门100万头生猪产业链乌木溪6000头种猪场项目开工仪式并宣布项目开工。"
    assert _figures(text) == set()


def test_a_herd_counted_is_still_a_record():
    assert _figures("全年生猪出栏12万头,新建万头猪场3个。") == {(12, "万头"), (3, "个")}
    assert _figures("全县生猪存栏6000头,牛存栏3000头。") == {(6000, "头"), (3000, "头")}


def test_a_herd_before_a_project_or_park_name_is_no_record_whatever_follows():
    # m.ikaaw.com/news/show.php?itemid=29728 天全 (traditional script): the project's total investment follows its name
    text = "天全150萬頭生豬養殖產業化發展項目總投資約43億元,分三個階段進行建設。"
    assert {(r.value, r.unit) for r in records(text, date="2021-07-03", places=("天全县",))} == {(43, "亿元")}
    # cofeed.com/pig/20054253477.html 黔江: a park named by its herd; the sows it will keep are a record
    text = "黔江区将在新华乡建一个30万头现代生猪农业产业园。建成后,计划养殖能繁母猪1.2万头。"
    assert {(r.value, r.unit) for r in records(text, date="2020-05-01", places=("黔江区",))} == {
        (1.2, "万头")
    }


# --- canonical names -----------------------------------------------------------------------------------------------------


def test_licensed_construction_and_herdsmens_income_are_the_common_indicators():
    from bot.vocabulary import canonical_of

    # dev9 r163 大亚湾 2024 (`全年实现资质建筑业总产值121.3亿元,增长16.8%`), r152 和硕 2017 (`农牧民人均纯收入达16260元`)
    assert canonical_of("资质建筑业总产值", "亿元") == "建筑业总产值"
    assert canonical_of("资质建筑业总产值增速", "%") == "建筑业总产值增速"
    assert canonical_of("农牧民人均纯收入", "元") == "农民人均纯收入"
    assert canonical_of("农牧民人均可支配收入", "元") == "农村居民人均可支配收入"


# --- a goals' intro run into the first goal ------------------------------------------------------------------------------


def test_the_goals_intro_is_no_part_of_the_first_goals_name():
    # dev9 r166 芙蓉区 work report
    text = "今年全区经济社会发展主要预期目标是地区生产总值增长7.5%以上,一般公共预算收入增长5%。"
    found = records(text, date="2025-01-10", places=("芙蓉区",))
    assert {r.value: r.indicator for r in found} == {7.5: "地区生产总值增速", 5: "一般公共预算收入增速"}
    assert {r.canonical for r in found} == {"地区生产总值增速", "一般公共预算收入增速"}
