"""Round E (session 16) rules of the Russian actor layer, on sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2026-09-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    mentions, _chains, quotes, events = extract_text(text, published)
    return mentions, quotes, triples(events)


def _code(mentions, text):
    return next(m.code for m in mentions if m.text == text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Представитель движения «Талибан» Абдул Карим отверг обвинения Пакистана.", ("REJECT", "AFGGOV", "PAK")),
        (
            "Официальный представитель правительства талибов осудил удар Пакистана по Кабулу.",
            ("ACCUSE", "AFGGOV", "PAK"),
        ),
        ("Правительство талибов отвергло обвинения Ирана.", ("REJECT", "AFGGOV", "IRN")),
    ],
)
def test_the_taliban_are_afghanistan_s_government_after_2021(text, triple):
    _m, _q, got = _run(text)
    assert triple in got, got


def test_the_taliban_before_2021_are_no_government():
    mentions, _q, _e = _run("Талибы атаковали блокпост в провинции Кандагар.", "2019-05-01")
    assert not any(m.code == "AFGGOV" for m in mentions)


@pytest.mark.parametrize(
    ("text", "acronym", "code"),
    [
        (
            "Служба национальной безопасности Армении задержала офицера. Как сообщили в пресс-службе СНБ, он передавал сведения.",
            "СНБ",
            "ARMSPY",
        ),
        (
            "Служба государственной безопасности Грузии задержала двоих мужчин. По данным СГБ, они работали на иностранцев.",
            "СГБ",
            "GEOSPY",
        ),
        (
            "Межведомственная служба по связям с общественностью (ISPR) пакистанской армии сообщила о перестрелке. "
            "Позже ISPR заявила, что огонь прекращен.",
            "ISPR",
            "PAKMIL",
        ),
    ],
)
def test_an_acronym_is_the_body_named_earlier_in_full(text, acronym, code):
    mentions, _q, _e = _run(text)
    assert _code(mentions, acronym) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Министр обороны Таджикистана генерал-полковник Эмомали Собирзода призвал партнеров по ШОС к сотрудничеству.",
            "Эмомали Собирзода",
            "TJKMIL",
        ),
        (
            "Глава Генштаба Казахстана генерал-лейтенант Иван Петров призвал Киргизию к диалогу.",
            "Иван Петров",
            "KAZMIL",
        ),
        ("Командующий ВМС Ирана контр-адмирал Шахрам Ирани заявил, что флот готов.", "Шахрам Ирани", "IRNMIL"),
    ],
)
def test_a_rank_between_role_and_name_passes_the_role_on(text, name, code):
    mentions, _q, _e = _run(text)
    assert _code(mentions, name) == code


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Открывая учения, заместитель министра обороны России генерал-полковник Иван Петров отметил, "
            "что сценарий предусматривает отработку совместных действий.",
            "Ivan Petrov",
        ),
        ("Открывая учения, командующий войсками генерал Андрей Смирнов заявил, что армия готова.", "Andrei Smirnov"),
    ],
)
def test_the_subject_after_a_converb_clause_is_the_speaker(text, speaker):
    _m, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр иностранных дел Румынии Оана Цою заявила, что Бухарест не допустит вмешательства.", "Oana Toiu"),
        (
            "Официальный представитель МИД Азербайджана Айхан Гаджизаде заявил, что Баку осуждает это.",
            "Aykhan Hajizada",
        ),
        ("Посол Франции в Армении Оливье Дюпон заявил, что Париж выполнит обязательства.", "Olivier Dupon"),
        ("Министр обороны Румынии Ангел Тылвэр заявил, что Бухарест усилит оборону.", "Angel Tilvar"),
        ("«Решение окончательное», - подчеркнула министр обороны Румынии Оана Цою.", "Oana Toiu"),
        (
            "«Мы будем действовать вместе с союзниками», - заявила министр иностранных дел Молдавии Оана Попеску.",
            "Oana Popescu",
        ),
    ],
)
def test_a_name_is_spelt_as_the_press_of_its_country_spells_it(text, name):
    _m, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Монголии Ухнаагийн Хурэлсух прибыл в Астану. По словам Хурэлсуха, визит стал историческим.",
        "Министр обороны Казахстана Руслан Жаксылыков встретился с коллегой. По словам Жаксылыкова, встреча прошла успешно.",
    ],
)
def test_a_surname_alone_in_the_genitive_is_the_person_named_before(text):
    _m, quotes, _e = _run(text)
    assert quotes and quotes[-1].speaker.code and quotes[-1].speaker.country


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Посол России в Румынии Иван Петров был вызван в МИД республики, где ему выразили протест.",
            ("ACCUSE", "ROUGOV", "RUSGOV"),
        ),
        (
            "Польша выслала дипломата. Посол Германии в Польше был вызван в МИД республики, где ему выразили протест.",
            ("ACCUSE", "POLGOV", "DEUGOV"),
        ),
    ],
)
def test_the_republic_after_an_envoy_posted_abroad_is_his_host(text, triple):
    _m, _q, got = _run(text)
    assert triple in got, got


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Премьер-министр Индии пригласил пакистанского коллегу на переговоры.", "PAKGOV"),
        ("Президент Франции пригласил германского коллегу посетить Париж.", "DEUGOV"),
    ],
)
def test_a_counterpart_named_by_his_state_takes_the_inviter_s_sector(text, recipient):
    _m, _q, got = _run(text)
    assert any(r == recipient for _t, _a, r in got), got


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "«Армия готова к совместным действиям», - сказал руководитель китайской делегации генерал-майор Ли Цзюньхуа.",
            "CHN",
        ),
        ("«Учения прошли успешно», - отметил глава индийской делегации полковник Радж Кумар.", "IND"),
    ],
)
def test_the_head_of_a_state_s_delegation_is_of_that_state(text, country):
    _m, quotes, _e = _run(text)
    assert [q.speaker.country for q in quotes] == [country]


@pytest.mark.parametrize(
    ("text", "acronym", "code"),
    [
        ("СГБ Грузии задержала двоих мужчин по подозрению в шпионаже.", "СГБ", "GEOSPY"),
        ("КГБ Белоруссии задержал гражданина Литвы.", "КГБ", "BLRSPY"),
        ("СБУ задержала агента в Харькове.", "СБУ", "UKRSPY"),
    ],
)
def test_a_security_service_s_acronym_is_spy(text, acronym, code):
    mentions, _q, _e = _run(text)
    assert _code(mentions, acronym) == code
