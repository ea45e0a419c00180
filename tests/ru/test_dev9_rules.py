"""Russian agency-copy rules added with the dev-9 sample (issue #19), on
sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2026-09-10"):
    from accord.ru.extract import extract_text

    return extract_text(text, published)


def _said(quotes):
    return {(q.text, q.speaker.name if q.speaker else None) for q in quotes}


def _counted(events):
    from accord.ru.score import triples

    return triples(events)


def test_an_act_said_to_have_happened_with_yakoby_is_no_fact():
    text = "По данным Минобороны Азербайджана, армянские военные якобы обстреляли позиции в Лачинском районе."
    _m, _c, _q, events = _run(text)
    assert not any(k[0] == "ASSAULT" for k in _counted(events)), [e.to_dict() for e in events]


def test_a_rhetorical_question_after_a_colon_is_the_speakers():
    text = (
        "Министр иностранных дел России Сергей Лавров провел переговоры в Душанбе. "
        "Лавров задался вопросом: «Кто выиграет от новой войны в регионе?»"
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "выиграет" in q.text] == ["Sergei Lavrov"], _said(quotes)


def test_a_name_hung_on_a_genitive_modifier_renames_the_role_noun():
    text = "— Мы подадим жалобу, — сказал журналистам адвокат одного из задержанных Тимур Абдыкеримов."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "жалобу" in q.text] == ["Timur Abdykerimov"], _said(quotes)


def _triples(text):
    return set(_counted(_run(text)[3]))


def test_a_nationality_colleague_takes_the_country_and_the_counterparts_sector():
    text = "Министр иностранных дел России Сергей Лавров и его киргизский коллега Жээнбек Кулубаев провели переговоры."
    assert ("CONSULT", "RUSGOV", "KGZGOV") in _triples(text)


def test_the_subject_after_an_aside_is_the_subject_of_the_verb():
    text = (
        "Министр обороны России Андрей Белоусов прибыл в Минск. Министр обороны Белоруссии Виктор Хренин "
        "встретил его в аэропорту. Как сообщает пресс-служба белорусского Минобороны, Хренин и Белоусов "
        "провели переговоры."
    )
    assert ("CONSULT", "BLRMIL", "RUSMIL") in _triples(text)


def test_keeping_the_right_to_measures_is_a_threat():
    assert ("THREATEN", "RUSGOV", None) in _triples("Москва оставляет за собой право на ответные меры.")
    assert not _triples("Министерство оставило за собой право не комментировать слухи.")


def test_refusing_to_take_part_in_a_bodys_drill_is_a_refusal_to_that_body():
    assert ("REJECT", "KGZ", "IGOCSTO") in _triples("Киргизия отказалась от участия в учениях ОДКБ.")


def test_an_adjective_and_noun_phrase_can_be_a_trigger_argument():
    assert ("AGREE", "RUS", "TJK") in _triples("Россия передаст Таджикистану партию бронированных машин.")
