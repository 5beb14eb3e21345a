"""Place names that open a firm's name (`扬州晶澳太阳能公司`, `义乌市…商行`) or a university's (`河北工业大学`): the
firm's or the school's home, not a place the text speaks for. A firm named once in full is often named again by its
short form (`扬州晶澳`, city + brand): the short form that the full name opens is the firm's wherever the text
writes it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.ingest.places import Mention

# The rest of a firm's name after its home: a brand and a trade (no verb, particle or conjunction, which would make
# it a clause: `扬州也成为晶澳集团…`, `如皋市政府与…公司签约`), then the firm's kind. `政` alone is a trade: a city's
# municipal-works firm (`武汉市政集团`, `北京市政路桥集团`) is the firm's, but `市政府`, `市政协` never.
_FIRM_REST = re.compile(
    r"(?:(?![与和及同向在为成对由将把从的了等并还已被让使给是也有无不府委局会办处]|政[府协法])[\u4e00-\u9fff]){0,14}?"
    r"(?:股份)?(?:有限责任|有限)?(?:公司|集团|商行)"
)
# A university or college named after its home (`河北工业大学`, `中山大学`, `江苏师范大学`, `苏州职业技术学院`): a
# field or a kind of school, no verb or particle (`南京建成一所大学` is a clause).
_SCHOOL_REST = re.compile(
    r"(?:(?![与和及同向在为成对由将把从的了等并还已被让使给是也有无不建办设引一所座])[\u4e00-\u9fff]){0,6}?(?:大学|学院)"
    r"(?![院城路站])"
)
# A list of firms closed by their count (`引进了德昌电机、华腾汽配、比亚迪、康迈等100多个企业`): a place's name that opens
# one of its items (德昌 of 德昌电机) is a brand's, like a firm's home.
_FIRM_LIST = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:、[\u4e00-\u9fff]{1,8}){1,12}等\s*(?:\d+|[一二三四五六七八九十百]+)?多?[个家]?"
    r"(?:企业|公司|厂商)"
)
_BRAND_CHARS = 2  # how many characters after the home make the firm's short form (`扬州` + `晶澳`)
_NOT_BRAND = re.compile(r"[\u4e00-\u9fff]{2}")
# What a place's own name goes on with (`扬州市委`, `如皋市政府`, `扬州经开区`; `如皋经济技术开发区投资集团` is a zone's
# firm, and `如皋经济` elsewhere is the county's economy): never a brand.
_OWN_WORDS = (
    "市",
    "县",
    "区",
    "人民",
    "政府",
    "委",
    "经开",
    "高新",
    "开发",
    "日报",
    "网",
    "全",
    "城区",
    "集团",
    "旗",
    "经济",
    "工业",
    "农业",
    "城乡",
    "城市",
    "现代",
    "国家",
    "省级",
    "综合",
    "保税",
    "港",
    "新区",
)


def firm_spans(text: str, mentions: Iterable[Mention]) -> set[int]:
    """The starts of the mentions that open a firm's name, in full or by its short form, or a school's."""
    mentions = list(mentions)
    brands: set[str] = set()
    starts: set[int] = set()
    for mention in mentions:
        if _FIRM_REST.match(text, mention.end) is None:
            if _SCHOOL_REST.match(text, mention.end):
                starts.add(mention.start)  # (a school has no short form the text goes on with)
            continue
        starts.add(mention.start)
        brand = text[mention.end : mention.end + _BRAND_CHARS]
        if _NOT_BRAND.fullmatch(brand) and not brand.startswith(_OWN_WORDS):
            brands.add(text[mention.start : mention.end] + brand)
    if brands:
        for mention in mentions:
            if text[mention.start : mention.end + _BRAND_CHARS] in brands:
                starts.add(mention.start)
    return starts


def listed_brand_spans(text: str, mentions: Iterable[Mention]) -> set[int]:
    """The starts of the mentions that open an item of a list of firms (`德昌电机、华腾汽配、比亚迪、康迈等100多个企业`).
    Only for a short form met where the text names no place of its own (a city's text listing its firms, `新乡化纤、
    新乡银行等企业`, still speaks of its own economy)."""
    return {m.start for m in mentions if _FIRM_LIST.match(text, m.end)}
