"""A holding of foreigners told as a noun (accord.events.held_abroad and the reason-phrase rule of
accord.events.sense), on hand-built Docs."""

from accord.events.actor_groups import ActorGroups
from accord.events.held_abroad import held_abroad
from accord.events.triggers import find_candidates

G = "B-GPE"


def _protest_over(build, noun, home=False):
    """'Ruritania protested over the <noun> of two citizens of Ruritania in Kronberg .' (Kronberg Ruritania's own city when home)"""
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("protested", "protest", "VERB", "VBD", "ROOT", 1, "O"),
        ("over", "over", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        (noun, noun, "NOUN", "NN", "pobj", 2, "O"),
        ("of", "of", "ADP", "IN", "prep", 4, "O"),
        ("two", "two", "NUM", "CD", "nummod", 7, "O"),
        ("citizens", "citizen", "NOUN", "NNS", "pobj", 5, "O"),
        ("of", "of", "ADP", "IN", "prep", 7, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 8, G),
        ("in", "in", "ADP", "IN", "prep", 7, "O"),
        ("Kronberg", "Kronberg", "PROPN", "NNP", "pobj", 10, G),
    ]
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (7, 10, "RURCVL", "RUR", "CVL", None, "group"),
        (11, 12, *(["RUR", "RUR"] if home else ["FRE", "FRE"]), None, None, "location"),
    ]
    return build(rows, mentions)


def _roles(doc):
    actors = ActorGroups(doc)
    (c,) = [c for c in find_candidates(doc[:]) if c.tok.i == 4]
    a, r = held_abroad(c, [0], [2], actors)
    return [actors.mentions[m].code for m in a], [actors.mentions[m].code for m in r]


def test_a_detention_in_a_protests_reason_is_an_act_of_its_own(build):
    for noun in ("detention", "arrest"):
        doc = _protest_over(build, noun)
        assert {c.tok.text for c in find_candidates(doc[:])} == {"protested", noun}


def test_foreigners_held_in_a_place_are_held_by_its_state(build):
    for noun in ("detention", "arrest"):
        assert _roles(_protest_over(build, noun)) == (["FRE"], ["RURCVL"])


def test_a_states_own_people_held_at_home_stay_the_protests_reason(build):
    doc = _protest_over(build, "detention", home=True)
    assert [c.tok.text for c in find_candidates(doc[:])] == ["protested"]
