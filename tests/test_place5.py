"""Zones' own news: a zone measured on its province's scale is still the text's place, a district's unlisted zone
written with its city goes by the name as written, and the bare `园区` after it is that zone. Sentences are real
pages' (address or dev id in a comment)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest_helpers import build_one

# dev12 r233 (rmzxb.com.cn/c/2018-06-12/2081696.shtml): 西藏 is named five times, only as the scale the zone is
# measured on (`成为西藏经济新引擎`, `西藏规模最大`) or in a brand (`“西藏青稞啤酒”`); the region never speaks.
LASA = (
    "拉萨经济技术开发区成为西藏经济新引擎\n\n2018年06月12日 10:04 | 来源:新华网\n"
    "新华社拉萨6月10日电(王军、李键)记者10日从拉萨经济技术开发区管委会获悉,这个开发区正在成为西藏经济新的增长引擎。"
    "到目前,园区落地实体生产型企业116家,上市企业13家,国内行业龙头企业12家,企业数量增长率为49.4%。\n\n"
    "国家级拉萨经济技术开发区成立于2001年,是西藏规模最大、最具实力、产业集群最为集中的工业园区。"
    "2017年园区实现地区生产总值71.6亿元,同比增长10.3%;财政收入29亿元,同比增长26%;招商引资到位资金42.4亿元,"
    "同比增长84%。各项经济数据均实现稳步提升。\n\n"
    "拉萨经济技术开发区党工委委员黄辅龙介绍,目前,园区已拥有“西藏青稞啤酒”“天佑德”“卓玛泉”等40余种本土知名品牌。\n\n"
    "关键词:拉萨 经济技术开发区 西藏 经济 藏经\n"
)


def test_a_zone_measured_on_its_provinces_scale_is_the_texts_place(tmp_path: Path) -> None:
    result = build_one(tmp_path, LASA)
    assert result.skipped == []
    assert {r.region for r in result.records} == {"拉萨经济技术开发区"}
    assert any(r.value == 71.6 and r.unit == "亿元" for r in result.records)


def test_a_text_in_its_regions_voice_is_still_not_the_zones(tmp_path: Path) -> None:
    # the same news where the region speaks (`全区`): the province's text at large, none of the zone's
    text = LASA.replace("各项经济数据均实现稳步提升", "全区各项经济数据均实现稳步提升")
    text = text.replace("企业数量增长率为49.4%", "企业数量增长率为49.4%,占全区的三成")
    result = build_one(tmp_path, text)
    # only a sentence that names the zone itself as its speaker (`拉萨经济技术开发区党工委委员…介绍,…园区已拥有…40余种…品牌`)
    # stays the zone's
    zones = {r.value for r in result.records if r.region == "拉萨经济技术开发区"}
    assert zones <= {40}


# dev12 r223 (app1.ty7.cn, a forum repost of the 泰州 media series `党媒园区行`, 2022): the zone is written with its
# city (`江苏泰州海陵工业园区`), then bare (`海陵工业园区`) and as `园区`; the city is named as often as the zone.
HAILING = (
    "为全面学习贯彻党的二十大精神,认真落实市委六届四次全会精神,泰州市发改委、工信局、商务局与泰州报业传媒集团,"
    "共同推出“党媒园区行”大型融媒体行动。重点报道我市园区发挥主战场、主阵地、主力军作用。今日推出第二集《海陵工业园区》。\n"
    "江苏泰州海陵工业园区位于泰州主城区东部,组建于2003年4月,2006年4月,升格为省级开发区,2011年8月,"
    "泰州文化创意产业园挂牌成立。目前,辖区总面积约40平方公里。\n"
    "多年来,园区坚持把重心放在实体经济上,如今,海陵工业园区从当年微不足道的乡镇园区逆袭成为举足轻重的现代园区——\n"
    "2021年,园区完成规上工业总产值258.3亿元、工业开票销售292.8亿元、一般公共预算收入7.3亿元,"
    "分别同比增长14.5%、19.6%、22.5%\n"
)


def test_a_districts_zone_written_with_its_city_is_named_as_written(tmp_path: Path) -> None:
    result = build_one(tmp_path, HAILING)
    assert result.skipped == []
    assert {r.region for r in result.records} == {"泰州海陵工业园区"}
    assert any(r.value == 258.3 for r in result.records)


def test_a_districts_zone_written_alone_keeps_its_short_name(tmp_path: Path) -> None:
    result = build_one(tmp_path, HAILING.replace("江苏泰州海陵工业园区", "海陵工业园区"))
    assert {r.region for r in result.records} == {"海陵工业园区"}


# dev12 r229 (qiongzhong.hainan.gov.cn, `1-7月琼中县经济运行简况`, 2024): the province's own figure in brackets after
# the county's comparison with it.
QIONGZHONG = (
    "1-7月琼中县经济运行简况\n"
    "1-7月,全县规模以上工业增加值同比下降3.3%,降幅较上半年收窄4.5个百分点,低于全省规模以上工业增加值12.8个百分点"
    "(全省增长9.5%),全省增速排名第15,第二平台市县增速排名第6。\n"
    "1-7月,全县固定资产投资完成额同比增长12.0%,增速比上半年增加1.9个百分点,高于全省固投平均增速5.4个百分点"
    "(全省增长6.6%),全省增速排名第7,第二平台市县累计增速排名第3。\n"
)


def test_a_provinces_figure_in_the_countys_brackets_is_the_provinces(tmp_path: Path) -> None:
    result = build_one(tmp_path, QIONGZHONG)
    regions = {(r.value, r.unit): r.region for r in result.records}
    assert regions[(9.5, "%")] == "海南省"
    assert regions[(6.6, "%")] == "海南省"
    assert regions[(12.0, "%")] == "琼中黎族苗族自治县"
    assert regions[(12.8, "个百分点")] == "琼中黎族苗族自治县"  # the county's gap stays the county's


# dev12 r224 (cnhubei.com 2012/07, 通山县's mid-year tourism news): `武汉` is where the visitors' cars come from; the
# text speaks as `该县` and names no county, so it is placed nowhere rather than in 武汉.
TONGSHAN = (
    "记者徐世聪、通讯员蔡祖峰、敖琼报道:25日,记者在九宫山上看到,各个酒店门前停满了江西、武汉等地的车辆,"
    "操着各种外地口音的游客络绎不绝,旅游市场非常火爆。\n"
    "目前,该县在建旅游项目总投资33亿元,上半年有11家旅游度假酒店开业。据统计,上半年,该县共接待游客105.5万人次,"
    "实现门票收入2288万元,旅游综合收入4.8亿元,同比分别增长22%、15%、21%。\n"
)


def test_where_visitors_come_from_is_not_the_texts_place(tmp_path: Path) -> None:
    result = build_one(tmp_path, TONGSHAN)
    assert "武汉市" not in {r.region for r in result.records}


def test_where_visitors_come_from_leaves_the_named_county_its_place(tmp_path: Path) -> None:
    result = build_one(tmp_path, TONGSHAN.replace("该县在建", "通山县在建"))
    assert {r.region for r in result.records} == {"通山县"}


def test_where_visitors_come_from_after_laiyuan_is_not_the_texts_place(tmp_path: Path) -> None:
    # scgw.gov.cn 2021 (旺苍县's own site, `五一` tourism round-up), its title and footer left off: the body names no
    # county, only where the visitors come from
    text = (
        "5月1日-5日,全县累计接待游客5.04万人次,同比增长14.5%,实现旅游综合收入1612.8万元,同比增长33.54%。"
        "一日游客为0.808万人次,占总数的19.05%。游客主要来源于陕西、绵阳、巴中、广元等周边地区。\n"
    )
    result = build_one(tmp_path, text)
    assert "绵阳市" not in {r.region for r in result.records}
    assert (
        build_one(tmp_path / "b", "旺苍县2021年“五一”小长假旅游情况综述\n" + text).records[0].region
        == "旺苍县"
    )
