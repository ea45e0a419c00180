"""Aid going on now is news, not a habit (accord.events.factuality.is_habitual)."""

from accord.events.factuality import is_habitual

G = "B-GPE"


def _aid(build, verb_rows, adverb_rows):
    """'Japan <verb_rows> <adverb_rows> food to Haiti .' with the verb last of verb_rows."""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", None, G)]
    rows += verb_rows
    v = len(rows) - 1
    rows = [(*r[:5], v if r[5] is None else r[5], r[6]) for r in rows]
    rows += [(*r[:5], v, r[6]) for r in adverb_rows]
    rows += [
        ("food", "food", "NOUN", "NN", "dobj", v, "O"),
        ("to", "to", "ADP", "IN", "prep", v, "O"),
        ("Haiti", "Haiti", "PROPN", "NNP", "pobj", len(rows) + 1, G),
        (".", ".", "PUNCT", ".", "punct", v, "O"),
    ]
    rows[v] = (*rows[v][:4], "ROOT", v, "O")
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    return doc[v]


REGULARLY = [("regularly", "regularly", "ADV", "RB", "advmod", None, "O")]


def test_aid_in_the_progressive_is_going_on_not_a_habit(build):
    verb = [
        ("is", "be", "AUX", "VBZ", "aux", None, "O"),
        ("sending", "send", "VERB", "VBG", "ROOT", None, "O"),
    ]
    assert not is_habitual(_aid(build, verb, REGULARLY))


def test_providing_aid_annually_is_a_standing_act_not_a_habit(build):
    verb = [("provides", "provide", "VERB", "VBZ", "ROOT", None, "O")]
    assert not is_habitual(_aid(build, verb, REGULARLY))


def test_sending_regularly_in_the_simple_present_stays_a_habit(build):
    verb = [("sends", "send", "VERB", "VBZ", "ROOT", None, "O")]
    assert is_habitual(_aid(build, verb, REGULARLY))
