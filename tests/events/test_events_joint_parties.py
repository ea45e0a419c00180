"""A partyless joint activity takes the parties of the one told before (accord.events.joint_parties)."""

from accord.events.joint_parties import lend_joint_parties
from accord.record import Event, EventActor, Span

G = "B-GPE"


def _doc(build, mod):
    """'Kyrgyzstan held patrols with Uzbekistan . <mod> patrols will be held .'"""
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
        ("patrols", "patrol", "NOUN", "NNS", "dobj", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("Uzbekistan", "Uzbekistan", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        (mod, mod.lower(), "ADJ", "JJ", "amod", 7, "O"),
        ("patrols", "patrol", "NOUN", "NNS", "nsubjpass", 10, "O"),
        ("will", "will", "AUX", "MD", "aux", 10, "O"),
        ("be", "be", "AUX", "VB", "auxpass", 10, "O"),
        ("held", "hold", "VERB", "VBN", "ROOT", 10, "O"),
        (".", ".", "PUNCT", ".", "punct", 10, "O"),
    ]
    return build(rows, sent_starts=(0, 6))


def _event(doc, i, type_, cameo, actor=None, recipient=None):
    t = doc[i]
    s = t.sent
    return Event(
        type=type_,
        cameo=cameo,
        trigger=Span(t.idx, t.idx + len(t.text), t.text),
        sentence={"start": s.start_char, "end": s.end_char},
        actor=actor,
        recipient=recipient,
        confidence=0.3 if actor is None else 0.8,
    )


def _run(build, mod):
    doc = _doc(build, mod)
    kgz = EventActor(0, 10, "Kyrgyzstan", "KGZ", "KGZ")
    uzb = EventActor(doc[4].idx, doc[4].idx + 10, "Uzbekistan", "UZB", "UZB")
    events = [
        _event(doc, 1, "COOPERATE", "062", kgz, uzb),
        _event(doc, 1, "COOPERATE", "062", uzb, kgz),
        _event(doc, 10, "AGREE", "0312"),
    ]
    return lend_joint_parties(doc, events)


def test_a_partyless_joint_activity_takes_the_parties_told_before(build):
    out = _run(build, "Joint")
    lent = [(e.actor.code, e.recipient.code) for e in out if e.type == "AGREE"]
    assert lent == [("KGZ", "UZB"), ("UZB", "KGZ")]
    assert all(e.confidence >= 0.4 for e in out)


def test_an_activity_not_called_joint_takes_no_parties(build):
    out = _run(build, "Regular")
    assert [(e.actor, e.recipient) for e in out if e.type == "AGREE"] == [(None, None)]


def test_a_joint_activity_told_far_before_lends_no_parties(build, monkeypatch):
    from accord.events import joint_parties

    monkeypatch.setattr(joint_parties, "JOINT_SENTENCES", 0)  # the two sentences as if far apart
    out = _run(build, "Joint")
    assert [(e.actor, e.recipient) for e in out if e.type == "AGREE"] == [(None, None)]


def _invited_doc(build, noun, noun_lemma):
    """'Kyrgyzstan held patrols with Uzbekistan . Tajikistan was invited to the <noun> .'"""
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("Uzbekistan", "Uzbekistan", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Tajikistan", "Tajikistan", "PROPN", "NNP", "nsubjpass", 8, G),
        ("was", "be", "AUX", "VBD", "auxpass", 8, "O"),
        ("invited", "invite", "VERB", "VBN", "ROOT", 8, "O"),
        ("to", "to", "ADP", "IN", "prep", 8, "O"),
        ("the", "the", "DET", "DT", "det", 11, "O"),
        (noun, noun_lemma, "NOUN", "NNS", "pobj", 9, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    return build(rows, sent_starts=(0, 6))


def _invited(build, noun, noun_lemma):
    doc = _invited_doc(build, noun, noun_lemma)
    kgz = EventActor(0, 10, "Kyrgyzstan", "KGZ", "KGZ")
    uzb = EventActor(doc[4].idx, doc[4].idx + 10, "Uzbekistan", "UZB", "UZB")
    tjk = EventActor(doc[6].idx, doc[6].idx + 10, "Tajikistan", "TJK", "TJK")
    events = [
        _event(doc, 1, "COOPERATE", "062", kgz, uzb),
        _event(doc, 1, "COOPERATE", "062", uzb, kgz),
        _event(doc, 8, "AGREE", "036", tjk),
    ]
    out = lend_joint_parties(doc, events)
    return [(e.actor.code, e.recipient.code if e.recipient else None) for e in out if e.type == "AGREE"]


def test_a_party_invited_to_the_exercise_is_invited_by_its_first_named_party(build):
    for noun in ("drills", "exercises"):
        assert _invited(build, noun, noun[:-1]) == [("KGZ", "TJK")]


def test_an_invitation_to_no_exercise_takes_no_hosts(build):
    assert _invited(build, "talks", "talk") == [("TJK", None)]
