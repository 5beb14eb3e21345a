"""Target or achieved, from real sentences of the tuning splits: a plan's item is not read as done because a word
of it was found inside another word (`项目前期` holds `目前`) or because a list of names inside the plan's clause was
taken for a boundary of clauses."""

from bot.ingest.tense import TARGET
from tests.ingest_helpers import one, records

# r259 (怀安, an undated list of the year's targets and tasks)
HUAIAN = (
    "全力推进怀安乡村振兴综合开发基地项目,加快特色农牧、文化旅游、农村电商等13个重大项目前期手续办理,并尽快推动实施。\n"
)

# f23_p15 (积石山, a news piece on the year's planting plans)
JISHISHAN = (
    "今年,积石山县计划投资苗木费60万元在柳沟乡的柳沟、马家等村栽植花椒苗木1万亩、60万株。"
    "目前,苗木订购、规划设计、地块落实等前期工作已全面完成。\n"
)


def test_project_groundwork_holds_no_word_of_now():
    found = records(HUAIAN, "", ("怀安县",))
    assert one(found, 13).kind == TARGET


def test_a_list_of_villages_does_not_end_the_plans_clause():
    found = records(JISHISHAN, "2017-03-01", ("积石山保安族东乡族撒拉族自治县",))
    assert one(found, 1).kind == TARGET
