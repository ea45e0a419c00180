"""Tags the parser gets wrong in translated copy, set right before the quote
finder reads them: a reporting verb that ends a sentence after the name of
its speaker ("..., the press service of the ministry informs.") tagged as a
plural noun. Only the tokens of the words in question are looked at (the
per-article word index), not the whole Doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .commas import NAME_WINDOW, source_in
from .vocabulary import word_set, word_values

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _tail_noun(doc, t) -> bool:
    """Is ``t`` a plural noun that closes its sentence right after a name or
    a body's unit or a body's generic noun, with a comma before them a few
    words back ("..., the press service of the Ministry of X informs.", "...,
    its press service reports.", "..., the press service of the ministry
    reports.")?"""
    if t.pos_ != "NOUN" or t.i < 3 or t.i + 1 >= len(doc) or doc[t.i + 1].text not in (".", "!"):
        return False
    named = doc[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].lower_ in word_set("body_units", "generic_bodies")
    for k in range(t.i - 2, max(t.sent.start, t.i - NAME_WINDOW) - 1, -1):
        if doc[k].text == ",":
            # "..., the agency's source in the delegation reports": a person described, the unit after "in"
            return k < t.i - 2 and (named or source_in(doc, k + 1, t.i))
        if doc[k].pos_ in ("VERB", "AUX", "PUNCT") and doc[k].text != "-":
            return False
    return False


def _plural_tail(doc, t) -> bool:
    """Is ``t`` a noun that closes its sentence right after a plural source
    noun ("..., the Japanese media report.", "..., local sources say."),
    with a comma before that source's phrase a few words back?"""
    if t.pos_ != "NOUN" or t.i < 3 or t.i + 1 >= len(doc) or doc[t.i + 1].text not in (".", "!"):
        return False
    if doc[t.i - 1].lower_ not in word_set("plural_sources"):
        return False
    for k in range(t.i - 2, max(t.sent.start, t.i - NAME_WINDOW) - 1, -1):
        if doc[k].text == ",":
            return k > t.sent.start + 2
        if doc[k].pos_ in ("VERB", "AUX", "PUNCT") and doc[k].text != "-":
            return False
    return False


def retag_tails(ctx: _Ctx) -> None:
    """Read sentence-final reporting verbs the parser took for nouns as verbs
    (present tense, with their verb's lemma)."""
    forms = word_values("tail_verb_forms")
    for t in ctx.tokens_of(forms):
        if _tail_noun(ctx.doc, t):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", forms[t.lower_]
    plural = word_values("tail_plural_forms")
    for t in ctx.tokens_of(plural):
        if _plural_tail(ctx.doc, t):
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBP", plural[t.lower_]
            src = ctx.doc[t.i - 1]
            if src.head.i == t.i and src.dep_ == "compound":
                src.dep_ = "nsubj"  # "the Japanese media report": the source noun is the verb's subject
