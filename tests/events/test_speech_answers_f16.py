"""What a denial answers (events.speech.answer_accusations): a demand made of the
denier too, and never a headline's summary of later news."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return [(e.type, e.actor and e.actor.country, e.recipient and e.recipient.country) for e in rec.events]


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Vietnam called on Beijing to halt the construction of the artificial island. The Chinese foreign "
            "ministry denied that the works would harm the environment.",
            ("CHN", "VNM"),
        ),
        (
            "Japan accused China of violating its airspace. Beijing denied that its aircraft had entered "
            "Japanese airspace.",
            ("CHN", "JPN"),
        ),
    ],
)
def test_a_denial_answers_the_party_that_asked_or_accused(nlp, text, pair):
    assert ("REJECT", *pair) in _events(text)


def test_a_headline_accusation_is_not_what_an_earlier_body_denial_answers(nlp):
    text = (
        "Ethiopia and South Sudan agreed to build a dam, Egypt protested\n\n"
        "ADDIS ABABA, May 2 - Ethiopia and South Sudan agreed on Monday to build a dam on the river. Sudan urged "
        "Ethiopia to share data on the river flow. The Ethiopian water minister denied that the dam would reduce "
        "the flow downstream. Egypt protested against the agreement and accused Ethiopia of ignoring its neighbours."
    )
    assert ("REJECT", "ETH", "SDN") in _events(text)
