"""Round E: an invitation in the passive to a part of an exercise ("the
final stage of the drills") is the exercise hosts' invitation, as one to
the exercise itself is (events.gatherings.invited_to_exercise; needs the model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return set(event_rows(text, "2025-05-01", level="code3"))


@pytest.mark.parametrize(
    "part",
    ["the final stage of the exercise", "the concluding phase of the drills", "the exercise"],
)
def test_invited_to_a_part_of_the_exercise(part):
    ev = _events(
        "Kazakhstan and Kyrgyzstan held joint drills near Almaty on Tuesday. "
        f"Observers from Uzbekistan were invited to {part}."
    )
    assert any(a == "KAZ" and r == "UZB" for _t, a, r in ev), ev


def test_a_part_of_no_exercise_is_no_invitation_by_its_hosts():
    ev = _events(
        "Kazakhstan and Kyrgyzstan held joint drills near Almaty on Tuesday. "
        "Observers from Uzbekistan were invited to the final stage of the football tournament."
    )
    assert not any(a == "KAZ" and r == "UZB" for _t, a, r in ev), ev
