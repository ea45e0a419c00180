"""Argument linking on hand-built Docs: the phrase a party is named in,
token comparison by position, lists, passives, noun triggers."""

from accord.events.actor_roles import _object_recipient, verb_recipient
from accord.events.arg_spans import phrase_span
from accord.events.extract import extract_events
from accord.syntax import grammar

G = "B-GPE"


def test_recipient_is_the_phrase_the_mention_modifies(build):
    # "Ruritania banned Freedonian farm exports." -> the target phrase, coded FRE
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("banned", "ban", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonian", "freedonian", "ADJ", "JJ", "amod", 4, "B-NORP"),
        ("farm", "farm", "NOUN", "NN", "compound", 4, "O"),
        ("exports", "export", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")])
    g = grammar(doc)
    assert phrase_span(doc[2:3], g, 1) == (2, 5)
    # never up to the trigger ("Freedonian exports" as an event noun: the modifier alone)
    assert phrase_span(doc[2:3], g, 4) == (2, 3)


def test_of_phrase_and_apposition_join_the_phrase(build):
    # "Dozens of protesters in Zenda" -> the whole noun phrase, its place modifier too (the extent
    # argument annotation gives: "the police in the Fergana Valley"); "The envoy, Anna Berg," -> with the name
    rows = [
        ("Dozens", "dozen", "NOUN", "NNS", "nsubj", 5, "O"),
        ("of", "of", "ADP", "IN", "prep", 0, "O"),
        ("protesters", "protester", "NOUN", "NNS", "pobj", 1, "O"),
        ("in", "in", "ADP", "IN", "prep", 0, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 3, G),
        ("blocked", "block", "VERB", "VBD", "ROOT", 5, "O"),
        ("the", "the", "DET", "DT", "det", 7, "O"),
        ("envoy", "envoy", "NOUN", "NN", "dobj", 5, "O"),
        (",", ",", "PUNCT", ",", "punct", 7, "O"),
        ("Anna", "Anna", "PROPN", "NNP", "compound", 10, "B-PERSON"),
        ("Berg", "Berg", "PROPN", "NNP", "appos", 7, "I-PERSON"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows)
    g = grammar(doc)
    assert phrase_span(doc[2:3], g, 5) == (0, 5)
    assert phrase_span(doc[7:8], g, 5) == (6, 11)


def test_tokens_compared_by_position_not_identity(build):
    # "Ruritania held talks with Freedonia": the recipient of the noun the verb governs
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 1, "O"),
        ("talks", "talk", "NOUN", "NNS", "dobj", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 2, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    g = grammar(doc)
    # a fresh Token object for the excluded noun still counts as the same word
    assert _object_recipient(doc[1], doc[2], None, g).i == 4
    assert verb_recipient(doc[1], exclude=doc[2]).i == 4


def test_uncoded_subject_keeps_its_text(build):
    # "The strikers blocked the port." : no mention covers the strikers -> text kept, code null
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("strikers", "striker", "NOUN", "NNS", "nsubj", 2, "O"),
        ("blocked", "block", "VERB", "VBD", "ROOT", 2, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("port", "port", "NOUN", "NN", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows)
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert evs and all(e.actor is not None and e.actor.text == "The strikers" and e.actor.code is None for e in evs)


def test_withdrawn_units_yield_to_the_state_they_leave(build):
    # "Ruritania withdrew its troops from Freedonia." -> recipient Freedonia, not its own troops
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 3, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 1, "O"),
        ("from", "from", "ADP", "IN", "prep", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(
        rows,
        [
            (0, 1, "RUR", "RUR", None, None, "state"),
            (2, 4, "RURMIL", "RUR", "MIL", None, "group"),
            (5, 6, "FRE", "FRE", None, None, "state"),
        ],
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    assert [(e.type, e.actor.code, e.recipient.code) for e in evs] == [("RETREAT", "RUR", "FRE")]


def test_signing_a_plan_or_joint_statement_is_a_formal_agreement(build):
    # "Ruritania and Freedonia signed a plan of consultations." / "... a joint statement." -> SUPPORT 057 both ways
    for obj, mods in (
        ("plan", [("of", "of", "ADP", "IN", "prep", 5, "O"), ("talks", "talk", "NOUN", "NNS", "pobj", 6, "O")]),
        ("statement", []),
    ):
        rows = [
            ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 3, G),
            ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
            ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 0, G),
            ("signed", "sign", "VERB", "VBD", "ROOT", 3, "O"),
            ("a", "a", "DET", "DT", "det", 5, "O"),
            (obj, obj, "NOUN", "NN", "dobj", 3, "O"),
            *mods,
            (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ]
        doc = build(rows, [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")])
        evs = extract_events(doc, classifier=None, min_confidence=0.0)
        got = sorted((e.cameo, e.actor.code, e.recipient.code if e.recipient else None) for e in evs)
        assert got == [("057", "FRE", "RUR"), ("057", "RUR", "FRE")], (obj, got)


def test_audience_of_a_speech_is_no_party_to_the_meeting_it_followed(build):
    # "Berg told reporters after a meeting." -> CONSULT by Berg, reporters not the partner
    # ("after the meeting", a back-reference to a meeting told before, is no event of its own:
    # tests/events/test_events_factuality.py)
    rows = [
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("told", "tell", "VERB", "VBD", "ROOT", 1, "O"),
        ("reporters", "reporter", "NOUN", "NNS", "dobj", 1, "O"),
        ("after", "after", "ADP", "IN", "prep", 1, "O"),
        ("a", "a", "DET", "DT", "det", 5, "O"),
        ("meeting", "meeting", "NOUN", "NN", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RURGOV", "RUR", "GOV", None, "person"), (2, 3, None, None, "MED", None, "group")])
    evs = [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.trigger.text == "meeting"]
    assert [(e.type, e.actor.code, e.recipient) for e in evs] == [("CONSULT", "RURGOV", None)]


def test_a_place_the_actors_step_found_is_no_party_though_tagged_org(build):
    # "Berg spoke at a meeting in Zenda." with Zenda tagged ORG but found to be a place
    rows = [
        ("Berg", "Berg", "PROPN", "NNP", "nsubj", 1, "B-PERSON"),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1, "O"),
        ("at", "at", "ADP", "IN", "prep", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("meeting", "meeting", "NOUN", "NN", "pobj", 2, "O"),
        ("in", "in", "ADP", "IN", "prep", 4, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 5, "B-ORG"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RURGOV", "RUR", "GOV", None, "person"), (6, 7, "FRE", "FRE", None, None, "location")])
    evs = [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.trigger.text == "meeting"]
    assert evs and all(e.recipient is None or e.recipient.code != "FRE" for e in evs)


def test_a_mention_with_its_determiner_still_reaches_its_head_noun(build):
    # "The Ruritanian Department of Justice charged ..." where the mention is "The Ruritanian"
    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        ("Ruritanian", "Ruritanian", "PROPN", "NNP", "compound", 2, "B-NORP"),
        ("Department", "Department", "PROPN", "NNP", "nsubj", 5, "O"),
        ("of", "of", "ADP", "IN", "prep", 2, "O"),
        ("Justice", "Justice", "PROPN", "NNP", "pobj", 3, "O"),
        ("charged", "charge", "VERB", "VBD", "ROOT", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows)
    assert phrase_span(doc[0:2], grammar(doc), 5) == (0, 5)


def test_hosted_summit_has_its_attendees_as_counterparts(build):
    # "Ruritania hosted the summit, attended by Freedonia and Sylvania." -> the host with each attendee
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("hosted", "host", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("summit", "summit", "NOUN", "NN", "dobj", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("attended", "attend", "VERB", "VBN", "acl", 3, "O"),
        ("by", "by", "ADP", "IN", "agent", 5, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 6, G),
        ("and", "and", "CCONJ", "CC", "cc", 7, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 7, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(
        rows,
        [
            (0, 1, "RUR", "RUR", None, None, "state"),
            (7, 8, "FRE", "FRE", None, None, "state"),
            (9, 10, "SYL", "SYL", None, None, "state"),
        ],
    )
    evs = [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.trigger.text == "hosted"]
    pairs = {(e.actor.code, e.recipient.code) for e in evs if e.recipient is not None}
    assert {("RUR", "FRE"), ("RUR", "SYL")} <= pairs


def test_rejected_accusation_answers_the_accuser(build):
    # "Freedonia accused Ruritania of shelling. Ruritania rejected the accusation." -> REJECT RUR -> FRE
    rows = [
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "dobj", 1, G),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("shelling", "shelling", "NOUN", "NN", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 7, G),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 7, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("accusation", "accusation", "NOUN", "NN", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]
    doc = build(
        rows,
        [
            (0, 1, "FRE", "FRE", None, None, "state"),
            (2, 3, "RUR", "RUR", None, None, "state"),
            (6, 7, "RUR", "RUR", None, None, "state"),
        ],
        sent_starts=(0, 6),
    )
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    rej = [e for e in evs if e.type == "REJECT"]
    assert rej and all(e.recipient is not None and e.recipient.country == "FRE" for e in rej)


def test_drills_involving_named_states_join_them_each_toward_the_other(build):
    # "The drills involve units from Ruritania and Freedonia." -> COOPERATE RUR <-> FRE, no actor-less rows
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("drills", "drill", "NOUN", "NNS", "nsubj", 2, "O"),
        ("involve", "involve", "VERB", "VBP", "ROOT", 2, "O"),
        ("units", "unit", "NOUN", "NNS", "dobj", 2, "O"),
        ("from", "from", "ADP", "IN", "prep", 3, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 4, G),
        ("and", "and", "CCONJ", "CC", "cc", 5, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 5, G),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows, [(5, 6, "RUR", "RUR", None, None, "state"), (7, 8, "FRE", "FRE", None, None, "state")])
    evs = [e for e in extract_events(doc, classifier=None, min_confidence=0.0) if e.trigger.text == "drills"]
    assert evs and all(e.actor is not None for e in evs)
    assert {(e.actor.code, e.recipient.code) for e in evs} == {("RUR", "FRE"), ("FRE", "RUR")}


def test_what_the_object_is_charged_with_is_no_part_of_its_phrase(build):
    # "Ruritania accused the army of killing civilians ." -> "the army"; the "of" phrase is the charge
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("army", "army", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("killing", "kill", "VERB", "VBG", "pcomp", 4, "O"),
        ("civilians", "civilian", "NOUN", "NNS", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    assert phrase_span(doc[3:4], grammar(doc), 1) == (2, 4)


def test_a_hyphenated_modifier_reaches_the_noun_it_qualifies(build):
    # "Ruritania vetoed a Freedonian-drafted resolution ." -> the resolution's phrase, coded FRE
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("vetoed", "veto", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("Freedonian", "Freedonian", "PROPN", "NNP", "npadvmod", 5, "B-NORP"),
        ("-", "-", "PUNCT", "HYPH", "punct", 5, "O"),
        ("drafted", "draft", "VERB", "VBN", "amod", 6, "O"),
        ("resolution", "resolution", "NOUN", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    assert phrase_span(doc[3:4], grammar(doc), 1) == (2, 7)


def test_a_persons_apposition_naming_a_role_joins_the_phrase(build):
    # "Ruritania expelled Anna Berg , a senior diplomat ." -> the name with its role
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("expelled", "expel", "VERB", "VBD", "ROOT", 1, "O"),
        ("Anna", "Anna", "PROPN", "NNP", "compound", 3, "B-PERSON"),
        ("Berg", "Berg", "PROPN", "NNP", "dobj", 1, "I-PERSON"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("a", "a", "DET", "DT", "det", 7, "O"),
        ("senior", "senior", "ADJ", "JJ", "amod", 7, "O"),
        ("diplomat", "diplomat", "NOUN", "NN", "appos", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    assert phrase_span(doc[2:4], grammar(doc), 1) == (2, 8)


def test_an_envoys_to_phrase_names_the_post(build):
    # "Ruritania's ambassador to Freedonia left ." -> the post's whole name
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "poss", 2, G),
        ("'s", "'s", "PART", "POS", "case", 0, "O"),
        ("ambassador", "ambassador", "NOUN", "NN", "nsubj", 5, "O"),
        ("to", "to", "ADP", "IN", "prep", 2, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 3, G),
        ("left", "leave", "VERB", "VBD", "ROOT", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows)
    assert phrase_span(doc[0:1], grammar(doc), 5) == (0, 5)
