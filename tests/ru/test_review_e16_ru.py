"""Review of round E, Russian rules: a negative label charges the owner of the
labelled thing or one who joins in it, never one who opposes it (accord.ru.charges);
«содействовать» offers mediation only of talks; a closure for a neutral cause is no sanction;
a growing presence is a charge only where it is military."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _accused(text):
    from accord.ru.extract import extract_text

    *_, events = extract_text(text, "2026-09-01")
    return {(e.recipient.code if e.recipient else None) for e in events if e.type == "ACCUSE"}


def test_opposing_the_labelled_thing_is_no_charge_of_the_opponent():
    accused = _accused("«Венгрия выступает против антироссийских санкций Евросоюза», — заявил министр Сергей Лавров.")
    assert not any(c and c.startswith("HUN") for c in accused), accused


def test_the_owner_of_the_labelled_thing_is_charged():
    accused = _accused("«Это антироссийские санкции Евросоюза», — заявил министр иностранных дел России Сергей Лавров.")
    assert "IGOEU" in accused, accused


def test_joining_the_labelled_thing_charges_the_joiner():
    accused = _accused(
        "«Литва продолжает антироссийскую политику», — заявил министр иностранных дел России Сергей Лавров."
    )
    assert any(c and c.startswith("LTU") for c in accused), accused


def _types(text):
    from accord.ru.extract import extract_text

    *_, events = extract_text(text, "2026-09-01")
    return {e.type for e in events}


def test_helping_trade_is_no_offer_to_mediate():
    assert "AGREE" not in _types(
        "Россия будет содействовать развитию торговли с Казахстаном, заявил министр Максим Решетников."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Москва готова содействовать диалогу между Баку и Ереваном, заявил Сергей Лавров.",
        "Казахстан готов содействовать урегулированию конфликта, сообщил МИД Казахстана.",
    ],
)
def test_an_offer_to_help_talks_is_an_offer_to_mediate(text):
    assert "AGREE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан закрыл пункт пропуска на границе с Китаем на ремонт до конца месяца, сообщили в погранслужбе.",
        "Узбекистан временно закрыл погранпереход на границе с Афганистаном из-за паводка.",
    ],
)
def test_a_closure_for_a_neutral_cause_is_no_sanction(text):
    assert "SANCTION" not in _types(text)


def test_a_closure_after_an_attack_is_a_sanction():
    assert "SANCTION" in _types(
        "Пакистан закрыл пункт пропуска на границе с Афганистаном после обстрела, сообщили в МИД Пакистана."
    )


def _accusations(text):
    from accord.ru.extract import extract_text

    *_, events = extract_text(text, "2026-09-01")
    return {
        (e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
        for e in events
        if e.type == "ACCUSE"
    }


def test_a_market_presence_is_no_military_build_up():
    assert not _accusations(
        "«Китай наращивает присутствие на рынке Африки», – сказал министр иностранных дел России Сергей Лавров."
    )


def test_a_military_presence_grown_is_charged():
    accused = _accusations(
        "«НАТО наращивает военное присутствие у наших границ», – заявил министр иностранных дел России Сергей Лавров."
    )
    assert ("RUSGOV", "IGONATO") in accused, accused
