"""accord.ru.body_names on hand-built Docs (no natasha needed); sentences are ours."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from accord.ru.body_names import bracketed_aliases, quoted_bodies
from accord.ru.doc import blank


@dataclass
class _A:
    start: int
    end: int
    kind: str | None
    named: bool = True


def _doc(words, lemmas, pos):
    doc = Doc(blank().vocab, words=words, lemmas=lemmas, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def test_a_quoted_name_after_a_body_noun_is_that_body():
    words = ["Съезд", "партии", "«", "Новая", "Сила", "»", "прошел", "."]
    lemmas = ["съезд", "партия", "«", "новый", "сила", "»", "пройти", "."]
    pos = ["NOUN", "NOUN", "PUNCT", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT"]
    doc = _doc(words, lemmas, pos)
    place = _A(4, 5, "location")  # a tagger's misreading inside the name goes
    out = quoted_bodies(doc, [place], lambda s, e: _A(s, e, "org"))
    assert [(a.start, a.end, a.kind) for a in out] == [(3, 5, "org")]


def test_a_quoted_name_after_another_noun_is_no_body():
    words = ["Учение", "«", "Запад", "»", "прошло", "."]
    doc = _doc(words, [w.lower() for w in words], ["NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"])
    assert quoted_bodies(doc, [], lambda s, e: _A(s, e, "org")) == []


def test_a_bracketed_name_after_a_body_is_the_same_body():
    words = ["Комитет", "защиты", "(", "Defence", "Committee", ")", "сообщил", "."]
    doc = _doc(words, [w.lower() for w in words], ["NOUN", "NOUN", "PUNCT", "X", "X", "PUNCT", "VERB", "PUNCT"])
    body = _A(0, 2, "org")
    out = bracketed_aliases(doc, [body], lambda s, e, b: _A(s, e, b.kind))
    assert [(a.start, a.end, a.kind) for a in out] == [(0, 2, "org"), (3, 5, "org")]
