"""Reports whose source is only pointed back to, which the verb passes leave
out because the clause's own subject is no speaker:

- "As specified in the message, three of them are citizens of X": a
  participle of saying after "as" whose source is a document ("the message",
  "the statement", "the report"); the document speaks (and is then the body
  that issued it or that reported just before, see identities and referents);
- "X summoned the envoy, the ministry's press service reported.": a reporting
  tail whose body subject the parser hung on the object as a relative clause;
  the words before the comma are the body's report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Quote
from ..syntax import grammar
from .contents import framed_contents
from .cues import _cue_of, _cue_span
from .sentences import sent_bounds
from .spans import _chars, _clip_para, _fit_marks, _trim_tokens, quote_at
from .speaker_phrase import _make_speaker
from .vocabulary import back_set, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _as_document(tok):
    """The document of "as specified/noted/stated in the message": a
    participle of saying right after "as" with no subject, whose "in" names
    a document; else None."""
    gr = grammar(tok)
    if tok.tag_ != "VBN" or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "as" or not gr.is_(tok, "adverbial_clause"):
        return None
    if tok.lemma_.lower() not in word_set("source_passives") | back_set("document_passives"):
        return None
    if any(gr.is_(c, "subject", "passive_subject", "agent") for c in tok.children):
        return None
    prep = next((c for c in tok.children if gr.is_(c, "prep") and c.lower_ == "in" and c.i == tok.i + 1), None)
    obj = next((g for g in prep.children if gr.is_(g, "prep_object")), None) if prep is not None else None
    return obj if obj is not None and obj.lemma_.lower() in word_set("documents") else None


def _tail_body(tok):
    """The body subject of a reporting tail read as a relative clause ("...
    the French ambassador, the ministry's press service reported."): a past
    or present cue verb ending its sentence, its subject a body or its unit
    right after a comma; else None."""
    gr = grammar(tok)
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ") or not gr.is_(tok, "relative_clause") or tok.head.i > tok.i:
        return None
    end = sent_bounds(tok)[1]
    if any(not t.is_punct for t in doc[tok.i + 1 : end]):
        return None
    subj = next((c for c in tok.children if gr.is_(c, "subject") and c.i < tok.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.lower_ not in word_set("body_units", "generic_bodies"):
        return None
    lo = subj.left_edge.i
    if lo < 1 or doc[lo - 1].text != "," or any(t.lower_ in word_set("relative_pronouns") for t in doc[lo : tok.i]):
        return None
    return subj


def _content(ctx: _Ctx, tok, lo: int, hi: int) -> tuple[int, int] | None:
    s, e = _chars(ctx.doc, lo, hi)
    s, e = _clip_para(ctx, tok.idx, s, e)
    return _fit_marks(ctx, s, e) if e > s else None


def _found(ctx: _Ctx, tok):
    """(content token bounds, speaker token) of a pointed-back report at cue ``tok``; None if none."""
    src = _as_document(tok)
    cue = _cue_of(tok, ctx.lex) if src is not None else None
    if cue is not None:
        bounds = [(lo, hi) for lo, hi, _ in framed_contents(ctx, tok, cue)]
        return (bounds[0], src, cue) if bounds else None
    src = _tail_body(tok)
    cue = _cue_of(tok, ctx.lex) if src is not None else None
    if cue is None:
        return None
    lo, hi = _trim_tokens(ctx.doc, sent_bounds(tok)[0], src.left_edge.i - 1)
    return ((lo, hi), src, cue) if hi - lo >= 3 else None


def back_reports(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """The quotes of reports pointed back to, added in text order; a quote
    the passes found at the same cue takes the document (or, with no speaker,
    the body) as speaker."""
    added = []
    for tok in ctx.with_pos("VERB"):
        got = _found(ctx, tok)
        if got is None:
            continue
        (lo, hi), src, cue = got
        chars = _content(ctx, tok, lo, hi)
        if chars is None:
            continue
        cs, ce = _cue_span(tok, cue)
        same = [q for q in quotes if q.cue is not None and q.cue.start == cs]
        for q in same:
            # an "as" clause has no subject of its own: the reported clause's subject is no speaker
            if q.speaker is None or src.i > tok.i:
                q.speaker = _make_speaker(ctx, src, None)
        if same:
            continue
        added.append(quote_at(ctx, *chars, _make_speaker(ctx, src, None), (cs, ce), cue_class="speech"))
    if not added:
        return quotes
    return sorted(quotes + added, key=lambda q: q.start)
