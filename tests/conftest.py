"""Shared fixtures. Tests that need the real spaCy model are marked ``model``;
tests that read ../shared/eval-data are marked ``evaldata`` and skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EVAL_DATA = REPO.parent / "shared" / "eval-data"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def eval_data() -> Path:
    if not EVAL_DATA.is_dir():
        pytest.skip("../shared/eval-data is absent")
    return EVAL_DATA


@pytest.fixture(scope="session")
def pipeline():
    """The real pipeline (spaCy model and bundled data), loaded once."""
    from dotterel.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.parser.nlp
