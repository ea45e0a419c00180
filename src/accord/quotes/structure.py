"""Document structure is not speech: headlines and section headings inside
the text, photo captions and credits, "READ MORE:" / "WATCH:" links and
bylines yield no quote, and neither does the writer's own reminder of the
background ("Recall that ...", the agencies' «Напомним»). The words are
lists of ``lang/en/quotes/words.tsv`` (``structure_labels``,
``caption_labels``, ``byline_words``, ``writer_reminders``)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .. import datafiles
from ..record import Quote
from .sentences import sent_bounds
from .vocabulary import word_seq

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

#: a heading is short: news sentences that lack a final stop are longer, or end in a colon
HEADING_WORDS = 20
#: a caption is a short paragraph
CAPTION_WORDS = 45
_CLOSING = " \t\u00a0\"'\u201d\u2019\u00bb\u203a)]"
_SENTENCE_END = ".!?\u2026:;,"
_DASHES = "-\u2013\u2014\u2015"
_QUOTE_OPENERS = "\"'\u201c\u201e\u00ab\u2018"
_OPENERS = " \t\n\"'\u201c\u00ab"
#: the agencies' headline that opens with a quotation and a colon: '"The border is calm": the committee'
_QUOTE_HEADLINE = re.compile('["\u201c\u201e\u00ab][^"\u201c\u201d\u00bb\n]{3,200}["\u201c\u201d\u00bb]\\s*:\\s')


def _alternation(name: str) -> str:
    return "|".join(re.escape(w) for w in sorted(word_seq(name), key=len, reverse=True))


@datafiles.cached
def _label() -> re.Pattern:
    return re.compile(r"\W{0,3}(?:" + _alternation("structure_labels") + r")\s*[:|>\u2013\u2014-]\s", re.I)


@datafiles.cached
def _caption() -> re.Pattern:
    return re.compile(r"(?:^|[\s(\[|/])(?:" + _alternation("caption_labels") + r")\s*:\s*\S", re.I)


@datafiles.cached
def _byline() -> re.Pattern:
    return re.compile(
        r"(?:" + _alternation("byline_words") + r")\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}", re.I
    )


@datafiles.cached
def _reminder() -> re.Pattern:
    return re.compile(r"(?:" + _alternation("writer_reminders") + r")\b", re.I)


def furniture(text: str, p0: int, p1: int) -> bool:
    """Whether paragraph [p0, p1) is page furniture: a heading (short, no
    final stop, not a dialogue line), a labelled link, caption or credit, or
    a byline."""
    para = text[p0:p1].strip()
    if not para:
        return False
    words = len(para.split())
    if _label().match(para):
        return True
    if words <= CAPTION_WORDS and _caption().search(para):
        return True
    if words <= 8 and _byline().fullmatch(para.rstrip(" .")):
        return True
    core = para.rstrip(_CLOSING)
    return (
        words <= HEADING_WORDS
        and bool(core)
        and core[-1] not in _SENTENCE_END
        and para[0] not in _DASHES  # a dialogue line ("- We will not allow it") is speech
        and (para[0] not in _QUOTE_OPENERS or _QUOTE_HEADLINE.match(para) is not None)
        # a quotation signed with a name ('"..." - Jane Doe') is speech; '"...": X summed up' a headline
        and not para.endswith(("\u2026", "..."))
    )


def writer_reminder(ctx: _Ctx, q: Quote) -> bool:
    """A report whose cue stands in the writer's reminder that opens its
    sentence ("Recall that ...", "It should be recalled that ..."): no one else's,
    even where the parse hangs the reminder on the reminded verb and reads its
    subject as the speaker ('Recall that in 2022 the group calling itself
    "X" claimed ...': a speaker after the reminder is inside the writer's words)."""
    if q.cue is None:
        return False
    span = ctx.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    start = ctx.doc[sent_bounds(span[0])[0]].idx
    while start < q.cue.start and ctx.text[start] in _OPENERS:
        start += 1
    m = _reminder().match(ctx.text, start, min(len(ctx.text), start + 60))
    if m is None or q.cue.start >= m.end():
        return False
    return q.speaker is None or q.speaker.text.lower() in ("we", "us", "it") or q.speaker.start >= m.end()


def drop_structure(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """The quotes that start outside page furniture and are not the writer's reminders."""
    starts = [p0 for p0, _ in ctx.paras]
    memo: dict[int, bool] = {}
    out = []
    for q in quotes:
        k = bisect_right(starts, q.start) - 1
        if k >= 0:
            if k not in memo:
                memo[k] = furniture(ctx.text, *ctx.paras[k])
            if memo[k]:
                continue
        if writer_reminder(ctx, q):
            continue
        out.append(q)
    return out
