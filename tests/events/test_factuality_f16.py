"""A perfect told for years or decades is a standing state, no news
(events.factuality.standing_since_years); one told for days stays news."""

import pytest

import accord

pytestmark = pytest.mark.model


def _types(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return [e.type for e in rec.events if not (e.negated or e.hypothetical)]


@pytest.mark.parametrize(
    "text",
    [
        "The Ethiopian ministry recalled that Ethiopian troops have been fighting the rebels in Somalia for almost "
        "twenty years.",
        "Turkish forces have been fighting Kurdish militants in Iraq for decades.",
    ],
)
def test_fighting_for_years_is_background(nlp, text):
    assert "ASSAULT" not in _types(text)


def test_shelling_for_days_is_news(nlp):
    assert "ASSAULT" in _types("Israeli forces have been shelling Gaza for three days.")
