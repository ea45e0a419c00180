"""Round E: phrases that name a party but are no party slot of the act
(events.arg_slots), and the adjunct participle on a misparsed small clause
(needs the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", level="code", trigger=True)


def _codes(events, trigger):
    return {(a, r) for _t, a, r, tr in events if tr == trigger}


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The Georgian side demands the immediate return of the detained shepherd.", "demands"),
        ("Kyiv demanded the release of its sailors through the mediation of Turkey.", "demanded"),
    ],
)
def test_demanded_patient_is_no_addressee(text, trigger):
    ev = _events(text)
    assert _codes(ev, trigger), ev
    assert all(r is None for _a, r in _codes(ev, trigger)), ev


@pytest.mark.parametrize(
    "text",
    [
        "After the talks, the ministers adopted a statement on the situation in Syria.",
        "The leaders adopted a declaration about the crisis in Sudan.",
    ],
)
def test_document_topic_is_no_target(text):
    ev = _events(text)
    assert not any(r in ("SYR", "SDN") for _t, _a, r, _tr in ev), ev


def test_sanctions_on_a_state_keep_their_target():
    ev = _events("The EU imposed new sanctions on Russia.")
    assert ("IGOEU", "RUS") in _codes(ev, "imposed"), ev


def test_purpose_phrase_is_no_recipient():
    ev = _events("Paris will provide them with everything needed for the defence of the Western flank.")
    assert not any(r == "WST" for _t, _a, r, _tr in ev), ev


def test_participle_on_small_clause_takes_the_main_subject():
    ev = _events(
        "On Monday, the Foreign Ministry of Latvia declared two Russian diplomats persona non grata, "
        "accusing them of espionage."
    )
    acc = _codes(ev, "accusing")
    assert acc and all(a and a.startswith("LVA") for a, _r in acc), ev


def test_participle_after_a_plain_object_keeps_the_subject():
    ev = _events("Vilnius expelled two Belarusian diplomats, accusing them of spying.")
    acc = _codes(ev, "accusing")
    assert acc and all(a and a.startswith("LTU") for a, _r in acc), ev


def test_holder_of_the_demanded_thing_is_the_addressee():
    ev = _events("Farmers demanded the return of land confiscated by the Zimbabwean army.")
    assert any(tr == "demanded" and r == "ZWEMIL" for _t, _a, r, tr in ev), ev


def test_victim_of_a_criticised_owned_act_is_no_target():
    text = (
        "The Shanghai Cooperation Organisation met in Astana. Tehran criticised the sanctions of the United "
        "States against member states of the Organisation."
    )
    ev = _events(text)
    crit = _codes(ev, "criticised")
    assert crit and all(r == "USA" for _a, r in crit), ev


def test_sanctions_extended_against_a_state_keep_it():
    ev = _events("The EU extended its sanctions against Russia.")
    assert ("IGOEU", "RUS") in _codes(ev, "extended"), ev


@pytest.mark.parametrize(
    "text,code",
    [
        (
            '"Belarus is our ally, and we will provide it with everything needed for the defence of the Western '
            'borders," the Russian official said.',
            "BLR",
        ),
        ('"Laos is our friend, and we will supply it with rice," the Vietnamese envoy said.', "LAO"),
    ],
)
def test_pronoun_after_a_copular_clause_is_its_subject(text, code):
    ev = _events(text)
    assert any(r == code for _t, _a, r, tr in ev if tr in ("provide", "supply")), ev


def test_demand_for_a_release_goes_to_the_detainer_told_before():
    ev = _events(
        "Russian coast guards detained three Japanese fishermen near the islands. "
        "Tokyo demanded the release of the fishermen."
    )
    assert any(tr == "demanded" and a == "JPNGOV" and r and r.startswith("RUS") for _t, a, r, tr in ev), ev
