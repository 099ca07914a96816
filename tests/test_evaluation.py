import pytest

from dotterel.evaluation import accuracy, macro_f1, penta_class, run


def test_metrics():
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "(none)"]
    assert accuracy(gold, pred) == 0.5
    # A: p=1 r=.5 f=.667; B: p=.5 r=1 f=.667; C: f=0
    assert macro_f1(gold, pred) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)


@pytest.mark.parametrize(
    "cameo, penta",
    [("010", "0"), ("0211", "0"), ("036", "1"), ("057", "1"), ("073", "2"), ("112", "3"),
     ("163", "3"), ("141", "4"), ("190", "4"), ("173", "4"), (None, "(none)")],
)  # fmt: skip
def test_penta_classes(cameo, penta):
    assert penta_class(cameo) == penta


@pytest.mark.model
@pytest.mark.evaldata
def test_every_evaluation_runs_on_the_shared_sets(pipeline, eval_data):
    for kind in ("events", "actors", "places", "dates"):
        scores = run(kind, pipeline, eval_data, limit=20)
        assert scores and all(0.0 <= s.value <= 1.0 and s.n > 0 for s in scores)


def test_event_location_spans_given_as_token_indices_are_mapped_to_characters():
    # Regression: a fifth of event_location's LOCATION spans carry token indices in
    # start/end; read as characters they pointed at "" or one letter.
    from dotterel.evaluation import _span_offsets

    record = {
        "text": "Troops entered Zorbo town.",
        "tokens": [
            {"text": "Troops", "start": 0, "end": 6},
            {"text": "entered", "start": 7, "end": 14},
            {"text": "Zorbo", "start": 15, "end": 20},
            {"text": "town", "start": 21, "end": 25},
        ],
    }
    by_tokens = {"start": 2, "end": 2, "token_start": 2, "token_end": 2, "text": "Zorbo"}
    by_chars = {"start": 15, "end": 20, "token_start": 2, "token_end": 2, "text": "Zorbo"}
    unchecked = {"start": 7, "end": 14, "token_start": 1, "token_end": 1}
    assert _span_offsets(record, by_tokens) == (15, 20)
    assert _span_offsets(record, by_chars) == (15, 20)
    assert _span_offsets(record, unchecked) == (7, 14)
    assert _span_offsets(record, {**by_tokens, "text": "Elsewhere"}) is None
