"""Speakers of translated copy added with the set unseen-2026-12-07-q, on real
parses of sentences written for these tests: a Chinese name (family name
first) after a long title, a name after a company's quoted name, a surname
the actors linked to another person of that surname, and a title with
a hyphenated given name."""

from types import SimpleNamespace

import pytest
from translated_helpers import one, quote_rows

from accord.quotes.names import _mention_full_name
from accord.quotes.speaker_phrase import _title_read

pytestmark = pytest.mark.model


def test_a_chinese_name_after_a_long_title_is_the_person(nlp):
    qs = quote_rows(
        nlp,
        "Consul General of the People's Republic of China in Almaty Zhang Weiming told reporters that "
        "the new visa centre will open in March.",
    )
    assert one(qs, "visa centre")[1] == "Zhang Weiming"


def test_a_name_after_a_quoted_company_name_is_the_person(nlp):
    qs = quote_rows(
        nlp,
        'Chairman of the Board of JSC "Caspian Pipeline Terminal" Arman Serikbayev in a commentary to the '
        "newspaper noted, that the loading of tankers was not stopped.",
    )
    assert one(qs, "loading of tankers")[1] == "Arman Serikbayev"


def test_the_given_name_in_the_text_wins_over_a_linked_namesake(nlp):
    qs = quote_rows(
        nlp,
        "Director of the Agency for Strategic Reforms under the President of the Republic of Uzbekistan "
        "Azim Tursunov told journalists that the reform will be finished next year.",
    )
    assert one(qs, "reform will be finished")[1] == "Azim Tursunov"


def test_a_titled_name_stands_for_a_namesake_read_apart():
    assert _title_read("Hikmatulla Tursunov", "Azim Tursunov")  # another given name: the text's
    assert not _title_read("Karl-Heinrich Lindqvist", "Heinrich Lindqvist")  # the same given name, hyphenated
    assert _title_read("Director of the Centre Azim Tursunov", "Azim Tursunov")
    assert not _title_read("Azim Tursunov", "Farid Shafiyev")


def test_a_surname_alone_takes_the_given_name_its_mention_ends_with():
    text = "Head of the Department of the Northern Sea Route Pavel Gusarov, in turn, spoke."
    ctx = SimpleNamespace(text=text)
    m = SimpleNamespace(start=0, end=text.index(","), name="Gusarov", kind="person")
    assert _mention_full_name(ctx, m) == "Pavel Gusarov"
    m.name = "Pavel Gusarov"
    assert _mention_full_name(ctx, m) == "Pavel Gusarov"
    other = SimpleNamespace(start=0, end=text.index(" Pavel"), name="Route", kind="person")
    assert _mention_full_name(ctx, other) == "Route"  # no given name before it


def test_a_name_not_in_the_titled_phrase_is_an_earlier_person():
    phrase = "The governor of the Amur region Sergei Lyubimov"
    assert _title_read("Pavel Gusarov", "Sergei Lyubimov", phrase)


def test_according_to_a_titled_name_that_took_in_the_subject(nlp):
    qs = quote_rows(
        nlp,
        "According to the researcher of the Institute for Regional Studies under the President Marat "
        "Ospanov, the risk of piracy on the river remains small.",
    )
    q = one(qs, "remains small")
    assert q[1] == "Marat Ospanov"
    assert q[0].startswith("the risk of piracy")


def test_a_given_name_alone_gives_way_to_the_titled_name():
    assert _title_read("Andrei", "Andrei Rostov", "Colonel Andrei Rostov")
