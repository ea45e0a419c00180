"""Round F (evA): a warning of what one will do if another goes on is aimed
at the other (events.conditioned_threats; needs the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", trigger=True)


@pytest.mark.parametrize(
    "text,actor,target",
    [
        (
            "Turkish drones struck a village near the border. Baghdad warned that if the strikes continue, it "
            "will appeal to the Security Council of the United Nations.",
            "IRQ",
            "TUR",
        ),
        (
            "Russian troops shelled Ukrainian border towns on Monday. Kyiv warned that if the shelling "
            "continues, it will ask NATO for air defence.",
            "UKR",
            "RUS",
        ),
        (
            "Moscow warned that if Finland joins NATO, Russia will have to take military-technical measures.",
            "RUS",
            "FIN",
        ),
    ],
)
def test_conditioned_warning_is_aimed_at_the_conditioned_party(text, actor, target):
    ev = [(a, r) for t, a, r, tr in _events(text) if t == "THREATEN"]
    assert (actor, target) in ev, ev


def test_warning_without_a_named_author_keeps_no_target():
    ev = [(a, r) for t, a, r, tr in _events("The ministry warned that if the rains continue, the roads will close.")]
    assert all(r is None for _a, r in ev), ev
