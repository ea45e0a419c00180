"""accord.ru.tree.converb_subjects on hand-made parses (no model)."""

from __future__ import annotations

from accord.ru.tree import converb_subjects

NOM = "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"


def _parse(root_morph="Gender=Masc|Number=Sing|VerbForm=Fin", subject=False):
    words = ["Открывая", "учения", ",", "министр", "Петров", "отметил"]
    heads = [5, 0, 0, 1, 3, 5]
    deps = ["advcl", "obj", "punct", "appos", "appos", "root"]
    pos = ["VERB", "NOUN", "PUNCT", "NOUN", "PROPN", "VERB"]
    morphs = ["VerbForm=Conv", "Animacy=Inan|Case=Acc", "", NOM, NOM, root_morph]
    if subject:
        words += ["он"]
        heads += [5]
        deps += ["nsubj"]
        pos += ["PRON"]
        morphs += [NOM]
    return words, heads, deps, pos, morphs


def test_the_noun_hung_on_the_converb_s_object_becomes_the_subject():
    words, heads, deps, pos, morphs = _parse()
    converb_subjects(words, heads, deps, pos, morphs)
    assert (heads[3], deps[3]) == (5, "nsubj")


def test_a_verb_that_has_a_subject_keeps_the_parse():
    words, heads, deps, pos, morphs = _parse(subject=True)
    converb_subjects(words, heads, deps, pos, morphs)
    assert (heads[3], deps[3]) == (1, "appos")


def test_a_verb_that_does_not_agree_keeps_the_parse():
    words, heads, deps, pos, morphs = _parse(root_morph="Number=Plur|VerbForm=Fin")
    converb_subjects(words, heads, deps, pos, morphs)
    assert (heads[3], deps[3]) == (1, "appos")
