"""'..., said a statement from India's Ministry of External Affairs': a
document from a body speaks for that body (quotes.speaker_phrase._document_source),
its name and codes the body's. Real parses of sentences written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, body",
    [
        (
            'The two countries are "development partners, not rivals", said a statement from India\'s Ministry of '
            "External Affairs.",
            "development partners",
            "Ministry of External Affairs",
        ),
        (
            "The talks were constructive, a statement from the Kazakh Foreign Ministry said.",
            "constructive",
            "Kazakh Foreign Ministry",
        ),
        (
            '"We regret the decision," said a statement from Armenia\'s Ministry of Foreign Affairs.',
            "regret",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_a_documents_body_speaks(nlp, text, words, body):
    name = one(quote_rows(nlp, text), words)[1]
    assert body in name and not name.lower().startswith(("a statement", "statement"))
