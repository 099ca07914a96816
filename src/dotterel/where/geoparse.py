"""Geoparse a parsed document: every place name, resolved with the offline gazetteer.

Candidates are disambiguated by the document's country context: the countries of the places
that resolve without ambiguity (and country names themselves) vote, then the gazetteer's
order decides (countries, then population; see ``gazetteer``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..schema import Location
from .gazetteer import Gazetteer

PLACE_LABELS = ("GPE", "LOC", "FAC")


def geoparse(doc: Doc, gazetteer: Gazetteer) -> list[Location]:
    """Every place entity in ``doc`` that the gazetteer knows, in text order."""
    spans = [ent for ent in doc.ents if ent.label_ in PLACE_LABELS]
    candidates = {ent.start_char: gazetteer.candidates(ent.text) for ent in spans}
    context: Counter[str] = Counter()
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
        else:
            place, how = options[0], "gazetteer:population"
        found.append(place.located(ent.start_char, ent.end_char, how))
    return found
