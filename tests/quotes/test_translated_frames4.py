"""Frames of translated copy added with the fourth set of translated articles
(issue #17), on real parses of sentences written for these tests: a trailing
"X informs" after a body's whole official name, a possessive inside that
name, "X reports citing Y" after words whose verb the parser read as a noun,
a speaker the parser made the subject of the participle clause before the
cue, "the press centre of X" and "the message" after it, a relative clause
that carries a quotation, and "X's position is unambiguous:" after a long
title the parser made the subject."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def found(nlp, text):
    """(quote text, speaker name or text) of each quote."""
    return quote_rows(nlp, text)


def test_a_trailing_cue_after_a_bodys_whole_official_name(nlp):
    qs = found(
        nlp,
        "Two boats were detained on the river near the village, the press service of the Border Troops of the "
        "State Committee for National Security of the Republic of Tajikistan informs.",
    )
    assert "Border Troops" in one(qs, "Two boats were detained")[1]


def test_a_possessive_inside_the_name_before_a_trailing_cue(nlp):
    qs = found(
        nlp,
        "Since January, twelve cases of smuggling have been opened in the region, the Prosecutor General's "
        "Office of the Republic of Uzbekistan reports.",
    )
    assert one(qs, "twelve cases of smuggling")[1].startswith("Prosecutor General's Office")


def test_an_outlet_citing_a_body_after_words_whose_verb_was_read_as_a_noun(nlp):
    qs = found(
        nlp,
        "The delivery of Italian howitzers to Armenia undermines the peace process in the region, Caspian Daily "
        "reports citing the Ministry of Defence of the Republic of Azerbaijan.",
    )
    assert "Ministry of Defence" in one(qs, "howitzers")[1]


def test_the_speaker_the_parser_gave_to_the_participle_clause(nlp):
    qs = found(
        nlp,
        "Photo: press service of the National Guard of the Republic of Kazakhstan\n\n"
        "Commander of the Kazakhstan contingent Major Serik Nurpeisov, answering the question of the "
        'correspondent about the situation in the area, said that the situation "remains tense".',
    )
    assert one(qs, "remains tense")[1] == "Serik Nurpeisov"


def test_the_press_centre_of_a_body_and_the_message_after_it(nlp):
    qs = found(
        nlp,
        "Ten boats were detained near the island, the press centre of the Coast Guard reports.\n\n"
        '"The crews did not have permits," the message says.',
    )
    assert one(qs, "Ten boats")[1] == "press centre of the Coast Guard"
    assert one(qs, "did not have permits")[1] == "press centre of the Coast Guard"


def test_a_relative_clause_with_a_quotation_stays_in_the_report(nlp):
    qs = found(
        nlp,
        'The ministry said that most of the detainees were students, who had been offered "easy money and '
        'free travel".',
    )
    assert len(qs) == 1 and "easy money" in qs[0][0] and "most of the detainees" in qs[0][0]


def test_a_relative_clause_without_a_quotation_is_still_left_out(nlp):
    qs = found(nlp, "The governor said the attack was carried out by militants, who arrived on Monday.")
    assert "arrived on Monday" not in one(qs, "attack was carried out")[0]


def test_a_position_after_a_long_title_the_parser_made_the_subject(nlp):
    qs = found(
        nlp,
        "Chairman of the Committee for Youth Affairs of the Senate Aigerim Suleimenova's position is "
        'unambiguous: "Schools must teach digital safety to every child."',
    )
    assert one(qs, "digital safety")[1] == "Aigerim Suleimenova"


def test_an_inverted_cue_before_the_unit_of_a_body(nlp):
    qs = found(
        nlp,
        '"The checkpoint is closed for lorries until Friday," informed the press service of the State Customs Service.',
    )
    assert one(qs, "closed for lorries")[1] == "press service of the State Customs Service"


@pytest.mark.parametrize(
    "text",
    [
        "As reported in the press service of the Ministry of Emergency Situations of Kazakhstan, the flood was "
        "contained by the evening.",
        "As reported by the press service of the Ministry of Emergency Situations of Kazakhstan, the flood was "
        "contained by the evening.",
        "The flood was contained by the evening, as reported in the press service of the Ministry of Emergency "
        "Situations.",
    ],
)
def test_as_reported_in_or_by_a_body_with_no_subject(nlp, text):
    qs = found(nlp, text)
    assert "Ministry of Emergency Situations" in one(qs, "flood was contained")[1]


def test_they_said_in_the_ministry_is_the_ministry(nlp):
    qs = found(nlp, "The flood was contained by the evening, they said in the Ministry of Emergency Situations.")
    assert one(qs, "flood was contained")[1] == "Ministry of Emergency Situations"


def test_let_us_recall_is_the_writers(nlp):
    assert found(nlp, "Let us recall that the border talks were suspended in 2024.") == []


def test_a_question_label_is_no_speaker_and_the_answer_is_the_interviewees(nlp):
    qs = found(
        nlp,
        "Head of the State Border Service of Turkmenistan Batyr Orazov answered the questions of our "
        "correspondent.\n\nQuestion: When will the new checkpoint open?\n\nAnswer: We expect to open it in April. "
        "The repairs are almost finished.",
    )
    assert not [q for q in qs if "new checkpoint open" in q[0]]
    assert one(qs, "expect to open it")[1] == "Batyr Orazov"


def test_according_to_the_data_of_a_body_and_to_data_of_no_one(nlp):
    qs = found(nlp, "According to the information of the Ministry of Health, four people were injured.")
    assert one(qs, "four people")[1] == "Ministry of Health"
    assert found(nlp, "According to preliminary data, four people were injured.") == []


def test_an_interview_with_an_outlet_after_the_speakers_name_is_no_title(nlp):
    qs = found(
        nlp,
        "The deputy head of the Border Service, Colonel Marat Alymkulov, in an interview with Kabar said that "
        "the new posts will be finished by autumn.",
    )
    assert one(qs, "new posts")[1] == "Marat Alymkulov"


def test_this_was_reported_in_the_press_service(nlp):
    qs = found(
        nlp,
        "The new posts will be finished by autumn. This was reported to Kabar in the press service of the "
        "Border Service.",
    )
    assert one(qs, "new posts")[1] == "press service of the Border Service"
    assert found(nlp, "The new posts will be finished by autumn. This was reported in May.") == []


def test_they_after_a_plural_subject_is_that_group_not_the_body_they_were_in(nlp):
    qs = found(
        nlp, "Two Kyrgyz envoys visited Dushanbe. They said in the Foreign Ministry that the talks had been useful."
    )
    assert "Foreign Ministry" not in one(qs, "the talks had been useful")[1]
    qs = found(nlp, "The checkpoint will reopen on Monday, they said in the State Border Service.")
    assert "State Border Service" in one(qs, "checkpoint will reopen")[1]
