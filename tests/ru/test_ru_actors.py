"""accord.ru.actors on hand-built Docs (no natasha needed)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from accord.ru.actors import _entities
from accord.ru.doc import NORMAL_KEY, blank


def _doc(words, lemmas, ent, normal):
    doc = Doc(blank().vocab, words=words, spaces=[True] * (len(words) - 2) + [False, False], lemmas=lemmas)
    span = Span(doc, ent[0], ent[1], label="PER")
    doc.ents = [span]
    doc.user_data[NORMAL_KEY] = {(span.start_char, span.end_char): normal}
    return doc


def test_a_name_cut_out_of_a_body_keeps_the_normal_form():
    # «Встреча с депутатом Мажилиса Арманом Сейтказиевым.»: the tagger ran the body into the name
    words = ["Встреча", "с", "депутатом", "Мажилиса", "Арманом", "Сейтказиевым", "."]
    lemmas = ["встреча", "с", "депутат", "мажилис", "арманом", "сейтказиевым", "."]
    doc = _doc(words, lemmas, (3, 6), "Мажилис Арман Сейтказиев")
    [a] = _entities(doc, "2026-06-01")
    assert (a.start, a.end) == (4, 6)  # without the body's word
    assert a.extra["normal"] == "Арман Сейтказиев"  # the entity's normal form, not the inflected text


def test_a_cut_name_whose_normal_form_does_not_line_up_keeps_its_text():
    words = ["Встреча", "с", "депутатом", "Мажилиса", "Арманом", "Сейтказиевым", "."]
    lemmas = ["встреча", "с", "депутат", "мажилис", "арманом", "сейтказиевым", "."]
    doc = _doc(words, lemmas, (3, 6), "Мажилис Сейтказиев")
    [a] = _entities(doc, "2026-06-01")
    assert a.extra["normal"] == "Арманом Сейтказиевым"
