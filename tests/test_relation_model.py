"""The learned relation model: the head with a fake embedder, and the shipped model."""

from __future__ import annotations

import numpy as np
import pytest

from dotterel.events.relation_model import RelationModel


class FakeEmbedder:
    """Maps texts to fixed unit vectors by keyword: a stand-in for MiniLM."""

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 2), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = [1.0, 0.0] if "shell" in text else [0.0, 1.0]
        return out


def fake_model() -> RelationModel:
    coef = np.array([[4.0, 0.0], [0.0, 4.0]], dtype=np.float32)
    return RelationModel(
        coef, np.zeros(2, np.float32), ["ASSAULT", "CONSULT"], {"model": "fake"}, FakeEmbedder()
    )


def test_head_predicts_with_probabilities():
    preds = fake_model().predict(["they shelled it", "they talked"])
    assert [p.event_type for p in preds] == ["ASSAULT", "CONSULT"]
    assert all(0.9 < p.probability <= 1.0 for p in preds)
    assert fake_model().predict([]) == []


@pytest.mark.model
def test_classify_falls_back_to_the_model_and_says_so(pipeline):
    from dotterel.pipeline import Pipeline
    from dotterel.service import classify_record

    with_fake = Pipeline(pipeline.config, parser=pipeline.parser, relation_model=fake_model())
    # No trigger in the lexicon links "Ruritania" and "Freedonia" here.
    record = {
        "text": "Ruritania and Freedonia are old neighbours.",
        "source": "Ruritania",
        "target": "Freedonia",
    }
    out = classify_record(record, with_fake, "t")
    assert out["event_type"] == "CONSULT" and out["cameo"] == "040" and out["quad_class"] == 1
    assert out["reason"].startswith("relation model fake") and 0 < out["confidence"] <= 0.6


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rebel fighters shelled the government garrison overnight, killing four soldiers.",
            "ASSAULT",
        ),
        ("The two foreign ministers held cordial discussions in Geneva on Monday.", "CONSULT"),
        ("Thousands of workers marched through the capital demanding higher wages.", "PROTEST"),
        ("The government froze the assets of the banks and imposed an export ban.", "SANCTION"),
    ],
)
def test_shipped_model_predicts_clear_cases(text, expected):
    from dotterel.events.relation_model import shipped_relation_model

    model = shipped_relation_model()
    assert model.meta["model"] == "relation-minilm-v1"
    assert model.predict([text])[0].event_type == expected
