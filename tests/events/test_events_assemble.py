"""Roles weighed with the place (events.assemble): a fronted capital's voice."""

from types import SimpleNamespace

from accord.events.actor_groups import ActorGroups
from accord.events.voiced_capital import fronted_capital as _fronted_capital

NO = "O"


def _rows(verb, lemma, agent=False, place="Minsk", subject=("claims", "claim")):
    """'In Minsk , the claims were <verb> [by Elbonia] .' (Minsk: a capital in the actors' dictionary)"""
    rows = [
        ("In", "in", "ADP", "IN", "prep", 6, NO),
        (place, place, "PROPN", "NNP", "pobj", 0, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 6, NO),
        ("the", "the", "DET", "DT", "det", 4, NO),
        (*subject, "NOUN", "NNS", "nsubjpass", 6, NO),
        ("were", "be", "AUX", "VBD", "auxpass", 6, NO),
        (verb, lemma, "VERB", "VBN", "ROOT", 6, NO),
    ]
    if agent:
        rows += [("by", "by", "ADP", "IN", "agent", 6, NO), ("Elbonia", "Elbonia", "PROPN", "NNP", "pobj", 7, "B-GPE")]
    return rows + [(".", ".", "PUNCT", ".", "punct", 6, NO)]


def test_a_fronted_capital_is_the_voice_of_an_agentless_statement(build):
    for verb, lemma, cat in (
        ("rejected", "reject", "REJECT"),
        ("dismissed", "dismiss", "REJECT"),
        ("condemned", "condemn", "ACCUSE"),
    ):
        doc = build(_rows(verb, lemma), [(1, 2, "RUR", "RUR", None, None, "location")])
        assert _fronted_capital(SimpleNamespace(type=cat, tok=doc[6]), ActorGroups(doc)) == 0, verb


def test_no_voice_from_a_venue_city_or_for_a_debated_text(build):
    # "In Geneva, the claims were rejected" (a city, no capital); "In Minsk, the resolutions were rejected" (no words said)
    for place, subject in (("Geneva", ("claims", "claim")), ("Minsk", ("resolutions", "resolution"))):
        doc = build(
            _rows("rejected", "reject", place=place, subject=subject), [(1, 2, "RUR", "RUR", None, None, "location")]
        )
        assert _fronted_capital(SimpleNamespace(type="REJECT", tok=doc[6]), ActorGroups(doc)) is None, place


def test_no_voice_with_an_agent_or_for_a_material_act(build):
    doc = build(
        _rows("rejected", "reject", agent=True),
        [(1, 2, "RUR", "RUR", None, None, "location"), (8, 9, "ELB", "ELB", None, None, "state")],
    )
    assert _fronted_capital(SimpleNamespace(type="REJECT", tok=doc[6]), ActorGroups(doc)) is None
    doc = build(_rows("detained", "detain"), [(1, 2, "RUR", "RUR", None, None, "location")])
    assert _fronted_capital(SimpleNamespace(type="COERCE", tok=doc[6]), ActorGroups(doc)) is None


def test_a_place_in_the_object_is_the_venue_of_a_signing(build):
    # "Elbonia signed the pact in Ruritania ." / "Elbonia signed the pact with Ruritania ."
    from accord.events.assemble import _venue_only

    for prep, ent, want in (("in", "B-GPE", True), ("with", "B-GPE", False)):
        rows = [
            ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
            ("signed", "sign", "VERB", "VBD", "ROOT", 1, NO),
            ("the", "the", "DET", "DT", "det", 3, NO),
            ("pact", "pact", "NOUN", "NN", "dobj", 1, NO),
            (prep, prep, "ADP", "IN", "prep", 3, NO),
            ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 4, ent),
            (".", ".", "PUNCT", ".", "punct", 1, NO),
        ]
        doc = build(rows, [(0, 1, "ELB", "ELB", None, None, "state"), (5, 6, "RUR", "RUR", None, None, "state")])
        assert _venue_only(ActorGroups(doc), 1, doc[1]) is want, prep


def test_a_place_of_ones_own_state_is_no_partner(build):
    # "Elbonia proposed drills near Elbo ." (Elbo: a place in Elbonia): where, not with whom; a strike there
    # is still aimed at the place
    from accord.events.assemble import _place_roles

    rows = [
        ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("proposed", "propose", "VERB", "VBD", "ROOT", 1, NO),
        ("drills", "drill", "NOUN", "NNS", "dobj", 1, NO),
        ("near", "near", "ADP", "IN", "prep", 2, NO),
        ("Elbo", "Elbo", "PROPN", "NNP", "pobj", 3, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, NO),
    ]
    doc = build(rows, [(0, 1, "ELB", "ELB", None, None, "state"), (4, 5, "ELB", "ELB", None, None, "location")])
    actors = ActorGroups(doc)
    for cat, want in (("SUPPORT", []), ("COOPERATE", []), ("ASSAULT", [1])):
        c = SimpleNamespace(type=cat, cameo="000", tok=doc[1])
        assert _place_roles(c, [0], [1], None, actors) == ([0], want), cat


def test_a_proposal_to_hold_drills_at_home_has_no_place_partner(build):
    # "Elbonia proposed to hold drills near Elbo ." (AGREE over "hold"); "Elbonia agreed to a truce in Elbo"
    # keeps the place the truce covers
    from accord.events.assemble import _place_roles

    rows = [
        ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("proposed", "propose", "VERB", "VBD", "ROOT", 1, NO),
        ("to", "to", "PART", "TO", "aux", 3, NO),
        ("hold", "hold", "VERB", "VB", "xcomp", 1, NO),
        ("drills", "drill", "NOUN", "NNS", "dobj", 3, NO),
        ("near", "near", "ADP", "IN", "prep", 3, NO),
        ("Elbo", "Elbo", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, NO),
    ]
    ms = [(0, 1, "ELB", "ELB", None, None, "state"), (6, 7, "ELB", "ELB", None, None, "location")]
    for verb, lemma, want in (("hold", "hold", []), ("sign", "sign", [1])):
        rows[3] = (verb, lemma) + rows[3][2:]
        doc = build(rows, ms)
        c = SimpleNamespace(type="AGREE", cameo="000", tok=doc[1])
        assert _place_roles(c, [0], [1], None, ActorGroups(doc)) == ([0], want), verb
