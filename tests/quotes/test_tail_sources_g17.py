"""Round G speakers of reporting tails in translated copy, on real parses of
sentences written for these tests: the source the parser hung on the last
noun of the reported words ("..., the press service of X reports" with a
noun of the words as the subject), and "the press service of the ministry"
named as the body named before it speaks for."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "MINSK, May 2 (Wire) - Officers of the State Security Committee of the Republic of Belarus detained in "
            "the Vitebsk region a citizen of the Republic of Latvia suspected of collecting information about the "
            "military facilities of the Western Operational Command, the Press Service of the KGB of Belarus reports.",
            "Press Service of the KGB of Belarus",
        ),
        (
            "TALLINN, April 5 (Wire) - Officers of the Internal Security Service of the Republic of Estonia detained "
            "in the Narva region a citizen of the Russian Federation suspected of collecting information about the "
            "military facilities of the Northern Military District, the Press Service of the KAPO of Estonia reports.",
            "Press Service of the KAPO of Estonia",
        ),
    ],
)
def test_the_source_after_the_last_comma_speaks(nlp, text, name):
    assert one(quote_rows(nlp, text), "detained")[1] == name


@pytest.mark.parametrize(
    "text, words, body",
    [
        (
            "The Ministry of Foreign Affairs of Georgia on Monday summoned the ambassador of Iran and handed him "
            "a note, the press service of the ministry reports.",
            "summoned the ambassador",
            "Ministry of Foreign Affairs of Georgia",
        ),
        (
            "The Ministry of Internal Affairs of Armenia on Friday detained four smugglers near Meghri, the press "
            "centre of the ministry reports.",
            "detained four smugglers",
            "Ministry of Internal Affairs of Armenia",
        ),
    ],
)
def test_the_unit_of_the_body_named_before_takes_its_name(nlp, text, words, body):
    assert one(quote_rows(nlp, text), words)[1] == body


def test_a_subject_before_the_comma_keeps_the_words(nlp):
    qs = quote_rows(nlp, "The army shelled the town, the capital of the region, officials said.")
    assert one(qs, "shelled the town")[1] == "officials"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The ministry handed a note to the embassy, the Japanese media report.", "Japanese media"),
        ("The army shelled the town overnight, local media report.", "local media"),
        (
            "KYIV, May 3 (Wire) - The navy of Ukraine struck a ship of the Black Sea Fleet near the islands of "
            "Tendra and Kinburn, the Ukrainian media report.",
            "Ukrainian media",
        ),
    ],
)
def test_a_plural_tail_the_parser_read_as_a_noun_reports(nlp, text, name):
    qs = quote_rows(nlp, text)
    assert len(qs) == 1 and qs[0][1] == name and not qs[0][0].endswith("report.")


def test_a_sentence_of_its_own_is_no_tail(nlp):
    assert quote_rows(nlp, "The report was late. Local media report.") == []
