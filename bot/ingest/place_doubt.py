"""A last look at the place a document's text was given when nothing told it (no manifest places, no address).

A text is placed by the names it writes. When the place most of its figures went to is one whose full name the text
never writes, and the text speaks as another kind of place (`全县` for a city, `全区` for a county) or, for a
prefecture-level city, not as a city at all, the place was guessed from a short form, and the guess is more often wrong than right:
a county's communique naming only its city's short form (`南昌`), a county whose name the script conversion changed
(`乾安` → `干安`, placed in its city). So is a county the text names only at the head of one of its towns' names
(`肥西县丰乐镇`) and never speaks as: a town's own text, or a page whose address names the town. Such a document is
skipped with the reason, so that its figures are never answered as a place's that they are not, and the user can give
its place in the manifest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bot.ingest.places import Gazetteer, Place
from bot.ingest.segment import headed_places, spoken_voice
from bot.ingest.towns import town_index

# A prefecture speaking as itself (`全市上下`, `我州`): a city it names only by its short form is still its own.
_PREFECTURE_VOICE = ("全市", "我市", "本市", "全州", "我州", "全盟", "我盟")
# A county-level place spoken of as `this one` (`该县加快推进…`): its own text, though it names itself so.
_SAME_KIND = {"县": "该县", "区": "该区", "市": "该市", "旗": "该旗"}
# The kind of place each voice suffix speaks as, for the reason given to the user.
_KIND_WORDS = {"县": "a county", "区": "a district", "市": "a city", "旗": "a banner"}


def doubted_place(text: str, regions: Iterable[str], gazetteer: Gazetteer) -> str:
    """Why the place most of these figures carry (`regions`, one per figure) is a guess the text does not bear out,
    or "" when it does (or the place is a zone or province, which this does not judge)."""
    counts = Counter(regions)
    if not counts:
        return ""
    name = counts.most_common(1)[0][0]
    place = gazetteer.get(name)
    if place is None or place.level == "province":
        return ""
    address = _only_a_towns_address(text, place, gazetteer)
    if address:
        return (
            f"its figures would go to {name}, which it names only in a town's address ({address}) and never speaks "
            f"as: the figures are the town's or another place's; give its place in the manifest"
        )
    if _written_in_full(text, place, gazetteer) or _one_of_headed_parts(text, place, counts, gazetteer):
        return ""
    voice = _other_voice(text, place)
    if not voice and (place.level != "city" or any(word in text for word in _PREFECTURE_VOICE)):
        return ""
    speaks = f", while it speaks as {_KIND_WORDS[voice]} (全{voice}, 我{voice})" if voice else ""
    return (
        f"its figures would go to {name}, whose full name it never writes{speaks}: the place was guessed from "
        f"a short form ({place.short}); give its place in the manifest"
    )


def unnamed_county_reason(text: str, gazetteer: Gazetteer) -> str:
    """Why a text that built no place is a county's that names only its city (`要闻-松原站 …全县计划实施…`): it speaks
    more as a county than as a city and names one prefecture-level city; "" otherwise."""
    voice = spoken_voice(text)
    if voice["县"] <= voice["市"]:
        return ""
    cities = {m.place for m in gazetteer.anywhere_mentions(text) if m.place.level == "city"}
    if len(cities) != 1:
        return ""
    city = cities.pop()
    written = "" if city.name in text else f", whose full name it never writes ({city.short})"
    return (
        f"it names only {city.name}{written}, while it speaks as {_KIND_WORDS['县']} (全县, 我县): the county is not "
        "named; give its places in the manifest"
    )


def _only_a_towns_address(text: str, place: Place, gazetteer: Gazetteer) -> str:
    """The town's address (`肥西县丰乐镇`) where a county is named only at the head of one of its towns (`肥西县丰乐镇`,
    twice, in a piece on the town's fields; `黑龙江省齐齐哈尔市甘南县兴隆乡`, a page's address over the province's
    harvest; `温州瑞安马屿镇`, the town's own signing), in a text that never speaks as the county (`全县`, `该县`): the
    county is only where the town is, and the figures are the town's or another's, none of the county's; "" otherwise."""
    if place.level != "county":
        return ""
    if _SAME_KIND.get(place.name[-1], "") in text or spoken_voice(text).get(place.name[-1]):
        return ""  # (read before the scan for the county's mentions, which it spares most texts)
    index = town_index(gazetteer)
    towns = {start: name for start, _end, name in index.spans(text) if place in index.counties(name)}
    if not towns:
        return (
            ""  # (read before the county's mentions: the town scan is the quicker, and most texts name none)
        )
    mentions = [m for m in gazetteer.anywhere_mentions(text) if m.place == place]
    if not mentions:
        return ""
    named = {towns.get(m.end, "") for m in mentions}
    if len(named) != 1 or "" in named:
        return ""
    return text[mentions[0].start : mentions[0].end] + named.pop()


def _written_in_full(text: str, place: Place, gazetteer: Gazetteer) -> bool:
    """Whether the text writes the place's full name, a former one, or a form as telling as its full name: an
    autonomous county's short form and level (`玉龙县委副书记、县长…介绍了玉龙县今年上半年经济发展情况`, lijiang.cn 2024,
    fresh17 f17_p11), an alias (`科左中旗`)."""
    if place.name in text or any(former in text for former in gazetteer.former_names(place)):
        return True
    return any(m.exact and m.place == place for m in gazetteer.anywhere_mentions(text))


# A profile of several places, each under its own heading: at least this many places head parts of the text.
_HEADED_PARTS_MIN = 2


def _one_of_headed_parts(text: str, place: Place, counts: Counter[str], gazetteer: Gazetteer) -> bool:
    """Whether the text gives its figures place by place under headings of their own, and the place is one of them:
    `瀏 陽`, `醴 陵`, `上 栗`, `萬 載` each head a part of a profile of four fireworks counties (2012), each part
    speaking of its own county (`全市現有…` is 醴陵's); the short names were not guessed, the text set them
    over its parts. Every place the figures go to heads a part of its own."""
    headed = {p.name for p in headed_places(text, gazetteer)}
    return len(headed) >= _HEADED_PARTS_MIN and place.name in headed and len(set(counts) - headed) <= 1


def _other_voice(text: str, place: Place) -> str:
    """The suffix of the kind of place the text speaks as more than as the place's own kind, else ""; an
    autonomous region's `全区` is the region's, no district's."""
    voice = spoken_voice(text)
    if place.province.endswith("自治区"):
        voice.pop("区")
    own = voice.pop(place.name[-1], 0)
    suffix, most = max(voice.items(), key=lambda item: item[1])
    return suffix if most > own else ""
