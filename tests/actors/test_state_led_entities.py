"""An organisation's name the parser found, led by a state's adjective
("the Indian Space Research Organization"), is that state's body; a city
or region inside an organisation's name leaves its state to it."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,start,country",
    [
        ("The United States imposed sanctions against the Indian Space Research Organization.", "the Indian", "IND"),
        ("The Iranian Atomic Energy Organization said it would expand enrichment.", "The Iranian", "IRN"),
        ("The Pakistani Civil Aviation Authority suspended flights to Kabul.", "The Pakistani", "PAK"),
        ("The Kachin Independence Organization attacked an army post.", "The Kachin", "MMR"),
    ],
)
def test_a_state_led_organisation_is_the_states(nlp, text, start, country):
    doc = nlp(text)
    m = next(m for m in doc._.mentions if m.text.startswith(start))
    assert m.country == country and m.kind == "org" and m.text.endswith(("Organization", "Authority"))
