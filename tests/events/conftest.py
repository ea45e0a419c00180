"""Hand-built Docs for the events tests (no model needed)."""

import pytest
import spacy
from spacy.tokens import Doc

from accord.nlp import register_extensions
from accord.record import Mention, Quote, Speaker


@pytest.fixture(scope="session")
def vocab():
    register_extensions()
    return spacy.blank("en").vocab


def make_doc(vocab, rows, mentions=(), published="2023-06-20", quotes=(), sent_starts=None):
    """rows: (word, lemma, pos, tag, dep, head_index, ent) per token; a
    single sentence unless ``sent_starts`` (the first token of each) says more. ``mentions``: (first_token, last_token_excl, code,
    country, sector, org, kind)."""
    words = [r[0] for r in rows]
    spaces = [True] * len(rows)
    for i, r in enumerate(rows[:-1]):
        if rows[i + 1][2] == "PUNCT" or rows[i + 1][0] in ("'s", "n't"):
            spaces[i] = False
        if r[3] == "HYPH":  # "cease-fire": the hyphen touches both words
            spaces[i] = False
    spaces[-1] = False
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        ents=[r[6] for r in rows],
        sent_starts=[i in (sent_starts or (0,)) for i in range(len(rows))],
    )
    ms = []
    for a, b, code, country, sector, org, kind in mentions:
        span = doc[a:b]
        ms.append(
            Mention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                name=span.text,
                kind=kind,
                code=code,
                country=country,
                sector=sector,
                org=org,
            )
        )
    doc._.mentions = ms
    doc._.chains = []
    doc._.quotes = list(quotes)
    doc._.published = published
    doc._.accord_warnings = []
    return doc


@pytest.fixture
def build(vocab):
    def _b(rows, mentions=(), published="2023-06-20", quotes=(), sent_starts=None):
        return make_doc(vocab, rows, mentions, published, quotes, sent_starts)

    return _b


__all__ = ["make_doc", "Quote", "Speaker"]
