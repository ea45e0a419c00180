"""accord.ru.actors: the lexicon names the states an envoy serves and the
titles of envoys (hand-built Docs, no natasha needed)."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.ru.actors import _lexicon_matches
from accord.ru.doc import blank


def _matches(words, lemmas):
    doc = Doc(blank().vocab, words=words, lemmas=lemmas)
    return {doc[s:e].text: entry for s, e, entry in _lexicon_matches(doc)}


def test_the_state_an_envoy_serves_is_known_beside_the_city_he_is_posted_in():
    # «Посол Ирака в Москве …»: without Iraq in the lexicon Moscow was the only state and the envoy became RUSGOV
    for words, lemmas, name, iso in [
        (["Посол", "Ирака", "в", "Москве"], ["посол", "ирак", "в", "москва"], "Ирака", "IRQ"),
        (["Посол", "Египта", "в", "Астане"], ["посол", "египет", "в", "астана"], "Египта", "EGY"),
        (["Посол", "Испании", "в", "Минске"], ["посол", "испания", "в", "минск"], "Испании", "ESP"),
        (["министр", "Саудовской", "Аравии"], ["министр", "саудовский", "аравия"], "Саудовской Аравии", "SAU"),
    ]:
        state = _matches(words, lemmas)[name]
        assert (state.kind, state.country) == ("state", iso)


def test_a_permanent_representative_is_a_government_title():
    for words, lemmas, name in [
        (["Постпред", "России", "при", "ООН"], ["постпред", "россия", "при", "оон"], "Постпред"),
        (
            ["Постоянный", "представитель", "Казахстана"],
            ["постоянный", "представитель", "казахстан"],
            "Постоянный представитель",
        ),
    ]:
        title = _matches(words, lemmas)[name]
        assert (title.kind, title.sector, title.flag) == ("person", "GOV", "role")
