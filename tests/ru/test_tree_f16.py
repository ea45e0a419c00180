"""accord.ru.tree.speaker_subjects on hand-made parses (no model)."""

from __future__ import annotations

from accord.ru.tree import speaker_subjects

NOM = "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"
SAID = "Gender=Masc|Number=Sing|VerbForm=Fin"


def _parse(said=SAID, quoted="Number=Plur|Person=1|VerbForm=Fin", we=True):
    # «„Мы готовы“, – сказал, выступая на форуме, генерал Сидоров»
    words = ["Мы", "готовы", ",", "сказал", ",", "выступая", ",", "генерал", "Сидоров"]
    heads = [1, 1, 3, 1, 5, 3, 5, 1, 7]
    deps = ["nsubj", "root", "punct", "parataxis", "punct", "advcl", "punct", "nsubj", "appos"]
    pos = ["PRON", "ADJ", "PUNCT", "VERB", "PUNCT", "VERB", "PUNCT", "NOUN", "PROPN"]
    morphs = ["Case=Nom|Number=Plur|Person=1", quoted, "", said, "", "VerbForm=Conv", "", NOM, NOM]
    if not we:
        deps[0], morphs[0] = "obl", "Case=Dat|Number=Plur"
    return words, heads, deps, pos, morphs


def test_the_speaker_hung_on_the_quoted_verb_becomes_the_speech_verb_s_subject():
    words, heads, deps, pos, morphs = _parse()
    speaker_subjects(words, heads, deps, pos, morphs)
    assert (heads[7], deps[7]) == (3, "nsubj")


def test_a_speech_verb_that_does_not_agree_keeps_the_parse():
    words, heads, deps, pos, morphs = _parse(said="Gender=Fem|Number=Sing|VerbForm=Fin")
    speaker_subjects(words, heads, deps, pos, morphs)
    assert heads[7] == 1


def test_a_quoted_verb_of_the_third_person_without_another_subject_keeps_it():
    words, heads, deps, pos, morphs = _parse(quoted="Number=Sing|Person=3|VerbForm=Fin", we=False)
    speaker_subjects(words, heads, deps, pos, morphs)
    assert heads[7] == 1
