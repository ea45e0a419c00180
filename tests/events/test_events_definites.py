"""A definite noun phrase that names no state stands for the thing named
before, or for the speaker's own body (accord.events.definites)."""

from story_docs import event_with as _event

from accord.events.definites import bind_definites, bind_owned_things
from accord.record import EventActor


def _side(doc, a, b, code, country, sector=None):
    sp = doc[a:b]
    return EventActor(sp.start_char, sp.end_char, sp.text, code=code, country=country, sector=sector)


BOAT_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
    ("fired", "fire", "VERB", "VBD", "ROOT", 1, "O"),
    ("at", "at", "ADP", "IN", "prep", 1, "O"),
    ("a", "a", "DET", "DT", "det", 5, "O"),
    ("Freedonian", "Freedonian", "ADJ", "JJ", "amod", 5, "B-NORP"),
    ("boat", "boat", "NOUN", "NN", "pobj", 2, "O"),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 8, "B-NORP"),
    ("vessels", "vessel", "NOUN", "NNS", "nsubj", 9, "O"),
    ("blocked", "block", "VERB", "VBD", "ROOT", 9, "O"),
    ("the", "the", "DET", "DT", "det", 11, "O"),
    ("boat", "boat", "NOUN", "NN", "poss", 13, "O"),
    ("'s", "'s", "PART", "POS", "case", 11, "O"),
    ("route", "route", "NOUN", "NN", "dobj", 9, "O"),
    (".", ".", "PUNCT", ".", "punct", 9, "O"),
]


def test_the_boat_is_the_states_boat_named_before(build):
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (4, 5, "FRE", "FRE", None, None, "state"),
        (7, 8, "RUR", "RUR", None, None, "state"),
    ]
    doc = build(BOAT_ROWS, mentions, sent_starts=(0, 7))
    e = _event(doc, "COERCE", 9, _side(doc, 7, 9, "RUR", "RUR"))
    bind_definites([e], doc)
    assert e.recipient is not None and e.recipient.code == "FRE" and e.recipient.text == "the boat"


def test_a_boat_named_before_with_no_state_binds_nothing(build):
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (7, 8, "RUR", "RUR", None, None, "state")]
    doc = build(BOAT_ROWS, mentions, sent_starts=(0, 7))
    e = _event(doc, "COERCE", 9, _side(doc, 7, 9, "RUR", "RUR"))
    bind_definites([e], doc)
    assert e.recipient is None


def test_the_body_a_speaker_is_named_by_is_the_speakers_own(build):
    # "Ruritanian coast guard spokesman Ivo said the coast guard acted ."
    rows = [
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 3, "B-NORP"),
        ("coast", "coast", "NOUN", "NN", "compound", 2, "O"),
        ("guard", "guard", "NOUN", "NN", "compound", 3, "O"),
        ("spokesman", "spokesman", "NOUN", "NN", "compound", 4, "O"),
        ("Ivo", "Ivo", "PROPN", "NNP", "nsubj", 5, "B-PERSON"),
        ("said", "say", "VERB", "VBD", "ROOT", 5, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("coast", "coast", "NOUN", "NN", "compound", 8, "O"),
        ("guard", "guard", "NOUN", "NN", "nsubj", 9, "O"),
        ("acted", "act", "VERB", "VBD", "ccomp", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows, [(0, 5, "RURMIL", "RUR", "MIL", None, "person")])
    e = _event(doc, "COERCE", 9, _side(doc, 6, 9, "FREMIL", "FRE", "MIL"))  # (the body the article named last)
    bind_definites([e], doc)
    assert e.actor.code == "RURMIL"
    # a speaker named by other nouns leaves it
    doc = build(rows, [(3, 5, "RURGOV", "RUR", "GOV", None, "person")])
    e = _event(doc, "COERCE", 9, _side(doc, 6, 9, "FREMIL", "FRE", "MIL"))
    bind_definites([e], doc)
    assert e.actor.code == "FREMIL"


def _force_rows(first_mod):
    # "Ghana and Togo agreed to deploy a <first_mod> force . Nigeria will supply the joint force ."
    return [
        ("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 3, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Togo", "Togo", "PROPN", "NNP", "conj", 0, "B-GPE"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("deploy", "deploy", "VERB", "VB", "xcomp", 3, "O"),
        ("a", "a", "DET", "DT", "det", 8, "O"),
        (first_mod, first_mod, "ADJ", "JJ", "amod", 8, "O"),
        ("force", "force", "NOUN", "NN", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ("Nigeria", "Nigeria", "PROPN", "NNP", "nsubj", 12, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 12, "O"),
        ("supply", "supply", "VERB", "VB", "ROOT", 12, "O"),
        ("the", "the", "DET", "DT", "det", 15, "O"),
        ("joint", "joint", "ADJ", "JJ", "amod", 15, "O"),
        ("force", "force", "NOUN", "NN", "dobj", 12, "O"),
        (".", ".", "PUNCT", ".", "punct", 12, "O"),
    ]


def _force_events(build, first_mod):
    codes = {0: "GHA", 2: "TGO", 10: "NGA"}
    doc = build(
        _force_rows(first_mod), [(i, i + 1, c, c, None, None, "state") for i, c in codes.items()], sent_starts=(0, 10)
    )
    g, t, n = (_side(doc, i, i + 1, c, c) for i, c in codes.items())
    evs = [_event(doc, "AGREE", 3, g, t), _event(doc, "AGREE", 3, t, g), _event(doc, "AGREE", 12, n)]
    return doc, evs


def test_the_joint_force_is_the_force_the_parties_of_an_earlier_act_introduced(build):
    doc, evs = _force_events(build, "joint")
    out = bind_owned_things(evs, doc)
    assert sorted(e.recipient.code for e in out[2:]) == ["GHA", "TGO"]
    assert all(e.actor.code == "NGA" for e in out[2:])


def test_a_force_introduced_with_other_modifiers_is_another_thing(build):
    doc, evs = _force_events(build, "naval")
    out = bind_owned_things(evs, doc)
    assert len(out) == 3 and out[2].recipient is None
