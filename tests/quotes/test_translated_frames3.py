"""Frames of translated copy added with the third set of translated articles
(issue #17), on real parses of sentences written for these tests: an outlet
that reports "with reference to" a body, "the head of the department" after
an interview, "it was noted in the department" and "the statement of the
department says", "This was stated at a briefing by X" after a country's
view, "X at a briefing called ...", "- specified the deputy chairman", a
quotation whose marks stand apart from its words, and a trailing "as X
reports" after two coordinated clauses."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def found(nlp, text):
    """(quote text, speaker name or text) of each quote."""
    return quote_rows(nlp, text)


def test_an_outlet_reporting_with_reference_to_a_body_relays_it(nlp):
    qs = found(
        nlp,
        "The checkpoint on the border will reopen on Monday after repairs, Oxus Wire reports with reference "
        "to the State Border Service of Turkmenistan.",
    )
    assert "State Border Service" in one(qs, "checkpoint on the border")[1]


def test_the_head_of_the_department_after_an_interview_and_his_pronoun(nlp):
    qs = found(
        nlp,
        "Chairman of the State Customs Committee of Armenia Colonel Vardan Petrosyan answered questions of "
        "our correspondent.\n\n"
        "- Has smuggling on the border grown this year?\n\n"
        "- No, the number of cases has fallen by a quarter since January.\n\n"
        "The head of the department stressed that customs officers work around the clock.\n\n"
        '"We check every lorry that crosses the bridge," he stressed.',
    )
    assert one(qs, "work around the clock")[1] == "Vardan Petrosyan"
    assert one(qs, "every lorry")[1] == "Vardan Petrosyan"


def test_the_department_is_the_body_that_spoke_just_before(nlp):
    qs = found(
        nlp,
        "Two fishing boats were detained near the island, the Coast Guard of the Republic of Azerbaijan reports.\n\n"
        '"The crews did not have permits. The boats were escorted to the port," it was noted in the department.',
    )
    assert "Coast Guard" in one(qs, "did not have permits")[1]


def test_this_was_stated_at_a_briefing_by_gives_a_countrys_view_its_speaker(nlp):
    qs = found(
        nlp,
        'Russia considers the new sanctions of the European Union "illegal and useless". This was stated at a '
        "briefing by the Director of the Department of European Affairs of the Ministry Oleg Smirnov.",
    )
    assert one(qs, "new sanctions")[1] == "Oleg Smirnov"


def test_a_speaker_with_an_occasion_before_the_verb(nlp):
    qs = found(
        nlp,
        'The Ministry of Foreign Affairs of Moldova at a briefing called the decision "a grave mistake".',
    )
    assert "Ministry of Foreign Affairs" in one(qs, "grave mistake")[1]


def test_a_dash_attribution_with_two_titles_and_no_name(nlp):
    qs = found(
        nlp,
        "Deputy Chairman of the Security Service Arman Kassymov said that two suspects were detained.\n\n"
        "\u201eThe group had been preparing the attack for months. All its members are detained\u201c, "
        "\u2013 specified the deputy chairman of the service.",
    )
    assert one(qs, "preparing the attack")[1] == "Arman Kassymov"


def test_a_quotation_with_detached_marks_and_a_glued_dash(nlp):
    qs = found(
        nlp,
        "Deputy Director of the Department of the Ministry Irina Volkova said on Thursday that no note had come.\n\n"
        '" The mission has kept the peace for thirty years. Any change of its format will have consequences ", '
        "-the diplomat said.",
    )
    text, who = one(qs, "kept the peace")
    assert "Any change" in text and who.endswith("Volkova")


def test_a_trailing_as_reports_covers_both_coordinated_clauses(nlp):
    qs = found(
        nlp,
        "The situation on the border remains calm, and the number of incidents fell in May, as the press "
        "service of the Border Committee reports.",
    )
    assert "remains calm" in one(qs, "number of incidents")[0]


def test_a_title_of_an_acronym_is_the_person_of_that_body(nlp):
    qs = found(
        nlp,
        "Deputy Chairman of the State Security Committee Talgat Omarov said that two suspects were detained.\n\n"
        "\u201eThe group had been preparing the attack for months\u201c, \u2013 specified the deputy chairman "
        "of the SSC.",
    )
    assert one(qs, "preparing the attack")[1] == "Talgat Omarov"
