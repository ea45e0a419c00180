"""A unit of a state's body named after its remit (an international body,
a region) belongs to the state, not to the body it deals with."""

import pytest

pytestmark = pytest.mark.model


def _code_of(nlp, text, start):
    doc = nlp(text)
    return next(m.code for m in doc._.mentions if m.text.startswith(start))


@pytest.mark.parametrize(
    "text,start,code",
    [
        (
            "Director of the Fourth CIS Department of the Ministry of Foreign Affairs of the Russian Federation "
            "Nikolai Smirnov met the Kyrgyz ambassador.",
            "Director",
            "RUSGOV",
        ),
        (
            "Director of the Department for NATO Affairs of the Ukrainian Ministry of Defence Oleh Petrenko "
            "criticized Moscow.",
            "Director",
            "UKRMIL",
        ),
        (
            "Deputy director of the Second Asia Department of the Chinese Foreign Ministry Li Wei met Kazakh diplomats.",
            "Deputy director",
            "CHNGOV",
        ),
        ("The head of the NATO Department of the Armenian Defence Ministry criticized Baku.", "The head", "ARMMIL"),
        (
            "The Russian Foreign Ministry's Second European Department summoned the Polish ambassador.",
            "The Russian",
            "RUSGOV",
        ),
    ],
)
def test_a_unit_named_after_an_igo_is_its_states(nlp, text, start, code):
    assert _code_of(nlp, text, start) == code


def test_a_unit_with_no_owner_named_is_left_to_the_parser(nlp):
    # no state's body owns it in the text: nothing to say it is not the CIS's own
    doc = nlp("The CIS Department issued a statement on Monday.")
    assert all(m.code != "RUSGOV" for m in doc._.mentions)
