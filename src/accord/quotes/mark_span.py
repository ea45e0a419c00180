"""The kinds of quotation marks news copy uses, the context test that reads
one mark as opening or closing, and :class:`MarkSpan`, one paired quotation
(the data :mod:`.marks`, :mod:`.mark_glue` and :mod:`.dash_quotes` share)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the closing marks it pairs with
DOUBLE_PAIRS = {
    "\u201c": '\u201d"',  # “ … ”  (a straight " closes it too in mixed copy)
    "\u201e": '\u201c\u201d"',  # „ … “ (German) or „ … ” (Polish)
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab",  # » … « (Danish, reversed)
    '"': '"\u201d',  # " … "
}
SINGLE_PAIRS = {
    "\u2018": "\u2019",  # ‘ … ’
    "\u201a": "\u2018\u2019",  # ‚ … ‘ (or ’)
    "\u2039": "\u203a",  # ‹ … ›
}
DOUBLE_MARKS = '\u201c\u201d\u201e\u00ab\u00bb"'
SINGLE_MARKS = "\u2018\u2019\u201a\u2039\u203a"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
# two ASCII apostrophes or backticks stand for a double mark in some wire copy
# a double mark written twice ('""We will respond""', '««...»»': translated or re-encoded copy) is one mark
MARK_RE = re.compile("''|``|([" + re.escape(DOUBLE_MARKS) + "])\\1|[" + re.escape(ALL_MARKS) + "']")
_EDGE = ALL_MARKS + "'`"
_OPEN_BEFORE = set("([{/-\u2013\u2014:;,") | set(ALL_MARKS)
_CLOSE_AFTER = set(".,;:!?)]}/-\u2013\u2014\u2026*") | set(ALL_MARKS)

#: the dashes that open and close dialogue in Russian-style (translated) copy
DASHES = "-\u2013\u2014"


@dataclass(frozen=True)
class MarkSpan:
    """One quotation: ``text[start:end]`` includes its marks.

    ``closed``: it ends with its closing mark (not at a paragraph's end);
    ``opened``: it begins with its opening mark (False for a quote whose
    opening mark is missing: it then starts at its paragraph's start);
    ``continued``: it continues a quotation from the previous paragraph;
    ``continues``: it goes on in the next paragraph (news convention: no
    closing mark, the next paragraph reopens); ``single``: single marks."""

    start: int
    end: int
    closed: bool = True
    opened: bool = True
    continued: bool = False
    continues: bool = False
    single: bool = False
    dash: bool = False  # a dialogue dash opens it: "- We will not allow it, - said the general."
    detached: bool = False  # its closing mark stood off its words ('..., "Name said'): a repair, with a warning

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        s, e = self.start, self.end
        if self.dash:
            while s < e and (text[s] in DASHES or text[s].isspace()):
                s += 1
            while e > s and text[e - 1] in ",":
                e -= 1
        if self.opened:
            while s < e and text[s] in _EDGE:
                s += 1
        if self.closed:
            while e > s and text[e - 1] in _EDGE:
                e -= 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return s, e


def mark_context(text: str, i: int, lo: int, hi: int, n: int = 1) -> tuple[bool, bool]:
    """(opening-like, closing-like) for the mark of ``n`` characters at
    ``i`` inside [lo, hi)."""
    prev = text[i - 1] if i > lo else None
    nxt = text[i + n] if i + n < hi else None
    left_open = prev is None or prev.isspace() or prev in _OPEN_BEFORE
    right_word = nxt is not None and not nxt.isspace() and nxt not in _CLOSE_AFTER
    left_word = prev is not None and not prev.isspace() and prev not in "([{"
    right_end = nxt is None or nxt.isspace() or nxt in _CLOSE_AFTER
    return left_open and right_word, left_word and right_end


def word_count(text: str, lo: int, hi: int) -> int:
    return len(text[lo:hi].split())


def char_before(text: str, lo: int, i: int) -> str:
    """The last non-space character of ``text[lo:i]`` ('' when none)."""
    while i > lo and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > lo else ""
