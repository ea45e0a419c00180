"""Round G Russian quote speakers, on sentences of our own: a transliterated
name that folds to the skeleton of one known person takes the press
spelling (Vuchich -> Vucic), and «Об этом говорится в …» takes the sentence
before it when the only cue of that sentence is in a clause on a noun."""

from __future__ import annotations

import pytest

from accord.ru.press_names import known_spelling, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [("Vuchich", "Vučić"), ("Shugayev", "Shugaev"), ("Milanovich", "Milanović"), ("Tsvetkov", "Cvetkov")],
)
def test_two_romanizations_fold_to_one_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("name", "country", "known"),
    [
        ("Aleksandr Vuchich", "SRB", "Aleksandar Vucic"),
        ("Zoran Milanovich", "HRV", "Zoran Milanovic"),
        ("Zoran Milanovich", None, "Zoran Milanovic"),
    ],
)
def test_a_known_person_keeps_the_press_spelling(name, country, known):
    assert known_spelling(name, country) == known


@pytest.mark.parametrize(
    ("name", "country"),
    [("Aleksandr Vuchich", "RUS"), ("Petar Vuchich", "SRB"), ("Ivan Sidorkin", None), ("Vuchich", "SRB")],
)
def test_no_known_person_leaves_the_name(name, country):
    assert known_spelling(name, country) == name


def _quotes(text):
    from accord.ru.extract import extract_text

    return extract_text(text)[2]


@pytest.mark.ru
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент Сербии Александр Вучич заявил, что Белград не продавал оружие.", "Aleksandar Vucic"),
        ("Президент Хорватии Зоран Миланович заявил, что Загреб не пошлет войска.", "Zoran Milanovic"),
    ],
)
def test_a_quote_speaker_is_spelt_as_the_known_person(text, name):
    qs = _quotes(text)
    assert len(qs) == 1 and qs[0].speaker.name == name


@pytest.mark.ru
@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Совет ЕС продлил санкции против трех компаний, которых Брюссель считает связанными с армией. "
            "Об этом говорится в заявлении Совета ЕС.",
            "продлил санкции",
            "IGOEU",
        ),
        (
            "Министерство обороны Казахстана закупит вертолеты у фирмы, которую эксперты считают надежной. "
            "Об этом говорится в сообщении пресс-службы министерства обороны Казахстана.",
            "закупит вертолеты",
            "KAZMIL",
        ),
    ],
)
def test_about_this_takes_a_sentence_whose_cue_is_on_a_noun(text, words, code):
    qs = [q for q in _quotes(text) if words in text[q.start : q.end]]
    assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.code == code
