"""User actor dictionaries: PETRARCH/TABARI files, and a simple CSV or YAML format.

User entries override the built-in tables. Formats:

- PETRARCH/TABARI actors (``*.actors.txt``): ``NAME_WITH_UNDERSCORES_ [CODE]`` opens an
  entry, ``+SYNONYM_`` lines add names, and ``[CODE range]`` lines give dated codes:
  ``YYMMDD-YYMMDD``, ``>YYMMDD`` (after), ``<YYMMDD`` (before); a code without a range is
  the default. Two-digit years of 30 or below are 20xx, others 19xx (PETRARCH's reading).
- PETRARCH/TABARI agents (``*.agents.txt``): ``TERM [~CODE]``, with ``{PLURALS}`` and
  ``!MACRO! = A, B`` substitutions.
- CSV: columns ``name, aliases, code, start, end`` (aliases '|'-separated; one row per
  dated code), or ``term, agent_code`` for agents.
- YAML: a list of ``{name, aliases: [...], codes: [{code, start, end}]}`` and/or
  ``{term, agent_code}``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError

_CODE_LINE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")
_AGENT_LINE = re.compile(
    r"^(?P<term>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~(?P<code>[A-Za-z]+)\]"
)
_MACRO = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<values>.+)$")


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # inclusive

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class DictionaryActor:
    name: str
    synonyms: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    source: str

    def code_on(self, day: dt.date | None) -> str | None:
        """The dated code covering ``day``, else the default (undated) code."""
        if day is not None:
            for c in self.codes:
                if c.dated and c.covers(day):
                    return c.code
        default = next((c.code for c in self.codes if not c.dated), None)
        if default is not None or day is not None:
            return default
        return self.codes[-1].code if self.codes else None


@dataclass(frozen=True)
class DictionaryAgent:
    term: str
    code: str  # sector code(s), e.g. "GOV" or "GOVFRM"
    source: str


@dataclass(frozen=True)
class UserDictionary:
    source: str
    actors: tuple[DictionaryActor, ...] = ()
    agents: tuple[DictionaryAgent, ...] = ()
    problems: tuple[str, ...] = ()  # lines skipped, each with its reason


def split_code(code: str) -> tuple[str, tuple[str, ...]]:
    """A CAMEO-style code as (country, 3-letter chunks): EGYGOVMIL -> (EGY, (GOV, MIL))."""
    code = code.upper()
    return code[:3], tuple(code[i : i + 3] for i in range(3, len(code), 3))


def _yymmdd(text: str, where: str) -> dt.date:
    digits = text.strip()
    try:
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if len(digits) == 6:
            year = int(digits[:2])
            year += 2000 if year <= 30 else 1900
            return dt.date(year, int(digits[2:4]), int(digits[4:]))
    except ValueError:
        pass
    raise DataError(f"{where}: bad date {text!r} (expected YYMMDD)")


def _dated_code(code: str, spec: str, where: str) -> DatedCode:
    spec = spec.strip()
    if not spec:
        return DatedCode(code)
    if spec.startswith(">"):
        return DatedCode(code, start=_yymmdd(spec[1:], where) + dt.timedelta(days=1))
    if spec.startswith("<"):
        return DatedCode(code, end=_yymmdd(spec[1:], where) - dt.timedelta(days=1))
    if "-" in spec:
        a, b = spec.split("-", 1)
        return DatedCode(code, start=_yymmdd(a, where), end=_yymmdd(b, where))
    raise DataError(f"{where}: bad date range {spec!r}")


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_petrarch_actors(
    text: str, source: str, problems: list[str] | None = None
) -> list[DictionaryActor]:
    """Actor entries; a malformed code line is skipped and reported in ``problems``."""
    problems = [] if problems is None else problems
    entries: list[DictionaryActor] = []
    name: str | None = None
    synonyms: list[str] = []
    codes: list[DatedCode] = []

    def close() -> None:
        if name is not None:  # an entry without codes may add synonyms to a namesake
            entries.append(DictionaryActor(name, tuple(synonyms), tuple(codes), source))

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        stripped = line.strip()
        if not stripped or stripped.startswith("<!--") or stripped.startswith("-->"):
            continue
        where = f"{source}:{lineno}"
        if stripped.startswith("+"):
            if name is None:
                problems.append(f"{where}: synonym before any actor")
                continue
            synonyms.append(_phrase(stripped[1:]))
            continue
        if stripped.startswith("["):
            if name is None:
                problems.append(f"{where}: code before any actor")
                continue
            _add_codes(stripped, codes, problems, where)
            continue
        close()
        head, _, rest = stripped.partition("[")
        name, synonyms, codes = _phrase(head), [], []
        if rest:
            _add_codes("[" + rest, codes, problems, where)
    close()
    return _merge_by_name(entries)


def _merge_by_name(entries: list[DictionaryActor]) -> list[DictionaryActor]:
    """PETRARCH merges entries that repeat a name: synonyms and codes add up."""
    merged: dict[str, DictionaryActor] = {}
    for e in entries:
        seen = merged.get(e.name)
        if seen is None:
            merged[e.name] = e
        else:
            synonyms = seen.synonyms + tuple(x for x in e.synonyms if x not in seen.synonyms)
            merged[e.name] = DictionaryActor(e.name, synonyms, seen.codes + e.codes, seen.source)
    return [e for e in merged.values() if e.codes]


def _add_codes(text: str, codes: list[DatedCode], problems: list[str], where: str) -> None:
    for m in _CODE_LINE.finditer(text):
        try:
            codes.append(_dated_code(m[1].upper(), m[2], where))
        except DataError as exc:
            problems.append(str(exc))


def parse_petrarch_agents(text: str, source: str) -> list[DictionaryAgent]:
    macros: dict[str, list[str]] = {}
    agents: list[DictionaryAgent] = []
    for raw in text.splitlines():
        line = _strip_comment(raw).strip()
        if not line or line.startswith("<"):
            continue
        m = _MACRO.match(line)
        if m:
            macros[m["name"]] = [v.strip() for v in m["values"].split(",") if v.strip()]
            continue
        m = _AGENT_LINE.match(line)
        if not m:
            continue
        terms = [m["term"].strip()]
        if m["plurals"]:
            terms += [p for p in m["plurals"].split() if p]
        for term in terms:
            for expanded in _expand_macros(term, macros):
                agents.append(DictionaryAgent(_phrase(expanded).lower(), m["code"].upper(), source))
    return agents


def _expand_macros(term: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([A-Z]+)!", term)
    if not match or match[1] not in macros:
        return [term]
    out = []
    for value in macros[match[1]]:
        out.extend(_expand_macros(term[: match.start()] + value + term[match.end() :], macros))
    return out


def _iso(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataError(f"{where}: bad date {value!r} (expected YYYY-MM-DD)") from None


def _from_records(records: Iterable[dict], source: str) -> UserDictionary:
    actors: dict[str, tuple[list[str], list[DatedCode]]] = {}
    agents: list[DictionaryAgent] = []
    for i, r in enumerate(records, start=1):
        where = f"{source}:{i}"
        if not isinstance(r, dict):
            raise DataError(f"{where}: expected a mapping")
        if r.get("term"):
            if not r.get("agent_code"):
                raise DataError(f"{where}: agent {r['term']!r} has no agent_code")
            agents.append(
                DictionaryAgent(str(r["term"]).lower(), str(r["agent_code"]).upper(), source)
            )
            continue
        name = str(r.get("name") or "").strip()
        if not name:
            raise DataError(f"{where}: entry has no name")
        aliases = r.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|") if a.strip()]
        codes = r.get("codes") or [
            {"code": r.get("code"), "start": r.get("start"), "end": r.get("end")}
        ]
        known_aliases, known_codes = actors.setdefault(name, ([], []))
        known_aliases.extend(a.strip() for a in aliases if a.strip() not in known_aliases)
        for c in codes:
            if not c.get("code"):
                raise DataError(f"{where}: {name!r} has no code")
            known_codes.append(
                DatedCode(
                    str(c["code"]).upper(), _iso(c.get("start"), where), _iso(c.get("end"), where)
                )
            )
    return UserDictionary(
        source,
        tuple(DictionaryActor(n, tuple(a), tuple(c), source) for n, (a, c) in actors.items()),
        tuple(agents),
    )


def load_dictionary(path: Path, fmt: str | None = None) -> UserDictionary:
    """Read a user dictionary; the format comes from ``fmt`` or the file's name."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror}") from exc
    return parse_dictionary(text, path.name, fmt or guess_format(path, text))


def parse_dictionary(text: str, source: str, kind: str) -> UserDictionary:
    """Parse dictionary ``text`` in format ``kind`` (one of FORMATS)."""
    if kind not in FORMATS:
        raise DataError(f"{source}: unknown dictionary format {kind!r}; use {', '.join(FORMATS)}")
    if kind == "petrarch-actors":
        problems: list[str] = []
        actors = parse_petrarch_actors(text, source, problems)
        return UserDictionary(source, actors=tuple(actors), problems=tuple(problems))
    if kind == "petrarch-agents":
        return UserDictionary(source, agents=tuple(parse_petrarch_agents(text, source)))
    if kind == "csv":
        return _from_records(csv.DictReader(io.StringIO(text)), source)
    import yaml  # only YAML needs it

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"{source}: invalid YAML: {exc}") from exc
    return _from_records(data or [], source)


def guess_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if "[~" in text:
        return "petrarch-agents"
    return "petrarch-actors"


FORMATS = ("petrarch-actors", "petrarch-agents", "csv", "yaml")
