"""A warning of what one will do if another goes on: aimed at the other (evA round F).

"Baghdad warned that if the strikes continue, it will appeal to the UN
Security Council": the warning's target is the one whose act the
condition names (the strikes' author), not the body the warner will turn
to. For a THREATEN whose trigger has a complement holding a condition
clause (``condition_marks``: if, unless) and whose recipient is none or
named only in that complement outside the condition, the recipient is the
party of the condition's subject: a coded mention of another state than
the warner's ("Iran warned that if the United States attacks, it will
close the strait"), or for an act noun
("the strikes", "the violations") the actor of the latest earlier event
whose trigger has that lemma (within ``BACK_SENTENCES``), of another state
than the warner's.
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import party_of, sentence_numbers, trigger_token

#: how many sentences back the conditioned act may be told
BACK_SENTENCES = 8


def _condition_subject(tok, g):
    """(the complement clause, its condition clause, the condition's subject)
    of a warning verb, or three Nones."""
    marks = W.words("condition_marks")
    for comp in g.children(tok, "clausal_complement"):
        for ch in g.children(comp, "adverbial_clause"):
            if any(m.lower_ in marks for m in g.children(ch, "marker")):
                sj = g.child(ch, "subject", "passive_subject")
                if sj is not None:
                    return comp, ch, sj
    return None, None, None


def _in_consequence(doc, e: Event, comp, cond) -> bool:
    """Is the recipient none, or named in the complement but not in its condition?"""
    r = e.recipient
    if r is None or not party_of(r):
        return True
    in_comp = doc[comp.left_edge.i].idx <= r.start < doc[comp.right_edge.i].idx + len(doc[comp.right_edge.i])
    in_cond = doc[cond.left_edge.i].idx <= r.start < doc[cond.right_edge.i].idx + len(doc[cond.right_edge.i])
    return in_comp and not in_cond


def _author(doc, sj, e: Event, before: list[Event], index: dict):
    """The party of the condition's subject: its own mention, else the actor
    of the latest earlier act of that noun by another state."""
    mine = party_of(e.actor)
    for m in doc._.mentions or []:
        if m.code and m.start <= sj.idx < m.end:
            named = EventActor.of(m)
            return named if party_of(named) and party_of(named) != mine else None
    if sj.pos_ != "NOUN":
        return None
    si = index.get(e.sentence["start"], 0)
    for p in reversed(before):
        if si - index.get(p.sentence["start"], 0) > BACK_SENTENCES:
            break
        if p.actor is None or not party_of(p.actor) or party_of(p.actor) == mine or p.negated:
            continue
        pt = trigger_token(doc, p)
        if pt is not None and _same_act(pt.lemma_.lower(), sj.lemma_.lower()):
            return p.actor
    return None


def _same_act(verb: str, noun: str) -> bool:
    """Does the act noun name the earlier trigger's act ("strikes" / struck, "shelling" / shelled)?"""
    return noun == verb or noun == verb + "ing"


def conditioned_targets(doc, events: list[Event]) -> None:
    """Each conditioned warning aimed at the author of the conditioned act
    (see module doc). In place; events in document order."""
    index = sentence_numbers(doc)
    for j, e in enumerate(events):
        if e.type != "THREATEN" or e.actor is None or e.negated:
            continue
        tok = trigger_token(doc, e)
        if tok is None or tok.pos_ != "VERB":
            continue
        comp, cond, sj = _condition_subject(tok, grammar(tok))
        if sj is None or not _in_consequence(doc, e, comp, cond):
            continue
        author = _author(doc, sj, e, events[:j], index)
        if author is not None:
            e.recipient = copy.deepcopy(author)
