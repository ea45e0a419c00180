"""A finite verb misparsed as a clause on the noun of a phrase after the subject (accord.events.assemble)."""

from accord.events.assemble import _verbless_root
from accord.events.extract import extract_events
from accord.syntax import grammar

G = "B-GPE"


def _rows(tag):
    """'Georgia at a briefing called the move "a provocation" .' as the parser reads it: 'called' hung on 'briefing'."""
    return [
        ("Georgia", "Georgia", "PROPN", "NNP", "ROOT", 0, G),
        ("at", "at", "ADP", "IN", "prep", 0, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("briefing", "briefing", "NOUN", "NN", "pobj", 1, "O"),
        ("called", "call", "VERB", tag, "acl", 3, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("move", "move", "NOUN", "NN", "dobj", 4, "O"),
        ('"', '"', "PUNCT", "``", "punct", 9, "O"),
        ("a", "a", "DET", "DT", "det", 9, "O"),
        ("provocation", "provocation", "NOUN", "NN", "appos", 6, "O"),
        ('"', '"', "PUNCT", "''", "punct", 0, "O"),
        (".", ".", "PUNCT", ".", "punct", 0, "O"),
    ]


def _briefing(build):
    doc = build(_rows("VBD"), [(0, 1, "GEOGOV", "GEO", "GOV", None, "state")])
    return [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.type == "ACCUSE"]


def test_the_root_noun_before_the_phrase_is_the_subject(build):
    (e,) = _briefing(build)
    assert e.actor.code == "GEOGOV"


def test_a_participle_on_the_noun_takes_no_subject_from_the_root(build):
    """'a briefing called X' read as a participle (VBN) or a verb with its own subject: the root is no subject."""
    doc = build(_rows("VBN"))
    assert _verbless_root(doc[4], grammar(doc[4])) is None
    doc = build(_rows("VBD"))
    assert _verbless_root(doc[4], grammar(doc[4])).i == 0


def test_the_fallback_recipient_is_not_taken_from_a_coordinated_clause(build):
    """'Japan protested , and China sent ships .': China acts in a clause of its own, no target of the protest."""
    from accord.events.actor_groups import ActorGroups
    from accord.events.assemble import _first_coded_after

    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("protested", "protest", "VERB", "VBD", "ROOT", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("China", "China", "PROPN", "NNP", "nsubj", 5, G),
        ("sent", "send", "VERB", "VBD", "conj", 1, "O"),
        ("ships", "ship", "NOUN", "NNS", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state"), (4, 5, "CHN", "CHN", None, None, "state")])
    actors = ActorGroups(doc)
    assert _first_coded_after(doc[1], [0], actors) == []
