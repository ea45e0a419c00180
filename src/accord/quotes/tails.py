"""Verb frames for reporting tails the parser did not hang on the words they
report, as machine-translated copy often has them (rows of
``lang/en/quotes/frames.tsv``, registered in :data:`.contents.MATCHERS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .contents import _Found, matcher
from .lexicon import Cue
from .sentences import sent_bounds
from .speakers import title_comma

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


@matcher
def comma_tail(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """'The banks have tightened their checks, a source in the central bank
    told the agency.': a cue after a comma and its speaker's name, with no
    words of its own after it (only its hearer, place and time), whose
    words the parser did not make its clause (it took the cue for a
    conjunct of their verb, or a word of them for its subject): the
    sentence's words before that comma, when they hold a finite verb."""
    doc = ctx.doc
    gr = grammar(tok)
    parsed = next((c for c in tok.children if gr.is_(c, "subject", "passive_subject")), None)
    k = title_comma(tok, parsed)
    if k is None:
        return None
    lo, hi = sent_bounds(tok)
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[lo:k]):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text == ":" for t in doc[tok.i + 1 : hi]):
        return None  # words of its own after the cue: its other frames read them
    found.out.append((lo, k))
    return None
