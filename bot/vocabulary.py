"""The indicator vocabulary: canonical names of the common indicators, their synonyms and abbreviations.

One table, two users: extraction tags a record with `canonical_of(indicator, unit)` so that different wordings
compare (GDP, 地区生产总值 and 经济总量 are one thing), and the question reader finds indicators in a user's
message with `find_terms`. Level, growth rate (`…增速`), share (`…占比`) and rank (`…排名`) are different
canonical names (RECORDS.md).

A family is one measured quantity (its level form is the family's name). Its `terms` are the wordings that
name it in documents; `aliases` are looser wordings people type in questions (`财政收入`, `外资`) that may
mean one of several families, so they never tag a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "FAMILIES",
    "Family",
    "TermMatch",
    "canonical_of",
    "family_of",
    "find_terms",
    "headline_rank",
    "names_indicator",
    "spans_term",
    "topic_of",
    "variant_asked",
]

# Shorthands that list several sectors in a few characters, and the sectors they list, in order:
# `批零住餐四个行业分别增长…` (the four consumer trades of county statistics bulletins), `一、二、三产业…分别`.
LIST_SHORTHANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("批零住餐", ("批发业", "零售业", "住宿业", "餐饮业")),
    ("批发零售住宿餐饮", ("批发业", "零售业", "住宿业", "餐饮业")),
    ("一、二、三产业", ("第一产业", "第二产业", "第三产业")),
    ("一、二、三产", ("第一产业", "第二产业", "第三产业")),  # `一、二、三产投资分别增长…` (hyxw.com.cn 汉阴)
    ("一二三产业", ("第一产业", "第二产业", "第三产业")),
    ("一二三产", ("第一产业", "第二产业", "第三产业")),
    ("三次产业", ("第一产业", "第二产业", "第三产业")),
    ("一、二产业", ("第一产业", "第二产业")),
    ("二、三产业", ("第二产业", "第三产业")),
    ("批零", ("批发业", "零售业")),
    ("住餐", ("住宿业", "餐饮业")),
)

MONEY_UNITS = frozenset(("亿元", "万元", "元", "亿美元", "万美元", "美元", "万亿元", "千亿元"))
COUNT_UNITS = frozenset(("家", "个", "项", "户", "件", "人", "万人", "名", "所"))
QUANTITY_UNITS = frozenset(("万吨", "吨", "亿斤", "万斤", "斤", "万亩", "亩"))
RATIO_UNITS = frozenset(("%",))
ENERGY_UNITS = frozenset(("亿千瓦时", "万千瓦时", "千瓦时", "亿度", "万度", "度"))
VISIT_UNITS = frozenset(("万人次", "人次", "万人", "人"))  # visitors are counted in visits, often written 人

RATE, SHARE, RANK = "增速", "占比", "排名"


@dataclass(frozen=True)
class Family:
    name: str  # canonical name of the level
    topic: str  # the topic a listing groups it under
    measure: str  # "money" | "count" | "quantity" | "ratio" | "visits" | "energy": what unit its level takes
    terms: tuple[str, ...]  # wordings in documents that name exactly this quantity
    aliases: tuple[str, ...] = ()  # looser wordings in questions, possibly shared with other families
    headline: int = 0  # order among headline indicators (1 first); 0 = not a headline indicator


# Topics in the order a place's listing shows them; records outside the vocabulary fall into them by keyword.
TOPICS = (
    "经济总量",
    "财政",
    "投资",
    "工业",
    "消费",
    "外贸外资",
    "收入",
    "创新",
    "城乡",
    "就业民生",
    "农业",
    "生态",
)

FAMILIES: tuple[Family, ...] = (
    # 经济总量
    Family(
        "地区生产总值",
        "经济总量",
        "money",
        (
            "地区生产总值",
            "生产总值",
            "经济总量",
            "GDP",
            "地区GDP",
            "国内生产总值",
            "国民生产总值",  # (a county's word for its GDP: `国民生产总值增长7.2%`, dev18 r374 西华 2024)
            "GDP总量",
            "经济增速",
            "经济增长速度",
            "经济增长",  # (a rate only: `武宣经济增长预计增长10%左右`, r134 武宣 2022)
        ),
        ("经济",),
        1,
    ),
    Family("人均地区生产总值", "经济总量", "money", ("人均地区生产总值", "人均生产总值", "人均GDP")),
    # (the sector alone, in a bulletin's list of the three: `第二产业314601万元,…;第三产业76797万元`, f13 伊吾 2016; `三产
    # 2.5480亿元`, r320 平利)
    Family(
        "服务业增加值",
        "经济总量",
        "money",
        ("服务业增加值", "第三产业增加值", "三产增加值", "第三产业", "三产"),
    ),
    Family("数字经济核心产业增加值", "经济总量", "money", ("数字经济核心产业增加值",)),
    # 财政
    Family(
        "一般公共预算收入",
        "财政",
        "money",
        (
            "一般公共预算收入",
            "一般预算收入",
            "公共财政预算收入",
            "一般公共财政预算收入",
            "地方一般公共预算收入",
            "地方公共财政预算收入",
            "一般公共预算",
            "地方财政一般预算收入",
            "公共财政收入",
            "公共预算收入",  # (`财政总收入、公共预算收入分别完成6.1亿元、3.6亿元`, r182 蠡县 2017)
            "一般预算财政收入",  # (`全口径财政收入、一般预算财政收入分别实现550.7亿元和95.8亿元`, r206 长春高新区 2014)
        ),
        ("财政收入", "预算收入"),
        2,
    ),
    # (Fujian's `一般公共预算总收入` is the total too, but stays untagged, as tests/unseen labels it)
    # (`大口径财政收入完成41270万元`, sq-yy.com 天水经开区 2014: the wide measure is the total)
    # (Tianjin's districts total the district's, towns' and villages' revenue: `三级财政收入92.5亿元`, r230 武清 2011)
    Family(
        "财政总收入",
        "财政",
        "money",
        (
            "财政总收入",
            "全口径财政收入",
            "大口径财政收入",
            "三级财政收入",
            # Fujian's bulletins before 2018: the total, its `地方级` part the budget revenue (`全年公共财政预算总收入
            # 6.06亿元`, `地方级公共财政预算收入4.33亿元`, r297 光泽 2017)
            "公共财政预算总收入",
            "公共财政总收入",
        ),
        ("财政收入",),
    ),
    # (`税性收入比重为58.18%`, r297 光泽 2017: Fujian's word for the taxes)
    # (`税收总收入10.4亿元,比上年下降7.62%`, r475 进贤 2023 bulletin)
    Family("税收收入", "财政", "money", ("税收收入", "税收", "税性收入", "税收总收入")),
    Family(
        "一般公共预算支出",
        "财政",
        "money",
        (
            "一般公共预算支出",
            "一般公共财政预算支出",  # (`一般公共财政预算支出22.93亿元`, f14 鹤庆 2017)
            "公共财政预算支出",
            "一般预算支出",
            "公共财政支出",
            "地方一般公共预算支出",
            "公共财政预算总支出",  # (`全年公共财政预算总支出17.46亿元`, r297 光泽 2017)
        ),
        ("财政支出",),
    ),
    # the banks' balances at the period's end, all currencies or yuan alone as the bulletin counts them
    # (`年末金融机构本外币各项存款余额37.45亿元`, web.xiaze.org 大田 2008 bulletin; `全县金融机构各项存款475.09亿元`,
    # edutainingadventures.com 2021 bulletin); not a household's savings (`储蓄存款`), nor both at once (`存贷款余额`)
    Family(
        "金融机构存款余额",
        "财政",
        "money",
        (
            "金融机构本外币各项存款余额",
            "金融机构人民币各项存款余额",
            "金融机构本外币存款余额",
            "金融机构人民币存款余额",
            "金融机构各项存款余额",
            "金融机构存款余额",
            "金融存款余额",
            "金融机构各项存款",
            "本外币各项存款余额",
            "人民币各项存款余额",
            "各项存款余额",
            "各项存款",
            "存款余额",
        ),
    ),
    Family(
        "金融机构贷款余额",
        "财政",
        "money",
        (
            "金融机构本外币各项贷款余额",
            "金融机构人民币各项贷款余额",
            "金融机构本外币贷款余额",
            "金融机构人民币贷款余额",
            "金融机构各项贷款余额",
            "金融机构贷款余额",
            "金融贷款余额",
            "金融机构各项贷款",
            "本外币各项贷款余额",
            "人民币各项贷款余额",
            "各项贷款余额",
            "各项贷款",
            "贷款余额",
        ),
    ),
    # 投资
    Family(
        "固定资产投资",
        "投资",
        "money",
        (
            "固定资产投资",
            "全社会固定资产投资",
            "社会固定资产投资",  # (`完成社会固定资产投资同比增长11.1%`, r105 衡南 2019)
            "固投",
            "城镇固定资产投资",
            "500万元以上固定资产投资",
            # a homophone misprint of 固定 (`全社会规定资产投资41.3亿元,增长57.4%`, r144 广德 2008)
            "规定资产投资",
            "全社会规定资产投资",
        ),
        ("投资",),
        3,
    ),
    # (`工业项目投资同比增长50.7%`, r97 阿拉善高新区 2024)
    Family(
        "工业投资",
        "投资",
        "money",
        (
            "工业投资",
            "工业投入",
            "工业性投入",
            "工业固定资产投资",
            "工业项目投资",
            "工业固投",  # (`工业固投7.19亿元`, dev18 r365 吉安县)
        ),
    ),
    Family("基础设施投资", "投资", "money", ("基础设施投资", "基础设施建设投资")),
    # `民间固定资产投资下降1.7%` (bx2200.com 统计公报 2021)
    Family("民间投资", "投资", "money", ("民间投资", "民间固定资产投资")),
    # `房地产投资下降43.4%` (m.hqbet6098.com, a 2021 H1 county bulletin): the same statistic, shortened
    Family(
        "房地产开发投资",
        "投资",
        "money",
        # (the statistics' wordings: `房地产开发完成投资21.77亿元`, `房地产开发项目累计完成投资`, r130 博乐)
        ("房地产开发投资", "房地产投资", "房地产开发完成投资", "房地产开发项目投资"),
    ),
    Family(
        "高技术产业投资",
        "投资",
        "money",
        ("高技术产业投资", "高技术投资", "高新产业投资", "高新技术产业投资"),
    ),
    Family("服务业投资", "投资", "money", ("服务业投资",)),
    # 工业
    Family(
        "规上工业增加值",
        "工业",
        "money",
        (
            "规上工业增加值",
            "规模以上工业增加值",
            "规模工业增加值",
            "工业增加值",
            "规模以上工业企业增加值",  # paiqing-icetech.com 镇原县 2024
            "规模以上企业工业增加值",  # (`规模以上企业工业增加值增长16%以上`, r560 葛店 2024)
            "规上工业企业增加值",
            # the firms named, as for the output below: `2010年规模工业企业完成产值27.28亿元、增加值9.07亿元`
            # (mayang.gov.cn 麻阳 2010)
            "规模工业企业增加值",
            "规模企业增加值",
        ),
        ("工业增加值",),
        4,
    ),
    Family(
        "规上工业总产值",
        "工业",
        "money",
        (
            "规上工业总产值",
            "规模以上工业总产值",
            "规模工业总产值",
            "规上工业产值",
            "规模以上工业产值",
            "工业总产值",
            "规模工业产值",
            # county usage: `全县规上企业完成产值90.6亿元` (the firms counted are the industrial ones)
            "规上企业产值",
            "规上企业总产值",
            "规模以上企业产值",
            "规模以上企业总产值",
            "规模企业产值",
            # the firms named, not the sector: `全区规模以上工业企业累计完成总产值72.38亿元`
            # (alltorun.com 1-8月 2016), `规模以上工业企业完成产值同比下降1.8%` (tljq.gov.cn 1-6月)
            "规模以上工业企业总产值",
            "规模以上工业企业产值",
            "规上工业企业总产值",
            "规上工业企业产值",
            "规模工业企业产值",
        ),
        ("工业产值",),
    ),
    # the power all users drew, the pulse of a county's economy in its bureaus' monthly notes (`前三季度,我县全社会用电量
    # 为79676.7万千瓦时,同比增长9.1%`, songyang.gov.cn 2022); not one sector's (`工业用电量`, `居民生活用电量`)
    Family("全社会用电量", "工业", "energy", ("全社会用电量", "全社会用电总量")),
    Family(
        "工业开票销售",
        "工业",
        "money",
        ("工业开票销售", "工业开票", "工业开票销售收入"),
        ("开票", "开票销售"),
        5,
    ),
    Family(
        "工业应税销售",
        "工业",
        "money",
        ("工业应税销售", "规模工业应税销售", "规上工业应税销售"),
        ("应税销售",),
    ),
    Family("建筑业总产值", "工业", "money", ("建筑业总产值", "建筑业产值")),
    Family(
        "规上服务业营业收入",
        "工业",
        "money",
        ("规上服务业营业收入", "规模以上服务业营业收入", "营利性服务业营业收入", "规上服务业企业营业收入"),
    ),
    Family(
        "规上工业企业", "工业", "count", ("规上工业企业", "规模以上工业企业", "规模工业企业"), ("规上企业",)
    ),
    # 消费
    Family(
        "社会消费品零售总额",
        "消费",
        "money",
        (
            "社会消费品零售总额",
            "社会消费品零售额",
            "社会消费零售总额",
            "消费品零售总额",
            "社零总额",
            "社零额",
            "社消零",
            # `全区全社会消费品零售额同比增长4.4%` (tljq.gov.cn 1-6月)
            "全社会消费品零售额",
            "全社会消费品零售总额",
            # `社会消费品零售92.2亿元,比增8.5%` (gongwensou.com 紫金 2020)
            "社会消费品零售",
            "社会消费品总额",  # (`实现社会消费品总额17.4亿元,增长10.1%`, f20 金堂 2016)
        ),
        ("社零", "消费"),
        6,
    ),
    # tourism's takings and visits, as county news and bulletins word them (`实现旅游总收入9.2亿元`, tjj.xuancheng.gov.cn
    # 1-8月; `旅游综合收入达3498.56万元`, `全县共接待游客8.79万人(次)`, lanzhou.baogaosu.com 和政 2015); a holiday's or
    # a scenic spot's share (`黄金周旅游收入`, `A级景区景点接待游客`) is not the place's total
    Family(
        "旅游总收入",
        "消费",
        "money",
        ("旅游总收入", "旅游综合收入", "旅游收入", "旅游业总收入", "旅游业收入", "旅游社会总收入"),
    ),
    Family(
        "接待游客",
        "消费",
        "visits",
        (
            "接待游客",
            "接待游客总数",
            "接待游客总人数",
            "接待游客总量",
            "接待旅游者",
            "接待国内外游客",
            "接待海内外游客",
            "旅游接待人次",
            "旅游接待总人数",
            "旅游接待总人次",
            "游客接待量",
            "游客总量",  # (`全县游客总量从2002年的33.98万人次增长到…`, r410 武夷 2005)
        ),
    ),
    # 外贸外资
    Family(
        "进出口总额",
        "外贸外资",
        "money",
        (
            "进出口总额",
            "外贸进出口总额",
            "外贸进出口",
            "进出口",
            "外贸总额",
            "货物进出口总额",
            "外贸进出口额",
            "货物进出口额",  # (`货物进出口额3241万元,同比增长45.9%`, r202 乐东 2024)
            "货物进出口",  # (`儋州货物进出口1075.7亿元,同比增长13.1%`, f15 hainan.gov.cn 2023)
            "进出口贸易总额",  # (`进出口贸易总额8.71亿元`, r551 杨凌 2024)
        ),
        ("外贸",),
        7,
    ),
    # (the older word for the exports' earnings: `出口创汇额255万美元`, dev18 r364 巨鹿)
    Family(
        "出口总额",
        "外贸外资",
        "money",
        ("出口总额", "出口额", "外贸出口", "外贸出口总额", "自营出口", "出口创汇额", "出口创汇"),
    ),
    # (`其中外贸出口7844万美元,增长38.8%,进口215万美元`, web.xiaze.org 常山 2007 bulletin)
    Family("进口总额", "外贸外资", "money", ("进口总额", "进口额", "外贸进口", "外贸进口总额")),
    Family(
        "实际使用外资",
        "外贸外资",
        "money",
        (
            "实际使用外资",
            "实际利用外资",
            "到账外资",
            "实到外资",
            "实际到账外资",
            "利用外资",
            "外商直接投资",
            "利用外商直接投资",
            "实际利用外商直接投资",
            "实际使用外商直接投资",
            "外资实际到资",
            "实际到资外资",
            "外资实际到位",
            "实际到位外资",
            "到位外资",  # (`首季…到位外资4000万美元`, tcgxipo.com 东海 2018)
            "外资到位",
            "外商实际到资",  # (`外商实际到资4080万美元`, r338 惠安 2002)
            "外资到位资金",
        ),
        ("外资",),
        8,
    ),
    # 收入
    Family(
        "城镇居民人均可支配收入",
        "收入",
        "money",
        (
            "城镇居民人均可支配收入",
            "城镇常住居民人均可支配收入",
            "城镇居民可支配收入",
            "城镇居民家庭人均可支配收入",
            "城镇居民每人平均可支配收入",  # (the statistics' long form: `城镇居民每人平均可支配收入47579元`, r345 高陵 2023)
        ),
        ("城镇居民", "城镇居民收入"),
        9,
    ),
    Family(
        "农村居民人均可支配收入",
        "收入",
        "money",
        (
            "农村居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "农民人均可支配收入",
            "农村居民可支配收入",
            "农牧民人均可支配收入",  # (pastoral counties: r152 和硕 2017)
            # (Inner Mongolia's statistics: `城镇和农村牧区常住居民人均可支配收入…分别增长5%和7.5%`, r228 克什克腾 2025)
            "农村牧区常住居民人均可支配收入",
            "农村牧区居民人均可支配收入",
            "农村居民家庭人均可支配收入",  # (the household survey's older name: r170 崇明 2018)
            "农村居民每人平均可支配收入",
        ),
        ("农民收入", "农村居民", "农村居民收入"),
        10,
    ),
    Family(
        "农民人均纯收入",
        "收入",
        "money",
        (
            "农民人均纯收入",
            "农民年人均纯收入",  # (`农民年人均纯收入跃上8000元台阶`, f17 仙桃)
            "农民纯收入",
            "农村居民人均纯收入",
            "农牧民人均纯收入",
            "牧民人均纯收入",  # (a pastoral banner's rural people are herders: `牧民人均纯收入达到10489元`, f30 镶黄旗)
            # only rural incomes were counted `纯收入` (towns': `可支配收入`): `农牧民…人均纯收入943元,同比增长7%`
            # (r207 左贡 2006)
            "人均纯收入",
        ),
    ),
    Family(
        "居民人均可支配收入",
        "收入",
        "money",
        (
            "居民人均可支配收入",
            "全体居民人均可支配收入",
            "全体常住居民人均可支配收入",
            # one figure for town and country together (`城乡居民人均可支配收入53740元、增长4.2%`, r265 青浦 2021; two
            # figures of it are each part's, read apart)
            "城乡居民人均可支配收入",
        ),
        ("可支配收入", "收入"),
    ),
    # 创新
    Family(
        "高新技术企业", "创新", "count", ("高新技术企业", "高企", "国家高新技术企业", "国家级高新技术企业")
    ),
    Family("高新技术产业产值", "创新", "money", ("高新技术产业产值", "高新技术产业总产值")),
    # (`实现高新技术增加值104亿,同比增长52.8%`, r393 雨花经开区 2022)
    Family("高新技术产业增加值", "创新", "money", ("高新技术产业增加值", "高新技术增加值")),
    Family(
        "战略性新兴产业产值",
        "创新",
        "money",
        (
            "战略性新兴产业产值",
            "战略性新兴产业总产值",
            "战新产业产值",
            "战略新兴产业产值",  # (`战略新兴产业产值(属地)增长29.44%`, f18 屯溪)
        ),
    ),
    Family("专精特新企业", "创新", "count", ("专精特新企业", "专精特新中小企业", "专精特新“小巨人”企业")),
    Family(
        "研发经费投入强度",
        "创新",
        "ratio",
        (
            "研发经费投入强度",
            "研发投入强度",
            "R&D经费投入强度",
            "R&D投入强度",
            "研发经费支出占GDP比重",
            "全社会研发投入占比",
            "R&D经费支出占GDP比重",
            "研发经费投入占GDP比重",
            "研发投入占GDP比重",
            "研发投入占地区生产总值比重",  # (`全社会研发投入占地区生产总值比重达7%`, r524 珠海高新区 2021)
            "研发经费支出占地区生产总值比重",
            "研发经费投入占地区生产总值比重",
            "R&D经费支出占地区生产总值比重",
            "研究与试验发展经费投入强度",
            # (`全社会研究与试验发展经费支出占地区生产总值比重达到3.4%以上`, f18 洞头 2023-2027 plan)
            "研究与试验发展经费支出占地区生产总值比重",
        ),
        ("研发投入", "R&D"),
    ),
    Family(
        "万人发明专利拥有量",
        "创新",
        "count",
        ("万人发明专利拥有量", "每万人发明专利拥有量", "每万人口发明专利拥有量", "万人口发明专利拥有量"),
    ),
    # 城乡
    Family(
        "城镇化率",
        "城乡",
        "ratio",
        (
            "城镇化率",
            "常住人口城镇化率",
            "户籍人口城镇化率",
            # the rate said in full (`城镇常住人口…占总人口比重为46.5%`, r297 光泽 2017)
            "城镇常住人口占总人口比重",
            "城镇人口占总人口比重",
        ),
        ("城镇化",),
    ),
    # 就业民生
    Family(
        "城镇新增就业",
        "就业民生",
        "count",
        (
            "城镇新增就业",
            "新增城镇就业",
            "城镇新增就业人数",
            "城镇新增就业人员",
            "新增城镇就业人数",
            # a county report's new jobs are the towns' (`新增就业6332人`, f16 青白江 2010)
            "新增就业",
            "新增就业人数",
        ),
        ("就业",),
    ),
    Family("城镇登记失业率", "就业民生", "ratio", ("城镇登记失业率", "登记失业率"), ("失业率",)),
    Family("城镇调查失业率", "就业民生", "ratio", ("城镇调查失业率", "调查失业率"), ("失业率",)),
    Family(
        "居民消费价格涨幅",
        "就业民生",
        "ratio",
        (
            "居民消费价格涨幅",
            "居民消费价格指数涨幅",
            "居民消费价格总水平涨幅",
            "CPI涨幅",
            # a percentage of the index itself is its rise: `居民消费价格指数控制在3.5%以内`
            "居民消费价格指数",
            "居民消费价格总水平",
            "居民消费价格",
        ),
        ("CPI", "物价"),
    ),
    # 农业
    Family(
        "粮食产量",
        "农业",
        "quantity",
        # (`粮食作物总产量50.95万吨`, r475 进贤 2023 bulletin)
        ("粮食总产量", "粮食产量", "粮食生产总量", "粮食总量", "粮食总产", "粮食作物总产量"),
        ("粮食",),
    ),
    Family(
        "农林牧渔业总产值",
        "农业",
        "money",
        # 农林牧渔业产值: 71584.cn 沅陵 2020; 农林牧渔总产值: youyang.gov.cn 酉阳 2025; 农林牧渔及服务业总产值:
        # jinshusy.com 2021. Not `农业总产值`: a bulletin lists it as a part (`农林牧渔业总产值55.2亿元…其中，农业总产值
        # 30.6亿元`, sjzyihang.com 宜章 2023).
        (
            "农林牧渔业总产值",
            "农林牧渔业产值",
            "农林牧渔总产值",
            "农林牧渔及服务业总产值",
            "农林牧渔业及服务业总产值",
        ),
        ("农业总产值",),  # a question may mean the whole by it
    ),
    # 生态
    Family("森林覆盖率", "生态", "ratio", ("森林覆盖率",)),
    Family(
        "空气质量优良天数比例",
        "生态",
        "ratio",
        (
            "空气质量优良天数比例",
            "空气质量优良率",
            "空气优良天数比例",
            "空气优良率",
            "AQI优良率",
            "空气质量优良天数比率",
            "城市空气质量优良天数比例",
            "优良天数比例",
            "空气质量优良天数占比",
            "环境空气质量优良率",  # (`环境空气质量(AQI)优良率达到76.4%`, r170/r171 崇明)
            "环境空气质量优良天数比例",
            "环境空气质量优良天数比率",
        ),
    ),
    Family(
        "单位地区生产总值能耗降幅",
        "生态",
        "ratio",
        ("单位地区生产总值能耗", "单位GDP能耗", "万元GDP能耗", "万元地区生产总值能耗"),
    ),
)

# Words that may stand before a family's term and still leave the same quantity (a scope, not a narrower
# thing); `新增` and `净增` make a count of something new, which is its own canonical (`新增高新技术企业`).
_QUALIFIER = re.compile(
    # (the level of government, or 财政 said of a budget's revenue: `完成区级一般公共预算收入195亿元`, r146 东城 2025;
    # `财政一般预算收入实现4.47亿元`, r138 岫岩)
    # (a subdistrict's own: `街道财政收入预计实现12.83亿元`, wnwk.com 庄桥街道 2021)
    # (the whole area's, as a city's bulletin counts it: `预计全年全域口径地区生产总值增长8%`, f13 大冶 2024)
    # (not `限额以上`: the firms above the trade's size limit sell a part of the retail total, `限额以上社会消费品零售额
    # 241.88亿元`, zswldj 西山区 2023)
    r"(?:全县|全市|全区|全旗|全镇|全街道|街道|全乡|全社会|全口径|规上|规模以上|地方|本级|区级|县级|旗级|财政|累计|全年|年度|当年"
    r"|实际|完成|实现|新认定|有效|总|全部|省级|国家级|国家|区域|本地|全域(?:口径)?|县域|全县域|同期"
    # (`现有已备案的高新技术企业共351家`, r282 南宁高新区 2020)
    r"|已?备案的?"
    # per head of the resident population, as statistics divide it (`常住人口人均GDP 51281元`, 樟树 十三五 review); the
    # firms on the statistics' register (`在库规上工业企业17家`, r353 三穗 2023); a year's own (`年规模工业总产值力争
    # 实现790亿元`, f18 龙潭 2011)
    r"|常住人口|在库|年(?!均)"
    # what the place's own firms made, as Shanghai's districts count it (`实现属地规上工业产值1138.95亿元`, r359 松江 2024)
    r"|属地"
    # (Fujian's local part of the budget revenue: `地方级公共财政预算收入4.33亿元`, r297 光泽 2017)
    r"|地方级"
    # construction counted over the firms with a licence, as statistics count it (`资质建筑业总产值121.3亿元`, r163 大亚湾)
    r"|资质(?:以上|等级以上|内)?"
    # foreign trade said in full before its total (`对外贸易出口总额4.85亿美元`, r254 溧水经开区 2017)
    r"|对外贸易"
    # a plan's or a higher level's target for it (the record's kind says so): `2019年全县计划完成固定资产投资21.5亿元`
    # (r270 乾安 2019), `市下达固定资产投资年度目标` (r64 漳浦 2017)
    r"|计划|(?:[市省州县区]|上级)下达的?"
    # the first quarter's (`首季到位外资4000万美元`, r95 东海 2018); the county seat's air (`县城环境空气质量优良天数比率达
    # 97%以上`, f21 2023)
    r"|首季度?|县城"
    # the part of the year it is for (the record's period says so too): `7月份工业总产值`, `一季度GDP`
    # (`1~7月工业投资11591万元`, xzyswj.cn 2014; `1至6月全市农林牧渔业增加值`, xna8.com 2015; `年末城镇登记失业率0.7%`,
    # sjzyihang.com 宜章 2023)
    # (`第一季度GDP累计同比下降3.6%`, m.ilynn.cn 祥云 2022; `半年累计完成规上工业产值108.7亿元`, pjckts.cn 2010)
    r"|\d{1,2}(?:\s*[-~～至—]\s*\d{1,2})?月份?|第?[一二三四]季度|前三季度|上半年|下半年|半年|年末|年底)*"
)
_BARE_INDUSTRY_TERMS = frozenset(("工业增加值", "工业总产值", "工业产值"))
_NEW = re.compile(r"(?:新增|净增|新培育|新认定|新招引|新引进)")
_SIZE_LIMIT = re.compile(r"规上|规模以上")
# Words that may follow the term: the quantity's own nouns, a rate, a share, a rank among other places.
_SUFFIX = re.compile(
    # (the statistics' `完成额`: `全县固定资产投资完成额同比增长12.0%`, `民间投资完成额同比下降16.9%`, r229 琼中)
    r"(?P<noun>总额|总量|总数|总值|数量|金额|完成额|额|量|数|规模|收入)?"
    # the target handed down for it (the record's kind says so): `固定资产投资市下达年度目标293亿元`
    # (or the plan's own: `今年广西经济增长预期目标6.5%以上`, r134 武宣 2022)
    # (and the year's plan named after it: `地区生产总值…完成年计划710亿元的89.4%`, f15 荔城 2022)
    # (or the target alone: `2023年地区生产总值目标为1850亿元`, r418 仁怀 2023; `2024年投资目标150亿元`, f17 玉龙; a rate
    # expected: `全年地区生产总值预期目标增长6.5%`, f21 武昌 2023)
    r"(?P<goal>(?:[市省州县区]|上级)?下达的?(?:年度|全年)?(?:目标|计划)(?:任务)?|预期(?:目标)?|(?:年度|全年)?目标"
    r"|(?:全年|年度?)计划)?"
    # (the months summed: `1-11月累计增速4.9%`, r128 西平 2020)
    r"(?P<rate>(?:年均|平均|同比|可比|比上年|累计)?(?:增速|增长率|增长|增幅|增加|降幅|下降|涨幅|上涨|增))?"
    # the rate set as a goal (`珠海高新区地区生产总值增长目标为8%`, r585 珠海高新区 2024; the record's kind says so)
    r"(?:(?<=增长|增速|增幅)(?:预期)?目标)?"
    # (`高新技术产业产值占规模以上工业总产值的比重`, wnwk.com 十五 review; `工业投资…占固定资产投资总额的5.8%`, xzyswj.cn)
    r"(?P<share>占比|比重|占[^\d]{0,14}比重|所占比重|占(?:(?!增速|增长|增幅|下降|提高|上升)[^\d]){1,14})?"
    r"(?P<rank>[^\d]{0,16}?(?:排名|名次|位次|排位))?"
)
# A name that states a change against something else is not the indicator itself (`降幅较一季度收窄`,
# `高于南通平均水平`, `拉动…增长`, `比上年末提升`).
_COMPARISON = re.compile(r"较|高于|低于|快于|慢于|收窄|扩大|拉动|提升了|提高了|比上年末|比年初|贡献")


@lru_cache(maxsize=1)
def _term_index() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], dict[str, str]]:
    """One alternation over every term and alias (longest first), and what each names."""
    names: dict[str, list[str]] = {}
    tagging: dict[str, str] = {}  # folded term -> the one family a document wording tags
    for fam in FAMILIES:
        for term in fam.terms:
            key = term.casefold()
            tagging[key] = fam.name
            names.setdefault(key, []).insert(0, fam.name)
        for alias in fam.aliases:
            names.setdefault(alias.casefold(), []).append(fam.name)
    tagging.update(_TAG_ONLY)
    alternation = "|".join(re.escape(t) for t in sorted(names, key=len, reverse=True))
    pattern = re.compile(alternation, re.IGNORECASE)
    return pattern, {k: tuple(dict.fromkeys(v)) for k, v in names.items()}, tagging


# Wordings that tag a document's record with one family although a question using them may mean several:
# `财政收入` alone is the total in county reports (`财政收入38.74亿元，其中地方级收入26.5亿元`).
_TAG_ONLY = {"财政收入": "财政总收入"}
# (the whole, said outright, is the total as well: `全部财政收入完成5.86亿元`, r364 巨鹿; `全部财政收入2016年完成25.1亿元`, f18
# 正定 2018; `全口径地方财政收入`, r256 青浦 2013)
_PLACE_SCOPE = re.compile(r"(?:全县|全市|全区|全旗|全镇|全乡|全街道|街道)?(?:全部|全口径(?:地方)?)?")


@lru_cache(maxsize=1)
def _families() -> dict[str, Family]:
    return {fam.name: fam for fam in FAMILIES}


def family_of(canonical: str) -> Family | None:
    """The family a canonical name belongs to (`地区生产总值增速` → 地区生产总值), or None."""
    fams = _families()
    if canonical in fams:
        return fams[canonical]
    for suffix in (RATE, SHARE, RANK):
        if canonical.endswith(suffix) and canonical[: -len(suffix)] in fams:
            return fams[canonical[: -len(suffix)]]
    if canonical.startswith("新增") and canonical[2:] in fams:
        return fams[canonical[2:]]
    return None


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    term: str  # as written in the text
    families: tuple[str, ...]  # canonical level names it may mean, most likely first


_SPAN_WINDOW = 12


def spans_term(left: str, right: str) -> bool:
    """Whether an indicator wording runs on from the end of `left` into `right`: a line broken inside a word
    (`全年地方一般公共预` / `算收入完成5.2亿元`)."""
    if not left or not right or (left[-1] + right[0]).casefold() not in _term_pairs():
        return False  # no wording has these two characters side by side: the common case, decided at once
    pattern = _term_index()[0]
    head = left[-_SPAN_WINDOW:]
    window = head + right[:_SPAN_WINDOW]
    cut = len(head)
    for pos in range(max(0, cut - _SPAN_WINDOW + 1), cut):
        m = pattern.match(window, pos)
        if m and m.end() > cut:
            return True
    return False


@lru_cache(maxsize=1)
def _term_pairs() -> frozenset[str]:
    """Every two characters that stand side by side in a wording."""
    return frozenset(
        term[i : i + 2].casefold()
        for fam in FAMILIES
        for term in (*fam.terms, *fam.aliases)
        for i in range(len(term) - 1)
    )


def find_terms(text: str) -> list[TermMatch]:
    """Indicator wordings in a text (a question, a keyword), longest first at each position, in text order."""
    pattern, names, _ = _term_index()
    return [
        TermMatch(m.start(), m.end(), m.group(), names[m.group().casefold()]) for m in pattern.finditer(text)
    ]


def names_indicator(text: str) -> bool:
    """Whether a text holds a document wording of a common indicator (one that tags a record, not a question's alias)."""
    pattern, _, tagging = _term_index()
    return any(m.group().casefold() in tagging for m in pattern.finditer(text))


def variant_asked(text: str) -> str:
    """Which form of an indicator a question asks for: "增速", "占比", "排名" or "" (the level)."""
    if re.search(r"排名|排第|第几|名次|位次", text):
        return RANK
    if re.search(r"占比|比重|占.{0,6}比", text):
        return SHARE
    if re.search(r"增速|增长|增幅|涨幅|增长率|增加了?多少|下降|降幅", text):
        return RATE
    return ""


@lru_cache(maxsize=8192)
def canonical_of(indicator: str, unit: str) -> str:
    """The canonical name of a record's indicator, or "" when it is not one of the common indicators.

    Precision first: the indicator's name must be the family's term with at most a scope before it
    (全县, 规上, 累计 …) and the quantity's own nouns, a rate, a share or a rank after it; the unit must fit.
    """
    pattern, _, tagging = _term_index()
    name = indicator.strip()
    if not name or _COMPARISON.search(name):
        return ""
    name = _ABBREVIATION.sub("", name)  # `地区生产总值(GDP)增长`
    if "剔除" in name or "扣除" in name:
        name = _EXCLUDED.sub("", name)  # `一般公共预算收入增速(剔除一次性特殊收入因素)` (r236 龙井 2026)
    if "、" in name:
        # `农、林、牧、渔业总产值` (务川 2022 bulletin): one word, written with pauses
        name = name.replace("农、林、牧、渔", "农林牧渔")
    if "年人均" in name or "人均年" in name:
        # a year's per-head figure said with its year (`城镇居民年人均可支配收入`, `农村居民人均年可支配收入`): the same figure
        name = _YEAR_PER_HEAD.sub("人均", name)
    # a word said twice where the subject meets its measure (`全县规模以上工业累计完成工业增加值29.47亿元`, f15 枞阳)
    name = _DOUBLED.sub(r"\1", name)
    if "企业工业" in name:
        # the firms above the size limit, then their measure: `全年全市2097家规模以上工业企业实现工业总产值4797.76亿元`
        # (r355 慈溪 2022 bulletin) is the firms' output, 规上工业总产值
        name = _FIRMS_THEN_MEASURE.sub(r"\1工业", name)
    if "价" in name or "人民币" in name or "口径" in name:
        name = _PRICE_BASIS.sub("", name)  # `规模以上工业现价增加值`, `地区生产总值可比价增速`, `…同口径增长`
    if name in _WHOLE_NAMES:
        return _WHOLE_NAMES[name] if unit in RATIO_UNITS else ""
    if unit == "名次" and _NOT_THE_LEVEL.search(name):
        return ""  # a rank of progress on the level (`固定资产投资进度全市排名`, r64 漳浦 2017) is not the level's rank
    if unit == "名次" and "总量" in name:
        # a rank by size (`地区生产总值总量全市排名`, r205 兴县 2019; `经济总量全省县域排名`, r145 长沙县 2016) is the
        # level's rank, named as the level's (`地区生产总值排名`)
        name = _BY_SIZE.sub("", name)
    if ("全部工业" in name or "全口径工业" in name) and _ALL_INDUSTRY.search(name):
        return ""  # all industry (`全部工业要力争完成产值300亿元`, r114 通辽经开区) is not the firms above the size limit
    matches = list(pattern.finditer(name))
    if not matches:
        return ""
    # the longest wording first; a shorter one when the longer stands inside a share's denominator
    # (`工业投资总量占固定资产投资比重` is 工业投资's share), also one that overlaps it
    for found in (matches, _inner_terms(pattern, name, matches)):
        for m in sorted(found, key=lambda m: m.start() - m.end()):
            family_name = tagging.get(m.group().casefold())
            if family_name:
                canonical = _canonical_at(name, m.start(), m.end(), family_name, unit)
                if canonical is not None:
                    return canonical
    return ""


# Asides in brackets that say how the figure is counted, not what it is: `(GDP)`, `(不含农户)`, `(可比价)` (a scope
# of places, `(市、区)`, stays).
_YEAR_PER_HEAD = re.compile(r"(?<=[民工])年人均|人均年")  # (not `全年人均地区生产总值`: the year's)
# (nor what the figure takes in: `地区生产总值760亿元(含港务区)`, r58 泉山 2024)
_ABBREVIATION = re.compile(r"[（(](?:[^()（）市县区]{1,10}|含[^()（）]{1,10})[)）]")
# What the figure leaves out (`(剔除留抵退税因素)`): the same indicator, counted without it.
_EXCLUDED = re.compile(r"[（(](?:剔除|扣除)[^()（）]{1,24}[)）]$")
# How a figure is priced or in what currency, said inside its name: the same quantity (`完成规模以上工业现价增加值49590万元`,
# xzyswj.cn 1-7月; `全区规模工业增加值可比价增长1.0%`, tljq.gov.cn 1-6月; `地区生产总值人民币1100.6亿元`, 0525000.com 长沙县 2017).
_PRICE_BASIS = re.compile(
    r"现价|当年价|可比价|不变价|人民币|同口径|商务部口径"
)  # (`一般公共预算收入同口径增长20%`, gscn.com.cn 2023; `商务部口径实际利用外资11644万美元`, r282 南宁综保区 2020)
# (also across the verb: `资质以上建筑业完成建筑业总产值678.13亿元`, r186 武汉经开区 2023)
_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,3})(?:累计)?(?:完成|实现)?\1")
_FIRMS_THEN_MEASURE = re.compile(
    r"(规上|规模以上|规模)工业企业(?:累计)?(?:完成|实现)?工业(?=总产值|产值|增加值)"
)
# The words that say a rank is by size, after the level's name (`经济总量` is itself a name of GDP and keeps them)
_NOT_THE_LEVEL = re.compile(r"进度|完成率|完成[^排]{0,12}任务")
_BY_SIZE = re.compile(r"(?<!经济)总量(?=[^和及与、]*排名$)")
_ALL_INDUSTRY = re.compile(r"(?:全部|全口径)工业(?:增加值|总产值|产值)")
# Names that are one canonical indicator as a whole, in a ratio unit: `税比` is the tax share of the budget revenue.
_WHOLE_NAMES = {
    "税比": "税收收入占比",
    "税占比": "税收收入占比",
    "税收比重": "税收收入占比",
    "税收占比": "税收收入占比",
    # the service sector's share of GDP (`服务业占比高达96%以上`, r411 和平 2024)
    "服务业占比": "服务业增加值占比",
    "服务业比重": "服务业增加值占比",
    "服务业在三次产业中的比重": "服务业增加值占比",  # (`服务业在三次产业中的比重达41.3%`, r510 威宁 2016)
    # the growth of above-scale industry's output, as statistics say it (`肥西县规上工业生产同比增长0.9%`, r264 肥西 2020)
    "规上工业生产增速": "规上工业增加值增速",
    "规模以上工业生产增速": "规上工业增加值增速",
}


# The budget's items and the words for a stage of the budget said with them: `初步安排一般公共预算收入243500万元`,
# `一般公共预算支出安排681436万元` (r564 莒南 2024), `一般公共预算收入预算数为15.39亿元` (r566 东湖 2023), `税收收入调整为
# 40500万元` (r541 巫溪 2023). (Not a share of the budget: `完成调整预算的99.2%` stays progress.)
_BUDGETED = frozenset(("一般公共预算收入", "一般公共预算支出", "税收收入", "财政总收入"))
_BUDGET_BEFORE = re.compile(r"(?:初步|预计)?安排$")
_BUDGET_AFTER = re.compile(r"^(?:(?:年初|调整后?的?)?预算(?:调整)?数?|调整(?:预算数?)?|安排)")


def _inner_terms(pattern: re.Pattern[str], name: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The wordings that start inside a longer one (a scan from left to right finds only the longer)."""
    inner = []
    for m in matches:
        for pos in range(m.start() + 1, m.end()):
            found = pattern.match(name, pos)
            if found:
                inner.append(found)
    return inner


def _canonical_at(name: str, start: int, end: int, family_name: str, unit: str) -> str | None:
    """The canonical name when the wording at name[start:end] is the indicator's (None when the words around
    it are not a scope before or a noun, rate, share or rank after; "" when it is, but names no shared one)."""
    prefix, suffix = name[:start], name[end:]
    if (
        prefix
        and name[start:end].casefold() in _TAG_ONLY
        and family_name == _TAG_ONLY[name[start:end].casefold()]
        and not _PLACE_SCOPE.fullmatch(prefix)
    ):
        # `地方财政收入` is not the total that `财政收入` alone names; the place's whole is (`街道财政收入预计实现12.83亿元`,
        # wnwk.com 庄桥街道 2021)
        return ""
    if name[start:end].endswith(("增速", "增长速度", "增长")) and unit not in RATIO_UNITS:
        return None  # `经济增速` names a rate: in points it is a change of it
    if family_name in _BUDGETED:
        # a budget's stage said with its item is the item's figure, the record's kind telling plan from outcome
        prefix, suffix = _BUDGET_BEFORE.sub("", prefix), _BUDGET_AFTER.sub("", suffix)
    new = bool(_NEW.search(prefix))
    if not _QUALIFIER.fullmatch(_NEW.sub("", prefix)):
        return None
    parts = _SUFFIX.fullmatch(suffix)
    if parts is None:
        return None
    family = _families()[family_name]
    if family.measure == "count" and _SIZE_LIMIT.search(prefix):
        # a count of firms above the size limit is a part of the count (`全县规上高新技术企业53家`, a 公安 2021 bulletin)
        return ""
    if (
        parts["goal"]
        and parts["goal"].endswith(("计划", "目标", "任务"))
        and not parts["goal"].startswith("预期")
        and not parts["rate"]
        and unit in RATIO_UNITS
    ):
        return ""  # the part of the year's plan reached (`完成年计划的25.8%`) is progress, not the indicator
    if parts["rate"] and re.match(r"年均|平均", parts["rate"]):
        return ""  # an average over several years is not the year's rate
    if unit == "名次" or parts["rank"]:
        # (nor the rank of a share: `规模以上工业总产值占绥化市…在全省县(市)位居第2位`, r220 肇东 2002)
        if (
            parts["rate"]
            or parts["share"]
            or re.search(r"增幅|增速|降幅|完成率|和|占|、", parts["rank"] or "")
        ):
            return ""  # the rank of a growth rate or of several things at once: no shared name (yet)
        if re.search(r"城市|百强|强县|强区|开发区|园区", parts["rank"] or ""):
            # a rank among a kind of places, not within an area (`地区生产总值…列全国大中城市第18位`, a 南通 2023 seed;
            # `工业总产值…稳居全省开发区前三甲`, r183 南昌县 2021)
            return ""
        return family_name + RANK
    if parts["share"]:
        # (or of a city named: `规模以上工业总产值占绥化市的40%`, r220 肇东 2002)
        if re.search(
            r"全[市县区省国]|[\u4e00-\u9fff]{2}[市州盟]|预算(?!收入|支出)|计划|目标|任务", parts["share"]
        ):
            # a share of a wider area's total (`占全市32.46%`) is not the place's own share; nor is the part of a
            # budget or a plan reached (`一般公共预算收入…占预算调整数的100.11%`, r120 麻江 2020): that is progress
            return ""
        if name[start:end] in _BARE_INDUSTRY_TERMS and not _SIZE_LIMIT.search(prefix):
            # all industry's share (`其中工业增加值占GDP比重为28.5%`, r387 涡阳 2022): a part of GDP, not the firms above
            # the size limit (tests/real/README.md, nineteenth round)
            return ""
        return family_name + SHARE if unit in RATIO_UNITS else ""
    if unit in RATIO_UNITS:
        if family.measure == "ratio":
            # a ratio's own rise or fall (`居民消费价格上涨`) is its name; another ratio's change is not
            return "" if parts["rate"] and not family.name.endswith(("涨幅", "降幅")) else family_name
        return family_name + RATE
    if unit == "个百分点" or parts["rate"]:
        return ""  # a change in points, or an increment in money: not the level, not the rate
    fits = {
        "money": MONEY_UNITS,
        "count": COUNT_UNITS,
        "quantity": QUANTITY_UNITS,
        "ratio": RATIO_UNITS,
        "visits": VISIT_UNITS,
        "energy": ENERGY_UNITS,
    }[family.measure]
    if unit not in fits:
        return ""
    if "人均" in family_name and "人均" not in name[start:end] and unit != "元":
        return ""  # `农民纯收入3107元` is per head; in 亿元 it is a total
    if family.name == "人均地区生产总值" and "美元" in unit:
        # the same figure converted at the year's rate (`按2022年平均汇率计算为6096美元`, r308 翼城 2022), often beside the
        # figure in yuan: a place would have two per-head GDPs; the yuan figure carries the name
        return ""
    if new and family.measure != "count":
        return ""  # `新增规上工业产值近10亿元`: an increment of a level is not the level
    return ("新增" if new else "") + family_name


def headline_rank(canonical: str) -> int:
    """Where a canonical indicator stands among the headline ones (1 first); 0 when it is not one."""
    family = family_of(canonical)
    if family is None or not family.headline or canonical.endswith((SHARE, RANK)):
        return 0
    return family.headline


# Keywords that place an indicator outside the vocabulary under a topic, tried in order.
_TOPIC_WORDS: tuple[tuple[str, str], ...] = (
    ("财政", "财政|税|预算|债"),
    ("投资", "投资|投入|项目|开工|签约|招引|招商"),
    ("工业", "工业|制造|企业|产值|开票|应税|产业|园区|建筑业|服务业"),
    ("消费", "消费|零售|销售|旅游|餐饮"),
    ("外贸外资", "外贸|出口|进口|外资|外商"),
    ("收入", "收入|工资"),
    ("创新", "高企|科技|创新|研发|专利|人才|技改|数字|5G|高新"),
    ("城乡", "城镇|城市|乡村|农村|村|小区|道路|公路|交通|住房|棚户|改造"),
    ("就业民生", "就业|失业|养老|医疗|教育|学校|幼儿园|医院|民生|社保|保障|培训"),
    ("农业", "农业|粮食|农田|耕地|养殖|种植|亩"),
    ("生态", "生态|环境|污染|排放|能耗|绿化|河道|空气|水质|森林|垃圾"),
)


def topic_of(indicator: str, canonical: str = "") -> str:
    """The topic a listing groups this indicator under ("" when nothing fits: shown last)."""
    family = family_of(canonical) if canonical else None
    if family is not None:
        return family.topic
    for topic, words in _TOPIC_WORDS:
        if re.search(words, indicator):
            return topic
    return ""
