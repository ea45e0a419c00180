"""Where an impersonal cue names a place of a body (our own sentences,
hand-built Docs, no parser): «сообщили ТАСС в посольстве»."""

from accord.ru.actors import Actor
from accord.ru.quotes import quotes

from .ud_docs import ud_doc

# «Атташе посольства России выслан, уточнили ТАСС в диппредставительстве.»
_BACK = [
    ("Атташе", 3, "nsubj:pass", "NOUN", "Case=Nom"),
    ("посольства", 0, "nmod", "NOUN", "Case=Gen"),
    ("России", 1, "nmod", "PROPN", "Case=Gen"),
    ("выслан", 3, "root", "VERB", "Variant=Short|VerbForm=Part|Voice=Pass"),
    (",", 5, "punct", "PUNCT", ""),
    ("уточнили", 3, "parataxis", "VERB", "Number=Plur|VerbForm=Fin"),
    ("ТАСС", 5, "nsubj", "PROPN", "Case=Nom"),
    ("в", 8, "case", "ADP", ""),
    ("диппредставительстве", 5, "obl", "NOUN", "Case=Loc"),
    (".", 3, "punct", "PUNCT", ""),
]

# «МИД Литвы выслал дипломата, сообщили в российском посольстве в Вильнюсе.»
_OWN = [
    ("МИД", 2, "nsubj", "PROPN", "Case=Nom"),
    ("Литвы", 0, "nmod", "PROPN", "Case=Gen"),
    ("выслал", 2, "root", "VERB", "VerbForm=Fin"),
    ("дипломата", 2, "obj", "NOUN", "Case=Acc"),
    (",", 5, "punct", "PUNCT", ""),
    ("сообщили", 2, "parataxis", "VERB", "Number=Plur|VerbForm=Fin"),
    ("в", 8, "case", "ADP", ""),
    ("российском", 8, "amod", "ADJ", "Case=Loc"),
    ("посольстве", 5, "obl", "NOUN", "Case=Loc"),
    ("в", 10, "case", "ADP", ""),
    ("Вильнюсе", 8, "nmod", "PROPN", "Case=Loc"),
    (".", 2, "punct", "PUNCT", ""),
]


def _doc(rows, lemmas: dict[int, str]):
    doc = ud_doc(rows)
    for i, lemma in lemmas.items():
        doc[i].lemma_ = lemma
    return doc


def test_a_bare_mission_is_the_mission_named_before():
    doc = _doc(_BACK, {1: "посольство", 5: "уточнить", 8: "диппредставительство"})
    actors = [Actor(2, 3, "state", country="RUS"), Actor(6, 7, "org", country="RUS", sector="MED", flag="medium")]
    (q,) = quotes(doc, actors)
    assert q.text.startswith("Атташе") and q.speaker.code == "RUSGOV"


def test_the_mission_of_the_adjective_not_the_city_it_is_in():
    doc = _doc(_OWN, {5: "сообщить", 8: "посольство"})
    actors = [
        Actor(0, 2, "org", country="LTU", sector="GOV", named=True),
        Actor(7, 8, None, country="RUS"),
        Actor(10, 11, "state", country="LTU", named=True),
    ]
    (q,) = quotes(doc, actors)
    assert q.speaker.code == "RUSGOV"


# «Учения пройдут, сообщает БелТА со ссылкой на Минобороны Белоруссии.»
_REFERRED = [
    ("Учения", 1, "nsubj", "NOUN", "Case=Nom"),
    ("пройдут", 1, "root", "VERB", "VerbForm=Fin"),
    (",", 3, "punct", "PUNCT", ""),
    ("сообщает", 1, "parataxis", "VERB", "Number=Sing|VerbForm=Fin"),
    ("БелТА", 3, "nsubj", "PROPN", "Case=Nom"),
    ("со", 6, "case", "ADP", ""),
    ("ссылкой", 3, "obl", "NOUN", "Case=Ins"),
    ("на", 8, "case", "ADP", ""),
    ("Минобороны", 6, "nmod", "PROPN", "Case=Acc"),
    ("Белоруссии", 8, "nmod", "PROPN", "Case=Gen"),
    (".", 1, "punct", "PUNCT", ""),
]


def test_an_agency_report_speaks_for_the_source_it_refers_to():
    doc = _doc(_REFERRED, {3: "сообщать", 5: "с", 6: "ссылка", 7: "на"})
    ministry = Actor(8, 10, "org", country="BLR", sector="MIL", name="Ministry of Defence", named=True)
    (q,) = quotes(doc, [Actor(4, 5, "org", name="BelTA", named=True), ministry])
    assert q.text == "Учения пройдут" and q.speaker.code == "BLRMIL"


# «Литва не признает выборы, говорится в комментарии директора департамента Иванова.»
_COMMENT = [
    ("Литва", 2, "nsubj", "PROPN", "Case=Nom"),
    ("не", 2, "advmod", "PART", "Polarity=Neg"),
    ("признает", 2, "root", "VERB", "VerbForm=Fin"),
    ("выборы", 2, "obj", "NOUN", "Case=Acc"),
    (",", 5, "punct", "PUNCT", ""),
    ("говорится", 2, "parataxis", "VERB", "VerbForm=Fin|Voice=Pass"),
    ("в", 7, "case", "ADP", ""),
    ("комментарии", 5, "obl", "NOUN", "Case=Loc"),
    ("директора", 7, "nmod", "NOUN", "Animacy=Anim|Case=Gen"),
    ("департамента", 8, "nmod", "NOUN", "Animacy=Inan|Case=Gen"),
    ("Иванова", 8, "appos", "PROPN", "Animacy=Anim|Case=Gen"),
    (".", 2, "punct", "PUNCT", ""),
]


def test_a_comment_is_the_statement_of_its_author():
    doc = _doc(_COMMENT, {5: "говориться", 7: "комментарий", 8: "директор"})
    department = Actor(9, 10, "org", country="RUS", sector="GOV", name="Department", named=True)
    (q,) = quotes(
        doc, [department, Actor(10, 11, "person", country="RUS", sector="GOV", name="Ivan Ivanov", named=True)]
    )
    assert q.speaker.name == "Ivan Ivanov"


# «Учения пройдут, сообщили в Центре ФСБ.»: the unit left uncoded by the actor layer
_UNIT = [
    ("Учения", 1, "nsubj", "NOUN", "Case=Nom"),
    ("пройдут", 1, "root", "VERB", "VerbForm=Fin"),
    (",", 3, "punct", "PUNCT", ""),
    ("сообщили", 1, "parataxis", "VERB", "Number=Plur|VerbForm=Fin"),
    ("в", 5, "case", "ADP", ""),
    ("Центре", 3, "obl", "PROPN", "Case=Loc"),
    ("ФСБ", 3, "obl", "PROPN", "Case=Gen"),
    (".", 1, "punct", "PUNCT", ""),
]


def test_an_uncoded_unit_speaks_for_the_body_after_it():
    doc = _doc(_UNIT, {3: "сообщить"})
    unit = Actor(5, 6, "org", name="Tsentr", named=True)
    (q,) = quotes(doc, [unit, Actor(6, 7, "org", country="RUS", sector="SPY", name="Security Service", named=True)])
    assert q.speaker.code == "RUSSPY"
