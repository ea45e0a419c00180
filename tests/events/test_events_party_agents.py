"""Parties named by phrases around an event word (#16): the agent of a
participle on a noun; "each side" accusing "the other"; "the launches"
condemned after "fired missiles"."""

from spacy.tokens import Doc

from accord.events.actor_groups import ActorGroups
from accord.events.actor_roles import subject_of
from accord.events.pairs import expand_pairs, is_pair_reference
from accord.events.reactions import link_reactions
from accord.record import Event, EventActor, Span

G = "B-GPE"


def _pact_rows(agent_label):
    # "The pullout follows a pact reached by Ruritania and Freedonia ."
    return [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("pullout", "pullout", "NOUN", "NN", "nsubj", 2, "O"),
        ("follows", "follow", "VERB", "VBZ", "ROOT", 2, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("pact", "pact", "NOUN", "NN", "dobj", 2, "O"),
        ("reached", "reach", "VERB", "VBN", "acl", 4, "O"),
        ("by", "by", "ADP", "IN", "agent", 5, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 6, agent_label),
        ("and", "and", "CCONJ", "CC", "cc", 7, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 7, agent_label),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]


def test_the_agent_of_a_participle_on_a_noun_acts(build):
    rows = _pact_rows(G)
    doc = build(rows, [(7, 8, "RUR", "RUR", None, None, "state"), (9, 10, "FRE", "FRE", None, None, "state")])
    a, r = subject_of(doc[5], ActorGroups(doc))
    assert a is not None and a.i == 7
    assert r is not None and r.i == 4  # the noun acted on, no party


def test_an_uncoded_agent_of_a_participle_leaves_the_noun_acted_on(build):
    # "vessels seized by pirates": no coded party acts
    doc = build(_pact_rows("O"), [])
    a, r = subject_of(doc[5], ActorGroups(doc))
    assert a is None and r is not None and r.i == 4


def _ev(kind, sent, actor, recipient):
    def side(p):
        if p is None:
            return None
        text, code = p
        return EventActor(sent, sent + len(text), text, code=code, country=code)

    return Event(
        kind, Span(sent, sent + 1, "x"), {"start": sent, "end": sent + 50}, actor=side(actor), recipient=side(recipient)
    )


def test_each_side_accusing_the_other_is_both_directions_of_the_pair():
    assert is_pair_reference("Each side") and is_pair_reference("either side")
    assert not is_pair_reference("each country")
    evs = [
        _ev("ASSAULT", 0, ("Kyrgyz troops", "KGZ"), ("Tajik posts", "TJK")),
        _ev("ACCUSE", 100, ("Each side", None), ("the other", None)),
    ]
    got = [(e.actor.code, e.recipient.code) for e in expand_pairs(evs)[1:]]
    assert got == [("KGZ", "TJK"), ("TJK", "KGZ")]


def test_condemning_the_launches_is_aimed_at_who_fired(vocab):
    # "Ruritania fired missiles . Freedonia condemned the launches ."
    words = ["Ruritania", "fired", "missiles", ".", "Freedonia", "condemned", "the", "launches", "."]
    lemmas = ["Ruritania", "fire", "missile", ".", "Freedonia", "condemn", "the", "launch", "."]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"]
    heads = [1, 1, 1, 1, 5, 5, 7, 5, 5]
    doc = Doc(
        vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads, sent_starts=[i in (0, 4) for i in range(9)]
    )
    doc._.mentions = []

    def ev(typ, i, code):
        s = doc[i].sent
        side = EventActor(0, 1, code, code=code, country=code)
        return Event(
            typ,
            Span(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text),
            {"start": s.start_char, "end": s.end_char},
            actor=side,
        )

    lead, condemned = ev("ASSAULT", 1, "RUR"), ev("ACCUSE", 5, "FRE")
    link_reactions(doc, [lead, condemned])
    assert condemned.recipient is not None and condemned.recipient.country == "RUR"
