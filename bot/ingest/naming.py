"""Indicator names: the words by a figure that say what it measures, stripped of filler and completed by the
sentence's subject."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.ingest.kind import DEADLINE, SPACES
from bot.ingest.normalize import BULLETS
from bot.ingest.not_records import WORK_MEASURE_UNITS, is_peer_count, next_measured
from bot.ingest.numbers import Quantity, is_count_unit
from bot.ingest.subject import FARMS
from bot.vocabulary import MONEY_UNITS, find_terms, names_indicator

# Words stripped from the ends of an indicator name.
_LEAD_FILLER = re.compile(
    # a run-in heading in brackets (`【农业】农作物总播面积18.9万亩`, nmgqq.com.cn yearbooks) and an aside's bracket before
    # its 其中 (`第二产业增加值10.9亿元(其中工业增加值6.65亿元)`, baidushanxi.net 西乌旗)
    # (the aspect mark left by its verb: `实现了畜牧业总产值2.18亿元的好成绩`, r211 大通; `获得了第14名的好成绩`,
    # m.guniangcha.com 鹤峰 2021)
    # an adverb of sequence or repetition opening a name is no part of what is measured (`2015年又完成2500亩新植桑园
    # 建设`, f24_p01 镇雄; `将继续投入财政性资金495万元`, f24_p05 和县; `仅2009年全县中药材产业总产值`, f24_p14 岷县;
    # `先后引进…世界500强企业投资项目70余个`, r376 西安经开区; `成功招引亿元以上项目17个`, r383 浦江 2023)
    # funds won from higher levels keep their verb: `争取政策性资金25.9亿元` (r332 临邑), `争取政府债券资金59.62亿元` (r511
    # 息县), as kind.py reads the same `争取` as no intent; `争取实现…` stays a target's word
    r"^(?:(?:又|也|一直|还将|继续(?!教育)|仅|先后|成功(?!率))(?=[\u4e00-\u9fff\d])|又$|"
    r"【[^】]{1,10}】|[\[［]?摘要[\]］:：]|(?:并且|而且|且|因为|由于|了(?!解)|所有(?![制权者]))(?=[\u4e00-\u9fff]{2})|[（(](?=\s*(?:其中|含))|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|"
    # a district named by its role in its city's plan before the city's headline indicators (`城市副中心实现地区生产总值
    # 607.6亿元`, r258 通州 2023 midyear): the page's own place, as 全区 is
    r"城市副中心(?=实现|完成|地区生产总值|GDP|社会消费品|一般公共预算|固定资产投资|规模以上|规上)|"
    r"(?:一个|另一个|[一二三四五六七八九十])是|其[一二三]|(?:其中)?包括(?=[\u4e00-\u9fff]{2})|及其(?=[\u4e00-\u9fff]{2})|该[县市区镇旗]|本[县市区镇旗]|"
    # (a template's year left blank: `20**年全县实现地区生产总值`, `20xx年全镇完成财政收入`)
    # a deadline opening a name is the record's period (`到2020年完成新建、改扩建中小学53所`, f14_p11 苍南 2020 plan)
    r"(?:到|至)\s*(?=20\d\d\s*年)|20(?:\d\d|[*＊xX×]{2})\s*年(?:度|底|末|以来)?|(?<=明年|今年|去年|当年)(?:年底|年末)|去年|上年|目前|当前|拥有|共有|现有|有(?![效关序力机色望所线性])|\*+|我们|我县|我市|我区|我镇|我州|我旗|我盟|我们将|此次|本次|这次|这批|这些|瞄准|(?:截至|截止)\s*(?:20\d\d\s*年\s*)?\d{1,2}\s*月\s*份?\s*(?:底|末)?|例如|比如|其(?![他它中余次])(?=[\u4e00-\u9fff]{2})|确保|力争|争取(?!\s*(?:到位)?[^，,。；;\d]{0,16}?(?:资金|债券|专项债|专债|国债|补助|补贴|转移支付|预算内))|力求|努力|计划(?!新开工|开工|竣工|投产|总?投资)|预计|目标|(?:主要)?(?:预期)?(?:发展)?目标(?=[\u4e00-\u9fffA-Z]{2})|全年|今年以来|今年|当年(?!价)|年内|明年|每年|上半年|下半年|其中|同时|并|将|要|已经|已(?!(?:开工|投产|落地|竣工|建成|签约|入库|开业|复工)[\u4e00-\u9fff]*项目)|"
    r"自(?:19|20)\d\d\s*年(?:起|以来)|"  # `自2007年起旅游景点年接待游客量均超过千万人次` (777doc.com 盐田 2012)
    r"(?:前三季度|[一二三四]季度|\d{1,2}\s*-\s*\d{1,2}\s*月份?)(?=\s*全[县市区镇])|"  # `前三季度全区…`
    # a quarter opening a name before its verb is the record's period (`一季度发放…就业补贴资金4笔30万元`, dzlps.cn 道县 2019)
    r"第?[一二三四]季度(?=发放|新增|新签|签约|引进|完成|实现|开工|竣工|投产|落地|培训|帮助|安排|争取|招引)|"
    # a quarter alone before its rate is the record's period, the rate is of the sentence's subject: `分季度看,
    # 一季度全县生产总值同比增长7.5,二季度增长8.3%` (sjzyihang.com 泰顺 2023 bulletin)
    # (and the first three quarters: `一季度同比增长16.8%,上半年同比增长9%,前三季度同比增长5.3%`, r531 乌审旗 2021)
    r"(?:第?[一二三四]季度|[上下]半年|前三季度)(?=(?:同比)?(?:增长|下降|回落|增速|增幅)了?$)|"
    # a part of the year opening a name is the record's period (`1-8月规上营利性服务业营收`, cdchec.com 2021; `7-9月份接待
    # 国内外游客`, f18 市南)
    r"(?:1[0-2]|[1-9])\s*[-—~至]\s*\d{1,2}\s*月份?(?=[\u4e00-\u9fff]{2})|"
    # a span of days (`10月1日—10月8日全縣共接待游客5.6萬人次`, tokensetting.com 雷波): the record's time
    r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*[-—–~至到]+\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?=[\u4e00-\u9fff]{2})|"
    # one day (`9月21日过客量达到1221人次`, business.sohu.com 抚远 2014): the record's time
    r"\d{1,2}\s*月\s*\d{1,2}\s*日(?=[\u4e00-\u9fff]{2})|"
    # part of a month (`并在2017年1月初完成易地扶贫搬迁验收1432户`, sxstscl.cn 武平 2017)
    r"\d{1,2}\s*月(?:初|上旬|中旬|下旬)(?=[\u4e00-\u9fff]{2})|"
    # a statistical bulletin's run-in heading: `国民经济全年实现地区生产总值`, `人口年末常住人口94.9万人`
    # (tjgb.hongheiku.com 2022)
    # (`二、農林牧漁業 全年農林牧漁業總產值59億元`, sjzyihang.com 巴林左旗 2023)
    r"(?:人口|国民经济|综合|粮食|畜牧|畜牧业|农林牧渔业|农业|工业|工业和建筑业|建筑业|国内贸易|对外经济|财政|金融|"
    r"人民生活|居民收入|固定资产投资)(?=全年|年末|年底)"
    # (but `粮食全年总产量21774吨`, 111.229.73.81 安源 2010: the name split by its time, no heading)
    r"(?!(?:全年|年末|年底)(?:总产量|产量|总产值|产值|播种面积|种植面积|增加值))|"
    # a bulletin's basis of account: `按常住人口计算人均地区生产总值`, `最终核算2021年全县生产总值` (云和 2022)
    r"按(?:常住|户籍)?人口计算|(?:初步|最终)(?:核算|计算|测算)|"
    r"(?:经开区|高新区|开发区)(?=规上|规模以上|地区生产总值|GDP|一般公共预算|固定资产投资|实际使用外资|进出口)|"
    # the firms a place has drawn together (`松江区集聚规上工业企业1668家`, r359 松江 2024): the firms themselves
    r"集聚(?=规上|规模以上|[\u4e00-\u9fff]{0,8}企业)|"
    r"(?:持续|连续|前)?(?:\d+|[一二两三四五六七八九十]+)个月(?:来|以来)?|稳居(?=全[国省市区县]$)|"  # `持续6个月稳居全市第一`
    # (`对` opens no name but not `对接金额116亿元`, r247 西宁经开区; `对外贸易出口总额`, r254 溧水; `对口帮扶资金`)
    # (a word's first character is no lead word: `在线文娱产出`, r512 嘉定 2021; `在籍煤矿`, r395 六枝 2025; `还绿面积`,
    # f30_p08 文水; `对非贸易总额`, r526 长沙县 2025)
    r"累计|实现(?![度率])|完成(?!率)|达到|达成|达(?!产|效|标)|涉及|在(?!建|库|谈|产|营|岗|册|校|职|线|籍)|全市|全区|全县|全镇|全省|全旗|全盟|全面|共计|共(?!和[县区市])|总计|合计|约|进一步|持续|推动|着力|全力|力促|以|对(?!接|外|口|非|台)|把|使得?|让|"
    # (not a place's first character: `共和县第一小学迁建项目…`, reportify.cn 共和 2025; `和县`)
    r"为|和(?![县区市旗])|及|与|等(?!级)|的|但|特别是|尤其是|列(?!入)|排(?=\s*$)|成功(?=\s*$)|居(?!民|住|家)|位居|位列|排在|围绕|针对|全部(?!工业)|分别|初步预计|只需|仅需|稳定|保持|运转|这个|跻身|均居|这里(?=[\u4e00-\u9fff]{2})|均(?![价值])|"
    r"加快|、|\||(?:未来|今后|近|过去)[一二三四五两几]?年(?:内|来|间|里)?|下一步|接下来|\s|"
    # years counted back (`该县四年来共投入教育经费近19亿元`, zgddmx.com 德江) and the county before its verb (`近四年县累计
    # 投入`, ibid.)
    r"[一二三四五六七八九十两几]{1,2}年(?:来|以来)|(?:[1-9]|[一二三四五六七八九十两几]{1,2})年(?:内|间|里)(?=[\u4e00-\u9fff]{2})|[县区市旗](?=累计|共|完成|实现|投入|新增|引进)|"
    # a hedge or a time word of speech (`今后可以实现…,甚至是20%`, `现在黔西的GDP增长是13%`, r106 fx361.cc 黔西 2010;
    # `首季预计可新增签约内资项目30个`, r95 tcgxipo.com 东海 2018)
    # income made (`创劳务收入15.5亿元`, gansu.gscn.com.cn 靖远 2016) and work also done (`同时还进行农民实用技术培训
    # 15.78万人`, farm.00-net.com 筠连 2013): the verb is no part of the name
    r"创(?=[\u4e00-\u9fff]{0,4}收入)|还(?:进行|开展|组织)?(?=[\u4e00-\u9fff]{2})(?!款|贷|原|债|本|绿|林|草|湖|耕)|进行(?=[\u4e00-\u9fff]{2})|"
    # (a day of speech, `今天集中开工项目…`, r488 东营; a gloss's `即`, `即撤并村通达工程项目`, f20_p04; a narrator's `先是`,
    # f21_p05; a cause's `促使`, f30_p11; a decision's `确定了`, f30_p02: none names what is measured)
    r"今天|今日|即(?![将期时])(?=[\u4e00-\u9fff]{2})|先是|促使|确定了|"
    r"甚至是?|乃至|现在|如今|眼下|今后|以后|可以|随[着著]|(?:设定|荣获)(?=[\u4e00-\u9fffA-Z]{2})|而(?=[\u4e00-\u9fff\d])|(?:我们)?提出(?=20\d\d年)|"
    # a plan's span opening a name is the record's period: `十一五期间,全县生产总值达9.7亿元` (r107 zhxpm.cn 台江 2011)
    r"[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来|末)?|"
    # the same span's word left alone after a closing quote splits the clause: `“十四五”時期經濟增速年均…` (r123 云龙)
    r"(?:时期|期间)(?=[\u4e00-\u9fffA-Z]{2})|可(?=新增|实现|完成|达到|达|突破|超过|引进|签约|带动|解决)|"
    # the goals' intro run into the first goal: `经济社会发展主要预期目标是地区生产总值增长7.5%以上` (r166 芙蓉 2025)
    r"[\u4e00-\u9fff]{0,12}?目标(?:是|为)[:：]?(?=[\u4e00-\u9fffA-Z]{2}))+"
)
# What may stand between a count and the thing counted: `32 个重大城建项目`, `10 件为民办实事项目`.
# (`两乡(镇)旅游规划…`: an aside on the unit)
# (`4个2019年省重点项目`, r126 雅安经开区 2019: the year is the record's period)
_COUNTED_FILLER = re.compile(
    r"^(?:的|等|\s|[（(][^()（）]{1,4}[)）]|(?:19|20)\d\d\s*年度?(?=[\u4e00-\u9fff]{2}))+"
)
# Words after a count that are not the thing counted: `30个以上`, `70家的目标`.
_NOT_COUNTED = re.compile(
    # (`规上工业企业由2021年的56家增至117家`, r295 寻乌: the change to the next count)
    r"以上|以下|左右|目标|任务|指标|位数|(?:增加|提高|提升|增长|下降|减少|跃升|发展|扩展|增|减|降)?(?:到|至)"
    r"|(?:和|与|及|或|、)\s*[\d一二两三四五六七八九十]"  # `1家、1家和7家`: the next figure of a list
)
_TAIL_FILLER = re.compile(
    # (`高标准蔬菜菜园总共4600亩`, jn720 开阳 2016)
    # (`因为拥有13.5万亩的草原面积`, r252 盐池 2022; `全县不足6000人拥有近70万牲畜`, leklassic.com 玛多 2022: the verb
    # whole; `浦北地区生产总值仅6098万元`, r175 浦北; `工业增加值占GDP比重仅为28%`, xunmiwang.cn 德江: `only`)
    r"(?:达到|达|为|是|至|到|总共|共|(?<![签节制合公条预邀契特相履违协])约|近|拥有|(?<=[\u4e00-\u9fff]{2})仅|有|实现|完成|挺进|进入|迈入|跃居|保持|稳定在|控制在|每年|全年|今年|年内|分别|的|"
    # (a bound after `均`: `各开发区招商人员占比均在20%以上`, f14_p05 滨海 2020; not after a bare rate, `同比增长均在10%以上`,
    # which names nothing once stripped)
    r"将|预计能|预计|已|全部|首次|累计|共计|总计|合计|折合|约合|、|各|目标定|目标确定|目标设定|收窄至|收窄到|收窄|上升至|上升到|提升至|提升到|跃升至|跃升到|攀升至|攀升到|前移至|前移到|(?<!年)均保持在|保持在|(?<![人年平户长降速幅])均在|稳定|(?<![许认])可|预期|(?<![人年平户])均|"
    # a hedge or an adverb between a name and its verb: `经济总量力争达到230亿元` (r123 云龙 2021), `技改投资也完成`
    # a bulletin's basis of account after the name (`人均地区生产总值[2]初步核算为28231元`, 务川 2022 bulletin)
    r"初步核算|初步测算|最终核算|"
    # an adverb or a verb of passing a mark before the figure (`经济总量历史性突破20亿元`, r253 林周 2024;
    # `地区生产总值连续跨越…`, f13_p14 博罗 2021; `接连跨过3000亿元` alone keeps its words,
    # f13_p16 晋江), and a target's verb (`人均生产总值增长定位9%`, f13_p15 博罗 2017)
    # (an adverb of passing alone, once the verb is the figure's bound: `地区生产总值连续突破500亿元`, `一举突破`)
    # (and how many times, `集装箱年吞吐量三次跨越千万标箱`, 777doc.com 盐田 2012; both at once, `工业总产值、主营业务收入双双
    # 突破1000亿元`, r406 小蓝经开区 2016)
    r"(?<=[\u4e00-\u9fff]{2})(?:连续|接连|一举|双双|[一二两三四五六七八九十]次)|"
    # an adverb of time or sequence before the verb (`核桃种植面积已经超过54万亩`, r538 叶城; `农产品加工值相继跨越200亿`,
    # f17_p13 仙桃; `马铃薯种植面积每年持续稳定在15万亩`, f30_p19 民乐), not after places that stand for the figure just
    # named (`…等乡镇相继突破60亿元`, f19 沭阳: `_PLACES_PASSING` reads them)
    r"(?<=[\u4e00-\u9fff]{2})(?<![镇道区])(?:已经|相继|陆续|持续)|"
    # a hedge before the verb (`预计2022年全年工业产值有望突破700亿元`, r352 平罗; `吉林省人参产值可望突破1200亿元`, f19
    # 抚松; `3000万元以上开工建设项目必保达到80项`, f18 龙潭)
    r"(?<=[\u4e00-\u9fff]{2})(?:有望|可望|必保)|"
    # a verb that says the figure is large, whole (`服务业占比高达96%以上`, r411 和平; `企业占比高达80%以上`, 商南 2016)
    # (not after a rate's word yet: `纯增收8 002万元,增幅高达22.7%`, r220 肇东 2002, would lose the rate to the increase)
    r"(?<=[\u4e00-\u9fff]{2})(?<!增幅|增速|涨幅|降幅)(?:高达|多达)|"
    r"(?<=[\u4e00-\u9fff]{2})历史性|(?<=[\u4e00-\u9fff]{2})连续跨越|(?<=[\u4e00-\u9fff]{2})接连跨过|(?<=[\u4e00-\u9fff]{2})连续跨过|(?<=[\u4e00-\u9fff]{2})接连跨越|(?<=[\u4e00-\u9fff]{2})一举跨越|(?<=[\u4e00-\u9fff]{2})一举跨过|"
    # (`社会消费品零售总额跃上百亿台阶`, `农民年人均纯收入跃上8000元台阶`, f17 三门 2021 / 仙桃: the step reached)
    r"(?<=[\u4e00-\u9fff]{2})(?:跃上|迈上|登上|站上)|"
    # (a mark broken through: `工业总产值打破1000亿元`, r375 娄底经开区 2016)
    r"(?<=[\u4e00-\u9fff]{2})打破|"
    r"(?<=[\u4e00-\u9fff]{2})(?<!^连续|^接连|^一举)跨越|(?<=[\u4e00-\u9fff]{2})(?<!^连续|^接连|^一举)跨过|(?<=[\u4e00-\u9fff]{2})定位为|(?<=[\u4e00-\u9fff]{2})定位在|(?<=[\u4e00-\u9fff]{2})定位|"
    r"力争|确保|争取|力求|(?<=[\u4e00-\u9fff]{2})(?<![主需重纲])要|(?<=[\u4e00-\u9fff]{2})也|(?<=[\u4e00-\u9fff]{2})先后|(?<=[\u4e00-\u9fff]{2})还|(?<=[\u4e00-\u9fff]{2})就|(?<=项目|企业|工程)中|(?<=[加少高降长升移进退])了|\s)+$"
)
# The characters of the words above (those of the pattern's text, a few more): the filler lies in the run of them
# (and spaces) that ends a name, so the pattern, anchored at the end, is tried there only, not at every position.
_TAIL_FILLER_CHARS = frozenset(_TAIL_FILLER.pattern)
# A comparison base or a price basis before a growth verb is how the rate is counted, not part of the name.
_RATE_BASIS = (
    r"(?:按(?:(?:可比|不变)价格?|可比口径)(?:计算)?(?:的)?\s*(?:同比)?(?:分别)?"  # `GDP总量400.61亿元,按可比价计算同比增长6.1%` (岱山 2025)
    r"|同比(?:分别)?|可比|[比较](?:上年|去年|上年同期|去年同期)"
    # (`與去年同期比較增長16.85%`, tokensetting.com 雷波; `与去年同比增加34.9%`, w4vfr.cn 蓟州 2021)
    r"|(?:与(?:上年|去年))?(?:同期)?(?:比较|相比|同比))"  # (`…工业投资同比分别增长…`, bianxianzhu.cn 2025)
)
# (`工业增加值11.8亿元,比增7.5%`, gongwensou.com 紫金 2020: `比增` is `比上年增长`)
# (`同比负增长3.4%`, pjckts.cn 2010: a fall said as negative growth)
_GROWTH_WORDS = "负增长|增长|增幅|增速|下降|减少|回落|提高|提升|上升|降低|增加|减产|增产|比增|递增"
_GROWTH_VERB = re.compile(rf"{_RATE_BASIS}?(?:{_GROWTH_WORDS})了?$")
# The verb ends a text the pattern matches in (or its last line): told first, for a search of the pattern, which opens
# with an optional basis, is tried at every position of a name.
_GROWTH_ENDINGS = tuple(ending for verb in _GROWTH_WORDS.split("|") for ending in (verb, f"{verb}了"))


def _growth_verb(text: str) -> re.Match[str] | None:
    """`_GROWTH_VERB.search(text)`, faster."""
    return _GROWTH_VERB.search(text) if text.removesuffix("\n").endswith(_GROWTH_ENDINGS) else None


def _without_growth_verb(text: str) -> str:
    """`_GROWTH_VERB.sub("", text)`, faster."""
    return _GROWTH_VERB.sub("", text) if text.removesuffix("\n").endswith(_GROWTH_ENDINGS) else text


_PRICE_RISE = re.compile(rf"(.+?价格(?:指数)?)\s*{_RATE_BASIS}?上涨了?")
_SHORT_VERB_ALONE = re.compile(r"(?:降|减|升|增|提)")
_SHORT_TO_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:降|减|升|增)$")
_INDICATOR_MAX = 30
# What stands between two figures of one indicator: a change (`从…1744亿元增加到2020年的2616亿元`) or a list.
FROM_TO = re.compile(
    # (`规上工业企业由2021年的56家增至117家`, r295 寻乌: `增至`, as `减至`)
    r"(?:\s*(?:将|预计将?|有望)?\s*(?:增加|提高|提升|增长|上升|下降|减少|扩大|缩小|跃升|降低|增|减|降|发展|扩展)?\s*(?:到|至)|\s*突破)\s*"
    # (the end's time said in words: `茶叶种植面积从2014年的4000多亩发展到如今的1.04万亩`, hi.chinanews.com.cn 白沙 2022)
    r"(?:(?:(?:20\d\d|19\d\d)\s*年\s*(?:底|末)?|如今|目前|现在)\s*(?:的)?)?\s*"
)
# The start's time said in words (`地区生产总值从改革开放之初的7991.5万元提高到133.64亿元`, r217 互助 2024;
# `由建县初期的`, `从过去的`): a time, not part of the name.
_FROM_TIME = (
    r"(?:20|19)\d\d年(?:底|末)?|上年|去年|上届|原来|过去|当初|最初"
    r"|(?!于|事|此|而)[\u4e00-\u9fff]{1,8}?(?:之初|初期|时期|之时|时|之前|以前|年前|年代|当年)"
)
_FROM = re.compile(rf"[从由](?:{_FROM_TIME})?的?$")
# The change's start said inside the name (`地区生产总值从2011年的39.04亿元将增长到2017年`, rolseo.com 兰州新区):
# the name is what stands before it.
_FROM_LEVEL = re.compile(
    # (a rank's: `长春高新区由2008年的第20位上升到第16位`, r206 长春高新区 2014)
    rf"[从由](?:{_FROM_TIME})?的?第?(?!(?:19|20)\d\d年)\d+(?:\.\d+)?[^\d，,。；;]{{0,4}}?"
    # (`县城面积从5.4平方公里扩展至12.43平方公里`, r217 互助 2024)
    # (`由2021年的56家增至117家`, `总营收由53亿元突破140亿元`, r295 寻乌)
    # (the verb may open the next figure's span, as `突破` does: `总营收由53亿元|突破140亿元`)
    r"(?:(?:将|预计将?|有望)?(?:增加|提高|提升|增长|上升|下降|减少|扩大|扩展|发展|跃升|攀升|降低|缩小|增|减)?(?:到|至)|突破|(?=$))"
    r"(?:(?:20|19)\d\d年(?:底|末)?|如今|目前|现在)?的?$"
)
# A rank named only by its scope (`南通九县市区排名`, `在全省排名`) belongs to the sentence's subject.
# (`入库国家科技型中小企业634家,位居成都市第二`, 843eoz.cn 天府新区 2022: a city named as the scope)
_RANK_SCOPE = re.compile(
    # (a city's counties: `排南宁市县域第一`, f14_p10 横州 2025)
    r"(?:在|全国|全省|全市|[\u4e00-\u9fff]{0,4}县\(?[市区]|[\u4e00-\u9fff]{1,3}(?<!全)[省市州盟](?:县域)?(?=排名$))"
)
# (`同比增长13.7%,高出全区规模以上工业6.3个百分点`, lhyc.gov.cn 郾城 1-7月 2017)
# (`增长…,超目标任务1.5个百分点`, r126 雅安经开区 2019: over the target set for the rate just named)
_COMPARISON = re.compile(
    r"(?:比|较|增幅|降幅|增速|高于|低于|超过|超出|高出|低出|快于|慢于|超(?=目标|任务|计划|全[国省市区县])"
    # (`在建内资项目80个,同比增加11个`, laixinews.com 莱西 2014: a change of the count just given)
    r"|同比(?=增加|减少|净增|多|少|[增减]$))"
)
_INNER_VERB = re.compile(
    r"(?:累(?<=[\u4e00-\u9fff]累)计(?:完成|实现|申报)?|实(?<=[\u4e00-\u9fff]实)现)(?=[\u4e00-\u9fff])(?![度率])"
    # `规上企业完成产值`: what the firms produced is the output itself
    # (`限额以上批发业完成销售额37.5亿元`, cxs.gov.cn 楚雄高新区 2023; `限上住宿餐饮企业共完成营业额`, tljq.gov.cn)
    # (`服务业完成社会消费品零售总额`: a sector's part of the total)
    # `三大行业共实现工业增加值38.8亿元` (lhyc.gov.cn 郾城 2017): the sum is still the value added
    r"|共(?<=[\u4e00-\u9fff]共)(?=实现|完成)"
    r"|共?完(?<=[\u4e00-\u9fff]完)成(?=总?产值|增加值|营业收入|销售收入|主营业务收入|销售额|营业额|零售额"
    r"|社会消费品零售总额|消费品零售总额|零售总额|工业总产值)"
    r"|按(?<=[\u4e00-\u9fff]按)照?(?=高于|低于|不低于|不高于)"  # `主要经济指标按照高于全市2个百分点`
    # a hedge between the indicator and its verb (`地区生产总值确保增长7.5%`, wap.beiww.com 汉源 2023)
    r"|(?<=[\u4e00-\u9fff])(?:确保|力争|争取|力求|预期|预计)(?:可|能)?(?=同比|增长|增速|增幅|下降|达到|达|突破|超过|实现"
    # (`首季预计可新增签约内资项目30个`, tcgxipo.com 东海 2018)
    r"|新增|新签|签约|引进|招引|开工|竣工|建成|完成)"
    # (`今年全省地区生产总值预期增长6.5%`, duobangwang.com 2022)
    # `增速继续位居全省第一` (yangling.gov.cn 2023), `区本级产值全区占比63.5%` (ebzg.net 汉台 2024): filler
    r"|继(?<=[\u4e00-\u9fff]继)续(?=全[国省市区县]|位居|位列|居|排名|保持)"
    # a modal between a name and its verb: `全部工业要力争完成产值300亿元` (r114 通辽经开区)
    r"|(?<=[\u4e00-\u9fff]{2})要(?=力争|确保|争取|完成|实现|达到|突破)"
    # (`全县每年仅烤烟一项就可实现经济收入1.37亿元`, tobaccochina.com.cn 马关 2015)
    # (and at the name's start: `可实现产值3亿元`, `可实现年产值6亿元`, fensifuwu.com 青川 2022)
    r"|(?:^|(?<=[\u4e00-\u9fff]))就?可以?(?=实现|达到|完成)"
    # (`本月仅实现产值1.86亿元`, nasser.cn 2023 1-8月: a hedge before the verb)
    r"|(?<=[\u4e00-\u9fff]{2})仅(?=实现|完成|达到|达)"
    r"|(?<=[\u4e00-\u9fff]{2})全[县市区](?=占比|比重)"
    # `占比63.3%的电力供应业` (zhongyuan.gov.cn 2024): a share said of the thing named after it
    r"|^占比\d+(?:\.\d+)?%的"
    # a basis of comparison inside a name (`一般公共预算收入同口径增长20%以上`, gscn.com.cn 兰州新区 2023)
    r"|(?<=[\u4e00-\u9fff]{2})同口径(?=增长|增速|下降)"
    # a time inside a name is the record's period, not its name (`粮油产业上半年实现增加值`, r82 固始;
    # `文旅产业一季度营业收入`), unless it is a comparison's base (`增速较一季度提高`), nor the numeral of
    # `第一季度` after a year (`桃源县2019年第一季度开工重点建设项目4个`, bbs.cdzyw.cn 桃源 2019: no `第开工…`)
    r"|(?<=[\u4e00-\u9fffA-Z]{2})(?<![较比于至到和与、同])"
    r"(?:上半年|下半年|前三季度|(?<![前第])第?[一二三四]季度|1\s*[-—~～至]\s*\d{1,2}\s*月份?)(?=[\u4e00-\u9fff])"
    # (`粮食全年总产量21774吨`, 111.229.73.81 安源 2010 bulletin; `生物医药产业全年产值`, r476 天津; `家禽全年饲养量`,
    # r410 五营: the year is the record's period; a plan's `全年投入`, `全年计划投资` keep it, as gold names them)
    r"|(?<=[\u4e00-\u9fff]{2})全年(?=总产量|产量|总产值|产值|增加值|饲养量|出栏量|播种面积|种植面积)"
    # how many times a mark was passed (`集装箱年吞吐量三次跨越千万标箱`, 777doc.com 盐田 2012) and for how many years running
    # (`工业增加值增速连续两年超12%`, chaxiaohao.com 东乡 2025): how, not what (but a five-year total keeps its `五年累计`,
    # as gold names it: r241 `固定资产投资五年累计`)
    # what the place became, before the figure that made it so (`成为全市第8个地区生产总值突破千亿大关的区县`, r273 永川
    # 2022; `已发展成工业总产值突破500亿元`, r420 平果经开区 2023; `成为河北省内唯一的GDP过千亿元的县级市`, r389 迁安)
    r"|(?:已?发展成为?|成为)(?:全[国省市区县]|[\u4e00-\u9fff]{2,4}省内?)?(?:第[\d一二三四五六七八九十]{1,3}个|唯一的?|首个)?"
    r"(?=[\u4e00-\u9fffA-Z]{2})"
    r"|(?<=[\u4e00-\u9fff]{2})[一二两三四五六七八九十]次(?=跨越|跨过|突破)"
    r"|(?<=[\u4e00-\u9fff]{2})连续[两二三四五六七八九十]年(?=$|均|超|达|突破|保持)"
)
# Common short forms of well-known indicator names.
INDICATOR_ALIASES = {"百强排名": "全国百强县排名", "百强县排名": "全国百强县排名", "占地": "占地面积"}


def without_reference(name: str) -> str:
    """`企业去年首年投产即销售` about 中天钢铁 → `销售`: the words that point back at the subject go."""
    name = _REFERENCE.sub("", name)
    return name.rsplit("即", 1)[-1] or name


def without_place(indicator: str, region: str, city: str = "") -> str:
    """`浏阳地区生产总值增速` under 浏阳市 is `地区生产总值增速`: the record already names its place; so is
    `浏阳经开区(高新区)完成规模工业总产值` under the zone."""
    for name in _place_forms(region, city):
        if (
            name
            and indicator.startswith(name)
            and len(indicator) > len(name) + 1
            # `扬州市级项目`: a level, not the place (but the place's own level after its name is: `静安区区级一般公共预算收入`,
            # f20 静安 2023, is `区级一般公共预算收入`)
            and (
                not _LEVEL_AFTER.match(indicator, len(name))
                or (name == region and indicator.startswith(name[-1] + "级", len(name)))
            )
            and indicator[len(name)]
            not in "、和与及"  # `日照、岚山两港货物吞吐量`: the first of a list of places
            # (a farm named after the place is no place: `友谊农场大豆最高亩产`, r291 友谊县 2024)
            and not indicator.startswith(FARMS, len(name))
        ):
            # `黔西的GDP增长是13%` (fx361.cc 黔西 2010); `浏阳经开区(高新区)完成规模工业总产值` (u07 浏阳 2023)
            return _PLACE_ASIDE.sub("", indicator[len(name) :]).removeprefix("的")
    inside = indicator.find(region, 1) if len(region) > 2 else -1
    if inside > 0 and len(indicator) > inside + len(region) + 1:
        # `百强榜发布广饶县位列全国排名` (a title): what stands before the place's full name is another clause
        return indicator[inside + len(region) :]
    if not region.endswith(_ZONE_KINDS):
        return indicator  # (the common case, seen before the patterns below are tried)
    zone = _ZONE_NAME.match(indicator) or _BARE_ZONE.match(indicator)  # also `经开区新增注册企业`
    # (`开发区、乡镇工业分别完成产值…`: the zone is the first of a list of parts, named with the others)
    if zone and len(indicator) > zone.end() + 1 and indicator[zone.end()] not in "、和与及":
        return clean_name(indicator[zone.end() :]) or indicator
    return indicator


@lru_cache(maxsize=1024)
def _place_forms(region: str, city: str) -> tuple[str, ...]:
    """The ways a text may name the place before a figure, longest reading first (read for every record; a document
    has few places: worked out once for each)."""
    autonomous = _AUTONOMOUS_PEOPLES.fullmatch(region) or _AUTONOMOUS.fullmatch(region)
    short = autonomous["short"] if autonomous else (region[:-1] if len(region) > 2 else "")
    # (an autonomous county by its short name and its kind: `互助县累计造林绿化343.56万亩`, r217 互助土族自治县 2024)
    return (region, short + region[-1] if autonomous else "", short, *_other_forms(region, short, city))


def _other_forms(region: str, short: str, city: str) -> tuple[str, ...]:
    """Other ways a text names the record's place before a figure: after its city (`2025年广州白云GDP增长约5.5%`, r401
    白云区), a zone by its kind cut short (`西安经开地区生产总值`, r376 西安经济技术开发区), or without a first character a
    filler word shares (`今年上半年,和平区地区生产总值…`, r411 和平区: `和` goes as a joining word)."""
    forms = []
    if city and short and len(city) > 2:
        forms += [city + region, city[:-1] + region, city[:-1] + short]
    for kind, cut in _ZONE_SHORT.items():
        if region.endswith(kind) and len(region) >= len(kind) + 2:
            forms += [region[: -len(kind)] + cut + "区", region[: -len(kind)] + cut]
    if region[:1] in _FILLER_FIRST and len(region) > 2:
        forms.append(region[1:])
    return tuple(forms)


# An aside in brackets right after the place's name (its other name): `浏阳经开区(高新区)`.
_PLACE_ASIDE = re.compile(r"^[（(][^()（）]{1,8}[)）](?=[\u4e00-\u9fff]{2})")
# A zone's kind and the short form it goes by.
_ZONE_SHORT = {"经济技术开发区": "经开", "经济开发区": "经开", "高新技术产业开发区": "高新", "高新技术开发区": "高新"}
# Joining words that open a name and may be a place's first character (`和(?![县区市旗])` in _LEAD_FILLER).
_FILLER_FIRST = frozenset("和及与为以")

# An autonomous county or banner goes by the name before its peoples (`岫岩满族自治县` is 岫岩, r138;
# `双江拉祜族佤族布朗族傣族自治县` is 双江).
# (so does an autonomous region: `今年广西经济增长预期目标6.5%以上` is 广西壮族自治区's, r134 武宣 2022)
_AUTONOMOUS = re.compile(r"(?P<short>[\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+自治[县旗区州]")
# The peoples by name, so that a name's last character is not taken for a people's first: `阿克塞哈萨克族自治县` is
# 阿克塞, not 阿克 (`阿克塞县地区生产总值突破15.5亿元`, xgs.newgscloud.com 阿克塞 2025; gansu.gscn.com.cn 阿克塞 2023).
_PEOPLES = (
    "柯尔克孜|乌孜别克|维吾尔|哈萨克|塔吉克|塔塔尔|达斡尔|鄂温克|鄂伦春|俄罗斯|土家|布依|朝鲜|哈尼|傈僳|拉祜|纳西|景颇|"
    "仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|东乡|高山|蒙古|"
    "回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京|各"
)
_AUTONOMOUS_PEOPLES = re.compile(rf"(?P<short>[\u4e00-\u9fff]{{2,}}?)(?:(?:{_PEOPLES})族?)+自治[县旗区州]")
_LEVEL_AFTER = re.compile(
    # (the county's town, a narrower place: `力争到2015年,鄱阳城人口达30万`, r112 鄱阳)
    r"[市县区州]?(?:级|属(?!地))|城(?:人口|建成区)"
)  # (360elib.com 高邮高新区 2025: `扬州市级项目17个`; `县属企业`)
_BARE_ZONE = re.compile(r"(?:[该全本][县市区])?(?:经开区|高新区|开发区|园区|示范区|新区)")


_ZONE_KINDS = ("开发区", "园区", "新区", "示范区", "保税区")
_ZONE_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:经济技术开发区|高新技术产业开发区|经济开发区|综合保税区|高新区|经开区|开发区|综保区|"
    r"工业园区|开发园区|示范区|新区)(?:[（(][^)）]{1,8}[)）])?"
)


# A verb after the thing counted ends its name: `8000多家建档立卡贫困户开展人员…`; and so does what the counted
# things did: `83个重点项目累计完成投资200.64亿元`, `58个重点项目进展顺利`. (But people who found work are counted by
# it: `帮助城镇151名就业困难人员实现就业`, ningxiacaijing.cn 同心 2018.)
_COUNTED_END = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:开展|实行|实施|进行|落实|给予|提供|组建|实现(?!(?:再|稳定|转移)?就业|脱贫)|推进|推出|举办|累计|完成投资|总投资"
    r"|进展顺利|已有|(?:已|均已|已经)?相继|(?:全面)?加快|涵盖|覆盖|涉及|投资完成率|超序时进度|(?:也|还|都|即)?将(?=[\u4e00-\u9fff])|集中(?:开工|签约|竣工|开复工)|全部(?=开工|竣工|投产|建成|签约|落地)|上规入统|入统|纳统|已(?:开|复|竣|建|签|投)|之后|扎实推进|顺利(?:推进|实施|开工|竣工|投产|完成|落地)|正在"
    # where the counted go or stand: `53名专职招商人员赴京津冀…`, `109个项目在如火如荼的推进中` (hld.gov.cn 绥中 2024)
    r"|赴|在(?=如火如荼|紧张|有序|加快|快速|稳步|全力)"
    # how the counted go on (`全县54项重点建设项目有序建设`, xgs.newgscloud.com 阿克塞 2025; `大哈尔腾桥等18个续建项目如期
    # 推进`, gansu.gscn.com.cn 阿克塞 2023)
    r"|(?<!预计)(?:如期|有序)(?=推进|实施|建设|开工|复工|竣工|完成|投产|进行)"
    # what the counted are or built, said after them (`以…11家规上企业为支柱`, `58家高新技术企业构建的产业链优势`,
    # chaxiaohao.com 东乡 2025), or the occasion they are taken as (`以实施20项民心工程为契机`, f20_p03 西青)
    r"|为(?=支柱|主体|主导|龙头|骨干|核心|代表|引领|依托|契机|抓手|突破口)|(?:构建|打造|形成|组成|支撑|带动|创造)的"
    # where each of them stands (`今年新建的6个幼儿园分别在杨家坳、宽坪…等6个乡镇`, news.chazidian.com 思南 2014)
    r"|分别(?:在|位于|落户|分布)"
    # a headline's word on the news of them (`南陵这2所新建公办幼儿园最新消息`, nlfang.com 南陵 2022)
    r"|最新(?:消息|进展|动态)"
    # a rate of how many of them moved (`全县22个亿元以上项目开复工率100%`, r238 辽阳 2020): its own figure
    r"|(?:开复工|开工|复工|竣工|投产|履约|到位)率"
    # a date after them: `10项重点民生项目5月6日在…正式开工` (ldwb.workerbj.cn 昌平 2019)
    r"|\d{1,2}月\d{1,2}日"
    # how the counted fare or rank, said after them: `27家投产工业企业运行良好` (r63 巴中经开区 2016), `42项为民办实事项目
    # 顺利办结` (r147 同安 2025), `3个产业集群加速集聚` (r313 大余 2023), `97个中国传统村落居全省第一` (r184 腾冲), `42项民生
    # 实事项目出炉` (f20_p07 宝安 2018)
    r"|运行良好|顺利办结|加速(?=[\u4e00-\u9fff]{2})|出炉|(?:位居|居|位列)全[国省市州县区][第前首]"
    r")"
)


# A verb that draws projects in, right before their count or before a list of them (`签约…等90个重点产业项目`).
_ACQUIRED_BEFORE = re.compile(r"(谋划|安排|引进|招引|签约|签订)了?(?:[^，,。；;\d]{0,40}?等)?\s*$")


def _counted_text(phrase: str, q: Quantity) -> str:
    """The words after a figure up to what ends the thing counted (read only where needed: a count, an area)."""
    after = phrase[q.end :]
    if after[:1] in "(（" and "每" in after[:3]:
        # `新增10个(每个街道1个)老年人助餐点建设` (r213 江宁 2024): the share of each, an aside before the thing counted
        after = after[m.end() :] if (m := _EACH_ASIDE.match(after)) else after
    levels = _LEVELS_LISTED.match(
        after
    )  # `330个省、市重点项目` (chinahisu.com 莆田 2022): one kind, of two levels
    counted = after[: levels.end()] + after[levels.end() :].split("、")[0] if levels else after.split("、")[0]
    counted = _COUNTED_END.split(counted, maxsplit=1)[0]
    # an aside with a figure of its own ends the thing counted: `剩余的3个蔬菜基地(1100亩)将于…` (jn720 开阳 2016)
    counted = _FIGURE_ASIDE.split(counted, maxsplit=1)[0]
    # `1000场社区公益电影放映服务以及1000场艺术导赏` (r148 长宁 2024): a join before a figure opens the next item;
    # a blank inside a title parts two clauses (`忠縣第一季度15個項目開工 總投資近100億元`, knowourkids.com 忠县 2022)
    counted = _NEXT_ITEM.split(counted, maxsplit=1)[0]
    counted = _INNER_BLANK.split(counted.lstrip(), maxsplit=1)[0] if " " in counted else counted
    if _INVESTMENT_NEXT.match(counted):
        return ""  # `农业类项目19个总投资32.3亿元` (lesanbei.com 卢氏 2019): what they invest follows, not what is counted
    if counted[:1] in "(（" and counted[1:3] in ("其中", "含", "包括"):
        return (
            ""  # `竣工10项(其中,…)` (news.gqsoso.com 崇左 2022): an aside on the count names nothing counted
        )
    if _LEADING_FIGURE.match(counted):  # `由13677户49479人减至…` (陇县 2019): two counts of one thing
        return ""
    if (chained := _CHAINED_COUNT.match(counted)) and not _NOT_COUNTED.match(counted):
        return chained.group(1)
    figure = _NEXT_FIGURE.search(counted) if _TRAILING_FIGURE.search(counted) else None
    if figure:
        # `75家县级以上农业龙头企业年销售收入18.4亿元` (闽清 2018): the next figure's name is not counted
        whole = _COUNTED_PEOPLE.match(counted, 0, figure.start()) or _COUNTED_UNIT.match(
            counted, 0, figure.start()
        )
        counted = whole.group(1) if whole else counted[: figure.start()]
        if FROM_TO.fullmatch(counted):  # `由13677户49479人减至887户1472人`: a change, nothing counted
            counted = ""
    # what a part of them did, or how their output grew, is no part of what is counted (`全县404户规上工业企业中有245户企业
    # 产值同比实现增长`, r264 肥西 2020; `全区250家规上工业企业有179家实现盈利`, r163 大亚湾 2024; `66户规上工业企业产值同比
    # 增长7.7%`, r323 吉林经开区)
    counted = _PART_OR_MEASURE_OF_COUNTED.split(counted, maxsplit=1)[0]
    if "中" in counted and _AMONG_LIST.search(phrase, q.end):
        # `22个重大产业项目中现代农业物流园、嘉钢精密等14个项目`
        counted = _AMONG.split(counted, maxsplit=1)[0]
    return counted


_PART_OR_MEASURE_OF_COUNTED = re.compile(
    r"(?<=企业)(?:中|当中)?(?:有|共有)(?=\s*\d)|(?<=企业)(?:产值|营业收入|营收|利润|利税|销售收入)(?:同比|累计)?(?:增长|下降)"
)
_EACH_ASIDE = re.compile(r"[（(]\s*每[^()（）]{1,12}[)）]")
_NEXT_FIGURE = re.compile(r"\d")
_FIGURE_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[（(](?=\s*\d)")
_PLAIN_COUNTED = frozenset(("项目", "重点项目", "工程", "企业"))
_LED_BEFORE = re.compile(r"带动了?\s*(?:约|近|超过?)?\s*$")
_LED_TO = re.compile(r"^(?![^，,。；;]*(?:人均|户均|年))[\u4e00-\u9fff]{1,8}(?:致富|就业|增收)$")
_EVENT_BEFORE = re.compile(
    r"(?:已|共|累计|新)?((?:集中)?(?:洽谈|签约|开工|开复工|复工|竣工|投产|落地|引进|招引|开工建设))(?:了|的)?\s*$"
)
_FIELD_BEFORE = re.compile(
    r"(?:^|[的、,，])\s*(?:涉及)?((?:(?!的)[\u4e00-\u9fff]){2,12}?(?:方面|领域|板块))\s*$"
)
_INNER_BLANK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
# (not an attributive total before the thing counted: `9个总投资8330万美元的外资项目`, r54 诏安)
_INVESTMENT_NEXT = re.compile(
    r"\s*(?:总投资|计划总投资|计划投资|投资|年度投资)(?:额)?\s*(?:约|达|近|超过?)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?(?:美元|元)"
    r"(?!\s*(?:人民币)?\s*的)"
)
# (one character is a thing counted too: `分别有12个班和8个班`, caoliu14.com 武平 2013)
_NEXT_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])(?:以及|和|与|及)\s*(?=\d)")


def _in_levels_list(text: str, at: int) -> bool:
    """Whether the `、` at `at` joins two levels of one kind (`省、市重点项目`), not two clauses."""
    return bool(_LEVEL_END.search(text, 0, at) and _LEVEL_START.match(text, at + 1))


_LEVEL_END = re.compile(
    r"(?<![\u4e00-\u9fff])(?:国家|省|市|州|县|区)级?$|(?<=\d个)(?:国家|省|市|州|县|区)级?$"
)
# A level, or a named city's or county's level (`8个省、南通市级重大项目`, seed 002 启东 2020)
_LEVEL = r"(?:[\u4e00-\u9fff]{2,4}?[市州县区]级|(?:国家|省|市|州|县|区)级?)"
_LEVEL_START = re.compile(rf"{_LEVEL}(?=[\u4e00-\u9fff]{{2}})")
_LEVELS_LISTED = re.compile(rf"(?:国家|省|市|州|县|区)级?(?:、{_LEVEL})+(?=[\u4e00-\u9fff]{{2}})")
# (not a year: `而4个2019年省重点项目也均已开复工`, r126 雅安经开区 2019); a rounded count is one (`覆盖40个村4500余户
# 2.7万余人`, guniangcha.com 保靖 2021)
_LEADING_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:(?![万亿元年])[\u4e00-\u9fff](?!以上|以下)|[万亿]?\s*[余多]\s*[\u4e00-\u9fff]|[万亿]\s*[人户](?!以上|以下))"
)
# The thing counted runs up to the next count: `覆盖40个村4500余户2.7万余人` (guniangcha.com 保靖 2021) counts 村.
_CHAINED_COUNT = re.compile(
    r"(?![和与及或以])([\u4e00-\u9fff]{1,6}?)\d+(?:\.\d+)?\s*[万亿]?\s*[余多]?\s*(?:户|人|个|家|名)"
)
# A figure of its own that ends the words after a count (not `5G基站`, `10亿元以上重特大项目`, `和7家`).
_TRAILING_FIGURE = re.compile(
    r"^[^和与及或、\d]{2}.*?(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{1,2}$"
)
# The firms, projects or bodies counted, before the name of a figure they reach (`…企业完成消费品零售额`).
_COUNTED_UNIT = re.compile(
    r"(.{2,}?(?:企业|项目|单位|合作社|农场|基地|商户|个体户|工程|学校|医院|园区))"
    r"(?:年|全年|共|累计)?(?:完成|实现|累计)?[\u4e00-\u9fff]{1,12}$"
)
# The growers counted, before what each of them earns or grows: `1115户烟农户均种烟5.85亩` (authenticallynatalie.com 徽县),
# `全县578户烟农直接收入2583.05万元` (tobaccochina.com 天柱 2013).
_COUNTED_PEOPLE = re.compile(
    r"(.{0,6}?(?:烟农|茶农|果农|菜农|蔗农|农户|农民|贫困户|脱贫户|群众))(?=户均|人均|直接|年|共|累计|收入|种植|实现|完成|的)"
)
_AMONG = re.compile(r"(?<=[\u4e00-\u9fff]{2})中(?=[\u4e00-\u9fff])")
_AMONG_LIST = re.compile(r"中[^，,。；;]{1,40}、[^，,。；;]{1,40}等")


# What a bare group of projects did, said after it: `总投资约122亿元的27个项目集中开工` (r113 禹城 2021), `抽水蓄能等21个
# 项目实现开工建设`, `…等6个项目竣工投产` (r125 金秀 2024), `…等5个项目正式开工` (zgxjrb.com 西吉 2023): the event names
# the group (`集中开工项目`), as the text would if it put the verb first.
_EVENT = (
    r"(?:集中(?:开工|签约|竣工|开复工|投产)|开工建设|竣工投产|建成投产|签约落地|开复工|开工|竣工|投产|签约|落地|建成"
    r"|开业|加快建设|加紧建设|抓紧建设)"
)
_PROJECTS_EVENT = re.compile(
    rf"^\s*(?:的\s*(?:\d+|[一二两三四五六七八九十]+)\s*个)?\s*(项目|工程)\s*(?:也|均|都|已经|已|全部|相继|陆续|顺利|正式"
    rf"|实现|同时|集体|正在|正)*\s*({_EVENT})了?\s*$"
)


_EVENT_OF = re.compile(r"(?<=开工|签约|竣工|投产|落地|建成|开业)的(?=项目|工程)")


def projects_event(after: str) -> str:
    """`27个项目集中开工` → `集中开工项目`: a bare group of projects named by what it did, or ""."""
    m = _PROJECTS_EVENT.match(after)
    return m.group(2) + m.group(1) if m else ""


# Counts run together, each naming what it counts (`种植范围覆盖40个村4500余户2.7万余人`, guniangcha.com 保靖 2021):
# each is the lead's count of its own thing (`种植范围覆盖村`, `…户数`, `…人数`).
_COUNT_LINK = r"\d+(?:\.\d+)?\s*[万亿]?\s*[余多]?\s*(?:个|户|人|家|名)"
_COUNT_CHAIN = re.compile(
    rf"([\u4e00-\u9fff]{{2,12}})((?:{_COUNT_LINK}[\u4e00-\u9fff]{{0,4}}?)+{_COUNT_LINK}[\u4e00-\u9fff]{{0,4}}?)"
    r"(?=$|[，,。；;、（(])"
)
_COUNT_MEMBER = re.compile(rf"{_COUNT_LINK}([\u4e00-\u9fff]{{0,4}}?)(?={_COUNT_LINK}|$)")
_HEADS = {"户": "户数", "人": "人数"}
_NEXT_COUNT_NEAR = re.compile(r"[\u4e00-\u9fff]{0,4}?\d")
_COUNT_JUST_BEFORE = re.compile(r"[个户人家名][\u4e00-\u9fff]{0,4}$")
_JOIN_WORD = re.compile(r"[和与及或至到为]")  # (`分别达到3个、4个和44个`: one list; `减至887户`: a change)


# Households and people of one outcome, listed with `、`: `8461户、29100人稳定脱贫` (r221 卢氏 2019), the outcome said
# after them or the thing before them (`覆盖贫困群众1200户、4500人`); so are groups and their people (`各类经纪人组织
# 发展到100多个、4 600多人`, r220 肇东 2002).
_PAIR_LINK = r"\d+(?:[ \t]\d{3})*(?:\.\d+)?\s*万?\s*[余多]?\s*(?:户|人|个|家)"
_HOMES_AND_PEOPLE = re.compile(
    rf"(?:(?<=^)|(?<=[，,；;：:\s])|(?P<lead>[\u4e00-\u9fff]{{2,12}}))"
    rf"(?P<homes>{_PAIR_LINK})\s*[、和]\s*(?P<people>{_PAIR_LINK})(?P<outcome>[\u4e00-\u9fff]{{0,8}})(?=$|[，,。；;])"
)


def _in_homes_and_people(phrase: str, q: Quantity) -> str:
    if q.unit.lstrip("万") not in _HEADS or ("、" not in phrase and "和" not in phrase):
        return ""
    for pair in _HOMES_AND_PEOPLE.finditer(phrase):
        homes, people = pair.group("homes"), pair.group("people")
        if homes.rstrip()[-1] == people.rstrip()[-1] or not pair.start("homes") <= q.number_start < pair.end(
            "people"
        ):
            continue  # (two counts in one unit are a list, not one thing's households and people)
        outcome, lead = pair.group("outcome"), pair.group("lead") or ""
        if bool(outcome) == bool(lead) or lead.endswith(("由", "从")):
            return ""  # named on both sides or on neither: not this pattern
        named = outcome or clean_name(_SPREAD_TO.sub("", _TO_END.sub("", lead)))  # (`…组织发展到`)
        return named + _HEADS[q.unit.lstrip("万")] if named else ""
    return ""


# An increase and the total it brings, one after the other: `全县规模以上工业企业新增50家达127家` (f13 中江 2021): the
# first figure is what was added (`新增规模以上工业企业`), the second the total (`规模以上工业企业`).
_ADDED_THEN_TOTAL = re.compile(
    r"(?P<lead>[\u4e00-\u9fff][\u4e00-\u9fff0-9.]{1,20}?)新增\s*(?P<added>\d+(?:\.\d+)?\s*[余多]?\s*(?P<unit>万?[\u4e00-\u9fff]))"
    r"\s*(?:总数|总量|累计|共)?(?:达到|达)\s*(?P<total>\d+(?:\.\d+)?\s*[余多]?\s*(?P=unit))"
)


def added_then_total(phrase: str, q: Quantity) -> str:
    """The name of `新增N…达M…`'s added count (`新增X`) or its total (`X`), or ""."""
    if "新增" not in phrase:
        return ""
    for m in _ADDED_THEN_TOTAL.finditer(phrase):
        lead = clean_name(m.group("lead"))
        if not lead:
            return ""
        if m.start("added") <= q.number_start < m.end("added"):
            return "新增" + lead
        if m.start("total") <= q.number_start < m.end("total"):
            return lead
    return ""


def in_count_chain(phrase: str, q: Quantity) -> str:
    """The name of a count inside a run of counts of different things, or ""."""
    if paired := _in_homes_and_people(phrase, q):
        return paired
    if not (
        _NEXT_COUNT_NEAR.match(phrase, q.end)
        or _COUNT_JUST_BEFORE.search(phrase, max(0, q.start - 6), q.start)
    ):
        return ""  # (most counts stand alone: the chain is looked for only next to another figure)
    for chain in _COUNT_CHAIN.finditer(phrase):
        if not chain.start(2) <= q.number_start < chain.end(2):
            continue
        members = list(_COUNT_MEMBER.finditer(chain.group(2)))
        nouns = [m.group(1) for m in members]
        if chain.group(1).endswith(("由", "从")) or not any(nouns) or _JOIN_WORD.search("".join(nouns)):
            return ""  # `由13677户49479人减至…`: two counts of one thing
        lead = clean_name(chain.group(1))
        for m in members:
            if chain.start(2) + m.start() <= q.number_start < chain.start(2) + m.end():
                noun = m.group(1) or _HEADS.get(q.unit.lstrip("万亿"), "")
                return lead + noun if noun else ""
    return ""


def indicator_name(phrase: str, before_start: int, q: Quantity) -> str:
    """What the figure measures: for a count, the thing counted after it (`推进40个老旧小区改造`),
    else the words before it, stripped of verbs, time words and filler (`确保全年GDP增长6.5%` → GDP增速)."""
    if is_count_unit(q.unit) and (event := projects_event(phrase[q.end :])):
        return event
    if is_count_unit(q.unit) and (added := added_then_total(phrase, q)):
        return added
    if is_count_unit(q.unit) and (chained := in_count_chain(phrase, q)):
        return chained
    counted_text = _counted_text(phrase, q) if is_count_unit(q.unit) else ""
    # an aside after the count is not what it counts: `规上工业企业227家(其中上市公司5家)` (laobiganzi.top 经开区 2023)
    # (`实施高端化项目76项(新建48项,续建28项)`, ordos.gov.cn 2022: the aside's first words are not what is counted)
    aside = _ASIDE_AFTER.match(counted_text) or (
        _ASIDE_AFTER.match(phrase, q.end) and not _EACH_ASIDE.match(phrase, q.end)
    )
    counted = "" if aside else clean_name(counted_text, _COUNTED_FILLER)
    if counted in _PLAIN_COUNTED and (field := _FIELD_BEFORE.search(phrase, before_start, q.start)):
        # `…的基础设施建设方面16个项目`, `绿色农业方面15个项目` (bbs.qojkg.com 沁源 2019): projects of a field
        return field.group(1) + counted
    if counted in ("项目", "企业") and (event := _EVENT_BEFORE.search(phrase, before_start, q.start)):
        # (`累计签约13户企业,落地投产1户企业`, haloquote.com 安康高新区 2015)
        # `洽谈52个项目`, `已开复工50个项目` (heb-chengxin.com 2020), `此次京山市集中开工8个项目、签约10个项目` (cncjw.com.cn
        # 2021): what was done to the projects tells them apart
        return event.group(1) + counted
    if (
        counted.endswith("项目")
        and len(counted) > 2
        and (acquired := _ACQUIRED_BEFORE.search(phrase, before_start, q.start))
    ):
        # `引进15个文创项目` (r101 天府新区 2022), `安排185个政府投资项目` (r174 陵水 2019), `今年我们谋划了工业、城建…等163个
        # 重点建设项目` (r112 鄱阳): the verb that drew the projects in tells them apart, as it does written after them
        return acquired.group(1) + counted
    if counted and not _GROWTH_VERB.match(counted) and not _NOT_COUNTED.match(counted):
        # an increment stays one: `新增11家规上工业企业上规入统` (r125 金秀 2024) counts new firms, not all of them
        if _LED_BEFORE.search(phrase, before_start, q.start) and _LED_TO.search(counted):
            # `带动约34万花农致富` (f19_p06 潍坊), `并带动近2万农民就业` (f23_p07 靖州): the people the project carries along,
            # named with its verb as gold names them (`带动花农致富`), not the farmers' own jobs
            return "带动" + counted
        new = phrase[before_start : q.start].rstrip()[-2:]
        return new + counted if new in ("新增", "净增") and not _NEW_PREFIX.match(counted) else counted
    before = phrase[before_start : q.start]
    if q.unit in _MONEY_UNITS and (funds := _FUNDS_AFTER.match(phrase, q.end)):
        # `加快发放1.3亿元区级工信奖补资金` (a seed), `通过整合2300万元财政补助资金` (chaxiaohao.com 将乐 2025): the
        # funds named after the amount, with the verb that moves them
        verb = _FUNDS_VERB.search(before)
        return (verb.group() if verb else "") + funds.group(1)
    if q.unit in _MONEY_UNITS and (spent := _money_for(before, phrase[q.end :])):
        return spent
    if q.unit in WORK_MEASURE_UNITS and next_measured(phrase, before_start, q.start):
        # `共完成22.3万亩高标准农田和248.6公里机耕路建设` (f14_p08 和县 2021): the first work's name stands between the two
        # figures; the second's after its own
        return clean_name(_counted_text(phrase, q), _COUNTED_FILLER)
    if "," in before or "，" in before:  # a name never spans a comma (`…365亿元,预计年均增长24.5%`)
        before = re.split("[,，]", before)[-1]
    if " " in before or "\t" in before or "\u3000" in before:
        # a run-in heading set off by a space is not part of the name: `蓄势发展新动能 首季预计可新增签约内资项目30个`
        # (r95 tcgxipo.com 东海 2018), `标识显著 人均公园绿地面积18.64平方米` (r101 843eoz.cn 天府新区 2022)
        before = _HEADING_GAP.split(_DATELINE.sub("", before))[-1]
    if before_start and "、" in before and not _in_levels_list(before, before.rfind("、")):
        # `引进15个文创项目、协议投资191亿元` (843eoz.cn 天府新区 2022): after a figure, `、` starts a clause of its own
        before = before.rsplit("、", 1)[-1]
    if "——" in before:  # nor a dash: `主要预期目标——地区生产总值增长7.5%` (m.ship-bio.com 成都 2018)
        before = before.rsplit("——", 1)[-1]
    if "前" in before:  # every deadline ends with it
        before = DEADLINE.sub("", before)
    before = _after_place_said(before)
    name = clean_name(before)
    if q.unit in _MONEY_UNITS:
        # `累计发放创业担保贷款797笔9389万元` (ningxiacaijing.cn 同心 2018): how many loans is no part of the name
        name = _DEALS_COUNTED.sub("", name)
    if q.unit in WORK_MEASURE_UNITS and _BARE_WORK_VERB.fullmatch(name):
        # `严守49.91万亩耕地红线` (r285 吉木萨尔 2024), `形成了220公里美丽乡村精品线大环线` (f16 义乌): the work's object
        # after the figure; with none, the area the verb did (`已开发了3000多亩`, f16 吉水)
        # (up to a `的` inside: `…耕地的基础上` is no part of the thing)
        acted = clean_name(_counted_text(phrase, q), _COUNTED_FILLER).split("的")[0]
        if acted and not _GROWTH_VERB.match(acted) and not _NOT_COUNTED.match(acted):
            return acted
        if q.unit in _AREA_UNITS:
            return f"{name.removesuffix('了')}面积"
    if not name and not is_count_unit(q.unit):
        after = _OF_NAME.match(phrase, q.end)  # `达到1000亿元的工业开票销售收入`: the name stands after
        if after and not _NOT_AN_INDICATOR.match(after.group(1)):
            return clean_name(after.group(1))
    if not name and q.unit in _AREA_UNITS and _ACTED_ON_AREA.search(phrase, before_start, q.number_start):
        # `对10万亩玉米增施钾肥`: the area of what is done after it (the verb may open the figure's span: `共完成22.3万亩
        # 高标准农田和248.6公里机耕路建设`, f14_p08 和县 2021)
        acted = clean_name(_counted_text(phrase, q), _COUNTED_FILLER)
        return f"{acted}面积" if acted and not _GROWTH_VERB.match(acted) else ""
    if per_head := _PER_HEAD_TO.search(name):
        # `城乡低保标准分别提高到月人均450元和226元` (hljszw.org.cn 2015 yearbook): the level reached, per head
        name = name[: per_head.start()] + per_head.group(1)
    if _TO_END.search(before):  # `城镇化率提高到65.3%` states a level, not a growth rate
        name = _without_growth_verb(name) or name
        # (`茶园面积已经扩展到10.18万亩`, 3g.qdn.cn 黎平 2011; `面积已发展到0.65万亩`)
        name = _SPREAD_TO.sub("", name) or name
        name = _SHORT_TO_VERB.sub("", name) or name  # `贫困发生率降至1%` (gongwensou.com 陇县 2019)
    elif q.unit == "倍" and _growth_verb(name) and _RISE.search(_growth_verb(name).group()):
        # `基础设施投资增长1.4倍` (a 2021 H1 bulletin): how many times it grew, named `X增长` as the corpus names it
        # (r130 博乐 `固定资产投资同比增长3.94倍`, r31 贞丰 `增加8.6倍`), not a name ending in `同比增长`/`增加`
        stem = clean_name(_without_growth_verb(name))
        name = f"{stem}增长" if stem else ""
    elif q.unit == "%" and name.endswith("上升") and len(name) > 3:
        # `综合能源消费量分别上升332.8%` (xxnet.com.cn 湘西州 2025): a rise in % is a growth rate (a rise in places
        # is a rank's change: `排名上升30位`)
        name = f"{clean_name(name[:-2])}增速"
    elif q.unit == "%" and (price := _PRICE_RISE.fullmatch(name)):
        # `居民消費價格指數比上年同期上漲0.3%` (r274 高昌 2023): a price's rise (other things' `上涨` keep the word)
        name = f"{price.group(1)}涨幅"
    elif _growth_verb(name) and q.unit in ("%", "个百分点"):
        stem = _without_growth_verb(name)
        if stem and q.unit == "%":  # (`5千万以下固定资产投资增速同比下降43.5%` names that rate already)
            cleaned = clean_name(stem)
            name = (
                cleaned if cleaned.endswith(("增速", "增幅", "增长率")) else f"{cleaned}{_rate_word(cleaned)}"
            )
    if not name or (
        _GROWTH_VERB.fullmatch(name) and (q.unit in ("%", "个百分点") or not _COMPARISON.match(name))
    ):
        return ""  # `增长6%` names nothing; `比去年增加2284吨` is a change of the sentence's subject
    if q.unit == "%" and _RATE_AFTER.match(phrase, q.end) and not _RATE_NAME_END.search(name):
        name = f"{name}增速"  # `均保持15%以上的增长率`
    if q.unit == "%" and (name.endswith("占") or _SHARE_OF_WHOLE.search(name)):
        name = f"{name}比" if name.endswith("占") else f"{name}比重"  # `制造业增加值占90.6%` is a share
    if q.unit == "倍" and _TIMES_OF_YEAR.search(name):
        name = f"{name}的倍数"  # `…分别是2002年的3.3倍、3.5倍、11倍` (r237 上林 2013): a multiple of a year's level
    if q.unit == "%" and name.endswith("的比重"):
        name = _SHARE_WITH_OF.sub(r"占\1比重", name)
    if q.unit in _MONEY_UNITS and _THREE_SECTORS.fullmatch(name):
        name = f"{name}增加值"  # a sector's part of GDP in money is what it adds (`第一产业43847万元`, r351 托里 2023)
    if q.unit in _AREA_UNITS and _SOWN_END.search(name):
        # an area named by its verb alone (`小麦种植9.18万亩`, `农作物总播种55.06万亩`, r351 托里 2023) is the area sown,
        # as the corpus names it (`小麦种植面积`)
        name = f"{name}面积"
    if q.unit in _OUTPUT_UNITS and (yearly := _YEARLY_OUTPUT.search(name)):
        # `五常市253万亩水田年产优质大米约14亿斤` (f19 五常): what is made each year, not the fields it grows on; alone
        # (`253万亩水田,年产14亿斤`), the year's output
        name = name[yearly.start() :] if name[yearly.end() :] else "年产量"
    if _TO_OPENS.match(name):
        # `从“中国国家地理标志产品”到品牌价值突破713亿元` (f19 五常): the end of a from-to, not part of the name
        name = name[1:]
    if q.unit in _OUTPUT_UNITS:
        name = output_named(name)  # `黄金4463公斤,增长2.6%;原煤110万吨` (r31 贞丰 2010): a product's output
    if q.unit == "名次":
        # the verb before a rank's scope: `增幅居全省第一位` (news.xna8.com 娄底 2015) → `增幅全省排名`
        name = _RANK_VERB_BEFORE_SCOPE.sub("", name) or name
        name = _RANK_VERB_BEFORE_CITY.sub("", name)
        name = _RANK_VERB_INSIDE.sub("", name) or name
        name = _RANK_WON.sub("", name) or name  # `获…标杆城区第14强` (cqyz.gov.cn 渝中 2023)
        # the year of a list without 年 (`位列2023中国MEMS十大园区榜首`, 262wan.com 苏州工业园区 2023)
        name = _LIST_YEAR.sub("", name) or name
        if not _RANK_WORD.search(name):
            name = f"{name}排名"
    if q.unit == "%" and name.endswith("增") and not name.endswith(("新增", "净增")):
        name = f"{name}速"  # `规上工业增加值增 4.5%` (yongrang.cn 韶关 2024)
    if "剔除" in name or "扣除" in name:
        name = _with_exclusion_last(name)
    if "年" in name and (year := _YEAR_INSIDE.search(name)):
        # a clause's tail run into the name up to the year of the figure: `加快高新区项目建设步伐2024年上半年固定资产投资增长
        # 44.6%` (r97 阿拉善高新区 2024), `民生向暖 2023年西安高新区GDP突破3300亿元` (a 西安高新区 headline): the words
        # before the year name nothing; the year and its part are the record's period
        rest = clean_name(name[year.start() :])
        if rest and names_indicator(rest) and not names_indicator(name[: year.start()]):
            name = rest
    return name


# The place said before its figure, then a common indicator: the whole place (`二、农业全县实现农林牧渔业总产值42.77亿元`,
# r497 洛南 2020 bulletin, its heading run in), or a place named, then its verb (`沈阳市县域地区(包含康平县、法库县新民市)
# 实现地区生产总值443.9亿元`, r189; `高新区(滨江)实现规上工业增加值771.1亿元`, r467). What stands before it is the
# sentence's subject or a heading, never part of the name. (A place's name ends in its level or `区`, an aside after it
# may say what it holds. Not a scenic spot's or a park's: `景区实现旅游收入`, `园区累计完成规上工业产值184亿元` (a seed)
# are theirs, not the place's totals; nor a sector's part: `战略性新兴产业(制造业部分)实现规上工业产值`, r359 松江.)
_PLACE_SAID = re.compile(
    r"全[县市区旗镇乡州盟](?:实现|完成|累计)?"
    r"|(?<=[县市区旗镇乡州盟])(?<!景区)(?<!园区)(?:[（(][^()（）]{1,30}[)）])?(?:共|累计)?(?:实现|完成)"
)
# (nor what a part adds to the whole's growth, `第二产业拉动全县GDP增长1.94个百分点`, r14 缙云, `第一产业对全县地区生产总值
# 的贡献率为6.6%`, 沅陵 2020; nor what a place became,
# `成为全市第8个地区生产总值突破千亿大关的区县`, r273 永川)
# (nor a holiday's, `十一黄金周期间全区共接待国内外游客190.1万人次`, f18 市南: not the place's year)
_NOT_BEFORE_PLACE = re.compile(r"[占比较、和与及对,，]|高于|低于|高出|超过|拉动|贡献|成为|发展成|期间|黄金周|假期|长假")
# (an aside in brackets and a heading's number say nothing of a comparison: `…地区(包含康平县、法库县新民市)`, `二、农业`)
_HEAD_ASIDES = re.compile(r"[（(][^()（）]*[)）]|^\s*[一二三四五六七八九十\d]{1,2}\s*[、.．]")


def _after_place_said(before: str) -> str:
    """The words after a place said before a common indicator, when those before it name none."""
    for m in reversed(list(_PLACE_SAID.finditer(before))):
        head, rest = before[: m.end()], before[m.end() :]
        if (
            before[: m.start()].strip()
            and names_indicator(rest)
            and not names_indicator(head)
            and not _NOT_BEFORE_PLACE.search(_HEAD_ASIDES.sub("", head))
            and not rest.startswith("第")
        ):
            return rest
    return before


_YEARLY_OUTPUT = re.compile(r"年产(?![值量能])")
_SOWN_END = re.compile(r"(?:种植|播种|总播)$")
_YEAR_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![是为比较于与到至从由自])(?:19|20)\d\d年(?!的|以来|至|到|-|—)"
)
# (not a word of its own: `到位资金`, `到账外资`, `到港`, `到户`, `到期`)
_TO_OPENS = re.compile(r"到(?![位账帐港户村岗期店访货场人校会达底末])(?=[\u4e00-\u9fff]{3})")


# What a figure leaves out, said inside its name: `一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%` (r236 龙井
# 2026), `…剔除留抵退税因素后增长`. The indicator is the rest; the exclusion qualifies it, in brackets after it.
_EXCLUSION = re.compile(
    r"(剔除|扣除)([\u4e00-\u9fff]{2,20}?因素|[\u4e00-\u9fff]{2,12}?)(?:的)?(?:影响)?后?(?=同口径|可比|同比|增|下降|$)"
)


def _with_exclusion_last(name: str) -> str:
    m = _EXCLUSION.search(name)
    if m is not None and m.start() == 0 and name[m.end() :] == "增速":
        return ""  # `…收入5.2亿元,剔除留抵退税因素后增长8.2%`: the rate of the sentence's subject
    if m is None or m.start() < 2:
        return name
    return f"{name[: m.start()]}{name[m.end() :]}({m.group(1)}{m.group(2)})"


_HEADING_GAP = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s+(?=[\u4e00-\u9fff]{2})")
_MONEY_UNITS = frozenset(("元", "万元", "亿元", "美元", "万美元", "亿美元"))
_FUNDS_AFTER = re.compile(
    # (and what it is, before a word on it: `21亿元产业基金的资本赋能`, `180亿元合同投资的规模效应`, chaxiaohao.com 东乡 2025)
    r"的?([\u4e00-\u9fff]{0,10}?(?:资金|补助|补贴|奖补|奖励金|贷款|基金|经费|专项债券?|合同投资|协议投资))"
    r"\s*(?=$|[、和及用，,。；;]|的)"
)
_FUNDS_VERB = re.compile(
    r"(?:发放|整合|落实|下达|拨付|设立|筹集|争取|兑现|申请|申报|投入|统筹|撬动|安排|使用|发行|募集|获得|争得|带动|吸引)\s*$"
)
# Money put in, named only by the verb, and what it is for, said after it (`投入6758.7萬元實施裝備建設`, 8037eee.com 平和
# 2017; `安排7.5万元用于下岗、复员志愿者养老保险接续`, dzlps.cn 道县 2019).
_BARE_PUT = re.compile(r"还?(?:计划)?(投入|投资|安排|拨付|下达|筹措|筹集)(?:资金)?")
_PURPOSE_AFTER = re.compile(r"\s*(?:用于|实施|开展|推进|推动|改善)\s*([^，,。；;]{2,24}?)\s*$")
_PURPOSE_COUNT = re.compile(r"\d+(?:\.\d+)?\s*[余多]?\s*[个所项座条处家批]")


def _money_for(before: str, after: str) -> str:
    """`投入8110万元实施808个基础设施建设` → `基础设施建设投入`; `安排…万元用于…接续` → `…接续资金`; or ""."""
    verb = _BARE_PUT.fullmatch(clean_name(re.split("[,，]", before)[-1]))
    purpose = _PURPOSE_AFTER.match(_FOOTNOTE.sub("", after)) if verb else None
    if not verb or not purpose:
        return ""
    what = _PURPOSE_COUNT.sub("", purpose.group(1)).strip()
    if _NEXT_FIGURE.search(what) or len(what) < 2:
        return ""
    return what + (verb.group(1) if verb.group(1) in ("投入", "投资") else "资金")


# Units of a product's output, and words that say a name is already a measure or an act, not a product.
_OUTPUT_UNITS = frozenset(("吨", "万吨", "公斤", "千克", "万千克", "斤", "万斤", "亿斤"))
_NOT_A_PRODUCT = re.compile(
    r"量|产|用|消费|排放|减排|能力|规模|储备|收购|种植|播种|面积|销售|出口|进口|运输|吞吐|处理|回收|节约|节能|消耗"
    r"|出栏|存栏|总|增|减|新|完成|达|供|生产|利用|处置|削减|降低|下降|每|人均|单位|标准|交易|采购|调|运|售|收"
    # what is handed out is no output (`免费发放蔬菜种子362.5公斤`, nfcpscxx 璧山)
    r"|发放|投放|分发|施用|捐|赠|配送"
)
_PRODUCT_MAX = 8


def output_named(name: str) -> str:
    """A product's name, its figure in a weight: the product's output (`原煤` → `原煤产量`); a measure stays itself."""
    if _NOT_A_PRODUCT.search(name) or len(name) > _PRODUCT_MAX:
        return name
    return f"{name}产量"


def is_output_unit(unit: str) -> bool:
    return unit in _OUTPUT_UNITS


_ASIDE_AFTER = re.compile(r"\s*[（(][^()（）]{5,}")


# A name in quotes is a phrase of its own: `总投资210亿元的75个“两重一实”项目` (heb-chengxin.com, 2020),
# `其中“双竞赛”项目13个` (cdtywh.com 献县 2021).
_QUOTED_AHEAD = re.compile(
    r"\s*[“\"「]([^”\"」，,。；;]{1,12})[”\"」]\s*([\u4e00-\u9fff]{1,16}?)(?=\s*中?(?:$|[，,。；;、]|扎实|稳步|顺利|全面|已|正在|集中))"
)
_QUOTED_BEHIND = re.compile(r"[“\"「]([^”\"」，,。；;]{1,12})[”\"」]\s*$")
# ... the same, after words counted, the words after the quotes possibly none (`区级“家门口的好去处”、18个…`)
_QUOTED_RUN_ON = re.compile(
    r"[“「]([^”」，,。；;]{1,12})[”」]\s*([\u4e00-\u9fff]{0,8}?)(?=\s*(?:$|[，,。；;、]|扎实|稳步|顺利|全面|已|正在|集中))"
)
_QUOTED_TAIL_MAX = 6
_GENERIC_COUNTED = re.compile(r"(?:项目|工程|行动|活动|企业)")
# A count's name that is its generic thing, a word before it or its number after it: `入库项目`, `企业全年数量`.
_GENERIC_HEAD = re.compile(
    r"(?:[\u4e00-\u9fff]{2})?(?:项目|工程|行动|活动|企业)(?:全年|年度)?(?:数量|总数|个数)?"
)
_BARE_INVESTMENT = re.compile(r"(?:累计)?(?:完成|实现)?(?:总)?投资(?:额)?")


# A quoted term just before a clause, with the words before it back to the last stop; those words only say which
# (a level, a place, `新增`, `其中`), so that a slogan after a verb (`实现“开门红”`, `确保“两化”搬迁`) is left out.
_QUOTED_OPENS = re.compile(r"(?P<lead>[\u4e00-\u9fff]{0,10})[“「](?P<term>[^”」，,。；;、\s]{2,10})[”」]$")
_ATTRIBUTE_LEAD = re.compile(
    r"(?:其中|新增|全[县区市镇旗]|园区|开发区|(?:国家|省|市|州|县|区)级?(?:以上)?|[\u4e00-\u9fff]{1,6}[县区市旗])+"
)
_PLAN_NAME = re.compile(r"[十九八七六]{1,2}五")
_PLACE_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}(?<!全)[县区市旗]")
_WORD_START = re.compile(r"[\u4e00-\u9fff]")
# A multiple of the level at a plan's end, the plan's name in quotes: `是“十一五”末的近2倍` (a page of the last sweep).
_PLAN_BEHIND = re.compile(r"是\s*[“\"]\s*(十[一二三四五六]五)\s*[”\"]\s*$")
_PLAN_END_ALONE = re.compile(
    r"期?末|底|时期|期间|"
)  # (`是“十一五”的3.8倍`, r199 静海 2016: the plan's years)


def with_quoted_name(name: str, phrase: str, before_start: int, q: Quantity, behind: str, ahead: str) -> str:
    """A count's name with the quoted name of what it counts (`“双竞赛”项目`, `专精特新“小巨人”企业`); a multiple's
    with the quoted plan whose end is its base (`是“十一五”末的近2倍` → `是十一五末`)."""
    if (
        q.unit == "倍"
        and _PLAN_END_ALONE.fullmatch(name)
        and (name or phrase[: q.start].strip() == "的")
        and (plan := _PLAN_BEHIND.search(behind))
    ):
        return f"是{plan.group(1)}{name}"
    if (
        q.unit == "名次"
        and _RANK_ALONE.fullmatch(name)
        and (rank := _RANK_ALONE.fullmatch(phrase[: q.start].strip().removesuffix("第")))
        and (quoted := _QUOTED_RANKED.search(behind))
    ):
        # `“综合质效和持续创新力”排名全国第五` (合肥高新区 2023), `“高新区可持续发展能力”位列全国第九`, `“知识创造和技术
        # 创新能力”及“产业升级和结构优化能力”均位列全国第三` (hainiu11.com 成都高新区 2015): the quoted things' rank
        names = "、".join(_QUOTED_PART.findall(quoted.group()))
        return f"{names}{rank.group('scope') or ''}排名"
    if (
        q.unit in _MONEY_UNITS
        and _BARE_INVESTMENT.fullmatch(name)
        and not before_start
        and _BARE_INVESTMENT.fullmatch(phrase[: q.start].strip())
        and (quoted := _QUOTED_BEHIND.search(behind))
    ):
        # `其中「双十工程」完成投资32.27亿元` (zh.wikisource.org 文成 2013 report, trad): the quoted programme's investment
        return f"“{quoted.group(1)}”{name}"
    if (
        name
        and not before_start
        and phrase.startswith(name[:1])
        and _WORD_START.match(phrase)
        and (quoted := _QUOTED_OPENS.search(behind))
        and not _PLAN_NAME.fullmatch(quoted["term"])
        and _ATTRIBUTE_LEAD.fullmatch(quoted["lead"])
        and quoted["term"] not in name
        and not _GENERIC_HEAD.fullmatch(name)
    ):
        # the clause opens after a quoted term that qualifies its name, the term led by words saying which
        # (`全县“四上”总量达到588家`, `新增“四上”单位190家`, r301 京口 2024; `园区“六类企业”总收入达到210亿元`, r173 延庆)
        # (a place alone before the quotes is the record's own: `横县“立市献礼”工程重大项目共50个`, r299 横县)
        lead = "" if _PLACE_LEAD.fullmatch(quoted["lead"]) else clean_name(quoted["lead"])
        return f"{lead}“{quoted['term']}”{name}"
    if not is_count_unit(q.unit):
        return name
    tail = phrase[q.end :].strip()
    if (
        tail
        and len(tail) <= _QUOTED_TAIL_MAX
        and name.endswith(tail)
        and _WORD_START.fullmatch(tail[-1])
        and (m := _QUOTED_RUN_ON.match(ahead))
    ):
        # the words counted run on into a quoted name the clause stops at (`完成1.4万户乡村“美丽庭院”建设`, `推进18个
        # 社区“宝宝屋”扩优提质`, shanghai.gov.cn 崇明 2025; `250个社区托育“宝宝屋”托额`, r148 长宁 2024)
        return f"{name}“{m.group(1)}”{m.group(2)}"
    if not name and not tail:
        # the count ends its phrase: the quoted thing counted follows
        m = _QUOTED_AHEAD.match(ahead)
        if m:
            return f"“{m.group(1)}”{m.group(2)}"  # the quotes stay, as the text writes the name
        m = _QUOTED_BEHIND.search(behind)
        if m and not phrase[: q.start].strip():
            # `新认定国家专精特新“小巨人”4家` (dtxww.com 东台经济开发区 2024): the quoted thing counted stands before
            lead = clean_name(_WORDS_BEFORE_QUOTE.search(behind, 0, m.start()).group())
            return f"{lead}“{m.group(1)}”"
        return name
    if _GENERIC_HEAD.fullmatch(name) and not before_start and phrase.startswith(name):
        # `“双竞赛”项目13个`: the quotes name which projects; (`专精特新“小巨人”企业全年数量达到80家`, `年度新增“两区”入库
        # 项目不少于400个`, chujupifa.com 丰台 2025) which firms or projects a count is of
        m = _QUOTED_BEHIND.search(behind)
        if not m:
            return name
        # and the words before the quotes, in its clause: `专精特新“小巨人”企业6家` (jingyuhuahui.com 晋江 2024)
        lead = clean_name(_WORDS_BEFORE_QUOTE.search(behind, 0, m.start()).group())
        return f"{lead}“{m.group(1)}”{name}"
    return name


# A rank said with no name of what is ranked: `排名全国`, `位居全省`, `排名` (or nothing before `第五`)
_RANK_ALONE = re.compile(
    r"均?(?:排名|排位|位居|位列|名列|居|列)?(?P<scope>全国|全省|全市|全州|全地区|全区|全县|全盟)?(?:排名|排位|位次)?"
)
_QUOTED_PART = re.compile(r"[“\"「]([^”\"」，,。；;]{1,12})[”\"」]")
_QUOTED_RANKED = re.compile(
    r"(?:[“\"「][^”\"」，,。；;]{1,12}[”\"」]\s*(?:及|和|与|、)\s*)*[“\"「][^”\"」，,。；;]{1,12}[”\"」]\s*$"
)
_WORDS_BEFORE_QUOTE = re.compile(r"[\u4e00-\u9fff]{0,12}$")


# `工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一` (szb.jinrifangxian.com 房县 2018): the rank is of the
# indicators listed before their count.
_INDICATOR_COUNT_AFTER = re.compile(r"\s*(?:项|个)?\s*(?:主要)?(?:经济)?指标")


def rank_of_listed(name: str, phrase: str, kept: list[Quantity], index: int, q: Quantity) -> str:
    """A rank named `指标…` after a count of indicators is the rank of the indicators listed before it."""
    if q.unit != "名次" or not index or not name.startswith("指标"):
        return name
    count = kept[index - 1]
    if not is_count_unit(count.unit) or not _INDICATOR_COUNT_AFTER.match(phrase, count.end):
        return name
    listed = clean_name(phrase[kept[index - 2].end if index > 1 else 0 : count.start])
    return f"{listed}{name.removeprefix('指标')}" if listed else name


# `总量在全省91个县(市)中继续排名第一` (qiantufanwen.com 泽州 2023): the rank of what stands before the field.
_FIELD_TO_RANK = re.compile(
    r"\s*(?:[（(][^()（）]{1,6}[)）])?\s*中\s*(?:继续|仍|再次|稳居|始终)?\s*(?:排名|位列|位居|排|居)?\s*$"
)
_SCOPE_END = re.compile(r"在?\s*(全国|全省|全市|全州|全地区|全区|全盟)\s*$")


def rank_in_field(name: str, phrase: str, kept: list[Quantity], index: int, q: Quantity) -> str:
    """A rank among peers counted just before it (`在…N个县中排名`) is named after what the peers are ranked on."""
    if q.unit != "名次" or not index:
        return name
    field = kept[index - 1]
    gap = phrase[field.end : q.start]
    if not is_peer_count(phrase, field) or not (
        _FIELD_TO_RANK.fullmatch(_COUNTED_TAIL.sub("", gap)) or _PEERS_THEN_RANK.fullmatch(gap)
    ):
        return name
    before = phrase[kept[index - 2].end if index > 1 else 0 : field.start]
    scope = _SCOPE_END.search(before)
    own = clean_name(before[: scope.start()] if scope else before)
    own = (
        _RANK_VERB_TAIL.sub("", own) or own
    )  # `GDP增速连续两年保持全省…第1位`: how it holds the rank is no name
    return f"{own}{scope.group(1) if scope else ''}排名" if own else name


_COUNTED_TAIL = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?=[（(]|中)")
_RANK_VERB_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:连续(?:\d+|[两二三四五六七八九十]+)年)?(?:继续|仍然|仍|稳|均|始终)?"
    r"(?:保持|位居|位列|名列|排名|排在|稳居|处于|居|列|排)?$"
)
# the peers, then their rank (`保持全省136个县市区第1位`, dzrb 广饶 2024)
_PEERS_THEN_RANK = re.compile(r"\s*[\u4e00-\u9fff]{1,6}\s*")


_OF_NAME = re.compile(r"\s*的\s*([\u4e00-\u9fffA-Za-z]{2,16})\s*$")
_NOT_AN_INDICATOR = re.compile(
    r"基础|目标|任务|水平|规模|幅度|速度|成绩|好成绩|历史|新高|大关|台阶|增长|年度|项目|企业"
)
_RATE_AFTER = re.compile(r"\s*的?\s*(?:增长率|增速|增幅)")
_RATE_NAME_END = re.compile(r"(?:增速|增幅|增长率|率|比重|占比)$")
_AREA_UNITS = frozenset(("亩", "万亩", "公顷", "万公顷"))
# A verb alone before an area or a length of work: what was done is named after the figure.
_BARE_WORK_VERB = re.compile(
    r"已?(?:严守|坚守|守住|实施|形成|开发|整治|治理|改造|新建|建成|建设|修建|铺设|硬化|推广|恢复|完成)了?"
)
_ACTED_ON_AREA = re.compile(r"(?:对|在|为|完成|实施|推广|落实)\s*$")


# A news dateline before the first words: `株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂)`.
_YEAR_BEFORE_PART = re.compile(r"^(?:19|20)\d\d(?=全年|上半年|下半年|前三季度|[一二三四]季度)")
_ITEM_NUMBER = re.compile(r"^\d{1,3}[ \t　]+(?=[\u4e00-\u9fff])(?![个家项亿万元名人户千百年月日])")
# The plan's word before a change (`预期目标增长`, `预期增长`); not a name that ends with it (`经济增长预期目标`, r134).
_PLANNED_CHANGE = re.compile(r"(?<=[\u4e00-\u9fff]{2})预期(?:目标)?(?=增长|增速|增幅|下降)")
# An item's number after a space, inside a line that runs a list's items together: ` 1.`, ` 一、`.
_INLINE_ITEM = re.compile(r"(?<=\s)(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、](?!\d)\s*(?=[\u4e00-\u9fff])")


def _last_inline_item(raw: str) -> int:
    """Where the text after the last inline item number starts (_INLINE_ITEM), else 0."""
    found = 0
    for m in _INLINE_ITEM.finditer(raw):
        found = m.end()
    return found


_DATELINE = re.compile(r"^[^，。]{0,12}?(?:讯|电)\s*[（(][^)）]{0,40}[)）]")
# Asides inside a name: `地区生产总值同比(下同)增长`, `规上工业增加值（初步核算）`, an abbreviation
# (`地区生产总值(GDP)`, https://71584.cn/… 湖南 county statistics).
_ASIDE = re.compile(
    # and what a total leaves out (`固定资产投资(不含农户)`, epaper.beiww.com 雅安 2024; `规上工业总产值(不含军工)`,
    # hkfckyy.com 2025)
    # (`地区生产总值比上年增长(按可比口径计算)2.3%`, ilynn.cn 2018 banner bulletin)
    # (an abbreviation given: `地区生产总值 (简称“GDP”)`, f21_p01 武昌 2023 table)
    r"[（(](?:下同|初步核算|预计|快报|现价|不变价|[A-Za-z&]{2,8}|不含[^()（）]{1,8}|按[^()（）]{1,10}计算|\s*-?\d+(?:\.\d+)?%\s*"
    r"|简称\s*[“\"]?[^()（）“”\"]{1,10}[”\"]?)[)）]"
    r"|(?:同比|可比)(?=[（(]|增长|下降|增幅)"
    # last year's level before a change (`比上年1.46万担增收0.66万担`, tobaccochina.com.cn 天柱 2013)
    # (`比上年同期11059.3万元增20949.1万元`, mg7199.com 双江 2014)
    r"|(?:(?<=[比较][上去]年)|(?<=[比较][上去]年同期))\s*\d+(?:\.\d+)?\s*[万亿]?[\u4e00-\u9fff]{1,2}?"
    r"(?=增收|增产|增加|减少|减产|增长|下降|提高|[增减](?![\u4e00-\u9fff]))"
)


_FOOTNOTE = re.compile(r"[\[［]\s*\d{1,2}\s*[\]］]?")


_CHANGE_WORDS = frozenset(("增长", "下降", "提高", "减少", "降低", "上升"))
_RATE_LOST_UNIT = re.compile(r"^(?:增长|下降|提高|减少|降低|上升)\d+(?:\.\d+)?(?=[\u4e00-\u9fff]{2})")
_RANKED_IN_SCOPE = ("排名全国", "排名全省", "排名全市", "排名全区", "排名全县")
_RANK_THEN_SCOPE = re.compile(r"排名(全[国省市区县])$")


@lru_cache(
    maxsize=4096
)  # pure; a name's words recur (in the real documents, nearly half the calls repeat one)
def clean_name(raw: str, lead_filler: re.Pattern[str] = _LEAD_FILLER) -> str:
    """An indicator name without asides, datelines, inner verbs and the filler at its ends."""
    if raw[:1].isdigit():
        # `1 地区生产总值增长6.5%左右。`: a task table's item number (bzqc.gov.cn 谯城 2025); a year written without
        # 年 before the part of it (`2025全年工业开票销售`, 360elib.com 高邮高新区 2025)
        raw = _YEAR_BEFORE_PART.sub("", _ITEM_NUMBER.sub("", raw))
    if " " in raw and (item := _last_inline_item(raw)):
        # `…重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右` (f21_p02 海盐 2022, a task list run into
        # one line): the name starts after the last item's number
        raw = raw[item:]
    name = _DATELINE.sub("", SPACES.sub("", raw))
    if "预期" in name:
        # `——全年地区生产总值预期目标增长6.5%` (f21_p01 武昌 2023): the plan's word names no other measure
        name = _PLANNED_CHANGE.sub("", name)
    if name[:2] in _CHANGE_WORDS:
        # `牛肉产量5.3万吨,下降6.5羊肉产量0.7万吨` (r189 沈阳 2023): the rate before, its `%,` lost, is no part of it
        name = _RATE_LOST_UNIT.sub("", name)
    if "比" in name or "(" in name or "（" in name or "不含" in name:  # every aside holds one
        name = _ASIDE.sub("", name)
    if "[" in name or "［" in name:
        # a footnote's mark (`地区生产总值(GDP)[2]完成`, ilynn.cn 长顺 2016 bulletin)
        name = _FOOTNOTE.sub("", name)
    name = _FROM.sub("", _INNER_VERB.sub("", name))
    if "到" in name or "至" in name or "由" in name or "从" in name:
        name = _FROM_LEVEL.sub("", name)
    # `此次集中开工的项目共11个` (he.people.com.cn 景县 2023): the projects named by their event
    if "的" in name:
        name = _EVENT_OF.sub("", name)
    if "、" in name and ("等" in name or "大" in name):
        name = _without_examples(name)
    for _ in range(3):
        stripped = _without_tail_filler(lead_filler.sub("", name))
        if stripped == name:
            break  # nothing more to strip: another round would change nothing
        name = stripped
    # (a stray full stop left before a name: `,.牛存欄10.83萬頭`, m.mg7199.com 元阳)
    # (and a pause mark left once an aside's unmatched close is cut: `…(不含袁州医药工业园,下同)、主营业务收入26.9亿元`, f20
    # 宜春经开区 2008)
    name = _balanced(name.strip(_STRIPPED).lstrip(".")).lstrip("、")
    if name[-1:] in "年度":
        # the year the figure is of, said between the name and its verb (`全部财政收入2016年完成25.1亿元`, f18 正定
        # 2018): the record's period says it
        name = _YEAR_AT_END.sub("", name)
    if name.endswith(_RANKED_IN_SCOPE):
        # `总量排名全市第四` (r205 兴县 2019): a rank is named with its scope first, `…总量全市排名`
        name = _RANK_THEN_SCOPE.sub(r"\1排名", name)
    if len(name) > _INDICATOR_MAX and "分别" not in name:
        # (a list before `分别` is cut into its items later, whole: `上林县地区生产总值、财政收入、全社会固定资产投资分别
        # 是2002年的3.3倍、3.5倍、11倍`, r237 上林 2013, lost its place's first characters, not its place)
        name = _cut_to_limit(name)
    return name if _WORD_CHAR.search(name) else ""


# Where a name too long may be cut: after a pause or a clause mark, never inside a word.
_CUT_AFTER = frozenset("、,，;；:：")


def _cut_to_limit(name: str) -> str:
    """A name too long keeps its last items or clause, whole, from the mark before the limit on; cut at a fixed length it
    would start mid-word (`般公共预算收入增速、…税比六县(市)排名`, r315 文县 2023; `发和零售业、…`, r392 大武口 2022), and
    with no mark before it, it is one phrase, kept whole (`一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长`,
    r422 漾濞 2023)."""
    cut = len(name) - _INDICATOR_MAX
    at = max(name.rfind(mark, 0, cut + 1) for mark in _CUT_AFTER)
    return name[at + 1 :]


# The end of a list of examples inside a name: `…等` or a count of them (`生物医药、纳米技术应用、人工智能三大新兴产业`).
_EXAMPLES_END = re.compile(r"、[^、，,。；;]{1,24}?(等|(?=[两二三四五六七八九十几]大))")
# What the examples name, when it is a group of indicators, keeps them (`社会消费品零售总额、…等主要指标增速`).
_INDICATORS_NAMED = re.compile(r"(?:\d+|[两二三四五六七八九十几多]+)?\s*(?:项|个)?(?:主要)?(?:经济)?指标")
# The verb a list of examples follows inside a name: `新开工联合飞机、远洋智能模块、浦创电子等10亿元以上项目`.
_BEFORE_EXAMPLES = re.compile(
    r"(?:新开工|新竣工|开工|竣工|新引进|引进|招引|新签约|签约|实施|推进|落地|培育|新培育|建成|新建|新增|新认定|认定"
    r"|打造|荣获|获得|获评|促成|入选|争创|创成)"
)


def _without_examples(name: str) -> str:
    """`引进中国融通、日本神户医疗等重大产业项目` (843eoz.cn 天府新区 2022) → `引进重大产业项目`: the firms,
    projects or parks listed as examples are not the thing measured, the group after them is."""
    end = last_match(_EXAMPLES_END, name)
    if end is None:
        return name
    rest = name[end.end() :]
    if rest.startswith("地") and not rest.startswith(("地区", "地方")):
        rest = rest[
            1:
        ]  # `前往上海、广州…等地拜访企业` (360elib.com 高邮高新区 2025): places visited, then what was done
    elif rest.startswith("国") and not rest.startswith(("国内", "国际", "国有", "国民", "国家级")):
        # `向缅甸、吉尔吉斯斯坦等国输送建筑与安装务工人员164人` (gansu.gscn.com.cn 靖远 2016): countries sent to
        rest = rest[2:] if rest.startswith("国家") else rest[1:]
    if len(_CJK.findall(rest)) < 2 or _INDICATORS_NAMED.match(rest):
        return name
    head = name[: name.index("、")]
    verb = last_match(_BEFORE_EXAMPLES, head)
    return (head[: verb.end()] if verb else "") + rest


_CJK = re.compile(r"[\u4e00-\u9fff]")


# (not a base year: `分别是2002年的3.3倍`, `比2015年`)
_YEAR_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![是为比较于与到至从由])(?:19|20)\d\d年度?$")
# Marks stripped from both ends of a name; a bracket only when it has no partner inside (`限额以上企业(单位)35户`).
_STRIPPED = "《》【】[]<>“”\"'·-—*" + BULLETS  # (`●营业收入13977.46亿元`, sc.sina.com.cn 2021: a bullet)
_OPENING, _CLOSING = "(（", ")）"


def _balanced(name: str) -> str:
    """`name` without the brackets at its ends that close or open nothing within it."""
    while name and name[0] in _OPENING + _CLOSING and not (name[0] in _OPENING and _closes(name, 0)):
        name = name[1:].strip(_STRIPPED)
    while name and name[-1] in _OPENING + _CLOSING and not (name[-1] in _CLOSING and _opens(name)):
        name = name[:-1].strip(_STRIPPED)
    # an aside cut open by a list's `、` inside it (`35个家庭农场(含种养大户、其他涉农经营主体)发展…项目100个`,
    # qichongchong.cn 慈利 2017): the name ends before its opening, or starts after its closing
    depth, cut = 0, -1
    for at, ch in enumerate(name):
        depth += ch in _OPENING
        if ch in _CLOSING:
            depth -= 1
            if depth < 0:
                depth, cut = 0, at
    if cut >= 0 and len(name) - cut > 2:
        name = name[cut + 1 :]
    if depth > 0 and not _closes(name, (opened := _last_open(name))) and opened >= 2:
        name = name[:opened]
    return name


def _last_open(name: str) -> int:
    return max(name.rfind(ch) for ch in _OPENING)


def _closes(name: str, at: int) -> bool:
    depth = 0
    for ch in name[at:]:
        depth += ch in _OPENING
        depth -= ch in _CLOSING
        if depth == 0:
            return True
    return False


def _opens(name: str) -> bool:
    return sum(ch in _OPENING for ch in name) >= sum(ch in _CLOSING for ch in name)


def _without_tail_filler(name: str) -> str:
    """`_TAIL_FILLER.sub("", name)`, the pattern tried only where the run of its characters ending the name starts."""
    start = len(name)
    while start and (name[start - 1] in _TAIL_FILLER_CHARS or name[start - 1].isspace()):
        start -= 1
    if start == len(name):
        return name
    m = _TAIL_FILLER.search(name, start)
    return name if m is None else name[: m.start()] + name[m.end() :]


_OUTPUT_END = re.compile(r"总?产值$")
# A name that is only a target: the target of the sentence's subject.
# (`占全年招商任务8亿元的68%`, gabgabhouse.com 余庆: the year's task, named by what it is a task of)
# (`完成州政府下达任务数132.63亿元的90.8%`, cxztzcjw.cn 吉首经开区 2018: a task handed down by a government)
BARE_TARGET = re.compile(
    r"(?:[市省州县区](?:政府)?|上级)?(?:下达)?的?(?:年度|全年|年)?(?:目标|计划)(?:任务)?数?"
    r"|(?:年度|全年|年)(?:招商|投资)?任务数?|(?:[市省州县区](?:政府)?|上级)(?:下达|分配)的?(?:年度|全年|年)?任务数?"
)
# A stage of a budget named alone (`完成年初预算65200万元的96.57%`, `占调整预算数539267万元的99.6%`), and the item a
# budget is of, with the stage it was named with (`一般公共预算收入预算数`): budget reports and audits.
_BUDGET_STAGE = r"(?:年初|调整)预算数?|预算(?:调整)?数"
_BUDGET_STAGE_ALONE = re.compile(rf"(?:完成|占)?(?P<stage>{_BUDGET_STAGE})")
_BUDGET_ITEM = re.compile(rf"(?P<item>.{{2,}}?(?:收入|支出))(?P<stage>{_BUDGET_STAGE})?")
# What the item came to, said alone after its budget (`实际完成`, `实际支出`: the side of the account it names).
_ACTUAL_ALONE = re.compile(r"实际(?:完成|实现)?(?P<side>(?:收入|支出)?)")
# A bare name that is the other side of the subject's account: `支出` after `一般预算收入`.
_COUNTERPARTS = {"支出": ("收入", "支出"), "进口": ("出口", "进口"), "出口": ("进口", "出口")}
_BARE_NAMES = frozenset(("总数", "总量", "总额", "总计", "累计", "净增", "新增"))
# A measure named alone after another measure of one thing (https://71584.cn/… 湖南 county, qiantufanwen.com 泽州).
# (`全县蔬菜生产总面积达到15.1万亩,年产量99万吨`, baogaosu 平泉 2014: the vegetables' yearly output)
# (`粮食…播种面积…,总产104.4万吨`, r220 肇东 2002: the crop's output, said short)
# (and what a product's trade has: `潜江龙虾从业人员过20万人,养殖面积达90万亩,…全产业链产值过600亿元,品牌价值过250亿元`,
# f19 潜江; `德化现有陶瓷企业2600多家,从业人员10多万人`, f19 德化: the same product's, the same trade's)
_BARE_MEASURES = frozenset(
    (
        "产量",
        "总产量",
        "总产",
        "单产",
        "年产量",
        "总产值",
        "产值",
        "年产值",
        "播种面积",
        "种植面积",
        "养殖面积",
        # (an orchard's bearing area and yield per mu after its planted area: `红枣种植面积达28.58万亩,挂果面积16.26万亩,
        # 平均亩产214公斤,总产量达到3.48万吨`, f24_p08 温宿 2010; each passes the crop on to the next)
        "挂果面积",
        "结果面积",
        "投产面积",
        "收获面积",  # (`全年粮食收获面积38.14万亩、产量14.31万吨`, f20 金寨 2024)
        "亩产",
        "平均亩产",
        "从业人员",
        "品牌价值",
    )
)
# (a yearly measure keeps its 年 with it: `茶叶年产量440吨,年产值达8354万元`, hi.chinanews.com.cn 白沙 2022; `茶叶年产量
# 32万余担,年产值5亿余元`, cdmpp.com 鹤峰 2020)
_MEASURED_HEAD = re.compile(
    r"(?:生产)?(?:(?<![全当今去])年)?(?:播种面积|种植面积|养殖面积|(?:挂果|结果|投产|收获)面积|栽植面积|(?:平均)?亩产|总?面积|增加值|(?:全产业链)?(?:总产值|产值)|总产量|产量|总产|单产"
    r"|从业人员|品牌价值)$"
)
# The firms of a trade, counted before its workers (`陶瓷企业2600多家,从业人员10多万人`): the trade's.
_TRADE_FIRMS = re.compile(r"(?:生产)?企业$")
# A list of places standing for the name of the figure it passes: `桑墟、贤官工业开票销售收入先后突破百亿元,李恒、青伊湖、
# 刘集等乡镇相继突破60亿元` (f19 沭阳): the towns' figure is the one just named, without the places that had it, named as the towns'.
_PLACES_PASSING = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}、)*[\u4e00-\u9fff]{0,4}?等?(?P<kind>乡镇|镇|街道|园区)(?:相继|先后|均|也|都)"
)

_NEW_PREFIX = re.compile(r"^(?:新增|净增|新培育|新认定|新引进|新招引)")


# A share in per cent or in tenths (`占全市比重近3成`, r56 中山火炬 2023).
_SHARE_UNITS = frozenset(("%", "成"))


def with_subject(name: str, subject: str, q: Quantity, ranked: str = "") -> str:
    """A rank or comparison names its subject only once per sentence: `地区生产总值增长1.6%，…排名第5` ranks the
    growth rate (`地区生产总值增速…排名`)."""
    if not name or not subject or subject in name:
        return name
    if q.unit == "名次":
        # a share of the wider area's total orders the places as their levels do: the rank after it is the level's
        # (`规模以上工业总产值占绥化市的40%,在全省县(市)位居第2位`, r220 肇东 2002; `固定资产投资…占全盟投资比重的47.6%,
        # 总量居全盟第一`, r97 阿拉善高新区 2024; `地区生产总值…占全市总量的31.6%,居青岛各区市之首`, f15 西海岸新区 2023)
        subject, ranked = _before_share(subject, _SHARE_OF_WIDER), _before_share(ranked, _SHARE_OF_WIDER)
        if name in ("增速排名", "增幅排名") and (size := _SIZE_RANK.fullmatch(subject)):
            # `总量居全盟第一、增速第二` (r97): the rate's rank in the same scope as the level's
            return f"{size['level']}{name[:2]}{size['scope']}排名"
    if name.startswith(("占", "总量占")) and q.unit in _SHARE_UNITS:
        # `…产值…，占规模工业产值的比重达51.8%`; `完成高技术制造业增加值同比下降14.5%,总量占全区规上工业增加值
        # 65.7%` (amberdms.com 1~3月 2023); a share after a share is of the same thing, not of the first share
        # (`种植面积占全市的23%,占全省的12%`, f24_p14 岷县 2010)
        return _before_share(subject, _SHARE_OF_ANY) + name.removeprefix("总量")
    if q.unit == "名次" and name.startswith(("增速", "增幅")) and ranked.endswith(("增速", "增幅")):
        # `规模工业增加值可比价增长1.0%,…,增速位列县区第5` (tljq.gov.cn 2023): the rank of that rate, in the text's
        # own word for it (`增幅列全市第一位`, r94 nxhuan.com 陵城)
        return ranked[:-2] + name[:2] + _RANK_VERB.sub("", name[2:])
    if (
        q.unit == "名次"
        and _RANK_SCOPE.match(name)
        and ranked.endswith("增速")
        and not _OWN_LIST.search(name)
        # (`同比增长13.1%,总量居苏州第6`, f24_p16 吴江 2020: the level's rank, not the rate's; `总量苏州` reads as a city)
        and not name.startswith("总量")
    ):
        return ranked + name  # (but `位列全国投资潜力百强县30强`, r109 平阳 2021, is a list of its own)
    if q.unit == "名次" and name.startswith("增量") and _NEW_PREFIX.match(subject):
        # `新增规上工业企业25家,增量全市第1` (ahxx.gov.cn 萧县): the rank of that increase
        return subject + name
    if q.unit == "名次" and name.startswith("总量"):
        # `地区生产总值突破4000亿元、同比增长9.7%,总量居国家级新区第5位` (843eoz.cn 天府新区 2022): the level's rank;
        # after the rate's own rank, that rate's level (`白云地区生产总值增速排名全市第三,总量排名全市第四`, r347 白云 2019)
        level = _LEVEL_OF_RATE.sub("", _RATE_RANK_END.sub(r"\1", subject))
        return name if not level or level.endswith(_CHANGES) else level + name
    people = (
        _PEOPLE.search(subject, 0, subject.find("人均"))
        if name.startswith("人均") and "人均" in subject
        else None
    )
    if people:
        # `城镇居民人均可支配收入13050元,人均增收2011元` (fx361.cc 黔西 2010): per head of the same people
        return people.group() + name
    if q.unit == "倍" and name.startswith("是"):
        # `实现生产总值95亿元,…是2022年的2.4倍` (wnwk.com); the corpus's form keeps the text's verb and `的`
        # (`生产总值是1978年的倍数`, r196 镇远 2018)
        return f"{subject}{name}的倍数"
    if q.unit in _RANK_CHANGE_UNITS and _COMPARISON.match(name) and ranked.endswith("排名"):
        return ranked + _compared(name)  # `居全省第11位,比一季度前移4位` (jinshusy.com 2021)
    if name in _NEARING and q.unit not in ("%", "个百分点", "名次"):
        # `地区生产总值同比增长7%左右,逼近300亿元大关` (r361 霍邱 2024): the level of what grew nears the mark
        return _LEVEL_OF_RATE.sub("", subject) or name
    if _SHORT_VERB_ALONE.fullmatch(name):
        # `贫困发生率下降8.62个百分点,降至3.41%` (r221 卢氏 2019): the level the subject got to
        return _without_growth_verb(subject) or subject
    if name == "占比" and q.unit in _SHARE_UNITS:
        return _NEW_PREFIX.sub("", subject) + name  # `空气质量为优天数60天(占66.7%)`
    if BARE_TARGET.fullmatch(name.removeprefix("占")) and q.unit != "%":
        # `完成固定资产投资238.5亿元,…完成市下达年度目标293亿元`: its target; so is the target a share is of
        # (`农村劳动力转移就业7.67万人,占全年目标任务6.9万人的111.2%`, ningxiacaijing.cn 同心 2018)
        return subject + name.removeprefix("占")
    if q.unit in MONEY_UNITS and (item := _BUDGET_ITEM.fullmatch(subject)):
        if stage := _BUDGET_STAGE_ALONE.fullmatch(name):
            # `全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%` (r563 周至 2024): that item's budget
            return item["item"] + stage["stage"]
        if (actual := _ACTUAL_ALONE.fullmatch(name)) and item["item"].endswith(actual["side"]):
            # `一般公共预算收入预算数为15.39亿元,实际完成15.39亿元`, `…支出预算数为26.93亿元,实际支出24.98亿元` (r566 东湖
            # 2023): the item itself, against its budget
            return item["item"]
    if name in _COUNTERPARTS and subject.endswith(_COUNTERPARTS[name][0]):
        # `一般预算收入完成7309万元,累计支出64338万元`: the same budget's spending
        return subject[: -len(_COUNTERPARTS[name][0])] + _COUNTERPARTS[name][1]
    if name.startswith("增加值") and _OUTPUT_END.search(subject):
        return _OUTPUT_END.sub("", subject) + name  # `工业总产值21.78亿元，…，增加值9.29亿元`: that sector's
    if name == "从业人员" and (firms := _TRADE_FIRMS.search(subject)) and firms.start():
        return subject[: firms.start()] + name
    if (passing := _PLACES_PASSING.fullmatch(name)) and q.unit not in ("%", "名次"):
        # (named by the kind of places that reached it: the towns' figure is not the county's headline one)
        terms = find_terms(subject)
        if not terms:
            return name
        listed = subject[: terms[0].start]
        places = listed.rstrip("等").split("、")
        if len(places) > 1 and all(1 <= len(place) <= 4 for place in places):
            return passing.group("kind") + subject[terms[0].start :]
        return passing.group("kind") + subject
    measured = _MEASURED_HEAD.search(subject) if name in _BARE_MEASURES else None
    if measured and measured.start():
        # `粮食播种面积81.46万亩,产量36.17万吨`, `规模以上工业增加值增长14.5%,总产值突破1000亿元`: the same thing's
        return subject[: measured.start()] + name
    if is_count_unit(q.unit) and _EVENT_ONLY.fullmatch(name) and (group := _GROUP_IN.match(subject)):
        # `工业项目新开工110个、竣工投产60个` (bx2200.com 诏安 2022): the same group's other event
        return group.group() + name
    if name in _BARE_NAMES and q.unit != "%":
        # `新增高新技术企业186家，总数达到812家`; after a rate, the level of what grows: `经济增速年均保持在10%左右,
        # 总量突破100亿元` (r123 云龙 2021) is the economy's total
        return (_RATE_OF_SUBJECT.sub("", _NEW_PREFIX.sub("", subject)) or subject) + name
    if q.unit == "个百分点" and name in ("下拉经济", "下拉经济增长"):
        # `下拉经济0.1个百分点` (r293 沁水 2024 bulletin): read as a negative pull (numbers.py), named as the others
        name = "拉动经济增长"
    if q.unit == "个百分点" and _PULLS_GDP.search(name):
        return _pulled_by(name, subject)
    if q.unit == "%" and (share := _CONTRIBUTION.fullmatch(name)) and (head := _PULLS.sub("", subject)):
        # `金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%` (r293 沁水 2024): the sector just named contributes
        return f"{head}对{share.group(1)}"
    if q.unit == "个百分点" and _COMPARISON.match(name):
        # `增长3.7%,比一季度提高0.4个百分点`: the change of the rate just named, against its base
        compared = _COMPARED_RATE.match(ranked)  # (`…增速高于上半年`, then `比全市高1.7个百分点`)
        ranked = compared.group(1) if compared else ranked
        rate = ranked if ranked.endswith(("增速", "增幅")) and not _RATE_WORD.match(name) else subject
        return rate + _compared(name)
    if _COMPARISON.match(name) or (
        q.unit == "名次" and _RANK_SCOPE.match(name) and not _OWN_LIST.search(name)
    ):
        return subject + name
    if q.unit == "名次" and _BARE_RANK.fullmatch(name) and _PLAIN_SUBJECT.fullmatch(subject):
        # a rank that names only where it stands (`在全省排名由2021年第41位上升到第36位`, r317 平山; `居生态涵养区第1`,
        # r155 平谷) ranks what the sentence just named, whatever time it was named with (`前三季度…`); a streak is the
        # record's period, not its name (`农业生产总值预计完成40.7亿元,连续两年居全市第1`)
        # (after a rate, the rate's: `增长10.1%,增速高于全市平均水平0.2个百分点,居中心城区第5位`, r160 巴南)
        ranks = ranked if ranked.endswith(("增速", "增幅")) and _PLAIN_SUBJECT.fullmatch(ranked) else subject
        return _LEADING_TIME.sub("", ranks) + _STREAK.sub("", name).replace("中排名", "排名")
    return name


# A share's tail: `占<whole>比重` (`占全省比重`, `占全县GDP比重`, `占规模工业产值比重`): `种植面积占全市比重` names `种植面积`.
_SHARE_OF_ANY = re.compile(r"占[^占]{1,16}(?:比重|比例)$")


def _before_share(name: str, share_tail: re.Pattern[str]) -> str:
    """The name before a share's tail that `share_tail` finds, when a measure stands before it; else the name."""
    share = share_tail.search(name)
    return name[: share.start()] if share and share.start() >= 2 else name


_SIZE_RANK = re.compile(r"(?P<level>[\u4e00-\u9fff]{2,16}?)总量(?P<scope>[\u4e00-\u9fff()（）]{0,10}?)排名")
_SHARE_OF_WIDER = re.compile(r"占(?:全[国省市区县州盟]|[\u4e00-\u9fff]{1,4}[省市州盟])[\u4e00-\u9fff]{0,8}?(?:比重|比例)?$")
# A streak of years (`连续三年`): the record's period, not part of a rank's name.
_STREAK_YEARS = r"连续[\d一二两三四五六七八九十]{1,2}年"
_STREAK = re.compile(rf"^{_STREAK_YEARS}")
# A rank named by nothing but its scope, a kind of area (`生态涵养区`, `综合保税区中`), or nothing at all (`排名`).
_BARE_RANK = re.compile(
    rf"(?:{_STREAK_YEARS})?"
    r"(?:全[国省市区县州盟]|[\u4e00-\u9fff]{1,6}(?:涵养区|功能区|城区|都市区|保税区|区县|县区|县市区?|区市)中?"
    r"|[\u4e00-\u9fff]{2,3}(?<!全)[省市州盟])?排名"  # (a named city after a streak: `连续三年位列上海市第一`, r359 松江)
)
_LEADING_TIME = re.compile(r"^(?:前三季度|第?[一二三四]季度|[上下]半年|\d{1,2}(?:[-~～至—]\d{1,2})?月份?)")
# A subject that is one indicator's name: not a rank, a share, a change or a comparison of its own.
_PLAIN_SUBJECT = re.compile(r"(?!.*(?:占|比重|排名|增收|增加(?!值)|减少|较|比))[\u4e00-\u9fff]{2,24}")
# A rate's rank (`地区生产总值增速全市排名`): the rate, without the scope and the rank.
_RATE_RANK_END = re.compile(r"((?:增速|增幅|增长率|降幅))[\u4e00-\u9fff()（）]{0,12}排名$")


_RATE_WORD = re.compile(r"增速|增幅|降幅")
_NEARING = frozenset(("逼", "逼近", "接近", "直逼"))
_EVENT_ONLY = re.compile(rf"(?:新)?{_EVENT}")
_GROUP_IN = re.compile(r".{0,16}(?:项目|工程)")
_OWN_LIST = re.compile(r"百强|千强|强县|强区|强市|强镇|榜")
_RATE_OF_SUBJECT = re.compile(r"(?:年均|平均)?(?:增速|增幅|增长率)(?:年均|平均)?$")
_PEOPLE = re.compile(r"(?:城镇|农村|城乡|全体)(?:常住)?居民$|农民$|居民$")
_LEVEL_OF_RATE = re.compile(r"(?:增速|增幅|增长率|降幅)$")
_CHANGES = ("增收", "增加", "减少", "净增", "排名")
_PROGRESS_NAMES = frozenset(("超序时进度", "高于序时进度", "快于序时进度", "序时进度"))
_RANK_VERB = re.compile(r"位列|位居|排在|名列")
_RANK_CHANGE_UNITS = frozenset(("位", "位次", "个位次"))
_RISE = re.compile(r"增长|增加|提高|提升")
_COMPARED_RATE = re.compile(r"(.+?(?:增速|增幅))(?:较|高于|低于|快于|慢于)")
_HIGHER = re.compile(r"^[比较](.{1,8}?)(?<![提降])(高|低)$")


def compared(name: str) -> str:
    """`比全省高` → `高于全省`, `比1-4月提高` → `较1-4月提高`: a comparison as the names of the corpus write it."""
    return _compared(name)


def _compared(name: str) -> str:
    """A comparison as the names of the corpus write it: `比全市高` → `高于全市`, `比一季度提高` → `较一季度提高`."""
    higher = _HIGHER.match(name)
    if higher:
        return f"{higher.group(2)}于{higher.group(1)}"
    return _SCOPE_RATE.sub(r"\1", _COMPARED_WITH.sub(r"\1较", name, count=1))


_COMPARED_WITH = re.compile(r"^((?:增速|增幅|降幅)?)比")
# A wider area's rate compared with is named by the area (`高出武汉市平均增速14个百分点` → `…高出武汉市平均`, r186
# 武汉经开区 2023; `低于全市增速4.7个百分点`, r189 沈阳县域 2023; `高于全省平均增速2.2个百分点`, r59 沈丘 2013), not a
# named indicator of it (`高于全县规上工业增速`, r15 旺苍)
_SCOPE_RATE = re.compile(
    r"((?:高于|低于|高出|低出|快于|慢于)(?:全[国省市县区州盟]|[\u4e00-\u9fff]{2,4}[省市州])(?:平均)?(?:水平)?)(?:增速|增幅)$"
)
# `第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点`: what pulls is the sector just named.
_PULLS = re.compile(r"(?:对.*|(?:增加值|总产值|产值)(?:增速)?)$")
_WHOLE_PLACE = re.compile(r"全[县市区]")
# (`拉动全区规上工业增长4个百分点`, zhongyuan.gov.cn 2024; `下拉规上工业产值增速1.1个百分点`, yangling.gov.cn 2023)
_PULLS_GDP = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:拉动|下拉)(?:全[县市区])?(?:GDP|[\u4e00-\u9fff]{1,10}?)(?:增长|增速)"
)


_CONTRIBUTION = re.compile(r"对?((?:经济|GDP|地区生产总值)(?:增长)?的?贡献率)")
_PULLS_GDP_ONLY = re.compile(r"^拉动(?:GDP|地区生产总值|经济)增长")
_PULLER_MAX = 12


def _pulled_by(name: str, subject: str) -> str:
    name = name[:2] + _WHOLE_PLACE.sub("", name[2:])  # `第二产业拉动全县GDP增长`
    if not name.startswith(("拉动", "下拉")):
        return name
    head = _PULLS.sub("", subject)
    if (
        name.startswith("拉动")
        and not _PULLS_GDP_ONLY.match(name)
        and ("、" in head or len(head) > _PULLER_MAX)
    ):
        return name  # `…制造业和…加工业增速分别达到…,合计拉动全区增长2.5个百分点` (haoyujy.com 钟楼 2024): a list
    return head + name if head else name


def _rate_word(name: str) -> str:
    """How a change in % is named: a price's is its rise (`食品价格下降1.0%` → 食品价格涨幅, r274 高昌 2023), others' growth."""
    return "涨幅" if name.endswith(("价格", "价格指数")) else "增速"


def growth_name(subject: str, before: str, q: Quantity) -> str:
    """A figure with no name of its own takes the sentence's subject: `…收入37.7亿元,同比下降5.6%`."""
    if not subject:
        return ""
    verb = _growth_verb(SPACES.sub("", before))
    if q.unit == "%" and verb:  # after a share (`采矿业增加值占比达96.05%,同比下降15.6%`): the thing's rate
        # (`工业投资11591万元,占固定资产投资总额的5.8%,同比下降41.6%`, xzyswj.cn 2014)
        return f"{_SHARE_TAIL.sub('', subject) or subject}增速"
    if q.unit in ("个百分点", "百分点", "个千分点", "千分点") and verb:  # (`死亡率4.08‰,下降3.06个千分点`)
        return f"{subject}{verb.group().removeprefix('同比').rstrip('了')}"
    if q.unit in ("位", "位次", "个位次") and verb:
        # `排名第54位,上升30位` (r34 广安经开区 2024): the rank's change
        return f"{subject}{verb.group().rstrip('了')}"
    if q.unit == "倍" and verb and _RISE.search(verb.group()):
        return f"{subject}增长"  # `实际利用外资6.15亿美元,增长6.5倍`
    if q.unit not in ("%", "个百分点", "名次") and _LEVEL_BY.fullmatch(before):
        # `力爭GDP年均增長約10.5%,到2025年達到1000億元` (f13_p14 博罗 2021): the level the rate leads to by a year
        return subject
    return ""


# A deadline and a verb of reaching, alone before an amount: the level of the sentence's subject by then.
_LEVEL_BY = re.compile(
    r"\s*(?:到|至)\s*20\d\d\s*年(?:底|末)?\s*(?:将|力争|预计|确保)?\s*(?:达到|达|突破|超过)?\s*"
)


def without_year_base(subject: str, before: str) -> str:
    """The subject without a comparison with a named year, when the rate after it states its own base:
    `地区生产总值…比2019年增长4.6%,…一季度同比增长16.8%` (r531 乌审旗 2021) is the level's rate again (an average after
    it, `比2012年增长65%,年均增长8.7%`, is since that year, and keeps it)."""
    if subject.endswith(("年", "年同期")) and (base := _YEAR_BASE_TAIL.search(subject)) and base.start() >= 2:
        return subject[: base.start()] if _OWN_BASE.search(before) else subject
    return subject


_YEAR_BASE_TAIL = re.compile(r"(?:比|较)(?:19|20)\d\d年(?:同期)?$")
# (`比2019年增长4.6%,两年平均增长2.3%` (r531 乌审旗 2021), `比2019年同期两年平均增长` (r512 嘉定 2021): a two-year average
# is over its own two years, named `…两年平均增速` as gold names it)
_OWN_BASE = re.compile(r"同比|(?:比|较)(?:上年|去年)|[两二三]年平均")


def subject_of_name(indicator: str) -> str:
    """What a later figure of the sentence may be about: the name without its rate or its change against a
    base (`农民纯收入较上年增加411元,增长15.2%` is 农民纯收入's growth)."""
    if "增速" in indicator:  # the pattern ends with 增速
        indicator = _RATE_END.sub("", indicator)
    if "上年" in indicator or "去年" in indicator or "年初" in indicator or "同比" in indicator:
        indicator = _CHANGE_TAIL.sub("", indicator) or indicator
    elif indicator.endswith(("增加", "减少", "增产", "减产")) and len(indicator) >= 6:
        # `毛茶总产量3675吨,比上年同期2841吨增加834吨,增29.3%` (mg7199.com 双江 2014): the rate is of the output
        indicator = indicator[:-2]
    if indicator.endswith(("预算", "预算数", "预算比例")) and (budget := _BUDGET_TAIL.search(indicator)) and budget.start() >= 2:
        # `财政收入完成预算的22.6%,同比下降1.1%` (haloquote.com 安康高新区 2015): the revenue grew, not the budget
        return indicator[: budget.start()]
    if "目标" in indicator or "任务" in indicator or "计划" in indicator:
        # a target is not what grows: `…资金额219.22亿元,完成年度目标任务589亿元的37.22%,同比增长8.08%`
        # (airmangenerator.com 2023 H1): the rate after it is of the level
        target = _TARGET_TAIL.search(indicator)
        indicator = indicator[: target.start()] if target and target.start() >= 2 else indicator
    return indicator


# (also a share of it: `财政收入累计完成9.92亿元,占全年目标的58.59%,同比增长4.76%`, hunan.sina.com.cn 衡南 2018 H1)
_TARGET_TAIL = re.compile(rf"(?:完成|占)?(?:{BARE_TARGET.pattern})$")
# (or a budget's stage named with its item: `一般公共预算收入预算数为15.39亿元,…比上年决算数14.94亿元增长3.0%`, r566 东湖)
_BUDGET_TAIL = re.compile(rf"(?:完成(?:年度|全年|年初|调整)?预算(?:比例)?|{_BUDGET_STAGE})$")
_SHARE_TAIL = re.compile(r"(?:占比|比重|占[^占]{1,16})$")
_CHANGE_TAIL = re.compile(
    # (`毛茶总产量4685.6吨,同比增410.5吨,增长9.6%`, odtgfuq.cn 沧源 2011: the rate is of the output)
    # (`粮食种植面积172.89万亩,比上年略增0.12万亩;单产461.74公斤/亩`, r331 莘县 2022: the yield is the grain's)
    r"(?:(?:较|比)(?:上年|去年|年初)(?:同期)?(?:末)?(?:净|略)?(?:增加|增长|减少|提高|下降|增收|增|减)|同比(?:净)?(?:增加|减少|增|减))$"
)
_REFERENCE = re.compile(r"^(?:该|这个|这家|其)?(?:企业|公司|项目|工厂)")
_DEALS_COUNTED = re.compile(r"(?<=[\u4e00-\u9fff]{2})\d+(?:\.\d+)?\s*万?\s*[余多]?\s*(?:笔|宗|单|批)$")
_TO_END = re.compile(r"(?:到|至)\s*$")
_PER_HEAD_TO = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:提高|提升|增加|上调|调整|调)?(?:到|至)((?:每月|月|年)?人均(?:每月)?)$"
)
_SPREAD_TO = re.compile(r"(?:已经|已)?(?:扩展|发展|扩大)$")
_SHARE_OF_WHOLE = re.compile(
    r"占(?:全[市县区省国]|[\u4e00-\u9fff]{2,4}[市州盟])$"
    # or of a whole named by its measure (`现代农业园区项目占全部项目总数的9.8%`, r334 龙城; `基本民生支出占一般公共预算支出
    # 的77.9%`, r165 嵩明): the corpus's form is `…占<whole>比重`; a plan's part reached is progress, named apart
    r"|占(?!地(?!方|区)|用|有|据|领)(?![^占]*(?:计划|任务|目标|预算(?!收入|支出)))[\u4e00-\u9fffA-Za-z]{2,14}"
    r"(?<!比重)(?<!比例)(?<!份额)(?<!率)$"
)  # (`占绥化市的40%`, r220 肇东)
_RANK_WORD = re.compile(r"排名|排位|位次|名次|排行")
# A share of a whole named by its scope alone, with `的` (`规模工业增加值…,占全县的比重达70%`, r105 衡南 2019 midyear):
# the corpus's form is `…占全县比重`.
_TIMES_OF_YEAR = re.compile(r"(?<=[\u4e00-\u9fff]{2})[是为](?:19|20)\d\d年$")
_SHARE_WITH_OF = re.compile(r"占([^占的]{2,16})的比重$")


_RANK_VERB_BEFORE_SCOPE = re.compile(
    # (`建安投资总量保持全市第一`, r258 通州 2023 midyear: a rank held is named as any other rank)
    # (a leap into it: `增速跃居全市第一`, sxzxzhggsfqzbzzcyyq.010b.com 闻喜 2021; `增速一跃全盟第二位`, r231 镶黄旗 2009)
    r"(?<![人年])(?:(?<=[\u4e00-\u9fff]{2})中)?(?:均|稳|仍|一跃|跃)?(?:保持|位居|位列|排在|名列|处于|荣膺|荣获|获评|获得|获|居|排|列)?"
    r"(?=全[国省市区县州盟])"
    # the score a rank was won with (`在招商引资工作考核中以总分76.26分荣膺全市第一名`, investchn.com 龙游 2021)
    r"|中?以(?:总分|得分)?\s*\d+(?:\.\d+)?\s*分"
)
# (a rank's verb alone before a city's counties: `排南宁市县域第一`, f14_p10 横州 2025)
_RANK_VERB_BEFORE_CITY = re.compile(r"^(?:排|居|位居|位列|列)(?=[\u4e00-\u9fff]{1,3}[省市州盟](?:县域)?$)")
_LIST_YEAR = re.compile(r"^(?:19|20)\d\d(?=[\u4e00-\u9fffA-Z])")
_RANK_WON = re.compile(r"^(?:荣获|获评|获得|获|入选|跻身|进入)")
# a rank's verb before a scope of peers that is not a whole area: `经济总量居国家级新区第5位` (r101 天府新区, 843eoz.cn
# 2022), `增幅列全市第一位` (r94 陵城, nxhuan.com): the verb is not part of the name
_RANK_VERB_INSIDE = re.compile(
    # (`粮食总面积、总产量稳居全市第二`, lcbyokzvsr.com 2024)
    r"(?<=[\u4e00-\u9fffA-Za-z0-9)）])(?:均|稳|仍|一跃|跃)?(?:位居|位列|名列|处于|居|(?<![系名])列)(?![民住前入为表])"
)
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_RATE_END = re.compile(r"(?:年均|平均)?增速$")


# What a counted group of projects has together, named alone after the count: `累计引进重大产业项目93个,总投资超2500亿元`
# (843eoz.cn 天府新区 2022), `新签约项目…个,协议总投资85.67亿元` (r93 蒙城 2017), `此次签约的7个项目…,计划总投资35.8亿元`
# (r102 平远).
_GROUP_ATTRIBUTE = re.compile(
    r"(?:计划|协议|意向)?(?:总投资|投资总额|总投资额|投资额)|(?:协议|意向)投资|总?协议资金|(?:实际)?到位资金|签约总额"
    # (`新引进落地项目1916个,注册资金超1850亿元`, r476 天津经开区; `共引进项目27个,合同金额共计54.8亿元,…,固投42.6亿元`,
    # r474 荣昌; `合同项目有11项,总投资26213万美元、协议外资15063万美元`, f21_p03 厦门; `落实执行各类项目61项,投资总规模
    # 93.68亿元`, r537 乌苏: what the group signed, registered or plans in all)
    r"|投资总规模|注册资金|(?:协议|合同)外资|(?:正式)?合同(?:金)?额|固投"
    r"|年度(?:计划)?(?:完成)?投资|当年计划投资|开工率|投产率|达效率|投资完成率|超序时进度"
    r"|(?:计划)?投资"  # (`9个基础设施项目 投资44.3亿元`, dstuf.com 南江 2017: what the group invests)
)
_GROUP_COUNTED = re.compile(r"项目|工程")
_GROUP_VERB = re.compile(
    r"^(?:累计|实施|推进|培育|谋划(?:确定)?|安排|共)"
)  # (`谋划确定第一批基本建设项目`, r208)


# What was done to a counted group, said after its noun: `62个农村公路建设项目已经进场施工,开工率是81.2%` (f20_p04 荣昌),
# `60项重点项目已开工建设58项,开工率为96.7%,完成投资76.8亿元` (f30_p01 长清), `3个省重大项目已开工2个` (f21_p08 钟楼):
# the group's rates and sums are the projects', not that state's.
_GROUP_STATE = re.compile(r"(?<=项目|工程)已经?[\u4e00-\u9fff]{0,8}$")


def group_noun(group: str) -> str:
    """A counted group of projects without the verb that counted it: `谋划重点建设项目` → `重点建设项目`."""
    return _GROUP_STATE.sub("", _GROUP_VERB.sub("", group))


def of_group(name: str, group: str, unit: str, between: str = "") -> str:
    """`总投资` after a count of projects is that group's (`重大产业项目总投资`); the name unchanged otherwise."""
    if not group or unit not in ("亿元", "万元", "亿美元", "万美元", "%"):
        return name
    if not _GROUP_COUNTED.search(group):
        # the firms counted just before (`规模以上服务业260家,实现营业收入59.82亿元`, xiaoxianw.com 2023): their total
        return group + name if name in _FIRM_MEASURES and unit != "%" else name
    if name == "投资" and unit != "%" and "完成" in between:
        # `在建项目185项,…,1-6月累计完成投资235.8亿元` (minhou.gov.cn 2023): what the group has invested so far
        return group_noun(group) + ("累计" if "累计" in between else "") + "完成投资"
    if not _GROUP_ATTRIBUTE.fullmatch(name):
        return name
    if (unit == "%") != name.endswith(("率", "进度")):
        return name
    return group_noun(group) + name


def progress_of(name: str, levels: list[str], unit: str) -> str:
    """`实际利用内资110.4亿元,完成全年任务的32.4%,超序时进度7.4个百分点` (yybnet.net 蒙城 2017): progress named
    alone is that of the level the sentence stated last."""
    if name not in _PROGRESS_NAMES or unit not in ("%", "个百分点"):
        return name
    # the last level that is not a target (`完成市下达年度目标293亿元的81.4%,超序时进度6.4个百分点`, r64 漳浦)
    level = next((lv for lv in reversed(levels) if not _TARGET_END.search(lv)), "")
    return level + name


_TARGET_END = re.compile(r"(?:目标|计划|任务)(?:任务)?$")

# Progress against a plan (`完成年计划710亿元的89.4%`, f15_p05; `占年度计划投资总额153.92%`, r45 陆丰 2021) is named
# `…完成<plan>比例`: without `比例` the name reads as the plan itself, often a record of its own; a plan's investment
# said short (`占年度计划投资144%`, r35 晋安 2022) is the plan's (`…占年度计划比例`).
_PROGRESS_SHARE = re.compile(r"(?:完成|占)[^完占]{0,14}?(?:计划|目标|任务)(投资)?(?:总额)?$")
# Birth, death and natural growth rates, written bare after a communique's population (`死亡率6.62‰`, r274 高昌 2023).
_POPULATION_RATES = frozenset(("出生率", "死亡率", "自然增长率"))


# A multiple of a base year's level (`是2015年的1.4倍`), named `…是2015年的倍数`; the average growth said after it
# (`分别是2015年的1.4倍、1.6倍,年均增长7.1%9.2%`, r289 高青 2021) is the level's, not the multiple's.
_MULTIPLE_OF = re.compile(r"是[^是，,。；;]{1,12}?的倍数(?=.)")


# A streak opening a rank's name (`奇瑞汽车连续19年位居中国品牌乘用车出口第一`, r46 芜湖经开区 2022): the rank held is the
# record, its years are its period, not its name.
_STREAK_LEAD = re.compile(
    r"^(?:[和及、]?连续(?:\d{1,2}|[两二三四五六七八九十]+)年)+(?:保持|位|稳居|蝉联)?(?=[\u4e00-\u9fff]{2})"
)


def called_name(name: str, unit: str) -> str:
    """The name a progress share or a bare population rate takes (tests/real/README.md, calls of the sixteenth
    round): `固定资产投资完成年计划比例`, `人口死亡率`."""
    if unit == "%" and (m := _PROGRESS_SHARE.search(name)):
        if m.group(1) and m.end(1) == len(name):
            name = name[: m.start(1)]
        # (`…项目完成投资…,完成年度计划的106.4%`, r36 增城 2022: the works' progress, its verb said once)
        return name.replace("完成投资完成", "完成") + "比例"
    if unit == "‰" and name in _POPULATION_RATES:
        return "人口" + name
    if unit == "%" and "的倍数" in name:
        return _MULTIPLE_OF.sub("", name)
    if unit == "名次" and name.startswith("连续"):
        # (bar a bare scope left, `连续两年居全市第1`: the streak then tells the rank apart from the others)
        held = _STREAK_LEAD.sub("", name)
        return held if len(held) >= 6 else name
    return name


# The target a share was reached of, before the share: `完成全年43亿元目标任务的34.82%` (r126 雅安经开区 2019), `完成全年任务
# 的32.4%` (r93 蒙城 2017), `完成工作任务的98.7%` (r67 锦屏 2011); with the target's amount in it or not.
_TARGET_WORDS = r"(?:目标任务|工作任务|投资计划|目标|任务|计划)"
_SHARE_OF_TARGET = re.compile(
    # (`完成年计划的25.8%`, r288 辽河经开区 2023: the year's plan, `年` alone)
    r"(?<!超额)完成\s*((?:[市省州县区]|上级)?(?:下达|分配)?的?(?:全年|年度|年(?=计划))?)\s*"
    rf"(?:(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:万|亿)?元\s*的?\s*)?({_TARGET_WORDS})\s*的?\s*$"
)
# The part of a budget reached, the budget's amount said inside it or not: `完成预算数31220万元的`, `占调整预算数539267万元的`.
_SHARE_OF_BUDGET = re.compile(
    r"(?:完成|占)\s*(?P<stage>(?:年初|调整)?预算)(?:调整)?数?\s*(?:\d+(?:\.\d+)?\s*(?:万|亿)?元\s*)?的\s*$"
)
# The amount of such a target, said inside it: `完成全年43亿元目标任务的…`.
_TARGET_AMOUNT_BEFORE = re.compile(
    r"(?<!超额)完成\s*((?:[市省州县区]|上级)?(?:下达|分配)?的?(?:全年|年度)?)\s*$"
)
_TARGET_OF_SUBJECT = re.compile(r"(?:全年|年度)?目标$")
_TARGET_AMOUNT_AFTER = re.compile(rf"\s*的?\s*{_TARGET_WORDS}\s*的")


def progress_of_target(name: str, before: str, after: str, subject: str, unit: str) -> str:
    """`…到位资金累计完成14.98亿元,完成全年43亿元目标任务的34.82%`: the share is the subject's progress on the target
    (`招商引资到位资金完成全年目标任务`), and the amount inside is that target (`招商引资到位资金全年目标`)."""
    if unit == "%" and (budget := _SHARE_OF_BUDGET.search(before)) and (item := _BUDGET_ITEM.fullmatch(subject)):
        # `全年县级一般公共预算收入31751万元,完成预算数31220万元的101.7%` (r563 周至 2024), `…完成调整预算的99.2 %` (r541
        # 巫溪 2023): the item's progress on its budget (`县级一般公共预算收入完成预算比例`)
        return f"{item['item']}完成{budget['stage']}比例"
    if not subject or "完成" not in before:
        return name
    # (the target's own record, named just before the share of it, is not the subject)
    subject = _TARGET_OF_SUBJECT.sub("", subject) if subject.endswith("目标") else subject
    if not subject:
        return name
    if unit == "%":
        m = _SHARE_OF_TARGET.search(before)
        return f"{subject}完成{m.group(1)}{m.group(2)}" if m else name
    if unit in MONEY_UNITS and _TARGET_AMOUNT_AFTER.match(after):
        m = _TARGET_AMOUNT_BEFORE.search(before)
        return f"{subject}{m.group(1)}目标" if m else name
    return name


# A task's heading on a line of its own, its paragraph opening with a bare investment (`城乡排水防洪设施建设` /
# `完成投资5.04亿元,比年度计划高20.3个百分点。`, r304 万州 2024 民生实事): the task's investment.
_TASK_HEADING = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ]{3,23}")
_HEADING_VERB = re.compile(r"^(?:实施|推进|开展|抓好)")


def under_heading(indicator: str, text: str, clause_start: int) -> str:
    """A bare investment at a paragraph's start under a one-line task heading: the task's (`…建设完成投资`)."""
    if not _BARE_INVESTMENT.fullmatch(indicator):
        return indicator
    line_start = text.rfind("\n", 0, clause_start) + 1
    if text[line_start:clause_start].strip() or line_start < 2:
        return indicator
    heading_start = text.rfind("\n", 0, line_start - 1) + 1
    heading = text[heading_start : line_start - 1].strip()
    if not _TASK_HEADING.fullmatch(heading):
        return indicator
    if heading.startswith(("和", "及", "与")) and heading_start > 1:
        # a heading broken over two lines (`城镇老旧小区改造` / `和社区服务提升`)
        first = text[text.rfind("\n", 0, heading_start - 1) + 1 : heading_start - 1].strip()
        heading = first + heading if _TASK_HEADING.fullmatch(first) else heading
    return _HEADING_VERB.sub("", heading.replace(" ", "")) + "完成投资"


# A figure named only by the time it is of, the same time a year before (`规模以上工业企业12户(2015年同期29户)`,
# `实现工业总产值13.2亿元,2015年同期9.8亿元`, r287 西丰经开区 2023): the last figure's indicator, at that time.
# So is a figure named only by the time it is counted to, in a list of one indicator's years (`2017年完成34.4亿元、
# 今年截至目前完成40.4亿元`, f18 正定 2018).
_SAME_TIME = re.compile(
    r"(?:(?:19|20)\d\d年|上年|去年)?同期|(?:今年|本年|年初)?(?:截至|截止)(?:目前|当前|\d{1,2}月(?:底|末)?)|今年以来"
)


def same_time_before(name: str, last_name: str, last_unit: str, unit: str) -> str:
    """The indicator of a figure named only `2015年同期`: the last figure's, when in the same unit."""
    if not _SAME_TIME.fullmatch(name) or unit != last_unit or not last_name:
        return name
    return last_name


def counted_group(name: str, unit: str) -> str:
    """The group of projects (`重大产业项目`) or firms (`规模以上服务业`) a count names, or ""."""
    if unit in ("家", "户") and _FIRMS_COUNTED.search(name) and len(name) <= _GROUP_MAX:
        return "" if _PART_OF_GROUP.search(name) or name.startswith(("新增", "净增")) else name
    if not is_count_unit(unit) or not _GROUP_COUNTED.search(name) or len(name) > _GROUP_MAX:
        return ""
    if name.endswith(_CHANGES):  # `在建内资项目80个,同比增加11个,投资总额415.9亿元`: the total is the group's
        return ""
    # a bracketed aside counts a part (`全年引进项目51个(其中超10亿项目7个),总投资额…`, r45 陆丰): not the group
    if _PART_OF_GROUP.search(name):
        return ""
    # the projects of an event are the group (`省级重点项目开工20个,完成投资79.5亿元`, r115 郎溪): what they invested
    event = _GROUP_EVENT.fullmatch(name) if name[-2:] in _EVENT_ENDS else None
    return event.group(1) if event else name


_PART_OF_GROUP = re.compile(r"[()（）]|^其中")
_FIRMS_COUNTED = re.compile(r"(?:企业|服务业|工业|商贸业|批零住餐业)$")
_FIRM_MEASURES = frozenset(
    (
        "营业收入",
        "营收",
        "主营业务收入",
        "产值",
        "总产值",
        "利润",
        "利润总额",
        "税收",
        "销售收入",
        "营业额",
        "销售额",
    )
)
_EVENT_ENDS = frozenset(("开工", "签约", "竣工", "投产", "建设", "落地", "建成", "开业", "复工"))
_GROUP_EVENT = re.compile(rf"(.{{2,}}?(?:项目|工程))(?:新)?{_EVENT}")


_GROUP_MAX = 24


# A level said to double before its figure: `到十二五末力争生产总值翻一番以上,实现26亿元以上` (zhxpm.cn 台江 2011).
_DOUBLED = re.compile(r"([\u4e00-\u9fffA-Z]{2,16}?)(?:再)?翻(?:一番|两番|番)")


def doubled_subject(phrase: str) -> str:
    """The indicator of a phrase that says it doubles (`生产总值翻一番`), or "": the figures after it are its level."""
    if "翻" not in phrase:
        return ""
    m = _DOUBLED.search(phrase)
    if not m:
        return ""
    terms = find_terms(m.group(1))
    return terms[-1].term if terms and terms[-1].end == len(m.group(1)) else ""


# A level whose unit the text left out: `农民人均纯收入4434,增长18.1%` (r144 广德 2008). It makes no record, but the rate
# after it is its growth.
_UNITLESS_LEVEL = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Z]{2,24}?)\s*(?:达到|达|为|实现|完成)?\s*(?!(?:19|20)\d\d\s*$)\d+(?:\.\d+)?\s*"
)


def unitless_subject(phrase: str) -> str:
    """The indicator whose level a phrase gives without a unit (`农民人均纯收入4434`), or ""."""
    m = _UNITLESS_LEVEL.fullmatch(phrase.strip())
    if not m:
        return ""
    terms = find_terms(m["name"])
    return terms[-1].term if terms and terms[-1].end == len(m["name"]) and terms[-1].start == 0 else ""


# A measure the text names and judges before its rate, in a phrase of its own: `其中,渔业产值增长较快,同比增长4.4%`
# (r314 晋江 2025), `其中生物产业表现突出,同比增长46.2%` (f15_p03 文峰 2025), `金融业对经济增长支撑显著,同比增长14.7%`
# (r258 通州 2023). It makes no record, but the bare rate after it is its growth.
_DESCRIBED = re.compile(
    r"(?:其中|重点行业中)?\s*(?P<name>[\u4e00-\u9fff、]{2,20}?(?:业|产值|产量|产能|增加值|收入|投资|用电量|进出口|销售额|零售额))"
    r"(?:对[\u4e00-\u9fff]{1,8})?\s*(?:(?:增长|增势|发展|表现|提升)(?:较快|迅速|强劲|突出|亮眼|明显)|表现(?:突出|亮眼|强劲)"
    # (`…进出口也有较快增长`, f15_p18 海南 2023; `新能源汽车整车产能继续保持快速增长`, r346 西安高新区 2023)
    r"|(?:也|均|都|继续|持续)?(?:有|保持|实现)?(?:较快|快速|大幅|明显)(?:的)?(?:增长|提升|回升)"
    r"|(?:支撑|拉动)(?:作用)?(?:显著|明显|突出))"
)


# A rank said to rise before its place: `中部百强县排名再进位,居53位` (r311 攸县 2023).
_RANK_RISEN = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,20}?排名)(?:再|又|稳步|持续|不断|大幅)?(?:进位|前移|提升|上升|跃升|攀升)"
)


# The list or ranking a place is placed in, before its place: `在年度“全国投资潜力百强区”名单中,我区位列第79位`
# (f17_p02 东昌府 2018).
_RANKED_IN_LIST = re.compile(
    r"(?:^|[，,;；])\s*在(?:20\d\d\s*年度?|年度)?\s*[“\"]?(?P<name>[\u4e00-\u9fff]{2,20}?)[”\"]?\s*(?:名单|榜单|排行榜|评选|排名)中$"
)


def described_subject(phrase: str) -> str:
    """The measure a phrase without a figure names and judges (`渔业产值增长较快`), or the rank it says rose, or ""."""
    m = _DESCRIBED.fullmatch(phrase.strip()) or _RANK_RISEN.fullmatch(phrase.strip())
    return clean_name(m["name"]) if m else ""


def ranking_named(before: str) -> str:
    """The ranking a sentence's text `before` a figure ends by placing the place in (`在…名单中`), as a rank's
    name, or ""."""
    listed = _RANKED_IN_LIST.search(before.strip())
    return clean_name(listed["name"]) + "排名" if listed else ""


def ranking_before(sentence: str) -> str:
    """The ranking a rank without a name of its own is in, named earlier in its sentence (`揭晓第十一届中国西部百强县(市)
    名单,吴起县榜上有名,…,位居第12位`, f13_p05; `跻身全国县域经济与县域综合发展百强县,2020年上升到第69位`, r337 樟树;
    `在陕西省县域经济综合排名中处于中下游位置——第65位`, r279 长武), as a rank's name, or ""."""
    matches = [*_RANKING_BEFORE.finditer(sentence)]
    if not matches:
        return ""
    found = matches[-1]
    name = _RANKING_VERB.sub("", "".join(found["name"].split()))  # (`县 域`: a page's broken line)
    return name.removesuffix("榜").removesuffix("排行") + "排名" if not name.endswith("排名") else name


_RANKING_BEFORE = re.compile(
    r"(?:^|在|揭晓|跻身|入选|入围|进入|上榜|荣登|登上|[，,、：:])\s*(?:第[一二三四五六七八九十\d]{1,3}届)?"
    r"(?P<name>(?:[\u4e00-\u9fff]|\s(?=[\u4e00-\u9fff])){2,20}?(?:百强县|百强区|百强市|强县|排名|排行榜|排行))(?![\u4e00-\u9fff]{0,1}第)"
)
_RANKING_VERB = re.compile(
    r"^.*(?:揭晓|跻身|入选|入围|进入|上榜|荣登|登上|在)(?:第[一二三四五六七八九十\d]{1,3}届)?"
)


# A part of the subject's total, named by its sector alone after `其中`: `全年全口径工业开票销售突破600亿元、其中主导产业
# 540亿元` (dtxww.com 东台经济开发区 2024) is the lead industries' invoiced sales.
_SECTOR_END = re.compile(r"(?:产业|行业|企业|制造业|服务业|工业)$")
# What stands before it names the place and year.
_TIME_BEFORE = re.compile(r"(?:19|20)\d\d\s*年度?|全年|今年")
_WHOLE_SCOPE = re.compile(r"^(?:全口径|全部|全社会|全县|全市|全区)")


def part_of(name: str, subject: str, between: str, unit: str) -> str:
    """A sector named alone after `其中` with an amount is its part of the subject's total."""
    if "其中" not in between or unit not in MONEY_UNITS or not subject or not _SECTOR_END.search(name):
        return name
    whole = _WHOLE_SCOPE.sub("", clean_name(_TIME_BEFORE.split(subject)[-1]))
    return name if not whole or name in whole or _SECTOR_END.search(whole) else name + whole


# A sector's rate named by the sector alone (`分门类看,制造业增长3.4%`, r14 缙云 2023; `上半年,制造业增长3.4%`, zgwc.gov.cn
# 旺苍): in a passage about value added it is the sector's value added; about sales or investment it is not.
_SECTOR_RATE = re.compile(r"(.{1,30}?业)(增速|增幅)")
_MEASURE_IN_NAME = re.compile(r"增加值|产值|营业|销售|零售|投资|用电|产量|利润|税|收入|工资|价格")
_MEASURE_WORD = re.compile(
    r"增加值|产值|营业收入|营业额|销售额|销售收入|零售额|零售总额|投资|用电量|产量|利润|税收|营收|价格"
)
SECTOR_WINDOW = 200
# The three sectors of the economy, named alone by a part of GDP (`其中:第一产业54238万元`, f13 汉阴; `一产3.3360亿元`, r320 平利)
_THREE_SECTORS = re.compile(r"第[一二三]产业|[一二三]产")


def sector_value_added(name: str, before: str) -> str:
    """`制造业增速` → `制造业增加值增速` when the measure last named before it (`before`) is value added."""
    if not name.endswith(("业增速", "业增幅")):
        return name
    m = _SECTOR_RATE.fullmatch(name)
    if not m or _MEASURE_IN_NAME.search(m.group(1)):
        return name
    last = last_match(_MEASURE_WORD, before)
    return f"{m.group(1)}增加值{m.group(2)}" if last and last.group() == "增加值" else name


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last of a pattern's matches in a text (the one nearest what follows it)."""
    return next(reversed(list(pattern.finditer(text))), None)


# A count given to each item of a list (`创建省级、市级示范社各2个`, `畜禽养殖园区各3个`): the figure is every item's.
EACH_COUNT = re.compile(r"各\s*$")
_EACH_VERB = re.compile(
    r"^(?:新创建|创建|新建|建成|建设|新增|新培育|培育|认定|新认定|打造|争创|创成|获评|获批|引进|招引|申报|评选|评出|命名)"
)
_EACH_JOINER = re.compile(r"[和及与]")
_EACH_ITEM_MAX = 16


def each_item_names(name: str, written: str = "") -> list[str]:
    """The names of a list's items a count is given to `各` (`创建省级、市级示范社` → `创建省级示范社`,
    `创建市级示范社`); [] when the name lists nothing. A leading verb is every item's, and short items share what the
    last item adds after the word they end with (`省级、市级示范社`). `written` is the clause before `各`: a long list's
    name cut short (`_INDICATOR_MAX`) gets its first item back from it."""
    head = written[: -len(name)] if name and written.endswith(name) else ""
    if head and head[-1] not in "、和及与":
        first, sep, rest = name.partition("、")
        first = clean_name(re.split(r"[、,，:：;；]", head)[-1] + first)
        name = first + sep + rest if first and sep else name
    verb = _EACH_VERB.match(name)
    lead = verb.group() if verb else ""
    parts: list[str] = []
    pieces = name[len(lead) :].split("、")
    for piece in pieces:
        halves = _EACH_JOINER.split(piece)
        # `A园区和B园区`: two items; `水产养殖与加工园区` in a list of `、`: one item whose noun is shared; with no
        # `、`, the joiner is what lists the items (`苗木种植和水产养殖基地各2个`, 南昌县 2015)
        whole = len(halves) == 2 and (
            len(pieces) == 1 or all(len(h) >= 2 and h[-2:] == piece[-2:] for h in halves)
        )
        if whole and len(halves[0]) >= 3 and halves[0][-2:] != piece[-2:] and halves[0][-1] != piece[-1]:
            halves = [halves[0] + piece[-2:], halves[1]]
        parts.extend(halves if whole else [piece])
    if len(parts) < 2 or any(len(p) < 2 or len(p) > _EACH_ITEM_MAX for p in parts):
        return []
    last = parts[-1]
    end = parts[0][-1]
    at = last.find(end)
    if (
        all(len(p) <= 4 and p[-1] == end for p in parts[:-1])
        and 0 < at < len(last) - 2
        and not last.endswith(parts[0][-2:])
    ):
        parts = [p + last[at + 1 :] for p in parts[:-1]] + [last]
    return [lead + p for p in parts]


# An absolute change against a base, its name ending in the base and the verb as the clause writes them: `比上年增加5574亩`,
# `较上年增长0.49万吨`, `同比增加7.3亿元`, `较上年减少4750亩` (r297 光泽 2017, r331 莘县 2022, r145 长沙县 2016). One
# form, so that changes compare: the base as `比上年`, `比上年同期`, `比年初` or `比YYYY年`, and the verb `增加` (a fall
# is a negative increase, its value signed).
_CHANGE_END = re.compile(
    r"(?P<base>(?:比|较|与)(?P<when>上年|去年|年初|(?:19|20)\d\d年)(?P<same>同期)?(?:相比|比较)?|同比)?"
    r"(?:略)?(?P<verb>增加|增长|减少|下降|增|减)$"
)
_FALLS = ("减少", "下降", "减")
_NOT_CHANGE_UNITS = frozenset(
    ("%", "个百分点", "个千分点", "千分点", "百分点", "倍", "名次", "位", "位次", "个位次", "‰", "成")
)


def change_named(name: str, unit: str, value: object) -> str:
    """The name of an absolute change in its one form (`粮食种植面积较上年略增` → `粮食种植面积比上年增加`), else `name`."""
    if unit in _NOT_CHANGE_UNITS or not name.endswith(("加", "长", "少", "降", "增", "减")):
        return name
    end = _CHANGE_END.search(name)
    if end is None or end.start() < 2 or name[end.start() - 1] in "净新年日":
        return name  # (`净增`, `新增` and `年增长` are not changes against a base)
    verb, base = end.group("verb"), end.group("base")
    if len(verb) == 1 and not base and not name[: end.start()].endswith("略"):
        return name  # a one-character verb alone may be part of a word
    if verb in _FALLS and not (isinstance(value, (int, float)) and value < 0):
        return name  # a fall whose figure is not signed: leave it as written
    if base is None:
        said = ""
    elif base == "同比":
        said = "比上年同期"
    else:
        when = "上年" if end.group("when") == "去年" else end.group("when")
        said = f"比{when}{end.group('same') or ''}"
    return f"{name[: end.start()].removesuffix('略')}{said}增加"
