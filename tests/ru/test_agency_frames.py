"""Frames of Russian agency copy on sentences of our own (natasha): talks
that began or ended, resumed deliveries, «расценили как», praise with
«назвал … надежным партнером», planned joint drills."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2025-03-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return triples(events)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("В Москве завершились переговоры министров иностранных дел России и Узбекистана.", ("RUSGOV", "UZBGOV")),
        (
            "В Астане начались консультации заместителей министров иностранных дел Казахстана и Китая.",
            ("KAZGOV", "CHNGOV"),
        ),
        ("Переговоры Лаврова с Нуртлеу завершились в Москве.", ("RUSGOV", "KAZGOV")),
    ],
)
def test_talks_that_began_or_ended_are_a_meeting(text, want):
    assert ("CONSULT", *want) in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Казахстан возобновил поставки зерна в Таджикистан.", ("COOPERATE", "KAZ", "TJK")),
        ("Минобороны России начало поставки бронетехники Киргизии.", ("AID", "RUSMIL", "KGZ")),
        ("Узбекистан увеличил поставки газа в Киргизию.", ("COOPERATE", "UZB", "KGZ")),
    ],
)
def test_resumed_deliveries_are_the_delivery(text, want):
    assert want in _counted(text)


def test_a_name_read_as_a_genitive_below_the_deliveries_is_their_receiver():
    got = _counted("Россия продолжит поставки вооружений Армении.")
    assert any(a == "RUS" and r == "ARM" for _t, a, r in got)


def test_production_of_arms_is_no_delivery():
    assert not _counted("Турция начала производство беспилотников в Казахстане.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("В Минске расценили решение Литвы как враждебный шаг.", ("BLRGOV", "LTU")),
        ("В Баку расценили заявление Еревана как недружественный шаг.", ("AZEGOV", "ARMGOV")),
        ("МИД Киргизии расценивает действия таджикских пограничников как провокацию.", ("KGZGOV", "TJKMIL")),
        ("МИД Азербайджана назвал задержание своих граждан провокацией Армении.", ("AZEGOV", "ARM")),
    ],
)
def test_an_act_judged_a_threat_or_provocation_is_a_reproach_of_its_owner(text, want):
    assert ("ACCUSE", *want) in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Президент Казахстана Касым-Жомарт Токаев назвал Китай стратегическим партнером.", ("KAZGOV", "CHN")),
        ("Президент Узбекистана Шавкат Мирзиёев назвал Россию надежным партнером.", ("UZBGOV", "RUS")),
        ("Президент Таджикистана назвал Россию гарантом безопасности в регионе.", ("TJKGOV", "RUS")),
    ],
)
def test_naming_a_state_a_reliable_partner_is_praise(text, want):
    assert ("SUPPORT", *want) in _counted(text)


def test_a_state_held_an_ally_is_no_act():
    assert not _counted("Президент Таджикистана считает Россию надежным союзником.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В следующем году планируется провести совместные учения армий Киргизии и Таджикистана.",
            ("KGZMIL", "TJKMIL"),
        ),
        ("В сентябре планируется провести учения Казахстана и Узбекистана.", ("KAZ", "UZB")),
        ("Министерство обороны Армении планирует провести учения с армией Франции.", ("ARMMIL", "FRAMIL")),
    ],
)
def test_planned_joint_drills_are_a_promise_of_their_owners(text, want):
    assert ("AGREE", *want) in _counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Решение о проведении маневров было принято в ходе переговоров министров обороны Казахстана и Узбекистана.",
        "Заявление было принято по итогам встречи президентов Киргизии и Таджикистана.",
        "Резолюция была принята на заседании глав государств СНГ.",
    ],
)
def test_a_decision_taken_during_talks_is_no_reception_of_their_guests(text):
    assert not any(t == "CONSULT" and a is None for t, a, _r in _counted(text))


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Белоруссия и Россия провели совместные учения у границы с Литвой.", ("BLR", "RUS"), "LTU"),
        ("Казахстан и Киргизия провели учения на границе с Китаем.", ("KAZ", "KGZ"), "CHN"),
        ("Армения и Иран провели совместные учения в районе границы с Азербайджаном.", ("ARM", "IRN"), "AZE"),
    ],
)
def test_the_state_across_the_border_of_joint_drills_is_no_party(text, want, wrong):
    got = _counted(text)
    assert ("COOPERATE", *want) in got
    assert not any(r == wrong for _t, _a, r in got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Белоруссия заявила о готовности поставлять продовольствие в Таджикистан.", ("BLR", "TJK")),
        ("Россия выразила готовность передать Киргизии партию беспилотников.", ("RUS", "KGZ")),
        ("Казахстан объявил о намерении провести учения с Узбекистаном.", ("KAZ", "UZB")),
        ("Армения и Франция приняли решение провести совместные учения.", ("ARM", "FRA")),
    ],
)
def test_an_act_under_a_noun_of_intent_is_a_promise_of_the_speaker(text, want):
    got = _counted(text)
    assert any(t == "AGREE" and (a, r) == want for t, a, r in got)
    assert not any(t == "COOPERATE" for t, _a, _r in got)  # «приняли решение провести учения»: no drill taken part in
