"""The UD grammar answers the extractors' questions over Russian UD trees
(hand-built Docs: no natasha needed)."""

from __future__ import annotations

from accord.syntax import grammar, grammar_for
from accord.syntax.ud import UDGrammar

from .ud_docs import PASSIVE, QUOTED, TALKS, THAT, ud_doc


def texts(toks) -> list[str]:
    return [t.text for t in toks]


def test_russian_docs_get_the_ud_grammar():
    doc = ud_doc(TALKS)
    assert doc.lang_ == "ru"
    assert isinstance(grammar(doc), UDGrammar)
    assert isinstance(grammar_for("ru"), UDGrammar)
    assert not isinstance(grammar_for("en"), UDGrammar)


def test_subject_object_and_negation():
    doc = ud_doc(TALKS)
    g = grammar(doc)
    verb = doc[6]
    assert g.is_(verb, "root")
    assert texts(g.subjects(verb)) == ["Министр"]
    assert texts(g.objects(verb)) == ["переговоры"]
    assert g.negated(verb)
    assert g.role(doc[5]) == "negation"
    assert not g.negated(doc[7])


def test_prep_args_are_case_children_with_fixed_parts():
    doc = ud_doc(TALKS)
    g = grammar(doc)
    assert [(w, c.text, n.text) for w, c, n in g.prep_args(doc[6])] == [("в ходе", "в", "визита")]
    assert [(w, n.text) for w, _, n in g.prep_args(doc[10])] == [("в", "Минск")]
    assert g.preposition_of(doc[12]).text == "в"
    assert g.preposition_of(doc[7]) is None


def test_case_word_is_the_preposition_lemma_and_a_fixed_one_as_written():
    # «Во вторник министр обратился ко всем со стороны Минска.» (our own sentence)
    doc = ud_doc(
        [
            ("Во", 1, "case", "ADP"),
            ("вторник", 3, "obl", "NOUN", "Case=Acc"),
            ("министр", 3, "nsubj", "NOUN", "Case=Nom"),
            ("обратился", 3, "root", "VERB"),
            ("ко", 5, "case", "ADP"),
            ("всем", 3, "obl", "PRON", "Case=Dat"),
            ("со", 8, "case", "ADP"),
            ("стороны", 6, "fixed", "NOUN"),
            ("Минска", 3, "obl", "PROPN", "Case=Gen"),
        ]
    )
    g = grammar(doc)
    assert [w for w, _, _ in g.prep_args(doc[3])] == ["во", "ко", "со стороны"]  # no lemmas: the text
    for i, lemma in ((0, "в"), (4, "к"), (6, "с")):
        doc[i].lemma_ = lemma
    assert [(w, n.text) for w, _, n in g.prep_args(doc[3])] == [
        ("в", "вторник"),
        ("к", "всем"),
        ("со стороны", "Минска"),
    ]


def test_titles_and_names():
    doc = ud_doc(TALKS)
    g = grammar(doc)
    assert texts(g.appositions(doc[0])) == ["Сергей"]
    assert texts(g.name_parts(doc[3])) == ["Сергей", "Шойгу"]
    assert g.role(doc[4]) == "flat_name"


def test_passive_agent_is_the_instrumental_noun():
    doc = ud_doc(PASSIVE)
    g = grammar(doc)
    verb = doc[1]
    assert g.is_passive(verb)
    assert texts(g.agents(verb)) == ["президентом"]
    assert texts(g.subjects(verb)) == ["Соглашение", "президентом"]
    assert texts(g.subjects(verb, agents=False)) == ["Соглашение"]
    assert g.role(doc[0]) == "passive_subject"


def test_instrumental_on_an_active_verb_is_no_agent():
    rows = [
        ("Он", 1, "nsubj", "PRON", "Case=Nom"),
        ("руководил", 1, "root", "VERB", "Voice=Act"),
        ("министерством", 1, "obl", "NOUN", "Case=Ins"),
        (".", 1, "punct", "PUNCT", ""),
    ]
    doc = ud_doc(rows)
    assert grammar(doc).agents(doc[1]) == []


def test_speech_verb_in_parataxis_points_to_the_quoted_clause():
    doc = ud_doc(QUOTED)
    g = grammar(doc)
    verb = doc[8]
    assert g.role(verb) == "parataxis"
    assert g.speech_clause(verb).text == "готовы"
    assert texts(g.subjects(verb)) == ["он"]


def test_speech_verb_with_that_clause():
    doc = ud_doc(THAT)
    g = grammar(doc)
    clause = g.speech_clause(doc[2])
    assert clause.text == "введёт"
    assert g.negated(clause)
    assert g.is_(doc[4], "marker")


def test_heads_stop_on_a_cycle():
    rows = [("А", 1, "nsubj", "NOUN"), ("Б", 0, "obj", "NOUN")]
    doc = ud_doc(rows)
    assert len(list(grammar(doc).heads(doc[0]))) <= 2


def test_every_ud_label_of_natasha_has_a_role():
    natasha_rels = (
        "acl acl:relcl advcl advmod amod appos aux aux:pass case cc ccomp compound conj cop csubj csubj:pass dep det "
        "discourse dislocated expl fixed flat flat:foreign flat:name goeswith iobj list mark nmod nsubj nsubj:pass "
        "nummod nummod:entity nummod:gov obj obl obl:agent orphan parataxis punct root vocative xcomp"
    ).split()
    g = UDGrammar("ru")
    unmapped = [r for r in natasha_rels if r not in g._role]
    assert unmapped == []


def test_v_khode_is_no_place_that_speaks_for_a_verb_with_no_subject():
    """«В ходе встречи подписали соглашение» with «ходе» parsed as a noun
    (not a fixed part of «в ходе»): a circumstance, not the doer."""
    from accord.ru.event_subjects import subject
    from accord.syntax import grammar

    doc = ud_doc(
        [
            ("В", 1, "case", "ADP", ""),
            ("ходе", 3, "obl", "NOUN", "Case=Loc|Number=Sing"),
            ("встречи", 1, "nmod", "NOUN", "Case=Gen|Number=Sing"),
            ("подписали", 3, "root", "VERB", "Number=Plur|VerbForm=Fin|Voice=Act"),
            ("соглашение", 3, "obj", "NOUN", "Case=Acc|Number=Sing"),
            (".", 3, "punct", "PUNCT", ""),
        ]
    )
    for tok, lemma in zip(doc, ["в", "ход", "встреча", "подписать", "соглашение", "."]):
        tok.lemma_ = lemma
    assert subject(grammar(doc), doc[3]) is None


def test_the_owner_of_an_object_hung_elsewhere_is_the_genitive_right_after_it():
    """«расцениваем действия латвийской стороны как провокацию» with
    «стороны» parsed onto the verb: the object's owner all the same."""
    from accord.ru.event_recipients import _genitive_after

    doc = ud_doc(
        [
            ("Мы", 1, "nsubj", "PRON", "Case=Nom"),
            ("расцениваем", 1, "root", "VERB", "Number=Plur|VerbForm=Fin"),
            ("действия", 1, "obj", "NOUN", "Case=Acc|Number=Plur"),
            ("латвийской", 4, "amod", "ADJ", "Case=Gen|Number=Sing"),
            ("стороны", 1, "obl", "NOUN", "Case=Gen|Number=Sing"),
            ("как", 6, "case", "ADP", ""),
            ("провокацию", 1, "obl", "NOUN", "Case=Acc|Number=Sing"),
            (".", 1, "punct", "PUNCT", ""),
        ]
    )
    assert _genitive_after(doc[2]).i == 4
    assert _genitive_after(doc[6]) is None
