"""The body a title is "of" ("head of the EU Monitoring Mission in Georgia
NAME", "Director of the Fourth CIS Department ... NAME") may be named again
by a definite noun ("the mission", "the department", "the force"), which
takes the titled person's state or organisation."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,again,code",
    [
        (
            "The head of the European Union Monitoring Mission in Georgia Karl-Heinrich Lindqvist spoke to "
            'reporters. "The mission\'s patrols were in the area within an hour," he said.',
            "The mission",
            "IGOEU",
        ),
        (
            "Commander of the CSTO Collective Rapid Reaction Force Andrei Serdyukov arrived in Almaty. "
            "The force will leave Kazakhstan next week.",
            "The force",
            "IGOCSTO",
        ),
        (
            "Head of the Russian delegation Sergei Ryabkov met US officials. The delegation rejected the proposals.",
            "The delegation",
            "RUSGOV",
        ),
        (
            "Director of the Fourth CIS Department of the Russian Foreign Ministry Nikolai Smirnov criticized "
            "Yerevan. The department said the decision was a mistake.",
            "The department",
            "RUSGOV",
        ),
        (
            'Secretary General of the CSTO Talgat Ermekbayev said: "The border is the southern border of the '
            'entire Organization."',
            "Organization",
            "IGOCSTO",
        ),
    ],
)
def test_a_body_a_title_is_of_is_named_again(nlp, text, again, code):
    doc = nlp(text)
    assert next(m.code for m in doc._.mentions if m.text == again) == code


def test_a_definite_noun_no_title_names_stays_no_mention(nlp):
    doc = nlp("Head of the Russian delegation Sergei Ryabkov met US officials. The force was not discussed.")
    assert all(m.text != "The force" or m.code is None for m in doc._.mentions)
