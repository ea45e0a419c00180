"""A capital after "to"/"from" is a place ("flew to Dushanbe") unless the
word before addresses its government ("a message to Moscow", "demanded from
Baku", "sent a protest note to Minsk")."""

import pytest

pytestmark = pytest.mark.model


def _capital(nlp, text, name):
    return next(m for m in nlp(text)._.mentions if m.text == name)


@pytest.mark.parametrize(
    "text,name,code",
    [
        ("Warsaw sent a protest note to Minsk over the incident.", "Minsk", "BLRGOV"),
        ("The move is a signal to Beijing, the minister said.", "Beijing", "CHNGOV"),
        ("Baku demanded from Moscow an explanation of the detentions.", "Moscow", "RUSGOV"),
        ("Georgia will seek clarification from Yerevan.", "Yerevan", "ARMGOV"),
    ],
)
def test_a_capital_addressed_is_its_government(nlp, text, name, code):
    m = _capital(nlp, text, name)
    assert (m.kind, m.code) == ("state", code)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Xi flew to Dushanbe on Monday.", "Dushanbe"),
        ("The president will travel to Ankara next week.", "Ankara"),
        ("A plane returning from Baku crashed in Kazakhstan.", "Baku"),
    ],
)
def test_a_capital_one_goes_to_or_comes_from_is_a_place(nlp, text, name):
    assert _capital(nlp, text, name).kind == "location"
