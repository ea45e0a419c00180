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
