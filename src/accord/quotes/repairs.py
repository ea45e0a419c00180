"""Repairs of quotation marks that only a parse can make: a quotation whose
closing mark was lost ends where an attribution follows a comma inside it."""

from __future__ import annotations

from .cues import _is_speech
from .lexicon import Lexicon
from .marks import MarkSpan
from .vocabulary import word_set


def _tail_speaker_end(doc, j: int, end: int) -> int | None:
    """End of a speaker phrase starting at token ``j``: "he", "the general",
    "Marat Sadykov" or "Marat Sadykov, a Bishkek-based analyst,"; None if
    the words there are not one."""
    t = doc[j]
    if t.lower_ in word_set("tail_pronouns"):
        return j + 1
    k = j
    if t.lower_ == "the":
        k += 1
        while k < end and k - j <= 4 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
            k += 1
        return k if k > j + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN") else None
    while k < end and k - j < 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1  # a role before the name: "opposition politician Kanybek Imanaliev"
    role_end = k
    while k < end and k - role_end < 4 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == role_end:
        return None
    if k < end and doc[k].text == ",":  # an apposition, up to its closing comma
        m = k + 1
        while m < end and m - k <= 15 and doc[m].text != ",":
            m += 1
        return m + 1 if m < end and doc[m].text == "," else None
    return k


def _close_before_attribution(doc, lex: Lexicon, m: MarkSpan) -> MarkSpan:
    """A quotation whose closing mark was lost runs to its paragraph's end;
    when an attribution follows a comma inside it ('\u201cOur troops did their
    job, he said at the parade.'), the quotation ends at that comma."""
    if m.closed or m.continues or m.single:
        return m
    span = doc.char_span(m.start, m.end, alignment_mode="contract")
    if span is None:
        return m
    for t in span:
        if t.text != "," or t.i + 2 >= span.end or t.idx <= m.start + 1:
            continue
        k = _tail_speaker_end(doc, t.i + 1, span.end)
        if k is None or k >= span.end:
            continue
        v = doc[k]
        if v.tag_ in ("VBD", "VBZ") and _is_speech(v, lex):
            return MarkSpan(m.start, t.idx + 1, True, m.opened, m.continued, False)
    return m
