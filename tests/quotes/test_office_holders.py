"""A role description as a quote's speaker ("the Turkish ambassador", "the
Kazakh minister", "the head of Belarusian diplomacy") is the person named
earlier with that office and country, also when that person first appeared
as an object, after a preposition, with a rank, or with the envoy's post
("to Kazakhstan") between title and name (accord.quotes.holders)."""

import pytest
from translated_helpers import one, quote_rows

from accord.quotes.holders import _periphrasis, _proper, _wanted


def test_a_proper_name_has_no_title_word():
    assert _proper("Ruslan Zhaksylykov")
    assert not _proper("Chinese ambassador")
    assert not _proper("Ambassador Chunlin")


def test_what_a_description_asks_of_a_title():
    every, some, national = _wanted(["Kazakh", "minister"])
    assert (every, some, national) == (frozenset(), frozenset({"minister"}), True)
    every, some, national = _wanted(["head", "of", "Armenian", "diplomacy"])
    assert every == frozenset({"foreign", "minister"}) and national
    assert _wanted(["defence", "minister"]) is None  # an office of its own, not a country's
    assert _wanted(["head", "of", "diplomacy"]) is None  # no country
    every, some, national = _wanted(["Azerbaijani", "foreign", "minister"])
    assert every == frozenset({"foreign"}) and some == frozenset({"minister"}) and national


def test_a_ministry_headed_is_its_minister():
    assert _periphrasis(["the", "Kazakh", "Foreign", "Ministry"]) == (
        frozenset({"foreign", "minister"}),
        frozenset(),
        True,
    )
    every, some, _ = _periphrasis(["the", "Uzbek", "military", "department"])
    assert every == frozenset({"minister"}) and some == frozenset({"defence", "defense"})
    assert _periphrasis(["the", "Kazakh", "press", "service"]) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "The ceremony was attended by the Ambassador of China to Kazakhstan Han Chunlin. "
            "The Chinese ambassador said that Beijing will supply more buses to Astana.",
            "more buses",
            "Han Chunlin",
        ),
        (
            "The forum was held with the participation of the Ambassador of the Republic of Turkey to Azerbaijan "
            "Cahit Bagci. The Turkish ambassador noted that Ankara supports Baku.",
            "Ankara supports",
            "Cahit Bagci",
        ),
        (
            "Georgian Prime Minister Irakli Kobakhidze met the Ambassador of the United States to Georgia Robin "
            "Dunnigan. The American ambassador said that Washington is concerned.",
            "Washington is concerned",
            "Robin Dunnigan",
        ),
        (
            "Uzbek Defence Minister Bakhodir Kurbanov held talks with the Minister of Defence of Kazakhstan Colonel "
            "General Ruslan Zhaksylykov. The Kazakh minister said that Astana is ready to expand cooperation.",
            "ready to expand",
            "Ruslan Zhaksylykov",
        ),
        (
            "The talks were attended by Minister of Defence of Armenia Suren Papikyan. The Armenian minister "
            "stressed that Yerevan wants peace.",
            "wants peace",
            "Suren Papikyan",
        ),
        (
            "Armenian Foreign Minister Ararat Mirzoyan met reporters in Yerevan. 'We reject these claims,' the head "
            "of Armenian diplomacy said.",
            "reject these claims",
            "Ararat Mirzoyan",
        ),
        (
            "Lukashenko received the Minister of Foreign Affairs of Belarus Maxim Ryzhenkov on Monday. The head of "
            "the Belarusian diplomacy said that Minsk will not accept the ultimatum.",
            "ultimatum",
            "Maxim Ryzhenkov",
        ),
        (
            "Azerbaijani Defence Minister Zakir Hasanov and the Minister of Foreign Affairs of Azerbaijan Jeyhun "
            "Bayramov arrived in Ankara. The Azerbaijani foreign minister said that Baku values the alliance.",
            "values the alliance",
            "Jeyhun Bayramov",
        ),
        (
            "Chinese Defence Minister Dong Jun hosted his Russian counterpart Andrei Belousov in Beijing. The Russian "
            "minister said that military ties are growing.",
            "military ties",
            "Andrei Belousov",
        ),
        (
            "Uzbek Foreign Minister Bakhtiyor Saidov received his Tajik colleague Sirojiddin Muhriddin in Tashkent. "
            "The Tajik minister said that the border issue is settled.",
            "border issue",
            "Sirojiddin Muhriddin",
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu met Chinese officials in Beijing. The head of the Kazakh Foreign "
            "Ministry said that Astana supports the initiative.",
            "supports the initiative",
            "Murat Nurtleu",
        ),
        (
            "Uzbek Defence Minister Bakhodir Kurbanov visited the Termez garrison. The head of the Uzbek military "
            "department said that the border is secure.",
            "border is secure",
            "Bakhodir Kurbanov",
        ),
    ],
)
def test_the_description_is_the_holder_named_before(nlp, text, words, name):
    assert one(quote_rows(nlp, text), words)[1] == name


@pytest.mark.model
def test_no_holder_of_that_country_leaves_the_description(nlp):
    qs = quote_rows(
        nlp,
        "Russian Foreign Minister Sergei Lavrov met Turkish officials in Ankara. The Turkish minister said that the "
        "talks were useful.",
    )
    assert one(qs, "talks were useful")[1] == "Turkish minister"


@pytest.mark.model
def test_he_after_the_description_is_the_holder(nlp):
    qs = quote_rows(
        nlp,
        "Uzbek Defence Minister Bakhodir Kurbanov held talks with the Minister of Defence of Kazakhstan Colonel "
        "General Ruslan Zhaksylykov. The Kazakh minister said that Astana is ready to expand cooperation. He added "
        "that joint drills will take place in the autumn.",
    )
    assert one(qs, "joint drills")[1] == "Ruslan Zhaksylykov"
