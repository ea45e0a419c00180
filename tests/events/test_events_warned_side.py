"""A warning about the speaker's own side aimed at whom the speaker last accused
(accord.events.warned_side), on hand-built Events."""

from accord.events.warned_side import aim_own_side_warnings
from accord.record import Event, EventActor, Span

TEXT = "Belarus summoned the envoy of Poland. The ministry warned that the Belarusian side will respond."


def _sents(build):
    words = TEXT.replace(".", " .").split()
    second = words.index(".") + 1  # each sentence's words hang on its first
    rows = [
        (w, w.lower(), "PUNCT" if w == "." else "NOUN", "NN", "dep", 0 if i < second else second, "O")
        for i, w in enumerate(words)
    ]
    return build(rows, sent_starts=(0, second))


def _event(kind, trigger, actor, recipient=None):
    i = TEXT.index(trigger)
    s = 0 if i < TEXT.index(". ") else TEXT.index(". ") + 2
    party = lambda name, code: EventActor(TEXT.index(name), TEXT.index(name) + len(name), name, code, code)  # noqa: E731
    return Event(
        type=kind,
        trigger=Span(i, i + len(trigger), trigger),
        sentence={"start": s, "end": len(TEXT)},
        actor=party(*actor),
        recipient=party(*recipient) if recipient else None,
    )


def test_a_warning_of_ones_own_side_is_aimed_at_the_one_summoned(build):
    doc = _sents(build)
    summoned = _event("ACCUSE", "summoned", ("Belarus", "BLR"), ("Poland", "POL"))
    warned = _event("THREATEN", "warned", ("ministry", "BLR"), ("Belarusian", "BLR"))
    aim_own_side_warnings(doc, [summoned, warned], lambda char: True)
    assert warned.recipient is not None and warned.recipient.code == "POL"


def test_with_no_act_before_the_warning_has_no_recipient(build):
    doc = _sents(build)
    warned = _event("THREATEN", "warned", ("ministry", "BLR"), ("Belarusian", "BLR"))
    aim_own_side_warnings(doc, [warned], lambda char: True)
    assert warned.recipient is None
