"""Round E: a body named as a unit "of the Organization" / "of the Alliance"
belongs to the international body named before (actors.bodies; needs the model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _codes(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return {m.text: m.code for m in rec.mentions}


@pytest.mark.parametrize(
    "text,unit,code",
    [
        (
            "The CSTO held drills in Kyrgyzstan. Later the peacekeeping forces of the Organization were sent home.",
            "the peacekeeping forces of the Organization",
            "IGOCSTO",
        ),
        (
            "NATO announced new drills on Monday. The air units of the Alliance will train in Poland.",
            "The air units of the Alliance",
            "IGONATO",
        ),
    ],
)
def test_a_unit_of_the_body_named_before(text, unit, code):
    codes = _codes(text)
    assert codes.get(unit) == code, codes


def test_no_body_named_before_leaves_the_unit_uncoded():
    codes = _codes("The ministers met in Brussels. The forces of the organization were sent to the border.")
    assert not any(c and c.startswith("IGO") for c in codes.values()), codes
