"""Which figures are records at all (fresh pages, records7): the country's or province's backdrop figures, the press
at an event, the divisions a count is taken out of, a ranking's measures and bar, what money built, and the kind of
figures told with a done verb or forecast by a text older than its page."""

from __future__ import annotations

from tests.ingest_helpers import records


def _placed(text: str, place: str, date: str) -> dict[float, str]:
    """Each figure's place ("" when it is none of the gazetteer's)."""
    return {r.value: r.region for r in records(text, date=date, places=(place,))}


def test_the_countrys_figures_in_a_countys_text_are_no_place() -> None:
    # https://bbs.xinwushan.cn/T-2621264-1.html (巫山 2020)
    placed = _placed(
        "报告显示,全国县域旅游综合实力百强县平均实现旅游总收入226.56亿元,平均接待游客总人数为2039.47万人次,"
        "分别比上一年提高了18.06%、6.16%。重庆彭水入围全国县域旅游综合实力百强县。",
        "巫山县",
        "2020-08-25",
    )
    assert placed[226.56] == ""
    assert placed[2039.47] == ""
    assert placed[18.06] == ""
    assert placed[6.16] == ""


def test_the_provinces_figure_after_the_countys_is_the_provinces() -> None:
    # the dev12 convention (r229 琼中: `全省增长9.5%` is 海南省's), unbracketed; the county's comparison stays its own
    placed = _placed(
        "1-7月,全县规上工业增加值增长8%,全省增长5.1%,高出全省2.9个百分点。",
        "琼中黎族苗族自治县",
        "2024-08-20",
    )
    assert placed[8] == "琼中黎族苗族自治县"
    assert placed[5.1] == "海南省"
    assert placed[2.9] == "琼中黎族苗族自治县"


def test_a_rank_in_the_countrys_field_stays_the_places() -> None:
    # tests/unseen u08 肥西 (a 2021 work report): the county's own rank, opening with `全国`
    placed = _placed("全国综合实力百强县排名从第17位跃升至第9位。", "肥西县", "2021-02-01")
    assert placed[9] == "肥西县"


def test_the_press_at_an_event_is_no_record() -> None:
    # https://zhpi.jgjsgs.cn/602184865231.html (涪陵 news conference)
    found = records(
        "当天,新华社、人民网、央视新闻、重庆发布、江北区融媒体中心等34家中央、市级和区级媒体记者齐聚新闻发布会现场。",
        date="2024-01-10",
        places=("涪陵区",),
    )
    assert 34 not in {r.value for r in found}


def test_the_towns_a_count_is_taken_out_of_are_no_record() -> None:
    # http://www.zhxpm.cn/html/2009/tz_1211/15101.shtml (黔东南 county 2009, traditional)
    found = records(
        "全縣新增水泥路、油路130公里,16個鄉鎮中有15個通了油路。", date="2009-12-11", places=("天柱县",)
    )
    values = {r.value for r in found}
    assert 16 not in values
    assert {130, 15} <= values


def test_a_rankings_measures_and_its_bar_are_no_records() -> None:
    # https://bbs.xinwushan.cn/T-2621264-1.html (巫山 2020)
    found = records(
        "该报告对中国大陆地区1881个县(含县级市、自治县、旗、自治旗、特区、林区)的旅游经济发展水平、政府推动作用、"
        "旅游质量监督与市场监管6个方面的35个指标进行了综合评比,得分居前100位的即为2020年全国县域旅游综合实力百强县。",
        date="2020-08-25",
        places=("巫山县",),
    )
    assert not found


def test_an_investment_is_a_record_before_what_it_built() -> None:
    # http://www.ykshuntai.com/html/xw/gxdt/16748.html (道孚 2015, traditional)
    found = records(
        "電力保障方面,投資2.6億元建成城關-玉科、各卡-龍燈、城關-沙沖3條35KV輸變電工程、道孚至爐霍110kv輸變電工程。",
        date="2015-09-08",
        places=("道孚县",),
    )
    money = [r for r in found if r.value == 2.6]
    assert [(r.unit, r.kind) for r in money] == [("亿元", "actual")]


def test_a_forecast_long_before_the_pages_date_stays_a_forecast() -> None:
    # https://daowen.com/lilun/2210083.html (金塔: a plan of 2011 on a page of 2023)
    found = records(
        "时间:2023-11-29 理论教育\n"
        "现有企业的发展壮大和已建成项目的投产或达标,是带动全县工业发展的中坚力量。预计到2015年工业产值达到30亿元,"
        "工业增加值达到10亿元,利税达到5亿元;2020年工业产值达到59亿元,工业增加值达到20亿元,利税达到9亿元。",
        places=("金塔县",),
    )
    kinds = {(r.value, r.period): r.kind for r in found}
    assert kinds[(30, "2015")] == "target"
    assert kinds[(5, "2015")] == "target"
    assert kinds[(59, "2020")] == "target"


def test_an_estimate_of_the_year_just_ended_is_still_an_outcome() -> None:
    # the RECORDS.md convention: a review's `预计` is what was reached (a 2021 report on 2020)
    found = records(
        "2020年,预计到2020年底全县地区生产总值达到500亿元。", date="2021-01-20", places=("肥西县",)
    )
    (gdp,) = [r for r in found if r.value == 500]
    assert gdp.kind == "actual"


def test_the_lots_a_work_is_let_in_are_no_records() -> None:
    # http://33.shadafang.com/c/tj0Z314D3352018_9.html (砀山 2018)
    found = records(
        "按照县级统一招标、统一施工的要求,今年我县农户改厕分5个标段实施,目前5个标段施工企业全部进场施工,"
        "已开工建设21900户,完工3000户。",
        date="2018-06-01",
        places=("砀山县",),
    )
    assert {r.value for r in found} == {21900, 3000}


def test_a_batch_of_a_kind_built_is_no_subject() -> None:
    # http://www.nsbwy.com/content/2021-11/09/content_14235479.html (蕲春 2021, traditional)
    found = records(
        "新建改建一批公辦幼兒園,盡快實現公辦幼兒園占比50%以上。", date="2021-11-09", places=("蕲春县",)
    )
    (share,) = found
    assert (share.value, share.kind, share.subject) == (50, "target", "")


def test_a_projects_figures_once_built_are_the_firms() -> None:
    # http://www.slrbs.com/xqzc/xianqudongtai/mszx/2013-01-16/88214.html (镇安 2013)
    found = records(
        "镇安是养蚕大县,为了促进蚕丝的深加工,提升产品附加值,该县在工业集中区开工建设的陕西镇安百盛茧丝绸有限公司3200绪缫丝"
        "项目,建后年可实现产值1.2亿元,利税1800万元,并可为当地群众创造就业岗位300多个。",
        date="2013-01-16",
        places=("镇安县",),
    )
    subjects = {r.value: (r.subject, r.kind) for r in found}
    assert subjects[1.2] == ("陕西镇安百盛茧丝绸", "target")
    assert subjects[1800] == ("陕西镇安百盛茧丝绸", "target")
    assert subjects[300] == ("陕西镇安百盛茧丝绸", "target")


def test_a_firms_investment_is_the_firms() -> None:
    # http://jixi.dbw.cn/system/2008/11/26/051620425.shtml (鸡东 2008-11)
    found = records(
        "在热电产品开发上,黑龙江中盟集团鸡东热电公司投资3000万元,新上了热电三期扩建工程项目。"
        "其中鸡西福顺祥粮油公司投资600多万元,建设万亩蓖麻种植基地,已获得好收成。",
        date="2008-11-26",
        places=("鸡东县",),
    )
    subjects = {r.value: r.subject for r in found}
    assert subjects[3000] == "黑龙江中盟集团鸡东热电公司"
    assert subjects[600] == "鸡西福顺祥粮油公司"


def test_a_group_counted_after_its_examples_has_no_subject() -> None:
    # http://www.slrbs.com/xqzc/xianqudongtai/mszx/2013-01-16/88214.html (镇安 2013)
    found = records(
        "近日,镇安县3200绪缫丝项目、红凤凰现代农业园等10个重大项目集中开工建设,拉开了新年重大项目建设的帷幕。",
        date="2013-01-16",
        places=("镇安县",),
    )
    (group,) = found
    assert (group.value, group.unit, group.subject) == (10, "个", "")
