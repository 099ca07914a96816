"""The HTML report and paper figures, on a small hand-built store (no spaCy)."""

from __future__ import annotations

import html
import re
import struct
from dataclasses import replace
from datetime import date, timedelta

import pytest

import dotterel
from dotterel.aggregate.report import FIGURE_NAMES, build_report, choose_period
from dotterel.errors import DotterelError
from dotterel.schema import (
    Actor,
    CodedDocument,
    Document,
    Event,
    Location,
    OffsetMap,
    Precision,
    Sentence,
    Trigger,
)  # fmt: skip
from dotterel.store import EventStore

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
COUNTRIES = {"IRQ": "Iraq", "JOR": "Jordan", "SYR": "Syria", "TUR": "Turkey", "USA": "US"}
PLACES = [
    Location("Mosul", "IRQ", None, 36.34, 43.13, 99072, "city", None, None, "test"),
    Location("Amman", "JOR", None, 31.95, 35.93, 250441, "city", None, None, "test"),
    Location("Damascus", "SYR", None, 33.51, 36.29, 170654, "city", None, None, "test"),
    Location("Ankara", "TUR", None, 39.92, 32.85, 323786, "city", None, None, "test"),
]
# (event type, CAMEO, quad class, Goldstein)
KINDS = [
    ("CONSULT", "040", 1, 1.0),
    ("AID", "070", 2, 7.0),
    ("ACCUSE", "112", 3, -2.0),
    ("ASSAULT", "190", 4, -10.0),
]


def _actor(code: str, start: int) -> Actor:
    return Actor(
        COUNTRIES[code], start, start + 4, COUNTRIES[code], f"{code}GOV", code, ("GOV",),
        "test", "state", 1.0,
    )  # fmt: skip


def _document(
    n: int,
    day: date,
    events: int,
    url: str | None = None,
    text: str | None = None,
    like: int | None = None,
) -> CodedDocument:
    """An article of ``events`` one-sentence events between rotating country pairs; two
    articles ``like`` the same number report the same events."""
    codes = sorted(COUNTRIES)
    k = n if like is None else like
    planned = []
    for i in range(events):
        a, b = codes[(k + i) % len(codes)], codes[(k + 2 * i + 1) % len(codes)]
        if a == b:
            b = codes[(codes.index(a) + 1) % len(codes)]
        sentence = (
            text if (text and i == 0) else f"{COUNTRIES[a]} acted on {COUNTRIES[b]} ({n}.{i})."
        )
        planned.append((i, sentence, a, b, KINDS[(k + i) % len(KINDS)]))
    full = " ".join(p[1] for p in planned)
    doc = Document(
        Document.make_id(full), full, full, OffsetMap(), f"test:{n}", f"ext-{n}", f"Article {n}",
        day.isoformat(), "metadata", url, f"outlet{n % 3}",
    )  # fmt: skip
    sentences, coded = [], []
    offset = 0
    for i, sentence, a, b, (etype, cameo, quad, gold) in planned:
        span = (offset, offset + len(sentence))
        offset += len(sentence) + 1
        sentences.append(Sentence(doc.id, i, span[0], span[1], sentence))
        # Some events with a coarse date or none: the timeline caption must count them.
        date_value: str | None = (day - timedelta(days=i)).isoformat()
        precision: Precision | None = "day"
        if k % 7 == 3 and i == 1:
            date_value, precision = date_value[:7], "month"
        if k % 11 == 5 and i == 2:
            date_value, precision = None, None
        place = PLACES[(k + i) % len(PLACES)] if (k + i) % 3 else None
        coded.append(
            Event(
                doc.id,
                i,
                sentence,
                span,
                etype,
                None,
                (),
                cameo,
                etype.title(),
                quad,
                gold,
                _actor(a, span[0]),
                _actor(b, span[0] + 10),
                date_value,
                precision,
                "test",
                place,
                False,
                "actual",
                0.9,
                Trigger("acted", span[0] + 5, span[0] + 10, "act"),
                "test",
                "test",
            )  # fmt: skip
        )
    return CodedDocument(doc, tuple(sentences), tuple(coded))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("report") / "store.duckdb"
    start = date(2006, 1, 2)
    docs = [
        _document(
            n,
            start + timedelta(days=5 * n),
            events=4,
            url=f"https://news.example.org/story/{n}?a=1&b=2" if n % 4 == 0 else None,
        )
        for n in range(30)
    ]
    # The same event from two outlets: the most-reported table shows it first, with its
    # markup escaped; a non-web URL never becomes a link.
    script = "Iraq <script>alert('x')</script> & Jordan met."
    docs.append(_document(98, date(2006, 3, 1), 3, "https://news.example.org/story/98", script, 1))
    docs.append(_document(99, date(2006, 3, 1), 3, "javascript:alert(1)", script, 1))
    with EventStore(path) as store:
        store.write(docs)
    return path


@pytest.fixture(scope="module")
def report(store_path):
    with dotterel.open(store_path) as ds:
        return build_report(ds, title="Test <report>")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_figure_is_a_png(report):
    assert list(report.figures) == list(FIGURE_NAMES)
    assert report.notes == []
    for name in FIGURE_NAMES:
        width, height = _png_size(report.png(name))
        assert width > 500 and height > 200, name
        assert report.figures[name].caption


def test_tables(report):
    assert set(report.tables) == {"overview", "event_types", "actors", "dyads", "reported"}
    overview = dict(zip(report.tables["overview"].frame["measure"], report.tables["overview"].frame["value"], strict=True))  # fmt: skip
    assert overview["Articles"] == 32
    assert overview["Events reported by two or more outlets"] >= 1
    reported = report.tables["reported"].frame
    first = reported[reported["sentence"].str.contains("<script>", regex=False)].iloc[0]
    assert first["outlets"] == 2 and first["mentions"] == 2
    assert first["links"] == ["https://news.example.org/story/98"]  # not javascript:
    assert overview["Events with no date"] >= 1
    assert len(report.tables["dyads"].frame) > 0
    assert set(report.tables["event_types"].frame["event type"]) == {k[0] for k in KINDS}
    # The timeline says how many events could not be placed.
    assert "no date" in report.figures["timeline"].caption


def test_html_is_self_contained_and_escaped(report):
    page = report.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('src="data:image/png;base64,') == len(FIGURE_NAMES)
    # Every src is a data URI; no stylesheet, script, font or import of any kind.
    assert all(s.startswith("data:image/png;base64,") for s in re.findall(r'src="([^"]*)"', page))
    for banned in ("<script", "<link", "@import", "url(", "<iframe", "<object"):
        assert banned not in page.lower()
    # The only web addresses are the articles' links.
    links = re.findall(r'<a href="(https?://[^"]*)"', page)
    assert links and all(u.startswith("https://news.example.org/story/") for u in links)
    stripped = re.sub(r'<a href="https?://[^"]*"', "", page)
    assert "http://" not in stripped and "https://" not in stripped
    assert "javascript:" not in page
    assert "&lt;script&gt;" in page and "Test &lt;report&gt;" in page
    assert "?a=1&amp;b=2" in page


def test_same_store_same_bytes(store_path, report):
    with dotterel.open(store_path) as ds:
        again = build_report(ds, title="Test <report>")
    assert again.to_html() == report.to_html()


def test_write_pngs_for_papers(report, tmp_path):
    paths = report.write_pngs(tmp_path / "figures", dpi=40)  # small: the test is for speed
    assert [p.name for p in paths] == [f"{n}.png" for n in FIGURE_NAMES]
    for path in paths:
        width, _ = _png_size(path.read_bytes())
        assert width == int(report.figures[path.stem].figure.get_figwidth() * 40)


def test_empty_store_is_an_error(tmp_path):
    path = tmp_path / "empty.duckdb"
    EventStore(path).close()
    with dotterel.open(path) as ds, pytest.raises(DotterelError, match="no events"):
        build_report(ds)


def test_sparse_store_leaves_out_what_it_cannot_draw(tmp_path):
    coded = _document(3, date(2006, 5, 9), events=2)
    # One month-dated event with no target and no place: only the timeline can be drawn.
    lone = replace(coded.events[1], target=None, location=None)
    path = tmp_path / "sparse.duckdb"
    with EventStore(path) as store:
        store.write([replace(coded, events=(lone,))])
    with dotterel.open(path) as ds:
        report = build_report(ds)
    assert list(report.figures) == ["timeline"]
    assert "month" in report.figures["timeline"].caption
    assert len(report.notes) == 3 and all(n.startswith("No ") for n in report.notes)
    page = report.to_html()
    assert all(_esc_in(note, page) for note in report.notes)


def _esc_in(text: str, page: str) -> bool:
    return html.escape(text) in page


def test_choose_period():
    d = date(2006, 1, 1)
    assert choose_period(d, d, 90) == "day"
    assert choose_period(d, d + timedelta(days=200), 90) == "week"
    assert choose_period(d, date(2010, 12, 31), 90) == "month"
    assert choose_period(d, date(2020, 1, 1), 90) == "year"
