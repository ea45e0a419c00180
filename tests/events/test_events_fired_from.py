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
    # (a party named outside the passive's subject: here a stand-in mention on "were")
    doc2 = build(_rows("shelled", "shell", TERRITORY), MENTIONS + [(2, 3, "SYL", "SYL", None, None, "state")])
    assert fired_from(SimpleNamespace(type="ASSAULT", tok=doc2[3]), [2], [0], ActorGroups(doc2)) == ([2], [0])
    # "aid was sent from Elbonia": no attack, the from phrase names no attacker
    assert fired_from(SimpleNamespace(type="AID", tok=tok), [], [1], actors) == ([], [1])


def test_the_ones_hit_are_never_the_attacker(build):
    # "Ruritanian posts were shelled from the territory of Elbonia": the passive's subject taken for the actor
    # (its soldiers, its posts) is the target of the side it was fired from
    doc = build(_rows("shelled", "shell", TERRITORY), MENTIONS)
    a, r = fired_from(SimpleNamespace(type="ASSAULT", tok=doc[3]), [0], [], ActorGroups(doc))
    assert a == [1] and r == [0]


def test_the_attack_of_a_cause_phrase_was_fired_from_the_side(build):
    # "Ruritanian posts were hit by shelling from the territory of Elbonia": the from phrase on the attack noun
    rows = _rows("hit", "hit", [])[:4] + [
        ("by", "by", "ADP", "IN", "prep", 3, NO),
        ("shelling", "shelling", "NOUN", "NN", "pobj", 4, NO),
        ("from", "from", "ADP", "IN", "prep", 5, NO),
    ]
    rows += [(w, lem, pos, tag, dep, h + 2, ent) for w, lem, pos, tag, dep, h, ent in TERRITORY]
    rows[8] = rows[8][:5] + (6,) + rows[8][6:]  # "territory" under this "from"
    rows.append((".", ".", "PUNCT", ".", "punct", 3, NO))
    doc = build(rows, [(0, 1, "RUR", "RUR", None, None, "state"), (7, 11, "ELB", "ELB", None, None, "state")])
    a, r = fired_from(SimpleNamespace(type="ASSAULT", tok=doc[3]), [], [0], ActorGroups(doc))
    assert a == [1] and r == [0]
