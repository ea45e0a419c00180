"""Article passes for frames of the translated press that point back to the
sentence before them (rows of stage ``article`` in
``lang/en/quotes/frames.tsv``): "This was reported by the press service of
X." (the agencies' «Об этом сообщила ...») reports the sentence before it,
and "This opinion was expressed by X." gives it as X's view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .classes import is_quote
from .passes import Passes, article_pass
from .sentences import sent_bounds
from .spans import _chars, _clip_para, _fit_marks, _trim_tokens, quote_at
from .speaker_phrase import _make_speaker, is_body
from .speakers import _agentive
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _source_of_this(tok):
    """The source of a statement verb whose only matter is "this": the agent of
    "This was reported by X", the subject of "X reported this"; else None."""
    gr = grammar(tok)
    kids = list(tok.children)
    if tok.tag_ == "VBN" and any(gr.is_(c, "passive_subject") and _points_back(c) for c in kids):
        agent = next((c for c in kids if gr.is_(c, "agent")), None) or _venue_agent(tok)
        return (
            next((g for g in agent.children if gr.is_(g, "prep_object")), None) if agent is not None else _in_body(tok)
        )
    if tok.tag_ in ("VBD", "VBZ") and any(gr.is_(c, "object") and c.lower_ in word_set("back_pointers") for c in kids):
        return next((c for c in kids if gr.is_(c, "subject") and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _in_body(tok):
    """ "This was reported to the agency in the press service of X" (the
    agencies' «сообщили в пресс-службе»): the body the "in" names; else None."""
    gr = grammar(tok)
    for p in tok.children:
        if gr.is_(p, "prep") and p.lower_ == "in" and p.i > tok.i:
            obj = next((g for g in p.children if gr.is_(g, "prep_object")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE") and _agentive(obj):
                return obj
    return None


def _venue_agent(tok):
    """The "by" of "This was stated at a briefing by X", which the parser hung
    on the occasion ("briefing") rather than on the verb; else None."""
    gr = grammar(tok)
    for p in tok.children:
        if not gr.is_(p, "prep"):
            continue
        for n in p.children:
            if gr.is_(n, "prep_object") and n.lemma_.lower() in word_set("events", "venues"):
                by = next((c for c in n.children if gr.is_(c, "prep") and c.lower_ == "by"), None)
                if by is not None:
                    return by
    return None


def _points_back(tok) -> bool:
    """ "this", or "this opinion" / "these words": a subject that points back
    to the sentence before."""
    if tok.lower_ in word_set("back_pointers"):
        return True
    gr = grammar(tok)
    return tok.lemma_.lower() in word_set("opinion_nouns", "word_nouns") and any(
        gr.is_(c, "determiner") and c.lower_ in word_set("back_pointers") for c in tok.children
    )


def _held(tok) -> bool:
    """Does the verb's subject name a view ("This opinion was expressed by X")?"""
    gr = grammar(tok)
    return any(gr.is_(c, "passive_subject") and c.lemma_.lower() in word_set("opinion_nouns") for c in tok.children)


@article_pass("reported_this")
def reported_this(ctx: _Ctx, st: Passes) -> None:
    """'The commissions agreed to begin work on the next section. This was
    reported by the press service of X.': the sentence before, in the same
    paragraph, is X's report, unless a quote was found in it already."""
    doc = ctx.doc
    seen: set[int] = set()
    for b in ctx.tokens_of(word_set("back_pointers")):  # from "this" up, not over the whole Doc
        n = b.head if grammar(b).is_(b, "determiner") else b
        tok = n.head
        if tok.i in seen or tok.lemma_.lower() not in word_set("statement_verbs") or tok.pos_ != "VERB":
            continue
        seen.add(tok.i)
        src = _source_of_this(tok)
        if src is None:
            continue
        s0 = sent_bounds(tok)[0]
        k = s0 - 1
        while k >= 0 and (doc[k].is_space or doc[k].is_punct):
            k -= 1
        if k < 0:
            continue
        lo, hi = _trim_tokens(doc, sent_bounds(doc[k])[0], k + 1)
        if hi - lo < 4:
            continue
        s, e = _clip_para(ctx, tok.idx, *_chars(doc, lo, hi))
        if e - s < 20:
            continue  # not in the paragraph
        there = [f for fs, fe, f, _ in st.found if fs < e and s < fe and is_quote(f.cue_class)]
        if there:
            for f in there:
                if f.cue_class == "opinion" and f.speaker is not None and is_body(ctx, f.speaker):
                    f.speaker = _make_speaker(ctx, src, None)  # "Russia considers ... This was stated by X": X says so
            continue  # someone's quote already
        cls = "opinion" if _held(tok) else "speech"
        q = quote_at(ctx, s, e, _make_speaker(ctx, src, None), tok, cue_class=cls)
        st.found.append((s, e, q, None))


@article_pass("held_views")
def held_views(ctx: _Ctx, st: Passes) -> None:
    """'The same opinion is held by military expert X: "..."': a view held
    or shared by X, then a colon: the words after the colon, to the end of
    their sentence (or quotation), are X's opinion."""
    doc = ctx.doc
    for t in ctx.tokens_of(word_set("holding_participles")):
        gr = grammar(t)
        if t.tag_ != "VBN" or not any(
            gr.is_(c, "passive_subject") and c.lemma_.lower() in word_set("opinion_nouns") for c in t.children
        ):
            continue
        agent = next((c for c in t.children if gr.is_(c, "agent")), None)
        src = next((g for g in agent.children if gr.is_(g, "prep_object")), None) if agent is not None else None
        if src is None:
            continue
        k = agent.right_edge.i + 1
        if k + 1 >= len(doc) or doc[k].text != ":":
            continue
        lo, hi = _trim_tokens(doc, k + 1, max(sent_bounds(doc[k + 1])[1], k + 2))
        if hi - lo < 3:
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        m = ctx.mark_at(s)
        if m is not None and m.start == s and not m.single:
            e = max(e, m.end)  # the whole quotation, over its sentences
        s, e = _clip_para(ctx, t.idx, s, e)
        if e > s:
            st.found.append((s, e, quote_at(ctx, s, e, _make_speaker(ctx, src, None), t, cue_class="opinion"), None))
