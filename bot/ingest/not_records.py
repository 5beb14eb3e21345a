"""Figures that are not records: numbers a sentence uses to describe, qualify or count something other than
a figure of the place's work (RECORDS.md, "What is not a record").

Each test looks at one quantity in its phrase (split at commas and 、): a threshold or amount that qualifies a
name (`招引10亿元以上重特大项目`), a figure in a name or a slogan (`两个百亿`, `“双百亿”`), the field a ranking is
made in, the parts of a document, the people at a meeting, the place's own facts (area, population, divisions).
"""

from __future__ import annotations

import re

from bot.ingest.base_level import last_year_base
from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.numbers import (
    RANK_UNIT,
    Quantity,
    find_quantities,
    is_count_unit,
    is_relative_unit,
    parse_number,
)
from bot.ingest.record import Record

__all__ = [
    "WORK_MEASURE_UNITS",
    "cut_off_tail",
    "days_taken_name",
    "is_base_value",
    "is_county_fact",
    "is_incidental",
    "is_name_part",
    "is_not_a_figure",
    "is_peer_count",
    "is_qualifier",
    "next_measured",
    "without_repeated_groups",
]

_QUALIFIER_GAP = re.compile(
    r"\s*的?\s*(?!的?\s*(?:同比|比|较|增长|增加|提高|提升|上升|扩大|扩展|发展(?:到|至)|跃升|攀升|下降|减少|降低|降至|降到|达到|到|至|占|居|位|列|和|及|与|或|、"
    # (`总量从102.68亿元增至168.8亿元`, r295 寻乌: where a level moved from)
    r"|[增减升]至|[增减升]到|突破|跨越"  # (`总营收由53亿元突破140亿元`, r295 寻乌: from one level past another)
    # (`今年投资近200亿谋划163个重点建设项目`, r112 鄱阳; `首期投资十五亿人民币兴建二条…生产线`, r167 封开 2007: a verb
    # of what the amount does, maybe after its currency)
    r"|对|用于|建设|新建|兴建|实施|开展|谋划|推进|人民币\s*(?:兴建|新建|建设|用于|实施)"
    # (`投资2.6亿元建成城关-玉科…3条35KV输变电工程`, ykshuntai.com 道孚 2015: what the money built; not `…建成的…`;
    # `投资32.8亿元完成301个村污水处理设施建设`, f16_p03 武清)
    r"|建成(?!的)|完成(?!的)"
    # (`完成全年43亿元目标任务的34.82%`, r126 雅安经开区 2019: the target's amount, a share of it follows)
    r"|(?:目标任务|工作任务|投资计划|目标|任务|计划)\s*的))"
    r"(?!的)[\u4e00-\u9fff]"  # (`目标293亿元的81.4%`: a share of the figure follows, not a name)
)

# `…亿元的桐昆三期`: an amount that describes a thing (but `…万元的基础上` is a figure in its own right).
_ATTRIBUTIVE = re.compile(r"\s*的\s*(?!基础|同时|目标|任务|水平|比重|份额)[\u4e00-\u9fff]")
# A name that ends like this is one facility or firm, not an indicator of the place.
_ENTITY_WORDS = r"(?:园|园区|项目|公司|企业|集团|基地|中心|工程|厂|码头|大楼|广场)"
_ENTITY_END = re.compile(f"{_ENTITY_WORDS}$")
_ENTITY = re.compile(_ENTITY_WORDS)


_ASIDE_OPENED = re.compile(r"\s*(?:人民币)?\s*[（(][^()（）]{0,16}")
_MARKS_COUNTED = re.compile(r"\s*[两二三四五六七八九十]个[百千万亿]+(?:亿元|元)?(?:关口|台阶|大关|级台阶)")


def is_qualifier(phrase: str, q: Quantity, later: list[Quantity]) -> bool:
    """`招引10亿元以上重特大项目不少于30个`: the first figure qualifies the name of the second."""
    if (
        later
        and q.unit in ("批", "批次")
        and not phrase[q.end : later[0].start].strip()
        and _PROJECTS_COUNTED.match(phrase, later[0].end)
    ):  # `全方位保障三批次135个重点项目建设` (r129 中宁 2026): the batches the projects come in (people sent in
        return True  # batches count both: `选派2批次11名医护精英`, a seed)
    if not later or is_count_unit(q.unit) or q.unit == "名次":
        return False
    if _ASIDE_OPENED.fullmatch(phrase, q.end, later[0].start):
        # `总投资372.9亿元人民币(含利用外资的项目1个)` (r362 邳州): the next figure stands in an aside on this one
        return False
    if _MARKS_COUNTED.match(phrase, q.end):
        # `地区生产总值连续跨越500亿元、600亿元两个百亿关口` (f13_p14 博罗 2021): the marks passed, counted after the
        # last one, qualify nothing
        return False
    if _SAME_TIME_LAST_YEAR.search(phrase, 0, q.start) and _COMPARED_AFTER.match(phrase, q.end):
        # `上半年生产原煤252万吨,与去年同期179万吨相比增长41%` (r394 宣威, a mid-year story): last year's level, the
        # start of the change, qualifies no name
        return False
    if q.unit == "天" and _DONE_AFTER.match(phrase, q.end):
        return False  # `60天完成2251.5亩征地拆迁` (r322 威远 2023): the days it took, then the work done
    if _ALTERNATIVE.fullmatch(phrase, q.end, later[0].start):
        # `总投资超30亿元或3亿美元产业项目2个`: two thresholds, either of which qualifies the name
        return is_qualifier(phrase, later[0], later[1:])
    if (
        q.unit in WORK_MEASURE_UNITS
        and later[0].unit in WORK_MEASURE_UNITS
        and next_measured(phrase, q.end, later[0].start)
    ):
        # `共完成22.3万亩高标准农田和248.6公里机耕路建设` (f14_p08 和县 2021): two works done, each measured
        return False
    return bool(_QUALIFIER_GAP.match(phrase, q.end))


_SAME_TIME_LAST_YEAR = re.compile(r"(?:与|和|同)(?:去年|上年)(?:同期)?的?\s*$")
_COMPARED_AFTER = re.compile(r"\s*(?:相比|比较|相较)")


# The units works are measured in (land, length, floor space), and a work named between two of them joined by `和`.
WORK_MEASURE_UNITS = frozenset(
    ("亩", "万亩", "公顷", "万公顷", "公里", "千米", "平方米", "万平方米", "平方公里", "平方千米")
)
_NEXT_MEASURED = re.compile(r"[\u4e00-\u9fff]{2,10}(?:和|及|与|以及)")


def next_measured(phrase: str, start: int, end: int) -> bool:
    """Whether the words between a measured figure (ending at `start`) and the next (at `end`) name a work, then `和`."""
    return bool(
        start and _MEASURED_BEFORE.search(phrase, 0, start) and _NEXT_MEASURED.fullmatch(phrase, start, end)
    )


_MEASURED_BEFORE = re.compile(r"\d\s*(?:万?亩|万?公顷|公里|千米|万?平方米|平方公里|平方千米)\s*$")
_PROJECTS_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,6}(?:项目|工程)")
# (`总投资1亿美元及10亿元以上项目7个`, tx.gov.cn 桐乡经开区 2024)
_ALTERNATIVE = re.compile(r"\s*(?:或|或者|/|及|和|、)\s*")


_MEASURE_UNITS = frozenset(("亿元", "万元", "元", "亿美元", "万美元", "%", "个百分点", "万人", "人"))
_NAMED_PROJECT = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{0,12}?(?:项目|工程|电站|基地|生产线)(?![\u4e00-\u9fff]{0,2}(?:投资|建设))"
)


# A project named by what it will make a year (mtqpdj.com 安泽 2021, zjol.com.cn 缙云 2009): `年产170万吨焦化、…
# 等项目`, `年产50万吨…型材生产线项目`, `200万吨/年氧化钙生产线`; not `项目建成后可年产5万吨`.
# (and the next product of its list: `年产加工竹桿木工藝筷3億雙工藝竹砧板300萬平方米項目`, `年產3萬套高檔工藝竹家具及20萬件小家具竹工藝品
# 項目`, acstyle.com.cn 庆元 2015)
_CAPACITY_BEFORE = re.compile(
    r"(?<![可能将])(?:年产|年生产|年处理|年加工)(?:[^，,。；;\d]{0,12}|[^，,。；;]{0,24}?[\d.]+\s*[万亿]?[\u4e00-\u9fff]{1,2}"
    r"[^，,。；;\d]{0,12}?(?:及|和|与|、)?)\s*$"
)
# (or a works named by its product: `年產5000萬塊免燒磚廠正式投產`, r320 平利 2010)
_PLANT_NAMED = re.compile(
    r"(?:/年)?[^，,。；;]{0,24}?(?:项目|生产线|工厂|厂(?![房区长家商])|基地|车间|装置|工程)"
    r"(?![\u4e00-\u9fff]{0,2}(?:投资|建设))"
)
# The next item of a list of projects named by what they make a year: the capacity before is one item's name.
_NEXT_CAPACITY = re.compile(
    r"[^，,。；;\d]{0,12}?[、和及与][^，,。；;\d]{0,12}?(?:年产|年生产|年处理|年加工)"
)
# A bare magnitude word with its unit (`千人`, `万亩`, `百户`) right before a facility or programme it sizes.
_MAGNITUDE_ALONE = re.compile(r"[百千万]\s*[\u4e00-\u9fff]{1,2}")
_NAMED_BY_SIZE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:基地|园区|园|中心|工程|计划|行动|村|社区|团队|方阵|示范区|示范点|产业带)(?![\u4e00-\u9fff]{0,2}(?:面积|规模))"
)
_LISTED_PROJECTS = re.compile(r"[^，,。；;]{0,80}?等[\u4e00-\u9fff]{0,8}项目")
_HEAD_UNITS = frozenset(("头", "只", "羽"))
# (what follows the name does not matter: `150萬頭生豬養殖產業化發展項目總投資約43億元`, ikaaw.com 天全 news)
_HERD_NAMED = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:项目|产业链|产业园|园区|养殖场|猪场|牛场|羊场|鸡场|基地)")
_CAPACITY_UNITS = ("MW", "MWh", "GW", "GWh", "kW", "千瓦", "兆瓦", "吉瓦")
_PLANT = re.compile(
    r"\s*(?:光伏|风电|风能|风力|储能|水电|火电|燃煤|燃气|生物质|垃圾焚烧|农光|渔光|分布式|集中式)"
)
# A plant's capacity listed before a sibling plant's (`華電200MW、中環100MW集中式光伏並網發電`, r185 灵武, trad;
# `国家电投100MW、华能50MW农光互补` style lists), or paired with its storage's hours (`配套建設200MW/400MWh儲能`, r185)
_SIBLING_PLANT = re.compile(
    r"\s*(?:[、和及与]\s*[\u4e00-\u9fffA-Za-z]{0,8}?|/\s*)[\d.]+\s*万?(?:MWh|MW|GWh|GW|kWh|kW|千瓦时|千瓦|兆瓦时|兆瓦|吉瓦)"
    + _PLANT.pattern
)
# A capacity naming one item of a list of projects (`260噸精紡技改、晨宏科技升級改造等項目加快推進`, r185 灵武, trad): the
# figure is followed by the item's own name, then the next item, and the list ends in `等…项目`.
_LISTED_NAME = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}[、和及与][^，,。；;]{0,80}?等[\u4e00-\u9fff]{0,8}项目"
)
_SESSIONS_BEFORE = re.compile(r"届[一二三四五六七八九十]+次(?:\s*[、和及]\s*[一二三四五六七八九十]+次)*\s*[、和及]\s*$")
_SHARES_TRIPLE_AFTER = re.compile(r"\s*[:：]\s*\d+(?:\.\d+)?\s*%?\s*[:：]")
_SHARES_TRIPLE_BEFORE = re.compile(r"%\s*[:：]\s*$")
_SAMPLE = re.compile(r"\s*(?:的)?(?:人口)?(?:变动)?(?:抽样|抽查)")
# A page's furniture: a view or comment counter (`0浏览 评论0条`), its font switch. A counter's word stands next to its
# figure; elsewhere it is a word of the text (`推出不少于200场公益性文艺演出、400场阅读推广活动`, r148 长宁 2024).
_PAGE_FURNITURE = re.compile(r"访问量|点击量|阅读量|浏览量|浏览次数|阅读次数|字体")
# (and a question-and-answer site's count of answers: `共1个回答`, f20_p20 河源高新区 2023)
_COUNTER = r"(?:浏览|评论|阅读|点赞|收藏|转发|点击|回答)"
_COUNTER_BEFORE = re.compile(rf"{_COUNTER}(?:数|次数)?\s*[:：]?\s*[(（\[]?\s*$")
_COUNTER_AFTER = re.compile(rf"\s*(?:次|人)?\s*{_COUNTER}(?![\u4e00-\u9fff])")


# (`跻身财政收入千万元乡镇行列`, f13_p06 潜山 2010)
_CLASS_OF_PLACES = re.compile(
    r"(?:乡镇|[镇村县乡])(?:[亿万元]{1,3}[镇村县乡])?(?:[、和及与]|名单|称号|行列|[”\"」]|\s*$)"
)


# Households or people that size a village, a community or a firm (`50户以上自然村`, `百人以上企业`): a threshold.
_SIZE_UNITS = frozenset(("户", "人", "名"))
_SIZED_PLACE = re.compile(r"\s*的?\s*(?:自然村|行政村|村民小组|村庄|村|社区|小区|集镇|企业|单位)")
# A list item's heading that is a project's name: `四、塘南等7个乡镇1000公里农村安全饮水管网铺设项目` (r197 南昌县 2024).
_ITEM_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[（(][一二三四五六七八九十\d]{1,3}[)）])[、.．]?\s*[^，,。；;：:!！?？]{2,60}?(?:项目|工程)\s*"
)


def is_name_part(phrase: str, q: Quantity, after: str = "") -> bool:
    """Figures that describe a thing rather than measure the place: `总投资64.8亿元的亚太森博`,
    `5平方公里东江生物医药产业园`, thresholds such as `500万元以上工业企业`, and counted slogans
    such as `三个全方位`, `五项机制`. `after` is the sentence's text after the phrase (the next item of a list)."""
    rest = phrase[q.end :]
    if q.unit == "天" and _took_days(phrase, q):
        return False  # `用60天时间实现了项目一期主体厂房封顶` (r238 辽阳 2020): the time the work took
    if q.unit in ("亿元", "万元") and _CLASS_OF_PLACES.match(rest):
        return True  # `全国乡村特色产业十亿元镇亿元村名单` (sc.china.com.cn 邻水 2021): a class of towns, not a sum
    # (read once, and only where a `年` stands before the figure: the pattern is tried at every position)
    capacity = phrase.find("年", 0, q.start) >= 0 and _CAPACITY_BEFORE.search(phrase, 0, q.start)
    if (capacity or rest.startswith("/年")) and (_PLANT_NAMED.match(rest) or _LISTED_PROJECTS.match(rest)):
        return True  # `新开工建设年产160万吨大机焦、年产30万吨焦油深加工…等项目`: a capacity in a name
    if capacity and _NEXT_CAPACITY.match(rest):
        # `铭磊水晶年产60万箱水晶灯饰、汇能中哲年产1.5万吨…` (fensifuwu.com 青川 2022): projects named by capacity
        return True
    if q.unit == "次" and _MARKS_PASSED.match(rest):
        # `集装箱年吞吐量三次跨越千万标箱` (777doc.com 盐田 2012): how the level grew, part of its verb, not a count
        return True
    if _MAGNITUDE_ALONE.fullmatch(phrase, q.number_start, q.end) and _NAMED_BY_SIZE.match(rest):
        # `建立千人劳务基地1家` (gansu.gscn.com.cn 靖远 2016): a size in words in a facility's name
        return True
    if q.unit.lstrip("万") in _HEAD_UNITS and _HERD_NAMED.match(rest):
        return (
            True  # `乌木溪6000头种猪场项目`, `100万头生猪产业链` (r161 石门 2021): a farm's herd in its name
        )
    if not is_count_unit(q.unit) and q.unit != "名次":
        if _SIZE_CLASS.match(rest):
            return True  # `阿克苏地区唯一的50万吨级棉花期货交割库` (f17_p20 新和): a facility's size class, not a measure
        if (
            "单" in phrase[max(0, q.start - 8) : q.start]
            and _EACH_UNIT_SIZE.search(phrase, 0, q.start)
            and rest.startswith("的")
        ):
            # `拥有安装19台单机容量2000千瓦的风力发电机组` (f14_p14 黄梅 2019): the size of each unit, in the units' name
            return True
        if q.unit not in _MEASURE_UNITS and (_NAMED_PROJECT.match(rest) or _LISTED_NAME.match(rest)):
            return True  # `中国天楹如东100MWh重力储能项目`: a figure in a project's name
        if q.unit.endswith(_CAPACITY_UNITS) and (
            _PLANT.match(rest) or _SIBLING_PLANT.match(rest.strip() or after)
        ):
            return True  # `万鑫顺达100MW光伏并网发电` (qiantufanwen.com 泽州): a plant's capacity in its name
        if _ATTRIBUTIVE.match(rest) and _ENTITY.search(rest):
            return True
        followed_by_name = bool(_QUALIFIER_GAP.match(rest))
        if followed_by_name and (
            _ENTITY_END.search(rest)
            or (
                _THRESHOLD_END.search(phrase[: q.end])
                and not _PURPOSE.match(rest)
                and not (q.unit == "%" and _RATE_NAMED_AFTER.fullmatch(rest))
            )
        ):
            return True  # (`高于全市2个百分点以上来安排`: a bound, then what is done with it)
    elif q.unit in _SIZE_UNITS and _THRESHOLD_END.search(phrase, 0, q.end) and _SIZED_PLACE.match(rest):
        return (
            True  # `覆盖所有行政村所在地和50户以上自然村` (r122 云龙 2017): a size that says which villages
        )
    elif _ITEM_HEADING.fullmatch(phrase) and not after.strip():
        return True  # `三、新建300个公共充电桩项目` (r197 南昌县 2024): a task's heading names its project
    elif (
        _ONE_OF.match(rest)
        or _UNDER.search(phrase[: q.start])
        or (_NAMED_AMONG.search(phrase, 0, q.start) and _AMONG_LIST_END.match(rest + after))
    ):
        return True  # `全省6个县市区之一`, `所辖7个县(市、区)`
    elif (_ADMIN_UNIT.match(rest) or q.unit == "乡") and _DIVIDED.search(phrase[: q.start]):
        return True  # `辖7个镇、1个街道、122个行政村`: the place's divisions
    if phrase[: q.start].endswith("每"):
        return True  # `每千人口`: a denominator
    if "每" in phrase and _EACH_ASIDE_BEFORE.search(phrase, 0, q.start):
        return True  # `新增10个(每个街道1个)老年人助餐点` (r213 江宁 2024): the share of each, in an aside
    if q.unit == "次" and phrase[: q.start].endswith("届"):
        return True  # `全面落实市委九届九次、十次全会` (r200 滨海新区 2012): a plenary session's name
    if q.unit == "次" and _SESSIONS_BEFORE.search(phrase, 0, q.start):
        return True  # `省委十二届二次、三次、四次全会` (r415 沐川 2024): the next sessions of that list
    if q.unit == "%" and (
        _SHARES_TRIPLE_AFTER.match(phrase, q.end)
        or (not phrase[q.end :].strip() and _SHARES_TRIPLE_AFTER.match(after))
        or _SHARES_TRIPLE_BEFORE.search(phrase, 0, q.start)
    ):
        return True  # `三次产业结构由上年的23.1%:20.5%:56.4%调整为…` (r274 高昌 2023): a structure, no figure
    if q.unit in ("‰", "%") and _SAMPLE.match(phrase, q.end):
        return True  # `据2022年全省5‰人口变动抽样调查推算` (tjgb.hongheiku.com 云和 2022): a survey's sampling rate
    if "《" in phrase and phrase.count("《", 0, q.start) > phrase.count("》", 0, q.start):
        return True  # `《2025年十五件民盼实事任务分解》`: a figure in a title
    if _DOCUMENT_TITLE.search(phrase):
        return True  # `2.2025年十五件民盼实事任务分解`: an attachment's title in a list
    if "每" in phrase and is_count_unit(q.unit) and _EVERY.search(phrase, 0, q.start):
        return True  # `平均每3天落地1个亿元项目`: a pace, not a count
    if _IN_BRACKETS_AFTER.match(phrase, q.end) and _IN_BRACKETS_BEFORE.search(phrase, 0, q.start):
        return True  # `一、县示范区管委会牵头工作(8项)`: a heading's count of its items
    written = phrase[q.number_start : q.number_end]
    if (_ROUND.fullmatch(written) and _SLOGAN_COUNT.search(phrase, 0, q.start)) or (
        is_count_unit(q.unit) and _SMALL_CHINESE.fullmatch(written) and _MAGNITUDE.match(phrase, q.end)
    ):
        return True  # `达到两个百亿`: a slogan of two round figures
    if _ROUND.fullmatch(written) and _AIMED_AT.search(phrase, 0, q.start) and not _AMOUNT_NAMED.match(rest):
        # `全力以赴冲千亿` (r188 宜都 2025, a heading), `始终朝着打造千亿、国家级、“五好”园区目标迈进` (r393 雨花经开区
        # 2022): a round magnitude aimed at, with no unit and nothing it measures, is a slogan
        return True
    if (
        (phrase[: q.start].endswith("双") and not phrase[: q.start].endswith("双双"))
        or _DIGITS_WORD.match(rest)
        or _PAGE_FURNITURE.search(phrase)
        or _COUNTER_BEFORE.search(phrase, 0, q.start)
        or _COUNTER_AFTER.match(rest)
    ):
        # `奋战“双百亿”`, `两位数增长`, `0浏览 评论0条`; `双双突破1000亿元` (r406 小蓝经开区 2016) is "both", no name
        return True
    is_small_chinese = bool(_SMALL_CHINESE.fullmatch(written))
    if (
        is_small_chinese
        and is_count_unit(q.unit)
        and phrase[: q.start].endswith("以")
        and _AS_MEANS.match(rest)
    ):
        return True  # `以两个加快为主抓手` (i.xpaper.net 金坛 2018): a slogan the work is done by
    if is_small_chinese and is_count_unit(q.unit) and _SHORT_WORD.fullmatch(rest.split("、")[0].strip()):
        return True  # `筑牢…两张网`, `守住三条底线`: a counted slogan ends its phrase
    if q.unit == "张" and _NAME_CARDS.match(rest.strip() or after):
        return True  # `持續擦亮長城、世園、冬奧三張“金名片”` (r173 延庆 2024, trad): a place's calling cards, a slogan
    if is_small_chinese and is_count_unit(q.unit) and _PROGRAMME.match(rest.split("、")[0]):
        return True  # `统筹一个阵地、五个新晃建设` (gongwensou.com 新晃 2020): a programme counted in words
    return is_small_chinese and q.unit in ("个", "项", "条", "大") and len(phrase.strip()) <= 6


_NAME_CARDS = re.compile(r"\s*[“\"「]?[\u4e00-\u9fff]{0,4}?名片")
# What a counted slogan names: a place's `…建设` programme (`四个上杭建设`, `五个新晃建设`).
_PROGRAMME = re.compile(r"\s*[“\"]?[\u4e00-\u9fff]{2,4}[”\"]?建设\s*$")


# (`行政管辖面积171平方公里,核心区面积27.5平方公里`: a development zone's extent, i.xpaper.net 金坛 2018)
# (and its peoples and how densely it is settled: `蒙古族20137人,占总人口比例9.47%,人口密度为每平方公里8.35人`,
# jiaofawei.cn 四子王旗 2020)
# (and how its people and land divide: `其中农業人口102 293人,非農業人口39 551人`, `可耕地面積80 000公頃,占3.5%`,
# `草場面積854 000公頃`, `其他少數民族1 074人,占0.7%`, r133 乌拉特中旗 2009; `總?cè)丝?/SPAN>141 844人`, whose
# `人口` a broken encoding lost, leaves `总` alone)
# (`有土、藏、回、蒙等少数民族群众11.26万人`, r154 互助 2022)
_PEOPLE = r"(?:(?:其他|其它)?少数民族(?:群众)?|[\u4e00-\u9fff]{1,3}族)"
# (a town's or county's profile: `土地总面积887.66平方公里`, `河流总长度为307.6公里`, `全县有大、中、小河道24条`,
# `地表水资源可利用量2亿立方米`, `城镇人口…占全县总人口的15.6%`, wendangku.net 金乡 2005; `总户数5781户(其中农业户5122户)`,
# `全镇现有耕地11036亩`, 365135.com 皂角镇; `耕地面积14000余亩`, `其中暂住人口5000人`, `人均耕地近1亩`, cnenc.net 东坝镇 2006)
_COUNTY_FACT = re.compile(
    # (a zone's planned area: `园区总体规划面积15.76平方公里`, r287 西丰; `规划建设总面积10平方公里`, f16_p19 吉水)
    # (`辖域总面积为7,692平方公里`, `探明含煤面积2824平方公里`, f19_p19 准格尔旗 encyclopedia entry)
    # (a zone's extent as a decision set it: `将开发区的规划范围调整为150平方公里,管辖面积调整为84平方千米,详细规划面积61平方千米`,
    # f20_p15 宜春经开区 2008; `升级后规划面积为9.198平方公里`, f20_p20 河源高新区 2023)
    # (`原来的雁栖湖生态示范区规划建设面积为21平方公里`, r358 怀柔)
    r"(?:[\u4e00-\u9fff]{0,12}?(?:开发区|园区|新区|高新区|经开区|示范区)的?)?"
    r"(?:(?:(?:国土|行政区域|区域|土地|(?:行政)?管辖|辖区|辖域|核心区|(?:升级后|调整后)?(?:总体|详细)?规划(?:建设)?|幅员|[县市镇乡旗]域)总?"
    r"|总)面积|规划范围)"
    r"|幅员|(?:总|户籍)人口|(?P<bare>面积|人口)"
    # a bulletin's or yearbook's people (`年末全旗常住人口为21.35万人`, `全市常住总人口55.81万人`, nmgqq.com.cn 2022)
    # what lies under the ground (`白音华煤田初步探明储量达141亿吨`, baidushanxi.net 西乌旗)
    r"|(?P<reserve>[\u4e00-\u9fff]{0,12}?(?:探明|远景|预测|已知|总)?(?:储量|蕴藏量|资源量))"
    # (and `…常住人口数23.64万人`, kuaida1.com 中方 2022)
    # (`年末全县总人口46.18万人`, f14_p07 平原 yearbook)
    r"|(?P<resident>(?:年末|年底)?(?:全[县市区旗镇乡盟州])?(?:常住|户籍)(?:总)?人口数?|(?:年末|年底)(?:全[县市区旗镇乡盟州])?(?:总)?人口数?)"
    # (the towns' residents: `城镇常住人口15.14万人`, r274 高昌 2023; `其中城镇常住人口6.32万人`, r297 光泽 2017)
    r"|(?P<split>(?:农业|非农业|城镇|乡村|农村|暂住|流动|外来)(?:常住)?人口)"
    # (a coast's sea and a land's sweep: `海域1200平方公里`, r338 惠安 2002; `在这块方圆2816平方公里的热土上`, r312 上思 2011)
    r"|(?P<land>[\u4e00-\u9fff]{0,8}?方圆|海域|(?:可利用)?(?:可耕地|耕地|草场|草原|天然草场|林地|有林地|山地|水域|陆地|海域|其它|其他)(?:总)?面积|(?:探明)?含(?:煤|油|气|矿)面积|(?:现有)?耕地|人均耕地(?:面积)?)"
    # (`年末全县户籍总户数49.4万户`, tjgb.hongheiku.com 2022 bulletin)
    r"|(?P<homes>(?:年末|年底)?(?:全[镇乡县市区旗])?(?:户籍)?(?:总)?户数|农业户|非农业户)"
    r"|(?P<water>(?:地表|地下)?水资源(?:总量|可利用量|蕴藏量)?|(?:河流|河道)(?:总)?长度)"
    r"|(?P<rivers>[^，,。；;]{0,16}?(?:河道|河流|水系|湖泊))"
    r"|(?P<lost>(?:年末|户籍)?总)|(?P<sex>(?:总人口中)?(?:男|女|男性|女性)(?:人口)?)"
    # (the year's births and deaths counted: `全年死亡5388人`, r245 酉阳 2022; `人口自然增长3806人`, sjzyihang.com 莒县 2023)
    r"|(?P<flow>(?:新增)?出生人口|死亡人口|迁入人口|迁出人口|出生|死亡|人口自然增长)"
    rf"|人口密度(?:为)?(?:每平方(?:公里|千米))?|(?P<people>{_PEOPLE}(?:人口)?)"
    rf"|(?P<share>{_PEOPLE}(?:人口)?(?:占总(?:人口)?的?(?:比例|比重)?|占比))"
    # (the land a terrain takes: `地貌以丘陵沟壑为主,占总面积的74%`, f19_p19 准格尔旗)
    r"|(?P<part>占(?:全[县市区旗镇乡])?总(?:人口|户数|面积)的?(?:比例|比重)?)"
)
# The share a fact takes of the whole: `可耕地面积…占3.5%` is named `可耕地面积占比`.
# So is its change (`年末常住人口94.9万人,比上年末增加0.1万人`, tjgb.hongheiku.com 2022 bulletin):
# `全县年末总?cè)丝?/span>391318人,比上年增加1.36%` (m.ilynn.cn 越西 2023) is named `年末总增速`.
_FACT_SHARE = re.compile(
    r"(?P<fact>.+?)(?:占比|占(?:全[县市区旗镇乡])?总(?:人口|面积|户数)?的?(?:比例|比重)?"
    r"|(?P<change>(?:比上年末?|较上年末?|同比)?(?:增速|增长|增加|减少|下降)))"
)
# A character every fact's name above holds (the words that end them or the people and land they count).
_FACT_CHARS = re.compile(r"[面范幅口总户耕地水河湖族男女量生亡域圆]")
_SET_TO = compile_words_first(r"(?<=面积|范围)调整$")
_UNREAD_FIGURE = re.compile(r"\d[\d.]*\s*万?")
_FACT_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?[镇乡县旗区市])?(?:其中|现有|共有|有)")
_CLIMATE = re.compile(
    r"相对湿度|(?:年|平均)?降[水雨]量|日照时[长数间]|(?:平均|极端最[高低])气温|平均风速|无霜期|蒸发量"
)
# A count in a volume of air or water is a concentration, a profile's boast of clean air, not a count of things done:
# `負氧離子平均含量每立方厘米3827個` (r184 腾冲 profile, trad), `空气负氧离子浓度平均2260个/立方厘米` (lknet.ac.cn 泰顺 2014),
# `年平均負氧離子濃度爲1553個/立方厘米` (xuehua.us 光山 2019), `每立方厘米达17万个` (037xw.com 汝城 2017).
_PER_VOLUME_BEFORE = re.compile(r"每立方(?:厘米|分米|米)\s*(?:达到?|为|约|高达|超过|平均)?\s*$")
_PER_VOLUME_AFTER = re.compile(r"\s*/\s*(?:立方厘米|立方分米|立方米|cm3|cm³|m3|m³)")
# (a border's or coast's length: `國境線長150公里`, r184 腾冲 profile, trad; `边境线长`, `海岸线长`)
# (and its extent: `南北最长处约57千米,东西最宽处约102千米`, f14_p09 泰和 profile)
_DISTANCE = re.compile(
    r"距离?[^，,。；;]{1,30}$|相距|(?:边境|国境|海岸|边界)线(?:总)?长|(?:东西|南北)[^，,。；;]{0,3}?(?:[长宽]|跨度)"
)
# A profile's history, counted: the scholars its exams made and the generals and martyrs it gave (`开科取士以来共产生状元3名、
# 榜眼4名、探花4名、进士399名`, `有开国将军18位`, `有名有姓的革命烈士5749名`, f14_p09 泰和 profile), not work done
# (but the martyrs' families visited are: `走访慰问烈士家属`)
_HISTORY = re.compile(
    r"状元|榜眼|探花|进士|举人|开国将军|开国元勋|革命烈士|烈士(?!家属|亲属|遗属|子女|纪念|陵园)"
)
_HISTORY_UNITS = frozenset(("名", "位", "人", "个"))
_FACT_DISTANCE_UNITS = frozenset(("公里", "千米", "米"))
_CLIMATE_UNITS = frozenset(("%", "小时", "毫米", "米", "天", "日", "m", "℃"))
_RESERVE_UNITS = frozenset(("吨", "万吨", "亿吨", "立方米", "万立方米", "亿立方米", "千克", "公斤", "万千瓦"))
_WATER_UNITS = frozenset(("立方米", "万立方米", "亿立方米", "公里", "千米"))
_RIVER_UNITS = frozenset(("条", "个"))
_WORKED_ON = re.compile(r"[建治整疏清造改创修护]|样板|生态|美丽|示范|幸福")
_LAND_UNITS = frozenset(("公顷", "万公顷", "亩", "万亩", "平方公里", "平方千米"))
_PEOPLE_UNITS = frozenset(("人", "万人"))


# (`在国内219家国家级经开区排前90名`, r375 娄底经开区 2016, trad)
_PEER_COUNT_BEFORE = re.compile(
    r"在\s*(?:(?:19|20)\d\d\s*年度?\s*)?(?:全国|全省|全市|全区|全县|国内|省内|[东西南北中]部(?:地区)?|同类|同级)?\s*$"
)
# (`一般公共预算收入增速连续12个月位居济南市4个百亿区第一位`, r266 济南高新区 2023: the city whose districts it ranks among)
_RANKED_IN = re.compile(
    r"(?:居|位居|位列|列|名列|排名|排在|跻身)\s*(?:全国|全省|全市|全区|同类|同级|[\u4e00-\u9fff]{1,4}[省市])?\s*$"
)
# The rank right after the field: `…219家国家级经开区排前90名`.
_RANK_VERB_FOLLOWS = re.compile(
    r"[^，,。；;\d]{0,16}?(?:排|居|位列|位居|排名|排在)\s*(?:第|前)\s*[\d一二三四五六七八九十]"
)
# A club joined, with its size before the rank that admits: `进入中部10省区70家国家级经开区前30名` (r375).
_JOIN_ANY_BEFORE = re.compile(r"(?:进入|跻身|迈入|挤进)[^，,。；;]{0,12}$")
_CLUB_RANK_AFTER = re.compile(r"[^，,。；;\d]{0,16}?前\s*[\d一二三四五六七八九十]+\s*(?:名|位|强)")
_RANK_FOLLOWS = re.compile(r"[^，,。；;]{0,12}?(?:第|前\s*[\d一二三四五六七八九十])")
_COUNTRY_BEFORE = re.compile(r"(?:全国|全省|全区)\s*(?:近|约|共|超过?)?\s*$")
_COUNTIES_AFTER = re.compile(r"\s*个?\s*县域")
_LISTED_IN_BEFORE = re.compile(r"(?:列入|纳入|进入)\s*(?:全?[国省市州县区])?\s*$")
_PART_COUNTED_AFTER = re.compile(
    r"[^，,。；;\d]{0,16}?(?:项目|工程)\s*(?:中|里)?\s*(?:有|共有)\s*(?:\d|[一两二三四五六七八九十])"
)
_ONLY_ONE_AFTER = re.compile(r"[^，,。；;\d]{0,20}?中\s*(?:唯一|仅有|首个|首家|第一个|第一家)")
_PEER_COUNT_AFTER = re.compile(
    r"[^，,。；;]{0,30}?中\s*(?:继续|仍然|仍|再次|稳居|始终)?\s*(?:位列|位居|排名|排在|排|居|列|名列)"
)  # `总量在全省91个县(市)中继续排名第一`


def is_peer_count(phrase: str, q: Quantity) -> bool:
    """Whether a count is of the field a ranking is made in: `在全省126家省级以上开发区综合考评中位列第3位`."""
    if not is_count_unit(q.unit):
        return False
    before = phrase[: q.start]
    if _PEER_COUNT_BEFORE.search(before) and (
        _PEER_COUNT_AFTER.match(phrase, q.end) or _RANK_VERB_FOLLOWS.match(phrase, q.end)
    ):
        return True
    if _JOIN_ANY_BEFORE.search(before) and _CLUB_RANK_AFTER.match(phrase, q.end):
        return True
    # `分别居全省34个类区县第1位、第2位`: the field of the rank that follows
    if _RANKED_IN.search(before) and _RANK_FOLLOWS.match(phrase, q.end):
        return True
    # `全区工业23个行业大类中…等15个行业保持增长` (lhyc.gov.cn 郾城 1-7月 2017): the field a count is taken from
    if _FIELD_OF_COUNT.match(phrase, q.end):
        return True
    # `广西111个县市区,…` (r134 武宣 2022): how many counties a province has, the field the place stands in
    if _WIDER_AREA_END.search(before) and _PEER_COUNTIES.match(phrase, q.end):
        return True
    # `对全国1866个县域进行了总体评价`, `在全国近2000个县域经济单元中遴选出400强` (f18_p05 罗源, f18_p14 正定): the
    # country's or province's counties, the field of a ranking
    if _COUNTRY_BEFORE.search(before) and _COUNTIES_AFTER.match(phrase, q.end):
        return True
    # `成为全省15个省级示范性产业园中唯一连续四年获此殊荣的园区` (f20_p20 河源高新区 2023): the field the place alone
    # stands out in
    if _COUNTRY_BEFORE.search(before) and _ONLY_ONE_AFTER.match(phrase, q.end):
        return True
    # `龙潭区列入市20项重大产业工程项目有8项` (f18_p01 龙潭 2011): the city's list, of which the place's part is counted
    if _LISTED_IN_BEFORE.search(before) and _PART_COUNTED_AFTER.match(phrase, q.end):
        return True
    # `力争进入…44个百亿园区这个行列` (r134 武宣 2022): the club a place means to join, counted
    if _JOIN_BEFORE.search(before) and _CLUB_AFTER.match(phrase, q.end):
        return True
    # `在已批准的14个项目中,总投资2000万美元以上的项目2个` (thebillshakespeares.com 秦皇岛开发区 2005)
    return bool(_AMONG_BEFORE.search(before) and _AMONG_AFTER.fullmatch(phrase, q.end))


_PROVINCES = (
    "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆"
    "|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆"
)
_WIDER_AREA_END = re.compile(
    rf"(?:全国|中国|我国|全省|全市|全州|全盟|(?:{_PROVINCES})(?:省|市|(?:[\u4e00-\u9fff]{{0,4}})自治区)?"
    # a city named (`在南通市9个县市区中排名第二`): the field a county ranks in
    r"|[\u4e00-\u9fff]{2,4}?[市州盟])\s*(?:各地)?\s*(?:共有|已有|有)?\s*$"
)
_PEER_COUNTIES = re.compile(
    # (a rank right after a bare `县`: `处于全州15个县首位`, f14_p13 台江 2010)
    r"\s*个?\s*(?:县市区|县区|县市|区县|市县|县(?=\s*[（(]|\s*(?:第|首位|榜首|前列)))(?:中|之中|里|内|(?![\u4e00-\u9fff])"
    # the rank right after them (`广饶的GDP增速连续两年保持全省136个县市区第1位`, dzrb 广饶 2024)
    # (or its front rank: `固定资产投资增速稳居全省100个县区前列`, r238 辽阳 2020)
    r"|(?=\s*(?:第|前\s*[\d一二三四五六七八九十]|前列|前茅|首位|榜首)))"
    # the zones of a country or a city (`吉林市已有两个国家级开发区`, `此次全国各地共有36个开发区申报国家级开发区`,
    # r172 吉林经开区 2011): the field a zone stands in
    r"|\s*(?:国家级|省级)?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|新区)"
)
_JOIN_BEFORE = re.compile(r"(?:进入|跻身|迈入|挤进|加入)[^，,。；;\d]{0,12}$")
_CLUB_AFTER = re.compile(r"[^，,。；;]{0,12}?行列")
_AMONG_BEFORE = re.compile(r"在[^，,。；;\d]{0,8}$")
_AMONG_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,8}?(?:项目|企业|单位)\s*中\s*")


# (or a share of it: `8个行业大类中超五成保持增长`, f15_p03 文峰 2025 一季度)
_FIELD_OF_COUNT = re.compile(
    r"\s*(?:个|种|家)?\s*[\u4e00-\u9fff]{0,6}(?:行业大类|大类行业|行业|大类|门类|产品|工业产品)\s*中"
    r"[^，,。；;]{0,80}?(?:(?:有\s*)?(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|种|家)|超?[一二三四五六七八九]成|过半|半数)"
)


# Counts that are not figures of the place's work:
# - the parts of a task-list document (`明确133项具体任务`, `涉及34个牵头单位`, `推进38项重点工作落实`);
# - the people at a meeting (`160多名代表与会`);
# - the natural and scenic features of a profile (`9条河流`, `1个国家级自然保护区`), unless they are made;
_DOCUMENT_PARTS = re.compile(
    r"(?:具体|重点|工作)?任务|(?:牵头|责任|配合|协办|主办|承办)单位|重点工作|工作重点|(?:代表|委员|嘉宾|人员)?(?:与会|出席|列席|参会)"
    # (`签约客商代表…共100余人现场参加签约仪式`, r132 舟曲: the people at a ceremony)
    r"|(?:现场)?(?:参加|出席|见证|观摩)[\u4e00-\u9fff]{0,8}(?:仪式|会议|大会|开幕式|签约会|推介会)"
)
# - how many places of a kind there are, the count naming nothing done (`河北省共有县级市21个,县91个,自治县6个`, r389 迁安
#   2024; `全国共有国家级高新区113家`, f20_p20 河源高新区 2023); not towns, which a count names as what did something
#   (`原13个乡镇实现了…减贫摘帽`, f20_p05 平塘 2016), nor cities, which a market's reach counts (`优质果蔬销往北京、西安等200多个
#   城市`, f19_p13 元谋 2019)
_KIND_OF_PLACE = re.compile(
    r"(?:(?:全国|全省|全市|我国|[\u4e00-\u9fff]{2,3}省)(?:共有|有))?"
    r"(?:县级市|地级市|县|自治县|旗|自治旗|市辖区|县级行政区|县市区|(?:国家级|省级)?(?:高新区|开发区|经开区))"
)
_FEATURES = re.compile(
    r"(?:国家级|省级|国家|[1-5]A级)?(?:河流|湖泊|水库|自然保护区|森林公园|湿地公园|地质公园|风景名胜区|景区)"
)
_MADE = re.compile(r"新增|新建|建成|创建|创成|获批|争创|打造|新评|晋升|提升")
# - a scope of indicators (`在两个经济指标上达到两个百亿`).
# (`目前从这两个指标看`, r106 fx361.cc 黔西 2010: a viewpoint, not a figure)
# (and the indicators a ranking is made by: `四大类14个指标进行评选`, f13_p05 吴起 2011)
_INDICATOR_SCOPE = re.compile(r"\s*(?:项|个)?\s*[\u4e00-\u9fff]{0,4}指标\s*(?:上|中|方面|来看|看|进行|作为)")


# The sectors whose figure follows, summed or each (`两项产业合计贡献全区37.23%的产业集聚度`, chaxiaohao.com 东乡 2025): the
# figure is the sum's, the count only says how many sectors it covers.
_SECTORS_SUMMED = re.compile(
    r"\s*[\u4e00-\u9fff]{0,4}?(?:产业|行业|指标|板块|领域)\s*(?:合计|共计|总共|合共|均|都)(?=[^，,。；;]{0,12}\d)"
    # (and the indicators whose one rank follows: `9项强县工程经济指标增速在全省百强县市中稳居第一`, f13_p17 大冶 2024)
    r"|\s*[\u4e00-\u9fff]{0,10}?指标(?:增速|增幅|总量)?\s*(?:在|均|都|全部)(?=[^，,。；;]{0,16}(?:第|前|首位|榜首|\d))"
)
# The towns or villages where what is counted next is done (`在该县6个乡镇新建6所幼儿园`, `今年新建的6个幼儿园分别在杨家坳、
# 宽坪…等6个乡镇`, news.chazidian.com 思南 2014): where, not what was done.
_AT_PLACES = re.compile(r"在\s*(?:[该全本我]?[县市区旗])?\s*$")
_NEXT_FIGURE_AFTER = re.compile(r"[^，,。；;]{1,16}?\d")
_EACH_AT_LISTED = re.compile(r"分别(?:在|位于|落户|分布在)[^，,。；;\d]{2,80}等\s*$")
# How many times a mark was passed (`集装箱年吞吐量三次跨越千万标箱`, 777doc.com 盐田 2012): how the level grew, not a count.
_MARKS_PASSED = re.compile(r"\s*(?:跨越|跨过|突破|迈上|登上)")


def is_not_a_figure(phrase: str, q: Quantity, indicator: str) -> bool:
    if q.unit in _THRESHOLD_UNITS and _THRESHOLD_AFTER.fullmatch(phrase, q.end):
        # each of the things just counted passes the amount (`预计全年将有7栋楼宇税收超过5000万元`, f15_p09 伍家岗;
        # `全市442个村集体年经营性收入全部达到20万元以上`, f16_p02 义乌): the count is the record, the amount says which
        return bool(_EACH_PASSES.search(phrase, 0, q.number_start))
    if not is_count_unit(q.unit):
        return False
    if _DOCUMENT_PARTS.fullmatch(indicator) or _KIND_OF_PLACE.fullmatch(indicator):
        return True
    if q.unit.endswith("个") and (
        _PER_VOLUME_BEFORE.search(phrase, 0, q.start) or _PER_VOLUME_AFTER.match(phrase, q.end)
    ):
        return True  # `负氧离子平均含量每立方厘米3827个`: a concentration
    if q.unit == "口" and phrase[: q.start].endswith("家"):
        return True  # `刘玉兰一家三口搬进了…新居` (dongkou.gov.cn 洞口 2019): a family, not wells or ponds
    if _FEATURES.match(phrase, q.end) and not _MADE.search(phrase[: q.start]):
        return True
    if _SECTORS_SUMMED.match(phrase, q.end):
        return True
    if _ADMIN_UNIT.match(phrase, q.end) and (
        (_AT_PLACES.search(phrase, 0, q.start) and _NEXT_FIGURE_AFTER.match(phrase, q.end))
        or _EACH_AT_LISTED.search(phrase, 0, q.start)
    ):
        return True
    if q.unit == "个" and _SPREAD_WORK.match(phrase, q.end):
        return True
    return bool(_INDICATOR_SCOPE.match(phrase, q.end))


_THRESHOLD_UNITS = frozenset(("元", "万元", "亿元", "美元", "万美元", "亿美元"))
_THRESHOLD_AFTER = re.compile(r"\s*(?:以上)?\s*")
_EACH_PASSES = re.compile(
    r"(?:(?:将有|共有|有)\s*\d+\s*[个栋家户座所]\s*[\u4e00-\u9fff]{2,16}?|\d+\s*[个栋家户座所]\s*[\u4e00-\u9fff]{2,16}?(?:全部|均|都))"
    r"\s*(?:超过|达到|达|超|过)\s*$"
)


_WORKED_RESOURCE = re.compile(r"回收|利用|处置|处理|消纳|废旧|废弃")


def is_county_fact(indicator: str, unit: str, planned: bool = False) -> bool:
    """The place's area or population (`总面积863平方公里`), not a figure of its work; a bare `面积` or
    `人口` only in the units of a whole place (`面积达26.67万亩` is the area of something just named). A
    resident population `planned` (`到2025年常住人口达到50万人`) is a goal, not a fact."""
    # the weather of a bulletin's year (`平均相对湿度47%`, tjgb.hongheiku.com, a banner's 2022 bulletin), and where
    # the place lies (`乌苏镇距离…编组站仅2.5公里`, business.sohu.com 抚远 2014)
    if unit in _CLIMATE_UNITS and _CLIMATE.search(indicator):
        return True
    if unit in _FACT_DISTANCE_UNITS and _DISTANCE.search(indicator):
        return True
    if unit in _HISTORY_UNITS and _HISTORY.search(indicator):
        return True
    indicator = _SET_TO.sub("", indicator)  # `管辖面积调整为84平方千米`: the extent a decision set
    if not _FACT_CHARS.search(indicator):
        return (
            False  # (most names hold none of the words of a place's facts: the patterns below are not tried)
        )
    if _UNREAD_FIGURE.search(indicator):
        # a figure with no unit of its own runs into the name (`人口71万县域面积1130平方公里`, dfrtw.com 紹興縣): the
        # name is what follows it (the area of the county; r111 吉安 2017 writes `县域面积2117平方公里`)
        indicator = _UNREAD_FIGURE.split(indicator)[-1] or indicator
    if "有" in indicator or indicator.startswith("其中"):
        # `总人口14505人(其中农业人口13487人)`, `有国土面积270.43平方公里`
        indicator = _FACT_LEAD.sub("", indicator)
    m = _COUNTY_FACT.fullmatch(indicator)
    if m and m.group("reserve"):  # (not what was found this year: `新增探明储量`)
        # (nor what is recycled: `每年回收利用各类废旧资源量800万吨`, r371 灵武 2023)
        return unit in _RESERVE_UNITS and "新增" not in indicator and not _WORKED_RESOURCE.search(indicator)
    if m and m.group("resident"):
        return unit in _PEOPLE_UNITS and not planned
    if not m and unit in _PEOPLE_UNITS and not planned and (change := _FACT_SHARE.fullmatch(indicator)):
        # `常住总人口55.81万人,比上年增加0.13万人`: the change of the people is a fact too
        fact = _COUNTY_FACT.fullmatch(change["fact"]) if change["change"] else None
        if fact and fact.group("resident"):
            return True
    if m and m.group("water"):
        return unit in _WATER_UNITS
    if m and m.group("rivers"):  # (not what was worked on: `建成生态样板河道369条`, a seed)
        return unit in _RIVER_UNITS and not _WORKED_ON.search(indicator)
    if m and m.group("homes"):
        return unit in ("户", "万户")
    if m and m.group("part"):
        return unit == "%"
    if not m and unit == "%" and (share := _FACT_SHARE.fullmatch(indicator)):
        fact = _COUNTY_FACT.fullmatch(share["fact"])
        # the growth of its people (not of a land use, nor of anything called bare `人口`; a bare `总` only where a year's
        # end says it was the population: `总增幅127.36%` is not)
        if share["change"]:
            if fact and fact.group("lost") and not share["fact"].startswith("年末"):
                return False
            return bool(fact) and not (fact.group("bare") or fact.group("land") or "面积" in share["fact"])
        # (the towns' share of the people is the urbanisation rate, a record: `其中城镇常住人口6.32万人,占总人口比重为
        # 46.5%`, r297 光泽 2017)
        # (but a profile's `城镇人口…占全县总人口的15.6%`, wendangku.net 金乡 2005, stays a fact, as before)
        towns = bool(fact) and fact.group("split") is not None and "城镇常住" in share["fact"]
        return bool(fact) and not fact.group("bare") and not fact.group("lost") and not towns
    if m and m.group("people") and unit == "个":
        return "民族" in indicator  # how many peoples live there (`有少数民族24个`, f14_p07 平原 yearbook)
    if m and (m.group("people") or m.group("split") or m.group("lost") or m.group("sex") or m.group("flow")):
        return unit in _PEOPLE_UNITS
    if m and m.group("land"):
        return unit in _LAND_UNITS
    if m and m.group("share"):
        return unit == "%"
    # (a bare `人口` in people: `人口57035人(2016年)`, 360doc.com 长岛 2016; an area in square metres is a site's:
    # `在伊河县城段形成长2.3公里、总面积70万平方米的水面`, r37 嵩县 2010)
    if unit.endswith(("平方米", "平米")):
        return False
    return bool(m) and (not m.group("bare") or unit in ("平方公里", "平方千米", "万人", "人"))


# (`辖8个乡、5个镇、1个垦殖场,4个居委会` (shzq.org 莲花县): a state farm is a division too)
# Inner Mongolia's townships and villages are 苏木 and 嘎查; a stud farm (种畜场) is a division as a state farm is; a
# village's committees and groups are its parts (`全旗辖8个蘇木鎮、1个種畜場,有村民委員會84个,村民小組278个`, r133).
# An ethnic township is a township (`中方县辖11个镇、1个民族乡`, kuaida1.com 中方 2022); an island county's offices are
# divisions too (`长岛县下辖8个乡(镇、街道)(…)、2个开发管理处`, 360doc.com 长岛 2016).
_ADMIN_UNITS = (
    r"(?:民族乡|民族镇|民族苏木|乡镇|镇|乡|苏木|嘎查|街道|办事处|行政村|建制村|自然村|村民委员会|居民委员会|村委会|居委会|村民小组|居民小组"
    r"|村|社区|垦殖场|种畜场|国有农场|国有林场|林场|农场|牧场|开发管理处|管理处|管理区)"
)
_ADMIN_UNIT = re.compile(rf"\s*{_ADMIN_UNITS}")
# The towns and villages a work's figure is spread over, then the work and its figure in the same phrase (`全县33个乡镇228个
# 村共发展花椒18.02万亩`, f23_p14 平昌 2017; `刘集乡崔家等2个乡镇5个村建成核桃基地1万亩`, f23_p15 积石山 2010; `86个贫困村
# 实施的易地扶贫搬迁1427户`, r280 昭觉 2018): where the work is, not a figure of its own. (Not what each reached: `120个贫困村
# 年均收益5万多元`, f23_p17, names no work; `10个村实现…超10万元` is a count of those that passed.)
_SPREAD_WORK = re.compile(
    rf"\s*(?:贫困)?{_ADMIN_UNITS}\s*(?:(?:\d+|[一二两三四五六七八九十]+)\s*个\s*(?:贫困)?{_ADMIN_UNITS}\s*)?(?:共|累计|已|先后)?\s*"
    r"(?:发展|种植|栽植|栽种|建成|新建|实施的?)[^，,。；;、\d]{1,12}?\d"
)
_PROFILE_TITLE = re.compile(rf"\s*{_ADMIN_UNITS}\s*(?:简介|概况|介绍|概览|基本情况)")

_THRESHOLD_END = re.compile(r"以[上下]$")
# (a rate bounded, then named: `但也一直保持50%以上的增速`, f21_p05 文成 2021)
_RATE_NAMED_AFTER = re.compile(r"\s*的?\s*(?:增速|增幅|增长速度|增长率|增长)\s*")
_PURPOSE = re.compile(r"\s*(?:来|去|作为|进行|予以|加以)")
# (`是全市四个国家乡村振兴重点帮扶县之一`, aweekendwiththeauthors.com 巫溪 2022)
# (`全國首批24個歷史文化名城之壹`, dfrtw.com 紹興縣 2005: 壹 is 一 as a formal digit)
_ONE_OF = re.compile(r"[^，,。；;]{0,16}之[一壹]")
_UNDER = re.compile(r"(?:所辖|下辖)$")
# The size of each unit, right before it: `单机容量`, `单台功率`.
_EACH_UNIT_SIZE = re.compile(r"单(?:机|台|座|体)(?:装机)?(?:容量|功率|规模|产能)\s*(?:为|达|约)?\s*$")
# A size class before what it sizes: `50万吨级棉花期货交割库`, `10万千瓦级光伏电站`, `百亿元级产业集群`.
_SIZE_CLASS = re.compile(r"级(?=[\u4e00-\u9fff])(?!以上|以下|及以上)")
# ... or named one of several sets in a row (`礼县先后被评为全国32个优质水果生产基地县、60个优质苹果生产重点县和全省5个优质苹果
# 生产重点县及无公害农产品产地之一`, f17_p19 礼县 2017): each count is a set's size, named before the `之一` that ends them
_NAMED_AMONG = re.compile(r"(?:评为|列为|确定为|认定为|命名为|列入)[^，,。；;]*$")
_AMONG_LIST_END = re.compile(r"[^，,。；;]{0,80}?之[一壹]")
_DIGITS_WORD = re.compile(r"\s*数")
# (a table's heading numbered in words: `一、10件民生实事任务分解表`, r187 吉水 task table)
_DOCUMENT_TITLE = re.compile(
    r"^\s*(?:附件\s*)?(?:\d{1,2}\s*[.、．]?|[一二三四五六七八九十]{1,2}\s*[、．.])\s*[^，,。；;]{2,40}?"
    r"(?:任务分解|实施方案|工作方案|行动方案|工作要点|任务清单|责任清单|分工方案)表?\s*$"
)
_EVERY = re.compile(r"每\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:天|日|周|个?月|小时|分钟)")
_IN_BRACKETS_BEFORE = re.compile(r"[(（]\s*共?\s*$")
_IN_BRACKETS_AFTER = re.compile(r"\s*[)）]\s*$")
_POINTS_BACK = re.compile(r"(?:这|那|此|上述|以上)\s*$")
_WORD_NUMERAL = re.compile(r"[两二三四五六七八九十几]+")
_SLOGAN_COUNT = re.compile(r"[两二三四五六七八九十]\s*个\s*$")
_MAGNITUDE = re.compile(r"\s*[十百千万亿]")
_ROUND = re.compile(r"[十百千万亿]+")
_AIMED_AT = re.compile(r"(?:打造|冲刺|冲|奔|迈向|争创)\s*$")
_AMOUNT_NAMED = re.compile(r"\s*(?:元|美元|产值|规模|税收|营收|产业|级)")
_SMALL_CHINESE = re.compile(r"[一二两三四五六七八九十]+\s*\S{0,2}")
_SHORT_WORD = re.compile(r"[\u4e00-\u9fff]{1,2}")
_AS_MEANS = re.compile(r"\s*[\u4e00-\u9fff]{1,6}?为")


# Counts a sentence uses to tell how something was done rather than what the place did:
# - a method: who evaluated (`四家单位联合成立的课题组`), what was measured (`选取18项指标`), the field evaluated
#   (`对全省122个县(市、区)中的94个进行评分`);
_EVALUATION = re.compile(
    r"评价|评分|评估|测评|考评|考核单位|评比|评选|排名|排序|监测|课题组|指标体系|评价体系|榜单"
)
_EVALUATORS = re.compile(
    r"\s*(?:单位|机构|高校|院校|院所|专家|部门)[^，,。；;]{0,6}?(?:联合|组成|共同|成立|参与)"
)
_SELECTED = re.compile(r"(?:选取|选择|选定|采用|设置|设立|构建|确定|涵盖|包括|从)\s*$")
# (a level of them: `涵盖16个2级指标`, r151 梅河口 2021)
# (and the rates ranked: `两项增速排名全市第一`, r124 融安 2024, trad)
_MEASURES = re.compile(r"\s*(?:[\d一二三四五六七八九十]级)?(?:[\u4e00-\u9fff]{0,4}指标|增速|增幅|指标增速)")
_ONLY_MEASURES = re.compile(r"\s*(?:[\d一二三四五六七八九十]级)?[\u4e00-\u9fff]{0,4}指标\s*")
_RANKED = re.compile(r"位居|排名|位列|名列|排在|居全|均居|全[国省市区县]\s*第")
_FIELD = re.compile(
    r"\s*(?:县级行政区|县级市|县市区|区县|自治县|自治旗|县|市|区|旗|林区|特区|乡镇|开发区|高新区|园区|城市|样本|对象)"
    # the kind of place ends the thing counted (`122个县(市、区)`, `1360个县、117个自治县`), or it is listed
    r"(?![\u4e00-\u9fff])|\s*(?:县|市|区|县市区)(?:上榜|入围|入选)"
    # (the counties a think tank rated: `壹城智库对1866个县域进行了总体评价`, f18_p06 靖江 2023)
    r"|\s*县域(?:经济)?(?:单元)?(?=\s*(?:进行|参与|参加|纳入|中|里))"
)
# (`对…6个方面的35个指标进行了综合评比`, bbs.xinwushan.cn 巫山 2020: the measures a ranking weighs)
_EVALUATED = re.compile(
    r"\s*(?:进行|参与|参加|纳入)?\s*了?\s*(?:综合|全面|总体)?\s*(?:评价|评分|评估|测评|考评|评比|排名|排序)"
)
# - a ceremony: the honours handed out (`12个类别共96个…先进集体进行表彰`);
_CEREMONY = re.compile(r"表彰|颁奖|授予|嘉奖|命名")
_HONOURED = re.compile(r"类别|先进|优秀|模范|标兵|集体|个人|奖项")
# - the people at an event: `30余名县级领导深入重点项目工地`, `162名代表汇聚一堂`;
_ATTENDING = re.compile(
    # (with a word on who they are: `全球500余名重量级嘉宾参加各项活动`, r157 西城 2025)
    # (a congress's or a conference's own: `330多名县人大代表出席会议`, r292 商水 2018)
    r"\s*(?:[县市省区镇][级委]?|县处级|科级|各级|重量级|知名|中外|国内外|海内外|境内外|各界)?(?:人大|政协)?"
    r"(?:领导|干部|代表|委员|嘉宾|来宾|记者|专家|学者|企业家|客商)[\u4e00-\u9fff]{0,4}?"
    # (`60多名记者再次聚焦德化`, f19_p08 德化 2017: the press a county's event drew)
    r"(?:深入|带队|参加|出席|列席|汇聚|齐聚|调研|视察|观摩|督查|督导|参会|与会|走访|聚焦|走进|采访|探访)"
    # (the people of a news scene at work: `10多名村民趁着晴好天气采摘茶油果`, f16_p15 平江 2024-11)
    r"|\s*(?:村民|群众|工人|农户|农民|果农|茶农|菜农|志愿者)[\u4e00-\u9fff]{0,4}?(?:趁[着著]|正在|正忙|忙[着著於于]|穿梭)"
)
# - the press at an event, named by who sent it (`34家中央、市级和区级媒体记者齐聚新闻发布会现场`);
# (`来自中央、省、市及境外43家媒体的60多名记者再次聚焦德化`, f19_p08 德化 2017: the outlets, then their reporters)
_MEDIA_PRESENT = re.compile(
    r"[^，,。；;]{0,16}?(?:媒体|新闻单位|报社|电视台)(?:的)?(?:\s*\d+\s*[多余]?\s*[名位])?(?:记者|代表)?\s*"
    r"(?:再次|再度|先后|一同|共同)?(?:齐聚|汇聚|云集|参加|出席|到场|现场|聚焦|走进|采访|探访)"
)
# - the lots a work is let in, and their contractors (not a lot's own work: `完成3个标段建设`);
# - the parts of a system named by a code of their counts: `…3个…特色园、4个…集聚区“234”园区体系`;
_CODED_PARTS_MAX = 10  # (each count is one digit of the code)
_CODE_NAME_AFTER = re.compile(
    r"[^，,。；;]{0,40}?[“\"「](\d{2,6})[”\"」]\s*[\u4e00-\u9fff]{0,4}(?:体系|格局|模式|布局|架构|框架|工程|战略)"
)
_LET_IN = re.compile(r"(?:分|分为|划分为|划为|共分)\s*$")
_LOT_CONTRACTORS = re.compile(r"\s*标段(?:的)?(?:施工|中标|监理)(?:企业|单位|队伍|方)")
# - the divisions out of which a count is taken (`16个乡镇中有15个…`);
_ADMIN_FIELD = re.compile(
    rf"\s*{_ADMIN_UNITS}\s*(?:中|之中|当中)\s*(?:有|共有)?\s*(?:\d|[一二两三四五六七八九十])"
)
# - a congress's roll: `应到代表215名,实到199名` (tmtzqrd.gov.cn 土默特左旗 2024), `现有代表204人,出席本次全体会议的
#   代表175人` (hjhq.gov.cn 杭锦后旗 2026), `400多名人大代表…出席大会` (cfrd.gov.cn 赤峰 2017);
_ROLL_BEFORE = re.compile(r"(?:代表|委员|应到|实到)\s*$")
_ROLL_AFTER = re.compile(r"\s*(?:人大|党代会|政协)(?:代表|委员)")
# - the parts of a document or plan: `10个方面40条贯彻举措`, `出台10条措施`;
# (`利用外資有三個明顯特點`, thebillshakespeares.com 秦皇岛开发区 2005: how a text orders its points)
_PARTS = re.compile(
    # (`从绿色发展、…以及民生保障5个层面`, r151 梅河口 2021: the dimensions a ranking looks at)
    # (`新建镇村公交候车亭100座等31项子内容`, r213 江宁 2024: the items of a list of undertakings; `落实促进民营经济
    # 发展的55条意见和…行动计划`, r114 通辽经开区: a policy's articles, then the next document)
    # (`聚焦国家战略、实体经济、科教兴区等13个领域、52项重点工作`, f15_p17 青岛西海岸新区: the fields a plan covers)
    r"\s*(?:方面|层面|维度|领域(?=\s*[、和及与,，]))|\s*[\u4e00-\u9fff]{0,4}(?:举措|措施|意见|条款|子内容|子项目|子任务)\s*(?:$|[和及与、])|\s*(?:明显|突出|主要|显著|鲜明)?(?:特点|亮点|特征)"
)
# - the venues of a ceremony: `共设1个主会场和19个分会场` (sx.cri.cn 沁源 2018);
_VENUE = re.compile(r"\s*(?:主会场|分会场|会场)")
# - the sector shares of an economy's structure: `产业结构构成由上年的22.26%、28.63%和49.11%调整为21.35%、…`
#   (https://ooriskin.com/… 湖南 county statistics 2023);
_STRUCTURE_SHIFT = re.compile(
    r"产业结构[^，,。；;]{0,8}?(?:由|从)[^，,。；;]*?%[^，,。；;]*?(?:调整|变化|优化|转变)?为[^，,。；;]*%"
)
# - a streak (`连续两次入选`) and a campaign's slogan (`决战100天`).
_STREAK = re.compile(r"连续\s*$")
# - the deputies at a congress and the members of a visiting delegation (`带领该县党政考察团一行40余人来我区参观考察`,
#   r94 nxhuan.com 陵城);
_DELEGATES = re.compile(r"\s*(?:人大代表|政协委员|党代表|代表|委员)(?!会|建议|议案|提案)")
_VISITORS = re.compile(r"一行\s*$")
_VISITING = re.compile(r"[^，,。；;]{0,6}?(?:来|到|赴)[^，,。；;]{0,8}?(?:参观|考察|调研|观摩|学习|交流)")
# - the divisions of the place, in a sentence that says what it governs;
# (`全旗行政区划为5个苏木`, jiaofawei.cn 四子王旗 2020; `全县2334平方公里,分为11个乡镇`, m.tftnews.com 文山 2021)
# (`镇内有11个村民委员会和1个居民委员会,67个村民小组`, 365135.com 皂角镇)
# (`下設12鎮5鄉2街道、220個村(社區)、2854個村民小組`, r184 腾冲 profile, trad)
_DIVIDED = re.compile(r"[所下]?辖|下设|行政区划|(?<![划细])分为|(?:镇|乡|县|旗)(?:内|域|境内)(?:共)?有")
_WORDS = re.compile(r"[\u4e00-\u9fff]")
# (`漳县下辖6个镇、8个乡,共有141个行政村`, drbdp.com 漳县: the villages of the same sentence)
_HAS = re.compile(r"^\s*(?:共有|另有|还有|有|共)")
# (but what the villages did is told of them: `,有120个行政村实现通客车`)
_LISTED_ONLY = re.compile(rf"\s*{_ADMIN_UNITS}\s*(?:[、，,。；;和及]|$)")
_DIVISION_NAMED = re.compile(rf"\s*(?:共有|有|设有|设)?\s*{_ADMIN_UNITS}\s*(?:共|达)?\s*")
# (a division's other name in brackets: `辖2个镇、5个蘇木(鄉),55个嘎查(村)、9个社區`, kcge.org.cn 新巴尔虎左旗 2018)
_COUNTED_DIVISIONS = re.compile(
    rf"[\d一二三四五六七八九十]+\s*个?\s*{_ADMIN_UNITS}(?:[（(]{_ADMIN_UNITS}[)）])?|[、和及]"
)
# (`辖乡6个、镇2个、街道1个`, xjcl.gov.cn 策勒 2024: each division before its count, the list opened by 辖)
_DIVISIONS_NOUN_FIRST = re.compile(
    rf"(?:[所下]?辖|下设)\s*(?:{_ADMIN_UNITS}\s*\d+\s*个\s*[、和及]\s*)*{_ADMIN_UNITS}\s*"
    rf"|(?:{_ADMIN_UNITS}\s*\d+\s*个\s*[、和及]\s*)+{_ADMIN_UNITS}\s*"
)
_LIST_COUNT = re.compile(r"\s*[\u4e00-\u9fff]{1,4}分别[^，,。；;\d]{0,6}\d(?![\d.]*\s*年)")
_MADE_UP_BY = re.compile(r"由[^，,。；;]{0,12}$")
_MADE_UP = re.compile(r"[^，,。；;]{0,30}?组成")
_CAMPAIGN = re.compile(r"(?:决战|奋战|大干|鏖战|冲刺|攻坚)\s*$")
_CAMPAIGN_QUOTED = re.compile(
    r"[‘“'\"「](?:决战|奋战|大干|鏖战|冲刺|攻坚|决胜|剑指|挺进)[\u4e00-\u9fff]{0,8}$"
)
_QUOTE_CLOSES = re.compile(r"[\u4e00-\u9fff]{0,6}[’”'\"」]")
_CAMPAIGN_AFTER = re.compile(r"\s*的?\s*(?:硬仗|攻坚战?|会战|大会战|冲刺|大比武|百日|行动)")
_TOOK = re.compile(r"(?:仅|只)?用(?:时|了)?\s*$|(?:历时|耗时|仅|只)\s*$")
# (`创造了项目摘牌后11天完成全部审批手续新纪录`, cdtywh.com 献县 2021: the days it took after a start)
_AFTER_START = re.compile(r"[^之以前]后\s*$")
_DONE_AFTER = re.compile(r"\s*(?:时间)?(?:内)?(?:即|就|便)?(?:成功)?(?:完成|实现|建成|拿到|取得|办结|获得)")


def days_taken_name(phrase: str, q: Quantity, name: str, later: list[Quantity]) -> str:
    """The name of the days a piece of work took, after the work done (`60天完成2251.5亩征地拆迁` → `征地拆迁用时`,
    `用60天时间实现了项目一期主体厂房封顶` → `项目一期主体厂房封顶用时`, r322 威远, r238 辽阳); `name` when it already
    says so (`从落笔签约到落地动工用时96天`, r277 廉江), '' when the figure is no time taken."""
    if name.endswith("用时"):
        return name.lstrip("、")
    done = _DAYS_WORK.match(phrase, q.end)
    if not done or not _took_days(phrase, q):
        return ""
    start, end = done.start("work"), done.end("work")
    for other in later:  # the work's own extent is no part of its name (`2251.5亩`)
        if other.number_start < end and other.end > start:
            start = max(start, other.end)
    work = phrase[start:end]
    work = _WORK_TAIL.sub("", work[work.rfind("的") + 1 :]).strip()
    return f"{work}用时" if len(work) >= 2 else ""


def _took_days(phrase: str, q: Quantity) -> bool:
    """Whether a count of days is the time a piece of work took: `用60天…`, `60天完成…`."""
    return bool(_TOOK.search(phrase, 0, q.start) or _DONE_AFTER.match(phrase, q.end))


_DAYS_WORK = re.compile(
    r"\s*(?:时间)?\s*(?:内)?\s*(?:就|即|便)?\s*(?:成功)?\s*(?:完成了?|实现了?|建成了?)?\s*(?P<work>[^，,。；;]{2,40})"
)
_WORK_TAIL = re.compile(r"(?:工作|任务)$")


# What a project's work is: the days it took are a record.
_PROJECT_WORK = re.compile(r"项目|征地|拆迁|签约|动工|封顶|投产|竣工|搬迁")
_DISTANCE_UNITS = frozenset(("公里", "千米", "米"))
_SECTORS_AFTER = re.compile(
    r"\s*[\u4e00-\u9fff]{0,4}?(?:行业|门类|大类|产业|领域)(?![\u4e00-\u9fff]{0,2}(?:项目|园|基地|集群|链|工人|企业))"
)
_FIELD_OF_SECTORS = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:行业|门类|大类|产业|领域)\s*中\s*")
_SECTORS_LISTED = re.compile(r"(?:[\u4e00-\u9fff]{2,16}、)+[\u4e00-\u9fff]{2,16}$")
# (`距内蒙古自治区首府呼和浩特市391公里`, r133 乌拉特中旗: a capital's full title is long)
_DISTANCE_FROM = re.compile(r"(?:距|距离|离)[^，,。；;\d]{0,16}$")
# After a distance (`距兰州市38.5公里,白银市79公里,…,经景泰到银川有470公里`), the next places of its list, and a
# place's extent (`南北长约49公里,东西宽约23公里`), gs.touzi888.net 兰州新区 2021.
_NEXT_PLACE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,8}(?:市|县|区|镇|港|站|机场)|(?:经[\u4e00-\u9fff]{1,6})?(?:到|至)[\u4e00-\u9fff]{1,6}有?)\s*约?\s*$"
)
# (and a border's or a coast's length: `北与蒙古国接壤,有国界线184公里`, r133 乌拉特中旗)
# (a height above sea level or how far a town sprawls: `处于海拔1500米左右`, `城区绵延约6公里`, m.tftnews.com 文山 2021)
# (a relief and the highest and lowest points: `南北高差4.1米`, wendangku.net 金乡; `境内最高海拔(米田村俄卓戛梁子)2533.9米`,
# jendow.com.tw 田坝镇 2003)
_EXTENT = re.compile(
    r"(?:(?:南北|东西)(?:长|宽|纵深|跨度|最长|最宽|高差)|(?:国界线|边境线|边界线|海岸线)(?:长|总长|全长)?"
    r"|(?:最高|最低|平均)?海拔(?:高度)?(?:高)?|高差|绵延|延绵|蜿蜒|最深|最长|最宽)\s*(?:[(（][^()（）]{1,16}[)）])?\s*(?:约|达|为|在)?\s*$"
)
# (`这是一片回、土、汉、藏等23个民族聚居并共同建设的家园`, r218 大通 2001, trad: the peoples living there)
_PEOPLES = re.compile(r"\s*(?:少数)?民族\s*(?:$|[聚杂散]居|共同|同胞|兄弟|和睦|团结|人民)")
# (and the same in miles, in brackets after it: `47.6人/平方公里(123人/平方英里)`, f19_p19 准格尔旗 encyclopedia entry)
_CLIMATE_AFTER = re.compile(r"\s*(?:左右|以上)?\s*的\s*(?:无霜期|日照|年?降[水雨]量?|积温)")
_DENSITY = re.compile(r"\s*(?:每平方(?:公里|千米|英里)|/平方(?:公里|千米|英里)|/km|/mi)")
# (`是原区13万人的物流中心`, cnenc.net 东坝镇 2006: the people it serves)
_TOWN_OF = re.compile(r"\s*的[\u4e00-\u9fff]{0,6}?(?:镇|乡|村|城|县城|城市|小城|中心)(?![\u4e00-\u9fff])")
_OUTFLOW = re.compile(r"(?:净外流|净流出|人口外流|人口净流出)(?:率)?\s*(?:约|达|为)?\s*$")
_INCLUDING = re.compile(r"(?:包括|包含|含|连同)\s*$")
_INCLUDED_THEN_RANK = re.compile(
    r"[^，,。；;]{0,10}?在内\s*(?:[，,]\s*)?[^，,。；;]{0,6}?(?:位列|位居|排名|排在|居|列|名列|第)"
)


def _included_then_rank(sentence: str, phrase: str, q: Quantity) -> bool:
    at = sentence.find(phrase)  # (the rank may follow in the next phrase: `…在内,仍高居第6位`)
    return bool(_INCLUDED_THEN_RANK.match(sentence, at + q.end)) if at >= 0 else False


# A rank that says who makes a list, not where the place stands in it.
_RANK_DEFINES = re.compile(r"\s*(?:之内|以内)?\s*的\s*(?:即为|即是|就是|便是|入选|入围|当选)")
_AGE_BEFORE = re.compile(r"(?:今年|年仅|年近|年过|年逾|年届|时年|现年|已经|已)\s*$")
_WELLS = re.compile(r"井|泉|窑|窖|池|塘|泵|孔")
_AREA_OF_PLACE_UNITS = frozenset(("平方公里", "平方千米"))
_PLACE_OF_AREA = re.compile(r"\s*的\s*[\u4e00-\u9fff]{1,6}\s*")
_FLOWS_THROUGH = re.compile(r"(?:流经|途经|穿越|贯穿|横贯|穿过)\s*$")
_COMMENDED = re.compile(r"\s*(?:得到|受到|获得?|荣获)[^，,。；;]{0,10}(?:表彰|表扬|嘉奖|奖励|肯定)")
_NAV_LINE = re.compile(r"(?:上一篇|下一篇|上一条|下一条|相关阅读|相关新闻|推荐阅读)\s*[:：]")
_WITHIN_REACH = re.compile(r"\s*(?:以内|之内|范围内)(?:有|建有|设有|就有)")
_ROUTES = re.compile(r"\s*(?:铁路|高速公路|高速|国道|省道|航道|水道|机场)\s*[（(][^()（）]*[、,，]")


# A count of a set, then the part of it that is done, in one phrase: `3个省重大项目已开工2个`, `105个项目已经有67个项目动工`
# (f21_p08 老城, f21_p07 新会), `全县107个建设项目一季度开工80项` (r329 隆德): the set only names the part.
_PART_DONE = r"(?:开工|动工|开复工|复工|完工|竣工|建成|投产|签约|落地|开业|入库|通过|达标|完成)"
_PART_OF_SET = re.compile(
    rf"[^，,。；;:：\d]{{1,16}}?(?:已经|已|均已|目前|现已|一季度|上半年|年内|当年)?\s*(?:有)?\s*{_PART_DONE}[^，,。；;\d]{{0,4}}"
)
_SET_HAS = re.compile(r"[^，,。；;:：\d]{1,16}?(?:中|里)?(?:已经|已|目前|现已)\s*有\s*")
_PART_DONE_AFTER = re.compile(rf"[^，,。；;\d]{{0,8}}?{_PART_DONE}")


def is_set_before_part(phrase: str, q: Quantity, later: list[Quantity]) -> bool:
    """Whether the count q names the set whose done part the next count in the phrase gives."""
    if not later or not is_count_unit(q.unit) or not is_count_unit(later[0].unit):
        return False
    part = later[0]
    if not isinstance(q.value, int | float) or not isinstance(part.value, int | float) or part.value >= q.value:
        return False
    return bool(
        _PART_OF_SET.fullmatch(phrase, q.end, part.start)
        or (_SET_HAS.fullmatch(phrase, q.end, part.start) and _PART_DONE_AFTER.match(phrase, part.end))
    )


def is_base_value(phrase: str, q: Quantity, after: str = "") -> bool:
    """`较一季度(-10.8%)回升2.1个百分点`, `较上年同期(3.2%)大幅增长`: the value of the comparison base, in brackets
    after it, is not a figure of the period reported. `after` is the sentence's text after the phrase."""
    if (
        q.unit in _MOVED_UNITS
        and _FROM_LEVEL.search(phrase, 0, q.number_start)
        and _MOVED_TO.match(phrase, q.number_end if q.unit == "位" else q.end)
    ):
        # `长春高新区由2008年的第20位上升到第16位`, `可持续发展能力由24位上升到第4位` (r206 长春高新区 2014),
        # `农网改造升级率由94.18%提高至96.53%` (r122 云龙 2017): where a rank or rate moved from is the comparison base
        return True  # (tests/real/README.md); the figure is where it got to. A level's start is a record (`从148元提高到160元`)
    if is_relative_unit(q.unit) and last_year_base(phrase, q.start, q.end, after):
        # a rate's or a rank's last year before its change (`比上年的5.2%提高1.3个百分点`) is the comparison base, as
        # its start is (tests/real/README.md); an amount's is a record of that year (base_level.py)
        return True
    return bool(_BRACKET_CLOSE.match(phrase, q.end) and _BASE_BEFORE.search(phrase, 0, q.start))


# An aside opened before the figure that gives each one's share (`(每个街道1个)`); naming.py's `_EACH_ASIDE` is a
# whole aside after a figure.
_EACH_ASIDE_BEFORE = re.compile(r"[（(]\s*每(?:个|一个|家|所)?[\u4e00-\u9fff]{1,4}\s*$")
_MOVED_UNITS = frozenset(("名次", "位", "位次", "%"))
# (`排名由上年第73位上升至第36位`, shaoxing.021cf.cn 绍兴 2021: the year said as `上年`; `从第17位跃升至第9位`,
# tests/unseen u08 肥西 2021: `从` as `由`)
# (`增幅从2011年的全市第12位上升到2012年的第3位`, r256 青浦 2013: the scope ranked in before the first rank)
# (`贫困发生率由建档立卡时的3.94%降至0.002%`, f14_p08 和县 2021: the time named by an event)
_FROM_LEVEL = re.compile(
    r"[由从](?:\d{4}年(?:底|末)?|上年|去年|上届|[\u4e00-\u9fff]{2,6}时)?的?\s*(?:全[国省市区县州])?\s*第?\s*$"
)
_MOVED_TO = re.compile(
    r"\s*(?:位|名)?\s*(?:大幅|稳步)?(?:提高|提升|上升|跃升|攀升|前移|下降|降低|回落|后移|降|升)了?\s*(?:到|至)"
)
_BRACKET_CLOSE = re.compile(r"\s*[)）]")
# (`比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点`, news.xna8.com 娄底 2015: every base in the list is
# a wider area's value)
_BASE_BEFORE = re.compile(
    r"(?:(?:较|比|与)[^，,。；;()（）]{1,8}|(?:全国|全省|全市)[^，,。；;()（）\d]{0,6})[（(]\s*-?\s*$"
)


def _names_them(before: str, q: Quantity) -> bool:
    """Whether the words before a count list exactly the things it counts (`A、B、C三个行业`, not `A、B等15个行业`)."""
    listed = _SECTORS_LISTED.search(before)
    return bool(listed) and not listed.group().endswith("等") and listed.group().count("、") + 1 == q.value


def is_incidental(sentence: str, phrase: str, q: Quantity) -> bool:
    """Whether a count tells how something was done (a method, a ceremony, an event, a document's parts, a
    streak, a campaign) rather than what the place did."""
    before = phrase[: q.start]
    if sentence[:1] in "上下相推" and _NAV_LINE.match(sentence):
        return True  # `上一篇:江西增40所“绿色学校”` (jxhaiwainet.cn 2019): a link to another page
    if q.unit in _DISTANCE_UNITS:
        # how far one place is from another (`井冈山机场距县城20公里`, r111 吉安 2017), or the reach of a facility
        # (`五百米以内有一个休闲园林`): what the place is like, not a figure of its work
        return bool(
            _DISTANCE_FROM.search(before)
            or _WITHIN_REACH.match(phrase, q.number_end)
            or _EXTENT.search(before)
            or ("距" in sentence and _NEXT_PLACE.match(before))
        )
    if q.unit in ("人", "万人") and (_DENSITY.match(phrase, q.number_end) or _TOWN_OF.match(phrase, q.end)):
        # `人口密度116人每平方公里`, `只是一个5.2万人的不大的镇` (m.tftnews.com 文山 2021): what the place is like
        return True
    if q.unit in ("天", "日", "小时", "毫米") and _CLIMATE_AFTER.match(phrase, q.end):
        return True  # `长达130天的无霜期` (f19_p10 五常): the climate named after its figure, as before it
    if q.unit == "岁" and (phrase.startswith("的", q.end) or _AGE_BEFORE.search(before)):
        return (
            True  # `今年四十二岁的周金桩` (r231 镶黄旗 2009, trad): a person's age, not a figure of the place
        )
    if is_count_unit(q.unit) and _INCLUDING.search(before) and _included_then_rank(sentence, phrase, q):
        return True  # `在全省包括13个地市本级在内仍高居第6位` (r220 肇东 2002): who else the rank is among
    if q.unit == RANK_UNIT and _RANK_DEFINES.match(phrase, q.end):
        return True  # `得分居前100位的即为2020年全国县域旅游综合实力百强县` (bbs.xinwushan.cn 巫山 2020): a list's bar
    if is_count_unit(q.unit) and _POINTS_BACK.search(before) and _WORD_NUMERAL.match(phrase, q.number_start):
        return True  # `这两个因素决定了我们在灾后重建中…` (r257 剑阁 2022 interview): the things just named, again
    if q.unit == "位" and phrase.startswith("一体", q.end):
        return True  # `按照五位一体的总体布局` (r222 临猗, trad), `三位一体`: a slogan, not a count or a rank
    if q.unit == "眼" and not _WELLS.search(phrase):
        return True  # `两眼炯炯有神` (r231 镶黄旗 2009, trad): a person's eyes; wells are counted in 眼 too
    if q.unit in _AREA_OF_PLACE_UNITS and _PLACE_OF_AREA.fullmatch(phrase, q.end):
        return True  # `3000多平方公里的大通` (r218 大通 2001, trad): the place, described by its size
    if is_count_unit(q.unit) and _FLOWS_THROUGH.search(before):
        return True  # `南部松花江流经5个乡镇` (r220 肇东 2002): where a river or a road runs, not a count of work
    if q.unit == "次" and _COMMENDED.match(phrase, q.end):
        return True  # `医改工作先后两次得到国务院表彰奖励` (r217 互助 2024): commendations, like a meeting's
    if q.unit == "%" and _OUTFLOW.search(before):
        return True  # `外出者比外来者多5.5万,净外流18.1%` (m.tftnews.com 文山 2021): where its people live
    if _CAMPAIGN_QUOTED.search(before) and _QUOTE_CLOSES.match(phrase, q.end):
        # `围绕‘决战工业3000亿’战略部署` (qianjiang.cjyun.org 张金 2017): a campaign's slogan, quoted
        return True
    if q.unit == "天":
        # a campaign (`决战100天`, `打好打赢三个十天硬仗`, r109 平阳 2021) or how long something took (`仅用5天实现…`)
        rest = phrase[q.end :]
        # the days a project's work took is a record (`用时96天`, r277 廉江; `用60天时间实现了项目一期主体厂房封顶`,
        # r238 辽阳 2020); an epidemic's or a campaign's pace is not (`仅用5天实现风险等级三连降`)
        return bool(
            _CAMPAIGN.search(before)
            or (_TOOK.search(before) and not _PROJECT_WORK.search(sentence))
            or _CAMPAIGN_AFTER.match(rest)
            or (_AFTER_START.search(before) and _DONE_AFTER.match(rest))
        )
    if (
        q.unit == "个"
        and _SECTORS_AFTER.match(phrase, q.end)
        and (_FIELD_OF_SECTORS.fullmatch(phrase, q.end) or _names_them(before, q))
    ):
        # `三个工业门类中,采矿业…`, `汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好` (kmsm.gov.cn 嵩明
        # 2022): how many sectors a list names, not a figure
        return True
    if q.unit == "个" and _PEOPLES.match(phrase, q.end):
        return True  # `有蒙、汉、满、回、达斡尔、鄂温克等13个民族` (kcge.org.cn 新巴尔虎左旗 2018): who lives there
    if is_count_unit(q.unit) and _ROUTES.match(phrase, q.end):
        return True  # `两条铁路(京九、吉衡)、四条高速(大广、武吉、泰井、吉莲)` (r111 吉安 2017): the routes it has
    if _one_persons(sentence, phrase, q):
        return True
    if q.unit == "%" and (shift := _STRUCTURE_SHIFT.search(sentence)) and phrase in shift.group():
        return True  # the three sectors' shares of a structure, like `三次产业结构 a:b:c` (no value form)
    if not is_count_unit(q.unit):
        return False
    rest = phrase[q.end :]
    if _STREAK.search(before) or _ATTENDING.match(rest) or _PARTS.match(rest) or _VENUE.match(rest):
        return True
    if isinstance(q.value, int) and q.value < _CODED_PARTS_MAX and ("“" in sentence or '"' in sentence):
        code = _CODE_NAME_AFTER.match(sentence, _end_in_sentence(sentence, phrase, q))
        if code is not None and str(q.value) in code.group(1):
            # `3个市级…特色园、4个道口乡镇工业集聚区“234”园区体系` (f19_p01 沭阳 2024): the parts a system's coded name
            # counts, not figures of the place's work
            return True
    if _MEDIA_PRESENT.match(sentence, _end_in_sentence(sentence, phrase, q)):
        return True  # `江北区融媒体中心等34家中央、市级和区级媒体记者齐聚新闻发布会现场` (zhpi.jgjsgs.cn 涪陵): the press there
    if rest.lstrip().startswith("标段") and (_LET_IN.search(before) or _LOT_CONTRACTORS.match(rest)):
        return True  # `农户改厕分5个标段实施,目前5个标段施工企业全部进场施工` (33.shadafang.com 砀山): how a work is let
    if _ADMIN_FIELD.match(rest):
        return True  # `16个乡镇中有15个通了油路` (zhxpm.cn 黔东南 2009): the towns it has, out of which the count is
    if _DELEGATES.match(rest) or _VISITORS.search(before) or _VISITING.match(rest):
        # `230名人大代表精神饱满`, `考察团一行40余人来我区参观考察`: a meeting's or a visit's people
        return True
    if _MADE_UP_BY.search(before) and _MADE_UP.match(rest):
        return True  # `组建由12个乡镇和6个相关县直部门组成的…招商小分队` (ytjhdl.cn 万年, trad): what a team is made of
    if q.unit == "个" and rest.startswith(("小时", "钟头")):
        return True  # `在近两个小时的报告中` (r89 淳安 2018): how long a speech took
    if (
        _ADMIN_UNIT.match(rest)
        and _DIVIDED.search(sentence)
        and not _WORDS.search(
            _COUNTED_DIVISIONS.sub("", _HAS.sub("", before) if _LISTED_ONLY.match(rest) else before)
        )
    ):
        return True  # `永吉县辖9个乡镇和永吉经济开发区,15个社区、140个建制村` (r98 永吉 2013): its divisions
    if _PROFILE_TITLE.match(rest):
        return True  # `金乡县及13个乡镇简介` (wendangku.net 金乡): a title over its towns' profiles
    noun_first = _DIVISION_NAMED.fullmatch(before) or _DIVISIONS_NOUN_FIRST.fullmatch(before)
    if noun_first and _DIVIDED.search(sentence):
        return True  # `全旗辖8个苏木镇…,有村民委员会84个,村民小组278个` (r133 乌拉特中旗): its divisions, noun first
    if q.unit in ("人", "名") and (_ROLL_BEFORE.search(before) or _ROLL_AFTER.match(rest)):
        return True
    if _LIST_COUNT.match(rest):
        return True  # `限额以上批零住餐四个行业分别增长4.4%、15.7%…` (ttyx209.com 金普新区 2023): how many items follow
    if q.unit == "人" and rest.startswith("气"):
        return True  # `时间:09-15人气:23` (drbdp.com 漳县): a page's date before its view count, not people
    if q.unit == "个" and rest.startswith("月"):
        return True  # `持续6个月稳居全市第一` (jkq.yaan.gov.cn): a stretch of time, not a count
    if _MEASURES.match(rest) and _RANKED.search(rest):
        return True  # `社会消费品零售总额等8项指标增幅位居全市第一`: the indicators a rank names
    if _CEREMONY.search(sentence) and _HONOURED.search(rest.split("、")[0]):
        return True
    if _EVALUATION.search(sentence):
        if _EVALUATORS.match(rest) or _EVALUATED.match(rest):
            return True
        measures = _MEASURES.match(rest)
        if measures and (
            _SELECTED.search(before)
            or _ONLY_MEASURES.fullmatch(rest)
            or _EVALUATED.match(rest, measures.end())
        ):
            return True  # `选取18项指标`, `4个方面12项指标`, `35个指标进行了综合评比`
        if _FIELD.match(rest) and not _MADE.search(before):
            return True
    return False


# One person's or one family's own life in a story about the place (`去年家里花了40余万元新建了一栋三层小楼`,
# tobaccochina 马关 2015; `“這是我今年的第一炕烤煙,能賣300多元。”`, `他種植了20畝烤煙,可收入6萬多元`, 0832.org.cn 巫山):
# an example, not a figure of the place (not `我县`, `我们`, nor `他介绍`, `他说`, which report the place's).
_PERSON = compile_words_first(
    r"(?<![其吾自])(?:他|她)(?![们說说表介告指透坦称人乡国])"
    # `我` in one's own quoted words (not `你追我赶` in the narration)
    r"|“[^”]{0,30}?(?<![你自忘本])我(?![们們县縣市区區镇鎮乡鄉村国國省州旗盟党黨赶趕]|认为|認為|相信|觉得|覺得|坚信|堅信|希望|看来|看來|想)"
    r"|家里|自家"
    # one person by age or family (`56岁的建档立卡贫困村民刘玉兰…每月要花费医药费1000余元`, `杨培小多年来同丈夫一道…两个正在
    # 上小学的孩子`, dongkou.gov.cn 洞口 2019)
    r"|(?<![\d.])\d{1,3}岁的|丈夫|妻子|老伴|公公婆婆"
)


def _end_in_sentence(sentence: str, phrase: str, q: Quantity) -> int:
    """Where the figure ends in its sentence (past the phrase's `、`, the words that go on about it)."""
    at = sentence.find(phrase)
    return (at if at >= 0 else 0) + q.end


def _one_persons(sentence: str, phrase: str, q: Quantity) -> bool:
    """Whether the sentence up to the figure is about one person or one family (a pronoun, `家里`)."""
    if not _PERSON_CHAR.search(sentence):
        return False
    at = sentence.find(phrase)
    return bool(_PERSON.search(sentence, 0, (at if at >= 0 else 0) + q.start))


# One of these stands in every match of `_PERSON` (most sentences have none).
_PERSON_CHAR = re.compile("[他她我家岁夫妻伴婆]")


# A counted group named again as the topic of what is said of it (`此次集中开工的18个重点项目中,新建项目8个`,
# mtqpdj.com 安泽 2021; `这14个项目以金属制品为主`, zjol.com.cn 缙云 2009; `此次集中签约的80个项目涉及…`,
# cnrepark.com 奉节 2024): the count was stated before, and is not stated again. So is a group that its investment
# or a word on it follows (`集中签约的10个项目总投资42.95亿元` after `10个项目集中签约`, r113 禹城 2021;
# `此次签约的8个项目投资体量大` after `此次签约的8个项目包括…`, houyingdance.com 元氏 2021).
_GROUP_TOPIC = re.compile(
    r"^\s*(?:此次|本次|这次|这批|这|该|上述|以上)?[^，,。；;\d]{0,16}?的?\s*(?P<n>\d+|[一两二三四五六七八九十]+)\s*"
    r"(?:个|家|项)\s*(?P<noun>[\u4e00-\u9fff]{0,6}?(?:项目|企业))\s*(?:集中)?(?:开工|签约|投产)?"
    r"\s*(?:中|涉及|涵盖|以|主要|均|都|全部|包括|分布|既是|(?:计划|协议)?总?投资)"
)  # (`15个重点项目集中开工既是…`, ttnews.xyz 商城 2020)


def without_repeated_groups(records: list[Record]) -> list[Record]:
    """Leave out a count of projects or firms that only names again, as its topic, a group counted before."""
    out: list[Record] = []
    for record in records:
        m = _GROUP_TOPIC.match(record.text) if is_count_unit(record.unit) else None
        if (
            m
            and parse_number(m.group("n")) == record.value
            and any(
                earlier.value == record.value
                and earlier.unit == record.unit
                and m.group("noun")[-2:] in earlier.indicator
                for earlier in out
            )
        ):
            continue
        out.append(record)
    return out


# An excerpt cut off mid-clause (`帮助260名长期失业青年实现就`, r148 长宁 2024; `打造53处外交`, r146 东城 2025): its last
# clause has lost the words that name or finish its figure, so the figure is not read (the corpus convention for r12).
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:、\n|｜”\"」』）)]")


def cut_off_tail(text: str) -> int:
    """Where the text's last clause starts when the text stops inside it, else the text's length."""
    body = text.rstrip()
    if not "\u4e00" <= body[-1:] <= "\u9fff":  # (its last character a word's: no search of the whole text)
        return len(text)
    start = max((m.end() for m in _CLAUSE_END.finditer(body, max(0, len(body) - 200))), default=0)
    clause = body[start:]
    found = find_quantities(clause)
    if not found or found[-1].end >= len(clause) or len(clause) - found[-1].end > 16:
        return len(text)  # (a figure and its unit end the text: nothing of it was lost)
    return start


# A strategy, goal or positioning quoted by its slogan (`实施“坚持强基固本,…,冲刺全国百强”发展战略`, r458 前郭 2008;
# `“建设省会副中心、挺进全国前十强”发展目标`, r485 宁乡 2023; `锚定“当好主力军、走在全省前列、奋进全国五十强”的目标`,
# f13_p17 大冶 2024): a club of the first N in it is the slogan's words, not a rank set (`挺进三十强` is a slogan, not a
# record: tests/real/README.md). A rank said outside such a quote stays (`力争跻身全市工业园区前10强`, r474).
_SLOGAN_OPEN = "“\"「"
_SLOGAN_CLOSE = "”\"」"
_SLOGAN_WINDOW = 80
_NAMED_BY_SLOGAN = re.compile(r"\s*的?\s*(?:发展|奋斗|总体|战略|工作)?\s*(?:战略|目标|定位|口号|愿景|思路|蓝图)")


def is_slogan_rank(text: str, start: int, end: int) -> bool:
    """Whether the club of the first N at text[start:end] (`全国百强`, `全国前十强`) stands inside a quoted slogan that
    names a strategy or goal."""
    if text[end - 1 : end] != "强":
        return False
    opened = max(text.rfind(mark, max(0, start - _SLOGAN_WINDOW), start) for mark in _SLOGAN_OPEN)
    if opened < 0 or any(mark in text[opened + 1 : start] for mark in _SLOGAN_CLOSE if mark != '"'):
        return False
    closes = [at for mark in _SLOGAN_CLOSE if (at := text.find(mark, end, end + _SLOGAN_WINDOW)) >= 0]
    if not closes:
        return False
    closed = min(closes)
    if "。" in text[end:closed]:
        return False
    return _NAMED_BY_SLOGAN.match(text, closed + 1) is not None
