"""Quote sources given by a bare back-reference (accord.quotes.back_reports
and the body descriptions of accord.quotes.referents): "As specified in the
message, ..." is the report of the body that reported or was named before;
"the ministry's press service" and "the press service" are the ministry
named before; a reporting tail the parser hung on the object as a relative
clause still reports the words before it."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def rows(nlp, text):
    return quote_rows(nlp, text, "speaker")


@pytest.mark.parametrize(
    ("text", "words", "name", "code"),
    [
        (
            "A group of saboteurs was detained in the Kherson region, the FSB reported. As specified in the message, "
            "three of them are citizens of Ukraine.",
            "three of them",
            "Federal Security Service",
            "RUSSPY",
        ),
        (
            "The Ministry of Defence of Kazakhstan said the exercise began on Tuesday. As noted in the statement, "
            "about 2,000 troops take part.",
            "troops take part",
            "Ministry of Defence of Kazakhstan",
            "KAZMIL",
        ),
        (
            "Two drones were shot down over the Belgorod region, the Russian Defence Ministry said. As stated in the "
            "report, the drones were launched from Ukraine.",
            "launched from Ukraine",
            "Russian Defence Ministry",
            "RUSMIL",
        ),
        (
            "The Federal Security Service detained a resident of Kaliningrad on Tuesday. As noted in the statement, "
            "the man passed secret data to Poland.",
            "secret data",
            "Federal Security Service",
            "RUSSPY",
        ),
        (
            "The Ministry of Defence of Armenia said Azerbaijani units opened fire near Sotk. As indicated in the "
            "message, the fire was returned.",
            "fire was returned",
            "Ministry of Defence of Armenia",
            "ARMMIL",
        ),
        (
            "The State Security Service of Uzbekistan detained a recruiter in Andijan. As clarified in the statement, "
            "the man worked for a banned group.",
            "banned group",
            "State Security Service of Uzbekistan",
            "UZBSPY",
        ),
    ],
)
def test_as_noted_in_the_message_is_the_body_before(nlp, text, words, name, code):
    row = one(rows(nlp, text), words)
    assert row[1] == name and row[2].code == code


def test_a_trailing_as_clause_names_its_document_not_the_clause_subject(nlp):
    row = one(
        rows(
            nlp,
            "Armenian units fired on Azerbaijani positions near Lachin, as specified in the report of the "
            "Azerbaijani Defence Ministry.",
        ),
        "positions near Lachin",
    )
    assert row[2].code == "AZEMIL"


def test_as_stated_in_an_agreement_is_no_quote(nlp):
    assert rows(nlp, "As stated in the agreement, the sides will hold consultations twice a year.") == []
    assert rows(nlp, "As indicated in the data, exports grew by ten percent.") == []


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "The Ministry of Foreign Affairs of Armenia summoned the French ambassador, the ministry's press service "
            "reported.",
            "summoned the French",
            "ARMGOV",
        ),
        (
            "The Ministry of Defence of Kazakhstan hosted a delegation from Turkey, the ministry's press service said.",
            "hosted a delegation",
            "KAZMIL",
        ),
        (
            "The Ministry of Defence of Georgia hosted the talks. The ministry's press service said the sides "
            "discussed training programmes.",
            "training programmes",
            "GEOMIL",
        ),
    ],
)
def test_the_ministrys_press_service_is_the_ministry_before(nlp, text, words, code):
    assert one(rows(nlp, text), words)[2].code == code


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The Lithuanian Foreign Ministry handed a note to the Belarusian charge d'affaires. The press service "
            "said Vilnius demands an explanation.",
            "demands an explanation",
            "Lithuanian Foreign Ministry",
        ),
        (
            "The Ministry of Emergency Situations of Kyrgyzstan sent rescuers to the area. The press office said "
            "that two villages were flooded.",
            "villages were flooded",
            "Ministry of Emergency Situations of Kyrgyzstan",
        ),
    ],
)
def test_the_press_service_is_the_body_named_before(nlp, text, words, name):
    assert one(rows(nlp, text), words)[1] == name
