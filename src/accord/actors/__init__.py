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

from bisect import bisect_left, bisect_right

#: ``doc.user_data`` key of the mentions' offsets (see :func:`_offsets`)
_OFFSETS = "accord_mention_offsets"


def mentions_in(doc, start_char: int, end_char: int) -> list:
    """Mentions overlapping ``[start_char, end_char)``, in text order (two
    binary searches over the mentions' offsets, not a scan of them all)."""
    mentions = doc._.mentions or []
    if not mentions:
        return []
    starts, reach = _offsets(doc, mentions)
    first = bisect_right(reach, start_char)  # every mention before it ends by start_char
    last = bisect_left(starts, end_char)  # every mention from here starts at end_char or later
    return [m for m in mentions[first:last] if m.end > start_char]


def _offsets(doc, mentions: list) -> tuple[list[int], list[int]]:
    """The mentions' starts and, for each, the furthest end of the mentions
    up to it (both sorted), kept in ``doc.user_data`` while the Doc holds
    the same list of mentions."""
    kept = doc.user_data.get(_OFFSETS)
    if kept is not None and kept[0] is mentions and kept[1] == len(mentions):
        return kept[2], kept[3]
    starts, reach, top = [], [], None
    for m in mentions:
        top = m.end if top is None or m.end > top else top
        starts.append(m.start)
        reach.append(top)
    doc.user_data[_OFFSETS] = (mentions, len(mentions), starts, reach)
    return starts, reach


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
