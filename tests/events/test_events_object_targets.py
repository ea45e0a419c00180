"""A directional phrase under a verb's noun object names its recipient where
the verb's own phrases name none (events.object_targets)."""

from accord.events.actor_groups import ActorGroups
from accord.events.actor_roles import verb_recipient

# "Ruritania delivered radios worth millions to Freedonian guards ."
ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
    ("delivered", "deliver", "VERB", "VBD", "ROOT", 1, "O"),
    ("radios", "radio", "NOUN", "NNS", "dobj", 1, "O"),
    ("worth", "worth", "ADJ", "JJ", "advcl", 1, "O"),
    ("millions", "million", "NOUN", "NNS", "npadvmod", 3, "O"),
    ("to", "to", "ADP", "IN", "prep", 3, "O"),
    ("Freedonian", "freedonian", "ADJ", "JJ", "amod", 7, "B-NORP"),
    ("guards", "guard", "NOUN", "NNS", "pobj", 5, "O"),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
]


def test_a_to_phrase_under_the_objects_worth_is_the_recipient(build):
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (6, 8, "FREMIL", "FRE", "MIL", None, "org")]
    doc = build(ROWS, mentions)
    assert verb_recipient(doc[1], exclude=doc[0], actors=ActorGroups(doc)).i == 7


def test_an_uncoded_to_phrase_under_the_object_names_no_recipient(build):
    doc = build(ROWS, [(0, 1, "RUR", "RUR", None, None, "state")])
    assert verb_recipient(doc[1], exclude=doc[0], actors=ActorGroups(doc)) is None


def test_a_to_phrase_inside_a_clause_on_the_object_is_not_its_target(build):
    # "Ruritania delivered radios sold to Freedonian guards ."
    rows = ROWS[:3] + [
        ("sold", "sell", "VERB", "VBN", "acl", 2, "O"),
        ("to", "to", "ADP", "IN", "prep", 3, "O"),
        ("Freedonian", "freedonian", "ADJ", "JJ", "amod", 6, "B-NORP"),
        ("guards", "guard", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 7, "FREMIL", "FRE", "MIL", None, "org")]
    doc = build(rows, mentions)
    assert verb_recipient(doc[1], exclude=doc[0], actors=ActorGroups(doc)) is None
