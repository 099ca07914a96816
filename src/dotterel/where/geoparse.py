"""Geoparse a parsed document: every place name, resolved with the offline gazetteer.

Candidates are disambiguated by the document's country context: the countries of the places
that resolve without ambiguity (and country names themselves) vote, then the gazetteer's
order decides (countries, then population; see ``gazetteer``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from spacy.tokens import Doc, Span

from ..clean.dateline import DATELINE_PLACE, MONTHS
from ..schema import Location
from .gazetteer import DOMINANCE, Gazetteer, Place

PLACE_LABELS = ("GPE", "LOC", "FAC")
DATELINE = "dateline"  # the method of a story's dateline place


def _dateline_span(doc: Doc, gazetteer: Gazetteer) -> tuple[Span, list[Place]] | None:
    """The dateline's place name ("MANILA", tagged or not) and the gazetteer's places of
    that name, narrowed to the country or state after it ("AMMAN, Jordan") when one is
    named; None without a dateline the gazetteer knows."""
    match = DATELINE_PLACE.match(doc.text)
    if match is None:
        return None
    group = "name" if match.group("name") else "title"
    span = doc.char_span(match.start(group), match.end(group), alignment_mode="contract")
    if span is None:
        return None
    # a place entity there is the dateline; "BEIRUT" tagged ORG is a place all the same
    tagged = next(
        (
            e
            for e in doc.ents
            if e.start < span.end and span.start < e.end and e.label_ in PLACE_LABELS
        ),
        None,
    )
    span = tagged or span
    options = gazetteer.candidates(span.text)
    within = match.group("within") or match.group("title_within")
    bare = group == "title" and doc.text[match.end() :].lstrip()[:1] in ("-", "\u2013", "\u2014")
    if bare and not (within and gazetteer.candidates(within)):
        return None  # "Herat, Afghanistan - " is a dateline only if Afghanistan is a place
    if within and within.lower() not in MONTHS:
        # "AMMAN, Jordan": the named country or state settles it, and vouches for a
        # small town of its name ("CHEPTAIS, Kenya")
        holders = gazetteer.candidates(within)
        if holders and holders[0].country:
            options = options + gazetteer.towns(span.text, {holders[0].country})
        held = [
            p
            for p in options
            if holders and (p.country == holders[0].country or p.admin1 == holders[0].name)
        ]
        options = held or options
    if not options:
        return None
    return span, options


def geoparse(doc: Doc, gazetteer: Gazetteer, countries: Collection[str] = ()) -> list[Location]:
    """Every place entity in ``doc`` that the gazetteer knows, in text order, and a dateline
    place the entity recogniser missed (method ``dateline``). ``countries`` (the actors',
    say) join the countries of the places named without doubt as the story's context.

    Small towns are left out here, but for a dateline that names its country: as plain
    names they were right a third of the time on GeoWebNews; an event's own place
    phrase may still name one (``locate``)."""
    spans = [ent for ent in doc.ents if ent.label_ in PLACE_LABELS]
    candidates = {ent.start_char: gazetteer.candidates(ent.text) for ent in spans}
    dateline = _dateline_span(doc, gazetteer)
    if dateline is not None:
        span, options = dateline
        if span not in spans:
            spans.insert(0, span)
        candidates[span.start_char] = options
    context: Counter[str] = Counter(countries)
    for options in candidates.values():
        # One country for all candidates (Baghdad the city and the governorate) is no doubt.
        unambiguous = len({p.country for p in options}) == 1 or (
            options and options[0].feature == "country"
        )
        if unambiguous and options[0].country:
            context[options[0].country] += 1
    found: list[Location] = []
    for ent in spans:
        options = candidates[ent.start_char]
        if not options:
            continue
        rank = {id(p): i for i, p in enumerate(options)}
        in_context = [p for p in options if p.country and context[p.country]]
        if len(options) == 1:
            place, how = options[0], "gazetteer:unique"
        elif in_context:
            place = max(in_context, key=lambda p: (context[p.country or ""], -rank[id(p)]))
            how = "gazetteer:document-country"
            if (
                dateline is not None
                and ent == dateline[0]
                and options[0].population > place.population * DOMINANCE
            ):
                # A bare dateline names the city its readers know: "MONROVIA" in a story
                # that names the U.S. often is still Liberia's capital.
                place, how = options[0], "gazetteer:population"
        else:
            place, how = options[0], "gazetteer:population"
        if dateline is not None and ent == dateline[0]:
            how = f"{DATELINE}; {how}"
        found.append(place.located(ent.start_char, ent.end_char, how))
    return found
