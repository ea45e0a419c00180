"""The side an attack with no named attacker was fired from (events.fired_from)."""

from types import SimpleNamespace

from accord.events.actor_groups import ActorGroups
from accord.events.fired_from import fired_from

NO = "O"


def _rows(verb, lemma, prep_rows):
    """'Ruritanian posts were <verb> from <prep_rows> .' (the from phrase on the verb)."""
    rows = [
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 1, "B-NORP"),
        ("posts", "post", "NOUN", "NNS", "nsubjpass", 3, NO),
        ("were", "be", "AUX", "VBD", "auxpass", 3, NO),
        (verb, lemma, "VERB", "VBN", "ROOT", 3, NO),
        ("from", "from", "ADP", "IN", "prep", 3, NO),
    ]
    rows += prep_rows
    rows.append((".", ".", "PUNCT", ".", "punct", 3, NO))
    return rows


# "the territory of Elbonia": det, pobj of "from", prep, pobj (heads as absolute indices)
TERRITORY = [
    ("the", "the", "DET", "DT", "det", 6, NO),
    ("territory", "territory", "NOUN", "NN", "pobj", 4, NO),
    ("of", "of", "ADP", "IN", "prep", 6, NO),
    ("Elbonia", "Elbonia", "PROPN", "NNP", "pobj", 7, "B-GPE"),
]
MENTIONS = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 9, "ELB", "ELB", None, None, "state")]


def test_the_side_it_was_fired_from_is_the_attacker(build):
    for verb, lemma in (("shelled", "shell"), ("attacked", "attack"), ("fired", "fire")):
        doc = build(_rows(verb, lemma, TERRITORY), MENTIONS)
        actors = ActorGroups(doc)
        c = SimpleNamespace(type="ASSAULT", tok=doc[3])
        a, r = fired_from(c, [], [0, 1], actors)
        assert a == [1] and r == [0], verb


def test_a_named_attacker_or_another_act_stays(build):
    doc = build(_rows("shelled", "shell", TERRITORY), MENTIONS)
    actors = ActorGroups(doc)
    tok = doc[3]
    assert fired_from(SimpleNamespace(type="ASSAULT", tok=tok), [0], [1], actors) == ([0], [1])
    # "aid was sent from Elbonia": no attack, the from phrase names no attacker
    assert fired_from(SimpleNamespace(type="AID", tok=tok), [], [1], actors) == ([], [1])
