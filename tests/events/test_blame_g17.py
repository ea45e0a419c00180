"""Charges read from a party's words (events.blame, round G): a verb with its
preposition that is only ever charged, and a charge in the speaker's own quoted words."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Chinese foreign ministry said Washington was dragging Manila into a conflict.", ("CHN", "USA")),
        ("Iran's foreign minister said that Israel drags the whole region into war.", ("IRN", "ISR")),
        (
            "A Russian diplomat said that Washington uses the exercises to draw Kazakhstan into the orbit of its policy.",
            ("RUS", "USA"),
        ),
    ],
)
def test_a_charged_verb_with_its_preposition_is_an_accusation(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(text)


def test_drawing_investors_into_a_region_is_no_charge(nlp):
    evs = _events("The Turkish trade minister said Georgia would draw investors into the region.")
    assert not any(t == "ACCUSE" for t, _, _ in evs)


@pytest.mark.parametrize(
    "text, pair",
    [
        ('"Brussels keeps lecturing us about democracy," the Hungarian foreign minister said.', ("HUN", None)),
        (
            '"Washington is meddling in our elections," Chinese foreign ministry spokesman Wang Wenbin said.',
            ("CHN", "USA"),
        ),
    ],
)
def test_a_charge_in_the_speakers_quoted_words(nlp, text, pair):
    evs = _events(text)
    assert any(t == "ACCUSE" and a == pair[0] and (pair[1] is None or r == pair[1]) for t, a, r in evs)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            '"The blame for the incident lies with the smuggling network that serves the Iranian budget," '
            "the Iraqi interior minister said.",
            ("IRQ", "IRN"),
        ),
        (
            "The Armenian foreign ministry said the responsibility for the escalation lies with forces that serve "
            "the interests of Baku.",
            ("ARM", "AZE"),
        ),
    ],
)
def test_blame_on_what_serves_a_party_charges_that_party(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The Kremlin said that Lithuania's decision was part of a broader campaign against Russia.", ("RUS", "LTU")),
        ("Beijing said the Philippine statement was part of a campaign against China.", ("CHN", "PHL")),
    ],
)
def test_part_of_a_campaign_against_the_speaker_is_a_charge(nlp, text, pair):
    assert ("ACCUSE", *pair) in _events(text)


def test_a_campaign_against_a_harm_is_no_charge(nlp):
    evs = _events("The Kazakh minister said the programme was part of a campaign against poverty.")
    assert not any(t == "ACCUSE" for t, _, _ in evs)
