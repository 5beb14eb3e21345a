"""Which place a typed name means for this store, and what to tell the user when it has no figures."""

from __future__ import annotations

from dataclasses import dataclass

from bot import render
from bot.ingest.places import Gazetteer, Place
from bot.question import QuestionReader
from bot.render import esc
from bot.store import PolicyStore

MAX_PLACE = 20  # characters of a place name


@dataclass(frozen=True)
class PlaceAnswer:
    place: Place | None
    problem: str = ""  # a reply for the user when no place with data was found


class PlaceFinder:
    """Names to places: the gazetteer's, the store's zones, and the store's figures to choose among namesakes."""

    def __init__(self, store: PolicyStore, gazetteer: Gazetteer) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self.regions = {s.region for s in store.regions()}
        # Short county names count in the store's own cities (通州 there is 南通's, not 北京's).
        cities = {s.city or s.region for s in store.regions()}
        cities = {c for c in cities if (p := gazetteer.get(c)) is not None and p.level != "county"}
        zones = {s.region: s.city for s in store.regions() if gazetteer.get(s.region) is None}
        self.reader = QuestionReader(gazetteer, cities, self.has_data, zones)

    def split(self, args: str) -> tuple[Place | None, str]:
        """`海安 GDP` or `海安GDP` → (海安市, `GDP`); (None, args) when no place leads the text."""
        head, _, rest = args.partition(" ")
        place = self.resolve(head)
        if place is not None:
            return place, rest.strip()
        for cut in range(min(len(args), 8), 1, -1):
            place = self.resolve(args[:cut])
            if place is not None:
                return place, args[cut:].strip()
        return None, args

    def resolve(self, name: str) -> Place | None:
        if not name or len(name) > MAX_PLACE:
            return None
        zone = self.reader.zone_named(name)
        if zone is not None:  # a zone is a place of its own, never its city (RECORDS.md)
            return zone
        candidates = self.gazetteer.lookup(name)
        with_data = [p for p in candidates if self.has_data(p) or self.gazetteer.counties_of(p.name)]
        preferred = [p for p in with_data if self.has_data(p) or self.scope(p) != [p.name]]
        return (preferred or with_data or candidates or [None])[0]

    def has_data(self, place: Place) -> bool:
        """Whether the store holds figures for this very place (南通's 通州区, not 北京's)."""
        return bool(self.names_in_store(place))

    def names_in_store(self, place: Place) -> list[str]:
        """The store's regions that are this very place: its name, and for a county the former names its older
        documents use (旬阳市 was 旬阳县 until 2021; a record keeps the name of its document's time)."""
        names = [place.name, *self.gazetteer.former_names(place)] if place.level == "county" else [place.name]
        return [name for name in names if name in self.regions and self._same_city(name, place)]

    def _same_city(self, region: str, place: Place) -> bool:
        city = self.store.city_of(region)
        return place.level != "county" or not city or city == place.city

    def answer(self, name: str, place: Place | None = None) -> PlaceAnswer:
        name = name.strip()
        if len(name) > MAX_PLACE:
            return PlaceAnswer(None, f"地名太长了（最多 {MAX_PLACE} 个字）。例：/targets 海安")
        place = place or self.resolve(name)
        if place is None:
            return PlaceAnswer(None, f"不认识“{esc(name)}”这个地方。{self.suggestions(name)}")
        if self.has_data(place) or (place.level != "county" and self.scope(place) != [place.name]):
            return PlaceAnswer(place)
        full = f"{place.city or place.province}{place.name}" if place.level == "county" else place.name
        docs = self.documents_about(place)
        if docs:
            listed = "；".join(
                f"《{esc(render.doc_title(d))}》（{esc(d.get('date') or '日期不详')}）" for d in docs[:3]
            )
            return PlaceAnswer(
                None, f"{esc(full)}：库里有提到它的文件 {listed}，但文件里没有{esc(place.name)}的具体数字。"
            )
        namesakes = [p for p in self.gazetteer.lookup(place.short or place.name) if self.has_data(p)]
        if namesakes:
            other = namesakes[0]
            return PlaceAnswer(
                None,
                f"{esc(full)}不在库里。库里有{esc(other.city)}{esc(other.name)}："
                f"/targets {esc(render.short_place(other.city))}{esc(render.short_place(other.name))}",
            )
        same_name = self.gazetteer.lookup(name)
        if len(same_name) > 1 and not any(self.has_data(p) for p in same_name):
            listed = "、".join(f"{p.city or p.province}{p.name}" for p in same_name[:6])
            return PlaceAnswer(
                None, f"“{esc(name)}”可指 {esc(listed)}，都还没有文件。{self.suggestions(name)}"
            )
        return PlaceAnswer(None, f"还没有关于{esc(full)}的文件。{self.suggestions(name)}")

    def documents_about(self, place: Place) -> list[dict]:
        """Documents whose manifest names the place (a county interviewed but given no figures)."""
        docs = []
        for doc in self.store.documents.values():
            places = doc.get("places") or []
            if place.name in places and (
                place.level != "county" or doc.get("city") in ("", None, place.city)
            ):
                docs.append(doc)
        return sorted(docs, key=lambda d: d.get("date", ""), reverse=True)

    def scope(self, place: Place) -> list[str]:
        """The regions an answer about `place` covers: a county its names old and new; a city itself and its
        counties."""
        if place.level != "city":
            return self.names_in_store(place) or [place.name]
        counties = [name for p in self.gazetteer.counties_of(place.name) for name in self.names_in_store(p)]
        return [place.name, *counties] if place.name in self.regions or counties else [place.name]

    def suggestions(self, name: str) -> str:
        near = [p.name for p in self.gazetteer.suggest(name, limit=20) if p.name in self.regions][:5]
        if not near:
            near = sorted(self.regions)[:8]
        return f"有数据的地区有：{esc('、'.join(near))}。全部地区见 /regions"
