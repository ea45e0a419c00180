"""Sentences in constant time: the quote finder asks for a token's sentence
at every cue and quotation, and ``Token.sent`` walks the whole sentence at
each call (quadratic on a text the parser reads as one long sentence)."""

from __future__ import annotations

from bisect import bisect_right

#: a "sentence" longer than this many tokens is no prose (a list, a table, garbled marks: news
#: sentences stay under 120 tokens); its words are not read as cues, so hostile text stays linear
LONG_SENTENCE = 300


def _sent_starts(doc) -> list[int]:
    """Token index of each sentence start, found once per Doc (``Token.sent``
    walks the whole sentence at every call)."""
    key = ("accord_quote_sents", len(doc))
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = [s.start for s in doc.sents] or [0]
    return starts


def sent_bounds(tok) -> tuple[int, int]:
    """Token bounds [start, end) of ``tok``'s sentence."""
    starts = _sent_starts(tok.doc)
    k = bisect_right(starts, tok.i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(tok.doc)


def sent_of(tok):
    """``tok.sent`` in constant time."""
    lo, hi = sent_bounds(tok)
    return tok.doc[lo:hi]


def long_sentence(tok) -> bool:
    lo, hi = sent_bounds(tok)
    return hi - lo > LONG_SENTENCE
