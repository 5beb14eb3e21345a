"""The seeds manifest: one JSON line per document (id, places, city, date, kind, source). It only overrides:
a document without an entry still builds, with its date and places inferred from the text."""

from __future__ import annotations

import functools
import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import cn2an

from bot.ingest.kind import INTENT
from bot.ingest.time import FIVE_YEARS_BACK, five_year_start

MANIFEST_NAME = "manifest.jsonl"


class ManifestError(ValueError):
    """A manifest line that cannot be used; the message names the file and line."""


@dataclass
class DocumentInfo:
    id: str
    places: list[str] = field(default_factory=list)
    city: str = ""
    date: str = ""  # "2020", "2020-06" or "2020-07-29"; "" when unknown
    kind: str = ""
    source: str = ""
    title: str = ""

    # The date's year and month, read for every figure: worked out whenever the date is set, not at each reading.
    year: int | None = field(init=False, repr=False, compare=False)
    month: int | None = field(init=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: object) -> None:
        super().__setattr__(name, value)
        if name == "date":
            super().__setattr__("year", _year_of(value))
            super().__setattr__("month", _month_of(value))


@functools.lru_cache(maxsize=256)
def _year_of(date: str) -> int | None:
    return int(date[:4]) if re.match(r"\d{4}", date) else None


@functools.lru_cache(maxsize=256)
def _month_of(date: str) -> int | None:
    m = re.match(r"\d{4}-(\d{2})", date)
    return int(m.group(1)) if m else None


def load_manifest(seeds_dir: Path) -> dict[str, DocumentInfo]:
    path = seeds_dir / MANIFEST_NAME
    if not path.exists():
        return {}
    entries: dict[str, DocumentInfo] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            info = DocumentInfo(
                id=str(data["id"]),
                places=[str(p) for p in data.get("places", [])],
                city=str(data.get("city", "")),
                date=str(data.get("date", "")),
                kind=str(data.get("kind", "")),
                source=str(data.get("source", "")),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ManifestError(f"{path}:{lineno}: not a manifest entry ({exc})") from exc
        if info.date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", info.date):
            raise ManifestError(
                f"{path}:{lineno}: date must be YYYY, YYYY-MM or YYYY-MM-DD, not {info.date!r}"
            )
        entries[info.id] = info
    return entries


_FULL_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_HEAD_CHARS = 600


_PLAN_NUMBER = re.compile(r"十([一二三四五六])五")
# (not one being drafted: `有序推进“十五五”规划编制工作`, gongwenku1.com 2025 mid-year summary, is written in the plan
# before it)
_FIVE_YEAR_PLAN = re.compile(
    r"(?:第十([一二三四五六])个五年规划|[“\"]?十([一二三四五六])五[”\"]?\s*规划)(?!\s*(?:的)?\s*(?:编制|编写|前期|思路|研究|纲要编制))"
)


def infer_date(text: str) -> str:
    """The document's date from its text: a full date near the top (dateline, byline), else the latest
    year the text treats as the present (a year followed by 上半年/以来/前三季度...), else ''. A text on a
    five-year plan's achievements is of its last year or later."""
    date = _date_written(text) or _date_said(text)
    if not date:
        date = _anniversary_year(text) or _present_year(text)
        if len(date) == 4 and date <= max(_years_before_now(text), default=""):
            # `自2012年年底实施…以来`, `从2012年的22.04万千瓦增加到现在的25.64万千瓦` (dw2888.com 丘北, undated): the text is
            # of a later year it never names (not `2012年至今`, which may be the year up to now: test_time_sweep11 金塔)
            date = _five_years_after_base(text)
        if len(date) == 4 and _TITLE_LAST_YEAR.search(_first_line(text)) and "今年" not in text:
            # `去年榆林农村公路建设完成投资12.4亿元` over `2011年,榆林农村公路累计完成投资12.4亿元` (steelcn.cn 榆林): a title
            # that calls the year its text names `去年` is of the year after
            date = str(int(date) + 1)
        if len(date) == 4 and "今年" not in text and _outcome_then_last_year(text, date):
            # `“2017年,…企业落户张金,…全年完成税收1.03亿元”…去年,我镇从抓…` (qianjiang.cjyun.org 张金, an undated
            # interview): a text that tells the whole outcome of the year it names and calls a year `去年` with no
            # `今年` is of the year after (as a repost with a date, `_year_after_outcome`, r231)
            date = str(int(date) + 1)
        if len(date) == 4 and _outcome_then_this_year_planned(text, date):
            # `2016年,该县圆满完成“GDP突破600亿元…”3件大事` / `今年,博罗县将坚持以提高发展质量和效益为中心` (f13_p15, its
            # dateline cut off): what a text plans for this year comes after the year it tells as done
            date = str(int(date) + 1)
        if len(date) == 4 and _outcome_then_year_so_far(text, date):
            # `2022年,罗源县…全年完成地区生产总值417亿元,…。` / `今年以来,罗源…` (f18_p05, a 2023 ranking piece naming 2023
            # only in names, `研讨会2023`): the year so far is the one after the year told whole
            date = str(int(date) + 1)
        opening = _OPENING_DAY.match(text.lstrip()) if len(date) == 4 else None
        if opening and int(opening.group(1)) <= _SESSION_MONTHS and _reviews_year_at_session(text, date):
            # `1月9日,北京市平谷区第六届人民代表大会第六次会议隆重开幕…报告指出,2024年,平谷…` (r155 平谷): a
            # session early in a year reviews the year before it, and is held on that day of the next
            date = f"{int(date) + 1}-{int(opening.group(1)):02d}-{int(opening.group(2)):02d}"
        if len(date) == 4 and _reviewed_at_congress(text, date):
            # `各位代表:现在,我代表沙河市人民政府向大会报告政府工作…过去五年工作回顾…2016年,全市生产总值完成235.7亿元`
            # (r340 沙河 2017, its title and dateline cut off): a report read to a congress that tells the latest year it
            # names as done reviews it at the session of the year after, held in its first months (the month known no
            # closer: its first)
            date = f"{int(date) + 1}-01"
        if len(date) == 4 and (_year_end_estimate(text, date) or _year_end_stock(text, date)):
            # (a report read to a congress estimates the year it reviews at the session after it, above)
            date = f"{date}-12"
        if len(date) == 4 and (december := _december_session(text, date)):
            # `2020 年东宝区政府工作报告` / `12 月 25 日,东宝区第八届人民代表大会第五次会议隆重开幕` / `2019 年成绩` (baijiadoc.com
            # 东宝): a report named for the year it plans, given at a session in the December before
            date = f"{int(date) - 1}-12-{december:02d}"
        if len(date) == 4 and (lead := _lead_day(text.lstrip(), 0, _LEAD_SCAN)) and 1 <= lead[0] <= 12:
            # `台海网12月25日讯 … 昨日上午,同安区第十八届人民代表大会第六次会议开幕` over `2025年,同安区预计…` (r147 同安): the
            # lead's day in the year the text is of
            date = f"{date}-{lead[0]:02d}-{lead[1]:02d}"

    done = _PLAN_ACHIEVEMENTS.search(text, 0, _HEAD_CHARS) if "五" in text[:_HEAD_CHARS] else None
    if done and date:
        last = five_year_start("十" + done.group(1)) + 4
        if int(date[:4]) < last:
            # `宝鸡市“十四五”发展成就系列主题(扶风县专场)新闻发布会`, `2021年以来累计…` (gjnews.cn 扶风 2025)
            return str(last)
    return date


# A five-year plan's achievements: `“十四五”发展成就`, `十三五成绩单`.
_PLAN_ACHIEVEMENTS = re.compile(
    r"十([一二三四五六])五[”\"」]?\s*(?:时期|期间)?\s*(?:的)?\s*(?:经济社会|经济和社会)?(?:发展)?(?:建设)?(?:成就|成绩单|答卷)"
)


def _date_written(text: str) -> str:
    """The date a text gives near its top (a dateline, a byline, a day written first), else ''."""
    m = _dateline(text)
    if m:
        year, month, day = m.groups()
        own = _BRACKETED_MONTH.search(text, m.end(), _HEAD_CHARS)
        if own and int(own.group(1)) < int(year):
            # `发布:2016-10-11 … 金乡县经济社会发展情况 (2013年4月)` (docx.baby): a page posted years after the text it
            # carries, whose title gives the month it was written
            return f"{own.group(1)}-{int(own.group(2)):02d}"
        told = _year_told(text) if "年" in text else None
        if told and int(year) > told + 1:
            # `时间:2021-08-31` over `二、2018年工作总体要求和目标任务` (010zaixian.com, a zone's report), `時間:2022-07-15`
            # over `一、2008年工作回顧` (uv63h8.cn): a page posted years after the report it carries, which its part
            # headings date (a review of a year is given the next)
            return str(told)
        if (story := _story_year(text, m)) is not None:
            return str(story)
        if (after := _year_after_outcome(text, m)) is not None:
            return str(after)
        if (part := _part_year_reported(text, m)) is not None:
            return str(part)
        declared = _DECLARED_YEAR.search(text, m.end(), _HEAD_CHARS) if "今年" in text else None
        if declared and int(declared.group(1)) + 2 <= int(year):
            # `2014-03-12 09:14 来源:今日西藏昌都` over `2006年既是“十一五”规划的启动之年,…左贡县将如何开展今年下半年各项工作`
            # (r207 左贡 2006 interview): a story reposted years later, whose lead says which year `今年` is (not a
            # review's year, `2017年是崇明区第一届区政府履职的开局之年。…`, r170 崇明 2018: `今年` in the same sentence)
            return declared.group(1)
        lead = _lead_day(text, m.end(), _HEAD_CHARS)
        if lead and int(month) < lead[0] <= 12:
            # `时间:2020-01-24` over `本报讯 …报道:12月30日,弋阳县举行2019年第四次…开(竣)工活动` (r142 弋阳): a page posted
            # after the new year tells of a day in the December before, the story's date
            return f"{int(year) - 1}-{lead[0]:02d}-{lead[1]:02d}"
        return f"{year}-{int(month):02d}-{int(day):02d}"
    day_first = _DAY_FIRST_DATE.search(text, 0, _HEAD_CHARS)
    if day_first and 1 <= int(day_first.group(2)) <= 12 and 1 <= int(day_first.group(1)) <= 31:
        # `23.02.2016  08:10` under a news title (xian.baogaosu.com 韩城 2016): a day, month and year
        return f"{day_first.group(3)}-{int(day_first.group(2)):02d}-{int(day_first.group(1)):02d}"
    short = _SHORT_YEAR_DATE.search(text, 0, _HEAD_CHARS)
    if short and 1 <= int(short.group(2)) <= 12 and 1 <= int(short.group(3)) <= 31:
        # `内蒙古新闻网  15-10-13 18:26 打印本页` over `2014年,牧区常住居民人均可支配收入10382元…年内争取…` (f19_p11 镶黄旗):
        # a site's stamp with a two-digit year and its time; not when the text names a later year (no such page)
        year = 2000 + int(short.group(1))
        if not any(int(y) > year for y in _NAMED_YEAR.findall(text)):
            return f"{year}-{int(short.group(2)):02d}-{int(short.group(3)):02d}"
    return ""


# A lead that says what its year is (`2006年既是“十一五”规划的启动之年,又是…的关键之年`), opening a line or sentence.
_DECLARED_YEAR = re.compile(
    r"(?:^|[。！!])\s*((?:19|20)\d{2})\s*年\s*(?:既|又|也|将|正)?\s*是[^。；;]{0,40}?(?:之年|的一年|关键一年)[^。]*?今年",
    re.M,
)


def _story_year(text: str, dateline: re.Match[str]) -> int | None:
    """The year of a story a page reposts years later: its title, above the page's date, names the latest year the
    text names, two or more years before that date (`保靖县入选2011年度全国重点产茶县` / `2021-03-03 12:05:32` /
    `…今年茶叶总产量139吨`, guniangcha.com 保靖, a 2011 story posted in 2021); else None."""
    titled = [int(y) for y in _NAMED_YEAR.findall(text, 0, dateline.start())]
    if not titled:
        return None
    named = [int(y) for y in _NAMED_YEAR.findall(text, dateline.end())] + titled
    latest = max(named)
    return latest if latest in titled and latest + 2 <= int(dateline.group(1)) else None


def _year_after_outcome(text: str, dateline: re.Match[str]) -> int | None:
    """The year of a story a page reposts years later, that tells the whole outcome of the latest year it names and
    calls a year `去年`: the year after that one (`發布時間:2020-03-01` over `2008年这个旗…地区生产总值完成18.35亿元…。
    去年,这里城镇居民人均可支配收入达到11850元`, r231 镶黄旗, a 2009 interview); else None."""
    if "去年" not in text or not _LAST_YEAR_OPENS.search(text, dateline.end()):
        return None
    named = [int(y) for y in _NAMED_YEAR.findall(text, dateline.end())]
    if not named or max(named) + 2 > int(dateline.group(1)):
        return None
    latest = max(named)
    return latest + 1 if re.search(rf"{latest}{_YEAR_OUTCOME}", text[dateline.end() :]) else None


# A part of a year whose figures a report gives (`2012年前三季度`, `2015年上半年`, `2020年1-9月`).
_PART_OF_YEAR_AFTER = (
    r"\s*年\s*(?:上半年|前三季度|[一二三四]季度|第[一二三四]季度|1\s*[-—~至到]\s*\d{1,2}\s*月)"
)


def _part_year_reported(text: str, dateline: re.Match[str]) -> int | None:
    """The year of a report on part of a year that a page posts two or more years later, when that year is the
    latest the text names (`发布时间:2015-01-22` over `…听取审议县人民政府2012年前三季度国民经济和社会发展情况的报告。
    会议认为,前三季度全县生产总值实现28.49亿元`, r369 肃北): the report's year; else None."""
    named = [int(y) for y in _NAMED_YEAR.findall(text, dateline.end())]
    if not named or max(named) + 2 > int(dateline.group(1)):
        return None
    latest = max(named)
    return latest if re.search(rf"{latest}{_PART_OF_YEAR_AFTER}", text[dateline.end() :]) else None


def _outcome_then_last_year(text: str, year: str) -> bool:
    """Whether an undated text opens a clause with `去年` after telling the whole outcome of `year` (in the sentence
    that names it or the next: `2017年,…企业落户张金,…。…全面完成任务,全年完成税收1.03亿元`)."""
    if "去年" not in text:
        return False
    told = re.search(rf"{year}{_YEAR_OUTCOME_ON}", text)
    return told is not None and _LAST_YEAR_OPENS.search(text, told.end()) is not None


def _outcome_then_year_so_far(text: str, year: str) -> bool:
    """Whether an undated text opens a paragraph with `今年以来` after one that opens with `year` and tells its whole
    outcome (`2022年,罗源县…。全年完成地区生产总值417亿元`)."""
    if "今年以来" not in text:
        return False
    told = re.search(rf"(?m)^\s*{year}\s*年\s*[,，][^\n]*?全年(?:完成|实现)", text)
    return told is not None and _YEAR_SO_FAR_OPENS.search(text, told.end()) is not None


_YEAR_SO_FAR_OPENS = re.compile(r"^\s*今年以来\s*[,，]", re.MULTILINE)


# A sentence opening with this year and what is meant to be done in it (`今年,博罗县将坚持…`).
_THIS_YEAR_PLANNED = re.compile(r"(?:^|[。！!\n])\s*今年\s*[,，][^。]{0,60}?(?:将|要|力争|确保|预期目标|计划)", re.MULTILINE)


def _outcome_then_this_year_planned(text: str, year: str) -> bool:
    """Whether an undated text tells `year` as done in a sentence it opens (`获悉,2016年,该县圆满完成…3件大事`,
    f13_p15 博罗 2017-03, a plenum's story) and then opens one with what `今年` is to bring: this year is the next."""
    told = re.search(rf"(?:^|[。！!\n：:，,])\s*{year}\s*年\s*[,，][^。]{{0,80}}?(?:完成|实现)", text)
    return told is not None and _THIS_YEAR_PLANNED.search(text, told.end()) is not None


# A named year's whole outcome in its sentence or the next, the year told in full (`全年完成`, `全年实现`).
_YEAR_OUTCOME_ON = r"\s*年\s*[,，][^。；;]{0,120}?(?:。[^。；;]{0,80}?)?全年(?:完成|实现)"


# A named year's whole outcome, further on in its sentence (`2008年这个旗…,这个旗就实现了…,地区生产总值完成…`).
_YEAR_OUTCOME = r"\s*年(?![^。，,；;]{0,4}?(?:季度|半年|月))[^。]{0,80}?(?:实现|完成)"


def _date_said(text: str) -> str:
    """The year a text that gives no date says it is of: its year in a plan, its plan's title, the year it sums
    up or reviews; else ''."""
    now = _PLAN_YEAR_NOW.search(text, 0, _HEAD_CHARS)
    if now:  # `今年是“十三五”规划纲要实施的第三年`, a lead opening `“十四五”开局之年,…`: the year of the plan it names
        return str(five_year_start("十" + now.group(1)) + _PLAN_YEAR_INDEX[now.group(2)])
    title = text.lstrip().split("\n", 1)[0]
    # (a title's first clause; a first line that is a paragraph, `2022年是…全面实施“十四五”规划的关键之年,…。`,
    # `2024年是实现“十四五”规划目标任务的关键一年,…。`, is no plan's title)
    plan = None if "。" in title else _PLAN_TITLE.search(_CLAUSE_END.split(title, maxsplit=1)[0][:_TITLE_MAX])
    if plan:  # `2016-2020年XX经济开发区“十三五”发展规划纲要`: a plan is adopted in its first year
        return plan.group(1) or str(five_year_start("十" + plan.group(2)))
    summary = _SUMMARY_TITLE.search(title)
    if summary:  # `2022年经济社会发展总体情况和2023年工作打算`: written as the year it sums up ends
        # (its December at the earliest: the year it sums up is over, cqkz.gov.cn 开州 `2024年…计划执行情况及2025年
        # 计划草案的报告`)
        return f"{summary.group(1)}-12"
    drive = _YEAR_DRIVEN.search(text, 0, _HEAD_CHARS)
    if drive:
        # `3月27日,大连金普新区举行冲刺2025全年目标动员大会` (f18_p02 金普新区, no year in its dateline): the year it works
        # for, on the day before it
        day = _DAY_BEFORE_DRIVE.search(text, 0, drive.start())
        month = int(day.group(1)) if day else 0
        return (
            f"{drive.group(1)}-{month:02d}-{int(day.group(2)):02d}"
            if day and 1 <= month <= 12
            else drive.group(1)
        )
    review = _REVIEWED_YEAR.search(text) or _YEAR_JUST_PAST.search(text[:_HEAD_CHARS])
    if review:  # a report reviewing a year (`刚刚过去的2009年`) is given early the next
        return str(int(review.group(1) or review.group(2)) + 1)
    return ""


def _first_line(text: str) -> str:
    return text.lstrip()[:_HEAD_CHARS].split("\n", 1)[0]


# `去年` in a title, not a comparison base (`比去年`, `较去年同期`).
# (a title: a first line with no clause break; not `去年以来`, the years since: fuhuangjt.com 金塔)
_TITLE_LAST_YEAR = re.compile(r"^[^，,。；;]*?(?<![比较与同])去年(?!\s*以来)[^，,。；;]*$")
# The start of the years up to now: `自1997年引进种植至今`, `从2009年出台《关于进一步加快滩羊产业发展意见》至今` (a
# document's title between, r252 盐池), `从1999年起,中宁县便开始了品牌保护的不懈努力` (r244 中宁, undated); not a start
# still ahead (`从2025年起将实施…`).
_SINCE_TO_NOW = re.compile(
    r"[自从]\s*((?:19|20)\d{2})\s*年(?:[^。，,；;《]{0,16}?至今|[^。，,；;《]{0,8}?《[^》\n]{1,40}》[^。，,；;]{0,8}?至今"
    r"|\s*(?:起|开始)(?![^。；;]{0,12}?(?:将|要|拟|计划)))"
)
# A year the years up to now start from, whose total the next clause or sentence splits this year's part from.
_SINCE_THEN_THIS_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年\s*以来[^。；;]{0,80}?[。；;，,]\s*其中\s*[，,]?\s*今年"
)


# Years a text places before its present: a year's end that the years up to now start from (`自2012年年底…以来`), or
# a level then set against the present one (`从2012年的22.04万千瓦增加到现在的…`, `从2011年41%提高到今年的84%`).
_YEARS_BEFORE_NOW = re.compile(
    r"((?:19|20)\d{2})\s*年(?:\s*年?[底末][^。，,；;]{0,16}?(?:以来|至今)"
    r"|[^。，,；;]{0,16}?(?:增加|提高|增长|上升|发展|扩大)(?:到|至)(?:现在|目前|今年))"
)
# A year that only stands as the base of a multiple or of a change whose end names no year of its own (`是2016年的
# 1.56倍`, szb.eyesnews.cn 安龙 2022, undated; `县城建成区由2005年的3.5平方公里发展到6.85平方公里`, dghzdr.com 黎平 2010):
# the figures are of a later year than the base.
_MULTIPLE_OF_YEAR = re.compile(r"(?:是|为|相当于)\s*((?:19|20)\d{2})\s*年\s*(?:末|底)?\s*的\s*[\d.]+\s*倍")
_CHANGE_FROM_YEAR = re.compile(
    r"[由从]\s*((?:19|20)\d{2})\s*年\s*(?:末|底)?\s*的[^。，,；;]{0,16}?"
    r"(?:增加|提高|增长|上升|发展|扩大|下降|减少|降低|增|升|降)(?:到|至)(?!\s*(?:19|20)\d{2}\s*年)"
)  # (`规上工业企业由2021年的56家增至117家`, r295 寻乌, an undated interview on the 十四五 years: not of 2021)


def _years_before_now(text: str) -> list[str]:
    """The years a text names only as what the present is later than."""
    return [
        *_YEARS_BEFORE_NOW.findall(text),
        *(_MULTIPLE_OF_YEAR.findall(text) if "倍" in text else ()),
        *_CHANGE_FROM_YEAR.findall(text),
    ]


def _measured_from(text: str, year: int) -> bool:
    """Whether the text measures a change or a multiple from `year` or from the end of the plan that closes it
    (`较“十五”期末`, `比2005年`, `由2005年的`, `是2005年的`), and sets no goal (a plan measures its goals from the same
    base: `力争到2010年,生产总值比2005年翻一番`)."""
    if INTENT.search(text) or _GOAL_YEAR.search(text):
        return False
    for base in _PLAN_END_BASE.finditer(text):
        if five_year_start("十" + base.group(1)) + 4 == year:
            return True
    return re.search(rf"(?:较|比|由|从|是|为)\s*{year}\s*年", text) is not None


_GOAL_YEAR = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年")
_PLAN_END_BASE = re.compile(r"(?:较|比|是|为|由|从)\s*[“\"]?十([一二三四五六])五[”\"]?\s*(?:期末|末)")


def _five_years_after_base(text: str) -> str:
    """The present of a text that looks back over five years (`五年来`) and measures them against one year named as a
    multiple's base (`五年来,…地区生产总值由103.59亿元增长到162.1亿元,…是2016年的1.56倍`, szb.eyesnews.cn 安龙, a
    2022 feature naming no other year): the five years are those after the base, the present the year after them;
    else ''."""
    if not any(word in text for word in FIVE_YEARS_BACK):
        return ""
    bases = set(_MULTIPLE_OF_YEAR.findall(text))
    return str(int(bases.pop()) + 6) if len(bases) == 1 else ""


# A year of a place's history: a change of its status or its seat (`1992年划归萍乡市管辖`, `1958年并入合浦县`,
# `1965年恢复建县`, `2015年8月改腾冲市`), its liberation, or a year given in brackets after a reign's year
# (`民国元年(1912年)`).
_HISTORY_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[,，]?\s*"
    # an approval before the change (`1984年10月,经国务院批准,峨边成立彝族自治县`, r191 峨边 2004)
    r"(?:经[\u4e00-\u9fff]{1,10}批准\s*[,，]?\s*)?(?:"
    # a change named right after the year (`1958年并入合浦县`, `2015年8月改设…`)
    r"(?:正式|又|曾|再)?(?:恢复)?(?:设立|设置|撤销|撤并|改为|改称|改设|改置|更名|改名)"
    # or after the place (`1930年9月29日,互助土族自治县正式建县`): only a county's own changes
    r"|[\u4e00-\u9fff]{0,12}?(?:正式|又|曾|再)?(?:恢复)?(?:建县|设县|置县|撤县|建市|解放|划归|划属|划入|并入|改隶"
    r"|成立[\u4e00-\u9fff]{0,8}?自治[县旗州])"
    # or a status granted to it (`2006年经国家发改委审核批准为省级开发区`, `2002年,县工业园区被批准为全市16个特色工业园区之一`,
    # r474 荣昌, undated: its `今年1—3月` is a year it never names)
    r"|[\u4e00-\u9fff]{0,12}?(?:被|获)?批准为)"
    r"|(?<=年)\s*[(（]\s*((?:19|20)\d{2})\s*年\s*[)）]"
)


def _history_years(text: str) -> set[str]:
    return {a or b for a, b in _HISTORY_YEAR.findall(text)}


# An anniversary's present: the years since the place's founding (`1984年…峨边成立彝族自治县…20年后的今天`, r191 峨边
# 2004; `建县60周年`), counted from the year of its founding.
_YEARS_SINCE = re.compile(
    r"(\d{1,3}|[一二三四五六七八九十]{1,3})\s*年后的今天"
    r"|(?:建县|设县|建市|设市|成立)(\d{1,3}|[一二三四五六七八九十]{1,3})\s*周年"
)


def _anniversary_year(text: str) -> str:
    """The founding year a text names plus the years it says have passed since, or ''."""
    since = _YEARS_SINCE.search(text) if "年后的今天" in text or "周年" in text else None
    founded = [int(a) for a, _ in _HISTORY_YEAR.findall(text) if a] if since else []
    if not since or not founded:
        return ""
    count = since.group(1) or since.group(2)
    years = int(count) if count.isdigit() else int(cn2an.cn2an(count, "smart"))
    return str(min(founded) + years)


# What after a year makes it a deadline, a goal or a length, never the present (`2020年底前`, `2035年远景目标`,
# `2000年历史`).
_NOT_THE_PRESENT_AFTER = r"(?!\s*(?:底前|前|目标|远景|历史|之久))"
# A year being closed (`完美收官2018年`, `2018年圆满收官`); not a plan's closing year a text looks ahead to
# (`2025年是“十四五”收官之年`).
_CLOSING_YEAR = re.compile(
    r"收官\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\s*(?:工作)?\s*(?:圆满|完美|胜利|顺利)\s*收官(?!之年)"
)
# A year right after an intent, with no `于`/`到` between: a goal's year (`计划2020年跻身40强`, `力争在2020年…`), never the
# present; not an estimate (`预计2023年,全县地区生产总值完成57.16亿元` is of the year ending), nor a heading's year
# (`谈目标` / `2020年生产总值达到120亿元`, r17 商南 2016: a new line, the plan's last year read elsewhere).
_INTENT_YEAR = re.compile(
    rf"(?:计划|力争|争取|确保|拟|有望|目标是)[^\S\n]*(?:在\s*)?((?:19|20)\d{{2}})\s*年{_NOT_THE_PRESENT_AFTER}"
)
_YEAR_PLANNED_FOR = re.compile(r"(?:计划|预计|将|拟|力争|有望|争取)\s*于\s*((?:19|20)\d{2})\s*年")


# A year a text mentions (`_present_year`): what stands before it is read once its first two digits are, so that a
# search looks only where a 1 or a 2 stands (`(?<!列入\d\d)` after `20` is `(?<!列入)` before it).
_YEAR_MENTIONED = re.compile(
    r"((?:19|20)(?:(?<![到至\d较比与]\d\d)(?<![到至较比与] \d\d)(?<!列入\d\d)(?<!纳入\d\d)|(?<=年至\d\d)|(?<=年到\d\d)|(?<=截至\d\d)"
    rf"|(?<=截止\d\d))\d{{2}})\s*年{_NOT_THE_PRESENT_AFTER}"
)
_YEAR_MENTIONED_PLAIN = re.compile(
    rf"(?:(?<![到至\d较比与])(?<![到至较比与] )(?<!列入)(?<!纳入)|(?<=年至)|(?<=年到)|(?<=截至)|(?<=截止))((?:19|20)\d{{2}})\s*年"
    rf"{_NOT_THE_PRESENT_AFTER}"
)  # (the plain form, for the test that checks they find alike)


def _present_year(text: str) -> str:
    """The latest year a text treats as the present (bar targets' years), or the year after one it speaks of as
    over; else ''."""
    # (`到2025年` is a target's year; the end of a span, `2016年至2018年`, is not)
    # (nor is a comparison base, `较2015年增加22亿元`: a text about the years since)
    # (nor a long-range goal's year: `第十四个五年规划和2035年远景目标的建议`, r140 鹿城 2020, was dated 2035)
    # (nor a length of time: `建县设治亦有2000年历史`, victorzhang.cn 丰都 2013, an undated profile, was dated 2000)
    # (but `截至2024年` is a year gone by: `浦北1952年设立…1965年恢复建县…截至2024年,浦北县地区生产总值跃升至284.97亿元`,
    # r175 浦北 2025, was dated 1965 and its outcomes read as targets)
    # (nor the year in a programme's name a thing is listed in: `列入2010年中央新增投资项目` in an undated 1-9月 story, r302
    # 长兴, whose `1-9月` names no year)
    mentioned = _YEAR_MENTIONED.findall(text)
    # (nor a year right after an intent, past the year after the others the text names: `计划2020年跻身40强`,
    # `确保2020年全面建成小康社会` in a text of 2016 that reviews 2015; but `计划2020年实施重点项目71个` in a text of that
    # year's first months is of the present: 120.194.211.226 2020)
    goals = _INTENT_YEAR.findall(text)
    if goals:
        rest = list(mentioned)
        for goal in goals:
            if goal in rest:
                rest.remove(goal)  # that mention only: the same year may be the present elsewhere
        if rest:
            mentioned = rest + [y for y in set(goals) if int(y) <= int(max(rest)) + 1 and y in mentioned]
    # (nor the start of the years up to now: `烤烟产业自1997年引进种植至今,目前面积已发展到0.65万亩`,
    # authenticallynatalie.com 徽县, an undated profile: the present is later, and unknown)
    if "至今" in text or "起" in text or "开始" in text:
        mentioned = [y for y in mentioned if y not in _SINCE_TO_NOW.findall(text)]
    # (nor the start of years whose total the text then splits this year's part from: `从2014年以来,累计签约招商引资
    # 项目26项,…。其中今年新签约项目11项`, r232 甘谷 2015, an undated story: the present is later, and unknown)
    before_this_year = (
        set(_SINCE_THEN_THIS_YEAR.findall(text)) if "其中" in text and "今年" in text else set()
    )
    if before_this_year:
        mentioned = [y for y in mentioned if y not in before_this_year]
    # (nor a year of the place's history: `1992年划归萍乡市管辖`, `民国元年(1912年)改厅为县` in an undated profile,
    # shzq.org 莲花县, was dated 1992; `1930年…正式建县`, `1965年恢复建县`, r154 互助, r175 浦北)
    history = _history_years(text)
    if history:
        mentioned = [y for y in mentioned if y not in history]
    # (nor a year a plan says a thing will happen in: `计划于2024年投产` in an undated story, r185 灵武)
    if "于" in text:
        ahead = set(_YEAR_PLANNED_FOR.findall(text))
        mentioned = [y for y in mentioned if y not in ahead]
    closing = _CLOSING_YEAR.search(text) if "收官" in text else None
    if closing and not any(int(y) > int(closing.group(1) or closing.group(2)) + 1 for y in mentioned):
        # `完美收官2018年` / `精彩开局2019年` (07608.cn, a county's year-end meeting): the year being closed is the
        # present, the next one is planned
        return closing.group(1) or closing.group(2)
    # (`2025年主要目标任务的全面完成`: `主要` is no intent)
    planned = re.findall(
        r"(?<![到至])((?:19|20)\d{2})\s*年\s*[,，]?[^。,，]{0,10}?(?:将|(?<!主)要|力争|计划)", text
    )
    horizon = _plans_end(text)
    if horizon and any(int(y) > horizon + 1 for y in planned):
        # `把“十四五”时期经济增速年均保持在10%左右,…2035年经济总量力争达到230亿元` (884793.cn 云龙 2021): a year past the
        # plans the text names is a long-range goal's, never the present (a text at the turn of two plans may plan
        # the year after the one it names)
        beyond = {y for y in planned if int(y) > horizon + 1}
        planned = [y for y in planned if y not in beyond]
        mentioned = [y for y in mentioned if y not in beyond]
    others = [int(y) for y in mentioned if y not in planned]
    # `2025年，该区将…`: a plan speaks of its own year; but not one years beyond the rest of the text
    # (`2020年全县要实现…` in an interview of 2016 is a target's year)
    kept = [y for y in planned if not others or int(y) <= max(others) + 1]
    if kept:
        if not others and "今年" in text and (december := _DECEMBER_DAY.search(text, 0, _HEAD_CHARS)):
            # `今年,谷城县新签约项目224个,…同比增长19%。12月25日,记者从县发改委了解到,…2019年,谷城县将…` (m-wangshuo.cjyun.org
            # 谷城): a December story's plan is for the year after its own
            return f"{int(max(kept)) - 1}-12-{int(december.group(1)):02d}"
        return max(kept)
    if others and planned:
        mentioned = [y for y in mentioned if y not in planned]  # a target's year is not the present
    present = re.findall(r"((?:19|20)\d{2})\s*年\s*(?:上半年|1-\d+月|前三季度|一季度|全年|今年)", text)
    if present:
        return max(present)
    # `2010年以来` says the present is later still: the latest year named, when that is later
    since = [y for y in re.findall(r"((?:19|20)\d{2})\s*年\s*以来", text) if y not in before_this_year]
    if since and not any(int(y) > int(max(since)) for y in mentioned):
        return max(since)
    plan = _FIVE_YEAR_PLAN.search(text[:_HEAD_CHARS])
    first = five_year_start("十" + (plan.group(1) or plan.group(2))) if plan else 0
    # a five-year plan is adopted in its first year; a text that names a later year of the plan as its own
    # (`2022年是…全面实施“十四五”规划的关键之年`, a 2022 statistics bulletin) speaks from within it
    if plan and not any(int(y) >= first for y in mentioned):
        # ... but a text that measures its figures against the year before the plan (`较“十五”期末增长57.1%`,
        # `由2005年的3.5平方公里发展到6.85平方公里` of the 十一五's works, dghzdr.com 黎平 2010) tells the plan's
        # outcome: it is of the plan's last year
        return str(first + 4) if _measured_from(text, first - 1) else str(first)
    reached = _REACHED_YEAR.findall(text)
    if not mentioned and not reached:
        event = _EVENT_YEAR.search(text) if "今年" in text else None
        if event:
            # `今年以来,…5月份,该县又组团参加了2016鄂沪(长三角)经贸合作洽谈会` (r214 通城, a mid-year story naming no year
            # else): an event of this year, its name led by the year
            return event.group(1)
        return _between_plans(text)
    latest = max(mentioned + reached)  # the latest year a text speaks of, bar targets
    # `核心提示: 2015年,是…的一年` in a talk of the 十三五 goals for 2020: said as the plan opens
    named_plan = _PLAN_NUMBER.search(text[:_HEAD_CHARS])
    if named_plan:
        start = five_year_start("十" + named_plan.group(1))
        if int(latest) == start + 4 and re.search(rf"(?:^|[。\n:：])\s*{start - 1}\s*年\s*[,，是]", text):
            return str(start)
    if latest in reached and latest not in mentioned:
        return str(int(latest) + 1)  # `由2020年的120亿元增加到2024年的160亿元`: 2024 is over
    if "今年" not in text and _LAST_YEAR_LOOKED_BACK.search(text) and _year_told_over(text, latest):
        # `2015年,累计完成水利投资34750万元` over `去年,巍山县…累计完成投资34750万元` (dali8.net 巍山): a named year's whole
        # outcome, or its achievements, that the body tells as last year's (`去年,高新区生产总值完成205.87亿元` under
        # `全市2022年经济社会发展成就系列新闻发布会`, r583 新乡高新区 2023; `刚刚过去的一年里` after `2014年,…取得丰硕成果`,
        # r502 合肥高新区 2015): the text is of the year after
        return str(int(latest) + 1)
    day = _DAY_IN_HEAD.search(text, 0, _HEAD_CHARS)
    if day and int(day.group(1)) < 12 and re.search(latest + _WHOLE_YEAR_DONE, text):
        # `2011年全县实现地方生产总值120.84亿元…。7月20日,本刊专访了…` (victorzhang.cn 凤翔 2012): a whole year's
        # outcome told on a day before December is told the year after; so `央广网果洛2月26日消息…2022年,果洛州实现地区
        # 生产总值53.62亿元` (qufk.cn 果洛 2023, a congress session's report)
        return str(int(latest) + 1)
    # (`随着2025年主要目标任务的全面完成`, shanrongtuo.com 偏关 十四五: the year is over)
    # (not one the same sentence calls this year: `今年以来,…2021年的招商引资工作取得了新突破`, ynfqxw.cn 凤庆 2021)
    if (
        re.search(
            latest
            + r"\s*年[^。]{0,40}?(?:一年来|过去的一年|发生了|取得了|实现了|完成了|的(?:全面|圆满)完成)",
            text,
        )
        and not re.search(r"今年[^。]{0,80}?" + latest + r"\s*年", text)
    ) or (
        _THIS_YEAR_SO_FAR.search(text)
        # (`2024年,礼泉县生产总值突破200亿元大关、增长6%。今年一季度,…` told on 5月21日, liquan.gov.cn 2025)
        and re.search(latest + r"\s*年\s*[,，]\s*[^。]{0,10}?(?:实现|完成|突破|达到)(?![^。]*预计)", text)
    ):
        return str(int(latest) + 1)  # spoken of as a year that is over: the text is of the next
    held = (
        [int(y) for pair in _HELD_EVENT_YEAR.findall(text) for y in pair if y]
        if "上" in text or "发布" in text
        else []
    )
    if held and max(held) > int(latest):
        # `近日,…在2023中国财富峰会上发布《中国县域高质量发展报告2023》…发布了2023全国县域高质量发展百强榜单` over
        # `2022年,我市咬定目标…` (f18_p06 靖江 2023): an event the text tells as held, or a list as published, is of
        # its present at the latest
        return str(max(held))
    return latest


# An event told as held, or a list as published, named by its year with no `年` (`在2023中国财富峰会上`, `发布了2023全国县域
# 高质量发展百强榜单`); a ceremony or a signing too, its name holding a place in brackets (`在2023成都经开区(龙泉驿区)产业
# 建圈强链重大项目签约仪式上`, f24_p18, a 2023 piece that names only a zone's founding year `2021年6月国务院批复`).
_HELD_EVENT_YEAR = re.compile(
    r"(?:在|于)\s*((?:19|20)\d{2})(?![\d年.%])\s*[\u4e00-\u9fff][\u4e00-\u9fff()（）]{1,30}?"
    r"(?:峰会|大会|论坛|博览会|交易会|洽谈会|年会|仪式|签约会|推介会|招商会|对接会)上"
    r"|发布(?:了)?\s*((?:19|20)\d{2})(?![\d年.%])[^。，,；;\d]{0,24}?(?:榜单|排行榜)"
)


# A named year's whole outcome, right after the year or after a comma and a subject (`2011年全县实现…`, `2022年,果洛州
# 实现…`); not a part of it (`2022年1-2月,全县实现…`, `2022年上半年`).
_WHOLE_YEAR_DONE = r"\s*年(?![^。，,；;]{0,4}?(?:季度|半年|月))\s*[,，]?\s*[^。，,；;\d]{0,12}?(?:实现|完成)"


# A named year told as over: its whole outcome (`2011年全县实现…`), or its achievements, named in its clause (`全市2022年
# 经济社会发展成就系列新闻发布会`, r583 新乡高新区 2023) or told as won in its sentence (`2014年,…各项工作稳步推进,…取得丰硕
# 成果`, r502 合肥高新区), no intent between (not `县城是2023年河南拼经济的主阵地,…为展现河南县域发展成绩`, r402 遂平 2023).
_YEAR_ACHIEVED = (
    r"\s*年(?![^。，,；;]{0,4}?(?:季度|半年|月))"
    r"(?:[^。，,；;将要争保划努望]{0,20}?|[^。；;将要争保划努望]{0,80}?取得[^。，,；;]{0,6}?)(?:成就|成果|成绩)"
)


def _year_told_over(text: str, year: str) -> bool:
    return bool(re.search(year + _WHOLE_YEAR_DONE, text) or re.search(year + _YEAR_ACHIEVED, text))


# A clause looking back on last year: opening with it (below), or with the year just past (`刚刚过去的一年里,`).
_LAST_YEAR_LOOKED_BACK = re.compile(r"(?:去年(?<![比较与于同和]去年)|(?:刚刚)?过去的?一年(?:里|中)?)\s*[,，]")


# A clause opening with last year (`去年,巍山县…`), not a comparison (`比去年,`, `去年同期`).
# (a line with no end mark is joined to the next: `改善灌溉面积3万亩去年,巍山县…`)
_LAST_YEAR_OPENS = re.compile(r"去年(?<![比较与于同和]去年)\s*[,，]")


# An estimate of a named year's whole outcome (`预计2023年,全县地区生产总值完成57.16亿元`); not `预计全年…` alone, which a
# text of the first months of a year says of the year before (`“预计全年实现地区生产总值300亿元` quoted at a session
# that sets `2019年的发展目标`, m.nxhuan.com 临邑 2019).
_WHOLE_YEAR_ESTIMATE = r"预计\s*{year}\s*年(?!\s*(?:上半年|下半年|[一二三四]季度|前三季度|\d|底前|前))"
_ESTIMATE_REACHED = re.compile(r"预计\s*(?:实现|完成|达到)")
# A part of the year gone by, or the year spoken of as the present: a text of its months, not of its end.
_YEAR_UNDER_WAY = re.compile(
    r"今年|上半年|[一二三]季度|前三季度|1\s*(?:[-—~至到]|[A-Z])\s*\d{1,2}\s*月|元\s*[-—~至到]|前\s*\d{1,2}\s*个月|截[至止]\s*\d{1,2}\s*月"
)


# A day of December told in a story (`12月25日,记者从县发改委了解到`).
_DECEMBER_DAY = re.compile(r"(?<![\d.])12\s*月\s*(\d{1,2})\s*日")


def _year_end_estimate(text: str, year: str) -> bool:
    """Whether an undated text estimates the whole of the year it treats as the present, naming no part of it
    gone by and never calling it `今年` (`预计2023年,全县地区生产总值完成57.16亿元`, 365ljcf.com 金秀 2024-01): an
    estimate of the year's outcome is made as it ends, so the text was written at its end at the earliest."""
    if "预计" not in text or _YEAR_UNDER_WAY.search(text):
        return False
    if re.search(_WHOLE_YEAR_ESTIMATE.format(year=year), text):
        return True
    # `2014年全县完成糧豆作物播種面積76.8萬畝…;預計實現糧豆總產18.2萬噸` (digrank.cn, a county's 2014 summary): the
    # named year's outcome told with an estimate of the rest of it
    return _ESTIMATE_REACHED.search(text) is not None and re.search(year + _WHOLE_YEAR_DONE, text) is not None


# A stock told plainly at the end of a year (`2014年底,福安市登记注册的茶叶加工企业有263家`, tea.hkzww.com 福安, an undated
# profile): not a time to reach by (`到2014年底`, `2014年底前`), nor one looked ahead to in its sentence.
_YEAR_END_FRAME = r"(?<![到至止\d])(?<!截至)(?<!截止){year}\s*年\s*[底末]\s*[,，]([^。；;!！?？]*)"
_AHEAD_IN_SENTENCE = re.compile(r"将|力争|确保|争取|计划|预计|目标|要|拟|有望")


def _year_end_stock(text: str, year: str) -> bool:
    """Whether an undated text tells where things stood at the end of the year it treats as the present, never calling
    it `今年` nor naming a part of it gone by: it was written at that year's end at the earliest."""
    if _YEAR_UNDER_WAY.search(text):
        return False
    return any(
        not _AHEAD_IN_SENTENCE.search(m.group(1))
        for m in re.finditer(_YEAR_END_FRAME.format(year=year), text)
    )


def _plans_end(text: str) -> int | None:
    """The last year of the latest five-year plan a text names (`十四五` → 2025), or None."""
    numbers = _PLAN_NUMBER.findall(text) if "五" in text else []
    return max(five_year_start("十" + n) + 4 for n in numbers) if numbers else None


def _dateline(text: str) -> re.Match[str] | None:
    """A full date near the top that dates the text: a dateline, a byline, a title's `(20221223)` (湘潭县
    `2023年政府工作报告(20221223)`, gongwencankao.com: a report named for the year it plans, given in December); not
    an event's date in the story (`有了2010年7月28日的那次洪水之灾`, in a 2013 profile that reports 2012)."""
    head = text[:_HEAD_CHARS]
    # (the first in the text: `更新时间:2021-08-03` above `截至2020年11月1日零时`, gb56.net 泾县)
    found = sorted(
        itertools.chain(_FULL_DATE.finditer(head), _ISO_DATE.finditer(head)), key=lambda m: m.start()
    )
    if not found:
        return _COMPACT_DATE.search(head)
    # a speech's byline (`2020年6月22日在大埔县第十五届人民代表大会第五次会议上`) dates the text it heads, not the stamp of
    # the site that reposted it above (`公文搜 2021-07-27 17:49:30`, gongwensou.com 大埔, 石门 2020)
    spoken = [m for m in found if _SPOKEN_AT.match(head, m.end())]
    if spoken:
        return spoken[0]
    # (the whole text is read once for the years it names and reports, not once per date)
    latest_named = max((int(y) for y in _NAMED_YEAR.findall(text)), default=0)
    latest_reported = _latest_year_reported(text)
    for m in found:
        year = int(m.group(1))
        if _EVENT_DATE.match(head, m.end()) and latest_named > year:
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        if _SITE_CHROME.search(head, line_start, line_end if line_end >= 0 else len(head)):
            # `2021-8-11 星期三 14:13:52 设为首页 加入收藏 简体版 繁体版` above `时间:2023年11月09日来源:沈阳市统计局` (r189
            # 沈阳 县域 2023 前三季度): the site's clock in its toolbar, not the text's date
            continue
        if _WEEKDAY.match(head, m.end()) and any(
            _LABELLED.search(head, 0, n.start()) for n in found if n.start() > m.end()
        ):
            # `2025年05月03日 星期六 |` over `托里县2023年上半年经济运行分析` / `日期:2023-11-14 20:39:58 来源:托里县统计局`
            # (r351 托里 2023): a day with its weekday above a page's labelled date is the site's clock
            continue
        if _OPENS_LATER_SENTENCE.search(head, line_start, m.start()) and _STORY_CLAUSE.match(head, m.end()):
            # `…1930年9月29日,互助土族自治县正式建县。1949年9月12日,…解放` (r154 互助, a profile of 2022): a day that opens a
            # later sentence of a paragraph is a day of its story; a dateline heads the text, a line or a byline
            continue
        if latest_reported > year:
            # `2018年8月3日,湖南省人民政府批准中方县退出贫困县` in a profile that gives `2022年,…地区生产总值133.97亿元`
            # (kuaida1.com 中方县): a day of the story, not of the writing
            continue
        return m
    return _COMPACT_DATE.search(head)


# A report's part heading that names the year it plans (`二、2018年工作总体要求和目标任务`, `2024年主要预期目标`) or reviews
# (`一、2008年工作回顾`, `2015年和“十二五”工作回顾`, `一、2007年国民经济和社会发展计划执行情况`, gwyoo.com 2008 plan report
# reposted in 2022), on a line of its own.
_PART_YEAR = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?:(20\d\d)\s*年\s*(?:工作)?(?:的)?(?:总体要求|主要预期目标|预期目标|目标任务"
    r"|主要目标|工作安排|工作打算|工作思路)|(20\d\d)\s*年[^。，,；;\n\d]{0,12}?(?:(?:工作)?回顾|计划执行情况))",
    re.MULTILINE,
)


def _year_told(text: str) -> int | None:
    """The year a report is given in, by its part headings: the year it plans, or the year after the one it reviews
    (the latest either names); None when no heading names one."""
    years = [int(m.group(1)) if m.group(1) else int(m.group(2)) + 1 for m in _PART_YEAR.finditer(text)]
    return max(years, default=None)


# A sentence end before a date on its line: the date opens a later sentence of a paragraph.
_OPENS_LATER_SENTENCE = re.compile(r"[。！!？?；;]")
# A site's toolbar: the date on its line is the site's clock, not the text's.
# (and a clock labelled as the reader's day, with the site's welcome: `今天是:2024年05月17日 星期五 欢迎光临四川省自贡市大安区
# 《大安》` over `发布时间:2023-05-11`, zgdarm.cn 大安 2022 communique)
_SITE_CHROME = re.compile(
    r"[设設][为為]首[页頁]|加入收藏|无障碍|無障礙|[简簡][体體]版|繁[体體]版|今[天日]是\s*[:：]|[欢歡]迎光[临臨]"
    # the page's clock as it was viewed (`现在时间是:2024年04月18日` over `时间 : 2021年10月09日  来源 : 电视台`, r466 罗山)
    r"|(?:现在|現在|当前|當前)(?:时间|時間)(?:是|为|為)?\s*[:：]"
)
# A weekday after a date (`2025年05月03日 星期六`), and a label that a page's own date follows (`日期:`, `发布时间:`).
_WEEKDAY = re.compile(r"\s*(?:星期|礼拜|周)[一二三四五六日天]")
_LABELLED = re.compile(r"(?:日期|时间|发布|更新|发表)\s*[:：]\s*$")
# A clause that a date opens (`1930年9月29日,互助…`), not a time of day or a byline's name.
_STORY_CLAUSE = re.compile(r"\s*[,，]")


# What follows the date of a speech's byline: `在…人民代表大会…会议上`, `在全县经济工作会议上`.
_SPOKEN_AT = re.compile(r"\s*在[^。；;！!？?]{0,40}?(?:会议|大会|全会|会)(?:上|开幕)")


# A date that names an event of the story (`…的那次洪水`), not the day the text was written.
_EVENT_DATE = re.compile(r"\s*(?:的|那)")
# A year that opens a report of its figures: `2022年,中方县地区生产总值(GDP)133.97亿元` (not `2024年,该县将…`,
# `到2025年`, `2024年目标`).
# (found from its `年`, the year read before it: a pattern opening with a character is scanned fast)
_YEAR_REPORTED = re.compile(
    r"年\s*[,，]\s*(?:全[县市区旗]|[\u4e00-\u9fff]{1,6}[县市区旗])[^。；;，,]{0,16}?\d"
)
_YEAR_BEFORE = re.compile(r"(?<![到至\d])((?:19|20)\d{2})\s*$")
_PLANNED_NEAR = re.compile(r"将|要|力争|计划|目标|预期|确保|争取")


def _latest_year_reported(text: str) -> int:
    """The latest year whose figures the text reports, opening a sentence with it; 0 for none."""
    latest = 0
    for m in _YEAR_REPORTED.finditer(text):
        named = _YEAR_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if named and not _PLANNED_NEAR.search(m.group()):
            latest = max(latest, int(named.group(1)))
    return latest


# A month in brackets after a title: `(2013年4月)`.
_BRACKETED_MONTH = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*[)）]")
# A date written day first: `23.02.2016`.
_DAY_FIRST_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])")
# A site's stamp with a two-digit year and a time of day: `15-10-13 18:26`.
_SHORT_YEAR_DATE = re.compile(r"(?<![\d\-./:])(\d{2})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?![\d\-])")
# `(20221223)`: a date written as eight digits, in brackets.
_COMPACT_DATE = re.compile(r"[（(]\s*((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*[)）]")


_NAMED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


# An event the place takes part in, its name led by its year with no `年` (`参加了2016鄂沪(长三角)经贸合作洽谈会`), or
# opening a clause (`…融资10亿元;2017丝博会暨21届西洽会签约项目19个`, r354 商州 2017, a mid-year story naming no year
# else).
_EVENT_YEAR = re.compile(
    r"(?:(?:参加|举办|举行|召开|出席|亮相)了?|(?<=[。；;，,\n]))\s*((?:19|20)\d{2})(?![\d年.%])\s*[\u4e00-\u9fff(（][^。，,；;\d]{0,24}?"
    r"(?:会|节|展|论坛|峰会|赛)"
)


# A bracket right after a year, glossing it (`2025 年(“十四五”末)`).
_YEAR_GLOSSED = re.compile(r"(?<=年)\s*[(（][^()（）\n]{0,12}[)）]")


def _between_plans(text: str) -> str:
    """A text that names no year but two plans in a row (`十一五期间,…达9.7亿元`, `展望十二五`, zhxpm.cn 台江 2011
    party congress) is written as the later one opens: its first year; else ''."""
    if "五" not in text:
        return ""
    # (a plan named in brackets after a year only restates that year: `计划至 2020 年(“十三五”末),…;计划至 2025 年(“十四五”末)`,
    # r362 邳州, an undated story, is not written between the two plans)
    starts = {five_year_start("十" + n) for n in _PLAN_NUMBER.findall(_YEAR_GLOSSED.sub("", text))}
    later = [start for start in starts if start - 5 in starts]
    return str(max(later)) if later else ""


_LEAD_SCAN = 60
# A news lead's day, with no year (`本报讯 揭剑华 记者陈绍鹏报道:12月30日,`, `新华社北京1月5日电`).
_LEAD_DAY = re.compile(
    r"(?:讯|訊|电|電|报道|報道|消息)[^。\n]{0,30}?(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:讯|訊|电|電)"
)


_SESSION_MONTHS = 3
_OPENING_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[,，]")
_SESSION = re.compile(r"人民代表大会[^。]{0,20}?会议|政府工作报告")
_REVIEW = re.compile(r"过去一年|一年来|回顾")


def _december_session(text: str, year: str) -> int | None:
    """The day of a congress session opening in December (on the text's first or second line) at which a report
    named for `year` reviews the year before it; else None."""
    for line in text.lstrip().split("\n", 2)[:2]:
        opening = _OPENING_DAY.match(line.strip())
        if opening and int(opening.group(1)) == 12 and _SESSION.search(text):
            day = int(opening.group(2))
            return day if 1 <= day <= 31 and f"{int(year) - 1}年" in text.replace(" ", "") else None
    return None


# A report read to a congress: the speaker's address and formula (`各位代表:`, `我代表县人民政府向大会报告工作`, `我代表中共
# …委员会向大会作报告`).
# (or told of in a story on the session: `张洪坤代表县人民政府向大会作政府工作报告`, r343 易门 2022)
_REPORT_TO_CONGRESS = re.compile(r"各位代表\s*[:：,，]|代表[^。]{0,40}?向(?:大会|本次会议)(?:作|做)?[^。，,]{0,6}?报告")
# A part of a year gone by or the year under way: a text of that year, not one reviewing it.
_PART_GONE_BY = r"\s*年\s*(?:以来|上半年|前三季度|一季度|1\s*[-—~至到])"
# The year's work reviewed under a heading (`“十二五”发展回顾和2015年工作情况`, `2016年工作回顾`).
# (`2025年政府工作简要回顾`, `2022年主要工作和成效`, `2020年主要工作和十三五发展成就`)
_YEAR_WORK_HEADING = r"\s*年\s*(?:政府)?(?:主要)?工作\s*(?:简要)?(?:情况|回顾|总结|成效|和|及)"
# A report's words quoted, opening with the year it reviews (`报告指出,2021年,县人民政府统筹疫情防控和经济社会发展`).
_REPORT_SAYS = r"报告(?:指出|显示|回顾)\s*[,，:：]?\s*"
# The year told whole as done, at its end too (`2016年末,全县地方生产总值完成96.4亿元`).
_YEAR_DONE = r"\s*年\s*(?:末|底)?\s*[,，]?\s*[^。，,；;\d]{0,12}?(?:实现|完成)"


def _reviewed_at_congress(text: str, year: str) -> bool:
    """Whether a report read to a congress (its address or formula near the top) tells `year` as done, whole (`2016年,
    全市生产总值完成235.7亿元`, a heading `2015年工作情况`), and nothing of it as under way: a session reviews the year
    before its own."""
    if not _REPORT_TO_CONGRESS.search(text, 0, _HEAD_CHARS) or re.search(r"今年\s*(?:以来|上半年|前)", text):
        return False
    if re.search(year + _PART_GONE_BY, text):
        return False
    return bool(
        re.search(year + _YEAR_DONE, text)
        or re.search(year + _YEAR_WORK_HEADING, text)
        or re.search(_REPORT_SAYS + year + r"\s*年\s*[,，]", text)
    )


def _reviews_year_at_session(text: str, year: str) -> bool:
    """Whether a text tells of a congress session that reviews `year` as a whole (no part of it gone by, no
    `今年`): the session's own date is in the year after."""
    if not (_SESSION.search(text) and _REVIEW.search(text)) or "今年" in text:
        return False
    return not re.search(rf"{year}\s*年(?:以来|上半年|前|1|一|第)", text)


def _lead_day(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(month, day) of a news lead's day with no year, between `start` and `end`."""
    m = _LEAD_DAY.search(text, start, end)
    if m is None:
        return None
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return int(month), int(day)


# A day of the month with no year before it (a dateline in the story: `7月20日,本刊专访了…`).
_DAY_IN_HEAD = re.compile(r"(?<![年\d])(\d{1,2})\s*月\s*\d{1,2}\s*日")
_TITLE_MAX = 40
_CLAUSE_END = re.compile(r"[，,。；;]")
# `回顾2018年`, `2018年工作回顾`, `2010年政府工作回顾` (a few words of whose work may stand between; not
# `2013年经济工作回顾与展望`, whose year may be the one looked ahead to; nor a year opening the line after a heading
# `过去五年工作回顾`: `2007年区十三届人民代表大会第一次会议以来,…`, r268 余杭 2012, is where the five years start)
_REVIEWED_YEAR = re.compile(
    r"回顾[ \t\u3000]*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\s*[\u4e00-\u9fff]{0,4}?(?:工作)?回顾(?![与和及]展望)"
)
# A year whose goals a text rallies to reach, with or without its `年`: `冲刺2025全年目标`, `决战2024年全年任务`; and a day
# of a month with no year before it.
_YEAR_DRIVEN = re.compile(r"(?:冲刺|决战|奋战|决胜)\s*((?:19|20)\d{2})\s*年?\s*全年\s*(?:目标|任务)")
_DAY_BEFORE_DRIVE = re.compile(r"(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_JUST_PAST = re.compile(r"刚刚?过去的\s*((?:19|20)\d{2})\s*年()")
# The present named by its place in a five-year plan: `今年是“十三五”规划纲要实施的第三年` (m.dddjmc.com 福建 2018),
# a lead opening `“十四五”开局之年,在永泰县…` (ghqlgyb.cn 永泰 2021), a report standing at it (`站在“十四五”开局之年的新征程起点上`,
# gzdaily.dayoo.com 金湾 2021 news, f14_p16), the goals of it a text sets out to reach (`高标准完成今年经济运行目标任务…确保实现
# “十二五”开局之年的各项发展目标`, f18_p01 龙潭 2011, an undated interview); not `明年是…开局之年`.
_PLAN_YEAR_NOW = re.compile(
    r"(?:今年是|站在|确保实现|确保完成|^\s*)[^。，,]{0,6}?[“\"]?十([一二三四五六])五[”\"]?[^。，,]{0,14}?(第[一二三四五]年|开局之年|起步之年|首年|收官之年)",
    re.M,
)
_PLAN_YEAR_INDEX = {
    "第一年": 0,
    "第二年": 1,
    "第三年": 2,
    "第四年": 3,
    "第五年": 4,
    "开局之年": 0,
    "起步之年": 0,
    "首年": 0,
    "收官之年": 4,
}


# A plan's title by its span or number, not its review (`…“十四五”规划中期评估`, `宁德市“十二五”规划交出期中成绩单`)
_PLAN_TITLE = re.compile(
    r"(?:((?:19|20)\d{2})\s*[-—~至到]\s*(?:19|20)\d{2}\s*年|[“\"]?十([一二三四五六])五[”\"]?)"
    r"[^。，,]{0,24}?规划(?:纲要)?(?![^。，,]{0,6}(?:评估|总结|回顾|执行|实施情况|完成情况|期中|中期|成绩|进展|成效))"
)
_SUMMARY_TITLE = re.compile(
    r"((?:19|20)\d{2})\s*年[^。]{0,20}?(?:情况|总结|工作总结)[^。]{0,6}?(?:19|20)\d{2}\s*年[^。]{0,10}?"
    r"(?:打算|计划|思路|安排|要点)"
)
# A text of this year's progress so far (`今年1-6月份`) that gives a named year's full outcomes
# (`2016年，全县实现…`) speaks of that year as over.
_THIS_YEAR_SO_FAR = re.compile(r"今年\s*(?:上半年|1\s*(?:[-—~至]|[A-Z])\s*\d{1,2}\s*月|一季度|前三季度|以来)")
# A change between two years states the later year's level as reached: `由2020年的120亿元增加到2024年的160亿元`.
_REACHED_YEAR = re.compile(
    r"[由从]\s*(?:19|20)\d{2}\s*年[^。；;]{0,20}?(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低)(?:到|至)\s*"
    r"((?:19|20)\d{2})\s*年(?:底|末)?的?\s*[\d一二三四五六七八九十百千]"
)


def infer_title(text: str) -> str:
    """The first line of the text, cut at its first clause when it runs long (a lead sentence, not a title)."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) > _TITLE_MAX:
                line = re.split(r"[，,。；;]", line)[0][:_TITLE_MAX] + "…"
            return line
    return ""
