"""Actor knowledge: countries, organisations and agent nouns, loaded from data tables.

Names are indexed as token sequences in a trie so that a document is scanned once.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.lang.en import English
from spacy.tokens import Span, Token

from ..errors import DataError
from ..resources import data_files, data_table
from .dictionaries import DictionaryActor, UserDictionary, split_code

log = logging.getLogger(__name__)

_ALL_CAPS_SHORT = re.compile(r"^[A-Z]{1,4}$")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    peoples: tuple[str, ...] = ()  # peoples and regions inside the state ("Chechen")


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    code: str
    country: str
    sectors: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Agent:
    term: str
    sectors: tuple[str, ...]


# Which of two roles held at once a person codes by: offices of state first.
_ROLE_RANK = {
    "head_of_state_and_government": 0,
    "head_of_state": 1,
    "head_of_government": 2,
    "foreign_minister": 3,
    "defence_minister": 4,
    "igo_head": 5,
}


@dataclass(frozen=True)
class Role:
    """A time-bounded role: the person codes as ``country`` + ``sectors`` within it."""

    country: str
    sectors: tuple[str, ...]
    role: str
    start: dt.date
    end: dt.date | None  # None: still in office
    code: str | None = None  # an IGO head codes as the organisation (IGOUNO), not IGOGOV

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]  # ordered by start
    nationality: str | None = None  # ISO3, for people known without dated roles

    def role_on(self, day: dt.date) -> Role | None:
        """The role held on ``day``; of two at once, the office of state before a party
        post (Xi Jinping: head of state, not party leader, from 2013-03-14)."""
        held = [r for r in self.roles if r.covers(day)]
        return min(held, key=lambda r: _ROLE_RANK.get(r.role, len(_ROLE_RANK))) if held else None

    def outside_roles(self, day: dt.date) -> Role | None:
        """The role nearest to ``day`` (for the country a person belongs to)."""
        before = [r for r in self.roles if r.start <= day]
        return before[-1] if before else (self.roles[0] if self.roles else None)


@dataclass(frozen=True)
class Entry:
    """One way a phrase can be read: as a country name, a demonym, an agent noun, ..."""

    kind: str  # country | demonym | people | capital | org | agent | person | user
    ref: Country | Organisation | Agent | Person | DictionaryActor
    case_sensitive: bool  # short all-caps aliases (US, UN, IS) match only as written


@dataclass(frozen=True)
class PhraseMatch:
    start: int  # token index in the Doc
    end: int
    entries: tuple[Entry, ...]

    def of_kind(self, *kinds: str) -> Entry | None:
        for e in self.entries:
            if e.kind in kinds:
                return e
        return None


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


class PhraseIndex:
    """A trie over lower-cased token sequences."""

    def __init__(self) -> None:
        self._root = _Node()
        self._tokenizer = English().tokenizer

    def add(self, phrase: str, entry: Entry, first: bool = False) -> None:
        """Index ``phrase``; ``first`` puts the entry before others of the same phrase."""
        words = [t.lower_ for t in self._tokenizer(phrase)]
        if not words:
            return
        node = self._root
        for w in words:
            node = node.children.setdefault(w, _Node())
        if first:
            node.entries.insert(0, entry)
        else:
            node.entries.append(entry)

    def longest_at(self, tokens: Sequence[Token], start: int) -> PhraseMatch | None:
        """The longest phrase starting at ``tokens[start]`` whose entries accept the text."""
        best: PhraseMatch | None = None
        # Each word may follow its own form or its lemma ("forces" or "force"): both paths
        # are walked, since a longer name through one form must not hide the other.
        # Breadth first, own form before lemma: of two equally long matches, the one
        # through the words' own forms wins.
        frontier = deque([(self._root, start)])
        while frontier:
            node, i = frontier.popleft()
            if i >= len(tokens):
                continue
            tok = tokens[i]
            forms = dict.fromkeys((tok.lower_, tok.lemma_.lower(), *_plural_propn_stem(tok)))
            for form in forms:
                nxt = node.children.get(form)
                if nxt is None:
                    continue
                if nxt.entries:
                    accepted = tuple(e for e in nxt.entries if _accepts(e, tokens[start : i + 1]))
                    if accepted and (best is None or tokens[i].i + 1 > best.end):
                        best = PhraseMatch(tokens[start].i, tokens[i].i + 1, accepted)
                frontier.append((nxt, i + 1))
        return best


def _plural_propn_stem(tok: Token) -> tuple[str, ...]:
    """A capitalised plural the tagger took for a name keeps its -s in its lemma
    ("Rebels attacked ..."): its singular too."""
    word = tok.lower_
    if tok.pos_ == "PROPN" and len(word) > 4 and word.endswith("ies"):
        return (word[:-3] + "y",)  # "Authorities imposed ...": authority
    if tok.pos_ == "PROPN" and len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return (word[:-1],)
    return ()


def _accepts(entry: Entry, tokens: Sequence[Token]) -> bool:
    text = " ".join(t.text for t in tokens)
    if entry.case_sensitive:
        return any(_ALL_CAPS_SHORT.match(t.text) for t in tokens) and text.upper() == text
    if entry.kind == "agent":
        return True
    # Proper names need a capital letter somewhere: "Chad" the country, not "chad".
    return any(ch.isupper() for ch in text)


class ActorKnowledge:
    """Everything the resolver knows, indexed for lookup by phrase and by code."""

    def __init__(
        self,
        countries: Sequence[Country],
        organisations: Sequence[Organisation],
        agents: Sequence[Agent],
        persons: Sequence[Person] = (),
        user: Sequence[UserDictionary] = (),
        inanimate: Mapping[str, str] | None = None,
        titles: frozenset[str] = frozenset(),
    ) -> None:
        self.countries = {c.iso3: c for c in countries}
        # Head nouns that never name an actor, whatever modifies them ("the Kenyan
        # shilling", "Russian wheat prices"), with their kind (currency, market, hazard).
        self.inanimate: Mapping[str, str] = dict(inanimate or {})
        # Head nouns that name one person ("the interior minister"): "he" can refer to them.
        self.titles = titles
        self.organisations = list(organisations)
        self.agents = {a.term: a for a in agents}
        self.persons = list(persons)
        self.index = PhraseIndex()
        for c in countries:
            for name in (c.name, *c.aliases):
                self.index.add(name, Entry("country", c, bool(_ALL_CAPS_SHORT.match(name))))
            for name in c.demonyms:
                self.index.add(name, Entry("demonym", c, False))
            for name in c.peoples:
                self.index.add(name, Entry("people", c, False))
            for name in c.capitals:
                self.index.add(name, Entry("capital", c, False))
        for o in organisations:
            for name in (o.name, *o.aliases):
                self.index.add(name, Entry("org", o, bool(_ALL_CAPS_SHORT.match(name))))
        for a in agents:
            self.index.add(a.term, Entry("agent", a, False))
        for p in persons:
            for name in (p.name, *p.aliases):
                self.index.add(name, Entry("person", p, False))
        # User dictionaries override the built-ins: their entries come first.
        self.user = list(user)
        for d in user:
            for entry in d.actors:
                for name in (entry.name, *entry.synonyms):
                    self.index.add(name, Entry("user", entry, False), first=True)
            for g in d.agents:
                agent = Agent(g.term, split_code("---" + g.code)[1])
                self.index.add(g.term, Entry("agent", agent, False), first=True)

    def with_user(self, user: Sequence[UserDictionary]) -> ActorKnowledge:
        """A copy that also knows the user's dictionaries (the built-ins stay untouched)."""
        if not user:
            return self
        return ActorKnowledge(
            list(self.countries.values()), self.organisations, list(self.agents.values()),
            self.persons, [*self.user, *user], self.inanimate, self.titles,
        )  # fmt: skip

    def scan(self, span: Span | Sequence[Token]) -> list[PhraseMatch]:
        """Non-overlapping longest matches, left to right."""
        tokens = list(span)
        found: list[PhraseMatch] = []
        i = 0
        while i < len(tokens):
            m = self.index.longest_at(tokens, i)
            if m is None:
                i += 1
            else:
                found.append(m)
                i += m.end - m.start
        return found

    def country_by_name(self, text: str) -> Country | None:
        needle = text.strip().lower()
        for c in self.countries.values():
            if needle in (n.lower() for n in (c.iso3, c.name, *c.aliases)):
                return c
        return None


def _countries() -> list[Country]:
    out = []
    for row in data_table("countries.tsv"):
        if len(row["iso3"]) != 3:
            raise DataError(f"countries.tsv: bad iso3 {row['iso3']!r}")
        out.append(
            Country(
                row["iso3"],
                row["name"],
                _split(row["aliases"]),
                _split(row["demonyms"]),
                _split(row["capitals"]),
                _split(row.get("peoples") or ""),
            )
        )
    return out


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Each demonym of ``countries.tsv`` (lower case) and its country's ISO3 code; a
    demonym two countries share ("Congolese") is left out."""
    found: dict[str, set[str]] = {}
    for country in _countries():
        for demonym in country.demonyms:
            found.setdefault(demonym.lower(), set()).add(country.iso3)
    return {d: next(iter(c)) for d, c in found.items() if len(c) == 1}


def _organisations() -> list[Organisation]:
    return [
        Organisation(
            row["name"],
            _split(row["aliases"]),
            row["code"],
            row["country"],
            tuple(row["sectors"].split()),
            row["kind"],
        )
        for table in ("organisations.tsv", "organisations_national.tsv")
        for row in data_table(table)
    ]


@lru_cache(maxsize=1)
def owned_nouns() -> frozenset[str]:
    """Nouns whose country name says whose they are, not where they are ("the US
    embassy" in Tegucigalpa): site_words.tsv's kind ``owned``."""
    return frozenset(r["word"] for r in data_table("site_words.tsv") if r["kind"] == "owned")


def _agents() -> list[Agent]:
    return [
        Agent(row["term"].lower(), tuple(row["sectors"].split()))
        for row in data_table("agents.tsv")
    ]


def _date(value: str, table: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{table}: bad date {value!r}") from None


def persons_from_rows(
    rows: Sequence[dict[str, str]], table: str, organisations: Sequence[Organisation] = ()
) -> list[Person]:
    """People with their roles; rows of one person share a name. The head of an
    international organisation codes as the organisation the row's note names."""
    roles: dict[str, list[Role]] = {}
    aliases: dict[str, list[str]] = {}
    for row in rows:
        start = _date(row["start"], table)
        if start is None:
            raise DataError(f"{table}: {row['name']!r} has no start date")
        role = Role(
            row["country"],
            tuple(row["sectors"].split()),
            row["role"],
            start,
            _date(row["end"], table),
            _organisation_named(row.get("note", ""), organisations)
            if row["role"] == "igo_head"
            else None,
        )
        roles.setdefault(row["name"], []).append(role)
        known = aliases.setdefault(row["name"], [])
        known.extend(a for a in _split(row.get("aliases", "")) if a not in known)
    return [
        Person(name, tuple(aliases[name]), tuple(sorted(rs, key=lambda r: r.start)))
        for name, rs in sorted(roles.items())
    ]


def _organisation_named(note: str, organisations: Sequence[Organisation]) -> str | None:
    """The code of the IGO whose name (or a distinctive alias) the note names, the
    longest name first ("UN High Commissioner for Refugees (UNHCR)": UNHCR, not the UN)."""
    found: list[tuple[int, str]] = []
    for org in organisations:
        if org.country != "IGO":
            continue
        for name in (org.name, *org.aliases):
            distinctive = len(name) >= 4 or name.isupper()
            if distinctive and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", note):
                found.append((len(name), org.code))
    return max(found)[1] if found else None


def _persons() -> list[Person]:
    rows: list[dict[str, str]] = []
    for name in data_files("persons"):
        rows.extend(data_table(f"persons/{name}"))
    dated = persons_from_rows(rows, "persons/*.tsv", _organisations())
    known = {p.name for p in dated}
    # People known only by the country they serve; a dated entry always wins.
    undated = [
        Person(row["name"], _split(row["aliases"]), (), nationality=row["country"])
        for row in data_table("people.tsv")
        if row["name"] not in known
    ]
    return with_short_names(dated + undated, data_table("short_names.tsv"), "short_names.tsv")


def with_short_names(
    persons: list[Person], rows: Sequence[dict[str, str]], table: str
) -> list[Person]:
    """The persons with the short names the press calls them by ("Sharon", "Bush") added
    to their aliases; where several share one, the resolver tells them apart by date."""
    shared: dict[str, list[str]] = {}
    names = {p.name for p in persons}
    for row in rows:
        for name in _split(row["persons"]):
            if name not in names:
                raise DataError(f"{table}: {row['alias']!r} names {name!r}, who is no person")
            shared.setdefault(name, []).append(row["alias"])
    return [
        replace(p, aliases=(*p.aliases, *(a for a in shared[p.name] if a not in p.aliases)))
        if p.name in shared
        else p
        for p in persons
    ]


@lru_cache(maxsize=1)
def builtin_knowledge() -> ActorKnowledge:
    """The bundled tables; loaded once per process (they never change at run time)."""
    inanimate = {row["lemma"].lower(): row["kind"] for row in data_table("inanimate.tsv")}
    titles = frozenset(row["lemma"].lower() for row in data_table("titles.tsv"))
    return ActorKnowledge(
        _countries(), _organisations(), _agents(), _persons(), inanimate=inanimate, titles=titles
    )
