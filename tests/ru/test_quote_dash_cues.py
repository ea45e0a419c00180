"""A dash quote whose cue follows it with «так» and an object before the
speaker (our own sentences, hand-built Docs, no parser)."""

from accord.ru.actors import Actor
from accord.ru.quotes import quotes

from .ud_docs import ud_doc

# «— Армения имеет право, — так прокомментировал заявление Баку Торосян.»: the name parsed into the object
_OBJECT = [
    ("—", 2, "punct", "PUNCT", ""),
    ("Армения", 2, "nsubj", "PROPN", "Case=Nom"),
    ("имеет", 2, "root", "VERB", "VerbForm=Fin"),
    ("право", 2, "obj", "NOUN", "Case=Acc"),
    (",", 7, "punct", "PUNCT", ""),
    ("—", 7, "punct", "PUNCT", ""),
    ("так", 7, "advmod", "ADV", ""),
    ("прокомментировал", 2, "parataxis", "VERB", "VerbForm=Fin"),
    ("заявление", 7, "obj", "NOUN", "Animacy=Inan|Case=Acc"),
    ("Баку", 8, "nmod", "PROPN", "Case=Gen"),
    ("Торосян", 9, "flat:name", "PROPN", "Animacy=Anim|Case=Nom"),
    (".", 2, "punct", "PUNCT", ""),
]

# «— Казахстан защитит границы, — так ответил на критику министр Руслан Жаксылыков.»: the quote as the cue's conjunct
_CONJUNCT = [
    ("—", 7, "punct", "PUNCT", ""),
    ("Казахстан", 2, "nsubj", "PROPN", "Case=Nom"),
    ("защитит", 7, "conj", "VERB", "VerbForm=Fin"),
    ("границы", 2, "obj", "NOUN", "Case=Acc"),
    (",", 7, "punct", "PUNCT", ""),
    ("—", 7, "punct", "PUNCT", ""),
    ("так", 7, "advmod", "ADV", ""),
    ("ответил", 7, "root", "VERB", "VerbForm=Fin"),
    ("на", 9, "case", "ADP", ""),
    ("критику", 7, "obl", "NOUN", "Case=Acc"),
    ("министр", 7, "nsubj", "NOUN", "Animacy=Anim|Case=Nom"),
    ("Руслан", 10, "appos", "PROPN", "Animacy=Anim|Case=Nom"),
    ("Жаксылыков", 11, "flat:name", "PROPN", "Animacy=Anim|Case=Nom"),
    (".", 7, "punct", "PUNCT", ""),
]


def _doc(rows, cue: int, lemma: str):
    doc = ud_doc(rows)
    doc[cue].lemma_ = lemma
    return doc


def test_the_speaker_after_the_object_of_a_so_cue():
    doc = _doc(_OBJECT, 7, "прокомментировать")
    actors = [Actor(10, 11, "person", country="ARM", sector="GOV", name="Torosyan", named=True)]
    (q,) = quotes(doc, actors)
    assert q.text.startswith("Армения") and q.speaker.name == "Torosyan"


def test_a_so_cue_takes_the_clause_before_its_dash():
    doc = _doc(_CONJUNCT, 7, "ответить")
    minister = Actor(10, 11, "person", country="KAZ", sector="MIL", flag="role", ref=1)
    actors = [minister, Actor(11, 13, "person", country="KAZ", sector="MIL", name="Ruslan Zhaksylykov", named=True)]
    (q,) = quotes(doc, actors)
    assert q.text.startswith("Казахстан") and q.speaker.name == "Ruslan Zhaksylykov"


# «Захарова назвала решение «шагом» и заявила, что ответ «не заставит ждать».»: the naming's phrase parsed as the
# second verb's clause
_NAMED_THEN_SAID = [
    ("Захарова", 1, "nsubj", "PROPN", "Animacy=Anim|Case=Nom"),
    ("назвала", 1, "root", "VERB", "VerbForm=Fin"),
    ("решение", 1, "obj", "NOUN", "Case=Acc"),
    ("«", 4, "punct", "PUNCT", ""),
    ("шагом", 7, "ccomp", "NOUN", "Case=Ins"),
    ("»", 4, "punct", "PUNCT", ""),
    ("и", 7, "cc", "CCONJ", ""),
    ("заявила", 1, "conj", "VERB", "VerbForm=Fin"),
    (",", 13, "punct", "PUNCT", ""),
    ("что", 13, "mark", "SCONJ", ""),
    ("ответ", 13, "nsubj", "NOUN", "Case=Nom"),
    ("«", 13, "punct", "PUNCT", ""),
    ("не", 13, "advmod", "PART", "Polarity=Neg"),
    ("заставит", 7, "ccomp", "VERB", "VerbForm=Fin"),
    ("ждать", 13, "xcomp", "VERB", "VerbForm=Inf"),
    ("»", 13, "punct", "PUNCT", ""),
    (".", 1, "punct", "PUNCT", ""),
]


def test_a_second_speech_verb_says_its_that_clause():
    doc = _doc(_NAMED_THEN_SAID, 7, "заявить")
    doc[9].lemma_ = "что"
    actors = [Actor(0, 1, "person", country="RUS", sector="GOV", name="Maria Zakharova", named=True)]
    (q,) = quotes(doc, actors)
    assert "заставит" in q.text and "шагом" not in q.text and q.speaker.name == "Maria Zakharova"


# «Это нарушение»: Москва обвинила Вильнюс (a headline)
_HEADLINE = [
    ("«", 2, "punct", "PUNCT", ""),
    ("Это", 2, "nsubj", "PRON", "Case=Nom"),
    ("нарушение", 2, "root", "NOUN", "Case=Nom"),
    ("»", 2, "punct", "PUNCT", ""),
    (":", 6, "punct", "PUNCT", ""),
    ("Москва", 6, "nsubj", "PROPN", "Case=Nom"),
    ("обвинила", 2, "parataxis", "VERB", "VerbForm=Fin"),
    ("Вильнюс", 6, "obj", "PROPN", "Case=Acc"),
]


def test_a_headline_quote_is_the_words_of_the_subject_after_its_colon():
    doc = _doc(_HEADLINE, 6, "обвинить")
    actors = [Actor(5, 6, "state", country="RUS", sector="GOV", named=True), Actor(7, 8, "state", country="LTU")]
    (q,) = quotes(doc, actors)
    assert q.kind == "direct" and "нарушение" in q.text and q.speaker.code == "RUSGOV"


# «Северный поток»: Германия остановила проект (a quoted name, no one's words)
_NAMED_HEADLINE = [
    ("«", 2, "punct", "PUNCT", ""),
    ("Северный", 2, "amod", "ADJ", "Case=Nom"),
    ("поток", 2, "root", "NOUN", "Case=Nom"),
    ("»", 2, "punct", "PUNCT", ""),
    (":", 6, "punct", "PUNCT", ""),
    ("Германия", 6, "nsubj", "PROPN", "Case=Nom"),
    ("остановила", 2, "parataxis", "VERB", "VerbForm=Fin"),
    ("проект", 6, "obj", "NOUN", "Case=Acc"),
]


def test_a_quoted_name_before_a_headline_colon_is_no_quote():
    doc = _doc(_NAMED_HEADLINE, 6, "остановить")
    assert quotes(doc, [Actor(5, 6, "state", country="DEU", named=True)]) == []
