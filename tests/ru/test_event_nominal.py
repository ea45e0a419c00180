"""accord.ru.event_nominal on sentences of our own (natasha): a meeting told
as a noun that frames another act."""

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
        (
            "Решение о проведении маневров было принято в ходе переговоров министров обороны Казахстана и Узбекистана.",
            ("KAZMIL", "UZBMIL"),
        ),
        ("По итогам встречи Лаврова с Байрамовым был подписан план консультаций.", ("RUSGOV", "AZEGOV")),
        ("На встрече президентов России и Китая обсуждались вопросы торговли.", ("RUSGOV", "CHNGOV")),
        (
            "Во время беседы министра иностранных дел Турции с главой МИД Азербайджана обсуждалась ситуация в регионе.",
            ("TURGOV", "AZEGOV"),
        ),
        (
            "В рамках консультаций заместителей министров иностранных дел Казахстана и Китая стороны обсудили вопросы.",
            ("KAZGOV", "CHNGOV"),
        ),
    ],
)
def test_a_meeting_framing_another_act_took_place(text, want):
    assert ("CONSULT", *want) in _counted(text)


def test_a_meeting_still_ahead_is_not_coded():
    text = "В ходе предстоящих переговоров президентов Киргизии и Узбекистана планируется подписать договор."
    assert not any(t == "CONSULT" for t, _a, _r in _counted(text))


def test_a_meeting_noun_with_no_frame_is_not_coded():
    assert not _counted("Переговоры президентов Киргизии и Узбекистана были бы полезны.")


def test_talks_told_twice_are_one_meeting():
    text = (
        "Президенты Казахстана и Узбекистана провели переговоры в Ташкенте. "
        "По итогам переговоров президентов Узбекистана и Казахстана было подписано соглашение."
    )
    got = _counted(text)
    assert got[("CONSULT", "KAZGOV", "UZBGOV")] == 1 and ("CONSULT", "UZBGOV", "KAZGOV") not in got
