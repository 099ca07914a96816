"""Places from the story: where events that name no place of their own happened.

The clause rules (``locate``) hang a place on an event from its own words. What they leave
unplaced, the story may still place, in this order:

1. a site the gazetteer does not know ("the Palestine Hotel") takes the coordinates of the
   place that holds it: the one known place of its sentence, else the story's place below;
2. the one place of the sentence, when it lies inside the act's own phrase ("fired on crowds
   in western Beijing"), the country that holds it aside;
3. "there" on the act: the place last named before it;
4. the one place the previous sentence's events found for themselves (the scene goes on);
5. the dateline's city, for events whose actors are of its country or of none;
6. the document's single place.

Apart (``at_the_seat``): a statement by a seat of government ("The Kremlin warned") that
names no place was made there.

A place from 4-6 is marked (``inherited:``, ``document:``) as weaker evidence: dedup never
splits a group on one. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..schema import Event, Location
from .gazetteer import Gazetteer
from .geoparse import DATELINE
from .locate import document_location, names_an_actor


def place_from_story(
    doc: Doc,
    events: list[Event],
    places: Sequence[Location],
    actor_spans: Sequence[tuple[int, int]],
) -> list[Event]:
    """``events`` (in text order) with the places their story gives them; ``places`` is the
    document's geoparse, ``actor_spans`` the spans of names used as actors."""
    if all(e.location is not None and e.location.lat is not None for e in events):
        return events
    dateline = next((p for p in places if p.method.startswith(DATELINE)), None)

    def as_actor(place: Location) -> bool:
        name = doc.char_span(place.start or 0, place.end or 0, alignment_mode="expand")
        return name is not None and names_an_actor(name, actor_spans)

    # the filing city places only the events of its own country (filed_from); a place
    # inside an actor's words is no evidence of where the whole story happened
    # ("bombed rebel positions in Idlib. Washington condemned the raids.")
    place = document_location([p for p in places if p is not dateline], actor_spans)
    if place is None and dateline is None and not places:
        return events

    def in_sentence(event: Event) -> list[Location]:
        # the dateline is no place the sentence names, even where it opens the sentence
        start, end = event.span
        return [
            p
            for p in places
            if p.start is not None and start <= p.start < end and p is not dateline
        ]

    def from_document(event: Event) -> Location | None:
        if dateline is not None and filed_from(event, dateline):
            return replace(dateline, method="document:" + dateline.method)
        return place

    def holder(event: Event, site: Location) -> Location | None:
        known = {
            (p.geonameid, p.name): p
            for p in in_sentence(event)
            if p.lat is not None and p.feature != "country" and not as_actor(p)
        }
        if len(known) == 1:
            return next(iter(known.values()))
        return from_document(event)

    def placed(event: Event) -> Event:
        site = event.location
        if site is not None and site.lat is not None:
            return event
        if site is not None:
            found = holder(event, site)
            if found is None or (site.country and site.country != found.country):
                return event
            return replace(
                event,
                location=replace(
                    site,
                    country=found.country,
                    admin1=found.admin1,
                    lat=found.lat,
                    lon=found.lon,
                    method=f"{site.method}; within {found.name} ({found.method})",
                ),
            )
        named = {
            (p.geonameid, p.name): p
            for p in in_sentence(event)
            if p.lat is not None and not as_actor(p)
        }
        # a country that holds another named place says no more than it ("Security
        # forces in Sudan fired tear gas ... outside the army headquarters in Khartoum")
        specific = [
            p
            for p in named.values()
            if not (
                p.feature == "country"
                and any(q is not p and q.country == p.country for q in named.values())
            )
        ]
        governed = [p for p in specific if _under_trigger(doc, event, p)]
        if len(specific) == 1 and governed:
            # "fired on crowds in western Beijing", "patrolled the streets of Santiago": the
            # sentence's one place, inside the act's own phrase, though the clause rules
            # could not hang it on the act ("said in Washington that ..." is not)
            only = governed[0]
            return replace(
                event, location=replace(only, method="sentence:single-place; " + only.method)
            )
        there = _there(doc, event)
        if there is not None:
            earlier = [
                p for p in places
                if p.start is not None and p.start < there and p.lat is not None
                and p is not dateline and not as_actor(p)
            ]  # fmt: skip
            if earlier:
                # "the ceasefire they signed there": the place last named
                last = earlier[-1]
                return replace(event, location=replace(last, method="parse:there; " + last.method))
        if named:
            return event  # the clause rules weighed the sentence's places and chose none
        before = own_places.get(event.sentence_id - 1, {})
        if len(before) == 1 and filed_from(event, next(iter(before.values()))):
            # "... rallied in October Square in central Minsk. Police detained dozens of
            # protesters": the scene goes on in the next sentence
            last = next(iter(before.values()))
            return replace(
                event,
                location=replace(last, method="inherited:previous-sentence; " + last.method),
            )
        found = from_document(event)
        return event if found is None else replace(event, location=found)

    # places each sentence's events found for themselves, which the next sentence may inherit
    own_places: dict[int, dict[tuple[int | None, str], Location]] = {}
    out = []
    for event in events:
        event = placed(event)
        where = event.location
        if (
            where is not None
            and where.lat is not None
            and where.method.startswith(("parse", "sentence:"))
        ):
            own_places.setdefault(event.sentence_id, {})[(where.geonameid, where.name)] = where
        out.append(event)
    return out


def filed_from(event: Event, dateline: Location) -> bool:
    """Whether an event that names no place of its own happened where the story was filed:
    its actors are of the dateline's country, or of none ("KABUL - Gunmen killed two
    policemen"); a foreign act reported from a capital is not ("WASHINGTON - Israeli jets
    struck Gaza")."""
    countries = {
        a.country
        for a in (event.source, event.target)
        if a is not None and a.country and len(a.country) == 3 and a.country.isalpha()
    }
    return not countries or dateline.country in countries


def _there(doc: Doc, event: Event) -> int | None:
    """Where "there" modifies the event's trigger ("signed there", "clashes there"), its
    offset; else None."""
    trigger = doc.char_span(event.trigger.start, event.trigger.start + 1, alignment_mode="expand")
    if trigger is None:
        return None
    head = trigger.root
    for token in head.children:
        if token.lower_ == "there" and token.dep_ == "advmod":
            return token.idx
    return None


def _under_trigger(doc: Doc, event: Event, place: Location) -> bool:
    """Whether a place name lies in the phrase its event's trigger heads, and is not an
    owner ("Russia's banks")."""
    # the trigger's first word: the words of "the ban was lifted" run backwards
    trigger = doc.char_span(event.trigger.start, event.trigger.start + 1, alignment_mode="expand")
    name = doc.char_span(place.start or 0, place.end or 0, alignment_mode="expand")
    if trigger is None or name is None or name.root.dep_ == "poss":
        return False
    head = trigger.root
    # "In Algiers, troops surrounded mosques ... and arrested preachers": a conjoined act
    # shares what the first one's phrase says
    phrase = head.head if head.dep_ == "conj" else head
    return name.root.i in {t.i for t in phrase.subtree}


def at_the_seat(event: Event, gazetteer: Gazetteer) -> Event:
    """ "The Kremlin warned", "the White House condemned": a statement by a seat of
    government (a district of the gazetteer that the actor dictionary knows by the same
    name) that names no place of its own was made there."""
    source = event.source
    if event.location is not None or source is None or event.quad_class not in (1, 3):
        return event
    if not source.resolution.startswith("dictionary"):
        return event
    name = re.sub(r"^the\s+", "", source.text, flags=re.IGNORECASE)
    seats = [p for p in gazetteer.candidates(name)[:1] if p.feature == "district"]
    if not seats:
        return event
    return replace(
        event, location=seats[0].located(source.start, source.end, "actor:seat; gazetteer:district")
    )
