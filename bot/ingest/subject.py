"""What a figure is about when that is narrower than its place: one company, one project, or a group the
place acts on.

- A company or project named in the paragraph is the subject of the figures of a sentence that refers back to
  it (`中天钢铁(南通)有限公司…。企业去年…实现销售167亿元，预计今年产值将突破300亿元`) or points at it
  (`运转这个建筑面积超100万平方米的“魔方”只需不到30人`), and of a clause that opens with its name.
- A count of an existing group the place acts on (`针对49家对美进出口企业`, `对全市8000多家建档立卡贫困户`)
  is about that group: its subject is the group, and it states a stock, not a target.
Aggregates over an area or a group of projects (`园区累计完成规上工业产值184亿元`, `关联项目总投资超100亿元`)
are the place's own figures and get no subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter

from bot.ingest.numbers import find_quantities
from bot.ingest.places import Gazetteer
from bot.ingest.projects import project_investment
from bot.ingest.towns import town_in_full, towns_opening

_COMPANY = re.compile(
    r"([\u4e00-\u9fffA-Za-z]{2,12})(?:[（(][\u4e00-\u9fff]{2,6}[)）])?(?:股份)?有限(?:责任)?公司"
    r"|([\u4e00-\u9fff]{2,10}集团)(?!公司)"
    # a firm called by its short name (`建兴林业公司计划新栽3万亩`, sohu.com 蓬溪 2008; `高县早白尖公司`, healthxt.com)
    r"|([\u4e00-\u9fff]{3,8})公司(?![\u4e00-\u9fff]{0,1}(?:总部|所在))"
)
# What a short name before `公司` must not be: a kind of firm (`上市公司`, `投资公司`), or part of one (`分公司`)
_GENERIC_FIRM = re.compile(
    r"(?:该|本|这|那|各|每|等|的|家|其|分|子|母|总|全资|控股|合资|外资|民营|国有|有限|股份|责任)"
    r"|^(?:[\u4e00-\u9fff]{0,2})(?:上市|投资|担保|平台|物业|保险|融资|城投|建筑|施工|劳务|运营|管理|贸易|外贸|科技|金融"
    r"|电力|供电|供水|燃气|通信|电信|移动|联通|邮政|水务|交投|文旅|农投|发展|实业|集团)$"
)
# What a text does to a firm, before its short name: `促进福建昆鹏陶瓷公司意向投资1.2亿元…` (r42 息县 2010)
# (or an example of: `如参皇鸡养殖公司投资的70多个养殖基地`, gxcounty.com 全州 2004; not `如皋`, `如东`)
_ACTING_ON_FIRM = re.compile(
    r"^(?:促进|推进|推动|引进|引入|支持|扶持|帮助|依托|围绕|组织|协调|服务|引导|鼓励|例如|比如|譬如|诸如|如(?![皋东]))"
)
# A cooperative, named or of a kind (`农民专业合作社393家`, `9家蔬菜生产专业合作社`, `股份制生态畜牧业合作社22家`: a kind)
_COOPERATIVE = re.compile(r"([\u4e00-\u9fff]{2,20}?)(专业合作社|合作社)(?!联)")
# the place a cooperative is in, before its name (the last of them: `大通县景阳镇甘树湾村`)
_IN_PLACE = re.compile(r"^.*(?:[县镇乡村]|街道)(?=[\u4e00-\u9fff]{4})")
_CLASS_OF_COOPERATIVES = re.compile(
    r"农民|各|全|该|本|这|每|等|的|家|个|我们|股份|村级|集体|新|发展|培育|组建|成立|龙头|示范|规范"
)
# A list of partners before a firm's name: `由张家村村委会和东山县云生仓储有限公司签约共建` (wxredian.com 东山 2024)
_PARTNERS = re.compile(r"^.*?(?:[与及、]|(?<=[会局委府村镇组司厂院校])和)")
_PROJECT = re.compile(
    # (never from inside a decimal: `产1.5万吨电池级四氧化三锰项目`, fensifuwu.com 青川 2022, not `5万吨…项目`; nor after
    # an ordinal's aside: `23座小(二)型病险水库除险加固工程`, liuxuequn.com 2012, not `型病险水库…工程`)
    r"(?<![\u4e00-\u9fffA-Za-z0-9/.·])(?<![（(][一二三四五六七八九十\d][)）])([\u4e00-\u9fffA-Za-z0-9](?:[\u4e00-\u9fffA-Za-z0-9/]|(?<=\d)\.(?=\d)|(?<=[\u4e00-\u9fff])·(?=[\u4e00-\u9fff])){3,29}?"
    # (not the trade of `工程机械液压件`, news.d1cm.com 金寨 2012)
    # (a named industrial park, `郜家店工业园1户`, r287 西丰经开区 2023; `威远页岩气综合利用化工园区成功获批…`, r322 威远
    # 2023: its `工` is read with the name, so that a name of three characters before `工业园` is one)
    r"(?:项目|工程(?!机械|师|车|塑料|技术|咨询)|电站|工厂|基地|创新园|产业园区?|科技园|创业园|(?<=工)业园区?|(?<=化工)园区)"
    # `…9MW余热发电站技改项目` (gzjrw.com.cn 信丰 2013), `县经济开发区纺织产业园三期标准化厂房建设项目开工` (luotiannews.com 罗田):
    # a facility's or park's name inside the project's, which ends at `项目` (not at what is done with it)
    # (but what the project is, said of it, is not its name: `年产10万吨机械设备…制造项目是成广产业合作项目`, ibid.)
    r"(?:(?:(?!开工|签约|投产|落户|竣工|建成|启动|集中|举行|是|为(?!民))[\u4e00-\u9fff0-9]){0,12}?项目)?"
    # a park's named cluster, part of its name (`梧州市陶瓷产业园中和集中区总体规划面积2.5万亩`, r400 藤县)
    r"(?:(?<=园)[\u4e00-\u9fff]{2}集中区)?"
    r"(?:[（(][一二三四五六七八九十\d]期[)）])?)"  # `海洋工程基地(一期)`: a phase of it
)
# A sentence that opens by referring back to the company or project just named.
_BACK_REFERENCE = re.compile(
    # (a phase of it, or the whole of it: `一期工程正在紧张进行,计划投资5000万元…。整个项目建成后,年税收3000万元以上`,
    # shushitongpu.cn 通山 2011)
    r"^\s*(?:(?:该|此|整个)?项目)?[一二三四]期(?:工程|项目)?(?![\u4e00-\u9fff]{0,2}(?:项目|工程)[\d个])"
    # (once it runs: `正式投产后预计年销售额可达10亿元左右` after the project's own sentence, jingyuhuahui.com 东山 2025)
    r"|^\s*(?:正式|全面|全部)?(?:建成|建|投产|达产|达效|竣工)(?:投产|达产|达效)?后"
    # (a group or a cooperative by its kind: `…丹泉集团…。该集团投资近30亿元`, r480 南丹; `今年合作社种植甘蓝1300亩`, r487 大通)
    r"|^\s*(?:(?P<pointer>该|这个|这家|此|其|整个)?(?P<word>企业|公司|项目|工厂|集团|合作社))(?![\u4e00-\u9fff]{0,2}(?:总数|数量))"
    r"(?!区)"  # `…项目的实施,项目区年新增…` (南昌县 2015): the area the projects cover
    # a topic of the place's work, not one firm or project: `企业培育效果显著,新增…7家`, `项目建设有力推进,46个市级重点项目
    # 开工` (tx.gov.cn 桐乡经开区 2024)
    r"(?!培育|发展|服务|梯队|建设|推进|招引|谋划|储备|管理|工作)"
)
# (`这个` after an aim or a task names it again, in apposition, and points at nothing named before: `紧扣推进中国式现代化
# 这个主题,牢牢把握高质量发展这个首要任务`, gcs66.com 咸丰 2025; `紧紧抓住项目建设这个“牛鼻子”`, r238 辽阳县 2020)
_APPOSITION = (
    r"(?:重要|关键|最大)?(?:首要任务|根本任务|中心任务|主要任务|第一要务|主题|主线|总目标|总基调|基调|根本|关键|核心|中心|重点"
    r"|大局|牛鼻子|抓手|契机|机遇|战略|定位|时间节点|节点|时候|时期|阶段|[“‘\"'])"
)
# What a pointer or a back reference names: a firm, a project, a works, a group or a cooperative, by its kind.
_REFERRED_KINDS = "企业|公司|项目|工厂|厂|集团|合作社"
_POINTER = re.compile(rf"这个(?!{_APPOSITION})|这家|这座|(?:该|此)(?:{_REFERRED_KINDS})")
_POINTER_OPENING = re.compile(rf"\s*(?:这个|这家|这座|该|此)(?:{_REFERRED_KINDS})")
# Verbs by which a place acts on a group it already has, right before the count.
_ACTED_ON = re.compile(r"(?:针对|面向|帮扶|走访|对)\s*(?:全[市县区镇])?\s*$")
# A project noun that is a class of projects, not one project: `重大项目`, `亿元以上项目`.
_PROJECT_CLASS = re.compile(
    r"(?:重大|重点|产业|亿元|以上|在建|拟建|新开工|签约|招引|招商|引资|关联|科创|人才)\S{0,4}项目$"
)


# A named scenic area's own figures (`其中,张飞庙景区接待游客41.1万人次`, r143 云阳 2019): not a class of them
# (`全县A级景区`, `重点景区`, `各景区`).
_SCENIC = re.compile(r"(?<![\u4e00-\u9fffA-Za-z0-9])([\u4e00-\u9fff]{2,10}?景区)(?!景点|[和与及、])")
_SCENIC_CLASS = re.compile(
    r"^(?:其中|全[县市区]|各|重点|主要|旅游|热门|精品|乡村|新|该|这)|[级等个类大]景区$|旅游景区$"
)
_PROPER_SCENIC = 4
# A named airport, market or themed town (`白云机场旅客吞吐量4630.24万人次`, r347 白云; `长白山人参市场以人参为主的产品有200多种`,
# f19 抚松, trad; `裘皮小镇共入驻服装企业60余家`, r182 蠡县 2017): one place's own figures, as a scenic area's are. Not a
# kind of them (`农贸市场`, `特色小镇`, `国内市场`), nor a word of a longer name (`机场高速`, `市场份额`).
_FACILITY = re.compile(
    r"(?<![\u4e00-\u9fffA-Za-z0-9])([\u4e00-\u9fff]{2,8}?(?:机场|市场|小镇))"
    r"(?![\u4e00-\u9fff]{0,2}(?:高速|路|大道|线|片区|集团|公司|项目|工程|份额|主体|需求|价格|监管|准入|体系|化|营销|开拓|拓展"
    r"|建设|管理|服务|经营|秩序|环境|空间|前景|潜力|竞争|占有)|[和与及、])"
)
_FACILITY_CLASS = re.compile(
    r"^(?:其中|全[县市区镇]|各|国内|国际|海外|境外|省内|省外|县内|区内|市内|消费|资本|金融|劳动力|人力资源|要素|房地产|农村|城乡"
    r"|特色|旅游|新|该|这|此|重点|主要|专业|传统|线上|线下|网上|本地|当地|外地|周边|农贸|集贸|批发|农产品|商品|产品|大|小"
    # (a grade of goods: `普通大米市场趋于饱和`, f19 五常, trad)
    r"|普通|优质|高端|中高端|低端|大宗|品牌|生鲜|二手|期货|现货)"
    r"|(?:[级个类大家座]|农贸|集贸|批发|专业|特色|风情|旅游)(?:机场|市场|小镇)$|^[\u4e00-\u9fff]{0,2}(?:通用|民用|支线)机场$"
)
_PROPER_FACILITY = {"机场": 4, "市场": 6, "小镇": 4}
# A named farm, forest farm or ranch (`友谊农场大豆最高亩产达到310.97公斤`, r291 友谊县 2024): one place's own figures, as a
# scenic area's are; not a kind of them (`家庭农场696家`, `国有林场`, `各农场`).
FARMS = ("农场", "林场", "牧场")
_FARM_WORD = "|".join(FARMS)
_FARM = re.compile(rf"(?<![\u4e00-\u9fffA-Za-z0-9])([\u4e00-\u9fff]{{2,6}}?(?:{_FARM_WORD}))(?![和与及、])")
_FARM_CLASS = re.compile(
    rf"^(?:其中|全[县市区]|各|该|这|重点|示范|新)|(?:家庭|国有|集体|生态|休闲|观光|现代|规模|示范|[级类个家])(?:{_FARM_WORD})$"
)

_PROJECT_ENDS = (
    "项目",
    "工程",
    "电站",
    "工厂",
    "基地",
    "园",
    "景区",
)  # what `_PROJECT` or `_SCENIC` ends with
# what `_COMPANY`, `_FARM` or `_PROJECT` ends with
_ENTITY_WORDS = ("公司", "集团", "合作社", *FARMS, *_PROJECT_ENDS, "机场", "市场", "小镇")
_ENTITY_WORD = re.compile("|".join(_ENTITY_WORDS))  # one scan for any of them


@dataclass(frozen=True)
class Entity:
    end: int  # where its name ends in the text
    name: str
    company: bool


def entities_in(text: str, start: int = 0, end: int | None = None) -> list[Entity]:
    """The companies and single projects named in text[start:end], in order, with short names (`中天钢铁`)."""
    end = len(text) if end is None else end
    found: list[tuple[int, Entity]] = []
    part = text[start:end]
    if not _ENTITY_WORD.search(part):
        return []  # most paragraphs name no company or project: skip the slower patterns
    # ... and each pattern only where the words it ends with stand
    for m in _COMPANY.finditer(text, start, end) if "公司" in part or "集团" in part else ():
        # `總投資20億元的江西順龍服裝水洗有限公司` (cofcofarm.com 于都), `投资2亿元的正大集团…` (r161 石门 2021): what
        # describes the company before `的` is no part of its name
        # (and `美的集团` keeps its `的`)
        short = m.group(3)
        # (`其中鸡西福顺祥粮油公司投资600多万元`, jixi.dbw.cn 鸡东 2008: the scan began inside `其中`)
        if short is not None and short.startswith("中") and text.startswith("其", m.start() - 1):
            short = short[1:]
        if short is not None and (_GENERIC_FIRM.search(short) or len(_short(short)) < _SHORT_FIRM):
            continue  # (`3家上市公司`, `该公司`, `分公司`: no one firm's name)
        # (a short name keeps its `公司`, as the text calls the firm: `福建昆鹏陶瓷公司`, r42 息县 2010)
        if short is not None and _FOUNDED.match(short):
            continue  # (`组建村级劳务扶贫公司157个`: firms of a kind the place founds, no one firm's name)
        name = _PARTNERS.sub("", m.group(1) or m.group(2) or _ACTING_ON_FIRM.sub("", short) + "公司")
        head, _, tail = name.rpartition("的")
        if head and (
            _ATTRIBUTIVE_FIGURE.search(head)
            or _RELATIVE_HEAD.search(head)
            # (the scan stopped at its longest in the words that describe the firm: `…开工建设的陕西镇安百盛茧丝绸有限公司`)
            or len(m.group(1) or "") == _LONGEST_FIRM
            or _UNIT_HEAD.match(head)
            or _WHERE_HEAD.search(
                head
            )  # `位于丁桥镇童车产业园内的池州市方西玩具科技有限公司` (typaotui.com 青阳 2025)
        ):
            name = tail
        elif head and (role := _FIRM_ROLE.match(tail)) and len(tail) - role.end() >= 2:
            # the part it plays, before its name: `项目的实施者丹泉集团靠有色金属起家` (r480 南丹)
            name = tail[role.end() :]
        # `该县济草堂药材种业有限公司` (agri.hunan.gov.cn 桂阳 2006): the place that has it; `2011年爱民药业集团`
        # (hainiu11.com 新蔡 2013): the year's last word, after its digits
        name = _PLACE_REFERENCE.sub("", name)
        if m.start() and text[m.start() - 1].isdigit():
            name = name.lstrip("年月日")
        home = _FIRM_HOME.match(name)
        if (
            home
            and len(name) - home.end() >= _SHORT_FIRM
            and text.count(name[home.end() :]) > text.count(name)
        ):
            # `临武县声海电子有限公司…从深圳引进的声海电子` (r276 临武 2020): the firm by the short name the text goes on with
            name = name[home.end() :]
        if len(name) >= 2:  # (`…的集团` names none)
            found.append((m.start(), Entity(m.end(), _short(name), True)))
    for m in _COOPERATIVE.finditer(text, start, end) if "合作社" in part else ():
        # one cooperative by its own name, after the place it is in (`景阳镇甘树湾村丰谷良种繁育专业合作社`, r487 大通)
        name = _IN_PLACE.sub("", m.group(1).rpartition("了")[2]) + m.group(2)
        if len(name) - len(m.group(2)) >= _SHORT_FIRM and not _CLASS_OF_COOPERATIVES.search(name):
            found.append((m.start(), Entity(m.end(), name, True)))
    for m in _PROJECT.finditer(text, start, end) if any(w in part for w in _PROJECT_ENDS) else ():
        name = _PLACE_REFERENCE.sub("", m.group(1))  # `该县现代材料园区建设项目`: the project, in the place
        if "了" in name and len(name.rpartition("了")[2]) >= _PROPER_PARK:
            # `规划部门公示了江西省养老服务中心二期项目` (jxhaiwainet.cn 2019): what was done to it is no part of its name
            name = name.rpartition("了")[2]
        head, _, tail = name.rpartition("的")
        if (
            head.startswith("位于") or _ATTRIBUTIVE_FIGURE.search(head) or _RELATIVE_HEAD.search(head)
        ) and len(tail) >= _PROPER_PROJECT:
            # `位于西渡高新区的衡阳高新智慧物流园项目` (hy.voc.com.cn 衡阳县 2024): named after where it is; `总投资4.6亿元的
            # 华润100兆瓦光伏发电项目` (r136 海原 2023): after what it costs
            # (and what there is of them: `首批签约的有张家川新华一期50兆瓦风电项目,总投资3亿元`, f18 张家川 2023)
            name = tail[1:] if tail.startswith(("有", "是")) and len(tail) > _PROPER_PROJECT else tail
        # `这是…的首个应用示范项目` describes a project; `重大项目` is a class of them
        if _FOUNDED.match(name):
            continue  # `创建全国绿色食品原料标准化生产基地50万亩` (r511 息县 2022): bases of a kind the place founds
        if _LEFT_OUT.match(name):
            continue  # `其中不含云龙产业园固定资产投资总额143.79亿元` (r398 琼山 2021): the place's figure without the park
        if name.endswith(("业园", "业园区", "化工园区")) and _NOT_A_PARK.search(name):
            continue  # (`我们提出2022年武宣要力争实现工业园区过百亿`, r134 武宣 2022: what the county will do with its parks)
        if not _is_class_of_projects(name) and not _NOT_ONE_PROJECT.search(name):
            found.append((m.start(), Entity(m.end(), _short(name), False)))
    for m in _SCENIC.finditer(text, start, end) if "景区" in part else ():
        name = _short(m.group(1))
        if not _SCENIC_CLASS.search(name) and not _KIND_OF_PROJECT.search(name):
            found.append((m.start(), Entity(m.end(), name, False)))
    for m in _FACILITY.finditer(text, start, end) if "场" in part or "小镇" in part else ():
        name = _short(m.group(1))
        if len(name) >= _PROPER_FACILITY[name[-2:]] and not _FACILITY_CLASS.search(name):
            found.append((m.start(), Entity(m.end(), name, False)))
    for m in _FARM.finditer(text, start, end) if "场" in part else ():
        if not _FARM_CLASS.search(m.group(1)):
            found.append((m.start(), Entity(m.end(), m.group(1), False)))
    # a counted group of projects (`…3个项目的投资合作协议`, ziwucun.nync.com 禄丰): what a later `项目` refers
    # back to is the group, whose figures are the place's; it stands as an entity with no name
    for m in _PROJECT_GROUP.finditer(text, start, end) if "项目" in part else ():
        found.append((m.start(), Entity(m.end(), "", False)))
    found.sort(key=itemgetter(0))
    # a company named inside a project's name (`正大集团乌木溪6000头种猪场项目`, r161 石门 2021) is part of that name,
    # not an entity of its own that a later `该项目` could point at (but one inside words that only end in `项目` is
    # itself: `兴业县农业局与广西瑞森现代农业发展有限公司举行项目签约仪式`, epaper.gxylnews.com 兴业 2013)
    return [
        entity
        for start_at, entity in found
        if not any(
            s < start_at and entity.end < e.end and is_proper(e) and not e.company
            for s, e in found
            if e is not entity
        )
    ]


def document_topic(text: str) -> list[Entity]:
    """The one project a whole article is about, named in its title or its first sentence (`杏陈云生工业园项目正式落成
    并启用`, 东山 2024; `日前,通山县与武钢实业公司合作的武钢冶金新辅料生产基地项目正式签约`, shushitongpu.cn 通山 2011):
    later paragraphs that name nothing of their own refer back to it (`据了解,该项目是…,项目总投资1.5亿元`). Empty when
    the opening names no project, several, or a batch of them (`…等8个项目集中开工`)."""
    start = len(text) - len(text.lstrip())
    end = min((at for at in (text.find("\n", start), text.find("。", start)) if at >= 0), default=len(text))
    end = min(end, start + _TOPIC_SCAN)
    if _BATCH.search(text, start, end):
        return []
    found = [e for e in entities_in(text, start, end) if is_proper(e) and not e.company and e.name]
    names = {e.name for e in found}
    return found[-1:] if len(names) == 1 else []


def with_topic(topic: list[Entity], entities: list[Entity]) -> list[Entity]:
    """A paragraph's entities, after the article's own project (which its title or first sentence named)."""
    if not topic or any(e.name == topic[0].name for e in entities):
        return entities
    return [*topic, *entities]


_TOPIC_SCAN = 120  # how far into a text its title or opening sentence may run
# An opening that reports on several projects at once (`项目集中开工`, `等8个项目`, `第二批`)
_BATCH = re.compile(
    r"集中|第[一二三四五六七八九十\d]+批|等[\u4e00-\u9fff]{0,6}项目|(?:\d+|[一两二三四五六七八九十]+)\s*(?:个|大)[\u4e00-\u9fff]{0,8}项目"
)


def _is_class_of_projects(name: str) -> bool:
    """Whether a project noun names a class of projects (`重大项目`, `全县重点产业项目`), not one project whose own long
    name happens to hold a class word near its end (`东安生态茶园乡村旅游康养休闲产业建设项目`, ikaaw.com 东安 2021)."""
    m = _PROJECT_CLASS.search(name)
    if (
        m
        and m.group().startswith("产业")
        and m.start() > _CLASS_LEAD_MAX
        and not _LATIN_OR_DIGIT.search(name)
    ):
        return False  # (`产业` is a word of many projects' own names; `重点`, `亿元以上`, `关联` are not)
    return bool(m)


def is_proper(entity: Entity) -> bool:
    """Whether an entity is one company or one project by its own name, long enough not to be a kind of them."""
    return bool(entity.name) and (
        entity.company or (len(entity.name) >= _PROPER_PROJECT and not _KIND_OF_PROJECT.search(entity.name))
    )


def _short(name: str) -> str:
    return _LEADING_PREPOSITION.sub("", name)


# The way into a place, before its name (`进入莫高窟景区的游客`): no part of it (`_LEADING_PREPOSITION` strips it too)
_ENTERED = re.compile(r"^(?:走进|进入|来到)")
# An act of founding at a name's opening (`创建全国绿色食品原料标准化生产基地50万亩`, r511 息县 2022; `组建村级劳务扶贫公司
# 157个`, f24 汉阴): what the place founds is of a kind (a title, a sort of firm), its figure the place's own, not one firm's
# or project's (the gold gives none a subject: `打造国家和省级示范基地6个`, `新建小微公园2个` alike). Building verbs
# (`建设`, `打造`, `推进`) are only stripped from a name (`_LEADING_PREPOSITION`): a named project follows them.
_FOUNDED = re.compile(r"(?:创建|组建|争创|创办|筹建)")
# What leaves a park or project out of the figure that follows
_LEFT_OUT = re.compile(r"(?:其中)?\s*(?:不含|不包括|扣除|剔除)")
# Words of a clause, not of an industrial park's own name
_NOT_A_PARK = re.compile(
    r"[我要将把让使对在从为是了的与和及、]|公司|集团|实现|提出|力争|打造|建设|建成|推进|推动|发展|加快|壮大|做强|入驻|进入|全[县市区]|各|重点"
)
# A lead that heads a sentence in a few words of no figure (`园区建设蓄势赋能,`, `产业发展提质增效,`)
_LEAD_CLAUSE = re.compile(r"\s*[\u4e00-\u9fff]{4,8}[,，]")
# The list items before the last one, each closed by its figure (`…产业园11户、`)
_ITEM_AFTER_FIGURE = re.compile(r".*\d\s*(?:[%％]|[\u4e00-\u9fff]{1,3})?、")
# A count right after the examples of a group (`…、第五幼儿园建设等34个项目`, `华为、中兴等3家企业`)
_EXAMPLES_COUNTED = re.compile(r"等\s*$")
# The home county or city that opens a firm's full name (`临武县声海电子有限公司`)
_FIRM_HOME = re.compile(r"[\u4e00-\u9fff]{2,4}?[县市区旗]")
# A class of firms a place counts: no one firm's own figure.
_CLASS_OF_FIRMS = re.compile(
    r"(?:规模以上|规上|限额以上|限上|高新技术|专精特新|科技型|上市|国家级|省级)[\u4e00-\u9fff]{0,6}(?:企业|公司)"
)


def subject_of(
    entities: list[Entity],
    phrase_start: int,
    sentence_before: str,
    clause_before: str,
    *,
    counted: bool = False,
) -> str:
    """The company or project a figure is about: from the paragraph's entities named before its phrase,
    the text before it in its sentence and in its clause; '' when it is about the place."""
    opening = sentence_before[: len(sentence_before) - len(clause_before)]
    if "、" in clause_before and (item := _ITEM_AFTER_FIGURE.match(clause_before)):
        # a list item after the one before's figure: `生命健康产业园55户、安民机械装备制造产业园11户、郜家店工业园1户`
        # (r287 西丰经开区 2023): the item opens its own clause
        clause_before = clause_before[item.end() :]
    quoted = _QUOTED_NAME.search(opening) if not counted and ("”" in opening or '"' in opening) else None
    if quoted:  # `线上平台“Chinagoods”全年交易额突破400亿元`: the platform's or the brand's own figure
        return quoted.group(1)
    led = _past_topic_lead(clause_before)  # the clause past its lead (`其中`), read twice below
    brand = _BRAND_FIRM.match(_ACTING_ON_FIRM.sub("", led))
    if brand and not _NOT_A_BRAND.search(brand.group("name")) and not entities_in(clause_before):
        # a firm called by its brand, opening the clause with its own figure: `其中,天津大桥税收过千万元、得意电子税收过
        # 500万元` (r105 衡南 2019), `奇瑞汽车连续19年位居中国品牌乘用车出口第一` (r46 芜湖经开区 2022), `推动潞讯精密电子30条
        # 生产线投产` (r32 沁县 2025)
        return brand.group("name")
    before = [e for e in entities if e.end <= phrase_start]
    if counted and _EXAMPLES_COUNTED.search(clause_before):
        # (`宁夏隆德大洋集团公司千头肉牛标准化养殖园区建设、第五幼儿园建设等34个项目被列入…`, r329 隆德: a count of a
        # group, the firm's works only its first example)
        return ""
    if counted and _CLASS_OF_FIRMS.search(clause_before) and not entities_in(clause_before):
        # (`川威集团跻身…中国企业500强第322位…,新增规模以上工业企业18户`, r322 威远 2023: a count of a class of firms
        # is the place's, whatever firm the sentence spoke of before)
        return ""
    if before and (
        # (after a time: `今年合作社种植甘蓝1300亩、蒜苗400亩`, r487 大通)
        _BACK_REFERENCE.match(_TIME_LEAD.sub("", _NEWS_LEAD.sub("", sentence_before.lstrip().lstrip("“"))))
        or _POINTER.search(sentence_before)
        or (
            (lead := _TIME_LEAD.sub("", clause_before))[:1] in _REFERENCE_OPENINGS
            and _BACK_REFERENCE.match(lead)
        )
        or _LATER_REFERENCE.search(sentence_before)
    ):  # (`投产后5年内,项目预计实现年销售额5亿元`: a later clause that refers back)
        referred = _referred(before, sentence_before, clause_before)
        if not referred.company and _CLASS_BY_LIST.search(referred.name):
            # (`共上报通村油路建设项目…,项目总投资875万元`, r424 麻江: the projects of a list, not one)
            return ""
        if _KIND_OF_WORKS.fullmatch(referred.name):
            # `完成了主体工程建设。…投产后年发电量约100亿千瓦时` (senqingzn.com 灵台 2025): a part of the works, said of what
            # was done, is no project the figures' `投产后` points back at
            return ""
        return _phase_of(referred.name, sentence_before, clause_before)
    in_clause = entities_in(clause_before)
    if in_clause and clause_before.endswith(("(", "（")) and in_clause[-1].end == len(clause_before) - 1:
        last = in_clause[-1]
        if last.company or len(last.name) >= _PROPER_PROJECT or _LATIN_OR_DIGIT.search(last.name):
            # a project listed with its own figure in brackets right after its name (`龙华大道DN500管道改造工程(1698米)、
            # 黄桥中学管网工程(2233米)`, r187 吉水): the figure is that project's, as `X县(23.9%)` is the county's
            return last.name
    named = in_clause[-1] if in_clause else before[-1] if before else None
    if named is not None and not named.name:
        return ""  # a group of projects
    # (after a lead: `其中鸡西福顺祥粮油公司投资600多万元`, jixi.dbw.cn 鸡东 2008)
    # (and past the way in: `进入月牙泉景区的游客达到1698人次`, r496 敦煌 2017, the scenic area's own visitors)
    opening = _ENTERED.sub("", _PLACE_REFERENCE.sub("", led.lstrip()))
    if named is not None and named.company:
        # a firm right after what the text does to it opens the clause as its own (`引入浙黔纺织公司投资12亿元`, r395 六枝
        # 2025; `促进福建昆鹏陶瓷公司意向投资1.2亿元`, r42 息县 2010)
        opening = _ACTING_ON_FIRM.sub("", opening)
    if named is not None and named.company and len(in_clause) > 1 and in_clause[-2].company:
        parent = in_clause[-2].name + named.name
        if _opens_with(opening, parent):
            # `黑龙江中盟集团鸡东热电公司投资3000万元` (jixi.dbw.cn 鸡东 2008): a group's firm, named after the group
            return parent
    if named is None or not _opens_with(opening, named.name):
        return "" if in_clause else _sentence_topic(sentence_before, clause_before)
    # a clause that opens with the company's or the project's own name: a code, or a name long enough to be a
    # proper one, of an amount (`现代材料园区建设项目已累计完成投资45亿元`; a count of projects is of a class,
    # and a name with a verb is a kind of project: `实施产学研合作项目60个`, `争取政策性项目资金`)
    at = clause_before.find(named.name)
    if at >= 0 and _EXAMPLES_END.match(clause_before, at + len(named.name)):
        # `其中渤海油田…输变电项目等3个项目已完工` (hld.gov.cn 绥中 2024), `镇安县3200绪缫丝项目、红凤凰现代农业园等10个
        # 重大项目集中开工建设` (slrbs.com 镇安 2013): the first example of a group
        return ""
    if named.company:
        return named.name
    if _KIND_OF_PROJECT.search(named.name):
        return ""
    # a named park's own figure (`柏屹自主创新园实现亩均产值273万元`, r99 湘潭县 2023)
    proper = _proper_length(named.name)
    # (a scenic area's own visitors are counted, and an airport's passengers or a market's goods)
    scenic = named.name.endswith(("景区", "机场", "市场"))
    if _LATIN_OR_DIGIT.search(named.name) or ((not counted or scenic) and len(named.name) >= proper):
        return named.name
    if counted and named.name.endswith("园") and len(named.name) >= proper and opening.rstrip() == named.name:
        # a named park right before a count is what the count is of (`其中,生命健康产业园55户`, r287 西丰经开区 2023;
        # `金川科技园6家企业…`, r225 榆中 2025): its own firms
        return named.name
    if not counted and _FARM.fullmatch(named.name):
        return named.name  # a farm's own figure, under its short name (`友谊农场大豆最高亩产…`)
    if not counted and _short_project(named.name, clause_before):
        return named.name  # `物流园项目将投资1.2亿元` (hn.rednet.cn 安乡 2020)
    return ""


# A firm's brand: a short proper name and the trade it is in, right before a figure of a firm (not a sector of the
# place: `全县汽车产量`, `新能源汽车产值`, `电子信息产业产值`)
_BRAND_FIRM = re.compile(
    # (after the words that class it: `主导产业龙头企业长沙比亚迪汽车完成总产值524.6亿元`, r393 雨花经开区 2022)
    r"\s*(?:(?P<lead>[^，,。；;\d]{0,12}?(?:龙头|骨干|领军|重点|生产|链主)企业))?"
    r"(?P<name>(?!全|该|本|我|各|其|县|市|区|镇|规上|规模|重点|龙头|骨干|主要|新|当地|本地|国内|国产|进口|传统|智能|高端)"
    r"[\u4e00-\u9fff]{2,4}(?(lead)[\u4e00-\u9fff]?)(?:电子|汽车|汽配|科技|机械|陶瓷|药业|制药|纺织|电器|电气|电声|钢铁|化工|服饰|米业|光电|矿业|乳业"
    r"|啤酒|水泥|纸业|电缆|重工|股份))"
    r"(?=\s*(?:税收|产值|产量|销售|营收|营业收入|出口|利税|实现|完成|连续|位居|年产|\d|$))"
)


# What a brand is not: words of doing something with a product (`计划生产汽车1万台`, hbsztv.com 曾都 2016)
_NOT_A_BRAND = re.compile(
    r"生产|计划|建设|销售|出口|引进|新增|年产|发展|完成|实现|加工|制造|研发|开发|推广|购买|使用|进口|组装"
)


def _phase_of(name: str, sentence_before: str, clause_before: str) -> str:
    """The project a sentence refers back to, in the phase the sentence names when the project was named with another:
    `海洋工程基地(一期)…。二期工程总投资达44亿元的5家企业…` (r45 陆丰 2022) → `海洋工程基地二期工程`."""
    said = _PHASE_SAID.match(_TIME_LEAD.sub("", clause_before)) or _PHASE_SAID.match(
        _NEWS_LEAD.sub("", sentence_before)
    )
    named = _PHASE_NAMED.search(name)
    if not said or not named or said.group(1) == named.group(1):
        return name
    return name[: named.start()] + said.group().strip()


_PHASE_SAID = re.compile(r"\s*([一二三四五])期(?:工程|项目)")
_PHASE_NAMED = re.compile(r"[（(]?([一二三四五])期[)）]?(?:工程|项目)?$")


def _sentence_topic(sentence_before: str, clause_before: str) -> str:
    """The one project or company a sentence opens with as its topic, whose figures its later clauses give
    (`现代设施渔业养殖及食品加工项目分三期建设,总投资约22亿元`, hy.voc.com.cn 衡阳县 2024), or that the clause just
    before a bare indicator's opens with (`…,柏屹自主创新园实现亩均产值273万元,亩均税收28万元`, r99 湘潭县 2023);
    '' when the sentence opens otherwise, or with a list of names or a class of projects."""
    if len(sentence_before) == len(clause_before):
        return ""  # the figure's own clause opens the sentence: handled by the clause rule
    if _WHOLE_PLACE.match(clause_before) or _PLACE_AT_TIME.match(clause_before):
        # (`加上此前开工的星玛智能电气生产基地项目,桃源县2019年第一季度开工重点建设项目4个`, bbs.cdzyw.cn 桃源 2019)
        return ""  # (`…项目分三期建设,总投资约22亿元,全县固定资产投资增长8%`: the county's own figure)
    opening = sentence_before[: len(sentence_before) - len(clause_before)]
    # a list after a colon opens with its first item (`舟曲县签约的7个项目分别是:舟曲沙滩森林康养小镇建设项目,总投资3.1
    # 个亿`, r132 舟曲)
    opening = opening[max(opening.rfind(":"), opening.rfind("："), -1) + 1 :]
    # a member of a group named after `其中` is the topic of the clauses after it (`当天开工的6个重点项目总投资136.8亿元,其中
    # 国能灵绍直流配套灵武200万千瓦复合光伏基地项目是…之一,…,总投资近100亿元,装机容量200万千瓦`, r185 灵武, trad)
    member = opening.rfind("其中")
    if member > 0 and opening[member - 1] in ",，;；":
        opening = opening[member:]
    if any(_WHOLE_PLACE.match(c) or _PLACE_AT_TIME.match(c) for c in _CLAUSE_END.split(opening)[1:]):
        return ""  # a later clause went on to the place's own figures (`…,桃源县2019年第一季度开工…4个,总投资达到…`)
    topic = _topic_of(opening, clause_before)
    if not topic and (lead := _LEAD_CLAUSE.match(opening)) and not entities_in(lead.group()):
        # a lead of a few words before the topic (`园区建设蓄势赋能,威远页岩气综合利用化工园区成功获批省级化工园区,60天完成
        # 2251.5亩征地拆迁`, r322 威远 2023)
        topic = _topic_of(opening[lead.end() :], clause_before)
    if topic or not _BARE_INDICATOR.fullmatch(clause_before):
        return topic
    clauses = _CLAUSE_END.split(opening.rstrip(" ,，;；:："))
    return _topic_of(clauses[-1]) if len(clauses) > 1 else ""


def _topic_of(opening: str, rest: str = "") -> str:
    """The project or company the text opens with as the topic of what follows (`rest`), or ''."""
    opening = _PLACE_REFERENCE.sub("", _past_topic_lead(opening))
    found = entities_in(opening)
    first = found[0] if found else None
    if first is None or not first.name or not _opens_with(opening, first.name):
        return _brand_topic(opening)
    opening = opening[opening.find(first.name) :]
    head = _CLAUSE_END.split(opening, 1)[0]
    if any(joiner in head for joiner in _LIST_JOINERS):
        return ""  # (`华中服装制造产业园项目、乡村振兴全域旅游项目…等12个项目`, shayang.gov.cn 2024: a list)
    if not _TOPIC_PREDICATE.match(opening, len(first.name)):
        return ""  # (`着重推进工信部卓越级智能工厂创建工作,…力争4家企业…`: a longer noun, no topic)
    proper = _proper_length(first.name)
    if (
        not first.company
        and (_KIND_OF_PROJECT.search(first.name) or len(first.name) < proper)
        and not _short_project(first.name, opening + rest)
    ):
        return ""  # a class of projects, or a name too short to be one project's own
    return first.name


# A firm called by its brand that opens a sentence with what it did, in words with no figure, before the clauses that
# give its figures: `晨鸣纸业产销两旺,实现产值136亿元,增长19.8%` (f17 麻章, trad), `乌苏啤酒不断扩大市场份额,产品占全疆
# 市场90%` (r131 乌鲁木齐经开区 2023). The brand is `_BRAND_FIRM`'s (a short name and a trade), and what follows it is a
# predicate, not more of a sector's name (`纺织产业加快发展`, `汽车行业`, `电子企业`).
_BRAND_OPENING = re.compile(
    # (or after the words that class it, alone before its clauses: `全球维生素E重要生产企业北沙制药,产值同比增长4.8%`, r323
    # 吉林经开区)
    r"\s*(?:(?P<lead>[^，,。；;\d]{0,12}?(?:龙头|骨干|领军|重点|生产|链主)企业))?"
    r"(?P<name>(?!全|该|本|我|各|其|县|市|区|镇|规上|规模|重点|龙头|骨干|主要|新|当地|本地|国内|国产|进口|传统|智能|高端"
    r"|特色|优势|主导|支柱|绿色|现代|先进|新兴|战略|民营|中小)"
    r"[\u4e00-\u9fff]{2,4}(?:电子|汽车|汽配|科技|机械|陶瓷|药业|制药|纺织|电器|电气|电声|钢铁|化工|服饰|米业|光电|矿业|乳业"
    r"|啤酒|水泥|纸业|电缆|重工|股份))"
    r"(?P<predicate>(?(lead)|(?!产业|行业|企业|工业|板块|集群|类|园|基地|等|和|与|及|、|的|生产|制造|产品)[^，,。；;:：\d]{2,10}))[,，]"
)


# Words of what a place does, never in a brand: `更好发挥科技人才招商中心作用,全年招引科创项目不少于200个` (启东 2023)
_DOING_WORDS = re.compile(
    r"发挥|加快|推动|推进|促进|提升|培育|壮大|支持|鼓励|依托|围绕|强化|深化|做强|做大|更好|充分|大力|积极|着力|实施|突出|聚焦"
    r"|坚持|打造|优化|加强|抓好|做好"
)


def _brand_topic(opening: str) -> str:
    """The firm a sentence opens with by its brand, with what it did (`_BRAND_OPENING`), or ''."""
    m = _BRAND_OPENING.match(opening)
    if not m or _NOT_A_BRAND.search(m.group("name")) or _DOING_WORDS.search(m.group("name")):
        return ""
    return m.group("name")


def _short_project(name: str, text: str) -> bool:
    """Whether a short project name (`天中鸟船艇项目`, `物流园项目`) is one project's own: the text introduces it by its
    investment (`其中,天中鸟船艇项目,总投资3.1亿元`, app.zmdnews.cn 驿城区 2016), and it names no class of projects
    (`民生项目`, `技改项目`)."""
    if not name.endswith("项目") or len(name) < _SHORT_PROJECT or _KIND_OF_PROJECT.search(name):
        return False  # (`建筑安装工程投资同比下降12.3%`, r97 阿拉善高新区: a class of investment)
    if _CLASS_WORD.search(name[:-2]) or _DOING.search(name):  # (`累计承接项目投资`, r153 天津经开区)
        return False
    at = _BRACKETED_PLACE.sub("", text).find(name)
    return at >= 0 and bool(_INTRODUCED.match(_BRACKETED_PLACE.sub("", text), at + len(name)))


_SHORT_PROJECT = 4
_DOING = re.compile(r"累计|承接|实施|推进|储备|谋划|洽谈|对接|落地|建设中|完成|争取|申报|包装|入库|纳统")
# What a short name of a class of projects is made of
_CLASS_WORD = re.compile(
    r"民生|基础|设施|产业|工业|农业|水利|交通|城建|城市|社会|社事|旅游|文旅|文化|教育|卫生|医疗|环保|生态|能源|新建|续建|技改|招商"
    r"|扶贫|帮扶|重点|重大|在建|签约|开工|前期|储备|市级|省级|县级|区级|PPP|专项|示范|试点|配套|民营|外资|内资|服务业|商贸|物流业"
)
_INTRODUCED = re.compile(r"\s*[,，]?\s*(?:项目)?(?:总投资|计划总投资|计划投资|拟总?投资|将投资|投资额|投资)")
_BRACKETED_PLACE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}[（(][\u4e00-\u9fff]{2,6}[)）]")


def _referred(before: list[Entity], sentence_before: str, clause_before: str) -> Entity:
    """The entity a back reference points at: the last one named, or the last company when the clause says
    `公司` (`该项目总投资5.6亿元…,公司年总销售收入可达12亿元以上`, gzjrw.com.cn 信丰 2013: the firm behind the
    project)."""
    word = _REFERENCE_WORD.search(_TIME_LEAD.sub("", clause_before)) or _REFERENCE_WORD.search(
        sentence_before
    )
    if word and word.group(1) != "项目":
        companies = [e for e in before if e.company]
        if companies:
            return companies[-1]
    if word and word.group(1) == "项目":
        # `该项目`/`项目建成投产后` refers to what is called a project, not to a firm or a base named since (`…轻工业生产、
        # 电子研发生产基地等产业结构,…。项目建成投产后,预计实现年产值11亿元`, deyang.021cf.cn 旌阳 2014)
        # (a counted group, nameless, stays what it is: `盟兴钢构等工业项目22个,项目开工率…`, r63 巴中经开区 2016)
        # (one project by its own name: not `…有限公司举行项目` of `举行项目签约仪式`, epaper.gxylnews.com 兴业 2013)
        projects = [
            e
            for e in before
            if not e.company and (not e.name or (e.name.endswith(("项目", "工程")) and is_proper(e)))
        ]
        if projects:
            return projects[-1]
    return before[-1]


def without_subject(indicator: str, subject: str) -> str:
    """The indicator's own name once its subject is recorded apart: `鑫鸿…项目将投资` → `将投资`, also after
    words that describe the subject (`签约的鑫鸿鞋工艺研发与生产项目将投资`, hn.rednet.cn 安乡 2020)."""
    at = indicator.find(subject) if subject else -1
    if at == 0 or (at > 0 and indicator[at - 1] == "的") or (subject and _named_at(indicator, subject) > 0):
        return indicator[at + len(subject) :]
    return indicator


def _proper_length(name: str) -> int:
    """How long a park's, a scenic area's or a project's name must be to be one's own (`柏屹自主创新园`, r99 湘潭县,
    both where a clause and where a sentence opens with it)."""
    if name[-2:] in _PROPER_FACILITY:
        return _PROPER_FACILITY[name[-2:]]
    return (
        _PROPER_PARK if name.endswith("园") else _PROPER_SCENIC if name.endswith("景区") else _PROPER_PROJECT
    )


# The rest of a list of examples after one, up to its `等`.
_EXAMPLES_END = re.compile(r"(?:[、和及与][^，,。；;、]{1,20}?)*等")


def _opens_with(text: str, name: str) -> bool:
    """Whether text opens with the name, or with words that describe it before `的` and then the name
    (`此次签约的鑫鸿鞋工艺研发与生产项目将投资10亿元`, hn.rednet.cn 安乡 2020; `投资1亿元的安防线束…项目`, r161)."""
    text = _BRACKETED_PLACE.sub("", text)  # `漳州(东山县)聚源生物科技…项目` (jingyuhuahui.com 东山 2025)
    if text.startswith(name):
        return True
    at = text.find(name)
    if at > 2 and text[at - 2 : at] in ("的有", "的是") and not _CLAUSE_END.search(text, 0, at):
        return True  # (`首批签约的有张家川新华一期50兆瓦风电项目,总投资3亿元`, f18 张家川 2023)
    return at > 1 and text[at - 1] == "的" and not _CLAUSE_END.search(text, 0, at)


def points_back(text: str, start: int) -> bool:
    """Whether the paragraph at start opens by pointing at a company or project named before it (`这个项目…`)."""
    return bool(_POINTER_OPENING.match(text, start))


# A part after `;` that goes on with the same firm's or project's figures for another time: `枞阳海螺公司3月份实现产值2.38亿元,
# 同比增长45%;1-3月实现产值6.16亿元,同比增长29%` (f17 枞阳 2009). It opens with the time and the verb, no name of its own.
_CONTINUED = re.compile(
    r"\s*(?:\d{1,2}\s*[-~～至—]\s*\d{1,2}\s*月份?|前[一二三四五六七八九十\d]{1,2}个?月|[一二三四]季度|前三季度|上半年|下半年)"
    r"\s*[,，]?\s*(?:累计|共)?(?:实现|完成)"
)


def continued_subject(subjects: list[str], part: str) -> str:
    """The subject that a part after `;` (`part`) goes on with: the one subject of every figure of the part before it
    (`subjects`), when the part opens only with another time and its verb (`_CONTINUED`); '' otherwise."""
    if not subjects or len(set(subjects)) != 1 or not subjects[0] or not _CONTINUED.match(part):
        return ""
    return subjects[0]


_RATE_UNITS = ("%", "倍", "个百分点")


def rates_of_subjects(records: list) -> None:
    """A rate right after a subject's figure, named after it (`白云机场旅客吞吐量4630.24万人次,同比增长1.1倍`, r347 白云,
    trad: `白云机场旅客吞吐量增长`): the same subject's rate, named without it."""
    for before, record in pairwise(records):
        if (
            before.subject
            and not record.subject
            and record.unit in _RATE_UNITS
            and (at := _named_at(record.indicator, before.subject)) >= 0
            and len(record.indicator) > at + len(before.subject)
        ):
            record.subject = before.subject
            record.rename(record.indicator[at + len(before.subject) :])


def _named_at(indicator: str, subject: str) -> int:
    """Where a subject's name ends the words that open an indicator: at its start, or after the words that class it
    (`主导产业龙头企业长沙比亚迪汽车总产值增速`, r393 雨花经开区 2022); -1 when it is not there."""
    at = indicator.find(subject)
    return at if at == 0 or (at > 0 and indicator[:at].endswith("企业")) else -1


def acted_on(phrase_before: str, phrase_after: str = "") -> bool:
    """Whether a count is of a group the place acts on (`针对49家…企业`): the words right before it say so. Not when
    the words after it say what was done to each (`对17个杂技专业村进行改造提升`, r283 吴桥 2025; `对34家化工企业实施了
    “四评级一评价”`, f17 东昌府 2018): the count is of the work done, the place's own."""
    return bool(_ACTED_ON.search(phrase_before)) and not _DONE_TO_EACH.match(phrase_after)


# What was done to each of a counted group, after its noun
_DONE_TO_EACH = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:进行|实施了|完成了)")


# Patterns of the functions above, compiled once (they run for every clause).
# (`房地产开发项目投资增长35.5%;非房地产开发项目投资下降6.4%`, shareonl.com 1-2月 2018: a statistical class)
# (a project's parts sized by voltage or length: `目前110千伏变电站已经投产`, `组件和17公里35KV集电线路工程`, r136 海原
# 2023: they belong to the project the paragraph is about)
_NOT_ONE_PROJECT = re.compile(
    # (`新篁、司铺、葛源石桥3处集中供水工程`, liuxuequn.com 2012: three works, not one)
    # (`9项强县工程`, f13_p17 大冶 2024: a programme's items)
    # (nor the place's works all together: `5年内全县病险水库除险加固工程累计投入资金1.02亿元`, soolun.com 新化 2011)
    r"(?:\d+|[一两二三四五六七八九十])[个处座所条项]|全[县市区镇旗]|的|^(?:这|那|该|此|是|非)|房地产(?:开发)?项目$"
    r"|\d+(?:千伏|[kK][vV]|公里|千米)"
    # (what money goes to: `2016年直接用于民生项目的支出达到7.49亿元`, f18 聊城高新区 2016: a kind of project)
    r"|用于"
    # (what a place is: `新和县是国家优质棉生产基地,棉花年种植面积近百万亩`, f17 新和 2025: the county's own figures follow)
    r"|^[\u4e00-\u9fff]{1,6}[县市区旗镇乡]是"
)
_ATTRIBUTIVE_FIGURE = re.compile(r"\d\s*(?:万|亿)?(?:元|亩|平方米|平方公里)$")
_UNIT_HEAD = re.compile(
    r"(?:万|亿)?美?元$"
)  # what a company name scan keeps of `总投资20亿元的` (the digits stop it)
# A relative clause that says what was done with a project before its name: `此次签约的鑫鸿鞋工艺研发与生产项目`
# (hn.rednet.cn 安乡 2020), `今年开工的…项目`
# (`通山县与武钢实业公司合作的武钢冶金新辅料生产基地项目`, shushitongpu.cn 通山 2011: whom it is built with)
_RELATIVE_HEAD = re.compile(
    # (`该县在工业集中区开工建设的陕西镇安百盛茧丝绸有限公司`, slrbs.com 镇安 2013)
    r"(?:签约|引进|落户|落地|开工|竣工|投产|入驻|招引|签订|集中开工|新开工|合作|共建|合资|开工建设|兴建|建成)$"
)
# (and a verb of building: `將建設金沙河面業川渝總部基地`, knowourkids.com 忠县 2022)
_LEADING_PREPOSITION = re.compile(
    # (`走进贵州镁程铝业科技有限公司生产车间`, asrbs.net 普定 2022: where the reporter went)
    # (a list item's opening and its verb: `四是实施小水电站增效扩容项目`, liuxuequn.com 2012; `做好水利水毁修复工程`,
    # hybrid-steppingmotor.com 天等 2009)
    r"^(?:[一二三四五六七八九十]是)?(?:其中|在|由|从|对|与|和|为|是|目前|当前|如今|现在|走进|进入|来到|深入|实施|推进|做好|加快|启动"
    r"|(?:将|拟|计划)?(?:建设|新建|建成|打造)"
    # (what a place does to works, with how: `全力推进怀安乡村振兴综合开发基地项目` (r259 怀安 2022), `狠抓强县工程`
    # (gcs66.com 咸丰 2025), `完成了主体工程建设` (senqingzn.com 灵台 2025): the works are named after the verb)
    r"|(?:全力|加快|着力|大力|积极|全面|持续|扎实|切实|继续|加紧|抓紧)(?:推进|推动|实施|建设|做好|抓好|启动)|狠抓|抓好|完成了?"
    # (the agreement signed on it: `…(以下简称“新投集团”)正式签署50万锭棉纺项目投资协议`, f17 新和 2025)
    r"|(?:正式)?(?:签署|签订)了?)"
)
# The part a firm plays in a project, said before its name (`项目的实施者丹泉集团`)
_FIRM_ROLE = re.compile(r"(?:实施者|实施主体|投资者|投资方|投资主体|建设者|建设方|建设单位|承建方|承建单位|运营方|运营商|业主单位?)")
_WHERE_HEAD = re.compile(r"(?:内|里|中|旁|边|附近)$")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_QUOTED_NAME = re.compile(r"[“\"]([A-Za-z][A-Za-z0-9 .&+-]{2,30})[”\"]\s*$")
_PLACE_REFERENCE = re.compile(r"^(?:该|本|我)[县市区镇旗]")
# A clause that opens with a county's name and a time: the county's own figure follows
_PLACE_AT_TIME = re.compile(
    r"\s*[\u4e00-\u9fff]{1,5}[县市区旗](?=\s*(?:(?:19|20)\d\d\s*年|今年|去年|全年|上半年|前三季度|[一二三四]季度))"
)
_WHOLE_PLACE = re.compile(r"\s*(?:全|该|本|我)[县市区镇乡旗州盟省国]")
_PROJECT_GROUP_PLAIN = (
    # (not an ordinal: `第二个招商引资项目开始正式落户`, news.d1cm.com 金寨 2012)
    r"(?<!第)(?<!\d)(?:\d+|[一两二三四五六七八九十]+)\s*(?:个|大)\s*[\u4e00-\u9fff]{0,6}?项目"
    # (works counted by place or dam: `3处集中供水工程`, `23座小(二)型病险水库除险加固工程`, liuxuequn.com 2012)
    r"|(?<!第)(?<!\d)\d+\s*[处座]\s*[^，,。；;\d]{0,12}?(?:项目|工程)"
    r"|等[\u4e00-\u9fff]{0,6}?项目"  # `沥青拌合站、盟兴钢构等工业项目22个,项目开工率…` (r63 巴中经开区 2016)
)
# `_PROJECT_GROUP_PLAIN`, written to open with the numeral's first character, so that a search looks only where a
# numeral (or 等) stands: the character before it is read behind that first one (`(?<!第.)` after it is `(?<!第)`
# before it), not tried at every position of a paragraph.
_COUNT_NUMERAL = "[一两二三四五六七八九十]"
_PROJECT_GROUP = re.compile(
    rf"(?:\d(?<!第.)(?<!\d.)\d*|{_COUNT_NUMERAL}(?<!第.)(?<!\d.){_COUNT_NUMERAL}*)"
    r"\s*(?:个|大)\s*[\u4e00-\u9fff]{0,6}?项目"
    r"|\d(?<!第.)(?<!\d.)\d*\s*[处座]\s*[^，,。；;\d]{0,12}?(?:项目|工程)"
    r"|等[\u4e00-\u9fff]{0,6}?项目"
)
# What follows a topic's name: where it is, what it is, what it invests or will do (a longer noun follows none of
# these: `…领导挂点服务项目机制`, r06 斗门 2022).
_TOPIC_PREDICATE = re.compile(
    r"\s*(?:(?:股份)?有限(?:责任)?公司|[一二三四五六七八九十\d]期(?:工程)?)?\s*(?:\d{1,2}(?:\s*[-~～至—]\s*\d{1,2})?月份?)?"
    r"\s*(?:完成|受|[,，]|位于|地处|坐落|是|为|系|总投资|计划(?:总)?投资|拟(?:总)?投资|投资|占地|用地|规划|分[一二三四五六七八九十\d]期|将|已|由|于|在"
    # (`张飞庙景区接待游客41.1万人次,同比增长66.2%`, r143 云阳 2019; `万力联兴迁建项目计划总投资1.8亿元,占地60亩`,
    # epaper.cqrb.cn 石柱 2023)
    r"|建成|达产|投产|预计|主要|实现|接待|以"
    # (`…化工园区成功获批省级化工园区`, r322 威远 2023)
    r"|成功|获批)"
)
# A news piece's lead-in before a sentence that refers back: `据了解,公司是从事汽车缸盖…的专业化企业,具备年产汽车缸盖20万件`
# (big5.china.com.cn 邻水 2022)
_NEWS_LEAD = re.compile(r"^\s*(?:据了解|据悉|据介绍|记者了解到|另外|此外|同时)\s*[,，]\s*")
# (and a clause of what a project will do once built: `…3200绪缫丝项目,建后年可实现产值1.2亿元`, slrbs.com 镇安 2013)
_REFERENCE_OPENINGS = (
    "该",
    "这",
    "此",
    "其",
    "项",
    "公",
    "集",
    "合",
    "整",
    "一",
    "二",
    "三",
    "四",
    "建",
    "投",
    "达",
    "竣",
    "正",
    "全",
)
# The word a back reference names (the first one of the clause or sentence) and a time word that may stand before it
# (`2020年公司实现产值6000多万元`, movement.gzstv.com 剑河 2021)
_REFERENCE_WORD = re.compile(rf"^\s*(?:该|这个|这家|此|其)?({_REFERRED_KINDS})")
_TIME_LEAD = re.compile(r"^\s*(?:\d{4}年(?:度)?|今年|去年|目前|当前|现在|如今)\s*[,，]?\s*")
# What may stand before a sentence's topic: `其中,温州望烁…项目总投资3亿元` (cnrepark.com 奉节 2024).
# (`位于西渡高新区的衡阳高新智慧物流园项目,投资额5亿元`, hy.voc.com.cn 衡阳县 2024)
# (`据了解,此次签约的…项目将投资10亿元`, hn.rednet.cn 安乡 2020: a news piece's lead-in)
# (and the months or the view the figures are given for: `从工业生产完成情况来看,枞阳海螺公司3月份实现产值2.38亿元,同比
# 增长45%` (f17 枞阳 2009); `11月份,在规模工业四大板块中,枞阳海螺公司完成产值1.44亿元,环比减少4%` (f15 枞阳))
_TOPIC_LEAD = re.compile(
    r"^\s*(?:(?:\d{1,2}(?:\s*[-~～至—]\s*\d{1,2})?月份?|从[^，,。；;]{1,12}看|在[^，,。；;]{1,12}中)\s*[,，]\s*)*"
    r"(?:其中|此外|另外|同时|据了解|据悉|据介绍)?\s*[,，:：]?\s*(?:位于[^，,。；;的]{1,16}的)?"
)


def _past_topic_lead(text: str) -> str:
    """`_TOPIC_LEAD.sub("", text)`: the text past its lead (the pattern, anchored at the start, always matches there;
    a substitution would try it at every position)."""
    return text[_TOPIC_LEAD.match(text).end() :]  # type: ignore[union-attr]


# A later clause of the sentence that refers back to the project or company just named and says what it will do
# once running: `新签约项目主要生产…,项目竣工投产达标后,预计年销售收入可达6亿元` (gzjrw.com.cn 信丰 2013)
_LATER_REFERENCE = re.compile(
    r"[,，;；]\s*(?:该|此|这个|这家)?(?:项目|企业|公司|工厂)(?:全部|全面|一期|二期)?"
    r"(?:建成|竣工|投产|达产|达效|达标|满产|运营|投用|落地)"
)
# A part or a kind of works, not one project's own name: `主体工程`, `强县工程`, `配套工程` (a phase is `_phase_of`'s).
_KIND_OF_WORKS = re.compile(r"(?![一二三四五六七八九十\d]期)[\u4e00-\u9fff]{1,3}工程")
_LIST_JOINERS = ("、", "等")
# A clause that is only an indicator's name before its figure (`亩均税收`, `总投资`): it goes on with the clause before
# (not one that names a place or a group of its own: `全县规上工业增加值增长`)
_BARE_INDICATOR = re.compile(r"\s*(?!全|该|我|其中)[\u4e00-\u9fff]{2,6}(?:达到?|为|约|近|超过?)?\s*")
_CLAUSE_END = re.compile(r"[,，;；:：]")
_PROPER_PROJECT = 8
_LONGEST_FIRM = 12  # (the most characters `_COMPANY` reads before `有限公司`)
_SHORT_FIRM = 4  # (a name of three is more often a kind of firm than a firm: `林业公司`)
_CLASS_LEAD_MAX = 5  # words before `产业` that may still only say where or whose (`全县`, `重庆市`, `今年`)
_PROPER_PARK = 6
# The projects of a list by when or how they entered it (`其中2024年结转项目13个`, `3月新申报入库项目2个`, f21 钟楼 2025;
# `共上报通村油路建设项目…,项目总投资875万元`, r424 麻江): a class, not one project's name
_CLASS_BY_LIST_WORDS = r"结转|申报|入库|上报|储备|审批|(?:19|20)\d\d年|\d{1,2}月|季度"
_CLASS_BY_LIST = re.compile(_CLASS_BY_LIST_WORDS)
_KIND_OF_PROJECT = re.compile(
    r"争取|实施|落实|完成|谋划|新签|续建|招引|引进|竣工|投产|开工|签约|登记|合作|改造|政策|建成|新建|年底|全年|今年|月底|底前"
    r"|新增|新培育|新认定|示范基地"  # `新增农业标准化示范基地2000亩` (闽清 2018): new ones of a kind, not one
    rf"|{_CLASS_BY_LIST_WORDS}"
    r"|举行|举办|召开"  # `禄丰县人民政府举行项目签约仪式` (ziwucun.nync.com): an event, not a project
    # a kind of farm base, or one being marked out or extended (`划定蔬菜保供基地红线面积8万亩`, `夏秋冷凉蔬菜基地2.1万亩`,
    # `拓展次早熟蔬菜基地3万亩`, jn720 开阳 2016)
    r"|划定|拓展|扩展|扩大|(?:蔬菜|茶叶?|烤?烟叶?|水果|果蔬|粮食?|辣椒|食用菌|中药材|养殖|种植|育苗)(?:生产|种植|保供)?基地$"
)


# One facility the sentence says was built (`建成西平县中心敬老院,…,增加了护理型床位50张`, r128 西平 2020): the figures
# that follow it in the sentence are the facility's, not the county's. Its own name ends the clause; a counted or
# unnamed kind (`新建3所学校`, `新建学校`) names no one facility.
_BUILT_FACILITY = re.compile(
    r"(?:建成|新建|改建为|改建成|扩建|建设|投用)了?\s*"
    r"((?![一多若所座家个])[\u4e00-\u9fff]{3,14}?(?:敬老院|养老院|养老服务中心|老年公寓|福利院|医院|卫生院|中学|小学|幼儿园|学校))"
    # (`建成城区养老服务中心并投入运营,床位不少于150个`, r227 旌德 2015)
    r"\s*(?:并(?:投入运营|投入使用|交付使用|投用))?(?=[,，;；]|$)"
)
# One named works the sentence says were done or begun (`完成靖宁路给水管网工程,解决周边8千余户群众用水问题`, f18 长安 2022;
# `开工建设利民巷至军分区沿街绿化改造提升工程,完成改造提升1.3万平方米`, f18 王益 2022): the figures of the clauses after
# it are the works', unless a clause lists other works of its own (`完成永乐堤、光明东巷…等道路亮化3公里`).
_BUILT_WORKS = re.compile(
    r"(?:完成|开工建设|建成)了?\s*((?![一多若所座家个])[\u4e00-\u9fff]{6,20}?(?:工程|项目))\s*(?=[,，;；]|$)"
)
_OTHER_WORKS = re.compile(r"[、等]|[全该本我][县市区镇乡旗]")
# A programme called `工程` (`实施茉莉花提质增效工程,制定出台…10多项标准`, f19 横州; `深入实施企业梯度培育工程`, 启东 2023)
_PROGRAMME = re.compile(r"培育|提质|增效|振兴|惠民|民生|行动|计划|战略|人才|素质|品牌|形象|示范|创建|攻坚")


def built_facility(sentence_before: str) -> str:
    """The one facility the sentence has said was built before a figure's clause, or ''."""
    if not any(word in sentence_before for word in ("建", "投用", "完成")):
        return ""  # (most sentences build nothing)
    found = [(m.start(), m.group(1)) for m in _BUILT_FACILITY.finditer(sentence_before)]
    found += [
        (m.start(), m.group(1))
        for m in _BUILT_WORKS.finditer(sentence_before)
        if len(m.group(1)) >= _PROPER_PROJECT
        and not _is_class_of_projects(m.group(1))
        and not _NOT_ONE_PROJECT.search(m.group(1))
        and not _PROGRAMME.search(m.group(1))
        and not _OTHER_WORKS.search(sentence_before, m.end())
    ]
    # (`新建改建一批公辦幼兒園,盡快實現公辦幼兒園占比50%以上`, nsbwy.com 蕲春 2021: a batch of a kind, no one facility)
    names = [n for _, n in sorted(found) if not _NOT_ONE.search(n) and not _ANOTHER_BUILD.match(n)]
    return names[-1] if names else ""


_ANOTHER_BUILD = re.compile(r"改建|扩建|新建|建设|建成")


# A figure listed before a project's investment in the words that describe it: `占地2700亩、总投资4.6亿元的华润100兆瓦
# 光伏发电项目正如火如荼建设中` (r136 海原 2023) gives the project's area, not the place's.
_BEFORE_INVESTMENT = re.compile(r"、\s*(?:总投资|计划总投资|投资)(?:额)?\s*")


# A figure listed among the words that describe the project named after them with `的`: `投資9億元、作為全省第一批試點的
# “壓縮空氣+飛輪”儲能示範項目完成縣級備案` (r169 新宾 2023, trad), `投资5亿元、占地面积约1500亩、装机容量为50MW的良坊光伏电站,
# 主体工程已经完工` (ne21.com 莲花 news).
_ATTRIBUTED = re.compile(
    r"、[^，,。；;:：]{1,40}?的\s*(?P<name>[“”\"\u4e00-\u9fffA-Za-z0-9+.·()（）]{2,30}?(?:项目|工程|电站|基地|工厂))"
    r"(?=\s*$|[，,。；;]|为|作为|正式|顺利|开工|投产|建成|落地|签约|竣工|将|完成|累计|已|主体|正在|如火如荼|加快|建设中|进展)"
)
_NOT_ONE = re.compile(r"等|一批|\d+\s*[个项]|[两三四五六七八九十]+[个项大]|的|重点|重大|系列|各类|多个")


def chained_project(rest: str) -> str:
    """The project that a figure describes together with the investment right after it (`rest` is the sentence's
    text after the figure), or with the other words that describe it before its name, or ''."""
    m = _BEFORE_INVESTMENT.match(rest) if rest[:1] == "、" else None
    if not m:
        named = _ATTRIBUTED.match(rest) if rest[:1] == "、" else None
        name = named["name"] if named else ""
        # (one project by its own name: not a kind, `装机容量为100MW的光伏电站`, nor a class, `…的重点项目`)
        return (
            name if len(name) >= 6 and not _NOT_ONE.search(name) and not _is_class_of_projects(name) else ""
        )
    found = find_quantities(rest)
    following = next((q for q in found if q.start == m.end()), None)
    return project_investment(rest, following, found) if following else ""


# A quote followed by who said it, a firm's head: `“…计划全年产值突破4000万元,实现出口500万美元。”谈及今年的目标,孟宇汽配
# 总经理郑笑乐自信满满` (歙县经开区 2023), `“…起重能力达到350吨…”纽科伦(新乡)起重机有限公司董事长金庆好说` (长垣 2023)
_QUOTE = re.compile(r"“([^“”]{4,600})”")
_SPEAKER = re.compile(
    r"\s*(?:[^，,。；;“”]{0,12}[,，]\s*)?"
    r"(?P<firm>[\u4e00-\u9fffA-Za-z()（）]{2,24}?)(?P<kind>(?:股份)?有限(?:责任)?公司|公司|集团)?\s*"
    r"(?:党委书记|董事长|总经理|副总经理|经理|负责人|厂长|总裁|创始人)"
)
_THE_FIRM = ("公司", "企业", "集团", "该公司", "该企业", "该集团")
# Who is not a firm: a government body, a place, or the words of a reporter (`园区负责人`, `该项目负责人`)
# (`“…”成都高新区科技局相关负责人介绍`, hainiu11.com 成都高新区 2015)
_NOT_A_FIRM = re.compile(
    r"^(?:该|本|这|其|相关|有关)|^(?:园区|项目|企业|公司|工厂|景区|基地)$"
    r"|(?:镇|乡|村|县|市|区|州|所|站|院|校|部|处|科|相关|有关)$"
    r"|局|委|办公室|政府|管委会|部门|中心|高新区|开发区|经开区|园区|新区|示范区"
)


def quoted_firm(text: str, para_start: int, para_end: int, s_start: int, entities: list[Entity]) -> str:
    """The firm whose head says the quote that the sentence at s_start stands in, or ''; `公司负责人说` is the head of
    the firm the paragraph named last (`广安高新区福佳机械有限公司,…“…订单量预计20万台,”公司负责人说`, 邻水 2022)."""
    if "“" not in text[para_start : s_start + 1] and "“" not in text[s_start : s_start + 2]:
        return ""
    for m in _QUOTE.finditer(text, para_start, para_end):
        if m.start() <= s_start < m.end():
            said = _SPEAKER.match(text, m.end(), para_end)
            if not said:
                return ""
            firm = _short(said.group("firm"))
            if firm in _THE_FIRM or (said.group("kind") and firm in ("该", "本", "我")):
                # (`集团总经理聂国雄介绍`: the group the paragraph, or the one before, named)
                named = [e for e in entities if e.company and e.end <= m.start()]
                return named[-1].name if named else ""
            if _NOT_A_FIRM.search(firm) or len(firm) < 2:
                return ""
            # a short name keeps the word the text calls the firm by (`润力公司副总经理罗政周说`, hbsztv.com 曾都 2016)
            short_kind = said.group("kind") in ("公司", "集团") and len(firm) < _SHORT_FIRM
            return firm + said.group("kind") if short_kind else firm
        if m.start() > s_start:
            break
    return ""


# A prefecture's round-up of its counties (`前三季度沈阳市县域经济运行情况`, r189 沈阳 2023): the figures it gives
# for the city are its county domain's (`沈阳市县域地区(包含康平县、法库县新民市)实现地区生产总值443.9亿元`), a group
# narrower than the city; in a county's text `县域` is the county itself (`县域经济基本竞争力排名`).
_COUNTY_DOMAIN = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:市|州|盟|地区))县域(?:经济|地区)")
_COUNTY_DOMAIN_OPENING = 400  # the title's reach: where a round-up says what it is about
# the domain named again at a figure's head: `全市县域地区实现农林牧渔业总产值`, `前三季度县域地区第一产业增加值`
_DOMAIN_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,6}?县域(?:地区)?(?=[\u4e00-\u9fff]{2})")


def county_domain(text: str, is_prefecture: Callable[[str], str]) -> str:
    """The prefecture whose county domain the text's opening says it reports on (`沈阳市`), else ''.
    `is_prefecture` gives a name's prefecture-level full name, or '' when it names none."""
    for m in _COUNTY_DOMAIN.finditer(text, 0, _COUNTY_DOMAIN_OPENING):
        words = m.group(1)
        for start in range(len(words) - 1):  # (`前三季度沈阳市`: the name ends the words before `县域`)
            name = is_prefecture(words[start:])
            if name:
                return name
    return ""


def of_county_domain(indicator: str) -> str:
    """`全市县域地区农林牧渔业总产值` -> `农林牧渔业总产值`: the domain's name at the head is the subject's."""
    return _DOMAIN_HEAD.sub("", indicator)


def listed_towns(subject: str, region: str) -> list[str]:
    """The towns of a subject that lists them by short name (`大桥、邵伯` → `大桥镇`, `邵伯镇`), in order; [] unless every
    item is one of the county's towns."""
    county = Gazetteer.default().get(region) if region else None
    if county is None or county.level != "county" or "、" not in subject:
        return []
    towns = [town_in_full(item, county) for item in subject.split("、")]
    return towns if all(towns) else []


def towns_subject(phrase_before: str, region: str, counted: bool) -> str:
    """The county's towns a clause opens with, as the subject of its amount (`桑墟、贤官工业开票销售收入先后突破百亿元`,
    `李恒、青伊湖、刘集等乡镇相继突破60亿元`, f19_p01 沭阳 2024; `龙湖镇财政收入突破10亿元`, f13_p10 新郑 2013): the
    towns' own figures keep the county as their place. Not a count (`黄牛铺镇菌类加工园等2个农业产业项目`, r137 凤县
    2022: the county's projects, where they lie)."""
    if counted:
        return ""
    county = Gazetteer.default().get(region) if region else None
    if county is None or county.level != "county":
        return ""
    return towns_opening(phrase_before.lstrip(), 0, county)


# What a sentence may open with before it names the paragraph's topic again: a time (`截至今年10月底,园区累计建成陶瓷
# 生产线107条`, r400 藤县)
_TOPIC_AGAIN_LEAD = re.compile(
    r"\s*(?:(?:截至|截止|到)[^，,。；;]{1,12}[,，]|(?:目前|当前|如今|现在|今年|去年|同时|此外|另外)[,，]?)?\s*"
)
# The word a named place of business is called by again (`长白山人参市场…。市场全年无休,鲜参年交易额近60亿元`, f19_p02 抚松)
_TOPIC_HEADS = (("园区", ("园", "园区", "集中区")), ("市场", ("市场",)), ("景区", ("景区",)), ("小镇", ("小镇",)))
# Words by which a sentence speaks for the place again (`全县`, `该县`): the topic ends there
_PLACE_AGAIN = re.compile(r"[全该本我][县市区旗镇乡州盟]|[县市区]委|[县市区]政府")
_TOPIC_PREFIX = 2  # (a firm's short name: `惠泉啤酒…。惠泉年产啤酒近80万吨`, r338 惠安)


def paragraph_topic(records: list, topic: str, sentence: str) -> str:
    """The paragraph's topic after a sentence: a park, market, scenic area or firm whose own figures a sentence gave
    stays the topic of a later sentence of its paragraph that opens by naming it again, by its name, its short name
    or its kind (`园区`, `市场`), and that sentence's figures with no subject of their own are its; a sentence that
    speaks for the place (`全县`, `该县`, the place's name) ends it. Returns the topic after this sentence."""
    named = [r.subject for r in records if r.subject]
    if named:
        return named[-1] if len(set(named)) == 1 else ""
    if not topic or _PLACE_AGAIN.search(sentence) or any(
        r.region and (r.region in sentence or r.region[:-1] in sentence[:8]) for r in records
    ):
        return "" if records or _PLACE_AGAIN.search(sentence) else topic
    opening = sentence[_TOPIC_AGAIN_LEAD.match(sentence).end() :]
    if _names_again(opening, topic):
        for record in records:
            record.subject = topic
    return topic


def _names_again(opening: str, topic: str) -> bool:
    """Whether a sentence's opening names the topic again: by its name, its first words, or its kind."""
    if opening.startswith(topic) or (
        len(topic) > _TOPIC_PREFIX + 1 and opening.startswith(topic[:_TOPIC_PREFIX])
    ):
        return True
    return any(opening.startswith(head) and topic.endswith(ends) for head, ends in _TOPIC_HEADS)


# The park a paragraph opens with as its topic, described in words with no figure of their own (`白鹤能源建材产业园位于
# 开县白鹤街道,…规划面积2平方公里。…到2010年,入园项目总投资达38亿元,实现产值43亿元`, r472 开县, trad): the paragraph
# is about the park, so its later figures with no subject of their own are the park's until a sentence speaks for the
# place again. (A topic a sentence gives in passing holds only where a later sentence names it again: paragraph_topic.)
_PARK_ENDS = ("园", "园区", "集中区")


def opening_park(paragraph_opening: str) -> str:
    """The named park that a paragraph's first sentence opens with as its topic, or ''."""
    name = _topic_of(paragraph_opening)
    return name if name.endswith(_PARK_ENDS) and len(name) >= _proper_length(name) else ""


def park_holds(records: list, park: str, sentence: str) -> str:
    """Give a later sentence's figures with no subject of their own to the paragraph's opening park; return the park
    while it still holds ('' once a sentence speaks for the place or names another subject)."""
    # (the place named after the figures speaks of the park's future there: `…,赵家食品轻工产业园将成为开县加快产业发展…`)
    first = min((at + len(r.text) for r in records if (at := sentence.find(r.text)) >= 0), default=len(sentence))
    if not park or _PLACE_AGAIN.search(sentence, 0, first) or any(
        r.region and (0 <= sentence.find(r.region) < first or r.region[:-1] in sentence[:8]) for r in records
    ):
        return ""
    if any(r.subject and r.subject != park for r in records):
        return ""
    for record in records:
        record.subject = park
    return park
