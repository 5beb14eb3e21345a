"""Quantities in one clause of normalized text: value, unit, and the bound the wording puts on them.

Input is simplified script with ASCII digits and punctuation. Numbers that are parts of names
(`5G`, `“1521”工程`, `第五届`, `1+N`), dates and codes give nothing; only a number with a unit,
a percentage or a rank is a quantity. A one-character Chinese numeral counting things is a
quantity in running text (`两个高速口`, `两次重大项目集中开工活动`) but not as an article (`一批`),
an ordinal (`二次创业`), or inside a slogan (`“一个先行区、三个新高地”`, `五个“聚焦”`, `三条底线`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

import cn2an

Number = int | float
Value = Number | tuple[Number, Number]

RANK_UNIT = "名次"

# Anything that could start a number: the cheap test that lets most clauses through untouched.
_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
_DIGITS = frozenset("0123456789")
_HAS_NUMERAL = re.compile(f"[0-9{_NUMERAL_CHARS}]")
_CN_RUN = f"[{_NUMERAL_CHARS}](?:[{_NUMERAL_CHARS}]|点(?=[零〇一二两三四五六七八九]))*"
# (a decimal point mistyped twice or followed by a space, `14..3%`, `63. 41亿元`, is still one: see _MISTYPED_POINT)
# A point typed with a space on either side is still a point: `經濟增長6 . 5%左右` (trnww.com 平顶山 2025).
# A space may group thousands between a word and a unit: `總人口141 844人`, `總面積23 096平方公里` (r133 乌拉特中旗
# 2009); not after a point or a figure (a table's cells, `增长3.4 9%`), and only when a unit or word follows; after a
# blank only when a word (or an indicator's acronym, `人均GDP 82 878 元`) stands before it and a blank and the unit after it (`地区生产总值 1 234.5 亿元`, a bulletin
# that sets every figure off by blanks; `项目 12 150亿元` is two cells).
_ARABIC = (
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|(?<![0-9.,\s])[0-9]{1,3}(?:[ ][0-9]{3})+(?:\.[0-9]+)?(?=[ ]?[\u4e00-\u9fff%])"
    r"|(?:(?<=[\u4e00-\u9fff][ ])|(?<=GDP[ ]))[0-9]{1,3}(?:[ ][0-9]{3})+(?:\.[0-9]+)?(?=[ ](?![年月日])[\u4e00-\u9fff%])"
    r"|[0-9]+(?:\.\.?[0-9]+|\.[ \t][0-9]{1,2}(?![0-9])|[ \t]\.[ \t]?[0-9]{1,2}(?![0-9]))?"
)
_TOKEN = re.compile(f"(?P<pct>百分之)?(?:(?P<ar>{_ARABIC})|(?P<cn>{_CN_RUN}))")

# Units, each with the characters that must not follow it (`项目` is not the unit 项).
# Counting words first, then measures; 万/亿 before any of them join the unit (`万人`, `亿元`).
_COUNT_UNITS: dict[str, str] = {
    "个": "",
    "家": "庭",  # (`家乡` is a home town, but `3家乡村长者照护之家`, `5家乡镇卫生院` count: see _NOT_FOLLOWED)
    "项": "目",
    "人": "民口",  # (`15万人口` is a population, in a slogan: `“15平方公里15万人口”`, edutainingadventures.com 中江 2022)
    "名": "单称字义牌",
    "户": "籍型所",  # (not a Ming garrison, `千户所`: `改騰沖守御千戶所`, r184 腾冲 profile, trad)
    "座": "",
    "所": "属辖谓",
    "套": "",
    "件": "",
    "位": "于置",
    "辆": "",
    "条": "件例款",
    "栋": "",
    # buildings as Shanghai counts its towers: `亿元楼新增6幢,达到88幢` (f20_p18 静安 2024); not `幢幢` (a doubled word)
    "幢": "幢",
    "台": "阶账",
    "艘": "",
    "架": "",
    "张": "",
    "床": "",
    "支": "持撑付出柱",
    "只": "有是要能需好见不会",  # livestock: `存栏量达57.3万只`
    "头": "部脑号等",  # `生猪出栏20万头`
    # livestock counted by the head or the animal, as one unit written whole: `牲畜存栏125万头只` (f15_p02 苏尼特左旗
    # 2021); with the second in brackets see _ALTERNATE_UNIT
    "头只": "",
    # pastoral herds: camels and horses, and flocks counted by the herd (`骆驼出栏0.46万峰`, 831985.com 阿拉善左旗 2016;
    # `苏尼特羊标准化畜群达到2800群`, `养殖规模稳定在2万匹、5000峰左右`, 苏尼特左旗 2021); not `峰会`, `匹配`, `群众`
    "峰": "会值期谷顶峦回山岭寺",  # (not a mountain's name: `九峰山原始次生林区`, 土默特右旗 tourism news)
    "匹": "配敌夫",
    "群": "众体落岛山组英星聊",
    "例": "如",
    "场": "景所地",
    "篇": "",
    "批次": "",
    "场次": "",  # `举办专题招商推介会20余场次` (old.zmdnews.cn 2016)
    "处": "理置长级于在",
    "人次": "",
    "家次": "",  # visits counted by the firm, as 人次 by the person (`上门服务企业1000余家次`, r178 东城 2024)
    # models and cases: `拓展新朗逸、途昂等7款车型`, `康师傅产量增加700万箱` (r131 乌鲁木齐经开区 2023)
    "款": "项式待额",
    "箱": "包体子",
    # kinds of product or brand (`等40余种高附加值、独具特色的本土知名品牌`, r233 拉萨经开区 2018; `10大类50多种产品`,
    # r244 中宁): not `种植`, `种子`, `种养`, `种类`; a one-character numeral before it is a formula (`三种模式`)
    "种": "植子养苗业田地粮类猪鸡鸭牛羊禽畜源族群草薯",
    # pairs: `改扩建城区公交站台10对` (r227 旌德 2015); not `对接`, `对比`
    "对": "接象于比外口应标照策话称待付抗决立面症",
    # small round things: `低轨卫星导航增强系统4颗试验卫星成功发射` (r266 济南高新区 2022); not `颗粒`
    "颗": "粒",
    "课时": "",  # teaching hours given out (`配送文艺指导不少于1800课时`, r148 长宁 2024)
    "学时": "",
    # `两乡(镇)`: townships (not `乡村`, `乡亲`, nor `等6乡镇29个行政村`, authenticallynatalie.com 徽县)
    "乡": "村亲土下里情音愁民长级间野贤党规风俗约镇",
    "车次": "",
    "艘次": "",  # `进出境船舶5.2万余艘次` (business.sohu.com 抚远 2014)
    "担": "保任当负心纲子忧",  # tobacco bought in dan (`收购烟叶19.62万担`), not `担保`, `担任`
    "次": "全会党代人常产",  # `六次全会`, `三次产业` are names
    # wells, ponds and trees (`山坪塘3口`, `种植各类型高档苗木100余株`, nfcpscxx 璧山; `机井11眼`, 洛南 2013)
    "口": "岸号径头碑罩味气音腔才子之袋罐",
    "眼": "睛光界镜前里中看望见",
    "株": "洲",
    "棵": "",  # trees (`现存百年以上老梨树6万余棵`, f19_p03 砀山 2024), as 株 counts them
    "袋": "鼠装",  # mushroom logs (`食用菌5000万袋`, old.zh-hz.com 保康 2010)
    # projects and land parcels as Guangdong and Hainan count them: `安排重點項目91宗` (yhser.com 惠东 2024),
    # `累计出让土地19宗` (r159 白沙 2025), `24宗已投产项目` (r163 大亚湾 2024); not `宗教`, `宗旨`, `宗族`
    "宗": "教旨族祠亲师派室",
    # poultry counted in yu, often by the hundred: `年末家禽存栏51313百羽` (111.229.73.81 Statslisth 7265, a county
    # bulletin 2021), `广东越过10亿羽的关口` (bbs.jbzyw.com 2019); not `羽毛`, `羽绒`, `羽翼`, `羽毛球`
    "百羽": "毛绒翼球",
    "羽": "毛绒翼球化扇",
    # loans and deals counted by the transaction: `累计发放创业担保贷款184笔4081.5万元` (r326 瓜州 2023); not `笔记`, `笔者`
    "笔": "记者墨试画迹直筒录触下尖顺芯",
    # things handed out, lamps, vaccine doses: `发放“爱心健康包”6.4万余份` (r315 温县 2023), `安装路灯2000余盏` (f18_p19
    # 聊城高新区), `累计完成疫苗接种近40万针次` (f18_p04 屯溪); not `份额`, `月份`
    "份": "额子量",
    "盏": "",
    "针次": "",
    "剂次": "",
    # plots and boards: `新增14块学校用地` (f20_p07 宝安 2018), `完成64块发光提示标志` (f20_p18); not `块状`, `一块儿`
    "块": "状头儿钱",
    # rooms and small clinics: `实施5个医院和10间社康中心新改扩建` (f20_p07); not `间隔`, `间接`, `间距`
    "间": "隔接距断歇",
}
_RELATIVE_UNITS = ("%", "‰", "个百分点", "百分点", "个千分点", "千分点", "倍", "个位次", "位次")
_MEASURE_UNITS: dict[str, str] = {
    "元": "素旦化",
    # money per unit of land, a price or an intensity: `亩均税收2.98万元/亩` (gqcc.net.cn 2021), `地块地价飙至323万元/亩`
    # (r159 白沙 2025)
    "元/亩": "",
    "元/人": "",  # output per worker: `全员劳动生产率从2015年的8.22万元/人增长到…` (r337 樟树 2022)
    "元/平方米": "",
    # a price by weight: `干花椒以50元/公斤的价格销往乐山市场` (sjw2018.com 叙州 2021), `2013年平均价格为42.04元/公斤`
    # (texnet.com.cn 大姚 2014)
    "元/公斤": "",
    "元/千克": "",
    "元/斤": "",
    "元/吨": "",
    "美元": "",
    "欧元": "",
    "港元": "",
    **{unit: "" for unit in _RELATIVE_UNITS},
    "℅": "",  # a common misprint of % (`增长15℅`): read as %, the text keeps it as written
    "亩": "",
    "公顷": "",
    "千公顷": "",  # `蔬菜及食用菌种植面积13.3千公顷` (sjzyihang.com 宜章 2023)
    "公里": "",
    "千米": "",
    "米": "",
    "平方公里": "",
    "平方千米": "",
    "平方米": "",
    # the spoken square metre: `全面建成15万平米的动力谷一期` (xunduwang.com 薛城经开区 2025), `拆迁面积1800平米`
    # (xiaochang.cjyun.org 孝昌 news)
    "平米": "",
    "立方米": "",
    "微克/立方米": "",
    "毫克/立方米": "",
    # the same in symbols: `PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3` (r166 芙蓉 report); µ (micro sign) and
    # μ (Greek mu) both occur, and `m³`
    **{f"{m}g/m{c}": "" for m in ("μ", "µ", "u", "m") for c in ("3", "³")},
    # energy in coal equivalent (`规上工业能源消耗总量549.5萬噸標準煤`, r127 长寿 2023): the unit is the whole
    # liquor by the kilolitre: `白酒包装量完成19.78万千升` (f13_p09 仁怀 2021)
    "千升": "",
    "吨标准煤": "",
    "吨标煤": "",
    "吨": "",
    # freight and passenger turnover: `全区航空客货运周转量141.74亿吨公里` (r347 白云, trad)
    "吨公里": "",
    "人公里": "",
    # research staff counted by the full-time year: `每万名就业人员中研发人员达到209人年以上` (f18_p17 洞头)
    "人年": "度均龄轻纪收底末初内前后中增",
    "千克": "",
    "公斤/亩": "",  # a yield (`全縣糧食單產為252.14公斤/畝`, lcbyokzvsr.com 2024)
    "千克/亩": "",
    "公斤": "",
    "斤": "斤",  # grain in jin: `粮食产量实现26.92亿斤` (r149 北林 2025), not `斤斤计较`
    "千瓦时": "",
    # electricity in du (kWh), only with its magnitude: `发电量13.56亿度` (r31 贞丰 2010); a bare `25度` is a slope,
    # an angle or a temperature
    "亿度": "",
    "万度": "",
    "千瓦小时": "",  # `发电量91.5亿千瓦小时` (tjgb.hongheiku.com, a banner's bulletin)
    "千伏安": "",  # a transformer's capacity (`变压器累计实现2828.08万千伏安`)
    "千瓦": "",
    "兆瓦": "",
    "吉瓦": "",
    "标箱": "",
    "个工作日": "",
    "工作日": "",
    "天": "下津然地",  # monitoring days (`有效监测天数90天`), not `天下`, `天津`
    "层": "面级次",  # a building's floors
    "岁": "月",  # a life expectancy (`人均预期寿命85岁`, r147 同安 2025); `60岁以上老年人` is a qualifier
}
_MISPRINTS = {"℅": "%"}
# A second counting word in brackets after a unit is part of the figure, and a bound after it is the figure's:
# `牲畜出栏42.30万头(只)` (r290 阿拉善左旗 2016), `出栏牛羊8.67万头(只)` (r211 大通), `年接待游客130万人(次)以上`
# (渭源 tourism news); the unit stays the first word, as the figure's gold mostly gives it (`万头`).
_ALTERNATE_UNIT = re.compile(r"\((?:只|头|次|人|个|户|家|名|匹|峰)\)")
# (hectares and tonnes in a journal's symbols: `推广种植猕猴桃2.67万hm2`, `年产鲜果30万t`, f17_p07 周至)
_ASCII_UNITS = ("MWh", "MW", "GWh", "GW", "kWh", "kW", "km", "TEU", "hm2", "hm²", "t")
# Computing power in petaflops, only before the word for it: `储备了超1000P算力服务能力` (r195 郑州高新区 2024),
# `大连数谷500P高性能算力投入使用` (f18_p02 金普 2025); a bare `P` is a page or a resolution.
_COMPUTING_POWER = r"P(?=[\u4e00-\u9fff]{0,4}算力)"
# electricity in du with its magnitude and a `多`/`余` between: `年均发电8万多度` (f24_p05 和县 2017), `总发电量达4亿多度`
# (f24_p17 宁武), as `亿度` and `万度` are read whole
_DU_AFTER_MORE = r"(?<=[万亿][多余])度"


# Words a unit must not open, beyond single characters: `家乡` (a home town) unless it is the 乡 of 乡村/乡镇
# (`新增1家社区长者食堂、*3家乡村长者照护之家`, shanghai.gov.cn 崇明 2025).
_NOT_FOLLOWED = {"家": "乡(?![村镇])"}


def _unit_alternation() -> str:
    units = {**_COUNT_UNITS, **_MEASURE_UNITS}
    parts = [
        re.escape(u)
        + (f"(?![{re.escape(bad)}])" if bad else "")
        + (f"(?!{_NOT_FOLLOWED[u]})" if u in _NOT_FOLLOWED else "")
        for u, bad in units.items()
    ]
    parts += [re.escape(u) + "(?![A-Za-z])" for u in _ASCII_UNITS]
    names = [*units, *_ASCII_UNITS, "P", "度"]
    parts += [_COMPUTING_POWER, _DU_AFTER_MORE]
    units_by_length = sorted(zip(names, parts, strict=True), key=lambda p: -len(p[0]))
    return "|".join(part for _, part in units_by_length)


# `30多个`, `4万多例`, `10余万人`: 多/余 may stand on either side of the magnitude.
_UNIT = re.compile(
    rf"[ \t]{{0,2}}(?P<more1>多|余)?(?P<mag>万亿|亿|万)?(?P<more2>多|余)?(?P<base>{_unit_alternation()})"
)
# (not a bare `万人口`, a population in a slogan: `“15平方公里15万人口”`, see 人 in _COUNT_UNITS)
# (a space may split the figure from its 万, as before a unit: `并带动近2 万农民就业`, f23_p07 靖州)
_PEOPLE_IN_TEN_THOUSANDS = re.compile(
    r"[ \t]?(?P<more1>多|余)?万(?P<more2>多|余)?(?=(?:贫困|农村|城镇|常住|农业|城乡){1,2}人口|(?:贫困|农村|城镇|城乡)?(?:农民|群众|居民|劳动力)"
    # (growers and herders by their crop or herd: `带动约34万花农致富`, f19_p06 横州 2024; `辐射带动10万药农`, f23_p03 房县)
    r"|[花果茶菜桑瓜烟棉蔗椒参药菇蚕]农|渔民|牧民|农牧民)"
)
PLAIN_YEAR = re.compile(r"(?:19|20)\d\d")  # a year as written in digits
# Households counted by what they are, the unit left out (`年可为7500农户提供各种优良种苗`, f23_p11 大洼; `将优质资源惠及区内
# 10万学生家庭`, f20_p18 静安 2024), as people are above (not `家庭农场`, a kind of farm).
_HOUSEHOLDS_BY_NAME = re.compile(
    r"[ \t]?(?P<more1>多|余)?(?P<mag>万)?(?P<more2>多|余)?"
    r"(?=(?:贫困|脱贫|困难|农村|城镇)?(?:农户|学生家庭|家庭(?!农场))|贫困户|脱贫户)"
)
# Spoken money: `3.1个亿`, `两个多亿`, `1个亿元` (the 个 counts the magnitude, not things).
_SPOKEN_AMOUNT = re.compile(r"[ \t]?个(?P<more>多|余)?(?P<mag>亿|万)元?")
_ASCII_UNIT_START = re.compile("|".join((*_ASCII_UNITS, _COMPUTING_POWER)))
# A space splitting a magnitude from its unit: `地方一般公共预算收入7.9亿 元` (gongwensou.com 紫金 2020).
_SPLIT_UNIT = re.compile(rf"(?P<mag>万亿|亿|万)[ \t](?P<base>{_unit_alternation()})")


def unit_word(word: str) -> str:
    """`word` as a unit when it is one and nothing else (`亿元`, `%`, `万人`, a table's unit cell), else ''."""
    word = _MISPRINTS.get(word.strip(), word.strip()).replace("％", "%")
    m = _UNIT.fullmatch(word)
    return f"{m['mag'] or ''}{m['base']}" if m and not (m["more1"] or m["more2"]) else ""


_BOUNDS_BEFORE: dict[str, str] = {
    **dict.fromkeys(("不少于", "不低于", "不小于", "至少", "最少", "最低"), ">="),
    **dict.fromkeys(("超过", "超出", "突破", "高于", "多于", "大于", "超", "逾"), ">"),
    "过": ">",  # `工业园区过百亿` (r134 武宣 2022), `产值过千亿`
    # a level stepped over: `全年财政收入跨越130亿元` (r261 南昌县 2019), `地区生产总值跨过600亿元台阶` (r301 京口 2024)
    **dict.fromkeys(("跨越", "跨过"), ">"),
    "破": ">",  # `规模以上固定资产投资破百亿元大关` (r228 克什克腾 2025, trad), `产值破千亿`
    # signs (`城镇登记失业率≤4%`, rdcwh.dongtou.gov.cn 洞头 2016)
    **dict.fromkeys(("≤", "<=", "＜＝"), "<="),
    **dict.fromkeys(("≥", ">=", "＞＝"), ">="),
    **dict.fromkeys(("＜", "<"), "<"),
    **dict.fromkeys(("＞", ">"), ">"),
    **dict.fromkeys(("达到", "达", "完成", "实现", "约", "大约"), "="),
    **dict.fromkeys(("控制在", "不超过", "不高于", "不多于", "不大于", "最多", "最高"), "<="),
    # 近 "nearly": just under the figure.
    **dict.fromkeys(("低于", "少于", "小于", "不到", "不足", "将近", "接近", "近", "几乎"), "<"),
}
_BOUNDS_AFTER: dict[str, str] = {
    "及以上": ">=",
    "以上": ">=",
    "以下": "<=",
    "以内": "<=",
    "之内": "<=",
    "左右": "=",
    "台阶": ">=",  # `迈上百亿台阶`
    "大关": ">=",
}
# (`下拉经济0.1个百分点`, r293 沁水 2024 bulletin: a sector's pull on growth, downward, is a negative pull)
_DECLINE = (
    "负增长",
    "下降",
    "下滑",
    "减少",
    "降低",
    "回落",
    "缩减",
    "减产",
    "减收",
    "下拉经济增长",
    "下拉经济",
    "下拉",
)


# Bound words that end other words: `签约`, `最近`, `下达`, `赶超`.
_NOT_AFTER = {
    "约": "签节制合公条预邀契特相履违协",
    "近": "最附临靠贴亲",
    "达": "下到抵表发通送传转高",
    "超": "赶高",
    "过": "经通超越度跨闯路穿胜不难错放渡闯",  # (`通过3项`, `经过5年`)
    "破": "打攻击爆识看点捅冲突残",  # (`打破`, `爆破`; `突破` is a bound of its own)
}


def _longest_first(words: Iterable[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(f"(?<![{_NOT_AFTER[w]}]){w}" if w in _NOT_AFTER else w for w in ordered)


# Matched backwards from a number: `同比下降5.6%`, `不少于 30 个`, `降低至3%` (a level, not a change).
_BEFORE = re.compile(
    rf"(?:(?P<decline>{_longest_first(_DECLINE)})(?P<to>至|到)?了?[ \t]*)?"
    rf"(?:(?P<bound>{_longest_first(_BOUNDS_BEFORE)})了?[ \t]*)?\Z"
)
_AFTER = re.compile(rf"[ \t]*(?P<bound>{_longest_first(_BOUNDS_AFTER)})")
_AFTER_STARTS = frozenset(" \t" + "".join(w[0] for w in _BOUNDS_AFTER))  # what `_AFTER` can start with
_BEFORE_WINDOW = 10

_RANGE_SEP = re.compile(r"[ \t]*[-~～至到—–][ \t]*")
_LIST_SEP = re.compile(r"[ \t]*[、和与及][ \t]*")
# A list whose items each name what they count, the figure first: `推出不少于200场公益性文艺演出、400场阅读推广活动、
# 1000场社区公益电影放映服务以及1000场艺术导赏` (r148 长宁 2024): the bound before the first bounds them all.
_NAMED_LIST_SEP = re.compile(r"[\u4e00-\u9fff]{2,16}[ \t]*(?:、|以及|和|及)[ \t]*")
# `高于全国0.7、全省2.3个百分点`: the next item of a comparison list may name its scope first.
# The wider areas a figure is compared with.
SCOPES = "全国|全省|全市|全州|全地区|全区|全县|全盟"  # (全地区: a prefecture, `位列全地区第二`)
_SCOPED_LIST_SEP = re.compile(rf"[ \t]*[、和与及][ \t]*(?:{SCOPES})?(?:平均水平|平均)?[ \t]*[-−]?")
_LIST_MAX = 6
# The characters each separator pattern can start with (both open with optional blanks, then one of a set).
_SEPARATOR_STARTS = {
    _RANGE_SEP: frozenset(" \t-~～至到—–"),
    _SCOPED_LIST_SEP: frozenset(" \t、和与及"),
}
_MONTHS_SO_FAR = re.compile(r"\s*个月")
_BROKEN_DECIMAL_BEFORE = re.compile(r"(?<![0-9.])[0-9]{1,3}\.[0-9]{1,2}[ \t]\Z")
_MONEY_WORD = re.compile(r"元|人民币|美元|港元|欧元")
_DURATION_TO = re.compile(r"(?:延长|缩短|压缩|缩减|减少|降低|降|提高|增加)(?:至|到)\s*$")
_RANK_VERB = re.compile(r"排名|排位|位列|名列|位居|列|居|排")
_RANK_VERB_WINDOW = 16
_SCOPE_WORDS = frozenset(SCOPES.split("|"))
_RANK_SCOPES = frozenset(
    word[-1] for word in _SCOPE_WORDS
)  # (a scope's last character: where a check starts)
_RANK_LIST = re.compile(r"第(?:\d{1,3}|[一二三四五六七八九十]{1,3})[位名]?、[^，,。；;、\d]{1,12}$")
_RANGE_WORDS = frozenset("至到-~～—")
# (`珍宝岛药业…入选2024中药上市公司30强`, r357 虎林 2025: a list's year before its name)
_RANKED_INTO = re.compile(
    r"(?:位列|位居|跻身|进入|入围|入选|荣登|名列|列入|排名|迈入)(?:\d{4}年?度?)?[^，,。；;\d]{0,16}$"
)
_PLACE_IN_LIST = re.compile(
    r"[”」\"』]?\s*(?:榜单?|名单)?\s*(?:中|上)?\s*(?:排名|位列|位居|排)?\s*第\s*[\d一二三四五六七八九十]"
)
# (a scope may stand between: `排名全国78位`, r155 平谷 2025)
_RANKED_BY = re.compile(rf"(?:排名|排|位居|位列|名列|居)\s*(?:{SCOPES})?\s*$")
# (the next rank of a list: `排名分别升至第49位和61位`, f13_p10 新郑 2013; where a rank moved from and to:
# `在全省县域经济综合排名中,由2006年的65位跃升至2010年的30位`, r279 长武 2012)
_RANK_LISTED_BEFORE = re.compile(r"第\s*\d{1,4}\s*位\s*[和、及与]\s*$")
# The ordinal of a rank just before, then `、` (`总量、增幅分别位列晋中第一、第二`, r366 介休 2022; `位列全市第1、第2`, r313)
_BARE_RANK_BEFORE = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?P<end>)\s*[、和及与]\s*$")
_MOVED = r"(?:跃升|上升|提升|攀升|前移|下降|后退)(?:至|到)"
_RANK_FROM = re.compile(r"[由从]\s*(?:\d{4}\s*年)?\s*的?\s*$")
_RANK_MOVE = re.compile(rf"\s*{_MOVED}")
_RANK_TO = re.compile(rf"\d\s*位\s*{_MOVED}\s*(?:\d{{4}}\s*年)?\s*的?\s*$")
_POINTS_LISTED_AFTER = re.compile(
    r"(?:\s*[、和及]\s*-?\d+(?:\.\d+)?\s*个)*\s*[、和及]\s*-?\d+(?:\.\d+)?\s*个百分点"
)
_ORDINAL_FROM = re.compile(r"第\s*(?:\d{1,4}|[一二三四五六七八九十百]{1,4})\s*$")
_RANK_LIST_WINDOW = 20  # `全国第一`, `全省第3`
# `目前`, `提前`, `之前` ... are not "the top N".
# (`秦始皇二十六年(公元前221)`, r111 吉安 2017: a year before the era, not a rank)
_NOT_TOP = frozenset("目当提之此以事空眼面跟门向生年月日天周节会超午元")
_VAGUE = frozenset("数几")  # `数百亿`, `几十家`: no definite figure
# What may follow a bare Chinese 亿/万 figure besides punctuation: `超千亿目标`, `五百亿的投入`.
_AFTER_BARE_AMOUNT = re.compile(r"[ \t]*(?:的|目标|规模)")
# `亿元大关`, `万元台阶`: a magnitude alone crossed as a threshold is one of it.
_MILESTONE = re.compile(r"元[ \t]*(?:大关|台阶)")
# A bare 万亿 crossed: `南海规上工业总产值力争突破万亿元` (u04), `研发投入超万亿元`: one 万亿元, not `万亿级`
_CROSSED = re.compile(r"(?:突破|超过|超|跨越|迈上|达到|迈入)[ \t]*\Z")
_CROSSED_BARE = re.compile(
    rf"(?:突破|超过|(?<![{_NOT_AFTER['超']}])超|逾|(?<![{_NOT_AFTER['过']}])过)[ \t]*\Z"
)
# An amount written before the output or investment it is, ending its clause (`完成七百亿投资`, f15_p14 龙游; `争取到
# 2016年形成…500亿元产值`, f13_p11 永康; `千亿产值目标`, r362 邳州): the noun names the figure.
OUTPUT_NOUN_AFTER = re.compile(
    r"(?P<noun>总产值|产值|投资|营收|营业收入|销售收入)(?:目标)?(?=[，,。；;！!？?\s]|$)"
)
_NEARLY_BARE = re.compile(r"(?:将近|接近|(?<![最附])近)[ \t]*\Z")
_CLAUSE_END = re.compile(r"[ \t]*(?:[，,。；;！!？?]|\Z)")
# Verbs that sign or invest an amount: `签约百亿旅游项目`.
_INVESTED_BEFORE = re.compile(r"(?:总投资|计划投资|完成投资|投资额|投资|资金)(?:约|达|为|近|超)?[ \t]*\Z")
_PEOPLE_BEFORE = re.compile(r"人口(?:数|总数)?(?:已?达到?|为|约|有|超过?|近|突破)?[ \t]*\Z")
_TRANSACTION = re.compile(r"(?:签约|签下|引进|招引|落地|投资)\Z")
_CLASS_AFTER = re.compile(r"[ \t]*(?:元)?[ \t]*(?:级|以上|量级)")
# One-character numerals that do not count: `一批`, `一个总目标` (an article), `二次创业` (an ordinal).
_NOT_COUNTING = frozenset("一二")
# What is built, counted with 二 in older or southern writing (`兴建二条…生产线`), right after a verb of building.
_THINGS_BUILT = frozenset(("条", "座", "栋", "幢", "台", "艘"))
_BUILDS_BEFORE = re.compile(r"(?:兴建|新建|建成|建设|建起|投产|开工|动工)\s*$")
# Nouns that make a small count part of a formula: `四个方面`, `三条底线`, `四项重点工作`.
_ROUND = frozenset("百千万")
_MAGNITUDES = (
    "十百千万亿"  # a numeral of these alone (`千亩`, `百亿`) is a round magnitude, not a counted figure
)
_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:项目|工程|行动|计划|活动)")
# A one-character count that is part of a place's name: `北七家镇`, `八里庄`, `横七条12号`.
_PLACE_NAME_UNITS = frozenset(("家", "里", "条"))
_PLACE_NAME_AFTER = re.compile(r"[镇乡村庄屯店街巷胡同]|\d+号")
# ... or right after a bearing that opens the name (`北七家养老院`, `西三旗`), not a pair of them (`南北两条`) nor a
# part of a town (`城北三家企业`)
_BEARINGS = frozenset("东西南北")
_NOT_NAME_BEFORE_BEARING = frozenset("东西南北城区镇县市乡村")
# (the count said first: a class said before its count, `超百亿元项目2个`, is a qualifier extract leaves out)
_COUNTED_BEFORE = re.compile(
    r"[0-9一二三四五六七八九十两]+\s*[余多]?\s*(?:座|家|个|栋|幢|户|项)(?:以上)?[^，,。；;0-9]{0,10}$"
)
_KIND_OF_PLACE_AFTER = re.compile(r"[ \t]*的(?:乡镇|乡|镇|县|市|区|村|企业|园区|楼宇|产业)")
_CLASS_NOUN_AFTER = re.compile(r"[ \t]*(?:的)?(?:商务)?(?:楼宇|楼|大厦|企业|项目|工程|园区|产业|集群|村)")
_NATURE_AFTER = re.compile(
    r"[^，,。；;、]{0,8}?(?:矿|资源|植物|动物|野生|牧草|鸟|树种|物种|珍稀|药用|鱼类|昆虫|藻)"
)
_FORMULA_NOUNS = re.compile(r"方面|底线|重点|核心|定位|目标|原则|特色|主导|力量|班子")

_QUOTE = re.compile(r"[“”‘’「」『』\"]")
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_OPENING_QUOTES = frozenset('“‘「『"')
_CLOSING_QUOTES = frozenset('”’」』"')
_QUOTE_CLOSE = re.compile(r"[“‘「『\"][^”’」』\"，,。；;]{1,12}[”’」』\"]")
_COUNTED_THINGS = re.compile(r"\s*(?:重点|重大)?(?:项目|工程|企业|园区|基地|村|社区|小区|学校)")
# A quoted name of a kind of place or facility is a thing that is counted, not a slogan: `新增16个“文化驿站”` (r164 苍南
# 2022), `建设提升33个“妇女儿童之家”` (fj.sina.com.cn 泉州 2021); `5个“聚焦”`, `6个“新提升”` stay slogans.
_QUOTED_THING = re.compile(
    r"[“‘「『\"][^”’」』\"，,。；;0-9]{1,12}(?:驿站|书房|书屋|之家|家园|工坊|食堂|超市|小院|农场|车间|基地|中心|服务站|"
    r"工作站|站点|馆|室|园|村|社区|街区|学校|学堂|讲堂|医院|诊所|广场|公园|市场|示范点|服务点|网点|景区|小镇|空间)"
    r"[”’」』\"]"
)


def quoted_thing(text: str) -> str:
    """The quoted kind of place or facility that text opens with (`“文化驿站”。` → `文化驿站`), else ''."""
    m = _QUOTED_THING.match(text.lstrip(" \t"))
    return m.group()[1:-1] if m else ""


# A growth rate copied without its % sign (a Word page's glyph lost on a document-sharing site): `比上年增长12.5;`,
# `比上年增长 50;`, `分别比上年增长 21 和 9.4。` (xiaomilidoc.com 县长在县经济工作会议上的讲话). Only right after a
# growth verb and before the clause ends: a bare number anywhere else is no figure.
# (or a rate held at a level: `工业用水重复利用率保持在95以上`, r352 平罗 2022)
_LOST_PERCENT_BEFORE = re.compile(
    r"(?:同比|比上年|比去年|较上年|较去年|分别)?(?:增长|下降)\s?$|率\s?(?:保持|稳定|维持)在\s?$"
)
_LOST_PERCENT_AFTER = re.compile(r"\s?(?:以上|左右)?\s?(?:[;；,，。]|[和、]\s?\d|$)")
_LOST_PERCENT_NEXT = re.compile(r"\s?(?:和|、)\s?")
# (a rate of 100 or more without its sign is as likely a figure that lost its point too: `全县地区生产总值年均增长132`,
# `同比分别增长348和667`, f13_p06 潜山 2010, are 13.2%, 34.8% and 66.7%: no figure is better than a wrong one)
_LOST_PERCENT_MAX = 100

_BIG_PROJECTS = re.compile(
    r"(?:重点|重大|产业|招商)?项目(?:集中|成功|顺利|正式|相继)?(?:开工|签约|落地|竣工|投产|开业|签订)"
)

_SHORT_QUOTE = 8  # a quoted phrase this short is a name or a slogan: `“三个全方位”`, `“654”专项行动`


class Quantity(NamedTuple):
    """One quantity expression; offsets index the clause it was found in (a named tuple: many are made per
    clause, and a tuple is made several times faster than a frozen dataclass)."""

    start: int  # the whole expression, bound words included: `不少于 30 个`, `50%以上`, `前二十`
    end: int
    value: Value  # ints stay int; a range is (lo, hi)
    unit: str  # as written; `名次` for ranks
    cmp: str  # ">=", ">", "=", "<=", "<" or "range"
    number_start: int  # the bare number and unit
    number_end: int


class _Reading(NamedTuple):
    """A number with whatever unit directly follows it."""

    value: Number
    unit: str | None
    start: int
    end: int  # after the unit, or after the number when none follows
    more: bool  # 多/余 inside: `30多个`
    word_numeral: bool  # a one-character Chinese numeral

    @property
    def scaled_or_relative(self) -> bool:
        return self.unit is not None and (self.unit[0] in "万亿" or self.unit in _RELATIVE_UNITS)


def parse_number(span: str) -> Number | None:
    """The value of one isolated numeral: `5.06`, `五百`, `1.5万`, `二十`, `两`, `1,200`, `百分之六点五`."""
    text = span.strip().removeprefix("百分之")
    if not text:
        return None
    m = _SCALED_ARABIC.fullmatch(text)
    if m:
        return _scaled(m["digits"], m["multipliers"])
    if _CHINESE_NUMERAL.fullmatch(text):
        return _chinese(text)
    return None


_MISTYPED_POINT = re.compile(r"[ \t]*\.[. \t]*")
_SCALED_ARABIC = re.compile(rf"(?P<digits>{_ARABIC})(?P<multipliers>[十百千万亿]*)")
_CHINESE_NUMERAL = re.compile(_CN_RUN)
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_DIGIT_MULTIPLIERS = frozenset("百千")


def _tidy_product(value: Number, factor: int) -> Number:
    product = Decimal(str(value)) * factor
    return int(product) if product == product.to_integral_value() else float(product)


def _scaled(arabic: str, multipliers: str) -> Number | None:
    if "." in arabic and (" " in arabic or "\t" in arabic or ".." in arabic):
        arabic = _MISTYPED_POINT.sub(".", arabic)  # (a single point with no blank around it is left as it is)
    if not multipliers:  # as written: the common case, without Decimal (float() rounds a decimal the same)
        digits = arabic.replace(",", "").replace(" ", "")
        return float(digits) if "." in digits else int(digits)
    try:
        amount = Decimal(arabic.replace(",", ""))
    except InvalidOperation:
        return None
    for ch in multipliers:
        amount *= _MULTIPLIERS[ch]
    # As written: `30` stays int and `5.0` float; a scaled `1.5万` is the whole number 15000.
    if amount == amount.to_integral_value() and ("." not in arabic or multipliers):
        return int(amount)
    return float(amount)


def _arabic(text: str) -> Number:
    value = _scaled(text, "")
    assert value is not None  # the token pattern only admits well-formed numerals
    return value


@lru_cache(maxsize=4096)
def _chinese(text: str) -> Number | None:
    # cn2an's strict mode rejects digit strings (`二〇二〇`) and slogans (`十四五`) but wants `二`
    # for `两` and a leading `一` before a bare 百/千/万/亿.
    text = text.replace("两", "二")
    if text[0] in "百千万亿":
        text = "一" + text
    try:
        value = cn2an.cn2an(text, "strict")
    except (ValueError, KeyError, IndexError):
        return None
    if isinstance(value, float) and value.is_integer() and "点" not in text:
        return int(value)
    return value


def is_relative_unit(unit: str) -> bool:
    """Whether the unit states a figure against another (`%`, `个百分点`, `倍`, a rank) rather than an amount."""
    return unit in _RELATIVE_UNITS or unit == RANK_UNIT


@lru_cache(maxsize=1024)  # pure, of a few dozen units; asked several times for every figure
def is_count_unit(unit: str) -> bool:
    """Whether the unit counts things (`个`, `万人`, `批次`) rather than measuring an amount (`亿元`, `%`)."""
    return unit.lstrip("万亿") in _COUNT_UNITS


# Indicators written as an acronym, which a figure may follow with no space (`GDP212.3亿元`).
_INDICATOR_ACRONYM = re.compile(r"(?<![A-Za-z])(?:GDP|CPI|PPI)$")


def find_quantities(clause: str) -> list[Quantity]:
    """Every quantity expression in the clause, left to right, spans never overlapping."""
    if "首" in clause and ("首位" in clause or "榜首" in clause or "之首" in clause):
        return _with_first_places(clause, _numbered(clause) if _HAS_NUMERAL.search(clause) else [])
    if not _HAS_NUMERAL.search(clause):
        return []
    found = _numbered(clause)
    return _shared_ordinals(clause, found) if "第" in clause and "、" in clause else found


# Ranks that share one `第` and one `名`: `大桥、邵伯分别获I类镇第一、二名` (r407 江都): the first and the second place,
# not a count of 2 名.
_SHARED_ORDINALS = re.compile(
    r"第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*、\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))+\s*[名位]"
)
_ORDINAL = re.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}")


def _shared_ordinals(clause: str, found: list[Quantity]) -> list[Quantity]:
    for m in _SHARED_ORDINALS.finditer(clause):
        numerals = list(_ORDINAL.finditer(clause, m.start(), m.end()))
        ranks = []
        for i, n in enumerate(numerals):
            value = _arabic(n.group()) if n.group().isdigit() else _chinese(n.group())
            if not isinstance(value, int) or value < 1:
                break
            start = m.start() if i == 0 else n.start()
            end = m.end() if i == len(numerals) - 1 else n.end()
            ranks.append(Quantity(start, end, value, RANK_UNIT, "=", n.start(), n.end()))
        else:
            found = [q for q in found if q.end <= m.start() or q.start >= m.end()] + ranks
    return sorted(found, key=lambda q: q.start)


# The first place said without a numeral: `在前三季度绩效目标评估中位居全市首位` (r47 固安), `位列2023中国MEMS十大园区榜首`
# (262wan.com 苏州工业园区 2023).
_FIRST_PLACE = re.compile(
    # (`农村危房改造建设进度处于全州15个县首位`, f14_p13 台江 2010)
    # (`连续三年蝉联中国十佳“两型”中小城市榜首`, r306 长沙县 2017: the first place held again)
    # (`中央预算内资金1.43亿元、超长期特别国债资金3.96亿元,总量均居三县之首`, r357 虎林 2025)
    r"(?:(?:位居|位列|名列|居于|处于|居|列|排名|排在|稳居|跃居|蝉联)[^，,。；;]{0,20}?)(首位|榜首|之首)"
    # (or right after the group ranked, a heading's words: `战新产业增速五县(市)首位`, r264 肥西 2020)
    r"|(?<=[县市区][)）])(首位)(?=\s*(?:[，,。；;\n]|$))"
    r"|(?<=[一二三四五六七八九十\d][县市区])(首位)(?=\s*(?:[，,。；;\n]|$))"
)


# A share in tenths (`超过八成`, `近3成`): a share word or a bound right before the numeral, and no word after 成
# (`八成以上`, `近三成的企业`; not `成为`, `成立`, `成效`).
_TENTHS_WINDOW = 8
_TENTHS_BEFORE = re.compile(r"(?:占|比重|比例|占比|超过|超出|超|逾|近|将近|接近|约|达到?|高达|有)\s*$")
# or a share of a whole named after 占 (`占全国枸杞总种植面积的三成以上`, r244 中宁)
_TENTHS_OF_WHOLE = re.compile(r"占[^，,。；;、\d]{1,16}的\s*$")
_TENTHS_OF_WHOLE_WINDOW = 20
_TENTHS_AFTER = re.compile(r"(?:以上|左右|多|之多|的|[^\u4e00-\u9fff]|$)")
_SLOGAN_GOALS = re.compile(r"争前列|争先|进位次|争第一|争创|争当")


def _with_first_places(clause: str, found: list[Quantity]) -> list[Quantity]:
    if _SLOGAN_GOALS.search(clause):
        return found  # `总量指标全省进位次、单项工作苏北争前列、总体工作全市居首位` (r39 沭阳): a slogan of goals
    for m in _FIRST_PLACE.finditer(clause):
        group = next(g for g in range(1, 4) if m.group(g))
        start, end = m.start(group), m.end(group)
        if not any(q.start < end and start < q.end for q in found):
            found.append(Quantity(start, end, 1, RANK_UNIT, "=", start, end))
    return sorted(found, key=lambda q: q.start)


def _numbered(clause: str) -> list[Quantity]:
    scan = _ClauseScan(clause)
    found: list[Quantity] = []
    carrying = False  # the last quantity's bound was stated before a list's first figure
    declining = False  # the last quantity is a fall said before a list's first figure
    numeral, token = _HAS_NUMERAL.search, _TOKEN.match  # `_tokens`, inlined: this loop runs for every numeral
    pos = 0
    while start := numeral(clause, pos):
        m = token(clause, start.start())
        pos = m.end()  # type: ignore[union-attr]  # every character `_HAS_NUMERAL` finds starts a numeral
        if m.start() < scan.floor:  # type: ignore[union-attr]
            continue
        quantity = scan.quantity_at(m)  # type: ignore[arg-type]
        if quantity is not None:
            prev = found[-1] if found else None
            carrying = prev is not None and _bound_carries(clause, prev, quantity, carrying)
            if carrying:
                quantity = quantity._replace(cmp=prev.cmp)  # `分别不少于1家、1家和7家`
            declining = prev is not None and _decline_carries(clause, prev, quantity, declining)
            if declining:
                quantity = quantity._replace(value=_negated(quantity.value))  # `分别下降9%、26.3%、3.9%`
            if prev is not None and _joins_amount(clause, prev, quantity):
                # `投资1亿8千万元`, `1亿2000万元` (kmzx.org 鱼台): one amount in 亿 and 万, as `一亿八千万元` is
                value = round(prev.value + quantity.value / 10000, 6)  # type: ignore[operator]
                found[-1] = prev._replace(end=quantity.end, value=value, number_end=quantity.number_end)
                scan.floor = quantity.end
                continue
            found.append(quantity)
            scan.floor = quantity.end
    if len(found) > 1 and "分别" in clause:
        _bound_after_list(clause, found)
    return found


def _bound_after_list(clause: str, found: list[Quantity]) -> None:
    """`城乡居民人均可支配收入分别增长8%、9%以上` (r103 竹山 2024): a bound after the last figure of a `分别` list bounds
    each figure of the list before it that states none of its own."""
    for i in range(len(found) - 1, 0, -1):
        last = found[i]
        if last.cmp not in (">=", "<=") or last.end == last.number_end:
            continue
        j = i
        while (
            j > 0
            and found[j - 1].unit == last.unit
            and found[j - 1].cmp == "="
            and found[j - 1].start == found[j - 1].number_start
            and found[j - 1].end == found[j - 1].number_end
            and _LIST_SEP.fullmatch(clause, found[j - 1].end, found[j].number_start)
        ):
            j -= 1
        if j < i and "分别" in clause[: found[j].start]:
            for k in range(j, i):
                found[k] = found[k]._replace(cmp=last.cmp)


def _joins_amount(clause: str, before: Quantity, q: Quantity) -> bool:
    """Whether `q` (`8千万元`) is the rest of the amount `before` (`1亿`) opened in 亿 written in digits."""
    return (
        q.start == before.end
        and before.end == before.number_end
        and before.unit == "亿元"
        and clause[before.end - 1 : before.end] == "亿"
        and q.unit == "万元"
        and q.start == q.number_start
        and isinstance(before.value, (int, float))
        and isinstance(q.value, (int, float))
        and 0 < q.value < 10000
    )


def _bound_carries(clause: str, before: Quantity, q: Quantity, carried: bool) -> bool:
    """Whether a bound stated before the first figure of a list (`不少于1家、1家和7家`) bounds the next one too."""
    return (
        q.cmp == "="
        and q.start == q.number_start  # no bound of its own
        and before.cmp in (">=", ">", "<=", "<")
        and (carried or before.start < before.number_start)  # the bound stands before the list: `不少于1家`
        and before.end == before.number_end
        and q.unit == before.unit
        and bool(
            _LIST_SEP.fullmatch(clause, before.end, q.start)
            or (q.unit not in _RELATIVE_UNITS and _NAMED_LIST_SEP.fullmatch(clause, before.end, q.start))
        )
    )


def _decline_carries(clause: str, before: Quantity, q: Quantity, carried: bool) -> bool:
    """Whether a fall stated before the first figure of a list (`分别下降9%、26.3%、3.9%`, r127 长寿 2023) is the
    next figure's too: a rate of the same unit, joined by `、`/`和` alone, with no verb or sign of its own."""
    if q.unit not in ("%", "个百分点") or q.unit != before.unit or q.start != q.number_start:
        return False
    if not _LIST_SEP.fullmatch(clause, before.end, q.start) or _is_negative(q.value):
        return False
    if carried:
        return True
    words = _BEFORE.search(clause, max(0, before.number_start - _BEFORE_WINDOW), before.number_start)
    return bool(words and words["decline"] and not words["to"] and _is_negative(before.value))


def _is_negative(value: Value) -> bool:
    return (value[0] if isinstance(value, tuple) else value) < 0


def _tokens(clause: str) -> Iterator[re.Match[str]]:
    """`_TOKEN.finditer(clause)`, faster: `_TOKEN` opens with an optional group, so a search tries it at every
    position; the first character a numeral can start with is found by a scan, and `_TOKEN` always matches
    there (`百` of `百分之` is a numeral too)."""
    pos = 0
    while start := _HAS_NUMERAL.search(clause, pos):
        m = _TOKEN.match(clause, start.start())
        assert m is not None  # every character `_HAS_NUMERAL` finds starts a numeral
        yield m
        pos = m.end()


def _is_ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class _ClauseScan:
    """The reading of one clause; `floor` is where the last quantity ended."""

    def __init__(self, clause: str) -> None:
        self.text = clause
        self.floor = 0
        self.strong = "强" in clause  # (only such clauses can say `百强县30强`)
        self._quotes: tuple[list[tuple[int, int]], frozenset[int]] | None = None
        self._lost_at = -1  # where the last growth rate that lost its % sign ended
        self._rank_ends: set[int] = set()  # where the ranks read so far end (`第一`), for a list of them

    def quantity_at(self, m: re.Match[str]) -> Quantity | None:
        text, s = self.text, m.start()
        marker = self._nonspace_before(s)
        if marker >= 0 and not m["pct"]:
            if text[marker] == "第":
                return self._ordinal_rank(m, marker)
            if text[marker] in _RANGE_WORDS and _ORDINAL_FROM.search(text, 0, marker):
                return None  # `第16至23批次招商` (laobiganzi.top 经开区 2023): the end of a span of ordinals
            if text[marker] == "前":
                if _MONTHS_SO_FAR.match(text, m.end()):
                    return None  # `前7个月`: a part of the year, a period
                rank = self._top_rank(m, marker)
                if rank is not None:
                    return rank
            if text[marker] in _RANK_SCOPES and (
                text[marker - 1 : marker + 1] in _SCOPE_WORDS
                or (marker >= 2 and text[marker - 2 : marker + 1] in _SCOPE_WORDS)
            ):
                rank = self._strong_rank(m, marker)  # `跻身服务业全国10强`, `排名全地区10强`
                if rank is not None:
                    return rank
            if self.strong and text[marker] not in _RANGE_WORDS:
                rank = self._listed_strength(m)  # `位列全国投资潜力百强县30强` (r109 平阳 2021)
                if rank is not None:
                    return rank
        if text.startswith("成", m.end()) and _TENTHS_AFTER.match(text, m.end() + 1):
            tenths = self._tenths(m)
            if tenths is not None:
                return tenths
        if self._is_name(m):
            return None
        if m["cn"] and s and text[s - 1] == "个" and not m["cn"].strip(_MAGNITUDES):
            # `“两个万亩、六个千亩”` (土默特右旗 news), `建设3个千亩示范基地`: a bare magnitude after a count names the
            # class of what is counted (thousand-mu bases), no amount of its own
            return None
        if (
            m["ar"]
            and s > 3
            and text[s - 1] in " \t"
            and _BROKEN_DECIMAL_BEFORE.search(text, max(0, s - 12), s)
        ):
            # `比上年增长3.4 9%` (r133 乌拉特中旗 2009): the tail of a number split by a stray blank
            return None
        reading = self._read(m)
        if reading is None:
            return None
        if reading.unit == "份" and text[max(0, s - 1) : s] == "年":
            return None  # `2013年10份完成厂房基建` (r335 东辽 2013, trad): a month, its 月 lost
        if (
            reading.unit == "个"
            and text.startswith("月", reading.end)
            and _DURATION_TO.search(text, max(0, s - 6), s)
        ):
            # `去化周期缩短到2.6个月` (f13_p15 博罗 2017), `花期由4个月延长至5个月` (f19_p06 横州): a span of months reached is
            # a level, not the months a time word counts (`持续6个月`, `前7个月`)
            reading = reading._replace(unit="个月", end=reading.end + 1)
        if reading.unit == "个" and _POINTS_LISTED_AFTER.match(text, reading.end):
            # `分别比上半年提高0.5个、13.1个、8.1个百分点` (r347 白云, trad): each item's unit is the list's last one
            reading = reading._replace(unit="个百分点")
        if (
            reading.unit == "位"
            and not reading.more
            and (
                _RANKED_BY.search(text, max(0, s - 6), s)
                or _RANK_LISTED_BEFORE.search(text, max(0, s - 10), s)
                or (_RANK_FROM.search(text, max(0, s - 8), s) and _RANK_MOVE.match(text, reading.end))
                or _RANK_TO.search(text, max(0, s - 20), s)
            )
        ):
            # `2008年排37位`, `2004年位居65位` (0525000.com 长沙县 2017): a rank without its 第
            value = self._rank_value(m)
            if value is not None:
                return Quantity(s, reading.end, value, RANK_UNIT, "=", s, reading.end)
        hi = self._range_end(reading)
        if hi is None and reading.unit is None:
            if not m["ar"]:
                return None  # a bare Chinese numeral (`进一步`): no range, and only Arabic ones take a listed unit
            if self._next_token(_RANGE_SEP, reading.end):
                return None  # `1-6月份`, `2021-2025年`, `0514-87863284`
            reading = self._with_listed_unit(reading, m) or self._lost_percent(reading, m)
            if reading is None:
                return None
        unit_holder = hi or reading
        if (
            unit_holder.unit == "个"
            and self._opens_quote(unit_holder.end)
            and not self._quoted_things(unit_holder.end)
        ):
            return None  # `5个“聚焦”`: a count of slogans
        if reading.word_numeral and not reading.scaled_or_relative and self._is_formula(m, unit_holder):
            return None
        if self._natural_kinds(unit_holder):
            return None
        if (
            m["cn"]
            and not m["cn"].strip(_MAGNITUDES)
            and hi is None
            and reading.unit.endswith("元")
            and (
                (
                    _CLASS_NOUN_AFTER.match(text, reading.end)
                    and _COUNTED_BEFORE.search(text, max(0, s - 16), s)
                )
                or _KIND_OF_PLACE_AFTER.match(text, reading.end)
            )
        ):
            # (and a kind of place or firm that has passed it: `超千万元的乡镇群体正在崛起` (f13_p06 潜山 2010), `是全省
            # 首个突破千亿的县` (r261 南昌县 2019))
            # `力争在5年内实现10座以上税收超千万元楼宇` (田家庵 2014), `培育10座税收过亿元的商务大厦、50座税收超过千万元的
            # 商务大厦` (中山区 2015): a round amount written as a bare magnitude before the things counted is their class
            return None
        return self._bounded(reading, hi)

    def _tenths(self, m: re.Match[str]) -> Quantity | None:
        """`占财政支出比重超过八成` (r209 罗湖 2023), `占全市比重近3成` (r56 中山火炬 2023): a share in tenths, unit `成`,
        when a share or a bound stands right before it (`八成新`, `一成不变`, `三成员` are words)."""
        written = m["ar"] or m["cn"] or ""
        value = _arabic(written) if m["ar"] else _chinese(written)
        if len(written) != 1 or not value or not 1 <= value <= 9:
            return None
        if not _TENTHS_BEFORE.search(
            self.text, max(0, m.start() - _TENTHS_WINDOW), m.start()
        ) and not _TENTHS_OF_WHOLE.search(self.text, max(0, m.start() - _TENTHS_OF_WHOLE_WINDOW), m.start()):
            return None
        return self._bounded(_Reading(value, "成", m.start(), m.end() + 1, False, False), None)

    # -- reading numbers and units --

    def _read(self, m: re.Match[str]) -> _Reading | None:
        text = self.text
        if m["pct"]:
            value = _arabic(m["ar"]) if m["ar"] else _chinese(m["cn"])
            if value is None:
                return None
            return _Reading(value, "%", m.start(), m.end(), False, False)
        start = m.start()
        if m["ar"]:
            value, numeral_end = _arabic(m["ar"]), m.end()
            word_numeral = False
            if self._minus_before(start):
                value, start = -value, start - 1  # `比上年同期增长-8.7%`, `较一季度(-10.8%)`
        else:
            run = m["cn"]
            numeral = run.rstrip("万亿")  # `五百亿`, `三十万人`: 万/亿 belong to the unit
            if not numeral and run in ("亿", "万") and _MILESTONE.match(text, m.end()):
                # `财政总收入突破亿元大关`: one 亿元, a threshold crossed
                return _Reading(1, run + "元", m.start(), m.end() + 1, False, False)
            if run == "万亿" and text.startswith("元", m.end()) and _CROSSED.search(text, 0, m.start()):
                return _Reading(1, "万亿元", m.start(), m.end() + 1, False, False)
            if (
                run in ("亿", "万")
                and text.startswith("元", m.end())
                and (
                    _CROSSED_BARE.search(text, max(0, m.start() - 4), m.start())
                    # (`果区农民人均种植猕猴桃收入近万元`, f17_p07 周至: nearly one 万元)
                    or _NEARLY_BARE.search(text, max(0, m.start() - 4), m.start())
                )
                and _CLAUSE_END.match(text, m.end() + 1)
            ):
                # `乡镇财政总收入首次突破亿元` (f13_p06 潜山 2010), `2014年该县栽培量达3000多万袋,预计产值超亿元` (屏南
                # 滑菇 news): a bare 亿元 passed, ending its clause, is one 亿元 (not `超亿元项目`, `超亿元人民币`)
                return _Reading(1, run + "元", m.start(), m.end() + 1, False, False)
            if not numeral or self._char_before(m.start()) in _VAGUE:
                return None
            if "亿" in numeral and run.endswith("万"):
                mixed = self._mixed_magnitudes(run, m)
                if mixed:
                    return mixed
            value = _chinese(numeral)
            if value is None:
                return None
            numeral_end = m.start() + len(numeral)
            word_numeral = len(numeral) == 1
        spoken = _SPOKEN_AMOUNT.match(text, numeral_end)
        if (
            spoken
            and self._stands_alone(spoken.end())
            and not _CLASS_AFTER.match(text, spoken.start("mag") + 1)
        ):
            # `总投资3.1个亿` (r132 舟曲): the spoken `N个亿` is money; `1个亿元项目` counts projects
            more = bool(spoken["more"])
            return _Reading(value, spoken["mag"] + "元", start, spoken.end(), more, word_numeral)
        unit = _UNIT.match(text, numeral_end)
        if not unit and m["ar"] and text[numeral_end : numeral_end + 1] in ("万", "亿"):
            split = _SPLIT_UNIT.match(text, numeral_end)
            if split:
                base = _MISPRINTS.get(split["base"], split["base"])
                return _Reading(value, split["mag"] + base, start, split.end(), False, word_numeral)
        if not unit and m["ar"] and "." in m["ar"] and text.startswith(".", numeral_end):
            # a stray point typed after a decimal before its unit: `实现生产总值142.95.亿元` (r111 吉安 2017)
            stray = _UNIT.match(text, numeral_end + 1)
            unit = stray if stray and (stray["mag"] or stray["base"] in ("%", "元")) else None
        if not unit and m["ar"] and text[numeral_end : numeral_end + 1] in _DIGIT_MULTIPLIERS:
            # `种植3千亩`, `投资5千万元`: a Chinese multiplier after the digits scales them
            scaled = _tidy_product(value, _MULTIPLIERS[text[numeral_end]])
            unit = _UNIT.match(text, numeral_end + 1)
            if unit:
                value = scaled
            elif text[numeral_end + 1 : numeral_end + 2] in ("万", "亿") and self._stands_alone(
                numeral_end + 2
            ):
                # `5千万以下`: a bare 万 after them is money, as after a Chinese numeral
                return _Reading(scaled, text[numeral_end + 1] + "元", start, numeral_end + 2, False, False)
        if unit:
            more = bool(unit["more1"] or unit["more2"])
            base = _MISPRINTS.get(unit["base"], unit["base"])
            end = unit.end()
            if text.startswith("(", end):
                alternate = _ALTERNATE_UNIT.match(text, end)
                end = alternate.end() if alternate else end
            return _Reading(value, (unit["mag"] or "") + base, start, end, more, word_numeral)
        people = _PEOPLE_IN_TEN_THOUSANDS.match(text, numeral_end) if m["ar"] else None
        if people:  # (in digits: `带动百万农民增收` is a slogan's round number)
            # `解决了1.12万贫困人口安全饮水问题` (f14_p01 兴文 2018), `带动了7万多农民脱贫致富` (f17_p08 修文 2018): people
            # counted in 万 by what they are, the unit left out
            more = bool(people["more1"] or people["more2"])
            return _Reading(value, "万人", start, people.end(), more, word_numeral)
        households = _HOUSEHOLDS_BY_NAME.match(text, numeral_end) if m["ar"] else None
        if households and (households["mag"] or not PLAIN_YEAR.fullmatch(text, start, numeral_end)):
            more = bool(households["more1"] or households["more2"])
            unit_name = (households["mag"] or "") + "户"
            return _Reading(value, unit_name, start, households.end(), more, word_numeral)
        if text.startswith("大", numeral_end) and _BIG_PROJECTS.match(text, numeral_end + 1):
            # `石门县6大项目集中开工` (r161 石门 2021), `共有九大项目成功签约` (ppfocus.com 石门 2020): projects counted
            # as they start or sign (`五大产业园`, `十大工程` are a plan's classes, not a count)
            return _Reading(value, "个", start, numeral_end + 1, False, word_numeral)
        if (
            m["ar"]
            and text.startswith("亿", numeral_end)
            and (
                self._stands_alone(numeral_end + 1)
                or _INVESTED_BEFORE.search(text, max(0, start - 6), start)
                or OUTPUT_NOUN_AFTER.match(text, numeral_end + 1)
            )
        ):
            # `全县完成生产总值56.7亿,增长7.5%`: a bare 亿 after digits is money, as after a Chinese numeral; so is one
            # right after an investment, whatever follows (`今年投资近200亿谋划163个重点建设项目`, r112 鄱阳)
            return _Reading(value, "亿元", start, numeral_end + 1, False, word_numeral)
        if m["ar"] and text.startswith("万", numeral_end) and self._stands_alone(numeral_end + 1):
            if _INVESTED_BEFORE.search(text, max(0, start - 6), start):
                # `总投资2900万;` (r132 舟曲): a bare 万 is money right after an investment
                return _Reading(value, "万元", start, numeral_end + 1, False, word_numeral)
            if _PEOPLE_BEFORE.search(text, max(0, start - 6), start):
                # `力争到2015年,鄱阳城人口达30万` (r112 鄱阳): and people right after a population
                return _Reading(value, "万人", start, numeral_end + 1, False, word_numeral)
        if (
            m["cn"]
            and numeral_end < m.end()
            and (self._stands_alone(m.end()) or self._transacted(m) or OUTPUT_NOUN_AFTER.match(text, m.end()))
        ):
            # `工业投入每年五百亿`: a bare Chinese 亿/万 figure is money.
            return _Reading(
                value, text[numeral_end : m.end()] + "元", m.start(), m.end(), False, word_numeral
            )
        return _Reading(value, None, start, numeral_end, False, word_numeral)

    def _mixed_magnitudes(self, run: str, m: re.Match[str]) -> _Reading | None:
        """`投资一亿二千万元`: 亿 and 万 in one Chinese amount, read in 亿 (1.2亿元), the largest magnitude written."""
        whole = _chinese(run)
        unit = _UNIT.match(self.text, m.end())
        if whole is None or not unit or unit["mag"] or unit["more1"] or unit["more2"]:
            return None
        value = Decimal(whole) / _MULTIPLIERS["亿"]
        tidy = int(value) if value == value.to_integral_value() else float(value)
        return _Reading(tidy, "亿" + unit["base"], m.start(), unit.end(), False, False)

    def _minus_before(self, pos: int) -> bool:
        """A minus sign right before a number, not a range's or a code's dash (`1-6月`, `0514-8786`)."""
        text = self.text
        if pos < 1 or text[pos - 1] not in "-−":
            return False
        before = text[pos - 2] if pos >= 2 else ""
        return not ((before.isascii() and before.isalnum()) or (before != "" and before in "%."))

    def _transacted(self, m: re.Match[str]) -> bool:
        """`签约百亿旅游项目`: a bare Chinese 亿 figure signed or invested is money (not `打造百亿产业`, a class)."""
        return (
            m["cn"].endswith("亿")
            and bool(_TRANSACTION.search(self.text, max(0, m.start() - 3), m.start()))
            and not _CLASS_AFTER.match(self.text, m.end())
        )

    def _stands_alone(self, pos: int) -> bool:
        text = self.text
        gap = self._skip_spaces(pos)
        pos, spaced = gap, gap > pos
        if pos == len(text) or not _is_ideograph(text[pos]):
            return True
        if spaced and not _MONEY_WORD.match(text, pos):
            # `旅游业总收入超百亿 盐田获评“首批广东省全域旅游示范区”` (f18_p18 盐田, a headline): a blank ends the clause
            return True
        return bool(_AFTER.match(text, pos) or _AFTER_BARE_AMOUNT.match(text, pos))

    def _next_token(self, sep: re.Pattern[str], pos: int) -> re.Match[str] | None:
        if self.text[pos : pos + 1] not in _SEPARATOR_STARTS[sep]:
            return None  # (most numbers are followed by neither: seen by one character, not a match)
        after = sep.match(self.text, pos)
        if after is None:
            return None
        m = _TOKEN.match(self.text, after.end())
        return m if m and not m["pct"] else None

    def _range_end(self, lo: _Reading) -> _Reading | None:
        """The upper end of `8-10个`, `8至10个`, `5%-8%`, or None when lo is not a range's start."""
        m = self._next_token(_RANGE_SEP, lo.end)
        if m is None or self._is_name(m):
            return None
        hi = self._read(m)
        if hi is None or hi.unit is None or hi.value <= lo.value:
            return None
        if lo.unit is not None and lo.unit != hi.unit:
            return None
        return hi

    def _with_listed_unit(self, reading: _Reading, m: re.Match[str]) -> _Reading | None:
        """`高于全国、全省1.5、0.4个百分点`: a bare Arabic number takes the unit its list ends with."""
        if not m["ar"]:
            return None
        pos = reading.end
        for _ in range(_LIST_MAX):
            nxt = self._next_token(_SCOPED_LIST_SEP, pos)
            if nxt is None or not nxt["ar"] or self._is_name(nxt):
                return None
            listed = self._read(nxt)
            if listed is None:
                return None
            if listed.unit is not None:
                return _Reading(reading.value, listed.unit, reading.start, reading.end, False, False)
            pos = listed.end
        return None

    def _lost_percent(self, reading: _Reading, m: re.Match[str]) -> _Reading | None:
        """`比上年增长12.5;` (xiaomilidoc.com 县长讲话): a growth rate whose % sign a copied page lost."""
        text, s = self.text, m.start()
        listed = self._lost_at >= 0 and bool(_LOST_PERCENT_NEXT.fullmatch(text, self._lost_at, s))
        if (
            reading.value >= _LOST_PERCENT_MAX
            or not (listed or _LOST_PERCENT_BEFORE.search(text, max(0, s - 6), s))
            or not _LOST_PERCENT_AFTER.match(text, reading.end)
        ):
            return None
        self._lost_at = (
            reading.end
        )  # (`分别比上年增长 21 和 9.4`: the next item of the list lost its sign too)
        return _Reading(reading.value, "%", reading.start, reading.end, False, False)

    # -- what is not a quantity --

    def _is_name(self, m: re.Match[str]) -> bool:
        """`5G`, `PM2.5`, `1+N`, `0514`, `10:30`, `0.5.24`, or a number inside a short quoted name."""
        text, s, e = self.text, m.start(), m.end()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if (before.isascii() and before.isalpha()) and not _INDICATOR_ACRONYM.search(text, max(0, s - 4), s):
            return True  # (`全县完成GDP212.3亿元`, feixian.gov.cn 费县: an indicator's acronym is no part of a name)
        if before == "+" or after == "+":
            return True
        if before in ".:" and s >= 2 and text[s - 2] in _DIGITS:
            return True
        if after in ".:" and e + 1 < len(text) and text[e + 1] in _DIGITS:
            return True
        if after.isascii() and after.isalpha() and not _ASCII_UNIT_START.match(text, e):
            return True
        digits = m["ar"]
        if digits and len(digits) > 1 and digits[0] == "0" and digits[1] != ".":
            return True  # area codes and serial numbers
        quoted = (self._quotes or self._quote_layout())[0]  # `_in_short_quote(s)`, inlined
        return bool(quoted) and any(a <= s < b and b - a <= _SHORT_QUOTE for a, b in quoted)

    def _is_formula(self, m: re.Match[str], reading: _Reading) -> bool:
        """Whether a one-character Chinese count is an article, an ordinal or part of a slogan."""
        text, s = self.text, m.start()
        if m["cn"][0] in _NOT_COUNTING and not (
            m["cn"] == "二"
            and reading.unit in _THINGS_BUILT
            and _BUILDS_BEFORE.search(text, max(0, s - 4), s)
        ):
            return True  # (but `兴建二条新型干法水泥生产线`, r167 封开 2007, trad: two lines built)
        if s and text[s - 1] in _CLOSING_QUOTES:
            return True  # `“列统企业、上市企业…”四个预备队` counts the quoted names
        if reading.unit == "个" and self._in_quote(s):
            return True  # `“中心城区、四个重点镇、七个一般镇”`
        if m["cn"][0] in _ROUND and _PROGRAMME_AFTER.match(text, reading.end):
            return True  # `6个市级百项技改项目` (fensifuwu.com 济宁经开区 2022): a programme's name
        if reading.unit in _PLACE_NAME_UNITS and (
            _PLACE_NAME_AFTER.match(text, reading.end)
            or (s and text[s - 1] in _BEARINGS and (s < 2 or text[s - 2] not in _NOT_NAME_BEFORE_BEARING))
        ):
            return True  # `北七家镇`, `北七家养老院`, `东铁营横七条12号` (ldwb.workerbj.cn 昌平 2019): a place's name
        if reading.unit == "种":
            return True  # `两种模式`, `三种业态`: ways, not counted products
        return bool(_FORMULA_NOUNS.match(text, reading.end))

    def _natural_kinds(self, reading: _Reading) -> bool:
        """`已探明煤炭、煤层气…等23种矿产资源` (r205 兴县 2019), `有50科400余种可食牧草` (r235 久治 2023): the kinds of
        what a place's land holds are a fact of the place, as its area is, not a count of what was made or won."""
        return reading.unit == "种" and bool(_NATURE_AFTER.match(self.text, reading.end))

    def _quote_layout(self) -> tuple[list[tuple[int, int]], frozenset[int]]:
        """Spans inside quotation marks, and positions of opening quotes."""
        if self._quotes is None:
            quoted: list[tuple[int, int]] = []
            openings: set[int] = set()
            pending: dict[str, int] = {}
            for q in _QUOTE.finditer(self.text):
                ch, pos = q.group(), q.start()
                if ch in _QUOTE_PAIRS or (ch == '"' and '"' not in pending):
                    pending[_QUOTE_PAIRS.get(ch, ch)] = pos
                    openings.add(pos)
                elif ch in pending:
                    quoted.append((pending.pop(ch) + 1, pos))
            self._quotes = (quoted, frozenset(openings))
        return self._quotes

    def _in_quote(self, pos: int) -> bool:
        quoted = self._quote_layout()[0]
        return bool(quoted) and any(a <= pos < b for a, b in quoted)  # most clauses quote nothing

    def _quoted_things(self, pos: int) -> bool:
        """`75个“两重一实”项目` (heb-chengxin.com, 2020): the quotes name a kind of project, which is counted."""
        at = self._skip_spaces(pos)
        close = _QUOTE_CLOSE.match(self.text, at)
        return bool(
            close and (_COUNTED_THINGS.match(self.text, close.end()) or _QUOTED_THING.match(self.text, at))
        )

    def _opens_quote(self, pos: int) -> bool:
        text = self.text
        pos = self._skip_spaces(pos)
        return pos < len(text) and text[pos] in _OPENING_QUOTES and pos in self._quote_layout()[1]

    def _char_before(self, pos: int) -> str:
        return self.text[pos - 1] if pos > self.floor else ""

    def _nonspace_before(self, pos: int) -> int:
        """Index of the last non-space character before pos, or -1 when there is none after the floor."""
        pos -= 1
        while pos >= self.floor and self.text[pos] in " \t":
            pos -= 1
        return pos if pos >= self.floor else -1

    def _word_follows(self, pos: int) -> bool:
        return pos < len(self.text) and _is_ideograph(self.text[pos])

    def _skip_spaces(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in " \t":
            pos += 1
        return pos

    # -- ranks --

    def _rank_value(self, m: re.Match[str]) -> int | None:
        value = _arabic(m["ar"]) if m["ar"] else _chinese(m["cn"])
        return value if isinstance(value, int) and value >= 1 else None

    def _ordinal_rank(self, m: re.Match[str], marker: int) -> Quantity | None:
        """`第18位`, `第5名`, `排名第5` are ranks; `第五届`, `第一季度` are ordinals and give nothing."""
        text = self.text
        value = self._rank_value(m)
        if value is None:
            return None
        after = self._skip_spaces(m.end())
        if text[after : after + 1] in ("名", "位") or (
            text[after : after + 1] == "强" and not self._word_follows(after + 1)
        ):  # `获中国楼宇经济(总部经济)标杆城区第14强` (cqyz.gov.cn 渝中 2023)
            number_end = after + 1
        elif not self._word_follows(m.end()) and self._follows_rank_context(marker):
            number_end = m.end()
        else:
            return None
        start = marker
        if start - 2 >= self.floor and text[start - 2 : start] == "排名":
            start -= 2
        self._rank_ends.add(m.end())
        return Quantity(start, number_end, value, RANK_UNIT, "=", m.start(), number_end)

    def _follows_rank_context(self, marker: int) -> bool:
        """`排名第5`, `列南通九县(市)区第2`, `全市第一`: a ranking verb or a place just before `第`."""
        if marker > self.floor and self.text[marker - 1] in _RANK_SCOPES:
            return True
        if _RANK_LIST.search(self.text, max(0, marker - _RANK_LIST_WINDOW), marker):
            return True  # `位居…投资潜力第3、新型城镇化质量第4`: a list of ranks
        listed = _BARE_RANK_BEFORE.search(self.text, max(0, marker - 8), marker)
        if listed and listed.end("end") in self._rank_ends:
            return True  # `分别位列晋中第一、第二`: the next rank of a list whose first one is a rank
        return bool(_RANK_VERB.search(self.text, max(self.floor, marker - _RANK_VERB_WINDOW), marker))

    def _strong_rank(self, m: re.Match[str], marker: int) -> Quantity | None:
        """`全国10强`, `全省二十强`: among the first N."""
        value = self._rank_value(m)
        after = self._skip_spaces(m.end())
        if value is None or self.text[after : after + 1] != "强":
            return None
        follows = self.text[after + 1 : after + 2]
        if follows and _is_ideograph(follows) and follows not in "之行":
            return None  # `全国百强县投资潜力第3`: the name of a list
        scope = 3 if marker >= 2 and self.text[marker - 2 : marker + 1] in _SCOPE_WORDS else 2
        return Quantity(marker + 1 - scope, after + 1, value, RANK_UNIT, "<=", m.start(), after + 1)

    def _listed_strength(self, m: re.Match[str]) -> Quantity | None:
        """`位列全国投资潜力百强县30强`: among the first N of a named list, said after a ranking verb."""
        text = self.text
        after = self._skip_spaces(m.end())
        if text[after : after + 1] != "强":
            return None
        follows = text[after + 1 : after + 2]
        if follows and _is_ideograph(follows) and follows not in "之行":
            return None  # `百强县`: the name of a list
        if _PLACE_IN_LIST.match(text, after + 1):
            # `位列全国“省级开发区升级潜力百强”第12位` (tx.gov.cn 桐乡经开区 2024): the list's name, its place follows
            return None
        if not _RANKED_INTO.search(text, max(self.floor, m.start() - _RANK_VERB_WINDOW), m.start()):
            return None
        value = self._rank_value(m)
        if value is None:
            return None
        return Quantity(m.start(), after + 1, value, RANK_UNIT, "<=", m.start(), after + 1)

    def _top_rank(self, m: re.Match[str], marker: int) -> Quantity | None:
        """`前二十`, `前20名`, `前10强`: at most the Nth place."""
        text = self.text
        if marker > self.floor and text[marker - 1] in _NOT_TOP:
            return None
        value = self._rank_value(m)
        if value is None:
            return None
        after = self._skip_spaces(m.end())
        if text[after : after + 1] in ("名", "位", "强") or (text[after : after + 1] == "甲" and value == 3):
            number_end = after + 1  # (`稳居全省开发区前三甲`, r183 南昌县 2021: the first three)
        elif text.startswith("水平", after):
            number_end = after  # `达到全市前3水平` (f18_p17 洞头 2023): a level among the first N
        elif self._word_follows(m.end()) and text[m.end()] != "的":
            return None  # `前三季度`
        else:
            number_end = m.end()
        return Quantity(marker, number_end, value, RANK_UNIT, "<=", m.start(), number_end)

    # -- bounds --

    def _bounded(self, lo: _Reading, hi: _Reading | None) -> Quantity:
        text = self.text
        before = self._words_before(lo.start)
        last = hi or lo
        after = _AFTER.match(text, last.end) if text[last.end : last.end + 1] in _AFTER_STARTS else None
        before_cmp = _BOUNDS_BEFORE.get(before["bound"] or "")
        if hi is not None:
            cmp = "range"
        elif before["bound"] == "控制在" and after and after["bound"] == "左右":
            cmp = "="  # `居民消费价格涨幅控制在3%左右` (r159 白沙 2025): held at about the figure, no ceiling
        elif before_cmp not in (None, "="):
            cmp = before_cmp  # `不少于`, `超` ... say more than a plain `达`
        elif after:
            cmp = _BOUNDS_AFTER[after["bound"]]
        elif last.more:
            cmp = ">"
        else:
            cmp = "="
        value: Value = lo.value if hi is None else (lo.value, hi.value)
        if before["decline"] and not before["to"]:
            value = _negated(value)
        start = before.start("bound") if before["bound"] else lo.start  # type: ignore[union-attr]
        end = after.end() if after else last.end
        return Quantity(start, end, value, last.unit or "", cmp, lo.start, last.end)

    def _words_before(self, pos: int) -> re.Match[str] | dict[str, None]:
        """`_BEFORE` matched right before `pos`; no words (all None) when the character before `pos` cannot end
        any of them, which is most of the time and cheaper to see than to search."""
        window = max(self.floor, pos - _BEFORE_WINDOW)
        last = pos - 1
        while last >= window and self.text[last] in " \t":
            last -= 1
        if last < window or self.text[last] not in _BEFORE_ENDS:
            return _NO_WORDS
        before = _BEFORE.search(self.text, window, pos)
        assert before is not None  # the pattern matches the empty string at its end
        return before


# The last characters of what `_BEFORE` matches before a number.
_BEFORE_ENDS = frozenset({w[-1] for w in (*_BOUNDS_BEFORE, *_DECLINE)} | {"至", "到", "了"})
_NO_WORDS: dict[str, None] = {"bound": None, "decline": None, "to": None}


def _negated(value: Value) -> Value:
    if isinstance(value, tuple):
        return (-value[1], -value[0])
    return -value
