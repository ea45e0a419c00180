"""Russian agency-copy rules added with the dev-2 sample (issue #19), on
sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2025-05-20"):
    from accord.ru.extract import extract_text

    return extract_text(text, published)


def _said(quotes):
    return {(q.text, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None) for q in quotes}


def test_converb_cue_takes_the_subject_of_its_verb():
    _m, _c, quotes, _e = _run(
        "Министр обороны Армении Сурен Папикян отверг обвинения, заявив, что армия соблюдает перемирие."
    )
    assert any(q.text.startswith("армия соблюдает") and q.speaker.country == "ARM" for q in quotes), _said(quotes)


def test_not_excluded_is_a_cue_and_an_inverted_speaker_follows_it():
    text = "Если переговоры сорвутся, Ереван может отозвать посла, не исключил вице-спикер парламента Армении Рубен Рубинян."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "отозвать посла" in q.text] == ["Ruben Rubinyan"], _said(quotes)


def test_agency_as_addressee_and_the_place_of_the_body_parsed_elsewhere():
    text = "Пограничники задержали двух нарушителей, сообщили «Интерфаксу» в Пограничной службе Киргизии."
    _m, _c, quotes, _e = _run(text)
    q = [q for q in quotes if q.text.startswith("Пограничники задержали")]
    assert q and q[0].speaker.country == "KGZ", _said(quotes)


def test_bare_acronym_body_and_vedomstvo_take_the_country_named_before():
    text = (
        "Об инциденте сообщили в Государственном комитете национальной безопасности Киргизии. "
        "Как отметили в ГКНБ, нарушители были вооружены. В ведомстве утверждают, что это контрабандисты."
    )
    _m, _c, quotes, _e = _run(text)
    got = {q.text[:12]: q.speaker.country for q in quotes if q.speaker}
    assert got.get("нарушители б") == "KGZ" and got.get("это контраба") == "KGZ", got


def test_a_cue_never_quotes_itself():
    text = "Командование базы привело войска в готовность, сообщили в Министерстве обороны России."
    _m, _c, quotes, _e = _run(text)
    assert all("сообщили" not in q.text for q in quotes), _said(quotes)
    text = "Министерство иностранных дел России заявило протест Варшаве, говорится в сообщении ведомства."
    _m, _c, quotes, _e = _run(text)
    assert all("говорится" not in q.text for q in quotes), _said(quotes)
