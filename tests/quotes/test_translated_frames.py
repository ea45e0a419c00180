"""The frames of the translated press (English copies of Russian and Central
Asian agency news), on real parses of sentences written for these tests:
reporting tails the parser did not hang on their words, long titles before
dialogue dashes, colon lead-ins, "This was reported by X", "The following
words belong to X:", unnamed sources referred back to, and the classes of
their cues."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def found(nlp, text):
    """(quote text, speaker name or text, cue class) of each quote."""
    return quote_rows(nlp, text, "cue_class")


def test_a_reporting_tail_after_a_long_title(nlp):
    qs = found(
        nlp,
        "Uzbekistan complies with the rules of the customs union, but is not a member of it, Deputy Minister "
        "of Economy and Finance of the Republic of Uzbekistan Dilnoza Karimova said at a briefing in the ministry. "
        "As the vote ended, Senator Aidan Brooks said in a statement.",
    )
    text, who, cls = one(qs, "complies with the rules")
    assert who == "Dilnoza Karimova" and cls == "speech" and text.endswith("member of it")
    assert not any("vote ended" in q[0] for q in qs)


def test_an_unnamed_source_and_the_agencys_interlocutor(nlp):
    qs = found(
        nlp,
        "Customs officers have stopped three trucks with drone parts at the border, a source in the State "
        "Revenue Committee told the Steppe Wire agency.\n\n"
        '"The documents said the cargo was agricultural equipment," the agency\'s interlocutor said. '
        "According to him, the drivers were released on Monday.",
    )
    assert one(qs, "three trucks")[1].startswith("a source in the State Revenue Committee")
    assert "State Revenue Committee" in one(qs, "agricultural equipment")[1]
    assert "State Revenue Committee" in one(qs, "drivers were released")[1]


def test_a_dialogue_dash_before_a_long_title(nlp):
    qs = found(
        nlp,
        "— The brigade will receive new air defence systems before the end of the year, — Deputy Commander "
        "of the Air Defence Forces of the Republic of Kazakhstan Major General Yerlan Kasymov said in an "
        "interview with the agency.",
    )
    text, who, _ = one(qs, "new air defence systems")
    assert who == "Yerlan Kasymov" and text.startswith("\u2014")


def test_a_colon_lead_in_then_a_dash_paragraph_then_he(nlp):
    qs = found(
        nlp,
        "— The corridor must stay open, — Minister of Transport Arman Seitov said.\n\n"
        "Commander of the Border Guard Service Colonel Daniyar Omarov summed up the results of the "
        "inspection as follows:\n\n"
        "— The posts are ready for winter. Every outpost has fuel and food for three months.\n\n"
        "He also said that two new outposts would open in the spring.",
    )
    assert one(qs, "The posts are ready for winter")[1] == "Daniyar Omarov"
    assert one(qs, "two new outposts")[1] == "Daniyar Omarov"


def test_adding_that_goes_on_with_the_one_who_stated(nlp):
    qs = found(
        nlp,
        "Farid Aliyev stated that Tbilisi expects the talks to resume in May, adding that the border "
        '"cannot wait for another year".',
    )
    assert one(qs, "cannot wait")[1] == "Farid Aliyev"


def test_views_held_and_make_sure(nlp):
    qs = found(
        nlp,
        "Political analyst Gulnara Iskakova is of the opinion that the sanctions will not stop the transit. "
        "Military historian Ruslan Kadyrov is sure that the drills were planned a year ago. "
        "The engineers will make sure that the pipeline is safe.",
    )
    assert one(qs, "will not stop the transit")[1:] == ("Gulnara Iskakova", "opinion")
    assert one(qs, "planned a year ago")[1:] == ("Ruslan Kadyrov", "opinion")
    assert not any("pipeline is safe" in q[0] for q in qs)


def test_a_position_is_clear_and_its_owner_holds_it(nlp):
    qs = found(nlp, "The position of the Georgian side is clear: the railway will be reopened only after the talks.")
    assert one(qs, "railway will be reopened")[1:] == ("Georgian side", "opinion")
    qs = found(
        nlp,
        "The position of the Uzbek side is unambiguous: the head of the delegation, Deputy Minister Otabek "
        "Nazarov, said that Tashkent considers the question closed.",
    )
    assert one(qs, "considers the question closed")[1] == "Otabek Nazarov"
    assert not any(q[1] and "side" in q[1] for q in qs)


def test_told_journalists_after_the_meeting_that(nlp):
    qs = found(nlp, "Sargsyan told journalists after the meeting that the parties had agreed on six more markers.")
    assert one(qs, "six more markers")[1].endswith("Sargsyan")


def test_the_following_words_belong_to(nlp):
    qs = found(
        nlp,
        "The following words belong to Deputy Head of the State Border Committee of Belarus Igor Lisovsky: "
        '"Our border guards will not let anyone cross the line, whatever the weather."',
    )
    assert one(qs, "will not let anyone cross")[1:] == ("Igor Lisovsky", "report")


def test_this_was_reported_by(nlp):
    qs = found(
        nlp,
        "The two commissions agreed to continue the work on the northern section in July. This was reported "
        "by the press service of the Ministry of Foreign Affairs of Georgia.",
    )
    text, who, cls = one(qs, "continue the work on the northern section")
    assert "press service of the Ministry of Foreign Affairs of Georgia" in who and cls == "speech"


def test_the_press_service_of_the_ministry_far_below(nlp):
    filler = "The exercise will last five days and will end with a live-fire drill at the range. " * 30
    qs = found(
        nlp,
        "The drills began on Monday, the press service of the Ministry of Defence of Tajikistan reports.\n\n"
        + filler
        + "\n\nThe press service of the ministry also reports that the contingents exchanged liaison officers.",
    )
    assert "Ministry of Defence of Tajikistan" in one(qs, "liaison officers")[1]
    assert one(qs, "The drills began")[2] == "speech"  # "reports" is a statement


def test_expressed_the_opinion_that_is_a_view(nlp):
    qs = found(nlp, "Analyst Timur Bekov expressed the opinion that the next round of talks may take place in Almaty.")
    assert one(qs, "next round of talks")[1:] == ("Timur Bekov", "opinion")
