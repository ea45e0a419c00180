"""Two states joined by a hyphen ("the Kyrgyz-Tajik border", "US-China
talks") are two mentions, one per state, as "Kyrgyz and Tajik" are; one
person of two nationalities stays one mention."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text,codes",
    [
        ("Tensions rose on the Kyrgyz-Tajik border on Tuesday.", ["KGZ", "TJK"]),
        ("Border guards stopped smugglers on the Azerbaijani-Iranian border.", ["AZE", "IRN"]),
        ("Belarusian-Polish border crossings were closed on Friday.", ["BLR", "POL"]),
        ("The US-China trade talks resumed in Geneva.", ["USA", "CHN"]),
        ("Russia-Ukraine talks collapsed in Istanbul.", ["RUS", "UKR"]),
    ],
)
def test_a_hyphenated_pair_of_states_gives_each_state(nlp, text, codes):
    doc = nlp(text)
    got = [m.country for m in doc._.mentions if m.country in codes]
    assert got == codes


def test_the_pair_shares_the_head_noun_as_coordinated_adjectives_do(nlp):
    doc = nlp("Kyrgyz-Tajik border guards exchanged fire.")
    assert [m.code for m in doc._.mentions] == ["KGZMIL", "TJKMIL"]


def test_one_person_of_two_nationalities_is_one_mention(nlp):
    doc = nlp("Iranian-American journalist Jason Rezaian criticized Tehran.")
    people = [m for m in doc._.mentions if m.kind == "person"]
    assert len(people) == 1 and people[0].text.startswith("Iranian-American")


def test_a_backed_state_is_no_pair(nlp):
    doc = nlp("Russian-backed separatists attacked Ukrainian positions.")
    assert all(m.country != "RUS" for m in doc._.mentions)
