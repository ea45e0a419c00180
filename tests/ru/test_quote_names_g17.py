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


@pytest.mark.ru
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Поставки завершатся в 2027 году, заявил директор Федеральной службы по техническому надзору (ФСТН) "
            "Игорь Сомов по итогам встречи в Ташкенте.\n\n«Узбекистан остается нашим партнером», — подчеркнул "
            "директор ФСТН.",
            "остается нашим партнером",
            "Igor Somov",
        ),
        (
            "Стороны подписали протокол, сообщил председатель Государственного комитета по туризму Армении "
            "Сергей Арутюнов.\n\n«Мы ждем первых групп весной», — добавил председатель комитета.",
            "первых групп",
            "Sergei Arutyunov",
        ),
    ],
)
def test_a_title_over_a_body_is_the_person_named_with_it(text, words, name):
    qs = [q for q in _quotes(text) if words in text[q.start : q.end]]
    assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.name == name


@pytest.mark.ru
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "Министр обороны Пакистана Хаваджа Асиф провел переговоры в Пекине.\n\n"
            "Представитель Государственного департамента США заявил, что Вашингтон следит за переговорами. "
            "Он не исключил, что США могут ввести санкции против Исламабада.",
            "могут ввести санкции",
            "USA",
        ),
        (
            "Премьер-министр Венгрии Виктор Орбан прибыл в Москву.\n\n"
            "Представитель Европейской комиссии заявил, что Брюссель изучит итоги визита. "
            "Он добавил, что позиция ЕС не изменится.",
            "позиция ЕС",
            None,
        ),
    ],
)
def test_he_after_an_unnamed_speaker_is_that_speaker(text, words, country):
    qs = [q for q in _quotes(text) if words in text[q.start : q.end]]
    assert len(qs) == 1 and qs[0].speaker is not None
    assert qs[0].speaker.name is None and (country is None or qs[0].speaker.country == country)
