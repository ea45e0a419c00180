"""Bodies and officials of states named by their official long forms
("of the Federal Democratic Republic of X", "of the Republic of the X"),
bodies whose name a person word opens ("the National ... Council"), the
AU's and Arab League's organs, titles with two remits, and "the diplomat"
after a foreign ministry's official."""

import pytest

from conftest import find


def _codes(nlp, text):
    return {m.text: m.code for m in nlp(text)._.mentions}


@pytest.mark.parametrize(
    "text, span, code",
    [
        (
            "The Ministry of National Defence of the Republic of Turkiye said the raid hit a depot.",
            "The Ministry of National Defence of the Republic of Turkiye",
            "TURMIL",
        ),
        (
            "The Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia protested.",
            "The Ministry of Foreign Affairs of the Federal Democratic Republic of Ethiopia",
            "ETHGOV",
        ),
        (
            "The Department of Foreign Affairs of the Republic of the Philippines summoned the envoy.",
            "The Department of Foreign Affairs of the Republic of the Philippines",
            "PHLGOV",
        ),
        (
            "The Ministry of Interior of the Islamic Republic of Pakistan banned the rally.",
            "The Ministry of Interior of the Islamic Republic of Pakistan",
            "PAK",
        ),
    ],
)
def test_bodies_of_states_named_in_long_form(nlp, text, span, code):
    assert find(nlp(text)._.mentions, span).code.startswith(code)


def test_minister_of_a_state_in_long_form_is_named(nlp):
    m = find(
        nlp("Minister of Foreign Affairs of the Arab Republic of Egypt Sameh Shoukry arrived in Rome.")._.mentions,
        "Minister of Foreign Affairs of the Arab Republic of Egypt Sameh Shoukry",
    )
    assert (m.name, m.code) == ("Sameh Shoukry", "EGYGOV")


@pytest.mark.parametrize(
    "text, span, country",
    [
        (
            "The National Maritime Council of the Philippines said two boats were hit.",
            "The National Maritime Council of the Philippines",
            "PHL",
        ),
        ("The National Water Council of Kenya said the river was low.", "The National Water Council of Kenya", "KEN"),
    ],
)
def test_national_council_is_a_body_not_a_person(nlp, text, span, country):
    m = find(nlp(text)._.mentions, span)
    assert m.kind != "person" and m.country == country


def test_national_before_a_name_still_titles_a_person(nlp):
    m = find(
        nlp("National Guard commander Peter Hall said the river was low.")._.mentions,
        "National Guard commander Peter Hall",
    )
    assert m.name == "Peter Hall"


@pytest.mark.parametrize(
    "text, span, code",
    [
        (
            "The mission was approved by the Peace and Security Council of the African Union in May.",
            "the Peace and Security Council of the African Union",
            "IGOAU",
        ),
        ("The African Union Peace and Security Council extended the mandate.", None, "IGOAU"),
        ("The Council of the Arab League condemned the strike.", "The Council of the Arab League", "IGOARL"),
    ],
)
def test_organs_of_the_au_and_the_arab_league(nlp, text, span, code):
    ms = nlp(text)._.mentions
    if span is None:
        assert code in {m.code for m in ms} and "IGOUN" not in {m.code for m in ms}
    else:
        assert find(ms, span).code == code


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Minister of Foreign Affairs and Trade of Chad Abakar Mahamat arrived in Paris.", "Abakar Mahamat", "TCDGOV"),
        ("Minister of Defence and Veterans Affairs of Chad Idriss Dokony arrived in Paris.", "Idriss Dokony", "TCDMIL"),
    ],
)
def test_title_with_two_remits_names_its_holder(nlp, text, name, code):
    m = next(m for m in nlp(text)._.mentions if m.kind == "person")
    assert (m.name, m.code) == (name, code)


def test_the_diplomat_is_the_foreign_ministrys_official_named_last(nlp):
    doc = nlp(
        "The ministry summoned the Ambassador of Chile to Peru Juan Soto. Spokesman of the Ministry of Foreign "
        "Affairs of Chile Luis Perez rejected the note. The diplomat demanded that Lima release the fishermen."
    )
    assert find(doc._.mentions, "The diplomat").name == "Luis Perez"


def test_the_chinese_diplomat_is_the_foreign_ministrys_director(nlp):
    doc = nlp(
        "The Chinese delegation was headed by Director General of the Department of Asian Affairs of the Ministry "
        "of Foreign Affairs of China Li Wei. The Chinese diplomat denied that the dam would harm the river."
    )
    assert find(doc._.mentions, "The Chinese diplomat").name == "Li Wei"


@pytest.mark.parametrize(
    "text, span, country",
    [
        (
            "HELSINKI - Investigators of the Police and Border Guard Service of Estonia joined the team.",
            "the Police",
            "EST",
        ),
        ("ROME - The Police and Coast Guard of Albania detained two boats.", "The Police", "ALB"),
    ],
)
def test_body_joined_to_a_states_body_shares_its_state(nlp, text, span, country):
    assert find(nlp(text)._.mentions, span).country == country


@pytest.mark.parametrize(
    "text, span",
    [
        ("The Ministry of Interior of Belgium said that two men were held.", "The Ministry of Interior of Belgium"),
        ("The Department of the Environment of Ireland said the river was low.", None),
    ],
)
def test_ministry_of_a_remit_is_a_body(nlp, text, span):
    ms = nlp(text)._.mentions
    body = find(ms, span) if span else next(m for m in ms if m.text.startswith("The Department"))
    assert body.kind != "person"


def test_minister_of_interior_is_a_person(nlp):
    m = next(m for m in nlp("Minister of Interior of Belgium Jan Peeters said two men were held.")._.mentions)
    assert m.kind == "person"
