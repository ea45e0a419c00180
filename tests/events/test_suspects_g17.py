"""A suspect is the accused, never the accuser (events.suspects); hand-built Docs."""

from accord.events.actor_groups import ActorGroups
from accord.events.made import speech_event
from accord.events.party_spans import party
from accord.events.suspects import suspects_accused


def _rows(verb_dep="dobj"):
    # "Guards of Ruritania detained a citizen of Freedonia suspected of spying ."
    return [
        ("Guards", "guard", "NOUN", "NNS", "nsubj", 3, "O"),
        ("of", "of", "ADP", "IN", "prep", 0, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 1, "B-GPE"),
        ("detained", "detain", "VERB", "VBD", "ROOT", 3, "O"),
        ("a", "a", "DET", "DT", "det", 5, "O"),
        ("citizen", "citizen", "NOUN", "NN", verb_dep, 3, "O"),
        ("of", "of", "ADP", "IN", "prep", 5, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 6, "B-GPE"),
        ("suspected", "suspect", "VERB", "VBN", "acl", 5, "O"),
        ("of", "of", "ADP", "IN", "prep", 8, "O"),
        ("spying", "spy", "VERB", "VBG", "pcomp", 9, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]


MENTIONS = [
    (0, 3, "RURMIL", "RUR", "MIL", None, "group"),
    (4, 8, "FRECVL", "FRE", "CVL", None, "group"),
]


def _run(build, verb_dep="dobj"):
    doc = build(_rows(verb_dep), MENTIONS)
    actors = ActorGroups(doc)
    suspect = party(actors, actors.at(doc[5]), 8)
    ev = speech_event(doc[8], "ACCUSE", "112", suspect, None, 0.6)
    return suspects_accused(doc, [ev], actors, [])


def test_the_suspect_is_the_accused_and_the_detainer_the_accuser(build):
    out = _run(build)
    assert [(e.actor.country, e.recipient.country) for e in out] == [("RUR", "FRE")]


def test_with_no_accuser_named_the_suspects_accusation_is_dropped(build):
    # the suspect's noun is no object of the detention here, and no speaker or detention event is told
    assert _run(build, verb_dep="nsubj") == []
