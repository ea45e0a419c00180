"""Verb frames for reporting tails the parser did not hang on the words they
report, as machine-translated copy often has them (rows of
``lang/en/quotes/frames.tsv``, registered in :data:`.contents.MATCHERS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .commas import name_comma
from .contents import _Found, matcher
from .cues import _cue_of
from .lexicon import Cue
from .sentences import sent_bounds
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


@matcher
def comma_tail(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """'The banks have tightened their checks, a source in the central bank
    told the agency.': a cue after a comma and its speaker's name, with no
    words of its own after it (only its hearer, place and time), whose
    words the parser did not make its clause (it took the cue for a
    conjunct of their verb, a word of them for its subject, or a loose
    dependant): the sentence's words before that comma, when they hold a
    finite verb and open no time clause."""
    doc = ctx.doc
    gr = grammar(tok)
    k = name_comma(tok)
    if k is None:
        return None
    lo, hi = sent_bounds(tok)
    if (doc[lo].pos_ == "SCONJ" and not gr.is_(doc[lo], "prep")) or doc[lo].lower_ in word_set("wh_words"):
        return None  # "As the vote ended, Senator X said ...": a time clause, not words ("Since May, ..." is)
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[lo:k]) or k - lo < 4:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text == ":" for t in doc[tok.i + 1 : hi]):
        return None  # words of its own after the cue: its other frames read them
    if any(gr.is_(c, "clausal_complement") for c in tok.children):
        return None
    if any(
        _cue_of(t, ctx.lex) is not None and any(gr.is_(c, "clausal_complement") for c in t.children) for t in doc[lo:k]
    ):
        return None  # "X said that A, and Y alleged that B, a claim Ankara denied": reports already
    found.out.append((lo, k))
    return None
