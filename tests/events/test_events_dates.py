"""Date resolution and the historical flag, as pure functions."""

import pytest

from accord.events.dates import is_historical, resolve_date, resolve_date_precise

PUB = "2023-06-20"  # a Tuesday


@pytest.mark.parametrize(
    "text,past,expected",
    [
        ("on Monday", True, ("2023-06-19", None)),
        ("Monday", False, ("2023-06-26", None)),
        ("on Tuesday", True, ("2023-06-20", None)),
        ("last Tuesday", True, ("2023-06-13", None)),
        ("in June", True, ("2023-06-01", "2023-06-30")),
        ("in July", True, ("2022-07-01", "2022-07-31")),
        ("last year", True, ("2022-01-01", "2022-12-31")),
        ("next month", False, ("2023-07-01", "2023-07-31")),
        ("from 3 to 14 June", True, ("2023-06-03", "2023-06-14")),
        ("June 12-23", True, ("2023-06-12", "2023-06-23")),
        ("in late March 2019", True, ("2019-03-21", "2019-03-31")),
        ("a year ago", True, ("2022-06-20", None)),
        ("three days ago", True, ("2023-06-17", None)),
        ("yesterday", True, ("2023-06-19", None)),
        ("5 June 2019", True, ("2019-06-05", None)),
        ("September 2022", True, ("2022-09-01", "2022-09-30")),
        ("2021", True, ("2021-01-01", "2021-12-31")),
        ("this week", True, ("2023-06-19", "2023-06-25")),
        ("2022-08-16", True, ("2022-08-16", None)),
    ],
)
def test_resolve(text, past, expected):
    assert resolve_date(text, PUB, past=past) == expected


def test_unresolvable_and_no_publication_date():
    assert resolve_date("the day after the vote", PUB) is None
    assert resolve_date("on Monday", None) is None
    assert resolve_date("5 June 2019", None) == ("2019-06-05", None)


def test_historical():
    assert is_historical("2021-03-01", PUB)
    assert not is_historical("2023-01-10", PUB)
    assert not is_historical(None, PUB)
    assert not is_historical("2020-01-01", None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("on Monday", ("2023-06-19", None, "day")),
        ("5 June 2019", ("2019-06-05", None, "day")),
        ("2022-08-16", ("2022-08-16", None, "day")),
        ("from 3 to 14 June", ("2023-06-03", "2023-06-14", "day")),
        ("this week", ("2023-06-19", "2023-06-25", "day")),
        ("three days ago", ("2023-06-17", None, "day")),
        ("in June", ("2023-06-01", "2023-06-30", "month")),
        ("in late March 2019", ("2019-03-21", "2019-03-31", "month")),
        ("earlier this month", ("2023-06-01", "2023-06-30", "month")),
        ("two months ago", ("2023-04-01", "2023-04-30", "month")),
        ("last year", ("2022-01-01", "2022-12-31", "year")),
        ("in early 2019", ("2019-01-01", "2019-04-30", "year")),
        ("2021", ("2021-01-01", "2021-12-31", "year")),
        ("a year ago", ("2022-06-20", None, "year")),
    ],
)
def test_precision(text, expected):
    assert resolve_date_precise(text, PUB) == expected


def test_precision_without_publication_date():
    assert resolve_date_precise("2019", None) == ("2019-01-01", "2019-12-31", "year")
    assert resolve_date_precise("on Monday", None) is None


def test_weekend_is_not_the_week():
    assert resolve_date("last weekend", PUB) == ("2023-06-17", "2023-06-18")
    assert resolve_date("this weekend", PUB, past=False) == ("2023-06-24", "2023-06-25")
