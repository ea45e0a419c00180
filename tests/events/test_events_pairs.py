"""A party named as a pair ("both sides", "the two leaders") stands for the
article's dyad: the event is given once per member."""

import pytest

from accord.events.pairs import expand_pairs, is_pair_reference, without_self_recipients
from accord.record import Event, EventActor, Span


def _ev(kind, sent, actor, recipient):
    def side(p):
        if p is None:
            return None
        text, code = p
        return EventActor(sent, sent + len(text), text, code=code, country=code)

    return Event(
        kind, Span(sent, sent + 1, "x"), {"start": sent, "end": sent + 50}, actor=side(actor), recipient=side(recipient)
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        ("both sides", True),
        ("The two leaders", True),
        ("the two Central Asian neighbours", True),
        ("the parties", True),
        ("the countries", False),  # 'the' alone: only sides and parties
        ("both", False),
        ("the two men", False),
        ("Armenia", False),
        (None, False),
        ("the militaries of the two countries", True),  # a pair's forces
        ("Troops of both countries", True),
        ("the armed forces of the two states", True),
        ("the troops of many countries", False),
        ("the capital of the two countries", False),
        ("the border commissions of the two countries", True),  # the pair's commissions
        ("the commissions on the demarcation of the frontier of the two states", True),
        ("the capital on the coast of the two countries", False),  # a place, no pair's body
    ],
)
def test_pair_reference(text, expected):
    assert is_pair_reference(text) is expected


def _dyads(events):
    return [(e.type, e.actor and e.actor.code, e.recipient and e.recipient.code) for e in events]


def test_recipient_pair_is_the_articles_dyad_without_the_actor():
    evs = [
        _ev("ASSAULT", 0, ("Kyrgyz troops", "KGZ"), ("Tajik posts", "TJK")),
        _ev("CONSULT", 100, ("Russia", "RUS"), ("Kyrgyzstan", "KGZ")),
        _ev("ACCUSE", 200, ("Tajikistan", "TJK"), ("Kyrgyzstan", "KGZ")),
        _ev("REQUEST", 300, ("Moscow", "RUS"), ("both sides", None)),
    ]
    out = expand_pairs(evs)
    assert sorted(_dyads(out[3:])) == [("REQUEST", "RUS", "KGZ"), ("REQUEST", "RUS", "TJK")]
    assert out[3].recipient.text == "both sides" and out[3].evidence is not out[4].evidence


def test_actor_pair_without_recipient_is_mutual():
    evs = [
        _ev("CONSULT", 0, ("Putin", "RUS"), ("Xi", "CHN")),
        _ev("AGREE", 100, ("The two leaders", None), None),
    ]
    assert _dyads(expand_pairs(evs)[1:]) == [("AGREE", "RUS", "CHN"), ("AGREE", "CHN", "RUS")]


def test_no_pair_named_before_leaves_the_event():
    evs = [
        _ev("REQUEST", 0, ("Moscow", "RUS"), ("both sides", None)),
        _ev("CONSULT", 100, ("Putin", "RUS"), ("Xi", "CHN")),
    ]
    assert _dyads(expand_pairs(evs)) == [("REQUEST", "RUS", None), ("CONSULT", "RUS", "CHN")]


def _appeal_doc(build, noun):
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("for", "for", "ADP", "IN", "prep", 1, "O"),
        (noun, noun, "NOUN", "NN", "pobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    req = Event(
        "REQUEST",
        Span(7, 13, "called"),
        {"start": 0, "end": len(doc.text)},
        actor=EventActor(0, 6, "Russia", code="RUS", country="RUS"),
    )
    return doc, req


def test_call_for_restraint_goes_to_the_conflict_dyad(build):
    doc, req = _appeal_doc(build, "restraint")
    before = [
        _ev("ASSAULT", -300, ("Kyrgyz troops", "KGZ"), ("Tajik posts", "TJK")),
        _ev("CONSULT", -200, ("Russia", "RUS"), ("Kazakhstan", "KAZ")),
        _ev("CONSULT", -100, ("Uzbekistan", "UZB"), ("Kazakhstan", "KAZ")),
    ]
    before[0].quad = "material_conflict"
    out = expand_pairs(before + [req], doc)
    assert sorted(_dyads(out[3:])) == [("REQUEST", "RUS", "KGZ"), ("REQUEST", "RUS", "TJK")]
    # the recipients are the parties as named where the dyad was joined
    assert {e.recipient.text for e in out[3:]} == {"Kyrgyz troops", "Tajik posts"}


def test_other_calls_and_no_conflict_stay_unaddressed(build):
    doc, req = _appeal_doc(build, "investigation")
    conflict = _ev("ASSAULT", -300, ("Kyrgyz troops", "KGZ"), ("Tajik posts", "TJK"))
    conflict.quad = "material_conflict"
    assert _dyads(expand_pairs([conflict, req], doc)[1:]) == [("REQUEST", "RUS", None)]
    doc, req = _appeal_doc(build, "restraint")
    talks = _ev("CONSULT", -100, ("Uzbekistan", "UZB"), ("Kazakhstan", "KAZ"))
    assert _dyads(expand_pairs([talks, req], doc)[1:]) == [("REQUEST", "RUS", None)]


def test_an_unattributed_attack_on_one_side_of_the_dyad_is_the_other_sides():
    evs = [
        _ev("ASSAULT", 0, ("Azerbaijani forces", "AZE"), ("Armenian positions", "ARM")),
        _ev("ASSAULT", 100, None, ("four Armenian soldiers", "ARM")),
        _ev("ASSAULT", 200, None, ("two Georgian farmers", "GEO")),
    ]
    for e in evs:
        e.quad = "material_conflict"
    out = expand_pairs(evs)
    assert _dyads(out) == [("ASSAULT", "AZE", "ARM"), ("ASSAULT", "AZE", "ARM"), ("ASSAULT", None, "GEO")]


def test_the_leaders_after_a_hosted_meeting_are_the_host_with_each_guest():
    # "Putin met the leaders of A, B and C. The leaders agreed to meet again." -> RUS -> A, B, C
    met = [_ev("CONSULT", 0, ("Putin", "RUS"), (name, name)) for name in ("KAZ", "KGZ", "UZB")]
    for e in met:
        e.trigger = Span(6, 9, "met")
    agreed = _ev("AGREE", 100, ("the leaders", None), None)
    agreed.confidence = 0.3
    out = [e for e in expand_pairs(met + [agreed]) if e.type == "AGREE"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [
        ("RUS", "KAZ"),
        ("RUS", "KGZ"),
        ("RUS", "UZB"),
    ]
    assert all(e.actor.text == "the leaders" and e.confidence >= 0.45 for e in out)


def test_the_leaders_with_no_meeting_stay_as_they_are():
    agreed = _ev("AGREE", 100, ("the leaders", None), None)
    out = expand_pairs([_ev("ASSAULT", 0, ("Russia", "RUS"), ("Ukraine", "UKR")), agreed])
    assert [e for e in out if e.type == "AGREE"] == [agreed]


def test_the_leaders_after_a_meeting_of_two_are_the_two_toward_each_other():
    # "Putin met Xi on Monday. The leaders signed a joint statement." -> RUS <-> CHN
    signed = _ev("SUPPORT", 100, ("the leaders", None), None)
    out = expand_pairs([_ev("CONSULT", 0, ("Putin", "RUS"), ("Xi", "CHN")), signed])
    got = sorted((e.actor.country, e.recipient.country) for e in out if e.type == "SUPPORT")
    assert got == [("CHN", "RUS"), ("RUS", "CHN")]
    assert all(e.actor.text == "the leaders" for e in out if e.type == "SUPPORT")


def test_the_two_ministers_are_the_latest_pair_named_with_that_role():
    # "A and B held drills ... The Ruritanian Defence Minister met his Freedonian counterpart.
    # The two ministers signed a memorandum." -> the ministers' pair, not the drills' one
    evs = [
        _ev("COOPERATE", 0, ("Sylvania", "SYL"), ("Osterlich", "OST")),
        _ev("COOPERATE", 100, ("Osterlich", "OST"), ("Sylvania", "SYL")),
        _ev("CONSULT", 200, ("Ruritanian Defence Minister Karl", "RUR"), ("his Freedonian counterpart", "FRE")),
        _ev("SUPPORT", 300, ("The two ministers", None), None),
    ]
    assert sorted(_dyads(expand_pairs(evs)[3:])) == [("SUPPORT", "FRE", "RUR"), ("SUPPORT", "RUR", "FRE")]


def test_a_party_beside_the_two_ministers_that_is_one_of_them():
    # "The two ministers signed a memorandum under which Ruritania will train ...": the
    # ministers' act toward each other, not toward Ruritania
    evs = [
        _ev("CONSULT", 0, ("Ruritanian Defence Minister Karl", "RUR"), ("his Freedonian counterpart", "FRE")),
        _ev("SUPPORT", 100, ("The two ministers", None), ("Ruritania", "RUR")),
    ]
    assert sorted(_dyads(expand_pairs(evs)[1:])) == [("SUPPORT", "FRE", "RUR"), ("SUPPORT", "RUR", "FRE")]


def test_the_parties_after_a_meeting_with_many_are_the_host_with_each():
    # "Lavrov met his colleagues from A, B and C . The parties will hold the next meeting in D ."
    met = [_ev("CONSULT", 0, ("Lavrov", "RUS"), (name, name)) for name in ("KAZ", "KGZ", "UZB")]
    for e in met:
        e.trigger = Span(6, 9, "met")
    hold = _ev("AGREE", 100, ("the parties", None), ("the parties", None))
    out = [e for e in expand_pairs(met + [hold]) if e.type == "AGREE"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [
        ("RUS", "KAZ"),
        ("RUS", "KGZ"),
        ("RUS", "UZB"),
    ]
    # a mediator who met two sides: "the parties" are those two
    clash = [_ev("ASSAULT", 0, ("ARM", "ARM"), ("AZE", "AZE")), _ev("ASSAULT", 20, ("AZE", "AZE"), ("ARM", "ARM"))]
    met2 = [_ev("CONSULT", 50, ("Putin", "RUS"), (name, name)) for name in ("ARM", "AZE")]
    for e in met2:
        e.trigger = Span(56, 59, "met")
    agreed = _ev("AGREE", 100, ("the parties", None), None)
    out2 = [e for e in expand_pairs(clash + met2 + [agreed]) if e.type == "AGREE"]
    assert sorted((e.actor.country, e.recipient.country) for e in out2) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_both_sides_used_tanks_is_their_fight():
    # "A and B clashed ... Both sides used tanks." -> A -> B and B -> A, not A -> tanks
    evs = [
        _ev("ASSAULT", 0, ("Ruritania", "RUR"), ("Freedonia", "FRE")),
        _ev("ASSAULT", 100, ("Both sides", None), ("tanks", None)),
    ]
    assert sorted(_dyads(expand_pairs(evs)[1:])) == [("ASSAULT", "FRE", "RUR"), ("ASSAULT", "RUR", "FRE")]


def test_the_leaders_after_a_bodys_leaders_gathered_are_that_body():
    # "Leaders of the CSTO gathered in Moscow. Putin hosted the meeting, attended by A, B and C.
    # The leaders adopted a statement." -> the CSTO adopted it, no recipient
    gathered = _ev("CONSULT", 0, None, ("Moscow", "RUS"))
    gathered.actor = EventActor(0, 20, "Leaders of the CSTO", code="IGOCSTO", org="CSTO")
    met = [_ev("CONSULT", 40, ("Putin", "RUS"), (name, name)) for name in ("KAZ", "KGZ", "UZB")]
    adopted = _ev("SUPPORT", 100, ("The leaders", None), None)
    out = [e for e in expand_pairs([gathered, *met, adopted]) if e.type == "SUPPORT"]
    assert [(e.actor.org, e.actor.text, e.recipient) for e in out] == [("CSTO", "The leaders", None)]


def test_a_body_named_by_another_group_noun_leaves_the_hosted_meeting_rule():
    # "Foreign ministers of the CSTO met ..." names ministers: "the leaders" stay the host's with each guest
    gathered = _ev("CONSULT", 0, None, None)
    gathered.actor = EventActor(0, 20, "Foreign ministers of the CSTO", code="IGOCSTO", org="CSTO")
    met = [_ev("CONSULT", 40, ("Putin", "RUS"), (name, name)) for name in ("KAZ", "KGZ")]
    agreed = _ev("AGREE", 100, ("the leaders", None), None)
    out = [e for e in expand_pairs([gathered, *met, agreed]) if e.type == "AGREE"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [("RUS", "KAZ"), ("RUS", "KGZ")]


def test_a_mediation_naming_no_one_is_with_the_conflict_dyad(build):
    # "Russia brokered a truce ." after Kyrgyz-Tajik fighting -> Russia with each side; "Russia hosted ..." stays
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("brokered", "broker", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("truce", "truce", "NOUN", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)

    def brokered():
        return Event(
            "CONSULT",
            Span(7, 15, "brokered"),
            {"start": 0, "end": len(doc.text)},
            actor=EventActor(0, 6, "Russia", code="RUS", country="RUS"),
        )

    conflict = _ev("ASSAULT", -300, ("Kyrgyz troops", "KGZ"), ("Tajik posts", "TJK"))
    conflict.quad = "material_conflict"
    out = expand_pairs([conflict, brokered()], doc)
    assert sorted(_dyads(out[1:])) == [("CONSULT", "RUS", "KGZ"), ("CONSULT", "RUS", "TJK")]
    doc[1].lemma_ = "host"
    assert _dyads(expand_pairs([conflict, brokered()], doc)[1:]) == [("CONSULT", "RUS", None)]


def _side(text, code, country=None, sector=None, org=None, at=0):
    return EventActor(at, at + len(text), text, code=code, country=country, sector=sector, org=org)


def _one(actor, recipient, trigger=5):
    return Event("REQUEST", Span(trigger, trigger + 1, "x"), {"start": 0, "end": 80}, actor=actor, recipient=recipient)


def test_a_states_own_organs_on_both_sides_are_no_dyad():
    # "the spokesman repeated Hanoi's call for talks": the government on both sides
    e = _one(_side("the spokesman", "VNMGOV", "VNM", "GOV"), _side("Hanoi's call", "VNMGOV", "VNM", "GOV", at=30))
    # "The minister was clear: Quito wants ...": its government and its military
    f = _one(_side("Quito", "ECUGOV", "ECU", "GOV"), _side("The minister", "ECUMIL", "ECU", "MIL"), trigger=40)
    out = without_self_recipients([e, f])
    assert [(x.actor.code, x.recipient) for x in out] == [("VNMGOV", None), ("ECUGOV", None)]


def test_a_self_recipient_beside_another_recipient_is_dropped():
    a = _side("Oslo", "NORGOV", "NOR", "GOV")
    evs = [_one(a, _side("Oslo's envoy", "NORGOV", "NOR", "GOV", at=20)), _one(a, _side("Peru", "PER", "PER", at=40))]
    assert [x.recipient.code for x in without_self_recipients(evs)] == ["PER"]


def test_a_domestic_dyad_and_a_states_people_stay():
    police = _side("riot police", "CHLCOP", "CHL", "COP")
    crowd = _one(police, _side("students", "CHLEDU", "CHL", "EDU", at=20))
    # "the opposition agreed to postpone its rally in Lima": a bare code is the place or its people
    rally = _one(_side("the opposition", "PER", "PER"), _side("Lima", "PER", "PER", at=50), trigger=30)
    out = without_self_recipients([crowd, rally])
    assert [(x.actor.code, x.recipient.code) for x in out] == [("CHLCOP", "CHLEDU"), ("PER", "PER")]


def test_one_organisation_on_both_sides_is_no_dyad():
    e = _one(_side("the alliance", "IGONATO", org="NATO"), _side("its members", "IGONATO", org="NATO", at=30))
    assert without_self_recipients([e])[0].recipient is None


def _fight_doc(build):
    # "Clashes killed Ruritanian and Freedonian soldiers ."
    rows = [
        ("Clashes", "clash", "NOUN", "NNS", "nsubj", 1, "O"),
        ("killed", "kill", "VERB", "VBD", "ROOT", 1, "O"),
        ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 5, "B-NORP"),
        ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
        ("Freedonian", "Freedonian", "ADJ", "JJ", "conj", 2, "B-NORP"),
        ("soldiers", "soldier", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return build(rows)


def _killed(doc, recipient):
    text, code = recipient
    at = doc.text.index(text)
    return Event(
        "ASSAULT",
        Span(8, 14, "killed"),
        {"start": 0, "end": len(doc.text)},
        actor=EventActor(0, 7, "Clashes"),
        recipient=EventActor(at, at + len(text), text, code=code, country=code),
    )


def test_a_fight_that_killed_two_sides_is_between_them(build):
    doc = _fight_doc(build)
    evs = [_killed(doc, ("Ruritanian", "RUR")), _killed(doc, ("Freedonian", "FRE"))]
    assert sorted(_dyads(expand_pairs(evs, doc))) == [("ASSAULT", "FRE", "RUR"), ("ASSAULT", "RUR", "FRE")]


def test_a_fight_that_killed_one_side_names_no_attacker(build):
    doc = _fight_doc(build)
    out = expand_pairs([_killed(doc, ("Ruritanian", "RUR"))], doc)
    assert _dyads(out) == [("ASSAULT", None, "RUR")]


def _allies_doc(build):
    # "Ruritania drilled with Freedonia , and the two allies agreed ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("drilled", "drill", "VERB", "VBD", "ROOT", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 2, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("two", "two", "NUM", "CD", "nummod", 8, "O"),
        ("allies", "ally", "NOUN", "NNS", "nsubj", 9, "O"),
        ("agreed", "agree", "VERB", "VBD", "conj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return build(rows, [(0, 1, "RUR", "RUR", None, None, "state"), (3, 4, "FRE", "FRE", None, None, "state")])


def test_a_pair_named_earlier_in_its_own_sentence(build):
    doc = _allies_doc(build)
    at = doc.text.index("the two allies")
    e = Event(
        "AGREE",
        Span(doc[9].idx, doc[9].idx + 6, "agreed"),
        {"start": 0, "end": len(doc.text)},
        actor=EventActor(at, at + 14, "the two allies"),
    )
    assert sorted(_dyads(expand_pairs([e], doc))) == [("AGREE", "FRE", "RUR"), ("AGREE", "RUR", "FRE")]


def test_they_below_a_pair_subject_stands_for_the_pair(build):
    from accord.events.actor_groups import ActorGroups
    from accord.events.actor_roles import pronoun_party

    # "The two allies vowed to resist what they called coercion ."
    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        ("two", "two", "NUM", "CD", "nummod", 2, "O"),
        ("allies", "ally", "NOUN", "NNS", "nsubj", 3, "O"),
        ("vowed", "vow", "VERB", "VBD", "ROOT", 3, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("resist", "resist", "VERB", "VB", "xcomp", 3, "O"),
        ("what", "what", "PRON", "WP", "dobj", 8, "O"),
        ("they", "they", "PRON", "PRP", "nsubj", 8, "O"),
        ("called", "call", "VERB", "VBD", "ccomp", 5, "O"),
        ("coercion", "coercion", "NOUN", "NN", "oprd", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows)
    p = pronoun_party(doc[7], ActorGroups(doc))
    assert p is not None and p.text == "The two allies" and p.code is None


def _pledge_doc(build):
    # "Ruritania met Freedonia . The two allies pledged to act against Sylvania ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("met", "meet", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 1, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("The", "the", "DET", "DT", "det", 6, "O"),
        ("two", "two", "NUM", "CD", "nummod", 6, "O"),
        ("allies", "ally", "NOUN", "NNS", "nsubj", 7, "O"),
        ("pledged", "pledge", "VERB", "VBD", "ROOT", 7, "O"),
        ("to", "to", "PART", "TO", "aux", 9, "O"),
        ("act", "act", "VERB", "VB", "xcomp", 7, "O"),
        ("against", "against", "ADP", "IN", "prep", 9, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 10, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
    return build(rows, mentions + [(11, 12, "SYL", "SYL", None, None, "state")], sent_starts=(0, 4))


def _pledge(doc, kind, recipient_tok):
    s, t, r = doc[4].sent, doc[7], doc[recipient_tok]
    met = Event("CONSULT", Span(doc[1].idx, doc[1].idx + 3, "met"), {"start": 0, "end": doc[3].idx + 1})
    met.actor, met.recipient = (
        EventActor(0, 9, "Ruritania", code="RUR", country="RUR"),
        EventActor(doc[2].idx, doc[2].idx + 9, "Freedonia", code="FRE", country="FRE"),
    )
    e = Event(kind, Span(t.idx, t.idx + 7, "pledged"), {"start": s.start_char, "end": s.end_char})
    e.actor = EventActor(doc[4].idx, doc[6].idx + 6, "The two allies")
    e.recipient = EventActor(r.idx, r.idx + len(r.text), r.text, code="SYL", country="SYL")
    return [met, e]


def test_a_pairs_pledge_is_mutual_when_its_recipient_is_deeper(build):
    doc = _pledge_doc(build)
    out = expand_pairs(_pledge(doc, "AGREE", 11), doc)
    assert sorted(_dyads(out[1:])) == [("AGREE", "FRE", "RUR"), ("AGREE", "RUR", "FRE")]


def test_a_pairs_act_of_another_type_keeps_its_recipient(build):
    doc = _pledge_doc(build)
    out = expand_pairs(_pledge(doc, "ACCUSE", 11), doc)
    assert sorted(_dyads(out[1:])) == [("ACCUSE", "FRE", "SYL"), ("ACCUSE", "RUR", "SYL")]


def test_an_untargeted_attack_by_one_side_of_the_dyad_is_on_the_other():
    evs = [
        _ev("ASSAULT", 0, ("Azerbaijani forces", "AZE"), ("Armenian positions", "ARM")),
        _ev("COERCE", 100, ("Armenian troops", "ARM"), None),
        _ev("COERCE", 200, ("Georgian police", "GEO"), None),
    ]
    for e in evs:
        e.quad = "material_conflict"
    out = expand_pairs(evs)
    assert _dyads(out) == [("ASSAULT", "AZE", "ARM"), ("COERCE", "ARM", "AZE"), ("COERCE", "GEO", None)]


def test_an_untargeted_attack_needs_a_dyad_that_fights():
    # sanctions and accusations between two parties are no fight: the attack keeps no target
    evs = [
        _ev("SANCTION", 0, ("the United States", "USA"), ("Turkish ministers", "TUR")),
        _ev("ASSAULT", 100, ("Turkey", "TUR"), None),
    ]
    for e in evs:
        e.quad = "material_conflict"
    assert _dyads(expand_pairs(evs)) == [("SANCTION", "USA", "TUR"), ("ASSAULT", "TUR", None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The heads of the two border services", True),
        ("the leaders of both countries", True),
        ("the heads of state", False),
        ("the leaders of the two men's parties and others", True),
        ("both delegations", True),
        ("the delegations", False),
    ],
)
def test_a_group_of_a_pair_and_pair_member_nouns(text, expected):
    assert is_pair_reference(text) is expected


def _hosted_talks():
    # "A's minister and his B counterpart met for talks hosted by C": C with each guest, C named after them
    met = [_ev("CONSULT", 10, ("C", "CCC"), (name, name)) for name in ("AAA", "BBB")]
    for n, e in enumerate(met):
        e.actor.start, e.actor.end = 60, 61
        e.recipient.start, e.recipient.end = 12 + n * 10, 15 + n * 10
        e.trigger = Span(30, 33, "met")
    return met


def test_the_ministers_after_talks_hosted_by_a_third_are_the_two_guests():
    agreed = _ev("AGREE", 100, ("The ministers", None), None)
    out = [e for e in expand_pairs([*_hosted_talks(), agreed]) if e.type == "AGREE"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [("AAA", "BBB"), ("BBB", "AAA")]


def test_the_host_praising_both_delegations_praises_the_two_guests():
    praised = _ev("SUPPORT", 100, ("the host minister", "CCC"), ("both delegations", None))
    other = [_ev("ACCUSE", 0, ("D", "DDD"), ("E", "EEE")), _ev("REJECT", 5, ("E", "EEE"), ("D", "DDD"))]
    out = [e for e in expand_pairs([*other, *_hosted_talks(), praised]) if e.type == "SUPPORT"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [("CCC", "AAA"), ("CCC", "BBB")]


def test_both_sides_beside_one_of_them_is_their_act_toward_each_other():
    # "both sides pulled back, the Kyrgyz service said" (the speaker taken as the recipient): the pair's mutual act
    evs = [
        _ev("ASSAULT", 0, ("Kyrgyz troops", "KGZ"), ("Tajik posts", "TJK")),
        _ev("ACCUSE", 100, ("Tajikistan", "TJK"), ("Kyrgyzstan", "KGZ")),
        _ev("RETREAT", 200, ("both sides", None), ("the Kyrgyz service", "KGZ")),
    ]
    out = [e for e in expand_pairs(evs) if e.type == "RETREAT"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [("KGZ", "TJK"), ("TJK", "KGZ")]


def test_a_meeting_that_did_not_take_place_joins_no_pair():
    # "A met B . C and D did not meet . The two leaders agreed ." -> A <-> B
    not_met = [_ev("CONSULT", 50, ("C", "CCC"), ("D", "DDD")), _ev("CONSULT", 50, ("D", "DDD"), ("C", "CCC"))]
    for e in not_met:
        e.negated = True
    evs = [_ev("CONSULT", 0, ("A", "AAA"), ("B", "BBB")), *not_met, _ev("AGREE", 100, ("The two leaders", None), None)]
    out = [e for e in expand_pairs(evs) if e.type == "AGREE"]
    assert sorted((e.actor.country, e.recipient.country) for e in out) == [("AAA", "BBB"), ("BBB", "AAA")]
