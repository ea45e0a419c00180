"""Pairing quotation marks: a pure function over a text and its paragraphs.

News copy mixes straight and curly marks, uses guillemets (« » ‹ ›) and
low-high marks („ “ ‚ ‘), reopens a quote at each paragraph of a
multi-paragraph quotation, and (in machine-translated or hand-edited copy)
leaves marks unmatched or pointing the wrong way. :func:`pair_marks` reads
every mark from its context (what stands before and after it), pairs marks
by type, and starts afresh at each paragraph, so one bad mark can spoil at
most its own paragraph and never flips the rest of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..text import paragraphs as _paragraphs
from .dash_quotes import dash_close, dash_lines, dash_quote
from .mark_glue import (
    SENT_END,
    after_cue,
    closed_later,
    comma_cue,
    detached_close,
    glued_close,
    nested_title,
    next_doubles,
    opens_after_word,
)
from .mark_span import (
    ALL_MARKS,
    DASHES,
    DOUBLE_MARKS,
    DOUBLE_PAIRS,
    MARK_RE,
    SINGLE_MARKS,
    SINGLE_PAIRS,
    MarkSpan,
    char_before,
    mark_context,
    word_count,
)

__all__ = [
    "ALL_MARKS",
    "DOUBLE_MARKS",
    "SINGLE_MARKS",
    "MarkSpan",
    "attributed_singles",
    "keep_mark_runs",
    "pair_marks",
]


def _starts_with_open(text: str, lo: int, hi: int) -> bool:
    if lo >= hi:
        return False
    c = text[lo]
    if c in "\u201c\u201e\u00ab" or text.startswith("``", lo):
        return True
    if text.startswith("''", lo):
        return mark_context(text, lo, lo, hi, 2)[0]
    if c in '"\u201d\u00bb':
        return mark_context(text, lo, lo, hi)[0]
    return False


def _closes_first(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph's first mark is a double mark that only closes,
    after a few words ('... not emotions», the minister said.'): a quotation
    from the paragraph before runs on into it, a break inside the quotation
    that translated or re-flowed copy leaves with no reopening mark."""
    m = MARK_RE.search(text, lo, hi)
    if m is None or m.group()[0] not in DOUBLE_MARKS or len(text[lo : m.start()].split()) < 3:
        return False
    opening, closing = mark_context(text, m.start(), lo, hi, len(m.group()))
    return closing and not opening


def pair_marks(text: str, paras: Sequence[tuple[int, int]] | None = None) -> list[MarkSpan]:
    """The quotations in ``text``, in order, never overlapping, each inside
    one paragraph. ``paras``: (start, end) of each paragraph (default: blank-
    line or line paragraphs as :func:`accord.text.paragraphs` finds them).
    Never raises on any string."""
    if paras is None:
        paras = [(p.start, p.end) for p in _paragraphs(text)]
    else:  # clip, order and separate whatever we were given
        clean: list[tuple[int, int]] = []
        for a, b in sorted((max(0, int(a)), min(len(text), int(b))) for a, b in paras):
            if clean:
                a = max(a, clean[-1][1])
            if b > a:
                clean.append((a, b))
        paras = clean
    out: list[MarkSpan] = []
    carry = False  # a double quote goes on from the previous paragraph
    n = len(paras)
    for k, (lo, hi) in enumerate(paras):
        goes_on = k + 1 < n and (_starts_with_open(text, *paras[k + 1]) or _closes_first(text, *paras[k + 1]))
        spans, carry = _pair_paragraph(text, lo, hi, carry, goes_on)
        if not carry and (not spans or text[lo] in DASHES):
            dash = dash_quote(text, lo, hi, paras[k - 1] if k else None)
            if dash is not None and not any(s.start < dash.end < s.end for s in spans):
                # a name in marks inside the dash quotation ('- We trained at the «Iliysky» centre, - he
                # added.') is no quotation of its own; one after it ('... - he said. "B," he added') is
                spans = [dash] + [s for s in spans if s.start >= dash.end]
        if not carry and text.find("\n", lo, hi) >= 0:
            spans = dash_lines(text, lo, hi, spans)  # 'X told Kabar:⏎- ...' inside one paragraph
        if out and spans and spans[0].start < out[-1].end:
            spans = [s for s in spans if s.start >= out[-1].end]
        out.extend(spans)
    return out


def _pair_paragraph(text: str, lo: int, hi: int, carried: bool, next_opens: bool) -> tuple[list[MarkSpan], bool]:
    """The quotations of one paragraph, and whether a double quotation goes
    on into the next (``carried``: one goes on from the previous paragraph,
    reopened by this paragraph's first mark)."""
    p = _Pairing(text, lo, hi, carried)
    found = []
    doubled_open = 0  # doubled opening marks of this paragraph not yet met by a doubled closing one
    for m in MARK_RE.finditer(text, lo, hi):
        c = m.group()
        w = len(c)
        ctx = mark_context(text, m.start(), lo, hi, w)
        if w == 2 and c[0] in DOUBLE_MARKS:
            opening = ctx[0] and not ctx[1]
            if not opening and not doubled_open:
                # no doubled opener before it: two closers, the inner quotation's and the outer one's
                # ('«Our answer is «no»»', '“We called it “a show of force””')
                found.extend((m.start() + k, c[k], 1, *mark_context(text, m.start() + k, lo, hi, 1)) for k in (0, 1))
                continue
            doubled_open += 1 if opening else -1
            # a doubled mark is read as one, of one character: an opening one at its inner half (the
            # quotation then starts as one in single marks does), a closing one at its first
            found.append((m.start() + opening, c[0], 1, *ctx))
            continue
        if w == 2:
            c = c[0] if c[0] in DOUBLE_MARKS else '"' if c == "''" else "\u201c"
        found.append((m.start(), c, w, *ctx))
    later = next_doubles(found)
    first_word = hi - len(text[lo:hi].lstrip())  # the paragraph's first non-space character
    skip = -1
    for k, (i, c, w, opening, closing) in enumerate(found):
        if k == skip or p.nested_guillemet(i, c):
            continue
        if c in DOUBLE_MARKS:
            if p.open_at is not None and opening and not closing:
                if detached_close(text, i, c, p.open_ch):
                    p.close_detached(i, w)  # '..., "Name said': the closing mark lost its word
                    continue
                if nested_title(text, found, k):
                    skip = k + 1  # 'The "Afghan belt" programme' inside a quotation: a name, not its end
                    continue
            if c == '"' and not (opening or closing) and p.open_at is None and i <= first_word:
                opening = True  # '" The operation ... ", - the diplomat said': detached on both sides, it opens
            elif c == '"' and not (opening or closing) and p.open_at is None and closed_later(found, later[k]):
                opening = True  # 'said that"the ... countries" and': a mark glued to both words opens
            elif p.open_at is not None and opening and not closing and glued_close(text, i, w, c, p.open_ch):
                opening, closing = False, True  # '... of us,"the head of state stressed': it closes
            elif c == '"' and closing and not opening and p.open_at is None and opens_after_word(text, i, lo):
                if closed_later(found, later[k], text):
                    opening, closing = True, False  # 'noted that" the situation is calm".': it opens
            p.double(i, c, w, opening, closing)
        elif p.open_at is None:  # single marks: only at the top level
            p.single(i, c, opening, closing)
    return p.finish(next_opens)


@dataclass
class _Pairing:
    """The marks open so far while one paragraph is read left to right."""

    text: str
    lo: int
    hi: int
    carried: bool
    spans: list = field(default_factory=list)
    open_at: int | None = None  # position of the open double mark
    open_ch: str = ""
    sopen_at: int | None = None  # an open single mark (only outside doubles)
    sopen_ch: str = ""
    seen_mark: bool = False
    continued: bool = False
    nested: int = 0  # guillemets opened inside an open guillemet quotation: «... «Aravot» ...»
    closers: list | None = None  # positions of » in the paragraph, found once when needed

    def nested_guillemet(self, i: int, c: str) -> bool:
        """Whether a guillemet opens or closes a name or phrase inside an open
        guillemet quotation (closed before it), not the quotation itself."""
        if self.open_at is None:
            self.nested = 0
            return False
        if self.open_ch != "\u00ab":
            return False
        if c == "\u00ab" and self.closers is None:
            self.closers = [j for j in range(self.lo, self.hi) if self.text[j] == "\u00bb"]
        if c == "\u00ab" and len(self.closers) - bisect_right(self.closers, i) >= self.nested + 2:
            self.nested += 1
            return True
        if c == "\u00bb" and self.nested:
            self.nested -= 1
            return True
        return False

    def _open(self, i: int, c: str) -> None:
        self.open_at, self.open_ch = i, c
        self.continued = self.carried and not self.seen_mark
        self.seen_mark = True

    def _close(self, i: int, w: int) -> None:
        self.spans.append(MarkSpan(self.open_at, i + w, True, True, self.continued))
        self.open_at, self.continued = None, False
        self.seen_mark = True

    def close_detached(self, i: int, w: int) -> None:
        """Close the open quotation at a mark detached from its words (a repair: offsets stay)."""
        self.spans.append(MarkSpan(self.open_at, i + w, True, True, self.continued, detached=True))
        self.open_at, self.continued = None, False
        self.seen_mark = True

    def double(self, i: int, c: str, w: int, opening: bool, closing: bool) -> None:
        """A double mark: closes the open quotation, reopens, or opens one."""
        if self.open_at is not None:
            closes = c in DOUBLE_PAIRS.get(self.open_ch, "") or c in '\u201d\u00bb"'
            if closes and (closing or not opening):
                self._close(i, w)
            elif opening and c in DOUBLE_PAIRS:
                # an opening mark while one is open: the earlier one was
                # never closed; it ends at its sentence's end when one comes
                # before this mark ('called it "unfriendly. The ministry ...'); start again here
                # (a mark of the same kind: a curly one inside straight ones is a quotation within)
                stop = SENT_END.search(self.text, self.open_at + 1, i) if c == self.open_ch else None
                cue = comma_cue(self.text, self.open_at, i) if stop is not None else None
                if cue is not None:  # '"A. B,the general said and added that ... "C"': it ends at its attribution
                    self.spans.append(MarkSpan(self.open_at, cue, True, True, self.continued))
                elif stop is not None:
                    self.spans.append(MarkSpan(self.open_at, stop.end(), False, True, self.continued))
                self.open_at, self.open_ch, self.continued, self.nested = i, c, False, 0
            elif closes:
                self._close(i, w)
            return
        # nothing open
        self.sopen_at = None
        if c in "\u201c\u201e\u00ab" and not (closing and not opening and c == "\u201c"):
            self._open(i, c)
        elif opening and not closing:
            self._open(i, c)
        elif closing and not self.seen_mark and i > self.lo:
            # a closing mark with no opening one: the quote began at the
            # paragraph's start (its opening mark was lost)
            if word_count(self.text, self.lo, i) >= 3:
                self.spans.append(MarkSpan(self.lo, i + w, True, False, self.carried))
            self.seen_mark = True
        elif opening:
            self._open(i, c)

    def single(self, i: int, c: str, opening: bool, closing: bool) -> None:
        """A single mark outside double quotations."""
        text = self.text
        if c == "'":
            # a straight single mark is mostly an apostrophe ("don't", "states' rights"): it opens
            # before a word and closes only after the punctuation that ends an utterance ("...,' he said")
            if opening and text[i + 1].isalpha() and (self.sopen_at is None or self.sopen_ch == "'"):
                self.sopen_at, self.sopen_ch = (
                    i,
                    c,
                )  # a later opening one re-anchors: "'80s", "rock 'n' roll" never open
            elif self.sopen_ch == "'" and self.sopen_at is not None and closing and _utterance_end(text, i):
                self._close_single(i)
            return
        # ‹ and ‚ only open and › only closes: set off by a space or glued to the attribution
        # ('‹ We are ready ›, - he said', '...,›the expert said'), they keep their role
        if self.sopen_at is None:
            if c in SINGLE_PAIRS and (opening or (c in "\u2039\u201a" and not closing)):
                self.sopen_at, self.sopen_ch = i, c
            return
        if c in SINGLE_PAIRS.get(self.sopen_ch, "") and (closing or c == "\u203a"):
            self._close_single(i)

    def _close_single(self, i: int) -> None:
        self.spans.append(MarkSpan(self.sopen_at, i + 1, True, True, False, False, True))
        self.sopen_at = None
        self.seen_mark = True

    def finish(self, next_opens: bool) -> tuple[list[MarkSpan], bool]:
        """Unclosed at the paragraph's end: a multi-paragraph quote when the
        next paragraph reopens, otherwise the quote runs to the paragraph end."""
        carry = False
        if self.open_at is not None:
            end = self.hi
            while end > self.open_at + 1 and self.text[end - 1].isspace():
                end -= 1
            dash = None if next_opens else dash_close().search(self.text, self.open_at + 1, end)
            cue = None if next_opens or dash is not None else comma_cue(self.text, self.open_at, end)
            if dash is not None and word_count(self.text, self.open_at, dash.start()) >= 3:
                # '"We demand an inquiry, - it is said in the statement.': translated copy lost the
                # closing mark before its dialogue dash; the quotation ends at the dash's comma
                self.spans.append(MarkSpan(self.open_at, dash.start() + 1, True, True, self.continued))
            elif cue is not None:  # '"Our task is to patrol the zone, he added.': it ends at its attribution
                self.spans.append(MarkSpan(self.open_at, cue, True, True, self.continued))
            elif end > self.open_at + 1:
                self.spans.append(MarkSpan(self.open_at, end, False, True, self.continued, next_opens))
            carry = next_opens
        return self.spans, carry


# what may stand between two parts of one speaker's quotation: "..., he said. '..."
_BETWEEN = re.compile(r"\s*[^.!?\n]{0,80}[.,:]\s*")


def attributed_singles(
    text: str, spans: Sequence[MarkSpan], paras: Sequence[tuple[int, int]] | None = None
) -> list[MarkSpan]:
    """Single-mark spans that read as quotations (the house style of much
    British and Asian copy: 'We are ready,' he said.) become ordinary
    quotations; the rest stay single (scare quotes, nicknames, a quote
    within a headline). A single span qualifies when its words end in an
    utterance's punctuation and a speech verb follows it, a colon leads
    into it, or it goes on right after such a quotation of its paragraph."""
    if paras is None:
        paras = [(p.start, p.end) for p in _paragraphs(text)]
    starts = [p[0] for p in paras]
    out: list[MarkSpan] = []
    prev: MarkSpan | None = None  # the last promoted span
    for m in spans:
        if not m.single or not m.closed or not m.opened:
            out.append(m)
            continue
        body = text[m.start + 1 : m.end - 1].strip()
        k = max(0, bisect_right(starts, m.start) - 1)
        p0 = paras[k][0] if paras else 0
        outside = text[m.end : m.end + 1] in (",", ".")  # translated copy: '‹...›, the expert believes'
        ok = (
            len(body.split()) >= 3
            and (body[-1:] in ",.?!" or outside)
            and (
                after_cue().match(text, m.end + (text[m.end : m.end + 1] == ",")) is not None
                or char_before(text, p0, m.start) == ":"
                or (_sentence_start(text, p0, m.start) and len(body.split()) >= _SENTENCE_WORDS and body[:1].isupper())
                or (prev is not None and prev.end >= p0 and _BETWEEN.fullmatch(text, prev.end, m.start) is not None)
            )
        )
        if ok:
            m = MarkSpan(m.start, m.end, True, True, m.continued, m.continues, False)
            prev = m
        out.append(m)
    return out


#: a whole sentence in single marks at a sentence start ('... says X. ‹We are talking about drones.›')
#: is a quotation; a name or title in single marks is shorter
_SENTENCE_WORDS = 5


def _sentence_start(text: str, lo: int, i: int) -> bool:
    """Whether ``i`` starts its paragraph or follows a sentence's stop."""
    return char_before(text, lo, i) in (".", "!", "?", "")


def _utterance_end(text: str, i: int) -> bool:
    """A straight single mark at ``i`` that may close a quotation: after the
    punctuation that ends an utterance ("...,' he said"), or after a word with
    that punctuation right after the mark ("...', the expert believes")."""
    return text[i - 1] in ",.?!" or (text[i - 1].isalnum() and text[i + 1 : i + 2] in (",", "."))


def keep_mark_runs(tokenizer) -> None:
    """The tokenizer rules for marks (:func:`.mark_tokens.keep_mark_runs`)."""
    from .mark_tokens import keep_mark_runs as keep

    keep(tokenizer)
