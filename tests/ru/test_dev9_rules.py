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
