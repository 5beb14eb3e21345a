"""Quantities in a clause: the figures a reader sees, and none of the names, dates and slogans around them."""

from __future__ import annotations

import re
from pathlib import Path

import cn2an
import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.ingest.numbers import Quantity, find_quantities, parse_number

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def spans(clause: str) -> list[tuple[str, object, str, str]]:
    """Each quantity as (whole span text, value, unit, cmp)."""
    return [(clause[q.start : q.end], q.value, q.unit, q.cmp) for q in find_quantities(clause)]


# Phrases from the seed documents (traditional ones after t2s), with what a reader takes from them.
FOUND = [
    ("在一季度减税降费 5.06 亿元", [("5.06 亿元", 5.06, "亿元", "=")]),
    ("发放稳就业专项奖补 725 万元的基础上", [("725 万元", 725, "万元", "=")]),
    (
        "力争全年招引 10 亿元以上重特大项目不少于 30 个",
        [("10 亿元以上", 10, "亿元", ">="), ("不少于 30 个", 30, "个", ">=")],
    ),
    ("紧紧围绕“工业投入每年五百亿", [("五百亿", 500, "亿元", "=")]),
    (
        "“工业投入每年五百亿,百强排名挺进前二十”的目标",
        [("五百亿", 500, "亿元", "="), ("前二十", 20, "名次", "<=")],
    ),
    ("确保上半年重大城建项目开工率达 50%以上", [("达 50%以上", 50, "%", ">=")]),
    ("明年 6 月底前全市建成强村加油站 3 个", [("3 个", 3, "个", "=")]),
    (
        "实现地区生产总值6032.4亿元,列全国大中城市第18位,增幅分别高于全国、全省1.5、0.4个百分点",
        [
            ("6032.4亿元", 6032.4, "亿元", "="),
            ("第18位", 18, "名次", "="),
            ("1.5", 1.5, "个百分点", "="),
            ("0.4个百分点", 0.4, "个百分点", "="),
        ],
    ),
    ("经济总量全部超1300亿元", [("超1300亿元", 1300, "亿元", ">")]),
    ("确保高企总数突破600家", [("突破600家", 600, "家", ">")]),
    (
        "全年新增高层次人才项目不少于15个,推动5个以上优质人才项目落地转化",
        [
            ("不少于15个", 15, "个", ">="),
            ("5个以上", 5, "个", ">="),
        ],
    ),
    ("重点培育8-10个潜力项目", [("8-10个", (8, 10), "个", "range")]),
    ("力争3-5家企业成功上市", [("3-5家", (3, 5), "家", "range")]),
    (
        "全年GDP增长6.5%以上,一般公共预算收入达74亿元",
        [
            ("6.5%以上", 6.5, "%", ">="),
            ("达74亿元", 74, "亿元", "="),
        ],
    ),
    (
        "实现一般公共预算收入37.7亿元,同比下降5.6%",
        [("37.7亿元", 37.7, "亿元", "="), ("5.6%", -5.6, "%", "=")],
    ),
    (
        "税收收入占比达到82.1%,比上年末提升了2.1个百分点",
        [
            ("达到82.1%", 82.1, "%", "="),
            ("2.1个百分点", 2.1, "个百分点", "="),
        ],
    ),
    (
        "固定资产投资增长8.2%,超过年初人代会确定的增长目标1.2个百分点",
        [
            ("8.2%", 8.2, "%", "="),
            ("1.2个百分点", 1.2, "个百分点", "="),
        ],
    ),
    (
        "城镇登记失业率1.77%,稳定控制在2%的年度目标以内",
        [
            ("1.77%", 1.77, "%", "="),
            ("控制在2%", 2, "%", "<="),
        ],
    ),
    ("增幅在南通九县市区排名第5", [("排名第5", 5, "名次", "=")]),
    ("增幅列南通九县(市)区第2", [("第2", 2, "名次", "=")]),
    ("增幅和完成率均列南通九县市区第一", [("第一", 1, "名次", "=")]),
    (
        "瞄准“省级开发区南通第1名、全省前10名”目标",
        [
            ("第1名", 1, "名次", "="),
            ("前10名", 10, "名次", "<="),
        ],
    ),
    ("推动开发区综合水平挺进全省前20强", [("前20强", 20, "名次", "<=")]),
    # a prefecture's or a league's scope reads like a province's (`全州`, `全盟`: every scope the ingest knows)
    ("跻身服务业全州10强", [("全州10强", 10, "名次", "<=")]),
    ("跻身服务业全盟10强", [("全盟10强", 10, "名次", "<=")]),
    (
        "面积达26.67万亩,夏粮总产量达9.68万吨,比去年增加2284吨",
        [
            ("达26.67万亩", 26.67, "万亩", "="),
            ("达9.68万吨", 9.68, "万吨", "="),
            ("2284吨", 2284, "吨", "="),
        ],
    ),
    (
        "实际利用外资2.4亿美元,战略性新兴产业实际利用外资18695万美元",
        [
            ("2.4亿美元", 2.4, "亿美元", "="),
            ("18695万美元", 18695, "万美元", "="),
        ],
    ),
    ("复工人数约10万余人", [("约10万余人", 10, "万人", ">")]),
    ("第三方检测机构共检测4万多例", [("4万多例", 4, "万例", ">")]),
    ("上半年已完成 300多个5G基站的建设", [("完成 300多个", 300, "个", ">")]),
    ("拆除各类新老违建8700多平方米", [("8700多平方米", 8700, "平方米", ">")]),
    ("对全市8000多家建档立卡贫困户", [("8000多家", 8000, "家", ">")]),
    ("全市财政投入近2亿元直接用于疫情防控", [("近2亿元", 2, "亿元", "<")]),
    (
        "运转这个建筑面积超100万平方米的“魔方”只需不到30人",
        [
            ("超100万平方米", 100, "万平方米", ">"),
            ("不到30人", 30, "人", "<"),
        ],
    ),
    ("其中,超百亿元项目2个", [("超百亿元", 100, "亿元", ">"), ("2个", 2, "个", "=")]),
    ("每年设立不低于5000万元人才奖补资金", [("不低于5000万元", 5000, "万元", ">=")]),
    ("力争实现度超过80%", [("超过80%", 80, "%", ">")]),
    ("规上服务业企业实现100%复工复产", [("实现100%", 100, "%", "=")]),
    ("接待处理群众本市上访2320人次", [("2320人次", 2320, "人次", "=")]),
    ("选派2批次11名医护精英", [("2批次", 2, "批次", "="), ("11名", 11, "名", "=")]),
    (
        "共派出105车次“点对点”集中接运2247名外地员工返岗",
        [
            ("105车次", 105, "车次", "="),
            ("2247名", 2247, "名", "="),
        ],
    ),
    (
        "农村公路提档升级30公里,完成30座危桥改造",
        [
            ("30公里", 30, "公里", "="),
            ("完成30座", 30, "座", "="),
        ],
    ),
    (
        "规划建设6平方公里启东配套浦东产业园、3.5平方公里半导体装备产业园",
        [
            ("6平方公里", 6, "平方公里", "="),
            ("3.5平方公里", 3.5, "平方公里", "="),
        ],
    ),
    ("中国天楹如东100MWh重力储能项目", [("100MWh", 100, "MWh", "=")]),
    ("对发展百强工业企业、三十家重点服务业企业实行月度监测", [("三十家", 30, "家", "=")]),
    (
        "全市组建了201支机关帮服小组,对接全市1000家企业",
        [
            ("201支", 201, "支", "="),
            ("1000家", 1000, "家", "="),
        ],
    ),
    ("对启东北、启东东两个高速口的绿化完成提升", [("两个", 2, "个", "=")]),
    ("上半年全市举办了两次重大项目集中开工活动", [("两次", 2, "次", "=")]),
    ("城区启用两个新建成的农贸市场", [("两个", 2, "个", "=")]),
    ("完善高铁创新城、公铁两用桥公路桥引线等四个规划研究方案", [("四个", 4, "个", "=")]),
    ("“对接浦东第一棒、百强年年进两位”的新定位", [("两位", 2, "位", "=")]),
    (
        "在南通九县市区排名第5,比一季度提升3个位次",
        [
            ("排名第5", 5, "名次", "="),
            ("3个位次", 3, "个位次", "="),
        ],
    ),
    ("两大新兴产业开票销售均迈上百亿台阶", [("百亿台阶", 100, "亿元", ">=")]),
    ("围绕全部工业开票销售超千亿目标", [("超千亿", 1000, "亿元", ">")]),
    ("基础养老金标准从148元提高到160元", [("148元", 148, "元", "="), ("160元", 160, "元", "=")]),
    ("总投资超50亿元的桐昆三期", [("超50亿元", 50, "亿元", ">")]),
    (
        "全年1000万元以上技改类项目超20个",
        [
            ("1000万元以上", 1000, "万元", ">="),
            ("超20个", 20, "个", ">"),
        ],
    ),
]

# Phrasings the brief names, beyond the seeds.
FORMS = [
    ("新增1.5万人", [("1.5万人", 1.5, "万人", "=")]),
    ("吸纳30万人就业", [("30万人", 30, "万人", "=")]),
    ("培训三千人", [("三千人", 3000, "人", "=")]),
    ("新建1,200家", [("1,200家", 1200, "家", "=")]),
    ("新建 8~10个", [("8~10个", (8, 10), "个", "range")]),
    ("新建8至10个", [("8至10个", (8, 10), "个", "range")]),
    ("新建8到10个", [("8到10个", (8, 10), "个", "range")]),
    ("新建8—10个", [("8—10个", (8, 10), "个", "range")]),
    ("增速5%-8%", [("5%-8%", (5, 8), "%", "range")]),
    ("新建30多个", [("30多个", 30, "个", ">")]),
    ("新引进100余家", [("100余家", 100, "家", ">")]),
    ("增长百分之六点五", [("百分之六点五", 6.5, "%", "=")]),
    ("产值超千亿", [("超千亿", 1000, "亿元", ">")]),
    ("打造千亿,", [("千亿", 1000, "亿元", "=")]),
    ("下降1.2个百分点", [("1.2个百分点", -1.2, "个百分点", "=")]),
    ("减少3个", [("3个", -3, "个", "=")]),
    ("负增长2%", [("2%", -2, "%", "=")]),
    ("能耗下降3-5%", [("3-5%", (-5, -3), "%", "range")]),
    ("能耗降低至3%", [("3%", 3, "%", "=")]),
    ("降幅收窄了8.2个百分点", [("8.2个百分点", 8.2, "个百分点", "=")]),
    ("增长两个百分点", [("两个百分点", 2, "个百分点", "=")]),
    ("增长一倍", [("一倍", 1, "倍", "=")]),
    ("投资十亿元", [("十亿元", 10, "亿元", "=")]),
    ("引进20家左右", [("20家左右", 20, "家", "=")]),
    ("控制在5%以下", [("控制在5%以下", 5, "%", "<=")]),
    ("PM2.5浓度不高于30微克", []),
    ("审批时限不超过3个工作日", [("不超过3个工作日", 3, "个工作日", "<=")]),
    ("用地至少500亩", [("至少500亩", 500, "亩", ">=")]),
    ("增速高于全省2个百分点,低于5%", [("2个百分点", 2, "个百分点", "="), ("低于5%", 5, "%", "<")]),
    ("百强排名前20名", [("前20名", 20, "名次", "<=")]),
    ("排名 第 3 位", [("第 3 位", 3, "名次", "=")]),
    ("全市第一", [("第一", 1, "名次", "=")]),
    ("目前10名专家在岗", [("10名", 10, "名", "=")]),  # a count, not the top ten
]


@pytest.mark.parametrize(("clause", "expected"), FOUND + FORMS)
def test_finds_the_quantities_a_reader_sees(clause: str, expected: list) -> None:
    assert spans(clause) == expected


# Names, dates, codes, slogans and words that merely contain numeral characters.
NOTHING = [
    "部署第三代半导体、5G 信息技术",
    "4K超高清视频",
    "奋力推动“十四五”发展",
    "全面贯彻党的二十大精神",
    "第五届国际氢能与燃料电池汽车大会",
    "2020年7月29日在启东市第十七届人大常委会第三十二次会议上",
    "【竞技场】8月14日,国内迄今同类",
    "1-6月份,全市",
    "(2021-2025年)规划纲要",
    "启东深入对接浦东三年行动计划(2020—2022年)",
    "对疫情支持企业发展“1+N”政策意见",
    "加快推进“2+2”码头工程",
    "继续深入实施“1521”工业大企业培育",
    "深入推进“八五”普法",
    "围绕市委“323+1”产业布局",
    "深化扬尘整治“654”专项行动",
    "完成“333”提质增效达标区域",
    "教育系统“365+工程”家长学校",
    "围绕星湖001+红星美凯龙",
    "确保二季度顺利实现“双过半”",
    "奋战四季度",
    "在一季度",
    "上半年",
    "3月开工",
    "12345热线",
    "扬州网新闻热线:0514-87863284",
    "2021年10月 01日 09:04",
    "上午10:30开会",
    "以国家5A级景区标准推进",
    "创成4A级景区",
    "认真落实市委市政府“2号文件”精神",
    "培育一批拥有核心技术的知识产权优势企业",
    "建设一流营商环境",
    "推进城乡一体化发展",
    "鼓励企业抢抓“一带一路”发展机遇",
    "实行“一企一策”精准问诊辅导",
    "按照“两手抓,两手都要硬”的要求",
    "坚决打好“三大攻坚战”",
    "持续抓好“做实产业、做优城市”四大重点",
    "下半年将全力抓好五个“聚焦”",
    "把牢首要任务 抓好5个“聚焦”",
    "下半年将致力实现6个“新提升”",
    "紧紧围绕南通市委“三个全方位”的新要求",
    "抓好四个方面工作",
    "牢牢守住三条底线",
    "聚力四项重点工作",
    "紧盯三大传统产业和三个特色主导产业",
    "扎实推进园区“二次创业”",
    "南通市委十三届六次全会发出动员令",
    "三次产业加快复苏",
    "每个产业链都明确一名市领导",
    "推动县四套班子领导深入一线",
    "打造“列统企业、上市企业、国家高新技术企业”四个预备队",
    "优化“中心城区、四个重点镇、七个一般镇”城镇结构",
    "加快向打造“一个先行区、三个新高地”迈进",
    "重点关注一般公共预算收入",
    "统一思想",
    "以防万一",
    "千方百计帮助外贸企业",
    "全国百强县",
    "做好三农工作",
    "十分重要",
    "一些矛盾和困难",
    "“万亿之城”南通",
    "努力夯实“百亿引领、十亿带动、亿元支撑”的项目梯队",
    "招引落户了一批10亿级、50亿级、100亿级的重特大项目",
    "全面推广“千万工程”经验",
    "百强排名走在前列",
    "前三季度",
    "力争成为全球第一的工业丝供应商",
    "省级以上单位第一棒",
    "以PM2.5和臭氧协同控制为主线",
    "2.0农村生活污水治理",
    "国道345启东段",
    "推进335省道吕四段改扩建",
    "数百亿元",
    "十几个",
    "建设24小时智慧政务大厅",
    "运行版本0.5.24",
    "看上去如同一个巨大的“魔方”",
    "二元结构",
]


@pytest.mark.parametrize("clause", NOTHING)
def test_names_dates_and_slogans_give_nothing(clause: str) -> None:
    assert find_quantities(clause) == []


def test_a_qualifying_figure_is_still_a_quantity() -> None:
    # Whether `10亿元以上` names the indicator or states its figure is the caller's decision.
    quantities = find_quantities("力争全年招引10亿元以上重特大项目不少于30个")
    assert [(q.value, q.unit, q.cmp) for q in quantities] == [(10, "亿元", ">="), (30, "个", ">=")]


def test_spans_separate_bound_words_from_the_bare_figure() -> None:
    clause = "重特大项目不少于 30 个,开工率达 50%以上,挺进前二十"
    got = [(clause[q.start : q.end], clause[q.number_start : q.number_end]) for q in find_quantities(clause)]
    assert got == [("不少于 30 个", "30 个"), ("达 50%以上", "50%"), ("前二十", "二十")]


def test_decline_words_set_the_sign_but_stay_outside_the_span() -> None:
    clause = "同比下降5.6%"
    (q,) = find_quantities(clause)
    assert (q.value, clause[q.start : q.end]) == (-5.6, "5.6%")


def test_whole_numbers_stay_int() -> None:
    values = [q.value for q in find_quantities("新增30个,达五百亿,增长6.5%")]
    assert values == [30, 500, 6.5]
    assert [type(v) for v in values] == [int, int, float]


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("5.06", 5.06),
        ("五百", 500),
        ("1.5万", 15000),
        ("二十", 20),
        ("两", 2),
        ("1,200", 1200),
        ("三千", 3000),
        ("千", 1000),
        ("一万五千", 15000),
        ("六点五", 6.5),
        ("百分之六点五", 6.5),
        (" 725 ", 725),
        ("十四五", None),
        ("二〇二〇", None),
        ("abc", None),
        ("", None),
    ],
)
def test_parse_number(span: str, value: object) -> None:
    got = parse_number(span)
    assert got == value
    assert type(got) is type(value)


# -- properties --

UNITS = [
    "亿元",
    "万元",
    "元",
    "亿美元",
    "万美元",
    "%",
    "个百分点",
    "家",
    "个",
    "项",
    "人",
    "名",
    "户",
    "万亩",
]
UNITS += ["亩", "公里", "千米", "万平方米", "平方米", "吨", "万吨", "辆", "座", "所", "套", "件", "位", "倍"]
UNITS += ["万千瓦", "千瓦", "万人次", "人次", "万人", "MW"]
SCALE = {"万亿": 10**12, "亿": 10**8, "万": 10**4}


def scale(unit: str) -> int:
    return next((factor for prefix, factor in SCALE.items() if unit.startswith(prefix)), 1)


@st.composite
def arabic_numerals(draw: st.DrawFn) -> tuple[str, int | float]:
    whole = draw(st.integers(min_value=0, max_value=10**9))
    if draw(st.booleans()):
        places = draw(st.integers(min_value=1, max_value=3))
        digits = draw(st.integers(min_value=0, max_value=10**places - 1))
        text = f"{whole}.{digits:0{places}d}"
        return text, float(text)
    text = f"{whole:,}" if whole >= 1000 and draw(st.booleans()) else str(whole)
    return text, whole


@given(arabic_numerals(), st.sampled_from(UNITS), st.sampled_from(["", " "]))
def test_any_arabic_figure_with_a_unit_reads_back(numeral: tuple[str, object], unit: str, gap: str) -> None:
    text, expected = numeral
    (q,) = find_quantities(f"全年新增{text}{gap}{unit},")
    assert (q.value, q.unit, q.cmp) == (expected, unit, "=")
    assert isinstance(q.value, int) == isinstance(expected, int)
    assert parse_number(text) == expected


@given(st.integers(min_value=1, max_value=99999))
def test_any_chinese_numeral_reads_back(n: int) -> None:
    written = cn2an.an2cn(n)
    assert parse_number(written) == n
    # 万/亿 before a unit belong to the unit; the amount itself is unchanged.
    (q,) = find_quantities(f"总投资{written}亿元。")
    assert q.value * scale(q.unit) == n * 10**8
    if len(written) > 1:  # a one-character numeral before a counting word is a word (`一批`, `三个`)
        (q,) = find_quantities(f"新增{written}家")
        assert q.value * scale(q.unit) == n


BOUNDS_BEFORE = {
    "不少于": ">=",
    "不低于": ">=",
    "至少": ">=",
    "超": ">",
    "超过": ">",
    "突破": ">",
    "高于": ">",
    "多于": ">",
    "达": "=",
    "达到": "=",
    "完成": "=",
    "实现": "=",
    "": "=",
    "控制在": "<=",
    "不超过": "<=",
    "不高于": "<=",
    "低于": "<",
    "少于": "<",
}
BOUNDS_AFTER = {"以上": ">=", "以下": "<=", "以内": "<=", "左右": "=", "": "="}


@given(
    st.sampled_from(sorted(BOUNDS_BEFORE)),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(UNITS),
    st.sampled_from(["", " "]),
)
def test_bound_words_before_the_figure(word: str, n: int, unit: str, gap: str) -> None:
    clause = f"确保{word}{gap}{n}{unit}"
    (q,) = find_quantities(clause)
    assert q.cmp == BOUNDS_BEFORE[word]
    assert clause[q.start : q.end] == (f"{word}{gap}{n}{unit}" if word else f"{n}{unit}")
    assert clause[q.number_start : q.number_end] == f"{n}{unit}"


@given(
    st.sampled_from(sorted(BOUNDS_AFTER)), st.integers(min_value=1, max_value=10**6), st.sampled_from(UNITS)
)
def test_bound_words_after_the_figure(word: str, n: int, unit: str) -> None:
    clause = f"确保{n}{unit}{word},"
    (q,) = find_quantities(clause)
    assert q.cmp == BOUNDS_AFTER[word]
    assert clause[q.start : q.end] == f"{n}{unit}{word}"


def assert_well_formed(clause: str, quantities: list[Quantity]) -> None:
    previous_end = 0
    for q in quantities:
        assert previous_end <= q.start <= q.number_start < q.number_end <= q.end <= len(clause)
        assert q.cmp in {">=", ">", "=", "<=", "<", "range"}
        assert q.unit
        previous_end = q.end


CLAUSE_CHARS = (
    "0123456789.,:-~+%、 ()“”\"'AGKMW第前百分之零一二两三四五六七八九十百千万亿点多余个家项人名位强元美亩米吨"
    "以上下内左右不少于超过突破达到控制在低于约近下降减少负增长季度年月日号级届大全市排列"
)


@settings(max_examples=400)
@given(st.one_of(st.text(alphabet=CLAUSE_CHARS, max_size=60), st.text(max_size=60)))
def test_never_raises_and_spans_are_ordered(clause: str) -> None:
    assert_well_formed(clause, find_quantities(clause))


# -- the seeds --


def seed_clauses() -> list[str]:
    """Every clause of the seeds, in simplified script, with pinyin annotations removed."""
    to_simplified = opencc.OpenCC("t2s")
    text = "\n".join(
        to_simplified.convert(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))
    )
    text = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text)
    return [c for c in re.split(r"[。；;!！？?\n]", text) if c.strip()]


@pytest.fixture(scope="module")
def clauses() -> list[str]:
    return seed_clauses()


def test_seed_clauses_give_well_formed_quantities(clauses: list[str]) -> None:
    found = 0
    for clause in clauses:
        quantities = find_quantities(clause)
        assert_well_formed(clause, quantities)
        found += len(quantities)
    assert found > 200


def test_a_point_typed_between_spaces_is_a_point() -> None:
    # trnww.com 平顶山 2025 (trad): `經濟增長6 . 5%左右`
    assert [(q.value, q.unit) for q in find_quantities("经济增长6 . 5%左右")] == [(6.5, "%")]
    assert [(q.value, q.unit) for q in find_quantities("经济增长6. 5%左右")] == [(6.5, "%")]


def test_the_end_of_a_span_of_ordinals_is_no_figure() -> None:
    # laobiganzi.top 经开区 2023: `完成联东U谷·智能制造产业园第16至23批次招商`
    assert find_quantities("完成联东U谷·智能制造产业园第16至23批次招商") == []
    assert [(q.value, q.unit) for q in find_quantities("新建16至23个")] == [((16, 23), "个")]


def test_thousands_of_hectares_and_a_multiplier_after_digits() -> None:
    # sjzyihang.com 宜章 2023: `蔬菜及食用菌种植面积13.3千公顷`; `5千万以下固定资产投资` is 5000 万元
    assert [(q.value, q.unit) for q in find_quantities("蔬菜及食用菌种植面积13.3千公顷,增长0.4%")] == [
        (13.3, "千公顷"),
        (0.4, "%"),
    ]
    assert [(q.value, q.unit) for q in find_quantities("种植3千亩")] == [(3000, "亩")]
    assert [(q.value, q.unit) for q in find_quantities("投资5千万元")] == [(5000, "万元")]
    assert [(q.value, q.unit) for q in find_quantities("5千万以下固定资产投资")] == [(5000, "万元")]


def test_a_rank_without_its_ordinal_mark() -> None:
    # 0525000.com 长沙县 2017: `长沙县2004年位居65位、2008年排37位`; people stay people
    assert [(q.value, q.unit) for q in find_quantities("长沙县2004年位居65位、2008年排37位")] == [
        (65, "名次"),
        (37, "名次"),
    ]
    assert [(q.value, q.unit) for q in find_quantities("邀请3位专家")] == [(3, "位")]
