"""Project figures: the investment of one project or of a counted group of them, and amounts that only say
which projects are meant (`10亿元以上重特大项目`)."""

from __future__ import annotations

import re

from bot.ingest.numbers import Quantity

_PROJECT_INVESTMENT = re.compile(
    # (a project's phase is part of its name: `计划投资4.5亿元的洪海保温材料项目一期已经投产`, r386 建平 2018)
    r"\s*的\s*([\u4e00-\u9fffA-Za-z0-9]{2,30}?(?:[（(][\u4e00-\u9fff]{1,8}[)）])?(?:项目|工程|电站|基地|工厂|水库)"
    r"(?:[一二三四五六七八九十]期)?)"
    r"(?:\s*$|(?=是|就是|正是|便是|为|作为|正式|顺利|开工|投产|建成|落地|签约|竣工|将|完成|累计|已|当年|洽谈|的(?:引进|扩建|启动|落地|开工)"  # `…的棉纺项目为龙头`
    # `总投资4.6亿元的华润100兆瓦光伏发电项目正如火如荼建设中` (r136 海原 2023): a project under way;
    # `投资50亿元的宝塔光电科技产业园项目是签约仪式上投资额最大的项目` (r214 通城 2016): what is said of it
    r"|正在|正如火如荼|如火如荼|正加快|加快建设|建设中|进展顺利"
    # a milestone it passed: `投资74亿元的苇子峪抽水蓄能电站项目确定最优站址` (r169 新宾 2023)
    r"|确定|获批|获得|通过|启动|实现|主体|全面|进入))"
)


def project_investment(phrase: str, q: Quantity, quantities: list[Quantity] | None = None) -> str:
    """The one project an attributive investment describes (`总投资21.18亿元的宁德时代新型锂盐研发生产项目`,
    `投资2.7亿元的棉纺项目`), or that it builds (`投资3000万元建设南美白对虾工厂化循环水养殖基地`), or the
    item of a list of projects, each with its investment (`总投资108亿元的远景零碳产业园、53.2亿元的安丰玻璃深加工、
    50亿元的新桥万洋众创城等重大项目`); '' otherwise (also for a group: `总投资超50亿元的桐昆三期…等项目`)."""
    if q.unit not in ("亿元", "万元"):
        return ""
    firms = _firm_built_project(phrase, q)  # (before a list's items: the item's firm is part of its name)
    if firms:
        return firms
    listed = _listed_investment(phrase, q, quantities or [])
    if listed:
        return listed
    if phrase.find("投资", 0, q.start) < 0 or not _INVESTMENT_BEFORE.search(phrase, 0, q.start):
        return ""  # (`投资` looked for first: most phrases invest nothing)
    built = _BUILT_PROJECT.match(phrase, q.end)
    if built and not _PROJECT_GROUP.search(built.group(1)):
        return built.group(1)
    m = _PROJECT_INVESTMENT.match(phrase, q.end)
    if not m or _PROJECT_GROUP.search(m.group(1)) or group_investment(phrase, q):
        return ""
    return m.group(1)


# A firm named as the investor right before its amount (`浙江耐斯特文化用品有限公司在叶城投资1.5亿元建设…`, `由国投青海
# 风电有限公司投资3.96亿元建设的…`): the item of a list it opens, after the words that introduce it.
_INVESTOR = re.compile(
    r"^(?:包括|其中|由|如|以及|及|和|是)?\s*([\u4e00-\u9fffA-Za-z（）()]{2,30}?(?:公司|集团))"
    r"(?:在[\u4e00-\u9fff]{1,6}?)?(?:总|计划|意向)?投资(?:额)?\s*(?:超过?|约|近|达)?\s*$"
)
# What it builds with the amount, named up to its word for a project (`建设的5万吨/年水泥窑协同处置固废项目`,
# `建设的生态黑枸杞种植及深加工等项目`: the `等` of a project that goes on to more products is no part of its name).
_FIRM_BUILDS = re.compile(
    r"\s*(?:建设|新建|建成|打造|兴建)\s*的?\s*([\u4e00-\u9fffA-Za-z0-9./]{2,30}?)(等)?"
    r"((?:项目|工程|电站|基地|工厂|产业园)(?:项目)?)(?=\s*(?:$|[、，,。；;]|等|在|破土|开工|投产|落地|签约|竣工|正式|顺利|已|将))"
)


def _firm_built_project(phrase: str, q: Quantity) -> str:
    """The project a named firm invests the amount in and builds, named with the firm (`中国三峡新能源有限公司在叶城投资
    2.5亿元建设光伏发电项目` → `中国三峡新能源有限公司光伏发电项目`, r538 叶城; r539 吉木萨尔, r516 都兰): the firm's
    project, not the place's, nor a project with no owner."""
    if "公司" not in phrase and "集团" not in phrase:
        return ""
    item_start = max(phrase.rfind(mark, 0, q.start) for mark in "、，,；;") + 1
    firm = _INVESTOR.match(phrase[item_start : q.start])
    built = _FIRM_BUILDS.match(phrase, q.end) if firm else None
    if built is None or _PROJECT_GROUP.search(built.group(1)):
        return ""
    return firm.group(1) + built.group(1) + built.group(3)


_INVESTMENT_BEFORE = re.compile(r"(?:总|意向)?投资(?:额)?\s*(?:超过?|约|近|达)?\s*$")
_BUILT_PROJECT = re.compile(
    r"\s*(?:建设|新建|建成|打造)\s*([\u4e00-\u9fffA-Za-z]{2,30}?(?:项目|工程|电站|基地|工厂|产业园|园区|中心))\s*$"
)
# (an item may be named by its capacity or place: `总投资26亿的年产20万吨高端铝材项目`, `…门窗生产基地(杞县)项目`; a list may
# end `…项目等`: dahebao.cn 杞县 2018)
_LISTED_ITEM = re.compile(r"\s*的\s*([\u4e00-\u9fffA-Za-z0-9.()（）]{2,24}?)\s*(?=、|等)")
# An item may also follow its investment without `的`, when its name ends in a word for a project (`其中超亿元的项目分别为:
# 总投资2亿元华鑫塑业技改工程、投资8亿元界首市出口企业培育基地、…、投资2.6亿元界首市小机械产业园等10个项目`, 界首 2015).
_BARE_ITEM = re.compile(
    r"\s*((?:[\u4e00-\u9fffA-Za-z0-9.()（）]|\s(?=\d)){2,30}?(?:项目|工程|基地|产业园|园区|中心|电站|工厂))\s*(?=、|等)"
)
_LIST_END = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十]+)?\s*[个项]?[\u4e00-\u9fff]{0,6}项目|项目等")


def _listed_item(phrase: str, other: Quantity) -> re.Match[str] | None:
    """The name of the list item whose investment `other` is, if it is one."""
    return _LISTED_ITEM.match(phrase, other.end) or (
        _BARE_ITEM.match(phrase, other.end) if _INVESTMENT_BEFORE.search(phrase, 0, other.start) else None
    )


def _listed_investment(phrase: str, q: Quantity, quantities: list[Quantity]) -> str:
    items = [(other, _listed_item(phrase, other)) for other in quantities]
    if not _LIST_END.search(phrase, q.end):
        last = _last_item(phrase, items)
        if last is None:
            return ""
        at = max(i for i, (other, _) in enumerate(items) if other.unit in _MONEY)
        items[at] = (items[at][0], last)
    if sum(1 for _, m in items if m) < _LIST_MIN:
        return ""
    first = next((other for other, m in items if m), None)
    if first is None or not _INVESTMENT_BEFORE.search(phrase, 0, first.start):
        return ""
    own = next((m for other, m in items if other.start == q.start), None)
    if own is None or (q.start != first.start and not _NEXT_ITEM.search(phrase, 0, q.start)):
        return ""
    return _SPACES.sub("", own.group(1))  # (`投资1.2亿元年产 1300条(套)…项目`: a name holds no spaces)


_MONEY = ("亿元", "万元")
# The last item of a list that no `等…项目` closes, named as a project (`总投资130亿元的奇瑞未来一工厂及发动机项目、总投资100亿元的
# 信义江北光伏组件盖板项目、总投资 50 亿元的芜湖美的厨热智能家电产业园项目实现当年签约、当年开工`, 芜湖 news; `…、总投资26亿元的
# 秀强光伏科技园……`, r341 宿豫)
_LAST_ITEM = re.compile(
    r"\s*的?\s*((?:[\u4e00-\u9fffA-Za-z0-9.()（）]|\s(?=\d)){2,30}?(?:项目|工程|基地|产业园|科技园|园区|电站|工厂)(?:项目)?)"
)


def _last_item(phrase: str, items: list[tuple[Quantity, re.Match[str] | None]]) -> re.Match[str] | None:
    """The name of the list's last item when no `等` closes the list: after items named each, the phrase's last
    amount, with its own word for the investment, before a name that ends in a word for a project."""
    money = [(other, m) for other, m in items if other.unit in _MONEY]
    if len(money) < _LIST_MIN or not all(m for _, m in money[:-1]):
        return None
    other = money[-1][0]
    if not _NEXT_ITEM.search(phrase, 0, other.start):
        return None
    if not _INVESTMENT_BEFORE.search(phrase, 0, other.start):
        return None
    return _LAST_ITEM.match(phrase, other.end)


_SPACES = re.compile(r"\s+")
_LIST_MIN = 2
# A list item opens after `、`, with its own word for the investment or none (`一期投资50亿元的国晟异质结双碳产业园、投资35亿元的
# 高端涂镀板材、…等项目相继签约落户`, r110 乐亭 2024).
_NEXT_ITEM = re.compile(r"、\s*(?:(?:一期|二期|计划|意向)?总?投资(?:额)?\s*(?:超过?|约|近|达)?)?\s*$")


_OPENING_QUOTE_MARKS = '“"「'
_QUOTE_MARKS = re.compile(r"[“”\"「」]")
_INVESTED = re.compile(r"(总投资|意向投资|计划投资|投资总额|投资)(?:额)?\s*(?:超过?|约|近|达)?\s*$")
_INVESTING_GROUP = re.compile(
    r"\s*的\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|条|家|项|座|批)\s*"
    r"([\u4e00-\u9fffA-Za-z0-9]{0,16}?(?:项目|工程|生产线|企业|工厂|电站)(?:项目)?)"
)


def group_investment(phrase: str, q: Quantity, ahead: str = "") -> str:
    """The indicator of an investment that a counted group of projects or firms makes together
    (`总投资34.02亿元的10个重点项目` → `重点项目总投资`, `意向投资1.2亿元的4条陶瓷生产线项目`), or ''."""
    if q.unit not in ("亿元", "万元"):
        return ""
    before = phrase[: q.start]
    invested = _INVESTED.search(before) if "投资" in before else None  # most phrases invest nothing
    group = invested and _INVESTING_GROUP.match(phrase, q.end)
    if invested and not group and ahead[:1] in _OPENING_QUOTE_MARKS:
        # `总投资210亿元的75个“两重一实”项目`: the group's kind stands in quotes, a phrase of its own
        group = _INVESTING_GROUP.match(phrase[q.end :] + _QUOTE_MARKS.sub("", ahead))
    if not group:
        return ""
    return group.group(1) + invested.group(1)


# `连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进` (i.xpaper.net 金坛 2018): a list of amounts that
# qualify the kind of project named after the last, as `招引10亿元以上重特大项目` does with one.
_MONEY_WORDS = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?:万|亿)元\s*(?:以上|以下)?"
_LIST_WORD = r"\s*(?:、|和|及|以及|或)\s*"
_THRESHOLDS_AFTER = re.compile(
    rf"\s*(?:以上|以下)?(?:{_LIST_WORD}{_MONEY_WORDS})+\s*[\u4e00-\u9fff]{{0,6}}?(?:项目|企业)"
)
_THRESHOLD_BEFORE = re.compile(rf"{_MONEY_WORDS}{_LIST_WORD}$")
_KIND_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{0,6}?(?:项目|企业)")


def listed_threshold(text: str, s_start: int, start: int, end: int, q: Quantity) -> bool:
    """Whether a sum only says which projects or firms are meant (`亿元以上项目`), not how much."""
    if q.unit not in ("亿元", "万元"):
        return False
    if _THRESHOLDS_AFTER.match(text, end):
        return True
    return bool(
        _KIND_AFTER.match(text, end) and _THRESHOLD_BEFORE.search(text, max(s_start, start - 16), start)
    )


_PROJECT_GROUP = re.compile(r"等|重大|重点|一批|个|以上")
