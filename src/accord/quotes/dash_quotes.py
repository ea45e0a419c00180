"""Russian-style dialogue as translated copy keeps it: a paragraph that opens
with a dash is a quotation ("- We will not allow it, - said the general."),
as is one led in by a colon or one that answers an interviewer's dash
question."""

from __future__ import annotations

import re

from .. import datafiles
from .mark_span import DASHES, MarkSpan, word_count
from .vocabulary import alternation


@datafiles.cached
def dash_close() -> re.Pattern:
    """The attribution after a dialogue-dash quotation: "..., - said the head
    of the service.", or with its subject first: "..., - the expert said.", or
    after a long title and name: "..., - First Deputy Chief of the General
    Staff Colonel General X said.", also when the title begins in lower
    case with a role noun: "..., - deputy head of the General Staff of X
    General Y said."."""
    verbs = alternation("dash_attribution_verbs")
    return re.compile(
        r"[,.!?\u2026]\s+[-\u2013\u2014]\s+(?=(?:is\s+|was\s+)?(?:" + verbs + r")\b"
        r"|(?:[^\s,.!?:;\u2013\u2014]+\s+){1,5}(?:" + verbs + r")\b"
        r"|(?:[A-Z][^\s,.!?:;\u2013\u2014]*|(?:" + alternation("role_nouns") + r")\b)"
        r"\s+(?:[^\s,.!?:;\u2013\u2014]+\s+){5,24}(?:" + verbs + r")\b)"
    )


@datafiles.cached
def _speech_lead() -> re.Pattern:
    """A lead-in that ends with a speech verb and a colon ("X noted:"), or
    with how the speaker spoke ("Kostrov was categorical:")."""
    plain = r"\b(?:is|was)\s+(?:" + alternation("plain_speech") + r")\s*:$"
    return re.compile(r"\b(?:" + alternation("colon_lead_verbs") + r")\b[^:]{0,80}:$|" + plain)


def dash_quote(text: str, lo: int, hi: int, prev: tuple[int, int] | None) -> MarkSpan | None:
    """Russian-style dialogue, as translated copy keeps it: a paragraph that
    opens with a dash is the quoted words, up to a dash that leads into the
    attribution ("- We will not allow it, - said the general.") or, after a
    lead-in that ends the paragraph before with a colon, the whole paragraph.
    A dash paragraph with neither (a bulleted list) is no quotation."""
    if hi - lo < 4 or text[lo] not in DASHES or not (text[lo + 1] == " " or text[lo + 1].isupper()):
        return None
    m = dash_close().search(text, lo + 2, hi)
    if m is not None and word_count(text, lo, m.start()) >= 3:
        return MarkSpan(lo, m.start() + 1, True, True, dash=True)
    lead = text[prev[0] : prev[1]].rstrip() if prev is not None else ""
    if _question_line(text, prev) and not text[lo:hi].rstrip().endswith("?") and word_count(text, lo, hi) >= 3:
        return MarkSpan(lo, hi, False, True, dash=True)  # an interview: the answer to the dash question before
    if lead.endswith(":") and _speech_lead().search(lead[-120:]) and word_count(text, lo, hi) >= 3:
        return MarkSpan(lo, hi, False, True, dash=True)  # "X noted:" then the words; not a list after a colon
    return None


def _question_line(text: str, para: tuple[int, int] | None) -> bool:
    """Whether a paragraph is an interviewer's dash line ending in a question mark."""
    if para is None or para[1] - para[0] < 3:
        return False
    return text[para[0]] in DASHES and text[para[0] : para[1]].rstrip().endswith("?")


def dash_lines(text: str, lo: int, hi: int, spans: list[MarkSpan]) -> list[MarkSpan]:
    """``spans`` with the dialogue lines inside paragraph [lo, hi) added: a
    line that opens with a dash after a line break, read as :func:`dash_quote`
    reads a paragraph, the line before it as its lead ('X told Kabar:⏎- We
    will not tolerate it.'); quotations inside such a line give way to it."""
    out = spans
    i = text.find("\n", lo, hi)
    while i >= 0:
        start = i + 1
        end = text.find("\n", start, hi)
        end = hi if end < 0 else end
        if start < end and text[start] in DASHES and not any(s.start <= start < s.end for s in out):
            dash = dash_quote(text, start, end, (text.rfind("\n", lo, i) + 1 or lo, i))
            if dash is not None:
                out = sorted(
                    [s for s in out if s.end <= dash.start or s.start >= dash.end] + [dash], key=lambda s: s.start
                )
        i = text.find("\n", start, hi) if end < hi else -1
    return out
