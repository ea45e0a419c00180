"""A body "its" owns as the subject of a clause a state or body reports
("Georgia said its border police detained ...") is the reporter's; as an
object ("Turkey has reinforced its forces in northern Iraq") it stays uncoded."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,body,code",
    [
        ("Kazakhstan said its armed forces would take part in the drills.", "armed forces", "KAZMIL"),
        ("Georgia said its border police detained two Russian soldiers.", "police", "GEOCOP"),
        ("Russia says its troops repelled an attack near Kupiansk.", "troops", "RUSMIL"),
        (
            "Finland announced that its coast guard would hold joint patrols with the Estonian navy.",
            "coast guard",
            "FINMIL",
        ),
        ("Tokyo said its destroyers tracked the Chinese ships.", "destroyers", "JPNMIL"),
    ],
)
def test_a_body_its_reporter_owns_is_the_reporters(nlp, text, body, code):
    doc = nlp(text)
    assert next(m.code for m in doc._.mentions if m.text == body) == code


def test_its_forces_as_an_object_stay_uncoded(nlp):
    doc = nlp("Turkey has reinforced its forces in northern Iraq.")
    assert next(m.code for m in doc._.mentions if m.text == "forces") is None
