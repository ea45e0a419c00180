"""Russian agency-copy rules added with the dev-11 sample, on sentences of
our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2026-12-01"):
    from accord.ru.extract import extract_text

    return extract_text(text, published)


def _counted(events):
    from accord.ru.score import triples

    return triples(events)


def test_a_pair_of_capitals_after_an_according_to_aside_is_the_subject():
    # the parser hangs «Бишкек и Астана» on the speaker's name and reads «Астана» as an accusative
    text = (
        "По словам министра обороны Киргизии генерал-майора Бактыбека Бекболотова, "
        "Бишкек и Астана в будущем году проведут учения на киргизской территории."
    )
    *_, events = _run(text)
    assert ("AGREE", "KGZGOV", "KAZGOV") in _counted(events)


def test_a_time_after_v_is_no_place_that_speaks():
    # a plural verb without a subject: «в Бишкеке отвергли» has the place speak, «в следующем году» is a time
    from spacy.tokens import Doc

    from accord.ru.doc import blank
    from accord.ru.event_subjects import time_noun as _time_noun

    doc = Doc(
        blank().vocab, words=["в", "году", "в", "мае", "в", "Бишкеке"], lemmas=["в", "год", "в", "май", "в", "бишкек"]
    )
    assert [_time_noun(t) for t in doc] == [False, True, False, True, False, False]


def test_the_authorities_of_a_state_are_its_government():
    *_, events = _run("МИД Киргизии отверг обвинения властей Таджикистана.")
    assert ("REJECT", "KGZGOV", "TJKGOV") in _counted(events)


def test_a_summoned_ambassador_is_his_states_government():
    *_, events = _run("МИД Грузии вызвал посла Армении и вручил ему ноту протеста.")
    assert ("ACCUSE", "GEOGOV", "ARMGOV") in _counted(events)


def test_turning_to_a_body_with_a_request_is_a_request():
    *_, events = _run("Бишкек обратился к ОДКБ с просьбой направить миротворцев.")
    assert ("REQUEST", "KGZGOV", "IGOCSTO") in _counted(events)


def test_the_bare_sides_agreeing_is_an_act_with_no_named_party():
    *_, events = _run(
        "Киргизия и Казахстан подписали соглашение о транзите. Стороны договорились о новой встрече в мае."
    )
    assert ("AGREE", None, None) in _counted(events)


def test_the_sides_discussing_after_the_talks_are_told_is_those_talks():
    text = "Министры Киргизии и Казахстана провели переговоры в Бишкеке. Стороны также обсудили ситуацию в регионе."
    *_, events = _run(text)
    assert ("CONSULT", None, None) not in _counted(events)


def test_the_space_station_is_a_place():
    mentions, *_ = _run("Экипаж МКС вернулся на Землю.")
    assert any(m.text == "МКС" and m.kind == "location" for m in mentions)


def test_the_white_house_is_a_body_and_voice_of_america_a_medium():
    mentions, *_ = _run("В интервью «Голосу Америки» он сказал, что Белый дом принял решение.")
    kinds = {m.text: (m.kind, m.code) for m in mentions}
    assert kinds["Белый дом"] == ("org", "USAGOV")
    assert kinds["Голосу Америки"] == ("org", "USAMED")


def test_sending_instructors_is_military_aid_and_a_promise_in_the_future():
    *_, events = _run("Россия направила в Киргизию военных инструкторов.")
    assert ("AID", "RUS", "KGZ") in _counted(events)
    *_, events = _run("В будущем году Турция направит в Азербайджан инструкторов.")
    assert ("AGREE", "TUR", "AZE") in _counted(events)


def test_the_imperfective_of_widening_cooperation_is_a_trigger():
    *_, events = _run("Киргизия будет расширять сотрудничество с Казахстаном.")
    assert ("AGREE", "KGZ", "KAZ") in _counted(events)
