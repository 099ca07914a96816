"""Choose an event's location from the parse.

A place that the trigger, or a verb above it in the same clause, takes as object
or governs through a locative preposition ("raided homes in Sadr City", "attack on
Mosul"); never a place named as an actor, nor one from another clause. Among a name's candidates, one in a
country the document's actors belong to wins, then the most populous.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors.knowledge import demonym_countries
from ..errors import DataError
from ..resources import data_table
from ..schema import Location
from .gazetteer import DOMINANCE, Gazetteer, Place, normalise_name

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
    "through",
    "throughout",
    "within",
    "along",
    # An act the event happened during names its place: "killed during a raid on X".
    "during",
    "over",
}


# The small NER model often labels a place it does not know as a person or an
# organisation; after a locative preposition, the gazetteer may vouch for it instead.
_MISLABELLED_PLACE = {"ORG", "PERSON", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT"}


def _entity_of(token: Token, gazetteer: Gazetteer | None = None) -> Span | None:
    """The place entity ``token`` belongs to. With a ``gazetteer``, also an entity
    labelled otherwise whose name the gazetteer knows as a place."""
    label = token.ent_type_
    if label not in _PLACE_LABELS and (gazetteer is None or label not in _MISLABELLED_PLACE):
        return None
    ent = _entity_span(token)
    if label in _PLACE_LABELS:
        return ent
    assert gazetteer is not None
    if label == "PERSON" and _names_a_person(ent):
        return None  # "requests from Ban" after "Ban Ki-moon": the man, not a town
    if _unless_group(ent) is None:
        return None  # "Mr. Obama" is not the Japanese town, "U.N." not the Indian one
    places = gazetteer.candidates(ent.text)
    return ent if places and places[0].feature != "country" else None


def _entity_span(token: Token) -> Span:
    """The named entity ``token`` is part of, read from its IOB tags (``doc.ents`` builds
    every entity of the document on each call)."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


# Prepositions that say where something happened rather than whom it touched: after them
# a proper name the gazetteer lacks is still a place ("in Buni Yadi", "at Ramses Square").
# "on", "to" and "from" also take targets and partners ("attack on Hamas"), so they do not.
_SITE_PREPS = {
    "in", "at", "near", "inside", "outside", "around", "across", "into", "through",
    "throughout", "within", "along",
}  # fmt: skip
# Prepositions of those an act involves besides its object ("talks with", "clashes
# between", "fighting against").
_PARTNER_PREPS = {"with", "between", "among", "against"}
# Labels that never name a place, even one the NER model has not heard of.
_NEVER_PLACE = {
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE",
    "WORK_OF_ART", "LAW", "EVENT", "NORP", "PRODUCT",
}  # fmt: skip
# Before a place noun, any other label may be the NER model's mistake ("the Zafraniya
# district", labelled an event); a nationality is not ("a Rohingya neighbourhood").
_NOT_A_NAMED_PLACE = {
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE",
}  # fmt: skip


# Which unknown proper names may be places: after a site preposition, any the NER model
# did not label as a date, number, nationality and the like ("in Buni Yadi", "at Ramses
# Square", often labelled ORG or PERSON); as a site verb's object, only an unlabelled one
# ("stormed Maaloula", but not "captured Hambali"); as the object of a verb that only
# ever takes territory, any, as after a site preposition ("besieged Kobani", often
# labelled a person or organisation).
AFTER_SITE_PREP = "after-site-preposition"
SITE_OBJECT = "site-object"
ACT_ON = "after-on-an-act"
PLACE_NOUN = "place-noun-modifier"  # "the Zafraniya district", however it is labelled


def _unknown_after(prep: Token, governor: Token) -> str | None:
    """Which unknown names may be places after ``prep``: after a site preposition, any;
    after "on" an act's noun ("an offensive on Tal Mustawi"), any but an organisation's,
    which is the act's target ("an attack on Hamas"); after other prepositions, none."""
    if prep.lower_ in _SITE_PREPS:
        return AFTER_SITE_PREP
    if prep.lower_ in ("to", "into") and governor.lemma_.lower() in _site_words().motions:
        return AFTER_SITE_PREP  # "would fly tents to Osh", whatever the NER model says
    if prep.lower_ == "on" and governor.pos_ == "NOUN":
        return ACT_ON
    return None


def _unknown_site(token: Token, where: str) -> Span | None:
    """The proper name ``token`` belongs to, as a place that the NER model and gazetteer
    missed."""
    if token.pos_ != "PROPN" or token.dep_ == "poss":
        return None
    if token.ent_type_ in (_NOT_A_NAMED_PLACE if where == PLACE_NOUN else _NEVER_PLACE):
        return None
    if where == SITE_OBJECT and token.ent_type_:
        return None
    if where == ACT_ON and token.ent_type_ == "ORG":
        return None

    for above in token.ancestors:
        if above.dep_ == "prep":
            break
        if above.dep_ == "poss":
            return None  # "in Obama's speech": the possessor is not the site
    doc = token.doc
    if token.ent_type_:
        ent = _entity_span(token)
        return None if ent.label_ == "PERSON" and _names_a_person(ent) else _unless_group(ent)
    start = end = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and not doc[end + 1].ent_type_:
        end += 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.ent_type_ and start <= before.head.i <= end:
        return None  # the tail of a longer name: "State" of "Islamic State"
    return _unless_group(doc[start : end + 1])


def _unless_group(name: Span) -> Span | None:
    """``name``, unless its last word, or the word heading the longer name it is part
    of, makes it a group's ("the Freedom and Justice Party"), a word before it a
    person's ("Mr. Obama"), or it is an acronym ("U.N.")."""
    groups = _site_words().groups
    head = name[-1]
    while head.dep_ in ("compound", "nmod", "conj", "cc") and head.head.pos_ == "PROPN":
        head = head.head
    before = name.doc[name.start - 1] if name.start > 0 else None
    if name[-1].lower_.rstrip(".") in groups or head.lower_ in groups:
        return None
    if before is not None and before.lower_.rstrip(".") in groups:
        return None
    if name.text.replace(".", "").replace(" ", "").isupper():
        return None
    return name


def _phrase_order(top: Token) -> list[Token]:
    """The tokens of ``top``'s phrase, nearest the head first: a place noun's own name
    before the places that hold it ("in Mogadishu's Wadajir district", "in the town of X
    in Y province"); possessors last and nothing inside a clause ("a package of sanctions
    targeting Russia's banks")."""
    order: list[Token] = []
    later: list[Token] = []
    queue = [top]
    while queue:
        token = queue.pop(0)
        order.append(token)
        for child in token.children:
            if child.pos_ in ("VERB", "AUX") and child.i != top.i:
                continue
            (later if child.dep_ == "poss" else queue).append(child)
        if not queue and later:
            queue, later = later, []
    return order


def _name_of(token: Token, gazetteer: Gazetteer, unknown: str | None) -> Span | None:
    # After "on" an act, an organisation is its target even when a town shares the name
    # ("an attack on Hamas").
    vouch = not (unknown == ACT_ON and token.ent_type_ == "ORG")
    ent = _entity_of(token, gazetteer if vouch else None)
    if ent is None and unknown is not None:
        ent = _unknown_site(token, unknown)
    if ent is None and unknown is not None:
        ent = _site_name(token)
    return ent


def _site_name(token: Token) -> Span | None:
    """The proper name ``token`` belongs to when its last word names a kind of place
    ("Bama Town", "Heart Hospital"), whatever the NER model labelled it."""
    if token.pos_ != "PROPN" or token.ent_type_ in _NEVER_PLACE - {"PRODUCT", "WORK_OF_ART"}:
        return None
    doc = token.doc
    name = _entity_span(token) if token.ent_type_ else None
    if name is None:
        start = end = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        name = doc[start : end + 1]
    if len(name) < 2 or name[-1].lower_ not in _site_words().nouns:
        return None
    return name


def _place_in_phrase(
    top: Token, gazetteer: Gazetteer, unknown: str | None, whole: bool = True
) -> Span | None:
    """The place the noun phrase headed by ``top`` names, if any. ``unknown``: where a
    proper name neither the NER model nor the gazetteer knows may be one (None: never).
    ``whole``: search the whole phrase, not only its head ("met the president of France"
    is not in France)."""
    fallback = None
    for token in _phrase_order(top) if whole else [top]:
        if _country_of_unnamed_city(token, gazetteer) is not None:
            return token.doc[token.i : token.i + 1]  # "in Kazakhstan's largest city"
        ent = _place_noun_name(token, gazetteer) or _name_of(token, gazetteer, unknown)
        if ent is None:
            continue
        if ent.label_ != "ORG" or _entity_of(ent.root, gazetteer) is not None:
            return ent
        # An unknown organisation's name after "at" or "outside" is often a building
        # ("outside the United States Consulate in Sao Paulo"): a named town in the
        # phrase says more.
        fallback = fallback or ent
    return fallback


# Units that make the place after "of" or "from" a distance's reference point, not the
# place itself: "300 km north-east of Bamako", "a town 40 miles from Kabul".
_DISTANCE_UNITS = {
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
}


def _a_bearing_from(token: Token) -> bool:
    """Whether ``token`` is the point a distance is measured from. ("in the east of
    Congo" is a part of Congo: no distance, no bearing.)"""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False
    governor = prep.head
    return governor.lower_ in _DISTANCE_UNITS or any(
        c.lower_ in _DISTANCE_UNITS for c in governor.subtree if c.i < prep.i
    )


def _place_noun_name(token: Token, gazetteer: Gazetteer) -> Span | None:
    """The name a place noun gives its place: "the Sayidda Zaynab district of Damascus":
    the district; "the Gaza town of Rafah": Rafah. A modifier that names a country or
    division holds the place rather than naming it."""
    if not _is_place_noun(token):
        return None
    own = next(
        (n for c in token.children if c.dep_ == "compound"
         for n in [_name_of(c, gazetteer, AFTER_SITE_PREP) or _unknown_site(c, PLACE_NOUN)]
         if n is not None),
        None,
    )  # fmt: skip
    of = next(
        (n for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
         for pobj in c.children if pobj.dep_ == "pobj" and not _a_bearing_from(pobj)
         for n in [_name_of(pobj, gazetteer, AFTER_SITE_PREP)] if n is not None),
        None,
    )  # fmt: skip
    if own is not None and of is not None:
        # The smaller place is the one the noun names: a country, division or city
        # holds a town or district; a name the gazetteer lacks is the smallest.
        return of if _size(of, gazetteer) <= _size(own, gazetteer) else own
    return own or of


_SIZE = {"district": 1, "city": 2, "region": 3, "country": 4}


def _size(name: Span, gazetteer: Gazetteer) -> int:
    place = next(iter(gazetteer.candidates(name.text)), None)
    return 0 if place is None else _SIZE.get(place.feature, 2)


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


@dataclass(frozen=True)
class _SiteWords:
    verbs: dict[str, str]  # lemma -> which unknown objects: any | unlabelled
    nouns: frozenset[str]
    groups: frozenset[str]
    motions: frozenset[str]
    owned: frozenset[str]


def place_nouns() -> frozenset[str]:
    """Nouns naming a kind of place, whose "of" phrase names the place ("the town of X")."""
    return _site_words().nouns


@lru_cache(maxsize=1)
def _site_words() -> _SiteWords:
    rows = data_table("site_words.tsv")
    for i, row in enumerate(rows, start=2):
        if row["kind"] not in ("verb", "noun", "group", "motion", "owned") or (
            row["kind"] == "verb" and row["objects"] not in ("any", "unlabelled")
        ):
            raise DataError(f"site_words.tsv: bad kind or objects in row {i}: {row}")
    return _SiteWords(
        {r["word"]: r["objects"] for r in rows if r["kind"] == "verb"},
        frozenset(r["word"] for r in rows if r["kind"] == "noun"),
        frozenset(r["word"] for r in rows if r["kind"] == "group"),
        frozenset(r["word"] for r in rows if r["kind"] == "motion"),
        frozenset(r["word"] for r in rows if r["kind"] == "owned"),
    )


def _shared_subject_conjuncts(verb: Token) -> list[Token]:
    """Verbs conjoined to ``verb`` that have no subject of their own."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """``tokens`` and the nouns conjoined to them ("a post and a building in X")."""
    return [*tokens, *(c for token in tokens for c in token.conjuncts)]


def _clause_chain(trigger: Token) -> list[Token]:
    """The trigger and the verbs above it in the same clause (xcomp, conj, advcl); above
    an event noun that is a subject, its verb ("talks opened in San Jose", "the attack
    took place near X")."""
    chain = [trigger]
    token = trigger
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.head.pos_ in ("VERB", "AUX")
    ):
        token = trigger.head
        chain.append(token)
    while token.dep_ in ("xcomp", "conj", "advcl", "acl") and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def names_an_actor(ent: Span, actor_offsets: Collection[tuple[int, int]]) -> bool:
    """Whether the place name ``ent`` lies in an actor's name ("Washington said", "the
    Kabul government"), and so says nothing of where the act happened. A place phrase
    inside the actor's words locates the actor, and the act with it: "fired at
    protesters in Minsk", "held talks with clerics in Baghdad"."""
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in _SITE_PREPS:
        return False
    prep = ent.root.head
    if (
        ent.root.dep_ == "pobj"
        and prep.lower_ in ("to", "into")
        and prep.head.lemma_.lower() in _site_words().motions
    ) or (ent.root.dep_ == "dobj" and prep.lemma_.lower() in _site_words().motions):
        return False  # "will travel to Kathmandu", "will visit Honiara": where it happens
    if ent.root.dep_ == "pobj" and prep.lower_ == "of" and _is_place_noun(prep.head):
        return False  # "captured the town of Baidoa": the target is the place
    if ent.root.dep_ in ("compound", "amod", "nmod", "poss") and (
        prep.lemma_.lower() in _site_words().owned
    ):
        return True  # "marched to the US embassy": whose embassy, not where it is
    if ent.root.dep_ == "npadvmod" and prep.tag_ == "VBN":
        return True  # "US-backed rebels", "Saudi-led forces": who backs them
    return any(
        s <= ent.start_char < e or ent.start_char <= s < ent.end_char for s, e in actor_offsets
    )


def _is_place_noun(token: Token) -> bool:
    nouns = _site_words().nouns
    # the lemma of "outskirts" is "outskirt", which names no place
    return token.pos_ == "NOUN" and (token.lemma_.lower() in nouns or token.lower_ in nouns)


def _pick(
    candidates: list[Place], countries: Collection[str], small: bool = False
) -> tuple[Place, str] | None:
    """The candidate the story's ``countries`` choose; ``small``: the text calls the place a
    town or village, so no far bigger namesake abroad overrides them."""
    if not candidates:
        return None
    for place in candidates:
        # The document's countries decide, unless a far bigger place has the name ("the
        # deal was announced in Vienna" in an article about Iran and the United States).
        if place.country in countries and (
            small or place.population * DOMINANCE >= candidates[0].population
        ):
            return place, "gazetteer:document-country"
    return candidates[0], "gazetteer:population" if len(candidates) > 1 else "gazetteer:unique"


def _location(
    ent: Span, gazetteer: Gazetteer, countries: Collection[str], how: str
) -> Location | None:
    owner = _country_of_unnamed_city(ent.root, gazetteer) if len(ent) == 1 else None
    if owner is not None:
        # a city of that country, unnamed: the story may say which (its dateline)
        return Location(
            ent.text, owner, None, None, None, None, "city",
            ent.start_char, ent.end_char, f"{how}; gazetteer:unknown; a city of {owner}",
        )  # fmt: skip
    named_country = _named_country(ent)
    if named_country is not None:
        # "the Costa Rican capital San Jose", "the Cambodian town of O'Smach"
        countries = {named_country}
    # A small town of the story's countries follows the bigger places of its name, and
    # the document-country rule weighs it as it weighs them.
    towns = gazetteer.towns(ent.text, countries)
    candidates = [*gazetteer.candidates(ent.text), *towns]
    if named_country is not None:
        candidates = [c for c in candidates if c.country == named_country]
    if ent.label_ not in _PLACE_LABELS and not (candidates and _entity_of(ent.root, gazetteer)):
        # A name found by the parse alone takes only places of its own name, not of an
        # alternate one ("Freedom" is no town's other name we could trust).
        own = normalise_name(ent.text)
        candidates = [
            c for c in candidates
            if own.startswith(normalise_name(c.name)) or normalise_name(c.name).startswith(own)
        ]  # fmt: skip
    picked = _pick(candidates, countries, _called_small(ent))
    if picked is not None and picked[0] in towns:
        picked = (picked[0], "gazetteer:town-in-story-country")
    if picked is None:
        named_after = _named_after(ent.text, gazetteer, countries)
        if named_after is not None:
            # "Rangoon General Hospital", "Kabul University": a site named after its city
            city, chosen = named_after
            return replace(
                city.located(ent.start_char, ent.end_char, f"{how}; gazetteer:unknown"),
                name=ent.text,
                feature="district",
                method=f"{how}; gazetteer:unknown; named after {city.name} ({chosen})",
            )
        # A place the parse attaches to the event but the gazetteer lacks (a village, a
        # checkpoint's name): keep its name and span, with no coordinates to invent.
        return Location(
            ent.text, named_country, None, None, None, None, None, ent.start_char,
            ent.end_char, f"{how}; gazetteer:unknown",
        )  # fmt: skip
    place, chosen = picked
    return place.located(ent.start_char, ent.end_char, f"{how}; {chosen}")


_SMALL_PLACES = {"town", "village", "hamlet", "settlement", "township"}


def _called_small(ent: Span) -> bool:
    """Whether the text calls the place a town or village: "the northern town of Palma",
    "the town, Palma", "Kopsiro village"."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in _SMALL_PLACES
    if root.dep_ in ("compound", "appos"):
        return root.head.lower_ in _SMALL_PLACES
    return any(t.lower_ in _SMALL_PLACES for t in root.children)


_CITY_NOUNS = {"city", "town", "capital", "port", "village"}


def _country_of_unnamed_city(token: Token, gazetteer: Gazetteer) -> str | None:
    """The country of a city the text names only by its country: "Kazakhstan's largest
    city", "Haiti's second city" (the country is not the place: a city of it is)."""
    if token.pos_ != "NOUN" or token.lower_ not in _CITY_NOUNS:
        return None
    if any(c.dep_ in ("compound", "appos") or c.lower_ == "of" for c in token.children):
        return None  # named: "the city of Osh", "the capital, Kabul"
    owner = next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    if owner is None:
        return None
    places = gazetteer.candidates(_entity_span(owner).text)
    return places[0].country if places and places[0].feature == "country" else None


def _named_country(ent: Span) -> str | None:
    """The country a nationality names for a place noun's place: "the Costa Rican capital
    San Jose", "the Cambodian town of O'Smach"."""
    root = ent.root
    noun = None
    if root.dep_ == "appos" and _is_place_noun(root.head):
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and _is_place_noun(root.head.head):
        noun = root.head.head
    if noun is None:
        return None
    nationality = next((t for t in noun.lefts if t.ent_type_ == "NORP"), None)
    if nationality is None:
        return None
    return demonym_countries().get(_entity_span(nationality).text.lower())


def _named_after(
    name: str, gazetteer: Gazetteer, countries: Collection[str]
) -> tuple[Place, str] | None:
    """The city a site the gazetteer lacks is named after: the longest leading words of a
    name that ends in a kind of place ("Rangoon General Hospital", "Kabul University")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].lower() not in _site_words().nouns:
        return None
    for end in range(len(words) - 1, 0, -1):
        candidates = gazetteer.candidates(" ".join(words[:end]))
        if candidates:
            # Sites take the names of big cities; "the Palestine Hotel" in Baghdad is not
            # named after Palestine, Texas.
            cities = [
                c for c in candidates if c.feature == "city" and c.population >= _NAMESAKE_CITY
            ]
            if countries:
                # "Henderson Field" on Guadalcanal is named after no Nevada city; a
                # metropolis abroad may still name its hospital or airport
                cities = [
                    c for c in cities if c.country in countries or c.population >= _METROPOLIS
                ]
            return _pick(cities, countries) if cities and candidates[0] in cities else None
    return None


_NAMESAKE_CITY = 100_000  # the fewest people of a city a site's name is taken to name
_METROPOLIS = 1_000_000  # ... and of one outside the story's countries


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
        return names_an_actor(ent, actor_offsets)

    def place_in(phrase: Token, unknown: str | None, whole: bool = True) -> Location | None:
        ent = _place_in_phrase(phrase, gazetteer, unknown, whole)
        if ent is None or is_actor(ent):
            return None
        return _location(ent, gazetteer, countries, "")

    def named_place(token: Token) -> Location | None:
        """A place by its label or its kind only, never a name the gazetteer merely
        spells ("Morton was captured", "a member of the Dark Circle who went")."""
        ent = _place_noun_name(token, gazetteer) or _entity_of(token) or _site_name(token)
        if ent is None or is_actor(ent):
            return None
        return _location(ent, gazetteer, countries, "")

    def object_place(objects: list[Token]) -> Location | None:
        for obj in objects:
            # A site verb's object is a place even when no one knows its name
            # ("stormed Maaloula"); not its passive subject ("X was captured").
            verb = next(a for a in obj.ancestors if a.dep_ != "conj" or a.pos_ == "VERB")
            takes = site_verbs.get(verb.lemma_.lower()) if obj.dep_ == "dobj" else None
            unknown = {"any": AFTER_SITE_PREP, "unlabelled": SITE_OBJECT}.get(takes or "")
            if obj.dep_ == "dobj" and verb.lemma_.lower() in motions:
                # "will visit Honiara": the place visited, however the NER model labels it
                loc = place_in(obj, AFTER_SITE_PREP, whole=False)
            else:
                loc = place_in(obj, unknown) if takes is not None else named_place(obj)
            if loc is not None:
                return loc
        return None

    # A place that is the trigger's object ("attacked Mosul"), then places it (or its
    # object) governs through a locative preposition ("raided homes in Sadr City"),
    # then the same for the verbs above it in its own clause ("plans to attack ... in
    # Mosul"). Reported speech is a boundary: in "In Washington, Bush said Russia
    # invaded Georgia", Washington is where he spoke.
    site_verbs = _site_words().verbs
    motions = _site_words().motions
    for head in _clause_chain(trigger):
        own = head.i == trigger.i
        # "killed 26 and wounded 48 in the city of Ibb": the place of a conjoined verb
        # with the same subject is the trigger's too.
        verbs = [head, *(_shared_subject_conjuncts(head) if own else [])]
        objects = _with_conjuncts(
            [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        )
        # Only the trigger's own object is where it happened: a verb above it has its own
        # ("accused Russia of ... and called on Western governments": not in Russia).
        if own or head.lemma_.lower() in site_verbs:
            # A verb above that takes territory names where its clause happened too
            # ("stormed Guma, killing five").
            loc = object_place(objects)
            if loc is not None:
                return replace(loc, method=("parse:object" if own else "parse:object-above")
                               + loc.method)  # fmt: skip
        else:
            # A verb above may name the area its clause acts in ("shelled the outskirts of
            # Aleppo, killing five"): a place noun's name only.
            for obj in objects:
                ent = _place_noun_name(obj, gazetteer)
                if ent is not None and not is_actor(ent):
                    return _location(ent, gazetteer, countries, "parse:object-above")
        # The parser often hangs the place on the passive's agent: "was shelled by troops
        # in the border town of X".
        agents = [
            pobj
            for by in head.children
            if by.dep_ == "agent"
            for pobj in by.children
            if pobj.dep_ == "pobj"
        ]
        # Above the trigger, no "on": there it takes the verb's own target ("to impose
        # sanctions on Moscow and to give Ukraine help").
        allowed = _LOCATIVE_PREPS if own else _LOCATIVE_PREPS - {"on"}
        # Those the act involves locate it too: "held talks with clerics in Baghdad".
        # So do the people or things an object counts: "shot dozens of protesters in X".
        partners = [
            pobj
            for governor in [*verbs, *objects]
            for prep in governor.children
            if prep.dep_ == "prep"
            and (prep.lower_ in _PARTNER_PREPS or (prep.lower_ == "of" and governor in objects))
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
        preps = [
            (governor, prep)
            for governor in [*verbs, *objects, *agents]
            for prep in governor.children
            if prep.dep_ == "prep" and prep.lower_ in allowed
        ] + [
            (partner, prep)
            for partner in partners
            for prep in partner.children
            if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS
        ]
        # A phrase fronted before the clause sets the wider scene ("In Gaza, soldiers
        # shot a man near the Kissufim crossing"): the clause's own phrases first.
        for governor, prep in sorted(preps, key=lambda gp: gp[1].i < head.i):
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue  # "along with new limits": not a place phrase
                loc = place_in(pobj, _unknown_after(prep, governor))
                if loc is not None:
                    return replace(loc, method=f"parse:{prep.lower_}" + loc.method)

    def site_phrase_place(governor: Token, how: str) -> Location | None:
        """A place after one of ``governor``'s site prepositions."""
        for prep in governor.children:
            if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS:
                for pobj in prep.children:
                    loc = place_in(pobj, AFTER_SITE_PREP)
                    if loc is not None:
                        return replace(loc, method=f"parse:{how}-{prep.lower_}" + loc.method)
        return None

    # Failing those, a place on the clause's subject ("Soldiers in Bangui killed six").
    for head in _clause_chain(trigger):
        for subject in head.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):
                loc = site_phrase_place(subject, "subject")
                if loc is not None:
                    return loc
    # A relative clause on a place happens there ("Baqubah, where gunmen killed ...",
    # "the camp that troops stormed").
    for head in _clause_chain(trigger):
        if head.dep_ == "relcl":
            loc = named_place(head.head)
            if loc is not None:
                return replace(loc, method="parse:relative-clause" + loc.method)
    # Then one of the trigger's own subordinate clauses ("collided as the trains sped
    # through a remote corner of India", "killed 13, wounding 7 in X").
    for clause in trigger.children:
        if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.lemma_.lower() in site_verbs:
            loc = object_place([c for c in clause.children if c.dep_ == "dobj"])
            if loc is not None:
                return replace(loc, method="parse:clause-object" + loc.method)
        loc = site_phrase_place(clause, "clause")
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
