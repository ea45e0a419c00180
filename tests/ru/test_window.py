"""accord.ru.window: how far back a word for a body or person named before
looks (the bound of the epithet and press-service scans)."""

from __future__ import annotations

import pytest


def _doc(sentences: int):
    import spacy
    from spacy.tokens import Doc

    words = [w for k in range(sentences) for w in (f"w{k}", ".")]
    starts = [i % 2 == 0 for i in range(len(words))]
    return Doc(spacy.blank("ru").vocab, words=words, sent_starts=starts)


def test_the_window_starts_the_given_number_of_sentences_back():
    from accord.ru.window import window_start

    doc = _doc(10)
    assert window_start(doc[18], 3) == 12
    assert window_start(doc[18], 0) == 18
    assert window_start(doc[4], 6) == 0  # fewer sentences before: the document's start


@pytest.mark.ru
def test_an_epithet_far_from_the_person_named_is_not_that_person():
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    filler = " ".join(f"В регионе {k}-й день идут дожди." for k in range(1, 9))
    near = "Глава МИД Ирана Аббас Аракчи прибыл в Москву. Иранский политик поблагодарил Россию за поддержку."
    far = f"Глава МИД Ирана Аббас Аракчи прибыл в Москву. {filler} Иранский политик поблагодарил Россию за поддержку."
    near_codes = {t[1] for t in triples(extract_text(near, "2026-05-01")[3])}
    far_codes = {t[1] for t in triples(extract_text(far, "2026-05-01")[3])}
    assert "IRNGOV" in near_codes and "IRNGOV" not in far_codes, (near_codes, far_codes)
