"""What the actor knowledge holds, as rows: for ``dotterel actors list|search|export``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .knowledge import ActorKnowledge

EXPORT_COLUMNS = ("source", "kind", "name", "aliases", "code", "start", "end")


def entries(knowledge: ActorKnowledge) -> Iterator[dict[str, Any]]:
    """Every entry in the simple dictionary format (one row per dated code)."""
    for c in knowledge.countries.values():
        aliases = "|".join((*c.aliases, *c.demonyms, *c.capitals))
        yield _row("built-in:countries", "country", c.name, aliases, c.iso3)
    for o in knowledge.organisations:
        yield _row("built-in:organisations", o.kind, o.name, "|".join(o.aliases), o.code)
    for a in knowledge.agents.values():
        yield _row("built-in:agents", "agent", a.term, "", "---" + "".join(a.sectors[:1]))
    for p in knowledge.persons:
        if not p.roles and p.nationality:
            yield _row(
                "built-in:people", "person", p.name, "|".join(p.aliases), p.nationality + "ELI"
            )
        for r in p.roles:
            yield _row(
                "built-in:persons", "person", p.name, "|".join(p.aliases),
                r.country + "".join(r.sectors[:1]), r.start.isoformat(),
                r.end.isoformat() if r.end else "",
            )  # fmt: skip
    for d in knowledge.user:
        for u in d.actors:
            for code in u.codes:
                yield _row(
                    f"user:{d.source}", "actor", u.name, "|".join(u.synonyms), code.code,
                    code.start.isoformat() if code.start else "",
                    code.end.isoformat() if code.end else "",
                )  # fmt: skip
        for g in d.agents:
            yield _row(f"user:{d.source}", "agent", g.term, "", "---" + g.code)


def _row(
    source: str, kind: str, name: str, aliases: str, code: str, start: str = "", end: str = ""
) -> dict[str, Any]:
    return dict(zip(EXPORT_COLUMNS, (source, kind, name, aliases, code, start, end), strict=True))


def summary(knowledge: ActorKnowledge) -> list[dict[str, Any]]:
    """Entry counts by source."""
    seen: dict[str, set[tuple[str, str]]] = {}
    for row in entries(knowledge):  # one row per dated code; count the entries
        seen.setdefault(row["source"], set()).add((row["kind"], row["name"]))
    return [{"source": k, "entries": len(v)} for k, v in seen.items()]


def search(knowledge: ActorKnowledge, text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Entries whose name or aliases contain ``text`` (case-insensitive)."""
    needle = text.lower()
    found = []
    for row in entries(knowledge):
        if needle in row["name"].lower() or needle in row["aliases"].lower():
            found.append(row)
            if len(found) >= limit:
                break
    return found
