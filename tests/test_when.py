import pytest

from dotterel.when import publication_date_from_text, resolve_expression


@pytest.mark.parametrize(
    "text, expected",
    [
        ("BAGHDAD, Oct. 25, 2006 (Wire) - U.S. officials", "2006-10-25"),
        ("Published 31 October 2006\n\nThe talks", "2006-10-31"),
        ("VIENNA, July 14, 2015 - Iran and world powers", "2015-07-14"),
        ("Posted 2014-03-02 09:00", "2014-03-02"),
        ("KYIV, Sept. 3, 2022 - Officials", "2022-09-03"),
    ],
)
def test_publication_date_from_dateline(text, expected):
    assert publication_date_from_text(text).value == expected


@pytest.mark.parametrize(
    "text",
    ["WASHINGTON, July 26 - Officials said", "No date here at all.", "Feb. 30, 2006 - invalid"],
)
def test_no_year_or_no_date_gives_nothing(text):
    assert publication_date_from_text(text) is None


def test_relative_expressions_resolve_against_publication_date():
    assert resolve_expression("Tuesday", "2006-10-25").value == "2006-10-24"
    assert resolve_expression("yesterday", "2006-10-25").value == "2006-10-24"
    assert resolve_expression("last Friday", "2006-10-25").value == "2006-10-20"


def test_partial_dates_keep_their_precision():
    r = resolve_expression("October 2006", None)
    assert (r.value, r.precision) == ("2006-10", "month")
    r = resolve_expression("2003", "2006-10-25")
    assert (r.value, r.precision) == ("2003", "year")
    r = resolve_expression("the 1980s", None)
    assert (r.value, r.precision) == ("1980", "decade")


def test_never_guesses_a_year_without_an_anchor():
    assert resolve_expression("Tuesday", None) is None
    assert resolve_expression("June 19", None) is None


def test_durations_are_not_dates():
    assert resolve_expression("12 years", "2006-10-25") is None
    assert resolve_expression("a decade", "2006-10-25") is None
    assert resolve_expression("recently", "2006-10-25") is None


def test_bare_weekday_includes_the_publication_day():
    # Regression: "on Thursday" in a Thursday report resolved a week back.
    assert resolve_expression("Thursday", "2022-02-24").value == "2022-02-24"
    assert resolve_expression("on Wednesday", "2006-10-25").value == "2006-10-25"
    assert resolve_expression("Monday", "2006-10-25").value == "2006-10-23"


def test_month_and_day_take_the_nearest_year():
    # Regression: "November 11" in a report of 5 November 2005 resolved to 2004.
    assert resolve_expression("November 11", "2005-11-05").value == "2005-11-11"
    assert resolve_expression("December 28", "2006-01-03").value == "2005-12-28"
    assert resolve_expression("June 19", "2006-10-25").value == "2006-06-19"


def test_unreadable_anchor_anchors_nothing():
    assert resolve_expression("Tuesday", "03-02-2009") is None
    assert resolve_expression("March 2009", "03-02-2009").value == "2009-03"


def _value(expression: str, anchor: str | None = "2006-10-25") -> tuple[str, str] | None:
    resolved = resolve_expression(expression, anchor)
    return None if resolved is None else (resolved.value, resolved.precision)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("early June", ("2006-06", "month")),
        ("in early October", ("2006-10", "month")),
        ("mid-2005", ("2005", "year")),
        ("late last year", ("2005", "year")),
        ("the end of last year", ("2005", "year")),
        ("earlier this month", ("2006-10", "month")),
        ("later this year", ("2006", "year")),
        ("early Tuesday", ("2006-10-24", "day")),
        ("the late 1990s", ("1990", "decade")),
    ],
)
def test_a_part_of_a_period_keeps_the_period(expression: str, expected: tuple[str, str]) -> None:
    assert _value(expression) == expected


def test_seasons_give_their_year() -> None:
    assert _value("this summer") == ("2006", "year")
    assert _value("last summer") == ("2006", "year")  # in October: the summer just gone
    assert _value("last summer", "2006-07-10") == ("2005", "year")
    assert _value("next spring") == ("2007", "year")
    assert _value("this winter") == ("2006", "year")  # the coming one
    assert _value("this winter", "2007-01-15") == ("2006", "year")  # the one under way
    assert _value("summer 2004") == ("2004", "year")
    assert _value("this summer", None) is None


def test_weeks_give_their_month_only_when_they_lie_in_one() -> None:
    assert _value("last week") == ("2006-10", "month")  # 16-22 October
    assert _value("last week", "2006-11-02") == ("2006-10", "month")  # 23-29 October
    assert _value("last week", "2006-11-08") is None  # 30 October-5 November: no one month
    assert _value("the weekend", "2006-10-30") == ("2006-10", "month")
    assert _value("last week", None) is None


def test_a_duration_gives_its_start() -> None:
    from dotterel.when import duration_start

    assert duration_start("for 12 years", "2006-10-25").value == "1994"
    assert duration_start("over the past three months", "2006-01-25").value == "2005-10"
    assert duration_start("for two weeks", "2006-10-25").value == "2006-10-11"
    assert duration_start("for a decade", "2006-10-25").value == "1996"
    assert duration_start("12 years", "2006-10-25") is None  # no "for": not a duration phrase
    assert duration_start("for 12 years", None) is None


def test_weeks_ago_is_that_day() -> None:
    assert _value("two weeks ago") == ("2006-10-11", "day")
    assert _value("a week ago", "2011-03-18") == ("2011-03-11", "day")


def test_a_month_without_a_year() -> None:
    # Regression: "last September" gave nothing; "early June" in May was a year back.
    assert _value("last September", "2009-10-12") == ("2009-09", "month")
    assert _value("last October", "2009-10-12") == ("2008-10", "month")
    assert _value("next March", "2009-10-12") == ("2010-03", "month")
    assert _value("this March", "2009-10-12") == ("2009-03", "month")
    assert _value("early June", "2009-05-14") == ("2009-06", "month")  # one of the next two
    assert _value("January", "2005-09-07") == ("2005-01", "month")  # else the past
    assert _value("October", "2009-10-12") == ("2009-10", "month")
    # The clause's tense decides when it says which way.
    assert resolve_expression("January", "2005-09-07", "future").value == "2006-01"
    assert resolve_expression("June", "2009-05-14", "past").value == "2008-06"


def test_weekday_and_month_day_follow_the_tense() -> None:
    assert resolve_expression("Friday", "2008-09-18").value == "2008-09-12"
    assert resolve_expression("Friday", "2008-09-18", "future").value == "2008-09-19"
    assert resolve_expression("Thursday", "2008-09-18", "future").value == "2008-09-18"
    assert resolve_expression("November 2", "2005-11-05", "future").value == "2006-11-02"
    assert resolve_expression("November 11", "2005-11-05", "past").value == "2004-11-11"


def test_numeric_dates_and_short_years() -> None:
    assert _value("7/8/07", "2007-07-09") == ("2007-07-08", "day")  # nearer than 7 August
    assert _value("25/12/2004") == ("2004-12-25", "day")  # only one reading is a date
    assert _value("7/8/2007", None) is None  # ambiguous, nothing to decide by
    assert _value("12/25/2004", None) == ("2004-12-25", "day")
    assert _value("'82", "2008-10-27") == ("1982", "year")
    assert _value("'05", "2008-10-27") == ("2005", "year")
    assert _value("'82", None) is None


def test_the_beginning_of_the_year_is_the_anchor_year() -> None:
    assert _value("the beginning of the year", "2008-04-09") == ("2008", "year")
    assert _value("the end of the month", "2008-04-09") == ("2008-04", "month")


def test_a_day_with_its_part_is_a_bare_weekday_and_the_publication_day_counts():
    from dotterel.when import resolve_expression

    # 1996-03-03 was a Sunday.
    assert resolve_expression("Sunday morning", "1996-03-03", "past").value == "1996-03-03"
    assert resolve_expression("late on Friday", "1996-03-03", "past").value == "1996-03-01"
    assert resolve_expression("Monday night", "1996-03-03", "future").value == "1996-03-04"


def test_days_counted_from_another_day():
    from dotterel.when import shift_from

    assert shift_from("a day earlier", "2008-10-02").value == "2008-10-01"
    assert shift_from("two days later", "2008-10-02").value == "2008-10-04"
    assert shift_from("the previous day", "2008-10-02").value == "2008-10-01"
    assert shift_from("the next day", "2008-10-02").value == "2008-10-03"
    assert shift_from("hours later", "2008-10-02").value == "2008-10-02"
    assert shift_from("several hours after", "2008-10-02").value == "2008-10-02"
    assert shift_from("a day earlier", None) is None  # nothing to count from: no guess
    assert shift_from("last week", "2008-10-02") is None
