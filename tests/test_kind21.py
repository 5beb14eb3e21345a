"""Target or achieved, from real sentences (each with its dev or fresh id): the text above a plan heading is read
for its kind alone; a quoted voice or song with no figure speaks no intent of the text's; `把…作为…目标` names an
aim served."""

from bot.ingest.context import document_kind
from bot.ingest.tense import ACTUAL, TARGET, heading, purposes
from tests.ingest_helpers import one, records

# f20_p11 (北辰, a page of last year's results, then the year's goals under a bare `今年目标`)
BEICHEN = (
    "完成10个保障房小区提升改造。\n"
    "新建改造社区办公和服务场所20个,达标率达到100%。\n"
    "今年目标\n"
    "今年北辰区委、区政府继续实施改善城乡人民生活20项民心工程,把群众在教育、就业、收入、社会保障、医疗、住房、"
    "环境等多方面的现实需求作为民心工程立项重点,力求让群众得到更大实惠。"
)


def test_a_bare_year_goal_line_is_a_plan_heading():
    assert heading("今年目标") is not None


def test_what_stands_above_a_plan_heading_is_read_alone():
    found = records(BEICHEN, "", ("北辰区",))
    assert one(found, 10).kind == ACTUAL
    assert one(found, 100).kind == ACTUAL
    assert [r.kind for r in found if r.value == 20 and r.unit == "项"] == [TARGET]


# r397 临潭 2012 news: a folk song quoted, then the county's results
LINTAN = (
    "2012年,全县GDP达到12.19亿元,按可比价格计算,比建州初增长了近679.8倍。"
    "张孝贤是临潭县最早成功种植药材的农民,经过长期的发展,第一个在中药材种植、收购、加工、贩运、销售方面形成了一定的规模。"
    "他形象地用洮州花儿诉说种植药材的喜悦心情:“手拿镰刀割柳呢,各家计划要有呢,致富门路常有呢,要把目标定好呢,"
    "药材种植更好呢,钞票大把挣美呢!” 在特色种养业方面,有花儿唱道:“柏木要解柏板呢,要把暖棚盖满呢,养牲畜种蔬菜者"
    "发展呢,要把临潭打造成全省的重点呢!”近几年,临潭县畜牧养殖规模不断扩大,设施农业发展迅速,建成日光温室400座、"
    "蔬菜大棚150座。建成牦牛、藏羊育肥小区32个、育肥示范点14个。"
    "临潭县把推进各项社会事业跨越式发展作为主要施政目标,投入3.6亿元扩容改造鹿儿台、术布、上川、青石山水电站,"
    "2012年,全县工业企业完成增加值1.7亿元。"
)


def test_a_quoted_song_speaks_no_intent_of_the_text():
    assert document_kind(LINTAN) == ACTUAL
    found = records(LINTAN, "2012", ("临潭县",))
    assert {one(found, v).kind for v in (400, 32, 14, 3.6, 1.7)} == {ACTUAL}


def test_an_aim_made_of_a_work_is_a_goal_served():
    assert purposes("临潭县把推进各项社会事业跨越式发展作为主要施政目标,投入3.6亿元") == 1


def test_a_whole_year_forecast_in_a_report_of_its_months_so_far_is_a_target():
    # r395 六枝 2025 (a report of the first three quarters)
    text = (
        "前三季度,全区规模以上工业增加值增速达到14.7%。\n"
        "煤电联动发展深入推进,25家电力企业装机容量达206.34万千瓦, 2025年发电量预计提升至74亿度。"
    )
    found = records(text, "2025", ("六枝特区",))
    assert one(found, 74).kind == TARGET
    assert one(found, 206.34).kind == ACTUAL


def test_a_year_before_a_task_list_s_own_is_reviewed():
    # f20_p18 (新华网 2024-01-18): a news piece titled for the year's ten tasks opens on the year past
    text = (
        "上海靜安發布2024年十項為民辦實事項目\n"
        "2024-01-18 19:46:05 來源:新華網\n"
        "  新華網上海1月18日電 新華網從日前召開的上海市靜安區第二屆人民代表大會第四次會議上獲悉,2023年,靜安區實現"
        "區級一般公共預算收入287.80億元,同比增長3%,總量位列上海中心城區第一。2023年,引進稅收千萬級以上項目156個,"
        "同比增長39%;200幢重點樓宇實現稅收622.08億元。\n"
        "  新的一年,聚焦民生福祉,靜安區發布2024年十項為民辦實事項目:實施各類舊住房修繕改造100萬平方米。"
    )
    found = records(text, "", ("静安区",))
    assert {one(found, v).kind for v in (287.8, 156, 622.08)} == {ACTUAL}
    assert one(found, 100).kind == TARGET


def test_this_year_s_plan_as_a_verb_speaks_for_the_paragraph_after_it():
    # f20_p04 (荣昌 2015-07): the year's plan, then its size told again, then the progress so far
    text = (
        "  重庆荣昌县今年计划新建或改建76条农村公路,总投资达1亿元,现已完成建设投资近50%。\n"
        "  76个农村公路建设项目,共计181公里,总投资达到1亿元。其中通畅建设项目46个,里程121公里。"
        "  截至7月底,荣昌县已完成农村公路建设投资4800万,占总投资的47.8%。"
    )
    found = records(text, "2015-07-06", ("荣昌县",))
    assert {r.kind for r in found if r.value in (76, 181, 46, 121)} == {TARGET}
    assert one(found, 4800).kind == ACTUAL


def test_a_count_of_tasks_is_the_task_set():
    # f20_p04 (荣昌 2015-07, the headline)
    found = records("重庆:荣昌76条农村公路建设任务完成投资近半\n今年全县农村公路建设进展顺利。", "2015-07-06")
    assert one(found, 76).kind == TARGET


def test_tasks_told_as_done_stay_done():
    # f19_p09 (洛南 2022): the projects that met their year's investment task
    text = "全年老城区改造提升、西北核桃物流园等76个项目建成或完成年度投资任务。"
    assert one(records(text, "2023-02", ("洛南县",)), 76).kind == ACTUAL
    # r382 东城 2025 report, the review of 2024: the year's tasks done, counted
    text = "2024年,严格落实“双控四降”,推进第二轮核心区控规三年行动计划,完成市区级年度任务200项。"
    assert one(records(text, "2025-01", ("东城区",)), 200).kind == ACTUAL


def test_the_size_of_a_livelihood_list_whose_spending_is_told_is_the_plan():
    # f18_p04 (屯溪)
    found = records("33项民生工程完成投资2.45亿元。", "", ("屯溪区",))
    assert one(found, 33).kind == TARGET
    assert one(found, 2.45).kind == ACTUAL
