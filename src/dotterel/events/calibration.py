"""Calibrated event confidence.

The coder scores each event from its evidence (the trigger's sense, resolved actors, voice,
qualifiers): a ranking, not a probability. ``Calibration`` maps that raw score to the
probability that the event's PLOVER type is right, by Platt scaling:

    p = 1 / (1 + exp(-(slope * logit(raw) + intercept)))

The mapping is strictly increasing, so it never changes which of two events is the more
confident. Its two numbers are pinned in ``data/calibration.tsv``, fitted by
``training/calibrate.py`` (``make calibration``) on our own authored sentences, never on
evaluation data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataError
from ..resources import data_table

_EDGE = 1e-4  # raw scores of exactly 0 or 1 would have an infinite logit


@dataclass(frozen=True)
class Calibration:
    slope: float
    intercept: float

    def __post_init__(self) -> None:
        if not self.slope > 0:
            raise DataError("calibration.tsv: slope must be positive (the map must keep order)")

    def __call__(self, raw: float) -> float:
        raw = min(max(raw, _EDGE), 1 - _EDGE)
        z = self.slope * math.log(raw / (1 - raw)) + self.intercept
        return 1 / (1 + math.exp(-z))


IDENTITY = Calibration(1.0, 0.0)


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The pinned calibration of event confidence (data/calibration.tsv)."""
    values = {row["parameter"]: row["value"] for row in data_table("calibration.tsv")}
    try:
        return Calibration(float(values["slope"]), float(values["intercept"]))
    except (KeyError, ValueError) as exc:
        raise DataError("calibration.tsv needs numeric 'slope' and 'intercept' rows") from exc
