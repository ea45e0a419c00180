"""accord.ru.dates on hand-built Docs (no natasha needed)."""

from spacy.tokens import Doc

from accord.ru.dates import date_of, date_range
from accord.ru.doc import blank


def _sent(words, lemmas):
    return Doc(blank().vocab, words=words, lemmas=lemmas)[:]


def test_a_day_and_month_before_publication_is_this_year_else_last():
    sent = _sent(["Переговоры", "прошли", "18", "марта", "."], ["переговоры", "пройти", "18", "март", "."])
    assert date_of(sent, "2026-06-01") == ("2026-03-18", "day", "18 марта")
    assert date_of(sent, "2026-01-10")[0] == "2025-03-18"  # March is more than a month after January
    assert date_of(sent, None) == (None, None, None)


def test_a_weekday_is_the_last_one_or_the_next_one():
    sent = _sent(["Во", "вторник", "министры", "встретились"], ["в", "вторник", "министр", "встретиться"])
    assert date_of(sent, "2026-06-05")[0] == "2026-06-02"  # a Friday: the Tuesday before
    assert date_of(sent, "2026-06-05", future=True)[0] == "2026-06-09"


def test_a_year_is_its_first_and_last_day():
    assert date_range("2026", "year") == ("2026-01-01", "2026-12-31")
    assert date_range("2026-03-18", "day") == ("2026-03-18", None)
