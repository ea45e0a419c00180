"""Round G (evA): "the sides" after a meeting of three parties named in one
list is all three, each toward each other; after a go-between named apart it
is not (needs the spaCy model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _pairs(text, trigger):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {
        (e.actor.code[:3], e.recipient.code[:3])
        for e in rec.events
        if e.trigger.text == trigger and e.actor and e.recipient and e.actor.code and e.recipient.code
    }


@pytest.mark.parametrize(
    "text,members",
    [
        (
            "The trilateral meeting of the foreign ministers of Peru, Chile and Bolivia was held on Monday in Lima. "
            "The sides agreed to hold the next meeting in La Paz.",
            {"PER", "CHL", "BOL"},
        ),
        (
            "The trilateral meeting of the defence ministers of Kenya, Uganda and Tanzania was held in Nairobi. "
            "The sides also agreed to hold a joint exercise next year.",
            {"KEN", "UGA", "TZA"},
        ),
    ],
)
def test_the_sides_of_a_listed_trilateral_meeting_are_all_three(text, members):
    got = _pairs(text, "agreed")
    want = {(x, y) for x in members for y in members if x != y}
    assert want <= got, got


def test_the_parties_after_a_go_between_named_apart_leave_it_out():
    got = _pairs("Qatar hosted talks between Rwanda and Sudan in Doha. The sides agreed to a ceasefire.", "agreed")
    assert len(got) < 6, got  # (not the three of them each toward each other)
