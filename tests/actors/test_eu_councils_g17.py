"""The two councils of the European Union are two bodies: the Council of the
European Union (the member states' ministers, "the EU Council") is not the
European Council (their heads of state or government); both are the EU's."""

import pytest


def _names(nlp, text):
    return {m.text: (m.name, m.code) for m in nlp(text)._.mentions}


@pytest.mark.parametrize(
    "text, said, name",
    [
        (
            "The Council of the European Union adopted the package on Monday.",
            "The Council of the European Union",
            "Council of the European Union",
        ),
        (
            "Ministers met at the EU Council in Luxembourg on Tuesday.",
            "the EU Council",
            "Council of the European Union",
        ),
        ("The European Council will meet in Brussels in June.", "The European Council", "European Council"),
    ],
)
def test_each_council_keeps_its_name(nlp, text, said, name):
    assert _names(nlp, text)[said] == (name, "IGOEU")
