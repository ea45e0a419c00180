"""Verb frames whose content is no clause: a to-infinitive ("urged the
ministry to act"), a noun-phrase object ("denounced the plan"), a
preposition's object ("warned of delays"), a naming ("called the plan a
disgrace") and "X as Y" (rows of ``lang/en/quotes/frames.tsv``, registered
in :data:`.contents.MATCHERS`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .contents import _Found, matcher
from .cues import _cue_conjuncts, _noun_complement
from .lexicon import Cue
from .spans import _subtree_bounds
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

# set-off modifiers of an object content that are the writer's, not the report's
_NP_CORE = ("apposition", "relative_clause", "clause_modifier")


@matcher
def infinitive(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "vowed to ...", "urged the industry to do more": the object belongs to the content."""
    gr = grammar(ctx.doc)
    for ch in tok.children:
        if gr.is_(ch, "open_complement") and any(gr.is_(g, "aux") and g.lower_ == "to" for g in ch.children):
            lo, hi = _subtree_bounds(ch, exclude=_cue_conjuncts(ch))
            objs = [d for d in tok.children if gr.is_(d, "object") and d.i < ch.i]
            if objs and tok.lemma_ != "tell":
                lo = min(lo, objs[0].left_edge.i)
            found.out.append((lo, hi))
    return None


@matcher
def noun_object(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "denounced the plan", "voiced concern that ...", "called it a provocation":
    the object, or the complement of a noun cue as object."""
    gr = grammar(ctx.doc)
    out = found.out
    for ch in tok.children:
        ncue = ctx.lex.nouns.get(ch.lemma_.lower()) if gr.is_(ch, "object") and ch.pos_ == "NOUN" else None
        if ncue is not None and not any(gr.is_(g, "possessor", "determiner") for g in ch.children):
            # "voiced concern that ...", "expressed support for X": the noun's complement
            comp, _ = _noun_complement(ch, ncue)
            if comp is not None:
                out.append(comp)
                continue
        if gr.is_(ch, "object") and ch.lower_ not in word_set("empty_objects"):
            out.append(_object_bounds(ctx, tok, ch))
        elif gr.is_(ch, "object") and ch.lower_ in ("it", "this", "that"):
            for c2 in tok.children:
                if gr.is_(c2, "predicative"):
                    out.append((ch.i, c2.right_edge.i + 1))
    return None


def _object_bounds(ctx: _Ctx, tok, ch) -> tuple[int, int]:
    """An object content with the rest of its frame ("accused X of Y"),
    without a set-off apposition ("endorsed Rice, his adviser")."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    lo, hi = _subtree_bounds(ch, exclude=_cue_conjuncts(ch))
    if ctx.mark_at(ch.idx) is None:
        for g in ch.rights:
            if gr.is_(g, *_NP_CORE) and doc[g.left_edge.i - 1].text in (",", "\u2014", "--", "("):
                hi = min(hi, g.left_edge.i - 1)
                break
    for c2 in tok.children:
        if c2.i > ch.i and (
            gr.is_(c2, "predicative", "clausal_complement", "open_complement")
            or (gr.is_(c2, "prep") and c2.lower_ in word_set("object_preps"))
        ):
            hi = max(hi, c2.right_edge.i + 1)
    return lo, hi


@matcher
def prep_object(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "warned of ...", "called for ...", "talk about X and how Y": the object of the cue's preposition."""
    gr = grammar(ctx.doc)
    out = found.out
    for ch in tok.children:
        if (
            gr.is_(ch, "adverbial_clause", "clausal_complement")
            and ch.i > tok.i
            and any(gr.is_(g, "marker") and g.lower_ in cue.preps and g.i == ch.left_edge.i for g in ch.children)
        ):
            # "called for the state to act": the parser reads "for" as the clause's mark
            out.append((ch.left_edge.i + 1, ch.right_edge.i + 1))
        if gr.is_(ch, "prep", "particle") and ch.lower_ in cue.preps and ch.i > tok.i:
            for g in ch.children:
                if gr.is_(g, "prep_object", "prep_clause"):
                    lo, hi = _subtree_bounds(g)
                    for c2 in tok.children:  # "talk about X and how Y"
                        if gr.is_(c2, "conjunct") and c2.i > hi - 1 and c2.pos_ in ("NOUN", "PROPN"):
                            hi = c2.right_edge.i + 1
                    out.append((lo, hi))
    return None


@matcher
def naming(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "called X Y": a naming ("called the plan 'a disgrace'")."""
    gr = grammar(ctx.doc)
    if cue.lemma != "call":
        return None
    comps = [
        c
        for c in tok.rights
        if gr.is_(
            c,
            "predicative",
            "open_complement",
            "clausal_complement",
            "object",
            "attribute",
            "noun_adverbial",
            "apposition",
        )
        and not (gr.is_(c, "noun_adverbial") and c.ent_type_ in ("DATE", "TIME"))
    ]
    if comps and (
        len(comps) >= 2 and gr.is_(comps[0], "object", "open_complement") or gr.is_(comps[-1], "predicative")
    ):
        # "called the drills a provocation" (parsed as two objects), "called both X and Y 'reckless'"
        found.out.append((comps[0].left_edge.i, comps[-1].right_edge.i + 1))
    elif len(comps) == 1 and gr.is_(comps[0], "object") and _name_in_marks_inside(ctx, comps[0]):
        # 'called the accusations of Minsk «propaganda ...»' parsed with the naming inside the object
        found.out.append((comps[0].left_edge.i, comps[0].right_edge.i + 1))
    return None


def _name_in_marks_inside(ctx: _Ctx, obj) -> bool:
    """Whether the object of "called" ends in a quotation in double marks that
    begins after its head noun and its "of" phrase ('the accusations of Minsk
    «propaganda ...»'): the name given, which the parse hung inside the object.
    Its words begin in lower case: an evaluation, not a name ('called the
    leaders of «Hamas»': telephoned them)."""
    last = ctx.doc[obj.right_edge.i]
    end = last.idx + len(last.text)
    m = ctx.mark_at(end - 1)
    if m is None or m.single or not m.opened or m.start <= obj.idx + len(obj.text):
        return False
    s, e = m.inner(ctx.text)
    return s < e and ctx.text[s].islower() and m.end >= end - 1


@matcher
def object_as(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "sees X as Y", "described the dinner as ...": the object and its "as" phrase."""
    gr = grammar(ctx.doc)
    for ch in tok.children:
        if gr.is_(ch, "object"):
            for c2 in tok.children:
                if c2.i > ch.i and gr.is_(c2, "prep") and c2.lower_ == "as":
                    found.out.append((ch.left_edge.i, c2.right_edge.i + 1))
                    break
            break
    return None
