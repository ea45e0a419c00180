"""An impersonal passive with no agent or source ("It is noted that ...") is no
one's quote (quotes.passes._impersonal): a perception; with a source ("It is
noted in the message that", "It was reported by the ministry that") it stays a
quote. Real parses of sentences written for these tests."""

import pytest
from translated_helpers import quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The crews practised joint manoeuvring. It is noted that on the final day the marines landed on the coast.",
        "It was reported that the talks would resume in May.",
        "It is stressed that the exercise is not directed against third countries.",
    ],
)
def test_an_impersonal_passive_is_no_quote(nlp, text):
    assert quote_rows(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It is noted in the message that the exercise is not directed against third countries.",
        "It was reported by the ministry that the talks would resume in May.",
    ],
)
def test_with_a_source_it_stays_a_quote(nlp, text):
    assert len(quote_rows(nlp, text)) == 1
