"""The medium of a report: whether a speaker phrase names a news outlet,
and the outlet a cue names ("told Z newspaper", "said in an interview with
Z", "Z quoted X as saying")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .spans import _MARK_CHARS, _chars
from .speakers import _name_bounds, _quoted_as_saying
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _is_medium(ctx: _Ctx, tok) -> bool:
    """A news outlet: a media word in its name ("the Interfax agency") or an actor coded as media."""
    lo, hi = _name_bounds(tok)
    if {t.lower_.strip(_MARK_CHARS) for t in tok.doc[lo:hi]} & ctx.lex.media:
        return True
    m = ctx.mention_at(tok.doc, *_chars(tok.doc, lo, hi))
    return m is not None and (m.sector == "MED" or (m.code or "").endswith("MED"))


def _medium(ctx: _Ctx, cue_tok) -> str | None:
    """'told Z newspaper', 'said in an interview with Z', 'told Z TV'."""
    gr = grammar(ctx.doc)
    media = ctx.lex.media
    if gr.is_(cue_tok, "prep_clause") and cue_tok.head.lower_ == "as":
        cue_tok = cue_tok.head.head  # "quoted X as saying"
    if _quoted_as_saying(cue_tok) is not None:
        # the one that quotes: "TASS quoted X as saying", "X was quoted by TASS as saying"
        src = next((c for c in cue_tok.children if gr.is_(c, "subject")), None) or next(
            (g for c in cue_tok.children if gr.is_(c, "agent") for g in c.children if gr.is_(g, "prep_object")), None
        )
        if src is not None and src.pos_ in ("NOUN", "PROPN"):
            lo, hi = _name_bounds(src)
            return src.doc[lo:hi].text.strip(_MARK_CHARS + " ")
        return None
    cands = []
    kids = list(cue_tok.children)
    # "shared her opinion with Z": the outlet hangs on the cue's object
    kids += [g for c in kids if gr.is_(c, "object") for g in c.children if gr.is_(g, "prep") and g.lower_ == "with"]
    # "the ministry in its comment to Z noted": the outlet hangs on the speaker
    kids += [
        g
        for c in kids
        if gr.is_(c, "subject")
        for g in c.children
        if gr.is_(g, "prep")
        and g.lower_ == "in"
        and any(o.lemma_.lower() in word_set("utterance_nouns") for o in g.children if gr.is_(o, "prep_object"))
    ]
    for ch in kids:
        if gr.is_(ch, "dative", "object") and cue_tok.lemma_ == "tell":
            cands.append(ch)
        elif gr.is_(ch, "prep") and ch.lower_ in ("in", "to", "on", "with"):
            for g in ch.children:
                if gr.is_(g, "prep_object"):
                    if g.lower_ in word_set("utterance_nouns"):
                        for gp in g.children:
                            if gr.is_(gp, "prep") and gp.lower_ in ("with", "on", "to", "in"):
                                cands.extend(x for x in gp.children if gr.is_(x, "prep_object"))
                    else:
                        cands.append(g)
    for c in cands:
        lo, hi = _name_bounds(c)
        words = {t.lower_.strip(_MARK_CHARS) for t in c.doc[lo:hi]}
        if words & media or (c.ent_type_ == "ORG" and c.pos_ == "PROPN" and cue_tok.lemma_ == "tell"):
            return c.doc[lo:hi].text.strip(_MARK_CHARS + " ")
    return None


def past_medium(ctx: _Ctx, tok, subj):
    """'X, in the conversation with «RIA Novosti» noted, that ...': the parser
    made the outlet the cue's subject inside "in the conversation with"; the
    speaker is the one that phrase hangs on. Else ``subj`` as it is."""
    gr = grammar(tok)
    if subj is None or not gr.is_(tok, "prep_clause") or not _is_medium(ctx, subj):
        return subj
    noun = tok.head.head  # "with" -> "conversation"
    inn = noun.head
    if noun.lemma_.lower() not in word_set("utterance_nouns", "events") or not gr.is_(inn, "prep"):
        return subj
    who = inn.head
    return who if who.pos_ in ("PROPN", "NOUN") and who.i < inn.i else subj


def _to_object(tok):
    """The object of a "to" under ``tok`` ("reference to Y", "referring to Y"); else None."""
    gr = grammar(tok)
    for p in tok.children:
        if gr.is_(p, "prep") and p.lower_ == "to":
            return next((g for g in p.children if gr.is_(g, "prep_object")), None)
    return None


def relayed_source(ctx: _Ctx, tok, subj):
    """'X reports with reference to Y', 'X reports citing Y', '..., X reports,
    referring to Y' (the agencies' "со ссылкой на"): the outlet X only relays
    what Y said; Y speaks. Else ``subj`` as it is."""
    if subj is None or not _is_medium(ctx, subj):
        return subj
    gr = grammar(tok)
    relay_nouns, relay_verbs = word_set("relay_nouns"), word_set("relay_verbs")
    for c in tok.rights:
        obj = None
        if c.i > tok.i + 2:
            break  # right after the cue: "reports with reference to", "reports, citing"
        if gr.is_(c, "prep") and c.lower_ == "with":
            noun = next((g for g in c.children if gr.is_(g, "prep_object")), None)
            if noun is not None and noun.lemma_.lower() in relay_nouns:
                obj = _to_object(noun)
        elif c.tag_ == "VBG" and c.lemma_.lower() in relay_verbs:
            obj = next((g for g in c.children if gr.is_(g, "object")), None) or _to_object(c)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.i > subj.i:
            return obj
    return subj
