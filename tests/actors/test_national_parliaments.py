"""A parliament whose name only one state gives it (Mazhilis, Jogorku Kenesh,
Oliy Majlis, Majlisi Oli, Milli Majlis) is that state's, as the State Duma is
Russia's; its members take its state."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,start,code",
    [
        ("Deputy of the Mazhilis Aigul Kuspan said the reservists would be trained.", "Deputy", "KAZLEG"),
        ("The Jogorku Kenesh passed the bill on private military companies.", "The Jogorku", "KGZLEG"),
        ("The Oliy Majlis approved the agreement with Tajikistan.", "The Oliy", "UZBLEG"),
        (
            "Member of the Milli Majlis Committee on Defence, Security and Combating Corruption Elnur Hasanov "
            "believes that demining should become a priority.",
            "Member",
            "AZELEG",
        ),
    ],
)
def test_a_parliament_named_as_only_one_state_names_it_is_that_states(nlp, text, start, code):
    doc = nlp(text)
    assert next(m.code for m in doc._.mentions if m.text.startswith(start)) == code
