"""Cities the entity recogniser took for people or titles, or left unlabelled: "Russian
troops shelled Grozny" (PERSON), "missiles struck Kharkiv and Odesa" (WORK_OF_ART), "bombs
on districts of eastern Aleppo" (no label).

The small spaCy model often mislabels a bare city name when nothing around it says place.
Such a name is made a place (GPE) again when the gazetteer knows a city of at least
``MIN_POPULATION`` people by that very name, no person dictionary knows it, and the
sentence uses it as a place: after a preposition of place or direction ("fighting in
Kharkiv", "fled from Mosul"), as what an attack falls on ("struck Kharkiv"), or, for a
name with no label, in the "of" phrase of a place noun ("districts of Aleppo"). Names
joined by "and" are taken one by one. Pure: it only relabels the entities of the Doc it
is given.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer, normalise_name
from .locate import place_nouns

# A surname shared with a town is common; with a city of this size, rarer.
MIN_POPULATION = 100_000
_MISTAKEN_LABELS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT"})
_PLACE_PREPS = frozenset({
    "in", "at", "near", "inside", "outside", "around", "into", "through", "throughout",
    "from", "to", "towards", "toward",
})  # fmt: skip


def restore_cities(
    doc: Doc,
    gazetteer: Gazetteer,
    names_a_person: Callable[[Span], bool],
    strikes_places: Callable[[Token], bool],
) -> list[Span]:
    """Relabel as GPE the mislabelled entities of ``doc``, and label the unlabelled names,
    that are cities used as places; the new GPE spans. ``names_a_person``: whether a
    dictionary knows the name as a person's; ``strikes_places``: whether a verb's object
    may be a place it strikes."""
    replaced: list[Span] = []
    restored: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in _MISTAKEN_LABELS or not _used_as_place(ent, strikes_places):
            continue
        names = _names_in(ent)
        if names and all(_a_city(name, gazetteer) and not names_a_person(name) for name in names):
            replaced.append(ent)
            restored += [Span(doc, n.start, n.end, label="GPE") for n in names]
    restored += _unlabelled_cities(doc, gazetteer, names_a_person, strikes_places)
    if restored:
        keep = [e for e in doc.ents if e not in replaced]
        doc.ents = sorted([*keep, *restored], key=lambda e: e.start)
    return restored


def _unlabelled_cities(
    doc: Doc,
    gazetteer: Gazetteer,
    names_a_person: Callable[[Span], bool],
    strikes_places: Callable[[Token], bool],
) -> list[Span]:
    """Names the recogniser gave no label at all ("bombs on districts of eastern Aleppo")
    that are cities used as places, as GPE spans."""
    found: list[Span] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ not in ("pobj", "dobj"):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
            start -= 1
        name = doc[start : token.i + 1]
        if any(t.ent_type_ for t in name):
            continue
        governor = token.head
        of_a_site = governor.lower_ == "of" and governor.head.lemma_.lower() in place_nouns()
        if not (_used_as_place(name, strikes_places) or of_a_site):
            continue
        if _a_city(name, gazetteer) and not names_a_person(name):
            found.append(Span(doc, name.start, name.end, label="GPE"))
    return found


def _names_in(ent: Span) -> list[Span]:
    """The proper-name runs of ``ent``, split at "and" and commas; none if it holds other
    words."""
    names: list[Span] = []
    start = ent.start
    for token in ent:
        if token.pos_ == "PROPN":
            continue
        if token.dep_ not in ("cc", "punct"):
            return []
        if token.i > start:
            names.append(ent.doc[start : token.i])
        start = token.i + 1
    if ent.end > start:
        names.append(ent.doc[start : ent.end])
    return names


def _used_as_place(ent: Span, strikes_places: Callable[[Token], bool]) -> bool:
    root = ent.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head  # "struck Kharkiv and Odesa"
    return (root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS) or (
        root.dep_ == "dobj" and strikes_places(root.head)
    )


def _a_city(name: Span, gazetteer: Gazetteer) -> bool:
    key = normalise_name(name.text)
    return any(
        p.feature == "city" and p.population >= MIN_POPULATION and normalise_name(p.name) == key
        for p in gazetteer.candidates(name.text)
    )
