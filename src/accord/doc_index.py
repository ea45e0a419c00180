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


#: the ``doc.user_data`` key of the Doc's text
TEXT_KEY = "accord.text"


def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins every token anew on each
    access (a Token made per word). A token's text never changes, so the
    text kept is the Doc's for good (checked against the last token's end)."""
    got = doc.user_data.get(TEXT_KEY)
    if got is not None and len(doc) and len(got) == doc[-1].idx + len(doc[-1].text_with_ws):
        return got
    text = doc.user_data[TEXT_KEY] = doc.text
    return text
