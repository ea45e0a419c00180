"""An international body named again by a bloc noun, capitalised as
translated press writes it ("the Organization", "the Alliance"), is that
body; an armed group's translated alias that is such a noun names no group."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,again,code",
    [
        (
            "The CSTO summit opened in Minsk. The Organization condemned the attack on Tajikistan.",
            "The Organization",
            "IGOCSTO",
        ),
        (
            "The Collective Security Treaty Organization will allocate funds to Tajikistan. "
            "The Organization will also send instructors.",
            "The Organization",
            "IGOCSTO",
        ),
        (
            "The SCO summit opened in Astana. The Organisation welcomed Iran as a full member.",
            "The Organisation",
            "IGOSCO",
        ),
        ("NATO leaders met in Vilnius. Moscow accused the Alliance of provoking tensions.", "the Alliance", "IGONATO"),
    ],
)
def test_a_capitalised_bloc_noun_is_the_body_named_before(nlp, text, again, code):
    doc = nlp(text)
    assert next(m.code for m in doc._.mentions if m.text == again) == code


def test_a_capitalised_bloc_noun_with_no_body_before_is_no_group(nlp):
    doc = nlp("Officials said the Organization would meet in Geneva next week.")
    assert all(m.code is None or not m.code.endswith("REB") for m in doc._.mentions)


def test_a_group_alias_that_is_a_common_noun_is_not_in_the_lexicon():
    from accord.actors.lexicon import get_lexicon

    lex = get_lexicon()
    assert all(e.type != "group" for e in lex.table.get("organization", []))
    assert any(e.type == "group" for e in lex.table.get("tanzim", []))
