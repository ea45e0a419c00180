"""An apposition's role that serves a named person ("NAME, an aide to
President Ilham Aliyev,") gives the name that person's state; two named
people in a row are still a list, not an apposition."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,name,code",
    [
        (
            "Hikmet Hajiyev, an aide to President Ilham Aliyev, said Armenian forces had fired rockets.",
            "Hikmet Hajiyev",
            "AZEGOV",
        ),
        (
            "Yuri Ushakov, an adviser to President Vladimir Putin, said the talks would continue.",
            "Yuri Ushakov",
            "RUSGOV",
        ),
        ("John Kirby, a spokesman for President Joe Biden, criticized Beijing.", "John Kirby", "USAGOV"),
    ],
)
def test_a_role_that_serves_a_named_person_takes_that_persons_state(nlp, text, name, code):
    doc = nlp(text)
    assert next(m.code for m in doc._.mentions if m.text == name) == code


def test_a_list_of_named_people_is_no_apposition(nlp):
    doc = nlp("Biden, South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met.")
    assert next(m.country for m in doc._.mentions if m.text == "Biden") == "USA"
