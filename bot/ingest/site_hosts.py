"""A document's place read from its source address: county government sites are named by the county's pinyin
(`haian.gov.cn`), its initials (`lx` for 临翔, `dch` for 东城), often after a province's or city's prefix
(`ynlx.gov.cn`, `xjbl.gov.cn`, `fzja.gov.cn`, `ahtlyaq.gov.cn`) or before a word such as `zf` (政府: `znzf`), or
sit under their city's site (`jxx.nc.gov.cn`, `info.taian.gov.cn/qx/nyx/`). Used only when the text names no
place (bot.ingest.pipeline); the labels come from bot/data/site_hosts.json (scripts/build_site_hosts.py,
bot/data/SITE_HOSTS.md).

A host counts only when it names exactly one county: after a prefix, only counties of that province or city;
among several, the one the text names, else those of a city or province the text names, then those of the level
the text speaks as (`全区` for a 区, `我县` for a 县), then those whose towns it names. Initials count only under
gov.cn: elsewhere the label must spell the name in full (`hengnan.com`), since any short site name is some
county's initials.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.ingest.places import Gazetteer, Place
from bot.ingest.towns import town_index

SITE_HOSTS_PATH = Path(__file__).resolve().parent.parent / "data" / "site_hosts.json"
# Second-level suffixes under which the registered name is one label further left.
_SECOND_LEVEL = frozenset({"gov", "com", "net", "org", "edu", "ac"})
# Host names of a site's parts and departments, never a county's (`www`, `tjj` 统计局, `fgw` 发改委, `gxq` 高新区).
_NO_PLACE_WORDS = (
    "www wap m mobile gov zwgk xxgk tjj fgw sfgw fzggw gxj jxj gxt jxt slt nyncj nyj zjj wjw wsjkw rsj "
    "czj jyj sjj mzj gaj sthjj hbj swj zrzyj kjj gxq jkq kfq jjq rd zx zf rmzf dfz jjhzj tzcjj syj "
    "info news big5 en english col art html site sites web portal public module content"
)
_NO_PLACE = frozenset(_NO_PLACE_WORDS.split())
# Words a site's name may add after the county's (`znzf`: 中宁 + 政府, `dzxrd`: … + 人大), longest first.
SITE_WORDS = ("rmzf", "zf", "rd", "zx", "xw")
# How a county's own text speaks of itself, by its level suffix (never a 自治区's `全区`).
_VOICE = {
    "县": re.compile(r"[全我本该]县(?!城|级|域)"),
    "区": re.compile(r"(?<!自治)[全我本该]区(?!域)"),
    "市": re.compile(r"[全我本该]市(?!场)"),
    "旗": re.compile(r"[全我本该]旗"),
}


@dataclass(frozen=True)
class SiteHosts:
    labels: dict[str, tuple[str, ...]]  # host label -> county codes
    prefixes: dict[str, tuple[str, ...]]  # prefix -> province or city codes ("" for any)
    syllables: frozenset[str]

    @classmethod
    def from_file(cls, path: Path, syllables: frozenset[str]) -> SiteHosts:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(_codes(data["labels"]), _codes(data["prefixes"]), syllables)

    def spelled(self, label: str) -> bool:
        """Whether the label is two or more whole pinyin syllables (`hengnan`), not initials (`hn`)."""
        return _syllable_count(label, self.syllables) >= 2

    def candidates(self, label: str, gazetteer: Gazetteer, *, initials: bool) -> set[str]:
        """Codes of every county the label may name: itself, or a region's prefix (or two: province, city) and
        a county of that region; failing those, the same before a word such as `zf` (政府): `znzf`."""
        if any(self.prefixes.get(label, ("",))):
            return set()  # a province's or city's own site (`hainan`, `yancheng`, `akesu`): no county's
        found = self.within(label, (), gazetteer, initials=initials)
        for word in SITE_WORDS if initials and not found else ():
            stem = label.removesuffix(word)
            if stem != label and len(stem) >= 2 and not any(self.prefixes.get(stem, ("",))):
                found = self.within(stem, (), gazetteer, initials=initials)
                if found:
                    break
        return found or self._before_province(label, gazetteer, initials=initials)

    def _before_province(self, label: str, gazetteer: Gazetteer, *, initials: bool) -> set[str]:
        """A county's label with its province's after it (`szzj.gov.cn`: 嵊州 + 浙江), as some sites are named:
        counties of that province only, and never a city of it (`szjs` would be 苏州's)."""
        found: set[str] = set()
        for cut in range(2, len(label) - 1):
            provinces = tuple(r for r in self.prefixes.get(label[cut:], ()) if r.endswith("0000"))
            if provinces and not self._names_region_within(label[:cut], provinces, gazetteer):
                found |= self.within(label[:cut], provinces, gazetteer, initials=initials, depth=2)
        return found

    def within(
        self, label: str, regions: tuple[str, ...], gazetteer: Gazetteer, *, initials: bool, depth: int = 0
    ) -> set[str]:
        """Codes of the counties the label names inside the regions (anywhere when none)."""
        found: set[str] = set()
        if initials or self.spelled(label):
            found.update(c for c in self.labels.get(label, ()) if _inside(c, regions, gazetteer))
        for cut in range(2, len(label) - 1) if depth < 2 else ():
            inner = tuple(
                r for r in self.prefixes.get(label[:cut], ()) if not r or _inside(r, regions, gazetteer)
            )
            if not inner:
                continue
            rest = label[cut:]
            if self._names_region_within(rest, inner, gazetteer):
                continue  # `jsnt`: 江苏's 南通市, a city's site
            found |= self.within(rest, inner, gazetteer, initials=initials, depth=depth + 1)
        return found

    def _names_region_within(self, label: str, regions: tuple[str, ...], gazetteer: Gazetteer) -> bool:
        """Whether the label names a city of one of these provinces (or the region itself)."""
        for code in self.prefixes.get(label, ()):
            place = gazetteer.by_code(code) if code else None
            if place and any(r in (code, "") or _within(place, r, gazetteer) for r in regions):
                return True
        return False


def _codes(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """A table of space-separated codes as stored, each split."""
    return {key: tuple(codes.split(" ")) for key, codes in table.items()}


def _syllable_count(label: str, syllables: frozenset[str]) -> int:
    """The fewest syllables the label splits into, 0 when it does not split."""
    best = [0] + [-1] * len(label)
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] >= 0 and label[start:end] in syllables:
                count = best[start] + 1
                if best[end] < 0 or count < best[end]:
                    best[end] = count
    return max(best[-1], 0)


def _inside(code: str, regions: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Whether the place of this code lies in one of the regions ("" for anywhere); any place when none."""
    if not regions or "" in regions:
        return True
    place = gazetteer.by_code(code)
    return place is not None and any(_within(place, r, gazetteer) for r in regions)


def _within(place: Place, region_code: str, gazetteer: Gazetteer) -> bool:
    region = gazetteer.by_code(region_code)
    return region is not None and region.name in (place.city, place.province)


@functools.lru_cache(maxsize=1)
def default_hosts() -> SiteHosts:
    syllables = frozenset(
        json.loads(SITE_HOSTS_PATH.with_name("gazetteer.json").read_text("utf-8"))["pinyin"]
    )
    return SiteHosts.from_file(SITE_HOSTS_PATH, syllables)


def _host_parts(address: str) -> list[str] | None:
    """The host's labels, lower case (`www.xjbl.gov.cn` → www, xjbl, gov, cn); None without a host name."""
    try:
        host = urlsplit(address if "//" in address else "//" + address).hostname or ""
    except ValueError:
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    parts = [p for p in host.lower().split(".") if p]
    return parts if len(parts) >= 2 else None


def _registered(parts: list[str]) -> int:
    """Where the registered name stands in the host's labels (one further left under `gov.cn`, `com.cn`)."""
    return -3 if parts[-2] in _SECOND_LEVEL and parts[-1] == "cn" and len(parts) >= 3 else -2


def site_label(address: str) -> tuple[str, bool] | None:
    """The registered name of an address's host and whether it is under gov.cn: `www.xjbl.gov.cn` → ("xjbl",
    True); None for an address without a host name."""
    parts = _host_parts(address)
    if parts is None:
        return None
    at = _registered(parts)
    label = parts[at] if len(parts) >= -at else ""
    if not label.isascii() or not label.isalpha():
        return None
    return label, parts[-2:] == ["gov", "cn"]


def sub_label(address: str) -> str:
    """The name just left of the registered one (`jxx` of `jxx.nc.gov.cn`), "" when none or only `www`."""
    parts = _host_parts(address)
    sub = _left_of_registered(parts) if parts else ""
    return sub if sub.isascii() and sub.isalpha() and sub not in _NO_PLACE else ""


def _left_of_registered(parts: list[str]) -> str:
    """The host's label just left of its registered name (`kfq` of `kfq.yancheng.gov.cn`), "" when none."""
    at = _registered(parts)
    return parts[at - 1] if len(parts) >= 1 - at else ""


def _below(address: str) -> list[str]:
    """Names a city's or province's site may give a county's pages under: the host name one level below its
    own (`jxx.nc.gov.cn`), then the path's first two folders (`taian.gov.cn/qx/nyx/…`: 区县, 宁阳县); each
    spelled in full or in initials of three letters or more."""
    try:
        folders = urlsplit(address if "//" in address else "//" + address).path.split("/")[1:3]
    except ValueError:
        folders = []
    names = [sub_label(address)] + [f.lower() for f in folders]
    hosts = default_hosts()
    return [
        n
        for n in names
        if n.isascii() and n.isalpha() and n not in _NO_PLACE and (len(n) >= 3 or hosts.spelled(n))
    ]


def place_from_address(address: str, gazetteer: Gazetteer, text: str = "") -> Place | None:
    """The one county an address's host names, narrowed by the text's cities and voice; None when none or
    several. A city's or province's host may carry its county's site one level down (`jxx.nc.gov.cn`:
    南昌's 进贤县, `dingan.hainan.gov.cn`) or in its first folders (`info.taian.gov.cn/qx/nyx/`: 宁阳县)."""
    site = site_label(address)
    if site is None:
        return None
    label, gov = site
    hosts = default_hosts()
    codes = hosts.candidates(label, gazetteer, initials=gov)
    regions = tuple(r for r in hosts.prefixes.get(label, ()) if r)
    for sub in _below(address) if regions and gov else ():
        codes = hosts.within(sub, regions, gazetteer, initials=True, depth=2)
        if codes:
            break
    if not codes and not gov:  # a county's own news site (`luotiannews.com`, `jinrifangxian.com`)
        codes = _news_site_counties(label, address, gazetteer)
    if not codes:  # a news or mirror site's channel of the county (`yybnet.net/tianshui/qingshui/`)
        codes = _folder_counties(address, gazetteer)
    places = [p for c in sorted(codes) if (p := gazetteer.by_code(c))]
    if len(places) > 1 and text:
        places = _narrowed(places, text, gazetteer)
    return places[0] if len(places) == 1 else None


# Channel folders of news and report sites that are no place's, though some spell a county's pinyin: `xianqu`
# (县区, the counties' channel: `news/xianqu/zhenping/`) and the like, regions of the country (`baogao/huanan/`:
# 华南, not 桦南县; `xinan` 西南, `zhongyuan` 中原), `dongtai` (动态, not 东台市), `yuanqu` (园区), `xinhua` (新华).
_CHANNEL_WORDS = "xianqu quxian xianshi shixian huadong huanan huabei huazhong xibei xinan dongbei zhongyuan dongtai yuanqu xinhua"
_CHANNELS = frozenset(_CHANNEL_WORDS.split())
_FOLDERS_READ = 4  # a page's first folders; deeper ones are dates and ids


# Words a county's own news site adds to its name, spelled in full: `jinri` (今日: `jinrifangxian.com`, 今日房县),
# `news` (`luotiannews.com`, `laixinews.com`), `xinwen`, `tv` (`guannantv.com`), `wang` (网: `miduwang.com`).
_NEWS_PREFIXES = ("jinri",)
_NEWS_SUFFIXES = ("news", "xinwen", "tv", "wang")


def _news_site_counties(label: str, address: str, gazetteer: Gazetteer) -> set[str]:
    """The counties a news site's name spells in full around such a word, never a city's or province's
    (`xuzhounews` is 徐州's), and inside the province or city a folder of the path names, if one does
    (`jinrixinan.com/sichuan/…` is no 新安县 of 河南)."""
    hosts = default_hosts()
    stems = [label.removeprefix(w) for w in _NEWS_PREFIXES if label.startswith(w)]
    stems += [label.removesuffix(w) for w in _NEWS_SUFFIXES if label.endswith(w)]
    regions = _folder_regions(address)
    for stem in stems:
        if not hosts.spelled(stem) or any(hosts.prefixes.get(stem, ("",))):
            continue
        found = {c for c in hosts.labels.get(stem, ()) if _inside(c, regions, gazetteer)}
        if found:
            return found
    return set()


def _folders(address: str) -> list[str]:
    """The page's folders, lower case, the file name left out."""
    try:
        folders = urlsplit(address if "//" in address else "//" + address).path.split("/")[1:-1]
    except ValueError:
        return []
    return [f.lower() for f in folders]


def _folder_regions(address: str) -> tuple[str, ...]:
    """The codes of the first province or city a folder of the path names (`/sichuan/`), none when none does."""
    hosts = default_hosts()
    for folder in _folders(address)[:_FOLDERS_READ]:
        if folder.isascii() and folder.isalpha() and folder not in _NO_PLACE:
            inner = tuple(c for c in hosts.prefixes.get(folder, ()) if c)
            if inner:
                return inner
    return ()


def _folder_counties(address: str, gazetteer: Gazetteer) -> set[str]:
    """The counties a page's folders spell in full, inside the city or province a folder before names
    (`yybnet.net/tianshui/qingshui/`: 天水's 清水县, not another 清水; `yybnet.net/baiyin/jingyuan/`: 靖远县, not
    泾源县; `abcjf.cn/html/news/taixing/2010/0113/…`: 泰兴市). The first folder that names any is read; initials
    never count, as any short folder name is some county's."""
    hosts = default_hosts()
    regions: tuple[str, ...] = ()
    for folder in _folders(address)[:_FOLDERS_READ]:
        if not folder.isascii() or not folder.isalpha() or folder in _NO_PLACE or folder in _CHANNELS:
            continue
        inner = tuple(c for c in hosts.prefixes.get(folder, ()) if c)
        if inner:  # a city's or province's channel: what follows is inside it
            regions = inner
            continue
        if hosts.spelled(folder):
            found = {c for c in hosts.labels.get(folder, ()) if _inside(c, regions, gazetteer)}
            if found:
                return found
    return set()


def _narrowed(places: list[Place], text: str, gazetteer: Gazetteer) -> list[Place]:
    """The places the text names itself; else those of the cities or province it names, then of the level it
    speaks as (the only level among the places' own it speaks as, or one it speaks as at least twice as often as
    any other), then those with the most of the towns it names."""
    mentioned = {m.place.code: m.place for m in gazetteer.anywhere_mentions(text)}
    named = [p for p in places if p.code in mentioned]  # 长沙县 on csx.gov.cn (长沙县, 城厢区, 磁县…)
    if named:
        return named
    regions = {p.name for p in mentioned.values() if p.level in ("city", "province")}
    inside = [p for p in places if p.city in regions or p.province in regions]
    places = inside or places
    counts = {
        suffix: len(pattern.findall(text))
        for suffix, pattern in _VOICE.items()
        if any(p.name.endswith(suffix) for p in places)
    }
    ranked = sorted((n, suffix) for suffix, n in counts.items() if n)
    if ranked and (len(ranked) == 1 or ranked[-1][0] >= 2 * ranked[-2][0]):
        places = [p for p in places if p.name.endswith(ranked[-1][1])]
    if len(places) > 1:  # the towns it names: `wj.gov.cn` and 湟里镇, 前黄镇 are 武进区's
        index = town_index(gazetteer)
        towns = Counter(c.code for name in index.named(text) for c in index.counties(name))
        most = max((towns[p.code] for p in places), default=0)
        if most:
            places = [p for p in places if towns[p.code] == most]
    return places


def source_place(
    source: str, places: list[str], text: str, regions: Collection[str], gazetteer: Gazetteer
) -> Place | None:
    """The county a document's source address gives, when its manifest entry gives an address but no places
    and the text's records (`regions`) have no place, or only the city or province the county is in while the
    text speaks as the county (`广元市…全县…` on zgwc.gov.cn, 旺苍县's site); None otherwise: the text's own place wins."""
    if not source or places:
        return None
    if not regions:
        return (
            place_from_address(source, gazetteer, text)
            or zone_site_city(source, gazetteer, text)
            or city_site_place(source, gazetteer, text)
        )
    if len(regions) != 1:
        return None
    region = gazetteer.get(next(iter(regions)))
    if region is None or region.level not in ("city", "province"):
        return None
    place = place_from_address(source, gazetteer, text)
    voice = _VOICE.get(place.name[-1]) if place else None
    if place is None or region.name not in (place.city, place.province) or not (voice and voice.search(text)):
        return None
    return place


# A zone's site under its city's host, by the kind of zone (`kfq.yancheng.gov.cn`, `jkq.huainan.gov.cn`,
# `gxq.ahsz.gov.cn`, `gaoxinqu.weinan.gov.cn`), and the words its own text calls the zone by.
_ZONE_SITES = {
    "kfq": ("经开区", "开发区"),
    "jkq": ("经开区", "开发区"),
    "jjkfq": ("经开区", "开发区"),
    "kaifaqu": ("经开区", "开发区"),
    "gxq": ("高新区",),
    "gaoxinqu": ("高新区",),
}


def zone_site_city(address: str, gazetteer: Gazetteer, text: str) -> Place | None:
    """The city whose host carries a zone's site (`kfq.yancheng.gov.cn`: 盐城市), when the text calls its zone by
    that kind alone (`经开区实现…`): read in that city, the text's zone is the city's (`zones.zone_of_city`). None
    for any other address, or a text that does not call a zone so."""
    site = site_label(address)
    parts = _host_parts(address)
    if site is None or not site[1] or parts is None:
        return None
    words = _ZONE_SITES.get(_left_of_registered(parts))
    if not words or not any(word in text for word in words):
        return None
    hosts = default_hosts()
    label = site[0]
    codes = [c for c in hosts.prefixes.get(label, ()) if c]
    for cut in range(2, len(label) - 1) if not codes else ():  # `ahsz`: 安徽's 宿州
        provinces = tuple(c for c in hosts.prefixes.get(label[:cut], ()) if c)
        codes += [c for c in hosts.prefixes.get(label[cut:], ()) if c and _inside(c, provinces, gazetteer)]
    cities = {p.code: p for c in codes if (p := gazetteer.by_code(c)) and p.level == "city"}
    return next(iter(cities.values())) if len(cities) == 1 else None


def city_site_place(address: str, gazetteer: Gazetteer, text: str) -> Place | None:
    """The city whose own government site (or a department's: `gxj.changzhou.gov.cn`, `tjj.quanzhou.gov.cn`,
    `yueyang.gov.cn/jxw/`) carries a text that names no place and speaks as a city (`我市200个工业经济新增长点项目`,
    `全市规模工业增加值同比增长5.5%`) more than as a county, district or banner: that city's figures. None for any
    other host, a sub-host that may be a county's or a zone's, or a text in another voice (a county's page on its
    city's site says `全县`)."""
    site = site_label(address)
    parts = _host_parts(address)
    if (
        site is None
        or not site[1]
        or parts is None
        or sub_label(address)
        or _left_of_registered(parts) in _ZONE_SITES
    ):
        return None
    codes = [c for c in default_hosts().prefixes.get(site[0], ()) if c]
    city = gazetteer.by_code(codes[0]) if len(codes) == 1 else None
    if city is None or city.level != "city":
        return None
    voices = {suffix: len(pattern.findall(text)) for suffix, pattern in _VOICE.items()}
    own = voices.pop("市")
    return city if own and own > max(voices.values()) else None
