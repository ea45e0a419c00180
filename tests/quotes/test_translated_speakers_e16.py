"""Quotes of translated copy (round E, set unseen-s15), on real parses of
sentences written for these tests: whole names of bodies, "According to
him" after a described office, "In <capital>, it was confirmed", a page
between an inverted cue and its speaker, an agency's source in a unit,
and two acts that are no one's words (declaring persona non grata, denying
another's claim)."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "According to the Border and Customs Service of Georgia, the smugglers crossed the river at night.",
            "Border and Customs Service of Georgia",
        ),
        (
            "According to the Migration and Border Service of Latvia, the courier crossed twice.",
            "Migration and Border Service of Latvia",
        ),
        (
            "The fisherman was released on Friday, the Office of the Human Rights Commissioner of Latvia informs.",
            "Office of the Human Rights Commissioner of Latvia",
        ),
    ],
)
def test_a_bodys_whole_name_is_the_speaker(nlp, text, name):
    qs = quote_rows(nlp, text)
    assert len(qs) == 1 and qs[0][1] == name


def test_a_press_service_keeps_the_state_after_its_ministry(nlp):
    qs = quote_rows(
        nlp, "The two ministers discussed training, the press service of the Ministry of Defence of the RU reports."
    )
    assert one(qs, "discussed training")[1] == "press service of the Ministry of Defence of the RU"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "ASTANA, May 21 - Minister of Defence of the Republic of Kazakhstan Colonel General Arman Dosov held talks "
            "with Minister of National Defence of the Republic of Turkiye Ali Kaya, who arrived on a visit. Arman Dosov "
            "said that the sides discussed training. The Turkish minister, in turn, noted that Ankara is ready to share "
            "its experience. According to him, the new line will be located in Astana.",
            "Turkish minister",
        ),
        (
            "ROME, May 3 - The Italian defence minister met his German colleague in Rome. Marco Bianchi said the talks "
            "were useful. The German minister noted that Berlin will send more instructors. According to him, the "
            "first group will arrive in June.",
            "German minister",
        ),
    ],
)
def test_according_to_him_is_the_office_described_just_before(nlp, text, name):
    qs = quote_rows(nlp, text)
    row = [q for q in qs if "line will" in q[0] or "group will" in q[0]]
    assert len(row) == 1 and row[0][1] in (name, "Ali Kaya")


@pytest.mark.parametrize(
    "text, place",
    [
        ("In Moscow, it was confirmed that military cooperation with Minsk will continue.", "Moscow"),
        ("In Ankara, it was announced that supplies to Baku will resume next month.", "Ankara"),
    ],
)
def test_in_a_capital_it_was_confirmed_is_the_capitals_word(nlp, text, place):
    qs = quote_rows(nlp, text)
    assert len(qs) == 1 and qs[0][1] == place


def test_in_a_month_it_was_reported_names_no_speaker(nlp):
    qs = quote_rows(nlp, "In March, it was reported that the plant had closed.")
    assert len(qs) == 1 and qs[0][1] is None


@pytest.mark.parametrize(
    "text, name",
    [
        (
            '"The border will stay open," wrote on her page in Facebook the spokeswoman of the ministry Ana Popescu.',
            "Ana Popescu",
        ),
        (
            '"The talks were useful," wrote in his Telegram channel the governor of the region Ivan Sokolov.',
            "Ivan Sokolov",
        ),
    ],
)
def test_a_page_between_an_inverted_cue_and_its_speaker(nlp, text, name):
    qs = quote_rows(nlp, text)
    assert len(qs) == 1 and qs[0][1] == name


@pytest.mark.parametrize(
    "text, words",
    [
        ("Hungary did not sign the joint text, the agency's source in the delegation reports.", "Hungary did not sign"),
        ("The convoy left the base at dawn, the newspaper's source in the government reports.", "The convoy left"),
    ],
)
def test_an_agencys_source_in_a_unit_ends_the_sentence(nlp, text, words):
    qs = quote_rows(nlp, text)
    row = one(qs, words)
    assert row[1].endswith("source in the delegation") or row[1].endswith("source in the government")


@pytest.mark.parametrize(
    "text",
    [
        "Riga declared two Russian diplomats persona non grata on Friday.",
        "The foreign ministry declared the attache persona non grata, accusing him of espionage.",
        "The court pronounced the election results invalid.",
    ],
)
def test_declaring_someone_something_reports_no_words(nlp, text):
    assert quote_rows(nlp, text) == []


def test_declaring_that_still_reports(nlp):
    qs = quote_rows(nlp, "The minister declared that the border would stay closed.")
    assert len(qs) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the information spread by the other side that its troops opened fire on the posts.",
        "The army denied reports circulated by local media that soldiers had looted the village.",
    ],
)
def test_a_denied_claims_clause_is_not_the_deniers_words(nlp, text):
    assert not any(q[0].startswith("that") for q in quote_rows(nlp, text))


def test_denying_that_is_still_the_deniers_words(nlp):
    qs = quote_rows(nlp, "The spokesman denied that the troops had crossed the border.")
    assert len(qs) == 1 and qs[0][1] == "spokesman"
