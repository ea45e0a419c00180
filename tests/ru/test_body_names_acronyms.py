"""One acronym rule for the actor layer and the quote sources
(accord.ru.body_names.abbreviates; natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _doc(text):
    from accord.ru import analyze

    return analyze(text)


@pytest.mark.parametrize(
    "text,n,short,expected",
    [
        ("Служба национальной безопасности задержала двоих.", 3, "СНБ", True),
        ("Служба национальной безопасности Армении задержала двоих.", 4, "СНБ", True),  # before the owner's name
        ("Совет национальной безопасности и обороны провел заседание.", 5, "СНБО", True),
        ("Совет национальной безопасности и обороны провел заседание.", 5, "СНБ", False),  # another body's initials
    ],
)
def test_abbreviates(text, n, short, expected):
    from accord.ru.body_names import abbreviates

    assert abbreviates(_doc(text), 0, n, short) is expected
