"""Flags as pure functions over trigger tokens."""

import spacy
from spacy.tokens import Doc

from accord.events import flags as F

VOCAB = spacy.blank("en").vocab


def doc(rows):
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
    )


def test_modal_is_hypothetical():
    d = doc(
        [
            ("exercise", "exercise", "NOUN", "NN", "nsubj", 2),
            ("might", "might", "AUX", "MD", "aux", 2),
            ("expand", "expand", "VERB", "VB", "ROOT", 2),
        ]
    )
    assert F.is_hypothetical(d[2]) and not F.is_future(d[2]) and not F.is_negated(d[2])


def test_will_is_future():
    d = doc(
        [
            ("they", "they", "PRON", "PRP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("hold", "hold", "VERB", "VB", "ROOT", 2),
            ("talks", "talk", "NOUN", "NNS", "dobj", 2),
        ]
    )
    assert F.is_future(d[2]) and not F.is_hypothetical(d[2])
    # the event noun inherits the governing verb's tense
    assert F.is_future(d[3])


def test_plans_to_is_future():
    d = doc(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1),
            ("plans", "plan", "VERB", "VBZ", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("deploy", "deploy", "VERB", "VB", "xcomp", 1),
        ]
    )
    assert F.is_future(d[3])


def test_if_clause_is_hypothetical():
    d = doc(
        [
            ("if", "if", "SCONJ", "IN", "mark", 2),
            ("it", "it", "PRON", "PRP", "nsubjpass", 2),
            ("attacked", "attack", "VERB", "VBN", "advcl", 5),
            ("they", "they", "PRON", "PRP", "nsubj", 5),
            ("would", "would", "AUX", "MD", "aux", 5),
            ("respond", "respond", "VERB", "VB", "ROOT", 5),
        ]
    )
    assert F.is_hypothetical(d[2])


def test_negation():
    d = doc(
        [
            ("Turkmenistan", "Turkmenistan", "PROPN", "NNP", "nsubj", 3),
            ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3),
            ("attend", "attend", "VERB", "VB", "ROOT", 3),
        ]
    )
    assert F.is_negated(d[3])
    d = doc(
        [
            ("no", "no", "DET", "DT", "det", 1),
            ("talks", "talk", "NOUN", "NNS", "nsubjpass", 3),
            ("were", "be", "AUX", "VBD", "auxpass", 3),
            ("held", "hold", "VERB", "VBN", "ROOT", 3),
        ]
    )
    assert F.is_negated(d[1])


def test_refusal_is_not_negation():
    d = doc(
        [
            ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1),
            ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("attend", "attend", "VERB", "VB", "xcomp", 1),
        ]
    )
    assert not F.is_negated(d[1]) and not F.is_negated(d[3])


def test_failed_to_is_negation():
    d = doc(
        [
            ("they", "they", "PRON", "PRP", "nsubj", 1),
            ("failed", "fail", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("reach", "reach", "VERB", "VB", "xcomp", 1),
        ]
    )
    assert F.is_negated(d[3])


def test_a_subject_that_names_no_one_negates():
    # "none of its allies voted"
    d = doc(
        [
            ("none", "none", "NOUN", "NN", "nsubj", 4),
            ("of", "of", "ADP", "IN", "prep", 0),
            ("its", "its", "PRON", "PRP$", "poss", 3),
            ("allies", "ally", "NOUN", "NNS", "pobj", 1),
            ("voted", "vote", "VERB", "VBD", "ROOT", 4),
        ]
    )
    assert F.is_negated(d[4])


def test_would_with_a_condition_on_the_embedded_verb_is_hypothetical():
    # "it would use bases to defend members if fighting spilled"
    d = doc(
        [
            ("it", "it", "PRON", "PRP", "nsubj", 2),
            ("would", "would", "AUX", "MD", "aux", 2),
            ("use", "use", "VERB", "VB", "ROOT", 2),
            ("bases", "base", "NOUN", "NNS", "dobj", 2),
            ("to", "to", "PART", "TO", "aux", 5),
            ("defend", "defend", "VERB", "VB", "xcomp", 2),
            ("members", "member", "NOUN", "NNS", "dobj", 5),
            ("if", "if", "SCONJ", "IN", "mark", 9),
            ("fighting", "fighting", "NOUN", "NN", "nsubj", 9),
            ("spilled", "spill", "VERB", "VBD", "advcl", 5),
        ]
    )
    assert F.is_hypothetical(d[2])
    assert F.in_condition(d[9]) and not F.in_condition(d[2])


def test_no_plans_to_negates_the_act():
    # "Armenia has no plans to leave"
    d = doc(
        [
            ("Armenia", "Armenia", "PROPN", "NNP", "nsubj", 1),
            ("has", "have", "VERB", "VBZ", "ROOT", 1),
            ("no", "no", "DET", "DT", "det", 3),
            ("plans", "plan", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 5),
            ("leave", "leave", "VERB", "VB", "acl", 3),
        ]
    )
    assert F.is_negated(d[5])


def test_might_is_speculative_would_is_not():
    d = doc(
        [
            ("it", "it", "PRON", "PRP", "nsubj", 2),
            ("might", "might", "AUX", "MD", "aux", 2),
            ("leave", "leave", "VERB", "VB", "ROOT", 2),
        ]
    )
    assert F.is_speculative(d[2])
    d = doc(
        [
            ("it", "it", "PRON", "PRP", "nsubj", 2),
            ("would", "would", "AUX", "MD", "aux", 2),
            ("strike", "strike", "VERB", "VB", "ROOT", 2),
        ]
    )
    assert not F.is_speculative(d[2])


def test_offered_force():
    ready = doc(
        [
            ("CSTO", "CSTO", "PROPN", "NNP", "nsubj", 1),
            ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("ready", "ready", "ADJ", "JJ", "acomp", 1),
            ("to", "to", "PART", "TO", "aux", 4),
            ("deploy", "deploy", "VERB", "VB", "xcomp", 2),
            ("forces", "force", "NOUN", "NNS", "dobj", 4),
        ]
    )
    assert F.is_offered_force(ready[4])
    drills = doc(
        [
            ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("send", "send", "VERB", "VB", "ROOT", 2),
            ("troops", "troop", "NOUN", "NNS", "dobj", 2),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("drills", "drill", "NOUN", "NNS", "pobj", 4),
        ]
    )
    assert F.is_offered_force(drills[2])
    border = doc(
        [
            ("Russia", "Russia", "PROPN", "NNP", "nsubj", 2),
            ("will", "will", "AUX", "MD", "aux", 2),
            ("send", "send", "VERB", "VB", "ROOT", 2),
            ("troops", "troop", "NOUN", "NNS", "dobj", 2),
            ("to", "to", "ADP", "IN", "prep", 2),
            ("border", "border", "NOUN", "NN", "pobj", 4),
        ]
    )
    assert not F.is_offered_force(border[2])


def test_prevent_verbs_are_one_list():
    """The flag and the sense rule read one list: 'The treaty precludes the deployment .' is prevented
    ('preclude' was only on the sense rule's list) and 'Police foiled the attack .' names no act told
    as done ('foil' was only on the flag's list)."""
    from accord.events import sense
    from accord.events import words as W

    assert {"preclude", "foil", "prohibit"} <= W.words("prevent_verbs")
    d = doc(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("treaty", "treaty", "NOUN", "NN", "nsubj", 2),
            ("precludes", "preclude", "VERB", "VBZ", "ROOT", 2),
            ("the", "the", "DET", "DT", "det", 4),
            ("deployment", "deployment", "NOUN", "NN", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert F.is_prevented(d[4])
    d = doc(
        [
            ("Police", "police", "NOUN", "NNS", "nsubj", 1),
            ("foiled", "foil", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("attack", "attack", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert sense._prohibited(d[3], sense.grammar(d[3]))


def test_agreeing_on_what_will_be_is_future():
    """'members agreed that the bloc will hold drills' (an agreement on an act to come) is future;
    'members agreed that the bloc held drills' is not."""

    def agreed(aux):
        rows = [
            ("members", "member", "NOUN", "NNS", "nsubj", 1),
            ("agreed", "agree", "VERB", "VBD", "ROOT", 1),
            ("that", "that", "SCONJ", "IN", "mark", 6),
            ("the", "the", "DET", "DT", "det", 4),
            ("bloc", "bloc", "NOUN", "NN", "nsubj", 6),
        ]
        rows += [("will", "will", "AUX", "MD", "aux", 6)] if aux else [("then", "then", "ADV", "RB", "advmod", 6)]
        rows += [
            ("hold", "hold", "VERB", "VB" if aux else "VBD", "ccomp", 1),
            ("drills", "drill", "NOUN", "NNS", "dobj", 6),
        ]
        return doc(rows)

    assert F.is_future(agreed(True)[1])
    assert not F.is_future(agreed(False)[1])


def test_act_named_as_the_alternative_is_negated():
    """'Instead of backing the talks, Paris armed Yerevan.' / 'Rather than backing ...'"""
    for first, second, tag in (("Instead", "of", "IN"), ("Rather", "than", "IN")):
        d = doc(
            [
                (first, first.lower(), "ADV", "RB", "advmod", 1),
                (second, second, "ADP", tag, "prep", 6),
                ("backing", "back", "VERB", "VBG", "pcomp", 1),
                ("the", "the", "DET", "DT", "det", 4),
                ("talks", "talk", "NOUN", "NNS", "dobj", 2),
                ("Paris", "Paris", "PROPN", "NNP", "nsubj", 6),
                ("armed", "arm", "VERB", "VBD", "ROOT", 6),
                ("Yerevan", "Yerevan", "PROPN", "NNP", "dobj", 6),
            ]
        )
        assert F.is_negated(d[2]) and not F.is_negated(d[6])


def test_an_act_after_another_preposition_is_not_negated():
    """'Ahead of backing the talks, Paris armed Yerevan.'"""
    d = doc(
        [
            ("Ahead", "ahead", "ADV", "RB", "advmod", 1),
            ("of", "of", "ADP", "IN", "prep", 4),
            ("backing", "back", "VERB", "VBG", "pcomp", 1),
            ("Paris", "Paris", "PROPN", "NNP", "nsubj", 4),
            ("armed", "arm", "VERB", "VBD", "ROOT", 4),
        ]
    )
    assert not F.is_negated(d[2])


def test_a_headline_infinitive_is_future():
    """'Kalia and Zenda to hold joint exercise' / the verb of 'Kalia wants to hold ...' is no headline's."""
    d = doc(
        [
            ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 4),
            ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Zenda", "Zenda", "PROPN", "NNP", "conj", 0),
            ("to", "to", "PART", "TO", "aux", 4),
            ("hold", "hold", "VERB", "VB", "ROOT", 4),
            ("exercise", "exercise", "NOUN", "NN", "dobj", 4),
        ]
    )
    assert F.is_future(d[4])
    d = doc(
        [
            ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1),
            ("held", "hold", "VERB", "VBD", "ROOT", 1),
            ("exercises", "exercise", "NOUN", "NNS", "dobj", 1),
        ]
    )
    assert not F.is_future(d[1])


def _interested(neg: bool, frame="interested", prep="in"):
    """'India is [not] <frame> <prep> buying jets'"""
    rows = [("India", "India", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1)]
    if neg:
        rows.append(("not", "not", "PART", "RB", "neg", 1))
    f = len(rows)
    rows += [
        (frame, frame, "ADJ", "JJ", "acomp", 1),
        (prep, prep, "ADP", "IN", "prep", f),
        ("buying", "buy", "VERB", "VBG", "pcomp", f + 1),
        ("jets", "jet", "NOUN", "NNS", "dobj", f + 2),
    ]
    return doc(rows)[f + 2]


def test_the_act_of_a_denied_interest_is_negated():
    assert F.is_negated(_interested(True))
    assert F.is_negated(_interested(True, "keen", "on"))


def test_the_act_of_an_interest_is_not_negated():
    assert not F.is_negated(_interested(False))


def test_a_denied_word_that_is_no_intent_leaves_the_act():
    assert not F.is_negated(_interested(True, "afraid", "of"))


def test_the_act_of_no_intention_is_negated():
    d = doc(
        [
            ("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1),
            ("has", "have", "VERB", "VBZ", "ROOT", 1),
            ("no", "no", "DET", "DT", "det", 3),
            ("intention", "intention", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3),
            ("attacking", "attack", "VERB", "VBG", "pcomp", 4),
        ]
    )
    assert F.is_negated(d[5])


def test_the_act_of_a_denied_readiness_is_negated():
    d = doc(
        [
            ("Kyiv", "Kyiv", "PROPN", "NNP", "nsubj", 1),
            ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("not", "not", "PART", "RB", "neg", 1),
            ("ready", "ready", "ADJ", "JJ", "acomp", 1),
            ("to", "to", "PART", "TO", "aux", 5),
            ("sign", "sign", "VERB", "VB", "xcomp", 3),
        ]
    )
    assert F.is_negated(d[5])


def _decided(verb, lemma, tag):
    """'Lithuania <verb> to close the border'"""
    return doc(
        [
            ("Lithuania", "Lithuania", "PROPN", "NNP", "nsubj", 1),
            (verb, lemma, "VERB", tag, "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("close", "close", "VERB", "VB", "xcomp", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("border", "border", "NOUN", "NN", "dobj", 3),
        ]
    )[3]


def test_an_act_decided_is_no_announcement():
    assert not F.is_future(_decided("decided", "decide", "VBD"))


def test_an_act_planned_or_being_decided_is_future():
    assert F.is_future(_decided("plans", "plan", "VBZ"))
    assert F.is_future(_decided("decides", "decide", "VBZ"))


def test_an_act_decided_for_a_later_date_stays_future():
    """'Lithuania decided to close the border next week': decided, but not done yet."""
    t = doc(
        [
            ("Lithuania", "Lithuania", "PROPN", "NNP", "nsubj", 1),
            ("decided", "decide", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("close", "close", "VERB", "VB", "xcomp", 1),
            ("the", "the", "DET", "DT", "det", 5),
            ("border", "border", "NOUN", "NN", "dobj", 3),
            ("next", "next", "ADJ", "JJ", "amod", 7),
            ("week", "week", "NOUN", "NN", "npadvmod", 3),
        ]
    )[3]
    assert F.is_future(t)
