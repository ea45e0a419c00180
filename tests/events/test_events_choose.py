"""The classifier's view: the class of a CAMEO code, a main verb typed by the
class the classifier is sure of, and the confidence gates (hand-built Docs,
the shipped CAMEO dictionary, no model)."""

from types import SimpleNamespace

from accord.evaluate.events import predicted_label
from accord.events.choose import CLASS_SOURCE, RETYPE, main_verbs, typed_candidates, verb_codes
from accord.events.classifier import quad_class
from accord.events.coding import GATE_STRONG, confidence
from accord.events.lexicon import lexicon
from accord.events.triggers import SPEC_RULE_ARGS, Candidate

G = "B-GPE"


def test_quad_class_follows_the_cameo_root_code():
    assert quad_class("0211") == quad_class("010") == "statement"  # appeals and comments
    assert quad_class("043") == "verbal_cooperation"
    assert quad_class("073") == "material_cooperation"
    assert quad_class("1663") == quad_class("112") == "verbal_conflict"  # an expulsion counts as verbal conflict
    assert quad_class("190") == quad_class("174") == "material_conflict"
    assert quad_class(None) is None


def test_predicted_label_classes_the_top_event_by_its_code():
    evs = [
        SimpleNamespace(confidence=0.5, cameo="190", quad="material_conflict"),
        SimpleNamespace(confidence=0.8, cameo="166", quad="material_conflict"),
    ]
    assert predicted_label(evs) == "verbal_conflict"
    assert predicted_label(evs, "plover") == "material_conflict"
    assert predicted_label([]) == "statement"


def test_verb_codes_keep_the_patterns_whose_words_the_sentence_has():
    lex = lexicon()
    every = verb_codes("fail", lex)
    some = verb_codes("fail", lex, {"the", "meeting"})
    assert set(some) <= set(every) and "164" in some  # "failed ... meeting"
    assert "121" in every and "121" not in some  # "failed ... attempt": not in this sentence


def _failed(build, neg=False):
    # "The two sides failed (not) at the meeting ."
    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        ("two", "two", "NUM", "CD", "nummod", 2, "O"),
        ("sides", "side", "NOUN", "NNS", "nsubj", 3, "O"),
        ("failed", "fail", "VERB", "VBD", "ROOT", 3, "O"),
    ]
    if neg:
        rows[3] = ("did", "do", "AUX", "VBD", "aux", 4, "O")
        rows = rows[:3] + [
            rows[3],
            ("not", "not", "PART", "RB", "neg", 5, "O"),
            ("fail", "fail", "VERB", "VB", "ROOT", 5, "O"),
        ]
        rows[2] = ("sides", "side", "NOUN", "NNS", "nsubj", 5, "O")
    v = len(rows) - 1
    rows += [
        ("at", "at", "ADP", "IN", "prep", v, "O"),
        ("the", "the", "DET", "DT", "det", v + 3, "O"),
        ("meeting", "meeting", "NOUN", "NN", "pobj", v + 1, "O"),
        (".", ".", "PUNCT", ".", "punct", v, "O"),
    ]
    return build(rows)


def test_a_sure_classifier_types_the_main_verb(build):
    doc = _failed(build)
    sent = next(iter(doc.sents))
    lex = lexicon()
    probs = {"statement": 0.02, "verbal_cooperation": 0.01, "material_cooperation": 0.01}
    probs.update(verbal_conflict=0.95, material_conflict=0.01)
    out = typed_candidates(sent, [], probs, lex)
    assert len(out) == 1 and out[0].tok.i == 3 and out[0].source == CLASS_SOURCE
    assert quad_class(out[0].cameo) == "verbal_conflict"
    unsure = dict(probs, verbal_conflict=RETYPE - 0.05, statement=0.1)
    assert typed_candidates(sent, [], unsure, lex) == []
    # a candidate of the class already there: nothing to choose
    have = [Candidate(doc[5], "112", "ACCUSE", "verbal_conflict", None, [], 1.0, "verb")]
    assert typed_candidates(sent, have, probs, lex) == have
    # a CAMEO-default candidate of another class on the verb is retyped; accord's own rule stands
    other = [Candidate(doc[3], "080", "CONCEDE", "material_cooperation", None, [], 1.0, "verb")]
    got = typed_candidates(sent, other, probs, lex)
    assert len(got) == 1 and got[0].tok.i == 3 and quad_class(got[0].cameo) == "verbal_conflict"
    ruled = [Candidate(doc[3], "080", "CONCEDE", "material_cooperation", None, [], 1.8, "rule")]
    assert typed_candidates(sent, ruled, probs, lex) == ruled


def test_a_negated_verb_is_not_typed(build):
    doc = _failed(build, neg=True)
    sent = next(iter(doc.sents))
    probs = {"statement": 0.01, "verbal_cooperation": 0.01, "material_cooperation": 0.01}
    probs.update(verbal_conflict=0.96, material_conflict=0.01)
    assert main_verbs(sent, lexicon())[0].lower_ == "fail"
    assert typed_candidates(sent, [], probs, lexicon()) == []


def test_a_reporting_root_gives_its_reported_verb(build):
    # "Officials said talks failed ."
    rows = [
        ("Officials", "official", "NOUN", "NNS", "nsubj", 1, "O"),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("talks", "talk", "NOUN", "NNS", "nsubj", 3, "O"),
        ("failed", "fail", "VERB", "VBD", "ccomp", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    sent = next(iter(build(rows).sents))
    assert [t.i for t in main_verbs(sent, lexicon())] == [3]


def test_a_sure_statement_reading_gates_even_a_strong_event_but_not_an_appeal(build):
    rows = [
        ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "nsubj", 1, G),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("move", "move", "NOUN", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    actor = [SimpleNamespace(code="KAZ")]
    c = Candidate(doc[1], "111", "ACCUSE", "verbal_conflict", None, [], SPEC_RULE_ARGS, "rule")
    sure = {"statement": GATE_STRONG + 0.02, "verbal_cooperation": 0.0, "material_cooperation": 0.0}
    sure.update(verbal_conflict=0.98 - GATE_STRONG, material_conflict=0.0)
    assert confidence(c, actor, [], False, "verbal_conflict", sure, "verbal_conflict") <= 0.3
    # an appeal (CAMEO 02) is weighed by its PLOVER quad and stands with its actor
    appeal = Candidate(doc[1], "020", "REQUEST", "verbal_conflict", None, [], SPEC_RULE_ARGS, "rule")
    assert confidence(appeal, actor, [], False, "verbal_conflict", sure, "statement") > 0.4
    # short of sure, a strong event stands
    unsure = dict(sure, statement=0.6, verbal_conflict=0.4)
    assert confidence(c, actor, [], False, "verbal_conflict", unsure, "verbal_conflict") > 0.4
    # a party's verdict in words ("considers the move a provocation") is not held back by the gate
    verdict = Candidate(doc[1], "111", "ACCUSE", "verbal_conflict", None, [], SPEC_RULE_ARGS, "rule", verdict=True)
    assert confidence(verdict, actor, [], False, "verbal_conflict", sure, "verbal_conflict") > 0.4


def test_a_verb_that_frames_a_ruled_act_is_not_typed(build):
    """'Lithuania decided to close the border .': the closure (a rule's COERCE) is the news;
    a sure verbal-cooperation reading does not make 'decided' an AGREE of its own."""
    rows = [
        ("Lithuania", "Lithuania", "PROPN", "NNP", "nsubj", 1, G),
        ("decided", "decide", "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 3, "O"),
        ("close", "close", "VERB", "VB", "xcomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("border", "border", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    sent = next(iter(doc.sents))
    probs = {"statement": 0.01, "verbal_conflict": 0.01, "material_conflict": 0.01}
    probs.update(verbal_cooperation=0.96, material_cooperation=0.01)
    closed = [Candidate(doc[3], "191", "COERCE", "material_conflict", None, [], SPEC_RULE_ARGS, "rule")]
    assert typed_candidates(sent, closed, probs, lexicon()) == closed
    assert typed_candidates(sent, [], probs, lexicon())  # with no act below, the verb is typed
