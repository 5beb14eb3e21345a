"""Task tables and lists: a progress table's rows whose serial spans several lines keep their columns, its report
column is of the months its title names, a year's list of 惠民工程 sets targets. Sentences are real pages' (address
or fresh id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# f18_p08 (linan.gov.cn 临安 2022-11): a 民生实事 progress table under a site's metadata rows; the serial and unit cells
# span the rows of a task, so the rows after the first open with the task (`新增…500个。 | 新增…600个。 | ||`).
LINAN = (
    "索引号 | 000330185/2022-86781 | 公开方式 | 主动公开 |\n"
    "发布单位 | 区府办 | 发文日期 | 2022-11-03 |\n"
    "2022年区政府民生实事项目进展情况表(截至9月底)\n"
    "序号 | 项目内容 | 进展情况 | 责任单位 |\n"
    "2 | 新建成婴幼儿照护服务成长驿站7家。 | 新建锦南街道、高虹镇、天目山镇、昌化镇、岛石镇等13家婴幼儿成长驿站。 | 卫生健康局 |\n"
    "新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||\n"
    "3 | 实施农村公路大中修100公里。 | 完成农村公路大中修50公里,剩余预计11月底前完成。 | 交通运输局 |\n"
    "优化调整公交线路20条。 | 优化调整公交线路25条。 | ||\n"
)


def test_a_row_under_a_spanning_serial_keeps_its_columns(tmp_path: Path) -> None:
    result = build_one(tmp_path, LINAN)
    kinds = {r.value: r.kind for r in result.records}
    assert kinds[500] == "target"  # the task column, not the report's
    assert kinds[600] == "actual"
    assert kinds[100] == "target"  # the rows after such a row are still the table's
    assert kinds[20] == "target"
    assert kinds[25] == "actual"


def test_a_progress_column_reports_the_months_its_title_names(tmp_path: Path) -> None:
    result = build_one(tmp_path, LINAN)
    periods = {r.value: r.period for r in result.records}
    assert periods[600] == "2022-01~2022-09"
    assert periods[50] == "2022-01~2022-09"
    assert periods[500] == "2022"  # a task is the year's


# f18_p09 (王益区 2022-04-07, 区政府): a list of the year's ten 惠民工程, each item a task whatever its verb.
WANGYI = (
    "王益区2022年十大惠民工程\n\n来源:区政府 作者: 发布时间:2022-04-07 17:02 阅读: 打印 保存 收藏\n\n"
    "1.城市改造工程。开工建设一马路城市照明节能改造工程,完成永乐堤、光明东巷、永祥堤、利民巷等道路亮化3公里;"
    "开工建设利民巷至军分区沿街绿化改造提升工程,完成改造提升1.3万平方米。\n\n"
    "2.交通保畅工程。完成史家河路、集贤堤、中心堤等城市道路改造提升3公里;完成漆水河跨河桥主体建设,建成外贸巷道路微循环,"
    "建成二厂巷、铜运司大修厂等停车场6处,新增停车位800个;取消二马路道路两侧停车位,改为潮汐车位。\n"
)


def test_a_years_list_of_works_for_the_people_sets_targets(tmp_path: Path) -> None:
    result = build_one(tmp_path, WANGYI)
    found = {r.value: (r.kind, r.period) for r in result.records}
    assert found[1.3] == ("target", "2022")
    assert found[6] == ("target", "2022")
    assert found[800] == ("target", "2022")


# f18_p03 (eastday.com 2020-08-13): a free trade zone's new area named alone, the city named only as the one holding
# the press conference.
LINGANG = (
    "东方网|临港新片区1-7月产业投资同比增长69.8%\n\n"
    "东方网采访人员薛宁薇、曹子琛8月13日报道:今天下午 , 上海市政府召开新闻发布会 。 采访人员从会上获悉 , "
    "临港新片区1-7月产业投资同比增长69.8% , 工业总产值同比增长26% 。\n"
    "截至目前 , 从总体方案中分解出的78项政策和制度创新任务完成过半 , 已落地45项 , 另有22项已形成方案;国家、上海市、"
    "管委会累计制定发布各类政策107个 , 形成典型创新案例32个 。\n"
)


def test_a_free_trade_zones_new_area_named_alone_is_a_place_of_its_own(tmp_path: Path) -> None:
    result = build_one(tmp_path, LINGANG)
    assert result.skipped == []
    regions = {r.value: r.region for r in result.records}
    assert regions[69.8] == "中国(上海)自由贸易试验区临港新片区"
    assert regions[107] == "中国(上海)自由贸易试验区临港新片区"


# f18_p05 (a 2023 ranking piece on 罗源, traditional script): the year 2023 only in names (`研讨会2023`, `报告2023`), a
# paragraph telling 2022 whole, then `今年以来,`: the text is of 2023, and 2022's figures are results.
LUOYUAN = (
    "日前,“中國縣域/市轄區高質量發展研討會2023”在中國社會科學院舉行,壹城智庫在研討會上發布《中國縣域發展潛力報告2023》。"
    "其中,羅源縣位列“全國縣域發展潛力百強縣(市)”榜單第29位,相比2022年提升了4個位次。\n"
    "2022年,羅源縣按照市委市政府“建設現代化國際城市”部署要求,以及縣委縣政府“啟航新時代,做強北大門,打響四大國家級品牌,"
    "建功絲路海港城”和“建設現代化美麗海灣城市”目標,成立了11個攻堅指揮部,綜合實力持續提升,產業轉型明顯加快,民生福祉不斷增強,"
    "黨的建設堅強有力,社會大局和諧穩定。全年完成地區生產總值417億元,增長4.7%,人均GDP超過16萬元。\n"
    "今年以來,羅源把開展主題教育與深入實施“深學爭優、敢為爭先、實幹爭效”行動緊密結合。\n"
)


def test_a_year_told_whole_before_the_year_so_far_is_the_year_before(tmp_path: Path) -> None:
    result = build_one(tmp_path, LUOYUAN)
    found = {r.value: (r.kind, r.period) for r in result.records}
    assert found[417] == ("actual", "2022")
    assert found[11] == ("actual", "2022")
    assert found[29] == ("actual", "2023")
