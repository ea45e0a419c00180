"""Dialogue dashes (quotes.dash_quotes) inside a paragraph and after a title
that begins in lower case, on texts written for these tests (pure functions)."""

import pytest

from accord.quotes.marks import pair_marks


def _quoted(text):
    return [text[m.start : m.end] for m in pair_marks(text)]


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Kazakhstan closed the border on Monday.\n\nMember of the Kyrgyz parliament Dastan Bekeshev told Kabar:\n"
            "- Kyrgyzstan will not tolerate such treatment of its citizens. Relations are built on respect.",
            "- Kyrgyzstan will not tolerate",
        ),
        (
            "Georgia recalled its ambassador.\n\nGeorgian MP Giorgi Volski told Interpressnews:\n"
            "- Tbilisi will respond firmly. We will not accept this.\n\nRussia has not commented.",
            "- Tbilisi will respond firmly",
        ),
        (
            "The talks ended.\n\nThe Armenian deputy minister noted:\n- The sides agreed on the next round in May.",
            "- The sides agreed",
        ),
    ],
)
def test_a_dash_line_after_a_colon_lead_inside_a_paragraph_is_a_quotation(text, words):
    assert any(q.startswith(words) for q in _quoted(text))


def test_a_dash_list_inside_a_paragraph_is_none():
    text = "The border deal.\n\nThe agreement provides for:\n- joint patrols of the border;\n- an exchange of data."
    assert _quoted(text) == []


@pytest.mark.parametrize(
    "attribution",
    [
        "deputy head of the General Staff of Kazakhstan General Marat Nurlanov said.",
        "commander of the Eastern Military District Colonel General Andrei Ivanov said at the briefing.",
        "head of the press service of the Border Service of Kyrgyzstan Aibek Toktoev noted.",
    ],
)
def test_a_closing_dash_before_a_lower_case_title_ends_the_quotation(attribution):
    text = "The drills ended.\n\n- The region must remain peaceful. Our troops showed good training, - " + attribution
    (q,) = _quoted(text)
    assert q.endswith("good training,")
