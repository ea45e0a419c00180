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


def _triples(events):
    return {(e.type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events}


@pytest.mark.parametrize(
    "text,triple",
    [
        ("В Кремле назвали заявление грузинского премьера провокационным.", ("ACCUSE", "RUSGOV", "GEOGOV")),
        ("Молдавия заморозила в апреле участие в СНГ.", ("SANCTION", "MDA", "IGOCIS")),
        ("МИД Армении отверг претензии Баку.", ("REJECT", "ARMGOV", "AZEGOV")),
        ("МИД Грузии заявил протест Баку.", ("ACCUSE", "GEOGOV", "AZEGOV")),
        ("Следующее учение Россия и Китай проведут в мае.", ("AGREE", "RUS", "CHN")),
        ("Казахстанские пограничники ликвидировали двух боевиков.", ("ASSAULT", "KAZMIL", None)),
        ("Польша закрыла границу с Литвой.", ("SANCTION", "POL", "LTU")),
        ("Сотрудники полиции Киргизии задержали трех граждан.", ("COERCE", "KGZCOP", None)),
        ("Вооруженные силы Армении и Ирана завершили совместные учения.", ("COOPERATE", "ARMMIL", "IRNMIL")),
    ],
)
def test_event_rules_of_agency_copy(text, triple):
    *_r, events = _run(text)
    assert triple in _triples(events), _triples(events)


def test_each_coordinated_recipient_is_an_event():
    *_r, events = _run("Президент Латвии обвинил Минск и Москву в провокациях.")
    assert {("ACCUSE", "LVAGOV", "BLRGOV"), ("ACCUSE", "LVAGOV", "RUSGOV")} <= _triples(events), _triples(events)


def test_relative_pronoun_is_the_noun_it_agrees_with():
    text = "Британия ввела санкции против казахской компании, которую в Лондоне подозревают в поставках оружия."
    *_r, events = _run(text)
    assert {("SANCTION", "GBR", "KAZ"), ("ACCUSE", "GBRGOV", "KAZ")} <= _triples(events), _triples(events)


def test_a_place_name_in_quotes_after_a_noun_is_a_title():
    *_r, events = _run("Напомним, учение «Запад» прошло в прошлом году.")
    assert not events, _triples(events)
