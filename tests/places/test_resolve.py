from __future__ import annotations

import spacy
from spacy.tokens import Span

from accord.places import context_countries, find_places, resolve, resolve_span


def test_article_countries_come_first(gaz):
    assert resolve("Tripoli", ("LBN",), path=gaz).country == "LBN"
    assert resolve("Tripoli", ("LBY",), path=gaz).country == "LBY"


def test_most_populous_only_at_ten_times_the_next(gaz):
    # Alexandria, Egypt (3.8M) is more than ten times Alexandria, Virginia (150k)
    assert resolve("Alexandria", path=gaz).country == "EGY"
    # Tripoli, Libya (1.15M) is not ten times Tripoli, Lebanon (230k): never guessed
    assert resolve("Tripoli", path=gaz) is None


def test_candidates_of_one_country_resolve_to_the_country(gaz):
    place = resolve("Twinsk", path=gaz)
    assert (place.country, place.resolution, place.feature) == ("UKR", "country", "country")
    assert round(place.lat) == 49  # our centre point of Ukraine


def test_single_candidate_is_the_answer(gaz):
    place = resolve("Kant", path=gaz)
    assert (place.country, place.resolution, place.geonameid) == ("KGZ", "city", 6)


def test_unknown_name_is_unresolved(gaz):
    assert resolve("Nowhereville", path=gaz) is None
    assert resolve("  ", path=gaz) is None


def test_qualifier_after_the_name_narrows_it(gaz):
    text = "He was charged in Alexandria, Virginia, on Monday."
    s = text.index("Alexandria")
    m = resolve_span(text, s, s + len("Alexandria"), context_countries(text, gaz), path=gaz)
    assert (m.place.country, m.place.admin1["code"], m.place.admin1["name"]) == ("USA", "VA", "Virginia")


def test_site_word_after_the_name_is_taken_in(gaz):
    text = "Jets landed at Kant air base on Friday."
    s = text.index("Kant")
    m = resolve_span(text, s, s + 4, path=gaz)
    assert (m.text, m.place.name, m.place.source) == ("Kant air base", "Kant Air Base", "curated")


def test_context_countries_from_names_and_adjectives(gaz):
    assert context_countries("Lebanese troops moved into Tripoli, officials in Egypt said.", gaz) == ("LBN", "EGY")


def _doc(words, ents):
    nlp = spacy.blank("en")
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_find_places_on_a_hand_built_doc(gaz):
    doc = _doc(
        ["Lebanese", "soldiers", "entered", "Tripoli", "and", "Kiev", "."],
        [(0, 1, "NORP"), (3, 4, "GPE"), (5, 6, "GPE")],
    )
    found = [(m.text, m.place.country if m.place else None) for m in find_places(doc, path=gaz)]
    assert found == [("Tripoli", "LBN"), ("Kiev", "UKR")]


def test_find_places_takes_a_mislabelled_town_after_a_locative_word(gaz):
    doc = _doc(
        ["Talks", "opened", "in", "Bishkek", "with", "Cairo", "officials", "."], [(3, 4, "PERSON"), (5, 6, "PERSON")]
    )
    found = [(m.text, m.place.name) for m in find_places(doc, path=gaz)]
    assert found == [("Bishkek", "Bishkek")]


def test_find_places_on_text_needs_entities(gaz):
    text = "Drills near Kant."
    found = find_places(text, entities=[(12, 16, "GPE")], path=gaz)
    assert found[0].place.country == "KGZ" and (found[0].start, found[0].end) == (12, 16)
