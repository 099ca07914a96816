"""In-memory fakes: hand-built parses and a tiny gazetteer, for tests without the model."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

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


def coded_article(
    text: str,
    date: str,
    outlet: str,
    events: list[tuple[str, str, str, int, float, str, str, str, Any]],
    url: str | None = None,
) -> Any:
    """A stored article: its single sentence reports ``events``, each
    (type, cameo, label, quad, goldstein, source code, target code, event date, place),
    where place is None or (name, lat, lon, geonameid)."""
    from dotterel.schema import (
        Actor,
        CodedDocument,
        Document,
        Event,
        Location,
        OffsetMap,
        Sentence,
        Trigger,
    )

    doc = Document(
        Document.make_id(text), text, text, OffsetMap(), "test", None, text[:30], date,
        "metadata", url, outlet,
    )  # fmt: skip

    def actor(code: str) -> Actor:
        return Actor(code, 0, 4, code, code, code[:3], (code[3:],), "test", "state", 0.9)

    coded = []
    for etype, cameo, label, quad, goldstein, src, tgt, when, place in events:
        location = None
        if place is not None:
            name, lat, lon, gid = place
            location = Location(name, src[:3], None, lat, lon, gid, "city", 0, 4, "parse:in")
        coded.append(
            Event(
                doc.id,
                0,
                text,
                (0, len(text)),
                etype,
                None,
                (),
                cameo,
                label,
                quad,
                goldstein,
                actor(src),
                actor(tgt),
                when,
                "day" if len(when) == 10 else "month",
                "test",
                location,
                False,
                "actual",
                0.8,
                Trigger(etype.lower(), 5, 10, etype.lower()),
                "test",
                "test",
            )  # fmt: skip
        )
    return CodedDocument(doc, (Sentence(doc.id, 0, 0, len(text), text),), tuple(coded))


KYIV = ("Kyiv", 50.45, 30.52, 703448)
KHARKIV = ("Kharkiv", 50.0, 36.23, 706483)


def crisis_articles() -> list[Any]:
    """Six articles from three outlets: one shelling reported three times, another shelling
    in another city the same day, talks, and a month-dated sanction."""
    shell = ("ASSAULT", "195", "Employ aerial weapons", 4, -10.0, "RUSMIL", "UKRMIL")
    return [
        coded_article("Russian forces shelled Kyiv on Monday.", "2022-03-01", "Wire A",
                      [(*shell, "2022-02-28", KYIV)], "https://a.example/1"),
        coded_article("Kyiv was shelled by Russian troops.", "2022-02-28", "Wire B",
                      [(*shell, "2022-02-28", KYIV)], "https://b.example/1"),
        coded_article("Russian troops also shelled Kharkiv.", "2022-02-28", "Wire A",
                      [(*shell, "2022-02-28", KHARKIV)]),
        coded_article("Russia's army shelled Kyiv yesterday.", "2022-03-01", "Wire B",
                      [(*shell, "2022-02-28", KYIV)]),
        coded_article("Ukraine and Russia held talks in Belarus.", "2022-03-01", "Wire C",
                      [("CONSULT", "043", "Meet at a third location", 1, 2.8, "UKRGOV",
                        "RUSGOV", "2022-02-28", None)]),
        coded_article("The EU sanctioned Russia in March.", "2022-04-02", "Wire C",
                      [("SANCTION", "163", "Impose embargo", 4, -8.0, "IGOEUR", "RUSGOV",
                        "2022-03", None)]),
    ]  # fmt: skip
