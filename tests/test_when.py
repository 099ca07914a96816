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
