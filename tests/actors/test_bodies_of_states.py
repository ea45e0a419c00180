"""An unknown state body named "<body> of <Country>" is one mention coded
with the country, and an agent word that a body noun ends ("Border Guard
Service") is the body's."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,mention,code",
    [
        (
            "The State Border Committee of Belarus said it had closed two crossings.",
            "The State Border Committee of Belarus",
            "BLRMIL",
        ),
        (
            "The State Customs Committee of Uzbekistan seized 20 kg of heroin.",
            "The State Customs Committee of Uzbekistan",
            "UZBGOV",
        ),
        (
            "Officials at the Federal Migration Agency of Kyrgyzstan denied the claim.",
            "the Federal Migration Agency of Kyrgyzstan",
            "KGZGOV",
        ),
        (
            "The Investigative Committee of Russia opened a criminal case.",
            "The Investigative Committee of Russia",
            "RUSJUD",  # a state's investigators, not an NGO "committee"
        ),
        (
            "The Border Guard Service of Azerbaijan reported a shooting.",
            "The Border Guard Service of Azerbaijan",
            "AZEMIL",
        ),
    ],
)
def test_a_body_of_a_state_is_one_mention_with_its_code(nlp, text, mention, code):
    doc = nlp(text)
    assert next((m.code for m in doc._.mentions if m.text == mention), None) == code
