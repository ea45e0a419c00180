"""Actor mentions and their CAMEO-style codes.

The ``accord_actors`` component (:mod:`accord.actors.component`) fills
``doc._.mentions`` (sorted by start) and ``doc._.chains``; the logic is the
pure function :func:`accord.actors.resolver.extract`. Dated knowledge
(membership, capitals, office holders) is in :mod:`accord.actors.knowledge`.

Helpers for the quote and event components::

    mention_at(doc, start_char, end_char) -> Mention | None
    mentions_in(doc, start_char, end_char) -> list[Mention]
"""

from __future__ import annotations


def mentions_in(doc, start_char: int, end_char: int) -> list:
    """Mentions overlapping ``[start_char, end_char)``, in text order."""
    out = []
    for m in doc._.mentions or []:
        if m.start >= end_char:
            break
        if m.end > start_char:
            out.append(m)
    return out


def mention_at(doc, start_char: int, end_char: int):
    """The best mention overlapping the span: an exact match first, then one
    that covers the span's head (its last word), coded before uncoded, then
    the largest overlap."""
    cands = mentions_in(doc, start_char, end_char)
    if not cands:
        return None
    head_char = _head_char(doc, start_char, end_char)

    def key(m):
        exact = m.start == start_char and m.end == end_char
        covers_head = head_char is not None and m.start <= head_char < m.end
        overlap = min(m.end, end_char) - max(m.start, start_char)
        return (not exact, not covers_head, m.code is None, -overlap)

    return min(cands, key=key)


def _head_char(doc, start_char: int, end_char: int) -> int | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    try:
        root = span.root
    except Exception:  # no parse
        root = span[-1]
    return root.idx


__all__ = ["mention_at", "mentions_in"]
