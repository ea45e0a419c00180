"""Per-article lookups the quote finder builds once: paragraphs, quotation
marks (repaired), and the actor mention at a place in the text."""

from __future__ import annotations

from bisect import bisect_right

from ..doc_index import doc_text, lower_ids, tokens_with_lower
from ..record import Mention
from ..text import paragraphs
from .lexicon import Lexicon
from .marks import MarkSpan, attributed_singles, pair_marks
from .repairs import _close_before_attribution


def mention_lookup():
    """``mention_at(doc, start, end)`` from the actors component when it is
    there, else a small local scan of ``doc._.mentions``."""
    try:
        from ..actors import mention_at  # type: ignore[attr-defined]

        return mention_at
    except Exception:  # the actors helper is not there (yet)
        return _mention_at


def _mention_at(doc, start: int, end: int) -> Mention | None:
    best, best_ov = None, 0
    for m in doc._.mentions or ():
        ov = min(end, m.end) - max(start, m.start)
        if ov > best_ov or (
            ov == best_ov and ov > 0 and best is not None and (m.end - m.start) < (best.end - best.start)
        ):
            best, best_ov = m, ov
    return best


def _warn_repairs(doc, marks: list[MarkSpan]) -> None:
    """Say in the record's warnings where a quotation's marks were read
    against their look (the text itself stays as it was)."""
    notes = [
        f"quotation mark at {m.end - 1} read as closing the quotation from {m.start} (detached from its words)"
        for m in marks
        if m.detached
    ]
    if notes and doc.has_extension("accord_warnings"):
        if doc._.accord_warnings is None:
            doc._.accord_warnings = []
        doc._.accord_warnings.extend(notes)


class _Ctx:
    """Per-Doc lookups built once."""

    def __init__(self, doc, lex: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lex
        self.paras = [(p.start, p.end) for p in paragraphs(self.text)]
        self.marks: list[MarkSpan] = [
            _close_before_attribution(doc, lex, m)
            for m in attributed_singles(self.text, pair_marks(self.text, self.paras), self.paras)
        ]
        self.mark_starts = [m.start for m in self.marks]
        _warn_repairs(doc, self.marks)
        self.para_starts = [p[0] for p in self.paras]
        self.mention_at = mention_lookup()
        self.shared: set[int] = set()  # ids of reports that leave their quotation to its own speaker
        self.answers: set[int] = set()  # ids of transcript answers ("ANSWER: ...")
        self._lower = None  # the Doc's lower-cased word ids, read at the first tokens_of
        self.utterances: list[tuple[int, int]] = []  # ids of quotes that are stretches of one utterance
        self.linked: list = []  # the quotes linked there, held so that no later object takes their ids
        self.named_bodies = None  # (starts, mentions) of bodies with a name, read by referents once

    def tokens_of(self, words) -> list:
        """The tokens whose lower-cased text is one of ``words``, in text order
        (found over the Doc's array of word ids, read at the first call)."""
        if self._lower is None:
            self._lower = lower_ids(self.doc)
        return tokens_with_lower(self.doc, words, self._lower)

    def with_pos(self, *pos: str) -> list:
        """The tokens whose part of speech is one of ``pos``, in text order,
        read from the Doc as it is now (the quote finder retags a few words
        first)."""
        import numpy as np
        from spacy.attrs import POS
        from spacy.parts_of_speech import IDS

        if not len(self.doc):
            return []
        arr = self.doc.to_array(POS)
        want = np.array([IDS[p] for p in pos], dtype=arr.dtype)
        return [self.doc[int(i)] for i in np.flatnonzero(np.isin(arr, want))]

    def mark_at(self, pos: int) -> MarkSpan | None:
        """The quotation covering character ``pos``."""
        i = bisect_right(self.mark_starts, pos) - 1
        if i >= 0 and self.marks[i].start <= pos < self.marks[i].end:
            return self.marks[i]
        return None

    def marks_in(self, start: int, end: int) -> list[MarkSpan]:
        i = max(0, bisect_right(self.mark_starts, start) - 1)
        out = []
        while i < len(self.marks) and self.marks[i].start < end:
            m = self.marks[i]
            if m.end > start:
                out.append(m)
            i += 1
        return out

    def para_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.para_starts, pos) - 1
        if i < 0:
            return (0, 0)
        return self.paras[i]
