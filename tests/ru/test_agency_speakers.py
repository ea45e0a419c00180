"""Speakers' names in the genitive after «по словам» / «по мнению» and a
title, on sentences of our own (natasha): the English name is the
nominative's, also where the tagger reads an unknown given name as a
nominative; a quote run on into the next paragraphs keeps its speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _speakers(text):
    from accord.ru.extract import extract_text

    _m, _c, quotes, _e = extract_text(text, "2025-03-01")
    return [q.speaker.name for q in quotes if q.speaker is not None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "По мнению министра иностранных дел Киргизии Жээнбека Кулубаева, ситуация на границе остается напряженной.",
            "Jeenbek Kulubaev",
        ),
        (
            "По словам официального представителя МИД Казахстана Айбека Смадиярова, Астана не получала такого запроса.",
            "Aibek Smadiyarov",
        ),
        ("По словам главы МИД Узбекистана Бахтиёра Саидова, Ташкент готов к диалогу.", "Bakhtiyor Saidov"),
        ("По словам депутата парламента Киргизии Айгуль Сариевой, закон будет принят осенью.", "Aigul Sariyeva"),
    ],
)
def test_a_genitive_speaker_is_named_in_the_nominative(text, name):
    assert name in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Узбекистана Шавкат Мирзиёев заявил: «Мы готовы к сотрудничеству.\n\n«Наша страна открыта для инвестиций».",
        "Глава МИД Казахстана Мурат Нуртлеу отметил: «Казахстан выступает за диалог.\n\n«Мы готовы содействовать переговорам».",
        "Министр обороны Армении Сурен Папикян подчеркнул: «Мы не хотим войны.\n\n«Но мы будем защищать нашу землю.\n\n"
        "«Армия готова к любому развитию событий».",
    ],
)
def test_a_quote_run_on_into_the_next_paragraphs_keeps_its_speaker(text):
    from accord.ru.extract import extract_text

    _m, _c, quotes, _e = extract_text(text, "2025-03-01")
    paragraphs = text.count("\n\n") + 1
    assert len([q for q in quotes if q.speaker is not None and q.speaker.name]) == paragraphs


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Согласно сообщению МИД Азербайджана, выслан сотрудник посольства Ирана.", "AZEGOV"),
        ("Согласно информации МВД Киргизии, задержаны трое граждан Таджикистана.", "KGZCOP"),
        ("По сообщению пресс-службы Минобороны Казахстана, учения завершились успешно.", "KAZMIL"),
    ],
)
def test_a_report_after_soglasno_or_po_soobshcheniyu_is_the_body_s(text, code):
    from accord.ru.extract import extract_text

    _m, _c, quotes, _e = extract_text(text, "2025-03-01")
    assert any(q.speaker is not None and q.speaker.code == code for q in quotes)


def test_an_agency_s_report_has_no_speaker():
    from accord.ru.extract import extract_text

    _m, _c, quotes, _e = extract_text("По сообщению ТАСС, переговоры завершились в Москве.", "2025-03-01")
    assert not [q for q in quotes if q.speaker is not None]
