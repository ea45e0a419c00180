"""A state's own forces named bare are its own (events.own_forces)."""

from accord.events.own_forces import own_forces
from accord.record import Event, EventActor, Span


def _thanked(kind, forces, code=None):
    # "<Ruritanian leader> thanked <forces>"
    e = Event(kind, Span(20, 27, "thanked"), {"start": 0, "end": 60})
    e.actor = EventActor(0, 19, "The Ruritanian head", code="RURGOV", country="RUR", sector="GOV")
    e.recipient = EventActor(28, 28 + len(forces), forces, code=code, country=code)
    return e


def test_a_friendly_act_on_bare_forces_is_on_the_actors_own():
    for forces in ("the security forces", "law enforcement", "the police"):
        e = _thanked("SUPPORT", forces)
        own_forces([e])
        assert e.recipient.code == "RUR", forces


def test_a_hostile_act_or_other_words_are_left_alone():
    e = _thanked("ASSAULT", "the security forces")
    own_forces([e])
    assert e.recipient.code is None
    e = _thanked("SUPPORT", "the volunteers")
    own_forces([e])
    assert e.recipient.code is None
    e = _thanked("SUPPORT", "the security forces", code="SYL")
    own_forces([e])
    assert e.recipient.code == "SYL"
