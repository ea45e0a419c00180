"""Marks that translated and hand-edited copy puts in the wrong place, read
by their context while :func:`.marks.pair_marks` pairs a paragraph: a closing
mark glued to the attribution after it ('... of us,"the head of state
stressed') or moved off its words onto the speaker ('..., "Name said'), an
opening mark glued to the word before it ('noted that" the situation'), a
short name in marks inside a quotation, and the end of a quotation that lost
its closing mark before its attribution (', he added')."""

from __future__ import annotations

import re

from .. import datafiles
from .mark_span import DOUBLE_MARKS, DOUBLE_PAIRS, word_count
from .vocabulary import alternation, word_set


def next_doubles(found: list) -> list[int]:
    """For each mark of ``found``, the index of the next double mark after
    it (-1: none), found in one pass from the end."""
    out, nxt = [-1] * len(found), -1
    for k in range(len(found) - 1, -1, -1):
        out[k] = nxt
        if found[k][1] in DOUBLE_MARKS:
            nxt = k
    return out


def closed_later(found: list, nxt: int, text: str = "") -> bool:
    """Is the next double mark of the paragraph (index ``nxt`` of ``found``,
    -1: none) one that only closes (a straight mark after a word, before a
    space or a stop, or one set off by a space right before a stop: 'the
    law ".', as machine translation leaves it)?"""
    if nxt < 0:
        return False
    f = found[nxt]
    if f[1] != '"' or f[3]:
        return False
    return f[4] or (text[f[0] + 1 : f[0] + 2] in (".", ",", ";", "!", "?") and text[f[0] - 1 : f[0]] == " ")


def detached_close(text: str, i: int, c: str, open_ch: str) -> bool:
    """A closing mark that machine translation moved off its word onto the
    speaker's name: '..., "Name Surname said.' (a comma or stop, a space, the
    mark, then an attribution)."""
    if not (c in DOUBLE_PAIRS.get(open_ch, "") or c == '"') or i < 2:
        return False
    return text[i - 1] == " " and text[i - 2] in ",.!?\u2026" and after_cue().match(text, i + 1) is not None


def glued_close(text: str, i: int, w: int = 1, c: str = '"', open_ch: str = '"') -> bool:
    """A closing mark glued to the attribution after it: '... of us,"the
    head of state stressed', '... of us,»the minister said' (a straight mark
    or a closer of the open mark; the words' own stop, the mark, then a speech
    verb within a few words)."""
    if not (c == '"' or c in DOUBLE_PAIRS.get(open_ch, "")):
        return False
    return i >= 1 and text[i - 1] in ",.!?\u2026" and after_cue().match(text, i + w) is not None


def opens_after_word(text: str, i: int, lo: int) -> bool:
    """A mark after a word that only introduces a quotation ('noted that"
    the situation ...'), with a space after it: it opens, not closes."""
    if i + 1 >= len(text) or not text[i + 1].isspace():
        return False
    m = re.search(r"(\w+)$", text[max(lo, i - 30) : i])
    return m is not None and m.group(1).lower() in word_set("quote_opening_words")


#: a name in marks inside a quotation is short
_TITLE_WORDS = 6


def nested_title(text: str, found: list, k: int) -> bool:
    """An opening mark inside an open quotation that wraps a short name or
    title ('"... The "Afghan belt of security" programme must ..."'): the
    next mark closes it right after a word, and a later mark still closes the
    quotation."""
    if k + 2 >= len(found):
        return False
    i = found[k][0]
    j, _, _, j_open, j_close = found[k + 1]
    _, _, _, n_open, n_close = found[k + 2]
    return (
        j_close
        and not j_open
        and text[j - 1].isalnum()
        and len(text[i + 1 : j].split()) <= _TITLE_WORDS
        and n_close
        and not n_open
    )


#: the end of a sentence inside a quotation that lost its closing mark: a stop, then a capitalised word
SENT_END = re.compile(r"[.!?](?=\s+[A-Z])")


@datafiles.cached
def _cue_after_comma() -> re.Pattern:
    """A comma, then an attribution of a few words that ends in a speech verb:
    ', he added', ',the general said', ', the ministry said in a statement'."""
    return re.compile(
        r",\s*(?!(?:as|like|which|who)\b)(?=(?:[^\W\d][\w'\u2019\-]*\s+){1,6}(?:"
        + alternation("after_quote_verbs")
        + r")\b)"
    )


def comma_cue(text: str, lo: int, hi: int) -> int | None:
    """Where a quotation that lost its closing mark ends when an attribution
    follows a comma inside ``text[lo:hi]`` (the end of the comma), with three
    or more words before it; None when there is none."""
    m = _cue_after_comma().search(text, lo + 1, hi)
    if m is None or word_count(text, lo, m.start()) < 3:
        return None
    return m.start() + 1


@datafiles.cached
def after_cue() -> re.Pattern:
    """A speech verb right after a quotation: "'...,' he said", "'...,' said the minister"."""
    return re.compile(
        r"[ \t]*(?:[^\W\d](?:[A-Z][a-z]{0,3}\.|[\w,'\u2019\- \t]){0,90}?[ \t]+)?(?:"
        + alternation("after_quote_verbs")
        + r")\b",
        re.I,
    )
