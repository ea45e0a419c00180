"""Hand-built Docs for the quote tests: token rows frozen in parses.json
(text, trailing space, lemma, POS, tag, dep, head index, entity IOB-type,
sentence start), so the tests need no model.

parses.json is made by ``tools/make_frozen_parses.py`` from the model accord
uses: ``--check`` shows what a re-parse would change, ``--add KEY "TEXT"``
adds a sentence, no option rewrites the token rows (two entries are kept as
frozen on purpose; see ``KEEP`` there)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (is_punct...), no model


@lru_cache(maxsize=1)
def _specs() -> dict:
    return json.loads((Path(__file__).parent / "parses.json").read_text(encoding="utf-8"))


def make_doc(key: str, mentions=None) -> Doc:
    spec = _specs()[key]
    rows = spec["tokens"]
    doc = Doc(
        _VOCAB,
        words=[r[0] for r in rows],
        spaces=[bool(r[1]) for r in rows],
        lemmas=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        heads=[r[6] for r in rows],
        ents=[r[7] for r in rows],
        sent_starts=[bool(r[8]) for r in rows],
    )
    assert doc.text == spec["text"]
    doc._.mentions = list(mentions or [])
    doc._.chains = []
    return doc
