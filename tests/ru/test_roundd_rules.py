"""Round D rules of accord.ru.events on sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2026-09-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return triples(events)


@pytest.mark.parametrize(
    ("text", "actor", "partner"),
    [
        ("Меморандум о взаимопонимании с Грузией был подписан в среду, сообщили в МИД Армении.", "ARMGOV", "GEO"),
        (
            "Как сообщает пресс-служба Минобороны Белоруссии, план военного сотрудничества с Китаем на 2027 год подписан.",
            "BLRMIL",
            "CHN",
        ),
        (
            "Министерство обороны Казахстана сообщило, что соглашение о сотрудничестве с Узбекистаном подписано в Ташкенте.",
            "KAZMIL",
            "UZB",
        ),
    ],
)
def test_a_joint_act_signed_in_the_passive_is_the_reporting_body_s_with_its_partner(text, actor, partner):
    got = _counted(text)
    assert any(a == actor and r == partner for _t, a, r in got), got


@pytest.mark.parametrize(
    ("text", "supplier", "receiver"),
    [
        (
            "Армения и Индия подписали контракт на поставку армянской армии дополнительных зенитных ракетных комплексов.",
            "IND",
            "ARM",
        ),
        (
            "Казахстан и Турция подписали соглашение о поставках казахстанской армии бронетехники, "
            "сообщило Минобороны Казахстана.",
            "TUR",
            "KAZ",
        ),
        ("Узбекистан и Туркмения подписали соглашение о поставках газа Узбекистану.", "TKM", "UZB"),
    ],
)
def test_a_contract_to_deliver_to_one_signatory_is_the_other_s_promise(text, supplier, receiver):
    from accord.ru.extract import extract_text

    *_, events = extract_text(text, "2026-09-01")
    got = [(e.type, e.actor.code, e.recipient.code, e.future) for e in events if e.actor and e.recipient]
    assert ("AGREE", supplier, receiver, True) in got, got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Армения и Индия подписали план военного сотрудничества. "
            "Поставки зенитных комплексов Армении начнутся в 2027 году.",
            ("AGREE", "IND", "ARM"),
        ),
        (
            "Как сообщили в Минобороны Белоруссии, поставки вооружений Казахстану начались в прошлом месяце.",
            ("AID", "BLRMIL", "KAZ"),
        ),
        (
            "Таджикистан и Россия подписали соглашение о военном сотрудничестве. "
            "Поставки вооружений Таджикистану начнутся в следующем году.",
            ("AGREE", "RUS", "TJK"),
        ),
    ],
)
def test_a_delivery_told_as_the_subject_of_a_phase_verb_has_its_supplier(text, triple):
    got = _counted(text)
    assert triple in got, got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Как сообщили в пресс-службе ОДКБ, активная фаза учений продлится до 19 сентября. "
            "В следующем году аналогичные маневры пройдут в Киргизии.",
            ("AGREE", "IGOCSTO", "KGZ"),
        ),
        (
            "По данным пресс-службы Минобороны России, в следующем году совместные учения пройдут в Белоруссии.",
            ("AGREE", "RUSMIL", "BLR"),
        ),
        (
            "Как сообщили в пресс-службе ОДКБ, следующие совместные учения пройдут в Таджикистане.",
            ("AGREE", "IGOCSTO", "TJK"),
        ),
    ],
)
def test_drills_ahead_in_a_host_state_are_the_reporter_s_promise_to_the_host(text, triple):
    got = _counted(text)
    assert triple in got, got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("«Это очередная провокация Минска», — заявил министр иностранных дел Польши.", ("ACCUSE", "POLGOV", "BLRGOV")),
        ("«Мы имеем дело с откровенной ложью Киева», — заявила Захарова.", ("ACCUSE", "RUSGOV", "UKRGOV")),
        (
            "По словам Байрамова, заявления Еревана — это дезинформация армянской стороны.",
            ("ACCUSE", "AZEGOV", "ARM"),
        ),
    ],
)
def test_a_reproach_told_as_a_noun_with_its_doer_is_the_speaker_s_charge(text, triple):
    got = _counted(text)
    assert triple in got, got


def test_a_denied_reproach_noun_is_no_charge():
    got = _counted("«Это не агрессия России, а ответ на действия НАТО», — сказал Песков.")
    assert not any(t == "ACCUSE" for t, _a, _r in got), got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Гражданину Латвии отказано во въезде в Россию, сообщили в пресс-службе ФСБ.",
            ("SANCTION", "RUSSPY", "LVA"),
        ),
        ("Как сообщили в МИД Польши, белорусским чиновникам отказано в визах.", ("SANCTION", "POLGOV", "BLRGOV")),
        ("Власти Литвы отказывают гражданам Белоруссии во въезде.", ("SANCTION", "LTUGOV", "BLR")),
    ],
)
def test_entry_or_visas_refused_is_a_ban_of_the_refusing_side(text, triple):
    got = _counted(text)
    assert triple in got, got
