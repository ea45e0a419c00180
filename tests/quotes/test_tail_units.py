"""'..., the press service of the ministry reports.': the final "reports" the
parser read as a noun after a body's generic noun is the cue
(quotes.tagging, quotes.commas.name_comma), and the unit speaks for the body
named before it in the sentence (quotes.referents). Real parses of sentences
written for these tests."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, body",
    [
        (
            "The Ministry of Foreign Affairs of Georgia on Monday summoned the ambassador of Russia and handed him "
            "a note of protest, the press service of the ministry reports.",
            "summoned the ambassador",
            "Ministry of Foreign Affairs of Georgia",
        ),
        (
            "The State Border Service of Ukraine closed two checkpoints on the border with Moldova, the press "
            "service of the service informs.",
            "closed two checkpoints",
            "State Border Service of Ukraine",
        ),
        (
            "The Ministry of Internal Affairs of Armenia on Tuesday detained three smugglers near Meghri, the press "
            "service of the ministry reports.",
            "detained three smugglers",
            "Ministry of Internal Affairs of Armenia",
        ),
    ],
)
def test_the_units_report_is_the_bodys(nlp, text, words, body):
    assert body in one(quote_rows(nlp, text), words)[1]
