"""Article passes for frames of the translated press that point back to the
sentence before them (rows of stage ``article`` in
``lang/en/quotes/frames.tsv``): "This was reported by the press service of
X." (the agencies' «Об этом сообщила ...») reports the sentence before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .classes import is_quote
from .passes import Passes, article_pass
from .sentences import sent_bounds
from .spans import _chars, _clip_para, _trim_tokens, quote_at
from .speakers import _make_speaker
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _source_of_this(tok):
    """The source of a statement verb whose only matter is "this": the agent of
    "This was reported by X", the subject of "X reported this"; else None."""
    gr = grammar(tok)
    kids = list(tok.children)
    if tok.tag_ == "VBN" and any(gr.is_(c, "passive_subject") and c.lower_ in word_set("back_pointers") for c in kids):
        agent = next((c for c in kids if gr.is_(c, "agent")), None)
        return next((g for g in agent.children if gr.is_(g, "prep_object")), None) if agent is not None else None
    if tok.tag_ in ("VBD", "VBZ") and any(gr.is_(c, "object") and c.lower_ in word_set("back_pointers") for c in kids):
        return next((c for c in kids if gr.is_(c, "subject") and c.pos_ in ("NOUN", "PROPN")), None)
    return None


@article_pass("reported_this")
def reported_this(ctx: _Ctx, st: Passes) -> None:
    """'The commissions agreed to begin work on the next section. This was
    reported by the press service of X.': the sentence before, in the same
    paragraph, is X's report, unless a quote was found in it already."""
    doc = ctx.doc
    for tok in doc:
        if tok.lemma_.lower() not in word_set("statement_verbs") or tok.pos_ != "VERB":
            continue
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
        if e - s < 20 or any(fs < e and s < fe and is_quote(f.cue_class) for fs, fe, f, _ in st.found):
            continue  # not in the paragraph, or someone's quote already
        q = quote_at(ctx, s, e, _make_speaker(ctx, src, None), tok, cue_class="speech")
        st.found.append((s, e, q, None))
