"""What the translated-press quote tests read off a parse: one row per quote
(its text, its speaker's name or text, and the quote fields a test names),
and the one row whose text holds some words."""

from __future__ import annotations


def quote_rows(nlp, text: str, *fields: str) -> list[tuple]:
    """(quote text, speaker name or text, *fields) of each quote of ``text``."""
    doc = nlp(text)
    return [
        (q.text, (q.speaker.name or q.speaker.text) if q.speaker else None, *(getattr(q, f) for f in fields))
        for q in doc._.quotes
    ]


def one(quotes: list[tuple], words: str) -> tuple:
    """The single row whose quote text holds ``words`` (fails on none or several)."""
    hits = [q for q in quotes if words in q[0]]
    assert len(hits) == 1, quotes
    return hits[0]
