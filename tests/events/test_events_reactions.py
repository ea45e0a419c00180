"""Parties from the story around an act: a reaction to an act named back
("condemned the offensive"), a body's own document, a dateline subject."""

from spacy.tokens import Doc
from story_docs import bare_event, state_doc

from accord.events.actor_groups import ActorGroups
from accord.events.actor_roles import subject_of
from accord.events.coref import link_context_recipients
from accord.events.reactions import link_reactions
from accord.record import EventActor, Span

# "Ruritania extended its sanctions . Freedonia condemned the extension , and Syldavia said ..."
_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("extended", "extend", "VERB", "ROOT", 1),
    ("sanctions", "sanction", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Freedonia", "Freedonia", "PROPN", "nsubj", 5),
    ("condemned", "condemn", "VERB", "ROOT", 5),
    ("the", "the", "DET", "det", 7),
    ("extension", "extension", "NOUN", "dobj", 5),
    (",", ",", "PUNCT", "punct", 5),
    ("and", "and", "CCONJ", "cc", 5),
    ("Syldavia", "Syldavia", "PROPN", "nsubj", 11),
    ("agreed", "agree", "VERB", "conj", 5),
    (".", ".", "PUNCT", "punct", 5),
]


def test_a_reaction_to_an_act_named_back_is_aimed_at_its_author(vocab):
    doc = state_doc(vocab, _ROWS, (0, 4), [(0, 1, "RUR"), (4, 5, "FRE"), (10, 11, "SYL")])
    lead = bare_event(doc, "SANCTION", 1, "RUR", None)
    # the fallback found a party of the next clause: replaced by the author of the extension
    condemned = bare_event(doc, "ACCUSE", 5, "FRE", None)
    condemned.recipient = EventActor(doc[10].idx, doc[10].idx + 8, "Syldavia", code="SYL", country="SYL")
    link_reactions(doc, [lead, condemned])
    assert condemned.recipient.country == "RUR"
    # the reaction's own party: no antecedent by another party
    own = bare_event(doc, "ACCUSE", 5, "RUR", None)
    link_reactions(doc, [lead, own])
    assert own.recipient is None


def test_a_reaction_to_an_unnamed_act_or_an_indefinite_object_is_left(vocab):
    rows = list(_ROWS)
    rows[6] = ("a", "a", "DET", "det", 7)  # "condemned an extension": no act named back
    doc = state_doc(vocab, rows, (0, 4), [(0, 1, "RUR"), (4, 5, "FRE")])
    lead = bare_event(doc, "SANCTION", 1, "RUR", None)
    condemned = bare_event(doc, "ACCUSE", 5, "FRE", None)
    link_reactions(doc, [lead, condemned])
    assert condemned.recipient is None


def test_a_body_adopting_its_own_statement_takes_no_recipient_from_the_context(vocab):
    # "Ruritania expelled envoys . The bloc adopted a statement ." -> the statement is aimed at no one
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
        ("expelled", "expel", "VERB", "ROOT", 1),
        ("envoys", "envoy", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("Freedonia", "Freedonia", "PROPN", "nsubj", 5),
        ("adopted", "adopt", "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 7),
        ("statement", "statement", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    doc = state_doc(vocab, rows, (0, 4), [(0, 1, "RUR"), (4, 5, "FRE")])
    lead = bare_event(doc, "SANCTION", 1, "RUR", "FRE")
    adopted = bare_event(doc, "SUPPORT", 5, "FRE", None)
    link_context_recipients(doc, [lead, adopted])
    assert adopted.recipient is None
    doc[7].lemma_ = "help"  # "Freedonia adopted a help": an act aimed at the news's party
    link_context_recipients(doc, [lead, adopted])
    assert adopted.recipient is not None and adopted.recipient.country == "RUR"


def test_a_dateline_subject_gives_way_to_its_apposition(build):
    # "ZENDA , May 4 ( Wire ) - Leaders of Ruritania admitted Freedonia ." parsed with the dateline as subject
    rows = [
        ("ZENDA", "ZENDA", "PROPN", "NNP", "nsubj", 11, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("May", "May", "PROPN", "NNP", "npadvmod", 0, "B-DATE"),
        ("4", "4", "NUM", "CD", "nummod", 2, "I-DATE"),
        ("(", "(", "PUNCT", "-LRB-", "punct", 5, "O"),
        ("Wire", "Wire", "PROPN", "NNP", "appos", 0, "O"),
        (")", ")", "PUNCT", "-RRB-", "punct", 0, "O"),
        ("-", "-", "PUNCT", ":", "punct", 0, "O"),
        ("Leaders", "leader", "NOUN", "NNS", "appos", 0, "O"),
        ("of", "of", "ADP", "IN", "prep", 8, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 9, "B-GPE"),
        ("admitted", "admit", "VERB", "VBD", "ROOT", 11, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 11, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 11, "O"),
    ]
    ms = [(0, 1, "ZEN", "ZEN", None, None, "location"), (8, 11, "RUR", "RUR", "GOV", None, "person")]
    doc = build(rows, ms + [(12, 13, "FRE", "FRE", None, None, "state")])
    actor, _ = subject_of(doc[11], ActorGroups(doc))
    assert actor is not None and actor.i == 8
    # a dateline with no apposition but the outlet's in brackets: no actor (the place filed the story)
    rows[8] = ("Leaders", "leader", "NOUN", "NNS", "dep", 0, "O")
    doc = build(rows, ms[:1])
    assert subject_of(doc[11], ActorGroups(doc))[0] is None


def _relative_rows(by_author: bool):
    # "Ruritania took steps which Freedonia called hostile ." / "... steps by Ruritania which Freedonia called ..."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("took", "take", "VERB", "VBD", "ROOT", 1, "O"),
        ("steps", "step", "NOUN", "NNS", "dobj", 1, "O"),
        ("which", "which", "PRON", "WDT", "dobj", 5, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 5, "B-GPE"),
        ("called", "call", "VERB", "VBD", "relcl", 2, "O"),
        ("hostile", "hostile", "ADJ", "JJ", "oprd", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    if not by_author:
        return rows
    # "Officials saw steps by Ruritania which Freedonia called hostile ."
    return [
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1, "O"),
        ("saw", "see", "VERB", "VBD", "ROOT", 1, "O"),
        ("steps", "step", "NOUN", "NNS", "dobj", 1, "O"),
        ("by", "by", "ADP", "IN", "prep", 2, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 3, "B-GPE"),
        ("which", "which", "PRON", "WDT", "dobj", 7, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 7, "B-GPE"),
        ("called", "call", "VERB", "VBD", "relcl", 2, "O"),
        ("hostile", "hostile", "ADJ", "JJ", "oprd", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_a_relative_clause_act_on_its_antecedent_is_aimed_at_its_author(build):
    from accord.events.actor_roles import verb_recipient

    rur, fre = ("RUR", "RUR", None, None, "state"), ("FRE", "FRE", None, None, "state")
    doc = build(_relative_rows(False), [(0, 1, *rur), (4, 5, *fre)])
    assert verb_recipient(doc[5], actors=ActorGroups(doc)).i == 0  # the subject of the clause that made the steps
    doc = build(_relative_rows(True), [(4, 5, *rur), (6, 7, *fre)])
    assert verb_recipient(doc[7], actors=ActorGroups(doc)).i == 4  # "steps by Ruritania"


def test_a_relative_clause_whose_relative_word_is_its_subject_is_left(build):
    # "Ruritania welcomed envoys who arrived ." -> "who" is the subject: no target from the antecedent
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1, "O"),
        ("envoys", "envoy", "NOUN", "NNS", "dobj", 1, "O"),
        ("who", "who", "PRON", "WP", "nsubj", 4, "O"),
        ("arrived", "arrive", "VERB", "VBD", "relcl", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    from accord.events.actor_roles import verb_recipient

    doc = build(rows, [(0, 1, "RUR", "RUR", None, None, "state")])
    assert verb_recipient(doc[4], actors=ActorGroups(doc)) is None


def test_an_actorless_event_beside_an_acted_one_is_part_of_its_telling(vocab):
    # "Ruritania discussed outposts financed on Monday ." -> "financed" (no actor) tells part of the talks
    from accord.events.extract import _part_without_actor

    words = ["Ruritania", "discussed", "outposts", "financed", "on", "Monday", "."]
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * 6)
    financed = bare_event(doc, "AID", 3, None, None)
    assert _part_without_actor(doc, financed, {0})
    assert not _part_without_actor(doc, financed, set())  # no other event has an actor
    financed.date_text = "Monday"  # it dates itself: news of its own
    assert not _part_without_actor(doc, financed, {0})


def test_the_act_named_back_is_the_party_that_did_most_of_them(vocab):
    # two extensions by Ruritania, one by Syldavia before "Freedonia condemned the extension": Ruritania's
    doc = state_doc(vocab, _ROWS, (0, 4), [(0, 1, "RUR"), (4, 5, "FRE"), (10, 11, "SYL")])
    first, second = bare_event(doc, "SANCTION", 1, "RUR", None), bare_event(doc, "SANCTION", 1, "RUR", None)
    second.trigger = Span(second.trigger.start + 1, second.trigger.end, "xtended")
    other = bare_event(doc, "SANCTION", 1, "SYL", None)
    condemned = bare_event(doc, "ACCUSE", 5, "FRE", None)
    link_reactions(doc, [first, second, other, condemned])
    assert condemned.recipient.country == "RUR"


def test_taking_part_in_an_owned_activity_is_aimed_at_its_owner(build):
    # "Freedonian units took part in Ruritania 's drills in Zenda ." -> Ruritania, not the place
    from accord.events.actor_roles import verb_recipient

    rows = [
        ("Freedonian", "freedonian", "ADJ", "JJ", "amod", 1, "B-NORP"),
        ("units", "unit", "NOUN", "NNS", "nsubj", 2, "O"),
        ("took", "take", "VERB", "VBD", "ROOT", 2, "O"),
        ("part", "part", "NOUN", "NN", "dobj", 2, "O"),
        ("in", "in", "ADP", "IN", "prep", 2, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "poss", 7, "B-GPE"),
        ("'s", "'s", "PART", "POS", "case", 5, "O"),
        ("drills", "drill", "NOUN", "NNS", "pobj", 4, "O"),
        ("in", "in", "ADP", "IN", "prep", 7, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 8, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    ms = [(0, 2, "FRE", "FRE", "MIL", None, "org"), (5, 6, "RUR", "RUR", None, None, "state")]
    doc = build(rows, ms + [(9, 10, "ZEN", "ZEN", None, None, "location")])
    assert verb_recipient(doc[2], actors=ActorGroups(doc)).i == 5
    # "took drills": no participation
    rows[3] = ("part", "part", "NOUN", "NN", "npadvmod", 2, "O")
    doc = build(rows, ms)
    assert verb_recipient(doc[2], actors=ActorGroups(doc)) is None


def test_an_uncoded_group_beside_coded_members_of_one_trigger_is_dropped(vocab):
    # "several member states, including Ruritania, said they would halt exports": Ruritania's act only
    from accord.events.extract import _without_uncoded_beside_members

    doc = state_doc(vocab, _ROWS, (0, 4), [])
    coded, group = bare_event(doc, "THREATEN", 11, "RUR"), bare_event(doc, "THREATEN", 11, None)
    group.actor = EventActor(0, 1, "several member states")
    alone = bare_event(doc, "THREATEN", 5, None)
    alone.actor = EventActor(0, 1, "several member states")
    assert _without_uncoded_beside_members([coded, group, alone]) == [coded, alone]


# "Ruritania held drills . Syldavia held drills . Freedonia praised the drills ."
_DRILL_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("held", "hold", "VERB", "ROOT", 1),
    ("drills", "drill", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Syldavia", "Syldavia", "PROPN", "nsubj", 5),
    ("held", "hold", "VERB", "ROOT", 5),
    ("drills", "drill", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
    ("Freedonia", "Freedonia", "PROPN", "nsubj", 9),
    ("praised", "praise", "VERB", "ROOT", 9),
    ("the", "the", "DET", "det", 11),
    ("drills", "drill", "NOUN", "dobj", 9),
    (".", ".", "PUNCT", "punct", 9),
]


def test_of_equal_authors_the_act_told_first_is_the_one_named_back(vocab):
    doc = state_doc(vocab, _DRILL_ROWS, (0, 4, 8), [(0, 1, "RUR"), (4, 5, "SYL"), (8, 9, "FRE")])
    first = bare_event(doc, "COOPERATE", 1, "RUR", None)
    aside = bare_event(doc, "COOPERATE", 5, "SYL", None)
    praised = bare_event(doc, "SUPPORT", 9, "FRE", None)
    link_reactions(doc, [first, aside, praised])
    assert praised.recipient.country == "RUR"


# "Ruritania met Freedonia . Ruritania warned against attempts by outsiders ."
_AUTHORED_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("met", "meet", "VERB", "ROOT", 1),
    ("Freedonia", "Freedonia", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 5),
    ("warned", "warn", "VERB", "ROOT", 5),
    ("against", "against", "ADP", "prep", 5),
    ("attempts", "attempt", "NOUN", "pobj", 6),
    ("by", "by", "ADP", "prep", 7),
    ("outsiders", "outsider", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 5),
]


def test_a_warning_against_an_act_with_its_author_is_not_aimed_at_the_news(vocab):
    doc = state_doc(vocab, _AUTHORED_ROWS, (0, 4), [(0, 1, "RUR"), (2, 3, "FRE"), (4, 5, "RUR")])
    lead = bare_event(doc, "CONSULT", 1, "RUR", "FRE")
    warned = bare_event(doc, "THREATEN", 5, "RUR", None)
    link_context_recipients(doc, [lead, warned])
    assert warned.recipient is None
    # with no author named, the warning answers the news
    rows = _AUTHORED_ROWS[:8] + [("today", "today", "ADV", "advmod", 5), _AUTHORED_ROWS[-1]]
    doc = state_doc(vocab, rows, (0, 4), [(0, 1, "RUR"), (2, 3, "FRE"), (4, 5, "RUR")])
    lead = bare_event(doc, "CONSULT", 1, "RUR", "FRE")
    warned = bare_event(doc, "THREATEN", 5, "RUR", None)
    link_context_recipients(doc, [lead, warned])
    assert warned.recipient is not None and warned.recipient.country == "FRE"


# "Ruritania accused Sylvania . Freedonia offered talks between the two countries ."
_PAIR_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1),
    ("Sylvania", "Sylvania", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Freedonia", "Freedonia", "PROPN", "nsubj", 5),
    ("offered", "offer", "VERB", "ROOT", 5),
    ("talks", "talk", "NOUN", "dobj", 5),
    ("between", "between", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 10),
    ("two", "two", "NUM", "nummod", 10),
    ("countries", "country", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 5),
]


def test_a_reaction_naming_a_pair_is_aimed_at_both_sides_of_the_news(vocab):
    doc = state_doc(vocab, _PAIR_ROWS, (0, 4), [(0, 1, "RUR"), (2, 3, "SYL"), (4, 5, "FRE")])
    lead = bare_event(doc, "ACCUSE", 1, "RUR", "SYL")
    offered = bare_event(doc, "AGREE", 5, "FRE", None)
    events = [lead, offered]
    link_context_recipients(doc, events)
    assert sorted(e.recipient.country for e in events[1:]) == ["RUR", "SYL"]


# "Ruritania began drills . Freedonia declined the invitation ."
_INVITE_ROWS = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("began", "begin", "VERB", "ROOT", 1),
    ("drills", "drill", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Freedonia", "Freedonia", "PROPN", "nsubj", 5),
    ("declined", "decline", "VERB", "ROOT", 5),
    ("the", "the", "DET", "det", 7),
    ("invitation", "invitation", "NOUN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
]


def test_a_declined_invitation_with_no_inviter_told_is_aimed_at_the_gatherings_host(vocab):
    doc = state_doc(vocab, _INVITE_ROWS, (0, 4), [(0, 1, "RUR"), (4, 5, "FRE")])
    drills = bare_event(doc, "COOPERATE", 1, "RUR", None)
    declined = bare_event(doc, "REJECT", 5, "FRE", None)
    link_reactions(doc, [drills, declined])
    assert declined.recipient is not None and declined.recipient.country == "RUR"
    # no gathering told before: no inviter
    declined = bare_event(doc, "REJECT", 5, "FRE", None)
    link_reactions(doc, [bare_event(doc, "SANCTION", 1, "RUR", None), declined])
    assert declined.recipient is None
