"""Dates: the publication date from a dateline, and event dates anchored to it.

Rules (documented in docs/dates.md):
- A publication date read from text needs a day, a month and a year. "July 26 -"
  gives nothing: the year is never guessed.
- An event takes the first date expression of its own sentence that resolves;
  relative expressions resolve against the publication date, preferring the past
  (a bare weekday is the most recent such day, the publication day included); a month
  and day without a year is the nearest such date, ahead or behind.
- With no publication date, only expressions that name a year resolve.
- An event with no date expression of its own inherits the date of the event it
  continues: one in the previous sentence that shares an actor (``inherited:...``).
- Otherwise it takes the publication date (``date_source`` says so), or null when that
  is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .schema import Event

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_MDY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DECADE = re.compile(r"\b(1[0-9]|20)(\d)0'?s\b")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# Durations and vague spans are not dates of an event ("for 12 years", "a decade").
_DURATION = re.compile(
    r"^(for|over|during|within|about|some|nearly|almost|more than|less than)\b|"
    r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few)\s+"
    r"(day|week|month|year|decade|hour|minute)s?\b(?!\s+ago)|"
    r"^(the\s+)?(past|last|next|coming)\s+(\w+\s+)?(days|weeks|months|years|decades)\b|"
    r"\b(recently|recent|now|currently|later|soon|earlier|annual|daily|weekly)\s*$",
    re.IGNORECASE,
)
_RELATIVE_CUES = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|ago|last|this|next|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(" + "|".join(_WEEKDAYS) + r")$", re.IGNORECASE)
_HEAD_CHARS = 400  # a dateline sits in the first lines


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # day | month | year | decade
    expression: str


def _month(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(date: dt.date, anchor: dt.date) -> dt.date:
    """A month and day without a year ("November 11") is the nearest such date to the
    publication date, ahead or behind: news announces as often as it reports."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))


def publication_date_from_text(text: str) -> ResolvedDate | None:
    """A full date (day, month, year) in the first lines, such as a dateline."""
    head = text[:_HEAD_CHARS]
    candidates: list[tuple[int, dt.date | None, str]] = []
    for m in _MDY.finditer(head):
        candidates.append((m.start(), _safe_date(int(m[3]), _month(m[1]), int(m[2])), m[0]))
    for m in _DMY.finditer(head):
        candidates.append((m.start(), _safe_date(int(m[3]), _month(m[2]), int(m[1])), m[0]))
    for m in _ISO.finditer(head):
        candidates.append((m.start(), _safe_date(int(m[1]), int(m[2]), int(m[3])), m[0]))
    for _, date, expression in sorted(candidates, key=lambda c: c[0]):
        if date is not None:
            return ResolvedDate(date.isoformat(), "day", expression)
    return None


@lru_cache(maxsize=20_000)
def resolve_expression(expression: str, anchor: str | None) -> ResolvedDate | None:
    """Resolve one date expression against the publication date ``anchor`` (YYYY-MM-DD)."""
    expr = expression.strip()
    if not expr or _DURATION.search(expr):
        return None
    if anchor is not None and not _ISO.fullmatch(anchor):
        anchor = None  # an unreadable anchor anchors nothing
    decade = _DECADE.search(expr)
    if decade:
        return ResolvedDate(f"{decade[1]}{decade[2]}0", "decade", expr)
    names_year = bool(_YEAR.search(expr))
    if anchor is None and not names_year:
        return None  # relative or partial, with nothing to anchor it: never guess
    if not names_year and not _RELATIVE_CUES.search(expr) and not re.search(_MONTH, expr):
        return None
    weekday = _BARE_WEEKDAY.match(expr)
    if weekday and anchor is not None:
        # News uses a bare weekday for the most recent such day, the publication day
        # included ("on Thursday" in a Thursday report); dateparser would skip a week.
        published = dt.date.fromisoformat(anchor)
        back = (published.weekday() - _WEEKDAYS.index(weekday[1].lower())) % 7
        return ResolvedDate((published - dt.timedelta(days=back)).isoformat(), "day", expr)

    from dateparser.date import DateDataParser  # slow import, only when needed

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor)
    parsed = DateDataParser(languages=["en"], settings=settings).get_date_data(expr)
    if parsed.date_obj is None:
        return None
    date = parsed.date_obj.date()
    period = parsed.period
    if period == "year":
        return ResolvedDate(f"{date.year:04d}", "year", expr)
    if period == "month":
        return ResolvedDate(f"{date.year:04d}-{date.month:02d}", "month", expr)
    if period in ("day", "time"):
        if anchor is not None and not names_year and re.search(_MONTH, expr):
            date = _nearest_year(date, dt.date.fromisoformat(anchor))
        return ResolvedDate(date.isoformat(), "day", expr)
    return None  # weeks and other spans have no honest single date


def inherit_dates(events: Sequence[Event]) -> list[Event]:
    """Events dated only by publication take the date of the event they continue: one in
    the previous sentence sharing an actor, whose date came from the text."""
    out: list[Event] = []
    for event in events:
        if event.date_source == "publication":
            codes = _actor_codes(event)
            previous = [
                e
                for e in out
                if e.sentence_id == event.sentence_id - 1
                and (e.date_source or "").startswith(("sentence:", "inherited:"))
                and codes & _actor_codes(e)
            ]
            if previous:
                source = previous[0]
                event = replace(
                    event, date=source.date, date_precision=source.date_precision,
                    date_source=f"inherited:sentence {source.sentence_id} ({source.date_source})",
                )  # fmt: skip
        out.append(event)
    return out


def _actor_codes(event: Event) -> set[str]:
    return {a.code for a in (event.source, event.target) if a is not None and a.resolved and a.code}
