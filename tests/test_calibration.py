"""The calibration of event confidence: order kept, data pinned, error measured."""

from __future__ import annotations

import pytest

from dotterel.errors import DataError
from dotterel.evaluation import expected_calibration_error
from dotterel.events.calibration import IDENTITY, Calibration, calibration


def test_the_identity_changes_nothing():
    assert [round(IDENTITY(x), 6) for x in (0.1, 0.5, 0.9)] == [0.1, 0.5, 0.9]


def test_the_pinned_calibration_keeps_the_order_of_scores():
    pinned = calibration()
    scores = [0.0, 0.05, 0.3, 0.5, 0.61, 0.84, 0.95, 1.0]
    mapped = [pinned(s) for s in scores]
    assert mapped == sorted(mapped) and len(set(mapped)) == len(mapped)
    assert all(0.0 < p < 1.0 for p in mapped)


def test_a_map_that_would_reverse_the_order_is_refused():
    with pytest.raises(DataError):
        Calibration(slope=-1.0, intercept=0.0)


def test_expected_calibration_error():
    # Every event said 0.8 and four in five were right: no gap.
    assert expected_calibration_error([0.8] * 5, [True] * 4 + [False]) == pytest.approx(0.0)
    # Said 0.9, half right: a gap of 0.4.
    assert expected_calibration_error([0.9] * 4, [True, False] * 2) == pytest.approx(0.4)
    assert expected_calibration_error([], []) == 0.0
