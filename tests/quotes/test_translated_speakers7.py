"""Speakers of translated copy (set heldback-2026-12-07), on real parses of
sentences written for these tests: an Azerbaijani surname in -zada after a
title that ends with a body's acronym, and "the deputy" for the member of
parliament quoted before."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def test_a_zada_surname_after_an_acronym_is_the_person(nlp):
    qs = quote_rows(
        nlp,
        "The head of the information department of the MFA Ilkin Mammadzada told to journalists that the "
        "Georgian side requested consular access to all of them.",
    )
    assert one(qs, "consular access")[1] == "Ilkin Mammadzada"


def test_the_deputy_is_the_member_of_parliament_quoted_before(nlp):
    qs = quote_rows(
        nlp,
        "The member of the parliament, lawyer Ivan Petrenko considers, that ties of the two states are at "
        'their lowest point. "Kyiv must understand that Warsaw is a partner", - the deputy has noted.',
    )
    assert one(qs, "Warsaw is a partner")[1] == "Ivan Petrenko"


def test_the_deputy_is_not_a_person_quoted_before_outside_parliament(nlp):
    qs = quote_rows(
        nlp,
        "The lawyer Ivan Petrenko considers, that ties of the two states are at their lowest point. "
        '"Kyiv must understand that Warsaw is a partner", - the deputy has noted.',
    )
    assert one(qs, "Warsaw is a partner")[1] != "Ivan Petrenko"


def test_a_title_and_a_persons_name_the_recogniser_read_as_a_body_is_a_person():
    from accord.quotes.referent_people import _titled_person
    from accord.record import Speaker

    def sp(text, name, role):
        return Speaker(start=0, end=len(text), text=text, name=name, role=role)

    assert _titled_person(sp("political scientist Samir Huseynov", "Samir Huseynov", "scientist"))
    assert not _titled_person(sp("the press service of the Defence Ministry", "Defence Ministry", "service"))
    assert not _titled_person(sp("the head of the Caspian Shipping Company", "Caspian Shipping Company", "head"))


def test_a_cue_after_a_comma_with_its_speaker_after_it_reports_the_clause_before(nlp):
    qs = quote_rows(
        nlp,
        "The ministry on Monday recalled its envoy and handed him a note, informs the press service of the ministry.",
    )
    assert one(qs, "recalled its envoy")[1] == "press service of the ministry"


def test_a_surname_the_recogniser_took_for_a_place_ends_the_title_as_the_person(nlp):
    qs = quote_rows(
        nlp,
        "The head of the press service of the MFA Orkhan Gasimzada told to journalists that two of the arrested "
        "men were injured.",
    )
    assert one(qs, "were injured")[1] == "Orkhan Gasimzada"


def test_an_empty_name_reads_for_less_than_the_titled_name():
    from accord.quotes.speaker_phrase import _title_read

    assert _title_read("", "Colonel Andrei Rostov", "said Colonel Andrei Rostov") is True
