"""Speakers of translated copy (set heldback-2026-12-07), on real parses of
sentences written for these tests: an Azerbaijani surname in -zada after a
title that ends with a body's acronym."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from accord.nlp import load

    return load(components=("accord_actors", "accord_quotes"))


def test_a_zada_surname_after_an_acronym_is_the_person(nlp):
    qs = quote_rows(
        nlp,
        "The head of the information department of the MFA Ilkin Mammadzada told to journalists that the "
        "Georgian side requested consular access to all of them.",
    )
    assert one(qs, "consular access")[1] == "Ilkin Mammadzada"
