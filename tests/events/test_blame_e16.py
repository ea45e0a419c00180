"""Blame carried by what a party says, with no verb of accusing (events.blame):
the speaker's ACCUSE of the party blamed, and the content as the speaker's claim."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(nlp, text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-06-20"}]))
    return [
        (e.type, e.actor and e.actor.country, e.recipient and e.recipient.country)
        for e in rec.events
        if not (e.negated or e.hypothetical)
    ]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Armenian foreign ministry said the blame for the collapse of the talks rests with Baku.", ("ARM", "AZE")),
        ("Poland's defence minister said Russia bears full responsibility for the escalation.", ("POL", "RUS")),
        ("Tehran stated that the deployment of US ships poses a threat to regional stability.", ("IRN", "USA")),
        (
            "The Japanese defence ministry said that China's growing naval activity represents a serious threat "
            "to peace in the region.",
            ("JPN", "CHN"),
        ),
        ("Iran's foreign ministry said the drills were part of the hostile policy of Washington.", ("IRN", "USA")),
    ],
)
def test_blame_in_the_content_is_the_speakers_accusation(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(nlp, text)


def test_we_see_how_is_a_charge_and_no_fact(nlp):
    evs = _events(
        nlp, "'We see how Kyiv is building up forces at the border,' the Russian foreign ministry spokesman said."
    )
    assert ("ACCUSE", "RUS", "UKR") in evs
    assert not [e for e in evs if e[0] == "MOBILIZE"]


def test_a_reproach_with_themselves_is_a_charge_and_no_fact(nlp):
    evs = _events(nlp, "A Turkish official reminded that Greece itself hosts American bases on its islands.")
    assert ("ACCUSE", "TUR", "GRC") in evs
    assert [e for e in evs if e[0] != "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Analyst John Smith said the militarisation of Belarus poses a threat to the region.",
        "Lithuania's foreign minister said that Russia does not pose a threat to the Baltic states.",
        "The blame for the crisis lies with Moscow, the newspaper wrote.",
        "Moscow said the responsibility for security in the region lies with the CSTO.",
    ],
)
def test_no_charge_from_an_analyst_a_denial_the_press_or_a_duty(nlp, text):
    assert not [e for e in _events(nlp, text) if e[0] == "ACCUSE"]


def test_seeing_a_partner_cooperate_stays_a_fact(nlp):
    evs = _events(nlp, "'We see how China is expanding its cooperation with us,' the Pakistani minister said.")
    assert not [e for e in evs if e[0] == "ACCUSE"]
