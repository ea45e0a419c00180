"""Round E rules of accord.ru.events on sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _events(text, published="2026-09-01"):
    from accord.ru.extract import extract_text

    *_, events = extract_text(text, published)
    return events


def _counted(text):
    from accord.ru.score import triples

    return triples(_events(text))


@pytest.mark.parametrize(
    ("text", "actor", "accused"),
    [
        (
            "По версии эстонской стороны, сотрудники российского посольства занимались деятельностью, "
            "несовместимой с их статусом.",
            "EST",
            "RUSGOV",
        ),
        (
            "По данным литовской стороны, российские дипломаты вели деятельность, несовместимую с дипломатическим "
            "статусом.",
            "LTU",
            "RUSGOV",
        ),
        ("Представитель МИД Индии заявил, что Пакистан пытается переложить ответственность на Индию.", "INDGOV", "PAK"),
    ],
)
def test_a_wrongdoing_told_as_a_report_s_content_is_the_source_s_accusation(text, actor, accused):
    assert _counted(text)[("ACCUSE", actor, accused)] == 1


def test_a_neutral_act_under_po_dannym_is_no_accusation():
    got = _counted("По данным латвийской стороны, российские дипломаты провели встречу с журналистами.")
    assert not any(t == "ACCUSE" for t, _a, _r in got), got


@pytest.mark.parametrize(
    ("text", "actor", "accused"),
    [
        (
            "В Ереване задержан военнослужащий, подозреваемый в передаче сведений Азербайджану, сообщили в ФСБ России.",
            "RUSSPY",
            "RUSMIL",
        ),
        ("Как сообщили в ФСБ, задержанный действовал по заданию украинских спецслужб.", "RUSSPY", "UKRSPY"),
    ],
)
def test_a_suspect_or_a_tasking_body_in_a_report_is_the_reporter_s_accusation(text, actor, accused):
    assert _counted(text)[("ACCUSE", actor, accused)] == 1


@pytest.mark.parametrize(
    ("text", "actor", "accused"),
    [
        (
            "Пресс-секретарь Кремля Дмитрий Песков назвал учения НАТО «шагом к эскалации напряженности».",
            "RUSGOV",
            "IGONATO",
        ),
        ("МИД России назвал поставку американского оружия «шагом, ведущим к милитаризации региона».", "RUSGOV", "USA"),
    ],
)
def test_a_quoted_negative_label_is_an_accusation(text, actor, accused):
    assert _counted(text)[("ACCUSE", actor, accused)] == 1


def test_a_quoted_positive_label_is_none():
    got = _counted("Министр иностранных дел России назвал визит «важным шагом к укреплению сотрудничества».")
    assert not any(t == "ACCUSE" for t, _a, _r in got), got


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Минобороны Армении обвинило азербайджанских военных в обстреле армянских позиций.", "AZEMIL", "ARMMIL"),
        ("Пограничники Таджикистана обвинили киргизских военных в обстреле таджикских постов.", "KGZMIL", "TJKMIL"),
    ],
)
def test_the_shelling_an_accusation_names_is_an_assault_of_the_accused(text, doer, target):
    got = _counted(text)
    assert got[("ASSAULT", doer, target)] == 1, got
    assert any(t == "ACCUSE" for t, _a, _r in got), got


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "Ответным огнем уничтожены несколько огневых точек азербайджанской стороны, сообщили в Минобороны Армении.",
            "ARMMIL",
            "AZE",
        ),
        ("Огонь первыми открыли азербайджанские военные, заявили в Минобороны Армении.", "AZEMIL", "ARMMIL"),
        (
            "По данным военных, огонь первыми открыли афганские пограничники, заявили в Минобороны Пакистана.",
            "AFGMIL",
            "PAKMIL",
        ),
    ],
)
def test_fire_told_without_doer_or_target_takes_the_reporter_s_side(text, doer, target):
    assert _counted(text)[("ASSAULT", doer, target)] == 1


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Франция передала Армении партию самоходных артиллерийских установок.", ("AID", "FRA", "ARM")),
        ("Германия передала Литве первые зенитные установки.", ("AID", "DEU", "LTU")),
        ("Пакистан закрыл пункт пропуска на границе с Афганистаном.", ("SANCTION", "PAK", "AFG")),
        (
            "Пакистан закрыл пункт пропуска Торхам — Ландикотал на границе с Афганистаном до особого распоряжения.",
            ("SANCTION", "PAK", "AFG"),
        ),
        ("Эстония сократила штат российского посольства.", ("SANCTION", "EST", "RUSGOV")),
        ("Турция готова содействовать переговорам между Россией и Украиной.", ("AGREE", "TUR", None)),
        ("Катар готов посредничать между США и Ираном.", ("AGREE", "QAT", None)),
        (
            "МИД Белоруссии не исключил, что Минск может поставить вопрос о высылке литовских дипломатов.",
            ("THREATEN", "BLRGOV", "LTUGOV"),
        ),
    ],
)
def test_supplies_closures_offers_and_threat_frames(text, triple):
    got = _counted(text)
    assert got[triple] == 1, got


def test_a_promise_to_meet_obligations_is_a_future_agreement():
    got = [
        (e.type, e.actor.code, e.recipient.code, e.future)
        for e in _events("Баку выполнит все обязательства перед Анкарой.")
    ]
    assert ("AGREE", "AZEGOV", "TURGOV", True) in got, got


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Анкара готова провести у себя учения НАТО.", "TURGOV"),
        ("Пекин готов принять у себя следующие учения ШОС.", "CHNGOV"),
    ],
)
def test_a_state_subject_beats_the_drill_s_organisation(text, actor):
    assert _counted(text)[("AGREE", actor, None)] == 1


def test_an_organisation_s_drills_done_by_two_states_stay_the_organisation_s():
    assert _counted("Казахстан и Киргизия провели учения ОДКБ.")[("COOPERATE", "IGOCSTO", None)] == 1


def test_a_joint_patrol_in_the_plain_future_is_cooperation_ahead():
    got = [(e.type, e.future) for e in _events("Российские и китайские военные проведут совместное патрулирование.")]
    assert got and all(g == ("COOPERATE", True) for g in got), got
    agreed = _counted("Россия и Китай договорились провести совместное патрулирование.")
    assert any(t == "AGREE" for t, _a, _r in agreed), agreed


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Генсек НАТО осудил поставку, заявив, что Иран вооружает Россию.", "IGONATO", "IRN"),
        ("МИД Азербайджана осудил сделку, заявив, что Франция вооружает Армению.", "AZEGOV", "FRA"),
    ],
)
def test_a_condemnation_takes_the_subject_of_its_converb_s_clause(text, actor, target):
    assert _counted(text)[("ACCUSE", actor, target)] == 1


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Президенты Казахстана и Монголии провели переговоры в Астане. «Сегодня мы договорились о расширении "
            "торговли», — заявил президент Монголии Ухнаагийн Хурэлсух.",
            "MNG",
        ),
        (
            "Президенты Казахстана и Монголии провели переговоры в Астане. «Сегодня мы договорились о расширении "
            "торговли», — заявил президент Казахстана Касым-Жомарт Токаев.",
            "KAZ",
        ),
    ],
)
def test_we_in_one_speaker_s_quote_is_the_speaker_s_side(text, actor):
    got = [e for e in _events(text) if e.type == "AGREE"]
    assert got and got[0].actor.country == actor, [(e.actor, e.recipient) for e in got]


def test_the_act_an_accusation_names_stays_alleged_when_told_as_alleged():
    text = (
        "Минобороны Азербайджана обвинило армянских военных в обстреле азербайджанских позиций. По версии "
        "азербайджанского военного ведомства, армянские подразделения якобы открыли огонь ночью."
    )
    got = [(e.actor.code, e.recipient.code, e.hypothetical) for e in _events(text) if e.type == "ASSAULT"]
    assert got and all(h for _a, _r, h in got), got


@pytest.mark.parametrize(
    ("text", "actor", "accused"),
    [
        ("«Бухарест все активнее встраивается в антироссийскую кампанию», — сказала Мария Захарова.", "RUSGOV", "ROU"),
        ("«Вильнюс проводит русофобскую политику», — заявил МИД России.", "RUSGOV", "LTU"),
    ],
)
def test_a_negative_label_on_a_party_s_act_in_a_quote_is_an_accusation(text, actor, accused):
    got = _counted(text)
    assert any(t == "ACCUSE" and a == actor and r and r.startswith(accused) for (t, a, r) in got), got


def test_a_negative_label_of_one_s_own_side_is_no_accusation():
    got = _counted("«Москва не будет участвовать в антироссийской кампании», — сказала Мария Захарова.")
    assert not any(t == "ACCUSE" for t, _a, _r in got), got


def test_a_recalled_act_is_not_merged_with_the_news_between_the_same_parties():
    text = (
        "Франция передала Армении первую партию гаубиц. Министр обороны Армении поблагодарил Париж. "
        "Напомним, ранее Франция уже передала Армении бронемашины."
    )
    assert _counted(text)[("AID", "FRA", "ARM")] == 2


def test_fire_opened_with_no_target_takes_the_other_side_of_the_clash_told_before():
    text = (
        "Вооруженные силы Индии обвинили пакистанских военных в обстреле индийских постов. Пострадавших нет. "
        "Представитель пакистанской стороны отверг обвинения. По его словам, огонь первыми открыли индийские военные."
    )
    got = _counted(text)
    assert got[("ASSAULT", "INDMIL", "PAKMIL")] == 1, got


def test_a_joint_raid_ahead_is_cooperation_and_a_police_raid_is_none():
    got = [
        (e.type, e.actor.code, e.recipient.code, e.future)
        for e in _events("Казахские и узбекские пограничники проведут совместный рейд.")
    ]
    assert ("COOPERATE", "KAZMIL", "UZBMIL", True) in got, got
    assert not _events("Полиция провела рейд в общежитии.")


@pytest.mark.parametrize(
    ("text", "supplier", "receiver"),
    [("Франция поставит Армении САУ CAESAR.", "FRA", "ARM"), ("Германия передаст Украине РСЗО MARS.", "DEU", "UKR")],
)
def test_self_propelled_guns_and_rocket_launchers_are_supplies(text, supplier, receiver):
    got = [(e.type, e.actor.code, e.recipient.code) for e in _events(text)]
    assert ("AGREE", supplier, receiver) in got, got


def test_they_in_a_charge_stands_for_the_plural_party_of_the_sentence_before():
    text = (
        "МИД Эстонии объявил персонами нон грата двух сотрудников посольства России. По версии эстонской стороны, "
        "они вели деятельность, несовместимую с дипломатическим статусом."
    )
    got = _counted(text)
    assert any(t == "ACCUSE" and a.startswith("EST") and r == "RUSGOV" for (t, a, r) in got), got
