"""Tokens found over a Doc's arrays of word ids, so that a component that
looks for a few words makes a ``Token`` only for those (iterating a Doc makes
one for every word)."""

from __future__ import annotations


def lower_ids(doc):
    """The Doc's lower-cased word ids, one per token (a numpy array)."""
    from spacy.attrs import LOWER

    return doc.to_array(LOWER)


def tokens_with_lower(doc, words, ids=None) -> list:
    """The tokens whose lower-cased text is one of ``words`` (a word or an
    iterable of them), in text order; ``ids``: the Doc's :func:`lower_ids`,
    where the caller keeps them."""
    import numpy as np

    if not len(doc):
        return []
    if ids is None:
        ids = lower_ids(doc)
    if isinstance(words, str):
        words = (words,)
    strings = doc.vocab.strings
    want = np.array([strings[w] for w in set(words)], dtype=ids.dtype)
    return [doc[int(i)] for i in np.flatnonzero(np.isin(ids, want))]
