"""Actor mentions and their CAMEO-style codes.

The ``accord_actors`` component (:mod:`accord.actors.component`) fills
``doc._.mentions`` (sorted by start) and ``doc._.chains``; the logic is the
pure function :func:`accord.actors.resolver.extract`. Dated knowledge
(membership, capitals, office holders) is in :mod:`accord.actors.knowledge`.

Helpers for the quote and event components::

    mention_at(doc, start_char, end_char) -> Mention | None
    mentions_in(doc, start_char, end_char) -> list[Mention]

both over the Doc's :class:`MentionIndex` (``doc._.mention_index``), which
the component builds once with the mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

#: the Doc extension holding the :class:`MentionIndex` of ``doc._.mentions``
INDEX_EXTENSION = "mention_index"


class MentionIndex:
    """The mentions' starts and, for each, the furthest end of the mentions up
    to it (both sorted), built once for one list of mentions. It holds that
    list itself (not its ``id``, which a freed list may pass on to a new one),
    so :meth:`serves` tells whether ``doc._.mentions`` is still that list
    (and, cheaply, that its ends were not replaced in place)."""

    __slots__ = ("mentions", "count", "ends", "starts", "reach")

    def __init__(self, mentions: list) -> None:
        starts, reach, top = [], [], None
        for m in mentions:
            top = m.end if top is None or m.end > top else top
            starts.append(m.start)
            reach.append(top)
        self.mentions, self.count, self.starts, self.reach = mentions, len(mentions), starts, reach
        self.ends = (mentions[0], mentions[-1]) if mentions else ()

    def serves(self, mentions: list) -> bool:
        if self.mentions is not mentions or self.count != len(mentions):
            return False
        return not mentions or (mentions[0] is self.ends[0] and mentions[-1] is self.ends[1])


def index_mentions(doc) -> MentionIndex:
    """The Doc's :class:`MentionIndex`, built anew only when ``doc._.mentions``
    is not the list it was built for (the actors component builds it once)."""
    return _index(doc._)


def _index(ext) -> MentionIndex:
    """:func:`index_mentions` with the Doc's ``doc._`` read once (``ext``)."""
    if not _registered:
        _register()
    mentions = ext.mentions or []
    index = ext.get(INDEX_EXTENSION)
    if index is None or not index.serves(mentions):
        index = MentionIndex(mentions)
        ext.set(INDEX_EXTENSION, index)
    return index


_registered = False


def _register() -> None:
    global _registered
    from spacy.tokens import Doc

    if not Doc.has_extension(INDEX_EXTENSION):
        Doc.set_extension(INDEX_EXTENSION, default=None)
    _registered = True


def mentions_in(doc, start_char: int, end_char: int) -> list:
    """Mentions overlapping ``[start_char, end_char)``, in text order (two
    binary searches over the mentions' offsets, not a scan of them all)."""
    ext = doc._
    if not ext.mentions:
        return []
    index = _index(ext)
    first = bisect_right(index.reach, start_char)  # every mention before it ends by start_char
    last = bisect_left(index.starts, end_char)  # every mention from here starts at end_char or later
    return [m for m in index.mentions[first:last] if m.end > start_char]


def mention_at(doc, start_char: int, end_char: int):
    """The best mention overlapping the span: an exact match first, then one
    that covers the span's head (its last word), coded before uncoded, then
    the largest overlap."""
    cands = mentions_in(doc, start_char, end_char)
    if len(cands) <= 1:
        return cands[0] if cands else None  # no choice to make: the span's head is not needed
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


__all__ = ["MentionIndex", "index_mentions", "mention_at", "mentions_in"]
