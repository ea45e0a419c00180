"""Review H quote regressions, on real parses of sentences written for these
tests: "the diplomat" is an unnamed source quoted since the named person
only when the source's own words fit the noun (a delegation, a mission, an
embassy) or the noun is a neutral one ("the source")."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, words, name",
    [
        (
            "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks with Kyiv. "
            "A source in the Russian military told TASS that the troops would stay in the region. "
            "The talks must take place in Istanbul, the diplomat stressed.",
            "must take place",
            "Sergei Lavrov",
        ),
        (
            "Foreign Minister Hakan Fidan said the border crossing would reopen next week.\n\n"
            "An official at the customs service told the agency that trucks were already lining up.\n\n"
            "Ankara expects the corridor to stay open, the diplomat added.",
            "corridor to stay open",
            "Hakan Fidan",
        ),
    ],
)
def test_the_diplomat_is_not_a_source_of_another_trade(nlp, text, words, name):
    assert one(quote_rows(nlp, text), words)[1] == name


@pytest.mark.parametrize(
    "text, words, name",
    [
        (
            "Foreign Minister Hakan Fidan said the border crossing would reopen next week.\n\n"
            "A source at the Turkish embassy in Baku told the agency that trucks were already lining up.\n\n"
            "Ankara expects the corridor to stay open, the diplomat added.",
            "corridor to stay open",
            "source at the Turkish embassy in Baku",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks with Kyiv. "
            "A source in the Russian military told TASS that the troops would stay in the region. "
            "The withdrawal is not planned, the interlocutor stressed.",
            "withdrawal is not planned",
            "source in the Russian military",
        ),
    ],
)
def test_a_fitting_or_neutral_noun_is_the_source(nlp, text, words, name):
    assert one(quote_rows(nlp, text), words)[1] == name


@pytest.mark.parametrize(
    "text, words, name, asked",
    [
        (
            "The minister said in reply to the request that Russia extradite the suspects: Moscow will not do it.",
            "Moscow will not do it",
            "minister",
            "extradite",
        ),
        (
            "A Pentagon spokesman said in response to Kyiv's request that more Patriot systems be sent, "
            "no decision has been made.",
            "no decision has been made",
            "A Pentagon spokesman",
            "Patriot",
        ),
        (
            "The ministry said in response to the request that Armenia return the prisoners, Baku has not "
            "received any such request.",
            "has not received",
            "ministry",
            "return the prisoners",
        ),
    ],
)
def test_what_a_request_asks_for_is_not_what_the_cue_says(nlp, text, words, name, asked):
    rows = quote_rows(nlp, text)
    assert one(rows, words)[1] == name and asked not in one(rows, words)[0]
    assert all(r[1] != name for r in rows if asked in r[0])


def test_a_stated_clause_on_a_request_is_still_the_cues(nlp):
    rows = quote_rows(
        nlp, "The ministry stated in response to the request of the agency that the supplies would continue."
    )
    assert one(rows, "supplies would continue")[1] == "ministry"


@pytest.mark.parametrize(
    "text, words, name",
    [
        ("The president did not hide that he wants to join NATO.", "wants to join NATO", "president"),
        ("Ukraine has never concealed that it will use Western weapons.", "use Western weapons", "Ukraine"),
        ("The minister did not conceal that Ankara was disappointed with the result.", "disappointed", "minister"),
    ],
)
def test_a_negated_verb_of_hiding_says_it_openly(nlp, text, words, name):
    assert one(quote_rows(nlp, text), words)[1] == name


def test_a_verb_of_hiding_not_negated_says_nothing(nlp):
    assert quote_rows(nlp, "The ministry hid that the plant had leaked.") == []
