"""Read articles from files, folders and stdin.

Every reader yields ``Article`` for what it could read and ``InputFailure`` for
what it could not, so one bad input never stops the others.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import charset_normalizer
import ftfy

from ..errors import InputError
from ..schema import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".json"}
CSV_SUFFIXES = {".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read, with a one-line reason."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


ReadResult = Article | InputFailure


def repair_text(text: str) -> str:
    """Repair mojibake with ftfy; quotes stay curly (cleaning normalises them later)."""
    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def decode_bytes(data: bytes, origin: str, repair: bool = True) -> str:
    """Decode bytes to text, refusing binary data and undecodable encodings.

    UTF-8 (with or without BOM) is tried first; other encodings are accepted
    only when charset-normalizer identifies them. With ``repair``, mojibake is
    fixed; structured formats (JSONL, CSV) repair each field after parsing instead.
    """
    if not data.strip():
        raise InputError(origin, "empty input")
    head = data[:8192]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        raise InputError(origin, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None or best.chaos > 0.2:
            raise InputError(origin, "not valid text in UTF-8 or any encoding detected") from None
        log.warning("%s: not UTF-8, decoded as %s", origin, best.encoding)
        text = str(best)
    if _looks_binary(text):
        raise InputError(origin, "binary file, not text")
    if repair:
        text = repair_text(text)
    if not text.strip():
        raise InputError(origin, "empty input")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return control / len(sample) > 0.05


def normalise_date(value: Any, origin: str) -> str | None:
    """Metadata dates must be ISO (YYYY-MM-DD...); anything else is an input error."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not _ISO_DATE.match(text):
        raise InputError(origin, f"date {text!r} is not YYYY-MM-DD")
    return text[:10]


def article_from_mapping(record: dict[str, Any], origin: str) -> Article:
    """Build an Article from a JSONL/CSV record with id, text, title, date, url, source."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "record has no 'text'")
    ext_id = record.get("id")
    return Article(
        text=repair_text(text),
        origin=origin,
        external_id=None if ext_id in (None, "") else str(ext_id),
        title=_opt_str(record.get("title"), repair=True),
        date=normalise_date(record.get("date"), origin),
        url=_opt_str(record.get("url")),
        source=_opt_str(record.get("source")),
    )


def _opt_str(value: Any, repair: bool = False) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if repair:
        text = repair_text(text)
    return text or None


def read_text(data: bytes, origin: str) -> Iterator[ReadResult]:
    try:
        yield Article(text=decode_bytes(data, origin), origin=origin)
    except InputError as exc:
        yield InputFailure(origin, exc.reason)


def read_html(data: bytes, origin: str) -> Iterator[ReadResult]:
    import trafilatura  # heavy import, only when HTML is read

    try:
        html = decode_bytes(data, origin)
    except InputError as exc:
        yield InputFailure(origin, exc.reason)
        return
    # original_date and no extensive search: take the page's stated date, never a guess.
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        yield InputFailure(origin, "no article text found in the HTML")
        return
    date = getattr(doc, "date", None)
    yield Article(
        text=text,
        origin=origin,
        title=getattr(doc, "title", None) or None,
        date=date if date and _ISO_DATE.match(date) else None,
        url=getattr(doc, "url", None) or None,
        source=getattr(doc, "sitename", None) or None,
    )


def read_jsonl(data: bytes, origin: str) -> Iterator[ReadResult]:
    try:
        text = decode_bytes(data, origin, repair=False)
    except InputError as exc:
        yield InputFailure(origin, exc.reason)
        return
    stripped = text.lstrip()
    if stripped.startswith("["):  # a .json file holding one array of records
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield InputFailure(origin, f"invalid JSON: {exc.msg} at line {exc.lineno}")
            return
        yield from _records(records, origin)
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputFailure(where, f"invalid JSON: {exc.msg}")
            continue
        yield from _records([record], where, numbered=False)


def _records(records: Any, origin: str, numbered: bool = True) -> Iterator[ReadResult]:
    if not isinstance(records, list):
        records = [records]
    for i, record in enumerate(records, start=1):
        where = f"{origin}[{i}]" if numbered else origin
        if not isinstance(record, dict):
            yield InputFailure(where, "record is not a JSON object")
            continue
        try:
            yield article_from_mapping(record, where)
        except InputError as exc:
            yield InputFailure(where, exc.reason)


def read_csv(data: bytes, origin: str) -> Iterator[ReadResult]:
    try:
        text = decode_bytes(data, origin, repair=False)
    except InputError as exc:
        yield InputFailure(origin, exc.reason)
        return
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = reader.fieldnames or []
        if "text" not in fields:
            yield InputFailure(origin, "CSV has no 'text' column")
            return
        for i, row in enumerate(reader, start=2):
            where = f"{origin}:{i}"
            try:
                yield article_from_mapping(dict(row), where)
            except InputError as exc:
                yield InputFailure(where, exc.reason)
    except csv.Error as exc:
        yield InputFailure(origin, f"malformed CSV: {exc}")


_READERS = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_html for s in HTML_SUFFIXES},
    **{s: read_jsonl for s in JSONL_SUFFIXES},
    **{s: read_csv for s in CSV_SUFFIXES},
}


def read_path(path: Path) -> Iterator[ReadResult]:
    """Read one file or, recursively, a folder (files with unknown suffixes are skipped)."""
    origin = str(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if file.suffix.lower() in SUPPORTED_SUFFIXES:
                yield from read_path(file)
            else:
                log.info("skipping %s: unsupported file type", file)
        return
    if not path.exists():
        yield InputFailure(origin, "no such file or folder")
        return
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        yield InputFailure(
            origin, f"unsupported file type {path.suffix or '(none)'}; use {supported}"
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from reader(data, origin)


def read_inputs(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Read every input named in ``paths``; ``-`` reads one plain-text article from ``stdin``."""
    for name in paths:
        if name == "-":
            if stdin is None:
                yield InputFailure("<stdin>", "standard input is not available")
                continue
            yield from read_text(stdin.read(), "<stdin>")
        else:
            yield from read_path(Path(name))
