"""Non-facts (events.flags.is_ability, events.factuality.told_of_named_party and in_request_content):
what a party can do, a dated-less past clause on a named party, and what a request asks for."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", factual=True)


@pytest.mark.parametrize(
    "text",
    [
        "The drills proved that the Russian fleet is capable of blockading the strait.",
        "The Chinese navy is able to deploy forces quickly to the strait.",
        "'The drills showed that our troops are able to deploy quickly to Tajikistan,' the Russian defence minister said.",
    ],
)
def test_what_a_party_can_do_is_no_act(nlp, text):
    assert not _events(text)


def test_what_a_party_was_able_to_do_is_an_act(nlp):
    assert ("ASSAULT", "UKR", "RUS") in _events(
        "Ukrainian air defences were able to shoot down 20 Russian drones overnight."
    )


def test_an_undated_past_clause_on_a_named_party_is_background(nlp):
    evs = _events("Georgia, which applied to join the EU, sent no delegation to the summit in Minsk.")
    assert not [e for e in evs if e[1] == "GEO" and e[2] == "IGOEU"]
    evs = _events(
        "Armenia, which froze its participation in the bloc, did not send its troops to the drills in Belarus."
    )
    assert not [e for e in evs if e[0] == "SANCTION"]


def test_a_dated_clause_on_a_named_party_stays_an_act(nlp):
    assert ("ASSAULT", "RUS", "UKR") in _events(
        "Russia, which launched strikes on Kyiv overnight, said it would continue."
    )


def test_what_a_request_asks_for_is_no_act(nlp):
    evs = _events(
        "The Russian foreign ministry called on Yerevan and Baku to show restraint and to resolve all disputed issues "
        "at the negotiating table."
    )
    assert sorted(evs) == [("REQUEST", "RUS", "ARM"), ("REQUEST", "RUS", "AZE")]
    evs = _events("Belarus's defence minister proposed to include in the programme the repelling of attacks by drones.")
    assert not [e for e in evs if e[0] in ("THREATEN", "ASSAULT")]
