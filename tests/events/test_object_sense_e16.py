"""Round E: trigger sense told by the object or the frame (accord.events.object_sense); needs the spaCy model."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "o", "text": text, "published": "2026-01-01"}]))
    return [(e.type, e.cameo, e.actor.country if e.actor else None) for e in rec.events]


@pytest.mark.parametrize(
    "text",
    [
        "Riga expelled two employees of the Russian consulate.",
        "Moldova expelled an official of the Russian embassy.",
        "Poland expelled three members of the staff of the Belarusian embassy.",
    ],
)
def test_embassy_staff_expelled_are_diplomats(text):
    got = _events(text)
    assert any(t == "SANCTION" and c == "166" for t, c, a in got) and not any(t == "COERCE" for t, c, a in got), got


def test_migrants_expelled_are_still_deported():
    got = _events("Turkey expelled hundreds of Afghan migrants.")
    assert not any(c == "166" for t, c, a in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Germany hosts 35,000 US troops.",
        "Poland and Lithuania host thousands of American soldiers on their territory.",
        "Japan hosts American forces on Okinawa.",
    ],
)
def test_hosted_troops_are_no_visit(text):
    assert not [t for t, c, a in _events(text) if t == "CONSULT"]


def test_a_hosted_leader_is_still_a_visit():
    assert ("CONSULT", "043", "DEU") in _events("Germany hosted the French president in Berlin.")


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev asked Fidan to convey his warm greetings to President Erdogan.",
        "The Kazakh president asked him to pass on his regards to the Turkish president.",
        "Putin asked the envoy to convey his condolences to the families of the victims.",
    ],
)
def test_a_courtesy_passed_on_is_no_request(text):
    assert not _events(text)


def test_a_real_request_stays():
    assert ("REQUEST", "020", "KAZ") in _events("Tokayev asked Turkey to extradite the suspects.")


@pytest.mark.parametrize(
    "text",
    [
        "Astana is ready to provide a venue for the next round of talks between Armenia and Azerbaijan.",
        "Moscow is ready, as before, to provide its platform for contacts between Armenia and Azerbaijan.",
        "Kazakhstan is ready to provide a platform for negotiations between Moscow and Kyiv.",
    ],
)
def test_a_venue_for_talks_is_an_offer_to_mediate(text):
    got = _events(text)
    assert any(t == "AGREE" and c == "039" for t, c, a in got) and not any(t == "AID" for t, c, a in got), got


def test_a_venue_offered_is_no_aid():
    got = _events("Turkey offered a platform for talks between Russia and Ukraine.")
    assert got and all(t == "AGREE" for t, c, a in got), got
