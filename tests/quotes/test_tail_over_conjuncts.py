"""A reporting tail after "A, but B" speaks for the whole sentence
(quotes.contents._coordinated_before): where the parser made the cue a
conjunct of A and took only B for its clause, the words still begin at A.
Real parses of sentences written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, first, last",
    [
        (
            "Observers from Uzbekistan were invited to the final stage of the exercise, but Tashkent did not "
            "confirm their participation, the ministry specified.",
            "Observers from Uzbekistan",
            "their participation",
        ),
        (
            "The talks lasted three hours, but no agreement was reached, the press service of the ministry said.",
            "The talks lasted",
            "was reached",
        ),
        (
            "Kyrgyz troops were ready to leave the area, but the order never came, a source in the General Staff "
            "told the agency.",
            "Kyrgyz troops",
            "never came",
        ),
    ],
)
def test_the_tail_speaks_for_both_clauses(nlp, text, first, last):
    row = one(quote_rows(nlp, text), last)
    assert row[0].startswith(first)
