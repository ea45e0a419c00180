"""Round F (evA): a pair reference in the sentence that joins a pair is
that pair, before the article's dyad (needs the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", trigger=True)


@pytest.mark.parametrize(
    "text,trigger,pair",
    [
        (
            "Cairo sent troops to Somalia. Egypt and Somalia signed a defence pact. Somalia and Ethiopia "
            "signed a declaration, in which the two sides agreed to start negotiations.",
            "agreed",
            {"SOM", "ETH"},
        ),
        (
            "Russia sent troops to Armenia. Russia and Armenia held talks. Azerbaijan and Armenia signed a "
            "peace treaty in Washington, under which both sides pledged to open transport links.",
            "pledged",
            {"ARM", "AZE"},
        ),
    ],
)
def test_pair_joined_in_its_own_sentence(text, trigger, pair):
    ev = [(a, r) for _t, a, r, tr in _events(text) if tr == trigger]
    assert ev and all({a, r} == pair for a, r in ev), ev
