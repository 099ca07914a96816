#!/usr/bin/env python3
"""Generate a synthetic multi-outlet wire-news corpus about one invented crisis, with ground truth.

THE CONTENT IS FICTIONAL. The crisis told here (a border war between Ecuador and Peru from
2026 to 2028, mediated by Brazil, the United Nations and the Organization of American States,
with U.S. and EU sanctions, protests, a rebel insurgency inside Peru, aid deliveries, talks, a
ceasefire, its breakdown and a peace accord) never happened. Countries, capitals, cities and
international organisations are real; every person, armed group ("the Condor Front") and news
outlet is invented, and the outlets' web addresses use the reserved ``.example`` domain.

The corpus exists to test event deduplication and the report on repeated coverage. A hidden
timeline of world events (``TIMELINE``: id, day, PLOVER type, source, target, place) is
reported by one to four of six outlets each, published on the event day or one or two days
later. Every outlet words the same event its own way: other verbs of the same type, active or
passive voice, other names for the same actor ("Peruvian troops", "Peru's army", "the Peruvian
military"), and date expressions that fit its publication date ("on Tuesday", "yesterday",
"on May 11", or none when published the same day). Some articles recall an earlier world event
in a later sentence. Near-duplicates that must NOT merge are built in: the same dyad and type a
week later, the same dyad and type on the same day in a city far away, and an announced or
threatened act next to the act itself. Every article also carries background and opinion
sentences that report no event.

Two JSON Lines files are written::

    corpus: {"id", "title", "date" (publication, YYYY-MM-DD), "source", "url", "text"}
    truth:  {"article_id", "sentence", "world_event_id", "event_type", "source_country",
             "target_country", "date", "place", "place_country", "source_actor",
             "target_actor", "outlet", "role", "near_duplicate_of", "near_duplicate_kind"}

The corpus keys are the ones ``dotterel code`` reads from JSONL. The truth has one line per
sentence that reports a world event; ``sentence`` is that sentence exactly as it appears in the
article's text (a dateline before it is not part of it). ``source_actor``/``target_actor`` are
the expected CAMEO-style codes (``PERMIL``, ``IGOUNO``; a bare country code for a country as a
whole) and ``source_country``/``target_country`` their first three letters (``IGO``/``NGO`` for
organisations). ``role`` is ``lead``, ``follow`` (a second event of the day in the same
article) or ``recap`` (an earlier event recalled, with an explicit date).
``near_duplicate_of`` names the world event that this one must not be merged with, and
``near_duplicate_kind`` says why: ``week_later``, ``other_city`` or ``intended_act``.

Usage::

    python bench/crisis_corpus.py                      # -> bench/crisis/{corpus,truth}.jsonl
    python bench/crisis_corpus.py --output /tmp/c.jsonl --truth /tmp/t.jsonl --seed 7

The same arguments always produce byte-identical output. Only the Python 3.11 standard library
is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "crisis" / "corpus.jsonl"
DEFAULT_TRUTH = HERE / "crisis" / "truth.jsonl"
DEFAULT_SEED = 2026

# --------------------------------------------------------------------------
# Actors: the expected code, a headline name, and the ways outlets name them
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    code: str  # expected CAMEO-style code: country + sector, or IGO/NGO + organisation
    headline: str
    names: tuple[str, ...]
    plural: frozenset[str]
    persons: frozenset[str]

    @property
    def country(self) -> str:
        return self.code[:3]


def _actor(code: str, headline: str, names: str) -> Actor:
    """``names`` separated by ' | '; a trailing '+' marks a plural, '~' a person."""
    raw = [n.strip() for n in names.split("|")]
    return Actor(
        code,
        headline,
        tuple(n.rstrip("+~") for n in raw),
        frozenset(n.rstrip("+") for n in raw if n.endswith("+")),
        frozenset(n.rstrip("~") for n in raw if n.endswith("~")),
    )


_ACTOR_TABLE = {
    # key: (code, headline name, wordings)
    "PER.GOV": ("PERGOV", "Peru", "Peru | the Peruvian government | Lima | Peruvian President Elena Huamán~ | Peru's government | Peruvian Foreign Minister Martín Olazábal~"),
    "ECU.GOV": ("ECUGOV", "Ecuador", "Ecuador | the Ecuadorian government | Quito | Ecuadorian President Daniel Cordero~ | Ecuador's government | Ecuadorian Foreign Minister Lucía Andrade~"),
    "PER.GOV.HOME": ("PERGOV", "government", "the government | the Peruvian government | President Elena Huamán~ | the government of President Elena Huamán"),
    "ECU.GOV.HOME": ("ECUGOV", "government", "the government | the Ecuadorian government | President Daniel Cordero~ | the government of President Daniel Cordero"),
    "PER": ("PER", "Peru", "Peru"),
    "ECU": ("ECU", "Ecuador", "Ecuador"),
    "PER.MIL": ("PERMIL", "Peruvian troops", "Peruvian troops+ | Peru's army | the Peruvian military | Peruvian forces+ | Peruvian soldiers+ | the Peruvian army"),
    "ECU.MIL": ("ECUMIL", "Ecuadorian troops", "Ecuadorian troops+ | Ecuador's army | the Ecuadorian military | Ecuadorian forces+ | Ecuadorian soldiers+ | the Ecuadorian army"),
    "PER.ARMY": ("PERMIL", "Peru", "the Peruvian army | Peru's army | the Peruvian military | Peru's armed forces+ | the Peruvian armed forces+"),
    "ECU.ARMY": ("ECUMIL", "Ecuador", "the Ecuadorian army | Ecuador's army | the Ecuadorian military | Ecuador's armed forces+"),
    "PER.AIR": ("PERMIL", "Peruvian jets", "Peruvian warplanes+ | the Peruvian air force | Peru's air force | Peruvian military aircraft+"),
    "ECU.POSITIONS": ("ECUMIL", "Ecuadorian positions", "Ecuadorian positions+ | Ecuadorian troops+ | an Ecuadorian army post | Ecuador's army | Ecuadorian soldiers+ | Ecuadorian army positions+"),
    "PER.POSITIONS": ("PERMIL", "Peruvian positions", "Peruvian positions+ | Peruvian troops+ | a Peruvian army base | Peru's army | Peruvian soldiers+"),
    "PER.COP": ("PERCOP", "police", "Peruvian police+ | Peru's national police | Peruvian riot police+ | Peruvian police officers+"),
    "ECU.COP": ("ECUCOP", "police", "Ecuadorian police+ | Ecuador's national police | Ecuadorian riot police+"),
    "PER.REB": ("PERREB", "Condor Front rebels", "Condor Front rebels+ | rebels of the Condor Front+ | the Condor Front | Peruvian rebels+ | the rebel Condor Front | Condor Front guerrillas+"),
    "PER.SUSPECTS": ("PERREB", "rebel suspects", "suspected Condor Front members+ | suspected rebels+ | alleged members of the Condor Front+"),
    "PER.CVL": ("PERCVL", "Peruvian protesters", "Peruvian protesters+ | thousands of Peruvian demonstrators+ | anti-war protesters in Peru+ | Peruvian demonstrators+"),
    "ECU.CVL": ("ECUCVL", "Ecuadorian protesters", "Ecuadorian protesters+ | thousands of Ecuadorian demonstrators+ | Ecuadorian demonstrators+"),
    "PER.CROWD": ("PERCVL", "protesters", "anti-war protesters+ | Peruvian protesters+ | demonstrators in the capital+ | Peruvian demonstrators+"),
    "ECU.CROWD": ("ECUCVL", "protesters", "anti-war protesters+ | Ecuadorian protesters+ | demonstrators in Guayaquil+ | Ecuadorian demonstrators+"),
    "ECU.DISPLACED": ("ECUCVL", "Ecuadorian civilians", "displaced Ecuadorian families+ | Ecuadorian civilians+ | civilians displaced by the fighting in Ecuador+"),
    "ECU.POW": ("ECUMIL", "Ecuadorian soldiers", "Ecuadorian soldiers+ | captured Ecuadorian soldiers+ | Ecuadorian prisoners of war+"),
    "PER.OFFICIALS": ("PERGOV", "Peruvian officials", "Peruvian officials+ | senior Peruvian officials+ | Peruvian government officials+"),
    "BRA.GOV": ("BRAGOV", "Brazil", "Brazil | the Brazilian government | Brazilian Foreign Minister Renata Cavalcanti~ | Brasília | Brazil's foreign ministry"),
    "COL.GOV": ("COLGOV", "Colombia", "Colombia | Colombian authorities+ | the Colombian government"),
    "USA.GOV": ("USAGOV", "US", "the United States | Washington | the U.S. government | the U.S. State Department | the U.S. Treasury"),
    "EU": ("IGOWSTEEC", "EU", "the European Union | the EU | EU foreign ministers+ | the European Union's foreign policy chief Annelies Verbruggen~"),
    "UN": ("IGOUNO", "UN", "the United Nations | the UN | UN envoy Ingrid Halvorsen~ | the UN Security Council"),
    "OAS": ("IGOOAS", "OAS", "the Organization of American States | the OAS | OAS Secretary-General Héctor Balmaceda~"),
    "ICRC": ("NGOICRC", "Red Cross", "the International Committee of the Red Cross | the Red Cross | the ICRC"),
    "WFP": ("IGOWFP", "WFP", "the World Food Programme | the UN's World Food Programme | the WFP"),
}  # fmt: skip
ACTORS: dict[str, Actor] = {k: _actor(*v) for k, v in _ACTOR_TABLE.items()}

# --------------------------------------------------------------------------
# Places: name, ISO3 country, country name, kind
# --------------------------------------------------------------------------

PLACES: dict[str, tuple[str, str, str, str]] = {
    "Huaquillas": ("Huaquillas", "ECU", "Ecuador", "border"),
    "Machala": ("Machala", "ECU", "Ecuador", "city"),
    "Cuenca": ("Cuenca", "ECU", "Ecuador", "city"),
    "Guayaquil": ("Guayaquil", "ECU", "Ecuador", "city"),
    "Quito": ("Quito", "ECU", "Ecuador", "capital"),
    "Tumbes": ("Tumbes", "PER", "Peru", "border"),
    "Aguas Verdes": ("Aguas Verdes", "PER", "Peru", "border"),
    "Piura": ("Piura", "PER", "Peru", "city"),
    "Sullana": ("Sullana", "PER", "Peru", "city"),
    "Talara": ("Talara", "PER", "Peru", "city"),
    "Chiclayo": ("Chiclayo", "PER", "Peru", "city"),
    "Lima": ("Lima", "PER", "Peru", "capital"),
    "Brasília": ("Brasília", "BRA", "Brazil", "capital"),
    "Washington": ("Washington", "USA", "the United States", "capital"),
    "New York": ("New York", "USA", "the United States", "city"),
    "Brussels": ("Brussels", "BEL", "Belgium", "capital"),
    "Geneva": ("Geneva", "CHE", "Switzerland", "city"),
}
_ADJECTIVES = {"Ecuador": "Ecuadorian", "Peru": "Peruvian"}

# --------------------------------------------------------------------------
# Actions: PLOVER type, sentence templates and a headline
# --------------------------------------------------------------------------
# Placeholders: {S} source, {T} target, {Tp} target possessive, {be} was/were agreeing with
# the target, {was} agreeing with the source, {it}/{its}/{itself} pronouns of the source,
# {P} place phrase, {PN} place name, {W} date phrase, {X}/{Y}/{N}/{K} the world event's
# parameters. A template that starts with "P:" is passive (the target leads).


@dataclass(frozen=True)
class Action:
    event_type: str
    templates: tuple[str, ...]
    headline: str
    physical: bool = True  # a physical act: its place is always written
    impersonal: bool = False  # every template refers to the source by a pronoun


ACTIONS: dict[str, Action] = {
    "shell": Action(
        "ASSAULT",
        (
            "{S} shelled {T} {P}{W}",
            "{S} fired artillery at {T} {P}{W}",
            "{S} launched an artillery attack on {T} {P}{W}",
            "{S} attacked {T} {P}{W}",
            "{S} pounded {T} with mortars {P}{W}",
            "P:{T} {be} shelled by {S} {P}{W}",
            "P:{T} {be} attacked by {S} {P}{W}",
        ),
        "{Sh} shell {Th} near {PN}",
    ),
    "airstrike": Action(
        "ASSAULT",
        (
            "{S} bombed {T} {P}{W}",
            "{S} carried out air strikes on {T} {P}{W}",
            "{S} struck {T} from the air {P}{W}",
            "P:{T} {be} bombed by {S} {P}{W}",
        ),
        "{Sh} bomb {Th} near {PN}",
    ),
    "rebel_attack": Action(
        "ASSAULT",
        (
            "{S} attacked {T} {P}{W}, killing {K}",
            "{S} ambushed {T} {P}{W}",
            "{S} launched an assault on {T} {P}{W}",
            "{S} opened fire on {T} {P}{W}",
            "P:{T} {be} ambushed by {S} {P}{W}",
            "P:{T} {be} attacked by {S} {P}{W}",
        ),
        "{Sh} attack {Th} in {PN}",
    ),
    "bombing": Action(
        "ASSAULT",
        (
            "{S} bombed {T} {P}{W}",
            "{S} set off a bomb targeting {T} {P}{W}",
            "{S} attacked {T} with explosives {P}{W}",
            "P:{T} {be} targeted in a bombing by {S} {P}{W}",
        ),
        "Bomb attack on {Th} in {PN}",
    ),
    "offensive": Action(
        "ASSAULT",
        (
            "{S} launched an offensive against {T} {P}{W}",
            "{S} attacked {T} {P}{W}",
            "{S} raided camps held by {T} {P}{W}",
            "P:{T} {be} attacked by {S} {P}{W}",
        ),
        "{Sh} strike {Th} near {PN}",
    ),
    "accuse": Action(
        "ACCUSE",
        (
            "{S} accused {T} of {X}{W}",
            "{S} condemned {T} over {Y}{W}",
            "{S} blamed {T} for {Y}{W}",
            "{S} sharply criticised {T} for {X}{W}",
            "P:{T} {be} accused by {S} of {X}{W}",
        ),
        "{Sh} accuses {Th} of {X}",
        physical=False,
    ),
    "reject": Action(
        "REJECT",
        (
            "{S} rejected {Tp} {X}{W}",
            "{S} dismissed {Tp} {X}{W}",
            "{S} turned down {Tp} {X}{W}",
            "{S} flatly rejected {Tp} {X}{W}",
        ),
        "{Sh} rejects {Th} {X}",
        physical=False,
    ),
    "request": Action(
        "REQUEST",
        (
            "{S} urged {T} to {X}{W}",
            "{S} called on {T} to {X}{W}",
            "{S} demanded that {T} {X}{W}",
            "{S} appealed to {T} to {X}{W}",
            "P:{T} {be} urged by {S} to {X}{W}",
        ),
        "{Sh} urges {Th} to {X}",
        physical=False,
    ),
    "threaten": Action(
        "THREATEN",
        (
            "{S} threatened to {X}{W}",
            "{S} warned {T} of {Y}{W}",
            "{S} threatened {T} with {Y}{W}",
            "{S} warned that {it} would {X}{W}",
        ),
        "{Sh} threatens {Th} with {Y}",
        physical=False,
    ),
    "protest": Action(
        "PROTEST",
        (
            "{S} protested against {T} {P}{W}",
            "{S} marched against {T} {P}{W}",
            "{S} rallied against {T} {P}{W}",
            "{S} demonstrated against {T} {P}{W}",
        ),
        "Protesters rally against {Th} in {PN}",
    ),
    "disperse": Action(
        "COERCE",
        (
            "{S} dispersed {T} with tear gas {P}{W}",
            "{S} arrested dozens of {T} {P}{W}",
            "{S} broke up a rally by {T} {P}{W}",
            "P:{T} {be} dispersed by {S} {P}{W}",
        ),
        "{Sh} break up protest in {PN}",
    ),
    "arrest": Action(
        "COERCE",
        (
            "{S} arrested {N} {T} {P}{W}",
            "{S} detained {N} {T} {P}{W}",
            "{S} rounded up {N} {T} {P}{W}",
            "P:{N} {T} were arrested by {S} {P}{W}",
        ),
        "{Sh} arrest {N} {Th} in {PN}",
    ),
    "ban": Action(
        "COERCE",
        (
            "{S} banned demonstrations by {T} {P}{W}",
            "{S} imposed a curfew on {T} {P}{W}",
            "{S} prohibited public gatherings by {T} {P}{W}",
        ),
        "{Sh} bans protests in {PN}",
    ),
    "expel": Action(
        "SANCTION",
        (
            "{S} expelled {Tp} ambassador{W}",
            "{S} ordered {Tp} ambassador to leave the country{W}",
            "{S} threw out {Tp} ambassador{W}",
        ),
        "{Sh} expels {Th} ambassador",
        physical=False,
    ),
    "sanction": Action(
        "SANCTION",
        (
            "{S} imposed sanctions on {T}{W}",
            "{S} announced sanctions against {T}{W}",
            "{S} sanctioned {T}{W}",
            "P:{T} {be} hit with sanctions by {S}{W}",
        ),
        "{Sh} sanctions {Th}",
        physical=False,
    ),
    "freeze": Action(
        "SANCTION",
        (
            "{S} froze the assets of {T}{W}",
            "{S} imposed an asset freeze on {T}{W}",
            "P:{T} {be} hit with an asset freeze by {S}{W}",
        ),
        "{Sh} freezes assets of {Th}",
        physical=False,
    ),
    "break_ties": Action(
        "SANCTION",
        (
            "{S} broke off diplomatic relations with {T}{W}",
            "{S} severed ties with {T}{W}",
            "{S} cut diplomatic ties with {T}{W}",
        ),
        "{Sh} breaks off ties with {Th}",
        physical=False,
    ),
    "suspend_talks": Action(
        "SANCTION",
        (
            "{S} suspended trade talks with {T}{W}",
            "{S} froze negotiations on a trade deal with {T}{W}",
            "{S} suspended {its} trade negotiations with {T}{W}",
        ),
        "{Sh} suspends trade talks with {Th}",
        physical=False,
    ),
    "deploy": Action(
        "MOBILIZE",
        (
            "{S} deployed {N} troops to the border with {T} {P}{W}",
            "{S} sent reinforcements to the border with {T} {P}{W}",
            "{S} massed troops on the border with {T} {P}{W}",
            "{S} reinforced positions on the border with {T} {P}{W}",
        ),
        "{Sh} sends troops to {Th} border",
    ),
    "visit": Action(
        "CONSULT",
        (
            "{S} visited {PN} for talks with {T}{W}",
            "{S} met {T} {P}{W}",
            "{S} held talks with {T} {P}{W}",
            "{S} travelled to {PN} to meet {T}{W}",
        ),
        "{Sh} holds talks in {PN}",
        physical=False,
    ),
    "talks": Action(
        "CONSULT",
        (
            "{S} met {T} {P}{W}",
            "{S} held talks with {T} {P}{W}",
            "{S} sat down with {T} {P}{W}",
            "{S} negotiated with {T} {P}{W}",
        ),
        "{Sh} and {Th} hold talks in {PN}",
        physical=False,
    ),
    "agree": Action(
        "AGREE",
        (
            "{S} agreed to {X}{W}",
            "{S} accepted an invitation to {X}{W}",
            "{S} promised to {X}{W}",
            "{S} pledged to {X}{W}",
        ),
        "{Sh} agrees to {X}",
        physical=False,
    ),
    "agree_ceasefire": Action(
        "AGREE",
        (
            "{S} agreed to a ceasefire with {T}{W}",
            "{S} accepted a truce with {T}{W}",
            "{S} agreed to halt hostilities with {T}{W}",
        ),
        "{Sh} agrees to ceasefire with {Th}",
        physical=False,
    ),
    "sign": Action(
        "SUPPORT",
        (
            "{S} signed {X} with {T} {P}{W}",
            "{S} put {its} signature to {X} with {T} {P}{W}",
            "{S} and {T} signed {X} {P}{W}",
        ),
        "{Sh} signs {X} with {Th}",
        physical=False,
    ),
    "praise": Action(
        "SUPPORT",
        (
            "{S} praised {T} for {X}{W}",
            "{S} commended {T} for {X}{W}",
            "{S} hailed {T} for {X}{W}",
            "P:{T} {be} praised by {S} for {X}{W}",
        ),
        "{Sh} praises {Th}",
        physical=False,
    ),
    "announce_withdrawal": Action(
        "CONCEDE",
        (
            "{S} said {it} would withdraw {its} troops from {X}{W}",
            "{S} announced that {it} would pull {its} forces back from {X}{W}",
            "{S} said {its} troops would leave {X}{W}",
        ),
        "{Sh} to withdraw troops from {X}",
        physical=False,
        impersonal=True,
    ),
    "announce_release": Action(
        "CONCEDE",
        (
            "{S} said {it} would release {N} {T}{W}",
            "{S} announced that {it} would free {N} {T}{W}",
            "{S} said {it} {was} ready to hand back {N} {T}{W}",
        ),
        "{Sh} to release {N} {Th}",
        physical=False,
        impersonal=True,
    ),
    "lift_sanctions": Action(
        "CONCEDE",
        (
            "{S} lifted sanctions on {T}{W}",
            "{S} eased sanctions on {T}{W}",
            "{S} lifted the asset freeze on {T}{W}",
            "P:Sanctions on {T} were lifted by {S}{W}",
        ),
        "{Sh} lifts sanctions on {Th}",
        physical=False,
    ),
    "reopen_border": Action(
        "CONCEDE",
        (
            "{S} reopened {its} border with {T} at {PN}{W}",
            "{S} reopened the {PN} border crossing to traffic from {T}{W}",
            "{S} reopened the frontier with {T} {P}{W}",
        ),
        "{Sh} reopens border with {Th}",
    ),
    "withdraw": Action(
        "RETREAT",
        (
            "{S} withdrew from positions near {PN}{W}",
            "{S} pulled back from the border near {PN}{W}",
            "{S} pulled out of the disputed zone near {PN}{W}",
            "{S} completed a withdrawal from the frontier near {PN}{W}",
        ),
        "{Sh} pull back from {PN}",
    ),
    "release": Action(
        "RETREAT",
        (
            "{S} released {N} {T} {P}{W}",
            "{S} freed {N} {T} {P}{W}",
            "{S} handed back {N} {T} {P}{W}",
            "P:{N} {T} were released by {S} {P}{W}",
        ),
        "{Sh} frees {N} {Th}",
    ),
    "aid": Action(
        "AID",
        (
            "{S} delivered {X} to {T} {P}{W}",
            "{S} sent {X} to {T} {P}{W}",
            "{S} provided {X} to {T} {P}{W}",
            "{S} airlifted {X} to {T} {P}{W}",
        ),
        "{Sh} sends aid to {Th}",
    ),
    "extradite": Action(
        "COOPERATE",
        (
            "{S} extradited {X} to {T}{W}",
            "{S} handed {X} over to {T} for trial{W}",
            "{S} extradited {X} to {T} to face trial{W}",
        ),
        "{Sh} extradites rebel commander to {Th}",
        physical=False,
    ),
    "export": Action(
        "COOPERATE",
        (
            "{S} resumed electricity exports to {T}{W}",
            "{S} began selling electricity to {T} again{W}",
            "{S} restarted power exports to {T}{W}",
        ),
        "{Sh} resumes power exports to {Th}",
        physical=False,
    ),
}

# --------------------------------------------------------------------------
# The hidden timeline
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class WorldEvent:
    id: str
    day: dt.date
    action: str
    source: str
    target: str
    place: str
    outlets: int  # how many outlets report it
    params: dict[str, str] = field(default_factory=dict)
    near_duplicate_of: str | None = None
    near_duplicate_kind: str | None = None  # week_later | other_city | intended_act

    @property
    def event_type(self) -> str:
        return ACTIONS[self.action].event_type


_OUTPOSTS = {
    "X": "building military outposts inside Ecuadorian territory",
    "Y": "new military outposts inside Ecuadorian territory",
}
_ARMING = {"X": "arming the Condor Front", "Y": "its support for the Condor Front"}
_BREACH = {"X": "violating the ceasefire", "Y": "repeated violations of the ceasefire"}

# (day, action, source, target, place, outlets, tag, near-duplicate of (tag, kind), params)
_Row = tuple[str, str, str, str, str, int, str, tuple[str, str] | None, dict[str, str]]
_TIMELINE: list[_Row] = [
    # 2026: tension on the border, first clashes, sanctions, insurgency
    ("2026-04-06", "accuse", "ECU.GOV", "PER.MIL", "Quito", 3, "", None, _OUTPOSTS),
    ("2026-04-08", "reject", "PER.GOV", "ECU.GOV", "Lima", 2, "", None, {"X": "accusations"}),
    ("2026-04-14", "deploy", "PER.ARMY", "ECU", "Tumbes", 3, "", None, {"N": "2,000"}),
    ("2026-04-15", "request", "ECU.GOV", "PER.GOV", "Quito", 2, "", None, {"X": "pull its troops back from the border"}),
    ("2026-04-21", "deploy", "ECU.ARMY", "PER", "Huaquillas", 2, "", None, {"N": "1,500"}),
    ("2026-04-27", "visit", "BRA.GOV", "ECU.GOV", "Quito", 2, "", None, {}),
    ("2026-04-28", "visit", "BRA.GOV", "PER.GOV", "Lima", 2, "", None, {}),
    ("2026-05-11", "shell", "PER.MIL", "ECU.POSITIONS", "Huaquillas", 4, "shell1", None, {}),
    ("2026-05-11", "accuse", "ECU.GOV", "PER.GOV", "Quito", 3, "", None, {"X": "an unprovoked act of aggression", "Y": "the shelling of Huaquillas"}),
    ("2026-05-12", "shell", "ECU.MIL", "PER.POSITIONS", "Tumbes", 3, "", None, {}),
    ("2026-05-13", "request", "UN", "PER.GOV", "New York", 2, "", None, {"X": "halt all military operations"}),
    ("2026-05-14", "request", "OAS", "ECU.GOV", "Washington", 2, "", None, {"X": "show restraint"}),
    ("2026-05-18", "shell", "PER.MIL", "ECU.POSITIONS", "Huaquillas", 4, "shell2", ("shell1", "week_later"), {}),
    ("2026-05-18", "airstrike", "PER.AIR", "ECU.POSITIONS", "Cuenca", 3, "", ("shell2", "other_city"), {}),
    ("2026-05-20", "request", "USA.GOV", "PER.GOV", "Washington", 2, "", None, {"X": "stop the attacks"}),
    ("2026-05-22", "protest", "ECU.CVL", "PER.GOV", "Quito", 2, "", None, {}),
    ("2026-05-25", "expel", "PER.GOV", "ECU.GOV", "Lima", 3, "", None, {}),
    ("2026-05-26", "expel", "ECU.GOV", "PER.GOV", "Quito", 3, "", None, {}),
    ("2026-06-03", "aid", "ICRC", "ECU.DISPLACED", "Machala", 2, "", None, {"X": "food and medical supplies"}),
    ("2026-06-09", "visit", "BRA.GOV", "ECU.GOV", "Brasília", 2, "", None, {}),
    ("2026-06-10", "visit", "BRA.GOV", "PER.GOV", "Brasília", 2, "", None, {}),
    ("2026-06-16", "reject", "PER.GOV", "BRA.GOV", "Lima", 2, "", None, {"X": "proposal for a demilitarised zone"}),
    ("2026-06-24", "threaten", "USA.GOV", "PER.GOV", "Washington", 3, "", None, {"X": "impose sanctions on Peru", "Y": "sanctions"}),
    ("2026-07-01", "sanction", "USA.GOV", "PER.GOV", "Washington", 4, "", None, {}),
    ("2026-07-02", "accuse", "PER.GOV", "USA.GOV", "Lima", 2, "", None, {"X": "meddling in a regional dispute", "Y": "the sanctions"}),
    ("2026-07-14", "rebel_attack", "PER.REB", "PER.COP", "Piura", 3, "piura", None, {"K": "four police officers"}),
    ("2026-07-14", "rebel_attack", "PER.REB", "PER.COP", "Chiclayo", 2, "", ("piura", "other_city"), {}),
    ("2026-07-15", "accuse", "PER.GOV", "ECU.GOV", "Lima", 2, "", None, _ARMING),
    ("2026-07-16", "reject", "ECU.GOV", "PER.GOV", "Quito", 2, "", None, {"X": "allegations"}),
    ("2026-07-22", "arrest", "PER.COP", "PER.SUSPECTS", "Piura", 2, "", None, {"N": "14"}),
    ("2026-08-05", "protest", "PER.CVL", "PER.GOV.HOME", "Lima", 3, "rally1", None, {}),
    ("2026-08-06", "disperse", "PER.COP", "PER.CROWD", "Lima", 2, "", None, {}),
    ("2026-08-12", "protest", "PER.CVL", "PER.GOV.HOME", "Lima", 3, "", ("rally1", "week_later"), {}),
    ("2026-08-20", "suspend_talks", "EU", "PER.GOV", "Brussels", 2, "", None, {}),
    ("2026-09-02", "shell", "PER.MIL", "ECU.POSITIONS", "Machala", 3, "", None, {}),
    ("2026-09-09", "aid", "WFP", "ECU.DISPLACED", "Machala", 2, "", None, {"X": "emergency food rations"}),
    ("2026-09-15", "visit", "UN", "PER.GOV", "Lima", 2, "", None, {}),
    ("2026-09-16", "visit", "UN", "ECU.GOV", "Quito", 2, "", None, {}),
    ("2026-10-05", "rebel_attack", "PER.REB", "PER.MIL", "Sullana", 3, "", None, {"K": "six soldiers"}),
    ("2026-10-06", "offensive", "PER.MIL", "PER.REB", "Sullana", 2, "", None, {}),
    ("2026-10-20", "shell", "ECU.MIL", "PER.POSITIONS", "Tumbes", 3, "", None, {}),
    ("2026-10-21", "threaten", "PER.GOV", "ECU.GOV", "Lima", 2, "", None, {"X": "retaliate against Ecuador", "Y": "retaliation"}),
    ("2026-11-04", "extradite", "COL.GOV", "PER", "Lima", 2, "", None, {"X": "a senior Condor Front commander"}),
    ("2026-11-18", "aid", "USA.GOV", "ECU.DISPLACED", "Machala", 2, "", None, {"X": "$20 million in aid"}),
    ("2026-12-01", "agree", "PER.GOV", "BRA.GOV", "Lima", 2, "", None, {"X": "attend peace talks in Brasília"}),
    ("2026-12-02", "agree", "ECU.GOV", "BRA.GOV", "Quito", 2, "", None, {"X": "attend peace talks in Brasília"}),
    # 2027: talks, ceasefire, breakdown
    ("2027-01-12", "talks", "ECU.GOV", "PER.GOV", "Brasília", 3, "", None, {}),
    ("2027-01-13", "reject", "PER.GOV", "ECU.GOV", "Brasília", 2, "", None, {"X": "peace proposal"}),
    ("2027-02-08", "shell", "PER.MIL", "ECU.POSITIONS", "Huaquillas", 3, "", None, {}),
    ("2027-02-15", "protest", "ECU.CVL", "ECU.GOV.HOME", "Guayaquil", 2, "", None, {}),
    ("2027-02-16", "disperse", "ECU.COP", "ECU.CROWD", "Guayaquil", 2, "", None, {}),
    ("2027-03-01", "aid", "EU", "ECU.DISPLACED", "Machala", 2, "", None, {"X": "humanitarian aid"}),
    ("2027-04-05", "visit", "OAS", "PER.GOV", "Lima", 2, "", None, {}),
    ("2027-04-19", "agree_ceasefire", "PER.GOV", "ECU.GOV", "Lima", 4, "", None, {}),
    ("2027-04-26", "sign", "ECU.GOV", "PER.GOV", "Brasília", 4, "", None, {"X": "a ceasefire agreement"}),
    ("2027-04-27", "praise", "UN", "BRA.GOV", "New York", 2, "", None, {"X": "its mediation"}),
    ("2027-05-03", "announce_withdrawal", "ECU.GOV", "PER", "Quito", 3, "pullout", None, {"X": "Huaquillas"}),
    ("2027-05-04", "withdraw", "ECU.MIL", "PER", "Huaquillas", 3, "", ("pullout", "intended_act"), {}),
    ("2027-05-10", "announce_release", "PER.GOV", "ECU.POW", "Lima", 2, "release", None, {"N": "12"}),
    ("2027-05-11", "release", "PER.GOV", "ECU.POW", "Tumbes", 3, "", ("release", "intended_act"), {"N": "12"}),
    ("2027-05-20", "withdraw", "PER.MIL", "ECU", "Tumbes", 2, "", None, {}),
    ("2027-06-01", "lift_sanctions", "USA.GOV", "PER.GOV", "Washington", 3, "", None, {}),
    ("2027-06-15", "reopen_border", "PER.GOV", "ECU", "Aguas Verdes", 2, "", None, {}),
    ("2027-07-06", "export", "PER.GOV", "ECU", "Lima", 2, "", None, {}),
    ("2027-07-19", "threaten", "PER.REB", "PER.GOV", "Talara", 2, "oil", None, {"X": "attack oil installations on the coast", "Y": "attacks on oil installations"}),
    ("2027-07-20", "bombing", "PER.REB", "PER.COP", "Talara", 3, "", ("oil", "intended_act"), {}),
    ("2027-07-21", "accuse", "PER.GOV", "PER.REB", "Lima", 2, "", None, {"X": "terrorism", "Y": "the bombing in Talara"}),
    ("2027-09-14", "accuse", "ECU.GOV", "PER.MIL", "Quito", 2, "", None, _BREACH),
    ("2027-09-20", "shell", "PER.MIL", "ECU.POSITIONS", "Huaquillas", 4, "shell3", None, {}),
    ("2027-09-20", "airstrike", "PER.AIR", "ECU.POSITIONS", "Cuenca", 3, "", ("shell3", "other_city"), {}),
    ("2027-09-21", "break_ties", "ECU.GOV", "PER.GOV", "Quito", 3, "", None, {}),
    ("2027-09-22", "accuse", "UN", "PER.GOV", "New York", 2, "", None, {"X": "breaking the ceasefire", "Y": "the attacks on Huaquillas and Cuenca"}),
    ("2027-10-04", "freeze", "EU", "PER.OFFICIALS", "Brussels", 3, "", None, {}),
    ("2027-10-05", "threaten", "PER.GOV", "EU", "Lima", 2, "", None, {"X": "expel European diplomats", "Y": "the expulsion of its diplomats"}),
    ("2027-10-19", "protest", "PER.CVL", "PER.GOV.HOME", "Lima", 3, "rally2", None, {}),
    ("2027-10-19", "protest", "PER.CVL", "PER.GOV.HOME", "Piura", 2, "", ("rally2", "other_city"), {}),
    ("2027-11-02", "ban", "PER.GOV", "PER.CROWD", "Lima", 2, "", None, {}),
    ("2027-11-16", "protest", "ECU.CVL", "ECU.GOV.HOME", "Quito", 2, "", None, {}),
    ("2027-12-07", "request", "BRA.GOV", "PER.GOV", "Brasília", 2, "", None, {"X": "return to the talks"}),
    # 2028: back to the table, a peace accord
    ("2028-01-18", "agree", "PER.GOV", "BRA.GOV", "Lima", 2, "", None, {"X": "resume talks in Geneva"}),
    ("2028-01-19", "agree", "ECU.GOV", "BRA.GOV", "Quito", 2, "", None, {"X": "resume talks in Geneva"}),
    ("2028-02-22", "talks", "ECU.GOV", "PER.GOV", "Geneva", 3, "", None, {}),
    ("2028-03-07", "sign", "PER.GOV", "ECU.GOV", "Geneva", 4, "", None, {"X": "a peace accord"}),
    ("2028-03-08", "praise", "OAS", "BRA.GOV", "Washington", 2, "", None, {"X": "its patient mediation"}),
    ("2028-03-20", "withdraw", "PER.MIL", "ECU", "Tumbes", 3, "", None, {}),
    ("2028-04-10", "lift_sanctions", "EU", "PER.OFFICIALS", "Brussels", 2, "", None, {}),
    ("2028-05-16", "reject", "PER.REB", "PER.GOV", "Piura", 2, "", None, {"X": "offer of an amnesty"}),
]  # fmt: skip


def timeline() -> list[WorldEvent]:
    """The world events, ids W01, W02... in date order."""
    ids = {row[6]: f"W{i:02d}" for i, row in enumerate(_TIMELINE, start=1) if row[6]}
    events = []
    for i, (day, action, source, target, place, outlets, _, near, params) in enumerate(
        _TIMELINE, start=1
    ):
        events.append(
            WorldEvent(
                id=f"W{i:02d}",
                day=dt.date.fromisoformat(day),
                action=action,
                source=source,
                target=target,
                place=place,
                outlets=outlets,
                params=dict(params),
                near_duplicate_of=ids[near[0]] if near else None,
                near_duplicate_kind=near[1] if near else None,
            )
        )
    return events


TIMELINE = timeline()

# --------------------------------------------------------------------------
# Outlets and their styles
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    tag: str  # the name in a dateline
    dateline: float  # probability of a wire dateline ("QUITO, May 11 (Andean Wire) —")
    passive: float  # probability of a passive template, where the action has one
    date_front: float  # probability of "On Tuesday, ..." rather than "... on Tuesday"
    weekday: float  # preference for weekdays over month-and-day dates
    place_in_statements: float  # probability of naming where a statement was made
    lag: tuple[int, int, int]  # weights of publishing 0, 1 or 2 days after the event
    names: int  # offset into each actor's wordings: outlets prefer different ones


OUTLETS = [
    Outlet("Andean Wire", "andeanwire.example", "Andean Wire", 0.9, 0.1, 0.1, 0.9, 0.5, (6, 3, 1), 0),
    Outlet("Pacific Dispatch", "pacificdispatch.example", "Pacific Dispatch", 0.0, 0.5, 0.2, 0.4, 0.2, (2, 5, 2), 2),
    Outlet("Meridian News Agency", "meridiannews.example", "Meridian", 0.8, 0.2, 0.3, 0.2, 0.6, (5, 4, 1), 1),
    Outlet("The Continental Herald", "continentalherald.example", "Herald", 0.0, 0.3, 0.4, 0.5, 0.3, (1, 5, 3), 3),
    Outlet("Global Affairs Daily", "globalaffairsdaily.example", "GAD", 0.0, 0.2, 0.1, 0.6, 0.1, (2, 4, 3), 4),
    Outlet("Hemisphere Report", "hemispherereport.example", "Hemisphere", 0.3, 0.4, 0.5, 0.3, 0.4, (3, 4, 2), 5),
]  # fmt: skip

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

# --------------------------------------------------------------------------
# Background and opinion sentences: they report no event
# --------------------------------------------------------------------------

BACKGROUND = {
    "border": [
        "The frontier between the two countries runs for about 1,500 kilometres through coastal farmland, mountains and jungle.",
        "The disputed strip lies along the Zarumilla river, where families on both banks have long shared markets and schools.",
        "Both capitals say the line drawn after the last border settlement is being misread by the other side.",
        "Residents of the border towns say many families have moved inland in recent weeks.",
        "The border region is home to about two million people, many of whom depend on cross-border commerce.",
        "Military analysts say neither army is equipped for a long campaign in the mountains.",
    ],
    "rebels": [
        "The Condor Front emerged in the northern highlands several years ago and finances itself through illegal gold mining.",
        "Security experts estimate that the group has between 800 and 1,200 fighters.",
        "The northern provinces have some of the highest poverty rates in the country.",
        "Much of the north has been under a state of emergency since last year.",
    ],
    "diplomacy": [
        "Brazil has positioned itself as the main broker between the two neighbours.",
        "Diplomats describe the mood in both capitals as tense but not hopeless.",
        "Previous rounds ended without a joint statement.",
        "Regional leaders are wary of a conflict that could draw in other countries.",
        "The Organization of American States has a long record of involvement in border disputes in the region.",
    ],
    "sanctions": [
        "Peru's currency weakened sharply in early dealings in Lima.",
        "Economists say the measures could shave a percentage point off Peru's growth this year.",
        "Mining accounts for more than half of Peru's foreign earnings.",
        "Business groups in Lima say the crisis is already costing them dearly.",
    ],
    "protest": [
        "Opinion polls show public backing for the war falling steadily since the spring.",
        "Many of those in the crowd were students and relatives of conscripts.",
        "Organisers said the movement had no links to any political party.",
        "The interior ministry gave no figure for the number of people in the streets.",
    ],
    "aid": [
        "Aid agencies estimate that more than 60,000 people have fled their homes since the start of the crisis.",
        "Schools and churches in the provincial capital are full of families, according to local officials.",
        "The rainy season has made several roads in the area impassable.",
        "Doctors in the region report shortages of antibiotics and clean water.",
    ],
    "peace": [
        "The text foresees a joint commission to mark the disputed stretch of the border.",
        "Observers caution that similar deals in the region have often proved fragile.",
        "The text still needs the approval of both national congresses.",
    ],
    "opinion": [
        "Editorials in both countries have taken an increasingly nationalist tone.",
        "For many in the region, the crisis is the worst between the two neighbours in three decades.",
        "Critics say the government has been slow to explain its strategy to the public.",
        "The coming weeks will show whether cooler heads prevail.",
        "It is far from clear that either government has a plan for what comes next.",
        "Few believe the dispute can be settled quickly.",
    ],
    "quote": [
        '"The situation remains extremely fragile," a senior diplomat in Brasília said.',
        '"Nobody here wants this war," said a shopkeeper in the border region.',
        '"We are watching developments very closely," a European official said.',
        '"It is the civilians who pay the price," an aid worker said.',
        '"There is still room for diplomacy," said a regional analyst.',
    ],
}  # fmt: skip

_THEMES = {
    "ASSAULT": ("border", "aid", "opinion", "quote"),
    "MOBILIZE": ("border", "opinion", "quote"),
    "ACCUSE": ("diplomacy", "border", "opinion"),
    "REJECT": ("diplomacy", "opinion", "quote"),
    "REQUEST": ("diplomacy", "quote", "opinion"),
    "THREATEN": ("sanctions", "diplomacy", "opinion"),
    "SANCTION": ("sanctions", "diplomacy", "opinion"),
    "PROTEST": ("protest", "opinion", "quote"),
    "COERCE": ("protest", "rebels", "opinion"),
    "CONSULT": ("diplomacy", "quote", "opinion"),
    "AGREE": ("diplomacy", "peace", "quote"),
    "SUPPORT": ("peace", "diplomacy", "quote"),
    "CONCEDE": ("peace", "diplomacy", "sanctions"),
    "RETREAT": ("peace", "border", "quote"),
    "AID": ("aid", "quote", "opinion"),
    "COOPERATE": ("rebels", "diplomacy", "opinion"),
}

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _month_day(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}"


def date_phrase(event_day: dt.date, published: dt.date, outlet: Outlet, rng: random.Random) -> str:
    """A date expression for ``event_day`` that fits an article published on ``published``:
    none or a weekday the same day, "yesterday", a weekday within the week, else a date."""
    lag = (published - event_day).days
    if lag == 0:
        return "" if rng.random() < 0.5 else "on " + _WEEKDAYS[event_day.weekday()]
    if lag == 1 and rng.random() < 0.4:
        return "yesterday"
    if lag <= 6 and rng.random() < outlet.weekday:
        return "on " + _WEEKDAYS[event_day.weekday()]
    if lag > 6 and rng.random() < 0.3:
        return f"on {_month_day(event_day)}, {event_day.year}"
    return "on " + _month_day(event_day)


def _place_phrase(event: WorldEvent, rng: random.Random) -> str:
    name, _, country, kind = PLACES[event.place]
    if kind == "capital" or ACTIONS[event.action].event_type in {"CONSULT", "SUPPORT"}:
        return f"in {name}" if kind != "city" or rng.random() < 0.5 else f"in {name}, {country}"
    options = [f"in {name}", f"near {name}"]
    if kind == "border":
        options += [f"in the border town of {name}", f"near the border town of {name}"]
    elif country in _ADJECTIVES:
        options += [f"in {name}, {country}", f"in the {_ADJECTIVES[country]} city of {name}"]
    return rng.choice(options)


def _name(actor: Actor, outlet: Outlet, rng: random.Random, avoid: set[str]) -> str:
    """The outlet's usual wording for an actor, now and then another one."""
    names = [n for n in actor.names if n not in avoid] or list(actor.names)
    if rng.random() < 0.65:
        return names[outlet.names % len(names)]
    return rng.choice(names)


def render_event(event: WorldEvent, published: dt.date, outlet: Outlet, rng: random.Random) -> str:
    """One sentence that reports ``event`` as ``outlet`` would, published on ``published``."""
    action = ACTIONS[event.action]
    source_actor, target_actor = ACTORS[event.source], ACTORS[event.target]
    avoid = {PLACES[event.place][0]}  # never "Lima ... in Lima"
    if action.impersonal:
        avoid |= source_actor.persons
    if action.event_type == "CONSULT":  # a capital does not travel
        avoid |= {name for name, _, _, kind in PLACES.values() if kind == "capital"}
    source = _name(source_actor, outlet, rng, avoid)
    if any("{Tp}" in t for t in action.templates):  # no "Brazil's foreign ministry's"
        avoid |= {name for name in target_actor.names if "'" in name}
    target = _name(target_actor, outlet, rng, avoid | {source})
    usable = [
        t
        for t in action.templates
        if ("{K}" not in t or "K" in event.params)
        and not (source in source_actor.persons and "{it" in t)
    ]
    active = [t for t in usable if not t.startswith("P:")]
    passive = [t[2:] for t in usable if t.startswith("P:")]
    use_passive = passive and rng.random() < outlet.passive
    template = rng.choice(passive if use_passive else active)
    when = date_phrase(event.day, published, outlet, rng)
    front = ""
    if when and rng.random() < outlet.date_front:
        front, when = _cap(when) + ", ", ""
    place = ""
    if action.physical or rng.random() < outlet.place_in_statements:
        place = _place_phrase(event, rng)
    source_plural = source in source_actor.plural
    target_plural = target in target_actor.plural or "{N}" in template
    values = {
        "S": source,
        "T": target,
        "Tp": _possessive(target),
        "be": "were" if target_plural else "was",
        "was": "were" if source_plural else "was",
        "it": "they" if source_plural else "it",
        "its": "their" if source_plural else "its",
        "itself": "themselves" if source_plural else "itself",
        "P": place,
        "PN": PLACES[event.place][0],
        "W": (" " + when) if when else "",
        "X": event.params.get("X", ""),
        "Y": event.params.get("Y", ""),
        "N": event.params.get("N", "several"),
        "K": event.params.get("K", ""),
    }
    text = template.format(**values)
    if text[:1].isdigit():  # a sentence does not open with a figure
        text = "A total of " + text
    text = re.sub(r"\s+", " ", text).replace(" ,", ",").strip()
    if action.physical and "{K}" not in template and rng.random() < 0.15:
        text += rng.choice([", officials said", ", the authorities said", ", witnesses said"])
    return _cap(front + text) + "."


_HEADLINE_STYLES = {
    "Global Affairs Daily": "Ecuador-Peru crisis: {}",
    "The Continental Herald": "{}, officials say",
    "Hemisphere Report": "{} as crisis deepens",
}


def headline(event: WorldEvent, outlet: Outlet) -> str:
    text = ACTIONS[event.action].headline.format(
        Sh=ACTORS[event.source].headline,
        Th=ACTORS[event.target].headline,
        PN=PLACES[event.place][0],
        X=event.params.get("X", ""),
        Y=event.params.get("Y", ""),
        N=event.params.get("N", "several"),
    )
    text = _HEADLINE_STYLES.get(outlet.name, "{}").format(re.sub(r"\s+", " ", text).strip())
    return _cap(text)


def _dateline(event: WorldEvent, published: dt.date, outlet: Outlet) -> str:
    """A wire dateline: the place of the event, or the capital for a border town."""
    name, country, _, kind = PLACES[event.place]
    if kind == "border":
        name = {"ECU": "Quito", "PER": "Lima"}[country]
    return f"{name.upper()}, {_month_day(published)} ({outlet.tag}) — "


def _slug(text: str) -> str:
    plain = text.lower().translate(str.maketrans("áéíóú", "aeiou"))
    return "-".join(re.sub(r"[^a-z0-9 ]", "", plain).split()[:8])


@dataclass
class Article:
    id: str
    outlet: Outlet
    published: dt.date
    events: list[tuple[WorldEvent, str]]  # (world event, role)
    title: str = ""
    text: str = ""
    sentences: list[tuple[WorldEvent, str, str]] = field(default_factory=list)


def _coverage(rng: random.Random) -> list[tuple[WorldEvent, Outlet, dt.date]]:
    """Which outlets report which world event, and the day each publishes."""
    reports = []
    for event in TIMELINE:
        # A minor event is now and then left to a single outlet.
        count = 1 if event.outlets == 2 and rng.random() < 0.35 else event.outlets
        for outlet in rng.sample(OUTLETS, count):
            lag = rng.choices((0, 1, 2), weights=outlet.lag)[0]
            reports.append((event, outlet, event.day + dt.timedelta(days=lag)))
    return reports


def _related(a: WorldEvent, b: WorldEvent) -> bool:
    countries = {ACTORS[a.source].country, ACTORS[a.target].country}
    return bool(countries & {ACTORS[b.source].country, ACTORS[b.target].country})


def plan_articles(rng: random.Random) -> list[Article]:
    """The reports of one outlet on one day share an article (two events at most); some
    articles with one event then recall an earlier related one."""
    by_day: dict[tuple[dt.date, str], list[WorldEvent]] = defaultdict(list)
    for event, outlet, published in _coverage(rng):
        by_day[(published, outlet.name)].append(event)
    outlets = {o.name: o for o in OUTLETS}
    articles: list[Article] = []
    for (published, name), events in sorted(by_day.items()):
        events.sort(key=lambda e: (-e.outlets, e.id))
        for start in range(0, len(events), 2):
            lead, *follow = events[start : start + 2]
            roles = [(lead, "lead")] + [(e, "follow") for e in follow]
            if not follow and rng.random() < 0.3:
                earlier = [
                    e for e in TIMELINE if 1 <= (lead.day - e.day).days <= 10 and _related(e, lead)
                ]
                if earlier:
                    roles.append((rng.choice(earlier), "recap"))
            number = len(articles) + 1
            articles.append(Article(f"crisis-{number:04d}", outlets[name], published, roles))
    return articles


def write_article(article: Article, rng: random.Random) -> None:
    outlet, published = article.outlet, article.published
    lead = article.events[0][0]
    paragraphs: list[list[str]] = []
    for event, role in article.events:
        sentence = render_event(event, published, outlet, rng)
        article.sentences.append((event, sentence, role))
        paragraphs.append([sentence])
    pool = [s for theme in _THEMES[lead.event_type] for s in BACKGROUND[theme]]
    k = len(article.events)
    background = rng.sample(pool, min(len(pool), rng.randint(max(1, 3 - k), 8 - k)))
    paragraphs[0].append(background[0])  # the lead paragraph takes one background sentence
    rest = background[1:]
    for i in range(0, len(rest), 2):
        paragraphs.insert(rng.randint(1, len(paragraphs)), rest[i : i + 2])
    if rng.random() < outlet.dateline:
        paragraphs[0][0] = _dateline(lead, published, outlet) + paragraphs[0][0]
    article.text = "\n\n".join(" ".join(p) for p in paragraphs)
    article.title = headline(lead, outlet)


def generate(seed: int = DEFAULT_SEED) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """The corpus records and the ground-truth records."""
    rng = random.Random(seed)
    corpus: list[dict[str, str]] = []
    truth: list[dict[str, object]] = []
    for article in plan_articles(rng):
        write_article(article, rng)
        day = article.published.isoformat()
        corpus.append(
            {
                "id": article.id,
                "title": article.title,
                "date": day,
                "source": article.outlet.name,
                "url": f"https://{article.outlet.domain}/{day}/{_slug(article.title)}",
                "text": article.text,
            }
        )
        for event, sentence, role in article.sentences:
            source, target = ACTORS[event.source], ACTORS[event.target]
            truth.append(
                {
                    "article_id": article.id,
                    "sentence": sentence,
                    "world_event_id": event.id,
                    "event_type": event.event_type,
                    "source_country": source.country,
                    "target_country": target.country,
                    "date": event.day.isoformat(),
                    "place": PLACES[event.place][0],
                    "place_country": PLACES[event.place][1],
                    "source_actor": source.code,
                    "target_actor": target.code,
                    "outlet": article.outlet.name,
                    "role": role,
                    "near_duplicate_of": event.near_duplicate_of,
                    "near_duplicate_kind": event.near_duplicate_kind,
                }
            )
    return corpus, truth


def _write_jsonl(path: Path, records: list[dict[str, str]] | list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the fictional crisis corpus.")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="corpus JSONL")
    parser.add_argument("--truth", type=Path, default=DEFAULT_TRUTH, help="ground truth JSONL")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    corpus, truth = generate(args.seed)
    _write_jsonl(args.output, corpus)
    _write_jsonl(args.truth, truth)
    outlets: dict[object, set[object]] = defaultdict(set)
    for row in truth:
        outlets[row["world_event_id"]].add(row["outlet"])
    several = sum(1 for names in outlets.values() if len(names) >= 2)
    sys.stderr.write(
        f"{len(corpus)} articles, {len(truth)} event sentences, {len(outlets)} world events "
        f"({several} reported by two outlets or more) -> {args.output}, {args.truth}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
