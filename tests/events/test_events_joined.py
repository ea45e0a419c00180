"""The owner of what a party joins is its target (accord.events.joined)."""

from accord.events.actor_groups import ActorGroups
from accord.events.actor_roles import verb_recipient

G = "B-GPE"
# "Ruritania refused to join Freedonian sanctions against Sylvania ."
ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
    ("refused", "refuse", "VERB", "VBD", "ROOT", 1, "O"),
    ("to", "to", "PART", "TO", "aux", 3, "O"),
    ("join", "join", "VERB", "VB", "xcomp", 1, "O"),
    ("Freedonian", "Freedonian", "ADJ", "JJ", "amod", 5, "B-NORP"),
    ("sanctions", "sanction", "NOUN", "NNS", "dobj", 3, "O"),
    ("against", "against", "ADP", "IN", "prep", 5, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 6, G),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
]
MENTIONS = [
    (0, 1, "RUR", "RUR", None, None, "state"),
    (4, 5, "FRE", "FRE", None, None, "state"),
    (7, 8, "SYL", "SYL", None, None, "state"),
]


def test_joining_a_thing_is_aimed_at_its_owner_not_its_target(build):
    doc = build(ROWS, MENTIONS)
    r = verb_recipient(doc[3], actors=ActorGroups(doc))
    assert r is not None and r.i == 4


def test_joining_a_party_is_aimed_at_it(build):
    rows = ROWS[:4] + [
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, MENTIONS[:1] + [(4, 5, "FRE", "FRE", None, None, "state")])
    r = verb_recipient(doc[3], actors=ActorGroups(doc))
    assert r is not None and r.i == 4


def test_taking_part_in_an_activity_with_a_partner_is_aimed_at_the_partner(build):
    # "Ruritanian units took part in drills with Sylvania ."
    rows = [
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 1, "B-NORP"),
        ("units", "unit", "NOUN", "NNS", "nsubj", 2, "O"),
        ("took", "take", "VERB", "VBD", "ROOT", 2, "O"),
        ("part", "part", "NOUN", "NN", "dobj", 2, "O"),
        ("in", "in", "ADP", "IN", "prep", 2, "O"),
        ("drills", "drill", "NOUN", "NNS", "pobj", 4, "O"),
        ("with", "with", "ADP", "IN", "prep", 5, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 6, G),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows, [(0, 2, "RURMIL", "RUR", "MIL", None, "org"), (7, 8, "SYL", "SYL", None, None, "state")])
    r = verb_recipient(doc[2], actors=ActorGroups(doc))
    assert r is not None and r.i == 7


def test_taking_part_in_the_drills_told_before_is_aimed_at_their_owner(build):
    # "Pactorg drills began . Ruritanian units took part in the manoeuvres ." (no owner of its own:
    # the owner of the exercise the sentence before names)
    rows = [
        ("Pactorg", "Pactorg", "PROPN", "NNP", "compound", 1, "B-ORG"),
        ("drills", "drill", "NOUN", "NNS", "nsubj", 2, "O"),
        ("began", "begin", "VERB", "VBD", "ROOT", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 5, "B-NORP"),
        ("units", "unit", "NOUN", "NNS", "nsubj", 6, "O"),
        ("took", "take", "VERB", "VBD", "ROOT", 6, "O"),
        ("part", "part", "NOUN", "NN", "dobj", 6, "O"),
        ("in", "in", "ADP", "IN", "prep", 6, "O"),
        ("the", "the", "DET", "DT", "det", 10, "O"),
        ("manoeuvres", "manoeuvre", "NOUN", "NNS", "pobj", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ]
    ms = [(0, 1, "IGOPAC", None, None, "PAC", "org"), (4, 6, "RURMIL", "RUR", "MIL", None, "org")]
    doc = build(rows, ms, sent_starts=(0, 4))
    r = verb_recipient(doc[6], actors=ActorGroups(doc))
    assert r is not None and r.i == 0
    # an uncoded joiner ("5,000 servicemen took part in the drills") is left alone
    doc = build(rows, ms[:1] + [(4, 6, None, None, None, None, "org")], sent_starts=(0, 4))
    assert verb_recipient(doc[6], actors=ActorGroups(doc)) is None
    # with no exercise told before, no owner
    alone = [r[:5] + (r[5] - 4,) + r[6:] for r in rows[4:]]
    doc = build(alone, [(0, 2, "RURMIL", "RUR", "MIL", None, "org")])
    assert verb_recipient(doc[2], actors=ActorGroups(doc)) is None
