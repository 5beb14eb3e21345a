"""Target or achieved: the marker words that say which a figure is, and the date it is to be reached by."""

from __future__ import annotations

import re

from bot.ingest.fast_patterns import compile_words_first
from bot.ingest.numbers import Quantity
from bot.ingest.tense import (
    ACTUAL,
    DONE,
    GOAL_LEAD,
    NOT_CLEAR,
    PROJECTION,
    PROJECTION_AHEAD,
    TARGET,
    without_purpose,
)
from bot.ingest.time import MONTHS_SO_FAR

# `拟` before a verb: what a project or a county intends (see INTENT).
_INTENDS = (
    r"拟(?<![模虚草比])(?=\s*(?:在|于|再|新|总|分|完成|实施|建设|建|投资|投入|开工|引进|招引|安排|租赁|打造|实现|达到|新增"
    r"|改造|种植|筹集|争取|签约|落户|布局|推进|开展|举办|规划|流转|购置|采购|扩建|增加|提升|用))(?![^，,。；;\d]{0,6}?的)"
)


# Marker words, strongest first. A strong marker states intent or achievement outright; a weak one is a
# time word that usually implies it.
# `计划` ends a name too (`“5213”人才计划，`, `“十二五”计划`, any quoted plan's name: `“xx”计划胜利完成`, wenke99.com
# 綦江), and `年度计划的58.7%`, `占年度计划投资总额153.92%`
# are progress against a plan; a programme's name is none either (`申报市级以上科技计划项目82个,其中,国家火炬星火计划项目4个`,
# cntaowen.com 高新区 上半年); so is `18个项目正在按计划加快办理前期手续` (hsxzf.gov.cn 合水 2019 上半年), progress as
# planned, and `计划执行情况`; so is `计划外` (`其中计划外实施农村公路建设项目7个共111公里,完成投资4.6亿元`, steelcn.cn 榆林 2011:
# works done outside the plan); so is `20个市级重点项目超过了计划进度` (orisbrush.com 商南 2011).
# A plan compared with is no intent either: `完成投资5.04亿元,比年度计划高20.3个百分点` (r304 万州 2024, the works done).
# (What may not stand before a word is checked after it, in this and other patterns: a pattern that opens with a
# look-behind is tried at every position of a text, one that opens with a character is not.)
# The funds a `争取` wins, named after it (`争取政策性项目资金15亿元`, `争取60.4亿元政策资金`): no intent.
_FUNDS_WON = "资金|债券|专项债|专债|国债|补助|补贴|转移支付"
INTENT = compile_words_first(
    # `争取政策性项目资金15亿元` wins funds: no intent by itself; nor does `争取到位…专债资金10亿元`, `争取到…` (funds
    # secured: bx2200.com 牟定 2024 review), bar a year to reach (`争取到2012年…`); nor `全年争取中央预算内投资项目18个`
    # (projects of the central budget won, r136 海原 2023); nor a tally of what was won (`近3年,我省共争取林业投入115.15亿元`,
    # zgmiaomuw.com 贵州 2014); nor `争取超长期特别国债、一般和专项债券…等上级债券资金8.66亿元` (r159 白沙 2025 review: the
    # bonds won); nor pilots won (`争取国家级改革试点2项、省级5项`, r525 曲周 2024 review)
    # a goal set out (`今年,果洛州将…。并制定了地区生产总值增长3%`, m.wsvh.cn 果洛 2023-02), bar a count of rules made
    r"(?:制定|定下|设定|确立)了?(?=[^，,。；;\d]{0,20}?(?:增长|增速|达到|突破|控制在))|"
    # a year's works listed as what is to be built (`2012年,该县建设任务主要在…实施,…建设内容包括:新建截流工程3处`,
    # news.sina.com.cn 沁水 2012-10)
    r"建设内容(?:主要)?(?:包括|为|有)\s*[:：]|"
    # livelihood projects chosen by the deputies' vote are the year's tasks (`全县共票决出2024年度重大民生实事项目76件,其中
    # 县级10件`, 马关 2024-02; `票决出17项…为民办实事项目`, r148 长宁 2024; `代表票决选出的十大民生实事项目包括:…“新建3所公办
    # 幼儿园”`, 始兴 2021)
    r"票决(?:出|产生|确定|选出)(?:了|的)?(?=[^。；;]{0,30}?(?:项目|实事|件|项))|"
    # `拟` before a verb is what a project or a county intends (`陵水今年拟完成项目投资120.7亿元`, r174 陵水 2019; `拟建设年产
    # 60万立方米ALC板材生产线2条`, chuangtou.rexun.cn 郏县 2023-08, a project signed; `拟在茶陵建设…种植5-10万亩油樟树`,
    # ganzhou.021cf.cn 茶陵 2020-09; `拟租赁…土地5000亩以上`, mxrb.cn 永定 2022-01); not a company preparing to list
    # (`拟上市企业`), a draft (`拟定`), nor the projects an earlier plan named (`拟实施的20个项目全部完工`)
    rf"{_INTENDS}|"
    # the year's livelihood tasks promised (`确定今年继续为群众集中力量办好十件民生实事。这十件实事…即投资9530万元,实施…`,
    # hadlsm.com 张家川 2015-03, told at the people's congress); not those done (`办好了`), nor the work a review says it
    # did (`着力办好民生实事,…`)
    r"(?:确定|决定|承诺)[^，,。；;]{0,16}?办好(?!了)(?=[^。；;]{0,16}?实事)|"
    # (nor is effort as a noun: `无不包含着方方面面的努力与贡献`, f15_p04 新吴 2023 report's review of 2022)
    # (effort spent is no intent: `付出了不懈努力,交出了满意答卷,地区生产总值增长7%` (guanlizhidu.com 湟源 2025 report's
    # review of 2024); `在全国上下和合一心的不懈努力下,我国国内生产总值达到74.4万亿元` (pinglun.youth.cn 2017-03))
    # (`加大项目申报、衔接和争取力度`: the effort put into winning projects, no intent: lq52.com 民和, news of projects
    # built with the funds won)
    # (`争取` as a noun, the work of winning funds and projects, is no intent either: `千方百计做好项目向上争取工作`,
    # `抓社会事业项目争取。` (yybnet.net 当涂 2016-07, what the year so far won); `紧扣项目谋划、争取、建设三个任务`,
    # `项目争取建设成效显著` (tianshui.com.cn 张家川 2015-07))
    # (a plan's title names a document, no intent: `制定出台《农村人居环境整治2020年行动计划》等文件,…累计清理农村生活垃圾
    # 3.15万吨`, f30_p08 文水 2021-02)
    rf"确保|力争|争取(?<!共争取)(?<!累计争取)(?!到位|到(?!\s*20\d\d)|力度|工作|成效|建设成效|\s*[。；;，,、])(?![^，,。；;]{{0,10}}?(?:{_FUNDS_WON}|预算内|政策支持|支持(?=\s*(?:[，,。；;]|$))|试点))|力求|努力(?<!付出了努力)(?<!付出了不懈努力)(?<!的努力)(?!下)|有望|争当|冲刺|尽快|赶上|计划(?<!按计划)(?<!按照计划)(?<!科技计划)(?<!火炬计划)(?<!星火计划)(?<!研发计划)(?<!合作计划)(?<!人才计划)(?<!占计划)(?<!占年计划)(?<!占年度计划)(?<!占全年计划)(?<!占年初计划)(?<!五计划)(?<!比计划)(?<!较计划)(?<!比年度计划)(?<!比全年计划)(?<!较年度计划)(?<!较全年计划)(?<!”计划)(?<!\"计划)(?!总投资|投资的|新?开工的|竣工的|投产的|内|外|的|目标|生育|单列|进度|完成率|执行率|[,，、”\"）)》])(?![^，,。；;]{{0,4}}?(?:执行|完成情况))|"
    + PROJECTION_AHEAD
)
# A slogan in quotes names a campaign, not an intent of the sentence's: `持续加大“走上去争取、走出去招引、走进去服务”力度,
# 新引进重点项目180个` (guanhai.com.cn 即墨 2025-01 interview, a review of 2024).
_QUOTED = re.compile(r"[“\"][^”\"\d，,。；;]{2,24}[”\"]")


def without_slogans(text: str) -> str:
    """The text with quoted slogans that hold a word of intent blanked out, same length (the same object when none)."""
    if "“" not in text and '"' not in text:
        return text
    return _QUOTED.sub(lambda m: " " * len(m.group()) if INTENT.search(m.group()) else m.group(), text)


# A quoted passage of clauses with no figure is someone's voice or a song, to its closing quote or, cut by the
# sentence's end, to there (`有花儿唱道:“柏木要解柏板呢,要把暖棚盖满呢,…要把临潭打造成全省的重点呢!`, r397 临潭 2012
# news): its words of intent or of a deed done are not the text's own.
_QUOTED_VOICE = re.compile(r"“(?=[^”\d]{0,120}?[，,!！?？])[^”\d]{8,120}(?:”|$)")


def without_voices(text: str) -> str:
    """The text with quoted passages of clauses that hold no figure blanked out, same length (the same object when
    none)."""
    if "“" not in text:
        return text
    return _QUOTED_VOICE.sub(lambda m: " " * len(m.group()), text)


# The groundwork a passage says it laid for an aim, or an aim it says was put forward, with no figure in its clause:
# `…提出了“争当…排头兵”的战略目标,,明确了…,为争当排头兵奠定了坚实基础` (r176 寿阳 2022, news of a project-start event)
# tells what was done; the aim's words (`目标`, `争当`, `确保`) are no intent of the passage's.
_GROUNDWORK = compile_words_first(
    r"为[^，,。；;]{1,30}?(?:奠定|打下|夯实|筑牢)了?[^，,。；;]{0,6}?基础"
    r"|(?:提出|确立|明确|树立)了[^，,。；;\d]{0,40}?目标(?:任务)?(?=\s*(?:[，,。；;]|$))"
    # (a list of aims served, which `without_purpose` leaves: `围绕环境提升、设施配套、功能完善等目标,持续完善城市基础
    # 设施建设`, saintpaulhem.com 安义 2024-01 interview, its answer a look back)
    r"|(?:围绕|紧扣|聚焦|瞄准|对标)[^，,。；;:：\d]{1,30}?等目标(?:任务)?(?!的)"
    # (the goals a plan set, served: `围绕县“十一五”规划确定的目标任务,…取得了新的成就`, dghzdr.com 黎平 2010)
    r"|(?:围绕|紧扣|聚焦|瞄准|对标)[^，,。；;:：\d]{1,30}?(?:确定|提出|制定|明确)的目标(?:任务)?(?!的)"
    # the work of winning funds and projects, the object of a verb of doing, ending its clause: `抓社会事业项目争取。`,
    # `做好项目向上争取工作` (yybnet.net 当涂 2016-07, what the year so far won); `加强对上争取,确保重大项目挤入…` (f15_p16);
    # `开展项目资金争取工作` (jpedc.org.cn 淮阴 2014-09)
    r"|(?:抓好?|做好|加强|开展|推进|强化)[^，,。；;:：\d]{0,16}?争取(?:工作)?(?=\s*(?:[，,。；;、]|$))"
)


def without_groundwork(text: str) -> str:
    """The text with the aims it says groundwork was laid for, or were put forward or served, and the work of winning
    funds it did, blanked out, same length (the same object when none)."""
    if "目标" not in text and ("基础" not in text or "为" not in text) and "争取" not in text:
        return text
    return _GROUNDWORK.sub(lambda m: " " * len(m.group()), text)


# Plan words also name past plans (`计划总投资`, `增长目标`): they count only where the context is not a report.
# (an outcome set against what was expected is no plan: `超预期因素冲击` in many reviews of 2022, `运行总体平稳、符合预期`,
# `GDP年均增长率、服务业增加值年均增长率等3项指标不达预期`, r61 前湾新区 2024 on the plan's years so far)
_PLAN = re.compile(
    rf"目标(?!的|任务的){NOT_CLEAR}|预计|预期(?<!超预期)(?<!达预期)(?<!出预期)(?<!于预期)(?<!合预期)"
)
INTENT_OR_PLAN = re.compile(f"{INTENT.pattern}|{_PLAN.pattern}")
# Now (`目前`), which `项目前期` only seems to hold: `加快…13个重大项目前期手续办理` (r259 怀安's tasks).
_NOW = r"目前(?<!项目前)"
_STRONG_NOT_COMPARED_WORDS = (
    # progress against the year's plan or goal: `完成全年目标任务的52.4%`, `占年度目标任务的60%`
    # (`完成年度计划投资的46.4%`, yhser.com 惠东 2022 1至5月)
    # (`目前实际已开工206项,完成年度计划开工的80.8%`, 456150.com.cn 2023 1-10月 重点项目: the share of the projects
    # planned to start that did)
    r"完成(?:全年|年度|年初|年|[“\"]?十[一二三四五六]五[”\"]?)?(?:计划)?(?:预期)?(?:目标|计划|任务)(?:任务|投资|新?开工|竣工|投产)?的|"
    # (`占年初计划67.79%`, r320 平利 1-9月: the share of the plan set at the year's start, as `占年计划`)
    # (`占目标任务(剔除烟叶税)的278%`, xiaomilidoc.com 龙伏镇 2018 一季度: a note on the task between)
    r"占(?:全年|年度|年初|年)?(?:计划|(?:目标|任务)(?:任务)?(?:[(（][^()（）]{1,12}[)）])?的)|"
    # `高于“十二五”计划预期目标62.08个百分点`: a comparison with a plan's goal, reached
    r"(?:高于|超出|低于)[^，,。；;]{0,12}?目标|"
    r"序时进度|时序进度|"
    # a streak of years held (`连续28年保持全州第一`, `占全州GDP比重连续5年超18%`, r479 弥勒 2026 report): years gone by,
    # whatever aim the sentence named before it; not one aimed at (`力争连续3年…`, `将连续…`)
    # a level passed for the first time (`规模工业总产值首破千亿`, r561 余杭经开区 2022 headline; `首次突破400亿`): reached
    r"首(?<![争保取力将望]首)(?:次|度)?(?:突破|超过|破|超)(?!过去|出)|"
    r"连续(?<![争保取力将望]连续)\s*(?:\d+|[一二三四五六七八九十两]+)\s*年(?![底末内度后前])|"
    # `超“十五”计划目标3.73亿元`: beyond a plan's target, reached
    r"超(?:额完成)?[^，,。；;]{0,6}?计划目标|"
    # (a verb of doing with `了`, done: `集聚了研发机构、企业技术中心、重点实验室等96个创新平台`, district.ce.cn 东丽 2020-12, an
    # answer on the district's strengths to a question about the next five years)
    # (policies issued, `出台了《…行动方案》、5大专项工作子方案、7项支持政策`, f13_p12 永康 2022: done)
    # (up to now, as `目前`: `到现在,该县开展林下经济面积2622公顷,年产值达1.5亿元`, dlgabion.com 桂阳, after a farmer's
    # land turned over `将30亩…流转给一家制药公司`; not `至今年底`, `至今后五年`, a time ahead)
    rf"全部(?=\s*$)|全部(?:超过?|突破|达到|完成)|{_NOW}|当前|现有|如今(?!后)|到现在|迄今|至今(?![年后])|累计|已经|已(?!确定|明确|出台|制定)|今年以来|完成了|实现了|增长了|提升了|下降了|了(?<=(?:建成|引进|新增|培育|集聚|聚集|吸引|带动|创建|形成|获批|开工|竣工|签约|落地|入驻|达到|突破|新建|解决|转移|帮助|安置|接待|拥有|发展|出台|印发|获评|荣获|获得|夺取|夺得|赢得|摘得|斩获|发挥)了)|位列|位居|排名第|列全"
)
# Comparison bases state an achievement too, but never undo an intent stated before them.
# (projects starting one after another, as news tells them: `10个5000万元以上项目陆续开工`, `…等10个5000万元以上大项目陆续
# 复工`, r270 乾安 2019-04; not those that will: `将陆续开工`, `计划陆续开工`)
STRONG_ACTUAL = compile_words_first(
    rf"{_STRONG_NOT_COMPARED_WORDS}|同比|比上年|较上年|比去年|较去年"
    r"|陆续(?<![将划拟要]陆续)(?:开工|复工|开建|投产|竣工)"
)
_STRONG_NOT_COMPARED = compile_words_first(_STRONG_NOT_COMPARED_WORDS)
# Words that look ahead in an interview or a news piece as well as in a plan: `今后五年`, `下一步`, `未来三年`.
# `未来` before a noun names a thing, not a time ahead: `全面保障未来发展的基础设施建设方面16个项目` (bbs.qojkg.com 沁源,
# news of projects started that day), `培育未来产业`, Zhejiang's `未来社区` and `未来乡村` programmes.
AHEAD = r"今后|下一步|下步|未来(?!产业|社区|乡村|工厂|之城|发展|城市)|接下来|下阶段|下一阶段"
_LOOKS_AHEAD = re.compile(AHEAD)
# `将` as a time word, not the character of a place's name (`将乐县`, `将军镇`, `大将镇`): `团将乐县委通过整合2300万元
# 财政补助资金` reports what was done (chaxiaohao.com 将乐 2025: every figure of the page was read as a target).
_WILL = r"将(?![乐军])(?<![大小五荣英选]将)"
WILL = _WILL
# A year's end counted up to (`截至2020年底`) states where things stand, not an aim; so does a named year's end reckoned
# to with `到` (`到2010年末,全县蔬菜总面积16.6万亩`, f23_p11 大洼, a county page on 2010; `到2012年末,各类牲畜存栏24万头只`,
# r397 临潭 news; `到2018年年末,全县地区生产总值完成115亿元`, r386 建平): a stock as of that day, as statistics give it. A
# deadline says `前` (`到2020年底前`); an aim to reach by a year's end says so in words of intent or `将`, which still count.
_YEAR_END = r"(?<!截至)(?<!截止)(?<!至\d{4})(?<!止\d{4})年[底末](?:(?<!到\d{4}年[底末])(?<!到\d{4}年年[底末])|(?=\s*前))"
# A year to reach a figure by; not the year a change went on to (`茶叶总产量由2005年的63吨增加到2009年的214吨`, f18_p13
# 雷山 2009: history, the year's own level), nor a year's end reckoned to (above).
_RECKONED_END = r"(?!\s*年?\s*[底末](?!\s*前))"
_YEAR_END_AHEAD = re.compile(r"到\s*20\d\d\s*年年?\s*[底末]")
_BY_YEAR_AHEAD = (
    rf"到\s*20\d\d\s*年(?!\s*的){_RECKONED_END}|(?<![加长高升少降])到\s*20\d\d\s*年{_RECKONED_END}"
)
WEAK_TARGET = compile_words_first(
    # (`年年` is every year, not `十年年均增长5.6%`, fensifuwu.com 平阴 2022: the average over ten years)
    # (`全年无休` is a market or a service open all year round, no year to reach: `市场全年无休,鲜参年交易额近60亿元`, f19_p02
    # 抚松, a feature on a ginseng market)
    rf"全年(?!无休|不打烊|不间断|无间断)|年内|{_YEAR_END}|明年|下半年|每年|年年(?!均)(?<!\d年年)|{_BY_YEAR_AHEAD}|届时|以上目标|{_WILL}|{AHEAD}"
)
# Time words that point ahead even inside a report of what was achieved.
# `将` alone is also the object marker (`将…作为`): only its plainly future uses count here.
# (`将` right before a figure, `…装机容量将达1.6吉瓦`: the verb is the figure's)
FUTURE = re.compile(
    rf"明年|下半年|年年(?!均)(?<!\d年年)|{_BY_YEAR_AHEAD}|届时|底前|还将|也将|仍将|"
    # (`香港华润水泥控股有限公司将兴建六条…生产线`, r167 封开 2007: a verb of building still to come)
    # (`预计全年将有7栋楼宇税收超过5000万元`, ycsgsl.com.cn 伍家岗: there will be, not yet)
    # (money still to be spent: `从本年开端,桂阳县财务每年将投入3000万元资金扶持中药材工业` (dlgabion.com 桂阳, a reposted
    # news piece), `中央财政将投入上千亿元,支持…` (f13_p11); not a work to be put to use, `将投入使用`)
    rf"将(?:在|于|继续|达|实现|突破|超过|完成|新增|建成|形成|带动|提供|(?:有效)?解决|兴建|新建|动工|开工建设|投资建设|投入(?!使用|运营|运行|生产)|有(?![效力序])|(?=\s*$))|{AHEAD}"
    # (`将` before an adverb of effort is never the object marker: `今年,…将进一步…`, `将全力…`, `将着力…`)
    r"|将(?:进一步|全力|着力|加快|大力|积极|持续|不断|切实|扎实)"
)
# A forecast for the whole year, or its end: a target while that year is not over (in a review after it, an
# estimated outcome).
_FORECAST = re.compile(
    r"预计\s*(?:今年)?\s*(?:全年|到?\s*年底|到?\s*年末|第?[一二三四]季度|上半年|下半年)|(?:今年|全年)\s*预计"
    # (the year's works, then what they are to cost: `目前已陆续开标,今年全部开工建设,预计投资2.5亿元`, 融水 2012-03;
    # not the months so far, `今年1至10月,…预计完成`, an estimate of them)
    r"|今年[^。；;!！?？\d月季]{1,16}?[，,]\s*预计"
    # (this year at large: `預計今年全縣枸杞實現銷售收入9億元`, r244 中寧 news; not the months so far, `预计今年1-10月`)
    r"|预计\s*今年(?!\s*(?:\d|[一二三四五六七八九十]{1,2}\s*(?:月|至)|前))"
    # (a whole year named, then its forecast: `2025年发电量预计提升至74亿度` in a report of 1-9月, r395 六枝; not a part
    # of it, `2025年前三季度预计…`)
    r"|20\d\d\s*年(?![^。；;，,]{0,12}?(?:季度|半年|月|以来))[^。；;，,\d]{0,12}?预计"
    # (or the forecast first: `砀山酥梨种植面积25万亩,预计2024年产量74万吨`, f19_p03 砀山 2024-09; not a part of it,
    # `预计2024年1-9月`)
    r"|预计\s*20\d\d\s*年(?!\s*(?:\d|[一二三四]季度|第|上半年|下半年|前|以来))"
)
# The first part of a year, which a report on it estimates as it ends (`预计上半年…`).
_PART_REPORTED = re.compile(r"上半年|第?一季度")
# An estimate of what a part of the year now over came to: `今年1至10月,凯里经济开发区预计完成工业总产值17.38亿元`
# (zhxpm.cn 凯里经开区 2012), `今年一季度,…预计固定资产投资完成17.7亿元`: an outcome, as in a review; not a forecast
# of the rest of the year (`预计全年`, `预计一季度可新增`) nor an intent.
_ESTIMATE = re.compile(
    r"预计(?!\s*(?:今年|全年|年底|年末|到|第?[一二三四]季度|上半年|下半年))(?![^，,。；;]{0,12}?(?:将|可|能|有望))"
)


def estimate_so_far(head: str) -> bool:
    """Whether a sentence head opens with a part of the year so far and states only an estimate of it (`1-10月,
    …预计完成`, `预计1-3季度,…完成`): one `预计`, no word of intent, no other plan word."""
    at = head.find("预计")
    if at < 0 or head.count("预计") > 1 or "目标" in head or "预期" in head or not _ESTIMATE.match(head, at):
        return False
    if INTENT.search(head):
        return False
    # (or with the part right after it: `预计1-3季度,地区生产总值完成111.5亿元`, r141 金乡 1-9月, traditional)
    return HEAD_ACTUAL.search(head, 0, at) is not None or HEAD_ACTUAL.match(head, at + 2) is not None


# An estimate of the first part of the year as a report on it ends (`预计上半年全县生产总值同比增长11.5%`, f23_p06 旌德
# mid-year news): the part is over or all but over, so the estimate reports it, as `_PART_REPORTED` says for a figure.
_PART_ESTIMATED = re.compile(r"预计\s*(?:今年)?\s*(?:上半年|第?一季度|前三季度)(?![^，,。；;]{0,12}?(?:将|可|能|有望))")


def estimate_of_part(head: str) -> bool:
    """Whether a sentence head's only plan word is an estimate of the year's first part (`预计上半年…同比增长`):
    one `预计`, no goal, no word of intent."""
    at = head.find("预计")
    if at < 0 or head.count("预计") > 1 or "目标" in head or "预期" in head or not _PART_ESTIMATED.match(head, at):
        return False
    return INTENT.search(head) is None


# A part of the year so far (`上半年`, `1-6月`, `前10个月`).
# (`首月经济指标稳定增长,实现一般公共预算收入3.43亿元`, the year's first month: fenxiang.tmtsp.com 赣榆 2019-03)
# (not next year's: `预计明年上半年可全部完工,将解决7.5万人的安全饮水困难`, bbs.xiushui.net 修水 2014-12)
_PART_SO_FAR = (
    rf"上半年(?<!明年上半年)|一季度(?<!明年一季度)|前三季度|首月|\d+\s*-\s*\d+\s*月|{MONTHS_SO_FAR}"
)
# Time words that look back: a past year named relative to the speaker (`去年，全县…`, not `比去年`), the
# years up to now (`近五年来`, `过去一年`, `“十四五”以来`); not a base built on (`今年将在去年的基础上,继续投入25亿元`, f16_p14).
# (`近3年,我省共争取林业投入115.15亿元`, zgmiaomuw.com 贵州 2014: a count of years back written in digits)
_LOOKING_BACK = (
    r"(?:去年|上年(?!度)|前年)(?<![比较与于]..)(?!\s*的?\s*基础上)|过去(?:的)?[一二三四五两几]?年|[一二三四五两几]年来|近[一二三四五两几]?年来?"
    r"|近\s*\d{1,2}\s*年(?!\s*[前后内度])|\d{1,2}\s*年来(?<!\d{3}年来)|以来"
    # (the days just past, a news story's opening: `连日来,在海原县…,占地2700亩、总投资4.6亿元的华润100兆瓦光伏发电项目
    # 正如火如荼建设中`, r136 海原 2023)
    r"|连日来"
)
# ... near a figure they make it achieved; they set a sentence's kind only when they open it.
# So do words of a thing done (`本次新开工项目32个`, `成功签订`), which set a sentence's kind wherever they stand.
_WEAK_ACTUAL = re.compile(rf"{_PART_SO_FAR}|{_LOOKING_BACK}|{DONE}")
# (`截止6月底,全县实现…`: the year so far up to a month's end; `截至6月底前` is a deadline)
HEAD_ACTUAL = re.compile(
    # (`截止到3月15日完成财政总收入309万元`, xiaomilidoc.com 龙伏镇 2018 一季度: up to a day of the year so far)
    _PART_SO_FAR
    + r"|截[至止]到?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:底|末|\d{1,2}\s*日)(?!\s*前)"
)
# One of these stands in every match of `_WEAK_ACTUAL` / `HEAD_ACTUAL`: a text without any is not searched.
_WEAK_ACTUAL_CHARS = re.compile("[年季月来次天日功核签]")
HEAD_ACTUAL_CHARS = re.compile("[年季月]")
OPENS_LOOKING_BACK = re.compile(rf"(?:{_LOOKING_BACK})")
DONE_MARKER = re.compile(DONE)
SO_FAR = compile_words_first(MONTHS_SO_FAR)
PROJECTED = compile_words_first(PROJECTION)
# A level that work under way pushes toward, ending the text before a figure (`当前,海陵工业园区正全速推进…一批重大项目,
# 推动新能源和智慧家电两大特色产业集群规模突破500亿元`, r223 海陵工业园区 2022): still ahead, some day the text does
# not name, whatever the passage reports, when the figure is a bound (not `推动…等19个项目开工建设`, what was done).
PUSHED_TOWARD = re.compile(
    r"正(?:在)?[^，,。；;]{0,6}?(?:推进|建设|实施|推动)[^。；;]*?[，,]\s*(?:推动|助推|带动|促进|助力)"
    r"[^，,。；;\d]{0,30}?(?:突破|达到?|超过|迈上|跨越|迈向)?\s*$"
)
# ... or once carried out (`…签约的数控机床及零部件加工项目11项,将全部落地…,项目实施后,整个园区每年可新增产值10亿元`,
# cxztzcjw.cn 禄丰): where a projection after a figure starts
_PROJECTION_CUT = compile_words_first(rf"{PROJECTION}|(?:项目|工程)(?:全面)?实施(?:后|以后)")
# `8月底前`, `9月30日前`, `明年6月底前`, `年底前`
DEADLINE = re.compile(
    r"(?:(?:今年|明年|20\d\d\s*年)\s*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?:底|末|中旬|上旬|下旬|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?|年底|年末|年内)\s*前"
)
_TIME_DEADLINE = re.compile(r"(?:确保|力争|争取)\s*(上半年|下半年|[一二三四]季度(?:末|底)?|年底|年内)")
_ON_THE_BASIS = re.compile(r"[^，,。；;]{0,10}?的?基础上")
# (a bound set as a goal: `年末城镇登记失业率1.89%,低于2.5%的控制目标`, tjgb.hongheiku.com 2021 bulletin)
NAMED_TARGET = re.compile(r"[^，,。；;]{0,12}?的(?:年度|全年|年)?(?:控制|预期)?(?:目标|任务)(?!的)")
# A figure closing a quoted goal: `围绕“…工业销售收入突破1200亿元”目标`.
# A rate that names a growth goal: `全面完成7%增长目标`.
# (or a goal's task named right after the rate: `聚焦地区生产总值年度增长6%目标任务`, gongwenku1.com 2025 mid-year)
_GROWTH_GOAL = re.compile(r"[\d.]+\s*%\s*(?:以上|左右)?\s*的?\s*(?:(?:增长|增速|发展)目标|目标任务)(?!的)")
_QUOTED_TARGET = re.compile(
    r"[^，,。；;“”\"]{0,12}?[”\"」]\s*(?:的|等)?\s*(?:发展|奋斗|总体)?(?:目标|任务)(?!的)"
)
# A figure the next clause calls a goal: `达到1000亿元的工业开票销售收入,这是第一个奋斗目标`.
_CALLED_GOAL = r"[^，,。；;]{0,30}[，,]\s*(?:这|此)(?:是|为|就是)[^，,。；;]{0,8}?目标"
_TARGET_ITSELF = re.compile(
    f"{NAMED_TARGET.pattern}|{_QUOTED_TARGET.pattern}|{_GROWTH_GOAL.pattern}|{_CALLED_GOAL}"
)
# (`2022年全县地区生产总值增长目标定为11%`, s0724.cn 沙洋 2022: a goal set, in any part of the text)
_TARGET_AMOUNT = re.compile(
    # (`占年预算96540万元的22.04%`, qinan.gov.cn 秦安 1-5月: the year's budget)
    # (`完成全年固投任务152亿元的40.1%`, jbxc.gov.cn 靖边 上半年)
    # (`完成市分配任务25亿元的142.4%`, czjxsdjg.com 江华 1-10月 2012: the task the city handed down)
    # (`占年初预算数109466万元的56.3%`, ahtxq.gov.cn 屯溪 1-6月: the budget set at the year's start)
    r"(?:(?:年度|全年|年|当年|年初|下达|分配)(?:投资|固投)?(?:目标|计划|预算|任务)(?:任务|数)?\s*(?:为|是)?"
    r"|(?:增长|增速)目标\s*(?:(?:确|设)?定为|为|是)"
    # (the year's goal for a named measure: `全年谋划实施项目515个,…,年度固定资产入库目标482亿元`, r423 郑州经开区 2020)
    r"|(?:年度|全年)[^，,。；;\d完成实现达到超]{1,8}?目标\s*(?:为|是)?"
    # A measure's goal, task or budget stated as its amount, whatever the year: the figure the outcome is measured
    # against (`乌苏市2021年招商引资目标任务为55亿元`, r537 乌苏 1-9月; `一般公共预算收入预算数为15.39亿元,实际完成15.39亿元`,
    # r566 东湖 audit of 2022), and the budget quotas an audit reads execution against (`当年预算批复指标71.48亿元,已用
    # 指标62.09亿元`, `实拨单位资金预算指标20.58亿元`, r568 浮梁 audit of 2024); not what was used of them (`已用指标`)
    r"|(?:目标任务|目标|预算数)\s*(?:为|是)|(?<![已使动])(?:批复|预算)指标)\s*$"
)
_TARGET_AMOUNT_TAIL = 12
# A task's amount with a share of it after (`完成地区目标任务283亿元的39.43%`): the task named after the verb; the
# amount may stand in brackets (`完成全年区外境内指标任务(49亿元)的100.99%`, a review of investment drawn in).
_TASK_BEFORE_SHARE = re.compile(r"(?:完成|占)[^，,。；;\d]{0,10}?(?:目标|计划|任务|预算)(?:任务|数)?\s*[(（]?\s*$")
_TASK_BEFORE_SHARE_TAIL = 18
_SHARE_OF_IT = re.compile(r"\s*[)）]?\s*的\s*[\d.]+\s*%")
# A share of the plan with no `的` before it (`完成年度计划12.85%`), and the words that make it a forecast.
_TASKS_DONE = re.compile(r"完成|实现|达成")
_FORECAST_OR_INTENT = re.compile(r"预计|预期|力争|确保|争取|有望|力求")
_SHARE_OF_PLAN = re.compile(r"(?:完成|占)(?:全年|年度|年初|年)?(?:投资)?(?:目标|计划|任务)(?:任务)?\s*$")
# A verb of reaching right before a goal's figure (`增速实现13%的目标`), or opening the words after it.
_REACH_VERB_BEFORE = re.compile(r"(?:实现|完成|达到|达成)了?\s*$")
_REACH_VERB_AFTER = re.compile(r"\s*(?:实现|完成|达到|达成)")
# A year to reach a figure by (`到2020年`, `至2025年`).
_BY_YEAR = re.compile(r"(?:到|至)\s*20\d\d\s*年(?!\s*\d)")
# A plan's amount, or a project's planned size (`计划用地面积500亩`), names only its own clause.
# Projects named by the stage they are planned to reach: `计划投产项目`, `计划新开工项目`.
_STAGE_PLAN = re.compile(r"计划新?(?:开工|投产|竣工)项目")
# (`年内计划投资246.5亿元` is the year's plan, as `年度计划投资`: wj.gov.cn 武进 2017 1-9月)
_PROJECT_PLAN = re.compile(r"(?<![年度内])计划(?=(?:总)?(?:投资|用地|占地))")
_INTENT_OR_GOAL_LEAD = re.compile(f"{INTENT.pattern}|{GOAL_LEAD.pattern}")
_REQUIRED = re.compile(r"不少于|不低于|不超过|控制在")
_MEASURED = re.compile(r"\d+\.\d{2,}")
REQUIRED_OR_ABOUT = re.compile(f"{_REQUIRED.pattern}|左右")
# ... in a report, a bound it was kept within is the outcome (`城镇登记失业率控制在2.4%以内` among 2010's results, f16_p09
# 青白江; `城镇调查失业率控制在5.5%以内` in a year's results, r248 中阳 2024): only the words of a requirement are left
_REQUIRED_REPORTED = re.compile(r"不少于|不低于|不超过")
# (`今年计划实施的66个重大项目已有60个启动建设` (orisbrush.com 商南 2011): the programme, named by its plan, whose
# progress the sentence reports)
# (`今年计划` is no plan's noun but the year's verb: `重庆荣昌县今年计划新建或改建76条农村公路,总投资达1亿元`, f20_p04)
PLAN_NOUN = compile_words_first(
    r"(?:年度|全年|年内|(?<![今明])年|当年)(?:投资)?计划|计划(?:总)?(?:投资|用地|占地)|计划(?:实施|建设|新开工|开工|推进|安排)的"
)


# The projects a place sets out to carry out in the year (`该县全年确定实施重点项目69个,总投资461.5亿元`), up to the
# figure, in the same sentence; not those it has drawn up (`全年共谋划重点建设项目129个`, r176 寿阳: the planning done).
_YEAR_PROGRAMME = re.compile(r"全年(?:共)?(?:确定实施|计划实施|拟实施|安排实施)[^。；;！!？?\n]{0,30}$")


# A year's roster of projects, told before the year is over, is the year's plan: a sentence that draws the roster
# up (`全年共谋划重点建设项目129个`, r176 寿阳 2022; `今年我们谋划了…163个重点建设项目`, r112 鄱阳) or gives its year's planned
# investment (`2019年,陵水安排政府投资项目185个,其中新开工项目114个,续建项目71个,总投资179.1亿元,年度计划投资27.7亿元`,
# r174 陵水 2019-04; `该区2016年重点开竣工项目38项,…年度计划投资260830.8万元`, f14_p19 长洲 2016-04); its counts, total
# investment and split are what the year is to carry out. Not what is done so far (`以来`, `截至`, `累计`, `已`), what an
# event started (`此次`, `集中`), nor what the text says of some of the roster's projects (`涉及`); nor a reserve list.
_YEAR_PLANNED = r"(?<![占成的])(?:年度|当年|今年|全年|年内)计划投资\s*\d"
_ROSTER = re.compile(
    r"谋划(?![^，,。；;]{0,24}?储备)[^。；;\d]{0,30}?\d*[个项]?[^，,。；;\d]{0,20}?项目|" + _YEAR_PLANNED
    # (the year's projects named by what the place pushes on with: `该区今年强力推进的45个在手、在建亿元以上优质重点产业
    # 项目,总投资达到325亿元`, r408 京口 1-11月)
    + r"|(?:今年|年内|本年)[^，,。；;\d]{0,8}?(?:推进|实施|建设|安排)的\s*\d*[个项]?[^，,。；;\d]{0,20}?项目"
)
_PUSHED_ON = re.compile(r"(?:推进|实施|建设|安排)的")
# ... and the projects a place has had listed among the province's or the city's for the year, counted right after
# (`2017年,全县共争列省重点项目10个`, f21_p09 香河 2017-10; `2025年我区列入省重大项目3个`, f21_p08 2025; `列入银川市
# 重点项目74个`, r185 灵武)
_LISTED = re.compile(r"(?:争列|列入|纳入)[^，,。；;\d]{0,16}?(?:重点|重大)[^，,。；;\d]{0,10}?项目\s*$")
_OWN_YEAR_PLANNED = re.compile(_YEAR_PLANNED)
_NOT_ROSTER = re.compile(r"以来|截至|截止|累计|已|此次|本次|当天|当日|集中|涉及|储备")
_CLAUSE_MARK = re.compile(r"[，,。；;]")
_YEAR_REPORTED = re.compile(r"1\s*[-—–~至到]\s*12\s*月|(?:截至|截止)\s*12\s*月")
_ROSTER_MONEY = re.compile(
    r"(?<!完成)(?<!实现)(?<!到位)投资(?:总额)?(?:为|达到?|约|近)?\s*$"
)  # (not what is invested)


def _year_roster(before: str, after: str, q: Quantity) -> bool:
    """Whether the figure counts a year's roster of projects, its total investment or its split (see _ROSTER)."""
    if q.unit in ("个", "项"):
        # (a long list of kinds may stand between: `45个在手、在建亿元以上优质重点产业项目`, r408)
        near = max(q.end - q.start + 12, min(q.end - q.start + 24, _clause_end(after)))
        if "项目" not in before and "项目" not in after[:near]:
            return False
    elif q.unit not in ("亿元", "万元") or not _ROSTER_MONEY.search(before) or "计划" in before[-8:]:
        return False
    listed = q.unit in ("个", "项") and ("列" in before or "纳入" in before) and _LISTED.search(before)
    if not (listed or _ROSTER.search(before + after)) or _YEAR_REPORTED.search(before + after):
        # (a year-end report's roster reports the year: `省重点项目共9项,…,年度计划投资23.5亿元,1-12月累计完成投资
        # 33.76亿元`, r35 晋安 2022)
        return False
    own = before[_clause_start(before) :]
    if _OWN_YEAR_PLANNED.search(
        own + after[: (m.start() if (m := _CLAUSE_MARK.search(after)) else len(after))]
    ):
        # a part whose own clause gives its year's planned investment (`此次集中开复工50个重点项目,…,其中11个市级重点项目
        # 当年计划投资97.6亿元`, f15_p12 富县 2017-03): its own words say what it is
        return not _NOT_ROSTER.search(own)
    return not _NOT_ROSTER.search(before)


def _roster_split(before: str, after: str, q: Quantity, whole: str) -> bool:
    """Whether a count of projects opens a `其中` sentence that splits the year's roster the sentence before drew up
    (`该区今年强力推进的45个…项目,…。其中,24个在建项目推进良好`, r408 京口 1-11月): the split by stage is the plan's, as
    the roster is; not what its own clause says is done (`6个项目已竣工投产`)."""
    if "项目" not in after[: q.end - q.start + 12] or _NOT_ROSTER.search(whole, 0, _whole_opening(whole)):
        return False
    if not _ROSTER.search(whole) or _YEAR_REPORTED.search(whole):
        return False
    own = before[_clause_start(before) :] + after[: _clause_end(after)]
    return not _NOT_ROSTER.search(own) and not _DONE_VERB.search(own)


# What an item of a task list says is already done or stands now (`已完成`, `累计`, `目前`, `同比`).
_DONE_IN_TASK = re.compile(rf"已|累计|{_NOW}|截至|截止|同比|比上年|较上年")


# The funds a `争取` right before the amount won, named after it (`争取60.4亿元政策资金`): see INTENT.
_FUNDS_AFTER = re.compile(rf"[^，,。；;\d]{{0,8}}?(?:{_FUNDS_WON})")


# A budget and its revision are targets (tests/real/README.md, "A budget is a target"), in whatever year: the amounts
# the budget approved at the year's start lists (`批准的年初预算为:一般公共预算收入76138万元(税收收入47008万元…);政府性基金
# 预算收入80000万元`), those a revision sets (`由年初的76138万元调整为89138万元,调增13000万元`) and those it leaves
# (`城市建设配套费10000万元、…专项收入5000万元不作调整`), r541 巫溪's 2022 execution; not what the year brought in after
# the list (`完成`, `执行数`, `决算`).
_BUDGET_SET = re.compile(r"(?:年初|批准的?|通过的?)预算数?\s*(?:为|是)\s*[:：]?")
_BUDGET_EXECUTED = re.compile(r"完成|执行数|实际|决算")
_BUDGET_REVISED = re.compile(r"(?:调整为|调增|调减)\s*$")
_BUDGET_KEPT = re.compile(r"[^，,。；;]{0,30}?不作调整")


def budget_figure(opened: str, before: str, after: str, q: Quantity) -> bool:
    """Whether the figure is an amount a budget sets: `opened` is its sentence's text before `before`, back to a `。`
    (a `;` ends `before`, not the budget's list)."""
    text = opened + before
    if "预算" not in text:
        return False
    leads = list(_BUDGET_SET.finditer(text))
    if leads and not _BUDGET_EXECUTED.search(text, leads[-1].end()):
        return True
    if _BUDGET_REVISED.search(before[-4:]):
        return True
    return "不作调整" in after and bool(_BUDGET_KEPT.match(after, q.end - q.start))


def figure_kind(
    before: str,
    after: str,
    fallback: str,
    q: Quantity,
    *,
    past: bool = False,
    early: bool = False,
    ahead: bool = False,
    so_far: bool = False,
    firm: bool = False,
    split_of: str = "",
) -> str:
    """Target or achieved: the nearest strong marker before the figure, else what its period says (a past
    period is achieved), else the nearest time word, else a marker after it, else a rank held, else the
    context's kind. A firm target context (an item of a task list) holds unless the figure says it is done.
    `split_of` is the sentence whose whole the figure's `其中` sentence splits, if it does; `so_far` says the passage
    reports a part of the year gone by (its `预计` estimates that part); `ahead` that the figure's period lies after the
    text's year."""
    if firm and fallback == TARGET and not _DONE_IN_TASK.search(before):
        return TARGET  # `完成农村公路大中修70公里` as an item of a task list: the task's verb, not a result
    if "预计" in after and _goal_before_estimate(before, after, q):
        return TARGET
    if "应" in before[-6:] and _SHOULD.search(before[-6:] + after[:3]):
        return TARGET  # `参照时间节点,全县项目投资比例应完成25%` (f21_p15 封丘 2016): the progress due by then
    if "预计" in before and (estimate := _GOAL_THEN_ESTIMATE.search(before)) is not None:
        # the estimate after a goal's line: the goal's words (`全年计划实施`, `预期目标`) are not its own
        before = " " * estimate.end() + before[estimate.end() :]
    if (
        not past
        and (
            "谋划" in before + after
            or "计划投资" in before + after
            or "列" in before
            or "纳入" in before
            or _PUSHED_ON.search(before)
        )
        and _year_roster(before, after, q)
        # (a `其中` part of projects an event started, `盐亭县此次开工项目20个,…,年度计划投资30.88亿元。其中,产业发展类
        # 项目11个,…,年度计划投资15.93亿元`, f21_p13 盐亭 2022-03: the started projects' split, done as they are; as the
        # whole's own words up to its count say, not its later progress: `全县2016年计划实施千万元以上项目84个,…,元-4月累计
        # 完成投资10.14亿元…。其中续建项目27个`, f21_p15 封丘, is the roster's split)
        and not (split_of and _NOT_ROSTER.search(split_of, 0, _whole_opening(split_of)))
    ):
        return TARGET
    if not past and split_of and q.unit in ("个", "项") and _roster_split(before, after, q, split_of):
        return TARGET
    # (each pattern is tried only when a word every match of it holds stands where the match would)
    tail = before[-_TARGET_AMOUNT_TAIL:]
    # `完成年度计划12.85%` (wjjyp.cn 1-2月 report): progress against the plan, not its amount, with no `的` before
    # the share
    share = (
        _SHARE_OF_PLAN.search(before, max(0, len(before) - _TARGET_AMOUNT_TAIL)) if q.unit == "%" else None
    )
    if share:
        before = before[: share.start()]
        if not _FORECAST_OR_INTENT.search(before):
            return ACTUAL  # (a forecast of it stays one: `预计…超额完成任务近50%`, tcgxipo.com 东海 2018)
    # `控制在2%的年度目标以内`, `围绕“…突破1200亿元”目标`, `完成年度目标200亿元的60%`: the target itself
    amount = (
        ("目标" in tail or "计划" in tail or "预算" in tail or "任务" in tail or "批复" in tail)
        and not share
        and _TARGET_AMOUNT.search(before, max(0, len(before) - _TARGET_AMOUNT_TAIL))
    )
    if not amount and q.unit != "%" and "的" in after[q.end - q.start : q.end - q.start + 3]:
        # `完成地区目标任务283亿元的39.43%` (r190 阿克苏 2024-07 news, traditional): the amount of the task handed down,
        # a share of which the next figure says was done
        amount = _SHARE_OF_IT.match(after, q.end - q.start) and _TASK_BEFORE_SHARE.search(
            before, max(0, len(before) - _TASK_BEFORE_SHARE_TAIL)
        )
    if amount and q.unit == "%" and "预算" in amount.group():
        # `为年初预算61.22%` (lukou.gov.cn 渌口 2015): a share of the budget reached, not its amount
        amount = None
    if (
        amount
        and past
        and q.unit not in _MONEY_OR_SHARE
        and _TASKS_DONE.search(before, _clause_start(before), amount.start())
        and not _SHARE_OF_IT.match(after, q.end - q.start)
    ):
        # `完成市区级年度任务200项` (r382 东城 2025 report's review of 2024): the year's tasks done, counted
        return ACTUAL
    if amount and before.endswith("超", 0, amount.start()) and not _FORECAST_OR_INTENT.search(before):
        # `超年度投资计划210个百分点` (victorzhang.cn 仁寿 2013): by how much the plan was passed, not its amount
        return ACTUAL
    names_target = (("目标" in after or "任务" in after) and _TARGET_ITSELF.match(after)) or amount
    if names_target and not (past and _goal_reached(before, after)):
        return TARGET
    if (
        q.cmp == "="
        and "目标" in after
        and _BELOW_GOAL.match(after, q.end - q.start)
        and not _BOUND_SET.search(before, _clause_start(before))
    ):
        # `年末城镇登记失业率1.89%,低于2.5%的控制目标` (tjgb.hongheiku.com 2021 bulletin): an outcome set against the goal
        return ACTUAL
    if (
        not past
        and "任务" in after[: q.end - q.start + _TASKS_COUNTED_MAX]
        and _counts_tasks(before, after, q)
    ):
        return TARGET  # `荣昌76条农村公路建设任务完成投资近半` (f20_p04): the tasks set, on which progress is told
    if "已" in after and q.unit != "%" and _task_then_done(after, q):
        return TARGET  # `126条农村黑臭水体治理已完成120条`: the task set; what is done is the second count
    if "未" in before and _BEHIND_LISTED.search(before):
        # `未达到序时进度11项、占比20.0%,为“交通建设提升年”活动完成投资80亿元、普惠性幼儿园覆盖率达80%…`
        # (xuancheng.gov.cn 2020 1-11月 督查通报): the tasks behind schedule, named as set
        return TARGET
    if ("下达" in before or "分配" in before) and q.unit != "%" and _task_handed_down(before):
        return TARGET  # `上级下达涿鹿县造林绿化任务7.8万亩(其中…封山育林1万亩…)`: the task set, not what was done
    if "期" in before and _PHASE_COST.search(before, _clause_start(before)):
        return TARGET  # `该项目总投资1.2亿元,一期预计投入资金近4000万元`: what the phase is to cost
    if (
        not past
        and "年度投资" in tail
        and q.unit in ("亿元", "万元")
        and _YEAR_INVESTMENT.match(before, _clause_start(before))
    ):
        # `全县2019年二季度重点开工建设的项目有21个,年度投资22.3亿元` (china.com.cn 秀山 2019-05, news of projects
        # started that day): what the projects are to invest in the year under way, as `年度计划投资`
        return TARGET
    if (
        not past
        and "守" in before[-16:]
        and _LINE_HELD.search(before)
        and _RED_LINE.match(after, q.end - q.start)
    ):
        # `严守49.91万亩耕地红线` (r285 吉木萨尔 2024 news): a bound to hold, as `不少于`; in a review of a year over, the
        # line held (`守牢155.1万亩耕地红线`, r319 甘州 2026 report on 2025)
        return TARGET
    if "在" in before[-12:] and _ON_THE_BASIS.match(after):
        return ACTUAL  # `在流转60万亩土地的基础上`: a base already reached
    if ("实际" in before or "超额" in before) and _DONE_AGAINST_TASK.search(
        before[_clause_start(before) :] + _LEAD_WORDS.match(after).group()
    ):
        # `全年任务为3800户,实际改造4559户,超额完成20%`: what was done against the task just named
        return ACTUAL
    # `预计全年财政总收入将达7亿元` in a mid-year report: the year is still to come; not the report's own part,
    # estimated (`一、上半年工作总结 … 预计上半年全县GDP增长6.3%以上`, gongwenku1.com 2025)
    if (
        early
        and not past
        and (forecast := _FORECAST.search(before))
        and not (fallback == ACTUAL and _PART_REPORTED.search(forecast.group()))
    ):
        return TARGET
    if early and not past and not so_far and "预计" in before and _forecast_of_this_year(before):
        # a forecast in a text written inside its year, whatever its words (`今年有3万亩花椒初投产,预计可采摘鲜椒300余万斤,
        # 实现产值2500余万元`, f23_p14 平昌 2017-06 news; `今年全县种植面积仅2.6万亩,产量预计减少为0.8万吨`, f23_p10 澄迈):
        # the year's outcome is still to come
        return TARGET
    if ahead and not past and _YEAR_END_AHEAD.search(before):
        return TARGET  # `到2025年底,全县茶园面积达到12万亩` in 2023: a year's end still to come is an aim, not a stock
    if ahead and not past and "预计" in before and not _told_of_an_earlier_figure(before):
        # a forecast of a time that reaches past the text's year: `2024至2025年產季,預計全縣咖啡生豆產量達1.25萬噸,可實現
        # 咖啡全產業鏈產值13億余元` (人民網 孟連 2024-12-04, f16_p12), whatever the news reports before it
        return TARGET
    reporting = fallback == ACTUAL or past
    if not reporting and "预计" in before and estimate_so_far(before):
        # `预计1-3季度,地区生产总值完成111.5亿元` (r141 金乡, undated): an estimate of the months gone by reports them
        reporting = True
    target_words = INTENT if reporting else INTENT_OR_PLAN
    before = without_slogans(without_groundwork(without_purpose(before)))
    if before.endswith("争取") and _FUNDS_AFTER.match(after, q.end - q.start):
        # `争取60.4亿元政策资金创历史新高` (r416 湘乡 2025 review): the funds won, named after their amount (INTENT
        # sees only the words before the figure)
        before = before[:-2] + "  "
    if "现有" in before and not reporting:
        before = _PUSHED_STOCK.sub("  ", before)
    if "计划" in before:
        before = _without_plans_before(before, past)
    if not reporting and "累计" in before and (fallback == TARGET or _BY_YEAR.search(before)):
        before = without_total_word(before)  # (`主要发展指标是:到2020年,…累计完成…`)
    if q.cmp in (">", ">=") and "正" in before and PUSHED_TOWARD.search(before):
        return TARGET
    if not past and q.unit in _WORKS_UNITS and ("抓好" in before or "力推" in before) and _works_to_push(before, after, q):
        # `重点抓好粮食生产2个万亩示范片和10个千亩示范片建设` (f23_p07 靖州), `突出抓好滨海-中关村科技园等5个载体建设`
        # (f14_p05 滨海 2020), `力推31个省市重点项目建设` (f20_p13 金堂): the works a year's task is to push on, counted
        return TARGET
    strong = _last_marker(before, target_words, STRONG_ACTUAL)
    if (
        strong == ACTUAL
        and (INTENT.search(before) or GOAL_LEAD.search(before))
        and _last_marker(before, _INTENT_OR_GOAL_LEAD, _STRONG_NOT_COMPARED) == TARGET
    ):
        # `力争…限上社零额同比增长15%以上`, `预期目标是,地区生产总值同比增长7%`: a comparison base does not undo
        # an intent or a list of goals
        return TARGET
    if strong:
        return strong
    if not past and "全年" in before and _YEAR_PROGRAMME.search(before):
        # `该县全年确定实施重点项目69个,总投资461.5亿元` (富县 news of 2017-03-15): the year's programme, still to come
        return TARGET
    if not past and q.unit not in _MONEY_OR_SHARE and _still_to_build(before, after, q):
        return TARGET
    if (
        not past
        and ("力" in (near := after[: q.end - q.start + 12]) or "产能" in near)
        and _capacity_to_reach(before, after, q)
    ):
        return TARGET
    if "可" in before and not reporting_estimate(before) and _CAN_DO.search(before):
        # `项目总投资24亿元,可实现年产值200亿元,上缴税收12亿元` (r185 灵武, a project begun that day): what a project
        # can yield is still to come
        return TARGET
    if ("集中" in before or "集中" in after[:_EVENT_AFTER]) and _event_held(before, after[:_EVENT_AFTER]):
        return ACTUAL  # `石门县6大项目集中开工,总投资约7亿元`: what an event held started
    if past and not _LOOKS_AHEAD.search(before):
        # (`现在黔西的GDP增长是13%,今后可以实现17~18%`, m.fx361.cc 黔西 2010: a look ahead is no result, whatever
        # year the passage is of)
        return ACTUAL
    weak_actual = _WEAK_ACTUAL if _WEAK_ACTUAL_CHARS.search(before) else None
    weak = _last_marker(before, FUTURE if reporting else WEAK_TARGET, weak_actual)
    if weak:
        return weak
    if (_REQUIRED_REPORTED if reporting else REQUIRED_OR_ABOUT).search(after, 0, q.end - q.start) and not (
        # `2002年全市人口自然增长率控制在4.87‰以内` (r220 肇东 yearbook): a bound reported on a measured figure, two
        # decimals, is an outcome (a bound set is a round one: `控制在3‰以内`, `比地区下达的控制数13‰低`)
        reporting and _MEASURED.match(after, q.number_start - q.start)
    ):
        # `不少于200个`, `控制在3%以内`: a figure's own words of a requirement; `增长7%左右` too, bar in a report
        # (`预计全年…增长8.5%左右` in a year-end summary is an estimate of what was reached)
        return TARGET
    if "计划" in after:  # `重点项目50个,总投资…,年度投资计划17.68亿元`: the plan's amount is its own clause's
        after = PLAN_NOUN.sub(lambda m: " " * len(m.group()), after)
    if (projection := _PROJECTION_CUT.search(after)) is not None:
        # `开工项目15个,总投资40.28亿元,项目达产达标后,可实现年销售收入83.2亿元` (r142 弋阳 2020): a projection speaks
        # for the figures after it, not for the projects counted before it
        after = after[: projection.start()]
    if (
        fallback == ACTUAL
        and "计划" in after
        and (plan := _LATER_PLAN.search(after, q.end - q.start))
        and not _intent_before(after, plan)
    ):
        # `我县实施省级民生实事项目23件、…10件,共计划安排资金78420.32万元` (santai.gov.cn 三台 2020-08): the plan's amount
        # named in a later clause is its own; the counts before it stand as told
        after = after[: plan.start()]
    if "拟" in after and (intended := _LATER_INTENDED.search(after, q.end - q.start)) is not None:
        # `总投资17.8亿元,用地约400亩,…拟建设年产60万立方米ALC板材生产线2条` (chuangtou.rexun.cn 郏县 2023-08): what a
        # project intends speaks for its own clause and after, not for the project's size told before it
        after = after[: intended.start()]
    if "拥有" in before and _HELD_STOCK.search(before):
        # `其中拥有世界500强企业1家,中国民营企业500强9家,…,正朝着千亿级工业园区的目标奋进,力争跻身…` (r474 荣昌): a stock
        # the place has now; an aim told after it is the next clause's, not the stock's
        return fallback
    later = _first_marker(after, target_words, STRONG_ACTUAL)
    if later:
        return later
    if fallback == TARGET and split_of and _last_marker(split_of, INTENT_OR_PLAN, STRONG_ACTUAL) == ACTUAL:
        # `我县秋粮已收获94.18万亩…。其中水稻2.11万亩,玉米14.57万亩` (f30_p12 会泽 2023): the parts of a whole told as done
        # are done, whatever the passage's plans
        return ACTUAL
    return ACTUAL if q.unit == "名次" and q.cmp == "=" else fallback  # `列第18位` states a rank held


# A plan execution report's line: the year's goal, a colon, then the outcome estimated against it (`——全年地区生产总值
# 预期目标增长6.5%:预计全年实现增长6.5%左右`, `——全社会固定资产投资完成365亿元:预计全年固定资产投资完成380亿元左右`,
# f21_p01 武昌 2023): the figures before the colon are the goal, whatever their verbs; those after it the estimate.
_GOAL_THEN_ESTIMATE = re.compile(r"(?<!预计)[:：]\s*(?=预计)")
_COLON = re.compile(r"[:：]")
# The works a plan goes on with, named as those on hand: `加快推进现有18个政府投资项目、62个省市县重点项目建设` (r405
# 武城 2025 report's plan): `现有` says which ones, not that the count is a result.
_PUSHED_STOCK = re.compile(r"(?<=推进|推动|实施|抓好|盘活)现有")
# What is due, right before the figure (whose words may open with the verb): `应完成`, `应当达到`.
_SHOULD = re.compile(r"应(?:当|该)?\s*(?:完成|达到|达)\s*[\d.]")


def _goal_before_estimate(before: str, after: str, q: Quantity) -> bool:
    """Whether the figure stands in a goal's line that a colon and an estimate of it follow (_GOAL_THEN_ESTIMATE)."""
    estimate = _GOAL_THEN_ESTIMATE.search(after, q.end - q.start)
    if estimate is None or _COLON.search(after, q.end - q.start, estimate.start()):
        return False
    # (the goal's own line: no colon, and no estimate, before the figure in its sentence)
    return not _COLON.search(before) and "预计" not in before


# What makes a `预计` an estimate of the months gone by, not a forecast: a part of the year so far in the sentence
# (`上半年`, `1-10月`, `截至9月底`), an estimate of a part or of the whole year (those `_FORECAST` reads), or of the
# year it is told under (`2016年,预计(下同)全县生产总值340亿元`, a term's review read in the year's last months).
_NOT_FORECAST_HERE = re.compile(
    rf"{HEAD_ACTUAL.pattern}|预计\s*(?:今年)?\s*(?:全年|到?\s*年底|到?\s*年末|第?[一二三四]季度|上半年|下半年|\d)"
    r"|\d{4}\s*年\s*[，,]?\s*预计|预计\s*[（(]\s*下同"
)


def _forecast_of_this_year(before: str) -> bool:
    """Whether the sentence's last `预计` forecasts the figure: no part of the year so far named in the sentence
    (an estimate of it reports), nor a figure of its own clause before it (`20项预计如期完成`: that figure's)."""
    return not _NOT_FORECAST_HERE.search(before) and not _told_of_an_earlier_figure(before)


# A clause that opens with a figure and goes on to its forecast (`20项预计如期完成`): the forecast is that figure's.
_FIGURE_THEN_FORECAST = re.compile(r"[^，,；;]*\d[^，,；;]*$")


def _told_of_an_earlier_figure(before: str) -> bool:
    """Whether the last `预计` before the figure stands after a figure of its own clause, so that it forecasts that
    one (`30项发展指标中,6项可提前完成,20项预计如期完成,GDP年均增长率…等3项指标不达预期`, r61 前湾新区 2024 on its
    plan's mid-term review: the 3 are told as they stand)."""
    at = before.rfind("预计")
    return bool(_FIGURE_THEN_FORECAST.fullmatch(before, _clause_start(before[:at]), at))


# What a project builds or installs, in the figure's own clause (`装机容量200万千瓦`, `新建5条微生物肥料生产线`), and
# the time its sentence says the project is to be finished by (`计划于2024年投产`, `预计明年下半年建成投产`).
_BUILT_CONTENT = re.compile(
    r"(?:装机容量|装机规模|设计产能|年产能|设计能力|(?:总)?建筑面积"
    r"|(?:配套|同步)?(?:建设|新建|兴建|扩建|安装)[^，,。；;\d]{0,12}?)\s*(?:达|约|为|共计|共)?\s*$"
)
_TO_COMPLETE = compile_words_first(
    r"(?:计划|预计|将|力争|争取|有望)\s*(?:于|在|到)?[^，,。；;]{0,12}?(?:建成|投产|竣工|完工|投运|并网|运营)"
)
_BUILT_TAIL = 20  # how far before the figure its verb of building may stand
_MONEY_OR_SHARE = ("亿元", "万元", "元", "%")  # (a project's cost is told, not still to come)


# The works a task pushes on, counted: the verb before the count in its clause (`抓好`, `力推`, not `抓好了`), the works'
# `建设` ending the clause after it.
_PUSH_VERB = re.compile(r"(?:抓好|力推)(?!了)[^，,。；;]{0,24}$")
_WORKS_BUILT = re.compile(r"[^，,。；;]{0,24}?建设(?=\s*(?:[，,。；;]|$))")
_WORKS_UNITS = ("个", "项", "处", "大")


def _works_to_push(before: str, after: str, q: Quantity) -> bool:
    """Whether the figure counts the works a task is to push on (_PUSH_VERB … _WORKS_BUILT)."""
    return (
        _PUSH_VERB.search(before, _clause_start(before)) is not None
        and _WORKS_BUILT.match(after, q.end - q.start) is not None
    )


def _still_to_build(before: str, after: str, q: Quantity) -> bool:
    """Whether the figure tells what a project is to build or install, in a sentence that says when the project is to
    be finished: `…项目…,总投资近100亿元,装机容量200万千瓦,配套建设200MW/400MWh储能,计划于2024年投产` (r185 灵武, a
    project started that day: its capacity is still to come, its cost is told); `主会场法麦克斯三期项目总投资5.2亿元,新建5条
    微生物肥料生产线,预计明年下半年建成投产` (shayang.gov.cn 沙洋 2024-09, projects started)."""
    if _TO_COMPLETE.search(after, q.end - q.start) is None:
        return False
    return _BUILT_CONTENT.search(before, max(_clause_start(before), len(before) - _BUILT_TAIL)) is not None


# The capacity a project is to give, in its description: `…建设…生产线一条,实现年涂覆加工五金电声配件8000万件的生产力`,
# `通过购置安装…进行技术升级改造,实现年产…钢带制品5000吨的生产能力` (m.sznew888.cn 长洲 2016-04, projects newly started,
# f14_p19); not one a project built or put into production gave (`建成投产,形成年产…的生产能力`).
_CAPACITY_VERB = re.compile(r"(?:实现|形成|具备|达到)\s*(?:年|年产)?[^，,。；;\d]{0,24}$")
_CAPACITY_NOUN = re.compile(r"\s*的?\s*(?:生产能力|生产力|产能|加工能力|处理能力)")
_CAPACITY_REACHED = re.compile(r"建成|投产|竣工|完工|达产|已")


def _capacity_to_reach(before: str, after: str, q: Quantity) -> bool:
    """Whether the figure is the capacity a project described is to reach (its verb before, `的生产能力` after)."""
    return (
        _CAPACITY_NOUN.match(after, q.end - q.start) is not None
        and _CAPACITY_VERB.search(before, _clause_start(before)) is not None
        and not _CAPACITY_REACHED.search(before)
    )


# A line to hold, right before the figure, and the line after it: `严守49.91万亩耕地红线`, `守住…生态保护红线`; not one held
# (`守住了`).
_LINE_HELD = re.compile(r"(?:严守|守住|坚守|守牢|守好|死守)(?!了)[^，,。；;\d]{0,10}$")
_RED_LINE = re.compile(r"\s*的?[^，,。；;\d]{0,8}?(?:红线|底线)")


# A later clause whose verb is `拟` (what is intended).
_LATER_INTENDED = re.compile(
    rf"[，,；;(（)）][^，,。；;\d]{{0,12}}?{_INTENDS}"
)  # (searched only where `拟` stands)


# A year's investment named alone at its clause's head, with no verb of doing (`年度投资22.3亿元`; not `年度投资完成…`,
# `完成年度投资…`).
_YEAR_INVESTMENT = re.compile(r"\s*(?:其中)?\s*年度投资(?:额)?\s*(?:为|约|达)?\s*$")


# An event of projects held together, told as news (`10月8日,石门县6大项目集中开工,总投资约7亿元`, r161 石门 2021;
# `石门县10月份6个项目集中开工`): what it started or signed is done, unless the sentence looks ahead to it (`11月将集中
# 开工项目20个`, `计划集中签约`).
# (`甘肃天祝2023年第二季度36个工程集中开建` and its title `36个重大工程吹响集中开建冲锋号`, r181 天祝 2023)
_EVENT = re.compile(r"集中(?:开工|开建|开复工|签约|竣工|投产|开业|落地)(?!仪式前)")
_EVENT_AHEAD = re.compile(rf"{_WILL}|拟|计划|预计|即将|准备|力争|确保|争取|有望|筹备|下一步|将于")
_EVENT_AFTER = 12


def _event_held(before: str, after: str) -> bool:
    """Whether the figure's sentence tells of projects started or signed together, with no word ahead before the
    figure (`项目集中开工后,预计年产值…`) nor between it and the event (`6个项目将于下月集中开工`)."""
    if _EVENT_AHEAD.search(before):
        return False
    if _EVENT.search(before):
        return True
    event = _EVENT.search(after)
    return event is not None and not _EVENT_AHEAD.search(after, 0, event.start())


# A clause of the figure's sentence that opens with what a thing can do (`,可实现年产值…`, `,可新增就业…`), with no
# full stop between.
# (or right after a project's completion: `项目建成投运后可实现产值86亿元,税收21亿元,安置就业1000人`, bbs.jdcq.net 忠县
# 2017-12, news of projects signed)
_CAN = r"\s*(?:预计)?\s*可(?:实现|达到?|新增|带动|增加|提供|安置|创造|年)[^。；;!！?？]*$"
_CAN_DO = compile_words_first(
    rf"[，,]{_CAN}|(?:建成|投产|达产|达效|竣工|完工|投用|投运|运营|运行)[^，,。；;]{{0,4}}?后{_CAN}"
)


# An estimate of a time's outcome names the time (`预计全年可实现…`); bare `预计可实现…` after projects signed is what they
# are to yield (`当天,7个项目成功签约,预计可实现进出口额接近9亿美元`, r306 长沙县 2017-01).
_ESTIMATED_TIME = re.compile(r"预计[^，,。；;\d]{0,8}?(?:全年|今年|年底|年末|年度|季度|半年|月)|预计\s*\d")


def reporting_estimate(before: str) -> bool:
    """Whether the sentence estimates an outcome (`预计全年可实现…`): a review's estimate is a result."""
    return "预计" in before and _ESTIMATED_TIME.search(before) is not None


# `拥有N家…` opening the figure's clause chain: what a place has (not `拥有…的`, a quality named: `拥有…的目标`).
_HELD_STOCK = re.compile(r"拥有(?![^，,。；;\d]{0,16}?的)[^，,。；;\d]{0,16}?\d")


# A later clause that opens with a plan's amount (`,共计划安排资金…`, `,计划总投资…`).
_LATER_PLAN = re.compile(r"[，,；;]\s*(?:共|总|其中)?\s*计划")


def _intent_before(after: str, plan: re.Match[str]) -> bool:
    """Whether a word of intent stands between the figure and that later plan (it then speaks for the figure too)."""
    return INTENT.search(after, 0, plan.start()) is not None


# A figure set against a goal's own figure in the next clause: `…1.89%,低于2.5%的控制目标`.
_BELOW_GOAL = re.compile(
    r"\s*[，,]\s*(?:低于|高于|优于|好于)[^，,。；;\d]{0,8}?[\d.]+\s*%?\s*的?(?:年度|全年)?(?:控制|预期)?目标"
)


# ... unless the figure's own clause sets it (`城镇登记失业率控制在3.5%以内,低于4.5%的控制目标`).
_BOUND_SET = re.compile(r"控制在|确保|力争|争取|预期|目标|计划")


# What one phase of a project is to cost, in the figure's own clause: a plan, not an estimate of what was spent.
_PHASE_COST = re.compile(r"期(?<=[一二三四五六首]期)(?:工程|项目)?(?:预计|拟)(?:总)?投(?:入|资)")


# What was done against a task just named, in the figure's own clause (`全年任务为3800户,实际改造4559户,超额完成20%`,
# `实际分别完成95个、310个`, news.72177.com 天津 乡村振兴 2020-12): `实际` before a verb of doing, `超额完成` with no
# intent right before it (`确保超额完成` stays a goal). Not `实际使用外资`, `实际增长` (indicator names).
_DONE_AGAINST_TASK = re.compile(
    r"实际(?:分别)?(?:完成|改造|建成|开工|新增|实现|发放|招引|签约|落地|培训|安置|治理|种植|播种)"
    r"|(?<!确保)(?<!力争)(?<!争取)(?<!确保全面)超额完成"
)
_LEAD_WORDS = re.compile(r"[^\d，,。；;]{0,6}")  # (the verb may stand after where the figure's name was cut)


# The tasks a report lists as behind schedule or not done, named after the count of them.
_BEHIND_LISTED = re.compile(
    r"未(?:能)?(?:达到|达|完成)(?:序时进度|进度|目标|任务|预期)[^。；;]{0,20}?[，,]\s*(?:分别)?(?:为|是|包括|有)\s*[:：]?[^。；;]*$"
)


# A task handed down by a higher level, and its amount: right after it (`上级下达涿鹿县造林绿化任务7.8万亩`), or in its
# breakdown (`(其中张承地区植树造林项目3.8万亩、封山育林1万亩…)`). Not an amount between `下达的` and the task: `完成…
# 南通市下达的43.7万亩高标准农田建设任务` tells the task done (seed 002 启东).
_TASK_NOUN = r"(?:任务|目标|指标)(?:任务|面积|数|量)?"
_HANDED_DOWN = re.compile(
    rf"(?:下达|分配)(?:给)?[^，,。；;\d]{{0,20}}?{_TASK_NOUN}\s*(?:为|是|共)?\s*$"
    rf"|(?:下达|分配)(?:给)?[^，,。；;]{{0,20}}?{_TASK_NOUN}[^，,。；;()（）]{{0,12}}?[(（]\s*其中[^()（）]*$"
)


def _task_handed_down(before: str) -> bool:
    """Whether a figure is the amount of a task a higher level handed down (rozums.com 涿鹿 2021-07)."""
    return bool(_HANDED_DOWN.search(before, _clause_start(before)))


_COUNT = re.compile(r"\d+\s*[个项]")


def _whole_opening(whole: str) -> int:
    """Where the words that say what a split whole is end: after its first count (`据介绍,此次集中开工的…等36个`,
    r181 天祝), else after its first clause."""
    return m.end() if (m := _COUNT.search(whole)) else _clause_end(whole)


def _clause_end(text: str) -> int:
    """Where the first clause of `text` ends: at its first comma, full stop or semicolon, else its end."""
    return m.start() if (m := _CLAUSE_MARK.search(text)) else len(text)


def _clause_start(before: str) -> int:
    """Where the figure's own clause starts in `before`: after its last comma, full stop or semicolon."""
    return max(before.rfind(mark) for mark in "，,。；;") + 1


# A count of tasks: the figure's noun ends in `任务` (`76条农村公路建设任务`); not those done (`完成24个小区、35.7万平方米
# 改造任务`, f20_p11; `76个项目建成或完成年度投资任务`, f19_p09), nor bare tasks of a work (`项目谋划、争取、建设三个
# 任务`, tianshui.com.cn 张家川 2015-07).
_TASKS_COUNTED = re.compile(r"(?:(?!完成|建成|实现|达成)[^，,。；;、\d的]){1,12}?任务")
_TASKS_COUNTED_MAX = 20
_TASK_DONE_BEFORE = re.compile(r"完成|实现|超额|已|累计")


def _counts_tasks(before: str, after: str, q: Quantity) -> bool:
    """Whether the figure counts tasks set, with no word of their completion before it in its clause."""
    return (
        q.unit != "%"
        and _TASKS_COUNTED.match(after, q.end - q.start) is not None
        and not _TASK_DONE_BEFORE.search(before, _clause_start(before))
    )


def _task_then_done(after: str, q: Quantity) -> bool:
    """Whether the figure counts a task whose clause goes on to what of it is done, in the same unit (`65件民生实事已
    完成26件`, huichang.gov.cn 会昌 2023-10; `2个嵌入式养老机构建设已完成1个`, ahxx.gov.cn 萧县 2025-09)."""
    done = _DONE_OF_TASK.match(after, q.end - q.start)
    if not done:
        return False
    unit_at = _NUMBER.match(after, done.end()).end()
    if not after.startswith(q.unit, unit_at):
        return False
    # `131个民生项目已有90个完工` (av069.com 商南 2012), `66个重大项目已有60个启动建设` (orisbrush.com 商南 2011): what of
    # the task is done, its verb after the count
    return done.group("verb") is not None or bool(_DONE_VERB.match(after, unit_at + len(q.unit)))


# A task's name, then `已完成`/`已建成`/`已送` and a count, or `已有` and a count (the count's unit is checked after).
_DONE_OF_TASK = re.compile(
    # (`61件小(二)型水库除险加固工程已完工41件,正在实施20件`, dali8.net 巍山 2015)
    r"(?:[^，,。；;、(（]|[(（][^()（），,]{1,4}[)）]){1,30}?已(?:经)?(?:(?P<verb>完成|建成(?:投产)?|完工|竣工(?:投产)?|投产|送|开工(?:建设)?|实施|办结|解决|改造)了?|有)\s*(?=\d)"
)
_DONE_VERB = re.compile(r"(?:项目)?\s*(?:已经?)?(?:完工|建成|竣工|开工|启动|投产|完成|落地|签约|办结|交付)")
_NUMBER = re.compile(r"[\d.]+\s*")


# `全年计划` as the verb of a sentence that lists the year's programme, not the name of the year's plan (`全年计划实施
# 总投资343亿元基本建设项目126个,列入银川市重点项目74个,年度计划投资123.5亿元,同比增长73.7%`, r185 灵武, news of
# projects started, traditional: every clause is the plan's; `2023年,海原县计划实施续建、新建项目126个,…`, r136, reads so
# without `全年`). Not once a later clause reports what was done (`…,1-6月份累计完成投资35.9亿元`, `,已开工…`).
_YEAR_PLAN_VERB = re.compile(r"\s*新?(?:实施|建设|开工|安排|推进|新建)")
_REPORTED_SINCE = compile_words_first(
    rf"{_PART_SO_FAR}|{_LOOKING_BACK}|{DONE}|完成|实际|已|累计|{_NOW}|截[至止]"
)


# An item of a list that ends with its figure, then `、` (`23.5亿元、`, `80%、`).
_ITEM_END = re.compile(r"[\d%][^\d，,。；;、]{0,4}、")


def _without_plans_before(before: str, past: bool) -> str:
    """`before` with the plans of earlier clauses blanked out: a plan's amount names only its own clause
    (`年度计划投资23.5亿元,1-12月完成投资…`); and in a period over, a project's planned size."""
    # (a `、` ends a clause only after an item's figure, `年度计划投资23.5亿元、完成投资…`; one inside a list of names
    # does not: `计划投资苗木费60万元在柳沟乡的柳沟、马家等村栽植花椒苗木1万亩`, f23_p15 积石山, the plan's own work)
    item_end = max((m.end() - 1 for m in _ITEM_END.finditer(before)), default=-1)
    clause_start = max(before.rfind(","), before.rfind("，"), item_end)

    def blank_if_earlier(m: re.Match[str]) -> str:
        return " " * len(m.group()) if m.end() <= clause_start else m.group()

    def blank_plan_noun(m: re.Match[str]) -> str:
        if m.end() > clause_start:
            return m.group()
        if (
            not past
            and _YEAR_PLAN_VERB.match(before, m.end())
            and not _REPORTED_SINCE.search(before, m.end())
        ):
            # the year's plan as a verb: it speaks for the clauses of its sentence that say nothing else
            return m.group()
        return " " * len(m.group())

    before = PLAN_NOUN.sub(blank_plan_noun, before)
    if past:
        # `培育5G重点项目13个,计划投资1.2亿元` in a review: the projects' planned size, a fact; in the year under way a
        # programme's plan is still to be carried out (`全县共实施农村公路项目68条286公里,计划投资22026万元`, yngm.gov.cn
        # 耿马 2018)
        before = _PROJECT_PLAN.sub(lambda m: " " * len(m.group()), before)
    if "完成" in before[clause_start + 1 :] or "实际" in before[clause_start + 1 :]:
        # (`全县计划开工项目43个,实际开工项目41个`, cntool.net.cn 大田 2016 1至5月: what was started against the plan)
        # `计划投产项目17宗,完成投资16.1亿元` (yhser.com 惠东 2024): what the group of planned projects did
        before = _STAGE_PLAN.sub(blank_if_earlier, before)
    return before


def without_total_word(text: str) -> str:
    """`text` with `累计` blanked out: in a plan, `累计完成固定资产投资3000亿元` is a total it sets over its years, not
    one reached (xian.baogaosu.com 韩城 十三五 2016)."""
    return text.replace("累计", "  ")


def _goal_reached(before: str, after: str) -> bool:
    """Whether the words around a goal's figure say it was reached, with no intent: `今年前八个月,…生产总值增速实现13%的
    目标` told in December (m.fx361.cc 黔西 2010)."""
    reached = _REACH_VERB_BEFORE.search(before) or _REACH_VERB_AFTER.match(after)
    return bool(reached) and not INTENT.search(before)


def _last_marker(text: str, target: re.Pattern[str], actual: re.Pattern[str] | None) -> str:
    """The kind of the last marker in `text`, or ''; `actual` None: no actual marker can stand in it (a target
    marker wins only when it starts after every actual one)."""
    t = -1
    for m in target.finditer(text):
        t = m.start()
    if actual is None:
        return TARGET if t >= 0 else ""
    if t < 0:
        return ACTUAL if actual.search(text) else ""
    if actual.search(text, t) is None:
        return TARGET  # no actual marker starts at or after the last target one (a scan of the rest only)
    a = -1
    for m in actual.finditer(text):  # (the starts a scan from the beginning finds: matches do not overlap)
        a = m.start()
    return TARGET if t > a else ACTUAL


def _first_marker(text: str, target: re.Pattern[str], actual: re.Pattern[str]) -> str:
    t, a = target.search(text), actual.search(text)
    if not t and not a:
        return ""
    return TARGET if t and (not a or t.start() < a.start()) else ACTUAL


def deadline_of(clause_before: str, sentence_before: str, kind: str) -> str:
    """A date to reach the figure by: stated in its own clause, or opening its sentence."""
    # every deadline ends with 前 (`年底前`, `6月底前`): a text without it is not searched
    found = list(DEADLINE.finditer(clause_before)) if "前" in clause_before else []
    opening = DEADLINE.match(sentence_before.lstrip()) if "前" in sentence_before else None
    if found:
        return SPACES.sub("", found[-1].group())
    if opening:
        return SPACES.sub("", opening.group())
    if kind == TARGET:
        timed = list(_TIME_DEADLINE.finditer(clause_before))
        if timed:
            return timed[-1].group(1)
    return ""


SPACES = re.compile(r"\s+")
