"""Review H regressions of the round G Russian rules, on sentences of our
own: a warning is a threat only when what it says is one; «офицер» of a
body takes the body's sector; an unanswered-threat whose subject names its
own act; a pronoun with a thing between it and the state; a pronoun of the
other gender than an unnamed spokesman."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2026-09-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return set(triples(events))


def _codes(text, published="2026-09-01"):
    from accord.ru.extract import extract_text

    mentions, *_ = extract_text(text, published)
    return [(m.text, m.code) for m in mentions]


def _threats(text):
    return {(a, r) for t, a, r in _counted(text) if t == "THREATEN"}


# 1. a warning told to a party is a threat only when the clause says one


@pytest.mark.parametrize(
    "text",
    [
        "МЧС Казахстана предупредило Россию, что уровень воды в реке Урал поднимется.",
        "Минобороны Индии предупредило Пакистан, что в районе границы пройдут плановые учения.",
        "Посольство США предупредило Россию, что американский дипломат прибудет в Москву в понедельник.",
        "Метеослужба Финляндии предупредила Эстонию, что шторм достигнет побережья к вечеру.",
        "Минздрав Армении предупредил Грузию, что на границе усилят санитарный контроль.",
    ],
)
def test_a_warning_of_news_is_no_threat(text):
    assert not _threats(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("МИД Литвы предупредил Минск, что Вильнюс примет ответные меры.", "BLR"),
        ("Глава МИД Польши предупредил Москву, что любая провокация не останется без последствий.", "RUS"),
        ("Министр обороны Эстонии предупредил Россию, что страна оставляет за собой право на ответ.", "RUS"),
        ("Посол Китая предупредил Токио, что Пекин будет вынужден принять жесткие меры.", "JPN"),
        ("МИД Латвии предупредил Москву, что Рига вышлет российских дипломатов.", "RUS"),
    ],
)
def test_a_warning_of_retaliation_is_a_threat(text, want):
    assert any(r and r.startswith(want) for _a, r in _threats(text))


# 4. «офицер» of a body takes the body's sector


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Офицеры полиции Грузии задержали российского журналиста в Тбилиси.", "GEOCOP", "GEOMIL"),
        ("Офицеры таможни Польши задержали белорусского водителя.", None, "POLMIL"),
        ("Офицер полиции Литвы задержал гражданина России.", "LTUCOP", "LTUMIL"),
    ],
)
def test_an_officer_of_a_civil_body_is_no_soldier(text, want, wrong):
    codes = {c for _t, c in _codes(text)}
    assert wrong not in codes
    if want is not None:
        assert want in codes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Офицеры армии Армении приняли участие в учениях.", "ARMMIL"),
        ("Офицеры из Сербии приняли участие в учениях.", "SRBMIL"),
        ("Офицеры вооруженных сил Казахстана прибыли в Минск.", "KAZMIL"),
        ("Офицеры штаба Узбекистана прибыли в Минск.", "UZBMIL"),
    ],
)
def test_an_officer_alone_or_of_an_army_is_a_soldier(text, want):
    assert want in {c for _t, c in _codes(text)}


# 3. an unanswered-threat whose subject names its own act


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "МИД России обвинил Украину в обстреле Курской области. Кроме того, в МИД заявили, что решение "
            "властей Молдовы о закрытии консульства не останется без последствий.",
            "UKR",
        ),
        (
            "Москва обвинила Киев в срыве переговоров. Отдельно Захарова заявила, что высылка российских "
            "дипломатов из Эстонии не останется без ответа.",
            "UKR",
        ),
        (
            "Минобороны России обвинило Украину в атаке на Белгород. Кроме того, в МИД заявили, что закрытие "
            "воздушного пространства Латвией не останется без ответа.",
            "UKR",
        ),
    ],
)
def test_a_threat_about_anothers_act_is_not_at_the_accused(text, wrong):
    assert not any(r and r.startswith(wrong) for _a, r in _threats(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "МИД России обвинил Литву в дискриминации российских граждан. В МИД предупредили, что такие "
            "действия не останутся без ответа.",
            "LTU",
        ),
        (
            "Москва обвинила Таллин в сносе памятников. Захарова заявила, что это не останется без последствий.",
            "EST",
        ),
        (
            "МИД России обвинил Латвию в сносе советских памятников. Работы идут в трех городах. "
            "Местные жители протестуют. В МИД предупредили, что продолжение такого сноса не останется без ответа.",
            "LVA",
        ),
    ],
)
def test_a_threat_about_the_charged_act_is_at_the_accused(text, want):
    assert any(r and r.startswith(want) for _a, r in _threats(text))


def test_a_far_charge_with_no_word_repeated_is_not_aimed_at():
    text = (
        "МИД России обвинил Латвию в сносе советских памятников. Работы идут в трех городах. "
        "Местные жители протестуют. В МИД предупредили, что это не останется без ответа."
    )
    assert not any(r and r.startswith("LVA") for _a, r in _threats(text))


# 2. a pronoun with a thing of its gender between it and the state


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Китай и Россия подписали новый договор. Москва поддержала его.", "RUS"),
        ("Индия и Франция подписали контракт на поставку самолетов. Пекин раскритиковал его.", "CHN"),
        ("Турция и Катар подписали новый меморандум. Вашингтон приветствовал его.", "USA"),
    ],
)
def test_a_pronoun_for_a_thing_is_no_state(text, doer):
    assert not any(r for _t, a, r in _counted(text) if a and a.startswith(doer))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Сербия остается нашим другом. Москва поддержала ее.", ("SUPPORT", "RUSGOV", "SRB")),
        (
            "«Армения — наш стратегический союзник, и мы будем поддерживать ее», — заявил министр обороны России.",
            ("SUPPORT", "RUSMIL", "ARM"),
        ),
    ],
)
def test_a_pronoun_for_a_state_said_to_be_a_partner(text, want):
    assert want in _counted(text)


# 5. a pronoun of the other gender than the unnamed spokesman


def test_she_is_not_the_unnamed_male_spokesman():
    text = (
        "Министр иностранных дел Германии Анналена Бербок прибыла в Киев. Представитель МИД Украины сообщил, "
        "что визит продлится два дня. Она заявила, что Германия продолжит помощь Украине."
    )
    codes = _codes(text)
    assert ("Она", "UKRGOV") not in codes
    assert any(t == "Она" and c and c.startswith("DEU") for t, c in codes)


def test_he_is_the_unnamed_male_spokesman_after_a_woman():
    text = (
        "Министр иностранных дел Германии Анналена Бербок прибыла в Киев. Представитель МИД Украины сообщил, "
        "что визит продлится два дня. Он заявил, что Киев благодарен Германии."
    )
    assert ("Он", "UKRGOV") in _codes(text)


def test_she_is_the_unnamed_spokeswoman_whose_verb_is_feminine():
    text = (
        "Министр обороны Индии Раджнатх Сингх прибыл в Москву. Представитель МИД Китая выступила на брифинге. "
        "Она заявила, что Пекин готов к диалогу."
    )
    assert ("Она", "CHNGOV") in _codes(text)
