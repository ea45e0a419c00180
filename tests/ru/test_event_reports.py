"""accord.ru.event_reports on sentences of our own (natasha): the doer of
an agentless act is the institution that reports it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2025-03-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return triples(events)


def test_arrests_in_the_passive_are_the_reporting_service_s():
    got = _counted(
        "На таджикско-афганской границе задержаны 14 контрабандистов, сообщили в пресс-службе ГКНБ Таджикистана."
    )
    assert ("COERCE", "TJKSPY", None) in got


def test_a_report_introduced_with_kak_soobshchili_gives_the_doer():
    got = _counted("Как сообщили в МВД Узбекистана, задержаны пятеро граждан Афганистана.")
    assert ("COERCE", "UZBCOP", "AFG") in got


def test_a_case_opened_in_the_passive_is_the_prosecutors():
    got = _counted(
        "В отношении двух граждан Армении возбуждено уголовное дело, сообщили в Генпрокуратуре Азербайджана."
    )
    assert any(a == "AZEJUD" and r == "ARM" for _t, a, r in got)


def test_funds_allotted_in_the_passive_are_the_reporting_embassy_s():
    got = _counted("На ремонт школ были выделены средства из бюджета России, сообщили в посольстве РФ в Бишкеке.")
    assert ("AID", "RUSGOV", None) in got  # an embassy is its government's (round C)


def test_an_act_in_another_state_is_not_the_reporter_s():
    got = _counted("В Киргизии задержаны трое граждан Таджикистана, сообщили в МИД Таджикистана.")
    assert not any(a == "TJKGOV" for _t, a, _r in got)


def test_a_person_s_report_of_arrests_does_not_make_him_the_doer():
    got = _counted("Задержаны трое нарушителей границы, сообщил глава ГКНБ Киргизии Камчыбек Ташиев.")
    assert not got


def test_a_bare_role_in_a_ministry_report_is_of_its_country():
    got = _counted("Как сообщает пресс-служба Минобороны Казахстана, военнослужащие приняли участие в учениях ОДКБ.")
    assert ("COOPERATE", "KAZMIL", "IGOCSTO") in got
    got = _counted("Пограничники задержали трех нарушителей границы, сообщили в ГКНБ Киргизии.")
    assert ("COERCE", "KGZMIL", None) in got


def test_the_patient_of_a_passive_arrest_is_its_recipient():
    got = _counted("Пограничниками Киргизии задержаны трое граждан Таджикистана.")
    assert ("COERCE", "KGZMIL", "TJK") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Как заявили в пограничных войсках ГКНБ Таджикистана, провокацию устроила киргизская сторона.",
            ("TJKMIL", "KGZ"),
        ),
        (
            "«Провокацию на границе устроили азербайджанские военные», — заявил министр обороны Армении Сурен Папикян.",
            ("ARMMIL", "AZEMIL"),
        ),
        ("«Армения совершила очередную провокацию», — заявили в Минобороны Азербайджана.", ("AZEMIL", "ARM")),
    ],
)
def test_a_provocation_laid_on_another_party_in_a_report_is_a_reproach(text, want):
    assert ("ACCUSE", *want) in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В пресс-службе МЧС Казахстана сообщили, что в Узбекистан направлена гуманитарная помощь.",
            ("AID", "KAZ", "UZB"),
        ),
        (
            "Как сообщили в Минобороны России, в Таджикистан переброшены дополнительные подразделения.",
            ("MOBILIZE", "RUSMIL", None),
        ),
        (
            "По информации МВД Таджикистана, задержаны пятеро членов запрещенной организации.",
            ("COERCE", "TJKCOP", None),
        ),
        ("Задержали трех нарушителей границы, сообщили в ГКНБ Киргизии.", ("COERCE", "KGZSPY", None)),
    ],
)
def test_a_reported_act_sent_to_another_state_is_still_the_reporter_s(text, want):
    assert want in _counted(text)


def test_ministers_in_a_ministry_report_are_not_the_reporter_alone():
    got = _counted("Как сообщает пресс-служба МИД Узбекистана, министры обсудили вопросы региональной безопасности.")
    assert ("CONSULT", "UZBGOV", None) not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Гражданин Литвы задержан в Калининграде по подозрению в шпионаже, сообщили в ФСБ России.\n\n"
            "В отношении задержанного возбуждено уголовное дело.",
            ("ACCUSE", "RUSSPY", "LTU"),
        ),
        (
            "Как сообщили в ГКНБ Киргизии, в Бишкеке задержаны двое граждан Таджикистана.\n\n"
            "В отношении них возбуждено уголовное дело по статье о контрабанде.",
            ("ACCUSE", "KGZSPY", "TJK"),
        ),
        (
            "Гражданин Эстонии задержан в Псковской области, сообщила пресс-служба ФСБ. "
            "Против него возбуждено уголовное дело о шпионаже.",
            ("ACCUSE", "RUSSPY", "EST"),
        ),
    ],
)
def test_a_case_opened_after_a_reported_arrest_is_the_reporter_s_on_the_suspect_s_state(text, want):
    assert want in _counted(text)


def test_an_agentless_act_far_after_the_report_is_not_the_reporter_s():
    text = (
        "Гражданин Литвы задержан в Калининграде, сообщили в ФСБ России. Его доставили в Москву. "
        "Суд рассмотрит дело весной. Адвокат подал жалобу. Эксперты ждут решения.\n\n"
        "Возбуждено уголовное дело."
    )
    assert not [t for t in _counted(text) if t[0] == "ACCUSE"]


def test_a_named_unit_takes_the_body_after_it_where_the_parser_hung_it_elsewhere():
    got = _counted(
        "Гражданин Литвы, собиравший сведения о военных объектах Балтийского флота, задержан в Калининградской "
        "области, сообщили РИА Новости в Центре общественных связей ФСБ России."
    )
    assert ("COERCE", "RUSSPY", "LTU") in got
