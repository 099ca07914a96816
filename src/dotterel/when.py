"""Dates: the publication date from a dateline, and event dates anchored to it.

Rules (documented in docs/dates.md):
- A publication date read from text needs a day, a month and a year. "July 26 -"
  gives nothing: the year is never guessed.
- An event takes the first date expression of its own sentence that resolves;
  relative expressions resolve against the publication date, preferring the past
  (a bare weekday is the most recent such day, the publication day included); a month
  and day without a year is the nearest such date, ahead or behind. A part of a period
  ("early June") keeps the period; a season gives its year; a week gives its month when
  it lies in one.
- A duration in a perfect clause ("have fought for five years") gives its start.
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

from .events.ontology import ontology
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
# Durations and vague spans are not dates ("12 years", "a decade"); see duration_start.
_DURATION = re.compile(
    r"^(for|over|during|within|about|some|nearly|almost|more than|less than)\b|"
    r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|few)\s+"
    r"(day|week|month|year|decade|hour|minute)s?\b(?!\s+ago)|"
    r"^(the\s+)?(past|last|next|coming)\s+(\w+\s+)?(days|weeks|months|years|decades)\b|"
    r"\b(recently|recent|currently|later|soon|earlier|annual|daily|weekly)\s*$",
    re.IGNORECASE,
)
_RELATIVE_CUES = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|ago|last|this|next|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"^(?:right\s+)?now$", re.IGNORECASE)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BARE_WEEKDAY = re.compile(
    r"^(?:(?:late|early)\s+)?(?:on\s+)?("
    + "|".join(_WEEKDAYS)
    + r")(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_RELATIVE_DAY = re.compile(
    r"^(?:(a|one|two|three|\d)\s+days?\s+(earlier|before|later|after)"
    r"|the\s+(previous|next|following)\s+day|the\s+day\s+(before|after)"
    r"|(?:(?:a\s+few|several|some|a|one|two|three|\d+)\s+)?(hours?)\s+(?:earlier|before|later|after))$",
    re.IGNORECASE,
)
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


def _nearest_year(date: dt.date, anchor: dt.date, direction: str | None = None) -> dt.date:
    """A month and day without a year ("November 11") is the nearest such date to the
    publication date, ahead or behind: news announces as often as it reports. When the
    clause's tense says which way (``direction`` "past" or "future"), the nearest on
    that side."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date.replace(year=year))
        except ValueError:  # 29 February
            continue
    if direction == "past":
        options = [d for d in options if d <= anchor] or options
    elif direction == "future":
        options = [d for d in options if d >= anchor] or options
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))


def _bare_month(
    match: re.Match[str], anchor: dt.date, expr: str, direction: str | None
) -> ResolvedDate:
    """A month without a year: "last September" is the most recent September before
    this month, "next" the first after it, "this" the anchor year's. A bare month is on
    the side the clause's tense gives; with no tense to go by, the most recent such month
    (the anchor's included) unless it is one of the next two ("June" in a May report)."""
    which, month = (match[1] or "").lower(), _month(match[2])
    here = anchor.year * 12 + anchor.month - 1
    options = [(anchor.year + k) * 12 + month - 1 for k in (-1, 0, 1)]
    if which in ("last", "past"):
        chosen = max(m for m in options if m < here)
    elif which == "next":
        chosen = min(m for m in options if m > here)
    elif which == "this":
        chosen = anchor.year * 12 + month - 1
    else:
        past = max(m for m in options if m <= here)
        ahead = min(m for m in options if m >= here)
        if direction == "future" or (direction is None and ahead - here in (1, 2)):
            chosen = ahead
        else:
            chosen = past
    return ResolvedDate(f"{chosen // 12:04d}-{chosen % 12 + 1:02d}", "month", expr)


def _numeric(match: re.Match[str], anchor: dt.date | None, expr: str) -> ResolvedDate | None:
    """ "7/8/07": month-first and day-first readings; when both are valid dates and differ,
    the one nearer the publication date, and with no publication date none at all."""
    first, second, year_text = int(match[1]), int(match[2]), match[3]
    year = int(year_text)
    if len(year_text) == 2:
        if anchor is None:
            return None  # the century would be a guess
        year += 2000 if 2000 + year <= anchor.year + 1 else 1900
    readings = {d for d in (_safe_date(year, first, second), _safe_date(year, second, first)) if d}
    if not readings:
        return None
    if len(readings) > 1 and anchor is None:
        return None
    chosen = min(readings, key=lambda d: (abs((d - anchor).days), d > anchor) if anchor else 0)
    return ResolvedDate(chosen.isoformat(), "day", expr)


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


# "early June", "mid-2005", "the end of last year", "earlier this month": the part of
# the period is not a date of its own, so the period keeps its own precision.
_PART_OF = re.compile(
    r"^(?:(?:in|at|by|on|during)\s+)?(?:the\s+)?(?:(?:very\s+)?(?:early|mid|late|middle of|"
    r"end of|beginning of|start of|first half of|second half of|first part of|latter part of)"
    r"|earlier|later)[\s-]+(?:of\s+)?(?=\S)",
    re.IGNORECASE,
)
_SEASON = re.compile(
    r"^(?:(?:in|during|over|since)\s+)?(?:the\s+)?(?:(this|last|next|past|coming)\s+)?"
    r"(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?$",
    re.IGNORECASE,
)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASONS = frozenset(_SEASON_START)
_WEEK = re.compile(
    r"^(?:(?:in|during|over|on)\s+)?(?:the\s+)?(this|last|past|previous|next)?\s*"
    r"(?:(earlier|later)\s+(?:this|last)\s+)?(week|weekend)$",
    re.IGNORECASE,
)
_WEEKS_AGO = re.compile(r"^(a|one|two|three|\d)\s+weeks?\s+ago$", re.IGNORECASE)
# "October", "in early June", "last September": a month named without a year.
_BARE_MONTH = re.compile(
    r"^(?:(?:in|during|by|since)\s+)?(?:(last|this|next|past)\s+)?" + _MONTH + r"$", re.IGNORECASE
)
# "7/8/07", "25/12/2004": numeric dates, read month-first or day-first.
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
# "'82": a year written with two digits.
_SHORT_YEAR = re.compile(r"^(?:in\s+)?[\'\u2019](\d\d)$")
# "the beginning of the year": inside a part of a period, "the year" is the anchor's.
_THE_PERIOD = re.compile(r"^the\s+(year|month)$", re.IGNORECASE)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# "for 12 years", "over the past three months": how long something has lasted.
_SPAN = re.compile(
    r"^(?:for|over|in)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:more than\s+|nearly\s+|almost\s+"
    r"|about\s+|some\s+)?(\d+|" + "|".join(_NUMBERS) + r")\s+(day|week|month|year|decade)s?$",
    re.IGNORECASE,
)


def _month_of_days(first: dt.date, last: dt.date, expr: str) -> ResolvedDate | None:
    """A span of days is dated by its month when it lies within one month; else not at all."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    return ResolvedDate(f"{first.year:04d}-{first.month:02d}", "month", expr)


def _season(match: re.Match[str], anchor: dt.date | None, expr: str) -> ResolvedDate | None:
    """A season is dated by its year (the year it starts), never by a guessed month."""
    which, season, year = (match[1] or "").lower(), match[2].lower(), match[3]
    if year:
        return ResolvedDate(year, "year", expr)
    if anchor is None:
        return None
    start = _SEASON_START[season]
    # The season of the anchor's year that has begun by the anchor, else the year before.
    begun = anchor.year if (anchor.month, anchor.day) >= (start, 1) else anchor.year - 1
    if which in ("last", "past"):
        # "last summer" in October is the summer just gone; in July it is a year earlier.
        current = begun == anchor.year and anchor.month < start + 3 and start != 12
        year_of = begun - 1 if current else begun
    elif which in ("next", "coming"):
        year_of = begun + 1
    elif start == 12:
        # This winter: the one under way in January or February, else the coming one.
        year_of = anchor.year - 1 if anchor.month <= 2 else anchor.year
    elif which == "this":
        year_of = anchor.year
    else:
        year_of = begun
    return ResolvedDate(f"{year_of:04d}", "year", expr)


def _week(match: re.Match[str], anchor: dt.date, expr: str) -> ResolvedDate | None:
    which, unit = (match[1] or "this").lower(), match[3].lower()
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if which in ("last", "past", "previous"):
        monday -= dt.timedelta(days=7)
    elif which == "next":
        monday += dt.timedelta(days=7)
    if unit == "weekend":
        if which == "this" and anchor.weekday() < 5:
            # "this weekend" before Saturday is the coming one; "the weekend" the last one.
            monday -= dt.timedelta(days=0 if match[1] else 7)
        return _month_of_days(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), expr)
    return _month_of_days(monday, monday + dt.timedelta(days=6), expr)


def duration_start(expression: str, anchor: str | None) -> ResolvedDate | None:
    """When something has lasted ``for 12 years`` up to the anchor: its start, at the
    unit's precision (years give a year, months a month, weeks and days a day)."""
    match = _SPAN.match(expression.strip())
    if match is None or anchor is None or not _ISO.fullmatch(anchor):
        return None
    count = int(match[1]) if match[1].isdigit() else _NUMBERS[match[1].lower()]
    unit = match[2].lower()
    end = dt.date.fromisoformat(anchor)
    if unit in ("year", "decade"):
        years = count * (10 if unit == "decade" else 1)
        return ResolvedDate(f"{end.year - years:04d}", "year", expression)
    if unit == "month":
        months = end.year * 12 + end.month - 1 - count
        return ResolvedDate(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", expression)
    days = count * (7 if unit == "week" else 1)
    return ResolvedDate((end - dt.timedelta(days=days)).isoformat(), "day", expression)


@lru_cache(maxsize=20_000)
def resolve_expression(
    expression: str, anchor: str | None, direction: str | None = None
) -> ResolvedDate | None:
    """Resolve one date expression against the publication date ``anchor`` (YYYY-MM-DD).

    ``direction`` ("past", "future" or None) is what the clause's tense says of the
    event; it decides between the two sides only for expressions that name no side
    (a bare weekday, a month, a month and day)."""
    expr = expression.strip()
    if anchor is not None and not _ISO.fullmatch(anchor):
        anchor = None  # an unreadable anchor anchors nothing
    part = _PART_OF.match(expr)
    if part and part.end() < len(expr):
        rest = expr[part.end() :]
        the_period = _THE_PERIOD.match(rest)
        if the_period:
            rest = f"this {the_period[1]}"
        inner = resolve_expression(rest, anchor, direction)
        if inner is None:
            return None
        if inner.precision == "day":  # "early Tuesday": still that day
            return ResolvedDate(inner.value, "day", expr)
        return ResolvedDate(inner.value, inner.precision, expr)
    published = dt.date.fromisoformat(anchor) if anchor is not None else None
    numeric = _NUMERIC.match(expr)
    if numeric:
        return _numeric(numeric, published, expr)
    short_year = _SHORT_YEAR.match(expr)
    if short_year:
        if published is None:
            return None
        year = 2000 + int(short_year[1])
        return ResolvedDate(f"{year if year <= published.year else year - 100:04d}", "year", expr)
    bare_month = _BARE_MONTH.match(expr)
    if bare_month and published is not None:
        return _bare_month(bare_month, published, expr, direction)
    season = _SEASON.match(expr)
    if season:
        return _season(season, published, expr)
    week = _WEEK.match(expr)
    if week and published is not None:
        return _week(week, published, expr)
    weeks_ago = _WEEKS_AGO.match(expr)
    if weeks_ago and published is not None:
        # "a week ago" is the same weekday that many weeks back, as "three days ago" is a day.
        n = int(weeks_ago[1]) if weeks_ago[1].isdigit() else _NUMBERS[weeks_ago[1].lower()]
        return ResolvedDate((published - dt.timedelta(days=7 * n)).isoformat(), "day", expr)
    if _NOW.match(expr) and anchor is not None:
        return ResolvedDate(anchor, "day", expr)  # as "today": the publication day
    if not expr or _DURATION.search(expr):
        return None
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
        # included ("on Thursday" in a Thursday report); dateparser would skip a week. A
        # clause in the future ("will meet on Friday") means the coming one.
        published = dt.date.fromisoformat(anchor)
        day = _WEEKDAYS.index(weekday[1].lower())
        if direction == "future":
            ahead = (day - published.weekday()) % 7
            return ResolvedDate((published + dt.timedelta(days=ahead)).isoformat(), "day", expr)
        back = (published.weekday() - day) % 7
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
            date = _nearest_year(date, dt.date.fromisoformat(anchor), direction)
        return ResolvedDate(date.isoformat(), "day", expr)
    return None  # weeks and other spans have no honest single date


def shift_from(expression: str, base: str | None) -> ResolvedDate | None:
    """ "a day earlier", "two days later", "the previous day", "hours later": a day
    counted from ``base`` (a day the text gave just before), or None when there is no
    such day."""
    match = _RELATIVE_DAY.match(expression.strip())
    if match is None or base is None or not _ISO.fullmatch(base):
        return None
    count, direction, side, day_side, hours = match.groups()
    if hours is not None:
        n, sign = 0, 1  # "hours later": the same day
    elif count is not None:
        n = int(count) if count.isdigit() else _NUMBERS.get(count.lower(), 1)
        sign = -1 if direction.lower() in ("earlier", "before") else 1
    else:
        n = 1
        sign = -1 if (side or day_side).lower() in ("previous", "before") else 1
    day = dt.date.fromisoformat(base) + dt.timedelta(days=sign * n)
    return ResolvedDate(day.isoformat(), "day", expression.strip())


# Quad classes of material acts (2: material cooperation, 4: material conflict): a story of
# them goes on from one sentence to the next, whoever does them ("Gunmen stormed the hotel
# on Monday. Snipers shot at the crowd from the upper floors.").
_MATERIAL_QUADS = (2, 4)


@lru_cache(maxsize=1)
def _material_types() -> frozenset[str]:
    return frozenset(t for t, p in ontology().plover.items() if p.quad_class in _MATERIAL_QUADS)


def _continues(event: Event, previous: Event) -> bool:
    """Whether ``event`` goes on from ``previous`` (in the sentence before): it shares an
    actor, or both are material acts that were done."""
    if _actor_codes(event) & _actor_codes(previous):
        return True
    return (
        event.modality == previous.modality == "actual"
        and event.event_type in _material_types()
        and previous.event_type in _material_types()
    )


def inherit_dates(events: Sequence[Event], published: str | None = None) -> list[Event]:
    """Events dated only by publication take the date of the event they continue: one in
    the previous sentence, whose date came from the text, sharing an actor, or a material
    act done when this one is a material act done too. An act that was done never takes a
    date after ``published`` (a deadline named before it)."""
    out: list[Event] = []
    for event in events:
        if event.date_source == "publication":
            previous = [
                e
                for e in out
                if e.sentence_id == event.sentence_id - 1
                and (e.date_source or "").startswith(("sentence:", "inherited:"))
                and _continues(event, e)
                and not (
                    published is not None
                    and event.modality == "actual"
                    and (e.date or "") > published
                )
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
