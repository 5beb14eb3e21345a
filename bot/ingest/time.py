"""Time words → the period a figure is for, anchored to a known year.

Two years anchor relative words: the document's own year (`今年`, `明年`, `去年` are said from the day it was
written) and the year the passage is about (`全年`, `上半年`, `一季度` under `2021年，……` or a `2022年工作回顾`
heading are that year's). A comparison base (`比去年`, `较一季度`, `同比`, `较1-5月`) names what a figure is
compared with, never the figure's period, so it is masked before periods are read. `十三五`/`十四五` name a
five-year span only where the figure is about the whole plan (`“十四五”期间`, `“十三五”时期累计`); `“十四五”末`
is its last year.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from bot.ingest.fast_patterns import compile_words_first

# Periods: `2024`, `2024H1`, `2024Q1`, `2023-01~2023-09`, `2023-01~2023-07`, `2021-2025`.
# `2020-2024年`, `2020年至2024年间`
# (a season across a year's end: `在2022年底至2023年初的咖啡鲜果采收季`, m.kuoxiong.cn 云县 2023, f16_p13; a winter
# crop's season, `2018年冬至2019年春,元谋县种植冬早蔬菜20.84万亩`, f19_p13 元谋 2019: both years; a crop year,
# `拉开了柳城县2021/2022年榨季的序幕,榨季时间约120天`, f17_p15 柳城)
_SPAN = re.compile(r"((?:19|20)\d\d)\s*(?:年\s*(?:底|末|冬|秋)?)?\s*[-—~至到/／]\s*((?:19|20)\d\d)\s*年")
# From a month of one year to a month of a later one: `2014年9月至2015年4月`.
_MONTH_TO_MONTH = re.compile(
    # (found from its first `年`, the year read before it: a pattern opening with a character is scanned fast)
    r"年(?<=((?:19|20)\d\d)年)\s*(\d{1,2})\s*月份?\s*[-—~至到]\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:份|底|末)?"
)
# A five-year plan by its number: `十四五`, and the older `“十五”`, `“九五”` (quoted, or followed by a word of the
# plan: a bare `十五` is mostly the number fifteen).
# (quoted in single quotes too, inside a quotation: `“‘十四五’期間,我們提出的預期目標是,經濟總量年均增速達到6.5%左右`,
# zprce.cn 长春 2021 interview)
_PLAN_NUMBER = r"十[一二三四五六]|[八九十](?=五\s*[”\"」’』]|五\s*(?:期间|时期|计划|规划|末|以来))"
_PLAN_NAME = rf"[“\"「‘『]?({_PLAN_NUMBER})五[”\"」’』]?"
# (`《“十四五”规划纲要》中期评估` reviews the whole plan)
_FIVE_YEAR_SPAN = re.compile(
    _PLAN_NAME
    + r"\s*(?:规划|计划)?\s*(?:纲要\s*》?|》)?\s*(?:期间|时期|以来|内|五年|累计|规划期|确定的|提出的|规划的|目标|实施|执行|中期"
    # a review of the plan's years, and an amount it set (`“十二五”发展回顾`, `“十二五”计划120亿元的目标`)
    # (`“十一五”经济社会发展回顾`, doczj.com 静宁 2011)
    # (`十三五工作回顾`, gongwensou.com 谷城 2020; `十三五简要回顾`)
    r"|(?:经济社会|经济和社会|国民经济和社会)?(?:发展)?(?:成就|工作|简要)?回顾|[^，,。；;]{0,12}?目标)"
)
# Its last year and its first: `“十一五”期末`, `“十一五”规划的最后一年`, `“十四五”开局之年`.
_PLAN_YEAR = r"\s*(?:规划|计划)?\s*(?:的)?\s*"
_FIVE_YEAR_END = re.compile(_PLAN_NAME + _PLAN_YEAR + r"(?:期末|末|末期|收官之年|收官年|最后一年|决胜之年)")
_FIVE_YEAR_START = re.compile(_PLAN_NAME + _PLAN_YEAR + r"(?:开局之年|开局年|起步之年|第一年|首年)")
# Its first years: `“十三五”头4年` (cxny.net 湖南 2020: 2016-2019), `“十四五”前三年`.
_FIVE_YEAR_FIRST = re.compile(_PLAN_NAME + r"\s*(?:的)?\s*(?:头|前)\s*(\d|[一二三四两])\s*年")
# A look back over a whole plan: `回首“十四五”,…`, `盘点“十三五”`, `回眸“十三五”,` (f14_p08 和县 2021-01).
_PLAN_REVIEWED = re.compile(r"(?:回顾|回首|回望|回眸|盘点|纵观|总结)\s*" + _PLAN_NAME)
# ... and a look ahead over one: `展望“十四五”,奋斗开新局。…力争经济总量翻一番,达到600亿元以上` (r151 梅河口 2021).
_PLAN_AHEAD = re.compile(r"(?:展望|放眼|眺望)\s*" + _PLAN_NAME)
_YEAR = re.compile(r"(2(?<![\d-]2)0\d\d)\s*年(?!\s*\d+\s*月\s*\d+\s*日)(?!\s*[-—~至到]\s*20\d\d)")
# `1-7月`, `1至7月份`, `元至7月`, `一至七月`, `前7个月`, a headline's `前7月` (ts.cn 2022-08): the months of the year so
# far (not `提前3个月`)
_MONTH_NUMERAL = r"\d{1,2}|十[一二]|[二三四五六七八九十]"
# ... and the quarters so far: `一至三季度`, `1-2季度`, `前两个季度`
# (one prefix per alternative: a regex with many first characters is slow to scan; and here and in `_YEAR`, what
# may not stand before a match is checked after its first character: a pattern that opens with a look-behind is
# tried at every position of a text)
# A dash a scrape garbled into a capital letter: `今年1B8月份` (between a month and the next, so no word).
_TO = r"(?:[-—~至到]|[A-Z](?=\s*\d))"
MONTHS_SO_FAR = (
    rf"(?:1|元|一)(?<![\d.十][1元一])\s*(?:月\s*)?{_TO}\s*(?:(?:{_MONTH_NUMERAL})\s*月(?:份)?|[2-4二三四]\s*季度)"
    rf"|前(?<!提前)\s*(?:(?:{_MONTH_NUMERAL}|[两])\s*个?\s*月|[两二]\s*个?\s*季度)"
)
_MONTHS = re.compile(
    rf"(?:1|元|一)(?<![\d.十][1元一])\s*(?:月\s*)?{_TO}\s*(?:({_MONTH_NUMERAL})\s*月(?:份)?|([2-4二三四])\s*季度)"
    rf"|前(?<!提前)\s*(?:({_MONTH_NUMERAL}|[两])\s*个?\s*月|([两二])\s*个?\s*季度)"
)
_RELATIVE = compile_words_first(
    # (`五年内` is a span of years, `_YEARS_TAKEN`: not this year)
    r"明年|今年|去年|上年|前年|过去一年|过去的一年|全年|年度|年内(?<![\d十两二三四五六七八九]年内)|年底|年末|每年|上半年|下半年|[一二三四]季度|前三季度|"
    # the year the text is written in (`截至2016年底累计完成投资309.937亿元,本年度计划投资137.65亿元`,
    # hfjyddjzmc.com 伊金霍洛旗 2017: the year of the plan, not the earlier year of the total)
    r"本年度|"
    # the first quarter (`首季预计可新增签约内资项目30个`, tcgxipo.com 东海 2018)
    r"首季度?|"
    r"截至目前|截止目前|目前|今天|今日|"
    # the year so far (`年初以来,…摆脱了上年持续负增长态势,…`, ynnh.gov.cn 1-2月 bulletin of 2025: of the year it opens,
    # not of the year before it names further on)
    r"年初以来|"
    # the year ahead as the text is written (`新的一年,全县将力争…`): this year, or the next in a text of December
    r"新的一年|新一年|"
    # the five years before the text's (`这五年`, `五年来`, `过去五年`; not `十五年来`, `今后五年`, `未来五年间`); and their
    # sum (`五年共实施县重点项目349宗`, f13_p14 博罗 2021-11, under `五年来,…`)
    r"过去的?五年|这五年|五年(?<!十五年)(?<!后五年)(?<!来五年)(?:来|间|共)|"
    # the five years from the text's (`未来五年,同安区将…`, `今后五年`)
    r"未来的?五年|今后的?五年"
)
# The five years from the text's: a span, said from the day it was written.
_FIVE_YEARS_AHEAD = ("未来五年", "未来的五年", "今后五年", "今后的五年")
# The five years before the text's: a span, said from the day it was written.
FIVE_YEARS_BACK = ("过去五年", "过去的五年", "这五年", "五年来", "五年间", "五年共")
# Words said from the day the document was written; the others belong to the passage's year.
_SPOKEN = frozenset(
    (
        "明年",
        "今年",
        "本年度",
        "去年",
        "上年",
        "前年",
        "过去一年",
        "过去的一年",
        "截至目前",
        "截止目前",
        "目前",
        "今天",
        "今日",
        "新的一年",
        "新一年",
        *FIVE_YEARS_BACK,
        *_FIVE_YEARS_AHEAD,
    )
)
_NOW_WORDS = frozenset(("截至目前", "截止目前", "目前"))
# Words said from the end of a year: in a text of December (a session held as the year ends, r147 同安 2025-12-25),
# `过去一年` is the year ending, `未来五年` start with the next.
_FROM_YEAR_END = frozenset(("过去一年", "过去的一年", "新的一年", "新一年", *_FIVE_YEARS_AHEAD))
# `截至6月底` is the year so far: a month span; another month (`到三月中旬`) only names the year.
# (so is a month the count runs up to: `2012年11月止,共实施招商引资项目64个`, r486 云县 2013)
_MONTH_END = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:末|底|份?(?=\s*止))(?!\s*前)")
# ... and with its year: `截至2025年3月`, `截止2024年6月底` (not `截至2025年3月前`, a deadline; not a day of it)
_UNTIL_YEAR_MONTH = re.compile(
    r"截[至止]到?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:底|末|份)?(?!\s*(?:前|\d|[上中下]旬))"
)
# ... and `至9月份止`, `截至9月底止` (kaiping.gov.cn 开平 2018 1-9月), `至9月底,` (wj.gov.cn 武进 2017): the months up
# to its end; so `截9月底,` with no `至` (r466 罗山 2021)
_UNTIL_MONTH = re.compile(
    r"(?:截至|截止|截(?=\s*\d)|到|至(?<![截到]至))\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(底|末|中旬|上旬|下旬|份)?(\s*止)?"
)
_BASE = (
    # (a crop year, two years joined: `比2000/2001年榨季增加52.66万吨`, furrymenstudios.com 上思 2005)
    rf"(?:去年|上年|前年|(?:(?:20\d\d|19\d\d)\s*[/／]\s*)?(?:20\d\d|19\d\d)\s*年(?:\s*榨季)?|第?[一二三四]季度|上半年|前三季度|年初|上月|{_PLAN_NAME}|"
    # (`是“十五”期末的1.9倍`, wnwk.com 浔阳 2011: the plan's last year as the base)
    # (a single month: `7月当月,…增长面达60.7%,较3月当月(34.6%)提高26.1个百分点`, r264 肥西 2020 1-7月)
    rf"{MONTHS_SO_FAR}|\d{{1,2}}\s*月份?(?:\s*当月)?)(?:\s*(?:同期|期末|末期|末|底|全年))?"
)
_COMPARISON_BASE = compile_words_first(
    rf"(?:同比|环比|比|较|相比|与|高于|低于)\s*{_BASE}(?:\s*(?:和|、|及|与)\s*{_BASE})*"
    # a level of another year set as the mark to reach (`赶超…2020年的经济总量`, a 陆丰 review 2022): what is compared
    # with, not the figure's time
    r"|(?:赶超|超越|赶上|追上|相当于|接近)[^，,。；;\d]{0,12}?(?:19|20)\d\d\s*年(?:末|底|全年)?\s*的?"
    # the prices a growth is reckoned at (`按2005年可比价格计算,比上年增长10.0%`, gwyoo.com 2008 plan report)
    r"|按\s*(?:19|20)\d\d\s*年\s*(?:的)?\s*(?:可比价|不变价|价格)"
    # ... and a price base in brackets after an amount (`按照每人每年生活水平2300元(2010年不变价)的现行农村贫困标准计算,
    # 21063人农村贫困人口全部实现脱贫`, jmdbq.gov.cn 东宝 2020 communique): the prices a standard is set at, not a time
    r"|[(（]\s*(?:19|20)\d\d\s*年\s*(?:的)?\s*(?:可比价|不变价)格?\s*[)）]"
    r"|(?:20\d\d|19\d\d)\s*年\s*同期"
    # an earlier event the sentence follows on (`我县继去年底集中开工10个重大项目后,再次掀起…热潮,本次集中开工的22个
    # 重大项目`, f21_p11 蓬安 2017 一季度): its time is that event's, not the time of what the sentence then tells
    r"|继\s*(?:去年|上年|前年|(?:19|20)\d\d\s*年)[^，,。；;]{0,30}?(?:之)?后(?=\s*[，,])"
    # the year a plan builds on (`廣東今年將在去年的基礎上,繼續投入25億元`, f16_p14 懷集 2019 news): not the figure's time
    r"|在\s*(?:去年|上年|前年|(?:19|20)\d\d\s*年\s*(?:底|末)?)\s*的?\s*基础上"
    # a share of the year's plan, right before it (`今年1-9月,全省累计完成水利投资335.16亿元,占年度计划81.73%`,
    # slt.fujian.gov.cn 2023): the months' progress, not the whole year
    # (`截至3月底,38个项目累计完成投资86422.8万元,约占年度计划投资总额33.13%`, m.sznew888.cn 长洲 2016)
    # (`完成全年目标进度92.10%`, f20_p02 武昌 1-9月 2021)
    r"|(?:占|完成)(?:全年|年度|年)(?:投资|考核)?(?:目标|计划|任务)(?:任务|投资)?(?:总额|进度)?(?=\s*(?:[\d.]+\s*%|$))"
    # progress against a plan names the plan's period, not the figure's: `已完成全年目标的52.4%`
    # (`完成年度投资计划的103.95%`, laobiganzi.top 天桥区 2022)
    # (`占年度考核任务的82%`, czjxsdjg.com 江华 2012)
    r"|(?:全年|年度|年)(?:投资|考核)?(?:目标|计划|任务)(?=\s*(?:任务|投资)?\s*的)"
    # ... or the rate of it done (`1至7月,累计完成投资12.09亿元,年度计划完成率49.83%`, dajinya.com 相城区 2023-08;
    # `1-5月完成投资4.28亿元,年度投资计划完成率24.25%`): the months' progress, not the whole year
    r"|(?:全年|年度|年)(?:投资|考核)?(?:(?:目标|计划|任务)(?:任务|投资)?)?(?=\s*(?:完成率|完成比例|执行率|完成进度))"
    # ... the year's target of a named work (`截至3月底,新建项目已开工38个,年度新开工目标任务完成率69.1%。竣工项目6个,
    # 年度竣工目标完成率11.1%`, f21_p08 武进 2025 一季度): the progress so far as well
    r"|(?:全年|年度)[^，,。；;\d%]{1,4}?(?:目标|计划|任务)(?:任务)?(?=\s*(?:完成率|完成比例|执行率|完成进度))"
    # ... with the year's amount named (`完成全年43亿元目标任务的34.82%`, yaan.scol.com.cn 雅安经开区 2019 一季度; `占年度
    # 计划15.3亿元的44.8%`, xiexiebang.com 2004 上半年)
    # (or a count: `完成年度目标任务132个的59.09%`, m.airmangenerator.com 2023 1-6月)
    r"|(?:全年|年度|年)(?:投资|考核)?(?:\s*[\d.]+\s*[亿万]?元\s*(?:目标|计划|任务)(?:任务)?"
    r"|(?:目标|计划|任务)(?:任务|投资)?\s*[\d.]+\s*(?:[亿万]?元|[个项家宗件户]))(?=\s*的)",
    groups_read=False,  # (blanked out whole: mask_comparisons)
)
# The base of a multiple or a change: `分别是“十五”时期的6倍` (or a text cut before its figure), `由“十五”时期的2500万元
# 提高到6000万元` (6000 is not of 十五); a structure recast from the year before's (`三产业比由去年的15.4:39.3:45.3调整为
# 18.1:35.9:46,其中第一产业和第三产业分别上升2.7个和0.7个百分点`, wj598.cn 平江 2020 communique: the shifts are 2020's)
_CHANGE_BASE = compile_words_first(
    rf"(?:是|为|相当于)\s*{_BASE}(?:时期|期间)?\s*的(?=\s*[\d.]+\s*倍|\s*$)"
    rf"|[由从]\s*{_BASE}(?:时期|期间)?\s*的(?=[^，,。；;]*?"
    # (`县城建成区由2005年的3.5平方公里发展到6.85平方公里`, dghzdr.com 黎平 2010: 6.85 is not of 2005)
    # (`规上工业企业由2021年的56家增至117家`, r295 寻乌: 117 is not of 2021)
    r"(?:提高|提升|增加|增长|上升|扩大|发展|下降|减少|降低|调整|优化|变化|变动|转变|改变|增|升|降)(?:到|至|为))",
    groups_read=False,  # (blanked out whole: mask_comparisons)
)
# Where a sentence's own figures start: the first numeral that is not part of a date.
# (`6月16日,…`, `2020-10-14`: a day and a date are words)
_FIRST_FIGURE = re.compile(
    r"(?<![\d.])(?<!\d[-/])(?!(?:19|20)\d\d\s*年)(?!\d{1,2}\s*(?:[-—~至到]\s*\d{1,2}\s*)?月)(?!\d{1,2}\s*个月)"
    r"(?!\d{1,2}\s*[日号])(?!(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
    # (`近3年,`, `5年来`: a count of years back is a time)
    r"(?!(?<=近)\d{1,2}\s*年)(?!\d{1,2}\s*年来)\d"
    # (`前八个月` is a time: m.fx361.cc 黔西 2010 `今年前八个月,…`)
    r"|(?![一二两三四五六七八九十]+\s*个月)[一二两三四五六七八九十百千万亿]+[个家项亿万%]"
)


# The first years of a place, opening a clause (`建县之初,…`, `建区初期`); not a comparison base
# (`较建县之初增长467倍`).
FOUNDING_TIME = re.compile(r"(?<![^\s,，。；;：:])(?:建|设|置)[县区市旗州](?:之初|初期)")
_TIME_CHAR = re.compile(r"[年月季目五今初]")
# `当月` after no month of its own (`其中当月`), and a month, then `当月` (`9月当月`, `11月份当月`).
_THIS_MONTH = re.compile(r"当月(?<![\d月份]当月)(?<![\d月份]\s当月)")
# ... and a month's own growth rate (`其中6月增速达到8.8%`, r258 通州 2023 H1: June's, not the half's; not `1-6月增速`,
# `前6月增速`, `截至6月增速`, the months up to it)
# A month's cumulative figure: `规上工业增加值2月累计增速39.9%` (r336 怀远 2021), the months up to its end.
_MONTH_CUMULATIVE = re.compile(r"(?<![\d\-—~至到前])(\d{1,2})\s*月\s*(?:份)?\s*累计")
# (`8月份的增速已达45.6%`, f21_p05 泰顺 2021: August's)
_MONTH_THEN_THIS = re.compile(
    r"(?<![\d\-—~至到前])(\d{1,2})\s*月\s*(?:份)?\s*(?:当月|(?:的\s*)?(?=增速|增幅))"
)
# A note in brackets on what a count takes in (`(含2011年签约项目)`, `（不含…）`, `(包括…)`).
_INCLUDED_NOTE = re.compile(r"[(（]\s*(?:含|不含|包含|包括)[^()（）]{0,40}[)）]")


def head_of(sentence: str) -> str:
    """The words of a sentence before its first figure (dates such as `2022年一季度` are words here)."""
    m = _FIRST_FIGURE_AT_NUMERAL.search(sentence)
    return sentence[: m.start()] if m else sentence


# `_FIRST_FIGURE` opens with a look-behind, so a search would try it at every position. This form starts where
# it does, and opens with the class of characters it can start with, so a search looks only where they stand: a
# numeral, then (looking back at it) `_FIRST_FIGURE` matching from that numeral.
_FIRST_FIGURE_AT_NUMERAL = re.compile(
    rf"[\d一二两三四五六七八九十百千万亿](?<=(?={_FIRST_FIGURE.pattern})[\s\S])"
)


def mask_comparisons(text: str) -> str:
    """The text with its comparison bases blanked out, same length: `较一季度提高` → `    提高`."""
    if (
        "倍" in text or "到" in text or "至" in text or "为" in text or text.endswith("的")
    ) and _CHANGE_CHAR.search(text):
        text = _CHANGE_BASE.sub(lambda m: " " * len(m.group()), text)
    if not _COMPARISON_CHAR.search(text):
        return text  # the common case, seen faster than searched
    return _COMPARISON_BASE.sub(lambda m: " " * len(m.group()), text)


# One of these stands in every comparison base (比, 较, 与, 于; 同期; 目标, 计划, 任务; 赶超, 追上, 接近; 按; 不变价;
# 基础上; 继…后).
_COMPARISON_CHARS = "比较与于期目计任超赶追近按价础继"
_CHANGE_CHARS = "是为于由从"
_COMPARISON_CHAR = re.compile(f"[{_COMPARISON_CHARS}]")  # (one scan for any of them)
_CHANGE_CHAR = re.compile(f"[{_CHANGE_CHARS}]")


# A change against the same months of the year before, or a rate of growth (`同比增长4.0%`, `增速居全市第二`,
# `较上年同期上升5.4个百分点`, `比增9.2%`, `拉动…增长`), or progress toward the year's plan (`占年度计划投资的40.2%`,
# `超序时进度`, `达时序进度`): the sentence measures the part of the year the report is of. (`增长点`, `增长极` are no
# growth: `将成为未来区域经济发展的全新增长点`, r384 天津经开区 2022)
_AGAINST_LAST_YEAR = re.compile(
    r"同比|同期|比上年|较上年|比去年|较去年|比增|增长(?![点极])|增速|增幅|下降|回落|拉动|贡献|序时|时序进度|时间进度|完成率"
    r"|(?:年度|全年|年)(?:投资)?(?:计划|目标|任务)"
    # (the year's amount named in it: `完成全年14亿元目标任务的32%`, yaan.scol.com.cn 雅安经开区 2019 一季度)
    r"|(?:年度|全年)\s*[\d.]+\s*[亿万]?元\s*(?:计划|目标|任务)"
)
# What stands as of the day told: a total so far, a count of firms listed or approved, a programme drawn up.
_STANDING = re.compile(r"累计|总数|上榜|获批|入选|储备|确定|共有|现有|拥有|认定|获评")


def told_as_standing(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` tells what stands as of the day told (`累计获批“链主”企业34家`, `全县共确定县级
    重点项目5大类51个`) and measures no change against the year before nor progress toward the year's plan. In a report
    of a part of the year, a figure with no time of its own in such a sentence is the year's as it stands (r195 郑州高新区
    H1 2024: `主导产业新签约项目签约额402.43亿元,累计获批“链主”企业34家,占全市的25.56%`; 6dgww.com, a county's 2016年上半年
    report: `全县共确定县级重点项目5大类51个,其中新建项目36个,续建项目15个`), as `今年共实施…项目22个` is (r63 巴中经开区);
    one in a sentence that measures a change is that part's (`分产业看,第一产业增加值6.06亿元,同比增长4.0%`, r14 缙云 H1),
    and so is an amount told alone (`乌鲁木齐市927.46亿元`, ts.cn 前7个月)."""
    start, end = _sentence_around(text, pos)
    # (a clause after `;` is a sentence of its own here: `…完成全年目标任务75%;现有已备案的高新技术企业共351家`, r282
    # 南宁高新区 2020 news: the firms counted stand as told, whatever the clause before measures)
    start = max(start, text.rfind(";", start, pos) + 1, text.rfind("；", start, pos) + 1)
    ends = [i for i in (text.find(";", pos, end), text.find("；", pos, end)) if i >= 0]
    end = min(ends, default=end)
    return (
        _STANDING.search(text, start, end) is not None and _AGAINST_LAST_YEAR.search(text, start, end) is None
    )


def measured_against_year(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` measures a change against the year before or progress toward the year's plan
    (`累计完成投资6.23亿元,占年度计划投资的40.2%`): a statistic of the part of the year a report is of."""
    start, end = _sentence_around(text, pos)
    return _AGAINST_LAST_YEAR.search(text, start, end) is not None


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """Where the sentence (up to a `。` or a line's end) that holds `pos` starts and ends."""
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find("。", pos), text.find("\n", pos)) if i >= 0]
    return start, min(ends, default=len(text))


# A batch of projects started, signed or finished together on a day (`集中开工`, `集中开建`, `集中签约`).
_BATCH_EVENT = re.compile(r"集中(?:开工|开建|开复工|签约|竣工|投产)|(?:会上|现场)签约|签约仪式")


def names_batch_event(text: str, pos: int) -> bool:
    """Whether the sentence around `pos` tells of a batch of projects started, signed or finished together: an event
    a quarter or a month names (`2023年第二季度36个工程集中开建`), whose figures are of its year."""
    start, end = _sentence_around(text, pos)
    if _QUARTERS_TALLY.search(text, start, end):
        # `举行2025年重点项目集中开复工活动…。…一季度集中开复工项目26个,总投资达137.9亿元` (f15_p13 大宁): the projects a
        # quarter started, counted over it, not an event the quarter names
        return False
    return _BATCH_EVENT.search(text, start, end) is not None


# A sentence that opens with the event a piece reports on: `此次集中开工的10个重点项目`, `本次签约项目共计22个`,
# `此次兰洽会上`, `本次活动,`.
_EVENT_OPENING = re.compile(
    r"\s*(?:此次|本次|这次)[^，,。；;\d]{0,12}?(?:开工|开复工|开建|签约|竣工|投产|活动|行动|仪式|会)"
)


def opens_with_event(sentence_head: str) -> bool:
    """Whether a sentence's words before its figure open with `此次`/`本次` and the event (a start of works, a signing,
    a meeting, a campaign) the piece reports on."""
    return _EVENT_OPENING.match(sentence_head) is not None


# A quarter's tally of projects started together: `一季度集中开复工项目26个`.
_QUARTERS_TALLY = re.compile(
    r"(?:[一二三四1-4]|第[一二三四1-4])\s*季度\s*(?:共|累计)?\s*集中(?:开工|开建|开复工|签约|竣工|投产)(?:的)?\s*(?:重点|重大)?项目"
    # (the count told after it: `衡水高新区2024年一季度集中开工项目共有7个,总投资29.9亿元`, f21_p10 2024-02)
    r"\s*(?:共有|共计|共|有|达)?\s*\d"
)


def within_past_year(part: str, passage: str, doc_year: int | None) -> bool:
    """Whether `part` (`2024-01~2024-09`) is a part of the whole year `passage` (`2024`) and that year was over when the
    document was written (a review of it): a sentence that opens with the part tells of it alone."""
    return bool(
        doc_year
        and _PART_OF_A_YEAR.fullmatch(part)
        and passage.isdigit()
        and part.startswith(passage)
        and int(passage) < doc_year
    )


_PART_OF_A_YEAR = re.compile(r"\d{4}(?:H\d|Q\d|-\d\d~\d{4}-\d\d)")


SAME_YEAR = -1  # period_of's default: the document's year is the passage's


# A year glued to the months so far, its `年` lost: `20251-3月` (not a longer number: `120251-3月`).
# (the pattern opens with the year's first digits and reads what stands before them after that: a search looks only
# where a 1 or a 2 stands)
_GLUED_YEAR_MONTHS = re.compile(r"((?:19|20)(?<![\d.]\d\d)\d\d)(?=1\s*[-—~至到]\s*(?:[2-9]|1[0-2])\s*月)")


def period_of(
    text: str,
    year: int | None,
    doc_year: int | None = SAME_YEAR,
    *,
    year_end: bool = False,
    year_start: bool = False,
) -> str | None:
    """The period named by the last time word of `text`. Relative words refer to `year` (the passage's),
    `今年`/`明年`/`去年` to `doc_year` (the document's, default `year`; None when the document's date is not
    known: `今年1-6月份` in an undated text names no year); `year_end`: the document was written in December;
    `year_start`: in the year's first months (a congress session's)."""
    # a ranking list named by its year, with no `年` (`位列2023中国MEMS十大园区榜首`, r92 苏州工业园区): that year
    ranked = _RANKING_YEAR.search(text) if ("榜" in text or "强" in text or "十大" in text) else None
    if not ranked and not _TIME_CHAR.search(text):
        return None  # every time word above holds one of these characters
    text = mask_comparisons(text)
    if "含" in text or "包括" in text:
        # `今年新开工项目26个(含2011年签约项目),开工率为81.25%` (lyredcross.com 思南 2012): what a count takes in is no
        # time of the figures after it
        text = _INCLUDED_NOTE.sub(lambda m: " " * len(m.group()), text)
    if "月" in text and (glued := _GLUED_YEAR_MONTHS.search(text)):
        # `20251-3月,全县实现生产总值420880万元` (r367 莎车 2025 1-3月 report, its `年` lost in the scrape): the year's
        # months so far
        text = f"{text[: glued.end(1)]}年{text[glued.end(1) :]}"
    dated = doc_year != SAME_YEAR  # (the document's own date is known, apart from the passage's year)
    if doc_year == SAME_YEAR:
        doc_year = year
    if "月" in text and year and (alone := _MONTH_ALONE.fullmatch(text)):
        # a sentence framed by one month (`5月,全县共输转富余劳动力11.6985万人`, qinan.gov.cn 1-5月 report): that
        # month alone, not the months so far
        month = month_number(alone.group(1))
        return f"{year}-{month:02d}~{year}-{month:02d}" if 1 <= month <= 12 else None
    candidates: list[tuple[int, str]] = [(ranked.start(), ranked.group(1))] if ranked else []
    spans: list[tuple[int, int]] = []  # the years of a span (`2020年至2024年`) are not periods of their own
    # (each pattern runs only where its telltale character stands: these run for every clause)
    has_years = "年" in text
    named_years = list(_YEAR.finditer(text)) if has_years else []
    if has_years:
        for m in _SPAN.finditer(text):
            candidates.append((m.start(), f"{m.group(1)}-{m.group(2)}"))
            spans.append(m.span())
        for m in _MONTH_TO_MONTH.finditer(text) if "月" in text else ():
            # `2014年9月至2015年4月,全县共完成各类水利工程1341件` (xinnong.net 新平 2015): a season across two years
            first, last = int(m.group(2)), int(m.group(4))
            if not (1 <= first <= 12 and 1 <= last <= 12 and (m.group(1), first) < (m.group(3), last)):
                continue
            if m.group(1) == m.group(3) and first == 1:
                span = month_span(int(m.group(1)), last)  # (`2023年1月至2023年7月`: the year's months so far)
            else:
                span = f"{m.group(1)}-{first:02d}~{m.group(3)}-{last:02d}"
            candidates.append((m.start(1), span))
            spans.append((m.start(1), m.end()))
    if "五" in text:
        ends = {m.start(): str(five_year_start(m.group(1)) + 4) for m in _FIVE_YEAR_END.finditer(text)}
        ends |= {m.start(): str(five_year_start(m.group(1))) for m in _FIVE_YEAR_START.finditer(text)}
        for m in _FIVE_YEAR_FIRST.finditer(text):
            first, count = five_year_start(m.group(1)), month_number(m.group(2))
            if 1 < count < 5:
                ends[m.start()] = f"{first}-{first + count - 1}"
        candidates += ends.items()
        for m in itertools.chain(
            _FIVE_YEAR_SPAN.finditer(text), _PLAN_REVIEWED.finditer(text), _PLAN_AHEAD.finditer(text)
        ):
            if m.start() not in ends:  # `“十一五”规划的最后一年` is one year of the plan
                start = five_year_start(m.group(1))
                last = start + 4
                if (
                    doc_year
                    and start <= doc_year < last
                    and m.group().endswith(("以来", "实施以来", "开局以来"))
                ):
                    # `“十四五”以来,全县累计…` in a text of 2024: the plan's years so far, as `2021年以来`
                    last = doc_year
                candidates.append((m.start(), f"{start}-{last}"))
    if "初" in text:
        # `建县之初,浦北地区生产总值仅6098万元` (r175 浦北 2025): the place's first years, long before the text's, and
        # never named: no period (the text's year would make a figure of 1965 one of 2024)
        candidates += [(m.start(), "") for m in FOUNDING_TIME.finditer(text)]
    for m in named_years:
        if "结转" in text and _CARRIED_FROM.match(text, m.end()):
            # `截至3月底,在库市重大项目18个,其中2024年结转项目13个` (f21_p08 钟楼 2025 一季度): the year the projects were
            # carried over from says which projects are counted, not the figure's time
            continue
        if not (spans and any(a <= m.start() < b for a, b in spans)):
            named = int(m.group(1))
            if (
                doc_year
                and doc_year > named
                and (
                    text.startswith(("以来", "至今"), m.end())
                    or _started_from(text, m.start(), m.end())
                    or ("以来" in text and _MONTH_SINCE.match(text, m.end()))
                )
                # `2023年以来,全区…` under `第一部分2023年…计划执行情况` (r296 番禺 2024): in a passage about that
                # year, the months since it opened, not the years since
                and not (dated and year == named and text.startswith("以来", m.end()))
            ):
                # `2021年以来累计民生支出89.6亿元` in a text of 2025 (gjnews.cn 扶风): the years since, to the text's; so
                # `自2012年至今,…共解决了17万余人的安全饮水问题` (bbs.xiushui.net 修水 2014-12)
                candidates.append((m.start(), f"{named}-{doc_year}"))
            elif doc_year is None and year is None and text.startswith("以来", m.end()):
                # `从2009年以来,该县共完成中低产田改造面积22.75万亩` in an undated text (dw2888.com 丘北): the years since,
                # to a present it never names
                candidates.append((m.start(), ""))
            else:
                candidates.append((m.start(), m.group(1)))
    has_months = "月" in text or "季" in text
    for m in _UNTIL_MONTH.finditer(text) if has_months else ():
        anchor = _year_just_before(text, m.start()) or year
        month = int(m.group(1)) if m.group(1).isdigit() else "一二三四五六七八九十".find(m.group(1)) + 1
        if anchor and 1 <= month <= 12:
            # (`截至2月份,我县限额以上社会消费品零售额累计完成6.69亿元`, r336 怀远 2021 一季度 table: the months so far)
            whole = bool(m.group(3)) or (
                (
                    (m.group(2) in ("底", "末", "下旬") and m.group().startswith(("截", "至")))
                    or (m.group(2) == "份" and m.group().startswith("截"))
                )
                and not text.startswith("前", m.end())
            )
            if m.group().startswith("至") and not whole:
                continue  # (`至` alone opens no time up to a month: `1至9月` is read below)
            if "当月" in text and text.find("当月", m.end()) >= 0:
                # `截止11月份规上工业增加值当月增速6.8%` (xiping.gov.cn 西平 2020): that month alone
                candidates.append((m.start(), f"{anchor}-{month:02d}"))
                continue
            candidates.append((m.start(), month_span(anchor, month) if whole else str(anchor)))
    for m in _MONTH_CUMULATIVE.finditer(text) if has_months and "累计" in text else ():
        anchor, month = _year_just_before(text, m.start()) or year, int(m.group(1))
        if anchor and 1 <= month <= 12:
            candidates.append((m.start() + 1, month_span(anchor, month)))
            spans.append(m.span())
    for m in _MONTH_THEN_THIS.finditer(text) if has_months and ("当月" in text or "增" in text) else ():
        # `1-9月累计新开工重大水利项目175个,其中9月当月新开工项目22个` (slt.fujian.gov.cn 2023): that month alone
        anchor, month = _year_just_before(text, m.start()) or year, int(m.group(1))
        if anchor and 1 <= month <= 12:
            candidates.append((m.start() + 1, f"{anchor}-{month:02d}"))
            spans.append(m.span())
    for m in _UNTIL_YEAR_MONTH.finditer(text) if has_months and has_years and "截" in text else ():
        # `截至2025年3月资金支出率达52.77%` (chaxiaohao.com 将乐 2025): the year's months up to that one
        month = int(m.group(2))
        if 1 <= month <= 12:
            candidates.append((m.start(2), month_span(int(m.group(1)), month)))
    for m in _MONTH_END.finditer(text) if has_months and has_years else ():
        # `2024年6月末,本外币各项存款150亿元` (2024 H1 bulletin, skymaimai.com.cn): a stock at the half-year's end
        month = int(m.group(2))
        if 1 <= month <= 12:
            candidates.append((m.start(), month_span(int(m.group(1)), month)))
    for m in _MONTHS.finditer(text) if has_months else ():
        anchor = _year_just_before(text, m.start()) or _spoken_just_before(text, m.start(), doc_year)
        if anchor is None and not _SPOKEN_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            anchor = year  # `今年1-6月份` in an undated text names no year, not the passage's
        quarters = m.group(2) or m.group(4)
        last = 3 * month_number(quarters) if quarters else month_number(m.group(1) or m.group(3))
        if anchor and 1 <= last <= 12:
            # (a literal `1-3月` is three months, as written: `预计1-3月社会消费品零售额累计完成65.1亿元`, r336 怀远 2021;
            # `一季度`, `前三个月` and `截至3月` stay the quarter)
            literal = last == 3 and m.group(1) is not None
            candidates.append(
                (m.start() + 1, f"{anchor}-01~{anchor}-03" if literal else month_span(anchor, last))
            )
            if "当月" in text and not quarters:
                # `1-5月,…产值4568.3亿元,…其中当月实现产值1001.1亿元` (tjj.changzhou.gov.cn 2015): the span's last
                # month alone
                this = _THIS_MONTH.search(text, m.end())
                if this and not _MONTHS.search(text, m.end(), this.start()):
                    candidates.append((this.start(), f"{anchor}-{last:02d}"))
        if quarters:
            spans.append(m.span())  # `一至三季度` is not the third quarter
    for m in _YEARS_TAKEN.finditer(text) if ("用" in text or "年内" in text or "努力" in text) else ():
        # `用两年时间,…` from the passage's year: `2023-2024`; so `力争通过5年努力,引进50家…`, `力争五年内融资70亿元以上`
        # (r162 益阳长春经开区 2021: `2021-2025`)
        anchor, count = _year_just_before(text, m.start()) or year, month_number(m.group(1) or m.group(2))
        if anchor and 1 < count <= 10:
            candidates.append((m.start(), f"{anchor}-{anchor + count - 1}"))
    for m in _RUNNING_YEARS.finditer(text) if "连续" in text else ():
        # `农业生产总值…连续两年居全市第1` in a review of 2024 (r155 平谷 2025): the years up to the passage's, `2023-2024`
        if _STREAK_CLAUSE_ENDS.match(text, m.end()):
            # `区域经济总量连续十年位居全省县级行政区首位,荣获中国最具幸福感城区、排名中西部城区第一` (nec-driver.com
            # 龙泉驿 2023 report, f15_p06): a streak held in a clause before is not the time of what follows it
            continue
        anchor, count = _year_just_before(text, m.start()), month_number(m.group(1))
        told_in_year = anchor is None and year and dated and year == doc_year and not year_end
        if told_in_year and _STATISTIC_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            # a statistic's streak told in the year it is in, before its end, counts the whole years before it,
            # whose figures are in: `广饶的GDP增速连续两年保持全省136个县市区第1位` (123.232.116.197 大众日报
            # 2024-07-02) is `2022-2023`; not a published list's (`长沙县位列第八名,连续8年居中西部第一`,
            # 0525000.com 2017 百强县: the list of the year)
            anchor = year - 1
        anchor = anchor or year
        if anchor and 1 < count <= 30:
            candidates.append((m.start(), f"{anchor - count + 1}-{anchor}"))
    if doc_year and ("近" in text or "年来" in text or "年间" in text):
        # `近3年,我省共争取林业投入115.15亿元` in a text of 2014 (zgmiaomuw.com 贵州): the years before the text's
        candidates += _years_back(text, doc_year + 1 if year_end else doc_year, spans)
    relative = list(_RELATIVE.finditer(text))
    years: list[tuple[int, int]] | None = None  # worked out when a word needs them
    now_at = -1  # where a word for the present stands
    for m in relative:
        start = m.start()
        if spans and any(a <= start < b for a, b in spans):
            continue
        word = m.group()
        if word in ("去年", "上年") and "结转" in text and _CARRIED_FROM.match(text, m.end()):
            # `共实施招商引资项目64个,其中上年结转33个` (r486 云县 2013): projects carried over from the year before are
            # counted in the sentence's time, as `2024年结转项目` are
            continue
        if word in ("去年", "上年") and doc_year and text.startswith("以来", m.end()):
            # `去年以来,全县完成投资亿元以上项目22个` (fuhuangjt.com 金塔 2012): the years since, to the text's, as `2021年以来`
            candidates.append((start + 1, f"{doc_year - 1}-{doc_year}"))
            continue
        if word in _SPOKEN:
            if word in _FIVE_YEARS_AHEAD and not year_end and not year_start:
                # (said later in a year, the five years ahead may start with it or the next: `今后五年` in a
                # party congress's report of 2021-09 are 2022-2026, u08 肥西; at a session of the year's first
                # months they start with it: `今后五年的奋斗目标是:力争生产总值年均增长8%左右` at 易门's congress of
                # 2022-01 are 2022-2026, r343)
                continue
            anchor = doc_year + 1 if doc_year and year_end and word in _FROM_YEAR_END else doc_year
        else:
            anchor = _year_just_before(text, start)
            if anchor is None:
                spoken = _SPOKEN_BEFORE.search(text, max(0, start - 4), start)
                if spoken is not None:  # `今年上半年` in an undated text names no year
                    anchor = None if doc_year is None else doc_year + _SPOKEN_BEFORE_YEAR[spoken.group(1)]
                else:
                    if years is None:
                        years = _years_named(named_years, relative, doc_year)
                    # `2015年，面临…，全年实现…`: a year named earlier in the sentence anchors its 全年
                    named = [y for pos, y in years if pos < start]
                    anchor = (named or [year])[-1]
        if anchor:
            candidates.append((start + 1, relative_period(word, anchor)))
            if word in _NOW_WORDS:
                now_at = start + 1
    for m in _RUNNING_QUARTERS.finditer(text) if "连续" in text and "季" in text else ():
        # `2023年1-9月,灵武市完成地区生产总值553.7亿元,…经济综合发展指数排名连续七个季度居银川第一` (r371 灵武 2023): the
        # quarters up to the end of the part of the year the sentence is of, `2022-01~2023-09`
        parts = [c for c in candidates if c[0] < m.start() and _PART.fullmatch(c[1])]
        count = month_number(m.group(1))
        end = period_end(max(parts)[1]) if parts and 1 < count <= 40 else None
        if end and end[1] % 3 == 0 and not _STREAK_CLAUSE_ENDS.match(text, m.end()):
            first = (
                end[0] * 12 + end[1] - 3 * count
            )  # (months since year 0, the month before the first quarter)
            candidates.append((m.start(), f"{first // 12}-{first % 12 + 1:02d}~{end[0]}-{end[1]:02d}"))
    if not candidates:
        return None
    at, best = max(candidates)
    if at == now_at and (parts := [c for c in candidates if c[0] < at and _PART.fullmatch(c[1])]):
        # `一季度,全县新签约项目12个,目前到位资金8.6亿元`: now, in a sentence about a part of the year, is that part's end
        part = max(parts)[1]
        if part.startswith(best):
            best = part
    if has_months and "日" in text and _PART.fullmatch(best):
        return _after_the_part(text, at, best)
    return best


# A month of that year the years since start from: `自2011年6月以来,该县共引进亿元以上商贸服务业项目28个` (f21_p18 南昌县
# 2015 H1): the years since, as `2011年以来`.
_MONTH_SINCE = re.compile(r"\s*\d{1,2}\s*月份?\s*(?:底|末)?\s*以来")


# Carried over from the year before it (`2024年结转项目`, `2024年度结转`): what is counted, not when.
_CARRIED_FROM = re.compile(r"\s*度?\s*(?:结转|转结)")


# A year things started from (`城西工业区从2003年开始建设,…已开发了3000多亩`, hdampjb.cn 吉水工业园区 2010, f16_p19):
# the years since, as `2003年以来`.
_FROM_BEFORE = re.compile(r"[从自]\s*$")
_ON_AFTER = re.compile(r"\s*(?:开始|起)")


def _started_from(text: str, start: int, end: int) -> bool:
    """Whether the year at text[start:end] (`2003年`) is one things started from: `从2003年开始`, `自2003年起`."""
    return bool(_FROM_BEFORE.search(text, max(0, start - 2), start) and _ON_AFTER.match(text, end))


def _years_back(text: str, doc_year: int, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The spans of the N years before the text's that a count of years names: `近3年`, `近5年来` (hainiu11.com 福建
    2019-01: 2014-2018), `三年来`; not `2013年来`, `十五年来`, nor a count inside a span of years. (A text of December
    counts the year ending among them: `两年来,财政收入增速在全市位居首位` in a text of 2018-12-13, f18_p14 正定, is
    2017-2018; its caller passes the year after.)"""
    found = []
    for m in _YEARS_BACK_COUNT.finditer(text):
        count = m.group(1) or m.group(2)
        if m.group(2) and m.start() and text[m.start() - 1] in _NUMBER_BEFORE:
            continue  # (`2013年来`, `十五年来`: not a count of years back)
        number = month_number(count)
        if 1 < number <= 10 and not any(a <= m.start() < b for a, b in spans):
            found.append((m.start(), f"{doc_year - number}-{doc_year - 1}"))
    return found


_YEARS_BACK_COUNT = re.compile(
    r"近\s*(\d{1,2}|十|[两二三四五六七八九])\s*年(?!\s*[前后内度])(?:来|间|里)?"
    r"|(\d{1,2}|十|[两二三四六七八九])\s*年(?:来|间)"
)
_NUMBER_BEFORE = frozenset("0123456789.十百千-—~至到第")


def _after_the_part(text: str, at: int, part: str) -> str:
    """A part of the year, or its year when a day named after it falls past its end: `一季度,…而在4月16日至8日的…活动中,
    经开区共签约项目5个` (yaan.scol.com.cn 雅安经开区 2019) tells of an event after the quarter, in its year."""
    end = period_end(part)
    for m in _DAY.finditer(text, at):
        if end and end[1] < int(m.group(1)) <= 12:
            return str(end[0])
    return part


def _years_named(
    named_years: list[re.Match[str]], relative: list[re.Match[str]], doc_year: int | None
) -> list:
    """The years a text names, by where: in figures (`2015年`), and said from the document's day (`过去一年，…预计全年
    实现…`: a year said so names a year too)."""
    years = [(m.start(), int(m.group(1))) for m in named_years]
    if doc_year:
        years += [
            (m.start(), doc_year + _SPOKEN_YEAR[m.group()]) for m in relative if m.group() in _SPOKEN_YEAR
        ]
        years.sort()
    return years


def months_reported(text: str, year: int) -> int | None:
    """The last month of `year` a text reports figures up to (`前11个月`, `1-8月`, `今年1至10月`; not another
    year's, `2023年1-11月` in a text of 2024): the text was written after it."""
    if "月" not in text and "季" not in text:
        return None
    found = []
    for m in _MONTHS.finditer(text):
        named = _year_just_before(text, m.start())
        spoken = _SPOKEN_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if (named or year) != year or (spoken and spoken.group(1) != "今年"):
            continue
        quarters = m.group(2) or m.group(4)
        found.append(3 * month_number(quarters) if quarters else month_number(m.group(1) or m.group(3)))
    if "截" in text:
        # `截至11月底,生物健康…两大产业主营业务收入…分别为128.3亿元` (r525 曲周 2024): the months up to that month's end
        for m in _UNTIL_MONTH_END.finditer(text):
            if int(m.group(1) or year) == year:
                found.append(month_number(m.group(2)))
    return max((last for last in found if 1 <= last <= 12), default=None)


# The year so far up to a month's end, its year named or not (`截至11月底`, `截止2024年10月末`; not `截至9月底前`).
_UNTIL_MONTH_END = re.compile(
    r"截[至止]\s*(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:底|末)(?!\s*前)"
)


# Spoken words that name a whole year, by its distance from the document's.
_SPOKEN_YEAR = {"今年": 0, "明年": 1, "去年": -1, "上年": -1, "过去一年": -1, "过去的一年": -1, "前年": -2}


def _spoken_just_before(text: str, pos: int, doc_year: int | None) -> int | None:
    """`今年1-6月`, `去年上半年`: the year a spoken word right before a part of a year names."""
    m = _SPOKEN_BEFORE.search(text[max(0, pos - 4) : pos])
    if not m or doc_year is None:
        return None
    return doc_year + _SPOKEN_BEFORE_YEAR[m.group(1)]


_SPOKEN_BEFORE = re.compile(r"(今年|去年|上年|明年)\s*$")
_SPOKEN_BEFORE_YEAR = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}


def _year_just_before(text: str, pos: int) -> int | None:
    m = _YEAR_AT_END.search(text[max(0, pos - 8) : pos])
    return int(m.group(1)) if m else None


def month_number(numeral: str) -> int:
    """`7` → 7, `七` → 7, `十二` → 12, `两` → 2."""
    if numeral.isdigit():
        return int(numeral)
    if numeral == "两":
        return 2
    if numeral.startswith("十"):
        return 10 + ("一二".find(numeral[1:]) + 1 if len(numeral) > 1 else 0)
    return "一二三四五六七八九".find(numeral) + 1


def five_year_start(numeral: str) -> int:
    """The first year of a five-year plan by its number: `十一` → 2006 (十一五 = 2006-2010), `十` → 2001, `九` →
    1996 (counted from the third, 1966-1970, after the 1963-1965 gap)."""
    number = 10 + "一二三四五六".index(numeral[1]) + 1 if len(numeral) == 2 else "八九十".index(numeral) + 8
    return 1966 + 5 * (number - 3)


def month_span(year: int, last: int) -> str:
    """`1-6月` → `2024H1`, `1-3月` → `2024Q1`, `1-12月` → `2024`, else a month span (`1-9月` → `2024-01~2024-09`)."""
    if last == 12:
        return str(year)
    if last == 6:
        return f"{year}H1"
    if last == 3:
        return f"{year}Q1"
    return f"{year}-01~{year}-{last:02d}"


@lru_cache(maxsize=512)  # pure; asked for every relative time word, of few words and years
def relative_period(word: str, year: int) -> str:
    if word == "明年":
        return str(year + 1)
    if word in ("去年", "上年", "过去一年", "过去的一年"):
        return str(year - 1)
    if word == "前年":
        return str(year - 2)
    if word in _FIVE_YEARS_AHEAD:
        return f"{year}-{year + 4}"
    if word in FIVE_YEARS_BACK:  # `五年间,180个重点项目落地生根` (shanrongtuo.com 偏关, a text of 2026)
        return f"{year - 5}-{year - 1}"
    if word == "上半年":
        return f"{year}H1"
    if word == "下半年":
        return f"{year}H2"
    if word.startswith("首季"):
        return f"{year}Q1"
    if word.endswith("季度"):
        if word == "前三季度":
            return month_span(year, 9)
        return f"{year}Q{'一二三四'.index(word[0]) + 1}"
    return str(year)


@lru_cache(maxsize=512)  # pure; asked for every figure, of the few periods a document names
def period_end(period: str) -> tuple[int, int] | None:
    """The last (year, month) a period covers: 2021 → (2021, 12), 2021H1 → (2021, 6), 2016-2020 → (2020, 12),
    2023-01~2023-07 → (2023, 7)."""
    m = _MONTH_SPAN.fullmatch(period) or _ONE_MONTH.fullmatch(period)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _PERIOD.fullmatch(period)
    if not m:
        return None
    year, half, quarter = int(m.group(1)), m.group(2), m.group(3)
    month = 6 * int(half) if half else 3 * int(quarter) if quarter else 12
    return year, month


def is_past(period: str, year: int | None, month: int | None) -> bool:
    """Whether the period was over on the document's date (its year, and month when known)."""
    end = period_end(period)
    if end is None or year is None:
        return False
    if month == 12:
        return end <= (year, month)  # a year-end meeting speaks of its own year as done
    return end < (year, month) if month else end[0] < year


# Patterns of the functions above, compiled once (they run for every clause).
_MONTH_ALONE = re.compile(rf"\s*(?:本|当)?\s*({_MONTH_NUMERAL})\s*月份?\s*")
_YEARS_TAKEN = compile_words_first(
    r"(?:用|通过|经过)\s*(\d|十|[两二三四五六七八九])\s*年(?:的)?(?:时间|左右|努力|奋斗)"
    # (`五年内`: found at its `年内`, then the count before it, not after `近`, `前`, `过`)
    r"|年内(?<=(?<![近前过\d])(\d|十|[两二三四五六七八九])年内)"
)
# A yearly statistic, just before its streak in the same clause.
_STATISTIC_BEFORE = re.compile(r"(?:增速|增幅|增长|总量|GDP|生产总值|收入|产值|增加值)[^，,。；;]{0,6}$")
# A streak's clause that ends before the text does, the streak not opening it (`连续十年位居…首位,`).
_STREAK_CLAUSE_ENDS = re.compile(r"[^，,。；;\s][^，,。；;]*[，,；;]")
# (`奇瑞汽车连续19年位居中国品牌乘用车出口第一`, r46 芜湖经开区 2022: `2004-2022`)
# A streak of quarters: `连续七个季度`, `连续3个季度`.
# A rank or a rate held over the last months told: `连续三个月增速跻身全省前十名`, `连续第三个月`, `自5月份后连续四个月居全市第二`.
_RUNNING_MONTHS = re.compile(r"连续\s*第?\s*(\d{1,2}|十[一二]?|[两二三四五六七八九])\s*个\s*月")
# The month a streak of months runs from, before it: `自5月份后`, `从5月起`, `5月以来`.
_STREAK_FROM_MONTH = re.compile(rf"(?:自|从)?\s*({_MONTH_NUMERAL})\s*月份?\s*(?:后|起|以来|开始)")


def months_held(clause: str, period: str) -> str | None:
    """The months a streak in `clause` (`连续三个月…前十`) was held, ending where the months reported (`period`,
    `2021-01~2021-08`) end: `2021-06~2021-08` (f21_p05 文成 1~8月 2021); None when it names none or they do not fit."""
    m = _RUNNING_MONTHS.search(clause) if "连续" in clause else None
    start = _STREAK_FROM_MONTH.search(clause, 0, m.start()) if m else None
    if start and period[-4:].isdigit() and (count := month_number(m.group(1))) > 1:  # type: ignore[union-attr]
        # `泰顺县的网络零售增速自5月份后连续四个月居全市第二` (f21_p05 2021): the months from the one named, in its year
        first = month_number(start.group(1))
        if first + count - 1 <= 12:
            return f"{period[-4:]}-{first:02d}~{period[-4:]}-{first + count - 1:02d}"
    end = period_end(period) if m and _PART.fullmatch(period) else None
    if end is None:
        return None
    count, (year, last) = month_number(m.group(1)), end  # type: ignore[union-attr]
    if not 1 < count <= last:
        return None
    return f"{year}-{last - count + 1:02d}~{year}-{last:02d}"


_RUNNING_QUARTERS = re.compile(r"连续\s*(\d{1,2}|十|[两二三四五六七八九])\s*个\s*季度")
_RUNNING_YEARS = re.compile(r"连续\s*(\d{1,2}|十|[两二三四五六七八九])\s*年(?!\s*[前后])")
_YEAR_AT_END = re.compile(r"(20\d\d)\s*年\s*(?:的|度)?\s*$")
_MONTH_SPAN = re.compile(r"\d{4}-\d{2}~(\d{4})-(\d{2})")
# A year naming a ranking list, no `年` after it: `2023中国MEMS十大园区`, `2024中国省级开发区高质量发展百强榜单`.
_RANKING_YEAR = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)(?=\s*(?:年度)?\s*(?:中国|全国|全省|全球|世界)[^，,。；;\d]{0,16}?(?:榜|强|十大|百佳))"
)
# A part of a year (`2019Q1`, `2019H1`, `2019-01~2019-08`), and a day of a month (`4月16日`).
_PART = re.compile(r"\d{4}(?:H1|Q[1-3]|-\d\d~\d{4}-\d\d)")
_DAY = re.compile(r"(\d{1,2})\s*月\s*\d{1,2}\s*[日号]")
_ONE_MONTH = re.compile(r"(\d{4})-(\d{2})")  # `2020-11`: one month alone
_PERIOD = re.compile(r"(?:\d{4}-)?(\d{4})(?:H([12])|Q(?:\d-Q)?([1-4]))?")


_SAME_MONTH_SPAN = re.compile(r"(\d{4}-\d\d)~\1")


def plain_month(period: str) -> str:
    """A span of one month in the form RECORDS.md and the store give a month: `2021-10~2021-10` → `2021-10` (the
    parser spans a month framed alone, `10月,全区…`, so that the rules for parts of a year see it as one)."""
    m = _SAME_MONTH_SPAN.fullmatch(period)
    return m.group(1) if m else period


# A rate averaged over years (`年均增长8.4%`, `5年平均递增22%`, `每年递增25%`); not one over two years, which a report of
# months gives for its months (`1-10月…两年平均增长2.7%`), nor an average across places or groups (`平均增长`).
_AVERAGED_OVER_YEARS = re.compile(r"(?<!两)(?<!二)(?:年均|年平均|平均每年|每年(?:平均)?递增|平均递增)")
_YEARS_OF_AVERAGE = re.compile(r"(?<![\d十百千两二])(\d|[三四五六七八九十])\s*年\s*(?:年均|平均)")
_ONE_YEAR_OR_PART = re.compile(r"(\d{4})(?:H\d|Q\d|-\d\d(?:~\d{4}-\d\d)?)?")
# An average over two years (`两年平均增长2.3%`, `两年平均增速达13.6%`), and a whole year's period.
_TWO_YEARS_AVERAGED = re.compile(r"[两二]\s*年\s*(?:年均|平均)")
_WHOLE_YEAR = re.compile(r"(?:19|20)\d\d")


def averaged_over_years(clause: str) -> bool:
    """Whether the clause tells a rate averaged over years (`年均增长`, `年平均递增`), not one over two."""
    return "两年" not in clause and "二年" not in clause and bool(_AVERAGED_OVER_YEARS.search(clause))


def years_averaged(clause: str, period: str, told: str | None = None) -> str | None:
    """The period of a rate averaged over years that was given one year or a part of one (`period`), or None when
    it is not such a rate: the years the clause counts, up to that year (`5年平均递增22%` of 2010 → `2006-2010`),
    else `""`: an average over years is no year's rate, and where the text does not say which years, no period is
    better than a wrong one (the tuning gold gives such rates a span or nothing, never one year); `told`: the span of
    the average told before it in its paragraph (average_span), taken when the clause counts no years."""
    if "两年" in clause or "二年" in clause:
        # `比2019年增长4.6%,两年平均增长2.3%` of 2021 (r531 乌审旗, r501 罗城, r467 杭州高新区) is over 2020-2021, as gold
        # spans other averages; a part of a year keeps its part (`1-10月…两年平均增长2.7%`, r512 嘉定)
        two = _TWO_YEARS_AVERAGED.search(clause) and _WHOLE_YEAR.fullmatch(period)
        return f"{int(period) - 1}-{period}" if two else None
    if not _AVERAGED_OVER_YEARS.search(clause):
        return None
    m = _ONE_YEAR_OR_PART.fullmatch(period)
    if not m:
        return None
    count = _YEARS_OF_AVERAGE.search(clause)
    n = month_number(count.group(1)) if count else 0  # (the numeral reader reads counts of years as well)
    year = int(m.group(1))
    if 1 < n <= 10:
        return f"{year - n + 1}-{year}"
    return told or ""
