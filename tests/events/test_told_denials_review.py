"""Review of round F: saying a harm was not done denies a charge only just
after the charge, and not for a harm no party is behind or one spared to the
speaker's own people (events.told_denials; needs the model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _rejections(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return [
        (e.actor and e.actor.code[:3], e.recipient and e.recipient.code[:3]) for e in rec.events if e.type == "REJECT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia accused Ukraine of shelling Donetsk. On Friday, the Ukrainian minister said no one was killed "
        "in the earthquake in Lviv.",
        "China accused the Philippines of ramming its vessel. Manila later said its fishermen were not attacked "
        "during the storm.",
    ],
)
def test_no_denial_of_a_harm_no_one_charged(text):
    assert not _rejections(text)


def test_a_denial_of_the_charged_act():
    text = (
        'Pakistan accused India of shelling villages in Kashmir. "Our troops did not fire on any village," '
        "the Indian defence minister Rajnath Singh said."
    )
    assert ("IND", "PAK") in _rejections(text)
