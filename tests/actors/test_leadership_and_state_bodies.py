"""A state's "leadership" is its government; an unknown body whose name
says it is the state's ("State Border Committee") is no NGO."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,mention,code",
    [
        ("The Armenian leadership accused Baku of aggression.", "The Armenian leadership", "ARMGOV"),
        ("Moscow criticized the Georgian leadership for its policy.", "the Georgian leadership", "GEOGOV"),
        ("The leadership of Kyrgyzstan thanked Russia for the aid.", "The leadership of Kyrgyzstan", "KGZGOV"),
        ("The Kazakh military leadership met Chinese officers.", "The Kazakh military leadership", "KAZMIL"),
    ],
)
def test_a_states_leadership_is_its_government(nlp, text, mention, code):
    doc = nlp(text)
    assert next(m.code for m in doc._.mentions if m.text == mention) == code


def test_a_state_committee_is_no_ngo(vocab):
    from spacy.tokens import Doc

    from accord.actors.codes import sector_from_orgent
    from accord.actors.lexicon import Entry
    from accord.actors.parts import Piece

    doc = Doc(vocab, words="the State Customs Committee and the Helsinki Citizens Committee".split())
    state = Piece(1, 4, "orgent", Entry("orgent", "State Customs Committee"))
    civic = Piece(6, 9, "orgent", Entry("orgent", "Helsinki Citizens Committee"))
    assert sector_from_orgent(doc, state) == "GOV"
    assert sector_from_orgent(doc, civic) == "NGO"


@pytest.mark.parametrize(
    "words,sector",
    [
        ("the State Border Committee", "MIL"),  # border guards are MIL, as the agent rows code them
        ("the Federal Intelligence Service", "SPY"),
        ("the State Security Service", "SPY"),
        ("the Federal Migration Agency", "GOV"),
        ("the State Security Council", "GOV"),  # a council is no security service
    ],
)
def test_a_state_bodys_remit_gives_its_sector(vocab, words, sector):
    from spacy.tokens import Doc

    from accord.actors.codes import sector_from_orgent
    from accord.actors.lexicon import Entry
    from accord.actors.parts import Piece

    doc = Doc(vocab, words=words.split())
    assert sector_from_orgent(doc, Piece(1, 4, "orgent", Entry("orgent", words))) == sector
