"""The content of a verb cue: what 'X said that ...', 'X urged Y to ...',
'X called the plan a disgrace' report, one frame at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import (
    _as_clause,
    _aside_bounds,
    _cue_conjuncts,
    _is_clause_strict,
    _noun_complement,
    _other_reports,
    _parenthetical,
    _passive_complement,
)
from .lexicon import Cue
from .spans import (
    _CLOSERS,
    _content_conjuncts,
    _cut_tail,
    _extend_right,
    _subtree_bounds,
    _trim_tokens,
)
from .speakers import _quoted_as_saying
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

# a one-word object that is still a content: a name after a stance verb ("endorsed Garcia"),
# a person or group ("criticized him")
_ONE_WORD = ("PROPN",)


# set-off modifiers of an object content that are the writer's, not the report's
_NP_CORE = ("appos", "relcl", "acl")


def _contents_for(ctx: _Ctx, tok, cue: Cue) -> list[tuple[int, int]]:
    """Token bounds of the content(s) of cue verb ``tok``."""
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    ccomps = [ch for ch in tok.children if ch.dep_ == "ccomp"]
    if not ccomps and cue.clause:
        # "warned in a televised address that ...": the parser hung the clause on the occasion
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.i > tok.i and ch.lower_ in ("in", "at", "during", "on"):
                for occ in ch.children:
                    if occ.dep_ == "pobj" and occ.lemma_.lower() in word_set("events", "venues"):
                        ccomps += [g for g in occ.children if g.dep_ in ("acl", "ccomp", "relcl") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    if _quoted_as_saying(tok) is not None:
        # "quoted X as saying": X is the speaker; the words are the quotation before or
        # the clause under "saying" (its own cue)
        return [_subtree_bounds(c) for c in ccomps if c.i < tok.i]
    if cue.second:
        # "made it clear that ...": the clause hangs on "clear", which the parser may call
        # the verb's complement; the content is that clause, not "it clear that ..."
        part = next((ch for ch in tok.children if ch.lower_ == cue.second and ch.i > tok.i), None)
        inner = None
        if part is not None and not any(c.i != part.i for c in ccomps):
            # a clause with a subject after it ("that the talks ...", "they did not ...")
            inner = next((g for g in part.children if g.dep_ in ("ccomp", "advcl") and g.i > part.i and any(
                m.dep_ in ("nsubj", "nsubjpass") for m in g.children)), None)
        if inner is not None:
            lo, hi = _trim_tokens(doc, inner.left_edge.i, inner.right_edge.i + 1)
            if hi > lo:
                return [(lo, hi)]
    if cue.raising:
        subj = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        comp = next((ch for ch in tok.children if (ch.dep_ in ("xcomp", "acomp", "oprd", "ccomp") or (
            ch.dep_ == "prep" and ch.lower_ in ("like", "as"))) and ch.i > tok.i), None)
        if subj is not None and comp is not None and subj.lower_ not in ("it", "there", "this", "that"):
            out.append((subj.left_edge.i, comp.right_edge.i + 1))
        elif subj is not None and subj.lower_ == "it" and comp is not None and comp.dep_ == "ccomp":
            out.append((comp.left_edge.i, comp.right_edge.i + 1))  # "it seems that ..."
        res = [_trim_tokens(doc, lo, hi) for lo, hi in out]
        return [(lo, hi) for lo, hi in res if hi > lo]
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.lemma_.lower() in word_set("naming_verbs") and not any(
            ch.dep_ == "agent" for ch in tok.children):
        return []  # "a group called X", "the so-called deal": a name, not a report
    pc = _passive_complement(tok, cue)
    if pc is not None:
        # "X is seen as Y", "X is expected to win", "X was described by Y as Z":
        # the subject with the predicate the cue gives it
        subj, comp = pc
        if subj.lower_ in word_set("relative_pronouns"):
            lo = comp.left_edge.i
        else:
            lo = subj.left_edge.i
        hi = _cut_tail(ctx, lo, comp.right_edge.i + 1)
        lo, hi = _trim_tokens(doc, lo, hi)
        return [(lo, hi)] if hi - lo >= 2 else []
    # passive with an agent: "the plan was rejected by the party" -> content "the plan"
    if any(ch.dep_ == "agent" for ch in tok.children) and not ccomps:
        for ch in tok.children:
            if ch.dep_ == "nsubjpass" and ch.lower_ not in word_set("empty_objects") | {"it"}:
                out.append(_subtree_bounds(ch))
    aside = _aside_bounds(ctx, tok) if (cue.clause or cue.clause_strict) and all(
        c.i < tok.i for c in ccomps) else None
    if aside is not None and ("speech" in cue.kinds or "thought" in cue.kinds or "report" in cue.kinds):
        # "The plan, he said, would fail": the whole sentence around the aside
        sent = tok.sent
        p0, p1 = ctx.para_of(tok.idx)
        lo, hi = sent.start, sent.end
        while lo < aside[0] and doc[lo].idx < p0:
            lo += 1
        while hi > aside[1] and doc[hi - 1].idx >= p1:
            hi -= 1
        lo, hi = _trim_tokens(doc, lo, hi)
        return [(lo, hi)] if hi > lo else []
    if cue.clause or cue.clause_strict:
        own_that = any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in tok.children)
        for comp in ccomps:
            if comp.i < tok.i and own_that:
                continue  # "X told Y that Z would respond": the parser hung X's clause on Z
            small = comp.pos_ == "ADJ" and comp.i > tok.i and any(g.dep_ == "nsubj" for g in comp.children)
            if not small and comp.pos_ not in ("VERB", "AUX") and ctx.mark_at(comp.idx) is None and not any(
                    t.pos_ in ("VERB", "AUX") for t in comp.subtree):
                continue  # a bare noun phrase hung on the cue ("WASHINGTON (AP) ... said")
            if cue.clause or _is_clause_strict(ctx, comp):
                out.append(_subtree_bounds(comp, exclude=_other_reports(comp, ctx.lex)))
        if out and out[-1][1] > tok.i:
            # "said A, but that B": a second that-clause the parser hung on the cue goes on with the first
            lo, hi = out[-1]
            for ch in tok.rights:
                if ch.dep_ == "conj" and ch.left_edge.i >= hi and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in ch.children) and all(
                        t.is_punct or t.dep_ == "cc" for t in doc[hi:ch.left_edge.i]):
                    hi = ch.right_edge.i + 1
            out[-1] = _trim_tokens(doc, lo, hi)
        if not out and tok.dep_ == "ccomp" and tok.head.i > tok.i and any(
                ch.dep_ == "mark" and ch.lower_ == "that" and ch.i > tok.i for ch in tok.head.children):
            lo, hi = _subtree_bounds(tok.head, exclude=[tok])
            out.append((max(lo, tok.right_edge.i + 1), hi))
        if not out:
            # "X said: ..." / "..., X said" with the quote as the head
            if tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and (
                    tok.head.pos_ in ("VERB", "AUX") or ctx.mark_at(tok.head.idx) is not None):
                # a reporting tail has a subject and no subordinator: "..., X said", not
                # "X declared, that Russia considers ..." (a comma before "that", as translated copy has)
                has_subj = any(ch.dep_ == "nsubj" for ch in tok.children) and not any(
                    ch.dep_ == "mark" and ch.i < tok.i for ch in tok.children)
                le = tok.left_edge.i
                after_break = le > 0 and (doc[le - 1].text in (",", "\u2014", "--", "-") or doc[le - 1].text[-1:] in _CLOSERS)
                if has_subj and after_break:
                    lo, hi = _subtree_bounds(tok.head, exclude=[tok])
                    # only what precedes the cue clause
                    hi = min(hi, tok.left_edge.i)
                    lo = max(lo, tok.sent.start)
                    if hi > lo:
                        out.append((lo, hi))
        if not out and _as_clause(tok):
            # "As the paper reported, the agency ...": the main clause is the report
            h = tok.head
            while h.pos_ not in ("VERB", "AUX") and h.dep_ != "ROOT" and h.head.i != h.i:
                h = h.head
            lo, hi = max(h.left_edge.i, tok.sent.start), min(h.right_edge.i + 1, tok.sent.end)
            lead = lo
            while lead < tok.left_edge.i and (doc[lead].is_punct or doc[lead].dep_ == "cc"):
                lead += 1
            if lead >= tok.left_edge.i:
                lo = tok.right_edge.i + 1  # "As X reported, ..."
            else:
                tail = tok.right_edge.i + 1
                while tail < hi and doc[tail].is_punct:
                    tail += 1
                if tail >= hi:
                    hi = tok.left_edge.i  # "..., as X reported."
            if h.pos_ in ("VERB", "AUX") and hi - lo >= 3:
                out.append((lo, hi))
        if not out and _parenthetical(tok):
            # "The plan, he said, is to ...": the cue clause sits inside the content
            h = tok.head
            out.append((max(h.left_edge.i, h.sent.start), min(h.right_edge.i + 1, h.sent.end)))
        if not out:
            # a colon lead-in: "X said: ..." with nothing attached
            j = tok.i + 1
            while j < len(doc) and j <= tok.i + 2 and doc[j].text != ":":
                j += 1
            if j < len(doc) and doc[j].text == ":" and j <= tok.i + 2:
                hi = doc[j].sent.end
                if hi > j + 1:
                    out.append((j + 1, hi))
    if cue.inf and not out:
        for ch in tok.children:
            if ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
                lo, hi = _subtree_bounds(ch, exclude=_cue_conjuncts(ch))
                # "urged the industry to do more": the object belongs to the content
                objs = [d for d in tok.children if d.dep_ == "dobj" and d.i < ch.i]
                if objs and tok.lemma_ != "tell":
                    lo = min(lo, objs[0].left_edge.i)
                out.append((lo, hi))
    if cue.obj and not out:
        for ch in tok.children:
            ncue = ctx.lex.nouns.get(ch.lemma_.lower()) if ch.dep_ == "dobj" and ch.pos_ == "NOUN" else None
            if ncue is not None and not any(g.dep_ in ("det", "poss") for g in ch.children):
                # "voiced concern that ...", "expressed support for X": the noun's complement
                comp, _ = _noun_complement(ch, ncue)
                if comp is not None:
                    out.append(comp)
                    continue
            if ch.dep_ == "dobj" and ch.lower_ not in word_set("empty_objects"):
                lo, hi = _subtree_bounds(ch, exclude=_cue_conjuncts(ch))
                if ctx.mark_at(ch.idx) is None:
                    # "endorsed Rice, his adviser": the object without its apposition
                    for g in ch.rights:
                        if g.dep_ in _NP_CORE and doc[g.left_edge.i - 1].text in (",", "\u2014", "--", "("):
                            hi = min(hi, g.left_edge.i - 1)
                            break
                for c2 in tok.children:
                    if c2.i > ch.i and (c2.dep_ in ("oprd", "ccomp", "xcomp") or (
                            c2.dep_ == "prep" and c2.lower_ in word_set("object_preps"))):
                        hi = max(hi, c2.right_edge.i + 1)
                out.append((lo, hi))
            elif ch.dep_ == "dobj" and ch.lower_ in ("it", "this", "that"):
                for c2 in tok.children:
                    if c2.dep_ == "oprd":
                        out.append((ch.i, c2.right_edge.i + 1))
    if cue.preps and not out:
        for ch in tok.children:
            if ch.dep_ in ("advcl", "ccomp") and ch.i > tok.i and any(
                    g.dep_ == "mark" and g.lower_ in cue.preps and g.i == ch.left_edge.i for g in ch.children):
                # "called for the state to act": the parser reads "for" as the clause's mark
                out.append((ch.left_edge.i + 1, ch.right_edge.i + 1))
            if ch.dep_ in ("prep", "prt") and ch.lower_ in cue.preps and ch.i > tok.i:
                for g in ch.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        lo, hi = _subtree_bounds(g)
                        for c2 in tok.children:  # "talk about X and how Y"
                            if c2.dep_ == "conj" and c2.i > hi - 1 and c2.pos_ in ("NOUN", "PROPN"):
                                hi = c2.right_edge.i + 1
                        out.append((lo, hi))
    if not out and cue.lemma == "call":
        # "called X Y": a naming ("called the plan 'a disgrace'")
        comps = [c for c in tok.rights if c.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "attr", "npadvmod", "appos")
                 and not (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))]
        if comps and (len(comps) >= 2 and comps[0].dep_ in ("dobj", "xcomp") or comps[-1].dep_ == "oprd"):
            # "called the drills a provocation" (parsed as two objects), "called both X and Y 'reckless'"
            out.append((comps[0].left_edge.i, comps[-1].right_edge.i + 1))
    if not out and cue.as_obj:
        # "sees X as Y", "described the dinner as ..."
        for ch in tok.children:
            if ch.dep_ == "dobj":
                for c2 in tok.children:
                    if c2.i > ch.i and c2.dep_ == "prep" and c2.lower_ == "as":
                        out.append((ch.left_edge.i, c2.right_edge.i + 1))
                        break
                break
    res = []
    for lo, hi in out:
        if lo > tok.i:
            hi = _extend_right(tok, lo, hi)
            hi = _content_conjuncts(tok, hi)
        hi = _cut_tail(ctx, lo, hi)
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo == 1 and ctx.mark_at(doc[lo].idx) is None and not (
                "stance" in cue.kinds and (doc[lo].pos_ in _ONE_WORD or doc[lo].lower_ in word_set("object_pronouns"))):
            continue  # a bare one-word object ("criticized Lavrov") is rarely a report
        if hi > lo:
            res.append((lo, hi))
    return res
