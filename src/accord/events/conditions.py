"""Demands told as the condition of one's own act (issue #16).

``Azerbaijan will stop only if Armenia agrees to a timetable for
withdrawal``, ``Baku will not return to talks unless Yerevan withdraws``: a
party that makes what it will do hang on another party's act demands that
act of it (CAMEO 10, like ``X said Y must ...``). The future verb is the
trigger, its subject the actor, the subject of the condition the recipient.
A plain ``if`` is no demand (``if they come again, we will answer`` is a
threat); ``only if`` (``restrictive_adverbs``) is, and so is ``unless``
after a verb said no to (``demand_condition_marks``).
"""

from __future__ import annotations

from ..syntax import grammar
from . import flags as F
from . import words as W


def _demanding_mark(t, h, g) -> bool:
    marks = {m.lower_ for m in g.children(t, "marker")}
    if marks & W.words("demand_condition_marks") and g.negated(h):
        return True  # "will not return to talks unless ..."
    if "if" not in marks:
        return False
    near = list(t.children) + [t.doc[m.i - 1] for m in g.children(t, "marker") if m.i > 0]
    return any(x.lower_ in W.words("restrictive_adverbs") for x in near)


def demanded_conditions(toks) -> list[tuple]:
    """``(verb, recipient)`` for each future verb whose condition clause asks
    another party's act: the verb is the demand's trigger, the condition's
    subject the one it is made of."""
    out = []
    g = grammar(toks[0]) if toks else None
    for t in g.having(toks, "adverbial_clause") if g else ():
        h = t.head
        if h.i == t.i or h.pos_ != "VERB":
            continue
        if not _demanding_mark(t, h, g) or not F.is_future(h) or not g.has_child(h, "subject"):
            continue
        subj = g.child(t, "subject")
        if subj is not None and subj.pos_ != "PRON":
            out.append((h, subj))
    return out
