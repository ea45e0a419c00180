"""Russian rules added after the dev-7 sample (issue #19): names that no
list holds, epithet and statement speakers, quotes across paragraphs, on
sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2026-06-01"):
    from accord.ru.extract import extract_text

    return extract_text(text, published)


def _said(quotes):
    return {(q.text, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None) for q in quotes}


def test_a_name_in_an_oblique_case_is_named_in_the_nominative():
    text = (
        "Переговоры прошли с послом Ирана Хосейном Моради. По мнению политолога Бахтияра Джумабекова, сроки сорвутся."
    )
    mentions, _c, quotes, _e = _run(text)
    names = {m.name for m in mentions}
    assert "Bakhtiyar Jumabekov" in names, names
    assert [q.speaker.name for q in quotes if "сроки" in q.text] == ["Bakhtiyar Jumabekov"], _said(quotes)


def test_a_chinese_speaker_is_named_in_pinyin():
    text = "Официальный представитель МИД КНР Мао Нин заявила, что Пекин выступает за диалог."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Mao Ning"], _said(quotes)


def test_an_epithet_object_of_a_citing_verb_is_the_person_named_before():
    text = (
        "Депутат парламента Айгуль Сатыбалдиева выступила в среду. "
        "«Бюджет нужно пересмотреть», — цитирует депутата агентство «Кабар»."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Aigul Satybaldiyeva"], _said(quotes)


def test_a_quote_across_paragraphs_takes_the_speaker_of_its_second_part():
    text = (
        "Эксперт Тимур Асанов оценил ситуацию. «Рынок растет.\n\n"
        "«Цены на зерно пойдут вверх уже осенью», — считает эксперт."
    )
    _m, _c, quotes, _e = _run(text)
    assert {(q.text, q.speaker.name) for q in quotes if q.speaker} >= {
        ("Рынок растет.", "Timur Asanov"),
        ("Цены на зерно пойдут вверх уже осенью", "Timur Asanov"),
    }, _said(quotes)


def test_an_ownerless_statement_is_the_body_that_spoke_before():
    text = (
        "Пограничники задержали нарушителя, сообщили в Погранслужбе Казахстана. "
        "«У задержанного изъято оружие», — говорится в сообщении."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.country for q in quotes if "оружие" in q.text] == ["KAZ"], _said(quotes)


def test_head_of_the_ministry_is_the_minister_named_before():
    text = (
        "Министр обороны Узбекистана Шухрат Халмухамедов принял партию техники от России, сообщили в Минобороны РФ.\n\n"
        "«Это важный шаг», — сказал глава ведомства."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "важный" in q.text] == ["Shukhrat Khalmukhamedov"], _said(quotes)


def test_an_agency_passing_on_someones_words_is_no_speaker():
    text = "«Мы не допустим эскалации», — передает агентство Анадолу слова министра обороны Турции Яшара Гюлера."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Yasar Guler"], _said(quotes)


def test_a_woman_by_her_surname_is_she():
    text = "Депутат Айнура Токтосунова выступила против закона. «Это ошибка», — подчеркнула она."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "ошибка" in q.text] == ["Ainura Toktosunova"], _said(quotes)
