"""Round F (evA): a fronted go-between phrase before a list of signers, a
demand to reach the held, and a denial's charge (needs the spaCy model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return [(e.type, e.actor and e.actor.code, e.recipient and e.recipient.code, e.trigger.text) for e in rec.events]


def _codes(events, trigger):
    return {(a, r) for _t, a, r, tr in events if tr == trigger}


@pytest.mark.parametrize(
    "text,pair,broker",
    [
        ("With the mediation of Qatar, Rwanda and Congo signed a peace accord in Doha.", ("RWA", "COG"), "QAT"),
        ("With the mediation of Kazakhstan, Armenia and Azerbaijan signed a joint declaration.", ("ARM", "AZE"), "KAZ"),
        (
            "Officials recalled that in March, with the mediation of Turkey, Sudan and Chad signed a border protocol.",
            ("SDN", "TCD"),
            "TUR",
        ),
    ],
)
def test_fronted_go_between_is_no_signer(text, pair, broker):
    ev = _codes(_events(text), "signed")
    assert pair in ev or pair[::-1] in ev, ev
    assert not any(broker in (a, r) for a, r in ev), ev


def test_go_between_after_the_act_is_no_partner():
    ev = _codes(_events("Armenia and Azerbaijan signed a protocol with the assistance of the OSCE."), "signed")
    assert ("ARM", "AZE") in ev and not any(r == "IGOOSCE" for _a, r in ev), ev


@pytest.mark.parametrize(
    "text,actor,holder",
    [
        (
            "Iranian guards seized a British oil tanker on Friday. London demanded consular access to the "
            "British crew members.",
            "GBR",
            "IRN",
        ),
        (
            "Polish police detained a Belarusian truck driver. Minsk demanded consular access to the Belarusian citizen.",
            "BLR",
            "POL",
        ),
    ],
)
def test_access_demand_is_addressed_to_the_holder(text, actor, holder):
    ev = [(a, r) for t, a, r, tr in _events(text) if tr == "demanded"]
    assert any(a.startswith(actor) and r and r.startswith(holder) for a, r in ev), ev


@pytest.mark.parametrize(
    "text,actor,accuser",
    [
        ("Finland accused Russia of sabotage. Moscow denied any involvement of Russia in the damage.", "RUS", "FIN"),
        (
            "Poland blamed Belarus for the incident. Minsk denied that Belarusian troops crossed into Poland.",
            "BLR",
            "POL",
        ),
        (
            "Finland accused Russia of sabotage. In Moscow, any involvement of Russia in the damage was denied.",
            "RUS",
            "FIN",
        ),
    ],
)
def test_denied_charge_names_no_addressee(text, actor, accuser):
    ev = [(a, r) for t, a, r, tr in _events(text) if t == "REJECT"]
    assert ev and all(a.startswith(actor) and r and r.startswith(accuser) for a, r in ev), ev


def test_denied_claims_keep_their_author():
    ev = [(a, r) for t, a, r, tr in _events("Kyiv denied the claims of Moscow about the attack.") if t == "REJECT"]
    assert ev and all(r and r.startswith("RUS") for _a, r in ev), ev
