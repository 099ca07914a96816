"""In-memory fakes: hand-built parses and a tiny gazetteer, for tests without the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dotterel.where import InMemoryGazetteer, Place

C = TypeVar("C")

# word, lemma, POS, dep, head index, entity (BIO tag with label, or "O")
TokenSpec = tuple[str, str, str, str, int, str]


def make_doc(tokens: list[TokenSpec], vocab: Vocab | None = None) -> Doc:
    """A parsed Doc from explicit tokens (one sentence)."""
    words = [t[0] for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1][2] != "PUNCT" for i in range(len(tokens))]
    return Doc(
        vocab or English().vocab,  # English lexical attributes: lower_, is_upper, ...
        words=words,
        spaces=spaces,
        lemmas=[t[1] for t in tokens],
        pos=[t[2] for t in tokens],
        deps=[t[3] for t in tokens],
        heads=[t[4] for t in tokens],
        ents=[t[5] for t in tokens],
        sent_starts=[i == 0 for i in range(len(tokens))],
    )


class FakeParser:
    """Returns pre-built Docs for known texts."""

    name = "fake-parser"

    def __init__(self, docs: dict[str, Doc]) -> None:
        self.docs = docs

    def pipe(self, items: Iterable[tuple[str, C]]) -> Iterator[tuple[Doc, C]]:
        for text, ctx in items:
            yield self.parse(text), ctx

    def parse(self, text: str) -> Doc:
        return self.docs[text]


def fake_gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            ("Mosul", Place("Mosul", "IRQ", None, 36.34, 43.13, 99072, "city", 1_700_000)),
            ("Amman", Place("Amman", "JOR", None, 31.95, 35.93, 250441, "city", 1_275_000)),
            ("Georgia", Place("Georgia", "GEO", None, None, None, 614540, "country", 3_700_000)),
            ("Georgia", Place("Georgia", "USA", None, 32.75, -83.5, 4197000, "region", 10_000_000)),
        ]
    )
