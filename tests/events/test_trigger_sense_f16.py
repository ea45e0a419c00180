"""Round F: trigger senses and verdicts (accord.events.object_sense, judged, answers and the
call/meet/include rows of triggers.tsv); needs the spaCy model. Sentences written for the tests."""

import pytest

import accord

pytestmark = pytest.mark.model


def _dyads(text, trigger=None):
    rec = next(accord.extract([{"id": "a", "text": text, "published": "2026-01-01"}]))
    return {
        (
            e.type,
            e.actor.country or e.actor.org if e.actor else None,
            e.recipient and (e.recipient.country or e.recipient.org),
        )
        for e in rec.events
        if (trigger is None or e.trigger.text == trigger) and not (e.hypothetical or e.negated)
    }


def test_called_on_to_react_is_a_request_not_a_verdict():
    got = _dyads("Warsaw called on NATO to respond to the militarisation of the border.", "called")
    assert got == {("REQUEST", "POL", "NATO")}


def test_called_on_with_a_date_keeps_the_request():
    assert ("REQUEST", "RUS", "UKR") in _dyads("Moscow on Monday called on Kyiv to stop the provocations.", "called")


def test_met_with_concern_is_criticism():
    got = _dyads("In Athens, the Turkish drilling plan was met with concern.", "met")
    assert got == {("ACCUSE", "GRC", "TUR")}


def test_met_with_the_head_of_a_concern_is_a_meeting():
    got = _dyads("The Serbian minister met with the head of the Russian arms concern in Belgrade.", "met")
    assert all(t == "CONSULT" for t, _, _ in got)


def test_claims_called_untenable_are_rejected():
    got = _dyads('Moscow called the claims of Vilnius "fabricated".', "called")
    assert got == {("REJECT", "RUS", "LTU")}


def test_quoted_verdict_with_a_hostile_adjective():
    got = _dyads("The Greek foreign ministry called the decision of Ankara «a dangerous game with fire».", "called")
    assert got == {("ACCUSE", "GRC", "TUR")}


def test_a_state_that_protests_complains():
    got = _dyads("Pakistan protested against the agreement between India and Bhutan.", "protested")
    assert got == {("ACCUSE", "PAK", "IND"), ("ACCUSE", "PAK", "BTN")}


def test_crowds_that_protest_demonstrate():
    got = _dyads("Thousands of Armenians protested in Yerevan against the deal.", "protested")
    assert {t for t, _, _ in got} == {"PROTEST"}


def test_denied_involvement_answers_the_accuser():
    text = "Lithuania accused Belarus of sabotage. In Minsk, any involvement of Belarus in the incident was denied."
    assert _dyads(text, "denied") == {("REJECT", "BLR", "LTU")}


def test_denied_responsibility_answers_the_accuser():
    text = "Kyiv blamed Minsk for the drone flights. Belarus denied any responsibility."
    assert _dyads(text, "denied") == {("REJECT", "BLR", "UKR")}


def test_included_in_a_sanctions_list():
    got = _dyads("Britain included three Iranian banks in its sanctions list on Tuesday.", "included")
    assert got == {("SANCTION", "GBR", "IRN")}


def test_concern_over_a_named_partys_actions_is_criticism():
    got = _dyads("Ankara voiced concern over Greece's military build-up on the islands.", "voiced")
    assert got == {("ACCUSE", "TUR", "GRC")}


def test_concern_over_an_unowned_incident_stays_gated():
    assert not _dyads("Japan expressed concern over the incident.", "expressed")


def test_forced_response_if_another_acts_is_a_threat():
    text = (
        '"If the Latvian authorities board the ship, Russia will be forced to protect its shipping with '
        'the forces of its fleet," Russian diplomat Ivan Petrov told journalists.'
    )
    assert _dyads(text, "forced") == {("THREATEN", "RUS", "LVA")}


def test_forced_in_the_past_is_no_threat():
    text = '"We were forced to retreat when the enemy attacked," the Ukrainian commander Ivan Petrenko said.'
    assert not {t for t, _, _ in _dyads(text, "forced")} & {"THREATEN"}


def test_destroyers_sent_to_a_sea_are_a_deployment():
    assert _dyads("Britain sent two destroyers to the Black Sea on Monday.", "sent") == {("MOBILIZE", "GBR", None)}
