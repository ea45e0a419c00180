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
from .speakers import _told_at, inverted_after_comma
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _hearer_comma(tok) -> int | None:
    """The comma before the hearer of a passive "told at X" ("..., Pamir
    Post was told at the Drug Control Agency"), else None."""
    if _told_at(tok) is None:
        return None
    gr = grammar(tok)
    subj = next((c for c in tok.children if gr.is_(c, "passive_subject")), None)
    k = subj.left_edge.i - 1 if subj is not None and subj.i < tok.i else -1
    return k if k > 0 and tok.doc[k].text == "," else None


def _verb_as_noun(t) -> bool:
    """'The supply of armour to Armenia undermines the peace process, ...':
    a present-tense verb the parser tagged as a plural noun after the noun
    it follows, with a determiner right after it (nouns are rarely followed
    by one)."""
    doc = t.doc
    return (
        t.tag_ == "NNS"
        and 0 < t.i < len(doc) - 1
        and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
        and doc[t.i + 1].lower_ in ("the", "a", "an")
    )


def _relay_end(tok) -> int:
    """Where the relay participle right after cue ``tok`` ends ("reports
    citing the Ministry of X", "reports, referring to Y"), else ``tok.i``."""
    for c in tok.rights:
        if c.i > tok.i + 2:
            break
        if c.tag_ == "VBG" and c.lemma_.lower() in word_set("relay_verbs"):
            return c.right_edge.i + 1
    return tok.i


#: words of a name in marks: 'at the forum "Arctic: Territory of Security"'
_NAME_WORDS = 6


def _in_quoted_name(ctx: _Ctx, t) -> bool:
    """Is ``t`` in a short quoted name with no verb (a forum's or an
    exercise's name after the cue: 'announced at the forum "Arctic:
    Territory of Security" on Tuesday'), marks included?"""
    m = ctx.mark_at(t.idx)
    if m is None or len(ctx.text[m.start : m.end].split()) > _NAME_WORDS:
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and not any(x.pos_ in ("VERB", "AUX") for x in span)


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
        k = _hearer_comma(tok)  # "..., the agency was told at the ministry."
    if k is None and inverted_after_comma(tok):
        k = tok.i - 1  # "..., informs the press service of the ministry."
    if k is None:
        return None
    lo, hi = sent_bounds(tok)
    if (doc[lo].pos_ == "SCONJ" and not gr.is_(doc[lo], "prep")) or doc[lo].lower_ in word_set("wh_words"):
        return None  # "As the vote ended, Senator X said ...": a time clause, not words ("Since May, ..." is)
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or _verb_as_noun(t) for t in doc[lo:k]) or k - lo < 4:
        return None
    relay = _relay_end(tok)  # "..., Z reports citing the ministry": the source it relays is no words of its own
    after = [t for t in doc[max(tok.i + 1, relay) : hi] if not _in_quoted_name(ctx, t)]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.text == ":" for t in after):
        return None  # words of its own after the cue: its other frames read them
    if any(gr.is_(c, "clausal_complement") for c in tok.children):
        return None
    if any(
        _cue_of(t, ctx.lex) is not None and any(gr.is_(c, "clausal_complement") for c in t.children) for t in doc[lo:k]
    ):
        return None  # "X said that A, and Y alleged that B, a claim Ankara denied": reports already
    found.out.append((lo, k))
    return None


@matcher
def fact_clause(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """'X drew attention to the fact that A', 'X stressed the fact that A':
    the that-clause of "the fact" the cue names (its object, or the object
    of its preposition) is the content, not the noun phrase."""
    gr = grammar(tok)
    nouns = [c for c in tok.rights if gr.is_(c, "object")]
    nouns += [g for c in tok.rights if gr.is_(c, "prep") for g in c.children if gr.is_(g, "prep_object")]
    for n in nouns:
        if n.lemma_.lower() not in word_set("fact_nouns"):
            continue
        for ch in n.rights:
            if gr.is_(ch, "clause_modifier", "clausal_complement", "apposition") and any(
                gr.is_(m, "marker") and m.lower_ == "that" for m in ch.children
            ):
                return [(ch.left_edge.i, ch.right_edge.i + 1)]
    return None
