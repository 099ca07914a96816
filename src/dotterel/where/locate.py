"""Choose an event's location from the parse.

A place that the trigger, or a verb above it in the same clause, takes as object
or governs through a locative preposition ("raided homes in Sadr City", "attack on
Mosul"); never a place named as an actor, nor one from another clause. Among a name's candidates, one in a
country the document's actors belong to wins, then the most populous.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from ..schema import Location
from .gazetteer import Gazetteer, Place

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE_PREPS = {
    "in",
    "at",
    "near",
    "into",
    "inside",
    "outside",
    "across",
    "around",
    "on",
    "from",
    "to",
    "toward",
    "towards",
}


# The small NER model often labels a place it does not know as a person or an
# organisation; after a locative preposition, the gazetteer may vouch for it instead.
_MISLABELLED_PLACE = {"ORG", "PERSON", "NORP"}


def _entity_of(token: Token, gazetteer: Gazetteer | None = None) -> Span | None:
    """The place entity ``token`` belongs to. With a ``gazetteer``, also an entity
    labelled otherwise whose name the gazetteer knows as a place."""
    label = token.ent_type_
    if label not in _PLACE_LABELS and (gazetteer is None or label not in _MISLABELLED_PLACE):
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            if label in _PLACE_LABELS:
                return ent
            assert gazetteer is not None
            if label == "PERSON" and _names_a_person(ent):
                return None  # "requests from Ban" after "Ban Ki-moon": the man, not a town
            places = gazetteer.candidates(ent.text)
            return ent if places and places[0].feature != "country" else None
    return None


def _inside_clause(token: Token, top: Token) -> bool:
    """Whether a verb (a participle or relative clause) stands between ``token`` and ``top``."""
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if token.i != top.i and token.pos_ in ("VERB", "AUX"):
            return True
    return False


def _names_a_person(ent: Span) -> bool:
    """Whether the document names a person of whom ``ent`` is a part ("Ban" of "Ban
    Ki-moon")."""
    words = ent.text.split()
    return any(
        other.label_ == "PERSON"
        and other.start != ent.start
        and all(w in other.text.replace("-", " ").split() + other.text.split() for w in words)
        for other in ent.doc.ents
    )


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs above it in the same clause (xcomp, conj, advcl)."""
    chain = [trigger]
    token = trigger
    while token.dep_ in ("xcomp", "conj", "advcl", "acl") and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _pick(candidates: list[Place], countries: Collection[str]) -> tuple[Place, str] | None:
    if not candidates:
        return None
    for place in candidates:
        if place.country in countries:
            return place, "gazetteer:document-country"
    return candidates[0], "gazetteer:population" if len(candidates) > 1 else "gazetteer:unique"


def _location(
    ent: Span, gazetteer: Gazetteer, countries: Collection[str], how: str
) -> Location | None:
    picked = _pick(gazetteer.candidates(ent.text), countries)
    if picked is None:
        # A place the parse attaches to the event but the gazetteer lacks (a village, a
        # checkpoint's name): keep its name and span, with no coordinates to invent.
        return Location(
            ent.text, None, None, None, None, None, None, ent.start_char, ent.end_char,
            f"{how}; gazetteer:unknown",
        )  # fmt: skip
    place, chosen = picked
    return place.located(ent.start_char, ent.end_char, f"{how}; {chosen}")


def locate_event(
    trigger: Token,
    actor_offsets: Collection[tuple[int, int]],
    gazetteer: Gazetteer,
    countries: Collection[str],
) -> Location | None:
    """The event's place, or None when the sentence names none.

    ``actor_offsets`` are the spans of the event's actors: a place named as an actor
    ("Washington said") is not where the event happened.
    """

    def is_actor(ent: Span) -> bool:
        return any(
            s <= ent.start_char < e or ent.start_char <= s < ent.end_char for s, e in actor_offsets
        )

    # A place that is the trigger's object ("attacked Mosul"), then places it (or its
    # object) governs through a locative preposition ("raided homes in Sadr City"),
    # then the same for the verbs above it in its own clause ("plans to attack ... in
    # Mosul"). Reported speech is a boundary: in "In Washington, Bush said Russia
    # invaded Georgia", Washington is where he spoke.
    for head in _clause_chain(trigger):
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        # Only the trigger's own object is where it happened: a verb above it has its own
        # ("accused Russia of ... and called on Western governments": not in Russia).
        for obj in objects if head.i == trigger.i else []:
            ent = _entity_of(obj)
            if ent is not None and not is_actor(ent):
                loc = _location(ent, gazetteer, countries, "parse:object")
                if loc is not None:
                    return loc
        # The parser often hangs the place on the passive's agent: "was shelled by troops
        # in the border town of X".
        agents = [
            pobj
            for by in head.children
            if by.dep_ == "agent"
            for pobj in by.children
            if pobj.dep_ == "pobj"
        ]
        for governor in [head, *objects, *agents]:
            for prep in governor.children:
                if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE_PREPS:
                    continue
                for pobj in prep.children:
                    for token in pobj.subtree:
                        if _inside_clause(token, pobj):
                            continue  # "a package of sanctions targeting Russia's banks"
                        ent = _entity_of(token, gazetteer)
                        if ent is not None and not is_actor(ent):
                            loc = _location(ent, gazetteer, countries, f"parse:{prep.lower_}")
                            if loc is not None:
                                return loc
    return None


def _within(inner: Location, outer: Location) -> bool:
    """Whether ``outer`` is a division or city that holds ``inner``: a division holds the
    places of its country and admin1, a city the districts about 20 km around it."""
    if inner is outer or inner.country != outer.country:
        return False
    if outer.feature == "region":
        return inner.feature != "region" and inner.admin1 == outer.name
    if outer.feature == "city" and inner.feature == "district":
        if inner.lat is None or inner.lon is None or outer.lat is None or outer.lon is None:
            return False
        return abs(inner.lat - outer.lat) < 0.2 and abs(inner.lon - outer.lon) < 0.25
    return False


def _identity(place: Location) -> tuple[int | None, str, str | None, str | None]:
    # Districts and divisions have no GeoNames id: a place is also what it is called.
    return (place.geonameid, place.name, place.country, place.feature)


def document_location(
    places: Sequence[Location], actor_spans: Collection[tuple[int, int]]
) -> Location | None:
    """The document's single place, when it names only one (not counting place names used
    as actors, nor a division or city that holds another named place: "Shujaiya in Gaza
    City" and "Mosul, Nineveh" are one place each): the location of events that name none
    of their own."""
    named = [
        p
        for p in places
        if p.start is not None
        and not any(s <= p.start < e or p.start <= s < (p.end or p.start) for s, e in actor_spans)
    ]
    local = [p for p in named if p.feature != "country"]
    local = [p for p in local if not any(_within(q, p) for q in local)]
    cities = {_identity(p): p for p in local}
    countries = {_identity(p): p for p in named if p.feature == "country"}
    if len(cities) == 1:
        only = next(iter(cities.values()))
    elif not cities and len(countries) == 1:
        only = next(iter(countries.values()))
    else:
        return None
    return replace(only, method="document:single-place; " + only.method)
