"""The event coder on hand-built parses: no model needed."""

from dataclasses import replace

from dotterel.actors import ActorResolver, builtin_knowledge
from dotterel.config import Config
from dotterel.events import EventCoder, lexicon
from dotterel.pipeline import Pipeline, prepare_document
from dotterel.schema import Article
from tests.fakes import FakeParser, fake_gazetteer, make_doc

# "Rebels attacked Mosul on Tuesday."
ATTACK = [
    ("Rebels", "rebel", "NOUN", "nsubj", 1, "O"),
    ("attacked", "attack", "VERB", "ROOT", 1, "O"),
    ("Mosul", "Mosul", "PROPN", "dobj", 1, "B-GPE"),
    ("on", "on", "ADP", "prep", 1, "O"),
    ("Tuesday", "Tuesday", "PROPN", "pobj", 3, "B-DATE"),
    (".", ".", "PUNCT", "punct", 1, "O"),
]
# "A top aide was seized by American forces."
PASSIVE = [
    ("A", "a", "DET", "det", 2, "O"),
    ("top", "top", "ADJ", "amod", 2, "O"),
    ("aide", "aide", "NOUN", "nsubjpass", 4, "O"),
    ("was", "be", "AUX", "auxpass", 4, "O"),
    ("seized", "seize", "VERB", "ROOT", 4, "O"),
    ("by", "by", "ADP", "agent", 4, "O"),
    ("American", "american", "ADJ", "amod", 7, "B-NORP"),
    ("forces", "force", "NOUN", "pobj", 5, "O"),
    (".", ".", "PUNCT", "punct", 4, "O"),
]
# "Iraq did not attack Iran."
NEGATED = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 3, "B-GPE"),
    ("did", "do", "AUX", "aux", 3, "O"),
    ("not", "not", "PART", "neg", 3, "O"),
    ("attack", "attack", "VERB", "ROOT", 3, "O"),
    ("Iran", "Iran", "PROPN", "dobj", 3, "B-GPE"),
    (".", ".", "PUNCT", "punct", 3, "O"),
]


def coder():
    return EventCoder(lexicon(), ActorResolver(builtin_knowledge()))


def only_event(tokens):
    doc = make_doc(tokens)
    events = coder().code(doc[:])
    assert len(events) == 1, events
    return events[0]


def test_active_voice():
    e = only_event(ATTACK)
    assert e.sense.event_type == "ASSAULT"
    assert e.source.sectors[0] == "REB" and e.target.text == "Mosul"
    assert not e.negated and e.modality == "actual"


def test_passive_voice_swaps_roles():
    e = only_event(PASSIVE)
    assert e.sense.event_type == "COERCE"
    assert e.source.country == "USA" and e.source.sectors == ("MIL",)
    assert e.target.text == "A top aide"


def test_negation():
    e = only_event(NEGATED)
    assert e.negated and e.source.code == "IRQGOV" and e.target.country == "IRN"


def test_no_event_without_a_known_trigger():
    tokens = [("Iraq", "Iraq", "PROPN", "nsubj", 1, "B-GPE"), ("is", "be", "AUX", "ROOT", 1, "O"),
              ("hot", "hot", "ADJ", "acomp", 1, "O"), (".", ".", "PUNCT", "punct", 1, "O")]  # fmt: skip
    assert coder().code(make_doc(tokens)[:]) == []


def test_pipeline_with_fakes_dates_and_places_the_event():
    text = "Rebels attacked Mosul on Tuesday."
    doc = make_doc(ATTACK)
    assert doc.text == text
    pipeline = Pipeline(Config(), parser=FakeParser({text: doc}), gazetteer=fake_gazetteer())
    document = prepare_document(Article(text=text, origin="t", date="2006-10-25"), pipeline.config)
    coded = next(pipeline.code_documents([document]))
    (event,) = coded.events
    assert (event.date, event.date_precision, event.date_source) == (
        "2006-10-24",
        "day",
        "sentence:'Tuesday'",
    )
    assert (event.location.name, event.location.country, event.location.method) == (
        "Mosul",
        "IRQ",
        "parse:object; gazetteer:document-country",
    )
    assert (event.target.country, event.target.resolution) == ("IRQ", "gazetteer:place")
    assert event.quad_class == 4 and event.goldstein == -10.0 and event.cameo.startswith("19")


def test_directed_acts_take_the_longest_cameo_prefix():
    lex = lexicon()
    release = lex.verb_senses("release")[0]
    assert release.cameo.startswith("084")
    refusal = lex.as_refusal(release)
    assert (refusal.event_type, refusal.cameo, refusal.mode) == ("REJECT", "1243", "yield")
    ceasefire = replace(release, event_type="RETREAT", cameo="0871")
    assert lex.directed_code("0871", "demand") == "107"  # the 0871 row beats the 087 one
    assert lex.directed_code("0872", "demand") == "1056"
    assert lex.as_intent(ceasefire).cameo == "0356"
    # only a framing act's unspecific code is refined
    demand = replace(release, event_type="REQUEST", cameo="100", mode=None)
    assert (lex.directed_at(demand, release).cameo, lex.directed_at(demand, release).mode) == (
        "1053",
        "yield",
    )
    specific = replace(demand, cameo="1041")
    assert lex.directed_at(specific, release) is specific
    # an act the table does not cover leaves the framing act as it was
    attack = replace(release, event_type="ASSAULT", cameo="190")
    assert lex.directed_at(demand, attack) is demand
    assert lex.as_refusal(attack).cameo == "120"


def test_undoing_a_restriction_takes_the_longest_cameo_prefix():
    lex = lexicon()
    curfew = lex.nominals["curfew"]  # CAMEO 1723
    undone = lex.undoing("lift", curfew)
    assert undone is not None and (undone.event_type, undone.cameo) == ("CONCEDE", "0813")
    assert undone.target_preps == curfew.target_preps and undone.lemma == "lift"
    sanctions = lex.undoing("ease", lex.nominals["sanction"])
    assert sanctions is not None and (sanctions.event_type, sanctions.cameo) == ("CONCEDE", "085")
    # Ending talks only finishes them; halting them reduces relations (CAMEO 164).
    assert lex.undoing("end", lex.nominals["talk"]) is None
    halted = lex.undoing("suspend", lex.nominals["talk"])
    assert halted is not None and (halted.event_type, halted.cameo) == ("SANCTION", "164")
    frozen = lex.undoing("freeze", lex.nominals["military aid"])
    assert frozen is not None and frozen.cameo == "1622"
    assert "lift" in lex.undoing_verbs and "lift" not in lex.light_verbs
