"""Target or achieved, from real sentences of the tuning splits: the amounts a budget sets, and those its revision
sets, are targets (tests/real/README.md, "A budget is a target")."""

from bot.ingest.tense import ACTUAL, TARGET
from tests.ingest_helpers import one, records

# r541 (巫溪, 2022's budget execution, published 2023)
WUXI = (
    "一、2022年预算执行情况\n"
    "县十八届人大第一次会议批准的年初预算为:一般公共预算收入76138万元(税收收入47008万元、非税收入29130万元);"
    "政府性基金预算收入80000万元。年度预算执行中,经县十八届人大常委会第七次会议批准,一般公共预算收入由年初的76138万元"
    "调整为89138万元,调增13000万元,其中:税收收入调整为40500万元,非税收入调整为48638万元。政府性基金预算由年初的"
    "80000万元调整为50000万元,其中:土地出让收入由年初预算的65000万元调整为35000万元,城市建设配套费10000万元、"
    "专项债务对应项目专项收入5000万元不作调整。\n"
)


def test_the_budget_approved_at_the_years_start_is_a_target():
    found = records(WUXI, "2023-02-10", ("巫溪县",))
    for value in (47008, 29130, 80000):
        assert one(found, value).kind == TARGET
    assert all(r.kind == TARGET for r in found if r.value == 76138)


def test_a_budget_revision_sets_targets():
    found = records(WUXI, "2023-02-10", ("巫溪县",))
    for value in (89138, 13000, 40500, 48638, 50000, 35000):
        assert one(found, value).kind == TARGET


def test_the_lines_a_revision_leaves_stay_budgeted():
    found = records(WUXI, "2023-02-10", ("巫溪县",))
    assert one(found, 10000).kind == TARGET
    assert one(found, 5000).kind == TARGET


def test_what_the_year_brought_in_after_the_budget_is_achieved():
    text = "县人大批准的年初预算为:一般公共预算收入76138万元,全年完成一般公共预算收入88435万元。\n"
    found = records(text, "2023-02-10", ("巫溪县",))
    assert one(found, 76138).kind == TARGET
    assert one(found, 88435).kind == ACTUAL


# f30_p08 (文水, news of Feb 2021 on 2020's rural living-environment work, read undated as the page gives no date)
WENSHUI = (
    "文水县改善农村人居环境 打造生态宜居新家园\n"
    "改善农村人居环境,建设美好宜居的乡村,是实施乡村振兴战略的一项重要任务。去年来,文水县立足实际,在环境整治、厕所革命、"
    "村容村貌提升等方面积极探索、持续发力,在改善乡村宜居环境工作中取得了阶段性成效。\n"
    "该县制定出台《农村人居环境整治2020年行动计划》等文件,引深爱国卫生运动季行动,扎实开展人居环境整治大会战,"
    "累计清理农村生活垃圾3.15万吨,村内河渠沟塘垃圾和淤泥4163.5吨、畜禽养殖粪污等农业生产废弃物4149.82吨、"
    "残垣断壁和乱搭乱建741处,完成还绿面积5935.8亩、农村“改厕”13200户,农村人居环境面貌明显改善。\n"
)


def test_a_plans_title_is_no_intent():
    found = records(WENSHUI, "", ("文水县",))
    for value in (3.15, 4163.5, 4149.82, 741, 5935.8, 13200):
        assert one(found, value).kind == ACTUAL


def test_a_plan_not_named_as_a_title_still_sets_targets():
    found = records("今年,文水县计划清理农村生活垃圾3万吨。\n", "2021-02-26", ("文水县",))
    assert one(found, 3).kind == TARGET


# f30_p12 (会泽, 2023's autumn harvest under way, traditional script; the transcription's doubled commas and
# readings in brackets left out)
HUIZE = (
    "2023年会泽县严格落实粮食安全党政同责,稳面积、提单产、增效益,把藏粮于地、藏粮于技战略落实在田间地头。"
    "秋粮面积达142.38万亩(含晚秋),同比增6.1%,预计实现粮食总产44.84万吨,丰收在望。\n"
    "当前进入寒露节令,正是秋粮收获高峰期,秋收秋种陆续全面展开。会泽各地因地制宜,抓住晴好天气适时收获,确保秋粮颗粒归仓."
    "据最新农情调度,我县秋粮已收获94.18万亩.占应收面积142.38万亩的66.13%。其中水稻2.11万亩,玉米14.57万亩,"
    "大豆3.98万亩,其他杂粮杂豆5.62万亩,马铃薯67.9万亩。\n"
)


def test_the_parts_of_a_whole_told_as_done_are_done():
    found = records(HUIZE, "", ("会泽县",))
    assert one(found, 94.18).kind == ACTUAL
    for value in (2.11, 14.57, 3.98, 5.62, 67.9):
        assert one(found, value).kind == ACTUAL


def test_the_parts_of_a_planned_whole_stay_planned():
    text = "今年,全县计划种植粮食100万亩,确保粮食稳产。其中水稻20万亩,玉米30万亩。\n"
    found = records(text, "2023-03-01", ("会泽县",))
    assert one(found, 20).kind == TARGET
    assert one(found, 30).kind == TARGET


def test_a_changes_start_in_an_aim_is_the_level_reached():
    # f30_p02 (镶黄旗, the year's farming and herding goals)
    text = "年内,力争使全旗察哈尔基础母羊养殖规模从13万只增加到18万只。\n"
    found = records(text, "2012-03-01", ("镶黄旗",))
    assert one(found, 13).kind == ACTUAL
    assert one(found, 18).kind == TARGET
