"""Clean article text: drop boilerplate, rejoin broken paragraphs, normalise punctuation.

The cleaned text keeps an ``OffsetMap`` back to the raw text, so every offset that
dotterel reports can be traced to the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import data_lines
from ..schema import OffsetMap

# One-for-one replacements keep offsets aligned: typographic quotes, dashes, odd spaces.
_ONE_FOR_ONE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\t": " ",
    }
)  # fmt: skip

_SENTENCE_END = tuple(".!?:;\"')]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WORD = re.compile(r"\S+")
# A wrapped line is long and ends mid-sentence; shorter lines are headlines or datelines.
_WRAP_MIN_CHARS = 60
# "BAGHDAD, Oct. 25 -", "AMMAN, Jordan -", "WASHINGTON (Reuters) -": a dateline opens a paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Z.'-]{2,}(?:\s[A-Z][A-Z.'-]+)*\s*[,(-]")


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """Regular expressions for boilerplate lines, from data/boilerplate.tsv."""
    return tuple(re.compile(row[0], re.IGNORECASE) for row in data_lines("boilerplate.tsv"))


@dataclass(frozen=True)
class CleanText:
    text: str
    offsets: OffsetMap
    dropped_lines: int


class _Builder:
    """Accumulates cleaned text and the anchors that map it back to raw offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int]] = []
        self.length = 0
        self._next_raw: int | None = None

    def copy(self, text: str, raw_start: int) -> None:
        if raw_start != self._next_raw:
            self.anchors.append((self.length, raw_start))
        self.parts.append(text)
        self.length += len(text)
        self._next_raw = raw_start + len(text)

    def insert(self, text: str, raw_at: int) -> None:
        """Add text that has no raw counterpart (a separator), mapped to ``raw_at``."""
        self.anchors.append((self.length, raw_at))
        self.parts.append(text)
        self.length += len(text)
        self._next_raw = None

    def result(self, dropped: int) -> CleanText:
        anchors = tuple(self.anchors) or ((0, 0),)
        return CleanText("".join(self.parts), OffsetMap(anchors), dropped)


def _is_boilerplate(line: str) -> bool:
    if len(line) > 200:
        return False
    if line.count("|") >= 3 or line.count("•") >= 3:  # navigation menus
        return True
    return any(p.search(line) for p in boilerplate_patterns())


def _lines(raw: str) -> list[tuple[int, str]]:
    """Lines of ``raw`` with their start offsets; leading/trailing spaces trimmed."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _LINE_BREAK.finditer(raw):
        out.append((start, raw[start : m.start()]))
        start = m.end()
    out.append((start, raw[start:]))
    trimmed = []
    for offset, line in out:
        lead = len(line) - len(line.lstrip())
        trimmed.append((offset + lead, line.strip()))
    return trimmed


def _hard_wrapped(lines: list[tuple[int, str]]) -> bool:
    """Whether the text is wrapped at a fixed width (lines break mid-sentence).

    In text with one paragraph a line (HTML extractions, most feeds) a long line with
    no closing punctuation is a headline, not half a sentence.
    """
    content = [line for _, line in lines if line]
    if len(content) < 3:
        return False
    open_ended = sum(
        1 for line in content if len(line) >= _WRAP_MIN_CHARS and not line.endswith(_SENTENCE_END)
    )
    return open_ended >= 2 and open_ended / len(content) >= 0.4


def _continues(previous: str, line: str, blank_between: bool, wrapped: bool) -> bool:
    """Whether ``line`` continues the paragraph that ``previous`` ends."""
    if previous.endswith(_SENTENCE_END) or _DATELINE.match(line):
        return False
    starts_lower = line[:1].islower()
    if blank_between or not wrapped:
        return starts_lower  # a paragraph broken mid-sentence
    return starts_lower or len(previous) >= _WRAP_MIN_CHARS


def clean_text(raw: str) -> CleanText:
    """Clean ``raw``: paragraphs separated by a blank line, words by one space."""
    paragraphs: list[list[tuple[int, str]]] = []
    blank_before = True
    dropped = 0
    lines = _lines(raw)
    wrapped = _hard_wrapped(lines)
    for offset, line in lines:
        if not line:
            blank_before = True
            continue
        if _is_boilerplate(line):
            dropped += 1
            continue
        normalised = line.translate(_ONE_FOR_ONE)
        if paragraphs and _continues(paragraphs[-1][-1][1], normalised, blank_before, wrapped):
            paragraphs[-1].append((offset, normalised))
        else:
            paragraphs.append([(offset, normalised)])
        blank_before = False

    builder = _Builder()
    for p_index, paragraph in enumerate(paragraphs):
        if p_index:
            builder.insert("\n\n", paragraph[0][0])
        first_word = True
        for offset, line in paragraph:
            for m in _WORD.finditer(line):
                if not first_word:
                    builder.insert(" ", offset + m.start())
                builder.copy(m.group(), offset + m.start())
                first_word = False
    return builder.result(dropped)
