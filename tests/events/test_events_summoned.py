"""The body an envoy was summoned to is the one that summoned him (events.summoned)."""

from types import SimpleNamespace

from accord.events.actor_groups import ActorGroups
from accord.events.summoned import summoned_by

NO = "O"


def _doc(build, verb="summoned", lemma="summon", kind="org"):
    """'The Elbonian envoy was <verb> to the Ruritanian ministry .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 2, NO),
        ("Elbonian", "Elbonian", "ADJ", "JJ", "amod", 2, "B-NORP"),
        ("envoy", "envoy", "NOUN", "NN", "nsubjpass", 4, NO),
        ("was", "be", "AUX", "VBD", "auxpass", 4, NO),
        (verb, lemma, "VERB", "VBN", "ROOT", 4, NO),
        ("to", "to", "ADP", "IN", "prep", 4, NO),
        ("the", "the", "DET", "DT", "det", 8, NO),
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 8, NO),
        ("ministry", "ministry", "NOUN", "NN", "pobj", 5, NO),
        (".", ".", "PUNCT", ".", "punct", 4, NO),
    ]
    ms = [(0, 3, "ELBGOV", "ELB", "GOV", None, "person"), (6, 9, "RURGOV", "RUR", "GOV", None, kind)]
    return build(rows, ms)


def test_the_ministry_summoned_the_envoy(build):
    doc = _doc(build)
    assert summoned_by(SimpleNamespace(tok=doc[4]), [], [0], ActorGroups(doc)) == ([1], [0])


def test_no_summons_or_a_capital_gives_no_actor(build):
    doc = _doc(build, "sent", "send")  # "was sent to the ministry": no summons
    assert summoned_by(SimpleNamespace(tok=doc[4]), [], [0], ActorGroups(doc)) == ([], [0])
    doc = _doc(build, kind="state")  # "summoned to Moscow": a recall
    assert summoned_by(SimpleNamespace(tok=doc[4]), [], [0], ActorGroups(doc)) == ([], [0])
