"""The English grammar on hand-built Docs: roles and arguments without
reading dependency labels in the extractors."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.syntax import EN, ROLES, grammar


def _doc(words, heads, deps):
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


@pytest.fixture
def signed():
    # "The deal was signed by Russia and Kazakhstan in Astana , officials said ."
    words = [
        "The",
        "deal",
        "was",
        "signed",
        "by",
        "Russia",
        "and",
        "Kazakhstan",
        "in",
        "Astana",
        ",",
        "officials",
        "said",
        ".",
    ]
    heads = [1, 3, 3, 12, 3, 4, 5, 5, 3, 8, 12, 12, 12, 12]
    deps = [
        "det",
        "nsubjpass",
        "auxpass",
        "ccomp",
        "agent",
        "pobj",
        "cc",
        "conj",
        "prep",
        "pobj",
        "punct",
        "nsubj",
        "ROOT",
        "punct",
    ]
    return _doc(words, heads, deps)


def test_every_english_label_has_a_known_role():
    assert set(EN.labels) <= set(ROLES)


def test_roles_of_tokens(signed):
    assert EN.role(signed[1]) == "passive_subject"
    assert EN.is_(signed[11], "subject", "passive_subject")
    assert not EN.is_(signed[9], "object")
    assert EN.role(signed[0]) == "determiner"


def test_subjects_include_passive_agents_only_when_asked(signed):
    verb = signed[3]
    assert [t.i for t in EN.subjects(verb)] == [1, 5]
    assert [t.i for t in EN.subjects(verb, agents=False)] == [1]
    assert [t.text for t in EN.agents(verb)] == ["Russia"]


def test_prep_args_conjuncts_and_prepositions(signed):
    verb = signed[3]
    assert [(p, n.text) for p, _, n in EN.prep_args(verb)] == [("in", "Astana")]
    assert [t.text for t in EN.conjuncts(signed[5])] == ["Kazakhstan"]
    assert EN.preposition_of(signed[9]).text == "in"
    assert EN.preposition_of(signed[1]) is None


def test_speech_clause_and_negation(signed):
    assert EN.speech_clause(signed[12]).i == 3
    assert not EN.negated(signed[12])
    doc = _doc(["Moscow", "did", "not", "respond"], [3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT"])
    assert EN.negated(doc[3])


def test_heads_stop_on_a_cycle():
    doc = _doc(["a", "b"], [1, 1], ["dep", "ROOT"])
    assert [t.i for t in EN.heads(doc[0])] == [1]


def test_grammar_by_language(signed):
    assert grammar(signed) is EN and grammar(signed[3]) is EN
