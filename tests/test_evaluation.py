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


def test_meantime_documents_are_rebuilt_with_gold_event_spans_and_dates():
    import xml.etree.ElementTree as ET
    from types import SimpleNamespace

    from dotterel.config import Config
    from dotterel.evaluation import _meantime_article

    xml = ET.fromstring(
        """<Document>
        <token t_id="1" sentence="0">Rebels</token><token t_id="2" sentence="0">attacked</token>
        <token t_id="3" sentence="0">Zorbo</token><token t_id="4" sentence="0">.</token>
        <token t_id="5" sentence="1">Talks</token><token t_id="6" sentence="1">followed</token>
        <Markables>
          <TIMEX3 m_id="9" functionInDocument="CREATION_TIME" type="DATE" value="2009-05-15"/>
          <EVENT_MENTION m_id="10"><token_anchor t_id="2"/></EVENT_MENTION>
          <EVENT_MENTION m_id="11"><token_anchor t_id="6"/></EVENT_MENTION>
          <EVENT m_id="20" instance_id="EV1"/><EVENT m_id="21" instance_id="EV2"/>
        </Markables>
        <Relations>
          <REFERS_TO r_id="1"><source m_id="10"/><target m_id="20"/></REFERS_TO>
          <REFERS_TO r_id="2"><source m_id="11"/><target m_id="21"/></REFERS_TO>
        </Relations></Document>"""
    )
    built = _meantime_article(xml, {"EV1": "2009-05-14"}, SimpleNamespace(config=Config()))
    assert built is not None
    document, gold = built
    assert document.text == "Rebels attacked Zorbo .\n\nTalks followed"
    assert document.date == "2009-05-15"
    # Only the mention whose instance MEANTIME dates is judged.
    assert [(document.text[s:e], v) for s, e, v in gold] == [("attacked", "2009-05-14")]
