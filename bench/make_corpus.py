#!/usr/bin/env python3
"""Generate a deterministic synthetic news corpus for benchmarking dotterel.

The articles are built from templates and small vocabulary lists written for
this project. They imitate wire-style political news: interstate diplomacy,
border clashes, protests and crackdowns, insurgent attacks, sanctions, aid and
disputed elections. Sentences cover many event types (meetings, agreements,
praise, aid, troop deployments and withdrawals, demands, accusations,
condemnations, rejections, threats, protests, sanctions, arrests, attacks,
killings, shelling, raids) and many grammatical shapes: active and passive
voice, reported speech, direct quotes, negation, modality, and background or
opinion sentences that describe no event at all. Country, capital and
organisation names are real; every person and armed group is invented. The
content is synthetic and makes no claim about real events.

Output is JSON Lines, one article per line::

    {"id": "bench-0001", "title": "...", "date": "YYYY-MM-DD",
     "source": "synthetic", "text": "paragraph\\n\\nparagraph..."}

Usage::

    python bench/make_corpus.py                 # 240 articles -> bench/corpus.jsonl
    python bench/make_corpus.py --n 1000 --output /tmp/corpus.jsonl --seed 7

The same arguments always produce byte-identical output. Only the Python 3.11
standard library is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_N = 240
DEFAULT_SEED = 20240601
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "corpus.jsonl"

MIN_WORDS, MAX_WORDS = 250, 500
MIN_PARAS, MAX_PARAS = 4, 8
MIN_SENTS, MAX_SENTS = 3, 6

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

# name, adjective/demonym, capital, other cities, provinces/regions, name pool,
# head-of-government titles
COUNTRIES = [
    (
        "Kenya",
        "Kenyan",
        "Nairobi",
        ["Mombasa", "Kisumu", "Garissa"],
        ["Rift Valley", "Mandera"],
        "af",
        ["President"],
    ),
    (
        "Uganda",
        "Ugandan",
        "Kampala",
        ["Gulu", "Mbarara", "Arua"],
        ["Karamoja", "West Nile"],
        "af",
        ["President"],
    ),
    (
        "Ethiopia",
        "Ethiopian",
        "Addis Ababa",
        ["Mekele", "Gondar", "Dire Dawa"],
        ["Tigray", "Oromia", "Afar"],
        "af",
        ["Prime Minister"],
    ),
    (
        "Sudan",
        "Sudanese",
        "Khartoum",
        ["Omdurman", "El Fasher", "Port Sudan"],
        ["Darfur", "Kordofan"],
        "af",
        ["President"],
    ),
    (
        "Nigeria",
        "Nigerian",
        "Abuja",
        ["Lagos", "Maiduguri", "Kano"],
        ["Borno", "Niger Delta"],
        "af",
        ["President"],
    ),
    (
        "Mali",
        "Malian",
        "Bamako",
        ["Gao", "Timbuktu", "Mopti"],
        ["Kidal", "Menaka"],
        "af",
        ["President"],
    ),
    (
        "Niger",
        "Nigerien",
        "Niamey",
        ["Agadez", "Zinder", "Diffa"],
        ["Tillaberi", "Tahoua"],
        "af",
        ["President"],
    ),
    (
        "Somalia",
        "Somali",
        "Mogadishu",
        ["Kismayo", "Baidoa", "Beledweyne"],
        ["Jubaland", "Hiran"],
        "af",
        ["President", "Prime Minister"],
    ),
    (
        "the Democratic Republic of Congo",
        "Congolese",
        "Kinshasa",
        ["Goma", "Bukavu", "Beni"],
        ["North Kivu", "Ituri"],
        "af",
        ["President"],
    ),
    (
        "Rwanda",
        "Rwandan",
        "Kigali",
        ["Gisenyi", "Butare"],
        ["Western Province"],
        "af",
        ["President"],
    ),
    (
        "Egypt",
        "Egyptian",
        "Cairo",
        ["Alexandria", "Port Said", "Aswan"],
        ["North Sinai", "the Nile Delta"],
        "me",
        ["President"],
    ),
    (
        "Libya",
        "Libyan",
        "Tripoli",
        ["Benghazi", "Misrata", "Sirte"],
        ["Fezzan", "Cyrenaica"],
        "me",
        ["Prime Minister"],
    ),
    (
        "Syria",
        "Syrian",
        "Damascus",
        ["Aleppo", "Homs", "Deir ez-Zor"],
        ["Idlib", "Daraa"],
        "me",
        ["President"],
    ),
    (
        "Iraq",
        "Iraqi",
        "Baghdad",
        ["Basra", "Mosul", "Kirkuk"],
        ["Anbar", "Diyala", "Nineveh"],
        "me",
        ["Prime Minister"],
    ),
    (
        "Iran",
        "Iranian",
        "Tehran",
        ["Isfahan", "Tabriz", "Mashhad"],
        ["Khuzestan", "Sistan-Baluchestan"],
        "me",
        ["President"],
    ),
    (
        "Turkey",
        "Turkish",
        "Ankara",
        ["Istanbul", "Diyarbakir", "Gaziantep"],
        ["Hatay", "Sirnak"],
        "me",
        ["President"],
    ),
    (
        "Jordan",
        "Jordanian",
        "Amman",
        ["Irbid", "Zarqa", "Aqaba"],
        ["Mafraq"],
        "me",
        ["King", "Prime Minister"],
    ),
    (
        "Lebanon",
        "Lebanese",
        "Beirut",
        ["Tripoli", "Sidon", "Tyre"],
        ["the Bekaa Valley"],
        "me",
        ["Prime Minister"],
    ),
    (
        "Yemen",
        "Yemeni",
        "Sanaa",
        ["Aden", "Taiz", "Hodeidah"],
        ["Marib", "Saada"],
        "me",
        ["President"],
    ),
    (
        "Saudi Arabia",
        "Saudi",
        "Riyadh",
        ["Jeddah", "Dammam", "Najran"],
        ["Jizan"],
        "me",
        ["King", "Crown Prince"],
    ),
    (
        "Israel",
        "Israeli",
        "Jerusalem",
        ["Tel Aviv", "Haifa", "Sderot"],
        ["the Negev"],
        "me",
        ["Prime Minister"],
    ),
    (
        "Afghanistan",
        "Afghan",
        "Kabul",
        ["Kandahar", "Herat", "Jalalabad"],
        ["Helmand", "Kunar"],
        "as",
        ["President"],
    ),
    (
        "Pakistan",
        "Pakistani",
        "Islamabad",
        ["Karachi", "Peshawar", "Quetta"],
        ["Balochistan", "Waziristan"],
        "as",
        ["Prime Minister"],
    ),
    (
        "India",
        "Indian",
        "New Delhi",
        ["Mumbai", "Srinagar", "Kolkata"],
        ["Kashmir", "Manipur"],
        "as",
        ["Prime Minister"],
    ),
    (
        "Bangladesh",
        "Bangladeshi",
        "Dhaka",
        ["Chittagong", "Sylhet"],
        ["Cox's Bazar"],
        "as",
        ["Prime Minister"],
    ),
    (
        "Myanmar",
        "Burmese",
        "Naypyidaw",
        ["Yangon", "Mandalay", "Sittwe"],
        ["Rakhine", "Shan State"],
        "as",
        ["President"],
    ),
    (
        "Thailand",
        "Thai",
        "Bangkok",
        ["Chiang Mai", "Pattani", "Yala"],
        ["Narathiwat"],
        "as",
        ["Prime Minister"],
    ),
    (
        "the Philippines",
        "Philippine",
        "Manila",
        ["Davao", "Cebu", "Marawi"],
        ["Mindanao", "Sulu"],
        "as",
        ["President"],
    ),
    (
        "China",
        "Chinese",
        "Beijing",
        ["Shanghai", "Urumqi", "Guangzhou"],
        ["Xinjiang", "Yunnan"],
        "as",
        ["President", "Premier"],
    ),
    ("Japan", "Japanese", "Tokyo", ["Osaka", "Okinawa"], ["Hokkaido"], "as", ["Prime Minister"]),
    (
        "South Korea",
        "South Korean",
        "Seoul",
        ["Busan", "Incheon"],
        ["Gyeonggi"],
        "as",
        ["President"],
    ),
    (
        "North Korea",
        "North Korean",
        "Pyongyang",
        ["Wonsan", "Kaesong"],
        ["Hamgyong"],
        "as",
        ["leader"],
    ),
    (
        "Russia",
        "Russian",
        "Moscow",
        ["St. Petersburg", "Rostov-on-Don", "Kazan"],
        ["Chechnya", "Dagestan"],
        "eu",
        ["President"],
    ),
    (
        "Ukraine",
        "Ukrainian",
        "Kyiv",
        ["Kharkiv", "Odesa", "Donetsk"],
        ["Donbas", "Zaporizhzhia"],
        "eu",
        ["President"],
    ),
    (
        "Georgia",
        "Georgian",
        "Tbilisi",
        ["Batumi", "Gori", "Kutaisi"],
        ["South Ossetia", "Abkhazia"],
        "eu",
        ["President", "Prime Minister"],
    ),
    ("Armenia", "Armenian", "Yerevan", ["Gyumri", "Goris"], ["Syunik"], "eu", ["Prime Minister"]),
    ("Azerbaijan", "Azerbaijani", "Baku", ["Ganja", "Shusha"], ["Nakhchivan"], "eu", ["President"]),
    (
        "Serbia",
        "Serbian",
        "Belgrade",
        ["Novi Sad", "Nis"],
        ["the Presevo Valley"],
        "eu",
        ["President"],
    ),
    ("France", "French", "Paris", ["Marseille", "Lyon"], ["Brittany"], "eu", ["President"]),
    ("Germany", "German", "Berlin", ["Munich", "Hamburg"], ["Bavaria"], "eu", ["Chancellor"]),
    (
        "Britain",
        "British",
        "London",
        ["Manchester", "Belfast"],
        ["Northern Ireland"],
        "eu",
        ["Prime Minister"],
    ),
    (
        "Poland",
        "Polish",
        "Warsaw",
        ["Krakow", "Gdansk"],
        ["Podlasie"],
        "eu",
        ["President", "Prime Minister"],
    ),
    (
        "the United States",
        "U.S.",
        "Washington",
        ["New York", "Chicago"],
        ["Texas"],
        "am",
        ["President"],
    ),
    (
        "Venezuela",
        "Venezuelan",
        "Caracas",
        ["Maracaibo", "Valencia"],
        ["Zulia", "Tachira"],
        "am",
        ["President"],
    ),
    (
        "Colombia",
        "Colombian",
        "Bogota",
        ["Medellin", "Cali", "Cucuta"],
        ["Cauca", "Catatumbo"],
        "am",
        ["President"],
    ),
    (
        "Mexico",
        "Mexican",
        "Mexico City",
        ["Guadalajara", "Tijuana", "Culiacan"],
        ["Sinaloa", "Guerrero"],
        "am",
        ["President"],
    ),
    (
        "Haiti",
        "Haitian",
        "Port-au-Prince",
        ["Cap-Haitien", "Gonaives"],
        ["Artibonite"],
        "am",
        ["Prime Minister"],
    ),
    (
        "Brazil",
        "Brazilian",
        "Brasilia",
        ["Sao Paulo", "Rio de Janeiro"],
        ["Amazonas"],
        "am",
        ["President"],
    ),
]

# Pairs of countries that plausibly appear together (neighbours or rivals).
PAIRS = [
    ("Kenya", "Uganda"),
    ("Kenya", "Somalia"),
    ("Ethiopia", "Sudan"),
    ("Sudan", "Egypt"),
    ("Nigeria", "Niger"),
    ("Mali", "Niger"),
    ("Rwanda", "the Democratic Republic of Congo"),
    ("Uganda", "the Democratic Republic of Congo"),
    ("Ethiopia", "Somalia"),
    ("Egypt", "Libya"),
    ("Syria", "Turkey"),
    ("Syria", "Israel"),
    ("Syria", "Jordan"),
    ("Iraq", "Iran"),
    ("Iraq", "Turkey"),
    ("Lebanon", "Israel"),
    ("Yemen", "Saudi Arabia"),
    ("Iran", "Saudi Arabia"),
    ("Iran", "Israel"),
    ("Afghanistan", "Pakistan"),
    ("India", "Pakistan"),
    ("India", "China"),
    ("Bangladesh", "Myanmar"),
    ("Thailand", "Myanmar"),
    ("China", "Japan"),
    ("China", "the Philippines"),
    ("North Korea", "South Korea"),
    ("North Korea", "Japan"),
    ("Russia", "Ukraine"),
    ("Russia", "Georgia"),
    ("Armenia", "Azerbaijan"),
    ("Serbia", "Germany"),
    ("Russia", "Poland"),
    ("France", "Mali"),
    ("Britain", "Iran"),
    ("the United States", "Venezuela"),
    ("Colombia", "Venezuela"),
    ("the United States", "Mexico"),
    ("the United States", "North Korea"),
    ("the United States", "Iran"),
    ("Haiti", "Brazil"),
    ("Turkey", "Germany"),
    ("China", "the United States"),
    ("Russia", "France"),
]

NEIGHBOURS = {
    frozenset(p)
    for p in [
        ("Kenya", "Uganda"),
        ("Kenya", "Somalia"),
        ("Ethiopia", "Sudan"),
        ("Sudan", "Egypt"),
        ("Nigeria", "Niger"),
        ("Mali", "Niger"),
        ("Rwanda", "the Democratic Republic of Congo"),
        ("Uganda", "the Democratic Republic of Congo"),
        ("Ethiopia", "Somalia"),
        ("Egypt", "Libya"),
        ("Syria", "Turkey"),
        ("Syria", "Israel"),
        ("Syria", "Jordan"),
        ("Iraq", "Iran"),
        ("Iraq", "Turkey"),
        ("Lebanon", "Israel"),
        ("Yemen", "Saudi Arabia"),
        ("Afghanistan", "Pakistan"),
        ("India", "Pakistan"),
        ("India", "China"),
        ("Bangladesh", "Myanmar"),
        ("Thailand", "Myanmar"),
        ("North Korea", "South Korea"),
        ("Russia", "Ukraine"),
        ("Russia", "Georgia"),
        ("Armenia", "Azerbaijan"),
        ("Russia", "Poland"),
        ("Colombia", "Venezuela"),
        ("the United States", "Mexico"),
    ]
}
# Countries where the generator does not place insurgencies or militias.
STABLE = {
    "the United States",
    "France",
    "Germany",
    "Britain",
    "Japan",
    "Poland",
    "South Korea",
    "Brazil",
}

# Invented personal names. (first names, surnames) by broad region; genders
# are needed for pronouns.
MALE = {
    "af": [
        "Daniel",
        "Joseph",
        "Samuel",
        "Ibrahim",
        "Moussa",
        "Abdi",
        "Tesfaye",
        "Emmanuel",
        "Kofi",
        "Amadou",
    ],
    "me": [
        "Ahmed",
        "Omar",
        "Khalid",
        "Youssef",
        "Karim",
        "Hassan",
        "Tariq",
        "Nabil",
        "Reza",
        "Mehmet",
    ],
    "as": ["Arjun", "Imran", "Kenji", "Wei", "Somchai", "Rahim", "Min", "Farid", "Jun", "Ramon"],
    "eu": [
        "Pavel",
        "Andrei",
        "Thomas",
        "Lukas",
        "Giorgi",
        "Marek",
        "Stefan",
        "Henri",
        "Dmitri",
        "Oleksandr",
    ],
    "am": [
        "Carlos",
        "Luis",
        "Michael",
        "Jean",
        "Ricardo",
        "David",
        "Andres",
        "Paulo",
        "Robert",
        "Jorge",
    ],
}
FEMALE = {
    "af": ["Grace", "Amina", "Fatoumata", "Wanjiru", "Aisha", "Chipo", "Meron", "Halima"],
    "me": ["Leila", "Rania", "Zeynep", "Maryam", "Samira", "Noor", "Dalia", "Shirin"],
    "as": ["Priya", "Yuki", "Mei", "Nasrin", "Maria", "Ayesha", "Hana", "Lin"],
    "eu": ["Anna", "Katarzyna", "Elena", "Sophie", "Nino", "Olena", "Claire", "Ingrid"],
    "am": ["Ana", "Lucia", "Sarah", "Gabriela", "Marie", "Camila", "Julia", "Patricia"],
}
SURNAMES = {
    "af": [
        "Otieno",
        "Mwangi",
        "Okello",
        "Traore",
        "Diallo",
        "Abubakar",
        "Haile",
        "Mensah",
        "Nkurunziza",
        "Warsame",
    ],
    "me": [
        "Haddad",
        "Mansour",
        "al-Jabouri",
        "Nasser",
        "Karimi",
        "Yilmaz",
        "Saleh",
        "Darwish",
        "Rahimi",
        "al-Tamimi",
    ],
    "as": [
        "Sharma",
        "Khan",
        "Tanaka",
        "Zhang",
        "Srisuk",
        "Rahman",
        "Aung",
        "Santos",
        "Park",
        "Nazari",
    ],
    "eu": [
        "Novak",
        "Petrov",
        "Kovalenko",
        "Weber",
        "Beridze",
        "Dubois",
        "Kowalski",
        "Ivanov",
        "Marchetti",
        "Hale",
    ],
    "am": [
        "Ramirez",
        "Mendoza",
        "Silva",
        "Pierre",
        "Castillo",
        "Herrera",
        "Walker",
        "Moreno",
        "Vargas",
        "Costa",
    ],
}

# Invented armed groups and parties.
GROUP_PATTERNS = [
    "the {region} Liberation Front",
    "the People's Resistance Army",
    "the {region} Defence Forces",
    "the National Salvation Movement",
    "the Sons of {region}",
    "the Revolutionary Brigades",
    "the Islamic Front of {region}",
    "the United Patriotic Front",
    "the {region} Freedom Movement",
    "the Army of the Righteous",
    "the Popular Mobilization Brigades",
    "the Martyrs' Battalion",
]
PARTIES = [
    "Democratic Alliance",
    "National Renewal Party",
    "Movement for Change",
    "People's Progressive Party",
    "Union for Justice",
    "Civic Platform",
    "Freedom and Solidarity Party",
    "Citizens' Front",
]

# International organisations: (text, plural, short name for headlines)
IGOS = [
    ("the United Nations", False, "UN"),
    ("the UN Security Council", False, "UN Security Council"),
    ("the UN refugee agency", False, "UN agency"),
    ("UN peacekeepers", True, "UN peacekeepers"),
    ("NATO", False, "NATO"),
    ("NATO allies", True, "NATO"),
    ("the European Union", False, "EU"),
    ("the EU", False, "EU"),
    ("EU foreign ministers", True, "EU ministers"),
    ("the African Union", False, "African Union"),
    ("the Arab League", False, "Arab League"),
    ("ASEAN", False, "ASEAN"),
    ("the International Committee of the Red Cross", False, "Red Cross"),
    ("the World Food Programme", False, "WFP"),
    ("the Organization of American States", False, "OAS"),
    ("the International Atomic Energy Agency", False, "IAEA"),
]
IGO_PLURAL = {name: plural for name, plural, _short in IGOS}
IGO_BY_REGION = {
    "af": [
        "the African Union",
        "the United Nations",
        "UN peacekeepers",
        "the World Food Programme",
        "the EU",
    ],
    "me": [
        "the Arab League",
        "the United Nations",
        "the UN Security Council",
        "the UN refugee agency",
        "the International Committee of the Red Cross",
    ],
    "as": [
        "ASEAN",
        "the United Nations",
        "the UN Security Council",
        "the UN refugee agency",
        "the International Atomic Energy Agency",
    ],
    "eu": [
        "NATO",
        "NATO allies",
        "the European Union",
        "EU foreign ministers",
        "the United Nations",
    ],
    "am": [
        "the Organization of American States",
        "the United Nations",
        "the UN Security Council",
        "the World Food Programme",
    ],
}

ISSUES = [
    "the disputed border",
    "water rights on a shared river",
    "the treatment of refugees",
    "a stalled trade deal",
    "fishing rights",
    "the detention of foreign journalists",
    "the election results",
    "a planned gas pipeline",
    "cross-border raids",
    "the status of the disputed region",
    "the country's nuclear programme",
    "arms shipments",
    "customs duties",
    "the expulsion of diplomats",
    "the fate of missing soldiers",
    "migrant workers' rights",
    "a new dam",
    "cross-border smuggling",
    "the return of displaced families",
    "a contested oil field",
]
AGREEMENTS = [
    "a trade agreement",
    "a security pact",
    "a ceasefire agreement",
    "a memorandum of understanding on energy cooperation",
    "a prisoner exchange deal",
    "a border demarcation accord",
    "an extradition treaty",
    "a deal on refugee returns",
    "a defence cooperation agreement",
    "a framework agreement on peace talks",
    "a water-sharing accord",
    "an agreement to reopen border crossings",
]
AID_HUM = [
    "${m} million in humanitarian aid",
    "emergency food aid",
    "medical supplies",
    "tents and blankets",
    "several tonnes of relief supplies",
    "clean water and food",
    "winter clothing",
]
AID = AID_HUM + [
    "a loan of ${m} million",
    "${m} million in reconstruction funds",
    "military equipment",
    "budget support worth ${m} million",
    "two field hospitals",
]
ACCUSATIONS = [
    "supporting rebel groups",
    "violating the ceasefire",
    "interfering in {Xposs} internal affairs",
    "massing troops on the border",
    "harbouring militants",
    "targeting civilians",
    "rigging the election",
    "smuggling weapons across the border",
    "mistreating migrant workers",
    "spying",
    "blocking aid deliveries",
    "torturing detainees",
    "violating {Xposs} airspace",
    "arming militias",
    "stealing fuel from pipelines",
]
DEMANDS = [
    "withdraw {Bpron} forces from the border area",
    "release the detained journalists",
    "halt {Bpron} military operations",
    "hand over the suspects",
    "respect the ceasefire",
    "open an independent investigation",
    "pay compensation to the victims' families",
    "allow aid convoys into the besieged towns",
    "return to the negotiating table",
    "free all political prisoners",
    "stop the shelling of civilian areas",
    "disarm the militias",
    "hold new elections",
    "lift the blockade",
]
REASONS = [
    "{Bpron} role in the peace talks",
    "{Bpron} help in freeing the hostages",
    "{Bpron} efforts to contain the outbreak",
    "{Bpron} support for the ceasefire",
    "the peaceful conduct of the vote",
    "{Bpron} decision to reopen the border",
    "{Bpron} handling of the refugee crisis",
    "{Bpron} cooperation on counterterrorism",
]
CONDITIONS = [
    "the talks fail",
    "the attacks continue",
    "the ceasefire collapses",
    "the detainees are not released",
    "the troops are not withdrawn",
    "the government refuses to negotiate",
    "aid convoys are blocked again",
]
# Direct quotes by speaker type.
QUOTES_ANY = [
    "Those responsible will be held accountable",
    "The humanitarian situation is getting worse by the day",
    "There can be no military solution to this crisis",
    "We call on all sides to exercise maximum restraint",
    "These accusations are baseless",
    "The door to dialogue remains open",
]
QUOTES = {
    "state": QUOTES_ANY
    + [
        "We will not accept any interference in our internal affairs",
        "This is a clear violation of international law",
        "This agreement opens a new chapter between our two countries",
        "Our patience has limits",
        "Our forces acted in self-defence",
        "We did not start this conflict, but we will defend our territory",
    ],
    "igo": QUOTES_ANY
    + [
        "This is a clear violation of international law",
        "We are ready to work with all parties to restore calm",
        "Civilians must be protected at all times",
    ],
    "nonstate": QUOTES_ANY
    + [
        "The people have spoken, and their voice must be respected",
        "Our fighters acted in self-defence",
        "We will continue our struggle until our demands are met",
        "The government has left us no choice",
    ],
}
BACKGROUND = [
    "Relations between {X} and {Y} have been strained since {year}.",
    "{X} and {Y} fought a brief war over the region in {year}.",
    "The region has been unstable for decades.",
    "The conflict has displaced more than {k},000 people, according to UN estimates.",
    "Analysts say the dispute is unlikely to be resolved soon.",
    "Critics say the government has done little to address the grievances of the region's residents.",
    "The border area is rich in oil and natural gas.",
    "{Xcap} has long regarded {G} as a terrorist organization.",
    "It was not immediately clear how many people were involved.",
    "The talks are the first of their kind in almost a decade.",
    "Many residents say they are tired of the violence.",
    "The economy has struggled in recent years, and unemployment remains high.",
    "Diplomats describe the relationship between the two capitals as tense but stable.",
    "Human rights groups have criticised the security forces for years.",
    "The two countries share a border of more than {k}00 kilometres.",
    "Prices for food and fuel have risen sharply since the crisis began.",
    "Independent verification of casualty figures is difficult in the remote area.",
    "Some observers believe the move is aimed at voters at home.",
    "{X} is one of the largest recipients of foreign aid in the region.",
    "The opposition has boycotted parliament since the last election.",
    "Previous rounds of negotiations have collapsed over the same issues.",
    "It is a long-standing dispute, and neither side appears ready to compromise.",
    "Observers say that trust between the two sides is very low.",
    "The area is difficult to reach, and communications are often cut.",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen"]

# --------------------------------------------------------------------------
# Event templates
# --------------------------------------------------------------------------
# Each template: (tag, subject kinds, object kinds or None, verb phrase in base
# form). The first word of the verb phrase is conjugated with PAST. The verb
# phrase may use {B}, {Bposs} (object's possessive noun: "Uganda's"),
# {Apron}/{Bpron} (its/their/his/her), {placeX}, {placeY}, {placeB} (a place in
# the object's country), {border}, {crossing},
# {issue}, {agreement}, {aid}, {accusation}, {demand}, {reason}, {n}, {N}.

STATE = ["state", "off", "leader"]
ARMED = ["mil", "rebel", "militia"]

EVENTS = [
    # cooperative, verbal
    ("meet", ["leader", "offp"], ["leader", "offp"], "meet {B} in {venue} to discuss {issue}"),
    ("meet", ["leader", "offp", "igo"], ["leader", "offp"], "hold talks with {B} on {issue}"),
    ("meet", ["leader"], ["leader"], "hold a telephone call with {B} about {issue}"),
    ("meet", ["leader", "offp"], ["state"], "visit {Ycap} for talks on {issue}"),
    ("meet", ["state", "leader"], ["leader", "offp"], "host {B} for two days of talks"),
    ("agree", ["state", "leader", "off"], ["state", "leader", "off"], "sign {agreement} with {B}"),
    (
        "agree",
        ["state", "leader"],
        ["state", "leader"],
        "agree with {B} to set up a joint commission on {issue}",
    ),
    ("praise", STATE + ["igo"], STATE + ["igo"], "praise {B} for {reason}"),
    ("praise", STATE + ["igo"], STATE, "welcome {Bposs} decision to resume talks"),
    ("praise", STATE + ["igo"], STATE, "express support for {Bposs} efforts to end the crisis"),
    ("appeal", STATE + ["igo"], STATE + ["rebel", "opp"], "urge {B} to {demand}"),
    ("appeal", ["igo", "leader", "off"], None, "call for an immediate ceasefire {placeY}"),
    ("appeal", ["igo"], None, "appeal for calm after the violence {placeX}"),
    ("mediate", ["igo", "leader", "off"], None, "offer to mediate between the two sides"),
    # cooperative, material
    ("aid", STATE + ["igo"], ["state"], "pledge {aid} to {B}"),
    ("aid", ["state", "igo"], ["state"], "send {aid} to {B}"),
    ("aid", ["state", "igo"], ["civ"], "send {aidhum} to {B}"),
    ("aid", ["state", "igo"], None, "deliver {aidhum} to displaced families {placeY}"),
    ("release", ["state", "leader", "mil", "police"], ["prisoner"], "release {B}"),
    ("release", ["rebel", "militia"], ["prisoner"], "free {B} after weeks of negotiations"),
    ("reopen", ["state", "off"], None, "reopen {crossing}"),
    ("reopen", ["state", "leader"], ["state"], "restore diplomatic relations with {B}"),
    ("reopen", ["state", "igo"], ["state", "leader"], "lift sanctions on {B}"),
    ("withdraw", ["mil"], None, "withdraw {Apron} troops from positions {placeY}"),
    ("withdraw", ["mil", "rebel"], None, "pull back from positions near {cityY}"),
    # conflict, verbal
    ("demand", STATE + ["igo", "opp"], STATE + ["rebel"], "demand that {B} {demand}"),
    (
        "accuse",
        STATE + ["opp", "rebel"],
        STATE + ["rebel", "militia", "mil"],
        "accuse {B} of {accusation}",
    ),
    ("accuse", STATE, STATE + ["mil"], "blame {B} for the attack {placeX}"),
    (
        "condemn",
        STATE + ["igo"],
        STATE + ["rebel", "militia", "mil", "police"],
        "condemn {B} over the violence {placeX}",
    ),
    ("condemn", STATE + ["igo"], STATE + ["mil"], "criticize {Bposs} decision to {Bdecision}"),
    (
        "reject",
        STATE + ["opp", "rebel"],
        STATE + ["igo"],
        "reject {Bposs} proposal for talks on {issue}",
    ),
    ("reject", STATE, STATE + ["igo"], "dismiss {Bposs} accusations as baseless"),
    (
        "reject",
        ["opp", "protest"],
        ["state", "leader"],
        "reject the official results announced by {B}",
    ),
    ("threaten", STATE, STATE, "warn {B} against any further escalation"),
    ("threaten", STATE + ["rebel"], STATE + ["mil"], "threaten to retaliate against {B}"),
    (
        "threaten",
        ["state", "leader"],
        ["state", "leader"],
        "threaten {B} with new sanctions over {issue}",
    ),
    ("diplo", ["state", "off"], ["envoy"], "summon {B} over {issue}"),
    ("diplo", ["state", "off"], ["diplomats"], "expel {B} over {issue}"),
    ("diplo", ["state", "off", "leader"], None, "recall the {Xadj} ambassador from {Ycap}"),
    # conflict, material
    ("protest", ["protest"], ["state", "leader"], "rally {protestX} against {B}"),
    (
        "protest",
        ["protest"],
        None,
        "march through {cityX} to demand the release of detained activists",
    ),
    (
        "protest",
        ["protest"],
        ["state", "police"],
        "demonstrate {protestX} against {Bposs} handling of {issue}",
    ),
    ("boycott", ["opp"], None, "boycott the vote, citing fears of fraud"),
    (
        "sanction",
        ["state", "igo", "off"],
        ["state", "leader", "off", "rebel"],
        "impose sanctions on {B} over {issue}",
    ),
    ("sanction", ["state", "igo"], ["leader", "off"], "freeze the assets of {B}"),
    ("sanction", ["state", "off"], ["state"], "suspend trade with {B}"),
    ("sanction", ["state", "off"], None, "close {crossing}"),
    (
        "arrest",
        ["police", "mil"],
        ["protest", "party", "activist", "rebel"],
        "arrest {n} {Bmembers} {placeX}",
    ),
    ("arrest", ["police"], ["activist", "oppl"], "detain {B} {placeX}"),
    ("arrest", ["police"], ["protest"], "disperse {B} with tear gas {placeX}"),
    ("attack", ARMED, ["mil", "police", "rebel", "militia", "civ"], "attack {B} {placeB}"),
    ("attack", ["rebel", "militia"], ["mil", "police"], "ambush {B} {placeB}"),
    ("attack", ["mil", "rebel"], ["mil", "rebel", "militia"], "clash with {B} {placeB}"),
    ("attack", ["mil", "air"], None, "launch air strikes on {target}"),
    ("attack", ["air"], ["rebel", "mil", "militia"], "bomb positions held by {B} {placeB}"),
    ("attack", ["rebel", "militia"], None, "seize {target}"),
    ("kill", ARMED + ["air"], ["mil", "police", "rebel", "civ"], "kill {N} {Bshort} {placeB}"),
    ("kill", ["police", "mil"], None, "kill {N} protesters during clashes {protestX}"),
    ("shell", ["mil", "rebel"], None, "shell residential areas {placeY}"),
    ("shell", ["mil", "rebel", "militia"], None, "fire rockets at {target}"),
    ("raid", ["mil", "police"], ["rebel", "militia"], "raid a hideout used by {B} {placeX}"),
    ("raid", ["police"], ["party"], "raid the offices of {B} {placeX}"),
    ("deploy", ["state", "mil"], None, "deploy troops to {border}"),
    ("deploy", ["state", "leader", "mil"], None, "send {k},000 additional soldiers to {regionX}"),
    ("deploy", ["mil"], None, "carry out military exercises near {border}"),
    ("abduct", ["rebel", "militia"], ["civ", "prisoner"], "abduct {N} {Bshort} {placeX}"),
]

PAST = {
    "meet": "met",
    "hold": "held",
    "visit": "visited",
    "host": "hosted",
    "sign": "signed",
    "agree": "agreed",
    "praise": "praised",
    "welcome": "welcomed",
    "express": "expressed",
    "urge": "urged",
    "call": "called",
    "appeal": "appealed",
    "offer": "offered",
    "pledge": "pledged",
    "send": "sent",
    "deliver": "delivered",
    "release": "released",
    "free": "freed",
    "reopen": "reopened",
    "restore": "restored",
    "lift": "lifted",
    "withdraw": "withdrew",
    "pull": "pulled",
    "demand": "demanded",
    "accuse": "accused",
    "blame": "blamed",
    "condemn": "condemned",
    "criticize": "criticized",
    "reject": "rejected",
    "dismiss": "dismissed",
    "warn": "warned",
    "threaten": "threatened",
    "summon": "summoned",
    "expel": "expelled",
    "recall": "recalled",
    "rally": "rallied",
    "demonstrate": "demonstrated",
    "march": "marched",
    "protest": "protested",
    "boycott": "boycotted",
    "impose": "imposed",
    "freeze": "froze",
    "suspend": "suspended",
    "close": "closed",
    "arrest": "arrested",
    "detain": "detained",
    "disperse": "dispersed",
    "attack": "attacked",
    "ambush": "ambushed",
    "clash": "clashed",
    "launch": "launched",
    "seize": "seized",
    "kill": "killed",
    "shell": "shelled",
    "fire": "fired",
    "raid": "raided",
    "deploy": "deployed",
    "carry": "carried",
    "abduct": "abducted",
    "bomb": "bombed",
}
assert all(e[3].split()[0] in PAST for e in EVENTS), "every event verb needs a past tense"
HOSTILE = {"sanction", "attack", "deploy", "diplo"}
COOPERATIVE = {"meet", "agree", "aid", "release", "reopen", "withdraw", "mediate"}

# Passive-voice and other fixed-shape event sentences. {A} is the agent.
PASSIVE = [
    (
        "kill",
        ["mil", "rebel", "militia"],
        "At least {N} people were killed {time} when {A} shelled residential areas {placeY}.",
    ),
    (
        "attack",
        ARMED + ["air"],
        "{B} {Bwas} attacked by {A} {placeB} {time}.",
        ["mil", "police", "rebel", "civ"],
    ),
    (
        "arrest",
        ["police", "mil"],
        "{Ncap} {Bmembers} were arrested by {A} {placeX} {time}.",
        ["protest", "party", "activist", "rebel"],
    ),
    (
        "sanction",
        ["state", "igo"],
        "{B} {Bwas} hit with new sanctions by {A} {time} over {issue}.",
        ["state", "leader", "off"],
    ),
    ("accuse", STATE, "{B} {Bwas} accused by {A} of {accusation}.", STATE + ["rebel", "mil"]),
    (
        "agree",
        ["leader", "off"],
        "{Agreement} was signed in {Xcap} {time} by {A} and {B}.",
        ["leader", "off"],
    ),
    (
        "attack",
        ["rebel", "militia"],
        "An aid convoy was stopped by {A} at a checkpoint {placeX} {time}.",
    ),
    (
        "attack",
        ["rebel", "militia"],
        "{Ncap} soldiers were wounded in an ambush {placeX} {time}, the army said.",
    ),
    ("meet", ["leader"], "{B} {Bwas} received by {A} in {Xcap} {time}.", ["leader", "offp"]),
    (
        "diplo",
        ["state"],
        "The {Yadj} ambassador was summoned to the foreign ministry in {Xcap} {time}.",
    ),
    (
        "arrest",
        ["police"],
        "{Ncap} suspected members of {G} were detained {placeX} {time}, police said.",
    ),
    (
        "release",
        ["state", "rebel"],
        "{Ncap} prisoners were released {time} as part of the deal, officials said.",
    ),
    (
        "kill",
        ["rebel", "militia"],
        "A police officer was killed and {N} others were injured {placeX} {time}.",
    ),
    ("aid", ["igo", "state"], "More than {k}0 tonnes of aid were delivered to {cityY} {time}."),
]

# Negated frames: (frame, event tags it suits).
MATERIAL = {
    "meet",
    "agree",
    "aid",
    "release",
    "reopen",
    "withdraw",
    "sanction",
    "deploy",
    "diplo",
    "mediate",
}
NEGATED = [
    ("{A} did not {vp} {time}.", MATERIAL | {"attack", "raid", "praise", "condemn"}),
    ("{A} refused to {vp}.", MATERIAL | {"praise", "condemn", "appeal"}),
    ("{A} {Ahas} not said whether {Apron2} will {vp}.", MATERIAL),
    (
        "{A} denied that {Apron2} planned to {vp}.",
        {"sanction", "deploy", "attack", "diplo", "withdraw"},
    ),
    (
        "Officials said {A} {Awas} not ready to {vp}.",
        {"meet", "agree", "release", "reopen", "withdraw", "aid"},
    ),
]
MODAL_TAGS = MATERIAL | {"protest", "attack"}
NEGATED_FIXED = [
    "No group has claimed responsibility for the attack.",
    "{A} denied any involvement in the attack {placeX}.",
    "{A} {Ahas} not commented on the accusations.",
    "There was no immediate response from {A}.",
    "Nobody was hurt in the incident, according to local officials.",
    "The talks ended without an agreement {time}.",
    "{A} did not respond to requests for comment.",
    "{A} never confirmed the reports.",
]
MODAL = [
    "{A} plan{As} to {vp} {future}.",
    "{A} {Ais} expected to {vp} {future}.",
    "{A} said {Apron2} would {vp} {future}.",
    "{A} could {vp} if {condition}, diplomats said.",
    "{A} may {vp} {future}, according to officials familiar with the matter.",
    "{A} {Ais} considering whether to {vp}.",
    "{A} {Ahas} vowed to {vp}.",
    "{A} want{As} to {vp} before the end of the year.",
]
MODAL_HOSTILE = ["{A} threatened to {vp} if {condition}."]
MODAL_COOP = ["{A} offered to {vp}.", "{A} {Ais} ready to {vp}, a spokesman said."]

# Indirect-speech content clauses by speaker type ({A} is the speaker).
INDIRECT_ANY = [
    "those responsible would be held accountable",
    "there could be no military solution to the crisis",
    "the accusations were baseless",
    "the humanitarian situation was getting worse by the day",
    "the talks had been constructive but difficult",
]
INDIRECT = {
    "state": INDIRECT_ANY
    + [
        "{Apron2} would not accept any interference in {Xposs} internal affairs",
        "the attack was a clear violation of international law",
        "the door to dialogue remained open",
        "{Apron} forces had acted in self-defence",
        "no decision had yet been taken on {issue}",
    ],
    "igo": INDIRECT_ANY
    + [
        "{Apron2} {Awas} ready to work with all parties to restore calm",
        "the attack was a clear violation of international law",
        "civilians had to be protected at all times",
    ],
    "nonstate": INDIRECT_ANY
    + [
        "the government had lost the trust of the people",
        "{Apron2} would continue {Apron} struggle until {Apron} demands were met",
        "the government had left {Aobj} no choice",
    ],
}
SPEAKER_GROUP = {
    "leader": "state",
    "off": "state",
    "igo": "igo",
    "opp": "nonstate",
    "rebel": "nonstate",
}
SAY_VERBS_STATE = [
    "said",
    "told reporters",
    "said in a statement",
    "told a news conference",
    "wrote on social media",
    "said in a televised address",
    "told state television",
]
SAY_VERBS_OTHER = ["said", "told reporters", "said in a statement", "wrote on social media"]

TARGETS = [
    "an army base near {cityX}",
    "rebel positions outside {cityX}",
    "a fuel depot in {cityX}",
    "several villages near {cityX}",
    "the airport in {cityX}",
    "a police station in {cityX}",
    "a bridge on the road to {cityX}",
    "military posts along {border}",
]

DECISIONS = [
    "expand the military presence in the region",
    "close the border",
    "expel foreign aid workers",
    "postpone the elections",
    "cut off fuel supplies",
    "ban opposition rallies",
    "build a new dam upstream",
]

THEMES = {
    "diplomacy": {
        "meet": 8,
        "agree": 6,
        "praise": 4,
        "appeal": 2,
        "mediate": 2,
        "reject": 2,
        "demand": 2,
        "reopen": 2,
        "aid": 1,
        "threaten": 1,
        "diplo": 1,
    },
    "border": {
        "shell": 5,
        "attack": 5,
        "kill": 3,
        "deploy": 4,
        "accuse": 4,
        "condemn": 3,
        "demand": 3,
        "withdraw": 2,
        "threaten": 3,
        "diplo": 2,
        "appeal": 2,
        "meet": 1,
        "reject": 2,
    },
    "protest": {
        "protest": 8,
        "arrest": 6,
        "kill": 2,
        "condemn": 4,
        "demand": 3,
        "appeal": 2,
        "accuse": 2,
        "raid": 1,
        "release": 2,
        "reject": 1,
    },
    "insurgency": {
        "attack": 7,
        "kill": 5,
        "raid": 4,
        "arrest": 3,
        "abduct": 2,
        "condemn": 3,
        "threaten": 2,
        "shell": 2,
        "accuse": 2,
        "release": 1,
        "deploy": 2,
    },
    "sanctions": {
        "sanction": 8,
        "condemn": 3,
        "threaten": 4,
        "reject": 4,
        "accuse": 3,
        "diplo": 3,
        "demand": 3,
        "meet": 2,
        "appeal": 1,
    },
    "aid": {
        "aid": 8,
        "praise": 3,
        "appeal": 4,
        "meet": 3,
        "agree": 2,
        "release": 1,
        "condemn": 1,
        "attack": 1,
        "reopen": 2,
    },
    "election": {
        "protest": 5,
        "boycott": 2,
        "reject": 4,
        "accuse": 4,
        "arrest": 4,
        "praise": 2,
        "appeal": 3,
        "demand": 3,
        "condemn": 3,
        "raid": 1,
        "meet": 1,
    },
}
DOMESTIC_THEMES = {"protest", "insurgency", "election"}

HEADLINES = {
    "diplomacy": [
        "{X} and {Y} hold talks on {issue_short}",
        "{Xleader} visits {Ycap} in push to ease tensions",
        "{X}, {Y} sign {agreement_short}",
        "{Y} welcomes {Xadj} offer of talks",
        "Talks between {X} and {Y} stall over {issue_short}",
    ],
    "border": [
        "{X} accuses {Y} of border attacks",
        "Shelling near {Xcity} kills {N}",
        "{X} deploys troops to {Y} border",
        "{IGO} urges restraint as {X}-{Y} tensions rise",
        "{Y} denies shelling {Xadj} villages",
    ],
    "protest": [
        "Thousands protest in {Xcap}",
        "Police arrest dozens at {Xcap} rally",
        "Protesters in {Xcity} demand release of activists",
        "{IGO} condemns crackdown on {Xadj} protesters",
        "{Xadj} government rejects protest demands",
    ],
    "insurgency": [
        "Militants attack army post in {Xregion}",
        "{Ncap} killed in {Xregion} ambush",
        "{Xadj} army raids rebel hideouts",
        "{G_title} claims attack near {Xcity}",
        "{Xadj} forces kill {N} suspected rebels",
    ],
    "sanctions": [
        "{Y} imposes new sanctions on {X}",
        "{X} rejects {IGO} sanctions threat",
        "{Y} expels {Xadj} diplomats",
        "{X} vows to retaliate against {Yadj} sanctions",
        "{IGO} weighs fresh measures against {X}",
    ],
    "aid": [
        "{Y} pledges aid to {X}",
        "{IGO} appeals for funds as crisis deepens in {Xregion}",
        "Aid reaches {Xcity} after weeks of delays",
        "{X} welcomes {Yadj} relief shipment",
        "Donors promise support for displaced {Xadj} families",
    ],
    "election": [
        "{Xadj} opposition rejects election results",
        "Police detain opposition leader in {Xcap}",
        "{IGO} urges calm after disputed {Xadj} vote",
        "Protests erupt in {Xcity} over vote count",
        "{Xadj} election body defends results",
    ],
}
ISSUE_SHORT = [
    "border dispute",
    "trade",
    "security",
    "water",
    "refugees",
    "energy",
    "prisoner swap",
    "ceasefire",
]
AGREEMENT_SHORT = [
    "trade deal",
    "security pact",
    "ceasefire deal",
    "energy accord",
    "border accord",
]


# --------------------------------------------------------------------------
# Actors
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    text: str
    plural: bool = False
    pron: str = "its"  # possessive pronoun: its/their/his/her
    subj: str = "it"  # subject pronoun: it/they/he/she
    gen: str = ""  # possessive noun phrase, when "text + 's" would be awkward

    @property
    def poss(self) -> str:
        if self.gen:
            return self.gen
        t = self.text
        return t + "'" if t.endswith("s") else t + "'s"

    @property
    def was(self) -> str:
        return "were" if self.plural else "was"

    @property
    def is_(self) -> str:
        return "are" if self.plural else "is"

    @property
    def has(self) -> str:
        return "have" if self.plural else "has"


def they(text: str) -> Actor:
    return Actor(text, True, "their", "they")


def it(text: str) -> Actor:
    return Actor(text, False, "its", "it")


@dataclass
class Country:
    name: str
    adj: str
    capital: str
    cities: list
    regions: list
    zone: str
    titles: list


COUNTRY_BY_NAME = {c[0]: Country(*c) for c in COUNTRIES}


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


class Article:
    """State for one article: the countries, people and groups it is about."""

    def __init__(self, rng: random.Random, date: dt.date):
        self.rng = rng
        self.date = date
        self.theme = rng.choice(sorted(THEMES))
        x, y = rng.choice(PAIRS)
        if rng.random() < 0.5:
            x, y = y, x
        if self.theme in ("insurgency", "protest", "election") and x in STABLE and y not in STABLE:
            x, y = y, x
        if (self.theme == "border" and frozenset((x, y)) not in NEIGHBOURS) or (
            self.theme == "insurgency" and x in STABLE
        ):
            self.theme = rng.choice(["diplomacy", "sanctions", "aid"])
        self.X = COUNTRY_BY_NAME[x]
        self.Y = COUNTRY_BY_NAME[y]
        self.people: dict = {}
        self.groups: dict = {}
        self.parties: dict = {}
        self.igo_pool = IGO_BY_REGION[self.X.zone]
        self.igo_main = rng.choice(self.igo_pool)

    # -- people and named groups (stable within an article) ---------------
    def person(self, country: Country, role: str):
        key = (country.name, role)
        if key not in self.people:
            rng = self.rng
            female = rng.random() < 0.3 and role not in ("King", "Crown Prince")
            first = rng.choice((FEMALE if female else MALE)[country.zone])
            last = rng.choice(SURNAMES[country.zone])
            self.people[key] = (f"{first} {last}", female)
        return self.people[key]

    def other(self, c: Country) -> Country:
        return self.Y if c is self.X else self.X

    def group(self, country: Country) -> str:
        if country.name in STABLE and self.other(country).name not in STABLE:
            return self.group(self.other(country))
        if country.name not in self.groups:
            pat = self.rng.choice(GROUP_PATTERNS)
            region = self.rng.choice(country.regions).replace("the ", "")
            self.groups[country.name] = pat.format(region=region)
        return self.groups[country.name]

    def party(self, country: Country) -> str:
        if country.name not in self.parties:
            self.parties[country.name] = self.rng.choice(PARTIES)
        return self.parties[country.name]

    # -- actor phrases ------------------------------------------------------
    def actor(self, kind: str, c: Country) -> Actor:
        rng = self.rng
        if kind == "state":
            return rng.choice(
                [
                    it(c.name),
                    it(c.name),
                    it(f"the {c.adj} government"),
                    it(c.capital),
                    Actor(f"the government in {c.capital}", gen=f"the {c.adj} government's"),
                ]
            )
        if kind == "off":
            return rng.choice(
                [
                    they(f"{c.adj} officials"),
                    it(f"the {c.adj} foreign ministry"),
                    they(f"{c.adj} diplomats"),
                    it(f"the {c.adj} interior ministry"),
                    self._person_actor(c, "fm", "foreign minister"),
                    self._person_actor(c, "dm", "defence minister"),
                ]
            )
        if kind == "offp":
            return rng.choice(
                [
                    they(f"{c.adj} officials"),
                    they(f"{c.adj} diplomats"),
                    they(f"members of a {c.adj} delegation"),
                    self._person_actor(c, "fm", "foreign minister"),
                    self._person_actor(c, "dm", "defence minister"),
                ]
            )
        if kind == "leader":
            title = c.titles[0]
            if rng.random() < 0.3 and len(c.titles) > 1:
                title = c.titles[1]
            return self._person_actor(c, title, title)
        if kind == "mil":
            return rng.choice(
                [
                    it(f"the {c.adj} army"),
                    they(f"{c.adj} troops"),
                    they(f"{c.adj} forces"),
                    it(f"the {c.adj} military"),
                    they("government forces"),
                    they(f"{c.adj} soldiers"),
                ]
            )
        if kind == "air":
            return rng.choice(
                [
                    it(f"the {c.adj} air force"),
                    they(f"{c.adj} warplanes"),
                    they(f"{c.adj} drones"),
                    they("government aircraft"),
                ]
            )
        if kind == "police":
            return rng.choice(
                [
                    they(f"{c.adj} police"),
                    they("riot police"),
                    they("security forces"),
                    they("police"),
                    they(f"the {c.adj} interior ministry's special forces"),
                ]
            )
        if kind in ("rebel", "militia") and c.name in STABLE:
            if self.other(c).name in STABLE:
                return rng.choice([they("gunmen"), they("militants"), they("armed men")])
            c = self.other(c)
        if kind == "rebel":
            g = self.group(c)
            named = they(g) if (g.endswith("s") or " Sons of " in g) else it(g)
            return rng.choice(
                [
                    named,
                    named,
                    they("rebels"),
                    they("insurgents"),
                    they("militants"),
                    they(f"fighters loyal to {self.group(c)}"),
                    they(f"rebels in {rng.choice(c.regions)}"),
                ]
            )
        if kind == "militia":
            return rng.choice(
                [
                    it("a pro-government militia"),
                    they("militiamen"),
                    they("tribal militias"),
                    they("armed men"),
                    it(f"a local {c.adj} militia"),
                ]
            )
        if kind == "protest":
            return rng.choice(
                [
                    they("protesters"),
                    they("thousands of demonstrators"),
                    they("students"),
                    they("opposition supporters"),
                    they("hundreds of workers"),
                    they(f"{c.adj} protesters"),
                    they("anti-government protesters"),
                ]
            )
        if kind in ("opp", "party", "oppl"):
            if kind == "party" or (kind == "opp" and rng.random() < 0.5):
                return it(f"the opposition {self.party(c)}")
            name, female = self.person(c, "opp")
            return Actor(
                f"opposition leader {name}",
                False,
                "her" if female else "his",
                "she" if female else "he",
            )
        if kind == "igo":
            t = self.igo_main if rng.random() < 0.6 else rng.choice(self.igo_pool)
            plural = IGO_PLURAL[t]
            return they(t) if plural else it(t)
        if kind == "civ":
            return rng.choice(
                [
                    they("civilians"),
                    they("villagers"),
                    they("residents"),
                    they("farmers"),
                    they("displaced families"),
                    they("aid workers"),
                ]
            )
        if kind == "activist":
            return rng.choice(
                [
                    they("activists"),
                    they("journalists"),
                    it("a prominent human rights lawyer"),
                    they("student leaders"),
                    they("opposition activists"),
                ]
            )
        if kind == "prisoner":
            return rng.choice(
                [
                    they(f"{rng.choice(NUMBER_WORDS)} {c.adj} soldiers"),
                    they("dozens of prisoners"),
                    they("foreign hostages"),
                    they(f"{rng.randint(2, 90)} detainees"),
                    they("two aid workers"),
                ]
            )
        if kind == "envoy":
            return it(f"the {c.adj} ambassador")
        if kind == "diplomats":
            return they(f"{rng.choice(NUMBER_WORDS)} {c.adj} diplomats")
        raise ValueError(kind)

    def _person_actor(self, c: Country, role: str, title: str) -> Actor:
        name, female = self.person(c, role)
        pron, subj = ("her", "she") if female else ("his", "he")
        surname = name.split()[-1]
        if title == "leader":
            forms = [f"{c.adj} leader {name}", f"the {c.adj} leader", surname]
        elif role in ("fm", "dm"):
            forms = [
                f"{c.adj} {title.title()} {name}",
                f"the {c.adj} {title}",
                f"{title.title()} {name}",
            ]
        else:
            forms = [
                f"{c.adj} {title} {name}",
                f"the {c.adj} {title.lower()}",
                surname,
                f"{title} {name}",
            ]
        return Actor(self.rng.choice(forms), False, pron, subj)


# --------------------------------------------------------------------------
# Sentence building
# --------------------------------------------------------------------------

STATE_KINDS = {"state", "off", "offp", "leader", "mil", "air", "envoy", "diplomats", "prisoner"}


class Writer:
    def __init__(self, art: Article):
        self.a = art
        self.rng = art.rng
        self.b_country: Country | None = None  # country of the last object actor picked

    # -- time expressions --------------------------------------------------
    def past_time(self) -> str:
        rng, d = self.rng, self.a.date
        r = rng.random()
        if r < 0.55:
            k = rng.randint(0, 6)
            day = WEEKDAYS[(d - dt.timedelta(days=k)).weekday()]
            return rng.choice(
                [f"on {day}", f"on {day}", f"late on {day}", f"on {day} night", f"early on {day}"]
            )
        if r < 0.65:
            return "last week"
        if r < 0.72 and d.day > 10:
            return "earlier this month"
        if r < 0.82:
            e = d - dt.timedelta(days=rng.randint(7, 20))
            return f"on {MONTHS[e.month - 1]} {e.day}"
        if r < 0.88:
            return "overnight"
        return ""

    def future_time(self) -> str:
        rng, d = self.rng, self.a.date
        r = rng.random()
        if r < 0.3:
            k = rng.randint(1, 6)
            return f"on {WEEKDAYS[(d + dt.timedelta(days=k)).weekday()]}"
        return rng.choice(
            [
                "next week",
                "next month",
                "in the coming days",
                "by the end of the year",
                "later this month" if d.day < 20 else "next month",
                "within weeks",
                "",
            ]
        )

    def place(self, c: Country) -> str:
        rng = self.rng
        city = rng.choice(c.cities)
        region = rng.choice(c.regions)
        if region.startswith("the ") or region.split()[-1] in (
            "Province",
            "State",
            "Valley",
            "Delta",
            "Bazar",
            "Nile",
        ):
            in_region = f"in {region}"
        else:
            side = rng.choice(["northern", "southern", "eastern", "western"])
            in_region = rng.choice([f"in the {side} province of {region}", f"in {region} province"])
        opts = [
            f"in {city}",
            f"in the {c.adj} capital",
            f"near {city}",
            in_region,
            f"in {region}",
            f"on the outskirts of {city}",
            f"in a village near {city}",
        ]
        return rng.choice(opts)

    def protest_place(self, c: Country) -> str:
        return self.rng.choice(
            [
                f"outside the parliament building in {c.capital}",
                f"in central {c.capital}",
                f"in {self.rng.choice(c.cities)}",
                f"in the streets of {c.capital}",
                f"outside government offices in {self.rng.choice(c.cities)}",
            ]
        )

    def border(self, X: Country, Y: Country) -> str:
        if frozenset((X.name, Y.name)) not in NEIGHBOURS:
            near = sorted(n for p in NEIGHBOURS if X.name in p for n in p if n != X.name)
            if not near:
                return self.rng.choice([f"the {X.adj} coast", f"the coast of {X.name}"])
            Y = COUNTRY_BY_NAME[self.rng.choice(near)]
        return self.rng.choice(
            [
                f"the border with {Y.name}",
                f"the {X.adj}-{Y.adj} border",
                f"the frontier with {Y.name}",
            ]
        )

    # -- slot filling ------------------------------------------------------
    def fill(
        self,
        template: str,
        A: Actor | None,
        B: Actor | None,
        X: Country,
        Y: Country,
        extra: dict | None = None,
    ) -> str:
        rng = self.rng
        art = self.a
        n = rng.randint(2, 40)
        slots = {
            "X": X.name,
            "Y": Y.name,
            "Xcap": X.capital,
            "Ycap": Y.capital,
            "Xadj": X.adj,
            "Yadj": Y.adj,
            "Xposs": Actor(X.name).poss,
            "cityX": rng.choice(X.cities),
            "cityY": rng.choice(Y.cities),
            "placeX": self.place(X),
            "placeY": self.place(Y),
            "border": self.border(X, Y),
            "placeB": self.place(self.b_country or X),
            "crossing": (
                f"the main border crossing with {Y.name}"
                if frozenset((X.name, Y.name)) in NEIGHBOURS
                else f"{Actor(X.name).poss} airspace to {Y.adj} airlines"
            ),
            "protestX": self.protest_place(X),
            "regionX": rng.choice(X.regions),
            "issue": rng.choice(ISSUES),
            "agreement": rng.choice(AGREEMENTS),
            "aid": rng.choice(AID).replace(
                "{m}", str(rng.choice([5, 10, 15, 20, 25, 40, 50, 75, 100, 150, 250]))
            ),
            "aidhum": rng.choice(AID_HUM).replace(
                "{m}", str(rng.choice([2, 5, 10, 12, 20, 30, 45, 60]))
            ),
            "accusation": rng.choice(ACCUSATIONS),
            "demand": rng.choice(DEMANDS),
            "reason": rng.choice(REASONS),
            "condition": rng.choice(CONDITIONS),
            "target": rng.choice(TARGETS),
            "Bdecision": rng.choice(DECISIONS),
            "n": str(n),
            "N": str(n) if n > 9 else rng.choice(NUMBER_WORDS[:8]),
            "k": str(rng.randint(2, 9)),
            "year": str(rng.randint(1948, art.date.year - 2)),
            "G": art.group(X),
            "venue": rng.choice(
                [X.capital, Y.capital, "Geneva", "Vienna", "Doha", "Addis Ababa", "Brussels"]
            ),
            "time": self.past_time(),
            "future": self.future_time(),
        }
        slots["Ncap"] = rng.choice(
            [
                "Two",
                "Three",
                "Four",
                "Five",
                "Six",
                "Seven",
                "Eight",
                "Nine",
                "Ten",
                "Several",
                "Dozens of",
                f"More than {n}" if n >= 10 else "Several",
                f"At least {n}" if n >= 10 else "Dozens of",
            ]
        )
        slots["Agreement"] = cap_first(slots["agreement"])
        if A is not None:
            slots.update(
                A=A.text,
                Apron=A.pron,
                Apron2=A.subj,
                Aposs=A.poss,
                Awas=A.was,
                Ais=A.is_,
                Ahas=A.has,
                Aobj={"it": "it", "they": "them", "he": "him", "she": "her"}[A.subj],
                As="" if A.plural else "s",
            )
        if B is not None:
            slots.update(
                B=B.text,
                Bpron=B.pron,
                Bposs=B.poss,
                Bwas=B.was,
                Bshort=self.short_plural(B),
                Bmembers=self.members(B),
            )
        else:
            slots.setdefault("Bpron", "their")
        if extra:
            slots.update(extra)
        # Fill nested slots (vocabulary items may themselves contain slots).
        out = template
        for _ in range(3):
            out = re.sub(r"\{(\w+)\}", lambda m: slots.get(m.group(1), m.group(0)), out)
        if "{" in out:
            raise KeyError(f"unfilled slot in {out!r}")
        return out

    @staticmethod
    def short_plural(B: Actor) -> str:
        t = B.text
        for word in (
            "soldiers",
            "troops",
            "police",
            "rebels",
            "militants",
            "insurgents",
            "civilians",
            "villagers",
            "residents",
            "protesters",
            "farmers",
            "workers",
            "fighters",
            "militiamen",
        ):
            if word in t:
                return {
                    "troops": "soldiers",
                    "police": "police officers",
                    "workers": "workers",
                }.get(word, word)
        if "army" in t or "military" in t or "force" in t:
            return "soldiers"
        if "militia" in t:
            return "militia fighters"
        if "ministry" in t:
            return "security officers"
        if "student" in t or "demonstrator" in t or "supporter" in t:
            return "protesters"
        if "famil" in t or "aid" in t:
            return "civilians"
        return "fighters"

    @staticmethod
    def members(B: Actor) -> str:
        """Plural noun phrase for people arrested from group B."""
        t = B.text
        if "opposition" in t and not t.endswith("s"):
            return (
                "opposition activists" if t.startswith("opposition leader") else f"members of {t}"
            )
        for word, out in (
            ("rebels", "suspected rebels"),
            ("insurgents", "suspected insurgents"),
            ("militants", "suspected militants"),
            ("fighters", "suspected fighters"),
            ("protesters", "protesters"),
            ("demonstrators", "demonstrators"),
            ("students", "students"),
            ("supporters", "opposition supporters"),
            ("workers", "workers"),
            ("activists", "activists"),
            ("journalists", "journalists"),
            ("lawyer", "lawyers and activists"),
            ("leaders", "student leaders"),
        ):
            if word in t:
                return out
        if t.startswith("the "):
            return f"suspected members of {t}"
        return "people"

    # -- actors for a template --------------------------------------------
    def pick_countries(self):
        X, Y = self.a.X, self.a.Y
        if self.a.theme in DOMESTIC_THEMES:
            return (X, Y) if self.rng.random() < 0.8 else (Y, X)
        return (X, Y) if self.rng.random() < 0.6 else (Y, X)

    def pick_actors(self, a_kinds, b_kinds, X, Y):
        rng = self.rng
        ak = rng.choice(a_kinds)
        A = self.a.actor(ak, X)
        B = None
        self.b_country = None
        if b_kinds:
            bk = rng.choice(b_kinds)
            # Interstate if both sides are state-level; otherwise domestic.
            bc = (
                Y
                if (ak in STATE_KINDS or ak == "igo") and bk in STATE_KINDS and ak != "police"
                else X
            )
            if ak == "igo" and bk in STATE_KINDS:
                bc = X
            self.b_country = bc
            for _ in range(5):
                B = self.a.actor(bk, bc)
                if B.text != A.text:
                    break
        return A, B

    def pick_template(self, pool):
        weights = THEMES[self.a.theme]
        w = [weights.get(t[0], 0.3) for t in pool]
        return self.rng.choices(pool, weights=w, k=1)[0]

    # -- sentence kinds -----------------------------------------------------
    def vp(self, tpl, past: bool) -> str:
        verb, rest = (tpl.split(" ", 1) + [""])[:2]
        v = PAST[verb] if past else verb
        return f"{v} {rest}".strip()

    def event_clause(self, tmpl=None, time_first=False):
        """Return (clause, A, tag) for an active past-tense event."""
        tag, ak, bk, vp = tmpl or self.pick_template(EVENTS)
        X, Y = self.pick_countries()
        A, B = self.pick_actors(ak, bk, X, Y)
        body = self.fill(self.vp(vp, True), A, B, X, Y)
        t = self.fill("{time}", A, B, X, Y)
        subj = A.text
        if t and time_first:
            clause = f"{cap_first(t)}, {subj} {body}"
        elif t:
            clause = f"{subj} {body} {t}"
        else:
            clause = f"{subj} {body}"
        return clause, A, tag

    def s_event(self):
        clause, _, _ = self.event_clause(time_first=self.rng.random() < 0.15)
        return cap_first(clause) + "."

    def s_passive(self):
        tmpl = self.pick_template(PASSIVE)
        ak, text = tmpl[1], tmpl[2]
        bk = tmpl[3] if len(tmpl) > 3 else None
        X, Y = self.pick_countries()
        A, B = self.pick_actors(ak, bk, X, Y)
        return (
            cap_first(self.fill(text, A, B, X, Y))
            .replace("  ", " ")
            .replace(" .", ".")
            .replace(" ,", ",")
        )

    def speaker(self, X: Country) -> str:
        rng = self.rng
        art = self.a
        name, female = art.person(X, "spokes")
        spokes = "spokeswoman" if female else "spokesman"
        igo = "the United Nations" if IGO_PLURAL[art.igo_main] else art.igo_main
        opts = [
            f"a spokesman for the {X.adj} foreign ministry",
            f"{X.adj} army {spokes} Col. {name}",
            "a senior official who spoke on condition of anonymity",
            "witnesses",
            "residents",
            "a local police official",
            "the state news agency",
            igo,
            f"a spokeswoman for {igo}",
            f"government {spokes} {name}",
            "a military source",
            f"{X.adj} state media",
            "a hospital official",
            "an aid worker in the area",
        ]
        return rng.choice(opts)

    def s_reported(self):
        rng = self.rng
        X, Y = self.pick_countries()
        sp = self.speaker(X)
        r = rng.random()
        if r < 0.3:
            clause, _, _ = self.event_clause()
            return f"{cap_first(clause)}, {sp} said."
        if r < 0.5:
            clause, _, _ = self.event_clause()
            return f"According to {sp}, {clause}."
        if r < 0.7:
            clause, _, _ = self.event_clause()
            verb = rng.choice(["said", "told reporters"])
            return f"{cap_first(sp)} {verb} that {clause}."
        # direct or indirect quote with an actor as speaker
        kind = rng.choice(["leader", "off", "igo", "opp", "rebel"])
        A = self.a.actor(kind, X)
        group = SPEAKER_GROUP[kind]
        q = rng.choice(QUOTES[group])
        verb = rng.choice(SAY_VERBS_STATE if group == "state" else SAY_VERBS_OTHER)
        if rng.random() < 0.5:
            oq, cq = ("\u201c", "\u201d") if rng.random() < 0.4 else ('"', '"')
            if verb == "said":
                return f"{oq}{q},{cq} {A.text} said."
            return f"{oq}{q},{cq} {A.text} {verb}."
        return cap_first(
            self.fill(f"{{A}} {verb} that {rng.choice(INDIRECT[group])}.", A, None, X, Y)
        )

    def s_negated(self):
        rng = self.rng
        X, Y = self.pick_countries()
        if rng.random() < 0.35:
            A, _ = self.pick_actors(rng.choice([STATE, ["rebel"], ["mil"]]), None, X, Y)
            return cap_first(self.fill(rng.choice(NEGATED_FIXED), A, None, X, Y)).replace(" .", ".")
        frame, tags = rng.choice(NEGATED)
        tag, ak, bk, vp = self.pick_template([e for e in EVENTS if e[0] in tags])
        A, B = self.pick_actors(ak, bk, X, Y)
        body = self.fill(vp, A, B, X, Y)
        out = self.fill(frame, A, B, X, Y, {"vp": body})
        return cap_first(re.sub(r"\s+([.,])", r"\1", out))

    def s_modal(self):
        rng = self.rng
        X, Y = self.pick_countries()
        tag, ak, bk, vp = self.pick_template([e for e in EVENTS if e[0] in MODAL_TAGS])
        A, B = self.pick_actors(ak, bk, X, Y)
        frames = list(MODAL)
        if tag in HOSTILE:
            frames += MODAL_HOSTILE * 3
        if tag in COOPERATIVE:
            frames += MODAL_COOP * 2
        frame = rng.choice(frames)
        body = self.fill(vp, A, B, X, Y)
        out = self.fill(frame, A, B, X, Y, {"vp": body})
        return cap_first(re.sub(r"\s+([.,])", r"\1", out))

    def s_background(self):
        X, Y = self.a.X, self.a.Y
        if self.rng.random() < 0.5:
            X, Y = Y, X
        return cap_first(self.fill(self.rng.choice(BACKGROUND), None, None, X, Y))

    def s_lede(self):
        """An active event sentence with an explicit time, matching the theme."""
        for _ in range(20):
            tmpl = self.pick_template(EVENTS)
            if THEMES[self.a.theme].get(tmpl[0], 0) >= 3:
                break
        tag, ak, bk, vp = tmpl
        X, Y = self.a.X, self.a.Y
        A, B = self.pick_actors(ak, bk, X, Y)
        day = WEEKDAYS[(self.a.date - dt.timedelta(days=self.rng.randint(0, 1))).weekday()]
        body = self.fill(self.vp(vp, True), A, B, X, Y)
        tail = self.rng.choice(
            ["", f", {self.speaker(X)} said", ", officials said", ", witnesses said", ""]
        )
        return cap_first(f"{A.text} {body} on {day}{tail}.")

    # -- paragraphs and articles --------------------------------------------
    KINDS = ["event", "passive", "reported", "negated", "modal", "background"]

    def sentence(self, position: int, total: int) -> str:
        if position == 0:
            w = [5, 2, 4, 1, 1, 1]
        elif position == total - 1:
            w = [2, 1, 3, 1, 3, 4]
        else:
            w = [4, 2, 4, 2, 2, 2]
        kind = self.rng.choices(self.KINDS, weights=w, k=1)[0]
        return getattr(self, "s_" + kind)()

    def paragraph(self, index: int, total: int, n_sents: int) -> str:
        sents = []
        if index == 0:
            sents.append(self.s_lede())
        while len(sents) < n_sents:
            s = self.sentence(index, total)
            if s not in sents:
                sents.append(s)
        return " ".join(tidy(s) for s in sents)

    def headline(self) -> str:
        art, rng = self.a, self.rng
        X, Y = art.X, art.Y
        igo_short = dict((i[0], i[2]) for i in IGOS)[art.igo_main]
        slots = {
            "X": X.name,
            "Y": Y.name,
            "Xcap": X.capital,
            "Ycap": Y.capital,
            "Xadj": X.adj,
            "Yadj": Y.adj,
            "Xcity": rng.choice(X.cities),
            "Xregion": rng.choice(X.regions),
            "IGO": igo_short,
            "Xleader": f"{X.adj} {X.titles[0].lower()}"
            if X.titles[0] != "leader"
            else f"{X.adj} leader",
            "issue_short": rng.choice(ISSUE_SHORT),
            "agreement_short": rng.choice(AGREEMENT_SHORT),
            "G_title": art.group(X)[4:] if art.group(X).startswith("the ") else art.group(X),
        }
        n = rng.randint(3, 30)
        slots["N"] = slots["Ncap"] = str(n)
        h = re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], rng.choice(HEADLINES[art.theme]))
        return cap_first(h)


def tidy(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([.,;:])", r"\1", s)
    s = s.replace(",,", ",").replace(",.", ".").replace("..", ".")
    s = re.sub(r"\ba ([aeiouAEIOU])", r"an \1", s)
    s = s.replace("an U.S.", "a U.S.").replace("an UN", "a UN").replace("an one", "a one")
    s = (
        s.replace("an Ukrainian", "a Ukrainian")
        .replace("an European", "a European")
        .replace("an Ugandan", "a Ugandan")
    )
    return s


# --------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------

START = dt.date(2001, 1, 1)
END = dt.date(2023, 12, 31)


def make_article(rng: random.Random, index: int) -> dict:
    date = START + dt.timedelta(days=rng.randint(0, (END - START).days))
    for _attempt in range(200):
        art = Article(rng, date)
        w = Writer(art)
        n_paras = rng.randint(MIN_PARAS, MAX_PARAS)
        target = rng.randint(280, 470)
        per_para = target / (n_paras * 17.5)
        paras = []
        for i in range(n_paras):
            k = round(per_para + rng.uniform(-1.0, 1.0))
            k = max(MIN_SENTS, min(MAX_SENTS, k))
            paras.append(w.paragraph(i, n_paras, k))
        text = "\n\n".join(paras)
        words = len(text.split())
        if MIN_WORDS <= words <= MAX_WORDS:
            return {
                "id": f"bench-{index:04d}",
                "title": w.headline(),
                "date": date.isoformat(),
                "source": "synthetic",
                "text": text,
            }
    raise RuntimeError("could not generate an article within the word limits")


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [make_article(rng, i + 1) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--n", type=int, default=DEFAULT_N, help=f"number of articles (default {DEFAULT_N})"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="output JSON Lines path (default bench/corpus.jsonl)",
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")

    articles = generate(args.n, args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    words = sum(len(a["text"].split()) for a in articles)
    paras = sum(a["text"].count("\n\n") + 1 for a in articles)
    print(
        f"make_corpus: wrote {len(articles)} articles ({paras} paragraphs, {words} words) to {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
