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
